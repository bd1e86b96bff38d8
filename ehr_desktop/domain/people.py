"""Personal data of an employee file: normalising what was typed, the rules it must meet, masks."""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from typing import Any

from ehr_desktop.domain import id_number

ID_TYPES = (
    "resident_id",
    "passport",
    "hk_macao_permit",
    "taiwan_permit",
    "foreign_permit",
    "other",
)
GENDERS = ("M", "F")
HUKOU_TYPES = ("urban", "rural")
MARITAL_STATUSES = ("single", "married", "divorced", "widowed")
POLITICAL_STATUSES = ("masses", "cpc_member", "cpc_probationary", "cyl_member", "democratic_party")

# Longest text each field takes (the database columns are sized to match).
MAX_LENGTH = {
    "employee_no": 50, "name": 100, "former_name": 100, "ethnicity": 50, "id_number": 40,
    "nationality": 100, "native_place": 200, "hukou_address": 500, "current_address": 500,
    "mobile": 30, "email": 200, "bank_name": 200, "bank_account": 50,
}  # fmt: skip
REQUIRED = ("employee_no", "name", "gender", "birth_date", "id_number")
MIN_WORKING_AGE = 16  # Labour Law art. 15


@dataclass(frozen=True)
class EmergencyContact:
    name: str
    relation: str = ""
    phone: str = ""


@dataclass(frozen=True)
class PersonalData:
    """Everything about the person (not the job): what the basic-data form edits."""

    employee_no: str
    name: str
    gender: str | None = None
    birth_date: dt.date | None = None
    id_type: str = "resident_id"
    id_number: str = ""
    former_name: str = ""
    ethnicity: str = ""
    nationality: str = ""
    native_place: str = ""
    hukou_type: str = ""
    hukou_address: str = ""
    current_address: str = ""
    marital_status: str = ""
    political_status: str = ""
    mobile: str = ""
    email: str = ""
    first_work_date: dt.date | None = None
    bank_name: str = ""
    bank_account: str = ""
    emergency_contacts: tuple[EmergencyContact, ...] = ()
    custom_values: Mapping[str, Any] = field(default_factory=dict)


@dataclass(frozen=True)
class Problem:
    """Why a field's value is refused: `code` is stable and worded by the GUI."""

    field: str
    code: str
    facts: Mapping[str, Any] = field(default_factory=dict)


_FULL_WIDTH = {code: code - 0xFEE0 for code in range(0xFF01, 0xFF5F)} | {0x3000: 0x20}


def half_width(text: str) -> str:
    """Full-width ASCII (ＡＢＣ１２３) as plain ASCII; CJK characters untouched."""
    return text.translate(_FULL_WIDTH)


def clean_text(text: str | None) -> str:
    """Trimmed, inner runs of spaces collapsed, full-width ASCII made half-width."""
    if not text:
        return ""
    text = unicodedata.normalize("NFC", half_width(text))
    return " ".join(text.split())


def clean_id_number(text: str) -> str:
    return re.sub(r"\s+", "", half_width(text)).upper()


def clean_mobile(text: str) -> str:
    """A Chinese mobile as 11 digits (+86, spaces, dashes removed); other numbers kept readable."""
    text = half_width(text).strip()
    digits = re.sub(r"[\s\-()]", "", text)
    if re.fullmatch(r"(\+?86)?1\d{10}", digits):
        return digits[-11:]
    return " ".join(text.split())


_EMAIL = re.compile(r"[^@\s]+@[^@\s]+\.[^@\s]+")
_MOBILE_CN = re.compile(r"1[3-9]\d{9}")
_PHONE_OTHER = re.compile(r"\+?[\d ]{6,20}")


def normalise(data: PersonalData) -> PersonalData:
    texts = {
        name: clean_text(getattr(data, name))
        for name in (
            "employee_no", "name", "former_name", "ethnicity", "nationality", "native_place",
            "hukou_address", "current_address", "email", "bank_name",
        )
    }  # fmt: skip
    contacts = tuple(
        EmergencyContact(clean_text(c.name), clean_text(c.relation), clean_mobile(c.phone))
        for c in data.emergency_contacts
        if clean_text(c.name) or clean_text(c.phone)
    )
    number = clean_id_number(data.id_number)
    if data.id_type == "resident_id" and len(number) == 15 and number.isdigit():
        number = id_number.upgrade_15(number)
    return replace(
        data,
        **texts,
        id_number=number,
        mobile=clean_mobile(data.mobile),
        bank_account=re.sub(r"[\s\-]", "", half_width(data.bank_account)),
        emergency_contacts=contacts,
    )


