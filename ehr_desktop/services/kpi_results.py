"""What appraisals add up to: calibration (distribution, quotas, leniency) and its adjustments,
results with rank and trend per employee and per cycle, low performers, a cycle's dashboard."""

from __future__ import annotations

import datetime as dt
import json
from collections import Counter, defaultdict
from collections.abc import Mapping
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path
from types import MappingProxyType
from typing import TYPE_CHECKING

from sqlalchemy import case, func, select
from sqlalchemy.orm import Session

from ehr_desktop.domain.errors import NotFound
from ehr_desktop.domain.kpi import (
    LOCKED,
    Calibration,
    FinalResult,
    KpiRefused,
    Scorer,
    Stage,
    calibrate,
    is_overdue,
    record_change,
)
from ehr_desktop.domain.lifecycle import EMPLOYED
from ehr_desktop.persistence.models import (
    Employee,
    KpiCycle,
    KpiForm,
    KpiTemplate,
    KpiTemplateVersion,
)
from ehr_desktop.services import kpi_store as store
from ehr_desktop.services.export_audit import record_export
from ehr_desktop.services.kpi_cycles import DEADLINE_COLUMNS, deadlines
from ehr_desktop.services.kpi_store import CycleState, LogKind
from ehr_desktop.services.organization import department_paths, subtree_ids
from ehr_desktop.services.vaults import UnlockedVault

if TYPE_CHECKING:  # the workbook writer (openpyxl) is imported only when exporting
    from ehr_desktop.exchange.kpi import ResultTexts

# Results that count in files, trends and low-performer lists: finalized cycles only.
PUBLISHED = (CycleState.FINALIZED.value, CycleState.ARCHIVED.value)
_LOCKED = [stage.value for stage in LOCKED]
# The effective result: the calibrated one when calibration adjusted it.
_SCORE = func.coalesce(KpiForm.calibrated_score, KpiForm.score)
_GRADE = func.coalesce(KpiForm.calibrated_grade, KpiForm.grade)


# --- calibration ------------------------------------------------------------------------------


@dataclass(frozen=True)
class CalibrationView:
    cycle_id: int
    department_id: int | None  # the subtree looked at; None: the whole cycle
    grades: tuple[str, ...]  # the cycle's scale, best first
    calibration: Calibration  # the domain's distribution, quota checks and leniency
    departments: Mapping[int | None, str]  # paths of the departments in it
    reviewers: Mapping[int, str]  # names
    adjusted: int  # results changed in calibration
    unscored: int  # forms in it without a score yet (not in the statistics)


def calibration(
    vault: UnlockedVault, cycle_id: int, *, department_id: int | None = None
) -> CalibrationView:
    """The cycle's scored results (or one department subtree's) as calibration sees them:
    grade distribution overall and per department, quotas met or not (shown, never
    enforced), each reviewer's average against the cycle's."""
    with vault.database.reading() as session:
        cycle = store.get_cycle(session, cycle_id)
        scale = store.scale_from_json(cycle.grade_scale)
        condition = (KpiForm.cycle_id == cycle_id) & KpiForm.excluded.is_(False)
        if department_id is not None:
            condition &= KpiForm.department_id.in_(subtree_ids(session, department_id))
        rows = session.execute(
            select(
                KpiForm.employee_id,
                KpiForm.department_id,
                KpiForm.reviewer_id,
                _SCORE.label("score"),
                _GRADE.label("grade"),
                (
                    KpiForm.calibrated_score.is_not(None) | KpiForm.calibrated_grade.is_not(None)
                ).label("calibrated"),
            ).where(condition)
        ).all()
        scored = [row for row in rows if row.score is not None]
        results = [
            FinalResult(r.employee_id, r.department_id, r.reviewer_id, r.grade, Decimal(r.score))
            for r in scored
        ]
        found = calibrate(results, grades=scale.names, quotas=store.quotas_from_json(cycle.quotas))
        paths = department_paths(session)
        reviewer_ids = {r.reviewer_id for r in scored if r.reviewer_id is not None}
        names = dict(
            session.execute(
                select(Employee.id, Employee.name).where(Employee.id.in_(reviewer_ids))
            ).all()
        )
        return CalibrationView(
            cycle_id=cycle_id,
            department_id=department_id,
            grades=scale.names,
            calibration=found,
            departments=MappingProxyType(
                {key: paths.get(key, "") if key else "" for key in found.departments}
            ),
            reviewers=MappingProxyType(names),
            adjusted=sum(1 for r in scored if r.calibrated),
            unscored=len(rows) - len(scored),
        )


