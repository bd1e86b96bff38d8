"""Calibration statistics (distribution, quotas, leniency) and template matching."""

from decimal import Decimal

import pytest

from ehr_desktop.domain.kpi import (
    DepartmentRule,
    FinalResult,
    Match,
    MatchStatus,
    Operator,
    Placement,
    Quota,
    Scope,
    Specificity,
    calibrate,
    choose_template,
    quota_problems,
    specificity,
)

D = Decimal
SALES, SUPPORT = 10, 20


def result(employee, department, reviewer, grade, score) -> FinalResult:
    return FinalResult(employee, department, reviewer, grade, D(score))


# Sales: 6 people reviewed by manager 1; Support: 4 people reviewed by manager 2.
RESULTS = [
    result(1, SALES, 1, "S", "96"),
    result(2, SALES, 1, "S", "95"),
    result(3, SALES, 1, "A", "90"),
    result(4, SALES, 1, "A", "88"),
    result(5, SALES, 1, "B", "80"),
    result(6, SALES, 1, "B", "75"),
    result(7, SUPPORT, 2, "B", "72"),
    result(8, SUPPORT, 2, "C", "65"),
    result(9, SUPPORT, 2, "C", "61"),
    result(10, SUPPORT, 2, "D", "50"),
]
QUOTAS = (
    Quota(("S",), Operator.AT_MOST, D(10)),
    Quota(("A",), Operator.AT_MOST, D(20)),
    Quota(("C", "D"), Operator.AT_LEAST, D(10)),
)


def test_grade_distribution_overall_and_per_department():
    found = calibrate(RESULTS, quotas=QUOTAS)
    assert found.overall.total == 10
    assert dict(found.overall.counts) == {"S": 2, "A": 2, "B": 3, "C": 2, "D": 1}
    # shares in percent: 2 of 10 = 20 %
    assert found.overall.share("S") == D(20)
    assert found.overall.share("C", "D") == D(30)
    sales = found.departments[SALES]
    assert dict(sales.counts) == {"S": 2, "A": 2, "B": 2, "C": 0, "D": 0}
    # 2 of 6 = 33.33… %, kept exact
    assert sales.share("S") == D(200) / D(6)
    assert dict(found.departments[SUPPORT].counts) == {"S": 0, "A": 0, "B": 1, "C": 2, "D": 1}


def test_quotas_are_reported_met_or_violated_never_enforced():
    found = calibrate(RESULTS, quotas=QUOTAS)
    report = {
        (check.department_id, check.quota.grades): (check.count, check.total, check.met)
        for check in found.quota_checks
    }
    assert report == {
        # overall: S 2/10 = 20 % > 10 % ✗; A 2/10 = 20 % ≤ 20 % ✓; C+D 3/10 = 30 % ≥ 10 % ✓
        (None, ("S",)): (2, 10, False),
        (None, ("A",)): (2, 10, True),
        (None, ("C", "D")): (3, 10, True),
        # sales: S 2/6 ✗; A 2/6 = 33 % ✗; C+D 0/6 ✗
        (SALES, ("S",)): (2, 6, False),
        (SALES, ("A",)): (2, 6, False),
        (SALES, ("C", "D")): (0, 6, False),
        # support: no S, no A ✓; C+D 3/4 ✓
        (SUPPORT, ("S",)): (0, 4, True),
        (SUPPORT, ("A",)): (0, 4, True),
        (SUPPORT, ("C", "D")): (3, 4, True),
    }
    assert found.quota_checks[0].share == D(20)
    assert len(found.overall.counts) == 5  # the results themselves are untouched


def test_a_quota_exactly_at_its_limit_is_met():
    # 1 of 10 is exactly 10 %: met, with no rounding involved
    ten = [result(n, SALES, 1, "S" if n == 0 else "B", "80") for n in range(10)]
    (check,) = calibrate(ten, quotas=QUOTAS[:1]).quota_checks[:1]
    assert (check.share, check.met) == (D(10), True)


def test_manager_leniency_is_their_average_minus_the_cycles():
    found = calibrate(RESULTS)
    # cycle: (96+95+90+88+80+75+72+65+61+50) / 10 = 772 / 10 = 77.2
    assert found.average == D("77.2")
    lenient, strict = found.reviewers
    # manager 1: (96+95+90+88+80+75) / 6 = 524 / 6 = 87.33…, difference +10.13…
    assert (lenient.reviewer_id, lenient.count) == (1, 6)
    assert lenient.average.quantize(D("0.0001")) == D("87.3333")
    assert lenient.difference.quantize(D("0.0001")) == D("10.1333")
    # manager 2: (72+65+61+50) / 4 = 248 / 4 = 62, difference −15.2
    assert (strict.reviewer_id, strict.count, strict.average, strict.difference) == (
        2,
        4,
        D(62),
        D("-15.2"),
    )


def test_unreviewed_results_count_in_the_cycle_but_for_no_manager():
    found = calibrate([*RESULTS, result(11, None, None, "E", "0")])
    # 772 / 11 = 70.1818…
    assert found.average.quantize(D("0.0001")) == D("70.1818")
    assert [r.reviewer_id for r in found.reviewers] == [1, 2]
    assert found.overall.counts["E"] == 1  # a grade outside the scale is still counted
    assert found.departments[None].total == 1


