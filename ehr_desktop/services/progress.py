"""How long-running services report progress and learn about cancellation, without Qt."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass


class Cancelled(Exception):
    """Raised inside a job when the officer pressed Cancel; the unit of work rolls back."""


@dataclass
class Progress:
    report: Callable[[int, int], None] = lambda done, total: None
    is_cancelled: Callable[[], bool] = lambda: False

    def step(self, done: int, total: int) -> None:
        if self.is_cancelled():
            raise Cancelled()
        self.report(done, total)
