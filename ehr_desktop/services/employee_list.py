"""The employee list as SQL: filters, quick search and sorting in the database, rows in pages.

Built for 100,000 employees: the GUI asks for the count and for the block of rows it shows,
never for everyone.
"""

from __future__ import annotations

import datetime as dt
import json
import re
from collections.abc import Sequence
from dataclasses import asdict, dataclass, field

from sqlalchemy import Select, func, select
from sqlalchemy.orm import Session

from ehr_desktop.domain.lifecycle import Status
from ehr_desktop.domain.people import clean_id_number, half_width
from ehr_desktop.persistence.models import Contract, Employee, EmployeeSearch, Position
from ehr_desktop.services import settings
from ehr_desktop.services.organization import department_paths, subtree_ids
from ehr_desktop.services.vaults import UnlockedVault

SAVED_VIEWS_KEY = "employee_list.saved_views"


@dataclass(frozen=True)
class ListQuery:
    text: str = ""
    department_id: int | None = None  # with every sub-department
    # Everyone not known to have left (empty: everyone). "not_hired" is a file without a hire
    # recorded yet, e.g. taken from a roster whose hire date could not be read.
    statuses: tuple[str, ...] = ("probation", "active", "on_leave", "not_hired")
    position_id: int | None = None
    grade: str | None = None
    hired_from: dt.date | None = None
    hired_to: dt.date | None = None
    contract_expiring_days: int | None = None
    sort_key: str = "employee_no"
    descending: bool = False

    def to_json(self) -> dict:
        data = asdict(self)
        for key in ("hired_from", "hired_to"):
            if data[key] is not None:
                data[key] = data[key].isoformat()
        data["statuses"] = list(self.statuses)
        return data

    @classmethod
    def from_json(cls, data: dict) -> ListQuery:
        known = {f for f in cls.__dataclass_fields__}
        values = {k: v for k, v in data.items() if k in known}
        for key in ("hired_from", "hired_to"):
            if values.get(key):
                values[key] = dt.date.fromisoformat(values[key])
        if "statuses" in values:
            values["statuses"] = tuple(values["statuses"])
        return cls(**values)


@dataclass(frozen=True)
class EmployeeRow:
    id: int
    employee_no: str
    name: str
    gender: str | None
    birth_date: dt.date | None
    department: str
    position: str
    grade: str | None
    status: str
    hire_date: dt.date | None
    leave_date: dt.date | None
    probation_end: dt.date | None
    mobile: str | None
    id_number: str | None
    email: str | None


SORT_COLUMNS = {
    "employee_no": (Employee.employee_no,),
    "name": (Employee.name_initials, Employee.name),  # roughly pinyin order, like a roster
    "gender": (Employee.gender,),
    "birth_date": (Employee.birth_date,),
    "department": (Employee.department_id,),
    "position": (Employee.position_id,),
    "grade": (Employee.grade,),
    "status": (Employee.status,),
    "hire_date": (Employee.hire_date,),
    "leave_date": (Employee.leave_date,),
    "probation_end": (Employee.probation_end,),
    "mobile": (Employee.mobile,),
    "id_number": (Employee.id_number,),
    "email": (Employee.email,),
}


def _escape_like(text: str) -> str:
    return re.sub(r"([\\%_])", r"\\\1", text)


def _search_pattern(text: str) -> str | None:
    """Quick search: a substring of the number, name, former name, pinyin initials, ID number
    or phone (the employee_search table holds exactly these, maintained by triggers)."""
    text = " ".join(half_width(text).split())
    if not text:
        return None
    if re.fullmatch(r"[\dXx ]+", text):  # ID numbers and phones are typed with spaces too
        text = clean_id_number(text)
    return f"%{_escape_like(text)}%"


