"""Guided lifecycle dialogs (入职, 转正, 调岗, 晋升, 调薪, 合同, 离职, 再入职, corrections) and run_action."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable, Mapping, Sequence
from functools import cached_property
from typing import Any

from PySide6.QtCore import QCoreApplication, QDate, QDateTime, QLocale, QObject, Qt
from PySide6.QtGui import QCloseEvent, QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QRadioButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from ehr_desktop.domain import contracts as contract_rules
from ehr_desktop.domain import id_number, people
from ehr_desktop.domain import lifecycle as rules
from ehr_desktop.domain.errors import EhrError, InvalidInput, LifecycleRefused, NotFound
from ehr_desktop.domain.lifecycle import EmploymentState, Kind, Status
from ehr_desktop.domain.people import PersonalData, Problem
from ehr_desktop.gui import formats
from ehr_desktop.gui.labels import choices, label
from ehr_desktop.gui.messages import describe, describe_problem, describe_rule
from ehr_desktop.gui.roles import error_label, hint_label
from ehr_desktop.services import employee_list, employees, lifecycle, organization
from ehr_desktop.services.employees import ContractEntry, EmployeeFile, TimelineEntry
from ehr_desktop.services.vaults import UnlockedVault

__all__ = [
    "ACTION_KEYS",
    "ActionDialog",
    "ConfirmProbationDialog",
    "ContractDialog",
    "CorrectEventDialog",
    "ExtendProbationDialog",
    "LeaveDialog",
    "OffboardDialog",
    "OnboardDialog",
    "PromotionDialog",
    "RehireDialog",
    "ReturnDialog",
    "SalaryChangeDialog",
    "TerminateContractDialog",
    "TransferDialog",
    "run_action",
]

_FIRST_DAY = QDate(1900, 1, 1)
_LAST_DAY = QDate(2100, 12, 31)
# Order in which the kinds of leaving are offered (SEPARATIONS itself is a set).
SEPARATION_ORDER = (
    Kind.RESIGNATION,
    Kind.DISMISSAL,
    Kind.CONTRACT_END,
    Kind.RETIREMENT,
    Kind.DEATH,
)
_INDENT = "    "


# --- small helpers: dates, money, combos ------------------------------------------------------


def qdate(day: dt.date) -> QDate:
    return QDate(day.year, day.month, day.day)


def pydate(day: QDate) -> dt.date:
    return dt.date(day.year(), day.month(), day.day())


def date_format() -> str:
    """The locale's short date format, always with a four-digit year."""
    return formats.date_format()


def date_text(day: dt.date | None) -> str:
    return QLocale().toString(qdate(day), date_format()) if day else ""


def date_edit(day: dt.date) -> QDateEdit:
    edit = QDateEdit(qdate(day))
    edit.setCalendarPopup(True)
    edit.setDisplayFormat(date_format())
    edit.setDateRange(_FIRST_DAY, _LAST_DAY)
    # As wide as a date needs, not as wide as the form: a date is short and reads as one.
    edit.setSizePolicy(QSizePolicy.Policy.Maximum, QSizePolicy.Policy.Fixed)
    return edit


def optional_date_edit() -> QDateEdit:
    """A date edit that starts blank: the first day of its range stands for "not entered"."""
    edit = date_edit(pydate(_FIRST_DAY))
    edit.setSpecialValueText(" ")
    return edit


def optional_date(edit: QDateEdit) -> dt.date | None:
    return None if edit.date() == edit.minimumDate() else pydate(edit.date())


def timestamp_text(text: str) -> str:
    """A stored ISO timestamp as the locale writes date and time, in local time."""
    moment = QDateTime.fromString(text, Qt.DateFormat.ISODate)
    if not moment.isValid():
        return text
    return formats.datetime_text(moment.toLocalTime())


def money_text(cents: int | None) -> str:
    if cents is None:
        return QCoreApplication.translate("LifecycleDialogs", "not recorded")
    return QLocale().toCurrencyString(cents / 100, "¥", 2)


def money_spin(cents: int | None) -> QDoubleSpinBox:
    """Monthly salary in yuan with two decimals (stored as cents)."""
    spin = QDoubleSpinBox()
    spin.setDecimals(2)
    spin.setRange(0, lifecycle.MAX_SALARY_CENTS / 100)
    spin.setSingleStep(100)
    spin.setGroupSeparatorShown(True)
    spin.setPrefix("¥ ")
    spin.setAlignment(Qt.AlignmentFlag.AlignRight)
    spin.setValue((cents or 0) / 100)
    return spin


def cents_of(spin: QDoubleSpinBox) -> int:
    return round(spin.value() * 100)


def select_data(combo: QComboBox, value: object) -> bool:
    """Makes the item carrying `value` current; False (and no change) when there is none."""
    if value is None:
        return False
    index = combo.findData(value)
    if index < 0:
        return False
    combo.setCurrentIndex(index)
    return True


def suggestion_combo(suggestions: Iterable[str]) -> QComboBox:
    """An editable combo: common answers to pick from, anything else may be typed."""
    combo = QComboBox()
    combo.setEditable(True)
    combo.addItems(list(suggestions))
    combo.setCurrentIndex(-1)
    combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
    return combo


def combo_text(combo: QComboBox) -> str | None:
    return combo.currentText().strip() or None


def add_months(day: dt.date, months: int) -> dt.date:
    """The last day of a period of `months` starting on `day` (3 months from 1 March: 31 May)."""
    return pydate(qdate(day).addMonths(months).addDays(-1))


def add_years(day: dt.date, years: int) -> dt.date:
    """The last day of a term of `years` starting on `day` (3 years from 2024-03-01: 2027-02-28)."""
    return pydate(qdate(day).addYears(years).addDays(-1))


def step_grade(grade: str | None, step: int) -> str:
    """The grade one step up or down the same ladder (P1…P7, M1…M4), clamped at the ends."""
    if grade not in organization.GRADES:
        return organization.GRADES[0]
    ladder = [g for g in organization.GRADES if g[0] == grade[0]]
    index = min(max(ladder.index(grade) + step, 0), len(ladder) - 1)
    return ladder[index]


def current_state(file: EmployeeFile) -> EmploymentState:
    job = file.job
    return EmploymentState(
        status=Status(job.status),
        department_id=job.department_id,
        position_id=job.position_id,
        grade=job.grade,
        monthly_salary_cents=job.monthly_salary_cents,
        hire_date=job.hire_date,
        first_hire_date=job.first_hire_date,
        leave_date=job.leave_date,
        probation_end=job.probation_end,
    )


def state_before(file: EmployeeFile, entry: TimelineEntry) -> EmploymentState:
    """What was true just before `entry`: a correction compares with that, not with today."""
    events = [
        rules.Event(
            Kind(t.kind), t.effective_date, t.details, sequence=t.id, corrects=t.corrects_id
        )
        for t in file.timeline
    ]
    counted = rules.effective(events)
    if all(event.sequence != entry.id for event in counted):
        counted.append(next(e for e in events if e.sequence == entry.id))
    state = EmploymentState()
    for event in rules.in_order(counted):
        if event.sequence == entry.id:
            break
        try:
            state = rules.apply(state, event)
        except rules.RuleBroken:
            break  # the history is already inconsistent: compare with what is known so far
    return state


def contract_in_force(contracts: Sequence[ContractEntry], on: dt.date) -> ContractEntry | None:
    """The contract lifecycle.offboard would end on `on` (same test as the service)."""
    for contract in reversed(contracts):
        if (
            contract.terminated_on is None
            and contract.start_date <= on
            and (contract.end_date is None or contract.end_date > on)
        ):
            return contract
    return None


def renewable_contract(contracts: Sequence[ContractEntry]) -> ContractEntry | None:
    """The current contract, else the latest one."""
    current = [c for c in contracts if c.is_current]
    if current:
        return current[-1]
    return contracts[-1] if contracts else None


