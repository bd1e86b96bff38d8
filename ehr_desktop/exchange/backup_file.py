"""The `.ehrbak` backup file: readable header and key slots, encrypted payload, manifest.

Two container versions (docs/backup-format.md); both are read, version 2 is written.

Version 2 (the vault's own SQLCipher pages, sealed in chunks):

    magic         8 bytes   b"EHRBAK\\x00" + container version (2)
    header_len    4 bytes   big-endian, at most MAX_HEADER_BYTES
    header        JSON      no personal data, no counts; key slots; its own checksum
    params        16 bytes  payload_len u64 | page_size u32 | chunk_bytes u32 (big-endian)
    chunks        each      AES-256-GCM(HKDF(backup key, "pages"), nonce = chunk index as 96-bit
                            big-endian, aad = sha256(magic..params) | index u64 | final u8)
                            of up to 1 MiB of the vault file's SQLCipher pages, + 16-byte tag
    manifest_len  4 bytes   big-endian, at most MAX_MANIFEST_BYTES
    manifest      bytes     nonce + AES-256-GCM(JSON: counts, audit tail, page count),
                            aad = sha256(magic..params); no whole-file MAC is needed

Version 1 (a re-keyed SQLCipher copy, whole-file MAC):

    magic         8 bytes   b"EHRBAK\\x00" + container version (1)
    header_len    4 bytes   big-endian, at most MAX_HEADER_BYTES
    header        JSON      no personal data, no counts; key slots; its own checksum
    payload_len   8 bytes   big-endian
    payload       bytes     a SQLCipher 4 database keyed with HKDF(backup key, "payload")
    manifest_len  4 bytes   big-endian, at most MAX_MANIFEST_BYTES
    manifest      bytes     nonce + AES-256-GCM(JSON: counts, audit tail, payload sha256)
    mac           32 bytes  HMAC-SHA256(HKDF(backup key, "mac"), every byte before it)
"""

from __future__ import annotations

import base64
import contextlib
import datetime as dt
import hashlib
import hmac
import json
import os
import uuid
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import BinaryIO

import sqlcipher3.dbapi2 as sqlcipher
from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

from ehr_desktop.domain.errors import BackupDamaged, BackupTooNew, NotABackup
from ehr_desktop.exchange.page_mac import PageMacCheck  # noqa: F401 - part of this API
from ehr_desktop.persistence.engine import PAGE_SIZE
from ehr_desktop.security import kdf, keyslots

SUFFIX = ".ehrbak"
MAGIC_PREFIX = b"EHRBAK\x00"
CONTAINER_VERSION = 2  # the newest this build reads and the one it writes
MAGIC_V1 = MAGIC_PREFIX + b"\x01"
MAGIC_V2 = MAGIC_PREFIX + b"\x02"
MAGIC = MAGIC_V2
FORMAT = "ehr-desktop-backup"
FORMAT_VERSION = 2  # the header's format_version equals the container version
MAX_HEADER_BYTES = 64 * 1024
MAX_MANIFEST_BYTES = 1024 * 1024
MAC_BYTES = 32
CHUNK_BYTES = 1024 * 1024
TAG_BYTES = 16
PARAMS_BYTES = 16

# Slot kinds in the header. The first two wrap the backup key, the third wraps the vault data key.
PASSPHRASE = "passphrase"  # Argon2id(backup passphrase)
VAULT_KEY = "vault-key"  # HKDF(vault data key): the recovery key reaches the backup through it
DATA_KEY = "data-key"  # HKDF(backup key): a restore needs the vault's data key back

# HKDF purposes; the salt is the backup id, so keys differ between backups of the same vault.
_PAYLOAD_PURPOSE = "ehr-desktop:backup-payload"
_MAC_PURPOSE = "ehr-desktop:backup-mac"
_MANIFEST_PURPOSE = "ehr-desktop:backup-manifest"
_VAULT_KEY_PURPOSE = "ehr-desktop:backup-key-wrap"
_DATA_KEY_PURPOSE = "ehr-desktop:backup-data-key"
_PAGES_PURPOSE = "ehr-desktop:backup-pages"  # version 2: the GCM key of the page chunks

