"""The employment lifecycle (入—转—调—离): dated events, the rules between them, the derived state.

The current department, position, grade, status and salary are never edited directly: they are
what the effective events say, replayed in date order. A back-dated event is simply replayed in
its place; a correction is a new event that replaces an earlier one, which stays on record.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from enum import StrEnum
from typing import Any


class Status(StrEnum):
    NOT_HIRED = "not_hired"
    PROBATION = "probation"
    ACTIVE = "active"
    ON_LEAVE = "on_leave"
    LEFT = "left"


EMPLOYED = frozenset({Status.PROBATION, Status.ACTIVE, Status.ON_LEAVE})


class Kind(StrEnum):
    HIRE = "hire"
    REHIRE = "rehire"
    CONFIRMATION = "confirmation"
    PROBATION_EXTENSION = "probation_extension"
    TRANSFER = "transfer"
    PROMOTION = "promotion"
    DEMOTION = "demotion"
    SALARY_CHANGE = "salary_change"
    CONTRACT_SIGNING = "contract_signing"
    CONTRACT_RENEWAL = "contract_renewal"
    CONTRACT_TERMINATION = "contract_termination"
    LEAVE_OF_ABSENCE = "leave_of_absence"
    RETURN_FROM_LEAVE = "return_from_leave"
    RESIGNATION = "resignation"
    DISMISSAL = "dismissal"
    CONTRACT_END = "contract_end"  # left because the contract ran out and was not renewed
    RETIREMENT = "retirement"
    DEATH = "death"
    SEPARATION = "separation"  # left, how is not recorded (taken in from an old roster)
    VOID = "void"  # withdraws an event entered in error (always as a correction of it)


SEPARATIONS = frozenset(
    {
        Kind.RESIGNATION,
        Kind.DISMISSAL,
        Kind.CONTRACT_END,
        Kind.RETIREMENT,
        Kind.DEATH,
        Kind.SEPARATION,
    }
)
STARTS = frozenset({Kind.HIRE, Kind.REHIRE})
# On one day: the start first, the leaving last, everything else in the order it was recorded.
_DAY_ORDER = {Kind.HIRE: 0, Kind.REHIRE: 0, **{kind: 2 for kind in SEPARATIONS}}

# Keys an event's details may carry, by what they change.
STATE_KEYS = ("department_id", "position_id", "grade", "monthly_salary_cents", "supervisor_id")


@dataclass(frozen=True)
class Event:
    """One recorded event as the rules see it. `sequence` is the recording order (the row id)."""

    kind: Kind
    effective_date: dt.date
    details: Mapping[str, Any] = field(default_factory=dict)
    sequence: int = 0
    corrects: int | None = None  # sequence of the event this one replaces


@dataclass(frozen=True)
class EmploymentState:
    status: Status = Status.NOT_HIRED
    department_id: int | None = None
    position_id: int | None = None
    grade: str | None = None
    monthly_salary_cents: int | None = None
    supervisor_id: int | None = None
    hire_date: dt.date | None = None  # start of the current (or last) employment
    first_hire_date: dt.date | None = None
    leave_date: dt.date | None = None
    probation_end: dt.date | None = None
    status_before_leave: Status | None = None


class RuleBroken(Exception):
    """An event does not fit the others. `rule` is stable; the GUI words it."""

    def __init__(self, rule: str, event: Event) -> None:
        super().__init__(rule)
        self.rule = rule
        self.event = event


def effective(events: Iterable[Event]) -> list[Event]:
    """The events that count: neither replaced by a correction nor withdrawals themselves."""
    events = list(events)
    replaced = {event.corrects for event in events if event.corrects is not None}
    return [event for event in events if event.sequence not in replaced and event.kind != Kind.VOID]


def in_order(events: Iterable[Event]) -> list[Event]:
    return sorted(events, key=lambda e: (e.effective_date, _DAY_ORDER.get(e.kind, 1), e.sequence))


def _apply_state_keys(state: EmploymentState, details: Mapping[str, Any]) -> EmploymentState:
    changes = {key: details[key] for key in STATE_KEYS if key in details}
    return replace(state, **changes) if changes else state


def apply(state: EmploymentState, event: Event) -> EmploymentState:
    """The state after `event`; raises RuleBroken when the event cannot happen in `state`."""
    kind, on, details = event.kind, event.effective_date, event.details

    def broken(rule: str) -> RuleBroken:
        return RuleBroken(rule, event)

    if kind in STARTS:
        if kind == Kind.HIRE and state.status != Status.NOT_HIRED:
            raise broken("already_hired" if state.status != Status.LEFT else "use_rehire")
        if kind == Kind.REHIRE and state.status != Status.LEFT:
            raise broken("rehire_needs_leaving")
        if state.leave_date is not None and on <= state.leave_date:
            raise broken("rehire_before_leaving")
        probation_end = details.get("probation_end")
        if probation_end is not None and probation_end <= on:
            raise broken("probation_end_before_start")
        started = EmploymentState(
            status=Status.PROBATION if probation_end else Status.ACTIVE,
            hire_date=on,
            first_hire_date=state.first_hire_date or on,
            probation_end=probation_end,
            # A rehire starts from what was true when the person left unless it says otherwise.
            department_id=state.department_id,
            position_id=state.position_id,
            grade=state.grade,
            monthly_salary_cents=state.monthly_salary_cents,
            supervisor_id=state.supervisor_id,
        )
        return _apply_state_keys(started, details)

    if state.status == Status.NOT_HIRED:
        raise broken("before_hire")
    if state.status == Status.LEFT:
        raise broken("after_leaving")

    if kind == Kind.CONFIRMATION:
        if state.status != Status.PROBATION:
            raise broken("not_on_probation")
        return replace(_apply_state_keys(state, details), status=Status.ACTIVE, probation_end=None)
    if kind == Kind.PROBATION_EXTENSION:
        if state.status != Status.PROBATION:
            raise broken("not_on_probation")
        new_end = details.get("probation_end")
        if new_end is None or (state.probation_end and new_end <= state.probation_end):
            raise broken("extension_must_be_later")
        return replace(state, probation_end=new_end)
    if kind == Kind.TRANSFER:
        if not any(key in details for key in ("department_id", "position_id")):
            raise broken("transfer_changes_nothing")
        return _apply_state_keys(state, details)
    if kind in (Kind.PROMOTION, Kind.DEMOTION):
        if "grade" not in details:
            raise broken("grade_required")
        return _apply_state_keys(state, details)
    if kind == Kind.SALARY_CHANGE:
        if details.get("monthly_salary_cents") is None:
            raise broken("salary_required")
        return _apply_state_keys(state, details)
    if kind == Kind.LEAVE_OF_ABSENCE:
        if state.status == Status.ON_LEAVE:
            raise broken("already_on_leave")
        return replace(state, status=Status.ON_LEAVE, status_before_leave=state.status)
    if kind == Kind.RETURN_FROM_LEAVE:
        if state.status != Status.ON_LEAVE:
            raise broken("not_on_leave")
        return replace(
            state, status=state.status_before_leave or Status.ACTIVE, status_before_leave=None
        )
    if kind in SEPARATIONS:
        return replace(
            state,
            status=Status.LEFT,
            leave_date=on,
            probation_end=None,
            status_before_leave=None,
        )
    # Contract events and anything else recorded for the file: no change to the state.
    return state


@dataclass(frozen=True)
class Replay:
    state: EmploymentState  # as of the day asked for
    final: EmploymentState  # after every event, including future-dated ones
    ordered: Sequence[Event]


def replay(events: Iterable[Event], *, as_of: dt.date) -> Replay:
    """Checks every effective event against the ones before it and derives the state.

    Future-dated events (a resignation effective next month) are checked now but only change
    the state once their day has come.
    """
    ordered = in_order(effective(events))
    state = current = EmploymentState()
    for event in ordered:
        state = apply(state, event)
        if event.effective_date <= as_of:
            current = state
    return Replay(current, state, ordered)


def check_dates(event: Event, *, birth_date: dt.date | None) -> None:
    """Dates that are impossible whatever else happened."""
    if birth_date is not None and event.effective_date <= birth_date:
        raise RuleBroken("before_birth", event)
