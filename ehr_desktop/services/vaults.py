"""Creating, unlocking, re-keying and recovering vaults."""

from __future__ import annotations

import contextlib
import getpass
import os
import shutil
from dataclasses import dataclass
from pathlib import Path

from ehr_desktop.domain import recovery_key
from ehr_desktop.domain.errors import (
    EhrError,
    KeyringUnavailable,
    NotRemembered,
    StorageError,
    VaultAlreadyExists,
    WeakPassphrase,
)
from ehr_desktop.domain.passphrase import assess
from ehr_desktop.persistence.audit import Change
from ehr_desktop.persistence.database import VaultDatabase
from ehr_desktop.persistence.vault_files import SUFFIX, VaultLayout, check
from ehr_desktop.security import kdf, keyring_store, keyslots


def current_actor() -> str:
    """Who is recorded in the audit trail: the operating-system account."""
    try:
        return getpass.getuser()
    except (KeyError, OSError):
        return "unknown"


def vault_path(folder: Path, name: str) -> Path:
    """Where a vault called `name` goes inside `folder` (the suffix added once)."""
    name = name.strip().removesuffix(SUFFIX)
    return Path(folder) / f"{name}{SUFFIX}"


def locate_vault(path: Path) -> Path:
    """The vault folder for `path` (the folder or a file in it); raises unless intact."""
    return check(path).folder


@dataclass
class UnlockedVault:
    """What the app holds while a vault is open. `close()` drops the key and the engine."""

    layout: VaultLayout
    slot_file: keyslots.SlotFile
    database: VaultDatabase

    @property
    def name(self) -> str:
        return self.layout.name

    @property
    def vault_id(self) -> str:
        return self.slot_file.vault_id

    def close(self) -> None:
        self.database.close()

    def record_security_event(self, action: str, **facts: str) -> None:
        with self.database.unit_of_work() as session:
            self.database.audit.append(
                session, [Change(action, "vault", self.vault_id, dict(facts))]
            )


@dataclass(frozen=True)
class CreatedVault:
    vault: UnlockedVault
    recovery_key: str


def _require_strong(passphrase: str) -> None:
    report = assess(passphrase)
    if not report.acceptable:
        raise WeakPassphrase(strength=int(report.strength))


def create_vault(
    path: Path,
    passphrase: str,
    *,
    remember: bool = False,
    kdf_params: kdf.Argon2Params | None = None,
    actor: str | None = None,
) -> CreatedVault:
    """Creates a vault folder at `path` and leaves it unlocked.

    The folder is built under a temporary name and renamed at the end, so an interrupted
    creation never leaves something that looks like a vault.
    """
    _require_strong(passphrase)
    target = Path(path)
    if target.exists() and (not target.is_dir() or any(target.iterdir())):
        raise VaultAlreadyExists(path=str(target))
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        staging = target.with_name(f".{target.name}.creating-{os.getpid()}")
        shutil.rmtree(staging, ignore_errors=True)
        staging.mkdir()
    except OSError as exc:
        raise StorageError(path=str(target), reason=exc.strerror or str(exc)) from None

    actor = actor or current_actor()
    data_key = keyslots.new_data_key()
    recovery_secret = os.urandom(recovery_key.KEY_BYTES)
    slot_file = keyslots.SlotFile.new()
    params = kdf_params or kdf.calibrate()
    slot_file = slot_file.with_slot(slot_file.passphrase_slot(data_key, passphrase, params))
    slot_file = slot_file.with_slot(
        slot_file.secret_slot(keyslots.RECOVERY, data_key, recovery_secret)
    )
    try:
        database = VaultDatabase.create(VaultLayout(staging), slot_file.vault_id, data_key, actor)
        database.close()
        slot_file = keyslots.save(staging, slot_file)
        if target.exists():
            target.rmdir()  # an empty folder the officer picked
        os.replace(staging, target)
    except BaseException:
        shutil.rmtree(staging, ignore_errors=True)
        raise
    layout = check(target)
    vault = UnlockedVault(
        layout, slot_file, VaultDatabase(layout, slot_file.vault_id, data_key, actor)
    )
    vault.record_security_event("vault_created")
    if remember:
        with contextlib.suppress(KeyringUnavailable):
            set_remembered(vault, True)
    return CreatedVault(vault, recovery_key.format_key(recovery_secret))


