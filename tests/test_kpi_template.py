"""KPI templates: validation (every problem at once), grade scales and the canonical form."""

import dataclasses
import json
from decimal import Decimal

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from ehr_desktop.domain.kpi import (
    DEFAULT_GRADES,
    AdjustmentItem,
    Band,
    Bands,
    DepartmentRule,
    Dimension,
    Direction,
    GradeBand,
    GradeScale,
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
    Scope,
    Scorer,
    Template,
    VetoItem,
    canonical_json,
    fingerprint,
    from_dict,
    from_json,
    grade_problems,
    to_dict,
    validate,
)

D = Decimal
LEVELS = Qualitative(tuple(Level(n, f"L{n}", D(25 * (n - 1))) for n in range(1, 6)))


def rated(key: str, weight) -> Indicator:
    return Indicator(key, f"Indicator {key}", D(weight), LEVELS)


def codes(template: Template) -> set[tuple[str, tuple]]:
    return {(problem.code, problem.where) for problem in validate(template)}


def test_a_sound_template_has_no_problems():
    template = Template(
        "OPS",
        "Operations",
        (
            Dimension("perf", "业绩", D(60), (rated("a", 40), rated("b", 20))),
            Dimension("attitude", "态度", D(40), (rated("c", "12.5"), rated("d", "27.5"))),
        ),
        vetoes=(VetoItem("fraud", "Fraud"),),
        bonuses=(AdjustmentItem("award", "Award", D(5)),),
        max_total_bonus=D(5),
    )
    assert validate(template) == []


def test_every_problem_is_listed_with_where_and_the_numbers():
    template = Template(
        "BAD",
        "Broken",
        (
            Dimension(
                "perf",
                "业绩",
                D(60),
                (
                    # 30 + 20 = 50, declared 60
                    Indicator("sales", "Sales", D(30), Quantitative(Linear(cap=D(120)))),
                    Indicator(
                        "output",
                        "Output",
                        D(20),
                        Quantitative(
                            Bands((Band(D(90), D(80)), Band(D(100), D(100)))), target=D(0)
                        ),
                    ),
                ),
            ),
            Dimension(
                "ability",
                "能力",
                D(30),  # 60 + 30 = 90, not 100
                (Indicator("sales", "Duplicate key", D(30), LEVELS),),
            ),
        ),
        scorer_weights={Scorer.SELF: D(20), Scorer.MANAGER: D(70), Scorer.HR: D(20)},
        deductions=(AdjustmentItem("late", "Late", D(5)),),  # but no total bound
        grades=GradeScale((GradeBand("S", D(90)), GradeBand("S", D(95))), lowest="D"),
    )
    problems = validate(template)
    assert {(p.code, p.where) for p in problems} == {
        ("indicator_weights_total", ("dimensions", 0)),
        ("dimension_weights_total", ("dimensions",)),
        ("scorer_weights_total", ("scorer_weights",)),
        ("duplicate_key", ("dimensions", 1, "indicators", 0)),
        ("target_required", ("dimensions", 0, "indicators", 0, "measure", "target")),
        ("target_not_positive", ("dimensions", 0, "indicators", 1, "measure", "target")),
        (
            "band_thresholds_not_descending",
            ("dimensions", 0, "indicators", 1, "measure", "rule", "bands", 1),
        ),
        (
            "band_scores_not_descending",
            ("dimensions", 0, "indicators", 1, "measure", "rule", "bands", 1),
        ),
        ("not_positive", ("max_total_deduction",)),
        ("grade_bounds_not_descending", ("grades", "bands", 1)),
        ("duplicate_grade", ("grades", "bands", 1)),
    }
    facts = {p.code: dict(p.facts) for p in problems}
    assert facts["indicator_weights_total"] == {"total": D(50), "expected": D(60)}
    assert facts["dimension_weights_total"] == {"total": D(90), "expected": D(100)}
    assert facts["scorer_weights_total"] == {"total": D(110), "expected": D(100)}


