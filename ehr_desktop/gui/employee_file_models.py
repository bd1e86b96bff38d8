"""Table models of the employee file screen (contracts, timeline, records, attachments, history)
and the shared formatting of dates, money and masked values."""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from enum import IntEnum
from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QDate,
    QDateTime,
    QLocale,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    QTime,
)
from PySide6.QtGui import QColor, QFont, QGuiApplication, QIcon

from ehr_desktop.domain import people
from ehr_desktop.gui import formats
from ehr_desktop.gui.icons import icon
from ehr_desktop.gui.labels import label, stored_note
from ehr_desktop.services.employees import (
    AttachmentEntry,
    ContractEntry,
    HistoryEntry,
    RecordEntry,
    TimelineEntry,
)

CONTEXT = "EmployeeFile"
SORT_ROLE = Qt.ItemDataRole.UserRole + 1
ROW_ROLE = Qt.ItemDataRole.UserRole + 2
_ROOT = QModelIndex()
_LEFT = Qt.AlignmentFlag.AlignLeft
_RIGHT = Qt.AlignmentFlag.AlignRight
MASKED_MONEY = "¥ ****"
CERTIFICATE_WARNING_DAYS = 60


def _tr(text: str) -> str:
    """Translates a text marked elsewhere with QT_TRANSLATE_NOOP("EmployeeFile", …)."""
    return QCoreApplication.translate(CONTEXT, text)


# --- formatting ---------------------------------------------------------------------------------


def date_text(value: dt.date | None) -> str:
    """A date as the officer's locale writes it; empty for no date."""
    if value is None:
        return ""
    return formats.date_text(value)


def timestamp_text(stored: str) -> str:
    """A stored UTC time (ISO 8601) in this computer's time zone, as the locale writes it."""
    try:
        moment = dt.datetime.fromisoformat(stored)
    except (TypeError, ValueError):
        return stored or ""
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=dt.UTC)
    local = moment.astimezone()
    value = QDateTime(
        QDate(local.year, local.month, local.day), QTime(local.hour, local.minute, local.second)
    )
    return formats.datetime_text(value)


def timestamp_date(stored: str) -> dt.date | None:
    try:
        moment = dt.datetime.fromisoformat(stored)
    except (TypeError, ValueError):
        return None
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=dt.UTC)
    return moment.astimezone().date()


def money_text(cents: int | None) -> str:
    if cents is None:
        return ""
    return QLocale().toCurrencyString(cents / 100, "¥")


def amount_text(value: Any) -> str:
    """An amount typed in whole yuan (rewards, penalties)."""
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        return QLocale().toCurrencyString(float(value), "¥")
    return "" if value is None else str(value)


def number_text(value: Any) -> str:
    if isinstance(value, bool) or value is None:
        return ""
    if isinstance(value, int) or (isinstance(value, float) and value.is_integer()):
        return QLocale().toString(int(value))
    if isinstance(value, float):
        return QLocale().toString(value, "g", 6)
    return str(value)


def _number(value: Any) -> float:
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        return float(value)
    return -1.0


def _iso(value: dt.date | None) -> str:
    return value.isoformat() if value else ""


def tone_color(tone: str) -> QColor:
    """Red for errors/overdue, amber for soon, grey for muted; lighter shades on a dark theme."""
    dark = QGuiApplication.palette().window().color().lightness() < 128
    shades = {
        "error": ("#B91C1C", "#FCA5A5"),
        "warning": ("#B45309", "#FCD34D"),
        "muted": ("#6B7280", "#94A3B8"),
    }
    return QColor(shades[tone][1 if dark else 0])


