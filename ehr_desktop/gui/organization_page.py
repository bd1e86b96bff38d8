"""The Organization area: the department tree with heads and headcounts, the chosen department's
details and dated history, and the small dialogs that change the tree, its heads and positions."""

from __future__ import annotations

import datetime as dt
import html
from collections.abc import Collection
from dataclasses import dataclass
from enum import IntEnum
from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractItemModel,
    QCoreApplication,
    QDate,
    QItemSelectionModel,
    QLocale,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSize,
    QSortFilterProxyModel,
    Qt,
    Signal,
)
from PySide6.QtGui import QAction, QColor, QGuiApplication, QIcon, QKeySequence, QPalette, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QSplitter,
    QStackedWidget,
    QTableView,
    QToolBar,
    QTreeView,
    QTreeWidget,
    QVBoxLayout,
    QWidget,
)

from ehr_desktop.domain.errors import EhrError, InvalidInput, OrganizationRefused
from ehr_desktop.gui import formats
from ehr_desktop.gui.employee_picker import EmployeePicker
from ehr_desktop.gui.export_job import ExportRunner
from ehr_desktop.gui.icons import icon
from ehr_desktop.gui.labels import label, stored_note
from ehr_desktop.gui.list_table_model import ROW_ROLE, SORT_ROLE, Column, ListTableModel
from ehr_desktop.gui.messages import describe, describe_problem, describe_rule
from ehr_desktop.gui.roles import error_label, hint_label, title_label
from ehr_desktop.gui.worker import JobRunner
from ehr_desktop.gui.workforce_report_dialog import WorkforceReportDialog, start_workforce_report
from ehr_desktop.services import employees, organization
from ehr_desktop.services.organization import DepartmentHistoryEntry, DepartmentNode, PositionRow
from ehr_desktop.services.vaults import UnlockedVault

_ROOT = QModelIndex()
ID_ROLE = Qt.ItemDataRole.UserRole + 3
_TOP_LEVEL = -1  # combo data for "no parent": department ids start at 1


def date_text(value: dt.date | None) -> str:
    """A date as the locale writes it (2024-03-01 in zh_CN); "" for none."""
    if value is None:
        return ""
    return formats.date_text(value)


def _muted() -> QColor:
    return QGuiApplication.palette().color(QPalette.ColorRole.PlaceholderText)


# --- the tree -----------------------------------------------------------------------------------


class DepartmentColumn(IntEnum):
    NAME = 0
    HEAD = 1
    HEADCOUNT = 2
    TOTAL = 3


_LEFT = Qt.AlignmentFlag.AlignLeft
_RIGHT = Qt.AlignmentFlag.AlignRight

TREE_COLUMNS = {
    DepartmentColumn.NAME: Column(QT_TRANSLATE_NOOP("DepartmentTreeModel", "Department"), QT_TRANSLATE_NOOP("DepartmentTreeModel", "The department's name; its sub-departments are listed under it"), _LEFT),
    DepartmentColumn.HEAD: Column(QT_TRANSLATE_NOOP("DepartmentTreeModel", "Head"), QT_TRANSLATE_NOOP("DepartmentTreeModel", "Who heads the department"), _LEFT),
    DepartmentColumn.HEADCOUNT: Column(QT_TRANSLATE_NOOP("DepartmentTreeModel", "Headcount"), QT_TRANSLATE_NOOP("DepartmentTreeModel", "Employees in this department itself"), _RIGHT),
    DepartmentColumn.TOTAL: Column(QT_TRANSLATE_NOOP("DepartmentTreeModel", "Total"), QT_TRANSLATE_NOOP("DepartmentTreeModel", "Employees including every sub-department"), _RIGHT),
}  # fmt: skip


