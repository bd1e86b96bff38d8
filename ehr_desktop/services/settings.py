"""Settings stored inside the vault (they travel with it): company name, address, logo and the
like."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from ehr_desktop.persistence.models import VaultSetting

COMPANY_NAME = "company.name"
COMPANY_ADDRESS = "company.address"  # printed under the name on every document
COMPANY_LOGO = "company.logo"  # base64 PNG, see services/company.py


def get(session: Session, key: str, default: str = "") -> str:
    value = session.scalar(select(VaultSetting.value).where(VaultSetting.key == key))
    return default if value is None else value


def put(session: Session, key: str, value: str) -> None:
    setting = session.get(VaultSetting, key)
    if setting is None:
        session.add(VaultSetting(key=key, value=value))
    elif setting.value != value:
        setting.value = value
