"""KPI cycles: settings, who is appraised (rules and changes by hand), which template each
person gets, generating the forms, and finalizing, reopening and archiving a cycle."""

from __future__ import annotations

import calendar
import datetime as dt
import json
from collections import Counter
from collections.abc import Mapping
from dataclasses import dataclass, field
from decimal import Decimal
from enum import StrEnum
from types import MappingProxyType

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from ehr_desktop.domain.errors import InvalidInput, NotFound
from ehr_desktop.domain.kpi import (
    DEFAULT_GRADES,
    LOCKED,
    GradeScale,
    KpiRefused,
    MatchStatus,
    Placement,
    Problem,
    Quota,
    Scope,
    Stage,
    advance,
    choose_template,
    grade_problems,
    quota_problems,
    specificity,
)
from ehr_desktop.domain.lifecycle import Status
from ehr_desktop.persistence.models import (
    Department,
    Employee,
    KpiCycle,
    KpiForm,
    KpiTemplate,
    Position,
    utc_now_text,
)
from ehr_desktop.services import kpi_store as store
from ehr_desktop.services.kpi_store import CycleState, LogKind, PopulationRule
from ehr_desktop.services.kpi_templates import latest_versions
from ehr_desktop.services.organization import department_paths
from ehr_desktop.services.vaults import UnlockedVault

__all__ = ["CycleState", "PopulationRule"]

DEADLINE_COLUMNS = {
    Stage.SELF_ASSESSMENT: "self_due",
    Stage.MANAGER_REVIEW: "manager_due",
    Stage.HR_REVIEW: "hr_due",
}
_EMPLOYED = (Status.PROBATION.value, Status.ACTIVE.value, Status.ON_LEAVE.value)


@dataclass(frozen=True)
class CycleInput:
    name: str
    period_kind: str  # kpi_store.PERIOD_KINDS
    starts_on: dt.date
    ends_on: dt.date
    grades: GradeScale = DEFAULT_GRADES
    quotas: tuple[Quota, ...] = ()
    population: PopulationRule = field(default_factory=PopulationRule)
    deadlines: Mapping[Stage, dt.date] = field(default_factory=dict)  # self / manager / HR
    low_score_threshold: Decimal | None = None  # results below it are low performance


@dataclass(frozen=True)
class CycleRow:
    id: int
    name: str
    period_kind: str
    starts_on: dt.date
    ends_on: dt.date
    state: CycleState
    forms: int  # not excluded
    locked: int  # of them finalized or archived


@dataclass(frozen=True)
class CycleDetail:
    id: int
    state: CycleState
    settings: CycleInput
    forms: int
    unmatched: tuple[int, ...]  # employees the last generation found no template for
    ambiguous: Mapping[int, tuple[int, ...]]  # employee → the templates that tied


class Reason(StrEnum):
    """Why a person is in the population or not (worded by the GUI)."""

    RULES = "rules"
    INCLUDED_BY_HAND = "included_by_hand"
    EXCLUDED_BY_HAND = "excluded_by_hand"
    PROBATION = "probation"
    ON_LEAVE = "on_leave"
    HIRED_AFTER_CUTOFF = "hired_after_cutoff"


@dataclass(frozen=True)
class Candidate:
    employee_id: int
    employee_no: str
    name: str
    department_id: int | None
    department: str
    position: str
    status: str
    hire_date: dt.date | None
    included: bool
    reason: Reason
    match: MatchStatus | None  # for the included: which template fits
    template_id: int | None
    template: str
    tied: tuple[int, ...]  # when ambiguous
    form_id: int | None  # the form this cycle already has for them


@dataclass(frozen=True)
class PopulationPreview:
    candidates: tuple[Candidate, ...]  # everyone in scope, included or not, by employee number
    included: int
    excluded: int
    matched: int
    unmatched: int
    ambiguous: int
    with_form: int
    by_template: Mapping[str, int]  # template name → included people it fits