_FIXED_BYTES = len(MAGIC_V1) + 4 + 8 + 4 + MAC_BYTES

ProgressCallback = Callable[[int, int], None]


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def _canonical(body: dict) -> bytes:
    return json.dumps(body, sort_keys=True, separators=(",", ":")).encode("utf-8")


@dataclass(frozen=True)
class BackupKeys:
    """The two secrets a backup needs: its own random key and the vault's data key."""

    backup_key: bytes = field(repr=False)
    data_key: bytes = field(repr=False)


@dataclass(frozen=True)
class BackupHeader:
    backup_id: str
    created_at: str
    app_version: str
    vault_id: str
    schema_revision: str
    slots: tuple[keyslots.Slot, ...]
    vault_slots: keyslots.SlotFile  # the vault's passphrase and recovery slots, as at backup time
    raw: bytes = field(default=b"", repr=False)  # the exact bytes stored (authenticated)
    format_version: int = FORMAT_VERSION  # = the container version: 1 or 2

    @property
    def created(self) -> dt.datetime:
        return dt.datetime.fromisoformat(self.created_at)

    def slot(self, kind: str) -> keyslots.Slot | None:
        return next((s for s in self.slots if s.kind == kind), None)

    def _aad(self, kind: str) -> bytes:
        # Binds a wrapped key to this backup and slot kind: slots cannot be moved between backups.
        return f"{FORMAT}:{self.backup_id}:{kind}".encode()

    def to_bytes(self) -> bytes:
        body = {
            "format": FORMAT,
            "format_version": self.format_version,
            "backup_id": self.backup_id,
            "created_at": self.created_at,
            "app_version": self.app_version,
            "vault_id": self.vault_id,
            "schema_revision": self.schema_revision,
            "slots": [slot.to_json() for slot in self.slots],
            "vault_slots": {
                "created_at": self.vault_slots.created_at,
                "slots": [slot.to_json() for slot in self.vault_slots.slots],
            },
        }
        # Not a security measure (the MAC is): it tells accidental damage from a wrong passphrase
        # before any key is tried.
        body["checksum"] = hashlib.sha256(_canonical(body)).hexdigest()
        return json.dumps(body, indent=1).encode("utf-8")

    # --- keys -------------------------------------------------------------------------------

    def derived_key(self, backup_key: bytes, purpose: str) -> bytes:
        return kdf.expand(backup_key, self.backup_id.encode(), purpose)

    def payload_key(self, keys: BackupKeys) -> bytes:
        return self.derived_key(keys.backup_key, _PAYLOAD_PURPOSE)

    def _wrap(self, kind: str, wrapping_key: bytes, secret: bytes, salt: bytes, info: dict):
        nonce = os.urandom(12)
        wrapped = AESGCM(wrapping_key).encrypt(nonce, secret, self._aad(kind))
        return keyslots.Slot(kind=kind, salt=salt, nonce=nonce, wrapped_key=wrapped, kdf=info)

    def _unwrap(self, kind: str, wrapping_key: bytes) -> bytes | None:
        slot = self.slot(kind)
        if slot is None:
            return None
        try:
            return AESGCM(wrapping_key).decrypt(slot.nonce, slot.wrapped_key, self._aad(kind))
        except InvalidTag:
            return None

    def _hkdf_key(self, kind: str, secret: bytes, purpose: str) -> bytes:
        slot = self.slot(kind)
        return kdf.expand(secret, slot.salt if slot else b"", purpose)

    def _from_backup_key(self, backup_key: bytes | None) -> BackupKeys | None:
        if backup_key is None:
            return None
        data_key = self._unwrap(DATA_KEY, self._hkdf_key(DATA_KEY, backup_key, _DATA_KEY_PURPOSE))
        return None if data_key is None else BackupKeys(backup_key, data_key)

    def _from_data_key(self, data_key: bytes | None) -> BackupKeys | None:
        if data_key is None:
            return None
        wrapping_key = self._hkdf_key(VAULT_KEY, data_key, _VAULT_KEY_PURPOSE)
        backup_key = self._unwrap(VAULT_KEY, wrapping_key)
        return None if backup_key is None else BackupKeys(backup_key, data_key)

    def open_with_passphrase(self, passphrase: str) -> BackupKeys | None:
        """The backup passphrase, or else the vault passphrase that was current at backup time."""
        slot = self.slot(PASSPHRASE)
        if slot is not None:
            try:
                params = kdf.Argon2Params.from_json(slot.kdf)
            except (KeyError, ValueError, TypeError):
                params = None
            if params is not None:
                wrapping_key = kdf.derive(passphrase.encode("utf-8"), slot.salt, params)
                keys = self._from_backup_key(self._unwrap(PASSPHRASE, wrapping_key))
                if keys is not None:
                    return keys
        return self._from_data_key(self.vault_slots.open_with_passphrase(passphrase))

    def open_with_recovery_secret(self, secret: bytes) -> BackupKeys | None:
        """Recovery key -> vault data key (vault's recovery slot) -> backup key (vault-key slot)."""
        return self._from_data_key(self.vault_slots.open_with_secret(keyslots.RECOVERY, secret))


