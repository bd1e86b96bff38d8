"""Models and delegates of the appraisal form editor: the indicator sheet (each scorer's input and
computed score, dimension subtotals, totals), bonuses/deductions/vetoes, the form's log and its
signed sheets; and the local scoring that keeps the computed result current while typing."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal
from enum import Enum, IntEnum
from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractItemModel,
    QCoreApplication,
    QLocale,
    QModelIndex,
    QPersistentModelIndex,
    QRect,
    Qt,
    Signal,
)
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QWidget,
)

from ehr_desktop.domain.kpi import (
    Actual,
    Bands,
    Checklist,
    Dimension,
    Direction,
    FormInput,
    FormResult,
    Incidents,
    Indicator,
    IndicatorInput,
    KpiRefused,
    Linear,
    PassFail,
    PerIncident,
    Process,
    Qualitative,
    Quantitative,
    Rating,
    Scorer,
    ScorerSheet,
    Template,
    Verdict,
    indicator_score,
    input_kind,
    parse_decimal,
    score_form,
    score_sheet,
)
from ehr_desktop.gui.employee_file_models import timestamp_text, tone_color
from ehr_desktop.gui.labels import label
from ehr_desktop.gui.list_table_model import ROW_ROLE, SORT_ROLE, Column, ListTableModel
from ehr_desktop.gui.messages import describe_kpi
from ehr_desktop.services.kpi_forms import InputEntry, ItemEntry, LogRow, SheetAttachment
from ehr_desktop.services.kpi_store import ItemKind, LogKind

__all__ = [
    "INDICATOR_ROLE",
    "ChecklistEditor",
    "ItemRow",
    "RowKind",
    "SheetsColumn",
    "editing_view_triggers",
    "ROW_ROLE",
    "SCORER_COLUMNS",
    "SORT_ROLE",
    "ItemColumn",
    "ItemsModel",
    "LogColumn",
    "LogModel",
    "SheetColumn",
    "SheetDelegate",
    "SheetModel",
    "SheetRow",
    "SheetsModel",
    "local_result",
    "score_text",
]

CONTEXT = "AppraisalForm"
INDICATOR_ROLE = Qt.ItemDataRole.UserRole + 3  # the Indicator of an input cell (for editors)
_LEFT = Qt.AlignmentFlag.AlignLeft
_RIGHT = Qt.AlignmentFlag.AlignRight
_CENTER = Qt.AlignmentFlag.AlignHCenter
_DISPLAY = Qt.ItemDataRole.DisplayRole
_EDIT = Qt.ItemDataRole.EditRole
_TOOLTIP = Qt.ItemDataRole.ToolTipRole
_ALIGNMENT = Qt.ItemDataRole.TextAlignmentRole
_FONT = Qt.ItemDataRole.FontRole
_FOREGROUND = Qt.ItemDataRole.ForegroundRole
_CHECK = Qt.ItemDataRole.CheckStateRole
_HUNDREDTH = Decimal("0.01")


# --- numbers ------------------------------------------------------------------------------------


def number_text(value: Decimal | int | None, places: int = 2) -> str:
    """A number as typed on a sheet: at most `places` decimals, no trailing zeros."""
    if value is None:
        return ""
    value = Decimal(value)
    if not value.is_finite():
        return "∞" if value > 0 else str(value)
    rounded = value.quantize(Decimal(1).scaleb(-places), rounding=ROUND_HALF_UP)
    text = format(rounded, "f")
    if "." in text:
        text = text.rstrip("0").rstrip(".")
    return "0" if text in ("-0", "") else text


def score_text(value: Decimal | None) -> str:
    """A final score as the appraisal reports it: always two decimals (81.25, 90.00)."""
    if value is None:
        return ""
    return format(value.quantize(_HUNDREDTH, rounding=ROUND_HALF_UP), "f")


def percent_text(value: Decimal | None) -> str:
    if value is None:
        return ""
    return QCoreApplication.translate("AppraisalForm", "{0} %").format(number_text(value))


# --- how an indicator scores, in words ---------------------------------------------------------


def rule_text(indicator: Indicator) -> str:
    """The short kind of the indicator: the rule of a quantitative one, else its kind."""
    measure = indicator.measure
    if isinstance(measure, Qualitative):
        return label("kpi_indicator_kind", "qualitative")
    if isinstance(measure, Process):
        return label("kpi_indicator_kind", "process")
    key = {Linear: "linear", Bands: "bands", PerIncident: "per_incident", PassFail: "pass_fail"}
    text = label("kpi_rule", key[type(measure.rule)])
    if measure.direction == Direction.LOWER_IS_BETTER and measure.target is not None:
        return f"{text} · {label('kpi_direction', measure.direction.value)}"
    return text


def rule_tooltip(indicator: Indicator) -> str:
    """How the indicator's input becomes its 0–100 score, line by line."""
    measure = indicator.measure
    lines: list[str] = []
    if isinstance(measure, Qualitative):
        lines.append(QCoreApplication.translate("AppraisalForm", "A rating on the scale:"))
        for level in measure.levels:
            line = QCoreApplication.translate("AppraisalForm", "{value} {label}: {score} points")
            line = line.format(value=level.value, label=level.label, score=number_text(level.score))
            lines.append(f"{line} — {level.description}" if level.description else line)
    elif isinstance(measure, Process):
        lines.append(
            QCoreApplication.translate(
                "AppraisalForm", "The share of milestones met × 100, each milestone the same:"
            )
        )
        lines += [f"• {milestone.name}" for milestone in measure.milestones]
    else:
        rule = measure.rule
        lower = measure.direction == Direction.LOWER_IS_BETTER
        if isinstance(rule, Linear):
            text = (
                QCoreApplication.translate(
                    "AppraisalForm",
                    "Score = target ÷ actual × 100, at least {floor} and at most {cap}.",
                )
                if lower
                else QCoreApplication.translate(
                    "AppraisalForm",
                    "Score = actual ÷ target × 100, at least {floor} and at most {cap}.",
                )
            )
            lines.append(text.format(floor=number_text(rule.floor), cap=number_text(rule.cap)))
        elif isinstance(rule, Bands):
            lines.append(
                QCoreApplication.translate(
                    "AppraisalForm", "The first band the share of the target reaches:"
                )
            )
            for band in rule.bands:
                lines.append(
                    QCoreApplication.translate(
                        "AppraisalForm", "at least {share} %: {score} points"
                    ).format(share=number_text(band.at_least), score=number_text(band.score))
                )
            lines.append(
                QCoreApplication.translate(
                    "AppraisalForm", "below them all: {score} points"
                ).format(score=number_text(rule.below))
            )
        elif isinstance(rule, PerIncident):
            lines.append(
                QCoreApplication.translate(
                    "AppraisalForm",
                    "{start} points minus {each} for each incident, never below {floor}.",
                ).format(
                    start=number_text(rule.start),
                    each=number_text(rule.per_incident),
                    floor=number_text(rule.floor),
                )
            )
        else:
            lines.append(
                QCoreApplication.translate(
                    "AppraisalForm", "Pass: {passed} points; fail: {failed} points."
                ).format(passed=number_text(rule.pass_score), failed=number_text(rule.fail_score))
            )
        if measure.target is not None:
            lines.append(label("kpi_direction", measure.direction.value))
    return "\n".join(lines)


