"""Growing delay after repeated wrong passphrases, kept in memory only (nothing on disk)."""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass, field

FREE_ATTEMPTS = 3
MAX_DELAY_SECONDS = 60.0


@dataclass
class UnlockThrottle:
    clock: Callable[[], float] = time.monotonic
    failures: int = 0
    _not_before: float = field(default=0.0, repr=False)

    def delay_for(self, failures: int) -> float:
        if failures < FREE_ATTEMPTS:
            return 0.0
        return min(MAX_DELAY_SECONDS, 2.0 ** (failures - FREE_ATTEMPTS + 1))

    def seconds_to_wait(self) -> float:
        return max(0.0, self._not_before - self.clock())

    def record_failure(self) -> float:
        """Counts a failure and returns how long the next attempt must wait."""
        self.failures += 1
        delay = self.delay_for(self.failures)
        self._not_before = self.clock() + delay
        return delay

    def record_success(self) -> None:
        self.failures = 0
        self._not_before = 0.0
