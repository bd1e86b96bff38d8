"""The Appraisals area: the cycles and their dashboard (numbers equal the services'), a cycle's
forms list with its filters and bulk "send on", the cycle wizard from settings to generated
forms, and finalizing (unfinished forms) and reopening (a reason) a cycle."""

from __future__ import annotations

import datetime as dt
import sys
import types
from decimal import Decimal

import pytest
from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtWidgets import QWidget

from ehr_desktop.domain.kpi import DEFAULT_GRADES, LOCKED, GradeBand, GradeScale, Stage
from ehr_desktop.gui import kpi_cycle_wizard, kpi_cycles_page
from ehr_desktop.gui.appraisals_area import AppraisalsArea
from ehr_desktop.gui.kpi_cycle_wizard import (
    CandidateFilter,
    CycleWizard,
    GradeBandModel,
    PopulationDialog,
    QuotaModel,
    ScopeModel,
    generation_summary,
)
from ehr_desktop.gui.kpi_cycles_page import (
    CycleColumn,
    CycleFormsPage,
    CycleTableModel,
    FinalizeDialog,
    ReasonDialog,
)
from ehr_desktop.gui.labels import label
from ehr_desktop.gui.list_table_model import ROW_ROLE
from ehr_desktop.gui.messages import describe_kpi
from ehr_desktop.gui.reminders_panel import tone
from ehr_desktop.gui.worker import JobRunner
from ehr_desktop.services import kpi_cycles, kpi_forms, kpi_results, organization
from ehr_desktop.services.kpi_cycles import CycleState, Reason
from ehr_desktop.services.kpi_forms import FormFilter

TODAY = dt.date(2026, 11, 27)  # the demo vault's day: the open cycle has overdue forms


def _cycles(vault) -> dict[CycleState, kpi_cycles.CycleRow]:
    return {row.state: row for row in kpi_cycles.list_cycles(vault)}


@pytest.fixture
def area(qtbot, filled_vault):
    widget = AppraisalsArea(filled_vault, None)
    qtbot.addWidget(widget)
    widget.resize(1200, 700)
    widget.today = TODAY
    return widget


@pytest.fixture
def page(area):
    return area.cycles_page


@pytest.fixture
def open_cycle(filled_vault):
    return _cycles(filled_vault)[CycleState.OPEN]


@pytest.fixture
def fake_form_view(monkeypatch):
    """The form editor is another screen: a stand-in records what the area asks of it."""
    created: list[QWidget] = []

    class AppraisalFormView(QWidget):
        changed = Signal()

        def __init__(self, vault, form_id, jobs=None, parent=None):
            super().__init__(parent)
            self.form_id = form_id
            self.setWindowTitle(f"Form {form_id}")
            created.append(self)

    module = types.ModuleType("ehr_desktop.gui.appraisal_form")
    module.AppraisalFormView = AppraisalFormView
    monkeypatch.setitem(sys.modules, "ehr_desktop.gui.appraisal_form", module)
    return created


# --- the cycles -------------------------------------------------------------------------------


def test_area_builds_on_the_demo_vault_and_lists_its_cycles_newest_first(area, filled_vault):
    expected = [row.name for row in kpi_cycles.list_cycles(filled_vault)]
    assert len(expected) == 3
    assert area.cycles_page.cycle_names() == expected
    assert area.tabs.count() == 1
    assert area.tabs.widget(0) is area.cycles_page
    # The cycles tab cannot be closed; the newest cycle's dashboard shows.
    assert not area.close_tab(0)
    assert area.cycles_page.current_cycle().name == expected[0]
    assert area.cycles_page.dashboard.name_label.text() == expected[0]


def test_cycle_actions_follow_the_chosen_cycles_state(page, filled_vault):
    cycles = _cycles(filled_vault)
    page.select_cycle(cycles[CycleState.OPEN].id)
    assert page.finalize_action.isEnabled() and page.edit_action.isEnabled()
    assert not page.reopen_action.isEnabled() and not page.archive_action.isEnabled()
    page.select_cycle(cycles[CycleState.FINALIZED].id)
    assert page.reopen_action.isEnabled() and page.archive_action.isEnabled()
    assert not page.finalize_action.isEnabled() and not page.edit_action.isEnabled()
    page.select_cycle(cycles[CycleState.ARCHIVED].id)
    for action in (page.finalize_action, page.reopen_action, page.archive_action):
        assert not action.isEnabled()
    assert page.forms_action.isEnabled() and page.calibration_action.isEnabled()