def _open(
    layout: VaultLayout, slot_file: keyslots.SlotFile, data_key: bytes, actor: str | None
) -> UnlockedVault:
    database = VaultDatabase(layout, slot_file.vault_id, data_key, actor or current_actor())
    return UnlockedVault(layout, slot_file, database)


def unlock_with_passphrase(
    path: Path, passphrase: str, *, actor: str | None = None
) -> UnlockedVault:
    layout = check(path)
    slot_file, data_key = keyslots.unlock_with_passphrase(layout.folder, passphrase)
    return _open(layout, slot_file, data_key, actor)


def unlock_with_recovery_key(
    path: Path, typed_key: str, *, actor: str | None = None
) -> UnlockedVault:
    layout = check(path)
    secret = recovery_key.parse_key(typed_key)
    slot_file, data_key = keyslots.unlock_with_secret(layout.folder, keyslots.RECOVERY, secret)
    vault = _open(layout, slot_file, data_key, actor)
    vault.record_security_event("unlocked_with_recovery_key")
    return vault


def is_remembered(path: Path) -> bool:
    """Whether this vault has a 'remember on this computer' slot (the keyring may still refuse)."""
    try:
        return keyslots.KEYRING in keyslots.load(check(path).folder).kinds()
    except (EhrError, OSError):  # any problem just means: ask for the passphrase
        return False


def unlock_remembered(path: Path, *, actor: str | None = None) -> UnlockedVault:
    layout = check(path)
    slot_file = keyslots.load(layout.folder)
    if keyslots.KEYRING not in slot_file.kinds():
        raise NotRemembered()
    secret = keyring_store.fetch(slot_file.vault_id)
    if secret is None:
        raise NotRemembered()
    slot_file, data_key = keyslots.unlock_with_secret(layout.folder, keyslots.KEYRING, secret)
    return _open(layout, slot_file, data_key, actor)


def set_remembered(vault: UnlockedVault, remember: bool) -> None:
    """Adds or removes the keyring slot. The keyring is written first, so a slot never
    points at a secret that was not stored."""
    folder = vault.layout.folder
    current = keyslots.load(folder)
    if remember:
        secret = keyring_store.new_secret()
        keyring_store.store(current.vault_id, secret)
        updated = current.with_slot(
            current.secret_slot(keyslots.KEYRING, vault.database.data_key, secret)
        )
    else:
        updated = current.without(keyslots.KEYRING)
    vault.slot_file = keyslots.save(folder, updated)
    if not remember:
        with contextlib.suppress(KeyringUnavailable):
            keyring_store.forget(current.vault_id)
    vault.record_security_event("remember_on_computer", enabled="yes" if remember else "no")


def change_passphrase(
    vault: UnlockedVault, new_passphrase: str, *, kdf_params: kdf.Argon2Params | None = None
) -> None:
    """Rewrites the passphrase slot only; the database is not touched."""
    _require_strong(new_passphrase)
    current = keyslots.load(vault.layout.folder)
    slot = current.passphrase_slot(
        vault.database.data_key, new_passphrase, kdf_params or kdf.calibrate()
    )
    vault.slot_file = keyslots.save(vault.layout.folder, current.with_slot(slot))
    vault.record_security_event("passphrase_changed")


def replace_recovery_key(vault: UnlockedVault) -> str:
    """A new recovery key; the old one stops working."""
    secret = os.urandom(recovery_key.KEY_BYTES)
    current = keyslots.load(vault.layout.folder)
    slot = current.secret_slot(keyslots.RECOVERY, vault.database.data_key, secret)
    vault.slot_file = keyslots.save(vault.layout.folder, current.with_slot(slot))
    vault.record_security_event("recovery_key_replaced")
    return recovery_key.format_key(secret)
