"""First-run wizard: where the vault lives, its passphrase, and the recovery key shown once."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import (
    QCheckBox,
    QFormLayout,
    QLineEdit,
    QProgressBar,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from ehr_desktop.domain.passphrase import assess
from ehr_desktop.gui.messages import describe
from ehr_desktop.gui.passphrase_feedback import show_strength
from ehr_desktop.gui.recovery_key_panel import RecoveryKeyPanel
from ehr_desktop.gui.roles import error_label, hint_label
from ehr_desktop.gui.vault_location import VaultLocationFields
from ehr_desktop.gui.worker import JobRunner
from ehr_desktop.services import vaults


class LocationPage(QWizardPage):
    def __init__(self) -> None:
        super().__init__()
        self.setTitle(self.tr("Where to keep the vault"))
        self.setSubTitle(
            self.tr(
                "The vault is one folder holding all records, encrypted. You can move or copy it like any folder while the app is closed."
            )
        )
        self.fields = VaultLocationFields(
            self.tr("Personnel records"), self.tr("Choose a folder for the vault")
        )
        self.path_label = hint_label("")
        self.error_label = error_label()
        layout = QVBoxLayout(self)
        layout.addWidget(self.fields)
        layout.addWidget(self.path_label)
        layout.addWidget(self.error_label)
        layout.addStretch(1)
        self.fields.changed.connect(self._update)
        self._update()

    def target(self) -> Path:
        return self.fields.target()

    def _update(self) -> None:
        self.path_label.setText(
            self.tr("The vault will be created as {path}").format(path=self.target())
        )
        self.error_label.setText(self.fields.problem() if self.fields.name_edit.text() else "")
        self.completeChanged.emit()

    def isComplete(self) -> bool:
        return not self.fields.problem()


class PassphrasePage(QWizardPage):
    def __init__(self, jobs: JobRunner) -> None:
        super().__init__()
        self._jobs = jobs
        self._creating = False
        self.created: vaults.CreatedVault | None = None
        self.setTitle(self.tr("Choose a passphrase"))
        self.setSubTitle(
            self.tr(
                "You will type it to open the vault. Several words with a digit or symbol are easy to remember and hard to guess."
            )
        )
        self.passphrase_edit = QLineEdit()
        self.passphrase_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.repeat_edit = QLineEdit()
        self.repeat_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.strength_label = hint_label("")
        self.show_check = QCheckBox(self.tr("&Show passphrase"))
        self.remember_check = QCheckBox(self.tr("&Remember on this computer"))
        self.remember_check.setToolTip(
            self.tr(
                "Unlock without typing the passphrase on this computer account. Choose this only if nobody else uses this account."
            )
        )
        self.error_label = error_label()
        self.busy = QProgressBar()
        self.busy.setRange(0, 0)
        self.busy.setTextVisible(False)
        self.busy.hide()
        form = QFormLayout(self)
        form.addRow(self.tr("&Passphrase"), self.passphrase_edit)
        form.addRow("", self.strength_label)
        form.addRow(self.tr("R&epeat"), self.repeat_edit)
        form.addRow("", self.show_check)
        form.addRow("", self.remember_check)
        form.addRow("", self.error_label)
        form.addRow("", self.busy)
        self.passphrase_edit.textChanged.connect(self._update)
        self.repeat_edit.textChanged.connect(self._update)
        self.show_check.toggled.connect(self._toggle_echo)

    def _toggle_echo(self, shown: bool) -> None:
        mode = QLineEdit.EchoMode.Normal if shown else QLineEdit.EchoMode.Password
        self.passphrase_edit.setEchoMode(mode)
        self.repeat_edit.setEchoMode(mode)

    def _update(self) -> None:
        show_strength(self.strength_label, self.passphrase_edit.text())
        repeat = self.repeat_edit.text()
        mismatch = bool(repeat) and repeat != self.passphrase_edit.text()
        self.error_label.setText(
            self.tr("The two passphrases are not the same.") if mismatch else ""
        )
        self.completeChanged.emit()

    def isComplete(self) -> bool:
        text = self.passphrase_edit.text()
        return (
            not self._creating
            and assess(text).acceptable
            and text == self.repeat_edit.text()
            and self.created is None
        ) or self.created is not None

    def validatePage(self) -> bool:
        if self.created is not None:
            return True
        if self._creating:
            return False
        location: LocationPage = self.wizard().page(NewVaultWizard.LOCATION)
        target = location.target()
        passphrase = self.passphrase_edit.text()
        remember = self.remember_check.isChecked()
        self._creating = True
        self.busy.show()
        self.error_label.setText(self.tr("Creating the vault…"))
        self.setEnabled(False)
        self._jobs.start(
            lambda _p: vaults.create_vault(target, passphrase, remember=remember),
            on_success=self._created,
            on_error=self._failed,
        )
        return False  # continues in _created

    def _created(self, created: vaults.CreatedVault) -> None:
        self._creating = False
        self.busy.hide()
        self.setEnabled(True)
        self.error_label.setText("")
        self.created = created
        self.passphrase_edit.clear()
        self.repeat_edit.clear()
        self.wizard().next()

    def _failed(self, error: BaseException) -> None:
        self._creating = False
        self.busy.hide()
        self.setEnabled(True)
        self.error_label.setText(describe(error))
        self.completeChanged.emit()


class RecoveryKeyPage(QWizardPage):
    def __init__(self) -> None:
        super().__init__()
        self.setTitle(self.tr("Your recovery key"))
        self.setSubTitle(
            self.tr(
                "If the passphrase is ever forgotten, this key is the only way back into the vault. It is shown only now."
            )
        )
        self.panel = RecoveryKeyPanel()
        self.confirm_check = QCheckBox(
            self.tr(
                "I have printed the recovery sheet or written the key down, and will keep it safe."
            )
        )
        self.confirm_check.toggled.connect(self.completeChanged)
        layout = QVBoxLayout(self)
        layout.addWidget(self.panel)
        layout.addWidget(
            hint_label(
                self.tr(
                    "Keep the sheet away from the computer, for example in the company safe. Anyone holding it can open the records."
                )
            )
        )
        layout.addStretch(1)
        layout.addWidget(self.confirm_check)

    def initializePage(self) -> None:
        created = self.wizard().created()
        if created is not None:
            self.panel.show_key(created.vault.name, created.recovery_key)

    def isComplete(self) -> bool:
        return self.confirm_check.isChecked()


class NewVaultWizard(QWizard):
    LOCATION, PASSPHRASE, RECOVERY = range(3)

    def __init__(self, jobs: JobRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("New vault"))
        self.setWizardStyle(QWizard.WizardStyle.ModernStyle)
        self.setOption(QWizard.WizardOption.NoBackButtonOnLastPage, True)
        self.setOption(QWizard.WizardOption.NoCancelButtonOnLastPage, True)
        self.location_page = LocationPage()
        self.passphrase_page = PassphrasePage(jobs)
        self.recovery_page = RecoveryKeyPage()
        self.setPage(self.LOCATION, self.location_page)
        self.setPage(self.PASSPHRASE, self.passphrase_page)
        self.setPage(self.RECOVERY, self.recovery_page)
        self.resize(640, 480)

    def created(self) -> vaults.CreatedVault | None:
        return self.passphrase_page.created

    def reject(self) -> None:
        if self.created() is not None:
            return  # the vault exists: the recovery key must be acknowledged first
        super().reject()
