"""An employee's file: personal data, the job now, timeline, contracts, records, attachments,
custom fields, the audited reveal of masked values, and the file's own audit history."""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Mapping, Sequence
from dataclasses import asdict, dataclass, field
from typing import Any

from sqlalchemy import and_, or_, select
from sqlalchemy.orm import Session

from ehr_desktop.domain import contracts as contract_rules
from ehr_desktop.domain import people
from ehr_desktop.domain.errors import InvalidInput, NotFound
from ehr_desktop.domain.lifecycle import Kind
from ehr_desktop.domain.people import EmergencyContact, PersonalData, Problem
from ehr_desktop.domain.pinyin import initials
from ehr_desktop.persistence.audit import Change
from ehr_desktop.persistence.models import (
    Attachment,
    AuditLogEntry,
    Contract,
    CustomField,
    Department,
    Employee,
    EmployeeRecord,
    EmploymentEvent,
    KpiForm,
    KpiFormItem,
    KpiInput,
    KpiLogEntry,
    Position,
)
from ehr_desktop.services import lifecycle
from ehr_desktop.services.organization import department_paths
from ehr_desktop.services.vaults import UnlockedVault

CUSTOM_FIELD_KINDS = ("text", "number", "date", "choice")


@dataclass(frozen=True)
class CustomFieldDefinition:
    id: int
    key: str
    label: str
    kind: str
    choices: tuple[str, ...]
    retired: bool


@dataclass(frozen=True)
class JobNow:
    status: str
    department_id: int | None
    department: str  # path, "销售部/华东区"
    position_id: int | None
    position: str
    job_family: str
    grade: str | None
    monthly_salary_cents: int | None
    hire_date: dt.date | None
    first_hire_date: dt.date | None
    leave_date: dt.date | None
    probation_end: dt.date | None
    supervisor_id: int | None
    supervisor: str  # explicit supervisor, else the department head
    supervisor_is_default: bool


@dataclass(frozen=True)
class TimelineEntry:
    id: int
    kind: str
    effective_date: dt.date
    reason: str | None
    note: str | None
    details: Mapping[str, Any]
    recorded_at: str
    recorded_by: str
    corrects_id: int | None
    replaced_by_id: int | None  # set when a later correction or withdrawal replaced this one
    attachment_count: int

    @property
    def is_effective(self) -> bool:
        return self.replaced_by_id is None and self.kind != Kind.VOID.value


@dataclass(frozen=True)
class ContractEntry:
    id: int
    contract_type: str
    contract_no: str | None
    start_date: dt.date
    end_date: dt.date | None
    probation_end: dt.date | None
    renews_id: int | None
    terminated_on: dt.date | None
    termination_reason: str | None
    note: str | None
    is_current: bool


@dataclass(frozen=True)
class RecordEntry:
    id: int
    kind: str
    title: str
    start_date: dt.date | None
    end_date: dt.date | None
    details: Mapping[str, Any]
    note: str | None


@dataclass(frozen=True)
class AttachmentEntry:
    id: int
    category: str
    file_name: str
    media_type: str
    size: int
    added_at: str
    added_by: str
    event_id: int | None
    contract_id: int | None
    record_id: int | None


@dataclass(frozen=True)
class EmployeeFile:
    id: int
    personal: PersonalData
    job: JobNow
    timeline: tuple[TimelineEntry, ...]
    contracts: tuple[ContractEntry, ...]
    consecutive_fixed_terms: int
    records: tuple[RecordEntry, ...]
    attachments: tuple[AttachmentEntry, ...]
    custom_fields: tuple[CustomFieldDefinition, ...]
    photo_attachment_id: int | None
    updated_at: str = field(compare=False, default="")


@dataclass(frozen=True)
class HistoryEntry:
    id: int
    occurred_at: str
    actor: str
    action: str
    entity: str
    entity_id: str
    fields: Mapping[str, Any]


# --- reading ----------------------------------------------------------------------------------


