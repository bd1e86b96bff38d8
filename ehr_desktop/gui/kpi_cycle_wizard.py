"""The cycle wizard: name, period and deadlines; grade bands and quotas; who is appraised; the
population preview with changes by hand; then the forms generated in the background. Also the
population dialog the cycles page opens for an existing cycle."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Mapping, Sequence
from decimal import Decimal
from enum import IntEnum
from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QDate,
    QLocale,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QColor, QGuiApplication, QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QRadioButton,
    QSpinBox,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from ehr_desktop.domain.errors import EhrError, InvalidInput
from ehr_desktop.domain.kpi import (
    DEFAULT_GRADES,
    DepartmentRule,
    GradeBand,
    GradeScale,
    KpiRefused,
    MatchStatus,
    Operator,
    Quota,
    Stage,
)
from ehr_desktop.gui import formats
from ehr_desktop.gui.icons import icon
from ehr_desktop.gui.labels import choices, label
from ehr_desktop.gui.list_table_model import ROW_ROLE, SORT_ROLE, Column, ListTableModel
from ehr_desktop.gui.messages import describe_kpi, describe_kpi_error
from ehr_desktop.gui.reminders_panel import tone
from ehr_desktop.gui.roles import error_label, hint_label, set_role
from ehr_desktop.gui.worker import JobRunner
from ehr_desktop.services import kpi_cycles, kpi_templates, organization
from ehr_desktop.services.kpi_cycles import (
    Candidate,
    CycleInput,
    CycleState,
    GenerationReport,
    PopulationPreview,
    PopulationRule,
)
from ehr_desktop.services.vaults import UnlockedVault

_LEFT = Qt.AlignmentFlag.AlignLeft
_RIGHT = Qt.AlignmentFlag.AlignRight
_DISPLAY = Qt.ItemDataRole.DisplayRole
_EDIT = Qt.ItemDataRole.EditRole
_TOOLTIP = Qt.ItemDataRole.ToolTipRole
_ALIGNMENT = Qt.ItemDataRole.TextAlignmentRole
_FOREGROUND = Qt.ItemDataRole.ForegroundRole
_CHECK = Qt.ItemDataRole.CheckStateRole
_ROOT = QModelIndex()
# What an editable cell is edited with: ("number", minimum, maximum, decimals) or
# ("choice", ((text, value), …)); anything else gets a line edit.
EDITOR_ROLE = Qt.ItemDataRole.UserRole + 10
DEADLINE_STAGES = (Stage.SELF_ASSESSMENT, Stage.MANAGER_REVIEW, Stage.HR_REVIEW)
# Default deadlines: days after the period's end (or today, when that is later).
DEADLINE_DAYS = {Stage.SELF_ASSESSMENT: 14, Stage.MANAGER_REVIEW: 21, Stage.HR_REVIEW: 28}
DEFAULT_THRESHOLD = Decimal(60)
MAX_SCORE = 1000  # far above any template's total with bonuses
_SPLIT_GRADES = re.compile(r"[\s,，、;；/]+")


def _date(value: QDate) -> dt.date:
    return dt.date(value.year(), value.month(), value.day())


def _qdate(value: dt.date) -> QDate:
    return QDate(value.year, value.month, value.day)


def _decimal(value: float) -> Decimal:
    """A spin box's value as the services keep it: 95, 72.5 (never 95.00 or 1E+2)."""
    number = Decimal(f"{value:.2f}")
    if number == number.to_integral_value():
        return number.quantize(Decimal(1))
    return number.normalize()


def _muted() -> QColor:
    return QGuiApplication.palette().color(QPalette.ColorRole.PlaceholderText)


def _number_text(value: Decimal | None) -> str:
    if value is None:
        return ""
    return QLocale().toString(float(value), "f", 2 if value != value.to_integral() else 0)


def _count(count: int) -> str:
    return QLocale().toString(count)


def _date_edit(value: dt.date) -> QDateEdit:
    edit = QDateEdit(_qdate(value))
    edit.setCalendarPopup(True)
    edit.setDisplayFormat(formats.date_format())
    return edit


def _table(view: QTableView) -> QTableView:
    view.setAlternatingRowColors(True)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.verticalHeader().hide()
    view.verticalHeader().setDefaultSectionSize(int(view.fontMetrics().height() * 1.7))
    view.horizontalHeader().setHighlightSections(False)
    view.horizontalHeader().setStretchLastSection(True)
    view.setEditTriggers(
        QAbstractItemView.EditTrigger.DoubleClicked
        | QAbstractItemView.EditTrigger.EditKeyPressed
        | QAbstractItemView.EditTrigger.AnyKeyPressed
        | QAbstractItemView.EditTrigger.SelectedClicked
    )
    return view


class SettingsDelegate(QStyledItemDelegate):
    """Edits a cell with what the model's EDITOR_ROLE asks for: a spin box or a combo."""

    def createEditor(
        self,
        parent: QWidget,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> QWidget:
        kind = index.data(EDITOR_ROLE)
        if kind and kind[0] == "number":
            _kind, minimum, maximum, decimals = kind
            editor = QDoubleSpinBox(parent)
            editor.setRange(minimum, maximum)
            editor.setDecimals(decimals)
            editor.setFrame(False)
            return editor
        if kind and kind[0] == "choice":
            editor = QComboBox(parent)
            for text, value in kind[1]:
                editor.addItem(text, value)
            editor.setFrame(False)
            return editor
        return super().createEditor(parent, option, index)

    def setEditorData(self, editor: QWidget, index: QModelIndex | QPersistentModelIndex) -> None:
        value = index.data(_EDIT)
        if isinstance(editor, QDoubleSpinBox):
            editor.setValue(float(value or 0))
        elif isinstance(editor, QComboBox):
            editor.setCurrentIndex(max(editor.findData(value), 0))
        else:
            super().setEditorData(editor, index)

    def setModelData(
        self,
        editor: QWidget,
        model: QAbstractTableModel,
        index: QModelIndex | QPersistentModelIndex,
    ) -> None:
        if isinstance(editor, QDoubleSpinBox):
            model.setData(index, _decimal(editor.value()), _EDIT)
        elif isinstance(editor, QComboBox):
            model.setData(index, editor.currentData(), _EDIT)
        else:
            super().setModelData(editor, model, index)


# --- grade bands ------------------------------------------------------------------------------


class GradeColumn(IntEnum):
    NAME = 0
    FROM = 1


class GradeBandModel(QAbstractTableModel):
    """The cycle's grades from the best down; the last one is what falls below all bands."""

    HEADERS = (
        QT_TRANSLATE_NOOP("GradeBandModel", "Grade"),
        QT_TRANSLATE_NOOP("GradeBandModel", "From score"),
    )
    TIPS = (
        QT_TRANSLATE_NOOP("GradeBandModel", "The grade's name, for example S, A, B"),
        QT_TRANSLATE_NOOP("GradeBandModel", "A score at least this reaches the grade"),
    )

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._bands: list[list[Any]] = []  # [name, lower bound]
        self._lowest = ""
        self.set_scale(DEFAULT_GRADES)

    def set_scale(self, scale: GradeScale) -> None:
        self.beginResetModel()
        self._bands = [[band.name, band.lower_bound] for band in scale.bands]
        self._lowest = scale.lowest
        self.endResetModel()

    def scale(self) -> GradeScale:
        return GradeScale(
            tuple(GradeBand(name.strip(), bound) for name, bound in self._bands),
            self._lowest.strip(),
        )

    def add_band(self) -> int:
        """A new band above the lowest grade, 10 below the band before it; its row."""
        row = len(self._bands)
        previous = self._bands[-1][1] if self._bands else Decimal(70)
        self.beginInsertRows(_ROOT, row, row)
        self._bands.append(["", max(Decimal(0), previous - 10)])
        self.endInsertRows()
        return row

    def remove_band(self, row: int) -> bool:
        if not 0 <= row < len(self._bands):
            return False  # the lowest grade stays: someone always falls below the bands
        self.beginRemoveRows(_ROOT, row, row)
        del self._bands[row]
        self.endRemoveRows()
        return True

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = _ROOT) -> int:
        return 0 if parent.isValid() else len(self._bands) + 1

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = _ROOT) -> int:
        return 0 if parent.isValid() else len(GradeColumn)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = _DISPLAY) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(self.HEADERS):
            return None
        if role == _DISPLAY:
            return QCoreApplication.translate("GradeBandModel", self.HEADERS[section])
        if role == _TOOLTIP:
            return QCoreApplication.translate("GradeBandModel", self.TIPS[section])
        return None

    def _is_lowest(self, row: int) -> bool:
        return row == len(self._bands)

    def flags(self, index: QModelIndex | QPersistentModelIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if not (self._is_lowest(index.row()) and index.column() == GradeColumn.FROM):
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = _DISPLAY) -> Any:
        if not index.isValid() or not 0 <= index.row() < self.rowCount():
            return None
        row, column = index.row(), index.column()
        lowest = self._is_lowest(row)
        if column == GradeColumn.NAME:
            name = self._lowest if lowest else self._bands[row][0]
            return name if role in (_DISPLAY, _EDIT, _TOOLTIP) else None
        if role in (_DISPLAY, _TOOLTIP):
            if lowest:
                return QCoreApplication.translate("GradeBandModel", "below the others")
            return _number_text(self._bands[row][1])
        if role == _EDIT and not lowest:
            return self._bands[row][1]
        if role == EDITOR_ROLE and not lowest:
            return ("number", 0, MAX_SCORE, 2)
        if role == _ALIGNMENT:
            return int(_RIGHT | Qt.AlignmentFlag.AlignVCenter)
        if role == _FOREGROUND and lowest:
            return _muted()
        return None

    def setData(
        self, index: QModelIndex | QPersistentModelIndex, value: Any, role: int = _EDIT
    ) -> bool:
        if role != _EDIT or not index.isValid():
            return False
        row, column = index.row(), index.column()
        if column == GradeColumn.NAME:
            text = str(value or "").strip()
            if self._is_lowest(row):
                self._lowest = text
            else:
                self._bands[row][0] = text
        elif not self._is_lowest(row):
            bound = Decimal(str(value))
            if bound == self._bands[row][1]:
                return True  # kept as stored: an unchanged scale must not regrade the cycle
            self._bands[row][1] = bound
        else:
            return False
        self.dataChanged.emit(index, index)
        return True


