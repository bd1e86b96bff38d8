"""Printed documents as PDF (reportlab platypus, the bundled CJK font embedded): appraisal
sheets, their blank variant and batches, and the employee dossier. No Qt, no sessions: the
services fill plain dataclasses and the caller passes the translated words."""

from ehr_desktop.exchange.pdf.appraisal import (
    AppraisalSheet,
    SheetDimension,
    SheetIndicator,
    SheetItem,
    SheetTexts,
    render_sheets,
)
from ehr_desktop.exchange.pdf.dossier import (
    Dossier,
    DossierAppraisal,
    DossierContract,
    DossierEvent,
    DossierJob,
    DossierRecord,
    DossierTexts,
    render_dossier,
)
from ehr_desktop.exchange.pdf.frame import (
    PAGE_SIZES,
    FrameTexts,
    Letterhead,
    PrintCancelled,
    plain_number,
)

__all__ = [
    "PAGE_SIZES",
    "AppraisalSheet",
    "Dossier",
    "DossierAppraisal",
    "DossierContract",
    "DossierEvent",
    "DossierJob",
    "DossierRecord",
    "DossierTexts",
    "FrameTexts",
    "Letterhead",
    "PrintCancelled",
    "SheetDimension",
    "SheetIndicator",
    "SheetItem",
    "SheetTexts",
    "plain_number",
    "render_dossier",
    "render_sheets",
]