def suggest_employee_no(vault: UnlockedVault) -> str:
    """The highest employee number plus one (XH00060 → XH00061); empty when there is no pattern."""
    query = employee_list.ListQuery(statuses=(), sort_key="employee_no", descending=True)
    rows = employee_list.source(vault, query).rows(0, 1)
    if not rows:
        return ""
    match = re.fullmatch(r"(.*?)(\d+)", rows[0].employee_no)
    if match is None:
        return ""
    prefix, digits = match.groups()
    return f"{prefix}{int(digits) + 1:0{len(digits)}d}"


# --- pickers ----------------------------------------------------------------------------------


class ProbationPicker(QWidget):
    """No probation, 1/2/3/6 months from the start, or until a chosen date."""

    UNTIL_DATE = -1

    def __init__(self, start: dt.date, months: int = 0, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._start = start
        self.combo = QComboBox()
        self.combo.addItem(self.tr("No probation"), 0)
        self.combo.addItem(self.tr("1 month"), 1)
        self.combo.addItem(self.tr("2 months"), 2)
        self.combo.addItem(self.tr("3 months"), 3)
        self.combo.addItem(self.tr("6 months"), 6)
        self.combo.addItem(self.tr("Until a date"), self.UNTIL_DATE)
        self.end_edit = date_edit(start)
        self.end_edit.setToolTip(self.tr("Last day of the probation"))
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.combo)
        layout.addWidget(self.end_edit, 1)
        select_data(self.combo, months)
        self.combo.currentIndexChanged.connect(self._update)
        self._update()

    def set_start(self, start: dt.date) -> None:
        self._start = start
        self._update()

    def _update(self) -> None:
        choice = self.combo.currentData()
        self.end_edit.setVisible(choice != 0)
        self.end_edit.setEnabled(choice == self.UNTIL_DATE)
        if choice and choice > 0:
            self.end_edit.setDate(qdate(add_months(self._start, choice)))

    def probation_end(self) -> dt.date | None:
        return None if self.combo.currentData() == 0 else pydate(self.end_edit.date())

    def set_probation_end(self, end: dt.date | None) -> None:
        if end is None:
            select_data(self.combo, 0)
            return
        for months in (1, 2, 3, 6):
            if add_months(self._start, months) == end:
                select_data(self.combo, months)
                return
        select_data(self.combo, self.UNTIL_DATE)
        self.end_edit.setDate(qdate(end))


class TermPicker(QWidget):
    """A contract's end: 1/2/3/5 years from the start, a chosen date, or no end date."""

    UNTIL_DATE = -1
    NO_END = 0

    def __init__(self, start: dt.date, years: int = 3, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._start = start
        self.combo = QComboBox()
        self.combo.addItem(self.tr("1 year"), 1)
        self.combo.addItem(self.tr("2 years"), 2)
        self.combo.addItem(self.tr("3 years"), 3)
        self.combo.addItem(self.tr("5 years"), 5)
        self.combo.addItem(self.tr("Until a date"), self.UNTIL_DATE)
        self.combo.addItem(self.tr("No end date"), self.NO_END)
        self.end_edit = date_edit(start)
        self.end_edit.setToolTip(self.tr("Last day of the contract"))
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.combo)
        layout.addWidget(self.end_edit, 1)
        select_data(self.combo, years)
        self.combo.currentIndexChanged.connect(self._update)
        self._update()

    def set_start(self, start: dt.date) -> None:
        self._start = start
        self._update()

    def set_contract_type(self, contract_type: str | None) -> None:
        # An open-ended contract has no end by definition; a fixed-term one needs one.
        if contract_type == "open_ended":
            select_data(self.combo, self.NO_END)
            self.combo.setEnabled(False)
            return
        self.combo.setEnabled(True)
        if contract_type == "fixed_term" and self.combo.currentData() == self.NO_END:
            select_data(self.combo, 3)

    def _update(self) -> None:
        choice = self.combo.currentData()
        self.end_edit.setVisible(choice != self.NO_END)
        self.end_edit.setEnabled(choice == self.UNTIL_DATE)
        if choice and choice > 0:
            self.end_edit.setDate(qdate(add_years(self._start, choice)))

    def end_date(self) -> dt.date | None:
        return None if self.combo.currentData() == self.NO_END else pydate(self.end_edit.date())


# --- the frame every guided action shares -----------------------------------------------------


class ActionDialog(QDialog):
    """Form above, the reason for a refusal and Save/Cancel below. Saving calls the service; a
    refusal keeps the dialog open with the values as typed and nothing saved."""

    def __init__(
        self, parent: QWidget | None, vault: UnlockedVault, *, today: dt.date | None = None
    ) -> None:
        super().__init__(parent)
        self.vault = vault
        self.today = today or dt.date.today()
        self.result_id: int | None = None
        self._field_errors: dict[str, QLabel] = {}
        self._field_widgets: dict[str, QWidget] = {}
        self.setSizeGripEnabled(True)
        self.body = QVBoxLayout()
        self.error_label = error_label()
        self.error_label.hide()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.save_button = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        self.buttons.accepted.connect(self._save_clicked)
        self.buttons.rejected.connect(self._cancel_clicked)
        shortcut = QShortcut(QKeySequence(QKeySequence.StandardKey.Save), self)
        shortcut.activated.connect(self._save_clicked)
        # Room for a Chinese or English label beside its field, in the user's font size.
        self.setMinimumWidth(self.fontMetrics().averageCharWidth() * 64)
        outer = QVBoxLayout(self)
        outer.addLayout(self.body)
        outer.addStretch(1)
        outer.addWidget(self.error_label)
        outer.addWidget(self.buttons)

    # Departments and positions are read once per dialog: small tables, and stable meanwhile.
    @cached_property
    def departments(self) -> list[organization.DepartmentNode]:
        return organization.tree(self.vault, include_closed=True)

    @cached_property
    def positions(self) -> list[organization.PositionRow]:
        return organization.positions(self.vault, include_retired=True)

    def department_name(self, department_id: int | None) -> str:
        return next((d.path for d in self.departments if d.id == department_id), "")

    def position_name(self, position_id: int | None) -> str:
        return next((p.title for p in self.positions if p.id == position_id), "")

    def department_combo(self, *, keep: str | None = None, placeholder: str = "") -> QComboBox:
        """Open departments in tree order, indented by level; the full path as tooltip."""
        combo = QComboBox()
        combo.setMaxVisibleItems(20)
        if keep is not None:
            combo.addItem(keep, None)
        for node in self.departments:
            if node.is_closed:
                continue
            depth = node.path.count(organization.SEPARATOR)
            combo.addItem(_INDENT * depth + node.name, node.id)
            combo.setItemData(combo.count() - 1, node.path, Qt.ItemDataRole.ToolTipRole)
        if placeholder:
            combo.setPlaceholderText(placeholder)
            combo.setCurrentIndex(-1)
        return combo

    def position_combo(self, *, keep: str | None = None, placeholder: str = "") -> QComboBox:
        combo = QComboBox()
        combo.setMaxVisibleItems(20)
        if keep is not None:
            combo.addItem(keep, None)
        for position in self.positions:
            if position.retired:
                continue
            combo.addItem(position.title, position.id)
            if position.job_family:
                combo.setItemData(
                    combo.count() - 1, position.job_family, Qt.ItemDataRole.ToolTipRole
                )
        if placeholder:
            combo.setPlaceholderText(placeholder)
            combo.setCurrentIndex(-1)
        return combo

    def add_row(
        self, form: QFormLayout, caption: str | QWidget, field: QWidget, *keys: str
    ) -> QLabel:
        """A form row whose field has its own error line right under it, for `keys`."""
        box = QWidget()
        column = QVBoxLayout(box)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(2)
        column.addWidget(field)
        error = error_label()
        error.hide()
        column.addWidget(error)
        if isinstance(caption, str):
            caption = QLabel(caption)
        if isinstance(caption, QLabel):
            caption.setBuddy(field)
        form.addRow(caption, box)
        for key in keys:
            self._field_errors[key] = error
            self._field_widgets[key] = field
        return error

    def field_error(self, key: str) -> str:
        """The sentence shown under the field for `key` ("" when none)."""
        error = self._field_errors.get(key)
        return error.text() if error is not None else ""

    def clear_errors(self) -> None:
        for error in {id(e): e for e in self._field_errors.values()}.values():
            error.clear()
            error.hide()
        self.error_label.clear()
        self.error_label.hide()

    def show_error(self, text: str) -> None:
        self.error_label.setText(text)
        self.error_label.setVisible(bool(text))

    def show_problems(self, error: InvalidInput) -> None:
        unplaced: list[str] = []
        first: QWidget | None = None
        for problem in error.facts.get("problems", []):
            sentence = describe_problem(problem)
            target = self._field_errors.get(problem.field)
            if target is None:
                unplaced.append(sentence)
                continue
            if sentence not in target.text().split("\n"):
                target.setText(f"{target.text()}\n{sentence}" if target.text() else sentence)
            target.show()
            first = first or self._field_widgets.get(problem.field)
        self.show_error("\n".join([describe(error), *unplaced]))
        if first is not None:
            first.setFocus()

    def submit(self) -> bool:
        """What Save does: calls the service; True when saved (result_id is then set)."""
        self.clear_errors()
        try:
            result = self.save()
        except InvalidInput as error:
            self.show_problems(error)
            return False
        except LifecycleRefused as error:
            self.show_error(describe_rule(error))
            return False
        except EhrError as error:
            self.show_error(describe(error))
            return False
        self.result_id = result
        return True

    def save(self) -> int:
        """Calls the service and returns the id of what it created; raises when refused."""
        raise NotImplementedError

    def may_discard(self) -> bool:
        """Whether the officer agrees to lose what was typed (asked only where it is a lot)."""
        return True

    # Only the officer's own Cancel, Esc or close button ask: a reject() from elsewhere (the
    # vault locking while the dialog is open) must not wait on a question.
    def _cancel_clicked(self) -> None:
        if self.may_discard():
            self.reject()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Escape and not event.modifiers():
            self._cancel_clicked()
            return
        super().keyPressEvent(event)

    def closeEvent(self, event: QCloseEvent) -> None:
        if event.spontaneous() and not self.may_discard():
            event.ignore()
            return
        super().closeEvent(event)

    def _save_clicked(self) -> None:
        if self.save_button.isEnabled() and self.submit():
            self.accept()

    @classmethod
    def ask(
        cls, parent: QWidget | None, vault: UnlockedVault, *args: Any, **kwargs: Any
    ) -> int | None:
        """Runs the dialog; the id of what was created, or None when cancelled."""
        dialog = cls(parent, vault, *args, **kwargs)
        try:
            if dialog.exec() != QDialog.DialogCode.Accepted:
                return None
            return dialog.result_id
        finally:
            dialog.deleteLater()


