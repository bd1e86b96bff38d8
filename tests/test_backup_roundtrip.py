"""Backup and restore keep every row; the file hides its contents and is never left half-written."""

import os
import sqlite3
import subprocess
import sys
import tempfile
import threading
import time

import pytest
from support.vault_helpers import CHEAP_KDF, DISTINCTIVE, OTHER_PASSPHRASE, PASSPHRASE, snapshot

from ehr_desktop.domain import recovery_key
from ehr_desktop.domain.errors import (
    BackupDamaged,
    NotABackup,
    VaultAlreadyExists,
    VaultInUse,
    WeakPassphrase,
    WrongPassphrase,
    WrongRecoveryKey,
)
from ehr_desktop.exchange import backup_file, page_mac
from ehr_desktop.persistence.engine import raw_connection
from ehr_desktop.persistence.models import Employee
from ehr_desktop.security import keyslots
from ehr_desktop.services import backups, demo, settings, vaults
from ehr_desktop.services.progress import Progress
from ehr_desktop.services.verification import verify_database

RARE_CJK = "𠀀龘𪚥"  # U+20000 (outside the BMP), a 64-stroke character, another astral one


def all_rows(vault_folder, data_key) -> dict[str, list[tuple]]:
    connection = raw_connection(vault_folder / "vault.ehrdb", data_key)
    try:
        tables = [
            row[0]
            for row in connection.execute(
                "SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"
            )
        ]
        return {
            t: connection.execute(f'SELECT * FROM "{t}" ORDER BY rowid').fetchall() for t in tables
        }
    finally:
        connection.close()


def mark_employee(vault, name: str, id_number: str) -> None:
    with vault.database.unit_of_work() as session:
        employee = session.get(Employee, 1)
        employee.name = name
        employee.id_number = id_number
        settings.put(session, "company_name", f"{RARE_CJK}有限公司")


@pytest.fixture(params=[2, 1], ids=["v2", "v1"])
def backed_up(request, new_vault, tmp_path):
    """A 300-employee vault with rare characters, its backup (container version 2, and the
    version 1 that older builds wrote), and its rows at backup time."""
    vault = new_vault.vault
    demo.populate(vault, 300, seed=5)
    mark_employee(vault, f"{RARE_CJK}{DISTINCTIVE}", "11010119900307663X")
    backup = tmp_path / "Company-20260301-120000.ehrbak"
    backups.create_backup(vault, backup, passphrase=PASSPHRASE, format_version=request.param)
    assert backups.read_header(backup).format_version == request.param
    assert backup.read_bytes()[7] == request.param
    rows = all_rows(vault.layout.folder, vault.database.data_key)
    key = vault.database.data_key
    vault.close()
    return backup, rows, key, new_vault.recovery_key


def test_ten_thousand_employees_round_trip_row_for_row(new_vault, tmp_path):
    # Given a 10,000-employee vault with rare CJK characters, backed up while open
    vault = new_vault.vault
    demo.populate(vault, 10_000, seed=11)
    mark_employee(vault, RARE_CJK, "11010119900307663X")
    info = backups.create_backup(vault, tmp_path / "big.ehrbak", passphrase=PASSPHRASE)
    before = all_rows(vault.layout.folder, vault.database.data_key)
    data_key = vault.database.data_key
    vault.close()
    assert info.counts["employees"] == 10_000

    # When it is restored into a new vault
    restored = backups.restore_backup(
        info.path, tmp_path / "Restored.ehrvault", passphrase=PASSPHRASE
    )

    # Then every row of every table is equal; the audit trail only gained the restore entry
    after = all_rows(restored, data_key)
    assert set(after) == set(before)
    for table in before:
        if table == "audit_log":
            assert after[table][: len(before[table])] == before[table]
            assert [row[3] for row in after[table][len(before[table]) :]] == [
                backups.RESTORED_ACTION
            ]
        else:
            assert after[table] == before[table], table
    assert any(RARE_CJK in str(row) for row in after["employees"])


def test_restored_vault_opens_with_passphrase_and_recovery_key_and_verifies(backed_up, tmp_path):
    backup, _rows, _key, recovery = backed_up
    target = backups.restore_backup(backup, tmp_path / "New.ehrvault", recovery_key=recovery)
    vault = vaults.unlock_with_passphrase(target, PASSPHRASE)
    try:
        report = verify_database(vault.database)
        assert report.ok, report.results
    finally:
        vault.close()
    vaults.unlock_with_recovery_key(target, recovery).close()


