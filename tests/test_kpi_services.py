"""KPI services: templates and their versions, entering inputs with provenance, the workflow,
locked forms, reviewers and signed sheets — through the services, on a real vault."""

import dataclasses
import datetime as dt
import json
from decimal import Decimal

import pytest
from sqlalchemy import select, text
from sqlalchemy.exc import IntegrityError
from support.kpi_samples import (
    TODAY,
    department_id,
    finish,
    form_ids,
    move_to,
    new_cycle,
    sales_scope,
    template,
)

from ehr_desktop.domain.errors import InvalidInput, NotFound
from ehr_desktop.domain.kpi import (
    Actual,
    DepartmentRule,
    Dimension,
    Indicator,
    KpiRefused,
    Linear,
    Quantitative,
    Rating,
    Scope,
    Scorer,
    Stage,
)
from ehr_desktop.persistence.models import AuditLogEntry, Employee, KpiForm
from ehr_desktop.services import (
    attachments,
    demo,
    employees,
    kpi_cycles,
    kpi_forms,
    kpi_templates,
)
from ehr_desktop.services.kpi_store import ItemKind, LogKind, Provenance, ProvidedVia

D = Decimal


@pytest.fixture
def vault(new_vault):
    """60 demo people (departments, heads, positions), no appraisals yet."""
    demo.populate(new_vault.vault, 60, today=TODAY, appraisals=False)
    return new_vault.vault


def refused(call, *args, **kwargs) -> KpiRefused:
    with pytest.raises(KpiRefused) as caught:
        call(*args, **kwargs)
    return caught.value


# --- templates ------------------------------------------------------------------------------


def test_a_template_with_bad_weights_and_no_target_is_refused_with_every_problem(vault):
    bad = template()
    dimension = bad.dimensions[0]
    sales = dataclasses.replace(
        dimension.indicators[1], measure=Quantitative(Linear(), None), weight=D(30)
    )
    bad = dataclasses.replace(
        bad,
        dimensions=(dataclasses.replace(dimension, indicators=(dimension.indicators[0], sales)),),
    )
    with pytest.raises(InvalidInput) as caught:
        kpi_templates.create_template(vault, bad)
    codes = {problem.code for problem in caught.value.facts["problems"]}
    assert codes == {"indicator_weights_total", "target_required"}
    assert kpi_templates.list_templates(vault) == []


def test_a_duplicate_code_and_an_unknown_department_are_refused(vault):
    kpi_templates.create_template(vault, template("GEN"))
    clash = template("GEN", scope=Scope(departments=(DepartmentRule(999, True),)))
    with pytest.raises(InvalidInput) as caught:
        kpi_templates.create_template(vault, clash)
    assert {(p.code, p.where) for p in caught.value.facts["problems"]} == {
        ("duplicate_key", ("code",)),
        ("unknown_department", ("scope", "departments", 0)),
    }


def test_editing_an_unused_template_replaces_its_only_version(vault):
    saved = kpi_templates.create_template(vault, template("GEN"))
    edited = kpi_templates.edit_template(vault, saved.template_id, template("GEN", target="150"))
    assert (edited.number, edited.new_version, edited.changed) == (1, False, True)
    detail = kpi_templates.get_template(vault, saved.template_id)
    assert len(detail.versions) == 1
    assert detail.template.indicators[1].measure.target == D(150)
    again = kpi_templates.edit_template(vault, saved.template_id, template("GEN", target="150"))
    assert not again.changed


def test_editing_a_used_template_leaves_finished_appraisals_exactly_as_they_were(vault):
    # Given a finalized appraisal scored with version 1 (sales 100 of a target of 100)
    cycle_id = new_cycle(vault)
    form_id = form_ids(vault, cycle_id)[0]
    finish(vault, form_id, level=4, sales="100")
    before = kpi_forms.get_form(vault, form_id, today=TODAY)
    assert (before.row.score, before.row.grade) == (D("88.00"), "A")  # 80 × .6 + 100 × .4

    # When the template's target is raised
    template_id = kpi_templates.list_templates(vault)[0].id
    saved = kpi_templates.edit_template(vault, template_id, template("GEN", target="200"))

    # Then it became version 2; the finished appraisal keeps version 1, its score and grade
    assert (saved.number, saved.new_version) == (2, True)
    kpi_forms.recompute_cycle(vault, cycle_id)
    after = kpi_forms.get_form(vault, form_id, today=TODAY)
    assert (after.row.score, after.row.grade, after.row.template_version) == (D("88.00"), "A", 1)
    assert after.template.indicators[1].measure.target == D(100)
    assert after.result.final == D("88.00")
    detail = kpi_templates.get_template(vault, template_id, number=1)
    assert detail.in_use and [v.forms for v in detail.versions] == [len(form_ids(vault, 1)), 0]
    # and a new cycle uses version 2
    second = new_cycle(vault, "2026 Q4")
    assert {
        r.template_version
        for r in kpi_forms.list_forms(vault, kpi_forms.FormFilter(cycle_id=second), today=TODAY)
    } == {2}


