"""Creating, unlocking, remembering, re-keying and recovering a vault, through the services."""

import time
from pathlib import Path

import keyring
import pytest
from sqlalchemy import select
from support.memory_keyring import BlockingKeyring, NoKeyring
from support.vault_helpers import OTHER_PASSPHRASE, PASSPHRASE, snapshot

from ehr_desktop.domain.errors import (
    KeyringUnavailable,
    NotRemembered,
    StorageError,
    VaultAlreadyExists,
    VaultInUse,
    WeakPassphrase,
    WrongPassphrase,
    WrongRecoveryKey,
)
from ehr_desktop.persistence import audit
from ehr_desktop.persistence.models import AuditLogEntry, Employee
from ehr_desktop.security import keyring_store, keyslots
from ehr_desktop.services import vaults
from ehr_desktop.services.verification import verify_database


def audit_actions(vault: vaults.UnlockedVault) -> list[str]:
    with vault.database.reading() as session:
        return list(session.scalars(select(AuditLogEntry.action).order_by(AuditLogEntry.id)))


def test_created_vault_is_unlocked_and_verifies(new_vault, vault_path):
    vault = new_vault.vault
    assert vault.layout.folder == vault_path
    assert vault.name == "Company"
    assert vault.database.is_open
    assert verify_database(vault.database).ok
    assert audit_actions(vault) == ["vault_created"]


def test_vault_path_adds_the_suffix_once(tmp_path):
    assert vaults.vault_path(tmp_path, " Firma ") == tmp_path / "Firma.ehrvault"
    assert vaults.vault_path(tmp_path, "Firma.ehrvault") == tmp_path / "Firma.ehrvault"


def test_passphrase_unlocks_and_data_survives_closing(new_vault, vault_path):
    with new_vault.vault.database.unit_of_work() as session:
        session.add(Employee(employee_no="E-1", name="王芳"))
    new_vault.vault.close()
    vault = vaults.unlock_with_passphrase(vault_path, PASSPHRASE)
    try:
        with vault.database.reading() as session:
            assert session.scalars(select(Employee.name)).all() == ["王芳"]
    finally:
        vault.close()


def test_any_file_inside_the_vault_folder_opens_the_vault(closed_vault, vault_path):
    vault = vaults.unlock_with_passphrase(vault_path / "vault.ehrdb", PASSPHRASE)
    try:
        assert vault.layout.folder == vault_path
    finally:
        vault.close()


def test_recovery_key_typed_lowercase_with_spaces_unlocks(closed_vault, vault_path):
    typed = closed_vault.recovery_key.lower().replace("-", " ")
    vault = vaults.unlock_with_recovery_key(vault_path, typed)
    try:
        assert audit_actions(vault)[-1] == "unlocked_with_recovery_key"
        assert verify_database(vault.database).ok
    finally:
        vault.close()


def test_recovery_key_of_another_vault_is_refused(tmp_path, closed_vault, vault_path):
    other = vaults.create_vault(tmp_path / "Other.ehrvault", PASSPHRASE)
    other.vault.close()
    with pytest.raises(WrongRecoveryKey):
        vaults.unlock_with_recovery_key(vault_path, other.recovery_key)


def test_remembered_unlock_works_until_forgotten(new_vault, vault_path, memory_keyring):
    vaults.set_remembered(new_vault.vault, True)
    assert vaults.is_remembered(vault_path)
    assert list(memory_keyring.secrets) == [(keyring_store.SERVICE, new_vault.vault.vault_id)]
    new_vault.vault.close()

    vault = vaults.unlock_remembered(vault_path)
    vaults.set_remembered(vault, False)
    vault.close()

    assert not vaults.is_remembered(vault_path)
    assert memory_keyring.secrets == {}
    with pytest.raises(NotRemembered):
        vaults.unlock_remembered(vault_path)


def test_remembered_secret_is_stored_only_in_the_keyring(new_vault, vault_path, memory_keyring):
    vaults.set_remembered(new_vault.vault, True)
    new_vault.vault.close()
    (stored,) = memory_keyring.secrets.values()
    secret = keyring_store.fetch(new_vault.vault.vault_id)
    for path in vault_path.rglob("*"):
        if path.is_file():
            assert stored.encode() not in path.read_bytes()
            assert secret not in path.read_bytes()


