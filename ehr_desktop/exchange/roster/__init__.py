"""Reading legacy employee rosters (花名册: xlsx, xls, ods, csv) into clean records, with every
flagged cell, rejected row and skipped row accounted for, as the roster import policy says.

    reading = read_roster(Path("花名册.xlsx"))
    reading.records    # imported rows: 12 cleaned fields + warnings (flagged cells, hidden rows)
    reading.rejected   # rows without name / employee number, later duplicates of a number
    reading.sheets     # per sheet: header rows, column -> field, labels, ignored labels

The cell rules live in domain.roster_values; header vocabulary and layout in .layout; opening
untrusted files and their limits in .reader.
"""

from __future__ import annotations

import re
import time
import unicodedata
from collections.abc import Callable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from functools import partial
from itertools import chain
from pathlib import Path
from typing import Any, Protocol

from ehr_desktop.domain import roster_values as rv
from ehr_desktop.exchange.roster.layout import (
    CUSTOM_PREFIX,
    EXTRA_FIELDS,
    FIELDS,
    HEADER_SEARCH_ROWS,
    MAPPABLE,
    NAME_PARTS,
    VOCABULARY,
    SheetLayout,
    column_key,
    find_layout,
    match_label,
    resolver,
)
from ehr_desktop.exchange.roster.reader import (
    Limits,
    RosterUnreadable,
    RowSet,
    SheetSource,
    open_book,
    refuse,
)

__all__ = [
    "CUSTOM_PREFIX",
    "EXTRA_FIELDS",
    "FIELDS",
    "CustomField",
    "MAPPABLE",
    "VOCABULARY",
    "Issue",
    "Limits",
    "RejectedRow",
    "RosterReading",
    "RosterRecord",
    "RosterUnreadable",
    "SheetLayout",
    "column_key",
    "match_label",
    "read_roster",
]

# Flag codes (imported, field left empty) and rejection codes (row not imported).
FLAGS = (
    rv.ID_NUMBER_SCIENTIFIC_NOTATION,
    rv.ID_CHECKSUM,
    rv.ID_FORMAT,
    rv.UNPARSEABLE_DATE,
    rv.INVALID_PHONE,
    rv.UNKNOWN_VALUE,
    rv.INVALID_EMAIL,
    rv.INVALID_NUMBER,
    "hidden_row",
)
REJECTIONS = ("missing_name", "missing_employee_no", "duplicate_employee_no")

PROGRESS_EVERY = 2_000  # rows


class Progress(Protocol):
    """What services.progress.Progress offers (this layer may not import services): step()
    reports and raises Cancelled when the officer cancelled."""

    def step(self, done: int, total: int) -> None: ...


@dataclass(frozen=True, slots=True)
class Issue:
    """A flagged cell or a rejected row, for the import report."""

    code: str  # one of FLAGS or REJECTIONS
    field: str | None
    raw: Any  # the cell as read (None for hidden_row and missing_*)
    column: str | None  # the header label as written in the file
    first_row: int | None = None  # duplicates: the row that was imported …
    first_sheet: str | None = None  # … and its sheet


@dataclass(frozen=True, slots=True)
class CustomField:
    """How to clean a column mapped to an officer-defined field."""

    kind: str  # text | number | date | choice
    choices: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class RosterRecord:
    sheet: str
    row: int  # Excel row as Excel shows it; CSV record number
    line: int | None  # CSV: physical line where the record starts
    # The 12 FIELDS, always: str / datetime.date / None; gender "male"/"female"; status
    # "active"/"left". EXTRA_FIELDS only where the row has a value (choices as codes,
    # monthly_salary in cents), and officer-defined fields as "custom:<key>" -> cleaned value.
    values: dict[str, Any]
    warnings: tuple[Issue, ...]


@dataclass(frozen=True, slots=True)
class RejectedRow:
    sheet: str
    row: int
    line: int | None
    issue: Issue
    cells: dict[str, Any] = field(default_factory=dict)  # header label -> raw value