class DepartmentTreeModel(QAbstractItemModel):
    """The department tree from organization.tree(); an index's internal id is the department id."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._nodes: dict[int, DepartmentNode] = {}
        self._children: dict[int | None, list[int]] = {None: []}
        self._parent_of: dict[int, int | None] = {}
        self._row_of: dict[int, int] = {}
        self._icons: dict[bool, QIcon] = {}

    def set_nodes(self, nodes: list[DepartmentNode], *, show_closed: bool = False) -> None:
        """`nodes` in tree order (parents first); closed ones are left out unless asked for."""
        self.beginResetModel()
        shown = [node for node in nodes if show_closed or not node.is_closed]
        known = {node.id for node in shown}
        self._nodes = {node.id: node for node in shown}
        self._children = {None: []}
        self._parent_of = {}
        self._row_of = {}
        for node in shown:
            # A department whose parent is hidden is shown at the top rather than lost.
            parent_id = node.parent_id if node.parent_id in known else None
            siblings = self._children.setdefault(parent_id, [])
            self._parent_of[node.id] = parent_id
            self._row_of[node.id] = len(siblings)
            siblings.append(node.id)
        self.endResetModel()

    def node(self, index: QModelIndex | QPersistentModelIndex) -> DepartmentNode | None:
        if not index.isValid():
            return None
        return self._nodes.get(index.internalId())

    def nodes(self) -> list[DepartmentNode]:
        return list(self._nodes.values())

    def index_of(self, department_id: int | None, column: int = 0) -> QModelIndex:
        if department_id not in self._nodes:
            return QModelIndex()
        return self.createIndex(self._row_of[department_id], column, department_id)

    # --- QAbstractItemModel -------------------------------------------------------------------

    def index(
        self, row: int, column: int, parent: QModelIndex | QPersistentModelIndex = _ROOT
    ) -> QModelIndex:
        if not self.hasIndex(row, column, parent):
            return QModelIndex()
        parent_id = parent.internalId() if parent.isValid() else None
        return self.createIndex(row, column, self._children[parent_id][row])

    def parent(self, index: QModelIndex | QPersistentModelIndex | None = None) -> Any:  # type: ignore[override]
        if index is None:  # QObject.parent()
            return super().parent()
        if not index.isValid():
            return QModelIndex()
        parent_id = self._parent_of.get(index.internalId())
        if parent_id is None:
            return QModelIndex()
        return self.createIndex(self._row_of[parent_id], 0, parent_id)

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = _ROOT) -> int:
        if not parent.isValid():
            return len(self._children[None])
        if parent.column() > 0:
            return 0
        return len(self._children.get(parent.internalId(), ()))

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = _ROOT) -> int:
        return len(DepartmentColumn)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or section not in TREE_COLUMNS:
            return None
        column = TREE_COLUMNS[DepartmentColumn(section)]
        if role == Qt.ItemDataRole.DisplayRole:
            return QCoreApplication.translate("DepartmentTreeModel", column.header)
        if role == Qt.ItemDataRole.ToolTipRole:
            return QCoreApplication.translate("DepartmentTreeModel", column.tooltip)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(column.align | Qt.AlignmentFlag.AlignVCenter)
        return None

    def data(
        self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        node = self.node(index)
        if node is None or index.column() not in TREE_COLUMNS:
            return None
        column = DepartmentColumn(index.column())
        if role == ROW_ROLE:
            return node
        if role == ID_ROLE:
            return node.id
        if role == SORT_ROLE:
            return {
                DepartmentColumn.NAME: node.name,
                DepartmentColumn.HEAD: node.head_name or "",
                DepartmentColumn.HEADCOUNT: node.headcount,
                DepartmentColumn.TOTAL: node.total_headcount,
            }[column]
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(node, column)
        if role == Qt.ItemDataRole.ToolTipRole:
            if column == DepartmentColumn.NAME:
                return node.path
            return self._display(node, column)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(TREE_COLUMNS[column].align | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ForegroundRole and node.is_closed:
            return _muted()
        if role == Qt.ItemDataRole.DecorationRole and column == DepartmentColumn.NAME:
            return self._icon(node.is_closed)
        return None

    def _display(self, node: DepartmentNode, column: DepartmentColumn) -> str:
        locale = QLocale()
        if column == DepartmentColumn.NAME:
            if node.is_closed:
                return self.tr("{name} (closed on {date})").format(
                    name=node.name, date=date_text(node.closed_on)
                )
            return node.name
        if column == DepartmentColumn.HEAD:
            return node.head_name or ""
        if column == DepartmentColumn.HEADCOUNT:
            return locale.toString(node.headcount)
        return locale.toString(node.total_headcount)

    def _icon(self, closed: bool) -> QIcon:
        if closed not in self._icons:
            self._icons[closed] = icon("building-2", _muted().name() if closed else None)
        return self._icons[closed]


# --- the history table --------------------------------------------------------------------------


class HistoryColumn(IntEnum):
    DATE = 0
    EVENT = 1
    DETAILS = 2
    NOTE = 3
    BY = 4


HISTORY_COLUMNS = {
    HistoryColumn.DATE: Column(QT_TRANSLATE_NOOP("DepartmentHistoryModel", "Date"), QT_TRANSLATE_NOOP("DepartmentHistoryModel", "The day the change took effect"), _LEFT),
    HistoryColumn.EVENT: Column(QT_TRANSLATE_NOOP("DepartmentHistoryModel", "What happened"), QT_TRANSLATE_NOOP("DepartmentHistoryModel", "The kind of change"), _LEFT),
    HistoryColumn.DETAILS: Column(QT_TRANSLATE_NOOP("DepartmentHistoryModel", "Details"), QT_TRANSLATE_NOOP("DepartmentHistoryModel", "What changed, in words"), _LEFT),
    HistoryColumn.NOTE: Column(QT_TRANSLATE_NOOP("DepartmentHistoryModel", "Note"), QT_TRANSLATE_NOOP("DepartmentHistoryModel", "The note written with the change"), _LEFT),
    HistoryColumn.BY: Column(QT_TRANSLATE_NOOP("DepartmentHistoryModel", "By"), QT_TRANSLATE_NOOP("DepartmentHistoryModel", "Who recorded the change"), _LEFT),
}  # fmt: skip


@dataclass(frozen=True)
class HistoryLine:
    entry: DepartmentHistoryEntry
    details: str  # in words, from event_details()


def _employee_count_text(count: int) -> str:
    if count == 1:
        return QCoreApplication.translate("DepartmentHistory", "1 employee")
    return QCoreApplication.translate("DepartmentHistory", "{count} employees").format(
        count=QLocale().toString(count)
    )


def event_details(
    entry: DepartmentHistoryEntry, paths: dict[int, str], people: dict[int, str]
) -> str:
    """One history entry's facts in words, with departments by path and people by name."""
    facts = entry.details

    def department(value: Any) -> str:
        if value is None:
            return QCoreApplication.translate("DepartmentHistory", "the top level")
        return paths.get(int(value), str(value))

    def person(value: Any) -> str:
        return people.get(int(value), str(value))

    kind = entry.kind
    if kind == "create":
        if facts.get("parent_id") is None:
            return QCoreApplication.translate(
                "DepartmentHistory", "Established at the top level as “{name}”."
            ).format(name=facts.get("name", ""))
        return QCoreApplication.translate(
            "DepartmentHistory", "Established as “{name}” under {parent}."
        ).format(name=facts.get("name", ""), parent=department(facts.get("parent_id")))
    if kind == "rename":
        return QCoreApplication.translate("DepartmentHistory", "From “{old}” to “{new}”.").format(
            old=facts.get("old", ""), new=facts.get("new", "")
        )
    if kind == "move":
        return QCoreApplication.translate(
            "DepartmentHistory", "From under {old} to under {new}."
        ).format(
            old=department(facts.get("old_parent_id")), new=department(facts.get("new_parent_id"))
        )
    if kind == "head":
        old, new = facts.get("old"), facts.get("new")
        if old is None and new is None:
            return ""
        if old is None:
            return QCoreApplication.translate("DepartmentHistory", "{new} became head.").format(
                new=person(new)
            )
        if new is None:
            return QCoreApplication.translate(
                "DepartmentHistory", "{old} is no longer head; no one heads it now."
            ).format(old=person(old))
        return QCoreApplication.translate("DepartmentHistory", "From {old} to {new}.").format(
            old=person(old), new=person(new)
        )
    if kind == "merge":
        return QCoreApplication.translate(
            "DepartmentHistory", "Merged into {target}; {employees} transferred."
        ).format(
            target=department(facts.get("into")),
            employees=_employee_count_text(int(facts.get("moved", 0))),
        )
    if kind == "merged_in":
        return QCoreApplication.translate("DepartmentHistory", "Took in {source}.").format(
            source=department(facts.get("source"))
        )
    return ""


