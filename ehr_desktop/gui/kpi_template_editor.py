"""The KPI template editor: dimensions and indicators in a tree (names, weights, kinds and rules
edited in place), the chosen row's details, scorers and grades, veto/bonus/deduction items and
where the template applies. Weight totals and every problem validate() finds show live, where
they are; Save is refused until there are none."""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from decimal import Decimal
from enum import IntEnum
from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractItemModel,
    QAbstractTableModel,
    QCoreApplication,
    QItemSelectionModel,
    QLocale,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSignalBlocker,
    QSize,
    Qt,
    Signal,
)
from PySide6.QtGui import (
    QAction,
    QColor,
    QFont,
    QGuiApplication,
    QIcon,
    QKeySequence,
    QPalette,
    QShortcut,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QAbstractSpinBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QSpinBox,
    QSplitter,
    QStackedWidget,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QTabWidget,
    QToolButton,
    QTreeView,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ehr_desktop.domain.errors import EhrError, InvalidInput
from ehr_desktop.domain.kpi import (
    DEFAULT_GRADES,
    DEFAULT_SCORER_WEIGHTS,
    AdjustmentItem,
    Band,
    Bands,
    DepartmentRule,
    Dimension,
    Direction,
    GradeBand,
    GradeScale,
    Indicator,
    Level,
    Linear,
    Milestone,
    PassFail,
    PerIncident,
    Problem,
    Process,
    Qualitative,
    Quantitative,
    Scope,
    Scorer,
    Template,
    VetoItem,
    canonical_json,
    validate,
)
from ehr_desktop.gui.icons import icon
from ehr_desktop.gui.labels import choices, label
from ehr_desktop.gui.messages import describe_kpi, describe_kpi_error
from ehr_desktop.gui.roles import error_label, hint_label, set_role
from ehr_desktop.services import kpi_templates, organization
from ehr_desktop.services.kpi_templates import SavedTemplate
from ehr_desktop.services.organization import DepartmentNode, PositionRow
from ehr_desktop.services.vaults import UnlockedVault

CONTEXT = "TemplateEditor"
ZERO = Decimal(0)
HUNDRED = Decimal(100)
_ROOT = QModelIndex()
WHERE_ROLE = Qt.ItemDataRole.UserRole + 4  # the row's path in the template, as validate() says
_EDIT = Qt.ItemDataRole.EditRole
_DISPLAY = Qt.ItemDataRole.DisplayRole
Path = tuple[str | int, ...]

# Same tones as QLabel[role="error"] in app.qss / app-dark.qss, and a green for "adds up".
_TONES = {"error": ("#B91C1C", "#FCA5A5"), "ok": ("#166534", "#86EFAC")}


def tone(name: str) -> QColor:
    """Red ("error") or green ("ok"), readable on the current light or dark palette."""
    dark = QGuiApplication.palette().color(QPalette.ColorRole.Window).lightness() < 128
    light_tone, dark_tone = _TONES[name]
    return QColor(dark_tone if dark else light_tone)


def show_state(widget: QLabel, text: str, ok: bool | None) -> None:
    """A label in green (ok), red (not ok) or the normal colour (None); `tone` property for tests."""
    widget.setText(text)
    widget.setProperty("tone", "" if ok is None else ("ok" if ok else "error"))
    if ok is False:
        widget.setStyleSheet("")
        set_role(widget, "error")
    else:
        set_role(widget, "")
        widget.setStyleSheet(f"color: {tone('ok').name()};" if ok else "")


# --- numbers ------------------------------------------------------------------------------------


def to_decimal(value: float | Decimal | str, places: int = 2) -> Decimal:
    """A spin box's value as an exact Decimal: 40.0 → 40, 12.50 → 12.5."""
    number = Decimal(str(round(float(value), places))) if not isinstance(value, Decimal) else value
    if number == number.to_integral_value():
        return number.quantize(Decimal(1)) + 0
    return number.normalize()


def number_text(value: Decimal | int | float | None, places: int | None = None) -> str:
    """A number as the locale writes it, without trailing zeros (or with `places` decimals)."""
    if value is None:
        return ""
    number = Decimal(str(value)) if not isinstance(value, Decimal) else value
    if places is not None:
        number = number.quantize(Decimal(1).scaleb(-places))
        decimals = places
    else:
        text = format(number, "f")
        decimals = len(text.split(".", 1)[1].rstrip("0")) if "." in text else 0
    return QLocale().toString(float(number), "f", decimals)


def percent_text(value: Decimal | None) -> str:
    return QCoreApplication.translate("TemplateEditor", "{value} %").format(
        value=number_text(value)
    )


def _facts_in_words(facts: dict[str, Any]) -> dict[str, Any]:
    return {
        key: number_text(value) if isinstance(value, Decimal) else value
        for key, value in facts.items()
    }


def problem_sentence(problem: Problem) -> str:
    """A validate() problem in words, its numbers as the locale writes them."""
    return describe_kpi(problem.code, _facts_in_words(dict(problem.facts)))


def _under(problems: Iterable[Problem], prefix: Path) -> list[Problem]:
    return [p for p in problems if tuple(p.where[: len(prefix)]) == prefix]


# --- delegates ----------------------------------------------------------------------------------


class DecimalDelegate(QStyledItemDelegate):
    """Edits a Decimal (the model's EditRole) in a spin box bounded to [minimum, maximum]."""

    def __init__(
        self,
        minimum: float = 0,
        maximum: float = 100,
        decimals: int = 2,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.minimum, self.maximum, self.decimals = minimum, maximum, decimals

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index) -> QWidget:
        editor = QDoubleSpinBox(parent)
        editor.setRange(self.minimum, self.maximum)
        editor.setDecimals(self.decimals)
        editor.setButtonSymbols(QAbstractSpinBox.ButtonSymbols.NoButtons)
        editor.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        editor.setFrame(False)
        return editor

    def setEditorData(self, editor: QWidget, index) -> None:
        value = index.data(_EDIT)
        editor.setValue(float(value) if value is not None else 0.0)  # type: ignore[attr-defined]
        editor.selectAll()  # type: ignore[attr-defined]

    def setModelData(self, editor: QWidget, model, index) -> None:
        editor.interpretText()  # type: ignore[attr-defined]
        model.setData(index, to_decimal(editor.value(), self.decimals), _EDIT)  # type: ignore[attr-defined]


class ChoiceDelegate(QStyledItemDelegate):
    """Edits a code (the model's EditRole) with a combo box of (code, words) choices."""

    def __init__(
        self, offered: Callable[[], Sequence[tuple[str, str]]], parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self._offered = offered

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index) -> QWidget:
        editor = QComboBox(parent)
        for code, text in self._offered():
            editor.addItem(text, code)
        # One choice is the whole edit: commit it at once.
        editor.activated.connect(lambda _position: self._chosen(editor))
        return editor

    def _chosen(self, editor: QComboBox) -> None:
        self.commitData.emit(editor)
        self.closeEditor.emit(editor)

    def setEditorData(self, editor: QWidget, index) -> None:
        position = editor.findData(index.data(_EDIT))  # type: ignore[attr-defined]
        editor.setCurrentIndex(max(position, 0))  # type: ignore[attr-defined]

    def setModelData(self, editor: QWidget, model, index) -> None:
        model.setData(index, editor.currentData(), _EDIT)  # type: ignore[attr-defined]


# --- the draft: a template while it is being edited ---------------------------------------------


def _unique_key(prefix: str, used: Iterable[str]) -> str:
    taken = set(used)
    number = 1
    while f"{prefix}{number}" in taken:
        number += 1
    return f"{prefix}{number}"


@dataclass
class IndicatorDraft:
    key: str
    name: str = ""
    weight: Decimal = ZERO
    standard: str = ""
    kind: str = "quantitative"
    target: Decimal | None = None
    unit: str = ""
    direction: str = Direction.HIGHER_IS_BETTER.value
    rule: str = "linear"
    floor: Decimal = ZERO  # linear
    cap: Decimal = HUNDRED
    bands: list[list[Any]] = field(default_factory=list)  # [at_least, score]
    below: Decimal = ZERO
    per_incident: Decimal = Decimal(10)
    start: Decimal = HUNDRED
    incident_floor: Decimal = ZERO
    pass_score: Decimal = HUNDRED
    fail_score: Decimal = ZERO
    levels: list[list[Any]] = field(default_factory=list)  # [value, label, description, score]
    milestones: list[list[Any]] = field(default_factory=list)  # [name, key]

    @classmethod
    def from_indicator(cls, indicator: Indicator) -> IndicatorDraft:
        draft = cls(indicator.key, indicator.name, indicator.weight, indicator.standard)
        measure = indicator.measure
        if isinstance(measure, Quantitative):
            draft.kind = "quantitative"
            draft.target, draft.unit = measure.target, measure.unit
            draft.direction = Direction(measure.direction).value
            rule = measure.rule
            if isinstance(rule, Linear):
                draft.rule, draft.floor, draft.cap = "linear", rule.floor, rule.cap
            elif isinstance(rule, Bands):
                draft.rule, draft.below = "bands", rule.below
                draft.bands = [[band.at_least, band.score] for band in rule.bands]
            elif isinstance(rule, PerIncident):
                draft.rule = "per_incident"
                draft.per_incident, draft.start = rule.per_incident, rule.start
                draft.incident_floor = rule.floor
            else:
                draft.rule = "pass_fail"
                draft.pass_score, draft.fail_score = rule.pass_score, rule.fail_score
        elif isinstance(measure, Qualitative):
            draft.kind = "qualitative"
            draft.levels = [[lv.value, lv.label, lv.description, lv.score] for lv in measure.levels]
        else:
            draft.kind = "process"
            draft.milestones = [[m.name, m.key] for m in measure.milestones]
        return draft

    def measure(self) -> Quantitative | Qualitative | Process:
        if self.kind == "qualitative":
            return Qualitative(
                tuple(
                    Level(int(value), str(text).strip(), Decimal(score), str(description).strip())
                    for value, text, description, score in self.levels
                )
            )
        if self.kind == "process":
            return Process(
                tuple(Milestone(key, str(name).strip()) for name, key in self.milestones)
            )
        rule: Linear | Bands | PerIncident | PassFail
        if self.rule == "bands":
            rule = Bands(tuple(Band(Decimal(a), Decimal(s)) for a, s in self.bands), self.below)
        elif self.rule == "per_incident":
            rule = PerIncident(self.per_incident, self.start, self.incident_floor)
        elif self.rule == "pass_fail":
            rule = PassFail(self.pass_score, self.fail_score)
        else:
            rule = Linear(self.floor, self.cap)
        return Quantitative(
            rule,
            target=self.target if self.target else None,  # 0 reads as "no target"
            unit=self.unit.strip(),
            direction=Direction(self.direction),
        )

    def indicator(self) -> Indicator:
        return Indicator(
            self.key.strip(), self.name.strip(), self.weight, self.measure(), self.standard.strip()
        )


@dataclass
class DimensionDraft:
    key: str
    name: str = ""
    weight: Decimal = ZERO
    indicators: list[IndicatorDraft] = field(default_factory=list)

    def total(self) -> Decimal:
        return sum((indicator.weight for indicator in self.indicators), ZERO)


@dataclass
class TemplateDraft:
    """A mutable template: what the editor's widgets change; `to_template()` is the value."""

    code: str = ""
    name: str = ""
    version: int = 1
    dimensions: list[DimensionDraft] = field(default_factory=list)
    scorer_weights: dict[str, Decimal] = field(
        default_factory=lambda: {s.value: w for s, w in DEFAULT_SCORER_WEIGHTS.items()}
    )
    vetoes: list[list[Any]] = field(default_factory=list)  # [name, cap, standard, key]
    bonuses: list[list[Any]] = field(default_factory=list)  # [name, max_points, standard, key]
    deductions: list[list[Any]] = field(default_factory=list)
    max_total_bonus: Decimal = ZERO
    max_total_deduction: Decimal = ZERO
    grades: list[list[Any]] = field(
        default_factory=lambda: [[b.name, b.lower_bound] for b in DEFAULT_GRADES.bands]
    )  # [name, lower_bound], best first
    lowest: str = DEFAULT_GRADES.lowest
    scope: Scope = field(default_factory=Scope)

    @classmethod
    def from_template(cls, template: Template) -> TemplateDraft:
        return cls(
            code=template.code,
            name=template.name,
            version=template.version,
            dimensions=[
                DimensionDraft(
                    d.key,
                    d.name,
                    d.weight,
                    [IndicatorDraft.from_indicator(i) for i in d.indicators],
                )
                for d in template.dimensions
            ],
            scorer_weights={
                scorer.value: template.scorer_weights.get(scorer, ZERO) for scorer in Scorer
            },
            vetoes=[[v.name, v.cap, v.standard, v.key] for v in template.vetoes],
            bonuses=[[b.name, b.max_points, b.standard, b.key] for b in template.bonuses],
            deductions=[[x.name, x.max_points, x.standard, x.key] for x in template.deductions],
            max_total_bonus=template.max_total_bonus,
            max_total_deduction=template.max_total_deduction,
            grades=[[band.name, band.lower_bound] for band in template.grades.bands],
            lowest=template.grades.lowest,
            scope=template.scope,
        )

    def to_template(self) -> Template:
        def items(rows: list[list[Any]]) -> tuple[AdjustmentItem, ...]:
            return tuple(
                AdjustmentItem(key, str(name).strip(), Decimal(points), str(standard).strip())
                for name, points, standard, key in rows
            )

        return Template(
            code=self.code.strip(),
            name=self.name.strip(),
            version=self.version,
            dimensions=tuple(
                Dimension(
                    d.key.strip(),
                    d.name.strip(),
                    d.weight,
                    tuple(i.indicator() for i in d.indicators),
                )
                for d in self.dimensions
            ),
            scorer_weights={Scorer(key): weight for key, weight in self.scorer_weights.items()},
            vetoes=tuple(
                VetoItem(key, str(name).strip(), Decimal(cap), str(standard).strip())
                for name, cap, standard, key in self.vetoes
            ),
            bonuses=items(self.bonuses),
            deductions=items(self.deductions),
            max_total_bonus=self.max_total_bonus,
            max_total_deduction=self.max_total_deduction,
            grades=GradeScale(
                tuple(GradeBand(str(name).strip(), Decimal(bound)) for name, bound in self.grades),
                self.lowest.strip(),
            ),
            scope=self.scope,
        )

    def indicator_keys(self) -> list[str]:
        return [i.key for d in self.dimensions for i in d.indicators]

    def new_dimension(self) -> DimensionDraft:
        return DimensionDraft(_unique_key("D", (d.key for d in self.dimensions)))

    def new_indicator(self) -> IndicatorDraft:
        return IndicatorDraft(_unique_key("K", self.indicator_keys()))

    def total(self) -> Decimal:
        return sum((d.weight for d in self.dimensions), ZERO)

    def scorer_total(self) -> Decimal:
        return sum(self.scorer_weights.values(), ZERO)


def default_levels() -> list[list[Any]]:
    """A five-step rating scale to start from (the one most appraisal forms use)."""
    words = (
        QCoreApplication.translate("TemplateEditor", "Poor"),
        QCoreApplication.translate("TemplateEditor", "Needs improvement"),
        QCoreApplication.translate("TemplateEditor", "Meets expectations"),
        QCoreApplication.translate("TemplateEditor", "Good"),
        QCoreApplication.translate("TemplateEditor", "Excellent"),
    )
    scores = (0, 40, 60, 80, 100)
    return [[n + 1, words[n], "", Decimal(scores[n])] for n in range(5)]


def copy_of(template: Template, used_codes: Iterable[str]) -> Template:
    """A template to start a duplicate from: a free code, the name marked as a copy, version 1."""
    taken = set(used_codes)
    code = f"{template.code}-COPY"
    number = 2
    while code in taken:
        code = f"{template.code}-COPY{number}"
        number += 1
    name = QCoreApplication.translate("TemplateEditor", "{name} (copy)").format(name=template.name)
    return dataclasses.replace(template, code=code, name=name, version=1)


# --- where a template applies, in words ----------------------------------------------------------


def scope_text(
    scope: Scope, paths: dict[int, str], positions: dict[int, PositionRow] | None = None
) -> str:
    """Everyone, or the departments, positions, job families and grades a scope lists."""
    positions = positions or {}
    parts = []
    departments = []
    for rule in scope.departments:
        path = paths.get(rule.department_id, "?")
        if rule.include_subdepartments:
            departments.append(
                QCoreApplication.translate(
                    "TemplateEditor", "{path} and its sub-departments"
                ).format(path=path)
            )
        else:
            departments.append(path)
    separator = QCoreApplication.translate("TemplateEditor", ", ")
    if departments:
        parts.append(separator.join(departments))
    roles = [positions[p].title if p in positions else "?" for p in sorted(scope.positions)]
    roles += [
        QCoreApplication.translate("TemplateEditor", "job family {family}").format(family=family)
        for family in sorted(scope.job_families)
    ]
    if roles:
        parts.append(separator.join(roles))
    if scope.grades:
        parts.append(
            QCoreApplication.translate("TemplateEditor", "grades {grades}").format(
                grades=separator.join(sorted(scope.grades))
            )
        )
    if not parts:
        return QCoreApplication.translate("TemplateEditor", "Everyone")
    return QCoreApplication.translate("TemplateEditor", "; ").join(parts)


# --- the tree of dimensions and indicators -------------------------------------------------------


class TreeColumn(IntEnum):
    NAME = 0
    WEIGHT = 1
    KIND = 2
    RULE = 3
    DIRECTION = 4


TREE_HEADERS = {
    TreeColumn.NAME: (QT_TRANSLATE_NOOP("TemplateTreeModel", "Dimension / indicator"), QT_TRANSLATE_NOOP("TemplateTreeModel", "Dimensions with their indicators; double-click a name to change it")),
    TreeColumn.WEIGHT: (QT_TRANSLATE_NOOP("TemplateTreeModel", "Weight (%)"), QT_TRANSLATE_NOOP("TemplateTreeModel", "Percent of the whole appraisal; a dimension's weight equals its indicators' total, and the dimensions total 100")),
    TreeColumn.KIND: (QT_TRANSLATE_NOOP("TemplateTreeModel", "Kind"), QT_TRANSLATE_NOOP("TemplateTreeModel", "Quantitative (measured against a target), qualitative (rated on a scale) or process (a checklist)")),
    TreeColumn.RULE: (QT_TRANSLATE_NOOP("TemplateTreeModel", "Scoring"), QT_TRANSLATE_NOOP("TemplateTreeModel", "How a quantitative indicator's result becomes a score")),
    TreeColumn.DIRECTION: (QT_TRANSLATE_NOOP("TemplateTreeModel", "Direction"), QT_TRANSLATE_NOOP("TemplateTreeModel", "Whether more or less of a quantitative indicator is better")),
}  # fmt: skip


class TemplateTreeModel(QAbstractItemModel):
    """The draft's dimensions (top level) and indicators (under them). An indicator's internal
    id is its dimension's row + 1; a dimension's is 0."""

    edited = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._draft = TemplateDraft()
        self._problems: dict[tuple[int, int | None], list[tuple[str, str]]] = {}
        self._read_only = False
        self._alert: QIcon | None = None

    # --- the draft ----------------------------------------------------------------------------

    def set_draft(self, draft: TemplateDraft) -> None:
        self.beginResetModel()
        self._draft = draft
        self._problems = {}
        self.endResetModel()

    @property
    def draft(self) -> TemplateDraft:
        return self._draft

    def set_read_only(self, read_only: bool) -> None:
        self._read_only = read_only

    def position(self, index: QModelIndex | QPersistentModelIndex) -> tuple[int, int | None]:
        """(dimension row, indicator row or None) of an index; (-1, None) for none."""
        if not index.isValid():
            return -1, None
        if index.internalId() == 0:
            return index.row(), None
        return index.internalId() - 1, index.row()

    def dimension_at(self, index: QModelIndex | QPersistentModelIndex) -> DimensionDraft | None:
        d, _i = self.position(index)
        return self._draft.dimensions[d] if 0 <= d < len(self._draft.dimensions) else None

    def indicator_at(self, index: QModelIndex | QPersistentModelIndex) -> IndicatorDraft | None:
        d, i = self.position(index)
        dimension = self.dimension_at(index)
        if dimension is None or i is None or not 0 <= i < len(dimension.indicators):
            return None
        return dimension.indicators[i]

    def where(self, index: QModelIndex | QPersistentModelIndex) -> Path:
        d, i = self.position(index)
        if d < 0:
            return ()
        return ("dimensions", d) if i is None else ("dimensions", d, "indicators", i)

    def index_of(
        self, dimension: int, indicator: int | None = None, column: int = 0
    ) -> QModelIndex:
        if indicator is None:
            return self.index(dimension, column)
        return self.index(indicator, column, self.index(dimension, 0))

    def refresh(self, dimension: int, indicator: int | None = None) -> None:
        """Repaints a row (and its dimension's, whose totals it changes)."""
        last = len(TreeColumn) - 1
        if indicator is not None:
            self.dataChanged.emit(
                self.index_of(dimension, indicator), self.index_of(dimension, indicator, last)
            )
        self.dataChanged.emit(self.index_of(dimension), self.index_of(dimension, None, last))

    def add_dimension(self) -> QModelIndex:
        row = len(self._draft.dimensions)
        self.beginInsertRows(_ROOT, row, row)
        self._draft.dimensions.append(self._draft.new_dimension())
        self.endInsertRows()
        self.edited.emit()
        return self.index_of(row)

    def add_indicator(self, dimension: int) -> QModelIndex:
        parent = self.index_of(dimension)
        row = len(self._draft.dimensions[dimension].indicators)
        self.beginInsertRows(parent, row, row)
        self._draft.dimensions[dimension].indicators.append(self._draft.new_indicator())
        self.endInsertRows()
        self.edited.emit()
        return self.index_of(dimension, row)

    def remove(self, index: QModelIndex) -> None:
        d, i = self.position(index)
        if d < 0:
            return
        if i is None:
            self.beginRemoveRows(_ROOT, d, d)
            del self._draft.dimensions[d]
        else:
            self.beginRemoveRows(self.index_of(d), i, i)
            del self._draft.dimensions[d].indicators[i]
        self.endRemoveRows()
        self.edited.emit()

    def move(self, index: QModelIndex, step: int) -> QModelIndex:
        """Moves a row up (-1) or down (+1) among its siblings; the moved row's new index."""
        d, i = self.position(index)
        if d < 0:
            return QModelIndex()
        siblings: list[Any] = (
            self._draft.dimensions if i is None else self._draft.dimensions[d].indicators
        )
        row = d if i is None else i
        target = row + step
        if not 0 <= target < len(siblings):
            return index
        parent = index.parent()
        # Qt counts the destination before the move: one further when moving down.
        destination = target + 1 if step > 0 else target
        self.beginMoveRows(parent, row, row, parent, destination)
        siblings[row], siblings[target] = siblings[target], siblings[row]
        self.endMoveRows()
        self.edited.emit()
        return self.index_of(target) if i is None else self.index_of(d, target)

    def set_problems(self, problems: dict[tuple[int, int | None], list[tuple[str, str]]]) -> None:
        """(dimension, indicator or None) → [(field, sentence)]; field "weight" reddens the weight."""
        if problems == self._problems:
            return
        self._problems = problems
        for d, dimension in enumerate(self._draft.dimensions):
            self.refresh(d)
            if dimension.indicators:
                last = len(TreeColumn) - 1
                self.dataChanged.emit(
                    self.index_of(d, 0), self.index_of(d, len(dimension.indicators) - 1, last)
                )

    def problems_at(self, index: QModelIndex | QPersistentModelIndex) -> list[str]:
        return [sentence for _field, sentence in self._problems.get(self.position(index), [])]

    # --- QAbstractItemModel -------------------------------------------------------------------

    def index(
        self, row: int, column: int, parent: QModelIndex | QPersistentModelIndex = _ROOT
    ) -> QModelIndex:
        if not self.hasIndex(row, column, parent):
            return QModelIndex()
        if not parent.isValid():
            return self.createIndex(row, column, 0)
        return self.createIndex(row, column, parent.row() + 1)

    def parent(self, index: QModelIndex | QPersistentModelIndex | None = None) -> Any:  # type: ignore[override]
        if index is None:  # QObject.parent()
            return super().parent()
        if not index.isValid() or index.internalId() == 0:
            return QModelIndex()
        return self.createIndex(index.internalId() - 1, 0, 0)

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = _ROOT) -> int:
        if not parent.isValid():
            return len(self._draft.dimensions)
        if parent.column() > 0 or parent.internalId() != 0:
            return 0
        if not 0 <= parent.row() < len(self._draft.dimensions):
            return 0
        return len(self._draft.dimensions[parent.row()].indicators)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = _ROOT) -> int:
        return len(TreeColumn)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = _DISPLAY) -> Any:
        if orientation != Qt.Orientation.Horizontal or section not in TREE_HEADERS:
            return None
        header, tooltip = TREE_HEADERS[TreeColumn(section)]
        if role == _DISPLAY:
            return QCoreApplication.translate("TemplateTreeModel", header)
        if role == Qt.ItemDataRole.ToolTipRole:
            return QCoreApplication.translate("TemplateTreeModel", tooltip)
        return None

    def flags(self, index: QModelIndex | QPersistentModelIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if self._read_only:
            return flags
        column = TreeColumn(index.column())
        indicator = self.indicator_at(index)
        editable = column in (TreeColumn.NAME, TreeColumn.WEIGHT) or (
            indicator is not None
            and (
                column == TreeColumn.KIND
                or (
                    column in (TreeColumn.RULE, TreeColumn.DIRECTION)
                    and indicator.kind == "quantitative"
                )
            )
        )
        return flags | Qt.ItemFlag.ItemIsEditable if editable else flags

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = _DISPLAY) -> Any:
        dimension = self.dimension_at(index)
        if dimension is None:
            return None
        indicator = self.indicator_at(index)
        column = TreeColumn(index.column())
        if role == WHERE_ROLE:
            return self.where(index)
        if role == _EDIT:
            return self._edit_value(dimension, indicator, column)
        if role == _DISPLAY:
            return self._display(dimension, indicator, column)
        problems = self._problems.get(self.position(index), [])
        if role == Qt.ItemDataRole.ToolTipRole:
            if problems:
                return "\n".join(sentence for _field, sentence in problems)
            if indicator is None and column == TreeColumn.WEIGHT:
                return self.tr("Its indicators total {total} of {weight}").format(
                    total=percent_text(dimension.total()), weight=percent_text(dimension.weight)
                )
            return None
        if role == Qt.ItemDataRole.DecorationRole and column == TreeColumn.NAME and problems:
            if self._alert is None:
                self._alert = icon("circle-alert", tone("error").name())
            return self._alert
        if role == Qt.ItemDataRole.ForegroundRole:
            if column == TreeColumn.WEIGHT and any(f == "weight" for f, _s in problems):
                return tone("error")
            if column == TreeColumn.NAME and not (indicator or dimension).name.strip():
                return QGuiApplication.palette().color(QPalette.ColorRole.PlaceholderText)
            return None
        if role == Qt.ItemDataRole.FontRole and indicator is None:
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.TextAlignmentRole and column == TreeColumn.WEIGHT:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def _edit_value(
        self, dimension: DimensionDraft, indicator: IndicatorDraft | None, column: TreeColumn
    ) -> Any:
        item = indicator or dimension
        if column == TreeColumn.NAME:
            return item.name
        if column == TreeColumn.WEIGHT:
            return item.weight
        if indicator is None:
            return None
        if column == TreeColumn.DIRECTION:
            return indicator.direction
        return indicator.kind if column == TreeColumn.KIND else indicator.rule

    def _display(
        self, dimension: DimensionDraft, indicator: IndicatorDraft | None, column: TreeColumn
    ) -> str:
        item = indicator or dimension
        if column == TreeColumn.NAME:
            if item.name.strip():
                return item.name
            if indicator is None:
                return self.tr("(new dimension: type its name)")
            return self.tr("(new indicator: type its name)")
        if column == TreeColumn.WEIGHT:
            return number_text(item.weight)
        if indicator is None:
            return ""
        if column == TreeColumn.KIND:
            return label("kpi_indicator_kind", indicator.kind)
        if column == TreeColumn.DIRECTION:
            if indicator.kind != "quantitative":
                return ""
            return label("kpi_direction", indicator.direction)
        if indicator.kind == "quantitative":
            return label("kpi_rule", indicator.rule)
        if indicator.kind == "qualitative":
            return self.tr("Rating scale, {count} levels").format(count=len(indicator.levels))
        return self.tr("Checklist, {count} milestones").format(count=len(indicator.milestones))

    def setData(
        self, index: QModelIndex | QPersistentModelIndex, value: Any, role: int = _EDIT
    ) -> bool:
        dimension = self.dimension_at(index)
        if dimension is None or role != _EDIT or not self.flags(index) & Qt.ItemFlag.ItemIsEditable:
            return False
        indicator = self.indicator_at(index)
        item: Any = indicator or dimension
        column = TreeColumn(index.column())
        if column == TreeColumn.NAME:
            item.name = str(value)
        elif column == TreeColumn.WEIGHT:
            try:
                item.weight = to_decimal(value) if not isinstance(value, Decimal) else value
            except (ArithmeticError, ValueError, TypeError):
                return False
        elif column == TreeColumn.KIND and indicator is not None:
            if value not in ("quantitative", "qualitative", "process"):
                return False
            indicator.kind = value
            if value == "qualitative" and not indicator.levels:
                indicator.levels = default_levels()
        elif column == TreeColumn.RULE and indicator is not None:
            if value not in ("linear", "bands", "per_incident", "pass_fail"):
                return False
            indicator.rule = value
        elif column == TreeColumn.DIRECTION and indicator is not None:
            if value not in (Direction.HIGHER_IS_BETTER.value, Direction.LOWER_IS_BETTER.value):
                return False
            indicator.direction = value
        d, i = self.position(index)
        self.refresh(d, i)
        self.edited.emit()
        return True


