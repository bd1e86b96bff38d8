"""The audit trail in a real vault: field-level entries, append-only triggers, tamper detection."""

import datetime as dt
import json

import pytest
from sqlalchemy import text
from sqlalchemy.exc import DBAPIError

from ehr_desktop.domain.audit_chain import canonical_detail
from ehr_desktop.persistence import audit
from ehr_desktop.persistence.audit import changes_for_rows
from ehr_desktop.persistence.engine import raw_connection
from ehr_desktop.persistence.models import Department, Employee
from ehr_desktop.services import settings
from ehr_desktop.services.verification import CheckName, verify_database


def all_entries(database) -> list[audit.AuditEntry]:
    with database.engine.connect() as connection:
        return list(audit.entries(connection))


def chain_result(database):
    report = verify_database(database)
    (result,) = [r for r in report.results if r.check is CheckName.AUDIT_CHAIN]
    return report, result


def add_employees(database, count: int) -> None:
    with database.unit_of_work() as session:
        session.add_all([Employee(employee_no=f"E-{i}", name=f"员工{i}") for i in range(count)])


def test_orm_create_update_delete_record_old_and_new_values(new_vault):
    database = new_vault.vault.database
    with database.unit_of_work() as session:
        department = Department(name="人力资源部")
        session.add(department)
        session.flush()
        session.add(
            Employee(
                employee_no="E-1",
                name="张三",
                birth_date=dt.date(1990, 1, 2),
                department_id=department.id,
            )
        )
    with database.unit_of_work() as session:
        employee = session.get(Employee, 1)
        employee.name = "李四"
        employee.mobile = "13800000000"
    with database.unit_of_work() as session:
        session.delete(session.get(Employee, 1))

    created, updated, deleted = all_entries(database)[-3:]
    assert (created.action, created.entity, created.entity_id) == ("create", "employees", "1")
    created_fields = json.loads(created.detail)
    assert created_fields["name"] == [None, "张三"]
    assert created_fields["birth_date"] == [None, "1990-01-02"]
    assert created_fields["department_id"] == [None, 1]
    assert "mobile" not in created_fields  # None values are not listed

    assert (updated.action, updated.entity_id) == ("update", "1")
    assert json.loads(updated.detail) == {"name": ["张三", "李四"], "mobile": [None, "13800000000"]}

    assert (deleted.action, deleted.entity_id) == ("delete", "1")
    deleted_fields = json.loads(deleted.detail)
    assert deleted_fields["name"] == ["李四", None]
    assert deleted_fields["mobile"] == ["13800000000", None]
    assert {created.actor, updated.actor, deleted.actor} == {database.audit.actor}


def test_unchanged_update_records_nothing(new_vault):
    database = new_vault.vault.database
    add_employees(database, 1)
    before = len(all_entries(database))
    with database.unit_of_work() as session:
        session.get(Employee, 1).name = "员工0"
    assert len(all_entries(database)) == before


def test_vault_settings_are_audited(new_vault):
    database = new_vault.vault.database
    with database.unit_of_work() as session:
        settings.put(session, settings.COMPANY_NAME, "星河")
    with database.unit_of_work() as session:
        settings.put(session, settings.COMPANY_NAME, "星河科技")
    with database.reading() as session:
        assert settings.get(session, settings.COMPANY_NAME) == "星河科技"
        assert settings.get(session, "missing", "fallback") == "fallback"
    *_, created, updated = all_entries(database)
    assert (created.entity, created.entity_id, created.action) == (
        "vault_settings",
        "company.name",
        "create",
    )
    assert json.loads(updated.detail) == {"value": ["星河", "星河科技"]}


def test_bulk_rows_are_audited_explicitly(new_vault):
    database = new_vault.vault.database
    rows = [{"id": 7, "name": "测试部", "code": None, "sort_order": 1}]
    with database.unit_of_work() as session:
        session.execute(Department.__table__.insert(), rows)
        assert database.audit.append(session, changes_for_rows("departments", rows)) == 1
    last = all_entries(database)[-1]
    assert (last.action, last.entity, last.entity_id) == ("create", "departments", "7")
    assert json.loads(last.detail) == {
        "id": [None, 7],
        "name": [None, "测试部"],
        "sort_order": [None, 1],
    }
    assert verify_database(database).ok


