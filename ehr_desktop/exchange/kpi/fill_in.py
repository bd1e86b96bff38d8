"""Fill-in workbooks for offline collection: one manager's team forms (or one employee's
self-assessment) as an Excel workbook to fill in, and reading a returned one back.

The workbook carries a very hidden sheet with the manifest (the forms, the scorer, each form's
version stamp, the address and kind of every cell to fill, and a digest of every other cell)
authenticated with HMAC-SHA256 under a per-vault key. Sheet protection only keeps honest people
from typing in the wrong place; the manifest's MAC is what recognises the app's own workbook
and notices a changed fixed cell, another vault's workbook or an edited hidden sheet.

Reading treats the file as untrusted: the roster reader's container checks (zip bombs, XML
entities, sheet extents) under tight limits, in a memory-limited child process, within a time
budget. Every cell to fill is then read as its kind says (a number, a whole number, a level of
the scale, pass/fail, met/not met, a comment) and each value that does not fit is reported by
sheet and cell. The layout is described in docs/fill-in-workbooks.md.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import hmac
import json
import math
import re
import time
import zipfile
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path
from typing import Any

import python_calamine
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Protection, Side
from openpyxl.utils import get_column_letter
from openpyxl.workbook.protection import WorkbookProtection
from openpyxl.worksheet.datavalidation import DataValidation

from ehr_desktop import atomic
from ehr_desktop.domain.errors import EhrError
from ehr_desktop.domain.kpi import (
    Actual,
    Bands,
    Checklist,
    Direction,
    Incidents,
    Indicator,
    IndicatorInput,
    Linear,
    PassFail,
    PerIncident,
    Process,
    Qualitative,
    Quantitative,
    Rating,
    Scorer,
    Template,
    Verdict,
    input_kind,
)
from ehr_desktop.exchange import spreadsheet
from ehr_desktop.exchange.kpi import isolated
from ehr_desktop.exchange.kpi.cells import (
    HEADER_ALIGNMENT,
    HEADER_BORDER,
    HEADER_FILL,
    HEADER_FONT,
    TEXT_FORMAT,
    WRAP,
    display_width,
    number,
    safe_text,
    unescape_text,
)
from ehr_desktop.exchange.kpi.notation import NotationError, cell_number, number_text
from ehr_desktop.exchange.kpi.vocabulary import label_key
from ehr_desktop.exchange.roster.reader import Limits, RosterUnreadable, open_book

FORMAT = "ehr-desktop/fill-in/1"
MANIFEST_SHEET = "_ehr_fill_in"
INSTRUCTIONS_SHEET = "说明 Instructions"
FILL_IN_LIMITS = Limits(
    max_file_bytes=20 * 2**20,  # a workbook of 500 forms is about 1 MB
    max_uncompressed_bytes=200 * 2**20,
    max_compression_ratio=200.0,
    ratio_floor_bytes=2**20,
    max_zip_members=2_000,
    max_rows=20_000,  # per sheet, blank rows included
    max_columns=60,
    time_budget=60.0,
)
MAX_FORMS = 2_000
MAX_COMMENT = 2_000  # characters; a comment is a remark, not an essay
ACTUAL_BOUND = Decimal(10) ** 12  # |actual value| at most this (the validation's range too)
MAX_INCIDENTS = 100_000
_CHUNK = 30_000  # manifest characters per hidden cell (Excel holds at most 32,767)
_MAX_MANIFEST_CHARS = 16 * 2**20
_TAG_HEX = 16  # 64 bits per fixed cell: finds the changed cell; the MAC makes it binding

_ENTRY_FILL = PatternFill("solid", start_color="FFF2CC", end_color="FFF2CC")
_ENTRY_BORDER = Border(*(Side(style="thin", color="BF9000"),) * 4)
_FIXED_FILL = PatternFill("solid", start_color="F2F2F2", end_color="F2F2F2")
_TITLE_FONT = Font(bold=True, size=14)
_LABEL_FONT = Font(bold=True, color="595959")
_MUTED_FONT = Font(italic=True, color="7F7F7F")
_UNLOCKED = Protection(locked=False)
# Characters Excel refuses in a sheet name, as full-width look-alikes (as the results workbook).
_SHEET_NAME_CHARACTERS = str.maketrans("[]:*?/\\", "［］：＊？／＼")
_SHEET_NAME_LIMIT = 31


# --- the words ---------------------------------------------------------------------------------


@dataclass(frozen=True)
class FillInTexts:
    """The workbook's words. Managers and employees read it outside the app, in whichever
    language they prefer, so the defaults are bilingual (Chinese first) rather than the
    officer's language; a caller may still word it otherwise. The drop-down choices double as
    the words reading accepts (besides 是/否, yes/no, ✓/✗ and the like)."""

    title: str = "绩效考核表 Appraisal form"
    labels: Mapping[str, str] = field(
        default_factory=lambda: {
            "employee_no": "工号 Employee no.",
            "name": "姓名 Name",
            "department": "部门 Department",
            "position": "岗位 Position",
            "cycle": "考核周期 Cycle",
            "template": "考核模板 Template",
            "filled_by": "填写人 Filled in by",
            "due": "截止日期 Due",
            "hint": "只填写黄色单元格；其余内容由系统核对，改动后整份表格将被退回。"
            "\nFill in the yellow cells only; everything else is checked on return, and a "
            "change to it sends the whole workbook back.",
        }
    )
    headers: Mapping[str, str] = field(
        default_factory=lambda: {
            "dimension": "维度 Dimension",
            "indicator": "指标 Indicator",
            "weight": "权重% Weight %",
            "standard": "考核标准 Standard",
            "target": "目标 Target",
            "scale": "评分规则 Scoring",
            "self": "自评 Self-assessment",
            "entry": "填写 Your entry",
            "comment": "说明 Comment",
        }
    )
    scorers: Mapping[str, str] = field(
        default_factory=lambda: {"self": "员工自评 Self-assessment", "manager": "上级评分 Manager"}
    )
    passed: str = "通过 Pass"
    failed: str = "不通过 Fail"
    met: str = "达成 Met"
    not_met: str = "未达成 Not met"
    lower_is_better: str = "越低越好 lower is better"
    milestones_below: str = "见下方各里程碑 See the milestones below"
    total: str = "合计 Total"
    instructions_title: str = "填写说明 How to fill in this workbook"
    instructions: Sequence[str] = (
        "1. 每个工作表是一张考核表。只在黄色单元格中填写：实际值、次数、等级、"
        "是否通过或达成，以及可选的说明。",
        "   Each sheet is one appraisal form. Type only into the yellow cells: the actual value, "
        "the number of incidents, the level, pass or fail, met or not met, and an optional "
        "comment.",
        "2. 点击黄色单元格会显示应填写的内容；等级、通过/不通过和里程碑请从下拉列表中选择。",
        "   Clicking a yellow cell shows what it takes; choose levels, pass/fail and milestones "
        "from the drop-down list.",
        "3. 可以只填写一部分，之后再交回其余部分；空着的单元格不会清除已有的内容。",
        "   You may fill in part of it and hand in the rest later; an empty cell never erases "
        "what was handed in before.",
        "4. 请不要改动其他单元格、不要重命名或删除工作表，也不要把内容复制到另一个工作簿："
        "系统会核对整份表格，有改动的表格将被退回。",
        "   Do not change other cells, rename or delete sheets, or copy the content into another "
        "workbook: the whole workbook is checked, and a changed one is sent back.",
        "5. 填写完成后保存为 .xlsx（Excel 或 WPS），原样交回人力资源部。",
        "   When done, save it as .xlsx (Excel or WPS) and hand it back to HR as it is.",
    )
    sheet_list_headers: Sequence[str] = (
        "工作表 Sheet",
        "工号 Employee no.",
        "姓名 Name",
        "部门 Department",
    )
    about_labels: Mapping[str, str] = field(
        default_factory=lambda: {
            "company": "公司 Company",
            "cycle": "考核周期 Cycle",
            "for": "填写人 For",
            "role": "评分角色 Role",
            "due": "截止日期 Due",
            "exported": "导出日期 Exported on",
            "forms": "考核表数量 Forms",
        }
    )
    prompts: Mapping[str, str] = field(
        default_factory=lambda: {
            "actual": "填写实际值（数字）\nEnter the actual value (a number)",
            "incidents": "填写次数（整数）\nEnter the number of incidents",
            "rating": "从列表选择等级\nChoose a level from the list",
            "verdict": "选择 通过 或 不通过\nChoose Pass or Fail",
            "milestone": "选择 达成 或 未达成\nChoose Met or Not met",
            "comment": "可选：评语或理由\nOptional: a remark or the reason",
        }
    )
    errors: Mapping[str, str] = field(
        default_factory=lambda: {
            "number": "请填写数字。Enter a number.",
            "whole": "请填写 0 或更大的整数。Enter a whole number, 0 or more.",
            "choice": "请从列表中选择。Choose a value from the list.",
            "comment": "说明过长。The comment is too long.",
        }
    )


_PASS_WORDS = ("通过", "合格", "是", "pass", "passed", "yes", "y", "✓", "✔", "√", "true", "1")
_FAIL_WORDS = ("不通过", "未通过", "不合格", "否", "fail", "failed", "no", "n", "✗", "✘", "×", "x")
_FAIL_WORDS += ("false", "0")
_MET_WORDS = ("达成", "已达成", "完成", "已完成", "是", "met", "done", "yes", "y", "✓", "✔", "√")
_MET_WORDS += ("true", "1")
_NOT_MET_WORDS = ("未达成", "未完成", "否", "not met", "notmet", "no", "n", "✗", "✘", "×", "x")
_NOT_MET_WORDS += ("false", "0")


# --- what the service hands in -----------------------------------------------------------------


@dataclass(frozen=True)
class FormSheet:
    """One form to fill in: who it is about, its frozen template, and what is entered so far."""

    form_id: int
    stamp: str  # the form's version stamp at export (services.kpi_fill_in.form_stamps)
    employee_no: str
    name: str
    department: str
    position: str
    template: Template
    entered: Mapping[str, IndicatorInput] = field(default_factory=dict)  # this scorer's, so far
    comments: Mapping[str, str] = field(default_factory=dict)
    self_assessment: Mapping[str, IndicatorInput] | None = None  # shown to the manager


@dataclass(frozen=True)
class FillInWorkbook:
    cycle_id: int
    cycle: str
    period: str  # the cycle's dates as text
    scorer: Scorer  # SELF or MANAGER
    person_id: int  # who fills it in: the employee, or the manager (the forms' reviewer)
    person: str  # their number and name, as shown
    due: dt.date | None
    company: str
    forms: Sequence[FormSheet]
    exported_at: str  # ISO time
    export_id: str = ""  # names this very workbook (a returned copy is recognised by it)


def key_id(key: bytes) -> str:
    """A public fingerprint of the vault's fill-in key: tells another vault's workbook apart
    from a tampered one without revealing anything about the key."""
    return hmac.new(key, b"ehr-desktop fill-in key id", hashlib.sha256).hexdigest()[:16]


def _sheet_password(key: bytes) -> str:
    # Only a speed bump (Excel's sheet password hash is weak); the MAC is the real check.
    return hmac.new(key, b"ehr-desktop fill-in sheet", hashlib.sha256).hexdigest()[:12]


def _mac(key: bytes, manifest: str) -> str:
    message = "\0".join((FORMAT, key_id(key), manifest)).encode("utf-8")
    return hmac.new(key, message, hashlib.sha256).hexdigest()


def canonical(value: Any) -> str | None:
    """A cell's value as compared after the round trip through Excel or WPS: numbers by value
    (40 written is 40.0 read), text with its line ends and outer blanks evened out; None for
    a blank cell."""
    if value is None:
        return None
    if isinstance(value, bool):
        return "b:1" if value else "b:0"
    if isinstance(value, int | float | Decimal):
        if isinstance(value, float):
            if not math.isfinite(value):
                return f"n:{value!r}"
            value = Decimal(repr(value))
        return "n:" + format(Decimal(value).normalize(), "f")
    if isinstance(value, dt.datetime | dt.date | dt.time):
        return "d:" + value.isoformat()
    if isinstance(value, dt.timedelta):
        return f"t:{value.total_seconds()!r}"
    text = str(value).replace("\r\n", "\n").replace("\r", "\n").strip()
    return "s:" + text if text else None


def _tag(coordinate: str, value: str) -> str:
    digest = hashlib.sha256(f"{coordinate}\0{value}".encode()).hexdigest()
    return digest[:_TAG_HEX]


# --- writing -----------------------------------------------------------------------------------


def write_fill_in(
    path: Path, book: FillInWorkbook, key: bytes, texts: FillInTexts | None = None
) -> None:
    """Writes the workbook atomically: the instructions, one protected sheet per form with only
    the cells to fill unlocked and validated, and the authenticated manifest (very hidden)."""
    texts = texts or FillInTexts()
    if book.scorer not in (Scorer.SELF, Scorer.MANAGER):
        raise ValueError("fill-in workbooks are for self-assessments and managers")
    password = _sheet_password(key)
    workbook = Workbook()
    instructions = workbook.active
    instructions.title = INSTRUCTIONS_SHEET
    taken = {INSTRUCTIONS_SHEET.casefold(), MANIFEST_SHEET.casefold(), "history"}
    forms: list[dict[str, Any]] = []
    entry_cells: dict[str, set[str]] = {}
    sheets = []
    for form in book.forms:
        title = _sheet_title(f"{form.employee_no} {form.name}", taken)
        sheet = workbook.create_sheet(title)
        sheets.append((form, title))
        described = _form_sheet(sheet, book, form, texts)
        forms.append({"form_id": form.form_id, "stamp": form.stamp, "sheet": title, **described})
        entry_cells[title] = {c["cell"] for c in (*described["inputs"], *described["comments"])}
        _protect(sheet, password)
    _instructions_sheet(instructions, book, sheets, texts)
    _protect(instructions, password)
    cells = {
        sheet.title: _fixed_tags(sheet, entry_cells.get(sheet.title, set()))
        for sheet in workbook.worksheets
    }
    manifest = json.dumps(
        {
            "format": FORMAT,
            "cycle_id": book.cycle_id,
            "cycle": book.cycle,
            "scorer": book.scorer.value,
            "person_id": book.person_id,
            "person": book.person,
            "exported_at": book.exported_at,
            "export_id": book.export_id,
            "forms": forms,
            "cells": cells,
        },
        ensure_ascii=False,
        sort_keys=True,
        separators=(",", ":"),
    )
    hidden = workbook.create_sheet(MANIFEST_SHEET)
    hidden.sheet_state = "veryHidden"
    hidden["A1"] = FORMAT
    hidden["B1"] = key_id(key)
    hidden["C1"] = _mac(key, manifest)
    for n, start in enumerate(range(0, len(manifest), _CHUNK), start=2):
        cell = hidden.cell(row=n, column=1, value=manifest[start : start + _CHUNK])
        cell.data_type = "s"  # JSON may start with anything but never is a formula
    _protect(hidden, password)
    workbook.security = WorkbookProtection(workbookPassword=password, lockStructure=True)
    workbook.active = 0
    # In memory: openpyxl's own save spools each sheet's text to a plaintext temp file.
    atomic.write_bytes(Path(path), spreadsheet.workbook_bytes(workbook))


def _sheet_title(wanted: str, taken: set[str]) -> str:
    """A unique sheet name (Excel compares them case-blind) of at most 31 characters, with the
    characters Excel refuses replaced by full-width look-alikes."""
    base = " ".join(wanted.translate(_SHEET_NAME_CHARACTERS).split()).strip("'") or "Form"
    title = base[:_SHEET_NAME_LIMIT]
    n = 2
    while title.casefold() in taken:
        suffix = f" ({n})"
        title = base[: _SHEET_NAME_LIMIT - len(suffix)] + suffix
        n += 1
    taken.add(title.casefold())
    return title


def _protect(sheet: Any, password: str) -> None:
    sheet.protection.sheet = True
    sheet.protection.password = password
    # Widening a column or a row changes no value: allowed, so long texts can be read.
    sheet.protection.formatColumns = False
    sheet.protection.formatRows = False


def _fixed_tags(sheet: Any, entries: set[str]) -> dict[str, str]:
    tags = {}
    for row in sheet.iter_rows():
        for cell in row:
            if cell.coordinate in entries:
                continue
            value = canonical(cell.value)
            if value is not None:
                tags[cell.coordinate] = _tag(cell.coordinate, value)
    return tags


def _put(sheet: Any, row: int, column: int, value: Any, **style: Any) -> Any:
    """A fixed cell: text never a formula (safe_text), Decimals as exact numbers."""
    cell = sheet.cell(row=row, column=column)
    if isinstance(value, str):
        cell.value = safe_text(value)
        cell.data_type = "s"
    elif isinstance(value, Decimal):
        cell.value = number(value)
        if isinstance(cell.value, str):
            cell.data_type = "s"
    else:
        cell.value = value
    for name, setting in style.items():
        setattr(cell, name, setting)
    return cell


def _instructions_sheet(
    sheet: Any, book: FillInWorkbook, sheets: Sequence[tuple[FormSheet, str]], texts: FillInTexts
) -> None:
    _put(sheet, 1, 1, texts.instructions_title, font=_TITLE_FONT)
    about = texts.about_labels
    rows: list[tuple[str, Any]] = []
    if book.company:
        rows.append((about["company"], book.company))
    rows += [
        (about["cycle"], f"{book.cycle} ({book.period})"),
        (about["for"], book.person),
        (about["role"], texts.scorers[book.scorer.value]),
        (about["due"], book.due.isoformat() if book.due else "—"),
        (about["exported"], book.exported_at[:10]),
        (about["forms"], len(book.forms)),
    ]
    row = 3
    for label_text, value in rows:
        _put(sheet, row, 1, label_text, font=_LABEL_FONT)
        _put(sheet, row, 2, value, alignment=Alignment(horizontal="left"))
        row += 1
    row += 1
    for paragraph in texts.instructions:
        _put(sheet, row, 1, paragraph, alignment=WRAP)
        sheet.merge_cells(start_row=row, start_column=1, end_row=row, end_column=4)
        sheet.row_dimensions[row].height = 15 * _lines(paragraph, 110)
        row += 1
    row += 1
    for column, header in enumerate(texts.sheet_list_headers, start=1):
        _style_header(_put(sheet, row, column, header))
    for form, title in sheets:
        row += 1
        for column, value in enumerate((title, form.employee_no, form.name, form.department), 1):
            _put(sheet, row, column, value)
    for column, width in zip("ABCD", (24, 40, 26, 30), strict=True):
        sheet.column_dimensions[column].width = width


def _style_header(cell: Any) -> None:
    cell.font = HEADER_FONT
    cell.fill = HEADER_FILL
    cell.border = HEADER_BORDER
    cell.alignment = HEADER_ALIGNMENT


def _lines(text: str, width: float) -> int:
    """Lines a wrapped cell of `width` characters needs (wide characters count twice)."""
    return sum(max(1, math.ceil(display_width(line) / max(width, 1))) for line in text.split("\n"))


# The form sheet's columns, left to right; "self" only in a manager's workbook.
_COLUMNS = ("dimension", "indicator", "weight", "standard", "target", "scale", "self", "entry")
_WIDTHS = {
    "dimension": 14,
    "indicator": 22,
    "weight": 9,
    "standard": 30,
    "target": 14,
    "scale": 36,
    "self": 14,
    "entry": 16,
    "comment": 36,
}
_HEADER_ROW = 10


def _form_sheet(
    sheet: Any, book: FillInWorkbook, form: FormSheet, texts: FillInTexts
) -> dict[str, Any]:
    """Lays out one form; returns its part of the manifest (who, the cells to fill)."""
    columns = [c for c in _COLUMNS if c != "self" or book.scorer == Scorer.MANAGER]
    columns.append("comment")
    at = {name: n for n, name in enumerate(columns, start=1)}
    last = get_column_letter(len(columns))
    template = form.template

    _put(sheet, 1, 1, f"{texts.title} · {book.cycle}", font=_TITLE_FONT)
    sheet.merge_cells(f"A1:{last}1")
    if book.company:
        _put(sheet, 2, 1, book.company, font=_MUTED_FONT)
    labels = texts.labels
    block = (
        (labels["employee_no"], form.employee_no, labels["name"], form.name),
        (labels["department"], form.department, labels["position"], form.position),
        (
            labels["cycle"],
            f"{book.cycle} ({book.period})",
            labels["template"],
            f"{template.name} v{template.version}",
        ),
        (
            labels["filled_by"],
            f"{texts.scorers[book.scorer.value]}: {book.person}",
            labels["due"],
            book.due.isoformat() if book.due else "—",
        ),
    )
    for row, (label_a, value_a, label_b, value_b) in enumerate(block, start=3):
        _put(sheet, row, 1, label_a, font=_LABEL_FONT)
        _put(sheet, row, 2, value_a)
        sheet.merge_cells(start_row=row, start_column=2, end_row=row, end_column=3)
        _put(sheet, row, 4, label_b, font=_LABEL_FONT, alignment=Alignment(horizontal="right"))
        _put(sheet, row, 5, value_b)
        sheet.merge_cells(start_row=row, start_column=5, end_row=row, end_column=len(columns))
    _put(sheet, 8, 1, labels["hint"], font=_MUTED_FONT, alignment=WRAP)
    sheet.merge_cells(f"A8:{last}8")
    sheet.row_dimensions[8].height = 30

    for name, column in at.items():
        _style_header(_put(sheet, _HEADER_ROW, column, texts.headers[name]))
    sheet.row_dimensions[_HEADER_ROW].height = 32

    validations = _Validations(sheet, texts)
    inputs: list[dict[str, Any]] = []
    comments: list[dict[str, Any]] = []
    row = _HEADER_ROW + 1
    for dimension in template.dimensions:
        first = row
        for indicator in dimension.indicators:
            row = _indicator_rows(
                sheet, row, at, indicator, form, texts, validations, inputs, comments
            )
        _put(
            sheet,
            first,
            at["dimension"],
            f"{dimension.name}\n{number_text(dimension.weight)}%",
            alignment=WRAP,
        )
        if row - 1 > first:
            column = at["dimension"]
            sheet.merge_cells(
                start_row=first, start_column=column, end_row=row - 1, end_column=column
            )
    _put(sheet, row, at["indicator"], texts.total, font=HEADER_FONT)
    total = sum((i.weight for i in template.indicators), Decimal(0))
    _put(sheet, row, at["weight"], total, font=HEADER_FONT)

    for name, column in at.items():
        sheet.column_dimensions[get_column_letter(column)].width = _WIDTHS[name]
    sheet.freeze_panes = sheet.cell(row=_HEADER_ROW + 1, column=1)
    sheet.page_setup.orientation = "landscape"
    sheet.page_setup.fitToHeight = 0
    sheet.sheet_properties.pageSetUpPr.fitToPage = True
    sheet.print_title_rows = f"{_HEADER_ROW}:{_HEADER_ROW}"
    return {
        "employee_no": form.employee_no,
        "name": form.name,
        "indicators": [i.key for i in template.indicators],
        "names": {i.key: i.name for i in template.indicators},
        "inputs": inputs,
        "comments": comments,
    }


class _Validations:
    """The sheet's data validations, one per distinct rule, each covering its cells."""

    def __init__(self, sheet: Any, texts: FillInTexts) -> None:
        self.sheet = sheet
        self.texts = texts
        self.found: dict[tuple, DataValidation] = {}

    def add(self, cell: Any, kind: str, choices: Sequence[str] = ()) -> None:
        key = (kind, tuple(choices))
        validation = self.found.get(key)
        if validation is None:
            validation = self._make(kind, choices)
            self.sheet.add_data_validation(validation)
            self.found[key] = validation
        validation.add(cell)

    def _make(self, kind: str, choices: Sequence[str]) -> DataValidation:
        errors = self.texts.errors
        if kind == "actual":
            bound = str(ACTUAL_BOUND)
            made = DataValidation("decimal", operator="between", formula1=f"-{bound}")
            made.formula2 = bound
            error = errors["number"]
        elif kind == "incidents":
            made = DataValidation("whole", operator="between", formula1="0")
            made.formula2 = str(MAX_INCIDENTS)
            error = errors["whole"]
        elif kind == "comment":
            made = DataValidation("textLength", operator="lessThanOrEqual")
            made.formula1 = str(MAX_COMMENT)
            error = errors["comment"]
        else:
            # A list of literal choices; every entry of the workbook's lists is short.
            made = DataValidation("list", formula1='"' + ",".join(choices) + '"')
            error = errors["choice"]
        made.allow_blank = True
        made.showErrorMessage = True
        made.errorStyle = "stop"
        made.error = error[:225]
        made.showInputMessage = True
        made.prompt = self.texts.prompts[kind][:255]
        return made