def test_a_version_in_use_cannot_be_changed_even_in_sql(vault):
    new_cycle(vault)
    with pytest.raises(IntegrityError), vault.database.unit_of_work() as session:
        session.execute(text("UPDATE kpi_template_versions SET definition = '{}'"))


def test_a_retired_template_is_offered_to_no_new_form(vault):
    cycle_id = new_cycle(vault)
    template_id = kpi_templates.list_templates(vault)[0].id
    kpi_templates.retire_template(vault, template_id)
    assert kpi_templates.list_templates(vault) == []
    assert kpi_templates.list_templates(vault, include_retired=True)[0].retired
    other = kpi_cycles.create_cycle(
        vault, dataclasses.replace(kpi_cycles.get_cycle(vault, cycle_id).settings, name="Again")
    )
    report = kpi_cycles.generate_forms(vault, other)
    assert report.created == 0 and len(report.unmatched) > 0


# --- inputs -----------------------------------------------------------------------------------


def test_inputs_record_who_provided_them_and_how(vault):
    cycle_id = new_cycle(vault)
    form_id = form_ids(vault, cycle_id)[3]
    move_to(vault, form_id, Stage.MANAGER_REVIEW)
    form = kpi_forms.get_form(vault, form_id, today=TODAY)
    kpi_forms.enter_inputs(vault, form_id, Scorer.SELF, {"conduct": 5, "sales": "1,234.5"})
    kpi_forms.enter_inputs(
        vault,
        form_id,
        Scorer.MANAGER,
        {"conduct": Rating(3), "sales": Actual(D("90"))},
        provenance=Provenance(ProvidedVia.WORKBOOK),
        comments={"conduct": "改进沟通"},
    )
    detail = kpi_forms.get_form(vault, form_id, today=TODAY)
    by_scorer = {(e.scorer, e.indicator_key): e for e in detail.inputs}
    self_sales = by_scorer[(Scorer.SELF, "sales")]
    assert self_sales.value == Actual(D("1234.5"))
    assert (self_sales.provided_by_id, self_sales.provided_via) == (
        form.row.employee_id,
        ProvidedVia.PAPER,
    )
    assert self_sales.provided_by == form.row.name
    manager = by_scorer[(Scorer.MANAGER, "conduct")]
    assert (manager.provided_by_id, manager.provided_via, manager.comment) == (
        form.row.reviewer_id,
        ProvidedVia.WORKBOOK,
        "改进沟通",
    )
    # self 100×.6 + 120×.4 = 108, manager 60×.6 + 90×.4 = 72; weights 20:70 re-normalised
    assert detail.result.final == D("80.00")
    assert detail.row.score == D("80.00") and detail.row.grade == "B"


@pytest.mark.parametrize(
    ("scorer", "values", "rule"),
    [
        (Scorer.MANAGER, {"sales": "很多"}, "not_a_number"),
        (Scorer.MANAGER, {"conduct": 7}, "rating_outside_scale"),
        (Scorer.MANAGER, {"conduct": "3.5"}, "not_a_whole_number"),
        (Scorer.MANAGER, {"speed": 3}, "unknown_indicator"),
        (Scorer.HR, {"conduct": 3}, "stage_not_reached"),
    ],
)
def test_bad_inputs_are_refused_with_a_code(vault, scorer, values, rule):
    cycle_id = new_cycle(vault)
    form_id = form_ids(vault, cycle_id)[0]
    move_to(vault, form_id, Stage.MANAGER_REVIEW)
    assert refused(kpi_forms.enter_inputs, vault, form_id, scorer, values).rule == rule
    assert kpi_forms.get_form(vault, form_id, today=TODAY).inputs == ()


