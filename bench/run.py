"""EHR Desktop benchmarks: one runner, one fresh child process per scenario run.

    python bench/run.py                  # every scenario, 3 runs each
    python bench/run.py --quick          # every scenario, 1 run each
    python bench/run.py --only unlock-db-open --repeat 5

Each run happens in a new interpreter (a subprocess of this one), so the peak RSS reported is
that scenario's own. Everything a scenario does before `ctx.timer()` is setup and not timed;
shared, expensive inputs (a demo vault with 10,000 employees) are fixtures, built once per
invocation in their own child process and reused read-only by the scenarios that name them.

The parent process deliberately imports nothing heavy: on Linux a child started by
fork/vfork + exec inherits its parent's RSS high-water mark into its own ru_maxrss, so a large
parent would inflate every child's "peak RSS".

Adding a scenario: write a function taking `ctx` and decorate it with `@scenario(...)`.
"""

from __future__ import annotations

import argparse
import compileall
import contextlib
import hashlib
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

EMPLOYEES = 10_000
LARGE_EMPLOYEES = 100_000  # the size for backup and verify
PASSPHRASE = "EHR-demo-vault-2026"  # services.demo.DEMO_PASSPHRASE (not imported: see above)

# --- registry -----------------------------------------------------------------------------


@dataclass(frozen=True)
class Scenario:
    name: str
    size: str
    run: Callable[[Context], None]
    fixtures: tuple[str, ...] = ()
    floor_for: tuple[str, ...] = ()  # this row is the floor for those scenarios
    note: str = ""


SCENARIOS: dict[str, Scenario] = {}
FIXTURES: dict[str, Callable[[Path], dict]] = {}


def scenario(
    name: str,
    size: str,
    *,
    fixtures: tuple[str, ...] = (),
    floor_for: str | tuple[str, ...] = (),
) -> Callable[[Callable[[Context], None]], Callable[[Context], None]]:
    floors = (floor_for,) if isinstance(floor_for, str) else tuple(floor_for)

    def register(func: Callable[[Context], None]) -> Callable[[Context], None]:
        note = (func.__doc__ or "").strip().splitlines()[0] if func.__doc__ else ""
        SCENARIOS[name] = Scenario(name, size, func, fixtures, floors, note)
        return func

    return register


def fixture(name: str) -> Callable[[Callable[[Path], dict]], Callable[[Path], dict]]:
    """A fixture builder gets an empty folder and returns JSON-able facts about what it made."""

    def register(func: Callable[[Path], dict]) -> Callable[[Path], dict]:
        FIXTURES[name] = func
        return func

    return register


@dataclass
class Context:
    """What a scenario sees in its child process."""

    tmp: Path  # private scratch folder, deleted by the parent afterwards
    fixtures: dict[str, dict]
    seconds: float | None = None
    setup_rss_kb: int | None = None
    extra: dict = field(default_factory=dict)  # optional facts to show in the report

    @contextlib.contextmanager
    def timer(self) -> Iterator[None]:
        if self.seconds is not None:
            raise RuntimeError("a scenario times exactly one block")
        self.setup_rss_kb = peak_rss_kb()
        started = time.perf_counter()
        yield
        self.seconds = time.perf_counter() - started


def peak_rss_kb() -> int | None:
    """This process's peak resident set size in KiB (ru_maxrss: KiB on Linux, bytes on macOS)."""
    try:
        import resource
    except ImportError:  # Windows
        return None
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return peak // 1024 if sys.platform == "darwin" else peak


def describe_kdf(params: dict) -> str:
    return (
        f"Argon2id {params['memory_kib'] // 1024} MiB x {params['iterations']} iterations "
        f"x {params['lanes']} lanes (calibrated)"
    )


def open_fixture_vault(facts: dict, actor: str = "bench"):
    """Opens a fixture vault without Argon2 (recovery slot, HKDF) and without an audit entry,
    so a scenario's setup neither adds the KDF's 128 MiB to its peak RSS nor alters the fixture.
    """
    from ehr_desktop.domain import recovery_key
    from ehr_desktop.persistence.database import VaultDatabase
    from ehr_desktop.persistence.vault_files import check
    from ehr_desktop.security import keyslots
    from ehr_desktop.services.vaults import UnlockedVault

    layout = check(Path(facts["vault"]))
    secret = recovery_key.parse_key(facts["recovery_key"])
    slot_file, data_key = keyslots.unlock_with_secret(layout.folder, keyslots.RECOVERY, secret)
    return UnlockedVault(
        layout, slot_file, VaultDatabase(layout, slot_file.vault_id, data_key, actor)
    )


def light_kdf():
    """Cheap Argon2 parameters for vaults whose unlock cost is not what is being measured."""
    from ehr_desktop.security import kdf

    return kdf.Argon2Params(memory_kib=8 * 1024, iterations=1, lanes=1)


# --- fixtures -----------------------------------------------------------------------------


@fixture("demo10k")
def build_demo10k(folder: Path) -> dict:
    """A vault as users get it (calibrated KDF), filled with the 10,000-employee demo."""
    return build_demo(folder, EMPLOYEES)


@fixture("demo17k")
def build_demo17k(folder: Path) -> dict:
    """The demo with 17,000 employees: about 10,000 of them currently employed, so a
    whole-company appraisal cycle has the issue's 10,000 forms."""
    return build_demo(folder, 17_000)


@fixture("demo100k")
def build_demo100k(folder: Path) -> dict:
    """The same with 100,000 employees (≈ 45 s to build, ≈ 460 MB): the issue's backup size."""
    return build_demo(folder, LARGE_EMPLOYEES)


def build_demo(folder: Path, employees: int) -> dict:
    from ehr_desktop.services import demo, vaults
    from ehr_desktop.services.vaults import vault_path

    created = vaults.create_vault(vault_path(folder, "Demo"), PASSPHRASE, actor="bench")
    try:
        summary = demo.populate(created.vault, employees)
        kdf_text = describe_kdf(created.vault.slot_file.slot("passphrase").kdf)
    finally:
        created.vault.close()
    return {
        "vault": str(created.vault.layout.folder),
        "recovery_key": created.recovery_key,
        "about": f"{summary.employees:,} employees, {summary.events:,} events, "
        f"{created.vault.layout.db.stat().st_size / 2**20:.1f} MB database, {kdf_text}",
    }