@pytest.mark.parametrize(
    ("measure", "code"),
    [
        (Quantitative(Linear(floor=D(50), cap=D(40)), D(1)), "cap_below_floor"),
        (Quantitative(PerIncident(D(10), start=D(5), floor=D(10))), "start_below_floor"),
        (Quantitative(PerIncident(D(0))), "not_positive"),
        (Quantitative(PassFail(pass_score=D(50), fail_score=D(60))), "fail_above_pass"),
        (Quantitative(Bands(()), D(1)), "bands_empty"),
        (Quantitative(Linear(floor=D(-1)), D(1)), "negative"),
        (Qualitative(()), "levels_empty"),
        (Qualitative((Level(1, "a", D(0)), Level(1, "b", D(50)))), "duplicate_level"),
        (Process(()), "milestones_empty"),
        (Process((Milestone("m", "A"), Milestone("m", "B"))), "duplicate_key"),
    ],
)
def test_rule_problems(measure, code):
    template = Template(
        "T", "T", (Dimension("d", "D", D(100), (Indicator("i", "I", D(100), measure),)),)
    )
    assert code in {p.code for p in validate(template)}


def test_empty_shapes_are_problems():
    assert codes(Template("T", " ", ())) == {
        ("name_required", ("name",)),
        ("no_dimensions", ("dimensions",)),
    }
    empty_dimension = Template("T", "T", (Dimension("d", "D", D(100), ()),))
    assert codes(empty_dimension) == {("dimension_empty", ("dimensions", 0))}


def test_a_zero_scorer_weight_is_allowed_but_not_a_negative_one():
    weights = {Scorer.SELF: D(0), Scorer.MANAGER: D(100)}
    template = Template("T", "T", (Dimension("d", "D", D(100), (rated("a", 100),)),))
    assert validate(dataclasses.replace(template, scorer_weights=weights)) == []
    weights = {Scorer.SELF: D(-10), Scorer.MANAGER: D(110)}
    assert codes(dataclasses.replace(template, scorer_weights=weights)) == {
        ("negative", ("scorer_weights", "self"))
    }


# --- grade scales ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("score", "grade"),
    [("100", "S"), ("95", "S"), ("94.99", "A"), ("85", "A"), ("70", "B"), ("60", "C"),
     ("59.99", "D"), ("0", "D")],
)  # fmt: skip
def test_default_grade_bands(score, grade):
    assert DEFAULT_GRADES.grade_for(D(score)) == grade


def test_a_custom_grade_scale():
    scale = GradeScale(
        (GradeBand("优秀", D(90)), GradeBand("良好", D(75)), GradeBand("合格", D(60))),
        lowest="不合格",
    )
    assert grade_problems(scale) == []
    assert [scale.grade_for(D(n)) for n in (90, 80, 60, 10)] == ["优秀", "良好", "合格", "不合格"]
    assert scale.names == ("优秀", "良好", "合格", "不合格")
    repeated = GradeScale((GradeBand("A", D(90)), GradeBand("B", D(90))), lowest="A")
    assert {(p.code, p.where) for p in grade_problems(repeated)} == {
        ("grade_bounds_not_descending", ("bands", 1)),
        ("duplicate_grade", ("lowest",)),
    }


# --- weights, as properties ------------------------------------------------------------------


@st.composite
def split(draw, total: int, parts: int) -> list[int]:
    """`total` split into `parts` positive whole numbers."""
    cuts = draw(st.sets(st.integers(1, total - 1), min_size=parts - 1, max_size=parts - 1))
    bounds = [0, *sorted(cuts), total]
    return [high - low for low, high in zip(bounds, bounds[1:], strict=False)]


@st.composite
def weighted_templates(draw) -> Template:
    """Templates whose weights (in hundredths) add up: per dimension and to 100."""
    dimension_weights = draw(split(10_000, draw(st.integers(1, 4))))
    dimensions = []
    for d, weight in enumerate(dimension_weights):
        parts = draw(split(weight, draw(st.integers(1, min(4, weight))))) if weight > 1 else [1]
        indicators = tuple(rated(f"{d}.{n}", D(part) / 100) for n, part in enumerate(parts))
        dimensions.append(Dimension(f"d{d}", f"Dimension {d}", D(weight) / 100, indicators))
    return Template("W", "Weighted", tuple(dimensions))


