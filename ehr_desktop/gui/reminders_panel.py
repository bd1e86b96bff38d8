"""Today's reminders for the home screen: a chip per kind with its count, and the list behind it."""

from __future__ import annotations

import datetime as dt
import re
from enum import IntEnum
from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QCoreApplication,
    QLocale,
    QModelIndex,
    QRegularExpression,
    QSize,
    QSortFilterProxyModel,
    Qt,
    Signal,
)
from PySide6.QtGui import QColor, QGuiApplication, QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QSizePolicy,
    QStackedWidget,
    QTableView,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from ehr_desktop.gui import formats
from ehr_desktop.gui.icons import icon
from ehr_desktop.gui.labels import label
from ehr_desktop.gui.list_table_model import ROW_ROLE, SORT_ROLE, Column, ListTableModel
from ehr_desktop.gui.messages import describe
from ehr_desktop.gui.roles import hint_label
from ehr_desktop.gui.worker import JobRunner
from ehr_desktop.services import reminders
from ehr_desktop.services.reminders import Reminder
from ehr_desktop.services.vaults import UnlockedVault

KIND_ROLE = Qt.ItemDataRole.UserRole + 3
SOON_DAYS = 30  # amber from here on; the chips count the same window
HORIZON_DAYS = 90  # how far ahead reminders() looks by default
_NO_DUE = 99_999_999  # sorts reminders without a date ("no contract in force") last

# Same tones as QLabel[role="error"] / [role="warning"] in app.qss and app-dark.qss.
_TONES = {"overdue": ("#B91C1C", "#FCA5A5"), "soon": ("#B45309", "#FCD34D")}


def tone(name: str) -> QColor:
    """Red for overdue, amber for soon, readable on the current (light or dark) palette."""
    dark = QGuiApplication.palette().color(QPalette.ColorRole.Window).lightness() < 128
    light_tone, dark_tone = _TONES[name]
    return QColor(dark_tone if dark else light_tone)


def level(reminder: Reminder) -> str:
    """ "overdue", "soon" (within 30 days) or "" for a reminder further away."""
    if reminder.days_left is None:
        return "soon"  # no contract in force: a risk today, though not dated
    if reminder.days_left < 0:
        return "overdue"
    return "soon" if reminder.days_left <= SOON_DAYS else ""


def days_left_text(days_left: int | None) -> str:
    if days_left is None:
        return "—"
    if days_left < -1:
        return QCoreApplication.translate("ReminderTableModel", "overdue by {days} days").format(
            days=QLocale().toString(-days_left)
        )
    if days_left == -1:
        return QCoreApplication.translate("ReminderTableModel", "overdue by 1 day")
    if days_left == 0:
        return QCoreApplication.translate("ReminderTableModel", "today")
    if days_left == 1:
        return QCoreApplication.translate("ReminderTableModel", "in 1 day")
    return QCoreApplication.translate("ReminderTableModel", "in {days} days").format(
        days=QLocale().toString(days_left)
    )


def date_text(value: dt.date | None) -> str:
    if value is None:
        return "—"
    return formats.date_text(value)


class ReminderColumn(IntEnum):
    KIND = 0
    EMPLOYEE_NO = 1
    NAME = 2
    DEPARTMENT = 3
    DUE = 4
    DAYS_LEFT = 5
    SUBJECT = 6


_LEFT = Qt.AlignmentFlag.AlignLeft
_RIGHT = Qt.AlignmentFlag.AlignRight

COLUMNS = {
    ReminderColumn.KIND: Column(QT_TRANSLATE_NOOP("ReminderTableModel", "Reminder"), QT_TRANSLATE_NOOP("ReminderTableModel", "What needs attention"), _LEFT),
    ReminderColumn.EMPLOYEE_NO: Column(QT_TRANSLATE_NOOP("ReminderTableModel", "Employee no."), QT_TRANSLATE_NOOP("ReminderTableModel", "The employee's number"), _LEFT),
    ReminderColumn.NAME: Column(QT_TRANSLATE_NOOP("ReminderTableModel", "Name"), QT_TRANSLATE_NOOP("ReminderTableModel", "The employee's name"), _LEFT),
    ReminderColumn.DEPARTMENT: Column(QT_TRANSLATE_NOOP("ReminderTableModel", "Department"), QT_TRANSLATE_NOOP("ReminderTableModel", "The employee's department"), _LEFT),
    ReminderColumn.DUE: Column(QT_TRANSLATE_NOOP("ReminderTableModel", "Due"), QT_TRANSLATE_NOOP("ReminderTableModel", "The day it is about: the contract's or probation's end, the certificate's expiry"), _LEFT),
    ReminderColumn.DAYS_LEFT: Column(QT_TRANSLATE_NOOP("ReminderTableModel", "When"), QT_TRANSLATE_NOOP("ReminderTableModel", "Days until it is due, or how long it is overdue"), _RIGHT),
    ReminderColumn.SUBJECT: Column(QT_TRANSLATE_NOOP("ReminderTableModel", "About"), QT_TRANSLATE_NOOP("ReminderTableModel", "The contract number or the certificate's name"), _LEFT),
}  # fmt: skip


