"""Cell values and looks shared by the KPI workbooks: text that can never become a formula,
Decimals written as exact numbers, a styled header row, column widths."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from decimal import Decimal
from typing import Any

from openpyxl.styles import Alignment
from openpyxl.utils import get_column_letter

# The header's look and the width rule are shared with every export.
from ehr_desktop.exchange.spreadsheet import (  # noqa: F401 - re-exported
    HEADER_ALIGNMENT,
    HEADER_BORDER,
    HEADER_FILL,
    HEADER_FONT,
    XML_ILLEGAL_RE,
    display_width,
    style_header,
)

# Excel, WPS and LibreOffice take a cell starting with =, +, -, @ (or a tab, CR, LF) as a
# formula (OWASP CSV injection); the full-width forms are converted by some input methods.
# A leading apostrophe is escaped as well, so that reading back can undo the escape exactly:
# "'=x" in a cell always means the text "=x", and "''x" the text "'x".
_TRIGGERS = ("=", "+", "-", "@", "\t", "\r", "\n", "＝", "＋", "－", "＠")
_ESCAPE = "'"

TEXT_FORMAT = "@"
SCORE_FORMAT = "0.00"
SHARE_FORMAT = "0.0%"
WRAP = Alignment(vertical="top", wrap_text=True)
TOP = Alignment(vertical="top")


def safe_text(value: str) -> str:
    """Text as written into a cell: never a formula (see _TRIGGERS), without the control
    characters XML cannot carry (openpyxl would refuse the whole workbook)."""
    value = XML_ILLEGAL_RE.sub("", value)
    if value.startswith((*_TRIGGERS, _ESCAPE)):
        return _ESCAPE + value
    return value


def unescape_text(value: str) -> str:
    """The text `safe_text` was given (and hand-typed text unchanged)."""
    if value.startswith(_ESCAPE) and value[1:].startswith((*_TRIGGERS, _ESCAPE)):
        return value[1:]
    return value


def number(value: Decimal) -> int | float | str:
    """A Decimal as the cell value that keeps it exactly: an int, a float whose shortest form
    is the same number, or else (more than 15 significant digits) the digits as text."""
    if value == value.to_integral_value() and abs(value) < 10**15:
        return int(value)
    as_float = float(value)
    if Decimal(repr(as_float)) == value:
        return as_float
    return format(value, "f")


def fitted_widths(
    headers: Sequence[str], rows: Iterable[Sequence[Any]], *, low: float = 6, high: float = 40
) -> list[float]:
    """Column widths from the headers' and values' longest lines, within [low, high]."""
    widths = [float(display_width(h)) / 2 + 2 for h in headers]  # headers wrap onto two lines
    for row in rows:
        for n, value in enumerate(row[: len(widths)]):
            widths[n] = max(widths[n], display_width(value) + 2)
    return [min(max(width, low), high) for width in widths]


def set_widths(sheet: Any, widths: Sequence[float]) -> None:
    for n, width in enumerate(widths, start=1):
        sheet.column_dimensions[get_column_letter(n)].width = width