def test_cycle_model_words_each_column_and_passes_the_model_tester(
    qtmodeltester, filled_vault, qapp
):
    rows = kpi_cycles.list_cycles(filled_vault)
    model = CycleTableModel()
    model.set_rows(rows)
    qtmodeltester.check(model)
    first = rows[0]
    texts = [model.index(0, column).data() for column in CycleColumn]
    assert texts[CycleColumn.NAME] == first.name
    assert texts[CycleColumn.PERIOD] == label("kpi_period", first.period_kind)
    assert "2026" in texts[CycleColumn.DATES]
    assert texts[CycleColumn.STATE] == label("kpi_cycle_state", first.state.value)
    assert texts[CycleColumn.FORMS] == str(first.forms)
    assert texts[CycleColumn.FINALIZED] == str(first.locked)
    assert model.index(0, 0).data(ROW_ROLE) == first


def test_an_empty_vault_says_how_to_start(qtbot, new_vault):
    widget = AppraisalsArea(new_vault.vault, None)
    qtbot.addWidget(widget)
    page = widget.cycles_page
    assert page.stack.currentWidget() is page.empty
    assert page.empty_new_button.text()
    assert page.current_cycle() is None


# --- the dashboard ----------------------------------------------------------------------------


def test_dashboard_counts_equal_the_services(page, filled_vault):
    for cycle in kpi_cycles.list_cycles(filled_vault):
        page.select_cycle(cycle.id)
        view = page.dashboard
        expected = kpi_results.dashboard(filled_vault, cycle.id, today=TODAY)
        for stage in (Stage.DRAFT, Stage.SELF_ASSESSMENT, Stage.MANAGER_REVIEW, Stage.HR_REVIEW):
            assert view.chip_count(stage.value) == expected.by_stage[stage]
            late = expected.overdue_by_stage.get(stage, 0)
            assert view.chip_level(stage.value) == ("overdue" if late else "")
        done = expected.by_stage[Stage.FINALIZED] + expected.by_stage[Stage.ARCHIVED]
        assert view.chip_count(Stage.FINALIZED.value) == done
        assert view.chip_count("overdue") == expected.overdue
        assert view.department_model.rows() == list(expected.departments)
        assert view.overdue_model.rowCount() == expected.overdue
        low = [x for x in kpi_results.low_performers(filled_vault) if x.cycle_id == cycle.id]
        assert view.low_model.rows() == low


def test_dashboard_of_the_open_cycle_marks_overdue_in_red(page, open_cycle, filled_vault):
    page.select_cycle(open_cycle.id)
    view = page.dashboard
    expected = kpi_results.dashboard(filled_vault, open_cycle.id, today=TODAY)
    assert expected.overdue > 0
    assert view.chip_level("overdue") == "overdue"
    index = view.tabs.indexOf(view.overdue_box)
    assert view.tabs.tabBar().tabTextColor(index) == tone("overdue")
    overdue = [view.overdue_model.row_at(r) for r in range(view.overdue_model.rowCount())]
    assert all(row.overdue for row in overdue)
    due_column = view.overdue_model.column_index("due")
    colour = view.overdue_model.index(0, due_column).data(Qt.ItemDataRole.ForegroundRole)
    assert colour == tone("overdue")
    # An open cycle publishes nothing yet: no low performers, and it says why.
    assert not view.low_box.is_table_shown()


def test_dashboard_chips_and_departments_open_the_forms_list(area, page, open_cycle):
    page.select_cycle(open_cycle.id)
    view = page.dashboard
    view.chips[Stage.SELF_ASSESSMENT.value].click()
    forms = area.tab(("forms", open_cycle.id))
    assert isinstance(forms, CycleFormsPage)
    assert area.tabs.currentWidget() is forms
    assert forms.current_filter().stage == Stage.SELF_ASSESSMENT
    area.tabs.setCurrentIndex(0)
    view.chips["overdue"].click()
    assert area.tabs.count() == 2  # the same tab, refocused, with the new filter
    assert area.tabs.currentWidget() is forms
    assert forms.current_filter().overdue and forms.current_filter().stage is None


def test_the_dashboard_says_who_has_no_template_and_opens_the_population(
    page, open_cycle, filled_vault, monkeypatch
):
    # Given a generation that found no template for two people
    from ehr_desktop.persistence.models import KpiCycle

    with filled_vault.database.unit_of_work() as session:
        session.get(KpiCycle, open_cycle.id).unplaced = '{"none": [1, 2], "ambiguous": {}}'
    asked = []
    monkeypatch.setattr(PopulationDialog, "ask", lambda *args: asked.append(args) or False)
    page.refresh()
    page.select_cycle(open_cycle.id)
    view = page.dashboard
    assert not view.notice.isHidden()
    assert "2" in view.notice_label.text()
    view.population_button.click()
    assert asked and asked[0][2] == open_cycle.id


