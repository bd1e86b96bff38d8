"""Workforce figures by department and month — headcount, hires, leavers, transfers, turnover —
from the lifecycle events, counted the way the employee files derive their state.

A department's figures include its sub-departments: a move between two teams of one
department is a transfer for the teams, not for the department. Every month reconciles:
closing = opening + hires + transfers in − leavers − transfers out.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field

from ehr_desktop.domain.lifecycle import (
    EMPLOYED,
    EmploymentState,
    Event,
    RuleBroken,
    apply,
    effective,
    in_order,
)

COMPANY = "company"  # the key of the whole company's figures
NO_DEPARTMENT = None  # the key of people employed without a department
Key = int | str | None


@dataclass(frozen=True)
class Placement:
    """Employed, in this department (None: in none)."""

    department_id: int | None


@dataclass(frozen=True)
class Movement:
    """One day's change of an employee's placement; None before or after means not employed."""

    on: dt.date
    before: Placement | None
    after: Placement | None

    @property
    def is_hire(self) -> bool:
        return self.before is None and self.after is not None

    @property
    def is_leaving(self) -> bool:
        return self.before is not None and self.after is None


def _placement(state: EmploymentState) -> Placement | None:
    return Placement(state.department_id) if state.status in EMPLOYED else None


def movements(events: Iterable[Event]) -> list[Movement]:
    """An employee's hires (and rehires), leavings and department changes, in date order.
    Events the rules refuse are left out, as they never took effect."""
    state = EmploymentState()
    found: list[Movement] = []
    for event in in_order(effective(events)):
        try:
            after = apply(state, event)
        except RuleBroken:
            continue
        before_place, after_place = _placement(state), _placement(after)
        if before_place != after_place:
            previous = found[-1] if found else None
            if (
                previous is not None
                and previous.on == event.effective_date
                and (previous.before is not None or after_place is not None)
            ):
                # Steps on one day count as one change (hired into A and moved to B that day:
                # a hire into B); a hire and a leaving on one day stay both.
                merged = Movement(event.effective_date, previous.before, after_place)
                found[-1:] = [merged] if merged.before != merged.after else []
            else:
                found.append(Movement(event.effective_date, before_place, after_place))
        state = after
    return found


def month_starts(first: dt.date, last: dt.date) -> list[dt.date]:
    """The first day of every month from first's month to last's month, both included."""
    months = []
    year, month = first.year, first.month
    while (year, month) <= (last.year, last.month):
        months.append(dt.date(year, month, 1))
        year, month = (year + 1, 1) if month == 12 else (year, month + 1)
    return months


def next_month(day: dt.date) -> dt.date:
    return dt.date(day.year + 1, 1, 1) if day.month == 12 else dt.date(day.year, day.month + 1, 1)


@dataclass
class Figures:
    """One department's (or the company's) figures, one value per month of the period."""

    opening: list[int]
    closing: list[int]
    hires: list[int]
    leavers: list[int]
    transfers_in: list[int]
    transfers_out: list[int]
    people: set[int] = field(default_factory=set, repr=False)  # employed here in the period

    @classmethod
    def empty(cls, months: int) -> Figures:
        return cls(*([0] * months for _ in range(6)))

    def average(self, month: int) -> float:
        return (self.opening[month] + self.closing[month]) / 2

    def turnover(self, month: int) -> float | None:
        """Leavers over the average headcount ((opening + closing) / 2); None when nobody
        worked here that month."""
        average = self.average(month)
        return self.leavers[month] / average if average else None

    @property
    def period_average(self) -> float:
        """The mean of the monthly average headcounts."""
        months = len(self.opening)
        return sum(self.average(m) for m in range(months)) / months if months else 0.0

    @property
    def period_turnover(self) -> float | None:
        average = self.period_average
        return sum(self.leavers) / average if average else None

    def is_empty(self) -> bool:
        return not any(
            any(values) for values in (self.opening, self.closing, self.hires, self.leavers)
        )


def _chain(department_id: int | None, parents: Mapping[int, int | None]) -> list[Key]:
    """The department and every department above it (a person counts in each)."""
    if department_id is None:
        return [NO_DEPARTMENT]
    chain: list[Key] = []
    current: int | None = department_id
    while current is not None and current not in chain and len(chain) < 64:
        chain.append(current)
        current = parents.get(current)
    return chain


def workforce_figures(
    employees: Iterable[tuple[int, Sequence[Movement]]],
    first: dt.date,
    last: dt.date,
    parents: Mapping[int, int | None],
) -> tuple[list[dt.date], dict[Key, Figures]]:
    """(the months, figures by department id / NO_DEPARTMENT / COMPANY) for the months from
    first's to last's. `employees` gives each employee's id and movements; `parents` maps each
    department to the one above it."""
    months = month_starts(first, last)
    if not months:
        return months, {}
    period_start, period_end = months[0], next_month(months[-1])
    figures: dict[Key, Figures] = {}
    chains: dict[int | None, list[Key]] = {}

    def of(key: Key) -> Figures:
        found = figures.get(key)
        if found is None:
            found = figures[key] = Figures.empty(len(months))
        return found

    def chain(placement: Placement) -> list[Key]:
        found = chains.get(placement.department_id)
        if found is None:
            found = chains[placement.department_id] = [
                *_chain(placement.department_id, parents),
                COMPANY,
            ]
        return found

    def month_of(day: dt.date) -> int:
        return (day.year - period_start.year) * 12 + day.month - period_start.month

    for employee_id, moves in employees:
        placement: Placement | None = None
        for move in moves:  # where the employee stood when the period began
            if move.on >= period_start:
                break
            placement = move.after
        if placement is not None:
            for key in chain(placement):
                of(key).opening[0] += 1
                figures[key].people.add(employee_id)
        for move in moves:
            if move.on < period_start:
                continue
            if move.on >= period_end:
                break
            m = month_of(move.on)
            before = chain(move.before) if move.before is not None else []
            after = chain(move.after) if move.after is not None else []
            for key in after:
                of(key).people.add(employee_id)
            if move.is_hire:
                for key in after:
                    of(key).hires[m] += 1
            elif move.is_leaving:
                for key in before:
                    of(key).leavers[m] += 1
            else:
                for key in after:
                    if key not in before:
                        of(key).transfers_in[m] += 1
                for key in before:
                    if key not in after:
                        of(key).transfers_out[m] += 1

    for found in figures.values():  # each month opens with the one before's closing
        for m in range(len(months)):
            if m:
                found.opening[m] = found.closing[m - 1]
            found.closing[m] = (
                found.opening[m]
                + found.hires[m]
                + found.transfers_in[m]
                - found.leavers[m]
                - found.transfers_out[m]
            )
    return months, figures
