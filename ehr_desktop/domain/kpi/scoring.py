"""Scoring an appraisal form, every step kept so the form editor can show it.

1. Each present scorer's indicator scores, on a 0–100 scale (100 = standard met; a linear
   rule's cap may allow more).
2. Each weighted by the indicator's weight / 100, summed per dimension and into the scorer's
   total (so a dimension subtotal is on the scale of the whole appraisal: 业绩 60 → at most 60).
3. Scorer totals combined with the template's scorer weights, re-normalised over the scorers
   present (weight divided by the sum of the present weights): a missing self-assessment is
   left out, never averaged in as zero. A scorer with weight 0 does not count. No scorer
   present: no score (None), not 0.
4. Plus the bonus, minus the deduction; each item refused above its own maximum, each total
   capped at the template's bound.
5. Vetoes: triggered ones cap the score at the lowest of their caps (0 zeroes it).
6. Never below 0.
7. ROUNDING: once, at the very end: ROUND_HALF_UP to 2 decimals. No intermediate value is
   rounded (divisions carry 40 significant digits, far below anything shown). The grade is
   read from the rounded score, so the number shown and the grade always agree.

All arithmetic is Decimal; a float never enters.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Mapping
from dataclasses import dataclass, field
from decimal import ROUND_HALF_EVEN, ROUND_HALF_UP, Context, Decimal, localcontext
from types import MappingProxyType

from ehr_desktop.domain.kpi.refusals import KpiRefused
from ehr_desktop.domain.kpi.template import (
    HUNDRED,
    ZERO,
    AdjustmentItem,
    Bands,
    Direction,
    Indicator,
    Linear,
    PassFail,
    PerIncident,
    Process,
    Qualitative,
    Quantitative,
    Scorer,
    Template,
)

FINAL_PLACES = Decimal("0.01")
FINAL_ROUNDING = ROUND_HALF_UP
# Independent of whatever context the caller set; the precision only matters in divisions.
_CONTEXT = Context(prec=40, rounding=ROUND_HALF_EVEN)
_INFINITY = Decimal("Infinity")


# --- what a scorer enters for one indicator --------------------------------------------------


@dataclass(frozen=True)
class Actual:
    """The measured value of a linear or banded quantitative indicator."""

    value: Decimal


@dataclass(frozen=True)
class Incidents:
    count: int


@dataclass(frozen=True)
class Verdict:
    passed: bool


@dataclass(frozen=True)
class Rating:
    level: int


@dataclass(frozen=True)
class Checklist:
    met: frozenset[str] = frozenset()  # keys of the milestones met


IndicatorInput = Actual | Incidents | Verdict | Rating | Checklist


@dataclass(frozen=True)
class FormInput:
    """Everything entered on one form. Bonuses, deductions and vetoes are facts about the
    period (an award, an incident), entered once for the form rather than per scorer."""

    scores: Mapping[Scorer, Mapping[str, IndicatorInput]] = field(default_factory=dict)
    bonuses: Mapping[str, Decimal] = field(default_factory=dict)
    deductions: Mapping[str, Decimal] = field(default_factory=dict)
    vetoes: frozenset[str] = frozenset()


# --- results -------------------------------------------------------------------------------


@dataclass(frozen=True)
class IndicatorScore:
    dimension: str
    score: Decimal  # on the 0–100 scale
    weighted: Decimal  # score × weight / 100


@dataclass(frozen=True)
class ScorerSheet:
    scorer: Scorer
    indicators: Mapping[str, IndicatorScore]  # by indicator key, in template order
    dimensions: Mapping[str, Decimal]  # subtotals by dimension key
    total: Decimal


@dataclass(frozen=True)
class FormResult:
    sheets: Mapping[Scorer, ScorerSheet]  # every scorer who entered input
    weights_used: Mapping[Scorer, Decimal]  # the counted scorers' weights, re-normalised to 100
    combined: Decimal | None  # weighted mean of the counted scorers' totals
    bonus_claimed: Decimal
    bonus: Decimal  # after the total bound
    deduction_claimed: Decimal
    deduction: Decimal
    before_veto: Decimal | None  # combined + bonus − deduction
    vetoes: tuple[str, ...]  # keys of the triggered vetoes, template order
    veto_cap: Decimal | None  # the lowest cap among them
    unrounded: Decimal | None  # after the veto and the floor at 0
    final: Decimal | None
    grade: str | None

    @property
    def veto_applied(self) -> bool:
        """A veto lowered the score (triggered but above the score, it changed nothing)."""
        return (
            self.veto_cap is not None
            and self.before_veto is not None
            and self.before_veto > self.veto_cap
        )


# --- parsing -------------------------------------------------------------------------------

_NUMBER = re.compile(r"[+-]?([0-9]+(\.[0-9]*)?|\.[0-9]+)")
_GROUPED = re.compile(r"[+-]?[0-9]{1,3}(,[0-9]{3})+(\.[0-9]*)?")


def parse_decimal(text: str) -> Decimal:
    """A typed number as Decimal: full-width digits and 1,234.5 grouping accepted; anything
    else (words, NaN, exponents, empty) refused as `not_a_number`."""
    cleaned = unicodedata.normalize("NFKC", text).strip()
    if _GROUPED.fullmatch(cleaned):
        cleaned = cleaned.replace(",", "")
    if not _NUMBER.fullmatch(cleaned):
        raise KpiRefused("not_a_number", text=text)
    return Decimal(cleaned)


def round_final(value: Decimal) -> Decimal:
    return value.quantize(FINAL_PLACES, rounding=FINAL_ROUNDING)


# --- one indicator -------------------------------------------------------------------------


def achievement(actual: Decimal, target: Decimal, direction: Direction) -> Decimal:
    """Percent of the target achieved: actual/target×100, or target/actual×100 when lower is
    better. Lower-is-better with an actual of 0 or less is as good as it gets: Infinity,
    which every rule then caps."""
    with localcontext(_CONTEXT):
        if direction == Direction.HIGHER_IS_BETTER:
            return actual / target * HUNDRED
        if actual <= 0:
            return _INFINITY
        return target / actual * HUNDRED


def input_kind(indicator: Indicator) -> type[IndicatorInput]:
    """The input an indicator takes, so an editor shows the right control."""
    measure = indicator.measure
    if isinstance(measure, Qualitative):
        return Rating
    if isinstance(measure, Process):
        return Checklist
    if isinstance(measure.rule, PerIncident):
        return Incidents
    if isinstance(measure.rule, PassFail):
        return Verdict
    return Actual


def indicator_score(indicator: Indicator, given: IndicatorInput) -> Decimal:
    """The 0–100 score for one scorer's input; refuses input that does not fit the indicator."""
    key = indicator.key
    with localcontext(_CONTEXT):
        match indicator.measure, given:
            case Qualitative() as measure, Rating(level=level):
                return _rating_score(key, measure, level)
            case Process() as measure, Checklist(met=met):
                return _checklist_score(key, measure, met)
            case Quantitative(rule=PerIncident() as rule), Incidents(count=count):
                if count < 0:
                    raise KpiRefused("negative_count", indicator=key, count=count)
                return max(rule.floor, rule.start - rule.per_incident * count)
            case Quantitative(rule=PassFail() as rule), Verdict(passed=passed):
                return rule.pass_score if passed else rule.fail_score
            case Quantitative(rule=Linear() | Bands()) as measure, Actual(value=value):
                return _ratio_score(key, measure, value)
    expected = input_kind(indicator).__name__.lower()
    raise KpiRefused("input_does_not_fit", indicator=key, expected=expected)


