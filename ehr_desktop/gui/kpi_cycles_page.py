"""Appraisal cycles: the list of cycles with the chosen cycle's dashboard, a cycle's forms list,
and the small dialogs that finalize a cycle (deciding about unfinished forms) and reopen one."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from enum import IntEnum
from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QCoreApplication,
    QDateTime,
    QEvent,
    QItemSelectionModel,
    QLocale,
    QModelIndex,
    QObject,
    QSize,
    QSortFilterProxyModel,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QAction, QColor, QGuiApplication, QKeyEvent, QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMenu,
    QMessageBox,
    QPushButton,
    QSizePolicy,
    QSplitter,
    QStackedWidget,
    QTableView,
    QTabWidget,
    QToolBar,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from ehr_desktop.domain.errors import EhrError
from ehr_desktop.domain.kpi import Stage
from ehr_desktop.gui import formats
from ehr_desktop.gui.export_job import ExportRunner
from ehr_desktop.gui.fill_in_dialogs import FillInActions
from ehr_desktop.gui.frozen_table import FrozenColumnTableView
from ehr_desktop.gui.icons import icon
from ehr_desktop.gui.labels import label
from ehr_desktop.gui.list_table_model import ROW_ROLE, SORT_ROLE, Column, ListTableModel
from ehr_desktop.gui.messages import describe, describe_kpi, describe_kpi_error
from ehr_desktop.gui.reason_dialog import ReasonDialog
from ehr_desktop.gui.reminders_panel import tone
from ehr_desktop.gui.results_export import export_cycle_results
from ehr_desktop.gui.roles import hint_label, role_label, set_role
from ehr_desktop.gui.windowed_model import ROW_ROLE as WINDOW_ROW_ROLE
from ehr_desktop.gui.windowed_model import Column as WindowColumn
from ehr_desktop.gui.windowed_model import WindowedTableModel
from ehr_desktop.gui.worker import JobRunner
from ehr_desktop.services import kpi_cycles, kpi_forms, kpi_results, organization
from ehr_desktop.services.kpi_cycles import CycleRow, CycleState, UnfinishedForm
from ehr_desktop.services.kpi_forms import FormFilter, FormRow, LogRow
from ehr_desktop.services.kpi_results import CycleDashboard, DepartmentProgress, LowPerformer
from ehr_desktop.services.vaults import UnlockedVault

SEARCH_DELAY_MS = 150
_LEFT = Qt.AlignmentFlag.AlignLeft
_RIGHT = Qt.AlignmentFlag.AlignRight
_WINDOW_RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
_DISPLAY = Qt.ItemDataRole.DisplayRole
_TOOLTIP = Qt.ItemDataRole.ToolTipRole
_ALIGNMENT = Qt.ItemDataRole.TextAlignmentRole
_FOREGROUND = Qt.ItemDataRole.ForegroundRole
# The stages a form passes through while the cycle is worked on; archived ones count as done.
WORK_STAGES = (
    Stage.DRAFT,
    Stage.SELF_ASSESSMENT,
    Stage.MANAGER_REVIEW,
    Stage.HR_REVIEW,
    Stage.FINALIZED,
)
# Stored log notes the app writes itself (markers), worded when shown.
LOG_NOTES = {
    "unfinished_at_cycle_finalization": QT_TRANSLATE_NOOP("CycleLogModel", "Not finished when the cycle was finalized"),
}  # fmt: skip
LOW_REASONS = {
    "below_threshold": QT_TRANSLATE_NOOP("LowPerformerModel", "Below the cycle's low-score line"),
    "low_grade_twice": QT_TRANSLATE_NOOP("LowPerformerModel", "In the two lowest grades twice in a row"),
}  # fmt: skip


def _muted() -> QColor:
    return QGuiApplication.palette().color(QPalette.ColorRole.PlaceholderText)


def count_text(count: int) -> str:
    return QLocale().toString(count)


def score_text(score: Any) -> str:
    """A score as the locale writes decimals, two places (scores are kept to the hundredth)."""
    if score is None:
        return ""
    return QLocale().toString(float(score), "f", 2)


def dates_text(starts_on: dt.date, ends_on: dt.date) -> str:
    return QCoreApplication.translate("CycleTableModel", "{start} – {end}").format(
        start=formats.date_text(starts_on), end=formats.date_text(ends_on)
    )


def template_text(name: str, version: int) -> str:
    return QCoreApplication.translate("CycleFormsPage", "{name} (v{version})").format(
        name=name, version=version
    )


def recorded_text(value: str) -> str:
    """A stored UTC moment (ISO text) in local time, as the locale writes it."""
    moment = QDateTime.fromString(value, Qt.DateFormat.ISODate)
    if not moment.isValid():
        return value
    return formats.datetime_text(moment.toLocalTime())


def _configure_table(table: QTableView, *, multi: bool = False) -> None:
    table.setAlternatingRowColors(True)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(
        QAbstractItemView.SelectionMode.ExtendedSelection
        if multi
        else QAbstractItemView.SelectionMode.SingleSelection
    )
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setWordWrap(False)
    table.verticalHeader().hide()
    row_height = int(table.fontMetrics().height() * 1.6)
    table.verticalHeader().setDefaultSectionSize(row_height)
    table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
    header = table.horizontalHeader()
    header.setHighlightSections(False)
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    header.setResizeContentsPrecision(200)
    header.setStretchLastSection(True)


def _sorted_proxy(model: ListTableModel, parent: QObject) -> QSortFilterProxyModel:
    proxy = QSortFilterProxyModel(parent)
    proxy.setSourceModel(model)
    proxy.setSortRole(SORT_ROLE)
    proxy.setSortCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
    return proxy


class _TableOrHint(QStackedWidget):
    """A table, or in its place a sentence saying why it is empty (and what to do next)."""

    def __init__(self, table: QTableView, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.table = table
        holder = QWidget()
        column = QVBoxLayout(holder)
        column.setContentsMargins(8, 12, 8, 8)
        self.hint = hint_label()
        column.addWidget(self.hint)
        column.addStretch(1)
        self.addWidget(table)
        self.addWidget(holder)

    def show_table(self, shown: bool, hint: str = "") -> None:
        self.hint.setText(hint)
        self.setCurrentIndex(0 if shown else 1)

    def is_table_shown(self) -> bool:
        return self.currentIndex() == 0


# --- the cycles -------------------------------------------------------------------------------


class CycleColumn(IntEnum):
    NAME = 0
    PERIOD = 1
    DATES = 2
    STATE = 3
    FORMS = 4
    FINALIZED = 5


CYCLE_COLUMNS = {
    CycleColumn.NAME: Column(QT_TRANSLATE_NOOP("CycleTableModel", "Cycle"), QT_TRANSLATE_NOOP("CycleTableModel", "The appraisal cycle's name"), _LEFT),
    CycleColumn.PERIOD: Column(QT_TRANSLATE_NOOP("CycleTableModel", "Period"), QT_TRANSLATE_NOOP("CycleTableModel", "Month, quarter, half-year, year or custom dates"), _LEFT),
    CycleColumn.DATES: Column(QT_TRANSLATE_NOOP("CycleTableModel", "Dates"), QT_TRANSLATE_NOOP("CycleTableModel", "The period the appraisal is about"), _LEFT),
    CycleColumn.STATE: Column(QT_TRANSLATE_NOOP("CycleTableModel", "State"), QT_TRANSLATE_NOOP("CycleTableModel", "Open: forms are being filled in. Finalized: results published. Archived: closed for good"), _LEFT),
    CycleColumn.FORMS: Column(QT_TRANSLATE_NOOP("CycleTableModel", "Forms"), QT_TRANSLATE_NOOP("CycleTableModel", "Forms in the cycle (forms left out are not counted)"), _RIGHT),
    CycleColumn.FINALIZED: Column(QT_TRANSLATE_NOOP("CycleTableModel", "Finalized"), QT_TRANSLATE_NOOP("CycleTableModel", "Forms finalized or archived"), _RIGHT),
}  # fmt: skip


class CycleTableModel(ListTableModel[CycleRow]):
    """The cycles from kpi_cycles.list_cycles (a short list: sorted by proxy)."""

    CONTEXT = "CycleTableModel"
    COLUMNS = CYCLE_COLUMNS
    HEADER_ALIGNMENT = True

    def cell(self, row: CycleRow, column: CycleColumn, role: int) -> Any:
        if role == SORT_ROLE:
            return self.sort_value(row, column)
        if role in (_DISPLAY, _TOOLTIP):
            return self.text(row, column)
        if role == _ALIGNMENT:
            return CYCLE_COLUMNS[column].alignment()
        if role == _FOREGROUND and row.state == CycleState.ARCHIVED:
            return _muted()
        if role == Qt.ItemDataRole.DecorationRole and column == CycleColumn.NAME:
            return icon(
                "clipboard-check", _muted().name() if row.state != CycleState.OPEN else None
            )
        return None

    @staticmethod
    def text(row: CycleRow, column: CycleColumn) -> str:
        if column == CycleColumn.NAME:
            return row.name
        if column == CycleColumn.PERIOD:
            return label("kpi_period", row.period_kind)
        if column == CycleColumn.DATES:
            return dates_text(row.starts_on, row.ends_on)
        if column == CycleColumn.STATE:
            return label("kpi_cycle_state", row.state.value)
        if column == CycleColumn.FORMS:
            return count_text(row.forms)
        return count_text(row.locked)

    @staticmethod
    def sort_value(row: CycleRow, column: CycleColumn) -> Any:
        if column in (CycleColumn.DATES, CycleColumn.PERIOD):
            return row.starts_on.toordinal()
        if column == CycleColumn.STATE:
            return list(CycleState).index(row.state)
        if column == CycleColumn.FORMS:
            return row.forms
        if column == CycleColumn.FINALIZED:
            return row.locked
        return row.name


# --- the dashboard's tables -------------------------------------------------------------------


class DepartmentColumn(IntEnum):
    DEPARTMENT = 0
    FORMS = 1
    DRAFT = 2
    SELF_ASSESSMENT = 3
    MANAGER_REVIEW = 4
    HR_REVIEW = 5
    FINALIZED = 6
    OVERDUE = 7
    SCORED = 8


_STAGE_OF_COLUMN = {
    DepartmentColumn.DRAFT: (Stage.DRAFT,),
    DepartmentColumn.SELF_ASSESSMENT: (Stage.SELF_ASSESSMENT,),
    DepartmentColumn.MANAGER_REVIEW: (Stage.MANAGER_REVIEW,),
    DepartmentColumn.HR_REVIEW: (Stage.HR_REVIEW,),
    DepartmentColumn.FINALIZED: (Stage.FINALIZED, Stage.ARCHIVED),
}

DEPARTMENT_COLUMNS = {
    DepartmentColumn.DEPARTMENT: Column(QT_TRANSLATE_NOOP("DepartmentProgressModel", "Department"), QT_TRANSLATE_NOOP("DepartmentProgressModel", "The department the form belongs to (double-click for its forms)"), _LEFT),
    DepartmentColumn.FORMS: Column(QT_TRANSLATE_NOOP("DepartmentProgressModel", "Forms"), QT_TRANSLATE_NOOP("DepartmentProgressModel", "Forms of this department in the cycle"), _RIGHT),
    DepartmentColumn.DRAFT: Column(QT_TRANSLATE_NOOP("DepartmentProgressModel", "Draft"), QT_TRANSLATE_NOOP("DepartmentProgressModel", "Not handed out yet"), _RIGHT),
    DepartmentColumn.SELF_ASSESSMENT: Column(QT_TRANSLATE_NOOP("DepartmentProgressModel", "Self"), QT_TRANSLATE_NOOP("DepartmentProgressModel", "At self-assessment"), _RIGHT),
    DepartmentColumn.MANAGER_REVIEW: Column(QT_TRANSLATE_NOOP("DepartmentProgressModel", "Manager"), QT_TRANSLATE_NOOP("DepartmentProgressModel", "At the manager's review"), _RIGHT),
    DepartmentColumn.HR_REVIEW: Column(QT_TRANSLATE_NOOP("DepartmentProgressModel", "HR"), QT_TRANSLATE_NOOP("DepartmentProgressModel", "At HR review"), _RIGHT),
    DepartmentColumn.FINALIZED: Column(QT_TRANSLATE_NOOP("DepartmentProgressModel", "Finalized"), QT_TRANSLATE_NOOP("DepartmentProgressModel", "Finalized or archived"), _RIGHT),
    DepartmentColumn.OVERDUE: Column(QT_TRANSLATE_NOOP("DepartmentProgressModel", "Overdue"), QT_TRANSLATE_NOOP("DepartmentProgressModel", "Past the deadline of the step they are at"), _RIGHT),
    DepartmentColumn.SCORED: Column(QT_TRANSLATE_NOOP("DepartmentProgressModel", "Scored"), QT_TRANSLATE_NOOP("DepartmentProgressModel", "Forms with a score already"), _RIGHT),
}  # fmt: skip


class DepartmentProgressModel(ListTableModel[DepartmentProgress]):
    CONTEXT = "DepartmentProgressModel"
    COLUMNS = DEPARTMENT_COLUMNS
    HEADER_ALIGNMENT = True

    def key_of(self, row: DepartmentProgress) -> Any:
        return row.department_id

    def cell(self, row: DepartmentProgress, column: DepartmentColumn, role: int) -> Any:
        if role == SORT_ROLE:
            value = self.value(row, column)
            return value if isinstance(value, int) else str(value)
        if role in (_DISPLAY, _TOOLTIP):
            value = self.value(row, column)
            return count_text(value) if isinstance(value, int) else value
        if role == _ALIGNMENT:
            return DEPARTMENT_COLUMNS[column].alignment()
        if role == _FOREGROUND and column == DepartmentColumn.OVERDUE and row.overdue:
            return tone("overdue")
        return None

    @staticmethod
    def value(row: DepartmentProgress, column: DepartmentColumn) -> int | str:
        if column == DepartmentColumn.DEPARTMENT:
            return row.department or QCoreApplication.translate(
                "DepartmentProgressModel", "(no department)"
            )
        if column == DepartmentColumn.FORMS:
            return row.forms
        if column == DepartmentColumn.OVERDUE:
            return row.overdue
        if column == DepartmentColumn.SCORED:
            return row.scored
        return sum(row.by_stage.get(stage, 0) for stage in _STAGE_OF_COLUMN[column])


class LowColumn(IntEnum):
    EMPLOYEE_NO = 0
    NAME = 1
    DEPARTMENT = 2
    SCORE = 3
    GRADE = 4
    WHY = 5


LOW_COLUMNS = {
    LowColumn.EMPLOYEE_NO: Column(QT_TRANSLATE_NOOP("LowPerformerModel", "Employee no."), QT_TRANSLATE_NOOP("LowPerformerModel", "The employee's number"), _LEFT),
    LowColumn.NAME: Column(QT_TRANSLATE_NOOP("LowPerformerModel", "Name"), QT_TRANSLATE_NOOP("LowPerformerModel", "The employee's name (double-click for the form)"), _LEFT),
    LowColumn.DEPARTMENT: Column(QT_TRANSLATE_NOOP("LowPerformerModel", "Department"), QT_TRANSLATE_NOOP("LowPerformerModel", "The employee's department now"), _LEFT),
    LowColumn.SCORE: Column(QT_TRANSLATE_NOOP("LowPerformerModel", "Score"), QT_TRANSLATE_NOOP("LowPerformerModel", "The result that counts (after calibration)"), _RIGHT),
    LowColumn.GRADE: Column(QT_TRANSLATE_NOOP("LowPerformerModel", "Grade"), QT_TRANSLATE_NOOP("LowPerformerModel", "The grade that counts"), _LEFT),
    LowColumn.WHY: Column(QT_TRANSLATE_NOOP("LowPerformerModel", "Why"), QT_TRANSLATE_NOOP("LowPerformerModel", "Why the result counts as low performance"), _LEFT),
}  # fmt: skip


class LowPerformerModel(ListTableModel[LowPerformer]):
    CONTEXT = "LowPerformerModel"
    COLUMNS = LOW_COLUMNS
    HEADER_ALIGNMENT = True

    def key_of(self, row: LowPerformer) -> Any:
        return row.employee_id

    def cell(self, row: LowPerformer, column: LowColumn, role: int) -> Any:
        if role == SORT_ROLE:
            if column == LowColumn.SCORE:
                return float(row.score) if row.score is not None else -1.0
            return self.text(row, column)
        if role in (_DISPLAY, _TOOLTIP):
            return self.text(row, column)
        if role == _ALIGNMENT:
            return LOW_COLUMNS[column].alignment()
        return None

    @staticmethod
    def text(row: LowPerformer, column: LowColumn) -> str:
        if column == LowColumn.EMPLOYEE_NO:
            return row.employee_no
        if column == LowColumn.NAME:
            return row.name
        if column == LowColumn.DEPARTMENT:
            return row.department
        if column == LowColumn.SCORE:
            return score_text(row.score)
        if column == LowColumn.GRADE:
            return row.grade or ""
        return "; ".join(
            QCoreApplication.translate("LowPerformerModel", LOW_REASONS[reason])
            if reason in LOW_REASONS
            else reason
            for reason in row.reasons
        )


class LogColumn(IntEnum):
    WHEN = 0
    EMPLOYEE = 1
    WHAT = 2
    STEP = 3
    NOTE = 4
    BY = 5


LOG_COLUMNS = {
    LogColumn.WHEN: Column(QT_TRANSLATE_NOOP("CycleLogModel", "When"), QT_TRANSLATE_NOOP("CycleLogModel", "When it was recorded"), _LEFT),
    LogColumn.EMPLOYEE: Column(QT_TRANSLATE_NOOP("CycleLogModel", "Form of"), QT_TRANSLATE_NOOP("CycleLogModel", "Whose form it is about (empty: the cycle itself)"), _LEFT),
    LogColumn.WHAT: Column(QT_TRANSLATE_NOOP("CycleLogModel", "What happened"), QT_TRANSLATE_NOOP("CycleLogModel", "The kind of change"), _LEFT),
    LogColumn.STEP: Column(QT_TRANSLATE_NOOP("CycleLogModel", "Step"), QT_TRANSLATE_NOOP("CycleLogModel", "The form's step before and after"), _LEFT),
    LogColumn.NOTE: Column(QT_TRANSLATE_NOOP("CycleLogModel", "Reason or comment"), QT_TRANSLATE_NOOP("CycleLogModel", "The reason or comment given with the change"), _LEFT),
    LogColumn.BY: Column(QT_TRANSLATE_NOOP("CycleLogModel", "By"), QT_TRANSLATE_NOOP("CycleLogModel", "Who recorded it"), _LEFT),
}  # fmt: skip


class CycleLogModel(ListTableModel[LogRow]):
    CONTEXT = "CycleLogModel"
    COLUMNS = LOG_COLUMNS

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.form_names: dict[int, str] = {}  # form id → "XH00001 丁强"

    def cell(self, row: LogRow, column: LogColumn, role: int) -> Any:
        if role == SORT_ROLE:
            return row.id if column == LogColumn.WHEN else self.text(row, column)
        if role in (_DISPLAY, _TOOLTIP):
            return self.text(row, column)
        if role == _ALIGNMENT:
            return LOG_COLUMNS[column].alignment()
        return None

    def text(self, row: LogRow, column: LogColumn) -> str:
        if column == LogColumn.WHEN:
            return recorded_text(row.recorded_at)
        if column == LogColumn.EMPLOYEE:
            return self.form_names.get(row.form_id, "") if row.form_id is not None else ""
        if column == LogColumn.WHAT:
            return label("kpi_log", row.kind.value)
        if column == LogColumn.STEP:
            if row.source is not None and row.target is not None:
                return QCoreApplication.translate("CycleLogModel", "{source} → {target}").format(
                    source=label("kpi_stage", row.source.value),
                    target=label("kpi_stage", row.target.value),
                )
            if row.source is not None:
                return label("kpi_stage", row.source.value)
            return ""
        if column == LogColumn.NOTE:
            note = LOG_NOTES.get(row.note)
            return QCoreApplication.translate("CycleLogModel", note) if note else row.note
        return row.recorded_by


# --- forms in a windowed table ----------------------------------------------------------------


class FormsSource:
    """The forms a filter finds, read from the services a page at a time."""

    def __init__(self, vault: UnlockedVault, query: FormFilter, today: dt.date) -> None:
        self.vault = vault
        self.query = query
        self.today = today

    def count(self) -> int:
        return kpi_forms.count_forms(self.vault, self.query, today=self.today)

    def rows(self, offset: int, limit: int) -> Sequence[FormRow]:
        return kpi_forms.list_forms(
            self.vault, self.query, offset=offset, limit=limit, today=self.today
        )


def _translate_forms(text: str) -> str:
    return QCoreApplication.translate("CycleFormsPage", text)


FORM_HEADERS = {
    "employee_no": QT_TRANSLATE_NOOP("CycleFormsPage", "Employee no."),
    "name": QT_TRANSLATE_NOOP("CycleFormsPage", "Name"),
    "department": QT_TRANSLATE_NOOP("CycleFormsPage", "Department"),
    "template": QT_TRANSLATE_NOOP("CycleFormsPage", "Template"),
    "stage": QT_TRANSLATE_NOOP("CycleFormsPage", "Step"),
    "reviewer": QT_TRANSLATE_NOOP("CycleFormsPage", "Reviewer"),
    "score": QT_TRANSLATE_NOOP("CycleFormsPage", "Score"),
    "grade": QT_TRANSLATE_NOOP("CycleFormsPage", "Grade"),
    "due": QT_TRANSLATE_NOOP("CycleFormsPage", "Due"),
}  # fmt: skip
FORM_TIPS = {
    "department": QT_TRANSLATE_NOOP("CycleFormsPage", "The department the form was made for"),
    "template": QT_TRANSLATE_NOOP("CycleFormsPage", "The template and the version the form is frozen on"),
    "stage": QT_TRANSLATE_NOOP("CycleFormsPage", "Where the form is in the workflow; red when past its deadline"),
    "reviewer": QT_TRANSLATE_NOOP("CycleFormsPage", "Who reviews the form as manager"),
    "score": QT_TRANSLATE_NOOP("CycleFormsPage", "The result that counts (after calibration)"),
    "due": QT_TRANSLATE_NOOP("CycleFormsPage", "The deadline of the step the form is at"),
}  # fmt: skip


def form_columns(*, short: bool = False) -> list[WindowColumn[FormRow]]:
    """The forms table's columns; `short`: the few the dashboard's overdue list needs."""

    def overdue(row: FormRow) -> QColor | None:
        return tone("overdue") if row.overdue else None

    def column(key: str, display: Callable[[FormRow], str], **extra: Any) -> WindowColumn:
        tip = FORM_TIPS.get(key)
        return WindowColumn(
            key,
            _translate_forms(FORM_HEADERS[key]),
            display,
            None,  # list_forms has one order: by employee number
            tooltip=_translate_forms(tip) if tip else "",
            **extra,
        )

    def due(row: FormRow) -> str:
        if row.due is None:
            return ""
        if row.overdue:
            return QCoreApplication.translate("CycleFormsPage", "{date}, overdue").format(
                date=formats.date_text(row.due)
            )
        return formats.date_text(row.due)

    columns = {
        "employee_no": column("employee_no", lambda r: r.employee_no),
        "name": column("name", lambda r: r.name),
        "department": column("department", lambda r: r.department),
        "template": column("template", lambda r: template_text(r.template, r.template_version)),
        "stage": column("stage", lambda r: label("kpi_stage", r.stage.value), foreground=overdue),
        "reviewer": column("reviewer", lambda r: r.reviewer or "—", muted=lambda r: not r.reviewer),
        "score": column("score", lambda r: score_text(r.score), align=_WINDOW_RIGHT),
        "grade": column("grade", lambda r: r.grade or ""),
        "due": column("due", due, foreground=overdue),
    }
    keys = (
        ("employee_no", "name", "department", "stage", "due", "reviewer")
        if short
        else tuple(columns)
    )
    return [columns[key] for key in keys]


# --- the dashboard ----------------------------------------------------------------------------


class CycleDashboardView(QWidget):
    """One cycle at a glance (kpi_results.dashboard, aggregated in SQL): a chip per step with
    its count, overdue in red, who could not be given a template, and below, by department,
    the overdue forms, the low performers and the cycle's log."""

    open_forms = Signal(object)  # a FormFilter preset (stage, overdue or department)
    open_form = Signal(int)
    open_employee = Signal(int)
    population_requested = Signal(int)

    def __init__(
        self, vault: UnlockedVault, jobs: JobRunner | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._vault = vault
        self._jobs = jobs
        self.today: dt.date | None = None
        self.cycle_id: int | None = None
        self.dashboard: CycleDashboard | None = None
        self._log_loaded = False
        self._low_request = 0

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 6, 0, 0)
        layout.setSpacing(8)
        heading = QHBoxLayout()
        heading.setSpacing(8)
        self.name_label = QLabel()
        font = self.name_label.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.15)
        self.name_label.setFont(font)
        heading.addWidget(self.name_label)
        self.state_badge = role_label("", "badge", wrap=False)
        heading.addWidget(self.state_badge)
        self.facts_label = hint_label()
        self.facts_label.setWordWrap(False)
        self.facts_label.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        heading.addWidget(self.facts_label, 1)
        layout.addLayout(heading)

        chips = QHBoxLayout()
        chips.setSpacing(8)
        self.chips: dict[str, QToolButton] = {}
        for stage in WORK_STAGES:
            self.chips[stage.value] = self._chip(
                lambda _checked=False, key=stage.value: self._chip_clicked(key)
            )
            chips.addWidget(self.chips[stage.value])
        self.chips["overdue"] = self._chip(lambda _checked=False: self._chip_clicked("overdue"))
        chips.addWidget(self.chips["overdue"])
        layout.addLayout(chips)

        notice = QHBoxLayout()
        notice.setSpacing(8)
        self.notice_icon = QLabel()
        self.notice_icon.setPixmap(icon("triangle-alert", tone("soon").name()).pixmap(16, 16))
        notice.addWidget(self.notice_icon)
        self.notice_label = role_label("", "warning")
        notice.addWidget(self.notice_label, 1)
        self.population_button = QPushButton(icon("users"), self.tr("Check the population…"))
        self.population_button.setToolTip(
            self.tr("Everyone in or out of the cycle, why, and the template each person gets")
        )
        self.population_button.clicked.connect(self._population_clicked)
        notice.addWidget(self.population_button)
        self.notice = QWidget()
        self.notice.setLayout(notice)
        notice.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.notice)

        self.tabs = QTabWidget()
        self.tabs.setDocumentMode(True)
        layout.addWidget(self.tabs, 1)
        self._build_departments()
        self._build_overdue()
        self._build_low()
        self._build_log()
        self.tabs.currentChanged.connect(self._tab_changed)
        self.show_dashboard(None)

    def _chip(self, slot: Callable) -> QToolButton:
        chip = QToolButton()
        chip.setProperty("role", "reminderChip")
        chip.setProperty("level", "")
        chip.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        chip.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        chip.clicked.connect(slot)
        return chip

    def _build_departments(self) -> None:
        self.department_model = DepartmentProgressModel(self)
        self.department_proxy = _sorted_proxy(self.department_model, self)
        table = QTableView()
        table.setModel(self.department_proxy)
        _configure_table(table)
        table.setSortingEnabled(True)
        table.sortByColumn(DepartmentColumn.DEPARTMENT, Qt.SortOrder.AscendingOrder)
        table.horizontalHeader().setStretchLastSection(False)
        table.horizontalHeader().setSectionResizeMode(
            DepartmentColumn.DEPARTMENT, QHeaderView.ResizeMode.Stretch
        )
        table.activated.connect(self._department_activated)
        self.department_table = table
        self.department_box = _TableOrHint(table)
        self.tabs.addTab(self.department_box, icon("network"), self.tr("By department"))

    def _build_overdue(self) -> None:
        self.overdue_model: WindowedTableModel[FormRow] = WindowedTableModel(
            form_columns(short=True), self
        )
        table = QTableView()
        table.setModel(self.overdue_model)
        _configure_table(table)
        table.activated.connect(self._form_activated)
        self.overdue_table = table
        self.overdue_box = _TableOrHint(table)
        self.tabs.addTab(self.overdue_box, icon("timer"), "")

    def _build_low(self) -> None:
        self.low_model = LowPerformerModel(self)
        self.low_proxy = _sorted_proxy(self.low_model, self)
        table = QTableView()
        table.setModel(self.low_proxy)
        _configure_table(table)
        table.setSortingEnabled(True)
        table.sortByColumn(LowColumn.SCORE, Qt.SortOrder.AscendingOrder)
        table.activated.connect(self._low_activated)
        table.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        table.customContextMenuRequested.connect(self._low_menu)
        self.low_table = table
        self.low_box = _TableOrHint(table)
        self.tabs.addTab(self.low_box, icon("trending-down"), "")

    def _build_log(self) -> None:
        self.log_model = CycleLogModel(self)
        self.log_proxy = _sorted_proxy(self.log_model, self)
        table = QTableView()
        table.setModel(self.log_proxy)
        _configure_table(table)
        table.setSortingEnabled(True)
        table.sortByColumn(LogColumn.WHEN, Qt.SortOrder.DescendingOrder)
        table.horizontalHeader().setStretchLastSection(False)
        table.horizontalHeader().setSectionResizeMode(
            LogColumn.NOTE, QHeaderView.ResizeMode.Stretch
        )
        self.log_table = table
        self.log_box = _TableOrHint(table)
        self.tabs.addTab(self.log_box, icon("history"), self.tr("Log"))

    # --- loading ----------------------------------------------------------------------------

    def set_vault(self, vault: UnlockedVault) -> None:
        self._vault = vault

    def _today(self) -> dt.date:
        return self.today or dt.date.today()

    def show_cycle(self, cycle_id: int | None) -> None:
        """Reads the cycle's dashboard (a few grouped queries, however many forms)."""
        if cycle_id is None:
            self.show_dashboard(None)
            return
        try:
            found = kpi_results.dashboard(self._vault, cycle_id, today=self._today())
        except EhrError as error:
            self.show_dashboard(None, describe(error))
            return
        self.show_dashboard(found)

    def show_dashboard(self, found: CycleDashboard | None, problem: str = "") -> None:
        self.dashboard = found
        self.cycle_id = found.cycle_id if found is not None else None
        self._log_loaded = False
        has = found is not None
        for widget in (self.tabs, *self.chips.values()):
            widget.setVisible(has)
        self.state_badge.setVisible(has)
        if found is None:
            self.name_label.setText(
                problem or self.tr("Choose a cycle above to see how far its forms are.")
            )
            self.facts_label.clear()
            self.notice.hide()
            return
        self.name_label.setText(found.name)
        self.state_badge.setText(label("kpi_cycle_state", found.state.value))
        self.state_badge.setProperty(
            "tone",
            {CycleState.OPEN: "ok", CycleState.FINALIZED: "", CycleState.ARCHIVED: "muted"}[
                found.state
            ],
        )
        set_role(self.state_badge, "badge")
        self.facts_label.setText(self._facts(found))
        self.facts_label.setToolTip(self._facts(found))
        self._show_chips(found)
        self._show_notice(found)
        self._show_departments(found)
        self._show_overdue(found)
        self._show_low(found)
        if self.tabs.currentWidget() is self.log_box:
            self._load_log()

    def _facts(self, found: CycleDashboard) -> str:
        parts = []
        if found.forms:
            parts.append(
                self.tr("{scored} of {forms} forms scored").format(
                    scored=count_text(found.scored), forms=count_text(found.forms)
                )
            )
        graded = [f"{grade} {count_text(count)}" for grade, count in found.grades.items()]
        if found.scored and graded:
            parts.append(self.tr("grades so far: {grades}").format(grades=" · ".join(graded)))
        if found.excluded:
            parts.append(self.tr("{count} left out").format(count=count_text(found.excluded)))
        return "   ".join(parts)

    def _show_chips(self, found: CycleDashboard) -> None:
        for stage in WORK_STAGES:
            count = found.by_stage.get(stage, 0)
            if stage == Stage.FINALIZED:
                count += found.by_stage.get(Stage.ARCHIVED, 0)
            late = found.overdue_by_stage.get(stage, 0)
            due = found.deadlines.get(stage)
            chip = self.chips[stage.value]
            shown = stage
            if stage == Stage.FINALIZED and found.state == CycleState.ARCHIVED:
                shown = Stage.ARCHIVED
            chip.setText(count_text(count) + "\n" + label("kpi_stage", shown.value))
            if late:
                tip = self.tr(
                    "{count} forms at this step, {late} of them past the deadline of {date}."
                ).format(count=count, late=late, date=formats.date_text(due))
            elif due is not None:
                tip = self.tr("{count} forms at this step; its deadline is {date}.").format(
                    count=count, date=formats.date_text(due)
                )
            else:
                tip = self.tr("{count} forms at this step.").format(count=count)
            chip.setToolTip(tip + " " + self.tr("Click to list them."))
            self._set_level(chip, "overdue" if late else "")
        chip = self.chips["overdue"]
        chip.setText(count_text(found.overdue) + "\n" + self.tr("Overdue"))
        chip.setToolTip(
            self.tr("Forms past the deadline of the step they are at. Click to list them.")
        )
        self._set_level(chip, "overdue" if found.overdue else "")

    @staticmethod
    def _set_level(chip: QToolButton, level: str) -> None:
        if chip.property("level") != level:
            chip.setProperty("level", level)
            chip.style().unpolish(chip)
            chip.style().polish(chip)

    def chip_count(self, key: str) -> int:
        """The number a chip shows (a stage's value, or "overdue")."""
        return int(QLocale().toInt(self.chips[key].text().split("\n", 1)[0])[0])

    def chip_level(self, key: str) -> str:
        return self.chips[key].property("level") or ""

    def _show_notice(self, found: CycleDashboard) -> None:
        none, several = found.unmatched, found.ambiguous
        if none and several:
            text = self.tr(
                "{none} people match no template and {several} match several, so they have no form yet."
            ).format(none=count_text(none), several=count_text(several))
        elif none:
            text = self.tr("{none} people match no template, so they have no form yet.").format(
                none=count_text(none)
            )
        elif several:
            text = self.tr(
                "{several} people match several templates equally, so they have no form yet."
            ).format(several=count_text(several))
        elif not found.forms and found.state == CycleState.OPEN:
            text = self.tr(
                "This cycle has no forms yet. Check who it appraises and generate their forms."
            )
        else:
            text = ""
        self.notice_label.setText(text)
        self.population_button.setEnabled(found.state == CycleState.OPEN or bool(none or several))
        self.notice.setVisible(bool(text))

    def _show_departments(self, found: CycleDashboard) -> None:
        self.department_model.set_rows(found.departments)
        self.department_box.show_table(
            bool(found.departments), self.tr("No forms in this cycle yet.")
        )
        self.tabs.setTabText(
            self.tabs.indexOf(self.department_box),
            self.tr("By department ({count})").format(count=count_text(len(found.departments))),
        )

    def _show_overdue(self, found: CycleDashboard) -> None:
        if found.overdue:
            query = FormFilter(cycle_id=found.cycle_id, overdue=True)
            self.overdue_model.set_source(FormsSource(self._vault, query, self._today()))
        else:
            self.overdue_model.set_source(None)
        self.overdue_box.show_table(
            bool(found.overdue), self.tr("Nothing is overdue: every form is within its deadline.")
        )
        index = self.tabs.indexOf(self.overdue_box)
        self.tabs.setTabText(
            index, self.tr("Overdue ({count})").format(count=count_text(found.overdue))
        )
        self.tabs.tabBar().setTabTextColor(index, tone("overdue") if found.overdue else QColor())

    def _show_low(self, found: CycleDashboard) -> None:
        self._low_request += 1
        self.low_model.set_rows([])
        index = self.tabs.indexOf(self.low_box)
        if found.state == CycleState.OPEN:
            self.low_box.show_table(
                False,
                self.tr(
                    "Low performers are known once the cycle is finalized: its results count from then on."
                ),
            )
            self.tabs.setTabText(index, self.tr("Low performers"))
            return
        self.low_box.show_table(False, self.tr("Looking for low performers…"))
        self.tabs.setTabText(index, self.tr("Low performers"))
        request = self._low_request
        vault, cycle_id = self._vault, found.cycle_id

        def work(_progress: object) -> list[LowPerformer]:
            return [low for low in kpi_results.low_performers(vault) if low.cycle_id == cycle_id]

        if self._jobs is None:
            self._low_found(request, work(None))
        else:
            self._jobs.start(
                work,
                on_success=lambda found_lows: self._low_found(request, found_lows),
                on_error=lambda error: self._low_failed(request, error),
            )

    def _low_found(self, request: int, lows: list[LowPerformer]) -> None:
        if request != self._low_request:
            return  # another cycle was chosen meanwhile
        self.low_model.set_rows(lows)
        self.low_box.show_table(
            bool(lows),
            self.tr("No low performers in this cycle."),
        )
        self.tabs.setTabText(
            self.tabs.indexOf(self.low_box),
            self.tr("Low performers ({count})").format(count=count_text(len(lows))),
        )

    def _low_failed(self, request: int, error: BaseException) -> None:
        if request == self._low_request:
            self.low_box.show_table(False, describe(error))

    def _tab_changed(self, _index: int) -> None:
        if self.tabs.currentWidget() is self.log_box and not self._log_loaded:
            self._load_log()

    def _load_log(self) -> None:
        self._log_loaded = True
        if self.cycle_id is None:
            return
        try:
            rows = kpi_forms.cycle_log(self._vault, self.cycle_id)
            if any(row.form_id is not None for row in rows):
                forms = kpi_forms.list_forms(
                    self._vault, FormFilter(cycle_id=self.cycle_id, include_excluded=True)
                )
                self.log_model.form_names = {
                    form.id: f"{form.employee_no} {form.name}" for form in forms
                }
        except EhrError as error:
            self.log_box.show_table(False, describe(error))
            return
        self.log_model.set_rows(rows)
        self.log_box.show_table(bool(rows), self.tr("Nothing recorded for this cycle yet."))

    # --- opening ----------------------------------------------------------------------------

    def _chip_clicked(self, key: str) -> None:
        if key == "overdue":
            self.open_forms.emit(FormFilter(overdue=True))
            return
        stage = Stage(key)
        archived = self.dashboard is not None and self.dashboard.state == CycleState.ARCHIVED
        if stage == Stage.FINALIZED and archived:
            stage = Stage.ARCHIVED  # an archived cycle's finished forms are archived
        self.open_forms.emit(FormFilter(stage=stage))

    def _population_clicked(self) -> None:
        if self.cycle_id is not None:
            self.population_requested.emit(self.cycle_id)

    def _department_activated(self, index: QModelIndex) -> None:
        row = index.data(ROW_ROLE)
        if row is not None and row.department_id is not None:
            self.open_forms.emit(FormFilter(department_id=row.department_id))

    def _form_activated(self, index: QModelIndex) -> None:
        row = index.data(WINDOW_ROW_ROLE)
        if row is not None:
            self.open_form.emit(row.id)

    def _low_menu(self, position) -> None:
        low = self.low_table.indexAt(position).data(ROW_ROLE)
        if low is None:
            return
        menu = QMenu(self)
        form_action = menu.addAction(icon("file-text"), self.tr("Open form"))
        form_action.triggered.connect(lambda: self._low_activated(self.low_table.indexAt(position)))
        menu.setDefaultAction(form_action)
        file_action = menu.addAction(icon("user-round"), self.tr("Open employee file"))
        file_action.triggered.connect(lambda: self.open_employee.emit(low.employee_id))
        menu.exec(self.low_table.viewport().mapToGlobal(position))
        menu.deleteLater()

    def _low_activated(self, index: QModelIndex) -> None:
        low = index.data(ROW_ROLE)
        if low is None:
            return
        forms = kpi_forms.list_forms(
            self._vault, FormFilter(cycle_id=low.cycle_id, employee_id=low.employee_id), limit=1
        )
        if forms:
            self.open_form.emit(forms[0].id)


