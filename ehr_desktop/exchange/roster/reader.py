"""Opening an untrusted roster file: format sniffing, container limits, and its rows sheet by sheet.

Spreadsheet files come from outside and are checked before any reader expands them: the zip
directory (sizes, compression ratio, member count), XML without DOCTYPE or entities, the
extent of every sheet (a single cell in XFD1048576 makes a reader allocate the whole
rectangle), password-protected workbooks (an OLE container, not a zip). Cell values come from
python-calamine (cached formula values, real dates); what it does not expose — hidden rows,
merged ranges in .ods — is read from the file's own structures with bounded, streaming parsers.
"""

from __future__ import annotations

import bisect
import codecs
import contextlib
import csv
import functools
import posixpath
import re
import struct
import threading
import zipfile
import zlib
from array import array
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any, NoReturn
from xml.parsers import expat

import python_calamine

from ehr_desktop.domain.errors import EhrError
from ehr_desktop.exchange.roster.layout import Merge

CSV_SUFFIXES = frozenset({".csv", ".txt", ".tsv"})
_ZIP_MAGIC = (b"PK\x03\x04", b"PK\x05\x06", b"PK\x07\x08")
_OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
_ODS_MIME = b"application/vnd.oasis.opendocument.spreadsheet"
_CHUNK = 1 << 20
_SUFFIXES = {
    "xlsx": (".xlsx", ".xlsm", ".xltx", ".xltm"),
    "xls": (".xls", ".xlt"),
    "ods": (".ods",),
}


@dataclass(frozen=True)
class Limits:
    """What a roster file may cost before it is refused (RosterUnreadable)."""

    max_file_bytes: int = 200 * 2**20
    max_uncompressed_bytes: int = 2**30  # sum of a zip's members as declared
    max_compression_ratio: float = 200.0  # per member, for members of ratio_floor_bytes or more
    ratio_floor_bytes: int = 2**20
    max_zip_members: int = 10_000
    max_rows: int = 500_000  # per sheet
    max_columns: int = 1_000
    time_budget: float = 600.0  # seconds for the whole file


class RosterUnreadable(EhrError):
    """The file cannot be read as a roster. Facts: reason = not_a_spreadsheet | encrypted |
    too_large | too_many_rows | too_many_columns | zip_bomb | xml_entities | no_header | empty,
    plus details such as sheet=, rows=, limit=."""

    code = "roster.unreadable"


def refuse(reason: str, **facts: Any) -> NoReturn:
    raise RosterUnreadable(reason=reason, **facts)


class RowSet:
    """Row numbers as sorted, disjoint half-open ranges: a hidden block of a million .ods rows
    costs one entry."""

    def __init__(self, ranges: Iterable[tuple[int, int]] = ()) -> None:
        merged: list[tuple[int, int]] = []
        for start, stop in sorted(ranges):
            if merged and start <= merged[-1][1]:
                merged[-1] = (merged[-1][0], max(stop, merged[-1][1]))
            elif stop > start:
                merged.append((start, stop))
        self._starts = [start for start, _ in merged]
        self._stops = [stop for _, stop in merged]

    def __contains__(self, row: object) -> bool:
        if not isinstance(row, int):
            return False
        at = bisect.bisect_right(self._starts, row) - 1
        return at >= 0 and row < self._stops[at]

    def __bool__(self) -> bool:
        return bool(self._starts)


# (number as shown: Excel row / CSV record, CSV physical start line or None, cells)
RawRow = tuple[int, int | None, list[Any]]


@dataclass
class SheetSource:
    """One sheet, loaded: its merged ranges (0-based), hidden rows (as shown) and rows."""

    name: str
    hidden: bool
    merges: tuple[Merge, ...]
    hidden_rows: RowSet
    rows: Iterator[RawRow]
    row_estimate: int


@dataclass
class Book:
    format: str  # xlsx | xls | ods | csv
    encoding: str | None
    sheet_names: tuple[str, ...]
    row_estimate: int
    _open_sheets: Callable[[tuple[str, ...]], Iterator[SheetSource]]
    _close: Callable[[], None] = lambda: None

    def sheets(self, names: Iterable[str] | None = None) -> Iterator[SheetSource]:
        """The chosen sheets (all when None) in workbook order, one loaded at a time."""
        wanted = self.sheet_names if names is None else tuple(names)
        return self._open_sheets(tuple(n for n in self.sheet_names if n in wanted))

    def close(self) -> None:
        self._close()


Tick = Callable[[], None]


@contextlib.contextmanager
def open_book(
    path: Path, limits: Limits, tick: Tick, selected: Iterable[str] | None = None
) -> Iterator[Book]:
    """Checks the file and yields its Book; `tick` is called now and then during long scans
    (it raises to stop: cancel, time budget)."""
    try:
        size = path.stat().st_size
    except OSError:
        refuse("not_a_spreadsheet")
    if size == 0:
        refuse("empty")
    if size > limits.max_file_bytes:
        refuse("too_large", bytes=size, limit=limits.max_file_bytes)
    with path.open("rb") as handle:
        magic = handle.read(8)
    chosen = None if selected is None else frozenset(selected)
    if magic.startswith(_ZIP_MAGIC):
        book = _open_zip(path, limits, tick, chosen)
    elif magic == _OLE_MAGIC:
        book = _open_ole(path, limits, tick, chosen)
    elif path.suffix.casefold() in CSV_SUFFIXES or _looks_like_delimited_text(path):
        # Old HR systems also write tab- or comma-separated text under an .xls name.
        book = _open_csv(path, limits, tick)
    else:
        refuse("not_a_spreadsheet")
    try:
        yield book
    finally:
        book.close()


# --- XML, safely --------------------------------------------------------------------------


class _Entities(Exception):
    pass


def _refuse_dtd(*_: Any) -> None:
    raise _Entities()


