"""Reading a KPI template workbook — written by `write_template` or typed by an officer after
the documented layout — into a Template, or into problems with sheet, row and column.

The file is untrusted: it is opened through the roster reader's checks (zip directory sizes and
ratio, member count, XML without DOCTYPE or entities, sheet extents, encrypted workbooks) under
tighter limits, within a time budget, and at most MAX_INDICATORS indicator rows are read.

Tolerated: blank rows; a dimension written once over its indicators (merged, or left blank
below, or on a row of its own); a merged cell counting for every cell it covers; numbers typed
as text with full-width digits, 1,234 grouping, a trailing % or 分; keywords in Chinese or
English; columns in any order, unknown columns ignored; a title row above the header.

Weights (the indicator, dimension and scorer weight groups, each on its own): a value written
with a % sign (text "30%") is percentage points. The other values of a group are fractions
when every one of them is at most 1 and, read as fractions (× 100), the group totals 100 —
which is how Excel stores cells formatted as percent (30% is the number 0.3). Otherwise they
are percentage points as written (30 is 30 %).
"""

from __future__ import annotations

import time
import zipfile
from collections.abc import Mapping
from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path
from typing import Any

import python_calamine
from openpyxl.utils import get_column_letter

from ehr_desktop.domain.kpi import (
    DEFAULT_GRADES,
    DEFAULT_SCORER_WEIGHTS,
    AdjustmentItem,
    Bands,
    Dimension,
    Direction,
    GradeBand,
    GradeScale,
    Indicator,
    Level,
    Linear,
    Measure,
    PassFail,
    PerIncident,
    Problem,
    Process,
    Qualitative,
    Quantitative,
    Rule,
    Scorer,
    Template,
    VetoItem,
    validate,
)
from ehr_desktop.exchange.kpi import notation
from ehr_desktop.exchange.kpi.cells import unescape_text
from ehr_desktop.exchange.kpi.notation import NotationError, cell_number, tidy
from ehr_desktop.exchange.kpi.vocabulary import (
    DIRECTIONS,
    EXTRA_COLUMNS,
    EXTRA_HEADERS,
    EXTRA_KINDS,
    GRADE_BOUND_LABELS,
    INDICATOR_COLUMNS,
    INDICATOR_HEADERS,
    INDICATORS_SHEET,
    KINDS,
    REQUIRED_EXTRA_COLUMNS,
    REQUIRED_INDICATOR_COLUMNS,
    RULES,
    SHEETS,
    TEMPLATE_LABELS,
    TEMPLATE_ROWS,
    TEMPLATE_SHEET,
    Keywords,
    Vocabulary,
)
from ehr_desktop.exchange.roster.reader import Limits, RosterUnreadable, open_book

MAX_INDICATORS = 2_000
MAX_EXTRA_ITEMS = 500
HEADER_SEARCH_ROWS = 10
TEMPLATE_LIMITS = Limits(
    max_file_bytes=10 * 2**20,  # a template of 2,000 indicators is well under 1 MB
    max_uncompressed_bytes=64 * 2**20,
    max_compression_ratio=200.0,
    ratio_floor_bytes=2**20,
    max_zip_members=1_000,
    max_rows=10_000,  # per sheet, blank rows included
    max_columns=200,
    time_budget=60.0,
)
HUNDRED = Decimal(100)
_PARAMETERS = ("floor", "cap", "bands", "per_incident", "start", "pass_score", "fail_score")
_RULE_PARAMETERS = {
    "linear": ("floor", "cap"),
    "bands": ("bands",),
    "per_incident": ("per_incident", "start", "floor"),
    "pass_fail": ("pass_score", "fail_score"),
}
_QUANTITATIVE_ONLY = ("target", "unit", "direction", "rule", *_PARAMETERS)
_NOT_APPLICABLE = {
    "quantitative": ("levels", "level_descriptions", "milestones"),
    "qualitative": (*_QUANTITATIVE_ONLY, "milestones"),
    "process": (*_QUANTITATIVE_ONLY, "levels", "level_descriptions"),
}
_SCORERS = {"self": Scorer.SELF, "manager": Scorer.MANAGER, "hr": Scorer.HR}
# The weight groups a total is made of: not checked while one of their cells is refused.
_TOTALS = {
    "dimension_weights_total": {"dimension"},
    "indicator_weights_total": {"dimension", "indicator"},
    "scorer_weights_total": {"scorer"},
}


