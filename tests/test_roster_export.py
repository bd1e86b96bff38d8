"""The roster export service, files read back: the officer's columns in their order, the list's
query, the look of the sheet, dates and IDs as Excel should keep them, masking, the audit
entry, and Cancel leaving nothing behind."""

from __future__ import annotations

import json

import openpyxl
import pytest
from sqlalchemy import select

from ehr_desktop.exchange import roster_export as roster_file
from ehr_desktop.persistence.models import AuditLogEntry, Employee
from ehr_desktop.services import employee_list, organization, roster_export
from ehr_desktop.services.employee_list import ListQuery
from ehr_desktop.services.progress import Cancelled, Progress

COLUMNS = ("employee_no", "name", "department", "hire_date", "id_number", "monthly_salary",
           "bank_account", "mobile", "status")  # fmt: skip


def export_entries(vault) -> list[dict]:
    with vault.database.reading() as session:
        rows = session.scalars(select(AuditLogEntry).where(AuditLogEntry.action == "export"))
        return [json.loads(row.detail) for row in rows]


def test_chosen_columns_and_query_in_a_styled_sheet(filled_vault, tmp_path):
    paths = organization.paths(filled_vault)
    department_id = next(i for i, p in paths.items() if "/" not in p)
    query = ListQuery(department_id=department_id, sort_key="name")
    expected = employee_list.source(filled_vault, query)
    target = tmp_path / "名册.xlsx"

    result = roster_export.export(
        filled_vault, target, {"name": "姓名", "employee_no": "工号"}, columns=COLUMNS,
        query=query, words={"status": {"active": "在职"}},
    )  # fmt: skip

    sheet = openpyxl.load_workbook(target).worksheets[0]
    rows = list(sheet.iter_rows(values_only=True))
    assert result.rows == len(rows) - 1 == expected.count()
    assert rows[0][:3] == ("工号", "姓名", "department")  # headers from the caller, else the key
    assert [r[0] for r in rows[1:]] == [r.employee_no for r in expected.rows(0, 1000)]
    assert {r[2] for r in rows[1:]} <= {
        p for p in paths.values() if p.startswith(paths[department_id])
    }
    # The look: header styled and frozen with employee no. and name, a filter, fitted widths
    header = sheet["A1"]
    assert header.font.bold and header.fill.fgColor.rgb.endswith("DDEBF7")
    assert header.alignment.wrap_text and header.border.bottom.style == "thin"
    assert sheet.freeze_panes == "C2"
    assert sheet.auto_filter.ref == f"A1:I{len(rows)}"
    widest_department = max(len(r[2]) for r in rows[1:]) * 2  # CJK counts double
    assert sheet.column_dimensions["C"].width >= widest_department
    # Dates are dates; numbers that are codes stay text; sensitive values masked
    first = sheet[2]
    assert first[3].is_date and first[3].number_format == "yyyy-mm-dd"
    assert first[0].data_type == "s" and first[0].number_format == "@"
    assert first[4].data_type == "s" and "*" in first[4].value
    assert first[5].value == "****" and "*" in (first[6].value or "*")
    assert "在职" in {r[8] for r in rows[1:]}
    [entry] = export_entries(filled_vault)
    assert entry["masked"] and entry["unmasked_fields"] == []
    assert entry["people"] == result.rows and entry["columns"] == list(COLUMNS)
    assert entry["filter"]["department_id"] == department_id and entry["format"] == "xlsx"


def test_unmasked_salary_is_a_number_and_the_choice_is_audited(filled_vault, tmp_path):
    target = tmp_path / "r.xlsx"
    roster_export.export(filled_vault, target, {}, columns=COLUMNS, unmasked=True)
    sheet = openpyxl.load_workbook(target).worksheets[0]
    with filled_vault.database.reading() as session:
        employee = session.scalars(
            select(Employee).where(Employee.status != "left").order_by(Employee.employee_no)
        ).first()
    row = sheet[2]
    assert row[4].value == employee.id_number  # 18 digits, exactly
    assert row[5].value == employee.monthly_salary_cents / 100
    assert row[5].number_format == "#,##0.00"
    [entry] = export_entries(filled_vault)
    assert not entry["masked"]
    assert entry["unmasked_fields"] == ["id_number", "monthly_salary", "bank_account", "mobile"]


def test_cancel_leaves_no_file_and_no_audit_entry(filled_vault, tmp_path, monkeypatch):
    monkeypatch.setattr(roster_file, "PROGRESS_EVERY", 5)
    seen: list[int] = []
    progress = Progress(
        report=lambda done, total: seen.append(done), is_cancelled=lambda: len(seen) > 2
    )
    out = tmp_path / "out"
    out.mkdir()
    with pytest.raises(Cancelled):
        roster_export.export(filled_vault, out / "r.xlsx", {}, progress=progress)
    assert list(out.iterdir()) == []
    assert export_entries(filled_vault) == []


def test_unknown_columns_are_refused(filled_vault, tmp_path):
    with pytest.raises(roster_export.UnknownColumns) as refused:
        roster_export.export(filled_vault, tmp_path / "r.xlsx", {}, columns=("name", "shoe_size"))
    assert refused.value.keys == ("shoe_size",)
    assert not (tmp_path / "r.xlsx").exists()


def test_cli_columns_search_and_department(
    filled_vault, english_cli, capsys, tmp_path, monkeypatch
):
    from support.vault_helpers import PASSPHRASE

    from ehr_desktop import cli

    paths = organization.paths(filled_vault)
    department_id, path = next((i, p) for i, p in paths.items() if "/" in p)
    expected = employee_list.source(filled_vault, ListQuery(department_id=department_id)).count()
    folder = filled_vault.layout.folder
    filled_vault.close()
    monkeypatch.setenv(cli.PASSPHRASE_ENV, PASSPHRASE)
    target = tmp_path / "r.csv"
    code = cli.main(
        ["export", "roster", str(folder), "-o", str(target), "--columns", "name,employee_no",
         "--department", path, "--json"]
    )  # fmt: skip
    printed = json.loads(capsys.readouterr().out)
    assert (
        code == 0 and printed["rows"] == expected and printed["columns"] == ["name", "employee_no"]
    )
    header = target.read_text("utf-8-sig").splitlines()[0]
    assert header == "Name,Employee no."
    assert cli.main(["export", "roster", str(folder), "-o", str(target), "--columns", "x"]) == 1
    assert "Unknown columns: x" in capsys.readouterr().err
    assert (
        cli.main(["export", "roster", str(folder), "-o", str(target), "--department", "无此部门"])
        == 1
    )


def test_cli_unmasked_needs_a_yes_first(filled_vault, english_cli, capsys, tmp_path, monkeypatch):
    from support.vault_helpers import PASSPHRASE

    from ehr_desktop import cli

    folder = filled_vault.layout.folder
    filled_vault.close()
    monkeypatch.setenv(cli.PASSPHRASE_ENV, PASSPHRASE)
    monkeypatch.setattr(cli, "_interactive", lambda: False)
    target = tmp_path / "r.xlsx"
    assert cli.main(["export", "roster", str(folder), "-o", str(target), "--unmasked"]) == 1
    assert "--yes" in capsys.readouterr().err and not target.exists()
    assert (
        cli.main(["export", "roster", str(folder), "-o", str(target), "--unmasked", "--yes"]) == 0
    )
    assert target.exists()
