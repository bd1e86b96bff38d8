"""KPI cycles: population rules and the matching report, generation, finalizing, reopening and
archiving, calibration, results (rank, trend, low performers) and the dashboard."""

import dataclasses
import datetime as dt
from decimal import Decimal

import pytest
from sqlalchemy import select
from support.kpi_samples import (
    TODAY,
    cycle_input,
    department_id,
    finish,
    form_ids,
    move_to,
    new_cycle,
    sales_scope,
    template,
)

from ehr_desktop.domain.errors import InvalidInput
from ehr_desktop.domain.kpi import (
    DepartmentRule,
    GradeBand,
    GradeScale,
    KpiRefused,
    MatchStatus,
    Operator,
    Quota,
    Scope,
    Scorer,
    Stage,
)
from ehr_desktop.persistence.models import KpiForm
from ehr_desktop.services import demo, kpi_cycles, kpi_forms, kpi_results, kpi_templates
from ehr_desktop.services.kpi_cycles import Reason
from ehr_desktop.services.kpi_store import CycleState, LogKind, PopulationRule

D = Decimal
PROBATION, ON_LEAVE = {10, 15, 58}, {12, 33}  # in the 60-person demo vault as of TODAY


@pytest.fixture
def vault(new_vault):
    demo.populate(new_vault.vault, 60, today=TODAY, appraisals=False)
    return new_vault.vault


def refused(call, *args, **kwargs) -> KpiRefused:
    with pytest.raises(KpiRefused) as caught:
        call(*args, **kwargs)
    return caught.value


def employed(vault) -> set[int]:
    from ehr_desktop.persistence.models import Employee

    with vault.database.reading() as session:
        return set(session.scalars(select(Employee.id).where(Employee.status != "left")))


# --- settings ---------------------------------------------------------------------------------


def test_a_cycle_with_broken_settings_is_refused_with_every_problem(vault):
    kpi_cycles.create_cycle(vault, cycle_input("Q3"))
    broken = cycle_input(
        "Q3",
        period_kind="fortnight",
        ends_on=dt.date(2026, 6, 1),
        grades=GradeScale((GradeBand("A", D(80)), GradeBand("B", D(90))), "A"),
        quotas=(Quota(("S",), Operator.AT_MOST, D(120)),),
        deadlines={
            Stage.SELF_ASSESSMENT: dt.date(2026, 10, 20),
            Stage.MANAGER_REVIEW: dt.date(2026, 10, 10),
        },
    )
    with pytest.raises(InvalidInput) as caught:
        kpi_cycles.create_cycle(vault, broken)
    assert {p.code for p in caught.value.facts["problems"]} == {
        "duplicate_name",
        "unknown_choice",
        "end_before_start",
        "grade_bounds_not_descending",
        "duplicate_grade",
        "unknown_grade",
        "share_out_of_range",
        "deadlines_not_ordered",
    }


def test_periods_cover_whole_months():
    assert kpi_cycles.period("month", 2024, 2) == (dt.date(2024, 2, 1), dt.date(2024, 2, 29))
    assert kpi_cycles.period("quarter", 2026, 4) == (dt.date(2026, 10, 1), dt.date(2026, 12, 31))
    assert kpi_cycles.period("half_year", 2026, 1) == (dt.date(2026, 1, 1), dt.date(2026, 6, 30))
    assert kpi_cycles.period("year", 2026) == (dt.date(2026, 1, 1), dt.date(2026, 12, 31))
    with pytest.raises(ValueError):
        kpi_cycles.period("quarter", 2026, 5)


# --- population and matching --------------------------------------------------------------------