@dataclass(frozen=True)
class WorkbookProblem:
    """One reason the workbook is refused. `code` is stable (see the module's CODES); `row` is
    the row as the spreadsheet shows it (None: the whole sheet or column), `column` its letter
    and `header` the column's header or the row's label as written in the file."""

    code: str
    sheet: str = ""
    row: int | None = None
    column: str = ""
    header: str = ""
    facts: Mapping[str, Any] = field(default_factory=dict)


CODES = (
    # reading the file
    "file_unreadable",  # facts: reason (as RosterUnreadable: not_a_spreadsheet, encrypted,
    # too_large, too_many_rows, too_many_columns, zip_bomb, xml_entities, empty) and details
    "missing_sheet",  # facts: sheet (the name to use)
    "duplicate_sheet",
    "missing_header",  # no header row in the first rows; facts: expected (header texts)
    "missing_column",  # facts: column (the header to add)
    "duplicate_column",
    "duplicate_label",
    "unknown_label",  # a labelled value on the template sheet whose label means nothing
    "too_many_indicators",  # facts: limit
    "too_many_items",  # facts: limit
    # cells
    "value_required",
    "not_a_number",  # facts: value
    "not_a_whole_number",  # facts: value
    "unknown_keyword",  # facts: value, expected (the words accepted, Chinese and English)
    "not_applicable",  # a value where the kind or rule takes none; facts: kind or rule
    "malformed_bands",  # facts: entry
    "malformed_scale",  # facts: entry
    "malformed_descriptions",  # facts: entry
    "description_without_level",  # facts: value
    "dimension_repeated",  # a dimension's rows resumed after another dimension; facts: name
    "conflicting_dimension_weight",  # facts: first, value
    # and every code of ehr_desktop.domain.kpi.validate(), with its facts
)


def read_template(
    path: Path,
    *,
    limits: Limits = TEMPLATE_LIMITS,
    max_indicators: int = MAX_INDICATORS,
) -> tuple[Template | None, list[WorkbookProblem]]:
    """The template the workbook describes and no problems, or None and every problem found.
    Never raises for what the file holds."""
    sheets, problems = _load(Path(path), limits)
    if problems:
        return None, problems
    reading = _Reading(sheets, max_indicators)
    return reading.run()


# --- loading cells -------------------------------------------------------------------------


@dataclass
class _Sheet:
    name: str  # as in the file
    rows: list[tuple[int, list[Any]]]  # (row as shown, cells), merged values spread


def _load(path: Path, limits: Limits) -> tuple[dict[str, _Sheet], list[WorkbookProblem]]:
    deadline = time.monotonic() + limits.time_budget

    def tick() -> None:
        if time.monotonic() > deadline:
            raise RosterUnreadable(reason="too_large", limit="time_budget")

    problems: list[WorkbookProblem] = []
    sheets: dict[str, _Sheet] = {}
    try:
        with open_book(path, limits, tick) as book:
            if book.format == "csv":
                return {}, [
                    WorkbookProblem("file_unreadable", facts={"reason": "not_a_spreadsheet"})
                ]
            chosen: dict[str, str] = {}  # file's sheet name -> kind
            for name in book.sheet_names:
                kind = SHEETS.match(name)
                if kind is None or kind == "instructions":
                    continue
                if kind in chosen.values():
                    problems.append(WorkbookProblem("duplicate_sheet", sheet=name))
                    continue
                chosen[name] = kind
            for source in book.sheets(chosen):
                rows = [(number, _cells(cells)) for number, _, cells in source.rows]
                tick()
                _spread_merges(rows, source.merges, source.name)
                sheets[chosen[source.name]] = _Sheet(source.name, rows)
    except RosterUnreadable as error:
        facts = {k: v for k, v in error.facts.items() if k != "path"}
        return {}, [WorkbookProblem("file_unreadable", sheet=facts.pop("sheet", ""), facts=facts)]
    except (
        python_calamine.CalamineError,
        python_calamine.XmlError,
        python_calamine.ZipError,
        zipfile.BadZipFile,
        OSError,
        EOFError,
        ValueError,
    ):
        return {}, [WorkbookProblem("file_unreadable", facts={"reason": "not_a_spreadsheet"})]
    for kind, name in (("template", TEMPLATE_SHEET), ("indicators", INDICATORS_SHEET)):
        if kind not in sheets:
            problems.append(WorkbookProblem("missing_sheet", facts={"sheet": name}))
    return sheets, problems


