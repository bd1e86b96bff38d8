"""The organization: department tree with heads and headcounts, positions, and dated changes."""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterable
from dataclasses import dataclass, field

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from ehr_desktop.domain.errors import InvalidInput, NotFound, OrganizationRefused
from ehr_desktop.domain.lifecycle import Status
from ehr_desktop.domain.people import Problem, clean_text
from ehr_desktop.persistence.models import Department, DepartmentEvent, Employee, Position
from ehr_desktop.services.vaults import UnlockedVault


@dataclass(frozen=True)
class DepartmentNode:
    id: int
    parent_id: int | None
    name: str
    path: str
    code: str | None
    head_id: int | None
    head_name: str | None
    headcount: int  # in this department itself
    total_headcount: int  # including every sub-department
    established_on: dt.date | None
    closed_on: dt.date | None
    children: tuple[int, ...] = field(default=())

    @property
    def is_closed(self) -> bool:
        return self.closed_on is not None


@dataclass(frozen=True)
class DepartmentHistoryEntry:
    effective_date: dt.date
    kind: str
    details: dict
    note: str | None
    recorded_by: str


@dataclass(frozen=True)
class PositionRow:
    id: int
    title: str
    job_family: str | None
    default_grade: str | None
    retired: bool


EMPLOYED = (Status.PROBATION.value, Status.ACTIVE.value, Status.ON_LEAVE.value)
GRADES = tuple(f"P{n}" for n in range(1, 8)) + tuple(f"M{n}" for n in range(1, 5))
SEPARATOR = "/"


def department_paths(session: Session) -> dict[int, str]:
    """id → "销售部/华东区" for every department (a small table: read whole)."""
    rows = session.execute(select(Department.id, Department.parent_id, Department.name)).all()
    by_id = {row.id: row for row in rows}
    paths: dict[int, str] = {}

    def path(department_id: int, depth: int = 0) -> str:
        if department_id in paths:
            return paths[department_id]
        row = by_id[department_id]
        if row.parent_id is None or depth > 50:
            result = row.name
        else:
            result = path(row.parent_id, depth + 1) + SEPARATOR + row.name
        paths[department_id] = result
        return result

    for department_id in by_id:
        path(department_id)
    return paths


def subtree_ids(session: Session, root_id: int) -> list[int]:
    children: dict[int | None, list[int]] = {}
    for row in session.execute(select(Department.id, Department.parent_id)):
        children.setdefault(row.parent_id, []).append(row.id)
    found, stack = [], [root_id]
    while stack:
        current = stack.pop()
        found.append(current)
        stack.extend(children.get(current, ()))
    return found


def paths(vault: UnlockedVault) -> dict[int, str]:
    """Every department's path by id (closed ones too): for showing ids recorded in history."""
    with vault.database.reading() as session:
        return department_paths(session)


def tree(vault: UnlockedVault, *, include_closed: bool = False) -> list[DepartmentNode]:
    """Departments in tree order (parents before children, by sort order), with headcounts of
    employees currently employed."""
    with vault.database.reading() as session:
        return _tree(session, include_closed=include_closed)


def _tree(session: Session, *, include_closed: bool) -> list[DepartmentNode]:
    departments = session.scalars(select(Department).order_by(Department.sort_order, Department.id))
    departments = [d for d in departments if include_closed or d.closed_on is None]
    counts = dict(
        session.execute(
            select(Employee.department_id, func.count())
            .where(Employee.status.in_(EMPLOYED))
            .group_by(Employee.department_id)
        ).all()
    )
    head_ids = {d.head_employee_id for d in departments if d.head_employee_id}
    head_names = dict(
        session.execute(select(Employee.id, Employee.name).where(Employee.id.in_(head_ids))).all()
    )
    paths = department_paths(session)
    children: dict[int | None, list[Department]] = {}
    known = {d.id for d in departments}
    for department in departments:
        parent = department.parent_id if department.parent_id in known else None
        children.setdefault(parent, []).append(department)

    nodes: list[DepartmentNode] = []

    def visit(department: Department, parent_id: int | None) -> int:
        index = len(nodes)
        nodes.append(None)  # type: ignore[arg-type]  # placeholder keeps tree order
        total = counts.get(department.id, 0)
        kids = children.get(department.id, [])
        for child in kids:
            total += visit(child, department.id)
        nodes[index] = DepartmentNode(
            id=department.id,
            parent_id=parent_id,
            name=department.name,
            path=paths[department.id],
            code=department.code,
            head_id=department.head_employee_id,
            head_name=head_names.get(department.head_employee_id),
            headcount=counts.get(department.id, 0),
            total_headcount=total,
            established_on=department.established_on,
            closed_on=department.closed_on,
            children=tuple(child.id for child in kids),
        )
        return total

    for root in children.get(None, []):
        visit(root, None)
    return nodes


