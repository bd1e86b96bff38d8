"""Appraisal forms: the list with filters, one form in full, entering inputs on someone's behalf
(with provenance), bonuses/deductions/vetoes, the reviewer, moves through the workflow, the
signed paper sheet, and recomputing a cycle's scores."""

from __future__ import annotations

import datetime as dt
import json
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from decimal import Decimal
from types import MappingProxyType

from sqlalchemy import Select, and_, func, or_, select
from sqlalchemy.orm import Session, aliased

from ehr_desktop.domain.errors import NotFound
from ehr_desktop.domain.kpi import (
    LOCKED,
    SCORER_AT,
    STAGES,
    FormResult,
    IndicatorInput,
    KpiRefused,
    Move,
    Scorer,
    Stage,
    Template,
    advance,
    is_overdue,
    legal_targets,
    record_change,
    reopen,
    send_back,
)
from ehr_desktop.persistence.models import (
    Attachment,
    Employee,
    KpiCycle,
    KpiForm,
    KpiFormItem,
    KpiInput,
    KpiLogEntry,
    KpiTemplate,
    KpiTemplateVersion,
    utc_now_text,
)
from ehr_desktop.services import attachments, employees
from ehr_desktop.services import kpi_store as store
from ehr_desktop.services.kpi_cycles import DEADLINE_COLUMNS
from ehr_desktop.services.kpi_store import (
    CycleState,
    ItemKind,
    LogKind,
    Provenance,
    ProvidedVia,
    StoredResult,
)
from ehr_desktop.services.kpi_templates import latest_versions
from ehr_desktop.services.organization import department_paths, subtree_ids
from ehr_desktop.services.vaults import UnlockedVault

__all__ = ["ItemKind", "Provenance", "ProvidedVia"]

InputValue = IndicatorInput | str | int | bool


@dataclass(frozen=True)
class FormFilter:
    cycle_id: int | None = None
    department_id: int | None = None  # with its sub-departments
    stage: Stage | None = None
    overdue: bool = False  # only forms past their current stage's deadline
    reviewer_id: int | None = None
    employee_id: int | None = None
    search: str = ""  # part of the employee number or name
    include_excluded: bool = False


@dataclass(frozen=True)
class FormRow:
    id: int
    cycle_id: int
    cycle: str
    employee_id: int
    employee_no: str
    name: str
    department_id: int | None
    department: str
    template_id: int
    template: str
    template_version: int
    stage: Stage
    reviewer_id: int | None
    reviewer: str
    reviewer_by_hand: bool
    score: Decimal | None  # the result that counts: calibrated when adjusted
    grade: str | None
    calibrated: bool
    excluded: bool
    due: dt.date | None  # the current stage's deadline
    overdue: bool


@dataclass(frozen=True)
class InputEntry:
    scorer: Scorer
    indicator_key: str
    value: IndicatorInput
    comment: str
    provided_by_id: int | None
    provided_by: str
    provided_via: ProvidedVia
    recorded_at: str
    recorded_by: str


@dataclass(frozen=True)
class ItemEntry:
    kind: ItemKind
    key: str
    points: Decimal | None
    comment: str
    provided_via: ProvidedVia
    recorded_at: str
    recorded_by: str


@dataclass(frozen=True)
class LogRow:
    id: int
    form_id: int | None
    kind: LogKind
    source: Stage | None
    target: Stage | None
    what: tuple[str, ...]
    old: object
    new: object
    note: str
    recorded_at: str
    recorded_by: str


@dataclass(frozen=True)
class SheetAttachment:
    id: int
    file_name: str
    media_type: str
    size: int
    added_at: str


@dataclass(frozen=True)
class FormDetail:
    row: FormRow
    cycle_state: CycleState
    template: Template  # the frozen version, graded with the cycle's bands
    inputs: tuple[InputEntry, ...]
    items: tuple[ItemEntry, ...]
    result: FormResult | None  # every scoring step, for the editor (None: nothing to score)
    stored: StoredResult | None
    incomplete: tuple[Scorer, ...]
    computed_score: Decimal | None
    computed_grade: str | None
    moves: Mapping[Stage, Move]  # what the form's menu offers now
    log: tuple[LogRow, ...]
    attachments: tuple[SheetAttachment, ...]


@dataclass(frozen=True)
class FormScore:
    score: Decimal | None
    grade: str | None
    incomplete: tuple[Scorer, ...]


