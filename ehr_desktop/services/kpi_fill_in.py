"""Offline collection with fill-in workbooks: per manager (their team's forms at the manager's
step) or per employee (their self-assessment), and taking the returned workbooks in.

A workbook is recognised by an HMAC under the vault's own fill-in key: a random 32-byte secret
made on first use and kept in the vault's settings (encrypted with the vault; never written to
the audit trail). Each form carries a version stamp: a digest of everything that decides what
may be entered on it (stage, template version, reviewer, exclusion, every input and comment,
bonuses, deductions and vetoes). Computed from the data rather than kept as a counter, it
cannot miss a change made by any code path, and needs no schema change.

Importing a returned workbook is one unit of work per file: its forms land together or none
does. Forms that cannot take it (another step, finalized, excluded, changed since the export)
are refused one by one with the reason while the others land; a tampered, foreign or
unreadable workbook is refused whole.

Importing the same file again changes nothing: its forms are "unchanged". The same workbook
completed and sent again lands what was added, since the vault remembers each form's stamp
right after that workbook (by its export id) last landed. Any other change in the app since
then makes the form stale, so a later entry is never overwritten by an older workbook.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import os
import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from enum import StrEnum
from pathlib import Path
from types import MappingProxyType
from typing import Any

from sqlalchemy import insert, select
from sqlalchemy.orm import Session

from ehr_desktop.domain.errors import StorageError
from ehr_desktop.domain.kpi import (
    LOCKED,
    SCORER_AT,
    IndicatorInput,
    KpiRefused,
    Scorer,
    Template,
)
from ehr_desktop.exchange.kpi import fill_in as workbook
from ehr_desktop.exchange.kpi.fill_in import (
    CellProblem,
    FillInRefused,
    FillInTexts,
    ReturnedForm,
    ReturnedWorkbook,
)
from ehr_desktop.persistence.audit import Change
from ehr_desktop.persistence.models import (
    Employee,
    KpiCycle,
    KpiForm,
    KpiFormItem,
    KpiInput,
    Position,
    VaultSetting,
)
from ehr_desktop.services import kpi_forms, settings
from ehr_desktop.services import kpi_store as store
from ehr_desktop.services.kpi_store import CycleState, Provenance, ProvidedVia
from ehr_desktop.services.organization import department_paths, subtree_ids
from ehr_desktop.services.progress import Cancelled, Progress
from ehr_desktop.services.vaults import UnlockedVault

__all__ = ["CellProblem", "FillInRefused", "FillInTexts"]

KEY_SETTING = "kpi.fill_in_key"
# Per cycle: {export id: {form id: the form's stamp after that workbook last landed}}, so the
# same workbook, completed and sent again, is still recognised as current.
LANDED_SETTING = "kpi.fill_in_landed.{cycle_id}"
_STAMP_HEX = 32
_CHUNK = 5000  # SQLite limits the parameters of one query


class By(StrEnum):
    MANAGER = "manager"  # one workbook per reviewer: their team's forms at the manager's step
    EMPLOYEE = "employee"  # one workbook per employee: their self-assessment


SCORER_OF = MappingProxyType({By.MANAGER: Scorer.MANAGER, By.EMPLOYEE: Scorer.SELF})
STEP_OF = MappingProxyType({scorer: stage for stage, scorer in SCORER_AT.items()})


# --- the key -----------------------------------------------------------------------------------


def fill_in_key(vault: UnlockedVault, *, create: bool = False) -> bytes | None:
    """The vault's fill-in key; made (and its making recorded, without the secret) when
    `create` and there is none yet. None when there is none and `create` is False."""
    with vault.database.reading() as session:
        stored = settings.get(session, KEY_SETTING)
    if stored or not create:
        return bytes.fromhex(stored) if stored else None
    secret = os.urandom(32)
    with vault.database.unit_of_work() as session:
        if settings.get(session, KEY_SETTING):  # made meanwhile, by another window
            return bytes.fromhex(settings.get(session, KEY_SETTING))
        # A Core insert: the ORM's automatic audit entry would copy the secret into the trail.
        session.execute(insert(VaultSetting).values(key=KEY_SETTING, value=secret.hex()))
        vault.database.audit.append(
            session,
            [
                Change(
                    "create",
                    VaultSetting.__tablename__,
                    KEY_SETTING,
                    {"value": [None, "(secret, not recorded)"]},
                )
            ],
        )
    return secret


# --- version stamps ----------------------------------------------------------------------------


def _stamp(form: Any, inputs: Iterable[Sequence[Any]], items: Iterable[Sequence[Any]]) -> str:
    data = {
        "form": form.id,
        "employee": form.employee_id,
        "stage": form.stage,
        "template_version": form.template_version_id,
        "reviewer": form.reviewer_id,
        "excluded": bool(form.excluded),
        "inputs": sorted([list(row) for row in inputs], key=json.dumps),
        "items": sorted([list(row) for row in items], key=json.dumps),
    }
    encoded = store.dumps(data).encode("utf-8")
    return hashlib.sha256(encoded).hexdigest()[:_STAMP_HEX]


def _chunks(ids: Sequence[int]) -> Iterable[list[int]]:
    ordered = sorted(set(ids))
    for start in range(0, len(ordered), _CHUNK):
        yield ordered[start : start + _CHUNK]


def _rows_by_form(session: Session, form_ids: Sequence[int]) -> tuple[dict, dict]:
    inputs: dict[int, list[tuple]] = {}
    items: dict[int, list[tuple]] = {}
    for chunk in _chunks(form_ids):
        for row in session.execute(
            select(
                KpiInput.form_id,
                KpiInput.scorer,
                KpiInput.indicator_key,
                KpiInput.value,
                KpiInput.comment,
            ).where(KpiInput.form_id.in_(chunk))
        ):
            inputs.setdefault(row.form_id, []).append(tuple(row)[1:])
        for row in session.execute(
            select(
                KpiFormItem.form_id, KpiFormItem.kind, KpiFormItem.item_key, KpiFormItem.points
            ).where(KpiFormItem.form_id.in_(chunk))
        ):
            items.setdefault(row.form_id, []).append(tuple(row)[1:])
    return inputs, items


def form_stamps(session: Session, form_ids: Sequence[int]) -> dict[int, str]:
    """Each form's version stamp (see the module docstring), by form id."""
    forms = []
    for chunk in _chunks(form_ids):
        forms += session.scalars(select(KpiForm).where(KpiForm.id.in_(chunk))).all()
    inputs, items = _rows_by_form(session, [form.id for form in forms])
    return {
        form.id: _stamp(form, inputs.get(form.id, ()), items.get(form.id, ())) for form in forms
    }