@dataclass(frozen=True)
class GenerationReport:
    created: int
    already: int  # had a form in this cycle: left as they were
    by_template: Mapping[str, int]  # of the created
    unmatched: tuple[Candidate, ...]
    ambiguous: tuple[Candidate, ...]


@dataclass(frozen=True)
class UnfinishedForm:
    form_id: int
    employee_id: int
    employee_no: str
    name: str
    stage: Stage


@dataclass(frozen=True)
class FinalizeReport:
    finalized: bool
    excluded: tuple[UnfinishedForm, ...]  # unfinished forms left out by the officer's choice


# --- periods ----------------------------------------------------------------------------------


def period(kind: str, year: int, number: int = 1) -> tuple[dt.date, dt.date]:
    """The dates of month `number`, quarter `number`, half-year `number` or the year."""
    months = {"month": 1, "quarter": 3, "half_year": 6, "year": 12}.get(kind)
    if months is None or not 1 <= number <= 12 // months:
        raise ValueError((kind, number))
    first_month = (number - 1) * months + 1
    last_month = first_month + months - 1
    last_day = calendar.monthrange(year, last_month)[1]
    return dt.date(year, first_month, 1), dt.date(year, last_month, last_day)


# --- settings ---------------------------------------------------------------------------------


def _problems(session: Session, data: CycleInput, cycle_id: int | None) -> list[Problem]:
    found: list[Problem] = []
    name = data.name.strip()
    if not name:
        found.append(Problem("name_required", ("name",)))
    elif session.scalar(
        select(KpiCycle.id).where(KpiCycle.name == name, KpiCycle.id != (cycle_id or 0))
    ):
        found.append(Problem("duplicate_name", ("name",), {"name": name}))
    if data.period_kind not in store.PERIOD_KINDS:
        found.append(Problem("unknown_choice", ("period_kind",), {"value": data.period_kind}))
    if data.ends_on < data.starts_on:
        found.append(
            Problem(
                "end_before_start", ("ends_on",), {"start": data.starts_on, "end": data.ends_on}
            )
        )
    found += grade_problems(data.grades, where=("grades",))
    found += quota_problems(data.quotas, data.grades.names)
    previous: dt.date | None = None
    for stage in DEADLINE_COLUMNS:
        due = data.deadlines.get(stage)
        if due is None:
            continue
        if previous is not None and due < previous:
            found.append(Problem("deadlines_not_ordered", ("deadlines", stage.value)))
        previous = due
    for stage in set(data.deadlines) - set(DEADLINE_COLUMNS):
        found.append(Problem("unknown_choice", ("deadlines", str(stage))))
    threshold = data.low_score_threshold
    if threshold is not None and (not threshold.is_finite() or threshold < 0):
        found.append(Problem("negative", ("low_score_threshold",), {"value": threshold}))
    rules = data.population.departments
    known = set(
        session.scalars(
            select(Department.id).where(Department.id.in_({r.department_id for r in rules}))
        )
    )
    for n, rule in enumerate(rules):
        if rule.department_id not in known:
            found.append(
                Problem(
                    "unknown_department",
                    ("population", "departments", n),
                    {"id": rule.department_id},
                )
            )
    return found


def _apply(cycle: KpiCycle, data: CycleInput) -> None:
    cycle.name = data.name.strip()
    cycle.period_kind = data.period_kind
    cycle.starts_on = data.starts_on
    cycle.ends_on = data.ends_on
    cycle.grade_scale = store.scale_to_json(data.grades)
    cycle.quotas = store.quotas_to_json(data.quotas)
    cycle.population = store.population_to_json(data.population)
    for stage, column in DEADLINE_COLUMNS.items():
        setattr(cycle, column, data.deadlines.get(stage))
    cycle.low_score_threshold = store.text(data.low_score_threshold)


