"""Reading roster files for an import, apart from roster_import: this needs no database layer,
so a command can start reading (in the reading process) before SQLAlchemy and the models are
even loaded."""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import Any

from ehr_desktop.exchange import roster
from ehr_desktop.exchange.roster.isolated import (
    IsolatedReading,
    RecordsPart,
    read_roster_isolated,
)
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


# What reading files gives, file by file: parts of records while the file is still read,
# then the file's whole reading (all its records included).
ReadEvent = RecordsPart | roster.RosterReading


class FilesBeingRead:
    """Roster files read one after another, each in its own memory-limited process, as a
    stream of ReadEvents: an import can plan and write each part while the rest is read. The
    first file starts reading at once; close() stops whatever is still being read."""

    def __init__(self, paths: Sequence[Path], **options: Any) -> None:
        """`options`: IsolatedReading's (sheets, mapping, progress, custom_fields, …)."""
        self.paths = list(paths)
        self.options = options
        self.current = IsolatedReading(self.paths[0], **self.options) if self.paths else None
        self.events = self._events()

    def __iter__(self) -> Iterator[ReadEvent]:
        return self.events

    def _events(self) -> Iterator[ReadEvent]:
        for index, path in enumerate(self.paths):
            if index:
                self.current = IsolatedReading(path, **self.options)
            assert self.current is not None
            yield from self.current

    def close(self) -> None:
        self.events.close()
        if self.current is not None:
            self.current.close()


def events_of(readings: Sequence[roster.RosterReading]) -> Iterator[ReadEvent]:
    """Files already read, as the stream reading them gives: each file's records in one part."""
    for reading in readings:
        if reading.records:
            yield RecordsPart(
                reading.path, reading.sheets, list(reading.records), len(reading.records)
            )
        yield reading
