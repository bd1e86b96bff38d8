"""The life of an appraisal form: stages, the moves between them, changes once finalized.

draft → self_assessment → manager_review → hr_review → finalized (locked) → archived

- advance: to the next stage only, never skipping one;
- send back: from self_assessment, manager_review or hr_review to any earlier stage, with a
  comment saying why (the person sent back to must know what to redo);
- reopen: finalized → hr_review, with a reason;
- anything else is refused as `illegal_transition`; archived is the end.

Once finalized, inputs stay changeable for HR but every change needs a reason and leaves a
change record with the old and the new value; archived forms are read-only.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass
from enum import StrEnum
from types import MappingProxyType

from ehr_desktop.domain.kpi.refusals import KpiRefused
from ehr_desktop.domain.kpi.template import Scorer


class Stage(StrEnum):
    DRAFT = "draft"
    SELF_ASSESSMENT = "self_assessment"
    MANAGER_REVIEW = "manager_review"
    HR_REVIEW = "hr_review"
    FINALIZED = "finalized"
    ARCHIVED = "archived"


class Move(StrEnum):
    ADVANCE = "advance"
    SEND_BACK = "send_back"
    REOPEN = "reopen"


STAGES = tuple(Stage)
LOCKED = frozenset({Stage.FINALIZED, Stage.ARCHIVED})
# Who enters scores at each open stage.
SCORER_AT: Mapping[Stage, Scorer] = MappingProxyType(
    {
        Stage.SELF_ASSESSMENT: Scorer.SELF,
        Stage.MANAGER_REVIEW: Scorer.MANAGER,
        Stage.HR_REVIEW: Scorer.HR,
    }
)
_SENDS_BACK = frozenset(SCORER_AT)


@dataclass(frozen=True)
class Transition:
    """A move that happened; the caller adds who and when before keeping it."""

    move: Move
    source: Stage
    target: Stage
    note: str = ""  # the send-back comment or the reopen reason


@dataclass(frozen=True)
class ChangeRecord:
    """One input changed on a finalized form (or a plain edit of an open one)."""

    stage: Stage
    what: tuple[str, ...]  # e.g. ("manager", "sales") or ("bonuses", "award")
    old: object
    new: object
    reason: str


def move_between(source: Stage, target: Stage) -> Move | None:
    """Which move goes from `source` to `target`; None when none does."""
    step = STAGES.index(target) - STAGES.index(source)
    if step == 1:
        return Move.ADVANCE
    if step < 0 and source in _SENDS_BACK:
        return Move.SEND_BACK
    if (source, target) == (Stage.FINALIZED, Stage.HR_REVIEW):
        return Move.REOPEN
    return None


def legal_targets(source: Stage) -> dict[Stage, Move]:
    """Every stage reachable from `source` in one move (what a form's menu offers)."""
    return {target: move for target in STAGES if (move := move_between(source, target)) is not None}


def transition(source: Stage, target: Stage, *, note: str = "") -> Transition:
    """The move from `source` to `target`, refused when illegal or when its note is missing."""
    move = move_between(source, target)
    if move is None:
        raise KpiRefused("illegal_transition", source=source.value, target=target.value)
    note = note.strip()
    if move == Move.SEND_BACK and not note:
        raise KpiRefused("comment_required", source=source.value, target=target.value)
    if move == Move.REOPEN and not note:
        raise KpiRefused("reason_required", source=source.value, target=target.value)
    return Transition(move, source, target, note)


def advance(source: Stage) -> Transition:
    if source == Stage.ARCHIVED:
        raise KpiRefused("illegal_transition", source=source.value, target=None)
    return transition(source, STAGES[STAGES.index(source) + 1])


def send_back(source: Stage, target: Stage, comment: str) -> Transition:
    if move_between(source, target) != Move.SEND_BACK:
        raise KpiRefused("illegal_transition", source=source.value, target=target.value)
    return transition(source, target, note=comment)


def reopen(source: Stage, reason: str) -> Transition:
    if source != Stage.FINALIZED:
        raise KpiRefused("illegal_transition", source=source.value, target=Stage.HR_REVIEW.value)
    return transition(source, Stage.HR_REVIEW, note=reason)


def record_change(
    stage: Stage, what: tuple[str, ...], old: object, new: object, *, reason: str = ""
) -> ChangeRecord:
    """The record of changing one input. Finalized: a reason is required. Archived: refused."""
    if stage == Stage.ARCHIVED:
        raise KpiRefused("form_archived", what=what)
    if old == new:
        raise KpiRefused("nothing_changed", what=what)
    reason = reason.strip()
    if stage == Stage.FINALIZED and not reason:
        raise KpiRefused("reason_required", what=what)
    return ChangeRecord(stage, what, old, new, reason)


def is_overdue(stage: Stage, deadlines: Mapping[Stage, dt.date], on: dt.date) -> bool:
    """Whether the current step's deadline has passed on `on` (its own day is still in time).

    Only the stages someone has to act in (self, manager, HR) can be overdue, and only when a
    deadline was set for them."""
    deadline = deadlines.get(stage)
    return stage in SCORER_AT and deadline is not None and on > deadline
