"""Printing a PDF we made in memory (no file on disk) through the system print dialog."""

from __future__ import annotations

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QRectF, QSize
from PySide6.QtGui import QPageLayout, QPainter
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QDialog, QWidget


def render_pdf(data: bytes, printer: QPrinter) -> int:
    """Paints every page of `data` onto `printer`, scaled to the printable area; returns pages."""
    buffer = QBuffer()
    buffer.setData(QByteArray(data))
    buffer.open(QIODevice.OpenModeFlag.ReadOnly)
    document = QPdfDocument()
    document.load(buffer)
    pages = document.pageCount()
    painter = QPainter()
    if pages == 0 or not painter.begin(printer):
        return 0
    try:
        dpi = printer.resolution()
        for index in range(pages):
            if index:
                printer.newPage()
            target = printer.pageLayout().paintRectPixels(dpi)
            point_size = document.pagePointSize(index)
            scale = min(target.width() / point_size.width(), target.height() / point_size.height())
            size = QSize(int(point_size.width() * scale), int(point_size.height() * scale))
            image = document.render(index, size)
            painter.drawImage(QRectF(0, 0, size.width(), size.height()), image)
    finally:
        painter.end()
        document.close()
    return pages


def print_pdf(parent: QWidget | None, data: bytes, title: str) -> bool:
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setDocName(title)
    printer.setPageOrientation(QPageLayout.Orientation.Portrait)
    dialog = QPrintDialog(printer, parent)
    dialog.setWindowTitle(title)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return False
    return render_pdf(data, printer) > 0
