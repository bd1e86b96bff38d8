"""KPI scoring: each rule worked by hand, the whole pipeline worked by hand, and its properties."""

from dataclasses import replace
from decimal import Decimal

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from ehr_desktop.domain.kpi import (
    Actual,
    AdjustmentItem,
    Band,
    Bands,
    Checklist,
    Dimension,
    Direction,
    FormInput,
    Incidents,
    Indicator,
    KpiRefused,
    Level,
    Linear,
    Milestone,
    PassFail,
    PerIncident,
    Process,
    Qualitative,
    Quantitative,
    Rating,
    Scorer,
    Template,
    Verdict,
    VetoItem,
    achievement,
    combine,
    indicator_score,
    input_kind,
    parse_decimal,
    round_final,
    score_form,
    validate,
)

D = Decimal
SELF, MANAGER, HR = Scorer.SELF, Scorer.MANAGER, Scorer.HR
FIVE_LEVELS = Qualitative(
    tuple(Level(n, f"L{n}", D(20 * n), description=f"behaviour {n}") for n in range(1, 6))
)
FOUR_MILESTONES = Process(tuple(Milestone(f"m{n}", f"Milestone {n}") for n in range(1, 5)))


def indicator(measure, weight="100", key="k") -> Indicator:
    return Indicator(key, "Indicator", D(weight), measure, standard="as agreed")


def quantitative(rule, target="100", direction=Direction.HIGHER_IS_BETTER) -> Indicator:
    return indicator(Quantitative(rule, None if target is None else D(target), "万元", direction))


def one_indicator_template(measure, **extra) -> Template:
    dimension = Dimension("perf", "业绩", D(100), (indicator(measure),))
    return Template("T", "One indicator", (dimension,), **extra)


# --- one worked example per rule kind --------------------------------------------------------


def test_linear_higher_is_better_is_the_ratio_clamped_to_floor_and_cap():
    rule = Linear(floor=D(0), cap=D(120))
    sales = quantitative(rule, target="200")
    # 230 / 200 × 100 = 115, inside [0, 120]
    assert indicator_score(sales, Actual(D(230))) == D(115)
    # 260 / 200 × 100 = 130 → capped at 120
    assert indicator_score(sales, Actual(D(260))) == D(120)
    # −10 / 200 × 100 = −5 → raised to the floor 0
    assert indicator_score(sales, Actual(D(-10))) == D(0)


def test_linear_lower_is_better_inverts_the_ratio_and_zero_is_best():
    rule = Linear(floor=D(0), cap=D(120))
    days = quantitative(rule, target="5", direction=Direction.LOWER_IS_BETTER)
    # 5 / 8 × 100 = 62.5
    assert indicator_score(days, Actual(D(8))) == D("62.5")
    # 5 / 4 × 100 = 125 → capped at 120
    assert indicator_score(days, Actual(D(4))) == D(120)
    # 0 days cannot be bettered: infinite achievement → the cap, no division by zero
    assert indicator_score(days, Actual(D(0))) == D(120)


def test_bands_take_the_first_threshold_reached():
    rule = Bands((Band(D(100), D(100)), Band(D(90), D(80)), Band(D(80), D(60))), below=D(0))
    output = quantitative(rule, target="50")
    # 46 / 50 = 92 % → not ≥ 100, but ≥ 90 → 80
    assert indicator_score(output, Actual(D(46))) == D(80)
    # 50 / 50 = 100 % → ≥ 100 → 100
    assert indicator_score(output, Actual(D(50))) == D(100)
    # 40 / 50 = 80 % → exactly the last threshold → 60
    assert indicator_score(output, Actual(D(40))) == D(60)
    # 39 / 50 = 78 % → below every band → the stated 0
    assert indicator_score(output, Actual(D(39))) == D(0)


def test_per_incident_deducts_from_the_start_down_to_the_floor():
    complaints = quantitative(PerIncident(per_incident=D(15)), target=None)
    # 100 − 3 × 15 = 55
    assert indicator_score(complaints, Incidents(3)) == D(55)
    # 100 − 7 × 15 = −5 → floor 0
    assert indicator_score(complaints, Incidents(7)) == D(0)
    assert validate(one_indicator_template(complaints.measure)) == []  # no target needed