def test_low_performers_load_in_the_background(qtbot, filled_vault):
    jobs = JobRunner()
    widget = AppraisalsArea(filled_vault, jobs)
    qtbot.addWidget(widget)
    finalized = _cycles(filled_vault)[CycleState.FINALIZED]
    widget.cycles_page.select_cycle(finalized.id)
    view = widget.cycles_page.dashboard
    expected = [x for x in kpi_results.low_performers(filled_vault) if x.cycle_id == finalized.id]
    qtbot.waitUntil(lambda: view.low_model.rows() == expected and not jobs.busy, timeout=10_000)
    assert view.low_box.is_table_shown() == bool(expected)


def test_cycle_log_names_whose_form_each_entry_is_about(page, filled_vault):
    finalized = _cycles(filled_vault)[CycleState.FINALIZED]
    page.select_cycle(finalized.id)
    view = page.dashboard
    view.tabs.setCurrentWidget(view.log_box)
    assert view.log_model.rows() == list(kpi_forms.cycle_log(filled_vault, finalized.id))
    texts = [view.log_model.index(r, 2).data() for r in range(view.log_model.rowCount())]
    assert label("kpi_log", "cycle_finalized") in texts


# --- the forms list ---------------------------------------------------------------------------


def test_forms_list_shows_the_cycles_forms_and_filters_by_stage(area, open_cycle, filled_vault):
    forms = area.open_forms(open_cycle.id)
    query = FormFilter(cycle_id=open_cycle.id)
    assert forms.model.rowCount() == kpi_forms.count_forms(filled_vault, query, today=TODAY)
    for stage in (Stage.DRAFT, Stage.SELF_ASSESSMENT, Stage.FINALIZED):
        forms.set_filter(FormFilter(stage=stage))
        rows = forms.rows()
        expected = kpi_forms.list_forms(
            filled_vault, FormFilter(cycle_id=open_cycle.id, stage=stage), today=TODAY
        )
        assert [row.id for row in rows] == [row.id for row in expected]
        assert rows and all(row.stage == stage for row in rows)
        assert forms.count_label.text().startswith(str(len(rows)))
        stage_column = forms.model.column_index("stage")
        assert forms.model.index(0, stage_column).data() == label("kpi_stage", stage.value)
    forms.clear_filters()
    assert forms.model.rowCount() == open_cycle.forms


def test_forms_list_filters_by_department_subtree_overdue_and_search(
    area, open_cycle, filled_vault
):
    forms = area.open_forms(open_cycle.id)
    sales = next(node for node in organization.tree(filled_vault) if node.children)
    forms.department_combo.setCurrentIndex(forms.department_combo.findData(sales.id))
    rows = forms.rows()
    paths = {rows_department for rows_department in (row.department for row in rows)}
    assert rows and all(path.startswith(sales.path) for path in paths)
    assert any(path != sales.path for path in paths)  # sub-departments included
    forms.clear_filters()
    forms.overdue_check.setChecked(True)
    overdue = forms.rows()
    assert overdue and all(row.overdue for row in overdue)
    column = forms.model.column_index("due")
    assert forms.model.index(0, column).data(Qt.ItemDataRole.ForegroundRole) == tone("overdue")
    forms.clear_filters()
    someone = forms.rows()[3]
    forms.search_edit.setText(someone.employee_no)
    assert forms.current_filter().search == someone.employee_no  # the pause cut short
    assert [row.id for row in forms.rows()] == [someone.id]
    forms.search_edit.setText("no such person")
    assert forms.current_filter().search == "no such person"
    assert forms.stack.currentWidget() is forms.empty
    assert not forms.empty_clear_button.isHidden()


def test_enter_and_double_click_open_the_form_once(qtbot, area, open_cycle, fake_form_view):
    area.show()
    forms = area.open_forms(open_cycle.id)
    first = forms.rows()[0]
    forms.table.setCurrentIndex(forms.model.index(0, 2))
    qtbot.keyClick(forms.table, Qt.Key.Key_Return)
    view = area.tab(("form", first.id))
    assert view is not None and view.form_id == first.id
    assert area.tabs.currentWidget() is view
    area.tabs.setCurrentWidget(forms)
    forms.table.doubleClicked.emit(forms.model.index(0, 2))
    assert len(fake_form_view) == 1  # refocused, not opened twice
    assert area.tabs.currentWidget() is view


