"""The cycle results workbook (`ehr-desktop kpi export-results`): every employee's totals, final
score, grade and rank in department; one sheet per department; a summary of the grades."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path
from typing import Any

from openpyxl.cell import WriteOnlyCell

from ehr_desktop import atomic
from ehr_desktop.exchange import spreadsheet
from ehr_desktop.exchange.kpi.cells import (
    SCORE_FORMAT,
    SHARE_FORMAT,
    TEXT_FORMAT,
    display_width,
    fitted_widths,
    set_widths,
)
from ehr_desktop.exchange.spreadsheet import header_cells, text_cell


@dataclass(frozen=True)
class ResultLine:
    """One employee's result in a cycle, as plain values (a service fills it)."""

    employee_no: str
    name: str
    department: str  # "" when the employee has none
    template: str  # the template's name
    template_version: int
    self_total: Decimal | None  # None: that scorer did not score
    manager_total: Decimal | None
    hr_total: Decimal | None
    final_score: Decimal | None  # None: not scored
    grade: str  # "" when not graded
    rank_in_department: int | None  # 1 is the best; None when not ranked


RESULT_HEADERS = (
    "工号 / Employee no.",
    "姓名 / Name",
    "部门 / Department",
    "考核模板 / Template",
    "版本 / Version",
    "自评 / Self",
    "上级评分 / Manager",
    "HR评分 / HR",
    "最终得分 / Final score",
    "等级 / Grade",
    "部门排名 / Rank in department",
)
_SCORE_COLUMNS = frozenset({5, 6, 7, 8})  # 0-based: the totals and the final score
_TEXT_COLUMNS = frozenset({0, 1, 2, 3, 9})
# Characters Excel refuses in a sheet name, as full-width look-alikes (财务/核算 → 财务／核算).
_SHEET_NAME_CHARACTERS = str.maketrans("[]:*?/\\", "［］：＊？／＼")
_SHEET_NAME_LIMIT = 31


@dataclass(frozen=True)
class ResultTexts:
    """The workbook's words; the defaults are bilingual. `summary_rows` (label, value) open the
    summary sheet: the cycle, the date of the export …"""

    results_sheet: str = "考核结果 Results"
    summary_sheet: str = "汇总 Summary"
    headers: Sequence[str] = RESULT_HEADERS
    summary_rows: Sequence[tuple[str, Any]] = ()
    grade_header: str = "等级 / Grade"
    count_header: str = "人数 / Employees"
    share_header: str = "占比 / Share"
    department_header: str = "部门 / Department"
    total_label: str = "合计 / Total"
    not_graded_label: str = "未评定 / Not graded"
    no_department_label: str = "无部门 / No department"


def write_results(
    path: Path,
    rows: Iterable[ResultLine],
    texts: ResultTexts = ResultTexts(),  # noqa: B008 - frozen, shared safely
    *,
    grades: Sequence[str] = (),
) -> int:
    """Writes the workbook atomically and returns the number of employees. `grades` orders
    the summary (best first, as the grade scale does); grades not listed follow, sorted."""
    rows = list(rows)
    atomic.write_bytes(Path(path), results_bytes(rows, texts, grades=grades))
    return len(rows)


def results_bytes(
    rows: Sequence[ResultLine],
    texts: ResultTexts = ResultTexts(),  # noqa: B008 - frozen, shared safely
    *,
    grades: Sequence[str] = (),
) -> bytes:
    """The workbook's bytes, built in memory (no temporary file holds a score)."""
    workbook = spreadsheet.new_workbook()
    results_name, summary_name = _sheet_names((texts.results_sheet, texts.summary_sheet), ())
    departments = _by_department(rows)
    names = _sheet_names(
        [department or texts.no_department_label for department in departments],
        taken=(results_name, summary_name),
    )
    _table(spreadsheet.add_sheet(workbook, results_name), texts.headers, rows)
    _summary(spreadsheet.add_sheet(workbook, summary_name), texts, rows, grades)
    for members, name in zip(departments.values(), names, strict=True):
        ranked = sorted(
            members,
            key=lambda r: (r.rank_in_department is None, r.rank_in_department or 0, r.employee_no),
        )
        _table(spreadsheet.add_sheet(workbook, name), texts.headers, ranked)
    return spreadsheet.workbook_bytes(workbook)


def _values(row: ResultLine) -> list[Any]:
    return [
        row.employee_no,
        row.name,
        row.department,
        row.template,
        row.template_version,
        row.self_total,
        row.manager_total,
        row.hr_total,
        row.final_score,
        row.grade,
        row.rank_in_department,
    ]