def new_header(
    *,
    data_key: bytes,
    vault_slots: keyslots.SlotFile,
    passphrase: str | None,
    kdf_params: kdf.Argon2Params | None,
    schema_revision: str,
    app_version: str,
    format_version: int = FORMAT_VERSION,
) -> tuple[BackupHeader, BackupKeys]:
    """A header for a new backup under a fresh random backup key.

    With `passphrase=None` no `passphrase` slot is written (automatic backups, where the app
    does not know any passphrase): the backup then opens with the vault passphrase current at
    backup time (copied vault slot -> data key -> `vault-key` slot) or with the recovery key.
    """
    backup_key = keyslots.new_data_key()
    kept_slots = tuple(
        s for s in vault_slots.slots if s.kind in (keyslots.PASSPHRASE, keyslots.RECOVERY)
    )
    header = BackupHeader(
        backup_id=str(uuid.uuid4()),
        created_at=dt.datetime.now(dt.UTC).isoformat(timespec="seconds"),
        app_version=app_version,
        vault_id=vault_slots.vault_id,
        schema_revision=schema_revision,
        slots=(),
        # The keyring slot is left out: its secret lives in one computer's keyring only.
        vault_slots=keyslots.SlotFile(vault_slots.vault_id, vault_slots.created_at, 0, kept_slots),
        format_version=format_version,
    )
    passphrase_salt, vault_salt, data_salt = os.urandom(16), os.urandom(16), os.urandom(16)
    passphrase_slots = ()
    if passphrase is not None:
        if kdf_params is None:
            raise ValueError("a backup passphrase needs Argon2 parameters")
        passphrase_slots = (
            header._wrap(
                PASSPHRASE,
                kdf.derive(passphrase.encode("utf-8"), passphrase_salt, kdf_params),
                backup_key,
                passphrase_salt,
                kdf_params.to_json(),
            ),
        )
    slots = (
        *passphrase_slots,
        header._wrap(
            VAULT_KEY,
            kdf.expand(data_key, vault_salt, _VAULT_KEY_PURPOSE),
            backup_key,
            vault_salt,
            {"name": "hkdf-sha256"},
        ),
        header._wrap(
            DATA_KEY,
            kdf.expand(backup_key, data_salt, _DATA_KEY_PURPOSE),
            data_key,
            data_salt,
            {"name": "hkdf-sha256"},
        ),
    )
    header = replace(header, slots=slots)
    # Frozen bytes from now on: the manifest and the MAC are bound to exactly these.
    return replace(header, raw=header.to_bytes()), BackupKeys(backup_key, data_key)


# --- reading the header (no secret needed) ----------------------------------------------------


