"""ORM models. Every table except the audit log itself is audited (see persistence/audit.py)."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import (
    Boolean,
    Date,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    MetaData,
    String,
    Text,
    UniqueConstraint,
    false,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship

NAMING_CONVENTION = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING_CONVENTION)
    # Rows of audited tables produce audit entries on every create, update and delete.
    __audited__ = True


def utc_now_text() -> str:
    return dt.datetime.now(dt.UTC).isoformat(timespec="seconds")


class VaultSetting(Base):
    """Settings that belong to the vault (company name, …), not to the computer."""

    __tablename__ = "vault_settings"

    key: Mapped[str] = mapped_column(String(100), primary_key=True)
    value: Mapped[str] = mapped_column(Text)


class AuditLogEntry(Base):
    """Append-only (enforced by triggers) and hash-chained; written only by persistence/audit.py."""

    __tablename__ = "audit_log"
    __audited__ = False

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=False)
    occurred_at: Mapped[str] = mapped_column(String(40))
    actor: Mapped[str] = mapped_column(String(200))
    action: Mapped[str] = mapped_column(String(40))
    entity: Mapped[str] = mapped_column(String(100))
    entity_id: Mapped[str] = mapped_column(String(100))
    detail: Mapped[str] = mapped_column(Text)
    mac: Mapped[str] = mapped_column(String(64))

    __table_args__ = (Index("ix_audit_log_entity", "entity", "entity_id"),)


class Department(Base):
    __tablename__ = "departments"

    id: Mapped[int] = mapped_column(primary_key=True)
    parent_id: Mapped[int | None] = mapped_column(ForeignKey("departments.id"), index=True)
    name: Mapped[str] = mapped_column(String(200))
    code: Mapped[str | None] = mapped_column(String(50), unique=True)
    head_employee_id: Mapped[int | None] = mapped_column(
        ForeignKey("employees.id", use_alter=True, name="fk_departments_head_employee_id_employees")
    )
    established_on: Mapped[dt.date | None] = mapped_column(Date)
    closed_on: Mapped[dt.date | None] = mapped_column(Date)
    sort_order: Mapped[int] = mapped_column(Integer, default=0)

    parent: Mapped[Department | None] = relationship(remote_side=[id])


class Position(Base):
    __tablename__ = "positions"

    id: Mapped[int] = mapped_column(primary_key=True)
    title: Mapped[str] = mapped_column(String(200), unique=True)
    job_family: Mapped[str | None] = mapped_column(String(100))
    default_grade: Mapped[str | None] = mapped_column(String(10))
    retired: Mapped[bool] = mapped_column(Boolean, default=False, server_default=false())


class Employee(Base):
    __tablename__ = "employees"

    id: Mapped[int] = mapped_column(primary_key=True)
    employee_no: Mapped[str] = mapped_column(String(50), unique=True)
    name: Mapped[str] = mapped_column(String(100), index=True)
    # Pinyin initials of the name, every reading of heteronyms ("zs", "cq zq"): quick search.
    name_initials: Mapped[str | None] = mapped_column(String(200))
    former_name: Mapped[str | None] = mapped_column(String(100))
    gender: Mapped[str | None] = mapped_column(String(1))  # "M" / "F"
    ethnicity: Mapped[str | None] = mapped_column(String(50))
    birth_date: Mapped[dt.date | None] = mapped_column(Date)
    id_type: Mapped[str] = mapped_column(String(20), default="resident_id")
    id_number: Mapped[str | None] = mapped_column(String(40), index=True)
    nationality: Mapped[str | None] = mapped_column(String(100))
    native_place: Mapped[str | None] = mapped_column(String(200))
    hukou_type: Mapped[str | None] = mapped_column(String(20))
    hukou_address: Mapped[str | None] = mapped_column(String(500))
    current_address: Mapped[str | None] = mapped_column(String(500))
    marital_status: Mapped[str | None] = mapped_column(String(20))
    political_status: Mapped[str | None] = mapped_column(String(20))
    mobile: Mapped[str | None] = mapped_column(String(30))
    email: Mapped[str | None] = mapped_column(String(200))
    first_work_date: Mapped[dt.date | None] = mapped_column(Date)
    bank_name: Mapped[str | None] = mapped_column(String(200))
    bank_account: Mapped[str | None] = mapped_column(String(50))
    emergency_contacts: Mapped[str] = mapped_column(
        Text, default="[]", server_default="[]"
    )  # JSON list
    custom_values: Mapped[str] = mapped_column(
        Text, default="{}", server_default="{}"
    )  # JSON: field key -> value
    supervisor_id: Mapped[int | None] = mapped_column(
        ForeignKey("employees.id", name="fk_employees_supervisor_id_employees")
    )
    probation_end: Mapped[dt.date | None] = mapped_column(Date)
    hire_date: Mapped[dt.date | None] = mapped_column(Date, index=True)
    leave_date: Mapped[dt.date | None] = mapped_column(Date)
    # Current state, derived from employment_events (kept here so lists need no replay).
    status: Mapped[str] = mapped_column(String(20), default="active", index=True)
    department_id: Mapped[int | None] = mapped_column(ForeignKey("departments.id"), index=True)
    position_id: Mapped[int | None] = mapped_column(ForeignKey("positions.id"))
    grade: Mapped[str | None] = mapped_column(String(10))
    monthly_salary_cents: Mapped[int | None] = mapped_column(Integer)
    created_at: Mapped[str] = mapped_column(String(40), default=utc_now_text)
    updated_at: Mapped[str] = mapped_column(String(40), default=utc_now_text, onupdate=utc_now_text)

    department: Mapped[Department | None] = relationship(foreign_keys=[department_id])
    position: Mapped[Position | None] = relationship()
    __table_args__ = (
        Index("ix_employees_name_initials_name", "name_initials", "name"),
        # Counting a department subtree's current staff reads only this index.
        Index("ix_employees_department_status", "department_id", "status"),
    )

    events: Mapped[list[EmploymentEvent]] = relationship(
        back_populates="employee",
        order_by="EmploymentEvent.effective_date",
        foreign_keys="EmploymentEvent.employee_id",
    )


class EmploymentEvent(Base):
    """One dated step of the lifecycle (hire, confirmation, transfer, salary change, leave, …)."""

    __tablename__ = "employment_events"

    id: Mapped[int] = mapped_column(primary_key=True)
    employee_id: Mapped[int] = mapped_column(ForeignKey("employees.id"), index=True)
    kind: Mapped[str] = mapped_column(String(30))
    effective_date: Mapped[dt.date] = mapped_column(Date)
    reason: Mapped[str | None] = mapped_column(String(200))
    note: Mapped[str | None] = mapped_column(Text)
    details: Mapped[str] = mapped_column(Text, default="{}")  # JSON: what this event changed
    recorded_at: Mapped[str] = mapped_column(String(40), default=utc_now_text)
    recorded_by: Mapped[str] = mapped_column(String(200))
    # A correction is a new event that replaces an earlier one; the earlier row is never edited.
    corrects_id: Mapped[int | None] = mapped_column(
        ForeignKey("employment_events.id", name="fk_employment_events_corrects_id"), index=True
    )

    employee: Mapped[Employee] = relationship(back_populates="events", foreign_keys=[employee_id])


class EmployeeSearch(Base):
    """One narrow row per employee with everything quick search looks at, kept up to date by
    triggers on employees (migration 0003): a LIKE over this is several times faster than over
    the wide employees table."""

    __tablename__ = "employee_search"
    __audited__ = False  # derived from employees, which are audited

    employee_id: Mapped[int] = mapped_column(
        ForeignKey("employees.id", ondelete="CASCADE"), primary_key=True, autoincrement=False
    )
    haystack: Mapped[str] = mapped_column(Text)


class DepartmentEvent(Base):
    """Dated history of the organization: created, renamed, moved, merged, closed, head changed."""

    __tablename__ = "department_events"

    id: Mapped[int] = mapped_column(primary_key=True)
    department_id: Mapped[int] = mapped_column(ForeignKey("departments.id"), index=True)
    kind: Mapped[str] = mapped_column(String(30))
    effective_date: Mapped[dt.date] = mapped_column(Date)
    details: Mapped[str] = mapped_column(Text, default="{}")  # JSON: old and new values
    note: Mapped[str | None] = mapped_column(Text)
    recorded_at: Mapped[str] = mapped_column(String(40), default=utc_now_text)
    recorded_by: Mapped[str] = mapped_column(String(200))


class Contract(Base):
    __tablename__ = "contracts"

    id: Mapped[int] = mapped_column(primary_key=True)
    employee_id: Mapped[int] = mapped_column(ForeignKey("employees.id"), index=True)
    contract_type: Mapped[str] = mapped_column(String(30))
    contract_no: Mapped[str | None] = mapped_column(String(100))
    start_date: Mapped[dt.date] = mapped_column(Date)
    end_date: Mapped[dt.date | None] = mapped_column(Date, index=True)  # None: open-ended
    probation_end: Mapped[dt.date | None] = mapped_column(Date)
    renews_id: Mapped[int | None] = mapped_column(
        ForeignKey("contracts.id", name="fk_contracts_renews_id_contracts")
    )
    terminated_on: Mapped[dt.date | None] = mapped_column(Date)
    termination_reason: Mapped[str | None] = mapped_column(String(200))
    note: Mapped[str | None] = mapped_column(Text)
    recorded_at: Mapped[str] = mapped_column(String(40), default=utc_now_text)


class EmployeeRecord(Base):
    """Education, work before joining, rewards, penalties, training and certificates."""

    __tablename__ = "employee_records"

    id: Mapped[int] = mapped_column(primary_key=True)
    employee_id: Mapped[int] = mapped_column(ForeignKey("employees.id"), index=True)
    kind: Mapped[str] = mapped_column(String(30))
    title: Mapped[str] = mapped_column(String(300))
    start_date: Mapped[dt.date | None] = mapped_column(Date)
    end_date: Mapped[dt.date | None] = mapped_column(Date)  # certificates: the expiry
    details: Mapped[str] = mapped_column(Text, default="{}")  # JSON, fields by kind
    note: Mapped[str | None] = mapped_column(Text)
    recorded_at: Mapped[str] = mapped_column(String(40), default=utc_now_text)

    __table_args__ = (Index("ix_employee_records_kind_end_date", "kind", "end_date"),)


class Attachment(Base):
    """A file kept inside the vault; its bytes live in attachment_contents, loaded on demand."""

    __tablename__ = "attachments"

    id: Mapped[int] = mapped_column(primary_key=True)
    employee_id: Mapped[int] = mapped_column(ForeignKey("employees.id"), index=True)
    event_id: Mapped[int | None] = mapped_column(ForeignKey("employment_events.id"))
    contract_id: Mapped[int | None] = mapped_column(ForeignKey("contracts.id"))
    record_id: Mapped[int | None] = mapped_column(ForeignKey("employee_records.id"))
    # A signed paper appraisal sheet belongs to its form (migration 0004).
    kpi_form_id: Mapped[int | None] = mapped_column(
        ForeignKey("kpi_forms.id", name="fk_attachments_kpi_form_id_kpi_forms")
    )
    category: Mapped[str] = mapped_column(String(30))
    file_name: Mapped[str] = mapped_column(String(300))
    media_type: Mapped[str] = mapped_column(String(100))
    size: Mapped[int] = mapped_column(Integer)
    sha256: Mapped[str] = mapped_column(String(64))
    added_at: Mapped[str] = mapped_column(String(40), default=utc_now_text)
    added_by: Mapped[str] = mapped_column(String(200))


class AttachmentContent(Base):
    __tablename__ = "attachment_contents"

    attachment_id: Mapped[int] = mapped_column(ForeignKey("attachments.id"), primary_key=True)
    content: Mapped[bytes] = mapped_column(LargeBinary)


class CustomField(Base):
    """A field the officer adds to every employee file (text, number, date or choice)."""

    __tablename__ = "custom_fields"

    id: Mapped[int] = mapped_column(primary_key=True)
    key: Mapped[str] = mapped_column(String(50), unique=True)
    label: Mapped[str] = mapped_column(String(100))
    kind: Mapped[str] = mapped_column(String(20))
    choices: Mapped[str] = mapped_column(Text, default="[]")  # JSON list, for kind "choice"
    sort_order: Mapped[int] = mapped_column(Integer, default=0)
    retired: Mapped[bool] = mapped_column(Boolean, default=False)


# --- KPI appraisals (migration 0004) -------------------------------------------------------
# Decimals are stored as their exact text ("87.50"); JSON columns hold the domain's values
# (services/kpi_store.py encodes them). Every table is audited.


class KpiTemplate(Base):
    """A KPI template; what it measures lives in its versions. `scope` mirrors the latest
    version's scope, so matching employees to templates reads only this table."""

    __tablename__ = "kpi_templates"

    id: Mapped[int] = mapped_column(primary_key=True)
    code: Mapped[str] = mapped_column(String(50), unique=True)
    name: Mapped[str] = mapped_column(String(200))
    scope: Mapped[str] = mapped_column(Text, default="{}")  # JSON, serialisation's scope dict
    retired: Mapped[bool] = mapped_column(Boolean, default=False, server_default=false())
    created_at: Mapped[str] = mapped_column(String(40), default=utc_now_text)
    updated_at: Mapped[str] = mapped_column(String(40), default=utc_now_text, onupdate=utc_now_text)


