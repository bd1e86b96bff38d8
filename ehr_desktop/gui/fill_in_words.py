"""Fill-in workbooks in words: why a returned workbook, a form or a cell was refused, why a
form was left out of an export, and what landed. Shared by the Appraisals area and
`ehr-desktop forms`."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from ehr_desktop.gui.labels import label
from ehr_desktop.gui.messages import Facts, describe_kpi
from ehr_desktop.services.kpi_fill_in import (
    CellProblem,
    FileOutcome,
    FormOutcome,
    FormRefusal,
    FormStatus,
    LeftOut,
)

CONTEXT = "FillIn"

# Why a returned workbook was refused as a whole (FillInRefused.reason; unreadable by detail).
FILE_REFUSALS = {
    "not_fill_in": QT_TRANSLATE_NOOP("FillIn", "This is not a fill-in workbook exported by this app, or its content was copied into another workbook. Ask for the workbook that was sent out. Nothing was taken."),
    "other_vault": QT_TRANSLATE_NOOP("FillIn", "This workbook was exported from another vault, so its scores cannot go into this one. Nothing was taken."),
    "tampered": QT_TRANSLATE_NOOP("FillIn", "Cells outside the yellow cells were changed ({places}), so nothing of this workbook was taken. Export a new workbook for this person, or type the scores in by hand."),
    "tampered_manifest": QT_TRANSLATE_NOOP("FillIn", "The workbook's hidden check data was altered, so nothing of it was taken. Export a new workbook for this person."),
}  # fmt: skip
UNREADABLE = {
    "not_a_spreadsheet": QT_TRANSLATE_NOOP("FillIn", "The file is not an Excel workbook this app can read. Save it from Excel or WPS as .xlsx and try again. Nothing was taken."),
    "encrypted": QT_TRANSLATE_NOOP("FillIn", "The workbook is protected with a password to open. Remove that password in Excel or WPS, save, and try again. Nothing was taken."),
    "empty": QT_TRANSLATE_NOOP("FillIn", "The file is empty. Nothing was taken."),
    "": QT_TRANSLATE_NOOP("FillIn", "The file cannot be read safely (too large, damaged, or built in a way Excel and WPS never write). Check that it is the right file. Nothing was taken."),
}  # fmt: skip
FORM_REFUSALS = {
    FormRefusal.NOT_FOUND: QT_TRANSLATE_NOOP("FillIn", "This form is no longer in the cycle."),
    FormRefusal.CYCLE_CLOSED: QT_TRANSLATE_NOOP("FillIn", "The cycle is closed. Reopen it to take scores in."),
    FormRefusal.EXCLUDED: QT_TRANSLATE_NOOP("FillIn", "The form was excluded from the cycle."),
    FormRefusal.LOCKED: QT_TRANSLATE_NOOP("FillIn", "The form is already {stage}; it no longer takes scores from a workbook."),
    FormRefusal.NOT_AT_STEP: QT_TRANSLATE_NOOP("FillIn", "The form is at the step “{stage}” now, not at this person's step. Nothing of it was taken."),
    FormRefusal.STALE: QT_TRANSLATE_NOOP("FillIn", "The form was changed in the app after the workbook was exported. Nothing of it was taken, so the newer entry stays; export a new workbook if needed."),
    FormRefusal.CELLS_INVALID: QT_TRANSLATE_NOOP("FillIn", "Some cells cannot be taken, so nothing of this form was taken. Correct them and import the workbook again."),
}  # fmt: skip
CELL_PROBLEMS = {
    "not_a_number": QT_TRANSLATE_NOOP("FillIn", "“{value}” is not a number."),
    "not_a_whole_number": QT_TRANSLATE_NOOP("FillIn", "“{value}” is not a whole number."),
    "outside_range": QT_TRANSLATE_NOOP("FillIn", "{value} is outside {minimum} to {maximum}."),
    "not_a_level": QT_TRANSLATE_NOOP("FillIn", "“{value}” is not a level of the scale ({levels})."),
    "not_a_choice": QT_TRANSLATE_NOOP("FillIn", "“{value}” is not one of the choices ({choices})."),
    "too_long": QT_TRANSLATE_NOOP("FillIn", "The comment is longer than {limit} characters."),
}  # fmt: skip
LEFT_OUT = {
    LeftOut.NOT_AT_STEP: QT_TRANSLATE_NOOP("FillIn", "not at this step"),
    LeftOut.FINALIZED: QT_TRANSLATE_NOOP("FillIn", "finalized"),
    LeftOut.EXCLUDED: QT_TRANSLATE_NOOP("FillIn", "excluded"),
    LeftOut.NO_REVIEWER: QT_TRANSLATE_NOOP("FillIn", "no reviewer"),
}  # fmt: skip
STATUSES = {
    FormStatus.LANDED: QT_TRANSLATE_NOOP("FillIn", "Taken in"),
    FormStatus.UNCHANGED: QT_TRANSLATE_NOOP("FillIn", "Already in the vault"),
    FormStatus.EMPTY: QT_TRANSLATE_NOOP("FillIn", "Not filled in"),
    FormStatus.REFUSED: QT_TRANSLATE_NOOP("FillIn", "Refused"),
}  # fmt: skip


def _tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


def _list(items) -> str:
    return QCoreApplication.translate("FillIn", ", ").join(str(item) for item in items)


def file_refusal_text(outcome: FileOutcome) -> str:
    """Why a whole workbook was refused, in words ("" when it was not)."""
    if not outcome.refused:
        return ""
    facts: dict[str, Any] = dict(outcome.facts)
    if outcome.refusal == "unreadable":
        return _tr(UNREADABLE.get(str(facts.get("detail", "")), UNREADABLE[""]))
    if outcome.refusal == "tampered":
        places = tuple(facts.get("places", ()))
        if places == ("manifest",):
            return _tr(FILE_REFUSALS["tampered_manifest"])
        shown = [
            QCoreApplication.translate("FillIn", "sheet “{sheet}”, cell {cell}").format(
                sheet=sheet, cell=cell
            )
            if cell
            else QCoreApplication.translate("FillIn", "sheet “{sheet}” is missing").format(
                sheet=sheet
            )
            for sheet, cell in places[:5]
        ]
        if int(facts.get("count", len(places))) > len(shown):
            shown.append(
                QCoreApplication.translate("FillIn", "and {count} more").format(
                    count=int(facts["count"]) - len(shown)
                )
            )
        return _tr(FILE_REFUSALS["tampered"]).format(
            places=QCoreApplication.translate("FillIn", "; ").join(shown)
        )
    sentence = FILE_REFUSALS.get(outcome.refusal)
    return _tr(sentence) if sentence else describe_kpi("")


def cell_problem_text(problem: CellProblem) -> str:
    """One cell that could not be taken: "Cell H12 (销售额): “many” is not a number."."""
    facts = Facts(problem.facts)
    facts["value"] = problem.value
    for key in ("levels", "choices"):
        if isinstance(facts.get(key), list | tuple):
            facts[key] = _list(facts[key])
    sentence = CELL_PROBLEMS.get(problem.code)
    said = _tr(sentence).format_map(facts) if sentence else describe_kpi(problem.code, facts)
    if problem.cell and problem.indicator_name:
        return QCoreApplication.translate("FillIn", "Cell {cell} ({indicator}): {sentence}").format(
            cell=problem.cell, indicator=problem.indicator_name, sentence=said
        )
    if problem.cell:
        return QCoreApplication.translate("FillIn", "Cell {cell}: {sentence}").format(
            cell=problem.cell, sentence=said
        )
    return said


def form_outcome_text(form: FormOutcome, indicator_names: Mapping[str, str] | None = None) -> str:
    """What happened to one form, in words: what landed, or why it was refused."""
    if form.status == FormStatus.REFUSED and form.refusal is not None:
        facts = Facts(form.facts)
        if "stage" in facts:
            facts["stage"] = label("kpi_stage", str(facts["stage"]))
        text = _tr(FORM_REFUSALS[form.refusal]).format_map(facts)
        if form.problems:
            text += " " + " ".join(cell_problem_text(p) for p in form.problems)
        return text
    if form.status == FormStatus.LANDED:
        parts = []
        if form.changed_names:
            parts.append(
                QCoreApplication.translate("FillIn", "Scores: {names}.").format(
                    names=_list(form.changed_names)
                )
            )
        if form.commented:
            parts.append(
                QCoreApplication.translate("FillIn", "{count} comments added.").format(
                    count=len(form.commented)
                )
            )
        if form.partial:
            parts.append(
                QCoreApplication.translate(
                    "FillIn", "Not complete yet: the rest can follow in a later workbook."
                )
            )
        return " ".join(parts)
    if form.status == FormStatus.UNCHANGED:
        return QCoreApplication.translate("FillIn", "The vault already holds what this sheet says.")
    return QCoreApplication.translate("FillIn", "Nothing was filled in on this sheet.")


def status_text(form: FormOutcome) -> str:
    return _tr(STATUSES[form.status])


def left_out_text(left_out: Mapping[LeftOut, int]) -> str:
    """ "3 finalized, 12 not at this step" (empty when nothing was left out)."""
    return QCoreApplication.translate("FillIn", ", ").join(
        QCoreApplication.translate("FillIn", "{count} {reason}").format(
            count=count, reason=_tr(LEFT_OUT[reason])
        )
        for reason, count in sorted(left_out.items())
        if count
    )