def _parser(start: Callable[[str, dict[str, str]], None] | None = None) -> Any:
    """An expat parser that refuses any DOCTYPE, entity declaration or external entity."""
    parser = expat.ParserCreate()
    parser.SetParamEntityParsing(expat.XML_PARAM_ENTITY_PARSING_NEVER)
    parser.StartDoctypeDeclHandler = _refuse_dtd
    parser.EntityDeclHandler = _refuse_dtd
    parser.UnparsedEntityDeclHandler = _refuse_dtd
    parser.ExternalEntityRefHandler = _refuse_dtd
    if start is not None:
        parser.StartElementHandler = start
    return parser


# What reading a member raises when its data is broken: a bad CRC, a truncated stream, an
# invalid deflate stream (zlib.error, which zipfile lets through), …
_DAMAGED_MEMBER = (
    zipfile.BadZipFile,
    zlib.error,
    EOFError,
    OSError,
    NotImplementedError,
    RuntimeError,
)


def _parse_member(
    archive: zipfile.ZipFile,
    info: zipfile.ZipInfo,
    tick: Tick,
    start: Callable[[str, dict[str, str]], None] | None = None,
) -> None:
    """Streams one zip member through a hardened parser, never holding more than a chunk."""
    parser = _parser(start)
    try:
        with archive.open(info) as member:
            while chunk := member.read(_CHUNK):
                parser.Parse(chunk, False)
                tick()
        parser.Parse(b"", True)
    except _Entities:
        refuse("xml_entities", member=info.filename)
    except expat.ExpatError:
        refuse("not_a_spreadsheet", member=info.filename)
    except _DAMAGED_MEMBER:
        _refuse_damaged_member(archive, info)


def _refuse_damaged_member(archive: zipfile.ZipFile, info: zipfile.ZipInfo) -> NoReturn:
    if _inflates_past_its_size(archive, info):
        refuse("zip_bomb", member=info.filename, declared=info.file_size)
    refuse("not_a_spreadsheet", member=info.filename)


def _inflates_past_its_size(archive: zipfile.ZipFile, info: zipfile.ZipInfo) -> bool:
    """Whether a member that failed its CRC holds more data than its header declares: a zip
    bomb that lies about its sizes (readers trusting the header would expand it all)."""
    if info.compress_type != zipfile.ZIP_DEFLATED or archive.fp is None:
        return False
    try:
        archive.fp.seek(info.header_offset)
        local = archive.fp.read(30)
        if len(local) < 30 or local[:4] != b"PK\x03\x04":
            return False
        name_length, extra_length = struct.unpack_from("<HH", local, 26)
        archive.fp.seek(info.header_offset + 30 + name_length + extra_length)
        inflater = zlib.decompressobj(-15)
        produced, left = 0, info.compress_size
        while left > 0 and produced <= info.file_size:
            chunk = archive.fp.read(min(_CHUNK, left))
            if not chunk:
                break
            left -= len(chunk)
            produced += len(inflater.decompress(chunk, info.file_size + 1 - produced))
            while inflater.unconsumed_tail and produced <= info.file_size:
                produced += len(
                    inflater.decompress(inflater.unconsumed_tail, info.file_size + 1 - produced)
                )
        return produced > info.file_size
    except (OSError, zlib.error, struct.error):
        return False


_LOCAL_NAMES: dict[str, str] = {}


def _local(name: str) -> str:
    """x:row -> row (a namespace prefix is the writer's choice)."""
    local = _LOCAL_NAMES.get(name)
    if local is None:
        local = name.rpartition(":")[2]
        if len(_LOCAL_NAMES) < 10_000:
            _LOCAL_NAMES[name] = local
    return local


# --- zip containers: xlsx and ods ---------------------------------------------------------


def _check_zip(archive: zipfile.ZipFile, limits: Limits) -> dict[str, zipfile.ZipInfo]:
    members = archive.infolist()
    if len(members) > limits.max_zip_members:
        refuse("zip_bomb", members=len(members))
    total = 0
    for info in members:
        if info.flag_bits & 0x1:
            refuse("encrypted")
        if info.compress_type not in (zipfile.ZIP_STORED, zipfile.ZIP_DEFLATED):
            refuse("not_a_spreadsheet", member=info.filename)
        total += info.file_size
        ratio = info.file_size / max(info.compress_size, 1)
        if info.file_size >= limits.ratio_floor_bytes and ratio > limits.max_compression_ratio:
            refuse("zip_bomb", member=info.filename, ratio=round(ratio))
    if total > limits.max_uncompressed_bytes:
        refuse("zip_bomb", uncompressed=total, limit=limits.max_uncompressed_bytes)
    return {info.filename: info for info in members}


def _open_zip(path: Path, limits: Limits, tick: Tick, chosen: frozenset[str] | None) -> Book:
    try:
        archive = zipfile.ZipFile(path)
    except (zipfile.BadZipFile, OSError, ValueError):
        refuse("not_a_spreadsheet")
    with archive:
        members = _check_zip(archive, limits)
        if "xl/workbook.xml" in members:
            return _open_xlsx(path, archive, members, limits, tick, chosen)
        if "xl/workbook.bin" in members:
            refuse("not_a_spreadsheet", format="xlsb")
        if "content.xml" in members and _mimetype(archive, members) in (None, _ODS_MIME):
            return _open_ods(path, archive, members, limits, tick, chosen)
    refuse("not_a_spreadsheet")


def _mimetype(archive: zipfile.ZipFile, members: dict[str, zipfile.ZipInfo]) -> bytes | None:
    info = members.get("mimetype")
    if info is None:
        return None
    try:
        with archive.open(info) as member:
            return member.read(100).strip()
    except _DAMAGED_MEMBER:
        refuse("not_a_spreadsheet", member="mimetype")


class _WorkbookScan:
    """Sheet names, states and relationship ids from workbook.xml."""

    def __init__(self) -> None:
        self.sheets: list[tuple[str, str, str]] = []  # name, r:id, state

    def start(self, name: str, attrs: dict[str, str]) -> None:
        if _local(name) == "sheet":
            rid = next((v for k, v in attrs.items() if _local(k) == "id"), "")
            self.sheets.append((attrs.get("name", ""), rid, attrs.get("state", "visible")))