def _personal(employee: Employee) -> PersonalData:
    contacts = tuple(
        EmergencyContact(c.get("name", ""), c.get("relation", ""), c.get("phone", ""))
        for c in json.loads(employee.emergency_contacts or "[]")
    )
    return PersonalData(
        employee_no=employee.employee_no,
        name=employee.name,
        gender=employee.gender,
        birth_date=employee.birth_date,
        id_type=employee.id_type,
        id_number=employee.id_number or "",
        former_name=employee.former_name or "",
        ethnicity=employee.ethnicity or "",
        nationality=employee.nationality or "",
        native_place=employee.native_place or "",
        hukou_type=employee.hukou_type or "",
        hukou_address=employee.hukou_address or "",
        current_address=employee.current_address or "",
        marital_status=employee.marital_status or "",
        political_status=employee.political_status or "",
        mobile=employee.mobile or "",
        email=employee.email or "",
        first_work_date=employee.first_work_date,
        bank_name=employee.bank_name or "",
        bank_account=employee.bank_account or "",
        emergency_contacts=contacts,
        custom_values=json.loads(employee.custom_values or "{}"),
    )


def _supervisor(session: Session, employee: Employee) -> tuple[int | None, str, bool]:
    if employee.supervisor_id is not None:
        name = session.scalar(select(Employee.name).where(Employee.id == employee.supervisor_id))
        return employee.supervisor_id, name or "", False
    # By default the head of the department, or of the nearest department above that has one
    # (a head's own supervisor is the head above).
    department_id = employee.department_id
    for _ in range(50):
        if department_id is None:
            break
        department = session.get(Department, department_id)
        if department is None:
            break
        head = department.head_employee_id
        if head is not None and head != employee.id:
            name = session.scalar(select(Employee.name).where(Employee.id == head))
            return head, name or "", True
        department_id = department.parent_id
    return None, "", True


def custom_field_definitions(
    session: Session, *, include_retired: bool = False
) -> tuple[CustomFieldDefinition, ...]:
    query = select(CustomField).order_by(CustomField.sort_order, CustomField.id)
    if not include_retired:
        query = query.where(CustomField.retired.is_(False))
    return tuple(
        CustomFieldDefinition(
            f.id, f.key, f.label, f.kind, tuple(json.loads(f.choices or "[]")), f.retired
        )
        for f in session.scalars(query)
    )


def load_file(
    vault: UnlockedVault, employee_id: int, *, today: dt.date | None = None
) -> EmployeeFile:
    today = today or dt.date.today()
    with vault.database.reading() as session:
        employee = session.get(Employee, employee_id)
        if employee is None:
            raise NotFound(entity="employee")
        paths = department_paths(session)
        position = session.get(Position, employee.position_id) if employee.position_id else None
        supervisor_id, supervisor, is_default = _supervisor(session, employee)
        events = session.scalars(
            select(EmploymentEvent)
            .where(EmploymentEvent.employee_id == employee_id)
            .order_by(EmploymentEvent.effective_date, EmploymentEvent.id)
        ).all()
        replaced_by = {e.corrects_id: e.id for e in events if e.corrects_id is not None}
        attachments = session.scalars(
            select(Attachment)
            .where(Attachment.employee_id == employee_id)
            .order_by(Attachment.added_at, Attachment.id)
        ).all()
        per_event: dict[int, int] = {}
        for attachment in attachments:
            if attachment.event_id is not None:
                per_event[attachment.event_id] = per_event.get(attachment.event_id, 0) + 1
        timeline = tuple(
            TimelineEntry(
                e.id,
                e.kind,
                e.effective_date,
                e.reason,
                e.note,
                lifecycle.decode_details(e.details),
                e.recorded_at,
                e.recorded_by,
                e.corrects_id,
                replaced_by.get(e.id),
                per_event.get(e.id, 0),
            )
            for e in events
        )
        first_hire = next(
            (t.effective_date for t in timeline if t.is_effective and t.kind == Kind.HIRE.value),
            None,
        )
        contract_rows = session.scalars(
            select(Contract)
            .where(Contract.employee_id == employee_id)
            .order_by(Contract.start_date, Contract.id)
        ).all()
        contracts = tuple(
            ContractEntry(
                c.id,
                c.contract_type,
                c.contract_no,
                c.start_date,
                c.end_date,
                c.probation_end,
                c.renews_id,
                c.terminated_on,
                c.termination_reason,
                c.note,
                contract_rules.is_current(lifecycle.contract_terms(c), today),
            )
            for c in contract_rows
        )
        records = tuple(
            RecordEntry(
                r.id, r.kind, r.title, r.start_date, r.end_date, json.loads(r.details), r.note
            )
            for r in session.scalars(
                select(EmployeeRecord)
                .where(EmployeeRecord.employee_id == employee_id)
                .order_by(EmployeeRecord.kind, EmployeeRecord.start_date, EmployeeRecord.id)
            )
        )
        attachment_entries = tuple(
            AttachmentEntry(
                a.id,
                a.category,
                a.file_name,
                a.media_type,
                a.size,
                a.added_at,
                a.added_by,
                a.event_id,
                a.contract_id,
                a.record_id,
            )
            for a in attachments
        )
        photo = next((a.id for a in reversed(attachments) if a.category == "photo"), None)
        job = JobNow(
            status=employee.status,
            department_id=employee.department_id,
            department=paths.get(employee.department_id, "") if employee.department_id else "",
            position_id=employee.position_id,
            position=position.title if position else "",
            job_family=(position.job_family or "") if position else "",
            grade=employee.grade,
            monthly_salary_cents=employee.monthly_salary_cents,
            hire_date=employee.hire_date,
            first_hire_date=first_hire,
            leave_date=employee.leave_date,
            probation_end=employee.probation_end,
            supervisor_id=supervisor_id,
            supervisor=supervisor,
            supervisor_is_default=is_default,
        )
        return EmployeeFile(
            id=employee.id,
            personal=_personal(employee),
            job=job,
            timeline=timeline,
            contracts=contracts,
            consecutive_fixed_terms=contract_rules.consecutive_fixed_terms(
                lifecycle.contract_terms(c) for c in contract_rows
            ),
            records=records,
            attachments=attachment_entries,
            custom_fields=custom_field_definitions(session),
            photo_attachment_id=photo,
            updated_at=employee.updated_at,
        )


