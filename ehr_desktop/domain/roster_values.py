"""Cleaning one cell of a legacy roster (花名册) into the value the import policy asks for."""

from __future__ import annotations

import datetime as dt
import math
import re
import unicodedata
from typing import Any, NamedTuple

from ehr_desktop.domain import id_number as resident_id

# Problem codes, as the import report and answers.json name them.
ID_NUMBER_SCIENTIFIC_NOTATION = "id_number_scientific_notation"
ID_CHECKSUM = "id_checksum"
ID_FORMAT = "id_format"
UNPARSEABLE_DATE = "unparseable_date"
INVALID_PHONE = "invalid_phone"
UNKNOWN_VALUE = "unknown_value"  # a choice (婚姻状况, 合同类型 …) in a word that means nothing
INVALID_EMAIL = "invalid_email"
INVALID_NUMBER = "invalid_number"


class Value(NamedTuple):
    """A cleaned cell: the normalised value (or None) and, when the cell was refused, why.
    A named tuple: an import makes hundreds of thousands, at a third of a dataclass's cost."""

    value: Any
    problem: str | None = None


_BLANK = Value(None)


# --- text of a cell -----------------------------------------------------------------------

# Invisible characters that survive NFKC and strip() (text pasted from web pages and chat
# programs carries them); they are never part of a roster value.
_INVISIBLE = dict.fromkeys(map(ord, "\u200b\u200c\u200d\u2060\ufeff\u00ad"))
_INVISIBLE_CHARS = frozenset(map(chr, _INVISIBLE))


def _clean(text: str) -> str:
    """NFKC (full-width letters, digits and U+3000 become ASCII), invisible marks gone, trimmed."""
    # Most cells are already clean; an import cleans millions of them. ASCII is NFKC-stable
    # and holds no invisible marks.
    if text.isascii():
        return text.strip()
    if not unicodedata.is_normalized("NFKC", text):
        text = unicodedata.normalize("NFKC", text)
    if not _INVISIBLE_CHARS.isdisjoint(text):
        text = text.translate(_INVISIBLE)
    return text.strip()


def _number_text(number: int | float) -> str:
    # A number cell shows as its integer digits when it is whole: 310012.0 is "310012".
    if isinstance(number, float):
        if math.isfinite(number) and number.is_integer():
            return str(int(number))
        return repr(number)
    return str(number)


def _cell_text(raw: Any) -> str:
    """Any cell value as the trimmed, NFKC text a person would read in it ("" for blank)."""
    if raw is None:
        return ""
    if isinstance(raw, str):
        return _clean(raw)
    if isinstance(raw, bool):  # before int: bool is an int subclass; Excel shows TRUE/FALSE
        return "TRUE" if raw else "FALSE"
    if isinstance(raw, int | float):
        return _number_text(raw)
    if isinstance(raw, dt.datetime):
        return raw.isoformat(sep=" ")
    if isinstance(raw, dt.date | dt.time):
        return raw.isoformat()
    return _clean(str(raw))


def _is_number(raw: Any) -> bool:
    return isinstance(raw, int | float) and not isinstance(raw, bool)


def employee_no(raw: Any) -> str | None:
    """Text as written (NFKC, trimmed, leading zeros kept); a number cell gives its integer
    digits; blank is None."""
    return _cell_text(raw) or None


_HAN = re.compile(r"[\u3007\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\U00020000-\U0003134f]")


def person_name(raw: Any) -> str | None:
    """NFKC, trimmed; all whitespace inside a Chinese name removed, Latin names keep single
    spaces."""
    text = _cell_text(raw)
    if not text:
        return None
    # A name with any Han character is a Chinese name: spaces in it are padding (张　伟 fills
    # a three-character box), never part of the name.
    if _HAN.search(text):
        return "".join(text.split())
    return " ".join(text.split())


def first_last(first: Any, last: Any) -> str | None:
    """Separate First/Last Name columns as "First Last"; one part alone when the other is
    blank."""
    parts = [part for part in (person_name(first), person_name(last)) if part]
    return " ".join(parts) or None