def test_a_separate_backup_passphrase_opens_the_backup_and_the_vault_passphrase_too(
    new_vault, tmp_path
):
    backup = tmp_path / "separate.ehrbak"
    backups.create_backup(
        new_vault.vault, backup, passphrase=OTHER_PASSPHRASE, separate_passphrase=True
    )
    assert backups.verify_backup(backup, passphrase=OTHER_PASSPHRASE).ok
    assert backups.verify_backup(backup, passphrase=PASSPHRASE).ok  # the vault's, at backup time
    target = backups.restore_backup(backup, tmp_path / "R.ehrvault", passphrase=OTHER_PASSPHRASE)
    vaults.unlock_with_passphrase(target, PASSPHRASE).close()  # the vault keeps its own passphrase


def test_backup_refuses_a_passphrase_that_is_not_the_vaults(new_vault, tmp_path):
    with pytest.raises(WrongPassphrase):
        backups.create_backup(new_vault.vault, tmp_path / "x.ehrbak", passphrase=OTHER_PASSPHRASE)
    with pytest.raises(WeakPassphrase):
        backups.create_backup(
            new_vault.vault, tmp_path / "x.ehrbak", passphrase="short", separate_passphrase=True
        )
    assert not list(tmp_path.glob("*.ehrbak")) and not list(tmp_path.glob(".*.tmp"))


def test_no_plaintext_of_a_known_record_in_the_backup_file(backed_up):
    backup, *_ = backed_up
    content = backup.read_bytes()
    for needle in (DISTINCTIVE, "11010119900307663X", RARE_CJK, demo.DEMO_COMPANY):
        assert needle.encode("utf-8") not in content
        assert needle.encode("utf-16-le") not in content
    assert b"SQLite format 3" not in content


@pytest.mark.parametrize(
    "fraction", [0.0, 0.3, 0.9, 1.5], ids=["start", "early", "late", "readback"]
)
def test_a_backup_interrupted_midway_leaves_no_file(new_vault, tmp_path, fraction):
    demo.populate(new_vault.vault, 200, seed=2)
    target_folder = tmp_path / "usb"
    target_folder.mkdir()

    def crash(done: int, total: int) -> None:
        if done >= fraction * total / 2:  # the write is the first half, the read-back the second
            raise KeyboardInterrupt

    with pytest.raises(KeyboardInterrupt):
        backups.create_backup(
            new_vault.vault,
            target_folder / "Company.ehrbak",
            passphrase=PASSPHRASE,
            progress=Progress(report=crash),
        )
    assert list(target_folder.iterdir()) == []


def test_backup_to_a_missing_folder_is_a_visible_storage_error(new_vault, tmp_path):
    from ehr_desktop.domain.errors import StorageError

    with pytest.raises(StorageError):
        backups.create_backup(
            new_vault.vault, tmp_path / "unplugged" / "x.ehrbak", passphrase=PASSPHRASE
        )


def test_backup_is_consistent_while_the_vault_is_written_to(new_vault, tmp_path):
    vault = new_vault.vault
    demo.populate(vault, 50, seed=4)

    def write_during_backup(done: int, total: int) -> None:
        with vault.database.unit_of_work() as session:
            settings.put(session, "company_name", f"edit {done}")

    backup = tmp_path / "live.ehrbak"
    backups.create_backup(
        vault, backup, passphrase=PASSPHRASE, progress=Progress(report=write_during_backup)
    )
    report = backups.verify_backup(backup, passphrase=PASSPHRASE)
    assert report.ok, report.results


