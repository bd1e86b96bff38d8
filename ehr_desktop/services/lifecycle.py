"""Lifecycle use cases: onboard, confirm, transfer, promote, change salary, contracts, leave,
offboard, rehire, and corrections — each checked against the whole history, then replayed."""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from ehr_desktop.domain import contracts as contract_rules
from ehr_desktop.domain import lifecycle as rules
from ehr_desktop.domain.errors import InvalidInput, LifecycleRefused, NotFound
from ehr_desktop.domain.lifecycle import Kind, Status
from ehr_desktop.domain.people import PersonalData, Problem, clean_text
from ehr_desktop.persistence.models import (
    Contract,
    Department,
    Employee,
    EmploymentEvent,
    Position,
)
from ehr_desktop.services.vaults import UnlockedVault

__all__ = ["EventInput", "Kind", "Status"]

_DATE_KEYS = frozenset({"probation_end", "contract_end"})
MAX_SALARY_CENTS = 100_000_000_00  # a hundred million a month: anything above is a typing slip


@dataclass(frozen=True)
class EventInput:
    kind: Kind
    effective_date: dt.date
    details: Mapping[str, Any] = field(default_factory=dict)
    reason: str | None = None
    note: str | None = None
    # Separations: reason category and whether the employee chose to leave.
    corrects_id: int | None = None


@dataclass(frozen=True)
class ContractInput:
    contract_type: str
    start_date: dt.date
    end_date: dt.date | None
    probation_end: dt.date | None = None
    contract_no: str = ""
    note: str | None = None


@dataclass(frozen=True)
class OnboardInput:
    personal: PersonalData
    hire_date: dt.date
    department_id: int
    position_id: int
    grade: str | None
    monthly_salary_cents: int | None
    probation_end: dt.date | None
    supervisor_id: int | None = None
    contract: ContractInput | None = None
    note: str | None = None


def _encode_details(details: Mapping[str, Any]) -> str:
    return json.dumps(
        {k: (v.isoformat() if isinstance(v, dt.date) else v) for k, v in details.items()},
        ensure_ascii=False,
        sort_keys=True,
    )


def decode_details(text: str) -> dict[str, Any]:
    details = json.loads(text or "{}")
    for key in _DATE_KEYS & details.keys():
        if isinstance(details[key], str):
            details[key] = dt.date.fromisoformat(details[key])
    # Salaries in early demo vaults were whole yuan.
    if "monthly_salary" in details and "monthly_salary_cents" not in details:
        details["monthly_salary_cents"] = int(details.pop("monthly_salary")) * 100
    return details


def _as_rule_event(row: EmploymentEvent) -> rules.Event:
    return rules.Event(
        kind=Kind(row.kind),
        effective_date=row.effective_date,
        details=decode_details(row.details),
        sequence=row.id,
        corrects=row.corrects_id,
    )


def _check_details(session: Session, details: Mapping[str, Any]) -> None:
    problems: list[Problem] = []
    if "department_id" in details:
        department = session.get(Department, details["department_id"])
        if department is None:
            problems.append(Problem("department_id", "required"))
        elif department.closed_on is not None:
            problems.append(Problem("department_id", "department_closed"))
    if "position_id" in details and session.get(Position, details["position_id"]) is None:
        problems.append(Problem("position_id", "required"))
    salary = details.get("monthly_salary_cents")
    if "monthly_salary_cents" in details and (salary is None or not 0 < salary <= MAX_SALARY_CENTS):
        problems.append(Problem("monthly_salary_cents", "salary_range"))
    if problems:
        raise InvalidInput(problems=problems)


def recompute(session: Session, employee: Employee, *, today: dt.date | None = None) -> None:
    """Derives the employee's current columns from the effective events (raises on a broken
    rule, so the caller's unit of work rolls back)."""
    rows = session.scalars(
        select(EmploymentEvent).where(EmploymentEvent.employee_id == employee.id)
    ).all()
    events = [_as_rule_event(row) for row in rows]
    try:
        for event in rules.effective(events):
            rules.check_dates(event, birth_date=employee.birth_date)
        result = rules.replay(events, as_of=today or dt.date.today())
    except rules.RuleBroken as broken:
        raise LifecycleRefused(
            rule=broken.rule,
            kind=broken.event.kind.value,
            date=broken.event.effective_date,
        ) from None
    state = result.state if result.state.status != Status.NOT_HIRED else result.final
    employee.status = state.status.value
    employee.department_id = state.department_id
    employee.position_id = state.position_id
    employee.grade = state.grade
    employee.monthly_salary_cents = state.monthly_salary_cents
    employee.supervisor_id = state.supervisor_id
    employee.hire_date = state.hire_date
    employee.leave_date = state.leave_date if state.status == Status.LEFT else None
    employee.probation_end = state.probation_end