def test_a_changed_form_refreshes_the_lists(area, open_cycle, fake_form_view, monkeypatch):
    forms = area.open_forms(open_cycle.id)
    view = area.open_form(forms.rows()[0].id)
    reads = []
    monkeypatch.setattr(area.cycles_page, "refresh", lambda: reads.append("cycles"))
    monkeypatch.setattr(forms, "refresh", lambda: reads.append("forms"))
    view.changed.emit()
    assert reads == ["cycles", "forms"]
    assert area.close_tab(area.tabs.indexOf(view))
    assert area.tab(("form", view.form_id)) is None


def test_send_on_moves_the_chosen_forms_and_words_the_refusals(area, open_cycle, filled_vault):
    forms = area.open_forms(open_cycle.id)
    forms.set_filter(FormFilter(stage=Stage.DRAFT))
    drafts = forms.rows()
    forms.clear_filters()
    finalized = next(row for row in forms.rows() if row.stage == Stage.FINALIZED)
    everyone = forms.rows()
    positions = [everyone.index(row) for row in everyone if row.id in {drafts[0].id, finalized.id}]
    forms.select_rows(positions)
    assert forms.send_on_action.isEnabled()
    forms.send_on_selected()
    assert forms.last_result.moved == 1
    assert forms.last_result.refused == ((finalized.id, "archive_with_cycle"),)
    message = forms.message()
    assert describe_kpi("archive_with_cycle") in message
    assert finalized.name in message
    moved = kpi_forms.list_forms(
        filled_vault, FormFilter(cycle_id=open_cycle.id, employee_id=drafts[0].employee_id)
    )
    assert moved[0].stage == Stage.SELF_ASSESSMENT


def test_send_on_everything_shown_works_from_the_filter(qtbot, filled_vault, open_cycle):
    jobs = JobRunner()
    forms = CycleFormsPage(filled_vault, open_cycle.id, jobs, today=TODAY)
    qtbot.addWidget(forms)
    forms.set_filter(FormFilter(stage=Stage.DRAFT))
    count = forms.model.rowCount()
    forms.table.selectAll()
    forms.send_on_selected()
    qtbot.waitUntil(lambda: not forms.running and not jobs.busy, timeout=10_000)
    assert forms.last_result.moved == count
    assert forms.model.rowCount() == 0  # no drafts left


# --- the wizard -------------------------------------------------------------------------------


@pytest.fixture
def wizard(qtbot, filled_vault):
    widget = CycleWizard(filled_vault, None, today=TODAY)
    qtbot.addWidget(widget)
    widget.show()
    return widget


def test_wizard_fills_the_period_and_deadlines_from_the_period_kind(wizard):
    settings = wizard.settings_page
    # The last quarter that has ended, named after it.
    assert (settings.starts_on(), settings.ends_on()) == (dt.date(2026, 7, 1), dt.date(2026, 9, 30))
    assert settings.name_edit.text() == settings.automatic_name() != ""
    settings.period_combo.setCurrentIndex(settings.period_combo.findData("half_year"))
    settings.number_combo.setCurrentIndex(1)
    assert (settings.starts_on(), settings.ends_on()) == kpi_cycles.period("half_year", 2026, 2)
    due = settings.deadlines()
    assert list(due) == [Stage.SELF_ASSESSMENT, Stage.MANAGER_REVIEW, Stage.HR_REVIEW]
    assert TODAY < due[Stage.SELF_ASSESSMENT] < due[Stage.MANAGER_REVIEW] < due[Stage.HR_REVIEW]
    settings.name_edit.setText("Mine")
    settings.period_combo.setCurrentIndex(settings.period_combo.findData("year"))
    assert settings.name_edit.text() == "Mine"  # typed names are kept
    assert (settings.starts_on(), settings.ends_on()) == kpi_cycles.period("year", 2026)