# --- small editable tables (bands, levels, milestones, items, grades) ---------------------------


@dataclass(frozen=True)
class ItemColumn:
    header: str  # untranslated, context "TemplateEditor"
    tooltip: str
    slot: int  # where the value sits in a row (hidden slots, e.g. keys, follow the shown ones)
    kind: str = "text"  # text | decimal | int
    minimum: float = 0
    maximum: float = 100_000
    decimals: int = 2


class ItemTableModel(QAbstractTableModel):
    """Rows of a draft's list (shared: edits change the draft), columns as declared."""

    edited = Signal()

    def __init__(
        self,
        columns: Sequence[ItemColumn],
        new_row: Callable[[list[list[Any]]], list[Any]],
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.columns = tuple(columns)
        self._new_row = new_row
        self._rows: list[list[Any]] = []
        self._problems: dict[int, list[str]] = {}
        self._read_only = False

    def set_rows(self, rows: list[list[Any]]) -> None:
        self.beginResetModel()
        self._rows = rows
        self._problems = {}
        self.endResetModel()

    def rows(self) -> list[list[Any]]:
        return self._rows

    def set_read_only(self, read_only: bool) -> None:
        self._read_only = read_only

    def add_row(self) -> int:
        row = len(self._rows)
        self.beginInsertRows(_ROOT, row, row)
        self._rows.append(self._new_row(self._rows))
        self.endInsertRows()
        self.edited.emit()
        return row

    def remove_row(self, row: int) -> None:
        if not 0 <= row < len(self._rows):
            return
        self.beginRemoveRows(_ROOT, row, row)
        del self._rows[row]
        self.endRemoveRows()
        self.edited.emit()

    def set_problems(self, problems: dict[int, list[str]]) -> None:
        if problems == self._problems:
            return
        self._problems = problems
        if self._rows:
            self.dataChanged.emit(
                self.index(0, 0), self.index(len(self._rows) - 1, len(self.columns) - 1)
            )

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = _ROOT) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = _ROOT) -> int:
        return 0 if parent.isValid() else len(self.columns)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = _DISPLAY) -> Any:
        if orientation == Qt.Orientation.Vertical:
            return str(section + 1) if role == _DISPLAY else None
        if not 0 <= section < len(self.columns):
            return None
        column = self.columns[section]
        if role == _DISPLAY:
            return QCoreApplication.translate(CONTEXT, column.header)
        if role == Qt.ItemDataRole.ToolTipRole:
            return QCoreApplication.translate(CONTEXT, column.tooltip)
        return None

    def flags(self, index: QModelIndex | QPersistentModelIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        return flags if self._read_only else flags | Qt.ItemFlag.ItemIsEditable

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = _DISPLAY) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        column = self.columns[index.column()]
        value = self._rows[index.row()][column.slot]
        if role == _EDIT:
            return value
        if role == _DISPLAY:
            return number_text(value) if column.kind == "decimal" else str(value)
        if role == Qt.ItemDataRole.TextAlignmentRole and column.kind != "text":
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        problems = self._problems.get(index.row())
        if role == Qt.ItemDataRole.ToolTipRole and problems:
            return "\n".join(problems)
        if role == Qt.ItemDataRole.BackgroundRole and problems:
            color = tone("error")
            color.setAlpha(40)
            return color
        return None

    def setData(
        self, index: QModelIndex | QPersistentModelIndex, value: Any, role: int = _EDIT
    ) -> bool:
        if role != _EDIT or not index.isValid() or self._read_only:
            return False
        column = self.columns[index.column()]
        try:
            if column.kind == "decimal":
                value = to_decimal(value) if not isinstance(value, Decimal) else value
            elif column.kind == "int":
                value = int(value)
            else:
                value = str(value)
        except (ArithmeticError, ValueError, TypeError):
            return False
        self._rows[index.row()][column.slot] = value
        self.dataChanged.emit(index, index)
        self.edited.emit()
        return True


