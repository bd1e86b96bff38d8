"""How the KPI services keep the domain's values: JSON codecs for inputs, results, grade scales,
quotas, scopes and population rules; scoring a stored form; the log; audited bulk writes.

Shared by services/kpi_*.py; nothing here opens a unit of work.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
from collections.abc import Iterable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation
from enum import StrEnum
from typing import Any

from sqlalchemy import bindparam, select, update
from sqlalchemy.orm import Session

from ehr_desktop.domain.errors import NotFound
from ehr_desktop.domain.kpi import (
    DEFAULT_GRADES,
    Actual,
    Checklist,
    DepartmentRule,
    FormInput,
    FormResult,
    GradeBand,
    GradeScale,
    Incidents,
    Indicator,
    IndicatorInput,
    KpiRefused,
    Operator,
    Quota,
    Rating,
    Scope,
    Scorer,
    Template,
    Verdict,
    from_json,
    indicator_score,
    input_kind,
    parse_decimal,
    score_form,
)
from ehr_desktop.persistence.audit import Change, changes_for_rows, insert_rows
from ehr_desktop.persistence.models import (
    Department,
    KpiCycle,
    KpiForm,
    KpiFormItem,
    KpiInput,
    KpiLogEntry,
    KpiTemplateVersion,
    utc_now_text,
)
from ehr_desktop.services.vaults import UnlockedVault

PERIOD_KINDS = ("month", "quarter", "half_year", "year", "custom")


class CycleState(StrEnum):
    OPEN = "open"
    FINALIZED = "finalized"  # results published; reopened only explicitly, with a reason
    ARCHIVED = "archived"  # forms archived into the files; the end


class ProvidedVia(StrEnum):
    """How an input reached the vault: the officer types everything, on someone's behalf."""

    PAPER = "paper"  # typed from a paper sheet (the signed sheet may be attached)
    WORKBOOK = "workbook"  # taken from a workbook someone filled in
    OFFICER = "officer"  # the officer's own entry (HR scoring, bonuses, corrections)


class ItemKind(StrEnum):
    BONUS = "bonus"
    DEDUCTION = "deduction"
    VETO = "veto"


class LogKind(StrEnum):
    ADVANCE = "advance"
    SEND_BACK = "send_back"
    REOPEN = "reopen"
    CHANGE = "change"  # an input or item changed on a finalized form (reason, old, new)
    RESCORED = "rescored"  # the score of a finalized form changed with it
    CALIBRATION = "calibration"  # score / grade adjusted in calibration (reason, old, new)
    REVIEWER = "reviewer"
    TEMPLATE = "template"  # the form moved to another template by hand
    EXCLUDED = "excluded"
    INCLUDED = "included"
    CYCLE_FINALIZED = "cycle_finalized"
    CYCLE_REOPENED = "cycle_reopened"
    CYCLE_ARCHIVED = "cycle_archived"


@dataclass(frozen=True)
class Provenance:
    """Who provided an entry and how; `provided_by_id` None: the officer themself."""

    via: ProvidedVia = ProvidedVia.PAPER
    provided_by_id: int | None = None


@dataclass(frozen=True)
class PopulationRule:
    """Who a cycle appraises. Rules first, then the officer's own changes by hand."""

    departments: tuple[DepartmentRule, ...] = ()  # empty: the whole company
    hired_by: dt.date | None = None  # hired on or before this day (None: no cut-off)
    exclude_probation: bool = True
    exclude_on_leave: bool = True  # on a leave of absence (long leave) now
    include: frozenset[int] = field(default_factory=frozenset)  # employees, despite the rules
    exclude: frozenset[int] = field(default_factory=frozenset)


# --- plain values --------------------------------------------------------------------------


def text(value: Decimal | None) -> str | None:
    return None if value is None else str(value)


def number(value: str | None) -> Decimal | None:
    return None if value is None else Decimal(value)


def dumps(data: Any) -> str:
    return json.dumps(data, ensure_ascii=False, sort_keys=True, separators=(",", ":"))


_ACTOR = "kpi_actor"
_AUDIT = "kpi_audit"


@contextmanager
def writing(vault: UnlockedVault) -> Iterator[Session]:
    """The vault's unit of work, knowing its actor and audit recorder for the helpers below."""
    with vault.database.unit_of_work() as session:
        session.info[_ACTOR] = vault.database.audit.actor
        session.info[_AUDIT] = vault.database.audit
        yield session


