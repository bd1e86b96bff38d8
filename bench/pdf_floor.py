"""The library floor for `pdf-sheets-1000`: the same tables built with bare reportlab and minimal
code. Rows are prepared in setup (not timed) from the same sheets the app prints; the timed part
is only reportlab: a SimpleDocTemplate, one story, Paragraph only for text that may wrap, the
bundled CJK font, a page break between sheets. No letterhead, no per-sheet page numbering, no
vault, no audit."""

from __future__ import annotations

import io
from typing import Any

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import PageBreak, Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

from ehr_desktop.domain.kpi import Scorer
from ehr_desktop.exchange.pdf.appraisal import _Layout
from ehr_desktop.exchange.pdf.frame import make_styles, plain_number

SCORERS = (Scorer.SELF, Scorer.MANAGER, Scorer.HR)
WRAP = "wrap"  # a row item marked (WRAP, text) becomes a Paragraph


def floor_rows(sheets: list, texts) -> list[list[list[list[Any]]]]:
    """Per sheet, its tables as rows of plain cells: the same rows the app lays out."""
    layout = _Layout(texts, make_styles("Helvetica"), "Helvetica", 180 * mm)
    found = []
    for sheet in sheets:
        block = [
            [texts.employee_no, (WRAP, sheet.employee_no), texts.name, (WRAP, sheet.name),
             texts.cycle, (WRAP, sheet.cycle)],
            [texts.department, (WRAP, sheet.department), texts.position, (WRAP, sheet.position),
             texts.period, f"{sheet.starts_on} – {sheet.ends_on}"],
            [texts.reviewer, (WRAP, sheet.reviewer), texts.stage, sheet.stage, texts.template,
             (WRAP, sheet.template)],
        ]  # fmt: skip
        indicators = [
            [texts.number, texts.indicator, texts.weight, texts.standard, texts.target,
             texts.actual, texts.scores, "", ""],
            ["", "", "", "", "", ""] + [texts.scorers[s.value] for s in SCORERS],
        ]  # fmt: skip
        number = 0
        for dimension in sheet.dimensions:
            indicators.append([f"{dimension.name} · {plain_number(dimension.weight)}%"] + [""] * 8)
            for entry in dimension.indicators:
                number += 1
                indicator = entry.indicator
                measure = indicator.measure
                target = getattr(measure, "target", None)
                indicators.append(
                    [
                        str(number),
                        (WRAP, indicator.name),
                        f"{plain_number(indicator.weight)}%",
                        (WRAP, f"{indicator.standard}\n{layout.scale_text(indicator, entry)}"),
                        f"{plain_number(target)}{getattr(measure, 'unit', '')}" if target else "",
                        (WRAP, layout.actual_text(indicator, entry.inputs)),
                        *[plain_number(entry.scores.get(s)) for s in SCORERS],
                    ]
                )
                comments = "\n".join(
                    f"{texts.scorers[s.value]}：{entry.comments[s]}"
                    for s in SCORERS
                    if entry.comments.get(s)
                )
                if comments:
                    indicators.append(["", (WRAP, comments)] + [""] * 7)
        items = [
            [texts.items, texts.item, texts.standard, texts.limit, texts.given, texts.comments]
        ]
        for item in sheet.items:
            items.append(
                [
                    item.kind,
                    (WRAP, item.name),
                    (WRAP, item.standard),
                    plain_number(item.limit),
                    plain_number(item.points),
                    (WRAP, item.comment),
                ]
            )
        result = sheet.result
        totals = [[texts.result] + [texts.scorers[s.value] for s in SCORERS]]
        totals.append(
            [texts.scorer_weight] + [plain_number(sheet.scorer_weights.get(s)) for s in SCORERS]
        )
        for dimension in sheet.dimensions:
            totals.append(
                [dimension.name]
                + [
                    plain_number(result.sheets[s].dimensions.get(dimension.key))
                    if result and s in result.sheets
                    else ""
                    for s in SCORERS
                ]
            )
        totals.append(
            [texts.scorer_total]
            + [
                plain_number(result.sheets[s].total) if result and s in result.sheets else ""
                for s in SCORERS
            ]
        )
        labels = ("combined", "bonus", "deduction", "veto", "final_score", "grade")
        values = ("combined", "bonus", "deduction", "veto_cap", "final")
        strip = [
            [getattr(texts, label) for label in labels],
            [plain_number(getattr(result, v)) for v in values] + [result.grade or ""]
            if result
            else [""] * 6,
        ]
        signatures = [
            [f"{who}\n\n\n{texts.signature} ________\n{texts.date} ________" for who in
             (texts.sign_employee, texts.sign_manager, texts.sign_hr)]
        ]  # fmt: skip
        found.append([block, indicators, items, totals, strip, signatures])
    return found


def build_floor(sheets: list, font: str) -> bytes:
    style = ParagraphStyle("cell", fontName=font, fontSize=8.5, leading=11, wordWrap="CJK")
    grid = TableStyle(
        [
            ("FONT", (0, 0), (-1, -1), font, 8.5),
            ("GRID", (0, 0), (-1, -1), 0.4, colors.grey),
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ]
    )
    widths = {
        6: [18 * mm, 30 * mm, 18 * mm, 30 * mm, 18 * mm, 66 * mm],
        9: [m * mm for m in (7, 31, 12, 48.5, 16, 22, 14.5, 14.5, 14.5)],
        4: [72 * mm, 36 * mm, 36 * mm, 36 * mm],
        3: [60 * mm] * 3,
    }
    story: list[Any] = []
    for n, tables in enumerate(sheets):
        if n:
            story.append(PageBreak())
        for rows in tables:
            data = [
                [
                    Paragraph(cell[1].replace("\n", "<br/>"), style)
                    if isinstance(cell, tuple)
                    else cell
                    for cell in row
                ]
                for row in rows
            ]
            table = Table(data, colWidths=widths.get(len(rows[0])), repeatRows=1)
            table.setStyle(grid)
            story += [table, Spacer(0, 4 * mm)]
    buffer = io.BytesIO()
    SimpleDocTemplate(buffer, pagesize=A4, leftMargin=15 * mm, rightMargin=15 * mm).build(story)
    return buffer.getvalue()