def test_pass_fail_gives_full_score_or_the_stated_fail_score():
    audit = quantitative(PassFail(fail_score=D(30)), target=None)
    assert indicator_score(audit, Verdict(True)) == D(100)
    assert indicator_score(audit, Verdict(False)) == D(30)


def test_qualitative_maps_the_rating_to_its_level_score():
    teamwork = indicator(FIVE_LEVELS)
    # level 4 of 1–5 maps to 4 × 20 = 80
    assert indicator_score(teamwork, Rating(4)) == D(80)
    with pytest.raises(KpiRefused) as refused:
        indicator_score(teamwork, Rating(6))
    assert refused.value.rule == "rating_outside_scale"
    assert refused.value.facts["levels"] == (1, 2, 3, 4, 5)


def test_process_scores_the_share_of_milestones_met():
    project = indicator(FOUR_MILESTONES)
    # 3 of 4 milestones → 3 / 4 × 100 = 75
    assert indicator_score(project, Checklist(frozenset({"m1", "m2", "m4"}))) == D(75)
    assert indicator_score(project, Checklist()) == D(0)
    with pytest.raises(KpiRefused) as refused:
        indicator_score(project, Checklist(frozenset({"m9"})))
    assert refused.value.rule == "unknown_milestone"


def test_veto_caps_or_zeroes_the_total():
    template = one_indicator_template(
        FIVE_LEVELS,
        vetoes=(VetoItem("fraud", "Fraud"), VetoItem("safety", "Safety incident", cap=D(60))),
    )
    scores = {MANAGER: {"k": Rating(5)}}
    # 100, capped at 60
    capped = score_form(template, FormInput(scores, vetoes=frozenset({"safety"})))
    assert (capped.final, capped.grade, capped.veto_applied) == (D(60), "C", True)
    # two vetoes: the lowest cap wins → 0
    zeroed = score_form(template, FormInput(scores, vetoes=frozenset({"safety", "fraud"})))
    assert (zeroed.final, zeroed.vetoes, zeroed.grade) == (D(0), ("fraud", "safety"), "D")
    # a cap above the score changes nothing
    low = score_form(template, FormInput({MANAGER: {"k": Rating(2)}}, vetoes=frozenset({"safety"})))
    assert (low.final, low.veto_applied) == (D(40), False)


def test_bonus_and_deduction_items_and_totals_are_bounded():
    template = one_indicator_template(
        FIVE_LEVELS,
        bonuses=(AdjustmentItem("award", "Award", D(5)), AdjustmentItem("idea", "Idea", D(5))),
        deductions=(AdjustmentItem("late", "Late reports", D(10)),),
        max_total_bonus=D(8),
        max_total_deduction=D(10),
    )
    assert validate(template) == []
    form = FormInput(
        {MANAGER: {"k": Rating(4)}},
        bonuses={"award": D(5), "idea": D(5)},
        deductions={"late": D("2.5")},
    )
    result = score_form(template, form)
    # 80 + min(5 + 5, 8) − 2.5 = 85.5
    assert (result.bonus_claimed, result.bonus, result.deduction) == (D(10), D(8), D("2.5"))
    assert result.final == D("85.50")
    over = FormInput({MANAGER: {"k": Rating(4)}}, deductions={"late": D(11)})
    with pytest.raises(KpiRefused) as refused:
        score_form(template, over)
    assert (refused.value.rule, refused.value.facts["limit"]) == ("points_out_of_range", D(10))


def test_score_never_goes_below_zero():
    template = one_indicator_template(
        FIVE_LEVELS,
        deductions=(AdjustmentItem("late", "Late", D(50)),),
        max_total_deduction=D(50),
    )
    # 20 − 50 = −30 → 0
    result = score_form(template, FormInput({HR: {"k": Rating(1)}}, deductions={"late": D(50)}))
    assert (result.before_veto, result.final, result.grade) == (D(-30), D("0.00"), "D")


# --- the whole pipeline, worked by hand ------------------------------------------------------


