"""A roster as .xlsx (styled header, frozen and filtered, fitted widths, real dates, numbers and
IDs as text Excel cannot mangle) or .csv (UTF-8 with BOM, so Excel opens it in Chinese), built
in memory with formula injection neutralised; the caller writes the bytes atomically."""

from __future__ import annotations

import csv
import io
import itertools
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from enum import StrEnum
from typing import Any

from openpyxl.cell import WriteOnlyCell

from ehr_desktop.exchange import spreadsheet
from ehr_desktop.exchange.spreadsheet import (
    DATE_FORMAT,
    MONEY_FORMAT,
    TEXT_FORMAT,
    csv_value,
    text_cell,
)

PROGRESS_EVERY = 500  # rows between two progress reports (each may raise to cancel)


class CellKind(StrEnum):
    TEXT = "text"  # names, departments: text cells
    CODE = "code"  # ID numbers, employee numbers, phones, accounts: text that looks like a number
    DATE = "date"  # real dates, shown yyyy-mm-dd
    MONEY = "money"  # amounts in yuan with two decimals (a masked amount is text)


@dataclass(frozen=True)
class RosterColumn:
    header: str
    kind: CellKind = CellKind.TEXT


@dataclass(frozen=True)
class RosterFile:
    data: bytes
    rows: int


def build_roster(
    file_format: str,
    columns: Sequence[RosterColumn],
    rows: Iterable[Sequence[Any]],
    *,
    sheet_name: str = "Roster",
    frozen_columns: int = 0,
    on_rows: Callable[[int], None] | None = None,
) -> RosterFile:
    """The file's bytes ("xlsx" or "csv"). `on_rows(done)` is called every PROGRESS_EVERY rows
    and may raise to cancel: nothing has been written anywhere then."""
    if file_format == "csv":
        return _csv(columns, rows, on_rows)
    return _xlsx(columns, rows, sheet_name, frozen_columns, on_rows)


def _xlsx(
    columns: Sequence[RosterColumn],
    rows: Iterable[Sequence[Any]],
    sheet_name: str,
    frozen_columns: int,
    on_rows: Callable[[int], None] | None,
) -> RosterFile:
    rows = iter(rows)
    first = list(itertools.islice(rows, spreadsheet.WIDTH_SAMPLE_ROWS))
    workbook = spreadsheet.new_workbook()
    sheet = spreadsheet.add_sheet(workbook, sheet_name[:31] or "Roster")
    headers = [column.header for column in columns]
    spreadsheet.set_widths(sheet, spreadsheet.fitted_widths(headers, first))
    spreadsheet.freeze_header(sheet, frozen_columns)
    sheet.append(spreadsheet.header_cells(sheet, headers))
    kinds = [column.kind for column in columns]
    count = 0
    try:
        for row in itertools.chain(first, rows):
            cells = [_cell(sheet, value, kind) for value, kind in zip(row, kinds, strict=True)]
            sheet.append(cells)
            count += 1
            if on_rows is not None and count % PROGRESS_EVERY == 0:
                on_rows(count)
    except BaseException:
        spreadsheet.discard(workbook)
        raise
    spreadsheet.autofilter(sheet, len(columns), count)  # written with the sheet's tail
    return RosterFile(spreadsheet.workbook_bytes(workbook), count)


def _cell(sheet: Any, value: Any, kind: CellKind) -> Any:
    if value is None:
        return WriteOnlyCell(sheet)
    if kind is CellKind.DATE and not isinstance(value, str):
        cell = WriteOnlyCell(sheet, value=value)
        cell.number_format = DATE_FORMAT
        return cell
    if kind is CellKind.MONEY and isinstance(value, (int, float)):
        cell = WriteOnlyCell(sheet, value=value)
        cell.number_format = MONEY_FORMAT
        return cell
    return text_cell(sheet, value, number_format=TEXT_FORMAT)


def _csv(
    columns: Sequence[RosterColumn],
    rows: Iterable[Sequence[Any]],
    on_rows: Callable[[int], None] | None,
) -> RosterFile:
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\r\n")
    writer.writerow([csv_value(column.header) for column in columns])
    count = 0
    for row in rows:
        writer.writerow([csv_value(value) for value in row])
        count += 1
        if on_rows is not None and count % PROGRESS_EVERY == 0:
            on_rows(count)
    return RosterFile(buffer.getvalue().encode("utf-8-sig"), count)
