"""The workforce report workbook: a summary of the period by department (opening and closing
headcount, hires, leavers, transfers, average headcount, turnover), then one sheet per measure
with departments as rows and months as columns; every definition written under its table."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from openpyxl.cell import WriteOnlyCell
from openpyxl.styles import Font

from ehr_desktop.domain.workforce import Figures
from ehr_desktop.exchange import spreadsheet
from ehr_desktop.exchange.spreadsheet import PERCENT_FORMAT, header_cells, text_cell

_BOLD = Font(bold=True)
_NOTE = Font(italic=True, color="595959")


@dataclass(frozen=True)
class WorkforceLine:
    label: str  # the department's path, or the company's / "no department" label
    depth: int
    closed: bool
    figures: Figures


@dataclass(frozen=True)
class WorkforceTexts:
    """The workbook's words; the defaults are bilingual. The caller may pass them translated."""

    summary_sheet: str = "概览 Summary"
    headcount_sheet: str = "月末人数 Headcount"
    hires_sheet: str = "入职 Hires"
    leavers_sheet: str = "离职 Leavers"
    turnover_sheet: str = "离职率 Turnover"
    department_header: str = "部门 / Department"
    summary_headers: Sequence[str] = (
        "期初人数 / Opening headcount",
        "入职 / Hires",
        "离职 / Leavers",
        "调入 / Transfers in",
        "调出 / Transfers out",
        "期末人数 / Closing headcount",
        "平均人数 / Average headcount",
        "离职率 / Turnover",
    )
    period_total_header: str = "合计 / Total"
    period_average_header: str = "平均 / Average"
    period_turnover_header: str = "期间 / Period"
    company_label: str = "全公司 / Whole company"
    no_department_label: str = "无部门 / No department"
    closed_label: str = "{department} (已撤销 / closed)"
    period_line: str = "期间 / Period: {first} – {last}"
    definitions: Sequence[str] = (
        "人数按月末在职统计（含试用期与休假人员）/ Headcount: employees on the books at the end "
        "of the day (probation and leave included).",
        "入职含再入职；离职按离职生效日所在月份统计 / Hires include rehires; a leaver counts in "
        "the month of the leaving date.",
        "部门数字包含其下级部门；调岗只在调出和调入部门之间计算 / A department's figures "
        "include its sub-departments; a transfer counts only between the departments it leaves "
        "and enters.",
        "平均人数 =（期初人数 + 期末人数）÷ 2 / Average headcount = (opening + closing) ÷ 2.",
        "离职率 = 离职人数 ÷ 平均人数；期间离职率 = 期间离职人数 ÷ 各月平均人数的平均值 / "
        "Turnover = leavers ÷ average headcount; for the period: the period's leavers ÷ the mean "
        "of the monthly average headcounts.",
    )
    month_format: str = "{year}-{month:02d}"


def workforce_bytes(
    months: Sequence[dt.date], lines: Sequence[WorkforceLine], texts: WorkforceTexts
) -> bytes:
    """The workbook, built in memory."""
    workbook = spreadsheet.new_workbook()
    month_names = [texts.month_format.format(year=m.year, month=m.month) for m in months]
    labels = [
        texts.closed_label.format(department=line.label) if line.closed else line.label
        for line in lines
    ]
    period = texts.period_line.format(first=month_names[0], last=month_names[-1]) if months else ""
    label_width = min(
        max(
            [
                spreadsheet.display_width(texts.department_header),
                *map(spreadsheet.display_width, labels),
            ]
        )
        + 3,
        60,
    )

    sheet = spreadsheet.add_sheet(workbook, texts.summary_sheet)
    spreadsheet.set_widths(sheet, [label_width, *([14.0] * len(texts.summary_headers))])
    spreadsheet.freeze_header(sheet, 1)
    spreadsheet.autofilter(sheet, 1 + len(texts.summary_headers), len(lines))
    sheet.append(header_cells(sheet, [texts.department_header, *texts.summary_headers]))
    for label, line in zip(labels, lines, strict=True):
        f = line.figures
        values: list[Any] = [
            f.opening[0] if months else 0,
            sum(f.hires),
            sum(f.leavers),
            sum(f.transfers_in),
            sum(f.transfers_out),
            f.closing[-1] if months else 0,
            round(f.period_average, 1),
        ]
        sheet.append(
            [
                _label(sheet, label, line),
                *values,
                _percent(sheet, f.period_turnover),
            ]
        )
    _notes(sheet, [period, *texts.definitions])

    def by_month(title: str, value, last_header: str, last_value) -> None:
        sheet = spreadsheet.add_sheet(workbook, title)
        spreadsheet.set_widths(sheet, [label_width, *([10.0] * len(months)), 12.0])
        spreadsheet.freeze_header(sheet, 1)
        spreadsheet.autofilter(sheet, len(months) + 2, len(lines))
        sheet.append(header_cells(sheet, [texts.department_header, *month_names, last_header]))
        for label, line in zip(labels, lines, strict=True):
            cells = [value(sheet, line.figures, m) for m in range(len(months))]
            sheet.append([_label(sheet, label, line), *cells, last_value(sheet, line.figures)])
        _notes(sheet, [period, *texts.definitions])

    by_month(
        texts.headcount_sheet,
        lambda sheet, f, m: f.closing[m],
        texts.period_average_header,
        lambda sheet, f: round(f.period_average, 1),
    )
    by_month(
        texts.hires_sheet,
        lambda sheet, f, m: f.hires[m],
        texts.period_total_header,
        lambda sheet, f: sum(f.hires),
    )
    by_month(
        texts.leavers_sheet,
        lambda sheet, f, m: f.leavers[m],
        texts.period_total_header,
        lambda sheet, f: sum(f.leavers),
    )
    by_month(
        texts.turnover_sheet,
        lambda sheet, f, m: _percent(sheet, f.turnover(m)),
        texts.period_turnover_header,
        lambda sheet, f: _percent(sheet, f.period_turnover),
    )
    return spreadsheet.workbook_bytes(workbook)


def _label(sheet: Any, label: str, line: WorkforceLine) -> Any:
    cell = text_cell(sheet, label, number_format=None)
    if line.depth == 0 and not line.label.count("/"):
        cell.font = _BOLD
    return cell


def _percent(sheet: Any, value: float | None) -> Any:
    cell = WriteOnlyCell(sheet, value=value)
    cell.number_format = PERCENT_FORMAT
    return cell


def _notes(sheet: Any, lines: Sequence[str]) -> None:
    sheet.append([])
    for line in lines:
        if line:
            cell = text_cell(sheet, line, number_format=None)
            cell.font = _NOTE
            sheet.append([cell])