# --- scenarios ----------------------------------------------------------------------------


@scenario("baseline-imports", "-")
def baseline(ctx: Context) -> None:
    """Reference: interpreter + ehr_desktop services imported, nothing else (RSS floor)."""
    with ctx.timer():
        import ehr_desktop.services.demo  # noqa: F401
        import ehr_desktop.services.vaults  # noqa: F401


@scenario("create-vault", "1 vault")
def create_vault(ctx: Context) -> None:
    """services.vaults.create_vault with the real calibrated KDF (calibration included)."""
    from ehr_desktop.services import vaults

    with ctx.timer():
        created = vaults.create_vault(ctx.tmp / "New.ehrvault", PASSPHRASE, actor="bench")
    ctx.extra["about"] = describe_kdf(created.vault.slot_file.slot("passphrase").kdf)
    created.vault.close()


@scenario("unlock-kdf-unwrap", "10,000 employees", fixtures=("demo10k",))
def unlock_kdf_unwrap(ctx: Context) -> None:
    """security.keyslots.unlock_with_passphrase only: read slots, Argon2id, AES-GCM unwrap."""
    from ehr_desktop.security import keyslots

    folder = Path(ctx.fixtures["demo10k"]["vault"])
    with ctx.timer():
        keyslots.unlock_with_passphrase(folder, PASSPHRASE)


@scenario("unlock-db-open", "10,000 employees", fixtures=("demo10k",))
def unlock_db_open(ctx: Context) -> None:
    """VaultDatabase(...) with the data key already unwrapped, plus one read (employee count)."""
    from sqlalchemy import func, select

    from ehr_desktop.domain import recovery_key
    from ehr_desktop.persistence.database import VaultDatabase
    from ehr_desktop.persistence.models import Employee
    from ehr_desktop.persistence.vault_files import check
    from ehr_desktop.security import keyslots

    facts = ctx.fixtures["demo10k"]
    layout = check(Path(facts["vault"]))
    # The recovery slot unwraps through HKDF: the same data key, without Argon2's memory peak.
    secret = recovery_key.parse_key(facts["recovery_key"])
    slot_file, data_key = keyslots.unlock_with_secret(layout.folder, keyslots.RECOVERY, secret)
    with ctx.timer():
        database = VaultDatabase(layout, slot_file.vault_id, data_key, "bench")
        with database.reading() as session:
            count = session.scalar(select(func.count()).select_from(Employee))
    database.close()
    assert count == EMPLOYEES, count


@scenario("unlock-full", "10,000 employees", fixtures=("demo10k",))
def unlock_full(ctx: Context) -> None:
    """services.vaults.unlock_with_passphrase: check + KDF + unwrap + database open."""
    from ehr_desktop.services import vaults

    folder = Path(ctx.fixtures["demo10k"]["vault"])
    with ctx.timer():
        vault = vaults.unlock_with_passphrase(folder, PASSPHRASE, actor="bench")
    vault.close()


@scenario("demo-populate", "10,000 employees")
def demo_populate(ctx: Context) -> None:
    """services.demo.populate into a fresh empty vault (vault creation not timed)."""
    from ehr_desktop.services import demo, vaults

    created = vaults.create_vault(
        ctx.tmp / "Demo.ehrvault", PASSPHRASE, kdf_params=light_kdf(), actor="bench"
    )
    with ctx.timer():
        summary = demo.populate(created.vault, EMPLOYEES)
    ctx.extra["about"] = f"{summary.employees:,} employees + {summary.events:,} events written"
    created.vault.close()


def floor_connection(path: Path):
    """Plain sqlcipher3 with a raw key and the app's pragmas (WAL, synchronous=FULL)."""
    import sqlcipher3.dbapi2 as sqlcipher

    connection = sqlcipher.connect(str(path), isolation_level=None)
    connection.execute(f"PRAGMA key = \"x'{os.urandom(32).hex()}'\"")
    for pragma in ("journal_mode = WAL", "synchronous = FULL", "temp_store = MEMORY"):
        connection.execute(f"PRAGMA {pragma}").fetchall()
    return connection


@scenario("raw-sqlcipher-insert", "10,000 rows", floor_for="demo-populate")
def raw_sqlcipher_insert(ctx: Context) -> None:
    """Floor: raw sqlcipher3 executemany of employee-like rows, one transaction, same pragmas."""
    import datetime as dt
    import random

    from sqlalchemy.dialects import sqlite
    from sqlalchemy.schema import CreateIndex, CreateTable

    from ehr_desktop.persistence.models import Employee

    table = Employee.__table__
    connection = floor_connection(ctx.tmp / "floor.db")
    dialect = sqlite.dialect()
    connection.execute(str(CreateTable(table).compile(dialect=dialect)))  # same columns/indexes
    for index in table.indexes:
        connection.execute(str(CreateIndex(index).compile(dialect=dialect)))
    rng = random.Random(2026)
    columns = (
        "id", "employee_no", "name", "gender", "birth_date", "id_type", "id_number", "mobile",
        "email", "hire_date", "leave_date", "status", "department_id", "position_id", "grade",
        "monthly_salary_cents", "created_at", "updated_at",
    )  # fmt: skip
    rows = [
        (i, f"XH{i:05d}", f"员工{rng.randrange(10**6)}", "MF"[i % 2],
         str(dt.date(1980 + i % 20, 1 + i % 12, 1 + i % 28)), "resident_id",
         f"110101{rng.randrange(10**12):012d}", f"138{rng.randrange(10**8):08d}",
         f"xh{i:05d}@example.com", str(dt.date(2015, 1 + i % 12, 1)), None, "active",
         1 + i % 17, 1 + i % 37, "P2", 700000, "2026-01-01T00:00:00", "2026-01-01T00:00:00")
        for i in range(1, EMPLOYEES + 1)
    ]  # fmt: skip
    sql = f"INSERT INTO employees ({', '.join(columns)}) VALUES ({', '.join('?' * len(columns))})"
    with ctx.timer():
        connection.execute("BEGIN IMMEDIATE")
        connection.executemany(sql, rows)
        connection.execute("COMMIT")
    connection.close()


