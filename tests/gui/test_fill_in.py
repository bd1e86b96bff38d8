"""Fill-in workbooks in the Appraisals area: the export dialog says what it will write, the
export and the import run on the worker with progress, and the summary lists what landed where
and what was refused, in words."""

from __future__ import annotations

import datetime as dt

import openpyxl
import pytest
from PySide6.QtCore import Qt
from support.fill_in import ENTRY, columns, fill

from ehr_desktop.gui.fill_in_dialogs import (
    ExportChoice,
    ExportFillInDialog,
    FillInResultModel,
    ResultColumn,
    result_lines,
)
from ehr_desktop.gui.kpi_cycles_page import KpiCyclesPage
from ehr_desktop.gui.worker import JobRunner
from ehr_desktop.services import kpi_cycles, kpi_fill_in, kpi_forms
from ehr_desktop.services.kpi_cycles import CycleState
from ehr_desktop.services.kpi_fill_in import By

TODAY = dt.date(2026, 11, 27)


@pytest.fixture
def jobs(qtbot):
    runner = JobRunner()
    yield runner
    runner.wait(30_000)


@pytest.fixture
def page(qtbot, filled_vault, jobs):
    widget = KpiCyclesPage(filled_vault, jobs)
    qtbot.addWidget(widget)
    widget.resize(1200, 700)
    widget.today = TODAY
    open_cycle = next(c for c in kpi_cycles.list_cycles(filled_vault) if c.state == CycleState.OPEN)
    widget.select_cycle(open_cycle.id)
    return widget


def _open_cycle(vault):
    return next(c for c in kpi_cycles.list_cycles(vault) if c.state == CycleState.OPEN)


def test_the_actions_follow_the_chosen_cycle(page, filled_vault):
    assert page.fill_in.export_action.isEnabled() and page.fill_in.import_action.isEnabled()
    assert page.fill_in.export_action in page.toolbar.actions()
    assert page.fill_in.import_action in page.row_menu().actions()
    closed = next(c for c in kpi_cycles.list_cycles(filled_vault) if c.state != CycleState.OPEN)
    page.select_cycle(closed.id)
    assert not page.fill_in.export_action.isEnabled()  # a closed cycle takes no new scores
    assert page.fill_in.import_action.isEnabled()  # importing still explains why not


def test_the_export_dialog_says_what_it_will_write_before_writing(qtbot, filled_vault, tmp_path):
    tmp_path = tmp_path / "chosen"
    tmp_path.mkdir()
    cycle = _open_cycle(filled_vault)
    dialog = ExportFillInDialog(filled_vault, cycle.id, cycle.name)
    qtbot.addWidget(dialog)
    plan = kpi_fill_in.plan_export(filled_vault, cycle.id, by=By.MANAGER)
    assert f"{plan.forms} forms in {len(plan.workbooks)} workbooks" in dialog.plan_label.text()
    assert "Left out" in dialog.plan_label.text()
    assert not dialog.export_button.isEnabled()  # no folder yet
    dialog.folder_edit.setText(str(tmp_path))
    assert dialog.export_button.isEnabled()
    dialog.employee_radio.setChecked(True)
    plan = kpi_fill_in.plan_export(filled_vault, cycle.id, by=By.EMPLOYEE)
    assert f"{len(plan.workbooks)} workbooks, one for each employee" in dialog.plan_label.text()
    assert dialog.choice() == ExportChoice(By.EMPLOYEE, tmp_path, None)
    assert list(tmp_path.iterdir()) == []  # nothing written by looking