def actor_of(session: Session) -> str:
    return session.info[_ACTOR]


def plain(value: Any) -> Any:
    """A value as JSON keeps it (the audit trail and the log)."""
    if isinstance(value, Decimal):
        return str(value)
    if isinstance(value, StrEnum):
        return value.value
    if isinstance(value, (dt.date, dt.datetime)):
        return value.isoformat()
    if isinstance(value, (frozenset, set)):
        return [plain(v) for v in sorted(value)]
    if isinstance(value, (list, tuple)):
        return [plain(v) for v in value]
    if isinstance(value, Mapping):
        return {str(k): plain(v) for k, v in value.items()}
    return value


# --- indicator inputs ----------------------------------------------------------------------


def encode_input(value: IndicatorInput) -> str:
    match value:
        case Actual(value=number_value):
            data: dict[str, Any] = {"actual": str(number_value)}
        case Incidents(count=count):
            data = {"incidents": count}
        case Verdict(passed=passed):
            data = {"passed": passed}
        case Rating(level=level):
            data = {"rating": level}
        case Checklist(met=met):
            data = {"met": sorted(met)}
        case _:
            raise TypeError(value)
    return dumps(data)


def decode_input(stored: str) -> IndicatorInput:
    data = json.loads(stored)
    if "actual" in data:
        return Actual(Decimal(data["actual"]))
    if "incidents" in data:
        return Incidents(int(data["incidents"]))
    if "passed" in data:
        return Verdict(bool(data["passed"]))
    if "rating" in data:
        return Rating(int(data["rating"]))
    return Checklist(frozenset(data["met"]))


def _whole(indicator: Indicator, typed: str) -> int:
    found = parse_decimal(typed)
    if found != found.to_integral_value():
        raise KpiRefused("not_a_whole_number", indicator=indicator.key, text=typed)
    return int(found)


def coerce_input(indicator: Indicator, value: IndicatorInput | str | int | bool) -> IndicatorInput:
    """The input as the indicator takes it, checked by the domain's own scoring (a rating
    outside the scale, an unknown milestone, text in a numeric actual are all refused).

    Typed text is read for the numeric kinds (actual, incident count, rating level); an int
    is a rating level or a count, a bool a pass/fail verdict."""
    kind = input_kind(indicator)
    if isinstance(value, str):
        if kind is Actual:
            value = Actual(parse_decimal(value))
        elif kind is Incidents:
            value = Incidents(_whole(indicator, value))
        elif kind is Rating:
            value = Rating(_whole(indicator, value))
        else:
            raise KpiRefused("input_does_not_fit", indicator=indicator.key, expected=kind.__name__)
    elif isinstance(value, bool):
        value = Verdict(value)
    elif isinstance(value, int):
        value = Incidents(value) if kind is Incidents else Rating(value)
    indicator_score(indicator, value)  # raises with the domain's code when it does not fit
    return value


# --- grade scales, quotas, scopes, population ----------------------------------------------


def scale_to_json(scale: GradeScale) -> str:
    bands = [{"name": band.name, "lower_bound": str(band.lower_bound)} for band in scale.bands]
    return dumps({"bands": bands, "lowest": scale.lowest})


def scale_from_json(stored: str | None) -> GradeScale:
    if not stored:
        return DEFAULT_GRADES
    data = json.loads(stored)
    return GradeScale(
        tuple(GradeBand(b["name"], Decimal(b["lower_bound"])) for b in data["bands"]),
        data["lowest"],
    )


def quotas_to_json(quotas: Sequence[Quota]) -> str:
    return dumps(
        [
            {"grades": list(q.grades), "operator": q.operator.value, "share": str(q.share)}
            for q in quotas
        ]
    )


def quotas_from_json(stored: str | None) -> tuple[Quota, ...]:
    return tuple(
        Quota(tuple(q["grades"]), Operator(q["operator"]), Decimal(q["share"]))
        for q in json.loads(stored or "[]")
    )


def scope_to_dict(scope: Scope) -> dict[str, Any]:
    return {
        "departments": [
            {"id": r.department_id, "include_subdepartments": r.include_subdepartments}
            for r in scope.departments
        ],
        "positions": sorted(scope.positions),
        "job_families": sorted(scope.job_families),
        "grades": sorted(scope.grades),
    }