# --- dialogs ----------------------------------------------------------------------------------


class UnfinishedColumn(IntEnum):
    EMPLOYEE_NO = 0
    NAME = 1
    STAGE = 2


UNFINISHED_COLUMNS = {
    UnfinishedColumn.EMPLOYEE_NO: Column(QT_TRANSLATE_NOOP("UnfinishedFormModel", "Employee no."), QT_TRANSLATE_NOOP("UnfinishedFormModel", "The employee's number"), _LEFT),
    UnfinishedColumn.NAME: Column(QT_TRANSLATE_NOOP("UnfinishedFormModel", "Name"), QT_TRANSLATE_NOOP("UnfinishedFormModel", "The employee's name"), _LEFT),
    UnfinishedColumn.STAGE: Column(QT_TRANSLATE_NOOP("UnfinishedFormModel", "Step"), QT_TRANSLATE_NOOP("UnfinishedFormModel", "Where the form is now"), _LEFT),
}  # fmt: skip


class UnfinishedFormModel(ListTableModel[UnfinishedForm]):
    CONTEXT = "UnfinishedFormModel"
    COLUMNS = UNFINISHED_COLUMNS

    def key_of(self, row: UnfinishedForm) -> Any:
        return row.form_id

    def cell(self, row: UnfinishedForm, column: UnfinishedColumn, role: int) -> Any:
        if role in (_DISPLAY, _TOOLTIP, SORT_ROLE):
            if column == UnfinishedColumn.EMPLOYEE_NO:
                return row.employee_no
            if column == UnfinishedColumn.NAME:
                return row.name
            if role == SORT_ROLE:
                return list(Stage).index(row.stage)
            return label("kpi_stage", row.stage.value)
        return None


