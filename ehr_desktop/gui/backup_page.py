"""The Backup area: back up now, where and when automatically, the backups in the folder."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from PySide6.QtCore import QDateTime, QSortFilterProxyModel, Qt, Signal
from PySide6.QtWidgets import (
    QFileDialog,
    QHeaderView,
    QInputDialog,
    QLineEdit,
    QMessageBox,
    QWidget,
)

from ehr_desktop.gui import formats
from ehr_desktop.gui.backup_list_model import ROW_ROLE, SORT_ROLE, BackupListModel
from ehr_desktop.gui.dialogs import ChangePassphraseDialog
from ehr_desktop.gui.forms.ui_backup_page import Ui_BackupPage
from ehr_desktop.gui.messages import describe
from ehr_desktop.gui.roles import set_role
from ehr_desktop.gui.verification_texts import report_lines
from ehr_desktop.gui.worker import Job, JobRunner
from ehr_desktop.services import backup_schedule, backups, vaults
from ehr_desktop.services.backup_schedule import BackupSettings


class BackupPage(QWidget):
    backup_finished = Signal()  # a backup was written (or failed): the status bar refreshes
    restore_requested = Signal(Path)

    def __init__(
        self, vault: vaults.UnlockedVault, jobs: JobRunner, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.ui = Ui_BackupPage()
        self.ui.setupUi(self)
        self._vault = vault
        self._jobs = jobs
        self._job: Job | None = None
        self.last_error: BaseException | None = None
        self._settings = backup_schedule.load_settings(vault)

        self.model = BackupListModel(self)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setSortRole(SORT_ROLE)
        table = self.ui.backupTable
        table.setModel(self.proxy)
        table.setSortingEnabled(True)
        table.sortByColumn(0, Qt.SortOrder.DescendingOrder)
        table.verticalHeader().hide()
        table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        table.horizontalHeader().setStretchLastSection(True)
        table.doubleClicked.connect(lambda _index: self._restore_selected())

        self._show_settings()
        self.ui.chooseFolderButton.clicked.connect(self._choose_folder)
        for check in (self.ui.onExitCheck, self.ui.dailyCheck):
            check.toggled.connect(self._settings_edited)
        for spin in (
            self.ui.keepDailySpin,
            self.ui.keepWeeklySpin,
            self.ui.keepMonthlySpin,
            self.ui.warnSpin,
        ):
            spin.valueChanged.connect(self._settings_edited)
        self.ui.backUpNowButton.clicked.connect(self.back_up_now)
        self.ui.ownPassphraseButton.clicked.connect(self._back_up_with_own_passphrase)
        self.ui.cancelButton.clicked.connect(self._cancel)
        self.ui.verifyButton.clicked.connect(self._verify_selected)
        self.ui.restoreButton.clicked.connect(self._restore_selected)
        self.refresh()

    # --- settings ---------------------------------------------------------------

    @property
    def settings(self) -> BackupSettings:
        return self._settings

    def _show_settings(self) -> None:
        chosen = self._settings
        self.ui.folderEdit.setText(chosen.folder)
        self.ui.onExitCheck.setChecked(chosen.on_exit)
        self.ui.dailyCheck.setChecked(chosen.daily)
        self.ui.keepDailySpin.setValue(chosen.keep_daily)
        self.ui.keepWeeklySpin.setValue(chosen.keep_weekly)
        self.ui.keepMonthlySpin.setValue(chosen.keep_monthly)
        self.ui.warnSpin.setValue(chosen.warn_after_days)

    def _settings_edited(self) -> None:
        self._store(
            replace(
                self._settings,
                on_exit=self.ui.onExitCheck.isChecked(),
                daily=self.ui.dailyCheck.isChecked(),
                keep_daily=self.ui.keepDailySpin.value(),
                keep_weekly=self.ui.keepWeeklySpin.value(),
                keep_monthly=self.ui.keepMonthlySpin.value(),
                warn_after_days=self.ui.warnSpin.value(),
            )
        )

    def _store(self, chosen: BackupSettings) -> None:
        backup_schedule.save_settings(self._vault, chosen)
        self._settings = chosen
        self.backup_finished.emit()  # the warning threshold may have changed

    def choose_folder(self, folder: str) -> None:
        self._store(replace(self._settings, folder=folder))
        self.ui.folderEdit.setText(folder)
        self.refresh()

    def _choose_folder(self) -> None:
        folder = QFileDialog.getExistingDirectory(
            self, self.tr("Choose the backup folder"), self._settings.folder
        )
        if folder:
            self.choose_folder(folder)

    # --- backing up ---------------------------------------------------------------

    def refresh(self) -> None:
        folder = Path(self._settings.folder) if self._settings.folder else None
        self.model.set_rows(
            backup_schedule.list_backups(folder, self._vault.name) if folder else []
        )
        last = backup_schedule.last_good_backup(self._vault)
        if not self._settings.configured:
            self.ui.statusLabel.setText(
                self.tr("Choose a backup folder first, ideally on a USB drive or a network folder.")
            )
        elif folder is not None and not folder.is_dir():
            self.ui.statusLabel.setText(
                self.tr(
                    "The backup folder {folder} cannot be reached. Connect the drive or choose another folder."
                ).format(folder=folder)
            )
        elif last is None:
            self.ui.statusLabel.setText(self.tr("No backup has been made yet."))
        else:
            self.ui.statusLabel.setText(
                self.tr("Last good backup: {when}").format(when=local_time_text(last.at))
            )

    def _back_up_with_own_passphrase(self) -> None:
        passphrase = ChangePassphraseDialog.ask(
            self,
            title=self.tr("Backup with its own passphrase"),
            intro=self.tr(
                "This backup will also open with the passphrase you choose here, besides the vault's passphrase of today and the recovery key. Keep it as carefully as the recovery sheet."
            ),
        )
        if passphrase is not None:
            self.back_up_now(own_passphrase=passphrase)

    def back_up_now(self, *, own_passphrase: str | None = None) -> bool:
        """Starts a backup in the background; False when none can start (no folder, busy)."""
        if self._job is not None:
            return False
        if not self._settings.configured:
            self._choose_folder()
            if not self._settings.configured:
                return False
        self.last_error = None
        self._set_running(True)
        chosen = self._settings
        self._job = self._jobs.start(
            lambda progress: backup_schedule.back_up_now(
                self._vault, chosen, progress, own_passphrase=own_passphrase
            ),
            on_progress=self._progressed,
            on_success=self._succeeded,
            on_error=self._failed,
            on_cancel=self._cancelled,
        )
        return True

    @property
    def running(self) -> bool:
        return self._job is not None

    def _set_running(self, running: bool) -> None:
        self.ui.backUpNowButton.setEnabled(not running)
        self.ui.ownPassphraseButton.setEnabled(not running)
        self.ui.progressBar.setVisible(running)
        self.ui.progressBar.setRange(0, 0)
        self.ui.cancelButton.setVisible(running)
        if running:
            self.ui.statusLabel.setText(self.tr("Backing up…"))

    def _progressed(self, done: int, total: int) -> None:
        self.ui.progressBar.setRange(0, max(total, 1))
        self.ui.progressBar.setValue(done)

    def _cancel(self) -> None:
        if self._job is not None:
            self._job.cancel()

    def _finish(self) -> None:
        self._job = None
        self._set_running(False)
        set_role(self.ui.statusLabel, "")
        self.refresh()
        self.backup_finished.emit()

    def _succeeded(self, info) -> None:
        self._finish()
        self.ui.statusLabel.setText(
            self.tr("Backup written and checked: {file}").format(file=info.path.name)
        )

    def _failed(self, error: BaseException) -> None:
        self.last_error = error  # before _finish: the status bar reads it when notified
        self._finish()
        set_role(self.ui.statusLabel, "error")
        self.ui.statusLabel.setText(
            self.tr("The backup failed: {reason}").format(reason=describe(error))
        )

    def _cancelled(self) -> None:
        self._finish()
        self.ui.statusLabel.setText(self.tr("Backup cancelled. No file was left behind."))

    # --- existing backups -----------------------------------------------------------

    def _selected(self) -> Path | None:
        rows = (
            self.ui.backupTable.selectionModel().selectedRows()
            if self.ui.backupTable.selectionModel()
            else []
        )
        if not rows:
            QMessageBox.information(
                self, self.tr("Backup"), self.tr("Select a backup in the list first.")
            )
            return None
        return rows[0].data(ROW_ROLE).path

    def _verify_selected(self) -> None:
        path = self._selected()
        if path is None:
            return
        secret = ask_secret(
            self,
            self.tr("Check backup"),
            self.tr("The vault's passphrase of the day the backup was made:"),
        )
        if secret is None:
            return
        self.ui.statusLabel.setText(self.tr("Checking {file}…").format(file=path.name))
        self._jobs.start(
            lambda _p: backups.verify_backup(path, passphrase=secret),
            on_success=lambda report: self._verified(path, report),
            on_error=lambda error: self.ui.statusLabel.setText(describe(error)),
        )

    def _verified(self, path: Path, report) -> None:
        summary = (
            self.tr("{file} is intact and can be restored.")
            if report.ok
            else self.tr("{file} is damaged: do not rely on it.")
        )
        self.ui.statusLabel.setText(
            "\n".join([summary.format(file=path.name), *report_lines(report)])
        )

    def _restore_selected(self) -> None:
        path = self._selected()
        if path is not None:
            self.restore_requested.emit(path)


def ask_secret(parent: QWidget, title: str, label: str) -> str | None:
    """Asks for a passphrase (hidden typing); tests patch this."""
    text, accepted = QInputDialog.getText(parent, title, label, QLineEdit.EchoMode.Password)
    return text if accepted and text else None


def local_time_text(moment) -> str:
    """A UTC datetime as this computer's short local date and time."""
    return formats.datetime_text(QDateTime(moment).toLocalTime())
