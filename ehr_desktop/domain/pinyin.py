"""Pinyin initials of Chinese names, for quick search ("zs" finds 张三)."""

from __future__ import annotations

import functools
import itertools

_MAX_READINGS = 16  # heteronyms multiply; a handful of readings covers real names


@functools.lru_cache(maxsize=20_000)
def _letters(char: str) -> tuple[str, ...]:
    """The initials of every reading of one character, the most common reading's first."""
    # Imported on first use: pypinyin loads its dictionaries at import (≈ 0.25 s), which a
    # window or command that never makes initials should not wait for.
    from pypinyin import Style, pinyin

    reading = pinyin(char, style=Style.FIRST_LETTER, heteronym=True, errors="ignore")
    found = [part[:1].lower() for parts in reading for part in parts]
    return tuple(dict.fromkeys(c for c in found if c.isascii() and c.isalpha()))


def initials(name: str) -> str:
    """Space-separated initials for every reading of the name's heteronyms ("曾" → z or c).

    Only Chinese characters have initials (a Latin name is found by the name itself);
    characters without a reading are skipped. Characters are read one by one (a name is not a
    phrase, and an import reads tens of thousands of names): the common reading first.
    """
    letters = [found for char in name if (found := _letters(char))]
    readings = itertools.islice(itertools.product(*letters), _MAX_READINGS)
    return " ".join(dict.fromkeys("".join(reading) for reading in readings))
