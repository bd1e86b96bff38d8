"""Formula injection, every export path: text starting with =, +, -, @, tab or CR (and the
full-width forms) is written so that Excel shows it and never runs it — read back with openpyxl
(cell types) and as raw XML (no formula element anywhere). Nothing goes through a temp file."""

from __future__ import annotations

import csv
import datetime as dt
import io
import tempfile
import zipfile
from pathlib import Path

import openpyxl
import openpyxl.worksheet._writer as openpyxl_writer
import pytest
from sqlalchemy import select

from ehr_desktop.exchange.import_report import ReportLine, ReportTexts, write_report
from ehr_desktop.exchange.kpi import TemplateTexts
from ehr_desktop.exchange.spreadsheet import FORMULA_TRIGGERS
from ehr_desktop.persistence.models import Department, Employee
from ehr_desktop.services import (
    kpi_cycles,
    kpi_results,
    kpi_template_files,
    kpi_templates,
    roster_export,
    workforce,
)

HOSTILE = (
    '=HYPERLINK("http://evil.example","x")',
    "+SUM(A1:A2)",
    "-2+3",
    "@SUM(1)",
    "\t=1+1",
    "\r=1+1",
    "＝1+1",
)


@pytest.fixture
def hostile_vault(filled_vault):
    """The demo vault with hostile text in names, a department and a position."""
    with filled_vault.database.unit_of_work() as session:
        staff = session.scalars(
            select(Employee).where(Employee.status != "left").order_by(Employee.employee_no)
        ).all()
        for employee, text in zip(staff, HOSTILE, strict=False):
            employee.name = text
            employee.email = text
        top = session.scalars(
            select(Department).where(Department.parent_id.is_(None)).order_by(Department.id)
        ).first()
        top.name = "=cmd|' /C calc'!A0"
    return filled_vault


def read_back(text: str) -> str:
    return text.replace("\r", "\n")  # XML reads a bare CR back as a line feed


def formula_elements(path: Path) -> list[str]:
    with zipfile.ZipFile(path) as archive:
        return [
            name
            for name in archive.namelist()
            if name.startswith("xl/worksheets/")
            and (b"<f>" in archive.read(name) or b"<f " in archive.read(name))
        ]


def assert_xlsx_safe(path: Path, expected: tuple[str, ...]) -> None:
    assert formula_elements(path) == []
    workbook = openpyxl.load_workbook(path)
    texts = {}
    for sheet in workbook.worksheets:
        for row in sheet.iter_rows():
            for cell in row:
                assert cell.data_type != "f", (sheet.title, cell.coordinate, cell.value)
                if isinstance(cell.value, str):
                    texts.setdefault(cell.value, cell)
    for text in expected:
        cell = texts.get(read_back(text))
        assert cell is not None, text  # the text exactly, nothing added
        assert cell.data_type == "s" and cell.quotePrefix, text


def export_roster_xlsx(vault, folder: Path) -> Path:
    path = folder / "roster.xlsx"
    roster_export.export(vault, path, {}, columns=("employee_no", "name", "email", "department"))
    return path


def export_results(vault, folder: Path) -> Path:
    path = folder / "results.xlsx"
    cycle = kpi_cycles.list_cycles(vault)[0]
    kpi_results.export_results(vault, cycle.id, path)
    return path


def export_workforce(vault, folder: Path) -> Path:
    path = folder / "workforce.xlsx"
    workforce.export(vault, path, dt.date(2026, 1, 1), dt.date(2026, 11, 30))
    return path


def export_import_report(vault, folder: Path) -> Path:
    path = folder / "report.xlsx"
    texts = ReportTexts(
        summary_sheet="Summary", problems_sheet="Problems", changes_sheet="Changes",
        summary_rows=[("Files", HOSTILE[0])], problem_headers=["File", "Sheet", "Row", "Column",
        "Original", "Reason", "Outcome"], change_headers=["File", "Sheet", "Row", "No.",
        "Field", "Vault", "Roster", "Outcome"],
    )  # fmt: skip
    problems = [ReportLine("r.xlsx", "Sheet1", n, "姓名", text, text, "rejected")
                for n, text in enumerate(HOSTILE, start=2)]  # fmt: skip
    changes = [("r.xlsx", "Sheet1", 2, "E1", "name", "张三", text, "updated") for text in HOSTILE]
    write_report(path, texts, problems, changes)
    return path


