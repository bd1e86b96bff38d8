"""The employee dossier (人事档案) as PDF: basic data, the job now, the job history timeline,
contracts, appraisal results, rewards and penalties, training, education, earlier work and
certificates of one employee.

Masking is the service's business: what arrives here is already masked unless the officer chose
otherwise, and `unmasked` only decides which note the document carries.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any
from xml.sax.saxutils import escape

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, Paragraph, Spacer, Table, TableStyle

from ehr_desktop.domain.people import PersonalData
from ehr_desktop.exchange.fonts import register_cjk_font
from ehr_desktop.exchange.pdf.frame import (
    ACCENT,
    GRID,
    MUTED,
    SHADE,
    SHADE_STRONG,
    WARN,
    FrameTexts,
    Letterhead,
    Part,
    Styles,
    build_pdf,
    content_width,
    date_text,
    make_styles,
    plain_number,
)


@dataclass(frozen=True)
class DossierTexts:
    """Every word of a dossier, translated by the caller (gui/print_texts.py)."""

    frame: FrameTexts
    title: str
    basic: str
    job: str
    timeline: str
    contracts: str
    appraisals: str
    rewards: str
    training: str
    education: str
    work_history: str
    certificates: str
    emergency_contacts: str
    none: str  # an empty section
    masked_note: str
    unmasked_note: str
    fields: Mapping[str, str]  # labels of the basic data and job fields
    columns: Mapping[str, str]  # table headers
    change_department: str  # "Department: {0}"
    change_position: str
    change_grade: str
    change_salary: str
    change_supervisor: str
    change_probation: str
    change_contract_end: str
    corrected: str
    withdrawn: str
    current_contract: str
    open_ended: str
    rank: str  # "{rank} of {ranked}"
    words: Mapping[str, Mapping[str, str]] = field(default_factory=dict)  # group → code → word


@dataclass(frozen=True)
class DossierJob:
    status: str  # code
    department: str
    position: str
    grade: str
    salary: str  # formatted, or masked
    hire_date: dt.date | None
    first_hire_date: dt.date | None
    probation_end: dt.date | None
    leave_date: dt.date | None
    supervisor: str


@dataclass(frozen=True)
class DossierEvent:
    effective_date: dt.date
    kind: str  # code
    department: str | None = None  # None: the event did not change it
    position: str | None = None
    grade: str | None = None
    salary: str | None = None  # formatted, or masked
    supervisor: str | None = None
    probation_end: dt.date | None = None
    contract_type: str | None = None
    contract_end: dt.date | None = None
    reason: str = ""
    note: str = ""
    corrected: bool = False  # replaced by a later correction (kept on record)
    withdrawn: bool = False  # withdrawn, or the withdrawal itself


@dataclass(frozen=True)
class DossierContract:
    contract_no: str
    contract_type: str  # code
    start_date: dt.date
    end_date: dt.date | None
    probation_end: dt.date | None
    terminated_on: dt.date | None
    termination_reason: str
    current: bool


@dataclass(frozen=True)
class DossierAppraisal:
    cycle: str
    ends_on: dt.date
    template: str
    score: Decimal | None
    grade: str
    rank: int | None
    ranked: int


@dataclass(frozen=True)
class DossierRecord:
    kind: str  # education, work_history, reward, penalty, training, certificate
    title: str
    start_date: dt.date | None
    end_date: dt.date | None
    details: Mapping[str, Any]
    note: str = ""


@dataclass(frozen=True)
class Dossier:
    personal: PersonalData  # sensitive fields already masked unless `unmasked`
    job: DossierJob
    timeline: tuple[DossierEvent, ...] = ()
    contracts: tuple[DossierContract, ...] = ()
    appraisals: tuple[DossierAppraisal, ...] = ()
    records: tuple[DossierRecord, ...] = ()
    custom_fields: tuple[tuple[str, str], ...] = ()  # (label, value) the company defined
    unmasked: bool = False


def render_dossier(
    dossier: Dossier,
    texts: DossierTexts,
    letterhead: Letterhead,
    *,
    page_size: str = "a4",
    printed_at: dt.datetime | None = None,
) -> bytes:
    font = register_cjk_font()
    layout = _Layout(texts, make_styles(font), font, content_width(page_size))
    person = dossier.personal
    part = Part(f"{person.employee_no} {person.name}", lambda: layout.dossier(dossier))
    return build_pdf(
        [part],
        count=1,
        title=texts.title,
        letterhead=letterhead,
        texts=texts.frame,
        page_size=page_size,
        printed_at=printed_at,
    )


class _Layout:
    def __init__(self, texts: DossierTexts, styles: Styles, font: str, width: float) -> None:
        self.t = texts
        self.s = styles
        self.font = font
        self.width = width

    def p(self, text: Any, style=None) -> Paragraph:
        shown = "" if text is None else str(text)
        return Paragraph(escape(shown).replace("\n", "<br/>"), style or self.s.cell)

    def word(self, group: str, code: str | None) -> str:
        if not code:
            return ""
        return self.t.words.get(group, {}).get(code, code)

    def dossier(self, dossier: Dossier) -> list[Flowable]:
        t = self.t
        person = dossier.personal
        status = self.word("status", dossier.job.status)
        heading = (
            f'<font size="17" color="{ACCENT.hexval()}">{escape(person.name)}</font>'
            f'&nbsp;&nbsp;<font size="10" color="{MUTED.hexval()}">'
            f"{escape(person.employee_no)} · {escape(status)}</font>"
        )
        note = t.unmasked_note if dossier.unmasked else t.masked_note
        story: list[Flowable] = [
            Paragraph(heading, self.s.heading),
            Spacer(0, 1.5 * mm),
            Paragraph(
                f'<font color="{(WARN if dossier.unmasked else MUTED).hexval()}">'
                f"{escape(note)}</font>",
                self.s.small,
            ),
        ]
        story += self.section(t.basic, self.basic_grid(dossier))
        if person.emergency_contacts:
            story += self.section(
                t.emergency_contacts,
                self.table(
                    ("contact", "relation", "phone"),
                    [(c.name, c.relation, c.phone) for c in person.emergency_contacts],
                    (30, 30, 40),
                ),
            )
        story += self.section(t.job, self.job_grid(dossier.job))
        story += self.section(t.timeline, self.timeline(dossier.timeline))
        story += self.section(t.contracts, self.contracts(dossier.contracts))
        story += self.section(t.appraisals, self.appraisals(dossier.appraisals))
        records = dossier.records
        story += self.section(
            t.rewards,
            self.records(
                [r for r in records if r.kind in ("reward", "penalty")],
                ("kind", "start", "title", "level", "amount", "note"),
                (12, 13, 30, 12, 12, 21),
            ),
        )
        story += self.section(
            t.training,
            self.records(
                [r for r in records if r.kind == "training"],
                ("course", "start", "end", "hours", "result", "certificate"),
                (32, 13, 13, 9, 15, 18),
            ),
        )
        story += self.section(
            t.education,
            self.records(
                [r for r in records if r.kind == "education"],
                ("school", "degree", "major", "start", "end"),
                (32, 16, 26, 13, 13),
            ),
        )
        story += self.section(
            t.work_history,
            self.records(
                [r for r in records if r.kind == "work_history"],
                ("employer", "position", "start", "end", "leaving_reason"),
                (30, 20, 13, 13, 24),
            ),
        )
        story += self.section(
            t.certificates,
            self.records(
                [r for r in records if r.kind == "certificate"],
                ("title", "number", "issuer", "start", "end"),
                (30, 20, 24, 13, 13),
            ),
        )
        return story

    def section(self, title: str, body: Flowable | None) -> list[Flowable]:
        heading = Paragraph(escape(title), self.s.section)
        if body is None:
            return [KeepTogether([heading, self.p(self.t.none, self.s.small_muted)])]
        # The heading never stays alone at the bottom of a page.
        return (
            [heading, body]
            if isinstance(body, Table) and len(body._cellvalues) > 6
            else [KeepTogether([heading, body])]
        )

    def grid(self, pairs: Sequence[tuple[str, str]]) -> Table:
        """Label/value pairs, two pairs a row."""
        rows = []
        for n in range(0, len(pairs), 2):
            chunk = list(pairs[n : n + 2])
            while len(chunk) < 2:
                chunk.append(("", ""))
            row: list[Any] = []
            for label, value in chunk:
                row += [self.p(label, self.s.label), self.p(value, self.s.value)]
            rows.append(row)
        unit = self.width / 100
        table = Table(rows, colWidths=[unit * w for w in (18, 32, 18, 32)], hAlign="LEFT")
        table.setStyle(
            TableStyle(
                [
                    ("FONT", (0, 0), (-1, -1), self.font, 9),
                    ("BOX", (0, 0), (-1, -1), 0.8, ACCENT),
                    ("INNERGRID", (0, 0), (-1, -1), 0.4, GRID),
                    ("BACKGROUND", (0, 0), (0, -1), SHADE),
                    ("BACKGROUND", (2, 0), (2, -1), SHADE),
                    ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                    ("TOPPADDING", (0, 0), (-1, -1), 2.5),
                    ("BOTTOMPADDING", (0, 0), (-1, -1), 3.5),
                ]
            )
        )
        return table

    def basic_grid(self, dossier: Dossier) -> Table:
        person = dossier.personal
        f = self.t.fields
        pairs = [
            (f["employee_no"], person.employee_no),
            (f["name"], person.name),
            (f["gender"], self.word("gender", person.gender)),
            (f["birth_date"], date_text(person.birth_date)),
            (f["id_type"], self.word("id_type", person.id_type)),
            (f["id_number"], person.id_number),
            (f["former_name"], person.former_name),
            (f["ethnicity"], person.ethnicity),
            (f["nationality"], person.nationality),
            (f["native_place"], person.native_place),
            (f["hukou_type"], self.word("hukou_type", person.hukou_type)),
            (f["marital_status"], self.word("marital_status", person.marital_status)),
            (f["political_status"], self.word("political_status", person.political_status)),
            (f["first_work_date"], date_text(person.first_work_date)),
            (f["mobile"], person.mobile),
            (f["email"], person.email),
            (f["bank_name"], person.bank_name),
            (f["bank_account"], person.bank_account),
            (f["hukou_address"], person.hukou_address),
            (f["current_address"], person.current_address),
            *dossier.custom_fields,
        ]
        return self.grid(pairs)

    def job_grid(self, job: DossierJob) -> Table:
        f = self.t.fields
        return self.grid(
            [
                (f["status"], self.word("status", job.status)),
                (f["department"], job.department),
                (f["position"], job.position),
                (f["grade"], job.grade),
                (f["hire_date"], date_text(job.hire_date)),
                (f["first_hire_date"], date_text(job.first_hire_date)),
                (f["probation_end"], date_text(job.probation_end)),
                (f["leave_date"], date_text(job.leave_date)),
                (f["supervisor"], job.supervisor),
                (f["salary"], job.salary),
            ]
        )

    def table(
        self,
        columns: Sequence[str],
        rows: Sequence[Sequence[Any]],
        widths: Sequence[float],
        *,
        muted_rows: Sequence[int] = (),
    ) -> Table | None:
        if not rows:
            return None
        head = self.s.header_cell
        data: list[list[Any]] = [[self.p(self.t.columns[c], head) for c in columns]]
        for n, row in enumerate(rows):
            style = self.s.cell_muted if n in muted_rows else self.s.cell
            data.append([self.p(value, style) for value in row])
        unit = self.width / sum(widths)
        table = Table(data, colWidths=[unit * w for w in widths], repeatRows=1, hAlign="LEFT")
        table.setStyle(
            TableStyle(
                [
                    ("FONT", (0, 0), (-1, -1), self.font, 9),
                    ("BACKGROUND", (0, 0), (-1, 0), SHADE_STRONG),
                    ("BOX", (0, 0), (-1, -1), 0.8, ACCENT),
                    ("INNERGRID", (0, 0), (-1, -1), 0.4, GRID),
                    ("VALIGN", (0, 0), (-1, -1), "TOP"),
                    ("TOPPADDING", (0, 0), (-1, -1), 2.5),
                    ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
                ]
            )
        )
        return table

    def timeline(self, events: Sequence[DossierEvent]) -> Table | None:
        t = self.t
        rows = []
        muted = []
        for n, event in enumerate(events):
            changes = []
            if event.department is not None:
                changes.append(t.change_department.format(event.department))
            if event.position is not None:
                changes.append(t.change_position.format(event.position))
            if event.grade:
                changes.append(t.change_grade.format(event.grade))
            if event.salary is not None:
                changes.append(t.change_salary.format(event.salary))
            if event.supervisor is not None:
                changes.append(t.change_supervisor.format(event.supervisor))
            if event.probation_end is not None:
                changes.append(t.change_probation.format(date_text(event.probation_end)))
            if event.contract_type:
                changes.append(self.word("contract_type", event.contract_type))
            if event.contract_end is not None:
                changes.append(t.change_contract_end.format(date_text(event.contract_end)))
            kind = self.word("event", event.kind)
            if event.withdrawn or event.corrected:
                kind += f" ({t.withdrawn if event.withdrawn else t.corrected})"
                muted.append(n)
            reason = "\n".join(part for part in (event.reason, event.note) if part)
            rows.append((date_text(event.effective_date), kind, " · ".join(changes), reason))
        return self.table(
            ("date", "event", "changes", "reason"), rows, (14, 20, 40, 26), muted_rows=muted
        )

    def contracts(self, contracts: Sequence[DossierContract]) -> Table | None:
        t = self.t
        rows = []
        for c in contracts:
            kind = self.word("contract_type", c.contract_type)
            if c.current:
                kind += f" ({t.current_contract})"
            ended = date_text(c.terminated_on)
            if c.termination_reason:
                ended = f"{ended}\n{c.termination_reason}".strip()
            rows.append(
                (
                    c.contract_no,
                    kind,
                    date_text(c.start_date),
                    date_text(c.end_date) if c.end_date else t.open_ended,
                    date_text(c.probation_end),
                    ended,
                )
            )
        return self.table(
            ("contract_no", "contract_type", "start", "end", "probation_end", "ended"),
            rows,
            (18, 20, 14, 14, 14, 20),
        )

    def appraisals(self, appraisals: Sequence[DossierAppraisal]) -> Table | None:
        rows = [
            (
                a.cycle,
                date_text(a.ends_on),
                a.template,
                plain_number(a.score),
                a.grade,
                self.t.rank.format(rank=a.rank, ranked=a.ranked) if a.rank else "",
            )
            for a in appraisals
        ]
        return self.table(
            ("cycle", "period_end", "template", "score", "grade", "rank"),
            rows,
            (24, 14, 24, 9, 9, 20),
        )

    def records(
        self, records: Sequence[DossierRecord], columns: Sequence[str], widths: Sequence[float]
    ) -> Table | None:
        def value(record: DossierRecord, column: str) -> str:
            if column == "kind":
                return self.word("record", record.kind)
            if column in ("title", "course", "school", "employer"):
                return record.title
            if column == "start":
                return date_text(record.start_date)
            if column == "end":
                return date_text(record.end_date)
            if column == "note":
                return record.note
            found = record.details.get(column)
            if isinstance(found, (int, float, Decimal)) and not isinstance(found, bool):
                return plain_number(Decimal(str(found)))
            return "" if found is None else str(found)

        rows = [[value(r, c) for c in columns] for r in records]
        return self.table(columns, rows, widths)
