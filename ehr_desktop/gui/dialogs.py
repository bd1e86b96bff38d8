"""Small dialogs: change passphrase, show a new recovery key. Each has `ask()` for tests to patch."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from ehr_desktop.domain.passphrase import assess
from ehr_desktop.gui.forms.ui_change_passphrase_dialog import Ui_ChangePassphraseDialog
from ehr_desktop.gui.passphrase_feedback import show_strength
from ehr_desktop.gui.recovery_key_panel import RecoveryKeyPanel


class ChangePassphraseDialog(QDialog):
    """Asks for a new passphrase twice with strength feedback (also used for a backup's own)."""

    def __init__(self, parent: QWidget | None = None, *, title: str = "", intro: str = "") -> None:
        super().__init__(parent)
        self.ui = Ui_ChangePassphraseDialog()
        self.ui.setupUi(self)
        if title:
            self.setWindowTitle(title)
        if intro:
            self.ui.introLabel.setText(intro)
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
    def ask(cls, parent: QWidget | None, *, title: str = "", intro: str = "") -> str | None:
        dialog = cls(parent, title=title, intro=intro)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        value = dialog.passphrase()
        return value if assess(value).acceptable else None


class RecoveryKeyDialog(QDialog):
    """Shows a freshly made recovery key once, with copy and save-as-sheet."""

    def __init__(self, vault_name: str, key: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("New recovery key"))
        intro = QLabel(
            self.tr(
                "This is the vault's new recovery key. The old key and its sheet no longer work. It is shown only now."
            )
        )
        intro.setWordWrap(True)
        panel = RecoveryKeyPanel()
        panel.show_key(vault_name, key)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.accept)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(panel)
        layout.addWidget(buttons)

    @classmethod
    def show_key(cls, parent: QWidget | None, vault_name: str, key: str) -> None:
        cls(vault_name, key, parent).exec()