def pipeline_template() -> Template:
    performance = Dimension(
        "perf",
        "业绩",
        D(70),
        (
            Indicator(
                "sales",
                "销售额",
                D(40),
                Quantitative(Linear(cap=D(120)), D(200), "万元"),
                standard="Signed contracts in the quarter",
            ),
            Indicator(
                "complaints",
                "客户投诉",
                D(30),
                Quantitative(PerIncident(per_incident=D(10))),
                standard="Each justified complaint",
            ),
        ),
    )
    ability = Dimension(
        "ability",
        "能力",
        D(30),
        (
            Indicator("teamwork", "团队协作", D(20), FIVE_LEVELS),
            Indicator("project", "项目里程碑", D(10), FOUR_MILESTONES),
        ),
    )
    return Template(
        "SALES",
        "Sales staff",
        (performance, ability),
        scorer_weights={SELF: D(20), MANAGER: D(70), HR: D(10)},
        vetoes=(VetoItem("safety", "Safety incident", cap=D(60)),),
        bonuses=(AdjustmentItem("award", "Award", D(5)),),
        deductions=(AdjustmentItem("late", "Late reports", D(10)),),
        max_total_bonus=D(5),
        max_total_deduction=D(10),
    )


PIPELINE_SCORES = {
    MANAGER: {
        "sales": Actual(D(230)),
        "complaints": Incidents(2),
        "teamwork": Rating(4),
        "project": Checklist(frozenset({"m1", "m2", "m3"})),
    },
    HR: {
        "sales": Actual(D(230)),
        "complaints": Incidents(3),
        "teamwork": Rating(3),
        "project": Checklist(frozenset({"m1", "m2", "m3", "m4"})),
    },
}


def test_full_pipeline_worked_example():
    template = pipeline_template()
    assert validate(template) == []
    form = FormInput(
        PIPELINE_SCORES,  # no self-assessment
        bonuses={"award": D(3)},
        deductions={"late": D(2)},
    )
    result = score_form(template, form)

    # Manager: sales 230/200×100 = 115 → ×40/100 = 46; complaints 100 − 2×10 = 80 → ×30/100 = 24
    #          业绩 46 + 24 = 70
    #          teamwork level 4 = 80 → ×20/100 = 16; project 3/4 = 75 → ×10/100 = 7.5
    #          能力 16 + 7.5 = 23.5; total 70 + 23.5 = 93.5
    manager = result.sheets[MANAGER]
    assert manager.indicators["sales"].score == D(115)
    assert manager.indicators["sales"].weighted == D(46)
    assert dict(manager.dimensions) == {"perf": D(70), "ability": D("23.5")}
    assert manager.total == D("93.5")
    # HR: sales 46; complaints 100 − 3×10 = 70 → 21; 业绩 67
    #     teamwork level 3 = 60 → 12; project 4/4 = 100 → 10; 能力 22; total 89
    hr = result.sheets[HR]
    assert dict(hr.dimensions) == {"perf": D(67), "ability": D(22)}
    assert hr.total == D(89)
    # No self-assessment: 70 and 10 re-normalised over 80 → 87.5 % and 12.5 %
    assert SELF not in result.sheets
    assert dict(result.weights_used) == {MANAGER: D("87.5"), HR: D("12.5")}
    # (93.5 × 70 + 89 × 10) / 80 = (6545 + 890) / 80 = 92.9375
    assert result.combined == D("92.9375")
    # + bonus 3 − deduction 2 = 93.9375 → ROUND_HALF_UP → 93.94, grade A (85 ≤ 93.94 < 95)
    assert (result.bonus, result.deduction) == (D(3), D(2))
    assert result.before_veto == D("93.9375")
    assert (result.vetoes, result.veto_cap) == ((), None)
    assert (result.unrounded, result.final, result.grade) == (D("93.9375"), D("93.94"), "A")

    # The safety veto then caps the same form at 60 → grade C.
    vetoed = score_form(template, replace(form, vetoes=frozenset({"safety"})))
    assert (vetoed.before_veto, vetoed.veto_cap) == (D("93.9375"), D(60))
    assert (vetoed.unrounded, vetoed.final, vetoed.grade, vetoed.veto_applied) == (
        D(60),
        D("60.00"),
        "C",
        True,
    )


def test_no_scorer_present_means_no_score_not_zero():
    result = score_form(pipeline_template(), FormInput(bonuses={"award": D(5)}))
    assert (result.combined, result.final, result.grade) == (None, None, None)
    assert dict(result.weights_used) == {}


def test_a_zero_weight_scorer_is_shown_but_not_counted():
    template = one_indicator_template(
        FIVE_LEVELS, scorer_weights={SELF: D(0), MANAGER: D(100), HR: D(0)}
    )
    only_self = score_form(template, FormInput({SELF: {"k": Rating(5)}}))
    assert only_self.sheets[SELF].total == D(100)
    assert only_self.final is None


