"""Backup rotation keeps the newest backup of each recent day, ISO week and month, and no more."""

import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

from ehr_desktop.domain.backup_rotation import RotationPolicy, backups_to_keep
from ehr_desktop.services import backups

moments = st.datetimes(min_value=dt.datetime(2020, 1, 1), max_value=dt.datetime(2030, 12, 31))
policies = st.builds(
    RotationPolicy,
    daily=st.integers(0, 10),
    weekly=st.integers(0, 6),
    monthly=st.integers(0, 14),
)
backup_lists = st.lists(moments, min_size=0, max_size=60, unique=True).map(
    lambda times: [(moment, index) for index, moment in enumerate(times)]
)


def newest_per_period(items, period_of, allowance):
    """Independent oracle: group by period, newest of each of the `allowance` newest periods."""
    groups = {}
    for moment, backup_id in items:
        groups.setdefault(period_of(moment), []).append((moment, backup_id))
    newest_periods = sorted(groups, key=lambda p: max(m for m, _ in groups[p]), reverse=True)
    return {max(groups[p])[1] for p in newest_periods[:allowance]}


@given(backup_lists, policies)
def test_rotation_keeps_exactly_the_newest_of_each_recent_period(items, policy):
    expected = (
        newest_per_period(items, lambda m: m.date(), policy.daily)
        | newest_per_period(items, lambda m: m.isocalendar()[:2], policy.weekly)
        | newest_per_period(items, lambda m: (m.year, m.month), policy.monthly)
        | ({max(items)[1]} if items else set())
    )
    assert backups_to_keep(items, policy) == expected


@given(backup_lists, policies)
def test_the_newest_backup_is_always_kept_and_nothing_is_invented(items, policy):
    kept = backups_to_keep(items, policy)
    assert kept <= {backup_id for _, backup_id in items}
    if items:
        assert max(items)[1] in kept
    assert len(kept) <= 1 + policy.daily + policy.weekly + policy.monthly


@given(backup_lists, policies)
def test_pruning_twice_deletes_nothing_more(items, policy):
    kept = backups_to_keep(items, policy)
    assert backups_to_keep([item for item in items if item[1] in kept], policy) == kept


def test_default_policy_over_a_year_of_hourly_backups_keeps_seven_four_twelve():
    start = dt.datetime(2026, 1, 1)
    items = [(start + dt.timedelta(hours=h), h) for h in range(0, 365 * 24, 6)]
    kept = backups_to_keep(items)
    newest = max(items)[1]
    assert newest in kept
    # 7 days, of which the newest 1 is also the newest week and month: at most 7 + 3 + 11 more.
    assert 12 <= len(kept) <= 1 + 7 + 4 + 12
    kept_days = {m.date() for m, i in items if i in kept}
    assert {dt.date(2026, 12, 31) - dt.timedelta(days=d) for d in range(7)} <= kept_days


def test_negative_counts_are_refused():
    with pytest.raises(ValueError):
        RotationPolicy(daily=-1)


def test_prune_deletes_only_files_named_by_the_pattern(tmp_path):
    folder = tmp_path / "usb"
    folder.mkdir()
    start = dt.datetime(2026, 3, 1, 18, 0, 0)
    for day in range(30):
        name = backups.backup_file_name("Company", start + dt.timedelta(days=day))
        (folder / name).write_bytes(b"x")
    (folder / backups.backup_file_name("Other", start)).write_bytes(b"x")
    strangers = ["Company-copy.ehrbak", "Company-20261399-000000.ehrbak", "notes.txt",
                 ".Company-20260301-180000.ehrbak.abc.writing.tmp"]  # fmt: skip
    for name in strangers:
        (folder / name).write_bytes(b"x")

    deleted = backups.prune(folder, RotationPolicy(daily=3, weekly=2, monthly=1))

    remaining = sorted(p.name for p in folder.iterdir())
    assert set(strangers) <= set(remaining)
    assert backups.backup_file_name("Other", start) in remaining  # its own vault's newest
    company = sorted(n for n in remaining if n.startswith("Company-2026") and n not in strangers)
    # Daily backups 1..30 March: the 3 newest days; the newest of the 2 newest ISO weeks (30th,
    # Monday of week 14, and 29th, Sunday of week 13) and of the month are among them already.
    assert company == [
        "Company-20260328-180000.ehrbak",
        "Company-20260329-180000.ehrbak",
        "Company-20260330-180000.ehrbak",
    ]
    assert len(deleted) == 27


def test_leftovers_of_a_killed_backup_go_at_the_next_one_but_not_a_running_ones(
    tmp_path, monkeypatch
):
    import os
    import tempfile
    import time

    from ehr_desktop.services import backups

    monkeypatch.setattr(tempfile, "tempdir", str(tmp_path / "tmp"))
    (tmp_path / "tmp").mkdir()
    old_file = tmp_path / ".Company.ehrbak.abc123.writing.tmp"
    new_file = tmp_path / ".Company.ehrbak.def456.writing.tmp"
    old_scratch = tmp_path / "tmp" / "ehr-backup-check-old"
    unrelated = tmp_path / "notes.tmp"
    for path in (old_file, new_file, unrelated):
        path.write_bytes(b"x")
    old_scratch.mkdir()
    (old_scratch / "payload.ehrdb").write_bytes(b"x")
    hours_ago = time.time() - 7 * 3600
    for path in (old_file, old_scratch, unrelated):
        os.utime(path, (hours_ago, hours_ago))

    assert backups.remove_leftovers(tmp_path) == 2
    assert not old_file.exists() and not old_scratch.exists()
    assert new_file.exists() and unrelated.exists()  # maybe being written; not ours
