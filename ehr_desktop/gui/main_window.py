"""The main window: welcome, lock screen or workspace, with menus and the status bar."""

from __future__ import annotations

import base64
import contextlib
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QByteArray, Qt, QTimer
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QFileDialog,
    QLabel,
    QMainWindow,
    QMessageBox,
    QProgressBar,
    QStackedWidget,
    QWidget,
)

from ehr_desktop import __version__
from ehr_desktop.domain.errors import EhrError
from ehr_desktop.gui.areas import Workspace
from ehr_desktop.gui.backup_page import local_time_text
from ehr_desktop.gui.clipboard import clear_secrets
from ehr_desktop.gui.icons import icon
from ehr_desktop.gui.idle import IdleWatcher
from ehr_desktop.gui.messages import describe
from ehr_desktop.gui.new_vault_wizard import NewVaultWizard
from ehr_desktop.gui.restore_dialog import RestoreDialog
from ehr_desktop.gui.roles import set_role
from ehr_desktop.gui.unlock_page import UnlockPage
from ehr_desktop.gui.welcome_page import WelcomePage
from ehr_desktop.gui.worker import JobRunner
from ehr_desktop.services import backup_schedule, backups, demo, vaults
from ehr_desktop.services.preferences import PreferenceStore, demo_vault_path

DEMO_EMPLOYEES = 300


@dataclass
class AppContext:
    """What the composition root hands the window; no globals."""

    preferences: PreferenceStore
    jobs: JobRunner


