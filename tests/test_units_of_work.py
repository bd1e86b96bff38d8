"""One user action, one transaction: rows, audit entries and DDL commit or roll back together."""

import pytest
from sqlalchemy import func, inspect, select, text
from sqlalchemy.exc import IntegrityError

from ehr_desktop.domain.errors import VaultLocked
from ehr_desktop.persistence.models import AuditLogEntry, Employee
from ehr_desktop.services.verification import verify_database


class Boom(Exception):
    pass


def counts(database) -> tuple[int, int]:
    with database.reading() as session:
        return (
            session.scalar(select(func.count()).select_from(Employee)),
            session.scalar(select(func.count()).select_from(AuditLogEntry)),
        )


def test_exception_inside_unit_of_work_rolls_back_rows_and_audit_entries(new_vault, vault_path):
    database = new_vault.vault.database
    anchor_before = (vault_path / "audit-anchor.json").read_bytes()
    before = counts(database)
    with pytest.raises(Boom), database.unit_of_work() as session:
        session.add(Employee(employee_no="E-1", name="赵六"))
        session.flush()  # the row and its audit entry are written inside the transaction
        assert session.scalar(select(func.count()).select_from(AuditLogEntry)) == before[1] + 1
        raise Boom
    assert counts(database) == before
    assert (vault_path / "audit-anchor.json").read_bytes() == anchor_before


def test_chain_continues_cleanly_after_a_rollback(new_vault):
    database = new_vault.vault.database
    with pytest.raises(Boom), database.unit_of_work() as session:
        session.add(Employee(employee_no="E-1", name="赵六"))
        session.flush()
        raise Boom
    with database.unit_of_work() as session:
        session.add(Employee(employee_no="E-2", name="钱七"))
    assert counts(database) == (1, 2)
    assert verify_database(database).ok


def test_commit_writes_rows_audit_and_anchor_together(new_vault, vault_path):
    database = new_vault.vault.database
    with database.unit_of_work() as session:
        session.add_all([Employee(employee_no=f"E-{i}", name=f"员工{i}") for i in range(3)])
    assert counts(database) == (3, 4)
    assert '"last_id": 4' in (vault_path / "audit-anchor.json").read_text()


def test_failed_transaction_takes_its_ddl_with_it(new_vault):
    """The sqlite3 legacy-transaction trap: CREATE TABLE must not survive a rollback."""
    engine = new_vault.vault.database.engine
    with pytest.raises(Boom), engine.begin() as connection:
        connection.execute(text("CREATE TABLE half_done (id INTEGER PRIMARY KEY)"))
        connection.execute(text("INSERT INTO half_done VALUES (1)"))
        raise Boom
    with engine.connect() as connection:
        assert not inspect(connection).has_table("half_done")


def test_foreign_keys_are_enforced(new_vault):
    with pytest.raises(IntegrityError), new_vault.vault.database.unit_of_work() as session:
        session.add(Employee(employee_no="E-1", name="孙八", department_id=999))
    assert counts(new_vault.vault.database)[0] == 0


def test_closed_vault_refuses_work(new_vault):
    database = new_vault.vault.database
    new_vault.vault.close()
    with pytest.raises(VaultLocked), database.unit_of_work():
        pass
    with pytest.raises(VaultLocked), database.reading():
        pass
    with pytest.raises(VaultLocked):
        database.engine  # noqa: B018
    with pytest.raises(VaultLocked):
        database.data_key  # noqa: B018


def test_none_is_written_as_sql_null_in_bulk_and_through_the_orm(new_vault):
    # The engine registers an adapter for None (speed); it must still bind a real NULL.
    database = new_vault.vault.database
    with database.unit_of_work() as session:
        session.add(Employee(employee_no="E-1", name="赵六", mobile=None))
        session.connection().exec_driver_sql(
            "INSERT INTO positions (title, job_family, retired) VALUES (?, ?, 0)", ("岗位", None)
        )
    with database.reading() as session:
        read = session.connection().exec_driver_sql
        kinds = read("SELECT typeof(mobile), typeof(email) FROM employees").one()
        unset = read("SELECT count(*) FROM positions WHERE job_family IS NULL").scalar()
    assert kinds == ("null", "null")
    assert unset == 1