def _entry_cell(sheet: Any, row: int, column: int, value: Any, *, text: bool = False) -> Any:
    cell = sheet.cell(row=row, column=column)
    if isinstance(value, str):
        cell.value = safe_text(value)
        cell.data_type = "s"
    elif isinstance(value, Decimal):
        cell.value = number(value)
    else:
        cell.value = value
    cell.fill = _ENTRY_FILL
    cell.border = _ENTRY_BORDER
    cell.protection = _UNLOCKED
    if text:
        # Typed into a text cell, "=…" stays text: Excel never makes it a formula.
        cell.number_format = TEXT_FORMAT
        cell.alignment = WRAP
    return cell


def _indicator_rows(
    sheet: Any,
    row: int,
    at: Mapping[str, int],
    indicator: Indicator,
    form: FormSheet,
    texts: FillInTexts,
    validations: _Validations,
    inputs: list[dict[str, Any]],
    comments: list[dict[str, Any]],
) -> int:
    """One indicator's row (and one row per milestone of a checklist); the next free row."""
    measure = indicator.measure
    kind = _kind(indicator)
    _put(sheet, row, at["indicator"], indicator.name, alignment=WRAP)
    _put(sheet, row, at["weight"], indicator.weight)
    if indicator.standard:
        _put(sheet, row, at["standard"], indicator.standard, alignment=WRAP)
    target = _target_text(indicator, texts)
    if target:
        _put(sheet, row, at["target"], target, alignment=WRAP)
    scale = _scale_text(indicator, texts)
    _put(sheet, row, at["scale"], scale, alignment=WRAP)
    given = form.entered.get(indicator.key)
    own = form.self_assessment or {}
    comment_cell = _entry_cell(
        sheet, row, at["comment"], form.comments.get(indicator.key) or None, text=True
    )
    validations.add(comment_cell, "comment")
    comments.append({"cell": comment_cell.coordinate, "indicator": indicator.key})
    height = max(_lines(scale, _WIDTHS["scale"]), _lines(indicator.standard, _WIDTHS["standard"]))
    sheet.row_dimensions[row].height = 15 * max(1, min(height, 12))

    if isinstance(measure, Process):
        _put(sheet, row, at["entry"], texts.milestones_below, font=_MUTED_FONT, alignment=WRAP)
        sheet.cell(row=row, column=at["entry"]).fill = _FIXED_FILL
        sheet.row_dimensions[row].height = max(sheet.row_dimensions[row].height or 15, 30)
        met = given.met if isinstance(given, Checklist) else None
        own_met = own[indicator.key].met if isinstance(own.get(indicator.key), Checklist) else None
        for milestone in measure.milestones:
            row += 1
            _put(sheet, row, at["indicator"], f"· {milestone.name}", alignment=WRAP)
            if "self" in at and own_met is not None:
                word = texts.met if milestone.key in own_met else texts.not_met
                _put(sheet, row, at["self"], word)
            value = None if met is None else (texts.met if milestone.key in met else texts.not_met)
            cell = _entry_cell(sheet, row, at["entry"], value)
            validations.add(cell, "milestone", (texts.met, texts.not_met))
            inputs.append(
                {
                    "cell": cell.coordinate,
                    "indicator": indicator.key,
                    "kind": "milestone",
                    "milestone": milestone.key,
                    "choices": [texts.met, texts.not_met],
                }
            )
        return row + 1

    if "self" in at and indicator.key in own:
        _put(sheet, row, at["self"], _shown(indicator, own[indicator.key], texts, labelled=True))
    cell = _entry_cell(sheet, row, at["entry"], _shown(indicator, given, texts))
    entry: dict[str, Any] = {"cell": cell.coordinate, "indicator": indicator.key, "kind": kind}
    if kind == "rating":
        assert isinstance(measure, Qualitative)
        levels = [level.value for level in measure.levels]
        entry["levels"] = [[level.value, level.label] for level in measure.levels]
        validations.add(cell, "rating", [str(v) for v in levels])
    elif kind == "verdict":
        entry["choices"] = [texts.passed, texts.failed]
        validations.add(cell, "verdict", (texts.passed, texts.failed))
    else:
        validations.add(cell, kind)
    inputs.append(entry)
    return row + 1


