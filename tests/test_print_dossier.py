"""The employee dossier (人事档案) as PDF from a real demo vault: every part of the file on paper,
ID number, bank account, phones and salary masked unless the officer chose otherwise, and each
print recorded in the audit trail with that choice."""

from __future__ import annotations

import json

import pytest
from sqlalchemy import select
from support.print_samples import chinese_dossier_texts, flat, fonts_of, page_texts

from ehr_desktop.domain import people
from ehr_desktop.domain.errors import NotFound
from ehr_desktop.persistence.models import AuditLogEntry, Employee
from ehr_desktop.services import employees, kpi_results, printing


def dossier_entries(vault, employee_id: int) -> list[tuple[str, dict]]:
    with vault.database.reading() as session:
        rows = session.execute(
            select(AuditLogEntry.action, AuditLogEntry.detail).where(
                AuditLogEntry.entity == "employees",
                AuditLogEntry.entity_id == str(employee_id),
                AuditLogEntry.action.in_(("print", "export")),
            )
        ).all()
    return [(r.action, json.loads(r.detail)) for r in rows]


@pytest.fixture
def person(filled_vault):
    """A demo employee with everything sensitive filled in and appraisal results."""
    with filled_vault.database.reading() as session:
        candidates = session.scalars(
            select(Employee.id).where(
                Employee.bank_account.is_not(None),
                Employee.mobile.is_not(None),
                Employee.monthly_salary_cents.is_not(None),
            )
        ).all()
    for employee_id in candidates:
        if kpi_results.employee_results(filled_vault, employee_id).results:
            return employees.load_file(filled_vault, employee_id)
    pytest.skip("the demo has nobody with results")


def test_a_masked_dossier_hides_id_bank_phone_and_salary(filled_vault, person):
    printed = printing.dossier(filled_vault, person.id, texts=chinese_dossier_texts())

    text = "".join(flat(t) for t in page_texts(printed.data))
    data = person.personal
    assert data.name in text and data.employee_no in text and "人事档案" in text
    for secret in (data.id_number, data.bank_account, data.mobile):
        assert secret and secret not in text
    assert people.mask_id_number(data.id_number) in text
    assert people.mask_bank_account(data.bank_account) in text
    assert people.mask_phone(data.mobile) in text
    salary = f"{person.job.monthly_salary_cents / 100:,.2f}"
    assert salary not in text and "¥****" in text
    assert dossier_entries(filled_vault, person.id) == [
        ("print", {"what": "dossier", "people": 1, "unmasked": False, "where": "print"})
    ]


def test_an_unmasked_dossier_shows_them_and_says_so_in_the_trail(filled_vault, person, tmp_path):
    target = tmp_path / "档案.pdf"

    printing.write_dossier(
        filled_vault, person.id, target, texts=chinese_dossier_texts(), unmasked=True
    )

    text = "".join(flat(t) for t in page_texts(target.read_bytes()))
    data = person.personal
    for secret in (data.id_number, data.bank_account, data.mobile):
        assert secret in text
    assert f"{person.job.monthly_salary_cents / 100:,.2f}" in text
    action, facts = dossier_entries(filled_vault, person.id)[-1]
    assert action == "export"
    assert facts == {
        "what": "dossier",
        "people": 1,
        "unmasked": True,
        "where": "档案.pdf",
        "fields": ["id_number", "bank_account", "mobile", "salary"],
    }


def test_the_dossier_holds_the_whole_file(filled_vault, person):
    printed = printing.dossier(filled_vault, person.id, texts=chinese_dossier_texts())

    pages = page_texts(printed.data)
    text = "".join(flat(t) for t in pages)
    for heading in ("基本信息", "任职经历", "劳动合同", "绩效考核", "培训记录"):
        assert heading in text
    assert flat(person.job.department.split("/")[-1]) in text
    for contract in person.contracts:
        if contract.contract_no:
            assert contract.contract_no in text
    for record in person.records:
        assert flat(record.title) in text
    for result in kpi_results.employee_results(filled_vault, person.id).results:
        assert flat(result.cycle) in text
    for number, page in enumerate(pages, start=1):
        assert f"第{number}页，共{len(pages)}页" in flat(page)
    assert all("/FontFile2" in font["descriptor"] for font in fonts_of(printed.data))


def test_an_unknown_employee_is_not_found(filled_vault):
    with pytest.raises(NotFound):
        printing.dossier(filled_vault, 999_999, texts=chinese_dossier_texts())
    with pytest.raises(NotFound):
        printing.employee_id_of(filled_vault, "NOBODY")
