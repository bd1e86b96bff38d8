"""The Import area (导入花名册): choose roster files, check their columns, preview a dry run, import."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from enum import IntEnum
from pathlib import Path
from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QCoreApplication,
    QLocale,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
    Signal,
)
from PySide6.QtGui import QKeySequence, QPalette, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QComboBox,
    QFileDialog,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QProgressBar,
    QPushButton,
    QRadioButton,
    QScrollArea,
    QSizePolicy,
    QStackedWidget,
    QTableView,
    QTableWidget,
    QTableWidgetItem,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from ehr_desktop.domain import people
from ehr_desktop.exchange import roster
from ehr_desktop.exchange.import_report import ReportLine, ReportTexts, write_report
from ehr_desktop.gui import formats
from ehr_desktop.gui.icons import icon
from ehr_desktop.gui.labels import label
from ehr_desktop.gui.list_table_model import ROW_ROLE, SORT_ROLE, Column, ListTableModel
from ehr_desktop.gui.messages import describe, describe_import_issue
from ehr_desktop.gui.reminders_panel import tone
from ehr_desktop.gui.roles import hint_label, set_role, title_label
from ehr_desktop.gui.worker import Job, JobRunner
from ehr_desktop.services import employee_list, employees, export_audit, roster_import
from ehr_desktop.services.progress import Progress
from ehr_desktop.services.roster_import import ImportPlan, ImportResult, MappingProfile
from ehr_desktop.services.vaults import UnlockedVault

CONTEXT = "ImportPage"
ROSTER_FILTER = QT_TRANSLATE_NOOP(
    "ImportPage", "Rosters (*.xlsx *.xlsm *.xls *.ods *.csv);;All files (*)"
)
REPORT_FILTER = QT_TRANSLATE_NOOP("ImportPage", "Excel workbook (*.xlsx)")

# The roster fields the mapping screen offers, in the reader's order (FIELDS), then the
# separate name parts of English rosters ("First Last").
FIELD_NAMES = {
    "employee_no": QT_TRANSLATE_NOOP("ImportPage", "Employee no."),
    "name": QT_TRANSLATE_NOOP("ImportPage", "Name"),
    "gender": QT_TRANSLATE_NOOP("ImportPage", "Gender"),
    "id_number": QT_TRANSLATE_NOOP("ImportPage", "ID number"),
    "birth_date": QT_TRANSLATE_NOOP("ImportPage", "Date of birth"),
    "department": QT_TRANSLATE_NOOP("ImportPage", "Department"),
    "position": QT_TRANSLATE_NOOP("ImportPage", "Position"),
    "hire_date": QT_TRANSLATE_NOOP("ImportPage", "Hire date"),
    "contract_end": QT_TRANSLATE_NOOP("ImportPage", "Contract end"),
    "phone": QT_TRANSLATE_NOOP("ImportPage", "Mobile phone"),
    "status": QT_TRANSLATE_NOOP("ImportPage", "Employment status"),
    "leave_date": QT_TRANSLATE_NOOP("ImportPage", "Leave date"),
    "ethnicity": QT_TRANSLATE_NOOP("ImportPage", "Ethnic group"),
    "marital_status": QT_TRANSLATE_NOOP("ImportPage", "Marital status"),
    "political_status": QT_TRANSLATE_NOOP("ImportPage", "Political status"),
    "email": QT_TRANSLATE_NOOP("ImportPage", "E-mail"),
    "native_place": QT_TRANSLATE_NOOP("ImportPage", "Native place"),
    "hukou_type": QT_TRANSLATE_NOOP("ImportPage", "Hukou type"),
    "hukou_address": QT_TRANSLATE_NOOP("ImportPage", "Hukou address"),
    "current_address": QT_TRANSLATE_NOOP("ImportPage", "Current address"),
    "first_work_date": QT_TRANSLATE_NOOP("ImportPage", "Started working"),
    "education": QT_TRANSLATE_NOOP("ImportPage", "Education"),
    "school": QT_TRANSLATE_NOOP("ImportPage", "School"),
    "major": QT_TRANSLATE_NOOP("ImportPage", "Major"),
    "emergency_contact": QT_TRANSLATE_NOOP("ImportPage", "Emergency contact"),
    "emergency_relation": QT_TRANSLATE_NOOP("ImportPage", "Emergency contact's relation"),
    "emergency_phone": QT_TRANSLATE_NOOP("ImportPage", "Emergency contact's phone"),
    "grade": QT_TRANSLATE_NOOP("ImportPage", "Grade"),
    "monthly_salary": QT_TRANSLATE_NOOP("ImportPage", "Monthly salary"),
    "probation_end": QT_TRANSLATE_NOOP("ImportPage", "Probation end"),
    "contract_no": QT_TRANSLATE_NOOP("ImportPage", "Contract no."),
    "contract_type": QT_TRANSLATE_NOOP("ImportPage", "Contract type"),
    "contract_start": QT_TRANSLATE_NOOP("ImportPage", "Contract start"),
    "leave_reason": QT_TRANSLATE_NOOP("ImportPage", "Reason for leaving"),
    "first_name": QT_TRANSLATE_NOOP("ImportPage", "First name"),
    "last_name": QT_TRANSLATE_NOOP("ImportPage", "Last name"),
    "emergency_contacts": QT_TRANSLATE_NOOP("ImportPage", "Emergency contact"),
}  # fmt: skip
# Where the mapping combo box puts a line between groups of fields.
_GROUP_STARTS = frozenset({"ethnicity", "first_name"})
_CHOICE_GROUPS = ("marital_status", "political_status", "contract_type", "hukou_type")
IGNORE = ""  # the mapping value for "do not import this column"

FORMAT_NAMES = {
    "xlsx": QT_TRANSLATE_NOOP("ImportPage", "Excel workbook"),
    "xls": QT_TRANSLATE_NOOP("ImportPage", "Excel 97–2003 workbook"),
    "ods": QT_TRANSLATE_NOOP("ImportPage", "OpenDocument spreadsheet"),
    "csv": QT_TRANSLATE_NOOP("ImportPage", "CSV text file"),
}  # fmt: skip
_ENCODINGS = {"utf-8": "UTF-8", "utf-8-sig": "UTF-8", "gbk": "GBK", "gb18030": "GB18030"}


def _tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


def field_name(key: str, custom_labels: Mapping[str, str] | None = None) -> str:
    """A roster field as the officer reads it; officer-defined fields by their own label."""
    if key.startswith(roster.CUSTOM_PREFIX):
        custom_key = key.removeprefix(roster.CUSTOM_PREFIX)
        return (custom_labels or {}).get(custom_key, custom_key)
    source = FIELD_NAMES.get(key)
    return _tr(source) if source else key


def format_name(reading: roster.RosterReading) -> str:
    source = FORMAT_NAMES.get(reading.format)
    return _tr(source) if source else reading.format


def encoding_name(reading: roster.RosterReading) -> str:
    if not reading.encoding:
        return ""
    return _ENCODINGS.get(reading.encoding.lower(), reading.encoding.upper())


def column_letters(column: int) -> str:
    """0 -> A, 25 -> Z, 26 -> AA: the column as Excel names it."""
    letters = ""
    column += 1
    while column:
        column, rest = divmod(column - 1, 26)
        letters = chr(65 + rest) + letters
    return letters


def label_shown(text: str) -> str:
    """A header label on one line: 身份证\\n号码 as 身份证号码, First\\nName as First Name."""
    parts = text.split()
    shown = parts[0] if parts else ""
    for part in parts[1:]:
        spaced = shown[-1:].isascii() or part[:1].isascii()
        shown += (" " if spaced else "") + part
    return shown


def value_text(key: str, value: Any) -> str:
    """A roster or vault value as the preview shows it: dates and codes worded, ID numbers and
    phones masked (the vault's values are revealed only in the employee's file, audited)."""
    if value is None or value == "":
        return "—"
    if isinstance(value, dt.date):
        return formats.date_text(value)
    if key == "gender":
        return label("gender", {"male": "M", "female": "F"}.get(str(value), str(value)))
    if key == "status":
        return label("status", str(value))
    if key == "id_number":
        return people.mask_id_number(str(value))
    if key == "phone":
        return people.mask_phone(str(value))
    if key in _CHOICE_GROUPS:
        return label(key, str(value))
    if key == "monthly_salary":
        return "••••"  # salary is shown only in the file, on request
    if key == "emergency_contacts":
        return ", ".join(" ".join(filter(None, (c.get("name"), c.get("relation")))) for c in value)
    return str(value)


def raw_text(raw: Any) -> str:
    """A cell as Excel shows it: 310012.0 as 310012, an ID stored as a number as
    4.21002199109174E+17, dates as dates, else as written."""
    if raw is None:
        return ""
    if isinstance(raw, float):
        return format(raw, ".15G")
    if isinstance(raw, dt.datetime):
        return formats.date_text(raw.date())
    if isinstance(raw, dt.date):
        return formats.date_text(raw)
    return str(raw)


# --- the preview: one line per row with a problem or a change -------------------------------

OUTCOMES = {
    ("create", False): QT_TRANSLATE_NOOP("ImportPreviewModel", "New"),
    ("update", False): QT_TRANSLATE_NOOP("ImportPreviewModel", "Updated"),
    ("unchanged", False): QT_TRANSLATE_NOOP("ImportPreviewModel", "Unchanged"),
    ("create", True): QT_TRANSLATE_NOOP("ImportPreviewModel", "New, flagged"),
    ("update", True): QT_TRANSLATE_NOOP("ImportPreviewModel", "Updated, flagged"),
    ("unchanged", True): QT_TRANSLATE_NOOP("ImportPreviewModel", "Unchanged, flagged"),
    ("rejected", False): QT_TRANSLATE_NOOP("ImportPreviewModel", "Rejected"),
}  # fmt: skip
# Sort order of outcomes: what needs attention first.
_OUTCOME_RANK = {"rejected": 0, "update": 2, "create": 3, "unchanged": 4}


@dataclass(frozen=True)
class PreviewLine:
    """A roster row as the preview lists it."""

    source: str  # file name
    sheet: str
    row: int
    employee_no: str
    name: str
    action: str  # "create" | "update" | "unchanged" | "rejected"
    flagged: bool
    conflict: bool
    details: tuple[str, ...]
    employee_id: int | None = None
    order: int = 0  # position in the files, sheets and rows as read

    @property
    def problem(self) -> bool:
        return self.action == "rejected" or self.flagged

    @property
    def change(self) -> bool:
        return self.action in ("create", "update")

    @property
    def outcome(self) -> str:
        """ "new", "updated", "unchanged", "rejected" or "flagged"."""
        if self.action == "rejected":
            return "rejected"
        if self.flagged:
            return "flagged"
        return {"create": "new", "update": "updated"}.get(self.action, self.action)

    def outcome_text(self) -> str:
        key = (self.action, self.flagged and self.action != "rejected")
        return QCoreApplication.translate("ImportPreviewModel", OUTCOMES[key])


def _issue_text(issue: roster.Issue, custom_labels: Mapping[str, str]) -> str:
    reason = describe_import_issue(issue.code)
    if issue.code == "duplicate_employee_no" and issue.first_row is not None:
        reason = QCoreApplication.translate(
            "ImportPage", "{reason} (first in sheet {sheet}, row {row})"
        ).format(reason=reason, sheet=issue.first_sheet or "", row=issue.first_row)
    where = (
        label_shown(issue.column) if issue.column else field_name(issue.field or "", custom_labels)
    )
    raw = raw_text(issue.raw)
    if where and raw:
        return QCoreApplication.translate("ImportPage", "{column} “{value}”: {reason}").format(
            column=where, value=raw, reason=reason
        )
    if where and issue.code not in ("missing_name", "missing_employee_no", "hidden_row"):
        return QCoreApplication.translate("ImportPage", "{column}: {reason}").format(
            column=where, reason=reason
        )
    return reason


def _change_text(change: roster_import.Change, custom_labels: Mapping[str, str]) -> str:
    return QCoreApplication.translate("ImportPage", "{field}: {old} → {new}").format(
        field=field_name(change.field, custom_labels),
        old=value_text(change.field, change.old),
        new=value_text(change.field, change.new),
    )


def _conflict_text(change: roster_import.Change, custom_labels: Mapping[str, str]) -> str:
    if change.field in roster_import.PERSONAL or change.field.startswith(roster.CUSTOM_PREFIX):
        text = QCoreApplication.translate(
            "ImportPage",
            "Conflict, {field}: the vault has {old}, the roster {new}. The vault's value is kept.",
        )
    else:
        text = QCoreApplication.translate(
            "ImportPage",
            "Conflict, {field}: the vault has {old}, the roster {new}. The vault's value is kept; "
            "if the roster is right, record the change as a dated step in the employee's file.",
        )
    return text.format(
        field=field_name(change.field, custom_labels),
        old=value_text(change.field, change.old),
        new=value_text(change.field, change.new),
    )


def _new_summary(values: dict[str, Any]) -> str:
    parts = [str(values[key]) for key in ("department", "position") if values.get(key)]
    if values.get("hire_date") is not None:
        parts.append(
            QCoreApplication.translate("ImportPage", "hired on {date}").format(
                date=formats.date_text(values["hire_date"])
            )
        )
    if values.get("status") == "left" and values.get("leave_date") is not None:
        parts.append(
            QCoreApplication.translate("ImportPage", "left on {date}").format(
                date=formats.date_text(values["leave_date"])
            )
        )
    elif values.get("status") == "left":
        parts.append(label("status", "left"))
    return (
        QCoreApplication.translate("ImportPage", "New employee: {summary}").format(
            summary=", ".join(parts)
        )
        if parts
        else ""
    )


def _rejected_identity(
    layouts: dict[tuple[str, str], roster.SheetLayout], entry: roster_import.RejectedEntry
) -> tuple[str, str]:
    """Employee number and name of a rejected row, from its cells as read."""
    row = entry.row
    layout = layouts.get((entry.source, row.sheet))
    found: dict[str, str] = {}
    if layout is not None:
        for key in ("employee_no", "name"):
            column = layout.column_of(key)
            if column is not None:
                found[key] = raw_text(row.cells.get(layout.labels.get(column, ""))).strip()
    number = found.get("employee_no") or (
        raw_text(row.issue.raw) if row.issue.field == "employee_no" else ""
    )
    return number, found.get("name", "")


def preview_lines(
    the_plan: ImportPlan, custom_labels: Mapping[str, str] | None = None
) -> list[PreviewLine]:
    """Every roster row with a problem or a change, in file, sheet and row order; unchanged
    rows only when something about them needs a look. `custom_labels`: officer-defined field
    key -> label."""
    custom_labels = custom_labels or {}
    file_rank = {reading.path.name: i for i, reading in enumerate(the_plan.files)}
    sheet_rank = {
        (reading.path.name, layout.name): j
        for reading in the_plan.files
        for j, layout in enumerate(reading.sheets)
    }
    layouts = {
        (reading.path.name, layout.name): layout
        for reading in the_plan.files
        for layout in reading.sheets
    }

    def order(source: str, sheet: str, row: int) -> int:
        return (file_rank.get(source, 0) * 1_000 + sheet_rank.get((source, sheet), 0)) * (
            10_000_000
        ) + row

    lines: list[PreviewLine] = []
    for entry in the_plan.rejected:
        number, name = _rejected_identity(layouts, entry)
        lines.append(
            PreviewLine(
                entry.source,
                entry.row.sheet,
                entry.row.row,
                number,
                name,
                "rejected",
                False,
                False,
                (_issue_text(entry.row.issue, custom_labels),),
                None,
                order(entry.source, entry.row.sheet, entry.row.row),
            )
        )
    for planned in the_plan.rows:
        record = planned.record
        flagged = bool(record.warnings or planned.notes)
        if planned.action == "unchanged" and not flagged and not planned.conflicts:
            continue
        details = [_issue_text(issue, custom_labels) for issue in record.warnings]
        details += [describe_import_issue(note) for note in planned.notes]
        details += [_change_text(change, custom_labels) for change in planned.changes]
        details += [_conflict_text(change, custom_labels) for change in planned.conflicts]
        if planned.action == "create":
            summary = _new_summary(record.values)
            if summary:
                details.append(summary)
        lines.append(
            PreviewLine(
                planned.source,
                record.sheet,
                record.row,
                str(record.values.get("employee_no") or ""),
                str(record.values.get("name") or ""),
                planned.action,
                flagged,
                bool(planned.conflicts),
                tuple(details),
                planned.employee_id,
                order(planned.source, record.sheet, record.row),
            )
        )
    lines.sort(key=lambda line: line.order)
    return lines


class PreviewColumn(IntEnum):
    FILE = 0
    SHEET = 1
    ROW = 2
    EMPLOYEE_NO = 3
    NAME = 4
    OUTCOME = 5
    DETAILS = 6


COLUMNS = {
    PreviewColumn.FILE: Column(QT_TRANSLATE_NOOP("ImportPreviewModel", "File"), QT_TRANSLATE_NOOP("ImportPreviewModel", "The roster file the row comes from"), display=lambda line: line.source, sort_key=lambda line: line.order),
    PreviewColumn.SHEET: Column(QT_TRANSLATE_NOOP("ImportPreviewModel", "Sheet"), QT_TRANSLATE_NOOP("ImportPreviewModel", "The sheet of the workbook"), display=lambda line: line.sheet, sort_key=lambda line: line.order),
    PreviewColumn.ROW: Column(QT_TRANSLATE_NOOP("ImportPreviewModel", "Row"), QT_TRANSLATE_NOOP("ImportPreviewModel", "The row number as Excel shows it (for CSV files: the record number)"), display=lambda line: QLocale().toString(line.row), sort_key=lambda line: line.order, align=Qt.AlignmentFlag.AlignRight),
    PreviewColumn.EMPLOYEE_NO: Column(QT_TRANSLATE_NOOP("ImportPreviewModel", "Employee no."), QT_TRANSLATE_NOOP("ImportPreviewModel", "Employee number as written in the roster"), display=lambda line: line.employee_no, sort_key=lambda line: line.employee_no),
    PreviewColumn.NAME: Column(QT_TRANSLATE_NOOP("ImportPreviewModel", "Name"), QT_TRANSLATE_NOOP("ImportPreviewModel", "Name as written in the roster"), display=lambda line: line.name, sort_key=lambda line: line.name),
    PreviewColumn.OUTCOME: Column(QT_TRANSLATE_NOOP("ImportPreviewModel", "Outcome"), QT_TRANSLATE_NOOP("ImportPreviewModel", "What the import does with the row"), display=lambda line: line.outcome_text(), sort_key=lambda line: _OUTCOME_RANK.get(line.action, 9) - (1 if line.flagged else 0)),
    PreviewColumn.DETAILS: Column(QT_TRANSLATE_NOOP("ImportPreviewModel", "Details"), QT_TRANSLATE_NOOP("ImportPreviewModel", "Why, and what changes: field, old value → new value"), display=lambda line: "; ".join(line.details), sort_key=lambda line: "; ".join(line.details)),
}  # fmt: skip


class ImportPreviewModel(ListTableModel[PreviewLine]):
    """The dry run's rows (a list in memory: the proxy sorts and filters it)."""

    CONTEXT = "ImportPreviewModel"
    COLUMNS = COLUMNS

    def set_lines(self, lines: Sequence[PreviewLine]) -> None:
        self.set_rows(lines)

    @property
    def lines(self) -> list[PreviewLine]:
        return self.rows()

    def line(self, row: int) -> PreviewLine:
        """The line of a source row, without going through an index (the filter asks for
        every row of a twenty-thousand-row roster)."""
        return self._rows[row]

    def cell(self, row: PreviewLine, column: PreviewColumn, role: int) -> Any:
        declared = COLUMNS[column]
        if role == Qt.ItemDataRole.DisplayRole:
            return declared.display(row)
        if role == Qt.ItemDataRole.ToolTipRole:
            if column == PreviewColumn.DETAILS:
                return "\n".join(row.details)
            return declared.display(row)
        if role == SORT_ROLE:
            return declared.sort_key(row)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return declared.alignment()
        if role == Qt.ItemDataRole.ForegroundRole and column == PreviewColumn.OUTCOME:
            if row.action == "rejected":
                return tone("overdue")
            if row.flagged or row.conflict:
                return tone("soon")
        return None


