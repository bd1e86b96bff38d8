"""The appraisal form's stages: legal moves, refusals, changes after finalization, deadlines."""

import datetime as dt
import itertools
from decimal import Decimal

import pytest

from ehr_desktop.domain.kpi import (
    SCORER_AT,
    STAGES,
    Actual,
    ChangeRecord,
    KpiRefused,
    Move,
    Scorer,
    Stage,
    Transition,
    advance,
    is_overdue,
    legal_targets,
    record_change,
    reopen,
    send_back,
    transition,
)

DRAFT, SELF, MANAGER, HR, FINAL, ARCHIVED = STAGES
LEGAL = {
    (DRAFT, SELF): Move.ADVANCE,
    (SELF, MANAGER): Move.ADVANCE,
    (MANAGER, HR): Move.ADVANCE,
    (HR, FINAL): Move.ADVANCE,
    (FINAL, ARCHIVED): Move.ADVANCE,
    (SELF, DRAFT): Move.SEND_BACK,
    (MANAGER, SELF): Move.SEND_BACK,
    (MANAGER, DRAFT): Move.SEND_BACK,
    (HR, MANAGER): Move.SEND_BACK,
    (HR, SELF): Move.SEND_BACK,
    (HR, DRAFT): Move.SEND_BACK,
    (FINAL, HR): Move.REOPEN,
}
ILLEGAL = [pair for pair in itertools.product(STAGES, STAGES) if pair not in LEGAL]


def test_the_stages_in_order():
    assert [stage.value for stage in STAGES] == [
        "draft",
        "self_assessment",
        "manager_review",
        "hr_review",
        "finalized",
        "archived",
    ]


def test_forms_advance_one_stage_at_a_time_to_archived():
    stage = DRAFT
    visited = [stage]
    while stage != ARCHIVED:
        moved = advance(stage)
        assert (moved.move, moved.source, moved.note) == (Move.ADVANCE, stage, "")
        stage = moved.target
        visited.append(stage)
    assert visited == list(STAGES)


@pytest.mark.parametrize(("source", "target"), list(LEGAL))
def test_legal_moves(source, target):
    moved = transition(source, target, note="  why  ")
    assert moved == Transition(LEGAL[source, target], source, target, "why")


@pytest.mark.parametrize(("source", "target"), ILLEGAL)
def test_every_other_transition_is_refused(source, target):
    with pytest.raises(KpiRefused) as refused:
        transition(source, target, note="a note does not make it legal")
    assert refused.value.rule == "illegal_transition"
    assert refused.value.facts == {
        "rule": "illegal_transition",
        "source": source.value,
        "target": target.value,
    }


def test_legal_targets_list_what_a_form_offers():
    assert legal_targets(HR) == {
        FINAL: Move.ADVANCE,
        MANAGER: Move.SEND_BACK,
        SELF: Move.SEND_BACK,
        DRAFT: Move.SEND_BACK,
    }
    assert legal_targets(FINAL) == {ARCHIVED: Move.ADVANCE, HR: Move.REOPEN}
    assert legal_targets(ARCHIVED) == {}
    assert {(s, t) for s in STAGES for t in legal_targets(s)} == set(LEGAL)


def test_archived_cannot_advance():
    with pytest.raises(KpiRefused) as refused:
        advance(ARCHIVED)
    assert refused.value.rule == "illegal_transition"


def test_send_back_goes_back_one_or_more_steps_with_its_comment():
    one = send_back(MANAGER, SELF, "Please add the Q3 figures")
    assert (one.move, one.target, one.note) == (Move.SEND_BACK, SELF, "Please add the Q3 figures")
    two = send_back(HR, SELF, "Redo the self-assessment")
    assert (two.source, two.target) == (HR, SELF)


@pytest.mark.parametrize("comment", ["", "   ", "\n\t"])
def test_send_back_without_comment_is_refused(comment):
    with pytest.raises(KpiRefused) as refused:
        send_back(HR, MANAGER, comment)
    assert refused.value.rule == "comment_required"