def _cells(cells: list[Any]) -> list[Any]:
    return [unescape_text(c) if isinstance(c, str) else c for c in cells]


def _blank(value: Any) -> bool:
    return value is None or (isinstance(value, str) and not value.strip())


def _spread_merges(
    rows: list[tuple[int, list[Any]]], merges: tuple[tuple[int, int, int, int], ...], sheet: str
) -> None:
    """A merged range's value counts for each of its cells (merges are 0-based, inclusive).
    The work is bounded by the sheet's size, whatever the file declares."""
    if not rows or not merges:
        return
    width = max(len(cells) for _, cells in rows)
    budget = len(rows) * width + len(merges)
    for top, left, bottom, right in merges:
        if top >= len(rows) or left >= width:
            continue
        cells = rows[top][1]
        value = cells[left] if left < len(cells) else None
        if _blank(value):
            continue
        for r in range(top, min(bottom, len(rows) - 1) + 1):
            row = rows[r][1]
            for c in range(left, min(right, width - 1) + 1):
                budget -= 1
                if budget < 0:
                    raise RosterUnreadable(reason="too_large", sheet=sheet, limit="merges")
                if c >= len(row):
                    row.extend([""] * (c + 1 - len(row)))
                if _blank(row[c]):
                    row[c] = value


def _text(value: Any) -> str:
    if _blank(value):
        return ""
    if isinstance(value, float):
        return str(int(value)) if value.is_integer() and abs(value) < 1e15 else repr(value)
    if hasattr(value, "isoformat"):
        return value.isoformat()
    return str(value).strip()


# --- from cells to a template --------------------------------------------------------------


@dataclass(frozen=True)
class _Where:
    sheet: str
    row: int | None
    column: int | None  # 0-based
    header: str

    def right(self) -> _Where:
        return _Where(self.sheet, self.row, None if self.column is None else self.column + 1, "")


@dataclass(frozen=True)
class _Weight:
    value: Decimal
    percent: bool  # written with a % sign


@dataclass
class _PendingIndicator:
    row: int
    key: str
    name: str
    weight: _Weight | None
    measure: Measure
    standard: str


@dataclass
class _PendingDimension:
    row: int
    key: str
    name: str
    weight: _Weight | None = None
    weight_row: int | None = None
    indicators: list[_PendingIndicator] = field(default_factory=list)


@dataclass(frozen=True)
class _Header:
    index: int  # of the header row in the sheet's rows
    columns: dict[str, int]  # field -> 0-based column
    labels: dict[str, str]  # field -> header as written


class _Row:
    """One data row, read by field name."""

    def __init__(self, sheet: str, number: int, cells: list[Any], header: _Header) -> None:
        self.sheet, self.number, self.cells, self.header = sheet, number, cells, header

    def value(self, kind: str) -> Any:
        column = self.header.columns.get(kind)
        if column is None or column >= len(self.cells):
            return None
        return self.cells[column]

    def text(self, kind: str) -> str:
        return _text(self.value(kind))

    def raw(self, kind: str) -> str:
        """A list cell as written: its line breaks, even a last one, separate its entries."""
        value = self.value(kind)
        return value if isinstance(value, str) else _text(value)

    def blank(self, kind: str) -> bool:
        return _blank(self.value(kind))

    def at(self, kind: str) -> _Where:
        return _Where(
            self.sheet, self.number, self.header.columns.get(kind), self.header.labels.get(kind, "")
        )

    def empty(self) -> bool:
        return all(self.blank(kind) for kind in self.header.columns)


# Where a domain problem about an indicator points: path suffix -> column.
_INDICATOR_PLACES: dict[tuple[str, ...], str] = {
    (): "indicator",
    ("name",): "indicator",
    ("weight",): "weight",
    ("measure",): "kind",
    ("measure", "target"): "target",
    ("measure", "rule"): "rule",
    ("measure", "levels"): "levels",
    ("measure", "milestones"): "milestones",
    **{("measure", "rule", p): p for p in _PARAMETERS},
    ("measure", "rule", "below"): "bands",
}
_DIMENSION_COLUMNS = ("dimension", "dimension_key", "dimension_weight")
# For a problem in a column the sheet does not have, the column to point at instead.
_NEAREST = {
    **{parameter: "rule" for parameter in _PARAMETERS},
    "rule": "kind",
    "target": "kind",
    "levels": "kind",
    "milestones": "kind",
    "dimension_weight": "dimension",
    "dimension_key": "dimension",
}


