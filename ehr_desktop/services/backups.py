"""Backups: create (snapshot, seal, read back), read the header, verify, restore and prune."""

from __future__ import annotations

import contextlib
import dataclasses
import datetime as dt
import hmac
import os
import re
import shutil
import tempfile
import threading
import time
import uuid
from collections.abc import Iterator
from dataclasses import dataclass, field
from enum import Enum
from pathlib import Path

import sqlcipher3.dbapi2 as sqlcipher

from ehr_desktop import __version__, atomic
from ehr_desktop.domain import recovery_key as recovery_keys
from ehr_desktop.domain.audit_chain import Anchor, ChainProblem, verify_chain_rows
from ehr_desktop.domain.backup_rotation import RotationPolicy, backups_to_keep
from ehr_desktop.domain.errors import (
    BackupDamaged,
    BackupTooNew,
    StorageError,
    VaultAlreadyExists,
    WeakPassphrase,
    WrongPassphrase,
    WrongRecoveryKey,
)
from ehr_desktop.domain.passphrase import assess
from ehr_desktop.exchange import backup_file, page_mac
from ehr_desktop.exchange.backup_file import SUFFIX, BackupHeader, BackupKeys
from ehr_desktop.persistence import audit, schema
from ehr_desktop.persistence import engine as engine_factory
from ehr_desktop.persistence.database import VaultDatabase, chain_key_for
from ehr_desktop.persistence.models import Base
from ehr_desktop.persistence.vault_files import DB_NAME, VaultLayout, VaultLock, check
from ehr_desktop.security import kdf, keyslots
from ehr_desktop.services.progress import Progress
from ehr_desktop.services.vaults import UnlockedVault, current_actor

RESTORED_ACTION = "restored_from_backup"
# `<vault name>-YYYYMMDD-HHMMSS.ehrbak`: the only files prune() ever deletes.
NAME_PATTERN = re.compile(r"^(?P<vault>.+)-(?P<stamp>\d{8}-\d{6})\.ehrbak$")
STAMP_FORMAT = "%Y%m%d-%H%M%S"


class BackupCheck(Enum):
    FILE = "file"  # structure, sizes, MAC (v1) or every chunk's GCM tag (v2), sealed manifest
    CIPHER = "cipher"  # every page's SQLCipher HMAC
    INTEGRITY = "integrity"
    FOREIGN_KEYS = "foreign_keys"
    SCHEMA = "schema"
    COUNTS = "counts"  # rows per table equal the manifest's
    AUDIT_TAIL = "audit_tail"  # the trail's last entry is the manifest's tail (no chain walk)
    AUDIT_CHAIN = "audit_chain"  # every entry's MAC, and ending at the manifest's tail


@dataclass(frozen=True)
class BackupCheckResult:
    check: BackupCheck
    ok: bool
    problem: str = ""  # a stable code; never personal data
    at: str = ""


@dataclass(frozen=True)
class BackupReport:
    header: BackupHeader
    counts: dict[str, int]
    results: tuple[BackupCheckResult, ...]
    audit_tail: Anchor | None = None

    @property
    def ok(self) -> bool:
        return bool(self.results) and all(r.ok for r in self.results)

    @property
    def first_problem(self) -> BackupCheckResult | None:
        return next((r for r in self.results if not r.ok), None)


@dataclass(frozen=True)
class BackupInfo:
    path: Path
    created_at: dt.datetime
    size_bytes: int
    schema_revision: str
    counts: dict[str, int] = field(default_factory=dict)


# --- names and rotation -------------------------------------------------------------------


def backup_file_name(vault_name: str, when: dt.datetime | None = None) -> str:
    """`<vault name>-YYYYMMDD-HHMMSS.ehrbak` in local time (what the officer sees in a folder)."""
    return f"{vault_name}-{(when or dt.datetime.now()).strftime(STAMP_FORMAT)}{SUFFIX}"


def named_backups(folder: Path) -> Iterator[tuple[str, dt.datetime, Path]]:
    for path in folder.iterdir():
        match = NAME_PATTERN.match(path.name)
        if match is None or not path.is_file():
            continue
        try:
            when = dt.datetime.strptime(match["stamp"], STAMP_FORMAT)
        except ValueError:  # 20261399-… matches the digits but is no date: not ours to delete
            continue
        yield match["vault"], when, path


def prune(
    folder: Path, policy: RotationPolicy | None = None, *, vault_name: str | None = None
) -> list[Path]:
    """Deletes the backups the rotation does not keep, per vault name; returns what it deleted.

    Only files named by `backup_file_name` are considered: anything else in the folder (the
    officer's own copies, other programs' files, our temp files) is never touched.
    """
    by_vault: dict[str, list[tuple[dt.datetime, Path]]] = {}
    for name, when, path in named_backups(Path(folder)):
        if vault_name is None or name == vault_name:
            by_vault.setdefault(name, []).append((when, path))
    deleted = []
    for backups in by_vault.values():
        keep = backups_to_keep(backups, policy)
        for _when, path in backups:
            if path not in keep:
                try:
                    path.unlink()
                except OSError as exc:
                    raise StorageError(path=str(path), reason=exc.strerror or str(exc)) from None
                deleted.append(path)
    return sorted(deleted)