class _RelsScan:
    def __init__(self) -> None:
        self.targets: dict[str, str] = {}

    def start(self, name: str, attrs: dict[str, str]) -> None:
        if _local(name) == "Relationship":
            self.targets[attrs.get("Id", "")] = attrs.get("Target", "")


_LETTERS: dict[str, int] = {}


def _column_number(reference: str) -> int:
    """1-based column of a cell reference such as AB12 (0 when it has no letters)."""
    letters = reference.rstrip("0123456789$").lstrip("$")
    number = _LETTERS.get(letters)
    if number is None:
        number = 0
        for char in letters.upper():
            number = number * 26 + (ord(char) - 64)
        if len(_LETTERS) < 20_000:
            _LETTERS[letters] = number
    return number


_CELL, _VALUE, _ROW, _OTHER = 1, 2, 3, 0
_SCAN_KINDS: dict[str, int] = {}


def _scan_kind(tag: str) -> int:
    kind = _SCAN_KINDS.get(tag)
    if kind is None:
        kind = {"c": _CELL, "v": _VALUE, "is": _VALUE, "row": _ROW}.get(_local(tag), _OTHER)
        if len(_SCAN_KINDS) < 10_000:
            _SCAN_KINDS[tag] = kind
    return kind


class _SheetScan:
    """One pass over a worksheet's XML: hidden rows and the extent of the cells with values,
    refused as soon as they pass the limits (before any reader allocates the rectangle).

    A cell's place is its own reference (A1) when it has one — that is where a reader puts it,
    whatever row element holds it — else the next column of the current row. Called for every
    element of the sheet (millions in a big roster), hence the cached tag kinds."""

    def __init__(self, name: str, limits: Limits) -> None:
        self.name = name
        self.limits = limits
        self.hidden: list[tuple[int, int]] = []
        self.row = 0  # the current row element's number
        self.cell_row = 0  # the current cell's row (its reference's digits, else self.row)
        self.col = 0
        self.max_row = 0
        self.max_col = 0
        self.in_cell = False

    def start(self, tag: str, attrs: dict[str, str]) -> None:
        kind = _SCAN_KINDS.get(tag)
        if kind is None:
            kind = _scan_kind(tag)
        if kind == _CELL:
            reference = attrs.get("r")
            if reference:
                letters = reference.rstrip("0123456789$")
                digits = reference[len(letters) :].lstrip("$")
                self.col = _column_number(letters)
                self.cell_row = int(digits) if digits.isdigit() else self.row
            else:
                self.col += 1
                self.cell_row = self.row
            self.in_cell = True
        elif kind == _VALUE and self.in_cell:
            self.in_cell = False
            if self.cell_row > self.max_row:
                self.max_row = self.cell_row
                if self.cell_row > self.limits.max_rows:
                    refuse("too_many_rows", sheet=self.name, limit=self.limits.max_rows)
            if self.col > self.max_col:
                self.max_col = self.col
                if self.col > self.limits.max_columns:
                    refuse("too_many_columns", sheet=self.name, limit=self.limits.max_columns)
        elif kind == _ROW:
            number = attrs.get("r")
            self.row = int(number) if number and number.isdigit() else self.row + 1
            self.col = 0
            if attrs.get("hidden") in ("1", "true"):
                self.hidden.append((self.row, self.row + 1))


# --- worksheets (and shared strings) screened at the speed of bytes ------------------------
#
# _SheetScan calls Python for every element: seconds for a 100,000-row roster. A sheet as
# spreadsheet programs write it is screened instead with C-level searches over each chunk of its
# bytes (no Python per element); anything the screening does not vouch for sends the part to the
# exact scan, which then decides (refusals included). The screening does not prove the part
# well-formed: calamine, which reads the cells afterwards, refuses a broken one (XmlError).
# Shared strings, as big as a sheet in files Excel writes, are screened for declarations only.


class _Unusual(Exception):
    """The part has something the screening does not vouch for."""


@functools.lru_cache(maxsize=8)
def _unusual_cell(max_rows: int, max_columns: int) -> re.Pattern[bytes] | None:
    """A `c` element not written `<c r="A1"` with a reference surely within the limits (valued
    or not: the screening never refuses, the exact scan does). None: no reference is sure."""
    letters, numbers = _letters_up_to(max_columns), _numbers_up_to(max_rows)
    if letters is None or numbers is None:
        return None
    # Ordered so that an ordinary cell costs one successful lookahead and nothing more.
    return re.compile(rb'<c(?! r="%s(?:%s)")(?=[\s/>])' % (letters, numbers))