def create_cycle(vault: UnlockedVault, data: CycleInput) -> int:
    """A new open cycle; refused with every problem at once (InvalidInput of domain Problems)."""
    with store.writing(vault) as session:
        problems = _problems(session, data, None)
        if problems:
            raise InvalidInput(problems=problems)
        cycle = KpiCycle(state=CycleState.OPEN.value, unplaced="{}")
        _apply(cycle, data)
        session.add(cycle)
        session.flush()
        return cycle.id


def edit_cycle(vault: UnlockedVault, cycle_id: int, data: CycleInput) -> None:
    """Changes an open cycle's settings. New grade bands re-grade every open form, so they are
    refused once any form is finalized (its grade is history)."""
    with store.writing(vault) as session:
        cycle = store.get_cycle(session, cycle_id)
        _require_open(cycle)
        problems = _problems(session, data, cycle_id)
        if problems:
            raise InvalidInput(problems=problems)
        old_scale = cycle.grade_scale
        _apply(cycle, data)
        if cycle.grade_scale != old_scale:
            locked = session.scalar(
                select(func.count())
                .select_from(KpiForm)
                .where(KpiForm.cycle_id == cycle_id, KpiForm.stage.in_([s.value for s in LOCKED]))
            )
            if locked:
                raise KpiRefused("grades_locked", forms=locked)
            _regrade(session, cycle)


def _regrade(session: Session, cycle: KpiCycle) -> None:
    """Grades every scored form of the cycle anew from the new bands. A grade set by hand in
    calibration (without a score) that the new bands lack is refused: the officer decides."""
    scale = store.scale_from_json(cycle.grade_scale)
    changes = []
    rows = session.execute(
        select(
            KpiForm.id,
            KpiForm.score,
            KpiForm.grade,
            KpiForm.calibrated_score,
            KpiForm.calibrated_grade,
        ).where(
            KpiForm.cycle_id == cycle.id,
            KpiForm.score.is_not(None)
            | KpiForm.calibrated_score.is_not(None)
            | KpiForm.calibrated_grade.is_not(None),
        )
    )
    for row in rows:
        fields: dict[str, tuple] = {}
        if row.score is not None:
            grade = scale.grade_for(Decimal(row.score))
            if grade != row.grade:
                fields["grade"] = (row.grade, grade)
        if row.calibrated_score is not None:
            grade = scale.grade_for(Decimal(row.calibrated_score))
            if grade != row.calibrated_grade:
                fields["calibrated_grade"] = (row.calibrated_grade, grade)
        elif row.calibrated_grade is not None and row.calibrated_grade not in scale.names:
            raise KpiRefused("calibrated_grade_unknown", form_id=row.id, grade=row.calibrated_grade)
        if fields:
            changes.append((row.id, fields))
    store.bulk_update(session, KpiForm, changes)


def set_by_hand(
    vault: UnlockedVault, cycle_id: int, employee_id: int, included: bool | None
) -> None:
    """Includes (True) or excludes (False) one person whatever the rules say; None returns
    them to the rules."""
    with store.writing(vault) as session:
        cycle = store.get_cycle(session, cycle_id)
        _require_open(cycle)
        if session.get(Employee, employee_id) is None:
            raise NotFound(entity="employee")
        rule = store.population_from_json(cycle.population)
        include = set(rule.include) - {employee_id}
        exclude = set(rule.exclude) - {employee_id}
        if included is True:
            include.add(employee_id)
        elif included is False:
            exclude.add(employee_id)
        cycle.population = store.population_to_json(
            PopulationRule(
                rule.departments,
                rule.hired_by,
                rule.exclude_probation,
                rule.exclude_on_leave,
                frozenset(include),
                frozenset(exclude),
            )
        )


