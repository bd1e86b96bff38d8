"""Today's reminders: contracts expiring, probations ending, certificates expiring, employees
without a current contract, and a second fixed-term contract ending (劳动合同法 art. 14)."""

from __future__ import annotations

import datetime as dt
from collections import Counter
from dataclasses import dataclass

from sqlalchemy import exists, select
from sqlalchemy.orm import Session

from ehr_desktop.domain import contracts as contract_rules
from ehr_desktop.domain.kpi import Stage
from ehr_desktop.domain.lifecycle import Status
from ehr_desktop.persistence.models import (
    Contract,
    Employee,
    EmployeeRecord,
    KpiCycle,
    KpiForm,
)
from ehr_desktop.services import kpi_forms, kpi_results
from ehr_desktop.services.kpi_cycles import DEADLINE_COLUMNS
from ehr_desktop.services.lifecycle import contract_terms
from ehr_desktop.services.organization import department_paths
from ehr_desktop.services.vaults import UnlockedVault

PROBATION_WINDOW = 30
CERTIFICATE_WINDOW = 60
EMPLOYED = (Status.PROBATION.value, Status.ACTIVE.value, Status.ON_LEAVE.value)

KINDS = (
    "contract_expiring",
    "second_fixed_term_ending",
    "probation_ending",
    "certificate_expiring",
    "no_current_contract",
    "appraisal_overdue",
    "low_performer",
)


@dataclass(frozen=True)
class Reminder:
    kind: str
    employee_id: int
    employee_no: str
    name: str
    department: str
    due: dt.date | None  # the day it is about; None for "no current contract"
    days_left: int | None  # negative: overdue
    subject: str = ""  # the certificate's name, the contract number…

    @property
    def overdue(self) -> bool:
        return self.days_left is not None and self.days_left < 0


def reminders(
    vault: UnlockedVault, *, today: dt.date | None = None, horizon: int = 90
) -> list[Reminder]:
    """Everything due within `horizon` days (and overdue items), soonest first."""
    today = today or dt.date.today()
    with vault.database.reading() as session:
        return _reminders(session, today, horizon)


def counts(found: list[Reminder], *, within: int = 30) -> Counter:
    """Per kind, the reminders due within `within` days or overdue (for the home screen)."""
    return Counter(r.kind for r in found if r.days_left is None or r.days_left <= within)


def _reminders(session: Session, today: dt.date, horizon: int) -> list[Reminder]:
    until = today + dt.timedelta(days=horizon)
    paths = department_paths(session)
    found: list[Reminder] = []

    def add(kind: str, employee, due: dt.date | None, subject: str = "") -> None:
        found.append(
            Reminder(
                kind,
                employee.id,
                employee.employee_no,
                employee.name,
                paths.get(employee.department_id, "") if employee.department_id else "",
                due,
                (due - today).days if due else None,
                subject,
            )
        )

    people = (Employee.id, Employee.employee_no, Employee.name, Employee.department_id)

    # Contracts ending soon, for people still employed, unless already renewed.
    renewed = select(Contract.renews_id).where(Contract.renews_id.is_not(None))
    expiring = session.execute(
        select(*people, Contract.id.label("contract_id"), Contract.end_date, Contract.contract_no)
        .join(Contract, Contract.employee_id == Employee.id)
        .where(
            Employee.status.in_(EMPLOYED),
            Contract.terminated_on.is_(None),
            Contract.end_date.is_not(None),
            Contract.end_date >= today,
            Contract.end_date <= until,
            Contract.id.not_in(renewed),
        )
    ).all()
    if expiring:
        by_employee: dict[int, list[contract_rules.ContractTerms]] = {}
        ids = {row.id for row in expiring}
        for contract in session.scalars(select(Contract).where(Contract.employee_id.in_(ids))):
            by_employee.setdefault(contract.employee_id, []).append(contract_terms(contract))
        for row in expiring:
            consecutive = contract_rules.consecutive_fixed_terms(by_employee.get(row.id, []))
            kind = (
                "second_fixed_term_ending"
                if consecutive >= contract_rules.FIXED_TERM_LIMIT
                else "contract_expiring"
            )
            add(kind, row, row.end_date, row.contract_no or "")

    # Probations ending soon or already past their end without a decision.
    for row in session.execute(
        select(*people, Employee.probation_end).where(
            Employee.status == Status.PROBATION.value,
            Employee.probation_end.is_not(None),
            Employee.probation_end <= today + dt.timedelta(days=PROBATION_WINDOW),
        )
    ):
        add("probation_ending", row, row.probation_end)

    # Qualification certificates expiring (or expired) for people still employed.
    for row in session.execute(
        select(*people, EmployeeRecord.end_date, EmployeeRecord.title)
        .join(EmployeeRecord, EmployeeRecord.employee_id == Employee.id)
        .where(
            Employee.status.in_(EMPLOYED),
            EmployeeRecord.kind == "certificate",
            EmployeeRecord.end_date.is_not(None),
            EmployeeRecord.end_date >= today - dt.timedelta(days=365),
            EmployeeRecord.end_date <= today + dt.timedelta(days=CERTIFICATE_WINDOW),
        )
    ):
        add("certificate_expiring", row, row.end_date, row.title)

    # Employed without a contract in force today (a legal risk: double wages after a month).
    current = exists().where(
        Contract.employee_id == Employee.id,
        Contract.start_date <= today,
        Contract.terminated_on.is_(None) | (Contract.terminated_on > today),
        Contract.end_date.is_(None) | (Contract.end_date >= today),
    )
    for row in session.execute(
        select(*people)
        .where(Employee.status.in_(EMPLOYED), ~current)
        .order_by(Employee.employee_no)
    ):
        add("no_current_contract", row, None)

    # Appraisal forms whose step is past its deadline, in open cycles.
    for row in session.execute(
        select(
            *people,
            KpiForm.stage,
            KpiCycle.name.label("cycle"),
            *(getattr(KpiCycle, column) for column in DEADLINE_COLUMNS.values()),
        )
        .join(KpiForm, KpiForm.employee_id == Employee.id)
        .join(KpiCycle, KpiCycle.id == KpiForm.cycle_id)
        .where(
            KpiCycle.state == "open",
            KpiForm.excluded.is_(False),
            kpi_forms.overdue_condition(today),
        )
    ):
        due = getattr(row, DEADLINE_COLUMNS[Stage(row.stage)])
        add("appraisal_overdue", row, due, row.cycle)

    # Low performers of the latest published cycles (the file explains why).
    employees_by_id = {
        row.id: row for row in session.execute(select(*people).where(Employee.status.in_(EMPLOYED)))
    }
    for finding in kpi_results.low_performers_in(session):
        row = employees_by_id.get(finding.employee_id)
        if row is not None:
            add("low_performer", row, None, finding.cycle)

    found.sort(key=lambda r: (r.due is None, r.due or today, r.employee_no))
    return found
