"""A table model over a very large list: it pages rows from a source and caches only a few blocks."""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any, Generic, Protocol, TypeVar

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QColor, QGuiApplication, QPalette

RowT = TypeVar("RowT")
RowT_co = TypeVar("RowT_co", covariant=True)

_ROOT = QModelIndex()
ROW_ROLE = Qt.ItemDataRole.UserRole + 1
BLOCK_SIZE = 200
MAX_BLOCKS = 20

_DISPLAY = Qt.ItemDataRole.DisplayRole
_TOOLTIP = Qt.ItemDataRole.ToolTipRole
_ALIGNMENT = Qt.ItemDataRole.TextAlignmentRole
_FOREGROUND = Qt.ItemDataRole.ForegroundRole
_TEXT_ROLES = (_DISPLAY, _TOOLTIP)
_HANDLED_ROLES = frozenset((_DISPLAY, _TOOLTIP, _ALIGNMENT, _FOREGROUND, ROW_ROLE))


class RowSource(Protocol[RowT_co]):
    """Where the rows come from: a query already filtered and sorted (rows are frozen dataclasses)."""

    def count(self) -> int: ...

    def rows(self, offset: int, limit: int) -> Sequence[RowT_co]: ...


@dataclass(frozen=True)
class Column(Generic[RowT]):
    key: str
    header: str  # already translated
    display: Callable[[RowT], str]
    sort_key: str | None  # the name the owner sorts by in SQL; None: not sortable
    align: Qt.AlignmentFlag = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
    tooltip: str = ""  # already translated; shown on the header
    muted: Callable[[RowT], bool] | None = None  # masked values are drawn in the muted colour
    foreground: Callable[[RowT], QColor | None] | None = None


class WindowedTableModel(QAbstractTableModel, Generic[RowT]):
    # The model never sorts by itself: the owner re-queries in SQL and calls set_source().
    sort_requested = Signal(str, bool)  # sort key, descending

    def __init__(
        self,
        columns: Sequence[Column[RowT]],
        parent: QObject | None = None,
        *,
        block_size: int = BLOCK_SIZE,
        max_blocks: int = MAX_BLOCKS,
    ) -> None:
        super().__init__(parent)
        if block_size < 1 or max_blocks < 1:
            raise ValueError("block_size and max_blocks must be positive")
        self._columns: tuple[Column[RowT], ...] = tuple(columns)
        self._column_indexes = {column.key: number for number, column in enumerate(self._columns)}
        if len(self._column_indexes) != len(self._columns):
            raise ValueError("column keys must be unique")
        self._block_size = block_size
        self._max_blocks = max_blocks
        self._source: RowSource[RowT] | None = None
        self._count = 0
        self._blocks: OrderedDict[int, Sequence[RowT]] = OrderedDict()
        self._sort_column = -1
        self._sort_order = Qt.SortOrder.AscendingOrder
        self._muted_colour: QColor | None = None
        hints = QGuiApplication.styleHints()
        if hints is not None:
            # Dropped, not recomputed: the palette may not have changed yet when this arrives.
            hints.colorSchemeChanged.connect(self._forget_muted_colour)

    # -- the owner's side ------------------------------------------------------------------

    def columns(self) -> tuple[Column[RowT], ...]:
        return self._columns

    def column_index(self, key: str) -> int:
        return self._column_indexes[key]

    def source(self) -> RowSource[RowT] | None:
        return self._source

    def set_source(self, source: RowSource[RowT] | None) -> None:
        self.beginResetModel()
        self._source = source
        self._blocks.clear()
        self._count = max(0, source.count()) if source is not None else 0
        self._muted_colour = None
        self.endResetModel()

    def refresh(self) -> None:
        """Reads the count and the rows again from the same source (after an edit)."""
        self.set_source(self._source)

    def sort_state(self) -> tuple[int, Qt.SortOrder]:
        """The column last sorted by (-1: none) and its order, for the header's sort indicator."""
        return self._sort_column, self._sort_order

    def row_at(self, row: int) -> RowT | None:
        if not 0 <= row < self._count:
            return None
        block_number = row // self._block_size
        block = self._blocks.get(block_number)
        if block is None:
            block = self._fetch_block(block_number)
        else:
            self._blocks.move_to_end(block_number)
        offset = row - block_number * self._block_size
        # A block can come back short when rows were deleted since the count was read.
        return block[offset] if offset < len(block) else None

    def _fetch_block(self, block_number: int) -> Sequence[RowT]:
        assert self._source is not None  # a positive count implies a source
        block = tuple(self._source.rows(block_number * self._block_size, self._block_size))
        self._blocks[block_number] = block
        while len(self._blocks) > self._max_blocks:
            self._blocks.popitem(last=False)
        return block

    def _muted(self) -> QColor:
        if self._muted_colour is None:
            self._muted_colour = QGuiApplication.palette().color(QPalette.ColorRole.PlaceholderText)
        return self._muted_colour

    def _forget_muted_colour(self, *_: object) -> None:
        self._muted_colour = None

    # -- Qt's side -------------------------------------------------------------------------

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = _ROOT) -> int:
        return 0 if parent.isValid() else self._count

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = _ROOT) -> int:
        return 0 if parent.isValid() else len(self._columns)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = _DISPLAY) -> Any:
        if orientation != Qt.Orientation.Horizontal:
            return super().headerData(section, orientation, role)
        if not 0 <= section < len(self._columns):
            return None
        if role == _DISPLAY:
            return self._columns[section].header
        if role == _TOOLTIP:
            return self._columns[section].tooltip or None
        return None

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = _DISPLAY) -> Any:
        # A view asks each cell for a dozen roles on every paint; most are none of ours.
        if role not in _HANDLED_ROLES or not index.isValid():
            return None
        row = self.row_at(index.row())
        if row is None:
            return None
        column = self._columns[index.column()]
        if role in _TEXT_ROLES:
            return column.display(row)
        if role == _ALIGNMENT:
            return column.align
        if role == _FOREGROUND:
            if column.muted is not None and column.muted(row):
                return self._muted()
            return column.foreground(row) if column.foreground is not None else None
        if role == ROW_ROLE:
            return row
        return None

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if not 0 <= column < len(self._columns):
            return
        sort_key = self._columns[column].sort_key
        if sort_key is None:
            return
        self._sort_column = column
        self._sort_order = order
        self.sort_requested.emit(sort_key, order == Qt.SortOrder.DescendingOrder)