def _kind(indicator: Indicator) -> str:
    return {
        Actual: "actual",
        Incidents: "incidents",
        Verdict: "verdict",
        Rating: "rating",
        Checklist: "checklist",
    }[input_kind(indicator)]


def _shown(
    indicator: Indicator,
    value: IndicatorInput | None,
    texts: FillInTexts,
    *,
    labelled: bool = False,
) -> Any:
    """An entered value as its cell shows it (and as reading takes it back); `labelled`: a
    rating with its label, for reading only."""
    match value:
        case None:
            return None
        case Actual(value=number_value):
            return number_value
        case Incidents(count=count):
            return count
        case Verdict(passed=passed):
            return texts.passed if passed else texts.failed
        case Rating(level=level):
            measure = indicator.measure
            if labelled and isinstance(measure, Qualitative):
                label = next((lv.label for lv in measure.levels if lv.value == level), "")
                return f"{level} {label}".strip()
            return level
        case Checklist(met=met):
            measure = indicator.measure
            total = len(measure.milestones) if isinstance(measure, Process) else len(met)
            return f"{len(met)}/{total}"
    return None


def _target_text(indicator: Indicator, texts: FillInTexts) -> str:
    measure = indicator.measure
    if not isinstance(measure, Quantitative) or measure.target is None:
        return ""
    text = number_text(measure.target)
    if measure.unit:
        text += f" {measure.unit}"
    if measure.direction == Direction.LOWER_IS_BETTER:
        text += f"\n({texts.lower_is_better})"
    return text