@pytest.mark.parametrize("where", ["threads", "processes"])
def test_a_backup_taken_while_another_connection_keeps_writing_is_consistent(
    new_vault, tmp_path, monkeypatch, where
):
    """A writer on its own connection commits all along; the manifest's counts are exactly
    what the restored vault holds (one snapshot), and the writer was never blocked for long.
    With "processes" the page HMACs are checked by spawned processes reading the pinned file."""
    if where == "processes":
        monkeypatch.setattr(backups, "PROCESS_CHECK_BYTES", 0)
    vault = new_vault.vault
    demo.populate(vault, 300, seed=6)
    stop = threading.Event()
    commits = []

    def writer() -> None:
        connection = raw_connection(vault.layout.db, vault.database.data_key)
        try:
            connection.execute("CREATE TABLE IF NOT EXISTS scratch_log (n INTEGER, b BLOB)")
            n = 0
            while not stop.is_set():
                connection.execute("BEGIN IMMEDIATE")
                connection.execute("INSERT INTO scratch_log VALUES (?, randomblob(20000))", (n,))
                connection.execute(
                    "UPDATE employees SET mobile = ? WHERE id = ?", (f"1{n:010d}", n % 300 + 1)
                )
                connection.execute("COMMIT")
                commits.append(n)
                n += 1
                if n % 5 == 0:
                    connection.execute("PRAGMA wal_checkpoint(PASSIVE)").fetchone()
        finally:
            connection.close()

    thread = threading.Thread(target=writer)
    thread.start()
    try:
        while len(commits) < 20:
            time.sleep(0.01)
        backup = tmp_path / "live.ehrbak"
        info = backups.create_backup(
            vault,
            backup,
            passphrase=PASSPHRASE,
            progress=Progress(report=lambda done, total: time.sleep(0.002)),
        )
        during = len(commits)
        time.sleep(0.2)
    finally:
        stop.set()
        thread.join()
    assert backups.read_header(backup).format_version == 2
    assert len(commits) > during  # the writer went on after the backup
    report = backups.verify_backup(backup, passphrase=PASSPHRASE)
    assert report.ok, report.results
    assert report.counts == info.counts
    restored = backups.restore_backup(backup, tmp_path / "R.ehrvault", passphrase=PASSPHRASE)
    connection = raw_connection(restored / "vault.ehrdb", vault.database.data_key)
    try:
        logged = connection.execute("SELECT count(*) FROM scratch_log").fetchone()[0]
        assert [r[0] for r in connection.execute("PRAGMA integrity_check")] == ["ok"]
    finally:
        connection.close()
    assert logged == info.counts["scratch_log"] and 20 <= logged < len(commits)


def test_without_a_pin_the_backup_falls_back_to_version_1(new_vault, tmp_path, monkeypatch):
    """A reader that keeps the WAL in use stops the checkpoint: after a few tries the backup is
    written the old way (a snapshot by sqlcipher_export), and is just as good."""
    vault = new_vault.vault
    demo.populate(vault, 50, seed=3)
    monkeypatch.setattr(backups, "PIN_ATTEMPTS", 3)
    reader = raw_connection(vault.layout.db, vault.database.data_key)
    try:
        with vault.database.unit_of_work() as session:
            settings.put(session, "company_name", "before the reader")
        reader.execute("BEGIN")
        reader.execute("SELECT count(*) FROM employees").fetchone()
        with vault.database.unit_of_work() as session:  # a frame the reader keeps in the WAL
            settings.put(session, "company_name", "after the reader")
        backup = tmp_path / "fallback.ehrbak"
        backups.create_backup(vault, backup, passphrase=PASSPHRASE)
    finally:
        reader.execute("ROLLBACK")
        reader.close()
    assert backups.read_header(backup).format_version == 1
    assert backups.verify_backup(backup, passphrase=PASSPHRASE).ok
    restored = backups.restore_backup(backup, tmp_path / "R.ehrvault", passphrase=PASSPHRASE)
    reopened = vaults.unlock_with_passphrase(restored, PASSPHRASE)
    try:
        with reopened.database.unit_of_work() as session:
            assert settings.get(session, "company_name") == "after the reader"
    finally:
        reopened.close()


def test_verify_thorough_adds_the_chain_walk_and_sqlites_own_checks(backed_up):
    backup, *_ = backed_up
    quick = backups.verify_backup(backup, passphrase=PASSPHRASE)
    thorough = backups.verify_backup(backup, passphrase=PASSPHRASE, thorough=True)
    assert quick.ok and thorough.ok
    checks = {r.check for r in thorough.results}
    check = backups.BackupCheck
    assert {check.INTEGRITY, check.FOREIGN_KEYS, check.AUDIT_CHAIN} <= checks
    quick_checks = {r.check for r in quick.results}
    assert {check.FILE, check.CIPHER, check.SCHEMA, check.COUNTS} <= quick_checks
    if backups.read_header(backup).format_version == 2:
        assert check.AUDIT_TAIL in quick_checks and check.AUDIT_CHAIN not in quick_checks
    else:  # version 1 backups always get every check
        assert check.AUDIT_CHAIN in quick_checks


