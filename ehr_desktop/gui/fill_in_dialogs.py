"""Fill-in workbooks in the Appraisals area: exporting a cycle's workbooks (per manager or per
employee, into a folder) and importing returned ones, both off the UI thread with progress and
cancel, then a summary of what landed where and what was refused and why.

`FillInActions` owns the two actions the cycles page shows in its toolbar and menu."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from enum import IntEnum
from pathlib import Path
from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QCoreApplication,
    QDir,
    QObject,
    QSortFilterProxyModel,
    Qt,
    Signal,
)
from PySide6.QtGui import QAction, QColor, QGuiApplication, QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QProgressDialog,
    QPushButton,
    QRadioButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ehr_desktop.domain.errors import EhrError
from ehr_desktop.gui.fill_in_words import (
    file_refusal_text,
    form_outcome_text,
    left_out_text,
    status_text,
)
from ehr_desktop.gui.icons import icon
from ehr_desktop.gui.list_table_model import SORT_ROLE, Column, ListTableModel
from ehr_desktop.gui.messages import describe_kpi_error
from ehr_desktop.gui.roles import error_label, hint_label
from ehr_desktop.gui.worker import JobRunner
from ehr_desktop.services import kpi_fill_in, organization
from ehr_desktop.services.kpi_cycles import CycleRow, CycleState
from ehr_desktop.services.kpi_fill_in import (
    By,
    ExportPlan,
    ExportSummary,
    FormStatus,
    ImportSummary,
)
from ehr_desktop.services.progress import Progress
from ehr_desktop.services.vaults import UnlockedVault

WORKBOOK_FILTER = QT_TRANSLATE_NOOP("FillInActions", "Excel workbooks (*.xlsx)")


# --- exporting ---------------------------------------------------------------------------------


@dataclass(frozen=True)
class ExportChoice:
    by: By
    folder: Path
    department_id: int | None


class ExportFillInDialog(QDialog):
    """Per manager or per employee, which department, which folder; says before anything is
    written how many workbooks and forms it makes and how many forms it leaves out, and why."""

    def __init__(
        self,
        vault: UnlockedVault,
        cycle_id: int,
        cycle_name: str,
        parent: QWidget | None = None,
        *,
        folder: str = "",
    ) -> None:
        super().__init__(parent)
        self._vault = vault
        self._cycle_id = cycle_id
        self.plan: ExportPlan | None = None
        self.setWindowTitle(self.tr("Export fill-in workbooks"))
        layout = QVBoxLayout(self)
        intro = QLabel(
            self.tr(
                "Workbooks for “{cycle}” that managers or employees fill in without the app. Only the yellow cells can be filled in; when they come back, Import returned workbooks takes the scores in."
            ).format(cycle=cycle_name)
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)

        form = QFormLayout()
        self.manager_radio = QRadioButton(
            self.tr("One workbook per manager: their team's forms at the manager's step")
        )
        self.employee_radio = QRadioButton(
            self.tr("One workbook per employee: their self-assessment")
        )
        self.manager_radio.setChecked(True)
        self._by = QButtonGroup(self)
        for button in (self.manager_radio, self.employee_radio):
            self._by.addButton(button)
            button.toggled.connect(lambda _checked: self._update_plan())
        by_box = QVBoxLayout()
        by_box.addWidget(self.manager_radio)
        by_box.addWidget(self.employee_radio)
        form.addRow(self.tr("Workbooks:"), by_box)

        self.department_combo = QComboBox()
        self.department_combo.addItem(self.tr("All departments"), None)
        for department_id, path in sorted(organization.paths(vault).items(), key=lambda i: i[1]):
            self.department_combo.addItem(path, department_id)
        self.department_combo.currentIndexChanged.connect(lambda _index: self._update_plan())
        form.addRow(self.tr("Department:"), self.department_combo)

        folder_row = QHBoxLayout()
        self.folder_edit = QLineEdit(folder)
        self.folder_edit.setPlaceholderText(self.tr("The folder the workbooks go into"))
        self.folder_edit.textChanged.connect(lambda _text: self._update_buttons())
        self.browse_button = QPushButton(icon("folder-open"), self.tr("Choose…"))
        self.browse_button.clicked.connect(self._browse)
        folder_row.addWidget(self.folder_edit, 1)
        folder_row.addWidget(self.browse_button)
        form.addRow(self.tr("Folder:"), folder_row)
        layout.addLayout(form)

        self.plan_label = hint_label()
        layout.addWidget(self.plan_label)
        self.error_label = error_label()
        self.error_label.hide()
        layout.addWidget(self.error_label)

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.export_button = self.buttons.addButton(
            self.tr("Export"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.export_button.setProperty("role", "primary")
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.resize(560, self.sizeHint().height())
        self._update_plan()

    @classmethod
    def ask(
        cls,
        parent: QWidget | None,
        vault: UnlockedVault,
        cycle_id: int,
        cycle_name: str,
        *,
        folder: str = "",
    ) -> ExportChoice | None:
        dialog = cls(vault, cycle_id, cycle_name, parent, folder=folder)
        try:
            if dialog.exec() != QDialog.DialogCode.Accepted:
                return None
            return dialog.choice()
        finally:
            dialog.deleteLater()

    def by(self) -> By:
        return By.EMPLOYEE if self.employee_radio.isChecked() else By.MANAGER

    def choice(self) -> ExportChoice:
        return ExportChoice(
            self.by(), Path(self.folder_edit.text().strip()), self.department_combo.currentData()
        )

    def _browse(self) -> None:
        folder = QFileDialog.getExistingDirectory(
            self, self.tr("Choose the folder for the workbooks"), self.folder_edit.text()
        )
        if folder:
            self.folder_edit.setText(QDir.toNativeSeparators(folder))

    def _update_plan(self) -> None:
        """The plan is a quick read of the cycle's forms (no workbook is built for it)."""
        try:
            self.plan = kpi_fill_in.plan_export(
                self._vault,
                self._cycle_id,
                by=self.by(),
                department_id=self.department_combo.currentData(),
            )
        except EhrError as error:
            self.plan = None
            self.error_label.setText(describe_kpi_error(error))
            self.error_label.show()
            self.plan_label.clear()
            self._update_buttons()
            return
        self.error_label.hide()
        plan = self.plan
        if not plan.forms:
            text = (
                self.tr("No form is at the manager's step now, so there is nothing to export.")
                if plan.by == By.MANAGER
                else self.tr(
                    "No form is at the self-assessment step now, so there is nothing to export."
                )
            )
        elif plan.by == By.MANAGER:
            text = self.tr("{forms} forms in {files} workbooks, one for each manager.").format(
                forms=plan.forms, files=len(plan.workbooks)
            )
        else:
            text = self.tr(
                "{files} workbooks, one for each employee at the self-assessment step."
            ).format(files=len(plan.workbooks))
        left_out = left_out_text(plan.left_out)
        if left_out:
            text += " " + self.tr("Left out, as nobody can fill them in now: {reasons}.").format(
                reasons=left_out
            )
        self.plan_label.setText(text)
        self._update_buttons()

    def _update_buttons(self) -> None:
        self.export_button.setEnabled(
            self.plan is not None and self.plan.forms > 0 and bool(self.folder_edit.text().strip())
        )


