"""The home screen's reminders: counts per kind, the list behind them, filtering by a card, and
opening the employee from the list."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import QLocale, Qt

from ehr_desktop.domain.errors import EhrError
from ehr_desktop.gui import formats
from ehr_desktop.gui.labels import label
from ehr_desktop.gui.reminders_panel import (
    ROW_ROLE,
    SORT_ROLE,
    ReminderColumn,
    RemindersPanel,
    ReminderTableModel,
    tone,
)
from ehr_desktop.services import employee_list, employees, lifecycle, reminders
from ehr_desktop.services.reminders import Reminder

TODAY = dt.date(2026, 11, 27)  # the demo vault's "today"


def _employees(vault):
    return employee_list.source(vault, employee_list.ListQuery()).rows(0, 200)


@pytest.fixture
def made(filled_vault):
    """A contract ending in 20 days and a certificate expired 5 days ago, made through services
    (the demo's own contracts may change; these two are the test's)."""
    people = [row for row in _employees(filled_vault) if row.hire_date and row.hire_date < TODAY]
    contract_holder = None
    for row in people:
        try:
            lifecycle.sign_contract(
                filled_vault,
                row.id,
                lifecycle.ContractInput(
                    "fixed_term",
                    TODAY - dt.timedelta(days=10),
                    TODAY + dt.timedelta(days=20),
                    contract_no="HT-TEST-0001",
                ),
                today=TODAY,
            )
        except EhrError:
            continue  # already has a contract then, or was not employed yet
        contract_holder = row
        break
    assert contract_holder is not None
    certificate_holder = next(row for row in people if row.id != contract_holder.id)
    employees.add_record(
        filled_vault,
        certificate_holder.id,
        employees.RecordInput(
            "certificate",
            "低压电工作业证",
            start_date=TODAY - dt.timedelta(days=3 * 365),
            end_date=TODAY - dt.timedelta(days=5),
        ),
    )
    return contract_holder, certificate_holder


@pytest.fixture
def panel(qtbot, filled_vault, made):
    widget = RemindersPanel(filled_vault)
    qtbot.addWidget(widget)
    widget.resize(1000, 500)
    widget.refresh(TODAY)
    return widget


def _find(panel, employee_id: int, kind: str | None = None) -> Reminder:
    return next(
        r
        for r in panel.model.rows()
        if r.employee_id == employee_id and (kind is None or r.kind == kind)
    )


def test_cards_count_what_is_due_within_30_days_or_overdue(panel, filled_vault):
    expected = reminders.counts(reminders.reminders(filled_vault, today=TODAY))
    for kind in reminders.KINDS:
        assert panel.chip_count(kind) == expected.get(kind, 0), kind
        assert label("reminder", kind) in panel.chips[kind].text()
    assert panel.chip_count("certificate_expiring") >= 1
    assert panel.chip_level("certificate_expiring") == "overdue"
    contract_kinds = ("contract_expiring", "second_fixed_term_ending")
    assert any(panel.chip_level(kind) == "soon" for kind in contract_kinds)
    assert all(panel.chip_level(kind) != "overdue" for kind in contract_kinds)


def test_the_table_lists_the_reminders_with_dates_and_days_in_words(panel, filled_vault, made):
    contract_holder, certificate_holder = made
    assert panel.model.rows() == reminders.reminders(filled_vault, today=TODAY)
    contract = next(r for r in panel.model.rows() if r.subject == "HT-TEST-0001")
    assert contract.employee_id == contract_holder.id
    certificate = _find(panel, certificate_holder.id, "certificate_expiring")

    def row_texts(reminder):
        row = panel.model.rows().index(reminder)
        return [panel.model.index(row, column).data() for column in ReminderColumn]

    locale = QLocale()
    texts = row_texts(certificate)
    assert texts == [
        label("reminder", "certificate_expiring"),
        certificate_holder.employee_no,
        certificate_holder.name,
        certificate_holder.department,
        formats.date_text(TODAY - dt.timedelta(days=5), locale),
        "overdue by 5 days",
        "低压电工作业证",
    ]
    assert row_texts(contract)[ReminderColumn.DAYS_LEFT] == "in 20 days"
    assert row_texts(contract)[ReminderColumn.SUBJECT] == "HT-TEST-0001"


def test_clicking_a_card_lists_only_its_kind_and_clicking_again_lists_all(qtbot, panel, made):
    _contract_holder, certificate_holder = made
    everything = len(panel.model.rows())
    chip = panel.chips["certificate_expiring"]
    qtbot.mouseClick(chip, Qt.MouseButton.LeftButton)
    assert panel.current_kind == "certificate_expiring"
    assert chip.isChecked()
    listed = panel.visible_reminders()
    assert listed and {r.kind for r in listed} == {"certificate_expiring"}
    assert certificate_holder.id in {r.employee_id for r in listed}

    qtbot.mouseClick(chip, Qt.MouseButton.LeftButton)
    assert panel.current_kind is None
    assert not chip.isChecked()
    assert len(panel.visible_reminders()) == everything


def test_double_click_and_enter_open_the_employee(qtbot, panel, made):
    _contract_holder, certificate_holder = made
    panel.show()
    qtbot.waitExposed(panel)
    panel.filter_kind("certificate_expiring")
    row = next(
        i for i, r in enumerate(panel.visible_reminders()) if r.employee_id == certificate_holder.id
    )
    index = panel.proxy.index(row, ReminderColumn.NAME)
    center = panel.table.visualRect(index).center()
    viewport = panel.table.viewport()
    with qtbot.waitSignal(panel.open_employee) as opened:
        # A real double-click starts with a press on the row; QTest's double-click alone has none.
        qtbot.mousePress(viewport, Qt.MouseButton.LeftButton, pos=center)
        qtbot.mouseRelease(viewport, Qt.MouseButton.LeftButton, pos=center)
        qtbot.mouseDClick(viewport, Qt.MouseButton.LeftButton, pos=center)
    assert opened.args == [certificate_holder.id]

    panel.table.setFocus()
    panel.table.setCurrentIndex(index)
    with qtbot.waitSignal(panel.open_employee) as opened:
        qtbot.keyClick(panel.table, Qt.Key.Key_Return)
    assert opened.args == [certificate_holder.id]


def test_empty_vault_says_nothing_is_due(qtbot, new_vault):
    panel = RemindersPanel(new_vault.vault)
    qtbot.addWidget(panel)
    panel.refresh(TODAY)
    assert panel.stack.currentWidget() is panel.empty_label
    assert panel.empty_label.text() == "No reminders: nothing is due in the next 90 days."
    assert all(panel.chip_count(kind) == 0 for kind in reminders.KINDS)
    assert all(panel.chip_level(kind) == "" for kind in reminders.KINDS)


def test_reminder_model_passes_the_model_tester(qtmodeltester, panel, filled_vault):
    model = ReminderTableModel()
    model.set_rows(reminders.reminders(filled_vault, today=TODAY))
    qtmodeltester.check(model)


def test_reminder_model_data_per_column(qapp):
    overdue = Reminder(
        "probation_ending", 7, "XH00007", "张三", "销售部/华东区", TODAY - dt.timedelta(days=1), -1
    )
    soon = Reminder("contract_expiring", 8, "XH00008", "李四", "财务部", TODAY, 0, "HT-8")
    later = Reminder("contract_expiring", 9, "XH00009", "王五", "财务部", TODAY, 45, "HT-9")
    undated = Reminder("no_current_contract", 10, "XH00010", "赵六", "", None, None)
    model = ReminderTableModel()
    model.set_rows([overdue, soon, later, undated])

    def cell(row, column, role=Qt.ItemDataRole.DisplayRole):
        return model.index(row, column).data(role)

    assert cell(0, ReminderColumn.KIND) == label("reminder", "probation_ending")
    assert cell(0, ReminderColumn.EMPLOYEE_NO) == "XH00007"
    assert cell(0, ReminderColumn.NAME) == "张三"
    assert cell(0, ReminderColumn.DEPARTMENT) == "销售部/华东区"
    assert cell(0, ReminderColumn.DAYS_LEFT) == "overdue by 1 day"
    assert cell(0, ReminderColumn.DAYS_LEFT, Qt.ItemDataRole.ForegroundRole) == tone("overdue")
    assert cell(1, ReminderColumn.DAYS_LEFT) == "today"
    assert cell(1, ReminderColumn.DAYS_LEFT, Qt.ItemDataRole.ForegroundRole) == tone("soon")
    assert cell(1, ReminderColumn.SUBJECT) == "HT-8"
    assert cell(2, ReminderColumn.DAYS_LEFT) == "in 45 days"
    assert cell(2, ReminderColumn.DAYS_LEFT, Qt.ItemDataRole.ForegroundRole) is None
    assert cell(3, ReminderColumn.DUE) == "—"
    assert cell(3, ReminderColumn.DAYS_LEFT) == "—"
    assert cell(3, ReminderColumn.DUE, SORT_ROLE) > cell(2, ReminderColumn.DUE, SORT_ROLE)
    assert cell(3, ReminderColumn.NAME, ROW_ROLE) is undated
    alignment = cell(1, ReminderColumn.DAYS_LEFT, Qt.ItemDataRole.TextAlignmentRole)
    assert alignment & Qt.AlignmentFlag.AlignRight


def test_background_refresh_fills_the_table_and_survives_the_panel_going_away(
    qtbot, filled_vault, made
):
    """After unlock the reminders load off the UI thread; if the panel is gone first (locked,
    restored over), the answer is dropped instead of touching a deleted widget."""
    from ehr_desktop.gui.reminders_panel import RemindersPanel
    from ehr_desktop.gui.worker import JobRunner

    runner = JobRunner()
    shown = RemindersPanel(filled_vault, load=False)
    qtbot.addWidget(shown)
    shown.refresh_in_background(runner, today=TODAY)
    qtbot.waitUntil(lambda: not runner.busy, timeout=10_000)
    assert shown.found == reminders.reminders(filled_vault, today=TODAY, horizon=90)

    gone = RemindersPanel(filled_vault, load=False)
    gone.refresh_in_background(runner, today=TODAY)
    gone.deleteLater()
    qtbot.waitUntil(lambda: not runner.busy, timeout=10_000)  # no error from the late answer
