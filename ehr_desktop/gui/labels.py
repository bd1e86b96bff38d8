"""Words for the stored codes (statuses, event kinds, contract types…) in the officer's language."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from ehr_desktop.services import roster_import

CONTEXT = "Labels"

LABELS: dict[str, dict[str, str]] = {
    "status": {
        "not_hired": QT_TRANSLATE_NOOP("Labels", "No hire recorded"),
        "probation": QT_TRANSLATE_NOOP("Labels", "On probation"),
        "active": QT_TRANSLATE_NOOP("Labels", "Active"),
        "on_leave": QT_TRANSLATE_NOOP("Labels", "On leave"),
        "left": QT_TRANSLATE_NOOP("Labels", "Left"),
    },
    "event": {
        "hire": QT_TRANSLATE_NOOP("Labels", "Hired"),
        "rehire": QT_TRANSLATE_NOOP("Labels", "Rehired"),
        "confirmation": QT_TRANSLATE_NOOP("Labels", "Probation confirmed"),
        "probation_extension": QT_TRANSLATE_NOOP("Labels", "Probation extended"),
        "transfer": QT_TRANSLATE_NOOP("Labels", "Transferred"),
        "promotion": QT_TRANSLATE_NOOP("Labels", "Promoted"),
        "demotion": QT_TRANSLATE_NOOP("Labels", "Demoted"),
        "salary_change": QT_TRANSLATE_NOOP("Labels", "Salary changed"),
        "contract_signing": QT_TRANSLATE_NOOP("Labels", "Contract signed"),
        "contract_renewal": QT_TRANSLATE_NOOP("Labels", "Contract renewed"),
        "contract_termination": QT_TRANSLATE_NOOP("Labels", "Contract terminated"),
        "leave_of_absence": QT_TRANSLATE_NOOP("Labels", "Leave of absence"),
        "return_from_leave": QT_TRANSLATE_NOOP("Labels", "Returned from leave"),
        "resignation": QT_TRANSLATE_NOOP("Labels", "Resigned"),
        "dismissal": QT_TRANSLATE_NOOP("Labels", "Dismissed"),
        "contract_end": QT_TRANSLATE_NOOP("Labels", "Left at contract end"),
        "retirement": QT_TRANSLATE_NOOP("Labels", "Retired"),
        "death": QT_TRANSLATE_NOOP("Labels", "Deceased"),
        "separation": QT_TRANSLATE_NOOP("Labels", "Left (how not recorded)"),
        "void": QT_TRANSLATE_NOOP("Labels", "Withdrawn"),
    },
    "gender": {
        "M": QT_TRANSLATE_NOOP("Labels", "Male"),
        "F": QT_TRANSLATE_NOOP("Labels", "Female"),
    },
    "id_type": {
        "resident_id": QT_TRANSLATE_NOOP("Labels", "Resident ID card"),
        "passport": QT_TRANSLATE_NOOP("Labels", "Passport"),
        "hk_macao_permit": QT_TRANSLATE_NOOP("Labels", "Hong Kong/Macao permit"),
        "taiwan_permit": QT_TRANSLATE_NOOP("Labels", "Taiwan permit"),
        "foreign_permit": QT_TRANSLATE_NOOP("Labels", "Foreigner's permanent residence card"),
        "other": QT_TRANSLATE_NOOP("Labels", "Other document"),
    },
    "hukou_type": {
        "urban": QT_TRANSLATE_NOOP("Labels", "Urban"),
        "rural": QT_TRANSLATE_NOOP("Labels", "Rural"),
    },
    "marital_status": {
        "single": QT_TRANSLATE_NOOP("Labels", "Single"),
        "married": QT_TRANSLATE_NOOP("Labels", "Married"),
        "divorced": QT_TRANSLATE_NOOP("Labels", "Divorced"),
        "widowed": QT_TRANSLATE_NOOP("Labels", "Widowed"),
    },
    "political_status": {
        "masses": QT_TRANSLATE_NOOP("Labels", "Ordinary citizen"),
        "cpc_member": QT_TRANSLATE_NOOP("Labels", "CPC member"),
        "cpc_probationary": QT_TRANSLATE_NOOP("Labels", "CPC probationary member"),
        "cyl_member": QT_TRANSLATE_NOOP("Labels", "Communist Youth League member"),
        "democratic_party": QT_TRANSLATE_NOOP("Labels", "Member of a democratic party"),
    },
    "contract_type": {
        "fixed_term": QT_TRANSLATE_NOOP("Labels", "Fixed-term"),
        "open_ended": QT_TRANSLATE_NOOP("Labels", "Open-ended"),
        "internship": QT_TRANSLATE_NOOP("Labels", "Internship"),
        "labour_service": QT_TRANSLATE_NOOP("Labels", "Labour service"),
        "part_time": QT_TRANSLATE_NOOP("Labels", "Part-time"),
    },
    "record": {
        "education": QT_TRANSLATE_NOOP("Labels", "Education"),
        "work_history": QT_TRANSLATE_NOOP("Labels", "Work before joining"),
        "reward": QT_TRANSLATE_NOOP("Labels", "Reward"),
        "penalty": QT_TRANSLATE_NOOP("Labels", "Penalty"),
        "training": QT_TRANSLATE_NOOP("Labels", "Training"),
        "certificate": QT_TRANSLATE_NOOP("Labels", "Qualification certificate"),
    },
    "attachment": {
        "contract": QT_TRANSLATE_NOOP("Labels", "Contract scan"),
        "id_copy": QT_TRANSLATE_NOOP("Labels", "ID copy"),
        "certificate": QT_TRANSLATE_NOOP("Labels", "Certificate"),
        "photo": QT_TRANSLATE_NOOP("Labels", "Photo"),
        "education": QT_TRANSLATE_NOOP("Labels", "Diploma or degree"),
        "other": QT_TRANSLATE_NOOP("Labels", "Other"),
    },
    "reminder": {
        "contract_expiring": QT_TRANSLATE_NOOP("Labels", "Contract expiring"),
        "second_fixed_term_ending": QT_TRANSLATE_NOOP("Labels", "Second fixed-term contract ending"),
        "probation_ending": QT_TRANSLATE_NOOP("Labels", "Probation ending"),
        "certificate_expiring": QT_TRANSLATE_NOOP("Labels", "Certificate expiring"),
        "no_current_contract": QT_TRANSLATE_NOOP("Labels", "No contract in force"),
        "appraisal_overdue": QT_TRANSLATE_NOOP("Labels", "Appraisal form overdue"),
        "low_performer": QT_TRANSLATE_NOOP("Labels", "Low performer"),
    },
    "custom_kind": {
        "text": QT_TRANSLATE_NOOP("Labels", "Text"),
        "number": QT_TRANSLATE_NOOP("Labels", "Number"),
        "date": QT_TRANSLATE_NOOP("Labels", "Date"),
        "choice": QT_TRANSLATE_NOOP("Labels", "Choice"),
    },
    "department_event": {
        "create": QT_TRANSLATE_NOOP("Labels", "Established"),
        "rename": QT_TRANSLATE_NOOP("Labels", "Renamed"),
        "move": QT_TRANSLATE_NOOP("Labels", "Moved"),
        "merge": QT_TRANSLATE_NOOP("Labels", "Merged into another department"),
        "merged_in": QT_TRANSLATE_NOOP("Labels", "Took in a merged department"),
        "close": QT_TRANSLATE_NOOP("Labels", "Closed"),
        "head": QT_TRANSLATE_NOOP("Labels", "Head changed"),
    },
    "audit_action": {
        "create": QT_TRANSLATE_NOOP("Labels", "Added"),
        "update": QT_TRANSLATE_NOOP("Labels", "Changed"),
        "delete": QT_TRANSLATE_NOOP("Labels", "Removed"),
        "reveal": QT_TRANSLATE_NOOP("Labels", "Viewed unmasked"),
        "export": QT_TRANSLATE_NOOP("Labels", "Exported"),
        "print": QT_TRANSLATE_NOOP("Labels", "Printed"),
    },
    "entity": {
        "employees": QT_TRANSLATE_NOOP("Labels", "Personal data"),
        "employment_events": QT_TRANSLATE_NOOP("Labels", "Timeline"),
        "contracts": QT_TRANSLATE_NOOP("Labels", "Contract"),
        "employee_records": QT_TRANSLATE_NOOP("Labels", "Record"),
        "attachments": QT_TRANSLATE_NOOP("Labels", "Attachment"),
        "kpi_templates": QT_TRANSLATE_NOOP("Labels", "Appraisal template"),
        "kpi_template_versions": QT_TRANSLATE_NOOP("Labels", "Appraisal template version"),
        "kpi_cycles": QT_TRANSLATE_NOOP("Labels", "Appraisal cycle"),
        "kpi_forms": QT_TRANSLATE_NOOP("Labels", "Appraisal form"),
        "kpi_inputs": QT_TRANSLATE_NOOP("Labels", "Appraisal score"),
        "kpi_form_items": QT_TRANSLATE_NOOP("Labels", "Bonus, deduction or veto"),
        "kpi_log": QT_TRANSLATE_NOOP("Labels", "Appraisal log"),
    },
    "kpi_stage": {
        "draft": QT_TRANSLATE_NOOP("Labels", "Draft"),
        "self_assessment": QT_TRANSLATE_NOOP("Labels", "Self-assessment"),
        "manager_review": QT_TRANSLATE_NOOP("Labels", "Manager review"),
        "hr_review": QT_TRANSLATE_NOOP("Labels", "HR review"),
        "finalized": QT_TRANSLATE_NOOP("Labels", "Finalized"),
        "archived": QT_TRANSLATE_NOOP("Labels", "Archived"),
    },
    "kpi_move": {
        "advance": QT_TRANSLATE_NOOP("Labels", "Sent on"),
        "send_back": QT_TRANSLATE_NOOP("Labels", "Sent back"),
        "reopen": QT_TRANSLATE_NOOP("Labels", "Reopened"),
    },
    "kpi_scorer": {
        "self": QT_TRANSLATE_NOOP("Labels", "Self"),
        "manager": QT_TRANSLATE_NOOP("Labels", "Manager"),
        "hr": QT_TRANSLATE_NOOP("Labels", "HR"),
    },
    "kpi_provided_via": {
        "paper": QT_TRANSLATE_NOOP("Labels", "Typed from paper"),
        "workbook": QT_TRANSLATE_NOOP("Labels", "Imported workbook"),
        "officer": QT_TRANSLATE_NOOP("Labels", "Entered by HR"),
    },
    "kpi_indicator_kind": {
        "quantitative": QT_TRANSLATE_NOOP("Labels", "Quantitative"),
        "qualitative": QT_TRANSLATE_NOOP("Labels", "Qualitative"),
        "process": QT_TRANSLATE_NOOP("Labels", "Process"),
    },
    "kpi_rule": {
        "linear": QT_TRANSLATE_NOOP("Labels", "Ratio to target"),
        "bands": QT_TRANSLATE_NOOP("Labels", "Threshold bands"),
        "per_incident": QT_TRANSLATE_NOOP("Labels", "Deduction per incident"),
        "pass_fail": QT_TRANSLATE_NOOP("Labels", "Pass or fail"),
    },
    "kpi_direction": {
        "higher_is_better": QT_TRANSLATE_NOOP("Labels", "Higher is better"),
        "lower_is_better": QT_TRANSLATE_NOOP("Labels", "Lower is better"),
    },
    "kpi_period": {
        "month": QT_TRANSLATE_NOOP("Labels", "Month"),
        "quarter": QT_TRANSLATE_NOOP("Labels", "Quarter"),
        "half_year": QT_TRANSLATE_NOOP("Labels", "Half-year"),
        "year": QT_TRANSLATE_NOOP("Labels", "Year"),
        "custom": QT_TRANSLATE_NOOP("Labels", "Custom dates"),
    },
    "kpi_cycle_state": {
        "open": QT_TRANSLATE_NOOP("Labels", "Open"),
        "finalized": QT_TRANSLATE_NOOP("Labels", "Finalized"),
        "archived": QT_TRANSLATE_NOOP("Labels", "Archived"),
    },
    "kpi_population": {
        "rules": QT_TRANSLATE_NOOP("Labels", "By the cycle's rules"),
        "included_by_hand": QT_TRANSLATE_NOOP("Labels", "Included by hand"),
        "excluded_by_hand": QT_TRANSLATE_NOOP("Labels", "Excluded by hand"),
        "probation": QT_TRANSLATE_NOOP("Labels", "On probation"),
        "on_leave": QT_TRANSLATE_NOOP("Labels", "On leave"),
        "hired_after_cutoff": QT_TRANSLATE_NOOP("Labels", "Hired after the cut-off date"),
    },
    "kpi_log": {
        "advance": QT_TRANSLATE_NOOP("Labels", "Sent on"),
        "send_back": QT_TRANSLATE_NOOP("Labels", "Sent back"),
        "reopen": QT_TRANSLATE_NOOP("Labels", "Reopened"),
        "change": QT_TRANSLATE_NOOP("Labels", "Changed after finalizing"),
        "rescored": QT_TRANSLATE_NOOP("Labels", "Score recalculated"),
        "calibration": QT_TRANSLATE_NOOP("Labels", "Calibrated"),
        "reviewer": QT_TRANSLATE_NOOP("Labels", "Reviewer changed"),
        "template": QT_TRANSLATE_NOOP("Labels", "Template changed"),
        "excluded": QT_TRANSLATE_NOOP("Labels", "Excluded from the cycle"),
        "included": QT_TRANSLATE_NOOP("Labels", "Included again"),
        "cycle_finalized": QT_TRANSLATE_NOOP("Labels", "Cycle finalized"),
        "cycle_reopened": QT_TRANSLATE_NOOP("Labels", "Cycle reopened"),
        "cycle_archived": QT_TRANSLATE_NOOP("Labels", "Cycle archived"),
    },
    "kpi_item": {
        "bonus": QT_TRANSLATE_NOOP("Labels", "Bonus"),
        "deduction": QT_TRANSLATE_NOOP("Labels", "Deduction"),
        "veto": QT_TRANSLATE_NOOP("Labels", "Veto"),
    },
}  # fmt: skip


def label(group: str, key: str | None) -> str:
    """The translated word for a stored code; unknown codes are shown as they are."""
    if key is None or key == "":
        return ""
    source = LABELS.get(group, {}).get(key)
    return QCoreApplication.translate(CONTEXT, source) if source else key


def choices(group: str) -> list[tuple[str, str]]:
    """(code, translated word) pairs in their declared order, for combo boxes."""
    return [(key, QCoreApplication.translate(CONTEXT, text)) for key, text in LABELS[group].items()]


# Notes the app itself stores with what it writes (markers, not sentences), worded when shown.
STORED_NOTES = {
    roster_import.IMPORT_NOTE: QT_TRANSLATE_NOOP("Labels", "Imported from a roster"),
    roster_import.IMPORT_NOTE_START_FROM_HIRE: QT_TRANSLATE_NOOP(
        "Labels", "Imported from a roster; it gave no start date, so the hire date is used"
    ),
}


def stored_note(note: str | None) -> str:
    """A note as the officer reads it: the app's own markers translated, theirs as written."""
    if not note:
        return ""
    source = STORED_NOTES.get(note)
    return QCoreApplication.translate(CONTEXT, source) if source else note