class MainWindow(QMainWindow):
    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.jobs = context.jobs
        self.vault: vaults.UnlockedVault | None = None
        self.vault_path: Path | None = None
        self.workspace: Workspace | None = None
        self._kept_workspace: Workspace | None = None  # pending edits kept across an auto-lock
        self._lock_pending = False
        self._exit_backup_done = False
        self.setWindowTitle("EHR Desktop")
        self.setMinimumSize(900, 600)

        self.pages = QStackedWidget()
        self.welcome = WelcomePage()
        self.unlock_page = UnlockPage(self.jobs)
        self.pages.addWidget(self.welcome)
        self.pages.addWidget(self.unlock_page)
        self.setCentralWidget(self.pages)

        self.welcome.create_requested.connect(self.new_vault)
        self.welcome.demo_requested.connect(self.open_demo_vault)
        self.welcome.restore_requested.connect(self.restore_backup)
        self.welcome.open_requested.connect(self.choose_vault)
        self.welcome.recent_chosen.connect(self.open_vault)
        self.unlock_page.unlocked.connect(self._on_unlocked)
        self.unlock_page.other_vault_requested.connect(self.show_welcome)

        self._build_actions()
        self._build_status_bar()
        self.idle = IdleWatcher(self)
        self.idle.idle.connect(lambda: self.lock(automatic=True))
        QApplication.instance().installEventFilter(self.idle)
        self.jobs.busy_changed.connect(self._busy_changed)
        # Daily automatic backups are checked now and then while a vault is open.
        self.daily_backup_timer = QTimer(self)
        self.daily_backup_timer.setInterval(15 * 60_000)
        self.daily_backup_timer.timeout.connect(self.run_daily_backup_if_due)
        self._restore_geometry()
        self._update_state()

    # --- frame --------------------------------------------------------------

    def _build_actions(self) -> None:
        file_menu = self.menuBar().addMenu(self.tr("&Vault"))
        self.new_action = QAction(icon("file-plus"), self.tr("&New vault…"), self)
        self.new_action.setShortcut(QKeySequence("Ctrl+Shift+N"))
        self.new_action.triggered.connect(self.new_vault)
        self.open_action = QAction(icon("folder-open"), self.tr("&Open vault…"), self)
        self.open_action.setShortcut(QKeySequence.StandardKey.Open)
        self.open_action.triggered.connect(self.choose_vault)
        self.demo_action = QAction(icon("sparkles"), self.tr("Open the &demo vault"), self)
        self.demo_action.triggered.connect(self.open_demo_vault)
        self.lock_action = QAction(icon("lock"), self.tr("&Lock"), self)
        self.lock_action.setShortcut(QKeySequence("Ctrl+L"))
        self.lock_action.setToolTip(self.tr("Lock the vault now (Ctrl+L)"))
        self.lock_action.triggered.connect(lambda: self.lock(automatic=False))
        self.close_vault_action = QAction(self.tr("&Close vault"), self)
        self.close_vault_action.triggered.connect(self.close_vault)
        quit_action = QAction(icon("log-out"), self.tr("&Quit"), self)
        quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        quit_action.setMenuRole(QAction.MenuRole.QuitRole)
        quit_action.triggered.connect(self.close)
        for action in (self.new_action, self.open_action, self.demo_action):
            file_menu.addAction(action)
        file_menu.addSeparator()
        file_menu.addAction(self.lock_action)
        file_menu.addAction(self.close_vault_action)
        file_menu.addSeparator()
        file_menu.addAction(quit_action)

        help_menu = self.menuBar().addMenu(self.tr("&Help"))
        about = QAction(self.tr("&About EHR Desktop"), self)
        about.setMenuRole(QAction.MenuRole.AboutRole)
        about.triggered.connect(self._about)
        help_menu.addAction(about)
        self.addAction(self.lock_action)

    def _build_status_bar(self) -> None:
        bar = self.statusBar()
        self.vault_label = QLabel()
        self.lock_label = QLabel()
        self.backup_label = QLabel()
        self.progress = QProgressBar()
        self.progress.setRange(0, 0)
        self.progress.setMaximumWidth(160)
        self.progress.setTextVisible(False)
        self.progress.hide()
        bar.addWidget(self.vault_label)
        bar.addWidget(self.lock_label)
        bar.addPermanentWidget(self.progress)
        bar.addPermanentWidget(self.backup_label)

    def _update_state(self) -> None:
        unlocked = self.vault is not None
        self.lock_action.setEnabled(unlocked)
        self.close_vault_action.setEnabled(unlocked)
        name = self.vault_path.name.removesuffix(".ehrvault") if self.vault_path else ""
        self.vault_label.setText(self.tr("Vault: {name}").format(name=name) if name else "")
        if self.vault_path is None:
            self.lock_label.setText("")
        elif unlocked:
            self.lock_label.setText(self.tr("Unlocked"))
        else:
            self.lock_label.setText(self.tr("Locked"))
        self.backup_label.setVisible(unlocked)
        if unlocked:
            self._update_backup_status()
        self.setWindowTitle(f"{name} — EHR Desktop" if name else "EHR Desktop")

    def _update_backup_status(self) -> None:
        if self.vault is None or self.workspace is None:
            return
        chosen = self.workspace.backup_page.settings
        last = backup_schedule.last_good_backup(self.vault)
        state = backup_schedule.state(last, chosen.warn_after_days)
        if self.workspace.backup_page.last_error is not None:
            text, role = self.tr("The last backup failed: see Backup"), "error"
        elif last is None:
            text, role = self.tr("No backup yet"), "warning"
        else:
            text = self.tr("Last backup: {when}").format(when=local_time_text(last.at))
            role = "" if state is backup_schedule.BackupState.CURRENT else "warning"
        self.backup_label.setText(text)
        set_role(self.backup_label, role)
        self.backup_label.setToolTip(
            self.tr("Backups go to {folder}").format(folder=chosen.folder)
            if chosen.configured
            else self.tr("No backup folder chosen yet: see Backup.")
        )

    def run_daily_backup_if_due(self) -> bool:
        if self.vault is None or self.workspace is None or self.jobs.busy:
            return False
        page = self.workspace.backup_page
        chosen = page.settings
        if not (chosen.daily and chosen.configured):
            return False
        if not backup_schedule.daily_backup_due(backup_schedule.last_good_backup(self.vault)):
            return False
        return page.back_up_now()

    def _busy_changed(self, busy: bool) -> None:
        self.progress.setVisible(busy)
        if not busy and self._lock_pending:
            self._lock_pending = False
            self.lock(automatic=True)

    # --- start and vault choice --------------------------------------------

    def start(self) -> None:
        """Shows the last vault's lock screen (trying this computer's keyring) or the welcome page."""
        prefs = self.context.preferences.load()
        last = Path(prefs.last_vault) if prefs.last_vault else None
        if last is not None and last.exists():
            self._show_unlock(last, try_remembered=True)
        else:
            self.show_welcome()

    def show_welcome(self) -> None:
        if self.vault is not None:
            return
        self.vault_path = None
        self.welcome.set_recent(self.context.preferences.load().recent_vaults)
        self.pages.setCurrentWidget(self.welcome)
        self._update_state()

    def _show_unlock(self, path: Path, *, try_remembered: bool) -> None:
        self.vault_path = path
        self.unlock_page.show_vault(path, try_remembered=try_remembered)
        self.pages.setCurrentWidget(self.unlock_page)
        self._update_state()

    def open_vault(self, path: Path) -> None:
        if self.vault is not None and not self.close_vault():
            return
        try:
            folder = vaults.locate_vault(path)
        except EhrError as error:
            QMessageBox.warning(self, self.tr("Open vault"), describe(error))
            return
        self._show_unlock(folder, try_remembered=True)

    def choose_vault(self) -> None:
        folder = QFileDialog.getExistingDirectory(
            self, self.tr("Choose the vault folder (.ehrvault)")
        )
        if folder:
            self.open_vault(Path(folder))

    def new_vault(self) -> None:
        if self.vault is not None and not self.close_vault():
            return
        wizard = NewVaultWizard(self.jobs, self)
        wizard.exec()
        created = wizard.created()
        if created is not None:
            self._on_unlocked(created.vault)

    def restore_backup(self) -> None:
        path, _filter = QFileDialog.getOpenFileName(
            self,
            self.tr("Choose a backup file"),
            "",
            self.tr("EHR Desktop backups (*.ehrbak);;All files (*)"),
        )
        if path:
            self.restore_from(Path(path), allow_replace=False)

    def restore_from(self, backup: Path, *, allow_replace: bool) -> None:
        try:
            header = backups.read_header(backup)
        except EhrError as error:
            QMessageBox.warning(self, self.tr("Restore from a backup file"), describe(error))
            return
        current = self.vault_path if allow_replace and self.vault is not None else None
        request = RestoreDialog.ask(self, backup, header, current)
        if request is None:
            return
        if request.replace and not self.close_vault():
            return
        self.welcome.set_busy(self.tr("Restoring the backup…"))

        def work(progress):
            return backups.restore_backup(
                request.backup,
                request.target,
                passphrase=request.passphrase,
                recovery_key=request.recovery_key,
                replace=request.replace,
                progress=progress,
            )

        self.jobs.start(
            work,
            on_success=self._restored,
            on_error=lambda error: self._restore_failed(error, request),
        )

    def _restored(self, folder: Path) -> None:
        self.welcome.set_busy("")
        QMessageBox.information(
            self,
            self.tr("Restore from a backup file"),
            self.tr(
                "The backup was checked and restored into {vault}. Unlock it with the passphrase of the backup's day or with the recovery key."
            ).format(vault=folder),
        )
        self._show_unlock(Path(folder), try_remembered=False)

    def _restore_failed(self, error: BaseException, request) -> None:
        self.welcome.set_busy("")
        QMessageBox.warning(self, self.tr("Restore from a backup file"), describe(error))
        if request.replace and Path(request.target).exists():
            self._show_unlock(
                Path(request.target), try_remembered=False
            )  # untouched: open it again

    def open_demo_vault(self) -> None:
        if self.vault is not None and not self.close_vault():
            return
        path = demo_vault_path()
        if path.exists():
            self._start_demo_unlock(path)
            return
        self.welcome.set_busy(self.tr("Creating the demo vault…"))
        self.pages.setCurrentWidget(self.welcome)

        def work(progress):
            created = vaults.create_vault(path, demo.DEMO_PASSPHRASE)
            try:
                demo.populate(created.vault, DEMO_EMPLOYEES, progress=progress)
            except BaseException:
                created.vault.close()
                raise
            return created.vault

        self.jobs.start(
            work,
            on_progress=lambda done, total: self.welcome.set_busy(
                self.tr("Creating the demo vault…"), done, total
            ),
            on_success=self._demo_ready,
            on_error=self._demo_failed,
        )

    def _start_demo_unlock(self, path: Path) -> None:
        self.welcome.set_busy(self.tr("Opening the demo vault…"))
        self.jobs.start(
            lambda _p: vaults.unlock_with_passphrase(path, demo.DEMO_PASSPHRASE),
            on_success=self._demo_ready,
            on_error=self._demo_failed,
        )

    def _demo_ready(self, vault: vaults.UnlockedVault) -> None:
        self.welcome.set_busy("")
        self._on_unlocked(vault)

    def _demo_failed(self, error: BaseException) -> None:
        self.welcome.set_busy("")
        QMessageBox.warning(self, self.tr("Demo vault"), describe(error))

    # --- unlocked / locked ------------------------------------------------

    def _on_unlocked(self, vault: vaults.UnlockedVault) -> None:
        self.vault = vault
        self.vault_path = vault.layout.folder
        prefs = self.context.preferences.load()
        prefs.remember_vault(vault.layout.folder)
        self.context.preferences.save(prefs)
        kept = self._kept_workspace
        self._kept_workspace = None
        if kept is not None and kept.vault.layout.folder == vault.layout.folder:
            kept.set_vault(vault)
            self.workspace = kept
        else:
            if kept is not None:
                kept.deleteLater()
            self.workspace = Workspace(vault, self.context.preferences, self.jobs)
            self.workspace.auto_lock_changed.connect(self.idle.set_minutes)
            self.workspace.backup_finished.connect(self._update_backup_status)
            self.workspace.restore_requested.connect(
                lambda path: self.restore_from(path, allow_replace=True)
            )
            self.pages.addWidget(self.workspace)
        self.pages.setCurrentWidget(self.workspace)
        self.idle.set_minutes(prefs.auto_lock_minutes)
        self.daily_backup_timer.start()
        QTimer.singleShot(60_000, self.run_daily_backup_if_due)
        self._update_state()

    def lock(self, *, automatic: bool) -> bool:
        """Closes the database and drops the key; returns False if the officer cancelled."""
        if self.vault is None:
            return True
        if self.jobs.busy:
            self._lock_pending = True  # a background task uses the vault: lock when it ends
            return False
        keep = False
        if self.workspace is not None and self.workspace.has_unsaved_changes():
            if automatic:
                keep = True  # the officer is away: keep the edits (in memory only) for after unlock
            elif not self._resolve_unsaved(self.tr("Lock")):
                return False
        path = self.vault.layout.folder
        self._drop_vault(keep_workspace=keep)
        self._show_unlock(path, try_remembered=False)
        return True

    def close_vault(self) -> bool:
        if self.vault is None:
            return True
        unsaved = self.workspace is not None and self.workspace.has_unsaved_changes()
        if unsaved and not self._resolve_unsaved(self.tr("Close vault")):
            return False
        self._drop_vault(keep_workspace=False)
        self.show_welcome()
        return True

    def _resolve_unsaved(self, title: str) -> bool:
        answer = QMessageBox.question(
            self,
            title,
            self.tr("There are unsaved changes. Save them first?"),
            QMessageBox.StandardButton.Save
            | QMessageBox.StandardButton.Discard
            | QMessageBox.StandardButton.Cancel,
        )
        if answer == QMessageBox.StandardButton.Cancel:
            return False
        if answer == QMessageBox.StandardButton.Save:
            return self.workspace.save_changes()
        return True

    def _drop_vault(self, *, keep_workspace: bool) -> None:
        self.idle.stop()
        self.daily_backup_timer.stop()
        clear_secrets()
        if self.workspace is not None:
            self.workspace.about_to_lock()
            self.pages.removeWidget(self.workspace)
            if keep_workspace:
                self.workspace.hide()
                self._kept_workspace = self.workspace
            else:
                self.workspace.deleteLater()  # nothing showing personal data survives the lock
            self.workspace = None
        if self.vault is not None:
            self.vault.close()
            self.vault = None
        self._update_state()

    # --- window -------------------------------------------------------------

    def _about(self) -> None:
        QMessageBox.about(
            self,
            self.tr("About EHR Desktop"),
            self.tr(
                "EHR Desktop {version}\n\nPersonnel files and KPI appraisals for a small company, kept encrypted on this computer only."
            ).format(version=__version__),
        )

    def _restore_geometry(self) -> None:
        prefs = self.context.preferences.load()
        if prefs.window_geometry:
            self.restoreGeometry(QByteArray(base64.b64decode(prefs.window_geometry)))
        else:
            self.resize(1180, 760)

    def closeEvent(self, event: QCloseEvent) -> None:
        if self._start_exit_backup():
            event.ignore()  # closes again when the backup has finished
            return
        self.jobs.wait(10_000)  # a running task may be using the vault: let it finish first
        if self.vault is not None and not self.close_vault():
            event.ignore()
            return
        prefs = self.context.preferences.load()
        prefs.window_geometry = base64.b64encode(bytes(self.saveGeometry())).decode("ascii")
        # Losing the window position is no reason to refuse to quit.
        with contextlib.suppress(EhrError):
            self.context.preferences.save(prefs)
        QApplication.instance().removeEventFilter(self.idle)
        event.accept()

    def _start_exit_backup(self) -> bool:
        """Starts the backup on closing when the officer asked for one; True if it started."""
        if self._exit_backup_done or self.vault is None or self.workspace is None:
            return False
        page = self.workspace.backup_page
        if page.running:
            page.backup_finished.connect(
                self._exit_backup_finished, Qt.ConnectionType.SingleShotConnection
            )
            return True
        if not (page.settings.on_exit and page.settings.configured):
            return False
        if not page.back_up_now():
            return False
        self.workspace.show_area("backup")
        page.backup_finished.connect(
            self._exit_backup_finished, Qt.ConnectionType.SingleShotConnection
        )
        return True

    def _exit_backup_finished(self) -> None:
        self._exit_backup_done = True
        page = self.workspace.backup_page if self.workspace is not None else None
        if page is not None and page.last_error is not None:
            QMessageBox.warning(
                self,
                self.tr("Backup"),
                self.tr(
                    "The backup on closing failed: {reason}\n\nThe vault itself is safe."
                ).format(reason=describe(page.last_error)),
            )
        self.close()

    def keyPressEvent(self, event) -> None:  # Esc leaves the welcome's busy state alone
        if event.key() == Qt.Key.Key_Escape and self.pages.currentWidget() is self.unlock_page:
            self.unlock_page.ui.passphraseEdit.clear()
        super().keyPressEvent(event)
