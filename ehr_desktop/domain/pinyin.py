"""Pinyin initials of Chinese names, for quick search ("zs" finds 张三)."""

from __future__ import annotations

import itertools

from pypinyin import Style, pinyin

_MAX_READINGS = 8  # heteronyms multiply; a handful of readings covers real names


def initials(name: str) -> str:
    """Space-separated initials for every reading of the name's heteronyms ("曾" → c or z).

    Latin letters are kept as they are (lower-case); characters without a reading are skipped.
    """
    letters: list[list[str]] = []
    for reading in pinyin(name, style=Style.FIRST_LETTER, heteronym=True, errors="ignore"):
        choices = sorted(
            {part[:1].lower() for part in reading if part[:1].isascii() and part[:1].isalpha()}
        )
        if choices:
            letters.append(choices)
    readings = itertools.islice(itertools.product(*letters), _MAX_READINGS)
    return " ".join(dict.fromkeys("".join(reading) for reading in readings))