# Words for stored field names (form labels, the history's "field: old → new" lines).
FIELD_NAMES = {
    "employee_no": QT_TRANSLATE_NOOP("EmployeeFile", "Employee no."),
    "name": QT_TRANSLATE_NOOP("EmployeeFile", "Name"),
    "former_name": QT_TRANSLATE_NOOP("EmployeeFile", "Former name"),
    "gender": QT_TRANSLATE_NOOP("EmployeeFile", "Gender"),
    "ethnicity": QT_TRANSLATE_NOOP("EmployeeFile", "Ethnicity"),
    "birth_date": QT_TRANSLATE_NOOP("EmployeeFile", "Date of birth"),
    "id_type": QT_TRANSLATE_NOOP("EmployeeFile", "ID type"),
    "id_number": QT_TRANSLATE_NOOP("EmployeeFile", "ID number"),
    "nationality": QT_TRANSLATE_NOOP("EmployeeFile", "Nationality"),
    "native_place": QT_TRANSLATE_NOOP("EmployeeFile", "Native place"),
    "hukou_type": QT_TRANSLATE_NOOP("EmployeeFile", "Hukou type"),
    "hukou_address": QT_TRANSLATE_NOOP("EmployeeFile", "Hukou address"),
    "current_address": QT_TRANSLATE_NOOP("EmployeeFile", "Current address"),
    "marital_status": QT_TRANSLATE_NOOP("EmployeeFile", "Marital status"),
    "political_status": QT_TRANSLATE_NOOP("EmployeeFile", "Political status"),
    "mobile": QT_TRANSLATE_NOOP("EmployeeFile", "Mobile"),
    "email": QT_TRANSLATE_NOOP("EmployeeFile", "E-mail"),
    "emergency_contacts": QT_TRANSLATE_NOOP("EmployeeFile", "Emergency contacts"),
    "first_work_date": QT_TRANSLATE_NOOP("EmployeeFile", "First started working"),
    "bank_name": QT_TRANSLATE_NOOP("EmployeeFile", "Bank"),
    "bank_account": QT_TRANSLATE_NOOP("EmployeeFile", "Bank account"),
    "custom_values": QT_TRANSLATE_NOOP("EmployeeFile", "Custom fields"),
    "status": QT_TRANSLATE_NOOP("EmployeeFile", "Status"),
    "department_id": QT_TRANSLATE_NOOP("EmployeeFile", "Department"),
    "position_id": QT_TRANSLATE_NOOP("EmployeeFile", "Position"),
    "grade": QT_TRANSLATE_NOOP("EmployeeFile", "Grade"),
    "monthly_salary_cents": QT_TRANSLATE_NOOP("EmployeeFile", "Monthly salary"),
    "salary": QT_TRANSLATE_NOOP("EmployeeFile", "Monthly salary"),
    "supervisor_id": QT_TRANSLATE_NOOP("EmployeeFile", "Supervisor"),
    "hire_date": QT_TRANSLATE_NOOP("EmployeeFile", "Hire date"),
    "leave_date": QT_TRANSLATE_NOOP("EmployeeFile", "Leave date"),
    "probation_end": QT_TRANSLATE_NOOP("EmployeeFile", "Probation ends"),
    "kind": QT_TRANSLATE_NOOP("EmployeeFile", "Kind"),
    "effective_date": QT_TRANSLATE_NOOP("EmployeeFile", "Effective date"),
    "reason": QT_TRANSLATE_NOOP("EmployeeFile", "Reason"),
    "note": QT_TRANSLATE_NOOP("EmployeeFile", "Note"),
    "details": QT_TRANSLATE_NOOP("EmployeeFile", "Details"),
    "corrects_id": QT_TRANSLATE_NOOP("EmployeeFile", "Corrects entry"),
    "contract_type": QT_TRANSLATE_NOOP("EmployeeFile", "Contract type"),
    "contract_no": QT_TRANSLATE_NOOP("EmployeeFile", "Contract no."),
    "contract_end": QT_TRANSLATE_NOOP("EmployeeFile", "Contract ends"),
    "contract_id": QT_TRANSLATE_NOOP("EmployeeFile", "Contract"),
    "event_id": QT_TRANSLATE_NOOP("EmployeeFile", "Timeline entry"),
    "record_id": QT_TRANSLATE_NOOP("EmployeeFile", "Record"),
    "start_date": QT_TRANSLATE_NOOP("EmployeeFile", "Start"),
    "end_date": QT_TRANSLATE_NOOP("EmployeeFile", "End"),
    "renews_id": QT_TRANSLATE_NOOP("EmployeeFile", "Renews contract"),
    "terminated_on": QT_TRANSLATE_NOOP("EmployeeFile", "Terminated on"),
    "termination_reason": QT_TRANSLATE_NOOP("EmployeeFile", "Termination reason"),
    "title": QT_TRANSLATE_NOOP("EmployeeFile", "Title"),
    "category": QT_TRANSLATE_NOOP("EmployeeFile", "Category"),
    "file_name": QT_TRANSLATE_NOOP("EmployeeFile", "File name"),
    "size": QT_TRANSLATE_NOOP("EmployeeFile", "Size"),
    "voluntary": QT_TRANSLATE_NOOP("EmployeeFile", "Voluntary"),
    "degree": QT_TRANSLATE_NOOP("EmployeeFile", "Degree"),
    "major": QT_TRANSLATE_NOOP("EmployeeFile", "Major"),
    "study_mode": QT_TRANSLATE_NOOP("EmployeeFile", "Study mode"),
    "position": QT_TRANSLATE_NOOP("EmployeeFile", "Position"),
    "leaving_reason": QT_TRANSLATE_NOOP("EmployeeFile", "Reason for leaving"),
    "reference": QT_TRANSLATE_NOOP("EmployeeFile", "Reference"),
    "level": QT_TRANSLATE_NOOP("EmployeeFile", "Level"),
    "amount": QT_TRANSLATE_NOOP("EmployeeFile", "Amount"),
    "hours": QT_TRANSLATE_NOOP("EmployeeFile", "Hours"),
    "result": QT_TRANSLATE_NOOP("EmployeeFile", "Result"),
    "certificate": QT_TRANSLATE_NOOP("EmployeeFile", "Certificate"),
    "number": QT_TRANSLATE_NOOP("EmployeeFile", "Number"),
    "issuer": QT_TRANSLATE_NOOP("EmployeeFile", "Issued by"),
    # appraisals
    "stage": QT_TRANSLATE_NOOP("EmployeeFile", "Step"),
    "score": QT_TRANSLATE_NOOP("EmployeeFile", "Score"),
    "calibrated_score": QT_TRANSLATE_NOOP("EmployeeFile", "Calibrated score"),
    "calibrated_grade": QT_TRANSLATE_NOOP("EmployeeFile", "Calibrated grade"),
    "scorer": QT_TRANSLATE_NOOP("EmployeeFile", "Scored by"),
    "indicator_key": QT_TRANSLATE_NOOP("EmployeeFile", "Indicator"),
    "value": QT_TRANSLATE_NOOP("EmployeeFile", "Value"),
    "comment": QT_TRANSLATE_NOOP("EmployeeFile", "Comment"),
    "provided_via": QT_TRANSLATE_NOOP("EmployeeFile", "Provided as"),
    "reviewer_id": QT_TRANSLATE_NOOP("EmployeeFile", "Reviewer"),
    "excluded": QT_TRANSLATE_NOOP("EmployeeFile", "Excluded"),
    "finalized_at": QT_TRANSLATE_NOOP("EmployeeFile", "Finalized on"),
}  # fmt: skip
# Bookkeeping columns the history leaves out: they say nothing to an HR officer.
# Who and when are the row's own columns.
_HIDDEN_FIELDS = frozenset(
    {
        "id", "employee_id", "updated_at", "name_initials", "sha256", "media_type",
        "recorded_by", "recorded_at", "added_by", "added_at", "form_id", "cycle_id",
        "template_version_id", "department_id", "result", "provided_by_id",
        "template_by_hand", "reviewer_by_hand",
    }
)  # fmt: skip
_SENSITIVE_MONEY = frozenset({"monthly_salary_cents", "salary"})
# Which label group words a stored code, by (section, field).
_CODE_GROUPS = {
    "gender": "gender",
    "id_type": "id_type",
    "hukou_type": "hukou_type",
    "marital_status": "marital_status",
    "political_status": "political_status",
    "status": "status",
    "contract_type": "contract_type",
    "category": "attachment",
    "stage": "kpi_stage",
    "scorer": "kpi_scorer",
    "provided_via": "kpi_provided_via",
}


