"""A recovery key shown once: big grouped letters, with print, save-as-PDF and copy."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ehr_desktop.domain.errors import EhrError
from ehr_desktop.exchange.recovery_sheet import render_recovery_sheet, write_recovery_sheet
from ehr_desktop.gui.clipboard import copy_secret
from ehr_desktop.gui.messages import describe
from ehr_desktop.gui.printing import print_pdf
from ehr_desktop.gui.recovery_texts import recovery_sheet_text
from ehr_desktop.services.preferences import default_vault_folder


def grouped(key: str) -> str:
    """Nine groups on two lines, easier to read aloud and to copy by hand."""
    groups = key.split("-")
    return "  ".join(groups[:5]) + "\n" + "  ".join(groups[5:])


class RecoveryKeyPanel(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._vault_name = ""
        self._key = ""
        self.key_label = QLabel()
        mono = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
        mono.setPointSizeF(mono.pointSizeF() * 1.5)
        mono.setWeight(QFont.Weight.DemiBold)
        self.key_label.setFont(mono)
        self.key_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.key_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        print_button = QPushButton(self.tr("&Print recovery sheet…"))
        print_button.clicked.connect(self.print_sheet)
        save_button = QPushButton(self.tr("&Save recovery sheet (PDF)…"))
        save_button.clicked.connect(self.save_sheet)
        copy_button = QPushButton(self.tr("&Copy"))
        copy_button.setToolTip(self.tr("The clipboard is cleared again after 30 seconds."))
        copy_button.clicked.connect(lambda: copy_secret(self._key))
        buttons = QHBoxLayout()
        for button in (print_button, save_button, copy_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.key_label)
        layout.addLayout(buttons)

    def show_key(self, vault_name: str, key: str) -> None:
        self._vault_name = vault_name
        self._key = key
        self.key_label.setText(grouped(key))

    def _sheet(self) -> bytes:
        return render_recovery_sheet(self._vault_name, self._key, recovery_sheet_text())

    def print_sheet(self) -> None:
        if self._key:
            print_pdf(self, self._sheet(), self.tr("Recovery sheet"))

    def save_sheet(self) -> None:
        if not self._key:
            return
        suggested = str(default_vault_folder() / f"{self._vault_name}-recovery-sheet.pdf")
        path, _filter = QFileDialog.getSaveFileName(
            self, self.tr("Save recovery sheet"), suggested, self.tr("PDF documents (*.pdf)")
        )
        if not path:
            return
        try:
            write_recovery_sheet(Path(path), self._vault_name, self._key, recovery_sheet_text())
        except EhrError as error:
            QMessageBox.warning(self, self.tr("Recovery sheet"), describe(error))
            return
        QMessageBox.information(
            self,
            self.tr("Recovery sheet"),
            self.tr(
                "Saved. Print it now, then delete the file: a recovery key should live on paper, not on the computer."
            ),
        )