class DepartmentHistoryModel(ListTableModel[HistoryLine]):
    CONTEXT = "DepartmentHistoryModel"
    COLUMNS = HISTORY_COLUMNS

    def row_value(self, row: HistoryLine) -> DepartmentHistoryEntry:
        return row.entry

    def data(
        self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        line = self.row_at(index.row()) if index.isValid() else None
        if role == SORT_ROLE and line is not None and index.column() == HistoryColumn.DATE:
            # Same-day entries keep the order they were recorded in.
            return line.entry.effective_date.toordinal() * 100_000 + index.row()
        return super().data(index, role)

    def cell(self, row: HistoryLine, column: HistoryColumn, role: int) -> Any:
        if role in (SORT_ROLE, Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return self._text(row, column)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return HISTORY_COLUMNS[column].alignment()
        return None

    @staticmethod
    def _text(line: HistoryLine, column: HistoryColumn) -> str:
        entry = line.entry
        if column == HistoryColumn.DATE:
            return date_text(entry.effective_date)
        if column == HistoryColumn.EVENT:
            return label("department_event", entry.kind)
        if column == HistoryColumn.DETAILS:
            return line.details
        if column == HistoryColumn.NOTE:
            return stored_note(entry.note)
        return entry.recorded_by


# --- the dialogs that change the tree ----------------------------------------------------------


def department_combo(
    nodes: list[DepartmentNode], *, top_level: bool, exclude: Collection[int] = ()
) -> QComboBox:
    """Open departments by path (item data: id, or -1 for "top level")."""
    combo = QComboBox()
    if top_level:
        combo.addItem(
            QCoreApplication.translate(
                "OrganizationChangeDialog", "(Top level: no parent department)"
            ),
            _TOP_LEVEL,
        )
    for node in sorted(nodes, key=lambda n: n.path):
        if not node.is_closed and node.id not in exclude:
            combo.addItem(node.path, node.id)
    combo.setMaxVisibleItems(20)
    return combo


def combo_department(combo: QComboBox) -> int | None:
    value = combo.currentData()
    return None if value in (None, _TOP_LEVEL) else int(value)


def choose_department(combo: QComboBox, department_id: int | None) -> bool:
    position = combo.findData(_TOP_LEVEL if department_id is None else department_id)
    if position >= 0:
        combo.setCurrentIndex(position)
    return position >= 0


class OrganizationChangeDialog(QDialog):
    """A dated change: effective date first, then the change's own fields, then a note.

    submit() calls the service and shows any refusal inside the dialog; the dialog stays open
    and nothing is saved until the values are acceptable.
    """

    def __init__(
        self, vault: UnlockedVault, title: str, parent: QWidget | None = None, *, intro: str = ""
    ) -> None:
        super().__init__(parent)
        self.vault = vault
        self.setWindowTitle(title)
        self._field_errors: dict[str, QLabel] = {}
        layout = QVBoxLayout(self)
        self.intro_label = QLabel(intro)
        self.intro_label.setWordWrap(True)
        self.intro_label.setVisible(bool(intro))
        layout.addWidget(self.intro_label)
        self.form = QFormLayout()
        layout.addLayout(self.form)
        self.date_edit = QDateEdit(QDate.currentDate())
        self.date_edit.setCalendarPopup(True)
        self.date_edit.setDisplayFormat(formats.date_format())
        self.add_field(
            "effective_date",
            QCoreApplication.translate("OrganizationChangeDialog", "Effective date"),
            self.date_edit,
        )
        self._build_fields()
        self.note_edit = QLineEdit()
        self.note_edit.setPlaceholderText(
            QCoreApplication.translate(
                "OrganizationChangeDialog", "Optional: why, or the decision's number"
            )
        )
        self.add_field(
            "note", QCoreApplication.translate("OrganizationChangeDialog", "Note"), self.note_edit
        )
        self.statement_label = QLabel()
        self.statement_label.setWordWrap(True)
        self.statement_label.hide()
        layout.addWidget(self.statement_label)
        self.error_label = error_label()
        self.error_label.hide()
        layout.addWidget(self.error_label)
        layout.addStretch(1)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self._save_clicked)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        QShortcut(QKeySequence.StandardKey.Save, self, activated=self._save_clicked)
        self.setMinimumWidth(460)

    # --- for subclasses -----------------------------------------------------------------------

    def _build_fields(self) -> None:
        """Adds the change's own fields between the date and the note."""

    def _save(self) -> None:
        """Calls the service; raises its errors."""
        raise NotImplementedError

    def _local_problems(self) -> dict[str, str]:
        """Field key → sentence for what the dialog itself can tell before asking the service."""
        return {}

    def add_field(self, key: str, text: str, widget: QWidget) -> None:
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

    def set_statement(self, text: str) -> None:
        self.statement_label.setText(text)
        self.statement_label.setVisible(bool(text))

    # --- values and saving --------------------------------------------------------------------

    @property
    def effective_date(self) -> dt.date:
        chosen = self.date_edit.date()
        return dt.date(chosen.year(), chosen.month(), chosen.day())

    def set_effective_date(self, value: dt.date) -> None:
        self.date_edit.setDate(QDate(value.year, value.month, value.day))

    @property
    def note(self) -> str:
        return self.note_edit.text().strip()

    def field_error(self, key: str) -> str:
        problem = self._field_errors.get(key)
        return problem.text() if problem is not None else ""

    def error_text(self) -> str:
        return self.error_label.text()

    def _show_field_error(self, key: str, text: str) -> bool:
        problem = self._field_errors.get(key)
        if problem is None:
            return False
        problem.setText(text)
        problem.show()
        return True

    def _show_error(self, text: str) -> None:
        self.error_label.setText(text)
        self.error_label.setVisible(bool(text))

    def _clear_errors(self) -> None:
        for problem in self._field_errors.values():
            problem.clear()
            problem.hide()
        self._show_error("")

    def submit(self) -> bool:
        """Saves the change; False (with the reason shown in the dialog) when refused."""
        self._clear_errors()
        local = self._local_problems()
        if local:
            for key, text in local.items():
                if not self._show_field_error(key, text):
                    self._show_error(text)
            return False
        try:
            self._save()
        except InvalidInput as error:
            unplaced = [
                describe_problem(problem)
                for problem in error.facts.get("problems", ())
                if not self._show_field_error(problem.field, describe_problem(problem))
            ]
            if unplaced:
                self._show_error(" ".join([describe(error), *unplaced]))
            return False
        except OrganizationRefused as error:
            self._show_error(describe_rule(error))
            return False
        except EhrError as error:
            self._show_error(describe(error))
            return False
        return True

    def _save_clicked(self) -> None:
        if self.submit():
            self.accept()


class NewDepartmentDialog(OrganizationChangeDialog):
    def __init__(
        self, vault: UnlockedVault, parent_id: int | None = None, parent: QWidget | None = None
    ) -> None:
        self._nodes = organization.tree(vault)
        self._initial_parent = parent_id
        self.created_id: int | None = None
        super().__init__(vault, self.tr("New department"), parent)

    def _build_fields(self) -> None:
        self.name_edit = QLineEdit()
        self.name_edit.setMaxLength(200)
        self.add_field("name", self.tr("Name"), self.name_edit)
        self.parent_combo = department_combo(self._nodes, top_level=True)
        choose_department(self.parent_combo, self._initial_parent)
        self.add_field("parent_id", self.tr("Part of"), self.parent_combo)
        self.code_edit = QLineEdit()
        self.code_edit.setPlaceholderText(self.tr("Optional, for example SAL-E"))
        self.add_field("code", self.tr("Code"), self.code_edit)

    def _save(self) -> None:
        self.created_id = organization.create_department(
            self.vault,
            self.name_edit.text(),
            combo_department(self.parent_combo),
            self.effective_date,
            code=self.code_edit.text(),
            note=self.note,
        )

    @classmethod
    def ask(
        cls, parent: QWidget | None, vault: UnlockedVault, parent_id: int | None = None
    ) -> int | None:
        """The new department's id, or None when cancelled."""
        dialog = cls(vault, parent_id, parent)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        return dialog.created_id


class RenameDepartmentDialog(OrganizationChangeDialog):
    def __init__(
        self, vault: UnlockedVault, department: DepartmentNode, parent: QWidget | None = None
    ) -> None:
        self.department = department
        super().__init__(
            vault,
            self.tr("Rename department"),
            parent,
            intro=self.tr("“{path}” gets a new name from the effective date.").format(
                path=department.path
            ),
        )

    def _build_fields(self) -> None:
        self.name_edit = QLineEdit(self.department.name)
        self.name_edit.setMaxLength(200)
        self.name_edit.selectAll()
        self.add_field("name", self.tr("New name"), self.name_edit)

    def _save(self) -> None:
        organization.rename_department(
            self.vault, self.department.id, self.name_edit.text(), self.effective_date, self.note
        )

    @classmethod
    def ask(cls, parent: QWidget | None, vault: UnlockedVault, department: DepartmentNode) -> bool:
        return cls(vault, department, parent).exec() == QDialog.DialogCode.Accepted


class MoveDepartmentDialog(OrganizationChangeDialog):
    def __init__(
        self, vault: UnlockedVault, department: DepartmentNode, parent: QWidget | None = None
    ) -> None:
        self.department = department
        self._nodes = organization.tree(vault)
        super().__init__(
            vault,
            self.tr("Move department"),
            parent,
            intro=self.tr(
                "“{path}” moves with its sub-departments and employees under the department you choose."
            ).format(path=department.path),
        )

    def _build_fields(self) -> None:
        self.parent_combo = department_combo(
            self._nodes, top_level=True, exclude={self.department.id}
        )
        choose_department(self.parent_combo, self.department.parent_id)
        self.add_field("parent_id", self.tr("New parent department"), self.parent_combo)

    def _save(self) -> None:
        organization.move_department(
            self.vault,
            self.department.id,
            combo_department(self.parent_combo),
            self.effective_date,
            self.note,
        )

    @classmethod
    def ask(cls, parent: QWidget | None, vault: UnlockedVault, department: DepartmentNode) -> bool:
        return cls(vault, department, parent).exec() == QDialog.DialogCode.Accepted


@dataclass(frozen=True)
class Merged:
    target_id: int
    moved: int  # employees transferred


class MergeDepartmentDialog(OrganizationChangeDialog):
    def __init__(
        self, vault: UnlockedVault, department: DepartmentNode, parent: QWidget | None = None
    ) -> None:
        self.department = department
        self._nodes = organization.tree(vault)
        self.result_value: Merged | None = None
        super().__init__(vault, self.tr("Merge department"), parent)
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setText(self.tr("Merge"))
        self.target_combo.currentIndexChanged.connect(self._explain)
        self._explain()

    @property
    def transfer_count(self) -> int:
        """Employees who will be transferred (each gets a dated transfer in their file)."""
        return self.department.headcount

    def _build_fields(self) -> None:
        self.target_combo = department_combo(
            self._nodes, top_level=False, exclude={self.department.id}
        )
        self.add_field("target_id", self.tr("Merge into"), self.target_combo)

    def _explain(self) -> None:
        target = self.target_combo.currentText()
        name = self.department.name
        count = self.transfer_count
        if count == 1:
            people = self.tr(
                "1 employee of “{name}” will be transferred to “{target}” on the effective date; the transfer is recorded in their file."
            ).format(name=name, target=target)
        elif count:
            people = self.tr(
                "{count} employees of “{name}” will be transferred to “{target}” on the effective date; each transfer is recorded in the employee's file."
            ).format(count=QLocale().toString(count), name=name, target=target)
        else:
            people = self.tr("“{name}” has no employees to transfer.").format(name=name)
        parts = [people]
        open_children = [
            node
            for node in self._nodes
            if node.parent_id == self.department.id and not node.is_closed
        ]
        if open_children:
            parts.append(
                self.tr("Its {count} sub-departments move under “{target}”.").format(
                    count=QLocale().toString(len(open_children)), target=target
                )
            )
        parts.append(self.tr("“{name}” is then closed.").format(name=name))
        self.set_statement(" ".join(parts))

    def _save(self) -> None:
        target_id = combo_department(self.target_combo)
        if target_id is None:
            raise OrganizationRefused(rule="merge_into_itself")
        moved = organization.merge_departments(
            self.vault, self.department.id, target_id, self.effective_date, self.note
        )
        self.result_value = Merged(target_id, moved)

    @classmethod
    def ask(
        cls, parent: QWidget | None, vault: UnlockedVault, department: DepartmentNode
    ) -> Merged | None:
        dialog = cls(vault, department, parent)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        return dialog.result_value


class CloseDepartmentDialog(OrganizationChangeDialog):
    def __init__(
        self, vault: UnlockedVault, department: DepartmentNode, parent: QWidget | None = None
    ) -> None:
        self.department = department
        super().__init__(
            vault,
            self.tr("Close department"),
            parent,
            intro=self.tr(
                "“{path}” is closed from the effective date. It stays in the records with its history. Only a department without employees or open sub-departments can be closed."
            ).format(path=department.path),
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setText(
            self.tr("Close department")
        )

    def _save(self) -> None:
        organization.close_department(
            self.vault, self.department.id, self.effective_date, self.note
        )

    @classmethod
    def ask(cls, parent: QWidget | None, vault: UnlockedVault, department: DepartmentNode) -> bool:
        return cls(vault, department, parent).exec() == QDialog.DialogCode.Accepted


class ChangeHeadDialog(OrganizationChangeDialog):
    """Picks the new head among current employees by number, name or initials."""

    def __init__(
        self, vault: UnlockedVault, department: DepartmentNode, parent: QWidget | None = None
    ) -> None:
        self.department = department
        if department.head_name:
            intro = self.tr("Head of “{path}” now: {name}.").format(
                path=department.path, name=department.head_name
            )
        else:
            intro = self.tr("“{path}” has no head now.").format(path=department.path)
        super().__init__(vault, self.tr("Change head"), parent, intro=intro)
        self.no_head_check.toggled.connect(self._no_head_toggled)
        self.picker.run_search()

    def _build_fields(self) -> None:
        holder = QWidget()
        column = QVBoxLayout(holder)
        column.setContentsMargins(0, 0, 0, 0)
        self.picker = EmployeePicker(self.vault)
        column.addWidget(self.picker)
        self.no_head_check = QCheckBox(self.tr("Leave the department without a head"))
        column.addWidget(self.no_head_check)
        self.add_field("head", self.tr("New head"), holder)

    # The picker's parts, as the dialog's tests and callers know them.
    @property
    def search_edit(self) -> QLineEdit:
        return self.picker.search_edit

    @property
    def results(self) -> QTreeWidget:
        return self.picker.results

    def search(self, text: str) -> None:
        self.picker.search(text)

    def choose(self, employee_id: int) -> bool:
        return self.picker.choose(employee_id)

    @property
    def chosen_employee_id(self) -> int | None:
        return self.picker.chosen_employee_id

    def _no_head_toggled(self, checked: bool) -> None:
        self.picker.setEnabled(not checked)

    def _local_problems(self) -> dict[str, str]:
        if not self.no_head_check.isChecked() and self.chosen_employee_id is None:
            return {"head": self.tr("Choose an employee from the list.")}
        return {}

    def _save(self) -> None:
        head = None if self.no_head_check.isChecked() else self.chosen_employee_id
        organization.set_head(self.vault, self.department.id, head, self.effective_date, self.note)

    @classmethod
    def ask(cls, parent: QWidget | None, vault: UnlockedVault, department: DepartmentNode) -> bool:
        return cls(vault, department, parent).exec() == QDialog.DialogCode.Accepted


# --- positions ----------------------------------------------------------------------------------


class PositionColumn(IntEnum):
    TITLE = 0
    FAMILY = 1
    GRADE = 2


POSITION_COLUMNS = {
    PositionColumn.TITLE: Column(QT_TRANSLATE_NOOP("PositionTableModel", "Position"), QT_TRANSLATE_NOOP("PositionTableModel", "The position's title"), _LEFT),
    PositionColumn.FAMILY: Column(QT_TRANSLATE_NOOP("PositionTableModel", "Job family"), QT_TRANSLATE_NOOP("PositionTableModel", "The group of similar jobs it belongs to"), _LEFT),
    PositionColumn.GRADE: Column(QT_TRANSLATE_NOOP("PositionTableModel", "Default grade"), QT_TRANSLATE_NOOP("PositionTableModel", "The grade offered first when someone takes this position"), _LEFT),
}  # fmt: skip


class PositionTableModel(ListTableModel[PositionRow]):
    CONTEXT = "PositionTableModel"
    COLUMNS = POSITION_COLUMNS

    def cell(self, row: PositionRow, column: PositionColumn, role: int) -> Any:
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole, SORT_ROLE):
            return {
                PositionColumn.TITLE: row.title,
                PositionColumn.FAMILY: row.job_family or "",
                PositionColumn.GRADE: row.default_grade or "",
            }[column]
        return None


class PositionsDialog(QDialog):
    """The positions (title, job family, default grade) and a form to add one."""

    def __init__(self, vault: UnlockedVault, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.vault = vault
        self.added_ids: list[int] = []
        self.setWindowTitle(self.tr("Positions"))
        self.model = PositionTableModel(self)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setSortRole(SORT_ROLE)
        self.table = QTableView()
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.setAlternatingRowColors(True)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)

        adding = QGroupBox(self.tr("Add a position"))
        form = QFormLayout(adding)
        self._field_errors: dict[str, QLabel] = {}
        self.title_edit = QLineEdit()
        self.family_combo = QComboBox()
        self.family_combo.setEditable(True)
        self.family_combo.lineEdit().setPlaceholderText(self.tr("For example Sales, R&D"))
        self.grade_combo = QComboBox()
        self.grade_combo.addItem(self.tr("(none)"), "")
        for grade in organization.GRADES:
            self.grade_combo.addItem(grade, grade)
        for key, text, widget in (
            ("title", self.tr("Title"), self.title_edit),
            ("job_family", self.tr("Job family"), self.family_combo),
            ("default_grade", self.tr("Default grade"), self.grade_combo),
        ):
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
            form.addRow(caption, box)
        self.error_label = error_label()
        self.error_label.hide()
        form.addRow(self.error_label)
        self.add_button = QPushButton(icon("plus"), self.tr("Add position"))
        self.add_button.clicked.connect(self.submit)
        self.title_edit.returnPressed.connect(self.submit)
        form.addRow("", self.add_button)

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addWidget(adding)
        layout.addWidget(buttons)
        self.resize(560, 520)
        self.reload()

    def reload(self) -> None:
        rows = organization.positions(self.vault)
        self.model.set_rows(rows)
        families = sorted({row.job_family for row in rows if row.job_family})
        typed = self.family_combo.currentText()
        self.family_combo.clear()
        self.family_combo.addItems(families)
        self.family_combo.setEditText(typed)

    def field_error(self, key: str) -> str:
        return self._field_errors[key].text()

    def submit(self) -> bool:
        """Adds the typed position; False (with the reason under the field) when refused."""
        for problem in self._field_errors.values():
            problem.clear()
            problem.hide()
        self.error_label.hide()
        try:
            position_id = organization.add_position(
                self.vault,
                self.title_edit.text(),
                self.family_combo.currentText(),
                self.grade_combo.currentData() or "",
            )
        except InvalidInput as error:
            for problem in error.facts.get("problems", ()):
                target = self._field_errors.get(problem.field, self.error_label)
                target.setText(describe_problem(problem))
                target.show()
            return False
        except EhrError as error:
            self.error_label.setText(describe(error))
            self.error_label.show()
            return False
        self.added_ids.append(position_id)
        self.title_edit.clear()
        self.grade_combo.setCurrentIndex(0)
        self.reload()
        row = self.model.row_of(position_id)
        if row >= 0:
            self.table.selectRow(self.proxy.mapFromSource(self.model.index(row, 0)).row())
        self.title_edit.setFocus()
        return True

    @classmethod
    def ask(cls, parent: QWidget | None, vault: UnlockedVault) -> bool:
        """True when positions were added."""
        dialog = cls(vault, parent)
        dialog.exec()
        return bool(dialog.added_ids)


# --- the page -----------------------------------------------------------------------------------


class OrganizationPage(QWidget):
    """Toolbar on top; the department tree on the left, the chosen department on the right."""

    open_employee = Signal(int)
    show_department_employees = Signal(int)  # department id: its whole subtree is meant

    def __init__(
        self, vault: UnlockedVault, parent: QWidget | None = None, *, jobs: JobRunner | None = None
    ) -> None:
        super().__init__(parent)
        self._vault = vault
        self.export_runner = ExportRunner(self, jobs)
        self._nodes: list[DepartmentNode] = []  # every department, closed ones too
        self._current_id: int | None = None
        self._loaded = False

        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 12)
        layout.setSpacing(8)
        layout.addWidget(title_label(self.tr("Organization")))
        self.toolbar = QToolBar()
        self.toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.toolbar.setIconSize(QSize(18, 18))
        layout.addWidget(self.toolbar)

        self.new_action = self._action("plus", self.tr("New department…"), self._new_department)
        self.new_action.setShortcut(QKeySequence.StandardKey.New)
        self.rename_action = self._action("pencil", self.tr("Rename…"), self._rename)
        self.move_action = self._action("move", self.tr("Move…"), self._move)
        self.merge_action = self._action("git-merge", self.tr("Merge into…"), self._merge)
        self.close_action = self._action("trash-2", self.tr("Close…"), self._close)
        self.head_action = self._action("user-check", self.tr("Change head…"), self._change_head)
        self.positions_action = self._action("briefcase", self.tr("Positions…"), self._positions)
        self.workforce_action = self._action(
            "chart-column", self.tr("Workforce report…"), self.workforce_report
        )
        self.workforce_action.setToolTip(
            self.tr("Headcount, hires, leavers and turnover by department and month, to Excel")
        )
        self.refresh_action = QAction(icon("refresh-cw"), self.tr("Refresh"), self)
        self.refresh_action.setShortcut(QKeySequence.StandardKey.Refresh)
        self.refresh_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.refresh_action.triggered.connect(self.refresh)
        self.addAction(self.refresh_action)
        self.new_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        for action in (self.new_action, self.rename_action, self.move_action):
            self.toolbar.addAction(action)
        for action in (self.merge_action, self.close_action):
            self.toolbar.addAction(action)
        self.toolbar.addSeparator()
        self.toolbar.addAction(self.head_action)
        self.toolbar.addSeparator()
        self.toolbar.addAction(self.positions_action)
        self.toolbar.addAction(self.workforce_action)
        self.addAction(self.new_action)

        # Left: the tree.
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        self.show_closed_check = QCheckBox(self.tr("Show closed departments"))
        self.show_closed_check.toggled.connect(lambda _checked: self.refresh())
        left_layout.addWidget(self.show_closed_check)
        self.model = DepartmentTreeModel(self)
        self.tree_view = QTreeView()
        self.tree_view.setModel(self.model)
        self.tree_view.setAlternatingRowColors(True)
        self.tree_view.setUniformRowHeights(True)
        self.tree_view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.tree_view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.tree_view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        header = self.tree_view.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(DepartmentColumn.NAME, QHeaderView.ResizeMode.Stretch)
        for column in (DepartmentColumn.HEAD, DepartmentColumn.HEADCOUNT, DepartmentColumn.TOTAL):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.tree_view.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
        for action in (
            self.new_action,
            self.rename_action,
            self.move_action,
            self.merge_action,
            self.close_action,
            self.head_action,
        ):
            self.tree_view.addAction(action)
        self.tree_view.selectionModel().currentRowChanged.connect(
            lambda _current, _previous: self._current_changed()
        )
        left_layout.addWidget(self.tree_view, 1)

        # Right: the chosen department.
        self.details_stack = QStackedWidget()
        self.details_stack.addWidget(self._build_placeholder())
        self.details_stack.addWidget(self._build_details())

        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(left)
        splitter.addWidget(self.details_stack)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        splitter.setChildrenCollapsible(False)
        layout.addWidget(splitter, 1)
        self.refresh()

    def workforce_report(self) -> None:
        if self.export_runner.busy:
            return
        choice = WorkforceReportDialog.ask(self)
        if choice is not None:
            start_workforce_report(self.export_runner, self._vault, choice)

    def _action(self, icon_name: str, text: str, slot) -> QAction:
        action = QAction(icon(icon_name), text, self)
        action.triggered.connect(lambda _checked=False: slot())
        return action

    def _build_placeholder(self) -> QWidget:
        placeholder = QWidget()
        column = QVBoxLayout(placeholder)
        column.setContentsMargins(16, 16, 16, 16)
        self.placeholder_label = hint_label()
        column.addWidget(self.placeholder_label)
        self.placeholder_button = QPushButton(icon("plus"), self.tr("New department…"))
        self.placeholder_button.clicked.connect(self._new_department)
        column.addWidget(self.placeholder_button, 0, Qt.AlignmentFlag.AlignLeft)
        column.addStretch(1)
        return placeholder

    def _build_details(self) -> QWidget:
        details = QWidget()
        column = QVBoxLayout(details)
        column.setContentsMargins(12, 0, 0, 0)
        self.name_label = QLabel()
        font = self.name_label.font()
        font.setPointSizeF(font.pointSizeF() * 1.25)
        font.setBold(True)
        self.name_label.setFont(font)
        self.name_label.setWordWrap(True)
        column.addWidget(self.name_label)
        self.details_form = QFormLayout()
        self.path_label = QLabel()
        self.path_label.setWordWrap(True)
        self.path_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.details_form.addRow(self.tr("Path"), self.path_label)
        self.code_label = QLabel()
        self.code_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.details_form.addRow(self.tr("Code"), self.code_label)
        head_row = QHBoxLayout()
        self.head_label = QLabel()
        self.head_label.setTextFormat(Qt.TextFormat.RichText)
        self.head_label.linkActivated.connect(self._head_link)
        head_row.addWidget(self.head_label, 1)
        self.change_head_button = QPushButton(icon("user-check"), self.tr("Change head…"))
        self.change_head_button.clicked.connect(self._change_head)
        head_row.addWidget(self.change_head_button)
        self.details_form.addRow(self.tr("Head"), head_row)
        self.established_label = QLabel()
        self.details_form.addRow(self.tr("Established on"), self.established_label)
        self.closed_label = QLabel()
        self.details_form.addRow(self.tr("Closed on"), self.closed_label)
        self.headcount_label = QLabel()
        self.headcount_label.setWordWrap(True)
        self.details_form.addRow(self.tr("Employees"), self.headcount_label)
        column.addLayout(self.details_form)
        self.show_employees_button = QPushButton(icon("users"), self.tr("Show employees"))
        self.show_employees_button.setToolTip(
            self.tr("Opens the employee list with this department and its sub-departments")
        )
        self.show_employees_button.clicked.connect(self._show_employees)
        column.addWidget(self.show_employees_button, 0, Qt.AlignmentFlag.AlignLeft)

        history_title = QLabel(self.tr("History"))
        font = history_title.font()
        font.setBold(True)
        history_title.setFont(font)
        column.addSpacing(8)
        column.addWidget(history_title)
        self.history_model = DepartmentHistoryModel(self)
        self.history_proxy = QSortFilterProxyModel(self)
        self.history_proxy.setSourceModel(self.history_model)
        self.history_proxy.setSortRole(SORT_ROLE)
        self.history_view = QTableView()
        self.history_view.setModel(self.history_proxy)
        self.history_view.setSortingEnabled(True)
        self.history_view.sortByColumn(HistoryColumn.DATE, Qt.SortOrder.DescendingOrder)
        self.history_view.setAlternatingRowColors(True)
        self.history_view.setWordWrap(True)
        self.history_view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.history_view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.history_view.verticalHeader().hide()
        history_header = self.history_view.horizontalHeader()
        history_header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        history_header.setSectionResizeMode(HistoryColumn.DETAILS, QHeaderView.ResizeMode.Stretch)
        column.addWidget(self.history_view, 1)
        self.history_empty = hint_label(self.tr("No changes recorded yet."))
        column.addWidget(self.history_empty)

        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setWidget(details)
        return scroll

    # --- loading and selection ----------------------------------------------------------------

    def refresh(self) -> None:
        """Reloads the tree, keeping the chosen department (or its parent when it is hidden)."""
        previous = {node.id: node for node in self._nodes}
        keep = self._current_id
        expanded = self._expanded_ids() if self._loaded else set()
        self._nodes = organization.tree(self._vault, include_closed=True)
        self.model.set_nodes(self._nodes, show_closed=self.show_closed_check.isChecked())
        self.tree_view.expandToDepth(0)  # the top level and its children in view
        for department_id in expanded:
            self.tree_view.expand(self.model.index_of(department_id))
        self._loaded = True
        while keep is not None and not self.model.index_of(keep).isValid():
            keep = previous[keep].parent_id if keep in previous else None
        self.select_department(keep)

    def _expanded_ids(self) -> set[int]:
        return {
            node.id
            for node in self.model.nodes()
            if self.tree_view.isExpanded(self.model.index_of(node.id))
        }

    def select_department(self, department_id: int | None) -> None:
        index = self.model.index_of(department_id)
        selection = self.tree_view.selectionModel()
        if index.isValid():
            parent = index.parent()
            while parent.isValid():
                self.tree_view.expand(parent)
                parent = parent.parent()
            selection.setCurrentIndex(
                index,
                QItemSelectionModel.SelectionFlag.ClearAndSelect
                | QItemSelectionModel.SelectionFlag.Rows,
            )
            self.tree_view.scrollTo(index)
        else:
            selection.clear()
        self._current_changed()

    def current_node(self) -> DepartmentNode | None:
        return self.model.node(self.tree_view.selectionModel().currentIndex())

    def _current_changed(self) -> None:
        node = self.current_node()
        self._current_id = node.id if node else None
        is_open = node is not None and not node.is_closed
        for action in (
            self.rename_action,
            self.move_action,
            self.merge_action,
            self.close_action,
            self.head_action,
        ):
            action.setEnabled(is_open)
        self._show_details(node)

    def _show_details(self, node: DepartmentNode | None) -> None:
        if node is None:
            if self.model.rowCount() == 0:
                self.placeholder_label.setText(
                    self.tr("No departments yet. Create the first one with New department.")
                )
            else:
                self.placeholder_label.setText(
                    self.tr("Choose a department on the left to see its details and history.")
                )
            self.placeholder_button.setVisible(self.model.rowCount() == 0)
            self.details_stack.setCurrentIndex(0)
            self.history_model.set_rows([])
            return
        self.details_stack.setCurrentIndex(1)
        locale = QLocale()
        self.name_label.setText(node.name)
        self.path_label.setText(node.path)
        self.code_label.setText(node.code or "—")
        if node.head_id is not None:
            self.head_label.setText(
                f'<a href="employee:{node.head_id}">{html.escape(node.head_name or "")}</a>'
            )
            self.head_label.setToolTip(self.tr("Open the head's employee file"))
        else:
            self.head_label.setText(html.escape(self.tr("No head appointed")))
            self.head_label.setToolTip("")
        self.change_head_button.setEnabled(not node.is_closed)
        self.established_label.setText(date_text(node.established_on) or "—")
        self.closed_label.setText(date_text(node.closed_on))
        row = self.details_form.getWidgetPosition(self.closed_label)[0]
        self.details_form.setRowVisible(row, node.is_closed)
        if node.total_headcount != node.headcount:
            self.headcount_label.setText(
                self.tr("{own} in this department, {total} including sub-departments").format(
                    own=locale.toString(node.headcount), total=locale.toString(node.total_headcount)
                )
            )
        else:
            self.headcount_label.setText(
                self.tr("{own} in this department").format(own=locale.toString(node.headcount))
            )
        self.show_employees_button.setEnabled(node.total_headcount > 0)
        self._show_history(node)

    def _show_history(self, node: DepartmentNode) -> None:
        entries = organization.history(self._vault, node.id)
        people_ids = {
            int(value)
            for entry in entries
            if entry.kind == "head"
            for value in (entry.details.get("old"), entry.details.get("new"))
            if value is not None
        }
        people = employees.names(self._vault, sorted(people_ids)) if people_ids else {}
        paths = {known.id: known.path for known in self._nodes}
        self.history_model.set_rows(
            [HistoryLine(entry, event_details(entry, paths, people)) for entry in entries]
        )
        self.history_view.setVisible(bool(entries))
        self.history_empty.setVisible(not entries)

    def history_texts(self) -> list[list[str]]:
        """The history table as shown (rows in view order), for tests and copying."""
        proxy = self.history_proxy
        return [
            [proxy.index(row, column).data() for column in range(proxy.columnCount())]
            for row in range(proxy.rowCount())
        ]

    # --- actions ----------------------------------------------------------------------------

    def _open_current(self) -> DepartmentNode | None:
        node = self.current_node()
        return node if node is not None and not node.is_closed else None

    def _new_department(self) -> None:
        node = self._open_current()
        created = NewDepartmentDialog.ask(self, self._vault, node.id if node else None)
        if created is not None:
            self._current_id = created
            self.refresh()

    def _rename(self) -> None:
        node = self._open_current()
        if node is not None and RenameDepartmentDialog.ask(self, self._vault, node):
            self.refresh()

    def _move(self) -> None:
        node = self._open_current()
        if node is not None and MoveDepartmentDialog.ask(self, self._vault, node):
            self.refresh()

    def _merge(self) -> None:
        node = self._open_current()
        if node is None:
            return
        merged = MergeDepartmentDialog.ask(self, self._vault, node)
        if merged is not None:
            if not self.show_closed_check.isChecked():
                self._current_id = merged.target_id
            self.refresh()

    def _close(self) -> None:
        node = self._open_current()
        if node is not None and CloseDepartmentDialog.ask(self, self._vault, node):
            self.refresh()

    def _change_head(self) -> None:
        node = self._open_current()
        if node is not None and ChangeHeadDialog.ask(self, self._vault, node):
            self.refresh()

    def _positions(self) -> None:
        PositionsDialog.ask(self, self._vault)

    def _show_employees(self) -> None:
        node = self.current_node()
        if node is not None:
            self.show_department_employees.emit(node.id)

    def _head_link(self, link: str) -> None:
        if link.startswith("employee:"):
            self.open_employee.emit(int(link.removeprefix("employee:")))
