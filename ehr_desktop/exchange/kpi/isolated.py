"""Reading an untrusted template workbook in a child process with a memory ceiling.

The container checks refuse what a file declares; a spreadsheet library may still hold more in
memory than expected. In a spawned child with an address-space limit (POSIX), a file that
exhausts it only ends the child, and is refused as too large. The template crosses back in its
canonical dict form (a Template holds read-only mappings, which do not pickle).
"""

from __future__ import annotations

import contextlib
import multiprocessing
import os
import queue
import time
from pathlib import Path
from typing import Any

from ehr_desktop.domain.kpi import Template, from_dict, to_dict
from ehr_desktop.exchange.kpi.template_reader import (
    MAX_INDICATORS,
    TEMPLATE_LIMITS,
    WorkbookProblem,
    read_template,
)
from ehr_desktop.exchange.roster.reader import Limits

MEMORY_LIMIT_MB = 1024  # address space: Python, calamine and a 10,000-row sheet fit easily
_POLL_SECONDS = 0.1
_GRACE_SECONDS = 30.0  # starting the child and importing the readers, on a busy machine


def _limit_memory(megabytes: int) -> None:
    try:
        import resource
    except ImportError:  # Windows: no rlimit (a job object would be the equivalent)
        return
    limit = megabytes * 1024 * 1024
    with contextlib.suppress(ValueError, OSError):
        resource.setrlimit(resource.RLIMIT_AS, (limit, limit))


def _child(path: Path, limits: Limits, max_indicators: int, megabytes: int, answers) -> None:
    _limit_memory(megabytes)
    try:
        template, problems = read_template(path, limits=limits, max_indicators=max_indicators)
        answer = ("read", None if template is None else to_dict(template), problems)
    except MemoryError:
        answer = ("memory",)
    try:
        answers.put(answer)
        answers.close()
        answers.join_thread()
    except (MemoryError, RuntimeError, OSError):  # no memory left even to answer
        os._exit(1)  # quietly: the parent reports the silence as too large


def _too_large(limit: str) -> tuple[None, list[WorkbookProblem]]:
    return None, [WorkbookProblem("file_unreadable", facts={"reason": "too_large", "limit": limit})]


def read_template_isolated(
    path: Path,
    *,
    limits: Limits = TEMPLATE_LIMITS,
    max_indicators: int = MAX_INDICATORS,
    memory_limit_mb: int = MEMORY_LIMIT_MB,
) -> tuple[Template | None, list[WorkbookProblem]]:
    """`read_template` in a spawned child under a memory limit and the time budget of
    `limits` (plus start-up). Answers the same; a child that dies or overruns is reported as
    file_unreadable / too_large (limit: memory or time_budget)."""
    context = multiprocessing.get_context("spawn")
    answers = context.Queue(maxsize=1)
    child = context.Process(
        target=_child,
        args=(Path(path), limits, max_indicators, memory_limit_mb, answers),
        daemon=True,
    )
    deadline = time.monotonic() + limits.time_budget + _GRACE_SECONDS
    child.start()
    try:
        while True:
            try:
                answer: tuple[Any, ...] = answers.get(timeout=_POLL_SECONDS)
                break
            except queue.Empty:
                if time.monotonic() > deadline:
                    return _too_large("time_budget")
                if not child.is_alive():
                    try:  # it may have answered just before it ended
                        answer = answers.get(timeout=_POLL_SECONDS)
                        break
                    except queue.Empty:
                        return _too_large("memory")
    finally:
        child.join(timeout=5)
        if child.is_alive():
            child.kill()
            child.join()
        answers.close()
    if answer[0] == "memory":
        return _too_large("memory")
    _, data, problems = answer
    return (None if data is None else from_dict(data)), problems