def history(vault: UnlockedVault, department_id: int) -> list[DepartmentHistoryEntry]:
    with vault.database.reading() as session:
        rows = session.scalars(
            select(DepartmentEvent)
            .where(DepartmentEvent.department_id == department_id)
            .order_by(DepartmentEvent.effective_date, DepartmentEvent.id)
        )
        return [
            DepartmentHistoryEntry(
                r.effective_date, r.kind, json.loads(r.details), r.note, r.recorded_by
            )
            for r in rows
        ]


def positions(vault: UnlockedVault, *, include_retired: bool = False) -> list[PositionRow]:
    with vault.database.reading() as session:
        query = select(Position).order_by(Position.job_family, Position.title)
        if not include_retired:
            query = query.where(Position.retired.is_(False))
        return [
            PositionRow(p.id, p.title, p.job_family, p.default_grade, p.retired)
            for p in session.scalars(query)
        ]


def add_position(
    vault: UnlockedVault, title: str, job_family: str = "", default_grade: str = ""
) -> int:
    title = clean_text(title)
    problems = []
    if not title:
        problems.append(Problem("title", "required"))
    if default_grade and default_grade not in GRADES:
        problems.append(Problem("default_grade", "unknown_choice"))
    with vault.database.unit_of_work() as session:
        if title and session.scalar(select(Position.id).where(Position.title == title)):
            problems.append(Problem("title", "duplicate"))
        if problems:
            raise InvalidInput(problems=problems)
        position = Position(
            title=title,
            job_family=clean_text(job_family) or None,
            default_grade=default_grade or None,
        )
        session.add(position)
        session.flush()
        return position.id


# --- dated changes to the tree --------------------------------------------------------------


def _department(session: Session, department_id: int) -> Department:
    department = session.get(Department, department_id)
    if department is None:
        raise NotFound(entity="department")
    return department


def _record(
    session: Session,
    vault: UnlockedVault,
    department_id: int,
    kind: str,
    on: dt.date,
    note: str | None,
    **details: object,
) -> None:
    session.add(
        DepartmentEvent(
            department_id=department_id,
            kind=kind,
            effective_date=on,
            details=json.dumps(details, ensure_ascii=False, default=str),
            note=clean_text(note) or None,
            recorded_by=vault.database.audit.actor,
        )
    )


def _check_name(session: Session, name: str, parent_id: int | None, exclude: int | None) -> str:
    name = clean_text(name)
    if not name:
        raise InvalidInput(problems=[Problem("name", "required")])
    if SEPARATOR in name:
        raise InvalidInput(problems=[Problem("name", "no_slash")])
    if len(name) > 200:
        raise InvalidInput(problems=[Problem("name", "too_long", {"limit": 200})])
    clash = session.scalar(
        select(Department.id).where(
            Department.name == name,
            Department.parent_id.is_(None)
            if parent_id is None
            else Department.parent_id == parent_id,
            Department.closed_on.is_(None),
            Department.id != (exclude or 0),
        )
    )
    if clash:
        raise InvalidInput(problems=[Problem("name", "duplicate_sibling")])
    return name


def create_department(
    vault: UnlockedVault,
    name: str,
    parent_id: int | None,
    on: dt.date,
    *,
    code: str = "",
    note: str | None = None,
) -> int:
    with vault.database.unit_of_work() as session:
        if parent_id is not None and _department(session, parent_id).closed_on is not None:
            raise OrganizationRefused(rule="parent_closed")
        name = _check_name(session, name, parent_id, None)
        code = clean_text(code)
        if code and session.scalar(select(Department.id).where(Department.code == code)):
            raise InvalidInput(problems=[Problem("code", "duplicate")])
        order = session.scalar(select(func.max(Department.sort_order))) or 0
        department = Department(
            name=name,
            parent_id=parent_id,
            code=code or None,
            established_on=on,
            sort_order=order + 1,
        )
        session.add(department)
        session.flush()
        _record(session, vault, department.id, "create", on, note, name=name, parent_id=parent_id)
        return department.id


def rename_department(
    vault: UnlockedVault, department_id: int, name: str, on: dt.date, note: str | None = None
) -> None:
    with vault.database.unit_of_work() as session:
        department = _department(session, department_id)
        name = _check_name(session, name, department.parent_id, department_id)
        if name == department.name:
            return
        _record(session, vault, department_id, "rename", on, note, old=department.name, new=name)
        department.name = name


