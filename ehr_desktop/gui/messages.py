"""Turns error codes from the inner layers into translated sentences (used by the GUI and the CLI)."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from ehr_desktop.domain.errors import EhrError

CONTEXT = "Messages"

# code (or code:part) -> sentence; each says what happened and what to do next.
SENTENCES = {
    "unexpected": QT_TRANSLATE_NOOP("Messages", "Something unexpected went wrong. Your data was not changed. Please try again."),
    "vault.not_found": QT_TRANSLATE_NOOP("Messages", "No vault was found at {path}. Check the location or choose another vault."),
    "vault.already_exists": QT_TRANSLATE_NOOP("Messages", "{path} already exists. Choose another name or an empty folder."),
    "vault.not_a_vault": QT_TRANSLATE_NOOP("Messages", "{path} is not an EHR Desktop vault. Choose the vault folder (its name ends in .ehrvault)."),
    "vault.damaged": QT_TRANSLATE_NOOP("Messages", "The vault's database is damaged and cannot be read. Nothing was changed. Restore the vault from a backup."),
    "vault.damaged:database_truncated": QT_TRANSLATE_NOOP("Messages", "The vault's database file is incomplete (cut off, for example by an interrupted copy). Nothing was changed. Restore the vault from a backup."),
    "vault.damaged:database_missing": QT_TRANSLATE_NOOP("Messages", "The vault folder has no database file. Nothing was changed. Restore the vault from a backup."),
    "vault.damaged:keyslots": QT_TRANSLATE_NOOP("Messages", "The vault's key file is missing or damaged, so the vault cannot be unlocked. Nothing was changed. Restore the vault from a backup."),
    "vault.damaged:schema": QT_TRANSLATE_NOOP("Messages", "The vault's contents are not in a form this app knows. Nothing was changed."),
    "vault.too_new": QT_TRANSLATE_NOOP("Messages", "This vault was saved by a newer version of EHR Desktop. Please update the app to open it."),
    "vault.in_use": QT_TRANSLATE_NOOP("Messages", "This vault is already open in another EHR Desktop window or program. Close it there first."),
    "vault.locked": QT_TRANSLATE_NOOP("Messages", "The vault is locked. Unlock it and try again."),
    "vault.migration_failed": QT_TRANSLATE_NOOP("Messages", "The vault could not be updated to this version of the app. Nothing was changed; a safety copy is in the vault's safety-copies folder."),
    "unlock.wrong_passphrase": QT_TRANSLATE_NOOP("Messages", "The passphrase is not correct. Check Caps Lock and the keyboard language, then try again."),
    "unlock.wrong_recovery_key": QT_TRANSLATE_NOOP("Messages", "This recovery key does not belong to this vault. Check that the recovery sheet is the one for this vault."),
    "unlock.malformed_recovery_key": QT_TRANSLATE_NOOP("Messages", "The recovery key has a typing error. It has nine groups of four letters and digits; check each group against the recovery sheet."),
    "unlock.not_remembered": QT_TRANSLATE_NOOP("Messages", "This computer does not remember the vault's passphrase. Please type the passphrase."),
    "keyring.unavailable": QT_TRANSLATE_NOOP("Messages", "The system password store is not available, so this computer cannot remember the passphrase. You can still unlock with the passphrase."),
    "passphrase.too_weak": QT_TRANSLATE_NOOP("Messages", "This passphrase is too easy to guess. Use at least 10 characters, for example several words with digits or symbols."),
    "passphrase.mismatch": QT_TRANSLATE_NOOP("Messages", "The two passphrases are not the same. Please type them again."),
    "backup.not_a_backup": QT_TRANSLATE_NOOP("Messages", "{path} is not an EHR Desktop backup. Choose a backup file (its name ends in .ehrbak)."),
    "backup.damaged": QT_TRANSLATE_NOOP("Messages", "The backup file is damaged or incomplete and cannot be used. Nothing was changed. Use another backup."),
    "backup.too_new": QT_TRANSLATE_NOOP("Messages", "This backup was made by a newer version of EHR Desktop. Please update the app to restore it."),
    "storage.failed": QT_TRANSLATE_NOOP("Messages", "Could not write to {path}: the disk may be full, read-only or disconnected. Nothing was changed."),
}  # fmt: skip


def describe(error: BaseException) -> str:
    """One or two sentences for a person: what happened and what to do next."""
    if not isinstance(error, EhrError):
        key = "unexpected"
    else:
        part = error.facts.get("part")
        key = f"{error.code}:{part}" if f"{error.code}:{part}" in SENTENCES else error.code
        key = key if key in SENTENCES else "unexpected"
    text = QCoreApplication.translate(CONTEXT, SENTENCES[key])
    facts = error.facts if isinstance(error, EhrError) else {}
    return text.format(path=facts.get("path", ""))