def field_name(key: str) -> str:
    source = FIELD_NAMES.get(key)
    return _tr(source) if source else key


def _short(text: str, limit: int = 120) -> str:
    return text if len(text) <= limit else text[: limit - 1] + "…"


def history_value(entity: str, key: str, value: Any) -> str:
    """A value from the audit trail as the officer may see it: sensitive ones masked."""
    if value is None or value == "":
        return "—"
    if key in people.MASKS:
        return people.MASKS[key](str(value))
    if key in _SENSITIVE_MONEY:
        return MASKED_MONEY
    if key == "kind":
        return label("event" if entity == "employment_events" else "record", str(value))
    if key in _CODE_GROUPS:
        return label(_CODE_GROUPS[key], str(value))
    if key == "emergency_contacts" and isinstance(value, str):
        try:
            contacts = json.loads(value)
        except ValueError:
            return _short(value)
        if isinstance(contacts, list):
            return _short(
                "; ".join(
                    " ".join(str(c.get(part) or "") for part in ("name", "relation", "phone"))
                    for c in contacts
                    if isinstance(c, dict)
                )
                or "—"
            )
    if key in ("details", "custom_values") and isinstance(value, str):
        try:
            details = json.loads(value)
        except ValueError:
            return _short(value)
        if isinstance(details, dict):
            if not details:
                return "—"
            return _short(
                ", ".join(
                    f"{field_name(k)}: {history_value(entity, k, v)}" for k, v in details.items()
                )
            )
    if isinstance(value, bool):
        return (
            QCoreApplication.translate("EmployeeFile", "Yes")
            if value
            else QCoreApplication.translate("EmployeeFile", "No")
        )
    if key == "size" and isinstance(value, int):
        return QLocale().formattedDataSize(value)
    if isinstance(value, dict) and "sha256" in value:
        return QLocale().formattedDataSize(int(value.get("bytes", 0)))
    if isinstance(value, str) and len(value) == 10 and value[4:5] == "-" and value[7:8] == "-":
        try:
            return date_text(dt.date.fromisoformat(value))
        except ValueError:
            pass
    return _short(str(value))


def history_lines(entry: HistoryEntry) -> list[str]:
    """The changed fields as "field: old → new" lines (reveals as what was viewed)."""
    fields = entry.fields
    if entry.action == "reveal":
        viewed = ", ".join(field_name(str(f)) for f in fields.get("fields", []))
        return [QCoreApplication.translate("EmployeeFile", "Viewed unmasked: {0}").format(viewed)]
    lines = []
    for key, change in fields.items():
        if key in _HIDDEN_FIELDS:
            continue
        old, new = change if isinstance(change, list) and len(change) == 2 else (None, change)
        if entry.action == "create":
            lines.append(f"{field_name(key)}: {history_value(entry.entity, key, new)}")
        elif entry.action == "delete":
            lines.append(f"{field_name(key)}: {history_value(entry.entity, key, old)}")
        else:
            lines.append(
                f"{field_name(key)}: {history_value(entry.entity, key, old)}"
                f" → {history_value(entry.entity, key, new)}"
            )
    return lines


# --- the shared table plumbing -----------------------------------------------------------------


@dataclass(frozen=True)
class Column:
    header: str  # source text (QT_TRANSLATE_NOOP), translated when shown
    display: Callable[[Any, Any], str]  # (model, row) -> text
    sort_key: Callable[[Any, Any], Any]  # (model, row) -> str | int | float, one type per column
    align: Qt.AlignmentFlag = _LEFT
    tooltip: str = ""