off_by = st.decimals(min_value=-50, max_value=50, places=2).filter(lambda delta: delta != 0)


@given(weighted_templates())
def test_weights_that_add_up_validate(template):
    assert validate(template) == []


@given(weighted_templates(), off_by, st.data())
def test_an_indicator_weight_off_by_any_amount_fails(template, delta, data):
    d = data.draw(st.integers(0, len(template.dimensions) - 1))
    dimension = template.dimensions[d]
    i = data.draw(st.integers(0, len(dimension.indicators) - 1))
    indicators = list(dimension.indicators)
    indicators[i] = dataclasses.replace(indicators[i], weight=indicators[i].weight + delta)
    dimensions = list(template.dimensions)
    dimensions[d] = dataclasses.replace(dimension, indicators=tuple(indicators))
    broken = dataclasses.replace(template, dimensions=tuple(dimensions))
    assert ("indicator_weights_total", ("dimensions", d)) in codes(broken)


@given(weighted_templates(), off_by, st.data())
def test_a_dimension_weight_off_by_any_amount_fails(template, delta, data):
    d = data.draw(st.integers(0, len(template.dimensions) - 1))
    dimensions = list(template.dimensions)
    dimensions[d] = dataclasses.replace(dimensions[d], weight=dimensions[d].weight + delta)
    found = codes(dataclasses.replace(template, dimensions=tuple(dimensions)))
    assert ("dimension_weights_total", ("dimensions",)) in found
    assert ("indicator_weights_total", ("dimensions", d)) in found


@given(weighted_templates(), off_by, st.sampled_from(Scorer))
def test_scorer_weights_off_by_any_amount_fail(template, delta, scorer):
    weights = {**template.scorer_weights, scorer: template.scorer_weights[scorer] + delta}
    found = codes(dataclasses.replace(template, scorer_weights=weights))
    assert ("scorer_weights_total", ("scorer_weights",)) in found


# --- immutability and the canonical form -----------------------------------------------------


def test_a_template_cannot_be_changed_in_place():
    template = Template("T", "T", (Dimension("d", "D", D(100), (rated("a", 100),)),))
    with pytest.raises(dataclasses.FrozenInstanceError):
        template.name = "Other"  # type: ignore[misc]
    with pytest.raises(TypeError):
        template.scorer_weights[Scorer.SELF] = D(0)  # type: ignore[index]


texts = st.text(max_size=12)
numbers = st.decimals(allow_nan=False, allow_infinity=False)


def rules() -> st.SearchStrategy:
    return st.one_of(
        st.builds(Linear, numbers, numbers),
        st.builds(
            Bands, st.lists(st.builds(Band, numbers, numbers), max_size=3).map(tuple), numbers
        ),
        st.builds(PerIncident, numbers, numbers, numbers),
        st.builds(PassFail, numbers, numbers),
    )


def measures() -> st.SearchStrategy:
    return st.one_of(
        st.builds(Quantitative, rules(), st.none() | numbers, texts, st.sampled_from(Direction)),
        st.builds(
            Qualitative,
            st.lists(st.builds(Level, st.integers(-5, 10), texts, numbers, texts), max_size=5).map(
                tuple
            ),
        ),
        st.builds(Process, st.lists(st.builds(Milestone, texts, texts), max_size=4).map(tuple)),
    )


def tuples(strategy, max_size=3) -> st.SearchStrategy:
    return st.lists(strategy, max_size=max_size).map(tuple)


