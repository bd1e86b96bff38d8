"""The audit trail's hash chain: each entry's HMAC covers its content and the previous HMAC."""

from __future__ import annotations

import hmac
import json
from collections.abc import Iterable
from dataclasses import dataclass
from enum import Enum
from typing import Any

GENESIS = "0" * 64


@dataclass(frozen=True)
class AuditEntry:
    id: int
    occurred_at: str
    actor: str
    action: str
    entity: str
    entity_id: str
    detail: str
    mac: str


@dataclass(frozen=True)
class Anchor:
    """The chain's last (id, mac), kept outside the table so that a cut-off tail is noticed."""

    last_id: int
    last_mac: str


class ChainProblem(Enum):
    NONE = "none"
    BROKEN = "broken"  # an entry was edited, removed, reordered or inserted
    GAP = "gap"  # ids are not consecutive
    TAIL_CUT = "tail_cut"  # the anchor names an entry the table no longer has
    ANCHOR_MISMATCH = "anchor_mismatch"


@dataclass(frozen=True)
class ChainReport:
    entries: int
    problem: ChainProblem
    at_id: int | None = None

    @property
    def intact(self) -> bool:
        return self.problem is ChainProblem.NONE


def canonical_detail(changes: dict[str, Any]) -> str:
    return json.dumps(
        changes, ensure_ascii=False, sort_keys=True, separators=(",", ":"), default=str
    )


def compute_mac(
    key: bytes,
    *,
    entry_id: int,
    occurred_at: str,
    actor: str,
    action: str,
    entity: str,
    entity_id: str,
    detail: str,
    previous_mac: str,
) -> str:
    # Length-prefixed fields: no two different entries can serialise to the same bytes.
    parts = [str(entry_id), occurred_at, actor, action, entity, entity_id, detail, previous_mac]
    encoded = [part.encode() for part in parts]
    message = b"".join(len(part).to_bytes(4, "big") + part for part in encoded)
    return hmac.digest(key, message, "sha256").hex()


def _prefixed(text: str) -> bytes:
    encoded = text.encode()
    return len(encoded).to_bytes(4, "big") + encoded


def chain_macs(
    key: bytes,
    *,
    first_id: int,
    occurred_at: str,
    actor: str,
    action: str,
    entity: str,
    items: Iterable[tuple[str, str]],
    previous_mac: str,
) -> list[str]:
    """compute_mac for a run of entries sharing time, actor, action and entity (a bulk
    write): one MAC per (entity_id, detail), each chained to the one before. The shared
    fields are serialised once; the bytes are exactly compute_mac's."""
    shared = b"".join(_prefixed(part) for part in (occurred_at, actor, action, entity))
    digest = hmac.digest
    macs = []
    append = macs.append
    for entry_id, (entity_id, detail) in enumerate(items, start=first_id):
        number, entity_bytes, detail_bytes = (
            str(entry_id).encode(),
            entity_id.encode(),
            detail.encode(),
        )
        previous = previous_mac.encode()
        message = b"".join(
            (
                len(number).to_bytes(4, "big"),
                number,
                shared,
                len(entity_bytes).to_bytes(4, "big"),
                entity_bytes,
                len(detail_bytes).to_bytes(4, "big"),
                detail_bytes,
                len(previous).to_bytes(4, "big"),
                previous,
            )
        )
        previous_mac = digest(key, message, "sha256").hex()
        append(previous_mac)
    return macs


def verify_chain(key: bytes, entries: Iterable[AuditEntry], anchor: Anchor | None) -> ChainReport:
    return verify_chain_rows(
        key,
        (
            (e.id, e.occurred_at, e.actor, e.action, e.entity, e.entity_id, e.detail, e.mac)
            for e in entries
        ),
        anchor,
    )


def verify_chain_rows(key: bytes, rows: Iterable[tuple], anchor: Anchor | None) -> ChainReport:
    """`verify_chain` over plain rows `(id, occurred_at, actor, action, entity, entity_id,
    detail, mac)` as a cursor yields them: the same MACs as `compute_mac`, in one tight loop
    (one-shot C HMAC, no per-row objects) since a vault's trail has hundreds of thousands.
    """
    digest = hmac.digest
    previous_mac = GENESIS
    expected_id = 1
    anchor_id = None if anchor is None else anchor.last_id
    anchor_mac_seen = None
    for row in rows:
        entry_id, occurred_at, actor, action, entity, entity_id, detail, stored = row
        if entry_id != expected_id:
            return ChainReport(expected_id - 1, ChainProblem.GAP, entry_id)
        message = bytearray()
        for part in (str(entry_id), occurred_at, actor, action, entity, entity_id, detail,
                     previous_mac):  # fmt: skip
            data = part.encode()
            message += len(data).to_bytes(4, "big")
            message += data
        if not hmac.compare_digest(digest(key, message, "sha256").hex(), stored):
            return ChainReport(expected_id - 1, ChainProblem.BROKEN, entry_id)
        if entry_id == anchor_id:
            anchor_mac_seen = stored
        previous_mac = stored
        expected_id += 1
    count = expected_id - 1
    if anchor is not None and anchor.last_id < 0:  # persistence's mark for an unreadable anchor
        return ChainReport(count, ChainProblem.ANCHOR_MISMATCH)
    if anchor is not None and anchor.last_id > 0:
        if anchor.last_id >= expected_id:
            return ChainReport(count, ChainProblem.TAIL_CUT, anchor.last_id)
        if not hmac.compare_digest(anchor_mac_seen or "", anchor.last_mac):
            return ChainReport(count, ChainProblem.ANCHOR_MISMATCH, anchor.last_id)
    return ChainReport(count, ChainProblem.NONE)
