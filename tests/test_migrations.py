"""Schema upgrades: the checked-in 0001 vault upgrades to head; a failed upgrade changes nothing."""

import importlib.util
import shutil
from pathlib import Path

import alembic.op
import pytest
import sqlalchemy as sa
from alembic.autogenerate import compare_metadata
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import select

from ehr_desktop.domain.errors import MigrationFailed, VaultDamaged, VaultTooNew
from ehr_desktop.persistence import audit, schema
from ehr_desktop.persistence.database import VaultDatabase
from ehr_desktop.persistence.engine import raw_connection
from ehr_desktop.persistence.models import Base, Employee, VaultSetting
from ehr_desktop.persistence.vault_files import PLAINTEXT_HEADER, VaultLayout
from ehr_desktop.security import keyslots
from ehr_desktop.services import settings, vaults
from ehr_desktop.services.verification import verify_database

FIXTURE = Path(__file__).parent / "fixtures" / "schema-0001.ehrvault"
FIXTURE_PASSPHRASE = "fixture-vault-passphrase-0001"
FIXTURE_RECOVERY_KEY = "VAN6-WBBC-V3AT-PHCA-08YT-9C5Q-Y7QS-3CNY-K2YF"
FIXTURE_VAULT_ID = "00000000-0000-4000-8000-000000000001"


@pytest.fixture
def old_vault(tmp_path: Path) -> Path:
    """A private copy of the 0001 fixture (unlocking upgrades in place)."""
    copy = tmp_path / "Old.ehrvault"
    shutil.copytree(FIXTURE, copy)
    return copy


def schema_objects(db: Path, data_key: bytes) -> list[tuple]:
    connection = raw_connection(db, data_key)
    try:
        return connection.execute(
            "SELECT type, name, tbl_name, sql FROM sqlite_schema ORDER BY name"
        ).fetchall()
    finally:
        connection.close()


def data_key_of(folder: Path) -> bytes:
    return keyslots.unlock_with_passphrase(folder, FIXTURE_PASSPHRASE)[1]


def test_fixture_holds_only_the_vault_files():
    """No -wal, -shm, lock or safety copy: nothing has opened the checked-in fixture in place."""
    assert sorted(p.name for p in FIXTURE.iterdir()) == [
        "audit-anchor.json",
        "keyslots.backup.json",
        "keyslots.json",
        "vault.ehrdb",
    ]


def test_fixture_is_still_at_revision_0001(old_vault):
    database = VaultDatabase(
        VaultLayout(old_vault), FIXTURE_VAULT_ID, data_key_of(old_vault), "t", migrate=False
    )
    try:
        assert schema.current_revision(database.engine) == "0001"
        assert schema.needs_upgrade(database.engine)
    finally:
        database.close()
    assert not (old_vault / "safety-copies").exists()


def test_fixture_upgrades_to_head_after_an_encrypted_safety_copy(old_vault):
    vault = vaults.unlock_with_passphrase(old_vault, FIXTURE_PASSPHRASE)
    try:
        assert vault.vault_id == FIXTURE_VAULT_ID
        assert schema.current_revision(vault.database.engine) == schema.head_revision()
        copy = vault.database.upgraded_from_copy
        assert copy is not None
        assert copy.parent == old_vault / "safety-copies"
        assert copy.name.startswith("before-upgrade-from-0001-")
        report = verify_database(vault.database)
        assert report.ok, report.results
        with vault.database.reading() as session:
            assert settings.get(session, settings.COMPANY_NAME) == "夹具示例有限公司"
        with vault.database.engine.connect() as connection:
            actions = [e.action for e in audit.entries(connection)]
        assert actions == ["vault_created", "create", "create"]
    finally:
        vault.close()

    raw = copy.read_bytes()
    assert not raw.startswith(PLAINTEXT_HEADER)
    assert b"SQLite format 3" not in raw
    assert "夹具示例".encode() not in raw
    # The safety copy is the vault as it was: same key, still at 0001.
    pristine = old_vault.with_name("Pristine.ehrvault")
    shutil.copytree(FIXTURE, pristine)  # never open the checked-in fixture itself
    assert schema_objects(copy, data_key_of(old_vault)) == schema_objects(
        pristine / "vault.ehrdb", data_key_of(pristine)
    )


def test_upgraded_fixture_takes_new_data_and_keeps_its_chain(old_vault):
    vault = vaults.unlock_with_passphrase(old_vault, FIXTURE_PASSPHRASE)
    try:
        with vault.database.unit_of_work() as session:
            session.add(Employee(employee_no="E-1", name="周九"))
        assert verify_database(vault.database).ok
    finally:
        vault.close()
    again = vaults.unlock_with_passphrase(old_vault, FIXTURE_PASSPHRASE)
    try:
        assert again.database.upgraded_from_copy is None  # nothing left to upgrade
        assert len(list((old_vault / "safety-copies").iterdir())) == 1
    finally:
        again.close()


def test_fixture_recovery_key_is_the_documented_one(old_vault):
    vaults.unlock_with_recovery_key(old_vault, FIXTURE_RECOVERY_KEY.lower()).close()


