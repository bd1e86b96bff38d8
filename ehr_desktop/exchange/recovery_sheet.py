"""The one-page recovery sheet PDF printed when a vault is created."""

from __future__ import annotations

import datetime as dt
import io
from dataclasses import dataclass
from pathlib import Path

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.pdfgen import canvas

from ehr_desktop import atomic
from ehr_desktop.exchange.fonts import CJK_MONO_FONT, register_cjk_font


@dataclass(frozen=True)
class RecoverySheetText:
    """Every visible string, already translated by the caller (this layer knows no Qt)."""

    title: str
    vault_label: str
    created_label: str
    key_label: str
    instructions: tuple[str, ...]
    warning: str
    footer: str


def render_recovery_sheet(vault_name: str, key: str, text: RecoverySheetText) -> bytes:
    font = register_cjk_font()
    buffer = io.BytesIO()
    pdf = canvas.Canvas(buffer, pagesize=A4, pageCompression=1, initialFontName=font)
    pdf.setTitle(text.title)
    pdf.setAuthor("EHR Desktop")
    width, height = A4
    left = 22 * mm
    right = width - 22 * mm

    pdf.setFillColor(colors.HexColor("#1D4ED8"))
    pdf.rect(0, height - 14 * mm, width, 14 * mm, stroke=0, fill=1)
    pdf.setFillColor(colors.white)
    pdf.setFont(font, 11)
    pdf.drawString(left, height - 9 * mm, "EHR Desktop")

    y = height - 34 * mm
    pdf.setFillColor(colors.black)
    pdf.setFont(font, 20)
    pdf.drawString(left, y, text.title)
    y -= 14 * mm
    pdf.setFont(font, 11)
    pdf.setFillColor(colors.HexColor("#555555"))
    pdf.drawString(left, y, text.vault_label)
    pdf.drawString(left, y - 7 * mm, text.created_label)
    pdf.setFillColor(colors.black)
    pdf.drawString(left + 38 * mm, y, vault_name)
    pdf.drawString(left + 38 * mm, y - 7 * mm, dt.date.today().isoformat())

    y -= 24 * mm
    pdf.setFont(font, 11)
    pdf.drawString(left, y, text.key_label)
    y -= 6 * mm
    box_height = 34 * mm
    pdf.setStrokeColor(colors.HexColor("#1D4ED8"))
    pdf.setLineWidth(1.2)
    pdf.roundRect(left, y - box_height, right - left, box_height, 4 * mm, stroke=1, fill=0)
    groups = key.split("-")
    pdf.setFont(CJK_MONO_FONT, 20)
    first_line, second_line = "  ".join(groups[:5]), "  ".join(groups[5:])
    pdf.drawCentredString(width / 2, y - 14 * mm, first_line)
    pdf.drawCentredString(width / 2, y - 26 * mm, second_line)

    y -= box_height + 14 * mm
    pdf.setFont(font, 11)
    for number, line in enumerate(text.instructions, start=1):
        for wrapped_index, part in enumerate(_wrap(line, font, 11, right - left - 8 * mm)):
            pdf.drawString(
                left + (0 if wrapped_index == 0 else 8 * mm),
                y,
                f"{number}. {part}" if wrapped_index == 0 else part,
            )
            y -= 6.5 * mm
        y -= 2 * mm

    y -= 6 * mm
    pdf.setFillColor(colors.HexColor("#FEF3C7"))
    warning_lines = _wrap(text.warning, font, 11, right - left - 10 * mm)
    box = (len(warning_lines) * 6.5 + 8) * mm
    pdf.roundRect(left, y - box + 6 * mm, right - left, box, 3 * mm, stroke=0, fill=1)
    pdf.setFillColor(colors.HexColor("#92400E"))
    for line in warning_lines:
        pdf.drawString(left + 5 * mm, y, line)
        y -= 6.5 * mm

    pdf.setFillColor(colors.HexColor("#777777"))
    pdf.setFont(font, 8)
    pdf.drawString(left, 14 * mm, text.footer)
    pdf.showPage()
    pdf.save()
    return buffer.getvalue()


def _wrap(text: str, font: str, size: float, max_width: float) -> list[str]:
    """Wraps by width, breaking between any two CJK characters or at spaces for Latin text."""
    from reportlab.pdfbase.pdfmetrics import stringWidth

    lines: list[str] = []
    current = ""
    for token in _tokens(text):
        candidate = current + token
        if current and stringWidth(candidate, font, size) > max_width:
            lines.append(current.rstrip())
            current = token.lstrip()
        else:
            current = candidate
    if current:
        lines.append(current.rstrip())
    return lines


def _tokens(text: str) -> list[str]:
    tokens: list[str] = []
    word = ""
    for char in text:
        if ord(char) > 0x2E80:  # CJK: every character may start a line
            if word:
                tokens.append(word)
                word = ""
            tokens.append(char)
        elif char == " ":
            tokens.append(word + " ")
            word = ""
        else:
            word += char
    if word:
        tokens.append(word)
    return tokens


def write_recovery_sheet(target: Path, vault_name: str, key: str, text: RecoverySheetText) -> None:
    atomic.write_bytes(target, render_recovery_sheet(vault_name, key, text))
