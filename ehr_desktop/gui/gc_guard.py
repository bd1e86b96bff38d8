"""Python's cyclic garbage collection only on the UI thread (the calibre approach).

Left to itself, the collector runs in whichever thread happens to allocate, so a background
job can end up destroying a Qt object that belongs to the UI thread: a rare, random crash.
Automatic collection is switched off and a timer on the UI thread collects instead.
"""

from __future__ import annotations

import gc

from PySide6.QtCore import QCoreApplication, QObject, QTimer

INTERVAL_MS = 1000


def collect_due() -> None:
    """Collects what the automatic collector would have collected by now (same thresholds)."""
    thresholds = gc.get_threshold()
    counts = gc.get_count()
    if counts[0] > thresholds[0]:
        generation = 0
        if counts[1] > thresholds[1]:
            generation = 1
            if counts[2] > thresholds[2]:
                generation = 2
        gc.collect(generation)


class MainThreadGarbageCollector(QObject):
    def __init__(self, parent: QObject) -> None:
        super().__init__(parent)
        gc.disable()
        self._timer = QTimer(self)
        self._timer.timeout.connect(self.check)
        self._timer.start(INTERVAL_MS)

    def check(self) -> None:
        collect_due()


def install() -> None:
    """Idempotent: one collector per application, owned by it."""
    app = QCoreApplication.instance()
    if app is not None and app.findChild(MainThreadGarbageCollector) is None:
        MainThreadGarbageCollector(app)
