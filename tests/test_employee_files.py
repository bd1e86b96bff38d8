"""Employee files through the services: onboarding, the lifecycle, corrections, validation,
contracts, records, attachments, reveal auditing, the list query and reminders."""

from __future__ import annotations

import datetime as dt
import json

import pytest
from sqlalchemy import select

from ehr_desktop.domain import id_number
from ehr_desktop.domain.errors import (
    AttachmentTooLarge,
    InvalidInput,
    LifecycleRefused,
    OrganizationRefused,
)
from ehr_desktop.domain.lifecycle import Kind
from ehr_desktop.domain.people import EmergencyContact, PersonalData
from ehr_desktop.persistence.models import AuditLogEntry
from ehr_desktop.services import (
    attachments,
    employee_list,
    employees,
    lifecycle,
    organization,
    reminders,
)
from ehr_desktop.services.lifecycle import ContractInput, EventInput, OnboardInput

TODAY = dt.date(2026, 11, 27)


def resident_id(born: dt.date, serial: int = 12, male: bool = True, region: str = "110101") -> str:
    sequence = serial * 10 + (1 if male else 2)
    first17 = f"{region}{born:%Y%m%d}{sequence:03d}"
    return first17 + id_number.check_digit(first17)


def person(no: str = "E001", name: str = "张三", **overrides) -> PersonalData:
    born = overrides.pop("birth_date", dt.date(1990, 5, 17))
    male = overrides.pop("male", True)
    values = {
        "employee_no": no,
        "name": name,
        "gender": "M" if male else "F",
        "birth_date": born,
        "id_number": resident_id(born, serial=int(no[-3:]) % 99, male=male),
        "mobile": "138 0013 8000",
    }
    values.update(overrides)
    return PersonalData(**values)


@pytest.fixture
def org(new_vault):
    vault = new_vault.vault
    sales = organization.create_department(vault, "销售部", None, dt.date(2015, 1, 1))
    east = organization.create_department(vault, "华东区", sales, dt.date(2015, 1, 1))
    rd = organization.create_department(vault, "研发中心", None, dt.date(2015, 1, 1))
    rep = organization.add_position(vault, "销售代表", "销售", "P2")
    eng = organization.add_position(vault, "软件工程师", "研发", "P3")
    return vault, {"sales": sales, "east": east, "rd": rd, "rep": rep, "eng": eng}


def hire(vault, ids, no="E001", name="张三", on=dt.date(2020, 3, 2), probation=True, **kw):
    return lifecycle.onboard(
        vault,
        OnboardInput(
            personal=person(no, name, **kw),
            hire_date=on,
            department_id=ids["east"],
            position_id=ids["rep"],
            grade="P2",
            monthly_salary_cents=800_000,
            probation_end=on + dt.timedelta(days=90) if probation else None,
            contract=ContractInput(
                "fixed_term", on, dt.date(on.year + 3, on.month, 1) - dt.timedelta(days=1)
            ),
        ),
        today=TODAY,
    )


def test_onboarding_creates_file_hire_event_and_contract(org):
    vault, ids = org
    employee_id = hire(vault, ids)
    file = employees.load_file(vault, employee_id, today=TODAY)
    assert file.personal.name == "张三"
    assert file.personal.mobile == "13800138000"  # cleaned
    assert file.job.status == "probation"
    assert file.job.department == "销售部/华东区"
    assert [t.kind for t in file.timeline] == ["hire", "contract_signing"]
    assert len(file.contracts) == 1 and file.contracts[0].is_current is False  # ended 2023


def test_current_state_is_derived_from_events_and_backdated_events_recompute(org):
    vault, ids = org
    employee_id = hire(vault, ids)
    lifecycle.record_event(
        vault, employee_id, EventInput(Kind.CONFIRMATION, dt.date(2020, 6, 1)), today=TODAY
    )
    lifecycle.record_event(
        vault,
        employee_id,
        EventInput(Kind.SALARY_CHANGE, dt.date(2024, 1, 1), {"monthly_salary_cents": 1_000_000}),
        today=TODAY,
    )
    # Given a transfer recorded today but effective in 2022 (back-dated), and a promotion in 2023
    lifecycle.record_event(
        vault,
        employee_id,
        EventInput(
            Kind.PROMOTION, dt.date(2023, 1, 1), {"grade": "P3", "monthly_salary_cents": 900_000}
        ),
        today=TODAY,
    )
    lifecycle.record_event(
        vault,
        employee_id,
        EventInput(
            Kind.TRANSFER,
            dt.date(2022, 1, 1),
            {"department_id": ids["rd"], "position_id": ids["eng"]},
        ),
        today=TODAY,
    )
    job = employees.load_file(vault, employee_id, today=TODAY).job
    assert (job.status, job.department, job.position, job.grade) == (
        "active",
        "研发中心",
        "软件工程师",
        "P3",
    )
    # The 2024 salary change wins over the 2023 promotion: date order, not entry order.
    assert job.monthly_salary_cents == 1_000_000


