"""The demo vault's appraisals: three templates, two finished quarters and the current one."""

import pytest
from sqlalchemy import select
from support.kpi_samples import TODAY

from ehr_desktop.domain.kpi import LOCKED, Stage
from ehr_desktop.persistence.models import KpiForm
from ehr_desktop.services import demo, kpi_cycles, kpi_forms, kpi_results, kpi_templates
from ehr_desktop.services.kpi_store import CycleState
from ehr_desktop.services.verification import verify_database


@pytest.fixture
def demo_vault(new_vault):
    summary = demo.populate(new_vault.vault, 300, seed=7, today=TODAY)
    return new_vault.vault, summary


def test_the_demo_has_two_finished_cycles_and_one_open(demo_vault):
    vault, summary = demo_vault
    cycles = kpi_cycles.list_cycles(vault)
    assert [(c.name, c.state) for c in cycles] == [
        ("2026 年第 3 季度绩效考核", CycleState.OPEN),
        ("2026 年第 2 季度绩效考核", CycleState.FINALIZED),
        ("2026 年第 1 季度绩效考核", CycleState.ARCHIVED),
    ]
    assert sum(c.forms for c in cycles) == summary.appraisal_forms
    for finished in cycles[1:]:
        assert finished.forms == finished.locked > 100
    assert 0 < cycles[0].locked < cycles[0].forms
    templates = {t.code: t for t in kpi_templates.list_templates(vault)}
    assert set(templates) == {"SALES", "RD", "GENERAL"}
    assert templates["SALES"].version == 2  # the target went up after the first quarter
    assert verify_database(vault.database).ok


def test_demo_results_are_the_domains_own_scores(demo_vault):
    """Every stored score is what the services compute from the stored inputs."""
    vault, _ = demo_vault
    open_cycle = kpi_cycles.list_cycles(vault)[0]
    report = kpi_forms.recompute_cycle(vault, open_cycle.id)
    assert (report.changed, report.failed) == (0, ())
    with vault.database.reading() as session:
        locked = session.scalars(
            select(KpiForm.id).where(KpiForm.stage.in_([s.value for s in LOCKED])).limit(40)
        ).all()
    for form_id in locked:
        detail = kpi_forms.get_form(vault, form_id, today=TODAY)
        assert detail.result.final == detail.computed_score, form_id
        assert detail.result.grade == detail.computed_grade


def test_the_demo_dashboard_shows_work_in_progress_and_overdue_forms(demo_vault):
    vault, _ = demo_vault
    open_cycle = kpi_cycles.list_cycles(vault)[0]
    board = kpi_results.dashboard(vault, open_cycle.id, today=TODAY)
    assert all(board.by_stage[stage] > 0 for stage in Stage if stage != Stage.ARCHIVED)
    assert board.overdue == board.by_stage[Stage.SELF_ASSESSMENT] > 0
    assert sum(board.grades.values()) == board.scored
    calibration = kpi_results.calibration(vault, kpi_cycles.list_cycles(vault)[1].id)
    assert calibration.calibration.overall.total > 100
    assert calibration.calibration.reviewers


def test_the_demo_has_results_in_files_and_some_low_performers(demo_vault):
    vault, _ = demo_vault
    low = kpi_results.low_performers(vault)
    assert low
    mine = kpi_results.employee_results(vault, low[0].employee_id)
    assert len(mine.results) == 2 and mine.low == low[0]
    assert all(r.rank is not None for r in mine.results)


def test_home_reminders_list_overdue_forms_and_low_performers(demo_vault):
    from ehr_desktop.services import reminders

    demo_vault, _summary = demo_vault
    found = reminders.reminders(demo_vault, today=TODAY)
    overdue = [r for r in found if r.kind == "appraisal_overdue"]
    low = {r.employee_id for r in found if r.kind == "low_performer"}
    assert overdue and all(r.days_left < 0 for r in overdue)
    open_cycle = next(c for c in kpi_cycles.list_cycles(demo_vault) if c.state == CycleState.OPEN)
    query = kpi_forms.FormFilter(cycle_id=open_cycle.id, overdue=True)
    assert len(overdue) == kpi_forms.count_forms(demo_vault, query, today=TODAY)
    assert low == {p.employee_id for p in kpi_results.low_performers(demo_vault)}