class FinalizeDialog(QDialog):
    """The cycle has unfinished forms: finish them first, or finalize without them."""

    FINISH_FIRST = "finish_first"
    WITHOUT_THEM = "without_them"

    def __init__(
        self, cycle_name: str, unfinished: Sequence[UnfinishedForm], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.choice: str | None = None
        self.setWindowTitle(self.tr("Finalize cycle"))
        layout = QVBoxLayout(self)
        intro = QLabel(
            self.tr("{count} forms of “{name}” are not finalized yet:").format(
                count=count_text(len(unfinished)), name=cycle_name
            )
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.model = UnfinishedFormModel(self)
        self.model.set_rows(unfinished)
        proxy = _sorted_proxy(self.model, self)
        self.table = QTableView()
        self.table.setModel(proxy)
        _configure_table(self.table)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(UnfinishedColumn.EMPLOYEE_NO, Qt.SortOrder.AscendingOrder)
        layout.addWidget(self.table, 1)
        explain = hint_label(
            self.tr(
                "Finish them first, or finalize the cycle without them: they are then left out of the cycle and get no result (this is recorded). The others' results are published into the employees' files."
            )
        )
        layout.addWidget(explain)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.finish_button = self.buttons.addButton(
            self.tr("Finish them first"), QDialogButtonBox.ButtonRole.RejectRole
        )
        self.finish_button.setToolTip(self.tr("Opens the cycle's forms; nothing is finalized"))
        self.without_button = self.buttons.addButton(
            self.tr("Finalize without them"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.finish_button.clicked.connect(lambda: self._choose(self.FINISH_FIRST))
        self.without_button.clicked.connect(lambda: self._choose(self.WITHOUT_THEM))
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.resize(520, 420)

    def _choose(self, choice: str) -> None:
        self.choice = choice
        self.done(QDialog.DialogCode.Accepted)

    @classmethod
    def ask(
        cls, parent: QWidget | None, cycle_name: str, unfinished: Sequence[UnfinishedForm]
    ) -> str | None:
        """FINISH_FIRST, WITHOUT_THEM, or None when cancelled."""
        dialog = cls(cycle_name, unfinished, parent)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        return dialog.choice


# --- the cycles page --------------------------------------------------------------------------


class KpiCyclesPage(QWidget):
    """The cycles on top, the chosen cycle's dashboard below; the cycle's actions in a toolbar
    and on right-click. Settings and generating forms run through the cycle wizard."""

    open_forms = Signal(int, object)  # cycle id, FormFilter preset (or None)
    open_form = Signal(int)
    open_employee = Signal(int)
    open_calibration = Signal(int)
    cycles_changed = Signal()

    def __init__(
        self, vault: UnlockedVault, jobs: JobRunner | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._vault = vault
        self._jobs = jobs
        self._today: dt.date | None = None
        self.last_message = ""

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 8, 0, 0)
        layout.setSpacing(6)
        self.toolbar = QToolBar()
        self.toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.toolbar.setIconSize(QSize(18, 18))
        self.toolbar.setMovable(False)
        self.edit_action = self._action("pencil", self.tr("Edit…"), self.edit_cycle)
        self.edit_action.setToolTip(
            self.tr(
                "Change the cycle's settings and who it appraises; adds forms for people still missing"
            )
        )
        self.finalize_action = self._action("circle-check", self.tr("Finalize…"), self.finalize)
        self.finalize_action.setToolTip(self.tr("Publish the results into the employees' files"))
        self.reopen_action = self._action("rotate-ccw", self.tr("Reopen…"), self.reopen)
        self.reopen_action.setToolTip(
            self.tr("Open a finalized cycle again for changes (the reason is recorded)")
        )
        self.archive_action = self._action("archive", self.tr("Archive…"), self.archive)
        self.archive_action.setToolTip(
            self.tr("Close a finalized cycle for good: its forms become read-only")
        )
        self.forms_action = self._action(
            "file-text", self.tr("Forms"), lambda: self._open_forms(None)
        )
        self.forms_action.setToolTip(self.tr("List the cycle's forms (Enter)"))
        self.calibration_action = self._action(
            "chart-column", self.tr("Calibration"), self._open_calibration
        )
        self.calibration_action.setToolTip(
            self.tr("Grade distribution, quotas and reviewers' leniency; adjust results")
        )
        self.population_action = self._action("users", self.tr("Population…"), self.show_population)
        self.population_action.setToolTip(
            self.tr("Who the cycle appraises and with which template; generate missing forms")
        )
        self.export_action = self._action(
            "file-spreadsheet", self.tr("Export results…"), self.export_results
        )
        self.export_action.setToolTip(
            self.tr(
                "Write the cycle's results to Excel: a sheet per department and the grade summary"
            )
        )
        self.export_runner = ExportRunner(self, jobs)
        for action in (self.forms_action, self.calibration_action, self.export_action):
            self.toolbar.addAction(action)
        self.toolbar.addSeparator()
        for action in (self.edit_action, self.population_action):
            self.toolbar.addAction(action)
        self.toolbar.addSeparator()
        for action in (self.finalize_action, self.reopen_action, self.archive_action):
            self.toolbar.addAction(action)
        self.fill_in = FillInActions(self, vault, jobs, self._say)
        self.fill_in.imported.connect(lambda _summary: self._changed(self._current_id()))
        self.toolbar.addSeparator()
        for action in self.fill_in.actions:
            self.toolbar.addAction(action)
        layout.addWidget(self.toolbar)
        self.message_label = hint_label()
        self.message_label.hide()
        layout.addWidget(self.message_label)

        self.model = CycleTableModel(self)
        self.proxy = _sorted_proxy(self.model, self)
        self.table = QTableView()
        self.table.setObjectName("cycleTable")
        self.table.setModel(self.proxy)
        _configure_table(self.table)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(CycleColumn.DATES, Qt.SortOrder.DescendingOrder)
        self.table.horizontalHeader().setStretchLastSection(False)
        self.table.horizontalHeader().setSectionResizeMode(
            CycleColumn.NAME, QHeaderView.ResizeMode.Stretch
        )
        self.table.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.table.customContextMenuRequested.connect(self._show_menu)
        self.table.doubleClicked.connect(lambda _index: self._open_forms(None))
        self.table.installEventFilter(self)
        self._selecting = False
        self.table.selectionModel().currentRowChanged.connect(
            lambda _current, _previous: None if self._selecting else self._current_changed()
        )
        self.dashboard = CycleDashboardView(vault, jobs)
        self.dashboard.open_forms.connect(self._open_forms)
        self.dashboard.open_form.connect(self.open_form)
        self.dashboard.open_employee.connect(self.open_employee)
        self.dashboard.population_requested.connect(lambda _cycle_id: self.show_population())

        self.splitter = QSplitter(Qt.Orientation.Vertical)
        self.splitter.addWidget(self.table)
        self.splitter.addWidget(self.dashboard)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.setStretchFactor(0, 1)
        self.splitter.setStretchFactor(1, 3)
        rows = int(self.table.fontMetrics().height() * 1.6)
        self.table.setMinimumHeight(rows * 3 + self.table.horizontalHeader().sizeHint().height())
        self.splitter.setSizes([rows * 5 + 30, 420])

        self.empty = QWidget()
        empty_layout = QVBoxLayout(self.empty)
        empty_layout.setContentsMargins(8, 16, 8, 8)
        empty_layout.addWidget(
            hint_label(
                self.tr(
                    "No appraisal cycles yet. Set up the first one: its period, deadlines, grades and who it appraises."
                )
            )
        )
        self.empty_new_button = QPushButton(icon("plus"), self.tr("New cycle…"))
        self.empty_new_button.setProperty("role", "primary")
        self.empty_new_button.clicked.connect(self.new_cycle)
        empty_layout.addWidget(self.empty_new_button, 0, Qt.AlignmentFlag.AlignLeft)
        empty_layout.addStretch(1)
        self.stack = QStackedWidget()
        self.stack.addWidget(self.splitter)
        self.stack.addWidget(self.empty)
        layout.addWidget(self.stack, 1)
        self.refresh()

    def _action(self, icon_name: str, text: str, slot: Callable) -> QAction:
        action = QAction(icon(icon_name), text, self)
        action.triggered.connect(lambda _checked=False: slot())
        return action

    # --- public -----------------------------------------------------------------------------

    @property
    def today(self) -> dt.date | None:
        return self._today

    @today.setter
    def today(self, value: dt.date | None) -> None:
        self._today = value
        self.dashboard.today = value

    def set_vault(self, vault: UnlockedVault) -> None:
        self._vault = vault
        self.dashboard.set_vault(vault)
        self.fill_in.set_vault(vault)
        self.refresh()

    def refresh(self) -> None:
        """Reads the cycles again, keeping the chosen one, and its dashboard."""
        keep = self.current_cycle()
        self.model.set_rows(kpi_cycles.list_cycles(self._vault))
        self.stack.setCurrentWidget(self.empty if self.model.rowCount() == 0 else self.splitter)
        if keep is not None and self.model.row_of(keep.id) >= 0:
            self.select_cycle(keep.id)
        elif self.proxy.rowCount():
            self._select_index(self.proxy.index(0, 0))
        else:
            self._current_changed()

    def select_cycle(self, cycle_id: int) -> bool:
        row = self.model.row_of(cycle_id)
        if row < 0:
            return False
        self._select_index(self.proxy.mapFromSource(self.model.index(row, 0)))
        return True

    def _select_index(self, index: QModelIndex) -> None:
        selection = self.table.selectionModel()
        self._selecting = True  # one dashboard read, below, not one per signal
        try:
            selection.setCurrentIndex(
                index,
                QItemSelectionModel.SelectionFlag.ClearAndSelect
                | QItemSelectionModel.SelectionFlag.Rows,
            )
        finally:
            self._selecting = False
        self.table.scrollTo(index)
        self._current_changed()

    def current_cycle(self) -> CycleRow | None:
        index = self.table.currentIndex()
        return index.data(ROW_ROLE) if index.isValid() else None

    def _current_id(self) -> int | None:
        cycle = self.current_cycle()
        return cycle.id if cycle is not None else None

    def cycle_names(self) -> list[str]:
        return [self.proxy.index(row, 0).data() for row in range(self.proxy.rowCount())]

    # --- selection --------------------------------------------------------------------------

    def _current_changed(self) -> None:
        cycle = self.current_cycle()
        state = cycle.state if cycle is not None else None
        self.edit_action.setEnabled(state == CycleState.OPEN)
        self.population_action.setEnabled(state == CycleState.OPEN)
        self.finalize_action.setEnabled(state == CycleState.OPEN)
        self.reopen_action.setEnabled(state == CycleState.FINALIZED)
        self.archive_action.setEnabled(state == CycleState.FINALIZED)
        for action in (self.forms_action, self.calibration_action, self.export_action):
            action.setEnabled(cycle is not None)
        self.fill_in.set_cycle(cycle)
        self.dashboard.show_cycle(cycle.id if cycle is not None else None)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            watched is self.table
            and event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
        ):
            self._open_forms(None)
            return True
        return super().eventFilter(watched, event)

    def row_menu(self) -> QMenu:
        """The right-click menu: the toolbar's actions that fit the chosen cycle."""
        menu = QMenu(self)
        menu.addAction(self.forms_action)
        menu.setDefaultAction(self.forms_action)
        menu.addAction(self.calibration_action)
        menu.addAction(self.export_action)
        menu.addSeparator()
        menu.addAction(self.edit_action)
        menu.addAction(self.population_action)
        menu.addSeparator()
        for action in (self.finalize_action, self.reopen_action, self.archive_action):
            menu.addAction(action)
        menu.addSeparator()
        for action in self.fill_in.actions:
            menu.addAction(action)
        return menu

    def _show_menu(self, position) -> None:
        if not self.table.indexAt(position).isValid():
            return
        menu = self.row_menu()
        menu.exec(self.table.viewport().mapToGlobal(position))
        menu.deleteLater()

    # --- actions ----------------------------------------------------------------------------

    def _say(self, text: str, role: str = "hint") -> None:
        self.last_message = text
        self.message_label.setText(text)
        set_role(self.message_label, role)
        self.message_label.setVisible(bool(text))

    def _changed(self, cycle_id: int | None = None) -> None:
        self.refresh()
        if cycle_id is not None:
            self.select_cycle(cycle_id)
        self.cycles_changed.emit()

    def new_cycle(self) -> int | None:
        from ehr_desktop.gui.kpi_cycle_wizard import CycleWizard

        cycle_id = CycleWizard.ask(self, self._vault, self._jobs)
        if cycle_id is not None:
            self._say("")
            self._changed(cycle_id)
        return cycle_id

    def edit_cycle(self) -> None:
        from ehr_desktop.gui.kpi_cycle_wizard import CycleWizard

        cycle = self.current_cycle()
        if cycle is None or cycle.state != CycleState.OPEN:
            return
        if CycleWizard.ask(self, self._vault, self._jobs, cycle_id=cycle.id) is not None:
            self._say("")
        # Settings may have been saved even when the wizard was closed before generating.
        self._changed(cycle.id)

    def show_population(self) -> None:
        from ehr_desktop.gui.kpi_cycle_wizard import PopulationDialog

        cycle = self.current_cycle()
        if cycle is None:
            return
        if PopulationDialog.ask(self, self._vault, cycle.id, self._jobs):
            self._changed(cycle.id)
        else:
            self._current_changed()

    def finalize(self) -> bool:
        """Finalizes the chosen cycle; with unfinished forms the officer decides first."""
        cycle = self.current_cycle()
        if cycle is None or cycle.state != CycleState.OPEN:
            return False
        try:
            unfinished = kpi_cycles.unfinished_forms(self._vault, cycle.id)
        except EhrError as error:
            self._say(describe_kpi_error(error), "error")
            return False
        exclude = False
        if unfinished:
            choice = FinalizeDialog.ask(self, cycle.name, unfinished)
            if choice == FinalizeDialog.FINISH_FIRST:
                self._open_forms(None)
                return False
            if choice != FinalizeDialog.WITHOUT_THEM:
                return False
            exclude = True
        else:
            answer = QMessageBox.question(
                self,
                self.tr("Finalize cycle"),
                self.tr(
                    "Finalize “{name}”? Its {count} results are published into the employees' files. Changing them afterwards needs the cycle reopened, with a reason."
                ).format(name=cycle.name, count=count_text(cycle.forms)),
            )
            if answer != QMessageBox.StandardButton.Yes:
                return False
        try:
            report = kpi_cycles.finalize_cycle(self._vault, cycle.id, exclude_unfinished=exclude)
        except EhrError as error:
            self._say(describe_kpi_error(error), "error")
            return False
        if report.excluded:
            self._say(
                self.tr(
                    "“{name}” is finalized. {count} unfinished forms were left out of it."
                ).format(name=cycle.name, count=count_text(len(report.excluded)))
            )
        else:
            self._say(self.tr("“{name}” is finalized.").format(name=cycle.name))
        self._changed(cycle.id)
        return True

    def reopen(self) -> bool:
        cycle = self.current_cycle()
        if cycle is None or cycle.state != CycleState.FINALIZED:
            return False
        reason = ReasonDialog.ask(
            self,
            self.tr("Reopen cycle"),
            self.tr(
                "“{name}” opens again for changes. Its finalized forms stay finalized; changing one needs a reason of its own. Why is the cycle reopened?"
            ).format(name=cycle.name),
            button_text=self.tr("Reopen"),
        )
        if reason is None:
            return False
        try:
            kpi_cycles.reopen_cycle(self._vault, cycle.id, reason)
        except EhrError as error:
            self._say(describe_kpi_error(error), "error")
            return False
        self._say(self.tr("“{name}” is open again.").format(name=cycle.name))
        self._changed(cycle.id)
        return True

    def archive(self) -> bool:
        cycle = self.current_cycle()
        if cycle is None or cycle.state != CycleState.FINALIZED:
            return False
        answer = QMessageBox.question(
            self,
            self.tr("Archive cycle"),
            self.tr(
                "Archive “{name}”? Its finalized forms become read-only in the employees' files, and the cycle can no longer be reopened."
            ).format(name=cycle.name),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return False
        try:
            count = kpi_cycles.archive_cycle(self._vault, cycle.id)
        except EhrError as error:
            self._say(describe_kpi_error(error), "error")
            return False
        self._say(
            self.tr("“{name}” is archived with its {count} forms.").format(
                name=cycle.name, count=count_text(count)
            )
        )
        self._changed(cycle.id)
        return True

    def _open_forms(self, preset: FormFilter | None) -> None:
        cycle = self.current_cycle()
        if cycle is not None:
            self.open_forms.emit(cycle.id, preset)

    def export_results(self) -> None:
        cycle = self.current_cycle()
        if cycle is not None:
            export_cycle_results(self, self.export_runner, self._vault, cycle.id, cycle.name)

    def _open_calibration(self) -> None:
        cycle = self.current_cycle()
        if cycle is not None:
            self.open_calibration.emit(cycle.id)


# --- a cycle's forms --------------------------------------------------------------------------


@dataclass(frozen=True)
class SendOnResult:
    moved: int
    refused: tuple[tuple[int, str], ...]


class CycleFormsPage(QWidget):
    """A cycle's forms in a windowed table (paged from the services, so 10,000 forms scroll as
    quickly as 100): filters by department, step, overdue and a search; Enter opens a form;
    several selected forms can be sent on to their next step at once."""

    open_form = Signal(int)
    open_employee = Signal(int)
    changed = Signal()

    def __init__(
        self,
        vault: UnlockedVault,
        cycle_id: int,
        jobs: JobRunner | None = None,
        parent: QWidget | None = None,
        *,
        today: dt.date | None = None,
    ) -> None:
        super().__init__(parent)
        self._vault = vault
        self.cycle_id = cycle_id
        self._jobs = jobs
        self.today = today
        self._syncing = True
        self._query = FormFilter(cycle_id=cycle_id)
        self._job = None
        self.last_result: SendOnResult | None = None

        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(SEARCH_DELAY_MS)
        self._search_timer.timeout.connect(self._apply_widgets)

        self.model: WindowedTableModel[FormRow] = WindowedTableModel(form_columns(), self)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 8, 0, 0)
        layout.setSpacing(6)
        layout.addWidget(self._build_toolbar())
        layout.addWidget(self._build_filters())
        self.message_label = hint_label()
        self.message_label.hide()
        layout.addWidget(self.message_label)
        self.table = FrozenColumnTableView()
        self.table.setObjectName("formsTable")
        self.table.setModel(self.model)
        self.table.set_frozen_columns(2)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.doubleClicked.connect(self._open_index)
        self.table.installEventFilter(self)
        self.table.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.table.customContextMenuRequested.connect(self._show_menu)
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._update_actions())
        self._size_columns()
        self.empty = QWidget()
        empty_layout = QVBoxLayout(self.empty)
        empty_layout.setContentsMargins(8, 16, 8, 8)
        self.empty_label = hint_label()
        empty_layout.addWidget(self.empty_label)
        self.empty_clear_button = QPushButton(icon("funnel"), self.tr("Clear filters"))
        self.empty_clear_button.clicked.connect(self.clear_filters)
        empty_layout.addWidget(self.empty_clear_button, 0, Qt.AlignmentFlag.AlignLeft)
        empty_layout.addStretch(1)
        self.stack = QStackedWidget()
        self.stack.addWidget(self.table)
        self.stack.addWidget(self.empty)
        layout.addWidget(self.stack, 1)
        self._fill_departments()
        self._syncing = False
        self._load(self._query)

    def _build_toolbar(self) -> QToolBar:
        toolbar = QToolBar()
        toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        toolbar.setIconSize(QSize(18, 18))
        toolbar.setMovable(False)
        self.open_action = QAction(icon("file-text"), self.tr("Open form"), self)
        self.open_action.setToolTip(self.tr("Open the chosen form (Enter or double-click)"))
        self.open_action.triggered.connect(lambda: self._open_index(self.table.currentIndex()))
        self.send_on_action = QAction(icon("circle-play"), self.tr("Send on"), self)
        self.send_on_action.setToolTip(
            self.tr(
                "Move the chosen forms to their next step (drafts to self-assessment, and so on)"
            )
        )
        self.send_on_action.triggered.connect(lambda: self.send_on_selected())
        toolbar.addAction(self.open_action)
        toolbar.addAction(self.send_on_action)
        self.count_label = hint_label()
        self.count_label.setWordWrap(False)
        spacer = QWidget()
        spacer.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        toolbar.addWidget(spacer)
        toolbar.addWidget(self.count_label)
        return toolbar

    def _build_filters(self) -> QWidget:
        row = QWidget()
        line = QHBoxLayout(row)
        line.setContentsMargins(0, 0, 0, 0)
        line.setSpacing(6)
        self.search_edit = QLineEdit()
        self.search_edit.addAction(icon("search"), QLineEdit.ActionPosition.LeadingPosition)
        self.search_edit.setClearButtonEnabled(True)
        self.search_edit.setPlaceholderText(self.tr("Search number or name"))
        self.search_edit.setAccessibleName(self.tr("Search forms"))
        self.search_edit.textChanged.connect(lambda _text: self._search_timer.start())
        self.search_edit.returnPressed.connect(self._apply_widgets)
        line.addWidget(self.search_edit, 2)
        funnel = QLabel()
        funnel.setPixmap(icon("funnel").pixmap(16, 16))
        line.addWidget(funnel)
        self.department_combo = QComboBox()
        self.department_combo.setToolTip(self.tr("Department (with its sub-departments)"))
        self.department_combo.setAccessibleName(self.department_combo.toolTip())
        self.department_combo.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.department_combo.setMinimumContentsLength(12)
        self.department_combo.setMaxVisibleItems(20)
        self.department_combo.currentIndexChanged.connect(lambda _i: self._apply_widgets())
        line.addWidget(self.department_combo, 1)
        self.stage_combo = QComboBox()
        self.stage_combo.setToolTip(self.tr("Step of the workflow"))
        self.stage_combo.setAccessibleName(self.stage_combo.toolTip())
        self.stage_combo.addItem(self.tr("All steps"), None)
        for stage in Stage:
            self.stage_combo.addItem(label("kpi_stage", stage.value), stage.value)
        self.stage_combo.currentIndexChanged.connect(lambda _i: self._apply_widgets())
        line.addWidget(self.stage_combo)
        self.overdue_check = QCheckBox(self.tr("Overdue only"))
        self.overdue_check.setToolTip(self.tr("Only forms past the deadline of their step"))
        self.overdue_check.toggled.connect(lambda _checked: self._apply_widgets())
        line.addWidget(self.overdue_check)
        self.clear_link = QLabel()
        clear_text = self.tr("Clear filters")  # outside the f-string, where lupdate finds it
        self.clear_link.setText(f'<a href="clear">{clear_text}</a>')
        self.clear_link.linkActivated.connect(lambda _link: self.clear_filters())
        line.addWidget(self.clear_link)
        return row

    def _size_columns(self) -> None:
        metrics = self.table.fontMetrics()
        widths = {
            "employee_no": ("0", 9),
            "name": ("中", 5),
            "department": ("中", 10),
            "template": ("中", 11),
            "stage": ("中", 4),
            "reviewer": ("中", 4),
            "score": ("0", 7),
            "grade": ("0", 4),
            "due": ("0", 14),
        }
        header_metrics = self.table.horizontalHeader().fontMetrics()
        for number, column in enumerate(self.model.columns()):
            sample, characters = widths[column.key]
            width = metrics.horizontalAdvance(sample * characters) + 16
            width = max(width, header_metrics.horizontalAdvance(column.header) + 28)
            if column.key == "stage":
                # The longest step's name in this language ("Self-assessment", "自评").
                words = (label("kpi_stage", stage.value) for stage in Stage)
                width = max(width, *(metrics.horizontalAdvance(word) + 16 for word in words))
            self.table.setColumnWidth(number, width)
        self.table.horizontalHeader().setStretchLastSection(True)

    def _fill_departments(self) -> None:
        chosen = self.department_combo.currentData()
        self.department_combo.blockSignals(True)
        self.department_combo.clear()
        self.department_combo.addItem(self.tr("All departments"), None)
        for node in sorted(organization.tree(self._vault), key=lambda n: n.path):
            self.department_combo.addItem(node.path, node.id)
        index = self.department_combo.findData(chosen) if chosen is not None else 0
        self.department_combo.setCurrentIndex(max(index, 0))
        self.department_combo.blockSignals(False)

    # --- public -----------------------------------------------------------------------------

    def set_vault(self, vault: UnlockedVault) -> None:
        self._vault = vault
        self.refresh()

    def current_filter(self) -> FormFilter:
        if self._search_timer.isActive():
            self._apply_widgets()
        return self._query

    def set_filter(self, preset: FormFilter | None) -> None:
        """Shows the forms a preset finds (stage, overdue, department, search) in this cycle."""
        preset = preset or FormFilter()
        self._syncing = True
        try:
            wanted = preset.department_id
            if wanted is not None and self.department_combo.findData(wanted) < 0:
                self._fill_departments()
            self._select(self.department_combo, preset.department_id)
            self._select(self.stage_combo, preset.stage.value if preset.stage else None)
            self.overdue_check.setChecked(preset.overdue)
            self.search_edit.setText(preset.search)
        finally:
            self._syncing = False
        self._search_timer.stop()
        self._apply_widgets()

    def clear_filters(self) -> None:
        self.set_filter(None)

    def refresh(self) -> None:
        """Reads the forms again with the same filters, keeping the scroll position."""
        self._search_timer.stop()
        self._syncing = True
        try:
            self._fill_departments()
        finally:
            self._syncing = False
        self._load(self._query_from_widgets(), keep_position=True)

    def rows(self) -> list[FormRow]:
        """Every row the filters find (reads them all: for tests and small lists)."""
        return [self.model.row_at(row) for row in range(self.model.rowCount())]

    def selected_rows(self) -> list[FormRow]:
        rows = self.table.selectionModel().selectedRows()
        found = [index.data(WINDOW_ROW_ROLE) for index in rows]
        return [row for row in found if row is not None]

    def select_rows(self, positions: Sequence[int]) -> None:
        selection = self.table.selectionModel()
        selection.clearSelection()
        for position in positions:
            selection.select(
                self.model.index(position, 0),
                selection.SelectionFlag.Select | selection.SelectionFlag.Rows,
            )
        if positions:
            selection.setCurrentIndex(
                self.model.index(positions[0], 0), selection.SelectionFlag.NoUpdate
            )

    def focus_search(self) -> None:
        self.search_edit.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search_edit.selectAll()

    @property
    def running(self) -> bool:
        return self._job is not None

    # --- filters ----------------------------------------------------------------------------

    @staticmethod
    def _select(combo: QComboBox, value: object) -> None:
        index = combo.findData(value) if value is not None else 0
        combo.setCurrentIndex(max(index, 0))

    def _query_from_widgets(self) -> FormFilter:
        stage = self.stage_combo.currentData()
        return replace(
            self._query,
            department_id=self.department_combo.currentData(),
            stage=Stage(stage) if stage else None,
            overdue=self.overdue_check.isChecked(),
            search=self.search_edit.text().strip(),
        )

    def _apply_widgets(self) -> None:
        if self._syncing:
            return
        self._search_timer.stop()
        query = self._query_from_widgets()
        if query != self._query or self.model.source() is None:
            self._load(query)

    def _today_value(self) -> dt.date:
        return self.today or dt.date.today()

    def _load(self, query: FormFilter, *, keep_position: bool = False) -> None:
        self._query = query
        vertical = self.table.verticalScrollBar().value()
        self.model.set_source(FormsSource(self._vault, query, self._today_value()))
        count = self.model.rowCount()
        if count == 1:
            self.count_label.setText(self.tr("1 form"))
        else:
            self.count_label.setText(self.tr("{count} forms").format(count=count_text(count)))
        filtered = query != FormFilter(cycle_id=self.cycle_id)
        self.clear_link.setVisible(filtered)
        if count:
            self.stack.setCurrentWidget(self.table)
        else:
            if filtered:
                self.empty_label.setText(self.tr("No form matches the search or filters."))
            else:
                self.empty_label.setText(
                    self.tr(
                        "This cycle has no forms yet. Choose the cycle on the Cycles tab and use Population to generate them."
                    )
                )
            self.empty_clear_button.setVisible(filtered)
            self.stack.setCurrentWidget(self.empty)
        if keep_position and count:
            self.table.updateGeometries()
            self.table.verticalScrollBar().setValue(vertical)
        self._update_actions()

    def _update_actions(self) -> None:
        selected = self.table.selectionModel().hasSelection()
        self.open_action.setEnabled(self.table.currentIndex().isValid() and not self.running)
        self.send_on_action.setEnabled(selected and not self.running)

    # --- opening ----------------------------------------------------------------------------

    def _open_index(self, index: QModelIndex) -> None:
        row = index.data(WINDOW_ROW_ROLE) if index.isValid() else None
        if row is not None:
            self.open_form.emit(row.id)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            watched is self.table
            and event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
        ):
            self._open_index(self.table.currentIndex())
            return True
        return super().eventFilter(watched, event)

    def row_menu(self) -> QMenu:
        menu = QMenu(self)
        menu.addAction(self.open_action)
        menu.setDefaultAction(self.open_action)
        menu.addAction(self.send_on_action)
        row = self.table.currentIndex().data(WINDOW_ROW_ROLE)
        if row is not None:
            menu.addSeparator()
            file_action = menu.addAction(icon("user-round"), self.tr("Open employee file"))
            file_action.triggered.connect(lambda: self.open_employee.emit(row.employee_id))
        return menu

    def _show_menu(self, position) -> None:
        if not self.table.indexAt(position).isValid():
            return
        menu = self.row_menu()
        menu.exec(self.table.viewport().mapToGlobal(position))
        menu.deleteLater()

    # --- sending on -------------------------------------------------------------------------

    def send_on_selected(self) -> None:
        """Advances the selected forms (bulk, one unit of work); refusals are listed in words."""
        if self.running:
            return
        model_rows = self.model.rowCount()
        selected = self.table.selectionModel().selectedRows()
        if not selected:
            return
        vault, query, today = self._vault, self._query, self._today_value()
        if len(selected) == model_rows:
            # Everything shown (Ctrl+A): the ids come from the filter, not block by block.
            names: dict[int, str] | None = None

            def ids() -> list[int]:
                return [row.id for row in kpi_forms.list_forms(vault, query, today=today)]
        else:
            rows = self.selected_rows()
            names = {row.id: row.name for row in rows}
            wanted = [row.id for row in rows]

            def ids() -> list[int]:
                return wanted

        def work(_progress: object) -> tuple[SendOnResult, dict[int, str]]:
            form_ids = ids()
            moved = kpi_forms.advance_forms(vault, form_ids)
            known = names
            if known is None:
                refused = {form_id for form_id, _rule in moved.refused}
                known = {
                    row.id: row.name
                    for row in kpi_forms.list_forms(vault, query, today=today)
                    if row.id in refused
                }
            return SendOnResult(moved.moved, moved.refused), known

        self._say(self.tr("Sending on…"))
        if self._jobs is None:
            try:
                result = work(None)
            except EhrError as error:
                self._failed(error)
                return
            self._sent(result)
            return
        self._job = self._jobs.start(work, on_success=self._sent, on_error=self._failed)
        self._update_actions()

    def _sent(self, value: tuple[SendOnResult, dict[int, str]]) -> None:
        self._job = None
        result, names = value
        self.last_result = result
        self._say(self.send_on_report(result, names), "warning" if result.refused else "hint")
        self._load(self._query_from_widgets(), keep_position=True)
        if result.moved:
            self.changed.emit()

    def _failed(self, error: BaseException) -> None:
        self._job = None
        self._say(describe_kpi_error(error), "error")
        self._update_actions()

    def send_on_report(self, result: SendOnResult, names: dict[int, str]) -> str:
        """What happened, in words: how many moved, and why the others could not."""
        if result.moved == 1:
            parts = [self.tr("1 form was sent on to its next step.")]
        else:
            parts = [
                self.tr("{count} forms were sent on to their next step.").format(
                    count=count_text(result.moved)
                )
            ]
        by_rule: dict[str, list[int]] = {}
        for form_id, rule in result.refused:
            by_rule.setdefault(rule, []).append(form_id)
        for rule, form_ids in by_rule.items():
            who = [names[form_id] for form_id in form_ids if names.get(form_id)]
            people = self.tr(", ").join(who[:5])
            if len(who) > 5:
                people = self.tr("{names} and {more} more").format(
                    names=people, more=count_text(len(who) - 5)
                )
            reason = (
                self.tr("The form no longer exists.") if rule == "not_found" else describe_kpi(rule)
            )
            parts.append(
                self.tr("{count} not sent on ({names}): {reason}").format(
                    count=count_text(len(form_ids)), names=people, reason=reason
                )
            )
        return "\n".join(parts)

    def _say(self, text: str, role: str = "hint") -> None:
        self.message_label.setText(text)
        set_role(self.message_label, role)
        self.message_label.setVisible(bool(text))

    def message(self) -> str:
        return self.message_label.text()
