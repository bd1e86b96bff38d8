"""The Import area: choose a roster, check its columns, a dry run that writes nothing, the import
(all or, cancelled, nothing), the report workbook, mapping profiles and unreadable files."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import openpyxl
import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog
from support.samples import ROSTERS

from ehr_desktop.exchange.roster import RosterUnreadable
from ehr_desktop.gui import import_page
from ehr_desktop.gui.import_page import (
    ROW_ROLE,
    SORT_ROLE,
    ImportPage,
    ImportPreviewModel,
    PreviewColumn,
    PreviewLine,
    Step,
)
from ehr_desktop.gui.messages import describe
from ehr_desktop.gui.worker import JobRunner
from ehr_desktop.services import employee_list, roster_import

SAMPLES = ROSTERS
pytestmark = pytest.mark.skipif(not SAMPLES.is_dir(), reason="shared roster samples missing")
SHEET = "花名册"  # the one sheet of sample 01


def sample(prefix: str) -> Path:
    return next(SAMPLES.glob(f"{prefix}_*"))


def everyone(vault) -> int:
    return employee_list.source(vault, employee_list.ListQuery(statuses=())).count()


@pytest.fixture
def vault(new_vault):
    return new_vault.vault


@pytest.fixture
def runner():
    jobs = JobRunner()
    yield jobs
    jobs.wait(20_000)


@pytest.fixture
def page(qtbot, vault, runner):
    widget = ImportPage(vault, runner)
    qtbot.addWidget(widget)
    widget.resize(1100, 700)
    return widget


def settle(qtbot, runner) -> None:
    qtbot.waitUntil(lambda: not runner.busy, timeout=20_000)


def choose(qtbot, runner, page, monkeypatch, *paths: Path) -> None:
    """The officer picks files in the open dialog; they are read in the background."""
    monkeypatch.setattr(
        QFileDialog, "getOpenFileNames", lambda *a, **k: ([str(p) for p in paths], "")
    )
    qtbot.mouseClick(page.choose_button, Qt.MouseButton.LeftButton)
    settle(qtbot, runner)


def preview(qtbot, runner, page, monkeypatch, *paths: Path) -> None:
    choose(qtbot, runner, page, monkeypatch, *paths)
    qtbot.mouseClick(page.columns_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(page.preview_button, Qt.MouseButton.LeftButton)
    settle(qtbot, runner)
    assert page.step == Step.PREVIEW, page.status_label.text()


def test_empty_page_explains_the_import_before_any_file(page):
    assert page.step == Step.FILES
    assert page.empty_card.isVisibleTo(page)
    assert not page.file_table.isVisibleTo(page)
    assert not page.columns_button.isEnabled()


def test_chosen_roster_is_listed_and_its_columns_suggested(qtbot, runner, page, monkeypatch):
    choose(qtbot, runner, page, monkeypatch, sample("01"))
    assert page.file_table.rowCount() == 1
    assert page.file_table.item(0, 1).text() == "Excel workbook"
    assert page.file_table.item(0, 3).text() == SHEET
    assert "300" in page.file_table.item(0, 4).text()  # employee rows: imported + rejected
    assert not page.empty_card.isVisibleTo(page)

    qtbot.mouseClick(page.columns_button, Qt.MouseButton.LeftButton)
    assert page.step == Step.COLUMNS
    name = sample("01").name
    suggested = {
        column: page.field_combos[(name, SHEET, column)].currentData()
        for column in (0, 1, 2, 5, 17, 19)
    }
    assert suggested == {
        0: "",  # 序号: ignored
        1: "employee_no",
        2: "name",
        5: "id_number",  # 身份证\n号码, written over two lines
        17: "phone",
        19: "emergency_phone",  # 紧急联系电话: the emergency contact's, not the employee's
    }  # fmt: skip
    assert page.sheet_groups[(name, SHEET)].isChecked()


def test_preview_counts_what_the_dry_run_counts_and_writes_nothing(
    qtbot, runner, page, vault, monkeypatch
):
    preview(qtbot, runner, page, monkeypatch, sample("01"))
    expected = roster_import.plan(vault, roster_import.read_files([sample("01")])).counts
    for key in ("created", "updated", "unchanged", "rejected", "flagged", "conflicts"):
        assert page.count(key) == expected[key], key
        assert page.count_chips[key].text().split("\n")[0] == str(expected[key])
    assert everyone(vault) == 0
    assert page.import_button.isEnabled()
    assert page.import_button.text() == f"Import {expected['created']} employees"

    lines = page.preview_model.lines
    rejected = [line for line in lines if line.outcome == "rejected"]
    assert len(rejected) == expected["rejected"]
    duplicate = next(line for line in rejected if "already imported" in line.details[0])
    assert duplicate.employee_no and duplicate.name and "row" in duplicate.details[0]
    flagged = [line for line in lines if line.flagged]
    assert len(flagged) == expected["flagged"]
    assert any(
        "ID number" in " ".join(line.details) or "身份证" in " ".join(line.details)
        for line in flagged
    )


def test_filter_chips_show_problems_changes_or_conflicts(qtbot, runner, page, monkeypatch):
    preview(qtbot, runner, page, monkeypatch, sample("01"))
    page.show_only("problems")
    shown = [page.proxy.index(r, 0).data(ROW_ROLE) for r in range(page.proxy.rowCount())]
    assert shown and all(line.problem for line in shown)
    assert len(shown) == page.count("rejected") + page.count("flagged")
    page.show_only("conflicts")
    assert page.proxy.rowCount() == 0
    assert page.preview_empty.isVisibleTo(page)
    page.show_only("all")
    assert page.proxy.rowCount() == page.preview_model.rowCount()


def test_import_writes_the_employees_then_offers_the_next_steps(
    qtbot, runner, page, vault, monkeypatch
):
    preview(qtbot, runner, page, monkeypatch, sample("01"))
    created = page.count("created")
    with qtbot.waitSignal(page.imported, timeout=20_000):
        qtbot.mouseClick(page.import_button, Qt.MouseButton.LeftButton)
    settle(qtbot, runner)
    assert page.step == Step.DONE
    assert everyone(vault) == created == page.result.created
    assert str(created) in page.result_label.text()
    # The rows to look at stay listed; a flagged new employee opens from there.
    assert page.done_table.isVisibleTo(page)
    assert page.done_proxy.rowCount() == page.count("rejected") + page.count("flagged")
    row = next(
        r
        for r in range(page.done_proxy.rowCount())
        if page.done_proxy.index(r, 0).data(ROW_ROLE).action == "create"
    )
    line = page.done_proxy.index(row, 0).data(ROW_ROLE)
    with qtbot.waitSignal(page.open_employee) as opened:
        page._open_row(page.done_proxy.index(row, 0))
    found = employee_list.source(vault, employee_list.ListQuery(statuses=())).rows(0, 1000)
    assert {r.id: r.employee_no for r in found}[opened.args[0]] == line.employee_no
    with qtbot.waitSignal(page.show_employees):
        qtbot.mouseClick(page.show_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(page.again_button, Qt.MouseButton.LeftButton)
    assert page.step == Step.FILES and page.empty_card.isVisibleTo(page)


def test_cancelled_import_leaves_the_vault_empty(qtbot, runner, page, vault, monkeypatch):
    preview(qtbot, runner, page, monkeypatch, sample("01"))
    page.import_now()
    assert page.cancel_button.isVisibleTo(page)
    qtbot.mouseClick(page.cancel_button, Qt.MouseButton.LeftButton)
    settle(qtbot, runner)
    assert everyone(vault) == 0
    assert page.step == Step.PREVIEW
    assert "cancelled" in page.status_label.text().lower()
    assert "Nothing was written" in page.status_label.text()
    assert page.import_button.isEnabled(), "the officer can try again"


def test_report_of_the_dry_run_is_a_readable_workbook(
    qtbot, runner, page, vault, monkeypatch, tmp_path
):
    preview(qtbot, runner, page, monkeypatch, sample("01"))
    target = tmp_path / "report"  # the suffix is added
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    qtbot.mouseClick(page.report_button, Qt.MouseButton.LeftButton)
    settle(qtbot, runner)
    written = target.with_name("report.xlsx")
    assert written.exists(), page.status_label.text()
    assert "report.xlsx" in page.status_label.text()
    workbook = openpyxl.load_workbook(written, read_only=True)
    summary, problems, _changes = (list(sheet.values) for sheet in workbook.worksheets)
    assert (summary[1][0], summary[1][1]) == ("New employees", page.count("created"))
    plan = page.plan
    warnings = sum(len(row.record.warnings) + len(row.notes) for row in plan.rows)
    assert len(problems) == 1 + len(plan.rejected) + warnings
    assert everyone(vault) == 0, "a report of the dry run imports nothing"


def test_unreadable_file_is_explained_and_nothing_breaks(
    qtbot, runner, page, monkeypatch, tmp_path
):
    junk = tmp_path / "x.xlsx"
    junk.write_bytes(bytes(range(256)) * 40)
    choose(qtbot, runner, page, monkeypatch, junk)
    sentence = describe(RosterUnreadable(reason="not_a_spreadsheet", path="x.xlsx"))
    assert sentence in page.files_message.text()
    assert page.files_message.property("role") == "error"
    assert page.file_table.item(0, 4).text() == "Cannot be read"
    assert not page.columns_button.isEnabled()
    # A good file next to the bad one is still read.
    choose(qtbot, runner, page, monkeypatch, junk, sample("07"))
    assert page.columns_button.isEnabled()
    assert page.file_table.item(1, 2).text() == "UTF-8"


def test_remapped_column_is_read_again_and_saved_as_a_profile_for_next_time(
    qtbot, runner, page, vault, monkeypatch
):
    choose(qtbot, runner, page, monkeypatch, sample("01"))
    qtbot.mouseClick(page.columns_button, Qt.MouseButton.LeftButton)
    name = sample("01").name
    page.set_field(name, SHEET, 17, "")  # 手机号码: leave the phone out
    settle(qtbot, runner)
    assert page.field_combos[(name, SHEET, 17)].currentData() == ""
    assert page._readings()[0].sheets[0].column_of("phone") is None
    assert all(record.values["phone"] is None for record in page._readings()[0].records)

    monkeypatch.setattr(import_page, "ask_profile_name", lambda parent, suggested: "华瑞")
    qtbot.mouseClick(page.save_profile_button, Qt.MouseButton.LeftButton)
    saved = {p.name: p for p in roster_import.profiles(vault)}["华瑞"]
    assert saved.mapping["手机号码"] == "" and saved.mapping["身份证号码"] == "id_number"

    # The next file of the same shape: the profile is suggested and applied.
    page.start_over()
    choose(qtbot, runner, page, monkeypatch, sample("01"))
    assert page.profile_combo.currentText() == "华瑞"
    qtbot.mouseClick(page.columns_button, Qt.MouseButton.LeftButton)
    assert page.field_combos[(name, SHEET, 17)].currentData() == ""


def test_conflicts_are_kept_unless_the_officer_overwrites(
    qtbot, runner, page, vault, monkeypatch, tmp_path
):
    # Given an imported roster, and a later CSV that spells one person's name differently
    readings = roster_import.read_files([sample("01")])
    roster_import.apply(vault, readings, today=dt.date(2024, 12, 31))
    first = next(r.values for r in readings[0].records if r.values["status"] == "active")
    later = tmp_path / "later.csv"
    later.write_text(f"工号,姓名\n{first['employee_no']},改名{first['name']}\n", "utf-8")
    preview(qtbot, runner, page, monkeypatch, later)
    assert page.count("conflicts") == 1 and page.count("updated") == 0
    page.show_only("conflicts")
    line = page.proxy.index(0, 0).data(ROW_ROLE)
    assert any(text.startswith("Conflict, Name") for text in line.details)
    with qtbot.waitSignal(page.open_employee) as opened:
        page._open_row(page.proxy.index(0, 0))
    assert opened.args == [line.employee_id]

    page.overwrite_radio.setChecked(True)  # re-plans in the background
    settle(qtbot, runner)
    assert page.count("updated") == 1 and page.count("conflicts") == 0
    assert page.import_button.text() == "Import 1 employee"


def _line(**overrides) -> PreviewLine:
    values = dict(
        source="a.xlsx", sheet="在职", row=7, employee_no="E001", name="张伟", action="create",
        flagged=True, conflict=False, details=("ID number “123”: wrong", "New employee: 生产部"),
        employee_id=None, order=7,
    )  # fmt: skip
    values.update(overrides)
    return PreviewLine(**values)


def test_preview_model_words_each_column(qtbot, qtmodeltester):
    model = ImportPreviewModel()
    model.set_lines([_line(), _line(row=3, order=3, action="rejected", flagged=False)])
    qtmodeltester.check(model)

    def shown(row: int, column: PreviewColumn):
        return model.index(row, column).data()

    assert [shown(0, c) for c in PreviewColumn] == [
        "a.xlsx", "在职", "7", "E001", "张伟", "New, flagged",
        "ID number “123”: wrong; New employee: 生产部",
    ]  # fmt: skip
    assert shown(1, PreviewColumn.OUTCOME) == "Rejected"
    assert model.index(0, PreviewColumn.ROW).data(SORT_ROLE) == 7
    assert model.index(1, PreviewColumn.NAME).data(ROW_ROLE).action == "rejected"
    assert model.index(0, PreviewColumn.DETAILS).data(Qt.ItemDataRole.ToolTipRole).count("\n") == 1
    assert model.headerData(PreviewColumn.OUTCOME, Qt.Orientation.Horizontal) == "Outcome"


def test_preview_model_of_a_real_dry_run_passes_the_model_tester(
    qtbot, runner, page, monkeypatch, qtmodeltester
):
    preview(qtbot, runner, page, monkeypatch, sample("01"))
    qtmodeltester.check(page.preview_model)
    qtmodeltester.check(page.proxy)


def test_unticked_sheet_is_left_out_of_the_preview(qtbot, runner, page, vault, monkeypatch):
    choose(qtbot, runner, page, monkeypatch, sample("05"))  # .xls: 在职人员 and 离职人员
    qtbot.mouseClick(page.columns_button, Qt.MouseButton.LeftButton)
    name = sample("05").name
    sheets = [sheet for file_name, sheet in page.sheet_groups if file_name == name]
    assert len(sheets) == 2
    page.sheet_groups[(name, sheets[1])].setChecked(False)
    settle(qtbot, runner)
    assert not page.sheet_groups[(name, sheets[1])].isChecked(), "still listed, unticked"
    qtbot.mouseClick(page.preview_button, Qt.MouseButton.LeftButton)
    settle(qtbot, runner)
    only_first = roster_import.read_files([sample("05")], sheets=[sheets[0]])
    assert page.count("created") == roster_import.plan(vault, only_first).counts["created"]
    assert {line.sheet for line in page.preview_model.lines} == {sheets[0]}


def test_a_mapping_that_loses_the_employee_number_can_be_undone(qtbot, runner, page, monkeypatch):
    choose(qtbot, runner, page, monkeypatch, sample("01"))
    qtbot.mouseClick(page.columns_button, Qt.MouseButton.LeftButton)
    name = sample("01").name
    page.set_field(name, SHEET, 1, "")  # 工号 → Ignore: no row can be identified any more
    settle(qtbot, runner)
    assert not page.preview_button.isEnabled()
    assert (name, SHEET) in page.sheet_groups, "the columns stay listed"
    assert page.field_combos[(name, SHEET, 1)].currentData() == "", "as the officer chose"
    assert "employee number" in page.files_message.text()
    page.set_field(name, SHEET, 1, "employee_no")
    settle(qtbot, runner)
    assert page.preview_button.isEnabled()
    assert page.field_combos[(name, SHEET, 1)].currentData() == "employee_no"
