"""Editors used by the employee file: a date that may stay empty, a masked value with an audited
reveal, the emergency-contact table, and the small dialog for one education/work/reward… record."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import QDate, QLocale, Qt, Signal
from PySide6.QtGui import QDoubleValidator
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QTableWidget,
    QTableWidgetItem,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from ehr_desktop.domain.people import EmergencyContact
from ehr_desktop.gui import formats
from ehr_desktop.gui.icons import icon
from ehr_desktop.gui.labels import label
from ehr_desktop.gui.roles import hint_label, set_role
from ehr_desktop.services.employees import RECORD_DETAIL_KEYS, RecordEntry, RecordInput

# Below any real date: shown as "—" while the date is left empty.
_EMPTY_SENTINEL = QDate(1899, 12, 31)


def _qdate(value: dt.date) -> QDate:
    return QDate(value.year, value.month, value.day)


class OptionalDateEdit(QWidget):
    """A date with a tick box in front: unticked means "no date"."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None, *, default: dt.date | None = None) -> None:
        super().__init__(parent)
        self._default = default
        self.check = QCheckBox()
        self.check.setToolTip(self.tr("Tick to enter a date; untick to leave it empty"))
        self.edit = QDateEdit()
        self.edit.setCalendarPopup(True)
        self.edit.setDisplayFormat(formats.date_format())
        self.edit.setMinimumDate(_EMPTY_SENTINEL)
        self.edit.setMaximumDate(QDate(2199, 12, 31))
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.check)
        layout.addWidget(self.edit, 1)
        self.setFocusProxy(self.check)
        self._set_empty()
        self.check.toggled.connect(self._toggled)
        self.edit.dateChanged.connect(lambda _date: self.changed.emit())

    def _set_empty(self) -> None:
        self.edit.setSpecialValueText("—")
        self.edit.setDate(_EMPTY_SENTINEL)
        self.edit.setEnabled(False)

    def _toggled(self, checked: bool) -> None:
        if checked:
            self.edit.setSpecialValueText("")
            self.edit.setEnabled(True)
            start = self._default or dt.date.today()
            self.edit.setDate(_qdate(start))
            self.edit.setFocus()
        else:
            self._set_empty()
        self.changed.emit()

    def value(self) -> dt.date | None:
        if not self.check.isChecked():
            return None
        date = self.edit.date()
        return dt.date(date.year(), date.month(), date.day())

    def set_value(self, value: dt.date | None) -> None:
        blocked = self.check.blockSignals(True)
        self.check.setChecked(value is not None)
        self.check.blockSignals(blocked)
        if value is None:
            self._set_empty()
        else:
            self.edit.setSpecialValueText("")
            self.edit.setEnabled(True)
            self.edit.setDate(_qdate(value))
        self.changed.emit()

    def focus_editor(self) -> None:
        (self.edit if self.check.isChecked() else self.check).setFocus()