def run_backup(ctx: Context, fixture_name: str) -> None:
    from ehr_desktop.services import backups

    vault = open_fixture_vault(ctx.fixtures[fixture_name])
    target = ctx.tmp / "Demo.ehrbak"
    # As an automatic backup: no passphrase slot, so no Argon2 at all (the backup opens with
    # the vault passphrase of its time or the recovery key).
    with ctx.timer():
        info = backups.create_backup(vault, target)
    vault.close()
    version = backups.read_header(target).format_version  # 1 only if the pin failed
    ctx.extra["about"] = f"{info.size_bytes / 2**20:.1f} MB backup file, container v{version}"


def run_verify(ctx: Context, fixture_name: str, *, thorough: bool = False) -> None:
    from ehr_desktop.services import backups

    facts = ctx.fixtures[fixture_name]
    vault = open_fixture_vault(facts)
    target = ctx.tmp / "Demo.ehrbak"
    backups.create_backup(vault, target)
    vault.close()
    with ctx.timer():
        report = backups.verify_backup(
            target, recovery_key=facts["recovery_key"], thorough=thorough
        )
    assert report.ok, report.results


def run_copy(ctx: Context, fixture_name: str, *, durable: bool) -> None:
    source = Path(ctx.fixtures[fixture_name]["vault"]) / "vault.ehrdb"
    target = ctx.tmp / "copy.ehrdb"
    if not durable:
        with ctx.timer():
            shutil.copy(source, target)
        return
    with ctx.timer(), source.open("rb") as src, target.open("wb") as out:
        shutil.copyfileobj(src, out, 1024 * 1024)  # what the backup's own write does
        out.flush()
        os.fsync(out.fileno())


@scenario("backup", "10,000 employees", fixtures=("demo10k",))
def backup(ctx: Context) -> None:
    """create_backup, no passphrase slot: pin, pages sealed (GCM) while their HMACs are checked
    and manifest + schema read on the pinned snapshot, read-back of every tag (no chain walk)."""
    run_backup(ctx, "demo10k")


@scenario("verify-backup", "10,000 employees", fixtures=("demo10k",))
def verify_backup(ctx: Context) -> None:
    """verify_backup with the recovery key (HKDF): tags, extract, page HMACs, schema, counts,
    audit tail (the chain walk and SQLite's integrity_check are `verify --thorough`)."""
    run_verify(ctx, "demo10k")


@scenario("copy-vault-file", "10,000 employees", fixtures=("demo10k",))
def copy_vault_file(ctx: Context) -> None:
    """shutil.copy of the closed vault's vault.ehrdb (page cache warm, no fsync)."""
    run_copy(ctx, "demo10k", durable=False)


@scenario(
    "copy-vault-file-fsync",
    "10,000 employees",
    fixtures=("demo10k",),
    floor_for=("backup", "verify-backup"),
)
def copy_vault_file_fsync(ctx: Context) -> None:
    """Floor: copy vault.ehrdb in 1 MiB chunks, flush and fsync (as a backup is written)."""
    run_copy(ctx, "demo10k", durable=True)


@scenario("backup-100k", "100,000 employees", fixtures=("demo100k",))
def backup_100k(ctx: Context) -> None:
    """create_backup as `backup`, on the 100,000-employee vault (the issue's target size)."""
    run_backup(ctx, "demo100k")


@scenario("verify-backup-100k", "100,000 employees", fixtures=("demo100k",))
def verify_backup_100k(ctx: Context) -> None:
    """verify_backup as `verify-backup`, on the 100,000-employee vault."""
    run_verify(ctx, "demo100k")


@scenario("verify-backup-thorough-100k", "100,000 employees", fixtures=("demo100k",))
def verify_backup_thorough_100k(ctx: Context) -> None:
    """verify_backup(thorough=True): adds the audit chain walk (as restore does) and SQLite's
    integrity_check / foreign_key_check."""
    run_verify(ctx, "demo100k", thorough=True)


@scenario("copy-vault-file-100k", "100,000 employees", fixtures=("demo100k",))
def copy_vault_file_100k(ctx: Context) -> None:
    """shutil.copy of the 100,000-employee vault's vault.ehrdb (warm, no fsync)."""
    run_copy(ctx, "demo100k", durable=False)


@scenario(
    "copy-vault-file-fsync-100k",
    "100,000 employees",
    fixtures=("demo100k",),
    floor_for=("backup-100k",),
)
def copy_vault_file_fsync_100k(ctx: Context) -> None:
    """Floor: chunked copy + flush + fsync of the 100,000-employee vault's vault.ehrdb."""
    run_copy(ctx, "demo100k", durable=True)


@scenario(
    "copy-after-backup-fsync-100k",
    "100,000 employees",
    fixtures=("demo100k",),
    floor_for=("verify-backup-100k",),
)
def copy_after_backup_fsync_100k(ctx: Context) -> None:
    """Floor for verify, in verify's conditions: the backup is made first (setup, as
    `verify-backup-100k` does), then the same chunked copy + fsync of vault.ehrdb is timed.
    On this VM, page cache that has to grow (a second 1.7 GB file kept beside the first) costs
    seconds that reused cache does not; both rows pay it the same way."""
    from ehr_desktop.services import backups

    facts = ctx.fixtures["demo100k"]
    vault = open_fixture_vault(facts)
    backups.create_backup(vault, ctx.tmp / "Demo.ehrbak")
    vault.close()
    run_copy(ctx, "demo100k", durable=True)


# --- employee files at 100,000 employees (issue 3) ---------------------------------------