# --- quotas -----------------------------------------------------------------------------------


class QuotaColumn(IntEnum):
    GRADES = 0
    LIMIT = 1
    SHARE = 2


OPERATOR_WORDS = {
    Operator.AT_MOST: QT_TRANSLATE_NOOP("QuotaModel", "at most"),
    Operator.AT_LEAST: QT_TRANSLATE_NOOP("QuotaModel", "at least"),
}


def grades_of(text: str) -> tuple[str, ...]:
    """ "S, A" (or "S A", "S、A") → ("S", "A")."""
    return tuple(part for part in _SPLIT_GRADES.split(text.strip()) if part)


class QuotaModel(QAbstractTableModel):
    """Optional limits on the share of grades (shown in calibration, never enforced)."""

    HEADERS = (
        QT_TRANSLATE_NOOP("QuotaModel", "Grades"),
        QT_TRANSLATE_NOOP("QuotaModel", "Limit"),
        QT_TRANSLATE_NOOP("QuotaModel", "Share (%)"),
    )
    TIPS = (
        QT_TRANSLATE_NOOP("QuotaModel", "The grades counted together, for example S, A"),
        QT_TRANSLATE_NOOP("QuotaModel", "At most or at least"),
        QT_TRANSLATE_NOOP("QuotaModel", "Percent of the cycle's results"),
    )

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[list[Any]] = []  # [grades text, operator, share]

    def set_quotas(self, quotas: Sequence[Quota]) -> None:
        self.beginResetModel()
        self._rows = [[", ".join(q.grades), q.operator, q.share] for q in quotas]
        self.endResetModel()

    def quotas(self) -> tuple[Quota, ...]:
        return tuple(Quota(grades_of(text), op, share) for text, op, share in self._rows)

    def add_quota(self, grades: str = "S", operator: Operator = Operator.AT_MOST) -> int:
        row = len(self._rows)
        self.beginInsertRows(_ROOT, row, row)
        self._rows.append([grades, operator, Decimal(10)])
        self.endInsertRows()
        return row

    def remove_quota(self, row: int) -> bool:
        if not 0 <= row < len(self._rows):
            return False
        self.beginRemoveRows(_ROOT, row, row)
        del self._rows[row]
        self.endRemoveRows()
        return True

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = _ROOT) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = _ROOT) -> int:
        return 0 if parent.isValid() else len(QuotaColumn)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = _DISPLAY) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(self.HEADERS):
            return None
        if role == _DISPLAY:
            return QCoreApplication.translate("QuotaModel", self.HEADERS[section])
        if role == _TOOLTIP:
            return QCoreApplication.translate("QuotaModel", self.TIPS[section])
        return None

    def flags(self, index: QModelIndex | QPersistentModelIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsEditable

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = _DISPLAY) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        grades, operator, share = self._rows[index.row()]
        column = index.column()
        if column == QuotaColumn.GRADES:
            return grades if role in (_DISPLAY, _EDIT, _TOOLTIP) else None
        if column == QuotaColumn.LIMIT:
            if role in (_DISPLAY, _TOOLTIP):
                return QCoreApplication.translate("QuotaModel", OPERATOR_WORDS[operator])
            if role == _EDIT:
                return operator.value
            if role == EDITOR_ROLE:
                return (
                    "choice",
                    tuple(
                        (QCoreApplication.translate("QuotaModel", text), op.value)
                        for op, text in OPERATOR_WORDS.items()
                    ),
                )
            return None
        if role in (_DISPLAY, _TOOLTIP):
            return _number_text(share)
        if role == _EDIT:
            return share
        if role == EDITOR_ROLE:
            return ("number", 0, 100, 1)
        if role == _ALIGNMENT:
            return int(_RIGHT | Qt.AlignmentFlag.AlignVCenter)
        return None

    def setData(
        self, index: QModelIndex | QPersistentModelIndex, value: Any, role: int = _EDIT
    ) -> bool:
        if role != _EDIT or not index.isValid() or not 0 <= index.row() < len(self._rows):
            return False
        row = self._rows[index.row()]
        if index.column() == QuotaColumn.GRADES:
            row[0] = str(value or "").strip()
        elif index.column() == QuotaColumn.LIMIT:
            row[1] = Operator(value)
        else:
            share = Decimal(str(value))
            if share == row[2]:
                return True
            row[2] = share
        self.dataChanged.emit(index, index)
        return True


# --- scope: departments -----------------------------------------------------------------------


class ScopeModel(QAbstractTableModel):
    """The departments a cycle appraises (empty: the whole company), each with or without its
    sub-departments (a checkbox)."""

    HEADERS = (
        QT_TRANSLATE_NOOP("ScopeModel", "Department"),
        QT_TRANSLATE_NOOP("ScopeModel", "With sub-departments"),
    )

    def __init__(self, paths: Mapping[int, str], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._paths = dict(paths)
        self._rows: list[list[Any]] = []  # [department id, with sub-departments]

    def set_rules(self, rules: Sequence[DepartmentRule]) -> None:
        self.beginResetModel()
        self._rows = [[rule.department_id, rule.include_subdepartments] for rule in rules]
        self.endResetModel()

    def rules(self) -> tuple[DepartmentRule, ...]:
        return tuple(DepartmentRule(department_id, sub) for department_id, sub in self._rows)

    def add(self, department_id: int) -> int:
        for row, (known, _sub) in enumerate(self._rows):
            if known == department_id:
                return row
        row = len(self._rows)
        self.beginInsertRows(_ROOT, row, row)
        self._rows.append([department_id, True])
        self.endInsertRows()
        return row

    def remove(self, row: int) -> bool:
        if not 0 <= row < len(self._rows):
            return False
        self.beginRemoveRows(_ROOT, row, row)
        del self._rows[row]
        self.endRemoveRows()
        return True

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = _ROOT) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = _ROOT) -> int:
        return 0 if parent.isValid() else 2

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = _DISPLAY) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == _DISPLAY and 0 <= section < 2:
            return QCoreApplication.translate("ScopeModel", self.HEADERS[section])
        return None

    def flags(self, index: QModelIndex | QPersistentModelIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if index.column() == 1:
            flags |= Qt.ItemFlag.ItemIsUserCheckable
        return flags

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = _DISPLAY) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        department_id, sub = self._rows[index.row()]
        if index.column() == 0 and role in (_DISPLAY, _TOOLTIP):
            return self._paths.get(department_id, str(department_id))
        if index.column() == 1 and role == _CHECK:
            return Qt.CheckState.Checked if sub else Qt.CheckState.Unchecked
        return None

    def setData(
        self, index: QModelIndex | QPersistentModelIndex, value: Any, role: int = _EDIT
    ) -> bool:
        if role != _CHECK or index.column() != 1 or not 0 <= index.row() < len(self._rows):
            return False
        checked = value in (Qt.CheckState.Checked, Qt.CheckState.Checked.value, True, 2)
        self._rows[index.row()][1] = checked
        self.dataChanged.emit(index, index)
        return True


