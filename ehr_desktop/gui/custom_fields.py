"""The custom fields of the employee file for Settings: their table model and the "Add field" dialog."""

from __future__ import annotations

from collections.abc import Sequence
from enum import IntEnum
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QLocale, Qt
from PySide6.QtGui import QColor, QGuiApplication, QKeySequence, QPalette, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from ehr_desktop.domain.errors import EhrError, InvalidInput
from ehr_desktop.gui.labels import choices as label_choices
from ehr_desktop.gui.labels import label
from ehr_desktop.gui.list_table_model import ROW_ROLE, SORT_ROLE, Column, ListTableModel
from ehr_desktop.gui.messages import describe, describe_problem
from ehr_desktop.gui.roles import error_label, hint_label
from ehr_desktop.services import employees
from ehr_desktop.services.employees import CustomFieldDefinition
from ehr_desktop.services.vaults import UnlockedVault

__all__ = [
    "COLUMNS",
    "CONTEXT",
    "ROW_ROLE",
    "SORT_ROLE",
    "CustomFieldColumn",
    "CustomFieldDialog",
    "LABEL_LIMIT",
    "CustomFieldTableModel",
    "choices_text",
]

CONTEXT = "CustomFieldTableModel"
LABEL_LIMIT = 100  # as employees.add_custom_field allows


def choices_text(values: Sequence[str], locale: QLocale | None = None) -> str:
    """A choice field's choices on one line: "、" between them in Chinese, ", " otherwise."""
    locale = locale or QLocale()
    separator = "、" if locale.language() == QLocale.Language.Chinese else ", "
    return separator.join(values)


def _status(row: CustomFieldDefinition) -> str:
    if row.retired:
        return QCoreApplication.translate("CustomFieldTableModel", "Retired")
    return QCoreApplication.translate("CustomFieldTableModel", "Active")


class CustomFieldColumn(IntEnum):
    LABEL = 0
    KIND = 1
    CHOICES = 2
    STATUS = 3


COLUMNS = {
    CustomFieldColumn.LABEL: Column(QT_TRANSLATE_NOOP("CustomFieldTableModel", "Field"), QT_TRANSLATE_NOOP("CustomFieldTableModel", "The field's name in the employee file"), display=lambda row: row.label, sort_key=lambda row: row.label),
    CustomFieldColumn.KIND: Column(QT_TRANSLATE_NOOP("CustomFieldTableModel", "Kind"), QT_TRANSLATE_NOOP("CustomFieldTableModel", "What the field holds: text, a number, a date or one of a list of choices"), display=lambda row: label("custom_kind", row.kind), sort_key=lambda row: row.kind),
    CustomFieldColumn.CHOICES: Column(QT_TRANSLATE_NOOP("CustomFieldTableModel", "Choices"), QT_TRANSLATE_NOOP("CustomFieldTableModel", "The values offered by a choice field"), display=lambda row: choices_text(row.choices), sort_key=lambda row: choices_text(row.choices)),
    CustomFieldColumn.STATUS: Column(QT_TRANSLATE_NOOP("CustomFieldTableModel", "Status"), QT_TRANSLATE_NOOP("CustomFieldTableModel", "Retired fields no longer appear in the employee file; values entered before stay in the files' history"), display=_status, sort_key=lambda row: int(row.retired)),
}  # fmt: skip


class CustomFieldTableModel(ListTableModel[CustomFieldDefinition]):
    """The custom field definitions, active and retired (a short list: no paging)."""

    CONTEXT = CONTEXT
    COLUMNS = COLUMNS

    def key_of(self, row: CustomFieldDefinition) -> str:
        return row.key

    def cell(self, row: CustomFieldDefinition, column: CustomFieldColumn, role: int) -> Any:
        declared = COLUMNS[column]
        if role == SORT_ROLE:
            return declared.sort_key(row)
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return declared.display(row)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return declared.alignment()
        if role == Qt.ItemDataRole.ForegroundRole and row.retired:
            return _muted()
        return None


def _muted() -> QColor:
    return QGuiApplication.palette().color(QPalette.ColorRole.PlaceholderText)