def qt_application():
    """An offscreen QApplication with the app's style, as the window uses it."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from ehr_desktop.app import create_application

    return create_application([sys.argv[0]])


def show_list_page(vault):
    from ehr_desktop.gui.employee_list_page import EmployeeListPage

    page = EmployeeListPage(vault)
    page.resize(1366, 768)
    page.show()
    page.grab()  # paints: every visible row's data() is asked for, as on screen
    return page


@scenario("list-first-screen-100k", "100,000 employees", fixtures=("demo100k",))
def list_first_screen(ctx: Context) -> None:
    """After unlock: the employee list page built, counted and its first screen painted."""
    app = qt_application()
    vault = open_fixture_vault(ctx.fixtures["demo100k"])
    with ctx.timer():
        page = show_list_page(vault)
        app.processEvents()
    ctx.extra["about"] = f"{page.model.rowCount():,} current employees listed"
    page.close()
    vault.close()


@scenario("list-search-keystroke-100k", "100,000 employees", fixtures=("demo100k",))
def list_search_keystroke(ctx: Context) -> None:
    """One search keystroke ("z" → "zs") after the pause: new query, count, rows, repaint."""
    app = qt_application()
    vault = open_fixture_vault(ctx.fixtures["demo100k"])
    page = show_list_page(vault)

    def type_text(text: str) -> None:
        page.search_edit.setText(text)
        page.current_query()  # applies the debounced search now, as its timer would
        page.table.grab()  # repaints the rows (both frozen and scrolling parts)
        app.processEvents()  # count label, empty state

    def keystroke(text: str) -> float:
        started = time.perf_counter()
        type_text(text)
        return time.perf_counter() - started

    keystroke("z")
    with ctx.timer():
        type_text("zs")
    found = page.model.rowCount()
    others = {text: keystroke(text) for text in ("张", "张伟", "1381", "440106", "XH0999", "")}
    ctx.extra["about"] = f"{found:,} matches; other keystrokes: " + ", ".join(
        f"'{t}' {s * 1000:.0f} ms" for t, s in others.items()
    )
    page.close()
    vault.close()


@scenario("open-employee-file-100k", "100,000 employees", fixtures=("demo100k",))
def open_employee_file(ctx: Context) -> None:
    """One employee file read and shown with all its tabs (a long-serving employee)."""
    app = qt_application()
    vault = open_fixture_vault(ctx.fixtures["demo100k"])
    from ehr_desktop.gui.employee_file import EmployeeFileView

    warm = EmployeeFileView(vault, 1)  # the first file pays for imports and style: not timed
    warm.close()
    with ctx.timer():
        view = EmployeeFileView(vault, 54321)
        view.resize(1200, 760)
        view.show()
        view.grab()
        app.processEvents()
    view.close()
    vault.close()


# --- roster import (issue 4) ------------------------------------------------------------

ROSTER_20K = (
    Path(__file__).resolve().parents[1]
    / "tests"
    / "fixtures"
    / "rosters"
    / "09_恒昌集团_花名册_20000人.xlsx"
)


@scenario(
    "roster-read-calamine-20k",
    "20,000 rows",
    floor_for=("roster-import-dry-20k", "roster-import-20k", "roster-pandas-20k"),
)
def roster_read_calamine(ctx: Context) -> None:
    """Floor: python-calamine alone reads every row of every sheet of the 20,000-row sample."""
    import python_calamine

    with ctx.timer():
        book = python_calamine.CalamineWorkbook.from_path(str(ROSTER_20K))
        rows = sum(len(book.get_sheet_by_name(n).to_python()) for n in book.sheet_names)
    ctx.extra["about"] = f"{rows:,} rows read"


def _import_cli(ctx: Context, *extra: str, roster: Path = ROSTER_20K) -> None:
    from ehr_desktop import cli
    from ehr_desktop.services import vaults

    vault = ctx.tmp / "Import.ehrvault"
    vaults.create_vault(vault, PASSPHRASE, kdf_params=light_kdf(), actor="bench").vault.close()
    os.environ["EHR_PASSPHRASE"] = PASSPHRASE
    with ctx.timer():
        code = cli.main(["import", str(vault), str(roster), "--json", *extra])
    assert code == 0, code


def _pandas_pipeline(ctx: Context, roster: Path) -> None:
    """What a technical user would write: pandas.read_excel (openpyxl) + to_sql into SQLite."""
    try:
        import pandas
    except ImportError:  # the optional `bench` extra
        ctx.extra["about"] = "pandas not installed: pip install -e .[bench]"
        with ctx.timer():
            pass
        return
    import sqlite3

    from ehr_desktop.exchange.roster import read_roster

    header_row = read_roster(roster).sheets[0].header_rows[0]  # told by hand, in real life
    target = ctx.tmp / "plain.sqlite"
    with ctx.timer():
        frame = pandas.read_excel(roster, engine="openpyxl", header=header_row - 1)
        with sqlite3.connect(target) as connection:
            frame.to_sql("employees", connection, index=False)
    ctx.extra["about"] = f"{len(frame):,} rows through pandas {pandas.__version__}"


@fixture("roster100k")
def build_roster100k(folder: Path) -> dict:
    """A generated 100,000-row roster in the shape of the 20,000-row sample (bench/big_roster)."""
    from big_roster import write_roster

    path = folder / "花名册_100000人.xlsx"
    write_roster(path, 100_000)
    return {"path": str(path), "rows": 100_000, "megabytes": round(path.stat().st_size / 1e6, 1)}


@scenario(
    "roster-read-calamine-100k",
    "100,000 rows",
    fixtures=("roster100k",),
    floor_for=("roster-import-dry-100k", "roster-import-100k", "roster-pandas-100k"),
)
def roster_read_calamine_100k(ctx: Context) -> None:
    """Floor: python-calamine alone reads every row of the generated 100,000-row roster."""
    import python_calamine

    path = ctx.fixtures["roster100k"]["path"]
    with ctx.timer():
        book = python_calamine.CalamineWorkbook.from_path(path)
        rows = sum(len(book.get_sheet_by_name(n).to_python()) for n in book.sheet_names)
    ctx.extra["about"] = f"{rows:,} rows read"


@scenario("roster-import-dry-100k", "100,000 rows", fixtures=("roster100k",))
def roster_import_dry_100k(ctx: Context) -> None:
    """`ehr-desktop import … --dry-run --json` of the generated 100,000-row roster."""
    _import_cli(ctx, "--dry-run", roster=Path(ctx.fixtures["roster100k"]["path"]))


@scenario("roster-import-100k", "100,000 rows", fixtures=("roster100k",))
def roster_import_100k(ctx: Context) -> None:
    """The real import of the generated 100,000-row roster, in one transaction, audited."""
    _import_cli(ctx, roster=Path(ctx.fixtures["roster100k"]["path"]))


IMPORT_TABLES = ("employees", "employment_events", "contracts", "employee_records")
PARENT_TABLES = ("departments", "positions")


def insert_statement(table: str, rows: list[tuple]) -> str:
    return f'INSERT INTO "{table}" VALUES ({", ".join("?" * len(rows[0]))})'


@scenario("roster-import-writes-100k", "100,000 rows", fixtures=("imported100k",))
def roster_import_writes_100k(ctx: Context) -> None:
    """Floor for the real import's SQL: what the 100,000-row import wrote, written again
    through the app's engine (schema, pragmas), secondary indexes built after, one commit."""
    from sqlalchemy.orm import Session

    from ehr_desktop.persistence.bulk import indexes_built_after
    from ehr_desktop.persistence.engine import create_vault_engine, writer

    vault = open_fixture_vault(ctx.fixtures["imported100k"])
    with vault.database.reading() as session:
        connection = session.connection()

        def read(sql: str) -> list[tuple]:
            return [tuple(row) for row in connection.exec_driver_sql(sql)]

        schema = read(
            "SELECT sql FROM sqlite_master WHERE sql IS NOT NULL AND name NOT LIKE 'sqlite_%' "
            "ORDER BY CASE type WHEN 'table' THEN 0 WHEN 'index' THEN 1 ELSE 2 END, rowid"
        )
        parents = {table: read(f'SELECT * FROM "{table}"') for table in PARENT_TABLES}
        written = {table: read(f'SELECT * FROM "{table}"') for table in IMPORT_TABLES}
        marks = ", ".join("?" * len(IMPORT_TABLES))
        written["audit_log"] = [
            tuple(row)
            for row in connection.exec_driver_sql(
                f"SELECT * FROM audit_log WHERE action = 'create' AND entity IN ({marks})",
                IMPORT_TABLES,
            )
        ]
    vault.close()
    # The app's engine (pragmas, foreign keys, BEGIN IMMEDIATE) and its late-index mechanism.
    engine = writer(create_vault_engine(ctx.tmp / "floor.db", os.urandom(32)))
    with engine.begin() as connection:
        for (statement,) in schema:
            connection.exec_driver_sql(statement)
        for table, rows in parents.items():
            connection.exec_driver_sql(insert_statement(table, rows), rows)
    adding = {table: len(rows) for table, rows in written.items()}
    with (
        ctx.timer(),
        Session(engine) as session,
        session.begin(),
        indexes_built_after(session, adding),
    ):
        for table, rows in written.items():
            session.connection().exec_driver_sql(insert_statement(table, rows), rows)
    engine.dispose()
    ctx.extra["about"] = ", ".join(f"{len(rows):,} {table}" for table, rows in written.items())


