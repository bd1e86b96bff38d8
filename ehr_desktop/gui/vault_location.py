"""Name and folder of a vault about to be created (new vault, restored vault), checked live."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QFileDialog, QFormLayout, QHBoxLayout, QLineEdit, QPushButton, QWidget

from ehr_desktop.services import vaults
from ehr_desktop.services.preferences import default_vault_folder

FORBIDDEN_IN_NAMES = '\\/:*?"<>|'


class VaultLocationFields(QWidget):
    changed = Signal()

    def __init__(self, name: str, browse_title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._browse_title = browse_title
        self.name_edit = QLineEdit(name)
        self.folder_edit = QLineEdit(str(default_vault_folder()))
        browse = QPushButton(self.tr("&Browse…"))
        browse.clicked.connect(self._browse)
        folder_row = QHBoxLayout()
        folder_row.addWidget(self.folder_edit, 1)
        folder_row.addWidget(browse)
        self.form = QFormLayout(self)
        self.form.setContentsMargins(0, 0, 0, 0)
        self.form.addRow(self.tr("Vault &name"), self.name_edit)
        self.form.addRow(self.tr("In &folder"), folder_row)
        self.name_edit.textChanged.connect(self.changed)
        self.folder_edit.textChanged.connect(self.changed)

    def target(self) -> Path:
        return vaults.vault_path(Path(self.folder_edit.text().strip()), self.name_edit.text())

    def _browse(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, self._browse_title, self.folder_edit.text())
        if folder:
            self.folder_edit.setText(folder)

    def problem(self) -> str:
        """Why the vault cannot be created there, in words; empty when it can."""
        name = self.name_edit.text().strip()
        if not name:
            return self.tr("Give the vault a name.")
        if any(ch in name for ch in FORBIDDEN_IN_NAMES):
            return self.tr('A name cannot contain \\ / : * ? " < > |')
        if not self.folder_edit.text().strip():
            return self.tr("Choose a folder.")
        if self.target().exists():
            return self.tr("A vault with this name already exists in that folder.")
        return ""
