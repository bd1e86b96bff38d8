"""The guided lifecycle dialogs save through the services, and keep the dialog open on refusal."""

from __future__ import annotations

import datetime as dt

from PySide6.QtWidgets import QDialog

from ehr_desktop.domain import id_number
from ehr_desktop.domain.errors import LifecycleRefused
from ehr_desktop.domain.lifecycle import Kind
from ehr_desktop.domain.people import PersonalData, Problem
from ehr_desktop.gui import lifecycle_dialogs
from ehr_desktop.gui.lifecycle_dialogs import (
    ConfirmProbationDialog,
    ContractDialog,
    CorrectEventDialog,
    OffboardDialog,
    OnboardDialog,
    PromotionDialog,
    RehireDialog,
    SalaryChangeDialog,
    TransferDialog,
    qdate,
    run_action,
)
from ehr_desktop.gui.messages import describe_problem, describe_rule
from ehr_desktop.services import employee_list, employees, lifecycle, organization
from ehr_desktop.services.employee_list import ListQuery

TODAY = dt.date(2026, 11, 27)  # the demo vault's "today" (tests/conftest.py DEMO_TODAY)
FIRST17 = "11010119900307123"  # Beijing, born 1990-03-07, odd sequence digit: male
VALID_ID = FIRST17 + id_number.check_digit(FIRST17)
WRONG_CHECK_ID = FIRST17 + ("1" if VALID_ID[-1] != "1" else "2")


def employees_with(vault, status: str) -> list[employee_list.EmployeeRow]:
    return list(employee_list.source(vault, ListQuery(statuses=(status,))).rows(0, 100))


def load(vault, employee_id: int) -> employees.EmployeeFile:
    return employees.load_file(vault, employee_id, today=TODAY)


def everyone(vault) -> int:
    return employee_list.source(vault, ListQuery(statuses=())).count()


def hire(vault, hired: dt.date, probation_end: dt.date | None) -> int:
    """A new employee of our own, independent of how the demo data happens to look."""
    department = next(d for d in organization.tree(vault) if not d.is_closed)
    position = organization.positions(vault)[0]
    return lifecycle.onboard(
        vault,
        lifecycle.OnboardInput(
            personal=PersonalData(employee_no="T0001", name="测试员工", id_number=VALID_ID),
            hire_date=hired,
            department_id=department.id,
            position_id=position.id,
            grade="P2",
            monthly_salary_cents=800_000,
            probation_end=probation_end,
        ),
        today=TODAY,
    )


def with_current_contract(vault, row: employee_list.EmployeeRow) -> employees.EmployeeFile:
    """The employee's file with a fixed-term contract in force today (signed here if needed)."""
    file = load(vault, row.id)
    if not any(c.is_current and c.end_date for c in file.contracts):
        lifecycle.sign_contract(
            vault,
            row.id,
            lifecycle.ContractInput(
                "fixed_term", TODAY - dt.timedelta(days=30), dt.date(2027, 6, 30)
            ),
            today=TODAY,
        )
        file = load(vault, row.id)
    return file


def fill_personal(dialog: OnboardDialog, id_text: str) -> None:
    dialog.name_edit.setText("王小明")
    dialog.id_number_edit.setText(id_text)
    dialog.mobile_edit.setText("13800138000")
    dialog.job.department_combo.setCurrentIndex(0)
    dialog.job.position_combo.setCurrentIndex(0)
    dialog.job.salary_spin.setValue(8000)


def test_onboard_creates_employee_with_hire_event_and_contract(qtbot, filled_vault):
    dialog = OnboardDialog(None, filled_vault, today=TODAY)
    qtbot.addWidget(dialog)
    assert dialog.employee_no_edit.text() == "XH00061"  # the demo's numbers go up to XH00060
    fill_personal(dialog, VALID_ID)
    # Defaults: three months' probation, a three-year fixed-term contract from the hire date.

    assert dialog.submit(), dialog.error_label.text()

    file = load(filled_vault, dialog.result_id)
    assert file.personal.employee_no == "XH00061"
    assert file.job.status == "probation"
    assert file.job.probation_end == dt.date(2027, 2, 26)
    assert file.job.monthly_salary_cents == 800_000
    assert [t.kind for t in file.timeline] == ["hire", "contract_signing"]
    (contract,) = file.contracts
    assert (contract.contract_type, contract.start_date, contract.end_date) == (
        "fixed_term",
        TODAY,
        dt.date(2029, 11, 26),
    )
    assert contract.probation_end == dt.date(2027, 2, 26)


def test_typing_a_resident_id_fills_birth_date_and_gender(qtbot, filled_vault):
    dialog = OnboardDialog(None, filled_vault, today=TODAY)
    qtbot.addWidget(dialog)

    qtbot.keyClicks(dialog.id_number_edit, VALID_ID)

    assert dialog.birth_date_edit.date() == qdate(dt.date(1990, 3, 7))
    assert dialog.gender_combo.currentData() == "M"
    assert dialog.field_error("id_number") == ""