def test_future_dated_resignation_changes_state_only_when_due(org):
    vault, ids = org
    employee_id = hire(vault, ids, probation=False)
    lifecycle.offboard(
        vault,
        employee_id,
        Kind.RESIGNATION,
        TODAY + dt.timedelta(days=30),
        reason="个人发展",
        voluntary=True,
        today=TODAY,
    )
    assert employees.load_file(vault, employee_id, today=TODAY).job.status == "active"
    later = TODAY + dt.timedelta(days=31)
    with vault.database.unit_of_work() as session:
        from ehr_desktop.persistence.models import Employee

        lifecycle.recompute(session, session.get(Employee, employee_id), today=later)
    assert employees.load_file(vault, employee_id, today=later).job.status == "left"


def test_leave_before_hire_and_confirmation_twice_are_refused_and_nothing_is_saved(org):
    vault, ids = org
    employee_id = hire(vault, ids)
    before = employees.load_file(vault, employee_id, today=TODAY)
    with pytest.raises(LifecycleRefused) as refused:
        lifecycle.offboard(
            vault,
            employee_id,
            Kind.RESIGNATION,
            dt.date(2019, 1, 1),
            reason="x",
            voluntary=True,
            today=TODAY,
        )
    assert refused.value.facts["rule"] == "before_hire"
    lifecycle.record_event(
        vault, employee_id, EventInput(Kind.CONFIRMATION, dt.date(2020, 6, 1)), today=TODAY
    )
    with pytest.raises(LifecycleRefused) as refused:
        lifecycle.record_event(
            vault, employee_id, EventInput(Kind.CONFIRMATION, dt.date(2020, 7, 1)), today=TODAY
        )
    assert refused.value.facts["rule"] == "not_on_probation"
    after = employees.load_file(vault, employee_id, today=TODAY)
    assert len(after.timeline) == len(before.timeline) + 1


def test_probation_end_before_hire_is_refused(org):
    vault, ids = org
    with pytest.raises(LifecycleRefused) as refused:
        lifecycle.onboard(
            vault,
            OnboardInput(
                person(),
                dt.date(2020, 3, 2),
                ids["east"],
                ids["rep"],
                "P2",
                800_000,
                probation_end=dt.date(2020, 3, 1),
            ),
            today=TODAY,
        )
    assert refused.value.facts["rule"] == "probation_end_before_start"
    assert employee_list.source(vault, employee_list.ListQuery(statuses=())).count() == 0


def test_rehire_after_leaving_starts_a_new_employment_and_keeps_the_first_hire(org):
    vault, ids = org
    employee_id = hire(vault, ids, probation=False)
    lifecycle.offboard(
        vault,
        employee_id,
        Kind.RESIGNATION,
        dt.date(2022, 5, 31),
        reason="家庭原因",
        voluntary=True,
        today=TODAY,
    )
    with pytest.raises(LifecycleRefused) as refused:
        lifecycle.record_event(
            vault, employee_id, EventInput(Kind.HIRE, dt.date(2024, 1, 1)), today=TODAY
        )
    assert refused.value.facts["rule"] == "use_rehire"
    lifecycle.record_event(
        vault,
        employee_id,
        EventInput(
            Kind.REHIRE,
            dt.date(2024, 1, 2),
            {"department_id": ids["rd"], "probation_end": dt.date(2024, 4, 1)},
        ),
        today=TODAY,
    )
    job = employees.load_file(vault, employee_id, today=TODAY).job
    assert (job.status, job.hire_date, job.first_hire_date, job.leave_date) == (
        "probation",
        dt.date(2024, 1, 2),
        dt.date(2020, 3, 2),
        None,
    )  # a probation past its end stays open until the officer confirms or extends it


