"""Table model over the backup files in a folder (a small list: sorting by proxy is fine)."""

from __future__ import annotations

from dataclasses import dataclass
from enum import IntEnum
from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QLocale,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)

from ehr_desktop.gui import formats
from ehr_desktop.services.backup_schedule import BackupListing

_ROOT = QModelIndex()
SORT_ROLE = Qt.ItemDataRole.UserRole + 1
ROW_ROLE = Qt.ItemDataRole.UserRole + 2


class BackupColumn(IntEnum):
    CREATED = 0
    SIZE = 1
    FILE = 2


@dataclass(frozen=True)
class _Column:
    header: str
    tooltip: str
    align: Qt.AlignmentFlag


COLUMNS = {
    BackupColumn.CREATED: _Column(QT_TRANSLATE_NOOP("BackupListModel", "Made on"), QT_TRANSLATE_NOOP("BackupListModel", "When the backup was made (this computer's time)"), Qt.AlignmentFlag.AlignLeft),
    BackupColumn.SIZE: _Column(QT_TRANSLATE_NOOP("BackupListModel", "Size"), QT_TRANSLATE_NOOP("BackupListModel", "Size of the backup file"), Qt.AlignmentFlag.AlignRight),
    BackupColumn.FILE: _Column(QT_TRANSLATE_NOOP("BackupListModel", "File"), QT_TRANSLATE_NOOP("BackupListModel", "File name in the backup folder"), Qt.AlignmentFlag.AlignLeft),
}  # fmt: skip


def _tr(text: str) -> str:
    return QCoreApplication.translate("BackupListModel", text)


class BackupListModel(QAbstractTableModel):
    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._rows: list[BackupListing] = []

    def set_rows(self, rows: list[BackupListing]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = _ROOT) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = _ROOT) -> int:
        return 0 if parent.isValid() else len(BackupColumn)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if (
            orientation != Qt.Orientation.Horizontal
            or section not in BackupColumn._value2member_map_
        ):
            return None
        column = COLUMNS[BackupColumn(section)]
        if role == Qt.ItemDataRole.DisplayRole:
            return _tr(column.header)
        if role == Qt.ItemDataRole.ToolTipRole:
            return _tr(column.tooltip)
        return None

    def data(
        self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row = self._rows[index.row()]
        column = BackupColumn(index.column())
        if role == ROW_ROLE:
            return row
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(COLUMNS[column].align | Qt.AlignmentFlag.AlignVCenter)
        if role == SORT_ROLE:
            return {
                BackupColumn.CREATED: row.created_at.isoformat(),
                BackupColumn.SIZE: row.size_bytes,
                BackupColumn.FILE: row.path.name,
            }[column]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            locale = QLocale()
            if column == BackupColumn.CREATED:
                return formats.datetime_text(row.created_at, locale)
            if column == BackupColumn.SIZE:
                return locale.formattedDataSize(row.size_bytes)
            return row.path.name
        return None
