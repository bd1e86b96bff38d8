"""Export a cycle's results from the cycles page: where to save, then the workbook (every
employee's totals, final score, grade and rank; a sheet per department; the grade summary)
written in the background and recorded in the audit trail."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLocale
from PySide6.QtWidgets import QFileDialog, QWidget

from ehr_desktop.gui.export_job import ExportRunner
from ehr_desktop.services import kpi_results
from ehr_desktop.services.vaults import UnlockedVault


def _safe_file_name(text: str) -> str:
    return "".join("_" if c in '<>:"/\\|?*' else c for c in text).strip() or "results"


def choose_results_path(parent: QWidget | None, cycle_name: str) -> Path | None:
    """The save dialog (tests patch this)."""
    suggested = Path.home() / (
        QCoreApplication.translate("ResultsExport", "{cycle} results").format(
            cycle=_safe_file_name(cycle_name)
        )
        + ".xlsx"
    )
    name, _filter = QFileDialog.getSaveFileName(
        parent,
        QCoreApplication.translate("ResultsExport", "Export results"),
        str(suggested),
        QCoreApplication.translate("ResultsExport", "Excel workbook (*.xlsx)"),
    )
    if not name:
        return None
    path = Path(name)
    return path if path.suffix.lower() == ".xlsx" else path.with_suffix(".xlsx")


def export_cycle_results(
    parent: QWidget,
    runner: ExportRunner,
    vault: UnlockedVault,
    cycle_id: int,
    cycle_name: str,
) -> bool:
    """Asks where, then writes in the background; False when the officer cancelled the
    question or an export is already running."""
    if runner.busy:
        return False
    path = choose_results_path(parent, cycle_name)
    if path is None:
        return False
    from ehr_desktop.exchange.kpi import ResultTexts

    texts = ResultTexts(
        summary_rows=(
            (QCoreApplication.translate("ResultsExport", "Cycle"), cycle_name),
            (
                QCoreApplication.translate("ResultsExport", "Exported on"),
                dt.date.today(),
            ),
        )
    )
    locale = QLocale()

    def done_text(count: int) -> str:
        return QCoreApplication.translate(
            "ResultsExport", "The results of {count} employees were exported to {path}."
        ).format(count=locale.toString(count), path=path)

    runner.start(
        lambda progress: kpi_results.export_results(vault, cycle_id, path, texts),
        title=QCoreApplication.translate("ResultsExport", "Export results"),
        label=QCoreApplication.translate("ResultsExport", "Writing the results workbook…"),
        path=path,
        done_text=done_text,
    )
    return True
