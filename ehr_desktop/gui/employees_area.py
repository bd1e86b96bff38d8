"""The Employees area: the list as the first tab, each opened file in a tab of its own."""

from __future__ import annotations

import base64
import binascii
import contextlib

from PySide6.QtCore import Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QMessageBox, QTabWidget, QVBoxLayout, QWidget

from ehr_desktop.domain.errors import EhrError, StorageError
from ehr_desktop.gui import lifecycle_dialogs
from ehr_desktop.gui.employee_file import EmployeeFileView
from ehr_desktop.gui.employee_list_page import EmployeeListPage
from ehr_desktop.gui.icons import icon
from ehr_desktop.gui.messages import describe
from ehr_desktop.gui.worker import JobRunner
from ehr_desktop.services.preferences import PreferenceStore
from ehr_desktop.services.vaults import UnlockedVault

MAX_OPEN_FILES = 12  # older tabs without unsaved edits close first


class EmployeesArea(QWidget):
    """Holds the list and the open files; refreshes the list when a file changes."""

    import_requested = Signal()
    open_appraisal = Signal(int)  # a form id, from a file's appraisals tab
    print_dossier = Signal(int, bool)  # (employee id, unmasked), for the Reports area
    data_changed = Signal()  # something in the archive changed: the home screen recounts

    def __init__(
        self,
        vault: UnlockedVault,
        store: PreferenceStore,
        parent: QWidget | None = None,
        *,
        jobs: JobRunner | None = None,
    ) -> None:
        super().__init__(parent)
        self.vault = vault
        self._store = store
        self.tabs = QTabWidget()
        self.tabs.setDocumentMode(True)
        self.tabs.setTabsClosable(True)
        self.tabs.setMovable(True)
        self.tabs.tabCloseRequested.connect(self._close_tab)
        self.list_page = EmployeeListPage(
            vault, load_layout=self._load_layout, save_layout=self._save_layout, jobs=jobs
        )
        self.list_page.open_employee.connect(self.open_employee)
        self.list_page.new_employee_requested.connect(self.new_employee)
        self.list_page.import_requested.connect(self.import_requested)
        self.list_page.lifecycle_requested.connect(self.run_action)
        self.tabs.addTab(self.list_page, icon("users"), self.tr("All employees"))
        # The list tab stays: no close button on it.
        self.tabs.tabBar().setTabButton(0, self.tabs.tabBar().ButtonPosition.RightSide, None)
        self.tabs.tabBar().setTabButton(0, self.tabs.tabBar().ButtonPosition.LeftSide, None)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.tabs)
        QShortcut(QKeySequence.StandardKey.New, self, self.new_employee)
        QShortcut(QKeySequence.StandardKey.Find, self, self._find)
        QShortcut(QKeySequence.StandardKey.Refresh, self, self.refresh)
        QShortcut(QKeySequence.StandardKey.Close, self, self._close_current)

    # --- vault ------------------------------------------------------------------------------

    def set_vault(self, vault: UnlockedVault) -> None:
        """After an automatic lock the same widgets continue with the newly unlocked vault."""
        self.vault = vault
        self.list_page.set_vault(vault)
        for view in self.file_views():
            view.vault = vault

    def discard_viewer_copies(self) -> None:
        for view in self.file_views():
            view.discard_viewer_copies()

    # --- files ------------------------------------------------------------------------------

    def file_views(self) -> list[EmployeeFileView]:
        return [
            self.tabs.widget(i)
            for i in range(self.tabs.count())
            if isinstance(self.tabs.widget(i), EmployeeFileView)
        ]

    def file_view(self, employee_id: int) -> EmployeeFileView | None:
        return next((v for v in self.file_views() if v.employee_id == employee_id), None)

    def open_employee(self, employee_id: int) -> EmployeeFileView | None:
        view = self.file_view(employee_id)
        if view is None:
            try:
                view = EmployeeFileView(self.vault, employee_id)
            except EhrError as error:
                QMessageBox.warning(self, self.tr("Employee file"), describe(error))
                return None
            view.changed.connect(self._file_changed)
            view.title_changed.connect(lambda title, v=view: self._retitle(v, title))
            view.lifecycle_requested.connect(self.run_action)
            view.appraisals_panel.open_form.connect(self.open_appraisal)
            view.print_requested.connect(self.print_dossier)
            view.correction_requested.connect(
                lambda event_id, v=view: self.run_action(f"correct:{event_id}", v.employee_id)
            )
            index = self.tabs.addTab(view, icon("user-round"), view.windowTitle() or "…")
            self._retitle(view, view.windowTitle())
            self._limit_open_files()
            self.tabs.setCurrentIndex(index)
        else:
            self.tabs.setCurrentWidget(view)
        return view

    def reload_files(self) -> None:
        """After the custom fields changed: open files show the new form (unsaved edits stay)."""
        for view in self.file_views():
            view.reload()

    def _retitle(self, view: EmployeeFileView, title: str) -> None:
        index = self.tabs.indexOf(view)
        if index >= 0 and title:
            self.tabs.setTabText(index, title)
            self.tabs.setTabToolTip(index, title)

    def _limit_open_files(self) -> None:
        views = self.file_views()
        for view in views[: max(0, len(views) - MAX_OPEN_FILES)]:
            if not view.has_unsaved_changes():
                self._remove(view)

    def _close_tab(self, index: int) -> None:
        view = self.tabs.widget(index)
        if not isinstance(view, EmployeeFileView):
            return
        if view.has_unsaved_changes():
            answer = QMessageBox.question(
                self,
                self.tr("Close file"),
                self.tr("This file has unsaved changes. Save them first?"),
                QMessageBox.StandardButton.Save
                | QMessageBox.StandardButton.Discard
                | QMessageBox.StandardButton.Cancel,
            )
            if answer == QMessageBox.StandardButton.Cancel:
                return
            if answer == QMessageBox.StandardButton.Save and not view.save_changes():
                return
        self._remove(view)

    def _remove(self, view: EmployeeFileView) -> None:
        view.discard_own_copies()  # other files' copies may still be open in a viewer
        self.tabs.removeTab(self.tabs.indexOf(view))
        view.deleteLater()

    def _close_current(self) -> None:
        if self.tabs.currentIndex() > 0:
            self._close_tab(self.tabs.currentIndex())

    def _file_changed(self, _employee_id: int) -> None:
        self.list_page.refresh()
        self.data_changed.emit()

    # --- actions ----------------------------------------------------------------------------

    def new_employee(self) -> None:
        employee_id = lifecycle_dialogs.run_action(self, self.vault, "onboard", 0)
        if employee_id:
            self.list_page.refresh()
            self.data_changed.emit()
            self.open_employee(employee_id)

    def run_action(self, key: str, employee_id: int) -> None:
        view = self.file_view(employee_id)
        # A lifecycle step re-reads the file: unsaved basic data must not vanish under it.
        if view is not None and view.has_unsaved_changes() and not view.save_changes():
            self.tabs.setCurrentWidget(view)
            return
        if lifecycle_dialogs.run_action(self, self.vault, key, employee_id) is None:
            return
        if view is not None:
            view.reload()
        self.list_page.refresh()
        self.data_changed.emit()

    def refresh(self) -> None:
        current = self.tabs.currentWidget()
        if isinstance(current, EmployeeFileView):
            if not current.has_unsaved_changes():
                current.reload()
        else:
            self.list_page.refresh()

    def show_department(self, department_id: int) -> None:
        self.tabs.setCurrentWidget(self.list_page)
        self.list_page.set_department_filter(department_id)

    def _find(self) -> None:
        self.tabs.setCurrentWidget(self.list_page)
        self.list_page.focus_search()

    # --- unsaved work -----------------------------------------------------------------------

    def has_unsaved_changes(self) -> bool:
        return any(view.has_unsaved_changes() for view in self.file_views())

    def save_changes(self) -> bool:
        return all(view.save_changes() for view in self.file_views() if view.has_unsaved_changes())

    # --- remembered column layout (per computer) --------------------------------------------

    def _load_layout(self) -> bytes | None:
        text = self._store.load().employee_list_header
        try:
            return base64.b64decode(text) if text else None
        except (binascii.Error, ValueError):
            return None

    def _save_layout(self, state: bytes) -> None:
        prefs = self._store.load()
        prefs.employee_list_header = base64.b64encode(state).decode("ascii")
        # A layout that is not remembered is no reason to bother the officer.
        with contextlib.suppress(StorageError):
            self._store.save(prefs)
