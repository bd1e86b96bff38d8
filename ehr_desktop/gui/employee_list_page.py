"""The employee list (员工档案): quick search, filters, saved views and a paged table of everyone."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import replace
from enum import StrEnum

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QCoreApplication,
    QDate,
    QEvent,
    QLocale,
    QModelIndex,
    QObject,
    QPoint,
    QRect,
    QSize,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import (
    QAction,
    QContextMenuEvent,
    QGuiApplication,
    QHideEvent,
    QKeyEvent,
    QKeySequence,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLayout,
    QLayoutItem,
    QLineEdit,
    QMenu,
    QMessageBox,
    QPushButton,
    QSizePolicy,
    QStackedWidget,
    QToolBar,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from ehr_desktop.domain.errors import EhrError
from ehr_desktop.domain.people import mask_id_number, mask_phone
from ehr_desktop.gui import formats
from ehr_desktop.gui.export_job import ExportRunner
from ehr_desktop.gui.frozen_table import FrozenColumnTableView
from ehr_desktop.gui.icons import icon
from ehr_desktop.gui.labels import label
from ehr_desktop.gui.messages import describe
from ehr_desktop.gui.roles import hint_label, set_role
from ehr_desktop.gui.roster_export_dialog import RosterExportDialog, start_roster_export
from ehr_desktop.gui.windowed_model import ROW_ROLE, Column, WindowedTableModel
from ehr_desktop.gui.worker import JobRunner
from ehr_desktop.services import employee_list, employees, organization
from ehr_desktop.services.employee_list import EmployeeRow, ListQuery, SavedView
from ehr_desktop.services.vaults import UnlockedVault

CONTEXT = "EmployeeListPage"
SEARCH_DELAY_MS = 150
LAYOUT_SAVE_DELAY_MS = 600
CONTRACT_DAYS = (30, 60, 90)
CURRENT_STATUSES = ListQuery().statuses
EMPLOYED = frozenset(CURRENT_STATUSES)


def _translate(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


class ListColumn(StrEnum):
    """The table's columns, in their default order; the values are employee_list's sort keys."""

    EMPLOYEE_NO = "employee_no"
    NAME = "name"
    GENDER = "gender"
    DEPARTMENT = "department"
    POSITION = "position"
    GRADE = "grade"
    STATUS = "status"
    HIRE_DATE = "hire_date"
    PROBATION_END = "probation_end"
    LEAVE_DATE = "leave_date"
    BIRTH_DATE = "birth_date"
    MOBILE = "mobile"
    ID_NUMBER = "id_number"
    EMAIL = "email"


FROZEN = (ListColumn.EMPLOYEE_NO, ListColumn.NAME)

HEADERS = {
    ListColumn.EMPLOYEE_NO: QT_TRANSLATE_NOOP("EmployeeListPage", "Employee no."),
    ListColumn.NAME: QT_TRANSLATE_NOOP("EmployeeListPage", "Name"),
    ListColumn.GENDER: QT_TRANSLATE_NOOP("EmployeeListPage", "Gender"),
    ListColumn.DEPARTMENT: QT_TRANSLATE_NOOP("EmployeeListPage", "Department"),
    ListColumn.POSITION: QT_TRANSLATE_NOOP("EmployeeListPage", "Position"),
    ListColumn.GRADE: QT_TRANSLATE_NOOP("EmployeeListPage", "Grade"),
    ListColumn.STATUS: QT_TRANSLATE_NOOP("EmployeeListPage", "Status"),
    ListColumn.HIRE_DATE: QT_TRANSLATE_NOOP("EmployeeListPage", "Hire date"),
    ListColumn.PROBATION_END: QT_TRANSLATE_NOOP("EmployeeListPage", "Probation ends"),
    ListColumn.LEAVE_DATE: QT_TRANSLATE_NOOP("EmployeeListPage", "Leave date"),
    ListColumn.BIRTH_DATE: QT_TRANSLATE_NOOP("EmployeeListPage", "Date of birth"),
    ListColumn.MOBILE: QT_TRANSLATE_NOOP("EmployeeListPage", "Mobile"),
    ListColumn.ID_NUMBER: QT_TRANSLATE_NOOP("EmployeeListPage", "ID number"),
    ListColumn.EMAIL: QT_TRANSLATE_NOOP("EmployeeListPage", "Email"),
}  # fmt: skip

HEADER_TIPS = {
    ListColumn.NAME: QT_TRANSLATE_NOOP("EmployeeListPage", "Sorted by pinyin initials, like a roster."),
    ListColumn.DEPARTMENT: QT_TRANSLATE_NOOP("EmployeeListPage", "The current department, with its parent departments."),
    ListColumn.MOBILE: QT_TRANSLATE_NOOP("EmployeeListPage", "Masked unless \"Show ID numbers and phones\" is on."),
    ListColumn.ID_NUMBER: QT_TRANSLATE_NOOP("EmployeeListPage", "Masked unless \"Show ID numbers and phones\" is on."),
}  # fmt: skip

# Default widths: how many characters of this kind the column shows ("中": CJK, "0": digits).
WIDTHS = {
    ListColumn.EMPLOYEE_NO: ("0", 10),
    ListColumn.NAME: ("中", 5),
    ListColumn.GENDER: ("中", 3),
    ListColumn.DEPARTMENT: ("中", 10),
    ListColumn.POSITION: ("中", 7),
    ListColumn.GRADE: ("0", 5),
    ListColumn.STATUS: ("0", 13),
    ListColumn.HIRE_DATE: ("0", 11),
    ListColumn.PROBATION_END: ("0", 11),
    ListColumn.LEAVE_DATE: ("0", 11),
    ListColumn.BIRTH_DATE: ("0", 11),
    ListColumn.MOBILE: ("0", 13),
    ListColumn.ID_NUMBER: ("0", 20),
    ListColumn.EMAIL: ("0", 22),
}

STATUS_FILTERS: tuple[tuple[str, tuple[str, ...]], ...] = (
    (QT_TRANSLATE_NOOP("EmployeeListPage", "Current employees"), CURRENT_STATUSES),
    (QT_TRANSLATE_NOOP("EmployeeListPage", "Everyone"), ()),
)

# Context-menu actions that open a lifecycle dialog: (action, icon, text, statuses it fits).
LIFECYCLE_ACTIONS: tuple[tuple[str, str, str, frozenset[str]], ...] = (
    ("confirm", "user-check", QT_TRANSLATE_NOOP("EmployeeListPage", "Confirm probation…"), frozenset({"probation"})),
    ("transfer", "arrow-right-left", QT_TRANSLATE_NOOP("EmployeeListPage", "Transfer…"), EMPLOYED),
    ("promote", "trending-up", QT_TRANSLATE_NOOP("EmployeeListPage", "Promote or change grade…"), EMPLOYED),
    ("salary", "banknote", QT_TRANSLATE_NOOP("EmployeeListPage", "Change salary…"), EMPLOYED),
    ("contract", "file-signature", QT_TRANSLATE_NOOP("EmployeeListPage", "Sign or renew contract…"), EMPLOYED),
    ("offboard", "user-minus", QT_TRANSLATE_NOOP("EmployeeListPage", "Offboard…"), EMPLOYED),
    ("rehire", "user-plus", QT_TRANSLATE_NOOP("EmployeeListPage", "Rehire…"), frozenset({"left"})),
)  # fmt: skip

_RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter


def lifecycle_actions_for(status: str) -> list[str]:
    """The lifecycle actions that fit an employee in this status, in menu order."""
    return [action for action, _icon, _text, fits in LIFECYCLE_ACTIONS if status in fits]


def _same_filters(first: ListQuery, second: ListQuery) -> bool:
    """Equal apart from the sort order (and the order statuses were listed in)."""
    return replace(first, sort_key="", descending=False, statuses=()) == replace(
        second, sort_key="", descending=False, statuses=()
    ) and set(first.statuses) == set(second.statuses)


class _FlowLayout(QLayout):
    """Lays its items out in a line and wraps them onto the next when the page is narrow."""

    def __init__(self, parent: QWidget | None = None, spacing: int = 6) -> None:
        super().__init__(parent)
        self._items: list[QLayoutItem] = []
        self.setContentsMargins(0, 0, 0, 0)
        self.setSpacing(spacing)

    def addItem(self, item: QLayoutItem) -> None:
        self._items.append(item)

    def count(self) -> int:
        return len(self._items)

    def itemAt(self, index: int) -> QLayoutItem | None:
        return self._items[index] if 0 <= index < len(self._items) else None

    def takeAt(self, index: int) -> QLayoutItem | None:
        return self._items.pop(index) if 0 <= index < len(self._items) else None

    def expandingDirections(self) -> Qt.Orientation:
        return Qt.Orientation(0)

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        return self._arrange(QRect(0, 0, width, 0), move=False)

    def setGeometry(self, rect: QRect) -> None:
        super().setGeometry(rect)
        self._arrange(rect, move=True)

    def sizeHint(self) -> QSize:
        return self.minimumSize()

    def minimumSize(self) -> QSize:
        size = QSize()
        for item in self._items:
            size = size.expandedTo(item.minimumSize())
        margins = self.contentsMargins()
        return size + QSize(margins.left() + margins.right(), margins.top() + margins.bottom())

    def _arrange(self, rect: QRect, *, move: bool) -> int:
        margins = self.contentsMargins()
        area = rect.adjusted(margins.left(), margins.top(), -margins.right(), -margins.bottom())
        lines: list[list[tuple[QLayoutItem, QSize]]] = [[]]
        x = area.x()
        for item in self._items:
            if item.isEmpty():
                continue
            hint = item.sizeHint()
            if lines[-1] and x + hint.width() > area.right() + 1:
                lines.append([])
                x = area.x()
            lines[-1].append((item, hint))
            x += hint.width() + self.spacing()
        y = area.y()
        for line in lines:
            height = max((hint.height() for _item, hint in line), default=0)
            x = area.x()
            for item, hint in line:
                if move:
                    # Centred in the line, so the texts of combos and check boxes line up.
                    top = y + (height - hint.height()) // 2
                    item.setGeometry(QRect(QPoint(x, top), hint))
                x += hint.width() + self.spacing()
            y += height + self.spacing()
        return max(0, y - self.spacing() - rect.y()) + margins.bottom()


class EmployeeListPage(QWidget):
    """The officer's list of employee files. Every query is a new source read in SQL: the count
    once, then the rows block by block as they scroll into view."""

    open_employee = Signal(int)
    new_employee_requested = Signal()
    import_requested = Signal()
    lifecycle_requested = Signal(str, int)  # action ("confirm", "transfer", …), employee id

    def __init__(
        self,
        vault: UnlockedVault,
        parent: QWidget | None = None,
        *,
        load_layout: Callable[[], bytes | None] | None = None,
        save_layout: Callable[[bytes], None] | None = None,
        jobs: JobRunner | None = None,
    ) -> None:
        super().__init__(parent)
        self._vault = vault
        self.export_runner = ExportRunner(self, jobs)
        self._load_layout = load_layout
        self._save_layout = save_layout
        self._query = ListQuery()
        self._revealed = False
        # Widgets being set from a query (or built): their signals change nothing.
        self._syncing = True
        self._views: list[SavedView] = []
        self._locale = QLocale()

        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(SEARCH_DELAY_MS)
        self._search_timer.timeout.connect(self._apply_widgets)
        self._layout_timer = QTimer(self)
        self._layout_timer.setSingleShot(True)
        self._layout_timer.setInterval(LAYOUT_SAVE_DELAY_MS)
        self._layout_timer.timeout.connect(self.save_layout_now)

        self.model: WindowedTableModel[EmployeeRow] = WindowedTableModel(self._columns(), self)
        self.model.sort_requested.connect(self._sort_requested)

        root = QVBoxLayout(self)
        root.setContentsMargins(16, 10, 16, 10)
        root.setSpacing(8)
        root.addWidget(self._build_toolbar())
        self.search_row = self._build_search_row()
        root.addWidget(self.search_row)
        self.filter_row = self._build_filter_row()
        root.addWidget(self.filter_row)
        self.stack = QStackedWidget(self)
        self.table = self._build_table()
        self.stack.addWidget(self.table)
        self.empty_panel = self._build_empty_panel()
        self.stack.addWidget(self.empty_panel)
        root.addWidget(self.stack, 1)

        self._fill_departments()
        self._fill_positions()
        self._fill_views()
        self._restore_layout()
        self._syncing = False
        self._show_sort(self._query)
        self._load(self._query)

    # --- public -----------------------------------------------------------------------------

    def current_query(self) -> ListQuery:
        if self._search_timer.isActive():
            self._apply_widgets()
        return self._query

    def set_vault(self, vault: UnlockedVault) -> None:
        """Continues with a newly unlocked vault (after an automatic lock); masked again."""
        self._vault = vault
        if self._revealed:
            self.reveal_action.setChecked(False)
        self.refresh()

    def refresh(self) -> None:
        """Reads the list again (after an edit elsewhere): same query, same scroll position."""
        self._search_timer.stop()
        self._syncing = True
        try:
            self._fill_departments()
            self._fill_positions()
        finally:
            self._syncing = False
        # From the widgets: a search still waiting for its pause counts, and a department or
        # position removed meanwhile falls back to "All".
        self._load(self._query_from_widgets(), keep_position=True)

    def set_department_filter(self, department_id: int | None) -> None:
        """Shows the current employees of a department and its sub-departments."""
        if department_id is not None and self.department_combo.findData(department_id) < 0:
            self._fill_departments()
        query = replace(
            ListQuery(),
            department_id=department_id,
            sort_key=self._query.sort_key,
            descending=self._query.descending,
        )
        self._apply_query(query)

    def export_roster(self) -> None:
        """Asks what to export (this list's people, or everyone; columns; format; masking),
        then writes it in the background."""
        if self.export_runner.busy:
            return
        choice = RosterExportDialog.ask(
            self, self._vault, self.current_query(), self.visible_column_keys()
        )
        if choice is not None:
            start_roster_export(self.export_runner, self._vault, choice)

    def focus_search(self) -> None:
        self.search_edit.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search_edit.selectAll()

    def is_revealed(self) -> bool:
        return self._revealed

    def save_layout_now(self) -> None:
        self._layout_timer.stop()
        if self._save_layout is not None:
            self._save_layout(self.table.header_state())

    # --- building ---------------------------------------------------------------------------

    def _columns(self) -> list[Column[EmployeeRow]]:
        def text(key: ListColumn) -> str:
            return _translate(HEADERS[key])

        def tip(key: ListColumn) -> str:
            return _translate(HEADER_TIPS[key]) if key in HEADER_TIPS else ""

        def date_column(key: ListColumn, value: Callable[[EmployeeRow], dt.date | None]):
            return Column(
                key.value, text(key), lambda row: self._date(value(row)), key.value, _RIGHT
            )

        def masked_column(key: ListColumn, value: Callable[[EmployeeRow], str | None], mask):
            return Column(
                key.value,
                text(key),
                lambda row: self._masked(value(row), mask),
                key.value,
                tooltip=tip(key),
                muted=lambda row: not self._revealed and bool(value(row)),
            )

        c = ListColumn
        return [
            Column(c.EMPLOYEE_NO.value, text(c.EMPLOYEE_NO), lambda r: r.employee_no, c.EMPLOYEE_NO.value),
            Column(c.NAME.value, text(c.NAME), lambda r: r.name, c.NAME.value, tooltip=tip(c.NAME)),
            Column(c.GENDER.value, text(c.GENDER), lambda r: label("gender", r.gender), c.GENDER.value),
            Column(c.DEPARTMENT.value, text(c.DEPARTMENT), lambda r: r.department, c.DEPARTMENT.value, tooltip=tip(c.DEPARTMENT)),
            Column(c.POSITION.value, text(c.POSITION), lambda r: r.position, c.POSITION.value),
            Column(c.GRADE.value, text(c.GRADE), lambda r: r.grade or "", c.GRADE.value),
            Column(c.STATUS.value, text(c.STATUS), lambda r: label("status", r.status), c.STATUS.value),
            date_column(c.HIRE_DATE, lambda r: r.hire_date),
            date_column(c.PROBATION_END, lambda r: r.probation_end),
            date_column(c.LEAVE_DATE, lambda r: r.leave_date),
            date_column(c.BIRTH_DATE, lambda r: r.birth_date),
            masked_column(c.MOBILE, lambda r: r.mobile, mask_phone),
            masked_column(c.ID_NUMBER, lambda r: r.id_number, mask_id_number),
            Column(c.EMAIL.value, text(c.EMAIL), lambda r: r.email or "", c.EMAIL.value),
        ]  # fmt: skip

    def _build_toolbar(self) -> QToolBar:
        toolbar = QToolBar(self)
        toolbar.setObjectName("employeeListToolbar")
        toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        toolbar.setMovable(False)

        self.new_action = self._action(
            "user-plus", self.tr("New employee"), self.new_employee_requested.emit
        )
        self.new_action.setShortcut(QKeySequence("Ctrl+N"))
        self.new_action.setToolTip(self.tr("Add a new employee's file (Ctrl+N)"))
        self.import_action = self._action(
            "file-input", self.tr("Import roster"), self.import_requested.emit
        )
        self.import_action.setToolTip(self.tr("Read employees from a roster spreadsheet"))
        self.export_action = self._action("download", self.tr("Export…"), self.export_roster)
        self.export_action.setShortcut(QKeySequence("Ctrl+E"))
        self.export_action.setToolTip(
            self.tr(
                "Write the employees in the list to Excel or CSV, with the columns you choose (Ctrl+E)"
            )
        )
        toolbar.addAction(self.new_action)
        toolbar.addAction(self.import_action)
        toolbar.addAction(self.export_action)
        toolbar.addSeparator()

        views_icon = QLabel(toolbar)
        views_icon.setPixmap(icon("bookmark").pixmap(16, 16))
        toolbar.addWidget(views_icon)
        self.views_combo = QComboBox(toolbar)
        self.views_combo.setToolTip(self.tr("Saved views: a search with its filters and columns"))
        self.views_combo.setAccessibleName(self.tr("Saved views"))
        self.views_combo.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.views_combo.setMinimumContentsLength(16)
        self.views_combo.activated.connect(self._view_chosen)
        toolbar.addWidget(self.views_combo)
        self.save_view_action = self._action("save", self.tr("Save view…"), self._save_view)
        self.save_view_action.setToolTip(
            self.tr("Keep this search, its filters and the shown columns under a name")
        )
        self.delete_view_action = self._action("trash-2", self.tr("Delete view"), self._delete_view)
        self.delete_view_action.setToolTip(self.tr("Delete the chosen saved view"))
        for action in (self.save_view_action, self.delete_view_action):
            # Icon only beside the combo: the toolbar must fit a 1366-pixel laptop screen.
            action.setPriority(QAction.Priority.LowPriority)
            toolbar.addAction(action)
        toolbar.addSeparator()

        self.columns_action = self._action("columns-3", self.tr("Columns"), self._show_columns)
        self.columns_action.setToolTip(self.tr("Choose the columns to show"))
        toolbar.addAction(self.columns_action)
        self.reveal_action = self._action(
            "eye", self.tr("Show ID numbers and phones"), self._reveal_toggled
        )
        self.reveal_action.setCheckable(True)
        self.reveal_action.setToolTip(
            self.tr("Show ID numbers and mobile numbers unmasked (recorded in the audit trail)")
        )
        toolbar.addAction(self.reveal_action)
        self.refresh_action = self._action("refresh-cw", self.tr("Refresh"), self.refresh)
        self.refresh_action.setShortcut(QKeySequence(Qt.Key.Key_F5))
        self.refresh_action.setToolTip(self.tr("Read the list again (F5)"))
        self.refresh_action.setPriority(QAction.Priority.LowPriority)
        toolbar.addAction(self.refresh_action)

        self.search_action = QAction(self)
        self.search_action.setShortcut(QKeySequence("Ctrl+F"))
        self.search_action.triggered.connect(self.focus_search)
        for action in (
            self.new_action,
            self.refresh_action,
            self.search_action,
            self.export_action,
        ):
            # Window-wide, but Qt ignores the shortcuts of a hidden page (another area shown).
            action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
            self.addAction(action)
        return toolbar

    def _action(self, icon_name: str, text: str, slot: Callable) -> QAction:
        action = QAction(icon(icon_name), text, self)
        action.triggered.connect(slot)
        return action

    def _build_search_row(self) -> QWidget:
        row = QWidget(self)
        layout = QHBoxLayout(row)
        layout.setContentsMargins(0, 0, 0, 0)
        self.search_edit = QLineEdit(row)
        self.search_edit.setObjectName("employeeSearch")
        self.search_edit.addAction(icon("search"), QLineEdit.ActionPosition.LeadingPosition)
        self.search_edit.setClearButtonEnabled(True)
        self.search_edit.setPlaceholderText(
            self.tr("Search number, name, pinyin initials (zs), ID or phone")
        )
        self.search_edit.setAccessibleName(self.tr("Search employees"))
        self.search_edit.textChanged.connect(self._schedule)
        self.search_edit.returnPressed.connect(self._search_confirmed)
        self.search_edit.installEventFilter(self)
        layout.addWidget(self.search_edit, 1)
        self.count_label = hint_label()
        self.count_label.setWordWrap(False)
        layout.addWidget(self.count_label)
        return row

    def _build_filter_row(self) -> QWidget:
        row = QWidget(self)
        layout = _FlowLayout(row)

        def combo(tooltip: str, characters: int = 8) -> QComboBox:
            box = QComboBox(row)
            box.setToolTip(tooltip)
            box.setAccessibleName(tooltip)
            box.setSizeAdjustPolicy(
                QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
            )
            box.setMinimumContentsLength(characters)
            box.currentIndexChanged.connect(self._filter_changed)
            return box

        def group(*widgets: QWidget) -> QWidget:
            # Kept on one line together when the row wraps.
            holder = QWidget(row)
            line = QHBoxLayout(holder)
            line.setContentsMargins(0, 0, 0, 0)
            line.setSpacing(4)
            for widget in widgets:
                line.addWidget(widget)
            layout.addWidget(holder)
            return holder

        funnel = QLabel(row)
        funnel.setPixmap(icon("funnel").pixmap(16, 16))
        self.department_combo = combo(self.tr("Department (with its sub-departments)"), 12)
        group(funnel, self.department_combo)

        self.status_combo = combo(self.tr("Employment status"), 14)
        for text, _statuses in STATUS_FILTERS:
            self.status_combo.addItem(_translate(text))
        for status in employee_list.STATUSES:
            self.status_combo.addItem(label("status", status))
        self._status_options: list[tuple[str, ...]] = [s for _t, s in STATUS_FILTERS] + [
            (status,) for status in employee_list.STATUSES
        ]
        layout.addWidget(self.status_combo)
        self.position_combo = combo(self.tr("Position"), 8)
        layout.addWidget(self.position_combo)
        self.grade_combo = combo(self.tr("Grade"), 6)
        self.grade_combo.addItem(self.tr("All grades"), None)
        for grade in organization.GRADES:
            self.grade_combo.addItem(grade, grade)
        layout.addWidget(self.grade_combo)

        today = QDate.currentDate()
        self.hired_from_check = QCheckBox(self.tr("Hired from"), row)
        self.hired_from_edit = QDateEdit(today.addYears(-1), row)
        self.hired_to_check = QCheckBox(self.tr("to"), row)
        self.hired_to_edit = QDateEdit(today, row)
        for check, edit in (
            (self.hired_from_check, self.hired_from_edit),
            (self.hired_to_check, self.hired_to_edit),
        ):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat(formats.date_format())
            edit.setEnabled(False)
            edit.setAccessibleName(check.text())
            check.toggled.connect(edit.setEnabled)
            check.toggled.connect(self._filter_changed)
            edit.dateChanged.connect(lambda _date, check=check: self._date_changed(check))
            group(check, edit)

        self.contract_combo = combo(self.tr("Contract end"), 10)
        self.contract_combo.addItem(self.tr("Any contract end"), None)
        for days in CONTRACT_DAYS:
            self.contract_combo.addItem(
                self.tr("Contract ends within {days} days").format(days=days), days
            )
        layout.addWidget(self.contract_combo)

        self.clear_link = QLabel(row)
        clear_text = self.tr("Clear filters")  # outside the f-string, where lupdate finds it
        self.clear_link.setText(f'<a href="clear">{clear_text}</a>')
        self.clear_link.setToolTip(self.tr("Back to the current employees of every department"))
        self.clear_link.setTextInteractionFlags(
            Qt.TextInteractionFlag.LinksAccessibleByMouse
            | Qt.TextInteractionFlag.LinksAccessibleByKeyboard
        )
        self.clear_link.linkActivated.connect(lambda _link: self.clear_filters())
        layout.addWidget(self.clear_link)
        return row

    def _build_table(self) -> FrozenColumnTableView:
        table = FrozenColumnTableView(self.stack)
        table.setObjectName("employeeTable")
        table.setModel(self.model)
        table.set_frozen_columns(len(FROZEN))
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        table.customContextMenuRequested.connect(self._show_row_menu)
        table.doubleClicked.connect(self._open_index)
        table.header_changed.connect(self._layout_timer.start)
        table.installEventFilter(self)
        metrics = table.fontMetrics()
        header_metrics = table.horizontalHeader().fontMetrics()
        for column in self.model.columns():
            sample, characters = WIDTHS[ListColumn(column.key)]
            width = metrics.horizontalAdvance(sample * characters) + 16
            # Room for the header text and the sort indicator.
            width = max(width, header_metrics.horizontalAdvance(column.header) + 28)
            table.setColumnWidth(self.model.column_index(column.key), width)
        return table

    def _build_empty_panel(self) -> QWidget:
        panel = QWidget(self.stack)
        layout = QVBoxLayout(panel)
        layout.addStretch(1)
        self.empty_label = hint_label()
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout.addWidget(self.empty_label)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        self.empty_new_button = QPushButton(icon("user-plus", "#FFFFFF"), self.tr("New employee"))
        set_role(self.empty_new_button, "primary")
        self.empty_new_button.clicked.connect(self.new_employee_requested.emit)
        self.empty_import_button = QPushButton(icon("file-input"), self.tr("Import roster"))
        self.empty_import_button.clicked.connect(self.import_requested.emit)
        self.empty_clear_button = QPushButton(self.tr("Clear search and filters"))
        self.empty_clear_button.clicked.connect(self.clear_search_and_filters)
        for button in (self.empty_import_button, self.empty_new_button, self.empty_clear_button):
            button.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout.addLayout(buttons)
        layout.addStretch(2)
        return panel

    # --- combos from the vault --------------------------------------------------------------

    def _fill_departments(self) -> None:
        combo = self.department_combo
        selected = combo.currentData()
        blocked = combo.blockSignals(True)
        try:
            combo.clear()
            combo.addItem(self.tr("All departments"), None)
            for node in organization.tree(self._vault, include_closed=True):
                depth = node.path.count(organization.SEPARATOR)
                text = "\u2003" * depth + node.name
                if node.is_closed:
                    text = self.tr("{name} (closed)").format(name=text)
                combo.addItem(text, node.id)
                combo.setItemData(combo.count() - 1, node.path, Qt.ItemDataRole.ToolTipRole)
            index = combo.findData(selected) if selected is not None else 0
            combo.setCurrentIndex(max(index, 0))
        finally:
            combo.blockSignals(blocked)

    def _fill_positions(self) -> None:
        combo = self.position_combo
        selected = combo.currentData()
        blocked = combo.blockSignals(True)
        try:
            combo.clear()
            combo.addItem(self.tr("All positions"), None)
            rows = organization.positions(self._vault, include_retired=True)
            for position in sorted(rows, key=lambda p: (p.retired, p.title)):
                text = position.title
                if position.retired:
                    text = self.tr("{title} (no longer used)").format(title=text)
                combo.addItem(text, position.id)
            index = combo.findData(selected) if selected is not None else 0
            combo.setCurrentIndex(max(index, 0))
        finally:
            combo.blockSignals(blocked)

    def _fill_views(self, select: str | None = None) -> None:
        self._views = employee_list.saved_views(self._vault)
        combo = self.views_combo
        blocked = combo.blockSignals(True)
        try:
            combo.clear()
            combo.addItem(self.tr("All current employees"), None)
            for view in self._views:
                combo.addItem(view.name, view.name)
            index = combo.findData(select) if select is not None else 0
            combo.setCurrentIndex(max(index, 0))
        finally:
            combo.blockSignals(blocked)
        self._update_view_actions()

    def _selected_view(self) -> SavedView | None:
        name = self.views_combo.currentData()
        return next((view for view in self._views if view.name == name), None)

    def _update_view_actions(self) -> None:
        self.delete_view_action.setEnabled(self._selected_view() is not None)

    # --- the query ----------------------------------------------------------------------------

    def _schedule(self, *_: object) -> None:
        if not self._syncing:
            self._search_timer.start()

    def _date_changed(self, check: QCheckBox) -> None:
        # Typing a date passes through invalid ones: wait for the pause, as for the search.
        if check.isChecked():
            self._schedule()

    def _filter_changed(self, *_: object) -> None:
        if not self._syncing:
            self._apply_widgets()

    def _search_confirmed(self) -> None:
        if self._search_timer.isActive():
            self._apply_widgets()
        if self.model.rowCount() > 0:
            self.table.setFocus(Qt.FocusReason.OtherFocusReason)
            if not self.table.currentIndex().isValid():
                self.table.setCurrentIndex(self.model.index(0, 0))

    def _query_from_widgets(self) -> ListQuery:
        status_index = self.status_combo.currentIndex()
        statuses = (
            self._status_options[status_index]
            if 0 <= status_index < len(self._status_options)
            else CURRENT_STATUSES
        )
        return ListQuery(
            text=self.search_edit.text().strip(),
            department_id=self.department_combo.currentData(),
            statuses=statuses,
            position_id=self.position_combo.currentData(),
            grade=self.grade_combo.currentData(),
            hired_from=self.hired_from_edit.date().toPython()
            if self.hired_from_check.isChecked()
            else None,
            hired_to=self.hired_to_edit.date().toPython()
            if self.hired_to_check.isChecked()
            else None,
            contract_expiring_days=self.contract_combo.currentData(),
            sort_key=self._query.sort_key,
            descending=self._query.descending,
        )

    def _apply_widgets(self) -> None:
        self._search_timer.stop()
        query = self._query_from_widgets()
        if query != self._query:
            self._load(query)

    def _apply_query(self, query: ListQuery) -> None:
        """Shows `query` in the widgets and the table (a saved view, a department, cleared)."""
        self._search_timer.stop()
        self._show_query(query)
        self._query = query  # before the sort indicator moves, so it asks for nothing more
        self._show_sort(query)
        self._load(query)

    def clear_filters(self) -> None:
        """Back to the current employees of every department; the search text stays."""
        self._apply_query(
            replace(
                ListQuery(),
                text=self.search_edit.text().strip(),
                sort_key=self._query.sort_key,
                descending=self._query.descending,
            )
        )

    def clear_search_and_filters(self) -> None:
        self._apply_query(
            replace(ListQuery(), sort_key=self._query.sort_key, descending=self._query.descending)
        )

    def _show_query(self, query: ListQuery) -> None:
        self._syncing = True
        try:
            if self.search_edit.text().strip() != query.text:
                self.search_edit.setText(query.text)
            self._select_data(self.department_combo, query.department_id)
            if query.department_id is not None and self.department_combo.currentIndex() == 0:
                self._fill_departments()
                self._select_data(self.department_combo, query.department_id)
            self._select_statuses(query.statuses)
            self._select_data(self.position_combo, query.position_id)
            if query.grade and self.grade_combo.findData(query.grade) < 0:
                self.grade_combo.addItem(query.grade, query.grade)
            self._select_data(self.grade_combo, query.grade)
            for check, edit, value in (
                (self.hired_from_check, self.hired_from_edit, query.hired_from),
                (self.hired_to_check, self.hired_to_edit, query.hired_to),
            ):
                check.setChecked(value is not None)
                if value is not None:
                    edit.setDate(QDate(value.year, value.month, value.day))
            days = query.contract_expiring_days
            if days is not None and self.contract_combo.findData(days) < 0:
                self.contract_combo.addItem(
                    self.tr("Contract ends within {days} days").format(days=days), days
                )
            self._select_data(self.contract_combo, days)
        finally:
            self._syncing = False

    @staticmethod
    def _select_data(combo: QComboBox, value: object) -> None:
        index = combo.findData(value) if value is not None else 0
        combo.setCurrentIndex(max(index, 0))

    def _select_statuses(self, statuses: tuple[str, ...]) -> None:
        wanted = set(statuses)
        for index, option in enumerate(self._status_options):
            if set(option) == wanted:
                self.status_combo.setCurrentIndex(index)
                return
        # A saved view from elsewhere with its own mix of statuses: offer it as it is.
        words = ", ".join(label("status", status) for status in statuses)
        self.status_combo.addItem(words)
        self._status_options.append(tuple(statuses))
        self.status_combo.setCurrentIndex(self.status_combo.count() - 1)

    def _show_sort(self, query: ListQuery) -> None:
        try:
            column = self.model.column_index(query.sort_key)
        except KeyError:
            return
        order = Qt.SortOrder.DescendingOrder if query.descending else Qt.SortOrder.AscendingOrder
        self.table.sortByColumn(column, order)

    def _sort_requested(self, sort_key: str, descending: bool) -> None:
        if (sort_key, descending) == (self._query.sort_key, self._query.descending):
            return
        self._search_timer.stop()
        query = replace(self._query_from_widgets(), sort_key=sort_key, descending=descending)
        self._load(query)

    def _load(self, query: ListQuery, *, keep_position: bool = False) -> None:
        """One new source per query: its count is read once (set_source), rows block by block."""
        self._query = query
        self._locale = QLocale()
        vertical = self.table.verticalScrollBar().value()
        horizontal = self.table.horizontalScrollBar().value()
        current = self.table.currentIndex()
        current_cell = (current.row(), current.column()) if current.isValid() else None

        self.model.set_source(employee_list.source(self._vault, query))
        count = self.model.rowCount()
        self._show_count(count)
        self._show_empty_state(count)
        self._mark_view()

        if keep_position and count:
            self.table.updateGeometries()
            self.table.verticalScrollBar().setValue(vertical)
            self.table.horizontalScrollBar().setValue(horizontal)
            if current_cell is not None and current_cell[0] < count:
                self.table.selectionModel().setCurrentIndex(
                    self.model.index(*current_cell),
                    self.table.selectionModel().SelectionFlag.ClearAndSelect
                    | self.table.selectionModel().SelectionFlag.Rows,
                )

    def _show_count(self, count: int) -> None:
        if count == 1:
            self.count_label.setText(self.tr("1 employee"))
        else:
            self.count_label.setText(
                self.tr("{count} employees").format(count=self._locale.toString(count))
            )

    def _show_empty_state(self, count: int) -> None:
        nobody = count == 0 and (
            employee_list.source(self._vault, ListQuery(statuses=())).count() == 0
        )
        for action in (
            self.save_view_action,
            self.columns_action,
            self.reveal_action,
            self.export_action,
        ):
            action.setEnabled(not nobody)
        if count:
            self.stack.setCurrentWidget(self.table)
            self.search_row.show()
            self.filter_row.show()
            return
        if nobody:
            self.empty_label.setText(
                self.tr("No employees yet. Import a roster or add a new employee.")
            )
        else:
            self.empty_label.setText(self.tr("No employee matches the search or filters."))
        self.empty_new_button.setVisible(nobody)
        self.empty_import_button.setVisible(nobody)
        self.empty_clear_button.setVisible(not nobody)
        self.search_row.setVisible(not nobody)
        self.filter_row.setVisible(not nobody)
        self.stack.setCurrentWidget(self.empty_panel)

    # --- saved views --------------------------------------------------------------------------

    def _view_chosen(self, index: int) -> None:
        view = self._selected_view()
        self._update_view_actions()
        if view is None:
            self._apply_query(
                replace(
                    ListQuery(), sort_key=self._query.sort_key, descending=self._query.descending
                )
            )
            return
        if view.columns:
            self._show_columns_of(view.columns)
        self._apply_query(view.query)

    def _mark_view(self) -> None:
        """The view's name, with "(changed)" once the search or filters differ from it."""
        combo = self.views_combo
        index = combo.currentIndex()
        view = self._selected_view()
        base = view.name if view is not None else self.tr("All current employees")
        view_query = view.query if view is not None else ListQuery()
        if _same_filters(self._query, view_query):
            text = base
        else:
            text = self.tr("{name} (changed)").format(name=base)
        if index >= 0 and combo.itemText(index) != text:
            combo.setItemText(index, text)

    def _save_view(self) -> None:
        self.current_query()  # a search still waiting for its pause counts
        current = self._selected_view()
        name, accepted = QInputDialog.getText(
            self,
            self.tr("Save view"),
            self.tr("Name of the view (this search, its filters and the shown columns):"),
            QLineEdit.EchoMode.Normal,
            current.name if current is not None else "",
        )
        name = " ".join(name.split())
        if not accepted or not name:
            return
        if any(view.name == name for view in self._views) and (
            current is None or name != current.name
        ):
            answer = QMessageBox.question(
                self,
                self.tr("Save view"),
                self.tr('A view named "{name}" already exists. Replace it?').format(name=name),
            )
            if answer != QMessageBox.StandardButton.Yes:
                return
        view = SavedView(name, self._query, tuple(self.visible_column_keys()))
        try:
            employee_list.save_view(self._vault, view)
        except EhrError as error:
            QMessageBox.warning(self, self.tr("Save view"), describe(error))
            return
        self._fill_views(select=name)
        self._mark_view()

    def _delete_view(self) -> None:
        view = self._selected_view()
        if view is None:
            return
        answer = QMessageBox.question(
            self,
            self.tr("Delete view"),
            self.tr('Delete the saved view "{name}"? The employees are not affected.').format(
                name=view.name
            ),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        try:
            employee_list.delete_view(self._vault, view.name)
        except EhrError as error:
            QMessageBox.warning(self, self.tr("Delete view"), describe(error))
            return
        self._fill_views()
        self._mark_view()

    def visible_column_keys(self) -> list[str]:
        header = self.table.horizontalHeader()
        keys = []
        for visual in range(header.count()):
            logical = header.logicalIndex(visual)
            if not header.isSectionHidden(logical):
                keys.append(self.model.columns()[logical].key)
        return keys

    def _show_columns_of(self, keys: tuple[str, ...]) -> None:
        known = {column.key for column in self.model.columns()}
        frozen = [key.value for key in FROZEN]
        order = frozen + [key for key in keys if key in known and key not in frozen]
        header = self.table.horizontalHeader()
        for position, key in enumerate(order):
            logical = self.model.column_index(key)
            self.table.setColumnHidden(logical, False)
            if header.visualIndex(logical) != position:
                header.moveSection(header.visualIndex(logical), position)
        for column in self.model.columns():
            if column.key not in order:
                self.table.setColumnHidden(self.model.column_index(column.key), True)

    # --- header layout ------------------------------------------------------------------------

    def _restore_layout(self) -> None:
        if self._load_layout is None:
            return
        state = self._load_layout()
        if state:
            self.table.restore_header_state(bytes(state))

    def _show_columns(self) -> None:
        menu = self.table.column_menu(self)
        toolbar_button = self._toolbar_widget(self.columns_action)
        if toolbar_button is not None:
            position = toolbar_button.mapToGlobal(QPoint(0, toolbar_button.height()))
        else:
            position = self.mapToGlobal(QPoint(0, 0))
        self._popup(menu, position)

    def _toolbar_widget(self, action: QAction) -> QWidget | None:
        for widget in action.associatedObjects():
            if isinstance(widget, QToolButton):
                return widget
        return None

    def hideEvent(self, event: QHideEvent) -> None:
        if self._layout_timer.isActive():
            self.save_layout_now()
        super().hideEvent(event)

    # --- masked values ------------------------------------------------------------------------

    def _masked(self, value: str | None, mask: Callable[[str], str]) -> str:
        if not value:
            return ""
        return value if self._revealed else mask(value)

    def _date(self, value: dt.date | None) -> str:
        if value is None:
            return ""
        return formats.date_text(value, self._locale)

    def _reveal_toggled(self, checked: bool) -> None:
        if not checked:
            self._set_revealed(False)
            return
        answer = QMessageBox.question(
            self,
            self.tr("Show ID numbers and phones"),
            self.tr(
                "The full ID numbers and mobile numbers of the employees in the list will be "
                "visible on screen until you turn this off or lock the vault. Showing them is "
                "recorded in the audit trail.\n\nShow them?"
            ),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        if answer != QMessageBox.StandardButton.Yes:
            self._set_reveal_checked(False)
            return
        try:
            employees.record_reveal(self._vault, [], ["id_number", "mobile"], "list")
        except EhrError as error:
            self._set_reveal_checked(False)
            QMessageBox.warning(self, self.tr("Show ID numbers and phones"), describe(error))
            return
        self._set_revealed(True)

    def _set_reveal_checked(self, checked: bool) -> None:
        blocked = self.reveal_action.blockSignals(True)
        self.reveal_action.setChecked(checked)
        self.reveal_action.blockSignals(blocked)

    def _set_revealed(self, revealed: bool) -> None:
        self._revealed = revealed
        self._set_reveal_checked(revealed)
        self.reveal_action.setIcon(icon("eye-off" if revealed else "eye"))
        self.reveal_action.setText(
            self.tr("Hide ID numbers and phones")
            if revealed
            else self.tr("Show ID numbers and phones")
        )
        rows = self.model.rowCount()
        if rows:
            for key in (ListColumn.MOBILE, ListColumn.ID_NUMBER):
                column = self.model.column_index(key.value)
                self.model.dataChanged.emit(
                    self.model.index(0, column), self.model.index(rows - 1, column)
                )

    # --- rows ---------------------------------------------------------------------------------

    def _row(self, index: QModelIndex) -> EmployeeRow | None:
        return index.data(ROW_ROLE) if index.isValid() else None

    def _open_index(self, index: QModelIndex) -> None:
        row = self._row(index)
        if row is not None:
            self.open_employee.emit(row.id)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            key = event.key()
            if watched is self.table and key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                self._open_index(self.table.currentIndex())
                return True
            if watched is self.search_edit and key == Qt.Key.Key_Down:
                self._search_confirmed()
                return True
        if (
            watched is self.table
            and event.type() == QEvent.Type.ContextMenu
            and isinstance(event, QContextMenuEvent)
            and event.reason() == QContextMenuEvent.Reason.Keyboard
        ):
            # The menu key: for the current row, where it is, not where the mouse happens to be.
            current = self.table.currentIndex()
            if current.isValid():
                self._show_row_menu(self.table.visualRect(current).center())
            return True
        return super().eventFilter(watched, event)

    def _show_row_menu(self, position: QPoint) -> None:
        row = self._row(self.table.indexAt(position))
        if row is None:
            return
        self._popup(self.row_menu(row), self.table.viewport().mapToGlobal(position))

    def _popup(self, menu: QMenu, global_position: QPoint) -> None:
        menu.exec(global_position)
        menu.deleteLater()

    def row_menu(self, row: EmployeeRow) -> QMenu:
        """The right-click menu for one row (only the lifecycle actions that fit its status)."""
        menu = QMenu(self)
        open_action = menu.addAction(icon("file-text"), self.tr("Open file"))
        open_action.triggered.connect(lambda: self.open_employee.emit(row.id))
        menu.setDefaultAction(open_action)
        fitting = lifecycle_actions_for(row.status)
        if fitting:
            menu.addSeparator()
        for action_key, icon_name, text, _fits in LIFECYCLE_ACTIONS:
            if action_key not in fitting:
                continue
            action = menu.addAction(icon(icon_name), _translate(text))
            action.setData(action_key)
            action.triggered.connect(
                lambda _checked=False, key=action_key: self.lifecycle_requested.emit(key, row.id)
            )
        menu.addSeparator()
        copy_action = menu.addAction(self.tr("Copy employee number"))
        copy_action.triggered.connect(lambda: QGuiApplication.clipboard().setText(row.employee_no))
        return menu
