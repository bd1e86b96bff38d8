"""The lock screen: passphrase, remembered key, or recovery key with a new passphrase."""

from __future__ import annotations

import contextlib
from pathlib import Path

from PySide6.QtCore import QTimer, Signal
from PySide6.QtWidgets import QLineEdit, QWidget

from ehr_desktop.domain.errors import (
    KeyringUnavailable,
    NotRemembered,
    PassphraseMismatch,
    WeakPassphrase,
    WrongPassphrase,
    WrongRecoveryKey,
)
from ehr_desktop.domain.passphrase import assess
from ehr_desktop.domain.throttle import UnlockThrottle
from ehr_desktop.gui.forms.ui_unlock_page import Ui_UnlockPage
from ehr_desktop.gui.icons import icon
from ehr_desktop.gui.messages import describe
from ehr_desktop.gui.passphrase_feedback import show_strength
from ehr_desktop.gui.worker import JobRunner
from ehr_desktop.services import vaults
from ehr_desktop.services.demo import DEMO_PASSPHRASE
from ehr_desktop.services.preferences import demo_vault_path


class UnlockPage(QWidget):
    unlocked = Signal(object)  # services.vaults.UnlockedVault
    other_vault_requested = Signal()

    def __init__(self, jobs: JobRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_UnlockPage()
        self.ui.setupUi(self)
        self._jobs = jobs
        self._throttle = UnlockThrottle()
        self._path: Path | None = None
        self._remembered = False
        self._countdown = QTimer(self, interval=500)
        self._countdown.timeout.connect(self._update_countdown)

        self.ui.unlockButton.clicked.connect(self._unlock)
        self.ui.passphraseEdit.returnPressed.connect(self._unlock)
        self.ui.useRecoveryButton.clicked.connect(lambda: self._set_mode(recovery=True))
        self.ui.backButton.clicked.connect(lambda: self._set_mode(recovery=False))
        self.ui.otherVaultButton.clicked.connect(self.other_vault_requested)
        self.ui.recoverButton.clicked.connect(self._recover)
        reveal = self.ui.passphraseEdit.addAction(
            icon("eye"), QLineEdit.ActionPosition.TrailingPosition
        )
        reveal.setToolTip(self.tr("Show or hide the passphrase"))
        reveal.triggered.connect(self._toggle_reveal)
        self.ui.newPassphraseEdit.textChanged.connect(
            lambda text: show_strength(self.ui.strengthLabel, text)
        )

    def _toggle_reveal(self) -> None:
        hidden = self.ui.passphraseEdit.echoMode() == QLineEdit.EchoMode.Password
        self.ui.passphraseEdit.setEchoMode(
            QLineEdit.EchoMode.Normal if hidden else QLineEdit.EchoMode.Password
        )

    # --- state ------------------------------------------------------------

    def show_vault(self, path: Path, *, try_remembered: bool) -> None:
        self._path = Path(path)
        self._remembered = vaults.is_remembered(self._path)
        self.ui.vaultNameLabel.setText(self._path.name.removesuffix(".ehrvault"))
        self.ui.vaultPathLabel.setText(str(self._path.parent))
        self.ui.rememberCheck.setChecked(self._remembered)
        self.ui.passphraseEdit.setPlaceholderText(
            self.tr("Leave empty to use the passphrase remembered on this computer")
            if self._remembered
            else self.tr("Type the vault's passphrase")
        )
        if self._path == demo_vault_path():
            # Made-up data only: its passphrase is public (README), say it where it is needed.
            self.ui.vaultPathLabel.setText(
                self.tr("Demo vault with made-up people. Its passphrase is {passphrase}").format(
                    passphrase=DEMO_PASSPHRASE
                )
            )
        self._clear_secrets()
        self.ui.passphraseEdit.setEchoMode(QLineEdit.EchoMode.Password)
        self._set_mode(recovery=False)
        self._set_error("")
        if try_remembered and self._remembered:
            self._start(lambda _p: vaults.unlock_remembered(self._path), quiet_keyring=True)

    def _clear_secrets(self) -> None:
        for edit in (
            self.ui.passphraseEdit,
            self.ui.recoveryKeyEdit,
            self.ui.newPassphraseEdit,
            self.ui.repeatEdit,
        ):
            edit.clear()

    def _set_mode(self, *, recovery: bool) -> None:
        self.ui.modeStack.setCurrentIndex(1 if recovery else 0)
        (self.ui.recoveryKeyEdit if recovery else self.ui.passphraseEdit).setFocus()

    def _set_error(self, text: str) -> None:
        label = (
            self.ui.recoveryErrorLabel if self.ui.modeStack.currentIndex() else self.ui.errorLabel
        )
        label.setText(text)

    def _set_busy(self, busy: bool) -> None:
        self.ui.busyBar.setVisible(busy)
        self.ui.modeStack.setEnabled(not busy)

    # --- actions ------------------------------------------------------------

    def _unlock(self) -> None:
        if self._path is None or self._throttle.seconds_to_wait() > 0:
            return
        passphrase = self.ui.passphraseEdit.text()
        path, remember = self._path, self.ui.rememberCheck.isChecked()
        if not passphrase:
            if self._remembered:
                self._start(lambda _p: vaults.unlock_remembered(path))
            else:
                self._set_error(self.tr("Type the passphrase first."))
            return

        def work(_progress):
            vault = vaults.unlock_with_passphrase(path, passphrase)
            _apply_remember(vault, remember, self._remembered)
            return vault

        self._start(work)

    def _recover(self) -> None:
        if self._path is None:
            return
        key = self.ui.recoveryKeyEdit.text()
        new = self.ui.newPassphraseEdit.text()
        if not assess(new).acceptable:
            self._set_error(describe(WeakPassphrase()))
            return
        if new != self.ui.repeatEdit.text():
            self._set_error(describe(PassphraseMismatch()))
            return
        path = self._path

        def work(_progress):
            vault = vaults.unlock_with_recovery_key(path, key)
            try:
                vaults.change_passphrase(vault, new)
            except BaseException:
                vault.close()
                raise
            return vault

        self._start(work)

    def _start(self, work, *, quiet_keyring: bool = False) -> None:
        self._set_error("")
        self._set_busy(True)
        self._jobs.start(
            work,
            on_success=self._succeeded,
            on_error=lambda error: self._failed(error, quiet_keyring),
        )

    def _succeeded(self, vault) -> None:
        self._set_busy(False)
        self._throttle.record_success()
        self._clear_secrets()
        self.unlocked.emit(vault)

    def _failed(self, error: BaseException, quiet_keyring: bool) -> None:
        self._set_busy(False)
        if quiet_keyring and isinstance(error, (NotRemembered, KeyringUnavailable)):
            self.ui.passphraseEdit.setFocus()
            return  # the automatic attempt at start-up: just ask for the passphrase
        if isinstance(error, (WrongPassphrase, WrongRecoveryKey)):
            self._throttle.record_failure()
            self.ui.passphraseEdit.selectAll()
        self._set_error(describe(error))
        self._update_countdown()

    def _update_countdown(self) -> None:
        wait = self._throttle.seconds_to_wait()
        waiting = wait > 0
        self.ui.unlockButton.setEnabled(not waiting)
        self.ui.recoverButton.setEnabled(not waiting)
        if waiting:
            self.ui.unlockButton.setText(
                self.tr("Wait {seconds} s").format(seconds=int(wait + 0.99))
            )
            if not self._countdown.isActive():
                self._countdown.start()
        else:
            self._countdown.stop()
            self.ui.unlockButton.setText(self.tr("&Unlock"))

    @property
    def throttle(self) -> UnlockThrottle:
        return self._throttle


def _apply_remember(vault: vaults.UnlockedVault, remember: bool, was_remembered: bool) -> None:
    if remember == was_remembered:
        return
    # Unlocking matters more than remembering; Settings shows why remembering is not possible.
    with contextlib.suppress(KeyringUnavailable):
        vaults.set_remembered(vault, remember)
