"""The words of the exported files, translated (shared by the export dialogs and the CLI): the
roster's column headers and coded values, the results workbook's and the workforce report's."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from ehr_desktop.gui.labels import LABELS, label
from ehr_desktop.services import roster_export

# The context stays "RosterExport": these were the CLI's headers before the dialog existed.
ROSTER_HEADERS = {
    "employee_no": QT_TRANSLATE_NOOP("RosterExport", "Employee no."),
    "name": QT_TRANSLATE_NOOP("RosterExport", "Name"),
    "former_name": QT_TRANSLATE_NOOP("RosterExport", "Former name"),
    "gender": QT_TRANSLATE_NOOP("RosterExport", "Gender"),
    "ethnicity": QT_TRANSLATE_NOOP("RosterExport", "Ethnicity"),
    "id_number": QT_TRANSLATE_NOOP("RosterExport", "ID number"),
    "birth_date": QT_TRANSLATE_NOOP("RosterExport", "Date of birth"),
    "department": QT_TRANSLATE_NOOP("RosterExport", "Department"),
    "position": QT_TRANSLATE_NOOP("RosterExport", "Position"),
    "grade": QT_TRANSLATE_NOOP("RosterExport", "Grade"),
    "status": QT_TRANSLATE_NOOP("RosterExport", "Status"),
    "hire_date": QT_TRANSLATE_NOOP("RosterExport", "Hire date"),
    "probation_end": QT_TRANSLATE_NOOP("RosterExport", "Probation ends"),
    "contract_type": QT_TRANSLATE_NOOP("RosterExport", "Contract type"),
    "contract_start": QT_TRANSLATE_NOOP("RosterExport", "Contract start"),
    "contract_end": QT_TRANSLATE_NOOP("RosterExport", "Contract end"),
    "education": QT_TRANSLATE_NOOP("RosterExport", "Education"),
    "mobile": QT_TRANSLATE_NOOP("RosterExport", "Mobile"),
    "email": QT_TRANSLATE_NOOP("RosterExport", "E-mail"),
    "native_place": QT_TRANSLATE_NOOP("RosterExport", "Native place"),
    "hukou_type": QT_TRANSLATE_NOOP("RosterExport", "Hukou type"),
    "current_address": QT_TRANSLATE_NOOP("RosterExport", "Current address"),
    "marital_status": QT_TRANSLATE_NOOP("RosterExport", "Marital status"),
    "political_status": QT_TRANSLATE_NOOP("RosterExport", "Political status"),
    "first_work_date": QT_TRANSLATE_NOOP("RosterExport", "Started working"),
    "supervisor": QT_TRANSLATE_NOOP("RosterExport", "Supervisor"),
    "bank_name": QT_TRANSLATE_NOOP("RosterExport", "Bank"),
    "bank_account": QT_TRANSLATE_NOOP("RosterExport", "Bank account"),
    "monthly_salary": QT_TRANSLATE_NOOP("RosterExport", "Monthly salary"),
    "leave_date": QT_TRANSLATE_NOOP("RosterExport", "Leave date"),
}


def roster_headers() -> dict[str, str]:
    return {
        key: QCoreApplication.translate("RosterExport", text)
        for key, text in ROSTER_HEADERS.items()
    }


def roster_words() -> dict[str, dict[str, str]]:
    """Coded values as words, by label group (gender "M" → 男, status "left" → 离职 …)."""
    groups = {column.word_group for column in roster_export.AVAILABLE if column.word_group}
    return {group: {code: label(group, code) for code in LABELS[group]} for group in groups}


def roster_sheet_name() -> str:
    return QCoreApplication.translate("RosterExport", "Roster")


def workforce_texts():
    """The workforce report's words in the officer's language."""
    from ehr_desktop.exchange.workforce_report import WorkforceTexts

    return WorkforceTexts(
        summary_sheet=QCoreApplication.translate("WorkforceReport", "Summary"),
        headcount_sheet=QCoreApplication.translate("WorkforceReport", "Headcount"),
        hires_sheet=QCoreApplication.translate("WorkforceReport", "Hires"),
        leavers_sheet=QCoreApplication.translate("WorkforceReport", "Leavers"),
        turnover_sheet=QCoreApplication.translate("WorkforceReport", "Turnover"),
        department_header=QCoreApplication.translate("WorkforceReport", "Department"),
        summary_headers=(
            QCoreApplication.translate("WorkforceReport", "Opening headcount"),
            QCoreApplication.translate("WorkforceReport", "Hires"),
            QCoreApplication.translate("WorkforceReport", "Leavers"),
            QCoreApplication.translate("WorkforceReport", "Transfers in"),
            QCoreApplication.translate("WorkforceReport", "Transfers out"),
            QCoreApplication.translate("WorkforceReport", "Closing headcount"),
            QCoreApplication.translate("WorkforceReport", "Average headcount"),
            QCoreApplication.translate("WorkforceReport", "Turnover"),
        ),
        period_total_header=QCoreApplication.translate("WorkforceReport", "Total"),
        period_average_header=QCoreApplication.translate("WorkforceReport", "Average"),
        period_turnover_header=QCoreApplication.translate("WorkforceReport", "Period"),
        company_label=QCoreApplication.translate("WorkforceReport", "Whole company"),
        no_department_label=QCoreApplication.translate("WorkforceReport", "No department"),
        closed_label=QCoreApplication.translate("WorkforceReport", "{department} (closed)"),
        period_line=QCoreApplication.translate("WorkforceReport", "Period: {first} – {last}"),
        definitions=(
            QCoreApplication.translate(
                "WorkforceReport",
                "Headcount: employees on the books at the end of the day (probation and leave included).",
            ),
            QCoreApplication.translate(
                "WorkforceReport",
                "Hires include rehires; a leaver counts in the month of the leaving date.",
            ),
            QCoreApplication.translate(
                "WorkforceReport",
                "A department's figures include its sub-departments; a transfer counts only between the departments it leaves and enters.",
            ),
            QCoreApplication.translate(
                "WorkforceReport", "Average headcount = (opening + closing) ÷ 2."
            ),
            QCoreApplication.translate(
                "WorkforceReport",
                "Turnover = leavers ÷ average headcount; for the period: the period's leavers ÷ the mean of the monthly average headcounts.",
            ),
        ),
    )