def target_text(indicator: Indicator) -> str:
    measure = indicator.measure
    if isinstance(measure, Quantitative) and measure.target is not None:
        return f"{number_text(measure.target, 4)} {measure.unit}".strip()
    if isinstance(measure, Qualitative) and measure.levels:
        values = [level.value for level in measure.levels]
        return f"{min(values)}–{max(values)}"
    return ""


def input_text(indicator: Indicator, value: IndicatorInput | None) -> str:
    """What a scorer entered, as the sheet shows it."""
    match value:
        case None:
            return ""
        case Actual(value=number):
            return number_text(number, 4)
        case Incidents(count=count):
            return QLocale().toString(count)
        case Verdict(passed=passed):
            return verdict_text(passed)
        case Rating(level=level):
            measure = indicator.measure
            if isinstance(measure, Qualitative):
                found = next((lv for lv in measure.levels if lv.value == level), None)
                if found is not None:
                    return f"{level} · {found.label}"
            return str(level)
        case Checklist(met=met):
            measure = indicator.measure
            total = len(measure.milestones) if isinstance(measure, Process) else len(met)
            return QCoreApplication.translate("AppraisalForm", "{met} of {total}").format(
                met=len(met), total=total
            )
    return ""


def verdict_text(passed: bool) -> str:
    return (
        QCoreApplication.translate("AppraisalForm", "Pass")
        if passed
        else QCoreApplication.translate("AppraisalForm", "Fail")
    )


def parse_input(indicator: Indicator, given: object) -> IndicatorInput | None:
    """A value typed or chosen for the indicator, checked by the domain's own scoring; None
    clears it. Raises KpiRefused (not_a_number, rating_outside_scale, …) when it does not fit."""
    if given is None or (isinstance(given, str) and not given.strip()):
        return None
    kind = input_kind(indicator)
    value: IndicatorInput
    if isinstance(given, Actual | Incidents | Verdict | Rating | Checklist):
        value = given
    elif kind is Checklist:
        if isinstance(given, str):
            raise KpiRefused("input_does_not_fit", indicator=indicator.key, expected="checklist")
        value = Checklist(frozenset(str(key) for key in given))  # type: ignore[union-attr]
    elif kind is Verdict:
        if not isinstance(given, bool):
            raise KpiRefused("input_does_not_fit", indicator=indicator.key, expected="verdict")
        value = Verdict(given)
    elif kind is Actual:
        value = Actual(parse_decimal(str(given)))
    else:
        number = given if isinstance(given, int) else parse_decimal(str(given))
        if Decimal(number) != Decimal(number).to_integral_value():
            raise KpiRefused("not_a_whole_number", indicator=indicator.key, text=str(given))
        value = Incidents(int(number)) if kind is Incidents else Rating(int(number))
    indicator_score(indicator, value)  # the domain refuses what does not fit, with its code
    return value


def local_result(
    template: Template,
    sheets: Mapping[Scorer, Mapping[str, IndicatorInput]],
    bonuses: Mapping[str, Decimal],
    deductions: Mapping[str, Decimal],
    vetoes: Iterable[str],
) -> tuple[FormResult | None, tuple[Scorer, ...]]:
    """The domain's scoring of what is on screen: as the service scores a stored form, a
    scorer's sheet counts once every indicator is entered (incomplete sheets are returned)."""
    keys = {indicator.key for indicator in template.indicators}
    complete = {s: dict(sheet) for s, sheet in sheets.items() if sheet and keys <= sheet.keys()}
    incomplete = tuple(s for s in Scorer if sheets.get(s) and s not in complete)
    try:
        given = FormInput(complete, dict(bonuses), dict(deductions), frozenset(vetoes))
        return score_form(template, given), incomplete
    except KpiRefused:
        return None, incomplete


# --- the indicator sheet ------------------------------------------------------------------------


class RowKind(Enum):
    INDICATOR = "indicator"
    SUBTOTAL = "subtotal"
    TOTAL = "total"


@dataclass(frozen=True)
class SheetRow:
    kind: RowKind
    dimension: Dimension | None
    indicator: Indicator | None = None


class SheetColumn(IntEnum):
    DIMENSION = 0
    INDICATOR = 1
    WEIGHT = 2
    STANDARD = 3
    RULE = 4
    TARGET = 5
    SELF_INPUT = 6
    SELF_SCORE = 7
    SELF_COMMENT = 8
    MANAGER_INPUT = 9
    MANAGER_SCORE = 10
    MANAGER_COMMENT = 11
    HR_INPUT = 12
    HR_SCORE = 13
    HR_COMMENT = 14


# scorer -> (input, score, comment) columns
SCORER_COLUMNS: Mapping[Scorer, tuple[SheetColumn, SheetColumn, SheetColumn]] = {
    Scorer.SELF: (SheetColumn.SELF_INPUT, SheetColumn.SELF_SCORE, SheetColumn.SELF_COMMENT),
    Scorer.MANAGER: (SheetColumn.MANAGER_INPUT, SheetColumn.MANAGER_SCORE, SheetColumn.MANAGER_COMMENT),
    Scorer.HR: (SheetColumn.HR_INPUT, SheetColumn.HR_SCORE, SheetColumn.HR_COMMENT),
}  # fmt: skip
_COLUMN_SCORER = {
    column: (scorer, part)
    for scorer, columns in SCORER_COLUMNS.items()
    for part, column in zip(("input", "score", "comment"), columns, strict=True)
}

