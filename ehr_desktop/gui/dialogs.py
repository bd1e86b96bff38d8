"""Small dialogs: change passphrase, show a new recovery key. Each has `ask()` for tests to patch."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ehr_desktop.domain.passphrase import assess
from ehr_desktop.exchange.recovery_sheet import render_recovery_sheet, write_recovery_sheet
from ehr_desktop.gui.clipboard import copy_secret
from ehr_desktop.gui.forms.ui_change_passphrase_dialog import Ui_ChangePassphraseDialog
from ehr_desktop.gui.messages import describe
from ehr_desktop.gui.passphrase_feedback import show_strength
from ehr_desktop.gui.printing import print_pdf
from ehr_desktop.gui.recovery_texts import recovery_sheet_text
from ehr_desktop.services.preferences import default_vault_folder


class ChangePassphraseDialog(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_ChangePassphraseDialog()
        self.ui.setupUi(self)
        self.ui.newEdit.textChanged.connect(self._update)
        self.ui.repeatEdit.textChanged.connect(self._update)
        self._update()

    def _update(self) -> None:
        acceptable = show_strength(self.ui.strengthLabel, self.ui.newEdit.text())
        repeat = self.ui.repeatEdit.text()
        same = repeat == self.ui.newEdit.text()
        self.ui.errorLabel.setText(
            self.tr("The two passphrases are not the same.") if repeat and not same else ""
        )
        self.ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok).setEnabled(acceptable and same)

    def passphrase(self) -> str:
        return self.ui.newEdit.text()

    @classmethod
    def ask(cls, parent: QWidget | None) -> str | None:
        dialog = cls(parent)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        value = dialog.passphrase()
        return value if assess(value).acceptable else None


class RecoveryKeyDialog(QDialog):
    """Shows a freshly made recovery key once, with copy and save-as-sheet."""

    def __init__(self, vault_name: str, key: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("New recovery key"))
        self._vault_name = vault_name
        self._key = key
        intro = QLabel(
            self.tr(
                "This is the vault's new recovery key. The old key and its sheet no longer work. It is shown only now."
            )
        )
        intro.setWordWrap(True)
        key_label = QLabel("  ".join(key.split("-")[:5]) + "\n" + "  ".join(key.split("-")[5:]))
        mono = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
        mono.setPointSizeF(mono.pointSizeF() * 1.4)
        mono.setWeight(QFont.Weight.DemiBold)
        key_label.setFont(mono)
        key_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        key_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        print_button = QPushButton(self.tr("&Print recovery sheet…"))
        print_button.clicked.connect(
            lambda: print_pdf(
                self,
                render_recovery_sheet(self._vault_name, self._key, recovery_sheet_text()),
                self.windowTitle(),
            )
        )
        save = QPushButton(self.tr("&Save recovery sheet (PDF)…"))
        save.clicked.connect(self._save)
        copy = QPushButton(self.tr("&Copy"))
        copy.clicked.connect(lambda: copy_secret(self._key))
        row = QHBoxLayout()
        row.addWidget(print_button)
        row.addWidget(save)
        row.addWidget(copy)
        row.addStretch(1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.accept)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(key_label)
        layout.addLayout(row)
        layout.addWidget(buttons)

    def _save(self) -> None:
        suggested = str(default_vault_folder() / f"{self._vault_name}-recovery-sheet.pdf")
        path, _filter = QFileDialog.getSaveFileName(
            self, self.tr("Save recovery sheet"), suggested, self.tr("PDF documents (*.pdf)")
        )
        if not path:
            return
        try:
            write_recovery_sheet(Path(path), self._vault_name, self._key, recovery_sheet_text())
        except Exception as error:  # noqa: BLE001 - shown in words
            QMessageBox.warning(self, self.windowTitle(), describe(error))

    @classmethod
    def show_key(cls, parent: QWidget | None, vault_name: str, key: str) -> None:
        cls(vault_name, key, parent).exec()