def employee_header(file: EmployeeFile) -> QWidget:
    """Whose file this is: name, number, where they work, status."""
    box = QWidget()
    layout = QVBoxLayout(box)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.setSpacing(0)
    name = QLabel(file.personal.name)
    font = name.font()
    font.setBold(True)
    name.setFont(font)
    layout.addWidget(name)
    facts = (
        file.personal.employee_no,
        file.job.department,
        file.job.position,
        label("status", file.job.status),
    )
    layout.addWidget(hint_label(" · ".join(f for f in facts if f)))
    return box


# --- the fields of each kind of event ---------------------------------------------------------


class EventFields(QObject):
    """The fields one kind of event needs, added to the dialog's form under the date. The same
    fields serve the action and its correction (prefilled from the original entry)."""

    kinds: tuple[Kind, ...] = ()

    def __init__(self, host: EventDialog, form: QFormLayout) -> None:
        super().__init__(host)
        self.host = host
        self.form = form
        self.baseline = host.baseline
        # Kept from the original entry when these fields do not show them.
        self.original_reason: str | None = None
        self.original_note: str | None = None

    def date_label(self) -> str:
        return self.tr("Effective date")

    def default_date(self) -> dt.date:
        return self.host.today

    def kind(self) -> Kind:
        if not self.kinds and self.host.correcting is not None:
            return Kind(self.host.correcting.kind)
        return self.kinds[0]

    def details(self) -> dict[str, Any]:
        return {}

    def reason(self) -> str | None:
        return self.original_reason

    def note(self) -> str | None:
        return self.original_note

    def check(self) -> list[Problem]:
        return []

    def prefill(self, entry: TimelineEntry) -> None:
        self.original_reason = entry.reason
        self.original_note = entry.note

    def date_changed(self, day: dt.date) -> None:
        """The effective date was changed (pickers that count from it follow)."""


class NoteField:
    """Mixin: a free note line."""

    note_edit: QLineEdit

    def _add_note(self, host: ActionDialog, form: QFormLayout, caption: str) -> None:
        self.note_edit = QLineEdit()
        host.add_row(form, caption, self.note_edit, "note")

    def note(self) -> str | None:
        return self.note_edit.text().strip() or None


class JobFields(EventFields):
    """Department, position, grade, salary and probation: what a hire or rehire starts with."""

    kinds = (Kind.HIRE,)
    JOB_KEYS = ("department_id", "position_id", "grade", "monthly_salary_cents", "probation_end")

    def __init__(
        self,
        host: ActionDialog,
        form: QFormLayout,
        *,
        start: dt.date | None = None,
        defaults: EmploymentState | None = None,
        probation_months: int = 0,
    ) -> None:
        QObject.__init__(self, host)
        self.host = host  # type: ignore[assignment]  # onboarding has no employee file yet
        self.form = form
        self.baseline = defaults or getattr(host, "baseline", EmploymentState())
        self.original_reason = None
        self.original_note = None
        self.original_details: Mapping[str, Any] = {}
        start = start or host.today
        self.department_combo = host.department_combo(placeholder=self.tr("Choose a department"))
        self.position_combo = host.position_combo(placeholder=self.tr("Choose a position"))
        self.grade_combo = QComboBox()
        self.grade_combo.addItem(self.tr("Not set"), None)
        for grade in organization.GRADES:
            self.grade_combo.addItem(grade, grade)
        self.salary_spin = money_spin(self.baseline.monthly_salary_cents)
        self.probation = ProbationPicker(start, probation_months)
        host.add_row(form, self.tr("Department *"), self.department_combo, "department_id")
        host.add_row(form, self.tr("Position *"), self.position_combo, "position_id")
        host.add_row(form, self.tr("Grade"), self.grade_combo, "grade")
        host.add_row(form, self.tr("Monthly salary *"), self.salary_spin, "monthly_salary_cents")
        host.add_row(form, self.tr("Probation"), self.probation, "probation_end")
        select_data(self.department_combo, self.baseline.department_id)
        select_data(self.position_combo, self.baseline.position_id)
        select_data(self.grade_combo, self.baseline.grade)
        self.position_combo.currentIndexChanged.connect(self._position_changed)

    def _position_changed(self) -> None:
        position_id = self.position_combo.currentData()
        position = next((p for p in self.host.positions if p.id == position_id), None)
        if position is not None and position.default_grade:
            select_data(self.grade_combo, position.default_grade)

    def date_label(self) -> str:
        return self.tr("Hire date")

    def date_changed(self, day: dt.date) -> None:
        self.probation.set_start(day)

    def details(self) -> dict[str, Any]:
        # Keys the form does not show (an explicit supervisor) survive a correction.
        kept = {k: v for k, v in self.original_details.items() if k not in self.JOB_KEYS}
        return kept | {
            "department_id": self.department_combo.currentData(),
            "position_id": self.position_combo.currentData(),
            "grade": self.grade_combo.currentData(),
            "monthly_salary_cents": cents_of(self.salary_spin),
            "probation_end": self.probation.probation_end(),
        }

    def check(self) -> list[Problem]:
        problems = []
        if self.department_combo.currentData() is None:
            problems.append(Problem("department_id", "required"))
        if self.position_combo.currentData() is None:
            problems.append(Problem("position_id", "required"))
        if cents_of(self.salary_spin) <= 0:
            problems.append(Problem("monthly_salary_cents", "salary_range"))
        return problems

    def prefill(self, entry: TimelineEntry) -> None:
        super().prefill(entry)
        details = entry.details
        self.original_details = dict(details)
        select_data(self.department_combo, details.get("department_id"))
        select_data(self.position_combo, details.get("position_id"))
        select_data(self.grade_combo, details.get("grade"))
        if details.get("monthly_salary_cents") is not None:
            self.salary_spin.setValue(details["monthly_salary_cents"] / 100)
        self.probation.set_start(entry.effective_date)
        self.probation.set_probation_end(details.get("probation_end"))


