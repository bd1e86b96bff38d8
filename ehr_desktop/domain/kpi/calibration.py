"""Calibration (绩效校准) statistics over a cycle's final results: what HR looks at, never enforced.

- the grade distribution, overall and per department: counts and shares (percent);
- quotas (S ≤ 10 %, C+D ≥ 10 %…) checked against each distribution, met or violated with the
  numbers, so HR can discuss them; nothing is changed or refused because of a quota;
- each reviewer's average score against the cycle's average: the difference is their leniency
  (positive: scores above the cycle, negative: stricter).

Shares and averages are exact Decimals (no rounding: displaying them is the GUI's business);
quota checks compare counts, not rounded shares, so 1 of 10 meets "≤ 10 %" exactly.
"""

from __future__ import annotations

from collections.abc import Hashable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from decimal import Decimal, localcontext
from enum import StrEnum
from types import MappingProxyType

from ehr_desktop.domain.kpi.refusals import Problem
from ehr_desktop.domain.kpi.template import DEFAULT_GRADES, HUNDRED, ZERO


@dataclass(frozen=True)
class FinalResult:
    employee_id: Hashable
    department_id: Hashable | None
    reviewer_id: Hashable | None  # the manager who scored; None when nobody did
    grade: str
    score: Decimal


class Operator(StrEnum):
    AT_MOST = "at_most"
    AT_LEAST = "at_least"


@dataclass(frozen=True)
class Quota:
    """The combined share of `grades` must be at most / at least `share` percent."""

    grades: tuple[str, ...]
    operator: Operator
    share: Decimal


@dataclass(frozen=True)
class Distribution:
    total: int
    counts: Mapping[str, int]  # every grade of the scale (zero included), then any other seen

    def share(self, *grades: str) -> Decimal | None:
        """Percent of the results in `grades`; None for an empty distribution."""
        if not self.total:
            return None
        return Decimal(self.count(*grades)) * HUNDRED / Decimal(self.total)

    def count(self, *grades: str) -> int:
        return sum(self.counts.get(grade, 0) for grade in set(grades))


@dataclass(frozen=True)
class QuotaCheck:
    quota: Quota
    department_id: Hashable | None  # None: the whole cycle
    count: int
    total: int
    share: Decimal | None
    met: bool


@dataclass(frozen=True)
class Leniency:
    reviewer_id: Hashable
    count: int
    average: Decimal
    difference: Decimal  # average − the cycle's average


@dataclass(frozen=True)
class Calibration:
    overall: Distribution
    departments: Mapping[Hashable | None, Distribution]
    quota_checks: tuple[QuotaCheck, ...]  # overall first, then per department
    average: Decimal | None  # the cycle's average score
    reviewers: tuple[Leniency, ...]  # most lenient first


def distribution(results: Iterable[FinalResult], grades: Sequence[str]) -> Distribution:
    counts = dict.fromkeys(grades, 0)
    total = 0
    for result in results:
        counts[result.grade] = counts.get(result.grade, 0) + 1
        total += 1
    return Distribution(total, MappingProxyType(counts))


def check_quota(
    found: Distribution, quota: Quota, department_id: Hashable | None = None
) -> QuotaCheck:
    count = found.count(*quota.grades)
    # Compared as counts × 100 against share × total: exact, whatever the share's decimals.
    if not found.total:
        met = True  # nobody to calibrate
    elif quota.operator == Operator.AT_MOST:
        met = count * HUNDRED <= quota.share * found.total
    else:
        met = count * HUNDRED >= quota.share * found.total
    return QuotaCheck(quota, department_id, count, found.total, found.share(*quota.grades), met)


def leniency(results: Iterable[FinalResult]) -> tuple[Decimal | None, tuple[Leniency, ...]]:
    """The cycle's average and each reviewer's, most lenient first. Results nobody reviewed
    count in the cycle's average but belong to no reviewer."""
    results = list(results)
    if not results:
        return None, ()
    by_reviewer: dict[Hashable, list[Decimal]] = {}
    for result in results:
        if result.reviewer_id is not None:
            by_reviewer.setdefault(result.reviewer_id, []).append(result.score)
    with localcontext() as context:
        context.prec = 40
        average = _mean([result.score for result in results])
        found = []
        for reviewer, scores in by_reviewer.items():
            mean = _mean(scores)
            found.append(Leniency(reviewer, len(scores), mean, mean - average))
    found.sort(key=lambda entry: -entry.difference)
    return average, tuple(found)


def calibrate(
    results: Iterable[FinalResult],
    *,
    grades: Sequence[str] = DEFAULT_GRADES.names,
    quotas: Sequence[Quota] = (),
) -> Calibration:
    results = list(results)
    overall = distribution(results, grades)
    by_department: dict[Hashable | None, list[FinalResult]] = {}
    for result in results:
        by_department.setdefault(result.department_id, []).append(result)
    departments = {key: distribution(found, grades) for key, found in by_department.items()}
    checks = [check_quota(overall, quota) for quota in quotas]
    checks += [
        check_quota(found, quota, key) for key, found in departments.items() for quota in quotas
    ]
    average, reviewers = leniency(results)
    return Calibration(overall, MappingProxyType(departments), tuple(checks), average, reviewers)


def quota_problems(quotas: Sequence[Quota], grades: Sequence[str]) -> list[Problem]:
    """Quotas that cannot be meant: no grade, an unknown grade, a share outside 0–100."""
    found: list[Problem] = []
    for n, quota in enumerate(quotas):
        if not quota.grades:
            found.append(Problem("quota_without_grades", ("quotas", n, "grades")))
        for grade in quota.grades:
            if grade not in grades:
                found.append(Problem("unknown_grade", ("quotas", n, "grades"), {"grade": grade}))
        if not ZERO <= quota.share <= HUNDRED:
            found.append(
                Problem("share_out_of_range", ("quotas", n, "share"), {"share": quota.share})
            )
    return found


def _mean(scores: Sequence[Decimal]) -> Decimal:
    return sum(scores, ZERO) / Decimal(len(scores))
