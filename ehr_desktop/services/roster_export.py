"""The roster as one table for Excel or CSV: the officer's columns, the people the employee list's
query finds (or everyone), in the list's order. ID numbers, phones, bank accounts and salaries
are masked unless the officer chooses otherwise; every export is recorded in the audit trail."""

from __future__ import annotations

from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import func, select

from ehr_desktop import atomic
from ehr_desktop.domain import people
from ehr_desktop.exchange.roster_export import CellKind, RosterColumn, build_roster
from ehr_desktop.persistence.models import Contract, Employee, EmployeeRecord, Position
from ehr_desktop.services import employee_list
from ehr_desktop.services.employee_list import ListQuery
from ehr_desktop.services.export_audit import SENSITIVE_FIELDS, record_export
from ehr_desktop.services.organization import department_paths
from ehr_desktop.services.progress import Progress
from ehr_desktop.services.vaults import UnlockedVault


@dataclass(frozen=True)
class ExportColumn:
    key: str
    kind: CellKind = CellKind.TEXT
    word_group: str | None = None  # stored codes the caller words (gender "M" → 男)


# Every column an export can hold, in the order a roster reads; the officer picks from these.
AVAILABLE: tuple[ExportColumn, ...] = (
    ExportColumn("employee_no", CellKind.CODE),
    ExportColumn("name"),
    ExportColumn("former_name"),
    ExportColumn("gender", word_group="gender"),
    ExportColumn("ethnicity"),
    ExportColumn("id_number", CellKind.CODE),
    ExportColumn("birth_date", CellKind.DATE),
    ExportColumn("department"),
    ExportColumn("position"),
    ExportColumn("grade", CellKind.CODE),
    ExportColumn("status", word_group="status"),
    ExportColumn("hire_date", CellKind.DATE),
    ExportColumn("probation_end", CellKind.DATE),
    ExportColumn("contract_type", word_group="contract_type"),
    ExportColumn("contract_start", CellKind.DATE),
    ExportColumn("contract_end", CellKind.DATE),
    ExportColumn("education"),
    ExportColumn("mobile", CellKind.CODE),
    ExportColumn("email"),
    ExportColumn("native_place"),
    ExportColumn("hukou_type", word_group="hukou_type"),
    ExportColumn("current_address"),
    ExportColumn("marital_status", word_group="marital_status"),
    ExportColumn("political_status", word_group="political_status"),
    ExportColumn("first_work_date", CellKind.DATE),
    ExportColumn("supervisor"),
    ExportColumn("bank_name"),
    ExportColumn("bank_account", CellKind.CODE),
    ExportColumn("monthly_salary", CellKind.MONEY),
    ExportColumn("leave_date", CellKind.DATE),
)
BY_KEY = {column.key: column for column in AVAILABLE}
# What `ehr-desktop export roster` writes without --columns: every core field.
COLUMNS = (
    "employee_no", "name", "gender", "id_number", "birth_date", "department", "position",
    "grade", "hire_date", "probation_end", "contract_start", "contract_end", "education",
    "mobile", "email", "status", "leave_date",
)  # fmt: skip
SENSITIVE = SENSITIVE_FIELDS
MASKED_MONEY = "****"
EVERYONE = ListQuery(statuses=())  # current and departed, no filter

# Straight from the employees table: column key -> attribute.
_DIRECT = (
    "employee_no", "name", "former_name", "gender", "ethnicity", "id_number", "birth_date",
    "grade", "status", "hire_date", "probation_end", "mobile", "email", "native_place",
    "hukou_type", "current_address", "marital_status", "political_status", "first_work_date",
    "bank_name", "bank_account", "leave_date",
)  # fmt: skip


class UnknownColumns(ValueError):
    def __init__(self, keys: Sequence[str]) -> None:
        super().__init__(", ".join(keys))
        self.keys = tuple(keys)


@dataclass(frozen=True)
class ExportResult:
    path: Path
    rows: int
    unmasked: bool
    columns: tuple[str, ...] = ()


def check_columns(columns: Sequence[str]) -> tuple[str, ...]:
    unknown = [key for key in columns if key not in BY_KEY]
    if unknown or not columns:
        raise UnknownColumns(unknown)
    return tuple(dict.fromkeys(columns))  # each once, in the order given


def count(vault: UnlockedVault, query: ListQuery) -> int:
    """How many people an export with this query holds (what the dialog says)."""
    return employee_list.source(vault, query).count()


