"""Recovery keys: printable, forgiving of how people retype them, strict about real typos."""

import re

import pytest
from hypothesis import given
from hypothesis import strategies as st

from ehr_desktop.domain import recovery_key
from ehr_desktop.domain.errors import MalformedRecoveryKey

SECRET = bytes(range(20))
secrets = st.binary(min_size=20, max_size=20)


@given(secrets)
def test_formatted_key_parses_back_to_the_same_secret(secret):
    assert recovery_key.parse_key(recovery_key.format_key(secret)) == secret


@given(secrets)
def test_formatted_key_is_nine_groups_without_look_alike_letters(secret):
    key = recovery_key.format_key(secret)
    assert re.fullmatch(r"[0-9A-HJKMNP-TV-Z]{4}(-[0-9A-HJKMNP-TV-Z]{4}){8}", key)


@given(secrets)
def test_lowercase_spaces_and_missing_dashes_are_forgiven(secret):
    key = recovery_key.format_key(secret)
    assert recovery_key.parse_key(key.lower().replace("-", " ")) == secret
    assert recovery_key.parse_key(key.replace("-", "")) == secret
    assert recovery_key.parse_key(f"  {key.lower()}\n") == secret


@given(secrets, st.sampled_from(["I", "i", "L", "l"]), st.sampled_from(["O", "o"]))
def test_i_l_and_o_are_read_as_one_and_zero(secret, one, zero):
    key = recovery_key.format_key(secret)
    retyped = key.replace("1", one).replace("0", zero)
    assert recovery_key.parse_key(retyped) == secret


def test_every_single_wrong_character_is_caught():
    key = recovery_key.format_key(SECRET)
    positions = [i for i, ch in enumerate(key) if ch != "-"]
    for position in positions:
        for replacement in recovery_key.ALPHABET:
            if replacement == key[position]:
                continue
            typo = key[:position] + replacement + key[position + 1 :]
            with pytest.raises(MalformedRecoveryKey):
                recovery_key.parse_key(typo)


@pytest.mark.parametrize(
    "typed",
    [
        "",
        "ABCD",
        "-".join(["0000"] * 8),  # a group missing
        "-".join(["0000"] * 10),  # a group too many
        "-".join(["UUUU"] * 9),  # U is not in the alphabet
        "-".join(["ÄÖÜ0"] * 9),
    ],
)
def test_wrong_shapes_are_malformed(typed):
    with pytest.raises(MalformedRecoveryKey):
        recovery_key.parse_key(typed)


def test_secret_must_be_twenty_bytes():
    with pytest.raises(ValueError):
        recovery_key.format_key(b"short")
