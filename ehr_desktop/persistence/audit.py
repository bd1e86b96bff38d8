"""Writes the hash-chained audit trail: ORM changes automatically, bulk work explicitly.

Every flush that creates, updates or deletes a row of an audited table appends one entry per
row, in the same transaction, so data and trail commit or roll back together. After commit the
chain's tail is written to the anchor file outside the database.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import operator
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import Connection, Date, insert, inspect, select
from sqlalchemy.orm import Session, sessionmaker

from ehr_desktop import atomic
from ehr_desktop.domain.audit_chain import (
    GENESIS,
    Anchor,
    AuditEntry,
    canonical_detail,
    chain_macs,
    compute_mac,
)
from ehr_desktop.domain.errors import VaultLocked
from ehr_desktop.persistence.models import AuditLogEntry

_TAIL_KEY = "ehr_audit_tail"
_RECORDER_KEY = "ehr_audit_recorder"


@dataclass(frozen=True)
class Change:
    action: str  # "create" | "update" | "delete" | or a named action such as "reveal"
    entity: str
    entity_id: str
    fields: dict[str, Any]


def _plain(value: Any) -> Any:
    if isinstance(value, bytes):
        return {"sha256": hashlib.sha256(value).hexdigest(), "bytes": len(value)}
    if isinstance(value, (dt.date, dt.datetime)):
        return value.isoformat()
    return value


def _plain_json(value: Any) -> Any:
    """json.dumps's fallback, as _plain converts (dates as ISO text, bytes as their hash)."""
    plain = _plain(value)
    if plain is value:
        raise TypeError(f"not serialisable in the audit trail: {type(value).__name__}")
    return plain


# json.dumps with these options, built once: a bulk write serialises hundreds of thousands.
_CREATED_DETAIL = json.JSONEncoder(ensure_ascii=False, separators=(",", ":"), default=_plain_json)


def _row_id(obj: Any) -> str:
    # Identity keys of new rows are only set after the flush; the mapper reads the columns now.
    key = inspect(obj).mapper.primary_key_from_instance(obj)
    return "/".join("" if part is None else str(part) for part in key)


def _column_changes(obj: Any, action: str) -> dict[str, list[Any]]:
    state = inspect(obj)
    changes: dict[str, list[Any]] = {}
    for attr in state.mapper.column_attrs:
        key = attr.key
        history = state.attrs[key].history
        if action == "create":
            value = getattr(obj, key)
            if value is not None:
                changes[key] = [None, _plain(value)]
        elif action == "delete":
            value = history.unchanged[0] if history.unchanged else (history.deleted or [None])[0]
            if value is not None:
                changes[key] = [_plain(value), None]
        elif history.has_changes():
            old = history.deleted[0] if history.deleted else None
            new = history.added[0] if history.added else None
            if old != new:
                changes[key] = [_plain(old), _plain(new)]
    return changes


def read_anchor(path: Path) -> Anchor | None:
    try:
        data = json.loads(path.read_text("utf-8"))
        return Anchor(int(data["last_id"]), str(data["last_mac"]))
    except FileNotFoundError:
        return None
    except (OSError, ValueError, KeyError, TypeError):
        return Anchor(-1, "")  # unreadable anchor: verification reports it


def write_anchor(path: Path, anchor: Anchor) -> None:
    atomic.write_text(path, json.dumps({"last_id": anchor.last_id, "last_mac": anchor.last_mac}))