def _scale_text(indicator: Indicator, texts: FillInTexts) -> str:
    """How the entry is scored, in both languages (levels with their descriptions)."""
    measure = indicator.measure
    n = number_text
    if isinstance(measure, Qualitative):
        lines = []
        for level in sorted(measure.levels, key=lambda lv: -lv.value):
            line = f"{level.value} {level.label}（{n(level.score)}）"
            if level.description:
                line += f"：{level.description}"
            lines.append(line)
        return "\n".join(lines)
    if isinstance(measure, Process):
        return (
            "每个里程碑同等计分：达成数 ÷ 总数 × 100\n"
            "Each milestone counts the same: met ÷ all × 100"
        )
    rule = measure.rule
    lower = measure.direction == Direction.LOWER_IS_BETTER
    ratio_zh = "目标 ÷ 实际" if lower else "实际 ÷ 目标"
    ratio_en = "target ÷ actual" if lower else "actual ÷ target"
    if isinstance(rule, Linear):
        return (
            f"得分 = {ratio_zh} × 100，{n(rule.floor)}–{n(rule.cap)} 分\n"
            f"Score = {ratio_en} × 100, {n(rule.floor)}–{n(rule.cap)}"
        )
    if isinstance(rule, Bands):
        lines = [f"完成率 Achievement ({ratio_en}):"]
        lines += [f"≥ {n(band.at_least)}% → {n(band.score)}" for band in rule.bands]
        lines.append(f"其余 otherwise → {n(rule.below)}")
        return "\n".join(lines)
    if isinstance(rule, PerIncident):
        return (
            f"每次扣 {n(rule.per_incident)} 分（从 {n(rule.start)} 起，最低 {n(rule.floor)}）\n"
            f"−{n(rule.per_incident)} per incident (from {n(rule.start)}, "
            f"at least {n(rule.floor)})"
        )
    assert isinstance(rule, PassFail)
    return f"{texts.passed} → {n(rule.pass_score)}\n{texts.failed} → {n(rule.fail_score)}"