@dataclass(frozen=True)
class BulkMove:
    moved: int
    refused: tuple[tuple[int, str], ...]  # (form id, rule)


@dataclass(frozen=True)
class RecomputeReport:
    forms: int  # recomputed
    changed: int
    locked: int  # finalized or archived: left as they are
    failed: tuple[tuple[int, str], ...]  # (form id, rule) that could not be scored


# --- the list ---------------------------------------------------------------------------------

_Reviewer = aliased(Employee)


def overdue_condition(today: dt.date):
    """The domain's is_overdue, as SQL over the cycles' deadline columns (filters and counts)."""
    conditions = [
        and_(KpiForm.stage == stage.value, getattr(KpiCycle, column) < today)
        for stage, column in DEADLINE_COLUMNS.items()
    ]
    return or_(*conditions)


def _due_of(cycle_row, stage: Stage) -> dt.date | None:
    column = DEADLINE_COLUMNS.get(stage)
    return None if column is None else getattr(cycle_row, column)


def _escape_like(text: str) -> str:
    return re.sub(r"([\\%_])", r"\\\1", text)


def _filtered(session: Session, query: FormFilter, statement: Select, today: dt.date) -> Select:
    if query.cycle_id is not None:
        statement = statement.where(KpiForm.cycle_id == query.cycle_id)
    if query.department_id is not None:
        statement = statement.where(
            KpiForm.department_id.in_(subtree_ids(session, query.department_id))
        )
    if query.stage is not None:
        statement = statement.where(KpiForm.stage == query.stage.value)
    if query.reviewer_id is not None:
        statement = statement.where(KpiForm.reviewer_id == query.reviewer_id)
    if query.employee_id is not None:
        statement = statement.where(KpiForm.employee_id == query.employee_id)
    if not query.include_excluded:
        statement = statement.where(KpiForm.excluded.is_(False))
    if query.overdue:
        statement = statement.where(overdue_condition(today))
    text = " ".join(query.search.split())
    if text:
        pattern = f"%{_escape_like(text)}%"
        statement = statement.where(
            or_(
                Employee.employee_no.like(pattern, escape="\\"),
                Employee.name.like(pattern, escape="\\"),
            )
        )
    return statement


_ROW_COLUMNS = (
    KpiForm.id,
    KpiForm.cycle_id,
    KpiCycle.name.label("cycle"),
    KpiForm.employee_id,
    Employee.employee_no,
    Employee.name,
    KpiForm.department_id,
    KpiTemplate.id.label("template_id"),
    KpiTemplate.name.label("template"),
    KpiTemplateVersion.number.label("template_version"),
    KpiForm.stage,
    KpiForm.reviewer_id,
    _Reviewer.name.label("reviewer"),
    KpiForm.reviewer_by_hand,
    KpiForm.score,
    KpiForm.grade,
    KpiForm.calibrated_score,
    KpiForm.calibrated_grade,
    KpiForm.excluded,
    KpiCycle.self_due,
    KpiCycle.manager_due,
    KpiCycle.hr_due,
)


def _joined(statement: Select) -> Select:
    return (
        statement.join(KpiCycle, KpiCycle.id == KpiForm.cycle_id)
        .join(Employee, Employee.id == KpiForm.employee_id)
        .join(KpiTemplateVersion, KpiTemplateVersion.id == KpiForm.template_version_id)
        .join(KpiTemplate, KpiTemplate.id == KpiTemplateVersion.template_id)
        .outerjoin(_Reviewer, _Reviewer.id == KpiForm.reviewer_id)
    )


def _row(r, paths: Mapping[int, str], today: dt.date) -> FormRow:
    stage = Stage(r.stage)
    due = _due_of(r, stage)
    calibrated = r.calibrated_score is not None or r.calibrated_grade is not None
    score = r.calibrated_score if r.calibrated_score is not None else r.score
    return FormRow(
        id=r.id,
        cycle_id=r.cycle_id,
        cycle=r.cycle,
        employee_id=r.employee_id,
        employee_no=r.employee_no,
        name=r.name,
        department_id=r.department_id,
        department=paths.get(r.department_id, "") if r.department_id is not None else "",
        template_id=r.template_id,
        template=r.template,
        template_version=r.template_version,
        stage=stage,
        reviewer_id=r.reviewer_id,
        reviewer=r.reviewer or "",
        reviewer_by_hand=r.reviewer_by_hand,
        score=store.number(score),
        grade=r.calibrated_grade or r.grade,
        calibrated=calibrated,
        excluded=r.excluded,
        due=due,
        overdue=not r.excluded and is_overdue(stage, {} if due is None else {stage: due}, today),
    )