# --- exporting ---------------------------------------------------------------------------------


class LeftOut(StrEnum):
    """Why a form of the cycle is in no workbook."""

    NOT_AT_STEP = "not_at_step"  # not (or no longer) at the scorer's step
    FINALIZED = "finalized"  # finalized or archived
    EXCLUDED = "excluded"  # excluded from the cycle
    NO_REVIEWER = "no_reviewer"  # at the manager's step, but nobody reviews it


@dataclass(frozen=True)
class PlannedWorkbook:
    person_id: int  # the manager, or the employee
    employee_no: str
    name: str
    form_ids: tuple[int, ...]


@dataclass(frozen=True)
class ExportPlan:
    cycle_id: int
    cycle: str
    by: By
    workbooks: tuple[PlannedWorkbook, ...]
    left_out: Mapping[LeftOut, int]

    @property
    def forms(self) -> int:
        return sum(len(book.form_ids) for book in self.workbooks)


@dataclass(frozen=True)
class WrittenWorkbook:
    path: Path
    employee_no: str
    name: str
    forms: int


@dataclass(frozen=True)
class ExportSummary:
    cycle_id: int
    cycle: str
    by: By
    folder: Path
    files: tuple[WrittenWorkbook, ...]
    left_out: Mapping[LeftOut, int]

    @property
    def forms(self) -> int:
        return sum(book.forms for book in self.files)