# --- opening ------------------------------------------------------------------------------


def read_header(path: Path) -> BackupHeader:
    """What a backup says about itself without any secret: when, which app, which vault."""
    return backup_file.read_header(Path(path))


def _open_keys(
    header: BackupHeader, passphrase: str | None, recovery_key: str | None
) -> BackupKeys:
    if passphrase:
        keys = header.open_with_passphrase(passphrase)
        if keys is None:
            raise WrongPassphrase()
        return keys
    if recovery_key:
        keys = header.open_with_recovery_secret(recovery_keys.parse_key(recovery_key))
        if keys is None:
            raise WrongRecoveryKey()
        return keys
    raise WrongPassphrase()


@contextlib.contextmanager
def _payload_connection(path: Path, key: bytes) -> Iterator[sqlcipher.Connection]:
    """Read-only access to an extracted payload (no WAL switch: the file stays as written)."""
    connection = sqlcipher.connect(str(path), isolation_level=None)
    try:
        connection.execute("PRAGMA cipher_log_level = NONE")
        connection.execute(f"PRAGMA key = \"x'{key.hex()}'\"")
        connection.execute("PRAGMA query_only = ON")
        yield connection
    finally:
        connection.close()


_READ_ERRORS = (sqlcipher.DatabaseError,)


class _PayloadChecks:
    """Every check the issue asks for, on a payload file; damage is reported, not raised.

    The checks are independent full passes over the file (SQLCipher decrypts and checks each
    page's HMAC on every read), so they run on three connections in three threads: sqlcipher3
    releases the GIL while SQLite works, and the caller may stream the backup file meanwhile.
    """

    def __init__(
        self,
        path: Path,
        header: BackupHeader,
        keys: BackupKeys,
        manifest: dict,
        *,
        pages_checked: BackupCheckResult | None = None,
        chain: bool = True,
        thorough: bool = True,
    ) -> None:
        """Version 1 payloads (keyed with the payload key) get every check. Version 2 payloads
        are the vault's own pages (data key) whose HMACs were checked already (`pages_checked`):
        schema and counts, the audit chain unless `chain=False`, and SQLite's b-tree and
        foreign-key checks only when `thorough`."""
        self._path, self._header, self._keys, self._manifest = path, header, keys, manifest
        self.counts: dict[str, int] = {}
        self._pages_checked = pages_checked
        if pages_checked is None:
            self._key = header.payload_key(keys)
            groups = [self._pages_and_structure, self._btrees, self._chain]
        else:
            self._key = keys.data_key
            groups = [self._structure if chain else self._structure_and_tail]
            if chain:
                groups.append(self._chain)
            if thorough:
                groups.append(self._btrees_and_foreign_keys)
        self._groups = tuple(groups)
        self._results: list[list[BackupCheckResult]] = [[] for _ in self._groups]
        self._errors: list[BaseException] = []
        self._lock = threading.Lock()
        self._connections: list[sqlcipher.Connection] = []
        self._cancelled = False
        self._threads = [
            threading.Thread(target=self._run, args=(i,), name=f"backup-check-{i}", daemon=True)
            for i in range(len(self._groups))
        ]

    def start(self) -> _PayloadChecks:
        for thread in self._threads:
            thread.start()
        return self

    def cancel(self) -> None:
        with self._lock:
            self._cancelled = True
            for connection in self._connections:
                connection.interrupt()
        self.join()

    def join(self) -> None:
        for thread in self._threads:
            thread.join()

    def results(self) -> tuple[dict[str, int], list[BackupCheckResult]]:
        self.join()
        if self._errors:
            raise self._errors[0]
        ordered = [BackupCheckResult(BackupCheck.FILE, True)]
        if self._pages_checked is not None:
            ordered.append(self._pages_checked)
        for group in self._results:
            ordered.extend(group)
        order = list(BackupCheck)
        ordered.sort(key=lambda r: order.index(r.check))
        return self.counts, ordered

    def _run(self, index: int) -> None:
        try:
            with _payload_connection(self._path, self._key) as connection:
                with self._lock:
                    if self._cancelled:
                        return
                    self._connections.append(connection)
                try:
                    self._groups[index](connection, self._results[index])
                finally:
                    with self._lock:
                        self._connections.remove(connection)
        except BaseException as exc:  # handed to the caller by results()
            self._errors.append(exc)

    @staticmethod
    def _each(connection, out: list[BackupCheckResult], checks) -> None:
        for name, run in checks:
            try:
                out.append(run())
            except _READ_ERRORS:
                out.append(BackupCheckResult(name, False, "unreadable"))

    def _pages_and_structure(self, connection, out: list[BackupCheckResult]) -> None:
        try:
            damaged_pages = connection.execute("PRAGMA cipher_integrity_check").fetchall()
        except _READ_ERRORS:
            damaged_pages = [("unreadable",)]
        out.append(
            BackupCheckResult(
                BackupCheck.CIPHER, not damaged_pages, "pages_damaged" * bool(damaged_pages)
            )
        )
        self._each(
            connection,
            out,
            (
                (BackupCheck.FOREIGN_KEYS, lambda: _foreign_keys(connection)),
                (BackupCheck.SCHEMA, lambda: _schema(connection)),
                (BackupCheck.COUNTS, lambda: _counts(connection, self._manifest, self.counts)),
            ),
        )

    def _structure(self, connection, out: list[BackupCheckResult]) -> None:
        self._each(
            connection,
            out,
            (
                (BackupCheck.SCHEMA, lambda: _schema(connection)),
                (BackupCheck.COUNTS, lambda: _counts(connection, self._manifest, self.counts)),
            ),
        )

    def _structure_and_tail(self, connection, out: list[BackupCheckResult]) -> None:
        self._structure(connection, out)
        tail = (BackupCheck.AUDIT_TAIL, lambda: _audit_tail(connection, self._manifest))
        self._each(connection, out, (tail,))

    def _btrees(self, connection, out: list[BackupCheckResult]) -> None:
        self._each(connection, out, ((BackupCheck.INTEGRITY, lambda: _integrity(connection)),))

    def _btrees_and_foreign_keys(self, connection, out: list[BackupCheckResult]) -> None:
        self._each(
            connection,
            out,
            (
                (BackupCheck.INTEGRITY, lambda: _integrity(connection)),
                (BackupCheck.FOREIGN_KEYS, lambda: _foreign_keys(connection)),
            ),
        )

    def _chain(self, connection, out: list[BackupCheckResult]) -> None:
        check = (
            BackupCheck.AUDIT_CHAIN,
            lambda: _audit_chain(connection, self._header, self._keys, self._manifest),
        )
        self._each(connection, out, (check,))