def file_history(vault: UnlockedVault, employee_id: int, limit: int = 2000) -> list[HistoryEntry]:
    """The audit entries that concern this file: its row and every row that belongs to it,
    newest first."""
    with vault.database.reading() as session:
        owned = {
            "employment_events": select(EmploymentEvent.id).where(
                EmploymentEvent.employee_id == employee_id
            ),
            "contracts": select(Contract.id).where(Contract.employee_id == employee_id),
            "employee_records": select(EmployeeRecord.id).where(
                EmployeeRecord.employee_id == employee_id
            ),
            "attachments": select(Attachment.id).where(Attachment.employee_id == employee_id),
            "kpi_forms": select(KpiForm.id).where(KpiForm.employee_id == employee_id),
        }
        forms = select(KpiForm.id).where(KpiForm.employee_id == employee_id)
        owned |= {
            "kpi_inputs": select(KpiInput.id).where(KpiInput.form_id.in_(forms)),
            "kpi_form_items": select(KpiFormItem.id).where(KpiFormItem.form_id.in_(forms)),
            "kpi_log": select(KpiLogEntry.id).where(KpiLogEntry.form_id.in_(forms)),
        }
        conditions = [
            and_(AuditLogEntry.entity == "employees", AuditLogEntry.entity_id == str(employee_id))
        ]
        for entity, ids in owned.items():
            id_texts = [str(i) for i in session.scalars(ids)]
            if id_texts:
                conditions.append(
                    and_(AuditLogEntry.entity == entity, AuditLogEntry.entity_id.in_(id_texts))
                )
        rows = session.scalars(
            select(AuditLogEntry)
            .where(or_(*conditions))
            .order_by(AuditLogEntry.id.desc())
            .limit(limit)
        )
        return [
            HistoryEntry(
                r.id, r.occurred_at, r.actor, r.action, r.entity, r.entity_id, json.loads(r.detail)
            )
            for r in rows
        ]


# --- writing ----------------------------------------------------------------------------------


def _checked(
    session: Session, data: PersonalData, *, today: dt.date, employee_id: int | None
) -> PersonalData:
    data = people.with_identity_facts(people.normalise(data), today=today)
    problems = people.check(data, today=today)
    problems += _check_custom_values(session, data.custom_values)
    if data.employee_no:
        clash = session.scalar(
            select(Employee.id).where(
                Employee.employee_no == data.employee_no, Employee.id != (employee_id or 0)
            )
        )
        if clash is not None:
            problems.append(Problem("employee_no", "duplicate"))
    if data.id_number:
        clash = session.scalar(
            select(Employee.employee_no).where(
                Employee.id_type == data.id_type,
                Employee.id_number == data.id_number,
                Employee.id != (employee_id or 0),
            )
        )
        if clash is not None:
            problems.append(Problem("id_number", "duplicate_person", {"employee_no": clash}))
    if problems:
        raise InvalidInput(problems=problems)
    return data


