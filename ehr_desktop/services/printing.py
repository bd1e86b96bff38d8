"""Printing appraisal sheets and dossiers: the data read from the vault into the PDF layer's
dataclasses, the PDF made, the print recorded in the audit trail, then the bytes handed over
(for the preview or the printer) or written: one file, or one file per employee in a folder.

Every print is audited before its bytes leave: what, how many people, masked or not, where.
Nothing is recorded for a print that was cancelled or failed before it was complete.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import os
import re
import shutil
import tempfile
import unicodedata
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session, aliased

from ehr_desktop import atomic
from ehr_desktop.domain import people
from ehr_desktop.domain.errors import NotFound, NothingToPrint, StorageError
from ehr_desktop.domain.kpi import KpiRefused, Scorer, indicator_score
from ehr_desktop.domain.lifecycle import Kind
from ehr_desktop.exchange.pdf import (
    AppraisalSheet,
    Dossier,
    DossierAppraisal,
    DossierContract,
    DossierEvent,
    DossierJob,
    DossierRecord,
    DossierTexts,
    Letterhead,
    PrintCancelled,
    SheetDimension,
    SheetIndicator,
    SheetItem,
    SheetTexts,
    render_dossier,
    render_sheets,
)
from ehr_desktop.persistence.audit import Change
from ehr_desktop.persistence.models import (
    Employee,
    KpiCycle,
    KpiForm,
    KpiFormItem,
    KpiInput,
    Position,
)
from ehr_desktop.services import company, employees, kpi_results
from ehr_desktop.services import kpi_store as store
from ehr_desktop.services.organization import department_paths, subtree_ids
from ehr_desktop.services.vaults import UnlockedVault

PAGE_SIZES = ("a4", "letter")
SENSITIVE = ("id_number", "bank_account", "mobile", "salary")  # masked unless asked otherwise
MASKED_MONEY = "¥ ****"
_BATCH = 200  # forms read per query while a batch is printed

Progress = Callable[[int, int], None]
Cancelled = Callable[[], bool]


@dataclass(frozen=True)
class Printed:
    """What a print produced: the PDF (when handed over as bytes) or the files written."""

    people: int
    data: bytes = b""
    files: tuple[Path, ...] = ()
    unmasked: bool = False
    name: str = ""  # for a file name the officer is offered ("XH00012 张三" for a dossier)


def letterhead(vault: UnlockedVault) -> Letterhead:
    found = company.profile(vault)
    return Letterhead(found.name, found.address, found.logo)


def _record(
    vault: UnlockedVault,
    action: str,
    entity: str,
    entity_id: str,
    facts: dict[str, Any],
) -> None:
    with vault.database.unit_of_work() as session:
        vault.database.audit.append(session, [Change(action, entity, entity_id, facts)])


# --- appraisal sheets ------------------------------------------------------------------------


def sheet_form_ids(
    vault: UnlockedVault,
    cycle_id: int,
    *,
    department_id: int | None = None,
    form_ids: Sequence[int] | None = None,
) -> list[int]:
    """The forms a batch prints, in the order a department hands them out: by department
    path, then employee number. Excluded forms are left out; `department_id` takes its
    sub-departments too; `form_ids` narrows to those forms (of this cycle). None at all:
    NothingToPrint (no empty PDF)."""
    with vault.database.reading() as session:
        store.get_cycle(session, cycle_id)
        condition = (KpiForm.cycle_id == cycle_id) & KpiForm.excluded.is_(False)
        if department_id is not None:
            condition &= KpiForm.department_id.in_(subtree_ids(session, department_id))
        if form_ids is not None:
            condition &= KpiForm.id.in_(list(form_ids))
        rows = session.execute(
            select(KpiForm.id, KpiForm.department_id, Employee.employee_no)
            .join(Employee, Employee.id == KpiForm.employee_id)
            .where(condition)
        ).all()
        paths = department_paths(session)
    if not rows:
        raise NothingToPrint(cycle_id=cycle_id)
    rows.sort(key=lambda r: (paths.get(r.department_id, "\uffff"), r.employee_no))
    return [r.id for r in rows]


def _sheets(vault: UnlockedVault, form_ids: Sequence[int], blank: bool) -> Iterator[AppraisalSheet]:
    """The sheets of `form_ids` in that order, read a batch at a time (one short read each)."""
    for start in range(0, len(form_ids), _BATCH):
        chunk = list(form_ids[start : start + _BATCH])
        with vault.database.reading() as session:
            found = {s.form_id: s for s in _read_sheets(session, chunk, blank)}
        for form_id in chunk:
            if form_id in found:
                yield found[form_id]


def _read_sheets(session: Session, form_ids: list[int], blank: bool) -> list[AppraisalSheet]:
    reviewer = aliased(Employee)
    rows = session.execute(
        select(
            KpiForm.id,
            KpiForm.template_version_id,
            KpiForm.department_id,
            KpiForm.stage,
            KpiForm.calibrated_score,
            KpiForm.calibrated_grade,
            KpiCycle.name.label("cycle"),
            KpiCycle.starts_on,
            KpiCycle.ends_on,
            KpiCycle.grade_scale,
            Employee.employee_no,
            Employee.name,
            Position.title.label("position"),
            reviewer.name.label("reviewer"),
        )
        .join(KpiCycle, KpiCycle.id == KpiForm.cycle_id)
        .join(Employee, Employee.id == KpiForm.employee_id)
        .outerjoin(Position, Position.id == Employee.position_id)
        .outerjoin(reviewer, reviewer.id == KpiForm.reviewer_id)
        .where(KpiForm.id.in_(form_ids))
    ).all()
    inputs: dict[int, list] = {}
    items: dict[int, list] = {}
    if not blank:
        for r in session.execute(
            select(
                KpiInput.form_id,
                KpiInput.scorer,
                KpiInput.indicator_key,
                KpiInput.value,
                KpiInput.comment,
            ).where(KpiInput.form_id.in_(form_ids))
        ):
            inputs.setdefault(r.form_id, []).append(r)
        for r in session.execute(
            select(
                KpiFormItem.form_id,
                KpiFormItem.kind,
                KpiFormItem.item_key,
                KpiFormItem.points,
                KpiFormItem.comment,
            ).where(KpiFormItem.form_id.in_(form_ids))
        ):
            items.setdefault(r.form_id, []).append(r)
    templates = store.Templates(session)
    paths = department_paths(session)
    return [
        _sheet(
            r,
            templates.graded(r.template_version_id, r.grade_scale),
            paths.get(r.department_id, "") if r.department_id else "",
            inputs.get(r.id, []),
            items.get(r.id, []),
            blank,
        )
        for r in rows
    ]


def _sheet(row, template, department: str, inputs: list, items: list, blank: bool):
    by_indicator: dict[str, dict[str, dict[Scorer, Any]]] = {}
    for entry in inputs:
        scorer = Scorer(entry.scorer)
        slot = by_indicator.setdefault(entry.indicator_key, {"inputs": {}, "comments": {}})
        slot["inputs"][scorer] = store.decode_input(entry.value)
        if entry.comment:
            slot["comments"][scorer] = entry.comment
    dimensions = []
    for dimension in template.dimensions:
        shown = []
        for indicator in dimension.indicators:
            slot = by_indicator.get(indicator.key, {"inputs": {}, "comments": {}})
            scores = {}
            for scorer, given in slot["inputs"].items():
                with contextlib.suppress(KpiRefused):  # a stale input shows without a score
                    scores[scorer] = indicator_score(indicator, given)
            shown.append(SheetIndicator(indicator, slot["inputs"], scores, slot["comments"]))
        dimensions.append(
            SheetDimension(dimension.key, dimension.name, dimension.weight, tuple(shown))
        )
    given = {(i.kind, i.item_key): i for i in items}
    sheet_items = []
    for kind, declared in (
        ("bonus", template.bonuses),
        ("deduction", template.deductions),
        ("veto", template.vetoes),
    ):
        for item in declared:
            entry = given.get((kind, item.key))
            limit = item.cap if kind == "veto" else item.max_points
            sheet_items.append(
                SheetItem(
                    kind=kind,
                    name=item.name,
                    standard=item.standard,
                    limit=limit,
                    points=store.number(entry.points) if entry is not None else None,
                    triggered=entry is not None,
                    comment=(entry.comment or "") if entry is not None else "",
                )
            )
    result, incomplete = None, ()
    if not blank and (inputs or items):
        with contextlib.suppress(KpiRefused):
            result, incomplete = store.score_stored(
                template,
                [(i.scorer, i.indicator_key, i.value) for i in inputs],
                [(i.kind, i.item_key, i.points) for i in items],
            )
    return AppraisalSheet(
        form_id=row.id,
        cycle=row.cycle,
        starts_on=row.starts_on,
        ends_on=row.ends_on,
        template=f"{template.name} v{template.version}",
        stage=row.stage,
        employee_no=row.employee_no,
        name=row.name,
        department=department,
        position=row.position or "",
        reviewer=row.reviewer or "",
        scorer_weights=template.scorer_weights,
        dimensions=tuple(dimensions),
        items=tuple(sheet_items),
        grades=template.grades,
        result=result,
        incomplete=tuple(incomplete),
        calibrated_score=None if blank else store.number(row.calibrated_score),
        calibrated_grade=None if blank else row.calibrated_grade,
        blank=blank,
    )


def _sheets_pdf(
    vault: UnlockedVault,
    form_ids: Sequence[int],
    texts: SheetTexts,
    *,
    blank: bool,
    page_size: str,
    progress: Progress | None,
    cancelled: Cancelled | None,
    head: Letterhead | None = None,
) -> bytes:
    return render_sheets(
        _sheets(vault, form_ids, blank),
        texts,
        head or letterhead(vault),
        count=len(form_ids),
        blank=blank,
        page_size=page_size,
        progress=progress,
        cancelled=cancelled,
    )


def _check_page_size(page_size: str) -> None:
    if page_size not in PAGE_SIZES:
        raise ValueError(f"page size {page_size!r}")  # a programming error: callers offer a list


def appraisal_sheets(
    vault: UnlockedVault,
    *,
    cycle_id: int,
    texts: SheetTexts,
    department_id: int | None = None,
    form_ids: Sequence[int] | None = None,
    blank: bool = False,
    page_size: str = "a4",
    progress: Progress | None = None,
    cancelled: Cancelled | None = None,
    where: str = "print",
) -> Printed:
    """The sheets as one PDF in memory, for the preview or the printer (`where` says which in
    the audit trail). Raises PrintCancelled when `cancelled` says stop (nothing recorded)."""
    _check_page_size(page_size)
    ids = sheet_form_ids(vault, cycle_id, department_id=department_id, form_ids=form_ids)
    data = _sheets_pdf(
        vault, ids, texts, blank=blank, page_size=page_size, progress=progress, cancelled=cancelled
    )
    _record_sheets(vault, cycle_id, "print", len(ids), blank, department_id, where)
    return Printed(people=len(ids), data=data)


def write_appraisal_sheets(
    vault: UnlockedVault,
    target: Path,
    *,
    cycle_id: int,
    texts: SheetTexts,
    department_id: int | None = None,
    form_ids: Sequence[int] | None = None,
    blank: bool = False,
    page_size: str = "a4",
    progress: Progress | None = None,
    cancelled: Cancelled | None = None,
) -> Printed:
    """The sheets as one PDF file, written atomically once complete. A cancelled or failed
    layout leaves no file and no audit entry; the export is recorded before the file is
    written, so a file never exists unrecorded (a failed write leaves an entry, no file)."""
    _check_page_size(page_size)
    target = Path(target)
    _check_writable_folder(target.parent, target)
    ids = sheet_form_ids(vault, cycle_id, department_id=department_id, form_ids=form_ids)
    data = _sheets_pdf(
        vault, ids, texts, blank=blank, page_size=page_size, progress=progress, cancelled=cancelled
    )
    _record_sheets(vault, cycle_id, "export", len(ids), blank, department_id, target.name)
    atomic.write_bytes(target, data)
    return Printed(people=len(ids), files=(target,))


def write_appraisal_sheets_to_folder(
    vault: UnlockedVault,
    folder: Path,
    *,
    cycle_id: int,
    texts: SheetTexts,
    department_id: int | None = None,
    form_ids: Sequence[int] | None = None,
    blank: bool = False,
    page_size: str = "a4",
    progress: Progress | None = None,
    cancelled: Cancelled | None = None,
) -> Printed:
    """One PDF per employee in `folder`, named `<employee no>_<name>_<cycle>.pdf`. The files
    are made in a hidden staging folder inside `folder` and moved into place only when all
    are complete and the print is recorded; a cancel or failure removes the staging folder.
    An existing file of the same name is replaced."""
    _check_page_size(page_size)
    folder = Path(folder)
    _check_writable_folder(folder, folder)
    ids = sheet_form_ids(vault, cycle_id, department_id=department_id, form_ids=form_ids)
    head = letterhead(vault)
    try:
        staging = Path(tempfile.mkdtemp(prefix=".ehr-print-", dir=folder))
    except OSError as exc:
        raise StorageError(path=str(folder), reason=exc.strerror or str(exc)) from None
    written: list[Path] = []
    try:
        used: set[str] = set()
        for done, sheet in enumerate(_sheets(vault, ids, blank)):
            if cancelled is not None and cancelled():
                raise PrintCancelled()
            data = render_sheets([sheet], texts, head, count=1, blank=blank, page_size=page_size)
            name = _unique(sheet_file_name(sheet.employee_no, sheet.name, sheet.cycle), used)
            _write_plain(staging / name, data)
            written.append(folder / name)
            if progress is not None:
                progress(done + 1, len(ids))
        _record_sheets(vault, cycle_id, "export", len(written), blank, department_id, folder.name)
        for path in written:
            os.replace(staging / path.name, path)
        atomic.fsync_directory(folder)
    except OSError as exc:
        raise StorageError(path=str(folder), reason=exc.strerror or str(exc)) from None
    finally:
        shutil.rmtree(staging, ignore_errors=True)
    return Printed(people=len(written), files=tuple(written))


def _write_plain(path: Path, data: bytes) -> None:
    with open(path, "wb") as handle:
        handle.write(data)
        handle.flush()
        os.fsync(handle.fileno())


def _record_sheets(
    vault: UnlockedVault,
    cycle_id: int,
    action: str,
    count: int,
    blank: bool,
    department_id: int | None,
    where: str,
) -> None:
    facts: dict[str, Any] = {
        "what": "appraisal_sheets_blank" if blank else "appraisal_sheets",
        "people": count,
        "unmasked": False,  # sheets carry no ID, bank, phone or salary data
        "where": where,
    }
    if department_id is not None:
        facts["department_id"] = department_id
    _record(vault, action, "kpi_cycles", str(cycle_id), facts)


_UNSAFE = re.compile(r'[\\/:*?"<>|\x00-\x1f\x7f]+')
_RESERVED = re.compile(r"^(con|prn|aux|nul|com\d|lpt\d)(\..*)?$", re.IGNORECASE)


def sheet_file_name(employee_no: str, name: str, cycle: str) -> str:
    """`<employee no>_<name>_<cycle>.pdf`, safe on Windows, macOS and Linux: path separators,
    reserved characters and control characters become "_", no leading dot, at most 120
    characters before the extension (Chinese names kept as they are)."""
    parts = [
        _UNSAFE.sub("_", unicodedata.normalize("NFC", p)).strip(" ._")
        for p in (employee_no, name, cycle)
    ]
    stem = "_".join(p for p in parts if p) or "sheet"
    stem = re.sub(r"\s+", " ", stem)[:120].rstrip(" .")
    if _RESERVED.match(stem):
        stem = f"_{stem}"
    return f"{stem}.pdf"


def _unique(name: str, used: set[str]) -> str:
    stem, suffix = name[:-4], ".pdf"
    candidate, n = name, 2
    while candidate.casefold() in used:
        candidate = f"{stem} ({n}){suffix}"
        n += 1
    used.add(candidate.casefold())
    return candidate


def _check_writable_folder(folder: Path, shown: Path) -> None:
    if not folder.is_dir():
        raise StorageError(path=str(shown), reason="no such folder")
    if not os.access(folder, os.W_OK):
        raise StorageError(path=str(shown), reason="not writable")


# --- the dossier ------------------------------------------------------------------------------


def _money(cents: int | None) -> str:
    return "" if cents is None else f"¥{cents / 100:,.2f}"


def read_dossier(vault: UnlockedVault, employee_id: int, *, unmasked: bool = False) -> Dossier:
    """The employee's whole file as the dossier prints it; ID number, bank account, phones
    and salary masked unless `unmasked`."""
    found = employees.load_file(vault, employee_id)
    results = kpi_results.employee_results(vault, employee_id).results
    with vault.database.reading() as session:
        paths = department_paths(session)
        titles = dict(session.execute(select(Position.id, Position.title)).all())
        supervisor_ids = {
            e.details.get("supervisor_id")
            for e in found.timeline
            if e.details.get("supervisor_id") is not None
        }
        names = dict(
            session.execute(
                select(Employee.id, Employee.name).where(Employee.id.in_(supervisor_ids))
            ).all()
        )
    personal = found.personal
    if not unmasked:
        personal = replace(
            personal,
            id_number=people.mask_id_number(personal.id_number) if personal.id_number else "",
            bank_account=(
                people.mask_bank_account(personal.bank_account) if personal.bank_account else ""
            ),
            mobile=people.mask_phone(personal.mobile) if personal.mobile else "",
            emergency_contacts=tuple(
                replace(c, phone=people.mask_phone(c.phone) if c.phone else "")
                for c in personal.emergency_contacts
            ),
        )

    def salary(cents: int | None) -> str:
        if cents is None:
            return ""
        return _money(cents) if unmasked else MASKED_MONEY

    job = found.job
    withdrawn_ids = {e.corrects_id for e in found.timeline if e.kind == Kind.VOID.value}
    timeline = []
    for e in found.timeline:
        d = e.details
        timeline.append(
            DossierEvent(
                effective_date=e.effective_date,
                kind=e.kind,
                department=(paths.get(d["department_id"], "") if d.get("department_id") else None),
                position=titles.get(d["position_id"], "") if d.get("position_id") else None,
                grade=d.get("grade") or None,
                salary=(
                    salary(d["monthly_salary_cents"])
                    if d.get("monthly_salary_cents") is not None
                    else None
                ),
                supervisor=(names.get(d["supervisor_id"], "") if d.get("supervisor_id") else None),
                probation_end=d.get("probation_end")
                if isinstance(d.get("probation_end"), dt.date)
                else None,
                contract_type=d.get("contract_type") or None,
                contract_end=d.get("contract_end")
                if isinstance(d.get("contract_end"), dt.date)
                else None,
                reason=e.reason or "",
                note=e.note or "",
                corrected=e.replaced_by_id is not None and e.id not in withdrawn_ids,
                withdrawn=e.kind == Kind.VOID.value or e.id in withdrawn_ids,
            )
        )
    custom = []
    for definition in found.custom_fields:
        value = personal.custom_values.get(definition.key)
        if value not in (None, ""):
            custom.append((definition.label, str(value)))
    return Dossier(
        personal=personal,
        job=DossierJob(
            status=job.status,
            department=job.department,
            position=job.position,
            grade=job.grade or "",
            salary=salary(job.monthly_salary_cents),
            hire_date=job.hire_date,
            first_hire_date=job.first_hire_date,
            probation_end=job.probation_end,
            leave_date=job.leave_date,
            supervisor=job.supervisor,
        ),
        timeline=tuple(timeline),
        contracts=tuple(
            DossierContract(
                contract_no=c.contract_no or "",
                contract_type=c.contract_type,
                start_date=c.start_date,
                end_date=c.end_date,
                probation_end=c.probation_end,
                terminated_on=c.terminated_on,
                termination_reason=c.termination_reason or "",
                current=c.is_current,
            )
            for c in found.contracts
        ),
        appraisals=tuple(
            DossierAppraisal(
                cycle=r.cycle,
                ends_on=r.ends_on,
                template=r.template,
                score=r.score,
                grade=r.grade or "",
                rank=r.rank,
                ranked=r.ranked,
            )
            for r in results
        ),
        records=tuple(
            DossierRecord(r.kind, r.title, r.start_date, r.end_date, r.details, r.note or "")
            for r in sorted(found.records, key=lambda r: (r.start_date or dt.date.min, r.id))
        ),
        custom_fields=tuple(custom),
        unmasked=unmasked,
    )


def dossier(
    vault: UnlockedVault,
    employee_id: int,
    *,
    texts: DossierTexts,
    unmasked: bool = False,
    page_size: str = "a4",
    where: str = "print",
) -> Printed:
    """The dossier as PDF bytes (preview, printer). An unmasked dossier is a choice the GUI or
    the CLI has confirmed with the officer; either way the print is audited first."""
    data, person = _dossier_pdf(vault, employee_id, texts, unmasked, page_size)
    _record_dossier(vault, employee_id, "print", unmasked, where)
    return Printed(people=1, data=data, unmasked=unmasked, name=person)


def _dossier_pdf(
    vault: UnlockedVault, employee_id: int, texts: DossierTexts, unmasked: bool, page_size: str
) -> tuple[bytes, str]:
    """The PDF and whose it is ("employee no. name")."""
    _check_page_size(page_size)
    read = read_dossier(vault, employee_id, unmasked=unmasked)
    data = render_dossier(read, texts, letterhead(vault), page_size=page_size)
    return data, f"{read.personal.employee_no} {read.personal.name}"


def write_dossier(
    vault: UnlockedVault,
    employee_id: int,
    target: Path,
    *,
    texts: DossierTexts,
    unmasked: bool = False,
    page_size: str = "a4",
) -> Printed:
    """The dossier as a PDF file, written atomically after the export is recorded."""
    target = Path(target)
    _check_writable_folder(target.parent, target)
    data, _person = _dossier_pdf(vault, employee_id, texts, unmasked, page_size)
    _record_dossier(vault, employee_id, "export", unmasked, target.name)
    atomic.write_bytes(target, data)
    return Printed(people=1, files=(target,), unmasked=unmasked)


def _record_dossier(
    vault: UnlockedVault, employee_id: int, action: str, unmasked: bool, where: str
) -> None:
    facts: dict[str, Any] = {"what": "dossier", "people": 1, "unmasked": unmasked, "where": where}
    if unmasked:
        facts["fields"] = list(SENSITIVE)
    _record(vault, action, "employees", str(employee_id), facts)


def employee_id_of(vault: UnlockedVault, employee_no: str) -> int:
    with vault.database.reading() as session:
        found = session.scalar(select(Employee.id).where(Employee.employee_no == employee_no))
    if found is None:
        raise NotFound(entity="employee")
    return found


# --- what a preview let out ---------------------------------------------------------------------

_OUTPUT_ACTIONS = {"printed": "print", "saved": "export", "opened": "export"}


def record_sheets_output(
    vault: UnlockedVault,
    cycle_id: int,
    *,
    people: int,
    blank: bool,
    department_id: int | None,
    how: str,
    where: str,
) -> None:
    """A previewed batch left the app (printed, saved, opened in another program): recorded
    before it does, with where it went."""
    _record_sheets(vault, cycle_id, _OUTPUT_ACTIONS[how], people, blank, department_id, where)


def record_dossier_output(
    vault: UnlockedVault, employee_id: int, *, unmasked: bool, how: str, where: str
) -> None:
    _record_dossier(vault, employee_id, _OUTPUT_ACTIONS[how], unmasked, where)
