"""Background jobs: results come back on the UI thread, and nothing Qt is freed on a worker."""

from __future__ import annotations

import gc

from PySide6.QtCore import QCoreApplication

from ehr_desktop.gui import gc_guard
from ehr_desktop.gui.worker import JobRunner
from ehr_desktop.services.progress import Cancelled


def test_finished_jobs_let_go_of_their_work_and_handlers(qtbot):
    runner = JobRunner()
    results = []
    secret = "Passphrase-held-by-the-closure-42"
    job = runner.start(lambda progress: len(secret), on_success=results.append)
    qtbot.waitUntil(lambda: not runner.busy, timeout=5_000)
    assert results == [len(secret)]
    assert job._work is None, "the closure (which may hold a passphrase) is dropped"
    assert job.connected == [], "handlers are unwired: no cycle back to the job"


def test_cancel_reaches_the_job(qtbot):
    runner = JobRunner()
    outcome = []

    def work(progress):
        while True:
            progress.step(0, 1)  # raises Cancelled once cancel() was called

    job = runner.start(work, on_cancel=lambda: outcome.append("cancelled"))
    job.cancel()
    qtbot.waitUntil(lambda: outcome == ["cancelled"], timeout=5_000)
    assert Cancelled


def test_cyclic_garbage_is_collected_on_the_ui_thread_only(qtbot, monkeypatch):
    was_enabled = gc.isenabled()
    gc_guard.install()
    try:
        assert not gc.isenabled(), "the automatic collector could run on a worker thread"
        app = QCoreApplication.instance()
        collectors = app.findChildren(gc_guard.MainThreadGarbageCollector)
        gc_guard.install()
        assert len(app.findChildren(gc_guard.MainThreadGarbageCollector)) == 1
        collected = []
        monkeypatch.setattr(gc, "collect", collected.append)
        threshold = gc.get_threshold()[0]
        monkeypatch.setattr(gc, "get_count", lambda: (threshold + 1, 0, 0))
        collectors[0].check()
        assert collected == [0]
        monkeypatch.setattr(gc, "get_count", lambda: (0, 0, 0))
        collectors[0].check()
        assert collected == [0], "nothing to do below the threshold"
    finally:
        if was_enabled:
            gc.enable()
