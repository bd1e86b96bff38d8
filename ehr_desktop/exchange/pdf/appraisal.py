"""Appraisal sheets (绩效考核表) as PDF: one employee's form per part — the employee block, the
indicator table by dimension (header repeated on every page), bonus/deduction/veto items, the
score worked out step by step, grade, and signature lines; or the blank variant to fill by hand.

Input is plain frozen data filled by services/printing.py; every word comes translated in
SheetTexts. Numbers are written as a person writes them (85.5, not 85.50).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any
from xml.sax.saxutils import escape

from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Flowable, KeepTogether, Paragraph, Spacer, Table, TableStyle

from ehr_desktop.domain.kpi import (
    Actual,
    Bands,
    Checklist,
    FormResult,
    GradeScale,
    Incidents,
    Indicator,
    IndicatorInput,
    Linear,
    PassFail,
    PerIncident,
    Process,
    Qualitative,
    Quantitative,
    Rating,
    Scorer,
    Verdict,
)
from ehr_desktop.exchange.fonts import register_cjk_font
from ehr_desktop.exchange.pdf.frame import (
    ACCENT,
    GRID,
    INK,
    MUTED,
    SHADE,
    SHADE_STRONG,
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

SCORERS = (Scorer.SELF, Scorer.MANAGER, Scorer.HR)
PAD = 3.5  # left and right padding of every cell, in points


@dataclass(frozen=True)
class SheetTexts:
    """Every word on an appraisal sheet, translated by the caller (gui/print_texts.py)."""

    frame: FrameTexts
    title: str  # "Performance appraisal sheet"
    blank_title: str  # "Performance appraisal sheet (to fill in by hand)"
    cycle: str
    period: str
    template: str
    stage: str
    employee_no: str
    name: str
    department: str
    position: str
    reviewer: str
    number: str  # "No." column
    indicator: str
    weight: str
    standard: str
    target: str
    actual: str
    scores: str  # header above self / manager / HR: "Scores (0–100)"
    comments: str
    scorers: Mapping[str, str]  # "self" → "Self", "manager" → "Manager", "hr" → "HR"
    dimension: str  # "{name} · weight {weight}%"
    items: str  # "Bonuses, deductions and vetoes"
    item_kinds: Mapping[str, str]  # "bonus" → "Bonus", …
    item: str
    limit: str  # "Up to"
    given: str  # "Given"
    veto_triggered: str
    veto_not_triggered: str
    veto_cap: str  # "score at most {cap}"
    points: str  # "{points} points"
    result: str  # "Result"
    scorer_weight: str  # "Weight of the scorer"
    scorer_total: str  # "Total"
    not_entered: str  # a scorer who entered nothing
    incomplete: str  # a scorer who entered part of the indicators
    combined: str  # "Weighted total"
    bonus: str
    deduction: str
    veto: str  # "Veto cap"
    final_score: str
    grade: str
    calibrated: str  # "Calibrated: {score} / {grade} (computed {computed} / {computed_grade})"
    grade_scale: str  # "Grades:"
    below: str  # "below {bound}"
    signatures: str  # "Signatures"
    sign_employee: str
    sign_manager: str
    sign_hr: str
    signature: str
    date: str
    passed: str
    failed: str
    incidents: str  # "{count} incidents"
    milestones_met: str  # "{met} of {total} met"
    rule_linear: str  # "Completion rate × 100, from {floor} to {cap}"
    rule_bands: str  # "Bands:"
    rule_per_incident: str  # "{start} minus {points} per incident, at least {floor}"
    rule_pass_fail: str  # "Pass {pass_score}, fail {fail_score}"
    lower_is_better: str  # "lower is better"
    stages: Mapping[str, str] = field(default_factory=dict)


@dataclass(frozen=True)
class SheetIndicator:
    indicator: Indicator
    inputs: Mapping[Scorer, IndicatorInput] = field(default_factory=dict)
    scores: Mapping[Scorer, Decimal] = field(default_factory=dict)  # 0–100, per scorer
    comments: Mapping[Scorer, str] = field(default_factory=dict)


@dataclass(frozen=True)
class SheetDimension:
    key: str
    name: str
    weight: Decimal
    indicators: tuple[SheetIndicator, ...]


@dataclass(frozen=True)
class SheetItem:
    """A bonus, deduction or veto of the template, and what was given on this form."""

    kind: str  # "bonus", "deduction", "veto"
    name: str
    standard: str
    limit: Decimal  # max points; for a veto the cap on the score
    points: Decimal | None = None
    triggered: bool = False
    comment: str = ""


@dataclass(frozen=True)
class AppraisalSheet:
    form_id: int
    cycle: str
    starts_on: dt.date
    ends_on: dt.date
    template: str
    stage: str  # code, worded by SheetTexts.stages
    employee_no: str
    name: str
    department: str
    position: str
    reviewer: str
    scorer_weights: Mapping[Scorer, Decimal]
    dimensions: tuple[SheetDimension, ...]
    items: tuple[SheetItem, ...]
    grades: GradeScale
    result: FormResult | None = None  # None: nothing scored yet (and always on a blank)
    incomplete: tuple[Scorer, ...] = ()
    calibrated_score: Decimal | None = None
    calibrated_grade: str | None = None
    blank: bool = False


def render_sheets(
    sheets: Iterable[AppraisalSheet],
    texts: SheetTexts,
    letterhead: Letterhead,
    *,
    count: int,
    blank: bool = False,
    page_size: str = "a4",
    printed_at: dt.datetime | None = None,
    progress: Callable[[int, int], None] | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> bytes:
    """One PDF of `count` sheets, each starting on a new page with its own "page x of y".
    `sheets` may be a generator that reads the vault a batch at a time; `blank` titles the
    document as the hand-fill variant."""
    font = register_cjk_font()
    layout = _Layout(texts, make_styles(font), font, content_width(page_size))
    parts = (
        Part(
            f"{sheet.employee_no} {sheet.name} · {sheet.cycle}",
            lambda sheet=sheet: layout.sheet(sheet),
        )
        for sheet in sheets
    )
    return build_pdf(
        parts,
        count=count,
        title=texts.blank_title if blank else texts.title,
        letterhead=letterhead,
        texts=texts.frame,
        page_size=page_size,
        printed_at=printed_at,
        progress=progress,
        cancelled=cancelled,
    )


# --- layout -------------------------------------------------------------------------------------


class _Layout:
    """Builds one sheet's flowables; column widths scale with the page (A4 or Letter)."""

    # No., indicator, weight, standard, target, actual, self, manager, HR (mm on A4)
    COLUMNS_MM = (7, 31, 12, 48.5, 16, 22, 14.5, 14.5, 14.5)

    def __init__(self, texts: SheetTexts, styles: Styles, font: str, width: float) -> None:
        self.t = texts
        self.s = styles
        self.font = font
        self.width = width
        scale = width / (sum(self.COLUMNS_MM) * mm)
        self.columns = [w * mm * scale for w in self.COLUMNS_MM]

    def p(self, text: str, style=None) -> Paragraph:
        return Paragraph(escape(text).replace("\n", "<br/>"), style or self.s.cell)

    def fit(self, text: str, style: ParagraphStyle, width: float) -> str | Paragraph:
        """Plain text when it fits on one line, drawn by the table in the style's font, size
        and colour (see `styled`); a wrapping Paragraph only when it does not. A Paragraph
        costs ≈ 0.3 ms to parse, wrap and draw: with one per cell that was half a sheet's time."""
        if not text:
            return ""
        if "\n" not in text and stringWidth(text, self.font, style.fontSize) <= width - 2 * PAD:
            return text
        return self.p(text, style)

    def styled(self, style: ParagraphStyle, start: tuple, end: tuple) -> list[tuple]:
        """Table commands that draw plain-text cells as `style` would."""
        return [
            ("FONT", start, end, self.font, style.fontSize, style.leading),
            ("TEXTCOLOR", start, end, style.textColor),
        ]

    # --- the sheet ---

    def sheet(self, sheet: AppraisalSheet) -> list[Flowable]:
        story: list[Flowable] = [self.employee_block(sheet), Spacer(0, 4 * mm)]
        story.append(self.indicator_table(sheet))
        if sheet.items:
            story += [Spacer(0, 4 * mm), self.items_table(sheet)]
        story += [
            Spacer(0, 4 * mm),
            KeepTogether(
                [
                    self.totals_table(sheet),
                    Spacer(0, 2.5 * mm),
                    self.result_strip(sheet),
                    *self.calibration_note(sheet),
                    Spacer(0, 1.5 * mm),
                    self.p(self.grade_legend(sheet.grades), self.s.small_muted),
                    Spacer(0, 6 * mm),
                    self.signatures(),
                ]
            ),
        ]
        return story

    def employee_block(self, sheet: AppraisalSheet) -> Table:
        t = self.t
        period = f"{date_text(sheet.starts_on)} – {date_text(sheet.ends_on)}"
        stage = t.stages.get(sheet.stage, sheet.stage) if not sheet.blank else ""
        rows = [
            (t.employee_no, sheet.employee_no, t.name, sheet.name, t.cycle, sheet.cycle),
            (t.department, sheet.department, t.position, sheet.position, t.period, period),
            (t.reviewer, sheet.reviewer, t.stage, stage, t.template, sheet.template),
        ]
        label_style, value_style = self.s.label, self.s.value
        unit = self.width / 100
        widths = [unit * w for w in (12, 18, 10, 19, 10, 31)]
        data = [
            [
                self.fit(cell, label_style if n % 2 == 0 else value_style, widths[n])
                for n, cell in enumerate(row)
            ]
            for row in rows
        ]
        table = Table(data, colWidths=widths, hAlign="LEFT")
        table.setStyle(
            TableStyle(
                [
                    *self.styled(value_style, (0, 0), (-1, -1)),
                    *[c for n in (0, 2, 4) for c in self.styled(label_style, (n, 0), (n, -1))],
                    ("LEFTPADDING", (0, 0), (-1, -1), PAD),
                    ("RIGHTPADDING", (0, 0), (-1, -1), PAD),
                    ("BOX", (0, 0), (-1, -1), 0.8, ACCENT),
                    ("INNERGRID", (0, 0), (-1, -1), 0.4, GRID),
                    ("BACKGROUND", (0, 0), (0, -1), SHADE),
                    ("BACKGROUND", (2, 0), (2, -1), SHADE),
                    ("BACKGROUND", (4, 0), (4, -1), SHADE),
                    ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                    ("TOPPADDING", (0, 0), (-1, -1), 3),
                    ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
                ]
            )
        )
        return table

    def indicator_table(self, sheet: AppraisalSheet) -> Table:
        """Dimension rows, then per indicator a row of facts and scores and, below it across
        the width, its comments (on the blank: an empty line to write them). The number cell
        spans both rows, so a page never separates an indicator from its comments."""
        t = self.t
        head_style = self.s.header_cell
        widths = self.columns
        names = (t.number, t.indicator, t.weight, t.standard, t.target, t.actual)
        header_top = [self.fit(name, head_style, widths[n]) for n, name in enumerate(names)]
        header_top += [self.fit(t.scores, head_style, sum(widths[6:9])), "", ""]
        header_bottom = ["", "", "", "", "", ""] + [
            self.fit(t.scorers.get(s.value, s.value), head_style, widths[6 + n])
            for n, s in enumerate(SCORERS)
        ]
        data: list[list[Any]] = [header_top, header_bottom]
        style: list[tuple] = [
            *self.styled(self.s.cell, (0, 0), (-1, -1)),
            *self.styled(head_style, (0, 0), (-1, 1)),
            ("BACKGROUND", (0, 0), (-1, 1), SHADE_STRONG),
            ("SPAN", (6, 0), (8, 0)),
            *[("SPAN", (c, 0), (c, 1)) for c in (0, 1, 2, 3, 4, 5)],
            ("BOX", (0, 0), (-1, -1), 0.8, ACCENT),
            ("INNERGRID", (0, 0), (-1, -1), 0.4, GRID),
            ("LINEBELOW", (0, 1), (-1, 1), 0.8, ACCENT),
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("VALIGN", (0, 0), (-1, 1), "MIDDLE"),
            ("ALIGN", (2, 2), (2, -1), "RIGHT"),
            ("ALIGN", (6, 2), (8, -1), "RIGHT"),
            ("TOPPADDING", (0, 0), (-1, -1), 2.5),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
            ("LEFTPADDING", (0, 0), (-1, -1), PAD),
            ("RIGHTPADDING", (0, 0), (-1, -1), PAD),
        ]
        number = 0
        for dimension in sheet.dimensions:
            row = len(data)
            heading = t.dimension.format(name=dimension.name, weight=plain_number(dimension.weight))
            data.append([self.fit(heading, head_style, self.width)] + [""] * 8)
            style += [
                ("SPAN", (0, row), (-1, row)),
                ("BACKGROUND", (0, row), (-1, row), SHADE),
                *self.styled(head_style, (0, row), (0, row)),
            ]
            for entry in dimension.indicators:
                number += 1
                row = len(data)
                data.append(self.indicator_row(number, entry, sheet.blank))
                comments = self.comments_cell(entry, sheet.blank)
                if comments is not None:
                    data.append(["", comments] + [""] * 7)
                    style += [
                        ("SPAN", (0, row), (0, row + 1)),
                        ("SPAN", (1, row + 1), (-1, row + 1)),
                        ("LINEABOVE", (1, row + 1), (-1, row + 1), 0.3, GRID, 0, (1, 2)),
                    ]
        table = Table(data, colWidths=self.columns, repeatRows=2, hAlign="LEFT")
        table.setStyle(TableStyle(style))
        return table

    def comments_cell(self, entry: SheetIndicator, blank: bool) -> Any:
        label = f'<font color="{MUTED.hexval()}">{escape(self.t.comments)}：</font>'
        if blank:
            return [Paragraph(label, self.s.cell), Spacer(0, 6 * mm)]
        comments = [
            f"{escape(self.t.scorers.get(s.value, s.value))}：{escape(entry.comments[s])}"
            for s in SCORERS
            if entry.comments.get(s)
        ]
        if not comments:
            return None
        return Paragraph(label + "<br/>".join(comments), self.s.cell)

    def indicator_row(self, number: int, entry: SheetIndicator, blank: bool) -> list[Any]:
        indicator = entry.indicator
        measure = indicator.measure
        target = ""
        if isinstance(measure, Quantitative) and measure.target is not None:
            target = f"{plain_number(measure.target)}{measure.unit}"
            if measure.direction.value == "lower_is_better":
                target += f"\n({self.t.lower_is_better})"
        widths = self.columns
        scale = self.scale_text(indicator, entry)
        if scale:
            standard: Any = Paragraph(
                (escape(indicator.standard) + "<br/>" if indicator.standard else "")
                + f'<font size="7" color="{MUTED.hexval()}">{escape(scale)}</font>',
                self.s.cell,
            )
        else:
            standard = self.fit(indicator.standard, self.s.cell, widths[3])
        cells: list[Any] = [
            str(number),
            self.fit(indicator.name, self.s.cell, widths[1]),
            f"{plain_number(indicator.weight)}%",
            standard,
            self.fit(target, self.s.cell, widths[4]),
        ]
        if blank:  # room to write the actual value and the scores by hand
            return [*cells, Spacer(0, 9 * mm), "", "", ""]
        actual = self.actual_text(indicator, entry.inputs) if entry.inputs else ""
        cells.append(self.fit(actual, self.s.cell, widths[5]))
        cells += [plain_number(entry.scores.get(scorer)) for scorer in SCORERS]
        return cells

    def scale_text(self, indicator: Indicator, entry: SheetIndicator) -> str:
        """How the indicator is scored, so a reader (or a hand filler) knows the rule."""
        t = self.t
        measure = indicator.measure
        if isinstance(measure, Qualitative):
            return "  ".join(
                f"{level.value} {level.label} ({plain_number(level.score)})"
                for level in sorted(measure.levels, key=lambda level: -level.value)
            )
        if isinstance(measure, Process):
            met: set[str] = set()
            for given in entry.inputs.values():
                if isinstance(given, Checklist):
                    met |= given.met
            return "  ".join(
                f"{'✓' if milestone.key in met else '□'} {milestone.name}"
                for milestone in measure.milestones
            )
        rule = measure.rule
        if isinstance(rule, Linear):
            return t.rule_linear.format(floor=plain_number(rule.floor), cap=plain_number(rule.cap))
        if isinstance(rule, Bands):
            steps = "  ".join(
                f"≥{plain_number(b.at_least)}%: {plain_number(b.score)}" for b in rule.bands
            )
            if rule.bands:
                lowest = t.below.format(bound=f"{plain_number(rule.bands[-1].at_least)}%")
                steps += f"  {lowest}: {plain_number(rule.below)}"
            return f"{t.rule_bands} {steps}"
        if isinstance(rule, PerIncident):
            return t.rule_per_incident.format(
                start=plain_number(rule.start),
                points=plain_number(rule.per_incident),
                floor=plain_number(rule.floor),
            )
        if isinstance(rule, PassFail):
            return t.rule_pass_fail.format(
                pass_score=plain_number(rule.pass_score), fail_score=plain_number(rule.fail_score)
            )
        return ""

    def input_text(self, indicator: Indicator, given: IndicatorInput) -> str:
        t = self.t
        measure = indicator.measure
        match given:
            case Actual(value=value):
                unit = measure.unit if isinstance(measure, Quantitative) else ""
                return f"{plain_number(value, 4)}{unit}"
            case Incidents(count=count):
                return t.incidents.format(count=count)
            case Verdict(passed=passed):
                return t.passed if passed else t.failed
            case Rating(level=level):
                if isinstance(measure, Qualitative):
                    for found in measure.levels:
                        if found.value == level:
                            return f"{level} {found.label}"
                return str(level)
            case Checklist(met=met):
                total = len(measure.milestones) if isinstance(measure, Process) else len(met)
                return t.milestones_met.format(met=len(met), total=total)
        return ""

    def actual_text(self, indicator: Indicator, inputs: Mapping[Scorer, IndicatorInput]) -> str:
        """What was entered; when scorers entered different things, each one's on its line."""
        shown = {s: self.input_text(indicator, inputs[s]) for s in SCORERS if s in inputs}
        if len(set(shown.values())) <= 1:
            return next(iter(shown.values()), "")
        return "\n".join(f"{self.t.scorers.get(s.value, s.value)}：{v}" for s, v in shown.items())

    def items_table(self, sheet: AppraisalSheet) -> Table:
        t = self.t
        head = self.s.header_cell
        unit = self.width / 100
        widths = [unit * w for w in (12, 20, 30, 12, 10, 16)]
        names = (t.items, t.item, t.standard, t.limit, t.given, t.comments)
        data: list[list[Any]] = [[self.fit(name, head, widths[n]) for n, name in enumerate(names)]]
        for item in sheet.items:
            if item.kind == "veto":
                limit = t.veto_cap.format(cap=plain_number(item.limit))
                if sheet.blank:
                    given = "□"
                else:
                    given = t.veto_triggered if item.triggered else t.veto_not_triggered
            else:
                limit = t.points.format(points=plain_number(item.limit))
                given = "" if sheet.blank or item.points is None else plain_number(item.points)
            cells = (
                t.item_kinds.get(item.kind, item.kind),
                item.name,
                item.standard,
                limit,
                given,
                "" if sheet.blank else item.comment,
            )
            data.append([self.fit(cell, self.s.cell, widths[n]) for n, cell in enumerate(cells)])
        heights = [None] + [9 * mm if sheet.blank else None] * len(sheet.items)  # room to write
        table = Table(data, colWidths=widths, rowHeights=heights, repeatRows=1, hAlign="LEFT")
        table.setStyle(
            TableStyle(
                [
                    *self.styled(self.s.cell, (0, 0), (-1, -1)),
                    *self.styled(head, (0, 0), (-1, 0)),
                    ("BACKGROUND", (0, 0), (-1, 0), SHADE_STRONG),
                    ("BOX", (0, 0), (-1, -1), 0.8, ACCENT),
                    ("INNERGRID", (0, 0), (-1, -1), 0.4, GRID),
                    ("VALIGN", (0, 0), (-1, -1), "TOP"),
                    ("TOPPADDING", (0, 0), (-1, -1), 2.5),
                    ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
                    ("LEFTPADDING", (0, 0), (-1, -1), PAD),
                    ("RIGHTPADDING", (0, 0), (-1, -1), PAD),
                ]
            )
        )
        return table

    def totals_table(self, sheet: AppraisalSheet) -> Table:
        """Each scorer's subtotal per dimension and total, with the scorer's weight: the
        first steps of the score, as the form editor shows them."""
        t = self.t
        head = self.s.header_cell
        result = None if sheet.blank else sheet.result
        present = [s for s in SCORERS if s in sheet.scorer_weights]
        label_width = self.width * 0.40
        rest = (self.width - label_width) / max(1, len(present))
        names = [self.fit(t.scorers.get(s.value, s.value), head, rest) for s in present]
        data: list[list[Any]] = [[self.fit(t.result, head, label_width), *names]]
        weights_row: list[Any] = [self.fit(t.scorer_weight, self.s.cell, label_width)]
        for scorer in present:
            weight = f"{plain_number(sheet.scorer_weights[scorer])}%"
            used = result.weights_used.get(scorer) if result else None
            if used is not None and used != sheet.scorer_weights[scorer]:
                weight += f" → {plain_number(used)}%"
            weights_row.append(weight)
        data.append(weights_row)
        for dimension in sheet.dimensions:
            heading = t.dimension.format(name=dimension.name, weight=plain_number(dimension.weight))
            row: list[Any] = [self.fit(heading, self.s.cell, label_width)]
            for scorer in present:
                scored = result.sheets.get(scorer) if result else None
                row.append(plain_number(scored.dimensions.get(dimension.key)) if scored else "")
            data.append(row)
        total_row: list[Any] = [self.fit(t.scorer_total, self.s.cell, label_width)]
        for scorer in present:
            scored = result.sheets.get(scorer) if result else None
            if scored is not None:
                total_row.append(plain_number(scored.total))
            elif sheet.blank:
                total_row.append("")
            elif scorer in sheet.incomplete:
                total_row.append(self.p(t.incomplete, self.s.cell_muted))
            else:
                total_row.append(self.p(t.not_entered, self.s.cell_muted))
        data.append(total_row)
        heights = [None] + [7.5 * mm if sheet.blank else None] * (len(data) - 1)
        table = Table(
            data,
            colWidths=[label_width] + [rest] * len(present),
            rowHeights=heights,
            hAlign="LEFT",
        )
        style = [
            ("FONT", (0, 0), (-1, -1), self.font, 9),
            ("TEXTCOLOR", (0, 0), (-1, -1), INK),
            *self.styled(self.s.cell, (0, 1), (0, -1)),
            *self.styled(head, (0, 0), (-1, 0)),
            ("LEFTPADDING", (0, 0), (-1, -1), PAD),
            ("RIGHTPADDING", (0, 0), (-1, -1), PAD),
            ("BACKGROUND", (0, 0), (-1, 0), SHADE_STRONG),
            ("BACKGROUND", (0, -1), (-1, -1), SHADE),
            ("BOX", (0, 0), (-1, -1), 0.8, ACCENT),
            ("INNERGRID", (0, 0), (-1, -1), 0.4, GRID),
            ("ALIGN", (1, 1), (-1, -1), "RIGHT"),
            ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
            ("TOPPADDING", (0, 0), (-1, -1), 2.5),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 3.5),
        ]
        table.setStyle(TableStyle(style))
        return table

    def result_strip(self, sheet: AppraisalSheet) -> Table:
        """Weighted total + bonus − deduction, the veto cap, the final score and the grade."""
        t = self.t
        result = None if sheet.blank else sheet.result
        labels = [t.combined, t.bonus, t.deduction, t.veto, t.final_score, t.grade]
        if result is None:
            values = [""] * 6
        else:
            values = [
                plain_number(result.combined),
                f"+{plain_number(result.bonus)}" if result.bonus else "0",
                f"−{plain_number(result.deduction)}" if result.deduction else "0",
                plain_number(result.veto_cap) if result.veto_cap is not None else "—",
                plain_number(result.final),
                result.grade or "",
            ]
        unit = self.width / 100
        widths = [unit * w for w in (18, 14, 14, 14, 20, 20)]
        data: list[list[Any]] = [
            [self.fit(label, self.s.header_cell, widths[n]) for n, label in enumerate(labels)],
            values,
        ]
        table = Table(
            data,
            colWidths=widths,
            rowHeights=[None, 11 * mm if result is None else None],
            hAlign="LEFT",
        )
        table.setStyle(
            TableStyle(
                [
                    *self.styled(self.s.header_cell, (0, 0), (-1, 0)),
                    ("LEFTPADDING", (0, 0), (-1, -1), PAD),
                    ("RIGHTPADDING", (0, 0), (-1, -1), PAD),
                    ("FONT", (0, 1), (-1, 1), self.font, 11),
                    ("FONT", (4, 1), (5, 1), self.font, 15),
                    ("TEXTCOLOR", (0, 1), (-1, 1), INK),
                    ("TEXTCOLOR", (4, 1), (5, 1), ACCENT),
                    ("BACKGROUND", (0, 0), (-1, 0), SHADE_STRONG),
                    ("BACKGROUND", (4, 1), (5, 1), SHADE),
                    ("BOX", (0, 0), (-1, -1), 0.8, ACCENT),
                    ("BOX", (4, 0), (5, 1), 1.2, ACCENT),
                    ("INNERGRID", (0, 0), (-1, -1), 0.4, GRID),
                    ("ALIGN", (0, 1), (-1, 1), "CENTER"),
                    ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                    ("TOPPADDING", (0, 1), (-1, 1), 5),
                    ("BOTTOMPADDING", (0, 1), (-1, 1), 6),
                ]
            )
        )
        return table

    def calibration_note(self, sheet: AppraisalSheet) -> list[Flowable]:
        """Calibration changed the result: the sheet says so, with both values."""
        result = sheet.result
        if sheet.blank or (sheet.calibrated_score is None and sheet.calibrated_grade is None):
            return []
        computed = plain_number(result.final) if result else ""
        computed_grade = (result.grade or "") if result else ""
        text = self.t.calibrated.format(
            score=plain_number(sheet.calibrated_score)
            if sheet.calibrated_score is not None
            else computed,
            grade=sheet.calibrated_grade or computed_grade,
            computed=computed,
            computed_grade=computed_grade,
        )
        return [Spacer(0, 1.5 * mm), self.p(text, self.s.body)]

    def grade_legend(self, grades: GradeScale) -> str:
        bands = [f"{band.name} ≥ {plain_number(band.lower_bound)}" for band in grades.bands]
        lowest = grades.bands[-1].lower_bound if grades.bands else None
        if lowest is not None:
            bands.append(f"{grades.lowest} {self.t.below.format(bound=plain_number(lowest))}")
        else:
            bands.append(grades.lowest)
        return f"{self.t.grade_scale} " + "   ".join(bands)

    def signatures(self) -> Table:
        t = self.t
        third = self.width / 3
        who = [t.sign_employee, t.sign_manager, t.sign_hr]
        lines = f"\n\n{t.signature} ____________________\n\n{t.date} ____________________"
        data = [[self.fit(name, self.s.header_cell, third) for name in who], [lines] * 3]
        table = Table(data, colWidths=[third] * 3, hAlign="LEFT")
        table.setStyle(
            TableStyle(
                [
                    *self.styled(self.s.header_cell, (0, 0), (-1, 0)),
                    ("FONT", (0, 1), (-1, 1), self.font, 8, 11),
                    ("TEXTCOLOR", (0, 1), (-1, 1), INK),
                    ("BOX", (0, 0), (-1, -1), 0.8, ACCENT),
                    ("LINEBEFORE", (1, 0), (-1, -1), 0.4, GRID),
                    ("VALIGN", (0, 0), (-1, -1), "TOP"),
                    ("TOPPADDING", (0, 0), (-1, 0), 4),
                    ("BOTTOMPADDING", (0, -1), (-1, -1), 8),
                    ("LEFTPADDING", (0, 0), (-1, -1), 6),
                ]
            )
        )
        return table
