"""Reading an untrusted roster in a child process with a hard memory limit.

The size checks before parsing catch what a file declares and what it really inflates to, but
the spreadsheet library still holds a whole sheet in memory; a crafted or simply enormous file
must not be able to take the officer's computer down with it. The child gets a memory ceiling
(exchange.memory_ceiling: an address-space limit on POSIX, a job object on Windows); if it dies
or runs out of memory, the file is refused as too large and nothing else is affected. Progress
and cancel cross the process boundary through a queue and an event, and so do the records, in
parts while the file is still read (IsolatedReading): a caller may plan and write them as they
come, as long as a later refusal undoes it all.
"""

from __future__ import annotations

import contextlib
import multiprocessing
import pickle
import queue
from collections.abc import Iterator
from dataclasses import dataclass, replace
from itertools import starmap
from pathlib import Path
from typing import Any

from ehr_desktop.exchange.memory_ceiling import limit_this_process
from ehr_desktop.exchange.roster import (
    Progress,
    RosterReading,
    RosterRecord,
    SheetLayout,
    read_roster,
)
from ehr_desktop.exchange.roster.reader import RosterUnreadable
from ehr_desktop.gc_pause import collection_paused

MEMORY_LIMIT_MB = 2048  # address space, not resident memory: Python + calamine need headroom
_POLL_SECONDS = 0.1
RECORDS_PER_MESSAGE = 5_000
_PROTOCOL = pickle.HIGHEST_PROTOCOL


class _ChildProgress:
    def __init__(self, messages, cancel) -> None:
        self.messages = messages
        self.cancel = cancel
        self.last = -1

    def step(self, done: int, total: int) -> None:
        if self.cancel.is_set():
            raise _CancelledInChild()
        if done != self.last:
            self.last = done
            with contextlib.suppress(queue.Full):
                self.messages.put_nowait(("progress", done, total))


class _CancelledInChild(Exception):
    pass


def _child(path, reading, megabytes, per_message, messages, cancel) -> None:
    limit_this_process(megabytes)
    try:
        # Records go to the parent in parts while the file is still read: the parent unpickles
        # one part while the next rows are cleaned, instead of all of them at the end. Each part
        # is pickled here, between rows: left to the queue's feeder thread, the pickling would
        # contend with the cleaning for the GIL and cost more in all (measured: ≈ +15 %).
        with collection_paused():
            result = read_roster(
                path,
                **reading,
                progress=_ChildProgress(messages, cancel),
                deliver=lambda part, layouts: messages.put(("records", _packed(part, layouts))),
                deliver_every=per_message,
            )
    except RosterUnreadable as error:
        facts = dict(error.facts)
        if _out_of_memory(error):  # a reader may word a failed allocation as a broken file
            facts.update(reason="too_large", limit="memory")
        messages.put(("refused", facts))
    except _CancelledInChild:
        messages.put(("cancelled",))
    except MemoryError:
        messages.put(("refused", {"reason": "too_large", "limit": "memory"}))
    else:
        messages.put(("result", result))


def _packed(part: list[RosterRecord], layouts: tuple[SheetLayout, ...]) -> bytes:
    # Records as plain tuples: pickling a record through its class costs ≈ 70 % more, in the
    # child, which is the slower side.
    return pickle.dumps(
        (layouts, [(r.sheet, r.row, r.line, r.values, r.warnings) for r in part]), _PROTOCOL
    )


def _unpacked(data: bytes, path: Path, rows_expected: int) -> RecordsPart:
    layouts, rows = pickle.loads(data)
    records = list(starmap(RosterRecord, rows))
    return RecordsPart(path, layouts, records, rows_expected)


@dataclass(frozen=True)
class RecordsPart:
    """Records handed over while the file is still read."""

    path: Path
    layouts: tuple[SheetLayout, ...]  # the sheets found so far: every record's sheet among them
    records: list[RosterRecord]
    rows_expected: int  # the file's rows as far as the reader can tell yet (an estimate)