def _open_cycle(session: Session, cycle_id: int) -> KpiCycle:
    cycle = store.get_cycle(session, cycle_id)
    if cycle.state != CycleState.OPEN:
        raise KpiRefused("cycle_not_open", state=cycle.state)
    return cycle


def _plan(session: Session, cycle: KpiCycle, by: By, department_id: int | None) -> ExportPlan:
    scorer = SCORER_OF[by]
    step = STEP_OF[scorer]
    statement = select(
        KpiForm.id,
        KpiForm.employee_id,
        KpiForm.stage,
        KpiForm.excluded,
        KpiForm.reviewer_id,
        Employee.employee_no,
        Employee.name,
    ).join(Employee, Employee.id == KpiForm.employee_id)
    statement = statement.where(KpiForm.cycle_id == cycle.id)
    if department_id is not None:
        statement = statement.where(KpiForm.department_id.in_(subtree_ids(session, department_id)))
    left_out: dict[LeftOut, int] = {}
    chosen: dict[int, list[tuple[str, int]]] = {}  # person -> (employee no, form id)
    for row in session.execute(statement.order_by(Employee.employee_no)):
        if row.excluded:
            reason = LeftOut.EXCLUDED
        elif row.stage in LOCKED:
            reason = LeftOut.FINALIZED
        elif row.stage != step:
            reason = LeftOut.NOT_AT_STEP
        elif by == By.MANAGER and row.reviewer_id is None:
            reason = LeftOut.NO_REVIEWER
        else:
            person = row.reviewer_id if by == By.MANAGER else row.employee_id
            chosen.setdefault(person, []).append((row.employee_no, row.id))
            continue
        left_out[reason] = left_out.get(reason, 0) + 1
    people = {}
    for chunk in _chunks(list(chosen)):
        for person in session.execute(
            select(Employee.id, Employee.employee_no, Employee.name).where(Employee.id.in_(chunk))
        ):
            people[person.id] = person
    workbooks = sorted(
        (
            PlannedWorkbook(
                person_id,
                people[person_id].employee_no,
                people[person_id].name,
                tuple(form_id for _, form_id in sorted(forms)),
            )
            for person_id, forms in chosen.items()
        ),
        key=lambda book: book.employee_no,
    )
    return ExportPlan(cycle.id, cycle.name, by, tuple(workbooks), MappingProxyType(left_out))


def plan_export(
    vault: UnlockedVault, cycle_id: int, *, by: By, department_id: int | None = None
) -> ExportPlan:
    """Which workbooks an export would write, with which forms, and how many forms it would
    leave out and why (a dialog shows it before anything is written). The cycle must be open."""
    with vault.database.reading() as session:
        cycle = _open_cycle(session, cycle_id)
        return _plan(session, cycle, By(by), department_id)


_UNSAFE_NAME = re.compile(r'[\\/:*?"<>|\x00-\x1f\x7f]+')


def file_name(cycle: str, employee_no: str, name: str) -> str:
    """`<cycle>_<number> <name>.xlsx`, safe on Windows, macOS and Linux."""
    stem = f"{cycle}_{employee_no} {name}"
    stem = " ".join(_UNSAFE_NAME.sub("_", stem).split()).strip(". ")
    return f"{stem[:120] or 'fill-in'}.xlsx"