def test_an_audit_entry_edited_before_the_backup_is_found_by_thorough_verify_and_restore(
    new_vault, tmp_path
):
    """Someone holding the key drops the append-only trigger and edits an entry in the middle
    of the trail. The backup carries the trail as it is (it is authentic: the file is what the
    backup wrote). The default verify does not walk the chain (file, pages, schema, counts and
    the trail's last entry only); `verify --thorough` and restore do, and both find the edit."""
    vault = new_vault.vault
    demo.populate(vault, 40, seed=5)
    connection = raw_connection(vault.layout.db, vault.database.data_key)
    try:
        connection.execute("DROP TRIGGER audit_log_no_update")
        connection.execute("UPDATE audit_log SET actor = 'someone else' WHERE id = 7")
    finally:
        connection.close()
    backup = tmp_path / "edited.ehrbak"
    backups.create_backup(vault, backup, passphrase=PASSPHRASE)

    quick = backups.verify_backup(backup, passphrase=PASSPHRASE)
    assert quick.ok, quick.results
    thorough = backups.verify_backup(backup, passphrase=PASSPHRASE, thorough=True)
    chain = next(r for r in thorough.results if r.check is backups.BackupCheck.AUDIT_CHAIN)
    assert not thorough.ok and (chain.problem, chain.at) == ("broken", "7")
    with pytest.raises(BackupDamaged) as refused:
        backups.restore_backup(backup, tmp_path / "R.ehrvault", passphrase=PASSPHRASE)
    assert refused.value.facts["part"] == "audit_chain"
    assert not (tmp_path / "R.ehrvault").exists()


def test_verify_and_restore_refuse_a_manifest_that_names_another_audit_tail(
    new_vault, tmp_path, monkeypatch
):
    """The manifest names the trail's last entry (id and MAC), which restore writes as the
    restored vault's anchor. A manifest that disagrees with the pages (written here by a
    backup whose tail reading is made wrong) fails the default verify's tail check."""
    vault = new_vault.vault
    demo.populate(vault, 20, seed=2)
    real_tail = backup_file.audit_tail
    with monkeypatch.context() as patch:
        patch.setattr(backup_file, "audit_tail", lambda c: {**real_tail(c), "last_mac": "0" * 64})
        backup = backups.create_backup(vault, tmp_path / "x.ehrbak", passphrase=PASSPHRASE).path

    report = backups.verify_backup(backup, passphrase=PASSPHRASE)
    assert not report.ok
    assert report.first_problem.check is backups.BackupCheck.AUDIT_TAIL
    with pytest.raises(BackupDamaged):
        backups.restore_backup(backup, tmp_path / "R.ehrvault", passphrase=PASSPHRASE)


@pytest.mark.parametrize("where", ["threads", "processes"])
def test_a_backup_writes_nothing_but_its_own_temp_file(new_vault, tmp_path, monkeypatch, where):
    """No scratch copy in the system's temp folder (version 2 reads schema and counts on the
    pinned snapshot): while the backup runs, the only new file is the hidden temp file in the
    backup folder, and it is sealed."""
    if where == "processes":
        monkeypatch.setattr(backups, "PROCESS_CHECK_BYTES", 0)
    vault = new_vault.vault
    demo.populate(vault, 100, seed=1)
    system_temp = tmp_path / "system-temp"
    system_temp.mkdir()
    monkeypatch.setattr(tempfile, "tempdir", str(system_temp))
    folder = tmp_path / "usb"
    folder.mkdir()
    seen: list[list[str]] = []

    def look(_done: int, _total: int) -> None:
        seen.append(sorted(p.name for p in system_temp.rglob("*")))
        seen.append(sorted(p.name for p in folder.iterdir() if not p.name.endswith(".tmp")))

    backups.create_backup(vault, folder / "x.ehrbak", progress=Progress(report=look))
    assert seen and all(names == [] for names in seen)
    assert [p.name for p in folder.iterdir()] == ["x.ehrbak"]


