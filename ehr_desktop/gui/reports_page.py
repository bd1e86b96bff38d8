"""The Reports area: everything that leaves the vault on paper or as a file, in one place —
appraisal sheets and dossiers as PDF, the roster, results and workforce figures in Excel, and
the fill-in workbooks managers return."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFileDialog,
    QFormLayout,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from ehr_desktop.exchange.pdf import PrintCancelled
from ehr_desktop.gui import print_texts
from ehr_desktop.gui.document_preview import DocumentPreview
from ehr_desktop.gui.employee_picker import EmployeePicker
from ehr_desktop.gui.export_job import ExportRunner
from ehr_desktop.gui.fill_in_dialogs import FillInActions
from ehr_desktop.gui.icons import icon
from ehr_desktop.gui.messages import describe
from ehr_desktop.gui.results_export import export_cycle_results
from ehr_desktop.gui.roles import error_label, hint_label, title_label
from ehr_desktop.gui.roster_export_dialog import RosterExportDialog, start_roster_export
from ehr_desktop.gui.worker import Job, JobRunner
from ehr_desktop.gui.workforce_report_dialog import WorkforceReportDialog, start_workforce_report
from ehr_desktop.services import attachments, kpi_cycles, organization, printing, roster_export
from ehr_desktop.services.progress import Cancelled, Progress
from ehr_desktop.services.vaults import UnlockedVault

PAGE_SIZES = (("a4", "A4"), ("letter", "Letter"))


def page_size_combo() -> QComboBox:
    combo = QComboBox()
    for key, label in PAGE_SIZES:
        combo.addItem(label, key)  # paper names are the same in every language
    return combo


class Card(QFrame):
    """One kind of output: an icon, a heading, a sentence, its choices and its buttons."""

    def __init__(self, icon_name: str, heading: str, text: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.setProperty("role", "card")
        outer = QHBoxLayout(self)
        outer.setContentsMargins(16, 14, 16, 14)
        picture = QLabel()
        picture.setPixmap(icon(icon_name, "#2563EB").pixmap(28, 28))
        picture.setAlignment(Qt.AlignmentFlag.AlignTop)
        outer.addWidget(picture)
        column = QVBoxLayout()
        title = QLabel(heading)
        font = title.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.1)
        title.setFont(font)
        column.addWidget(title)
        column.addWidget(hint_label(text))
        self.form = QFormLayout()
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        column.addLayout(self.form)
        column.addStretch(1)
        self.buttons = QHBoxLayout()
        self.buttons.addStretch(1)
        column.addLayout(self.buttons)
        outer.addLayout(column, 1)

    def add_button(self, icon_name: str, text: str, slot: Callable[[], Any]) -> QPushButton:
        button = QPushButton(icon(icon_name), text)
        button.clicked.connect(slot)
        self.buttons.addWidget(button)
        return button


def ask_unmasked(parent: QWidget) -> bool:
    """The question every unmasked export asks first (UI guide: sensitive actions ask)."""
    answer = QMessageBox.question(
        parent,
        QCoreApplication.translate("ReportsPage", "Show sensitive data in full?"),
        QCoreApplication.translate(
            "ReportsPage",
            "The document will show ID numbers, bank accounts, phone numbers and salaries in "
            "full. Anyone who sees the paper or the file can read them. The export is recorded "
            "in the audit trail.\n\nContinue with the data in full?",
        ),
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
        QMessageBox.StandardButton.Cancel,
    )
    return answer == QMessageBox.StandardButton.Yes


def _stop_when_cancelled(progress: Progress) -> dict[str, Any]:
    """The printing service's progress and cancel hooks, from a job's Progress."""
    return {"progress": progress.report, "cancelled": progress.is_cancelled}


class ReportsPage(QWidget):
    """Cards for each document or file the officer can take out of the vault."""

    def __init__(
        self,
        vault: UnlockedVault,
        jobs: JobRunner,
        parent: QWidget | None = None,
        *,
        viewer_copies: attachments.ViewerCopies | None = None,
    ) -> None:
        super().__init__(parent)
        self.vault = vault
        self._jobs = jobs
        self._viewer_copies = viewer_copies
        self.export_runner = ExportRunner(self, jobs)
        self.preview: DocumentPreview | None = None

        content = QWidget()
        layout = QVBoxLayout(content)
        layout.setContentsMargins(24, 20, 24, 20)
        layout.setSpacing(14)
        layout.addWidget(title_label(self.tr("Reports")))
        layout.addWidget(
            hint_label(
                self.tr(
                    "Print or save appraisal sheets and personnel dossiers, and take the roster, "
                    "results and workforce figures to Excel. Every print and export is recorded "
                    "in the audit trail; sensitive data stays masked unless you choose otherwise."
                )
            )
        )
        self.error = error_label()
        self.error.hide()
        layout.addWidget(self.error)
        self.info = hint_label()
        self.info.hide()
        layout.addWidget(self.info)
        self.grid = QGridLayout()
        self.grid.setSpacing(12)
        self.grid.setColumnStretch(0, 1)
        self.grid.setColumnStretch(1, 1)
        layout.addLayout(self.grid)
        layout.addStretch(1)
        self._cards = 0
        self._build_sheets_card()
        self._build_dossier_card()
        self._build_excel_card()
        self._build_fill_in_card()

        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(content)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(scroll)
        QShortcut(QKeySequence.StandardKey.Print, self, self.preview_sheets)
        self.refresh()

    def add_card(self, card: Card) -> Card:
        self.grid.addWidget(card, self._cards // 2, self._cards % 2)
        self._cards += 1
        return card

    # --- appraisal sheets -----------------------------------------------------------------

    def _build_sheets_card(self) -> None:
        card = self.add_card(
            Card(
                "clipboard-check",
                self.tr("Appraisal sheets (PDF)"),
                self.tr(
                    "One sheet per employee with indicators, scores, the final grade and "
                    "signature lines; or blank sheets to fill in by hand."
                ),
            )
        )
        self.cycle_combo = QComboBox()
        self.cycle_combo.setAccessibleName(self.tr("Appraisal cycle"))
        card.form.addRow(self.tr("Cycle:"), self.cycle_combo)
        self.department_combo = QComboBox()
        self.department_combo.setAccessibleName(self.tr("Department"))
        card.form.addRow(self.tr("Department:"), self.department_combo)
        self.sheets_page_size = page_size_combo()
        card.form.addRow(self.tr("Paper:"), self.sheets_page_size)
        self.blank_check = QCheckBox(self.tr("Blank sheets for filling in by hand"))
        card.form.addRow("", self.blank_check)
        self.sheets_folder_button = card.add_button(
            "folder-open", self.tr("One file per employee…"), self.choose_sheets_folder
        )
        self.sheets_preview_button = card.add_button(
            "printer", self.tr("Preview and print…"), self.preview_sheets
        )
        self.sheets_preview_button.setDefault(True)
        self.sheets_card = card

    def _sheet_choice(self) -> dict[str, Any] | None:
        cycle_id = self.cycle_combo.currentData()
        if cycle_id is None:
            self._complain(self.tr("There is no appraisal cycle yet. Create one under Appraisals."))
            return None
        return {
            "cycle_id": cycle_id,
            "department_id": self.department_combo.currentData(),
            "blank": self.blank_check.isChecked(),
            "page_size": self.sheets_page_size.currentData(),
        }

    def preview_sheets(self) -> Job | None:
        choice = self._sheet_choice()
        if choice is None:
            return None
        texts = print_texts.sheet_texts()
        vault = self.vault
        cycle = self.cycle_combo.currentText()

        def work(progress: Progress) -> printing.Printed:
            return printing.appraisal_sheets(
                vault, texts=texts, where="preview", **choice, **_stop_when_cancelled(progress)
            )

        def done(printed: printing.Printed) -> None:
            if printed.people == 0:
                self._complain(self.tr("No appraisal forms match this choice: nothing to print."))
                return

            def record(how: str, where: str) -> None:
                printing.record_sheets_output(
                    self.vault,
                    choice["cycle_id"],
                    people=printed.people,
                    blank=choice["blank"],
                    department_id=choice["department_id"],
                    how=how,
                    where=where,
                )

            self._show_preview(
                printed.data,
                self.tr("Appraisal sheets · {cycle}").format(cycle=cycle),
                self.tr("Appraisal sheets {cycle}").format(cycle=cycle),
                record,
                self.tr("{count} employees").format(count=printed.people),
            )

        return self._run(work, self.tr("Appraisal sheets"), self.tr("Preparing the sheets…"), done)

    def choose_sheets_folder(self) -> Job | None:
        choice = self._sheet_choice()
        if choice is None:
            return None
        folder = QFileDialog.getExistingDirectory(
            self, self.tr("Folder for the appraisal sheets"), str(Path.home())
        )
        if not folder:
            return None
        return self.save_sheets_to_folder(Path(folder))

    def save_sheets_to_folder(self, folder: Path) -> Job | None:
        choice = self._sheet_choice()
        if choice is None:
            return None
        texts = print_texts.sheet_texts()
        vault = self.vault

        def work(progress: Progress) -> printing.Printed:
            return printing.write_appraisal_sheets_to_folder(
                vault, folder, texts=texts, **choice, **_stop_when_cancelled(progress)
            )

        def done(printed: printing.Printed) -> None:
            if printed.people == 0:
                self._complain(self.tr("No appraisal forms match this choice: nothing to print."))
                return
            self._say(
                self.tr("{count} sheets saved in “{folder}”.").format(
                    count=printed.people, folder=str(folder)
                )
            )

        return self._run(work, self.tr("Appraisal sheets"), self.tr("Writing the sheets…"), done)

    # --- dossier --------------------------------------------------------------------------

    def _build_dossier_card(self) -> None:
        card = self.add_card(
            Card(
                "id-card",
                self.tr("Personnel dossier (PDF)"),
                self.tr(
                    "An employee's whole file: basic data, job history, contracts, appraisals, "
                    "rewards and penalties, training. Departed employees: print from their file."
                ),
            )
        )
        self.picker = EmployeePicker(self.vault)
        rows = self.fontMetrics().height() * 7
        self.picker.results.setMinimumHeight(rows)
        self.picker.results.setMaximumHeight(rows)
        card.form.addRow(self.picker)
        self.dossier_page_size = page_size_combo()
        card.form.addRow(self.tr("Paper:"), self.dossier_page_size)
        self.unmasked_check = QCheckBox(
            self.tr("Show ID number, bank account, phone and salary in full")
        )
        card.form.addRow("", self.unmasked_check)
        self.dossier_button = card.add_button(
            "printer", self.tr("Preview and print…"), self.preview_chosen_dossier
        )
        self.dossier_button.setEnabled(False)
        self.picker.chosen_changed.connect(
            lambda chosen: self.dossier_button.setEnabled(chosen is not None)
        )
        self.picker.activated.connect(lambda _id: self.preview_chosen_dossier())
        self.dossier_card = card

    def preview_chosen_dossier(self) -> Job | None:
        employee_id = self.picker.chosen_employee_id
        if employee_id is None:
            return None
        unmasked = self.unmasked_check.isChecked()
        if unmasked and not ask_unmasked(self):
            return None
        return self.preview_dossier(
            employee_id, unmasked=unmasked, page_size=self.dossier_page_size.currentData()
        )

    def print_dossier_of(self, employee_id: int, unmasked: bool) -> Job | None:
        """From an employee's file (also departed employees, whom the picker does not list)."""
        if unmasked and not ask_unmasked(self):
            return None
        return self.preview_dossier(employee_id, unmasked=unmasked)

    def print_form_sheet(self, cycle_id: int, form_id: int) -> Job | None:
        """From the appraisal form editor: that one sheet."""
        texts = print_texts.sheet_texts()
        vault = self.vault

        def work(progress: Progress) -> printing.Printed:
            return printing.appraisal_sheets(
                vault, cycle_id=cycle_id, form_ids=[form_id], texts=texts, where="preview",
                **_stop_when_cancelled(progress),
            )  # fmt: skip

        def done(printed: printing.Printed) -> None:
            def record(how: str, where: str) -> None:
                printing.record_sheets_output(
                    self.vault, cycle_id, people=printed.people, blank=False,
                    department_id=None, how=how, where=where,
                )  # fmt: skip

            self._show_preview(
                printed.data, self.tr("Appraisal sheet"), self.tr("Appraisal sheet"), record, ""
            )

        return self._run(work, self.tr("Appraisal sheet"), self.tr("Preparing the sheet…"), done)

    def preview_dossier(
        self, employee_id: int, *, unmasked: bool = False, page_size: str = "a4"
    ) -> Job | None:
        texts = print_texts.dossier_texts()
        vault = self.vault

        def work(_progress: Progress) -> printing.Printed:
            return printing.dossier(
                vault, employee_id, texts=texts, unmasked=unmasked, page_size=page_size,
                where="preview",
            )  # fmt: skip

        def done(printed: printing.Printed) -> None:
            def record(how: str, where: str) -> None:
                printing.record_dossier_output(
                    self.vault, employee_id, unmasked=unmasked, how=how, where=where
                )

            self._show_preview(
                printed.data,
                self.tr("Personnel dossier · {person}").format(person=printed.name),
                self.tr("Personnel dossier {person}").format(person=printed.name),
                record,
                self.tr("Sensitive data in full") if unmasked else self.tr("Sensitive data masked"),
            )

        return self._run(
            work, self.tr("Personnel dossier"), self.tr("Preparing the dossier…"), done
        )

    # --- Excel reports ----------------------------------------------------------------------

    def _build_excel_card(self) -> None:
        card = self.add_card(
            Card(
                "file-spreadsheet",
                self.tr("Excel reports"),
                self.tr(
                    "The roster with the columns you choose, a cycle's results by department "
                    "with the grade distribution, and headcount, hires, leavers and turnover "
                    "by department and month."
                ),
            )
        )
        self.results_cycle_combo = QComboBox()
        self.results_cycle_combo.setAccessibleName(self.tr("Appraisal cycle"))
        card.form.addRow(self.tr("Results of:"), self.results_cycle_combo)
        self.roster_button = card.add_button("users", self.tr("Roster…"), self.export_roster)
        self.results_button = card.add_button(
            "clipboard-check", self.tr("Appraisal results…"), self.export_results
        )
        self.workforce_button = card.add_button(
            "chart-column", self.tr("Workforce report…"), self.workforce_report
        )
        self.excel_card = card

    def export_roster(self) -> None:
        if self.export_runner.busy:
            return
        choice = RosterExportDialog.ask(
            self, self.vault, roster_export.EVERYONE, roster_export.COLUMNS
        )
        if choice is not None:
            start_roster_export(self.export_runner, self.vault, choice)

    def export_results(self) -> None:
        cycle_id = self.results_cycle_combo.currentData()
        if cycle_id is None:
            self._complain(self.tr("There is no appraisal cycle yet. Create one under Appraisals."))
            return
        export_cycle_results(
            self, self.export_runner, self.vault, cycle_id, self.results_cycle_combo.currentText()
        )

    def workforce_report(self) -> None:
        if self.export_runner.busy:
            return
        choice = WorkforceReportDialog.ask(self)
        if choice is not None:
            start_workforce_report(self.export_runner, self.vault, choice)

    # --- fill-in workbooks -----------------------------------------------------------------

    def _build_fill_in_card(self) -> None:
        card = self.add_card(
            Card(
                "file-spreadsheet",
                self.tr("Fill-in workbooks (Excel)"),
                self.tr(
                    "Managers and employees score in Excel without the app; the returned "
                    "workbooks land on the right forms, changed or outdated ones are refused."
                ),
            )
        )
        self.fill_in_cycle_combo = QComboBox()
        self.fill_in_cycle_combo.setAccessibleName(self.tr("Appraisal cycle"))
        card.form.addRow(self.tr("Cycle:"), self.fill_in_cycle_combo)
        self.fill_in = FillInActions(self, self.vault, self._jobs, self._fill_in_said)
        for action in (self.fill_in.import_action, self.fill_in.export_action):
            # Push buttons like the other cards' (a tool button would drop the "…").
            button = card.add_button("file-spreadsheet", action.text(), action.trigger)
            button.setIcon(action.icon())
            button.setToolTip(action.toolTip())
            button.setEnabled(action.isEnabled())
            action.changed.connect(lambda b=button, a=action: b.setEnabled(a.isEnabled()))
        self.fill_in_cycle_combo.currentIndexChanged.connect(
            lambda _index: self.fill_in.set_cycle(self.fill_in_cycle_combo.currentData())
        )
        self.fill_in_card = card

    def _fill_in_said(self, text: str, role: str = "hint") -> None:
        if role == "error":
            self._complain(text)
        else:
            self._say(text)

    # --- running --------------------------------------------------------------------------

    def _show_preview(
        self,
        data: bytes,
        title: str,
        file_name: str,
        record: Callable[[str, str], None],
        note: str,
    ) -> DocumentPreview:
        self.preview = DocumentPreview(
            data,
            title,
            file_name,
            record_output=record,
            viewer_copies=self._viewer_copies,
            note=note,
            parent=self,
        )
        self.preview.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.preview.open()
        return self.preview

    def _run(
        self,
        work: Callable[[Progress], Any],
        title: str,
        label: str,
        on_done: Callable[[Any], None],
    ) -> Job | None:
        self._say("")

        def guarded(progress: Progress) -> Any:
            try:
                return work(progress)
            except PrintCancelled:
                raise Cancelled() from None

        return self.export_runner.run(
            guarded,
            title=title,
            label=label,
            on_done=on_done,
            on_error=lambda error: self._complain(describe(error)),
        )

    @property
    def job(self) -> Job | None:
        """The print or export running now, if any (one at a time)."""
        return self.export_runner.job

    def _say(self, text: str) -> None:
        self.error.hide()
        self.info.setText(text)
        self.info.setVisible(bool(text))

    def _complain(self, text: str) -> None:
        self.info.hide()
        self.error.setText(text)
        self.error.show()

    # --- keeping up -----------------------------------------------------------------------

    def refresh(self) -> None:
        """Cycles and departments change elsewhere: read them again when the area is shown."""
        chosen_cycle = self.cycle_combo.currentData()
        self.cycle_combo.clear()
        cycles = kpi_cycles.list_cycles(self.vault)
        for row in cycles:
            self.cycle_combo.addItem(row.name, row.id)
        if chosen_cycle is not None:
            self.cycle_combo.setCurrentIndex(max(0, self.cycle_combo.findData(chosen_cycle)))
        chosen_results = self.results_cycle_combo.currentData()
        self.results_cycle_combo.clear()
        for row in cycles:
            self.results_cycle_combo.addItem(row.name, row.id)
        if chosen_results is not None:
            self.results_cycle_combo.setCurrentIndex(
                max(0, self.results_cycle_combo.findData(chosen_results))
            )
        chosen_fill_in = self.fill_in_cycle_combo.currentData()
        self.fill_in_cycle_combo.clear()
        for row in cycles:
            self.fill_in_cycle_combo.addItem(row.name, row)
        if chosen_fill_in is not None:
            found = next((i for i, row in enumerate(cycles) if row.id == chosen_fill_in.id), 0)
            self.fill_in_cycle_combo.setCurrentIndex(found)
        self.fill_in.set_cycle(self.fill_in_cycle_combo.currentData())
        chosen_department = self.department_combo.currentData()
        self.department_combo.clear()
        self.department_combo.addItem(self.tr("Whole company"), None)
        for department_id, path in sorted(
            organization.paths(self.vault).items(), key=lambda p: p[1]
        ):
            self.department_combo.addItem(path, department_id)
        if chosen_department is not None:
            self.department_combo.setCurrentIndex(
                max(0, self.department_combo.findData(chosen_department))
            )

    def set_vault(self, vault: UnlockedVault) -> None:
        self.vault = vault
        self.picker.vault = vault
        self.fill_in.set_vault(vault)
        self.refresh()

    def showEvent(self, event) -> None:  # noqa: N802 - Qt's name
        super().showEvent(event)
        if self.job is None:
            self.refresh()