_GENDERS = {
    "男": "male", "男性": "male", "m": "male", "male": "male",
    "女": "female", "女性": "female", "f": "female", "female": "female",
}  # fmt: skip


def gender(raw: Any) -> str | None:
    """Gender as "male" (男/男性/M/Male) or "female" (女/女性/F/Female), any case; else None."""
    return _GENDERS.get(_cell_text(raw).casefold())


def text(raw: Any) -> str | None:
    """Department / position: NFKC, trimmed, inner whitespace runs as one space; numbers
    without ".0"; blank is None."""
    return " ".join(_cell_text(raw).split()) or None


# --- resident ID numbers ------------------------------------------------------------------

# What Excel writes for a number too long to show: 4.40106199003071E+17, 4.40106E+17.
_E_NOTATION = re.compile(r"[+-]?\d+(?:\.\d*)?[eE][+-]?\d+")
_CHECK_CHARACTERS = frozenset("0123456789Xx")
# Typed in front of a number so Excel keeps it as text; the IME's curly quotes do the same job.
_TEXT_MARKERS = "'\u2018\u2019`"


def _normalised_id(raw: Any) -> str:
    number = "".join(_cell_text(raw).split())  # NFKC, every space, TAB and line break gone
    return number.lstrip(_TEXT_MARKERS).upper()


def id_number(raw: Any, *, numeric: bool) -> Value:
    """A resident ID as 18 uppercase characters, or None with id_number_scientific_notation /
    id_checksum / id_format; blank is Value(None)."""
    if (
        not numeric
        and isinstance(raw, str)
        and len(raw) == 18
        and raw.isascii()
        and raw[:17].isdigit()
        and raw[17] in _CHECK_CHARACTERS
    ):
        return _checked_id(raw.upper())  # written as it should be (most cells): no normalising
    if raw is None or (isinstance(raw, str) and not _clean(raw)):
        return _BLANK
    # Excel keeps 15 significant digits of a number, so a numeric ID has already lost its
    # last digits: never rebuild them, whatever the cell shows.
    if numeric or _is_number(raw):
        return Value(None, ID_NUMBER_SCIENTIFIC_NOTATION)
    number = _normalised_id(raw)
    if not number:
        return _BLANK
    if _E_NOTATION.fullmatch(number):
        return Value(None, ID_NUMBER_SCIENTIFIC_NOTATION)
    # Old 15-digit numbers are refused (id_format), not upgraded: the policy's valid form is
    # 18 characters, and upgrading would store digits nobody wrote (the reader of the report
    # can re-type it).
    return _checked_id(number)


def _checked_id(number: str) -> Value:
    problem = resident_id.problem(number)
    if problem is None:
        return Value(number)
    if problem is resident_id.IdProblem.CHECK_DIGIT:
        return Value(None, ID_CHECKSUM)
    return Value(None, ID_FORMAT)  # characters, or no real birth date inside


def _valid_id(number: Any) -> resident_id.ResidentId | None:
    cleaned = id_number(number, numeric=False)
    if cleaned.value is None:
        return None
    parsed = resident_id.parse(cleaned.value)
    return parsed if isinstance(parsed, resident_id.ResidentId) else None


def birth_date_from_id(number: str) -> dt.date | None:
    """The birth date inside a valid 18-character ID number; None for any other number."""
    parsed = _valid_id(number)
    return parsed.birth_date if parsed else None


def gender_from_id(number: str) -> str | None:
    """Gender read from a valid ID number: 17th digit odd is "male", even "female"; else None."""
    parsed = _valid_id(number)
    if parsed is None:
        return None
    return "male" if parsed.is_male else "female"


# --- dates --------------------------------------------------------------------------------

OPEN_ENDED_WORDS = frozenset({"无固定期限", "无固定期", "无期限", "长期", "长期有效"})

