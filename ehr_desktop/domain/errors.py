"""Errors every layer raises: a stable code plus the facts, worded for people in gui/messages.py."""

from __future__ import annotations

from typing import Any


class EhrError(Exception):
    """Base of all expected errors. `code` is stable; `facts` fill the translated sentence."""

    code = "error"

    def __init__(self, **facts: Any) -> None:
        self.facts = facts
        # The message deliberately carries no facts: exceptions may end up in logs.
        super().__init__(self.code)


class VaultNotFound(EhrError):
    code = "vault.not_found"


class VaultAlreadyExists(EhrError):
    code = "vault.already_exists"


class NotAVault(EhrError):
    """The path exists but is not an EHR vault (a foreign file or folder)."""

    code = "vault.not_a_vault"


class VaultDamaged(EhrError):
    """Vault files are present but truncated or corrupted; `part` says which."""

    code = "vault.damaged"


class VaultTooNew(EhrError):
    code = "vault.too_new"


class VaultInUse(EhrError):
    code = "vault.in_use"


class WrongPassphrase(EhrError):
    code = "unlock.wrong_passphrase"


class WrongRecoveryKey(EhrError):
    code = "unlock.wrong_recovery_key"


class MalformedRecoveryKey(EhrError):
    code = "unlock.malformed_recovery_key"


class NotRemembered(EhrError):
    code = "unlock.not_remembered"


class KeyringUnavailable(EhrError):
    code = "keyring.unavailable"


class WeakPassphrase(EhrError):
    code = "passphrase.too_weak"


class PassphraseMismatch(EhrError):
    code = "passphrase.mismatch"


class VaultLocked(EhrError):
    code = "vault.locked"


class MigrationFailed(EhrError):
    code = "vault.migration_failed"


class StorageError(EhrError):
    """Writing to disk failed (full disk, no permission, read-only medium)."""

    code = "storage.failed"


class NotABackup(EhrError):
    """The file is not an EHR Desktop backup (no `.ehrbak` signature)."""

    code = "backup.not_a_backup"


class BackupDamaged(EhrError):
    """The backup file is truncated or altered; `part` says where it was noticed."""

    code = "backup.damaged"


class BackupTooNew(EhrError):
    """The backup was written by a newer app (file format or schema revision)."""

    code = "backup.too_new"


class InvalidInput(EhrError):
    """Values the officer typed break rules; `problems` lists each (field, code, facts)."""

    code = "input.invalid"


class LifecycleRefused(EhrError):
    """A lifecycle event does not fit the employee's history; `rule` says which rule."""

    code = "lifecycle.refused"


class NotFound(EhrError):
    """The record was removed meanwhile (for example in another window before a refresh)."""

    code = "record.not_found"


class AttachmentTooLarge(EhrError):
    code = "attachment.too_large"


class AttachmentUnreadable(EhrError):
    code = "attachment.unreadable"


class OrganizationRefused(EhrError):
    """A change to the department tree breaks a rule (a cycle, closing a staffed department…)."""

    code = "organization.refused"


class LogoRefused(EhrError):
    """The company logo chosen is not a usable picture; `part`: not_an_image, too_large,
    too_many_pixels."""

    code = "settings.logo_refused"


class NothingToPrint(EhrError):
    """The choice (a cycle, a department) holds no appraisal forms: no empty PDF is made."""

    code = "print.nothing"