SHEET_COLUMNS = {
    SheetColumn.DIMENSION: Column(QT_TRANSLATE_NOOP("AppraisalForm", "Dimension"), QT_TRANSLATE_NOOP("AppraisalForm", "The dimension the indicators belong to, with its weight")),
    SheetColumn.INDICATOR: Column(QT_TRANSLATE_NOOP("AppraisalForm", "Indicator"), QT_TRANSLATE_NOOP("AppraisalForm", "What is appraised")),
    SheetColumn.WEIGHT: Column(QT_TRANSLATE_NOOP("AppraisalForm", "Weight"), QT_TRANSLATE_NOOP("AppraisalForm", "Share of the whole appraisal"), _RIGHT),
    SheetColumn.STANDARD: Column(QT_TRANSLATE_NOOP("AppraisalForm", "Standard"), QT_TRANSLATE_NOOP("AppraisalForm", "The evaluation standard; point at a cell to read all of it")),
    SheetColumn.RULE: Column(QT_TRANSLATE_NOOP("AppraisalForm", "Scoring"), QT_TRANSLATE_NOOP("AppraisalForm", "How the entry becomes a score; point at a cell for the details")),
    SheetColumn.TARGET: Column(QT_TRANSLATE_NOOP("AppraisalForm", "Target"), QT_TRANSLATE_NOOP("AppraisalForm", "The target and its unit, or the rating scale"), _RIGHT),
    SheetColumn.SELF_INPUT: Column(QT_TRANSLATE_NOOP("AppraisalForm", "Self"), QT_TRANSLATE_NOOP("AppraisalForm", "What the employee entered in the self-assessment"), _RIGHT),
    SheetColumn.SELF_SCORE: Column(QT_TRANSLATE_NOOP("AppraisalForm", "Self score"), QT_TRANSLATE_NOOP("AppraisalForm", "Indicator score out of 100; on subtotal rows the points the dimension contributes"), _RIGHT),
    SheetColumn.SELF_COMMENT: Column(QT_TRANSLATE_NOOP("AppraisalForm", "Self comment"), QT_TRANSLATE_NOOP("AppraisalForm", "The employee's remark on the indicator")),
    SheetColumn.MANAGER_INPUT: Column(QT_TRANSLATE_NOOP("AppraisalForm", "Manager"), QT_TRANSLATE_NOOP("AppraisalForm", "What the reviewing manager entered"), _RIGHT),
    SheetColumn.MANAGER_SCORE: Column(QT_TRANSLATE_NOOP("AppraisalForm", "Manager score"), QT_TRANSLATE_NOOP("AppraisalForm", "Indicator score out of 100; on subtotal rows the points the dimension contributes"), _RIGHT),
    SheetColumn.MANAGER_COMMENT: Column(QT_TRANSLATE_NOOP("AppraisalForm", "Manager comment"), QT_TRANSLATE_NOOP("AppraisalForm", "The manager's remark on the indicator")),
    SheetColumn.HR_INPUT: Column(QT_TRANSLATE_NOOP("AppraisalForm", "HR"), QT_TRANSLATE_NOOP("AppraisalForm", "What HR entered"), _RIGHT),
    SheetColumn.HR_SCORE: Column(QT_TRANSLATE_NOOP("AppraisalForm", "HR score"), QT_TRANSLATE_NOOP("AppraisalForm", "Indicator score out of 100; on subtotal rows the points the dimension contributes"), _RIGHT),
    SheetColumn.HR_COMMENT: Column(QT_TRANSLATE_NOOP("AppraisalForm", "HR comment"), QT_TRANSLATE_NOOP("AppraisalForm", "HR's remark on the indicator")),
}  # fmt: skip

Key = tuple[Scorer, str]


def _bold(font: QFont | None = None) -> QFont:
    font = QFont(font) if font is not None else QFont()
    font.setBold(True)
    return font