def test_an_empty_cycle():
    found = calibrate([], quotas=QUOTAS)
    assert (found.overall.total, found.average, found.reviewers) == (0, None, ())
    assert all(check.met and check.share is None for check in found.quota_checks)


def test_quota_problems():
    quotas = [Quota((), Operator.AT_MOST, D(10)), Quota(("X",), Operator.AT_LEAST, D(120))]
    found = quota_problems(quotas, ("S", "A", "B", "C", "D"))
    assert [(p.code, p.where) for p in found] == [
        ("quota_without_grades", ("quotas", 0, "grades")),
        ("unknown_grade", ("quotas", 1, "grades")),
        ("share_out_of_range", ("quotas", 1, "share")),
    ]
    assert quota_problems(QUOTAS, ("S", "A", "B", "C", "D")) == []


# --- template matching -----------------------------------------------------------------------

# Company 1 ▸ Sales 10 ▸ East 11 ▸ Shanghai 12
EAST_SHANGHAI = (1, SALES, 11, 12)
REP = Placement(EAST_SHANGHAI, position_id=7, job_family="sales", grade="P3")


def test_specificity_per_criterion():
    def of(scope: Scope, placement: Placement = REP) -> Specificity | None:
        return specificity(scope, placement)

    assert of(Scope()) == Specificity(0, 0, 0)
    assert of(Scope((DepartmentRule(12, include_subdepartments=False),))) == Specificity(4, 0, 0)
    assert of(Scope((DepartmentRule(SALES),))) == Specificity(2, 0, 0)
    assert of(Scope((DepartmentRule(SALES, include_subdepartments=False),))) is None
    assert of(Scope(positions=frozenset({7}), job_families=frozenset({"sales"}))).role == 2
    assert of(Scope(job_families=frozenset({"sales"}))).role == 1
    assert of(Scope(positions=frozenset({8}))) is None
    assert of(Scope(grades=frozenset({"P3", "P4"}))).grade == 1
    assert of(Scope(grades=frozenset({"P4"}))) is None
    assert of(Scope((DepartmentRule(SALES),)), Placement(())) is None  # no department


def test_the_most_specific_template_wins():
    candidates = {
        "company": Scope((DepartmentRule(1),)),
        "sales": Scope((DepartmentRule(SALES),)),
        "east": Scope((DepartmentRule(11),)),
        "east_reps": Scope((DepartmentRule(11),), positions=frozenset({7})),
        "east_reps_p3": Scope(
            (DepartmentRule(11),), positions=frozenset({7}), grades=frozenset({"P3"})
        ),
    }
    assert choose_template(candidates, REP) == Match(MatchStatus.MATCHED, chosen="east_reps_p3")
    del candidates["east_reps_p3"]
    assert choose_template(candidates, REP).chosen == "east_reps"
    del candidates["east_reps"]
    # a nearer ancestor (East) beats a farther one (Sales, the company)
    assert choose_template(candidates, REP).chosen == "east"


def test_exact_department_beats_an_ancestor_and_position_beats_job_family():
    exact = Scope((DepartmentRule(12, include_subdepartments=False),))
    assert (
        choose_template([("own", exact), ("east", Scope((DepartmentRule(11),)))], REP).chosen
        == "own"
    )
    by_family = Scope(job_families=frozenset({"sales"}))
    by_position = Scope(positions=frozenset({7}))
    found = choose_template([("family", by_family), ("position", by_position)], REP)
    assert found.chosen == "position"


def test_a_tie_is_reported_as_ambiguous():
    same = Scope((DepartmentRule(SALES),))
    found = choose_template([("a", same), ("b", same), ("company", Scope())], REP)
    assert found == Match(MatchStatus.AMBIGUOUS, tied=("a", "b"))


def test_templates_narrower_on_different_criteria_are_ambiguous():
    # Sales department (any role) vs sales reps (any department): neither is narrower on both.
    candidates = {
        "sales_dept": Scope((DepartmentRule(SALES),)),
        "reps": Scope(positions=frozenset({7})),
        "default": Scope(),
    }
    assert choose_template(candidates, REP) == Match(
        MatchStatus.AMBIGUOUS, tied=("sales_dept", "reps")
    )
    # A template narrower on both settles it.
    candidates["sales_reps"] = Scope((DepartmentRule(SALES),), positions=frozenset({7}))
    assert choose_template(candidates, REP).chosen == "sales_reps"


def test_no_template_matched():
    candidates = {
        "support": Scope((DepartmentRule(SUPPORT),)),
        "managers": Scope(positions=frozenset({99})),
        "sales_head_only": Scope((DepartmentRule(SALES, include_subdepartments=False),)),
    }
    assert choose_template(candidates, REP) == Match(MatchStatus.NONE)
    assert choose_template({}, REP) == Match(MatchStatus.NONE)


@pytest.mark.parametrize("grade", [None, "P9"])
def test_a_grade_restriction_excludes_other_or_unknown_grades(grade):
    scope = Scope(grades=frozenset({"P3"}))
    placement = Placement(EAST_SHANGHAI, grade=grade)
    assert choose_template({"p3": scope}, placement).status == MatchStatus.NONE