def scope_from_json(stored: str | None) -> Scope:
    data = json.loads(stored or "{}")
    return Scope(
        departments=tuple(
            DepartmentRule(int(r["id"]), bool(r["include_subdepartments"]))
            for r in data.get("departments", ())
        ),
        positions=frozenset(int(p) for p in data.get("positions", ())),
        job_families=frozenset(data.get("job_families", ())),
        grades=frozenset(data.get("grades", ())),
    )


def population_to_json(rule: PopulationRule) -> str:
    return dumps(
        {
            "departments": scope_to_dict(Scope(departments=rule.departments))["departments"],
            "hired_by": None if rule.hired_by is None else rule.hired_by.isoformat(),
            "exclude_probation": rule.exclude_probation,
            "exclude_on_leave": rule.exclude_on_leave,
            "include": sorted(rule.include),
            "exclude": sorted(rule.exclude),
        }
    )


def population_from_json(stored: str | None) -> PopulationRule:
    data = json.loads(stored or "{}")
    if not data:
        return PopulationRule()
    hired_by = data.get("hired_by")
    return PopulationRule(
        departments=scope_from_json(dumps({"departments": data["departments"]})).departments,
        hired_by=None if hired_by is None else dt.date.fromisoformat(hired_by),
        exclude_probation=bool(data["exclude_probation"]),
        exclude_on_leave=bool(data["exclude_on_leave"]),
        include=frozenset(data.get("include", ())),
        exclude=frozenset(data.get("exclude", ())),
    )


def decimal_or_refuse(value: Decimal | str, field_name: str) -> Decimal:
    if isinstance(value, str):
        value = parse_decimal(value)
    try:
        if not value.is_finite():
            raise KpiRefused("not_a_number", field=field_name, text=str(value))
    except (AttributeError, InvalidOperation):
        raise KpiRefused("not_a_number", field=field_name, text=str(value)) from None
    return value


# --- scoring a stored form -----------------------------------------------------------------


@dataclass(frozen=True)
class StoredResult:
    """The scoring steps kept with a form (the editor recomputes the full detail)."""

    totals: Mapping[Scorer, Decimal]
    weights_used: Mapping[Scorer, Decimal]
    combined: Decimal | None
    bonus: Decimal
    deduction: Decimal
    vetoes: tuple[str, ...]
    veto_cap: Decimal | None
    final: Decimal | None
    grade: str | None
    incomplete: tuple[Scorer, ...]  # scorers who entered some indicators but not all


def result_to_json(result: FormResult, incomplete: Iterable[Scorer]) -> str | None:
    """The steps worth keeping; None while nothing at all has been entered (a new form)."""
    incomplete = tuple(incomplete)
    entered = result.sheets or result.bonus_claimed or result.deduction_claimed or result.vetoes
    if not (entered or incomplete):
        return None
    return dumps(
        {
            "totals": {s.value: str(sheet.total) for s, sheet in result.sheets.items()},
            "weights_used": {s.value: str(w) for s, w in result.weights_used.items()},
            "combined": text(result.combined),
            "bonus": str(result.bonus),
            "deduction": str(result.deduction),
            "vetoes": list(result.vetoes),
            "veto_cap": text(result.veto_cap),
            "final": text(result.final),
            "grade": result.grade,
            "incomplete": [s.value for s in incomplete],
        }
    )


def result_from_json(stored: str | None) -> StoredResult | None:
    if not stored:
        return None
    data = json.loads(stored)
    return StoredResult(
        totals={Scorer(k): Decimal(v) for k, v in data["totals"].items()},
        weights_used={Scorer(k): Decimal(v) for k, v in data["weights_used"].items()},
        combined=number(data["combined"]),
        bonus=Decimal(data["bonus"]),
        deduction=Decimal(data["deduction"]),
        vetoes=tuple(data["vetoes"]),
        veto_cap=number(data["veto_cap"]),
        final=number(data["final"]),
        grade=data["grade"],
        incomplete=tuple(Scorer(s) for s in data["incomplete"]),
    )


class Templates:
    """Template versions parsed once per unit of work, graded with the cycle's bands."""

    def __init__(self, session: Session) -> None:
        self._session = session
        self._parsed: dict[int, Template] = {}
        self._graded: dict[tuple[int, str], Template] = {}

    def version(self, version_id: int) -> Template:
        found = self._parsed.get(version_id)
        if found is None:
            definition = self._session.scalar(
                select(KpiTemplateVersion.definition).where(KpiTemplateVersion.id == version_id)
            )
            if definition is None:
                raise NotFound(entity="kpi_template_version")
            found = self._parsed[version_id] = from_json(definition)
        return found

    def graded(self, version_id: int, scale_json: str) -> Template:
        """The version with the cycle's grade bands: every form of a cycle is graded alike."""
        key = (version_id, scale_json)
        found = self._graded.get(key)
        if found is None:
            found = dataclasses.replace(
                self.version(version_id), grades=scale_from_json(scale_json)
            )
            self._graded[key] = found
        return found


