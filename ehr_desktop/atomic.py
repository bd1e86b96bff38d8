"""Crash-safe file replacement: temp file in the same folder, fsync, rename, fsync the folder."""

from __future__ import annotations

import contextlib
import os
import tempfile
from pathlib import Path

from ehr_desktop.domain.errors import StorageError


def fsync_directory(folder: Path) -> None:
    if os.name != "posix":
        return  # Windows has no directory handles to flush; NTFS journals the rename itself.
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


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