def adjust_result(
    vault: UnlockedVault,
    form_id: int,
    *,
    score: Decimal | str | None = None,
    grade: str | None = None,
    reason: str,
) -> None:
    """A calibration adjustment: a new score (its grade read from the cycle's bands) and/or a
    grade set directly; both None returns to the computed result. Always needs a reason;
    old and new values are logged. Refused on archived forms and closed cycles."""
    reason = reason.strip()
    with store.writing(vault) as session:
        form = store.get_form(session, form_id)
        cycle = store.get_cycle(session, form.cycle_id)
        if cycle.state != CycleState.OPEN:
            raise KpiRefused("cycle_not_open", state=cycle.state)
        if form.excluded:
            raise KpiRefused("form_excluded", form_id=form_id)
        if not reason:
            raise KpiRefused("reason_required", form_id=form_id)
        scale = store.scale_from_json(cycle.grade_scale)
        new_score = None if score is None else store.decimal_or_refuse(score, "score")
        if new_score is not None and new_score < 0:
            raise KpiRefused("score_out_of_range", score=new_score)
        if grade is not None and grade not in scale.names:
            raise KpiRefused("unknown_grade", grade=grade, grades=scale.names)
        if new_score is None and grade is None:
            new = (None, None)
        else:
            base = new_score if new_score is not None else store.number(form.score)
            if base is None and grade is None:
                raise KpiRefused("form_not_scored", form_id=form_id)
            new_grade = grade if grade is not None else scale.grade_for(base)  # type: ignore[arg-type]
            new = (store.text(new_score), new_grade)
        old = (form.calibrated_score, form.calibrated_grade)
        if new == old:
            return
        change = record_change(Stage(form.stage), ("calibration",), old, new, reason=reason)
        store.log(
            session,
            cycle_id=form.cycle_id,
            form_id=form.id,
            kind=LogKind.CALIBRATION,
            source=form.stage,
            what=change.what,
            old={"score": old[0] or form.score, "grade": old[1] or form.grade},
            new={"score": new[0] or form.score, "grade": new[1] or form.grade},
            note=reason,
        )
        form.calibrated_score, form.calibrated_grade = new


# --- results ----------------------------------------------------------------------------------


@dataclass(frozen=True)
class ResultRow:
    form_id: int
    cycle_id: int
    cycle: str
    period_kind: str
    starts_on: dt.date
    ends_on: dt.date
    cycle_state: CycleState
    employee_id: int
    employee_no: str
    name: str
    department_id: int | None
    department: str
    template: str
    template_version: int
    stage: Stage
    score: Decimal | None  # the result that counts (calibrated when adjusted)
    grade: str | None
    computed_score: Decimal | None
    computed_grade: str | None
    calibrated: bool
    rank: int | None  # in the department that cycle (1 = best; ties share a rank)
    ranked: int  # scored forms in that department that cycle
    totals: Mapping[Scorer, Decimal]  # each scorer's total, for those who scored


def _ranks(
    session: Session, cycle_ids: set[int]
) -> tuple[dict[int, int], dict[tuple[int, int | None], int]]:
    """form id → rank in its department (1 = best, ties share a rank, as in 1, 2, 2, 4), and
    (cycle, department) → how many scored forms were ranked there."""
    if not cycle_ids:
        return {}, {}
    rows = session.execute(
        select(KpiForm.id, KpiForm.cycle_id, KpiForm.department_id, _SCORE).where(
            KpiForm.cycle_id.in_(cycle_ids), KpiForm.excluded.is_(False), _SCORE.is_not(None)
        )
    ).all()
    groups: dict[tuple[int, int | None], list[tuple[Decimal, int]]] = defaultdict(list)
    for form_id, cycle_id, department_id, score in rows:
        groups[(cycle_id, department_id)].append((Decimal(score), form_id))
    ranks: dict[int, int] = {}
    for members in groups.values():
        members.sort(key=lambda member: -member[0])
        rank = 0
        previous = None
        for position, (score, form_id) in enumerate(members, start=1):
            if score != previous:
                rank, previous = position, score
            ranks[form_id] = rank
    return ranks, {key: len(members) for key, members in groups.items()}


