"""Key slots: the vault's random data key, wrapped under each way of unlocking (LUKS-style).

The slot file is plain JSON holding no personal data. It is written atomically, twice
(primary and backup copy), with a generation counter and a checksum, so a crash while
writing one copy still leaves a readable slot file.
"""

from __future__ import annotations

import base64
import datetime as dt
import hashlib
import json
import os
import uuid
from dataclasses import dataclass, field, replace
from pathlib import Path

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

from ehr_desktop import atomic
from ehr_desktop.domain.errors import NotRemembered, VaultDamaged, WrongPassphrase, WrongRecoveryKey
from ehr_desktop.security import kdf

FORMAT = "ehr-desktop-keyslots"
FORMAT_VERSION = 1
PRIMARY_NAME = "keyslots.json"
BACKUP_NAME = "keyslots.backup.json"

PASSPHRASE = "passphrase"
RECOVERY = "recovery"
KEYRING = "keyring"


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def _unb64(text: str) -> bytes:
    return base64.b64decode(text.encode("ascii"), validate=True)


def new_data_key() -> bytes:
    return os.urandom(32)


@dataclass(frozen=True)
class Slot:
    kind: str
    salt: bytes
    nonce: bytes
    wrapped_key: bytes
    kdf: dict

    def to_json(self) -> dict:
        return {
            "kind": self.kind,
            "kdf": self.kdf,
            "salt": _b64(self.salt),
            "nonce": _b64(self.nonce),
            "wrapped_key": _b64(self.wrapped_key),
        }

    @classmethod
    def from_json(cls, data: dict) -> Slot:
        return cls(
            kind=str(data["kind"]),
            salt=_unb64(data["salt"]),
            nonce=_unb64(data["nonce"]),
            wrapped_key=_unb64(data["wrapped_key"]),
            kdf=dict(data["kdf"]),
        )


@dataclass(frozen=True)
class SlotFile:
    vault_id: str
    created_at: str
    generation: int = 0
    slots: tuple[Slot, ...] = field(default_factory=tuple)

    @classmethod
    def new(cls) -> SlotFile:
        return cls(vault_id=str(uuid.uuid4()), created_at=dt.datetime.now(dt.UTC).isoformat())

    def kinds(self) -> set[str]:
        return {slot.kind for slot in self.slots}

    def without(self, kind: str) -> SlotFile:
        return replace(self, slots=tuple(s for s in self.slots if s.kind != kind))

    def with_slot(self, slot: Slot) -> SlotFile:
        return replace(self, slots=(*self.without(slot.kind).slots, slot))

    def _aad(self, kind: str) -> bytes:
        # Binds a wrapped key to this vault and slot kind: slots cannot be swapped between vaults.
        return f"{FORMAT}:{self.vault_id}:{kind}".encode()

    def _body(self) -> dict:
        return {
            "format": FORMAT,
            "format_version": FORMAT_VERSION,
            "vault_id": self.vault_id,
            "created_at": self.created_at,
            "generation": self.generation,
            "slots": [slot.to_json() for slot in self.slots],
        }

    def to_bytes(self) -> bytes:
        body = self._body()
        body["checksum"] = hashlib.sha256(_canonical(body)).hexdigest()
        return json.dumps(body, indent=2).encode("utf-8")

    # --- building slots -------------------------------------------------

    def _wrap(
        self, kind: str, wrapping_key: bytes, data_key: bytes, salt: bytes, kdf_info: dict
    ) -> Slot:
        nonce = os.urandom(12)
        wrapped = AESGCM(wrapping_key).encrypt(nonce, data_key, self._aad(kind))
        return Slot(kind=kind, salt=salt, nonce=nonce, wrapped_key=wrapped, kdf=kdf_info)

    def passphrase_slot(self, data_key: bytes, passphrase: str, params: kdf.Argon2Params) -> Slot:
        salt = os.urandom(16)
        wrapping_key = kdf.derive(passphrase.encode("utf-8"), salt, params)
        return self._wrap(PASSPHRASE, wrapping_key, data_key, salt, params.to_json())

    def secret_slot(self, kind: str, data_key: bytes, secret: bytes) -> Slot:
        """A slot for a high-entropy secret (recovery key, keyring secret): HKDF is enough."""
        salt = os.urandom(16)
        wrapping_key = kdf.expand(secret, salt, f"{FORMAT}:{kind}")
        return self._wrap(kind, wrapping_key, data_key, salt, {"name": "hkdf-sha256"})

    # --- opening slots --------------------------------------------------

    def _unwrap(self, slot: Slot, wrapping_key: bytes) -> bytes | None:
        try:
            return AESGCM(wrapping_key).decrypt(slot.nonce, slot.wrapped_key, self._aad(slot.kind))
        except InvalidTag:
            return None

    def slot(self, kind: str) -> Slot | None:
        return next((s for s in self.slots if s.kind == kind), None)

    def open_with_passphrase(self, passphrase: str) -> bytes | None:
        slot = self.slot(PASSPHRASE)
        if slot is None:
            return None
        try:
            params = kdf.Argon2Params.from_json(slot.kdf)
        except (KeyError, ValueError):
            return None
        return self._unwrap(slot, kdf.derive(passphrase.encode("utf-8"), slot.salt, params))

    def open_with_secret(self, kind: str, secret: bytes) -> bytes | None:
        slot = self.slot(kind)
        if slot is None:
            return None
        return self._unwrap(slot, kdf.expand(secret, slot.salt, f"{FORMAT}:{kind}"))