def list_cycles(vault: UnlockedVault) -> list[CycleRow]:
    """Every cycle, the newest period first (what `kpi list` prints)."""
    with vault.database.reading() as session:
        counts: dict[int, list[int]] = {}
        for cycle_id, stage, n in session.execute(
            select(KpiForm.cycle_id, KpiForm.stage, func.count())
            .where(KpiForm.excluded.is_(False))
            .group_by(KpiForm.cycle_id, KpiForm.stage)
        ):
            total = counts.setdefault(cycle_id, [0, 0])
            total[0] += n
            if stage in LOCKED:
                total[1] += n
        return [
            CycleRow(
                c.id,
                c.name,
                c.period_kind,
                c.starts_on,
                c.ends_on,
                CycleState(c.state),
                *counts.get(c.id, (0, 0)),
            )
            for c in session.scalars(
                select(KpiCycle).order_by(KpiCycle.starts_on.desc(), KpiCycle.id.desc())
            )
        ]


def _settings(cycle: KpiCycle) -> CycleInput:
    return CycleInput(
        name=cycle.name,
        period_kind=cycle.period_kind,
        starts_on=cycle.starts_on,
        ends_on=cycle.ends_on,
        grades=store.scale_from_json(cycle.grade_scale),
        quotas=store.quotas_from_json(cycle.quotas),
        population=store.population_from_json(cycle.population),
        deadlines=deadlines(cycle),
        low_score_threshold=store.number(cycle.low_score_threshold),
    )


def deadlines(cycle: KpiCycle) -> Mapping[Stage, dt.date]:
    return MappingProxyType(
        {
            stage: due
            for stage, column in DEADLINE_COLUMNS.items()
            if (due := getattr(cycle, column)) is not None
        }
    )


def get_cycle(vault: UnlockedVault, cycle_id: int) -> CycleDetail:
    with vault.database.reading() as session:
        cycle = store.get_cycle(session, cycle_id)
        forms = session.scalar(
            select(func.count())
            .select_from(KpiForm)
            .where(KpiForm.cycle_id == cycle_id, KpiForm.excluded.is_(False))
        )
        unplaced = json.loads(cycle.unplaced or "{}")
        return CycleDetail(
            id=cycle.id,
            state=CycleState(cycle.state),
            settings=_settings(cycle),
            forms=forms or 0,
            unmatched=tuple(unplaced.get("none", ())),
            ambiguous=MappingProxyType(
                {int(k): tuple(v) for k, v in unplaced.get("ambiguous", {}).items()}
            ),
        )


# --- population and matching ------------------------------------------------------------------


def _require_open(cycle: KpiCycle) -> None:
    if cycle.state != CycleState.OPEN:
        raise KpiRefused("cycle_not_open", state=cycle.state)


