"""The employee list: search, filters, sorting, masking and its audited reveal, saved views."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import QDate, QPoint, Qt
from PySide6.QtGui import QContextMenuEvent
from PySide6.QtWidgets import QApplication, QInputDialog, QMessageBox
from sqlalchemy import select

from ehr_desktop.domain.pinyin import initials
from ehr_desktop.gui.employee_list_page import EmployeeListPage, ListColumn
from ehr_desktop.gui.windowed_model import ROW_ROLE
from ehr_desktop.persistence.models import AuditLogEntry
from ehr_desktop.services import employee_list, organization
from ehr_desktop.services.employee_list import ListQuery


@pytest.fixture
def page(qtbot, filled_vault):
    widget = EmployeeListPage(filled_vault)
    qtbot.addWidget(widget)
    widget.resize(1200, 700)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def count_of(vault, **query) -> int:
    return employee_list.source(vault, ListQuery(**query)).count()


def cell(page: EmployeeListPage, row: int, key: ListColumn) -> str:
    model = page.model
    return model.index(row, model.column_index(key.value)).data()


def first_row(page: EmployeeListPage):
    return page.model.index(0, 0).data(ROW_ROLE)


def reveal_entries(vault) -> list[AuditLogEntry]:
    with vault.database.reading() as session:
        return list(session.scalars(select(AuditLogEntry).where(AuditLogEntry.action == "reveal")))


def test_shows_the_current_employees_with_their_count(page, filled_vault):
    expected = count_of(filled_vault)
    assert page.model.rowCount() == expected
    assert str(expected) in page.count_label.text()
    assert {page.model.index(r, 0).data(ROW_ROLE).status for r in range(expected)} <= {
        "probation",
        "active",
        "on_leave",
    }
    assert page.stack.currentWidget() is page.table


def test_typing_pinyin_initials_narrows_the_list_after_a_pause(qtbot, page, filled_vault):
    everyone = page.model.rowCount()
    target = first_row(page)
    typed = initials(target.name).split()[0]

    qtbot.keyClicks(page.search_edit, typed)
    assert page.model.rowCount() == everyone  # nothing happens while typing

    qtbot.waitUntil(lambda: page.model.rowCount() < everyone, timeout=2_000)
    shown = {page.model.index(r, 0).data(ROW_ROLE).id for r in range(page.model.rowCount())}
    assert target.id in shown
    assert page.current_query().text == typed
    assert page.model.rowCount() == count_of(filled_vault, text=typed)


def test_status_everyone_shows_those_who_left_too(page, filled_vault):
    current = page.model.rowCount()
    page.status_combo.setCurrentIndex(1)  # Everyone

    assert page.current_query().statuses == ()
    assert page.model.rowCount() == count_of(filled_vault, statuses=()) > current


def test_department_filter_includes_sub_departments(page, filled_vault):
    parent = next(n for n in organization.tree(filled_vault) if n.children)
    page.department_combo.setCurrentIndex(page.department_combo.findData(parent.id))

    shown = [page.model.index(r, 0).data(ROW_ROLE) for r in range(page.model.rowCount())]
    assert len(shown) == parent.total_headcount > parent.headcount
    assert all(row.department.startswith(parent.path) for row in shown)
    assert any(row.department != parent.path for row in shown)


def test_set_department_filter_selects_the_department(page, filled_vault):
    parent = next(n for n in organization.tree(filled_vault) if n.children)
    page.set_department_filter(parent.id)

    assert page.department_combo.currentData() == parent.id
    assert page.current_query().department_id == parent.id
    assert page.model.rowCount() == parent.total_headcount


def test_clicking_the_employee_number_header_sorts_descending(qtbot, page):
    first_before = first_row(page)
    header = page.table.frozen_view().horizontalHeader()
    column = page.model.column_index(ListColumn.EMPLOYEE_NO.value)
    position = QPoint(header.sectionViewportPosition(column) + 10, header.height() // 2)

    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=position)

    query = page.current_query()
    assert (query.sort_key, query.descending) == ("employee_no", True)
    assert first_row(page).employee_no > first_before.employee_no
    assert page.table.horizontalHeader().sortIndicatorOrder() == Qt.SortOrder.DescendingOrder


def test_id_numbers_and_phones_are_masked_by_default(page):
    row = first_row(page)
    shown_id = cell(page, 0, ListColumn.ID_NUMBER)
    shown_mobile = cell(page, 0, ListColumn.MOBILE)

    assert shown_id != row.id_number and "*" in shown_id
    assert shown_mobile != row.mobile and "*" in shown_mobile
    id_column = page.model.column_index(ListColumn.ID_NUMBER.value)
    assert page.model.index(0, id_column).data(Qt.ItemDataRole.ForegroundRole) is not None


def test_reveal_asks_then_shows_clear_values_and_records_one_audit_entry(
    page, filled_vault, monkeypatch
):
    asked = []

    def answer_yes(*args, **kwargs):
        asked.append(args[2])
        return QMessageBox.StandardButton.Yes

    monkeypatch.setattr(QMessageBox, "question", answer_yes)
    before = len(reveal_entries(filled_vault))

    page.reveal_action.trigger()

    row = first_row(page)
    assert len(asked) == 1 and "audit" in asked[0]
    assert page.is_revealed()
    assert cell(page, 0, ListColumn.ID_NUMBER) == row.id_number
    assert cell(page, 0, ListColumn.MOBILE) == row.mobile
    entries = reveal_entries(filled_vault)
    assert len(entries) == before + 1
    assert entries[-1].entity_id == "*" and '"list"' in entries[-1].detail

    page.reveal_action.trigger()  # off again: masked, nothing asked or recorded
    assert not page.is_revealed()
    assert "*" in cell(page, 0, ListColumn.ID_NUMBER)
    assert len(asked) == 1 and len(reveal_entries(filled_vault)) == before + 1


def test_reveal_refused_keeps_values_masked(page, filled_vault, monkeypatch):
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.No)
    before = len(reveal_entries(filled_vault))

    page.reveal_action.trigger()

    assert not page.is_revealed() and not page.reveal_action.isChecked()
    assert "*" in cell(page, 0, ListColumn.ID_NUMBER)
    assert len(reveal_entries(filled_vault)) == before


def test_double_click_opens_the_employee(qtbot, page):
    row_number = 2
    expected = page.model.index(row_number, 0).data(ROW_ROLE).id
    column = page.model.column_index(ListColumn.DEPARTMENT.value)
    index = page.model.index(row_number, column)
    page.table.scrollTo(index)
    position = page.table.visualRect(index).center()

    # A real double-click starts with a click; QTest's double-click event alone does not.
    qtbot.mouseClick(page.table.viewport(), Qt.MouseButton.LeftButton, pos=position)
    opened: list[int] = []
    page.open_employee.connect(opened.append)
    qtbot.mouseDClick(page.table.viewport(), Qt.MouseButton.LeftButton, pos=position)
    assert opened == [expected]  # once, although the view also reports "activated"

    # The same on the frozen columns (employee number, name) laid over the left
    frozen = page.table.frozen_view()
    name_index = page.model.index(row_number, page.model.column_index(ListColumn.NAME.value))
    position = frozen.visualRect(name_index).center()
    qtbot.mouseClick(frozen.viewport(), Qt.MouseButton.LeftButton, pos=position)
    qtbot.mouseDClick(frozen.viewport(), Qt.MouseButton.LeftButton, pos=position)
    assert opened == [expected, expected]


def test_enter_opens_the_current_employee(qtbot, page):
    page.table.setFocus()
    page.table.setCurrentIndex(page.model.index(1, 0))
    expected = page.model.index(1, 0).data(ROW_ROLE).id

    with qtbot.waitSignal(page.open_employee) as opened:
        qtbot.keyClick(page.table, Qt.Key.Key_Return)
    assert opened.args == [expected]


def test_row_menu_offers_only_the_actions_that_fit(qtbot, page):
    page.status_combo.setCurrentIndex(1)  # Everyone
    rows = [page.model.index(r, 0).data(ROW_ROLE) for r in range(page.model.rowCount())]
    left = next(row for row in rows if row.status == "left")
    active = next(row for row in rows if row.status == "active")

    def action_keys(row):
        return [a.data() for a in page.row_menu(row).actions() if a.data()]

    assert action_keys(left) == ["rehire"]
    assert "offboard" in action_keys(active) and "rehire" not in action_keys(active)
    assert "confirm" not in action_keys(active)

    transfer = next(a for a in page.row_menu(active).actions() if a.data() == "transfer")
    with qtbot.waitSignal(page.lifecycle_requested) as requested:
        transfer.trigger()
    assert requested.args == ["transfer", active.id]


def test_saved_view_round_trip(qtbot, page, filled_vault, monkeypatch):
    # Given: Everyone, sorted by name, without the email column
    page.status_combo.setCurrentIndex(1)
    page.table.setColumnHidden(page.model.column_index(ListColumn.EMAIL.value), True)
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: ("Whole archive", True))

    page.save_view_action.trigger()

    views = employee_list.saved_views(filled_vault)
    assert [v.name for v in views] == ["Whole archive"]
    assert views[0].query.statuses == ()
    assert ListColumn.EMAIL.value not in views[0].columns
    assert page.views_combo.currentText() == "Whole archive"

    # When: back to the default view, then the saved one chosen again
    page.views_combo.setCurrentIndex(0)
    page.views_combo.activated.emit(0)
    assert page.current_query().statuses == ListQuery().statuses
    page.table.setColumnHidden(page.model.column_index(ListColumn.EMAIL.value), False)
    index = page.views_combo.findData("Whole archive")
    page.views_combo.setCurrentIndex(index)
    page.views_combo.activated.emit(index)

    # Then
    assert page.current_query() == views[0].query
    assert page.status_combo.currentIndex() == 1
    assert page.model.rowCount() == count_of(filled_vault, statuses=())
    assert ListColumn.EMAIL.value not in page.visible_column_keys()

    # And it can be deleted
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    page.delete_view_action.trigger()
    assert employee_list.saved_views(filled_vault) == []
    assert page.views_combo.count() == 1


def test_no_match_shows_a_hint_with_a_way_back(qtbot, page, filled_vault):
    page.search_edit.setText("no such person 12345")
    page.current_query()  # do not wait for the pause

    assert page.model.rowCount() == 0
    assert page.stack.currentWidget() is page.empty_panel
    assert not page.empty_clear_button.isHidden()
    assert page.empty_new_button.isHidden()

    qtbot.mouseClick(page.empty_clear_button, Qt.MouseButton.LeftButton)
    assert page.search_edit.text() == ""
    assert page.model.rowCount() == count_of(filled_vault)
    assert page.stack.currentWidget() is page.table


def test_empty_vault_shows_what_to_do_next(qtbot, new_vault):
    page = EmployeeListPage(new_vault.vault)
    qtbot.addWidget(page)
    page.show()

    assert page.stack.currentWidget() is page.empty_panel
    assert "No employees yet" in page.empty_label.text()
    assert page.empty_new_button.isVisible() and page.empty_import_button.isVisible()
    with qtbot.waitSignal(page.new_employee_requested):
        qtbot.mouseClick(page.empty_new_button, Qt.MouseButton.LeftButton)
    with qtbot.waitSignal(page.import_requested):
        qtbot.mouseClick(page.empty_import_button, Qt.MouseButton.LeftButton)


def test_refresh_keeps_query_and_scroll_position(qtbot, filled_vault):
    page = EmployeeListPage(filled_vault)
    qtbot.addWidget(page)
    page.resize(900, 260)  # short: the list scrolls
    page.show()
    qtbot.waitExposed(page)
    page.status_combo.setCurrentIndex(1)
    bar = page.table.verticalScrollBar()
    bar.setValue(bar.maximum() // 2)
    position = bar.value()
    assert position > 0

    page.refresh()

    assert page.current_query().statuses == ()
    assert bar.value() == position


def test_header_layout_is_restored_and_saved(qtbot, filled_vault):
    saved: list[bytes] = []
    first = EmployeeListPage(filled_vault, save_layout=saved.append)
    qtbot.addWidget(first)
    email = first.model.column_index(ListColumn.EMAIL.value)
    first.table.setColumnHidden(email, True)
    first.table.header_changed.emit()
    qtbot.waitUntil(lambda: bool(saved), timeout=2_000)

    second = EmployeeListPage(filled_vault, load_layout=lambda: saved[-1])
    qtbot.addWidget(second)
    assert second.table.isColumnHidden(email)
    assert ListColumn.EMAIL.value not in second.visible_column_keys()


def test_right_click_and_menu_key_offer_the_row_menu(qtbot, page, monkeypatch):
    shown_for: list[int] = []
    make_menu = page.row_menu

    def recording_menu(row):
        shown_for.append(row.id)
        return make_menu(row)

    monkeypatch.setattr(page, "row_menu", recording_menu)
    monkeypatch.setattr(page, "_popup", lambda menu, position: None)  # a real menu would wait
    rows = [page.model.index(r, 0).data(ROW_ROLE) for r in range(4)]

    # Right-click on the frozen name column, laid over the main view
    frozen = page.table.frozen_view()
    name_index = page.model.index(3, page.model.column_index(ListColumn.NAME.value))
    position = frozen.visualRect(name_index).center()
    frozen.customContextMenuRequested.emit(position)
    # The menu key acts on the current row, wherever the mouse is
    page.table.setCurrentIndex(page.model.index(1, 0))
    QApplication.sendEvent(
        page.table,
        QContextMenuEvent(
            QContextMenuEvent.Reason.Keyboard, QPoint(2, 2), page.table.mapToGlobal(QPoint(2, 2))
        ),
    )

    assert shown_for == [rows[3].id, rows[1].id]


def test_hire_dates_contract_end_and_grade_filter_in_sql(qtbot, page, filled_vault):
    everyone = page.model.rowCount()
    page.hired_from_check.setChecked(True)
    page.hired_from_edit.setDate(QDate(2020, 1, 1))
    qtbot.waitUntil(lambda: page.current_query().hired_from == dt.date(2020, 1, 1), timeout=2_000)
    assert page.model.rowCount() == count_of(filled_vault, hired_from=dt.date(2020, 1, 1))
    assert 0 < page.model.rowCount() < everyone

    page.contract_combo.setCurrentIndex(page.contract_combo.findData(90))
    page.grade_combo.setCurrentIndex(page.grade_combo.findData("P3"))
    expected = count_of(
        filled_vault, hired_from=dt.date(2020, 1, 1), contract_expiring_days=90, grade="P3"
    )
    assert page.model.rowCount() == expected

    page.clear_link.linkActivated.emit("clear")
    assert page.current_query() == ListQuery()
    assert not page.hired_from_check.isChecked() and page.grade_combo.currentIndex() == 0
