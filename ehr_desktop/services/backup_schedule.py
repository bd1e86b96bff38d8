"""Backup settings and automatic backups: where, when, how many to keep, and the last good one.

The settings live inside the vault (they travel with it); a folder that does not exist on this
computer is reported, never silently skipped.
"""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import asdict, dataclass
from enum import Enum
from pathlib import Path

from ehr_desktop.domain.backup_rotation import RotationPolicy
from ehr_desktop.domain.errors import StorageError
from ehr_desktop.services import backups, settings
from ehr_desktop.services.progress import Progress
from ehr_desktop.services.vaults import UnlockedVault

SETTINGS_KEY = "backup.settings"
LAST_GOOD_KEY = "backup.last_good"
DAILY_INTERVAL = dt.timedelta(hours=24)


@dataclass(frozen=True)
class BackupSettings:
    folder: str = ""
    on_exit: bool = True
    daily: bool = True
    keep_daily: int = 7
    keep_weekly: int = 4
    keep_monthly: int = 12
    warn_after_days: int = 7

    def __post_init__(self) -> None:
        self.policy  # noqa: B018 - refuses negative counts (from a damaged setting) at once
        if self.warn_after_days < 1:
            raise ValueError("warn after at least one day")

    @property
    def policy(self) -> RotationPolicy:
        return RotationPolicy(self.keep_daily, self.keep_weekly, self.keep_monthly)

    @property
    def configured(self) -> bool:
        return bool(self.folder)


@dataclass(frozen=True)
class LastBackup:
    at: dt.datetime  # UTC
    path: str


class BackupState(Enum):
    NONE = "none"
    CURRENT = "current"
    OLD = "old"


def load_settings(vault: UnlockedVault) -> BackupSettings:
    with vault.database.reading() as session:
        raw = settings.get(session, SETTINGS_KEY)
    try:
        data = json.loads(raw) if raw else {}
        defaults = asdict(BackupSettings())
        values = {k: v for k, v in data.items() if k in defaults and type(v) is type(defaults[k])}
        return BackupSettings(**values)
    except (ValueError, TypeError, AttributeError):
        return BackupSettings()


def save_settings(vault: UnlockedVault, chosen: BackupSettings) -> None:
    with vault.database.unit_of_work() as session:
        settings.put(session, SETTINGS_KEY, json.dumps(asdict(chosen), sort_keys=True))


def last_good_backup(vault: UnlockedVault) -> LastBackup | None:
    with vault.database.reading() as session:
        raw = settings.get(session, LAST_GOOD_KEY)
    try:
        data = json.loads(raw)
        return LastBackup(dt.datetime.fromisoformat(data["at"]), str(data["path"]))
    except (ValueError, TypeError, KeyError):
        return None


def state(
    last: LastBackup | None, warn_after_days: int, now: dt.datetime | None = None
) -> BackupState:
    if last is None:
        return BackupState.NONE
    now = now or dt.datetime.now(dt.UTC)
    return (
        BackupState.OLD
        if now - last.at > dt.timedelta(days=warn_after_days)
        else BackupState.CURRENT
    )


def daily_backup_due(last: LastBackup | None, now: dt.datetime | None = None) -> bool:
    now = now or dt.datetime.now(dt.UTC)
    return last is None or now - last.at >= DAILY_INTERVAL


def back_up_now(
    vault: UnlockedVault,
    chosen: BackupSettings,
    progress: Progress | None = None,
    *,
    own_passphrase: str | None = None,
) -> backups.BackupInfo:
    """Writes and verifies a backup into the chosen folder, records it, then rotates old ones.

    Without `own_passphrase` the backup opens with the vault's passphrase of today or the
    recovery key (what automatic backups do); with it, that passphrase opens it too.
    """
    folder = Path(chosen.folder)
    if not chosen.configured or not folder.is_dir():
        raise StorageError(path=str(folder), reason="missing")
    target = folder / backups.backup_file_name(vault.name)
    info = backups.create_backup(
        vault,
        target,
        passphrase=own_passphrase,
        separate_passphrase=own_passphrase is not None,
        progress=progress,
    )
    with vault.database.unit_of_work() as session:
        recorded = {
            "at": dt.datetime.now(dt.UTC).isoformat(timespec="seconds"),
            "path": str(info.path),
        }
        settings.put(session, LAST_GOOD_KEY, json.dumps(recorded))
    backups.prune(folder, chosen.policy, vault_name=vault.name)
    return info


@dataclass(frozen=True)
class BackupListing:
    path: Path
    created_at: dt.datetime  # local time, from the file name
    size_bytes: int


def list_backups(folder: Path, vault_name: str | None = None) -> list[BackupListing]:
    """Backups in `folder` named by this app, newest first (no passphrase needed)."""
    if not folder.is_dir():
        return []
    found = [
        BackupListing(path, when, path.stat().st_size)
        for name, when, path in backups.named_backups(folder)
        if vault_name is None or name == vault_name
    ]
    return sorted(found, key=lambda b: b.created_at, reverse=True)