def test_correction_replaces_an_event_and_both_stay_on_record(org):
    vault, ids = org
    employee_id = hire(vault, ids, probation=False)
    wrong = lifecycle.record_event(
        vault,
        employee_id,
        EventInput(Kind.SALARY_CHANGE, dt.date(2024, 1, 1), {"monthly_salary_cents": 9_999_900}),
        today=TODAY,
    )
    lifecycle.correct_event(
        vault,
        wrong,
        EventInput(
            Kind.SALARY_CHANGE,
            dt.date(2024, 1, 1),
            {"monthly_salary_cents": 999_900},
            reason="typo",
        ),
        today=TODAY,
    )
    file = employees.load_file(vault, employee_id, today=TODAY)
    assert file.job.monthly_salary_cents == 999_900
    replaced = next(t for t in file.timeline if t.id == wrong)
    assert not replaced.is_effective and replaced.replaced_by_id is not None
    with pytest.raises(LifecycleRefused):
        lifecycle.correct_event(
            vault,
            wrong,
            EventInput(Kind.SALARY_CHANGE, dt.date(2024, 1, 1), {"monthly_salary_cents": 1}),
            today=TODAY,
        )
    # Withdrawing the corrected one brings back the hire salary.
    lifecycle.withdraw_event(vault, replaced.replaced_by_id, "entered twice", today=TODAY)
    assert employees.load_file(vault, employee_id, today=TODAY).job.monthly_salary_cents == 800_000


def test_personal_data_validation_names_field_and_rule(org):
    vault, ids = org
    employee_id = hire(vault, ids)
    good = employees.load_file(vault, employee_id).personal
    bad_check = good.id_number[:-1] + ("0" if good.id_number[-1] != "0" else "1")
    cases = {
        "id_check_digit": good.__class__(**{**good.__dict__, "id_number": bad_check}),
        "id_birth_mismatch": good.__class__(
            **{**good.__dict__, "birth_date": dt.date(1991, 5, 17)}
        ),
        "id_gender_mismatch": good.__class__(**{**good.__dict__, "gender": "F"}),
        "required": good.__class__(**{**good.__dict__, "name": "  "}),
    }
    for code, data in cases.items():
        with pytest.raises(InvalidInput) as refused:
            employees.save_personal(vault, employee_id, data, today=TODAY)
        assert code in {p.code for p in refused.value.facts["problems"]}, code
    hire(vault, ids, no="E002", name="李四")
    with pytest.raises(InvalidInput) as refused:
        employees.save_personal(
            vault,
            employee_id,
            good.__class__(**{**good.__dict__, "employee_no": "E002"}),
            today=TODAY,
        )
    assert [(p.field, p.code) for p in refused.value.facts["problems"]] == [
        ("employee_no", "duplicate")
    ]
    assert employees.load_file(vault, employee_id).personal == good  # nothing half-saved


def test_fifteen_digit_id_is_upgraded_and_odd_text_round_trips(org):
    vault, ids = org
    employee_id = hire(vault, ids)
    file = employees.load_file(vault, employee_id)
    old15 = "110101900517121"  # born 1990-05-17, male
    text = "𠈌" + "很长的地址" * 90 + "🙂"
    saved = employees.save_personal(
        vault,
        employee_id,
        file.personal.__class__(
            **{
                **file.personal.__dict__,
                "id_number": old15,
                "current_address": text[:500],
                "former_name": "Ｚｈａｎｇ　Ｓａｎ",
                "emergency_contacts": (EmergencyContact("王𠈌", "配偶", "+86 139-0000-0000"),),
            }
        ),
        today=TODAY,
    )
    assert saved.id_number == id_number.upgrade_15(old15)
    again = employees.load_file(vault, employee_id).personal
    assert again.current_address == text[:500]
    assert again.former_name == "Zhang San"
    assert again.emergency_contacts[0] == EmergencyContact("王𠈌", "配偶", "13900000000")


def test_reveal_is_audited_with_who_what_where(org):
    vault, ids = org
    employee_id = hire(vault, ids)
    employees.record_reveal(vault, [employee_id], ["id_number"], "file")
    with vault.database.reading() as session:
        entry = session.scalars(select(AuditLogEntry).where(AuditLogEntry.action == "reveal")).one()
    assert (entry.entity, entry.entity_id) == ("employees", str(employee_id))
    assert json.loads(entry.detail) == {"fields": ["id_number"], "where": "file"}
    history = employees.file_history(vault, employee_id)
    assert history[0].action == "reveal"
    assert {h.entity for h in history} >= {"employees", "employment_events", "contracts"}