def _sheets(
    session: Session, plan: ExportPlan
) -> list[tuple[PlannedWorkbook, list[workbook.FormSheet]]]:
    """Each planned workbook's form sheets: the frozen template, what this scorer entered so
    far (written in, so a second round shows it), and for a manager the self-assessment."""
    scorer = SCORER_OF[plan.by]
    form_ids = [form_id for book in plan.workbooks for form_id in book.form_ids]
    forms = {}
    for chunk in _chunks(form_ids):
        for row in session.execute(
            select(KpiForm, Employee.employee_no, Employee.name, Employee.position_id)
            .join(Employee, Employee.id == KpiForm.employee_id)
            .where(KpiForm.id.in_(chunk))
        ):
            forms[row.KpiForm.id] = row
    inputs, items = _rows_by_form(session, form_ids)
    paths = department_paths(session)
    titles = dict(session.execute(select(Position.id, Position.title)).all())
    templates = store.Templates(session)
    made = []
    for book in plan.workbooks:
        sheets = []
        for form_id in book.form_ids:
            row = forms[form_id]
            form = row.KpiForm
            entered: dict[Scorer, dict[str, IndicatorInput]] = {}
            comments: dict[str, str] = {}
            for scorer_value, key, value, comment in inputs.get(form_id, ()):
                entered.setdefault(Scorer(scorer_value), {})[key] = store.decode_input(value)
                if scorer_value == scorer.value and comment:
                    comments[key] = comment
            sheets.append(
                workbook.FormSheet(
                    form_id=form_id,
                    stamp=_stamp(form, inputs.get(form_id, ()), items.get(form_id, ())),
                    employee_no=row.employee_no,
                    name=row.name,
                    department=paths.get(form.department_id, "") if form.department_id else "",
                    position=titles.get(row.position_id, "") if row.position_id else "",
                    template=templates.version(form.template_version_id),
                    entered=entered.get(scorer, {}),
                    comments=comments,
                    self_assessment=entered.get(Scorer.SELF, {})
                    if scorer == Scorer.MANAGER
                    else None,
                )
            )
        made.append((book, sheets))
    return made


def export_workbooks(
    vault: UnlockedVault,
    cycle_id: int,
    *,
    by: By,
    folder: Path,
    department_id: int | None = None,
    progress: Progress | None = None,
    texts: FillInTexts | None = None,
) -> ExportSummary:
    """Writes one workbook per manager (`by` manager) or per employee (`by` employee) into
    `folder`, each file atomically; forms nobody can fill in now are left out and counted.
    The export is recorded in the audit trail (what, how many forms and people, where).
    Cancelled (progress): the files of this export already written are removed again."""
    by = By(by)
    progress = progress or Progress()
    folder = Path(folder)
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as error:
        raise StorageError(path=str(folder), reason=error.strerror or str(error)) from None
    key = fill_in_key(vault, create=True)
    assert key is not None
    with vault.database.reading() as session:
        cycle = _open_cycle(session, cycle_id)
        plan = _plan(session, cycle, by, department_id)
        company = settings.get(session, settings.COMPANY_NAME)
        prepared = _sheets(session, plan)
        due = getattr(cycle, {By.MANAGER: "manager_due", By.EMPLOYEE: "self_due"}[by])
        period = f"{cycle.starts_on.isoformat()} – {cycle.ends_on.isoformat()}"
        cycle_name = cycle.name
    exported_at = dt.datetime.now(dt.UTC).isoformat(timespec="seconds")
    written: list[WrittenWorkbook] = []
    try:
        for done, (book, sheets) in enumerate(prepared):
            progress.step(done, len(prepared))
            path = folder / file_name(cycle_name, book.employee_no, book.name)
            workbook.write_fill_in(
                path,
                workbook.FillInWorkbook(
                    cycle_id=cycle_id,
                    cycle=cycle_name,
                    period=period,
                    scorer=SCORER_OF[by],
                    person_id=book.person_id,
                    person=f"{book.employee_no} {book.name}",
                    due=due,
                    company=company,
                    forms=sheets,
                    exported_at=exported_at,
                    export_id=os.urandom(8).hex(),
                ),
                key,
                texts,
            )
            written.append(WrittenWorkbook(path, book.employee_no, book.name, len(sheets)))
        progress.step(len(prepared), len(prepared))
        with vault.database.unit_of_work() as session:
            vault.database.audit.append(
                session,
                [
                    Change(
                        "export",
                        "kpi_cycles",
                        str(cycle_id),
                        {
                            "what": "fill_in_workbooks",
                            "by": by.value,
                            "files": len(written),
                            # One form per employee and cycle: the people whose data left.
                            "people": sum(w.forms for w in written),
                            "folder": str(folder),
                            "left_out": {k.value: v for k, v in plan.left_out.items()},
                        },
                    )
                ],
            )
    except BaseException:
        # Cancelled, or the disk failed: nothing of this export stays without its record.
        for each in written:
            each.path.unlink(missing_ok=True)
        raise
    return ExportSummary(
        cycle_id, cycle_name, by, folder, tuple(written), MappingProxyType(dict(plan.left_out))
    )