class SheetModel(ListTableModel[SheetRow]):
    """The form's indicators grouped by dimension (a subtotal row after each, the totals last),
    with each scorer's entry, computed score and comment. Entries are checked as they are set
    (`refused` carries the sentence; nothing changes); `edited` follows every accepted change."""

    CONTEXT = CONTEXT
    COLUMNS = SHEET_COLUMNS
    HEADER_ALIGNMENT = True

    edited = Signal()
    refused = Signal(int, int, str)  # row, column, the sentence saying why

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.template: Template | None = None
        self._values: dict[Key, IndicatorInput] = {}
        self._comments: dict[Key, str] = {}
        self._saved_values: dict[Key, IndicatorInput] = {}
        self._saved_comments: dict[Key, str] = {}
        self._entries: dict[Key, InputEntry] = {}
        self._editable: frozenset[Scorer] = frozenset()
        self._locked = False  # finalized: a comment goes only with a changed entry
        self._sheets: dict[Scorer, ScorerSheet] = {}
        self._names: Mapping[int, str] = {}

    # --- loading and state ------------------------------------------------------------------

    def load(self, template: Template, entries: Iterable[InputEntry]) -> None:
        """The frozen template's indicators and the stored entries; unsaved edits are dropped."""
        self.template = template
        self._entries = {(e.scorer, e.indicator_key): e for e in entries}
        self._saved_values = {key: e.value for key, e in self._entries.items()}
        self._saved_comments = {key: e.comment for key, e in self._entries.items() if e.comment}
        self._values = dict(self._saved_values)
        self._comments = dict(self._saved_comments)
        rows: list[SheetRow] = []
        for dimension in template.dimensions:
            rows += [SheetRow(RowKind.INDICATOR, dimension, i) for i in dimension.indicators]
            rows.append(SheetRow(RowKind.SUBTOTAL, dimension))
        rows.append(SheetRow(RowKind.TOTAL, None))
        self._rescore()
        self.set_rows(rows)

    def set_editable(self, scorers: Iterable[Scorer], *, locked: bool = False) -> None:
        """Which scorers' entries may change now (the service's rule: from their stage on)."""
        self._editable = frozenset(scorers)
        self._locked = locked
        self._everything_changed()

    def editable_scorers(self) -> frozenset[Scorer]:
        return self._editable

    def revert(self) -> None:
        """Back to the stored entries."""
        self._values = dict(self._saved_values)
        self._comments = dict(self._saved_comments)
        self._rescore()
        self._everything_changed()
        self.edited.emit()

    def is_dirty(self) -> bool:
        return bool(self.changes())

    def has_entries(self, scorer: Scorer) -> bool:
        return any(s == scorer for s, _key in self._values)

    def has_comments(self, scorer: Scorer) -> bool:
        return any(s == scorer and text for (s, _key), text in self._comments.items())

    def sheets(self) -> dict[Scorer, dict[str, IndicatorInput]]:
        """Each scorer's entries as now on screen, by indicator key."""
        found: dict[Scorer, dict[str, IndicatorInput]] = {}
        for (scorer, key), value in self._values.items():
            found.setdefault(scorer, {})[key] = value
        return found

    def changes(self) -> dict[Scorer, tuple[dict[str, IndicatorInput | None], dict[str, str]]]:
        """Per scorer: the entries to save (None clears one) and the comments that go with them
        (the service replaces an entry's comment whenever its value changes)."""
        found: dict[Scorer, tuple[dict[str, IndicatorInput | None], dict[str, str]]] = {}
        for key in set(self._values) | set(self._saved_values) | set(self._comments):
            scorer, indicator_key = key
            value = self._values.get(key)
            changed = value != self._saved_values.get(key)
            comment = self._comments.get(key, "")
            comment_changed = comment != self._saved_comments.get(key, "")
            if not changed and not (comment_changed and value is not None):
                continue
            values, comments = found.setdefault(scorer, ({}, {}))
            values[indicator_key] = value
            if value is not None:
                comments[indicator_key] = comment
        return found

    def entry(self, scorer: Scorer, key: str) -> IndicatorInput | None:
        return self._values.get((scorer, key))

    def comment(self, scorer: Scorer, key: str) -> str:
        return self._comments.get((scorer, key), "")

    def scorer_sheet(self, scorer: Scorer) -> ScorerSheet | None:
        """The scorer's computed sheet, once every indicator has an entry."""
        return self._sheets.get(scorer)

    def set_names(self, names: Mapping[int, str]) -> None:
        """Names of the people who provided entries (for the tooltips)."""
        self._names = names

    def sum_rows(self) -> list[int]:
        """The subtotal and total rows (the view spans their caption over two columns)."""
        return [n for n, row in enumerate(self._rows) if row.kind != RowKind.INDICATOR]

    def dimension_spans(self) -> list[tuple[int, int]]:
        """(first row, row count) of each dimension's indicator rows, for the view's spans."""
        spans = []
        first = 0
        for position, row in enumerate(self._rows):
            if row.kind != RowKind.INDICATOR:
                if position > first:
                    spans.append((first, position - first))
                first = position + 1
        return spans

    def index_of(self, scorer: Scorer, key: str, part: str = "input") -> QModelIndex:
        column = SCORER_COLUMNS[scorer][("input", "score", "comment").index(part)]
        for position, row in enumerate(self._rows):
            if row.indicator is not None and row.indicator.key == key:
                return self.index(position, column)
        return QModelIndex()

    def _rescore(self) -> None:
        self._sheets = {}
        if self.template is None:
            return
        for scorer, sheet in self.sheets().items():
            if len(sheet) == len(self.template.indicators):
                try:
                    self._sheets[scorer] = score_sheet(self.template, scorer, sheet)
                except KpiRefused:
                    continue

    def _everything_changed(self) -> None:
        if self._rows:
            self.dataChanged.emit(
                self.index(0, 0), self.index(len(self._rows) - 1, len(SHEET_COLUMNS) - 1)
            )

    # --- reading ----------------------------------------------------------------------------

    def _score(self, scorer: Scorer, indicator: Indicator) -> Decimal | None:
        value = self._values.get((scorer, indicator.key))
        if value is None:
            return None
        try:
            return indicator_score(indicator, value)
        except KpiRefused:
            return None

    def _subtotal(self, scorer: Scorer, dimension: Dimension) -> tuple[Decimal | None, bool]:
        """The weighted points of the dimension's scored indicators; True when all are scored."""
        sheet = self._sheets.get(scorer)
        if sheet is not None:
            return sheet.dimensions.get(dimension.key), True
        total, scored = Decimal(0), 0
        for indicator in dimension.indicators:
            score = self._score(scorer, indicator)
            if score is not None:
                total += score * indicator.weight / 100
                scored += 1
        return (total if scored else None), scored == len(dimension.indicators)

    def _total(self, scorer: Scorer) -> tuple[Decimal | None, bool]:
        sheet = self._sheets.get(scorer)
        if sheet is not None:
            return sheet.total, True
        if self.template is None:
            return None, False
        parts = [self._subtotal(scorer, d)[0] for d in self.template.dimensions]
        known = [p for p in parts if p is not None]
        return (sum(known, Decimal(0)) if known else None), False

    def cell(self, row: SheetRow, column: SheetColumn, role: int) -> Any:
        if role == _ALIGNMENT:
            return SHEET_COLUMNS[column].alignment()
        if row.kind == RowKind.INDICATOR:
            return self._indicator_cell(row, column, role)
        return self._sum_cell(row, column, role)

    def _indicator_cell(self, row: SheetRow, column: SheetColumn, role: int) -> Any:
        indicator = row.indicator
        dimension = row.dimension
        assert indicator is not None and dimension is not None
        if role == INDICATOR_ROLE:
            return indicator
        if column in _COLUMN_SCORER:
            return self._scorer_cell(indicator, *_COLUMN_SCORER[column], role)
        if role == _DISPLAY:
            return {
                SheetColumn.DIMENSION: dimension.name,
                SheetColumn.INDICATOR: indicator.name,
                SheetColumn.WEIGHT: percent_text(indicator.weight),
                SheetColumn.STANDARD: indicator.standard,
                SheetColumn.RULE: rule_text(indicator),
                SheetColumn.TARGET: target_text(indicator),
            }.get(column)
        if role == _TOOLTIP:
            if column == SheetColumn.STANDARD:
                return indicator.standard or None
            if column in (SheetColumn.RULE, SheetColumn.TARGET):
                return rule_tooltip(indicator)
            if column == SheetColumn.INDICATOR:
                return "\n".join(p for p in (indicator.name, indicator.standard) if p)
            if column == SheetColumn.DIMENSION:
                return QCoreApplication.translate(
                    "AppraisalForm", "{name}: {weight} of the appraisal"
                ).format(name=dimension.name, weight=percent_text(dimension.weight))
        if role == _FONT and column == SheetColumn.DIMENSION:
            return _bold()
        return None

    def _scorer_cell(self, indicator: Indicator, scorer: Scorer, part: str, role: int) -> Any:
        key = (scorer, indicator.key)
        value = self._values.get(key)
        if part == "input":
            if role == _DISPLAY:
                return input_text(indicator, value)
            if role == _EDIT:
                return self._edit_value(value)
            if role == _ALIGNMENT and isinstance(indicator.measure, Qualitative | Process):
                return int(_LEFT | Qt.AlignmentFlag.AlignVCenter)
            if role == _TOOLTIP:
                return self._input_tooltip(indicator, scorer, value)
            if role == _FONT and value != self._saved_values.get(key):
                return _bold()  # changed and not saved yet
            return None
        if part == "score":
            score = self._score(scorer, indicator)
            if role == _DISPLAY:
                return number_text(score)
            if role == _TOOLTIP and score is not None:
                return QCoreApplication.translate(
                    "AppraisalForm", "{score} of 100, counting {points} points (weight {weight})"
                ).format(
                    score=number_text(score, 4),
                    points=number_text(score * indicator.weight / 100, 4),
                    weight=percent_text(indicator.weight),
                )
            return None
        if role in (_DISPLAY, _EDIT):
            return self._comments.get(key, "")
        if role == _TOOLTIP:
            return self._comments.get(key) or None
        return None

    @staticmethod
    def _edit_value(value: IndicatorInput | None) -> Any:
        match value:
            case Actual(value=number):
                return number_text(number, 10)
            case Incidents(count=count):
                return str(count)
            case Rating(level=level):
                return level
            case Verdict(passed=passed):
                return passed
            case Checklist(met=met):
                return sorted(met)
        return None

    def _input_tooltip(
        self, indicator: Indicator, scorer: Scorer, value: IndicatorInput | None
    ) -> str | None:
        lines = []
        if isinstance(value, Checklist):
            measure = indicator.measure
            if isinstance(measure, Process):
                lines += [
                    ("☑ " if milestone.key in value.met else "☐ ") + milestone.name
                    for milestone in measure.milestones
                ]
        entry = self._entries.get((scorer, indicator.key))
        if entry is not None and entry.value == value:
            how = label("kpi_provided_via", entry.provided_via.value)
            lines.append(
                QCoreApplication.translate("AppraisalForm", "{how}, {when}, by {who}").format(
                    how=how, when=timestamp_text(entry.recorded_at), who=entry.recorded_by
                )
            )
            if entry.provided_by:
                lines.append(
                    QCoreApplication.translate("AppraisalForm", "Provided by {name}").format(
                        name=entry.provided_by
                    )
                )
        elif value is not None:
            lines.append(QCoreApplication.translate("AppraisalForm", "Changed, not saved yet"))
        comment = self._comments.get((scorer, indicator.key))
        if comment:
            lines.append(comment)
        return "\n".join(lines) or None

    def _sum_cell(self, row: SheetRow, column: SheetColumn, role: int) -> Any:
        if role == _FONT:
            return _bold()
        scorer_part = _COLUMN_SCORER.get(column)
        if row.kind == RowKind.SUBTOTAL:
            assert row.dimension is not None
            if scorer_part is None:
                if role != _DISPLAY:
                    return None
                if column == SheetColumn.DIMENSION:
                    return QCoreApplication.translate("AppraisalForm", "Subtotal: {name}").format(
                        name=row.dimension.name
                    )
                if column == SheetColumn.WEIGHT:
                    return percent_text(row.dimension.weight)
                return None
            scorer, part = scorer_part
            if part != "score":
                return None
            subtotal, complete = self._subtotal(scorer, row.dimension)
        else:
            if scorer_part is None:
                if role != _DISPLAY:
                    return None
                if column == SheetColumn.DIMENSION:
                    return QCoreApplication.translate("AppraisalForm", "Total")
                if column == SheetColumn.WEIGHT:
                    return percent_text(Decimal(100))
                return None
            scorer, part = scorer_part
            if part != "score":
                if part == "input" and role == _DISPLAY and self.has_entries(scorer):
                    total, complete = self._total(scorer)
                    if not complete:
                        return QCoreApplication.translate("AppraisalForm", "incomplete")
                return None
            subtotal, complete = self._total(scorer)
        if role == _DISPLAY:
            return number_text(subtotal)
        if role == _FOREGROUND and subtotal is not None and not complete:
            return tone_color("muted")
        if role == _TOOLTIP and subtotal is not None and not complete:
            return QCoreApplication.translate(
                "AppraisalForm",
                "Not every indicator has an entry yet: this sheet does not count until it is complete.",
            )
        return None

    # --- editing ----------------------------------------------------------------------------

    def flags(self, index: QModelIndex | QPersistentModelIndex) -> Qt.ItemFlag:
        base = super().flags(index)
        row = self.row_at(index.row()) if index.isValid() else None
        if row is None or row.kind != RowKind.INDICATOR or index.column() not in _COLUMN_SCORER:
            return base
        scorer, part = _COLUMN_SCORER[SheetColumn(index.column())]
        if scorer not in self._editable:
            return base
        assert row.indicator is not None
        key = (scorer, row.indicator.key)
        if part == "input" or (part == "comment" and self._comment_editable(key)):
            return base | Qt.ItemFlag.ItemIsEditable
        return base

    def _comment_editable(self, key: Key) -> bool:
        value = self._values.get(key)
        if value is None:
            return False
        return not self._locked or value != self._saved_values.get(key)

    def setData(
        self, index: QModelIndex | QPersistentModelIndex, value: Any, role: int = _EDIT
    ) -> bool:
        if role != _EDIT or not (self.flags(index) & Qt.ItemFlag.ItemIsEditable):
            return False
        row = self._rows[index.row()]
        assert row.indicator is not None
        scorer, part = _COLUMN_SCORER[SheetColumn(index.column())]
        key = (scorer, row.indicator.key)
        if part == "comment":
            text = str(value or "").strip()
            if text == self._comments.get(key, ""):
                return True
            if text:
                self._comments[key] = text
            else:
                self._comments.pop(key, None)
            self.dataChanged.emit(index, index)
            self.edited.emit()
            return True
        try:
            parsed = parse_input(row.indicator, value)
        except KpiRefused as refusal:
            self.refused.emit(
                index.row(), index.column(), describe_kpi(refusal.rule, refusal.facts)
            )
            return False
        if parsed == self._values.get(key):
            return True
        if parsed is None:
            self._values.pop(key, None)
        else:
            self._values[key] = parsed
        self._rescore()
        self._everything_changed()  # scores, subtotals and totals follow
        self.edited.emit()
        return True


