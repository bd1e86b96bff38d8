"""The Organization area: the tree and its numbers, details and history, and each dated change
made through its dialog (refusals shown inside the dialog, nothing saved)."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import QLocale, QModelIndex, Qt

from ehr_desktop.domain.errors import OrganizationRefused
from ehr_desktop.domain.people import Problem
from ehr_desktop.gui import formats, organization_page
from ehr_desktop.gui.labels import label
from ehr_desktop.gui.messages import describe_problem, describe_rule
from ehr_desktop.gui.organization_page import (
    ID_ROLE,
    ROW_ROLE,
    SORT_ROLE,
    ChangeHeadDialog,
    CloseDepartmentDialog,
    DepartmentColumn,
    DepartmentTreeModel,
    MergeDepartmentDialog,
    MoveDepartmentDialog,
    NewDepartmentDialog,
    OrganizationPage,
    PositionsDialog,
    RenameDepartmentDialog,
    choose_department,
)
from ehr_desktop.services import employee_list, organization

TODAY = dt.date(2026, 11, 27)


def _walk(model, parent=None):
    parent = parent if parent is not None else QModelIndex()
    for row in range(model.rowCount(parent)):
        index = model.index(row, 0, parent)
        yield index
        yield from _walk(model, index)


def _nodes(vault, **kwargs) -> dict[str, organization.DepartmentNode]:
    return {node.path: node for node in organization.tree(vault, **kwargs)}


def _staff(vault, department_id: int) -> int:
    query = employee_list.ListQuery(department_id=department_id)
    return employee_list.source(vault, query).count()


def _parent_and_child(vault) -> tuple[organization.DepartmentNode, organization.DepartmentNode]:
    nodes = organization.tree(vault)
    parent = next(node for node in nodes if node.children)
    child = next(node for node in nodes if node.id == parent.children[0])
    return parent, child


@pytest.fixture
def page(qtbot, filled_vault):
    widget = OrganizationPage(filled_vault)
    qtbot.addWidget(widget)
    widget.resize(1200, 700)
    return widget


# --- the tree ---------------------------------------------------------------------------------


def test_tree_lists_every_open_department_under_its_parent_with_its_totals(page, filled_vault):
    expected = {node.id: node for node in organization.tree(filled_vault)}
    model = page.model
    shown = {}
    for index in _walk(model):
        node_id = index.data(ID_ROLE)
        parent = index.parent()
        total = model.index(index.row(), DepartmentColumn.TOTAL, parent)
        own = model.index(index.row(), DepartmentColumn.HEADCOUNT, parent)
        head = model.index(index.row(), DepartmentColumn.HEAD, parent)
        shown[node_id] = (parent.data(ID_ROLE) if parent.isValid() else None, total, own, head)
    assert set(shown) == set(expected)
    for node_id, (parent_id, total, own, head) in shown.items():
        node = expected[node_id]
        assert parent_id == node.parent_id
        assert total.data(SORT_ROLE) == node.total_headcount
        assert total.data() == QLocale().toString(node.total_headcount)
        assert own.data(SORT_ROLE) == node.headcount
        assert head.data() == (node.head_name or "")
        assert total.data(Qt.ItemDataRole.TextAlignmentRole) & Qt.AlignmentFlag.AlignRight
    # The top level is open, so the second level is in view without a click.
    for index in _walk(model):
        if not index.parent().isValid() and model.rowCount(index):
            assert page.tree_view.isExpanded(index)


def test_tree_model_passes_the_model_tester(qtmodeltester, filled_vault):
    organization.create_department(filled_vault, "临时项目组", None, TODAY - dt.timedelta(days=30))
    temporary = _nodes(filled_vault)["临时项目组"]
    organization.close_department(filled_vault, temporary.id, TODAY)
    model = DepartmentTreeModel()
    model.set_nodes(organization.tree(filled_vault, include_closed=True), show_closed=True)
    qtmodeltester.check(model)
    model.set_nodes(organization.tree(filled_vault, include_closed=True), show_closed=False)
    qtmodeltester.check(model)


def test_closed_departments_appear_muted_only_when_asked_for(page, filled_vault):
    department_id = organization.create_department(
        filled_vault, "临时项目组", None, TODAY - dt.timedelta(days=30)
    )
    organization.close_department(filled_vault, department_id, TODAY)
    page.refresh()
    assert not page.model.index_of(department_id).isValid()

    page.show_closed_check.setChecked(True)
    index = page.model.index_of(department_id)
    assert index.isValid()
    date = formats.date_text(TODAY)
    assert index.data() == f"临时项目组 (closed on {date})"
    assert index.data(Qt.ItemDataRole.ForegroundRole) is not None
    page.select_department(department_id)
    assert not page.rename_action.isEnabled()
    assert not page.close_action.isEnabled()


# --- details and history --------------------------------------------------------------------


def test_details_show_the_chosen_department_and_its_buttons_emit(page, filled_vault, qtbot):
    parent, _child = _parent_and_child(filled_vault)
    page.select_department(parent.id)
    assert page.path_label.text() == parent.path
    assert page.code_label.text() == (parent.code or "—")
    locale = QLocale()
    assert page.headcount_label.text() == (
        f"{locale.toString(parent.headcount)} in this department, "
        f"{locale.toString(parent.total_headcount)} including sub-departments"
    )
    with qtbot.waitSignal(page.show_department_employees) as shown:
        page.show_employees_button.click()
    assert shown.args == [parent.id]
    assert f'href="employee:{parent.head_id}"' in page.head_label.text()
    with qtbot.waitSignal(page.open_employee) as opened:
        page.head_label.linkActivated.emit(f"employee:{parent.head_id}")
    assert opened.args == [parent.head_id]


def test_rename_from_the_toolbar_keeps_the_selection_and_shows_in_the_history(
    page, filled_vault, monkeypatch
):
    parent, _child = _parent_and_child(filled_vault)
    old_name = parent.name

    def rename_in_dialog(owner, vault, department):
        dialog = RenameDepartmentDialog(vault, department, owner)
        dialog.set_effective_date(TODAY)
        dialog.name_edit.setText("营销中心")
        dialog.note_edit.setText("董事会决议 2026-12")
        return dialog.submit()

    monkeypatch.setattr(RenameDepartmentDialog, "ask", staticmethod(rename_in_dialog))
    page.select_department(parent.id)
    page.rename_action.trigger()

    assert page.current_node().id == parent.id
    assert page.current_node().name == "营销中心"
    assert page.model.index_of(parent.id).data() == "营销中心"
    newest = page.history_texts()[0]
    assert newest[1] == label("department_event", "rename")
    assert newest[2] == f"From “{old_name}” to “营销中心”."
    assert newest[3] == "董事会决议 2026-12"


# --- the dialogs ------------------------------------------------------------------------------


def test_new_department_dialog_creates_it_under_the_chosen_parent(filled_vault):
    parent, _child = _parent_and_child(filled_vault)
    dialog = NewDepartmentDialog(filled_vault, parent.id)
    assert dialog.parent_combo.currentData() == parent.id
    dialog.set_effective_date(TODAY)
    dialog.name_edit.setText("西南区")
    dialog.code_edit.setText("SAL-SW")
    assert dialog.submit()

    created = _nodes(filled_vault)[f"{parent.path}/西南区"]
    assert created.id == dialog.created_id
    assert created.parent_id == parent.id
    assert created.code == "SAL-SW"
    assert created.established_on == TODAY
    assert organization.history(filled_vault, created.id)[0].kind == "create"


def test_new_department_with_a_sibling_name_is_refused_under_the_field(filled_vault):
    parent, child = _parent_and_child(filled_vault)
    before = len(organization.tree(filled_vault))
    dialog = NewDepartmentDialog(filled_vault, parent.id)
    dialog.name_edit.setText(child.name)
    assert not dialog.submit()
    assert dialog.field_error("name") == describe_problem(Problem("name", "duplicate_sibling"))
    assert len(organization.tree(filled_vault)) == before

    dialog.name_edit.setText("")
    assert not dialog.submit()
    assert dialog.field_error("name") == describe_problem(Problem("name", "required"))


def test_new_department_page_action_selects_the_new_department(page, filled_vault, monkeypatch):
    def create_in_dialog(owner, vault, parent_id=None):
        dialog = NewDepartmentDialog(vault, parent_id, owner)
        choose_department(dialog.parent_combo, None)
        dialog.name_edit.setText("法务部")
        return dialog.created_id if dialog.submit() else None

    monkeypatch.setattr(NewDepartmentDialog, "ask", staticmethod(create_in_dialog))
    page.new_action.trigger()
    assert page.current_node().name == "法务部"
    assert page.current_node().parent_id is None


def test_moving_a_department_into_its_own_child_is_refused_in_words(filled_vault):
    parent, child = _parent_and_child(filled_vault)
    dialog = MoveDepartmentDialog(filled_vault, parent)
    assert choose_department(dialog.parent_combo, child.id)
    assert not dialog.submit()
    assert dialog.error_text() == (
        "A department cannot be placed under itself or one of its own sub-departments."
    )
    assert _nodes(filled_vault)[parent.path].parent_id == parent.parent_id


def test_moving_a_department_under_another(filled_vault):
    parent, child = _parent_and_child(filled_vault)
    other = next(
        node
        for node in organization.tree(filled_vault)
        if node.parent_id is None and node.id != parent.id
    )
    dialog = MoveDepartmentDialog(filled_vault, child)
    assert choose_department(dialog.parent_combo, other.id)
    assert dialog.submit()
    assert _nodes(filled_vault)[f"{other.path}/{child.name}"].id == child.id


def test_closing_a_staffed_department_is_refused_with_the_count(filled_vault):
    staffed = next(node for node in organization.tree(filled_vault) if node.headcount > 1)
    dialog = CloseDepartmentDialog(filled_vault, staffed)
    assert not dialog.submit()
    expected = describe_rule(OrganizationRefused(rule="close_staffed", count=staffed.headcount))
    assert dialog.error_text() == expected
    assert f"{staffed.headcount} employees still work in this department" in expected
    assert not _nodes(filled_vault, include_closed=True)[staffed.path].is_closed


def test_closing_from_the_page_selects_the_parent_and_hides_the_closed(
    page, filled_vault, monkeypatch
):
    parent, _child = _parent_and_child(filled_vault)
    empty_id = organization.create_department(
        filled_vault, "筹备组", parent.id, TODAY - dt.timedelta(days=10)
    )
    page.refresh()
    page.select_department(empty_id)

    def close_in_dialog(owner, vault, department):
        dialog = CloseDepartmentDialog(vault, department, owner)
        dialog.set_effective_date(TODAY)
        return dialog.submit()

    monkeypatch.setattr(CloseDepartmentDialog, "ask", staticmethod(close_in_dialog))
    page.close_action.trigger()
    assert not page.model.index_of(empty_id).isValid()
    assert page.current_node().id == parent.id


def test_merge_says_how_many_move_and_transfers_them(filled_vault):
    leaves = [node for node in organization.tree(filled_vault) if not node.children]
    source, target = [node for node in leaves if node.headcount > 1][:2]
    source_staff, target_staff = _staff(filled_vault, source.id), _staff(filled_vault, target.id)
    dialog = MergeDepartmentDialog(filled_vault, source)
    assert choose_department(dialog.target_combo, target.id)
    assert dialog.transfer_count == source.headcount
    assert dialog.statement_label.text().startswith(
        f"{source.headcount} employees of “{source.name}” will be transferred to “{target.path}”"
    )
    dialog.set_effective_date(TODAY)
    assert dialog.submit()

    assert dialog.result_value.moved == source.headcount
    assert _staff(filled_vault, target.id) == target_staff + source_staff
    assert _staff(filled_vault, source.id) == 0
    assert _nodes(filled_vault, include_closed=True)[source.path].closed_on == TODAY
    assert organization.history(filled_vault, source.id)[-1].kind == "merge"


def test_change_head_through_the_picker(filled_vault):
    department = organization.tree(filled_vault)[0]
    candidate = next(
        row
        for row in employee_list.source(filled_vault, employee_list.ListQuery()).rows(0, 100)
        if row.id != department.head_id
    )
    dialog = ChangeHeadDialog(filled_vault, department)
    dialog.search(candidate.employee_no)
    assert dialog.results.topLevelItemCount() == 1
    assert dialog.results.topLevelItem(0).text(1) == candidate.name
    assert dialog.chosen_employee_id == candidate.id
    assert dialog.submit()
    assert organization.tree(filled_vault)[0].head_id == candidate.id


def test_change_head_needs_a_choice_and_can_leave_none(filled_vault):
    department = organization.tree(filled_vault)[0]
    dialog = ChangeHeadDialog(filled_vault, department)
    dialog.search("no such person 无此人")
    assert dialog.results.topLevelItemCount() == 0
    assert not dialog.submit()
    assert dialog.field_error("head") == "Choose an employee from the list."
    assert organization.tree(filled_vault)[0].head_id == department.head_id

    dialog.no_head_check.setChecked(True)
    assert dialog.submit()
    assert organization.tree(filled_vault)[0].head_id is None


def test_positions_dialog_adds_a_position(qtmodeltester, filled_vault):
    dialog = PositionsDialog(filled_vault)
    before = dialog.model.rowCount()
    dialog.title_edit.setText("法务专员")
    dialog.family_combo.setEditText("职能")
    dialog.grade_combo.setCurrentIndex(dialog.grade_combo.findData("P3"))
    assert dialog.submit()

    added = next(p for p in organization.positions(filled_vault) if p.title == "法务专员")
    assert (added.job_family, added.default_grade) == ("职能", "P3")
    assert dialog.model.rowCount() == before + 1
    assert dialog.table.currentIndex().data(ROW_ROLE) == added
    standalone = organization_page.PositionTableModel()  # outlives the dialog, for the tester
    standalone.set_rows(organization.positions(filled_vault))
    qtmodeltester.check(standalone)

    dialog.title_edit.setText("法务专员")
    assert not dialog.submit()
    assert dialog.field_error("title") == describe_problem(Problem("title", "duplicate"))
    assert dialog.model.rowCount() == before + 1


def test_history_details_name_departments_and_people(filled_vault):
    parent, child = _parent_and_child(filled_vault)
    paths = {node.id: node.path for node in organization.tree(filled_vault)}
    entry = organization.DepartmentHistoryEntry(
        TODAY, "merge", {"into": parent.id, "moved": 3}, None, "HR"
    )
    text = organization_page.event_details(entry, paths, {})
    assert text == f"Merged into {parent.path}; 3 employees transferred."
    entry = organization.DepartmentHistoryEntry(TODAY, "head", {"old": 1, "new": 2}, None, "HR")
    assert organization_page.event_details(entry, paths, {1: "甲", 2: "乙"}) == "From 甲 to 乙."
    entry = organization.DepartmentHistoryEntry(
        TODAY, "move", {"old_parent_id": None, "new_parent_id": child.id}, None, "HR"
    )
    assert organization_page.event_details(entry, paths, {}) == (
        f"From under the top level to under {child.path}."
    )