@scenario("roster-pandas-20k", "20,000 rows")
def roster_pandas_20k(ctx: Context) -> None:
    """Reference: pandas.read_excel (openpyxl engine) + to_sql into plain SQLite, 20,000 rows."""
    _pandas_pipeline(ctx, ROSTER_20K)


@scenario("roster-pandas-100k", "100,000 rows", fixtures=("roster100k",))
def roster_pandas_100k(ctx: Context) -> None:
    """Reference: the same pandas pipeline on the generated 100,000-row roster."""
    _pandas_pipeline(ctx, Path(ctx.fixtures["roster100k"]["path"]))


@scenario("roster-import-dry-20k", "20,000 rows")
def roster_import_dry(ctx: Context) -> None:
    """`ehr-desktop import VAULT 09_….xlsx --dry-run --json` in-process: unlock (light KDF),
    read, clean, plan against an empty vault."""
    _import_cli(ctx, "--dry-run")


@scenario("roster-import-20k", "20,000 rows")
def roster_import_real(ctx: Context) -> None:
    """The same without --dry-run: 20,000 employees, hire and leaving events, contracts,
    departments and positions written and audited in one transaction."""
    _import_cli(ctx)


# --- KPI appraisals (issue 5) ------------------------------------------------------------


def private_copy(ctx: Context, fixture_name: str) -> dict:
    """A copy of a fixture vault in the scenario's scratch folder, for scenarios that write."""
    facts = ctx.fixtures[fixture_name]
    copy = ctx.tmp / "Copy.ehrvault"
    shutil.copytree(facts["vault"], copy)
    return {**facts, "vault": str(copy)}


def open_kpi_cycle(vault) -> int:
    """The demo's current (open) appraisal cycle."""
    from ehr_desktop.services import kpi_cycles

    return next(c.id for c in kpi_cycles.list_cycles(vault) if c.state == "open")


@scenario("kpi-generate-10k", "10,000 forms", fixtures=("demo17k",))
def kpi_generate(ctx: Context) -> None:
    """kpi_cycles.generate_forms: a new whole-company cycle's forms, in one unit of work.

    Population rules, matching to the demo's templates, default reviewers, one audited form
    per current employee."""
    import datetime as dt

    from ehr_desktop.services import kpi_cycles
    from ehr_desktop.services.kpi_store import PopulationRule

    vault = open_fixture_vault(private_copy(ctx, "demo17k"))
    cycle_id = kpi_cycles.create_cycle(
        vault,
        kpi_cycles.CycleInput(
            name="bench",
            period_kind="year",
            starts_on=dt.date(2026, 1, 1),
            ends_on=dt.date(2026, 12, 31),
            population=PopulationRule(exclude_probation=False, exclude_on_leave=False),
        ),
    )
    with ctx.timer():
        report = kpi_cycles.generate_forms(vault, cycle_id)
    ctx.extra["about"] = (
        f"{report.created:,} forms generated (every current employee), "
        f"{len(report.unmatched)} without a template"
    )
    vault.close()


@scenario("kpi-recompute-10k", "10,000 forms", fixtures=("demo17k",))
def kpi_recompute(ctx: Context) -> None:
    """kpi_forms.recompute_cycle on the demo's open cycle, every stored result made stale first.

    Every open form is scored again from its stored inputs and frozen template version, and
    every result is rewritten and audited (the worst case: normally few differ)."""
    from sqlalchemy import update

    from ehr_desktop.persistence.models import KpiForm
    from ehr_desktop.services import kpi_forms

    vault = open_fixture_vault(private_copy(ctx, "demo17k"))
    cycle_id = open_kpi_cycle(vault)
    with vault.database.unit_of_work() as session:  # every result stale: all are rewritten
        session.execute(
            update(KpiForm)
            .where(KpiForm.cycle_id == cycle_id, KpiForm.stage.not_in(("finalized", "archived")))
            .values(score="0")
        )
    with ctx.timer():
        report = kpi_forms.recompute_cycle(vault, cycle_id)
    ctx.extra["about"] = (
        f"{report.forms:,} open forms scored, {report.changed:,} results rewritten and audited, "
        f"{report.locked:,} finalized left as they are"
    )
    vault.close()