def test_population_rules_exclude_probation_leave_and_late_hires_and_hand_changes_win(vault):
    kpi_templates.create_template(vault, template("GEN"))
    cycle_id = kpi_cycles.create_cycle(
        vault, cycle_input(population=PopulationRule(hired_by=dt.date(2026, 9, 30)))
    )
    preview = kpi_cycles.preview_population(vault, cycle_id)
    reasons = {c.employee_id: c.reason for c in preview.candidates}
    assert set(reasons) == employed(vault)
    assert reasons[15] == reasons[58] == Reason.HIRED_AFTER_CUTOFF  # also on probation
    assert reasons[10] == Reason.PROBATION
    assert reasons[12] == reasons[33] == Reason.ON_LEAVE
    assert {i for i, r in reasons.items() if r == Reason.RULES} == employed(
        vault
    ) - PROBATION - ON_LEAVE

    kpi_cycles.set_by_hand(vault, cycle_id, 12, True)  # back from leave soon: appraised
    kpi_cycles.set_by_hand(vault, cycle_id, 22, False)
    preview = kpi_cycles.preview_population(vault, cycle_id)
    reasons = {c.employee_id: c for c in preview.candidates}
    assert (reasons[12].included, reasons[12].reason) == (True, Reason.INCLUDED_BY_HAND)
    assert (reasons[22].included, reasons[22].reason) == (False, Reason.EXCLUDED_BY_HAND)
    assert preview.included == len(employed(vault)) - 5 and preview.excluded == 5
    report = kpi_cycles.generate_forms(vault, cycle_id)
    assert report.created == preview.included
    kpi_cycles.set_by_hand(vault, cycle_id, 12, None)
    assert kpi_cycles.preview_population(vault, cycle_id).candidates[0].form_id is not None


def test_a_departments_population_takes_its_subtree_only(vault):
    kpi_templates.create_template(vault, template("GEN"))
    rule = PopulationRule(
        departments=(DepartmentRule(department_id(vault, "销售部"), True),),
        exclude_probation=False,
        exclude_on_leave=False,
    )
    cycle_id = kpi_cycles.create_cycle(vault, cycle_input(population=rule))
    preview = kpi_cycles.preview_population(vault, cycle_id)
    assert {c.department.split("/")[0] for c in preview.candidates} == {"销售部"}
    assert {c.employee_id for c in preview.candidates} >= {4, 5, 18, 19, 59}


def test_the_matching_report_lists_who_got_which_template_none_or_several(vault):
    # Given a sales template (by department) and a management one (by job family)
    sales = kpi_templates.create_template(vault, template("SALES", scope=sales_scope(vault)))
    managers = kpi_templates.create_template(
        vault, template("MGMT", scope=Scope(job_families=frozenset({"管理"})))
    )
    cycle_id = kpi_cycles.create_cycle(vault, cycle_input())

    # When the population is previewed and the forms generated
    preview = kpi_cycles.preview_population(vault, cycle_id)
    by_id = {c.employee_id: c for c in preview.candidates}
    report = kpi_cycles.generate_forms(vault, cycle_id)

    # Then sales people get SALES, other managers MGMT, sales managers are ambiguous, the rest none
    assert (by_id[18].match, by_id[18].template_id) == (MatchStatus.MATCHED, sales.template_id)
    assert (by_id[2].match, by_id[2].template_id) == (MatchStatus.MATCHED, managers.template_id)
    assert by_id[5].match == MatchStatus.AMBIGUOUS
    assert set(by_id[5].tied) == {sales.template_id, managers.template_id}
    assert by_id[22].match == MatchStatus.NONE
    ambiguous = {c.employee_id for c in report.ambiguous}
    unmatched = {c.employee_id for c in report.unmatched}
    assert {4, 5, 6, 7, 31, 34, 35, 40, 56} == ambiguous
    assert 22 in unmatched and 37 in unmatched
    assert report.created == preview.matched
    assert dict(report.by_template) == dict(preview.by_template)
    board = kpi_results.dashboard(vault, cycle_id, today=TODAY)
    assert (board.unmatched, board.ambiguous) == (len(unmatched), len(ambiguous))
    detail = kpi_cycles.get_cycle(vault, cycle_id)
    assert set(detail.unmatched) == unmatched and set(detail.ambiguous) == ambiguous

    # And the officer settles the ambiguous ones by hand: the next run adds only them
    again = kpi_cycles.generate_forms(
        vault, cycle_id, choices=dict.fromkeys(ambiguous, sales.template_id)
    )
    assert (again.created, again.already, again.ambiguous) == (len(ambiguous), report.created, ())
    rows = kpi_forms.list_forms(vault, kpi_forms.FormFilter(cycle_id=cycle_id, employee_id=5))
    assert rows[0].template == "Template SALES"
    assert kpi_results.dashboard(vault, cycle_id, today=TODAY).ambiguous == 0