def test_bonus_above_its_maximum_and_unknown_items_are_refused(vault):
    form_id = form_ids(vault, new_cycle(vault))[0]
    assert refused(kpi_forms.set_items, vault, form_id, ItemKind.BONUS, {"award": "6"}).rule == (
        "points_out_of_range"
    )
    assert refused(kpi_forms.set_items, vault, form_id, ItemKind.BONUS, {"x": "1"}).rule == (
        "unknown_item"
    )
    move_to(vault, form_id, Stage.MANAGER_REVIEW)
    kpi_forms.enter_inputs(vault, form_id, Scorer.MANAGER, {"conduct": 3, "sales": "100"})
    assert kpi_forms.set_items(vault, form_id, ItemKind.BONUS, {"award": "2.5"}).score == D("78.50")
    assert kpi_forms.set_items(vault, form_id, ItemKind.VETO, {"fraud": True}).score == D("0.00")
    assert kpi_forms.set_items(vault, form_id, ItemKind.VETO, {"fraud": False}).score == D("78.50")


def test_an_unfinished_sheet_is_left_out_of_the_score_until_complete(vault):
    form_id = form_ids(vault, new_cycle(vault))[0]
    move_to(vault, form_id, Stage.MANAGER_REVIEW)
    partial = kpi_forms.enter_inputs(vault, form_id, Scorer.MANAGER, {"conduct": 4})
    assert (partial.score, partial.incomplete) == (None, (Scorer.MANAGER,))
    done = kpi_forms.enter_inputs(vault, form_id, Scorer.MANAGER, {"sales": "100"})
    assert (done.score, done.incomplete) == (D("88.00"), ())
    cleared = kpi_forms.enter_inputs(vault, form_id, Scorer.MANAGER, {"sales": None})
    assert cleared.score is None


# --- workflow ---------------------------------------------------------------------------------


def test_the_workflow_through_services_is_logged_and_audited(vault):
    form_id = form_ids(vault, new_cycle(vault))[0]
    for expected in (Stage.SELF_ASSESSMENT, Stage.MANAGER_REVIEW):
        assert kpi_forms.advance_form(vault, form_id) == expected
    assert refused(kpi_forms.send_back_form, vault, form_id, Stage.SELF_ASSESSMENT, " ").rule == (
        "comment_required"
    )
    kpi_forms.send_back_form(vault, form_id, Stage.SELF_ASSESSMENT, "请补充自评")
    move_to(vault, form_id, Stage.HR_REVIEW)
    assert refused(kpi_forms.advance_form, vault, form_id).rule == "form_not_scored"
    kpi_forms.enter_inputs(vault, form_id, Scorer.HR, {"conduct": 3, "sales": "80"})
    assert kpi_forms.advance_form(vault, form_id) == Stage.FINALIZED
    assert refused(kpi_forms.advance_form, vault, form_id).rule == "archive_with_cycle"

    detail = kpi_forms.get_form(vault, form_id, today=TODAY)
    moves = [(e.kind, e.source, e.target, e.note) for e in detail.log]
    assert moves == [
        (LogKind.ADVANCE, Stage.DRAFT, Stage.SELF_ASSESSMENT, ""),
        (LogKind.ADVANCE, Stage.SELF_ASSESSMENT, Stage.MANAGER_REVIEW, ""),
        (LogKind.SEND_BACK, Stage.MANAGER_REVIEW, Stage.SELF_ASSESSMENT, "请补充自评"),
        (LogKind.ADVANCE, Stage.SELF_ASSESSMENT, Stage.MANAGER_REVIEW, ""),
        (LogKind.ADVANCE, Stage.MANAGER_REVIEW, Stage.HR_REVIEW, ""),
        (LogKind.ADVANCE, Stage.HR_REVIEW, Stage.FINALIZED, ""),
    ]
    assert detail.moves == {Stage.HR_REVIEW: kpi_forms.Move.REOPEN}
    with vault.database.reading() as session:
        audited = session.execute(
            select(AuditLogEntry.action, AuditLogEntry.detail).where(
                AuditLogEntry.entity == "kpi_forms", AuditLogEntry.entity_id == str(form_id)
            )
        ).all()
        logged = session.scalar(
            select(text("count(*)"))
            .select_from(AuditLogEntry)
            .where(AuditLogEntry.entity == "kpi_log")
        )
    stages = [json.loads(d)["stage"] for action, d in audited if "stage" in json.loads(d)]
    assert stages[-1] == ["hr_review", "finalized"]
    assert logged == 6
    assert audited[0][0] == "create"