def _results(session: Session, condition) -> list[ResultRow]:
    rows = session.execute(
        select(
            KpiForm.id,
            KpiForm.cycle_id,
            KpiCycle.name.label("cycle"),
            KpiCycle.period_kind,
            KpiCycle.starts_on,
            KpiCycle.ends_on,
            KpiCycle.state,
            KpiForm.employee_id,
            Employee.employee_no,
            Employee.name,
            KpiForm.department_id,
            KpiTemplate.name.label("template"),
            KpiTemplateVersion.number,
            KpiForm.stage,
            KpiForm.score,
            KpiForm.grade,
            KpiForm.calibrated_score,
            KpiForm.calibrated_grade,
            KpiForm.result,
        )
        .join(KpiCycle, KpiCycle.id == KpiForm.cycle_id)
        .join(Employee, Employee.id == KpiForm.employee_id)
        .join(KpiTemplateVersion, KpiTemplateVersion.id == KpiForm.template_version_id)
        .join(KpiTemplate, KpiTemplate.id == KpiTemplateVersion.template_id)
        .where(condition, KpiForm.excluded.is_(False))
        .order_by(KpiCycle.ends_on, KpiCycle.id, Employee.employee_no)
    ).all()
    ranks, sizes = _ranks(session, {r.cycle_id for r in rows})
    paths = department_paths(session)
    found = []
    for r in rows:
        score = r.calibrated_score if r.calibrated_score is not None else r.score
        stored = store.result_from_json(r.result)
        found.append(
            ResultRow(
                form_id=r.id,
                cycle_id=r.cycle_id,
                cycle=r.cycle,
                period_kind=r.period_kind,
                starts_on=r.starts_on,
                ends_on=r.ends_on,
                cycle_state=CycleState(r.state),
                employee_id=r.employee_id,
                employee_no=r.employee_no,
                name=r.name,
                department_id=r.department_id,
                department=paths.get(r.department_id, "") if r.department_id else "",
                template=r.template,
                template_version=r.number,
                stage=Stage(r.stage),
                score=store.number(score),
                grade=r.calibrated_grade or r.grade,
                computed_score=store.number(r.score),
                computed_grade=r.grade,
                calibrated=r.calibrated_score is not None or r.calibrated_grade is not None,
                rank=ranks.get(r.id),
                ranked=sizes.get((r.cycle_id, r.department_id), 0),
                totals=MappingProxyType(stored.totals if stored else {}),
            )
        )
    return found


def cycle_results(
    vault: UnlockedVault, cycle_id: int, *, department_id: int | None = None
) -> list[ResultRow]:
    """Every form's result in a cycle (open cycles too: provisional), with its rank in the
    department, by employee number: what `kpi export-results` writes."""
    with vault.database.reading() as session:
        store.get_cycle(session, cycle_id)
        condition = KpiForm.cycle_id == cycle_id
        if department_id is not None:
            condition &= KpiForm.department_id.in_(subtree_ids(session, department_id))
        return _results(session, condition)


def export_results(
    vault: UnlockedVault, cycle_id: int, path: Path, texts: ResultTexts | None = None
) -> int:
    """Writes the cycle's results workbook (exchange/kpi/results.py: every employee's totals,
    final score, grade and rank; a sheet per department; the grade summary) and returns how
    many employees it holds: what `ehr-desktop kpi export-results` and the GUI's export do.
    `texts` (exchange.kpi.ResultTexts) words the workbook; bilingual by default."""
    from ehr_desktop.exchange.kpi import ResultLine, ResultTexts, write_results

    rows = cycle_results(vault, cycle_id)
    with vault.database.reading() as session:
        grades = store.scale_from_json(store.get_cycle(session, cycle_id).grade_scale).names
    lines = [
        ResultLine(
            employee_no=r.employee_no,
            name=r.name,
            department=r.department,
            template=r.template,
            template_version=r.template_version,
            self_total=r.totals.get(Scorer.SELF),
            manager_total=r.totals.get(Scorer.MANAGER),
            hr_total=r.totals.get(Scorer.HR),
            final_score=r.score,
            grade=r.grade or "",
            rank_in_department=r.rank,
        )
        for r in rows
    ]
    with vault.database.reading() as session:
        cycle_name = store.get_cycle(session, cycle_id).name
    record_export(  # recorded before the results leave
        vault,
        "results",
        entity="kpi_cycles",
        entity_id=str(cycle_id),
        people=len(lines),
        path=Path(path),
        extra={"cycle": cycle_name},
    )
    return write_results(Path(path), lines, texts or ResultTexts(), grades=grades)