def _matching_ids(session: Session, query: ListQuery) -> list[int] | None:
    """The ids quick search matches, when there are few enough to name: one scan of the search
    table then serves both the count and every page. None when there is no search text or too
    many matches (then each statement scans with a subquery)."""
    pattern = _search_pattern(query.text)
    if pattern is None:
        return None
    ids = list(
        session.scalars(
            select(EmployeeSearch.employee_id)
            .where(EmployeeSearch.haystack.like(pattern, escape="\\"))
            .limit(NAMED_MATCHES_UP_TO + 1)
        )
    )
    return ids if len(ids) <= NAMED_MATCHES_UP_TO else None


NAMED_MATCHES_UP_TO = 5000


def _filtered(
    session: Session,
    query: ListQuery,
    base: Select,
    *,
    today: dt.date,
    indexed: bool = True,
    matching_ids: list[int] | None = None,
) -> Select:
    """`base` narrowed by the query. With indexed=False the same conditions are written so
    that SQLite cannot use an index for them (`col || ''`, `id + 0`): it then walks the sort
    column's index and stops after one page, which beats finding thousands of matches by
    index and sorting them all."""

    def text(column):
        return column if indexed else column.concat("")

    def number(column):
        return column if indexed else column + 0

    pattern = _search_pattern(query.text)
    if matching_ids is not None:
        base = base.where(number(Employee.id).in_(matching_ids))
    elif pattern is not None:
        base = base.where(
            number(Employee.id).in_(
                select(EmployeeSearch.employee_id).where(
                    EmployeeSearch.haystack.like(pattern, escape="\\")
                )
            )
        )
    if query.statuses:
        base = base.where(text(Employee.status).in_(query.statuses))
    if query.department_id is not None:
        base = base.where(
            number(Employee.department_id).in_(subtree_ids(session, query.department_id))
        )
    if query.position_id is not None:
        base = base.where(number(Employee.position_id) == query.position_id)
    if query.grade:
        base = base.where(text(Employee.grade) == query.grade)
    if query.hired_from is not None:
        base = base.where(Employee.hire_date >= query.hired_from)
    if query.hired_to is not None:
        base = base.where(Employee.hire_date <= query.hired_to)
    if query.contract_expiring_days is not None:
        until = today + dt.timedelta(days=query.contract_expiring_days)
        base = base.where(
            number(Employee.id).in_(
                select(Contract.employee_id).where(
                    Contract.terminated_on.is_(None),
                    Contract.end_date >= today,
                    Contract.end_date <= until,
                )
            )
        )
    return base


# Sort keys backed by an index, so a page can be read in order without sorting every match.
INDEXED_SORTS = frozenset({"employee_no", "name", "hire_date"})
# Up to this many matches, finding them by index and sorting them is the faster plan.
SORT_ALL_BELOW = 3000


_ROW_COLUMNS = (
    Employee.id,
    Employee.employee_no,
    Employee.name,
    Employee.gender,
    Employee.birth_date,
    Employee.department_id,
    Employee.position_id,
    Employee.grade,
    Employee.status,
    Employee.hire_date,
    Employee.leave_date,
    Employee.probation_end,
    Employee.mobile,
    Employee.id_number,
    Employee.email,
)


