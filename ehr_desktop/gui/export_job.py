"""Running one export off the UI thread: a progress dialog with Cancel while the file is built,
then a message saying where it went, with links to open the folder or the file."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QMessageBox,
    QProgressDialog,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ehr_desktop.gui.messages import describe
from ehr_desktop.gui.worker import Job, JobRunner
from ehr_desktop.services.progress import Progress


class ExportDoneDialog(QDialog):
    """Says what was written where; opens the folder (or the file) on request."""

    def __init__(self, parent: QWidget | None, title: str, text: str, path: Path) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.path = path
        self.message = QLabel(text)
        self.message.setWordWrap(True)
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.folder_link = QLabel('<a href="folder">{}</a>'.format(self.tr("Open the folder")))
        self.folder_link.setTextInteractionFlags(
            Qt.TextInteractionFlag.LinksAccessibleByMouse
            | Qt.TextInteractionFlag.LinksAccessibleByKeyboard
        )
        self.folder_link.linkActivated.connect(lambda _link: self.open_folder())
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.open_file_button = QPushButton(self.tr("Open the file"))
        self.buttons.addButton(self.open_file_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.open_file_button.clicked.connect(self.open_file)
        self.buttons.rejected.connect(self.accept)
        layout = QVBoxLayout(self)
        layout.addWidget(self.message)
        layout.addWidget(self.folder_link)
        layout.addWidget(self.buttons)

    def open_folder(self) -> bool:
        return QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.path.parent)))

    def open_file(self) -> bool:
        opened = QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.path)))
        if opened:
            self.accept()
        return opened


class ExportRunner(QObject):
    """One export (or print) at a time for its parent widget. `work(progress)` runs in the job
    pool; nothing is written before the work finishes, so Cancel leaves no file."""

    finished = Signal(bool)  # True when the file was written

    def __init__(self, parent: QWidget, jobs: JobRunner | None = None) -> None:
        super().__init__(parent)
        self._parent = parent
        self._jobs = jobs or JobRunner(self)
        self.job: Job | None = None
        self.progress_dialog: QProgressDialog | None = None
        self.done_dialog: ExportDoneDialog | None = None
        self.last_error = ""

    @property
    def busy(self) -> bool:
        return self.job is not None

    def run(
        self,
        work: Callable[[Progress], Any],
        *,
        title: str,
        label: str,
        on_done: Callable[[Any], None],
        on_error: Callable[[BaseException], None] | None = None,
    ) -> Job | None:
        """Any long job with the progress dialog and Cancel: `on_done(result)` on success,
        `on_error(error)` on failure (default: a warning box). None while one is running."""
        if self.job is not None:
            return None
        self.last_error = ""
        dialog = QProgressDialog(label, self.tr("Cancel"), 0, 0, self._parent)
        dialog.setWindowTitle(title)
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.setMinimumDuration(300)
        dialog.setAutoClose(False)
        dialog.setAutoReset(False)
        dialog.canceled.connect(self.cancel)
        self.progress_dialog = dialog

        def progressed(done: int, total: int) -> None:
            if self.progress_dialog is not None and total > 0:
                self.progress_dialog.setRange(0, total)
                self.progress_dialog.setValue(min(done, total))

        def succeeded(result: Any) -> None:
            self._end()
            on_done(result)

        def failed(error: BaseException) -> None:
            self._end()
            self.last_error = describe(error)
            if on_error is not None:
                on_error(error)
            else:
                QMessageBox.warning(self._parent, title, self.last_error)
            self.finished.emit(False)

        def cancelled() -> None:
            self._end()
            self.finished.emit(False)

        self.job = self._jobs.start(
            work,
            on_success=succeeded,
            on_error=failed,
            on_progress=progressed,
            on_cancel=cancelled,
        )
        return self.job

    def start(
        self,
        work: Callable[[Progress], Any],
        *,
        title: str,
        label: str,
        path: Path,
        done_text: Callable[[Any], str],
    ) -> Job | None:
        """An export to `path`: when written, a message saying where, with links."""

        def written(result: Any) -> None:
            self.done_dialog = ExportDoneDialog(self._parent, title, done_text(result), path)
            self.done_dialog.open()
            self.finished.emit(True)

        return self.run(work, title=title, label=label, on_done=written)

    def cancel(self) -> None:
        if self.job is not None:
            self.job.cancel()

    def _end(self) -> None:
        self.job = None
        if self.progress_dialog is not None:
            self.progress_dialog.canceled.disconnect(self.cancel)
            self.progress_dialog.close()
            self.progress_dialog.deleteLater()
            self.progress_dialog = None
