"""Taking rosters into the vault: dry run first, one transaction, re-import changes nothing,
conflicts kept or overwritten on request, departed staff with their history, the report."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import openpyxl
import pytest
from sqlalchemy import func, select
from support.samples import ROSTERS
from support.vault_helpers import PASSPHRASE

from ehr_desktop import cli
from ehr_desktop.persistence.models import Employee, EmploymentEvent
from ehr_desktop.services import employee_list, employees, roster_import, vaults
from ehr_desktop.services.progress import Cancelled, Progress
from ehr_desktop.services.verification import verify_database

SAMPLES = ROSTERS
ANSWERS = SAMPLES / "answers.json"
TODAY = dt.date(2024, 12, 31)  # the samples' as_of_date

pytestmark = pytest.mark.skipif(not ANSWERS.exists(), reason="shared roster samples missing")


def sample(prefix: str) -> Path:
    return next(SAMPLES.glob(f"{prefix}_*"))


def everyone(vault) -> int:
    return employee_list.source(vault, employee_list.ListQuery(statuses=())).count()


def facts(name: str) -> dict:
    expected = json.loads(ANSWERS.read_text("utf-8"))["files"][name]["expected"]
    return {
        "imported": expected["employees_imported"],
        "rejected": expected["rows_rejected"],
        "flagged": expected["rows_flagged"],
        "issues": expected["issue_counts"],
    }


@pytest.fixture
def vault(new_vault):
    return new_vault.vault


def test_dry_run_writes_nothing_and_counts_what_import_then_writes(vault):
    readings = roster_import.read_files([sample("01")])
    before = vault.layout.db.stat().st_mtime_ns
    dry = roster_import.plan(vault, readings)
    assert everyone(vault) == 0
    assert vault.layout.db.stat().st_mtime_ns == before
    expected = facts(readings[0].path.name)
    assert dry.counts["created"] == expected["imported"]
    assert dry.counts["rejected"] == expected["rejected"]

    done, result = roster_import.apply(vault, readings, today=TODAY)
    assert result.created == expected["imported"] == everyone(vault)
    assert done.counts == dry.counts
    assert verify_database(vault.database).ok


def test_reimporting_the_same_file_changes_nothing(vault):
    readings = roster_import.read_files([sample("02")])
    roster_import.apply(vault, readings, today=TODAY)
    with vault.database.reading() as session:
        audit_before = session.scalar(select(func.count()).select_from(EmploymentEvent))
    again, result = roster_import.apply(vault, readings, today=TODAY)
    assert (result.created, result.updated) == (0, 0)
    assert again.counts["unchanged"] == facts(readings[0].path.name)["imported"]
    with vault.database.reading() as session:
        assert session.scalar(select(func.count()).select_from(EmploymentEvent)) == audit_before


def test_departed_staff_import_with_their_leaving(vault):
    readings = roster_import.read_files([sample("05")])  # .xls with a 离职人员 sheet
    roster_import.apply(vault, readings, today=TODAY)
    left = [
        r for r in readings[0].records if r.values["status"] == "left" and r.values["leave_date"]
    ]
    assert left
    with vault.database.reading() as session:
        employee = session.scalar(
            select(Employee).where(Employee.employee_no == left[0].values["employee_no"])
        )
        kinds = [e.kind for e in employee.events]
    assert employee.status == "left" and employee.leave_date == left[0].values["leave_date"]
    assert kinds == ["hire", "separation"]


def test_conflicts_are_kept_unless_overwrite_is_chosen(vault):
    readings = roster_import.read_files([sample("07")])
    roster_import.apply(vault, readings, today=TODAY)
    record = next(r for r in readings[0].records if r.values["phone"])
    with vault.database.unit_of_work() as session:
        employee = session.scalar(
            select(Employee).where(Employee.employee_no == record.values["employee_no"])
        )
        employee.mobile = "13900000000"
        employee_id = employee.id
    kept = roster_import.plan(vault, readings)
    row = next(r for r in kept.rows if r.employee_id == employee_id)
    assert [c.field for c in row.conflicts] == ["phone"] and row.action == "unchanged"
    roster_import.apply(vault, readings, today=TODAY)
    assert employees.load_file(vault, employee_id).personal.mobile == "13900000000"
    roster_import.apply(vault, readings, on_conflict=roster_import.OVERWRITE, today=TODAY)
    assert employees.load_file(vault, employee_id).personal.mobile == record.values["phone"]


def test_cancelled_import_leaves_the_vault_as_it_was(vault):
    readings = roster_import.read_files([sample("01")])
    progress = Progress(is_cancelled=lambda: True)
    with pytest.raises(Cancelled):
        roster_import.apply(vault, readings, progress=progress, today=TODAY)
    assert everyone(vault) == 0


def test_cli_dry_run_json_and_report(tmp_path, monkeypatch, capsys, english_cli):
    path = tmp_path / "Company.ehrvault"
    vaults.create_vault(path, PASSPHRASE).vault.close()
    monkeypatch.setenv(cli.PASSPHRASE_ENV, PASSPHRASE)
    report = tmp_path / "report.xlsx"
    roster = sample("01")
    code = cli.main(
        ["import", str(path), str(roster), "--dry-run", "--json", "--report", str(report)]
    )
    assert code == 0
    counts = json.loads(capsys.readouterr().out)["counts"]
    expected = facts(roster.name)
    assert counts["created"] == expected["imported"] and counts["rejected"] == expected["rejected"]
    for code, count in expected["issues"].items():
        assert counts[code] == count, code
    sheet = openpyxl.load_workbook(report, read_only=True).worksheets[1]
    lines = list(sheet.iter_rows(min_row=2, values_only=True))
    notes = sum(
        counts.get(n, 0) for n in ("no_hire_date", "left_without_leave_date", "leave_before_hire")
    )
    assert len(lines) == sum(expected["issues"].values()) + notes
    assert all(not str(value).startswith("=") for line in lines for value in line if value)
    vault = vaults.unlock_with_passphrase(path, PASSPHRASE)
    try:
        assert everyone(vault) == 0  # dry run
    finally:
        vault.close()


def test_roster_export_masks_by_default_neutralises_formulas_and_audits_unmasked(vault, tmp_path):
    from ehr_desktop.services import demo, roster_export

    demo.populate(vault, 12, today=TODAY)
    with vault.database.unit_of_work() as session:
        session.get(Employee, 1).name = '=HYPERLINK("http://evil.example","x")'
    headers = {key: key for key in roster_export.COLUMNS}
    masked = roster_export.export(vault, tmp_path / "r.xlsx", headers)
    sheet = openpyxl.load_workbook(tmp_path / "r.xlsx").worksheets[0]
    rows = list(sheet.iter_rows(min_row=2, values_only=True))
    assert masked.rows == len(rows) > 0
    column = {key: i for i, key in enumerate(roster_export.COLUMNS)}
    assert all("*" in row[column["id_number"]] for row in rows)
    assert isinstance(rows[0][column["hire_date"]], dt.datetime)  # a real date cell
    assert rows[0][column["name"]].startswith("'=")  # text, never a formula
    before = len(employees.file_history(vault, 1))

    roster_export.export(vault, tmp_path / "r.csv", headers, unmasked=True, include_left=True)
    text = (tmp_path / "r.csv").read_bytes()
    assert text.startswith(b"\xef\xbb\xbf")  # UTF-8 BOM: Excel opens it as UTF-8
    assert "*" not in text.decode("utf-8-sig").splitlines()[1].split(",")[column["id_number"]]
    with vault.database.reading() as session:
        from ehr_desktop.persistence.models import AuditLogEntry

        entry = session.scalars(select(AuditLogEntry).where(AuditLogEntry.action == "reveal")).one()
    assert json.loads(entry.detail)["where"] == "export:r.csv"
    assert len(employees.file_history(vault, 1)) == before  # a vault-wide entry, not per file
