"""The dialog that sets an employee's direct supervisor: the department head, or someone chosen."""

from __future__ import annotations

from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from ehr_desktop.domain.errors import EhrError, InvalidInput
from ehr_desktop.gui.employee_picker import EmployeePicker
from ehr_desktop.gui.messages import describe, describe_problem
from ehr_desktop.gui.roles import error_label, hint_label
from ehr_desktop.services import employees
from ehr_desktop.services.vaults import UnlockedVault


class SupervisorDialog(QDialog):
    """Who the employee reports to. submit() saves and shows any refusal inside the dialog."""

    def __init__(
        self,
        vault: UnlockedVault,
        employee_id: int,
        current_supervisor_id: int | None,
        is_default: bool,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.vault = vault
        self.employee_id = employee_id
        self.setWindowTitle(self.tr("Change supervisor"))
        wanted = [employee_id] + ([current_supervisor_id] if current_supervisor_id else [])
        names = employees.names(vault, wanted)
        current_name = names.get(current_supervisor_id, "") if current_supervisor_id else ""

        layout = QVBoxLayout(self)
        self.intro_label = QLabel(self._intro(names.get(employee_id, ""), current_name, is_default))
        self.intro_label.setWordWrap(True)
        layout.addWidget(self.intro_label)

        self.default_radio = QRadioButton(self.tr("The &head of the department (default)"))
        layout.addWidget(self.default_radio)
        layout.addWidget(
            hint_label(
                self.tr(
                    "Follows the department: when the head changes or the employee is "
                    "transferred, the supervisor changes too."
                )
            )
        )
        self.other_radio = QRadioButton(self.tr("Someone &else"))
        layout.addWidget(self.other_radio)
        self._choice = QButtonGroup(self)
        self._choice.addButton(self.default_radio)
        self._choice.addButton(self.other_radio)

        self.picker = EmployeePicker(vault)
        self.picker_error = error_label()
        self.picker_error.hide()
        layout.addWidget(self.picker, 1)
        layout.addWidget(self.picker_error)
        self.error_label = error_label()
        self.error_label.hide()
        layout.addWidget(self.error_label)

        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self._save_clicked)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        QShortcut(QKeySequence.StandardKey.Save, self, activated=self._save_clicked)

        self.other_radio.toggled.connect(self._choice_changed)
        self.picker.activated.connect(lambda _employee_id: self._save_clicked())
        if is_default or current_supervisor_id is None:
            self.default_radio.setChecked(True)
            self.picker.run_search()
        else:
            self.other_radio.setChecked(True)
            # Show the current supervisor chosen; a left one is no longer listed.
            self.picker.search(current_name)
            if not self.picker.choose(current_supervisor_id):
                self.picker.search("")
        self._choice_changed()
        self.setMinimumWidth(self.fontMetrics().averageCharWidth() * 70)

    def _intro(self, name: str, current: str, is_default: bool) -> str:
        if not current:
            return self.tr("{name} has no supervisor now.").format(name=name)
        if is_default:
            return self.tr("{name} reports to {supervisor}, the department head.").format(
                name=name, supervisor=current
            )
        return self.tr("{name} reports to {supervisor}.").format(name=name, supervisor=current)

    def _choice_changed(self, *_args) -> None:
        someone_else = self.other_radio.isChecked()
        self.picker.setEnabled(someone_else)
        if someone_else:
            self.picker.setFocus()

    # --- values and saving --------------------------------------------------------------------

    def choose_default(self) -> None:
        self.default_radio.setChecked(True)

    def choose_someone_else(self, employee_id: int | None = None) -> bool:
        """Picks "Someone else" and, when given, that employee among the listed ones."""
        self.other_radio.setChecked(True)
        return employee_id is None or self.picker.choose(employee_id)

    @property
    def chosen_supervisor_id(self) -> int | None:
        """None for the department head (or when nobody is picked yet)."""
        return self.picker.chosen_employee_id if self.other_radio.isChecked() else None

    def field_error(self) -> str:
        return self.picker_error.text() if not self.picker_error.isHidden() else ""

    def error_text(self) -> str:
        return self.error_label.text() if not self.error_label.isHidden() else ""

    def _show(self, problem: QLabel, text: str) -> None:
        problem.setText(text)
        problem.setVisible(bool(text))

    def submit(self) -> bool:
        """Saves the choice; False (with the reason shown in the dialog) when refused."""
        self._show(self.picker_error, "")
        self._show(self.error_label, "")
        supervisor_id = self.chosen_supervisor_id
        if self.other_radio.isChecked() and supervisor_id is None:
            self._show(self.picker_error, self.tr("Choose an employee from the list."))
            return False
        try:
            employees.set_supervisor(self.vault, self.employee_id, supervisor_id)
        except InvalidInput as error:
            problems = list(error.facts.get("problems", ()))
            placed = [describe_problem(p) for p in problems if p.field == "supervisor_id"]
            unplaced = [describe_problem(p) for p in problems if p.field != "supervisor_id"]
            self._show(self.picker_error, " ".join(placed))
            if unplaced or not placed:
                self._show(self.error_label, " ".join([describe(error), *unplaced]))
            return False
        except EhrError as error:
            self._show(self.error_label, describe(error))
            return False
        return True

    def _save_clicked(self) -> None:
        if self.submit():
            self.accept()

    @classmethod
    def ask(
        cls,
        parent: QWidget | None,
        vault: UnlockedVault,
        employee_id: int,
        current_supervisor_id: int | None,
        is_default: bool,
    ) -> bool:
        """True when a new supervisor was saved."""
        dialog = cls(vault, employee_id, current_supervisor_id, is_default, parent)
        return dialog.exec() == QDialog.DialogCode.Accepted
