"""Builds tests/fixtures/schema-0001.ehrvault: an encrypted vault frozen at schema revision 0001.

The migration tests copy it, unlock it and check the upgrade to the newest schema. It is built
with the product's own pieces (key slots, engine, audit recorder) but the schema is brought only
to revision 0001, as a vault created by that release would be.

    .venv/bin/python scripts/make_fixture_vault.py            # refuses to overwrite
    .venv/bin/python scripts/make_fixture_vault.py --force    # rebuilds it

The passphrase and recovery key are fixed and documented in tests/fixtures/README.md. The data
key, salts and nonces are random, so the bytes differ on every run; the contents do not.
"""

from __future__ import annotations

import argparse
import hashlib
import os
import shutil
import sys
from pathlib import Path

from sqlalchemy import insert

from ehr_desktop.domain import recovery_key
from ehr_desktop.persistence import engine as engine_factory
from ehr_desktop.persistence import schema
from ehr_desktop.persistence.audit import Change, changes_for_rows
from ehr_desktop.persistence.database import VaultDatabase
from ehr_desktop.persistence.models import VaultSetting
from ehr_desktop.persistence.vault_files import VaultLayout
from ehr_desktop.security import kdf, keyslots

REPO = Path(__file__).resolve().parent.parent
TARGET = REPO / "tests" / "fixtures" / "schema-0001.ehrvault"
REVISION = "0001"
PASSPHRASE = "fixture-vault-passphrase-0001"
RECOVERY_SECRET = hashlib.sha256(b"ehr-desktop fixture vault schema-0001").digest()[:20]
VAULT_ID = "00000000-0000-4000-8000-000000000001"
CREATED_AT = "2026-11-27T00:00:00+00:00"
ACTOR = "fixture-builder"
# Cheap on purpose: the tests unlock copies of this vault many times. Real vaults calibrate.
KDF_PARAMS = kdf.Argon2Params(memory_kib=8 * 1024, iterations=3, lanes=1)
SETTINGS = [
    {"key": "company.name", "value": "夹具示例有限公司"},
    {"key": "fixture.schema", "value": REVISION},
]


def build(target: Path) -> str:
    """Writes the fixture vault to `target` and returns its formatted recovery key."""
    staging = target.with_name(f".{target.name}.building")
    shutil.rmtree(staging, ignore_errors=True)
    staging.mkdir(parents=True)
    layout = VaultLayout(staging)

    data_key = keyslots.new_data_key()
    slot_file = keyslots.SlotFile(vault_id=VAULT_ID, created_at=CREATED_AT)
    slot_file = slot_file.with_slot(slot_file.passphrase_slot(data_key, PASSPHRASE, KDF_PARAMS))
    slot_file = slot_file.with_slot(
        slot_file.secret_slot(keyslots.RECOVERY, data_key, RECOVERY_SECRET)
    )

    engine = engine_factory.create_vault_engine(layout.db, data_key)
    try:
        schema.upgrade(engine, REVISION)
    finally:
        engine.dispose()

    database = VaultDatabase(layout, VAULT_ID, data_key, ACTOR, migrate=False)
    try:
        if schema.current_revision(database.engine) != REVISION:
            raise SystemExit(f"expected schema {REVISION}")
        with database.unit_of_work() as session:
            database.audit.append(session, [Change("vault_created", "vault", VAULT_ID, {})])
        # Core, not the ORM: later models may have columns revision 0001 does not.
        with database.unit_of_work() as session:
            session.execute(insert(VaultSetting.__table__), SETTINGS)
            database.audit.append(session, changes_for_rows("vault_settings", SETTINGS, "key"))
    finally:
        database.close()
    keyslots.save(staging, slot_file)
    layout.lock.unlink(missing_ok=True)  # recreated on open; not part of the fixture

    shutil.rmtree(target, ignore_errors=True)
    os.replace(staging, target)
    return recovery_key.format_key(RECOVERY_SECRET)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--force", action="store_true", help="overwrite an existing fixture")
    parser.add_argument("--target", type=Path, default=TARGET, help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.target.exists() and not args.force:
        print(f"{args.target} exists; use --force to rebuild it", file=sys.stderr)
        return 1
    key = build(args.target)
    print(f"Built {args.target} at schema {REVISION}")
    print(f"Passphrase: {PASSPHRASE}")
    print(f"Recovery key: {key}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