def count_forms(vault: UnlockedVault, query: FormFilter, *, today: dt.date | None = None) -> int:
    today = today or dt.date.today()
    with vault.database.reading() as session:
        statement = select(func.count()).select_from(KpiForm)
        statement = statement.join(KpiCycle, KpiCycle.id == KpiForm.cycle_id)
        if query.search.strip():
            statement = statement.join(Employee, Employee.id == KpiForm.employee_id)
        return session.scalar(_filtered(session, query, statement, today)) or 0


def list_forms(
    vault: UnlockedVault,
    query: FormFilter,
    *,
    offset: int = 0,
    limit: int | None = None,
    today: dt.date | None = None,
) -> list[FormRow]:
    """Forms by employee number, a page at a time (`offset`, `limit`) for a windowed model."""
    today = today or dt.date.today()
    with vault.database.reading() as session:
        statement = _filtered(session, query, _joined(select(*_ROW_COLUMNS)), today)
        statement = statement.order_by(Employee.employee_no, KpiCycle.starts_on.desc(), KpiForm.id)
        statement = statement.offset(offset).limit(limit)
        paths = department_paths(session)
        return [_row(r, paths, today) for r in session.execute(statement)]


# --- one form ---------------------------------------------------------------------------------


def _form_row(session: Session, form_id: int, today: dt.date) -> FormRow:
    found = session.execute(_joined(select(*_ROW_COLUMNS)).where(KpiForm.id == form_id)).first()
    if found is None:
        raise NotFound(entity="kpi_form")
    return _row(found, department_paths(session), today)


def _log_rows(session: Session, condition) -> tuple[LogRow, ...]:
    rows = session.scalars(select(KpiLogEntry).where(condition).order_by(KpiLogEntry.id))
    return tuple(
        LogRow(
            id=r.id,
            form_id=r.form_id,
            kind=LogKind(r.kind),
            source=Stage(r.source_stage) if r.source_stage else None,
            target=Stage(r.target_stage) if r.target_stage else None,
            what=tuple(json.loads(r.what)) if r.what else (),
            old=json.loads(r.old_value) if r.old_value is not None else None,
            new=json.loads(r.new_value) if r.new_value is not None else None,
            note=r.note or "",
            recorded_at=r.recorded_at,
            recorded_by=r.recorded_by,
        )
        for r in rows
    )


def get_form(vault: UnlockedVault, form_id: int, *, today: dt.date | None = None) -> FormDetail:
    """One form in full: the frozen template, every input with who provided it and how, the
    scoring steps, the moves it offers, its log and its attached paper sheets."""
    today = today or dt.date.today()
    with vault.database.reading() as session:
        row = _form_row(session, form_id, today)
        form = store.get_form(session, form_id)
        cycle = store.get_cycle(session, form.cycle_id)
        template = store.Templates(session).graded(form.template_version_id, cycle.grade_scale)
        provider = aliased(Employee)
        inputs = session.execute(
            select(KpiInput, provider.name)
            .outerjoin(provider, provider.id == KpiInput.provided_by_id)
            .where(KpiInput.form_id == form_id)
            .order_by(KpiInput.scorer, KpiInput.id)
        ).all()
        items = session.scalars(
            select(KpiFormItem).where(KpiFormItem.form_id == form_id).order_by(KpiFormItem.id)
        ).all()
        stored_inputs, stored_items = store.load_rows(session, form_id)
        try:
            result, incomplete = store.score_stored(template, stored_inputs, stored_items)
        except KpiRefused:
            result, incomplete = None, ()
        sheets = session.execute(
            select(
                Attachment.id,
                Attachment.file_name,
                Attachment.media_type,
                Attachment.size,
                Attachment.added_at,
            )
            .where(Attachment.kpi_form_id == form_id)
            .order_by(Attachment.id)
        )
        return FormDetail(
            row=row,
            cycle_state=CycleState(cycle.state),
            template=template,
            inputs=tuple(
                InputEntry(
                    scorer=Scorer(entry.scorer),
                    indicator_key=entry.indicator_key,
                    value=store.decode_input(entry.value),
                    comment=entry.comment or "",
                    provided_by_id=entry.provided_by_id,
                    provided_by=name or "",
                    provided_via=ProvidedVia(entry.provided_via),
                    recorded_at=entry.recorded_at,
                    recorded_by=entry.recorded_by,
                )
                for entry, name in inputs
            ),
            items=tuple(
                ItemEntry(
                    ItemKind(i.kind),
                    i.item_key,
                    store.number(i.points),
                    i.comment or "",
                    ProvidedVia(i.provided_via),
                    i.recorded_at,
                    i.recorded_by,
                )
                for i in items
            ),
            result=result,
            stored=store.result_from_json(form.result),
            incomplete=tuple(incomplete),
            computed_score=store.number(form.score),
            computed_grade=form.grade,
            moves=MappingProxyType(_moves(form, cycle)),
            log=_log_rows(session, KpiLogEntry.form_id == form_id),
            attachments=tuple(SheetAttachment(*s) for s in sheets),
        )


