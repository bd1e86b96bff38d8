"""The words of printed documents (appraisal sheets, dossiers), translated; shared by the GUI and
the CLI. QtCore only: the PDF layer (exchange/pdf) knows no Qt and gets these dataclasses."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from ehr_desktop.exchange.pdf import DossierTexts, FrameTexts, SheetTexts
from ehr_desktop.gui.labels import LABELS, label


def _translated(sources: dict[str, str]) -> dict[str, str]:
    return {key: QCoreApplication.translate("Print", text) for key, text in sources.items()}


def _words(group: str) -> dict[str, str]:
    return {code: label(group, code) for code in LABELS[group]}


DOSSIER_FIELDS: dict[str, str] = {
    "employee_no": QT_TRANSLATE_NOOP("Print", "Employee no."),
    "name": QT_TRANSLATE_NOOP("Print", "Name"),
    "former_name": QT_TRANSLATE_NOOP("Print", "Former name"),
    "gender": QT_TRANSLATE_NOOP("Print", "Gender"),
    "birth_date": QT_TRANSLATE_NOOP("Print", "Date of birth"),
    "id_type": QT_TRANSLATE_NOOP("Print", "ID type"),
    "id_number": QT_TRANSLATE_NOOP("Print", "ID number"),
    "ethnicity": QT_TRANSLATE_NOOP("Print", "Ethnicity"),
    "nationality": QT_TRANSLATE_NOOP("Print", "Nationality"),
    "native_place": QT_TRANSLATE_NOOP("Print", "Native place"),
    "hukou_type": QT_TRANSLATE_NOOP("Print", "Household registration"),
    "hukou_address": QT_TRANSLATE_NOOP("Print", "Registered address"),
    "current_address": QT_TRANSLATE_NOOP("Print", "Current address"),
    "marital_status": QT_TRANSLATE_NOOP("Print", "Marital status"),
    "political_status": QT_TRANSLATE_NOOP("Print", "Political status"),
    "mobile": QT_TRANSLATE_NOOP("Print", "Mobile"),
    "email": QT_TRANSLATE_NOOP("Print", "E-mail"),
    "first_work_date": QT_TRANSLATE_NOOP("Print", "Started working"),
    "bank_name": QT_TRANSLATE_NOOP("Print", "Bank"),
    "bank_account": QT_TRANSLATE_NOOP("Print", "Bank account"),
    "status": QT_TRANSLATE_NOOP("Print", "Status"),
    "department": QT_TRANSLATE_NOOP("Print", "Department"),
    "position": QT_TRANSLATE_NOOP("Print", "Position"),
    "grade": QT_TRANSLATE_NOOP("Print", "Grade"),
    "salary": QT_TRANSLATE_NOOP("Print", "Monthly salary"),
    "hire_date": QT_TRANSLATE_NOOP("Print", "Hire date"),
    "first_hire_date": QT_TRANSLATE_NOOP("Print", "First hired"),
    "probation_end": QT_TRANSLATE_NOOP("Print", "Probation ends"),
    "leave_date": QT_TRANSLATE_NOOP("Print", "Leave date"),
    "supervisor": QT_TRANSLATE_NOOP("Print", "Supervisor"),
}

DOSSIER_COLUMNS: dict[str, str] = {
    "date": QT_TRANSLATE_NOOP("Print", "Date"),
    "event": QT_TRANSLATE_NOOP("Print", "Event"),
    "changes": QT_TRANSLATE_NOOP("Print", "What changed"),
    "reason": QT_TRANSLATE_NOOP("Print", "Reason / note"),
    "contract_no": QT_TRANSLATE_NOOP("Print", "Contract no."),
    "contract_type": QT_TRANSLATE_NOOP("Print", "Type"),
    "start": QT_TRANSLATE_NOOP("Print", "From"),
    "end": QT_TRANSLATE_NOOP("Print", "To"),
    "probation_end": QT_TRANSLATE_NOOP("Print", "Probation ends"),
    "ended": QT_TRANSLATE_NOOP("Print", "Ended"),
    "cycle": QT_TRANSLATE_NOOP("Print", "Cycle"),
    "period_end": QT_TRANSLATE_NOOP("Print", "Period end"),
    "template": QT_TRANSLATE_NOOP("Print", "Template"),
    "score": QT_TRANSLATE_NOOP("Print", "Score"),
    "grade": QT_TRANSLATE_NOOP("Print", "Grade"),
    "rank": QT_TRANSLATE_NOOP("Print", "Rank in department"),
    "kind": QT_TRANSLATE_NOOP("Print", "Kind"),
    "title": QT_TRANSLATE_NOOP("Print", "Title"),
    "level": QT_TRANSLATE_NOOP("Print", "Level"),
    "amount": QT_TRANSLATE_NOOP("Print", "Amount"),
    "note": QT_TRANSLATE_NOOP("Print", "Note"),
    "course": QT_TRANSLATE_NOOP("Print", "Course"),
    "hours": QT_TRANSLATE_NOOP("Print", "Hours"),
    "result": QT_TRANSLATE_NOOP("Print", "Result"),
    "certificate": QT_TRANSLATE_NOOP("Print", "Certificate"),
    "school": QT_TRANSLATE_NOOP("Print", "School"),
    "degree": QT_TRANSLATE_NOOP("Print", "Degree"),
    "major": QT_TRANSLATE_NOOP("Print", "Major"),
    "employer": QT_TRANSLATE_NOOP("Print", "Employer"),
    "position": QT_TRANSLATE_NOOP("Print", "Position"),
    "leaving_reason": QT_TRANSLATE_NOOP("Print", "Reason for leaving"),
    "number": QT_TRANSLATE_NOOP("Print", "Number"),
    "issuer": QT_TRANSLATE_NOOP("Print", "Issued by"),
    "contact": QT_TRANSLATE_NOOP("Print", "Name"),
    "relation": QT_TRANSLATE_NOOP("Print", "Relation"),
    "phone": QT_TRANSLATE_NOOP("Print", "Phone"),
}


def frame_texts(*, confidential: bool = False) -> FrameTexts:
    return FrameTexts(
        page_of=QCoreApplication.translate("Print", "Page {page} of {pages}"),
        printed_at=QCoreApplication.translate("Print", "Printed {when}"),
        confidential=(
            QCoreApplication.translate(
                "Print",
                "Confidential: personal data. Keep locked away; shred when no longer needed.",
            )
            if confidential
            else ""
        ),
    )


def sheet_texts() -> SheetTexts:
    return SheetTexts(
        frame=frame_texts(),
        title=QCoreApplication.translate("Print", "Performance appraisal"),
        blank_title=QCoreApplication.translate("Print", "Performance appraisal (to fill in)"),
        cycle=QCoreApplication.translate("Print", "Cycle"),
        period=QCoreApplication.translate("Print", "Period"),
        template=QCoreApplication.translate("Print", "Template"),
        stage=QCoreApplication.translate("Print", "Stage"),
        employee_no=QCoreApplication.translate("Print", "Employee no."),
        name=QCoreApplication.translate("Print", "Name"),
        department=QCoreApplication.translate("Print", "Department"),
        position=QCoreApplication.translate("Print", "Position"),
        reviewer=QCoreApplication.translate("Print", "Reviewer"),
        number=QCoreApplication.translate("Print", "No."),
        indicator=QCoreApplication.translate("Print", "Indicator"),
        weight=QCoreApplication.translate("Print", "Weight"),
        standard=QCoreApplication.translate("Print", "Standard"),
        target=QCoreApplication.translate("Print", "Target"),
        actual=QCoreApplication.translate("Print", "Actual"),
        scores=QCoreApplication.translate("Print", "Score (0–100)"),
        comments=QCoreApplication.translate("Print", "Comments"),
        scorers=_words("kpi_scorer"),
        dimension=QCoreApplication.translate("Print", "{name} · weight {weight}%"),
        items=QCoreApplication.translate("Print", "Extra items"),
        item_kinds=_words("kpi_item"),
        item=QCoreApplication.translate("Print", "Item"),
        limit=QCoreApplication.translate("Print", "Limit"),
        given=QCoreApplication.translate("Print", "Given"),
        veto_triggered=QCoreApplication.translate("Print", "Triggered"),
        veto_not_triggered=QCoreApplication.translate("Print", "Not triggered"),
        veto_cap=QCoreApplication.translate("Print", "score at most {cap}"),
        points=QCoreApplication.translate("Print", "up to {points} points"),
        result=QCoreApplication.translate("Print", "Score step by step"),
        scorer_weight=QCoreApplication.translate("Print", "Weight of each scorer"),
        scorer_total=QCoreApplication.translate("Print", "Scorer's total"),
        not_entered=QCoreApplication.translate("Print", "not entered"),
        incomplete=QCoreApplication.translate("Print", "incomplete"),
        combined=QCoreApplication.translate("Print", "Weighted total"),
        bonus=QCoreApplication.translate("Print", "Bonus"),
        deduction=QCoreApplication.translate("Print", "Deduction"),
        veto=QCoreApplication.translate("Print", "Veto cap"),
        final_score=QCoreApplication.translate("Print", "Final score"),
        grade=QCoreApplication.translate("Print", "Grade"),
        calibrated=QCoreApplication.translate(
            "Print", "Calibrated to {score} / {grade} (computed {computed} / {computed_grade})"
        ),
        grade_scale=QCoreApplication.translate("Print", "Grades:"),
        below=QCoreApplication.translate("Print", "below {bound}"),
        signatures=QCoreApplication.translate("Print", "Signatures"),
        sign_employee=QCoreApplication.translate("Print", "Employee"),
        sign_manager=QCoreApplication.translate("Print", "Manager"),
        sign_hr=QCoreApplication.translate("Print", "Human resources"),
        signature=QCoreApplication.translate("Print", "Signature"),
        date=QCoreApplication.translate("Print", "Date"),
        passed=QCoreApplication.translate("Print", "Passed"),
        failed=QCoreApplication.translate("Print", "Failed"),
        incidents=QCoreApplication.translate("Print", "{count} incidents"),
        milestones_met=QCoreApplication.translate("Print", "{met} of {total} met"),
        rule_linear=QCoreApplication.translate(
            "Print", "Score = completion rate × 100, from {floor} to {cap}"
        ),
        rule_bands=QCoreApplication.translate("Print", "Completion rate → score:"),
        rule_per_incident=QCoreApplication.translate(
            "Print", "{start} minus {points} per incident, at least {floor}"
        ),
        rule_pass_fail=QCoreApplication.translate(
            "Print", "Passed {pass_score}, failed {fail_score}"
        ),
        lower_is_better=QCoreApplication.translate("Print", "lower is better"),
        stages=_words("kpi_stage"),
    )


def dossier_texts() -> DossierTexts:
    return DossierTexts(
        frame=frame_texts(confidential=True),
        title=QCoreApplication.translate("Print", "Personnel file"),
        basic=QCoreApplication.translate("Print", "Basic data"),
        job=QCoreApplication.translate("Print", "Job now"),
        timeline=QCoreApplication.translate("Print", "Job history"),
        contracts=QCoreApplication.translate("Print", "Labour contracts"),
        appraisals=QCoreApplication.translate("Print", "Appraisal results"),
        rewards=QCoreApplication.translate("Print", "Rewards and penalties"),
        training=QCoreApplication.translate("Print", "Training"),
        education=QCoreApplication.translate("Print", "Education"),
        work_history=QCoreApplication.translate("Print", "Work before joining"),
        certificates=QCoreApplication.translate("Print", "Qualification certificates"),
        emergency_contacts=QCoreApplication.translate("Print", "Emergency contacts"),
        none=QCoreApplication.translate("Print", "None recorded."),
        masked_note=QCoreApplication.translate(
            "Print",
            "ID number, bank account, phone numbers and salary are masked on this copy.",
        ),
        unmasked_note=QCoreApplication.translate(
            "Print",
            "This copy shows ID number, bank account, phone numbers and salary in full. Its printing is recorded in the audit trail.",
        ),
        fields=_translated(DOSSIER_FIELDS),
        columns=_translated(DOSSIER_COLUMNS),
        change_department=QCoreApplication.translate("Print", "Department: {0}"),
        change_position=QCoreApplication.translate("Print", "Position: {0}"),
        change_grade=QCoreApplication.translate("Print", "Grade: {0}"),
        change_salary=QCoreApplication.translate("Print", "Salary: {0}"),
        change_supervisor=QCoreApplication.translate("Print", "Supervisor: {0}"),
        change_probation=QCoreApplication.translate("Print", "Probation until {0}"),
        change_contract_end=QCoreApplication.translate("Print", "until {0}"),
        corrected=QCoreApplication.translate("Print", "corrected later"),
        withdrawn=QCoreApplication.translate("Print", "withdrawn"),
        current_contract=QCoreApplication.translate("Print", "in force"),
        open_ended=QCoreApplication.translate("Print", "open-ended"),
        rank=QCoreApplication.translate("Print", "{rank} of {ranked}"),
        words={
            group: _words(group)
            for group in (
                "status",
                "event",
                "gender",
                "id_type",
                "hukou_type",
                "marital_status",
                "political_status",
                "contract_type",
                "record",
            )
        },
    )
