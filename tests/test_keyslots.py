"""Key slots on disk: wrong passphrases change nothing, a damaged copy is survivable, slots bind."""

import json
from pathlib import Path

import pytest
from support.vault_helpers import (
    CHEAP_KDF,
    OTHER_PASSPHRASE,
    PASSPHRASE,
    rewrite_slot_file,
    snapshot,
)

from ehr_desktop.domain import recovery_key
from ehr_desktop.domain.errors import VaultDamaged, WrongPassphrase, WrongRecoveryKey
from ehr_desktop.security import kdf, keyslots
from ehr_desktop.services import vaults


def primary(folder: Path) -> Path:
    return folder / keyslots.PRIMARY_NAME


def backup(folder: Path) -> Path:
    return folder / keyslots.BACKUP_NAME


def opens_with(folder: Path, passphrase: str) -> bool:
    try:
        vaults.unlock_with_passphrase(folder, passphrase).close()
    except WrongPassphrase:
        return False
    return True


def test_wrong_passphrase_changes_nothing_on_disk(closed_vault, vault_path):
    before = snapshot(vault_path)
    with pytest.raises(WrongPassphrase):
        vaults.unlock_with_passphrase(vault_path, "Not-the-passphrase-42!")
    assert snapshot(vault_path) == before


def test_both_copies_are_identical_after_creation(closed_vault, vault_path):
    assert primary(vault_path).read_bytes() == backup(vault_path).read_bytes()
    body = json.loads(primary(vault_path).read_text())
    assert body["format"] == keyslots.FORMAT
    assert {slot["kind"] for slot in body["slots"]} == {keyslots.PASSPHRASE, keyslots.RECOVERY}


def test_slot_file_holds_no_key_material_in_clear(new_vault, vault_path):
    data_key = new_vault.vault.database.data_key
    text = primary(vault_path).read_bytes()
    assert data_key not in text
    assert data_key.hex().encode() not in text
    assert PASSPHRASE.encode() not in text