# --- reading: untrusted cells, in a child process --------------------------------------------


@dataclass(frozen=True)
class RawWorkbook:
    """Every non-blank cell of every sheet, by sheet and address (plain values only)."""

    sheet_names: tuple[str, ...]
    cells: Mapping[str, Mapping[str, Any]]


def read_cells(path: Path, limits: Limits = FILL_IN_LIMITS) -> RawWorkbook:
    """The workbook's cells, through the roster reader's container checks within the time
    budget of `limits`; raises RosterUnreadable (reason as it says)."""
    deadline = time.monotonic() + limits.time_budget

    def tick() -> None:
        if time.monotonic() > deadline:
            raise RosterUnreadable(reason="too_large", limit="time_budget")

    try:
        with open_book(Path(path), limits, tick) as book:
            if book.format != "xlsx":
                raise RosterUnreadable(reason="not_a_spreadsheet", format=book.format)
            cells: dict[str, dict[str, Any]] = {}
            for source in book.sheets():
                found: dict[str, Any] = {}
                for row_number, _, values in source.rows:
                    for n, value in enumerate(values, start=1):
                        if value is None or (isinstance(value, str) and value == ""):
                            continue
                        found[f"{get_column_letter(n)}{row_number}"] = value
                    tick()
                cells[source.name] = found
            return RawWorkbook(book.sheet_names, cells)
    except RosterUnreadable:
        raise
    except (
        python_calamine.CalamineError,
        python_calamine.XmlError,
        python_calamine.ZipError,
        zipfile.BadZipFile,
        OSError,
        EOFError,
        ValueError,
    ):
        raise RosterUnreadable(reason="not_a_spreadsheet") from None


