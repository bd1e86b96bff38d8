"""Schema versions: Alembic upgrades at unlock, after an encrypted safety copy of the database."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Engine, inspect

from ehr_desktop.domain.errors import MigrationFailed, VaultDamaged, VaultTooNew

KEEP_SAFETY_COPIES = 3


def _config() -> Config:
    config = Config()
    config.set_main_option("script_location", "ehr_desktop.persistence:migrations")
    return config


def head_revision() -> str:
    return ScriptDirectory.from_config(_config()).get_current_head()


def known_revisions() -> set[str]:
    return {rev.revision for rev in ScriptDirectory.from_config(_config()).walk_revisions()}


def current_revision(engine: Engine) -> str | None:
    with engine.connect() as connection:
        if not inspect(connection).has_table("alembic_version"):
            return None
        return MigrationContext.configure(connection).get_current_revision()


def upgrade(engine: Engine, target: str = "head") -> None:
    with engine.connect() as connection:
        config = _config()
        config.attributes["connection"] = connection
        command.upgrade(config, target)
        connection.commit()


def needs_upgrade(engine: Engine) -> bool:
    """True when the vault is older than this app; raises if it is newer or not a vault."""
    revision = current_revision(engine)
    if revision is None:
        raise VaultDamaged(part="schema")
    if revision not in known_revisions():
        raise VaultTooNew(revision=revision)
    return revision != head_revision()


def safety_copy(engine: Engine, folder: Path, label: str) -> Path:
    """An encrypted copy (same key) of the whole database, via VACUUM INTO."""
    folder.mkdir(exist_ok=True)
    # Microseconds: VACUUM INTO refuses an existing file, and a retry may come within a second.
    stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S-%f")
    target = folder / f"before-{label}-{stamp}.ehrdb"
    with engine.connect() as connection:
        # VACUUM cannot run inside a transaction: use the raw DB-API connection in autocommit.
        raw = connection.connection.driver_connection
        raw.execute("VACUUM INTO ?", (str(target),))
    copies = sorted(folder.glob("before-*.ehrdb"))
    for old in copies[:-KEEP_SAFETY_COPIES]:
        old.unlink(missing_ok=True)
    return target


def upgrade_with_safety_copy(engine: Engine, safety_folder: Path) -> Path | None:
    if not needs_upgrade(engine):
        return None
    copy = safety_copy(engine, safety_folder, f"upgrade-from-{current_revision(engine)}")
    try:
        upgrade(engine)
    except Exception as exc:  # the transaction rolled back whole; the vault is as before
        raise MigrationFailed(reason=type(exc).__name__, safety_copy=str(copy)) from exc
    return copy