# --- bonuses, deductions and vetoes -------------------------------------------------------------


@dataclass(frozen=True)
class ItemRow:
    kind: ItemKind
    key: str
    name: str
    standard: str
    limit: Decimal  # at most these points; for a veto, the cap on the final score


class ItemColumn(IntEnum):
    KIND = 0
    ITEM = 1
    STANDARD = 2
    LIMIT = 3
    POINTS = 4
    COMMENT = 5


ITEM_COLUMNS = {
    ItemColumn.KIND: Column(QT_TRANSLATE_NOOP("AppraisalForm", "Kind"), QT_TRANSLATE_NOOP("AppraisalForm", "Bonus, deduction or veto")),
    ItemColumn.ITEM: Column(QT_TRANSLATE_NOOP("AppraisalForm", "Item"), QT_TRANSLATE_NOOP("AppraisalForm", "The item on the template")),
    ItemColumn.STANDARD: Column(QT_TRANSLATE_NOOP("AppraisalForm", "Standard"), QT_TRANSLATE_NOOP("AppraisalForm", "When the item applies")),
    ItemColumn.LIMIT: Column(QT_TRANSLATE_NOOP("AppraisalForm", "Limit"), QT_TRANSLATE_NOOP("AppraisalForm", "Most points for the item; for a veto, the highest final score it allows"), _RIGHT),
    ItemColumn.POINTS: Column(QT_TRANSLATE_NOOP("AppraisalForm", "Points"), QT_TRANSLATE_NOOP("AppraisalForm", "Points given for the period; tick a veto that applies"), _RIGHT),
    ItemColumn.COMMENT: Column(QT_TRANSLATE_NOOP("AppraisalForm", "Comment"), QT_TRANSLATE_NOOP("AppraisalForm", "Why the item applies; kept with a change of its points")),
}  # fmt: skip

