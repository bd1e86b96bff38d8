"""Taking legacy rosters (花名册) into the vault: a dry run that shows every change first, then
one transaction that writes what is sound. Reading and cleaning are exchange/roster's job.

What a roster row becomes:
- a new employee: the personal data (with the emergency contact and officer-defined fields), a
  hire event on the hire date (department and position created when the vault has none of
  that name; grade, salary and probation end when the roster has them), a confirmation on the
  转正 date once it has passed, a contract (number, type, start — the hire date when the
  roster has none, which the contract's note says — and end), the education as a record, and —
  for people who left — a separation on the leave date with its reason;
- an existing employee (same employee number): personal fields the vault does not have yet are
  filled in; a value the roster contradicts is a conflict, kept as it is unless the officer
  chose to overwrite personal data. Job history (department, position, dates, status) is never
  rewritten by an import: contradictions there are reported for the officer to record as dated
  steps in the file.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import json
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from ehr_desktop.domain import lifecycle as rules
from ehr_desktop.domain.lifecycle import Kind
from ehr_desktop.domain.pinyin import initials
from ehr_desktop.exchange import roster
from ehr_desktop.gc_pause import collection_paused
from ehr_desktop.persistence.audit import insert_rows
from ehr_desktop.persistence.bulk import indexes_built_after
from ehr_desktop.persistence.models import (
    Contract,
    CustomField,
    Department,
    DepartmentEvent,
    Employee,
    EmployeeRecord,
    EmploymentEvent,
    Position,
    utc_now_text,
)
from ehr_desktop.services import settings
from ehr_desktop.services.organization import SEPARATOR, department_paths
from ehr_desktop.services.progress import Progress
from ehr_desktop.services.roster_reading import ReadEvent, events_of

# Re-exported: the screens and tests read and import through this one module.
from ehr_desktop.services.roster_reading import read_files as read_files
from ehr_desktop.services.vaults import UnlockedVault

KEEP, OVERWRITE = "keep", "overwrite"
# json.dumps(…, ensure_ascii=False[, sort_keys=True]) built once: used for every new row.
_JSON = json.JSONEncoder(ensure_ascii=False)
_SORTED_JSON = json.JSONEncoder(ensure_ascii=False, sort_keys=True)
_BATCH = 5_000  # roster rows turned into database rows before they are written
_BULK_TABLES = ("employees", "employment_events", "contracts", "employee_records")

# Roster field -> Employee column, for what an import may fill in or (on request) overwrite.
PERSONAL = {
    "name": "name",
    "gender": "gender",
    "id_number": "id_number",
    "birth_date": "birth_date",
    "phone": "mobile",
    "ethnicity": "ethnicity",
    "marital_status": "marital_status",
    "political_status": "political_status",
    "email": "email",
    "native_place": "native_place",
    "hukou_type": "hukou_type",
    "hukou_address": "hukou_address",
    "current_address": "current_address",
    "first_work_date": "first_work_date",
}
CUSTOM_PREFIX = roster.CUSTOM_PREFIX
# Stored markers, not sentences: the GUI words them (gui.labels.stored_note).
IMPORT_NOTE = "Imported from roster"
IMPORT_NOTE_START_FROM_HIRE = f"{IMPORT_NOTE}: start date taken from the hire date"


@dataclass(frozen=True)
class Change:
    field: str
    old: Any
    new: Any


@dataclass(frozen=True)
class PlannedRow:
    record: roster.RosterRecord
    source: str  # file name
    action: str  # "create" | "update" | "unchanged"
    employee_id: int | None
    changes: tuple[Change, ...] = ()
    conflicts: tuple[Change, ...] = ()  # vault and roster disagree; kept unless overwrite
    notes: tuple[str, ...] = ()  # e.g. "no_hire_date", "left_without_leave_date"


@dataclass(frozen=True)
class RejectedEntry:
    source: str
    row: roster.RejectedRow


@dataclass(frozen=True)
class ImportPlan:
    files: tuple[roster.RosterReading, ...]
    rows: tuple[PlannedRow, ...]
    rejected: tuple[RejectedEntry, ...]
    on_conflict: str = KEEP
    counts: dict[str, int] = field(default_factory=dict)


def _gender(value: str | None) -> str | None:
    return {"male": "M", "female": "F"}.get(value or "")


def custom_field_kinds(vault: UnlockedVault) -> dict[str, roster.CustomField]:
    """The officer-defined fields a roster column may be mapped to ("custom:<key>")."""
    with vault.database.reading() as session:
        return {
            f.key: roster.CustomField(f.kind, tuple(json.loads(f.choices or "[]")))
            for f in session.scalars(select(CustomField).where(CustomField.retired.is_(False)))
        }


def plan(
    vault: UnlockedVault,
    readings: Sequence[roster.RosterReading],
    *,
    on_conflict: str = KEEP,
    today: dt.date | None = None,
) -> ImportPlan:
    """The dry run: what importing these readings would create, update or leave, and why."""
    return plan_stream(vault, events_of(readings), on_conflict=on_conflict, today=today)


def plan_stream(
    vault: UnlockedVault,
    events: Iterable[ReadEvent],
    *,
    on_conflict: str = KEEP,
    today: dt.date | None = None,
) -> ImportPlan:
    """The dry run of files still being read (roster_reading.FilesBeingRead): each part of
    records is planned as it comes."""
    with collection_paused(), vault.database.reading() as session:
        planner = _Planner(session, on_conflict, today or dt.date.today())
        for event in events:
            planner.take(event)
        return planner.plan()


class _Planner:
    """Plans records part by part, in the order they are read: what each row would create,
    update or leave, and which rows are rejected."""

    def __init__(self, session: Session, on_conflict: str, today: dt.date) -> None:
        self.on_conflict = on_conflict
        self.today = today
        self.existing = {
            e.employee_no: e
            for e in session.execute(
                select(
                    Employee.id,
                    Employee.employee_no,
                    Employee.name,
                    Employee.gender,
                    Employee.id_number,
                    Employee.birth_date,
                    Employee.mobile,
                    Employee.ethnicity,
                    Employee.marital_status,
                    Employee.political_status,
                    Employee.email,
                    Employee.native_place,
                    Employee.hukou_type,
                    Employee.hukou_address,
                    Employee.current_address,
                    Employee.first_work_date,
                    Employee.emergency_contacts,
                    Employee.custom_values,
                    Employee.hire_date,
                    Employee.status,
                    Employee.leave_date,
                    Employee.department_id,
                    Employee.position_id,
                )
            )
        }
        self.paths = department_paths(session)
        self.titles = dict(session.execute(select(Position.id, Position.title)).all())
        self.rows: list[PlannedRow] = []
        self.files: list[roster.RosterReading] = []
        self.rejected: list[RejectedEntry] = []
        self.duplicates: list[RejectedEntry] = []  # the file being read's, listed after its own
        self.seen: set[str] = set()  # employee numbers planned so far
        self.says_status: dict[tuple[Path, str], bool] = {}  # (file, sheet) -> has a status

    def take(self, event: ReadEvent) -> list[PlannedRow]:
        """Plans a part's records and returns their rows; a file's whole reading closes it."""
        if isinstance(event, roster.RosterReading):
            source = event.path.name
            self.files.append(event)
            self.rejected.extend(RejectedEntry(source, r) for r in event.rejected)
            self.rejected.extend(self.duplicates)
            self.duplicates = []
            return []
        for layout in event.layouts:
            self.says_status[event.path, layout.name] = bool(
                layout.column_of("status") is not None or layout.implied_status
            )
        planned = [
            row for record in event.records if (row := self._row(event.path, record)) is not None
        ]
        self.rows.extend(planned)
        return planned

    def _row(self, path: Path, record: roster.RosterRecord) -> PlannedRow | None:
        today, source = self.today, path.name
        says_status = self.says_status.get((path, record.sheet), False)
        record = _status_from_leave_date(record, says_status, today)
        values = record.values
        number = values["employee_no"]
        if number in self.seen:  # the same person in two files: the first file wins
            self.duplicates.append(
                RejectedEntry(
                    source,
                    roster.RejectedRow(
                        record.sheet,
                        record.row,
                        record.line,
                        roster.Issue("duplicate_employee_no", "employee_no", number, None),
                        {},
                    ),
                )
            )
            return None
        self.seen.add(number)
        notes = _notes(values, today, says_status)
        current = self.existing.get(number)
        if current is None:
            return PlannedRow(record, source, "create", None, notes=notes)
        changes, conflicts = [], []
        for roster_field, column in PERSONAL.items():
            new = values.get(roster_field)
            if roster_field == "gender":
                new = _gender(new)
            old = getattr(current, column)
            if new is None or new == old:
                continue
            (changes if old is None else conflicts).append(Change(roster_field, old, new))
        stored = json.loads(current.custom_values or "{}")
        for key, new in values.items():
            if not key.startswith(CUSTOM_PREFIX) or new is None:
                continue
            old = stored.get(key.removeprefix(CUSTOM_PREFIX))
            if new != old:
                (changes if old is None else conflicts).append(Change(key, old, new))
        contact = _emergency_contact(values)
        if contact and json.loads(current.emergency_contacts or "[]") == []:
            changes.append(Change("emergency_contacts", None, [contact]))
        job_now = {
            "department": self.paths.get(current.department_id),
            "position": self.titles.get(current.position_id),
            "hire_date": current.hire_date,
            "status": "left" if current.status == "left" else "active",
            "leave_date": current.leave_date,
        }
        for job_field, old in job_now.items():
            new = values.get(job_field)
            if new is not None and old is not None and new != old:
                conflicts.append(Change(job_field, old, new))
        if self.on_conflict == OVERWRITE:
            personal_conflicts = [c for c in conflicts if _personal(c.field)]
            changes += personal_conflicts
            conflicts = [c for c in conflicts if not _personal(c.field)]
        action = "update" if changes else "unchanged"
        return PlannedRow(
            record, source, action, current.id, tuple(changes), tuple(conflicts), notes
        )

    def plan(self) -> ImportPlan:
        rows, rejected = self.rows, self.rejected
        actions = Counter(r.action for r in rows)
        reasons: Counter[str] = Counter()
        flagged = conflicted = 0
        for row in rows:
            if row.record.warnings or row.notes:
                flagged += 1
                reasons.update(issue.code for issue in row.record.warnings)
                reasons.update(row.notes)
            conflicted += bool(row.conflicts)
        reasons.update(entry.row.issue.code for entry in rejected)
        counts = {
            "created": actions["create"],
            "updated": actions["update"],
            "unchanged": actions["unchanged"],
            "rejected": len(rejected),
            "flagged": flagged,
            "conflicts": conflicted,
            **reasons,
        }
        return ImportPlan(tuple(self.files), tuple(rows), tuple(rejected), self.on_conflict, counts)


def _personal(field_name: str) -> bool:
    return field_name in PERSONAL or field_name.startswith(CUSTOM_PREFIX)


def _emergency_contact(values: dict[str, Any]) -> dict[str, str] | None:
    name, phone = values.get("emergency_contact"), values.get("emergency_phone")
    if not name and not phone:
        return None
    return {
        "name": name or "",
        "relation": values.get("emergency_relation") or "",
        "phone": phone or "",
    }


def _status_from_leave_date(
    record: roster.RosterRecord, says_status: bool, today: dt.date
) -> roster.RosterRecord:
    """A past leave date on a sheet that does not say the status (or in a word the reader did
    not know) means the person left."""
    values = record.values
    leave = values.get("leave_date")
    if leave is None or leave > today or values.get("status") == "left":
        return record
    if says_status and values.get("status") is not None:
        return record  # 在职 with a past leave date: a contradiction, noted, not resolved
    return replace(record, values={**values, "status": "left"})


def _leaving(values: dict[str, Any], today: dt.date) -> dt.date | None:
    """The separation the roster records: a departed person's leave date, or the coming one
    of someone still employed (待离职)."""
    leave = values.get("leave_date")
    if leave is None or (values.get("status") != "left" and leave <= today):
        return None
    return leave


def _notes(values: dict[str, Any], today: dt.date, says_status: bool) -> tuple[str, ...]:
    """Row-level facts the officer should know: what could not become history as written."""
    notes = []
    hired = values.get("hire_date")
    if hired is None:
        notes.append("no_hire_date")
        return tuple(notes)
    leave = values.get("leave_date")
    if values.get("status") == "left" and leave is None:
        notes.append("left_without_leave_date")
    elif leave is not None and leave <= hired:
        notes.append("leave_before_hire")
    elif leave is not None and leave <= today and values.get("status") != "left" and says_status:
        notes.append("active_with_past_leave_date")
    probation_end = values.get("probation_end")
    if probation_end is not None and probation_end <= hired:
        notes.append("probation_end_before_hire")
    start = values.get("contract_start") or hired
    end = values.get("contract_end")
    if end is not None and end <= start:
        notes.append("contract_end_before_start")
    return tuple(notes)


@dataclass(frozen=True)
class ImportResult:
    created: int
    updated: int
    unchanged: int
    rejected: int
    departments_created: int
    positions_created: int


def apply(
    vault: UnlockedVault,
    readings: Sequence[roster.RosterReading],
    *,
    on_conflict: str = KEEP,
    progress: Progress | None = None,
    today: dt.date | None = None,
) -> tuple[ImportPlan, ImportResult]:
    """Imports in one unit of work: all of it, or (cancelled, killed, disk full) none of it.
    The plan is made again inside the transaction, so it is exactly what is written.

    New employees are written in bulk (one audit entry per row, as the ORM would write), so a
    roster of tens of thousands of people takes seconds, not minutes."""
    return apply_stream(
        vault,
        events_of(readings),
        on_conflict=on_conflict,
        progress=progress,
        today=today,
        rows_expected=sum(len(reading.records) for reading in readings),
    )


def apply_stream(
    vault: UnlockedVault,
    events: Iterable[ReadEvent],
    *,
    on_conflict: str = KEEP,
    progress: Progress | None = None,
    today: dt.date | None = None,
    rows_expected: int | None = None,
) -> tuple[ImportPlan, ImportResult]:
    """apply() for files still being read (roster_reading.FilesBeingRead): each part is
    planned and written as it comes, in the same one unit of work. A file refused midway
    (or a cancel) rolls back everything, parts already written included. Progress counts
    against `rows_expected` (all files' records) when known, else against what the reader
    expects of the files so far."""
    progress = progress or Progress()
    today = today or dt.date.today()
    with (
        collection_paused(),
        vault.database.unit_of_work() as session,
        contextlib.ExitStack() as late_indexes,
    ):
        planner = _Planner(session, on_conflict, today)
        organization = _Organization(session, vault)
        bulk = _Bulk(session, vault, today)
        updated = done = rows_before_file = 0
        indexes_decided = False
        for event in events:
            if isinstance(event, roster.RosterReading):
                planner.take(event)
                rows_before_file = done
                continue
            planned = planner.take(event)
            if planned and not indexes_decided:
                # The first part tells how much of the file is new: a write that will at least
                # double a table is faster with that table's indexes built after it.
                new_share = sum(r.action == "create" for r in planned) / len(planned)
                creating = round(new_share * max(event.rows_expected, len(planned)))
                # What a new employee adds at the least: the row, a hire event, mostly a
                # contract and an education record, and an audit entry for each.
                adding = {table: creating for table in _BULK_TABLES} | {"audit_log": 2 * creating}
                late_indexes.enter_context(indexes_built_after(session, adding))
                indexes_decided = True
            for row in planned:
                if row.action == "create":
                    bulk.add(row, organization)
                elif row.action == "update":
                    _update(session.get(Employee, row.employee_id), row.changes)
                    updated += 1
                done += 1
                if done % _BATCH == 0:
                    bulk.write()  # rows go out as they are made: memory stays flat
                if done % 1000 == 0:
                    total = rows_expected or rows_before_file + event.rows_expected
                    progress.step(done, max(done, total))
        bulk.write()
        late_indexes.close()  # indexes back before the unit of work commits
        the_plan = planner.plan()
        progress.step(done, done)
        result = ImportResult(
            bulk.created,
            updated,
            the_plan.counts["unchanged"],
            the_plan.counts["rejected"],
            organization.departments_created,
            organization.positions_created,
        )
        return the_plan, result


def _update(employee: Employee, changes: Sequence[Change]) -> None:
    """Fills in (or, when the officer chose so, overwrites) personal fields; the ORM audits."""
    custom = json.loads(employee.custom_values or "{}")
    for change in changes:
        if change.field.startswith(CUSTOM_PREFIX):
            custom[change.field.removeprefix(CUSTOM_PREFIX)] = change.new
        elif change.field == "emergency_contacts":
            employee.emergency_contacts = json.dumps(change.new, ensure_ascii=False)
        else:
            setattr(employee, PERSONAL[change.field], change.new)
            if change.field == "name":
                employee.name_initials = initials(change.new) or None
    if any(change.field.startswith(CUSTOM_PREFIX) for change in changes):
        employee.custom_values = json.dumps(custom, ensure_ascii=False, sort_keys=True)


class _Bulk:
    """Rows for new employees, their events, contracts and records, written through the
    driver's executemany and audited explicitly (one entry per row, as the ORM would write).
    The current state of each employee comes from the same lifecycle rules as the file's."""

    def __init__(self, session: Session, vault: UnlockedVault, today: dt.date) -> None:
        self.session = session
        self.vault = vault
        self.today = today
        self.now = utc_now_text()
        self.actor = vault.database.audit.actor

        def next_id(model) -> int:
            return (session.scalar(select(func.max(model.id))) or 0) + 1

        self.employee_id = next_id(Employee)
        self.event_id = next_id(EmploymentEvent)
        self.contract_id = next_id(Contract)
        self.record_id = next_id(EmployeeRecord)
        self.employees: list[dict] = []
        self.events: list[dict] = []
        self.contracts: list[dict] = []
        self.records: list[dict] = []
        self.written = 0  # employees already written

    @property
    def created(self) -> int:
        return self.written + len(self.employees)

    def _event(
        self,
        employee_id: int,
        kind: Kind,
        on: dt.date,
        details: dict,
        reason: str | None = None,
    ) -> rules.Event:
        event_id = self.event_id
        self.event_id += 1
        self.events.append(
            {
                "id": event_id,
                "employee_id": employee_id,
                "kind": kind.value,
                "effective_date": on.isoformat(),
                "reason": reason,
                "note": IMPORT_NOTE,
                "details": _SORTED_JSON.encode(_stored(details)) if details else "{}",
                "recorded_at": self.now,
                "recorded_by": self.actor,
                "corrects_id": None,
            }
        )
        return rules.Event(kind, on, details, event_id)

    def add(self, row: PlannedRow, organization: _Organization) -> None:
        values = row.record.values
        employee_id = self.employee_id
        self.employee_id += 1
        events: list[rules.Event] = []
        hired = values.get("hire_date")
        if hired is not None:
            leave = _leaving(values, self.today)
            if leave is not None and leave <= hired:
                leave = None  # noted in the plan (leave_before_hire): never a history backwards
            events += self._history(employee_id, values, hired, leave, organization)
            self._contract(employee_id, values, hired, leave)
        self._education(employee_id, values)
        state = rules.replay(events, as_of=self.today).state
        contact = _emergency_contact(values)
        custom = {
            key.removeprefix(CUSTOM_PREFIX): value
            for key, value in values.items()
            if key.startswith(CUSTOM_PREFIX) and value is not None
        }
        self.employees.append(
            {
                "id": employee_id,
                "employee_no": values["employee_no"],
                "name": values["name"],
                "name_initials": initials(values["name"]) or None,
                "former_name": None,
                "gender": _gender(values.get("gender")),
                "ethnicity": values.get("ethnicity"),
                "birth_date": _iso(values.get("birth_date")),
                "id_type": "resident_id",
                "id_number": values.get("id_number"),
                "nationality": None,
                "native_place": values.get("native_place"),
                "hukou_type": values.get("hukou_type"),
                "hukou_address": values.get("hukou_address"),
                "current_address": values.get("current_address"),
                "marital_status": values.get("marital_status"),
                "political_status": values.get("political_status"),
                "mobile": values.get("phone"),
                "email": values.get("email"),
                "first_work_date": _iso(values.get("first_work_date")),
                "bank_name": None,
                "bank_account": None,
                "emergency_contacts": _JSON.encode([contact]) if contact else "[]",
                "custom_values": _SORTED_JSON.encode(custom) if custom else "{}",
                "supervisor_id": None,
                "probation_end": _iso(state.probation_end),
                "hire_date": _iso(state.hire_date),
                "leave_date": _iso(state.leave_date),
                "status": state.status.value,
                "department_id": state.department_id,
                "position_id": state.position_id,
                "grade": state.grade,
                "monthly_salary_cents": state.monthly_salary_cents,
                "created_at": self.now,
                "updated_at": self.now,
            }
        )

    def _history(
        self,
        employee_id: int,
        values: dict[str, Any],
        hired: dt.date,
        leave: dt.date | None,
        organization: _Organization,
    ) -> list[rules.Event]:
        details: dict[str, Any] = {}
        department_id = organization.department(values.get("department"), hired)
        position_id = organization.position(values.get("position"))
        if department_id is not None:
            details["department_id"] = department_id
        if position_id is not None:
            details["position_id"] = position_id
        if values.get("grade"):
            details["grade"] = values["grade"]
        if values.get("monthly_salary") is not None:
            details["monthly_salary_cents"] = values["monthly_salary"]
        probation_end = values.get("probation_end")
        if probation_end is not None and probation_end > hired:
            details["probation_end"] = probation_end
        events = [self._event(employee_id, Kind.HIRE, hired, details)]
        # The roster's 转正日期 once passed (and before any leaving) is the confirmation.
        last_day = min(self.today, leave) if leave is not None else self.today
        if "probation_end" in details and probation_end <= last_day and probation_end != leave:
            events.append(self._event(employee_id, Kind.CONFIRMATION, probation_end, {}))
        if leave is not None:
            events.append(
                self._event(employee_id, Kind.SEPARATION, leave, {}, values.get("leave_reason"))
            )
        return events

    def _contract(
        self, employee_id: int, values: dict[str, Any], hired: dt.date, leave: dt.date | None
    ) -> None:
        end = values.get("contract_end")
        kind = values.get("contract_type") or ("fixed_term" if end is not None else None)
        if kind is None:
            return
        if kind == "open_ended":
            end = None
        elif kind == "fixed_term" and end is None:
            return  # a fixed-term contract needs its end: nothing to record
        start = values.get("contract_start") or hired
        if end is not None and end <= start:
            return  # noted in the plan (contract_end_before_start)
        self.contracts.append(
            {
                "id": self.contract_id,
                "employee_id": employee_id,
                "contract_type": kind,
                "contract_no": values.get("contract_no"),
                "start_date": start.isoformat(),
                "end_date": _iso(end),
                "probation_end": None,
                "renews_id": None,
                "terminated_on": leave.isoformat()
                if leave is not None and start < leave and (end is None or leave < end)
                else None,
                "termination_reason": None,
                "note": IMPORT_NOTE
                if values.get("contract_start")
                else IMPORT_NOTE_START_FROM_HIRE,
                "recorded_at": self.now,
            }
        )
        self.contract_id += 1

    def _education(self, employee_id: int, values: dict[str, Any]) -> None:
        degree, school = values.get("education"), values.get("school")
        if not degree and not school:
            return
        pairs = (("degree", degree), ("major", values.get("major")))
        details = {key: value for key, value in pairs if value}
        self.records.append(
            {
                "id": self.record_id,
                "employee_id": employee_id,
                "kind": "education",
                "title": school or degree,
                "start_date": None,
                "end_date": None,
                "details": _SORTED_JSON.encode(details),
                "note": IMPORT_NOTE,
                "recorded_at": self.now,
            }
        )
        self.record_id += 1

    def write(self) -> None:
        """Writes and audits the rows made so far (inside the import's transaction)."""
        audit = self.vault.database.audit
        for table, rows in (
            ("employees", self.employees),
            ("employment_events", self.events),
            ("contracts", self.contracts),
            ("employee_records", self.records),
        ):
            insert_rows(self.session, table, rows, dates_as_text=True)
            audit.append_created(self.session, table, rows)
            self.written += len(rows) if table == "employees" else 0
            rows.clear()


def _iso(day: dt.date | None) -> str | None:
    """A date as the database holds it (the rows here are written and audited as text)."""
    return None if day is None else day.isoformat()


def _stored(details: dict[str, Any]) -> dict[str, Any]:
    """Event details as the lifecycle service stores them (dates as ISO text)."""
    return {k: v.isoformat() if isinstance(v, dt.date) else v for k, v in details.items()}


class _Organization:
    """Departments (by path) and positions (by title) the import finds or creates."""

    def __init__(self, session: Session, vault: UnlockedVault) -> None:
        self.session = session
        self.vault = vault
        self.paths = {path: dept_id for dept_id, path in department_paths(session).items()}
        self.titles = {
            title: pid for pid, title in session.execute(select(Position.id, Position.title))
        }
        self.found: dict[str, int | None] = {}  # a roster's path as written -> department
        self.departments_created = 0
        self.positions_created = 0

    def department(self, path: str | None, on: dt.date) -> int | None:
        if not path:
            return None
        known = self.found.get(path)
        if known is None:
            known = self.found[path] = self._department(path, on)
        return known

    def _department(self, path: str, on: dt.date) -> int | None:
        parts = [part.strip() for part in path.split(SEPARATOR) if part.strip()]
        parent_id: int | None = None
        walked = ""
        for part in parts:
            walked = f"{walked}{SEPARATOR}{part}" if walked else part
            found = self.paths.get(walked)
            if found is None:
                department = Department(
                    name=part, parent_id=parent_id, established_on=on, sort_order=len(self.paths)
                )
                self.session.add(department)
                self.session.flush()
                self.session.add(
                    DepartmentEvent(
                        department_id=department.id,
                        kind="create",
                        effective_date=on,
                        details=json.dumps(
                            {"name": part, "parent_id": parent_id}, ensure_ascii=False
                        ),
                        note=IMPORT_NOTE,
                        recorded_by=self.vault.database.audit.actor,
                    )
                )
                found = self.paths[walked] = department.id
                self.departments_created += 1
            parent_id = found
        return parent_id

    def position(self, title: str | None) -> int | None:
        if not title:
            return None
        found = self.titles.get(title)
        if found is None:
            position = Position(title=title)
            self.session.add(position)
            self.session.flush()
            found = self.titles[title] = position.id
            self.positions_created += 1
        return found


# --- mapping profiles: how a roster of a given shape is read, remembered by name -------------

PROFILES_KEY = "roster_import.profiles"


@dataclass(frozen=True)
class MappingProfile:
    name: str
    mapping: dict[str, str]  # normalised header label -> field ("" = ignore)

    def fits(self, labels: Sequence[str]) -> float:
        """How much of a file's header this profile knows (0..1): offered when high."""
        known = set(self.mapping)
        labels = [label for label in labels if label]
        return sum(label in known for label in labels) / len(labels) if labels else 0.0


def profiles(vault: UnlockedVault) -> list[MappingProfile]:
    with vault.database.reading() as session:
        raw = settings.get(session, PROFILES_KEY, "[]")
    try:
        return [MappingProfile(p["name"], dict(p["mapping"])) for p in json.loads(raw)]
    except (ValueError, KeyError, TypeError):
        return []


def save_profile(vault: UnlockedVault, profile: MappingProfile) -> None:
    kept = [p for p in profiles(vault) if p.name != profile.name] + [profile]
    data = [{"name": p.name, "mapping": p.mapping} for p in sorted(kept, key=lambda p: p.name)]
    with vault.database.unit_of_work() as session:
        settings.put(session, PROFILES_KEY, json.dumps(data, ensure_ascii=False, sort_keys=True))


def usable_mapping(
    mapping: dict[str, str], custom_fields: dict[str, roster.CustomField]
) -> dict[str, str]:
    """A saved mapping without fields this version does not know (a profile from a later one)
    or officer-defined fields retired since ("" = ignore the column, always usable)."""

    def known(value: str) -> bool:
        if value.startswith(CUSTOM_PREFIX):
            return value.removeprefix(CUSTOM_PREFIX) in custom_fields
        return value == "" or value in roster.MAPPABLE

    return {key: value for key, value in mapping.items() if known(value)}


def best_profile(vault: UnlockedVault, labels: Sequence[str]) -> MappingProfile | None:
    """The saved profile that knows most of these header labels, if it knows nearly all."""
    scored = sorted(((p.fits(labels), p) for p in profiles(vault)), key=lambda t: -t[0])
    return scored[0][1] if scored and scored[0][0] >= 0.8 else None