def test_onboard_with_a_wrong_check_digit_says_so_under_the_id_and_creates_nothing(
    qtbot, filled_vault
):
    before = everyone(filled_vault)
    dialog = OnboardDialog(None, filled_vault, today=TODAY)
    qtbot.addWidget(dialog)
    fill_personal(dialog, WRONG_CHECK_ID)

    assert not dialog.submit()

    sentence = describe_problem(Problem("id_number", "id_check_digit"))
    assert sentence in dialog.field_error("id_number").split("\n")
    assert not dialog.error_label.isHidden()
    assert dialog.result_id is None
    assert dialog.name_edit.text() == "王小明"  # the values stay for the officer to fix
    assert everyone(filled_vault) == before


def test_confirm_probation_defaults_to_the_probation_end(qtbot, filled_vault):
    employee_id = hire(filled_vault, dt.date(2026, 8, 1), dt.date(2026, 10, 31))
    dialog = ConfirmProbationDialog(
        None, filled_vault, load(filled_vault, employee_id), today=TODAY
    )
    qtbot.addWidget(dialog)
    assert dialog.effective_date() == dt.date(2026, 10, 31)

    assert dialog.submit(), dialog.error_label.text()

    file = load(filled_vault, employee_id)
    assert file.job.status == "active"
    assert file.timeline[-1].id == dialog.result_id
    assert file.timeline[-1].kind == Kind.CONFIRMATION.value


def test_transfer_changes_the_department_only(qtbot, filled_vault):
    row = employees_with(filled_vault, "active")[0]
    file = load(filled_vault, row.id)
    dialog = TransferDialog(None, filled_vault, file, today=TODAY)
    qtbot.addWidget(dialog)
    combo = dialog.fields.department_combo
    target = next(i for i in range(1, combo.count()) if combo.itemData(i) != file.job.department_id)
    combo.setCurrentIndex(target)
    dialog.fields.reason_combo.setCurrentText("工作需要")

    assert dialog.submit(), dialog.error_label.text()

    after = load(filled_vault, row.id)
    assert after.job.department_id == combo.itemData(target)
    assert after.job.position_id == file.job.position_id
    event = next(t for t in after.timeline if t.id == dialog.result_id)
    assert (event.kind, dict(event.details), event.reason) == (
        "transfer",
        {"department_id": combo.itemData(target)},
        "工作需要",
    )


def test_promotion_with_a_new_salary(qtbot, filled_vault):
    row = next(r for r in employees_with(filled_vault, "active") if r.grade in ("P2", "P3", "P4"))
    file = load(filled_vault, row.id)
    dialog = PromotionDialog(None, filled_vault, file, today=TODAY)
    qtbot.addWidget(dialog)
    expected_grade = f"P{int(row.grade[1]) + 1}"
    assert dialog.fields.grade_combo.currentData() == expected_grade  # one step up by default
    dialog.fields.salary_box.setChecked(True)
    dialog.fields.salary_spin.setValue(file.job.monthly_salary_cents / 100 + 1000)

    assert dialog.submit(), dialog.error_label.text()

    after = load(filled_vault, row.id)
    assert after.job.grade == expected_grade
    assert after.job.monthly_salary_cents == file.job.monthly_salary_cents + 100_000
    assert after.timeline[-1].kind == Kind.PROMOTION.value


def test_salary_change_shows_the_change_in_percent(qtbot, filled_vault):
    row = employees_with(filled_vault, "active")[0]
    file = load(filled_vault, row.id)
    dialog = SalaryChangeDialog(None, filled_vault, file, today=TODAY)
    qtbot.addWidget(dialog)
    old = file.job.monthly_salary_cents

    dialog.fields.salary_spin.setValue(old * 1.1 / 100)

    assert "+10.0" in dialog.fields.change_label.text()
    assert dialog.submit(), dialog.error_label.text()
    assert load(filled_vault, row.id).job.monthly_salary_cents == round(old * 1.1)


def test_offboard_before_the_hire_date_shows_the_rule_and_saves_nothing(qtbot, filled_vault):
    row = employees_with(filled_vault, "active")[0]
    file = load(filled_vault, row.id)
    dialog = OffboardDialog(None, filled_vault, file, today=TODAY)
    qtbot.addWidget(dialog)
    too_early = file.job.hire_date - dt.timedelta(days=10)
    dialog.date_edit.setDate(qdate(too_early))

    assert not dialog.submit()

    refusal = LifecycleRefused(rule="before_hire", kind="resignation", date=too_early)
    assert dialog.error_label.text() == describe_rule(refusal)
    after = load(filled_vault, row.id)
    assert after.job.status == "active"
    assert after.timeline == file.timeline
    assert after.contracts == file.contracts


