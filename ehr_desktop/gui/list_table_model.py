"""The shared base of the small in-memory table models (short lists: sorting and filtering by proxy).

A subclass names its columns by an IntEnum, declares them once in a `{column: Column(...)}` table
whose texts are marked with QT_TRANSLATE_NOOP(context, ...) so that lupdate finds them, and
implements only `cell(row, column, role)`; ROW_ROLE (the row itself) and the headers are handled
here."""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from enum import IntEnum
from typing import Any, ClassVar, Generic, TypeVar

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)

SORT_ROLE = Qt.ItemDataRole.UserRole + 1
ROW_ROLE = Qt.ItemDataRole.UserRole + 2

_ROOT = QModelIndex()
_DISPLAY = Qt.ItemDataRole.DisplayRole
_TOOLTIP = Qt.ItemDataRole.ToolTipRole
_ALIGNMENT = Qt.ItemDataRole.TextAlignmentRole

RowT = TypeVar("RowT")


@dataclass(frozen=True)
class Column(Generic[RowT]):
    """One column: its header and tooltip (untranslated source texts), alignment and, optionally,
    how a row shows in it and sorts by it."""

    header: str
    tooltip: str
    align: Qt.AlignmentFlag = Qt.AlignmentFlag.AlignLeft
    display: Callable[[RowT], str] | None = None
    sort_key: Callable[[RowT], Any] | None = None

    def alignment(self) -> int:
        """The column's alignment as TextAlignmentRole returns it (vertically centred)."""
        return int(self.align | Qt.AlignmentFlag.AlignVCenter)


class ListTableModel(QAbstractTableModel, Generic[RowT]):
    """A list of rows in a table with the columns of COLUMNS, headers translated in CONTEXT."""

    CONTEXT: ClassVar[str]
    COLUMNS: ClassVar[Mapping[IntEnum, Column[Any]]]
    HEADER_ALIGNMENT: ClassVar[bool] = False  # headers aligned like their column

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[RowT] = []
        self._column_enum = type(next(iter(self.COLUMNS)))

    # --- the rows -----------------------------------------------------------------------------

    def set_rows(self, rows: Sequence[RowT]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def rows(self) -> list[RowT]:
        return list(self._rows)

    def row_at(self, position: int) -> RowT | None:
        return self._rows[position] if 0 <= position < len(self._rows) else None

    def key_of(self, row: RowT) -> Any:
        """What row_of() compares a key with: the row's id unless a subclass says otherwise."""
        return row.id  # type: ignore[attr-defined]

    def row_of(self, wanted: Callable[[RowT], bool] | Any) -> int:
        """The first row matching a predicate, or whose key_of() equals `wanted`; -1 if none."""
        matches = wanted if callable(wanted) else (lambda row: self.key_of(row) == wanted)
        return next((i for i, row in enumerate(self._rows) if matches(row)), -1)

    # --- the model ----------------------------------------------------------------------------

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = _ROOT) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = _ROOT) -> int:
        return 0 if parent.isValid() else len(self.COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = _DISPLAY) -> Any:
        if orientation != Qt.Orientation.Horizontal or section not in self.COLUMNS:
            return None
        column = self.COLUMNS[self._column_enum(section)]
        if role == _DISPLAY:
            return QCoreApplication.translate(self.CONTEXT, column.header)
        if role == _TOOLTIP:
            return QCoreApplication.translate(self.CONTEXT, column.tooltip)
        if role == _ALIGNMENT and self.HEADER_ALIGNMENT:
            return column.alignment()
        return None

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = _DISPLAY) -> Any:
        if (
            not index.isValid()
            or not 0 <= index.row() < len(self._rows)
            or index.column() not in self.COLUMNS
        ):
            return None
        row = self._rows[index.row()]
        if role == ROW_ROLE:
            return self.row_value(row)
        return self.cell(row, self._column_enum(index.column()), role)

    def row_value(self, row: RowT) -> Any:
        """What ROW_ROLE returns for a row: the row itself unless a subclass says otherwise."""
        return row

    def cell(self, row: RowT, column: Any, role: int) -> Any:
        """What `row` shows in `column` for `role` (any role but ROW_ROLE)."""
        raise NotImplementedError
