"""How numbers and short lists are written inside one cell of the KPI template workbook, both
ways: bands ("100:100; 90:80; 其余:0"), rating scales ("1=差:0; 5=优秀:100"), level
descriptions ("5=能独立解决疑难问题"), milestones ("提交方案; m2=完成试点").

Entries are separated by line breaks when the cell has any, else by ; or ；(bands also by
commas and 、). Separators and signs may be full-width. A line break inside one entry cannot
be written and becomes a space.
"""

from __future__ import annotations

import math
import re
import unicodedata
from collections.abc import Sequence
from decimal import Decimal
from typing import Any

from ehr_desktop.domain.kpi import Band, KpiRefused, Level, Milestone, parse_decimal
from ehr_desktop.exchange.kpi.vocabulary import BELOW_WORDS

_LINES = re.compile(r"\r\n|\r|\n")
_SEMICOLONS = re.compile(r"[;；]")
_LIST_MARKS = re.compile(r"[;；,，、]")
_EQUALS = re.compile(r"[=＝]")
_COLONS = re.compile(r"[:：]")
_AT_LEAST = re.compile(r"^(≥|>=|>|＞＝|＞|不低于|达到)\s*")
_SUFFIXES = ("%", "分")


class NotationError(Exception):
    """A cell that does not say what its column expects; `code` and `facts` say how."""

    def __init__(self, code: str, **facts: Any) -> None:
        super().__init__(code)
        self.code = code
        self.facts = facts


# --- numbers ---------------------------------------------------------------------------------


def tidy(value: Decimal) -> Decimal:
    """30.0 read from a float cell is 30: whole numbers without a fractional part."""
    if value == value.to_integral_value() and abs(value) < 10**15:
        return value.quantize(Decimal(1)) + 0  # + 0 turns -0 into 0
    return value


def cell_number(value: Any) -> tuple[Decimal, bool] | None:
    """A cell as a number, and whether it was written with a % sign; None when blank.
    Numbers typed as text may use full-width digits, 1,234.5 grouping and a trailing % or 分."""
    if value is None or (isinstance(value, str) and not value.strip()):
        return None
    if isinstance(value, bool):
        raise NotationError("not_a_number", value=str(value))
    if isinstance(value, int):
        return Decimal(value), False
    if isinstance(value, float):
        if not math.isfinite(value):
            raise NotationError("not_a_number", value=str(value))
        return tidy(Decimal(repr(value))), False
    if not isinstance(value, str):
        raise NotationError("not_a_number", value=str(value))
    text = unicodedata.normalize("NFKC", value).strip()
    percent = text.endswith("%")
    for suffix in _SUFFIXES:
        text = text.removesuffix(suffix).rstrip()
    try:
        return tidy(parse_decimal(text)), percent
    except KpiRefused:
        raise NotationError("not_a_number", value=value) from None


def text_number(text: str) -> Decimal:
    found = cell_number(text)
    if found is None:
        raise NotationError("not_a_number", value=text)
    return found[0]


def whole_number(value: Any) -> int | None:
    found = cell_number(value)
    if found is None:
        return None
    if found[0] != found[0].to_integral_value():
        raise NotationError("not_a_whole_number", value=str(value))
    return int(found[0])


def number_text(value: Decimal) -> str:
    return format(tidy(value), "f")


# --- lists -----------------------------------------------------------------------------------


def entries(text: str, *, commas: bool = False) -> list[str]:
    marks = _LIST_MARKS if commas else _SEMICOLONS
    parts = _LINES.split(text) if _LINES.search(text) else marks.split(text)
    return [part.strip() for part in parts if part.strip()]


def join(items: Sequence[str]) -> str:
    items = [" ".join(_LINES.split(item)).strip() for item in items]
    if any(_LIST_MARKS.search(item) for item in items):
        # One entry per line; a single entry still needs a line break to say so.
        return "\n".join(items) + ("\n" if len(items) == 1 else "")
    return "; ".join(items)


def _split_first(pattern: re.Pattern[str], text: str) -> tuple[str, str] | None:
    found = pattern.search(text)
    if found is None:
        return None
    return text[: found.start()].strip(), text[found.end() :].strip()


def _split_last(pattern: re.Pattern[str], text: str) -> tuple[str, str] | None:
    matches = list(pattern.finditer(text))
    if not matches:
        return None
    return text[: matches[-1].start()].strip(), text[matches[-1].end() :].strip()


# --- bands -----------------------------------------------------------------------------------


def format_bands(bands: Sequence[Band], below: Decimal, language: str) -> str:
    items = [f"{number_text(b.at_least)}:{number_text(b.score)}" for b in bands]
    if below != 0 or not bands:
        items.append(f"{BELOW_WORDS.word('below', language)}:{number_text(below)}")
    return join(items)


def parse_bands(text: str) -> tuple[tuple[Band, ...], Decimal]:
    """Achievement (percent of target) : score, highest first; 其余/else : the score below."""
    bands: list[Band] = []
    below = Decimal(0)
    for entry in entries(text, commas=True):
        parts = _split_last(_COLONS, entry)
        if parts is None or not parts[0]:
            raise NotationError("malformed_bands", entry=entry)
        left, right = parts
        try:
            score = text_number(right)
            if BELOW_WORDS.parse(left):
                below = score
            else:
                bands.append(Band(text_number(_AT_LEAST.sub("", left)), score))
        except NotationError:
            raise NotationError("malformed_bands", entry=entry) from None
    return tuple(bands), below


# --- rating scales and their descriptions ------------------------------------------------------


def format_levels(levels: Sequence[Level]) -> str:
    return join([f"{level.value}={level.label}:{number_text(level.score)}" for level in levels])


def parse_levels(text: str) -> list[tuple[int, str, Decimal]]:
    """value=label:score entries (the label may be empty)."""
    found: list[tuple[int, str, Decimal]] = []
    for entry in entries(text):
        head = _split_first(_EQUALS, entry)
        rest = _split_last(_COLONS, head[1]) if head else None
        if head is None or rest is None:
            raise NotationError("malformed_scale", entry=entry)
        try:
            value = whole_number(head[0])
            score = text_number(rest[1])
        except NotationError:
            raise NotationError("malformed_scale", entry=entry) from None
        if value is None:
            raise NotationError("malformed_scale", entry=entry)
        found.append((value, rest[0], score))
    return found


def format_descriptions(levels: Sequence[Level]) -> str:
    return join([f"{level.value}={level.description}" for level in levels if level.description])


def parse_descriptions(text: str) -> dict[int, str]:
    found: dict[int, str] = {}
    for entry in entries(text):
        head = _split_first(_EQUALS, entry)
        try:
            value = whole_number(head[0]) if head else None
        except NotationError:
            value = None
        if head is None or value is None or value in found:
            raise NotationError("malformed_descriptions", entry=entry)
        found[value] = head[1]
    return found


# --- milestones -----------------------------------------------------------------------------


def format_milestones(milestones: Sequence[Milestone]) -> str:
    items = []
    for n, milestone in enumerate(milestones, start=1):
        implicit = milestone.key == str(n) and not _EQUALS.search(milestone.name)
        items.append(milestone.name if implicit else f"{milestone.key}={milestone.name}")
    return join(items)


def parse_milestones(text: str) -> tuple[Milestone, ...]:
    """One milestone per entry: "name" (its key is its position, 1, 2 …) or "key=name"."""
    found = []
    for n, entry in enumerate(entries(text), start=1):
        parts = _split_first(_EQUALS, entry)
        found.append(Milestone(parts[0], parts[1]) if parts else Milestone(str(n), entry))
    return tuple(found)
