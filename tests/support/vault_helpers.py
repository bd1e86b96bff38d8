"""Constants and file helpers for vault tests."""

from __future__ import annotations

import hashlib
import json
from collections.abc import Callable
from pathlib import Path

from ehr_desktop.security import kdf

# Quotes of both kinds: the key must never be spliced into SQL or shell text.
PASSPHRASE = "Ab3\"quote's-horse-9"
OTHER_PASSPHRASE = "Zebra'7\"lantern-Orbit-42"
CHEAP_KDF = kdf.Argon2Params(memory_kib=8 * 1024, iterations=3, lanes=1)
DISTINCTIVE = "ZQ-DISTINCT-张三-7731"


def snapshot(folder: Path) -> dict[str, tuple[bytes, int]]:
    """Every file under `folder` (relative name -> bytes and mtime in ns)."""
    return {
        str(path.relative_to(folder)): (path.read_bytes(), path.stat().st_mtime_ns)
        for path in sorted(folder.rglob("*"))
        if path.is_file()
    }


def files_containing(folder: Path, needle: bytes) -> list[str]:
    return [
        str(path.relative_to(folder))
        for path in sorted(folder.rglob("*"))
        if path.is_file() and needle in path.read_bytes()
    ]


def rewrite_slot_file(path: Path, mutate: Callable[[dict], None]) -> None:
    """Edits a key-slot file and re-seals its checksum, as an attacker with write access could."""
    body = json.loads(path.read_text("utf-8"))
    body.pop("checksum")
    mutate(body)
    canonical = json.dumps(body, sort_keys=True, separators=(",", ":")).encode("utf-8")
    body["checksum"] = hashlib.sha256(canonical).hexdigest()
    path.write_text(json.dumps(body, indent=2), "utf-8")
