"""A KPI template: dimensions of weighted indicators, scorer weights, extras and grade bands.

Weights are percentages of the whole appraisal. An indicator's weight is its share of the total
(业绩 60 holding 销售额 40 and 回款 20), so its score counts `score × weight / 100`; a
dimension's weight is declared and must equal the total of its indicators, and the dimensions
total 100. Veto, bonus and deduction items sit outside the 100 %.

Templates are immutable values (tuples, frozen dataclasses, read-only mappings); an appraisal
keeps a serialised copy of the version it was scored with (see `serialisation`). `validate`
lists every problem at once, so an editor can show them while the officer types.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from decimal import Decimal
from enum import StrEnum
from types import MappingProxyType

from ehr_desktop.domain.kpi.matching import Scope
from ehr_desktop.domain.kpi.refusals import Problem, Where

HUNDRED = Decimal(100)
ZERO = Decimal(0)


class Direction(StrEnum):
    HIGHER_IS_BETTER = "higher_is_better"
    LOWER_IS_BETTER = "lower_is_better"


class Scorer(StrEnum):
    SELF = "self"
    MANAGER = "manager"
    HR = "hr"


DEFAULT_SCORER_WEIGHTS: Mapping[Scorer, Decimal] = MappingProxyType(
    {Scorer.SELF: Decimal(20), Scorer.MANAGER: Decimal(70), Scorer.HR: Decimal(10)}
)


# --- scoring rules of a quantitative indicator (scores on a 0–100 scale, 100 = target met) --


@dataclass(frozen=True)
class Linear:
    """Achievement ratio × 100, clamped to [floor, cap] (cap above 100 rewards overachieving)."""

    floor: Decimal = ZERO
    cap: Decimal = HUNDRED


@dataclass(frozen=True)
class Band:
    at_least: Decimal  # achievement in percent of the target
    score: Decimal


@dataclass(frozen=True)
class Bands:
    """The first band (highest threshold first) the achievement reaches; below all: `below`."""

    bands: tuple[Band, ...]
    below: Decimal = ZERO


@dataclass(frozen=True)
class PerIncident:
    """`start` minus `per_incident` for each incident, never under `floor`. Needs no target."""

    per_incident: Decimal
    start: Decimal = HUNDRED
    floor: Decimal = ZERO


@dataclass(frozen=True)
class PassFail:
    pass_score: Decimal = HUNDRED
    fail_score: Decimal = ZERO


Rule = Linear | Bands | PerIncident | PassFail
RULES_WITH_TARGET = (Linear, Bands)


# --- what an indicator measures ------------------------------------------------------------


@dataclass(frozen=True)
class Quantitative:
    rule: Rule
    target: Decimal | None = None
    unit: str = ""
    direction: Direction = Direction.HIGHER_IS_BETTER


@dataclass(frozen=True)
class Level:
    """One step of a rating scale: the number rated, its label and behaviour, its score."""

    value: int
    label: str
    score: Decimal
    description: str = ""


@dataclass(frozen=True)
class Qualitative:
    levels: tuple[Level, ...]


@dataclass(frozen=True)
class Milestone:
    key: str
    name: str


@dataclass(frozen=True)
class Process:
    """A checklist; the score is the share of milestones met × 100, every milestone equal."""

    milestones: tuple[Milestone, ...]


Measure = Quantitative | Qualitative | Process


@dataclass(frozen=True)
class Indicator:
    key: str  # stable within the template: scorer inputs refer to it
    name: str
    weight: Decimal  # percent of the whole appraisal
    measure: Measure
    standard: str = ""  # the evaluation standard (考核标准), free text


@dataclass(frozen=True)
class Dimension:
    key: str
    name: str
    weight: Decimal  # percent of the whole appraisal; its indicators must total it
    indicators: tuple[Indicator, ...]


@dataclass(frozen=True)
class VetoItem:
    """一票否决: when triggered, the final score is at most `cap` (0 zeroes it)."""

    key: str
    name: str
    cap: Decimal = ZERO
    standard: str = ""


@dataclass(frozen=True)
class AdjustmentItem:
    """A bonus or deduction outside the 100 %: from 0 up to `max_points` points."""

    key: str
    name: str
    max_points: Decimal
    standard: str = ""


@dataclass(frozen=True)
class GradeBand:
    name: str
    lower_bound: Decimal  # a score at least this reaches the grade


@dataclass(frozen=True)
class GradeScale:
    """Bands from the best grade down (strictly descending bounds); below them all: `lowest`."""

    bands: tuple[GradeBand, ...]
    lowest: str

    @property
    def names(self) -> tuple[str, ...]:
        return (*(band.name for band in self.bands), self.lowest)

    def grade_for(self, score: Decimal) -> str:
        for band in self.bands:
            if score >= band.lower_bound:
                return band.name
        return self.lowest


DEFAULT_GRADES = GradeScale(
    (
        GradeBand("S", Decimal(95)),
        GradeBand("A", Decimal(85)),
        GradeBand("B", Decimal(70)),
        GradeBand("C", Decimal(60)),
    ),
    lowest="D",
)


@dataclass(frozen=True)
class Template:
    code: str
    name: str
    dimensions: tuple[Dimension, ...]
    version: int = 1
    scorer_weights: Mapping[Scorer, Decimal] = field(default_factory=lambda: DEFAULT_SCORER_WEIGHTS)
    vetoes: tuple[VetoItem, ...] = ()
    bonuses: tuple[AdjustmentItem, ...] = ()
    deductions: tuple[AdjustmentItem, ...] = ()
    max_total_bonus: Decimal = ZERO
    max_total_deduction: Decimal = ZERO
    grades: GradeScale = DEFAULT_GRADES
    scope: Scope = field(default_factory=Scope)

    def __post_init__(self) -> None:
        # Read-only and in scorer order, so the value cannot change behind an appraisal's back.
        given = self.scorer_weights
        weights = {scorer: given[scorer] for scorer in Scorer if scorer in given}
        if len(weights) != len(given):
            raise ValueError(f"unknown scorers in {sorted(given)}")  # a programming error
        object.__setattr__(self, "scorer_weights", MappingProxyType(weights))

    @property
    def indicators(self) -> tuple[Indicator, ...]:
        return tuple(i for dimension in self.dimensions for i in dimension.indicators)


# --- validation ----------------------------------------------------------------------------


def validate(template: Template) -> list[Problem]:
    """Every problem of the template (empty: it may be used). Codes, with their facts:

    name_required, key_required, duplicate_key {key}, no_dimensions, dimension_empty,
    not_positive {value}, negative {value} (`where` ends in the field: weight, floor, cap…),
    indicator_weights_total {total, expected} (where: the dimension),
    dimension_weights_total {total, expected}, scorer_weights_total {total, expected},
    target_required, target_not_positive {target}, cap_below_floor {floor, cap},
    start_below_floor {start, floor}, fail_above_pass {pass_score, fail_score}, bands_empty,
    band_thresholds_not_descending, band_scores_not_descending, levels_empty,
    duplicate_level {value}, milestones_empty, grade_bounds_not_descending,
    duplicate_grade {name}.
    """
    found: list[Problem] = []
    if not template.code.strip():
        found.append(Problem("key_required", ("code",)))
    if not template.name.strip():
        found.append(Problem("name_required", ("name",)))
    found += _weight_problems(template)
    found += _scorer_weight_problems(template.scorer_weights)
    found += _duplicate_keys(
        (("dimensions", d), dimension.key) for d, dimension in enumerate(template.dimensions)
    )
    found += _duplicate_keys(
        (("dimensions", d, "indicators", i), indicator.key)
        for d, dimension in enumerate(template.dimensions)
        for i, indicator in enumerate(dimension.indicators)
    )
    for d, dimension in enumerate(template.dimensions):
        if not dimension.name.strip():
            found.append(Problem("name_required", ("dimensions", d, "name")))
        for i, indicator in enumerate(dimension.indicators):
            found += _indicator_problems(indicator, ("dimensions", d, "indicators", i))
    found += _extra_item_problems(template)
    found += grade_problems(template.grades, where=("grades",))
    return found


def _weight_problems(template: Template) -> list[Problem]:
    found: list[Problem] = []
    if not template.dimensions:
        return [Problem("no_dimensions", ("dimensions",))]
    for d, dimension in enumerate(template.dimensions):
        where: Where = ("dimensions", d)
        found += _positive(dimension.weight, (*where, "weight"))
        if not dimension.indicators:
            found.append(Problem("dimension_empty", where))
            continue
        for i, indicator in enumerate(dimension.indicators):
            found += _positive(indicator.weight, (*where, "indicators", i, "weight"))
        total = sum((i.weight for i in dimension.indicators), ZERO)
        if total != dimension.weight:
            facts = {"total": total, "expected": dimension.weight}
            found.append(Problem("indicator_weights_total", where, facts))
    total = sum((dimension.weight for dimension in template.dimensions), ZERO)
    if total != HUNDRED:
        found.append(
            Problem(
                "dimension_weights_total", ("dimensions",), {"total": total, "expected": HUNDRED}
            )
        )
    return found


def _scorer_weight_problems(weights: Mapping[Scorer, Decimal]) -> list[Problem]:
    # A zero weight is allowed: that scorer simply does not score with this template.
    found = [
        problem
        for scorer, weight in weights.items()
        for problem in _not_negative(weight, ("scorer_weights", scorer.value))
    ]
    total = sum(weights.values(), ZERO)
    if total != HUNDRED:
        found.append(
            Problem(
                "scorer_weights_total", ("scorer_weights",), {"total": total, "expected": HUNDRED}
            )
        )
    return found


def _indicator_problems(indicator: Indicator, where: Where) -> list[Problem]:
    found: list[Problem] = []
    if not indicator.name.strip():
        found.append(Problem("name_required", (*where, "name")))
    measure, at = indicator.measure, (*where, "measure")
    if isinstance(measure, Quantitative):
        if isinstance(measure.rule, RULES_WITH_TARGET):
            if measure.target is None:
                found.append(Problem("target_required", (*at, "target")))
            elif measure.target <= 0:
                # Both ratios divide by or into the target; zero-defect goals are per-incident.
                found.append(
                    Problem("target_not_positive", (*at, "target"), {"target": measure.target})
                )
        found += _rule_problems(measure.rule, (*at, "rule"))
    elif isinstance(measure, Qualitative):
        if not measure.levels:
            found.append(Problem("levels_empty", (*at, "levels")))
        seen: set[int] = set()
        for n, level in enumerate(measure.levels):
            if level.value in seen:
                found.append(Problem("duplicate_level", (*at, "levels", n), {"value": level.value}))
            seen.add(level.value)
            found += _not_negative(level.score, (*at, "levels", n, "score"))
    else:
        if not measure.milestones:
            found.append(Problem("milestones_empty", (*at, "milestones")))
        found += _duplicate_keys(
            ((*at, "milestones", n), milestone.key)
            for n, milestone in enumerate(measure.milestones)
        )
    return found


def _rule_problems(rule: Rule, where: Where) -> list[Problem]:
    found: list[Problem] = []
    if isinstance(rule, Linear):
        found += _not_negative(rule.floor, (*where, "floor"))
        if rule.cap < rule.floor:
            found.append(Problem("cap_below_floor", where, {"floor": rule.floor, "cap": rule.cap}))
    elif isinstance(rule, Bands):
        if not rule.bands:
            found.append(Problem("bands_empty", (*where, "bands")))
        for n, band in enumerate(rule.bands):
            found += _not_negative(band.score, (*where, "bands", n, "score"))
            if n and band.at_least >= rule.bands[n - 1].at_least:
                found.append(Problem("band_thresholds_not_descending", (*where, "bands", n)))
            if n and band.score > rule.bands[n - 1].score:
                found.append(Problem("band_scores_not_descending", (*where, "bands", n)))
        found += _not_negative(rule.below, (*where, "below"))
        if rule.bands and rule.below > rule.bands[-1].score:
            found.append(Problem("band_scores_not_descending", (*where, "below")))
    elif isinstance(rule, PerIncident):
        found += _positive(rule.per_incident, (*where, "per_incident"))
        found += _not_negative(rule.floor, (*where, "floor"))
        if rule.start < rule.floor:
            found.append(
                Problem("start_below_floor", where, {"start": rule.start, "floor": rule.floor})
            )
    else:
        found += _not_negative(rule.fail_score, (*where, "fail_score"))
        if rule.fail_score > rule.pass_score:
            facts = {"pass_score": rule.pass_score, "fail_score": rule.fail_score}
            found.append(Problem("fail_above_pass", where, facts))
    return found


def _extra_item_problems(template: Template) -> list[Problem]:
    found: list[Problem] = []
    for n, veto in enumerate(template.vetoes):
        if not veto.name.strip():
            found.append(Problem("name_required", ("vetoes", n, "name")))
        found += _not_negative(veto.cap, ("vetoes", n, "cap"))
    found += _duplicate_keys((("vetoes", n), veto.key) for n, veto in enumerate(template.vetoes))
    for kind, items, bound_field in (
        ("bonuses", template.bonuses, "max_total_bonus"),
        ("deductions", template.deductions, "max_total_deduction"),
    ):
        for n, item in enumerate(items):
            if not item.name.strip():
                found.append(Problem("name_required", (kind, n, "name")))
            found += _positive(item.max_points, (kind, n, "max_points"))
        found += _duplicate_keys(((kind, n), item.key) for n, item in enumerate(items))
        # With items, a zero bound would silently void them all.
        bound = getattr(template, bound_field)
        found += (_positive if items else _not_negative)(bound, (bound_field,))
    return found


def grade_problems(scale: GradeScale, *, where: Where = ()) -> list[Problem]:
    """A custom grade scale: names given and unique, lower bounds strictly descending."""
    found: list[Problem] = []
    for n, band in enumerate(scale.bands):
        if n and band.lower_bound >= scale.bands[n - 1].lower_bound:
            found.append(Problem("grade_bounds_not_descending", (*where, "bands", n)))
    seen: set[str] = set()
    for n, name in enumerate(scale.names):
        at = (*where, "bands", n) if n < len(scale.bands) else (*where, "lowest")
        if not name.strip():
            found.append(Problem("name_required", at))
        elif name in seen:
            found.append(Problem("duplicate_grade", at, {"name": name}))
        seen.add(name)
    return found


def _positive(value: Decimal, where: Where) -> list[Problem]:
    return [] if value > 0 else [Problem("not_positive", where, {"value": value})]


def _not_negative(value: Decimal, where: Where) -> list[Problem]:
    return [] if value >= 0 else [Problem("negative", where, {"value": value})]


def _duplicate_keys(keyed: Iterable[tuple[Where, str]]) -> list[Problem]:
    found: list[Problem] = []
    seen: set[str] = set()
    for where, key in keyed:
        if not key.strip():
            found.append(Problem("key_required", where))
        elif key in seen:
            found.append(Problem("duplicate_key", where, {"key": key}))
        seen.add(key)
    return found
