"""Migration 0004: the KPI tables come and go with their revision; old vaults gain them."""

from alembic import command
from alembic.config import Config
from sqlalchemy import inspect

from ehr_desktop.persistence import schema

KPI_TABLES = {
    "kpi_templates",
    "kpi_template_versions",
    "kpi_cycles",
    "kpi_forms",
    "kpi_inputs",
    "kpi_form_items",
    "kpi_log",
}


def _config(connection) -> Config:
    config = Config()
    config.set_main_option("script_location", "ehr_desktop.persistence:migrations")
    config.attributes["connection"] = connection
    return config


def _shape(engine) -> tuple[set[str], set[str], set[str]]:
    with engine.connect() as connection:
        found = inspect(connection)
        tables = set(found.get_table_names())
        columns = {c["name"] for c in found.get_columns("attachments")}
        triggers = {
            row[0]
            for row in connection.exec_driver_sql(
                "SELECT name FROM sqlite_schema WHERE type = 'trigger'"
            )
        }
    return tables, columns, triggers


def test_0004_downgrades_to_0003_and_upgrades_again(new_vault):
    engine = new_vault.vault.database.engine
    assert schema.head_revision() == "0004"
    tables, columns, triggers = _shape(engine)
    assert tables >= KPI_TABLES and "kpi_form_id" in columns
    assert {
        "kpi_template_versions_frozen_update",
        "kpi_template_versions_frozen_delete",
    } <= triggers

    with engine.connect() as connection:
        command.downgrade(_config(connection), "0003")
        connection.commit()
    tables, columns, triggers = _shape(engine)
    assert not KPI_TABLES & tables and "kpi_form_id" not in columns
    assert not {t for t in triggers if t.startswith("kpi_")}
    assert "attachments" in tables

    schema.upgrade(engine)
    assert _shape(engine)[0] >= KPI_TABLES
    assert schema.current_revision(engine) == "0004"