@dataclass(frozen=True, slots=True)
class RosterReading:
    path: Path
    format: str  # xlsx | xls | ods | csv
    encoding: str | None  # CSV only
    sheets: tuple[SheetLayout, ...]  # the sheets read, in workbook order
    records: tuple[RosterRecord, ...]  # imported rows, in sheet order
    rejected: tuple[RejectedRow, ...]
    skipped_rows: int  # blank, totals, note/footer rows inside the data area
    ignored_sheets: tuple[str, ...] = ()  # sheets without a recognisable header


def read_roster(
    path: Path,
    *,
    sheets: Sequence[str] | None = None,
    mapping: Mapping[str, str] | None = None,
    limits: Limits = Limits(),  # noqa: B008 - frozen, shared safely
    progress: Progress | None = None,
    custom_fields: Mapping[str, CustomField] | None = None,
    deliver: Callable[[list[RosterRecord], tuple[SheetLayout, ...]], None] | None = None,
    deliver_every: int = 5_000,
) -> RosterReading:
    """Reads every sheet with a header (or the named ones) of a roster file.

    `mapping` overrides the vocabulary: column_key(label) -> field, or "" to ignore the
    column (label as in SheetLayout.labels: "group / sub" in two-row headers). Raises
    RosterUnreadable (reason …) for files that are not rosters or exceed `limits`, and
    progress's Cancelled when the officer cancels. `custom_fields` (key -> kind and choices)
    says how to clean columns mapped to "custom:<key>".

    With `deliver`, records are handed to it in order, in parts of `deliver_every`, while the
    file is still being read (the reading's own `records` is then empty), with the layouts of
    the sheets found so far (every record's sheet among them): the reading process sends them
    on while it reads. A file refused later is refused whole all the same."""
    path = Path(path)
    state = _State(deliver=deliver, deliver_every=max(1, deliver_every))
    try:
        return _read(path, sheets, mapping, limits, progress, custom_fields or {}, state)
    except RosterUnreadable as error:
        error.facts.setdefault("path", path.name)  # the sentence names the file
        raise


def _read(
    path: Path,
    sheets: Sequence[str] | None,
    mapping: Mapping[str, str] | None,
    limits: Limits,
    progress: Progress | None,
    custom_fields: Mapping[str, CustomField],
    state: _State,
) -> RosterReading:
    clock = _Clock(limits, progress)
    resolve = resolver(mapping)
    with open_book(path, limits, clock.tick, sheets) as book:
        clock.total = book.row_estimate
        read_any = False
        for source in book.sheets(sheets):
            read_any = True
            _read_sheet(source, resolve, state, clock, custom_fields)
        if not state.layouts:
            refuse("no_header" if state.saw_cells or not read_any else "empty")
        state.hand_over()
        return RosterReading(
            path=path,
            format=book.format,
            encoding=book.encoding,
            sheets=tuple(state.layouts),
            records=tuple(state.records),
            rejected=tuple(state.rejected),
            skipped_rows=state.skipped,
            ignored_sheets=tuple(state.ignored_sheets),
        )


class _Clock:
    """Progress, cancel and the time budget, checked every few thousand rows."""

    def __init__(self, limits: Limits, progress: Progress | None) -> None:
        self.deadline = time.monotonic() + limits.time_budget
        self.budget = limits.time_budget
        self.progress = progress
        self.done = 0
        self.total = 0

    def tick(self) -> None:
        if time.monotonic() > self.deadline:
            refuse("too_large", limit="time_budget", seconds=self.budget)
        if self.progress is not None:
            self.progress.step(self.done, max(self.total, self.done))

    def row(self) -> None:
        self.done += 1
        if self.done % PROGRESS_EVERY == 0:
            self.tick()


@dataclass
class _State:
    layouts: list[SheetLayout] = field(default_factory=list)
    records: list[RosterRecord] = field(default_factory=list)
    rejected: list[RejectedRow] = field(default_factory=list)
    ignored_sheets: list[str] = field(default_factory=list)
    first_seen: dict[str, tuple[str, int]] = field(default_factory=dict)  # number -> sheet, row
    skipped: int = 0
    saw_cells: bool = False
    deliver: Callable[[list[RosterRecord], tuple[SheetLayout, ...]], None] | None = None
    deliver_every: int = 5_000

    def add(self, record: RosterRecord) -> None:
        self.records.append(record)
        if self.deliver is not None and len(self.records) >= self.deliver_every:
            self.hand_over()

    def hand_over(self) -> None:
        if self.deliver is not None and self.records:
            part, self.records = self.records, []  # a new list: the part may still be in use
            self.deliver(part, tuple(self.layouts))