def test_wizard_creates_a_cycle_previews_people_and_generates_forms(wizard, filled_vault):
    # Given a quarter of the sales departments, people on probation included
    settings = wizard.settings_page
    settings.name_edit.setText("Sales 2026 Q4")
    settings.period_combo.setCurrentIndex(settings.period_combo.findData("quarter"))
    settings.number_combo.setCurrentIndex(3)
    wizard.next()
    wizard.grades_page.quota_model.add_quota()
    wizard.next()
    population = wizard.population_page
    sales = next(node for node in organization.tree(filled_vault) if node.children)
    population.some_radio.setChecked(True)
    population.department_combo.setCurrentIndex(population.department_combo.findData(sales.id))
    population.add_department_button.click()
    population.probation_check.setChecked(False)
    # When the rules are saved, the preview lists everyone in scope
    wizard.next()
    assert wizard.currentId() == CycleWizard.PREVIEW
    cycle_id = wizard.cycle_id
    detail = kpi_cycles.get_cycle(filled_vault, cycle_id)
    assert detail.settings.name == "Sales 2026 Q4"
    assert detail.settings.quotas == wizard.grades_page.quota_model.quotas()
    assert not detail.settings.population.exclude_probation
    panel = wizard.preview_page.panel
    expected = kpi_cycles.preview_population(filled_vault, cycle_id)
    assert panel.model.rows() == list(expected.candidates)
    assert expected.included > 1
    assert all(c.department.startswith(sales.path) for c in expected.candidates)
    # And a person excluded by hand says so
    someone = next(c for c in expected.candidates if c.included)
    panel.select_employees([someone.employee_id])
    assert panel.set_selected_by_hand(False)
    shown = {c.employee_id: c for c in panel.model.rows()}
    assert not shown[someone.employee_id].included
    assert shown[someone.employee_id].reason == Reason.EXCLUDED_BY_HAND
    why = panel.model.index(panel.model.row_of(someone.employee_id), 4).data()
    assert why == label("kpi_population", "excluded_by_hand")
    # Then generating makes one form per appraised person with a template
    wizard.next()
    assert wizard.currentId() == CycleWizard.GENERATE
    assert wizard.report is not None
    assert wizard.report.created == expected.included - 1
    assert kpi_forms.count_forms(filled_vault, FormFilter(cycle_id=cycle_id)) == (
        wizard.report.created
    )
    assert wizard.generate_page.summary_label.text() == generation_summary(wizard.report)
    assert wizard.saved


def test_wizard_generates_in_the_background(qtbot, filled_vault):
    jobs = JobRunner()
    wizard = CycleWizard(filled_vault, jobs, today=TODAY)
    qtbot.addWidget(wizard)
    wizard.show()
    wizard.settings_page.name_edit.setText("Everyone, 2026 Q3 again")
    wizard.next()
    wizard.next()
    wizard.next()
    panel = wizard.preview_page.panel
    qtbot.waitUntil(lambda: panel.preview is not None and not jobs.busy, timeout=10_000)
    assert wizard.preview_page.isComplete()
    wizard.next()
    qtbot.waitUntil(lambda: wizard.generate_page.done, timeout=20_000)
    assert wizard.report.created == panel.preview.included
    qtbot.waitUntil(lambda: not jobs.busy, timeout=10_000)


def test_wizard_shows_a_refused_name_under_its_field_on_its_page(qtbot, wizard, filled_vault):
    taken = kpi_cycles.list_cycles(filled_vault)[0].name
    wizard.settings_page.name_edit.setText(taken)
    wizard.next()
    wizard.next()
    wizard.next()  # saving is refused: the name is taken
    qtbot.waitUntil(lambda: wizard.currentId() == CycleWizard.SETTINGS)
    assert wizard.settings_page.error_text("name") == describe_kpi("duplicate_name")
    assert wizard.cycle_id is None and not wizard.saved
    assert len(kpi_cycles.list_cycles(filled_vault)) == 3


def test_wizard_shows_grade_bands_out_of_order_on_the_grades_page(qtbot, wizard):
    wizard.settings_page.name_edit.setText("Grades out of order")
    wizard.next()
    model = wizard.grades_page.bands_model
    model.setData(model.index(1, 1), Decimal(99))  # A from 99, above S from 95
    wizard.next()
    wizard.next()
    qtbot.waitUntil(lambda: wizard.currentId() == CycleWizard.GRADES)
    assert wizard.grades_page.error_text("grades") == describe_kpi("grade_bounds_not_descending")


def test_wizard_checks_name_and_dates_before_leaving_the_first_page(wizard):
    wizard.settings_page.name_edit.clear()
    wizard.next()
    assert wizard.currentId() == CycleWizard.SETTINGS
    assert wizard.settings_page.error_text("name") == describe_kpi("name_required")


