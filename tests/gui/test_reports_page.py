"""The Reports area: appraisal sheets and dossiers previewed from memory, saved where the officer
says, every print and export in the audit trail."""

from __future__ import annotations

import json

import pytest
from pypdf import PdfReader
from sqlalchemy import select

from ehr_desktop.gui.reports_page import ReportsPage
from ehr_desktop.persistence.models import AuditLogEntry
from ehr_desktop.services import attachments, employee_list, kpi_cycles
from ehr_desktop.services.kpi_cycles import CycleState


def _outputs(vault) -> list[tuple[str, str, dict]]:
    with vault.database.reading() as session:
        rows = session.execute(
            select(AuditLogEntry.action, AuditLogEntry.entity, AuditLogEntry.detail)
            .where(AuditLogEntry.action.in_(("print", "export")))
            .order_by(AuditLogEntry.id)
        ).all()
    return [(r.action, r.entity, json.loads(r.detail)) for r in rows]


@pytest.fixture
def page(qtbot, filled_vault, tmp_path):
    widget = ReportsPage(
        filled_vault,
        _jobs(widget_parent=None),
        viewer_copies=attachments.ViewerCopies(tmp_path / "v"),
    )
    qtbot.addWidget(widget)
    widget.resize(1100, 760)
    widget.show()
    return widget


def _jobs(widget_parent):
    from ehr_desktop.gui.worker import JobRunner

    return JobRunner(widget_parent)


def _pick_someone(page) -> None:
    someone = employee_list.source(page.vault, employee_list.ListQuery()).rows(0, 1)[0]
    page.picker.search(someone.employee_no)
    assert page.picker.chosen_employee_id == someone.id


def _choose_cycle(page, state: CycleState) -> kpi_cycles.CycleRow:
    cycle = next(c for c in kpi_cycles.list_cycles(page.vault) if c.state == state)
    page.cycle_combo.setCurrentIndex(page.cycle_combo.findData(cycle.id))
    return cycle


def test_lists_every_cycle_and_department(page, filled_vault):
    assert page.cycle_combo.count() == len(kpi_cycles.list_cycles(filled_vault)) == 3
    assert page.department_combo.itemData(0) is None  # the whole company first
    assert page.department_combo.count() > 3


def test_sheets_preview_from_memory_then_saving_is_audited_with_the_place(page, qtbot, tmp_path):
    _choose_cycle(page, CycleState.FINALIZED)
    page.preview_sheets()
    qtbot.waitUntil(lambda: page.preview is not None and page.job is None, timeout=60_000)
    pages = page.preview.document.pageCount()
    prepared = _outputs(page.vault)[-1][2]
    assert prepared["where"] == "preview"
    assert pages >= prepared["people"] > 20  # each employee's sheet starts a page
    assert not list(tmp_path.rglob("*.pdf"))  # nothing on disk yet

    target = tmp_path / "sheets.pdf"
    assert page.preview.save_to(target)
    assert len(PdfReader(target).pages) == pages
    action, entity, facts = _outputs(page.vault)[-1]
    assert (action, entity, facts["where"]) == ("export", "kpi_cycles", str(target))
    assert facts["people"] == prepared["people"] and facts["unmasked"] is False


def test_blank_sheets_of_one_department_go_one_file_per_employee(page, qtbot, tmp_path):
    _choose_cycle(page, CycleState.OPEN)
    page.department_combo.setCurrentIndex(1)
    page.blank_check.setChecked(True)
    page.save_sheets_to_folder(tmp_path)
    qtbot.waitUntil(lambda: page.job is None, timeout=60_000)
    files = sorted(tmp_path.glob("*.pdf"))
    facts = _outputs(page.vault)[-1][2]
    assert facts["what"] == "appraisal_sheets_blank"
    assert facts["people"] == len(files) and files
    assert str(len(files)) in page.info.text()


def test_dossier_in_full_asks_first_and_says_so_in_the_audit_trail(page, qtbot, no_message_boxes):
    _pick_someone(page)
    assert page.dossier_button.isEnabled()
    page.unmasked_check.setChecked(True)
    page.preview_chosen_dossier()
    assert no_message_boxes[0][0] == "question"  # the officer was asked
    qtbot.waitUntil(lambda: page.preview is not None and page.job is None, timeout=30_000)
    assert page.preview.document.pageCount() >= 1
    action, entity, facts = _outputs(page.vault)[-1]
    assert (action, entity, facts["unmasked"], facts["where"]) == (
        "print",
        "employees",
        True,
        "preview",
    )


def test_a_refused_unmasked_dossier_is_not_made(page, monkeypatch):
    from PySide6.QtWidgets import QMessageBox

    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Cancel)
    _pick_someone(page)
    page.unmasked_check.setChecked(True)
    before = len(_outputs(page.vault))
    assert page.preview_chosen_dossier() is None
    assert len(_outputs(page.vault)) == before