def _ratio_score(key: str, measure: Quantitative, actual: Decimal) -> Decimal:
    if not actual.is_finite():
        raise KpiRefused("not_a_number", indicator=key, text=str(actual))
    if measure.target is None:
        raise KpiRefused("target_required", indicator=key)
    if measure.target <= 0:
        raise KpiRefused("target_not_positive", indicator=key, target=measure.target)
    reached = achievement(actual, measure.target, measure.direction)
    rule = measure.rule
    if isinstance(rule, Linear):
        return max(rule.floor, min(rule.cap, reached))
    for band in rule.bands:  # highest threshold first
        if reached >= band.at_least:
            return band.score
    return rule.below


def _rating_score(key: str, measure: Qualitative, rating: int) -> Decimal:
    for level in measure.levels:
        if level.value == rating:
            return level.score
    levels = tuple(level.value for level in measure.levels)
    raise KpiRefused("rating_outside_scale", indicator=key, rating=rating, levels=levels)


def _checklist_score(key: str, measure: Process, met: frozenset[str]) -> Decimal:
    # Share met × 100, every milestone counting the same; milestones that matter more are
    # better made indicators of their own than given a second set of weights to keep at 100.
    keys = {milestone.key for milestone in measure.milestones}
    unknown = met - keys
    if unknown:
        raise KpiRefused("unknown_milestone", indicator=key, milestones=tuple(sorted(unknown)))
    if not keys:
        raise KpiRefused("milestones_empty", indicator=key)
    return Decimal(len(met)) / Decimal(len(keys)) * HUNDRED