def _damaged(part: str, path: Path | None = None) -> BackupDamaged:
    return BackupDamaged(part=part, path="" if path is None else str(path))


def parse_header(raw: bytes, path: Path | None = None) -> BackupHeader:
    try:
        body = json.loads(raw.decode("utf-8"))
        if not isinstance(body, dict):
            raise _damaged("header", path)
        checksum = body.pop("checksum")
        if not hmac.compare_digest(hashlib.sha256(_canonical(body)).hexdigest(), str(checksum)):
            raise _damaged("header", path)
        if body["format"] != FORMAT:
            raise NotABackup(path="" if path is None else str(path))
        format_version = int(body["format_version"])
        if format_version > FORMAT_VERSION:
            raise BackupTooNew(path="" if path is None else str(path))
        if format_version < 1:
            raise _damaged("header", path)
        vault_id = str(body["vault_id"])
        slots = tuple(keyslots.Slot.from_json(s) for s in body["slots"])
        vault_slots = body["vault_slots"]
        header = BackupHeader(
            backup_id=str(body["backup_id"]),
            created_at=str(body["created_at"]),
            app_version=str(body["app_version"]),
            vault_id=vault_id,
            schema_revision=str(body["schema_revision"]),
            slots=slots,
            vault_slots=keyslots.SlotFile(
                vault_id,
                str(vault_slots["created_at"]),
                0,
                tuple(keyslots.Slot.from_json(s) for s in vault_slots["slots"]),
            ),
            raw=raw,
            format_version=format_version,
        )
        header.created  # noqa: B018 - a malformed date is damage, found now rather than later
    except (ValueError, KeyError, TypeError, AttributeError):
        raise _damaged("header", path) from None
    return header


def _read_exactly(handle: BinaryIO, size: int, path: Path) -> bytes:
    data = handle.read(size)
    if len(data) != size:
        raise _damaged("truncated", path)
    return data


def _read_header(handle: BinaryIO, path: Path) -> BackupHeader:
    magic = handle.read(len(MAGIC))
    if len(magic) < len(MAGIC) or not magic.startswith(MAGIC_PREFIX):
        raise NotABackup(path=str(path))
    if magic[-1] > CONTAINER_VERSION:
        raise BackupTooNew(path=str(path))
    if magic not in (MAGIC_V1, MAGIC_V2):
        raise _damaged("header", path)
    length = int.from_bytes(_read_exactly(handle, 4, path), "big")
    if not 0 < length <= MAX_HEADER_BYTES:
        raise _damaged("header", path)
    header = parse_header(_read_exactly(handle, length, path), path)
    if header.format_version != magic[-1]:
        raise _damaged("header", path)
    return header


def looks_like_backup(path: Path) -> bool:
    """Whether the file starts with the backup signature (whatever its name)."""
    try:
        with Path(path).open("rb") as handle:
            return handle.read(len(MAGIC_PREFIX)) == MAGIC_PREFIX
    except OSError:
        return False


def read_header(path: Path) -> BackupHeader:
    """The header alone: bounded reads, checked JSON; no secret needed, nothing decrypted."""
    path = Path(path)
    try:
        with path.open("rb") as handle:
            return _read_header(handle, path)
    except IsADirectoryError:
        raise NotABackup(path=str(path)) from None
    except FileNotFoundError:
        raise NotABackup(path=str(path)) from None


# --- writing and reading the whole file ---------------------------------------------------------


