"""Calibration (绩效校准) of one cycle: the grade distribution as a bar chart with the quotas
beside it (shown, never enforced), each manager's leniency against the cycle's average, and the
results, where HR adjusts a score or grade with a reason (computed and calibrated both kept)."""

from __future__ import annotations

import math
from dataclasses import dataclass
from decimal import Decimal
from enum import IntEnum
from typing import Any

from PySide6.QtCharts import (
    QAbstractBarSeries,
    QBarCategoryAxis,
    QBarSeries,
    QBarSet,
    QChart,
    QChartView,
    QValueAxis,
)
from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QCoreApplication,
    QLocale,
    QMargins,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import (
    QColor,
    QFont,
    QGuiApplication,
    QKeySequence,
    QPainter,
    QPalette,
    QShortcut,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ehr_desktop.domain.errors import EhrError
from ehr_desktop.domain.kpi import GradeScale, Operator, QuotaCheck
from ehr_desktop.gui.icons import icon
from ehr_desktop.gui.kpi_template_editor import (
    ChoiceDelegate,
    DecimalDelegate,
    FieldForm,
    decimal_spin,
    number_text,
    to_decimal,
    tone,
)
from ehr_desktop.gui.labels import label
from ehr_desktop.gui.list_table_model import ROW_ROLE, SORT_ROLE, Column, ListTableModel
from ehr_desktop.gui.messages import describe_kpi, describe_kpi_error
from ehr_desktop.gui.roles import error_label, hint_label, title_label
from ehr_desktop.services import kpi_cycles, kpi_forms, kpi_results, organization
from ehr_desktop.services.kpi_forms import FormFilter
from ehr_desktop.services.kpi_results import CalibrationView
from ehr_desktop.services.kpi_store import CycleState, LogKind
from ehr_desktop.services.vaults import UnlockedVault

_LEFT = Qt.AlignmentFlag.AlignLeft
_RIGHT = Qt.AlignmentFlag.AlignRight
_CENTER = Qt.AlignmentFlag.AlignHCenter
_DISPLAY = Qt.ItemDataRole.DisplayRole
_TOOLTIP = Qt.ItemDataRole.ToolTipRole
_EDIT = Qt.ItemDataRole.EditRole
_WHOLE_CYCLE = -1  # combo data for "no department": department ids start at 1
SCORE_PLACES = 2


def score_text(value: Decimal | None) -> str:
    return "" if value is None else number_text(value, SCORE_PLACES)


def share_text(value: Decimal | None) -> str:
    """A share in percent with one decimal: 23.8 %."""
    if value is None:
        return "—"
    return QCoreApplication.translate("CalibrationPage", "{value} %").format(
        value=number_text(value.quantize(Decimal("0.1")))
    )


def quota_text(check: QuotaCheck) -> str:
    """The quota ("S ≤ 10 %: 23.8 % (5 of 21) ✗"): the quota, what was found and whether it is met."""
    quota = check.quota
    grades = "+".join(quota.grades)
    if quota.operator == Operator.AT_MOST:
        rule = QCoreApplication.translate("CalibrationPage", "{grades} ≤ {share}")
    else:
        rule = QCoreApplication.translate("CalibrationPage", "{grades} ≥ {share}")
    limit = QCoreApplication.translate("CalibrationPage", "{value} %").format(
        value=number_text(quota.share)
    )
    locale = QLocale()
    return QCoreApplication.translate(
        "CalibrationPage", "{rule}: {found} ({count} of {total}) {mark}"
    ).format(
        rule=rule.format(grades=grades, share=limit),
        found=share_text(check.share),
        count=locale.toString(check.count),
        total=locale.toString(check.total),
        mark="✓" if check.met else "✗",
    )


# --- the results ----------------------------------------------------------------------------------


@dataclass(frozen=True)
class ResultLine:
    form_id: int
    employee_no: str
    name: str
    department: str
    reviewer: str
    stage: str
    computed_score: Decimal | None
    computed_grade: str | None
    score: Decimal | None  # the result that counts (calibrated when adjusted)
    grade: str | None
    calibrated: bool
    reason: str  # the latest calibration's reason

    @property
    def id(self) -> int:
        return self.form_id


class ResultColumn(IntEnum):
    EMPLOYEE_NO = 0
    NAME = 1
    DEPARTMENT = 2
    REVIEWER = 3
    SCORE = 4
    GRADE = 5
    CALIBRATED_SCORE = 6
    CALIBRATED_GRADE = 7
    REASON = 8


RESULT_COLUMNS = {
    ResultColumn.EMPLOYEE_NO: Column(QT_TRANSLATE_NOOP("CalibrationResultModel", "No."), QT_TRANSLATE_NOOP("CalibrationResultModel", "Employee number"), _LEFT),
    ResultColumn.NAME: Column(QT_TRANSLATE_NOOP("CalibrationResultModel", "Name"), QT_TRANSLATE_NOOP("CalibrationResultModel", "The appraised employee; a pencil marks a result adjusted in calibration"), _LEFT),
    ResultColumn.DEPARTMENT: Column(QT_TRANSLATE_NOOP("CalibrationResultModel", "Department"), QT_TRANSLATE_NOOP("CalibrationResultModel", "The department of the form"), _LEFT),
    ResultColumn.REVIEWER: Column(QT_TRANSLATE_NOOP("CalibrationResultModel", "Reviewer"), QT_TRANSLATE_NOOP("CalibrationResultModel", "The manager who scores the form"), _LEFT),
    ResultColumn.SCORE: Column(QT_TRANSLATE_NOOP("CalibrationResultModel", "Score"), QT_TRANSLATE_NOOP("CalibrationResultModel", "The score computed from the form"), _RIGHT),
    ResultColumn.GRADE: Column(QT_TRANSLATE_NOOP("CalibrationResultModel", "Grade"), QT_TRANSLATE_NOOP("CalibrationResultModel", "The grade of the computed score"), _CENTER),
    ResultColumn.CALIBRATED_SCORE: Column(QT_TRANSLATE_NOOP("CalibrationResultModel", "Calibrated score"), QT_TRANSLATE_NOOP("CalibrationResultModel", "The score after calibration; double-click to adjust it (a reason is asked)"), _RIGHT),
    ResultColumn.CALIBRATED_GRADE: Column(QT_TRANSLATE_NOOP("CalibrationResultModel", "Calibrated grade"), QT_TRANSLATE_NOOP("CalibrationResultModel", "The grade after calibration; double-click to adjust it (a reason is asked)"), _CENTER),
    ResultColumn.REASON: Column(QT_TRANSLATE_NOOP("CalibrationResultModel", "Reason"), QT_TRANSLATE_NOOP("CalibrationResultModel", "Why the result was adjusted"), _LEFT),
}  # fmt: skip


class CalibrationResultModel(ListTableModel[ResultLine]):
    """The cycle's results; editing a calibrated cell asks for an adjustment (with a reason)
    through `adjustment_requested` instead of changing anything itself."""

    CONTEXT = "CalibrationResultModel"
    COLUMNS = RESULT_COLUMNS
    HEADER_ALIGNMENT = True

    adjustment_requested = Signal(object, object, object)  # line, score or None, grade or None

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.editable = False
        self._mark = None

    def flags(self, index: QModelIndex | QPersistentModelIndex) -> Qt.ItemFlag:
        flags = super().flags(index)
        line = self.row_at(index.row()) if index.isValid() else None
        if (
            self.editable
            and line is not None
            and line.computed_score is not None
            and index.column() in (ResultColumn.CALIBRATED_SCORE, ResultColumn.CALIBRATED_GRADE)
        ):
            return flags | Qt.ItemFlag.ItemIsEditable
        return flags

    def setData(
        self, index: QModelIndex | QPersistentModelIndex, value: Any, role: int = _EDIT
    ) -> bool:
        line = self.row_at(index.row()) if index.isValid() else None
        if role != _EDIT or line is None or not self.flags(index) & Qt.ItemFlag.ItemIsEditable:
            return False
        if index.column() == ResultColumn.CALIBRATED_SCORE:
            if value == line.score:
                return False
            self.adjustment_requested.emit(line, value, None)
        elif value != line.grade:
            self.adjustment_requested.emit(line, None, value)
        return False  # nothing changes until the adjustment is saved with its reason

    def cell(self, line: ResultLine, column: ResultColumn, role: int) -> Any:
        if role == _EDIT:
            if column == ResultColumn.CALIBRATED_SCORE:
                return line.score
            if column == ResultColumn.CALIBRATED_GRADE:
                return line.grade
            return None
        if role == SORT_ROLE:
            return self._sort_value(line, column)
        if role in (_DISPLAY, _TOOLTIP):
            text = self._text(line, column)
            if role == _TOOLTIP and line.calibrated and column == ResultColumn.NAME:
                return self.tr("Adjusted in calibration: {reason}").format(reason=line.reason)
            return text
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return RESULT_COLUMNS[column].alignment()
        if role == Qt.ItemDataRole.DecorationRole and column == ResultColumn.NAME:
            if line.calibrated:
                if self._mark is None:
                    self._mark = icon("file-pen-line")
                return self._mark
            return None
        calibrated_cell = column in (ResultColumn.CALIBRATED_SCORE, ResultColumn.CALIBRATED_GRADE)
        if role == Qt.ItemDataRole.FontRole and line.calibrated and calibrated_cell:
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.ForegroundRole and calibrated_cell and not line.calibrated:
            return QGuiApplication.palette().color(QPalette.ColorRole.PlaceholderText)
        return None

    @staticmethod
    def _sort_value(line: ResultLine, column: ResultColumn) -> Any:
        missing = Decimal(-1)
        return {
            ResultColumn.EMPLOYEE_NO: line.employee_no,
            ResultColumn.NAME: line.name,
            ResultColumn.DEPARTMENT: line.department,
            ResultColumn.REVIEWER: line.reviewer,
            ResultColumn.SCORE: float(line.computed_score or missing),
            ResultColumn.GRADE: line.computed_grade or "",
            ResultColumn.CALIBRATED_SCORE: float(line.score or missing),
            ResultColumn.CALIBRATED_GRADE: line.grade or "",
            ResultColumn.REASON: line.reason,
        }[column]

    def _text(self, line: ResultLine, column: ResultColumn) -> str:
        if column == ResultColumn.EMPLOYEE_NO:
            return line.employee_no
        if column == ResultColumn.NAME:
            return line.name
        if column == ResultColumn.DEPARTMENT:
            return line.department
        if column == ResultColumn.REVIEWER:
            return line.reviewer
        if column == ResultColumn.SCORE:
            if line.computed_score is None:
                return self.tr("no score yet")
            return score_text(line.computed_score)
        if column == ResultColumn.GRADE:
            return line.computed_grade or ""
        if column == ResultColumn.CALIBRATED_SCORE:
            return score_text(line.score)
        if column == ResultColumn.CALIBRATED_GRADE:
            return line.grade or ""
        return line.reason


class LeniencyColumn(IntEnum):
    REVIEWER = 0
    FORMS = 1
    AVERAGE = 2
    DIFFERENCE = 3


LENIENCY_COLUMNS = {
    LeniencyColumn.REVIEWER: Column(QT_TRANSLATE_NOOP("LeniencyModel", "Reviewer"), QT_TRANSLATE_NOOP("LeniencyModel", "The manager who scored"), _LEFT),
    LeniencyColumn.FORMS: Column(QT_TRANSLATE_NOOP("LeniencyModel", "Forms"), QT_TRANSLATE_NOOP("LeniencyModel", "Scored forms of this reviewer"), _RIGHT),
    LeniencyColumn.AVERAGE: Column(QT_TRANSLATE_NOOP("LeniencyModel", "Average"), QT_TRANSLATE_NOOP("LeniencyModel", "The average score this reviewer's forms reached"), _RIGHT),
    LeniencyColumn.DIFFERENCE: Column(QT_TRANSLATE_NOOP("LeniencyModel", "Against the average"), QT_TRANSLATE_NOOP("LeniencyModel", "Above 0: more lenient than the cycle's average; below 0: stricter"), _RIGHT),
}  # fmt: skip


@dataclass(frozen=True)
class LeniencyLine:
    reviewer: str
    count: int
    average: Decimal
    difference: Decimal


class LeniencyModel(ListTableModel[LeniencyLine]):
    CONTEXT = "LeniencyModel"
    COLUMNS = LENIENCY_COLUMNS
    HEADER_ALIGNMENT = True

    def cell(self, line: LeniencyLine, column: LeniencyColumn, role: int) -> Any:
        if role == SORT_ROLE:
            return {
                LeniencyColumn.REVIEWER: line.reviewer,
                LeniencyColumn.FORMS: line.count,
                LeniencyColumn.AVERAGE: float(line.average),
                LeniencyColumn.DIFFERENCE: float(line.difference),
            }[column]
        if role in (_DISPLAY, _TOOLTIP):
            if column == LeniencyColumn.REVIEWER:
                return line.reviewer
            if column == LeniencyColumn.FORMS:
                return QLocale().toString(line.count)
            if column == LeniencyColumn.AVERAGE:
                return score_text(line.average)
            difference = line.difference.quantize(Decimal("0.01"))
            text = score_text(difference)
            return f"+{text}" if difference > 0 else text
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return LENIENCY_COLUMNS[column].alignment()
        return None


# --- adjusting one result ------------------------------------------------------------------------


class AdjustDialog(QDialog):
    """A calibration adjustment: a new score (its grade from the cycle's bands), a grade set
    directly, or back to the computed result; always with a reason, kept with old and new."""

    def __init__(
        self,
        vault: UnlockedVault,
        line: ResultLine,
        scale: GradeScale,
        parent: QWidget | None = None,
        *,
        score: Decimal | None = None,
        grade: str | None = None,
    ) -> None:
        super().__init__(parent)
        self.vault = vault
        self.line = line
        self.scale = scale
        self.setWindowTitle(self.tr("Adjust the result of {name}").format(name=line.name))
        layout = QVBoxLayout(self)
        computed = self.tr("Computed from the form: {score}, grade {grade}.").format(
            score=score_text(line.computed_score), grade=line.computed_grade or "—"
        )
        if line.calibrated:
            computed += " " + self.tr("Now adjusted to {score}, grade {grade}.").format(
                score=score_text(line.score), grade=line.grade or "—"
            )
        intro = QLabel(
            self.tr("{name} ({number}), {department}.").format(
                name=line.name, number=line.employee_no, department=line.department or "—"
            )
            + " "
            + computed
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)

        self.form = FieldForm()
        self.score_radio = QRadioButton(self.tr("New score"))
        self.score_spin = decimal_spin(maximum=200, decimals=SCORE_PLACES)
        self.score_spin.setValue(float(score if score is not None else line.score or 0))
        self.score_grade_label = hint_label()
        score_row = QHBoxLayout()
        score_row.addWidget(self.score_spin)
        score_row.addWidget(self.score_grade_label, 1)
        self.form.addRow(self.score_radio, score_row)
        self.form.errors["score"] = error_label()
        self.form.errors["score"].hide()
        self.form.addRow("", self.form.errors["score"])

        self.grade_radio = QRadioButton(self.tr("New grade"))
        self.grade_combo = QComboBox()
        for name in scale.names:
            self.grade_combo.addItem(name, name)
        self.grade_combo.setCurrentIndex(max(self.grade_combo.findData(grade or line.grade), 0))
        grade_row = QHBoxLayout()
        grade_row.addWidget(self.grade_combo)
        grade_row.addWidget(hint_label(self.tr("The score stays as it is.")), 1)
        self.form.addRow(self.grade_radio, grade_row)

        self.reset_radio = QRadioButton(self.tr("Back to the computed result"))
        self.reset_radio.setVisible(line.calibrated)
        self.form.addRow(self.reset_radio)

        self.reason_edit = QPlainTextEdit()
        self.reason_edit.setPlaceholderText(
            self.tr("Required: why, for example the calibration meeting's decision")
        )
        self.reason_edit.setFixedHeight(self.reason_edit.fontMetrics().height() * 4 + 12)
        self.form.add("reason", self.tr("Reason *"), self.reason_edit)
        layout.addLayout(self.form)
        self.error = error_label()
        self.error.hide()
        layout.addWidget(self.error)
        layout.addStretch(1)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self._save_clicked)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        QShortcut(QKeySequence.StandardKey.Save, self, activated=self._save_clicked)

        (self.grade_radio if grade is not None and score is None else self.score_radio).setChecked(
            True
        )
        for radio in (self.score_radio, self.grade_radio, self.reset_radio):
            radio.toggled.connect(lambda _checked: self._update())
        self.score_spin.valueChanged.connect(lambda _value: self._update())
        self._update()
        self.setMinimumWidth(480)

    def _update(self) -> None:
        self.score_spin.setEnabled(self.score_radio.isChecked())
        self.grade_combo.setEnabled(self.grade_radio.isChecked())
        self.score_grade_label.setText(
            self.tr("gives grade {grade}").format(grade=self.scale.grade_for(self.new_score()))
        )

    def new_score(self) -> Decimal:
        return to_decimal(self.score_spin.value(), SCORE_PLACES)

    def reason(self) -> str:
        return self.reason_edit.toPlainText().strip()

    def error_text(self) -> str:
        """Every refusal shown, under the fields and below them."""
        texts = [shown.text() for shown in self.form.errors.values() if not shown.isHidden()]
        if not self.error.isHidden():
            texts.append(self.error.text())
        return " ".join(texts)

    def submit(self) -> bool:
        """Saves the adjustment; False (the reason shown in the dialog) when refused."""
        self.form.show_errors({})
        self.error.hide()
        if not self.reason():
            self.form.show_errors({"reason": [describe_kpi("reason_required")]})
            self.reason_edit.setFocus()
            return False
        score = self.new_score() if self.score_radio.isChecked() else None
        grade = self.grade_combo.currentData() if self.grade_radio.isChecked() else None
        try:
            kpi_results.adjust_result(
                self.vault, self.line.form_id, score=score, grade=grade, reason=self.reason()
            )
        except EhrError as error:
            rule = getattr(error, "facts", {}).get("rule", "")
            text = describe_kpi_error(error)
            if rule == "score_out_of_range":
                self.form.show_errors({"score": [text]})
            elif rule == "reason_required":
                self.form.show_errors({"reason": [text]})
            else:
                self.error.setText(text)
                self.error.show()
            return False
        return True

    def _save_clicked(self) -> None:
        if self.submit():
            self.accept()

    @classmethod
    def ask(
        cls,
        parent: QWidget | None,
        vault: UnlockedVault,
        line: ResultLine,
        scale: GradeScale,
        *,
        score: Decimal | None = None,
        grade: str | None = None,
    ) -> bool:
        """True when an adjustment was saved."""
        dialog = cls(vault, line, scale, parent, score=score, grade=grade)
        try:
            return dialog.exec() == QDialog.DialogCode.Accepted
        finally:
            dialog.deleteLater()