def _check_payload(
    path: Path, header: BackupHeader, keys: BackupKeys, manifest: dict, **options
) -> tuple[dict[str, int], list[BackupCheckResult]]:
    """Every check the issue asks for, on the extracted payload; damage is reported, not raised."""
    checks = _PayloadChecks(path, header, keys, manifest, **options).start()
    try:
        return checks.results()
    except BaseException:
        checks.cancel()
        raise


def _integrity(connection: sqlcipher.Connection) -> BackupCheckResult:
    rows = [row[0] for row in connection.execute("PRAGMA integrity_check").fetchall()]
    return BackupCheckResult(
        BackupCheck.INTEGRITY, rows == ["ok"], "" if rows == ["ok"] else "damaged"
    )


def _foreign_keys(connection: sqlcipher.Connection) -> BackupCheckResult:
    rows = connection.execute("PRAGMA foreign_key_check").fetchall()
    tables = ",".join(sorted({str(r[0]) for r in rows}))
    return BackupCheckResult(BackupCheck.FOREIGN_KEYS, not rows, "dangling" * bool(rows), tables)


def _schema(connection: sqlcipher.Connection) -> BackupCheckResult:
    tables = set(backup_file.user_tables(connection))
    if "alembic_version" not in tables:
        return BackupCheckResult(BackupCheck.SCHEMA, False, "missing_version")
    row = connection.execute("SELECT version_num FROM alembic_version").fetchone()
    revision = None if row is None else row[0]
    if revision not in schema.known_revisions():
        return BackupCheckResult(BackupCheck.SCHEMA, False, "unknown_version", str(revision))
    if revision != schema.head_revision():
        return BackupCheckResult(BackupCheck.SCHEMA, True, "older_version", str(revision))
    missing = sorted(set(Base.metadata.tables) - tables)
    return BackupCheckResult(
        BackupCheck.SCHEMA, not missing, "missing_tables" * bool(missing), ",".join(missing)
    )


def _counts(
    connection: sqlcipher.Connection, manifest: dict, counts: dict[str, int]
) -> BackupCheckResult:
    counts.update(backup_file.row_counts(connection))
    expected = manifest.get("counts")
    differing = sorted(
        name
        for name in set(counts) | set(expected or {})
        if (expected or {}).get(name) != counts.get(name)
    )
    ok = isinstance(expected, dict) and not differing
    return BackupCheckResult(BackupCheck.COUNTS, ok, "" if ok else "differ", ",".join(differing))


