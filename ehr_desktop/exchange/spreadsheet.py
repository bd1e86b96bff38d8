"""Writing spreadsheets safely, for every export: xlsx cells that can never become formulas, CSV
values neutralised, styled tables, and workbooks saved without plaintext temporary files.

openpyxl streams each worksheet's XML into a temporary file in the system's temp folder (in
write-only mode while rows are appended, otherwise while saving): the whole roster in plaintext
outside the file the officer chose, left behind if the process dies. The sheets here spool
their XML compressed in memory instead and the workbook is saved into memory; the caller writes
the bytes atomically.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import io
import re
import unicodedata
import zlib
from collections.abc import Iterable, Iterator, Sequence
from decimal import Decimal
from typing import Any
from zipfile import ZIP_DEFLATED, ZipFile

from openpyxl import Workbook
from openpyxl.cell import WriteOnlyCell
from openpyxl.drawing.spreadsheet_drawing import SpreadsheetDrawing
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter
from openpyxl.worksheet._write_only import WriteOnlyWorksheet
from openpyxl.worksheet._writer import WorksheetWriter
from openpyxl.writer.excel import ExcelWriter

# Excel, WPS and LibreOffice take a cell starting with one of these as a formula (OWASP CSV
# injection); some input methods type the full-width forms, which Excel converts.
FORMULA_TRIGGERS = ("=", "+", "-", "@", "\t", "\r", "\n", "＝", "＋", "－", "＠")

TEXT_FORMAT = "@"  # Excel's "Text": 18-digit IDs and leading zeros stay exactly as they are
DATE_FORMAT = "yyyy-mm-dd"
MONEY_FORMAT = "#,##0.00"
PERCENT_FORMAT = "0.0%"
WIDTH_SAMPLE_ROWS = 1000  # column widths are fitted to the header and this many rows

HEADER_FONT = Font(bold=True)
HEADER_FILL = PatternFill("solid", start_color="DDEBF7", end_color="DDEBF7")
HEADER_BORDER = Border(bottom=Side(style="thin", color="8EA9DB"))
HEADER_ALIGNMENT = Alignment(horizontal="center", vertical="center", wrap_text=True)


def is_formula_like(text: str) -> bool:
    return text.startswith(FORMULA_TRIGGERS)


# What XML 1.0 cannot hold: openpyxl's list of control characters, plus the noncharacters
# U+FFFE/U+FFFF and lone surrogates, which would make the sheet's XML unreadable.
XML_ILLEGAL_RE = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")


def clean_text(value: Any) -> str:
    """Text as a cell can carry it: without the characters XML cannot hold."""
    return XML_ILLEGAL_RE.sub("", value if isinstance(value, str) else str(value))


def text_cell(sheet: Any, value: Any, *, number_format: str | None = TEXT_FORMAT) -> Any:
    """A cell that holds exactly this text and never runs it: the type is forced to a string
    (openpyxl would make "=…" a formula) and text that looks like a formula gets Excel's own
    quote prefix, so editing the cell later keeps it text too. Shown as typed, nothing added."""
    text = clean_text(value)
    cell = WriteOnlyCell(sheet)
    cell._value = text  # noqa: SLF001 - the setter would infer a formula from a leading "="
    cell.data_type = "s"
    if is_formula_like(text):
        cell.quotePrefix = True
    if number_format:
        cell.number_format = number_format
    return cell


def value_cell(sheet: Any, value: Any, *, number_format: str | None = None) -> Any:
    """A typed cell: dates as dates, numbers as numbers, everything else as safe text."""
    if value is None:
        return WriteOnlyCell(sheet)
    if isinstance(value, str):
        return text_cell(sheet, value, number_format=number_format or TEXT_FORMAT)
    if isinstance(value, bool):
        cell = WriteOnlyCell(sheet, value=value)
    elif isinstance(value, (dt.date, dt.datetime)):
        cell = WriteOnlyCell(sheet, value=value)
        cell.number_format = number_format or DATE_FORMAT
        return cell
    elif isinstance(value, Decimal):
        cell = WriteOnlyCell(sheet, value=float(value))
    elif isinstance(value, (int, float)):
        cell = WriteOnlyCell(sheet, value=value)
    else:
        return text_cell(sheet, str(value))
    if number_format:
        cell.number_format = number_format
    return cell


def style_header(cells: Iterable[Any]) -> None:
    for cell in cells:
        cell.font = HEADER_FONT
        cell.fill = HEADER_FILL
        cell.border = HEADER_BORDER
        cell.alignment = HEADER_ALIGNMENT


def display_width(value: Any) -> int:
    """Characters as a spreadsheet shows them: East Asian wide characters count twice."""
    text = value if isinstance(value, str) else "" if value is None else str(value)
    longest = max((line for line in text.splitlines()), key=len, default="")
    return sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in longest)


def header_cells(sheet: Any, labels: Sequence[str]) -> list[Any]:
    """The header row: bold on a light fill, a rule below, wrapped and centred."""
    cells = [text_cell(sheet, label, number_format=None) for label in labels]
    style_header(cells)
    return cells


def csv_value(value: Any) -> str:
    """A CSV field Excel shows as text and never runs: formula-like text gets a leading
    apostrophe (CSV has no cell types, so the mark stays visible), dates as yyyy-mm-dd."""
    if value is None:
        return ""
    if isinstance(value, (dt.date, dt.datetime)):
        return value.isoformat()[:10] if not isinstance(value, dt.datetime) else value.isoformat()
    if isinstance(value, Decimal):
        return format(value, "f")
    text = str(value)
    return "'" + text if is_formula_like(text) else text


def fitted_widths(
    headers: Sequence[str], rows: Iterable[Sequence[Any]], *, low: float = 6, high: float = 50
) -> list[float]:
    """Widths from the header and the values as shown (wide CJK characters count double)."""
    widths = [max(display_width(part) for part in h.split(" / ")) + 2.0 for h in headers]
    for row in rows:
        for n, value in enumerate(row[: len(widths)]):
            if isinstance(value, (dt.date, dt.datetime)):
                shown = 10
            elif isinstance(value, float):
                shown = len(f"{value:,.2f}")
            else:
                shown = display_width(value)
            if shown + 2 > widths[n]:
                widths[n] = shown + 2.0
    return [min(max(width, low), high) for width in widths]


def set_widths(sheet: Any, widths: Sequence[float]) -> None:
    for n, width in enumerate(widths, start=1):
        sheet.column_dimensions[get_column_letter(n)].width = width


def freeze_header(sheet: Any, frozen_columns: int = 0) -> None:
    """The header row (and the first columns when asked) stay in view. Before the first row."""
    sheet.freeze_panes = f"{get_column_letter(frozen_columns + 1)}2"


def autofilter(sheet: Any, columns: int, rows: int) -> None:
    """A filter over the header and `rows` data rows (may be set after the rows)."""
    sheet.auto_filter.ref = f"A1:{get_column_letter(max(columns, 1))}{max(rows, 0) + 1}"


# --- saving without temporary files ------------------------------------------------------------


class _CompressedSpool:
    """Where a worksheet's XML goes instead of a temp file: deflated in memory as it is written
    (a 100,000-row roster is ≈ 100 MB of XML but ≈ 10 MB deflated), inflated again in pieces
    when the workbook is saved."""

    def __init__(self) -> None:
        self._compressor = zlib.compressobj(1)
        self._chunks: list[bytes] = []
        self._finished = False

    def write(self, data: bytes | str) -> int:
        if isinstance(data, str):
            data = data.encode("utf-8")
        packed = self._compressor.compress(data)
        if packed:
            self._chunks.append(packed)
        return len(data)

    def flush(self) -> None:  # TextIOWrapper flushes; the data stays in the compressor
        pass

    def pieces(self, size: int = 1 << 20) -> Iterator[bytes]:
        if not self._finished:
            self._chunks.append(self._compressor.flush())
            self._finished = True
        inflater = zlib.decompressobj()
        for chunk in self._chunks:
            data = inflater.decompress(chunk, size)
            while data:
                yield data
                data = inflater.decompress(inflater.unconsumed_tail, size)
        tail = inflater.flush()
        if tail:
            yield tail


class SpooledSheet(WriteOnlyWorksheet):
    """A write-only worksheet whose XML is spooled in memory (see _CompressedSpool). Set
    widths, freeze panes and print settings before the first row: they are written first."""

    def _get_writer(self) -> None:
        if self._writer is None:
            self._writer = WorksheetWriter(self, out=_CompressedSpool())
            self._writer.write_top()


def discard(workbook: Workbook) -> None:
    """Closes the sheets of a workbook given up half-way (an export cancelled or failed), so
    their writers do not try to finish later, during garbage collection."""
    for sheet in workbook.worksheets:
        rows = getattr(sheet, "_rows", None)
        writer = getattr(sheet, "_writer", None)
        for part in (rows, writer):
            if part is not None:
                with contextlib.suppress(Exception):
                    part.close()
        if isinstance(sheet, SpooledSheet):
            sheet._rows = None
            sheet._writer = None


def new_workbook() -> Workbook:
    """A write-only workbook for add_sheet and workbook_bytes."""
    return Workbook(write_only=True)


def add_sheet(workbook: Workbook, title: str) -> SpooledSheet:
    sheet = SpooledSheet(parent=workbook, title=title)
    workbook._add_sheet(sheet)  # noqa: SLF001 - create_sheet would make a temp-file sheet
    return sheet


class _InMemoryExcelWriter(ExcelWriter):
    """openpyxl's writer, but every worksheet's XML goes through memory, never a temp file."""

    def write_worksheet(self, ws: Any) -> None:
        ws._drawing = SpreadsheetDrawing()
        ws._drawing.charts = ws._charts
        ws._drawing.images = ws._images
        if self.workbook.write_only:
            if not isinstance(ws, SpooledSheet):
                raise TypeError("write-only sheets must come from spreadsheet.add_sheet")
            if not ws.closed:
                ws.close()
            writer = ws._writer
        else:
            writer = WorksheetWriter(ws, out=_CompressedSpool())
            writer.write()
        ws._rels = writer._rels
        with self._archive.open(ws.path[1:], "w", force_zip64=True) as member:
            for piece in writer.out.pieces():
                member.write(piece)
        self.manifest.append(ws)


def workbook_bytes(workbook: Workbook) -> bytes:
    """The whole .xlsx file, built in memory (write it with atomic.write_bytes)."""
    if workbook.write_only and not workbook.worksheets:
        add_sheet(workbook, "Sheet")
    workbook.properties.modified = dt.datetime.now(tz=dt.UTC).replace(tzinfo=None)
    buffer = io.BytesIO()
    archive = ZipFile(buffer, "w", ZIP_DEFLATED, allowZip64=True)
    _InMemoryExcelWriter(workbook, archive).save()
    return buffer.getvalue()
