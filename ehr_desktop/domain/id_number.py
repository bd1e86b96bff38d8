"""Resident identity numbers (GB 11643-1999): check digit, birth date, gender, 15→18 upgrade."""

from __future__ import annotations

import datetime as dt
import functools
from dataclasses import dataclass
from enum import Enum

_WEIGHTS = (7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2)
_CHECK_CHARS = "10X98765432"


class IdProblem(Enum):
    LENGTH = "length"
    CHARACTERS = "characters"
    BIRTH_DATE = "birth_date"
    CHECK_DIGIT = "check_digit"


@dataclass(frozen=True)
class ResidentId:
    number: str
    birth_date: dt.date
    is_male: bool


def check_digit(first17: str) -> str:
    if len(first17) != len(_WEIGHTS):
        raise ValueError("check_digit needs the first 17 digits")
    if not _ascii_digits(first17):
        raise ValueError("check_digit needs ASCII digits")
    return _check_char(first17)


def _check_char(first17: str) -> str:
    # The weights are 2^(18−i) mod 11, and 13 ≡ 2 (mod 11): Σ wᵢ·dᵢ ≡ 2 × (the 17 digits read
    # in base 13), one int() in C instead of 17 multiplications. Callers pass ASCII digits only
    # (int() would also take a sign, spaces or underscores).
    return _CHECK_CHARS[2 * int(first17, 13) % 11]


def upgrade_15(number15: str) -> str:
    """An old 15-digit number (born 19xx) as its 18-digit form."""
    first17 = number15[:6] + "19" + number15[6:]
    return first17 + check_digit(first17)


@functools.lru_cache(maxsize=40_000)  # birth dates repeat across a roster's thousands of IDs
def _birth(digits8: str) -> dt.date | None:
    try:
        born = dt.date(int(digits8[:4]), int(digits8[4:6]), int(digits8[6:8]))
    except ValueError:
        return None
    return born if born.year >= 1900 else None


def _ascii_digits(text: str) -> bool:
    # str.isdigit() also accepts full-width and superscript digits, which int() may then refuse.
    return text.isascii() and text.isdigit()


def parse(number: str, *, today: dt.date | None = None) -> ResidentId | IdProblem:
    """Validates an already-normalised number (half-width digits, capital X)."""
    if len(number) == 15:
        if not _ascii_digits(number):
            return IdProblem.CHARACTERS
        number = upgrade_15(number)
    found = problem(number, today=today)
    if found is not None:
        return found
    born = _birth(number[6:14])
    assert born is not None  # problem() checked it
    return ResidentId(number=number, birth_date=born, is_male=int(number[16]) % 2 == 1)


def problem(number: str, *, today: dt.date | None = None) -> IdProblem | None:
    """What is wrong with an already-normalised 18-character number, or None: parse()'s
    verdict without building the result (an import checks a hundred thousand)."""
    if len(number) != 18:
        return IdProblem.LENGTH
    if not _ascii_digits(number[:17]) or not (_ascii_digits(number[17]) or number[17] == "X"):
        return IdProblem.CHARACTERS
    born = _birth(number[6:14])
    if born is None or born > (today or dt.date.today()):
        return IdProblem.BIRTH_DATE
    if _check_char(number[:17]) != number[17]:
        return IdProblem.CHECK_DIGIT
    return None


def mask(number: str) -> str:
    """1101**********002X: region and last four kept, the rest hidden."""
    if len(number) <= 8:
        return "*" * len(number)
    return number[:4] + "*" * (len(number) - 8) + number[-4:]
