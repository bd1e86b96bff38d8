"""Verifying a vault: cipher and SQLite integrity, foreign keys, schema, audit chain."""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import Enum

from sqlalchemy import inspect

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
        integrity = [row[0] for row in raw.execute("PRAGMA integrity_check").fetchall()]
        integrity_ok = integrity == ["ok"]
        report.add(
            CheckResult(CheckName.INTEGRITY, integrity_ok, "" if integrity_ok else "damaged")
        )
        fk_rows = raw.execute("PRAGMA foreign_key_check").fetchall()
        report.add(
            CheckResult(
                CheckName.FOREIGN_KEYS,
                not fk_rows,
                "dangling" if fk_rows else "",
                at=",".join(sorted({str(r[0]) for r in fk_rows})),
                count=len(fk_rows),
            )
        )
        revision = schema.current_revision(database.engine)
        tables = set(inspect(connection).get_table_names())
        expected = set(Base.metadata.tables)
        if revision not in schema.known_revisions():
            report.add(CheckResult(CheckName.SCHEMA, False, "unknown_version", at=str(revision)))
        elif revision != schema.head_revision():
            report.add(CheckResult(CheckName.SCHEMA, True, "older_version", at=str(revision)))
        else:
            missing = sorted(expected - tables)
            report.add(
                CheckResult(
                    CheckName.SCHEMA,
                    not missing,
                    "missing_tables" if missing else "",
                    at=",".join(missing),
                )
            )
        chain = verify_chain(
            database.audit.chain_key,
            audit.entries(connection),
            audit.read_anchor(database.layout.anchor),
        )
        report.add(
            CheckResult(
                CheckName.AUDIT_CHAIN,
                chain.intact,
                "" if chain.problem is ChainProblem.NONE else chain.problem.value,
                at="" if chain.at_id is None else str(chain.at_id),
                count=chain.entries,
            )
        )
    return report