# Excel's 1900 system counts 1900-02-29, a day that never was; from serial 61 on, counting
# from 1899-12-30 absorbs that extra day, and serials 20000-80000 (1954-2119) are all past it.
_EXCEL_EPOCH = dt.date(1899, 12, 30)
_SERIALS = range(20000, 80001)
# Years before 1900 do not exist in Excel and in a roster are typing slips (0019-03-01).
_FIRST_YEAR = 1900

_TIME = r"(?:(?:\s+|T)(?P<hh>\d{1,2}):(?P<mm>\d{2})(?::(?P<ss>\d{2})(?:\.\d+)?)?)?"
_YMD = re.compile(
    r"(?P<y>\d{4})\s*(?P<sep>[-/.])\s*(?P<m>\d{1,2})\s*(?P=sep)\s*(?P<d>\d{1,2})" + _TIME
)
_YMD_CHINESE = re.compile(r"(?P<y>\d{4})\s*年\s*(?P<m>\d{1,2})\s*月\s*(?P<d>\d{1,2})\s*[日号]")
_WHOLE_NUMBER = re.compile(r"\d+(?:\.0*)?")
# English rosters only: month first (a US roster's 03/01/2019 is 1 March).
_MDY = re.compile(r"(?P<m>\d{1,2})/(?P<d>\d{1,2})/(?P<y>\d{4})" + _TIME)
_MON_D_Y = re.compile(r"(?P<mon>[a-z]+)\.?\s+(?P<d>\d{1,2})(?:st|nd|rd|th)?\s*,?\s*(?P<y>\d{4})")
_D_MON_Y = re.compile(r"(?P<d>\d{1,2})(?:-|\s+)(?P<mon>[a-z]+)\.?(?:-|\s+)(?P<y>\d{4})")
_MONTHS = {
    name: number
    for number, names in enumerate(
        (
            ("jan", "january"), ("feb", "february"), ("mar", "march"), ("apr", "april"),
            ("may",), ("jun", "june"), ("jul", "july"), ("aug", "august"),
            ("sep", "sept", "september"), ("oct", "october"), ("nov", "november"),
            ("dec", "december"),
        ),
        start=1,
    )
    for name in names
}  # fmt: skip


def _real_date(year: int | str, month: int | str, day: int | str) -> dt.date | None:
    try:
        found = dt.date(int(year), int(month), int(day))
    except ValueError:  # 2019.02.30, 0000-00-00, day and month swapped
        return None
    return found if found.year >= _FIRST_YEAR else None


def _with_valid_time(match: re.Match[str], found: dt.date | None) -> dt.date | None:
    # The time is dropped, but 2019-03-01 25:61 is not something Excel or a person writes for a
    # date: refuse it rather than guess which half is wrong.
    if found is None or match["hh"] is None:
        return found
    if int(match["hh"]) > 23 or int(match["mm"]) > 59 or int(match["ss"] or 0) > 59:
        return None
    return found


def _from_whole_number(number: int) -> dt.date | None:
    if number in _SERIALS:
        return _EXCEL_EPOCH + dt.timedelta(days=number)
    digits = str(number)
    if len(digits) == 8:  # yyyymmdd
        return _real_date(digits[:4], digits[4:6], digits[6:])
    return None


def _from_text(text: str, *, english: bool) -> dt.date | None:
    if match := _YMD.fullmatch(text):
        return _with_valid_time(match, _real_date(match["y"], match["m"], match["d"]))
    if match := _YMD_CHINESE.fullmatch(text):
        return _real_date(match["y"], match["m"], match["d"])
    if _WHOLE_NUMBER.fullmatch(text):
        digits = text.split(".")[0]
        # 020190301 is not how anyone writes a date or a serial: no digits are assumed away.
        return None if digits.startswith("0") else _from_whole_number(int(digits))
    if not english:
        return None
    if match := _MDY.fullmatch(text):
        return _with_valid_time(match, _real_date(match["y"], match["m"], match["d"]))
    lowered = text.casefold()
    if (match := _MON_D_Y.fullmatch(lowered)) or (match := _D_MON_Y.fullmatch(lowered)):
        month = _MONTHS.get(match["mon"])
        return _real_date(match["y"], month, match["d"]) if month else None
    return None


