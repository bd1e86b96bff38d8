"""The workforce report from the Organization page: choose the months and the file, then the
report (headcount, hires, leavers and turnover by department and month) is computed and written
in the background."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QDate
from PySide6.QtWidgets import (
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ehr_desktop.domain.workforce import next_month
from ehr_desktop.gui import export_texts
from ehr_desktop.gui.export_job import ExportRunner
from ehr_desktop.gui.icons import icon
from ehr_desktop.gui.roles import error_label, hint_label
from ehr_desktop.services import workforce
from ehr_desktop.services.vaults import UnlockedVault


@dataclass(frozen=True)
class WorkforceChoice:
    first: dt.date  # the first day of the first month
    last: dt.date  # the last day of the last month
    path: Path


def _qdate(day: dt.date) -> QDate:
    return QDate(day.year, day.month, day.day)


class WorkforceReportDialog(QDialog):
    def __init__(
        self,
        parent: QWidget | None = None,
        *,
        today: dt.date | None = None,
        folder: Path | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Workforce report"))
        first, last = workforce.default_period(today or dt.date.today())
        self.from_edit = QDateEdit(_qdate(first))
        self.to_edit = QDateEdit(_qdate(last.replace(day=1)))
        for edit in (self.from_edit, self.to_edit):
            edit.setDisplayFormat("yyyy-MM")
            edit.setCalendarPopup(True)
            edit.dateChanged.connect(lambda _date: self._update())
        self.path_edit = QLineEdit(
            str(
                (folder or Path.home())
                / (
                    self.tr("Workforce report {date}").format(date=dt.date.today().isoformat())
                    + ".xlsx"
                )
            )
        )
        self.path_edit.textChanged.connect(lambda _text: self._update())
        # Room for a whole path: the line would otherwise show only its end.
        self.path_edit.setMinimumWidth(self.fontMetrics().averageCharWidth() * 48)
        browse = QPushButton(icon("folder-open"), self.tr("Choose…"))
        browse.clicked.connect(self._browse)
        path_row = QHBoxLayout()
        path_row.addWidget(self.path_edit, 1)
        path_row.addWidget(browse)

        form = QFormLayout()
        form.addRow(self.tr("From month:"), self.from_edit)
        form.addRow(self.tr("To month:"), self.to_edit)
        form.addRow(self.tr("Save as:"), path_row)
        self.problem_label = error_label()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(self.tr("Write report"))
        self.buttons.accepted.connect(self._accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(
            hint_label(
                self.tr(
                    "Headcount at each month's end, hires, leavers, transfers and turnover for every department (with its sub-departments) and the whole company, from the employees' recorded steps. Preset: the last twelve complete months."
                )
            )
        )
        layout.addLayout(form)
        layout.addWidget(self.problem_label)
        layout.addWidget(self.buttons)
        self._update()

    def choice(self) -> WorkforceChoice:
        start = self.from_edit.date()
        end = self.to_edit.date()
        first = dt.date(start.year(), start.month(), 1)
        last = next_month(dt.date(end.year(), end.month(), 1)) - dt.timedelta(days=1)
        path = Path(self.path_edit.text().strip()).expanduser()
        if path.suffix.lower() != ".xlsx":
            path = path.with_suffix(".xlsx")
        return WorkforceChoice(first, last, path)

    def _problem(self) -> str:
        choice = self.choice()
        months = (
            (choice.last.year - choice.first.year) * 12 + choice.last.month - choice.first.month + 1
        )
        if months < 1:
            return self.tr("The last month comes before the first. Choose the months again.")
        if months > workforce.MAX_MONTHS:
            return self.tr("Choose at most {months} months.").format(months=workforce.MAX_MONTHS)
        if not self.path_edit.text().strip():
            return self.tr("Choose where to save the file.")
        if not choice.path.parent.is_dir():
            return self.tr("The folder {folder} does not exist. Choose another.").format(
                folder=choice.path.parent
            )
        return ""

    def _update(self) -> None:
        problem = self._problem()
        self.problem_label.setText(problem)
        self.problem_label.setVisible(bool(problem))
        self.ok_button.setEnabled(not problem)

    def _browse(self) -> None:
        name, _filter = QFileDialog.getSaveFileName(
            self,
            self.tr("Workforce report"),
            self.path_edit.text(),
            self.tr("Excel workbook (*.xlsx)"),
        )
        if name:
            self.path_edit.setText(name)

    def _accept(self) -> None:
        if not self._problem():
            self.accept()

    @classmethod
    def ask(cls, parent: QWidget | None) -> WorkforceChoice | None:
        dialog = cls(parent)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        return dialog.choice()


def start_workforce_report(
    runner: ExportRunner, vault: UnlockedVault, choice: WorkforceChoice
) -> None:
    texts = export_texts.workforce_texts()

    def done_text(report: workforce.WorkforceReport) -> str:
        return QCoreApplication.translate(
            "WorkforceReportDialog",
            "The workforce report for {first} – {last} was written to {path}.",
        ).format(
            first=report.months[0].isoformat()[:7],
            last=report.months[-1].isoformat()[:7],
            path=choice.path,
        )

    runner.start(
        lambda progress: workforce.export(
            vault, choice.path, choice.first, choice.last, texts, progress=progress
        ),
        title=QCoreApplication.translate("WorkforceReportDialog", "Workforce report"),
        label=QCoreApplication.translate(
            "WorkforceReportDialog", "Counting and writing the report…"
        ),
        path=choice.path,
        done_text=done_text,
    )