def _read_cells_answer(path: Path, limits: Limits) -> tuple[str, Any]:
    """What the child sends back: the cells, or why the file cannot be read (never raises)."""
    try:
        return "cells", read_cells(path, limits)
    except RosterUnreadable as error:
        return "unreadable", {k: v for k, v in error.facts.items() if k != "path"}


# --- checking a returned workbook --------------------------------------------------------------


class ReadingCancelled(Exception):
    """The officer cancelled while a returned workbook was being read."""


class FillInRefused(EhrError):
    """A returned workbook as a whole is not taken. `reason`: unreadable (with `detail`, the
    roster reader's reason: not_a_spreadsheet, encrypted, too_large, zip_bomb…), not_fill_in
    (not a workbook this app wrote), other_vault (written by another vault, or before its
    fill-in key was made), tampered (`places`: (sheet, cell) pairs changed outside the cells to
    fill, or "manifest" for the hidden sheet; `count` how many)."""

    code = "kpi.fill_in_refused"

    def __init__(self, reason: str, **facts: Any) -> None:
        super().__init__(reason=reason, **facts)

    @property
    def reason(self) -> str:
        return self.facts["reason"]


@dataclass(frozen=True)
class CellProblem:
    """A filled cell that cannot be taken. `code`: not_a_number, not_a_whole_number,
    outside_range (minimum, maximum), not_a_level (levels), not_a_choice (choices), too_long
    (limit); `value` as the cell held it."""

    code: str
    sheet: str
    cell: str
    indicator: str
    value: str
    facts: Mapping[str, Any] = field(default_factory=dict)
    indicator_name: str = ""  # as the sheet shows it


@dataclass(frozen=True)
class ReturnedForm:
    form_id: int
    stamp: str
    sheet: str
    employee_no: str
    name: str
    indicators: tuple[str, ...]  # every indicator key of the form (what a full sheet holds)
    cells: Mapping[str, str]  # indicator key -> its (first) cell to fill
    values: Mapping[str, IndicatorInput]  # the filled ones only
    comments: Mapping[str, str]  # the filled ones only
    problems: tuple[CellProblem, ...]


@dataclass(frozen=True)
class ReturnedWorkbook:
    cycle_id: int
    cycle: str
    scorer: Scorer
    person_id: int
    person: str
    exported_at: str
    export_id: str
    forms: tuple[ReturnedForm, ...]