# --- the population ---------------------------------------------------------------------------


class CandidateColumn(IntEnum):
    EMPLOYEE_NO = 0
    NAME = 1
    DEPARTMENT = 2
    APPRAISED = 3
    WHY = 4
    TEMPLATE = 5
    FORM = 6
    POSITION = 7
    STATUS = 8


CANDIDATE_COLUMNS = {
    CandidateColumn.EMPLOYEE_NO: Column(QT_TRANSLATE_NOOP("CandidateModel", "Employee no."), QT_TRANSLATE_NOOP("CandidateModel", "The employee's number"), _LEFT),
    CandidateColumn.NAME: Column(QT_TRANSLATE_NOOP("CandidateModel", "Name"), QT_TRANSLATE_NOOP("CandidateModel", "The employee's name"), _LEFT),
    CandidateColumn.DEPARTMENT: Column(QT_TRANSLATE_NOOP("CandidateModel", "Department"), QT_TRANSLATE_NOOP("CandidateModel", "The employee's department now"), _LEFT),
    CandidateColumn.POSITION: Column(QT_TRANSLATE_NOOP("CandidateModel", "Position"), QT_TRANSLATE_NOOP("CandidateModel", "The employee's position now"), _LEFT),
    CandidateColumn.STATUS: Column(QT_TRANSLATE_NOOP("CandidateModel", "Status"), QT_TRANSLATE_NOOP("CandidateModel", "Employment status now"), _LEFT),
    CandidateColumn.APPRAISED: Column(QT_TRANSLATE_NOOP("CandidateModel", "Appraised"), QT_TRANSLATE_NOOP("CandidateModel", "Whether the cycle appraises this person"), _LEFT),
    CandidateColumn.WHY: Column(QT_TRANSLATE_NOOP("CandidateModel", "Why"), QT_TRANSLATE_NOOP("CandidateModel", "The rule, or your change by hand, that decides it"), _LEFT),
    CandidateColumn.TEMPLATE: Column(QT_TRANSLATE_NOOP("CandidateModel", "Template"), QT_TRANSLATE_NOOP("CandidateModel", "The template the person's form uses: the most specific that fits, or the one you chose"), _LEFT),
    CandidateColumn.FORM: Column(QT_TRANSLATE_NOOP("CandidateModel", "Form"), QT_TRANSLATE_NOOP("CandidateModel", "Whether the person already has a form in this cycle"), _LEFT),
}  # fmt: skip


class CandidateModel(ListTableModel[Candidate]):
    """Everyone in the cycle's scope, in or out and why, with the template each would get."""

    CONTEXT = "CandidateModel"
    COLUMNS = CANDIDATE_COLUMNS

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.template_names: dict[int, str] = {}
        self.chosen: dict[int, int] = {}  # employee → template picked by hand

    def key_of(self, row: Candidate) -> Any:
        return row.employee_id

    def cell(self, row: Candidate, column: CandidateColumn, role: int) -> Any:
        if role in (_DISPLAY, _TOOLTIP):
            return self.text(row, column)
        if role == SORT_ROLE:
            if column == CandidateColumn.APPRAISED:
                return 0 if row.included else 1
            return self.text(row, column)
        if role == _FOREGROUND:
            if (
                column == CandidateColumn.TEMPLATE
                and row.included
                and row.match != MatchStatus.MATCHED
            ):
                return tone("soon")
            if not row.included:
                return _muted()
        return None

    def text(self, row: Candidate, column: CandidateColumn) -> str:
        if column == CandidateColumn.EMPLOYEE_NO:
            return row.employee_no
        if column == CandidateColumn.NAME:
            return row.name
        if column == CandidateColumn.DEPARTMENT:
            return row.department
        if column == CandidateColumn.POSITION:
            return row.position
        if column == CandidateColumn.STATUS:
            return label("status", row.status)
        if column == CandidateColumn.APPRAISED:
            return self.tr("Yes") if row.included else self.tr("No")
        if column == CandidateColumn.WHY:
            return label("kpi_population", row.reason.value)
        if column == CandidateColumn.TEMPLATE:
            return self.template_text(row)
        return self.tr("Has a form") if row.form_id is not None else ""

    def template_text(self, row: Candidate) -> str:
        if not row.included:
            return ""
        if row.match == MatchStatus.NONE:
            return self.tr("None fits")
        if row.match == MatchStatus.AMBIGUOUS:
            names = [self.template_names.get(t, str(t)) for t in row.tied]
            return self.tr("Several: {names}").format(names=self.tr(", ").join(names))
        if row.employee_id in self.chosen:
            return self.tr("{name} (chosen)").format(name=row.template)
        return row.template


class CandidateFilter(IntEnum):
    EVERYONE = 0
    APPRAISED = 1
    NOT_APPRAISED = 2
    NO_TEMPLATE = 3
    SEVERAL = 4


CANDIDATE_FILTERS = {
    CandidateFilter.EVERYONE: QT_TRANSLATE_NOOP("PopulationPreviewPanel", "Everyone in scope"),
    CandidateFilter.APPRAISED: QT_TRANSLATE_NOOP("PopulationPreviewPanel", "Appraised"),
    CandidateFilter.NOT_APPRAISED: QT_TRANSLATE_NOOP("PopulationPreviewPanel", "Not appraised"),
    CandidateFilter.NO_TEMPLATE: QT_TRANSLATE_NOOP("PopulationPreviewPanel", "No template fits"),
    CandidateFilter.SEVERAL: QT_TRANSLATE_NOOP("PopulationPreviewPanel", "Several templates fit"),
}


class CandidateProxy(QSortFilterProxyModel):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.mode = CandidateFilter.EVERYONE
        self.search = ""

    def set_filter(self, mode: CandidateFilter, search: str) -> None:
        self.beginFilterChange()
        self.mode = mode
        self.search = search.strip().lower()
        self.endFilterChange()

    def filterAcceptsRow(
        self, source_row: int, source_parent: QModelIndex | QPersistentModelIndex
    ) -> bool:
        model = self.sourceModel()
        row: Candidate | None = model.row_at(source_row)  # type: ignore[attr-defined]
        if row is None:
            return False
        mode = self.mode
        if mode == CandidateFilter.APPRAISED and not row.included:
            return False
        if mode == CandidateFilter.NOT_APPRAISED and row.included:
            return False
        if mode == CandidateFilter.NO_TEMPLATE and not (
            row.included and row.match == MatchStatus.NONE
        ):
            return False
        if mode == CandidateFilter.SEVERAL and not (
            row.included and row.match == MatchStatus.AMBIGUOUS
        ):
            return False
        if self.search:
            return self.search in row.employee_no.lower() or self.search in row.name.lower()
        return True


def preview_summary(preview: PopulationPreview) -> str:
    text = QCoreApplication.translate(
        "PopulationPreviewPanel",
        "{included} appraised, {excluded} not. Template: {matched} found, {none} none, {several} several.",
    ).format(
        included=_count(preview.included),
        excluded=_count(preview.excluded),
        matched=_count(preview.matched),
        none=_count(preview.unmatched),
        several=_count(preview.ambiguous),
    )
    if preview.with_form:
        text += " " + QCoreApplication.translate(
            "PopulationPreviewPanel", "{count} already have a form."
        ).format(count=_count(preview.with_form))
    return text


def generation_summary(report: GenerationReport) -> str:
    """What generating made, and who still has no form and why, in words."""
    separator = QCoreApplication.translate("CycleWizard", ", ")
    if report.created == 1:
        parts = [QCoreApplication.translate("CycleWizard", "1 form was made.")]
    else:
        parts = [
            QCoreApplication.translate("CycleWizard", "{count} forms were made.").format(
                count=_count(report.created)
            )
        ]
    if report.by_template:
        parts.append(
            QCoreApplication.translate("CycleWizard", "By template: {templates}.").format(
                templates=separator.join(
                    f"{name} {_count(count)}" for name, count in sorted(report.by_template.items())
                )
            )
        )
    if report.already:
        parts.append(
            QCoreApplication.translate(
                "CycleWizard", "{count} people already had a form; theirs were left as they were."
            ).format(count=_count(report.already))
        )
    if report.unmatched:
        parts.append(
            QCoreApplication.translate(
                "CycleWizard", "No template fits {count} people, so they have no form: {names}."
            ).format(
                count=_count(len(report.unmatched)),
                names=separator.join(c.name for c in report.unmatched[:8]),
            )
        )
    if report.ambiguous:
        parts.append(
            QCoreApplication.translate(
                "CycleWizard",
                "Several templates fit {count} people equally, so they have no form: {names}.",
            ).format(
                count=_count(len(report.ambiguous)),
                names=separator.join(c.name for c in report.ambiguous[:8]),
            )
        )
    if report.unmatched or report.ambiguous:
        parts.append(
            QCoreApplication.translate(
                "CycleWizard", "Choose their template in the population and generate again."
            )
        )
    return "\n".join(parts)


