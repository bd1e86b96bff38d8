"""The workforce report: headcount, hires, leavers, transfers and turnover by department and
month for a period, computed from every employee's lifecycle events (domain/workforce.py), and
its export as a workbook (recorded in the audit trail)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from dataclasses import dataclass
from itertools import groupby
from pathlib import Path

from sqlalchemy import func, select

from ehr_desktop import atomic
from ehr_desktop.domain import lifecycle as rules
from ehr_desktop.domain.lifecycle import Kind, Status
from ehr_desktop.domain.workforce import (
    COMPANY,
    NO_DEPARTMENT,
    Figures,
    Movement,
    movements,
    workforce_figures,
)
from ehr_desktop.exchange.workforce_report import WorkforceLine, WorkforceTexts, workforce_bytes
from ehr_desktop.persistence.models import Department, Employee, EmploymentEvent
from ehr_desktop.services.export_audit import record_export
from ehr_desktop.services.lifecycle import decode_details
from ehr_desktop.services.organization import department_paths
from ehr_desktop.services.progress import Progress
from ehr_desktop.services.vaults import UnlockedVault

MONTHS_BY_DEFAULT = 12
MAX_MONTHS = 120


class PeriodRefused(ValueError):
    """The period is empty (ends before it starts) or longer than MAX_MONTHS."""


@dataclass(frozen=True)
class WorkforceRow:
    department_id: int | None  # None: the whole company or "no department" (see `kind`)
    kind: str  # "company", "department" or "none"
    path: str  # "销售部/华东区"; "" for the company and for "no department"
    depth: int
    closed: bool
    figures: Figures


@dataclass(frozen=True)
class WorkforceReport:
    months: tuple[dt.date, ...]  # the first day of each month
    rows: tuple[WorkforceRow, ...]  # the company first, then departments in tree order
    people: int  # employees employed at some time in the period


def default_period(today: dt.date) -> tuple[dt.date, dt.date]:
    """The last twelve complete months: (first day of the first, last day of the last)."""
    end = today.replace(day=1) - dt.timedelta(days=1)
    year, month = end.year, end.month - (MONTHS_BY_DEFAULT - 1)
    while month < 1:
        year, month = year - 1, month + 12
    return dt.date(year, month, 1), end


def _check_period(first: dt.date, last: dt.date) -> None:
    months = (last.year - first.year) * 12 + last.month - first.month + 1
    if months < 1 or months > MAX_MONTHS:
        raise PeriodRefused(months)


def _employee_movements(
    session, period_start: dt.date, progress: Progress, total: int
) -> Iterator[tuple[int, list[Movement]]]:
    """Each employee's movements, replayed from their events. People who left for good before
    the period are skipped: nothing they did can reach it."""
    gone = {
        row.id
        for row in session.execute(
            select(Employee.id).where(
                Employee.status == Status.LEFT.value, Employee.leave_date < period_start
            )
        )
    }
    statement = (
        select(
            EmploymentEvent.employee_id,
            EmploymentEvent.id,
            EmploymentEvent.kind,
            EmploymentEvent.effective_date,
            EmploymentEvent.details,
            EmploymentEvent.corrects_id,
        )
        .order_by(EmploymentEvent.employee_id, EmploymentEvent.id)
        .execution_options(yield_per=5000)
    )
    done = 0
    for employee_id, rows in groupby(session.execute(statement), key=lambda r: r.employee_id):
        done += 1
        if done % 2000 == 0:
            progress.step(done, total)
        if employee_id in gone:
            continue
        events = [
            rules.Event(
                kind=Kind(r.kind),
                effective_date=r.effective_date,
                details=decode_details(r.details) if r.details and r.details != "{}" else {},
                sequence=r.id,
                corrects=r.corrects_id,
            )
            for r in rows
        ]
        yield employee_id, movements(events)


def compute(
    vault: UnlockedVault,
    first: dt.date,
    last: dt.date,
    progress: Progress | None = None,
) -> WorkforceReport:
    """The figures for the months from first's to last's (both included)."""
    _check_period(first, last)
    progress = progress or Progress()
    with vault.database.reading() as session:
        departments = session.execute(
            select(Department.id, Department.parent_id, Department.closed_on)
        ).all()
        parents = {d.id: d.parent_id for d in departments}
        closed = {d.id for d in departments if d.closed_on is not None}
        paths = department_paths(session)
        total = session.scalar(select(func.count()).select_from(Employee)) or 0
        months, figures = workforce_figures(
            _employee_movements(session, first.replace(day=1), progress, total),
            first,
            last,
            parents,
        )
    progress.step(total, total)
    rows: list[WorkforceRow] = []
    company = figures.get(COMPANY) or Figures.empty(len(months))
    rows.append(WorkforceRow(None, "company", "", 0, False, company))
    for department_id in sorted(paths, key=lambda d: paths[d]):
        found = figures.get(department_id)
        if found is None:
            if department_id in closed:
                continue  # closed before the period and nobody counted: not worth a row
            found = Figures.empty(len(months))
        rows.append(
            WorkforceRow(
                department_id,
                "department",
                paths[department_id],
                paths[department_id].count("/"),
                department_id in closed,
                found,
            )
        )
    if NO_DEPARTMENT in figures and not figures[NO_DEPARTMENT].is_empty():
        rows.append(WorkforceRow(None, "none", "", 0, False, figures[NO_DEPARTMENT]))
    return WorkforceReport(tuple(months), tuple(rows), len(company.people))


def export(
    vault: UnlockedVault,
    target: Path,
    first: dt.date,
    last: dt.date,
    texts: WorkforceTexts | None = None,
    *,
    progress: Progress | None = None,
) -> WorkforceReport:
    """Computes the report, records the export, writes the workbook atomically."""
    report = compute(vault, first, last, progress)
    texts = texts or WorkforceTexts()
    lines = [
        WorkforceLine(
            label=(
                texts.company_label
                if row.kind == "company"
                else texts.no_department_label
                if row.kind == "none"
                else row.path
            ),
            depth=row.depth,
            closed=row.closed,
            figures=row.figures,
        )
        for row in report.rows
    ]
    data = workforce_bytes(list(report.months), lines, texts)
    record_export(
        vault,
        "workforce",
        entity="departments",
        entity_id="*",
        people=report.people,
        path=target,
        extra={
            "from": report.months[0].isoformat()[:7],
            "to": report.months[-1].isoformat()[:7],
        },
    )
    atomic.write_bytes(target, data)
    return report
