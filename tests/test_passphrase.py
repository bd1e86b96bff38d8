"""Passphrase strength: what the wizard shows and the services enforce."""

import pytest

from ehr_desktop.domain.passphrase import Hint, Strength, assess


@pytest.mark.parametrize(
    "passphrase", ["password", "Password123!", "qwerty", "woaini", "wodemima2024", "admin"]
)
def test_common_passwords_are_too_weak_whatever_the_decoration(passphrase):
    report = assess(passphrase)
    assert report.strength is Strength.TOO_WEAK
    assert Hint.COMMON_WORD in report.hints
    assert not report.acceptable


@pytest.mark.parametrize(
    "passphrase", ["correct horse battery staple", "Seven purple otters juggle 42 lemons"]
)
def test_long_multiword_passphrases_are_strong(passphrase):
    report = assess(passphrase)
    assert report.strength is Strength.STRONG
    assert report.acceptable
    assert report.hints == ()


@pytest.mark.parametrize("passphrase", ["我的猫咪喜欢晒太阳了", "春眠不觉晓处处闻啼鸟夜来"])
def test_chinese_passphrases_are_accepted(passphrase):
    assert assess(passphrase).acceptable


def test_short_passphrases_are_not_acceptable_even_in_chinese():
    report = assess("我爱北京天安门")
    assert Hint.TOO_SHORT in report.hints
    assert not report.acceptable


@pytest.mark.parametrize(
    ("passphrase", "hint"),
    [
        ("qwertyuiopasdf", Hint.SEQUENCE),
        ("abcdefgh12", Hint.SEQUENCE),
        ("aaaaaaaaaaaaaaaaaaaa", Hint.REPEATED),
    ],
)
def test_patterns_are_named_and_not_acceptable(passphrase, hint):
    report = assess(passphrase)
    assert hint in report.hints
    assert not report.acceptable


def test_one_kind_of_character_is_hinted_but_ten_letters_can_pass():
    report = assess("horsehorse")
    assert Hint.ONE_KIND in report.hints
    assert report.strength is Strength.FAIR


def test_empty_passphrase_is_too_weak():
    report = assess("")
    assert report.strength is Strength.TOO_WEAK
    assert report.bits == 0.0


def test_quotes_and_symbols_count_as_strength():
    assert assess("Ab3\"quote's-horse-9").acceptable