FILTERS = {
    "all": QT_TRANSLATE_NOOP("ImportPage", "All"),
    "problems": QT_TRANSLATE_NOOP("ImportPage", "Problems"),
    "changes": QT_TRANSLATE_NOOP("ImportPage", "Changes"),
    "conflicts": QT_TRANSLATE_NOOP("ImportPage", "Conflicts"),
}  # fmt: skip
_ACCEPTS: dict[str, Callable[[PreviewLine], bool]] = {
    "all": lambda line: True,
    "problems": lambda line: line.problem,
    "changes": lambda line: line.change,
    "conflicts": lambda line: line.conflict,
}


class PreviewFilter(QSortFilterProxyModel):
    """Sorts by SORT_ROLE and shows all rows, the problem rows, the changes or the conflicts."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setSortRole(SORT_ROLE)
        self._shown = "all"

    @property
    def shown(self) -> str:
        return self._shown

    def show_only(self, key: str) -> None:
        self.beginFilterChange()
        self._shown = key
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(
        self, source_row: int, source_parent: QModelIndex | QPersistentModelIndex
    ) -> bool:
        if self._shown == "all":
            return True
        model = self.sourceModel()
        if isinstance(model, ImportPreviewModel):
            return _ACCEPTS[self._shown](model.line(source_row))
        line = model.index(source_row, 0, source_parent).data(ROW_ROLE)
        return line is not None and _ACCEPTS[self._shown](line)


# --- the report workbook, worded as the CLI words it ------------------------------------------


# The report's words, declared here so that lupdate files them under "ImportReport" (a call
# through a local tr() would be extracted without a context and never translated).
REPORT_WORDS = {
    "rejected": QT_TRANSLATE_NOOP("ImportReport", "rejected"),
    "imported, this value left empty": QT_TRANSLATE_NOOP("ImportReport", "imported, this value left empty"),
    "imported": QT_TRANSLATE_NOOP("ImportReport", "imported"),
    "updated": QT_TRANSLATE_NOOP("ImportReport", "updated"),
    "conflict: the vault's value was kept": QT_TRANSLATE_NOOP("ImportReport", "conflict: the vault's value was kept"),
    "Summary": QT_TRANSLATE_NOOP("ImportReport", "Summary"),
    "Rejected and flagged": QT_TRANSLATE_NOOP("ImportReport", "Rejected and flagged"),
    "Changes and conflicts": QT_TRANSLATE_NOOP("ImportReport", "Changes and conflicts"),
    "Files": QT_TRANSLATE_NOOP("ImportReport", "Files"),
    "New employees": QT_TRANSLATE_NOOP("ImportReport", "New employees"),
    "Updated employees": QT_TRANSLATE_NOOP("ImportReport", "Updated employees"),
    "Unchanged employees": QT_TRANSLATE_NOOP("ImportReport", "Unchanged employees"),
    "Rejected rows": QT_TRANSLATE_NOOP("ImportReport", "Rejected rows"),
    "Flagged rows": QT_TRANSLATE_NOOP("ImportReport", "Flagged rows"),
    "Rows with conflicts": QT_TRANSLATE_NOOP("ImportReport", "Rows with conflicts"),
    "File": QT_TRANSLATE_NOOP("ImportReport", "File"),
    "Sheet": QT_TRANSLATE_NOOP("ImportReport", "Sheet"),
    "Row": QT_TRANSLATE_NOOP("ImportReport", "Row"),
    "Column": QT_TRANSLATE_NOOP("ImportReport", "Column"),
    "Original value": QT_TRANSLATE_NOOP("ImportReport", "Original value"),
    "Reason": QT_TRANSLATE_NOOP("ImportReport", "Reason"),
    "Outcome": QT_TRANSLATE_NOOP("ImportReport", "Outcome"),
    "Employee no.": QT_TRANSLATE_NOOP("ImportReport", "Employee no."),
    "Field": QT_TRANSLATE_NOOP("ImportReport", "Field"),
    "In the vault": QT_TRANSLATE_NOOP("ImportReport", "In the vault"),
    "In the roster": QT_TRANSLATE_NOOP("ImportReport", "In the roster"),
}  # fmt: skip


def write_import_report(
    target: Path, the_plan: ImportPlan, vault: UnlockedVault | None = None
) -> None:
    """The report workbook of a dry run or an import: every rejected or flagged row, every
    change and conflict, in the officer's language (the same words as `ehr-desktop import`).
    With the vault, the export is recorded in its audit trail first (the changes sheet holds
    the vault's values)."""

    def word(text: str) -> str:
        return QCoreApplication.translate("ImportReport", REPORT_WORDS[text])

    problems = [
        ReportLine(
            entry.source,
            entry.row.sheet,
            entry.row.row,
            entry.row.issue.column or "",
            entry.row.issue.raw,
            describe_import_issue(entry.row.issue.code),
            word("rejected"),
        )
        for entry in the_plan.rejected
    ]
    for row in the_plan.rows:
        for issue in row.record.warnings:
            problems.append(
                ReportLine(
                    row.source,
                    row.record.sheet,
                    row.record.row,
                    issue.column or "",
                    issue.raw,
                    describe_import_issue(issue.code),
                    word("imported, this value left empty")
                    if issue.code != "hidden_row"
                    else word("imported"),
                )
            )
        for note in row.notes:
            problems.append(
                ReportLine(
                    row.source, row.record.sheet, row.record.row, "", "",
                    describe_import_issue(note), word("imported"),
                )
            )  # fmt: skip
    changes = [
        (
            row.source, row.record.sheet, row.record.row, row.record.values["employee_no"],
            change.field, change.old, change.new, outcome,
        )
        for row in the_plan.rows
        for changes_of_row, outcome in (
            (row.changes, word("updated")),
            (row.conflicts, word("conflict: the vault's value was kept")),
        )
        for change in changes_of_row
    ]  # fmt: skip
    counts = the_plan.counts
    texts = ReportTexts(
        summary_sheet=word("Summary"),
        problems_sheet=word("Rejected and flagged"),
        changes_sheet=word("Changes and conflicts"),
        summary_rows=[
            (word("Files"), ", ".join(r.path.name for r in the_plan.files)),
            (word("New employees"), counts["created"]),
            (word("Updated employees"), counts["updated"]),
            (word("Unchanged employees"), counts["unchanged"]),
            (word("Rejected rows"), counts["rejected"]),
            (word("Flagged rows"), counts["flagged"]),
            (word("Rows with conflicts"), counts["conflicts"]),
        ],
        problem_headers=[word("File"), word("Sheet"), word("Row"), word("Column"),
                         word("Original value"), word("Reason"), word("Outcome")],
        change_headers=[word("File"), word("Sheet"), word("Row"), word("Employee no."), word("Field"),
                        word("In the vault"), word("In the roster"), word("Outcome")],
    )  # fmt: skip
    if vault is not None:
        rows = {(line.source, line.sheet, line.row) for line in problems}
        rows |= {change[:3] for change in changes}
        export_audit.record_export(
            vault, "import_report", entity="employees", entity_id="*", people=len(rows),
            path=target,
        )  # fmt: skip
    write_report(target, texts, problems, changes)


# --- reading files off the UI thread ----------------------------------------------------------


@dataclass(frozen=True)
class FileFailure:
    path: Path
    error: BaseException


@dataclass(frozen=True)
class ReadOutcome:
    readings: tuple[roster.RosterReading, ...]
    failures: tuple[FileFailure, ...]
    mapping: dict[str, str]
    profile: MappingProfile | None  # suggested (and applied) because it fits these files


def _scaled(progress: Progress, part: int, parts: int) -> Progress:
    """Progress of one file among several, reported on one bar from 0 to 1000."""

    def report(done: int, total: int) -> None:
        share = done / total if total else 0.0
        progress.report(int(1000 * (part + min(share, 1.0)) / parts), 1000)

    return Progress(report=report, is_cancelled=progress.is_cancelled)


def read_rosters(
    paths: Sequence[Path],
    sheets: dict[Path, tuple[str, ...] | None],
    mapping: dict[str, str],
    progress: Progress,
    *,
    vault: UnlockedVault | None = None,
    suggest_profile: bool = True,
) -> ReadOutcome:
    """Reads each file on its own (its chosen sheets; one unreadable file does not stop the
    others). With `vault`, columns may be mapped to its officer-defined fields, and (with
    `suggest_profile`) a saved profile that fits the files' headers is applied."""
    custom_fields = roster_import.custom_field_kinds(vault) if vault is not None else {}
    mapping = roster_import.usable_mapping(mapping, custom_fields)

    def read_all(chosen_mapping: dict[str, str]) -> tuple[list, list]:
        readings, failures = [], []
        wanted = [path for path in paths if sheets.get(path) != ()]
        for part, path in enumerate(wanted):
            try:
                readings.extend(
                    roster_import.read_files(
                        [path],
                        sheets=sheets.get(path),
                        mapping=chosen_mapping or None,
                        progress=_scaled(progress, part, len(wanted)),
                        custom_fields=custom_fields,
                    )
                )
            except roster.RosterUnreadable as error:
                error.facts.setdefault("path", path.name)
                failures.append(FileFailure(path, error))
        return readings, failures

    readings, failures = read_all(mapping)
    profile = None
    if vault is not None and suggest_profile and readings:
        labels = [
            roster.column_key(text)
            for reading in readings
            for layout in reading.sheets
            for text in layout.labels.values()
        ]
        profile = roster_import.best_profile(vault, labels)
        if profile is not None:
            mapping = roster_import.usable_mapping(profile.mapping, custom_fields)
            readings, failures = read_all(mapping)
    progress.step(1000, 1000)
    return ReadOutcome(tuple(readings), tuple(failures), dict(mapping), profile)


def ask_profile_name(parent: QWidget, suggested: str) -> str | None:
    """Asks the name of a new mapping profile; tests patch this."""
    text, accepted = QInputDialog.getText(
        parent,
        QCoreApplication.translate(CONTEXT, "Save as profile"),
        QCoreApplication.translate(
            CONTEXT, "Name of the profile (offered again for files with the same columns):"
        ),
        text=suggested,
    )
    text = text.strip()
    return text if accepted and text else None


# --- the page ---------------------------------------------------------------------------------


class Step(IntEnum):
    FILES = 0
    COLUMNS = 1
    PREVIEW = 2
    DONE = 3


STEP_TITLES = {
    Step.FILES: QT_TRANSLATE_NOOP("ImportPage", "Step 1 of 4: choose the roster files"),
    Step.COLUMNS: QT_TRANSLATE_NOOP("ImportPage", "Step 2 of 4: check the columns"),
    Step.PREVIEW: QT_TRANSLATE_NOOP("ImportPage", "Step 3 of 4: preview (nothing is saved yet)"),
    Step.DONE: QT_TRANSLATE_NOOP("ImportPage", "Step 4 of 4: imported"),
}  # fmt: skip

COUNT_CHIPS = {
    "created": QT_TRANSLATE_NOOP("ImportPage", "New"),
    "updated": QT_TRANSLATE_NOOP("ImportPage", "Updated"),
    "unchanged": QT_TRANSLATE_NOOP("ImportPage", "Unchanged"),
    "rejected": QT_TRANSLATE_NOOP("ImportPage", "Rejected"),
    "flagged": QT_TRANSLATE_NOOP("ImportPage", "Flagged"),
    "conflicts": QT_TRANSLATE_NOOP("ImportPage", "Conflicts"),
}  # fmt: skip
# Chip colour when its count is not zero: red for rows left out, amber for rows to look at.
_CHIP_LEVELS = {"rejected": "overdue", "flagged": "soon", "conflicts": "soon"}


@dataclass
class _SheetChoice:
    """A sheet of a chosen file as the mapping step shows it."""

    layout: roster.SheetLayout
    chosen: bool = True


@dataclass
class _FileState:
    path: Path
    reading: roster.RosterReading | None = None
    failure: BaseException | None = None
    sheets: dict[str, _SheetChoice] = field(default_factory=dict)  # in workbook order

    def chosen_sheets(self) -> tuple[str, ...] | None:
        """None = every sheet (the reader then also finds sheets a new mapping makes readable)."""
        if all(choice.chosen for choice in self.sheets.values()):
            return None
        return tuple(name for name, choice in self.sheets.items() if choice.chosen)


class ImportPage(QWidget):
    """Choose files → check columns → preview (dry run) → import, with progress and cancel."""

    imported = Signal()  # employees were written: lists and counts elsewhere refresh
    open_employee = Signal(int)  # employee id: open the file (double-click in the preview)
    show_employees = Signal()  # "Show employees" after an import

    def __init__(
        self, vault: UnlockedVault, jobs: JobRunner, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._vault = vault
        self._jobs = jobs
        self._job: Job | None = None
        self._job_kind = ""
        self._files: list[_FileState] = []
        self._mapping: dict[str, str] = {}
        # Officer-defined fields a column may be mapped to: key -> label (read per file set).
        self._custom_labels: dict[str, str] = {}
        self._reread_pending = False
        self.plan: ImportPlan | None = None
        self.result: ImportResult | None = None
        self.last_error: BaseException | None = None

        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 16)
        layout.setSpacing(10)
        layout.addWidget(title_label(self.tr("Import a roster")))
        self.step_label = hint_label("")
        layout.addWidget(self.step_label)
        self.stack = QStackedWidget()
        self.stack.addWidget(self._build_files_step())
        self.stack.addWidget(self._build_columns_step())
        self.stack.addWidget(self._build_preview_step())
        self.stack.addWidget(self._build_done_step())
        layout.addWidget(self.stack, 1)
        layout.addLayout(self._build_job_strip())
        escape = QShortcut(QKeySequence(Qt.Key.Key_Escape), self, self.cancel)
        escape.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self._go(Step.FILES)
        self._show_files()

    # --- building ---------------------------------------------------------------------------

    def _build_files_step(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 0, 0, 0)
        self.empty_card = QFrame()
        self.empty_card.setProperty("role", "card")
        inner = QHBoxLayout(self.empty_card)
        inner.setContentsMargins(20, 18, 20, 18)
        picture = QLabel()
        picture.setPixmap(icon("file-input", "#2563EB").pixmap(40, 40))
        picture.setAlignment(Qt.AlignmentFlag.AlignTop)
        inner.addWidget(picture)
        text = QVBoxLayout()
        heading = QLabel(self.tr("Bring an existing roster (花名册) into the vault"))
        heading.setWordWrap(True)
        font = heading.font()
        font.setBold(True)
        heading.setFont(font)
        text.addWidget(heading)
        for sentence in (
            self.tr("First a dry run shows what would be added, what would change (old → new) and every cell with a problem. Nothing is saved until you press Import."),
            self.tr("Data already in the vault is never overwritten without asking: where the roster and the vault disagree, you decide."),
            self.tr("Every row that is left out or flagged is listed, and you can save the list as an Excel report to correct the roster."),
            self.tr("Excel (.xlsx, .xlsm, .xls), WPS or LibreOffice (.ods) and CSV files can be read; several files and sheets at once."),
        ):  # fmt: skip
            text.addWidget(hint_label("• " + sentence))
        inner.addLayout(text, 1)
        layout.addWidget(self.empty_card)

        self.file_table = QTableWidget(0, 5)
        self.file_table.setHorizontalHeaderLabels(
            [self.tr("File"), self.tr("Kind"), self.tr("Encoding"), self.tr("Sheets"), self.tr("Result")]
        )  # fmt: skip
        self.file_table.verticalHeader().hide()
        self.file_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.file_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.file_table.setAlternatingRowColors(True)
        self.file_table.setWordWrap(True)
        header = self.file_table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        layout.addWidget(self.file_table, 1)
        self.files_message = hint_label("")
        layout.addWidget(self.files_message)

        buttons = QHBoxLayout()
        self.choose_button = QPushButton(icon("folder-open"), self.tr("Choose roster files…"))
        self.choose_button.clicked.connect(self.choose_files)
        buttons.addWidget(self.choose_button)
        buttons.addStretch(1)
        self.columns_button = QPushButton(self.tr("Next: check the columns"))
        self.columns_button.setProperty("role", "primary")
        self.columns_button.clicked.connect(lambda: self._go(Step.COLUMNS))
        buttons.addWidget(self.columns_button)
        layout.addLayout(buttons)
        return page

    def _build_columns_step(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(
            hint_label(
                self.tr("Each column of the roster and what it is imported as. Correct a column the app did not recognise, or choose Ignore for a column that should stay out. Untick a sheet to leave it out.")
            )
        )  # fmt: skip
        profile_row = QHBoxLayout()
        profile_row.addWidget(QLabel(self.tr("Column profile:")))
        self.profile_combo = QComboBox()
        self.profile_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.profile_combo.activated.connect(self._profile_chosen)
        profile_row.addWidget(self.profile_combo)
        self.save_profile_button = QPushButton(icon("bookmark"), self.tr("Save as profile…"))
        self.save_profile_button.clicked.connect(self.save_profile)
        profile_row.addWidget(self.save_profile_button)
        profile_row.addStretch(1)
        layout.addLayout(profile_row)
        self.profile_hint = hint_label("")
        layout.addWidget(self.profile_hint)
        self.sheet_scroll = QScrollArea()
        self.sheet_scroll.setWidgetResizable(True)
        self.sheet_scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.sheet_box = QWidget()
        self.sheet_layout = QVBoxLayout(self.sheet_box)
        self.sheet_layout.setContentsMargins(0, 0, 0, 0)
        self.sheet_scroll.setWidget(self.sheet_box)
        layout.addWidget(self.sheet_scroll, 1)
        self.sheet_groups: dict[tuple[str, str], QGroupBox] = {}
        self.field_combos: dict[tuple[str, str, int], QComboBox] = {}

        buttons = QHBoxLayout()
        back = QPushButton(self.tr("Back"))
        back.clicked.connect(lambda: self._go(Step.FILES))
        buttons.addWidget(back)
        buttons.addStretch(1)
        self.preview_button = QPushButton(self.tr("Next: preview the import"))
        self.preview_button.setProperty("role", "primary")
        self.preview_button.clicked.connect(self.preview)
        buttons.addWidget(self.preview_button)
        layout.addLayout(buttons)
        return page

    def _build_preview_step(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 0, 0, 0)
        chips = QHBoxLayout()
        chips.setSpacing(8)
        self.count_chips: dict[str, QToolButton] = {}
        for key in COUNT_CHIPS:
            chip = QToolButton()
            chip.setProperty("role", "reminderChip")
            chip.setProperty("level", "")
            chip.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
            chip.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
            chip.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            chips.addWidget(chip)
            self.count_chips[key] = chip
        layout.addLayout(chips)

        conflict_row = QHBoxLayout()
        conflict_row.addWidget(QLabel(self.tr("Where the vault and the roster disagree:")))
        self.keep_radio = QRadioButton(self.tr("keep the vault's values"))
        self.overwrite_radio = QRadioButton(self.tr("overwrite personal data with the roster's"))
        self.keep_radio.setChecked(True)
        self.conflict_choice = QButtonGroup(self)
        self.conflict_choice.addButton(self.keep_radio)
        self.conflict_choice.addButton(self.overwrite_radio)
        self.keep_radio.toggled.connect(self._conflict_choice_changed)
        conflict_row.addWidget(self.keep_radio)
        conflict_row.addWidget(self.overwrite_radio)
        conflict_row.addStretch(1)
        layout.addLayout(conflict_row)

        filter_row = QHBoxLayout()
        filter_row.addWidget(QLabel(self.tr("Show:")))
        self.filter_group = QButtonGroup(self)
        self.filter_group.setExclusive(True)
        self.filter_chips: dict[str, QToolButton] = {}
        for key in FILTERS:
            chip = QToolButton()
            chip.setCheckable(True)
            chip.setProperty("role", "reminderChip")
            chip.setProperty("level", "")
            chip.clicked.connect(lambda _checked=False, key=key: self.show_only(key))
            self.filter_group.addButton(chip)
            filter_row.addWidget(chip)
            self.filter_chips[key] = chip
        self.filter_chips["all"].setChecked(True)
        filter_row.addStretch(1)
        layout.addLayout(filter_row)

        self.preview_model = ImportPreviewModel(self)
        self.proxy = PreviewFilter(self)
        self.proxy.setSourceModel(self.preview_model)
        table = self.preview_table = QTableView()
        table.setModel(self.proxy)
        table.setAlternatingRowColors(True)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        table.verticalHeader().hide()
        table.setWordWrap(False)
        table.horizontalHeader().setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
        table.setSortingEnabled(True)
        table.horizontalHeader().setStretchLastSection(True)
        # Widths from the first rows: measuring a 20,000-row dry run would freeze the window.
        table.horizontalHeader().setResizeContentsPrecision(200)
        table.doubleClicked.connect(self._open_row)
        layout.addWidget(table, 1)
        self.preview_empty = hint_label("")
        layout.addWidget(self.preview_empty)

        buttons = QHBoxLayout()
        back = QPushButton(self.tr("Back"))
        back.clicked.connect(lambda: self._go(Step.COLUMNS))
        buttons.addWidget(back)
        self.report_button = QPushButton(icon("file-spreadsheet"), self.tr("Save report…"))
        self.report_button.clicked.connect(self.save_report)
        buttons.addWidget(self.report_button)
        buttons.addStretch(1)
        self.import_button = QPushButton(icon("download"), "")
        self.import_button.setProperty("role", "primary")
        self.import_button.clicked.connect(self.import_now)
        buttons.addWidget(self.import_button)
        layout.addLayout(buttons)
        return page

    def _build_done_step(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 0, 0, 0)
        card = QFrame()
        card.setProperty("role", "card")
        inner = QHBoxLayout(card)
        inner.setContentsMargins(20, 18, 20, 18)
        picture = QLabel()
        picture.setPixmap(icon("circle-check", "#16A34A").pixmap(40, 40))
        picture.setAlignment(Qt.AlignmentFlag.AlignTop)
        inner.addWidget(picture)
        text = QVBoxLayout()
        self.result_label = QLabel()
        self.result_label.setWordWrap(True)
        font = self.result_label.font()
        font.setBold(True)
        self.result_label.setFont(font)
        text.addWidget(self.result_label)
        self.result_hint = hint_label("")
        text.addWidget(self.result_hint)
        inner.addLayout(text, 1)
        layout.addWidget(card)
        buttons = QHBoxLayout()
        self.done_report_button = QPushButton(icon("file-spreadsheet"), self.tr("Save report…"))
        self.done_report_button.clicked.connect(self.save_report)
        buttons.addWidget(self.done_report_button)
        self.show_button = QPushButton(icon("users"), self.tr("Show employees"))
        self.show_button.setProperty("role", "primary")
        self.show_button.clicked.connect(self.show_employees)
        buttons.addWidget(self.show_button)
        self.again_button = QPushButton(icon("file-input"), self.tr("Import another file"))
        self.again_button.clicked.connect(self.start_over)
        buttons.addWidget(self.again_button)
        buttons.addStretch(1)
        layout.addLayout(buttons)
        self.done_rows_label = hint_label(
            self.tr("Rows to look at (double-click one to open the employee's file):")
        )
        layout.addWidget(self.done_rows_label)
        self.done_proxy = PreviewFilter(self)
        self.done_proxy.setSourceModel(self.preview_model)
        self.done_proxy.show_only("problems")
        table = self.done_table = QTableView()
        table.setModel(self.done_proxy)
        table.setAlternatingRowColors(True)
        table.setWordWrap(False)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        table.verticalHeader().hide()
        table.horizontalHeader().setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
        table.setSortingEnabled(True)
        table.horizontalHeader().setStretchLastSection(True)
        # Widths from the first rows: measuring a 20,000-row dry run would freeze the window.
        table.horizontalHeader().setResizeContentsPrecision(200)
        table.doubleClicked.connect(self._open_row)
        layout.addWidget(table, 1)
        layout.addStretch(0)  # takes the space while the table is hidden
        return page

    def _build_job_strip(self) -> QHBoxLayout:
        strip = QHBoxLayout()
        self.status_label = QLabel()
        self.status_label.setWordWrap(True)
        self.status_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        strip.addWidget(self.status_label, 1)
        self.progress_bar = QProgressBar()
        self.progress_bar.setMaximumWidth(260)
        self.progress_bar.hide()
        strip.addWidget(self.progress_bar)
        self.cancel_button = QPushButton(icon("x"), self.tr("Cancel"))
        self.cancel_button.clicked.connect(self.cancel)
        self.cancel_button.hide()
        strip.addWidget(self.cancel_button)
        return strip

    # --- steps ------------------------------------------------------------------------------

    @property
    def step(self) -> Step:
        return Step(self.stack.currentIndex())

    def _go(self, step: Step) -> None:
        self.stack.setCurrentIndex(int(step))
        self.step_label.setText(_tr(STEP_TITLES[step]))
        if step == Step.COLUMNS:
            self._show_columns()

    def _say(self, text: str, role: str = "") -> None:
        self.status_label.setText(text)
        set_role(self.status_label, role)

    def start_over(self) -> None:
        """Back to an empty first step (after an import, or to start again)."""
        if self._job is not None:
            return
        self._files = []
        self._mapping = {}
        self.plan = None
        self.result = None
        self.last_error = None
        self.preview_model.set_lines([])
        self.keep_radio.setChecked(True)
        self._say("")
        self._show_files()
        self._go(Step.FILES)

    # --- jobs -------------------------------------------------------------------------------

    @property
    def running(self) -> bool:
        return self._job is not None

    def _start(
        self,
        kind: str,
        work: Callable[[Progress], Any],
        on_success: Callable[[Any], None],
        busy_text: str,
    ) -> None:
        self.last_error = None
        self._job_kind = kind
        self._set_running(True, busy_text)
        self._job = self._jobs.start(
            work,
            on_success=lambda value: self._finished(on_success, value),
            on_error=self._failed,
            on_progress=self._progressed,
            on_cancel=self._cancelled,
        )

    def _set_running(self, running: bool, text: str = "") -> None:
        self.progress_bar.setVisible(running)
        self.progress_bar.setRange(0, 0)
        self.cancel_button.setVisible(running)
        self.cancel_button.setEnabled(running)
        for widget in (
            self.choose_button,
            self.columns_button,
            self.preview_button,
            self.save_profile_button,
            self.profile_combo,
            self.report_button,
            self.import_button,
            self.keep_radio,
            self.overwrite_radio,
            self.done_report_button,
            self.again_button,
        ):
            widget.setEnabled(not running)
        if running:
            self._say(text)
        else:
            self._update_buttons()

    def _progressed(self, done: int, total: int) -> None:
        self.progress_bar.setRange(0, max(total, 1))
        self.progress_bar.setValue(min(done, max(total, 1)))

    def cancel(self) -> None:
        if self._job is not None:
            self._job.cancel()
            self.cancel_button.setEnabled(False)
            self._say(self.tr("Cancelling…"))

    def _end_job(self) -> str:
        kind = self._job_kind
        self._job = None
        self._job_kind = ""
        self._set_running(False)
        return kind

    def _finished(self, on_success: Callable[[Any], None], value: Any) -> None:
        self._end_job()
        self._say("")
        on_success(value)
        if self._reread_pending:
            self._reread_pending = False
            self._reread()

    def _failed(self, error: BaseException) -> None:
        kind = self._end_job()
        self.last_error = error
        if kind == "import":
            text = self.tr("The import failed and nothing was written to the vault: {reason}")
        elif kind == "report":
            text = self.tr("The report could not be saved: {reason}")
        else:
            text = "{reason}"
        self._say(text.format(reason=describe(error)), "error")

    def _cancelled(self) -> None:
        kind = self._end_job()
        self._reread_pending = False
        texts = {
            "import": self.tr("Import cancelled. Nothing was written to the vault."),
            "read": self.tr("Reading cancelled."),
            "plan": self.tr("Preview cancelled."),
            "report": self.tr("Report cancelled; no file was written."),
        }
        self._say(texts.get(kind, self.tr("Cancelled.")))

    # --- step 1: files ----------------------------------------------------------------------

    def choose_files(self) -> None:
        folder = str(self._files[0].path.parent) if self._files else ""
        names, _filter = QFileDialog.getOpenFileNames(
            self, self.tr("Choose roster files"), folder, _tr(ROSTER_FILTER)
        )
        if names:
            self.open_files([Path(name) for name in names])

    def open_files(self, paths: Sequence[Path]) -> None:
        """Reads these files (all their sheets) in the background and lists them."""
        if self._job is not None:
            return
        self._files = [_FileState(Path(path)) for path in paths]
        self._mapping = {}
        self._custom_labels = {d.key: d.label for d in employees.custom_fields(self._vault)}
        self.plan = None
        self.result = None
        self._show_files()
        self._go(Step.FILES)
        self._read(suggest_profile=True)

    def _read(self, *, suggest_profile: bool = False) -> None:
        paths = [state.path for state in self._files]
        sheets = {state.path: state.chosen_sheets() for state in self._files}
        mapping = dict(self._mapping)
        vault = self._vault
        self.plan = None
        self._start(
            "read",
            lambda progress: read_rosters(
                paths, sheets, mapping, progress, vault=vault, suggest_profile=suggest_profile
            ),
            self._read_done,
            self.tr("Reading {files}…").format(files=", ".join(p.name for p in paths)),
        )

    def _reread(self) -> None:
        """The mapping or the chosen sheets changed: read the files again with them."""
        if self._job is not None:
            self._reread_pending = True
            return
        self._read()

    def _read_done(self, outcome: ReadOutcome) -> None:
        self._mapping = dict(outcome.mapping)
        by_path = {reading.path: reading for reading in outcome.readings}
        failed = {failure.path: failure.error for failure in outcome.failures}
        for state in self._files:
            if state.path in failed:
                state.reading, state.failure = None, failed[state.path]
                continue
            reading = by_path.get(state.path)
            if reading is None:  # every sheet unticked: not read this time
                state.reading = None
                continue
            state.reading, state.failure = reading, None
            read_now = {layout.name: layout for layout in reading.sheets}
            if state.chosen_sheets() is None:  # all sheets were read: the catalogue is new
                state.sheets = {name: _SheetChoice(layout) for name, layout in read_now.items()}
            else:
                for name, layout in read_now.items():
                    state.sheets[name] = _SheetChoice(layout, True)
        self._show_files()
        self._fill_profiles(outcome.profile.name if outcome.profile else None)
        if outcome.profile is not None:
            self.profile_hint.setText(
                self.tr("The saved profile “{name}” fits these columns and was applied.").format(
                    name=outcome.profile.name
                )
            )
        if self.step == Step.COLUMNS:
            self._show_columns()

    def _show_files(self) -> None:
        self.empty_card.setVisible(not self._files)
        self.file_table.setVisible(bool(self._files))
        self.file_table.setRowCount(len(self._files))
        locale = QLocale()
        messages = []
        for row, state in enumerate(self._files):
            reading = state.reading
            cells = [state.path.name, "", "", "", ""]
            if state.failure is not None:
                cells[4] = self.tr("Cannot be read")
                messages.append(describe(state.failure))
            elif reading is not None:
                cells[1] = format_name(reading)
                cells[2] = encoding_name(reading)
                cells[3] = ", ".join(state.sheets) or "—"
                rows = len(reading.records) + len(reading.rejected)
                cells[4] = self.tr("{rows} employee rows").format(rows=locale.toString(rows))
                if reading.ignored_sheets:
                    messages.append(
                        self.tr(
                            "{file}: the sheets {sheets} have no header row with an employee number and a name, so they are left out."
                        ).format(file=state.path.name, sheets="、".join(reading.ignored_sheets))
                    )  # fmt: skip
            elif state.sheets:
                cells[4] = self.tr("Left out (no sheet chosen)")
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setToolTip(str(state.path) if column == 0 else text)
                self.file_table.setItem(row, column, item)
        self.files_message.setText("\n".join(messages))
        set_role(
            self.files_message,
            "error" if any(state.failure for state in self._files) else "hint",
        )
        self._update_buttons()

    def _readings(self) -> list[roster.RosterReading]:
        return [state.reading for state in self._files if state.reading is not None]

    def _update_buttons(self) -> None:
        readable = bool(self._readings())
        self.columns_button.setEnabled(any(state.reading or state.sheets for state in self._files))
        self.preview_button.setEnabled(readable)
        self.save_profile_button.setEnabled(readable)
        planned = self.plan is not None
        self.report_button.setEnabled(planned)
        self.done_report_button.setEnabled(planned)
        writes = self.import_count()
        self.import_button.setEnabled(planned and writes > 0)
        if not planned or writes == 0:
            self.import_button.setText(self.tr("Nothing to import"))
        elif writes == 1:
            self.import_button.setText(self.tr("Import 1 employee"))
        else:
            self.import_button.setText(
                self.tr("Import {count} employees").format(count=QLocale().toString(writes))
            )

    # --- step 2: columns --------------------------------------------------------------------

    def _fill_profiles(self, chosen: str | None = None) -> None:
        current = chosen if chosen is not None else self.profile_combo.currentData()
        self.profile_combo.blockSignals(True)
        self.profile_combo.clear()
        self.profile_combo.addItem(self.tr("Columns as recognised"), None)
        for profile in roster_import.profiles(self._vault):
            self.profile_combo.addItem(profile.name, profile.name)
        index = self.profile_combo.findData(current) if current else 0
        self.profile_combo.setCurrentIndex(max(index, 0))
        self.profile_combo.blockSignals(False)

    def _profile_chosen(self, index: int) -> None:
        name = self.profile_combo.itemData(index)
        if name is None:
            self._mapping = {}
            self.profile_hint.setText("")
        else:
            chosen = next((p for p in roster_import.profiles(self._vault) if p.name == name), None)
            self._mapping = dict(chosen.mapping) if chosen else {}
            self.profile_hint.setText(
                self.tr("Columns read with the profile “{name}”.").format(name=name)
            )
        self._reread()

    def current_mapping(self) -> dict[str, str]:
        """Every labelled column of the chosen sheets: normalised label → field ("" = ignore)."""
        mapping: dict[str, str] = {}
        for state in self._files:
            for choice in state.sheets.values():
                layout = choice.layout
                for column, text in layout.labels.items():
                    mapping[roster.column_key(text)] = layout.columns.get(column, IGNORE)
        return mapping

    def save_profile(self) -> None:
        suggested = self.profile_combo.currentData() or (
            self._files[0].path.stem if self._files else ""
        )
        name = ask_profile_name(self, suggested)
        if not name:
            return
        mapping = self.current_mapping()
        roster_import.save_profile(self._vault, MappingProfile(name, mapping))
        self._fill_profiles(name)
        self.profile_hint.setText(
            self.tr(
                "Profile “{name}” saved. It is offered again for files with the same columns."
            ).format(name=name)
        )

    def _show_columns(self) -> None:
        scroll = self.sheet_scroll.verticalScrollBar().value()
        while self.sheet_layout.count():
            item = self.sheet_layout.takeAt(0)
            if item.widget() is not None:
                item.widget().deleteLater()
        self.sheet_groups = {}
        self.field_combos = {}
        for state in self._files:
            if state.failure is not None and state.sheets:
                # Read before, refused with this mapping (工号 set to Ignore, say): the columns
                # stay listed so that the officer can undo it.
                problem = QLabel(describe(state.failure))
                problem.setWordWrap(True)
                set_role(problem, "error")
                self.sheet_layout.addWidget(problem)
            for name, choice in state.sheets.items():
                self.sheet_layout.addWidget(self._sheet_group(state, name, choice))
        self.sheet_layout.addStretch(1)
        self.sheet_scroll.verticalScrollBar().setValue(scroll)

    def _sheet_group(self, state: _FileState, name: str, choice: _SheetChoice) -> QGroupBox:
        layout = choice.layout
        first, last = layout.header_rows[0], layout.header_rows[-1]
        rows = str(first) if first == last else f"{first}–{last}"
        group = QGroupBox(
            self.tr("{file}, sheet {sheet} (header in row {rows})").format(
                file=state.path.name, sheet=name, rows=rows
            )
        )
        group.setCheckable(True)
        group.setChecked(choice.chosen)
        group.toggled.connect(
            lambda checked, state=state, name=name: self._sheet_toggled(state, name, checked)
        )
        inner = QVBoxLayout(group)
        columns = sorted(layout.labels)
        table = QTableWidget(len(columns), 3)
        table.setHorizontalHeaderLabels(
            [self.tr("Column"), self.tr("Title in the roster"), self.tr("Imported as")]
        )
        table.verticalHeader().hide()
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        table.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        header = table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        csv = state.reading is not None and state.reading.format == "csv"
        for row, column in enumerate(columns):
            text = layout.labels[column]
            where = str(column + 1) if csv else column_letters(column)
            table.setItem(row, 0, QTableWidgetItem(where))
            title = QTableWidgetItem(label_shown(text))
            title.setToolTip(text)
            if column not in layout.columns:
                title.setForeground(self.palette().color(QPalette.ColorRole.PlaceholderText))
            table.setItem(row, 1, title)
            combo = QComboBox()
            combo.addItem(self.tr("Ignore (not imported)"), IGNORE)
            combo.insertSeparator(combo.count())
            for key in roster.MAPPABLE:
                if key in _GROUP_STARTS:
                    combo.insertSeparator(combo.count())
                combo.addItem(field_name(key), key)
            if self._custom_labels:
                combo.insertSeparator(combo.count())
                for key, custom_label in self._custom_labels.items():
                    combo.addItem(
                        self.tr("{field} (your field)").format(field=custom_label),
                        roster.CUSTOM_PREFIX + key,
                    )
            mapped = layout.columns.get(column, IGNORE)
            if state.failure is not None:  # the layout is from before the officer's last choice
                mapped = self._mapping.get(roster.column_key(text), mapped)
            combo.setCurrentIndex(max(combo.findData(mapped), 0))
            combo.setAccessibleName(label_shown(text))
            combo.activated.connect(
                lambda _index, combo=combo, text=text: self._field_chosen(text, combo.currentData())
            )
            table.setCellWidget(row, 2, combo)
            self.field_combos[(state.path.name, name, column)] = combo
        table.resizeRowsToContents()
        height = table.horizontalHeader().height() + 2 * table.frameWidth()
        height += sum(table.rowHeight(row) for row in range(table.rowCount()))
        table.setFixedHeight(height)
        inner.addWidget(table)
        self.sheet_groups[(state.path.name, name)] = group
        return group

    def _field_chosen(self, text: str, chosen: str) -> None:
        self._mapping[roster.column_key(text)] = chosen
        self._reread()

    def set_field(self, file_name: str, sheet: str, column: int, chosen: str) -> None:
        """Maps a column as the officer would with its combo box (tests and keyboard users)."""
        combo = self.field_combos[(file_name, sheet, column)]
        combo.setCurrentIndex(combo.findData(chosen))
        combo.activated.emit(combo.currentIndex())

    def _sheet_toggled(self, state: _FileState, name: str, checked: bool) -> None:
        state.sheets[name].chosen = checked
        self._reread()

    # --- step 3: preview --------------------------------------------------------------------

    def on_conflict(self) -> str:
        return roster_import.OVERWRITE if self.overwrite_radio.isChecked() else roster_import.KEEP

    def preview(self) -> None:
        """The dry run, in the background: nothing is written."""
        if self._job is not None or not self._readings():
            return
        readings = tuple(self._readings())
        on_conflict = self.on_conflict()
        vault = self._vault
        custom_labels = dict(self._custom_labels)

        def work(progress: Progress) -> tuple[ImportPlan, list[PreviewLine]]:
            the_plan = roster_import.plan(vault, readings, on_conflict=on_conflict)
            progress.step(1, 2)
            lines = preview_lines(the_plan, custom_labels)
            progress.step(2, 2)
            return the_plan, lines

        self._start("plan", work, self._planned, self.tr("Checking what the import would do…"))

    def _planned(self, value: tuple[ImportPlan, list[PreviewLine]]) -> None:
        self.plan, lines = value
        self.preview_model.set_lines(lines)
        self._show_counts(self.plan.counts)
        if self.step != Step.PREVIEW:  # a new dry run opens on the rows that need a look
            self.show_only("problems" if any(line.problem for line in lines) else "all")
        else:  # the conflict choice changed: the officer's filter stays
            self._show_preview_hint()
        self.preview_table.resizeColumnsToContents()
        self._update_buttons()
        self._go(Step.PREVIEW)
        left_out = [state.path.name for state in self._files if state.reading is None]
        if left_out:
            self._say(
                self.tr(
                    "Not included, because they cannot be read or no sheet is chosen: {files}"
                ).format(files=", ".join(left_out)),
                "warning",
            )

    def _show_counts(self, counts: dict[str, int]) -> None:
        locale = QLocale()
        for key, chip in self.count_chips.items():
            count = counts.get(key, 0)
            chip.setText(locale.toString(count) + "\n" + _tr(COUNT_CHIPS[key]))
            level = _CHIP_LEVELS.get(key, "") if count else ""
            if chip.property("level") != level:
                chip.setProperty("level", level)
                chip.style().unpolish(chip)
                chip.style().polish(chip)
        for key, chip in self.filter_chips.items():
            shown = sum(_ACCEPTS[key](line) for line in self.preview_model.lines)
            chip.setText(
                self.tr("{filter} ({count})").format(
                    filter=_tr(FILTERS[key]), count=locale.toString(shown)
                )
            )

    def count(self, key: str) -> int:
        """A count of the dry run shown in the chips (created, updated, … conflicts)."""
        return self.plan.counts.get(key, 0) if self.plan else 0

    def import_count(self) -> int:
        """How many employees an import writes: the new ones and the updated ones."""
        return self.count("created") + self.count("updated")

    def show_only(self, key: str) -> None:
        self.filter_chips[key].setChecked(True)
        self.proxy.show_only(key)
        self._show_preview_hint()

    def _show_preview_hint(self) -> None:
        empty = self.proxy.rowCount() == 0
        self.preview_empty.setVisible(empty)
        if empty:
            self.preview_empty.setText(
                self.tr("No rows to show here: every row is imported as it is.")
                if self.proxy.shown == "all"
                else self.tr("No rows of this kind.")
            )

    def _conflict_choice_changed(self) -> None:
        if self.plan is not None and self._job is None:
            self.preview()

    def _open_row(self, index: QModelIndex) -> None:
        line = index.data(ROW_ROLE)
        if line is None:
            return
        employee_id = line.employee_id
        if employee_id is None and self.result is not None and line.action == "create":
            employee_id = self._imported_id(line.employee_no)
        if employee_id is not None:
            self.open_employee.emit(employee_id)

    def _imported_id(self, employee_no: str) -> int | None:
        """The id an import gave the employee with this number (the plan made before it
        could not know it)."""
        found = employee_list.source(
            self._vault, employee_list.ListQuery(text=employee_no, statuses=())
        ).rows(0, 50)
        return next((row.id for row in found if row.employee_no == employee_no), None)

    # --- report -----------------------------------------------------------------------------

    def save_report(self) -> None:
        """Writes the report workbook of the dry run (or of the import, once done)."""
        if self.plan is None or self._job is not None:
            return
        first = self.plan.files[0].path if self.plan.files else Path.home() / "roster"
        suggested = first.with_name(
            self.tr("{name} import report").format(name=first.stem) + ".xlsx"
        )
        name, _filter = QFileDialog.getSaveFileName(
            self, self.tr("Save the import report"), str(suggested), _tr(REPORT_FILTER)
        )
        if not name:
            return
        target = Path(name)
        if target.suffix.lower() != ".xlsx":
            target = target.with_name(target.name + ".xlsx")
        the_plan = self.plan

        vault = self._vault

        def work(progress: Progress) -> Path:
            write_import_report(target, the_plan, vault)
            return target

        self._start(
            "report",
            work,
            lambda path: self._say(self.tr("Report saved: {file}").format(file=path.name)),
            self.tr("Saving the report…"),
        )

    # --- step 4: import ---------------------------------------------------------------------

    def import_now(self) -> None:
        """Writes what the preview showed, in one transaction: all of it or (cancelled) none."""
        if self._job is not None or self.plan is None:
            return
        readings = tuple(self._readings())
        on_conflict = self.on_conflict()
        vault = self._vault
        custom_labels = dict(self._custom_labels)

        def work(progress: Progress) -> tuple[ImportPlan, ImportResult, list[PreviewLine]]:
            done, result = roster_import.apply(
                vault, readings, on_conflict=on_conflict, progress=progress
            )
            return done, result, preview_lines(done, custom_labels)

        self._start(
            "import",
            work,
            self._imported,
            self.tr("Importing… Cancel leaves the vault exactly as it was."),
        )

    def _imported(self, value: tuple[ImportPlan, ImportResult, list[PreviewLine]]) -> None:
        self.plan, self.result, lines = value
        result = self.result
        locale = QLocale()
        self.result_label.setText(
            self.tr(
                "Imported: {created} new employees, {updated} updated, {unchanged} unchanged."
            ).format(
                created=locale.toString(result.created),
                updated=locale.toString(result.updated),
                unchanged=locale.toString(result.unchanged),
            )
        )
        hints = []
        if result.rejected or self.count("flagged"):
            hints.append(
                self.tr(
                    "{rejected} rows were not imported, and {flagged} imported rows need a look (listed below). Save the report to see each one and correct the roster."
                ).format(
                    rejected=locale.toString(result.rejected),
                    flagged=locale.toString(self.count("flagged")),
                )
            )  # fmt: skip
        if self.count("conflicts"):
            hints.append(
                self.tr(
                    "{conflicts} employees have values that differ from the roster; the vault's values were kept. The report lists them."
                ).format(conflicts=locale.toString(self.count("conflicts")))
            )  # fmt: skip
        if result.departments_created or result.positions_created:
            hints.append(
                self.tr("{departments} departments and {positions} positions were added.").format(
                    departments=locale.toString(result.departments_created),
                    positions=locale.toString(result.positions_created),
                )
            )
        self.result_hint.setText("\n".join(hints))
        self.preview_model.set_lines(lines)
        self._show_counts(self.plan.counts)
        self.done_rows_label.setVisible(self.done_proxy.rowCount() > 0)
        self.done_table.setVisible(self.done_proxy.rowCount() > 0)
        self.done_table.resizeColumnsToContents()
        self._update_buttons()
        self._go(Step.DONE)
        self.imported.emit()