def _ancestors(session: Session, department_id: int | None) -> Iterable[int]:
    seen = 0
    while department_id is not None and seen < 100:
        yield department_id
        department_id = session.scalar(
            select(Department.parent_id).where(Department.id == department_id)
        )
        seen += 1


def move_department(
    vault: UnlockedVault,
    department_id: int,
    new_parent_id: int | None,
    on: dt.date,
    note: str | None = None,
) -> None:
    with vault.database.unit_of_work() as session:
        department = _department(session, department_id)
        if new_parent_id is not None:
            if department_id in _ancestors(session, new_parent_id):
                raise OrganizationRefused(rule="move_into_itself")
            if _department(session, new_parent_id).closed_on is not None:
                raise OrganizationRefused(rule="parent_closed")
        if new_parent_id == department.parent_id:
            return
        _check_name(session, department.name, new_parent_id, department_id)
        _record(
            session,
            vault,
            department_id,
            "move",
            on,
            note,
            old_parent_id=department.parent_id,
            new_parent_id=new_parent_id,
        )
        department.parent_id = new_parent_id


def set_head(
    vault: UnlockedVault,
    department_id: int,
    employee_id: int | None,
    on: dt.date,
    note: str | None = None,
) -> None:
    with vault.database.unit_of_work() as session:
        department = _department(session, department_id)
        if employee_id is not None:
            head = session.get(Employee, employee_id)
            if head is None:
                raise NotFound(entity="employee")
            if head.status == Status.LEFT.value:
                raise OrganizationRefused(rule="head_has_left")
        if department.head_employee_id == employee_id:
            return
        _record(
            session,
            vault,
            department_id,
            "head",
            on,
            note,
            old=department.head_employee_id,
            new=employee_id,
        )
        department.head_employee_id = employee_id


def close_department(
    vault: UnlockedVault, department_id: int, on: dt.date, note: str | None = None
) -> None:
    """Closes an empty department; its employees and sub-departments must be moved first."""
    with vault.database.unit_of_work() as session:
        department = _department(session, department_id)
        if department.closed_on is not None:
            return
        staffed = session.scalar(
            select(func.count())
            .select_from(Employee)
            .where(Employee.department_id == department_id, Employee.status != Status.LEFT.value)
        )
        if staffed:
            raise OrganizationRefused(rule="close_staffed", count=staffed)
        open_children = session.scalar(
            select(func.count())
            .select_from(Department)
            .where(Department.parent_id == department_id, Department.closed_on.is_(None))
        )
        if open_children:
            raise OrganizationRefused(rule="close_with_children", count=open_children)
        if department.established_on and on < department.established_on:
            raise OrganizationRefused(rule="close_before_established")
        _record(session, vault, department_id, "close", on, note)
        department.closed_on = on


def merge_departments(
    vault: UnlockedVault,
    source_id: int,
    target_id: int,
    on: dt.date,
    note: str | None = None,
) -> int:
    """Moves everyone and every sub-department of `source` into `target`, then closes source.

    Each moved employee gets a dated transfer in their own file. Returns how many moved.
    """
    from ehr_desktop.services import lifecycle  # lifecycle imports this module

    if source_id == target_id:
        raise OrganizationRefused(rule="merge_into_itself")
    with vault.database.unit_of_work() as session:
        source = _department(session, source_id)
        target = _department(session, target_id)
        if target.closed_on is not None:
            raise OrganizationRefused(rule="parent_closed")
        if source_id in _ancestors(session, target_id):
            raise OrganizationRefused(rule="move_into_itself")
        employee_ids = session.scalars(
            select(Employee.id).where(
                Employee.department_id == source_id, Employee.status.in_(EMPLOYED)
            )
        ).all()
        for employee_id in employee_ids:
            lifecycle.record_in_session(
                session,
                vault,
                employee_id,
                lifecycle.EventInput(
                    kind=lifecycle.Kind.TRANSFER,
                    effective_date=on,
                    details={"department_id": target_id},
                    reason=f"{source.name} → {target.name}",
                    note=note,
                ),
            )
        for child in session.scalars(
            select(Department).where(
                Department.parent_id == source_id, Department.closed_on.is_(None)
            )
        ):
            child.parent_id = target_id  # through the ORM, so each move is audited
        _record(
            session, vault, source_id, "merge", on, note, into=target_id, moved=len(employee_ids)
        )
        _record(session, vault, target_id, "merged_in", on, note, source=source_id)
        source.closed_on = on
        return len(employee_ids)
