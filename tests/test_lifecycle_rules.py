"""The pure rules: lifecycle replay, contracts, personal-data checks, masks and pinyin initials."""

import datetime as dt
import random

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from ehr_desktop.domain import contracts, lifecycle, people, pinyin
from ehr_desktop.domain.lifecycle import Event, Kind, RuleBroken, Status

D = dt.date
TODAY = D(2026, 11, 27)


def replay(*events: Event, as_of: dt.date = TODAY) -> lifecycle.EmploymentState:
    return lifecycle.replay(events, as_of=as_of).state


def test_same_day_start_comes_before_and_leaving_after_other_events():
    hire = Event(Kind.HIRE, D(2024, 1, 1), {"department_id": 1}, sequence=3)
    transfer = Event(Kind.TRANSFER, D(2024, 1, 1), {"department_id": 2}, sequence=1)
    leave = Event(Kind.RESIGNATION, D(2024, 1, 1), sequence=2)
    state = replay(leave, transfer, hire)
    assert (state.status, state.department_id, state.leave_date) == (
        Status.LEFT,
        2,
        D(2024, 1, 1),
    )


def test_leave_of_absence_returns_to_the_status_before():
    state = replay(
        Event(Kind.HIRE, D(2024, 1, 1), {"probation_end": D(2024, 4, 1)}, 1),
        Event(Kind.LEAVE_OF_ABSENCE, D(2024, 2, 1), sequence=2),
        Event(Kind.RETURN_FROM_LEAVE, D(2024, 3, 1), sequence=3),
    )
    assert state.status == Status.PROBATION


@pytest.mark.parametrize(
    ("events", "rule"),
    [
        ([Event(Kind.TRANSFER, D(2024, 1, 1), {"department_id": 1}, 1)], "before_hire"),
        (
            [
                Event(Kind.HIRE, D(2024, 1, 1), sequence=1),
                Event(Kind.RESIGNATION, D(2024, 6, 1), sequence=2),
                Event(Kind.SALARY_CHANGE, D(2024, 7, 1), {"monthly_salary_cents": 1}, 3),
            ],
            "after_leaving",
        ),
        (
            [
                Event(Kind.HIRE, D(2024, 1, 1), sequence=1),
                Event(Kind.RESIGNATION, D(2024, 6, 1), sequence=2),
                Event(Kind.REHIRE, D(2024, 5, 1), sequence=3),
            ],
            "rehire_needs_leaving",  # in date order the "rehire" comes before the leaving
        ),
        (
            [Event(Kind.HIRE, D(2024, 1, 1), sequence=1), Event(Kind.TRANSFER, D(2024, 2, 1))],
            "transfer_changes_nothing",
        ),
        (
            [Event(Kind.HIRE, D(2024, 1, 1), sequence=1), Event(Kind.REHIRE, D(2024, 2, 1))],
            "rehire_needs_leaving",
        ),
    ],  # fmt: skip
)
def test_events_that_do_not_fit_name_the_rule(events, rule):
    with pytest.raises(RuleBroken) as broken:
        lifecycle.replay(events, as_of=D(2026, 1, 1))
    assert broken.value.rule == rule


def test_a_correction_replaces_and_a_withdrawal_removes():
    hire = Event(Kind.HIRE, D(2024, 1, 1), {"monthly_salary_cents": 100}, 1)
    raise_ = Event(Kind.SALARY_CHANGE, D(2024, 6, 1), {"monthly_salary_cents": 900}, 2)
    fixed = Event(Kind.SALARY_CHANGE, D(2024, 6, 1), {"monthly_salary_cents": 200}, 3, corrects=2)
    assert replay(hire, raise_, fixed).monthly_salary_cents == 200
    withdrawn = Event(Kind.VOID, D(2024, 6, 1), sequence=4, corrects=3)
    assert replay(hire, raise_, fixed, withdrawn).monthly_salary_cents == 100


KINDS_AFTER_HIRE = [
    Kind.TRANSFER, Kind.PROMOTION, Kind.SALARY_CHANGE, Kind.CONFIRMATION, Kind.LEAVE_OF_ABSENCE,
    Kind.RETURN_FROM_LEAVE, Kind.RESIGNATION, Kind.REHIRE, Kind.CONTRACT_SIGNING,
]  # fmt: skip
DETAILS = {
    Kind.TRANSFER: {"department_id": 7},
    Kind.PROMOTION: {"grade": "P3"},
    Kind.SALARY_CHANGE: {"monthly_salary_cents": 500_000},
}