def _audit_tail(connection: sqlcipher.Connection, manifest: dict) -> BackupCheckResult:
    """The trail ends exactly at the manifest's tail: the last entry's id and MAC, and as many
    entries as that id says (with the counts check, a trail cut short or lengthened shows).
    Not a walk of the chain: that is `_audit_chain`, in restore and `verify --thorough`."""
    anchor = _anchor_of(manifest)
    last = backup_file.audit_tail(connection)
    entries = connection.execute("SELECT count(*) FROM audit_log").fetchone()[0]
    if anchor is None:
        ok = last is None
    else:
        ok = (
            last is not None
            and last["last_id"] == anchor.last_id == entries
            and hmac.compare_digest(str(last["last_mac"]), anchor.last_mac)
        )
    return BackupCheckResult(
        BackupCheck.AUDIT_TAIL, ok, "" if ok else ChainProblem.ANCHOR_MISMATCH.value
    )


def _audit_chain(
    connection: sqlcipher.Connection, header: BackupHeader, keys: BackupKeys, manifest: dict
) -> BackupCheckResult:
    anchor = _anchor_of(manifest)
    rows = connection.execute(
        "SELECT id, occurred_at, actor, action, entity, entity_id, detail, mac "
        "FROM audit_log ORDER BY id"
    )
    chain = verify_chain_rows(chain_key_for(keys.data_key, header.vault_id), rows, anchor)
    # The tail must be the LAST entry too: the snapshot holds exactly what the manifest says.
    if chain.intact and (anchor.last_id if anchor else 0) != chain.entries:
        return BackupCheckResult(BackupCheck.AUDIT_CHAIN, False, ChainProblem.ANCHOR_MISMATCH.value)
    return BackupCheckResult(
        BackupCheck.AUDIT_CHAIN,
        chain.intact,
        "" if chain.intact else chain.problem.value,
        "" if chain.at_id is None else str(chain.at_id),
    )


