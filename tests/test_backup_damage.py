"""Damaged, truncated, foreign or newer backups are refused by verify and restore, harmlessly."""

import hashlib
import json
import shutil

import pytest
from support.vault_helpers import CHEAP_KDF, PASSPHRASE

from ehr_desktop.domain.errors import BackupDamaged, BackupTooNew, EhrError, NotABackup
from ehr_desktop.exchange import backup_file
from ehr_desktop.services import backups, demo, vaults

REFUSALS = (NotABackup, BackupDamaged, BackupTooNew)


def v1_parts(data: bytes) -> dict[str, int]:
    header_len = int.from_bytes(data[8:12], "big")
    payload_at = 12 + header_len + 8
    payload_len = int.from_bytes(data[payload_at - 8 : payload_at], "big")
    manifest_at = payload_at + payload_len + 4
    return {
        "magic": 0,
        "magic-version": 7,
        "header-length": 10,
        "header-start": 12,
        "header-slots": 12 + data[12:].index(b'"wrapped_key"') + 20,
        "header-end": 12 + header_len - 2,
        "payload-length": payload_at - 3,
        "payload-start": payload_at,
        "payload-page-2": payload_at + 4096 + 100,
        "payload-middle": payload_at + payload_len // 2,
        "payload-end": payload_at + payload_len - 1,
        "manifest-length": manifest_at - 1,
        "manifest": manifest_at + 20,
        "mac-start": len(data) - 32,
        "mac-end": len(data) - 1,
    }


def v2_parts(data: bytes) -> dict[str, int]:
    """Version 2: the same names where they make sense; "mac-*" are the manifest's own tag (the
    file has no whole-file MAC), "payload-length" covers the page-size and chunk-size fields."""
    header_len = int.from_bytes(data[8:12], "big")
    params_at = 12 + header_len
    payload_len = int.from_bytes(data[params_at : params_at + 8], "big")
    payload_at = params_at + 16
    stored = backup_file.stored_size(payload_len)
    manifest_at = payload_at + stored + 4
    assert len(data) == manifest_at + int.from_bytes(data[manifest_at - 4 : manifest_at], "big")
    return {
        "magic": 0,
        "magic-version": 7,
        "header-length": 10,
        "header-start": 12,
        "header-slots": 12 + data[12:].index(b'"wrapped_key"') + 20,
        "header-end": 12 + header_len - 2,
        "payload-length": params_at + 7,
        "page-size": params_at + 10,
        "chunk-size": params_at + 13,
        "payload-start": payload_at,
        "payload-page-2": payload_at + 4096 + 100,
        "payload-middle": payload_at + stored // 2,
        "first-chunk-tag": payload_at + min(payload_len, backup_file.CHUNK_BYTES) + 3,
        "payload-end": payload_at + stored - 1,
        "manifest-length": manifest_at - 1,
        "manifest": manifest_at + 20,
        "mac-start": len(data) - 16,
        "mac-end": len(data) - 1,
    }


@pytest.fixture(scope="module", params=[2, 1], ids=["v2", "v1"])
def pristine(request, tmp_path_factory):
    """One small backup per container version, and where its parts begin and end."""
    folder = tmp_path_factory.mktemp("pristine")
    created = vaults.create_vault(folder / "Src.ehrvault", PASSPHRASE, kdf_params=CHEAP_KDF)
    try:
        demo.populate(created.vault, 30, seed=9)
        path = folder / "Src.ehrbak"
        backups.create_backup(
            created.vault,
            path,
            passphrase=PASSPHRASE,
            kdf_params=CHEAP_KDF,
            format_version=request.param,
        )
    finally:
        created.vault.close()
    data = path.read_bytes()
    assert data[7] == request.param and backups.read_header(path).format_version == request.param
    return data, (v2_parts if request.param == 2 else v1_parts)(data)


def damaged_copy(tmp_path, data: bytes):
    path = tmp_path / "Damaged.ehrbak"
    path.write_bytes(data)
    return path


def assert_refused_everywhere(path, tmp_path):
    with pytest.raises(REFUSALS):
        backups.verify_backup(path, passphrase=PASSPHRASE)
    target = tmp_path / "Target.ehrvault"
    with pytest.raises(REFUSALS):
        backups.restore_backup(path, target, passphrase=PASSPHRASE)
    assert not target.exists()
    assert [p.name for p in tmp_path.iterdir()] == [path.name]


def test_the_pristine_backup_verifies(pristine, tmp_path):
    data, _parts = pristine
    assert backups.verify_backup(damaged_copy(tmp_path, data), passphrase=PASSPHRASE).ok


@pytest.mark.parametrize(
    "part",
    ["magic", "magic-version", "header-length", "header-start", "header-slots", "header-end",
     "payload-length", "page-size", "chunk-size", "payload-start", "payload-page-2",
     "payload-middle", "first-chunk-tag", "payload-end", "manifest-length", "manifest",
     "mac-start", "mac-end"],
)  # fmt: skip
@pytest.mark.parametrize("flip", [0x01, 0x80])
def test_flipping_one_byte_anywhere_is_detected(pristine, tmp_path, part, flip):
    data, parts = pristine
    if part not in parts:
        pytest.skip("no such part in this container version")
    damaged = bytearray(data)
    damaged[parts[part]] ^= flip
    assert_refused_everywhere(damaged_copy(tmp_path, bytes(damaged)), tmp_path)


