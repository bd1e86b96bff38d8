"""Reading an untrusted workbook (a template, a returned fill-in workbook) in a child process
with a memory ceiling.

The container checks refuse what a file declares; a spreadsheet library may still hold more in
memory than expected. In a spawned child with a memory ceiling (exchange.memory_ceiling), a
file that exhausts it only ends the child, and is refused as too large. The template crosses
back in its canonical dict form (a Template holds read-only mappings, which do not pickle).
"""

from __future__ import annotations

import multiprocessing
import os
import queue
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from ehr_desktop.domain.kpi import Template, from_dict, to_dict
from ehr_desktop.exchange.kpi.template_reader import (
    MAX_INDICATORS,
    TEMPLATE_LIMITS,
    WorkbookProblem,
    read_template,
)
from ehr_desktop.exchange.memory_ceiling import limit_this_process
from ehr_desktop.exchange.roster.reader import Limits

MEMORY_LIMIT_MB = 1024  # address space: Python, calamine and a 10,000-row sheet fit easily
_POLL_SECONDS = 0.1
_GRACE_SECONDS = 30.0  # starting the child and importing the readers, on a busy machine


def _child(function: Callable[..., Any], args: tuple[Any, ...], megabytes: int, answers) -> None:
    limit_this_process(megabytes)
    try:
        answer: tuple[Any, ...] = ("ok", function(*args))
    except MemoryError:
        answer = ("memory",)
    except Exception as error:  # noqa: BLE001 - the parent words it; the child just ends
        answer = ("failed", type(error).__name__)
    try:
        answers.put(answer)
        answers.close()
        answers.join_thread()
    except (MemoryError, RuntimeError, OSError):  # no memory left even to answer
        os._exit(1)  # quietly: the parent reports the silence as too large


def run_isolated(
    function: Callable[..., Any],
    args: tuple[Any, ...],
    *,
    time_budget: float,
    memory_limit_mb: int = MEMORY_LIMIT_MB,
    is_cancelled: Callable[[], bool] | None = None,
) -> tuple[str, Any]:
    """`function(*args)` (a module-level function: it is pickled by name) in a spawned child
    under an address-space limit, within `time_budget` seconds plus start-up. Answers
    ("ok", its value), ("too_large", "memory" | "time_budget") when the child ran out of
    either, ("failed", the exception's type name) when it raised, or ("cancelled", None) when
    `is_cancelled` said so meanwhile (the child is stopped)."""
    context = multiprocessing.get_context("spawn")
    answers = context.Queue(maxsize=1)
    child = context.Process(
        target=_child, args=(function, args, memory_limit_mb, answers), daemon=True
    )
    deadline = time.monotonic() + time_budget + _GRACE_SECONDS
    child.start()
    try:
        while True:
            try:
                answer: tuple[Any, ...] = answers.get(timeout=_POLL_SECONDS)
                break
            except queue.Empty:
                if time.monotonic() > deadline:
                    return "too_large", "time_budget"
                if is_cancelled is not None and is_cancelled():
                    return "cancelled", None
                if not child.is_alive():
                    try:  # it may have answered just before it ended
                        answer = answers.get(timeout=_POLL_SECONDS)
                        break
                    except queue.Empty:
                        return "too_large", "memory"
    finally:
        child.join(timeout=5)
        if child.is_alive():
            child.kill()
            child.join()
        answers.close()
    if answer[0] == "memory":
        return "too_large", "memory"
    return answer[0], answer[1]


def _read_template_plain(
    path: Path, limits: Limits, max_indicators: int
) -> tuple[dict[str, Any] | None, list[WorkbookProblem]]:
    template, problems = read_template(path, limits=limits, max_indicators=max_indicators)
    return (None if template is None else to_dict(template)), problems


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
    outcome, value = run_isolated(
        _read_template_plain,
        (Path(path), limits, max_indicators),
        time_budget=limits.time_budget,
        memory_limit_mb=memory_limit_mb,
    )
    if outcome == "too_large":
        return _too_large(value)
    if outcome != "ok":  # read_template never raises for what a file holds
        return None, [WorkbookProblem("file_unreadable", facts={"reason": "not_a_spreadsheet"})]
    data, problems = value
    return (None if data is None else from_dict(data)), problems