def test_create_with_remember_puts_a_secret_in_the_keyring(vault_path, memory_keyring):
    created = vaults.create_vault(vault_path, PASSPHRASE, remember=True)
    created.vault.close()
    assert len(memory_keyring.secrets) == 1
    vaults.unlock_remembered(vault_path).close()


def test_cleared_keyring_entry_means_not_remembered(new_vault, vault_path, memory_keyring):
    vaults.set_remembered(new_vault.vault, True)
    new_vault.vault.close()
    memory_keyring.secrets.clear()
    with pytest.raises(NotRemembered):
        vaults.unlock_remembered(vault_path)


def test_foreign_keyring_secret_does_not_open(new_vault, vault_path, memory_keyring):
    vaults.set_remembered(new_vault.vault, True)
    new_vault.vault.close()
    keyring_store.store(new_vault.vault.vault_id, keyring_store.new_secret())
    with pytest.raises(NotRemembered):
        vaults.unlock_remembered(vault_path)


def test_without_a_keyring_remember_is_skipped_and_passphrase_still_works(vault_path):
    keyring.set_keyring(NoKeyring())
    created = vaults.create_vault(vault_path, PASSPHRASE, remember=True)
    created.vault.close()
    assert keyslots.KEYRING not in keyslots.load(vault_path).kinds()
    assert not keyring_store.available()
    with pytest.raises((KeyringUnavailable, NotRemembered)):
        vaults.unlock_remembered(vault_path)
    vaults.unlock_with_passphrase(vault_path, PASSPHRASE).close()


def test_keyring_gone_after_remembering_reports_unavailable(new_vault, vault_path):
    vaults.set_remembered(new_vault.vault, True)
    new_vault.vault.close()
    keyring.set_keyring(NoKeyring())
    with pytest.raises(KeyringUnavailable):
        vaults.unlock_remembered(vault_path)


def test_forgetting_works_even_when_the_keyring_is_gone(new_vault, vault_path):
    vaults.set_remembered(new_vault.vault, True)
    keyring.set_keyring(NoKeyring())
    vaults.set_remembered(new_vault.vault, False)
    assert not vaults.is_remembered(vault_path)


def test_locked_keyring_times_out_instead_of_hanging(new_vault, vault_path, monkeypatch):
    vaults.set_remembered(new_vault.vault, True)
    new_vault.vault.close()
    blocking = BlockingKeyring()
    keyring.set_keyring(blocking)
    monkeypatch.setattr(keyring_store, "TIMEOUT_SECONDS", 0.3)
    started = time.perf_counter()
    try:
        with pytest.raises(KeyringUnavailable) as caught:
            vaults.unlock_remembered(vault_path)
        assert caught.value.facts["reason"] == "timeout"
        assert time.perf_counter() - started < 5
    finally:
        blocking.release.set()  # frees the keyring worker thread for the next tests


def test_changed_passphrase_opens_and_the_old_one_does_not(new_vault, vault_path):
    data_key = new_vault.vault.database.data_key
    vaults.change_passphrase(new_vault.vault, OTHER_PASSPHRASE)
    assert audit_actions(new_vault.vault)[-1] == "passphrase_changed"
    new_vault.vault.close()
    with pytest.raises(WrongPassphrase):
        vaults.unlock_with_passphrase(vault_path, PASSPHRASE)
    vaults.unlock_with_passphrase(vault_path, OTHER_PASSPHRASE).close()
    # The data key, and so every page of the database, stays what it was: no re-encryption.
    assert keyslots.unlock_with_passphrase(vault_path, OTHER_PASSPHRASE)[1] == data_key


def test_changing_the_passphrase_leaves_the_database_file_alone(closed_vault, vault_path):
    """Given a locked vault, when only the passphrase changes, the old database file still fits."""
    database_before = (vault_path / "vault.ehrdb").read_bytes()
    anchor_before = (vault_path / "audit-anchor.json").read_bytes()
    vault = vaults.unlock_with_passphrase(vault_path, PASSPHRASE)
    main_file_while_open = (vault_path / "vault.ehrdb").read_bytes()
    vaults.change_passphrase(vault, OTHER_PASSPHRASE)
    # The security event goes to the write-ahead log; the main file is not rewritten.
    assert (vault_path / "vault.ehrdb").read_bytes() == main_file_while_open
    vault.close()
    (vault_path / "vault.ehrdb").write_bytes(database_before)
    # The anchor names the entry we just rolled back: put back the one that fits the old file.
    (vault_path / "audit-anchor.json").write_bytes(anchor_before)
    restored = vaults.unlock_with_passphrase(vault_path, OTHER_PASSPHRASE)
    try:
        assert verify_database(restored.database).ok
    finally:
        restored.close()