def test_restore_over_an_existing_vault_swaps_and_keeps_a_safety_copy(backed_up, vault_path):
    backup, rows, data_key, _recovery = backed_up
    # Given the vault changed after the backup
    vault = vaults.unlock_with_passphrase(vault_path, PASSPHRASE)
    with vault.database.unit_of_work() as session:
        settings.put(session, "company_name", "changed after the backup")
    vault.close()
    changed = all_rows(vault_path, data_key)

    # When the backup replaces it
    restored = backups.restore_backup(backup, vault_path, passphrase=PASSPHRASE, replace=True)

    # Then the vault holds the backup's rows and the old one waits beside it
    assert restored == vault_path
    assert all_rows(vault_path, data_key)["vault_settings"] == rows["vault_settings"]
    (safety,) = vault_path.parent.glob("Company.ehrvault.before-restore-*")
    assert all_rows(safety, data_key) == changed
    assert not list(vault_path.parent.glob(".*restoring*"))


def test_restore_refuses_an_open_vault_and_an_occupied_target(backed_up, vault_path, tmp_path):
    backup, *_ = backed_up
    before = snapshot(vault_path)
    vault = vaults.unlock_with_passphrase(vault_path, PASSPHRASE)
    try:
        with pytest.raises(VaultInUse):
            backups.restore_backup(backup, vault_path, passphrase=PASSPHRASE, replace=True)
    finally:
        vault.close()
    with pytest.raises(VaultAlreadyExists):
        backups.restore_backup(backup, vault_path, passphrase=PASSPHRASE)
    assert snapshot(vault_path).keys() == before.keys()
    assert not list(tmp_path.glob("*before-restore*"))


@pytest.mark.parametrize("how", ["passphrase", "recovery_key"])
def test_wrong_secret_is_refused_and_the_live_vault_is_untouched(backed_up, vault_path, how):
    backup, *_ = backed_up
    before = snapshot(vault_path)
    if how == "passphrase":
        kwargs, expected = {"passphrase": OTHER_PASSPHRASE}, WrongPassphrase
    else:
        someone_elses = recovery_key.format_key(os.urandom(recovery_key.KEY_BYTES))
        kwargs, expected = {"recovery_key": someone_elses}, WrongRecoveryKey
    with pytest.raises(expected):
        backups.restore_backup(backup, vault_path, replace=True, **kwargs)
    assert snapshot(vault_path) == before
    assert [p.name for p in vault_path.parent.iterdir() if "restor" in p.name] == []


def test_another_vaults_recovery_key_does_not_open_the_backup(backed_up, tmp_path):
    backup, *_ = backed_up
    other = vaults.create_vault(tmp_path / "Other.ehrvault", PASSPHRASE, kdf_params=CHEAP_KDF)
    other.vault.close()
    with pytest.raises(WrongRecoveryKey):
        backups.verify_backup(backup, recovery_key=other.recovery_key)


def test_read_header_needs_no_secret_and_reveals_nothing_personal(backed_up, vault_path):
    backup, *_ = backed_up
    header = backups.read_header(backup)
    assert header.vault_id == keyslots.load(vault_path).vault_id
    assert header.schema_revision
    assert DISTINCTIVE.encode() not in header.raw
    assert b"employees" not in header.raw  # no counts outside the encrypted manifest


def test_payload_is_a_sqlcipher_database_not_plain_sqlite(backed_up, tmp_path):
    backup, *_ = backed_up
    with pytest.raises(sqlite3.DatabaseError):
        raw = backup.read_bytes()
        plain = tmp_path / "plain.db"
        plain.write_bytes(raw)
        sqlite3.connect(plain).execute("SELECT * FROM sqlite_master").fetchall()