def is_open_ended(raw: Any) -> bool:
    """Whether a contract-end cell says the contract has no end (无固定期限, 长期 …)."""
    return isinstance(raw, str) and "".join(_clean(raw).split()) in OPEN_ENDED_WORDS


def date(raw: Any, *, english: bool, open_ended_ok: bool = False) -> Value:
    """A complete real calendar date in one of the policy's forms, else unparseable_date; blank
    (and, with open_ended_ok, 无固定期限/长期 …) is Value(None). A partial date is never
    completed."""
    if isinstance(raw, dt.datetime):  # before date: datetime is a date subclass
        return Value(raw.date())
    if isinstance(raw, dt.date):
        return Value(raw)
    if _is_number(raw):
        whole = isinstance(raw, int) or (math.isfinite(raw) and raw.is_integer())
        found = _from_whole_number(int(raw)) if whole else None
        return Value(found) if found else Value(None, UNPARSEABLE_DATE)
    if raw is None or (isinstance(raw, str) and not _clean(raw)):
        return _BLANK
    if not isinstance(raw, str):  # a time of day or a TRUE/FALSE cell holds no date
        return Value(None, UNPARSEABLE_DATE)
    cleaned = _clean(raw)
    if open_ended_ok and "".join(cleaned.split()) in OPEN_ENDED_WORDS:
        return _BLANK
    found = _from_text(cleaned, english=english)
    return Value(found) if found else Value(None, UNPARSEABLE_DATE)


# --- phones -------------------------------------------------------------------------------

# Written with an international prefix (+1…, 001…), as opposed to a bare 1 starting a mobile.
_DIGIT = re.compile(r"[0-9]")
_INTERNATIONAL = re.compile(r"[^0-9+]*(?:\+|00)")
_NORTH_AMERICAN = re.compile(r"[2-9]\d{2}[2-9]\d{6}")  # NXX-NXX-XXXX: no 0/1 in either lead


def phone(raw: Any, *, english: bool) -> Value:
    """A Chinese mobile as 11 digits (86/0086 dropped); in English rosters also a 10-digit
    North-American number; anything else invalid_phone; blank is Value(None)."""
    if raw is None or (isinstance(raw, str) and not _clean(raw)):
        return _BLANK
    if _is_number(raw):
        whole = isinstance(raw, int) or (math.isfinite(raw) and raw.is_integer())
        if not whole or raw < 0:
            return Value(None, INVALID_PHONE)
        written = str(int(raw))
    elif isinstance(raw, str):
        written = _clean(raw)
    else:  # a date or a TRUE/FALSE cell is no phone number
        return Value(None, INVALID_PHONE)
    digits = (
        written if written.isascii() and written.isdigit() else "".join(_DIGIT.findall(written))
    )
    if len(digits) == 13 and digits.startswith("86"):
        digits = digits[2:]
    elif len(digits) == 15 and digits.startswith("0086"):
        digits = digits[4:]
    elif english and _INTERNATIONAL.match(written):
        # +1 415 555 0123: the country code of North America, kept as the 10 digits the policy
        # stores; without this it would pass for an 11-digit mobile starting with 1.
        national = digits.removeprefix("00")
        if len(national) == 11 and national.startswith("1"):
            digits = national[1:]
    if len(digits) == 11 and digits.startswith("1"):
        return Value(digits)
    if english and _NORTH_AMERICAN.fullmatch(digits):
        return Value(digits)
    return Value(None, INVALID_PHONE)


# --- employment status --------------------------------------------------------------------