class RowsModel(QAbstractTableModel):
    """A small in-memory list of frozen rows; subclasses declare their columns once."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._rows: list[Any] = []

    def columns(self) -> Sequence[Column]:
        raise NotImplementedError

    def set_rows(self, rows: Sequence[Any]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def rows(self) -> list[Any]:
        return list(self._rows)

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = _ROOT) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = _ROOT) -> int:
        return 0 if parent.isValid() else len(self.columns())

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        columns = self.columns()
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(columns):
            return None
        column = columns[section]
        if role == Qt.ItemDataRole.DisplayRole:
            return _tr(column.header)
        if role == Qt.ItemDataRole.ToolTipRole:
            return _tr(column.tooltip or column.header)
        return None

    def data(
        self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        columns = self.columns()
        if (
            not index.isValid()
            or not 0 <= index.row() < len(self._rows)
            or not 0 <= index.column() < len(columns)
        ):
            return None
        row = self._rows[index.row()]
        column = columns[index.column()]
        if role == ROW_ROLE:
            return row
        if role == SORT_ROLE:
            return column.sort_key(self, row)
        if role == Qt.ItemDataRole.DisplayRole:
            return column.display(self, row)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self.tooltip(row, index.column()) or column.display(self, row) or None
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(column.align | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ForegroundRole:
            return self.foreground(row)
        if role == Qt.ItemDataRole.FontRole:
            return self.font(row)
        if role == Qt.ItemDataRole.DecorationRole:
            return self.decoration(row, index.column())
        return None

    # Hooks for row-wide looks.
    def foreground(self, row: Any) -> QColor | None:
        return None

    def font(self, row: Any) -> QFont | None:
        return None

    def decoration(self, row: Any, column: int) -> QIcon | None:
        return None

    def tooltip(self, row: Any, column: int) -> str | None:
        return None


# --- contracts ----------------------------------------------------------------------------------


class ContractColumn(IntEnum):
    ORDINAL = 0
    TYPE = 1
    NUMBER = 2
    START = 3
    END = 4
    PROBATION_END = 5
    STATUS = 6
    RENEWS = 7
    NOTE = 8


def contract_ordinals(rows: Sequence[ContractEntry]) -> dict[int, int]:
    """Contract id -> 1, 2… in the order the contracts started (the "#" the tables show)."""
    ordered = sorted(rows, key=lambda c: (c.start_date, c.id))
    return {c.id: n for n, c in enumerate(ordered, start=1)}


def contract_text(contract: ContractEntry, ordinal: int) -> str:
    """A contract in words: "Contract <number>", or "Contract #n" when it has no number."""
    return QCoreApplication.translate("EmployeeFile", "Contract {0}").format(
        contract.contract_no or f"#{ordinal}"
    )


class ContractsModel(RowsModel):
    """The employee's labour contracts, numbered #1, #2… in the order they started."""

    COLUMNS = {
        ContractColumn.ORDINAL: Column("#", lambda m, c: f"#{m.ordinal(c.id)}", lambda m, c: m.ordinal(c.id), _RIGHT, QT_TRANSLATE_NOOP("EmployeeFile", "Contracts in the order they started")),
        ContractColumn.TYPE: Column(QT_TRANSLATE_NOOP("EmployeeFile", "Type"), lambda m, c: label("contract_type", c.contract_type), lambda m, c: label("contract_type", c.contract_type)),
        ContractColumn.NUMBER: Column(QT_TRANSLATE_NOOP("EmployeeFile", "Contract no."), lambda m, c: c.contract_no or "", lambda m, c: c.contract_no or ""),
        ContractColumn.START: Column(QT_TRANSLATE_NOOP("EmployeeFile", "Start"), lambda m, c: date_text(c.start_date), lambda m, c: _iso(c.start_date)),
        ContractColumn.END: Column(QT_TRANSLATE_NOOP("EmployeeFile", "End"), lambda m, c: date_text(c.end_date) if c.end_date else QCoreApplication.translate("EmployeeFile", "Open-ended"), lambda m, c: _iso(c.end_date) or "9999"),
        ContractColumn.PROBATION_END: Column(QT_TRANSLATE_NOOP("EmployeeFile", "Probation ends"), lambda m, c: date_text(c.probation_end), lambda m, c: _iso(c.probation_end)),
        ContractColumn.STATUS: Column(QT_TRANSLATE_NOOP("EmployeeFile", "Status"), lambda m, c: m.status_text(c), lambda m, c: m.status_text(c)),
        ContractColumn.RENEWS: Column(QT_TRANSLATE_NOOP("EmployeeFile", "Renewal"), lambda m, c: m.renewal_text(c), lambda m, c: m.renewal_text(c), tooltip=QT_TRANSLATE_NOOP("EmployeeFile", "Which earlier contract this one renews")),
        ContractColumn.NOTE: Column(QT_TRANSLATE_NOOP("EmployeeFile", "Note"), lambda m, c: stored_note(c.note), lambda m, c: stored_note(c.note)),
    }  # fmt: skip

    def __init__(self, parent=None, *, today: dt.date | None = None) -> None:
        super().__init__(parent)
        self._today = today
        self._ordinals: dict[int, int] = {}

    def columns(self) -> Sequence[Column]:
        return list(self.COLUMNS.values())

    def set_rows(self, rows: Sequence[ContractEntry]) -> None:
        self._ordinals = contract_ordinals(rows)
        super().set_rows(rows)

    def ordinal(self, contract_id: int | None) -> int:
        return self._ordinals.get(contract_id or 0, 0)

    def status_text(self, contract: ContractEntry) -> str:
        today = self._today or dt.date.today()
        if contract.terminated_on is not None:
            text = QCoreApplication.translate("EmployeeFile", "Terminated on {0}").format(
                date_text(contract.terminated_on)
            )
            if contract.termination_reason:
                text += QCoreApplication.translate("EmployeeFile", ": {0}").format(
                    contract.termination_reason
                )
            return text
        if contract.is_current:
            return QCoreApplication.translate("EmployeeFile", "In force")
        if contract.start_date > today:
            return QCoreApplication.translate("EmployeeFile", "Starts on {0}").format(
                date_text(contract.start_date)
            )
        return QCoreApplication.translate("EmployeeFile", "Ended")

    def renewal_text(self, contract: ContractEntry) -> str:
        if contract.renews_id is None:
            return ""
        return QCoreApplication.translate("EmployeeFile", "Renews #{0}").format(
            self.ordinal(contract.renews_id)
        )

    def foreground(self, row: ContractEntry) -> QColor | None:
        return None if row.is_current else tone_color("muted")