def test_generating_again_adds_only_the_people_still_missing(vault):
    cycle_id = new_cycle(vault)
    first = len(form_ids(vault, cycle_id))
    report = kpi_cycles.generate_forms(vault, cycle_id)
    assert (report.created, report.already) == (0, first)
    assert len(form_ids(vault, cycle_id)) == first


# --- closing a cycle ----------------------------------------------------------------------------


def test_finalizing_lists_unfinished_forms_until_the_officer_leaves_them_out(vault):
    cycle_id = new_cycle(vault)
    ids = form_ids(vault, cycle_id)
    for form_id in ids[:3]:
        finish(vault, form_id, level=4)
    caught = refused(kpi_cycles.finalize_cycle, vault, cycle_id)
    assert caught.rule == "forms_unfinished"
    assert caught.facts["count"] == len(ids) - 3
    assert [f.form_id for f in kpi_cycles.unfinished_forms(vault, cycle_id)] == ids[3:]
    assert kpi_cycles.get_cycle(vault, cycle_id).state == CycleState.OPEN

    report = kpi_cycles.finalize_cycle(vault, cycle_id, exclude_unfinished=True)
    assert report.finalized and len(report.excluded) == len(ids) - 3
    assert kpi_cycles.get_cycle(vault, cycle_id).state == CycleState.FINALIZED
    assert kpi_cycles.get_cycle(vault, cycle_id).forms == 3
    # A finalized cycle is locked: no input, no move, no adjustment
    assert (
        refused(
            kpi_forms.enter_inputs, vault, ids[0], Scorer.MANAGER, {"conduct": 1}, reason="x"
        ).rule
        == "cycle_not_open"
    )
    assert refused(kpi_forms.reopen_form, vault, ids[0], "x").rule == "cycle_not_open"
    assert (
        refused(kpi_results.adjust_result, vault, ids[0], grade="S", reason="x").rule
        == "cycle_not_open"
    )
    log = kpi_forms.cycle_log(vault, cycle_id)
    assert [e.kind for e in log if e.form_id is None] == [LogKind.CYCLE_FINALIZED]
    assert sum(1 for e in log if e.kind == LogKind.EXCLUDED) == len(ids) - 3


def test_a_finalized_cycle_reopens_only_with_a_recorded_reason_then_archives_for_good(vault):
    cycle_id = new_cycle(vault)
    for form_id in form_ids(vault, cycle_id):
        finish(vault, form_id, level=3)
    kpi_cycles.finalize_cycle(vault, cycle_id)
    assert refused(kpi_cycles.reopen_cycle, vault, cycle_id, "  ").rule == "reason_required"
    kpi_cycles.reopen_cycle(vault, cycle_id, "补录一份申诉结果")
    assert kpi_cycles.get_cycle(vault, cycle_id).state == CycleState.OPEN
    reopened = kpi_forms.cycle_log(vault, cycle_id)[-1]
    assert (reopened.kind, reopened.old, reopened.new, reopened.note) == (
        LogKind.CYCLE_REOPENED,
        "finalized",
        "open",
        "补录一份申诉结果",
    )
    # Forms stayed finalized; a change now needs its own reason
    first = form_ids(vault, cycle_id)[0]
    assert kpi_forms.get_form(vault, first, today=TODAY).row.stage == Stage.FINALIZED
    kpi_forms.enter_inputs(vault, first, Scorer.MANAGER, {"conduct": 5}, reason="申诉成功")
    assert refused(kpi_cycles.archive_cycle, vault, cycle_id).rule == "cycle_not_finalized"
    kpi_cycles.finalize_cycle(vault, cycle_id)
    assert kpi_cycles.archive_cycle(vault, cycle_id) == len(form_ids(vault, cycle_id))
    assert kpi_forms.get_form(vault, first, today=TODAY).row.stage == Stage.ARCHIVED
    assert refused(kpi_cycles.reopen_cycle, vault, cycle_id, "again").rule == "cycle_not_finalized"