def test_bulk_rows_audited_in_one_run_read_as_the_explicit_changes(new_vault):
    database = new_vault.vault.database
    rows = [
        {"id": n, "name": f"部门{n}", "code": None, "sort_order": n,
         "established_on": dt.date(2024, 1, n)}
        for n in range(1, 4)
    ]  # fmt: skip
    with database.unit_of_work() as session:
        audit.insert_rows(session, "departments", rows)
        assert database.audit.append_created(session, "departments", rows) == 3
    entries = all_entries(database)[-3:]
    expected = changes_for_rows("departments", rows)
    assert [(e.action, e.entity, e.entity_id) for e in entries] == [
        ("create", "departments", c.entity_id) for c in expected
    ]
    assert [json.loads(e.detail) for e in entries] == [c.fields for c in expected]
    # Byte for byte what the ORM path writes: keys sorted, no spaces, dates as ISO text.
    assert [e.detail for e in entries] == [canonical_detail(c.fields) for c in expected]
    assert verify_database(database).ok


def test_bytes_are_recorded_as_a_digest_not_as_content(new_vault):
    database = new_vault.vault.database
    with database.unit_of_work() as session:
        database.audit.append(session, changes_for_rows("files", [{"id": 1, "data": b"secret"}]))
    entry = all_entries(database)[-1]
    assert json.loads(entry.detail)["data"][1]["bytes"] == 6
    assert "secret" not in entry.detail


@pytest.mark.parametrize(
    "statement",
    ["UPDATE audit_log SET detail = '{}' WHERE id = 1", "DELETE FROM audit_log WHERE id = 1"],
)
def test_database_refuses_to_change_or_delete_audit_entries(new_vault, statement):
    engine = new_vault.vault.database.engine
    with pytest.raises(DBAPIError, match="append-only"), engine.begin() as connection:
        connection.execute(text(statement))
    assert verify_database(new_vault.vault.database).ok


def tamper(vault, *statements: str) -> None:
    """What someone holding the key could do: drop the triggers and rewrite history."""
    connection = raw_connection(vault.layout.db, vault.database.data_key)
    try:
        connection.execute("DROP TRIGGER audit_log_no_update")
        connection.execute("DROP TRIGGER audit_log_no_delete")
        for statement in statements:
            connection.execute(statement)
    finally:
        connection.close()


def test_verification_catches_an_edited_audit_entry(new_vault):
    database = new_vault.vault.database
    add_employees(database, 5)
    tamper(
        new_vault.vault, """UPDATE audit_log SET detail = '{"name":[null,"nobody"]}' WHERE id = 3"""
    )
    report, result = chain_result(database)
    assert not report.ok
    assert (result.ok, result.problem, result.at) == (False, "broken", "3")


def test_verification_catches_a_deleted_middle_entry(new_vault):
    database = new_vault.vault.database
    add_employees(database, 5)
    tamper(new_vault.vault, "DELETE FROM audit_log WHERE id = 3")
    _report, result = chain_result(database)
    assert (result.ok, result.problem, result.at) == (False, "gap", "4")


def test_verification_catches_a_cut_off_tail(new_vault):
    database = new_vault.vault.database
    add_employees(database, 5)
    last_id = all_entries(database)[-1].id
    tamper(new_vault.vault, f"DELETE FROM audit_log WHERE id > {last_id - 2}")
    report, result = chain_result(database)
    assert not report.ok
    assert (result.ok, result.problem, result.at) == (False, "tail_cut", str(last_id))


def test_verification_catches_an_anchor_that_does_not_match(new_vault, vault_path):
    database = new_vault.vault.database
    add_employees(database, 2)
    anchor = json.loads((vault_path / "audit-anchor.json").read_text())
    anchor["last_mac"] = "0" * 64
    (vault_path / "audit-anchor.json").write_text(json.dumps(anchor))
    _report, result = chain_result(database)
    assert (result.ok, result.problem) == (False, "anchor_mismatch")


def test_verification_reports_an_unreadable_anchor(new_vault, vault_path):
    add_employees(new_vault.vault.database, 2)
    (vault_path / "audit-anchor.json").write_text("{garbage")
    report, result = chain_result(new_vault.vault.database)
    assert not report.ok
    assert (result.ok, result.problem) == (False, "anchor_mismatch")


def test_healthy_vault_reports_every_check(new_vault):
    add_employees(new_vault.vault.database, 3)
    report = verify_database(new_vault.vault.database)
    assert report.ok
    assert [r.check for r in report.results] == list(CheckName)
    assert report.results[-1].count == 4