# --- timeline -----------------------------------------------------------------------------------


class TimelineColumn(IntEnum):
    DATE = 0
    EVENT = 1
    CHANGES = 2
    REASON = 3
    NOTE = 4
    STATE = 5
    RECORDED = 6
    ATTACHMENTS = 7


@dataclass(frozen=True)
class Names:
    """What the ids in event details stand for."""

    departments: Mapping[int, str]
    positions: Mapping[int, str]
    people: Mapping[int, str]


def event_text(entry: TimelineEntry) -> str:
    """A timeline entry in words: "<event> on <date>"."""
    return QCoreApplication.translate("EmployeeFile", "{0} on {1}").format(
        label("event", entry.kind), date_text(entry.effective_date)
    )


class TimelineModel(RowsModel):
    """The lifecycle events; corrected and withdrawn ones stay visible, struck through."""

    COLUMNS = {
        TimelineColumn.DATE: Column(QT_TRANSLATE_NOOP("EmployeeFile", "Effective"), lambda m, e: date_text(e.effective_date), lambda m, e: f"{e.effective_date.isoformat()}#{e.id:010d}", tooltip=QT_TRANSLATE_NOOP("EmployeeFile", "The date the change took effect")),
        TimelineColumn.EVENT: Column(QT_TRANSLATE_NOOP("EmployeeFile", "Event"), lambda m, e: label("event", e.kind), lambda m, e: label("event", e.kind)),
        TimelineColumn.CHANGES: Column(QT_TRANSLATE_NOOP("EmployeeFile", "What changed"), lambda m, e: m.changes_text(e), lambda m, e: m.changes_text(e)),
        TimelineColumn.REASON: Column(QT_TRANSLATE_NOOP("EmployeeFile", "Reason"), lambda m, e: e.reason or "", lambda m, e: e.reason or ""),
        TimelineColumn.NOTE: Column(QT_TRANSLATE_NOOP("EmployeeFile", "Note"), lambda m, e: stored_note(e.note), lambda m, e: stored_note(e.note)),
        TimelineColumn.STATE: Column(QT_TRANSLATE_NOOP("EmployeeFile", "Corrections"), lambda m, e: m.state_text(e), lambda m, e: m.state_text(e), tooltip=QT_TRANSLATE_NOOP("EmployeeFile", "Entries corrected or withdrawn later stay on record, struck through")),
        TimelineColumn.RECORDED: Column(QT_TRANSLATE_NOOP("EmployeeFile", "Recorded"), lambda m, e: QCoreApplication.translate("EmployeeFile", "{0} by {1}").format(timestamp_text(e.recorded_at), e.recorded_by), lambda m, e: e.recorded_at, tooltip=QT_TRANSLATE_NOOP("EmployeeFile", "When and by whom the entry was made")),
        TimelineColumn.ATTACHMENTS: Column(QT_TRANSLATE_NOOP("EmployeeFile", "Attachments"), lambda m, e: QLocale().toString(e.attachment_count) if e.attachment_count else "", lambda m, e: e.attachment_count, _RIGHT),
    }  # fmt: skip

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._by_id: dict[int, TimelineEntry] = {}
        self._names = Names({}, {}, {})
        self._salary_visible = False

    def columns(self) -> Sequence[Column]:
        return list(self.COLUMNS.values())

    def set_rows(self, rows: Sequence[TimelineEntry], names: Names | None = None) -> None:
        self._by_id = {e.id: e for e in rows}
        if names is not None:
            self._names = names
        super().set_rows(rows)

    def set_salary_visible(self, visible: bool) -> None:
        if visible == self._salary_visible:
            return
        self._salary_visible = visible
        if self._rows:
            column = TimelineColumn.CHANGES
            self.dataChanged.emit(
                self.index(0, column),
                self.index(len(self._rows) - 1, column),
                [Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole, SORT_ROLE],
            )

    def changes_text(self, entry: TimelineEntry) -> str:
        details = entry.details
        names = self._names
        parts: list[str] = []
        if "department_id" in details:
            department = details["department_id"]
            parts.append(
                QCoreApplication.translate("EmployeeFile", "Department: {0}").format(
                    names.departments.get(department, f"#{department}")
                )
            )
        if "position_id" in details:
            position = details["position_id"]
            parts.append(
                QCoreApplication.translate("EmployeeFile", "Position: {0}").format(
                    names.positions.get(position, f"#{position}")
                )
            )
        if details.get("grade"):
            parts.append(
                QCoreApplication.translate("EmployeeFile", "Grade: {0}").format(details["grade"])
            )
        if details.get("monthly_salary_cents") is not None:
            salary = details["monthly_salary_cents"]
            shown = money_text(salary) if self._salary_visible else MASKED_MONEY
            parts.append(QCoreApplication.translate("EmployeeFile", "Salary: {0}").format(shown))
        if "supervisor_id" in details:
            supervisor = details["supervisor_id"]
            who = (
                names.people.get(supervisor, f"#{supervisor}")
                if supervisor is not None
                else QCoreApplication.translate("EmployeeFile", "the department head")
            )
            parts.append(QCoreApplication.translate("EmployeeFile", "Supervisor: {0}").format(who))
        if isinstance(details.get("probation_end"), dt.date):
            parts.append(
                QCoreApplication.translate("EmployeeFile", "Probation until {0}").format(
                    date_text(details["probation_end"])
                )
            )
        if details.get("contract_type"):
            parts.append(label("contract_type", details["contract_type"]))
        if isinstance(details.get("contract_end"), dt.date):
            parts.append(
                QCoreApplication.translate("EmployeeFile", "until {0}").format(
                    date_text(details["contract_end"])
                )
            )
        if "voluntary" in details:
            parts.append(
                QCoreApplication.translate("EmployeeFile", "Voluntary")
                if details["voluntary"]
                else QCoreApplication.translate("EmployeeFile", "Not voluntary")
            )
        return " · ".join(parts)

    def state_text(self, entry: TimelineEntry) -> str:
        if entry.replaced_by_id is not None:
            replacement = self._by_id.get(entry.replaced_by_id)
            when = date_text(timestamp_date(replacement.recorded_at)) if replacement else ""
            if replacement is not None and replacement.kind == "void":
                return QCoreApplication.translate("EmployeeFile", "Withdrawn on {0}").format(when)
            return QCoreApplication.translate("EmployeeFile", "Corrected on {0}").format(when)
        if entry.corrects_id is not None:
            original = self._by_id.get(entry.corrects_id)
            day = date_text(original.effective_date) if original else ""
            if entry.kind == "void":
                return QCoreApplication.translate(
                    "EmployeeFile", "Withdraws the entry of {0}"
                ).format(day)
            return QCoreApplication.translate("EmployeeFile", "Corrects the entry of {0}").format(
                day
            )
        return ""

    def foreground(self, row: TimelineEntry) -> QColor | None:
        return None if row.is_effective else tone_color("muted")

    def tooltip(self, row: TimelineEntry, column: int) -> str | None:
        if column == TimelineColumn.ATTACHMENTS and row.attachment_count:
            return QCoreApplication.translate(
                "EmployeeFile", "Double-click to see the scans of this entry"
            )
        return None

    def font(self, row: TimelineEntry) -> QFont | None:
        if row.replaced_by_id is None:
            return None
        font = QFont()
        font.setStrikeOut(True)
        return font