def _candidates(
    session: Session, cycle: KpiCycle, choices: Mapping[int, int] | None = None
) -> list[Candidate]:
    rule = store.population_from_json(cycle.population)
    chains = store.department_chains(session)
    paths = department_paths(session)
    area = Scope(departments=rule.departments)
    templates = {
        row.id: (row.name, store.scope_from_json(row.scope))
        for row in session.execute(
            select(KpiTemplate.id, KpiTemplate.name, KpiTemplate.scope).where(
                KpiTemplate.retired.is_(False)
            )
        )
    }
    scopes = [(template_id, scope) for template_id, (_name, scope) in templates.items()]
    names = {template_id: name for template_id, (name, _scope) in templates.items()}
    if choices:
        names.update(
            session.execute(
                select(KpiTemplate.id, KpiTemplate.name).where(
                    KpiTemplate.id.in_(set(choices.values()))
                )
            ).all()
        )
    forms = dict(
        session.execute(
            select(KpiForm.employee_id, KpiForm.id).where(KpiForm.cycle_id == cycle.id)
        ).all()
    )
    employed = Employee.status.in_(_EMPLOYED)
    if rule.include:
        # By hand anyone still here may be added, even outside the scope.
        employed = employed | (
            Employee.id.in_(rule.include) & (Employee.status != Status.LEFT.value)
        )
    rows = session.execute(
        select(
            Employee.id,
            Employee.employee_no,
            Employee.name,
            Employee.department_id,
            Employee.position_id,
            Employee.grade,
            Employee.status,
            Employee.hire_date,
            Position.title,
            Position.job_family,
        )
        .outerjoin(Position, Position.id == Employee.position_id)
        .where(employed)
        .order_by(Employee.employee_no)
    ).all()
    matches: dict[tuple, object] = {}
    found: list[Candidate] = []
    for row in rows:
        path = chains.get(row.department_id, ()) if row.department_id is not None else ()
        placement = Placement(path, row.position_id, row.job_family, row.grade)
        in_area = specificity(area, placement) is not None
        if row.id in rule.include:
            included, reason = True, Reason.INCLUDED_BY_HAND
        elif not in_area:
            continue
        elif row.id in rule.exclude:
            included, reason = False, Reason.EXCLUDED_BY_HAND
        elif rule.hired_by is not None and (row.hire_date is None or row.hire_date > rule.hired_by):
            included, reason = False, Reason.HIRED_AFTER_CUTOFF
        elif rule.exclude_probation and row.status == Status.PROBATION.value:
            included, reason = False, Reason.PROBATION
        elif rule.exclude_on_leave and row.status == Status.ON_LEAVE.value:
            included, reason = False, Reason.ON_LEAVE
        else:
            included, reason = True, Reason.RULES
        status = template_id = None
        tied: tuple[int, ...] = ()
        if included:
            chosen = (choices or {}).get(row.id)
            if chosen is not None:
                status, template_id = MatchStatus.MATCHED, chosen
            else:
                key = (row.department_id, row.position_id, row.job_family, row.grade)
                match = matches.get(key)
                if match is None:
                    match = matches[key] = choose_template(scopes, placement)
                status, template_id, tied = match.status, match.chosen, match.tied
        found.append(
            Candidate(
                employee_id=row.id,
                employee_no=row.employee_no,
                name=row.name,
                department_id=row.department_id,
                department=paths.get(row.department_id, "") if row.department_id else "",
                position=row.title or "",
                status=row.status,
                hire_date=row.hire_date,
                included=included,
                reason=reason,
                match=status,
                template_id=template_id,
                template=names.get(template_id, "") if template_id is not None else "",
                tied=tied,
                form_id=forms.get(row.id),
            )
        )
    return found


def _preview(candidates: list[Candidate]) -> PopulationPreview:
    included = [c for c in candidates if c.included]
    statuses = Counter(c.match for c in included)
    return PopulationPreview(
        candidates=tuple(candidates),
        included=len(included),
        excluded=len(candidates) - len(included),
        matched=statuses[MatchStatus.MATCHED],
        unmatched=statuses[MatchStatus.NONE],
        ambiguous=statuses[MatchStatus.AMBIGUOUS],
        with_form=sum(1 for c in candidates if c.form_id is not None),
        by_template=MappingProxyType(Counter(c.template for c in included if c.template_id)),
    )


def preview_population(
    vault: UnlockedVault, cycle_id: int, *, choices: Mapping[int, int] | None = None
) -> PopulationPreview:
    """Who the cycle would appraise and with which template (nothing is written): everyone in
    the cycle's departments, included or not and why; the included matched to a template, none
    or several (ambiguous). `choices` (employee → template) are the officer's picks."""
    with vault.database.reading() as session:
        cycle = store.get_cycle(session, cycle_id)
        return _preview(_candidates(session, cycle, choices))