@dataclass(frozen=True)
class TrendPoint:
    cycle_id: int
    cycle: str
    ends_on: dt.date
    score: Decimal | None
    grade: str | None
    change: Decimal | None  # against the previous point with a score


@dataclass(frozen=True)
class LowPerformer:
    employee_id: int
    employee_no: str
    name: str
    department: str
    cycle_id: int  # the latest published cycle the finding is about
    cycle: str
    score: Decimal | None
    grade: str | None
    reasons: tuple[str, ...]  # "below_threshold", "low_grade_twice"


@dataclass(frozen=True)
class EmployeeResults:
    results: tuple[ResultRow, ...]  # published cycles, oldest first
    trend: tuple[TrendPoint, ...]
    low: LowPerformer | None


def _trend(results: list[ResultRow]) -> tuple[TrendPoint, ...]:
    points = []
    previous: Decimal | None = None
    for r in results:
        change = None if r.score is None or previous is None else r.score - previous
        points.append(TrendPoint(r.cycle_id, r.cycle, r.ends_on, r.score, r.grade, change))
        if r.score is not None:
            previous = r.score
    return tuple(points)


def employee_results(vault: UnlockedVault, employee_id: int) -> EmployeeResults:
    """The employee's appraisal results in published cycles: score, grade, rank in the
    department, the trend over cycles, and whether they count as a low performer."""
    with vault.database.reading() as session:
        if session.get(Employee, employee_id) is None:
            raise NotFound(entity="employee")
        results = _results(
            session, (KpiForm.employee_id == employee_id) & KpiCycle.state.in_(PUBLISHED)
        )
        low = low_performers_in(session, employee_id=employee_id)
        return EmployeeResults(tuple(results), _trend(results), low[0] if low else None)


def low_performers_in(
    session: Session, *, employee_id: int | None = None, department_id: int | None = None
) -> list[LowPerformer]:
    """Current employees whose latest published result is below that cycle's threshold, or
    whose two latest results of the same period kind were both in the two lowest grades."""
    cycles = {
        c.id: c for c in session.scalars(select(KpiCycle).where(KpiCycle.state.in_(PUBLISHED)))
    }
    if not cycles:
        return []
    condition = (
        KpiForm.cycle_id.in_(cycles)
        & KpiForm.excluded.is_(False)
        & KpiForm.stage.in_(_LOCKED)
        & Employee.status.in_([s.value for s in EMPLOYED])
    )
    if employee_id is not None:
        condition &= KpiForm.employee_id == employee_id
    if department_id is not None:
        condition &= Employee.department_id.in_(subtree_ids(session, department_id))
    rows = session.execute(
        select(
            KpiForm.employee_id,
            KpiForm.cycle_id,
            _SCORE.label("score"),
            _GRADE.label("grade"),
            Employee.employee_no,
            Employee.name,
            Employee.department_id,
        )
        .join(Employee, Employee.id == KpiForm.employee_id)
        .where(condition)
    ).all()
    by_employee: dict[int, list] = defaultdict(list)
    for row in rows:
        by_employee[row.employee_id].append(row)
    low_grades = {
        cycle_id: set(store.scale_from_json(cycle.grade_scale).names[-2:])
        for cycle_id, cycle in cycles.items()
    }
    paths = department_paths(session)
    found = []
    for employee_rows in by_employee.values():
        employee_rows.sort(key=lambda r: (cycles[r.cycle_id].ends_on, r.cycle_id))
        latest = employee_rows[-1]
        cycle = cycles[latest.cycle_id]
        reasons = []
        threshold = store.number(cycle.low_score_threshold)
        if threshold is not None and latest.score is not None and Decimal(latest.score) < threshold:
            reasons.append("below_threshold")
        same_kind = [
            r for r in employee_rows if cycles[r.cycle_id].period_kind == cycle.period_kind
        ]
        if len(same_kind) >= 2 and all(r.grade in low_grades[r.cycle_id] for r in same_kind[-2:]):
            reasons.append("low_grade_twice")
        if reasons:
            found.append(
                LowPerformer(
                    employee_id=latest.employee_id,
                    employee_no=latest.employee_no,
                    name=latest.name,
                    department=paths.get(latest.department_id, "") if latest.department_id else "",
                    cycle_id=cycle.id,
                    cycle=cycle.name,
                    score=store.number(latest.score),
                    grade=latest.grade,
                    reasons=tuple(reasons),
                )
            )
    found.sort(key=lambda low: (low.score is None, low.score or 0, low.employee_no))
    return found