# --- education, work history, rewards, training, certificates --------------------------------


class RecordColumn(IntEnum):
    KIND = 0
    TITLE = 1
    START = 2
    END = 3
    DEGREE = 4
    MAJOR = 5
    STUDY_MODE = 6
    POSITION = 7
    LEAVING_REASON = 8
    LEVEL = 9
    AMOUNT = 10
    HOURS = 11
    RESULT = 12
    CERTIFICATE = 13
    NUMBER = 14
    ISSUER = 15
    NOTE = 16


def _detail(key: str) -> Callable[[Any, RecordEntry], str]:
    return lambda m, r: str(r.details.get(key) or "")


RECORD_COLUMNS = {
    RecordColumn.KIND: Column(QT_TRANSLATE_NOOP("EmployeeFile", "Kind"), lambda m, r: label("record", r.kind), lambda m, r: label("record", r.kind)),
    RecordColumn.TITLE: Column(QT_TRANSLATE_NOOP("EmployeeFile", "Title"), lambda m, r: r.title, lambda m, r: r.title),
    RecordColumn.START: Column(QT_TRANSLATE_NOOP("EmployeeFile", "From"), lambda m, r: date_text(r.start_date), lambda m, r: _iso(r.start_date)),
    RecordColumn.END: Column(QT_TRANSLATE_NOOP("EmployeeFile", "To"), lambda m, r: date_text(r.end_date), lambda m, r: _iso(r.end_date)),
    RecordColumn.DEGREE: Column(QT_TRANSLATE_NOOP("EmployeeFile", "Degree"), _detail("degree"), _detail("degree")),
    RecordColumn.MAJOR: Column(QT_TRANSLATE_NOOP("EmployeeFile", "Major"), _detail("major"), _detail("major")),
    RecordColumn.STUDY_MODE: Column(QT_TRANSLATE_NOOP("EmployeeFile", "Study mode"), _detail("study_mode"), _detail("study_mode")),
    RecordColumn.POSITION: Column(QT_TRANSLATE_NOOP("EmployeeFile", "Position"), _detail("position"), _detail("position")),
    RecordColumn.LEAVING_REASON: Column(QT_TRANSLATE_NOOP("EmployeeFile", "Reason for leaving"), _detail("leaving_reason"), _detail("leaving_reason")),
    RecordColumn.LEVEL: Column(QT_TRANSLATE_NOOP("EmployeeFile", "Level"), _detail("level"), _detail("level")),
    RecordColumn.AMOUNT: Column(QT_TRANSLATE_NOOP("EmployeeFile", "Amount"), lambda m, r: amount_text(r.details.get("amount")), lambda m, r: _number(r.details.get("amount")), _RIGHT),
    RecordColumn.HOURS: Column(QT_TRANSLATE_NOOP("EmployeeFile", "Hours"), lambda m, r: number_text(r.details.get("hours")), lambda m, r: _number(r.details.get("hours")), _RIGHT),
    RecordColumn.RESULT: Column(QT_TRANSLATE_NOOP("EmployeeFile", "Result"), _detail("result"), _detail("result")),
    RecordColumn.CERTIFICATE: Column(QT_TRANSLATE_NOOP("EmployeeFile", "Certificate"), _detail("certificate"), _detail("certificate")),
    RecordColumn.NUMBER: Column(QT_TRANSLATE_NOOP("EmployeeFile", "Number"), _detail("number"), _detail("number")),
    RecordColumn.ISSUER: Column(QT_TRANSLATE_NOOP("EmployeeFile", "Issued by"), _detail("issuer"), _detail("issuer")),
    RecordColumn.NOTE: Column(QT_TRANSLATE_NOOP("EmployeeFile", "Note"), lambda m, r: stored_note(r.note), lambda m, r: stored_note(r.note)),
}  # fmt: skip