def _letters_up_to(limit: int) -> bytes | None:
    """A regex of column letters (one or two) whose columns are all at most `limit`."""
    if limit >= 26 * 26 + 26:  # ZZ
        return b"[A-Z]{1,2}+"
    if limit >= 2 * 26:  # AZ; two letters starting with the f-th reach up to f * 26 + 26
        return b"[A-%c]?[A-Z]" % (64 + limit // 26 - 1)
    if limit >= 1:
        return b"[A-%c]" % (64 + min(limit, 26))
    return None


def _numbers_up_to(limit: int) -> bytes | None:
    """A regex of row numbers (no leading zero) all at most `limit`: fewer digits than it, or as
    many with a smaller first digit (500000 -> [1-9][0-9]{0,4}|[1-4][0-9]{5})."""
    digits = str(limit)
    if limit < 2:
        return None
    forms = []
    if len(digits) > 1:
        forms.append(b"[1-9][0-9]{0,%d}" % (len(digits) - 2))
    if digits[0] != "1":
        forms.append(b"[1-%c][0-9]{%d}" % (ord(digits[0]) - 1, len(digits) - 1))
    return b"|".join(forms) or None


# A UTF-8 part (expat reads bytes the same way), maybe declared, then straight to the root.
_PROLOG = re.compile(rb"(?:\xef\xbb\xbf)?(?:<\?xml([^<>?]*)\?>)?[ \t\r\n]*(?=<[A-Za-z_])")
_ENCODING = re.compile(rb"""[ \t\r\n]encoding[ \t\r\n]*=[ \t\r\n]*["']([^"']*)["']""")
_PREFIXED_CELL_OR_ROW = re.compile(rb":(?:c|row)[\s/>]")  # x:c is a cell to the exact scan
_CELL_ROW = re.compile(rb'<c r="[A-Z]+([0-9]+)"')
_ROW_START = re.compile(rb"<row[\s/>]")
_ROW_TAG = re.compile(rb'<row r="([0-9]+)"((?: [A-Za-z_][\w.:-]*="[^"<&]*")*) ?/?>')
_ATTRIBUTE = re.compile(rb' ([A-Za-z_][\w.:-]*)="([^"]*)"')


class _MarkupScreen:
    """Raises _Unusual for anything else than elements and text: <!DOCTYPE, <!ENTITY, but also
    comments, CDATA and processing instructions (whose contents are not markup)."""

    def screen(self, data: bytes, end: int) -> None:
        """Screens data[:end], which holds whole tags (attribute values never contain `<`)."""
        for mark, markup in ((b"!", b"<!"), (b"?", b"<?")):
            at = data.find(mark, 0, end)  # a memchr: these bytes are rare in a sheet
            if at != -1 and data.find(markup, max(at - 1, 0), end) != -1:
                raise _Unusual


class _SheetScreen(_MarkupScreen):
    """Hidden rows and the row extent of a worksheet part, as _SheetScan finds them, from
    searches over its bytes. Raises _Unusual for anything else than elements, prefixed cell or
    row elements, a cell not written <c r="A1" with a reference surely within the limits, cells
    out of row order, or a row tag holding `hidden` in another form than
    <row r="2" a="…" hidden="1">."""

    def __init__(self, unusual_cell: re.Pattern[bytes]) -> None:
        self.unusual_cell = unusual_cell
        self.hidden: list[tuple[int, int]] = []
        self.max_row = 0

    def screen(self, data: bytes, end: int) -> None:
        super().screen(data, end)
        if self.unusual_cell.search(data, 0, end):
            raise _Unusual
        colon = data.find(b":", 0, end)
        if colon != -1 and _PREFIXED_CELL_OR_ROW.search(data, colon, end):
            raise _Unusual
        first = data.find(b'<c r="', 0, end)
        if first != -1:
            # Every cell here has a sure reference. In row order (checked at the ends of each
            # chunk) the last cell is the extent: valued or not, as it only feeds the progress
            # estimate (calamine's own extent is checked when the sheet is loaded).
            first_row = self._row_of(data, first)
            last_row = self._row_of(data, data.rfind(b'<c r="', 0, end))
            if first_row < self.max_row or last_row < first_row:
                raise _Unusual
            self.max_row = last_row
        at = data.find(b"hidden", 0, end)
        while at != -1:
            tag = data.rfind(b"<", 0, at)
            if tag != -1 and _ROW_START.match(data, tag):
                row = _ROW_TAG.match(data, tag, end)
                if row is None:
                    raise _Unusual
                if at < row.end():  # in the tag, not in text after it
                    self._read_hidden(row)
            # Any later `hidden` before the next tag is in this one or in the text after it.
            following = data.find(b"<", at, end)
            at = -1 if following == -1 else data.find(b"hidden", following, end)

    @staticmethod
    def _row_of(data: bytes, cell: int) -> int:
        return int(_CELL_ROW.match(data, cell).group(1))  # type: ignore[union-attr]

    def _read_hidden(self, row: re.Match[bytes]) -> None:
        attributes = _ATTRIBUTE.findall(row.group(2))
        names = [name for name, _ in attributes]
        if b"r" in names or len(set(names)) != len(names):
            raise _Unusual  # a repeated attribute: expat refuses the part
        if dict(attributes).get(b"hidden") in (b"1", b"true"):
            number = int(row.group(1))
            self.hidden.append((number, number + 1))


def _screened(
    archive: zipfile.ZipFile, info: zipfile.ZipInfo, tick: Tick, screen: _MarkupScreen
) -> bool:
    """Whether `screen` vouches for the whole part. Reads the member as _parse_member does
    (chunks, tick, refusals of damaged members); each chunk's bytes from its last `<` on wait
    for the next chunk, so no tag is ever cut."""
    try:
        with archive.open(info) as member:
            chunk = member.read(_CHUNK)
            prolog = _PROLOG.match(chunk)
            if prolog is None or not _declares_utf8(prolog.group(1)):
                return False
            pending, chunk = b"", chunk[prolog.end() :]
            while chunk:
                tick()
                pending += chunk
                cut = pending.rfind(b"<")
                if cut > 0:
                    screen.screen(pending, cut)
                    pending = pending[cut:]
                elif len(pending) > _CHUNK:
                    return False  # a tag or a text longer than a chunk: no roster has one
                chunk = member.read(_CHUNK)
            screen.screen(pending, len(pending))
    except _Unusual:
        return False
    except _DAMAGED_MEMBER:
        _refuse_damaged_member(archive, info)
    return True


def _screen_sheet(
    archive: zipfile.ZipFile, info: zipfile.ZipInfo, tick: Tick, limits: Limits
) -> tuple[list[tuple[int, int]], int] | None:
    """Hidden rows and row extent of a worksheet part, or None when it has anything unusual."""
    unusual_cell = _unusual_cell(limits.max_rows, limits.max_columns)
    if unusual_cell is None:
        return None
    screen = _SheetScreen(unusual_cell)
    if not _screened(archive, info, tick, screen):
        return None
    return screen.hidden, screen.max_row


def _declares_utf8(declaration: bytes | None) -> bool:
    encoding = _ENCODING.search(declaration) if declaration else None
    return encoding is None or encoding.group(1).lower() == b"utf-8"


def _scan_sheet(
    archive: zipfile.ZipFile, info: zipfile.ZipInfo, tick: Tick, name: str, limits: Limits
) -> tuple[list[tuple[int, int]], int, bool]:
    """A worksheet part's hidden rows, extent and whether it was only screened: screened, or
    when that cannot vouch for the part, by the exact scan (which also refuses what passes the
    limits)."""
    screened = _screen_sheet(archive, info, tick, limits)
    if screened is not None:
        return *screened, True
    scan = _SheetScan(name, limits)
    _parse_member(archive, info, tick, scan.start)
    return scan.hidden, scan.max_row, False


_SHARED_STRINGS = "xl/sharedStrings.xml"  # where calamine reads them, whatever the rels say


def _resolve_target(target: str) -> str:
    if target.startswith("/"):
        return target.lstrip("/")
    return posixpath.normpath(posixpath.join("xl", target))


def _open_xlsx(
    path: Path,
    archive: zipfile.ZipFile,
    members: dict[str, zipfile.ZipInfo],
    limits: Limits,
    tick: Tick,
    chosen: frozenset[str] | None,
) -> Book:
    workbook, rels = _WorkbookScan(), _RelsScan()
    _parse_member(archive, members["xl/workbook.xml"], tick, workbook.start)
    if "xl/_rels/workbook.xml.rels" in members:
        _parse_member(archive, members["xl/_rels/workbook.xml.rels"], tick, rels.start)
    sheet_parts = {
        name: _resolve_target(rels.targets.get(rid, "")) for name, rid, _ in workbook.sheets
    }
    states = {name: state for name, _, state in workbook.sheets}
    wanted_parts = {part for name, part in sheet_parts.items() if chosen is None or name in chosen}
    all_parts = set(sheet_parts.values())
    # Every XML part a reader may touch is read once here: no DOCTYPE, well-formed (worksheets
    # and shared strings screened: no DOCTYPE), and (the zip module checks it) its declared size
    # and CRC hold.
    sheet_of_part = {part: name for name, part in sheet_parts.items()}
    scans: dict[str, tuple[list[tuple[int, int]], int]] = {}
    only_screened: list[zipfile.ZipInfo] = []  # well-formedness still to prove
    for part, info in members.items():
        if not part.endswith((".xml", ".rels")) or (part in all_parts - wanted_parts):
            continue
        if part in wanted_parts:
            hidden, max_row, screened = _scan_sheet(
                archive, info, tick, sheet_of_part[part], limits
            )
            scans[part] = hidden, max_row
        else:
            screened = part == _SHARED_STRINGS and _screened(archive, info, tick, _MarkupScreen())
            if not screened:
                _parse_member(archive, info, tick)
        if screened:
            only_screened.append(info)
    facts: dict[str, tuple[RowSet, int, bool]] = {}
    for name, part in sheet_parts.items():
        if (scan := scans.get(part)) is not None:
            hidden, max_row = scan
            facts[name] = (RowSet(hidden), max_row, states[name] != "visible")
    proof = _WellFormedness(path, only_screened) if only_screened else None
    return _calamine_book(path, "xlsx", limits, facts, proof=proof)


class _WellFormedness:
    """Proves the parts the screen vouched for well-formed, with the same hardened parser as
    the exact scan, in a thread while calamine parses the sheets. The screen proves no more
    than that nothing unusual is there; calamine reads past some broken markup (a mismatched
    end tag, an undefined entity) that expat refuses. Calamine releases the GIL while it
    parses, so on a second core the proof costs almost no time (≈ 0.7 s of CPU at 100,000
    rows, that a check before reading would add)."""

    def __init__(self, path: Path, parts: list[zipfile.ZipInfo]) -> None:
        self.path = path
        self.parts = parts
        self.stopped = False
        self.refusal: BaseException | None = None
        self.thread = threading.Thread(target=self._prove, name="roster-xml-proof", daemon=True)

    def start(self) -> None:
        self.thread.start()

    def _tick(self) -> None:
        if self.stopped:
            raise _Stopped()

    def _prove(self) -> None:
        try:
            with zipfile.ZipFile(self.path) as archive:
                for info in self.parts:
                    _parse_member(archive, archive.getinfo(info.filename), self._tick)
        except _Stopped:
            pass
        except RosterUnreadable as refusal:
            self.refusal = refusal
        except (zipfile.BadZipFile, KeyError, OSError, ValueError):  # changed since it was read
            self.refusal = RosterUnreadable(reason="not_a_spreadsheet")

    def verdict(self) -> None:
        """Waits for the proof; raises its refusal."""
        self.thread.join()
        if self.refusal is not None:
            raise self.refusal

    def stop(self) -> None:
        self.stopped = True
        self.thread.join()


class _Stopped(Exception):
    pass


class _OdsScan:
    """content.xml: per table its hidden rows, merged ranges and the extent of valued cells
    (calamine gives .ods values but no merges and no row visibility)."""

    def __init__(self, limits: Limits) -> None:
        self.limits = limits
        self.tables: dict[str, tuple[list[tuple[int, int]], list[Merge], int]] = {}
        self.table: str | None = None
        self.depth = 0  # tables inside cells are not sheets
        self.row = 0  # 0-based index of the current row
        self.repeat = 1
        self.col = 0

    def start(self, tag: str, attrs: dict[str, str]) -> None:
        local = _local(tag)
        if local == "table":
            self.depth += 1
            if self.depth == 1:
                self.table = attrs.get("table:name", f"Sheet{len(self.tables) + 1}")
                self.tables[self.table] = ([], [], 0)
                self.row, self.repeat = 0, 0  # the first row starts at 0
            return
        if self.depth != 1 or self.table is None:
            return
        hidden, merges, extent = self.tables[self.table]
        if local == "table-row":
            self.row += self.repeat  # the previous row's repetitions
            self.repeat = _count(attrs.get("table:number-rows-repeated"))
            self.col = 0
            if attrs.get("table:visibility") in ("collapse", "collapsed", "filter"):
                hidden.append((self.row + 1, self.row + 1 + self.repeat))
        elif local in ("table-cell", "covered-table-cell"):
            repeat = _count(attrs.get("table:number-columns-repeated"))
            if "office:value-type" in attrs:
                last_row, last_col = self.row + self.repeat, self.col + repeat
                if last_row > self.limits.max_rows:
                    refuse("too_many_rows", sheet=self.table, limit=self.limits.max_rows)
                if last_col > self.limits.max_columns:
                    refuse("too_many_columns", sheet=self.table, limit=self.limits.max_columns)
                extent = max(extent, last_row)
            rows_spanned = _count(attrs.get("table:number-rows-spanned"))
            cols_spanned = _count(attrs.get("table:number-columns-spanned"))
            if local == "table-cell" and (rows_spanned > 1 or cols_spanned > 1):
                merges.append(
                    (self.row, self.col, self.row + rows_spanned - 1, self.col + cols_spanned - 1)
                )
            self.col += repeat
            self.tables[self.table] = (hidden, merges, extent)

    def end(self, tag: str) -> None:
        if _local(tag) == "table":
            self.depth -= 1


def _count(value: str | None) -> int:
    return int(value) if value and value.isdigit() and int(value) > 0 else 1


def _open_ods(
    path: Path,
    archive: zipfile.ZipFile,
    members: dict[str, zipfile.ZipInfo],
    limits: Limits,
    tick: Tick,
    chosen: frozenset[str] | None,
) -> Book:
    scan = _OdsScan(limits)
    for name, info in members.items():
        if name == "content.xml":
            _parse_ods_content(archive, info, tick, scan.start, scan.end)
        elif name.endswith((".xml", ".rdf")):
            _parse_member(archive, info, tick)
    tables = {n: t for n, t in scan.tables.items() if chosen is None or n in chosen}
    facts = {name: (RowSet(hidden), extent, False) for name, (hidden, _, extent) in tables.items()}
    merges = {name: tuple(found) for name, (_, found, _) in tables.items()}
    return _calamine_book(path, "ods", limits, facts, ods_merges=merges)


def _parse_ods_content(
    archive: zipfile.ZipFile,
    info: zipfile.ZipInfo,
    tick: Tick,
    start: Callable[[str, dict[str, str]], None],
    end: Callable[[str], None],
) -> None:
    parser = _parser(start)
    parser.EndElementHandler = end
    try:
        with archive.open(info) as member:
            while chunk := member.read(_CHUNK):
                parser.Parse(chunk, False)
                tick()
        parser.Parse(b"", True)
    except _Entities:
        refuse("xml_entities", member=info.filename)
    except (expat.ExpatError, *_DAMAGED_MEMBER):
        refuse("not_a_spreadsheet", member=info.filename)


# --- OLE compound files: .xls and password-protected Office files ---------------------------

_FREE_SECTORS = frozenset({0xFFFFFFFF, 0xFFFFFFFE, 0xFFFFFFFD, 0xFFFFFFFC})


class _Compound:
    """A minimal, bounded reader of the OLE compound file format (MS-CFB): directory names and
    stream contents. Every chain is checked against the file's size and for loops."""

    def __init__(self, data: bytes) -> None:
        self.data = data
        if len(data) < 512:
            refuse("not_a_spreadsheet")
        sector_shift, mini_shift = struct.unpack_from("<HH", data, 0x1E)
        if sector_shift not in (9, 12) or mini_shift != 6:
            refuse("not_a_spreadsheet")
        self.size = 1 << sector_shift
        self.sectors = max(0, (len(data) - self.size) // self.size)
        (fat_count, first_dir, _, self.cutoff, first_minifat, minifat_count) = struct.unpack_from(
            "<IIIIII", data, 0x2C
        )
        first_difat, difat_count = struct.unpack_from("<II", data, 0x44)
        difat = list(struct.unpack_from("<109I", data, 0x4C))
        sector, seen = first_difat, 0
        while sector not in _FREE_SECTORS and seen < min(difat_count, self.sectors):
            entries = struct.unpack_from(f"<{self.size // 4}I", self._sector(sector))
            difat.extend(entries[:-1])
            sector, seen = entries[-1], seen + 1
        fat = array("I")
        for sector in [s for s in difat if s not in _FREE_SECTORS][:fat_count]:
            fat.frombytes(self._sector(sector))
        if fat.itemsize != 4:  # pragma: no cover - every supported platform has a 4-byte I
            refuse("not_a_spreadsheet")
        self.fat = fat
        directory = self._chain(first_dir, self.fat, self._sector)
        self.entries: dict[str, tuple[int, int, int]] = {}  # name -> (type, start, size)
        root = None
        for offset in range(0, len(directory) - 127, 128):
            name_length, kind = struct.unpack_from("<HB", directory, offset + 64)
            start, size = struct.unpack_from("<IQ", directory, offset + 116)
            if kind not in (1, 2, 5) or not 2 <= name_length <= 64:
                continue
            name = directory[offset : offset + name_length - 2].decode("utf-16-le", "replace")
            if self.size == 512:
                size &= 0xFFFFFFFF
            if kind == 5 and root is None:
                root = (start, size)
            else:
                self.entries.setdefault(name.casefold(), (kind, start, size))
        self.minifat = array("I")
        self.ministream = b""
        if root is not None and minifat_count:
            self.minifat.frombytes(self._chain(first_minifat, self.fat, self._sector))
            self.ministream = self._chain(root[0], self.fat, self._sector)[: root[1]]

    def _sector(self, number: int) -> bytes:
        if number >= self.sectors:
            refuse("not_a_spreadsheet")
        start = (number + 1) * self.size
        return self.data[start : start + self.size]

    def _mini_sector(self, number: int) -> bytes:
        start = number * 64
        if start + 64 > len(self.ministream):
            refuse("not_a_spreadsheet")
        return self.ministream[start : start + 64]

    def _chain(self, start: int, table: array, read: Callable[[int], bytes]) -> bytes:
        parts, sector, seen = [], start, 0
        while sector not in _FREE_SECTORS:
            if sector >= len(table) or seen > len(table):
                refuse("not_a_spreadsheet")
            parts.append(read(sector))
            sector, seen = table[sector], seen + 1
        return b"".join(parts)

    def has(self, name: str) -> bool:
        return name.casefold() in self.entries

    def stream(self, name: str) -> bytes | None:
        entry = self.entries.get(name.casefold())
        if entry is None or entry[0] != 2:
            return None
        _, start, size = entry
        if size < self.cutoff:
            return self._chain(start, self.minifat, self._mini_sector)[:size]
        return self._chain(start, self.fat, self._sector)[:size]


_BIFF_EOF, _BIFF_BOF8, _BIFF_FILEPASS, _BIFF_SHEET = 0x000A, 0x0809, 0x002F, 0x0085
_BIFF_ROW, _BIFF_DIMENSIONS = 0x0208, 0x0200


def _biff_records(stream: bytes, offset: int) -> Iterator[tuple[int, int, int]]:
    """(type, data offset, size) of the BIFF records of one substream, nested ones included."""
    position, depth = offset, 0
    while position + 4 <= len(stream):
        kind, size = struct.unpack_from("<HH", stream, position)
        yield kind, position + 4, size
        position += 4 + size
        if kind in (_BIFF_BOF8, 0x0409, 0x0209, 0x0009):
            depth += 1
        elif kind == _BIFF_EOF:
            depth -= 1
            if depth <= 0:
                return


def _biff_sheets(stream: bytes) -> dict[str, tuple[list[tuple[int, int]], int, int]]:
    """Per sheet name of a BIFF5/8 workbook stream: hidden rows (1-based ranges), rows and
    columns (from DIMENSIONS)."""
    version = 0x0600
    boundsheets: list[tuple[int, str]] = []
    for kind, at, size in _biff_records(stream, 0):
        if kind == _BIFF_BOF8 and size >= 2 and not boundsheets:
            version = struct.unpack_from("<H", stream, at)[0]
        elif kind == _BIFF_FILEPASS:
            refuse("encrypted")
        elif kind == _BIFF_SHEET and size >= 8:
            position, _, sheet_type, length = struct.unpack_from("<IBBB", stream, at)
            if version >= 0x0600:
                high_byte = stream[at + 7] & 0x1
                raw = stream[at + 8 : at + 8 + length * (2 if high_byte else 1)]
                name = raw.decode("utf-16-le" if high_byte else "latin-1", "replace")
            else:
                name = stream[at + 7 : at + 7 + length].decode("gbk", "replace")
            if sheet_type == 0:
                boundsheets.append((position, name))
    sheets: dict[str, tuple[list[tuple[int, int]], int, int]] = {}
    for position, name in boundsheets:
        hidden: list[tuple[int, int]] = []
        rows = columns = 0
        for kind, at, size in _biff_records(stream, position):
            if kind == _BIFF_ROW and size >= 16:
                row, flags = struct.unpack_from("<H10xH", stream, at)
                if flags & 0x20:
                    hidden.append((row + 1, row + 2))
            elif kind == _BIFF_DIMENSIONS and size >= 14:
                _, last_row, _, last_col = struct.unpack_from("<IIHH", stream, at)
                rows, columns = max(rows, last_row), max(columns, last_col)
        sheets[name] = (hidden, rows, columns)
    return sheets


def _open_ole(path: Path, limits: Limits, tick: Tick, chosen: frozenset[str] | None) -> Book:
    data = path.read_bytes()
    try:
        compound = _Compound(data)
    except RosterUnreadable:
        # A damaged directory that still names the encrypted package is a protected workbook.
        if "EncryptedPackage".encode("utf-16-le") in data:
            refuse("encrypted")
        raise
    del data
    if compound.has("EncryptedPackage") or compound.has("EncryptionInfo"):
        refuse("encrypted")
    stream = compound.stream("Workbook") or compound.stream("Book")
    if stream is None:
        refuse("not_a_spreadsheet")
    tick()
    sheets = _biff_sheets(stream)
    del stream, compound
    facts: dict[str, tuple[RowSet, int, bool]] = {}
    for name, (hidden, rows, columns) in sheets.items():
        if chosen is not None and name not in chosen:
            continue
        if rows > limits.max_rows:
            refuse("too_many_rows", sheet=name, limit=limits.max_rows)
        if columns > limits.max_columns:
            refuse("too_many_columns", sheet=name, limit=limits.max_columns)
        facts[name] = (RowSet(hidden), rows, False)
    return _calamine_book(path, "xls", limits, facts)


# --- reading cells through calamine ------------------------------------------------------


def _calamine_book(
    path: Path,
    kind: str,
    limits: Limits,
    facts: dict[str, tuple[RowSet, int, bool]],
    ods_merges: dict[str, tuple[Merge, ...]] | None = None,
    proof: _WellFormedness | None = None,
) -> Book:
    if proof is not None:
        proof.start()
    try:
        return _calamine_sheets(path, kind, limits, facts, ods_merges, proof)
    except BaseException:
        if proof is not None:
            proof.stop()
        raise


def _calamine_sheets(
    path: Path,
    kind: str,
    limits: Limits,
    facts: dict[str, tuple[RowSet, int, bool]],
    ods_merges: dict[str, tuple[Merge, ...]] | None,
    proof: _WellFormedness | None,
) -> Book:
    try:
        if path.suffix.casefold() in _SUFFIXES[kind]:
            workbook = python_calamine.CalamineWorkbook.from_path(str(path))
        else:  # calamine goes by the name; a file misnamed (an .xls called .xlsx) by content
            with path.open("rb") as handle:
                workbook = python_calamine.CalamineWorkbook.from_filelike(handle)
    except python_calamine.PasswordError:
        refuse("encrypted")
    except (python_calamine.CalamineError, python_calamine.XmlError, python_calamine.ZipError):
        refuse("not_a_spreadsheet")
    except (OSError, ValueError):
        refuse("not_a_spreadsheet")
    worksheets = [
        meta
        for meta in workbook.sheets_metadata
        if meta.typ == python_calamine.SheetTypeEnum.WorkSheet
    ]
    names = tuple(meta.name for meta in worksheets)
    hidden = {
        meta.name: meta.visible != python_calamine.SheetVisibleEnum.Visible for meta in worksheets
    }

    def open_sheets(chosen: tuple[str, ...]) -> Iterator[SheetSource]:
        for name in chosen:
            hidden_rows, extent, hidden_by_xml = facts.get(name, (RowSet(), 0, False))
            try:
                sheet = workbook.get_sheet_by_name(name)
            except (python_calamine.CalamineError, python_calamine.XmlError, ValueError):
                refuse("not_a_spreadsheet", sheet=name)
            start_col = sheet.start[1] if sheet.start else 0
            if sheet.end and sheet.end[0] + 1 > limits.max_rows:
                refuse("too_many_rows", sheet=name, limit=limits.max_rows)
            if sheet.end and sheet.end[1] + 1 > limits.max_columns:
                refuse("too_many_columns", sheet=name, limit=limits.max_columns)
            merges: tuple[Merge, ...] = ()
            ranges = sheet.merged_cell_ranges
            if ranges:
                merges = tuple((a[0], a[1], b[0], b[1]) for a, b in ranges)
            elif ods_merges and name in ods_merges:
                merges = ods_merges[name]
            yield SheetSource(
                name=name,
                hidden=hidden.get(name, False) or hidden_by_xml,
                merges=merges,
                hidden_rows=hidden_rows,
                rows=_calamine_rows(sheet, start_col),
                row_estimate=max(extent, (sheet.end[0] + 1) if sheet.end else 0),
            )
            del sheet
        if proof is not None:
            proof.verdict()  # before the reading is complete, so a refusal refuses it whole

    def close() -> None:
        if proof is not None:
            proof.stop()
        workbook.close()

    estimate = sum(extent for _, extent, _ in facts.values())
    return Book(kind, None, names, estimate, open_sheets, close)


def _calamine_rows(sheet: Any, start_col: int) -> Iterator[RawRow]:
    # iter_rows() yields rows from row 0 but columns from the range's first column.
    padding = [""] * start_col
    for index, cells in enumerate(sheet.iter_rows()):
        yield index + 1, None, padding + cells if padding else cells


# --- CSV ----------------------------------------------------------------------------------


def _decodes(path: Path, encoding: str, tick: Tick) -> int | None:
    """Line count when the whole file decodes strictly (and holds no NUL), else None."""
    decoder = codecs.getincrementaldecoder(encoding)("strict")
    lines = 0
    try:
        with path.open("rb") as handle:
            while chunk := handle.read(_CHUNK):
                text = decoder.decode(chunk)
                if "\x00" in text:
                    return None
                lines += text.count("\n")
                tick()
            decoder.decode(b"", final=True)
    except UnicodeDecodeError:
        return None
    return lines + 1


def _csv_encoding(path: Path, tick: Tick) -> tuple[str, int]:
    with path.open("rb") as handle:
        head = handle.read(4)
    if head.startswith(codecs.BOM_UTF8):
        candidates = ("utf-8-sig",)
    elif head.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        candidates = ("utf-16",)
    else:
        candidates = ("utf-8", "gbk", "gb18030")
    for encoding in candidates:
        lines = _decodes(path, encoding, tick)
        if lines is not None:
            return encoding, lines
    refuse("not_a_spreadsheet")


def _looks_like_delimited_text(path: Path) -> bool:
    """Text with separators in its first lines (not markup, not binary)."""
    with path.open("rb") as handle:
        head = handle.read(8192)
    if head.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        head = head.decode("utf-16", "ignore").encode("utf-8")
    if b"\x00" in head or head.lstrip(codecs.BOM_UTF8 + b" \t\r\n").startswith(b"<"):
        return False
    for encoding in ("utf-8", "gb18030"):
        try:
            text = head.decode(encoding)
        except UnicodeDecodeError as error:
            if error.start < len(head) - 4:  # not merely a character cut at the end
                continue
            text = head[: error.start].decode(encoding)
        first = text.lstrip("\ufeff").splitlines()[:1]
        return bool(first) and any(separator in first[0] for separator in ",\t;|")
    return False


def _delimiter(sample: str) -> str:
    """The separator that splits the first lines most consistently (comma when in doubt)."""
    lines = sample.splitlines()[:30]
    if len(lines) > 1:
        lines = lines[:-1]  # the last one may be cut off
    best, best_score = ",", 0
    for delimiter in (",", "\t", ";", "|"):
        try:
            counts = sorted(len(row) for row in csv.reader(lines, delimiter=delimiter) if row)
        except csv.Error:
            continue
        score = counts[len(counts) // 2] if counts else 0
        if score > best_score:
            best, best_score = delimiter, score
    return best


def _open_csv(path: Path, limits: Limits, tick: Tick) -> Book:
    encoding, lines = _csv_encoding(path, tick)
    with path.open(encoding=encoding, newline="") as handle:
        delimiter = _delimiter(handle.read(65_536))
    name = path.stem

    def open_sheets(chosen: tuple[str, ...]) -> Iterator[SheetSource]:
        if name in chosen:
            yield SheetSource(name, False, (), RowSet(), _csv_rows(), lines)

    def _csv_rows() -> Iterator[RawRow]:
        with path.open(encoding=encoding, newline="") as handle:
            reader = csv.reader(handle, delimiter=delimiter)
            previous_line = 0
            try:
                for number, cells in enumerate(reader, start=1):
                    if len(cells) > limits.max_columns:
                        refuse("too_many_columns", sheet=name, limit=limits.max_columns)
                    if number > limits.max_rows:
                        refuse("too_many_rows", sheet=name, limit=limits.max_rows)
                    yield number, previous_line + 1, cells
                    previous_line = reader.line_num
            except csv.Error:
                refuse("not_a_spreadsheet", sheet=name)

    return Book("csv", encoding, (name,), lines, open_sheets)