def test_offboard_records_the_leaving_and_ends_the_contract(qtbot, filled_vault):
    row = employees_with(filled_vault, "active")[0]
    file = with_current_contract(filled_vault, row)
    contract = next(c for c in file.contracts if c.is_current)
    dialog = OffboardDialog(None, filled_vault, file, today=TODAY)
    qtbot.addWidget(dialog)
    assert (
        lifecycle_dialogs.date_text(contract.start_date) in dialog.fields.consequence_label.text()
    )
    assert dialog.fields.voluntary_box.isChecked()  # a resignation, by default
    dialog.fields.reason_combo.setCurrentText("个人发展")

    assert dialog.submit(), dialog.error_label.text()

    after = load(filled_vault, row.id)
    assert (after.job.status, after.job.leave_date) == ("left", TODAY)
    ended = next(c for c in after.contracts if c.id == contract.id)
    assert ended.terminated_on == TODAY
    leaving = next(t for t in after.timeline if t.id == dialog.result_id)
    assert (leaving.kind, leaving.reason, leaving.details["voluntary"]) == (
        "resignation",
        "个人发展",
        True,
    )


def test_rehire_after_leaving_starts_from_the_last_job(qtbot, filled_vault):
    row = next(r for r in employees_with(filled_vault, "left") if r.leave_date < TODAY)
    file = load(filled_vault, row.id)
    dialog = RehireDialog(None, filled_vault, file, today=TODAY)
    qtbot.addWidget(dialog)
    assert dialog.fields.position_combo.currentData() == file.job.position_id

    assert dialog.submit(), dialog.error_label.text()

    after = load(filled_vault, row.id)
    assert (after.job.status, after.job.hire_date) == ("active", TODAY)
    assert after.timeline[-1].kind == Kind.REHIRE.value


def test_contract_renewal_starts_the_day_after_and_names_the_renewed_contract(qtbot, filled_vault):
    row = employees_with(filled_vault, "active")[0]
    file = with_current_contract(filled_vault, row)
    current = next(c for c in file.contracts if c.is_current and c.end_date)
    dialog = ContractDialog(None, filled_vault, file, today=TODAY)
    qtbot.addWidget(dialog)
    assert dialog.renew_radio.isChecked()
    assert dialog.start_edit.date() == qdate(current.end_date + dt.timedelta(days=1))

    assert dialog.submit(), dialog.error_label.text()

    renewal = next(c for c in load(filled_vault, row.id).contracts if c.id == dialog.result_id)
    assert renewal.renews_id == current.id
    assert renewal.start_date == current.end_date + dt.timedelta(days=1)


def test_correcting_an_entry_needs_a_reason_and_replaces_the_entry(qtbot, filled_vault):
    employee_id = hire(filled_vault, dt.date(2025, 3, 1), None)
    original = lifecycle.record_event(
        filled_vault,
        employee_id,
        lifecycle.EventInput(
            Kind.SALARY_CHANGE, dt.date(2026, 3, 1), {"monthly_salary_cents": 900_000}
        ),
        today=TODAY,
    )
    file = load(filled_vault, employee_id)
    dialog = CorrectEventDialog(None, filled_vault, file, original, today=TODAY)
    qtbot.addWidget(dialog)
    assert dialog.fields.salary_spin.value() == 9000  # prefilled from the entry
    assert dialog.effective_date() == dt.date(2026, 3, 1)
    dialog.fields.salary_spin.setValue(9500)
    dialog.date_edit.setDate(qdate(dt.date(2026, 4, 1)))

    assert not dialog.submit()
    assert dialog.field_error("correction_reason") == describe_problem(
        Problem("correction_reason", "required")
    )

    dialog.correction_edit.setText("金额录错")
    assert dialog.submit(), dialog.error_label.text()

    after = load(filled_vault, employee_id)
    replaced = next(t for t in after.timeline if t.id == original)
    corrected = next(t for t in after.timeline if t.id == dialog.result_id)
    assert replaced.replaced_by_id == corrected.id
    assert corrected.corrects_id == original
    assert corrected.effective_date == dt.date(2026, 4, 1)
    assert corrected.details["monthly_salary_cents"] == 950_000
    assert "金额录错" in corrected.note
    assert after.job.monthly_salary_cents == 950_000


def test_ask_returns_none_when_cancelled(qtbot, filled_vault, monkeypatch):
    monkeypatch.setattr(QDialog, "exec", lambda self: 0)
    row = employees_with(filled_vault, "active")[0]
    file = load(filled_vault, row.id)

    assert TransferDialog.ask(None, filled_vault, file, today=TODAY) is None
    # Every action key opens its dialog (cancelled at once here), corrections included.
    for action_key in (*lifecycle_dialogs.ACTION_KEYS, f"correct:{file.timeline[-1].id}"):
        assert run_action(None, filled_vault, action_key, row.id, today=TODAY) is None, action_key
    assert load(filled_vault, row.id).timeline == file.timeline