@scenario("kpi-dashboard-10k", "10,000 forms", fixtures=("demo17k",))
def kpi_dashboard(ctx: Context) -> None:
    """kpi_results.dashboard for the demo's open cycle (aggregated in SQL).

    Forms by stage and by department, overdue, scored, grade counts, people left unplaced."""
    from ehr_desktop.services import kpi_results

    vault = open_fixture_vault(ctx.fixtures["demo17k"])
    cycle_id = open_kpi_cycle(vault)
    with ctx.timer():
        board = kpi_results.dashboard(vault, cycle_id)
    ctx.extra["about"] = (
        f"{board.forms:,} forms in {len(board.departments)} departments, "
        f"{board.overdue:,} overdue, {board.scored:,} scored"
    )
    vault.close()


# --- exports (issue 6) ----------------------------------------------------------------------

EXPORT_BLOCK = 2000  # rows per pickled block of the floor's input


@fixture("imported100k")
def build_imported100k(folder: Path) -> dict:
    """100,000 employees taken in from the generated roster (bench/big_roster) into a light-KDF
    vault — lighter than demo100k — and the cells the default roster export writes, pickled in
    blocks as the floor's input (so the floor's process holds neither the vault nor the rows)."""
    import pickle

    from big_roster import write_roster

    from ehr_desktop.services import roster_export, roster_import, vaults

    roster = folder / "roster.xlsx"
    write_roster(roster, 100_000)
    created = vaults.create_vault(
        folder / "Imported.ehrvault", PASSPHRASE, kdf_params=light_kdf(), actor="bench"
    )
    vault = created.vault
    try:
        roster_import.apply(vault, roster_import.read_files([roster]))
        cells = folder / "cells.pickle"
        count = 0
        with cells.open("wb") as out:
            block: list[list] = []
            for row in roster_export.rows(vault, query=roster_export.EVERYONE):
                block.append(list(row.values()))
                count += 1
                if len(block) == EXPORT_BLOCK:
                    pickle.dump(block, out, protocol=pickle.HIGHEST_PROTOCOL)
                    block = []
            if block:
                pickle.dump(block, out, protocol=pickle.HIGHEST_PROTOCOL)
    finally:
        vault.close()
    roster.unlink()
    return {
        "vault": str(created.vault.layout.folder),
        "recovery_key": created.recovery_key,
        "cells": str(cells),
        "kinds": [roster_export.BY_KEY[key].kind.value for key in roster_export.COLUMNS],
        "headers": list(roster_export.COLUMNS),
        "about": f"{count:,} employees imported from the generated roster, "
        f"{created.vault.layout.db.stat().st_size / 2**20:.1f} MB database",
    }


@scenario("roster-xlsx-100k", "100,000 rows", fixtures=("imported100k",))
def roster_xlsx_100k(ctx: Context) -> None:
    """services.roster_export.export of everyone (17 core columns, masked) to .xlsx.

    The list query streamed from the vault, masking, exact-text cells, the styled and filtered
    sheet spooled compressed in memory, the audit entry, the atomic write with fsync."""
    from ehr_desktop.services import roster_export

    vault = open_fixture_vault(private_copy(ctx, "imported100k"))
    target = ctx.tmp / "roster.xlsx"
    headers = {key: key for key in roster_export.COLUMNS}
    with ctx.timer():
        result = roster_export.export(vault, target, headers, query=roster_export.EVERYONE)
    ctx.extra["about"] = (
        f"{result.rows:,} rows x {len(roster_export.COLUMNS)} columns, "
        f"{target.stat().st_size / 1e6:.1f} MB file, {_rss_growth(ctx)}"
    )
    vault.close()


def _rss_growth(ctx: Context) -> str:
    peak, before = peak_rss_kb(), ctx.setup_rss_kb
    if peak is None or before is None:
        return "RSS n/a"
    grown = (peak - before) / 1024
    return f"peak RSS {peak / 1024:.0f} MB of which {grown:.0f} MB in the timed block"


@scenario(
    "roster-xlsx-floor-100k",
    "100,000 rows",
    fixtures=("imported100k",),
    floor_for="roster-xlsx-100k",
)
def roster_xlsx_floor_100k(ctx: Context) -> None:
    """Floor: openpyxl write-only writes the same cells with the same number formats.

    The cells come from a pickle made by the fixture (read block by block inside the timer);
    plain WriteOnlyCells, dates yyyy-mm-dd, text "@", openpyxl's own save (temp file)."""
    import pickle

    from openpyxl import Workbook
    from openpyxl.cell import WriteOnlyCell

    facts = ctx.fixtures["imported100k"]
    kinds = facts["kinds"]
    target = ctx.tmp / "floor.xlsx"
    count = 0
    with ctx.timer():
        workbook = Workbook(write_only=True)
        sheet = workbook.create_sheet("Roster")
        sheet.append(facts["headers"])
        with open(facts["cells"], "rb") as cells:
            while True:
                try:
                    block = pickle.load(cells)
                except EOFError:
                    break
                for row in block:
                    written = []
                    for value, kind in zip(row, kinds, strict=True):
                        if value is None:
                            written.append(None)
                            continue
                        cell = WriteOnlyCell(sheet, value=value)
                        cell.number_format = "yyyy-mm-dd" if kind == "date" else "@"
                        written.append(cell)
                    sheet.append(written)
                    count += 1
        workbook.save(target)
    ctx.extra["about"] = (
        f"{count:,} rows, {target.stat().st_size / 1e6:.1f} MB file, {_rss_growth(ctx)}"
    )


# --- printing (issue 6) -------------------------------------------------------------------

SHEETS = 1_000


def bench_sheet_ids(vault) -> tuple[int, list[int]]:
    """The demo's latest finalized cycle and its first 1,000 forms in print order (filled
    sheets: inputs, comments, items and a result on each)."""
    from ehr_desktop.services import kpi_cycles, printing

    cycle = next(c for c in kpi_cycles.list_cycles(vault) if c.state == "finalized")
    return cycle.id, printing.sheet_form_ids(vault, cycle.id)[:SHEETS]


