"""Print preview for a PDF made in memory: look at it, then print it, save it, or open it in
the system's viewer. Only the last two put it on disk, and only where the officer says."""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QPointF, Qt, QUrl
from PySide6.QtGui import QDesktopServices, QKeySequence
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QSpinBox,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from ehr_desktop import atomic
from ehr_desktop.domain.errors import StorageError
from ehr_desktop.gui.icons import icon
from ehr_desktop.gui.printing import render_pdf
from ehr_desktop.gui.roles import error_label, hint_label
from ehr_desktop.services import attachments

# What left the app, for the caller's audit entry: (how, where).
OutputRecorder = Callable[[str, str], None]
PRINTED, SAVED, OPENED = "printed", "saved", "opened"

_UNSAFE_IN_FILE_NAMES = re.compile(r'[\\/:*?"<>|\x00-\x1f]')
_ZOOM_STEP = 1.25
_ZOOM_LIMITS = (0.25, 4.0)


class DocumentPreview(QDialog):
    """Shows every page of `data`; Print (Ctrl+P), Save as PDF (Ctrl+S), Open in viewer."""

    def __init__(
        self,
        data: bytes,
        title: str,
        file_name: str,
        *,
        record_output: OutputRecorder | None = None,
        viewer_copies: attachments.ViewerCopies | None = None,
        note: str = "",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.resize(900, 1000)
        self._data = data
        self._title = title
        # Offered as a file name: names and cycles may hold characters no file system takes.
        stem = _UNSAFE_IN_FILE_NAMES.sub("_", file_name).strip(" .") or "document"
        self._file_name = stem if stem.lower().endswith(".pdf") else f"{stem}.pdf"
        self._record_output = record_output
        self._viewer_copies = viewer_copies or attachments.ViewerCopies()

        # The document reads from memory: a preview leaves nothing on disk.
        self._buffer = QBuffer(self)
        self._buffer.setData(QByteArray(data))
        self._buffer.open(QIODevice.OpenModeFlag.ReadOnly)
        self.document = QPdfDocument(self)
        self.document.load(self._buffer)

        self.view = QPdfView(self)
        self.view.setDocument(self.document)
        self.view.setPageMode(QPdfView.PageMode.MultiPage)
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        self.view.setPageSpacing(12)
        self.view.pageNavigator().currentPageChanged.connect(self._show_current_page)

        self.toolbar = QToolBar(self)
        self.toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.print_action = self.toolbar.addAction(icon("printer"), self.tr("Print…"))
        self.print_action.setShortcut(QKeySequence.StandardKey.Print)
        self.print_action.setToolTip(self.tr("Print through the system's print dialog (Ctrl+P)"))
        self.print_action.triggered.connect(self.print_document)
        self.save_action = self.toolbar.addAction(icon("save"), self.tr("Save as PDF…"))
        self.save_action.setShortcut(QKeySequence.StandardKey.Save)
        self.save_action.triggered.connect(self.choose_save)
        self.open_action = self.toolbar.addAction(
            icon("external-link"), self.tr("Open in the system viewer")
        )
        self.open_action.setToolTip(
            self.tr(
                "Opens a temporary unencrypted copy in the computer's PDF program; it is deleted "
                "when the vault locks or the app closes."
            )
        )
        self.open_action.triggered.connect(self.open_in_viewer)
        self.toolbar.addSeparator()
        self.zoom_out_action = self.toolbar.addAction(icon("zoom-out"), self.tr("Smaller"))
        self.zoom_out_action.setShortcut(QKeySequence.StandardKey.ZoomOut)
        self.zoom_out_action.triggered.connect(lambda: self.zoom_by(1 / _ZOOM_STEP))
        self.zoom_in_action = self.toolbar.addAction(icon("zoom-in"), self.tr("Larger"))
        self.zoom_in_action.setShortcut(QKeySequence.StandardKey.ZoomIn)
        self.zoom_in_action.triggered.connect(lambda: self.zoom_by(_ZOOM_STEP))
        self.fit_width_action = self.toolbar.addAction(self.tr("Fit width"))
        self.fit_width_action.triggered.connect(
            lambda: self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        )
        self.fit_page_action = self.toolbar.addAction(self.tr("Whole page"))
        self.fit_page_action.triggered.connect(
            lambda: self.view.setZoomMode(QPdfView.ZoomMode.FitInView)
        )

        self.page_box = QSpinBox()
        self.page_box.setRange(1, max(1, self.document.pageCount()))
        self.page_box.setAccessibleName(self.tr("Page"))
        self.page_box.valueChanged.connect(self.go_to_page)
        self.page_count = QLabel(self.tr("of {count}").format(count=self.document.pageCount()))
        pages = QHBoxLayout()
        pages.addWidget(QLabel(self.tr("Page")))
        pages.addWidget(self.page_box)
        pages.addWidget(self.page_count)
        pages.addStretch(1)
        self.note = hint_label(note)
        self.note.setWordWrap(False)  # a few words beside the page count
        self.note.setVisible(bool(note))
        pages.addWidget(self.note)

        self.error = error_label()
        self.error.hide()
        self.info = hint_label()
        self.info.hide()

        layout = QVBoxLayout(self)
        layout.addWidget(self.toolbar)
        layout.addLayout(pages)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.info)
        layout.addWidget(self.error)

    # --- looking ------------------------------------------------------------------------------

    def zoom_by(self, factor: float) -> None:
        self.view.setZoomMode(QPdfView.ZoomMode.Custom)
        low, high = _ZOOM_LIMITS
        self.view.setZoomFactor(min(high, max(low, self.view.zoomFactor() * factor)))

    def go_to_page(self, number: int) -> None:
        navigator = self.view.pageNavigator()
        if navigator.currentPage() != number - 1:
            navigator.jump(number - 1, QPointF(), navigator.currentZoom())

    def _show_current_page(self, index: int) -> None:
        self.page_box.blockSignals(True)
        self.page_box.setValue(index + 1)
        self.page_box.blockSignals(False)

    # --- letting it out -----------------------------------------------------------------------

    def _say(self, text: str) -> None:
        self.error.hide()
        self.info.setText(text)
        self.info.show()

    def _complain(self, text: str) -> None:
        self.info.hide()
        self.error.setText(text)
        self.error.show()

    def _recorded(self, how: str, where: str) -> None:
        if self._record_output is not None:
            self._record_output(how, where)

    def print_document(self) -> bool:
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setDocName(self._title)
        dialog = QPrintDialog(printer, self)
        dialog.setWindowTitle(self._title)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return False
        return self.print_to(printer)

    def print_to(self, printer: QPrinter) -> bool:
        """Paints the pages onto a printer the officer chose (tests pass a PDF printer)."""
        where = printer.printerName() or printer.outputFileName() or self.tr("printer")
        self._recorded(PRINTED, where)
        pages = render_pdf(self._data, printer)
        if pages == 0:
            self._complain(
                self.tr(
                    "The printer did not accept the document. Check that it is ready, then try again."
                )
            )
            return False
        self._say(self.tr("{count} pages sent to the printer.").format(count=pages))
        return True

    def choose_save(self) -> None:
        name, _filter = QFileDialog.getSaveFileName(
            self,
            self.tr("Save as PDF"),
            str(Path.home() / self._file_name),
            self.tr("PDF documents (*.pdf)"),
        )
        if name:
            self.save_to(Path(name))

    def save_to(self, target: Path) -> bool:
        if target.suffix.lower() != ".pdf":
            target = target.with_name(target.name + ".pdf")
        self._recorded(SAVED, str(target))
        try:
            atomic.write_bytes(target, self._data)
        except (OSError, StorageError):
            self._complain(
                self.tr(
                    "“{file}” could not be written: the folder may be read-only or the disk "
                    "full. Choose another place."
                ).format(file=target.name)
            )
            return False
        self._say(self.tr("Saved as “{file}”.").format(file=str(target)))
        return True

    def open_in_viewer(self) -> bool:
        try:
            path = self._viewer_copies.write(self._file_name, self._data)
        except OSError:
            self._complain(
                self.tr(
                    "The temporary copy could not be written: the disk may be full. Save the "
                    "document instead."
                )
            )
            return False
        self._recorded(OPENED, str(path))
        if not QDesktopServices.openUrl(QUrl.fromLocalFile(str(path))):
            self._viewer_copies.discard(path)
            self._complain(
                self.tr(
                    "No program on this computer opens PDF documents. Print or save the "
                    "document instead."
                )
            )
            return False
        self._say(
            self.tr(
                "A temporary unencrypted copy was opened in the system viewer. It is deleted when "
                "the vault locks or the app closes."
            )
        )
        return True

    def done(self, result: int) -> None:
        # The copies stay until the vault locks (Workspace.about_to_lock): the viewer may not
        # have read them yet when this closes.
        self.document.close()
        super().done(result)