def _moves(form: KpiForm, cycle: KpiCycle) -> dict[Stage, Move]:
    if form.excluded or cycle.state != CycleState.OPEN:
        return {}
    moves = legal_targets(Stage(form.stage))
    moves.pop(Stage.ARCHIVED, None)  # forms are archived with their cycle
    return moves


def cycle_log(vault: UnlockedVault, cycle_id: int) -> tuple[LogRow, ...]:
    """Everything logged for a cycle (its own finalization and reopening, every form's moves,
    changes and calibration), oldest first."""
    with vault.database.reading() as session:
        store.get_cycle(session, cycle_id)
        return _log_rows(session, KpiLogEntry.cycle_id == cycle_id)


# --- changing a form --------------------------------------------------------------------------


def _changeable(session: Session, form_id: int) -> tuple[KpiForm, KpiCycle]:
    """The form and its cycle, refused when nothing on it may change now."""
    form = store.get_form(session, form_id)
    cycle = store.get_cycle(session, form.cycle_id)
    if cycle.state != CycleState.OPEN:
        raise KpiRefused("cycle_not_open", state=cycle.state)
    if form.excluded:
        raise KpiRefused("form_excluded", form_id=form_id)
    if form.stage == Stage.ARCHIVED:
        raise KpiRefused("form_archived", form_id=form_id)
    return form, cycle


def _record(
    session: Session,
    form: KpiForm,
    what: tuple[str, ...],
    old: object,
    new: object,
    reason: str,
) -> None:
    """The domain's rule for a change (finalized: a reason; archived: never); on a finalized
    form the change is logged with its old and new value."""
    change = record_change(Stage(form.stage), what, old, new, reason=reason)
    if form.stage == Stage.FINALIZED:
        store.log(
            session,
            cycle_id=form.cycle_id,
            form_id=form.id,
            kind=LogKind.CHANGE,
            source=form.stage,
            what=change.what,
            old=old,
            new=new,
            note=change.reason,
        )


def _rescore(session: Session, form: KpiForm, cycle: KpiCycle, reason: str) -> FormScore:
    old = (form.score, form.grade)
    result = store.rescore(session, form, store.Templates(session), cycle.grade_scale)
    if form.stage == Stage.FINALIZED and (form.score, form.grade) != old:
        store.log(
            session,
            cycle_id=form.cycle_id,
            form_id=form.id,
            kind=LogKind.RESCORED,
            source=form.stage,
            what=("score",),
            old={"score": old[0], "grade": old[1]},
            new={"score": form.score, "grade": form.grade},
            note=reason.strip(),
        )
    stored = store.result_from_json(form.result)
    return FormScore(result.final, result.grade, stored.incomplete if stored else ())


def _input_plain(value: IndicatorInput | None) -> object:
    return None if value is None else json.loads(store.encode_input(value))


@dataclass(frozen=True)
class EnteredInputs:
    """What `enter_inputs_in` did: the form's score now, the indicators whose value changed
    (in the order given) and those where only the comment changed."""

    score: FormScore
    changed: tuple[str, ...]
    commented: tuple[str, ...]


