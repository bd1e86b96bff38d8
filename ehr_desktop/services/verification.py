"""Verifying a vault: cipher and SQLite integrity, foreign keys, schema, audit chain."""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import Enum

import sqlcipher3.dbapi2 as sqlcipher
from sqlalchemy import inspect
from sqlalchemy.exc import DBAPIError

from ehr_desktop.domain.audit_chain import ChainProblem, verify_chain
from ehr_desktop.persistence import audit, schema
from ehr_desktop.persistence.database import VaultDatabase
from ehr_desktop.persistence.models import Base
from ehr_desktop.persistence.vault_files import PAGE_SIZE


class CheckName(Enum):
    FILES = "files"
    CIPHER = "cipher"
    INTEGRITY = "integrity"
    FOREIGN_KEYS = "foreign_keys"
    SCHEMA = "schema"
    AUDIT_CHAIN = "audit_chain"


@dataclass(frozen=True)
class CheckResult:
    check: CheckName
    ok: bool
    problem: str = ""  # a stable code: "truncated", "broken", "tail_cut", …
    at: str = ""  # where, when it helps (a table, an audit entry id); never personal data
    count: int | None = None


@dataclass
class VerificationReport:
    results: list[CheckResult] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return bool(self.results) and all(r.ok for r in self.results)

    def add(self, result: CheckResult) -> None:
        self.results.append(result)


def verify_database(database: VaultDatabase) -> VerificationReport:
    report = VerificationReport()
    size = database.layout.db.stat().st_size
    report.add(
        CheckResult(
            CheckName.FILES,
            size > 0 and size % PAGE_SIZE == 0,
            "" if size % PAGE_SIZE == 0 else "truncated",
        )
    )
    with database.engine.connect() as connection:
        raw = connection.connection.driver_connection
        cipher_rows = raw.execute("PRAGMA cipher_integrity_check").fetchall()
        report.add(
            CheckResult(
                CheckName.CIPHER,
                not cipher_rows,
                "pages_damaged" if cipher_rows else "",
                count=len(cipher_rows),
            )
        )
        try:
            integrity = [row[0] for row in raw.execute("PRAGMA integrity_check").fetchall()]
        except _READ_ERRORS:
            integrity = []
        integrity_ok = integrity == ["ok"]
        report.add(
            CheckResult(CheckName.INTEGRITY, integrity_ok, "" if integrity_ok else "damaged")
        )
        for check, run in (
            (CheckName.FOREIGN_KEYS, lambda: _foreign_keys(raw)),
            (CheckName.SCHEMA, lambda: _schema(database, connection)),
            (CheckName.AUDIT_CHAIN, lambda: _audit_chain(database, connection)),
        ):
            try:
                report.add(run())
            except _READ_ERRORS:  # damaged pages: a failed check, not a crash of the check
                report.add(CheckResult(check, False, "unreadable"))
    return report


# Raised by SQLite/SQLCipher when pages are damaged (raw connection or through SQLAlchemy).
_READ_ERRORS = (sqlcipher.DatabaseError, DBAPIError)


def _foreign_keys(raw) -> CheckResult:
    fk_rows = raw.execute("PRAGMA foreign_key_check").fetchall()
    return CheckResult(
        CheckName.FOREIGN_KEYS,
        not fk_rows,
        "dangling" if fk_rows else "",
        at=",".join(sorted({str(r[0]) for r in fk_rows})),
        count=len(fk_rows),
    )


def _schema(database: VaultDatabase, connection) -> CheckResult:
    revision = schema.current_revision(database.engine)
    tables = set(inspect(connection).get_table_names())
    expected = set(Base.metadata.tables)
    if revision not in schema.known_revisions():
        return CheckResult(CheckName.SCHEMA, False, "unknown_version", at=str(revision))
    if revision != schema.head_revision():
        return CheckResult(CheckName.SCHEMA, True, "older_version", at=str(revision))
    missing = sorted(expected - tables)
    return CheckResult(
        CheckName.SCHEMA, not missing, "missing_tables" if missing else "", at=",".join(missing)
    )


def _audit_chain(database: VaultDatabase, connection) -> CheckResult:
    anchor = audit.read_anchor(database.layout.anchor)
    chain = verify_chain(database.audit.chain_key, audit.entries(connection), anchor)
    if chain.intact and anchor is None and chain.entries:
        # Every vault writes its anchor with its first entry: a missing one may hide a cut tail.
        return CheckResult(CheckName.AUDIT_CHAIN, False, "anchor_missing", count=chain.entries)
    return CheckResult(
        CheckName.AUDIT_CHAIN,
        chain.intact,
        "" if chain.problem is ChainProblem.NONE else chain.problem.value,
        at="" if chain.at_id is None else str(chain.at_id),
        count=chain.entries,
    )
