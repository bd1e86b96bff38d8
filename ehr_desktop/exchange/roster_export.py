"""Writing a roster as .xlsx (real dates, ID numbers as text) or .csv (UTF-8 with BOM, so Excel
opens it in Chinese), with spreadsheet formula injection neutralised."""

from __future__ import annotations

import csv
import datetime as dt
import io
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Any

from openpyxl import Workbook
from openpyxl.cell import WriteOnlyCell
from openpyxl.styles import Font

from ehr_desktop import atomic
from ehr_desktop.exchange.import_report import neutralise

DATE_FORMAT = "yyyy-mm-dd"
TEXT_FORMAT = "@"  # Excel's "Text": keeps 18-digit IDs and leading zeros exactly


def write_roster(
    target: Path,
    headers: Sequence[str],
    rows: Iterable[Sequence[Any]],
    *,
    sheet_name: str = "Roster",
) -> int:
    """Writes atomically; returns the number of rows. The format follows the file's suffix."""
    if target.suffix.lower() == ".csv":
        return _write_csv(target, headers, rows)
    return _write_xlsx(target, headers, rows, sheet_name)


def _write_xlsx(
    target: Path, headers: Sequence[str], rows: Iterable[Sequence[Any]], sheet_name: str
) -> int:
    workbook = Workbook(write_only=True)
    sheet = workbook.create_sheet(sheet_name[:31])
    bold = Font(bold=True)
    heading = []
    for label in headers:
        cell = WriteOnlyCell(sheet, value=neutralise(label))
        cell.font = bold
        heading.append(cell)
    sheet.append(heading)
    sheet.freeze_panes = "C2"
    count = 0
    for row in rows:
        cells = []
        for value in row:
            if isinstance(value, (dt.date, dt.datetime)):
                cell = WriteOnlyCell(sheet, value=value)
                cell.number_format = DATE_FORMAT
            elif value is None or isinstance(value, (int, float)):
                cell = WriteOnlyCell(sheet, value=value)
            else:
                cell = WriteOnlyCell(sheet, value=neutralise(str(value)))
                cell.number_format = TEXT_FORMAT
            cells.append(cell)
        sheet.append(cells)
        count += 1
    buffer = io.BytesIO()
    workbook.save(buffer)
    atomic.write_bytes(target, buffer.getvalue())
    return count


def _write_csv(target: Path, headers: Sequence[str], rows: Iterable[Sequence[Any]]) -> int:
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\r\n")
    writer.writerow([neutralise(h) for h in headers])
    count = 0
    for row in rows:
        writer.writerow(
            [
                ""
                if value is None
                else value.isoformat()
                if isinstance(value, (dt.date, dt.datetime))
                else neutralise(str(value))
                for value in row
            ]
        )
        count += 1
    atomic.write_bytes(target, buffer.getvalue().encode("utf-8-sig"))
    return count