# --- row kinds ----------------------------------------------------------------------------

_FOOTER = re.compile(
    r"(?:注|备注|说明|附注|制表|制表人|制表日期|制表时间|制表单位|审核|审核人|审批|审批人|填表|"
    r"填表人|填报|填报人|填表日期|填报日期|打印|打印日期|打印时间|导出|导出时间|导出日期|复核|"
    r"复核人|经办人|负责人|签字|签名|盖章|日期|单位)\s*\d*\s*:"
    r"|(?:制表人|审核人|填表人|填报人|复核人|经办人|制表日期|打印日期|打印时间|导出时间|以下空白)"
    r"|(?:notes?|remarks?|prepared by|printed|exported|source)\b",
    re.IGNORECASE,
)


def _blank(cell: Any) -> bool:
    return cell is None or (isinstance(cell, str) and not cell.strip())


def _first_filled(cells: Sequence[Any]) -> Any:
    return next((cell for cell in cells if not _blank(cell)), None)


def _is_footer(cell: Any) -> bool:
    if not isinstance(cell, str):
        return False
    return bool(_FOOTER.match(unicodedata.normalize("NFKC", cell).strip()))


_TOTALS_WORDS = frozenset({"total", "totals", "grandtotal", "subtotal", "total:", "totals:"})


def _is_totals_word(cell: Any) -> bool:
    """合计 / 小计 / Total written in the number or name column while the first column holds
    something else (a running number): still a totals row, as no one is called 合计."""
    if not rv.is_totals_label(cell):
        return False
    word = "".join(unicodedata.normalize("NFKC", cell).split()).casefold()
    return not word.isascii() or word in _TOTALS_WORDS


def _is_number_cell(cell: Any) -> bool:
    return isinstance(cell, int | float) and not isinstance(cell, bool)


# --- one sheet ----------------------------------------------------------------------------


@dataclass
class _Merges:
    """The data area's merged ranges: vertical ones fill down, wide horizontal ones are notes."""

    fills: dict[int, list[tuple[int, int]]]  # first row number -> [(column, last row number)]
    notes: RowSet


