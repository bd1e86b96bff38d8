"""The bundled CJK font for PDFs: one font that covers Latin, digits and Chinese (no fallback)."""

from __future__ import annotations

from functools import cache

from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from ehr_desktop.resources import CJK_FONT_FILE, resource_path

CJK_FONT = "WenQuanYiMicroHei"
CJK_MONO_FONT = "WenQuanYiMicroHeiMono"  # the collection's second face, for keys and codes


@cache
def register_cjk_font() -> str:
    """Registers both faces with reportlab once (each PDF embeds the subset it uses)."""
    path = str(resource_path(*CJK_FONT_FILE))
    pdfmetrics.registerFont(TTFont(CJK_FONT, path, subfontIndex=0))
    pdfmetrics.registerFont(TTFont(CJK_MONO_FONT, path, subfontIndex=1))
    return CJK_FONT
