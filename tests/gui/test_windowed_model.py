"""The windowed model pages rows on demand; the frozen-column view keeps its columns in place."""

from __future__ import annotations

from dataclasses import dataclass

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QColor, QGuiApplication, QPalette

from ehr_desktop.gui.frozen_table import FrozenColumnTableView
from ehr_desktop.gui.windowed_model import (
    BLOCK_SIZE,
    MAX_BLOCKS,
    ROW_ROLE,
    Column,
    WindowedTableModel,
)

ROWS = 5_000
RED = QColor("#c62828")


@dataclass(frozen=True)
class Person:
    number: int
    name: str
    department: str
    salary: int | None  # None: masked


class FakeSource:
    """A list-backed source that counts how often rows are asked for."""

    def __init__(self, total: int = ROWS) -> None:
        self.total = total
        self.calls: list[tuple[int, int]] = []

    def count(self) -> int:
        return self.total

    def rows(self, offset: int, limit: int) -> tuple[Person, ...]:
        self.calls.append((offset, limit))
        return tuple(
            Person(number, f"Name {number}", "Sales" if number % 2 else "HR", number * 10)
            for number in range(offset, min(offset + limit, self.total))
        )


class OneRowSource:
    def __init__(self, row: Person) -> None:
        self.row = row

    def count(self) -> int:
        return 1

    def rows(self, offset: int, limit: int) -> tuple[Person, ...]:
        return (self.row,)[offset : offset + limit]


RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter


def make_columns() -> list[Column[Person]]:
    return [
        Column("number", "No.", lambda row: f"E{row.number:05d}", "employee_no", tooltip="Number"),
        Column("name", "Name", lambda row: row.name, "name"),
        Column(
            "department",
            "Department",
            lambda row: row.department,
            None,
            foreground=lambda row: RED if row.department == "HR" else None,
        ),
        Column(
            "salary",
            "Salary",
            lambda row: "••••" if row.salary is None else str(row.salary),
            "salary",
            align=RIGHT,
            muted=lambda row: row.salary is None,
        ),
    ]


@pytest.fixture
def model(qapp) -> WindowedTableModel[Person]:
    return WindowedTableModel(make_columns())


def read_rows(model: WindowedTableModel, rows) -> None:
    for row in rows:
        model.data(model.index(row, 0))


def test_model_passes_the_model_tester_with_and_without_a_source(qtmodeltester, model):
    qtmodeltester.check(model)
    # The tester stays connected and checks the model again after each reset.
    model.set_source(FakeSource())
    assert model.rowCount() == ROWS
    model.set_source(None)
    assert model.rowCount() == 0


def test_data_per_column_for_one_row(model):
    hr_person = Person(7, "Li Lei", "HR", None)
    model.set_source(OneRowSource(hr_person))

    def cell(key: str, role: int = Qt.ItemDataRole.DisplayRole):
        return model.data(model.index(0, model.column_index(key)), role)

    assert [cell(column.key) for column in model.columns()] == ["E00007", "Li Lei", "HR", "••••"]
    assert cell("name", Qt.ItemDataRole.ToolTipRole) == "Li Lei"
    assert cell("salary", Qt.ItemDataRole.TextAlignmentRole) == RIGHT
    assert cell("name", Qt.ItemDataRole.TextAlignmentRole) == (
        Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
    )
    assert cell("salary", Qt.ItemDataRole.ForegroundRole) == QGuiApplication.palette().color(
        QPalette.ColorRole.PlaceholderText
    )
    assert cell("department", Qt.ItemDataRole.ForegroundRole) == RED
    assert cell("name", Qt.ItemDataRole.ForegroundRole) is None
    assert cell("number", ROW_ROLE) is hr_person
    assert model.row_at(0) is hr_person
    assert model.row_at(1) is None
    assert model.headerData(0, Qt.Orientation.Horizontal) == "No."
    assert model.headerData(0, Qt.Orientation.Horizontal, Qt.ItemDataRole.ToolTipRole) == "Number"


def test_only_the_blocks_read_are_fetched(model):
    source = FakeSource()
    model.set_source(source)

    read_rows(model, range(51))
    model.data(model.index(4_000, 1))

    assert source.calls == [(0, BLOCK_SIZE), (4_000, BLOCK_SIZE)]


def test_cache_stays_bounded_when_every_row_is_read(model):
    source = FakeSource()
    model.set_source(source)
    blocks = ROWS // BLOCK_SIZE

    read_rows(model, range(ROWS))
    assert len(source.calls) == blocks

    # The last MAX_BLOCKS blocks are still cached; the first one was dropped long ago.
    source.calls.clear()
    read_rows(model, range(ROWS - 1, ROWS - MAX_BLOCKS * BLOCK_SIZE - 1, -1))
    assert source.calls == []
    read_rows(model, [0])
    assert source.calls == [(0, BLOCK_SIZE)]


def test_refresh_reads_count_and_rows_again(model):
    source = FakeSource(10)
    model.set_source(source)
    read_rows(model, range(10))
    source.total = 12

    model.refresh()

    assert model.rowCount() == 12
    assert model.row_at(11).name == "Name 11"
    assert len(source.calls) == 2