@settings(max_examples=200, deadline=None)
@given(
    st.lists(
        st.tuples(st.sampled_from(KINDS_AFTER_HIRE), st.integers(min_value=1, max_value=3000)),
        max_size=12,
    ),
    st.randoms(use_true_random=False),
)
def test_replay_depends_on_dates_not_on_the_order_events_were_typed(steps, rng: random.Random):
    """Whatever order the officer typed a history in, the same dates give the same state
    (or the same refusal)."""
    start = D(2015, 1, 1)
    events = [Event(Kind.HIRE, start, {"probation_end": D(2015, 4, 1)}, sequence=0)]
    for index, (kind, days) in enumerate(steps, start=1):
        events.append(
            Event(kind, start + dt.timedelta(days=days), DETAILS.get(kind, {}), sequence=index)
        )

    def outcome(ordered):
        # Equal dates are ordered by recording sequence: renumber so shuffling keeps ties.
        try:
            return lifecycle.replay(ordered, as_of=D(2026, 1, 1)).final
        except RuleBroken as broken:
            return broken.rule

    shuffled = events[:]
    rng.shuffle(shuffled)
    assert outcome(events) == outcome(shuffled)


def test_consecutive_fixed_terms_restart_after_a_gap_or_an_open_ended_contract():
    first = contracts.ContractTerms("fixed_term", D(2018, 1, 1), D(2020, 12, 31))
    second = contracts.ContractTerms("fixed_term", D(2021, 1, 1), D(2023, 12, 31))
    assert contracts.consecutive_fixed_terms([first, second]) == 2
    later = contracts.ContractTerms("fixed_term", D(2025, 1, 1), D(2027, 12, 31))
    assert contracts.consecutive_fixed_terms([first, second, later]) == 1  # a year's gap
    open_ended = contracts.ContractTerms("open_ended", D(2024, 1, 1), None)
    third = contracts.ContractTerms("fixed_term", D(2030, 1, 1), D(2031, 1, 1))
    assert contracts.consecutive_fixed_terms([first, second, open_ended]) == 0
    assert contracts.consecutive_fixed_terms([open_ended, third]) <= 1


def test_contract_terms_are_checked():
    bad = contracts.ContractTerms("fixed_term", D(2024, 1, 1), D(2023, 1, 1), D(2025, 1, 1))
    assert set(contracts.problems(bad)) == {
        ("end_date", "end_before_start"),
        ("probation_end", "probation_end_after_end"),
    }
    assert ("end_date", "open_ended_has_no_end") in contracts.problems(
        contracts.ContractTerms("open_ended", D(2024, 1, 1), D(2025, 1, 1))
    )


def test_normalising_cleans_what_people_type():
    typed = people.PersonalData(
        employee_no=" ＸＨ０１ ",
        name="  张   三 ",
        id_number="11010519491231002x",
        mobile="+86 138-0013-8000",
        bank_account="6222 0200 1234 5678",
    )
    clean = people.normalise(typed)
    assert (clean.employee_no, clean.name, clean.id_number, clean.mobile, clean.bank_account) == (
        "XH01",
        "张 三",
        "11010519491231002X",
        "13800138000",
        "6222020012345678",
    )


def test_identity_facts_come_from_a_valid_resident_id():
    data = people.with_identity_facts(
        people.PersonalData("E1", "张三", id_number="11010519491231002X"), today=D(2026, 1, 1)
    )
    assert (data.birth_date, data.gender) == (D(1949, 12, 31), "F")


def test_masks_keep_only_what_identifies_the_row():
    assert people.mask_id_number("11010519491231002X") == "1101**********002X"
    assert people.mask_phone("13800138000") == "138****8000"
    assert people.mask_bank_account("6222020012345678") == "6222********5678"


def test_pinyin_initials_cover_heteronym_surnames():
    assert pinyin.initials("张三") == "zs"
    assert "zcq" in pinyin.initials("曾重庆").split()
    assert pinyin.initials("𠈌") == ""  # no reading: nothing rather than a guess
