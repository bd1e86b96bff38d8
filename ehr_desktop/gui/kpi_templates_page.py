"""The appraisal templates: the list (code, name, versions, forms using it, where it applies),
new / edit / duplicate / retire, Excel import (refusals listed by sheet, row and column) and
export in the background, and the chosen template's version history, older versions read-only."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from enum import IntEnum
from pathlib import Path
from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QCoreApplication,
    QItemSelectionModel,
    QLocale,
    QSortFilterProxyModel,
    Qt,
    Signal,
)
from PySide6.QtGui import QAction, QGuiApplication, QKeySequence, QPalette, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QFileDialog,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QProgressBar,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QTableView,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from ehr_desktop.domain.errors import EhrError
from ehr_desktop.exchange.kpi import TemplateTexts, WorkbookProblem
from ehr_desktop.gui.employee_file_models import timestamp_text
from ehr_desktop.gui.icons import icon
from ehr_desktop.gui.kpi_template_editor import TemplateEditor, copy_of, scope_text
from ehr_desktop.gui.kpi_workbook_words import workbook_problem_sentence, workbook_problem_text
from ehr_desktop.gui.list_table_model import ROW_ROLE, SORT_ROLE, Column, ListTableModel
from ehr_desktop.gui.messages import describe_kpi_error
from ehr_desktop.gui.roles import hint_label, set_role, title_label
from ehr_desktop.gui.worker import Job, JobRunner
from ehr_desktop.services import kpi_template_files, kpi_templates, organization
from ehr_desktop.services.kpi_template_files import ImportedTemplate, TemplateWorkbookRefused
from ehr_desktop.services.kpi_templates import SavedTemplate, TemplateRow, VersionRow
from ehr_desktop.services.progress import Progress
from ehr_desktop.services.vaults import UnlockedVault

_LEFT = Qt.AlignmentFlag.AlignLeft
_RIGHT = Qt.AlignmentFlag.AlignRight
_DISPLAY = Qt.ItemDataRole.DisplayRole
_TOOLTIP = Qt.ItemDataRole.ToolTipRole
_ALIGNMENT = Qt.ItemDataRole.TextAlignmentRole
WORKBOOK_FILTER = QT_TRANSLATE_NOOP("TemplatesPage", "Excel workbook (*.xlsx)")


# --- the templates ------------------------------------------------------------------------------


@dataclass(frozen=True)
class TemplateLine:
    row: TemplateRow
    scope: str  # where it applies, in words

    @property
    def id(self) -> int:
        return self.row.id


class TemplateColumn(IntEnum):
    CODE = 0
    NAME = 1
    VERSION = 2
    VERSIONS = 3
    FORMS = 4
    SCOPE = 5
    STATUS = 6


TEMPLATE_COLUMNS = {
    TemplateColumn.CODE: Column(QT_TRANSLATE_NOOP("TemplateTableModel", "Code"), QT_TRANSLATE_NOOP("TemplateTableModel", "The template's short code (also in its Excel workbook)"), _LEFT),
    TemplateColumn.NAME: Column(QT_TRANSLATE_NOOP("TemplateTableModel", "Name"), QT_TRANSLATE_NOOP("TemplateTableModel", "The template's name, as forms show it"), _LEFT),
    TemplateColumn.VERSION: Column(QT_TRANSLATE_NOOP("TemplateTableModel", "Version"), QT_TRANSLATE_NOOP("TemplateTableModel", "The latest version: new forms are made from it"), _RIGHT),
    TemplateColumn.VERSIONS: Column(QT_TRANSLATE_NOOP("TemplateTableModel", "Versions"), QT_TRANSLATE_NOOP("TemplateTableModel", "How many versions exist; each form keeps the version it was made with"), _RIGHT),
    TemplateColumn.FORMS: Column(QT_TRANSLATE_NOOP("TemplateTableModel", "Forms"), QT_TRANSLATE_NOOP("TemplateTableModel", "Appraisal forms made from any of its versions"), _RIGHT),
    TemplateColumn.SCOPE: Column(QT_TRANSLATE_NOOP("TemplateTableModel", "Applies to"), QT_TRANSLATE_NOOP("TemplateTableModel", "The departments, positions and grades whose employees get this template"), _LEFT),
    TemplateColumn.STATUS: Column(QT_TRANSLATE_NOOP("TemplateTableModel", "Status"), QT_TRANSLATE_NOOP("TemplateTableModel", "A retired template gives no new forms; forms that use it keep it"), _LEFT),
}  # fmt: skip


class TemplateTableModel(ListTableModel[TemplateLine]):
    CONTEXT = "TemplateTableModel"
    COLUMNS = TEMPLATE_COLUMNS
    HEADER_ALIGNMENT = True

    def row_value(self, row: TemplateLine) -> TemplateRow:
        return row.row

    def cell(self, line: TemplateLine, column: TemplateColumn, role: int) -> Any:
        row = line.row
        if role == SORT_ROLE:
            return {
                TemplateColumn.CODE: row.code,
                TemplateColumn.NAME: row.name,
                TemplateColumn.VERSION: row.version,
                TemplateColumn.VERSIONS: row.versions,
                TemplateColumn.FORMS: row.forms,
                TemplateColumn.SCOPE: line.scope,
                TemplateColumn.STATUS: int(row.retired),
            }[column]
        if role in (_DISPLAY, _TOOLTIP):
            locale = QLocale()
            return {
                TemplateColumn.CODE: row.code,
                TemplateColumn.NAME: row.name,
                TemplateColumn.VERSION: locale.toString(row.version),
                TemplateColumn.VERSIONS: locale.toString(row.versions),
                TemplateColumn.FORMS: locale.toString(row.forms),
                TemplateColumn.SCOPE: line.scope,
                TemplateColumn.STATUS: self.tr("Retired") if row.retired else self.tr("In use"),
            }[column]
        if role == _ALIGNMENT:
            return TEMPLATE_COLUMNS[column].alignment()
        if role == Qt.ItemDataRole.ForegroundRole and row.retired:
            return QGuiApplication.palette().color(QPalette.ColorRole.PlaceholderText)
        return None


class VersionColumn(IntEnum):
    NUMBER = 0
    SAVED = 1
    BY = 2
    FORMS = 3


VERSION_COLUMNS = {
    VersionColumn.NUMBER: Column(QT_TRANSLATE_NOOP("VersionTableModel", "Version"), QT_TRANSLATE_NOOP("VersionTableModel", "The version's number"), _RIGHT),
    VersionColumn.SAVED: Column(QT_TRANSLATE_NOOP("VersionTableModel", "Saved"), QT_TRANSLATE_NOOP("VersionTableModel", "When the version was saved"), _LEFT),
    VersionColumn.BY: Column(QT_TRANSLATE_NOOP("VersionTableModel", "By"), QT_TRANSLATE_NOOP("VersionTableModel", "Who saved it"), _LEFT),
    VersionColumn.FORMS: Column(QT_TRANSLATE_NOOP("VersionTableModel", "Forms"), QT_TRANSLATE_NOOP("VersionTableModel", "Forms made with this version; they keep it"), _RIGHT),
}  # fmt: skip


class VersionTableModel(ListTableModel[VersionRow]):
    CONTEXT = "VersionTableModel"
    COLUMNS = VERSION_COLUMNS
    HEADER_ALIGNMENT = True

    def cell(self, row: VersionRow, column: VersionColumn, role: int) -> Any:
        if role == SORT_ROLE:
            return {
                VersionColumn.NUMBER: row.number,
                VersionColumn.SAVED: row.created_at,
                VersionColumn.BY: row.created_by,
                VersionColumn.FORMS: row.forms,
            }[column]
        if role in (_DISPLAY, _TOOLTIP):
            locale = QLocale()
            return {
                VersionColumn.NUMBER: locale.toString(row.number),
                VersionColumn.SAVED: timestamp_text(row.created_at),
                VersionColumn.BY: row.created_by,
                VersionColumn.FORMS: locale.toString(row.forms),
            }[column]
        if role == _ALIGNMENT:
            return VERSION_COLUMNS[column].alignment()
        return None


class ProblemColumn(IntEnum):
    SHEET = 0
    ROW = 1
    COLUMN = 2
    PROBLEM = 3


PROBLEM_COLUMNS = {
    ProblemColumn.SHEET: Column(QT_TRANSLATE_NOOP("WorkbookProblemModel", "Sheet"), QT_TRANSLATE_NOOP("WorkbookProblemModel", "The workbook's sheet"), _LEFT),
    ProblemColumn.ROW: Column(QT_TRANSLATE_NOOP("WorkbookProblemModel", "Row"), QT_TRANSLATE_NOOP("WorkbookProblemModel", "The row number as Excel shows it"), _RIGHT),
    ProblemColumn.COLUMN: Column(QT_TRANSLATE_NOOP("WorkbookProblemModel", "Column"), QT_TRANSLATE_NOOP("WorkbookProblemModel", "The column letter and its header"), _LEFT),
    ProblemColumn.PROBLEM: Column(QT_TRANSLATE_NOOP("WorkbookProblemModel", "Problem"), QT_TRANSLATE_NOOP("WorkbookProblemModel", "What to correct"), _LEFT),
}  # fmt: skip


class WorkbookProblemModel(ListTableModel[WorkbookProblem]):
    CONTEXT = "WorkbookProblemModel"
    COLUMNS = PROBLEM_COLUMNS
    HEADER_ALIGNMENT = True

    def cell(self, problem: WorkbookProblem, column: ProblemColumn, role: int) -> Any:
        if role == SORT_ROLE and column == ProblemColumn.ROW:
            return problem.row or 0
        if role in (_DISPLAY, _TOOLTIP, SORT_ROLE):
            if column == ProblemColumn.SHEET:
                return problem.sheet
            if column == ProblemColumn.ROW:
                return QLocale().toString(problem.row) if problem.row is not None else ""
            if column == ProblemColumn.COLUMN:
                if problem.column and problem.header:
                    return f"{problem.column} · {problem.header}"
                return problem.column or problem.header
            if role == _TOOLTIP:
                return workbook_problem_text(problem)
            return workbook_problem_sentence(problem)
        if role == _ALIGNMENT:
            return PROBLEM_COLUMNS[column].alignment()
        return None


def export_instructions() -> list[str]:
    """The workbook's 说明 sheet, in the officer's language."""
    return [
        QCoreApplication.translate("TemplatesPage", "An appraisal template exported from EHR Desktop. Edit it in Excel or WPS and import it again: a template with the same code becomes its next version, and forms already made keep theirs."),
        QCoreApplication.translate("TemplatesPage", "The first row of each sheet is its header: keep the header words; add or remove rows freely."),
        QCoreApplication.translate("TemplatesPage", "Weights are percent of the whole appraisal: a dimension's weight equals the total of its indicators, and the dimensions total 100. Write 30, 30% or 0.3."),
        QCoreApplication.translate("TemplatesPage", "Write a dimension once, on the row of its first indicator (merged cells are fine)."),
        QCoreApplication.translate("TemplatesPage", "Bands are written achievement:score, highest first, separated by semicolons, for example 100:100; 90:80; 80:60; the score below every band as else:0."),
        QCoreApplication.translate("TemplatesPage", "A rating scale is written value=label:score, for example 1=Poor:0; 5=Excellent:100; level descriptions as 5=description."),
        QCoreApplication.translate("TemplatesPage", "Where the template applies (departments, positions, grades) is set in the app, not in the workbook."),
    ]  # fmt: skip


def keyword_language(locale: QLocale | None = None) -> str:
    locale = locale or QLocale()
    return "zh" if locale.language() == QLocale.Language.Chinese else "en"


# --- the page -------------------------------------------------------------------------------------


class TemplatesPage(QWidget):
    """The appraisal templates and their versions; `changed` after anything was saved."""

    changed = Signal()

    def __init__(
        self, vault: UnlockedVault, jobs: JobRunner, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._vault = vault
        self._jobs = jobs
        self._job: Job | None = None
        self._rows: list[TemplateRow] = []
        self._current_id: int | None = None
        self.last_error: BaseException | None = None

        layout = QVBoxLayout(self)
        self.toolbar = QToolBar()
        self.toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        layout.addWidget(self.toolbar)
        self.new_action = self._action("file-plus", self.tr("New template"), self.new_template)
        self.new_action.setShortcut(QKeySequence.StandardKey.New)
        self.new_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.edit_action = self._action("square-pen", self.tr("Edit"), self.edit_template)
        self.duplicate_action = self._action(
            "file-pen-line", self.tr("Duplicate"), self.duplicate_template
        )
        self.retire_action = self._action("archive", self.tr("Retire"), self.toggle_retired)
        self.import_action = self._action(
            "file-input", self.tr("Import from Excel…"), self.choose_import
        )
        self.export_action = self._action(
            "file-spreadsheet", self.tr("Export to Excel…"), self.choose_export
        )
        for action in (self.new_action, self.edit_action, self.duplicate_action):
            self.toolbar.addAction(action)
        self.toolbar.addAction(self.retire_action)
        self.toolbar.addSeparator()
        self.toolbar.addAction(self.import_action)
        self.toolbar.addAction(self.export_action)
        self.addAction(self.new_action)

        status_row = QHBoxLayout()
        self.status_label = QLabel()
        self.status_label.setWordWrap(True)
        status_row.addWidget(self.status_label, 1)
        self.progress_bar = QProgressBar()
        self.progress_bar.setRange(0, 0)
        self.progress_bar.setMaximumWidth(160)
        self.progress_bar.hide()
        status_row.addWidget(self.progress_bar)
        layout.addLayout(status_row)

        layout.addWidget(self._build_problems_box())

        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        self.show_retired_check = QCheckBox(self.tr("Show retired templates"))
        self.show_retired_check.toggled.connect(lambda _checked: self.refresh())
        left_layout.addWidget(self.show_retired_check)
        self.model = TemplateTableModel(self)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setSortRole(SORT_ROLE)
        self.view = QTableView()
        self.view.setModel(self.proxy)
        self.view.setSortingEnabled(True)
        self.view.sortByColumn(TemplateColumn.CODE, Qt.SortOrder.AscendingOrder)
        self.view.setAlternatingRowColors(True)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.verticalHeader().hide()
        self.view.setWordWrap(False)
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(TemplateColumn.SCOPE, QHeaderView.ResizeMode.Stretch)
        self.view.doubleClicked.connect(lambda _index: self.edit_template())
        self._on_enter(self.view, self.edit_template)
        self.view.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
        for action in (
            self.edit_action,
            self.duplicate_action,
            self.retire_action,
            self.export_action,
        ):
            self.view.addAction(action)
        self.view.selectionModel().currentRowChanged.connect(
            lambda _current, _previous: self._current_changed()
        )
        left_layout.addWidget(self.view, 1)

        self.details_stack = QStackedWidget()
        self.details_stack.addWidget(self._build_placeholder())
        self.details_stack.addWidget(self._build_details())
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(left)
        splitter.addWidget(self.details_stack)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        splitter.setChildrenCollapsible(False)
        layout.addWidget(splitter, 1)
        self.refresh()

    def _action(self, icon_name: str, text: str, slot: Callable[[], None]) -> QAction:
        action = QAction(icon(icon_name), text, self)
        action.triggered.connect(lambda _checked=False: slot())
        return action

    @staticmethod
    def _on_enter(view: QTableView, slot: Callable[[], None]) -> None:
        """Enter opens the current row, as a double-click does."""
        for key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            shortcut = QShortcut(QKeySequence(key), view)
            shortcut.setContext(Qt.ShortcutContext.WidgetShortcut)
            shortcut.activated.connect(slot)

    def _build_problems_box(self) -> QGroupBox:
        self.problems_box = QGroupBox()
        column = QVBoxLayout(self.problems_box)
        top = QHBoxLayout()
        self.problems_intro = QLabel()
        self.problems_intro.setWordWrap(True)
        set_role(self.problems_intro, "error")
        top.addWidget(self.problems_intro, 1)
        close = QPushButton(icon("x"), self.tr("Close"))
        close.clicked.connect(self.problems_box.hide)
        top.addWidget(close, 0, Qt.AlignmentFlag.AlignTop)
        column.addLayout(top)
        self.problems_model = WorkbookProblemModel(self)
        self.problems_view = QTableView()
        self.problems_view.setModel(self.problems_model)
        self.problems_view.setAlternatingRowColors(True)
        self.problems_view.setWordWrap(True)
        self.problems_view.verticalHeader().hide()
        self.problems_view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.problems_view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        header = self.problems_view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(ProblemColumn.PROBLEM, QHeaderView.ResizeMode.Stretch)
        column.addWidget(self.problems_view)
        self.problems_box.hide()
        return self.problems_box

    def _build_placeholder(self) -> QWidget:
        page = QWidget()
        column = QVBoxLayout(page)
        column.setContentsMargins(16, 16, 16, 16)
        self.placeholder_label = hint_label()
        column.addWidget(self.placeholder_label)
        buttons = QHBoxLayout()
        self.placeholder_new = QPushButton(icon("file-plus"), self.tr("New template…"))
        self.placeholder_new.clicked.connect(self.new_template)
        self.placeholder_import = QPushButton(icon("file-input"), self.tr("Import from Excel…"))
        self.placeholder_import.clicked.connect(self.choose_import)
        buttons.addWidget(self.placeholder_new)
        buttons.addWidget(self.placeholder_import)
        buttons.addStretch(1)
        column.addLayout(buttons)
        column.addStretch(1)
        return page

    def _build_details(self) -> QWidget:
        page = QWidget()
        column = QVBoxLayout(page)
        column.setContentsMargins(12, 0, 0, 0)
        self.name_label = title_label("")
        self.name_label.setWordWrap(True)
        column.addWidget(self.name_label)
        self.summary_label = QLabel()
        self.summary_label.setWordWrap(True)
        self.summary_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        column.addWidget(self.summary_label)
        self.scope_label = QLabel()
        self.scope_label.setWordWrap(True)
        column.addWidget(self.scope_label)
        history = QLabel(self.tr("Versions"))
        font = history.font()
        font.setBold(True)
        history.setFont(font)
        column.addSpacing(8)
        column.addWidget(history)
        column.addWidget(
            hint_label(
                self.tr(
                    "Each form keeps the version it was made with. Editing a version that forms use makes a new one."
                )
            )
        )
        self.versions_model = VersionTableModel(self)
        self.versions_view = QTableView()
        self.versions_view.setModel(self.versions_model)
        self.versions_view.setAlternatingRowColors(True)
        self.versions_view.verticalHeader().hide()
        self.versions_view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.versions_view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.versions_view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        header = self.versions_view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(VersionColumn.SAVED, QHeaderView.ResizeMode.Stretch)
        self.versions_view.doubleClicked.connect(lambda _index: self.view_version())
        self._on_enter(self.versions_view, self.view_version)
        column.addWidget(self.versions_view, 1)
        buttons = QHBoxLayout()
        self.view_version_button = QPushButton(icon("eye"), self.tr("View this version"))
        self.view_version_button.clicked.connect(self.view_version)
        self.export_version_button = QPushButton(
            icon("file-spreadsheet"), self.tr("Export this version…")
        )
        self.export_version_button.clicked.connect(
            lambda: self.choose_export(number=self.current_version_number())
        )
        buttons.addWidget(self.view_version_button)
        buttons.addWidget(self.export_version_button)
        buttons.addStretch(1)
        column.addLayout(buttons)
        return page

    # --- loading and selection ----------------------------------------------------------------

    def refresh(self) -> None:
        """Reloads the list, keeping the chosen template."""
        keep = self._current_id
        include = self.show_retired_check.isChecked()
        self._rows = kpi_templates.list_templates(self._vault, include_retired=include)
        paths = organization.paths(self._vault)
        positions = {p.id: p for p in organization.positions(self._vault, include_retired=True)}
        self.model.set_rows(
            [TemplateLine(row, scope_text(row.scope, paths, positions)) for row in self._rows]
        )
        self.select_template(keep)

    def select_template(self, template_id: int | None) -> None:
        row = self.model.row_of(template_id) if template_id is not None else -1
        selection = self.view.selectionModel()
        if row >= 0:
            index = self.proxy.mapFromSource(self.model.index(row, 0))
            selection.setCurrentIndex(
                index,
                QItemSelectionModel.SelectionFlag.ClearAndSelect
                | QItemSelectionModel.SelectionFlag.Rows,
            )
            self.view.scrollTo(index)
        elif self.proxy.rowCount():
            selection.setCurrentIndex(
                self.proxy.index(0, 0),
                QItemSelectionModel.SelectionFlag.ClearAndSelect
                | QItemSelectionModel.SelectionFlag.Rows,
            )
        else:
            selection.clear()
        self._current_changed()

    def current_row(self) -> TemplateRow | None:
        index = self.view.selectionModel().currentIndex()
        return index.data(ROW_ROLE) if index.isValid() else None

    def current_version_number(self) -> int | None:
        index = self.versions_view.selectionModel().currentIndex()
        if not index.isValid():
            return None
        row: VersionRow = index.data(ROW_ROLE)
        return row.number

    def _current_changed(self) -> None:
        row = self.current_row()
        self._current_id = row.id if row else None
        busy = self._job is not None
        for action in (self.edit_action, self.duplicate_action, self.export_action):
            action.setEnabled(row is not None and not busy)
        self.retire_action.setEnabled(row is not None and not busy)
        if row is not None and row.retired:
            self.retire_action.setText(self.tr("Bring back"))
            self.retire_action.setToolTip(self.tr("Offer this template to new forms again"))
        else:
            self.retire_action.setText(self.tr("Retire"))
            self.retire_action.setToolTip(
                self.tr("Offer this template to no new form; forms that use it keep it")
            )
        self.edit_action.setEnabled(row is not None and not row.retired and not busy)
        self._show_details(row)

    def _show_details(self, row: TemplateRow | None) -> None:
        if row is None:
            if self.model.rowCount() == 0 and not self.show_retired_check.isChecked():
                self.placeholder_label.setText(
                    self.tr(
                        "No appraisal templates yet. Create one with New template, or import one from an Excel workbook."
                    )
                )
                self.placeholder_new.show()
                self.placeholder_import.show()
            else:
                self.placeholder_label.setText(
                    self.tr("Choose a template on the left to see its versions.")
                )
                self.placeholder_new.hide()
                self.placeholder_import.hide()
            self.details_stack.setCurrentIndex(0)
            self.versions_model.set_rows([])
            return
        self.details_stack.setCurrentIndex(1)
        detail = kpi_templates.get_template(self._vault, row.id)
        template = detail.template
        locale = QLocale()
        self.name_label.setText(row.name)
        indicators = len(template.indicators)
        self.summary_label.setText(
            self.tr("Code {code} · latest version {number} · {dimensions} dimensions, {indicators} indicators · {forms} forms").format(
                code=row.code,
                number=locale.toString(row.version),
                dimensions=locale.toString(len(template.dimensions)),
                indicators=locale.toString(indicators),
                forms=locale.toString(row.forms),
            )
        )  # fmt: skip
        line = self.model.row_at(self.model.row_of(row.id))
        self.scope_label.setText(
            self.tr("Applies to: {scope}").format(scope=line.scope if line else "")
        )
        self.versions_model.set_rows(list(reversed(detail.versions)))
        if detail.versions:
            self.versions_view.selectRow(0)
        has_older = len(detail.versions) > 0
        self.view_version_button.setEnabled(has_older)
        self.export_version_button.setEnabled(has_older and self._job is None)

    # --- actions ------------------------------------------------------------------------------

    def _say(self, text: str, role: str = "") -> None:
        self.status_label.setText(text)
        set_role(self.status_label, role)

    def status_text(self) -> str:
        return self.status_label.text()

    def _saved(self, result: SavedTemplate | None, before: TemplateRow | None) -> None:
        if result is None:
            return
        self._current_id = result.template_id
        self.refresh()
        row = self.current_row()
        name = row.name if row else ""
        if not result.changed:
            self._say(self.tr("Nothing was changed in “{name}”.").format(name=name))
            return
        if before is not None and result.new_version and result.number > before.version:
            self._say(
                self.tr(
                    "“{name}” is saved as version {number}. The forms made with version {old} keep it; new forms get version {number}."
                ).format(name=name, number=result.number, old=before.version)
            )
        else:
            self._say(self.tr("“{name}” is saved.").format(name=name))
        self.changed.emit()

    def new_template(self) -> None:
        if self._job is None:
            self._saved(TemplateEditor.ask(self, self._vault), None)

    def edit_template(self) -> None:
        row = self.current_row()
        if row is None or row.retired or self._job is not None:
            return
        self._saved(TemplateEditor.ask(self, self._vault, row.id), row)

    def duplicate_template(self) -> None:
        row = self.current_row()
        if row is None or self._job is not None:
            return
        template = kpi_templates.get_template(self._vault, row.id).template
        codes = [r.code for r in kpi_templates.list_templates(self._vault, include_retired=True)]
        self._saved(TemplateEditor.ask(self, self._vault, start=copy_of(template, codes)), None)

    def view_version(self) -> None:
        row = self.current_row()
        number = self.current_version_number()
        if row is None or number is None:
            return
        TemplateEditor.ask(self, self._vault, row.id, number=number, read_only=True)

    def toggle_retired(self) -> None:
        row = self.current_row()
        if row is None or self._job is not None:
            return
        try:
            kpi_templates.retire_template(self._vault, row.id, retired=not row.retired)
        except EhrError as error:
            self._say(describe_kpi_error(error), "error")
            return
        if row.retired:
            self._say(self.tr("“{name}” is offered to new forms again.").format(name=row.name))
        else:
            self._say(
                self.tr(
                    "“{name}” is retired: it gives no new forms; forms that use it keep it. Tick Show retired templates to bring it back."
                ).format(name=row.name)
            )
            self._current_id = row.id if self.show_retired_check.isChecked() else None
        self.refresh()
        self.changed.emit()

    # --- Excel ----------------------------------------------------------------------------------

    def _start(
        self,
        work: Callable[[Progress], Any],
        on_success: Callable[[Any], None],
        on_error: Callable[[BaseException], None],
        busy_text: str,
    ) -> None:
        self.last_error = None
        self._set_busy(True, busy_text)

        def succeeded(value: Any) -> None:
            self._set_busy(False)
            on_success(value)

        def failed(error: BaseException) -> None:
            self._set_busy(False)
            self.last_error = error
            on_error(error)

        self._job = self._jobs.start(work, on_success=succeeded, on_error=failed)

    def _set_busy(self, busy: bool, text: str = "") -> None:
        if not busy:
            self._job = None
        self.progress_bar.setVisible(busy)
        for action in (self.new_action, self.import_action):
            action.setEnabled(not busy)
        self.placeholder_import.setEnabled(not busy)
        if busy:
            self._say(text)
            for action in (
                self.edit_action,
                self.duplicate_action,
                self.retire_action,
                self.export_action,
            ):
                action.setEnabled(False)
        else:
            self._current_changed()

    @property
    def running(self) -> bool:
        return self._job is not None

    def choose_import(self) -> None:
        name, _filter = QFileDialog.getOpenFileName(
            self,
            self.tr("Import an appraisal template"),
            "",
            QCoreApplication.translate("TemplatesPage", WORKBOOK_FILTER),
        )
        if name:
            self.import_workbook(Path(name))

    def import_workbook(self, path: Path) -> None:
        """Reads the workbook in the background and saves it as a template (or its next
        version); every problem is listed, by sheet, row and column, when it is refused."""
        if self._job is not None:
            return
        self.problems_box.hide()
        vault = self._vault

        def work(progress: Progress) -> ImportedTemplate:
            return kpi_template_files.import_template(vault, path)

        self._start(
            work,
            lambda imported: self._imported(path, imported),
            lambda error: self._import_failed(path, error),
            self.tr("Reading {file}…").format(file=path.name),
        )

    def _imported(self, path: Path, imported: ImportedTemplate) -> None:
        self._current_id = imported.template_id
        if not self.show_retired_check.isChecked():
            # A retired template imported again shows where it is.
            rows = kpi_templates.list_templates(self._vault, include_retired=True)
            if any(r.id == imported.template_id and r.retired for r in rows):
                self.show_retired_check.setChecked(True)
        self.refresh()
        row = self.current_row()
        name = row.name if row else ""
        if imported.created:
            text = self.tr("{file} is imported as the new template “{name}”.").format(
                file=path.name, name=name
            )
        elif not imported.changed:
            text = self.tr(
                "{file} holds exactly version {number} of “{name}”; nothing was changed."
            ).format(file=path.name, number=imported.version_number, name=name)
        else:
            text = self.tr(
                "{file} is imported as version {number} of “{name}”. Forms made with earlier versions keep theirs; where it applies stays as set here."
            ).format(file=path.name, number=imported.version_number, name=name)
        self._say(text)
        if imported.changed:
            self.changed.emit()

    def _import_failed(self, path: Path, error: BaseException) -> None:
        problems: list[WorkbookProblem] = []
        if isinstance(error, TemplateWorkbookRefused):
            problems = list(error.problems)
        elif getattr(error, "code", "") == "input.invalid":
            # Rules only the vault can check (an unknown department, a code in use…).
            problems = [
                WorkbookProblem(p.code, facts=dict(p.facts))
                for p in getattr(error, "facts", {}).get("problems", ())
            ]
        if not problems:
            self._say(
                self.tr("{file} was not imported: {reason}").format(
                    file=path.name, reason=describe_kpi_error(error)
                ),
                "error",
            )
            return
        self._say("")
        self.problems_model.set_rows(problems)
        self.problems_view.resizeRowsToContents()
        shown = sum(self.problems_view.rowHeight(n) for n in range(min(len(problems), 8)))
        frame = 2 * self.problems_view.frameWidth()
        self.problems_view.setFixedHeight(
            self.problems_view.horizontalHeader().sizeHint().height() + shown + frame
        )
        count = len(problems)
        if count == 1:
            intro = self.tr(
                "{file} was not imported: it has 1 problem. Correct it in Excel and import the file again. Nothing was changed."
            ).format(file=path.name)
        else:
            intro = self.tr(
                "{file} was not imported: it has {count} problems. Correct them in Excel and import the file again. Nothing was changed."
            ).format(file=path.name, count=QLocale().toString(count))
        self.problems_intro.setText(intro)
        self.problems_box.show()

    def import_problem_texts(self) -> list[str]:
        """The refusal as listed: one sentence with its place per problem."""
        return [workbook_problem_text(problem) for problem in self.problems_model.rows()]

    def choose_export(self, number: int | None = None) -> None:
        row = self.current_row()
        if row is None:
            return
        suggested = Path.home() / f"{row.code} {row.name}.xlsx"
        if number is not None and number != row.version:
            suggested = Path.home() / self.tr("{code} {name} version {number}.xlsx").format(
                code=row.code, name=row.name, number=number
            )
        name, _filter = QFileDialog.getSaveFileName(
            self,
            self.tr("Export the template to Excel"),
            str(suggested),
            QCoreApplication.translate("TemplatesPage", WORKBOOK_FILTER),
        )
        if name:
            self.export_workbook(Path(name), number=number)

    def export_workbook(self, path: Path, *, number: int | None = None) -> None:
        """Writes the chosen template (its latest version, or version `number`) in the
        background, with instructions and keywords in the officer's language."""
        row = self.current_row()
        if row is None or self._job is not None:
            return
        if path.suffix.lower() != ".xlsx":
            path = path.with_name(path.name + ".xlsx")
        vault, template_id = self._vault, row.id
        texts = TemplateTexts(export_instructions(), keyword_language())

        def work(progress: Progress) -> Path:
            kpi_template_files.export_template(vault, template_id, path, texts, number=number)
            return path

        self._start(
            work,
            lambda written: self._say(self.tr("Exported to {file}.").format(file=written.name)),
            lambda error: self._say(
                self.tr("The workbook could not be saved: {reason}").format(
                    reason=describe_kpi_error(error)
                ),
                "error",
            ),
            self.tr("Writing {file}…").format(file=path.name),
        )


__all__ = [
    "TemplateTableModel",
    "TemplatesPage",
    "VersionTableModel",
    "WorkbookProblemModel",
    "workbook_problem_text",
]