class KpiTemplateVersion(Base):
    """One version of a template, as the domain serialises it. Frozen once a form uses it (a
    trigger refuses updates and deletes then): appraisals are scored with the copy they got."""

    __tablename__ = "kpi_template_versions"

    id: Mapped[int] = mapped_column(primary_key=True)
    template_id: Mapped[int] = mapped_column(ForeignKey("kpi_templates.id"))
    number: Mapped[int] = mapped_column(Integer)
    definition: Mapped[str] = mapped_column(Text)  # domain.kpi canonical_json
    fingerprint: Mapped[str] = mapped_column(String(64))
    created_at: Mapped[str] = mapped_column(String(40), default=utc_now_text)
    created_by: Mapped[str] = mapped_column(String(200))

    __table_args__ = (UniqueConstraint("template_id", "number"),)


class KpiCycle(Base):
    """An appraisal cycle: its period, who is in it, grade bands, quotas and deadlines."""

    __tablename__ = "kpi_cycles"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(200), unique=True)
    period_kind: Mapped[str] = mapped_column(String(20))  # month, quarter, half_year, year, custom
    starts_on: Mapped[dt.date] = mapped_column(Date)
    ends_on: Mapped[dt.date] = mapped_column(Date)
    state: Mapped[str] = mapped_column(String(20), default="open")  # open, finalized, archived
    grade_scale: Mapped[str] = mapped_column(Text)  # JSON {"bands": [...], "lowest": "D"}
    quotas: Mapped[str] = mapped_column(Text, default="[]")  # JSON list
    population: Mapped[str] = mapped_column(Text, default="{}")  # JSON: rules and hand changes
    self_due: Mapped[dt.date | None] = mapped_column(Date)
    manager_due: Mapped[dt.date | None] = mapped_column(Date)
    hr_due: Mapped[dt.date | None] = mapped_column(Date)
    low_score_threshold: Mapped[str | None] = mapped_column(String(20))
    # The last generation's people without a form: {"none": [ids], "ambiguous": {id: [ids]}}.
    unplaced: Mapped[str] = mapped_column(Text, default="{}")
    created_at: Mapped[str] = mapped_column(String(40), default=utc_now_text)
    updated_at: Mapped[str] = mapped_column(String(40), default=utc_now_text, onupdate=utc_now_text)