class ReminderTableModel(ListTableModel[Reminder]):
    """Reminders from services.reminders (a small list: sorting and filtering by proxy)."""

    CONTEXT = "ReminderTableModel"
    COLUMNS = COLUMNS
    HEADER_ALIGNMENT = True

    def cell(self, row: Reminder, column: ReminderColumn, role: int) -> Any:
        if role == KIND_ROLE:
            return row.kind
        if role == SORT_ROLE:
            return self.sort_value(row, column)
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(row, column)
        if role == Qt.ItemDataRole.ToolTipRole:
            if column == ReminderColumn.DAYS_LEFT:
                return date_text(row.due)
            return self._text(row, column)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return COLUMNS[column].alignment()
        if role == Qt.ItemDataRole.ForegroundRole and column == ReminderColumn.DAYS_LEFT:
            chosen = level(row) if row.days_left is not None else ""
            return tone(chosen) if chosen else None
        return None

    @staticmethod
    def _text(row: Reminder, column: ReminderColumn) -> str:
        if column == ReminderColumn.KIND:
            return label("reminder", row.kind)
        if column == ReminderColumn.EMPLOYEE_NO:
            return row.employee_no
        if column == ReminderColumn.NAME:
            return row.name
        if column == ReminderColumn.DEPARTMENT:
            return row.department
        if column == ReminderColumn.DUE:
            return date_text(row.due)
        if column == ReminderColumn.DAYS_LEFT:
            return days_left_text(row.days_left)
        return row.subject

    @staticmethod
    def sort_value(row: Reminder, column: ReminderColumn) -> Any:
        if column == ReminderColumn.KIND:
            return reminders.KINDS.index(row.kind) if row.kind in reminders.KINDS else 99
        if column in (ReminderColumn.DUE, ReminderColumn.DAYS_LEFT):
            return row.due.toordinal() if row.due else _NO_DUE
        return ReminderTableModel._text(row, column)