class RehireFields(JobFields):
    kinds = (Kind.REHIRE,)

    def date_label(self) -> str:
        return self.tr("Rehire date")


class ConfirmFields(NoteField, EventFields):
    kinds = (Kind.CONFIRMATION,)

    def __init__(self, host: EventDialog, form: QFormLayout) -> None:
        super().__init__(host, form)
        self._add_note(host, form, self.tr("Note"))

    def date_label(self) -> str:
        return self.tr("Confirmed on")

    def default_date(self) -> dt.date:
        return self.baseline.probation_end or self.host.today

    def prefill(self, entry: TimelineEntry) -> None:
        super().prefill(entry)
        self.note_edit.setText(entry.note or "")


class ExtensionFields(EventFields):
    kinds = (Kind.PROBATION_EXTENSION,)

    def __init__(self, host: EventDialog, form: QFormLayout) -> None:
        super().__init__(host, form)
        current = self.baseline.probation_end
        form.addRow(self.tr("Probation ends now"), QLabel(date_text(current) or "—"))
        self.end_edit = date_edit(pydate(qdate(current or host.today).addMonths(1)))
        self.reason_edit = QLineEdit()
        host.add_row(form, self.tr("New probation end *"), self.end_edit, "probation_end")
        host.add_row(form, self.tr("Reason"), self.reason_edit, "reason")

    def details(self) -> dict[str, Any]:
        return {"probation_end": pydate(self.end_edit.date())}

    def reason(self) -> str | None:
        return self.reason_edit.text().strip() or None

    def prefill(self, entry: TimelineEntry) -> None:
        super().prefill(entry)
        if entry.details.get("probation_end"):
            self.end_edit.setDate(qdate(entry.details["probation_end"]))
        self.reason_edit.setText(entry.reason or "")


class TransferFields(NoteField, EventFields):
    kinds = (Kind.TRANSFER,)

    def __init__(self, host: EventDialog, form: QFormLayout) -> None:
        super().__init__(host, form)
        self.department_combo = host.department_combo(
            keep=self.tr("Keep: {name}").format(
                name=host.department_name(self.baseline.department_id) or "—"
            )
        )
        self.position_combo = host.position_combo(
            keep=self.tr("Keep: {name}").format(
                name=host.position_name(self.baseline.position_id) or "—"
            )
        )
        self.reason_combo = suggestion_combo(
            [
                self.tr("Business needs"),
                self.tr("Employee's request"),
                self.tr("Reorganization"),
                self.tr("Job rotation"),
            ]
        )
        host.add_row(form, self.tr("New department"), self.department_combo, "department_id")
        host.add_row(form, self.tr("New position"), self.position_combo, "position_id")
        host.add_row(form, self.tr("Reason"), self.reason_combo, "reason")
        self._add_note(host, form, self.tr("Note"))

    def details(self) -> dict[str, Any]:
        # Only what changes: the record then says plainly what the transfer was.
        details: dict[str, Any] = {}
        department_id = self.department_combo.currentData()
        if department_id is not None and department_id != self.baseline.department_id:
            details["department_id"] = department_id
        position_id = self.position_combo.currentData()
        if position_id is not None and position_id != self.baseline.position_id:
            details["position_id"] = position_id
        return details

    def reason(self) -> str | None:
        return combo_text(self.reason_combo)

    def prefill(self, entry: TimelineEntry) -> None:
        super().prefill(entry)
        select_data(self.department_combo, entry.details.get("department_id"))
        select_data(self.position_combo, entry.details.get("position_id"))
        self.reason_combo.setCurrentText(entry.reason or "")
        self.note_edit.setText(entry.note or "")


class PromotionFields(EventFields):
    kinds = (Kind.PROMOTION, Kind.DEMOTION)

    def __init__(self, host: EventDialog, form: QFormLayout) -> None:
        super().__init__(host, form)
        self.promotion_radio = QRadioButton(label("event", Kind.PROMOTION.value))
        self.demotion_radio = QRadioButton(label("event", Kind.DEMOTION.value))
        self.direction = QButtonGroup(self)
        self.direction.addButton(self.promotion_radio)
        self.direction.addButton(self.demotion_radio)
        self.promotion_radio.setChecked(True)
        radios = QWidget()
        row = QHBoxLayout(radios)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.promotion_radio)
        row.addWidget(self.demotion_radio)
        row.addStretch(1)
        form.addRow(self.tr("Change"), radios)

        self.grade_combo = QComboBox()
        for grade in organization.GRADES:
            self.grade_combo.addItem(grade, grade)
        select_data(self.grade_combo, step_grade(self.baseline.grade, 1))
        host.add_row(
            form,
            (
                self.tr("New grade (before: {grade})")
                if host.correcting
                else self.tr("New grade (now {grade})")
            ).format(grade=self.baseline.grade or "—"),
            self.grade_combo,
            "grade",
        )

        self.position_box = QCheckBox(self.tr("New position"))
        self.position_combo = host.position_combo()
        select_data(self.position_combo, self.baseline.position_id)
        self.position_combo.setEnabled(False)
        self.position_box.toggled.connect(self.position_combo.setEnabled)
        host.add_row(form, self.position_box, self.position_combo, "position_id")

        self.salary_box = QCheckBox(self.tr("New monthly salary"))
        self.salary_spin = money_spin(self.baseline.monthly_salary_cents)
        self.salary_spin.setEnabled(False)
        self.salary_spin.setToolTip(
            self.tr("Now: {amount}").format(amount=money_text(self.baseline.monthly_salary_cents))
        )
        self.salary_box.toggled.connect(self.salary_spin.setEnabled)
        host.add_row(form, self.salary_box, self.salary_spin, "monthly_salary_cents")

        self.reason_combo = suggestion_combo(
            [
                self.tr("Annual promotion"),
                self.tr("Outstanding performance"),
                self.tr("New responsibilities"),
                self.tr("Poor performance"),
                self.tr("Reorganization"),
            ]
        )
        host.add_row(form, self.tr("Reason"), self.reason_combo, "reason")
        self.demotion_radio.toggled.connect(self._direction_changed)

    def _direction_changed(self, demotion: bool) -> None:
        select_data(self.grade_combo, step_grade(self.baseline.grade, -1 if demotion else 1))

    def kind(self) -> Kind:
        return Kind.DEMOTION if self.demotion_radio.isChecked() else Kind.PROMOTION

    def details(self) -> dict[str, Any]:
        details: dict[str, Any] = {"grade": self.grade_combo.currentData()}
        if self.position_box.isChecked() and self.position_combo.currentData() is not None:
            details["position_id"] = self.position_combo.currentData()
        if self.salary_box.isChecked():
            details["monthly_salary_cents"] = cents_of(self.salary_spin)
        return details

    def reason(self) -> str | None:
        return combo_text(self.reason_combo)

    def prefill(self, entry: TimelineEntry) -> None:
        super().prefill(entry)
        details = entry.details
        (
            self.demotion_radio if entry.kind == Kind.DEMOTION.value else self.promotion_radio
        ).setChecked(True)
        select_data(self.grade_combo, details.get("grade"))
        if "position_id" in details:
            self.position_box.setChecked(True)
            select_data(self.position_combo, details["position_id"])
        if details.get("monthly_salary_cents") is not None:
            self.salary_box.setChecked(True)
            self.salary_spin.setValue(details["monthly_salary_cents"] / 100)
        self.reason_combo.setCurrentText(entry.reason or "")