class _Reading:
    """One pass over the loaded sheets: cells to values, problems collected as they come."""

    def __init__(self, sheets: dict[str, _Sheet], max_indicators: int) -> None:
        self.sheets = sheets
        self.max_indicators = max_indicators
        self.problems: list[WorkbookProblem] = []
        self.places: dict[tuple[str | int, ...], _Where] = {}
        self.broken_cells: set[tuple[str, int | None, int | None]] = set()
        self.broken_groups: set[str] = set()  # weight groups with a cell that did not parse
        self.fatal = False  # a sheet's layout is wrong: no point validating the rest
        self.indicator_header: _Header | None = None
        self.dimension_names: set[str] = set()
        self.dimension_keys: set[str] = set()

    # problems and places

    def refuse(self, code: str, where: _Where, **facts: Any) -> None:
        self.problems.append(
            WorkbookProblem(
                code,
                sheet=where.sheet,
                row=where.row,
                column="" if where.column is None else get_column_letter(where.column + 1),
                header=where.header,
                facts=facts,
            )
        )
        self.broken_cells.add((where.sheet, where.row, where.column))

    def place(self, path: tuple[str | int, ...], where: _Where) -> None:
        self.places[path] = where

    def locate(self, problem: Problem) -> _Where:
        path = tuple(problem.where)
        while path and path not in self.places:
            path = path[:-1]
        return self.places.get(path, _Where(self.sheets["template"].name, None, None, ""))

    # cell readers that report instead of raising

    def number(self, value: Any, where: _Where) -> Decimal | None:
        try:
            found = cell_number(value)
        except NotationError as error:
            self.refuse(error.code, where, **error.facts)
            return None
        return None if found is None else found[0]

    def keyword(self, value: Any, keywords: Keywords, where: _Where) -> str | None:
        if _blank(value):
            return None
        found = keywords.parse(value)
        if found is None:
            self.refuse("unknown_keyword", where, value=_text(value), expected=keywords.expected())
        return found

    def weight(self, value: Any, where: _Where, group: str) -> _Weight | None:
        try:
            found = cell_number(value)
        except NotationError as error:
            self.refuse(error.code, where, **error.facts)
            self.broken_groups.add(group)
            return None
        return None if found is None else _Weight(*found)

    # the whole reading

    def run(self) -> tuple[Template | None, list[WorkbookProblem]]:
        header = self._template_sheet()
        dimensions = self._indicators_sheet()
        vetoes, bonuses, deductions = self._extras_sheet()
        if not self.fatal:
            template = Template(
                code=header["code"],
                name=header["name"],
                version=header["version"],
                dimensions=self._dimensions(dimensions),
                scorer_weights=header["scorer_weights"],
                vetoes=vetoes,
                bonuses=bonuses,
                deductions=deductions,
                max_total_bonus=header["max_total_bonus"],
                max_total_deduction=header["max_total_deduction"],
                grades=header["grades"],
            )
            for problem in validate(template):
                where = self.locate(problem)
                if (where.sheet, where.row, where.column) in self.broken_cells:
                    continue  # that cell's own problem says it already
                if _TOTALS.get(problem.code, set()) & self.broken_groups:
                    continue  # a weight that did not parse makes any total wrong
                self.refuse(problem.code, where, **problem.facts)
            if not self.problems:
                return template, []
        order = {sheet.name: n for n, sheet in enumerate(self.sheets.values())}
        self.problems.sort(
            key=lambda p: (order.get(p.sheet, -1), p.row or 0, len(p.column), p.column)
        )
        return None, self.problems

    # 模板 Template: labelled values, then the grade table

    def _template_sheet(self) -> dict[str, Any]:
        sheet = self.sheets["template"]
        found: dict[str, tuple[Any, _Where]] = {}
        grades: list[tuple[str, Any, _Where]] = []
        grade_header: _Where | None = None
        for number, cells in sheet.rows:
            filled = [n for n, value in enumerate(cells) if not _blank(value)]
            if not filled:
                continue
            first = filled[0]
            label = cells[first]
            value = cells[first + 1] if first + 1 < len(cells) else None
            kind = TEMPLATE_LABELS.match(label)
            where = _Where(sheet.name, number, first, _text(label))
            if grade_header is not None:  # the grade table runs to the end of the sheet
                grades.append((_text(label), value, where))
            elif kind == "grade" and (_blank(value) or GRADE_BOUND_LABELS.match(value)):
                grade_header = where
            elif kind is None:
                if not _blank(value):  # a title or a note alone on its row is fine
                    self.refuse("unknown_label", where)
            elif kind not in ("heading", "grade"):
                if kind in found:
                    self.refuse("duplicate_label", where)
                else:
                    value_at = _Where(sheet.name, number, first + 1, _text(label))
                    found[kind] = (value, value_at)

        for label in TEMPLATE_ROWS:  # rows left out: problems point at the sheet and the label
            if label.field in ("code", "name", "max_total_bonus", "max_total_deduction"):
                where = found[label.field][1] if label.field in found else None
                self.place((label.field,), where or _Where(sheet.name, None, None, label.text))
        header: dict[str, Any] = {
            "code": _text(found.get("code", (None,))[0]),
            "name": _text(found.get("name", (None,))[0]),
            "version": 1,
            "scorer_weights": self._scorer_weights(found),
            "grades": self._grades(grade_header, grades),
        }
        if "version" in found:
            value, where = found["version"]
            try:
                header["version"] = notation.whole_number(value) or 1
            except NotationError as error:
                self.refuse(error.code, where, **error.facts)
        for kind in ("max_total_bonus", "max_total_deduction"):
            header[kind] = Decimal(0)
            if kind in found:
                value, where = found[kind]
                header[kind] = self.number(value, where) or Decimal(0)
        return header

    def _scorer_weights(self, found: dict[str, tuple[Any, _Where]]) -> Mapping[Scorer, Decimal]:
        """Blank or left out: that scorer does not score (all three left out: the defaults)."""
        given: dict[Scorer, _Weight] = {}
        for kind, scorer in _SCORERS.items():
            if kind in found:
                value, where = found[kind]
                self.place(("scorer_weights", scorer.value), where)
                self.places.setdefault(("scorer_weights",), where)
                weight = self.weight(value, where, "scorer")
                if weight is not None:
                    given[scorer] = weight
        if not given and "scorer" not in self.broken_groups:
            return DEFAULT_SCORER_WEIGHTS
        return dict(zip(given, _percentages(list(given.values())), strict=True))

    def _grades(self, header: _Where | None, rows: list[tuple[str, Any, _Where]]) -> GradeScale:
        """Grades from the best down; the last one's lower bound is blank (or 0)."""
        if header is None:
            return DEFAULT_GRADES
        self.place(("grades",), header)
        bands: list[tuple[str, Decimal, _Where]] = []
        lowest: tuple[str, _Where] | None = None
        for name, value, where in rows:
            if lowest is not None:  # a blank lower bound before the last grade
                self.refuse("value_required", lowest[1].right())
                lowest = None
            if _blank(value):
                lowest = (name, where)
                continue
            bound = self.number(value, where.right())
            if bound is not None:
                bands.append((name, bound, where))
        if lowest is None and bands and bands[-1][1] <= 0:
            name, _, where = bands.pop()
            lowest = (name, where)
        if lowest is None:
            self.refuse("value_required", header, field="lowest")
            lowest = ("", header)
        for n, (_, _, where) in enumerate(bands):
            self.place(("grades", "bands", n), where)
        self.place(("grades", "lowest"), lowest[1])
        return GradeScale(tuple(GradeBand(name, bound) for name, bound, _ in bands), lowest[0])

    # the header row of a table sheet

    def _header(
        self,
        sheet: _Sheet,
        vocabulary: Vocabulary,
        required: tuple[str, ...],
        headers: Mapping[str, str],
    ) -> _Header | None:
        for index, (number, cells) in enumerate(sheet.rows[:HEADER_SEARCH_ROWS]):
            columns: dict[str, int] = {}
            labels: dict[str, str] = {}
            duplicates: list[int] = []
            for n, value in enumerate(cells):
                kind = vocabulary.match(value)
                if kind in columns:
                    duplicates.append(n)
                elif kind is not None:
                    columns[kind], labels[kind] = n, _text(value)
            if sum(kind in columns for kind in required) < 2:
                continue
            for n in duplicates:
                self.refuse("duplicate_column", _Where(sheet.name, number, n, _text(cells[n])))
            for kind in required:
                if kind not in columns:
                    where = _Where(sheet.name, None, None, headers[kind])
                    self.refuse("missing_column", where, column=headers[kind])
            if duplicates or not all(kind in columns for kind in required):
                self.fatal = True
                return None
            return _Header(index, columns, labels)
        expected = [headers[kind] for kind in required]
        self.refuse("missing_header", _Where(sheet.name, None, None, ""), expected=expected)
        self.fatal = True
        return None

    # 指标 Indicators

    def _indicators_sheet(self) -> list[_PendingDimension]:
        sheet = self.sheets["indicators"]
        headers = {column.field: column.header for column in INDICATOR_COLUMNS}
        header = self._header(sheet, INDICATOR_HEADERS, REQUIRED_INDICATOR_COLUMNS, headers)
        if header is None:
            return []
        self.indicator_header = header
        total_at = "dimension_weight" if "dimension_weight" in header.columns else "dimension"
        self.place(
            ("dimensions",),
            _Where(sheet.name, None, header.columns[total_at], header.labels[total_at]),
        )
        dimensions: list[_PendingDimension] = []
        current: _PendingDimension | None = None
        count = 0
        for number, cells in sheet.rows[header.index + 1 :]:
            row = _Row(sheet.name, number, cells, header)
            if row.empty():
                continue
            current = self._dimension_of(row, current, dimensions)
            if all(row.blank(kind) for kind in header.columns if kind not in _DIMENSION_COLUMNS):
                continue  # the dimension on a row of its own
            count += 1
            if count > self.max_indicators:
                where = _Where(sheet.name, number, None, "")
                self.refuse("too_many_indicators", where, limit=self.max_indicators)
                self.fatal = True
                break
            current.indicators.append(self._indicator(row))
        return dimensions

    def _dimension_of(
        self,
        row: _Row,
        current: _PendingDimension | None,
        dimensions: list[_PendingDimension],
    ) -> _PendingDimension:
        """The row's dimension: named on it, or (blank, or merged) the one above."""
        name, key = row.text("dimension"), row.text("dimension_key")
        if current is None and not (name or key):
            self.refuse("value_required", row.at("dimension"))
        if current is None or (name and name != current.name) or (key and key != current.key):
            # A dimension is known by its key when it has one (names may repeat), else its name.
            if key in self.dimension_keys if key else name in self.dimension_names:
                self.refuse("dimension_repeated", row.at("dimension"), name=name or key)
            self.dimension_names.add(name)
            self.dimension_keys.add(key)
            current = _PendingDimension(row.number, key, name)
            dimensions.append(current)
        weight = self.weight(row.value("dimension_weight"), row.at("dimension_weight"), "dimension")
        if weight is not None:
            if current.weight is None:
                current.weight, current.weight_row = weight, row.number
            elif current.weight != weight:
                self.refuse(
                    "conflicting_dimension_weight",
                    row.at("dimension_weight"),
                    first=current.weight.value,
                    value=weight.value,
                )
                self.broken_groups.add("dimension")
        return current

    def _indicator(self, row: _Row) -> _PendingIndicator:
        if not row.text("indicator"):
            self.refuse("value_required", row.at("indicator"))
        weight = self.weight(row.value("weight"), row.at("weight"), "indicator")
        if weight is None and row.blank("weight"):
            self.refuse("value_required", row.at("weight"))
            self.broken_groups.add("indicator")
        return _PendingIndicator(
            row=row.number,
            key=row.text("key"),
            name=row.text("indicator"),
            weight=weight,
            measure=self._measure(row),
            standard=row.text("standard"),
        )

    def _measure(self, row: _Row) -> Measure:
        stand_in = Quantitative(PassFail())  # for a row whose own problems are reported
        before = len(self.problems)
        kind = self.keyword(row.value("kind"), KINDS, row.at("kind"))
        if kind is None:
            if row.blank("kind"):
                self.refuse("value_required", row.at("kind"))
            return stand_in
        rule = None
        unwanted = _NOT_APPLICABLE[kind]
        if kind == "quantitative":
            rule = self.keyword(row.value("rule"), RULES, row.at("rule"))
            if rule is None and not row.blank("rule"):
                return stand_in
            rule = rule or "linear"  # the plain achievement ratio, when no rule is written
            unwanted += tuple(p for p in _PARAMETERS if p not in _RULE_PARAMETERS[rule])
        for column in unwanted:
            if not row.blank(column):
                facts = {"kind": kind} if rule is None else {"kind": kind, "rule": rule}
                self.refuse("not_applicable", row.at(column), **facts)
        if kind == "qualitative":
            measure: Measure = self._qualitative(row)
        elif kind == "process":
            measure = Process(notation.parse_milestones(row.raw("milestones")))
        else:
            measure = self._quantitative(row, rule or "linear")
        return stand_in if len(self.problems) > before else measure

    def _quantitative(self, row: _Row, rule_kind: str) -> Measure:
        target = self.number(row.value("target"), row.at("target"))
        direction = self.keyword(row.value("direction"), DIRECTIONS, row.at("direction"))
        numbers: dict[str, Decimal] = {}
        for column in _RULE_PARAMETERS[rule_kind]:
            if column != "bands" and not row.blank(column):
                found = self.number(row.value(column), row.at(column))
                numbers[column] = Decimal(0) if found is None else found  # None: refused
        rule: Rule
        if rule_kind == "linear":
            rule = Linear(**numbers)
        elif rule_kind == "bands":
            try:
                bands, below = notation.parse_bands(row.raw("bands"))
            except NotationError as error:
                self.refuse(error.code, row.at("bands"), **error.facts)
                bands, below = (), Decimal(0)
            rule = Bands(bands, below)
        elif rule_kind == "per_incident":
            if row.blank("per_incident"):
                self.refuse("value_required", row.at("per_incident"))
                numbers["per_incident"] = Decimal(1)
            rule = PerIncident(**numbers)
        else:
            rule = PassFail(**numbers)
        return Quantitative(
            rule=rule,
            target=target,
            unit=row.text("unit"),
            direction=Direction(direction or Direction.HIGHER_IS_BETTER),
        )

    def _qualitative(self, row: _Row) -> Measure:
        try:
            levels = notation.parse_levels(row.raw("levels"))
        except NotationError as error:
            self.refuse(error.code, row.at("levels"), **error.facts)
            levels = []
        try:
            descriptions = notation.parse_descriptions(row.raw("level_descriptions"))
        except NotationError as error:
            self.refuse(error.code, row.at("level_descriptions"), **error.facts)
            descriptions = {}
        values = {value for value, _, _ in levels}
        for value in descriptions:
            if value not in values:
                self.refuse("description_without_level", row.at("level_descriptions"), value=value)
        return Qualitative(
            tuple(
                Level(value, label, score, descriptions.get(value, ""))
                for value, label, score in levels
            )
        )

    def _dimensions(self, pending: list[_PendingDimension]) -> tuple[Dimension, ...]:
        """Weights converted per group, blank keys filled in, places noted for the problems."""
        header = self.indicator_header
        assert header is not None  # only called when the sheet had its header
        sheet = self.sheets["indicators"].name

        def at(row: int, kind: str) -> _Where:
            while kind not in header.columns:  # a column left out: the nearest one there
                kind = _NEAREST.get(kind, "indicator")
            return _Where(sheet, row, header.columns[kind], header.labels[kind])

        indicators = [i for d in pending for i in d.indicators]
        indicator_weights = iter(
            _percentages([i.weight for i in indicators if i.weight is not None])
        )
        dimension_weights = iter(_percentages([d.weight for d in pending if d.weight is not None]))
        indicator_keys = iter(_keys([i.key for i in indicators], "K"))
        dimensions = []
        for d, (dimension, key) in enumerate(
            zip(pending, _keys([d.key for d in pending], "D"), strict=True)
        ):
            built = []
            for i, indicator in enumerate(dimension.indicators):
                weight = Decimal(0) if indicator.weight is None else next(indicator_weights)
                built.append(
                    Indicator(
                        next(indicator_keys),
                        indicator.name,
                        weight,
                        indicator.measure,
                        indicator.standard,
                    )
                )
                for suffix, column in _INDICATOR_PLACES.items():
                    self.place(
                        ("dimensions", d, "indicators", i, *suffix), at(indicator.row, column)
                    )
            if dimension.weight is None:  # left blank: the total of its indicators
                weight = sum((indicator.weight for indicator in built), Decimal(0))
            else:
                weight = next(dimension_weights)
            dimensions.append(Dimension(key, dimension.name, weight, tuple(built)))
            self.place(("dimensions", d), at(dimension.row, "dimension"))
            self.place(("dimensions", d, "name"), at(dimension.row, "dimension"))
            weight_row = dimension.weight_row or dimension.row
            self.place(("dimensions", d, "weight"), at(weight_row, "dimension_weight"))
        return tuple(dimensions)

    # 否决与加减分 Vetoes & adjustments

    def _extras_sheet(
        self,
    ) -> tuple[tuple[VetoItem, ...], tuple[AdjustmentItem, ...], tuple[AdjustmentItem, ...]]:
        sheet = self.sheets.get("extras")
        if sheet is None:
            return (), (), ()
        headers = {column.field: column.header for column in EXTRA_COLUMNS}
        header = self._header(sheet, EXTRA_HEADERS, REQUIRED_EXTRA_COLUMNS, headers)
        if header is None:
            return (), (), ()
        items: dict[str, list[tuple[_Row, str, Decimal]]] = {
            "veto": [],
            "bonus": [],
            "deduction": [],
        }
        count = 0
        for number, cells in sheet.rows[header.index + 1 :]:
            row = _Row(sheet.name, number, cells, header)
            if row.empty():
                continue
            count += 1
            if count > MAX_EXTRA_ITEMS:
                self.refuse("too_many_items", row.at("kind"), limit=MAX_EXTRA_ITEMS)
                self.fatal = True
                break
            kind = self.keyword(row.value("kind"), EXTRA_KINDS, row.at("kind"))
            if kind is None:
                if row.blank("kind"):
                    self.refuse("value_required", row.at("kind"))
                continue
            if not row.text("name"):
                self.refuse("value_required", row.at("name"))
            # A veto caps the final score (blank: at 0); a bonus or deduction has its maximum.
            wanted, unwanted = ("cap", "max_points") if kind == "veto" else ("max_points", "cap")
            if not row.blank(unwanted):
                self.refuse("not_applicable", row.at(unwanted), kind=kind)
            if kind != "veto" and row.blank(wanted):
                self.refuse("value_required", row.at(wanted))
            amount = self.number(row.value(wanted), row.at(wanted)) or Decimal(0)
            items[kind].append((row, wanted, amount))
        built: dict[str, tuple[Any, ...]] = {}
        for kind, plural, prefix in (
            ("veto", "vetoes", "V"),
            ("bonus", "bonuses", "B"),
            ("deduction", "deductions", "M"),
        ):
            keys = _keys([row.text("key") for row, _, _ in items[kind]], prefix)
            made: list[Any] = []
            for n, ((row, wanted, amount), key) in enumerate(zip(items[kind], keys, strict=True)):
                item_type = VetoItem if kind == "veto" else AdjustmentItem
                made.append(item_type(key, row.text("name"), amount, row.text("standard")))
                self.place((plural, n), row.at("name"))
                self.place((plural, n, wanted), row.at(wanted))
            built[kind] = tuple(made)
        return built["veto"], built["bonus"], built["deduction"]


def _percentages(weights: list[_Weight]) -> list[Decimal]:
    """A weight group in percentage points (the rule is in the module's docstring)."""
    plain = [w.value for w in weights if not w.percent]
    if plain and all(0 <= value <= 1 for value in plain):
        total = sum((w.value if w.percent else w.value * HUNDRED for w in weights), Decimal(0))
        if total == HUNDRED:
            return [w.value if w.percent else tidy(w.value * HUNDRED) for w in weights]
    return [w.value for w in weights]


def _keys(given: list[str], prefix: str) -> list[str]:
    """Keys as written; a blank one becomes prefix + position (K3), unless that is taken."""
    taken = {key for key in given if key}
    keys = []
    for n, key in enumerate(given, start=1):
        if not key:
            key = f"{prefix}{n}"
            while key in taken:
                key += "'"
            taken.add(key)
        keys.append(key)
    return keys
