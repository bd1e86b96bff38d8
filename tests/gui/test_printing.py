"""The recovery sheet prints from memory: every page reaches the printer, nothing else on disk."""

from __future__ import annotations

from pypdf import PdfReader
from PySide6.QtPrintSupport import QPrinter

from ehr_desktop.exchange.recovery_sheet import render_recovery_sheet
from ehr_desktop.gui.printing import render_pdf
from ehr_desktop.gui.recovery_texts import recovery_sheet_text

KEY = "ABCD-EFGH-JKMN-PQRS-TVWX-YZ01-2345-6789-ABCD"


def test_recovery_sheet_is_rendered_onto_a_printer(qtbot, tmp_path):
    data = render_recovery_sheet("测试公司", KEY, recovery_sheet_text())
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)  # a "printer" we can read back
    printer.setOutputFileName(str(tmp_path / "printed.pdf"))
    assert render_pdf(data, printer) == 1
    printed = PdfReader(tmp_path / "printed.pdf")
    assert len(printed.pages) == 1


def test_broken_pdf_prints_nothing(qtbot, tmp_path):
    printer = QPrinter()
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "printed.pdf"))
    assert render_pdf(b"not a pdf", printer) == 0