class EmployeeListSource:
    """Count and pages of one query; the windowed table model reads through this."""

    def __init__(self, vault: UnlockedVault, query: ListQuery, *, today: dt.date | None = None):
        self.vault = vault
        self.query = query
        self.today = today or dt.date.today()
        self._count: int | None = None
        with vault.database.reading() as session:
            self._paths = department_paths(session)
            self._titles = dict(session.execute(select(Position.id, Position.title)).all())
            self._department_sort = self._department_order()
            named = _matching_ids(session, query)
            self._named = named
            self._statement = _filtered(
                session, query, select(*_ROW_COLUMNS), today=self.today, matching_ids=named
            )
            self._walk_statement = _filtered(
                session,
                query,
                select(*_ROW_COLUMNS),
                today=self.today,
                indexed=False,
                matching_ids=named,
            )
            self._count_statement = _filtered(
                session,
                query,
                select(func.count()).select_from(Employee),
                today=self.today,
                matching_ids=named,
            )
        self._statement = self._statement.order_by(*self._ordering())
        self._walk_statement = self._walk_statement.order_by(*self._ordering())

    def _page_statement(self) -> Select:
        if self.query.sort_key in INDEXED_SORTS and self.count() >= SORT_ALL_BELOW:
            return self._walk_statement
        return self._statement

    def _department_order(self) -> dict[int, int]:
        return {dept: rank for rank, dept in enumerate(sorted(self._paths, key=self._paths.get))}

    def _ordering(self):
        key = self.query.sort_key if self.query.sort_key in SORT_COLUMNS else "employee_no"
        columns = SORT_COLUMNS[key]
        if key == "department":
            # Path order ("财务部" before "销售部/华东区") rather than the order they were created.
            from sqlalchemy import case

            columns = (case(self._department_sort, value=Employee.department_id, else_=-1),)
        elif key == "position":
            from sqlalchemy import case

            ranks = {pid: r for r, pid in enumerate(sorted(self._titles, key=self._titles.get))}
            columns = (case(ranks, value=Employee.position_id, else_=-1),)
        ordered = [c.desc() if self.query.descending else c.asc() for c in columns]
        return [*ordered, Employee.id.desc() if self.query.descending else Employee.id.asc()]

    def select_all(self, session: Session, *columns) -> Select:
        """Every row the query finds as `columns`, in the list's order, for an export to
        stream (the page statements read only blocks)."""
        statement = _filtered(
            session, self.query, select(*columns), today=self.today, matching_ids=self._named
        )
        return statement.order_by(*self._ordering())

    def count(self) -> int:
        if self._count is None:
            with self.vault.database.reading() as session:
                self._count = session.scalar(self._count_statement) or 0
        return self._count

    def rows(self, offset: int, limit: int) -> Sequence[EmployeeRow]:
        with self.vault.database.reading() as session:
            result = session.execute(self._page_statement().offset(offset).limit(limit))
            return [self._row(r) for r in result]

    def _row(self, r) -> EmployeeRow:
        return EmployeeRow(
            id=r.id,
            employee_no=r.employee_no,
            name=r.name,
            gender=r.gender,
            birth_date=r.birth_date,
            department=self._paths.get(r.department_id, "") if r.department_id else "",
            position=self._titles.get(r.position_id, "") if r.position_id else "",
            grade=r.grade,
            status=r.status,
            hire_date=r.hire_date,
            leave_date=r.leave_date,
            probation_end=r.probation_end,
            mobile=r.mobile,
            id_number=r.id_number,
            email=r.email,
        )


def source(vault: UnlockedVault, query: ListQuery) -> EmployeeListSource:
    return EmployeeListSource(vault, query)


# --- saved views (in the vault: they are the officer's, on any computer) ----------------------


@dataclass(frozen=True)
class SavedView:
    name: str
    query: ListQuery
    columns: tuple[str, ...] = field(default=())  # visible column keys in order; () = default


def saved_views(vault: UnlockedVault) -> list[SavedView]:
    with vault.database.reading() as session:
        raw = settings.get(session, SAVED_VIEWS_KEY, "[]")
    try:
        data = json.loads(raw)
        return [
            SavedView(v["name"], ListQuery.from_json(v["query"]), tuple(v.get("columns", ())))
            for v in data
        ]
    except (ValueError, KeyError, TypeError):
        return []


def save_view(vault: UnlockedVault, view: SavedView) -> None:
    views = [v for v in saved_views(vault) if v.name != view.name] + [view]
    _store(vault, views)


def delete_view(vault: UnlockedVault, name: str) -> None:
    _store(vault, [v for v in saved_views(vault) if v.name != name])


def _store(vault: UnlockedVault, views: list[SavedView]) -> None:
    data = [
        {"name": v.name, "query": v.query.to_json(), "columns": list(v.columns)}
        for v in sorted(views, key=lambda v: v.name)
    ]
    with vault.database.unit_of_work() as session:
        settings.put(session, SAVED_VIEWS_KEY, json.dumps(data, ensure_ascii=False))


STATUSES = tuple(s.value for s in Status if s != Status.NOT_HIRED)
