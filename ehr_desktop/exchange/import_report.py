"""The import report workbook: every rejected or flagged row with its file, sheet, row, column,
original value and reason, so the officer can fix the source and import again."""

from __future__ import annotations

import datetime as dt
import io
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from openpyxl import Workbook
from openpyxl.cell import WriteOnlyCell
from openpyxl.styles import Font

from ehr_desktop import atomic

# A cell starting with one of these is taken as a formula by Excel, WPS and LibreOffice.
_FORMULA_TRIGGERS = ("=", "+", "-", "@", "\t", "\r", "\n")


def neutralise(value: Any) -> Any:
    """Text that a spreadsheet would run as a formula, made plain text (OWASP CSV injection)."""
    if isinstance(value, str) and value.startswith(_FORMULA_TRIGGERS):
        return "'" + value
    return value


@dataclass(frozen=True)
class ReportLine:
    source: str  # file name
    sheet: str
    row: int
    column: str  # the header label as written, or "" for a whole row
    original: Any
    reason: str  # a sentence in the officer's language
    outcome: str  # "rejected" or "imported, field left empty" … already worded


@dataclass(frozen=True)
class ReportTexts:
    """Every word of the report, supplied by the caller in the officer's language."""

    summary_sheet: str
    problems_sheet: str
    changes_sheet: str
    summary_rows: Sequence[tuple[str, Any]]
    problem_headers: Sequence[str]  # file, sheet, row, column, original value, reason, outcome
    change_headers: Sequence[str]  # file, sheet, row, employee no., field, vault, roster, outcome


def _plain(value: Any) -> Any:
    if isinstance(value, (dt.date, dt.datetime)):
        return value.isoformat()
    if isinstance(value, float):
        # As Excel shows the cell: 4.21002199109174E+17 for an ID stored as a number.
        return format(value, ".15G")
    if value is None or isinstance(value, (int, bool)):
        return value
    return neutralise(str(value))


def write_report(
    target: Path,
    texts: ReportTexts,
    problems: Iterable[ReportLine],
    changes: Iterable[Sequence[Any]],
) -> None:
    """Writes the workbook atomically (temp file, then rename): never a half-written report."""
    workbook = Workbook(write_only=True)
    bold = Font(bold=True)

    def header(sheet, labels: Sequence[str]) -> None:
        cells = []
        for label in labels:
            cell = WriteOnlyCell(sheet, value=neutralise(label))
            cell.font = bold
            cells.append(cell)
        sheet.append(cells)

    summary = workbook.create_sheet(texts.summary_sheet)
    for label, value in texts.summary_rows:
        summary.append([_plain(label), _plain(value)])
    sheet = workbook.create_sheet(texts.problems_sheet)
    header(sheet, texts.problem_headers)
    for line in problems:
        sheet.append(
            [
                _plain(line.source),
                _plain(line.sheet),
                line.row,
                _plain(line.column),
                _plain(line.original),
                _plain(line.reason),
                _plain(line.outcome),
            ]
        )
    sheet = workbook.create_sheet(texts.changes_sheet)
    header(sheet, texts.change_headers)
    for values in changes:
        sheet.append([_plain(v) for v in values])
    buffer = io.BytesIO()
    workbook.save(buffer)
    atomic.write_bytes(target, buffer.getvalue())
