"""Reading roster files for an import, apart from roster_import: this needs no database layer,
so a command can start reading (in the reading process) before SQLAlchemy and the models are
even loaded."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from ehr_desktop.exchange import roster
from ehr_desktop.exchange.roster.isolated import read_roster_isolated
from ehr_desktop.services.progress import Progress


def read_files(
    paths: Sequence[Path],
    *,
    sheets: Sequence[str] | None = None,
    mapping: dict[str, str] | None = None,
    progress: Progress | None = None,
    isolated: bool = True,
    custom_fields: dict[str, roster.CustomField] | None = None,
) -> tuple[roster.RosterReading, ...]:
    """Reads each file; by default in a child process with a memory ceiling, since a roster
    is a file from outside that may be built to exhaust memory. `custom_fields` (from
    roster_import.custom_field_kinds) says how to clean columns mapped to officer-defined fields."""
    read = read_roster_isolated if isolated else roster.read_roster
    return tuple(
        read(
            path,
            sheets=sheets,
            mapping=mapping,
            progress=progress,
            custom_fields=custom_fields,
        )
        for path in paths
    )