def enter_inputs(
    vault: UnlockedVault,
    form_id: int,
    scorer: Scorer,
    values: Mapping[str, InputValue | None],
    *,
    provenance: Provenance | None = None,
    comments: Mapping[str, str] | None = None,
    reason: str = "",
) -> FormScore:
    """Enters (or with None clears) one scorer's inputs, by indicator key, as the officer types
    them from a paper sheet or takes them from a workbook; the form is rescored.

    A scorer's inputs are taken from their stage on (self-assessment, manager review, HR
    review); refused before (`stage_not_reached`). Every value is checked by the domain: text
    in a numeric actual (`not_a_number`), a rating outside the scale (`rating_outside_scale`),
    an unknown indicator… On a finalized form each change needs `reason` and is logged with
    its old and new value. Who provided the input defaults to the employee (self) or the
    form's reviewer (manager); `provenance` says otherwise."""
    with store.writing(vault) as session:
        return enter_inputs_in(
            session,
            form_id,
            scorer,
            values,
            provenance=provenance,
            comments=comments,
            reason=reason,
        ).score


def enter_inputs_in(
    session: Session,
    form_id: int,
    scorer: Scorer,
    values: Mapping[str, InputValue | None],
    *,
    provenance: Provenance | None = None,
    comments: Mapping[str, str] | None = None,
    reason: str = "",
) -> EnteredInputs:
    """`enter_inputs` inside the caller's unit of work (`kpi_store.writing`), for a use case
    that enters several forms at once (a returned fill-in workbook). A refusal may come after
    earlier values of the same call were written: check the values first (kpi_store.
    coerce_input) when the unit of work must go on."""
    comments = comments or {}
    provenance = provenance or Provenance()
    form, cycle = _changeable(session, form_id)
    scorer_stage = next(stage for stage, who in SCORER_AT.items() if who == scorer)
    if STAGES.index(Stage(form.stage)) < STAGES.index(scorer_stage):
        raise KpiRefused("stage_not_reached", scorer=scorer.value, stage=form.stage)
    template = store.Templates(session).version(form.template_version_id)
    indicators = {indicator.key: indicator for indicator in template.indicators}
    unknown = sorted(set(values) - indicators.keys())
    if unknown:
        raise KpiRefused("unknown_indicator", scorer=scorer.value, indicators=tuple(unknown))
    existing = {
        row.indicator_key: row
        for row in session.scalars(
            select(KpiInput).where(KpiInput.form_id == form_id, KpiInput.scorer == scorer.value)
        )
    }
    provided_by = provenance.provided_by_id
    if provided_by is None and provenance.via != ProvidedVia.OFFICER:
        provided_by = {Scorer.SELF: form.employee_id, Scorer.MANAGER: form.reviewer_id}.get(scorer)
    changed: list[str] = []
    commented: list[str] = []
    for key, given in values.items():
        new = None if given is None else store.coerce_input(indicators[key], given)
        row = existing.get(key)
        old = None if row is None else store.decode_input(row.value)
        if old == new:
            if row is not None and key in comments and form.stage not in LOCKED:
                remark = comments[key].strip() or None  # a remark added later
                if remark != row.comment:
                    row.comment = remark
                    commented.append(key)
            continue
        _record(session, form, (scorer.value, key), _input_plain(old), _input_plain(new), reason)
        changed.append(key)
        if new is None:
            session.delete(row)
            continue
        if row is None:
            row = KpiInput(form_id=form_id, scorer=scorer.value, indicator_key=key)
            session.add(row)
        row.value = store.encode_input(new)
        row.comment = (comments.get(key) or "").strip() or None
        row.provided_by_id = provided_by
        row.provided_via = provenance.via.value
        row.recorded_at = utc_now_text()
        row.recorded_by = store.actor_of(session)
    session.flush()
    return EnteredInputs(_rescore(session, form, cycle, reason), tuple(changed), tuple(commented))


