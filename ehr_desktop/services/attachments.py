"""Attachments (scans of contracts, ID copies, certificates, photos) kept inside the vault.

The bytes live in the encrypted database. The only plaintext copy ever written is the one the
officer asks for to open in another program: it goes to a private folder and is deleted when
the viewer is done, when the vault locks, and at the next start if the app was killed.
"""

from __future__ import annotations

import hashlib
import os
import secrets
import shutil
import stat
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from platformdirs import user_cache_path
from sqlalchemy import select

from ehr_desktop.domain.errors import (
    AttachmentTooLarge,
    AttachmentUnreadable,
    InvalidInput,
    NotFound,
)
from ehr_desktop.domain.people import Problem, clean_text
from ehr_desktop.persistence.models import Attachment, AttachmentContent, Employee
from ehr_desktop.services.vaults import UnlockedVault

MAX_BYTES = 20 * 1024 * 1024
CATEGORIES = ("contract", "id_copy", "certificate", "photo", "education", "other")

# Recognised by their first bytes, not by the name a file happens to have.
_SIGNATURES = (
    (b"%PDF-", "application/pdf"),
    (b"\x89PNG\r\n\x1a\n", "image/png"),
    (b"\xff\xd8\xff", "image/jpeg"),
    (b"GIF87a", "image/gif"),
    (b"GIF89a", "image/gif"),
    (b"II*\x00", "image/tiff"),
    (b"MM\x00*", "image/tiff"),
    (b"BM", "image/bmp"),
)
_BY_SUFFIX = {
    ".docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    ".xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    ".doc": "application/msword",
    ".xls": "application/vnd.ms-excel",
    ".txt": "text/plain",
    ".ofd": "application/ofd",
}


def media_type(content: bytes, file_name: str) -> str:
    for signature, kind in _SIGNATURES:
        if content.startswith(signature):
            return kind
    if content[:4] == b"RIFF" and content[8:12] == b"WEBP":
        return "image/webp"
    return _BY_SUFFIX.get(Path(file_name).suffix.lower(), "application/octet-stream")


def is_previewable(kind: str) -> bool:
    return kind.startswith("image/") or kind == "application/pdf"


@dataclass(frozen=True)
class NewAttachment:
    file_name: str
    content: bytes
    category: str = "other"
    event_id: int | None = None
    contract_id: int | None = None
    record_id: int | None = None
    kpi_form_id: int | None = None  # a signed appraisal sheet (services/kpi_forms.py)


def read_file(path: Path) -> bytes:
    """Reads a file the officer picked, refusing oversized ones before reading them whole."""
    try:
        size = path.stat().st_size
        if size > MAX_BYTES:
            raise AttachmentTooLarge(limit_mb=MAX_BYTES // (1024 * 1024), path=str(path))
        with path.open("rb") as handle:
            content = handle.read(MAX_BYTES + 1)
    except OSError:
        raise AttachmentUnreadable(path=str(path)) from None
    if len(content) > MAX_BYTES:
        raise AttachmentTooLarge(limit_mb=MAX_BYTES // (1024 * 1024), path=str(path))
    return content


def add(vault: UnlockedVault, employee_id: int, new: NewAttachment) -> int:
    if len(new.content) > MAX_BYTES:
        raise AttachmentTooLarge(limit_mb=MAX_BYTES // (1024 * 1024))
    name = clean_text(Path(new.file_name).name)[:300]
    problems = []
    if not name:
        problems.append(Problem("file_name", "required"))
    if not new.content:
        problems.append(Problem("file_name", "empty_file"))
    if new.category not in CATEGORIES:
        problems.append(Problem("category", "unknown_choice"))
    if problems:
        raise InvalidInput(problems=problems)
    with vault.database.unit_of_work() as session:
        if session.get(Employee, employee_id) is None:
            raise NotFound(entity="employee")
        attachment = Attachment(
            employee_id=employee_id,
            event_id=new.event_id,
            contract_id=new.contract_id,
            record_id=new.record_id,
            kpi_form_id=new.kpi_form_id,
            category=new.category,
            file_name=name,
            media_type=media_type(new.content, name),
            size=len(new.content),
            sha256=hashlib.sha256(new.content).hexdigest(),
            added_by=vault.database.audit.actor,
        )
        session.add(attachment)
        session.flush()
        session.add(AttachmentContent(attachment_id=attachment.id, content=new.content))
        return attachment.id


def content(vault: UnlockedVault, attachment_id: int) -> bytes:
    with vault.database.reading() as session:
        data = session.scalar(
            select(AttachmentContent.content).where(
                AttachmentContent.attachment_id == attachment_id
            )
        )
        if data is None:
            raise NotFound(entity="attachment")
        return data


def remove(vault: UnlockedVault, attachment_id: int) -> None:
    """Removes an attachment; the audit trail keeps its name, size and checksum."""
    with vault.database.unit_of_work() as session:
        attachment = session.get(Attachment, attachment_id)
        if attachment is None:
            return
        stored = session.get(AttachmentContent, attachment_id)
        if stored is not None:
            session.delete(stored)
            session.flush()
        session.delete(attachment)


# --- copies for an external viewer ------------------------------------------------------------


def viewer_folder() -> Path:
    return user_cache_path("EHR Desktop", appauthor=False) / "open-copies"


class ViewerCopies:
    """Plaintext copies handed to another program; every one is deleted by `discard_all`."""

    def __init__(self, folder: Path | None = None) -> None:
        self.folder = folder or viewer_folder()
        self._copies: list[Path] = []

    def write(self, file_name: str, data: bytes) -> Path:
        self.folder.mkdir(parents=True, exist_ok=True)
        if os.name == "posix":
            self.folder.chmod(stat.S_IRWXU)
        # A random sub-folder keeps the original name (viewers show it) without collisions.
        holder = self.folder / secrets.token_hex(8)
        holder.mkdir(mode=0o700)
        path = holder / (Path(file_name).name or "attachment")
        with path.open("xb") as handle:
            handle.write(data)
        if os.name == "posix":
            path.chmod(stat.S_IRUSR | stat.S_IWUSR)
        self._copies.append(holder)
        return path

    def pending(self) -> int:
        return sum(1 for holder in self._copies if holder.exists())

    def discard(self, path: Path) -> bool:
        """Deletes one copy; False when the viewer still holds it open (Windows), to retry."""
        holder = path.parent
        try:
            shutil.rmtree(holder)
        except FileNotFoundError:
            pass
        except OSError:
            return False
        if holder in self._copies:
            self._copies.remove(holder)
        return True

    def discard_all(self) -> int:
        """Deletes every copy this app ever left here (also after a crash); returns how many
        could not be deleted yet."""
        left = 0
        for holder in list(self._leftovers()):
            try:
                shutil.rmtree(holder)
            except FileNotFoundError:
                pass
            except OSError:
                left += 1
        self._copies = [holder for holder in self._copies if holder.exists()]
        return left

    def _leftovers(self) -> Iterator[Path]:
        if self.folder.is_dir():
            yield from (p for p in self.folder.iterdir() if p.is_dir())