def form_input(
    template: Template,
    inputs: Iterable[tuple[str, str, str]],
    items: Iterable[tuple[str, str, str | None]],
) -> tuple[FormInput, tuple[Scorer, ...]]:
    """The domain's FormInput from stored rows: inputs (scorer, indicator key, value JSON) and
    items (kind, key, points). A scorer's sheet counts only once every indicator is entered;
    partial sheets are returned as incomplete (the score leaves them out until finished)."""
    sheets: dict[Scorer, dict[str, IndicatorInput]] = {}
    for scorer, key, value in inputs:
        sheets.setdefault(Scorer(scorer), {})[key] = decode_input(value)
    keys = {indicator.key for indicator in template.indicators}
    complete = {s: sheet for s, sheet in sheets.items() if keys <= sheet.keys()}
    incomplete = tuple(s for s in Scorer if s in sheets and s not in complete)
    bonuses: dict[str, Decimal] = {}
    deductions: dict[str, Decimal] = {}
    vetoes: set[str] = set()
    for kind, key, points in items:
        if kind == ItemKind.BONUS:
            bonuses[key] = Decimal(points or "0")
        elif kind == ItemKind.DEDUCTION:
            deductions[key] = Decimal(points or "0")
        else:
            vetoes.add(key)
    return FormInput(complete, bonuses, deductions, frozenset(vetoes)), incomplete


def score_stored(
    template: Template,
    inputs: Iterable[tuple[str, str, str]],
    items: Iterable[tuple[str, str, str | None]],
) -> tuple[FormResult, tuple[Scorer, ...]]:
    given, incomplete = form_input(template, inputs, items)
    return score_form(template, given), incomplete


def load_rows(session: Session, form_id: int) -> tuple[list, list]:
    inputs = session.execute(
        select(KpiInput.scorer, KpiInput.indicator_key, KpiInput.value).where(
            KpiInput.form_id == form_id
        )
    ).all()
    items = session.execute(
        select(KpiFormItem.kind, KpiFormItem.item_key, KpiFormItem.points).where(
            KpiFormItem.form_id == form_id
        )
    ).all()
    return [tuple(r) for r in inputs], [tuple(r) for r in items]


def rescore(session: Session, form: KpiForm, templates: Templates, scale_json: str) -> FormResult:
    """Scores the form from its stored inputs and keeps the result on it."""
    template = templates.graded(form.template_version_id, scale_json)
    inputs, items = load_rows(session, form.id)
    result, incomplete = score_stored(template, inputs, items)
    form.result = result_to_json(result, incomplete)
    form.score = text(result.final)
    form.grade = result.grade
    return result


# --- reading helpers -----------------------------------------------------------------------


def get_cycle(session: Session, cycle_id: int) -> KpiCycle:
    cycle = session.get(KpiCycle, cycle_id)
    if cycle is None:
        raise NotFound(entity="kpi_cycle")
    return cycle


def get_form(session: Session, form_id: int) -> KpiForm:
    form = session.get(KpiForm, form_id)
    if form is None:
        raise NotFound(entity="kpi_form")
    return form


def department_chains(session: Session) -> dict[int, tuple[int, ...]]:
    """id → the ids from the root down to the department (what matching calls a path)."""
    parents = dict(session.execute(select(Department.id, Department.parent_id)).all())
    chains: dict[int, tuple[int, ...]] = {}

    def chain(department_id: int) -> tuple[int, ...]:
        found = chains.get(department_id)
        if found is None:
            ids = [department_id]
            parent = parents.get(department_id)
            while parent is not None and parent not in ids and len(ids) < 50:
                ids.append(parent)
                parent = parents.get(parent)
            found = chains[department_id] = tuple(reversed(ids))
        return found

    for department_id in parents:
        chain(department_id)
    return chains