def _extract_and_check(
    path: Path,
    header: BackupHeader,
    keys: BackupKeys,
    destination: Path,
    progress: backup_file.ProgressCallback | None = None,
    *,
    durable: bool = True,
    chain: bool = True,
    thorough: bool = False,
    pages_checked: bool = False,
) -> BackupReport:
    """Extracts the payload to `destination` (an encrypted SQLCipher file) and checks it.

    Version 1: MAC over every byte, then SQLCipher's and SQLite's checks on the re-keyed copy.
    Version 2: every chunk's GCM tag and the sizes while every page's SQLCipher HMAC is checked
    on the way (threads), then schema, counts and (unless `chain=False`) the audit chain on the
    extracted pages; SQLite's integrity and foreign-key checks only when `thorough`.
    `pages_checked`: the page HMACs were checked on the very bytes that were sealed (a backup's
    read-back, where the tags prove the file holds those bytes), so they are not checked again.
    """
    if header.format_version == 1:
        manifest = backup_file.extract(path, header, keys, destination, progress, durable=durable)
        counts, results = _check_payload(destination, header, keys, manifest)
        return BackupReport(header, counts, tuple(results), _anchor_of(manifest))
    # Every page's SQLCipher HMAC: for a large payload by two spawned processes reading the
    # extracted copy while SQLite checks it (threads here would fight over the GIL with the
    # extraction and take twice the CPU), for a small one by threads on the way.
    in_processes = not pages_checked and path.stat().st_size >= PROCESS_CHECK_BYTES
    pages = None if pages_checked or in_processes else backup_file.PageMacCheck(keys.data_key)
    try:
        fd = os.open(destination, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
        with os.fdopen(fd, "wb") as out:

            def sink(chunk: bytes, first_page: int) -> None:
                out.write(chunk)
                if pages is not None:
                    pages(chunk, first_page)

            manifest = backup_file.read_pages(path, header, keys, sink, progress)
            bad = [] if pages is None else pages.finish()
            out.flush()
            if durable:
                os.fsync(out.fileno())
    except BaseException:
        if pages is not None:
            pages.cancel()
        with contextlib.suppress(OSError):
            destination.unlink()
        raise
    file_ok = BackupCheckResult(BackupCheck.FILE, True)
    cipher = BackupCheckResult(BackupCheck.CIPHER, True)
    file_check = None
    try:
        if in_processes:
            page_count = int(manifest["page_count"])  # read_pages checked it against the sizes
            file_check = page_mac.FileCheck(destination, keys.data_key, page_count)
        if not bad:
            counts, results = _check_payload(
                destination,
                header,
                keys,
                manifest,
                pages_checked=cipher,
                chain=chain,
                thorough=thorough,
            )
        if file_check is not None:
            bad = file_check.finish()
    finally:
        if file_check is not None:
            file_check.cancel()
        for suffix in ("-wal", "-shm"):  # the pages say WAL mode: reading may leave these
            with contextlib.suppress(OSError):
                Path(f"{destination}{suffix}").unlink()
    if bad:  # SQLite's checks would only report the same pages again, as unreadable
        cipher = BackupCheckResult(BackupCheck.CIPHER, False, "pages_damaged", str(bad[0]))
        return BackupReport(header, {}, (file_ok, cipher), _anchor_of(manifest))
    return BackupReport(header, counts, tuple(results), _anchor_of(manifest))


def _anchor_of(manifest: dict) -> Anchor | None:
    tail = manifest.get("audit_tail")
    return None if tail is None else Anchor(int(tail["last_id"]), str(tail["last_mac"]))


def verify_backup(
    path: Path,
    passphrase: str | None = None,
    recovery_key: str | None = None,
    *,
    progress: Progress | None = None,
    thorough: bool = False,
) -> BackupReport:
    """Reads the whole backup and checks it; nothing is written but a temp copy of the payload
    (encrypted) in the system's temp folder, removed afterwards.

    A version 2 backup: every chunk's tag, the sizes and the sealed manifest (so every byte is
    as the backup wrote it), every page's SQLCipher HMAC, schema, counts, and the audit trail's
    last entry equal to the manifest's tail. `thorough` adds what restore also does, walking
    the whole audit chain (every entry's MAC: seconds per million entries), and SQLite's
    b-tree integrity and foreign-key checks. Version 1 backups always get every check.

    Raises NotABackup, BackupTooNew, BackupDamaged or a wrong-secret error when the file
    cannot be opened at all; otherwise the report says which checks passed.
    """
    path = Path(path)
    header = read_header(path)
    keys = _open_keys(header, passphrase, recovery_key)
    step = (progress or Progress()).step
    with tempfile.TemporaryDirectory(prefix="ehr-verify-") as scratch:
        # A scratch copy, deleted right after: no fsync needed.
        return _extract_and_check(
            path,
            header,
            keys,
            Path(scratch) / "payload.ehrdb",
            step,
            durable=False,
            chain=thorough,
            thorough=thorough,
        )


# --- creating -----------------------------------------------------------------------------


_LEFTOVER_AGE_SECONDS = 6 * 3600  # older than any backup still being written


def remove_leftovers(folder: Path) -> int:
    """Deletes what a backup killed midway left behind (its temp files in the backup folder,
    its encrypted scratch folders in the system temp folder); returns how many. Only old ones:
    another backup may be writing right now."""
    removed = 0
    cutoff = time.time() - _LEFTOVER_AGE_SECONDS
    candidates = [
        *Path(folder).glob(f".*{SUFFIX}.*.tmp"),
        *Path(tempfile.gettempdir()).glob("ehr-backup-check-*"),
    ]
    for path in candidates:
        try:
            if path.stat().st_mtime > cutoff:
                continue
            if path.is_dir():
                shutil.rmtree(path)
            else:
                path.unlink()
            removed += 1
        except OSError:
            continue  # not ours to fight over: the next backup tries again
    return removed


def _temp_path(folder: Path, name: str, purpose: str) -> Path:
    fd, temp_name = tempfile.mkstemp(prefix=f".{name}.", suffix=f".{purpose}.tmp", dir=folder)
    os.close(fd)
    return Path(temp_name)


def _check_new_passphrase(vault: UnlockedVault, passphrase: str | None, separate: bool) -> None:
    if passphrase is None:
        if separate:
            raise ValueError("separate_passphrase needs a passphrase")
        return  # no passphrase slot: the copied vault slots and the recovery key open it
    if separate:
        report = assess(passphrase)
        if not report.acceptable:
            raise WeakPassphrase(strength=int(report.strength))
        return
    # The default backup passphrase is the vault's: prove it is the current one, so a typo can
    # never seal a backup nobody can open.
    current = keyslots.load(vault.layout.folder)
    if current.open_with_passphrase(passphrase) != vault.database.data_key:
        raise WrongPassphrase()


# From this size on, the page HMACs at backup time are checked by two spawned processes.
PROCESS_CHECK_BYTES = 64 * 1024 * 1024
PIN_ATTEMPTS = 40  # × ≈ 50 ms: how long a backup waits for a moment without WAL readers
# The audit chain is walked by restore and `verify --thorough`, not at backup time nor by the
# default verify: a million entries take seconds of Python each (bench/README.md).


def _size_or_zero(path: Path) -> int:
    try:
        return path.stat().st_size
    except FileNotFoundError:
        return 0


def _pin(db_path: Path, data_key: bytes, attempts: int = PIN_ATTEMPTS):
    """A connection in a read transaction that holds the vault's main file still, or None.

    The WAL is checkpointed and truncated first; the read transaction counts only if the WAL
    was still empty once it had begun (its snapshot then reads the main file alone, and no
    checkpoint may write into the main file until it ends). Other connections keep writing, into
    the WAL. Retried briefly while another reader or writer is in the way.
    """
    connection = engine_factory.raw_connection(db_path, data_key)
    wal = db_path.with_name(db_path.name + "-wal")
    try:
        connection.execute("PRAGMA busy_timeout = 100")
        for _attempt in range(attempts):
            try:
                busy = connection.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()[0]
            except sqlcipher.OperationalError:
                busy = 1
            connection.execute("BEGIN")
            connection.execute("SELECT count(*) FROM sqlite_schema").fetchone()
            if busy == 0 and _size_or_zero(wal) == 0:
                return connection
            connection.execute("ROLLBACK")
            time.sleep(0.05)
    except BaseException:
        connection.close()
        raise
    connection.close()
    return None


def _manifest_of(connection: sqlcipher.Connection, header: BackupHeader) -> dict:
    return {
        "backup_id": header.backup_id,
        "vault_id": header.vault_id,
        "schema_revision": header.schema_revision,
        "counts": backup_file.row_counts(connection),
        "audit_tail": backup_file.audit_tail(connection),
    }


def create_backup(
    vault: UnlockedVault,
    target: Path,
    *,
    passphrase: str | None = None,
    separate_passphrase: bool = False,
    progress: Progress | None = None,
    kdf_params: kdf.Argon2Params | None = None,
    format_version: int = backup_file.FORMAT_VERSION,
) -> BackupInfo:
    """Writes a verified backup of the open vault to `target` while the vault stays in use.

    `passphrase`: the vault's current passphrase (checked), or with `separate_passphrase` a new
    one; either way it gets its own Argon2id slot. `None` (automatic backups, where the app
    does not know the passphrase) writes no passphrase slot: the backup then opens with the
    vault passphrase as it was at backup time, or with the recovery key.

    Version 2 (the default) carries the vault file's own pages, read under a pinned read
    transaction; when no pin can be had (or with `format_version=1`) a version 1 backup is
    written from a `sqlcipher_export` snapshot instead.

    The file appears under its name only after it was written, flushed and read back in full;
    on any failure (or Cancelled) no file that looks like a backup remains.
    """
    progress = progress or Progress()
    target = Path(target)
    folder = target.parent
    if not folder.is_dir():
        raise StorageError(path=str(folder), reason="missing")
    if format_version not in (1, 2):
        raise ValueError("format_version must be 1 or 2")
    _check_new_passphrase(vault, passphrase, separate_passphrase)
    remove_leftovers(folder)
    database = vault.database
    kdf_params = None if passphrase is None else (kdf_params or kdf.calibrate())
    header, keys = backup_file.new_header(
        data_key=database.data_key,
        vault_slots=keyslots.load(vault.layout.folder),
        passphrase=passphrase,
        kdf_params=kdf_params,
        schema_revision=schema.current_revision(database.engine) or "",
        app_version=__version__,
    )
    pinned = None if format_version == 1 else _pin(vault.layout.db, database.data_key)
    if pinned is None:  # the same slots (bound to the backup id, not the version)
        header = dataclasses.replace(header, format_version=1, raw=b"")
        header = dataclasses.replace(header, raw=header.to_bytes())
    temp_files: list[Path] = []
    try:
        if pinned is None:
            report = _write_v1(vault, folder, target, header, keys, progress, temp_files)
        else:
            report = _write_v2(vault, pinned, folder, target, header, keys, progress, temp_files)
        problem = report.first_problem
        if problem is not None:
            raise BackupDamaged(path=str(target), part=f"readback_{problem.check.value}")
        os.replace(temp_files[-1], target)
        atomic.fsync_directory(folder)
    except OSError as exc:
        raise StorageError(path=str(target), reason=exc.strerror or str(exc)) from None
    finally:
        for temp in temp_files:
            with contextlib.suppress(OSError):
                temp.unlink()
    return BackupInfo(
        path=target,
        created_at=header.created,
        size_bytes=target.stat().st_size,
        schema_revision=header.schema_revision,
        counts=report.counts,
    )


def _write_v2(
    vault: UnlockedVault,
    pinned: sqlcipher.Connection,
    folder: Path,
    target: Path,
    header: BackupHeader,
    keys: BackupKeys,
    progress: Progress,
    temp_files: list[Path],
) -> BackupReport:
    """The pinned snapshot's pages sealed into a temp file (the last of `temp_files`), read
    back from the disk and checked; returns the report.

    While the pages are sealed, every page's SQLCipher HMAC is checked (threads on the bytes
    being sealed for a small vault, processes reading the pinned file for a large one) and the
    manifest (counts, audit tail) and the schema are read on the pinned connection: the same
    snapshot, since the pin holds the main file's pages still and nothing reads the WAL. The
    read-back then proves, tag by tag, that the file holds exactly the bytes that were read.
    """
    written, bad, schema_result = _seal_pinned(
        vault, pinned, folder, target, header, keys, progress, temp_files
    )
    if bad:
        cipher = BackupCheckResult(BackupCheck.CIPHER, False, "pages_damaged", str(bad[0]))
        return BackupReport(header, {}, (cipher,))
    results = (
        BackupCheckResult(BackupCheck.FILE, True),
        BackupCheckResult(BackupCheck.CIPHER, True),
        schema_result,
        # Counted on the pinned snapshot, whose bytes the read-back just found in the file.
        BackupCheckResult(BackupCheck.COUNTS, isinstance(written.get("counts"), dict)),
    )
    return BackupReport(header, dict(written["counts"]), results, _anchor_of(written))


def _seal_pinned(
    vault: UnlockedVault,
    pinned: sqlcipher.Connection,
    folder: Path,
    target: Path,
    header: BackupHeader,
    keys: BackupKeys,
    progress: Progress,
    temp_files: list[Path],
) -> tuple[dict, list[int], BackupCheckResult]:
    """Seals the pinned pages into a new temp file (appended to `temp_files`), reads the file
    back from the disk, releases the pin. Returns the manifest as written, the pages whose HMAC
    fails and the schema check; raises BackupDamaged if the read-back finds anything amiss."""
    box: dict = {}

    def count() -> None:  # on the pinned connection: the manifest describes the same snapshot
        try:
            box["manifest"] = _manifest_of(pinned, header)
            box["schema"] = _schema(pinned)
        except BaseException as exc:  # handed over below
            box["error"] = exc

    counter = threading.Thread(target=count, name="backup-manifest", daemon=True)
    # Every page's SQLCipher HMAC: on the bytes as they are sealed (threads), or for a large
    # vault by two spawned processes reading the same pinned file, so both CPUs hash while
    # this process seals.
    pages: backup_file.PageMacCheck | page_mac.FileCheck | None = None
    try:
        page_size = int(pinned.execute("PRAGMA page_size").fetchone()[0])
        page_count = int(pinned.execute("PRAGMA page_count").fetchone()[0])
        if page_size != engine_factory.PAGE_SIZE:
            raise StorageError(path=str(vault.layout.db), reason="unexpected page size")
        payload_size = page_size * page_count
        total = 2 * payload_size  # write, then read back
        if payload_size >= PROCESS_CHECK_BYTES:
            pages = page_mac.FileCheck(vault.layout.db, keys.data_key, page_count)
        counter.start()
        in_loop = backup_file.PageMacCheck(keys.data_key) if pages is None else None
        pages = pages or in_loop

        def manifest() -> dict:
            counter.join()
            if "error" in box:
                raise box["error"]
            return box["manifest"]

        sealed_path = _temp_path(folder, target.name, "writing")
        temp_files.append(sealed_path)
        with vault.layout.db.open("rb") as source, sealed_path.open("wb") as handle:
            writeback = atomic.EarlyWriteback(handle)

            def sealed(done: int, _total: int) -> None:
                writeback.advance(done)
                progress.step(done, total)

            try:
                backup_file.write_pages(
                    handle, header, keys, source, payload_size, manifest, sealed, in_loop
                )
                writeback.finish()
            finally:
                writeback.wait()
        # Read back what is on disk: every tag, the sizes, the sealed manifest (while the page
        # check processes may still be hashing).
        read_back = backup_file.read_pages(
            sealed_path,
            read_header(sealed_path),
            keys,
            None,
            lambda done, _t: progress.step(payload_size + done, total),
        )
        bad = pages.finish()  # before the pin ends: the processes read the pinned file
    finally:
        if pages is not None:
            pages.cancel()
        if counter.is_alive():
            pinned.interrupt()
            counter.join()
        with contextlib.suppress(sqlcipher.Error):
            pinned.execute("ROLLBACK")
        pinned.close()
    written = {
        **box["manifest"],
        "payload_bytes": payload_size,
        "page_size": page_size,
        "page_count": page_count,
    }
    if read_back != written:
        raise BackupDamaged(path=str(target), part="readback_manifest")
    return written, bad, box["schema"]


def _write_v1(
    vault: UnlockedVault,
    folder: Path,
    target: Path,
    header: BackupHeader,
    keys: BackupKeys,
    progress: Progress,
    temp_files: list[Path],
) -> BackupReport:
    """A `sqlcipher_export` snapshot re-keyed for the backup, sealed into a temp file (the last
    of `temp_files`) and read back; returns the report of the checks on the snapshot."""
    database = vault.database
    checks: _PayloadChecks | None = None
    try:
        snapshot_path = _temp_path(folder, target.name, "snapshot")
        temp_files.append(snapshot_path)
        source = engine_factory.raw_connection(vault.layout.db, database.data_key)
        try:
            backup_file.snapshot(source, snapshot_path, header.payload_key(keys))
        finally:
            source.close()
        with _payload_connection(snapshot_path, header.payload_key(keys)) as snapshot:
            manifest = _manifest_of(snapshot, header)
        payload_size = snapshot_path.stat().st_size
        total = 2 * payload_size  # write, then read back

        # The snapshot is checked (in background threads) while it is sealed into the file;
        # the read-back below proves the file's payload is that snapshot byte for byte.
        checks = _PayloadChecks(snapshot_path, header, keys, manifest).start()
        sealed_path = _temp_path(folder, target.name, "writing")
        temp_files.append(sealed_path)
        with sealed_path.open("wb") as handle:
            backup_file.write(
                handle,
                header,
                keys,
                snapshot_path,
                manifest,
                lambda done, _t: progress.step(done, total),
            )
            handle.flush()
            os.fsync(handle.fileno())

        # Read back what is on disk: structure, sizes, MAC over every byte, sealed manifest,
        # payload hash, and the payload equal to the checked snapshot.
        backup_file.extract(
            sealed_path,
            read_header(sealed_path),
            keys,
            None,
            lambda done, _t: progress.step(payload_size + done, total),
            same_as=snapshot_path,
        )
        counts, results = checks.results()
        checks = None
        return BackupReport(header, counts, tuple(results), _anchor_of(manifest))
    finally:
        if checks is not None:
            checks.cancel()


# --- restoring ----------------------------------------------------------------------------


def _ensure_closed(layout: VaultLayout) -> None:
    lock = VaultLock(layout.lock)
    lock.acquire()  # raises VaultInUse while any program has the vault open
    lock.release()


def restore_backup(
    path: Path,
    to: Path,
    *,
    passphrase: str | None = None,
    recovery_key: str | None = None,
    replace: bool = False,
    progress: Progress | None = None,
    actor: str | None = None,
) -> Path:
    """Restores into a new vault folder `to`, or over the closed vault `to` when `replace`.

    The restored vault has the backed-up data key and slots: it opens with the vault passphrase
    that was current at backup time, or the recovery key. Everything is built in a staging
    folder and checked first; replacing keeps the old vault as `<name>.before-restore-<stamp>`.
    """
    path, to = Path(path), Path(to)
    header = read_header(path)
    keys = _open_keys(header, passphrase, recovery_key)
    if header.schema_revision not in schema.known_revisions():
        raise BackupTooNew(path=str(path))
    if replace:
        to = check(to).folder
        _ensure_closed(VaultLayout(to))
    elif to.exists() and (not to.is_dir() or any(to.iterdir())):
        raise VaultAlreadyExists(path=str(to))

    step = (progress or Progress()).step
    staging = to.with_name(f".{to.name}.restoring-{uuid.uuid4().hex[:8]}")
    try:
        staging.mkdir(parents=True)
    except OSError as exc:
        raise StorageError(path=str(to), reason=exc.strerror or str(exc)) from None
    try:
        layout = VaultLayout(staging)
        extracted = staging / f"{DB_NAME}.restoring"
        report = _extract_and_check(path, header, keys, extracted, step)
        problem = report.first_problem
        if problem is not None:
            raise BackupDamaged(path=str(path), part=problem.check.value)
        if header.format_version == 1:  # version 2 pages are under the data key already
            backup_file.rekey(extracted, header.payload_key(keys), keys.data_key)
        if os.name == "posix":
            extracted.chmod(0o600)
        os.replace(extracted, layout.db)
        slots = header.vault_slots
        keyslots.save(staging, keyslots.SlotFile(slots.vault_id, slots.created_at, 0, slots.slots))
        if report.audit_tail is not None:  # the check above proved it is the snapshot's last entry
            audit.write_anchor(layout.anchor, report.audit_tail)
        # Opening migrates an older schema (after its own safety copy) and appends to the chain.
        database = VaultDatabase(layout, header.vault_id, keys.data_key, actor or current_actor())
        try:
            restored = UnlockedVault(layout, keyslots.load(staging), database)
            restored.record_security_event(
                RESTORED_ACTION,
                backup_id=header.backup_id,
                backup_created_at=header.created_at,
                backup_app_version=header.app_version,
            )
        finally:
            database.close()
        _move_into_place(staging, to, replace)
    except OSError as exc:
        shutil.rmtree(staging, ignore_errors=True)
        raise StorageError(path=str(to), reason=exc.strerror or str(exc)) from None
    except BaseException:
        shutil.rmtree(staging, ignore_errors=True)
        raise
    return to


def _move_into_place(staging: Path, to: Path, replace: bool) -> None:
    if not replace:
        if to.exists():
            to.rmdir()  # an empty folder the officer picked
        os.replace(staging, to)
        atomic.fsync_directory(to.parent)
        return
    stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S-%f")
    safety = to.with_name(f"{to.name}.before-restore-{stamp}")
    os.replace(to, safety)
    try:
        os.replace(staging, to)
    except BaseException:
        os.replace(safety, to)  # the live vault goes back exactly as it was
        raise
    atomic.fsync_directory(to.parent)