@scenario("pdf-sheets-1000", "1,000 sheets", fixtures=("demo10k",))
def pdf_sheets(ctx: Context) -> None:
    """services.printing.appraisal_sheets: 1,000 filled appraisal sheets to one PDF.

    Read from the vault a batch at a time, laid out with the page frame (letterhead, "page x
    of y" per employee), the font subset embedded, the print audited; bytes in memory."""
    from ehr_desktop.gui.print_texts import sheet_texts
    from ehr_desktop.services import printing

    vault = open_fixture_vault(ctx.fixtures["demo10k"])
    cycle_id, ids = bench_sheet_ids(vault)
    texts = sheet_texts()
    printing.letterhead(vault)  # imports and font registration warm, as in a running app
    from ehr_desktop.exchange.fonts import register_cjk_font

    register_cjk_font()
    cpu = time.process_time()
    with ctx.timer():
        printed = printing.appraisal_sheets(vault, cycle_id=cycle_id, texts=texts, form_ids=ids)
    cpu = time.process_time() - cpu  # less at the mercy of other processes than wall time
    from io import BytesIO

    from pypdf import PdfReader

    pages = len(PdfReader(BytesIO(printed.data)).pages)
    ctx.extra["about"] = (
        f"pdf-sheets-1000: {printed.people:,} sheets, {pages:,} pages, "
        f"{len(printed.data) / 2**20:.1f} MB, {cpu:.2f} s CPU"
    )
    vault.close()


@scenario(
    "pdf-sheets-floor-1000", "1,000 sheets", fixtures=("demo10k",), floor_for="pdf-sheets-1000"
)
def pdf_sheets_floor(ctx: Context) -> None:
    """Floor: bare reportlab (SimpleDocTemplate) building the same tables from rows prepared
    in setup: same rows, same font, Paragraph only where text wraps, a page break per sheet."""
    from pdf_floor import build_floor, floor_rows

    from ehr_desktop.exchange.fonts import register_cjk_font
    from ehr_desktop.gui.print_texts import sheet_texts
    from ehr_desktop.services import printing

    vault = open_fixture_vault(ctx.fixtures["demo10k"])
    cycle_id, ids = bench_sheet_ids(vault)
    sheets = list(printing._sheets(vault, ids, blank=False))
    vault.close()
    rows = floor_rows(sheets, sheet_texts())
    font = register_cjk_font()
    cpu = time.process_time()
    with ctx.timer():
        data = build_floor(rows, font)
    cpu = time.process_time() - cpu
    ctx.extra["about"] = f"pdf-sheets-floor-1000: {len(data) / 2**20:.1f} MB, {cpu:.2f} s CPU"


# --- child side ---------------------------------------------------------------------------


def child_main(kind: str, name: str, spec_path: Path) -> None:
    spec = json.loads(spec_path.read_text("utf-8"))
    result_path = Path(spec["result"])
    if kind == "fixture":
        facts = FIXTURES[name](Path(spec["folder"]))
        result_path.write_text(json.dumps(facts), "utf-8")
        return
    ctx = Context(tmp=Path(spec["tmp"]), fixtures=spec["fixtures"])
    SCENARIOS[name].run(ctx)
    if ctx.seconds is None:
        raise RuntimeError(f"scenario {name} never entered ctx.timer()")
    result = {
        "seconds": ctx.seconds,
        "peak_rss_kb": peak_rss_kb(),
        "setup_rss_kb": ctx.setup_rss_kb,
        "extra": ctx.extra,
    }
    result_path.write_text(json.dumps(result), "utf-8")


# --- parent side --------------------------------------------------------------------------


def run_child(kind: str, name: str, spec: dict, workdir: Path) -> dict:
    spec_path = workdir / f"{kind}-{name}-{os.getpid()}-{time.monotonic_ns()}.json"
    result_path = spec_path.with_suffix(".result.json")
    spec_path.write_text(json.dumps({**spec, "result": str(result_path)}), "utf-8")
    command = [sys.executable, str(Path(__file__).resolve()), f"--{kind}", name, str(spec_path)]
    completed = subprocess.run(command, capture_output=True, text=True)
    if completed.returncode != 0 or not result_path.exists():
        sys.stderr.write(completed.stdout + completed.stderr)
        raise SystemExit(f"{kind} {name!r} failed (exit code {completed.returncode})")
    result = json.loads(result_path.read_text("utf-8"))
    spec_path.unlink()
    result_path.unlink()
    return result


def build_fixture(name: str, workdir: Path, cache: Path | None = None) -> dict:
    if cache is not None:
        return cached_fixture(name, workdir, cache)
    folder = workdir / f"fixture-{name}"
    folder.mkdir()
    started = time.perf_counter()
    facts = run_child("fixture", name, {"folder": str(folder)}, workdir)
    print(f"  fixture {name}: built in {time.perf_counter() - started:.1f} s", file=sys.stderr)
    return facts


# What a fixture's content depends on: the demo generators, the models and the migrations.
# A change to any of them rebuilds cached fixtures; other code does not. Bump FIXTURE_RECIPE
# when a fixture builder in this file changes what it makes.
FIXTURE_RECIPE = "1"
FIXTURE_SOURCES = (
    "ehr_desktop/services/demo.py",
    "ehr_desktop/services/kpi_demo.py",
    "ehr_desktop/persistence/models.py",
    "ehr_desktop/persistence/migrations",
)


def fixture_fingerprint() -> str:
    root = Path(__file__).resolve().parents[1]
    digest = hashlib.sha256(FIXTURE_RECIPE.encode())
    for source in FIXTURE_SOURCES:
        path = root / source
        for file in sorted(path.rglob("*.py")) if path.is_dir() else [path]:
            digest.update(file.relative_to(root).as_posix().encode() + b"\0")
            digest.update(file.read_bytes())
    return digest.hexdigest()[:16]