def test_editing_an_open_cycle_keeps_its_settings_and_changes_by_hand(
    qtbot, filled_vault, open_cycle
):
    # Given someone excluded by hand from the open cycle
    someone = kpi_cycles.preview_population(filled_vault, open_cycle.id).candidates[0]
    kpi_cycles.set_by_hand(filled_vault, open_cycle.id, someone.employee_id, False)
    before = kpi_cycles.get_cycle(filled_vault, open_cycle.id).settings
    wizard = CycleWizard(filled_vault, None, cycle_id=open_cycle.id, today=TODAY)
    qtbot.addWidget(wizard)
    wizard.show()
    assert wizard.settings_page.name_edit.text() == before.name
    assert wizard.grades_page.bands_model.scale() == before.grades
    # When it is saved unchanged (two of its forms are finalized: the grades must not move)
    assert wizard.cycle_input() == before
    wizard.next()
    wizard.next()
    wizard.next()
    assert wizard.currentId() == CycleWizard.PREVIEW
    # Then nothing was lost
    assert kpi_cycles.get_cycle(filled_vault, open_cycle.id).settings == before


def test_setting_models_round_trip_and_pass_the_model_tester(qtmodeltester, filled_vault, qapp):
    bands = GradeBandModel()
    qtmodeltester.check(bands)
    assert bands.scale() == DEFAULT_GRADES
    assert bands.index(4, 1).data() and not bands.flags(bands.index(4, 1)) & (
        Qt.ItemFlag.ItemIsEditable
    )
    bands.setData(bands.index(0, 0), "S+")
    bands.remove_band(3)
    assert bands.scale() == GradeScale(
        (GradeBand("S+", Decimal(95)), GradeBand("A", Decimal(85)), GradeBand("B", Decimal(70))),
        "D",
    )
    quotas = QuotaModel()
    quotas.add_quota("S、A")
    quotas.setData(quotas.index(0, 1), "at_least")
    quotas.setData(quotas.index(0, 2), Decimal("12.5"))
    qtmodeltester.check(quotas)
    (quota,) = quotas.quotas()
    assert (quota.grades, quota.operator.value, quota.share) == (("S", "A"), "at_least", 12.5)
    paths = organization.paths(filled_vault)
    scope = ScopeModel(paths)
    department_id = next(iter(paths))
    scope.add(department_id)
    scope.setData(scope.index(0, 1), Qt.CheckState.Unchecked, Qt.ItemDataRole.CheckStateRole)
    qtmodeltester.check(scope)
    assert scope.rules()[0].department_id == department_id
    assert not scope.rules()[0].include_subdepartments
    assert kpi_cycle_wizard._decimal(95.0) == Decimal(95)
    assert str(kpi_cycle_wizard._decimal(100.0)) == "100"
    assert str(kpi_cycle_wizard._decimal(72.5)) == "72.5"


def test_population_dialog_includes_by_hand_and_generates_the_missing_form(
    qtbot, filled_vault, open_cycle
):
    dialog = PopulationDialog(filled_vault, open_cycle.id)
    qtbot.addWidget(dialog)
    panel = dialog.panel
    qtmodeltester_rows = panel.model.rows()
    left_out = next(c for c in qtmodeltester_rows if not c.included)
    panel.set_mode(CandidateFilter.NOT_APPRAISED)
    assert left_out in panel.visible_candidates()
    assert all(not c.included for c in panel.visible_candidates())
    assert not dialog.generate_button.isEnabled()  # everyone appraised has a form
    panel.select_employees([left_out.employee_id])
    assert panel.set_selected_by_hand(True)
    assert dialog.generate_button.isEnabled()
    dialog.generate()
    assert dialog.report.created == 1
    assert dialog.changed_anything
    found = kpi_forms.list_forms(
        filled_vault, FormFilter(cycle_id=open_cycle.id, employee_id=left_out.employee_id)
    )
    assert len(found) == 1


def test_candidate_model_passes_the_model_tester(qtmodeltester, filled_vault, open_cycle):
    dialog = PopulationDialog(filled_vault, open_cycle.id)
    qtmodeltester.check(dialog.panel.model)
    dialog.deleteLater()


# --- finalizing, reopening, archiving ---------------------------------------------------------


def test_finalize_with_unfinished_forms_asks_then_finalizes_without_them(
    page, open_cycle, filled_vault, monkeypatch
):
    unfinished = kpi_cycles.unfinished_forms(filled_vault, open_cycle.id)
    assert unfinished
    asked = []

    def ask(parent, name, forms):
        asked.append((name, list(forms)))
        return FinalizeDialog.WITHOUT_THEM

    monkeypatch.setattr(FinalizeDialog, "ask", ask)
    page.select_cycle(open_cycle.id)
    assert page.finalize()
    assert asked == [(open_cycle.name, unfinished)]
    assert _cycles(filled_vault)[CycleState.FINALIZED].id in (
        open_cycle.id,
        *[
            row.id
            for row in kpi_cycles.list_cycles(filled_vault)
            if row.state == CycleState.FINALIZED
        ],
    )
    assert kpi_cycles.get_cycle(filled_vault, open_cycle.id).state == CycleState.FINALIZED
    left_out = kpi_forms.list_forms(
        filled_vault, FormFilter(cycle_id=open_cycle.id, include_excluded=True)
    )
    assert {row.id for row in left_out if row.excluded} == {f.form_id for f in unfinished}
    assert str(len(unfinished)) in page.last_message
    assert page.current_cycle().state == CycleState.FINALIZED
    assert page.reopen_action.isEnabled()