class RemindersPanel(QWidget):
    """A chip per kind (count due within 30 days or overdue); a click filters the table."""

    open_employee = Signal(int)

    def __init__(
        self, vault: UnlockedVault, parent: QWidget | None = None, *, load: bool = True
    ) -> None:
        super().__init__(parent)
        self._vault = vault
        self._kind: str | None = None
        self.today = dt.date.today()
        self.found: list[Reminder] = []

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(8)
        heading = QHBoxLayout()
        bell = QLabel()
        bell.setPixmap(icon("bell").pixmap(QSize(18, 18)))
        heading.addWidget(bell)
        self.title_label = QLabel(self.tr("Reminders"))
        font = self.title_label.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.15)
        self.title_label.setFont(font)
        heading.addWidget(self.title_label)
        self.as_of_label = hint_label()
        self.as_of_label.setWordWrap(False)
        heading.addWidget(self.as_of_label, 1)
        layout.addLayout(heading)

        chips = QHBoxLayout()
        chips.setSpacing(8)
        self.chips: dict[str, QToolButton] = {}
        for kind in reminders.KINDS:
            chip = QToolButton()
            chip.setCheckable(True)
            chip.setProperty("role", "reminderChip")
            chip.setProperty("level", "")
            chip.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
            chip.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
            chip.clicked.connect(lambda _checked=False, kind=kind: self._chip_clicked(kind))
            chips.addWidget(chip)
            self.chips[kind] = chip
        layout.addLayout(chips)

        self.model = ReminderTableModel(self)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setSortRole(SORT_ROLE)
        self.proxy.setFilterRole(KIND_ROLE)
        self.proxy.setFilterKeyColumn(ReminderColumn.KIND)
        # Rows arrive sorted by the column the header shows (see refresh): thousands of them at
        # 100,000 employees, and a proxy sort asks every row's value through Python again.
        self.proxy.setDynamicSortFilter(False)
        self.table = QTableView()
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(ReminderColumn.DUE, Qt.SortOrder.AscendingOrder)
        self.table.setAlternatingRowColors(True)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setResizeContentsPrecision(200)  # widths from the first rows, not every row
        header.setStretchLastSection(True)
        # Double-click and Enter (and a single click where the platform opens on one).
        self.table.activated.connect(self._activated)

        self.empty_label = hint_label()
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.stack = QStackedWidget()
        self.stack.addWidget(self.table)
        self.stack.addWidget(self.empty_label)
        layout.addWidget(self.stack, 1)
        if load:
            self.refresh()

    # --- loading ----------------------------------------------------------------------------

    def set_vault(self, vault: UnlockedVault) -> None:
        self._vault = vault

    def refresh(self, today: dt.date | None = None) -> None:
        """Reads the reminders as of `today` (the real today when not given)."""
        today = today or dt.date.today()
        self._show(today, reminders.reminders(self._vault, today=today, horizon=HORIZON_DAYS))

    def refresh_in_background(self, jobs: JobRunner, today: dt.date | None = None) -> None:
        """The same off the UI thread: at 100,000 employees the queries take about a second,
        which the window should not spend frozen right after unlock."""
        today = today or dt.date.today()
        vault = self._vault
        self._pending_today = today
        self.as_of_label.setText(self.tr("Looking for what is due…"))
        # Bound methods of this widget, not lambdas: Qt drops the connection if the panel is
        # gone (locked, restored over) before the answer arrives.
        jobs.start(
            lambda _progress: reminders.reminders(vault, today=today, horizon=HORIZON_DAYS),
            on_success=self._found_in_background,
            on_error=self._failed_in_background,
        )

    def _found_in_background(self, found: list[Reminder]) -> None:
        self._show(self._pending_today, found)

    def _failed_in_background(self, error: BaseException) -> None:
        self.as_of_label.setText(describe(error))

    def _show(self, today: dt.date, found: list[Reminder]) -> None:
        self.today = today
        self.found = found
        header = self.table.horizontalHeader()
        column = ReminderColumn(max(0, header.sortIndicatorSection()))
        self.model.set_rows(
            sorted(
                self.found,
                key=lambda row: self.model.sort_value(row, column),
                reverse=header.sortIndicatorOrder() == Qt.SortOrder.DescendingOrder,
            )
        )
        self.as_of_label.setText(
            self.tr(
                "as of {date}; the counts are what is due within {days} days or overdue"
            ).format(date=date_text(self.today), days=SOON_DAYS)
        )
        counted = reminders.counts(self.found, within=SOON_DAYS)
        for kind, chip in self.chips.items():
            self._show_chip(kind, chip, counted.get(kind, 0))
        self._update_empty_state()

    def _show_chip(self, kind: str, chip: QToolButton, count: int) -> None:
        of_kind = [r for r in self.found if r.kind == kind]
        overdue = sum(1 for r in of_kind if r.overdue)
        chip_level = "overdue" if overdue else "soon" if count else ""
        chip.setText(QLocale().toString(count) + "\n" + label("reminder", kind))
        if overdue:
            tip = self.tr("{count} due within {days} days, {overdue} of them overdue.").format(
                count=count, days=SOON_DAYS, overdue=overdue
            )
        else:
            tip = self.tr("{count} due within {days} days.").format(count=count, days=SOON_DAYS)
        tip += " " + self.tr(
            "{total} in the next {horizon} days. Click to list only these."
        ).format(total=len(of_kind), horizon=HORIZON_DAYS)
        chip.setToolTip(tip)
        if chip.property("level") != chip_level:
            chip.setProperty("level", chip_level)
            chip.style().unpolish(chip)
            chip.style().polish(chip)

    def chip_level(self, kind: str) -> str:
        """ "overdue", "soon" or "" (the colour a chip shows)."""
        return self.chips[kind].property("level") or ""

    def chip_count(self, kind: str) -> int:
        return int(QLocale().toInt(self.chips[kind].text().split("\n", 1)[0])[0])

    # --- filtering and opening --------------------------------------------------------------

    @property
    def current_kind(self) -> str | None:
        return self._kind

    def filter_kind(self, kind: str | None) -> None:
        """Lists only one kind of reminder; None lists them all."""
        self._kind = kind
        for other, chip in self.chips.items():
            chip.setChecked(other == kind)
        if kind is None:
            self.proxy.setFilterRegularExpression(QRegularExpression())
        else:
            self.proxy.setFilterRegularExpression(QRegularExpression(f"^{re.escape(kind)}$"))
        self._update_empty_state()

    def _chip_clicked(self, kind: str) -> None:
        self.filter_kind(None if self._kind == kind else kind)

    def _update_empty_state(self) -> None:
        if self.model.rowCount() == 0:
            self.empty_label.setText(self.tr("No reminders: nothing is due in the next 90 days."))
        elif self._kind is not None:
            self.empty_label.setText(
                self.tr(
                    "Nothing of this kind is due in the next 90 days. Click the card again to see all reminders."
                )
            )
        self.stack.setCurrentWidget(self.empty_label if self.proxy.rowCount() == 0 else self.table)

    def visible_reminders(self) -> list[Reminder]:
        """The reminders as listed now (filtered and sorted)."""
        return [self.proxy.index(row, 0).data(ROW_ROLE) for row in range(self.proxy.rowCount())]

    def _activated(self, index: QModelIndex) -> None:
        row = index.data(ROW_ROLE)
        if row is not None:
            self.open_employee.emit(row.employee_id)