ItemKey = tuple[ItemKind, str]


class ItemsModel(ListTableModel[ItemRow]):
    """The template's bonuses, deductions and vetoes with what this form gives for each."""

    CONTEXT = CONTEXT
    COLUMNS = ITEM_COLUMNS
    HEADER_ALIGNMENT = True

    edited = Signal()
    refused = Signal(int, int, str)

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._points: dict[ItemKey, Decimal] = {}
        self._vetoes: set[str] = set()
        self._comments: dict[ItemKey, str] = {}
        self._saved_points: dict[ItemKey, Decimal] = {}
        self._saved_vetoes: set[str] = set()
        self._saved_comments: dict[ItemKey, str] = {}
        self._editable = False

    def key_of(self, row: ItemRow) -> Any:
        return (row.kind, row.key)

    def load(self, template: Template, items: Iterable[ItemEntry]) -> None:
        rows = [
            ItemRow(ItemKind.BONUS, i.key, i.name, i.standard, i.max_points)
            for i in template.bonuses
        ]
        rows += [
            ItemRow(ItemKind.DEDUCTION, i.key, i.name, i.standard, i.max_points)
            for i in template.deductions
        ]
        rows += [ItemRow(ItemKind.VETO, v.key, v.name, v.standard, v.cap) for v in template.vetoes]  # fmt: skip
        self._saved_points = {}
        self._saved_vetoes = set()
        self._saved_comments = {}
        for item in items:
            if item.kind == ItemKind.VETO:
                self._saved_vetoes.add(item.key)
            elif item.points is not None:
                self._saved_points[(item.kind, item.key)] = item.points
            if item.comment:
                self._saved_comments[(item.kind, item.key)] = item.comment
        self._points = dict(self._saved_points)
        self._vetoes = set(self._saved_vetoes)
        self._comments = dict(self._saved_comments)
        self.set_rows(rows)

    def set_editable(self, editable: bool) -> None:
        self._editable = editable
        if self._rows:
            self.dataChanged.emit(
                self.index(0, 0), self.index(len(self._rows) - 1, len(ITEM_COLUMNS) - 1)
            )

    def revert(self) -> None:
        self._points = dict(self._saved_points)
        self._vetoes = set(self._saved_vetoes)
        self._comments = dict(self._saved_comments)
        self.set_editable(self._editable)
        self.edited.emit()

    def points(self, kind: ItemKind) -> dict[str, Decimal]:
        return {key: p for (k, key), p in self._points.items() if k == kind}

    def vetoes(self) -> set[str]:
        return set(self._vetoes)

    def _value(self, key: ItemKey, saved: bool = False) -> Decimal | bool | None:
        kind, item_key = key
        if kind == ItemKind.VETO:
            return item_key in (self._saved_vetoes if saved else self._vetoes)
        return (self._saved_points if saved else self._points).get(key)

    def _changed(self, key: ItemKey) -> bool:
        return self._value(key) != self._value(key, saved=True)

    def changes(self) -> dict[ItemKind, tuple[dict[str, Decimal | bool | None], dict[str, str]]]:
        """Per kind: the values to save (points, None to clear; True/False for vetoes) and the
        comments that go with them."""
        found: dict[ItemKind, tuple[dict[str, Decimal | bool | None], dict[str, str]]] = {}
        for row in self._rows:
            key = (row.kind, row.key)
            if not self._changed(key):
                continue
            values, comments = found.setdefault(row.kind, ({}, {}))
            values[row.key] = self._value(key)
            comments[row.key] = self._comments.get(key, "")
        return found

    def is_dirty(self) -> bool:
        return bool(self.changes())

    def index_of(self, kind: ItemKind, key: str, column: ItemColumn = ItemColumn.POINTS):
        position = self.row_of((kind, key))
        return self.index(position, column) if position >= 0 else QModelIndex()

    def cell(self, row: ItemRow, column: ItemColumn, role: int) -> Any:
        key = (row.kind, row.key)
        if role == _ALIGNMENT:
            return ITEM_COLUMNS[column].alignment()
        veto = row.kind == ItemKind.VETO
        if role == _DISPLAY:
            if column == ItemColumn.KIND:
                return label("kpi_item", row.kind.value)
            if column == ItemColumn.ITEM:
                return row.name
            if column == ItemColumn.STANDARD:
                return row.standard
            if column == ItemColumn.LIMIT:
                if veto:
                    return QCoreApplication.translate("AppraisalForm", "score at most {0}").format(
                        number_text(row.limit)
                    )
                return number_text(row.limit)
            if column == ItemColumn.POINTS:
                if veto:
                    return (
                        QCoreApplication.translate("AppraisalForm", "Applies")
                        if row.key in self._vetoes
                        else ""
                    )
                return number_text(self._points.get(key), 4)
            if column == ItemColumn.COMMENT:
                return self._comments.get(key, "")
        if role == _EDIT:
            if column == ItemColumn.POINTS and not veto:
                return number_text(self._points.get(key), 10)
            if column == ItemColumn.COMMENT:
                return self._comments.get(key, "")
        if role == _CHECK and column == ItemColumn.POINTS and veto:
            return (
                Qt.CheckState.Checked if row.key in self._vetoes else Qt.CheckState.Unchecked
            ).value
        if role == _TOOLTIP and column in (ItemColumn.STANDARD, ItemColumn.ITEM):
            return row.standard or None
        if role == _FONT and column == ItemColumn.POINTS and self._changed(key):
            return _bold()
        if role == _FOREGROUND and veto and row.key in self._vetoes:
            return tone_color("error")
        return None

    def flags(self, index: QModelIndex | QPersistentModelIndex) -> Qt.ItemFlag:
        base = super().flags(index)
        row = self.row_at(index.row()) if index.isValid() else None
        if row is None or not self._editable:
            return base
        if index.column() == ItemColumn.POINTS:
            if row.kind == ItemKind.VETO:
                return base | Qt.ItemFlag.ItemIsUserCheckable
            return base | Qt.ItemFlag.ItemIsEditable
        if index.column() == ItemColumn.COMMENT and self._changed((row.kind, row.key)):
            return base | Qt.ItemFlag.ItemIsEditable
        return base

    def setData(
        self, index: QModelIndex | QPersistentModelIndex, value: Any, role: int = _EDIT
    ) -> bool:
        if not index.isValid() or not self._editable:
            return False
        row = self._rows[index.row()]
        key = (row.kind, row.key)
        if index.column() == ItemColumn.POINTS and row.kind == ItemKind.VETO and role == _CHECK:
            checked = Qt.CheckState(value) == Qt.CheckState.Checked
            if checked:
                self._vetoes.add(row.key)
            else:
                self._vetoes.discard(row.key)
            self._after_edit(index.row())
            return True
        if role != _EDIT or not (self.flags(index) & Qt.ItemFlag.ItemIsEditable):
            return False
        if index.column() == ItemColumn.COMMENT:
            text = str(value or "").strip()
            if text:
                self._comments[key] = text
            else:
                self._comments.pop(key, None)
            self._after_edit(index.row())
            return True
        try:
            points = self._points_of(row, value)
        except KpiRefused as refusal:
            self.refused.emit(
                index.row(), index.column(), describe_kpi(refusal.rule, refusal.facts)
            )
            return False
        if points is None:
            self._points.pop(key, None)
        else:
            self._points[key] = points
        self._after_edit(index.row())
        return True

    @staticmethod
    def _points_of(row: ItemRow, value: Any) -> Decimal | None:
        """Typed points, refused as the service refuses them: a number from 0 to the limit."""
        if value is None or (isinstance(value, str) and not value.strip()):
            return None
        points = value if isinstance(value, Decimal) else parse_decimal(str(value))
        if points < 0 or points > row.limit:
            raise KpiRefused(
                "points_out_of_range",
                kind=row.kind.value,
                item=row.key,
                points=points,
                limit=number_text(row.limit),
            )
        return points

    def _after_edit(self, position: int) -> None:
        self.dataChanged.emit(self.index(position, 0), self.index(position, len(ITEM_COLUMNS) - 1))
        self.edited.emit()