def export_template(vault, folder: Path) -> Path:
    path = folder / "template.xlsx"
    template = kpi_templates.list_templates(vault)[0]
    kpi_template_files.export_template(vault, template.id, path, TemplateTexts(list(HOSTILE)))
    return path


XLSX_PATHS = {
    "roster": (export_roster_xlsx, lambda: (*HOSTILE, "=cmd|' /C calc'!A0")),
    "results": (export_results, lambda: HOSTILE[:3]),
    "workforce": (export_workforce, lambda: ("=cmd|' /C calc'!A0",)),
    "import-report": (export_import_report, lambda: HOSTILE),
    # The template workbook escapes with an apostrophe that its reader removes again (a round
    # trip); its own test reads the names back. Here: nothing runs.
    "kpi-template": (export_template, lambda: ()),
}


@pytest.mark.parametrize("name", list(XLSX_PATHS))
def test_no_export_writes_a_formula(name, hostile_vault, tmp_path, monkeypatch):
    temp_folder = tmp_path / "system-temp"
    temp_folder.mkdir()
    monkeypatch.setattr(tempfile, "tempdir", str(temp_folder))
    spooled: list[str] = []  # openpyxl's plaintext temp files (deleted after the save)
    original = openpyxl_writer.create_temporary_file
    monkeypatch.setattr(
        openpyxl_writer,
        "create_temporary_file",
        lambda *args, **kwargs: spooled.append("temp") or original(*args, **kwargs),
    )
    out = tmp_path / "out"
    out.mkdir()
    write, expected = XLSX_PATHS[name]

    path = write(hostile_vault, out)

    assert_xlsx_safe(path, expected())
    # No plaintext copy went through the system's temp folder (openpyxl's default), and
    # nothing but the file itself was left in the target folder.
    assert spooled == [] and list(temp_folder.iterdir()) == []
    assert [p.name for p in out.iterdir()] == [path.name]


def test_roster_csv_neutralises_every_trigger(hostile_vault, tmp_path):
    path = tmp_path / "roster.csv"
    roster_export.export(hostile_vault, path, {}, columns=("employee_no", "name", "department"))
    raw = path.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    rows = list(csv.reader(io.StringIO(raw.decode("utf-8-sig"), newline="")))
    fields = [field for row in rows for field in row]
    assert not [f for f in fields if f.startswith(FORMULA_TRIGGERS)]
    for text in HOSTILE:
        assert "'" + text in fields
    assert "'=cmd|' /C calc'!A0" in fields


def test_fill_in_workbooks_hold_no_formula_and_spool_nothing(hostile_vault, tmp_path, monkeypatch):
    from ehr_desktop.services import kpi_fill_in
    from ehr_desktop.services.kpi_cycles import CycleState

    spooled: list[str] = []
    original = openpyxl_writer.create_temporary_file
    monkeypatch.setattr(
        openpyxl_writer,
        "create_temporary_file",
        lambda *args, **kwargs: spooled.append("temp") or original(*args, **kwargs),
    )
    cycle = next(c for c in kpi_cycles.list_cycles(hostile_vault) if c.state == CycleState.OPEN)
    summary = kpi_fill_in.export_workbooks(
        hostile_vault, cycle.id, by=kpi_fill_in.By.MANAGER, folder=tmp_path
    )
    assert summary.files and spooled == []
    for written in summary.files:
        path = written.path
        assert formula_elements(path) == []
        workbook = openpyxl.load_workbook(path)
        for sheet in workbook.worksheets:
            for row in sheet.iter_rows():
                assert all(cell.data_type != "f" for cell in row), sheet.title
