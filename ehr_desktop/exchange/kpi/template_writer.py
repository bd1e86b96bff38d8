"""Writing a KPI template as a workbook an officer can read, edit and import again (the layout
is described in docs/kpi-template-workbook.md)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path
from typing import Any

from openpyxl import Workbook
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.datavalidation import DataValidation

from ehr_desktop import atomic
from ehr_desktop.domain.kpi import (
    Bands,
    Indicator,
    Linear,
    PassFail,
    PerIncident,
    Process,
    Qualitative,
    Quantitative,
    Scorer,
    Template,
)
from ehr_desktop.exchange import spreadsheet
from ehr_desktop.exchange.kpi import notation
from ehr_desktop.exchange.kpi.cells import (
    TEXT_FORMAT,
    TOP,
    WRAP,
    number,
    safe_text,
    set_widths,
    style_header,
)
from ehr_desktop.exchange.kpi.vocabulary import (
    DIRECTIONS,
    EXTRA_COLUMNS,
    EXTRA_KINDS,
    EXTRAS_SHEET,
    FIELD_HEADER,
    GRADE_BOUND_HEADER,
    GRADE_HEADER,
    INDICATOR_COLUMNS,
    INDICATORS_SHEET,
    INSTRUCTIONS_SHEET,
    KEYWORD_LANGUAGES,
    KINDS,
    RULES,
    TEMPLATE_ROWS,
    TEMPLATE_SHEET,
    VALUE_HEADER,
    Keywords,
)

_WRAPPED = frozenset({"standard", "bands", "levels", "level_descriptions", "milestones"})
_DROPDOWN_ROWS = 500  # rows below the data an officer may fill, with the keyword lists offered


@dataclass(frozen=True)
class TemplateTexts:
    """What the caller words: the instructions (one paragraph per row of the 说明 sheet, in the
    officer's language) and the language of the keywords written into cells ("zh" or "en";
    reading accepts both). Sheet names and column headers are bilingual and fixed: they are
    the file format."""

    instructions: Sequence[str]
    keywords: str = "zh"

    def __post_init__(self) -> None:
        if self.keywords not in KEYWORD_LANGUAGES:
            raise ValueError(f"keywords must be one of {KEYWORD_LANGUAGES}")


def write_template(path: Path, template: Template, texts: TemplateTexts) -> None:
    """Writes the workbook atomically (temp file, then rename). Every text cell is safe from
    formula injection; numbers are numbers, written exactly."""
    workbook = Workbook()
    _template_sheet(workbook.active, template)
    _indicators_sheet(workbook.create_sheet(INDICATORS_SHEET), template, texts.keywords)
    _extras_sheet(workbook.create_sheet(EXTRAS_SHEET), template, texts.keywords)
    _instructions_sheet(workbook.create_sheet(INSTRUCTIONS_SHEET), texts)
    atomic.write_bytes(Path(path), spreadsheet.workbook_bytes(workbook))


def _put(sheet: Any, row: int, column: int, value: Any) -> Any:
    """One cell: text made safe and kept as text, Decimals as exact numbers, None blank."""
    cell = sheet.cell(row=row, column=column)
    if isinstance(value, str):
        cell.value = safe_text(value)
        cell.data_type = "s"
        cell.number_format = TEXT_FORMAT
    elif isinstance(value, Decimal):
        cell.value = number(value)
        if isinstance(cell.value, str):
            cell.data_type = "s"
    else:
        cell.value = value
    return cell


# --- 模板 Template ---------------------------------------------------------------------------


def _template_sheet(sheet: Any, template: Template) -> None:
    sheet.title = TEMPLATE_SHEET
    _put(sheet, 1, 1, FIELD_HEADER.text)
    _put(sheet, 1, 2, VALUE_HEADER)
    style_header(sheet[1])
    values: dict[str, Any] = {
        "code": template.code,
        "name": template.name,
        "version": template.version,
        "self": template.scorer_weights.get(Scorer.SELF),
        "manager": template.scorer_weights.get(Scorer.MANAGER),
        "hr": template.scorer_weights.get(Scorer.HR),
        "max_total_bonus": template.max_total_bonus,
        "max_total_deduction": template.max_total_deduction,
    }
    row = 2
    for label in TEMPLATE_ROWS:
        _put(sheet, row, 1, label.text)
        _put(sheet, row, 2, values[label.field])
        row += 1
    row += 1  # a blank row before the grade table
    _put(sheet, row, 1, GRADE_HEADER.text)
    _put(sheet, row, 2, GRADE_BOUND_HEADER.text)
    style_header(sheet[row])
    for band in template.grades.bands:
        row += 1
        _put(sheet, row, 1, band.name)
        _put(sheet, row, 2, band.lower_bound)
    _put(sheet, row + 1, 1, template.grades.lowest)  # no lower bound: the lowest grade
    sheet.freeze_panes = "A2"
    set_widths(sheet, (36, 28))


# --- 指标 Indicators -------------------------------------------------------------------------


def _indicators_sheet(sheet: Any, template: Template, language: str) -> None:
    columns = {column.field: n for n, column in enumerate(INDICATOR_COLUMNS, start=1)}
    for column in INDICATOR_COLUMNS:
        _put(sheet, 1, columns[column.field], column.header)
    style_header(sheet[1])
    sheet.row_dimensions[1].height = 32
    row = 2
    for dimension in template.dimensions:
        first = row
        _put(sheet, row, columns["dimension"], dimension.name)
        _put(sheet, row, columns["dimension_weight"], dimension.weight)
        _put(sheet, row, columns["dimension_key"], dimension.key)
        for indicator in dimension.indicators:
            for field_name, value in _indicator_cells(indicator, language).items():
                cell = _put(sheet, row, columns[field_name], value)
                cell.alignment = WRAP if field_name in _WRAPPED else TOP
            row += 1
        if not dimension.indicators:
            row += 1
        last = row - 1
        for field_name in ("dimension", "dimension_weight", "dimension_key"):
            column = columns[field_name]
            sheet.cell(first, column).alignment = TOP
            if last > first:
                sheet.merge_cells(
                    start_row=first, end_row=last, start_column=column, end_column=column
                )
    for field_name, keywords in (("kind", KINDS), ("direction", DIRECTIONS), ("rule", RULES)):
        _dropdown(sheet, columns[field_name], keywords, language, row + _DROPDOWN_ROWS)
    sheet.freeze_panes = "D2"
    sheet.auto_filter.ref = f"A1:{get_column_letter(len(INDICATOR_COLUMNS))}{max(row - 1, 1)}"
    set_widths(sheet, [column.width for column in INDICATOR_COLUMNS])


def _indicator_cells(indicator: Indicator, language: str) -> dict[str, Any]:
    cells: dict[str, Any] = {
        "key": indicator.key,
        "indicator": indicator.name,
        "weight": indicator.weight,
        "standard": indicator.standard or None,
    }
    measure = indicator.measure
    if isinstance(measure, Quantitative):
        cells["kind"] = KINDS.word("quantitative", language)
        cells["target"] = measure.target
        cells["unit"] = measure.unit or None
        cells["direction"] = DIRECTIONS.word(measure.direction.value, language)
        cells.update(_rule_cells(measure, language))
    elif isinstance(measure, Qualitative):
        cells["kind"] = KINDS.word("qualitative", language)
        cells["levels"] = notation.format_levels(measure.levels) or None
        cells["level_descriptions"] = notation.format_descriptions(measure.levels) or None
    elif isinstance(measure, Process):
        cells["kind"] = KINDS.word("process", language)
        cells["milestones"] = notation.format_milestones(measure.milestones) or None
    return cells


def _rule_cells(measure: Quantitative, language: str) -> dict[str, Any]:
    rule = measure.rule
    if isinstance(rule, Linear):
        return {"rule": RULES.word("linear", language), "floor": rule.floor, "cap": rule.cap}
    if isinstance(rule, Bands):
        return {
            "rule": RULES.word("bands", language),
            "bands": notation.format_bands(rule.bands, rule.below, language),
        }
    if isinstance(rule, PerIncident):
        return {
            "rule": RULES.word("per_incident", language),
            "per_incident": rule.per_incident,
            "start": rule.start,
            "floor": rule.floor,
        }
    if isinstance(rule, PassFail):
        return {
            "rule": RULES.word("pass_fail", language),
            "pass_score": rule.pass_score,
            "fail_score": rule.fail_score,
        }
    raise TypeError(f"unknown rule {rule!r}")  # a programming error


def _dropdown(sheet: Any, column: int, keywords: Keywords, language: str, last_row: int) -> None:
    """Offers the keywords as a list without refusing others (the other language, variants)."""
    words = ",".join(keywords.word(value, language) for value in keywords.words)
    validation = DataValidation(
        type="list", formula1=f'"{words}"', allow_blank=True, showErrorMessage=False
    )
    letter = get_column_letter(column)
    validation.add(f"{letter}2:{letter}{last_row}")
    sheet.add_data_validation(validation)


# --- 否决与加减分 Vetoes & adjustments ---------------------------------------------------------


def _extras_sheet(sheet: Any, template: Template, language: str) -> None:
    columns = {column.field: n for n, column in enumerate(EXTRA_COLUMNS, start=1)}
    for column in EXTRA_COLUMNS:
        _put(sheet, 1, columns[column.field], column.header)
    style_header(sheet[1])
    sheet.row_dimensions[1].height = 32
    rows: list[dict[str, Any]] = [
        {"kind": "veto", "key": v.key, "name": v.name, "standard": v.standard, "cap": v.cap}
        for v in template.vetoes
    ]
    for kind, items in (("bonus", template.bonuses), ("deduction", template.deductions)):
        rows += [
            {
                "kind": kind,
                "key": item.key,
                "name": item.name,
                "standard": item.standard,
                "max_points": item.max_points,
            }
            for item in items
        ]
    for row, values in enumerate(rows, start=2):
        values["kind"] = EXTRA_KINDS.word(values["kind"], language)
        values["standard"] = values["standard"] or None
        for field_name, value in values.items():
            cell = _put(sheet, row, columns[field_name], value)
            cell.alignment = WRAP if field_name == "standard" else TOP
    last_row = len(rows) + 1
    _dropdown(sheet, columns["kind"], EXTRA_KINDS, language, last_row + _DROPDOWN_ROWS)
    sheet.freeze_panes = "A2"
    sheet.auto_filter.ref = f"A1:{get_column_letter(len(EXTRA_COLUMNS))}{last_row}"
    set_widths(sheet, [column.width for column in EXTRA_COLUMNS])


# --- 说明 Instructions -----------------------------------------------------------------------


def _instructions_sheet(sheet: Any, texts: TemplateTexts) -> None:
    row = 1
    for paragraph in texts.instructions:
        _put(sheet, row, 1, paragraph).alignment = WRAP
        row += 1
    row += 1
    _put(sheet, row, 1, "关键词 / Keywords")
    style_header(sheet[row][:2])
    headers = {column.field: column.header for column in INDICATOR_COLUMNS}
    for header, keywords in (
        (headers["kind"], KINDS),
        (headers["direction"], DIRECTIONS),
        (headers["rule"], RULES),
        (EXTRA_COLUMNS[0].header, EXTRA_KINDS),
    ):
        row += 1
        _put(sheet, row, 1, header)
        words = "; ".join(f"{zh} = {en}" for zh, en, _ in keywords.words.values())
        _put(sheet, row, 2, words).alignment = WRAP
    set_widths(sheet, (100, 60))