def _data_merges(source: SheetSource, layout: SheetLayout) -> _Merges:
    first_data = max(layout.header_rows) + 1
    identity = {
        col for col, name in layout.columns.items() if name in ("employee_no", "name", *NAME_PARTS)
    }
    wide = max(2, (len(layout.labels) + 1) // 2)
    fills: dict[int, list[tuple[int, int]]] = {}
    notes: list[tuple[int, int]] = []
    for first_row, first_col, last_row, last_col in source.merges:
        top, bottom = first_row + 1, last_row + 1
        if top < first_data:
            continue
        if last_col > first_col:
            # A data row merged horizontally is a note (policy): over an identity column, or
            # across most of the sheet. Filling it would make a person of "注：……".
            covers_identity = any(first_col <= col <= last_col for col in identity)
            if covers_identity or last_col - first_col + 1 >= wide:
                notes.append((top, bottom + 1))
        elif bottom > top:
            fills.setdefault(top, []).append((first_col, bottom))
    return _Merges(fills, RowSet(notes))


def _read_sheet(
    source: SheetSource,
    resolve: Any,
    state: _State,
    clock: _Clock,
    custom_fields: Mapping[str, CustomField],
) -> None:
    rows: Iterator = source.rows
    head = []
    for raw in rows:
        head.append(raw)
        if len(head) > HEADER_SEARCH_ROWS:
            break
        clock.row()
    # calamine yields rows only up to the last cell with a value: any row means content.
    state.saw_cells = (
        state.saw_cells
        or any(not _blank(cell) for _, _, cells in head for cell in cells)
        or len(head) > HEADER_SEARCH_ROWS
    )
    layout = find_layout(
        source.name,
        [cells for _, _, cells in head],
        source.merges,
        resolve,
        first_row_number=head[0][0] if head else 1,
        hidden=source.hidden,
    )
    if layout is None:
        state.ignored_sheets.append(source.name)
        return
    state.layouts.append(layout)
    last_header = max(layout.header_rows)
    data_rows = chain((raw for raw in head if raw[0] > last_header), rows)
    _SheetReader(source, layout, resolve, state, clock, custom_fields).run(data_rows)


class _SheetReader:
    def __init__(
        self,
        source: SheetSource,
        layout: SheetLayout,
        resolve: Any,
        state: _State,
        clock: _Clock,
        custom_fields: Mapping[str, CustomField],
    ) -> None:
        self.source = source
        self.custom_fields = custom_fields
        self.layout = layout
        self.resolve = resolve
        self.state = state
        self.clock = clock
        self.col = {name: col for col, name in layout.columns.items()}
        # The 12 core fields' columns; a field the sheet lacks reads as blank (past any row).
        self.field_columns = [(name, self.col.get(name, 1 << 30)) for name in FIELDS]
        self.merges = _data_merges(source, layout)
        self.note_rows = bool(self.merges.notes)
        self.hidden_rows = bool(source.hidden_rows)
        # The further fields' columns, read by _extras on every row.
        self.extra_columns = [
            (name, col) for name, col in self.col.items() if name not in _PLAIN_FIELDS
        ]
        self.department: str | None = None  # the last employee row's, for fill-down
        self.pending_blank = 0
        # Cleaned cells remembered per kind: a roster repeats its dates, departments and choice
        # words thousands of times. Looked up as memo[raw.__class__, raw].
        self.dates = _Memo(self._date)
        self.end_dates = _Memo(self._end_date)
        self.genders = _Memo(rv.gender)
        self.statuses = _Memo(rv.status)
        self.texts = _Memo(rv.text)
        self.choices = {name_: _Memo(clean) for name_, clean in _CHOICE_CLEANERS.items()}
        self.present = frozenset(self.col)

    def run(self, rows: Iterator) -> None:
        active: dict[int, tuple[Any, int]] = {}  # column -> (merged value, last row)
        for number, line, cells in rows:
            self.clock.row()
            original = cells
            if number in self.merges.fills or active:
                cells = list(cells)
                for col, last in self.merges.fills.get(number, ()):
                    active[col] = (cells[col] if col < len(cells) else None, last)
                for col, (value, last) in list(active.items()):
                    if number > last:
                        del active[col]
                    elif col < len(cells):
                        cells[col] = value
                    else:
                        cells.extend([""] * (col - len(cells)) + [value])
            self._row(number, line, original, cells)

    def _cell(self, cells: Sequence[Any], name: str) -> Any:
        col = self.col.get(name)
        if col is None or col >= len(cells):
            return None
        return cells[col]

    def _label(self, name: str) -> str | None:
        col = self.col.get(name)
        return None if col is None else self.layout.labels.get(col)

    def _skip(self) -> None:
        self.state.skipped += self.pending_blank + 1
        self.pending_blank = 0

    def _row(self, number: int, line: int | None, original: list[Any], cells: list[Any]) -> None:
        first = _first_filled(original)
        if first is None:
            self.pending_blank += 1  # counted only when something follows it
            return
        if (
            (self.note_rows and number in self.merges.notes)
            or _is_footer(first)
            or rv.is_totals_label(first)
        ):
            self._skip()
            return
        raw_number = self._cell(cells, "employee_no")
        number_text = rv.employee_no(raw_number)
        if "name" in self.col:
            raw_name = self._cell(cells, "name")
            name = rv.person_name(raw_name)
        else:
            raw_name = self._cell(cells, "first_name")
            name = rv.first_last(raw_name, self._cell(cells, "last_name"))
        if (
            (number_text is None and name is None)
            or _is_totals_word(raw_number)
            or _is_totals_word(raw_name)
            or self._repeats_header(cells)
        ):
            self._skip()
            return
        self.state.skipped += self.pending_blank
        self.pending_blank = 0
        raw_department = self._cell(cells, "department")
        department = self.texts[raw_department.__class__, raw_department]
        if department is None:
            department = self.department
        else:
            self.department = department
        sheet = self.source.name
        rejection = None
        if name is None:
            name_field = "name" if "name" in self.col else "first_name"
            rejection = Issue("missing_name", "name", None, self._label(name_field))
        elif number_text is None:
            label = self._label("employee_no")
            rejection = Issue("missing_employee_no", "employee_no", None, label)
        elif number_text in self.state.first_seen:
            first_sheet, first_row = self.state.first_seen[number_text]
            rejection = Issue(
                "duplicate_employee_no",
                "employee_no",
                raw_number,
                self._label("employee_no"),
                first_row=first_row,
                first_sheet=first_sheet,
            )
        if rejection is not None:
            self.state.rejected.append(
                RejectedRow(sheet, number, line, rejection, self._report_cells(cells))
            )
            return
        assert number_text is not None
        self.state.first_seen[number_text] = (sheet, number)
        values, warnings = self._values(cells, number_text, name, department)
        if self.source.hidden or (self.hidden_rows and number in self.source.hidden_rows):
            warnings.append(Issue("hidden_row", None, None, None))
        self.state.add(RosterRecord(sheet, number, line, values, tuple(warnings)))

    def _repeats_header(self, cells: Sequence[Any]) -> bool:
        """A header repeated inside the data, as page-wise exports do (工号 under 工号)."""
        raw_number, raw_name = self._cell(cells, "employee_no"), self._cell(cells, "name")
        if not isinstance(raw_number, str) or not isinstance(raw_name, str):
            return False
        if any(map(str.isdigit, raw_number)):  # labels hold no digits; numbers do
            return False
        found_number = self.resolve(raw_number.strip(), None)
        found_name = self.resolve(raw_name.strip(), None)
        return bool(
            found_number
            and found_name
            and found_number[0] == "employee_no"
            and found_name[0] == "name"
        )

    def _report_cells(self, cells: Sequence[Any]) -> dict[str, Any]:
        report: dict[str, Any] = {}
        for col, label in self.layout.labels.items():
            key = label if label not in report else f"{label} [{_column_letters(col)}]"
            report[key] = cells[col] if col < len(cells) else None
        return report

    def _values(
        self, cells: Sequence[Any], number: str, name: str, department: str | None
    ) -> tuple[dict[str, Any], list[Issue]]:
        english = self.layout.english
        warnings: list[Issue] = []

        def checked(field_name: str, cleaned: rv.Value, raw: Any) -> Any:
            if cleaned.problem:
                warnings.append(Issue(cleaned.problem, field_name, raw, self._label(field_name)))
            return cleaned.value

        has = self.present.__contains__

        width = len(cells)
        raw = {name_: cells[col] if col < width else None for name_, col in self.field_columns}
        id_value = None
        if has("id_number"):
            id_raw = raw["id_number"]
            id_value = checked(
                "id_number", rv.id_number(id_raw, numeric=_is_number_cell(id_raw)), id_raw
            )
        if has("gender"):
            gender = self.genders[raw["gender"].__class__, raw["gender"]]
        else:
            gender = rv.gender_from_id(id_value) if id_value else None
        if has("birth_date"):
            raw_birth = raw["birth_date"]
            birth = checked("birth_date", self.dates[raw_birth.__class__, raw_birth], raw_birth)
        else:
            birth = rv.birth_date_from_id(id_value) if id_value else None
        dates = {}
        for date_field in ("hire_date", "contract_end", "leave_date"):
            if has(date_field):
                raw_date = raw[date_field]
                # A contract's end may say 无固定期限.
                memo = self.end_dates if date_field == "contract_end" else self.dates
                dates[date_field] = checked(
                    date_field, memo[raw_date.__class__, raw_date], raw_date
                )
            else:
                dates[date_field] = None
        phone = None
        if has("phone"):
            phone = checked("phone", rv.phone(raw["phone"], english=english), raw["phone"])
        default_status = self.layout.implied_status or "active"
        if has("status") and not _blank(raw["status"]):
            status = self.statuses[raw["status"].__class__, raw["status"]]  # unknown: None
        else:
            status = default_status
        values = {
            "employee_no": number,
            "name": name,
            "gender": gender,
            "id_number": id_value,
            "birth_date": birth,
            "department": department,
            "position": self.texts[raw["position"].__class__, raw["position"]]
            if has("position")
            else None,
            "hire_date": dates["hire_date"],
            "contract_end": dates["contract_end"],
            "phone": phone,
            "status": status,
            "leave_date": dates["leave_date"],
        }
        values.update(self._extras(cells, checked))
        if values.get("contract_type") is None and rv.is_open_ended(raw["contract_end"]):
            values["contract_type"] = "open_ended"  # 合同到期日: 无固定期限
        warnings.sort(key=lambda issue: _FIELD_ORDER.get(issue.field or "", len(_FIELD_ORDER)))
        return values, warnings

    def _extras(self, cells: Sequence[Any], checked: Any) -> dict[str, Any]:
        """The further fields (EXTRA_FIELDS) and the officer-defined ones that have a value,
        cleaned; a refused cell is flagged and left out."""
        values: dict[str, Any] = {}
        width = len(cells)
        for name_, col in self.extra_columns:
            if col >= width:
                continue
            raw = cells[col]
            if _blank(raw):
                continue
            if name_ in _DATE_FIELDS:
                value = checked(name_, self.dates[raw.__class__, raw], raw)
            elif name_ in _CHOICE_FIELDS:
                value = checked(name_, self.choices[name_][raw.__class__, raw], raw)
            elif name_ == "email":
                value = checked(name_, rv.email(raw), raw)
            elif name_ == "monthly_salary":
                value = checked(name_, rv.money_cents(raw), raw)
            elif name_ == "emergency_phone":
                value = rv.contact_phone(raw)
            elif name_.startswith(CUSTOM_PREFIX):
                value = checked(name_, self._custom(name_, raw), raw)
            else:
                value = self.texts[raw.__class__, raw]
            if value is not None:
                values[name_] = value
        return values

    def _date(self, raw: Any) -> rv.Value:
        return rv.date(raw, english=self.layout.english)

    def _end_date(self, raw: Any) -> rv.Value:
        return rv.date(raw, english=self.layout.english, open_ended_ok=True)

    def _custom(self, name_: str, raw: Any) -> rv.Value:
        definition = self.custom_fields.get(name_.removeprefix(CUSTOM_PREFIX))
        if definition is None or definition.kind == "text":
            return rv.Value(rv.text(raw))
        if definition.kind == "number":
            return rv.number(raw)
        if definition.kind == "date":
            found = rv.date(raw, english=self.layout.english)
            return rv.Value(found.value.isoformat(), None) if found.value else found
        found = rv.choice(raw, {rv.choice_key(c): c for c in definition.choices})
        return found


_MEMO_LIMIT = 20_000  # distinct cells remembered per kind and sheet


class _Memo(dict):
    """clean(raw) for cells seen before, as memo[raw.__class__, raw]: a hit is one lookup in C.
    The type is part of the key: 1 == 1.0 == True, but they do not read the same."""

    __slots__ = ("clean",)

    def __init__(self, clean: Callable[[Any], Any]) -> None:
        super().__init__()
        self.clean = clean

    def __missing__(self, key: tuple[type, Any]) -> Any:
        found = self.clean(key[1])
        if len(self) < _MEMO_LIMIT:  # names and addresses never repeat: stop remembering
            self[key] = found
        return found


_FIELD_ORDER = {name_: index for index, name_ in enumerate(MAPPABLE)}
# Read by _values (FIELDS and the name parts) rather than by _extras.
_PLAIN_FIELDS = frozenset(FIELDS + NAME_PARTS)
_DATE_FIELDS = frozenset({"first_work_date", "probation_end", "contract_start"})
_CHOICE_FIELDS = {
    "marital_status": rv.MARITAL_STATUSES,
    "political_status": rv.POLITICAL_STATUSES,
    "contract_type": rv.CONTRACT_TYPES,
    "hukou_type": rv.HUKOU_TYPES,
}
_CHOICE_CLEANERS = {
    name_: partial(rv.choice, table=table) for name_, table in _CHOICE_FIELDS.items()
}


def _column_letters(col: int) -> str:
    letters = ""
    col += 1
    while col:
        col, rest = divmod(col - 1, 26)
        letters = chr(65 + rest) + letters
    return letters