def generate_forms(
    vault: UnlockedVault, cycle_id: int, *, choices: Mapping[int, int] | None = None
) -> GenerationReport:
    """One draft form per included person who has none yet, with the latest version of their
    template (matched, or picked in `choices`) and their default reviewer, in one unit of work.
    Running it again only adds the people still missing."""
    with store.writing(vault) as session:
        cycle = store.get_cycle(session, cycle_id)
        _require_open(cycle)
        choices = dict(choices or {})
        latest = latest_versions(session)
        for template_id in set(choices.values()):
            retired = session.scalar(
                select(KpiTemplate.retired).where(KpiTemplate.id == template_id)
            )
            if retired is None or template_id not in latest:
                raise NotFound(entity="kpi_template")
            if retired:
                raise KpiRefused("template_retired", template_id=template_id)
        candidates = _candidates(session, cycle, choices)
        included = [c for c in candidates if c.included]
        new = [
            c
            for c in included
            if c.form_id is None and c.match == MatchStatus.MATCHED and c.template_id in latest
        ]
        supervisors = dict(
            session.execute(
                select(Employee.id, Employee.supervisor_id).where(
                    Employee.supervisor_id.is_not(None)
                )
            ).all()
        )
        reviewers = store.default_reviewers(
            session, ((c.employee_id, c.department_id, supervisors.get(c.employee_id)) for c in new)
        )
        now = utc_now_text()
        rows = [
            {
                "cycle_id": cycle_id,
                "employee_id": c.employee_id,
                "template_version_id": latest[c.template_id],
                "template_by_hand": c.employee_id in choices,
                "department_id": c.department_id,
                "stage": Stage.DRAFT.value,
                "reviewer_id": reviewers.get(c.employee_id),
                "reviewer_by_hand": False,
                "excluded": False,
                "result": None,
                "score": None,
                "grade": None,
                "calibrated_score": None,
                "calibrated_grade": None,
                "finalized_at": None,
                "created_at": now,
                "updated_at": now,
            }
            for c in new
        ]
        store.bulk_insert(session, "kpi_forms", rows)
        placed = {c.employee_id for c in new} | {c.employee_id for c in included if c.form_id}
        unmatched = tuple(
            c for c in included if c.match == MatchStatus.NONE and c.employee_id not in placed
        )
        ambiguous = tuple(
            c for c in included if c.match == MatchStatus.AMBIGUOUS and c.employee_id not in placed
        )
        cycle.unplaced = store.dumps(
            {
                "none": [c.employee_id for c in unmatched],
                "ambiguous": {str(c.employee_id): list(c.tied) for c in ambiguous},
            }
        )
        return GenerationReport(
            created=len(rows),
            already=sum(1 for c in included if c.form_id is not None),
            by_template=MappingProxyType(Counter(c.template for c in new)),
            unmatched=unmatched,
            ambiguous=ambiguous,
        )


# --- closing a cycle --------------------------------------------------------------------------


def _unfinished(session: Session, cycle_id: int) -> list[UnfinishedForm]:
    rows = session.execute(
        select(KpiForm.id, KpiForm.employee_id, Employee.employee_no, Employee.name, KpiForm.stage)
        .join(Employee, Employee.id == KpiForm.employee_id)
        .where(
            KpiForm.cycle_id == cycle_id,
            KpiForm.excluded.is_(False),
            KpiForm.stage.not_in([s.value for s in LOCKED]),
        )
        .order_by(Employee.employee_no)
    )
    return [
        UnfinishedForm(r.id, r.employee_id, r.employee_no, r.name, Stage(r.stage)) for r in rows
    ]


def unfinished_forms(vault: UnlockedVault, cycle_id: int) -> list[UnfinishedForm]:
    """The forms not finalized yet (excluded ones aside), by employee number."""
    with vault.database.reading() as session:
        store.get_cycle(session, cycle_id)
        return _unfinished(session, cycle_id)