def test_a_backup_without_a_passphrase_opens_with_the_vault_passphrase_and_recovery_key(
    new_vault, tmp_path
):
    # Given an automatic backup: the app does not know the passphrase, so none is given
    vault = new_vault.vault
    demo.populate(vault, 40, seed=8)
    backup = tmp_path / "auto.ehrbak"
    info = backups.create_backup(vault, backup)
    data_key = vault.database.data_key
    vault.close()

    # Then it has no passphrase slot of its own (no Argon2 slot, nothing for a typo to seal)
    header = backups.read_header(backup)
    assert header.slot("passphrase") is None
    assert {s.kind for s in header.slots} == {"vault-key", "data-key"}
    assert info.counts["employees"] == 40

    # And it opens (verify and restore) with the vault passphrase of its time or the recovery key
    assert backups.verify_backup(backup, passphrase=PASSPHRASE).ok
    assert backups.verify_backup(backup, recovery_key=new_vault.recovery_key).ok
    with pytest.raises(WrongPassphrase):
        backups.verify_backup(backup, passphrase=OTHER_PASSPHRASE)
    target = backups.restore_backup(backup, tmp_path / "R.ehrvault", passphrase=PASSPHRASE)
    restored = vaults.unlock_with_recovery_key(target, new_vault.recovery_key)
    try:
        assert restored.database.data_key == data_key
        assert verify_database(restored.database).ok
    finally:
        restored.close()


def test_a_backup_without_a_passphrase_follows_the_vault_passphrase_of_its_time(
    new_vault, tmp_path
):
    vault = new_vault.vault
    backup = tmp_path / "before-change.ehrbak"
    backups.create_backup(vault, backup)
    vaults.change_passphrase(vault, OTHER_PASSPHRASE, kdf_params=CHEAP_KDF)
    vault.close()
    assert backups.verify_backup(backup, passphrase=PASSPHRASE).ok  # current at backup time
    with pytest.raises(WrongPassphrase):
        backups.verify_backup(backup, passphrase=OTHER_PASSPHRASE)


def test_a_separate_passphrase_cannot_be_left_out(new_vault, tmp_path):
    with pytest.raises(ValueError):
        backups.create_backup(new_vault.vault, tmp_path / "x.ehrbak", separate_passphrase=True)
    assert not list(tmp_path.glob("*.ehrbak")) and not list(tmp_path.glob(".*.tmp"))


def test_attachments_round_trip_byte_for_byte(new_vault, tmp_path):
    """Scans live inside the vault, so a backup carries them and a restore gives them back."""
    from ehr_desktop.services import attachments, employees

    vault = new_vault.vault
    demo.populate(vault, 20, seed=3)
    scan = os.urandom(3 * 1024 * 1024)  # incompressible: a real scan's size, not a toy
    photo = b"\x89PNG\r\n\x1a\n" + os.urandom(2048)
    scan_id = attachments.add(
        vault,
        1,
        attachments.NewAttachment(f"劳动合同{RARE_CJK}.pdf", b"%PDF-1.7\n" + scan, "contract"),
    )
    photo_id = attachments.add(vault, 1, attachments.NewAttachment("照片.png", photo, "photo"))
    info = backups.create_backup(vault, tmp_path / "with-scans.ehrbak", passphrase=PASSPHRASE)
    vault.close()
    assert info.counts["attachments"] == 2

    restored = backups.restore_backup(info.path, tmp_path / "R.ehrvault", passphrase=PASSPHRASE)
    again = vaults.unlock_with_passphrase(restored, PASSPHRASE)
    try:
        assert attachments.content(again, scan_id) == b"%PDF-1.7\n" + scan
        assert attachments.content(again, photo_id) == photo
        file = employees.load_file(again, 1)
        assert {a.file_name for a in file.attachments} == {f"劳动合同{RARE_CJK}.pdf", "照片.png"}
        assert file.photo_attachment_id == photo_id
    finally:
        again.close()


@pytest.mark.parametrize("where", ["threads", "processes"])
def test_a_vault_with_a_damaged_page_is_not_backed_up_as_good(
    closed_vault, vault_path, tmp_path, monkeypatch, where
):
    """Version 2 carries the pages as they are: one whose SQLCipher HMAC fails is found by the
    page check (threads in this process, or two spawned processes for a large vault), and no
    backup file remains."""
    if where == "processes":
        monkeypatch.setattr(backups, "PROCESS_CHECK_BYTES", 0)
    vault = vaults.unlock_with_passphrase(vault_path, PASSPHRASE)
    try:
        demo.populate(vault, 300, seed=8)
    finally:
        vault.close()
    db = vault_path / "vault.ehrdb"
    pages = db.stat().st_size // 4096
    with db.open("r+b") as handle:
        handle.seek((pages - 2) * 4096 + 1000)
        byte = handle.read(1)
        handle.seek(-1, os.SEEK_CUR)
        handle.write(bytes([byte[0] ^ 0x01]))
    vault = vaults.unlock_with_passphrase(vault_path, PASSPHRASE)
    folder = tmp_path / "usb"
    folder.mkdir()
    try:
        with pytest.raises(BackupDamaged) as caught:
            backups.create_backup(vault, folder / "x.ehrbak", passphrase=PASSPHRASE)
    finally:
        vault.close()
    assert caught.value.facts["part"] == "readback_cipher"
    assert list(folder.iterdir()) == []