class KpiForm(Base):
    """One employee's appraisal in one cycle, scored with one frozen template version."""

    __tablename__ = "kpi_forms"

    id: Mapped[int] = mapped_column(primary_key=True)
    cycle_id: Mapped[int] = mapped_column(ForeignKey("kpi_cycles.id"))
    employee_id: Mapped[int] = mapped_column(ForeignKey("employees.id"), index=True)
    template_version_id: Mapped[int] = mapped_column(
        ForeignKey("kpi_template_versions.id"), index=True
    )
    template_by_hand: Mapped[bool] = mapped_column(Boolean, default=False, server_default=false())
    # Where the employee sat when the form was made: departments rank and calibrate by it.
    department_id: Mapped[int | None] = mapped_column(ForeignKey("departments.id"))
    stage: Mapped[str] = mapped_column(String(20), default="draft")
    reviewer_id: Mapped[int | None] = mapped_column(
        ForeignKey("employees.id", name="fk_kpi_forms_reviewer_id_employees")
    )
    reviewer_by_hand: Mapped[bool] = mapped_column(Boolean, default=False, server_default=false())
    excluded: Mapped[bool] = mapped_column(Boolean, default=False, server_default=false())
    result: Mapped[str | None] = mapped_column(Text)  # JSON: the scoring steps, see kpi_store
    score: Mapped[str | None] = mapped_column(String(20))
    grade: Mapped[str | None] = mapped_column(String(10))
    calibrated_score: Mapped[str | None] = mapped_column(String(20))
    calibrated_grade: Mapped[str | None] = mapped_column(String(10))
    finalized_at: Mapped[str | None] = mapped_column(String(40))
    created_at: Mapped[str] = mapped_column(String(40), default=utc_now_text)
    updated_at: Mapped[str] = mapped_column(String(40), default=utc_now_text, onupdate=utc_now_text)

    __table_args__ = (
        UniqueConstraint("cycle_id", "employee_id"),
        # The dashboard's counts and the stage filter read only this index.
        Index("ix_kpi_forms_cycle_stage", "cycle_id", "stage"),
        Index("ix_kpi_forms_cycle_department", "cycle_id", "department_id"),
    )