class CustomFieldDialog(QDialog):
    """Defines a new custom field: its name, its kind and, for a choice field, the choices.

    submit() calls the service and shows any refusal under the field concerned; nothing is
    saved until the values are acceptable."""

    def __init__(self, vault: UnlockedVault, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.vault = vault
        self.created_key: str | None = None
        self.setWindowTitle(self.tr("Add a custom field"))
        self._field_errors: dict[str, QLabel] = {}
        layout = QVBoxLayout(self)
        layout.addWidget(
            hint_label(
                self.tr(
                    "The new field appears in the basic data of every employee's file. "
                    "It can be retired later, but not renamed."
                )
            )
        )
        self.form = QFormLayout()
        layout.addLayout(self.form)

        self.label_edit = QLineEdit()
        self.label_edit.setMaxLength(LABEL_LIMIT)
        self.label_edit.setPlaceholderText(self.tr("For example: Shoe size, Locker number"))
        self._add_field("label", self.tr("&Name"), self.label_edit)

        self.kind_combo = QComboBox()
        for kind, text in label_choices("custom_kind"):
            self.kind_combo.addItem(text, kind)
        self._add_field("kind", self.tr("&Kind"), self.kind_combo)

        self.choices_edit = QPlainTextEdit()
        self.choices_edit.setTabChangesFocus(True)
        self.choices_edit.setPlaceholderText(self.tr("One choice per line"))
        self.choices_edit.setFixedHeight(self.fontMetrics().height() * 7)
        self._choices_row = self._add_field("choices", self.tr("&Choices"), self.choices_edit)

        self.error_label = error_label()
        self.error_label.hide()
        layout.addWidget(self.error_label)
        layout.addStretch(1)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Add field"))
        self.buttons.accepted.connect(self._ok_clicked)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        QShortcut(QKeySequence.StandardKey.Save, self, activated=self._ok_clicked)

        self.kind_combo.currentIndexChanged.connect(self._kind_changed)
        self._kind_changed()
        self.setMinimumWidth(self.fontMetrics().averageCharWidth() * 60)

    def _add_field(self, key: str, text: str, widget: QWidget) -> int:
        box = QWidget()
        column = QVBoxLayout(box)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(2)
        column.addWidget(widget)
        problem = error_label()
        problem.hide()
        column.addWidget(problem)
        self._field_errors[key] = problem
        caption = QLabel(text)
        caption.setBuddy(widget)
        self.form.addRow(caption, box)
        return self.form.rowCount() - 1

    # --- values -------------------------------------------------------------------------------

    @property
    def kind(self) -> str:
        return self.kind_combo.currentData()

    def set_kind(self, kind: str) -> None:
        self.kind_combo.setCurrentIndex(max(0, self.kind_combo.findData(kind)))

    @property
    def choices(self) -> list[str]:
        lines = self.choices_edit.toPlainText().splitlines()
        return [line.strip() for line in lines if line.strip()]

    def _kind_changed(self, *_args) -> None:
        self.form.setRowVisible(self._choices_row, self.kind == "choice")
        self.adjustSize()

    def field_error(self, key: str) -> str:
        problem = self._field_errors.get(key)
        return problem.text() if problem is not None and not problem.isHidden() else ""

    def error_text(self) -> str:
        return self.error_label.text() if not self.error_label.isHidden() else ""

    # --- saving -------------------------------------------------------------------------------

    def _clear_errors(self) -> None:
        for problem in self._field_errors.values():
            problem.clear()
            problem.hide()
        self._show_error("")

    def _show_error(self, text: str) -> None:
        self.error_label.setText(text)
        self.error_label.setVisible(bool(text))

    def _show_field_error(self, key: str, text: str) -> bool:
        problem = self._field_errors.get(key)
        if problem is None:
            return False
        problem.setText(text)
        problem.show()
        return True

    def submit(self) -> bool:
        """Adds the field; False (with the reason shown in the dialog) when refused."""
        self._clear_errors()
        kind = self.kind
        try:
            self.created_key = employees.add_custom_field(
                self.vault,
                self.label_edit.text(),
                kind,
                self.choices if kind == "choice" else (),
            )
        except InvalidInput as error:
            unplaced = [
                describe_problem(problem)
                for problem in error.facts.get("problems", ())
                if not self._show_field_error(problem.field, describe_problem(problem))
            ]
            if unplaced:
                self._show_error(" ".join([describe(error), *unplaced]))
            return False
        except EhrError as error:
            self._show_error(describe(error))
            return False
        return True

    def _ok_clicked(self) -> None:
        if self.submit():
            self.accept()

    @classmethod
    def ask(cls, parent: QWidget | None, vault: UnlockedVault) -> str | None:
        """The new field's key, or None when cancelled."""
        dialog = cls(vault, parent)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        return dialog.created_key