def check(data: PersonalData, *, today: dt.date) -> list[Problem]:
    """Every rule the personal data breaks; an empty list means it may be saved. Expects
    normalised data."""
    problems: list[Problem] = []
    for name in REQUIRED:
        if getattr(data, name) in (None, ""):
            problems.append(Problem(name, "required"))
    for name, limit in MAX_LENGTH.items():
        if len(getattr(data, name) or "") > limit:
            problems.append(Problem(name, "too_long", {"limit": limit}))
    if data.gender not in (None, *GENDERS):
        problems.append(Problem("gender", "unknown_choice"))
    if data.id_type not in ID_TYPES:
        problems.append(Problem("id_type", "unknown_choice"))
    if data.birth_date is not None and data.birth_date > today:
        problems.append(Problem("birth_date", "in_future"))
    if data.id_type == "resident_id" and data.id_number:
        parsed = id_number.parse(data.id_number, today=today)
        if isinstance(parsed, id_number.IdProblem):
            problems.append(Problem("id_number", f"id_{parsed.value}"))
        else:
            if data.birth_date is not None and data.birth_date != parsed.birth_date:
                problems.append(
                    Problem("birth_date", "id_birth_mismatch", {"id_birth": parsed.birth_date})
                )
            if data.gender in GENDERS and (data.gender == "M") != parsed.is_male:
                problems.append(Problem("gender", "id_gender_mismatch"))
    if data.mobile and not (
        _MOBILE_CN.fullmatch(data.mobile) or _PHONE_OTHER.fullmatch(data.mobile)
    ):
        problems.append(Problem("mobile", "phone_format"))
    if data.email and not _EMAIL.fullmatch(data.email):
        problems.append(Problem("email", "email_format"))
    if data.bank_account and not re.fullmatch(r"\d{8,30}", data.bank_account):
        problems.append(Problem("bank_account", "bank_account_format"))
    if data.first_work_date is not None:
        if data.first_work_date > today:
            problems.append(Problem("first_work_date", "in_future"))
        elif data.birth_date and data.first_work_date < _years_after(
            data.birth_date, MIN_WORKING_AGE
        ):
            problems.append(
                Problem("first_work_date", "before_working_age", {"age": MIN_WORKING_AGE})
            )
    for contact in data.emergency_contacts:
        if not contact.name or not contact.phone:
            problems.append(Problem("emergency_contacts", "contact_incomplete"))
            break
    return problems


def with_identity_facts(data: PersonalData, *, today: dt.date) -> PersonalData:
    """Birth date and gender taken from a valid resident ID when the form left them empty."""
    if data.id_type != "resident_id" or not data.id_number:
        return data
    parsed = id_number.parse(data.id_number, today=today)
    if isinstance(parsed, id_number.IdProblem):
        return data
    return replace(
        data,
        birth_date=data.birth_date or parsed.birth_date,
        gender=data.gender or ("M" if parsed.is_male else "F"),
    )


def _years_after(day: dt.date, years: int) -> dt.date:
    try:
        return day.replace(year=day.year + years)
    except ValueError:  # 29 February
        return day.replace(year=day.year + years, day=28)


def years_between(start: dt.date, end: dt.date) -> int:
    """Whole years from start to end (age, seniority)."""
    return end.year - start.year - ((end.month, end.day) < (start.month, start.day))


# --- masks: what the lists and files show until the officer reveals the value --------------


def mask_id_number(number: str) -> str:
    return id_number.mask(number)


def mask_phone(phone: str) -> str:
    """138****5678."""
    digits = phone.replace(" ", "")
    if len(digits) < 7:
        return "*" * len(digits)
    return digits[:3] + "*" * (len(digits) - 7) + digits[-4:]


def mask_bank_account(account: str) -> str:
    """6222 **** **** 1234 style: first four and last four digits."""
    if len(account) <= 8:
        return "*" * len(account)
    return account[:4] + "*" * (len(account) - 8) + account[-4:]


MASKS = {
    "id_number": mask_id_number,
    "mobile": mask_phone,
    "bank_account": mask_bank_account,
}