@dataclass(frozen=True)
class RecordLayout:
    """Which record kinds one table lists and its columns, with headers fitting those kinds."""

    kinds: tuple[str, ...]
    columns: tuple[tuple[RecordColumn, str], ...]  # (column, header source text or "")


RECORD_LAYOUTS = {
    "education": RecordLayout(("education",), (
        (RecordColumn.TITLE, QT_TRANSLATE_NOOP("EmployeeFile", "School")),
        (RecordColumn.DEGREE, ""), (RecordColumn.MAJOR, ""),
        (RecordColumn.START, ""), (RecordColumn.END, ""),
    )),
    "work_history": RecordLayout(("work_history",), (
        (RecordColumn.TITLE, QT_TRANSLATE_NOOP("EmployeeFile", "Employer")),
        (RecordColumn.POSITION, ""), (RecordColumn.START, ""), (RecordColumn.END, ""),
        (RecordColumn.LEAVING_REASON, ""),
    )),
    "rewards": RecordLayout(("reward", "penalty"), (
        (RecordColumn.KIND, ""),
        (RecordColumn.START, QT_TRANSLATE_NOOP("EmployeeFile", "Date")),
        (RecordColumn.TITLE, ""), (RecordColumn.LEVEL, ""), (RecordColumn.AMOUNT, ""),
        (RecordColumn.NOTE, ""),
    )),
    "training": RecordLayout(("training",), (
        (RecordColumn.TITLE, QT_TRANSLATE_NOOP("EmployeeFile", "Course")),
        (RecordColumn.START, ""), (RecordColumn.END, ""), (RecordColumn.HOURS, ""),
        (RecordColumn.RESULT, ""), (RecordColumn.CERTIFICATE, ""),
    )),
    "certificates": RecordLayout(("certificate",), (
        (RecordColumn.TITLE, QT_TRANSLATE_NOOP("EmployeeFile", "Name")),
        (RecordColumn.NUMBER, ""), (RecordColumn.ISSUER, ""),
        (RecordColumn.START, QT_TRANSLATE_NOOP("EmployeeFile", "Issued")),
        (RecordColumn.END, QT_TRANSLATE_NOOP("EmployeeFile", "Expires")),
    )),
}  # fmt: skip


class RecordsModel(RowsModel):
    """One table of records (education, rewards…); certificates are tinted as they expire."""

    def __init__(self, layout: RecordLayout, parent=None, *, today: dt.date | None = None) -> None:
        super().__init__(parent)
        self.layout = layout
        self._today = today
        self._columns = [
            Column(
                header or RECORD_COLUMNS[key].header,
                RECORD_COLUMNS[key].display,
                RECORD_COLUMNS[key].sort_key,
                RECORD_COLUMNS[key].align,
            )
            for key, header in layout.columns
        ]

    def columns(self) -> Sequence[Column]:
        return self._columns

    def column_of(self, key: RecordColumn) -> int:
        return [k for k, _header in self.layout.columns].index(key)

    def set_rows(self, rows: Sequence[RecordEntry]) -> None:
        super().set_rows([r for r in rows if r.kind in self.layout.kinds])

    def expiry(self, record: RecordEntry) -> str:
        """ "expired", "soon" or "" for a certificate's end date."""
        if record.kind != "certificate" or record.end_date is None:
            return ""
        today = self._today or dt.date.today()
        if record.end_date < today:
            return "expired"
        if (record.end_date - today).days <= CERTIFICATE_WARNING_DAYS:
            return "soon"
        return ""

    def foreground(self, row: RecordEntry) -> QColor | None:
        state = self.expiry(row)
        if state == "expired":
            return tone_color("error")
        if state == "soon":
            return tone_color("warning")
        return None

    def tooltip(self, row: RecordEntry, column: int) -> str | None:
        state = self.expiry(row)
        if state == "expired":
            return QCoreApplication.translate("EmployeeFile", "Expired on {0}").format(
                date_text(row.end_date)
            )
        if state == "soon":
            return QCoreApplication.translate("EmployeeFile", "Expires on {0}").format(
                date_text(row.end_date)
            )
        return None


# --- attachments -------------------------------------------------------------------------------


class AttachmentColumn(IntEnum):
    FILE_NAME = 0
    CATEGORY = 1
    BELONGS_TO = 2
    SIZE = 3
    ADDED_AT = 4
    ADDED_BY = 5


