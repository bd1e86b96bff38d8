"""Why a KPI template workbook was refused, in words: the same sentences on the Templates page
and from `ehr-desktop kpi import-template`."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from ehr_desktop.gui.messages import KPI_RULES, ROSTER_UNREADABLE, _Facts, describe_kpi

CONTEXT = "KpiWorkbook"

# exchange.kpi.template_reader.CODES; the template rules themselves are messages.KPI_RULES.
WORKBOOK_PROBLEMS = {
    "file_unreadable": QT_TRANSLATE_NOOP("KpiWorkbook", "The file cannot be read as a template workbook."),
    "missing_sheet": QT_TRANSLATE_NOOP("KpiWorkbook", "The sheet “{sheet}” is missing."),
    "duplicate_sheet": QT_TRANSLATE_NOOP("KpiWorkbook", "This sheet appears twice."),
    "missing_header": QT_TRANSLATE_NOOP("KpiWorkbook", "The header row was not found: {expected}."),
    "missing_column": QT_TRANSLATE_NOOP("KpiWorkbook", "The column “{column}” is missing."),
    "duplicate_column": QT_TRANSLATE_NOOP("KpiWorkbook", "This column appears twice."),
    "duplicate_label": QT_TRANSLATE_NOOP("KpiWorkbook", "This label appears twice."),
    "unknown_label": QT_TRANSLATE_NOOP("KpiWorkbook", "This label means nothing in a template; correct or remove it."),
    "too_many_indicators": QT_TRANSLATE_NOOP("KpiWorkbook", "More than {limit} indicators: split the template."),
    "too_many_items": QT_TRANSLATE_NOOP("KpiWorkbook", "More than {limit} vetoes, bonuses and deductions."),
    "value_required": QT_TRANSLATE_NOOP("KpiWorkbook", "A value is required here."),
    "not_a_number": QT_TRANSLATE_NOOP("KpiWorkbook", "“{value}” is not a number."),
    "not_a_whole_number": QT_TRANSLATE_NOOP("KpiWorkbook", "“{value}” is not a whole number."),
    "unknown_keyword": QT_TRANSLATE_NOOP("KpiWorkbook", "“{value}” is not one of: {expected}."),
    "not_applicable": QT_TRANSLATE_NOOP("KpiWorkbook", "This indicator's kind or rule takes no value here; leave the cell empty."),
    "malformed_bands": QT_TRANSLATE_NOOP("KpiWorkbook", "The bands are written as “100:100; 90:80; 其余:0”; “{entry}” is not."),
    "malformed_scale": QT_TRANSLATE_NOOP("KpiWorkbook", "The scale is written as “1=差:0; 5=优秀:100”; “{entry}” is not."),
    "malformed_descriptions": QT_TRANSLATE_NOOP("KpiWorkbook", "The descriptions are written as “5=…”; “{entry}” is not."),
    "description_without_level": QT_TRANSLATE_NOOP("KpiWorkbook", "A description names a level the scale does not have: {value}."),
    "dimension_repeated": QT_TRANSLATE_NOOP("KpiWorkbook", "The rows of the dimension “{name}” continue after another dimension; keep them together."),
    "conflicting_dimension_weight": QT_TRANSLATE_NOOP("KpiWorkbook", "The dimension's weight differs from the {first} % given above."),
}  # fmt: skip
_WHERE = QT_TRANSLATE_NOOP("KpiWorkbook", "Sheet “{sheet}”, row {row}, column {column}: {reason}")
_WHERE_ROW = QT_TRANSLATE_NOOP("KpiWorkbook", "Sheet “{sheet}”, row {row}: {reason}")
_WHERE_SHEET = QT_TRANSLATE_NOOP("KpiWorkbook", "Sheet “{sheet}”: {reason}")


def reason(problem) -> str:
    """The sentence for one exchange.kpi.WorkbookProblem, without where it is."""
    facts = dict(problem.facts)
    if isinstance(facts.get("expected"), (list, tuple)):
        facts["expected"] = "、".join(str(word) for word in facts["expected"])
    if problem.code == "file_unreadable":
        sentence = ROSTER_UNREADABLE.get(facts.get("reason", ""))
        if sentence is not None:
            return QCoreApplication.translate("Messages", sentence).format_map(
                _Facts({"path": facts.get("path", ""), **facts})
            )
    source = WORKBOOK_PROBLEMS.get(problem.code)
    if source is not None:
        return QCoreApplication.translate(CONTEXT, source).format_map(_Facts(facts))
    if problem.code in KPI_RULES:
        return describe_kpi(problem.code, facts)
    return QCoreApplication.translate(CONTEXT, WORKBOOK_PROBLEMS["file_unreadable"])


def describe_workbook_problem(problem) -> str:
    """The reason with its place in the workbook, as the officer finds it in Excel."""
    text = reason(problem)
    if problem.sheet and problem.row is not None and problem.column:
        where = _WHERE
    elif problem.sheet and problem.row is not None:
        where = _WHERE_ROW
    elif problem.sheet:
        where = _WHERE_SHEET
    else:
        return text
    return QCoreApplication.translate(CONTEXT, where).format(
        sheet=problem.sheet, row=problem.row, column=problem.column, reason=text
    )
