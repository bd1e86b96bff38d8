"""One audit entry per export or print: what left the vault, about how many people, whether any
ID number, bank account, salary or phone went out unmasked, and where the file went."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Any

from ehr_desktop.persistence.audit import Change
from ehr_desktop.services.vaults import UnlockedVault

# The fields that are masked unless the officer chooses otherwise for one export.
SENSITIVE_FIELDS = ("id_number", "bank_account", "monthly_salary", "mobile")


def export_detail(
    what: str,
    *,
    people: int,
    path: Path,
    unmasked_fields: Sequence[str] = (),
    extra: Mapping[str, Any] | None = None,
) -> dict[str, Any]:
    return {
        "what": what,
        "people": people,
        "masked": not unmasked_fields,
        "unmasked_fields": list(unmasked_fields),
        "file": str(Path(path).absolute()),
        "format": Path(path).suffix.lower().lstrip("."),
        **(extra or {}),
    }


def record_export(
    vault: UnlockedVault,
    what: str,
    *,
    entity: str,
    entity_id: str,
    people: int,
    path: Path,
    unmasked_fields: Sequence[str] = (),
    extra: Mapping[str, Any] | None = None,
) -> None:
    """Recorded in its own unit of work before the file is written: an export that then fails
    leaves an entry for an attempt, never a file without one."""
    detail = export_detail(
        what, people=people, path=path, unmasked_fields=unmasked_fields, extra=extra
    )
    with vault.database.unit_of_work() as session:
        vault.database.audit.append(session, [Change("export", entity, entity_id, detail)])
