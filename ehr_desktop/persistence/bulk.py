"""Bulk writes: what makes tens of thousands of rows in one transaction take seconds."""

from __future__ import annotations

import contextlib
from collections.abc import Iterator, Sequence

from sqlalchemy.orm import Session


@contextlib.contextmanager
def indexes_built_after(session: Session, tables: Sequence[str]) -> Iterator[None]:
    """The tables' secondary indexes dropped for the block and created again, from their own
    stored definitions, when it ends without error: SQLite builds an index over sorted rows
    several times faster than it updates it row by row (measured: 100,000 employees 4.7 s →
    1.5 s). Unique constraints stay, so duplicates are still refused as they are written.
    Meant for a write that adds more rows than the tables hold, inside the caller's
    transaction: on error the rollback brings the indexes back with everything else."""
    connection = session.connection()
    marks = ", ".join("?" * len(tables))
    indexes = connection.exec_driver_sql(
        "SELECT name, sql FROM sqlite_master "
        "WHERE type = 'index' AND sql IS NOT NULL AND sql NOT LIKE 'CREATE UNIQUE%' "
        f"AND tbl_name IN ({marks}) ORDER BY name",
        tuple(tables),
    ).all()
    for name, _ in indexes:
        connection.exec_driver_sql(f'DROP INDEX "{name}"')
    yield
    for _, definition in indexes:
        connection.exec_driver_sql(definition)