@pytest.mark.parametrize(("source", "target"), [(HR, FINAL), (DRAFT, SELF), (FINAL, HR)])
def test_send_back_refuses_what_is_not_a_send_back(source, target):
    with pytest.raises(KpiRefused) as refused:
        send_back(source, target, "comment")
    assert refused.value.rule == "illegal_transition"


def test_reopen_moves_a_finalized_form_back_to_hr_review_and_is_recorded():
    moved = reopen(FINAL, "Manager mistyped the sales figure")
    assert moved == Transition(Move.REOPEN, FINAL, HR, "Manager mistyped the sales figure")


@pytest.mark.parametrize("reason", ["", "  "])
def test_reopen_without_reason_is_refused(reason):
    with pytest.raises(KpiRefused) as refused:
        reopen(FINAL, reason)
    assert refused.value.rule == "reason_required"


@pytest.mark.parametrize("stage", [DRAFT, SELF, MANAGER, HR, ARCHIVED])
def test_only_finalized_forms_reopen(stage):
    with pytest.raises(KpiRefused) as refused:
        reopen(stage, "reason")
    assert refused.value.rule == "illegal_transition"


def test_a_finalized_change_needs_a_reason_and_records_old_and_new():
    what = ("manager", "sales")
    with pytest.raises(KpiRefused) as refused:
        record_change(FINAL, what, Actual(Decimal(230)), Actual(Decimal(203)))
    assert refused.value.rule == "reason_required"
    with pytest.raises(KpiRefused):
        record_change(FINAL, what, Actual(Decimal(230)), Actual(Decimal(203)), reason="   ")

    record = record_change(
        FINAL, what, Actual(Decimal(230)), Actual(Decimal(203)), reason=" Typo in the figure "
    )
    assert record == ChangeRecord(
        FINAL, what, Actual(Decimal(230)), Actual(Decimal(203)), "Typo in the figure"
    )


def test_open_forms_change_without_a_reason_archived_ones_not_at_all():
    record = record_change(MANAGER, ("manager", "sales"), None, Actual(Decimal(1)))
    assert (record.old, record.new, record.reason) == (None, Actual(Decimal(1)), "")
    with pytest.raises(KpiRefused) as refused:
        record_change(ARCHIVED, ("bonuses", "award"), Decimal(1), Decimal(2), reason="late fix")
    assert refused.value.rule == "form_archived"


def test_a_change_that_changes_nothing_is_refused():
    with pytest.raises(KpiRefused) as refused:
        record_change(FINAL, ("hr", "x"), Decimal("1.0"), Decimal(1), reason="same")
    assert refused.value.rule == "nothing_changed"


def test_who_scores_at_each_stage():
    assert dict(SCORER_AT) == {SELF: Scorer.SELF, MANAGER: Scorer.MANAGER, HR: Scorer.HR}


DEADLINES = {SELF: dt.date(2026, 1, 10), MANAGER: dt.date(2026, 1, 20)}


@pytest.mark.parametrize(
    ("stage", "on", "overdue"),
    [
        (SELF, dt.date(2026, 1, 10), False),  # the deadline day itself is still in time
        (SELF, dt.date(2026, 1, 11), True),
        (MANAGER, dt.date(2026, 1, 11), False),
        (MANAGER, dt.date(2026, 1, 21), True),
        (HR, dt.date(2030, 1, 1), False),  # no deadline set for HR review
        (DRAFT, dt.date(2030, 1, 1), False),
        (FINAL, dt.date(2030, 1, 1), False),
    ],
)
def test_overdue_is_about_the_current_step(stage, on, overdue):
    assert is_overdue(stage, DEADLINES, on) is overdue


def test_finished_forms_are_never_overdue_even_with_a_deadline():
    deadlines = dict.fromkeys(Stage, dt.date(2026, 1, 1))
    late = dt.date(2026, 6, 1)
    assert [stage for stage in Stage if is_overdue(stage, deadlines, late)] == [SELF, MANAGER, HR]