# --- the log and the signed sheets --------------------------------------------------------------


class LogColumn(IntEnum):
    WHEN = 0
    ENTRY = 1
    STEP = 2
    DETAILS = 3
    NOTE = 4
    BY = 5


LOG_COLUMNS = {
    LogColumn.WHEN: Column(QT_TRANSLATE_NOOP("AppraisalForm", "When"), QT_TRANSLATE_NOOP("AppraisalForm", "When it happened (this computer's time)")),
    LogColumn.ENTRY: Column(QT_TRANSLATE_NOOP("AppraisalForm", "What"), QT_TRANSLATE_NOOP("AppraisalForm", "What happened to the form")),
    LogColumn.STEP: Column(QT_TRANSLATE_NOOP("AppraisalForm", "Step"), QT_TRANSLATE_NOOP("AppraisalForm", "The form's step then, and where it went")),
    LogColumn.DETAILS: Column(QT_TRANSLATE_NOOP("AppraisalForm", "Change"), QT_TRANSLATE_NOOP("AppraisalForm", "What changed: the old value and the new one")),
    LogColumn.NOTE: Column(QT_TRANSLATE_NOOP("AppraisalForm", "Reason or comment"), QT_TRANSLATE_NOOP("AppraisalForm", "The reason given, or the comment sent with the form")),
    LogColumn.BY: Column(QT_TRANSLATE_NOOP("AppraisalForm", "By"), QT_TRANSLATE_NOOP("AppraisalForm", "Who recorded it")),
}  # fmt: skip


def _plain_value(value: object, names: Callable[[str], str] | None = None) -> str:
    """A value as the log keeps it (JSON), in words."""
    if value is None:
        return "—"
    if isinstance(value, bool):
        return QCoreApplication.translate("AppraisalForm", "Applies") if value else "—"
    if isinstance(value, dict):
        if "actual" in value:
            return number_text(Decimal(str(value["actual"])), 4)
        if "incidents" in value:
            return str(value["incidents"])
        if "rating" in value:
            return str(value["rating"])
        if "passed" in value:
            return verdict_text(bool(value["passed"]))
        if "met" in value:
            met = [names(str(key)) if names else str(key) for key in value["met"]]
            return ", ".join(met) or "—"
        if "score" in value:
            score = value.get("score")
            text = score_text(Decimal(str(score))) if score is not None else "—"
            grade = value.get("grade")
            return f"{text} ({grade})" if grade else text
    if isinstance(value, str):
        try:
            return number_text(Decimal(value), 4)
        except ArithmeticError:
            return value
    return str(value)


class LogModel(ListTableModel[LogRow]):
    """The form's log: moves, changes after finalizing (old → new, with the reason), rescoring,
    calibration, reviewer and template changes."""

    CONTEXT = CONTEXT
    COLUMNS = LOG_COLUMNS

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._template: Template | None = None
        self._people: Mapping[int, str] = {}

    def set_log(
        self, rows: Iterable[LogRow], template: Template, people: Mapping[int, str]
    ) -> None:
        self._template = template
        self._people = people
        self.set_rows(list(rows))

    def details(self, row: LogRow) -> str:
        if row.kind == LogKind.REVIEWER:
            return f"{self._person(row.old)} → {self._person(row.new)}"
        if row.kind in (LogKind.RESCORED, LogKind.CALIBRATION):
            return f"{_plain_value(row.old)} → {_plain_value(row.new)}"
        if row.kind == LogKind.CHANGE and len(row.what) == 2:
            who, key = row.what
            where, names = self._where(who, key)
            return f"{where}: {_plain_value(row.old, names)} → {_plain_value(row.new, names)}"
        return ""

    def _person(self, value: object) -> str:
        if isinstance(value, int):
            return self._people.get(value, str(value))
        return "—"

    def _where(self, who: str, key: str) -> tuple[str, Callable[[str], str] | None]:
        template = self._template
        if who in {s.value for s in Scorer}:
            indicator = (
                next((i for i in template.indicators if i.key == key), None) if template else None
            )
            name = indicator.name if indicator else key
            milestones = (
                {m.key: m.name for m in indicator.measure.milestones}
                if indicator is not None and isinstance(indicator.measure, Process)
                else {}
            )
            return f"{label('kpi_scorer', who)} · {name}", lambda k: milestones.get(k, k)
        items = []
        if template is not None:
            items = [*template.bonuses, *template.deductions, *template.vetoes]
        name = next((i.name for i in items if i.key == key), key)
        kind = {"bonuses": "bonus", "deductions": "deduction", "vetoes": "veto"}.get(who, who)
        return f"{label('kpi_item', kind)} · {name}", None

    def cell(self, row: LogRow, column: LogColumn, role: int) -> Any:
        if role == SORT_ROLE:
            return (
                f"{row.recorded_at}#{row.id:012d}"
                if column == LogColumn.WHEN
                else self.cell(row, column, _DISPLAY)
            )
        if role not in (_DISPLAY, _TOOLTIP):
            return None
        if column == LogColumn.WHEN:
            return timestamp_text(row.recorded_at)
        if column == LogColumn.ENTRY:
            return label("kpi_log", row.kind.value)
        if column == LogColumn.STEP:
            source = label("kpi_stage", row.source.value if row.source else None)
            if row.target is not None:
                return f"{source} → {label('kpi_stage', row.target.value)}"
            return source
        if column == LogColumn.DETAILS:
            return self.details(row)
        if column == LogColumn.NOTE:
            return row.note
        return row.recorded_by


