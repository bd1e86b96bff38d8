"""One engine factory for SQLCipher vaults: raw 256-bit key, strict pragmas, transactional DDL."""

from __future__ import annotations

from pathlib import Path

import sqlcipher3.dbapi2 as sqlcipher
from sqlalchemy import Engine, create_engine, event
from sqlalchemy.pool import QueuePool

PAGE_SIZE = 4096
BEGIN_OPTION = "ehr_begin"


def _null(value: None) -> None:
    return value


# For each None it binds, the driver looks for an adapter and fails (about 1 µs a value, ten
# times an int's cost); registered, a NULL is one dictionary hit. A roster import binds
# millions of them: at 100,000 employees this saves about 2 seconds.
sqlcipher.register_adapter(type(None), _null)


def _keyed_connection(db_path: Path, data_key: bytes) -> sqlcipher.Connection:
    connection = sqlcipher.connect(str(db_path), check_same_thread=False, isolation_level=None)
    try:
        # Before the key: SQLCipher must not print HMAC failures (page numbers, paths) to stderr.
        connection.execute("PRAGMA cipher_log_level = NONE")
        # A raw key skips SQLCipher's own PBKDF2: our key slots already did the slow part.
        connection.execute(f"PRAGMA key = \"x'{data_key.hex()}'\"")
        # A wrong key is only noticed at the first read.
        connection.execute("SELECT count(*) FROM sqlite_schema").fetchone()
        connection.execute("PRAGMA foreign_keys = ON")
        connection.execute("PRAGMA journal_mode = WAL").fetchone()
        connection.execute("PRAGMA synchronous = FULL")
        connection.execute("PRAGMA temp_store = MEMORY")
        connection.execute("PRAGMA busy_timeout = 10000")
    except Exception:
        connection.close()
        raise
    return connection


def create_vault_engine(db_path: Path, data_key: bytes) -> Engine:
    engine = create_engine(
        "sqlite://",
        module=sqlcipher,
        creator=lambda: _keyed_connection(db_path, data_key),
        poolclass=QueuePool,
        pool_size=4,
        max_overflow=4,
        hide_parameters=True,  # statement parameters are personal data: keep them out of errors
    )

    @event.listens_for(engine, "begin")
    def _begin(connection) -> None:  # SQLAlchemy's recipe: our own BEGIN so DDL rolls back too
        connection.exec_driver_sql(connection.get_execution_options().get(BEGIN_OPTION, "BEGIN"))

    return engine


def writer(engine: Engine) -> Engine:
    """The same engine, but transactions take the write lock at once (no upgrade deadlocks)."""
    return engine.execution_options(**{BEGIN_OPTION: "BEGIN IMMEDIATE"})


def probe(db_path: Path, data_key: bytes) -> None:
    """Opens, keys and reads once; raises sqlcipher.DatabaseError if the key or file is wrong."""
    _keyed_connection(db_path, data_key).close()


def raw_connection(db_path: Path, data_key: bytes) -> sqlcipher.Connection:
    """A keyed DB-API connection outside any pool, for integrity checks and copies."""
    return _keyed_connection(db_path, data_key)
