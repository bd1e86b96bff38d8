"""Recovery keys: 160 random bits as nine groups of four characters, the last a typo check."""

from __future__ import annotations

import hashlib

from ehr_desktop.domain.errors import MalformedRecoveryKey

# Crockford's Base32: no I, L, O or U, so a key read aloud or retyped from paper survives.
ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"
_DECODE = {c: i for i, c in enumerate(ALPHABET)}
_DECODE.update({"I": 1, "L": 1, "O": 0})
KEY_BYTES = 20
DATA_CHARS = 32  # 160 bits / 5
CHECK_CHARS = 4
GROUP = 4


def _encode_bits(value: int, chars: int) -> str:
    out = []
    for shift in range((chars - 1) * 5, -1, -5):
        out.append(ALPHABET[(value >> shift) & 31])
    return "".join(out)


def _check(data_chars: str) -> str:
    digest = hashlib.sha256(data_chars.encode("ascii")).digest()
    return _encode_bits(int.from_bytes(digest[:3], "big") >> 4, CHECK_CHARS)


def format_key(secret: bytes) -> str:
    """The printable form of a 20-byte secret: 'XXXX-XXXX-…' (nine groups)."""
    if len(secret) != KEY_BYTES:
        raise ValueError("recovery secret must be 20 bytes")
    data = _encode_bits(int.from_bytes(secret, "big"), DATA_CHARS)
    text = data + _check(data)
    return "-".join(text[i : i + GROUP] for i in range(0, len(text), GROUP))


def parse_key(typed: str) -> bytes:
    """The secret behind a typed key; spaces, dashes, case and I/L/O look-alikes are forgiven."""
    cleaned = "".join(ch for ch in typed.upper() if not ch.isspace() and ch not in "-_")
    if len(cleaned) != DATA_CHARS + CHECK_CHARS or any(ch not in _DECODE for ch in cleaned):
        raise MalformedRecoveryKey()
    canonical = "".join(ALPHABET[_DECODE[ch]] for ch in cleaned)
    data, check = canonical[:DATA_CHARS], canonical[DATA_CHARS:]
    if _check(data) != check:
        raise MalformedRecoveryKey()
    value = 0
    for ch in data:
        value = (value << 5) | _DECODE[ch]
    return value.to_bytes(KEY_BYTES, "big")