def set_items(
    vault: UnlockedVault,
    form_id: int,
    kind: ItemKind,
    values: Mapping[str, Decimal | str | bool | None],
    *,
    comments: Mapping[str, str] | None = None,
    via: ProvidedVia = ProvidedVia.OFFICER,
    reason: str = "",
) -> FormScore:
    """Bonus or deduction points by item key (None clears), or vetoes triggered (True) or not;
    refused above an item's maximum (`points_out_of_range`) or for an unknown item."""
    comments = comments or {}
    with store.writing(vault) as session:
        form, cycle = _changeable(session, form_id)
        template = store.Templates(session).version(form.template_version_id)
        known = {
            ItemKind.BONUS: {item.key: item for item in template.bonuses},
            ItemKind.DEDUCTION: {item.key: item for item in template.deductions},
            ItemKind.VETO: {veto.key: veto for veto in template.vetoes},
        }[kind]
        unknown = sorted(set(values) - known.keys())
        if unknown:
            raise KpiRefused("unknown_item", kind=kind.value, items=tuple(unknown))
        existing = {
            row.item_key: row
            for row in session.scalars(
                select(KpiFormItem).where(
                    KpiFormItem.form_id == form_id, KpiFormItem.kind == kind.value
                )
            )
        }
        for key, given in values.items():
            if kind == ItemKind.VETO:
                new: Decimal | bool | None = True if given else None
            elif given is None:
                new = None
            else:
                new = store.decimal_or_refuse(given, key)  # type: ignore[arg-type]
                limit = known[key].max_points
                if new < 0 or new > limit:
                    raise KpiRefused(
                        "points_out_of_range", kind=kind.value, item=key, points=new, limit=limit
                    )
            row = existing.get(key)
            old: Decimal | bool | None = None
            if row is not None:
                old = True if kind == ItemKind.VETO else store.number(row.points)
            if old == new:
                continue
            _record(session, form, (kind.value, key), old, new, reason)
            if new is None:
                session.delete(row)
                continue
            if row is None:
                row = KpiFormItem(form_id=form_id, kind=kind.value, item_key=key)
                session.add(row)
            row.points = None if kind == ItemKind.VETO else str(new)
            row.comment = (comments.get(key) or "").strip() or None
            row.provided_via = via.value
            row.recorded_at = utc_now_text()
            row.recorded_by = store.actor_of(session)
        session.flush()
        return _rescore(session, form, cycle, reason)


def set_reviewer(
    vault: UnlockedVault, form_id: int, reviewer_id: int | None, *, reason: str = ""
) -> None:
    """Another reviewer for this form; None returns to the default (the employee's supervisor,
    else their department head). On a finalized form a reason is needed and logged."""
    with store.writing(vault) as session:
        form, _cycle = _changeable(session, form_id)
        by_hand = reviewer_id is not None
        if reviewer_id is None:
            employee = session.get(Employee, form.employee_id)
            reviewer_id = employees._supervisor(session, employee)[0]
        elif reviewer_id == form.employee_id:
            raise KpiRefused("reviewer_is_employee", form_id=form_id)
        elif session.get(Employee, reviewer_id) is None:
            raise NotFound(entity="employee")
        if (reviewer_id, by_hand) == (form.reviewer_id, form.reviewer_by_hand):
            return
        if reviewer_id != form.reviewer_id:
            # The domain's rule (a reason once finalized); the reviewer entry is the record.
            record_change(
                Stage(form.stage), ("reviewer",), form.reviewer_id, reviewer_id, reason=reason
            )
            store.log(
                session,
                cycle_id=form.cycle_id,
                form_id=form.id,
                kind=LogKind.REVIEWER,
                source=form.stage,
                old=form.reviewer_id,
                new=reviewer_id,
                note=reason.strip(),
            )
        form.reviewer_id = reviewer_id
        form.reviewer_by_hand = by_hand


def change_template(vault: UnlockedVault, form_id: int, template_id: int, reason: str) -> None:
    """Moves an open form to the latest version of another template (a wrong match, an
    ambiguous one settled later). Inputs must fit the new template (`inputs_do_not_fit`
    otherwise: clear them first); finalized forms keep theirs (`form_locked`)."""
    reason = reason.strip()
    with store.writing(vault) as session:
        form, cycle = _changeable(session, form_id)
        if form.stage in LOCKED:
            raise KpiRefused("form_locked", form_id=form_id)
        if not reason:
            raise KpiRefused("reason_required", form_id=form_id)
        template_row = session.get(KpiTemplate, template_id)
        version_id = latest_versions(session).get(template_id)
        if template_row is None or version_id is None:
            raise NotFound(entity="kpi_template")
        if template_row.retired:
            raise KpiRefused("template_retired", template_id=template_id)
        if version_id == form.template_version_id:
            return
        templates = store.Templates(session)
        template = templates.version(version_id)
        indicators = {indicator.key: indicator for indicator in template.indicators}
        misfits = []
        for entry in session.scalars(select(KpiInput).where(KpiInput.form_id == form_id)):
            indicator = indicators.get(entry.indicator_key)
            try:
                if indicator is None:
                    raise KpiRefused("unknown_indicator")
                store.coerce_input(indicator, store.decode_input(entry.value))
            except KpiRefused:
                misfits.append(entry.indicator_key)
        if misfits:
            raise KpiRefused("inputs_do_not_fit", indicators=tuple(sorted(set(misfits))))
        old_version = form.template_version_id
        form.template_version_id = version_id
        form.template_by_hand = True
        store.log(
            session,
            cycle_id=form.cycle_id,
            form_id=form.id,
            kind=LogKind.TEMPLATE,
            source=form.stage,
            old=old_version,
            new=version_id,
            note=reason,
        )
        session.flush()
        try:
            store.rescore(session, form, templates, cycle.grade_scale)
        except KpiRefused as refused:  # items the new template does not know
            raise KpiRefused("inputs_do_not_fit", detail=refused.rule) from None