# --- one scorer, then the form --------------------------------------------------------------


def score_sheet(
    template: Template, scorer: Scorer, given: Mapping[str, IndicatorInput]
) -> ScorerSheet:
    """One scorer's indicator scores, dimension subtotals and total; every indicator needed."""
    known = [i.key for i in template.indicators]
    unknown = sorted(set(given) - set(known))
    if unknown:
        raise KpiRefused("unknown_indicator", scorer=scorer.value, indicators=tuple(unknown))
    missing = tuple(key for key in known if key not in given)
    if missing:
        raise KpiRefused("indicator_not_scored", scorer=scorer.value, indicators=missing)
    indicators: dict[str, IndicatorScore] = {}
    dimensions: dict[str, Decimal] = {}
    with localcontext(_CONTEXT):
        for dimension in template.dimensions:
            subtotal = ZERO
            for indicator in dimension.indicators:
                score = indicator_score(indicator, given[indicator.key])
                weighted = score * indicator.weight / HUNDRED
                indicators[indicator.key] = IndicatorScore(dimension.key, score, weighted)
                subtotal += weighted
            dimensions[dimension.key] = subtotal
        total = sum(dimensions.values(), ZERO)
    return ScorerSheet(scorer, MappingProxyType(indicators), MappingProxyType(dimensions), total)


def combine(
    totals: Mapping[Scorer, Decimal], weights: Mapping[Scorer, Decimal]
) -> tuple[Decimal | None, Mapping[Scorer, Decimal]]:
    """The weighted mean of the present totals and the weights it used (re-normalised to 100).

    Only the ratio of the weights matters, so scaling them all changes nothing."""
    counted = {s: w for s, w in weights.items() if s in totals and w > 0}
    if not counted:
        return None, MappingProxyType({})
    with localcontext(_CONTEXT):
        weight_sum = sum(counted.values(), ZERO)
        mean = sum((totals[s] * w for s, w in counted.items()), ZERO) / weight_sum
        used = {s: w * HUNDRED / weight_sum for s, w in counted.items()}
    return mean, MappingProxyType(used)


def score_form(template: Template, form: FormInput) -> FormResult:
    """The whole pipeline (see the module docstring). Expects a template that validates."""
    sheets = {
        scorer: score_sheet(template, scorer, form.scores[scorer])
        for scorer in Scorer
        if scorer in form.scores
    }
    totals = {scorer: sheet.total for scorer, sheet in sheets.items()}
    combined, weights_used = combine(totals, template.scorer_weights)
    bonus_claimed = _claimed("bonuses", template.bonuses, form.bonuses)
    deduction_claimed = _claimed("deductions", template.deductions, form.deductions)
    bonus = min(bonus_claimed, template.max_total_bonus)
    deduction = min(deduction_claimed, template.max_total_deduction)
    unknown = sorted(form.vetoes - {veto.key for veto in template.vetoes})
    if unknown:
        raise KpiRefused("unknown_item", kind="vetoes", items=tuple(unknown))
    triggered = [veto for veto in template.vetoes if veto.key in form.vetoes]
    veto_cap = min((veto.cap for veto in triggered), default=None)

    before_veto = unrounded = final = grade = None
    if combined is not None:
        with localcontext(_CONTEXT):
            before_veto = combined + bonus - deduction
        capped = before_veto if veto_cap is None else min(before_veto, veto_cap)
        unrounded = max(ZERO, capped)
        final = round_final(unrounded)
        grade = template.grades.grade_for(final)
    return FormResult(
        sheets=MappingProxyType(sheets),
        weights_used=weights_used,
        combined=combined,
        bonus_claimed=bonus_claimed,
        bonus=bonus,
        deduction_claimed=deduction_claimed,
        deduction=deduction,
        before_veto=before_veto,
        vetoes=tuple(veto.key for veto in triggered),
        veto_cap=veto_cap,
        unrounded=unrounded,
        final=final,
        grade=grade,
    )


def _claimed(kind: str, items: tuple[AdjustmentItem, ...], given: Mapping[str, Decimal]) -> Decimal:
    by_key = {item.key: item for item in items}
    unknown = sorted(set(given) - set(by_key))
    if unknown:
        raise KpiRefused("unknown_item", kind=kind, items=tuple(unknown))
    total = ZERO
    for key, points in given.items():
        limit = by_key[key].max_points
        if not points.is_finite() or points < 0 or points > limit:
            raise KpiRefused("points_out_of_range", kind=kind, item=key, points=points, limit=limit)
        total += points
    return total
