"""Exports from the window: the roster dialog driven as an officer would (who, columns, format,
the unmasked confirmation), the background job with progress and Cancel, the done message."""

from __future__ import annotations

import json
import threading
from pathlib import Path

import openpyxl
import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QMessageBox, QPushButton
from sqlalchemy import select

from ehr_desktop.gui import roster_export_dialog
from ehr_desktop.gui.employee_list_page import EmployeeListPage
from ehr_desktop.gui.export_job import ExportRunner
from ehr_desktop.gui.roster_export_dialog import RosterExportDialog
from ehr_desktop.persistence.models import AuditLogEntry
from ehr_desktop.services import employee_list, organization
from ehr_desktop.services.employee_list import ListQuery


@pytest.fixture
def page(qtbot, filled_vault):
    widget = EmployeeListPage(filled_vault)
    qtbot.addWidget(widget)
    widget.resize(1200, 700)
    widget.show()
    qtbot.waitExposed(widget)
    yield widget
    widget.export_runner._jobs.wait(10_000)


def export_entries(vault) -> list[dict]:
    with vault.database.reading() as session:
        entries = session.scalars(select(AuditLogEntry).where(AuditLogEntry.action == "export"))
        return [json.loads(entry.detail) for entry in entries]


def answer_questions(monkeypatch, answer) -> list[str]:
    asked: list[str] = []

    def question(parent, title, text, *args, **kwargs):
        asked.append(text)
        return answer

    monkeypatch.setattr(QMessageBox, "question", question)
    return asked


def a_department_with_people(vault) -> int:
    counts = {
        department_id: employee_list.source(vault, ListQuery(department_id=department_id)).count()
        for department_id in organization.paths(vault)
    }
    return max(counts, key=counts.get)


def test_the_dialog_offers_the_lists_people_and_columns_and_asks_before_unmasking(
    qtbot, page, filled_vault, monkeypatch, tmp_path
):
    # Given a list narrowed to one department
    department_id = a_department_with_people(filled_vault)
    page.set_department_filter(department_id)
    narrowed = page.model.rowCount()
    everyone = employee_list.source(filled_vault, ListQuery(statuses=())).count()
    dialog = RosterExportDialog(
        filled_vault, page.current_query(), page.visible_column_keys(), page, folder=tmp_path
    )
    qtbot.addWidget(dialog)

    # Then the choices say how many people each scope holds, and the list's columns are ticked
    assert f": {narrowed}" in dialog.filtered_radio.text()
    assert f": {everyone}" in dialog.everyone_radio.text().replace(",", "")
    assert dialog.filtered_radio.isChecked()
    assert dialog.chosen_columns() == tuple(page.visible_column_keys())
    assert not dialog.unmasked_check.isChecked()

    # When the officer ticks "unmasked" and says No, it stays masked; Yes unmasks
    asked = answer_questions(monkeypatch, QMessageBox.StandardButton.No)
    dialog.unmasked_check.setChecked(True)
    assert len(asked) == 1 and not dialog.unmasked_check.isChecked()
    answer_questions(monkeypatch, QMessageBox.StandardButton.Yes)
    dialog.unmasked_check.setChecked(True)
    assert dialog.unmasked_check.isChecked()

    # A format switch changes the file's suffix; no columns means no export
    dialog.csv_radio.setChecked(True)
    assert dialog.chosen_path().suffix == ".csv"
    dialog.set_columns(())
    assert not dialog.export_button.isEnabled()
    assert dialog.problem_label.text()
    dialog.set_columns(("name", "employee_no", "id_number"))
    assert dialog.export_button.isEnabled()
    choice = dialog.choice()
    assert choice.query.department_id == department_id
    # The order is the list's: employee no. before name
    assert choice.columns == ("employee_no", "name", "id_number")
    dialog.everyone_radio.setChecked(True)
    assert dialog.choice().query.statuses == ()