# --- what came back --------------------------------------------------------------------------


@dataclass(frozen=True)
class ResultLine:
    """One row of the summary: a form of a returned workbook, or a workbook refused whole."""

    file: str
    person: str
    employee_no: str
    name: str
    status: str  # FormStatus value, or "file_refused"
    status_text: str
    details: str

    @property
    def refused(self) -> bool:
        return self.status in (FormStatus.REFUSED.value, "file_refused")


def result_lines(summary: ImportSummary) -> list[ResultLine]:
    lines = []
    for outcome in summary.files:
        if outcome.refused:
            lines.append(
                ResultLine(
                    outcome.path.name,
                    outcome.person,
                    "",
                    "",
                    "file_refused",
                    QCoreApplication.translate("FillInActions", "Workbook refused"),
                    file_refusal_text(outcome),
                )
            )
            continue
        for form in outcome.forms:
            lines.append(
                ResultLine(
                    outcome.path.name,
                    outcome.person,
                    form.employee_no,
                    form.name,
                    form.status.value,
                    status_text(form),
                    form_outcome_text(form),
                )
            )
    return lines


_STATUS_ORDER = {
    "file_refused": 0,
    FormStatus.REFUSED.value: 1,
    FormStatus.LANDED.value: 2,
    FormStatus.UNCHANGED.value: 3,
    FormStatus.EMPTY.value: 4,
}