# --- moves ------------------------------------------------------------------------------------


def _move(session: Session, form: KpiForm, target: Stage, transition_note: str, kind: Move) -> None:
    now = utc_now_text()
    store.log(
        session,
        cycle_id=form.cycle_id,
        form_id=form.id,
        kind=LogKind(kind.value),
        source=form.stage,
        target=target.value,
        note=transition_note,
    )
    form.stage = target.value
    if target == Stage.FINALIZED:
        form.finalized_at = now


def _check_advance(
    form_id: int, stage: str, excluded: bool, scored: bool, cycle_state: str
) -> Stage:
    """Where advancing leads, refused when the form may not move on."""
    if cycle_state != CycleState.OPEN:
        raise KpiRefused("cycle_not_open", state=cycle_state)
    if excluded:
        raise KpiRefused("form_excluded", form_id=form_id)
    if stage == Stage.FINALIZED:
        raise KpiRefused("archive_with_cycle", form_id=form_id)
    target = advance(Stage(stage)).target
    if target == Stage.FINALIZED and not scored:
        raise KpiRefused("form_not_scored", form_id=form_id)
    return target


def advance_form(vault: UnlockedVault, form_id: int) -> Stage:
    """The next stage (never skipping one). Finalizing needs a score (`form_not_scored`);
    finalized forms are archived with their cycle (`archive_with_cycle`)."""
    with store.writing(vault) as session:
        form = store.get_form(session, form_id)
        cycle = store.get_cycle(session, form.cycle_id)
        scored = form.score is not None or form.calibrated_score is not None
        target = _check_advance(form.id, form.stage, form.excluded, scored, cycle.state)
        _move(session, form, target, "", Move.ADVANCE)
        return target


_CHUNK = 5000


def advance_forms(vault: UnlockedVault, form_ids: Sequence[int]) -> BulkMove:
    """Advances many forms at once (a whole cycle's drafts to self-assessment, say), in one
    unit of work; forms that may not move are listed with the rule instead of stopping the rest."""
    with store.writing(vault) as session:
        wanted = sorted(set(form_ids))
        rows = []
        for start in range(0, len(wanted), _CHUNK):  # SQLite limits the parameters of one query
            rows += session.execute(
                select(
                    KpiForm.id,
                    KpiForm.cycle_id,
                    KpiForm.stage,
                    KpiForm.excluded,
                    KpiForm.score,
                    KpiForm.calibrated_score,
                    KpiForm.finalized_at,
                    KpiForm.updated_at,
                ).where(KpiForm.id.in_(wanted[start : start + _CHUNK]))
            ).all()
        states = dict(session.execute(select(KpiCycle.id, KpiCycle.state)).all())
        found = {row.id for row in rows}
        refused = [(form_id, "not_found") for form_id in form_ids if form_id not in found]
        changes = []
        log_rows = []
        now = utc_now_text()
        for row in rows:
            scored = row.score is not None or row.calibrated_score is not None
            try:
                target = _check_advance(
                    row.id, row.stage, row.excluded, scored, states[row.cycle_id]
                )
            except KpiRefused as refusal:
                refused.append((row.id, refusal.rule))
                continue
            fields = {"stage": (row.stage, target.value), "updated_at": (row.updated_at, now)}
            if target == Stage.FINALIZED:
                fields["finalized_at"] = (row.finalized_at, now)
            changes.append((row.id, fields))
            log_rows.append(
                store.log_row(
                    session,
                    cycle_id=row.cycle_id,
                    kind=LogKind.ADVANCE,
                    form_id=row.id,
                    source=row.stage,
                    target=target.value,
                    recorded_at=now,
                )
            )
        store.bulk_update(session, KpiForm, changes)
        store.bulk_insert(session, "kpi_log", log_rows)
        return BulkMove(len(changes), tuple(refused))