# --- importing ---------------------------------------------------------------------------------


class FormStatus(StrEnum):
    LANDED = "landed"  # at least one value or comment changed
    UNCHANGED = "unchanged"  # filled in, and the vault already holds exactly that
    EMPTY = "empty"  # nothing filled in on this sheet
    REFUSED = "refused"


class FormRefusal(StrEnum):
    NOT_FOUND = "not_found"  # the form is gone (or is not of the workbook's cycle)
    CYCLE_CLOSED = "cycle_closed"  # the cycle is finalized or archived
    EXCLUDED = "excluded"
    LOCKED = "locked"  # the form is finalized or archived (facts: stage)
    NOT_AT_STEP = "not_at_step"  # no longer (or not yet) at this scorer's step (facts: stage)
    STALE = "stale"  # the form changed in the app since the export
    CELLS_INVALID = "cells_invalid"  # filled cells that cannot be taken (problems)


@dataclass(frozen=True)
class FormOutcome:
    form_id: int
    employee_no: str
    name: str
    sheet: str
    status: FormStatus
    refusal: FormRefusal | None = None
    facts: Mapping[str, Any] = field(default_factory=dict)
    changed: tuple[str, ...] = ()  # indicator keys whose value changed, template order
    changed_names: tuple[str, ...] = ()  # their names, as the form shows them
    commented: tuple[str, ...] = ()  # indicator keys where only the comment changed
    ignored_comments: tuple[str, ...] = ()  # comments without a value to go with
    partial: bool = False  # the scorer's sheet still misses indicators
    problems: tuple[CellProblem, ...] = ()


@dataclass(frozen=True)
class FileOutcome:
    path: Path
    refusal: str = ""  # FillInRefused.reason when the workbook as a whole was refused
    facts: Mapping[str, Any] = field(default_factory=dict)
    cycle: str = ""
    scorer: Scorer | None = None
    person: str = ""  # who filled it in (number and name)
    forms: tuple[FormOutcome, ...] = ()

    @property
    def refused(self) -> bool:
        return bool(self.refusal)

    def count(self, status: FormStatus) -> int:
        return sum(1 for form in self.forms if form.status == status)


@dataclass(frozen=True)
class ImportSummary:
    files: tuple[FileOutcome, ...]

    @property
    def files_refused(self) -> int:
        return sum(1 for f in self.files if f.refused)

    def count(self, status: FormStatus) -> int:
        return sum(f.count(status) for f in self.files)

    @property
    def inputs_changed(self) -> int:
        return sum(len(form.changed) for f in self.files for form in f.forms)


def import_workbooks(
    vault: UnlockedVault,
    paths: Sequence[Path],
    *,
    progress: Progress | None = None,
    in_child: bool = True,
) -> ImportSummary:
    """Takes returned workbooks in, one unit of work per file (see the module docstring).
    Values are recorded as provided via workbook by the manager or employee the workbook was
    made for. All files are read first (in one memory-limited child); cancelled (progress)
    while reading, nothing is taken; later, the files already taken stay taken."""
    progress = progress or Progress()
    paths = [Path(path) for path in paths]
    key = fill_in_key(vault)
    steps = len(paths) + 1  # reading them all, then each file's unit of work
    progress.step(0, steps)
    try:
        read = workbook.read_returned_all(
            paths, key, in_child=in_child, is_cancelled=progress.is_cancelled
        )
    except workbook.ReadingCancelled:
        raise Cancelled() from None
    outcomes = []
    for done, (path, returned) in enumerate(zip(paths, read, strict=True), start=1):
        progress.step(done, steps)
        outcomes.append(_import_file(vault, path, returned))
    progress.step(steps, steps)
    return ImportSummary(tuple(outcomes))


