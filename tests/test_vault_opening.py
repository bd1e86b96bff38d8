"""Opening what is not a healthy vault: precise errors, and nothing changed or created on disk."""

import os
import sqlite3
from pathlib import Path

import pytest
from support.vault_helpers import PASSPHRASE, snapshot

from ehr_desktop.domain.errors import NotAVault, VaultDamaged, VaultNotFound
from ehr_desktop.persistence.vault_files import check
from ehr_desktop.services import vaults


def unlock(path: Path) -> None:
    vaults.unlock_with_passphrase(path, PASSPHRASE).close()


def damaged_part(path: Path) -> str:
    before = snapshot(path) if path.is_dir() else None
    with pytest.raises(VaultDamaged) as caught:
        unlock(path)
    if before is not None:
        assert snapshot(path) == before, "a refused vault must be left exactly as it was"
    return caught.value.facts["part"]


def test_missing_folder_is_not_found(tmp_path):
    with pytest.raises(VaultNotFound):
        unlock(tmp_path / "Nowhere.ehrvault")


def test_plain_file_is_not_a_vault(tmp_path):
    path = tmp_path / "report.xlsx"
    path.write_bytes(b"PK\x03\x04 not a vault")
    with pytest.raises(NotAVault):
        unlock(path)


def test_random_folder_is_not_a_vault(tmp_path):
    folder = tmp_path / "Photos"
    folder.mkdir()
    (folder / "holiday.jpg").write_bytes(os.urandom(100))
    before = snapshot(folder)
    with pytest.raises(NotAVault):
        unlock(folder)
    assert snapshot(folder) == before


def test_missing_database_file_is_damage(closed_vault, vault_path):
    (vault_path / "vault.ehrdb").unlink()
    assert damaged_part(vault_path) == "database_missing"


def test_zero_byte_database_is_truncated_not_a_new_database(closed_vault, vault_path):
    (vault_path / "vault.ehrdb").write_bytes(b"")
    assert damaged_part(vault_path) == "database_truncated"
    assert (vault_path / "vault.ehrdb").stat().st_size == 0


def test_database_cut_inside_a_page_is_truncated(closed_vault, vault_path):
    database = vault_path / "vault.ehrdb"
    database.write_bytes(database.read_bytes()[: 4096 * 3 + 1000])
    assert damaged_part(vault_path) == "database_truncated"


@pytest.mark.parametrize("pages_kept", [1, 3, -1])
def test_database_cut_at_a_page_boundary_does_not_open(closed_vault, vault_path, pages_kept):
    """SQLCipher's cipher_integrity_check misses this; the page count in the header does not."""
    database = vault_path / "vault.ehrdb"
    pages = database.stat().st_size // 4096
    assert pages > 3
    database.write_bytes(database.read_bytes()[: 4096 * (pages_kept % pages)])
    assert damaged_part(vault_path) == "database"


def test_plaintext_sqlite_file_is_not_a_vault(closed_vault, vault_path):
    database = vault_path / "vault.ehrdb"
    database.unlink()
    connection = sqlite3.connect(database)
    connection.execute("CREATE TABLE t (x)")
    connection.commit()
    connection.close()
    assert database.stat().st_size % 4096 == 0
    with pytest.raises(NotAVault):
        unlock(vault_path)


def test_random_bytes_as_database_are_damage(closed_vault, vault_path):
    (vault_path / "vault.ehrdb").write_bytes(os.urandom(4096 * 8))
    assert damaged_part(vault_path) == "database"


def test_flipped_byte_in_a_page_is_noticed(closed_vault, vault_path):
    database = vault_path / "vault.ehrdb"
    raw = bytearray(database.read_bytes())
    raw[100] ^= 0x01  # inside page 1, under its HMAC
    database.write_bytes(bytes(raw))
    assert damaged_part(vault_path) == "database"


def test_check_accepts_a_healthy_vault(closed_vault, vault_path):
    assert check(vault_path).folder == vault_path
