"""Filling in a fill-in workbook as a manager would in Excel (openpyxl, the yellow cells only)."""

from __future__ import annotations

from pathlib import Path

import openpyxl

from ehr_desktop.exchange.kpi.cells import unescape_text

ENTRY = "填写 Your entry"
COMMENT = "说明 Comment"
INDICATOR = "指标 Indicator"


def columns(sheet) -> tuple[int, dict[str, int]]:
    """The header row of a form sheet and its columns by header text."""
    for row in sheet.iter_rows(min_row=1, max_row=20):
        headers = {c.value: c.column for c in row if isinstance(c.value, str)}
        if ENTRY in headers:
            return row[0].row, headers
    raise AssertionError("no header row")


def fill(
    path: Path,
    sheet_index: int = 1,
    entries: dict[str, object] | None = None,
    comments: dict[str, str] | None = None,
    *,
    text_cells: bool = False,
) -> str:
    """Types into the yellow cells of one form sheet, by indicator name (milestone rows are
    named "· name"), as a manager would in Excel; returns the sheet's title."""
    book = openpyxl.load_workbook(path)
    sheet = book.worksheets[sheet_index]
    header_row, headers = columns(sheet)
    for row in range(header_row + 1, sheet.max_row + 1):
        name = sheet.cell(row=row, column=headers[INDICATOR]).value
        name = unescape_text(name) if isinstance(name, str) else name
        if entries and name in entries:
            cell = sheet.cell(row=row, column=headers[ENTRY])
            assert cell.protection.locked is False, name
            cell.value = entries[name]
            if text_cells and isinstance(cell.value, str):
                cell.data_type = "s"
        if comments and name in comments:
            cell = sheet.cell(row=row, column=headers[COMMENT])
            assert cell.protection.locked is False, name
            # Excel keeps what is typed into a text-formatted cell as text, "=…" included.
            cell.value = comments[name]
            cell.data_type = "s"
    book.save(path)
    return sheet.title