def send_back_form(vault: UnlockedVault, form_id: int, target: Stage, comment: str) -> None:
    """Back to an earlier stage with a comment saying what to redo (`comment_required`)."""
    with store.writing(vault) as session:
        form, _cycle = _changeable(session, form_id)
        transition = send_back(Stage(form.stage), target, comment)
        _move(session, form, transition.target, transition.note, Move.SEND_BACK)


def reopen_form(vault: UnlockedVault, form_id: int, reason: str) -> None:
    """A finalized form back to HR review, with a recorded reason (the cycle must be open)."""
    with store.writing(vault) as session:
        form, _cycle = _changeable(session, form_id)
        transition = reopen(Stage(form.stage), reason)
        form.finalized_at = None
        _move(session, form, transition.target, transition.note, Move.REOPEN)


# --- scores -----------------------------------------------------------------------------------


def recompute_cycle(vault: UnlockedVault, cycle_id: int) -> RecomputeReport:
    """Scores every open form of the cycle again from its stored inputs and frozen template,
    writing only the results that differ. Finalized and archived forms are left as they are:
    their results change only through recorded changes."""
    with store.writing(vault) as session:
        cycle = store.get_cycle(session, cycle_id)
        if cycle.state != CycleState.OPEN:
            raise KpiRefused("cycle_not_open", state=cycle.state)
        locked_values = [s.value for s in LOCKED]
        base = (KpiForm.cycle_id == cycle_id) & KpiForm.excluded.is_(False)
        forms = session.execute(
            select(
                KpiForm.id,
                KpiForm.template_version_id,
                KpiForm.result,
                KpiForm.score,
                KpiForm.grade,
                KpiForm.updated_at,
            ).where(base, KpiForm.stage.not_in(locked_values))
        ).all()
        locked = session.scalar(
            select(func.count()).select_from(KpiForm).where(base, KpiForm.stage.in_(locked_values))
        )
        open_forms = (
            select(KpiForm.id).where(base, KpiForm.stage.not_in(locked_values)).scalar_subquery()
        )
        inputs: dict[int, list[tuple[str, str, str]]] = {}
        for form_id, scorer, key, value in session.execute(
            select(KpiInput.form_id, KpiInput.scorer, KpiInput.indicator_key, KpiInput.value).where(
                KpiInput.form_id.in_(open_forms)
            )
        ):
            inputs.setdefault(form_id, []).append((scorer, key, value))
        items: dict[int, list[tuple[str, str, str | None]]] = {}
        for form_id, kind, key, points in session.execute(
            select(
                KpiFormItem.form_id, KpiFormItem.kind, KpiFormItem.item_key, KpiFormItem.points
            ).where(KpiFormItem.form_id.in_(open_forms))
        ):
            items.setdefault(form_id, []).append((kind, key, points))
        templates = store.Templates(session)
        changes = []
        failed = []
        now = utc_now_text()
        for form in forms:
            template = templates.graded(form.template_version_id, cycle.grade_scale)
            try:
                result, incomplete = store.score_stored(
                    template, inputs.get(form.id, ()), items.get(form.id, ())
                )
            except KpiRefused as refusal:
                failed.append((form.id, refusal.rule))
                continue
            stored = store.result_to_json(result, incomplete)
            score = store.text(result.final)
            if (stored, score, result.grade) != (form.result, form.score, form.grade):
                fields = {"result": (form.result, stored), "updated_at": (form.updated_at, now)}
                if score != form.score:
                    fields["score"] = (form.score, score)
                if result.grade != form.grade:
                    fields["grade"] = (form.grade, result.grade)
                changes.append((form.id, fields))
        store.bulk_update(session, KpiForm, changes)
        return RecomputeReport(len(forms), len(changes), locked or 0, tuple(failed))


# --- the signed paper sheet -------------------------------------------------------------------


def attach_signed_sheet(vault: UnlockedVault, form_id: int, file_name: str, content: bytes) -> int:
    """Keeps the scan of the signed paper sheet with the form (and in the employee's file)."""
    with vault.database.reading() as session:
        form = store.get_form(session, form_id)
        employee_id = form.employee_id
    return attachments.add(
        vault,
        employee_id,
        attachments.NewAttachment(file_name, content, category="other", kpi_form_id=form_id),
    )