def test_without_cycles_the_page_says_what_to_do(qtbot, new_vault, tmp_path):
    widget = ReportsPage(new_vault.vault, _jobs(None))
    qtbot.addWidget(widget)
    assert widget.preview_sheets() is None
    assert widget.error.text()


def test_printing_from_a_file_and_from_a_form_goes_through_the_reports_area(
    qtbot, filled_vault, tmp_path
):
    from ehr_desktop.gui.areas import Workspace
    from ehr_desktop.gui.worker import JobRunner
    from ehr_desktop.services import kpi_forms
    from ehr_desktop.services.kpi_forms import FormFilter
    from ehr_desktop.services.preferences import PreferenceStore

    jobs = JobRunner()
    workspace = Workspace(filled_vault, PreferenceStore(tmp_path / "prefs"), jobs)
    qtbot.addWidget(workspace)
    reports = workspace.pages["reports"]
    someone = employee_list.source(filled_vault, employee_list.ListQuery()).rows(0, 1)[0]
    workspace.open_employee(someone.id)
    view = workspace.employees.file_view(someone.id)
    view.print_action.trigger()
    qtbot.waitUntil(lambda: reports.preview is not None and reports.job is None, timeout=30_000)
    assert reports.preview.document.pageCount() >= 1
    assert _outputs(filled_vault)[-1][1:] == (
        "employees",
        {"what": "dossier", "people": 1, "unmasked": False, "where": "preview"},
    )
    reports.preview.close()
    reports.preview = None

    cycle = next(c for c in kpi_cycles.list_cycles(filled_vault) if c.state == CycleState.OPEN)
    form = kpi_forms.list_forms(filled_vault, FormFilter(cycle_id=cycle.id), limit=1)[0]
    editor = workspace.pages["appraisals"].open_form(form.id)
    assert editor.request_print()
    qtbot.waitUntil(lambda: reports.preview is not None and reports.job is None, timeout=30_000)
    assert reports.preview.document.pageCount() >= 1
    assert _outputs(filled_vault)[-1][2]["people"] == 1
    jobs.wait(10_000)


def test_fill_in_workbooks_follow_the_chosen_cycle(page):
    states = {row.state: i for i, row in enumerate(kpi_cycles.list_cycles(page.vault))}
    page.fill_in_cycle_combo.setCurrentIndex(states[CycleState.OPEN])
    assert page.fill_in.export_action.isEnabled() and page.fill_in.import_action.isEnabled()
    page.fill_in_cycle_combo.setCurrentIndex(states[CycleState.FINALIZED])
    assert not page.fill_in.export_action.isEnabled()  # nobody fills a finalized cycle in
    page.refresh()  # keeps the choice
    assert page.fill_in_cycle_combo.currentIndex() == states[CycleState.FINALIZED]


def test_excel_reports_are_written_from_the_reports_area(page, qtbot, tmp_path, monkeypatch):
    import datetime as dt

    import openpyxl

    from ehr_desktop.gui import reports_page, results_export
    from ehr_desktop.gui.roster_export_dialog import RosterExportChoice
    from ehr_desktop.gui.workforce_report_dialog import WorkforceChoice
    from ehr_desktop.services import roster_export

    roster = tmp_path / "roster.xlsx"
    monkeypatch.setattr(
        reports_page.RosterExportDialog,
        "ask",
        classmethod(
            lambda cls, parent, vault, query, columns: RosterExportChoice(
                roster, tuple(columns), query, False
            )
        ),
    )
    page.roster_button.click()
    qtbot.waitUntil(lambda: not page.export_runner.busy, timeout=30_000)
    sheet = openpyxl.load_workbook(roster).worksheets[0]
    assert sheet.max_row == 1 + roster_export.count(page.vault, roster_export.EVERYONE)

    results = tmp_path / "results.xlsx"
    monkeypatch.setattr(results_export, "choose_results_path", lambda parent, name: results)
    _choose_cycle(page, CycleState.FINALIZED)
    page.results_cycle_combo.setCurrentIndex(page.cycle_combo.currentIndex())
    page.results_button.click()
    qtbot.waitUntil(lambda: not page.export_runner.busy, timeout=30_000)
    assert len(openpyxl.load_workbook(results).worksheets) > 2  # summary + departments

    figures = tmp_path / "workforce.xlsx"
    monkeypatch.setattr(
        reports_page.WorkforceReportDialog,
        "ask",
        classmethod(
            lambda cls, parent: WorkforceChoice(
                dt.date(2025, 12, 1), dt.date(2026, 10, 31), figures
            )
        ),
    )
    page.workforce_button.click()
    qtbot.waitUntil(lambda: not page.export_runner.busy, timeout=30_000)
    assert figures.exists()
    assert [action for action, _entity, _facts in _outputs(page.vault)][-3:] == ["export"] * 3