class SalaryFields(EventFields):
    kinds = (Kind.SALARY_CHANGE,)

    def __init__(self, host: EventDialog, form: QFormLayout) -> None:
        super().__init__(host, form)
        current = self.baseline.monthly_salary_cents
        self.current_label = QLabel(money_text(current))
        caption = self.tr("Before") if host.correcting else self.tr("Current monthly salary")
        form.addRow(caption, self.current_label)
        self.salary_spin = money_spin(current)
        host.add_row(
            form, self.tr("New monthly salary *"), self.salary_spin, "monthly_salary_cents"
        )
        self.change_label = QLabel()
        form.addRow(self.tr("Change"), self.change_label)
        self.reason_combo = suggestion_combo(
            [
                self.tr("Annual salary review"),
                self.tr("Performance-based raise"),
                self.tr("Promotion"),
                self.tr("Market adjustment"),
                self.tr("Minimum wage change"),
            ]
        )
        host.add_row(form, self.tr("Reason"), self.reason_combo, "reason")
        self.salary_spin.valueChanged.connect(self._update_change)
        self._update_change()

    def _update_change(self) -> None:
        old = self.baseline.monthly_salary_cents
        if not old:
            self.change_label.setText(self.tr("No earlier salary to compare with."))
            return
        difference = cents_of(self.salary_spin) - old
        sign = "+" if difference > 0 else "-" if difference < 0 else ""
        locale = QLocale()
        self.change_label.setText(
            self.tr("{amount} ({percent} %)").format(
                amount=sign + locale.toCurrencyString(abs(difference) / 100, "¥", 2),
                percent=sign + locale.toString(abs(difference) / old * 100, "f", 1),
            )
        )

    def details(self) -> dict[str, Any]:
        return {"monthly_salary_cents": cents_of(self.salary_spin)}

    def reason(self) -> str | None:
        return combo_text(self.reason_combo)

    def check(self) -> list[Problem]:
        if cents_of(self.salary_spin) <= 0:
            return [Problem("monthly_salary_cents", "salary_range")]
        return []

    def prefill(self, entry: TimelineEntry) -> None:
        super().prefill(entry)
        if entry.details.get("monthly_salary_cents") is not None:
            self.salary_spin.setValue(entry.details["monthly_salary_cents"] / 100)
        self.reason_combo.setCurrentText(entry.reason or "")


class LeaveFields(NoteField, EventFields):
    kinds = (Kind.LEAVE_OF_ABSENCE,)

    def __init__(self, host: EventDialog, form: QFormLayout) -> None:
        super().__init__(host, form)
        self.reason_combo = suggestion_combo(
            [
                self.tr("Sick leave"),
                self.tr("Maternity leave"),
                self.tr("Personal leave"),
                self.tr("Work-injury leave"),
                self.tr("Unpaid leave"),
                self.tr("Further study"),
            ]
        )
        host.add_row(form, self.tr("Kind of leave"), self.reason_combo, "reason")
        self._add_note(host, form, self.tr("Note"))

    def date_label(self) -> str:
        return self.tr("Leave starts on")

    def reason(self) -> str | None:
        return combo_text(self.reason_combo)

    def prefill(self, entry: TimelineEntry) -> None:
        super().prefill(entry)
        self.reason_combo.setCurrentText(entry.reason or "")
        self.note_edit.setText(entry.note or "")


class ReturnFields(EventFields):
    kinds = (Kind.RETURN_FROM_LEAVE,)

    def date_label(self) -> str:
        return self.tr("Back at work on")


class SeparationFields(NoteField, EventFields):
    kinds = SEPARATION_ORDER

    def __init__(self, host: EventDialog, form: QFormLayout) -> None:
        super().__init__(host, form)
        self.kind_combo = QComboBox()
        for kind in SEPARATION_ORDER:
            self.kind_combo.addItem(label("event", kind.value), kind.value)
        # The categories are stored as typed: data, in the officer's language.
        self.reason_combo = suggestion_combo(
            [
                self.tr("Career development"),
                self.tr("Family reasons"),
                self.tr("Pay and benefits"),
                self.tr("Contract ended, not renewed"),
                self.tr("Health reasons"),
                self.tr("Relocation"),
                self.tr("Further study"),
                self.tr("Retirement"),
                self.tr("Serious misconduct"),
                self.tr("Unfit for the job"),
                self.tr("Other"),
            ]
        )
        self.voluntary_box = QCheckBox(self.tr("The employee chose to leave"))
        host.add_row(form, self.tr("Kind of leaving"), self.kind_combo, "kind")
        host.add_row(form, self.tr("Reason"), self.reason_combo, "reason")
        form.addRow("", self.voluntary_box)
        self._add_note(host, form, self.tr("Note"))
        self.consequence_label = hint_label()
        form.addRow(self.consequence_label)
        self.kind_combo.currentIndexChanged.connect(self._kind_changed)
        self._kind_changed()

    def _kind_changed(self) -> None:
        kind = self.kind()
        self.voluntary_box.setChecked(kind == Kind.RESIGNATION)
        defaults = {
            Kind.CONTRACT_END: self.tr("Contract ended, not renewed"),
            Kind.RETIREMENT: self.tr("Retirement"),
        }
        current = self.reason_combo.currentText().strip()
        if not current or current in defaults.values():
            self.reason_combo.setCurrentText(defaults.get(kind, ""))

    def date_label(self) -> str:
        return self.tr("Leaving date")

    def date_changed(self, day: dt.date) -> None:
        if self.host.correcting is not None:
            self.consequence_label.setText(
                self.tr(
                    "Correcting the leaving does not change the contract it ended: that contract keeps its end date."
                )
            )
            return
        contract = contract_in_force(self.host.file.contracts, day)
        if contract is None:
            text = self.tr(
                "On saving, the employee is recorded as having left on {date}. No contract is in force on that day, so none is ended."
            ).format(date=date_text(day))
        else:
            text = self.tr(
                "On saving, the employee is recorded as having left on {date}, and the contract in force (since {start}) ends on the same day."
            ).format(date=date_text(day), start=date_text(contract.start_date))
        if day > self.host.today:
            text += " " + self.tr("Until then the file shows the employee as employed.")
        self.consequence_label.setText(text)

    def kind(self) -> Kind:
        return Kind(self.kind_combo.currentData())

    def details(self) -> dict[str, Any]:
        return {"voluntary": self.voluntary_box.isChecked()}

    def reason(self) -> str | None:
        return combo_text(self.reason_combo)

    def prefill(self, entry: TimelineEntry) -> None:
        super().prefill(entry)
        select_data(self.kind_combo, entry.kind)
        self.reason_combo.setCurrentText(entry.reason or "")
        if "voluntary" in entry.details:
            self.voluntary_box.setChecked(bool(entry.details["voluntary"]))
        self.note_edit.setText(entry.note or "")


FIELDS_BY_KIND: dict[Kind, type[EventFields]] = {
    Kind.HIRE: JobFields,
    Kind.REHIRE: RehireFields,
    Kind.CONFIRMATION: ConfirmFields,
    Kind.PROBATION_EXTENSION: ExtensionFields,
    Kind.TRANSFER: TransferFields,
    Kind.PROMOTION: PromotionFields,
    Kind.DEMOTION: PromotionFields,
    Kind.SALARY_CHANGE: SalaryFields,
    Kind.LEAVE_OF_ABSENCE: LeaveFields,
    Kind.RETURN_FROM_LEAVE: ReturnFields,
    **{kind: SeparationFields for kind in SEPARATION_ORDER},
}


# --- one dated event in one file ----------------------------------------------------------------