def test_weak_new_passphrase_is_refused_and_slots_stay(new_vault, vault_path):
    before = (vault_path / keyslots.PRIMARY_NAME).read_bytes()
    with pytest.raises(WeakPassphrase):
        vaults.change_passphrase(new_vault.vault, "password1")
    assert (vault_path / keyslots.PRIMARY_NAME).read_bytes() == before


def test_replaced_recovery_key_works_and_the_old_one_does_not(new_vault, vault_path):
    old_key = new_vault.recovery_key
    new_key = vaults.replace_recovery_key(new_vault.vault)
    assert new_key != old_key
    new_vault.vault.close()
    with pytest.raises(WrongRecoveryKey):
        vaults.unlock_with_recovery_key(vault_path, old_key)
    vaults.unlock_with_recovery_key(vault_path, new_key).close()
    vaults.unlock_with_passphrase(vault_path, PASSPHRASE).close()


def test_vault_opened_twice_at_once_is_in_use(new_vault, vault_path):
    before = snapshot(vault_path)
    with pytest.raises(VaultInUse):
        vaults.unlock_with_passphrase(vault_path, PASSPHRASE)
    assert snapshot(vault_path).keys() == before.keys()
    new_vault.vault.close()
    vaults.unlock_with_passphrase(vault_path, PASSPHRASE).close()


def test_closing_twice_is_harmless(new_vault):
    new_vault.vault.close()
    new_vault.vault.close()
    assert not new_vault.vault.database.is_open


def test_existing_non_empty_target_is_refused_and_nothing_is_created(tmp_path):
    target = tmp_path / "Busy.ehrvault"
    target.mkdir()
    (target / "notes.txt").write_text("keep me")
    before = sorted(p.name for p in tmp_path.iterdir())
    with pytest.raises(VaultAlreadyExists):
        vaults.create_vault(target, PASSPHRASE)
    assert sorted(p.name for p in tmp_path.iterdir()) == before
    assert [p.name for p in target.iterdir()] == ["notes.txt"]


def test_existing_file_as_target_is_refused(tmp_path):
    target = tmp_path / "file.ehrvault"
    target.write_text("x")
    with pytest.raises(VaultAlreadyExists):
        vaults.create_vault(target, PASSPHRASE)
    assert target.read_text() == "x"


def test_empty_folder_picked_as_target_becomes_the_vault(tmp_path):
    target = tmp_path / "Empty.ehrvault"
    target.mkdir()
    created = vaults.create_vault(target, PASSPHRASE)
    created.vault.close()
    assert (target / "vault.ehrdb").is_file()


def test_weak_passphrase_creates_nothing(tmp_path, vault_path):
    with pytest.raises(WeakPassphrase):
        vaults.create_vault(vault_path, "password123")
    assert list(tmp_path.iterdir()) in ([], [tmp_path / "config"])


def test_failure_during_creation_leaves_nothing_behind(tmp_path, vault_path, monkeypatch):
    def full_disk(folder: Path, slot_file):
        raise StorageError(path=str(folder), reason="No space left on device")

    monkeypatch.setattr(keyslots, "save", full_disk)
    with pytest.raises(StorageError):
        vaults.create_vault(vault_path, PASSPHRASE)
    assert [p.name for p in tmp_path.iterdir() if p.name != "config"] == []


def test_security_events_are_chained_in_the_audit_trail(new_vault):
    vaults.set_remembered(new_vault.vault, True)
    vaults.change_passphrase(new_vault.vault, OTHER_PASSPHRASE)
    vaults.replace_recovery_key(new_vault.vault)
    assert audit_actions(new_vault.vault) == [
        "vault_created",
        "remember_on_computer",
        "passphrase_changed",
        "recovery_key_replaced",
    ]
    with new_vault.vault.database.engine.connect() as connection:
        entries = list(audit.entries(connection))
    assert entries[1].detail == '{"enabled":"yes"}'
    assert verify_database(new_vault.vault.database).ok
