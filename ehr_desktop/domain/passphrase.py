"""Passphrase strength: a conservative estimate the wizard shows live and the services enforce."""

from __future__ import annotations

import math
import re
from dataclasses import dataclass
from enum import IntEnum

MIN_LENGTH = 10

# The few dozen passwords every cracking list tries first; matching one (case-insensitively,
# ignoring trailing digits and symbols) makes a passphrase weak whatever its length.
_COMMON = frozenset(
    [
        "password",
        "passw0rd",
        "p@ssword",
        "p@ssw0rd",
        "qwerty",
        "qwertyuiop",
        "asdfgh",
        "asdfghjkl",
        "zxcvbnm",
        "abc",
        "abcdef",
        "letmein",
        "welcome",
        "admin",
        "administrator",
        "root",
        "iloveyou",
        "monkey",
        "dragon",
        "master",
        "sunshine",
        "princess",
        "football",
        "baseball",
        "shadow",
        "superman",
        "trustno1",
        "whatever",
        "starwars",
        "hello",
        "freedom",
        "secret",
        "changeme",
        "woaini",
        "wodemima",
        "mima",
        "zhongguo",
        "china",
        "beijing",
        "shanghai",
        "huawei",
        "baidu",
        "tencent",
        "aini1314",
    ]
)
_KEYBOARD_ROWS = ("1234567890", "qwertyuiop", "asdfghjkl", "zxcvbnm", "abcdefghijklmnopqrstuvwxyz")


class Strength(IntEnum):
    TOO_WEAK = 0
    WEAK = 1
    FAIR = 2
    GOOD = 3
    STRONG = 4


class Hint(IntEnum):
    TOO_SHORT = 1
    COMMON_WORD = 2
    REPEATED = 3
    SEQUENCE = 4
    ONE_KIND = 5


@dataclass(frozen=True)
class StrengthReport:
    strength: Strength
    bits: float
    hints: tuple[Hint, ...]

    @property
    def acceptable(self) -> bool:
        return self.strength >= Strength.FAIR


def _alphabet_size(text: str) -> int:
    size = 0
    if re.search(r"[a-z]", text):
        size += 26
    if re.search(r"[A-Z]", text):
        size += 26
    if re.search(r"[0-9]", text):
        size += 10
    if re.search(r"[^A-Za-z0-9\s\u3400-\u9fff]", text):
        size += 33
    if re.search(r"\s", text):
        size += 1
    if re.search(r"[\u3400-\u9fff]", text):
        size += 3000  # a Chinese character carries far more choice than a letter
    return max(size, 1)


def _has_sequence(lowered: str, run: int = 4) -> bool:
    for row in _KEYBOARD_ROWS:
        for i in range(len(row) - run + 1):
            chunk = row[i : i + run]
            if chunk in lowered or chunk[::-1] in lowered:
                return True
    return False


def _effective_length(text: str) -> int:
    """Length after collapsing runs of the same character to two."""
    return len(re.sub(r"(.)\1{2,}", r"\1\1", text))


def assess(passphrase: str) -> StrengthReport:
    hints: list[Hint] = []
    lowered = passphrase.lower()
    core = re.sub(r"[\d\W_]+$", "", lowered)
    if len(passphrase) < MIN_LENGTH:
        hints.append(Hint.TOO_SHORT)
    common = lowered in _COMMON or core in _COMMON
    if common:
        hints.append(Hint.COMMON_WORD)
    if re.search(r"(.)\1{2,}", passphrase):
        hints.append(Hint.REPEATED)
    sequence = _has_sequence(lowered)
    if sequence:
        hints.append(Hint.SEQUENCE)
    alphabet = _alphabet_size(passphrase)
    if passphrase and alphabet <= 26 and len(passphrase) < 16:
        hints.append(Hint.ONE_KIND)

    length = _effective_length(passphrase)
    bits = length * math.log2(alphabet) if passphrase else 0.0
    if sequence:
        bits *= 0.6
    if common:
        bits = min(bits, 10.0)

    if not passphrase or common or len(passphrase) < 6:
        strength = Strength.TOO_WEAK
    elif len(passphrase) < MIN_LENGTH or bits < 40:
        strength = Strength.WEAK
    elif bits < 60:
        strength = Strength.FAIR
    elif bits < 80:
        strength = Strength.GOOD
    else:
        strength = Strength.STRONG
    return StrengthReport(strength=strength, bits=round(bits, 1), hints=tuple(hints))