def rows(
    vault: UnlockedVault,
    *,
    columns: Sequence[str] = COLUMNS,
    query: ListQuery = EVERYONE,
    unmasked: bool = False,
) -> Iterator[dict[str, Any]]:
    """The query's employees in the list's order as dicts keyed by `columns`, values as stored
    (dates as dates, the salary in yuan), sensitive ones masked unless `unmasked`."""
    columns = check_columns(columns)
    wanted = set(columns)
    source = employee_list.source(vault, query)
    with vault.database.reading() as session:
        paths = department_paths(session) if "department" in wanted else {}
        titles = (
            dict(session.execute(select(Position.id, Position.title)).all())
            if "position" in wanted
            else {}
        )
        supervisors = _supervisor_names(session) if "supervisor" in wanted else {}
        # The latest contract and education are looked up per row in SQL: dictionaries of
        # 100,000 entries would cost more memory than the whole workbook.
        extra = [
            _latest_contract(column).label(key)
            for key, column in (
                ("contract_type", Contract.contract_type),
                ("contract_start", Contract.start_date),
                ("contract_end", Contract.end_date),
            )
            if key in wanted
        ]
        if "education" in wanted:
            extra.append(_latest_degree().label("education"))
        statement = source.select_all(
            session,
            Employee.id,
            Employee.department_id,
            Employee.position_id,
            Employee.supervisor_id,
            Employee.monthly_salary_cents,
            *(getattr(Employee, key) for key in _DIRECT if key in wanted),
            *extra,
        )
        for e in session.execute(statement.execution_options(yield_per=2000)):
            row = {key: getattr(e, key) for key in _DIRECT if key in wanted}
            row.update({key: getattr(e, key) for key in _LOOKED_UP if key in wanted})
            row.update(
                department=paths.get(e.department_id, "") if e.department_id else "",
                position=titles.get(e.position_id, "") if e.position_id else "",
                supervisor=supervisors.get(e.supervisor_id),
                monthly_salary=(
                    e.monthly_salary_cents / 100 if e.monthly_salary_cents is not None else None
                ),
            )
            if not unmasked:
                _mask(row, wanted)
            yield {key: row[key] for key in columns}


_LOOKED_UP = ("contract_type", "contract_start", "contract_end", "education")


def _latest_contract(column):
    """The employee's contract that started last (correlated: one index lookup per row)."""
    return (
        select(column)
        .where(Contract.employee_id == Employee.id)
        .order_by(Contract.start_date.desc(), Contract.id.desc())
        .limit(1)
        .scalar_subquery()
    )


def _latest_degree():
    """The degree of the education that ended last (undated ones before any dated one)."""
    degree = func.json_extract(EmployeeRecord.details, "$.degree")
    return (
        select(degree)
        .where(
            EmployeeRecord.employee_id == Employee.id,
            # `|| ''` keeps SQLite on the employee_id index (the kind index scans everyone's)
            EmployeeRecord.kind.concat("") == "education",
            func.json_valid(EmployeeRecord.details),
            func.coalesce(degree, "") != "",
        )
        .order_by(EmployeeRecord.end_date.desc(), EmployeeRecord.id.desc())
        .limit(1)
        .scalar_subquery()
    )


def _mask(row: dict[str, Any], wanted: set[str]) -> None:
    for key in ("id_number", "mobile", "bank_account"):
        if key in wanted and row.get(key):
            row[key] = people.MASKS[key](row[key])
    if row.get("monthly_salary") is not None:
        row["monthly_salary"] = MASKED_MONEY


def _supervisor_names(session) -> dict[int, str]:
    supervisors = select(Employee.supervisor_id).where(Employee.supervisor_id.is_not(None))
    return dict(
        session.execute(select(Employee.id, Employee.name).where(Employee.id.in_(supervisors)))
    )


def export(
    vault: UnlockedVault,
    target: Path,
    headers: Mapping[str, str],
    *,
    words: Mapping[str, Mapping[str, str]] | None = None,
    columns: Sequence[str] = COLUMNS,
    query: ListQuery | None = None,
    include_left: bool = False,
    unmasked: bool = False,
    sheet_name: str = "Roster",
    progress: Progress | None = None,
) -> ExportResult:
    """Writes the roster to `target` (.xlsx or .csv by its suffix). `headers` and `words`
    (column -> code -> word, e.g. status) come from the caller in the officer's language.
    `query` is the employee list's (None: current employees, or everyone with include_left).

    The file is built in memory (cancelling through `progress` leaves nothing behind), the
    export is recorded in the audit trail, then the file is written atomically."""
    columns = check_columns(columns)
    if query is None:
        query = EVERYONE if include_left else ListQuery()
    words = words or {}
    progress = progress or Progress()
    total = count(vault, query)
    progress.step(0, total)
    groups = [BY_KEY[key].word_group for key in columns]

    def shown(row: dict[str, Any]) -> list[Any]:
        return [
            words.get(group, {}).get(value, value) if group and value is not None else value
            for value, group in zip(row.values(), groups, strict=True)
        ]

    file_format = "csv" if target.suffix.lower() == ".csv" else "xlsx"
    built = build_roster(
        file_format,
        [RosterColumn(headers.get(key, key), BY_KEY[key].kind) for key in columns],
        (shown(row) for row in rows(vault, columns=columns, query=query, unmasked=unmasked)),
        sheet_name=sheet_name,
        frozen_columns=_leading_identity_columns(columns),
        on_rows=lambda done: progress.step(done, max(total, done)),
    )
    unmasked_fields = [key for key in columns if key in SENSITIVE] if unmasked else []
    record_export(
        vault,
        "roster",
        entity="employees",
        entity_id="*",
        people=built.rows,
        path=target,
        unmasked_fields=unmasked_fields,
        extra={"columns": list(columns), "filter": query.to_json()},
    )
    atomic.write_bytes(target, built.data)
    return ExportResult(target, built.rows, bool(unmasked_fields), columns)


def _leading_identity_columns(columns: Sequence[str]) -> int:
    """Employee no. and name stay in view when they lead the table, as in the list."""
    frozen = 0
    for key in columns[:2]:
        if key not in ("employee_no", "name"):
            break
        frozen += 1
    return frozen