def test_new_grade_bands_regrade_open_forms_but_not_once_a_form_is_finalized(vault):
    cycle_id = new_cycle(vault)
    first, second = form_ids(vault, cycle_id)[:2]
    move_to(vault, first, Stage.MANAGER_REVIEW)
    kpi_forms.enter_inputs(vault, first, Scorer.MANAGER, {"conduct": 4, "sales": "100"})  # 88
    stricter = GradeScale(
        (GradeBand("S", D(98)), GradeBand("A", D(90)), GradeBand("B", D(75))), "C"
    )
    settings = kpi_cycles.get_cycle(vault, cycle_id).settings
    kpi_cycles.edit_cycle(vault, cycle_id, dataclasses.replace(settings, grades=stricter))
    assert kpi_forms.get_form(vault, first, today=TODAY).row.grade == "B"
    finish(vault, second, level=3)
    caught = refused(kpi_cycles.edit_cycle, vault, cycle_id, settings)  # the default bands
    assert caught.rule == "grades_locked"


# --- calibration --------------------------------------------------------------------------------


def test_calibration_shows_distribution_quotas_and_leniency_and_adjusts_with_a_reason(vault):
    cycle_id = new_cycle(
        vault,
        quotas=(
            Quota(("S",), Operator.AT_MOST, D(10)),
            Quota(("C", "D"), Operator.AT_LEAST, D(10)),
        ),
    )
    ids = form_ids(vault, cycle_id)
    for n, form_id in enumerate(ids[:10]):
        finish(vault, form_id, level=5 if n < 3 else 4)  # 3 × S (100), 7 × A (88)
    view = kpi_results.calibration(vault, cycle_id)
    overall = view.calibration.overall
    assert (overall.total, overall.counts["S"], overall.counts["A"]) == (10, 3, 7)
    assert view.unscored == len(ids) - 10
    checks = [c for c in view.calibration.quota_checks if c.department_id is None]
    assert [(c.count, c.met) for c in checks] == [(3, False), (0, False)]  # shown, not enforced
    assert view.calibration.average == D("91.6")
    assert all(r.reviewer_id in view.reviewers for r in view.calibration.reviewers)

    assert refused(kpi_results.adjust_result, vault, ids[0], grade="A", reason=" ").rule == (
        "reason_required"
    )
    assert refused(kpi_results.adjust_result, vault, ids[0], grade="Z", reason="x").rule == (
        "unknown_grade"
    )
    kpi_results.adjust_result(vault, ids[0], score="93", reason="部门间平衡")
    row = kpi_forms.get_form(vault, ids[0], today=TODAY)
    assert (row.row.score, row.row.grade, row.row.calibrated) == (D("93"), "A", True)
    assert (row.computed_score, row.computed_grade) == (D("100.00"), "S")
    entry = row.log[-1]
    assert (entry.kind, entry.old, entry.new, entry.note) == (
        LogKind.CALIBRATION,
        {"score": "100.00", "grade": "S"},
        {"score": "93", "grade": "A"},
        "部门间平衡",
    )
    after = kpi_results.calibration(vault, cycle_id)
    assert (after.calibration.overall.counts["S"], after.adjusted) == (2, 1)
    kpi_results.adjust_result(vault, ids[0], reason="撤销调整")
    assert kpi_forms.get_form(vault, ids[0], today=TODAY).row.grade == "S"