def record_in_session(
    session: Session,
    vault: UnlockedVault,
    employee_id: int,
    event: EventInput,
    *,
    today: dt.date | None = None,
) -> EmploymentEvent:
    employee = session.get(Employee, employee_id)
    if employee is None:
        raise NotFound(entity="employee")
    if event.corrects_id is not None:
        corrected = session.get(EmploymentEvent, event.corrects_id)
        if corrected is None or corrected.employee_id != employee_id:
            raise NotFound(entity="event")
        already = session.scalar(
            select(EmploymentEvent.id).where(EmploymentEvent.corrects_id == event.corrects_id)
        )
        if already is not None:
            raise LifecycleRefused(rule="already_corrected", kind=event.kind.value)
    _check_details(session, event.details)
    row = EmploymentEvent(
        employee_id=employee_id,
        kind=event.kind.value,
        effective_date=event.effective_date,
        reason=clean_text(event.reason) or None,
        note=(event.note or "").strip() or None,
        details=_encode_details(event.details),
        recorded_by=vault.database.audit.actor,
        corrects_id=event.corrects_id,
    )
    session.add(row)
    session.flush()
    recompute(session, employee, today=today)
    return row


def record_event(
    vault: UnlockedVault, employee_id: int, event: EventInput, *, today: dt.date | None = None
) -> int:
    """Records one dated event (back-dated ones too) and re-derives the current state."""
    with vault.database.unit_of_work() as session:
        return record_in_session(session, vault, employee_id, event, today=today).id


def correct_event(
    vault: UnlockedVault, event_id: int, replacement: EventInput, *, today: dt.date | None = None
) -> int:
    """Replaces an event with a corrected one; both stay in the file, the old one marked."""
    with vault.database.unit_of_work() as session:
        original = session.get(EmploymentEvent, event_id)
        if original is None:
            raise NotFound(entity="event")
        corrected = EventInput(
            kind=replacement.kind,
            effective_date=replacement.effective_date,
            details=replacement.details,
            reason=replacement.reason,
            note=replacement.note,
            corrects_id=event_id,
        )
        return record_in_session(session, vault, original.employee_id, corrected, today=today).id


def withdraw_event(
    vault: UnlockedVault, event_id: int, reason: str, *, today: dt.date | None = None
) -> int:
    """Withdraws an event entered in error (it stays on record, marked as withdrawn)."""
    if not clean_text(reason):
        raise InvalidInput(problems=[Problem("reason", "required")])
    with vault.database.unit_of_work() as session:
        original = session.get(EmploymentEvent, event_id)
        if original is None:
            raise NotFound(entity="event")
        withdrawal = EventInput(
            kind=Kind.VOID,
            effective_date=original.effective_date,
            reason=reason,
            corrects_id=event_id,
        )
        return record_in_session(session, vault, original.employee_id, withdrawal, today=today).id


# --- contracts ------------------------------------------------------------------------------


def contract_terms(contract: Contract) -> contract_rules.ContractTerms:
    return contract_rules.ContractTerms(
        contract.contract_type,
        contract.start_date,
        contract.end_date,
        contract.probation_end,
        contract.terminated_on,
    )


def _check_contract(data: ContractInput) -> None:
    terms = contract_rules.ContractTerms(
        data.contract_type, data.start_date, data.end_date, data.probation_end
    )
    problems = [Problem(f, code) for f, code in contract_rules.problems(terms)]
    if len(clean_text(data.contract_no)) > 100:
        problems.append(Problem("contract_no", "too_long", {"limit": 100}))
    if problems:
        raise InvalidInput(problems=problems)


def sign_in_session(
    session: Session,
    vault: UnlockedVault,
    employee_id: int,
    data: ContractInput,
    *,
    renews_id: int | None = None,
    today: dt.date | None = None,
) -> Contract:
    _check_contract(data)
    employee = session.get(Employee, employee_id)
    if employee is None:
        raise NotFound(entity="employee")
    if renews_id is not None:
        previous = session.get(Contract, renews_id)
        if previous is None or previous.employee_id != employee_id:
            raise NotFound(entity="contract")
        if data.start_date <= previous.start_date:
            raise InvalidInput(problems=[Problem("start_date", "renewal_before_previous")])
    overlapping = [
        c
        for c in session.scalars(select(Contract).where(Contract.employee_id == employee_id))
        if c.id != renews_id and contract_rules.is_current(contract_terms(c), data.start_date)
    ]
    if overlapping:
        raise InvalidInput(problems=[Problem("start_date", "contract_overlaps")])
    contract = Contract(
        employee_id=employee_id,
        contract_type=data.contract_type,
        contract_no=clean_text(data.contract_no) or None,
        start_date=data.start_date,
        end_date=data.end_date,
        probation_end=data.probation_end,
        renews_id=renews_id,
        note=(data.note or "").strip() or None,
    )
    session.add(contract)
    session.flush()
    record_in_session(
        session,
        vault,
        employee_id,
        EventInput(
            kind=Kind.CONTRACT_RENEWAL if renews_id else Kind.CONTRACT_SIGNING,
            effective_date=data.start_date,
            details={
                "contract_id": contract.id,
                "contract_type": data.contract_type,
                "contract_end": data.end_date,
            },
        ),
        today=today,
    )
    return contract