def test_sort_on_a_sortable_column_asks_the_owner_and_does_not_reorder(qtbot, model):
    source = FakeSource()
    model.set_source(source)
    name = model.column_index("name")

    with qtbot.waitSignal(model.sort_requested) as blocker:
        model.sort(name, Qt.SortOrder.DescendingOrder)

    assert blocker.args == ["name", True]
    assert model.row_at(0).number == 0
    assert model.sort_state() == (name, Qt.SortOrder.DescendingOrder)


def test_sort_on_a_column_without_sort_key_emits_nothing(qtbot, model):
    model.set_source(FakeSource())
    with qtbot.assertNotEmitted(model.sort_requested):
        model.sort(model.column_index("department"), Qt.SortOrder.AscendingOrder)
    assert model.sort_state() == (-1, Qt.SortOrder.AscendingOrder)


# -- the frozen-column view ----------------------------------------------------------------


@pytest.fixture
def view(qtbot, model) -> FrozenColumnTableView:
    model.set_source(FakeSource())
    table = FrozenColumnTableView()
    qtbot.addWidget(table)
    table.setModel(model)
    for column in range(model.columnCount()):
        table.setColumnWidth(column, 240)
    table.set_frozen_columns(2)
    table.resize(500, 300)
    table.show()
    qtbot.waitExposed(table)
    return table


def test_frozen_view_shows_only_the_first_columns(view):
    frozen = view.frozen_view()
    assert frozen.isVisible()
    shown = [c for c in range(view.model().columnCount()) if not frozen.isColumnHidden(c)]
    assert shown == [0, 1]
    assert frozen.width() == 2 * 240
    assert frozen.horizontalHeader().height() == view.horizontalHeader().height()
    assert frozen.selectionModel() is view.selectionModel()


def test_frozen_view_follows_vertical_and_ignores_horizontal_scrolling(view):
    frozen = view.frozen_view()
    view.horizontalScrollBar().setValue(view.horizontalScrollBar().maximum())
    view.verticalScrollBar().setValue(1_000)

    assert frozen.verticalScrollBar().value() == 1_000
    assert frozen.rowAt(0) == view.rowAt(0) > 0
    assert frozen.horizontalScrollBar().value() == 0


def test_column_menu_cannot_hide_frozen_columns(view):
    actions = {action.text(): action for action in view.column_menu().actions()}
    assert not actions["No."].isEnabled()

    actions["No."].setChecked(False)
    actions["Salary"].setChecked(False)

    assert not view.isColumnHidden(0)
    assert view.isColumnHidden(view.model().column_index("salary"))


def test_header_state_round_trips(view):
    state = view.header_state()
    view.setColumnWidth(2, 90)
    view.setColumnHidden(3, True)

    assert view.restore_header_state(state)

    assert view.columnWidth(2) == 240
    assert not view.isColumnHidden(3)


def test_header_changed_fires_when_a_column_is_resized(qtbot, view):
    with qtbot.waitSignal(view.header_changed, timeout=100):
        view.horizontalHeader().resizeSection(3, 120)


def test_resizing_a_frozen_column_in_the_frozen_header_widens_the_overlay(view):
    view.frozen_view().horizontalHeader().resizeSection(1, 150)
    assert view.columnWidth(1) == 150
    assert view.frozen_view().width() == 240 + 150


def test_a_column_dragged_under_the_frozen_ones_goes_back_behind_them(view):
    header = view.horizontalHeader()
    header.moveSection(header.visualIndex(3), 0)

    assert [header.logicalIndex(visual) for visual in range(4)] == [0, 1, 3, 2]


def test_clicking_an_unsortable_header_keeps_the_model_s_sort_indicator(qtbot, view):
    model = view.model()
    view.sortByColumn(model.column_index("name"), Qt.SortOrder.AscendingOrder)
    header = view.horizontalHeader()

    with qtbot.assertNotEmitted(model.sort_requested):
        header.setSortIndicator(model.column_index("department"), Qt.SortOrder.AscendingOrder)

    assert header.sortIndicatorSection() == model.column_index("name")
    assert view.frozen_view().horizontalHeader().sortIndicatorSection() == 1


def test_clicking_a_frozen_header_section_sorts_once_and_flips_on_the_next_click(qtbot, view):
    model = view.model()
    frozen_header = view.frozen_view().horizontalHeader()
    name_section = QPoint(240 + 10, frozen_header.height() // 2)
    requests: list[tuple[str, bool]] = []
    model.sort_requested.connect(lambda key, descending: requests.append((key, descending)))

    qtbot.mouseClick(frozen_header.viewport(), Qt.MouseButton.LeftButton, pos=name_section)
    qtbot.mouseClick(frozen_header.viewport(), Qt.MouseButton.LeftButton, pos=name_section)

    assert requests[0][0] == "name"
    assert requests[1] == ("name", not requests[0][1])
    assert len(requests) == 2
    assert view.horizontalHeader().sortIndicatorSection() == model.column_index("name")
    assert frozen_header.sortIndicatorOrder() == view.horizontalHeader().sortIndicatorOrder()


def test_frozen_view_forwards_activation_and_context_menu(qtbot, view):
    view.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
    frozen = view.frozen_view()
    index = view.model().index(3, 0)

    with qtbot.waitSignal(view.doubleClicked, timeout=100) as blocker:
        frozen.doubleClicked.emit(index)
    assert blocker.args[0].row() == 3
    with qtbot.waitSignal(view.customContextMenuRequested, timeout=100):
        frozen.customContextMenuRequested.emit(QPoint(5, 5))