@pytest.mark.parametrize(
    "damage",
    [
        pytest.param(lambda p: p.write_bytes(p.read_bytes()[: len(p.read_bytes()) // 2]), id="cut"),
        pytest.param(lambda p: p.write_bytes(b"\x00\xff garbage \x13" * 50), id="garbage"),
        pytest.param(lambda p: p.write_bytes(b""), id="empty"),
        pytest.param(lambda p: p.unlink(), id="deleted"),
        pytest.param(
            lambda p: p.write_text(p.read_text().replace('"generation": 1', '"generation": 9')),
            id="checksum-mismatch",
        ),
    ],
)
def test_damaged_primary_copy_still_unlocks_from_the_backup(closed_vault, vault_path, damage):
    damage(primary(vault_path))
    assert opens_with(vault_path, PASSPHRASE)


def test_damaged_backup_copy_still_unlocks_from_the_primary(closed_vault, vault_path):
    backup(vault_path).write_bytes(b"{not json")
    assert opens_with(vault_path, PASSPHRASE)


def test_both_copies_damaged_is_reported_as_damaged_key_slots(closed_vault, vault_path):
    primary(vault_path).write_bytes(b"")
    backup(vault_path).write_bytes(b'{"format": "ehr-desktop-keyslots"}')
    with pytest.raises(VaultDamaged) as caught:
        vaults.unlock_with_passphrase(vault_path, PASSPHRASE)
    assert caught.value.facts["part"] == "keyslots"


def test_both_copies_missing_is_reported_as_damaged_key_slots(closed_vault, vault_path):
    primary(vault_path).unlink()
    backup(vault_path).unlink()
    with pytest.raises(VaultDamaged) as caught:
        vaults.unlock_with_passphrase(vault_path, PASSPHRASE)
    assert caught.value.facts["part"] == "keyslots"


def test_oversized_slot_file_is_ignored(closed_vault, vault_path):
    primary(vault_path).write_bytes(b" " * (1024 * 1024 + 1))
    assert len(keyslots.read_copies(vault_path)) == 1
    assert opens_with(vault_path, PASSPHRASE)


def test_slot_copied_from_another_vault_does_not_open(tmp_path, closed_vault, vault_path):
    """Same passphrase in both vaults: only the vault id in the AEAD's associated data differs."""
    other = vaults.create_vault(tmp_path / "Other.ehrvault", PASSPHRASE)
    other.vault.close()
    foreign = json.loads(primary(tmp_path / "Other.ehrvault").read_text())
    foreign_slot = next(s for s in foreign["slots"] if s["kind"] == keyslots.PASSPHRASE)

    def transplant(body: dict) -> None:
        body["slots"] = [s for s in body["slots"] if s["kind"] != keyslots.PASSPHRASE]
        body["slots"].append(foreign_slot)

    for copy in (primary(vault_path), backup(vault_path)):
        rewrite_slot_file(copy, transplant)
    with pytest.raises(WrongPassphrase):
        keyslots.unlock_with_passphrase(vault_path, PASSPHRASE)


def test_recovery_slot_copied_from_another_vault_does_not_open(tmp_path, closed_vault, vault_path):
    other = vaults.create_vault(tmp_path / "Other.ehrvault", PASSPHRASE)
    other.vault.close()
    foreign = json.loads(primary(tmp_path / "Other.ehrvault").read_text())
    foreign_slot = next(s for s in foreign["slots"] if s["kind"] == keyslots.RECOVERY)

    def transplant(body: dict) -> None:
        body["slots"] = [s for s in body["slots"] if s["kind"] != keyslots.RECOVERY]
        body["slots"].append(foreign_slot)

    for copy in (primary(vault_path), backup(vault_path)):
        rewrite_slot_file(copy, transplant)
    with pytest.raises(WrongRecoveryKey):
        vaults.unlock_with_recovery_key(vault_path, other.recovery_key)


def test_slot_relabelled_as_another_kind_does_not_open(closed_vault, vault_path):
    def relabel(body: dict) -> None:
        for slot in body["slots"]:
            slot["kind"] = {"recovery": "keyring", "keyring": "recovery"}.get(slot["kind"], "x")
        slot_for_keyring = next(s for s in body["slots"] if s["kind"] == "keyring")
        slot_for_keyring["kdf"] = {"name": "hkdf-sha256"}

    rewrite_slot_file(primary(vault_path), relabel)
    backup(vault_path).unlink()
    secret = recovery_key.parse_key(closed_vault.recovery_key)
    assert keyslots.load(vault_path).open_with_secret(keyslots.KEYRING, secret) is None


def test_another_vaults_whole_slot_file_gives_a_key_that_does_not_fit(
    tmp_path, closed_vault, vault_path
):
    other = vaults.create_vault(tmp_path / "Other.ehrvault", PASSPHRASE)
    other.vault.close()
    for name in (keyslots.PRIMARY_NAME, keyslots.BACKUP_NAME):
        (vault_path / name).write_bytes((tmp_path / "Other.ehrvault" / name).read_bytes())
    with pytest.raises(VaultDamaged) as caught:
        vaults.unlock_with_passphrase(vault_path, PASSPHRASE)
    assert caught.value.facts["part"] == "database"


def write_new_passphrase_primary_only(folder: Path) -> bytes:
    """Replays keyslots.save for a passphrase change, dying after the primary copy is written."""
    old_backup = backup(folder).read_bytes()
    current = keyslots.load(folder)
    _slot_file, data_key = keyslots.unlock_with_passphrase(folder, PASSPHRASE)
    changed = current.with_slot(current.passphrase_slot(data_key, OTHER_PASSPHRASE, CHEAP_KDF))
    keyslots.save(folder, changed)
    backup(folder).write_bytes(old_backup)  # the backup copy never got the new generation
    return data_key


def test_crash_between_primary_and_backup_leaves_both_passphrases_working(closed_vault, vault_path):
    data_key = write_new_passphrase_primary_only(vault_path)
    generations = sorted(c.generation for c in keyslots.read_copies(vault_path))
    assert generations[0] < generations[1]

    # Whichever copy holds a passphrase opens: the old one from the backup, the new from primary.
    assert keyslots.unlock_with_passphrase(vault_path, PASSPHRASE)[1] == data_key
    assert keyslots.unlock_with_passphrase(vault_path, OTHER_PASSPHRASE)[1] == data_key
    assert opens_with(vault_path, PASSPHRASE)
    assert opens_with(vault_path, OTHER_PASSPHRASE)
    with pytest.raises(WrongPassphrase):
        keyslots.unlock_with_passphrase(vault_path, "Neither-of-them-42!")


def test_next_save_after_a_crash_outranks_both_copies(closed_vault, vault_path):
    write_new_passphrase_primary_only(vault_path)
    newest = max(c.generation for c in keyslots.read_copies(vault_path))
    saved = keyslots.save(vault_path, keyslots.load(vault_path))
    assert saved.generation == newest + 1
    assert primary(vault_path).read_bytes() == backup(vault_path).read_bytes()
    assert opens_with(vault_path, OTHER_PASSPHRASE)


def test_torn_primary_write_falls_back_to_the_old_passphrase(closed_vault, vault_path):
    write_new_passphrase_primary_only(vault_path)
    raw = primary(vault_path).read_bytes()
    primary(vault_path).write_bytes(raw[: len(raw) // 3])
    assert opens_with(vault_path, PASSPHRASE)
    assert not opens_with(vault_path, OTHER_PASSPHRASE)


def test_out_of_range_kdf_parameters_are_refused_not_used(closed_vault, vault_path, monkeypatch):
    def absurd(body: dict) -> None:
        for slot in body["slots"]:
            if slot["kind"] == keyslots.PASSPHRASE:
                slot["kdf"]["memory_kib"] = 64 * 1024 * 1024  # 64 GiB
                slot["kdf"]["iterations"] = 100_000

    for copy in (primary(vault_path), backup(vault_path)):
        rewrite_slot_file(copy, absurd)
    derivations = []
    real_derive = kdf.derive
    monkeypatch.setattr(
        kdf, "derive", lambda *args: derivations.append(args[2]) or real_derive(*args)
    )
    # Refused before any derivation, and reported as damage: the officer did not mistype.
    with pytest.raises(VaultDamaged) as raised:
        vaults.unlock_with_passphrase(vault_path, PASSPHRASE)
    assert raised.value.facts["part"] == "keyslots"
    assert derivations == []


def test_each_save_increments_the_generation(closed_vault, vault_path):
    first = keyslots.load(vault_path).generation
    second = keyslots.save(vault_path, keyslots.load(vault_path)).generation
    assert second == first + 1
    assert keyslots.load(vault_path).generation == second