def test_export_from_the_list_runs_in_the_background_and_is_audited(
    qtbot, page, filled_vault, monkeypatch, tmp_path
):
    page.search_edit.setText("")
    department_id = a_department_with_people(filled_vault)
    page.set_department_filter(department_id)
    expected = page.model.rowCount()
    target = tmp_path / "名册.xlsx"
    opened: list[str] = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(url) or True)

    def ask(parent, vault, query, visible):
        dialog = RosterExportDialog(vault, query, visible, parent, folder=tmp_path)
        dialog.path_edit.setText(str(target))
        dialog.set_columns(("employee_no", "name", "department", "hire_date", "id_number"))
        return dialog.choice()

    monkeypatch.setattr(RosterExportDialog, "ask", ask)
    page.export_action.trigger()
    qtbot.waitUntil(lambda: page.export_runner.done_dialog is not None, timeout=15_000)

    done = page.export_runner.done_dialog
    assert str(expected) in done.message.text() and target.name in done.message.text()
    done.folder_link.linkActivated.emit("folder")
    assert Path(opened[-1].toLocalFile()) == tmp_path
    sheet = openpyxl.load_workbook(target).worksheets[0]
    rows = list(sheet.iter_rows(values_only=True))
    assert len(rows) == expected + 1
    assert rows[0][:2] == ("Employee no.", "Name")
    assert all("*" in row[4] for row in rows[1:] if row[4])  # masked by default
    paths = organization.paths(filled_vault)
    assert {row[2] for row in rows[1:]} <= {
        p for p in paths.values() if p.startswith(paths[department_id])
    }
    [entry] = export_entries(filled_vault)
    assert entry["what"] == "roster" and entry["people"] == expected and entry["masked"]
    assert entry["file"] == str(target) and entry["filter"]["department_id"] == department_id


def test_cancel_leaves_no_file_and_no_done_message(qtbot, page, tmp_path):
    release = threading.Event()
    target = tmp_path / "never.xlsx"

    def work(progress):
        progress.step(1, 10)
        release.wait(5)
        progress.step(2, 10)  # raises Cancelled: the officer pressed Cancel meanwhile
        target.write_bytes(b"should not happen")

    runner = page.export_runner
    results: list[bool] = []
    runner.finished.connect(results.append)
    runner.start(work, title="Export", label="…", path=target, done_text=str)
    qtbot.waitUntil(lambda: runner.progress_dialog is not None)
    runner.progress_dialog.findChild(QPushButton).click()  # the dialog's Cancel button
    release.set()
    qtbot.waitUntil(lambda: results == [False], timeout=10_000)
    assert not target.exists()
    assert runner.done_dialog is None and not runner.busy


def test_a_failed_export_says_why(qtbot, page, no_message_boxes, tmp_path):
    from ehr_desktop.domain.errors import StorageError

    def work(progress):
        raise StorageError(path=str(tmp_path / "x.xlsx"), reason="disk full")

    runner = page.export_runner
    results: list[bool] = []
    runner.finished.connect(results.append)
    runner.start(work, title="Export", label="…", path=tmp_path / "x.xlsx", done_text=str)
    qtbot.waitUntil(lambda: results == [False], timeout=10_000)
    assert no_message_boxes and no_message_boxes[0][0] == "warning"
    assert runner.last_error


def test_ctrl_e_opens_the_export_dialog(qtbot, page, monkeypatch):
    asked: list[tuple] = []
    monkeypatch.setattr(RosterExportDialog, "ask", lambda *args: asked.append(args) or None)
    page.table.setFocus()
    qtbot.keyClick(page.table, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)
    assert len(asked) == 1


def test_start_roster_export_is_the_same_service_call(monkeypatch, page, filled_vault, tmp_path):
    calls: list[dict] = []

    def fake_export(vault, path, headers, **kwargs):
        calls.append(kwargs)
        raise RuntimeError("stop here")

    monkeypatch.setattr("ehr_desktop.services.roster_export.export", fake_export)
    runner = ExportRunner(page)
    choice = roster_export_dialog.RosterExportChoice(
        tmp_path / "x.csv", ("name",), ListQuery(), True
    )
    monkeypatch.setattr(QMessageBox, "warning", lambda *args: None)
    roster_export_dialog.start_roster_export(runner, filled_vault, choice)
    runner._jobs.wait(10_000)
    assert calls and calls[0]["unmasked"] is True and calls[0]["columns"] == ("name",)


# --- cycle results from the cycles page -------------------------------------------------------