def low_performers(vault: UnlockedVault, *, department_id: int | None = None) -> list[LowPerformer]:
    """Low performers for the home screen (lowest score first): current employees whose latest
    published result is below the cycle's threshold, or in the two lowest grades (C/D by
    default) in their last two cycles of the same kind."""
    with vault.database.reading() as session:
        return low_performers_in(session, department_id=department_id)


# --- the dashboard ----------------------------------------------------------------------------


@dataclass(frozen=True)
class DepartmentProgress:
    department_id: int | None
    department: str
    forms: int
    by_stage: Mapping[Stage, int]
    overdue: int
    scored: int


@dataclass(frozen=True)
class CycleDashboard:
    cycle_id: int
    name: str
    state: CycleState
    forms: int  # not excluded
    excluded: int
    by_stage: Mapping[Stage, int]  # every stage, zero included
    overdue: int
    overdue_by_stage: Mapping[Stage, int]
    deadlines: Mapping[Stage, dt.date]
    scored: int
    grades: Mapping[str, int]  # the scale's grades (zero included), effective results
    departments: tuple[DepartmentProgress, ...]  # by department path
    unmatched: int  # the last generation found no template for them
    ambiguous: int  # several templates fitted equally: the officer picks


def dashboard(
    vault: UnlockedVault, cycle_id: int, *, today: dt.date | None = None
) -> CycleDashboard:
    """A cycle at a glance, aggregated in SQL (two grouped reads of the cycle's index):
    forms by stage and by department, overdue, scored, grade counts, and the people the last
    generation could not give a template."""
    today = today or dt.date.today()
    with vault.database.reading() as session:
        cycle = store.get_cycle(session, cycle_id)
        due = deadlines(cycle)
        late = {stage for stage in DEADLINE_COLUMNS if is_overdue(stage, due, today)}
        rows = session.execute(
            select(
                KpiForm.department_id,
                KpiForm.stage,
                KpiForm.excluded,
                func.count(),
                func.count(case((_SCORE.is_not(None), 1))),
            )
            .where(KpiForm.cycle_id == cycle_id)
            .group_by(KpiForm.department_id, KpiForm.stage, KpiForm.excluded)
        ).all()
        grade_rows = session.execute(
            select(_GRADE, func.count())
            .where(KpiForm.cycle_id == cycle_id, KpiForm.excluded.is_(False))
            .group_by(_GRADE)
        ).all()
        paths = department_paths(session)
    scale = store.scale_from_json(cycle.grade_scale)
    by_stage: Counter[Stage] = Counter()
    excluded = scored = 0
    departments: dict[int | None, dict] = {}
    for department_id, stage_value, is_excluded, count, with_score in rows:
        if is_excluded:
            excluded += count
            continue
        stage = Stage(stage_value)
        by_stage[stage] += count
        scored += with_score
        entry = departments.setdefault(
            department_id, {"stages": Counter(), "overdue": 0, "scored": 0}
        )
        entry["stages"][stage] += count
        entry["scored"] += with_score
        if stage in late:
            entry["overdue"] += count
    grades = dict.fromkeys(scale.names, 0)
    for grade, count in grade_rows:
        if grade is not None:
            grades[grade] = grades.get(grade, 0) + count
    unplaced = json.loads(cycle.unplaced or "{}")
    overdue_by_stage = {stage: by_stage[stage] for stage in DEADLINE_COLUMNS if stage in late}
    return CycleDashboard(
        cycle_id=cycle.id,
        name=cycle.name,
        state=CycleState(cycle.state),
        forms=sum(by_stage.values()),
        excluded=excluded,
        by_stage=MappingProxyType({stage: by_stage[stage] for stage in Stage}),
        overdue=sum(overdue_by_stage.values()),
        overdue_by_stage=MappingProxyType(overdue_by_stage),
        deadlines=due,
        scored=scored,
        grades=MappingProxyType(grades),
        departments=tuple(
            sorted(
                (
                    DepartmentProgress(
                        department_id=key,
                        department=paths.get(key, "") if key else "",
                        forms=sum(entry["stages"].values()),
                        by_stage=MappingProxyType(dict(entry["stages"])),
                        overdue=entry["overdue"],
                        scored=entry["scored"],
                    )
                    for key, entry in departments.items()
                ),
                key=lambda progress: progress.department,
            )
        ),
        unmatched=len(unplaced.get("none", ())),
        ambiguous=len(unplaced.get("ambiguous", {})),
    )
