"""Table model over the backup files in a folder (a small list: sorting by proxy is fine)."""

from __future__ import annotations

from enum import IntEnum
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QLocale, Qt

from ehr_desktop.gui import formats
from ehr_desktop.gui.list_table_model import ROW_ROLE, SORT_ROLE, Column, ListTableModel
from ehr_desktop.services.backup_schedule import BackupListing

__all__ = ["COLUMNS", "ROW_ROLE", "SORT_ROLE", "BackupColumn", "BackupListModel"]


class BackupColumn(IntEnum):
    CREATED = 0
    SIZE = 1
    FILE = 2


COLUMNS = {
    BackupColumn.CREATED: Column(QT_TRANSLATE_NOOP("BackupListModel", "Made on"), QT_TRANSLATE_NOOP("BackupListModel", "When the backup was made (this computer's time)"), Qt.AlignmentFlag.AlignLeft),
    BackupColumn.SIZE: Column(QT_TRANSLATE_NOOP("BackupListModel", "Size"), QT_TRANSLATE_NOOP("BackupListModel", "Size of the backup file"), Qt.AlignmentFlag.AlignRight),
    BackupColumn.FILE: Column(QT_TRANSLATE_NOOP("BackupListModel", "File"), QT_TRANSLATE_NOOP("BackupListModel", "File name in the backup folder"), Qt.AlignmentFlag.AlignLeft),
}  # fmt: skip


class BackupListModel(ListTableModel[BackupListing]):
    CONTEXT = "BackupListModel"
    COLUMNS = COLUMNS

    def cell(self, row: BackupListing, column: BackupColumn, role: int) -> Any:
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return COLUMNS[column].alignment()
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