def default_reviewers(
    session: Session, people: Iterable[tuple[int, int | None, int | None]]
) -> dict[int, int | None]:
    """(employee id, department id, explicit supervisor id) → the reviewer a form gets.

    The same rule as the employee file's supervisor (services.employees._supervisor), for
    thousands at once: the explicit supervisor, else the head of the department or of the
    nearest department above that has one, never the employee themself."""
    rows = session.execute(select(Department.id, Department.parent_id, Department.head_employee_id))
    parent_of: dict[int, int | None] = {}
    head_of: dict[int, int | None] = {}
    for row in rows:
        parent_of[row.id] = row.parent_id
        head_of[row.id] = row.head_employee_id
    found: dict[int, int | None] = {}
    for employee_id, department_id, supervisor_id in people:
        if supervisor_id is not None:
            found[employee_id] = supervisor_id
            continue
        reviewer = None
        current = department_id
        for _ in range(50):
            if current is None or current not in parent_of:
                break
            head = head_of[current]
            if head is not None and head != employee_id:
                reviewer = head
                break
            current = parent_of[current]
        found[employee_id] = reviewer
    return found


# --- writing helpers -----------------------------------------------------------------------


_UNSET: Any = object()


def _log_value(value: Any) -> str | None:
    return None if value is _UNSET else dumps(plain(value))


def log(
    session: Session,
    *,
    cycle_id: int,
    kind: LogKind,
    form_id: int | None = None,
    source: str | None = None,
    target: str | None = None,
    what: Sequence[str] | None = None,
    old: Any = _UNSET,
    new: Any = _UNSET,
    note: str | None = None,
) -> KpiLogEntry:
    """Adds one log entry through the ORM (so it is audited like any row)."""
    entry = KpiLogEntry(
        cycle_id=cycle_id,
        form_id=form_id,
        kind=kind.value,
        source_stage=source,
        target_stage=target,
        what=None if what is None else dumps(list(what)),
        old_value=_log_value(old),
        new_value=_log_value(new),
        note=note or None,
        recorded_by=actor_of(session),
    )
    session.add(entry)
    return entry


def log_row(
    session: Session,
    *,
    cycle_id: int,
    kind: LogKind,
    form_id: int | None,
    source: str | None = None,
    target: str | None = None,
    note: str | None = None,
    recorded_at: str | None = None,
) -> dict[str, Any]:
    """A log entry as a plain row for `bulk_insert` (ids assigned there)."""
    return {
        "cycle_id": cycle_id,
        "form_id": form_id,
        "kind": kind.value,
        "source_stage": source,
        "target_stage": target,
        "what": None,
        "old_value": None,
        "new_value": None,
        "note": note or None,
        "recorded_at": recorded_at or utc_now_text(),
        "recorded_by": actor_of(session),
    }


def next_id(session: Session, table: str) -> int:
    found = session.connection().exec_driver_sql(f'SELECT max(id) FROM "{table}"').scalar()
    return (found or 0) + 1


def bulk_insert(session: Session, table: str, rows: list[dict[str, Any]]) -> None:
    """Plain rows (ids given or assigned here) inserted with executemany and audited, as the
    demo and the import write thousands of rows: the ORM's per-row work costs more than SQLite."""
    if not rows:
        return
    session.flush()  # pending ORM rows first, so ids and the audit order stay right
    if "id" not in rows[0]:
        first = next_id(session, table)
        rows[:] = [{"id": first + n, **row} for n, row in enumerate(rows)]
    insert_rows(session, table, rows)
    session.info[_AUDIT].append(session, changes_for_rows(table, rows))


def bulk_update(
    session: Session,
    model: Any,
    changes: Sequence[tuple[int, Mapping[str, tuple[Any, Any]]]],
) -> None:
    """Updates rows by id (column → (old, new)) with executemany, audited like ORM updates.
    Rows of the same columns go together; the ORM's copies in this session are expired."""
    if not changes:
        return
    session.flush()
    table = model.__table__
    by_columns: dict[tuple[str, ...], list[dict[str, Any]]] = {}
    for row_id, fields in changes:
        columns = tuple(sorted(fields))
        by_columns.setdefault(columns, []).append(
            {"row_id": row_id, **{c: fields[c][1] for c in columns}}
        )
    for columns, params in by_columns.items():
        statement = (
            update(table)
            .where(table.c.id == bindparam("row_id"))
            .values({c: bindparam(c) for c in columns})
        )
        session.connection().execute(statement, params)
    session.info[_AUDIT].append(
        session,
        [
            Change(
                "update",
                table.name,
                str(row_id),
                {c: [plain(old), plain(new)] for c, (old, new) in fields.items()},
            )
            for row_id, fields in changes
        ],
    )
    session.expire_all()