def _import_file(
    vault: UnlockedVault, path: Path, returned: ReturnedWorkbook | FillInRefused
) -> FileOutcome:
    if isinstance(returned, FillInRefused):
        facts = {k: v for k, v in returned.facts.items() if k != "reason"}
        outcome = FileOutcome(path, returned.reason, MappingProxyType(facts))
        _record_refusal(vault, outcome)
        return outcome
    with store.writing(vault) as session:
        setting = LANDED_SETTING.format(cycle_id=returned.cycle_id)
        known = json.loads(settings.get(session, setting, "{}"))
        accepted: dict[str, str] = known.get(returned.export_id, {}) if returned.export_id else {}
        forms = tuple(
            _import_form(session, returned, form, accepted.get(str(form.form_id)))
            for form in returned.forms
        )
        landed = [f for f in forms if f.status == FormStatus.LANDED]
        if landed and returned.export_id:
            now = form_stamps(session, [f.form_id for f in landed])
            accepted.update({str(form_id): stamp for form_id, stamp in now.items()})
            known[returned.export_id] = accepted
            settings.put(session, setting, store.dumps(known))
        vault.database.audit.append(
            session,
            [
                Change(
                    "import",
                    "kpi_cycles",
                    str(returned.cycle_id),
                    {
                        "what": "fill_in_workbook",
                        "file": path.name,
                        "scorer": returned.scorer.value,
                        "provided_by": returned.person_id,
                        "forms": len(forms),
                        "landed": [f.form_id for f in landed],
                        "inputs_changed": sum(len(f.changed) for f in landed),
                        "refused": {
                            str(f.form_id): f.refusal.value for f in forms if f.refusal is not None
                        },
                    },
                )
            ],
        )
    return FileOutcome(
        path,
        cycle=returned.cycle,
        scorer=returned.scorer,
        person=returned.person,
        forms=forms,
    )


def _record_refusal(vault: UnlockedVault, outcome: FileOutcome) -> None:
    """A refused workbook changes nothing, but a tampered or foreign one is worth knowing of."""
    facts = {"what": "fill_in_workbook", "file": outcome.path.name, "refused": outcome.refusal}
    if outcome.refusal == "tampered":
        facts["places"] = [list(p) if isinstance(p, tuple) else p for p in outcome.facts["places"]]
    with vault.database.unit_of_work() as session:
        vault.database.audit.append(session, [Change("import_refused", "kpi_cycles", "", facts)])


def _refused(form: ReturnedForm, refusal: FormRefusal, **facts: Any) -> FormOutcome:
    return FormOutcome(
        form.form_id,
        form.employee_no,
        form.name,
        form.sheet,
        FormStatus.REFUSED,
        refusal,
        MappingProxyType(facts),
        problems=form.problems,
    )