# --- results ------------------------------------------------------------------------------------


def _finished_cycle(vault, quarter: int, levels: dict[int, int]) -> int:
    """A published quarter of 2026 where form n (by employee number) got conduct levels[n]
    (sales always on target); the other forms are left out at finalization."""
    starts_on, ends_on = kpi_cycles.period("quarter", 2026, quarter)
    cycle_id = new_cycle(vault, f"2026 Q{quarter}", starts_on=starts_on, ends_on=ends_on)
    ids = form_ids(vault, cycle_id)
    for n, level in levels.items():
        finish(vault, ids[n], level=level)
    kpi_cycles.finalize_cycle(vault, cycle_id, exclude_unfinished=True)
    return cycle_id


def test_results_carry_score_grade_rank_and_trend_and_list_low_performers(vault):
    # Given two published quarters (a level is worth 20 points × 60 %, sales 100 × 40 %)
    q1 = _finished_cycle(vault, 1, {0: 3, 1: 1, 2: 4})  # 76 B, 52 D, 88 A
    q2 = _finished_cycle(vault, 2, {0: 5, 1: 1, 2: 2})  # 100 S, 52 D, 64 C
    first, second, third = kpi_results.cycle_results(vault, q2)

    # Then the employee's file shows score, grade, rank and the trend over cycles
    mine = kpi_results.employee_results(vault, first.employee_id)
    assert [(r.cycle_id, r.score, r.grade) for r in mine.results] == [
        (q1, D("76.00"), "B"),
        (q2, D("100.00"), "S"),
    ]
    assert [p.change for p in mine.trend] == [None, D("24.00")]
    assert mine.low is None
    for row in (first, second, third):
        same = [r for r in (first, second, third) if r.department_id == row.department_id]
        better = sum(1 for r in same if r.score > row.score)
        assert (row.rank, row.ranked) == (better + 1, len(same))

    # And low performers: below the cycle's threshold (60), or in C/D twice running
    low = kpi_results.low_performers(vault)
    assert [(p.employee_id, p.reasons, p.score) for p in low] == [
        (second.employee_id, ("below_threshold", "low_grade_twice"), D("52.00"))
    ]
    assert kpi_results.employee_results(vault, second.employee_id).low == low[0]
    assert kpi_results.employee_results(vault, third.employee_id).low is None  # C only once


def test_equal_scores_share_a_rank_in_the_department(vault):
    cycle_id = new_cycle(vault)
    rows = kpi_forms.list_forms(vault, kpi_forms.FormFilter(cycle_id=cycle_id), today=TODAY)
    department = max(
        {r.department_id for r in rows}, key=lambda d: sum(1 for r in rows if r.department_id == d)
    )
    members = [r.id for r in rows if r.department_id == department][:3]
    for form_id, level in zip(members, (4, 4, 3), strict=True):
        finish(vault, form_id, level=level)
    ranks = {r.form_id: r.rank for r in kpi_results.cycle_results(vault, cycle_id)}
    assert [ranks[form_id] for form_id in members] == [1, 1, 3]


# --- the dashboard ------------------------------------------------------------------------------