def _check_custom_values(session: Session, values: Mapping[str, Any]) -> list[Problem]:
    definitions = {d.key: d for d in custom_field_definitions(session, include_retired=True)}
    problems = []
    for key, value in values.items():
        definition = definitions.get(key)
        name = f"custom:{key}"
        if definition is None:
            problems.append(Problem(name, "unknown_field"))
        elif value in (None, ""):
            continue
        elif definition.kind == "number" and not isinstance(value, (int, float)):
            problems.append(Problem(name, "number_format"))
        elif definition.kind == "date":
            try:
                dt.date.fromisoformat(str(value))
            except ValueError:
                problems.append(Problem(name, "date_format"))
        elif definition.kind == "choice" and value not in definition.choices:
            problems.append(Problem(name, "unknown_choice"))
        elif definition.kind == "text" and len(str(value)) > 2000:
            problems.append(Problem(name, "too_long", {"limit": 2000}))
    return problems


def _apply_personal(employee: Employee, data: PersonalData) -> None:
    values = asdict(data)
    contacts = values.pop("emergency_contacts")
    custom = values.pop("custom_values")
    for key, value in values.items():
        setattr(employee, key, value if value != "" else None)
    employee.id_type = data.id_type
    employee.name_initials = initials(data.name) or None
    employee.emergency_contacts = json.dumps(contacts, ensure_ascii=False)
    employee.custom_values = json.dumps(
        {k: v for k, v in custom.items() if v not in (None, "")}, ensure_ascii=False, sort_keys=True
    )


def create_in_session(session: Session, data: PersonalData, *, today: dt.date) -> Employee:
    data = _checked(session, data, today=today, employee_id=None)
    employee = Employee(status="not_hired")
    _apply_personal(employee, data)
    session.add(employee)
    session.flush()
    return employee


def save_personal(
    vault: UnlockedVault,
    employee_id: int,
    data: PersonalData,
    *,
    today: dt.date | None = None,
) -> PersonalData:
    """Saves the basic-data form; returns the values as stored (normalised)."""
    today = today or dt.date.today()
    with vault.database.unit_of_work() as session:
        employee = session.get(Employee, employee_id)
        if employee is None:
            raise NotFound(entity="employee")
        data = _checked(session, data, today=today, employee_id=employee_id)
        _apply_personal(employee, data)
        # A corrected birth date may now contradict the lifecycle (hired before birth).
        lifecycle.recompute(session, employee, today=today)
        return data


def set_supervisor(vault: UnlockedVault, employee_id: int, supervisor_id: int | None) -> None:
    """An explicit direct supervisor; None returns to the department head."""
    with vault.database.unit_of_work() as session:
        employee = session.get(Employee, employee_id)
        if employee is None:
            raise NotFound(entity="employee")
        if supervisor_id == employee_id:
            raise InvalidInput(problems=[Problem("supervisor_id", "not_self")])
        if supervisor_id is not None and session.get(Employee, supervisor_id) is None:
            raise NotFound(entity="employee")
        employee.supervisor_id = supervisor_id


def record_reveal(
    vault: UnlockedVault, employee_ids: Sequence[int], fields: Sequence[str], where: str
) -> None:
    """The officer chose to see masked values in clear: the trail says who, what and where."""
    with vault.database.unit_of_work() as session:
        vault.database.audit.append(
            session,
            [
                Change(
                    "reveal",
                    "employees",
                    str(employee_id),
                    {"fields": list(fields), "where": where},
                )
                for employee_id in employee_ids
            ]
            if employee_ids
            else [Change("reveal", "employees", "*", {"fields": list(fields), "where": where})],
        )


# --- records: education, work history, rewards, penalties, training, certificates -------------

RECORD_KINDS = ("education", "work_history", "reward", "penalty", "training", "certificate")
RECORD_DETAIL_KEYS = {
    "education": ("degree", "major", "study_mode"),
    "work_history": ("position", "leaving_reason", "reference"),
    "reward": ("level", "amount"),
    "penalty": ("level", "amount"),
    "training": ("hours", "result", "certificate"),
    "certificate": ("number", "issuer"),
}


@dataclass(frozen=True)
class RecordInput:
    kind: str
    title: str
    start_date: dt.date | None = None
    end_date: dt.date | None = None
    details: Mapping[str, Any] = field(default_factory=dict)
    note: str | None = None


