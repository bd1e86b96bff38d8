"""Runs long work off the UI thread: progress and cancel in, result or error back by signal.

The job receives a services.progress.Progress and no widgets; the UI thread never waits on it.
"""

from __future__ import annotations

import logging
import threading
import warnings
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal

from ehr_desktop.services.progress import Cancelled, Progress

log = logging.getLogger(__name__)


class _Signals(QObject):
    progressed = Signal(int, int)
    succeeded = Signal(object)
    failed = Signal(object)
    cancelled = Signal()
    finished = Signal()


class Job(QRunnable):
    def __init__(self, work: Callable[[Progress], Any]) -> None:
        super().__init__()
        self.setAutoDelete(False)  # the Job object is kept by its owner until finished
        self.signals = _Signals()
        self._work = work
        self._cancel = threading.Event()
        self.connected: list = []  # the signals JobRunner wired, to unwire when done

    def cancel(self) -> None:
        self._cancel.set()

    @property
    def is_cancelled(self) -> bool:
        return self._cancel.is_set()

    def run(self) -> None:
        progress = Progress(report=self.signals.progressed.emit, is_cancelled=self._cancel.is_set)
        try:
            result = self._work(progress)
        except Cancelled:
            self.signals.cancelled.emit()
        except Exception as error:  # noqa: BLE001 - handed to the UI thread, which words it
            # Only the type goes to the log: messages of third-party errors may hold personal data.
            log.warning("background job failed: %s", type(error).__name__)
            self.signals.failed.emit(error)
        else:
            self.signals.succeeded.emit(result)
        finally:
            # PySide's pool keeps the runnable object alive: drop the work (its closure may hold
            # a passphrase or the vault) so that nothing sensitive lingers with it.
            self._work = None
            self.signals.finished.emit()


class JobRunner(QObject):
    """Starts jobs and keeps them alive until they finish."""

    busy_changed = Signal(bool)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._pool = QThreadPool(self)
        self._running: set[Job] = set()

    def start(
        self,
        work: Callable[[Progress], Any],
        *,
        on_success: Callable[[Any], None] | None = None,
        on_error: Callable[[BaseException], None] | None = None,
        on_progress: Callable[[int, int], None] | None = None,
        on_cancel: Callable[[], None] | None = None,
    ) -> Job:
        job = Job(work)
        signals = job.signals
        wiring = [
            (signals.succeeded, on_success),
            (signals.failed, on_error),
            (signals.progressed, on_progress),
            (signals.cancelled, on_cancel),
            (signals.finished, lambda: self._finished(job)),
        ]
        job.connected = [signal for signal, slot in wiring if slot is not None]
        for signal, slot in wiring:
            if slot is not None:
                signal.connect(slot)
        self._running.add(job)
        self.busy_changed.emit(True)
        self._pool.start(job)
        return job

    def _finished(self, job: Job) -> None:
        # Drop the connections (their closures point back at the job) so the job and its
        # signal object are freed here, on the UI thread, by reference counting.
        with warnings.catch_warnings():
            # A handler that was a method of a widget deleted meanwhile is already unwired.
            warnings.simplefilter("ignore", RuntimeWarning)
            for signal in job.connected:
                signal.disconnect()
        job.connected = []
        self._running.discard(job)
        if not self._running:
            self.busy_changed.emit(False)

    @property
    def busy(self) -> bool:
        return bool(self._running)

    def wait(self, milliseconds: int = -1) -> bool:
        """Waits for running jobs (used on quit and in tests)."""
        return self._pool.waitForDone(milliseconds)