_ACTIVE = "active"
_LEFT = "left"
# The policy's words plus spellings that mean the same without doubt. 待离职 (leaving soon) is
# still employed, so active; the leave date, if any, records when that ends. Leave of every
# kind (休假, 产假, 停薪留职) keeps the employment, as "On Leave" does in the policy.
_STATUSES = {
    **dict.fromkeys(
        (
            "在职", "在岗", "正式", "正式员工", "试用", "试用期", "试用中", "实习", "实习期",
            "实习生", "转正", "已转正", "待离职", "休假", "产假", "停薪留职",
            "active", "on leave", "leave of absence", "probation", "probationary",
            "on probation", "employed", "current",
        ),
        _ACTIVE,
    ),
    **dict.fromkeys(
        (
            "离职", "辞职", "辞退", "退休", "离退休", "解聘", "开除", "自离", "合同到期离职",
            "terminated", "resigned", "inactive", "retired", "separated", "dismissed",
            "former", "left",
        ),
        _LEFT,
    ),
}  # fmt: skip
_TRAILING_NOTE = re.compile(r"\s*[(\[【〔][^()\[\]【】〔〕]*[)\]】〕]$")


def status(raw: Any) -> str | None:
    """Status word (any case) as "active" or "left"; unknown words are None."""
    word = " ".join(_cell_text(raw).casefold().split())
    # 已离职, 已辞职, 已退休: 已 ("already") adds nothing; 在职（试用期）: the note refines it.
    candidates = (word, word.removeprefix("已"), _TRAILING_NOTE.sub("", word))
    for candidate in candidates:
        if candidate in _STATUSES:
            return _STATUSES[candidate]
    return None


# --- rows and header labels ---------------------------------------------------------------

_TOTALS = ("合计", "小计", "总计", "total")


def is_totals_label(raw: Any) -> bool:
    """Whether a row's first non-empty cell marks a totals row: it starts with 合计, 小计,
    总计 or Total (any case)."""
    if not isinstance(raw, str):
        return False
    if raw.isascii() and "t" not in raw and "T" not in raw:
        return False  # most cells: no ASCII text without a t starts with "total"
    # 合　计 is how a two-character label is padded to the width of the column's other labels.
    label = "".join(_clean(raw).split()).casefold()
    return label.startswith(_TOTALS)


def normalise_label(raw: Any) -> str:
    """A header label for matching: NFKC, no whitespace or asterisks, trailing bracketed notes
    such as （必填） or (yyyy-mm-dd) removed; case kept."""
    label = "".join(_cell_text(raw).split()).replace("*", "")
    while stripped := _TRAILING_NOTE.sub("", label):
        if stripped == label:
            break
        label = stripped
    return label


# --- the further fields: choices, e-mail, money, free numbers -----------------------------


def _word(raw: Any) -> str:
    """The cell as a lookup key: no whitespace, case folded."""
    return "".join(_cell_text(raw).split()).casefold()


def choice_key(spelling: str) -> str:
    """How a choice is looked up: the spelling without whitespace, case folded."""
    return _word(spelling)


def _choices(table: dict[str, tuple[str, ...]]) -> dict[str, str]:
    return {_word(spelling): code for code, spellings in table.items() for spelling in spellings}


