"""The import report workbook: every rejected or flagged row with its file, sheet, row, column,
original value and reason, so the officer can fix the source and import again."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ehr_desktop import atomic
from ehr_desktop.exchange import spreadsheet


def neutralise(value: Any) -> Any:
    """Text that a spreadsheet would run as a formula, made plain text for CSV (OWASP CSV
    injection): a leading apostrophe. xlsx cells use spreadsheet.text_cell instead."""
    if isinstance(value, str) and spreadsheet.is_formula_like(value):
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
    return str(value)


def _cells(sheet: Any, values: Sequence[Any]) -> list[Any]:
    """Text exactly as it was (never run as a formula), numbers as numbers."""
    return [spreadsheet.value_cell(sheet, _plain(value)) for value in values]


def write_report(
    target: Path,
    texts: ReportTexts,
    problems: Iterable[ReportLine],
    changes: Iterable[Sequence[Any]],
) -> None:
    """Writes the workbook atomically (temp file, then rename): never a half-written report."""
    problems = list(problems)
    changes = [list(values) for values in changes]
    workbook = spreadsheet.new_workbook()

    def table(title: str, headers: Sequence[str], rows: list[list[Any]]) -> None:
        sheet = spreadsheet.add_sheet(workbook, title)
        sample = [[_plain(v) for v in row] for row in rows[: spreadsheet.WIDTH_SAMPLE_ROWS]]
        spreadsheet.set_widths(sheet, spreadsheet.fitted_widths(headers, sample))
        spreadsheet.freeze_header(sheet)
        spreadsheet.autofilter(sheet, len(headers), len(rows))
        sheet.append(spreadsheet.header_cells(sheet, headers))
        for row in rows:
            sheet.append(_cells(sheet, row))

    summary = spreadsheet.add_sheet(workbook, texts.summary_sheet)
    spreadsheet.set_widths(summary, [24, 60])
    for label, value in texts.summary_rows:
        summary.append(_cells(summary, (label, value)))
    table(
        texts.problems_sheet,
        texts.problem_headers,
        [
            [line.source, line.sheet, line.row, line.column, line.original, line.reason,
             line.outcome]
            for line in problems
        ],
    )  # fmt: skip
    table(texts.changes_sheet, texts.change_headers, changes)
    atomic.write_bytes(target, spreadsheet.workbook_bytes(workbook))
