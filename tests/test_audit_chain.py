"""The audit trail's HMAC chain, as pure data: edits, gaps, reordering and a cut-off tail."""

import dataclasses

from ehr_desktop.domain.audit_chain import (
    GENESIS,
    Anchor,
    AuditEntry,
    ChainProblem,
    canonical_detail,
    chain_macs,
    compute_mac,
    verify_chain,
)

KEY = b"k" * 32


def build_chain(count: int, key: bytes = KEY) -> list[AuditEntry]:
    entries = []
    previous = GENESIS
    for entry_id in range(1, count + 1):
        fields = {
            "occurred_at": f"2026-11-27T10:00:{entry_id:02d}+00:00",
            "actor": "hr-officer",
            "action": "update",
            "entity": "employees",
            "entity_id": str(entry_id),
            "detail": canonical_detail({"name": ["张三", f"李四{entry_id}"]}),
        }
        mac = compute_mac(key, entry_id=entry_id, previous_mac=previous, **fields)
        entries.append(AuditEntry(id=entry_id, mac=mac, **fields))
        previous = mac
    return entries


def anchor_of(entries: list[AuditEntry]) -> Anchor:
    return Anchor(entries[-1].id, entries[-1].mac)


def test_intact_chain_verifies():
    entries = build_chain(5)
    report = verify_chain(KEY, entries, anchor_of(entries))
    assert report.intact
    assert report.entries == 5
    assert report.problem is ChainProblem.NONE


def test_empty_chain_without_anchor_is_intact():
    assert verify_chain(KEY, [], None).intact


def test_edited_detail_breaks_the_chain_at_that_entry():
    entries = build_chain(5)
    entries[2] = dataclasses.replace(entries[2], detail=canonical_detail({"name": ["张三", "X"]}))
    report = verify_chain(KEY, entries, anchor_of(entries))
    assert report.problem is ChainProblem.BROKEN
    assert report.at_id == 3
    assert report.entries == 2


def test_edited_actor_or_time_breaks_the_chain():
    for field, value in (("actor", "someone-else"), ("occurred_at", "2020-01-01T00:00:00")):
        entries = build_chain(4)
        entries[1] = dataclasses.replace(entries[1], **{field: value})
        report = verify_chain(KEY, entries, anchor_of(entries))
        assert (report.problem, report.at_id) == (ChainProblem.BROKEN, 2)


def test_removed_middle_entry_is_a_gap():
    entries = build_chain(5)
    del entries[2]
    report = verify_chain(KEY, entries, anchor_of(entries))
    assert report.problem is ChainProblem.GAP
    assert report.at_id == 4


def test_removed_and_renumbered_entries_break_the_chain():
    entries = build_chain(5)
    del entries[2]
    entries = [dataclasses.replace(e, id=i) for i, e in enumerate(entries, start=1)]
    report = verify_chain(KEY, entries, None)
    assert (report.problem, report.at_id) == (ChainProblem.BROKEN, 3)


def test_reordered_entries_are_caught():
    entries = build_chain(5)
    entries[1], entries[2] = entries[2], entries[1]
    report = verify_chain(KEY, entries, anchor_of(build_chain(5)))
    assert report.problem in (ChainProblem.GAP, ChainProblem.BROKEN)
    assert report.at_id == 3


def test_reordered_contents_with_original_ids_break_the_chain():
    entries = build_chain(5)
    swapped = [
        dataclasses.replace(entries[2], id=2),
        dataclasses.replace(entries[1], id=3),
    ]
    entries[1:3] = swapped
    report = verify_chain(KEY, entries, None)
    assert (report.problem, report.at_id) == (ChainProblem.BROKEN, 2)


def test_inserted_entry_breaks_the_chain():
    entries = build_chain(5)
    forged = dataclasses.replace(entries[2], detail=canonical_detail({"forged": True}))
    entries = [*entries[:3], forged, *entries[3:]]
    entries = [dataclasses.replace(e, id=i) for i, e in enumerate(entries, start=1)]
    report = verify_chain(KEY, entries, None)
    assert report.problem is ChainProblem.BROKEN


def test_cut_off_tail_is_caught_only_with_the_anchor():
    entries = build_chain(6)
    anchor = anchor_of(entries)
    cut = entries[:4]
    assert verify_chain(KEY, cut, None).intact  # the chain alone cannot tell
    report = verify_chain(KEY, cut, anchor)
    assert (report.problem, report.at_id) == (ChainProblem.TAIL_CUT, 6)


def test_everything_deleted_is_a_cut_tail():
    entries = build_chain(3)
    report = verify_chain(KEY, [], anchor_of(entries))
    assert report.problem is ChainProblem.TAIL_CUT


def test_anchor_with_wrong_mac_is_a_mismatch():
    entries = build_chain(4)
    report = verify_chain(KEY, entries, Anchor(4, "f" * 64))
    assert (report.problem, report.at_id) == (ChainProblem.ANCHOR_MISMATCH, 4)


def test_anchor_lagging_behind_the_table_is_fine():
    """The anchor is written after commit: a crash in between leaves it one step behind."""
    entries = build_chain(5)
    assert verify_chain(KEY, entries, anchor_of(entries[:3])).intact


def test_unreadable_anchor_is_reported():
    entries = build_chain(3)
    report = verify_chain(KEY, entries, Anchor(-1, ""))
    assert report.problem is ChainProblem.ANCHOR_MISMATCH


def test_another_key_breaks_the_chain_at_the_first_entry():
    entries = build_chain(3)
    report = verify_chain(b"x" * 32, entries, None)
    assert (report.problem, report.at_id) == (ChainProblem.BROKEN, 1)


def test_field_boundaries_cannot_be_shifted():
    """Length prefixes: moving text from one field into the next changes the MAC."""
    common = {"entry_id": 1, "occurred_at": "t", "action": "a", "previous_mac": GENESIS}
    one = compute_mac(KEY, actor="ab", entity="c", entity_id="", detail="", **common)
    two = compute_mac(KEY, actor="a", entity="bc", entity_id="", detail="", **common)
    assert one != two


def test_canonical_detail_is_stable_and_keeps_chinese():
    assert canonical_detail({"b": 1, "a": "张"}) == '{"a":"张","b":1}'


def test_chain_macs_are_compute_mac_for_a_bulk_run():
    items = [(str(n), canonical_detail({"name": [None, f"张{n}"]})) for n in range(5)]
    shared = {"occurred_at": "2026-11-27T10:00:00+00:00", "actor": "hr", "action": "create",
              "entity": "employees"}  # fmt: skip
    previous, one_by_one = "f" * 64, []
    for entry_id, (entity_id, detail) in enumerate(items, start=41):
        previous = compute_mac(
            KEY, entry_id=entry_id, entity_id=entity_id, detail=detail, previous_mac=previous,
            **shared,
        )  # fmt: skip
        one_by_one.append(previous)
    assert chain_macs(KEY, first_id=41, items=items, previous_mac="f" * 64, **shared) == one_by_one
