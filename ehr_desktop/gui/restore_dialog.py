"""Restore: see the backup's header first, then choose a new vault or replacing the open one."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QDateTime, QLocale, Qt
from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from ehr_desktop.gui.roles import error_label, hint_label
from ehr_desktop.gui.vault_location import VaultLocationFields


@dataclass(frozen=True)
class RestoreRequest:
    backup: Path
    target: Path
    replace: bool
    passphrase: str | None
    recovery_key: str | None


class RestoreDialog(QDialog):
    def __init__(
        self, backup: Path, header, current_vault: Path | None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Restore from a backup"))
        self._backup = backup
        self._current = current_vault
        created = QDateTime.fromString(header.created_at, Qt.DateFormat.ISODate).toLocalTime()

        facts = QFormLayout()
        facts.addRow(self.tr("Backup file"), QLabel(backup.name))
        facts.addRow(
            self.tr("Made on"), QLabel(QLocale().toString(created, QLocale.FormatType.LongFormat))
        )
        facts.addRow(self.tr("Made by"), QLabel(f"EHR Desktop {header.app_version}"))

        self.passphrase_radio = QRadioButton(
            self.tr("With a &passphrase (the vault's of that day, or the backup's own)")
        )
        self.recovery_radio = QRadioButton(self.tr("With the recovery &key"))
        self.passphrase_radio.setChecked(True)
        self.secret_edit = QLineEdit()
        self.secret_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.passphrase_radio.toggled.connect(self._secret_kind_changed)

        self.new_radio = QRadioButton(self.tr("As a ne&w vault"))
        self.replace_radio = QRadioButton(
            self.tr("Replace the &open vault (it is kept as a safety copy)")
        )
        self.new_radio.setChecked(True)
        self.replace_radio.setVisible(current_vault is not None)
        group = QButtonGroup(self)
        group.addButton(self.new_radio)
        group.addButton(self.replace_radio)
        self.location = VaultLocationFields(
            self.tr("{name} (restored)").format(name=backup.stem.rsplit("-", 2)[0]),
            self.tr("Choose a folder for the restored vault"),
        )
        self.error_label = error_label()

        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("&Restore"))
        self.buttons.accepted.connect(self._accept_if_valid)
        self.buttons.rejected.connect(self.reject)
        for widget in (self.new_radio, self.replace_radio):
            widget.toggled.connect(self._update)
        self.secret_edit.textChanged.connect(self._update)
        self.location.changed.connect(self._update)

        layout = QVBoxLayout(self)
        layout.addLayout(facts)
        layout.addWidget(
            hint_label(
                self.tr(
                    "The backup is checked in full before anything is written. The open vault is not changed unless you choose to replace it."
                )
            )
        )
        layout.addWidget(self.passphrase_radio)
        layout.addWidget(self.recovery_radio)
        layout.addWidget(self.secret_edit)
        layout.addWidget(self.new_radio)
        layout.addWidget(self.location)
        layout.addWidget(self.replace_radio)
        layout.addWidget(self.error_label)
        layout.addWidget(self.buttons)
        self._secret_kind_changed()
        self._update()

    def _secret_kind_changed(self) -> None:
        passphrase = self.passphrase_radio.isChecked()
        self.secret_edit.setEchoMode(
            QLineEdit.EchoMode.Password if passphrase else QLineEdit.EchoMode.Normal
        )
        self.secret_edit.setPlaceholderText(
            self.tr("Passphrase") if passphrase else "XXXX-XXXX-XXXX-XXXX-XXXX-XXXX-XXXX-XXXX-XXXX"
        )

    def target(self) -> Path:
        if self.replace_radio.isChecked() and self._current is not None:
            return self._current
        return self.location.target()

    def _problem(self) -> str:
        if not self.secret_edit.text():
            return self.tr("Type the passphrase or the recovery key.")
        if self.replace_radio.isChecked():
            return ""
        return self.location.problem()

    def _update(self) -> None:
        self.location.setEnabled(self.new_radio.isChecked())
        problem = self._problem()
        self.error_label.setText(problem if self.secret_edit.text() else "")
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(not problem)

    def _accept_if_valid(self) -> None:
        if not self._problem():
            self.accept()

    def request(self) -> RestoreRequest:
        secret = self.secret_edit.text()
        use_passphrase = self.passphrase_radio.isChecked()
        return RestoreRequest(
            backup=self._backup,
            target=self.target(),
            replace=self.replace_radio.isChecked(),
            passphrase=secret if use_passphrase else None,
            recovery_key=None if use_passphrase else secret,
        )

    @classmethod
    def ask(
        cls, parent: QWidget | None, backup: Path, header, current_vault: Path | None = None
    ) -> RestoreRequest | None:
        dialog = cls(backup, header, current_vault, parent)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        return dialog.request()