MAX_TAMPER_PLACES = 20


def read_returned(
    path: Path,
    key: bytes | None,
    *,
    limits: Limits = FILL_IN_LIMITS,
    memory_limit_mb: int = isolated.MEMORY_LIMIT_MB,
    in_child: bool = True,
    is_cancelled: Callable[[], bool] | None = None,
) -> ReturnedWorkbook:
    """Reads a returned workbook (in a memory-limited child unless `in_child` is False) and
    checks it against its manifest under `key` (None: the vault has no fill-in key yet).
    Raises FillInRefused for the workbook as a whole; per-cell problems come with each form."""
    (found,) = read_returned_all(
        [path],
        key,
        limits=limits,
        memory_limit_mb=memory_limit_mb,
        in_child=in_child,
        is_cancelled=is_cancelled,
    )
    if isinstance(found, FillInRefused):
        raise found
    return found


def read_returned_all(
    paths: Sequence[Path],
    key: bytes | None,
    *,
    limits: Limits = FILL_IN_LIMITS,
    memory_limit_mb: int = isolated.MEMORY_LIMIT_MB,
    in_child: bool = True,
    is_cancelled: Callable[[], bool] | None = None,
) -> list[ReturnedWorkbook | FillInRefused]:
    """`read_returned` for many files, each answered (in order) by its workbook or why it was
    refused. All are read in one child (starting one costs about a second); when that child
    runs out of memory or time, each file is read again in a child of its own, so that only
    the file to blame is refused. Raises ReadingCancelled when `is_cancelled` says so."""
    paths = [Path(path) for path in paths]
    if not in_child:
        answers = [_read_cells_answer(path, limits) for path in paths]
    else:
        outcome = isolated.run_isolated(
            _read_all_answers,
            (paths, limits),
            time_budget=limits.time_budget * max(len(paths), 1),
            memory_limit_mb=memory_limit_mb,
            is_cancelled=is_cancelled,
        )
        if outcome[0] == "cancelled":
            raise ReadingCancelled()
        if outcome[0] == "ok":
            answers = outcome[1]
        elif len(paths) == 1:
            answers = [_child_failure(outcome)]
        else:
            answers = []
            for path in paths:
                alone = isolated.run_isolated(
                    _read_cells_answer,
                    (path, limits),
                    time_budget=limits.time_budget,
                    memory_limit_mb=memory_limit_mb,
                    is_cancelled=is_cancelled,
                )
                if alone[0] == "cancelled":
                    raise ReadingCancelled()
                answers.append(alone[1] if alone[0] == "ok" else _child_failure(alone))
    found: list[ReturnedWorkbook | FillInRefused] = []
    for answer in answers:
        if answer[0] == "unreadable":
            facts = dict(answer[1])
            found.append(FillInRefused("unreadable", detail=facts.pop("reason", ""), **facts))
            continue
        try:
            found.append(check_returned(answer[1], key))
        except FillInRefused as refused:
            found.append(refused)
    return found


def _read_all_answers(paths: Sequence[Path], limits: Limits) -> list[tuple[str, Any]]:
    return [_read_cells_answer(path, limits) for path in paths]


def _child_failure(outcome: tuple[str, Any]) -> tuple[str, Any]:
    """A child that ran out of memory or time, or failed, as the reader's refusal."""
    if outcome[0] == "too_large":
        return "unreadable", {"reason": "too_large", "limit": outcome[1]}
    return "unreadable", {"reason": "not_a_spreadsheet"}


def check_returned(raw: RawWorkbook, key: bytes | None) -> ReturnedWorkbook:
    """The filled values of a workbook whose manifest is authentic and whose fixed cells are
    as written; FillInRefused otherwise."""
    hidden = raw.cells.get(MANIFEST_SHEET)
    if hidden is None or hidden.get("A1") != FORMAT:
        raise FillInRefused("not_fill_in")
    if key is None or not hmac.compare_digest(str(hidden.get("B1", "")), key_id(key)):
        raise FillInRefused("other_vault")
    manifest = _manifest_text(hidden)
    mac = str(hidden.get("C1", ""))
    if manifest is None or not hmac.compare_digest(mac, _mac(key, manifest)):
        raise FillInRefused("tampered", places=("manifest",), count=1)
    data = json.loads(manifest)  # authentic: written by write_fill_in with this key
    places = _changed_places(raw, data["cells"], data["forms"])
    if places:
        shown = tuple(places[:MAX_TAMPER_PLACES])
        raise FillInRefused("tampered", places=shown, count=len(places))
    forms = tuple(_returned_form(raw.cells[form["sheet"]], form) for form in data["forms"])
    return ReturnedWorkbook(
        cycle_id=int(data["cycle_id"]),
        cycle=data["cycle"],
        scorer=Scorer(data["scorer"]),
        person_id=int(data["person_id"]),
        person=data["person"],
        exported_at=data["exported_at"],
        export_id=data.get("export_id", ""),
        forms=forms,
    )


def _manifest_text(hidden: Mapping[str, Any]) -> str | None:
    parts = []
    total = 0
    row = 2
    while isinstance(part := hidden.get(f"A{row}"), str) and part:
        total += len(part)
        if total > _MAX_MANIFEST_CHARS:
            return None
        parts.append(part)
        row += 1
    return "".join(parts) if parts else None


def _changed_places(
    raw: RawWorkbook, tags: Mapping[str, Mapping[str, str]], forms: Sequence[Mapping[str, Any]]
) -> list[tuple[str, str]]:
    """(sheet, cell) of every fixed cell changed, emptied or added; (sheet, "") for a sheet
    that is gone. Sheets the manifest does not know are not the app's and are ignored."""
    entries: dict[str, set[str]] = {}
    for form in forms:
        entries[form["sheet"]] = {c["cell"] for c in (*form["inputs"], *form["comments"])}
    places: list[tuple[str, str]] = []
    for sheet, expected in tags.items():
        cells = raw.cells.get(sheet)
        if cells is None:
            places.append((sheet, ""))
            continue
        fillable = entries.get(sheet, set())
        for coordinate, tag in expected.items():
            value = canonical(cells.get(coordinate))
            if value is None or not hmac.compare_digest(_tag(coordinate, value), tag):
                places.append((sheet, coordinate))
        for coordinate, value in cells.items():
            if (
                coordinate not in expected
                and coordinate not in fillable
                and canonical(value) is not None
            ):
                places.append((sheet, coordinate))
    return places