ids = st.integers(1, 10**6)
templates = st.builds(
    Template,
    code=texts,
    name=texts,
    dimensions=tuples(
        st.builds(
            Dimension,
            texts,
            texts,
            numbers,
            tuples(st.builds(Indicator, texts, texts, numbers, measures(), texts)),
        )
    ),
    version=st.integers(1, 1000),
    scorer_weights=st.dictionaries(st.sampled_from(Scorer), numbers),
    vetoes=tuples(st.builds(VetoItem, texts, texts, numbers, texts)),
    bonuses=tuples(st.builds(AdjustmentItem, texts, texts, numbers, texts)),
    deductions=tuples(st.builds(AdjustmentItem, texts, texts, numbers, texts)),
    max_total_bonus=numbers,
    max_total_deduction=numbers,
    grades=st.builds(GradeScale, tuples(st.builds(GradeBand, texts, numbers), 5), texts),
    scope=st.builds(
        Scope,
        tuples(st.builds(DepartmentRule, ids, st.booleans())),
        st.frozensets(ids, max_size=3),
        st.frozensets(texts, max_size=3),
        st.frozensets(texts, max_size=3),
    ),
)


@given(templates)
@settings(max_examples=200)
def test_serialisation_round_trips_exactly(template):
    data = to_dict(template)
    back = from_dict(data)
    assert back == template
    assert to_dict(back) == data  # including every Decimal's exact digits
    via_json = from_json(canonical_json(template))
    assert via_json == template
    assert canonical_json(via_json) == canonical_json(template)


def test_the_canonical_form_is_plain_and_exact():
    template = Template(
        "OPS",
        "运营",
        (Dimension("d", "业绩", D("100.00"), (rated("a", "100.00"),)),),
        scope=Scope(positions=frozenset({3, 1, 2})),
    )
    data = to_dict(template)
    assert data["dimensions"][0]["weight"] == "100.00"  # trailing zeros kept
    assert data["scorer_weights"] == {"self": "20", "manager": "70", "hr": "10"}
    assert data["scope"]["positions"] == [1, 2, 3]
    assert json.loads(json.dumps(data)) == data
    assert "运营" in canonical_json(template)
    same = Template(
        "OPS",
        "运营",
        (Dimension("d", "业绩", D("100.00"), (rated("a", "100.00"),)),),
        scope=Scope(positions=frozenset({2, 1, 3})),
    )
    assert fingerprint(same) == fingerprint(template)
    assert fingerprint(dataclasses.replace(same, version=2)) != fingerprint(template)


def good_dict() -> dict:
    template = Template(
        "T",
        "T",
        (
            Dimension(
                "d",
                "D",
                D(100),
                (Indicator("i", "I", D(100), Quantitative(Linear(), D(5))),),
            ),
        ),
    )
    return to_dict(template)


def broken(path: list, value) -> dict:
    data = json.loads(json.dumps(good_dict()))
    target = data
    for step in path[:-1]:
        target = target[step]
    if value is KeyError:
        del target[path[-1]]
    else:
        target[path[-1]] = value
    return data


@pytest.mark.parametrize(
    ("path", "value", "where"),
    [
        (["format"], 2, ("format",)),
        (["code"], KeyError, ("code",)),
        (["version"], True, ("version",)),
        (["dimensions", 0, "weight"], 100.0, ("dimensions", 0, "weight")),
        (["dimensions", 0, "weight"], "NaN", ("dimensions", 0, "weight")),
        (["dimensions", 0, "weight"], "1e2", ("dimensions", 0, "weight")),
        (
            ["dimensions", 0, "indicators", 0, "measure", "rule", "type"],
            "magic",
            ("dimensions", 0, "indicators", 0, "measure", "rule", "type"),
        ),
        (
            ["dimensions", 0, "indicators", 0, "measure", "direction"],
            "sideways",
            ("dimensions", 0, "indicators", 0, "measure", "direction"),
        ),
        (["scorer_weights", "peer"], "5", ("scorer_weights",)),
        (["scope", "positions"], ["1"], ("scope", "positions", 0)),
        (["grades"], None, ("grades",)),
    ],
)
def test_malformed_dicts_are_refused_with_where(path, value, where):
    with pytest.raises(KpiRefused) as refused:
        from_dict(broken(path, value))
    assert (refused.value.rule, refused.value.facts["where"]) == ("malformed_template", where)


@pytest.mark.parametrize("text", ["", "[]", "{", "null"])
def test_malformed_json_is_refused(text):
    with pytest.raises(KpiRefused) as refused:
        from_json(text)
    assert refused.value.rule == "malformed_template"
