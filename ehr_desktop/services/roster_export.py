"""The whole roster as one table (one row per employee, every core field), for Excel or CSV.
ID numbers and phones are masked unless the officer asks otherwise; that choice is audited."""

from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import select

from ehr_desktop.domain import people
from ehr_desktop.domain.lifecycle import Status
from ehr_desktop.exchange import roster_export
from ehr_desktop.persistence.models import Contract, Employee, EmployeeRecord, Position
from ehr_desktop.services import employees
from ehr_desktop.services.organization import department_paths
from ehr_desktop.services.vaults import UnlockedVault

COLUMNS = (
    "employee_no", "name", "gender", "id_number", "birth_date", "department", "position",
    "grade", "hire_date", "probation_end", "contract_start", "contract_end", "education",
    "mobile", "email", "status", "leave_date",
)  # fmt: skip
SENSITIVE = ("id_number", "mobile")


@dataclass(frozen=True)
class ExportResult:
    path: Path
    rows: int
    unmasked: bool


def rows(
    vault: UnlockedVault, *, include_left: bool = False, unmasked: bool = False
) -> Iterator[dict[str, Any]]:
    """Employees in employee-number order as dicts keyed by COLUMNS (values as stored)."""
    with vault.database.reading() as session:
        paths = department_paths(session)
        titles = dict(session.execute(select(Position.id, Position.title)).all())
        latest_contract: dict[int, tuple] = {}
        for c in session.execute(
            select(Contract.employee_id, Contract.start_date, Contract.end_date).order_by(
                Contract.start_date
            )
        ):
            latest_contract[c.employee_id] = (c.start_date, c.end_date)
        education: dict[int, str] = {}
        for r in session.execute(
            select(EmployeeRecord.employee_id, EmployeeRecord.details)
            .where(EmployeeRecord.kind == "education")
            .order_by(EmployeeRecord.end_date)
        ):
            degree = json.loads(r.details or "{}").get("degree")
            if degree:
                education[r.employee_id] = degree
        query = select(Employee).order_by(Employee.employee_no)
        if not include_left:
            query = query.where(Employee.status != Status.LEFT.value)
        for e in session.scalars(query).yield_per(2000):
            start, end = latest_contract.get(e.id, (None, None))
            row = {
                "employee_no": e.employee_no,
                "name": e.name,
                "gender": e.gender,
                "id_number": e.id_number,
                "birth_date": e.birth_date,
                "department": paths.get(e.department_id, "") if e.department_id else "",
                "position": titles.get(e.position_id, "") if e.position_id else "",
                "grade": e.grade,
                "hire_date": e.hire_date,
                "probation_end": e.probation_end,
                "contract_start": start,
                "contract_end": end,
                "education": education.get(e.id),
                "mobile": e.mobile,
                "email": e.email,
                "status": e.status,
                "leave_date": e.leave_date,
            }
            if not unmasked:
                for name in SENSITIVE:
                    if row[name]:
                        row[name] = people.MASKS[name](row[name])
            yield row


def export(
    vault: UnlockedVault,
    target: Path,
    headers: dict[str, str],
    *,
    words: dict[str, dict[str, str]] | None = None,
    include_left: bool = False,
    unmasked: bool = False,
) -> ExportResult:
    """Writes the roster; `headers` and `words` (codes -> words, e.g. status) come from the
    caller in the officer's language. An unmasked export is recorded in the audit trail."""
    words = words or {}

    def shown(row: dict[str, Any]) -> list[Any]:
        return [words.get(key, {}).get(row[key], row[key]) for key in COLUMNS]

    if unmasked:  # recorded before a single clear value leaves the vault
        employees.record_reveal(vault, [], list(SENSITIVE), f"export:{target.name}")
    count = roster_export.write_roster(
        target,
        [headers.get(key, key) for key in COLUMNS],
        (shown(row) for row in rows(vault, include_left=include_left, unmasked=unmasked)),
    )
    return ExportResult(target, count, unmasked)
