"""Why a KPI template workbook was refused, in words: the same sentences on the Templates page
and from `ehr-desktop kpi import-template`."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from ehr_desktop.exchange.kpi import WorkbookProblem
from ehr_desktop.gui.messages import Facts, describe_kpi

# --- why a workbook was refused --------------------------------------------------------------------

# exchange/kpi/template_reader.py CODES; validate()'s codes are worded by messages.describe_kpi.
WORKBOOK_PROBLEMS = {
    "missing_sheet": QT_TRANSLATE_NOOP("TemplatesPage", "The workbook has no sheet “{sheet}”. Add it; the example workbook shows the layout."),
    "duplicate_sheet": QT_TRANSLATE_NOOP("TemplatesPage", "Two sheets mean the same. Keep one of them."),
    "missing_header": QT_TRANSLATE_NOOP("TemplatesPage", "No header row was found in the first ten rows. It needs the columns {expected}."),
    "missing_column": QT_TRANSLATE_NOOP("TemplatesPage", "The column “{column}” is missing. Add it to the header row."),
    "duplicate_column": QT_TRANSLATE_NOOP("TemplatesPage", "This column is there twice. Keep one of them."),
    "duplicate_label": QT_TRANSLATE_NOOP("TemplatesPage", "This label is there twice. Keep one of them."),
    "unknown_label": QT_TRANSLATE_NOOP("TemplatesPage", "This label means nothing to the app, so its value cannot be read. Check its spelling, or delete the row."),
    "too_many_indicators": QT_TRANSLATE_NOOP("TemplatesPage", "More than {limit} indicators. Split the template into several."),
    "too_many_items": QT_TRANSLATE_NOOP("TemplatesPage", "More than {limit} veto, bonus and deduction items."),
    "value_required": QT_TRANSLATE_NOOP("TemplatesPage", "This cell must be filled in."),
    "not_a_number": QT_TRANSLATE_NOOP("TemplatesPage", "“{value}” is not a number. Write digits only, for example 30 or 30%."),
    "not_a_whole_number": QT_TRANSLATE_NOOP("TemplatesPage", "“{value}” is not a whole number."),
    "unknown_keyword": QT_TRANSLATE_NOOP("TemplatesPage", "“{value}” is not one of the words this column takes: {expected}."),
    "not_applicable": QT_TRANSLATE_NOOP("TemplatesPage", "This cell must stay empty for this kind of indicator or scoring rule."),
    "malformed_bands": QT_TRANSLATE_NOOP("TemplatesPage", "“{entry}” is not a band. Write achievement:score, highest first, for example 100:100; 90:80."),
    "malformed_scale": QT_TRANSLATE_NOOP("TemplatesPage", "“{entry}” is not a level of a rating scale. Write value=label:score, for example 5=优秀:100."),
    "malformed_descriptions": QT_TRANSLATE_NOOP("TemplatesPage", "“{entry}” is not a level description. Write value=description, for example 5=能带教新人."),
    "description_without_level": QT_TRANSLATE_NOOP("TemplatesPage", "There is a description for level {value}, which the rating scale does not have."),
    "dimension_repeated": QT_TRANSLATE_NOOP("TemplatesPage", "The rows of dimension “{name}” must be together; it appears again after another dimension."),
    "conflicting_dimension_weight": QT_TRANSLATE_NOOP("TemplatesPage", "The dimension's weight is {first} above and {value} here. Write it once."),
}  # fmt: skip
FILE_UNREADABLE = {
    "not_a_spreadsheet": QT_TRANSLATE_NOOP("TemplatesPage", "The file is not an Excel workbook this app can read. Save it from Excel or WPS as .xlsx and try again."),
    "encrypted": QT_TRANSLATE_NOOP("TemplatesPage", "The workbook is protected with a password. Remove the password in Excel or WPS, save, and try again."),
    "empty": QT_TRANSLATE_NOOP("TemplatesPage", "The workbook is empty."),
    "": QT_TRANSLATE_NOOP("TemplatesPage", "The file cannot be read safely (too large, damaged, or built in a way Excel and WPS never write). Check that it is the right file."),
}  # fmt: skip


def workbook_problem_sentence(problem: WorkbookProblem) -> str:
    """Why a workbook cell, row or sheet was refused, in words."""
    facts = dict(problem.facts)
    separator = QCoreApplication.translate("TemplatesPage", ", ")
    for key in ("expected",):
        if isinstance(facts.get(key), list | tuple):
            facts[key] = separator.join(f"“{word}”" for word in facts[key])
    if problem.code == "file_unreadable":
        reason = str(facts.get("reason", ""))
        sentence = FILE_UNREADABLE.get(reason, FILE_UNREADABLE[""])
        return QCoreApplication.translate("TemplatesPage", sentence)
    sentence = WORKBOOK_PROBLEMS.get(problem.code)
    if sentence is not None:
        return QCoreApplication.translate("TemplatesPage", sentence).format_map(Facts(facts))
    return describe_kpi(problem.code, facts)


def workbook_problem_place(problem: WorkbookProblem) -> str:
    """Where in the workbook: sheet, row and column (with its header), as far as known."""
    parts = []
    if problem.sheet:
        parts.append(
            QCoreApplication.translate("TemplatesPage", "sheet “{sheet}”").format(
                sheet=problem.sheet
            )
        )
    if problem.row is not None:
        parts.append(
            QCoreApplication.translate("TemplatesPage", "row {row}").format(row=problem.row)
        )
    if problem.column:
        if problem.header:
            parts.append(
                QCoreApplication.translate("TemplatesPage", "column {column} (“{header}”)").format(
                    column=problem.column, header=problem.header
                )
            )
        else:
            parts.append(
                QCoreApplication.translate("TemplatesPage", "column {column}").format(
                    column=problem.column
                )
            )
    elif problem.header:
        parts.append(f"“{problem.header}”")
    if not parts:
        return QCoreApplication.translate("TemplatesPage", "the workbook")
    return QCoreApplication.translate("TemplatesPage", ", ").join(parts)


def workbook_problem_text(problem: WorkbookProblem) -> str:
    """One refusal as a sentence with its place: "Sheet …, row 5, column D (…): …"."""
    place = workbook_problem_place(problem)
    return QCoreApplication.translate("TemplatesPage", "{place}: {sentence}").format(
        place=place[:1].upper() + place[1:], sentence=workbook_problem_sentence(problem)
    )
