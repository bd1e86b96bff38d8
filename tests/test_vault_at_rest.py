"""What lies on disk: no plaintext database header and no personal data in any file, ever."""

import datetime as dt
import os
import sqlite3

import pytest
from sqlalchemy import text
from support.vault_helpers import DISTINCTIVE, PASSPHRASE, files_containing

from ehr_desktop.persistence.models import Employee, EmploymentEvent, VaultSetting
from ehr_desktop.services import settings, vaults

SQLITE_HEADER = b"SQLite format 3"
NEEDLES = [
    DISTINCTIVE.encode("utf-8"),
    DISTINCTIVE.encode("utf-16-le"),
    DISTINCTIVE.encode("utf-16-be"),
    b"ZQ-DISTINCT",
    "张三".encode(),
    b"440524188001010014",
    b"13812345678",
    b"zq-distinct-7731@example.com",
]


def write_personal_data(vault: vaults.UnlockedVault) -> None:
    with vault.database.unit_of_work() as session:
        employee = Employee(
            employee_no="E-7731",
            name=DISTINCTIVE,
            id_number="440524188001010014",
            mobile="13812345678",
            email="zq-distinct-7731@example.com",
        )
        session.add(employee)
        session.flush()
        session.add(
            EmploymentEvent(
                employee_id=employee.id,
                kind="hire",
                effective_date=dt.date(2026, 1, 5),
                note=f"note about {DISTINCTIVE}",
                recorded_by="tester",
            )
        )
        session.add(VaultSetting(key="company.name", value=DISTINCTIVE))


def assert_nothing_readable(folder) -> None:
    for needle in NEEDLES:
        assert files_containing(folder, needle) == [], needle
    assert files_containing(folder, SQLITE_HEADER) == []


def test_new_vault_has_no_plaintext_sqlite_header(closed_vault, vault_path):
    database = (vault_path / "vault.ehrdb").read_bytes()
    assert not database.startswith(SQLITE_HEADER)
    assert files_containing(vault_path, SQLITE_HEADER) == []


def test_personal_data_is_in_no_file_while_the_vault_is_open(new_vault, vault_path):
    write_personal_data(new_vault.vault)
    # The pool keeps connections open: the write-ahead log holds the newest pages now.
    assert (vault_path / "vault.ehrdb-wal").stat().st_size > 0
    assert_nothing_readable(vault_path)


def test_personal_data_is_in_no_file_after_closing(new_vault, vault_path):
    write_personal_data(new_vault.vault)
    new_vault.vault.close()
    assert not (vault_path / "vault.ehrdb-wal").exists()
    assert_nothing_readable(vault_path)


def test_personal_data_is_readable_with_the_key(new_vault):
    write_personal_data(new_vault.vault)
    with new_vault.vault.database.reading() as session:
        assert session.scalar(text("SELECT name FROM employees")) == DISTINCTIVE


def test_safety_copies_and_every_other_file_stay_encrypted_after_reopening(new_vault, vault_path):
    write_personal_data(new_vault.vault)
    new_vault.vault.close()
    reopened = vaults.unlock_with_passphrase(vault_path, PASSPHRASE)
    try:
        with reopened.database.unit_of_work() as session:
            session.get(Employee, 1).mobile = "13900000000"
        assert_nothing_readable(vault_path)
    finally:
        reopened.close()
    assert_nothing_readable(vault_path)


def test_plain_sqlite_cannot_read_the_vault(closed_vault, vault_path):
    connection = sqlite3.connect(vault_path / "vault.ehrdb")
    try:
        with pytest.raises(sqlite3.DatabaseError):
            connection.execute("SELECT count(*) FROM sqlite_master").fetchone()
    finally:
        connection.close()


def test_database_file_is_whole_pages(closed_vault, vault_path):
    size = (vault_path / "vault.ehrdb").stat().st_size
    assert size > 0
    assert size % 4096 == 0


@pytest.mark.skipif(os.name != "posix", reason="POSIX file modes")
def test_every_vault_file_is_readable_by_its_owner_only(new_vault):
    """Encrypted or not, nothing in the vault folder is left readable to other accounts."""
    with new_vault.vault.database.unit_of_work() as session:
        settings.put(session, settings.COMPANY_NAME, "Mode check")
    for path in new_vault.vault.layout.folder.iterdir():
        if path.is_file():
            assert path.stat().st_mode & 0o077 == 0, path.name