def test_a_finalized_form_changes_only_with_a_reason_recorded_old_and_new(vault):
    form_id = form_ids(vault, new_cycle(vault))[0]
    finish(vault, form_id, level=4, sales="100")
    assert refused(kpi_forms.enter_inputs, vault, form_id, Scorer.MANAGER, {"conduct": 2}).rule == (
        "reason_required"
    )
    assert kpi_forms.get_form(vault, form_id, today=TODAY).row.score == D("88.00")

    changed = kpi_forms.enter_inputs(
        vault, form_id, Scorer.MANAGER, {"conduct": 2}, reason="经理更正评分"
    )
    assert changed.score == D("64.00")  # 40 × .6 + 100 × .4
    log = kpi_forms.get_form(vault, form_id, today=TODAY).log
    change, rescored = log[-2:]
    assert (change.kind, change.what, change.old, change.new, change.note) == (
        LogKind.CHANGE,
        ("manager", "conduct"),
        {"rating": 4},
        {"rating": 2},
        "经理更正评分",
    )
    assert (rescored.kind, rescored.old, rescored.new) == (
        LogKind.RESCORED,
        {"score": "88.00", "grade": "A"},
        {"score": "64.00", "grade": "C"},
    )
    assert kpi_forms.get_form(vault, form_id, today=TODAY).row.stage == Stage.FINALIZED


def test_reopening_a_form_needs_a_reason_and_is_recorded(vault):
    form_id = form_ids(vault, new_cycle(vault))[0]
    finish(vault, form_id, level=3)
    assert refused(kpi_forms.reopen_form, vault, form_id, "").rule == "reason_required"
    kpi_forms.reopen_form(vault, form_id, "员工申诉")
    detail = kpi_forms.get_form(vault, form_id, today=TODAY)
    assert detail.row.stage == Stage.HR_REVIEW
    last = detail.log[-1]
    assert (last.kind, last.source, last.target, last.note) == (
        LogKind.REOPEN,
        Stage.FINALIZED,
        Stage.HR_REVIEW,
        "员工申诉",
    )


def test_advancing_many_forms_reports_the_ones_that_may_not_move(vault):
    ids = form_ids(vault, new_cycle(vault))
    finish(vault, ids[0], level=3)
    result = kpi_forms.advance_forms(vault, [*ids, 99999])
    assert result.moved == len(ids) - 1
    assert dict(result.refused) == {ids[0]: "archive_with_cycle", 99999: "not_found"}
    stages = {
        r.stage
        for r in kpi_forms.list_forms(
            vault, kpi_forms.FormFilter(cycle_id=1), offset=1, today=TODAY
        )
    }
    assert stages == {Stage.SELF_ASSESSMENT}
    assert len(kpi_forms.get_form(vault, ids[1], today=TODAY).log) == 1


# --- reviewers, templates by hand, sheets -------------------------------------------------------


def test_the_reviewer_is_the_files_supervisor_by_default_and_can_be_changed(vault):
    cycle_id = new_cycle(vault)
    rows = kpi_forms.list_forms(vault, kpi_forms.FormFilter(cycle_id=cycle_id), today=TODAY)
    for row in rows:
        job = employees.load_file(vault, row.employee_id, today=TODAY).job
        assert row.reviewer_id == job.supervisor_id, row.name
    row = next(r for r in rows if r.reviewer_id is not None)
    other = next(
        r.employee_id for r in rows if r.employee_id not in (row.employee_id, row.reviewer_id)
    )
    kpi_forms.set_reviewer(vault, row.id, other)
    changed = kpi_forms.get_form(vault, row.id, today=TODAY).row
    assert (changed.reviewer_id, changed.reviewer_by_hand) == (other, True)
    assert refused(kpi_forms.set_reviewer, vault, row.id, row.employee_id).rule == (
        "reviewer_is_employee"
    )
    kpi_forms.set_reviewer(vault, row.id, None)
    back = kpi_forms.get_form(vault, row.id, today=TODAY)
    assert (back.row.reviewer_id, back.row.reviewer_by_hand) == (row.reviewer_id, False)
    assert [e.kind for e in back.log] == [LogKind.REVIEWER, LogKind.REVIEWER]


def test_an_explicit_supervisor_reviews_instead_of_the_head(vault):
    with vault.database.reading() as session:
        someone, boss = session.scalars(select(Employee.id).order_by(Employee.id.desc()).limit(2))
    employees.set_supervisor(vault, someone, boss)
    cycle_id = new_cycle(vault)
    row = kpi_forms.list_forms(
        vault, kpi_forms.FormFilter(cycle_id=cycle_id, employee_id=someone), today=TODAY
    )
    assert [r.reviewer_id for r in row] == [boss]


