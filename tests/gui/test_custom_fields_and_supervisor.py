"""Custom fields defined in Settings reach the employee file; the direct supervisor is chosen in a
dialog opened from the file's header."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import QMessageBox

from ehr_desktop.domain.people import Problem
from ehr_desktop.gui.custom_fields import (
    ROW_ROLE,
    CustomFieldColumn,
    CustomFieldDialog,
    CustomFieldTableModel,
    choices_text,
)
from ehr_desktop.gui.employee_file import EmployeeFileView
from ehr_desktop.gui.labels import label
from ehr_desktop.gui.messages import describe_problem
from ehr_desktop.gui.settings_page import SettingsPage
from ehr_desktop.gui.supervisor_dialog import SupervisorDialog
from ehr_desktop.gui.worker import JobRunner
from ehr_desktop.services import attachments, employee_list, employees
from ehr_desktop.services.preferences import PreferenceStore


@pytest.fixture(autouse=True)
def copies_folder(tmp_path, monkeypatch):
    """Plaintext copies for other programs go to the test's folder, never the user's cache."""
    monkeypatch.setattr(attachments, "viewer_folder", lambda: tmp_path / "open-copies")


@pytest.fixture
def settings(qtbot, filled_vault, tmp_path):
    jobs = JobRunner()
    page = SettingsPage(filled_vault, PreferenceStore(tmp_path / "prefs"), jobs)
    qtbot.addWidget(page)
    return page


def _current_employees(vault, count: int):
    return employee_list.source(vault, employee_list.ListQuery()).rows(0, count)


def _open_file(qtbot, vault, employee_id) -> EmployeeFileView:
    view = EmployeeFileView(vault, employee_id)
    qtbot.addWidget(view)
    return view


def _add_field(qtbot, vault, label_text: str, kind: str, choice_lines: str = "") -> str:
    dialog = CustomFieldDialog(vault)
    qtbot.addWidget(dialog)
    dialog.label_edit.setText(label_text)
    dialog.set_kind(kind)
    dialog.choices_edit.setPlainText(choice_lines)
    assert dialog.submit() is True
    assert dialog.created_key
    return dialog.created_key


# --- custom fields --------------------------------------------------------------------------


def test_adding_a_text_and_a_choice_field_through_the_dialog(qtbot, filled_vault):
    text_key = _add_field(qtbot, filled_vault, "工位号", "text")
    choice_key = _add_field(qtbot, filled_vault, "工服尺码", "choice", "S\n M \n\nL\nM\n")

    defined = {d.key: d for d in employees.custom_fields(filled_vault)}
    assert (defined[text_key].label, defined[text_key].kind) == ("工位号", "text")
    assert defined[choice_key].kind == "choice"
    assert defined[choice_key].choices == ("S", "M", "L")


def test_choices_are_asked_for_only_for_a_choice_field(qtbot, filled_vault):
    dialog = CustomFieldDialog(filled_vault)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.set_kind("number")
    assert not dialog.choices_edit.isVisible()
    dialog.set_kind("choice")
    assert dialog.choices_edit.isVisible()
    dialog.label_edit.setText("学历层次")
    assert dialog.submit() is False  # a choice field without choices
    assert dialog.field_error("choices") == describe_problem(Problem("choices", "required"))


def test_an_empty_name_is_refused_under_the_field(qtbot, filled_vault):
    dialog = CustomFieldDialog(filled_vault)
    qtbot.addWidget(dialog)
    dialog.label_edit.setText("   ")
    assert dialog.submit() is False
    assert dialog.field_error("label") == describe_problem(Problem("label", "required"))
    assert dialog.error_text() == ""
    assert employees.custom_fields(filled_vault) == ()


def test_a_new_field_appears_in_the_file_and_retiring_hides_it(
    qtbot, filled_vault, settings, monkeypatch
):
    # Given a field added from the Settings page
    employee_id = _current_employees(filled_vault, 1)[0].id
    monkeypatch.setattr(
        CustomFieldDialog,
        "ask",
        classmethod(lambda cls, parent, vault: employees.add_custom_field(vault, "鞋码", "number")),
    )
    qtbot.mouseClick(settings.ui.addCustomFieldButton, Qt.MouseButton.LeftButton)
    chosen = settings.selected_custom_field()
    assert chosen is not None and chosen.label == "鞋码"
    assert settings.ui.retireCustomFieldButton.isEnabled()

    # Then a file opened now has an editor for it in the basic data
    view = _open_file(qtbot, filled_vault, employee_id)
    assert view.editor(f"custom:{chosen.key}") is not None
    assert not view.custom_group.isHidden()

    # When the officer retires it (after the question)
    asked = []

    def answer(*args):
        asked.append(args[2])
        return QMessageBox.StandardButton.Yes

    monkeypatch.setattr(QMessageBox, "question", answer)
    qtbot.mouseClick(settings.ui.retireCustomFieldButton, Qt.MouseButton.LeftButton)
    assert "鞋码" in asked[0] and "history" in asked[0]

    # Then it is listed as retired, can't be retired again, and newer files lack it
    row = settings.custom_fields_model.row_of(chosen.key)
    status = settings.custom_fields_model.index(row, CustomFieldColumn.STATUS)
    assert status.data() == "Retired"
    assert status.data(Qt.ItemDataRole.ForegroundRole) is not None
    assert settings.selected_custom_field().retired
    assert not settings.ui.retireCustomFieldButton.isEnabled()
    later = _open_file(qtbot, filled_vault, employee_id)
    with pytest.raises(KeyError):
        later.editor(f"custom:{chosen.key}")
    assert employees.custom_fields(filled_vault) == ()


def test_retiring_asks_first_and_no_changes_nothing(qtbot, filled_vault, settings, monkeypatch):
    key = employees.add_custom_field(filled_vault, "车牌号", "text")
    settings.refresh_custom_fields()
    assert settings.select_custom_field(key)
    monkeypatch.setattr(QMessageBox, "question", lambda *args: QMessageBox.StandardButton.No)
    settings.retire_selected_custom_field()
    assert [d.key for d in employees.custom_fields(filled_vault)] == [key]


def test_custom_field_model_shows_each_column_and_passes_the_model_tester(
    qtmodeltester, filled_vault
):
    employees.add_custom_field(filled_vault, "工位号", "text")
    choice = employees.add_custom_field(filled_vault, "工服尺码", "choice", ["S", "M"])
    employees.retire_custom_field(filled_vault, choice)
    model = CustomFieldTableModel()
    model.set_rows(employees.custom_fields(filled_vault, include_retired=True))
    qtmodeltester.check(model)

    retired = model.row_of(choice)
    values = [model.index(retired, column).data() for column in CustomFieldColumn]
    assert values == [
        "工服尺码",
        label("custom_kind", "choice"),
        choices_text(["S", "M"]),
        "Retired",
    ]
    assert model.index(retired, 0).data(ROW_ROLE).key == choice
    assert model.index(1 - retired, CustomFieldColumn.STATUS).data() == "Active"
    assert model.index(1 - retired, 0).data(Qt.ItemDataRole.ForegroundRole) is None
    assert choices_text(["S", "M"], QLocale(QLocale.Language.Chinese)) == "S、M"
    assert choices_text(["S", "M"], QLocale(QLocale.Language.English)) == "S, M"


# --- the direct supervisor -------------------------------------------------------------------


def test_supervisor_dialog_sets_someone_else_and_back_to_the_head(qtbot, filled_vault):
    employee, boss = _current_employees(filled_vault, 2)
    job = employees.load_file(filled_vault, employee.id).job
    dialog = SupervisorDialog(
        filled_vault, employee.id, job.supervisor_id, job.supervisor_is_default
    )
    qtbot.addWidget(dialog)
    assert dialog.default_radio.isChecked() and not dialog.picker.isEnabled()

    dialog.choose_someone_else()
    dialog.picker.search(boss.employee_no)
    assert dialog.picker.choose(boss.id)
    assert dialog.submit() is True
    job = employees.load_file(filled_vault, employee.id).job
    assert (job.supervisor_id, job.supervisor_is_default) == (boss.id, False)

    # Opened again, the dialog starts from the chosen person
    again = SupervisorDialog(
        filled_vault, employee.id, job.supervisor_id, job.supervisor_is_default
    )
    qtbot.addWidget(again)
    assert again.other_radio.isChecked() and again.chosen_supervisor_id == boss.id
    again.choose_default()
    assert again.submit() is True
    assert employees.load_file(filled_vault, employee.id).job.supervisor_is_default is True


def test_supervisor_dialog_asks_to_pick_someone(qtbot, filled_vault):
    employee = _current_employees(filled_vault, 1)[0]
    dialog = SupervisorDialog(filled_vault, employee.id, None, True)
    qtbot.addWidget(dialog)
    dialog.choose_someone_else()
    dialog.picker.search("没有这个人")
    assert dialog.submit() is False
    assert dialog.field_error() == "Choose an employee from the list."


def test_choosing_the_employee_themself_is_refused_in_the_dialog(qtbot, filled_vault):
    employee = _current_employees(filled_vault, 1)[0]
    dialog = SupervisorDialog(filled_vault, employee.id, None, True)
    qtbot.addWidget(dialog)
    dialog.picker.search(employee.employee_no)
    assert dialog.choose_someone_else(employee.id)
    assert dialog.submit() is False
    assert dialog.field_error() == describe_problem(Problem("supervisor_id", "not_self"))
    assert employees.load_file(filled_vault, employee.id).job.supervisor_is_default is True


def test_file_header_changes_the_supervisor_and_reloads(qtbot, filled_vault, monkeypatch):
    employee, boss = _current_employees(filled_vault, 2)
    view = _open_file(qtbot, filled_vault, employee.id)
    view.show()
    assert view.supervisor_action.isVisible()
    asked = []

    def ask(cls, parent, vault, employee_id, current_id, is_default):
        asked.append((employee_id, is_default))
        employees.set_supervisor(vault, employee_id, boss.id)
        return True

    monkeypatch.setattr(SupervisorDialog, "ask", classmethod(ask))
    with qtbot.waitSignal(view.changed) as changed:
        view.supervisor_action.trigger()
    assert changed.args == [employee.id]
    assert asked == [(employee.id, True)]
    assert view.supervisor_label.text() == f"Supervisor: {boss.name}"


def test_the_supervisor_action_is_only_for_people_employed_now(qtbot, filled_vault):
    left = employee_list.source(filled_vault, employee_list.ListQuery(statuses=("left",))).rows(
        0, 1
    )
    assert left, "the demo vault has people who left"
    view = _open_file(qtbot, filled_vault, left[0].id)
    view.show()
    assert not view.supervisor_action.isVisible()
