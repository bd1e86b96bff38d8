"""Export the roster from the employee list: which people (the list's search and filters, or
everyone), which columns in which order, xlsx or csv, masked unless the officer confirms
otherwise; then the export runs in the background with progress and Cancel."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLocale, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from ehr_desktop.gui import export_texts
from ehr_desktop.gui.export_job import ExportRunner
from ehr_desktop.gui.icons import icon
from ehr_desktop.gui.roles import error_label, hint_label
from ehr_desktop.services import roster_export
from ehr_desktop.services.employee_list import ListQuery
from ehr_desktop.services.vaults import UnlockedVault

KEY_ROLE = Qt.ItemDataRole.UserRole


@dataclass(frozen=True)
class RosterExportChoice:
    path: Path
    columns: tuple[str, ...]
    query: ListQuery
    unmasked: bool


def _everyone_like(query: ListQuery) -> ListQuery:
    """Everyone, current and departed, in the order the list is sorted."""
    return ListQuery(statuses=(), sort_key=query.sort_key, descending=query.descending)


class RosterExportDialog(QDialog):
    def __init__(
        self,
        vault: UnlockedVault,
        query: ListQuery,
        visible_columns: Sequence[str],
        parent: QWidget | None = None,
        *,
        folder: Path | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Export roster"))
        self._query = query
        self._everyone = _everyone_like(query)
        locale = QLocale()
        self.filtered_count = roster_export.count(vault, query)
        self.everyone_count = roster_export.count(vault, self._everyone)

        scope = QGroupBox(self.tr("Who"))
        self.filtered_radio = QRadioButton(
            self.tr("The employees the list shows now (its search and filters): {count}").format(
                count=locale.toString(self.filtered_count)
            )
        )
        self.everyone_radio = QRadioButton(
            self.tr("Everyone, including those who have left: {count}").format(
                count=locale.toString(self.everyone_count)
            )
        )
        self.filtered_radio.setChecked(True)
        scope_layout = QVBoxLayout(scope)
        scope_layout.addWidget(self.filtered_radio)
        scope_layout.addWidget(self.everyone_radio)

        columns = QGroupBox(self.tr("Columns"))
        self.column_list = QListWidget()
        self.column_list.setObjectName("exportColumns")
        self.column_list.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)
        self.column_list.setAccessibleName(self.tr("Columns to export"))
        headers = export_texts.roster_headers()
        shown = [key for key in visible_columns if key in roster_export.BY_KEY]
        rest = [c.key for c in roster_export.AVAILABLE if c.key not in shown]
        for key in [*shown, *rest]:
            text = headers.get(key, key)
            if key in roster_export.SENSITIVE:
                text = self.tr("{column} (masked)").format(column=text)
            item = QListWidgetItem(text)
            item.setData(KEY_ROLE, key)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked if key in shown else Qt.CheckState.Unchecked)
            self.column_list.addItem(item)
        self.column_list.itemChanged.connect(lambda _item: self._update())
        all_button = QPushButton(self.tr("All"))
        all_button.clicked.connect(lambda: self._check_all(True))
        none_button = QPushButton(self.tr("None"))
        none_button.clicked.connect(lambda: self._check_all(False))
        column_buttons = QHBoxLayout()
        column_buttons.addWidget(all_button)
        column_buttons.addWidget(none_button)
        column_buttons.addStretch(1)
        columns_layout = QVBoxLayout(columns)
        columns_layout.addWidget(
            hint_label(
                self.tr(
                    "Ticked columns are exported in this order (drag to change it). The list's "
                    "shown columns are ticked."
                )
            )
        )
        columns_layout.addWidget(self.column_list, 1)
        columns_layout.addLayout(column_buttons)

        self.xlsx_radio = QRadioButton(self.tr("Excel workbook (.xlsx)"))
        self.csv_radio = QRadioButton(self.tr("CSV text (.csv, UTF-8)"))
        self.xlsx_radio.setChecked(True)
        self._formats = QButtonGroup(self)
        self._formats.addButton(self.xlsx_radio)
        self._formats.addButton(self.csv_radio)
        self._formats.buttonToggled.connect(lambda _b, _c: self._format_changed())
        format_row = QHBoxLayout()
        format_row.addWidget(self.xlsx_radio)
        format_row.addWidget(self.csv_radio)
        format_row.addStretch(1)

        self.unmasked_check = QCheckBox(
            self.tr("Include unmasked ID numbers, bank accounts, salaries and phones")
        )
        self.unmasked_check.setToolTip(
            self.tr(
                "Without this they are masked (1101**********002X). Recorded in the audit trail."
            )
        )
        self.unmasked_check.toggled.connect(self._unmasked_toggled)

        self.path_edit = QLineEdit()
        self.path_edit.setObjectName("exportPath")
        today = dt.date.today().isoformat()
        name = self.tr("Roster {date}").format(date=today) + ".xlsx"
        self.path_edit.setText(str((folder or Path.home()) / name))
        self.path_edit.textChanged.connect(lambda _text: self._update())
        browse = QPushButton(icon("folder-open"), self.tr("Choose…"))
        browse.clicked.connect(self._browse)
        path_row = QHBoxLayout()
        path_row.addWidget(self.path_edit, 1)
        path_row.addWidget(browse)

        form = QFormLayout()
        form.addRow(self.tr("Format:"), format_row)
        form.addRow(self.tr("Save as:"), path_row)
        form.addRow("", self.unmasked_check)

        self.problem_label = error_label()

        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.export_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.export_button.setText(self.tr("Export"))
        self.buttons.accepted.connect(self._accept)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(scope)
        layout.addWidget(columns, 1)
        layout.addLayout(form)
        layout.addWidget(self.problem_label)
        layout.addWidget(self.buttons)
        self.resize(560, 620)
        self._update()

    # --- choices ----------------------------------------------------------------------------

    def chosen_columns(self) -> tuple[str, ...]:
        return tuple(
            self.column_list.item(row).data(KEY_ROLE)
            for row in range(self.column_list.count())
            if self.column_list.item(row).checkState() == Qt.CheckState.Checked
        )

    def set_columns(self, keys: Sequence[str]) -> None:
        """Ticks exactly these columns (tests and saved choices)."""
        for row in range(self.column_list.count()):
            item = self.column_list.item(row)
            checked = item.data(KEY_ROLE) in keys
            item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)

    def chosen_format(self) -> str:
        return "csv" if self.csv_radio.isChecked() else "xlsx"

    def chosen_path(self) -> Path:
        text = self.path_edit.text().strip()
        path = Path(text).expanduser()
        suffix = "." + self.chosen_format()
        return path if path.suffix.lower() == suffix else path.with_suffix(suffix)

    def choice(self) -> RosterExportChoice:
        return RosterExportChoice(
            path=self.chosen_path(),
            columns=self.chosen_columns(),
            query=self._query if self.filtered_radio.isChecked() else self._everyone,
            unmasked=self.unmasked_check.isChecked(),
        )

    def _check_all(self, checked: bool) -> None:
        state = Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked
        for row in range(self.column_list.count()):
            self.column_list.item(row).setCheckState(state)

    def _format_changed(self) -> None:
        text = self.path_edit.text().strip()
        if text:
            self.path_edit.setText(str(self.chosen_path()))

    def _browse(self) -> None:
        file_filter = (
            self.tr("CSV text (*.csv)")
            if self.csv_radio.isChecked()
            else self.tr("Excel workbook (*.xlsx)")
        )
        name, _filter = QFileDialog.getSaveFileName(
            self, self.tr("Export roster"), self.path_edit.text(), file_filter
        )
        if name:
            self.path_edit.setText(name)

    def _unmasked_toggled(self, checked: bool) -> None:
        if not checked:
            return
        answer = QMessageBox.question(
            self,
            self.tr("Export unmasked data"),
            self.tr(
                "The file will hold full ID numbers, bank accounts, salaries and mobile numbers "
                "for the chosen columns. Anyone who gets the file can read them. The export is "
                "recorded in the audit trail.\n\nExport them unmasked?"
            ),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        if answer != QMessageBox.StandardButton.Yes:
            blocked = self.unmasked_check.blockSignals(True)
            self.unmasked_check.setChecked(False)
            self.unmasked_check.blockSignals(blocked)

    def _problem(self) -> str:
        if not self.chosen_columns():
            return self.tr("Tick at least one column.")
        text = self.path_edit.text().strip()
        if not text:
            return self.tr("Choose where to save the file.")
        folder = self.chosen_path().parent
        if not folder.is_dir():
            return self.tr("The folder {folder} does not exist. Choose another.").format(
                folder=folder
            )
        return ""

    def _update(self) -> None:
        problem = self._problem()
        self.problem_label.setText(problem)
        self.problem_label.setVisible(bool(problem))
        self.export_button.setEnabled(not problem)

    def _accept(self) -> None:
        if self._problem():
            self._update()
            return
        path = self.chosen_path()
        if path.exists():
            answer = QMessageBox.question(
                self,
                self.tr("Export roster"),
                self.tr("{name} already exists. Replace it?").format(name=path.name),
            )
            if answer != QMessageBox.StandardButton.Yes:
                return
        self.accept()

    @classmethod
    def ask(
        cls,
        parent: QWidget | None,
        vault: UnlockedVault,
        query: ListQuery,
        visible_columns: Sequence[str],
    ) -> RosterExportChoice | None:
        dialog = cls(vault, query, visible_columns, parent)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        return dialog.choice()


def start_roster_export(
    runner: ExportRunner, vault: UnlockedVault, choice: RosterExportChoice
) -> None:
    """Runs the chosen export in the background; the words are taken here, on the UI thread."""
    from ehr_desktop.services.roster_export import export

    headers = export_texts.roster_headers()
    words = export_texts.roster_words()
    sheet_name = export_texts.roster_sheet_name()
    locale = QLocale()

    def work(progress):
        return export(
            vault,
            choice.path,
            headers,
            words=words,
            columns=choice.columns,
            query=choice.query,
            unmasked=choice.unmasked,
            sheet_name=sheet_name,
            progress=progress,
        )

    def done_text(result) -> str:
        if result.unmasked:
            text = QCoreApplication.translate(
                "RosterExportDialog",
                "{count} employees exported to {path}, with unmasked data. Keep the file safe and delete it when it is no longer needed.",
            )
        else:
            text = QCoreApplication.translate(
                "RosterExportDialog", "{count} employees exported to {path}."
            )
        return text.format(count=locale.toString(result.rows), path=result.path)

    runner.start(
        work,
        title=QCoreApplication.translate("RosterExportDialog", "Export roster"),
        label=QCoreApplication.translate("RosterExportDialog", "Writing the roster…"),
        path=choice.path,
        done_text=done_text,
    )
