"""Resident identity numbers (GB 11643-1999)."""

import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

from ehr_desktop.domain import id_number
from ehr_desktop.domain.id_number import IdProblem, ResidentId

TODAY = dt.date(2026, 11, 27)


def reference_check_digit(first17: str) -> str:
    """ISO 7064 MOD 11-2 written out independently: weights 2^(17-i) mod 11."""
    total = sum(int(digit) * pow(2, 17 - i, 11) for i, digit in enumerate(first17))
    remainder = (12 - total % 11) % 11
    return "X" if remainder == 10 else str(remainder)


# Worked by hand with the standard's algorithm; the first two are the standard's own examples.
KNOWN_GOOD = [
    ("11010519491231002X", dt.date(1949, 12, 31), False),
    ("440524188001010014", dt.date(1880, 1, 1), True),  # year < 1900: rejected, see below
    ("31010419900307123X", dt.date(1990, 3, 7), True),
    ("510107198506152340", dt.date(1985, 6, 15), False),
    ("110101200002290077", dt.date(2000, 2, 29), True),
    ("330106197011200035", dt.date(1970, 11, 20), True),
]


@pytest.mark.parametrize(("number", "born", "male"), KNOWN_GOOD)
def test_check_digit_matches_hand_computed_examples(number, born, male):
    assert id_number.check_digit(number[:17]) == number[17]
    assert reference_check_digit(number[:17]) == number[17]


@pytest.mark.parametrize(("number", "born", "male"), [k for k in KNOWN_GOOD if k[1].year >= 1900])
def test_valid_numbers_parse_with_birth_date_and_gender(number, born, male):
    assert id_number.parse(number, today=TODAY) == ResidentId(number, born, male)


def test_birth_years_before_1900_are_refused():
    assert id_number.parse("440524188001010014", today=TODAY) is IdProblem.BIRTH_DATE


def test_gender_is_the_parity_of_the_seventeenth_digit():
    first16 = "1101051949123100"
    for digit in "0123456789":
        first17 = first16 + digit
        parsed = id_number.parse(first17 + id_number.check_digit(first17), today=TODAY)
        assert isinstance(parsed, ResidentId)
        assert parsed.is_male is (int(digit) % 2 == 1)


def test_fifteen_digit_number_is_upgraded_to_eighteen_digits():
    assert id_number.upgrade_15("110105491231002") == "11010519491231002X"
    parsed = id_number.parse("110105491231002", today=TODAY)
    assert parsed == ResidentId("11010519491231002X", dt.date(1949, 12, 31), False)


def test_fifteen_digit_number_with_impossible_date_is_refused():
    assert id_number.parse("110105490231002", today=TODAY) is IdProblem.BIRTH_DATE


def test_fifteen_characters_with_a_letter_are_refused():
    assert id_number.parse("11010549123100X", today=TODAY) is IdProblem.CHARACTERS


@pytest.mark.parametrize(
    "birth",
    ["19990229", "20001301", "20000230", "20000000", "19491232", "18991231"],
)
def test_impossible_birth_dates_are_refused(birth):
    first17 = f"110105{birth}002"
    assert id_number.parse(first17 + reference_check_digit(first17), today=TODAY) is (
        IdProblem.BIRTH_DATE
    )


def test_birth_date_after_today_is_refused():
    first17 = "11010520261128002"
    number = first17 + reference_check_digit(first17)
    assert id_number.parse(number, today=TODAY) is IdProblem.BIRTH_DATE
    assert isinstance(id_number.parse(number, today=dt.date(2026, 11, 28)), ResidentId)


def test_wrong_check_digit_is_refused():
    assert id_number.parse("110105194912310021", today=TODAY) is IdProblem.CHECK_DIGIT


@pytest.mark.parametrize("number", ["", "1101051949123100", "11010519491231002X1"])
def test_wrong_length_is_refused(number):
    assert id_number.parse(number, today=TODAY) is IdProblem.LENGTH


@pytest.mark.parametrize(
    "number",
    [
        "11010519491231002x",
        "1101051949123100X2",
        "11010519491231O02X",
        "１1010519491231002X",  # full-width digit
        "²1010519491231002X",  # superscript: isdigit() but not int()-able (used to crash)
        "²10105491231002",
    ],
)
def test_unnormalised_or_foreign_characters_are_refused(number):
    assert id_number.parse(number, today=TODAY) is IdProblem.CHARACTERS


def test_mask_keeps_region_and_last_four():
    assert id_number.mask("11010519491231002X") == "1101**********002X"
    assert id_number.mask("12345678") == "********"


@given(st.text(alphabet="0123456789", min_size=17, max_size=17))
def test_check_digit_agrees_with_the_reference_for_any_seventeen_digits(first17):
    assert id_number.check_digit(first17) == reference_check_digit(first17)


@given(
    region=st.text(alphabet="0123456789", min_size=6, max_size=6),
    born=st.dates(min_value=dt.date(1900, 1, 1), max_value=TODAY),
    sequence=st.integers(min_value=0, max_value=999),
)
def test_any_seventeen_digits_with_their_check_digit_parse(region, born, sequence):
    first17 = f"{region}{born:%Y%m%d}{sequence:03d}"
    parsed = id_number.parse(first17 + id_number.check_digit(first17), today=TODAY)
    assert isinstance(parsed, ResidentId)
    assert parsed.birth_date == born
    assert parsed.is_male is (sequence % 2 == 1)


@given(
    born=st.dates(min_value=dt.date(1900, 1, 1), max_value=TODAY),
    position=st.integers(min_value=0, max_value=17),
    shift=st.integers(min_value=1, max_value=9),
)
def test_any_single_changed_digit_is_caught(born, position, shift):
    first17 = f"110105{born:%Y%m%d}123"
    valid = first17 + id_number.check_digit(first17)
    alphabet = "0123456789X" if position == 17 else "0123456789"
    changed_char = alphabet[(alphabet.index(valid[position]) + shift) % len(alphabet)]
    changed = valid[:position] + changed_char + valid[position + 1 :]
    assert not isinstance(id_number.parse(changed, today=TODAY), ResidentId)


@given(st.text(max_size=20) | st.text(alphabet="0123456789X²１٣", min_size=15, max_size=18))
def test_parse_never_raises_whatever_it_is_given(text):
    assert isinstance(id_number.parse(text, today=TODAY), ResidentId | IdProblem)
