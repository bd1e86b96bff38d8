"""Verification reports damage as failed checks; it never crashes on what it is meant to find."""

import pytest
from support.vault_helpers import PASSPHRASE

from ehr_desktop.services import demo, vaults
from ehr_desktop.services.verification import CheckName, verify_database


@pytest.fixture
def filled_vault(new_vault, vault_path):
    demo.populate(new_vault.vault, 150, seed=3)
    new_vault.vault.close()
    return vault_path


def flip_byte_in_page(vault_path, page_from_end: int) -> None:
    database = vault_path / "vault.ehrdb"
    raw = bytearray(database.read_bytes())
    pages = len(raw) // 4096
    page = pages - page_from_end if page_from_end else pages // 2
    raw[page * 4096 + 600] ^= 0xFF
    database.write_bytes(bytes(raw))


@pytest.mark.parametrize("page_from_end", [1, 0], ids=["last-page", "middle-page"])
def test_damaged_page_inside_the_file_is_reported_not_raised(filled_vault, page_from_end):
    flip_byte_in_page(filled_vault, page_from_end)
    vault = vaults.unlock_with_passphrase(filled_vault, PASSPHRASE)  # page 1 is still fine
    try:
        report = verify_database(vault.database)
    finally:
        vault.close()
    assert not report.ok
    results = {r.check: r for r in report.results}
    assert [r.check for r in report.results] == list(CheckName)
    assert results[CheckName.CIPHER].ok is False
    assert results[CheckName.CIPHER].problem == "pages_damaged"
    assert results[CheckName.INTEGRITY].ok is False


def test_healthy_filled_vault_verifies(filled_vault):
    vault = vaults.unlock_with_passphrase(filled_vault, PASSPHRASE)
    try:
        report = verify_database(vault.database)
    finally:
        vault.close()
    assert report.ok, report.results
    assert all(r.problem == "" for r in report.results)


def test_missing_audit_anchor_is_reported(new_vault):
    vault = new_vault.vault
    vault.layout.anchor.unlink()
    report = verify_database(vault.database)
    chain = next(r for r in report.results if r.check.value == "audit_chain")
    assert not report.ok
    assert chain.problem == "anchor_missing"
