"""A searchable picker of current employees: type a number, name or pinyin initials, pick a row."""

from __future__ import annotations

from PySide6.QtCore import QLocale, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QHeaderView,
    QLineEdit,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ehr_desktop.domain.errors import EhrError
from ehr_desktop.gui.messages import describe
from ehr_desktop.gui.roles import hint_label
from ehr_desktop.services import employee_list
from ehr_desktop.services.vaults import UnlockedVault

PICKER_LIMIT = 50  # rows listed at once; typing narrows the search
SEARCH_DELAY_MS = 200  # searching waits for typing to pause


class EmployeePicker(QWidget):
    """The search box, up to PICKER_LIMIT matches (number, name, department) and a hint line.

    Searches current employees (on probation, active, on leave) through employee_list, so the
    matching is the employee list's quick search."""

    chosen_changed = Signal(object)  # the chosen employee id, or None
    activated = Signal(int)  # a row was double-clicked or Enter pressed on it

    def __init__(self, vault: UnlockedVault, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.vault = vault
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        self.search_edit = QLineEdit()
        self.search_edit.setClearButtonEnabled(True)
        self.search_edit.setPlaceholderText(self.tr("Type an employee number, name or initials"))
        column.addWidget(self.search_edit)
        self.results = QTreeWidget()
        self.results.setRootIsDecorated(False)
        self.results.setAlternatingRowColors(True)
        self.results.setUniformRowHeights(True)
        self.results.setHeaderLabels(
            [self.tr("Employee no."), self.tr("Name"), self.tr("Department")]
        )
        self.results.header().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.results.header().setStretchLastSection(True)
        self.results.setMinimumHeight(self.fontMetrics().height() * 10)
        column.addWidget(self.results)
        self.more_label = hint_label()
        self.more_label.hide()
        column.addWidget(self.more_label)
        self.setFocusProxy(self.search_edit)

        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(SEARCH_DELAY_MS)
        self._timer.timeout.connect(self.run_search)
        self.search_edit.textChanged.connect(lambda _text: self._timer.start())
        self.results.currentItemChanged.connect(
            lambda *_args: self.chosen_changed.emit(self.chosen_employee_id)
        )
        self.results.itemActivated.connect(
            lambda item, _column: self.activated.emit(item.data(0, Qt.ItemDataRole.UserRole))
        )

    def search(self, text: str) -> None:
        """Types `text` and searches at once (without waiting for typing to pause)."""
        self.search_edit.setText(text)
        self.run_search()

    def run_search(self) -> None:
        self._timer.stop()
        chosen = self.chosen_employee_id
        try:
            found = employee_list.source(
                self.vault, employee_list.ListQuery(text=self.search_edit.text())
            )
            rows = found.rows(0, PICKER_LIMIT)
            total = found.count() if len(rows) == PICKER_LIMIT else len(rows)
        except EhrError as error:
            self.results.clear()
            self._show_hint(describe(error))
            return
        self.results.clear()
        for row in rows:
            item = QTreeWidgetItem([row.employee_no, row.name, row.department])
            item.setData(0, Qt.ItemDataRole.UserRole, row.id)
            self.results.addTopLevelItem(item)
        if total > len(rows):
            self._show_hint(
                self.tr("Showing {shown} of {total}; type more to narrow the list.").format(
                    shown=len(rows), total=QLocale().toString(total)
                )
            )
        elif not rows:
            self._show_hint(self.tr("No current employee matches."))
        else:
            self._show_hint("")
        if chosen is not None:
            self.choose(chosen)
        elif len(rows) == 1:
            self.results.setCurrentItem(self.results.topLevelItem(0))

    def _show_hint(self, text: str) -> None:
        self.more_label.setText(text)
        self.more_label.setVisible(bool(text))

    def choose(self, employee_id: int) -> bool:
        """Selects an employee among the results; False when not listed."""
        for position in range(self.results.topLevelItemCount()):
            item = self.results.topLevelItem(position)
            if item.data(0, Qt.ItemDataRole.UserRole) == employee_id:
                self.results.setCurrentItem(item)
                return True
        return False

    @property
    def chosen_employee_id(self) -> int | None:
        item = self.results.currentItem()
        if item is None or not item.isSelected():
            return None
        return item.data(0, Qt.ItemDataRole.UserRole)

    def listed_ids(self) -> list[int]:
        return [
            self.results.topLevelItem(position).data(0, Qt.ItemDataRole.UserRole)
            for position in range(self.results.topLevelItemCount())
        ]
