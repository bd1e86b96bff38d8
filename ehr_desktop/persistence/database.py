"""An unlocked vault's database: engine, units of work and the audit recorder; closed on lock."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

import sqlcipher3.dbapi2 as sqlcipher
from sqlalchemy import Engine
from sqlalchemy.orm import Session, sessionmaker

from ehr_desktop.domain.errors import VaultDamaged, VaultLocked
from ehr_desktop.persistence import engine as engine_factory
from ehr_desktop.persistence import schema
from ehr_desktop.persistence.audit import AuditRecorder
from ehr_desktop.persistence.vault_files import VaultLayout, VaultLock
from ehr_desktop.security import kdf


def chain_key_for(data_key: bytes, vault_id: str) -> bytes:
    return kdf.expand(data_key, vault_id.encode(), "ehr-desktop:audit-chain")


class VaultDatabase:
    def __init__(
        self,
        layout: VaultLayout,
        vault_id: str,
        data_key: bytes,
        actor: str,
        *,
        migrate: bool = True,
    ) -> None:
        self.layout = layout
        self.vault_id = vault_id
        self._lock = VaultLock(layout.lock)
        self._lock.acquire()
        self._engine: Engine | None = None
        try:
            try:
                engine_factory.probe(layout.db, data_key)
            except sqlcipher.DatabaseError:
                # The key came out of an authenticated slot, so it is right: the file is not.
                raise VaultDamaged(path=str(layout.folder), part="database") from None
            self._engine = engine_factory.create_vault_engine(layout.db, data_key)
            self.upgraded_from_copy = (
                schema.upgrade_with_safety_copy(self._engine, layout.safety_dir)
                if migrate
                else None
            )
        except BaseException:
            if self._engine is not None:  # no pooled connection may outlive a failed open
                self._engine.dispose()
                self._engine = None
            self._lock.release()
            raise
        self.audit = AuditRecorder(chain_key_for(data_key, vault_id), actor, layout.anchor)
        self._data_key: bytes | None = data_key
        self._writer = sessionmaker(
            bind=engine_factory.writer(self._engine), expire_on_commit=False
        )
        self._reader = sessionmaker(bind=self._engine, expire_on_commit=False)
        self.audit.install(self._writer)

    @classmethod
    def create(
        cls, layout: VaultLayout, vault_id: str, data_key: bytes, actor: str
    ) -> VaultDatabase:
        """Creates the database file and brings it to the newest schema."""
        # Owner-only from the start; SQLite gives the -wal and -shm files the same mode.
        layout.db.touch(mode=0o600, exist_ok=True)
        engine = engine_factory.create_vault_engine(layout.db, data_key)
        try:
            schema.upgrade(engine)
        finally:
            engine.dispose()
        return cls(layout, vault_id, data_key, actor)

    @property
    def is_open(self) -> bool:
        return self._engine is not None

    @property
    def engine(self) -> Engine:
        if self._engine is None:
            raise VaultLocked()
        return self._engine

    @property
    def data_key(self) -> bytes:
        if self._data_key is None:
            raise VaultLocked()
        return self._data_key

    @contextmanager
    def unit_of_work(self) -> Iterator[Session]:
        """One user action: commits once at the end, or rolls back everything."""
        if self._engine is None:
            raise VaultLocked()
        with self._writer() as session, session.begin():
            yield session

    @contextmanager
    def reading(self) -> Iterator[Session]:
        if self._engine is None:
            raise VaultLocked()
        with self._reader() as session:
            yield session

    def close(self) -> None:
        if self._engine is not None:
            self._engine.dispose()
            self._engine = None
        self._data_key = None
        self.audit.forget_key()
        self._lock.release()
