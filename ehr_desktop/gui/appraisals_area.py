"""The Appraisals area (绩效考核): the cycles with their dashboard as the first tab; a cycle's
forms, one form, the templates and a cycle's calibration each open in a closable tab."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence, QShortcut
from PySide6.QtWidgets import QMessageBox, QTabWidget, QToolBar, QVBoxLayout, QWidget

from ehr_desktop.domain.errors import EhrError
from ehr_desktop.gui.icons import icon
from ehr_desktop.gui.kpi_cycles_page import CycleFormsPage, KpiCyclesPage
from ehr_desktop.gui.messages import describe
from ehr_desktop.gui.roles import title_label
from ehr_desktop.gui.worker import JobRunner
from ehr_desktop.services import kpi_cycles
from ehr_desktop.services.kpi_forms import FormFilter
from ehr_desktop.services.vaults import UnlockedVault

TabKey = tuple  # ("forms", cycle id), ("form", form id), ("calibration", cycle id), ("templates",)
MAX_OPEN_FORMS = 12  # older form tabs without unsaved edits close first


class AppraisalsArea(QWidget):
    """Holds the cycles page and the tabs opened from it; anything that reports a change
    (a form saved, a template edited, a result calibrated) refreshes the lists."""

    open_employee = Signal(int)
    data_changed = Signal()  # appraisals changed: the home screen may recount
    print_sheet = Signal(int, int)  # (cycle id, form id), for the Reports area

    def __init__(
        self, vault: UnlockedVault, jobs: JobRunner | None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.vault = vault
        self._jobs = jobs
        self._today: dt.date | None = None
        self._tabs: dict[TabKey, QWidget] = {}

        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 8)
        layout.setSpacing(6)
        layout.addWidget(title_label(self.tr("Appraisals")))
        self.toolbar = QToolBar()
        self.toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.toolbar.setIconSize(QSize(18, 18))
        self.toolbar.setMovable(False)
        self.new_cycle_action = self._action("plus", self.tr("New cycle…"), self.new_cycle)
        self.new_cycle_action.setShortcut(QKeySequence.StandardKey.New)
        self.new_cycle_action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        self.addAction(self.new_cycle_action)
        self.new_cycle_action.setToolTip(
            self.tr(
                "Set up an appraisal cycle: period, deadlines, grades, who is appraised (Ctrl+N)"
            )
        )
        self.templates_action = self._action(
            "file-pen-line", self.tr("Templates"), self.show_templates
        )
        self.templates_action.setToolTip(
            self.tr("The appraisal templates: indicators, weights, scoring rules")
        )
        self.refresh_action = self._action("refresh-cw", self.tr("Refresh"), self.refresh)
        self.refresh_action.setShortcut(QKeySequence(Qt.Key.Key_F5))
        self.refresh_action.setToolTip(self.tr("Read the cycles and forms again (F5)"))
        # Window-wide, but Qt ignores the shortcuts of a hidden page (another area shown).
        self.refresh_action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        self.addAction(self.refresh_action)
        self.toolbar.addAction(self.new_cycle_action)
        self.toolbar.addAction(self.templates_action)
        self.toolbar.addSeparator()
        self.toolbar.addAction(self.refresh_action)
        layout.addWidget(self.toolbar)

        self.tabs = QTabWidget()
        self.tabs.setDocumentMode(True)
        self.tabs.setTabsClosable(True)
        self.tabs.setMovable(True)
        self.tabs.tabCloseRequested.connect(self.close_tab)
        self.cycles_page = KpiCyclesPage(vault, jobs)
        self.cycles_page.open_forms.connect(self.open_forms)
        self.cycles_page.open_form.connect(self.open_form)
        self.cycles_page.open_employee.connect(self.open_employee)
        self.cycles_page.open_calibration.connect(self.open_calibration)
        self.cycles_page.cycles_changed.connect(self._cycles_changed)
        self.tabs.addTab(self.cycles_page, icon("clipboard-check"), self.tr("Cycles"))
        # The cycles tab stays: no close button on it.
        bar = self.tabs.tabBar()
        bar.setTabButton(0, bar.ButtonPosition.RightSide, None)
        bar.setTabButton(0, bar.ButtonPosition.LeftSide, None)
        layout.addWidget(self.tabs, 1)
        QShortcut(QKeySequence.StandardKey.Close, self, self._close_current)
        QShortcut(QKeySequence.StandardKey.Find, self, self._find)

    def _action(self, icon_name: str, text: str, slot: Callable[[], object]) -> QAction:
        action = QAction(icon(icon_name), text, self)
        action.triggered.connect(lambda _checked=False: slot())
        return action

    # --- the vault and the day ----------------------------------------------------------------

    @property
    def today(self) -> dt.date | None:
        """The day overdue is judged against (None: the real today); tests pin it."""
        return self._today

    @today.setter
    def today(self, value: dt.date | None) -> None:
        self._today = value
        self.cycles_page.today = value
        for widget in self._tabs.values():
            if isinstance(widget, CycleFormsPage):
                widget.today = value
        self.refresh_all()

    def set_vault(self, vault: UnlockedVault) -> None:
        """After an automatic lock the same widgets continue with the newly unlocked vault."""
        self.vault = vault
        self.cycles_page.set_vault(vault)
        for widget in self._tabs.values():
            if hasattr(widget, "set_vault"):
                widget.set_vault(vault)
            elif hasattr(widget, "vault"):
                widget.vault = vault
            elif hasattr(widget, "_vault"):
                widget._vault = vault

    # --- tabs -------------------------------------------------------------------------------

    def tab(self, key: TabKey) -> QWidget | None:
        return self._tabs.get(key)

    def open_tabs(self) -> list[TabKey]:
        return list(self._tabs)

    def _show_tab(self, key: TabKey, widget: QWidget, icon_name: str, title: str) -> None:
        self._tabs[key] = widget
        index = self.tabs.addTab(widget, icon(icon_name), title)
        self.tabs.setTabToolTip(index, title)
        self.tabs.setCurrentIndex(index)

    def _focus(self, key: TabKey) -> QWidget | None:
        widget = self._tabs.get(key)
        if widget is not None:
            self.tabs.setCurrentWidget(widget)
        return widget

    def _cycle_name(self, cycle_id: int) -> str:
        try:
            return kpi_cycles.get_cycle(self.vault, cycle_id).settings.name
        except EhrError:
            return ""

    def close_tab(self, index: int) -> bool:
        widget = self.tabs.widget(index)
        if widget is None or widget is self.cycles_page:
            return False
        unsaved = getattr(widget, "has_unsaved_changes", None)
        if unsaved is not None and unsaved():
            answer = QMessageBox.question(
                self,
                self.tr("Close"),
                self.tr("This tab has unsaved changes. Save them first?"),
                QMessageBox.StandardButton.Save
                | QMessageBox.StandardButton.Discard
                | QMessageBox.StandardButton.Cancel,
            )
            if answer == QMessageBox.StandardButton.Cancel:
                return False
            if answer == QMessageBox.StandardButton.Save and not widget.save_changes():
                return False
        self._remove(widget)
        return True

    def _remove(self, widget: QWidget) -> None:
        for key, known in list(self._tabs.items()):
            if known is widget:
                del self._tabs[key]
        self.tabs.removeTab(self.tabs.indexOf(widget))
        widget.deleteLater()

    def _close_current(self) -> None:
        if self.tabs.currentIndex() > 0:
            self.close_tab(self.tabs.currentIndex())

    def _find(self) -> None:
        current = self.tabs.currentWidget()
        if isinstance(current, CycleFormsPage):
            current.focus_search()

    def _limit_open_forms(self) -> None:
        forms = [(key, widget) for key, widget in self._tabs.items() if key[0] == "form"]
        for _key, widget in forms[: max(0, len(forms) - MAX_OPEN_FORMS)]:
            unsaved = getattr(widget, "has_unsaved_changes", None)
            if unsaved is None or not unsaved():
                self._remove(widget)

    # --- opening ----------------------------------------------------------------------------

    def new_cycle(self) -> None:
        self.tabs.setCurrentWidget(self.cycles_page)
        self.cycles_page.new_cycle()

    def open_forms(self, cycle_id: int, preset: FormFilter | None = None) -> CycleFormsPage:
        """The cycle's forms list (one tab per cycle), showing what `preset` finds."""
        key = ("forms", cycle_id)
        page = self._focus(key)
        if page is None:
            page = CycleFormsPage(self.vault, cycle_id, self._jobs, today=self._today)
            page.open_form.connect(self.open_form)
            page.open_employee.connect(self.open_employee)
            page.changed.connect(self._forms_changed)
            name = self._cycle_name(cycle_id)
            self._show_tab(key, page, "file-text", self.tr("Forms · {cycle}").format(cycle=name))
        assert isinstance(page, CycleFormsPage)
        if preset is not None:
            page.set_filter(preset)
        return page

    def open_form(self, form_id: int) -> QWidget | None:
        """One appraisal form in its own tab (appraisal_form.AppraisalFormView)."""
        key = ("form", form_id)
        view = self._focus(key)
        if view is not None:
            return view
        from ehr_desktop.gui.appraisal_form import AppraisalFormView

        try:
            view = AppraisalFormView(self.vault, form_id, jobs=self._jobs)
        except EhrError as error:
            QMessageBox.warning(self, self.tr("Appraisal form"), describe(error))
            return None
        view.changed.connect(self._forms_changed)
        title_changed = getattr(view, "title_changed", None)
        if title_changed is not None:
            title_changed.connect(lambda title, v=view: self._retitle(v, title))
        print_requested = getattr(view, "print_requested", None)
        if print_requested is not None:
            print_requested.connect(self.print_sheet)
        self._show_tab(key, view, "file-check", view.windowTitle() or self.tr("Appraisal form"))
        self._limit_open_forms()
        return view

    def show_templates(self) -> QWidget:
        """The templates (kpi_templates_page.TemplatesPage) in one tab."""
        key = ("templates",)
        page = self._focus(key)
        if page is not None:
            return page
        from ehr_desktop.gui.kpi_templates_page import TemplatesPage

        page = TemplatesPage(self.vault, self._jobs)
        page.changed.connect(self._templates_changed)
        self._show_tab(key, page, "file-pen-line", self.tr("Templates"))
        return page

    def open_calibration(self, cycle_id: int) -> QWidget | None:
        """A cycle's calibration (calibration_page.CalibrationPage), one tab per cycle."""
        key = ("calibration", cycle_id)
        page = self._focus(key)
        if page is not None:
            return page
        from ehr_desktop.gui.calibration_page import CalibrationPage

        try:
            page = CalibrationPage(self.vault, cycle_id)
        except EhrError as error:
            QMessageBox.warning(self, self.tr("Calibration"), describe(error))
            return None
        page.changed.connect(self._forms_changed)
        name = self._cycle_name(cycle_id)
        self._show_tab(
            key, page, "chart-column", self.tr("Calibration · {cycle}").format(cycle=name)
        )
        return page

    # --- keeping lists current ----------------------------------------------------------------

    def refresh(self) -> None:
        """F5: reads the current tab again (a form with unsaved edits is left as it is)."""
        current = self.tabs.currentWidget()
        if current is self.cycles_page:
            self.cycles_page.refresh()
        elif current is not None:
            self._reread(current)

    def refresh_all(self, *, besides: QWidget | None = None) -> None:
        """The cycles, their dashboard and every open tab read again (but `besides`, which
        reported the change, and tabs with unsaved edits)."""
        self.cycles_page.refresh()
        self._reread_tabs(besides)

    def _reread_tabs(self, besides: QWidget | None = None) -> None:
        for widget in list(self._tabs.values()):
            if widget is not besides:
                self._reread(widget)
        self._retitle_tabs()

    @staticmethod
    def _reread(widget: QWidget) -> None:
        unsaved = getattr(widget, "has_unsaved_changes", None)
        if unsaved is not None and unsaved():
            return
        for name in ("refresh", "reload"):
            method = getattr(widget, name, None)
            if callable(method):
                method()
                return

    def _retitle(self, widget: QWidget, title: str) -> None:
        index = self.tabs.indexOf(widget)
        if index >= 0 and title:
            self.tabs.setTabText(index, title)
            self.tabs.setTabToolTip(index, title)

    def _retitle_tabs(self) -> None:
        """Cycle names in the tabs of its forms and calibration (a cycle may be renamed)."""
        for key, widget in self._tabs.items():
            if key[0] == "forms":
                title = self.tr("Forms · {cycle}").format(cycle=self._cycle_name(key[1]))
            elif key[0] == "calibration":
                title = self.tr("Calibration · {cycle}").format(cycle=self._cycle_name(key[1]))
            else:
                continue
            self._retitle(widget, title)

    def _cycles_changed(self) -> None:
        # The cycles page has read itself again already.
        self._reread_tabs()
        self.data_changed.emit()

    def _forms_changed(self, *_: object) -> None:
        sender = self.sender()
        self.refresh_all(besides=sender if isinstance(sender, QWidget) else None)
        self.data_changed.emit()

    def _templates_changed(self, *_: object) -> None:
        self.cycles_page.refresh()
        self.data_changed.emit()

    # --- unsaved work -----------------------------------------------------------------------

    def has_unsaved_changes(self) -> bool:
        return any(
            getattr(widget, "has_unsaved_changes", lambda: False)()
            for widget in self._tabs.values()
        )

    def save_changes(self) -> bool:
        return all(
            getattr(widget, "save_changes", lambda: True)()
            for widget in self._tabs.values()
            if getattr(widget, "has_unsaved_changes", lambda: False)()
        )