def _cell(sheet: Any, value: Any, column: int) -> WriteOnlyCell:
    if column in _TEXT_COLUMNS or isinstance(value, str):
        if value is None:
            return WriteOnlyCell(sheet)
        return text_cell(sheet, value, number_format=TEXT_FORMAT)  # keeps leading zeros
    if isinstance(value, Decimal):
        cell = WriteOnlyCell(sheet, value=float(value))
    else:
        cell = WriteOnlyCell(sheet, value=value)
    if column in _SCORE_COLUMNS:
        cell.number_format = SCORE_FORMAT
    return cell


def _table(sheet: Any, headers: Sequence[str], rows: Sequence[ResultLine]) -> None:
    """Header styled and frozen, an autofilter over the data, widths from the content."""
    values = [_values(row) for row in rows]
    sample = values[:500] if len(values) > 500 else values  # widths from a sample: fast
    set_widths(sheet, fitted_widths(headers, ([_shown(v) for v in row] for row in sample)))
    spreadsheet.freeze_header(sheet, 2)  # employee no. and name stay in view
    spreadsheet.autofilter(sheet, len(headers), len(rows))
    sheet.append(header_cells(sheet, headers))
    for row in values:
        sheet.append([_cell(sheet, value, n) for n, value in enumerate(row)])


def _shown(value: Any) -> Any:
    return f"{value:.2f}" if isinstance(value, Decimal) else value


def _by_department(rows: Sequence[ResultLine]) -> dict[str, list[ResultLine]]:
    found: dict[str, list[ResultLine]] = {}
    for row in rows:
        found.setdefault(row.department, []).append(row)
    return found


def _grade_order(rows: Sequence[ResultLine], grades: Sequence[str]) -> list[str]:
    seen = {row.grade for row in rows if row.grade}
    return [*grades, *sorted(seen - set(grades))]


def _summary(
    sheet: Any, texts: ResultTexts, rows: Sequence[ResultLine], grades: Sequence[str]
) -> None:
    order = _grade_order(rows, grades)
    ungraded = any(not row.grade for row in rows)
    columns = [*order, *([""] if ungraded else [])]  # "" stands for "not graded"

    def label(grade: str) -> str:
        return grade or texts.not_graded_label

    first = [display_width(name) + 2.0 for name, _ in texts.summary_rows]
    first += [display_width(label(g)) + 2.0 for g in columns]
    first += [
        display_width(d or texts.no_department_label) + 2.0 for d in {r.department for r in rows}
    ]
    widths = [min(max(18.0, *first), 40.0), 14.0, 14.0, *([12.0] * max(0, len(columns) - 1))]
    set_widths(sheet, widths)
    for name, value in texts.summary_rows:
        sheet.append(
            [
                text_cell(sheet, name, number_format=None),
                spreadsheet.value_cell(sheet, value),
            ]
        )
    if texts.summary_rows:
        sheet.append([])

    total = len(rows)
    sheet.append(header_cells(sheet, (texts.grade_header, texts.count_header, texts.share_header)))
    for grade in [*columns, None]:
        count = total if grade is None else sum(1 for row in rows if row.grade == grade)
        share = WriteOnlyCell(sheet, value=count / total if total else 0)
        share.number_format = SHARE_FORMAT
        name = texts.total_label if grade is None else label(grade)
        sheet.append([text_cell(sheet, name, number_format=None), count, share])
    sheet.append([])

    headers = (texts.department_header, *(label(g) for g in columns), texts.total_label)
    sheet.append(header_cells(sheet, headers))
    for department, members in _by_department(rows).items():
        counts = [sum(1 for row in members if row.grade == grade) for grade in columns]
        name = department or texts.no_department_label
        sheet.append([text_cell(sheet, name, number_format=None), *counts, len(members)])


def _sheet_names(wanted: Sequence[str], taken: Sequence[str]) -> list[str]:
    """Valid, distinct sheet names (Excel: at most 31 characters, none of []:*?/\\, not
    beginning or ending with an apostrophe, unique without regard to case)."""
    used = {name[:_SHEET_NAME_LIMIT].casefold() for name in taken} | {"history"}
    names = []
    for raw in wanted:
        base = raw.translate(_SHEET_NAME_CHARACTERS).strip().strip("'") or "_"
        name, n = base[:_SHEET_NAME_LIMIT], 1
        while name.casefold() in used:
            n += 1
            suffix = f" ({n})"
            name = base[: _SHEET_NAME_LIMIT - len(suffix)] + suffix
        used.add(name.casefold())
        names.append(name)
    return names
