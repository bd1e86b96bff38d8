"""A vault on disk: one folder (`Name.ehrvault`) holding the encrypted database and its key slots.

Name.ehrvault/
    vault.ehrdb              SQLCipher 4 database (plus -wal/-shm while open)
    keyslots.json            wrapped data key, one slot per way to unlock
    keyslots.backup.json     identical second copy
    audit-anchor.json        last audit entry's id and MAC
    safety-copies/           encrypted copies taken before schema upgrades
    vault.lock               held while the vault is open
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

from ehr_desktop.domain.errors import NotAVault, VaultDamaged, VaultInUse, VaultNotFound
from ehr_desktop.persistence.engine import PAGE_SIZE
from ehr_desktop.security import keyslots

SUFFIX = ".ehrvault"
DB_NAME = "vault.ehrdb"
ANCHOR_NAME = "audit-anchor.json"
SAFETY_DIR = "safety-copies"
LOCK_NAME = "vault.lock"
PLAINTEXT_HEADER = b"SQLite format 3\x00"


@dataclass(frozen=True)
class VaultLayout:
    folder: Path

    @property
    def name(self) -> str:
        return self.folder.name.removesuffix(SUFFIX)

    @property
    def db(self) -> Path:
        return self.folder / DB_NAME

    @property
    def anchor(self) -> Path:
        return self.folder / ANCHOR_NAME

    @property
    def safety_dir(self) -> Path:
        return self.folder / SAFETY_DIR

    @property
    def lock(self) -> Path:
        return self.folder / LOCK_NAME

    def database_files(self) -> list[Path]:
        return [p for p in (self.db, *self.db.parent.glob(DB_NAME + "-*")) if p.exists()]


def normalise(path: Path) -> Path:
    """Accepts the vault folder or any file inside it (a user may pick the database file)."""
    path = Path(path).expanduser()
    if path.is_file() and path.parent.suffix == SUFFIX:
        return path.parent
    return path


def check(path: Path) -> VaultLayout:
    """Raises a precise error unless `path` looks like an intact vault (before any key is used)."""
    folder = normalise(path)
    if not folder.exists():
        raise VaultNotFound(path=str(folder))
    if not folder.is_dir():
        raise NotAVault(path=str(folder))
    layout = VaultLayout(folder)
    has_slots = any((folder / n).exists() for n in (keyslots.PRIMARY_NAME, keyslots.BACKUP_NAME))
    if not has_slots and not layout.db.exists():
        raise NotAVault(path=str(folder))
    if not layout.db.exists():
        raise VaultDamaged(path=str(folder), part="database_missing")
    size = layout.db.stat().st_size
    with layout.db.open("rb") as handle:
        header = handle.read(16)
    if header == PLAINTEXT_HEADER:
        raise NotAVault(path=str(folder))
    # An empty file would be accepted by SQLCipher as a brand-new database; a partial page means
    # truncation, which SQLCipher's own integrity check does not notice.
    if size == 0 or size % PAGE_SIZE:
        raise VaultDamaged(path=str(folder), part="database_truncated")
    if not has_slots:
        raise VaultDamaged(path=str(folder), part="keyslots")
    return layout


class VaultLock:
    """An OS file lock held while the vault is open; released by the OS if the app dies."""

    def __init__(self, path: Path) -> None:
        self._path = path
        self._handle = None

    def acquire(self) -> None:
        handle = open(  # noqa: PTH123, SIM115 - the descriptor is opened owner-only
            os.open(self._path, os.O_RDWR | os.O_CREAT | os.O_APPEND, 0o600), "a+b"
        )
        try:
            if os.name == "nt":
                import msvcrt

                handle.seek(0)
                msvcrt.locking(handle.fileno(), msvcrt.LK_NBLCK, 1)
            else:
                import fcntl

                fcntl.flock(handle.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError:
            handle.close()
            raise VaultInUse(path=str(self._path.parent)) from None
        self._handle = handle

    def release(self) -> None:
        if self._handle is None:
            return
        try:
            if os.name == "nt":
                import msvcrt

                self._handle.seek(0)
                msvcrt.locking(self._handle.fileno(), msvcrt.LK_UNLCK, 1)
            else:
                import fcntl

                fcntl.flock(self._handle.fileno(), fcntl.LOCK_UN)
        finally:
            self._handle.close()
            self._handle = None