MARITAL_STATUSES = _choices({
    "single": ("未婚", "单身", "未", "否", "Single", "Unmarried", "Never married"),
    "married": ("已婚", "已", "是", "结婚", "初婚", "再婚", "复婚", "Married"),
    "divorced": ("离异", "离婚", "离", "Divorced"),
    "widowed": ("丧偶", "Widowed"),
})  # fmt: skip
POLITICAL_STATUSES = _choices({
    "masses": ("群众", "普通群众", "无", "Masses", "None"),
    "cpc_member": ("中共党员", "党员", "共产党员", "中国共产党党员", "正式党员", "CPC member",
                   "CPC", "Party member"),
    "cpc_probationary": ("中共预备党员", "预备党员", "中共党员(预备)", "党员(预备)",
                         "Probationary CPC member"),
    "cyl_member": ("共青团员", "团员", "中国共产主义青年团团员", "CYL member"),
    "democratic_party": ("民主党派", "民主党派成员", "民革", "民革党员", "民盟", "民盟盟员",
                         "民建", "民建会员", "民进", "民进会员", "农工党", "农工党党员",
                         "致公党", "致公党党员", "九三学社", "九三学社社员", "台盟",
                         "台盟盟员"),
})  # fmt: skip
CONTRACT_TYPES = _choices({
    "fixed_term": ("固定期限", "固定", "有固定期限", "固定期限劳动合同", "固定期限合同",
                   "劳动合同", "Fixed term", "Fixed-term", "Fixed"),
    "open_ended": ("无固定期限", "无固定", "无固定期限劳动合同", "无固定期限合同", "长期",
                   "Open-ended", "Open ended", "Permanent", "Indefinite"),
    "internship": ("实习", "实习协议", "实习合同", "Internship", "Intern"),
    "labour_service": ("劳务", "劳务合同", "劳务协议", "退休返聘", "返聘", "Labour service",
                       "Labor service", "Contractor"),
    "part_time": ("非全日制", "非全日制用工", "兼职", "小时工", "Part-time", "Part time"),
})  # fmt: skip
HUKOU_TYPES = _choices({
    "urban": ("城镇", "城镇户口", "非农", "非农业", "非农业户口", "城市", "居民户口", "Urban"),
    "rural": ("农村", "农村户口", "农业", "农业户口", "Rural"),
})  # fmt: skip


def choice(raw: Any, table: dict[str, str]) -> Value:
    """One of a field's codes from its spellings (any case, spaces and a trailing note
    ignored); an unknown word is unknown_value, never guessed; blank is Value(None)."""
    word = _word(raw)
    if not word:
        return _BLANK
    # 已婚（2019年）: a trailing note refines the word; the word alone still says which.
    found = table.get(word) or table.get(_TRAILING_NOTE.sub("", word))
    return Value(found) if found else Value(None, UNKNOWN_VALUE)


_EMAIL = re.compile(r"[^@\s]+@[^@\s]+\.[^@\s.]+")


def email(raw: Any) -> Value:
    written = "".join(_cell_text(raw).split())
    if not written:
        return _BLANK
    if written.casefold().startswith("mailto:"):
        written = written[len("mailto:") :]
    return Value(written) if _EMAIL.fullmatch(written) else Value(None, INVALID_EMAIL)


_MONEY_DECORATION = re.compile(r"^(?:¥|￥|rmb|cny|人民币)|(?:元|元/月|/月|rmb|cny)$")


def number(raw: Any) -> Value:
    """A number cell, or text such as '8,000.00', '¥8000', '8000元/月'; else invalid_number."""
    if raw is None or (isinstance(raw, str) and not _clean(raw)):
        return _BLANK
    if _is_number(raw):
        return Value(raw) if math.isfinite(raw) else Value(None, INVALID_NUMBER)
    if not isinstance(raw, str):
        return Value(None, INVALID_NUMBER)
    written = "".join(_cell_text(raw).casefold().split()).replace(",", "")
    while (stripped := _MONEY_DECORATION.sub("", written)) != written:
        written = stripped
    try:
        value = float(written)
    except ValueError:
        return Value(None, INVALID_NUMBER)
    return Value(value) if math.isfinite(value) else Value(None, INVALID_NUMBER)


def money_cents(raw: Any) -> Value:
    """A monthly amount in cents (whole yuan and fen); negative or absurd amounts refused."""
    found = number(raw)
    if found.value is None:
        return found
    cents = round(found.value * 100)
    if not 0 <= cents <= 100_000_000_00:
        return Value(None, INVALID_NUMBER)
    return Value(cents)


def contact_phone(raw: Any) -> str | None:
    """Another person's phone (emergency contact): a mobile as 11 digits when it is one,
    otherwise the number as written (a landline is a fine emergency number)."""
    written = _number_text(raw) if _is_number(raw) else " ".join(_cell_text(raw).split())
    digits = re.sub(r"[\s\-()]", "", written)
    if re.fullmatch(r"(?:\+?86|0086)?1\d{10}", digits):
        return digits[-11:]
    return written or None
