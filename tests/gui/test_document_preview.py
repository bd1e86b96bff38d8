"""The print preview shows a PDF from memory and lets it out only where the officer says."""

from __future__ import annotations

import io

import pytest
from pypdf import PdfReader
from PySide6.QtPrintSupport import QPrinter
from reportlab.lib.pagesizes import A4
from reportlab.pdfgen import canvas

from ehr_desktop.gui import document_preview
from ehr_desktop.gui.document_preview import OPENED, PRINTED, SAVED, DocumentPreview
from ehr_desktop.services import attachments


def _three_pages() -> bytes:
    buffer = io.BytesIO()
    pdf = canvas.Canvas(buffer, pagesize=A4)
    for number in range(1, 4):
        pdf.drawString(100, 700, f"page {number}")
        pdf.showPage()
    pdf.save()
    return buffer.getvalue()


@pytest.fixture
def preview(qtbot, tmp_path):
    recorded: list[tuple[str, str]] = []
    dialog = DocumentPreview(
        _three_pages(),
        "Appraisal sheets",
        "sheets",
        record_output=lambda how, where: recorded.append((how, where)),
        viewer_copies=attachments.ViewerCopies(tmp_path / "copies"),
    )
    qtbot.addWidget(dialog)
    dialog.recorded = recorded
    return dialog


def test_shows_every_page_and_walks_them(preview, qtbot):
    preview.show()
    assert preview.document.pageCount() == 3
    assert preview.page_box.maximum() == 3
    assert "3" in preview.page_count.text()
    preview.page_box.setValue(3)
    qtbot.waitUntil(lambda: preview.view.pageNavigator().currentPage() == 2)
    preview.zoom_by(2)
    assert preview.view.zoomFactor() == pytest.approx(2)
    preview.zoom_by(100)
    assert preview.view.zoomFactor() == pytest.approx(4)  # capped


def test_save_writes_the_same_bytes_and_is_recorded(preview, tmp_path):
    target = tmp_path / "out" / "sheets"
    target.parent.mkdir()
    assert preview.save_to(target)
    written = target.with_name("sheets.pdf")
    assert written.read_bytes() == preview._data
    assert preview.recorded == [(SAVED, str(written))]
    assert preview.info.isVisibleTo(preview)


def test_save_to_an_unwritable_place_says_so(preview, tmp_path):
    assert not preview.save_to(tmp_path / "missing" / "x.pdf")
    assert preview.error.text()
    assert not (tmp_path / "missing").exists()


def test_printing_sends_every_page(preview, tmp_path):
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "printed.pdf"))
    assert preview.print_to(printer)
    assert len(PdfReader(tmp_path / "printed.pdf").pages) == 3
    assert preview.recorded[0][0] == PRINTED


def test_open_in_viewer_hands_a_copy_that_the_lock_deletes(preview, tmp_path, monkeypatch):
    opened = []
    monkeypatch.setattr(
        document_preview.QDesktopServices, "openUrl", lambda url: opened.append(url) or True
    )
    assert preview.open_in_viewer()
    copy = opened[0].toLocalFile()
    assert copy.endswith("sheets.pdf")
    assert preview.recorded == [(OPENED, copy)]
    assert attachments.ViewerCopies(tmp_path / "copies").discard_all() == 0
    assert not list((tmp_path / "copies").rglob("*.pdf"))


def test_no_viewer_removes_the_copy_again(preview, tmp_path, monkeypatch):
    monkeypatch.setattr(document_preview.QDesktopServices, "openUrl", lambda url: False)
    assert not preview.open_in_viewer()
    assert preview.error.text()
    assert not list((tmp_path / "copies").rglob("*.pdf"))


def test_the_offered_file_name_is_one_any_file_system_takes(qtbot, tmp_path, monkeypatch):
    opened = []
    monkeypatch.setattr(
        document_preview.QDesktopServices, "openUrl", lambda url: opened.append(url) or True
    )
    dialog = DocumentPreview(
        _three_pages(),
        "Dossier",
        'Personnel dossier A/B:12 "张三"',
        viewer_copies=attachments.ViewerCopies(tmp_path / "copies"),
    )
    qtbot.addWidget(dialog)
    assert dialog.open_in_viewer()
    assert opened[0].toLocalFile().endswith("Personnel dossier A_B_12 _张三_.pdf")