def test_the_dashboard_counts_stages_departments_overdue_and_grades(vault):
    deadlines = {
        Stage.SELF_ASSESSMENT: TODAY - dt.timedelta(days=1),
        Stage.MANAGER_REVIEW: TODAY,
        Stage.HR_REVIEW: TODAY + dt.timedelta(days=5),
    }
    cycle_id = new_cycle(vault, deadlines=deadlines)
    ids = form_ids(vault, cycle_id)
    kpi_forms.advance_forms(vault, ids[:20])  # 20 in self-assessment: overdue
    for form_id in ids[:5]:
        finish(vault, form_id, level=4)
    move_to(vault, ids[5], Stage.MANAGER_REVIEW)  # its deadline is today: still in time
    kpi_cycles.set_excluded(vault, ids[6], True, "长期病假")

    board = kpi_results.dashboard(vault, cycle_id, today=TODAY)
    assert board.forms == len(ids) - 1 and board.excluded == 1
    assert board.by_stage[Stage.DRAFT] == len(ids) - 20
    assert board.by_stage[Stage.SELF_ASSESSMENT] == 13
    assert board.by_stage[Stage.MANAGER_REVIEW] == 1
    assert board.by_stage[Stage.FINALIZED] == 5
    assert (board.overdue, dict(board.overdue_by_stage)) == (13, {Stage.SELF_ASSESSMENT: 13})
    assert board.scored == 5 and board.grades["A"] == 5 and board.grades["S"] == 0
    assert sum(d.forms for d in board.departments) == board.forms
    assert sum(d.overdue for d in board.departments) == 13
    overdue_rows = kpi_forms.list_forms(
        vault, kpi_forms.FormFilter(cycle_id=cycle_id, overdue=True), today=TODAY
    )
    assert len(overdue_rows) == 13 and all(r.overdue for r in overdue_rows)
    assert (
        kpi_forms.count_forms(
            vault, kpi_forms.FormFilter(cycle_id=cycle_id, stage=Stage.FINALIZED), today=TODAY
        )
        == 5
    )
    listed = {r.id: (r.forms, r.locked) for r in kpi_cycles.list_cycles(vault)}
    assert listed[cycle_id] == (len(ids) - 1, 5)


def test_recompute_rewrites_only_results_that_differ(vault):
    cycle_id = new_cycle(vault)
    ids = form_ids(vault, cycle_id)
    move_to(vault, ids[0], Stage.MANAGER_REVIEW)
    kpi_forms.enter_inputs(vault, ids[0], Scorer.MANAGER, {"conduct": 4, "sales": "100"})
    finish(vault, ids[1], level=3)
    with vault.database.unit_of_work() as session:
        session.get(KpiForm, ids[0]).score = "1.00"  # a stale result
    report = kpi_forms.recompute_cycle(vault, cycle_id)
    assert (report.forms, report.changed, report.locked, report.failed) == (len(ids) - 1, 1, 1, ())
    assert kpi_forms.get_form(vault, ids[0], today=TODAY).row.score == D("88.00")
    assert kpi_forms.recompute_cycle(vault, cycle_id).changed == 0


def test_the_results_workbook_holds_every_form_with_its_totals_score_grade_and_rank(
    vault, tmp_path
):
    from openpyxl import load_workbook

    cycle_id = new_cycle(vault)
    ids = form_ids(vault, cycle_id)
    finish(vault, ids[0], level=4)
    move_to(vault, ids[1], Stage.MANAGER_REVIEW)
    kpi_forms.enter_inputs(vault, ids[1], Scorer.SELF, {"conduct": 5, "sales": "120"})
    path = tmp_path / "results.xlsx"
    assert kpi_results.export_results(vault, cycle_id, path) == len(ids)
    sheet = load_workbook(path, read_only=True).worksheets[0]
    rows = {row[0]: row for row in sheet.iter_rows(min_row=2, values_only=True)}
    exported = {r.employee_no: r for r in kpi_results.cycle_results(vault, cycle_id)}
    first, second = (exported[no] for no in sorted(exported)[:2])
    assert rows[first.employee_no][6] == 88 and rows[first.employee_no][8] == 88
    assert rows[first.employee_no][9] == "A" and rows[first.employee_no][10] == 1
    # Only the self-assessment so far: the provisional result is that sheet's alone
    assert rows[second.employee_no][5:9] == (108, None, None, 108)
    assert rows[second.employee_no][9] == "S"