def test_export_results_from_the_cycles_page(qtbot, filled_vault, monkeypatch, tmp_path):
    from ehr_desktop.gui import results_export
    from ehr_desktop.gui.appraisals_area import AppraisalsArea
    from ehr_desktop.services import kpi_cycles, kpi_results

    area = AppraisalsArea(filled_vault, None)
    qtbot.addWidget(area)
    page = area.cycles_page
    cycle = kpi_cycles.list_cycles(filled_vault)[0]
    page.select_cycle(cycle.id)
    assert page.export_action.isEnabled()
    assert page.export_action in page.row_menu().actions()
    target = tmp_path / "结果.xlsx"
    monkeypatch.setattr(results_export, "choose_results_path", lambda parent, name: target)

    page.export_action.trigger()
    qtbot.waitUntil(lambda: page.export_runner.done_dialog is not None, timeout=15_000)

    expected = len(kpi_results.cycle_results(filled_vault, cycle.id))
    workbook = openpyxl.load_workbook(target)
    results = workbook.worksheets[0]
    assert results.max_row == expected + 1
    assert results.freeze_panes == "C2" and results.auto_filter.ref
    summary = [[c.value for c in row] for row in workbook.worksheets[1].iter_rows()]
    assert summary[0][1] == cycle.name  # the cycle named on the summary
    departments = {
        r.department or "无部门 / No department"
        for r in kpi_results.cycle_results(filled_vault, cycle.id)
    }
    assert len(workbook.sheetnames) == 2 + len(departments)
    [entry] = export_entries(filled_vault)
    assert entry["what"] == "results" and entry["people"] == expected
    assert entry["cycle"] == cycle.name and entry["file"] == str(target)
    page.export_runner._jobs.wait(10_000)


# --- workforce report from the Organization page ----------------------------------------------


def test_workforce_dialog_presets_the_last_twelve_months_and_checks_the_period(qtbot, tmp_path):
    import datetime as dt

    from PySide6.QtCore import QDate

    from ehr_desktop.gui.workforce_report_dialog import WorkforceReportDialog

    dialog = WorkforceReportDialog(today=dt.date(2026, 11, 27), folder=tmp_path)
    qtbot.addWidget(dialog)
    choice = dialog.choice()
    assert (choice.first, choice.last) == (dt.date(2025, 11, 1), dt.date(2026, 10, 31))
    assert choice.path.parent == tmp_path and choice.path.suffix == ".xlsx"
    assert dialog.ok_button.isEnabled()
    dialog.to_edit.setDate(QDate(2025, 6, 1))  # before the first month
    assert not dialog.ok_button.isEnabled() and dialog.problem_label.text()
    dialog.to_edit.setDate(QDate(2026, 2, 1))
    assert dialog.ok_button.isEnabled()
    assert dialog.choice().last == dt.date(2026, 2, 28)


def test_workforce_report_from_the_organization_page(qtbot, filled_vault, monkeypatch, tmp_path):
    import datetime as dt

    from ehr_desktop.gui.organization_page import OrganizationPage
    from ehr_desktop.gui.workforce_report_dialog import WorkforceChoice, WorkforceReportDialog

    page = OrganizationPage(filled_vault)
    qtbot.addWidget(page)
    target = tmp_path / "人员报表.xlsx"
    choice = WorkforceChoice(dt.date(2025, 12, 1), dt.date(2026, 11, 30), target)
    monkeypatch.setattr(WorkforceReportDialog, "ask", classmethod(lambda cls, parent: choice))
    assert page.workforce_action in page.toolbar.actions()

    page.workforce_action.trigger()
    qtbot.waitUntil(lambda: page.export_runner.done_dialog is not None, timeout=30_000)

    book = openpyxl.load_workbook(target)
    assert len(book.sheetnames) == 5
    headcount = book.worksheets[1]
    months = [c.value for c in headcount[1]][1:-1]
    assert months[0] == "2025-12" and months[-1] == "2026-11" and len(months) == 12
    current = employee_list.source(filled_vault, ListQuery()).count()
    assert headcount.cell(2, 13).value == current  # the company at the end of the demo's month
    [entry] = export_entries(filled_vault)
    assert entry["what"] == "workforce" and entry["file"] == str(target)
    page.export_runner._jobs.wait(10_000)