def test_finalize_can_send_the_officer_to_finish_the_forms_first(
    area, page, open_cycle, filled_vault, monkeypatch
):
    monkeypatch.setattr(FinalizeDialog, "ask", lambda *args: FinalizeDialog.FINISH_FIRST)
    page.select_cycle(open_cycle.id)
    assert not page.finalize()
    assert kpi_cycles.get_cycle(filled_vault, open_cycle.id).state == CycleState.OPEN
    assert area.tabs.currentWidget() is area.tab(("forms", open_cycle.id))
    monkeypatch.setattr(FinalizeDialog, "ask", lambda *args: None)
    area.tabs.setCurrentIndex(0)
    assert not page.finalize()
    assert kpi_cycles.get_cycle(filled_vault, open_cycle.id).state == CycleState.OPEN


def test_finalize_dialog_lists_the_unfinished_forms(qtbot, filled_vault, open_cycle):
    unfinished = kpi_cycles.unfinished_forms(filled_vault, open_cycle.id)
    dialog = FinalizeDialog(open_cycle.name, unfinished)
    qtbot.addWidget(dialog)
    assert dialog.model.rows() == unfinished
    assert dialog.model.index(0, 2).data() == label("kpi_stage", unfinished[0].stage.value)
    dialog.without_button.click()
    assert dialog.choice == FinalizeDialog.WITHOUT_THEM


def test_finalizing_a_cycle_whose_forms_are_all_done_only_confirms(
    page, open_cycle, filled_vault, no_message_boxes
):
    kpi_cycles.finalize_cycle(filled_vault, open_cycle.id, exclude_unfinished=True)
    kpi_cycles.reopen_cycle(filled_vault, open_cycle.id, "One more look")
    page.refresh()
    page.select_cycle(open_cycle.id)
    assert page.finalize()
    assert no_message_boxes and no_message_boxes[0][0] == "question"
    assert kpi_cycles.get_cycle(filled_vault, open_cycle.id).state == CycleState.FINALIZED


def test_reopen_requires_a_reason(qtbot, page, filled_vault, monkeypatch):
    finalized = _cycles(filled_vault)[CycleState.FINALIZED]
    # The dialog will not accept an empty or blank reason
    dialog = ReasonDialog("Reopen", "Why?", button_text="Reopen")
    qtbot.addWidget(dialog)
    dialog.reason_edit.setPlainText("   ")
    assert not dialog.submit()
    assert dialog.field_error() == describe_kpi("reason_required")
    dialog.reason_edit.setPlainText("A score was typed into the wrong form")
    assert dialog.submit() and dialog.reason == "A score was typed into the wrong form"
    # Nor will the service, should a blank one get through
    monkeypatch.setattr(ReasonDialog, "ask", lambda *args, **kwargs: "  ")
    page.select_cycle(finalized.id)
    assert not page.reopen()
    assert page.last_message == describe_kpi("reason_required")
    assert kpi_cycles.get_cycle(filled_vault, finalized.id).state == CycleState.FINALIZED
    # Cancelled: nothing happens
    monkeypatch.setattr(ReasonDialog, "ask", lambda *args, **kwargs: None)
    assert not page.reopen()
    # With a reason it reopens, and the reason is kept
    monkeypatch.setattr(ReasonDialog, "ask", lambda *args, **kwargs: "Wrong form corrected")
    assert page.reopen()
    assert kpi_cycles.get_cycle(filled_vault, finalized.id).state == CycleState.OPEN
    log = kpi_forms.cycle_log(filled_vault, finalized.id)
    assert log[-1].note == "Wrong form corrected"


def test_archive_asks_then_archives(page, filled_vault, no_message_boxes):
    finalized = _cycles(filled_vault)[CycleState.FINALIZED]
    page.select_cycle(finalized.id)
    assert page.archive()
    assert no_message_boxes[0][0] == "question"
    assert kpi_cycles.get_cycle(filled_vault, finalized.id).state == CycleState.ARCHIVED
    stages = {
        row.stage for row in kpi_forms.list_forms(filled_vault, FormFilter(cycle_id=finalized.id))
    }
    assert stages <= LOCKED and Stage.ARCHIVED in stages
    assert not page.archive_action.isEnabled()


