"""Turns error codes from the inner layers into translated sentences (used by the GUI and the CLI)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from ehr_desktop.domain.errors import EhrError

CONTEXT = "Messages"

# code (or code:part) -> sentence; each says what happened and what to do next.
SENTENCES = {
    "unexpected": QT_TRANSLATE_NOOP("Messages", "Something unexpected went wrong. Your data was not changed. Please try again."),
    "vault.not_found": QT_TRANSLATE_NOOP("Messages", "No vault was found at {path}. Check the location or choose another vault."),
    "vault.already_exists": QT_TRANSLATE_NOOP("Messages", "{path} already exists. Choose another name or an empty folder."),
    "vault.not_a_vault": QT_TRANSLATE_NOOP("Messages", "{path} is not an EHR Desktop vault. Choose the vault folder (its name ends in .ehrvault)."),
    "vault.damaged": QT_TRANSLATE_NOOP("Messages", "The vault's database is damaged and cannot be read. Nothing was changed. Restore the vault from a backup."),
    "vault.damaged:database_truncated": QT_TRANSLATE_NOOP("Messages", "The vault's database file is incomplete (cut off, for example by an interrupted copy). Nothing was changed. Restore the vault from a backup."),
    "vault.damaged:database_missing": QT_TRANSLATE_NOOP("Messages", "The vault folder has no database file. Nothing was changed. Restore the vault from a backup."),
    "vault.damaged:keyslots": QT_TRANSLATE_NOOP("Messages", "The vault's key file is missing or damaged, so the vault cannot be unlocked. Nothing was changed. Restore the vault from a backup."),
    "vault.damaged:schema": QT_TRANSLATE_NOOP("Messages", "The vault's contents are not in a form this app knows. Nothing was changed."),
    "vault.too_new": QT_TRANSLATE_NOOP("Messages", "This vault was saved by a newer version of EHR Desktop. Please update the app to open it."),
    "vault.in_use": QT_TRANSLATE_NOOP("Messages", "This vault is already open in another EHR Desktop window or program. Close it there first."),
    "vault.locked": QT_TRANSLATE_NOOP("Messages", "The vault is locked. Unlock it and try again."),
    "vault.migration_failed": QT_TRANSLATE_NOOP("Messages", "The vault could not be updated to this version of the app. Nothing was changed; a safety copy is in the vault's safety-copies folder."),
    "unlock.wrong_passphrase": QT_TRANSLATE_NOOP("Messages", "The passphrase is not correct. Check Caps Lock and the keyboard language, then try again."),
    "unlock.wrong_recovery_key": QT_TRANSLATE_NOOP("Messages", "This recovery key does not belong to this vault. Check that the recovery sheet is the one for this vault."),
    "unlock.malformed_recovery_key": QT_TRANSLATE_NOOP("Messages", "The recovery key has a typing error. It has nine groups of four letters and digits; check each group against the recovery sheet."),
    "unlock.not_remembered": QT_TRANSLATE_NOOP("Messages", "This computer does not remember the vault's passphrase. Please type the passphrase."),
    "keyring.unavailable": QT_TRANSLATE_NOOP("Messages", "The system password store is not available, so this computer cannot remember the passphrase. You can still unlock with the passphrase."),
    "passphrase.too_weak": QT_TRANSLATE_NOOP("Messages", "This passphrase is too easy to guess. Use at least 10 characters, for example several words with digits or symbols."),
    "passphrase.mismatch": QT_TRANSLATE_NOOP("Messages", "The two passphrases are not the same. Please type them again."),
    "backup.not_a_backup": QT_TRANSLATE_NOOP("Messages", "{path} is not an EHR Desktop backup. Choose a backup file (its name ends in .ehrbak)."),
    "backup.damaged": QT_TRANSLATE_NOOP("Messages", "The backup file is damaged or incomplete and cannot be used. Nothing was changed. Use another backup."),
    "backup.too_new": QT_TRANSLATE_NOOP("Messages", "This backup was made by a newer version of EHR Desktop. Please update the app to restore it."),
    "storage.failed": QT_TRANSLATE_NOOP("Messages", "Could not write to {path}: the disk may be full, read-only or disconnected. Nothing was changed."),
    "input.invalid": QT_TRANSLATE_NOOP("Messages", "Some values cannot be saved. Nothing was changed; correct the fields marked and try again."),
    "record.not_found": QT_TRANSLATE_NOOP("Messages", "This record no longer exists; it may have been removed meanwhile. Refresh the list (F5)."),
    "attachment.too_large": QT_TRANSLATE_NOOP("Messages", "The file is larger than {limit_mb} MB and cannot be attached. Scan it at a lower resolution or split it, then try again."),
    "attachment.unreadable": QT_TRANSLATE_NOOP("Messages", "The file {path} could not be read. Check that it still exists and is not open in another program."),
    "lifecycle.refused": QT_TRANSLATE_NOOP("Messages", "This change does not fit the employee's history. Nothing was changed."),
    "organization.refused": QT_TRANSLATE_NOOP("Messages", "This change to the organization is not possible. Nothing was changed."),
    "roster.unreadable": QT_TRANSLATE_NOOP("Messages", "{path} could not be read as a roster. Nothing was imported."),
    "print.nothing": QT_TRANSLATE_NOOP("Messages", "There are no appraisal forms to print for this choice. Nothing was written."),
    "settings.logo_refused": QT_TRANSLATE_NOOP("Messages", "This picture cannot be used as the logo. The logo was not changed."),
    "settings.logo_refused:not_an_image": QT_TRANSLATE_NOOP("Messages", "The logo must be a PNG or JPEG picture. Save it in one of these formats and choose it again. The logo was not changed."),
    "settings.logo_refused:too_large": QT_TRANSLATE_NOOP("Messages", "The logo file is larger than {limit_mb} MB. Choose a smaller picture. The logo was not changed."),
    "settings.logo_refused:too_many_pixels": QT_TRANSLATE_NOOP("Messages", "The logo picture is too large ({width} × {height} pixels). Choose one of at most {limit} pixels on each side. The logo was not changed."),
}  # fmt: skip

# Why a roster could not be read at all (RosterUnreadable.reason).
ROSTER_UNREADABLE = {
    "not_a_spreadsheet": QT_TRANSLATE_NOOP("Messages", "{path} is not a spreadsheet this app can read. Save it from Excel or WPS as .xlsx (or .csv) and try again. Nothing was imported."),
    "encrypted": QT_TRANSLATE_NOOP("Messages", "{path} is protected with a password. Open it in Excel or WPS, remove the password (File ▸ Info ▸ Protect Workbook), save, and try again. Nothing was imported."),
    "too_large": QT_TRANSLATE_NOOP("Messages", "{path} is too large to be a roster. Split it into smaller files and try again. Nothing was imported."),
    "too_many_rows": QT_TRANSLATE_NOOP("Messages", "A sheet of {path} has far more rows than any roster. Check that it is the right file, or copy the roster rows into a new workbook. Nothing was imported."),
    "too_many_columns": QT_TRANSLATE_NOOP("Messages", "A sheet of {path} has far more columns than any roster. Check that it is the right file. Nothing was imported."),
    "zip_bomb": QT_TRANSLATE_NOOP("Messages", "{path} looks damaged or built to exhaust the computer's memory, so it was not opened. Nothing was imported."),
    "xml_entities": QT_TRANSLATE_NOOP("Messages", "{path} contains constructs that spreadsheets saved by Excel or WPS never have, so it was not opened. Nothing was imported."),
    "no_header": QT_TRANSLATE_NOOP("Messages", "No sheet of {path} has a header row with an employee number and a name in its first ten rows. Add those column titles, or map the columns by hand. Nothing was imported."),
    "empty": QT_TRANSLATE_NOOP("Messages", "{path} is empty. Nothing was imported."),
}  # fmt: skip

# What happened to a roster row or cell (import report and preview).
IMPORT_ISSUES = {
    "missing_name": QT_TRANSLATE_NOOP("Messages", "The row has an employee number but no name, so it cannot be identified. Not imported."),
    "missing_employee_no": QT_TRANSLATE_NOOP("Messages", "The row has a name but no employee number, so it cannot be identified. Not imported."),
    "duplicate_employee_no": QT_TRANSLATE_NOOP("Messages", "This employee number was already imported from an earlier row. Not imported."),
    "id_number_scientific_notation": QT_TRANSLATE_NOOP("Messages", "The ID number was stored as a number, so Excel kept only its first 15 digits; the real number cannot be recovered. Imported without the ID number."),
    "id_checksum": QT_TRANSLATE_NOOP("Messages", "The ID number's check digit is wrong: a digit was probably mistyped. Imported without the ID number."),
    "id_format": QT_TRANSLATE_NOOP("Messages", "This is not an 18-character resident ID number. Imported without the ID number."),
    "unparseable_date": QT_TRANSLATE_NOOP("Messages", "This is not a complete calendar date. Imported without this date."),
    "invalid_phone": QT_TRANSLATE_NOOP("Messages", "This is not a valid mobile number. Imported without the phone number."),
    "hidden_row": QT_TRANSLATE_NOOP("Messages", "The row is hidden in the workbook. Imported; check that it belongs to the roster."),
    "no_hire_date": QT_TRANSLATE_NOOP("Messages", "No hire date: imported without job history. Record the hire in the employee's file."),
    "left_without_leave_date": QT_TRANSLATE_NOOP("Messages", "Marked as left but without a leave date: imported as employed. Record the leaving in the employee's file."),
    "leave_before_hire": QT_TRANSLATE_NOOP("Messages", "The leave date is not after the hire date: imported without the leaving. Check both dates."),
    "unknown_value": QT_TRANSLATE_NOOP("Messages", "This word is not one of the field's values. Imported without this value."),
    "invalid_email": QT_TRANSLATE_NOOP("Messages", "This is not a valid e-mail address. Imported without the e-mail address."),
    "invalid_number": QT_TRANSLATE_NOOP("Messages", "This is not an amount or a number. Imported without this value."),
    "probation_end_before_hire": QT_TRANSLATE_NOOP("Messages", "The probation end is not after the hire date: imported without the probation. Check both dates."),
    "contract_end_before_start": QT_TRANSLATE_NOOP("Messages", "The contract end is not after its start: imported without the contract. Check both dates."),
    "active_with_past_leave_date": QT_TRANSLATE_NOOP("Messages", "Marked as employed, but the leave date has passed: imported as employed, without the leaving. Check the status and the date."),
}  # fmt: skip


def describe_import_issue(code: str) -> str:
    sentence = IMPORT_ISSUES.get(code)
    return QCoreApplication.translate(CONTEXT, sentence) if sentence else code


# Why a lifecycle event was refused (LifecycleRefused.rule); {date} is the event's date.
LIFECYCLE_RULES = {
    "before_hire": QT_TRANSLATE_NOOP("Messages", "The date {date} is before the employee was hired. Check the date."),
    "after_leaving": QT_TRANSLATE_NOOP("Messages", "On {date} the employee had already left. Record a rehire first, or check the date."),
    "already_hired": QT_TRANSLATE_NOOP("Messages", "The employee is already employed on {date}."),
    "use_rehire": QT_TRANSLATE_NOOP("Messages", "The employee worked here before: use Rehire instead of a new hire."),
    "rehire_needs_leaving": QT_TRANSLATE_NOOP("Messages", "A rehire is only possible after the employee has left."),
    "rehire_before_leaving": QT_TRANSLATE_NOOP("Messages", "The rehire date {date} must be after the leaving date."),
    "probation_end_before_start": QT_TRANSLATE_NOOP("Messages", "The probation must end after the start date {date}."),
    "not_on_probation": QT_TRANSLATE_NOOP("Messages", "On {date} the employee was not on probation, so it cannot be confirmed or extended."),
    "extension_must_be_later": QT_TRANSLATE_NOOP("Messages", "The new probation end must be later than the current one."),
    "transfer_changes_nothing": QT_TRANSLATE_NOOP("Messages", "Choose a new department or position for the transfer."),
    "grade_required": QT_TRANSLATE_NOOP("Messages", "Choose the new grade."),
    "salary_required": QT_TRANSLATE_NOOP("Messages", "Enter the new monthly salary."),
    "already_on_leave": QT_TRANSLATE_NOOP("Messages", "On {date} the employee was already on leave."),
    "not_on_leave": QT_TRANSLATE_NOOP("Messages", "On {date} the employee was not on leave."),
    "before_birth": QT_TRANSLATE_NOOP("Messages", "The date {date} is before the employee's date of birth. Check the date."),
    "already_corrected": QT_TRANSLATE_NOOP("Messages", "This entry has already been corrected. Correct the newer entry instead."),
}  # fmt: skip

ORGANIZATION_RULES = {
    "parent_closed": QT_TRANSLATE_NOOP("Messages", "That department is closed. Choose an open department."),
    "move_into_itself": QT_TRANSLATE_NOOP("Messages", "A department cannot be placed under itself or one of its own sub-departments."),
    "head_has_left": QT_TRANSLATE_NOOP("Messages", "This employee has left and cannot head a department."),
    "close_staffed": QT_TRANSLATE_NOOP("Messages", "{count} employees still work in this department. Transfer them first, or merge the department into another."),
    "close_with_children": QT_TRANSLATE_NOOP("Messages", "This department still has {count} open sub-departments. Move or close them first."),
    "close_before_established": QT_TRANSLATE_NOOP("Messages", "The closing date is before the department was established."),
    "merge_into_itself": QT_TRANSLATE_NOOP("Messages", "Choose another department to merge into."),
}  # fmt: skip

# Why one field's value was refused (Problem.code), shown under the field.
FIELD_RULES = {
    "required": QT_TRANSLATE_NOOP("Messages", "Required."),
    "too_long": QT_TRANSLATE_NOOP("Messages", "Too long: at most {limit} characters."),
    "unknown_choice": QT_TRANSLATE_NOOP("Messages", "Choose one of the offered values."),
    "in_future": QT_TRANSLATE_NOOP("Messages", "This date is in the future."),
    "id_length": QT_TRANSLATE_NOOP("Messages", "A resident ID number has 18 characters (or 15 for old cards)."),
    "id_characters": QT_TRANSLATE_NOOP("Messages", "A resident ID number has only digits, with X allowed as the last character."),
    "id_birth_date": QT_TRANSLATE_NOOP("Messages", "The birth date inside the ID number is not a real date."),
    "id_check_digit": QT_TRANSLATE_NOOP("Messages", "The ID number's check digit is wrong: a digit was probably mistyped."),
    "id_birth_mismatch": QT_TRANSLATE_NOOP("Messages", "Does not match the birth date in the ID number ({id_birth})."),
    "id_gender_mismatch": QT_TRANSLATE_NOOP("Messages", "Does not match the gender in the ID number."),
    "phone_format": QT_TRANSLATE_NOOP("Messages", "Not a phone number: a mobile has 11 digits starting with 1."),
    "email_format": QT_TRANSLATE_NOOP("Messages", "Not an e-mail address (name@example.com)."),
    "bank_account_format": QT_TRANSLATE_NOOP("Messages", "A bank account number has 8 to 30 digits."),
    "before_working_age": QT_TRANSLATE_NOOP("Messages", "Before the employee's 16th birthday."),
    "contact_incomplete": QT_TRANSLATE_NOOP("Messages", "Each emergency contact needs a name and a phone number."),
    "duplicate": QT_TRANSLATE_NOOP("Messages", "Already used by another record."),
    "duplicate_person": QT_TRANSLATE_NOOP("Messages", "This ID number already belongs to employee {employee_no}."),
    "number_format": QT_TRANSLATE_NOOP("Messages", "Enter a number."),
    "date_format": QT_TRANSLATE_NOOP("Messages", "Enter a date."),
    "unknown_field": QT_TRANSLATE_NOOP("Messages", "This field no longer exists."),
    "department_closed": QT_TRANSLATE_NOOP("Messages", "This department is closed."),
    "salary_range": QT_TRANSLATE_NOOP("Messages", "Enter a monthly salary above zero."),
    "open_ended_has_no_end": QT_TRANSLATE_NOOP("Messages", "An open-ended contract has no end date."),
    "end_before_start": QT_TRANSLATE_NOOP("Messages", "Must be after the start date."),
    "probation_end_before_start": QT_TRANSLATE_NOOP("Messages", "The probation must end after the start date."),
    "probation_end_after_end": QT_TRANSLATE_NOOP("Messages", "The probation cannot end after the contract."),
    "renewal_before_previous": QT_TRANSLATE_NOOP("Messages", "A renewal starts after the contract it renews."),
    "contract_overlaps": QT_TRANSLATE_NOOP("Messages", "Another contract is in force on this date. Renew or terminate it instead."),
    "contract_before_hire": QT_TRANSLATE_NOOP("Messages", "The contract cannot start before the hire date."),
    "not_self": QT_TRANSLATE_NOOP("Messages", "An employee cannot supervise themselves."),
    "hours_range": QT_TRANSLATE_NOOP("Messages", "Enter the hours as a number above zero."),
    "empty_file": QT_TRANSLATE_NOOP("Messages", "The file is empty."),
    "no_slash": QT_TRANSLATE_NOOP("Messages", "A department name cannot contain “/”."),
    "duplicate_sibling": QT_TRANSLATE_NOOP("Messages", "Another department with this name already exists at this level."),
}  # fmt: skip


def _date_text(value) -> str:
    from ehr_desktop.gui.formats import date_text

    return date_text(value) if hasattr(value, "isoformat") else str(value or "")


def describe_rule(error: BaseException) -> str:
    """The specific reason for a refused lifecycle or organization change, else describe()."""
    facts = getattr(error, "facts", {})
    table = {"lifecycle.refused": LIFECYCLE_RULES, "organization.refused": ORGANIZATION_RULES}.get(
        getattr(error, "code", ""), {}
    )
    sentence = table.get(facts.get("rule", ""))
    if sentence is None:
        return describe(error)
    return QCoreApplication.translate(CONTEXT, sentence).format(
        date=_date_text(facts.get("date")), count=facts.get("count", "")
    )


# Why an appraisal action or value was refused (KpiRefused.rule, or a KPI Problem.code: the
# template editor, the cycle wizard and the form editor show these under what was entered).
KPI_RULES = {
    # templates
    "no_dimensions": QT_TRANSLATE_NOOP("Messages", "Add at least one dimension with its indicators."),
    "dimension_empty": QT_TRANSLATE_NOOP("Messages", "This dimension has no indicators yet."),
    "dimension_weights_total": QT_TRANSLATE_NOOP("Messages", "The dimensions' weights add up to {total} %; they must total 100 %."),
    "indicator_weights_total": QT_TRANSLATE_NOOP("Messages", "The indicators of this dimension add up to {total} %; they must total the dimension's {expected} %."),
    "scorer_weights_total": QT_TRANSLATE_NOOP("Messages", "Self, manager and HR weights add up to {total} %; they must total 100 %."),
    "not_positive": QT_TRANSLATE_NOOP("Messages", "Enter a number greater than 0."),
    "negative": QT_TRANSLATE_NOOP("Messages", "Enter 0 or more."),
    "name_required": QT_TRANSLATE_NOOP("Messages", "Enter a name."),
    "key_required": QT_TRANSLATE_NOOP("Messages", "Enter a short code."),
    "duplicate_key": QT_TRANSLATE_NOOP("Messages", "This code is used twice; each must be unique."),
    "duplicate_name": QT_TRANSLATE_NOOP("Messages", "This name is already used. Choose another."),
    "target_required": QT_TRANSLATE_NOOP("Messages", "A quantitative indicator needs a target."),
    "target_not_positive": QT_TRANSLATE_NOOP("Messages", "The target must be greater than 0."),
    "cap_below_floor": QT_TRANSLATE_NOOP("Messages", "The cap must not be below the floor."),
    "bands_empty": QT_TRANSLATE_NOOP("Messages", "Add at least one band (from how much achieved, which score)."),
    "band_thresholds_not_descending": QT_TRANSLATE_NOOP("Messages", "List the bands from the highest achievement down."),
    "band_scores_not_descending": QT_TRANSLATE_NOOP("Messages", "A lower band cannot give a higher score."),
    "start_below_floor": QT_TRANSLATE_NOOP("Messages", "The starting score must not be below the floor."),
    "fail_above_pass": QT_TRANSLATE_NOOP("Messages", "The score for a fail cannot be higher than for a pass."),
    "levels_empty": QT_TRANSLATE_NOOP("Messages", "Add the levels of the rating scale."),
    "duplicate_level": QT_TRANSLATE_NOOP("Messages", "This level is listed twice."),
    "milestones_empty": QT_TRANSLATE_NOOP("Messages", "Add the milestones of the checklist."),
    "duplicate_grade": QT_TRANSLATE_NOOP("Messages", "This grade is listed twice."),
    "grade_bounds_not_descending": QT_TRANSLATE_NOOP("Messages", "List the grades from the highest score down."),
    "unknown_grade": QT_TRANSLATE_NOOP("Messages", "This grade is not one of the cycle's grades."),
    "quota_without_grades": QT_TRANSLATE_NOOP("Messages", "Choose the grades the quota counts."),
    "share_out_of_range": QT_TRANSLATE_NOOP("Messages", "A share is between 0 and 100 %."),
    "unknown_department": QT_TRANSLATE_NOOP("Messages", "That department no longer exists."),
    "unknown_position": QT_TRANSLATE_NOOP("Messages", "That position no longer exists."),
    "template_retired": QT_TRANSLATE_NOOP("Messages", "This template is retired; it gives no new forms."),
    "malformed_template": QT_TRANSLATE_NOOP("Messages", "The stored template cannot be read."),
    # cycles
    "end_before_start": QT_TRANSLATE_NOOP("Messages", "The end must be after the start."),
    "deadlines_not_ordered": QT_TRANSLATE_NOOP("Messages", "The deadlines must follow each other: self-assessment, then manager, then HR."),
    "cycle_not_open": QT_TRANSLATE_NOOP("Messages", "This cycle is closed. Reopen it first (the reopening is recorded)."),
    "cycle_not_finalized": QT_TRANSLATE_NOOP("Messages", "Finalize the cycle first."),
    "forms_unfinished": QT_TRANSLATE_NOOP("Messages", "{count} forms are not finalized yet. Finish them, or finalize the cycle without them."),
    "grades_locked": QT_TRANSLATE_NOOP("Messages", "Forms of this cycle are already finalized, so its grades can no longer change."),
    "archive_with_cycle": QT_TRANSLATE_NOOP("Messages", "Forms are archived together with their cycle."),
    # forms
    "illegal_transition": QT_TRANSLATE_NOOP("Messages", "The form cannot go to that step from where it is."),
    "comment_required": QT_TRANSLATE_NOOP("Messages", "Say why the form is sent back: the comment tells the person what to redo."),
    "reason_required": QT_TRANSLATE_NOOP("Messages", "Enter the reason. It is kept with the change."),
    "nothing_changed": QT_TRANSLATE_NOOP("Messages", "Nothing was changed."),
    "form_locked": QT_TRANSLATE_NOOP("Messages", "This form is finalized: a change needs a reason, and it is recorded."),
    "form_archived": QT_TRANSLATE_NOOP("Messages", "This form is archived and can no longer change."),
    "form_excluded": QT_TRANSLATE_NOOP("Messages", "This form is excluded from the cycle."),
    "form_not_scored": QT_TRANSLATE_NOOP("Messages", "The form has no score yet: enter the scores first."),
    "stage_not_reached": QT_TRANSLATE_NOOP("Messages", "The form has not reached this step yet."),
    "indicator_not_scored": QT_TRANSLATE_NOOP("Messages", "Score every indicator of this sheet."),
    "unknown_indicator": QT_TRANSLATE_NOOP("Messages", "This indicator is not on the form's template."),
    "unknown_item": QT_TRANSLATE_NOOP("Messages", "This item is not on the form's template."),
    "unknown_milestone": QT_TRANSLATE_NOOP("Messages", "This milestone is not on the indicator's checklist."),
    "input_does_not_fit": QT_TRANSLATE_NOOP("Messages", "This kind of value does not fit the indicator."),
    "inputs_do_not_fit": QT_TRANSLATE_NOOP("Messages", "The scores entered do not fit the chosen template."),
    "not_a_number": QT_TRANSLATE_NOOP("Messages", "Enter a number."),
    "not_a_whole_number": QT_TRANSLATE_NOOP("Messages", "Enter a whole number."),
    "negative_count": QT_TRANSLATE_NOOP("Messages", "A count cannot be negative."),
    "rating_outside_scale": QT_TRANSLATE_NOOP("Messages", "Choose one of the scale's levels."),
    "points_out_of_range": QT_TRANSLATE_NOOP("Messages", "Enter at most {limit} points."),
    "score_out_of_range": QT_TRANSLATE_NOOP("Messages", "A score is between 0 and {limit}."),
    "reviewer_is_employee": QT_TRANSLATE_NOOP("Messages", "Employees cannot review their own form."),
    "calibrated_grade_unknown": QT_TRANSLATE_NOOP("Messages", "Choose one of the cycle's grades."),
}  # fmt: skip


def describe_kpi(code: str, facts: Mapping[str, Any] | None = None) -> str:
    """An appraisal refusal or problem in words; numbers from its facts."""
    sentence = KPI_RULES.get(code)
    if sentence is None:
        return QCoreApplication.translate(CONTEXT, SENTENCES["unexpected"])
    facts = dict(facts or {})
    facts.setdefault("limit", facts.get("maximum", facts.get("max_points", "")))
    return QCoreApplication.translate(CONTEXT, sentence).format_map(Facts(facts))


def describe_kpi_error(error: BaseException) -> str:
    """A refused appraisal action (KpiRefused, or InvalidInput carrying KPI problems)."""
    facts = getattr(error, "facts", {}) or {}
    if getattr(error, "code", "") == "kpi.refused":
        return describe_kpi(facts.get("rule", ""), facts)
    problems = facts.get("problems") or ()
    if getattr(error, "code", "") == "input.invalid" and problems:
        return " ".join(describe_kpi(p.code, getattr(p, "facts", {})) for p in problems[:3])
    return describe(error)


def describe_problem(problem) -> str:
    """One field's refusal, for the line under the field (a domain.people.Problem)."""
    sentence = FIELD_RULES.get(problem.code)
    if sentence is None:
        return QCoreApplication.translate(CONTEXT, FIELD_RULES["unknown_choice"])
    facts = dict(problem.facts)
    return QCoreApplication.translate(CONTEXT, sentence).format(
        limit=facts.get("limit", ""),
        id_birth=_date_text(facts.get("id_birth")),
        employee_no=facts.get("employee_no", ""),
        age=facts.get("age", ""),
    )


def describe(error: BaseException) -> str:
    """One or two sentences for a person: what happened and what to do next."""
    if isinstance(error, EhrError) and error.code == "roster.unreadable":
        sentence = ROSTER_UNREADABLE.get(error.facts.get("reason", ""))
        if sentence is not None:
            return QCoreApplication.translate(CONTEXT, sentence).format_map(Facts(error.facts))
    if not isinstance(error, EhrError):
        key = "unexpected"
    else:
        part = error.facts.get("part")
        key = f"{error.code}:{part}" if f"{error.code}:{part}" in SENTENCES else error.code
        key = key if key in SENTENCES else "unexpected"
    text = QCoreApplication.translate(CONTEXT, SENTENCES[key])
    facts = error.facts if isinstance(error, EhrError) else {}
    return text.format_map(Facts(facts))


class Facts(dict):
    """Facts for a sentence; one that an error did not carry reads as empty, never a crash."""

    def __missing__(self, key: str) -> str:
        return ""
