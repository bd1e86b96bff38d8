"""The company as printed documents show it: name, address and logo, kept in the vault's
settings (they travel with the vault). The logo is checked and scaled down when it is saved,
so printing never meets a huge or broken picture."""

from __future__ import annotations

import base64
import binascii
import hashlib
import io
from dataclasses import dataclass

from ehr_desktop.domain.errors import LogoRefused
from ehr_desktop.persistence.audit import Change
from ehr_desktop.persistence.models import VaultSetting
from ehr_desktop.services import settings
from ehr_desktop.services.vaults import UnlockedVault

MAX_LOGO_FILE_BYTES = 2 * 1024 * 1024  # what the officer may choose
MAX_LOGO_SIDE = 6000  # pixels on a side of the chosen picture (no decompression bombs)
STORED_LOGO_BOX = (1200, 400)  # kept at most this size: sharp at 14 mm high on paper
MAX_ADDRESS_LENGTH = 300


@dataclass(frozen=True)
class CompanyProfile:
    name: str
    address: str
    logo: bytes | None  # PNG


def profile(vault: UnlockedVault) -> CompanyProfile:
    with vault.database.reading() as session:
        name = settings.get(session, settings.COMPANY_NAME)
        address = settings.get(session, settings.COMPANY_ADDRESS)
        stored = settings.get(session, settings.COMPANY_LOGO)
    return CompanyProfile(name, address, _decode(stored))


def _decode(stored: str) -> bytes | None:
    if not stored:
        return None
    try:
        return base64.b64decode(stored, validate=True)
    except (binascii.Error, ValueError):
        return None


def set_address(vault: UnlockedVault, address: str) -> None:
    """One line or several (kept as typed, each line trimmed)."""
    lines = [" ".join(line.split()) for line in address.strip().splitlines()]
    text = "\n".join(line for line in lines if line)[:MAX_ADDRESS_LENGTH]
    with vault.database.unit_of_work() as session:
        settings.put(session, settings.COMPANY_ADDRESS, text)


def normalise_logo(data: bytes) -> bytes:
    """The picture as the vault keeps it: a PNG at most STORED_LOGO_BOX, transparency kept.
    Refuses what is not a PNG or JPEG, files over 2 MB and pictures over 6000 px a side
    (checked from the header, before any pixel is decoded)."""
    from PIL import Image, UnidentifiedImageError

    if len(data) > MAX_LOGO_FILE_BYTES:
        raise LogoRefused(part="too_large", limit_mb=MAX_LOGO_FILE_BYTES // (1024 * 1024))
    try:
        with Image.open(io.BytesIO(data), formats=("PNG", "JPEG")) as image:
            width, height = image.size
            if width > MAX_LOGO_SIDE or height > MAX_LOGO_SIDE:
                raise LogoRefused(
                    part="too_many_pixels", width=width, height=height, limit=MAX_LOGO_SIDE
                )
            image.load()
            has_alpha = image.mode in ("RGBA", "LA", "PA") or "transparency" in image.info
            picture = image.convert("RGBA" if has_alpha else "RGB")
    except (UnidentifiedImageError, OSError, ValueError, Image.DecompressionBombError):
        raise LogoRefused(part="not_an_image") from None
    picture.thumbnail(STORED_LOGO_BOX)
    out = io.BytesIO()
    picture.save(out, format="PNG", optimize=True)
    return out.getvalue()


def set_logo(vault: UnlockedVault, data: bytes | None) -> None:
    """Saves the logo (None removes it). The audit trail records the picture's hash and size,
    not a copy of it: the setting is written past the ORM's automatic audit on purpose."""
    from sqlalchemy import delete, insert, update

    stored = normalise_logo(data) if data else None
    text = base64.b64encode(stored).decode("ascii") if stored else None
    with vault.database.unit_of_work() as session:
        old = _decode(settings.get(session, settings.COMPANY_LOGO))
        if old == stored:
            return
        table = VaultSetting.__table__
        key = settings.COMPANY_LOGO
        if text is None:
            session.execute(delete(table).where(table.c.key == key))
        elif old is None and session.get(VaultSetting, key) is None:
            session.execute(insert(table).values(key=key, value=text))
        else:
            session.execute(update(table).where(table.c.key == key).values(value=text))
        vault.database.audit.append(
            session,
            [Change("update", "vault_settings", key, {"value": [_facts(old), _facts(stored)]})],
        )


def _facts(logo: bytes | None) -> dict | None:
    if logo is None:
        return None
    return {"sha256": hashlib.sha256(logo).hexdigest(), "bytes": len(logo)}