class SensitiveLineEdit(QWidget):
    """Shows a masked value, read-only, until the eye is clicked; the owner records the reveal
    in the audit trail and then calls reveal()."""

    changed = Signal()
    reveal_requested = Signal()

    def __init__(self, mask: Callable[[str], str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._mask = mask
        self._value = ""
        self._revealed = False
        self.edit = QLineEdit()
        self.eye = QToolButton()
        self.eye.setAutoRaise(True)
        self.eye.setCursor(Qt.CursorShape.PointingHandCursor)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.edit, 1)
        layout.addWidget(self.eye)
        self.setFocusProxy(self.edit)
        self.eye.clicked.connect(self._eye_clicked)
        self.edit.textChanged.connect(self._edited)
        self._show()

    @property
    def is_revealed(self) -> bool:
        return self._revealed

    @property
    def is_masked(self) -> bool:
        return bool(self._value) and not self._revealed

    def value(self) -> str:
        return self.edit.text() if not self.is_masked else self._value

    def set_value(self, value: str) -> None:
        self._value = value or ""
        self._show()

    def reveal(self) -> None:
        self._revealed = True
        self._show()

    def conceal(self) -> None:
        self._value = self.edit.text()
        self._revealed = False
        self._show()

    def _eye_clicked(self) -> None:
        if self._revealed:
            self.conceal()
        else:
            self.reveal_requested.emit()

    def _edited(self, _text: str) -> None:
        if not self.is_masked:
            self.changed.emit()

    def _show(self) -> None:
        masked = self.is_masked
        blocked = self.edit.blockSignals(True)
        self.edit.setText(self._mask(self._value) if masked else self._value)
        self.edit.blockSignals(blocked)
        self.edit.setReadOnly(masked)
        set_role(self.edit, "masked" if masked else "")
        # Nothing to hide in an empty field: it is simply typed into.
        self.eye.setVisible(bool(self._value) or self._revealed)
        if masked:
            self.eye.setIcon(icon("eye"))
            self.eye.setToolTip(
                self.tr(
                    "Show the full value. Viewing it is recorded in this file's history, "
                    "with your name and the time."
                )
            )
            self.edit.setToolTip(self.tr("Masked. Click the eye to see and edit the full value."))
        else:
            self.eye.setIcon(icon("eye-off"))
            self.eye.setToolTip(self.tr("Mask the value again"))
            self.edit.setToolTip("")


class ContactsEditor(QWidget):
    """The emergency contacts: name, relation, phone; rows added and removed with buttons."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.table = QTableWidget(0, 3)
        self.table.setHorizontalHeaderLabels(
            [self.tr("Name"), self.tr("Relation"), self.tr("Phone")]
        )
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setAlternatingRowColors(True)
        rows = self.fontMetrics().height() * 6
        self.table.setMaximumHeight(rows)
        self.add_button = QToolButton()
        self.add_button.setIcon(icon("plus"))
        self.add_button.setToolTip(self.tr("Add a contact"))
        self.remove_button = QToolButton()
        self.remove_button.setIcon(icon("trash-2"))
        self.remove_button.setToolTip(self.tr("Remove the selected contact"))
        buttons = QVBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        self.add_button.clicked.connect(self.add_row)
        self.remove_button.clicked.connect(self.remove_selected)
        self.table.itemChanged.connect(lambda _item: self.changed.emit())

    def add_row(self) -> None:
        row = self.table.rowCount()
        blocked = self.table.blockSignals(True)
        self.table.insertRow(row)
        for column in range(3):
            self.table.setItem(row, column, QTableWidgetItem(""))
        self.table.blockSignals(blocked)
        self.table.setCurrentCell(row, 0)
        self.table.editItem(self.table.item(row, 0))
        self.changed.emit()

    def remove_selected(self) -> None:
        rows = sorted({index.row() for index in self.table.selectedIndexes()}, reverse=True)
        if not rows and self.table.currentRow() >= 0:
            rows = [self.table.currentRow()]
        for row in rows:
            self.table.removeRow(row)
        if rows:
            self.changed.emit()

    def value(self) -> tuple[EmergencyContact, ...]:
        contacts = []
        for row in range(self.table.rowCount()):
            name, relation, phone = (
                (self.table.item(row, column).text() if self.table.item(row, column) else "")
                for column in range(3)
            )
            if name.strip() or relation.strip() or phone.strip():
                contacts.append(EmergencyContact(name, relation, phone))
        return tuple(contacts)

    def set_value(self, contacts: Sequence[EmergencyContact]) -> None:
        blocked = self.table.blockSignals(True)
        self.table.setRowCount(0)
        for contact in contacts:
            row = self.table.rowCount()
            self.table.insertRow(row)
            for column, text in enumerate((contact.name, contact.relation, contact.phone)):
                self.table.setItem(row, column, QTableWidgetItem(text))
        self.table.blockSignals(blocked)
        self.changed.emit()

    def focus_editor(self) -> None:
        self.table.setFocus()


def _number_or_text(text: str) -> Any:
    text = text.strip()
    if not text:
        return None
    value, ok = QLocale().toDouble(text)
    if not ok:
        try:
            value = float(text)
        except ValueError:
            return text  # the service names the rule it breaks
    return int(value) if value.is_integer() else value


class RecordDialog(QDialog):
    """One education, work-history, reward, penalty, training or certificate entry: only the
    fields that kind has."""

    _START_REQUIRED = ("reward", "penalty", "training", "certificate")
    _NUMBERS = ("amount", "hours")

    def __init__(
        self, kind: str, existing: RecordEntry | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.kind = kind
        kind_word = label("record", kind)
        self.setWindowTitle(
            self.tr("Edit: {0}").format(kind_word)
            if existing
            else self.tr("Add: {0}").format(kind_word)
        )
        form = QFormLayout()
        self.title_edit = QLineEdit()
        form.addRow(self._title_label() + " *", self.title_edit)
        self.start_edit = OptionalDateEdit()
        self.end_edit = OptionalDateEdit()
        start_label, end_label = self._date_labels()
        form.addRow(start_label + (" *" if kind in self._START_REQUIRED else ""), self.start_edit)
        if end_label:
            form.addRow(end_label, self.end_edit)
        self.detail_edits: dict[str, QLineEdit] = {}
        for key in RECORD_DETAIL_KEYS.get(kind, ()):
            edit = QLineEdit()
            if key in self._NUMBERS:
                validator = QDoubleValidator(0, 1e12, 2, edit)
                validator.setNotation(QDoubleValidator.Notation.StandardNotation)
                edit.setValidator(validator)
                edit.setAlignment(Qt.AlignmentFlag.AlignRight)
            self.detail_edits[key] = edit
            form.addRow(self._detail_label(key), edit)
        self.note_edit = QLineEdit()
        form.addRow(self.tr("Note"), self.note_edit)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.setMinimumWidth(self.fontMetrics().averageCharWidth() * 60)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(hint_label(self.tr("Fields marked * are required.")))
        layout.addWidget(self.buttons)

        if existing is not None:
            self.title_edit.setText(existing.title)
            self.start_edit.set_value(existing.start_date)
            self.end_edit.set_value(existing.end_date)
            for key, edit in self.detail_edits.items():
                value = existing.details.get(key)
                if key in self._NUMBERS and isinstance(value, (int, float)):
                    edit.setText(QLocale().toString(value, "g", 12))
                else:
                    edit.setText("" if value is None else str(value))
            self.note_edit.setText(existing.note or "")
        elif kind in self._START_REQUIRED:
            self.start_edit.set_value(dt.date.today())
        self.title_edit.textChanged.connect(self._update)
        self.start_edit.changed.connect(self._update)
        self._update()

    def _title_label(self) -> str:
        return {
            "education": self.tr("School"),
            "work_history": self.tr("Employer"),
            "reward": self.tr("Reward"),
            "penalty": self.tr("Penalty"),
            "training": self.tr("Course"),
            "certificate": self.tr("Certificate"),
        }.get(self.kind, self.tr("Title"))

    def _date_labels(self) -> tuple[str, str]:
        if self.kind in ("reward", "penalty"):
            return self.tr("Date"), ""
        if self.kind == "certificate":
            return self.tr("Issued on"), self.tr("Expires on")
        return self.tr("From"), self.tr("To")

    def _detail_label(self, key: str) -> str:
        return {
            "degree": self.tr("Degree"),
            "major": self.tr("Major"),
            "study_mode": self.tr("Study mode"),
            "position": self.tr("Position"),
            "leaving_reason": self.tr("Reason for leaving"),
            "reference": self.tr("Reference"),
            "level": self.tr("Level"),
            "amount": self.tr("Amount (¥)"),
            "hours": self.tr("Hours"),
            "result": self.tr("Result"),
            "certificate": self.tr("Certificate obtained"),
            "number": self.tr("Certificate number"),
            "issuer": self.tr("Issued by"),
        }.get(key, key)

    def _update(self) -> None:
        ready = bool(self.title_edit.text().strip()) and (
            self.kind not in self._START_REQUIRED or self.start_edit.value() is not None
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(ready)

    def record(self) -> RecordInput:
        details = {}
        for key, edit in self.detail_edits.items():
            value = _number_or_text(edit.text()) if key in self._NUMBERS else edit.text().strip()
            if value not in (None, ""):
                details[key] = value
        return RecordInput(
            kind=self.kind,
            title=self.title_edit.text(),
            start_date=self.start_edit.value(),
            end_date=self.end_edit.value() if self.kind not in ("reward", "penalty") else None,
            details=details,
            note=self.note_edit.text().strip() or None,
        )

    @classmethod
    def ask(
        cls, parent: QWidget | None, kind: str, existing: RecordEntry | None = None
    ) -> RecordInput | None:
        dialog = cls(kind, existing, parent)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        return dialog.record()