class ItemTableDelegate(QStyledItemDelegate):
    """Spin boxes for the number columns of an ItemTableModel, a line edit for the others."""

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index) -> QWidget:
        column: ItemColumn = index.model().columns[index.column()]
        if column.kind == "decimal":
            editor = QDoubleSpinBox(parent)
            editor.setDecimals(column.decimals)
            editor.setRange(column.minimum, column.maximum)
        elif column.kind == "int":
            editor = QSpinBox(parent)
            editor.setRange(int(column.minimum), int(column.maximum))
        else:
            return super().createEditor(parent, option, index)
        editor.setButtonSymbols(QAbstractSpinBox.ButtonSymbols.NoButtons)
        editor.setFrame(False)
        return editor

    def setEditorData(self, editor: QWidget, index) -> None:
        if isinstance(editor, QDoubleSpinBox):
            editor.setValue(float(index.data(_EDIT) or 0))
        elif isinstance(editor, QSpinBox):
            editor.setValue(int(index.data(_EDIT) or 0))
        else:
            super().setEditorData(editor, index)

    def setModelData(self, editor: QWidget, model, index) -> None:
        if isinstance(editor, QDoubleSpinBox):
            editor.interpretText()
            model.setData(index, to_decimal(editor.value(), editor.decimals()), _EDIT)
        elif isinstance(editor, QSpinBox):
            editor.interpretText()
            model.setData(index, editor.value(), _EDIT)
        else:
            super().setModelData(editor, model, index)


class ItemTable(QWidget):
    """An ItemTableModel in a compact table with Add and Remove, and its problems under it."""

    edited = Signal()

    def __init__(
        self,
        columns: Sequence[ItemColumn],
        new_row: Callable[[list[list[Any]]], list[Any]],
        add_text: str,
        parent: QWidget | None = None,
        *,
        stretch: int = 0,
        rows_shown: int = 4,
        width_chars: int = 0,
    ) -> None:
        super().__init__(parent)
        self.model = ItemTableModel(columns, new_row, self)
        self.model.edited.connect(self.edited)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        self.view = QTableView()
        self.view.setModel(self.model)
        self.view.setItemDelegate(ItemTableDelegate(self.view))
        self.view.setAlternatingRowColors(True)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.AnyKeyPressed
        )
        self.view.verticalHeader().setDefaultSectionSize(self.view.fontMetrics().height() + 8)
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)
        row_height = self.view.verticalHeader().defaultSectionSize()
        self.view.setMinimumHeight(row_height * (rows_shown + 1) + 4)
        self.view.setMaximumHeight(row_height * (rows_shown + 3) + 4)
        if width_chars:
            self.view.setMaximumWidth(self.view.fontMetrics().averageCharWidth() * width_chars)
        layout.addWidget(self.view, 1)
        buttons = QHBoxLayout()
        buttons.setContentsMargins(0, 0, 0, 0)
        self.add_button = QPushButton(icon("plus"), add_text)
        self.add_button.clicked.connect(self.add_row)
        self.remove_button = QPushButton(icon("trash-2"), self.tr("Remove"))
        self.remove_button.clicked.connect(self.remove_current)
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        layout.addLayout(buttons)
        self.error = error_label()
        self.error.hide()
        layout.addWidget(self.error)

    def set_rows(self, rows: list[list[Any]]) -> None:
        self.model.set_rows(rows)

    def add_row(self) -> None:
        row = self.model.add_row()
        index = self.model.index(row, 0)
        self.view.setCurrentIndex(index)
        self.view.edit(index)

    def remove_current(self) -> None:
        index = self.view.currentIndex()
        if index.isValid():
            self.model.remove_row(index.row())

    def set_read_only(self, read_only: bool) -> None:
        self.model.set_read_only(read_only)
        self.add_button.setVisible(not read_only)
        self.remove_button.setVisible(not read_only)

    def show_problems(self, problems: Sequence[Problem], prefix: Path) -> None:
        """Marks the rows `prefix + (row, …)` names and lists every sentence under the table."""
        rows: dict[int, list[str]] = {}
        sentences = []
        for problem in problems:
            sentence = problem_sentence(problem)
            sentences.append(sentence)
            rest = tuple(problem.where[len(prefix) :])
            if rest and isinstance(rest[0], int):
                rows.setdefault(rest[0], []).append(sentence)
        self.model.set_problems(rows)
        unique = list(dict.fromkeys(sentences))
        self.error.setText("\n".join(unique))
        self.error.setVisible(bool(unique))


# --- where the template applies ------------------------------------------------------------------