def sign_contract(
    vault: UnlockedVault,
    employee_id: int,
    data: ContractInput,
    *,
    renews_id: int | None = None,
    today: dt.date | None = None,
) -> int:
    with vault.database.unit_of_work() as session:
        return sign_in_session(
            session, vault, employee_id, data, renews_id=renews_id, today=today
        ).id


def terminate_contract(
    vault: UnlockedVault,
    contract_id: int,
    on: dt.date,
    reason: str,
    *,
    today: dt.date | None = None,
) -> None:
    with vault.database.unit_of_work() as session:
        _terminate_in_session(session, vault, contract_id, on, reason, today=today)


def _terminate_in_session(
    session: Session,
    vault: UnlockedVault,
    contract_id: int,
    on: dt.date,
    reason: str,
    *,
    today: dt.date | None,
) -> None:
    contract = session.get(Contract, contract_id)
    if contract is None:
        raise NotFound(entity="contract")
    if contract.terminated_on is not None:
        return
    if on < contract.start_date:
        raise InvalidInput(problems=[Problem("terminated_on", "end_before_start")])
    contract.terminated_on = on
    contract.termination_reason = clean_text(reason) or None
    record_in_session(
        session,
        vault,
        contract.employee_id,
        EventInput(
            kind=Kind.CONTRACT_TERMINATION,
            effective_date=on,
            reason=reason,
            details={"contract_id": contract_id},
        ),
        today=today,
    )


# --- the guided actions that touch more than one table ---------------------------------------


def onboard(vault: UnlockedVault, data: OnboardInput, *, today: dt.date | None = None) -> int:
    """A new employee: the file, the hire event and (optionally) the first contract, at once."""
    from ehr_desktop.services import employees  # employees imports this module

    today = today or dt.date.today()
    with vault.database.unit_of_work() as session:
        employee = employees.create_in_session(session, data.personal, today=today)
        details: dict[str, Any] = {
            "department_id": data.department_id,
            "position_id": data.position_id,
            "grade": data.grade,
            "monthly_salary_cents": data.monthly_salary_cents,
            "probation_end": data.probation_end,
        }
        if data.supervisor_id is not None:
            details["supervisor_id"] = data.supervisor_id
        record_in_session(
            session,
            vault,
            employee.id,
            EventInput(Kind.HIRE, data.hire_date, details, note=data.note),
            today=today,
        )
        if data.contract is not None:
            if data.contract.start_date < data.hire_date:
                raise InvalidInput(problems=[Problem("start_date", "contract_before_hire")])
            sign_in_session(session, vault, employee.id, data.contract, today=today)
        return employee.id


def offboard(
    vault: UnlockedVault,
    employee_id: int,
    kind: Kind,
    on: dt.date,
    *,
    reason: str,
    voluntary: bool,
    note: str | None = None,
    today: dt.date | None = None,
) -> int:
    """Leaving (resignation, dismissal, contract end, retirement, death): the current contract
    ends the same day."""
    if kind not in rules.SEPARATIONS:
        raise ValueError(kind)
    with vault.database.unit_of_work() as session:
        event = record_in_session(
            session,
            vault,
            employee_id,
            EventInput(kind, on, {"voluntary": voluntary}, reason=reason, note=note),
            today=today,
        )
        for contract in session.scalars(
            select(Contract).where(
                Contract.employee_id == employee_id, Contract.terminated_on.is_(None)
            )
        ):
            if contract.start_date <= on and (contract.end_date is None or contract.end_date > on):
                _terminate_in_session(session, vault, contract.id, on, reason, today=today)
        return event.id


def consecutive_fixed_terms(session: Session, employee_id: int) -> int:
    contracts = session.scalars(select(Contract).where(Contract.employee_id == employee_id))
    return contract_rules.consecutive_fixed_terms(contract_terms(c) for c in contracts)