def test_export_then_import_runs_on_the_worker_and_summarises_in_words(
    qtbot, page, filled_vault, tmp_path, monkeypatch, qtmodeltester
):
    folder = tmp_path / "workbooks"
    monkeypatch.setattr(
        ExportFillInDialog,
        "ask",
        classmethod(lambda *a, **k: ExportChoice(By.MANAGER, folder, None)),
    )
    page.fill_in.export_action.trigger()
    assert page.fill_in.running and not page.fill_in.export_action.isEnabled()
    qtbot.waitUntil(lambda: not page.fill_in.running, timeout=30_000)
    written = sorted(folder.glob("*.xlsx"))
    assert written and "written into" in page.last_message

    # A manager fills in the first form of their workbook; another types text in a number cell.
    good, bad = written[0], written[-1]
    book = openpyxl.load_workbook(good)
    employee_no = book.worksheets[1].title.split(" ")[0]
    rows = kpi_forms.list_forms(filled_vault, kpi_forms.FormFilter(search=employee_no))
    form = next(r for r in rows if r.cycle_id == _open_cycle(filled_vault).id)
    detail = kpi_forms.get_form(filled_vault, form.id, today=TODAY)
    first = detail.template.indicators[0]
    fill(good, entries={first.name: 4 if "Qualitative" in type(first.measure).__name__ else 98})
    book = openpyxl.load_workbook(bad)
    sheet = book.worksheets[1]
    header_row, headers = columns(sheet)
    sheet.cell(row=header_row + 1, column=headers[ENTRY]).value = "很多"
    book.save(bad)
    junk = tmp_path / "notes.xlsx"
    junk.write_text("not a workbook")

    monkeypatch.setattr(
        "ehr_desktop.gui.fill_in_dialogs.QFileDialog.getOpenFileNames",
        lambda *a, **k: ([str(good), str(bad), str(junk)], ""),
    )
    page.fill_in.import_action.trigger()
    qtbot.waitUntil(lambda: page.fill_in.summary_dialog is not None, timeout=60_000)
    dialog = page.fill_in.summary_dialog
    model = dialog.model
    qtmodeltester.check(model)
    lines = model.rows()
    by_status = {}
    for line in lines:
        by_status.setdefault(line.status, []).append(line)
    (landed,) = [line for line in by_status["landed"] if line.employee_no == employee_no]
    assert first.name in landed.details and landed.file == good.name
    assert any("很多" in line.details for line in by_status["refused"])
    (refused_file,) = by_status["file_refused"]
    assert refused_file.file == junk.name and "not an Excel workbook" in refused_file.details
    assert "1 of 3 workbooks were refused" in dialog.counts_label.text()
    # Refusals come first in the table.
    shown = [dialog.proxy.index(n, ResultColumn.STATUS).data() for n in range(len(lines))]
    assert shown[0] == "Workbook refused" and shown[1] == "Refused"
    after = kpi_forms.get_form(filled_vault, form.id, today=TODAY)
    assert any(e.indicator_key == first.key and e.provided_via == "workbook" for e in after.inputs)
    dialog.close()


def test_the_result_model_words_each_column(qtbot, filled_vault, tmp_path):
    cycle = _open_cycle(filled_vault)
    summary = kpi_fill_in.export_workbooks(filled_vault, cycle.id, by=By.EMPLOYEE, folder=tmp_path)
    returned = kpi_fill_in.import_workbooks(filled_vault, [summary.files[0].path], in_child=False)
    model = FillInResultModel()
    model.set_rows(result_lines(returned))
    (line,) = model.rows()
    texts = [model.index(0, column).data() for column in ResultColumn]
    assert texts == [
        summary.files[0].path.name,
        f"{summary.files[0].employee_no} {summary.files[0].name}",
        summary.files[0].employee_no,
        summary.files[0].name,
        "Not filled in",
        "Nothing was filled in on this sheet.",
    ]
    headers = [model.headerData(c, Qt.Orientation.Horizontal) for c in ResultColumn]
    assert headers == ["Workbook", "Filled in by", "Employee no.", "Name", "Outcome", "Details"]


def test_cancelling_an_import_says_so_and_the_page_is_usable_again(
    qtbot, page, filled_vault, tmp_path
):
    cycle = _open_cycle(filled_vault)
    summary = kpi_fill_in.export_workbooks(filled_vault, cycle.id, by=By.EMPLOYEE, folder=tmp_path)
    paths = [w.path for w in summary.files[:3]]
    page.fill_in.import_files(paths)
    page.fill_in.cancel()
    qtbot.waitUntil(lambda: not page.fill_in.running, timeout=60_000)
    # Reading a workbook takes a child process far longer than this: the cancel always wins.
    assert page.last_message.startswith("Cancelled.")
    assert page.fill_in.summary_dialog is None and page.fill_in.progress_dialog is None
    assert page.fill_in.import_action.isEnabled()