class PopulationPreviewPanel(QWidget):
    """The population preview (nothing written): everyone in scope, in or out and why, and the
    template each gets; includes, excludes and template choices by hand."""

    started = Signal()
    loaded = Signal()
    changed = Signal()  # a change by hand was saved

    def __init__(
        self, vault: UnlockedVault, jobs: JobRunner | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._vault = vault
        self._jobs = jobs
        self.cycle_id: int | None = None
        self.preview: PopulationPreview | None = None
        self.choices: dict[int, int] = {}
        self.editable = False
        self.busy = False
        self._request = 0

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(6)
        self.summary_label = QLabel()
        self.summary_label.setWordWrap(True)
        layout.addWidget(self.summary_label)
        filters = QHBoxLayout()
        filters.setSpacing(6)
        self.search_edit = QLineEdit()
        self.search_edit.addAction(icon("search"), QLineEdit.ActionPosition.LeadingPosition)
        self.search_edit.setClearButtonEnabled(True)
        self.search_edit.setPlaceholderText(self.tr("Search number or name"))
        self.search_edit.textChanged.connect(lambda _text: self._filter())
        filters.addWidget(self.search_edit, 1)
        self.filter_combo = QComboBox()
        for mode, text in CANDIDATE_FILTERS.items():
            self.filter_combo.addItem(
                QCoreApplication.translate("PopulationPreviewPanel", text), int(mode)
            )
        self.filter_combo.currentIndexChanged.connect(lambda _index: self._filter())
        filters.addWidget(self.filter_combo)
        layout.addLayout(filters)

        self.model = CandidateModel(self)
        self.proxy = CandidateProxy(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setSortRole(SORT_ROLE)
        self.table = QTableView()
        self.table.setModel(self.proxy)
        self.table.setAlternatingRowColors(True)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(CandidateColumn.EMPLOYEE_NO, Qt.SortOrder.AscendingOrder)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(
            int(self.table.fontMetrics().height() * 1.6)
        )
        header = self.table.horizontalHeader()
        header.setHighlightSections(False)
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setResizeContentsPrecision(200)
        header.setStretchLastSection(True)
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._update_buttons())
        layout.addWidget(self.table, 1)

        buttons = QHBoxLayout()
        buttons.setSpacing(6)
        self.include_button = QPushButton(icon("user-plus"), self.tr("Include"))
        self.include_button.setToolTip(self.tr("Appraise the chosen people whatever the rules say"))
        self.include_button.clicked.connect(lambda: self.set_selected_by_hand(True))
        self.exclude_button = QPushButton(icon("user-minus"), self.tr("Exclude"))
        self.exclude_button.setToolTip(
            self.tr("Leave the chosen people out whatever the rules say")
        )
        self.exclude_button.clicked.connect(lambda: self.set_selected_by_hand(False))
        self.rules_button = QPushButton(icon("undo-2"), self.tr("Back to the rules"))
        self.rules_button.setToolTip(self.tr("Undo your change by hand for the chosen people"))
        self.rules_button.clicked.connect(lambda: self.set_selected_by_hand(None))
        self.template_button = QPushButton(icon("file-pen-line"), self.tr("Choose template…"))
        self.template_button.setToolTip(
            self.tr("Pick the template for the chosen people (for those none or several fit)")
        )
        self.template_button.clicked.connect(lambda: self.choose_template())
        for button in (
            self.include_button,
            self.exclude_button,
            self.rules_button,
            self.template_button,
        ):
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout.addLayout(buttons)
        self.error_label = error_label()
        self.error_label.hide()
        layout.addWidget(self.error_label)
        self._update_buttons()

    # --- loading ----------------------------------------------------------------------------

    def set_vault(self, vault: UnlockedVault) -> None:
        self._vault = vault

    def load(self, cycle_id: int) -> None:
        """Reads the preview (in the background when a job runner was given)."""
        self.cycle_id = cycle_id
        self._request += 1
        request = self._request
        vault, chosen = self._vault, dict(self.choices)
        self.busy = True
        self.summary_label.setText(self.tr("Working out who the cycle appraises…"))
        self._update_buttons()
        self.started.emit()

        def work(_progress: object) -> tuple[PopulationPreview, bool, dict[int, str]]:
            detail = kpi_cycles.get_cycle(vault, cycle_id)
            found = kpi_cycles.preview_population(vault, cycle_id, choices=chosen)
            names = {
                t.id: t.name for t in kpi_templates.list_templates(vault, include_retired=True)
            }
            return found, detail.state == CycleState.OPEN, names

        if self._jobs is None:
            try:
                result = work(None)
            except EhrError as error:
                self._failed(request, error)
                return
            self._loaded(request, result)
        else:
            self._jobs.start(
                work,
                on_success=lambda result: self._loaded(request, result),
                on_error=lambda error: self._failed(request, error),
            )

    def _loaded(self, request: int, result: tuple[PopulationPreview, bool, dict[int, str]]) -> None:
        if request != self._request:
            return
        preview, editable, names = result
        self.busy = False
        self.preview = preview
        self.editable = editable
        self.model.template_names = names
        self.model.chosen = dict(self.choices)
        self.model.set_rows(preview.candidates)
        self.summary_label.setText(preview_summary(preview))
        self._filter()
        self._update_buttons()
        self.loaded.emit()

    def _failed(self, request: int, error: BaseException) -> None:
        if request != self._request:
            return
        self.busy = False
        self.summary_label.setText("")
        self._show_error(describe_kpi_error(error))
        self._update_buttons()
        self.loaded.emit()

    # --- filtering --------------------------------------------------------------------------

    def set_mode(self, mode: CandidateFilter) -> None:
        self.filter_combo.setCurrentIndex(max(self.filter_combo.findData(int(mode)), 0))

    def _filter(self) -> None:
        mode = CandidateFilter(self.filter_combo.currentData() or 0)
        self.proxy.set_filter(mode, self.search_edit.text())

    def visible_candidates(self) -> list[Candidate]:
        return [self.proxy.index(r, 0).data(ROW_ROLE) for r in range(self.proxy.rowCount())]

    def select_employees(self, employee_ids: Sequence[int]) -> None:
        selection = self.table.selectionModel()
        selection.clearSelection()
        wanted = set(employee_ids)
        for row in range(self.proxy.rowCount()):
            candidate = self.proxy.index(row, 0).data(ROW_ROLE)
            if candidate is not None and candidate.employee_id in wanted:
                selection.select(
                    self.proxy.index(row, 0),
                    selection.SelectionFlag.Select | selection.SelectionFlag.Rows,
                )

    def selected_candidates(self) -> list[Candidate]:
        rows = self.table.selectionModel().selectedRows()
        return [index.data(ROW_ROLE) for index in rows if index.data(ROW_ROLE) is not None]

    def _update_buttons(self) -> None:
        chosen = bool(self.table.selectionModel().hasSelection())
        for button in (
            self.include_button,
            self.exclude_button,
            self.rules_button,
            self.template_button,
        ):
            button.setEnabled(chosen and self.editable and not self.busy)

    def _show_error(self, text: str) -> None:
        self.error_label.setText(text)
        self.error_label.setVisible(bool(text))

    # --- changes by hand --------------------------------------------------------------------

    def set_selected_by_hand(self, included: bool | None) -> bool:
        """Includes (True), excludes (False) or returns to the rules (None) the chosen people."""
        people = self.selected_candidates()
        if not people or self.cycle_id is None:
            return False
        self._show_error("")
        try:
            for person in people:
                kpi_cycles.set_by_hand(self._vault, self.cycle_id, person.employee_id, included)
        except EhrError as error:
            self._show_error(describe_kpi_error(error))
            return False
        self.changed.emit()
        self.load(self.cycle_id)
        return True

    def choose_template(self, template_id: int | None = None) -> bool:
        """Picks the template for the chosen people (asked when not given); the choice is used
        when the forms are generated."""
        people = [p for p in self.selected_candidates() if p.included]
        if not people or self.cycle_id is None:
            return False
        if template_id is None:
            template_id = self._ask_template(people)
            if template_id is None:
                return False
        for person in people:
            self.choices[person.employee_id] = template_id
        self.load(self.cycle_id)
        return True

    def _ask_template(self, people: list[Candidate]) -> int | None:
        try:
            templates = kpi_templates.list_templates(self._vault)
        except EhrError as error:
            self._show_error(describe_kpi_error(error))
            return None
        if not templates:
            self._show_error(self.tr("There are no templates yet. Create one under Templates."))
            return None
        tied = {t for person in people for t in person.tied}
        ordered = sorted(templates, key=lambda t: (t.id not in tied, t.name))
        names = [t.name for t in ordered]
        chosen, accepted = QInputDialog.getItem(
            self,
            self.tr("Choose template"),
            self.tr("Template for the {count} chosen people:").format(count=_count(len(people))),
            names,
            0,
            False,
        )
        if not accepted:
            return None
        return ordered[names.index(chosen)].id


# --- generating -------------------------------------------------------------------------------


class GenerationRunner(QObject):
    """Generates a cycle's forms (one unit of work) off the UI thread, or inline without jobs."""

    finished = Signal(object)  # GenerationReport
    failed = Signal(str)

    def __init__(self, jobs: JobRunner | None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._jobs = jobs
        self.running = False

    def start(self, vault: UnlockedVault, cycle_id: int, choices: Mapping[int, int]) -> None:
        chosen = dict(choices)
        self.running = True

        def work(_progress: object) -> GenerationReport:
            return kpi_cycles.generate_forms(vault, cycle_id, choices=chosen)

        if self._jobs is None:
            try:
                report = work(None)
            except EhrError as error:
                self._failed(error)
                return
            self._done(report)
            return
        self._jobs.start(work, on_success=self._done, on_error=self._failed)

    def _done(self, report: GenerationReport) -> None:
        self.running = False
        self.finished.emit(report)

    def _failed(self, error: BaseException) -> None:
        self.running = False
        self.failed.emit(describe_kpi_error(error))


class PopulationDialog(QDialog):
    """An existing cycle's population: the preview with changes by hand, and generating the
    forms still missing (people added since, or whose template was just chosen)."""

    def __init__(
        self,
        vault: UnlockedVault,
        cycle_id: int,
        jobs: JobRunner | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._vault = vault
        self.cycle_id = cycle_id
        self.changed_anything = False
        self.report: GenerationReport | None = None
        try:
            name = kpi_cycles.get_cycle(vault, cycle_id).settings.name
        except EhrError:
            name = ""
        self.setWindowTitle(self.tr("Population of “{name}”").format(name=name))
        layout = QVBoxLayout(self)
        self.panel = PopulationPreviewPanel(vault, jobs)
        self.panel.changed.connect(self._changed)
        self.panel.loaded.connect(self._update)
        layout.addWidget(self.panel, 1)
        self.progress = QProgressBar()
        self.progress.setRange(0, 0)
        self.progress.setTextVisible(False)
        self.progress.hide()
        layout.addWidget(self.progress)
        self.result_label = QLabel()
        self.result_label.setWordWrap(True)
        self.result_label.hide()
        layout.addWidget(self.result_label)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.generate_button = self.buttons.addButton(
            self.tr("Generate missing forms"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.generate_button.setIcon(icon("file-plus"))
        self.generate_button.setToolTip(
            self.tr("Make forms for the appraised people who have none yet; existing forms stay")
        )
        self.generate_button.clicked.connect(self.generate)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.runner = GenerationRunner(jobs, self)
        self.runner.finished.connect(self._generated)
        self.runner.failed.connect(self._generation_failed)
        self.resize(900, 560)
        self.panel.load(cycle_id)

    def _changed(self) -> None:
        self.changed_anything = True

    def _update(self) -> None:
        preview = self.panel.preview
        missing = preview is not None and any(
            c.included and c.form_id is None for c in preview.candidates
        )
        self.generate_button.setEnabled(self.panel.editable and missing and not self.runner.running)

    def generate(self) -> None:
        if self.runner.running:
            return
        self.progress.show()
        self.generate_button.setEnabled(False)
        self.result_label.setText(self.tr("Making the forms…"))
        self.result_label.show()
        self.runner.start(self._vault, self.cycle_id, self.panel.choices)

    def _generated(self, report: GenerationReport) -> None:
        self.progress.hide()
        self.report = report
        self.changed_anything = True
        self.result_label.setText(generation_summary(report))
        set_role(self.result_label, "")
        self.panel.load(self.cycle_id)

    def _generation_failed(self, text: str) -> None:
        self.progress.hide()
        self.result_label.setText(text)
        set_role(self.result_label, "error")
        self._update()

    def reject(self) -> None:
        if self.runner.running:
            return  # the forms are being written: close once they are
        super().reject()

    @classmethod
    def ask(
        cls,
        parent: QWidget | None,
        vault: UnlockedVault,
        cycle_id: int,
        jobs: JobRunner | None = None,
    ) -> bool:
        """True when anything changed (people included or excluded, forms made)."""
        dialog = cls(vault, cycle_id, jobs, parent)
        dialog.exec()
        return dialog.changed_anything


# --- the wizard's pages -----------------------------------------------------------------------


class _FieldsPage(QWizardPage):
    """A page of labelled fields, each with its refusal shown right under it."""

    def __init__(self) -> None:
        super().__init__()
        self.errors: dict[str, QLabel] = {}
        self.general_error = error_label()
        self.general_error.hide()

    def field_box(self, key: str, widget: QWidget | None = None) -> QWidget:
        box = QWidget()
        column = QVBoxLayout(box)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(2)
        if widget is not None:
            column.addWidget(widget)
        problem = error_label()
        problem.hide()
        column.addWidget(problem)
        self.errors[key] = problem
        return box

    def show_error(self, key: str, text: str) -> None:
        target = self.errors.get(key, self.general_error)
        shown = target.text()
        target.setText(f"{shown} {text}".strip() if shown and text not in shown else text)
        target.show()

    def clear_errors(self) -> None:
        for target in (*self.errors.values(), self.general_error):
            target.clear()
            target.hide()

    def error_text(self, key: str) -> str:
        target = self.errors.get(key, self.general_error)
        return target.text()

    @staticmethod
    def heading(text: str) -> QLabel:
        heading = QLabel(text)
        font = heading.font()
        font.setBold(True)
        heading.setFont(font)
        return heading


class SettingsPage(_FieldsPage):
    """Name, period (kpi_cycles.period fills the dates), deadlines, the low-score line."""

    def __init__(self, today: dt.date) -> None:
        super().__init__()
        self._today = today
        self._syncing = False
        self._automatic_name = ""  # what the period last named the cycle
        self.deadlines_are_automatic = True
        self.setTitle(self.tr("Name and period"))
        self.setSubTitle(self.tr("What the cycle appraises and by when each step should be done."))
        form = QFormLayout(self)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)

        self.name_edit = QLineEdit()
        self.name_edit.setMaxLength(200)
        form.addRow(self.tr("Name *"), self.field_box("name", self.name_edit))

        period_row = QWidget()
        line = QHBoxLayout(period_row)
        line.setContentsMargins(0, 0, 0, 0)
        self.period_combo = QComboBox()
        for code, text in choices("kpi_period"):
            self.period_combo.addItem(text, code)
        line.addWidget(self.period_combo)
        self.year_spin = QSpinBox()
        self.year_spin.setRange(2000, 2100)
        self.year_spin.setGroupSeparatorShown(False)
        self.year_spin.setAccessibleName(self.tr("Year"))
        line.addWidget(self.year_spin)
        self.number_combo = QComboBox()
        self.number_combo.setAccessibleName(self.tr("Which one"))
        line.addWidget(self.number_combo)
        line.addStretch(1)
        form.addRow(self.tr("Period"), self.field_box("period", period_row))

        dates_row = QWidget()
        line = QHBoxLayout(dates_row)
        line.setContentsMargins(0, 0, 0, 0)
        self.starts_edit = _date_edit(today)
        self.ends_edit = _date_edit(today)
        line.addWidget(self.starts_edit)
        line.addWidget(QLabel(self.tr("to")))
        line.addWidget(self.ends_edit)
        line.addStretch(1)
        form.addRow(self.tr("Dates"), self.field_box("dates", dates_row))
        form.addRow(
            "",
            hint_label(self.tr("Filled in from the period; change them for a period of your own.")),
        )

        form.addRow(self.heading(self.tr("Deadlines")))
        self.deadline_checks: dict[Stage, QCheckBox] = {}
        self.deadline_edits: dict[Stage, QDateEdit] = {}
        deadlines = QWidget()
        grid = QGridLayout(deadlines)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setColumnStretch(2, 1)
        for row, stage in enumerate(DEADLINE_STAGES):
            check = QCheckBox(label("kpi_stage", stage.value))
            check.setChecked(True)
            edit = _date_edit(today)
            check.toggled.connect(edit.setEnabled)
            check.toggled.connect(self._deadline_edited)
            edit.dateChanged.connect(self._deadline_edited)
            grid.addWidget(check, row, 0)
            grid.addWidget(edit, row, 1)
            self.deadline_checks[stage] = check
            self.deadline_edits[stage] = edit
        form.addRow(self.tr("Done by"), self.field_box("deadlines", deadlines))

        form.addRow(self.heading(self.tr("Low performance")))
        threshold_row = QWidget()
        line = QHBoxLayout(threshold_row)
        line.setContentsMargins(0, 0, 0, 0)
        self.threshold_check = QCheckBox(self.tr("Results below"))
        self.threshold_check.setChecked(True)
        self.threshold_spin = QDoubleSpinBox()
        self.threshold_spin.setRange(0, MAX_SCORE)
        self.threshold_spin.setDecimals(2)
        self.threshold_spin.setValue(float(DEFAULT_THRESHOLD))
        self.threshold_check.toggled.connect(self.threshold_spin.setEnabled)
        line.addWidget(self.threshold_check)
        line.addWidget(self.threshold_spin)
        line.addWidget(QLabel(self.tr("count as low performance")))
        line.addStretch(1)
        form.addRow(self.tr("Low-score line"), self.field_box("threshold", threshold_row))
        form.addRow(self.general_error)

        self.period_combo.currentIndexChanged.connect(self._kind_changed)
        self.year_spin.valueChanged.connect(lambda _v: self._period_changed())
        self.number_combo.currentIndexChanged.connect(lambda _i: self._period_changed())
        self.ends_edit.dateChanged.connect(lambda _d: self._ends_changed())
        self._set_defaults()

    # --- defaults and the period ------------------------------------------------------------

    def _set_defaults(self) -> None:
        # The last quarter that has ended: what an officer usually appraises next.
        quarter = (self._today.month - 1) // 3
        year = self._today.year
        if quarter == 0:
            quarter, year = 4, year - 1
        self._syncing = True
        self.period_combo.setCurrentIndex(max(self.period_combo.findData("quarter"), 0))
        self.year_spin.setValue(year)
        self._fill_numbers("quarter")
        self.number_combo.setCurrentIndex(quarter - 1)
        self._syncing = False
        self._period_changed()

    def _fill_numbers(self, kind: str) -> None:
        self.number_combo.blockSignals(True)
        chosen = self.number_combo.currentIndex()
        self.number_combo.clear()
        if kind == "month":
            for month in range(1, 13):
                self.number_combo.addItem(QLocale().monthName(month), month)
        elif kind == "quarter":
            for number in range(1, 5):
                self.number_combo.addItem(self.tr("Q{number}").format(number=number), number)
        elif kind == "half_year":
            self.number_combo.addItem(self.tr("First half"), 1)
            self.number_combo.addItem(self.tr("Second half"), 2)
        if self.number_combo.count():
            self.number_combo.setCurrentIndex(min(max(chosen, 0), self.number_combo.count() - 1))
        self.number_combo.blockSignals(False)
        self.number_combo.setVisible(self.number_combo.count() > 0)
        self.year_spin.setVisible(kind != "custom")

    def period_kind(self) -> str:
        return self.period_combo.currentData() or "custom"

    def _kind_changed(self) -> None:
        if self._syncing:
            return
        self._fill_numbers(self.period_kind())
        self._period_changed()

    def _period_changed(self) -> None:
        if self._syncing:
            return
        kind = self.period_kind()
        if kind != "custom":
            number = self.number_combo.currentData() or 1
            starts_on, ends_on = kpi_cycles.period(kind, self.year_spin.value(), int(number))
            self._syncing = True
            self.starts_edit.setDate(_qdate(starts_on))
            self.ends_edit.setDate(_qdate(ends_on))
            self._syncing = False
        if self.name_edit.text().strip() in ("", self._automatic_name):
            # Named after the period until the officer types a name of their own.
            self._automatic_name = self.automatic_name()
            self.name_edit.setText(self._automatic_name)
        self._ends_changed()

    def automatic_name(self) -> str:
        kind = self.period_kind()
        year = str(self.year_spin.value())
        number = int(self.number_combo.currentData() or 1)
        if kind == "month":
            return self.tr("{year}-{month} appraisal").format(year=year, month=f"{number:02d}")
        if kind == "quarter":
            return self.tr("{year} Q{number} appraisal").format(year=year, number=number)
        if kind == "half_year":
            if number == 1:
                return self.tr("{year} first-half appraisal").format(year=year)
            return self.tr("{year} second-half appraisal").format(year=year)
        if kind == "year":
            return self.tr("{year} annual appraisal").format(year=year)
        return ""

    def _deadline_edited(self, *_: object) -> None:
        if not self._syncing:
            self.deadlines_are_automatic = False

    def _ends_changed(self) -> None:
        if self._syncing or not self.deadlines_are_automatic:
            return
        base = max(_date(self.ends_edit.date()), self._today)
        self._syncing = True
        for stage, edit in self.deadline_edits.items():
            edit.setDate(_qdate(base + dt.timedelta(days=DEADLINE_DAYS[stage])))
        self._syncing = False

    # --- values -----------------------------------------------------------------------------

    def show_settings(self, settings: CycleInput) -> None:
        """An existing cycle's settings (the wizard edits it)."""
        self._automatic_name = ""
        self.deadlines_are_automatic = False
        self._syncing = True
        self.name_edit.setText(settings.name)
        self.period_combo.setCurrentIndex(max(self.period_combo.findData(settings.period_kind), 0))
        self._fill_numbers(settings.period_kind)
        self.year_spin.setValue(settings.starts_on.year)
        months = {"month": 1, "quarter": 3, "half_year": 6}.get(settings.period_kind)
        if months:
            self.number_combo.setCurrentIndex((settings.starts_on.month - 1) // months)
        self.starts_edit.setDate(_qdate(settings.starts_on))
        self.ends_edit.setDate(_qdate(settings.ends_on))
        for stage in DEADLINE_STAGES:
            due = settings.deadlines.get(stage)
            self.deadline_checks[stage].setChecked(due is not None)
            self.deadline_edits[stage].setEnabled(due is not None)
            if due is not None:
                self.deadline_edits[stage].setDate(_qdate(due))
        threshold = settings.low_score_threshold
        self.threshold_check.setChecked(threshold is not None)
        self.threshold_spin.setEnabled(threshold is not None)
        if threshold is not None:
            self.threshold_spin.setValue(float(threshold))
        self._syncing = False

    def starts_on(self) -> dt.date:
        return _date(self.starts_edit.date())

    def ends_on(self) -> dt.date:
        return _date(self.ends_edit.date())

    def deadlines(self) -> dict[Stage, dt.date]:
        return {
            stage: _date(self.deadline_edits[stage].date())
            for stage in DEADLINE_STAGES
            if self.deadline_checks[stage].isChecked()
        }

    def threshold(self) -> Decimal | None:
        if not self.threshold_check.isChecked():
            return None
        return _decimal(self.threshold_spin.value())

    def validatePage(self) -> bool:
        # Only what needs no vault; the service judges everything when the cycle is saved.
        self.clear_errors()
        if not self.name_edit.text().strip():
            self.show_error("name", describe_kpi("name_required"))
            return False
        if self.ends_on() < self.starts_on():
            self.show_error("dates", describe_kpi("end_before_start"))
            return False
        return True


class GradesPage(_FieldsPage):
    def __init__(self) -> None:
        super().__init__()
        self.setTitle(self.tr("Grades and quotas"))
        self.setSubTitle(
            self.tr("Which score reaches which grade, and optional limits on how many get each.")
        )
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading(self.tr("Grade bands")))
        self.bands_model = GradeBandModel(self)
        self.bands_view = _table(QTableView())
        self.bands_view.setModel(self.bands_model)
        self.bands_view.setItemDelegate(SettingsDelegate(self.bands_view))
        self.bands_view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.bands_view.setMinimumHeight(int(self.bands_view.fontMetrics().height() * 1.7 * 6.5))
        bands_row = QHBoxLayout()
        bands_row.addWidget(self.bands_view, 1)
        bands_buttons = QVBoxLayout()
        self.add_band_button = QPushButton(icon("plus"), self.tr("Add band"))
        self.add_band_button.clicked.connect(self._add_band)
        self.remove_band_button = QPushButton(icon("trash-2"), self.tr("Remove band"))
        self.remove_band_button.clicked.connect(self._remove_band)
        bands_buttons.addWidget(self.add_band_button)
        bands_buttons.addWidget(self.remove_band_button)
        self.default_bands_button = QPushButton(icon("rotate-ccw"), self.tr("S/A/B/C/D"))
        self.default_bands_button.setToolTip(
            self.tr("Back to the usual grades: S from 95, A from 85, B from 70, C from 60, else D")
        )
        self.default_bands_button.clicked.connect(
            lambda: self.bands_model.set_scale(DEFAULT_GRADES)
        )
        bands_buttons.addWidget(self.default_bands_button)
        bands_buttons.addStretch(1)
        bands_row.addLayout(bands_buttons)
        layout.addLayout(bands_row)
        layout.addWidget(self.field_box("grades"))

        layout.addWidget(self.heading(self.tr("Quotas (optional)")))
        layout.addWidget(
            hint_label(
                self.tr(
                    "For example S at most 10 %. Calibration shows whether they are met; they never stop anyone's grade."
                )
            )
        )
        self.quota_model = QuotaModel(self)
        self.quota_view = _table(QTableView())
        self.quota_view.setModel(self.quota_model)
        self.quota_view.setItemDelegate(SettingsDelegate(self.quota_view))
        self.quota_view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        quota_row = QHBoxLayout()
        quota_row.addWidget(self.quota_view, 1)
        quota_buttons = QVBoxLayout()
        self.add_quota_button = QPushButton(icon("plus"), self.tr("Add quota"))
        self.add_quota_button.clicked.connect(self._add_quota)
        self.remove_quota_button = QPushButton(icon("trash-2"), self.tr("Remove quota"))
        self.remove_quota_button.clicked.connect(self._remove_quota)
        quota_buttons.addWidget(self.add_quota_button)
        quota_buttons.addWidget(self.remove_quota_button)
        quota_buttons.addStretch(1)
        quota_row.addLayout(quota_buttons)
        layout.addLayout(quota_row, 1)
        layout.addWidget(self.field_box("quotas"))
        layout.addWidget(self.general_error)

    def _add_band(self) -> None:
        row = self.bands_model.add_band()
        index = self.bands_model.index(row, GradeColumn.NAME)
        self.bands_view.setCurrentIndex(index)
        self.bands_view.edit(index)

    def _remove_band(self) -> None:
        self.bands_model.remove_band(self.bands_view.currentIndex().row())

    def _add_quota(self) -> None:
        row = self.quota_model.add_quota()
        index = self.quota_model.index(row, QuotaColumn.GRADES)
        self.quota_view.setCurrentIndex(index)

    def _remove_quota(self) -> None:
        self.quota_model.remove_quota(self.quota_view.currentIndex().row())


class PopulationPage(_FieldsPage):
    """Who the cycle appraises: departments (with or without their sub-departments), a hire
    date cut-off, and whether people on probation or long leave are left out."""

    def __init__(self, vault: UnlockedVault) -> None:
        super().__init__()
        self.setTitle(self.tr("Who is appraised"))
        self.setSubTitle(
            self.tr(
                "The rules choose the people; the next page lists everyone with the reason, and you can include or exclude anyone by hand."
            )
        )
        nodes = [node for node in organization.tree(vault) if not node.is_closed]
        paths = {node.id: node.path for node in nodes}
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading(self.tr("Departments")))
        self.whole_radio = QRadioButton(self.tr("The whole company"))
        self.some_radio = QRadioButton(self.tr("Only these departments:"))
        self.scope_group = QButtonGroup(self)
        self.scope_group.addButton(self.whole_radio)
        self.scope_group.addButton(self.some_radio)
        self.whole_radio.setChecked(True)
        layout.addWidget(self.whole_radio)
        layout.addWidget(self.some_radio)
        self.scope_model = ScopeModel(paths, self)
        self.scope_view = _table(QTableView())
        self.scope_view.setModel(self.scope_model)
        self.scope_view.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.scope_view.horizontalHeader().setSectionResizeMode(
            1, QHeaderView.ResizeMode.ResizeToContents
        )
        self.scope_view.horizontalHeader().setStretchLastSection(False)
        scope_row = QHBoxLayout()
        scope_row.addWidget(self.scope_view, 1)
        scope_buttons = QVBoxLayout()
        self.department_combo = QComboBox()
        self.department_combo.setMaxVisibleItems(20)
        for node in sorted(nodes, key=lambda n: n.path):
            self.department_combo.addItem(node.path, node.id)
        scope_buttons.addWidget(self.department_combo)
        self.add_department_button = QPushButton(icon("plus"), self.tr("Add department"))
        self.add_department_button.clicked.connect(self._add_department)
        self.remove_department_button = QPushButton(icon("trash-2"), self.tr("Remove"))
        self.remove_department_button.clicked.connect(self._remove_department)
        scope_buttons.addWidget(self.add_department_button)
        scope_buttons.addWidget(self.remove_department_button)
        scope_buttons.addStretch(1)
        scope_row.addLayout(scope_buttons)
        self.scope_box = QWidget()
        self.scope_box.setLayout(scope_row)
        scope_row.setContentsMargins(20, 0, 0, 0)
        layout.addWidget(self.scope_box, 1)
        layout.addWidget(self.field_box("departments"))
        self.some_radio.toggled.connect(self.scope_box.setEnabled)
        self.scope_box.setEnabled(False)

        layout.addWidget(self.heading(self.tr("Left out")))
        hired_row = QHBoxLayout()
        self.hired_check = QCheckBox(self.tr("Only people hired on or before"))
        self.hired_edit = _date_edit(dt.date.today())
        self.hired_edit.setEnabled(False)
        self.hired_check.toggled.connect(self.hired_edit.setEnabled)
        hired_row.addWidget(self.hired_check)
        hired_row.addWidget(self.hired_edit)
        hired_row.addStretch(1)
        layout.addLayout(hired_row)
        self.probation_check = QCheckBox(self.tr("Leave out people on probation"))
        self.probation_check.setChecked(True)
        layout.addWidget(self.probation_check)
        self.leave_check = QCheckBox(self.tr("Leave out people on a leave of absence"))
        self.leave_check.setChecked(True)
        layout.addWidget(self.leave_check)
        layout.addWidget(self.general_error)

    def initializePage(self) -> None:
        wizard: CycleWizard = self.wizard()  # type: ignore[assignment]
        if not self.hired_check.isChecked():
            # The cut-off follows the period until the officer sets it.
            self.hired_edit.setDate(_qdate(wizard.settings_page.ends_on()))

    def show_rule(self, rule: PopulationRule) -> None:
        self.scope_model.set_rules(rule.departments)
        (self.some_radio if rule.departments else self.whole_radio).setChecked(True)
        self.hired_check.setChecked(rule.hired_by is not None)
        if rule.hired_by is not None:
            self.hired_edit.setDate(_qdate(rule.hired_by))
        self.probation_check.setChecked(rule.exclude_probation)
        self.leave_check.setChecked(rule.exclude_on_leave)

    def rule(
        self, include: frozenset[int] = frozenset(), exclude: frozenset[int] = frozenset()
    ) -> PopulationRule:
        departments = self.scope_model.rules() if self.some_radio.isChecked() else ()
        return PopulationRule(
            departments=departments,
            hired_by=_date(self.hired_edit.date()) if self.hired_check.isChecked() else None,
            exclude_probation=self.probation_check.isChecked(),
            exclude_on_leave=self.leave_check.isChecked(),
            include=include,
            exclude=exclude,
        )

    def _add_department(self) -> None:
        department_id = self.department_combo.currentData()
        if department_id is not None:
            self.scope_view.selectRow(self.scope_model.add(int(department_id)))

    def _remove_department(self) -> None:
        self.scope_model.remove(self.scope_view.currentIndex().row())

    def validatePage(self) -> bool:
        self.clear_errors()
        if self.some_radio.isChecked() and not self.scope_model.rowCount():
            self.show_error(
                "departments",
                self.tr("Add at least one department, or choose the whole company."),
            )
            return False
        return self.wizard().save()  # type: ignore[attr-defined]


class PreviewPage(QWizardPage):
    def __init__(self, vault: UnlockedVault, jobs: JobRunner | None) -> None:
        super().__init__()
        self.setTitle(self.tr("Who is appraised, and with which template"))
        self.setSubTitle(
            self.tr(
                "The cycle's settings are saved; no forms are made yet. Include or exclude people by hand, and choose the template where none or several fit."
            )
        )
        self.panel = PopulationPreviewPanel(vault, jobs)
        self.panel.started.connect(self.completeChanged)
        self.panel.loaded.connect(self.completeChanged)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.panel)
        self.setCommitPage(True)
        self.setButtonText(QWizard.WizardButton.CommitButton, self.tr("Generate forms"))

    def initializePage(self) -> None:
        wizard: CycleWizard = self.wizard()  # type: ignore[assignment]
        if wizard.cycle_id is not None:
            self.panel.load(wizard.cycle_id)

    def isComplete(self) -> bool:
        return self.panel.preview is not None and not self.panel.busy


class GeneratePage(QWizardPage):
    def __init__(self) -> None:
        super().__init__()
        self.setTitle(self.tr("Generating the forms"))
        self.setSubTitle(
            self.tr(
                "One form per appraised person, with the latest version of their template. All are made, or none."
            )
        )
        layout = QVBoxLayout(self)
        self.progress = QProgressBar()
        self.progress.setRange(0, 0)
        self.progress.setTextVisible(False)
        layout.addWidget(self.progress)
        self.status_label = QLabel()
        self.status_label.setWordWrap(True)
        layout.addWidget(self.status_label)
        self.summary_label = QLabel()
        self.summary_label.setWordWrap(True)
        self.summary_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.summary_label)
        self.retry_button = QPushButton(icon("refresh-cw"), self.tr("Try again"))
        self.retry_button.hide()
        self.retry_button.clicked.connect(lambda: self.wizard().generate())  # type: ignore[attr-defined]
        layout.addWidget(self.retry_button, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addStretch(1)
        self.setFinalPage(True)
        self.done = False

    def initializePage(self) -> None:
        self.wizard().generate()  # type: ignore[attr-defined]

    def show_running(self) -> None:
        self.done = False
        self.progress.show()
        self.retry_button.hide()
        self.status_label.setText(self.tr("Making the forms…"))
        set_role(self.status_label, "")
        self.summary_label.clear()
        self.completeChanged.emit()

    def show_report(self, report: GenerationReport) -> None:
        self.done = True
        self.progress.hide()
        self.status_label.setText(
            self.tr("The forms are made. The cycle is ready on the Cycles tab.")
        )
        self.summary_label.setText(generation_summary(report))
        self.completeChanged.emit()

    def show_failure(self, text: str) -> None:
        self.done = True  # the settings are saved; the forms can be generated later
        self.progress.hide()
        self.status_label.setText(text)
        set_role(self.status_label, "error")
        self.retry_button.show()
        self.completeChanged.emit()

    def isComplete(self) -> bool:
        return self.done


# --- the wizard -------------------------------------------------------------------------------


class CycleWizard(QWizard):
    """A new cycle (or an open one's settings) step by step. The cycle is saved when leaving the
    population rules (refusals shown under the fields, on their page), then previewed, then its
    forms generated in the background."""

    SETTINGS, GRADES, POPULATION, PREVIEW, GENERATE = range(5)

    def __init__(
        self,
        vault: UnlockedVault,
        jobs: JobRunner | None = None,
        cycle_id: int | None = None,
        parent: QWidget | None = None,
        *,
        today: dt.date | None = None,
    ) -> None:
        super().__init__(parent)
        self._vault = vault
        self.cycle_id = cycle_id
        self.editing = cycle_id is not None
        self.report: GenerationReport | None = None
        self.saved = False
        self.setWindowTitle(
            self.tr("Edit appraisal cycle") if self.editing else self.tr("New appraisal cycle")
        )
        self.setWizardStyle(QWizard.WizardStyle.ModernStyle)
        self.setOption(QWizard.WizardOption.NoBackButtonOnLastPage, True)
        self.setOption(QWizard.WizardOption.NoCancelButtonOnLastPage, True)
        self.settings_page = SettingsPage(today or dt.date.today())
        self.grades_page = GradesPage()
        self.population_page = PopulationPage(vault)
        self.preview_page = PreviewPage(vault, jobs)
        self.generate_page = GeneratePage()
        self.setPage(self.SETTINGS, self.settings_page)
        self.setPage(self.GRADES, self.grades_page)
        self.setPage(self.POPULATION, self.population_page)
        self.setPage(self.PREVIEW, self.preview_page)
        self.setPage(self.GENERATE, self.generate_page)
        self.runner = GenerationRunner(jobs, self)
        self.runner.finished.connect(self._generated)
        self.runner.failed.connect(self.generate_page.show_failure)
        if cycle_id is not None:
            detail = kpi_cycles.get_cycle(vault, cycle_id)
            self.settings_page.show_settings(detail.settings)
            self.grades_page.bands_model.set_scale(detail.settings.grades)
            self.grades_page.quota_model.set_quotas(detail.settings.quotas)
            self.population_page.show_rule(detail.settings.population)
        self.resize(860, 640)

    @property
    def pages(self) -> dict[int, _FieldsPage]:
        return {
            self.SETTINGS: self.settings_page,
            self.GRADES: self.grades_page,
            self.POPULATION: self.population_page,
        }

    def cycle_input(self) -> CycleInput:
        include: frozenset[int] = frozenset()
        exclude: frozenset[int] = frozenset()
        if self.cycle_id is not None:
            # Changes by hand made in the preview stay when the rules are saved again.
            stored = kpi_cycles.get_cycle(self._vault, self.cycle_id).settings.population
            include, exclude = stored.include, stored.exclude
        settings = self.settings_page
        return CycleInput(
            name=settings.name_edit.text().strip(),
            period_kind=settings.period_kind(),
            starts_on=settings.starts_on(),
            ends_on=settings.ends_on(),
            grades=self.grades_page.bands_model.scale(),
            quotas=self.grades_page.quota_model.quotas(),
            population=self.population_page.rule(include, exclude),
            deadlines=settings.deadlines(),
            low_score_threshold=settings.threshold(),
        )

    def save(self) -> bool:
        """Creates the cycle (or saves its settings); refusals go under their fields, and the
        wizard goes back to the first page that has one."""
        for page in self.pages.values():
            page.clear_errors()
        try:
            data = self.cycle_input()
            if self.cycle_id is None:
                self.cycle_id = kpi_cycles.create_cycle(self._vault, data)
            else:
                kpi_cycles.edit_cycle(self._vault, self.cycle_id, data)
        except InvalidInput as error:
            problems = error.facts.get("problems") or ()
            if not problems:
                self.population_page.show_error("", describe_kpi_error(error))
            for problem in problems:
                page, key = self._place(tuple(getattr(problem, "where", ())))
                self.pages[page].show_error(key, describe_kpi(problem.code, problem.facts))
            self._go_back_to_first_problem()
            return False
        except KpiRefused as error:
            if error.rule in ("grades_locked", "calibrated_grade_unknown"):
                self.grades_page.show_error("grades", describe_kpi_error(error))
            else:
                self.population_page.show_error("", describe_kpi_error(error))
            self._go_back_to_first_problem()
            return False
        except EhrError as error:
            self.population_page.show_error("", describe_kpi_error(error))
            return False
        self.saved = True
        return True

    @classmethod
    def _place(cls, where: tuple) -> tuple[int, str]:
        first = where[0] if where else ""
        return {
            "name": (cls.SETTINGS, "name"),
            "period_kind": (cls.SETTINGS, "period"),
            "starts_on": (cls.SETTINGS, "dates"),
            "ends_on": (cls.SETTINGS, "dates"),
            "deadlines": (cls.SETTINGS, "deadlines"),
            "low_score_threshold": (cls.SETTINGS, "threshold"),
            "grades": (cls.GRADES, "grades"),
            "quotas": (cls.GRADES, "quotas"),
            "population": (cls.POPULATION, "departments"),
        }.get(first, (cls.POPULATION, ""))

    def _go_back_to_first_problem(self) -> None:
        for page_id, page in sorted(self.pages.items()):
            shown = (*page.errors.values(), page.general_error)
            if any(problem.text() for problem in shown):
                if page_id < self.currentId():
                    QTimer.singleShot(0, lambda target=page_id: self.go_back_to(target))
                return

    def go_back_to(self, page_id: int) -> None:
        for _step in range(len(self.pages)):
            if self.currentId() <= page_id or self.currentId() > self.POPULATION:
                return
            self.back()

    def generate(self) -> None:
        if self.cycle_id is None or self.runner.running:
            return
        self.generate_page.show_running()
        self.runner.start(self._vault, self.cycle_id, self.preview_page.panel.choices)

    def _generated(self, report: GenerationReport) -> None:
        self.report = report
        self.generate_page.show_report(report)

    def reject(self) -> None:
        if self.runner.running:
            return  # the forms are being written: all or nothing, so wait for it
        super().reject()

    @classmethod
    def ask(
        cls,
        parent: QWidget | None,
        vault: UnlockedVault,
        jobs: JobRunner | None = None,
        cycle_id: int | None = None,
    ) -> int | None:
        """The cycle's id when it was saved (even if the forms were not generated), else None."""
        wizard = cls(vault, jobs, cycle_id, parent)
        wizard.exec()
        return wizard.cycle_id if wizard.saved else None
