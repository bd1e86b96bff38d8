"""Which template applies to an employee: scopes, specificity and the most specific match.

A scope restricts a template along three independent criteria; an empty criterion means "any":

- department: listed departments, each with or without its sub-departments;
- role: listed positions and/or job families (the employee fits when either lists theirs);
- grade: listed grades.

Specificity, per criterion, higher meaning narrower:

- department: 0 for any; otherwise 1 + the depth (root = 0) of the listed department that
  matched, so the employee's own department beats every ancestor listed with its
  sub-departments, and a nearer ancestor beats a farther one;
- role: 0 for any, 1 for a matching job family, 2 for a matching position;
- grade: 0 for any, 1 for a listed grade.

The winner is the matching template that is at least as specific as every other matching one
on all three criteria (and not equal to another on all three). Criteria are never traded off
against each other: a department template and a position template that both fit are reported
as ambiguous, so the officer narrows a scope instead of the app picking silently.
"""

from __future__ import annotations

from collections.abc import Hashable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Generic, TypeVar

K = TypeVar("K", bound=Hashable)


@dataclass(frozen=True)
class DepartmentRule:
    department_id: int
    include_subdepartments: bool = True


@dataclass(frozen=True)
class Scope:
    """Where a template applies; every empty criterion matches anyone."""

    departments: tuple[DepartmentRule, ...] = ()
    positions: frozenset[int] = field(default_factory=frozenset)
    job_families: frozenset[str] = field(default_factory=frozenset)
    grades: frozenset[str] = field(default_factory=frozenset)


@dataclass(frozen=True)
class Placement:
    """Where the employee sits: `department_path` runs from the root to their own department."""

    department_path: Sequence[int] = ()
    position_id: int | None = None
    job_family: str | None = None
    grade: str | None = None


@dataclass(frozen=True, order=True)
class Specificity:
    department: int = 0
    role: int = 0
    grade: int = 0

    def covers(self, other: Specificity) -> bool:
        """At least as specific as `other` on every criterion."""
        return (
            self.department >= other.department
            and self.role >= other.role
            and self.grade >= other.grade
        )


class MatchStatus(StrEnum):
    MATCHED = "matched"
    AMBIGUOUS = "ambiguous"
    NONE = "none"


@dataclass(frozen=True)
class Match(Generic[K]):
    status: MatchStatus
    chosen: K | None = None
    tied: tuple[K, ...] = ()  # when ambiguous: the most specific candidates, none beating all


def specificity(scope: Scope, placement: Placement) -> Specificity | None:
    """How narrowly `scope` fits the employee, or None when it does not apply to them."""
    department = _department_specificity(scope.departments, placement.department_path)
    role = _role_specificity(scope, placement)
    if department is None or role is None:
        return None
    if not scope.grades:
        grade = 0
    elif placement.grade in scope.grades:
        grade = 1
    else:
        return None
    return Specificity(department, role, grade)


def _department_specificity(rules: Sequence[DepartmentRule], path: Sequence[int]) -> int | None:
    if not rules:
        return 0
    best: int | None = None
    last = len(path) - 1
    for rule in rules:
        for depth, department_id in enumerate(path):
            if department_id != rule.department_id:
                continue
            if depth == last or rule.include_subdepartments:
                best = max(best or 0, depth + 1)
    return best


def _role_specificity(scope: Scope, placement: Placement) -> int | None:
    if not scope.positions and not scope.job_families:
        return 0
    if placement.position_id is not None and placement.position_id in scope.positions:
        return 2
    if placement.job_family is not None and placement.job_family in scope.job_families:
        return 1
    return None


def choose_template(
    candidates: Mapping[K, Scope] | Iterable[tuple[K, Scope]], placement: Placement
) -> Match[K]:
    """The most specific candidate for the employee (keys as given: template ids or codes)."""
    pairs = candidates.items() if isinstance(candidates, Mapping) else candidates
    fitting = [
        (key, found) for key, scope in pairs if (found := specificity(scope, placement)) is not None
    ]
    if not fitting:
        return Match(MatchStatus.NONE)
    # The most specific ones: those no other fitting candidate strictly beats on the criteria.
    top = [
        (key, mine)
        for key, mine in fitting
        if not any(other.covers(mine) and other != mine for _, other in fitting)
    ]
    if len(top) == 1:
        return Match(MatchStatus.MATCHED, chosen=top[0][0])
    return Match(MatchStatus.AMBIGUOUS, tied=tuple(key for key, _ in top))