class ResultColumn(IntEnum):
    FILE = 0
    PERSON = 1
    EMPLOYEE_NO = 2
    NAME = 3
    STATUS = 4
    DETAILS = 5


class FillInResultModel(ListTableModel[ResultLine]):
    CONTEXT = "FillInResultModel"
    COLUMNS = {
        ResultColumn.FILE: Column(QT_TRANSLATE_NOOP("FillInResultModel", "Workbook"), QT_TRANSLATE_NOOP("FillInResultModel", "The returned file")),
        ResultColumn.PERSON: Column(QT_TRANSLATE_NOOP("FillInResultModel", "Filled in by"), QT_TRANSLATE_NOOP("FillInResultModel", "The manager or employee the workbook was made for")),
        ResultColumn.EMPLOYEE_NO: Column(QT_TRANSLATE_NOOP("FillInResultModel", "Employee no."), QT_TRANSLATE_NOOP("FillInResultModel", "Whose form")),
        ResultColumn.NAME: Column(QT_TRANSLATE_NOOP("FillInResultModel", "Name"), QT_TRANSLATE_NOOP("FillInResultModel", "Whose form")),
        ResultColumn.STATUS: Column(QT_TRANSLATE_NOOP("FillInResultModel", "Outcome"), QT_TRANSLATE_NOOP("FillInResultModel", "Taken in, already in the vault, not filled in, or refused")),
        ResultColumn.DETAILS: Column(QT_TRANSLATE_NOOP("FillInResultModel", "Details"), QT_TRANSLATE_NOOP("FillInResultModel", "What was taken in, or why not")),
    }  # fmt: skip
    _VALUES: dict[ResultColumn, Callable[[ResultLine], str]] = {
        ResultColumn.FILE: lambda line: line.file,
        ResultColumn.PERSON: lambda line: line.person,
        ResultColumn.EMPLOYEE_NO: lambda line: line.employee_no,
        ResultColumn.NAME: lambda line: line.name,
        ResultColumn.STATUS: lambda line: line.status_text,
        ResultColumn.DETAILS: lambda line: line.details,
    }

    def key_of(self, row: ResultLine) -> Any:
        return (row.file, row.employee_no)

    def cell(self, row: ResultLine, column: ResultColumn, role: int) -> Any:
        if role == Qt.ItemDataRole.DisplayRole:
            return self._VALUES[column](row)
        if role == SORT_ROLE:
            if column == ResultColumn.STATUS:
                return _STATUS_ORDER.get(row.status, len(_STATUS_ORDER))  # refusals first
            return self._VALUES[column](row)
        if role == Qt.ItemDataRole.ToolTipRole and column == ResultColumn.DETAILS:
            return row.details
        if (
            role == Qt.ItemDataRole.ForegroundRole
            and row.refused
            and column
            in (
                ResultColumn.STATUS,
                ResultColumn.DETAILS,
            )
        ):
            return QColor("#B42318")  # the error colour of the app's style
        if role == Qt.ItemDataRole.ForegroundRole and row.status != FormStatus.LANDED.value:
            return QGuiApplication.palette().color(QPalette.ColorRole.PlaceholderText)
        return None