def write(
    handle: BinaryIO,
    header: BackupHeader,
    keys: BackupKeys,
    payload_path: Path,
    manifest: dict,
    progress: ProgressCallback | None = None,
) -> None:
    """Streams header, payload, sealed manifest and MAC into `handle` (memory stays flat)."""
    mac = hmac.new(header.derived_key(keys.backup_key, _MAC_PURPOSE), digestmod=hashlib.sha256)
    payload_hash = hashlib.sha256()

    def put(data: bytes) -> None:
        handle.write(data)
        mac.update(data)

    header_bytes = header.raw or header.to_bytes()
    if len(header_bytes) > MAX_HEADER_BYTES:
        raise ValueError("backup header too large")
    if header.format_version != 1:
        raise ValueError("write() writes container version 1 only")
    put(MAGIC_V1)
    put(len(header_bytes).to_bytes(4, "big"))
    put(header_bytes)
    payload_size = payload_path.stat().st_size
    put(payload_size.to_bytes(8, "big"))
    done = 0
    with payload_path.open("rb") as payload:
        while chunk := payload.read(CHUNK_BYTES):
            put(chunk)
            payload_hash.update(chunk)
            done += len(chunk)
            if progress is not None:
                progress(done, payload_size)
    if done != payload_size:
        raise OSError("the payload changed while it was written")
    sealed = _seal_manifest(
        header,
        keys,
        {**manifest, "payload_sha256": payload_hash.hexdigest(), "payload_bytes": done},
    )
    put(len(sealed).to_bytes(4, "big"))
    put(sealed)
    handle.write(mac.digest())


def _manifest_aad(header: BackupHeader) -> bytes:
    # The manifest belongs to exactly this header (and so to these slots and this backup id).
    return hashlib.sha256(header.raw or header.to_bytes()).digest()


def _seal_manifest(
    header: BackupHeader, keys: BackupKeys, manifest: dict, aad: bytes | None = None
) -> bytes:
    nonce = os.urandom(12)
    key = header.derived_key(keys.backup_key, _MANIFEST_PURPOSE)
    body = json.dumps(manifest, sort_keys=True).encode("utf-8")
    return nonce + AESGCM(key).encrypt(nonce, body, aad or _manifest_aad(header))


def _open_manifest(
    header: BackupHeader, keys: BackupKeys, sealed: bytes, path: Path, aad: bytes | None = None
) -> dict:
    key = header.derived_key(keys.backup_key, _MANIFEST_PURPOSE)
    try:
        body = AESGCM(key).decrypt(sealed[:12], sealed[12:], aad or _manifest_aad(header))
        manifest = json.loads(body.decode("utf-8"))
    except (InvalidTag, ValueError):
        raise _damaged("manifest", path) from None
    if not isinstance(manifest, dict):
        raise _damaged("manifest", path)
    return manifest