@dataclass(frozen=True)
class Owners:
    """What attachments can belong to: the file's timeline entries, contracts and records."""

    events: Mapping[int, TimelineEntry] = field(default_factory=dict)
    contracts: Mapping[int, ContractEntry] = field(default_factory=dict)
    records: Mapping[int, RecordEntry] = field(default_factory=dict)
    contract_ordinals: Mapping[int, int] = field(default_factory=dict)

    @classmethod
    def of(
        cls,
        timeline: Sequence[TimelineEntry] = (),
        contracts: Sequence[ContractEntry] = (),
        records: Sequence[RecordEntry] = (),
    ) -> Owners:
        return cls(
            {e.id: e for e in timeline},
            {c.id: c for c in contracts},
            {r.id: r for r in records},
            contract_ordinals(contracts),
        )

    def text(self, attachment: AttachmentEntry) -> str:
        """What the attachment belongs to, in words; empty for one linked to nothing."""
        if attachment.event_id is not None and attachment.event_id in self.events:
            return event_text(self.events[attachment.event_id])
        if attachment.contract_id is not None and attachment.contract_id in self.contracts:
            contract = self.contracts[attachment.contract_id]
            return contract_text(contract, self.contract_ordinals.get(contract.id, 0))
        if attachment.record_id is not None and attachment.record_id in self.records:
            return self.records[attachment.record_id].title
        return ""


class AttachmentsModel(RowsModel):
    COLUMNS = {
        AttachmentColumn.FILE_NAME: Column(QT_TRANSLATE_NOOP("EmployeeFile", "File"), lambda m, a: a.file_name, lambda m, a: a.file_name.casefold()),
        AttachmentColumn.CATEGORY: Column(QT_TRANSLATE_NOOP("EmployeeFile", "Category"), lambda m, a: label("attachment", a.category), lambda m, a: label("attachment", a.category)),
        AttachmentColumn.BELONGS_TO: Column(QT_TRANSLATE_NOOP("EmployeeFile", "Belongs to"), lambda m, a: m.owners.text(a), lambda m, a: m.owners.text(a).casefold(), tooltip=QT_TRANSLATE_NOOP("EmployeeFile", "The timeline entry, contract or record this file is a scan of")),
        AttachmentColumn.SIZE: Column(QT_TRANSLATE_NOOP("EmployeeFile", "Size"), lambda m, a: QLocale().formattedDataSize(a.size), lambda m, a: a.size, _RIGHT),
        AttachmentColumn.ADDED_AT: Column(QT_TRANSLATE_NOOP("EmployeeFile", "Added on"), lambda m, a: timestamp_text(a.added_at), lambda m, a: a.added_at),
        AttachmentColumn.ADDED_BY: Column(QT_TRANSLATE_NOOP("EmployeeFile", "Added by"), lambda m, a: a.added_by, lambda m, a: a.added_by),
    }  # fmt: skip

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._icons: dict[str, QIcon] = {}
        self.owners = Owners()

    def columns(self) -> Sequence[Column]:
        return list(self.COLUMNS.values())

    def set_rows(self, rows: Sequence[AttachmentEntry], owners: Owners | None = None) -> None:
        if owners is not None:
            self.owners = owners
        super().set_rows(rows)

    def decoration(self, row: AttachmentEntry, column: int) -> QIcon | None:
        if column != AttachmentColumn.FILE_NAME:
            return None
        if row.media_type.startswith("image/"):
            name = "image"
        elif row.media_type == "application/pdf":
            name = "file-text"
        else:
            name = "paperclip"
        if name not in self._icons:
            self._icons[name] = icon(name)
        return self._icons[name]

    def row_of(self, attachment_id: int) -> int:
        return next((n for n, a in enumerate(self._rows) if a.id == attachment_id), -1)


# --- the file's own audit history -------------------------------------------------------------


class HistoryColumn(IntEnum):
    TIME = 0
    ACTOR = 1
    ACTION = 2
    SECTION = 3
    CHANGES = 4


class HistoryModel(RowsModel):
    COLUMNS = {
        HistoryColumn.TIME: Column(QT_TRANSLATE_NOOP("EmployeeFile", "Time"), lambda m, h: timestamp_text(h.occurred_at), lambda m, h: f"{h.occurred_at}#{h.id:012d}", tooltip=QT_TRANSLATE_NOOP("EmployeeFile", "When it happened (this computer's time)")),
        HistoryColumn.ACTOR: Column(QT_TRANSLATE_NOOP("EmployeeFile", "Who"), lambda m, h: h.actor, lambda m, h: h.actor),
        HistoryColumn.ACTION: Column(QT_TRANSLATE_NOOP("EmployeeFile", "Action"), lambda m, h: label("audit_action", h.action), lambda m, h: label("audit_action", h.action)),
        HistoryColumn.SECTION: Column(QT_TRANSLATE_NOOP("EmployeeFile", "Section"), lambda m, h: label("entity", h.entity), lambda m, h: label("entity", h.entity)),
        HistoryColumn.CHANGES: Column(QT_TRANSLATE_NOOP("EmployeeFile", "Changes"), lambda m, h: "\n".join(history_lines(h)), lambda m, h: "\n".join(history_lines(h)), tooltip=QT_TRANSLATE_NOOP("EmployeeFile", "Sensitive values stay masked here too")),
    }  # fmt: skip

    def columns(self) -> Sequence[Column]:
        return list(self.COLUMNS.values())