class EventDialog(ActionDialog):
    """The effective date first, then the kind's fields; records the event, or in correction
    mode replaces `correcting` with the corrected one."""

    fields_class: type[EventFields] = EventFields

    def __init__(
        self,
        parent: QWidget | None,
        vault: UnlockedVault,
        employee_file: EmployeeFile,
        *,
        today: dt.date | None = None,
        correcting: TimelineEntry | None = None,
        fields_class: type[EventFields] | None = None,
    ) -> None:
        super().__init__(parent, vault, today=today)
        self.file = employee_file
        self.correcting = correcting
        self.baseline = (
            state_before(employee_file, correcting) if correcting else current_state(employee_file)
        )
        self.setWindowTitle(self.title())
        self.body.addWidget(employee_header(employee_file))
        if correcting is not None:
            self.body.addWidget(self._original_box(correcting))
        self.form = QFormLayout()
        self.body.addLayout(self.form)
        self.date_caption = QLabel()
        self.date_edit = date_edit(self.today)
        self.add_row(self.form, self.date_caption, self.date_edit, "effective_date")
        self.fields = (fields_class or self.fields_class)(self, self.form)
        self.date_caption.setText(self.fields.date_label() + " *")
        self.correction_edit: QLineEdit | None = None
        if correcting is not None:
            self.date_edit.setDate(qdate(correcting.effective_date))
            self.fields.prefill(correcting)
            self.correction_edit = QLineEdit()
            self.add_row(
                self.form,
                self.tr("Reason for the correction *"),
                self.correction_edit,
                "correction_reason",
            )
        else:
            self.date_edit.setDate(qdate(self.fields.default_date()))
        self.date_edit.dateChanged.connect(lambda day: self.fields.date_changed(pydate(day)))
        self.fields.date_changed(self.effective_date())
        self.date_edit.setFocus()

    def title(self) -> str:
        return label("event", self.fields_class.kinds[0].value) if self.fields_class.kinds else ""

    def effective_date(self) -> dt.date:
        return pydate(self.date_edit.date())

    def _original_box(self, entry: TimelineEntry) -> QGroupBox:
        box = QGroupBox(self.tr("Original entry"))
        layout = QVBoxLayout(box)
        lines = [
            self.tr("{what} on {date}").format(
                what=label("event", entry.kind), date=date_text(entry.effective_date)
            ),
            *self._detail_lines(entry.details),
        ]
        if entry.reason:
            lines.append(self.tr("Reason: {reason}").format(reason=entry.reason))
        if entry.note:
            lines.append(self.tr("Note: {note}").format(note=entry.note))
        lines.append(
            self.tr("Recorded by {who} at {when}").format(
                who=entry.recorded_by, when=timestamp_text(entry.recorded_at)
            )
        )
        text = QLabel("\n".join(lines))
        text.setWordWrap(True)
        text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(text)
        return box

    def _detail_lines(self, details: Mapping[str, Any]) -> list[str]:
        lines = []
        if details.get("department_id") is not None:
            name = self.department_name(details["department_id"])
            lines.append(self.tr("Department: {name}").format(name=name))
        if details.get("position_id") is not None:
            name = self.position_name(details["position_id"])
            lines.append(self.tr("Position: {name}").format(name=name))
        if details.get("grade"):
            lines.append(self.tr("Grade: {grade}").format(grade=details["grade"]))
        if details.get("monthly_salary_cents") is not None:
            amount = money_text(details["monthly_salary_cents"])
            lines.append(self.tr("Monthly salary: {amount}").format(amount=amount))
        if details.get("probation_end"):
            end = date_text(details["probation_end"])
            lines.append(self.tr("Probation until: {date}").format(date=end))
        if "voluntary" in details:
            lines.append(
                self.tr("Left by own choice")
                if details["voluntary"]
                else self.tr("Did not leave by own choice")
            )
        if details.get("contract_type"):
            lines.append(label("contract_type", details["contract_type"]))
        return lines

    def event_input(self) -> lifecycle.EventInput:
        """The event as the form now describes it."""
        note = self.fields.note()
        if self.correction_edit is not None:
            # The service has no field for why an entry was corrected: it goes with the note.
            line = self.tr("Corrected: {reason}").format(reason=self.correction_edit.text().strip())
            note = f"{note}\n{line}" if note else line
        return lifecycle.EventInput(
            kind=self.fields.kind(),
            effective_date=self.effective_date(),
            details=self.fields.details(),
            reason=self.fields.reason(),
            note=note,
        )

    def check(self) -> list[Problem]:
        problems = self.fields.check()
        if self.correction_edit is not None and not self.correction_edit.text().strip():
            problems.append(Problem("correction_reason", "required"))
        return problems

    def save(self) -> int:
        problems = self.check()
        if problems:
            raise InvalidInput(problems=problems)
        if self.correcting is not None:
            return lifecycle.correct_event(
                self.vault, self.correcting.id, self.event_input(), today=self.today
            )
        return lifecycle.record_event(
            self.vault, self.file.id, self.event_input(), today=self.today
        )


class ConfirmProbationDialog(EventDialog):
    fields_class = ConfirmFields

    def title(self) -> str:
        return self.tr("Confirm after probation")


class ExtendProbationDialog(EventDialog):
    fields_class = ExtensionFields

    def title(self) -> str:
        return self.tr("Extend the probation")


class TransferDialog(EventDialog):
    fields_class = TransferFields

    def title(self) -> str:
        return self.tr("Transfer")


class PromotionDialog(EventDialog):
    fields_class = PromotionFields

    def title(self) -> str:
        return self.tr("Promotion or demotion")


class SalaryChangeDialog(EventDialog):
    fields_class = SalaryFields

    def title(self) -> str:
        return self.tr("Salary change")


class LeaveDialog(EventDialog):
    fields_class = LeaveFields

    def title(self) -> str:
        return self.tr("Leave of absence")


class ReturnDialog(EventDialog):
    fields_class = ReturnFields

    def title(self) -> str:
        return self.tr("Return from leave")


class RehireDialog(EventDialog):
    fields_class = RehireFields

    def title(self) -> str:
        return self.tr("Rehire")


class OffboardDialog(EventDialog):
    """Leaving: the event, and the contract in force ends the same day (lifecycle.offboard)."""

    fields_class = SeparationFields

    def title(self) -> str:
        return self.tr("Leaving")

    def save(self) -> int:
        if self.correcting is not None:
            return super().save()
        problems = self.check()
        if problems:
            raise InvalidInput(problems=problems)
        fields = self.fields
        assert isinstance(fields, SeparationFields)
        return lifecycle.offboard(
            self.vault,
            self.file.id,
            fields.kind(),
            self.effective_date(),
            reason=fields.reason() or "",
            voluntary=fields.voluntary_box.isChecked(),
            note=fields.note(),
            today=self.today,
        )


class CorrectEventDialog(EventDialog):
    """Shows an entry of the timeline and records a corrected one in its place (both stay on
    record). Contract entries follow their contract and withdrawals cannot be corrected here."""

    def __init__(
        self,
        parent: QWidget | None,
        vault: UnlockedVault,
        employee_file: EmployeeFile,
        event_id: int,
        *,
        today: dt.date | None = None,
    ) -> None:
        entry = next((t for t in employee_file.timeline if t.id == event_id), None)
        if entry is None:
            raise NotFound(entity="event")
        fields_class = FIELDS_BY_KIND.get(Kind(entry.kind), EventFields)
        super().__init__(
            parent,
            vault,
            employee_file,
            today=today,
            correcting=entry,
            fields_class=fields_class,
        )
        self.refusal = ""
        if fields_class is EventFields:
            self.refusal = self.tr(
                "This entry follows a contract or withdraws another entry and cannot be corrected here. Change the contract itself (renew or terminate it) instead."
            )
        elif entry.replaced_by_id is not None:
            self.refusal = describe_rule(
                LifecycleRefused(rule="already_corrected", kind=entry.kind)
            )
        if self.refusal:
            self.show_error(self.refusal)
            self.save_button.setEnabled(False)

    def title(self) -> str:
        return self.tr("Correct an entry")

    def submit(self) -> bool:
        if self.refusal:
            self.show_error(self.refusal)
            return False
        return super().submit()


# --- onboarding: the person, the job and the first contract at once ----------------------------