def _returned_form(sheet_cells: Mapping[str, Any], form: Mapping[str, Any]) -> ReturnedForm:
    sheet = form["sheet"]
    names = form.get("names", {})
    values: dict[str, IndicatorInput] = {}
    milestones: dict[str, set[str]] = {}
    milestones_seen: set[str] = set()
    problems: list[CellProblem] = []
    cells: dict[str, str] = {}
    for entry in form["inputs"]:
        coordinate, indicator, kind = entry["cell"], entry["indicator"], entry["kind"]
        cells.setdefault(indicator, coordinate)
        value = sheet_cells.get(coordinate)
        if canonical(value) is None:
            continue
        try:
            read = _read_entry(kind, value, entry)
        except _Refused as refused:
            problems.append(
                CellProblem(
                    refused.code,
                    sheet,
                    coordinate,
                    indicator,
                    _as_text(value),
                    refused.facts,
                    names.get(indicator, ""),
                )
            )
            continue
        if kind == "milestone":
            milestones_seen.add(indicator)
            if read:
                milestones.setdefault(indicator, set()).add(entry["milestone"])
        else:
            values[indicator] = read
    for indicator in milestones_seen:
        if not any(p.indicator == indicator for p in problems):
            values[indicator] = Checklist(frozenset(milestones.get(indicator, ())))
    comments: dict[str, str] = {}
    for entry in form["comments"]:
        value = sheet_cells.get(entry["cell"])
        if canonical(value) is None:
            continue
        text = unescape_text(_as_text(value).strip())
        if len(text) > MAX_COMMENT:
            problems.append(
                CellProblem(
                    "too_long",
                    sheet,
                    entry["cell"],
                    entry["indicator"],
                    text[:50],
                    {"limit": MAX_COMMENT},
                    names.get(entry["indicator"], ""),
                )
            )
            continue
        comments[entry["indicator"]] = text
    return ReturnedForm(
        form_id=int(form["form_id"]),
        stamp=form["stamp"],
        sheet=sheet,
        employee_no=form["employee_no"],
        name=form["name"],
        indicators=tuple(form["indicators"]),
        cells=cells,
        values=values,
        comments=comments,
        problems=tuple(problems),
    )


class _Refused(Exception):
    def __init__(self, code: str, **facts: Any) -> None:
        super().__init__(code)
        self.code = code
        self.facts = facts


def _as_text(value: Any) -> str:
    if isinstance(value, float) and math.isfinite(value):
        return number_text(Decimal(repr(value)))
    if isinstance(value, dt.datetime | dt.date):
        return value.isoformat()
    return str(value)


def _number(value: Any) -> Decimal:
    if isinstance(value, bool | dt.datetime | dt.date | dt.time | dt.timedelta):
        raise _Refused("not_a_number")
    if isinstance(value, str):
        value = unescape_text(value)
    try:
        found = cell_number(value)
    except NotationError:
        raise _Refused("not_a_number") from None
    if found is None:
        raise _Refused("not_a_number")
    return found[0]


def _whole(value: Any) -> int:
    found = _number(value)
    if found != found.to_integral_value():
        raise _Refused("not_a_whole_number")
    return int(found)


def _word_in(value: Any, words: Sequence[str]) -> bool:
    keys = {label_key(word) for word in words}
    return label_key(value) in keys


def _choice(value: Any, yes: Sequence[str], no: Sequence[str], shown: Sequence[str]) -> bool:
    """A drop-down's two choices (as offered, or a usual word for them)."""
    if isinstance(value, bool):
        return value
    text = _as_text(value).strip()
    for offered, answer in zip(shown, (True, False), strict=True):
        if label_key(text) == label_key(offered):
            return answer
    # The offered words are bilingual ("通过 Pass"): either half is enough.
    for offered, answer in zip(shown, (True, False), strict=True):
        halves = offered.split(" ", 1)
        if any(label_key(text) == label_key(half) for half in halves):
            return answer
    if _word_in(text, yes):
        return True
    if _word_in(text, no):
        return False
    raise _Refused("not_a_choice", choices=tuple(shown))


def _read_entry(kind: str, value: Any, entry: Mapping[str, Any]) -> Any:
    if kind == "actual":
        found = _number(value)
        if abs(found) > ACTUAL_BOUND:
            raise _Refused("outside_range", minimum=-ACTUAL_BOUND, maximum=ACTUAL_BOUND)
        return Actual(found)
    if kind == "incidents":
        count = _whole(value)
        if not 0 <= count <= MAX_INCIDENTS:
            raise _Refused("outside_range", minimum=0, maximum=MAX_INCIDENTS)
        return Incidents(count)
    if kind == "rating":
        levels = [(int(level), str(label)) for level, label in entry["levels"]]
        return Rating(_level(value, levels))
    if kind == "verdict":
        return Verdict(_choice(value, _PASS_WORDS, _FAIL_WORDS, entry["choices"]))
    if kind == "milestone":
        return _choice(value, _MET_WORDS, _NOT_MET_WORDS, entry["choices"])
    raise _Refused("not_a_choice", choices=())  # a kind this version does not know


def _level(value: Any, levels: Sequence[tuple[int, str]]) -> int:
    """A level by its number ("4", 4.0) or its label ("良好", "4 良好")."""
    known = {level for level, _ in levels}
    facts = {"levels": tuple(f"{level} {label}" for level, label in levels)}
    if isinstance(value, str):
        text = unescape_text(value).strip()
        by_label = {label_key(label): level for level, label in levels}
        if label_key(text) in by_label:
            return by_label[label_key(text)]
        leading = re.match(r"^\s*([0-9０-９]+)(?:\s|$|[.、:：)）])", text)
        if leading and label_key(text) != label_key(leading.group(1)):
            value = leading.group(1)
    try:
        level = _whole(value)
    except _Refused:
        raise _Refused("not_a_level", **facts) from None
    if level not in known:
        raise _Refused("not_a_level", **facts)
    return level