class ScopeEditor(QWidget):
    """Departments (each with or without its sub-departments), positions, job families, grades."""

    edited = Signal()

    def __init__(
        self,
        nodes: Sequence[DepartmentNode],
        positions: Sequence[PositionRow],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._nodes = list(nodes)
        self._positions = list(positions)
        self._loading = False
        layout = QVBoxLayout(self)
        intro = hint_label(
            self.tr(
                "Forms are made from the most specific template that fits each employee. Leave a list empty to mean anyone; a template with every list empty applies to everyone."
            )
        )
        layout.addWidget(intro)
        grid = QGridLayout()
        layout.addLayout(grid, 1)

        departments_box = QGroupBox(self.tr("Departments"))
        box_layout = QVBoxLayout(departments_box)
        self.departments_tree = QTreeWidget()
        self.departments_tree.setHeaderLabels(
            [self.tr("Department"), self.tr("With sub-departments")]
        )
        self.departments_tree.setAlternatingRowColors(True)
        self.departments_tree.setUniformRowHeights(True)
        header = self.departments_tree.header()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(False)
        self._department_items: dict[int, QTreeWidgetItem] = {}
        for node in self._nodes:
            parent_item = self._department_items.get(node.parent_id) if node.parent_id else None
            item = QTreeWidgetItem([node.name, ""])
            item.setData(0, Qt.ItemDataRole.UserRole, node.id)
            item.setToolTip(0, node.path)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(0, Qt.CheckState.Unchecked)
            item.setCheckState(1, Qt.CheckState.Checked)
            if node.is_closed:
                item.setText(0, self.tr("{name} (closed)").format(name=node.name))
            if parent_item is not None:
                parent_item.addChild(item)
            else:
                self.departments_tree.addTopLevelItem(item)
            self._department_items[node.id] = item
        self.departments_tree.expandToDepth(0)
        self.departments_tree.itemChanged.connect(lambda _item, _column: self._changed())
        box_layout.addWidget(self.departments_tree)
        grid.addWidget(departments_box, 0, 0, 2, 1)

        positions_box = QGroupBox(self.tr("Positions"))
        positions_layout = QVBoxLayout(positions_box)
        self.positions_list = QListWidget()
        for position in self._positions:
            text = position.title
            if position.job_family:
                text = self.tr("{title} · {family}").format(
                    title=position.title, family=position.job_family
                )
            item = QListWidgetItem(text)
            item.setData(Qt.ItemDataRole.UserRole, position.id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
            self.positions_list.addItem(item)
        self.positions_list.itemChanged.connect(lambda _item: self._changed())
        positions_layout.addWidget(self.positions_list)
        grid.addWidget(positions_box, 0, 1, 2, 1)

        families_box = QGroupBox(self.tr("Job families"))
        families_layout = QVBoxLayout(families_box)
        self.families_list = QListWidget()
        self.families_list.itemChanged.connect(lambda _item: self._changed())
        families_layout.addWidget(self.families_list)
        grid.addWidget(families_box, 0, 2)

        grades_box = QGroupBox(self.tr("Grades"))
        grades_layout = QVBoxLayout(grades_box)
        self.grades_list = QListWidget()
        self.grades_list.setFlow(QListWidget.Flow.LeftToRight)
        self.grades_list.setWrapping(True)
        self.grades_list.setResizeMode(QListWidget.ResizeMode.Adjust)
        self.grades_list.itemChanged.connect(lambda _item: self._changed())
        grades_layout.addWidget(self.grades_list)
        grid.addWidget(grades_box, 1, 2)
        grid.setColumnStretch(0, 3)
        grid.setColumnStretch(1, 2)
        grid.setColumnStretch(2, 2)

        self.summary_label = QLabel()
        self.summary_label.setWordWrap(True)
        layout.addWidget(self.summary_label)
        self.error = error_label()
        self.error.hide()
        layout.addWidget(self.error)
        self._fill_checkable(self.families_list, self._families(()))
        self._fill_checkable(self.grades_list, organization.GRADES)

    def _families(self, extra: Iterable[str]) -> list[str]:
        found = {p.job_family for p in self._positions if p.job_family}
        return sorted(found | set(extra))

    def _fill_checkable(self, widget: QListWidget, values: Iterable[str]) -> None:
        known = {widget.item(n).data(Qt.ItemDataRole.UserRole) for n in range(widget.count())}
        for value in values:
            if value in known:
                continue
            item = QListWidgetItem(value)
            item.setData(Qt.ItemDataRole.UserRole, value)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
            widget.addItem(item)

    def set_scope(self, scope: Scope) -> None:
        self._loading = True
        try:
            rules = {rule.department_id: rule for rule in scope.departments}
            for department_id, item in self._department_items.items():
                rule = rules.get(department_id)
                item.setCheckState(0, Qt.CheckState.Checked if rule else Qt.CheckState.Unchecked)
                with_children = rule.include_subdepartments if rule else True
                item.setCheckState(
                    1, Qt.CheckState.Checked if with_children else Qt.CheckState.Unchecked
                )
                if rule:
                    parent = item.parent()
                    while parent is not None:
                        parent.setExpanded(True)
                        parent = parent.parent()
            for n in range(self.positions_list.count()):
                item = self.positions_list.item(n)
                checked = item.data(Qt.ItemDataRole.UserRole) in scope.positions
                item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)
            self._fill_checkable(self.families_list, sorted(scope.job_families))
            self._fill_checkable(self.grades_list, sorted(scope.grades))
            for widget, chosen in (
                (self.families_list, scope.job_families),
                (self.grades_list, scope.grades),
            ):
                for n in range(widget.count()):
                    item = widget.item(n)
                    checked = item.data(Qt.ItemDataRole.UserRole) in chosen
                    item.setCheckState(
                        Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked
                    )
        finally:
            self._loading = False
        self._update_summary()

    def scope(self) -> Scope:
        departments = tuple(
            DepartmentRule(department_id, item.checkState(1) == Qt.CheckState.Checked)
            for department_id, item in self._department_items.items()
            if item.checkState(0) == Qt.CheckState.Checked
        )

        def checked(widget: QListWidget) -> list[Any]:
            return [
                widget.item(n).data(Qt.ItemDataRole.UserRole)
                for n in range(widget.count())
                if widget.item(n).checkState() == Qt.CheckState.Checked
            ]

        return Scope(
            departments=departments,
            positions=frozenset(int(value) for value in checked(self.positions_list)),
            job_families=frozenset(checked(self.families_list)),
            grades=frozenset(checked(self.grades_list)),
        )

    def _changed(self) -> None:
        if self._loading:
            return
        self._update_summary()
        self.edited.emit()

    def _update_summary(self) -> None:
        paths = {node.id: node.path for node in self._nodes}
        positions = {p.id: p for p in self._positions}
        self.summary_label.setText(
            self.tr("Applies to: {scope}").format(scope=scope_text(self.scope(), paths, positions))
        )

    def set_read_only(self, read_only: bool) -> None:
        for widget in (
            self.departments_tree,
            self.positions_list,
            self.families_list,
            self.grades_list,
        ):
            widget.setEnabled(not read_only)

    def show_problems(self, problems: Sequence[Problem]) -> None:
        sentences = list(dict.fromkeys(problem_sentence(p) for p in problems))
        self.error.setText("\n".join(sentences))
        self.error.setVisible(bool(sentences))


# --- forms with the reason a value is refused right under the field ------------------------------


class FieldForm(QFormLayout):
    """A QFormLayout whose rows carry an error line under the field, by key."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.errors: dict[str, QLabel] = {}
        self.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)

    def add(self, key: str, text: str, widget: QWidget | QHBoxLayout) -> None:
        box = QWidget()
        column = QVBoxLayout(box)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(2)
        if isinstance(widget, QWidget):
            column.addWidget(widget)
        else:
            column.addLayout(widget)
        problem = error_label()
        problem.hide()
        column.addWidget(problem)
        self.errors[key] = problem
        caption = QLabel(text)
        if isinstance(widget, QWidget):
            caption.setBuddy(widget)
        self.addRow(caption, box)

    def show_errors(self, sentences: dict[str, list[str]]) -> list[str]:
        """Shows each key's sentences under its field; returns those with no field here."""
        left = []
        for key, label_widget in self.errors.items():
            found = list(dict.fromkeys(sentences.get(key, [])))
            label_widget.setText("\n".join(found))
            label_widget.setVisible(bool(found))
        for key, found in sentences.items():
            if key not in self.errors:
                left += found
        return left


class DecimalSpinBox(QDoubleSpinBox):
    """A spin box that writes its number as the locale does, without trailing zeros (30 %,
    not 30.00 %)."""

    def textFromValue(self, value: float) -> str:
        return number_text(to_decimal(value, self.decimals()))

    def valueFromText(self, text: str) -> float:
        locale = self.locale()
        cleaned = text.strip()
        for affix in (self.prefix(), self.suffix()):
            if affix:
                cleaned = cleaned.replace(affix.strip(), "")
        cleaned = cleaned.replace(locale.groupSeparator(), "").strip()
        value, ok = locale.toDouble(cleaned)
        return value if ok else self.minimum()


def decimal_spin(
    maximum: float = 100, decimals: int = 2, suffix: str = "", minimum: float = 0
) -> QDoubleSpinBox:
    spin = DecimalSpinBox()
    spin.setRange(minimum, maximum)
    spin.setDecimals(decimals)
    spin.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
    spin.setGroupSeparatorShown(True)
    if suffix:
        spin.setSuffix(suffix)
    spin.setKeyboardTracking(True)
    spin.setMinimumWidth(spin.fontMetrics().horizontalAdvance("0") * 12)
    spin.setSizePolicy(QSizePolicy.Policy.Maximum, QSizePolicy.Policy.Fixed)
    return spin


def _set_spin(spin: QDoubleSpinBox, value: Decimal | None) -> None:
    with QSignalBlocker(spin):
        spin.setValue(float(value or 0))


def _choice_combo(group: str) -> QComboBox:
    combo = QComboBox()
    for code, text in choices(group):
        combo.addItem(text, code)
    combo.setSizePolicy(QSizePolicy.Policy.Maximum, QSizePolicy.Policy.Fixed)
    return combo


def _set_combo(combo: QComboBox, code: str) -> None:
    with QSignalBlocker(combo):
        combo.setCurrentIndex(max(combo.findData(code), 0))


def fit_to_current(stack: QStackedWidget) -> None:
    """A stacked widget as tall as its current page (not its tallest one)."""

    def fit(current: int) -> None:
        for n in range(stack.count()):
            policy = QSizePolicy.Policy.Preferred if n == current else QSizePolicy.Policy.Ignored
            stack.widget(n).setSizePolicy(policy, policy)
        stack.updateGeometry()

    stack.currentChanged.connect(fit)
    fit(stack.currentIndex())


def _section_title(text: str) -> QLabel:
    title = QLabel(text)
    font = title.font()
    font.setBold(True)
    title.setFont(font)
    return title


# --- item table columns ---------------------------------------------------------------------------

BAND_COLUMNS = (
    ItemColumn(QT_TRANSLATE_NOOP("TemplateEditor", "Achieved at least (% of target)"), QT_TRANSLATE_NOOP("TemplateEditor", "From this much of the target on, the band's score applies; list the highest first"), 0, "decimal", 0, 10_000),
    ItemColumn(QT_TRANSLATE_NOOP("TemplateEditor", "Score"), QT_TRANSLATE_NOOP("TemplateEditor", "The score for reaching this band"), 1, "decimal", 0, 1_000),
)  # fmt: skip
LEVEL_COLUMNS = (
    ItemColumn(QT_TRANSLATE_NOOP("TemplateEditor", "Value"), QT_TRANSLATE_NOOP("TemplateEditor", "The number a scorer picks (1 to 5, for example)"), 0, "int", 0, 100),
    ItemColumn(QT_TRANSLATE_NOOP("TemplateEditor", "Label"), QT_TRANSLATE_NOOP("TemplateEditor", "The level's name, such as Good"), 1),
    ItemColumn(QT_TRANSLATE_NOOP("TemplateEditor", "Description"), QT_TRANSLATE_NOOP("TemplateEditor", "What the behaviour at this level looks like"), 2),
    ItemColumn(QT_TRANSLATE_NOOP("TemplateEditor", "Score"), QT_TRANSLATE_NOOP("TemplateEditor", "The score this level gives"), 3, "decimal", 0, 1_000),
)  # fmt: skip
MILESTONE_COLUMNS = (
    ItemColumn(QT_TRANSLATE_NOOP("TemplateEditor", "Milestone"), QT_TRANSLATE_NOOP("TemplateEditor", "Each milestone met counts equally towards the score"), 0),
)  # fmt: skip
VETO_COLUMNS = (
    ItemColumn(QT_TRANSLATE_NOOP("TemplateEditor", "Veto item"), QT_TRANSLATE_NOOP("TemplateEditor", "What, when it happens, limits the whole appraisal"), 0),
    ItemColumn(QT_TRANSLATE_NOOP("TemplateEditor", "Final score at most"), QT_TRANSLATE_NOOP("TemplateEditor", "When triggered, the final score is at most this (0 zeroes it)"), 1, "decimal", 0, 1_000),
    ItemColumn(QT_TRANSLATE_NOOP("TemplateEditor", "Standard"), QT_TRANSLATE_NOOP("TemplateEditor", "When the veto applies, in words"), 2),
)  # fmt: skip
BONUS_COLUMNS = (
    ItemColumn(QT_TRANSLATE_NOOP("TemplateEditor", "Bonus item"), QT_TRANSLATE_NOOP("TemplateEditor", "What earns points on top of the 100 %"), 0),
    ItemColumn(QT_TRANSLATE_NOOP("TemplateEditor", "Points at most"), QT_TRANSLATE_NOOP("TemplateEditor", "The most this item can add"), 1, "decimal", 0, 1_000),
    ItemColumn(QT_TRANSLATE_NOOP("TemplateEditor", "Standard"), QT_TRANSLATE_NOOP("TemplateEditor", "When the points are given, in words"), 2),
)  # fmt: skip
DEDUCTION_COLUMNS = (
    ItemColumn(QT_TRANSLATE_NOOP("TemplateEditor", "Deduction item"), QT_TRANSLATE_NOOP("TemplateEditor", "What costs points outside the 100 %"), 0),
    ItemColumn(QT_TRANSLATE_NOOP("TemplateEditor", "Points at most"), QT_TRANSLATE_NOOP("TemplateEditor", "The most this item can take off"), 1, "decimal", 0, 1_000),
    ItemColumn(QT_TRANSLATE_NOOP("TemplateEditor", "Standard"), QT_TRANSLATE_NOOP("TemplateEditor", "When the points are taken off, in words"), 2),
)  # fmt: skip
GRADE_COLUMNS = (
    ItemColumn(QT_TRANSLATE_NOOP("TemplateEditor", "Grade"), QT_TRANSLATE_NOOP("TemplateEditor", "The grade's name, such as S or A; the best first"), 0),
    ItemColumn(QT_TRANSLATE_NOOP("TemplateEditor", "Lowest score"), QT_TRANSLATE_NOOP("TemplateEditor", "A final score at least this reaches the grade"), 1, "decimal", 0, 1_000),
)  # fmt: skip


def _new_band(rows: list[list[Any]]) -> list[Any]:
    if rows:
        return [max(Decimal(rows[-1][0]) - 10, ZERO), max(Decimal(rows[-1][1]) - 20, ZERO)]
    return [HUNDRED, HUNDRED]


def _new_level(rows: list[list[Any]]) -> list[Any]:
    return [max((int(r[0]) for r in rows), default=0) + 1, "", "", ZERO]


def _new_milestone(rows: list[list[Any]]) -> list[Any]:
    return ["", _unique_key("M", (r[1] for r in rows))]


def _keyed(prefix: str) -> Callable[[list[list[Any]]], list[Any]]:
    def new_row(rows: list[list[Any]]) -> list[Any]:
        return ["", ZERO, "", _unique_key(prefix, (r[3] for r in rows))]

    return new_row


def _new_grade(rows: list[list[Any]]) -> list[Any]:
    last = Decimal(rows[-1][1]) if rows else Decimal(70)
    return ["", max(last - 10, ZERO)]


# --- the editor ----------------------------------------------------------------------------------


class Tab(IntEnum):
    INDICATORS = 0
    SCORING = 1
    ITEMS = 2
    SCOPE = 3


def _tab_of(where: Path) -> Tab:
    head = where[0] if where else ""
    if head in ("scorer_weights", "grades"):
        return Tab.SCORING
    if head in ("vetoes", "bonuses", "deductions", "max_total_bonus", "max_total_deduction"):
        return Tab.ITEMS
    if head == "scope":
        return Tab.SCOPE
    return Tab.INDICATORS


def ask_unsaved(parent: QWidget) -> QMessageBox.StandardButton:
    """Save, Discard or Cancel for closing an editor with changes (patched in tests)."""
    return QMessageBox.question(
        parent,
        QCoreApplication.translate("TemplateEditor", "Unsaved changes"),
        QCoreApplication.translate(
            "TemplateEditor",
            "The template has changes that are not saved. Save them before closing?",
        ),
        QMessageBox.StandardButton.Save
        | QMessageBox.StandardButton.Discard
        | QMessageBox.StandardButton.Cancel,
        QMessageBox.StandardButton.Save,
    )


class TemplateEditor(QDialog):
    """Creates or edits a KPI template (or shows a version read-only).

    `template_id=None`: a new template (from `start`, e.g. a duplicate's copy, or empty);
    otherwise the template's latest version, or version `number` read-only. Saving calls
    kpi_templates.create_template / edit_template; `result_value` is the SavedTemplate.
    """

    saved = Signal(object)  # SavedTemplate

    def __init__(
        self,
        vault: UnlockedVault,
        template_id: int | None = None,
        *,
        number: int | None = None,
        start: Template | None = None,
        read_only: bool = False,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.vault = vault
        self._template_id = template_id
        self._read_only = read_only
        self.detail = (
            kpi_templates.get_template(vault, template_id, number=number)
            if template_id is not None
            else None
        )
        original = self.detail.template if self.detail else (start or Template("", "", ()))
        self._original_json = canonical_json(original)
        self.result_value: SavedTemplate | None = None
        self._loading = False
        self._service_problems: list[Problem] = []
        self._problems: list[Problem] = []
        self._nodes = organization.tree(vault, include_closed=True)
        self._positions = organization.positions(vault, include_retired=True)
        self._paths = {node.id: node.path for node in self._nodes}
        self.draft = TemplateDraft.from_template(original)

        self.setWindowTitle(self._title())
        self.setSizeGripEnabled(True)
        layout = QVBoxLayout(self)
        layout.addLayout(self._build_header())
        self.banner = hint_label()
        self.banner.setVisible(False)
        layout.addWidget(self.banner)
        self.tabs = QTabWidget()
        self.tabs.addTab(
            self._build_indicators_tab(), icon("clipboard-check"), self.tr("Indicators")
        )
        self.tabs.addTab(self._build_scoring_tab(), icon("award"), self.tr("Scorers and grades"))
        self.tabs.addTab(
            self._build_items_tab(), icon("triangle-alert"), self.tr("Veto, bonus and deduction")
        )
        self.tabs.addTab(self._build_scope_tab(), icon("network"), self.tr("Where it applies"))
        self._tab_icons = [self.tabs.tabIcon(n) for n in range(self.tabs.count())]
        layout.addWidget(self.tabs, 1)

        self.problems_title = QLabel()
        layout.addWidget(self.problems_title)
        self.problems_list = QListWidget()
        self.problems_list.setAlternatingRowColors(True)
        self.problems_list.setIconSize(QSize(16, 16))
        row = self.problems_list.fontMetrics().height() + 6
        self.problems_list.setMaximumHeight(row * 4 + 6)
        self.problems_list.itemActivated.connect(self._problem_chosen)
        self.problems_list.itemClicked.connect(self._problem_chosen)
        layout.addWidget(self.problems_list)
        self.refusal_label = error_label()
        self.refusal_label.hide()
        layout.addWidget(self.refusal_label)
        if read_only:
            self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
            self.buttons.rejected.connect(self.reject)
        else:
            self.buttons = QDialogButtonBox(
                QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
            )
            self.buttons.accepted.connect(self._save_clicked)
            self.buttons.rejected.connect(self.reject)
            QShortcut(QKeySequence.StandardKey.Save, self, activated=self._save_clicked)
        layout.addWidget(self.buttons)

        self._load()
        if read_only:
            self._set_read_only()
        self._explain_version()
        self._fit_to_screen()
        if self.tree_model.rowCount():
            self.select(0)
        else:
            self._show_details()

    # --- building -----------------------------------------------------------------------------

    def _title(self) -> str:
        if self.detail is None:
            return self.tr("New appraisal template")
        if self._read_only:
            return self.tr("“{name}”, version {number} (read only)").format(
                name=self.detail.name, number=self.detail.number
            )
        return self.tr("Edit “{name}”").format(name=self.detail.name)

    def _fit_to_screen(self) -> None:
        screen = self.screen().availableGeometry() if self.screen() else None
        width, height = 1240, 720
        if screen is not None:
            width = min(width, screen.width() - 40)
            height = min(height, screen.height() - 60)
        self.resize(width, height)

    def _build_header(self) -> QGridLayout:
        grid = QGridLayout()
        grid.setVerticalSpacing(2)
        self.code_edit = QLineEdit()
        self.code_edit.setMaxLength(40)
        self.code_edit.setPlaceholderText(self.tr("For example SALES"))
        self.code_edit.setMaximumWidth(self.code_edit.fontMetrics().horizontalAdvance("M") * 14)
        self.code_edit.textEdited.connect(self._code_edited)
        self.name_edit = QLineEdit()
        self.name_edit.setMaxLength(200)
        self.name_edit.setPlaceholderText(self.tr("For example: Sales staff appraisal"))
        self.name_edit.textEdited.connect(self._name_edited)
        self.header_errors: dict[str, QLabel] = {}
        for column, (key, text, edit) in enumerate(
            (("code", self.tr("Code"), self.code_edit), ("name", self.tr("Name"), self.name_edit))
        ):
            caption = QLabel(text)
            caption.setBuddy(edit)
            grid.addWidget(caption, 0, column * 2)
            grid.addWidget(edit, 0, column * 2 + 1)
            problem = error_label()
            problem.hide()
            grid.addWidget(problem, 1, column * 2 + 1)
            self.header_errors[key] = problem
        grid.setColumnStretch(3, 1)
        grid.setColumnMinimumWidth(2, 0)
        return grid

    def _build_indicators_tab(self) -> QWidget:
        page = QWidget()
        outer = QHBoxLayout(page)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.setChildrenCollapsible(False)
        outer.addWidget(splitter)

        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        tools = QHBoxLayout()
        self.add_dimension_button = QPushButton(icon("plus"), self.tr("Add dimension"))
        self.add_dimension_button.clicked.connect(self.add_dimension)
        self.add_indicator_button = QPushButton(icon("plus"), self.tr("Add indicator"))
        self.add_indicator_button.clicked.connect(self.add_indicator)
        self.remove_button = QToolButton()
        self.remove_button.setIcon(icon("trash-2"))
        self.remove_button.setToolTip(self.tr("Remove the chosen dimension or indicator"))
        self.remove_button.clicked.connect(self.remove_current)
        self.up_button = QToolButton()
        self.up_button.setArrowType(Qt.ArrowType.UpArrow)
        self.up_button.setToolTip(self.tr("Move up"))
        self.up_button.clicked.connect(lambda: self._move(-1))
        self.down_button = QToolButton()
        self.down_button.setArrowType(Qt.ArrowType.DownArrow)
        self.down_button.setToolTip(self.tr("Move down"))
        self.down_button.clicked.connect(lambda: self._move(1))
        for widget in (self.add_dimension_button, self.add_indicator_button):
            tools.addWidget(widget)
        tools.addStretch(1)
        for widget in (self.up_button, self.down_button, self.remove_button):
            tools.addWidget(widget)
        left_layout.addLayout(tools)

        self._tree_actions: list[QAction] = []
        self.tree_model = TemplateTreeModel(self)
        self.tree_model.edited.connect(self._tree_edited)
        self.tree_view = QTreeView()
        self.tree_view.setModel(self.tree_model)
        self.tree_view.setAlternatingRowColors(True)
        self.tree_view.setUniformRowHeights(True)
        self.tree_view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.tree_view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.tree_view.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.SelectedClicked
        )
        self.tree_view.setItemDelegateForColumn(
            TreeColumn.WEIGHT, DecimalDelegate(0, 100, 2, self.tree_view)
        )
        self.tree_view.setItemDelegateForColumn(
            TreeColumn.KIND, ChoiceDelegate(lambda: choices("kpi_indicator_kind"), self.tree_view)
        )
        self.tree_view.setItemDelegateForColumn(
            TreeColumn.RULE, ChoiceDelegate(lambda: choices("kpi_rule"), self.tree_view)
        )
        self.tree_view.setItemDelegateForColumn(
            TreeColumn.DIRECTION, ChoiceDelegate(lambda: choices("kpi_direction"), self.tree_view)
        )
        header = self.tree_view.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(TreeColumn.NAME, QHeaderView.ResizeMode.Stretch)
        for column in (TreeColumn.WEIGHT, TreeColumn.KIND, TreeColumn.RULE, TreeColumn.DIRECTION):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.tree_view.selectionModel().currentRowChanged.connect(
            lambda _current, _previous: self._show_details()
        )
        self.tree_view.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
        for text, slot, keys in (
            (self.tr("Add dimension"), self.add_dimension, None),
            (self.tr("Add indicator"), self.add_indicator, None),
            (self.tr("Remove"), self.remove_current, QKeySequence.StandardKey.Delete),
        ):
            action = QAction(text, self.tree_view)
            action.triggered.connect(lambda _checked=False, slot=slot: slot())
            if keys is not None:
                action.setShortcut(keys)
                action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
            self.tree_view.addAction(action)
            self._tree_actions.append(action)
        left_layout.addWidget(self.tree_view, 1)

        self.total_label = QLabel()
        self.total_label.setWordWrap(True)
        left_layout.addWidget(self.total_label)
        self.dimension_totals = QVBoxLayout()
        self.dimension_totals.setSpacing(0)
        left_layout.addLayout(self.dimension_totals)
        self._dimension_total_labels: list[QLabel] = []
        splitter.addWidget(left)

        self.details_stack = QStackedWidget()
        self.details_stack.addWidget(self._build_empty_details())
        self.details_stack.addWidget(self._scrolled(self._build_dimension_details()))
        self.details_stack.addWidget(self._scrolled(self._build_indicator_details()))
        splitter.addWidget(self.details_stack)
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 1)
        return page

    @staticmethod
    def _scrolled(widget: QWidget) -> QScrollArea:
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setWidget(widget)
        return scroll

    def _build_empty_details(self) -> QWidget:
        page = QWidget()
        column = QVBoxLayout(page)
        self.empty_hint = hint_label(
            self.tr(
                "Start with the dimensions (业绩, 能力, 态度 …), then add each dimension's indicators. Weights are percent of the whole appraisal: the dimensions total 100, and each dimension's weight is its indicators' total."
            )
        )
        column.addWidget(self.empty_hint)
        self.empty_add_button = QPushButton(icon("plus"), self.tr("Add the first dimension"))
        self.empty_add_button.clicked.connect(self.add_dimension)
        column.addWidget(self.empty_add_button, 0, Qt.AlignmentFlag.AlignLeft)
        column.addStretch(1)
        return page

    def _build_dimension_details(self) -> QWidget:
        page = QWidget()
        column = QVBoxLayout(page)
        column.addWidget(_section_title(self.tr("Dimension")))
        self.dimension_form = FieldForm()
        self.dimension_name_edit = QLineEdit()
        self.dimension_name_edit.setMaxLength(200)
        self.dimension_name_edit.textEdited.connect(
            lambda text: self._dimension_changed("name", text)
        )
        self.dimension_form.add("name", self.tr("Name"), self.dimension_name_edit)
        self.dimension_key_edit = QLineEdit()
        self.dimension_key_edit.setMaxLength(40)
        self.dimension_key_edit.setToolTip(
            self.tr("A short code that stays the same when the name changes (written to Excel)")
        )
        self.dimension_key_edit.textEdited.connect(
            lambda text: self._dimension_changed("key", text)
        )
        self.dimension_form.add("key", self.tr("Code"), self.dimension_key_edit)
        self.dimension_weight_spin = decimal_spin(suffix=" %")
        self.dimension_weight_spin.valueChanged.connect(
            lambda value: self._dimension_changed("weight", to_decimal(value))
        )
        self.dimension_form.add("weight", self.tr("Weight"), self.dimension_weight_spin)
        self.dimension_total_label = QLabel()
        self.dimension_total_label.setWordWrap(True)
        self.dimension_form.add("total", self.tr("Its indicators"), self.dimension_total_label)
        column.addLayout(self.dimension_form)
        self.dimension_add_button = QPushButton(
            icon("plus"), self.tr("Add an indicator to this dimension")
        )
        self.dimension_add_button.clicked.connect(self.add_indicator)
        column.addWidget(self.dimension_add_button, 0, Qt.AlignmentFlag.AlignLeft)
        column.addStretch(1)
        return page

    def _build_indicator_details(self) -> QWidget:
        page = QWidget()
        column = QVBoxLayout(page)
        column.addWidget(_section_title(self.tr("Indicator")))
        self.indicator_form = FieldForm()
        self.indicator_name_edit = QLineEdit()
        self.indicator_name_edit.setMaxLength(200)
        self.indicator_name_edit.textEdited.connect(
            lambda text: self._indicator_changed("name", text)
        )
        self.indicator_form.add("name", self.tr("Name"), self.indicator_name_edit)
        self.indicator_key_edit = QLineEdit()
        self.indicator_key_edit.setMaxLength(40)
        self.indicator_key_edit.setToolTip(
            self.tr("A short code that stays the same when the name changes (written to Excel)")
        )
        self.indicator_key_edit.textEdited.connect(
            lambda text: self._indicator_changed("key", text)
        )
        self.indicator_form.add("key", self.tr("Code"), self.indicator_key_edit)
        self.indicator_weight_spin = decimal_spin(suffix=" %")
        self.indicator_weight_spin.setToolTip(self.tr("Percent of the whole appraisal"))
        self.indicator_weight_spin.valueChanged.connect(
            lambda value: self._indicator_changed("weight", to_decimal(value))
        )
        self.indicator_form.add("weight", self.tr("Weight"), self.indicator_weight_spin)
        self.standard_edit = QPlainTextEdit()
        self.standard_edit.setPlaceholderText(
            self.tr("How the indicator is judged, as the employee will read it on the form")
        )
        self.standard_edit.setFixedHeight(self.standard_edit.fontMetrics().height() * 3 + 14)
        self.standard_edit.textChanged.connect(
            lambda: self._indicator_changed("standard", self.standard_edit.toPlainText())
        )
        self.indicator_form.add("standard", self.tr("Evaluation standard"), self.standard_edit)
        self.kind_combo = _choice_combo("kpi_indicator_kind")
        self.kind_combo.currentIndexChanged.connect(
            lambda _n: self._indicator_changed("kind", self.kind_combo.currentData())
        )
        self.indicator_form.add("kind", self.tr("Kind"), self.kind_combo)
        column.addLayout(self.indicator_form)

        self.measure_stack = QStackedWidget()
        self.measure_stack.addWidget(self._build_quantitative())
        self.measure_stack.addWidget(self._build_qualitative())
        self.measure_stack.addWidget(self._build_process())
        fit_to_current(self.measure_stack)
        column.addWidget(self.measure_stack)
        column.addStretch(1)
        return page

    def _build_quantitative(self) -> QWidget:
        page = QWidget()
        column = QVBoxLayout(page)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(_section_title(self.tr("Target and scoring")))
        self.quantitative_form = FieldForm()
        self.target_spin = decimal_spin(maximum=1e12, decimals=2)
        self.target_spin.setSpecialValueText(self.tr("none"))
        self.target_spin.valueChanged.connect(
            lambda value: self._indicator_changed("target", to_decimal(value) or None)
        )
        self.quantitative_form.add("target", self.tr("Target"), self.target_spin)
        self.unit_edit = QLineEdit()
        self.unit_edit.setMaxLength(20)
        self.unit_edit.setPlaceholderText(self.tr("元, %, 个 …"))
        self.unit_edit.setMaximumWidth(self.unit_edit.fontMetrics().horizontalAdvance("M") * 10)
        self.unit_edit.textEdited.connect(lambda text: self._indicator_changed("unit", text))
        self.quantitative_form.add("unit", self.tr("Unit"), self.unit_edit)
        self.direction_combo = _choice_combo("kpi_direction")
        self.direction_combo.currentIndexChanged.connect(
            lambda _n: self._indicator_changed("direction", self.direction_combo.currentData())
        )
        self.quantitative_form.add("direction", self.tr("Direction"), self.direction_combo)
        self.rule_combo = _choice_combo("kpi_rule")
        self.rule_combo.currentIndexChanged.connect(
            lambda _n: self._indicator_changed("rule", self.rule_combo.currentData())
        )
        self.quantitative_form.add("rule_kind", self.tr("Scoring rule"), self.rule_combo)
        column.addLayout(self.quantitative_form)

        self.rule_stack = QStackedWidget()
        self.rule_forms: dict[str, FieldForm] = {}
        self.rule_spins: dict[tuple[str, str], QDoubleSpinBox] = {}

        def rule_page(rule: str, fields: Sequence[tuple[str, str, str, str]]) -> QWidget:
            widget = QWidget()
            form = FieldForm(widget)
            form.setContentsMargins(0, 0, 0, 0)
            for key, attribute, text, tooltip in fields:
                spin = decimal_spin(maximum=1_000)
                spin.setToolTip(tooltip)
                spin.valueChanged.connect(
                    lambda value, attribute=attribute: self._indicator_changed(
                        attribute, to_decimal(value)
                    )
                )
                form.add(key, text, spin)
                self.rule_spins[(rule, attribute)] = spin
            self.rule_forms[rule] = form
            return widget

        self.rule_stack.addWidget(
            rule_page(
                "linear",
                (
                    ("floor", "floor", self.tr("Lowest score"), self.tr("The score never goes below this")),
                    ("cap", "cap", self.tr("Highest score"), self.tr("The score never goes above this; above 100 rewards beating the target")),
                ),
            )
        )  # fmt: skip
        bands_page = QWidget()
        bands_layout = QVBoxLayout(bands_page)
        bands_layout.setContentsMargins(0, 0, 0, 0)
        bands_layout.addWidget(
            hint_label(
                self.tr(
                    "The first band the result reaches gives the score; list the highest first."
                )
            )
        )
        self.bands_table = ItemTable(
            BAND_COLUMNS, _new_band, self.tr("Add band"), stretch=1, rows_shown=3, width_chars=48
        )
        self.bands_table.edited.connect(self._revalidate)
        bands_layout.addWidget(self.bands_table)
        below_form = FieldForm()
        self.below_spin = decimal_spin(maximum=1_000)
        self.below_spin.valueChanged.connect(
            lambda value: self._indicator_changed("below", to_decimal(value))
        )
        below_form.add("below", self.tr("Score below every band"), self.below_spin)
        bands_layout.addLayout(below_form)
        self.rule_forms["bands"] = below_form
        self.rule_stack.addWidget(bands_page)
        self.rule_stack.addWidget(
            rule_page(
                "per_incident",
                (
                    ("per_incident", "per_incident", self.tr("Points per incident"), self.tr("Taken off for each incident")),
                    ("start", "start", self.tr("Score with no incident"), self.tr("Where the deductions start")),
                    ("floor", "incident_floor", self.tr("Lowest score"), self.tr("The score never goes below this")),
                ),
            )
        )  # fmt: skip
        self.rule_stack.addWidget(
            rule_page(
                "pass_fail",
                (
                    ("pass_score", "pass_score", self.tr("Score when met"), self.tr("The score when the target is met")),
                    ("fail_score", "fail_score", self.tr("Score when not met"), self.tr("The score when it is not")),
                ),
            )
        )  # fmt: skip
        fit_to_current(self.rule_stack)
        column.addWidget(self.rule_stack)
        self.rule_error = error_label()
        self.rule_error.hide()
        column.addWidget(self.rule_error)
        return page

    def _build_qualitative(self) -> QWidget:
        page = QWidget()
        column = QVBoxLayout(page)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(_section_title(self.tr("Rating scale")))
        column.addWidget(
            hint_label(self.tr("The scorer picks one level; the level's score is the indicator's."))
        )
        self.levels_table = ItemTable(
            LEVEL_COLUMNS, _new_level, self.tr("Add level"), stretch=2, rows_shown=5
        )
        self.levels_table.edited.connect(self._levels_edited)
        column.addWidget(self.levels_table)
        return page

    def _build_process(self) -> QWidget:
        page = QWidget()
        column = QVBoxLayout(page)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(_section_title(self.tr("Milestones")))
        column.addWidget(
            hint_label(
                self.tr(
                    "The score is the share of milestones met × 100; every milestone counts equally."
                )
            )
        )
        self.milestones_table = ItemTable(
            MILESTONE_COLUMNS, _new_milestone, self.tr("Add milestone"), stretch=0, rows_shown=5
        )
        self.milestones_table.edited.connect(self._levels_edited)
        column.addWidget(self.milestones_table)
        return page

    def _build_scoring_tab(self) -> QWidget:
        page = QWidget()
        row = QHBoxLayout(page)
        scorers_box = QGroupBox(self.tr("Who scores"))
        scorers_layout = QVBoxLayout(scorers_box)
        scorers_layout.addWidget(
            hint_label(
                self.tr(
                    "Each scorer's share of the indicator scores. A weight of 0: that person does not score with this template."
                )
            )
        )
        self.scorer_form = FieldForm()
        self.scorer_spins: dict[str, QDoubleSpinBox] = {}
        for scorer in Scorer:
            spin = decimal_spin(suffix=" %")
            spin.valueChanged.connect(
                lambda value, key=scorer.value: self._scorer_changed(key, to_decimal(value))
            )
            self.scorer_spins[scorer.value] = spin
            self.scorer_form.add(scorer.value, label("kpi_scorer", scorer.value), spin)
        self.scorer_total_label = QLabel()
        self.scorer_total_label.setWordWrap(True)
        self.scorer_form.add("total", self.tr("Total"), self.scorer_total_label)
        scorers_layout.addLayout(self.scorer_form)
        scorers_layout.addStretch(1)
        row.addWidget(scorers_box, 2)

        grades_box = QGroupBox(self.tr("Grades"))
        grades_layout = QVBoxLayout(grades_box)
        grades_layout.addWidget(
            hint_label(
                self.tr(
                    "From the best grade down: a final score at least a grade's lowest score reaches it; below them all, the lowest grade."
                )
            )
        )
        self.grades_table = ItemTable(
            GRADE_COLUMNS, _new_grade, self.tr("Add grade"), stretch=0, rows_shown=5, width_chars=48
        )
        self.grades_table.edited.connect(self._revalidate)
        grades_layout.addWidget(self.grades_table)
        lowest_form = FieldForm()
        self.lowest_edit = QLineEdit()
        self.lowest_edit.setMaxLength(20)
        self.lowest_edit.setMaximumWidth(self.lowest_edit.fontMetrics().horizontalAdvance("M") * 8)
        self.lowest_edit.textEdited.connect(self._lowest_edited)
        lowest_form.add("lowest", self.tr("Lowest grade"), self.lowest_edit)
        grades_layout.addLayout(lowest_form)
        self.grades_form = lowest_form
        grades_layout.addStretch(1)
        row.addWidget(grades_box, 3)
        return page

    def _build_items_tab(self) -> QWidget:
        page = QWidget()
        column = QVBoxLayout(page)
        column.addWidget(
            hint_label(
                self.tr(
                    "These sit outside the 100 %: a veto limits the final score when it happens; bonus and deduction points are added or taken off, each within its bounds."
                )
            )
        )
        self.vetoes_table = ItemTable(
            VETO_COLUMNS, _keyed("V"), self.tr("Add veto item"), stretch=2, rows_shown=3
        )
        self.vetoes_table.edited.connect(self._revalidate)
        column.addWidget(_section_title(label("kpi_item", "veto")))
        column.addWidget(self.vetoes_table)
        adjustments = QHBoxLayout()
        self.bonuses_table = ItemTable(
            BONUS_COLUMNS, _keyed("B"), self.tr("Add bonus item"), stretch=2, rows_shown=3
        )
        self.bonuses_table.edited.connect(self._revalidate)
        self.deductions_table = ItemTable(
            DEDUCTION_COLUMNS, _keyed("X"), self.tr("Add deduction item"), stretch=2, rows_shown=3
        )
        self.deductions_table.edited.connect(self._revalidate)
        self.bound_forms: dict[str, FieldForm] = {}
        self.bound_spins: dict[str, QDoubleSpinBox] = {}
        for kind, table, attribute, text in (
            ("bonus", self.bonuses_table, "max_total_bonus", self.tr("Bonus total at most")),
            ("deduction", self.deductions_table, "max_total_deduction", self.tr("Deduction total at most")),
        ):  # fmt: skip
            box = QVBoxLayout()
            box.addWidget(_section_title(label("kpi_item", kind)))
            box.addWidget(table)
            form = FieldForm()
            spin = decimal_spin(maximum=1_000)
            spin.valueChanged.connect(
                lambda value, attribute=attribute: self._bound_changed(attribute, to_decimal(value))
            )
            form.add(attribute, text, spin)
            box.addLayout(form)
            self.bound_forms[attribute] = form
            self.bound_spins[attribute] = spin
            adjustments.addLayout(box)
        column.addLayout(adjustments, 1)
        return page

    def _build_scope_tab(self) -> QWidget:
        self.scope_editor = ScopeEditor(
            [node for node in self._nodes if not node.is_closed or self._in_scope(node.id)],
            [p for p in self._positions if not p.retired or p.id in self.draft.scope.positions],
        )
        self.scope_editor.edited.connect(self._scope_edited)
        return self.scope_editor

    def _in_scope(self, department_id: int) -> bool:
        return any(rule.department_id == department_id for rule in self.draft.scope.departments)

    # --- loading ------------------------------------------------------------------------------

    def _load(self) -> None:
        self._loading = True
        try:
            self.code_edit.setText(self.draft.code)
            self.name_edit.setText(self.draft.name)
            self.tree_model.set_draft(self.draft)
            self.tree_view.expandAll()
            for key, spin in self.scorer_spins.items():
                _set_spin(spin, self.draft.scorer_weights.get(key, ZERO))
            self.grades_table.set_rows(self.draft.grades)
            self.lowest_edit.setText(self.draft.lowest)
            self.vetoes_table.set_rows(self.draft.vetoes)
            self.bonuses_table.set_rows(self.draft.bonuses)
            self.deductions_table.set_rows(self.draft.deductions)
            for attribute, spin in self.bound_spins.items():
                _set_spin(spin, getattr(self.draft, attribute))
            self.scope_editor.set_scope(self.draft.scope)
        finally:
            self._loading = False
        self._revalidate()

    def _explain_version(self) -> None:
        detail = self.detail
        if detail is None:
            return
        if self._read_only:
            text = self.tr(
                "Version {number} is kept as it was: forms scored with it keep it. It cannot be changed here; edit the template to make a new version."
            ).format(number=detail.number)
        elif detail.in_use:
            text = self.tr(
                "Forms use version {number} of this template. Saving your changes makes version {next}; the forms made so far keep version {number}."
            ).format(number=detail.number, next=detail.number + 1)
        else:
            return
        self.banner.setText(text)
        self.banner.setVisible(True)

    def _set_read_only(self) -> None:
        self.tree_model.set_read_only(True)
        for widget in self.findChildren(QLineEdit) + self.findChildren(QPlainTextEdit):
            widget.setReadOnly(True)
        for spin in self.findChildren(QAbstractSpinBox):
            spin.setReadOnly(True)
            spin.setButtonSymbols(QAbstractSpinBox.ButtonSymbols.NoButtons)
        for combo in self.findChildren(QComboBox):
            combo.setEnabled(False)
        for table in (
            self.bands_table,
            self.levels_table,
            self.milestones_table,
            self.grades_table,
            self.vetoes_table,
            self.bonuses_table,
            self.deductions_table,
        ):
            table.set_read_only(True)
        for button in (
            self.add_dimension_button,
            self.add_indicator_button,
            self.remove_button,
            self.up_button,
            self.down_button,
            self.dimension_add_button,
            self.empty_add_button,
        ):
            button.hide()
        self.scope_editor.set_read_only(True)
        for action in self._tree_actions:
            self.tree_view.removeAction(action)

    # --- the tree and its details ------------------------------------------------------------

    def current_index(self) -> QModelIndex:
        return self.tree_view.selectionModel().currentIndex()

    def select(self, dimension: int, indicator: int | None = None) -> None:
        index = self.tree_model.index_of(dimension, indicator)
        if not index.isValid():
            return
        if indicator is not None:
            self.tree_view.expand(index.parent())
        self.tree_view.selectionModel().setCurrentIndex(
            index,
            QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows,
        )
        self.tree_view.scrollTo(index)

    def add_dimension(self) -> None:
        index = self.tree_model.add_dimension()
        self.select(index.row())
        self.tree_view.setFocus()
        self.tree_view.edit(index)

    def add_indicator(self) -> None:
        d, _i = self.tree_model.position(self.current_index())
        if d < 0:
            if not self.draft.dimensions:
                self.add_dimension()
            d = len(self.draft.dimensions) - 1
        index = self.tree_model.add_indicator(d)
        self.select(d, index.row())
        self.tree_view.setFocus()
        self.tree_view.edit(index)

    def remove_current(self) -> None:
        index = self.current_index()
        d, i = self.tree_model.position(index)
        if d < 0:
            return
        self.tree_model.remove(index)
        if i is not None and i > 0:
            self.select(d, i - 1)
        elif i is not None:
            self.select(d)
        elif self.draft.dimensions:
            self.select(min(d, len(self.draft.dimensions) - 1))
        else:
            self._show_details()

    def _move(self, step: int) -> None:
        moved = self.tree_model.move(self.current_index(), step)
        if moved.isValid():
            d, i = self.tree_model.position(moved)
            self.select(d, i)

    def _tree_edited(self) -> None:
        if not self._loading:
            self._load_details()
            self._revalidate()

    def _show_details(self) -> None:
        index = self.current_index()
        d, i = self.tree_model.position(index)
        self.add_indicator_button.setEnabled(bool(self.draft.dimensions))
        self.remove_button.setEnabled(d >= 0)
        self.up_button.setEnabled(d >= 0)
        self.down_button.setEnabled(d >= 0)
        if d < 0:
            self.details_stack.setCurrentIndex(0)
        else:
            self.details_stack.setCurrentIndex(1 if i is None else 2)
        self._load_details()
        self._show_totals()
        self._show_problems()

    def _load_details(self) -> None:
        """The details panel from the draft (after a selection or an edit made in the tree)."""
        index = self.current_index()
        dimension = self.tree_model.dimension_at(index)
        indicator = self.tree_model.indicator_at(index)
        self._loading = True
        try:
            if indicator is not None:
                self._load_indicator(indicator)
            elif dimension is not None:
                if self.dimension_name_edit.text() != dimension.name:
                    self.dimension_name_edit.setText(dimension.name)
                if self.dimension_key_edit.text() != dimension.key:
                    self.dimension_key_edit.setText(dimension.key)
                _set_spin(self.dimension_weight_spin, dimension.weight)
        finally:
            self._loading = False

    def _load_indicator(self, indicator: IndicatorDraft) -> None:
        if self.indicator_name_edit.text() != indicator.name:
            self.indicator_name_edit.setText(indicator.name)
        if self.indicator_key_edit.text() != indicator.key:
            self.indicator_key_edit.setText(indicator.key)
        _set_spin(self.indicator_weight_spin, indicator.weight)
        if self.standard_edit.toPlainText() != indicator.standard:
            with QSignalBlocker(self.standard_edit):
                self.standard_edit.setPlainText(indicator.standard)
        _set_combo(self.kind_combo, indicator.kind)
        self.measure_stack.setCurrentIndex(
            ("quantitative", "qualitative", "process").index(indicator.kind)
        )
        _set_spin(self.target_spin, indicator.target)
        if self.unit_edit.text() != indicator.unit:
            self.unit_edit.setText(indicator.unit)
        _set_combo(self.direction_combo, indicator.direction)
        _set_combo(self.rule_combo, indicator.rule)
        rules = ("linear", "bands", "per_incident", "pass_fail")
        self.rule_stack.setCurrentIndex(rules.index(indicator.rule))
        for (_rule, attribute), spin in self.rule_spins.items():
            _set_spin(spin, getattr(indicator, attribute))
        _set_spin(self.below_spin, indicator.below)
        # The tables share the draft's lists: edits land in the draft directly.
        if self.bands_table.model.rows() is not indicator.bands:
            self.bands_table.set_rows(indicator.bands)
        if self.levels_table.model.rows() is not indicator.levels:
            self.levels_table.set_rows(indicator.levels)
        if self.milestones_table.model.rows() is not indicator.milestones:
            self.milestones_table.set_rows(indicator.milestones)

    def _dimension_changed(self, attribute: str, value: Any) -> None:
        if self._loading:
            return
        index = self.current_index()
        dimension = self.tree_model.dimension_at(index)
        if dimension is None or self.tree_model.indicator_at(index) is not None:
            return
        setattr(dimension, attribute, value)
        self.tree_model.refresh(index.row())
        self._revalidate()

    def _indicator_changed(self, attribute: str, value: Any) -> None:
        if self._loading:
            return
        index = self.current_index()
        indicator = self.tree_model.indicator_at(index)
        if indicator is None:
            return
        setattr(indicator, attribute, value)
        if attribute == "kind" and value == "qualitative" and not indicator.levels:
            indicator.levels = default_levels()
        if attribute in ("kind", "rule"):
            self._load_details()
        d, i = self.tree_model.position(index)
        self.tree_model.refresh(d, i)
        self._revalidate()

    def _levels_edited(self) -> None:
        index = self.current_index()
        d, i = self.tree_model.position(index)
        if d >= 0:
            self.tree_model.refresh(d, i)
        self._revalidate()

    def _code_edited(self, text: str) -> None:
        self.draft.code = text
        self._service_problems = [p for p in self._service_problems if p.where[:1] != ("code",)]
        self._revalidate()

    def _name_edited(self, text: str) -> None:
        self.draft.name = text
        self._revalidate()

    def _scorer_changed(self, key: str, value: Decimal) -> None:
        if self._loading:
            return
        self.draft.scorer_weights[key] = value
        self._revalidate()

    def _lowest_edited(self, text: str) -> None:
        self.draft.lowest = text
        self._revalidate()

    def _bound_changed(self, attribute: str, value: Decimal) -> None:
        if self._loading:
            return
        setattr(self.draft, attribute, value)
        self._revalidate()

    def _scope_edited(self) -> None:
        if self._loading:
            return
        self.draft.scope = self.scope_editor.scope()
        self._service_problems = [p for p in self._service_problems if p.where[:1] != ("scope",)]
        self._revalidate()

    # --- problems -----------------------------------------------------------------------------

    def template(self) -> Template:
        """The template as it now stands in the editor."""
        return self.draft.to_template()

    def problems(self) -> list[Problem]:
        """Everything that keeps the template from being saved (validate() and the vault's own)."""
        return list(self._problems)

    def is_dirty(self) -> bool:
        return canonical_json(self.template()) != self._original_json

    def _revalidate(self) -> None:
        if self._loading:
            return
        try:
            found = validate(self.template())
        except (ArithmeticError, ValueError):
            found = [Problem("not_a_number", ())]
        self._problems = found + self._service_problems
        self._show_totals()
        self._show_problems()
        self.refusal_label.hide()

    def _show_totals(self) -> None:
        total = self.draft.total()
        if not self.draft.dimensions:
            show_state(self.total_label, describe_kpi("no_dimensions"), False)
        elif total == HUNDRED:
            show_state(
                self.total_label,
                self.tr("Dimensions total {total} ✓").format(total=percent_text(total)),
                True,
            )
        else:
            show_state(
                self.total_label,
                describe_kpi("dimension_weights_total", {"total": number_text(total)}),
                False,
            )
        while len(self._dimension_total_labels) < len(self.draft.dimensions):
            line = QLabel()
            line.setWordWrap(True)
            self.dimension_totals.addWidget(line)
            self._dimension_total_labels.append(line)
        for n, line in enumerate(self._dimension_total_labels):
            line.setVisible(n < len(self.draft.dimensions))
            if n < len(self.draft.dimensions):
                text, ok = self._dimension_total(self.draft.dimensions[n])
                show_state(line, text, ok)
        index = self.current_index()
        dimension = self.tree_model.dimension_at(index)
        if dimension is not None:
            text, ok = self._dimension_total(dimension, named=False)
            show_state(self.dimension_total_label, text, ok)
        scorer_total = self.draft.scorer_total()
        if scorer_total == HUNDRED:
            show_state(
                self.scorer_total_label,
                self.tr("{total} ✓").format(total=percent_text(scorer_total)),
                True,
            )
        else:
            show_state(
                self.scorer_total_label,
                describe_kpi("scorer_weights_total", {"total": number_text(scorer_total)}),
                False,
            )

    def _dimension_total(
        self, dimension: DimensionDraft, *, named: bool = True
    ) -> tuple[str, bool]:
        name = dimension.name.strip() or self.tr("(no name)")
        total = dimension.total()
        if not dimension.indicators:
            sentence = describe_kpi("dimension_empty")
            ok = False
        elif total == dimension.weight:
            sentence = self.tr("indicators total {total} ✓").format(total=percent_text(total))
            ok = True
        else:
            sentence = describe_kpi(
                "indicator_weights_total",
                {"total": number_text(total), "expected": number_text(dimension.weight)},
            )
            ok = False
        if not named:
            return sentence, ok
        return self.tr("{name}: {sentence}").format(name=name, sentence=sentence), ok

    def _show_problems(self) -> None:
        problems = self._problems
        # the header
        for key, problem_label in self.header_errors.items():
            found = list(dict.fromkeys(problem_sentence(p) for p in _under(problems, (key,))))
            problem_label.setText("\n".join(found))
            problem_label.setVisible(bool(found))
        # the tree
        marks: dict[tuple[int, int | None], list[tuple[str, str]]] = {}
        for problem in _under(problems, ("dimensions",)):
            where = tuple(problem.where)
            if len(where) < 2:
                continue
            d = where[1]
            indicator = where[3] if len(where) >= 4 and where[2] == "indicators" else None
            rest = where[4:] if indicator is not None else where[2:]
            name = "weight" if rest[:1] == ("weight",) else ""
            if problem.code == "indicator_weights_total":
                name = "weight"
            marks.setdefault((d, indicator), []).append((name, problem_sentence(problem)))  # type: ignore[index]
        self.tree_model.set_problems(marks)
        self._show_detail_problems(problems)
        # the other tabs
        self.grades_table.show_problems(_under(problems, ("grades", "bands")), ("grades", "bands"))
        self.grades_form.show_errors(
            {"lowest": [problem_sentence(p) for p in _under(problems, ("grades", "lowest"))]}
        )
        scorer_problems = _under(problems, ("scorer_weights",))
        self.scorer_form.show_errors(
            {
                key: [
                    problem_sentence(p)
                    for p in scorer_problems
                    if tuple(p.where[1:2]) == (key,) and p.code != "scorer_weights_total"
                ]
                for key in self.scorer_spins
            }
        )
        for table, head in (
            (self.vetoes_table, "vetoes"),
            (self.bonuses_table, "bonuses"),
            (self.deductions_table, "deductions"),
        ):
            table.show_problems(_under(problems, (head,)), (head,))
        for attribute, form in self.bound_forms.items():
            form.show_errors(
                {attribute: [problem_sentence(p) for p in _under(problems, (attribute,))]}
            )
        self.scope_editor.show_problems(_under(problems, ("scope",)))
        # the tabs' markers and the list of everything
        flagged = {_tab_of(tuple(p.where)) for p in problems}
        alert = icon("circle-alert", tone("error").name())
        for tab in Tab:
            self.tabs.setTabIcon(tab, alert if tab in flagged else self._tab_icons[tab])
        self._list_problems(problems)

    def _show_detail_problems(self, problems: Sequence[Problem]) -> None:
        index = self.current_index()
        d, i = self.tree_model.position(index)
        if d < 0:
            return
        if i is None:
            prefix: Path = ("dimensions", d)
            sentences: dict[str, list[str]] = {}
            for problem in _under(problems, prefix):
                rest = tuple(problem.where[len(prefix) :])
                if rest[:1] == ("indicators",):
                    continue
                if rest:
                    key = str(rest[0])
                elif problem.code in ("key_required", "duplicate_key"):
                    key = "key"
                else:
                    key = "total"
                if key != "total":  # the total's own line already says it
                    sentences.setdefault(key, []).append(problem_sentence(problem))
            self.dimension_form.show_errors(sentences)
            return
        prefix = ("dimensions", d, "indicators", i)
        mine = _under(problems, prefix)
        fields: dict[str, list[str]] = {}
        rule: list[str] = []
        for problem in mine:
            rest = tuple(problem.where[len(prefix) :])
            sentence = problem_sentence(problem)
            if not rest:
                fields.setdefault("key", []).append(sentence)
            elif rest[0] in ("name", "weight"):
                fields.setdefault(str(rest[0]), []).append(sentence)
            elif rest[:2] == ("measure", "target"):
                fields.setdefault("target", []).append(sentence)
            elif rest[:2] == ("measure", "rule") and rest[2:3] != ("bands",):
                if len(rest) >= 3 and isinstance(rest[2], str):
                    fields.setdefault(f"rule.{rest[2]}", []).append(sentence)
                else:
                    rule.append(sentence)
        self.indicator_form.show_errors(fields)
        self.quantitative_form.show_errors(fields)
        indicator = self.tree_model.indicator_at(index)
        if indicator is not None:
            form = self.rule_forms.get(indicator.rule)
            if form is not None:
                rule += form.show_errors(
                    {
                        key.removeprefix("rule."): found
                        for key, found in fields.items()
                        if key.startswith("rule.")
                    }
                )
        unique = list(dict.fromkeys(rule))
        self.rule_error.setText("\n".join(unique))
        self.rule_error.setVisible(bool(unique))
        self.bands_table.show_problems(
            _under(mine, (*prefix, "measure", "rule", "bands")),
            (*prefix, "measure", "rule", "bands"),
        )
        self.levels_table.show_problems(
            _under(mine, (*prefix, "measure", "levels")), (*prefix, "measure", "levels")
        )
        self.milestones_table.show_problems(
            _under(mine, (*prefix, "measure", "milestones")), (*prefix, "measure", "milestones")
        )

    def place_text(self, where: Path) -> str:
        """Where a problem is, in words: "业绩 › 销售额 › Weight", "Grades", "Code" …"""
        place = self._place(where)
        field_words = {
            "weight": self.tr("Weight"),
            "target": self.tr("Target"),
            "name": self.tr("Name"),
        }
        last = where[-1] if len(where) > 1 else None
        if place and isinstance(last, str) and last in field_words:
            return self.tr("{place} › {field}").format(place=place, field=field_words[last])
        return place

    def _place(self, where: Path) -> str:
        head = where[0] if where else ""
        if head == "code":
            return self.tr("Code")
        if head == "name":
            return self.tr("Name")
        if head == "dimensions":
            if len(where) < 2:
                return self.tr("Indicators")
            d = int(where[1])
            dimensions = self.draft.dimensions
            dimension = dimensions[d] if d < len(dimensions) else None
            dimension_name = (dimension.name.strip() if dimension else "") or self.tr(
                "Dimension {number}"
            ).format(number=d + 1)
            if len(where) >= 4 and where[2] == "indicators" and dimension is not None:
                i = int(where[3])
                indicator = dimension.indicators[i] if i < len(dimension.indicators) else None
                indicator_name = (indicator.name.strip() if indicator else "") or self.tr(
                    "Indicator {number}"
                ).format(number=i + 1)
                return self.tr("{dimension} › {indicator}").format(
                    dimension=dimension_name, indicator=indicator_name
                )
            return dimension_name
        if head == "scorer_weights":
            return self.tr("Who scores")
        if head == "grades":
            return self.tr("Grades")
        if head in ("vetoes", "bonuses", "deductions"):
            kind = {"vetoes": "veto", "bonuses": "bonus", "deductions": "deduction"}[head]
            if len(where) >= 2:
                return self.tr("{kind} item {number}").format(
                    kind=label("kpi_item", kind), number=int(where[1]) + 1
                )
            return label("kpi_item", kind)
        if head in ("max_total_bonus", "max_total_deduction"):
            return label("kpi_item", "bonus" if head == "max_total_bonus" else "deduction")
        if head == "scope":
            return self.tr("Where it applies")
        return ""

    def problem_texts(self) -> list[str]:
        """The problem list as shown under the tabs."""
        return [self.problems_list.item(n).text() for n in range(self.problems_list.count())]

    def _list_problems(self, problems: Sequence[Problem]) -> None:
        self.problems_list.clear()
        for problem in problems:
            place = self.place_text(tuple(problem.where))
            sentence = problem_sentence(problem)
            text = (
                self.tr("{place}: {sentence}").format(place=place, sentence=sentence)
                if place
                else sentence
            )
            item = QListWidgetItem(icon("circle-alert", tone("error").name()), text)
            item.setData(Qt.ItemDataRole.UserRole, tuple(problem.where))
            item.setToolTip(text)
            self.problems_list.addItem(item)
        count = len(problems)
        if self._read_only:
            self.problems_title.setVisible(False)
            self.problems_list.setVisible(False)
            return
        if count:
            self.problems_title.setText(
                self.tr("To solve before saving ({count}): click one to go there.").format(
                    count=count
                )
            )
        else:
            self.problems_title.setText(self.tr("No problems: the template can be saved."))
        self.problems_list.setVisible(bool(count))
        save = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        if save is not None:
            save.setToolTip(
                self.tr("Solve the problems listed first") if count else self.tr("Save (Ctrl+S)")
            )

    def _problem_chosen(self, item: QListWidgetItem) -> None:
        self.go_to(tuple(item.data(Qt.ItemDataRole.UserRole)))

    def go_to(self, where: Path) -> None:
        """Shows the tab, row and field a problem's path names."""
        tab = _tab_of(where)
        self.tabs.setCurrentIndex(tab)
        if tab == Tab.INDICATORS and len(where) >= 2:
            d = int(where[1])
            if len(where) >= 4 and where[2] == "indicators":
                self.select(d, int(where[3]))
                rest = where[4:]
                targets = {
                    ("name",): self.indicator_name_edit,
                    ("weight",): self.indicator_weight_spin,
                    ("measure", "target"): self.target_spin,
                }
                widget = targets.get(tuple(rest[:2])) or targets.get(tuple(rest[:1]))
                if widget is not None:
                    widget.setFocus()
            elif d < len(self.draft.dimensions):
                self.select(d)
                if where[2:3] == ("name",):
                    self.dimension_name_edit.setFocus()
                elif where[2:3] == ("weight",):
                    self.dimension_weight_spin.setFocus()
        elif where[:1] == ("code",):
            self.code_edit.setFocus()
        elif where[:1] == ("name",):
            self.name_edit.setFocus()

    # --- saving -------------------------------------------------------------------------------

    def save(self) -> bool:
        """Saves the template; False (the reason shown in the dialog) while problems remain."""
        if self._read_only:
            return False
        self._finish_editing()
        self._revalidate()
        if self._problems:
            self._refuse(
                self.tr(
                    "Not saved yet: {count} problems are listed above. Solve them, then save."
                ).format(count=len(self._problems))
            )
            self.go_to(tuple(self._problems[0].where))
            return False
        template = self.template()
        try:
            if self._template_id is None:
                result = kpi_templates.create_template(self.vault, template)
            else:
                result = kpi_templates.edit_template(self.vault, self._template_id, template)
        except InvalidInput as error:
            problems = [p for p in error.facts.get("problems", ()) if isinstance(p, Problem)]
            self._service_problems = problems
            self._revalidate()
            self._refuse(describe_kpi_error(error))
            if problems:
                self.go_to(tuple(problems[0].where))
            return False
        except EhrError as error:
            self._refuse(describe_kpi_error(error))
            return False
        self.result_value = result
        self._original_json = canonical_json(template)
        self.saved.emit(result)
        return True

    def _refuse(self, text: str) -> None:
        self.refusal_label.setText(text)
        self.refusal_label.setVisible(True)

    def _finish_editing(self) -> None:
        """An edit still open in a table or the tree is committed before saving."""
        focused = self.focusWidget()
        if focused is not None:
            focused.clearFocus()

    def _save_clicked(self) -> None:
        if self.save():
            self.accept()

    def reject(self) -> None:
        if not self._read_only and self.result_value is None and self.is_dirty():
            answer = ask_unsaved(self)
            if answer == QMessageBox.StandardButton.Save:
                if self.save():
                    self.accept()
                return
            if answer != QMessageBox.StandardButton.Discard:
                return
        super().reject()

    @classmethod
    def ask(
        cls,
        parent: QWidget | None,
        vault: UnlockedVault,
        template_id: int | None = None,
        *,
        number: int | None = None,
        start: Template | None = None,
        read_only: bool = False,
    ) -> SavedTemplate | None:
        """Opens the editor; the saved template, or None when cancelled (or only viewed)."""
        dialog = cls(
            vault, template_id, number=number, start=start, read_only=read_only, parent=parent
        )
        try:
            dialog.exec()
            return dialog.result_value
        finally:
            dialog.deleteLater()


__all__ = [
    "ChoiceDelegate",
    "DecimalDelegate",
    "TemplateDraft",
    "TemplateEditor",
    "TemplateTreeModel",
    "ask_unsaved",
    "copy_of",
    "number_text",
    "percent_text",
    "scope_text",
]