class OnboardDialog(ActionDialog):
    """A new employee: hire date, personal essentials, job, and optionally the first contract."""

    def __init__(
        self, parent: QWidget | None, vault: UnlockedVault, *, today: dt.date | None = None
    ) -> None:
        super().__init__(parent, vault, today=today)
        self.setWindowTitle(self.tr("New employee"))
        top = QFormLayout()
        self.hire_date_edit = date_edit(self.today)
        self.add_row(top, self.tr("Hire date *"), self.hire_date_edit, "hire_date")
        self.body.addLayout(top)

        columns = QHBoxLayout()
        self.body.addLayout(columns)
        personal_box = QGroupBox(self.tr("Personal details"))
        personal = QFormLayout(personal_box)
        columns.addWidget(personal_box, 1)
        right = QVBoxLayout()
        columns.addLayout(right, 1)

        self.employee_no_edit = QLineEdit(suggest_employee_no(vault))
        self.name_edit = QLineEdit()
        self.id_type_combo = QComboBox()
        for code, text in choices("id_type"):
            self.id_type_combo.addItem(text, code)
        self.id_number_edit = QLineEdit()
        self.gender_combo = QComboBox()
        for code, text in choices("gender"):
            self.gender_combo.addItem(text, code)
        self.gender_combo.setPlaceholderText(self.tr("Choose"))
        self.gender_combo.setCurrentIndex(-1)
        self.birth_date_edit = optional_date_edit()
        self.birth_date_edit.setMaximumDate(qdate(self.today))
        self.mobile_edit = QLineEdit()
        self.email_edit = QLineEdit()
        self.add_row(personal, self.tr("Employee number *"), self.employee_no_edit, "employee_no")
        self.add_row(personal, self.tr("Name *"), self.name_edit, "name")
        self.add_row(personal, self.tr("ID type"), self.id_type_combo, "id_type")
        self.id_error = self.add_row(
            personal, self.tr("ID number *"), self.id_number_edit, "id_number"
        )
        self.add_row(personal, self.tr("Gender *"), self.gender_combo, "gender")
        self.add_row(personal, self.tr("Birth date *"), self.birth_date_edit, "birth_date")
        self.add_row(personal, self.tr("Mobile"), self.mobile_edit, "mobile")
        self.add_row(personal, self.tr("E-mail"), self.email_edit, "email")

        job_box = QGroupBox(self.tr("Job"))
        job_form = QFormLayout(job_box)
        right.addWidget(job_box)
        # Most hires start with a probation; three months is the usual first choice.
        self.job = JobFields(self, job_form, start=self.today, probation_months=3)

        self.contract_box = QGroupBox(self.tr("Sign the labour contract now"))
        self.contract_box.setCheckable(True)
        self.contract_box.setChecked(True)
        contract_form = QFormLayout(self.contract_box)
        right.addWidget(self.contract_box)
        right.addStretch(1)
        self.contract_type_combo = QComboBox()
        for code, text in choices("contract_type"):
            self.contract_type_combo.addItem(text, code)
        self.term = TermPicker(self.today, 3)
        self.contract_no_edit = QLineEdit()
        self.add_row(
            contract_form, self.tr("Contract type"), self.contract_type_combo, "contract_type"
        )
        self.add_row(contract_form, self.tr("Term"), self.term, "end_date")
        self.add_row(
            contract_form, self.tr("Contract number"), self.contract_no_edit, "contract_no"
        )
        contract_hint = hint_label(
            self.tr("Starts on the hire date, with the probation chosen under Job.")
        )
        self.add_row(contract_form, "", contract_hint, "start_date")

        self.hire_date_edit.dateChanged.connect(self._hire_date_changed)
        self.contract_type_combo.currentIndexChanged.connect(
            lambda: self.term.set_contract_type(self.contract_type_combo.currentData())
        )
        self.id_number_edit.textChanged.connect(lambda: self._id_changed(finished=False))
        self.id_number_edit.editingFinished.connect(lambda: self._id_changed(finished=True))
        self.id_type_combo.currentIndexChanged.connect(lambda: self._id_changed(finished=True))
        self.name_edit.setFocus()

    def _hire_date_changed(self, day: QDate) -> None:
        self.job.date_changed(pydate(day))
        self.term.set_start(pydate(day))

    def _id_changed(self, *, finished: bool) -> None:
        """A valid resident ID fills birth date and gender; a wrong one is said at once."""
        self.id_error.clear()
        self.id_error.hide()
        if self.id_type_combo.currentData() != "resident_id":
            return
        number = people.clean_id_number(self.id_number_edit.text())
        # While typing, the first 15 of 18 digits would read as an old 15-digit number.
        if len(number) < 18 and not (finished and len(number) == 15):
            if finished and number:
                self._show_id_problem(id_number.IdProblem.LENGTH)
            return
        parsed = id_number.parse(number, today=self.today)
        if isinstance(parsed, id_number.IdProblem):
            self._show_id_problem(parsed)
            return
        self.birth_date_edit.setDate(qdate(parsed.birth_date))
        select_data(self.gender_combo, "M" if parsed.is_male else "F")

    def _show_id_problem(self, problem: id_number.IdProblem) -> None:
        self.id_error.setText(describe_problem(Problem("id_number", f"id_{problem.value}")))
        self.id_error.show()

    def personal_data(self) -> PersonalData:
        return PersonalData(
            employee_no=self.employee_no_edit.text(),
            name=self.name_edit.text(),
            gender=self.gender_combo.currentData(),
            birth_date=optional_date(self.birth_date_edit),
            id_type=self.id_type_combo.currentData(),
            id_number=self.id_number_edit.text(),
            mobile=self.mobile_edit.text(),
            email=self.email_edit.text(),
        )

    def onboard_input(self) -> lifecycle.OnboardInput:
        hire_date = pydate(self.hire_date_edit.date())
        job = self.job.details()
        contract = None
        if self.contract_box.isChecked():
            contract = lifecycle.ContractInput(
                contract_type=self.contract_type_combo.currentData(),
                start_date=hire_date,
                end_date=self.term.end_date(),
                probation_end=job["probation_end"],
                contract_no=self.contract_no_edit.text(),
            )
        return lifecycle.OnboardInput(
            personal=self.personal_data(),
            hire_date=hire_date,
            department_id=job["department_id"],
            position_id=job["position_id"],
            grade=job["grade"],
            monthly_salary_cents=job["monthly_salary_cents"],
            probation_end=job["probation_end"],
            contract=contract,
        )

    def check(self, data: lifecycle.OnboardInput) -> list[Problem]:
        """Every problem at once (the service stops at the first group it finds wrong)."""
        personal = people.with_identity_facts(people.normalise(data.personal), today=self.today)
        problems = people.check(personal, today=self.today) + self.job.check()
        if data.contract is not None:
            terms = contract_rules.ContractTerms(
                data.contract.contract_type,
                data.contract.start_date,
                data.contract.end_date,
                data.contract.probation_end,
            )
            problems += [Problem(name, code) for name, code in contract_rules.problems(terms)]
        return problems

    def save(self) -> int:
        data = self.onboard_input()
        problems = self.check(data)
        if problems:
            raise InvalidInput(problems=problems)
        return lifecycle.onboard(self.vault, data, today=self.today)

    def _has_typing(self) -> bool:
        edits = (self.name_edit, self.id_number_edit, self.mobile_edit, self.email_edit)
        return any(edit.text().strip() for edit in edits)

    def may_discard(self) -> bool:
        # A whole form of personal data is too much to lose to a stray Esc: ask once.
        if self.result_id is not None or not self._has_typing():
            return True
        answer = QMessageBox.question(
            self,
            self.tr("Discard the new employee?"),
            self.tr("The details typed so far will be lost."),
            QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel,
        )
        return answer == QMessageBox.StandardButton.Discard


# --- contracts --------------------------------------------------------------------------------