def test_new_cycle_from_the_toolbar_selects_the_new_cycle(area, filled_vault, monkeypatch):
    def create(parent, vault, jobs=None, cycle_id=None):
        data = kpi_cycles.CycleInput("Made by the wizard", "year", *kpi_cycles.period("year", 2027))
        return kpi_cycles.create_cycle(vault, data)

    monkeypatch.setattr(CycleWizard, "ask", create)
    changed = []
    area.data_changed.connect(lambda: changed.append(True))
    area.new_cycle_action.trigger()
    assert area.cycles_page.current_cycle().name == "Made by the wizard"
    assert changed


def test_tabs_for_other_screens_open_once_and_are_imported_only_when_needed(
    area, open_cycle, monkeypatch
):
    class Stub(QWidget):
        changed = Signal()

        def __init__(self, *args, **kwargs):
            super().__init__()

    for name, attribute in (
        ("ehr_desktop.gui.kpi_templates_page", "TemplatesPage"),
        ("ehr_desktop.gui.calibration_page", "CalibrationPage"),
    ):
        module = types.ModuleType(name)
        setattr(module, attribute, Stub)
        monkeypatch.setitem(sys.modules, name, module)
    templates = area.show_templates()
    assert area.show_templates() is templates
    area.cycles_page.select_cycle(open_cycle.id)
    area.cycles_page.calibration_action.trigger()
    calibration = area.tab(("calibration", open_cycle.id))
    assert isinstance(calibration, Stub)
    assert area.tabs.currentWidget() is calibration
    assert area.tabs.count() == 3
    assert open_cycle.name in area.tabs.tabText(area.tabs.indexOf(calibration))


def test_forms_model_columns_are_worded(area, open_cycle):
    forms = area.open_forms(open_cycle.id)
    row = next(r for r in forms.rows() if r.score is not None)
    position = forms.rows().index(row)
    model = forms.model

    def text(key: str) -> str:
        return model.index(position, model.column_index(key)).data()

    assert text("employee_no") == row.employee_no
    assert text("name") == row.name
    assert text("template") == kpi_cycles_page.template_text(row.template, row.template_version)
    assert text("score") == kpi_cycles_page.score_text(row.score)
    assert text("grade") == row.grade
    assert model.index(position, 0).data(kpi_cycles_page.WINDOW_ROW_ROLE) == row
    assert QModelIndex().data() is None


def test_the_forms_menu_opens_the_employees_file(area, open_cycle):
    forms = area.open_forms(open_cycle.id)
    opened = []
    area.open_employee.connect(opened.append)
    forms.table.setCurrentIndex(forms.model.index(1, 0))
    menu = forms.row_menu()
    texts = [action.text() for action in menu.actions() if action.text()]
    assert texts[0] == forms.open_action.text()
    menu.actions()[-1].trigger()
    assert opened == [forms.rows()[1].employee_id]


def test_a_cycle_without_forms_says_to_generate_them(page, filled_vault):
    data = kpi_cycles.CycleInput("No forms yet", "year", *kpi_cycles.period("year", 2027))
    cycle_id = kpi_cycles.create_cycle(filled_vault, data)
    page.refresh()
    page.select_cycle(cycle_id)
    view = page.dashboard
    assert not view.notice.isHidden()
    assert view.population_button.isEnabled()
    assert view.chip_count("overdue") == 0
    assert not view.department_box.is_table_shown()


def test_a_result_in_an_employee_file_opens_its_form_in_the_appraisals_area(
    qtbot, window, tmp_path
):
    from ehr_desktop.services import demo, kpi_results, vaults

    from .conftest import PASSPHRASE, unlock_in_window

    path = tmp_path / "Demo.ehrvault"
    created = vaults.create_vault(path, PASSPHRASE)
    demo.populate(created.vault, 60, today=TODAY)
    employee_id = next(p.employee_id for p in kpi_results.low_performers(created.vault))
    form_id = kpi_results.employee_results(created.vault, employee_id).results[-1].form_id
    created.vault.close()
    unlock_in_window(qtbot, window, path, PASSPHRASE)

    workspace = window.workspace
    view = workspace.employees.open_employee(employee_id)
    view.appraisals_panel.open_form.emit(form_id)
    assert workspace.current_area() == "appraisals"
    assert workspace.pages["appraisals"].tab(("form", form_id)) is not None