class KpiInput(Base):
    """One scorer's input for one indicator, with who provided it and how."""

    __tablename__ = "kpi_inputs"

    id: Mapped[int] = mapped_column(primary_key=True)
    form_id: Mapped[int] = mapped_column(ForeignKey("kpi_forms.id"))
    scorer: Mapped[str] = mapped_column(String(10))  # self, manager, hr
    indicator_key: Mapped[str] = mapped_column(String(100))
    value: Mapped[str] = mapped_column(Text)  # JSON {"actual": "93.5"}, {"rating": 4}, …
    comment: Mapped[str | None] = mapped_column(Text)
    provided_by_id: Mapped[int | None] = mapped_column(
        ForeignKey("employees.id", name="fk_kpi_inputs_provided_by_id_employees")
    )
    provided_via: Mapped[str] = mapped_column(String(20))  # paper, workbook, officer
    recorded_at: Mapped[str] = mapped_column(String(40), default=utc_now_text)
    recorded_by: Mapped[str] = mapped_column(String(200))

    __table_args__ = (UniqueConstraint("form_id", "scorer", "indicator_key"),)


class KpiFormItem(Base):
    """A bonus, deduction or triggered veto entered once for the form."""

    __tablename__ = "kpi_form_items"

    id: Mapped[int] = mapped_column(primary_key=True)
    form_id: Mapped[int] = mapped_column(ForeignKey("kpi_forms.id"))
    kind: Mapped[str] = mapped_column(String(20))  # bonus, deduction, veto
    item_key: Mapped[str] = mapped_column(String(100))
    points: Mapped[str | None] = mapped_column(String(20))  # None for a veto
    comment: Mapped[str | None] = mapped_column(Text)
    provided_via: Mapped[str] = mapped_column(String(20))
    recorded_at: Mapped[str] = mapped_column(String(40), default=utc_now_text)
    recorded_by: Mapped[str] = mapped_column(String(200))

    __table_args__ = (UniqueConstraint("form_id", "kind", "item_key"),)


class KpiLogEntry(Base):
    """What happened to a form or a cycle: moves with their comment, changes after
    finalization and calibration adjustments with reason, old and new value, cycle
    finalization and reopening. Never edited."""

    __tablename__ = "kpi_log"

    id: Mapped[int] = mapped_column(primary_key=True)
    cycle_id: Mapped[int] = mapped_column(ForeignKey("kpi_cycles.id"), index=True)
    form_id: Mapped[int | None] = mapped_column(ForeignKey("kpi_forms.id"), index=True)
    kind: Mapped[str] = mapped_column(String(30))
    source_stage: Mapped[str | None] = mapped_column(String(20))
    target_stage: Mapped[str | None] = mapped_column(String(20))
    what: Mapped[str | None] = mapped_column(String(300))  # JSON path, ["manager", "sales"]
    old_value: Mapped[str | None] = mapped_column(Text)  # JSON
    new_value: Mapped[str | None] = mapped_column(Text)  # JSON
    note: Mapped[str | None] = mapped_column(Text)  # the comment or the reason
    recorded_at: Mapped[str] = mapped_column(String(40), default=utc_now_text)
    recorded_by: Mapped[str] = mapped_column(String(200))