class FillInSummaryDialog(QDialog):
    """What an import did: counts on top, then every form (and every refused workbook) with its
    outcome and, in words, what landed or why it was refused."""

    def __init__(self, summary: ImportSummary, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Returned workbooks"))
        layout = QVBoxLayout(self)
        self.counts_label = QLabel(self.counts_text(summary))
        self.counts_label.setWordWrap(True)
        layout.addWidget(self.counts_label)
        self.model = FillInResultModel(self)
        self.model.set_rows(result_lines(summary))
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setSortRole(SORT_ROLE)
        self.table = QTableView()
        self.table.setObjectName("fillInResults")
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(ResultColumn.STATUS, Qt.SortOrder.AscendingOrder)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(True)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(ResultColumn.DETAILS, QHeaderView.ResizeMode.Stretch)
        # Wrapped details need the row heights of the columns' final widths.
        header.sectionResized.connect(lambda *_: self.table.resizeRowsToContents())
        layout.addWidget(self.table, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        buttons.accepted.connect(self.accept)
        layout.addWidget(buttons)
        self.resize(980, 460)

    def counts_text(self, summary: ImportSummary) -> str:
        text = self.tr(
            "{landed} forms taken in ({inputs} scores), {unchanged} already in the vault, {empty} not filled in, {refused} refused."
        ).format(
            landed=summary.count(FormStatus.LANDED),
            inputs=summary.inputs_changed,
            unchanged=summary.count(FormStatus.UNCHANGED),
            empty=summary.count(FormStatus.EMPTY),
            refused=summary.count(FormStatus.REFUSED),
        )
        if summary.files_refused:
            text += " " + self.tr(
                "{count} of {files} workbooks were refused as a whole; nothing of them was taken."
            ).format(count=summary.files_refused, files=len(summary.files))
        return text


# --- the actions -------------------------------------------------------------------------------


class FillInActions(QObject):
    """The cycles page's "Export fill-in workbooks…" and "Import returned workbooks…": dialogs,
    the job off the UI thread with a cancellable progress dialog, and the outcome."""

    imported = Signal(object)  # ImportSummary, after something was taken in
    exported = Signal(object)  # ExportSummary

    def __init__(
        self,
        parent: QWidget,
        vault: UnlockedVault,
        jobs: JobRunner | None,
        say: Callable[[str, str], None],
    ) -> None:
        super().__init__(parent)
        self._parent = parent
        self._vault = vault
        self._jobs = jobs
        self._say = say
        self._cycle: CycleRow | None = None
        self._folder = ""
        self._job = None
        self._importing = False
        self.progress_dialog: QProgressDialog | None = None
        self.summary_dialog: FillInSummaryDialog | None = None
        self.export_action = QAction(
            icon("file-spreadsheet"), self.tr("Export fill-in workbooks…"), self
        )
        self.export_action.setToolTip(
            self.tr(
                "Workbooks that managers (their team's forms) or employees (their self-assessment) fill in without the app"
            )
        )
        self.export_action.triggered.connect(lambda _checked=False: self.export())
        self.import_action = QAction(
            icon("file-input"), self.tr("Import returned workbooks…"), self
        )
        self.import_action.setToolTip(
            self.tr(
                "Take the scores of filled-in workbooks in; changed or outdated ones are refused with the reason"
            )
        )
        self.import_action.triggered.connect(lambda _checked=False: self.import_files())
        self.set_cycle(None)

    @property
    def actions(self) -> tuple[QAction, QAction]:
        return self.export_action, self.import_action

    @property
    def running(self) -> bool:
        return self._job is not None

    def set_vault(self, vault: UnlockedVault) -> None:
        self._vault = vault

    def set_cycle(self, cycle: CycleRow | None) -> None:
        self._cycle = cycle
        is_open = cycle is not None and cycle.state == CycleState.OPEN
        self.export_action.setEnabled(is_open and not self.running)
        self.import_action.setEnabled(cycle is not None and not self.running)

    # --- export -----------------------------------------------------------------------------

    def export(self) -> None:
        cycle = self._cycle
        if cycle is None or self.running:
            return
        choice = ExportFillInDialog.ask(
            self._parent, self._vault, cycle.id, cycle.name, folder=self._folder
        )
        if choice is None:
            return
        self._folder = str(choice.folder)
        vault = self._vault

        def work(progress: Progress) -> ExportSummary:
            return kpi_fill_in.export_workbooks(
                vault,
                cycle.id,
                by=choice.by,
                folder=choice.folder,
                department_id=choice.department_id,
                progress=progress,
            )

        self._run(work, self.tr("Writing the workbooks…"), self._exported, importing=False)

    def _exported(self, summary: ExportSummary) -> None:
        text = (
            self.tr("{forms} forms written into {files} workbooks in {folder}.")
            if summary.by == By.MANAGER
            else self.tr("{forms} self-assessments written into {files} workbooks in {folder}.")
        ).format(
            forms=summary.forms,
            files=len(summary.files),
            folder=QDir.toNativeSeparators(str(summary.folder)),
        )
        left_out = left_out_text(summary.left_out)
        if left_out:
            text += " " + self.tr("Left out, as nobody can fill them in now: {reasons}.").format(
                reasons=left_out
            )
        self._say(text, "hint")
        self.exported.emit(summary)

    # --- import -----------------------------------------------------------------------------

    def import_files(self, paths: Sequence[Path] | None = None) -> None:
        if self.running:
            return
        if paths is None:
            names, _filter = QFileDialog.getOpenFileNames(
                self._parent,
                self.tr("Choose the returned workbooks"),
                self._folder,
                self.tr(WORKBOOK_FILTER),
            )
            paths = [Path(name) for name in names]
        if not paths:
            return
        self._folder = str(Path(paths[0]).parent)
        vault, chosen = self._vault, list(paths)

        def work(progress: Progress) -> ImportSummary:
            return kpi_fill_in.import_workbooks(vault, chosen, progress=progress)

        self._run(work, self.tr("Reading the returned workbooks…"), self._imported, importing=True)

    def _imported(self, summary: ImportSummary) -> None:
        self.summary_dialog = FillInSummaryDialog(summary, self._parent)
        self._say(self.summary_dialog.counts_text(summary), "hint")
        self.summary_dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.summary_dialog.finished.connect(lambda _result: self._forget_summary())
        self.summary_dialog.open()
        self.imported.emit(summary)

    def _forget_summary(self) -> None:
        self.summary_dialog = None

    # --- running ----------------------------------------------------------------------------

    def _run(
        self,
        work: Callable[[Progress], Any],
        text: str,
        done: Callable[[Any], None],
        *,
        importing: bool,
    ) -> None:
        self._importing = importing
        if self._jobs is None:  # no worker (a test without threads): run here
            try:
                result = work(Progress())
            except EhrError as error:
                self._failed(error)
                return
            done(result)
            return
        dialog = QProgressDialog(text, self.tr("Cancel"), 0, 0, self._parent)
        dialog.setWindowTitle(self.tr("Fill-in workbooks"))
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.setMinimumDuration(400)
        dialog.setAutoClose(False)
        dialog.setAutoReset(False)
        self.progress_dialog = dialog
        self._job = self._jobs.start(
            work,
            on_success=lambda result: self._finished(done, result),
            on_error=self._failed,
            on_progress=self._progressed,
            on_cancel=self._cancelled,
        )
        dialog.canceled.connect(self.cancel)
        self.set_cycle(self._cycle)

    def cancel(self) -> None:
        if self._job is not None:
            self._job.cancel()
            if self.progress_dialog is not None:
                self.progress_dialog.setLabelText(self.tr("Cancelling…"))

    def _progressed(self, done: int, total: int) -> None:
        if self.progress_dialog is not None:
            self.progress_dialog.setRange(0, max(total, 1))
            self.progress_dialog.setValue(min(done, max(total, 1)))

    def _end(self) -> None:
        self._job = None
        if self.progress_dialog is not None:
            self.progress_dialog.canceled.disconnect(self.cancel)
            self.progress_dialog.close()
            self.progress_dialog.deleteLater()
            self.progress_dialog = None
        self.set_cycle(self._cycle)

    def _finished(self, done: Callable[[Any], None], result: Any) -> None:
        self._end()
        done(result)

    def _failed(self, error: BaseException) -> None:
        self._end()
        self._say(describe_kpi_error(error), "error")

    def _cancelled(self) -> None:
        self._end()
        if self._importing:
            text = self.tr(
                "Cancelled. Workbooks already taken in stay taken in; the others were not taken in."
            )
        else:
            text = self.tr("Cancelled. No workbook was written.")
        self._say(text, "hint")