class AuditRecorder:
    """Holds the chain key and the actor for one unlocked vault."""

    def __init__(self, chain_key: bytes, actor: str, anchor_path: Path) -> None:
        self._key: bytes | None = chain_key
        self.actor = actor
        self.anchor_path = anchor_path

    @property
    def chain_key(self) -> bytes:
        if self._key is None:
            raise VaultLocked()
        return self._key

    def forget_key(self) -> None:
        """Called on lock: the chain key is derived from the data key and goes with it."""
        self._key = None

    # --- writing --------------------------------------------------------

    def _tail(self, connection: Connection, info: dict) -> tuple[int, str]:
        tail = info.get(_TAIL_KEY)
        if tail is None:
            row = connection.execute(
                select(AuditLogEntry.id, AuditLogEntry.mac)
                .order_by(AuditLogEntry.id.desc())
                .limit(1)
            ).first()
            tail = (row.id, row.mac) if row else (0, GENESIS)
        return tail

    def append(self, session: Session, changes: Iterable[Change]) -> int:
        """Appends entries for `changes` inside the session's transaction; returns how many."""
        connection = session.connection()
        last_id, last_mac = self._tail(connection, session.info)
        occurred_at = dt.datetime.now(dt.UTC).isoformat(timespec="microseconds")
        rows = []
        for change in changes:
            last_id += 1
            detail = canonical_detail(change.fields)
            last_mac = compute_mac(
                self.chain_key,
                entry_id=last_id,
                occurred_at=occurred_at,
                actor=self.actor,
                action=change.action,
                entity=change.entity,
                entity_id=change.entity_id,
                detail=detail,
                previous_mac=last_mac,
            )
            rows.append(
                {
                    "id": last_id,
                    "occurred_at": occurred_at,
                    "actor": self.actor,
                    "action": change.action,
                    "entity": change.entity,
                    "entity_id": change.entity_id,
                    "detail": detail,
                    "mac": last_mac,
                }
            )
        if rows:
            connection.execute(insert(AuditLogEntry), rows)
            session.info[_TAIL_KEY] = (last_id, last_mac)
        return len(rows)

    def append_created(self, session: Session, table: str, rows: Sequence[dict[str, Any]]) -> int:
        """The entries `changes_for_rows(table, rows)` would append, for rows written in bulk
        (same details, same chain), without building a Change per row: an import writes tens
        of thousands of them."""
        if not rows:
            return 0
        connection = session.connection()
        last_id, last_mac = self._tail(connection, session.info)
        occurred_at = dt.datetime.now(dt.UTC).isoformat(timespec="microseconds")
        encode = _CREATED_DETAIL.encode
        # The rows share their keys: sorted once, the details come out in canonical order
        # without sorting each one (the same text as sort_keys=True would write).
        keys = sorted(rows[0])
        items = [
            (str(row["id"]), encode({k: [None, row[k]] for k in keys if row[k] is not None}))
            for row in rows
        ]
        macs = chain_macs(
            self.chain_key,
            first_id=last_id + 1,
            occurred_at=occurred_at,
            actor=self.actor,
            action="create",
            entity=table,
            items=items,
            previous_mac=last_mac,
        )
        insert_rows(
            session,
            AuditLogEntry.__tablename__,
            [
                {
                    "id": entry_id,
                    "occurred_at": occurred_at,
                    "actor": self.actor,
                    "action": "create",
                    "entity": table,
                    "entity_id": entity_id,
                    "detail": detail,
                    "mac": mac,
                }
                for entry_id, (entity_id, detail), mac in zip(
                    range(last_id + 1, last_id + 1 + len(items)), items, macs, strict=True
                )
            ],
        )
        session.info[_TAIL_KEY] = (last_id + len(items), macs[-1])
        return len(items)

    def _after_flush(self, session: Session, _context: Any) -> None:
        changes = []
        for action, objects in (
            ("create", session.new),
            ("update", session.dirty),
            ("delete", session.deleted),
        ):
            for obj in objects:
                if not getattr(type(obj), "__audited__", False):
                    continue
                if action == "update" and not session.is_modified(obj, include_collections=False):
                    continue
                fields = _column_changes(obj, action)
                if action == "update" and not fields:
                    continue
                changes.append(Change(action, type(obj).__tablename__, _row_id(obj), fields))
        if changes:
            self.append(session, changes)

    def _after_commit(self, session: Session) -> None:
        tail = session.info.pop(_TAIL_KEY, None)
        if tail is not None:
            self.write_anchor(Anchor(*tail))

    def _after_rollback(self, session: Session) -> None:
        session.info.pop(_TAIL_KEY, None)

    def write_anchor(self, anchor: Anchor) -> None:
        write_anchor(self.anchor_path, anchor)

    def install(self, factory: sessionmaker) -> None:
        from sqlalchemy import event

        event.listen(factory, "after_flush", self._after_flush)
        event.listen(factory, "after_commit", self._after_commit)
        event.listen(factory, "after_soft_rollback", lambda s, _t: self._after_rollback(s))


def entries(connection: Connection, after_id: int = 0) -> Iterable[AuditEntry]:
    table = AuditLogEntry.__table__
    result = connection.execute(select(table).where(table.c.id > after_id).order_by(table.c.id))
    for row in result:
        yield AuditEntry(
            row.id,
            row.occurred_at,
            row.actor,
            row.action,
            row.entity,
            row.entity_id,
            row.detail,
            row.mac,
        )


def changes_for_rows(
    entity: str, rows: Sequence[dict[str, Any]], id_key: str = "id"
) -> list[Change]:
    """Audit changes for rows created in bulk (Core inserts bypass ORM events)."""
    return [
        Change(
            "create",
            entity,
            str(row[id_key]),
            {k: [None, _plain(v)] for k, v in row.items() if v is not None},
        )
        for row in rows
    ]


def insert_rows(
    session: Session, table: str, rows: Sequence[dict[str, Any]], *, dates_as_text: bool = False
) -> None:
    """Inserts plain rows (all with the same keys) through the driver's executemany: for
    tens of thousands of rows the ORM's per-row parameter handling costs more than SQLite.
    Dates are written as the ORM writes them (ISO text); `dates_as_text`: the rows' dates
    already are (a bulk writer that makes them so once saves a pass over every row)."""
    if not rows:
        return
    columns = list(rows[0])
    names = ", ".join(f'"{column}"' for column in columns)
    marks = ", ".join("?" * len(columns))
    values = operator.itemgetter(*columns) if len(columns) > 1 else (lambda row: (row[columns[0]],))
    types = AuditLogEntry.metadata.tables[table].columns
    dates = [i for i, column in enumerate(columns) if isinstance(types[column].type, Date)]
    if dates and not dates_as_text:
        parameters = []
        for row in rows:
            params = list(values(row))
            for i in dates:
                if params[i] is not None:
                    params[i] = params[i].isoformat()
            parameters.append(tuple(params))
    else:
        parameters = list(map(values, rows))
    session.connection().exec_driver_sql(
        f'INSERT INTO "{table}" ({names}) VALUES ({marks})', parameters
    )