def _import_form(
    session: Session,
    returned: ReturnedWorkbook,
    given: ReturnedForm,
    landed_stamp: str | None = None,
) -> FormOutcome:
    """One form of a checked workbook. `landed_stamp`: the form's stamp right after this same
    workbook last landed (it may be sent again with more filled in)."""
    scorer = returned.scorer
    form = session.get(KpiForm, given.form_id)
    if form is None or form.cycle_id != returned.cycle_id:
        return _refused(given, FormRefusal.NOT_FOUND)
    cycle = store.get_cycle(session, form.cycle_id)
    if cycle.state != CycleState.OPEN:
        return _refused(given, FormRefusal.CYCLE_CLOSED, state=cycle.state)
    if form.excluded:
        return _refused(given, FormRefusal.EXCLUDED)
    if form.stage in LOCKED:
        return _refused(given, FormRefusal.LOCKED, stage=form.stage)
    if form.stage != STEP_OF[scorer]:
        return _refused(given, FormRefusal.NOT_AT_STEP, stage=form.stage)
    template = store.Templates(session).version(form.template_version_id)
    stored = {
        row.indicator_key: row
        for row in session.scalars(
            select(KpiInput).where(KpiInput.form_id == form.id, KpiInput.scorer == scorer.value)
        )
    }
    values: dict[str, IndicatorInput] = dict(given.values)
    # A comment beside an empty cell goes with the value already kept (an empty cell never
    # erases); with no value at all it has nothing to belong to.
    ignored = []
    for indicator_key in given.comments:
        if indicator_key in values:
            continue
        if indicator_key in stored:
            values[indicator_key] = store.decode_input(stored[indicator_key].value)
        else:
            ignored.append(indicator_key)
    comments = {k: v for k, v in given.comments.items() if k in values}
    if not values and not given.problems:
        return _outcome(given, FormStatus.EMPTY, template, stored, (), (), ignored)
    if form_stamps(session, [form.id])[form.id] not in (given.stamp, landed_stamp):
        # Changed in the app since the export. Harmless only when the workbook holds exactly
        # what the vault holds (the same file imported again); else the newer entry stays.
        already = all(
            k in stored and store.decode_input(stored[k].value) == v for k, v in values.items()
        ) and all((stored[k].comment or "") == v for k, v in comments.items())
        if already and not given.problems:
            return _outcome(given, FormStatus.UNCHANGED, template, stored, (), (), ignored)
        return _refused(given, FormRefusal.STALE)
    if given.problems:
        return _refused(given, FormRefusal.CELLS_INVALID)
    problems = _domain_problems(given, template, values)
    if problems:
        return FormOutcome(
            given.form_id,
            given.employee_no,
            given.name,
            given.sheet,
            FormStatus.REFUSED,
            FormRefusal.CELLS_INVALID,
            problems=tuple(problems),
        )
    provided_by = form.reviewer_id if scorer == Scorer.MANAGER else form.employee_id
    if provided_by != returned.person_id:  # the stamp covers the reviewer: a safety net
        return _refused(given, FormRefusal.STALE)
    entered = kpi_forms.enter_inputs_in(
        session,
        form.id,
        scorer,
        values,
        provenance=Provenance(ProvidedVia.WORKBOOK, returned.person_id),
        comments=comments,
    )
    status = FormStatus.LANDED if entered.changed or entered.commented else FormStatus.UNCHANGED
    keys = set(stored) | set(values)
    return _outcome(
        given,
        status,
        template,
        {k: None for k in keys},
        entered.changed,
        entered.commented,
        ignored,
    )


def _outcome(
    given: ReturnedForm,
    status: FormStatus,
    template: Template,
    entered_keys: Mapping[str, Any],
    changed: Sequence[str],
    commented: Sequence[str],
    ignored: Sequence[str],
) -> FormOutcome:
    order = [indicator.key for indicator in template.indicators]
    names = {indicator.key: indicator.name for indicator in template.indicators}
    changed_keys = tuple(k for k in order if k in set(changed))
    return FormOutcome(
        given.form_id,
        given.employee_no,
        given.name,
        given.sheet,
        status,
        changed=changed_keys,
        changed_names=tuple(names[k] for k in changed_keys),
        commented=tuple(k for k in order if k in set(commented)),
        ignored_comments=tuple(k for k in order if k in set(ignored)),
        partial=not set(order) <= set(entered_keys),
    )


def _domain_problems(
    given: ReturnedForm, template: Template, values: Mapping[str, IndicatorInput]
) -> list[CellProblem]:
    """Each value through the domain's own check (the workbook's checks came from the same
    template; this is what the vault will hold). Checked before anything is written."""
    indicators = {indicator.key: indicator for indicator in template.indicators}
    found = []
    for key, value in values.items():
        indicator = indicators.get(key)
        try:
            if indicator is None:
                raise KpiRefused("unknown_indicator", indicators=(key,))
            store.coerce_input(indicator, value)
        except KpiRefused as refused:
            found.append(
                CellProblem(
                    refused.rule,
                    given.sheet,
                    given.cells.get(key, ""),
                    key,
                    _value_text(value),
                    indicator_name=indicator.name if indicator else "",
                )
            )
    return found


def _value_text(value: IndicatorInput) -> str:
    plain = json.loads(store.encode_input(value))
    return ", ".join(str(v) for v in plain.values())