def _canonical(body: dict) -> bytes:
    return json.dumps(body, sort_keys=True, separators=(",", ":")).encode("utf-8")


def _parse(raw: bytes) -> SlotFile | None:
    try:
        body = json.loads(raw.decode("utf-8"))
        checksum = body.pop("checksum")
        if hashlib.sha256(_canonical(body)).hexdigest() != checksum:
            return None
        if body["format"] != FORMAT or body["format_version"] > FORMAT_VERSION:
            return None
        return SlotFile(
            vault_id=str(body["vault_id"]),
            created_at=str(body["created_at"]),
            generation=int(body["generation"]),
            slots=tuple(Slot.from_json(s) for s in body["slots"]),
        )
    except (ValueError, KeyError, TypeError, AttributeError):
        return None


def read_copies(folder: Path) -> list[SlotFile]:
    """The readable copies of the slot file, newest generation first."""
    copies = []
    for name in (PRIMARY_NAME, BACKUP_NAME):
        path = folder / name
        try:
            raw = path.read_bytes()
        except OSError:
            continue
        if len(raw) > 1024 * 1024:  # a slot file is a few kB; anything bigger is not ours
            continue
        parsed = _parse(raw)
        if parsed is not None:
            copies.append(parsed)
    copies.sort(key=lambda c: c.generation, reverse=True)
    return copies


def load(folder: Path) -> SlotFile:
    copies = read_copies(folder)
    if not copies:
        raise VaultDamaged(part="keyslots")
    return copies[0]


def save(folder: Path, slot_file: SlotFile) -> SlotFile:
    """Writes a new generation: the primary copy first, then the backup copy."""
    newest = max((c.generation for c in read_copies(folder)), default=0)
    saved = replace(slot_file, generation=max(slot_file.generation, newest) + 1)
    data = saved.to_bytes()
    atomic.write_bytes(folder / PRIMARY_NAME, data)
    atomic.write_bytes(folder / BACKUP_NAME, data)
    return saved


def _distinct_slots(copies: list[SlotFile], kind: str) -> list[SlotFile]:
    seen: set[bytes] = set()
    result = []
    for copy in copies:
        slot = copy.slot(kind)
        if slot is not None and slot.wrapped_key not in seen:
            seen.add(slot.wrapped_key)
            result.append(copy)
    return result


def unlock_with_passphrase(folder: Path, passphrase: str) -> tuple[SlotFile, bytes]:
    copies = read_copies(folder)
    if not copies:
        raise VaultDamaged(part="keyslots")
    candidates = _distinct_slots(copies, PASSPHRASE)
    usable = [c for c in candidates if _usable_kdf(c.slot(PASSPHRASE))]
    if candidates and not usable:
        # Parameters no derivation could honestly use: the file was tampered with or damaged,
        # which is not the officer mistyping.
        raise VaultDamaged(part="keyslots")
    for copy in usable:
        key = copy.open_with_passphrase(passphrase)
        if key is not None:
            return copies[0], key
    raise WrongPassphrase()


def _usable_kdf(slot: Slot | None) -> bool:
    try:
        kdf.Argon2Params.from_json(slot.kdf if slot else {})
    except (KeyError, ValueError, TypeError):
        return False
    return True


def unlock_with_secret(folder: Path, kind: str, secret: bytes) -> tuple[SlotFile, bytes]:
    copies = read_copies(folder)
    if not copies:
        raise VaultDamaged(part="keyslots")
    for copy in _distinct_slots(copies, kind):
        key = copy.open_with_secret(kind, secret)
        if key is not None:
            return copies[0], key
    raise WrongRecoveryKey() if kind == RECOVERY else NotRemembered()