def _checked_record(data: RecordInput) -> RecordInput:
    problems = []
    title = people.clean_text(data.title)
    if data.kind not in RECORD_KINDS:
        problems.append(Problem("kind", "unknown_choice"))
    if not title:
        problems.append(Problem("title", "required"))
    elif len(title) > 300:
        problems.append(Problem("title", "too_long", {"limit": 300}))
    if data.kind in ("reward", "penalty", "training", "certificate") and data.start_date is None:
        problems.append(Problem("start_date", "required"))
    if data.start_date and data.end_date and data.end_date < data.start_date:
        problems.append(Problem("end_date", "end_before_start"))
    hours = data.details.get("hours")
    if hours not in (None, "") and (not isinstance(hours, (int, float)) or not 0 < hours <= 10000):
        problems.append(Problem("hours", "hours_range"))
    if problems:
        raise InvalidInput(problems=problems)
    allowed = RECORD_DETAIL_KEYS.get(data.kind, ())
    details = {k: v for k, v in data.details.items() if k in allowed and v not in (None, "")}
    return RecordInput(data.kind, title, data.start_date, data.end_date, details, data.note)


def add_record(vault: UnlockedVault, employee_id: int, data: RecordInput) -> int:
    data = _checked_record(data)
    with vault.database.unit_of_work() as session:
        if session.get(Employee, employee_id) is None:
            raise NotFound(entity="employee")
        record = EmployeeRecord(
            employee_id=employee_id,
            kind=data.kind,
            title=data.title,
            start_date=data.start_date,
            end_date=data.end_date,
            details=json.dumps(data.details, ensure_ascii=False, sort_keys=True),
            note=(data.note or "").strip() or None,
        )
        session.add(record)
        session.flush()
        return record.id


def update_record(vault: UnlockedVault, record_id: int, data: RecordInput) -> None:
    data = _checked_record(data)
    with vault.database.unit_of_work() as session:
        record = session.get(EmployeeRecord, record_id)
        if record is None:
            raise NotFound(entity="record")
        record.title = data.title
        record.start_date = data.start_date
        record.end_date = data.end_date
        record.details = json.dumps(data.details, ensure_ascii=False, sort_keys=True)
        record.note = (data.note or "").strip() or None


def delete_record(vault: UnlockedVault, record_id: int) -> None:
    """Removes a record typed by mistake; the audit trail keeps what it said."""
    with vault.database.unit_of_work() as session:
        record = session.get(EmployeeRecord, record_id)
        if record is None:
            return
        for attachment in session.scalars(
            select(Attachment).where(Attachment.record_id == record_id)
        ):
            attachment.record_id = None
        session.flush()
        session.delete(record)


# --- custom fields ----------------------------------------------------------------------------


def custom_fields(vault: UnlockedVault, *, include_retired: bool = False):
    with vault.database.reading() as session:
        return custom_field_definitions(session, include_retired=include_retired)


def add_custom_field(
    vault: UnlockedVault, label: str, kind: str, choices: Sequence[str] = ()
) -> str:
    label = people.clean_text(label)
    cleaned = tuple(dict.fromkeys(people.clean_text(c) for c in choices if people.clean_text(c)))
    problems = []
    if not label:
        problems.append(Problem("label", "required"))
    elif len(label) > 100:
        problems.append(Problem("label", "too_long", {"limit": 100}))
    if kind not in CUSTOM_FIELD_KINDS:
        problems.append(Problem("kind", "unknown_choice"))
    if kind == "choice" and not cleaned:
        problems.append(Problem("choices", "required"))
    with vault.database.unit_of_work() as session:
        existing = custom_field_definitions(session, include_retired=True)
        if any(d.label == label and not d.retired for d in existing):
            problems.append(Problem("label", "duplicate"))
        if problems:
            raise InvalidInput(problems=problems)
        key = f"f{len(existing) + 1}"
        while any(d.key == key for d in existing):
            key += "x"
        session.add(
            CustomField(
                key=key,
                label=label,
                kind=kind,
                choices=json.dumps(list(cleaned), ensure_ascii=False),
                sort_order=len(existing) + 1,
                retired=False,
            )
        )
        return key


def retire_custom_field(vault: UnlockedVault, key: str) -> None:
    """Hides the field from forms; values already entered stay in the files' history."""
    with vault.database.unit_of_work() as session:
        definition = session.scalar(select(CustomField).where(CustomField.key == key))
        if definition is not None:
            definition.retired = True


def names(vault: UnlockedVault, employee_ids: Sequence[int]) -> dict[int, str]:
    with vault.database.reading() as session:
        return dict(
            session.execute(
                select(Employee.id, Employee.name).where(Employee.id.in_(list(employee_ids)))
            ).all()
        )