# --- the page ----------------------------------------------------------------------------------


class CalibrationPage(QWidget):
    """One cycle's calibration; `changed` after an adjustment was saved."""

    changed = Signal()

    def __init__(self, vault: UnlockedVault, cycle_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._vault = vault
        self._cycle_id = cycle_id
        self.view_data: CalibrationView | None = None
        cycle = kpi_cycles.get_cycle(vault, cycle_id)
        self._scale = cycle.settings.grades
        self._state = cycle.state

        layout = QVBoxLayout(self)
        top = QHBoxLayout()
        self.title = title_label(self.tr("Calibration: {cycle}").format(cycle=cycle.settings.name))
        top.addWidget(self.title)
        self.state_label = QLabel(label("kpi_cycle_state", cycle.state.value))
        self.state_label.setProperty("role", "badge")
        self.state_label.setProperty("tone", "ok" if cycle.state == CycleState.OPEN else "muted")
        top.addWidget(self.state_label)
        top.addStretch(1)
        department_caption = QLabel(self.tr("Department"))
        top.addWidget(department_caption)
        self.department_combo = QComboBox()
        self.department_combo.addItem(self.tr("Whole cycle"), _WHOLE_CYCLE)
        for node in sorted(organization.tree(vault), key=lambda n: n.path):
            self.department_combo.addItem(node.path, node.id)
        self.department_combo.setMaxVisibleItems(20)
        self.department_combo.setToolTip(self.tr("A department includes its sub-departments"))
        department_caption.setBuddy(self.department_combo)
        self.department_combo.currentIndexChanged.connect(lambda _n: self.refresh())
        top.addWidget(self.department_combo)
        layout.addLayout(top)

        self.summary_label = hint_label()
        layout.addWidget(self.summary_label)
        self.closed_label = error_label(describe_kpi("cycle_not_open"))
        self.closed_label.setVisible(cycle.state != CycleState.OPEN)
        layout.addWidget(self.closed_label)

        upper = QWidget()
        upper_layout = QHBoxLayout(upper)
        upper_layout.setContentsMargins(0, 0, 0, 0)
        upper_layout.addWidget(self._build_chart(), 5)
        upper_layout.addWidget(self._build_quotas(), 4)
        upper_layout.addWidget(self._build_leniency(), 5)

        lower = QWidget()
        lower_layout = QVBoxLayout(lower)
        lower_layout.setContentsMargins(0, 0, 0, 0)
        tools = QHBoxLayout()
        results_title = QLabel(self.tr("Results"))
        font = results_title.font()
        font.setBold(True)
        results_title.setFont(font)
        tools.addWidget(results_title)
        tools.addStretch(1)
        self.adjust_button = QPushButton(icon("square-pen"), self.tr("Adjust…"))
        self.adjust_button.setToolTip(
            self.tr("Change the chosen result's score or grade, with a reason")
        )
        self.adjust_button.clicked.connect(self.adjust_current)
        tools.addWidget(self.adjust_button)
        lower_layout.addLayout(tools)
        self.results_model = CalibrationResultModel(self)
        self.results_model.editable = cycle.state == CycleState.OPEN
        self.results_model.adjustment_requested.connect(self._adjustment_requested)
        self.results_proxy = QSortFilterProxyModel(self)
        self.results_proxy.setSourceModel(self.results_model)
        self.results_proxy.setSortRole(SORT_ROLE)
        self.results_view = QTableView()
        self.results_view.setModel(self.results_proxy)
        self.results_view.setSortingEnabled(True)
        self.results_view.sortByColumn(ResultColumn.EMPLOYEE_NO, Qt.SortOrder.AscendingOrder)
        self.results_view.setAlternatingRowColors(True)
        self.results_view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.results_view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.results_view.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
        )
        self.results_view.verticalHeader().hide()
        self.results_view.setItemDelegateForColumn(
            ResultColumn.CALIBRATED_SCORE, DecimalDelegate(0, 200, SCORE_PLACES, self.results_view)
        )
        self.results_view.setItemDelegateForColumn(
            ResultColumn.CALIBRATED_GRADE,
            ChoiceDelegate(lambda: [(name, name) for name in self._scale.names], self.results_view),
        )
        header = self.results_view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(ResultColumn.REASON, QHeaderView.ResizeMode.Stretch)
        self.results_view.doubleClicked.connect(self._double_clicked)
        for key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            enter = QShortcut(QKeySequence(key), self.results_view)
            enter.setContext(Qt.ShortcutContext.WidgetShortcut)
            enter.activated.connect(self.adjust_current)
        self.results_view.selectionModel().currentRowChanged.connect(
            lambda _current, _previous: self._update_buttons()
        )
        lower_layout.addWidget(self.results_view, 1)

        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(upper)
        splitter.addWidget(lower)
        splitter.setStretchFactor(0, 2)
        splitter.setStretchFactor(1, 3)
        splitter.setChildrenCollapsible(False)
        layout.addWidget(splitter, 1)
        self.refresh()

    # --- building -----------------------------------------------------------------------------

    def _build_chart(self) -> QWidget:
        box = QGroupBox(self.tr("Grade distribution"))
        column = QVBoxLayout(box)
        column.setContentsMargins(4, 4, 4, 4)
        self.bar_set = QBarSet(self.tr("Employees"))
        self.bar_set.setColor(QColor("#2563EB"))
        self.bar_set.setBorderColor(QColor("#2563EB"))
        palette = QGuiApplication.palette()
        text_color = palette.color(QPalette.ColorRole.WindowText)
        self.bar_set.setLabelColor(text_color)
        self.series = QBarSeries()
        self.series.append(self.bar_set)
        self.series.setLabelsVisible(True)
        self.series.setLabelsPosition(QAbstractBarSeries.LabelsPosition.LabelsOutsideEnd)
        self.series.setBarWidth(0.6)
        self.chart = QChart()
        self.chart.addSeries(self.series)
        self.chart.legend().hide()
        self.chart.setBackgroundVisible(False)
        self.chart.setMargins(QMargins(0, 0, 0, 0))
        self.chart.layout().setContentsMargins(0, 0, 0, 0)
        self.grade_axis = QBarCategoryAxis()
        self.count_axis = QValueAxis()
        self.count_axis.setLabelFormat("%d")
        for axis, side in (
            (self.grade_axis, Qt.AlignmentFlag.AlignBottom),
            (self.count_axis, Qt.AlignmentFlag.AlignLeft),
        ):
            axis.setLabelsColor(text_color)
            axis.setLabelsFont(QGuiApplication.font())
            self.chart.addAxis(axis, side)
            self.series.attachAxis(axis)
        self.count_axis.setGridLineColor(palette.color(QPalette.ColorRole.Mid))
        self.grade_axis.setGridLineVisible(False)
        self.chart_view = QChartView(self.chart)
        self.chart_view.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.chart_view.setMinimumHeight(QLabel().fontMetrics().height() * 11)
        self.chart_view.setStyleSheet("background: transparent;")
        column.addWidget(self.chart_view)
        return box

    def _build_quotas(self) -> QWidget:
        box = QGroupBox(self.tr("Quotas"))
        column = QVBoxLayout(box)
        column.setContentsMargins(6, 6, 6, 6)
        column.addWidget(
            hint_label(self.tr("Shown for the calibration discussion; nothing is refused because of a quota."))
        )  # fmt: skip
        self.quota_list = QListWidget()
        self.quota_list.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.quota_list.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.quota_list.setUniformItemSizes(True)
        self.quota_list.setTextElideMode(Qt.TextElideMode.ElideMiddle)
        column.addWidget(self.quota_list, 1)
        return box

    def _build_leniency(self) -> QWidget:
        box = QGroupBox(self.tr("Reviewers' leniency"))
        column = QVBoxLayout(box)
        column.setContentsMargins(6, 6, 6, 6)
        self.average_label = QLabel()
        column.addWidget(self.average_label)
        self.leniency_model = LeniencyModel(self)
        self.leniency_proxy = QSortFilterProxyModel(self)
        self.leniency_proxy.setSourceModel(self.leniency_model)
        self.leniency_proxy.setSortRole(SORT_ROLE)
        self.leniency_view = QTableView()
        self.leniency_view.setModel(self.leniency_proxy)
        self.leniency_view.setSortingEnabled(True)
        self.leniency_view.sortByColumn(LeniencyColumn.DIFFERENCE, Qt.SortOrder.DescendingOrder)
        self.leniency_view.setAlternatingRowColors(True)
        self.leniency_view.verticalHeader().hide()
        self.leniency_view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.leniency_view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        header = self.leniency_view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(LeniencyColumn.REVIEWER, QHeaderView.ResizeMode.Stretch)
        column.addWidget(self.leniency_view, 1)
        return box

    # --- loading ------------------------------------------------------------------------------

    @property
    def department_id(self) -> int | None:
        value = self.department_combo.currentData()
        return None if value in (None, _WHOLE_CYCLE) else int(value)

    def set_department(self, department_id: int | None) -> None:
        position = self.department_combo.findData(
            _WHOLE_CYCLE if department_id is None else department_id
        )
        self.department_combo.setCurrentIndex(max(position, 0))

    def refresh(self) -> None:
        department_id = self.department_id
        view = kpi_results.calibration(self._vault, self._cycle_id, department_id=department_id)
        self.view_data = view
        calibration = view.calibration
        locale = QLocale()
        parts = [
            self.tr("{count} results with a score.").format(
                count=locale.toString(calibration.overall.total)
            )
        ]
        if view.unscored:
            parts.append(
                self.tr("{count} forms have no score yet and are not counted.").format(
                    count=locale.toString(view.unscored)
                )
            )
        if view.adjusted:
            parts.append(
                self.tr("{count} results adjusted in calibration.").format(
                    count=locale.toString(view.adjusted)
                )
            )
        self.summary_label.setText(" ".join(parts))
        self._show_distribution(view)
        self._show_quotas(view)
        self._show_leniency(view)
        self._show_results(department_id)

    def _show_distribution(self, view: CalibrationView) -> None:
        counts = view.calibration.overall.counts
        grades = list(view.grades) + [g for g in counts if g not in view.grades]
        self.bar_set.remove(0, self.bar_set.count())
        self.bar_set.append([float(counts.get(grade, 0)) for grade in grades])
        self.grade_axis.clear()
        self.grade_axis.append(grades)
        highest = max(counts.values(), default=0)
        step = max(1, math.ceil((highest + 1) / 5))
        self.count_axis.setRange(0, step * 5)
        self.count_axis.setTickCount(6)
        total = view.calibration.overall.total
        self.chart_view.setToolTip(
            "\n".join(
                self.tr("{grade}: {count} ({share})").format(
                    grade=grade,
                    count=QLocale().toString(counts.get(grade, 0)),
                    share=share_text(view.calibration.overall.share(grade) if total else None),
                )
                for grade in grades
            )
        )

    def distribution(self) -> dict[str, int]:
        """The counts the chart shows, by grade."""
        return {self.grade_axis.at(n): int(self.bar_set.at(n)) for n in range(self.bar_set.count())}

    def _show_quotas(self, view: CalibrationView) -> None:
        self.quota_list.clear()
        checks = view.calibration.quota_checks
        overall = [c for c in checks if c.department_id is None]
        if not overall:
            item = QListWidgetItem(self.tr("This cycle sets no quotas."))
            item.setForeground(QGuiApplication.palette().color(QPalette.ColorRole.PlaceholderText))
            self.quota_list.addItem(item)
            return
        for check in overall:
            self._quota_item(quota_text(check), check.met)
        outside = [c for c in checks if c.department_id is not None and not c.met]
        if outside and len(view.calibration.departments) > 1:
            heading = QListWidgetItem(
                self.tr("Departments outside a quota ({count})").format(
                    count=QLocale().toString(len({c.department_id for c in outside}))
                )
            )
            font = heading.font()
            font.setBold(True)
            heading.setFont(font)
            self.quota_list.addItem(heading)
            for check in sorted(outside, key=lambda c: view.departments.get(c.department_id, "")):
                department = view.departments.get(check.department_id) or self.tr("No department")
                self._quota_item(
                    self.tr("{department} — {quota}").format(
                        department=department, quota=quota_text(check)
                    ),
                    False,
                )

    def _quota_item(self, text: str, met: bool) -> None:
        item = QListWidgetItem(text)
        item.setToolTip(text)
        if not met:
            item.setForeground(tone("error"))
            item.setToolTip(
                self.tr("{quota}\nOutside the quota: discuss it in the calibration.").format(
                    quota=text
                )
            )
        self.quota_list.addItem(item)

    def quota_texts(self) -> list[str]:
        return [self.quota_list.item(n).text() for n in range(self.quota_list.count())]

    def _show_leniency(self, view: CalibrationView) -> None:
        average = view.calibration.average
        self.average_label.setText(
            self.tr("Cycle average: {average}").format(average=score_text(average))
            if average is not None
            else self.tr("No scores yet.")
        )
        self.leniency_model.set_rows(
            [
                LeniencyLine(
                    view.reviewers.get(entry.reviewer_id, "?"),  # type: ignore[arg-type]
                    entry.count,
                    entry.average,
                    entry.difference,
                )
                for entry in view.calibration.reviewers
            ]
        )

    def _show_results(self, department_id: int | None) -> None:
        current = self.current_line()
        results = kpi_results.cycle_results(
            self._vault, self._cycle_id, department_id=department_id
        )
        reviewers = {
            form.id: form.reviewer
            for form in kpi_forms.list_forms(
                self._vault, FormFilter(cycle_id=self._cycle_id, department_id=department_id)
            )
        }
        reasons: dict[int, str] = {}
        for entry in kpi_forms.cycle_log(self._vault, self._cycle_id):
            if entry.kind == LogKind.CALIBRATION and entry.form_id is not None:
                reasons[entry.form_id] = entry.note
        self.results_model.set_rows(
            [
                ResultLine(
                    form_id=row.form_id,
                    employee_no=row.employee_no,
                    name=row.name,
                    department=row.department,
                    reviewer=reviewers.get(row.form_id, ""),
                    stage=label("kpi_stage", row.stage.value),
                    computed_score=row.computed_score,
                    computed_grade=row.computed_grade,
                    score=row.score,
                    grade=row.grade,
                    calibrated=row.calibrated,
                    reason=reasons.get(row.form_id, "") if row.calibrated else "",
                )
                for row in results
            ]
        )
        if current is not None:
            self.select_form(current.form_id)
        self._update_buttons()

    # --- adjusting ----------------------------------------------------------------------------

    def current_line(self) -> ResultLine | None:
        index = self.results_view.selectionModel().currentIndex()
        return index.data(ROW_ROLE) if index.isValid() else None

    def select_form(self, form_id: int) -> None:
        row = self.results_model.row_of(form_id)
        if row >= 0:
            index = self.results_proxy.mapFromSource(self.results_model.index(row, 0))
            self.results_view.selectRow(index.row())
            self.results_view.scrollTo(index)

    def _update_buttons(self) -> None:
        line = self.current_line()
        can = self.results_model.editable and line is not None and line.computed_score is not None
        self.adjust_button.setEnabled(can)

    def _double_clicked(self, index: QModelIndex) -> None:
        if not index.flags() & Qt.ItemFlag.ItemIsEditable:
            self.adjust_current()

    def adjust_current(self) -> None:
        line = self.current_line()
        if line is not None:
            self.adjust(line)

    def adjust(
        self, line: ResultLine, *, score: Decimal | None = None, grade: str | None = None
    ) -> bool:
        """Asks for the adjustment and its reason; True when one was saved."""
        if not self.results_model.editable or line.computed_score is None:
            return False
        if not AdjustDialog.ask(self, self._vault, line, self._scale, score=score, grade=grade):
            return False
        self.refresh()
        self.select_form(line.form_id)
        self.changed.emit()
        return True

    def _adjustment_requested(self, line: ResultLine, score: Any, grade: Any) -> None:
        # After the delegate has closed its editor: the dialog must not open inside its commit.
        QTimer.singleShot(0, lambda: self.adjust(line, score=score, grade=grade))

    def result_texts(self) -> list[list[str]]:
        """The results table as shown (rows in view order)."""
        proxy = self.results_proxy
        return [
            [proxy.index(row, column).data() or "" for column in range(proxy.columnCount())]
            for row in range(proxy.rowCount())
        ]


__all__ = ["AdjustDialog", "CalibrationPage", "CalibrationResultModel", "LeniencyModel"]
