"""An employee's appraisal results over the cycles, for the appraisals tab of the employee file:
score, grade and rank in the department per finalized cycle, a small trend line, and a warning
line when the employee counts as a low performer."""

from __future__ import annotations

from collections.abc import Sequence
from decimal import Decimal
from enum import IntEnum
from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QCoreApplication,
    QModelIndex,
    QPointF,
    QSize,
    QSortFilterProxyModel,
    Qt,
    Signal,
)
from PySide6.QtGui import (
    QColor,
    QHideEvent,
    QKeySequence,
    QPainter,
    QPainterPath,
    QPaintEvent,
    QPen,
    QShortcut,
    QShowEvent,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ehr_desktop.domain.errors import EhrError
from ehr_desktop.gui.appraisal_form_models import score_text
from ehr_desktop.gui.formats import date_text
from ehr_desktop.gui.icons import icon
from ehr_desktop.gui.labels import label
from ehr_desktop.gui.list_table_model import ROW_ROLE, SORT_ROLE, Column, ListTableModel
from ehr_desktop.gui.messages import describe
from ehr_desktop.gui.roles import error_label, hint_label, role_label
from ehr_desktop.services import kpi_results
from ehr_desktop.services.kpi_results import EmployeeResults, LowPerformer, ResultRow, TrendPoint
from ehr_desktop.services.vaults import UnlockedVault

__all__ = ["AppraisalHistoryPanel", "ResultColumn", "ResultsModel", "TrendLine"]

CONTEXT = "AppraisalHistory"
_LEFT = Qt.AlignmentFlag.AlignLeft
_RIGHT = Qt.AlignmentFlag.AlignRight
_CENTER = Qt.AlignmentFlag.AlignHCenter
ACCENT = "#2563EB"


class ResultColumn(IntEnum):
    CYCLE = 0
    PERIOD = 1
    TEMPLATE = 2
    SCORE = 3
    GRADE = 4
    RANK = 5
    CALIBRATED = 6


RESULT_COLUMNS = {
    ResultColumn.CYCLE: Column(QT_TRANSLATE_NOOP("AppraisalHistory", "Cycle"), QT_TRANSLATE_NOOP("AppraisalHistory", "The appraisal cycle")),
    ResultColumn.PERIOD: Column(QT_TRANSLATE_NOOP("AppraisalHistory", "Period"), QT_TRANSLATE_NOOP("AppraisalHistory", "The period the cycle appraised")),
    ResultColumn.TEMPLATE: Column(QT_TRANSLATE_NOOP("AppraisalHistory", "Template"), QT_TRANSLATE_NOOP("AppraisalHistory", "The appraisal template and its version")),
    ResultColumn.SCORE: Column(QT_TRANSLATE_NOOP("AppraisalHistory", "Score"), QT_TRANSLATE_NOOP("AppraisalHistory", "The final score (the calibrated one when calibration changed it)"), _RIGHT),
    ResultColumn.GRADE: Column(QT_TRANSLATE_NOOP("AppraisalHistory", "Grade"), QT_TRANSLATE_NOOP("AppraisalHistory", "The grade that counts"), _CENTER),
    ResultColumn.RANK: Column(QT_TRANSLATE_NOOP("AppraisalHistory", "Rank in department"), QT_TRANSLATE_NOOP("AppraisalHistory", "Place among the department's scored forms that cycle (1 = best)"), _RIGHT),
    ResultColumn.CALIBRATED: Column(QT_TRANSLATE_NOOP("AppraisalHistory", "Calibrated"), QT_TRANSLATE_NOOP("AppraisalHistory", "Whether calibration changed the computed result"), _CENTER),
}  # fmt: skip


def period_text(row: ResultRow) -> str:
    span = f"{date_text(row.starts_on)} – {date_text(row.ends_on)}"
    return f"{label('kpi_period', row.period_kind)} · {span}"


class ResultsModel(ListTableModel[ResultRow]):
    """One row per finalized cycle the employee was appraised in."""

    CONTEXT = CONTEXT
    COLUMNS = RESULT_COLUMNS
    HEADER_ALIGNMENT = True

    def key_of(self, row: ResultRow) -> Any:
        return row.form_id

    def cell(self, row: ResultRow, column: ResultColumn, role: int) -> Any:
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return RESULT_COLUMNS[column].alignment()
        if role == SORT_ROLE:
            return {
                ResultColumn.CYCLE: f"{row.ends_on.isoformat()}#{row.cycle_id:09d}",
                ResultColumn.PERIOD: f"{row.ends_on.isoformat()}#{row.cycle_id:09d}",
                ResultColumn.TEMPLATE: f"{row.template}#{row.template_version:06d}",
                ResultColumn.SCORE: float(row.score) if row.score is not None else -1.0,
                ResultColumn.GRADE: row.grade or "",
                ResultColumn.RANK: row.rank if row.rank is not None else 1_000_000,
                ResultColumn.CALIBRATED: int(row.calibrated),
            }[column]
        if role == Qt.ItemDataRole.DisplayRole:
            if column == ResultColumn.CYCLE:
                return row.cycle
            if column == ResultColumn.PERIOD:
                return period_text(row)
            if column == ResultColumn.TEMPLATE:
                return QCoreApplication.translate(
                    "AppraisalHistory", "{template} v{version}"
                ).format(template=row.template, version=row.template_version)
            if column == ResultColumn.SCORE:
                return score_text(row.score) if row.score is not None else "—"
            if column == ResultColumn.GRADE:
                return row.grade or "—"
            if column == ResultColumn.RANK:
                return f"{row.rank} / {row.ranked}" if row.rank is not None else "—"
            if column == ResultColumn.CALIBRATED:
                return (
                    QCoreApplication.translate("AppraisalHistory", "Calibrated")
                    if row.calibrated
                    else ""
                )
        if role == Qt.ItemDataRole.ToolTipRole:
            if column == ResultColumn.RANK and row.rank is not None:
                return QCoreApplication.translate(
                    "AppraisalHistory", "Place {rank} of {count} in {department} that cycle"
                ).format(rank=row.rank, count=row.ranked, department=row.department or "—")
            if column in (ResultColumn.CALIBRATED, ResultColumn.SCORE) and row.calibrated:
                computed = score_text(row.computed_score) if row.computed_score is not None else "—"
                return QCoreApplication.translate(
                    "AppraisalHistory", "Computed {score} ({grade}); changed in calibration"
                ).format(score=computed, grade=row.computed_grade or "—")
            if column == ResultColumn.CYCLE:
                return QCoreApplication.translate(
                    "AppraisalHistory", "Double-click to open the appraisal form"
                )
        return None


class TrendLine(QWidget):
    """A sparkline of the scores over the cycles, oldest on the left, the latest in the accent."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._points: list[tuple[str, Decimal]] = []

    def set_points(self, points: Sequence[TrendPoint]) -> None:
        self._points = [(p.cycle, p.score) for p in points if p.score is not None]
        self.setToolTip("\n".join(f"{cycle}: {score_text(score)}" for cycle, score in self._points))
        self.update()

    def point_count(self) -> int:
        return len(self._points)

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt override
        metrics = self.fontMetrics()
        return QSize(metrics.averageCharWidth() * 24, int(metrics.height() * 2.2))

    def minimumSizeHint(self) -> QSize:  # noqa: N802 - Qt override
        return self.sizeHint()

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 - Qt override
        if not self._points:
            return
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        margin = 4.0
        width = self.width() - 2 * margin
        height = self.height() - 2 * margin
        # Scores only (never float arithmetic on them elsewhere): a range of at least 10 points
        # so that a change of 0.5 does not look like a cliff.
        values = [float(score) for _cycle, score in self._points]
        low, high = min(values), max(values)
        if high - low < 10:
            middle = (high + low) / 2
            low, high = middle - 5, middle + 5
        count = len(values)

        def at(position: int, value: float) -> QPointF:
            x = margin + (width * position / (count - 1) if count > 1 else width / 2)
            y = margin + height * (1 - (value - low) / (high - low))
            return QPointF(x, y)

        line_color = self.palette().placeholderText().color()
        if count > 1:
            path = QPainterPath(at(0, values[0]))
            for position, value in enumerate(values[1:], start=1):
                path.lineTo(at(position, value))
            painter.setPen(QPen(line_color, 1.5))
            painter.drawPath(path)
        painter.setPen(Qt.PenStyle.NoPen)
        for position, value in enumerate(values):
            last = position == count - 1
            painter.setBrush(QColor(ACCENT) if last else line_color)
            radius = 3.5 if last else 2.5
            painter.drawEllipse(at(position, value), radius, radius)
        painter.end()


_LOW_REASONS = {
    "below_threshold": QT_TRANSLATE_NOOP("AppraisalHistory", "the latest score is below the cycle's threshold"),
    "low_grade_twice": QT_TRANSLATE_NOOP("AppraisalHistory", "the two latest results of the same kind were in the two lowest grades"),
}  # fmt: skip


class AppraisalHistoryPanel(QWidget):
    """The appraisals tab of the employee file: results of finalized cycles (re-read whenever
    the tab is shown). Double-click or Enter on a row asks for its form (`open_form`)."""

    open_form = Signal(int)  # the form id

    def __init__(
        self, vault: UnlockedVault, employee_id: int, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.vault = vault
        self.employee_id = employee_id
        self.results: EmployeeResults | None = None

        self.model = ResultsModel(self)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setSortRole(SORT_ROLE)
        self.view = QTableView()
        self.view.setModel(self.proxy)
        self.view.setSortingEnabled(True)
        self.view.setAlternatingRowColors(True)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.setWordWrap(False)
        self.view.verticalHeader().hide()
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        header.setSortIndicatorShown(True)
        self.view.sortByColumn(ResultColumn.CYCLE, Qt.SortOrder.DescendingOrder)
        self.view.doubleClicked.connect(self._open)
        enter = QShortcut(QKeySequence(Qt.Key.Key_Return), self.view)
        enter.setContext(Qt.ShortcutContext.WidgetShortcut)
        enter.activated.connect(lambda: self._open(self.view.currentIndex()))

        self.low_label = role_label("", "warning")
        self.low_label.hide()
        self.error = error_label()
        self.error.hide()
        heading = QLabel(self.tr("Results of finalized appraisal cycles"))
        bold = heading.font()
        bold.setBold(True)
        heading.setFont(bold)
        self.trend = TrendLine()
        self.trend_caption = hint_label()
        self.trend_caption.setWordWrap(False)
        top = QHBoxLayout()
        top.addWidget(heading)
        top.addStretch(1)
        top.addWidget(self.trend_caption)
        top.addWidget(self.trend)
        content = QWidget()
        column = QVBoxLayout(content)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.low_label)
        column.addLayout(top)
        column.addWidget(self.view, 1)
        column.addWidget(hint_label(self.tr("Double-click a cycle to open its appraisal form.")))

        empty = QWidget()
        picture = QLabel()
        side = self.fontMetrics().height() * 3
        picture.setPixmap(icon("clipboard-check").pixmap(QSize(side, side)))
        picture.setAlignment(Qt.AlignmentFlag.AlignCenter)
        empty_heading = QLabel(self.tr("No appraisal results yet"))
        font = empty_heading.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.2)
        empty_heading.setFont(font)
        empty_heading.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_hint = hint_label(
            self.tr(
                "Results appear here once an appraisal cycle the employee is in is finalized under Appraisals. Nothing needs to be done in this file."
            )
        )
        self.empty_hint.setAlignment(Qt.AlignmentFlag.AlignCenter)
        empty_column = QVBoxLayout(empty)
        empty_column.addStretch(1)
        empty_column.addWidget(picture)
        empty_column.addWidget(empty_heading)
        empty_column.addWidget(self.empty_hint)
        empty_column.addStretch(2)

        self.stack = QStackedWidget()
        self.stack.addWidget(empty)
        self.stack.addWidget(content)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.error)
        layout.addWidget(self.stack, 1)
        self._stale = False
        self.reload()

    def reload(self) -> None:
        try:
            found = kpi_results.employee_results(self.vault, self.employee_id)
        except EhrError as error:
            self.error.setText(describe(error))
            self.error.show()
            return
        self.error.hide()
        self._stale = False
        self.results = found
        chosen = self._selected_form()
        self.model.set_rows(found.results)
        self.view.resizeColumnsToContents()
        self.stack.setCurrentIndex(1 if found.results else 0)
        self.trend.set_points(found.trend)
        self.trend.setVisible(self.trend.point_count() > 1)
        self._show_trend_caption(found.trend)
        self._show_low(found.low)
        if chosen is not None:
            self.select_form(chosen)

    def is_empty(self) -> bool:
        return self.model.rowCount() == 0

    def select_form(self, form_id: int) -> bool:
        position = self.model.row_of(form_id)
        if position < 0:
            return False
        self.view.selectRow(self.proxy.mapFromSource(self.model.index(position, 0)).row())
        return True

    def _selected_form(self) -> int | None:
        rows = self.view.selectionModel().selectedRows() if self.view.selectionModel() else []
        return rows[0].data(ROW_ROLE).form_id if rows else None

    def _open(self, index: QModelIndex) -> None:
        if index.isValid():
            row = index.data(ROW_ROLE)
            if row is not None:
                self.open_form.emit(row.form_id)

    def _show_trend_caption(self, trend: Sequence[TrendPoint]) -> None:
        scored = [p for p in trend if p.score is not None]
        if not scored:
            self.trend_caption.clear()
            return
        latest = scored[-1]
        if latest.change is None:
            text = self.tr("Latest: {score}").format(score=score_text(latest.score))
        else:
            sign = "+" if latest.change > 0 else ("−" if latest.change < 0 else "±")
            text = self.tr("Latest: {score} ({change} since the cycle before)").format(
                score=score_text(latest.score), change=f"{sign}{score_text(abs(latest.change))}"
            )
        self.trend_caption.setText(text)

    def _show_low(self, low: LowPerformer | None) -> None:
        if low is None:
            self.low_label.hide()
            return
        reasons = [
            QCoreApplication.translate("AppraisalHistory", _LOW_REASONS[r])
            for r in low.reasons
            if r in _LOW_REASONS
        ]
        self.low_label.setText(
            self.tr("Low performer in {cycle} ({score}, {grade}): {reasons}.").format(
                cycle=low.cycle,
                score=score_text(low.score) if low.score is not None else "—",
                grade=low.grade or "—",
                reasons="; ".join(reasons),
            )
        )
        self.low_label.show()

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt override
        # Results change when a cycle is finalized elsewhere: read again when looked at again.
        super().showEvent(event)
        if self._stale and not event.spontaneous():
            self.reload()

    def hideEvent(self, event: QHideEvent) -> None:  # noqa: N802 - Qt override
        super().hideEvent(event)
        if not event.spontaneous():
            self._stale = True