class ContractDialog(ActionDialog):
    """Sign a new labour contract, or renew the current (else latest) one."""

    def __init__(
        self,
        parent: QWidget | None,
        vault: UnlockedVault,
        employee_file: EmployeeFile,
        *,
        today: dt.date | None = None,
    ) -> None:
        super().__init__(parent, vault, today=today)
        self.file = employee_file
        self.previous = renewable_contract(employee_file.contracts)
        self.setWindowTitle(self.tr("Labour contract"))
        self.body.addWidget(employee_header(employee_file))
        form = QFormLayout()
        self.body.addLayout(form)

        self.new_radio = QRadioButton(self.tr("Sign a new contract"))
        self.renew_radio = QRadioButton(self.tr("Renew the contract"))
        self.mode = QButtonGroup(self)
        self.mode.addButton(self.new_radio)
        self.mode.addButton(self.renew_radio)
        previous = self.previous
        if previous is not None:
            self.renew_radio.setText(
                self.tr("Renew the contract of {start} – {end}").format(
                    start=date_text(previous.start_date),
                    end=date_text(previous.end_date) or self.tr("no end date"),
                )
            )
            modes = QWidget()
            column = QVBoxLayout(modes)
            column.setContentsMargins(0, 0, 0, 0)
            column.addWidget(self.renew_radio)
            column.addWidget(self.new_radio)
            form.addRow(modes)
        renewing = previous is not None and previous.terminated_on is None
        (self.renew_radio if renewing else self.new_radio).setChecked(True)

        self.start_edit = date_edit(self._default_start())
        self.type_combo = QComboBox()
        for code, text in choices("contract_type"):
            self.type_combo.addItem(text, code)
        select_data(self.type_combo, previous.contract_type if previous else "fixed_term")
        self.term = TermPicker(self._default_start(), 3)
        self.term.set_contract_type(self.type_combo.currentData())
        self.probation_box = QCheckBox(self.tr("Probation until"))
        probation = employee_file.job.probation_end
        self.probation_edit = date_edit(probation or add_months(self._default_start(), 3))
        self.probation_box.setChecked(probation is not None and not renewing)
        self.probation_edit.setEnabled(self.probation_box.isChecked())
        self.probation_box.toggled.connect(self.probation_edit.setEnabled)
        self.contract_no_edit = QLineEdit()
        self.add_row(form, self.tr("Start date *"), self.start_edit, "start_date")
        self.add_row(form, self.tr("Contract type"), self.type_combo, "contract_type")
        self.add_row(form, self.tr("Term"), self.term, "end_date")
        self.add_row(form, self.probation_box, self.probation_edit, "probation_end")
        self.add_row(form, self.tr("Contract number"), self.contract_no_edit, "contract_no")
        if employee_file.consecutive_fixed_terms >= contract_rules.FIXED_TERM_LIMIT:
            form.addRow(
                hint_label(
                    self.tr(
                        "This employee has had {count} fixed-term contracts in a row and may ask for an open-ended one (Labour Contract Law, art. 14)."
                    ).format(count=employee_file.consecutive_fixed_terms)
                )
            )

        self.start_edit.dateChanged.connect(lambda day: self.term.set_start(pydate(day)))
        self.type_combo.currentIndexChanged.connect(
            lambda: self.term.set_contract_type(self.type_combo.currentData())
        )
        self.renew_radio.toggled.connect(
            lambda: self.start_edit.setDate(qdate(self._default_start()))
        )
        self.start_edit.setFocus()

    def _default_start(self) -> dt.date:
        previous = self.previous
        if self.renew_radio.isChecked() and previous is not None and previous.end_date:
            return previous.end_date + dt.timedelta(days=1)
        return self.today

    def renews_id(self) -> int | None:
        if self.previous is not None and self.renew_radio.isChecked():
            return self.previous.id
        return None

    def contract_input(self) -> lifecycle.ContractInput:
        return lifecycle.ContractInput(
            contract_type=self.type_combo.currentData(),
            start_date=pydate(self.start_edit.date()),
            end_date=self.term.end_date(),
            probation_end=pydate(self.probation_edit.date())
            if self.probation_box.isChecked()
            else None,
            contract_no=self.contract_no_edit.text(),
        )

    def save(self) -> int:
        return lifecycle.sign_contract(
            self.vault,
            self.file.id,
            self.contract_input(),
            renews_id=self.renews_id(),
            today=self.today,
        )


class TerminateContractDialog(ActionDialog):
    """Ends the current contract early; the employment itself is not changed."""

    def __init__(
        self,
        parent: QWidget | None,
        vault: UnlockedVault,
        employee_file: EmployeeFile,
        *,
        today: dt.date | None = None,
    ) -> None:
        super().__init__(parent, vault, today=today)
        self.file = employee_file
        open_contracts = [c for c in employee_file.contracts if c.terminated_on is None]
        current = [c for c in open_contracts if c.is_current]
        self.contract = (current or open_contracts or [None])[-1]
        self.setWindowTitle(self.tr("Terminate the contract"))
        self.body.addWidget(employee_header(employee_file))
        form = QFormLayout()
        self.body.addLayout(form)
        self.date_edit = date_edit(self.today)
        self.reason_combo = suggestion_combo(
            [
                self.tr("Mutual agreement"),
                self.tr("Replaced by a new contract"),
                self.tr("Employee resigned"),
                self.tr("Dismissal"),
            ]
        )
        self.add_row(form, self.tr("Ends on *"), self.date_edit, "terminated_on")
        contract = self.contract
        if contract is not None:
            form.addRow(
                self.tr("Contract"),
                QLabel(
                    self.tr("{type}, {start} – {end}").format(
                        type=label("contract_type", contract.contract_type),
                        start=date_text(contract.start_date),
                        end=date_text(contract.end_date) or self.tr("no end date"),
                    )
                ),
            )
        self.add_row(form, self.tr("Reason"), self.reason_combo, "reason")
        form.addRow(
            hint_label(
                self.tr(
                    "The contract ends on this date. The employment is not changed: if the employee leaves, record the leaving instead."
                )
            )
        )
        if contract is None:
            self.show_error(self.tr("There is no contract to terminate."))
            self.save_button.setEnabled(False)

    def save(self) -> int:
        if self.contract is None:
            raise NotFound(entity="contract")
        lifecycle.terminate_contract(
            self.vault,
            self.contract.id,
            pydate(self.date_edit.date()),
            combo_text(self.reason_combo) or "",
            today=self.today,
        )
        return self.contract.id


# --- the single entry point -------------------------------------------------------------------

_EVENT_ACTIONS: dict[str, type[ActionDialog]] = {
    "confirm": ConfirmProbationDialog,
    "extend_probation": ExtendProbationDialog,
    "transfer": TransferDialog,
    "promote": PromotionDialog,
    "salary": SalaryChangeDialog,
    "contract": ContractDialog,
    "terminate_contract": TerminateContractDialog,
    "leave": LeaveDialog,
    "return": ReturnDialog,
    "offboard": OffboardDialog,
    "rehire": RehireDialog,
}
ACTION_KEYS = ("onboard", *_EVENT_ACTIONS)  # and "correct:<event id>"


def run_action(
    parent: QWidget | None,
    vault: UnlockedVault,
    action_key: str,
    employee_id: int | None = None,
    *,
    today: dt.date | None = None,
) -> int | None:
    """Runs the guided action `action_key` for one employee ("onboard" needs none); the id of
    what was created (event, employee or contract), or None when cancelled."""
    if action_key == "onboard":
        return OnboardDialog.ask(parent, vault, today=today)
    if employee_id is None:
        raise ValueError(f"{action_key} needs an employee")
    try:
        employee_file = employees.load_file(vault, employee_id, today=today)
        if action_key.startswith("correct:"):
            event_id = int(action_key.partition(":")[2])
            return CorrectEventDialog.ask(parent, vault, employee_file, event_id, today=today)
        dialog_class = _EVENT_ACTIONS.get(action_key)
        if dialog_class is None:
            raise ValueError(f"unknown action {action_key!r}")
        return dialog_class.ask(parent, vault, employee_file, today=today)
    except NotFound as error:
        # The file or entry was removed meanwhile (another window): say so, change nothing.
        QMessageBox.warning(
            parent, QCoreApplication.translate("LifecycleDialogs", "Not found"), describe(error)
        )
        return None