class SheetsColumn(IntEnum):
    FILE = 0
    SIZE = 1
    ADDED = 2


SHEETS_COLUMNS = {
    SheetsColumn.FILE: Column(QT_TRANSLATE_NOOP("AppraisalForm", "File"), QT_TRANSLATE_NOOP("AppraisalForm", "The scan of the signed paper sheet")),
    SheetsColumn.SIZE: Column(QT_TRANSLATE_NOOP("AppraisalForm", "Size"), QT_TRANSLATE_NOOP("AppraisalForm", "Size of the file"), _RIGHT),
    SheetsColumn.ADDED: Column(QT_TRANSLATE_NOOP("AppraisalForm", "Added on"), QT_TRANSLATE_NOOP("AppraisalForm", "When it was attached (this computer's time)")),
}  # fmt: skip


class SheetsModel(ListTableModel[SheetAttachment]):
    """The signed paper sheets attached to the form (kept in the employee's file too)."""

    CONTEXT = CONTEXT
    COLUMNS = SHEETS_COLUMNS

    def cell(self, row: SheetAttachment, column: SheetsColumn, role: int) -> Any:
        if role == _ALIGNMENT:
            return SHEETS_COLUMNS[column].alignment()
        if role == SORT_ROLE:
            return {SheetsColumn.FILE: row.file_name, SheetsColumn.SIZE: row.size, SheetsColumn.ADDED: row.added_at}[column]  # fmt: skip
        if role not in (_DISPLAY, _TOOLTIP):
            return None
        if column == SheetsColumn.FILE:
            return row.file_name
        if column == SheetsColumn.SIZE:
            return QLocale().formattedDataSize(row.size)
        return timestamp_text(row.added_at)


# --- editing the entries ------------------------------------------------------------------------


class ChecklistEditor(QListWidget):
    """A process indicator's milestones, each ticked when met (drops below its cell)."""

    def __init__(self, indicator: Indicator, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        measure = indicator.measure
        milestones = measure.milestones if isinstance(measure, Process) else ()
        for milestone in milestones:
            item = QListWidgetItem(milestone.name)
            item.setData(Qt.ItemDataRole.UserRole, milestone.key)
            item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
            self.addItem(item)
        self.setAutoFillBackground(True)

    def met(self) -> list[str]:
        return [
            self.item(n).data(Qt.ItemDataRole.UserRole)
            for n in range(self.count())
            if self.item(n).checkState() == Qt.CheckState.Checked
        ]

    def set_met(self, keys: Iterable[str]) -> None:
        wanted = set(keys)
        for n in range(self.count()):
            item = self.item(n)
            item.setCheckState(
                Qt.CheckState.Checked
                if item.data(Qt.ItemDataRole.UserRole) in wanted
                else Qt.CheckState.Unchecked
            )


class SheetDelegate(QStyledItemDelegate):
    """Editors for the entries: a rating from the scale's levels, pass or fail, the checklist's
    milestones, a typed number (checked by the model, which says why it refuses one)."""

    def createEditor(
        self,
        parent: QWidget,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> QWidget:
        indicator = index.data(INDICATOR_ROLE)
        column = index.column()
        if (
            indicator is None
            or column not in _COLUMN_SCORER
            or _COLUMN_SCORER[column][1] != "input"
        ):
            return super().createEditor(parent, option, index)
        kind = input_kind(indicator)
        if kind is Rating:
            combo = QComboBox(parent)
            combo.addItem("—", None)
            measure = indicator.measure
            for level in measure.levels if isinstance(measure, Qualitative) else ():
                combo.addItem(f"{level.value} · {level.label}", level.value)
                tip = QCoreApplication.translate("AppraisalForm", "{score} points").format(
                    score=number_text(level.score)
                )
                if level.description:
                    tip = f"{level.description} ({tip})"
                combo.setItemData(combo.count() - 1, tip, Qt.ItemDataRole.ToolTipRole)
            self._commit_on_choice(combo)
            return combo
        if kind is Verdict:
            combo = QComboBox(parent)
            combo.addItem("—", None)
            combo.addItem(verdict_text(True), True)
            combo.addItem(verdict_text(False), False)
            self._commit_on_choice(combo)
            return combo
        if kind is Checklist:
            return ChecklistEditor(indicator, parent)
        edit = QLineEdit(parent)
        edit.setAlignment(Qt.AlignmentFlag.AlignRight)
        return edit

    def _commit_on_choice(self, combo: QComboBox) -> None:
        def chosen(_index: int) -> None:
            self.commitData.emit(combo)
            self.closeEditor.emit(combo)

        combo.activated.connect(chosen)

    def setEditorData(self, editor: QWidget, index: QModelIndex | QPersistentModelIndex) -> None:
        value = index.data(_EDIT)
        if isinstance(editor, QComboBox):
            found = editor.findData(value)
            editor.setCurrentIndex(max(found, 0))
        elif isinstance(editor, ChecklistEditor):
            editor.set_met(value or ())
        elif isinstance(editor, QLineEdit):
            editor.setText("" if value is None else str(value))
        else:
            super().setEditorData(editor, index)

    def setModelData(
        self,
        editor: QWidget,
        model: QAbstractItemModel,
        index: QModelIndex | QPersistentModelIndex,
    ) -> None:
        if isinstance(editor, QComboBox):
            model.setData(index, editor.currentData(), _EDIT)
        elif isinstance(editor, ChecklistEditor):
            model.setData(index, editor.met(), _EDIT)
        elif isinstance(editor, QLineEdit):
            model.setData(index, editor.text(), _EDIT)
        else:
            super().setModelData(editor, model, index)

    def updateEditorGeometry(
        self,
        editor: QWidget,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> None:
        if isinstance(editor, ChecklistEditor):
            rect = QRect(option.rect)
            line = editor.sizeHintForRow(0) if editor.count() else rect.height()
            rect.setHeight(line * max(1, editor.count()) + 2 * editor.frameWidth())
            rect.setWidth(max(rect.width(), editor.sizeHintForColumn(0) + 4 * line))
            editor.setGeometry(rect)
            return
        super().updateEditorGeometry(editor, option, index)


def editing_view_triggers() -> QAbstractItemView.EditTrigger:
    """Typing starts an entry, as in a spreadsheet; F2, double-click or a second click too."""
    trigger = QAbstractItemView.EditTrigger
    return (
        trigger.DoubleClicked
        | trigger.EditKeyPressed
        | trigger.AnyKeyPressed
        | trigger.SelectedClicked
    )