KILL_SCRIPT = """
import os, signal, sys
from pathlib import Path
from ehr_desktop.services import backups, vaults
from ehr_desktop.services.progress import Progress

vault = vaults.unlock_with_passphrase(Path(sys.argv[1]), sys.argv[2])
cut = float(sys.argv[4])

def kill(done, total):
    if done >= cut * total:
        os.kill(os.getpid(), signal.SIGKILL)

backups.create_backup(vault, Path(sys.argv[3]), progress=Progress(report=kill))
"""


@pytest.mark.skipif(os.name != "posix", reason="SIGKILL")
@pytest.mark.parametrize("cut", [0.25, 0.75], ids=["writing", "reading-back"])
def test_a_backup_killed_midway_leaves_no_file_that_looks_valid(
    closed_vault, vault_path, tmp_path, cut
):
    """kill -9 in the middle: nothing under the backup's name; the temp file left behind is not
    a valid backup (no manifest yet, or it would be complete and then renamed)."""
    vault = vaults.unlock_with_passphrase(vault_path, PASSPHRASE)
    try:
        demo.populate(vault, 300, seed=7)
    finally:
        vault.close()
    folder = tmp_path / "usb"
    folder.mkdir()
    target = folder / "Company.ehrbak"
    scratch = tmp_path / "tmp"  # where a killed backup leaves its scratch copy (encrypted)
    scratch.mkdir()
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(sys.path), "TMPDIR": str(scratch)}
    child = subprocess.run(
        [sys.executable, "-c", KILL_SCRIPT, str(vault_path), PASSPHRASE, str(target), str(cut)],
        env=env,
        capture_output=True,
        timeout=120,
    )
    assert child.returncode == -9, child.stderr.decode(errors="replace")[-2000:]
    assert not target.exists()
    for left in folder.iterdir():
        assert left.name.startswith(".") and left.name.endswith(".tmp")
        if cut < 0.5:  # still being written: no manifest, so not a backup that verifies
            with pytest.raises((BackupDamaged, NotABackup)):
                backups.verify_backup(left, passphrase=PASSPHRASE)
    vaults.unlock_with_passphrase(vault_path, PASSPHRASE).close()  # the vault is fine


@pytest.mark.parametrize("where", ["threads", "processes"])
def test_verify_checks_every_pages_hmac_itself(
    closed_vault, vault_path, tmp_path, monkeypatch, where
):
    """A backup written by a build whose page check let a damaged page through (simulated by
    switching the check off while writing) is authentic, yet verify finds the page: in
    threads while extracting (small file) or in two processes beside SQLite's checks."""
    vault = vaults.unlock_with_passphrase(vault_path, PASSPHRASE)
    try:
        demo.populate(vault, 300, seed=8)
    finally:
        vault.close()
    db = vault_path / "vault.ehrdb"
    damaged_page = db.stat().st_size // 4096 - 1
    with db.open("r+b") as handle:
        handle.seek((damaged_page - 1) * 4096 + 1000)
        byte = handle.read(1)
        handle.seek(-1, os.SEEK_CUR)
        handle.write(bytes([byte[0] ^ 0x01]))
    vault = vaults.unlock_with_passphrase(vault_path, PASSPHRASE)
    backup = tmp_path / "x.ehrbak"
    try:
        with monkeypatch.context() as patch:
            patch.setattr(page_mac, "_bad_pages", lambda *_args: [])
            backups.create_backup(vault, backup, passphrase=PASSPHRASE)
    finally:
        vault.close()
    if where == "processes":
        monkeypatch.setattr(backups, "PROCESS_CHECK_BYTES", 0)
    report = backups.verify_backup(backup, passphrase=PASSPHRASE)
    assert not report.ok
    cipher = next(r for r in report.results if r.check is backups.BackupCheck.CIPHER)
    assert (cipher.ok, cipher.problem, cipher.at) == (False, "pages_damaged", str(damaged_page))