def test_a_signed_paper_sheet_is_kept_with_the_form_and_in_the_file(vault):
    form_id = form_ids(vault, new_cycle(vault))[0]
    sheet = b"%PDF-1.4 signed appraisal sheet"
    attachment_id = kpi_forms.attach_signed_sheet(vault, form_id, "考核表-签字.pdf", sheet)
    detail = kpi_forms.get_form(vault, form_id, today=TODAY)
    assert [(a.id, a.file_name, a.media_type) for a in detail.attachments] == [
        (attachment_id, "考核表-签字.pdf", "application/pdf")
    ]
    assert attachments.content(vault, attachment_id) == sheet
    file = employees.load_file(vault, detail.row.employee_id, today=TODAY)
    assert attachment_id in {a.id for a in file.attachments}
    with pytest.raises(NotFound):
        kpi_forms.attach_signed_sheet(vault, 99999, "x.pdf", sheet)


def test_an_open_form_moves_to_another_template_only_when_its_inputs_fit(vault):
    form_id = form_ids(vault, new_cycle(vault))[0]
    other = template("OTHER")
    other = dataclasses.replace(
        other,
        dimensions=(
            Dimension(
                "d",
                "D",
                D(100),
                (
                    Indicator(
                        "conduct", "Conduct", D(100), other.dimensions[0].indicators[0].measure
                    ),
                ),
            ),
        ),
    )
    other_id = kpi_templates.create_template(vault, other).template_id
    move_to(vault, form_id, Stage.MANAGER_REVIEW)
    kpi_forms.enter_inputs(vault, form_id, Scorer.MANAGER, {"conduct": 5, "sales": "100"})
    assert refused(kpi_forms.change_template, vault, form_id, other_id, "匹配错误").rule == (
        "inputs_do_not_fit"
    )
    kpi_forms.enter_inputs(vault, form_id, Scorer.MANAGER, {"sales": None})
    kpi_forms.change_template(vault, form_id, other_id, "匹配错误")
    detail = kpi_forms.get_form(vault, form_id, today=TODAY)
    assert (detail.row.template, detail.row.score) == ("Template OTHER", D("100.00"))
    assert detail.log[-1].kind == LogKind.TEMPLATE


def test_a_department_filter_takes_its_subdepartments_and_search_finds_names(vault):
    """Forms list: a department filter takes its whole subtree, as the employee list does."""
    cycle_id = new_cycle(vault)
    sales = department_id(vault, "销售部")
    rows = kpi_forms.list_forms(
        vault, kpi_forms.FormFilter(cycle_id=cycle_id, department_id=sales), today=TODAY
    )
    assert rows and all(r.department.startswith("销售部") for r in rows)
    assert {r.department for r in rows} > {"销售部"}
    assert kpi_forms.count_forms(
        vault, kpi_forms.FormFilter(cycle_id=cycle_id, department_id=sales), today=TODAY
    ) == len(rows)
    found = kpi_forms.list_forms(
        vault, kpi_forms.FormFilter(cycle_id=cycle_id, search=rows[0].name[:2]), today=TODAY
    )
    assert rows[0].id in {r.id for r in found}


def test_a_sales_template_matches_sales_people_only(vault):
    kpi_templates.create_template(vault, template("SALES", scope=sales_scope(vault)))
    cycle_id = new_cycle(vault, code="GEN")
    rows = kpi_forms.list_forms(vault, kpi_forms.FormFilter(cycle_id=cycle_id), today=TODAY)
    for row in rows:
        expected = "Template SALES" if row.department.startswith("销售部") else "Template GEN"
        assert row.template == expected, row.department
    with vault.database.reading() as session:
        assert session.scalar(select(text("count(*)")).select_from(KpiForm)) == len(rows)


def test_the_files_history_shows_its_appraisal_entries(new_vault):
    from ehr_desktop.persistence.models import KpiForm
    from ehr_desktop.services import demo, employees

    vault = new_vault.vault
    demo.populate(vault, 30, today=dt.date(2026, 11, 27))
    with vault.database.reading() as session:
        employee_id = session.scalar(select(KpiForm.employee_id).limit(1))
    entities = {entry.entity for entry in employees.file_history(vault, employee_id)}
    assert {"kpi_forms", "kpi_inputs"} <= entities
