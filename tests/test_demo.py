"""The demo vault: 300 fake people who look right and a vault that verifies."""

import datetime as dt
from collections import Counter

import pytest
from sqlalchemy import select
from support.vault_helpers import PASSPHRASE

from ehr_desktop.domain import id_number
from ehr_desktop.persistence.models import Department, Employee, EmploymentEvent
from ehr_desktop.services import demo, settings, vaults
from ehr_desktop.services.progress import Cancelled, Progress
from ehr_desktop.services.verification import verify_database

TODAY = dt.date(2026, 11, 27)
VOLATILE = {"created_at", "updated_at", "recorded_at", "recorded_by"}


@pytest.fixture
def demo_vault(new_vault):
    summary = demo.populate(new_vault.vault, 300, seed=7, today=TODAY)
    return new_vault.vault, summary


def rows(vault, model) -> list[dict]:
    with vault.database.reading() as session:
        return [
            {c.key: getattr(obj, c.key) for c in model.__table__.columns if c.key not in VOLATILE}
            for obj in session.scalars(select(model).order_by(model.id))
        ]


def test_demo_vault_verifies(demo_vault):
    vault, summary = demo_vault
    assert summary.employees == 300
    assert summary.departments == len(demo.DEPARTMENTS)
    report = verify_database(vault.database)
    assert report.ok, report.results
    with vault.database.reading() as session:
        assert settings.get(session, settings.COMPANY_NAME) == demo.DEMO_COMPANY


def test_every_resident_id_is_valid_and_matches_birth_date_and_gender(demo_vault):
    vault, _ = demo_vault
    employees = rows(vault, Employee)
    assert len(employees) == 300
    for employee in employees:
        parsed = id_number.parse(employee["id_number"], today=TODAY)
        assert isinstance(parsed, id_number.ResidentId), employee["id_number"]
        assert parsed.birth_date == employee["birth_date"]
        assert employee["gender"] == ("M" if parsed.is_male else "F")
    assert len({e["id_number"] for e in employees}) == 300


def test_employee_numbers_and_mobiles_are_unique(demo_vault):
    employees = rows(demo_vault[0], Employee)
    assert len({e["employee_no"] for e in employees}) == len(employees)
    assert len({e["mobile"] for e in employees}) == len(employees)


def test_every_department_with_members_has_a_current_head_from_that_department(demo_vault):
    vault, _ = demo_vault
    employees = {e["id"]: e for e in rows(vault, Employee)}
    departments = rows(vault, Department)
    members = Counter(e["department_id"] for e in employees.values())
    for department in departments:
        if members[department["id"]]:
            head = department["head_employee_id"]
            assert head is not None, department["name"]
            assert employees[head]["department_id"] == department["id"]
            assert employees[head]["status"] != "left", f"{department['name']} led by a leaver"


def test_people_who_left_have_a_leave_date_and_others_do_not(demo_vault):
    employees = rows(demo_vault[0], Employee)
    statuses = Counter(e["status"] for e in employees)
    assert statuses["left"] > 0
    assert set(statuses) <= {"probation", "active", "on_leave", "left"}
    for employee in employees:
        if employee["status"] == "left":
            assert employee["leave_date"] is not None
            assert employee["hire_date"] < employee["leave_date"] <= TODAY
        else:
            assert employee["leave_date"] is None


def test_lifecycle_events_start_with_the_hire(demo_vault):
    vault, summary = demo_vault
    events = rows(vault, EmploymentEvent)
    assert len(events) == summary.events
    employees = {e["id"]: e for e in rows(vault, Employee)}
    first = {}
    for event in events:
        first.setdefault(event["employee_id"], event)
    assert set(first) == set(employees)
    for event in first.values():
        assert event["kind"] == "hire"


def test_stored_current_state_is_what_the_events_say(demo_vault):
    """The demo writes derived columns in bulk; replaying each file must give the same."""
    from ehr_desktop.services import lifecycle

    vault, _summary = demo_vault
    derived = ("status", "department_id", "position_id", "grade", "monthly_salary_cents",
               "hire_date", "leave_date", "probation_end")  # fmt: skip
    stored = {e["id"]: e for e in rows(vault, Employee)}
    with vault.database.reading() as session:
        for employee in session.scalars(select(Employee)):
            lifecycle.recompute(session, employee, today=TODAY)
            replayed = {key: getattr(employee, key) for key in derived}
            assert replayed == {key: stored[employee.id][key] for key in derived}, employee.id
        session.rollback()


def test_demo_files_have_contracts_records_and_a_million_events_scale(demo_vault):
    from ehr_desktop.persistence.models import Contract, EmployeeRecord

    vault, summary = demo_vault
    assert summary.events / summary.employees >= 8  # ~1,000,000 events at 100,000 people
    contracts = rows(vault, Contract)
    assert {c["contract_type"] for c in contracts} >= {"fixed_term", "open_ended"}
    assert any(c["renews_id"] for c in contracts)
    kinds = Counter(r["kind"] for r in rows(vault, EmployeeRecord))
    assert kinds["education"] == summary.employees and kinds["certificate"] > 0


def test_same_seed_gives_the_same_people(tmp_path, demo_vault):
    other = vaults.create_vault(tmp_path / "Again.ehrvault", PASSPHRASE)
    try:
        demo.populate(other.vault, 300, seed=7, today=TODAY)
        assert rows(other.vault, Employee) == rows(demo_vault[0], Employee)
        assert rows(other.vault, EmploymentEvent) == rows(demo_vault[0], EmploymentEvent)
    finally:
        other.vault.close()


def test_another_seed_gives_other_people(tmp_path, demo_vault):
    other = vaults.create_vault(tmp_path / "Other.ehrvault", PASSPHRASE)
    try:
        demo.populate(other.vault, 300, seed=8, today=TODAY)
        assert rows(other.vault, Employee) != rows(demo_vault[0], Employee)
    finally:
        other.vault.close()


def test_demo_refuses_a_vault_that_already_has_people(demo_vault):
    with pytest.raises(ValueError):
        demo.populate(demo_vault[0], 10, today=TODAY)


def test_cancelled_demo_leaves_the_vault_empty(new_vault):
    progress = Progress(is_cancelled=lambda: True)
    with pytest.raises(Cancelled):
        demo.populate(new_vault.vault, 600, today=TODAY, progress=progress)
    assert rows(new_vault.vault, Employee) == []
    assert verify_database(new_vault.vault.database).ok


def test_progress_is_reported_up_to_the_total(new_vault):
    reports = []
    demo.populate(
        new_vault.vault,
        120,
        today=TODAY,
        progress=Progress(report=lambda d, t: reports.append((d, t))),
    )
    assert reports[-1] == (120, 120)