def test_rounding_is_half_up_and_happens_once():
    # 92.125 / 100 × 100 = 92.125 → HALF_UP 92.13 (half-even would give 92.12)
    template = one_indicator_template(Quantitative(Linear(cap=D(120)), D(100)))
    result = score_form(template, FormInput({MANAGER: {"k": Actual(D("92.125"))}}))
    assert (result.unrounded, result.final) == (D("92.125"), D("92.13"))
    # 94.995 rounds to 95.00: the grade is read from the rounded score → S, not A
    result = score_form(template, FormInput({MANAGER: {"k": Actual(D("94.995"))}}))
    assert (result.final, result.grade) == (D("95.00"), "S")
    assert round_final(D("2.345")) == D("2.35")


def test_no_intermediate_rounding():
    # Two processes of weight 50, 1 of 3 milestones met each: 33.33… × 50/100 = 16.666… each,
    # total 33.333… → 33.33. Rounding each weighted score first would give 16.67 + 16.67 = 33.34.
    three = Process(tuple(Milestone(f"m{n}", f"M{n}") for n in range(3)))
    dimension = Dimension(
        "d",
        "过程",
        D(100),
        (indicator(three, "50", key="a"), indicator(three, "50", key="b")),
    )
    template = Template("T", "Processes", (dimension,))
    one_met = Checklist(frozenset({"m0"}))
    result = score_form(template, FormInput({MANAGER: {"a": one_met, "b": one_met}}))
    assert result.final == D("33.33")


@pytest.mark.parametrize(
    ("scores", "rule"),
    [
        ({MANAGER: {"sales": Actual(D(1))}}, "indicator_not_scored"),
        ({MANAGER: {**PIPELINE_SCORES[MANAGER], "extra": Rating(1)}}, "unknown_indicator"),
        ({MANAGER: {**PIPELINE_SCORES[MANAGER], "sales": Rating(1)}}, "input_does_not_fit"),
        ({MANAGER: {**PIPELINE_SCORES[MANAGER], "complaints": Incidents(-1)}}, "negative_count"),
        ({MANAGER: {**PIPELINE_SCORES[MANAGER], "sales": Actual(D("NaN"))}}, "not_a_number"),
    ],
)
def test_inputs_that_do_not_fit_are_refused(scores, rule):
    with pytest.raises(KpiRefused) as refused:
        score_form(pipeline_template(), FormInput(scores))
    assert refused.value.rule == rule
    assert refused.value.code == "kpi.refused"


def test_unknown_extras_are_refused():
    with pytest.raises(KpiRefused) as refused:
        score_form(pipeline_template(), FormInput(PIPELINE_SCORES, vetoes=frozenset({"x"})))
    assert (refused.value.rule, refused.value.facts["kind"]) == ("unknown_item", "vetoes")


def test_input_kind_names_the_control_an_indicator_needs():
    template = pipeline_template()
    kinds = {i.key: input_kind(i) for i in template.indicators}
    assert kinds == {
        "sales": Actual,
        "complaints": Incidents,
        "teamwork": Rating,
        "project": Checklist,
    }
    assert input_kind(quantitative(PassFail())) is Verdict


@pytest.mark.parametrize(
    ("text", "number"),
    [
        ("12", "12"),
        (" 1,234.50 ", "1234.50"),
        ("-0.5", "-0.5"),
        ("１２．５", "12.5"),
        (".5", "0.5"),
    ],
)
def test_parse_decimal_reads_typed_numbers(text, number):
    assert parse_decimal(text) == D(number)


@pytest.mark.parametrize("text", ["", "abc", "12abc", "NaN", "Infinity", "1e5", "1,23", "1.2.3"])
def test_parse_decimal_refuses_what_is_not_a_number(text):
    with pytest.raises(KpiRefused) as refused:
        parse_decimal(text)
    assert (refused.value.rule, refused.value.facts["text"]) == ("not_a_number", text)


# --- properties ------------------------------------------------------------------------------

amounts = st.decimals(
    min_value=-10_000, max_value=10_000, places=3, allow_nan=False, allow_infinity=False
)
positive = st.decimals(min_value="0.001", max_value=10_000, places=3)
scores = st.decimals(min_value=0, max_value=200, places=2)
directions = st.sampled_from(Direction)