def finalize_cycle(
    vault: UnlockedVault, cycle_id: int, *, exclude_unfinished: bool = False
) -> FinalizeReport:
    """Publishes the cycle's results: they enter the employees' files and nothing changes
    until the cycle is reopened. With forms not finalized yet this is refused as
    `forms_unfinished` (facts: count, form_ids), so the officer sees the list and decides;
    `exclude_unfinished=True` leaves those forms out of the cycle (recorded) and finalizes."""
    with store.writing(vault) as session:
        cycle = store.get_cycle(session, cycle_id)
        _require_open(cycle)
        unfinished = _unfinished(session, cycle_id)
        if unfinished and not exclude_unfinished:
            raise KpiRefused(
                "forms_unfinished",
                count=len(unfinished),
                form_ids=tuple(form.form_id for form in unfinished),
            )
        if unfinished:
            store.bulk_update(
                session,
                KpiForm,
                [(form.form_id, {"excluded": (False, True)}) for form in unfinished],
            )
            store.bulk_insert(
                session,
                "kpi_log",
                [
                    store.log_row(
                        session,
                        cycle_id=cycle_id,
                        kind=LogKind.EXCLUDED,
                        form_id=form.form_id,
                        source=form.stage.value,
                        note="unfinished_at_cycle_finalization",
                    )
                    for form in unfinished
                ],
            )
        cycle = store.get_cycle(session, cycle_id)
        cycle.state = CycleState.FINALIZED.value
        store.log(
            session,
            cycle_id=cycle_id,
            kind=LogKind.CYCLE_FINALIZED,
            old=CycleState.OPEN,
            new=CycleState.FINALIZED,
        )
        return FinalizeReport(True, tuple(unfinished))


def reopen_cycle(vault: UnlockedVault, cycle_id: int, reason: str) -> None:
    """A finalized cycle opens again for changes, explicitly and with a recorded reason; its
    finalized forms stay finalized (a change to one needs a reason of its own)."""
    reason = reason.strip()
    with store.writing(vault) as session:
        cycle = store.get_cycle(session, cycle_id)
        if cycle.state != CycleState.FINALIZED:
            raise KpiRefused("cycle_not_finalized", state=cycle.state)
        if not reason:
            raise KpiRefused("reason_required", cycle_id=cycle_id)
        cycle.state = CycleState.OPEN.value
        store.log(
            session,
            cycle_id=cycle_id,
            kind=LogKind.CYCLE_REOPENED,
            old=CycleState.FINALIZED,
            new=CycleState.OPEN,
            note=reason,
        )


def archive_cycle(vault: UnlockedVault, cycle_id: int) -> int:
    """Archives a finalized cycle for good: every finalized form moves to archived (read-only
    in the employee's file) and the cycle can no longer be reopened. Returns how many forms."""
    with store.writing(vault) as session:
        cycle = store.get_cycle(session, cycle_id)
        if cycle.state != CycleState.FINALIZED:
            raise KpiRefused("cycle_not_finalized", state=cycle.state)
        ids = session.scalars(
            select(KpiForm.id).where(
                KpiForm.cycle_id == cycle_id,
                KpiForm.excluded.is_(False),
                KpiForm.stage == Stage.FINALIZED.value,
            )
        ).all()
        target = advance(Stage.FINALIZED).target
        store.bulk_update(
            session,
            KpiForm,
            [(form_id, {"stage": (Stage.FINALIZED.value, target.value)}) for form_id in ids],
        )
        cycle = store.get_cycle(session, cycle_id)
        cycle.state = CycleState.ARCHIVED.value
        store.log(
            session,
            cycle_id=cycle_id,
            kind=LogKind.CYCLE_ARCHIVED,
            old=CycleState.FINALIZED,
            new=CycleState.ARCHIVED,
        )
        return len(ids)


def set_excluded(vault: UnlockedVault, form_id: int, excluded: bool, reason: str) -> None:
    """Leaves one form out of the cycle (it keeps its inputs) or takes it back, with a reason;
    an excluded form counts nowhere and cannot move."""
    reason = reason.strip()
    with store.writing(vault) as session:
        form = store.get_form(session, form_id)
        cycle = store.get_cycle(session, form.cycle_id)
        _require_open(cycle)
        if not reason:
            raise KpiRefused("reason_required", form_id=form_id)
        if form.stage == Stage.ARCHIVED.value:
            raise KpiRefused("form_archived", form_id=form_id)
        if form.excluded == excluded:
            return
        form.excluded = excluded
        store.log(
            session,
            cycle_id=form.cycle_id,
            form_id=form_id,
            kind=LogKind.EXCLUDED if excluded else LogKind.INCLUDED,
            source=form.stage,
            note=reason,
        )
