"""The growing delay after repeated wrong passphrases."""

from ehr_desktop.domain.throttle import FREE_ATTEMPTS, MAX_DELAY_SECONDS, UnlockThrottle


class FakeClock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


def test_first_failures_cost_no_delay():
    throttle = UnlockThrottle(clock=FakeClock())
    for _ in range(FREE_ATTEMPTS - 1):
        assert throttle.record_failure() == 0.0
        assert throttle.seconds_to_wait() == 0.0


def test_delay_grows_with_each_further_failure():
    throttle = UnlockThrottle(clock=FakeClock())
    delays = [throttle.record_failure() for _ in range(FREE_ATTEMPTS + 3)]
    paid = delays[FREE_ATTEMPTS - 1 :]
    assert paid[0] > 0
    assert all(later > earlier for earlier, later in zip(paid, paid[1:], strict=False))


def test_delay_is_capped():
    throttle = UnlockThrottle(clock=FakeClock())
    delays = [throttle.record_failure() for _ in range(40)]
    assert max(delays) == MAX_DELAY_SECONDS
    assert delays[-1] == MAX_DELAY_SECONDS


def test_waiting_time_runs_down_with_the_clock():
    clock = FakeClock()
    throttle = UnlockThrottle(clock=clock)
    for _ in range(FREE_ATTEMPTS + 1):
        delay = throttle.record_failure()
    assert throttle.seconds_to_wait() == delay
    clock.now += delay / 2
    assert throttle.seconds_to_wait() == delay / 2
    clock.now += delay
    assert throttle.seconds_to_wait() == 0.0


def test_success_resets_count_and_wait():
    throttle = UnlockThrottle(clock=FakeClock())
    for _ in range(FREE_ATTEMPTS + 2):
        throttle.record_failure()
    throttle.record_success()
    assert throttle.failures == 0
    assert throttle.seconds_to_wait() == 0.0
    assert throttle.record_failure() == 0.0