def cached_fixture(name: str, workdir: Path, cache: Path) -> dict:
    """A fixture kept between invocations in `cache/<name>-<fingerprint>/` (built if absent).

    Scenarios use fixtures read-only, so one built vault serves any number of runs; a fixture
    whose sources changed gets a new fingerprint, and older copies of it are removed."""
    fingerprint = fixture_fingerprint()
    folder = cache / f"{name}-{fingerprint}"
    facts_file = folder / "facts.json"
    if facts_file.exists():
        print(f"  fixture {name}: reused from {folder}", file=sys.stderr)
        return json.loads(facts_file.read_text("utf-8"))
    cache.mkdir(parents=True, exist_ok=True)
    for stale in cache.glob(f"{name}-*"):  # other fingerprints, or a build cut short
        if stale.is_dir() and stale.name.removeprefix(f"{name}-").isalnum():
            shutil.rmtree(stale)
    folder.mkdir()
    started = time.perf_counter()
    facts = run_child("fixture", name, {"folder": str(folder)}, workdir)
    print(f"  fixture {name}: built in {time.perf_counter() - started:.1f} s, kept in {folder}",
          file=sys.stderr)  # fmt: skip
    # facts.json last, atomically: a build cut short leaves no folder that looks complete.
    partial = folder / "facts.json.tmp"
    partial.write_text(json.dumps(facts), "utf-8")
    os.replace(partial, facts_file)
    return facts


def run_scenario(item: Scenario, repeat: int, fixtures: dict, workdir: Path) -> dict:
    runs = []
    for _ in range(repeat):
        tmp = Path(tempfile.mkdtemp(prefix=f"run-{item.name}-", dir=workdir))
        try:
            spec = {"tmp": str(tmp), "fixtures": {f: fixtures[f] for f in item.fixtures}}
            runs.append(run_child("scenario", item.name, spec, workdir))
        finally:
            shutil.rmtree(tmp, ignore_errors=True)
    peaks = [r["peak_rss_kb"] for r in runs if r["peak_rss_kb"] is not None]
    return {
        "median": statistics.median(r["seconds"] for r in runs),
        "times": [r["seconds"] for r in runs],
        "peak_rss_kb": max(peaks) if peaks else None,
        "extra": runs[-1]["extra"],
    }


def format_seconds(seconds: float) -> str:
    if seconds >= 0.1:
        return f"{seconds:.3f}"
    return f"{seconds:.4f}" if seconds >= 0.001 else f"{seconds:.6f}"


def print_table(rows: list[tuple[str, ...]]) -> None:
    header = ("scenario", "size", "median s", "peak RSS MB", "floor")
    widths = [max(len(r[i]) for r in (header, *rows)) for i in range(len(header))]
    print("| " + " | ".join(h.ljust(w) for h, w in zip(header, widths, strict=True)) + " |")
    print("|" + "|".join("-" * (w + 2) for w in widths) + "|")
    for row in rows:
        print("| " + " | ".join(c.ljust(w) for c, w in zip(row, widths, strict=True)) + " |")


def parse_args(argv: list[str]) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="one run per scenario")
    parser.add_argument(
        "--only", action="append", metavar="NAME", help="run only this scenario (repeatable)"
    )
    parser.add_argument("--repeat", type=int, help="runs per scenario (default 3, --quick 1)")
    parser.add_argument("--list", action="store_true", help="list the scenarios and exit")
    parser.add_argument("--verbose", action="store_true", help="print every run's time and facts")
    parser.add_argument(
        "--keep-fixtures",
        metavar="DIR",
        type=Path,
        nargs="?",
        const=Path(__file__).resolve().parent / ".cache",
        help="build fixtures into DIR (default bench/.cache) once and reuse them in later "
        "invocations; rebuilt when the demo, models or migrations change",
    )
    return parser.parse_args(argv)


def main(argv: list[str]) -> None:
    if len(argv) == 3 and argv[0] in ("--scenario", "--fixture"):
        child_main(argv[0][2:], argv[1], Path(argv[2]))
        return
    args = parse_args(argv)
    if args.list:
        for item in SCENARIOS.values():
            print(f"{item.name:24} {item.size:18} {item.note}")
        return
    unknown = set(args.only or ()) - SCENARIOS.keys()
    if unknown:
        raise SystemExit(f"unknown scenario(s): {', '.join(sorted(unknown))}; see --list")
    selected = [s for s in SCENARIOS.values() if not args.only or s.name in args.only]
    repeat = args.repeat or (1 if args.quick else 3)
    if repeat < 1:
        raise SystemExit("--repeat must be at least 1")

    # Each run is a new process, as an app start is. An installed app loads its modules'
    # bytecode, compiled once; where PYTHONDONTWRITEBYTECODE is set (some CI images and
    # sandboxes) every run, and every reading child, would compile ehr_desktop from source
    # first (≈ 0.1 s per process). Compiled here once, as an install does.
    compileall.compile_dir(Path(__file__).resolve().parents[1] / "ehr_desktop", quiet=1)
    print(f"# {len(selected)} scenario(s), {repeat} run(s) each, {os.cpu_count()} CPUs, "
          f"Python {sys.version.split()[0]}, {sys.platform}", file=sys.stderr)  # fmt: skip
    workdir = Path(tempfile.mkdtemp(prefix="ehr-bench-"))
    try:
        fixtures: dict[str, dict] = {}
        for name in dict.fromkeys(f for s in selected for f in s.fixtures):
            fixtures[name] = build_fixture(name, workdir, args.keep_fixtures)
        results: dict[str, dict] = {}
        for item in selected:
            results[item.name] = run_scenario(item, repeat, fixtures, workdir)
            print(f"  {item.name}: {format_seconds(results[item.name]['median'])} s",
                  file=sys.stderr)  # fmt: skip
    finally:
        shutil.rmtree(workdir, ignore_errors=True)

    rows = []
    for item in selected:
        result = results[item.name]
        rss = result["peak_rss_kb"]
        floor = ""
        if item.floor_for:
            floor = f"floor for {', '.join(item.floor_for)}"
        else:
            floor_row = next((s for s in selected if item.name in s.floor_for), None)
            if floor_row is not None:
                floor = f"{result['median'] / results[floor_row.name]['median']:.0f}x floor"
        rows.append(
            (
                item.name,
                item.size,
                format_seconds(result["median"]),
                "n/a" if rss is None else f"{rss / 1024:.0f}",
                floor,
            )
        )
    print_table(rows)
    print()
    for name, facts in fixtures.items():
        print(f"fixture {name}: {facts.get('about', '')}")
    for item in selected:
        result = results[item.name]
        about = result["extra"].get("about")
        if about:
            print(f"{item.name}: {about}")
        if args.verbose:
            times = ", ".join(format_seconds(t) for t in result["times"])
            print(f"{item.name}: runs [{times}] {json.dumps(result['extra'], ensure_ascii=False)}")


if __name__ == "__main__":
    main(sys.argv[1:])