@pytest.mark.parametrize(
    "cut",
    ["0", "5", "8", "12", "header-middle", "header-end", "params", "payload-start",
     "payload-page-1", "payload-page-2", "first-chunk-tag", "payload-end", "manifest", "mac",
     "last-byte"],
)  # fmt: skip
def test_truncating_anywhere_is_detected(pristine, tmp_path, cut):
    data, parts = pristine
    header_len = int.from_bytes(data[8:12], "big")
    lengths = {
        "params": 12 + header_len + 9,
        "header-middle": 12 + header_len // 2,
        "header-end": 12 + header_len,
        "payload-start": parts["payload-start"],
        "payload-page-1": parts["payload-start"] + 4096,  # a page boundary SQLCipher would miss
        "payload-page-2": parts["payload-start"] + 8192,
        "payload-end": parts["payload-end"] + 1,
        "manifest": parts["manifest"],
        "mac": parts["mac-start"],
        "first-chunk-tag": parts.get("first-chunk-tag", parts["payload-end"]),
        "last-byte": len(data) - 1,
    }
    length = lengths.get(cut) if cut in lengths else int(cut)
    assert_refused_everywhere(damaged_copy(tmp_path, data[:length]), tmp_path)


def test_bytes_appended_are_detected(pristine, tmp_path):
    data, _parts = pristine
    with pytest.raises(BackupDamaged):
        backups.verify_backup(damaged_copy(tmp_path, data + b"\0"), passphrase=PASSPHRASE)


@pytest.mark.parametrize(
    "content", [b"", b"PK\x03\x04 a zip", b"SQLite format 3\x00" + bytes(4080)]
)
def test_a_foreign_file_is_not_a_backup(tmp_path, content):
    path = damaged_copy(tmp_path, content)
    with pytest.raises(NotABackup):
        backups.read_header(path)
    with pytest.raises(NotABackup):
        backups.restore_backup(path, tmp_path / "T.ehrvault", passphrase=PASSPHRASE)
    assert not (tmp_path / "T.ehrvault").exists()


def test_a_vault_folder_or_database_is_not_a_backup(closed_vault, vault_path):
    for path in (vault_path, vault_path / "vault.ehrdb"):
        with pytest.raises(NotABackup):
            backups.read_header(path)


def reseal_header(data: bytes, mutate) -> bytes:
    header_len = int.from_bytes(data[8:12], "big")
    body = json.loads(data[12 : 12 + header_len])
    body.pop("checksum")
    mutate(body)
    canonical = json.dumps(body, sort_keys=True, separators=(",", ":")).encode()
    body["checksum"] = hashlib.sha256(canonical).hexdigest()
    header = json.dumps(body).encode()
    return data[:8] + len(header).to_bytes(4, "big") + header + data[12 + header_len :]


def test_newer_formats_are_refused_as_too_new(pristine, tmp_path):
    data, _parts = pristine
    newer = backup_file.CONTAINER_VERSION + 1
    newer_container = backup_file.MAGIC_PREFIX + bytes([newer]) + data[8:]
    newer_header = reseal_header(data, lambda body: body.update(format_version=newer))
    for content in (newer_container, newer_header):
        path = damaged_copy(tmp_path, content)
        with pytest.raises(BackupTooNew):
            backups.restore_backup(path, tmp_path / "T.ehrvault", passphrase=PASSPHRASE)
        with pytest.raises(BackupTooNew):
            backups.verify_backup(path, passphrase=PASSPHRASE)
        assert not (tmp_path / "T.ehrvault").exists()


def test_a_version_1_header_in_a_version_2_container_is_damage(pristine, tmp_path):
    data, _parts = pristine
    other = 1 if data[7] == 2 else 2
    swapped = reseal_header(data, lambda body: body.update(format_version=other))
    with pytest.raises(BackupDamaged):
        backups.verify_backup(damaged_copy(tmp_path, swapped), passphrase=PASSPHRASE)


def test_a_resealed_header_with_edited_slots_fails_authentication(pristine, tmp_path):
    # An attacker who rewrites the header and its checksum still cannot forge the MAC.
    data, _parts = pristine
    edited = reseal_header(data, lambda body: body.update(app_version="9.9.9"))
    with pytest.raises(BackupDamaged):
        backups.verify_backup(damaged_copy(tmp_path, edited), passphrase=PASSPHRASE)


def test_absurd_kdf_parameters_are_not_run(pristine, tmp_path):
    data, _parts = pristine

    def huge(body):
        for slot in body["slots"]:
            if slot["kind"] == "passphrase":
                slot["kdf"]["memory_kib"] = 2**40

    path = damaged_copy(tmp_path, reseal_header(data, huge))
    with pytest.raises(EhrError):  # refused without allocating a terabyte
        backups.verify_backup(path, passphrase="not the vault passphrase either")


def test_an_oversized_header_length_is_refused_before_reading(tmp_path):
    path = damaged_copy(tmp_path, backup_file.MAGIC + (10**9).to_bytes(4, "big") + b"{}")
    with pytest.raises(BackupDamaged):
        backups.read_header(path)


def test_restoring_a_damaged_backup_over_a_vault_keeps_the_vault(
    pristine, closed_vault, vault_path
):
    data, parts = pristine
    damaged = bytearray(data)
    damaged[parts["payload-middle"]] ^= 0xFF
    path = vault_path.parent / "bad.ehrbak"
    path.write_bytes(bytes(damaged))
    before = sorted(p.name for p in vault_path.parent.iterdir())
    copy = vault_path.parent / "reference"
    shutil.copytree(vault_path, copy)
    with pytest.raises(BackupDamaged):
        backups.restore_backup(path, vault_path, passphrase=PASSPHRASE, replace=True)
    assert sorted(p.name for p in vault_path.parent.iterdir()) == sorted([*before, "reference"])
    assert (vault_path / "vault.ehrdb").read_bytes() == (copy / "vault.ehrdb").read_bytes()
    assert not list(vault_path.parent.glob("*before-restore*"))
    vaults.unlock_with_passphrase(vault_path, PASSPHRASE).close()
