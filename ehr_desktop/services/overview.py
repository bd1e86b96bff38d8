"""Figures for the home screen and the placeholders: what the vault holds right now."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import func, select

from ehr_desktop.persistence.models import AuditLogEntry, Department, Employee
from ehr_desktop.services import settings
from ehr_desktop.services.vaults import UnlockedVault


@dataclass(frozen=True)
class VaultOverview:
    company_name: str
    employees_by_status: dict[str, int]
    departments: int
    audit_entries: int

    @property
    def employees_current(self) -> int:
        return sum(n for status, n in self.employees_by_status.items() if status != "left")

    @property
    def employees_total(self) -> int:
        return sum(self.employees_by_status.values())


def overview(vault: UnlockedVault) -> VaultOverview:
    with vault.database.reading() as session:
        by_status = dict(
            session.execute(select(Employee.status, func.count()).group_by(Employee.status)).all()
        )
        departments = session.scalar(
            select(func.count()).select_from(Department).where(Department.closed_on.is_(None))
        )
        audit_entries = session.scalar(select(func.max(AuditLogEntry.id))) or 0
        company = settings.get(session, settings.COMPANY_NAME)
    return VaultOverview(company, by_status, departments or 0, audit_entries)


def company_name(vault: UnlockedVault) -> str:
    with vault.database.reading() as session:
        return settings.get(session, settings.COMPANY_NAME)


def set_company_name(vault: UnlockedVault, name: str) -> None:
    with vault.database.unit_of_work() as session:
        settings.put(session, settings.COMPANY_NAME, " ".join(name.split()))