def test_list_query_searches_pinyin_initials_id_and_phone_and_filters_subtree(org):
    vault, ids = org
    hire(vault, ids, no="E001", name="张三")
    hire(vault, ids, no="E002", name="李四", mobile="13912345678")
    lifecycle.onboard(
        vault,
        OnboardInput(
            person("E003", "曾重庆"),
            dt.date(2021, 1, 4),
            ids["rd"],
            ids["eng"],
            "P3",
            1_000_000,
            None,
        ),
        today=TODAY,
    )

    def names(**kw):
        source = employee_list.source(vault, employee_list.ListQuery(**kw))
        return [row.name for row in source.rows(0, source.count())]

    assert names(text="zs") == ["张三"]
    assert names(text="zcq") == ["曾重庆"]  # surname reading of 曾
    assert names(text="12345678") == ["李四"]
    e1_id = employees.load_file(vault, 1).personal.id_number
    assert names(text=e1_id[-6:]) == ["张三"]
    assert names(department_id=ids["sales"]) == ["张三", "李四"]  # sub-department included
    assert names(sort_key="employee_no", descending=True) == ["曾重庆", "李四", "张三"]
    assert names(text="%") == [] and names(text="_") == []  # LIKE wildcards are literal


def test_reminders_cover_contracts_probation_certificates_and_missing_contracts(org):
    vault, ids = org
    on = dt.date(2024, 9, 2)
    first = lifecycle.onboard(
        vault,
        OnboardInput(
            person("E001"),
            on,
            ids["east"],
            ids["rep"],
            "P2",
            800_000,
            probation_end=TODAY + dt.timedelta(days=10),
            contract=ContractInput("fixed_term", on, TODAY + dt.timedelta(days=20)),
        ),
        today=TODAY,
    )
    second = lifecycle.onboard(
        vault,
        OnboardInput(
            person("E002", "李四"),
            dt.date(2019, 1, 2),
            ids["rd"],
            ids["eng"],
            "P3",
            1_000_000,
            None,
            contract=ContractInput("fixed_term", dt.date(2019, 1, 2), dt.date(2022, 1, 1)),
        ),
        today=TODAY,
    )
    old = employees.load_file(vault, second).contracts[0].id
    lifecycle.sign_contract(
        vault,
        second,
        ContractInput("fixed_term", dt.date(2022, 1, 2), TODAY + dt.timedelta(days=45)),
        renews_id=old,
        today=TODAY,
    )
    employees.add_record(
        vault,
        second,
        employees.RecordInput(
            "certificate", "电工证", dt.date(2020, 1, 1), TODAY + dt.timedelta(days=5)
        ),
    )
    lifecycle.onboard(
        vault,
        OnboardInput(
            person("E003", "王五"),
            dt.date(2025, 1, 2),
            ids["rd"],
            ids["eng"],
            "P3",
            1_000_000,
            None,
        ),
        today=TODAY,
    )
    found = reminders.reminders(vault, today=TODAY)
    kinds = {(r.employee_no, r.kind) for r in found}
    assert kinds == {
        ("E001", "contract_expiring"),
        ("E001", "probation_ending"),
        ("E002", "second_fixed_term_ending"),
        ("E002", "certificate_expiring"),
        ("E003", "no_current_contract"),
    }
    assert first


def test_attachments_are_inside_the_vault_size_limited_and_typed(org, tmp_path):
    vault, ids = org
    employee_id = hire(vault, ids)
    scan = b"%PDF-1.4 fake scan of contract"
    attachment_id = attachments.add(
        vault, employee_id, attachments.NewAttachment("劳动合同.pdf", scan, "contract")
    )
    assert attachments.content(vault, attachment_id) == scan
    entry = employees.load_file(vault, employee_id).attachments[0]
    assert (entry.media_type, entry.size) == ("application/pdf", len(scan))
    big = tmp_path / "big.pdf"
    big.write_bytes(b"0" * (attachments.MAX_BYTES + 1))
    with pytest.raises(AttachmentTooLarge):
        attachments.read_file(big)
    copies = attachments.ViewerCopies(tmp_path / "copies")
    path = copies.write("劳动合同.pdf", scan)
    assert path.read_bytes() == scan and copies.pending() == 1
    assert copies.discard_all() == 0 and not path.exists()


def test_organization_changes_are_dated_and_checked(org):
    vault, ids = org
    employee_id = hire(vault, ids)
    with pytest.raises(OrganizationRefused):
        organization.close_department(vault, ids["east"], TODAY)
    with pytest.raises(OrganizationRefused):
        organization.move_department(vault, ids["sales"], ids["east"], TODAY)
    moved = organization.merge_departments(vault, ids["east"], ids["rd"], TODAY)
    assert moved == 1
    assert employees.load_file(vault, employee_id, today=TODAY).job.department == "研发中心"
    tree = {n.name: n for n in organization.tree(vault)}
    assert "华东区" not in tree and tree["研发中心"].total_headcount == 1
    assert [h.kind for h in organization.history(vault, ids["east"])] == ["create", "merge"]