def extract(
    path: Path,
    header: BackupHeader,
    keys: BackupKeys,
    destination: Path | None,
    progress: ProgressCallback | None = None,
    *,
    same_as: Path | None = None,
    durable: bool = True,
) -> dict:
    """Copies the payload to `destination` while checking the MAC over the whole file; returns
    the manifest. Raises BackupDamaged (and removes `destination`) unless every byte is as written.

    One pass that both copies and authenticates: a file changed between a separate check and
    the copy could not slip through. With `same_as` (the read-back of a backup just written)
    nothing is copied: the payload must equal that file byte for byte instead, so the checks
    already run on that file hold for the payload in the backup. `durable=False` skips the
    fsync of a scratch copy that is deleted after checking.
    """
    path = Path(path)
    try:
        file_size = path.stat().st_size
        with contextlib.ExitStack() as files:
            handle = files.enter_context(path.open("rb"))
            out = None if destination is None else files.enter_context(destination.open("wb"))
            expected = None if same_as is None else files.enter_context(same_as.open("rb"))
            header_again = _read_header(handle, path)
            if header_again.raw != header.raw:
                raise _damaged("header", path)
            mac = hmac.new(
                header.derived_key(keys.backup_key, _MAC_PURPOSE), digestmod=hashlib.sha256
            )
            mac.update(MAGIC_V1 + len(header.raw).to_bytes(4, "big") + header.raw)
            size_bytes = _read_exactly(handle, 8, path)
            mac.update(size_bytes)
            payload_size = int.from_bytes(size_bytes, "big")
            # Sizes come from an untrusted file: check them against the real size before use.
            if payload_size == 0 or payload_size % PAGE_SIZE:
                raise _damaged("payload", path)
            if _FIXED_BYTES + len(header.raw) + payload_size > file_size:
                raise _damaged("truncated", path)
            if expected is not None and os.fstat(expected.fileno()).st_size != payload_size:
                raise _damaged("payload", path)
            payload_hash = hashlib.sha256()
            remaining = payload_size
            while remaining:
                chunk = _read_exactly(handle, min(CHUNK_BYTES, remaining), path)
                mac.update(chunk)
                payload_hash.update(chunk)
                if out is not None:
                    out.write(chunk)
                if expected is not None and expected.read(len(chunk)) != chunk:
                    raise _damaged("payload", path)
                remaining -= len(chunk)
                if progress is not None:
                    progress(payload_size - remaining, payload_size)
            manifest_size_bytes = _read_exactly(handle, 4, path)
            mac.update(manifest_size_bytes)
            manifest_size = int.from_bytes(manifest_size_bytes, "big")
            if not 28 <= manifest_size <= MAX_MANIFEST_BYTES:
                raise _damaged("manifest", path)
            sealed = _read_exactly(handle, manifest_size, path)
            mac.update(sealed)
            stored_mac = handle.read(MAC_BYTES + 1)
            if len(stored_mac) < MAC_BYTES:
                raise _damaged("truncated", path)
            if len(stored_mac) > MAC_BYTES:
                raise _damaged("trailing_data", path)
            if not hmac.compare_digest(mac.digest(), stored_mac):
                raise _damaged("contents", path)
            if out is not None:
                out.flush()
                if durable:
                    os.fsync(out.fileno())
        manifest = _open_manifest(header, keys, sealed, path)
        if manifest.get("payload_sha256") != payload_hash.hexdigest():
            raise _damaged("manifest", path)
        return manifest
    except BaseException:
        if destination is not None:
            with contextlib.suppress(OSError):
                destination.unlink()
        raise


# --- version 2: the vault's own pages in GCM chunks -------------------------------------------


def _v2_prefix(header: BackupHeader, payload_size: int) -> bytes:
    header_bytes = header.raw or header.to_bytes()
    if len(header_bytes) > MAX_HEADER_BYTES:
        raise ValueError("backup header too large")
    return (
        MAGIC_V2
        + len(header_bytes).to_bytes(4, "big")
        + header_bytes
        + payload_size.to_bytes(8, "big")
        + PAGE_SIZE.to_bytes(4, "big")
        + CHUNK_BYTES.to_bytes(4, "big")
    )


def _chunk_aad(prefix_hash: bytes, index: int, final: bool) -> bytes:
    # Binds each chunk to this file's header and sizes, to its place, and marks the last one:
    # reordered, dropped, repeated or appended chunks all fail their tag.
    return prefix_hash + index.to_bytes(8, "big") + (b"\x01" if final else b"\x00")


def _chunk_nonce(index: int) -> bytes:
    # A counter is enough: the pages key is new for every backup (random backup key, HKDF).
    return index.to_bytes(12, "big")