def test_migration_failing_midway_leaves_the_schema_untouched(old_vault, monkeypatch):
    """Given 0002 dies after creating tables, the vault is exactly the 0001 vault it was."""
    data_key = data_key_of(old_vault)
    before = schema_objects(old_vault / "vault.ehrdb", data_key)
    real_create_table = alembic.op.create_table

    def create_table_then_fail(name, *columns, **kwargs):
        if name == "employees":  # positions and departments already exist by now
            real_create_table("half_done", sa.Column("id", sa.Integer, primary_key=True))
            raise RuntimeError("simulated failure inside migration 0002")
        return real_create_table(name, *columns, **kwargs)

    monkeypatch.setattr(alembic.op, "create_table", create_table_then_fail)
    with pytest.raises(MigrationFailed) as caught:
        vaults.unlock_with_passphrase(old_vault, FIXTURE_PASSPHRASE)
    assert caught.value.facts["reason"] == "RuntimeError"
    assert Path(caught.value.facts["safety_copy"]).is_file()

    after = schema_objects(old_vault / "vault.ehrdb", data_key)
    assert after == before
    names = {row[1] for row in after}
    assert not names & {"half_done", "positions", "departments", "employees"}
    # The failed open closed every connection and released the lock.
    assert not (old_vault / "vault.ehrdb-wal").exists()

    monkeypatch.undo()
    vault = vaults.unlock_with_passphrase(old_vault, FIXTURE_PASSPHRASE)
    try:
        assert schema.current_revision(vault.database.engine) == schema.head_revision()
        assert verify_database(vault.database).ok
    finally:
        vault.close()


def test_vault_from_a_newer_app_is_refused_untouched(old_vault):
    data_key = data_key_of(old_vault)
    connection = raw_connection(old_vault / "vault.ehrdb", data_key)
    connection.execute("UPDATE alembic_version SET version_num = '9999'")
    connection.close()
    before = schema_objects(old_vault / "vault.ehrdb", data_key)
    with pytest.raises(VaultTooNew):
        vaults.unlock_with_passphrase(old_vault, FIXTURE_PASSPHRASE)
    assert schema_objects(old_vault / "vault.ehrdb", data_key) == before
    assert not (old_vault / "safety-copies").exists()


def test_database_without_a_schema_version_is_damaged(old_vault):
    connection = raw_connection(old_vault / "vault.ehrdb", data_key_of(old_vault))
    connection.execute("DROP TABLE alembic_version")
    connection.close()
    with pytest.raises(VaultDamaged) as caught:
        vaults.unlock_with_passphrase(old_vault, FIXTURE_PASSPHRASE)
    assert caught.value.facts["part"] == "schema"


def test_safety_copies_in_quick_succession_are_distinct_and_pruned(new_vault, tmp_path):
    engine = new_vault.vault.database.engine
    folder = tmp_path / "copies"
    made = [
        schema.safety_copy(engine, folder, "test") for _ in range(schema.KEEP_SAFETY_COPIES + 2)
    ]
    assert len(set(made)) == len(made)
    assert sorted(folder.iterdir()) == made[-schema.KEEP_SAFETY_COPIES :]


def test_orm_models_and_migrated_schema_agree(new_vault):
    """Autogenerate finds nothing to do on a fresh vault: models and migrations describe one schema.

    Nothing is filtered out; types and server defaults are compared too.
    """
    with new_vault.vault.database.engine.connect() as connection:
        context = MigrationContext.configure(
            connection, opts={"compare_type": True, "compare_server_default": True}
        )
        assert compare_metadata(context, Base.metadata) == []


def test_migrations_form_one_line_from_the_fixture_revision_to_head():
    config = Config()
    config.set_main_option("script_location", "ehr_desktop.persistence:migrations")
    script = ScriptDirectory.from_config(config)
    assert script.get_bases() == ["0001"]
    assert script.get_heads() == [schema.head_revision()]
    assert "0001" in schema.known_revisions()


def test_settings_written_at_0001_are_readable_through_the_current_model(old_vault):
    vault = vaults.unlock_with_passphrase(old_vault, FIXTURE_PASSPHRASE)
    try:
        with vault.database.reading() as session:
            keys = session.scalars(select(VaultSetting.key).order_by(VaultSetting.key)).all()
        assert keys == ["company.name", "fixture.schema"]
    finally:
        vault.close()


def test_fixture_script_rebuilds_an_equivalent_vault(tmp_path, old_vault):
    script_path = Path(__file__).parent.parent / "scripts" / "make_fixture_vault.py"
    spec = importlib.util.spec_from_file_location("make_fixture_vault", script_path)
    script = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(script)

    rebuilt = tmp_path / "Rebuilt.ehrvault"
    assert script.build(rebuilt) == FIXTURE_RECOVERY_KEY
    assert sorted(p.name for p in rebuilt.iterdir()) == sorted(p.name for p in FIXTURE.iterdir())
    assert schema_objects(rebuilt / "vault.ehrdb", data_key_of(rebuilt)) == schema_objects(
        old_vault / "vault.ehrdb", data_key_of(old_vault)
    )
