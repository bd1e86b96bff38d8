"""Crash-safe file replacement: temp file in the same folder, fsync, rename, fsync the folder."""

from __future__ import annotations

import contextlib
import os
import tempfile
import threading
from pathlib import Path
from typing import BinaryIO

from ehr_desktop.domain.errors import StorageError


def fsync_directory(folder: Path) -> None:
    if os.name != "posix":
        return  # Windows has no directory handles to flush; NTFS journals the rename itself.
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


class EarlyWriteback:
    """Pushes a large file being written to the disk in the background, a step at a time, so
    the final fsync waits for the last step only: writing and the disk's work overlap instead
    of following each other (a 1.7 GB backup's fsync took ≈ 0.9 s at the end otherwise).

    Call `advance(bytes_written_so_far)` as the file grows and `finish()` (flush + fsync) at
    the end; `finish` raises what a background flush raised.
    """

    def __init__(self, handle: BinaryIO, step: int = 128 * 1024 * 1024) -> None:
        self._handle = handle
        self._step = step
        self._synced_to = 0
        self._thread: threading.Thread | None = None
        self._error: OSError | None = None

    def advance(self, position: int) -> None:
        if position - self._synced_to < self._step:
            return
        if self._thread is not None and self._thread.is_alive():
            return  # the disk is behind: let the running flush finish first
        self._handle.flush()
        self._synced_to = position
        self._thread = threading.Thread(target=self._sync, name="early-writeback", daemon=True)
        self._thread.start()

    def _sync(self) -> None:
        try:
            os.fsync(self._handle.fileno())
        except OSError as exc:  # reported by finish()
            self._error = exc

    def finish(self) -> None:
        self.wait()
        if self._error is not None:
            raise self._error
        self._handle.flush()
        os.fsync(self._handle.fileno())

    def wait(self) -> None:
        if self._thread is not None:
            self._thread.join()


def write_bytes(path: Path, data: bytes) -> None:
    """Replaces `path` with `data`: afterwards the file holds either the old or the new bytes."""
    folder = path.parent
    try:
        fd, temp_name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=folder)
    except OSError as exc:
        raise StorageError(path=str(path), reason=exc.strerror or str(exc)) from None
    temp_path = Path(temp_name)
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(temp_path, path)
        fsync_directory(folder)
    except OSError as exc:
        with contextlib.suppress(OSError):
            temp_path.unlink()
        raise StorageError(path=str(path), reason=exc.strerror or str(exc)) from None


def write_text(path: Path, text: str) -> None:
    write_bytes(path, text.encode("utf-8"))