def stored_size(payload_size: int) -> int:
    """Bytes the sealed chunks of a payload of `payload_size` bytes take in a version 2 file."""
    return payload_size + -(-payload_size // CHUNK_BYTES) * TAG_BYTES


def write_pages(
    handle: BinaryIO,
    header: BackupHeader,
    keys: BackupKeys,
    source: BinaryIO,
    payload_size: int,
    manifest: Callable[[], dict],
    progress: ProgressCallback | None = None,
    pages: Callable[[bytes, int], None] | None = None,
) -> None:
    """Streams a version 2 file into `handle`: the first `payload_size` bytes of `source` (the
    vault database file, held still by the caller's read transaction) in sealed 1 MiB chunks,
    then the manifest, which `manifest()` returns once the pages are written. Each chunk's
    pages (a copy) and the number of its first page also go to `pages`, if given."""
    if header.format_version != 2:
        raise ValueError("write_pages() writes container version 2 only")
    if payload_size <= 0 or payload_size % PAGE_SIZE:
        raise ValueError("the payload is not a whole number of pages")
    prefix = _v2_prefix(header, payload_size)
    prefix_hash = hashlib.sha256(prefix).digest()
    handle.write(prefix)
    gcm = AESGCM(header.derived_key(keys.backup_key, _PAGES_PURPOSE))
    # The same two buffers for every chunk: a fresh 1 MiB object per chunk costs a fresh
    # mapping and 256 page faults each time (≈ 1.4 s of system time on 1.7 GB).
    view = memoryview(bytearray(CHUNK_BYTES))
    sealed = memoryview(bytearray(CHUNK_BYTES + TAG_BYTES))
    done = index = 0
    while done < payload_size:
        want = min(CHUNK_BYTES, payload_size - done)
        got = source.readinto(view[:want])
        if got != want:
            raise OSError("the vault file is shorter than its page count")
        if pages is not None:
            pages(bytes(view[:got]), done // PAGE_SIZE + 1)
        done += got
        aad = _chunk_aad(prefix_hash, index, done == payload_size)
        handle.write(_seal_into(gcm, _chunk_nonce(index), view[:got], aad, sealed))
        index += 1
        if progress is not None:
            progress(done, payload_size)
    body = {
        **manifest(),
        "payload_bytes": payload_size,
        "page_size": PAGE_SIZE,
        "page_count": payload_size // PAGE_SIZE,
    }
    sealed = _seal_manifest(header, keys, body, prefix_hash)
    handle.write(len(sealed).to_bytes(4, "big"))
    handle.write(sealed)


def _seal_into(gcm: AESGCM, nonce: bytes, plain, aad: bytes, out: memoryview):
    if not hasattr(gcm, "encrypt_into"):  # an older cryptography
        return gcm.encrypt(nonce, plain, aad)
    size = len(plain) + TAG_BYTES
    gcm.encrypt_into(nonce, plain, aad, out[:size])
    return out[:size]


def _open_into(gcm: AESGCM, nonce: bytes, sealed, aad: bytes, out: memoryview):
    """Raises InvalidTag, as AESGCM.decrypt does."""
    if not hasattr(gcm, "decrypt_into"):  # an older cryptography
        return gcm.decrypt(nonce, bytes(sealed), aad)
    size = len(sealed) - TAG_BYTES
    gcm.decrypt_into(nonce, sealed, aad, out[:size])
    return out[:size]


def read_pages(
    path: Path,
    header: BackupHeader,
    keys: BackupKeys,
    sink: Callable[[bytes, int], None] | None = None,
    progress: ProgressCallback | None = None,
) -> dict:
    """Reads a whole version 2 file and authenticates every byte of it: each chunk's tag, the
    order and number of chunks, the sealed manifest and its sizes, no trailing bytes. Hands each
    decrypted chunk (SQLCipher pages, still encrypted under the vault data key) and the number
    of its first page to `sink`; the chunk is a view of a buffer reused for the next one, so a
    sink that keeps it must copy it. Returns the manifest; raises BackupDamaged."""
    path = Path(path)
    file_size = path.stat().st_size
    with path.open("rb") as handle:
        header_again = _read_header(handle, path)
        if header_again.raw != header.raw or header.format_version != 2:
            raise _damaged("header", path)
        params = _read_exactly(handle, PARAMS_BYTES, path)
        payload_size = int.from_bytes(params[:8], "big")
        if (
            int.from_bytes(params[8:12], "big") != PAGE_SIZE
            or int.from_bytes(params[12:16], "big") != CHUNK_BYTES
            or payload_size == 0
            or payload_size % PAGE_SIZE
        ):
            raise _damaged("payload", path)
        prefix = _v2_prefix(header, payload_size)
        if prefix[-PARAMS_BYTES:] != params:
            raise _damaged("payload", path)
        # Sizes come from an untrusted file: check them against the real size before use.
        if len(prefix) + stored_size(payload_size) + 4 + 28 > file_size:
            raise _damaged("truncated", path)
        prefix_hash = hashlib.sha256(prefix).digest()
        gcm = AESGCM(header.derived_key(keys.backup_key, _PAGES_PURPOSE))
        # Two buffers reused for every chunk (see write_pages).
        sealed = memoryview(bytearray(CHUNK_BYTES + TAG_BYTES))
        opened = memoryview(bytearray(CHUNK_BYTES))
        done = index = 0
        while done < payload_size:
            plain_size = min(CHUNK_BYTES, payload_size - done)
            sealed_chunk = sealed[: plain_size + TAG_BYTES]
            if handle.readinto(sealed_chunk) != len(sealed_chunk):
                raise _damaged("truncated", path)
            aad = _chunk_aad(prefix_hash, index, done + plain_size == payload_size)
            try:
                plain = _open_into(gcm, _chunk_nonce(index), sealed_chunk, aad, opened)
            except InvalidTag:
                raise _damaged("contents", path) from None
            if sink is not None:
                sink(plain, done // PAGE_SIZE + 1)
            done += plain_size
            index += 1
            if progress is not None:
                progress(done, payload_size)
        manifest_size = int.from_bytes(_read_exactly(handle, 4, path), "big")
        if not 28 <= manifest_size <= MAX_MANIFEST_BYTES:
            raise _damaged("manifest", path)
        sealed = _read_exactly(handle, manifest_size, path)
        if handle.read(1):
            raise _damaged("trailing_data", path)
    manifest = _open_manifest(header, keys, sealed, path, prefix_hash)
    if (
        manifest.get("payload_bytes") != payload_size
        or manifest.get("page_size") != PAGE_SIZE
        or manifest.get("page_count") != payload_size // PAGE_SIZE
    ):
        raise _damaged("manifest", path)
    return manifest


# --- the payload: a SQLCipher database ------------------------------------------------------


def _key_sql(key: bytes) -> str:
    return f"x'{key.hex()}'"


def snapshot(source: sqlcipher.Connection, target: Path, payload_key: bytes) -> None:
    """A consistent copy of the open vault database, encrypted under `payload_key`.

    `sqlcipher_export` runs inside one read transaction, so in WAL mode it sees a single
    snapshot while the app keeps writing through its own connections.
    """
    source.execute(
        "ATTACH DATABASE ? AS backup_payload KEY ?", (str(target), _key_sql(payload_key))
    )
    try:
        source.execute("BEGIN")
        try:
            source.execute("SELECT sqlcipher_export('backup_payload')").fetchall()
            source.execute("COMMIT")
        except BaseException:
            source.execute("ROLLBACK")
            raise
    finally:
        source.execute("DETACH DATABASE backup_payload")


def rekey(path: Path, old_key: bytes, new_key: bytes) -> None:
    """Re-encrypts a payload file in place (crash-safe: SQLCipher's journal keeps the old key)."""
    connection = sqlcipher.connect(str(path), isolation_level=None)
    try:
        connection.execute("PRAGMA cipher_log_level = NONE")
        connection.execute(f'PRAGMA key = "{_key_sql(old_key)}"')
        connection.execute("SELECT count(*) FROM sqlite_schema").fetchone()
        connection.execute(f'PRAGMA rekey = "{_key_sql(new_key)}"')
    finally:
        connection.close()


def user_tables(connection: sqlcipher.Connection) -> list[str]:
    rows = connection.execute(
        "SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite_%' "
        "ORDER BY name"
    ).fetchall()
    return [row[0] for row in rows]


def row_counts(connection: sqlcipher.Connection) -> dict[str, int]:
    # Table names come from the database itself; quoting keeps odd names harmless.
    return {
        name: connection.execute(f'SELECT count(*) FROM "{name}"').fetchone()[0]  # noqa: S608
        for name in user_tables(connection)
    }


def audit_tail(connection: sqlcipher.Connection) -> dict | None:
    row = connection.execute("SELECT id, mac FROM audit_log ORDER BY id DESC LIMIT 1").fetchone()
    return None if row is None else {"last_id": row[0], "last_mac": row[1]}
