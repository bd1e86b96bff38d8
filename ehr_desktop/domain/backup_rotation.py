"""Which backups to keep: the newest of each recent day, ISO week and month (GFS rotation)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Hashable, Iterable
from dataclasses import dataclass
from typing import TypeVar

BackupId = TypeVar("BackupId", bound=Hashable)


@dataclass(frozen=True)
class RotationPolicy:
    daily: int = 7
    weekly: int = 4
    monthly: int = 12

    def __post_init__(self) -> None:
        if min(self.daily, self.weekly, self.monthly) < 0:
            raise ValueError("rotation counts cannot be negative")


def _day(moment: dt.datetime) -> Hashable:
    return moment.date()


def _iso_week(moment: dt.datetime) -> Hashable:
    year, week, _weekday = moment.isocalendar()
    return (year, week)


def _month(moment: dt.datetime) -> Hashable:
    return (moment.year, moment.month)


def backups_to_keep(
    backups: Iterable[tuple[dt.datetime, BackupId]], policy: RotationPolicy | None = None
) -> set[BackupId]:
    """The ids to keep: for each rule, the newest backup in each of the N most recent periods
    that HAVE a backup (as borg and restic count), plus the newest backup of all.

    Periods without a backup do not use up the allowance, so a long pause (a holiday, a lost
    USB drive) never makes the rotation delete the older backups that remain.
    """
    policy = policy or RotationPolicy()
    newest_first = sorted(backups, key=lambda item: item[0], reverse=True)
    if not newest_first:
        return set()
    keep = {newest_first[0][1]}
    rules: tuple[tuple[int, Callable[[dt.datetime], Hashable]], ...] = (
        (policy.daily, _day),
        (policy.weekly, _iso_week),
        (policy.monthly, _month),
    )
    for allowance, period_of in rules:
        seen: set[Hashable] = set()
        for moment, backup_id in newest_first:
            if len(seen) >= allowance:
                break
            period = period_of(moment)
            if period not in seen:  # newest first: the first one met is the period's newest
                seen.add(period)
                keep.add(backup_id)
    return keep