@st.composite
def linear_rules(draw) -> Linear:
    floor, cap = sorted((draw(scores), draw(scores)))
    return Linear(floor=floor, cap=cap)


@given(linear_rules(), positive, amounts, directions)
def test_linear_score_stays_within_floor_and_cap(rule, target, actual, direction):
    score = indicator_score(quantitative(rule, str(target), direction), Actual(actual))
    assert rule.floor <= score <= rule.cap


@given(linear_rules(), positive, amounts, amounts, directions)
def test_linear_score_is_monotonic_in_the_actual(rule, target, first, second, direction):
    low, high = sorted((first, second))
    measured = quantitative(rule, str(target), direction)
    at_low = indicator_score(measured, Actual(low))
    at_high = indicator_score(measured, Actual(high))
    if direction == Direction.HIGHER_IS_BETTER:
        assert at_low <= at_high
    else:
        assert at_low >= at_high


@given(positive)
def test_achievement_of_the_target_itself_is_100(target):
    for direction in Direction:
        assert achievement(target, target, direction) == D(100)


@st.composite
def scorer_inputs(draw) -> dict:
    return {
        "sales": Actual(draw(amounts)),
        "complaints": Incidents(draw(st.integers(0, 15))),
        "teamwork": Rating(draw(st.integers(1, 5))),
        "project": Checklist(
            frozenset(draw(st.sets(st.sampled_from([f"m{n}" for n in range(1, 5)]))))
        ),
    }


@st.composite
def forms(draw) -> FormInput:
    present = draw(st.sets(st.sampled_from(Scorer), min_size=1))
    return FormInput(
        {scorer: draw(scorer_inputs()) for scorer in present},
        bonuses={"award": draw(st.decimals(0, 5, places=2))},
        deductions={"late": draw(st.decimals(0, 10, places=2))},
    )


@given(forms(), st.sampled_from([D(0), D(60), D(80)]))
def test_a_triggered_veto_never_raises_the_final_score(form, cap):
    template = replace(pipeline_template(), vetoes=(VetoItem("v", "Veto", cap),))
    free = score_form(template, form)
    vetoed = score_form(template, replace(form, vetoes=frozenset({"v"})))
    assert vetoed.final <= free.final
    assert vetoed.final <= cap


@st.composite
def scorer_weights(draw) -> dict:
    return {scorer: draw(st.decimals(1, 100, places=1)) for scorer in Scorer}


TOLERANCE = D("1e-20")  # far below a cent, above the test's own 28-digit division


@given(st.data(), scorer_weights(), st.sampled_from(Scorer))
@settings(max_examples=200)
def test_a_missing_scorer_leaves_the_weighted_mean_of_the_present_ones(data, weights, missing):
    template = replace(pipeline_template(), scorer_weights=weights)
    present = [scorer for scorer in Scorer if scorer != missing]
    form = FormInput({scorer: data.draw(scorer_inputs()) for scorer in present})
    result = score_form(template, form)
    totals = {scorer: result.sheets[scorer].total for scorer in present}
    expected = sum(totals[s] * weights[s] for s in present) / sum(weights[s] for s in present)
    assert abs(result.combined - expected) <= TOLERANCE
    assert abs(sum(result.weights_used.values()) - 100) <= TOLERANCE
    assert missing not in result.weights_used


@given(
    st.dictionaries(st.sampled_from(Scorer), scores, min_size=1),
    scorer_weights(),
    st.decimals("0.01", 1000, places=2),
)
def test_scaling_every_scorer_weight_changes_nothing(totals, weights, factor):
    combined, used = combine(totals, weights)
    scaled, scaled_used = combine(totals, {s: w * factor for s, w in weights.items()})
    assert abs(combined - scaled) <= TOLERANCE
    assert all(abs(used[s] - scaled_used[s]) <= TOLERANCE for s in used)


@given(scorer_inputs(), scorer_weights(), st.sets(st.sampled_from(Scorer), min_size=1))
def test_scorers_agreeing_give_their_common_total(inputs, weights, present):
    template = replace(pipeline_template(), scorer_weights=weights)
    result = score_form(template, FormInput(dict.fromkeys(present, inputs)))
    total = result.sheets[next(iter(present))].total
    assert abs(result.combined - total) <= TOLERANCE
    assert result.final == round_final(total)