def _out_of_memory(error: BaseException) -> bool:
    seen = 0
    current: BaseException | None = error
    while current is not None and seen < 20:
        if isinstance(current, MemoryError) or "memory" in str(current).lower():
            return True
        current = current.__cause__ or current.__context__
        seen += 1
    return False


def read_roster_isolated(path: Path, **options: Any) -> RosterReading:
    """`read_roster`, but in a spawned child process with a memory ceiling (options: those of
    IsolatedReading). Raises the same RosterUnreadable; progress's own cancel exception
    propagates after the child is stopped."""
    with contextlib.closing(IsolatedReading(path, **options)) as reading:
        for item in reading:
            if isinstance(item, RosterReading):
                return item
    raise RuntimeError("the roster reader ended without an answer")


class IsolatedReading:
    """A roster being read in a spawned child process with a memory ceiling, started at once.
    Iterating gives each RecordsPart as the child sends it, then the whole RosterReading (all
    records included); it raises as read_roster_isolated does. close() stops the child, also
    when nothing was iterated."""

    def __init__(
        self,
        path: Path,
        *,
        progress: Progress | None = None,
        memory_limit_mb: int = MEMORY_LIMIT_MB,
        records_per_message: int = RECORDS_PER_MESSAGE,
        **reading: Any,
    ) -> None:
        """`reading`: read_roster's options (sheets, mapping, limits, custom_fields), passed
        on to the child as they are."""
        self.path = Path(path)
        self.progress = progress
        context = multiprocessing.get_context("spawn")
        self.messages = context.Queue(maxsize=64)
        self.cancel = context.Event()
        self.child = context.Process(
            target=_child,
            args=(
                self.path,
                reading,
                memory_limit_mb,
                records_per_message,
                self.messages,
                self.cancel,
            ),
            daemon=True,
        )
        self.child.start()
        self.stopped = False
        self.rows_expected = 0
        self.items = self._received()

    def __iter__(self) -> Iterator[RecordsPart | RosterReading]:
        return self.items

    def close(self) -> None:
        self.items.close()
        self._stop()

    def _stop(self) -> None:
        if self.stopped:
            return
        self.stopped = True
        self.child.join(timeout=5)
        if self.child.is_alive():
            self.child.kill()
            self.child.join()
        self.messages.close()

    def _received(self) -> Iterator[RecordsPart | RosterReading]:
        records: list[RosterRecord] = []
        try:
            while True:
                message = self._next_message()
                if message[0] == "progress":
                    self.rows_expected = max(self.rows_expected, message[2])
                    if self.progress is not None:
                        self.progress.step(message[1], message[2])
                    continue
                if message[0] == "records":
                    expected = max(self.rows_expected, len(records))
                    part = _unpacked(message[1], self.path, expected)
                    records.extend(part.records)
                    yield part
                    continue
                yield _answer(message, self.path, records)
                return
        except BaseException:  # cancelled, refused, or the consumer stopped early
            self.cancel.set()
            raise
        finally:
            self._stop()

    def _next_message(self) -> tuple[Any, ...]:
        while True:
            try:
                return self.messages.get(timeout=_POLL_SECONDS)
            except queue.Empty:
                if self.progress is not None:
                    self.progress.step(0, 0)  # lets the officer cancel while the child is quiet
                if self.child.is_alive():
                    continue
                try:  # what it sent before it ended is still read, to its answer if any
                    return self.messages.get(timeout=_POLL_SECONDS)
                except queue.Empty:
                    # Killed by the memory limit (or otherwise gone) without an answer.
                    raise RosterUnreadable(
                        reason="too_large", limit="memory", path=self.path.name
                    ) from None


def _answer(message: tuple[Any, ...], path: Path, records: list[RosterRecord]) -> RosterReading:
    if message[0] == "result":
        return replace(message[1], records=tuple(records))
    if message[0] == "refused":
        raise RosterUnreadable(**{"path": Path(path).name, **message[1]})
    # The child only reports "cancelled" after the parent's progress raised and set the event.
    raise RuntimeError(f"unexpected answer from the roster reader: {message[0]}")
