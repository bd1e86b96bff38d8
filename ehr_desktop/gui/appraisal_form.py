"""The appraisal form editor (考核表): whose form it is and where it stands, each scorer's entries
per indicator with the scores computed as they are typed, bonuses/deductions/vetoes, the result
step by step, the workflow's moves, the log and the signed paper sheets."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from decimal import Decimal
from functools import partial
from pathlib import Path

from PySide6.QtCore import (
    QCoreApplication,
    QLocale,
    QModelIndex,
    QPoint,
    QSize,
    QSortFilterProxyModel,
    Qt,
    Signal,
)
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemDelegate,
    QAbstractItemView,
    QButtonGroup,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QFrame,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMenu,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QScrollArea,
    QSplitter,
    QTableView,
    QTabWidget,
    QToolBar,
    QToolTip,
    QVBoxLayout,
    QWidget,
)

from ehr_desktop.domain.errors import AttachmentTooLarge, EhrError, InvalidInput
from ehr_desktop.domain.kpi import (
    SCORER_AT,
    STAGES,
    FormResult,
    KpiRefused,
    Move,
    Scorer,
    Stage,
    Template,
)
from ehr_desktop.gui.appraisal_form_models import (
    SCORER_COLUMNS,
    SORT_ROLE,
    ItemColumn,
    ItemsModel,
    LogColumn,
    LogModel,
    SheetColumn,
    SheetDelegate,
    SheetModel,
    SheetsColumn,
    SheetsModel,
    editing_view_triggers,
    local_result,
    number_text,
    percent_text,
    score_text,
)
from ehr_desktop.gui.employee_picker import EmployeePicker
from ehr_desktop.gui.formats import date_text
from ehr_desktop.gui.icons import icon
from ehr_desktop.gui.labels import choices, label
from ehr_desktop.gui.messages import (
    SENTENCES,
    describe,
    describe_kpi,
    describe_kpi_error,
    describe_problem,
)
from ehr_desktop.gui.reason_dialog import ReasonDialog
from ehr_desktop.gui.roles import error_label, hint_label, role_label, set_role, title_label
from ehr_desktop.gui.worker import JobRunner
from ehr_desktop.services import attachments, employees, kpi_forms
from ehr_desktop.services.kpi_forms import FormDetail, FormRow
from ehr_desktop.services.kpi_store import CycleState, ItemKind, Provenance, ProvidedVia
from ehr_desktop.services.vaults import UnlockedVault

__all__ = [
    "AppraisalFormView",
    "ResultPanel",
    "ReasonDialog",
    "ReviewerDialog",
    "SendBackDialog",
]

_STAGE_TONES = {
    Stage.DRAFT: "muted",
    Stage.FINALIZED: "ok",
    Stage.ARCHIVED: "muted",
}
_OFFICER_STAGES = frozenset({Stage.HR_REVIEW, Stage.FINALIZED})


def _set_text(widget: QLabel, text: str) -> None:
    widget.setText(text)
    widget.setVisible(bool(text))


def _configure(view: QTableView, *, sortable: bool = False) -> None:
    view.setAlternatingRowColors(True)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setWordWrap(False)
    view.verticalHeader().hide()
    view.verticalHeader().setDefaultSectionSize(int(view.fontMetrics().height() * 1.6))
    header = view.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    header.setStretchLastSection(True)
    header.setHighlightSections(False)
    if sortable:
        view.setSortingEnabled(True)
        header.setSortIndicatorShown(True)


# --- small dialogs ------------------------------------------------------------------------------


class SendBackDialog(QDialog):
    """Sends a form back to an earlier step; the comment tells the person what to redo."""

    def __init__(
        self,
        vault: UnlockedVault,
        form_id: int,
        name: str,
        targets: Sequence[Stage],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.vault = vault
        self.form_id = form_id
        self.setWindowTitle(self.tr("Send back"))
        layout = QVBoxLayout(self)
        intro = QLabel(
            self.tr("Send the appraisal form of {name} back to an earlier step.").format(name=name)
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        form = QFormLayout()
        self.target_combo = QComboBox()
        for stage in sorted(targets, key=STAGES.index, reverse=True):
            self.target_combo.addItem(label("kpi_stage", stage.value), stage.value)
        form.addRow(self.tr("Back to"), self.target_combo)
        self.comment_edit = QPlainTextEdit()
        self.comment_edit.setTabChangesFocus(True)
        self.comment_edit.setPlaceholderText(self.tr("What should be done again, and why"))
        self.comment_edit.setFixedHeight(self.fontMetrics().height() * 4)
        holder = QWidget()
        column = QVBoxLayout(holder)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(2)
        column.addWidget(self.comment_edit)
        self.comment_error = error_label()
        self.comment_error.hide()
        column.addWidget(self.comment_error)
        column.addWidget(hint_label(self.tr("The comment is kept in the form's log.")))
        caption = QLabel(self.tr("Comment *"))
        caption.setBuddy(self.comment_edit)
        form.addRow(caption, holder)
        layout.addLayout(form)
        self.error_label = error_label()
        self.error_label.hide()
        layout.addWidget(self.error_label)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Send back"))
        self.buttons.accepted.connect(self._save_clicked)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(self.fontMetrics().averageCharWidth() * 64)
        self.comment_edit.setFocus()

    def choose_target(self, stage: Stage) -> None:
        self.target_combo.setCurrentIndex(self.target_combo.findData(stage.value))

    def field_error(self) -> str:
        return self.comment_error.text() if not self.comment_error.isHidden() else ""

    def submit(self) -> bool:
        """Sends the form back; False (with the reason shown) when refused."""
        _set_text(self.comment_error, "")
        _set_text(self.error_label, "")
        target = Stage(self.target_combo.currentData())
        try:
            kpi_forms.send_back_form(
                self.vault, self.form_id, target, self.comment_edit.toPlainText()
            )
        except KpiRefused as refusal:
            where = self.comment_error if refusal.rule == "comment_required" else self.error_label
            _set_text(where, describe_kpi_error(refusal))
            if where is self.comment_error:
                self.comment_edit.setFocus()
            return False
        except EhrError as error:
            _set_text(self.error_label, describe(error))
            return False
        return True

    def _save_clicked(self) -> None:
        if self.submit():
            self.accept()

    @classmethod
    def ask(
        cls,
        parent: QWidget | None,
        vault: UnlockedVault,
        form_id: int,
        name: str,
        targets: Sequence[Stage],
    ) -> bool:
        """True when the form was sent back."""
        dialog = cls(vault, form_id, name, targets, parent)
        try:
            return dialog.exec() == QDialog.DialogCode.Accepted
        finally:
            dialog.deleteLater()


class ReviewerDialog(QDialog):
    """Who reviews the form as manager: the default (the employee's supervisor, else the
    department head) or someone chosen. A finalized form's change needs a reason."""

    def __init__(
        self,
        vault: UnlockedVault,
        row: FormRow,
        parent: QWidget | None = None,
        *,
        reason_needed: bool = False,
        reason: str = "",
    ) -> None:
        super().__init__(parent)
        self.vault = vault
        self.row = row
        self.setWindowTitle(self.tr("Change reviewer"))
        layout = QVBoxLayout(self)
        if row.reviewer:
            intro_text = self.tr("{reviewer} reviews the appraisal of {name}.").format(
                reviewer=row.reviewer, name=row.name
            )
        else:
            intro_text = self.tr("The appraisal of {name} has no reviewer.").format(name=row.name)
        intro = QLabel(intro_text)
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.default_radio = QRadioButton(
            self.tr("The &default: the employee's supervisor, else the department head")
        )
        self.other_radio = QRadioButton(self.tr("Someone &else"))
        group = QButtonGroup(self)
        group.addButton(self.default_radio)
        group.addButton(self.other_radio)
        layout.addWidget(self.default_radio)
        layout.addWidget(self.other_radio)
        self.picker = EmployeePicker(vault)
        layout.addWidget(self.picker, 1)
        self.picker_error = error_label()
        self.picker_error.hide()
        layout.addWidget(self.picker_error)
        self.reason_edit: QPlainTextEdit | None = None
        self.reason_error = error_label()
        self.reason_error.hide()
        if reason_needed:
            form = QFormLayout()
            self.reason_edit = QPlainTextEdit(reason)
            self.reason_edit.setTabChangesFocus(True)
            self.reason_edit.setFixedHeight(self.fontMetrics().height() * 3)
            holder = QWidget()
            column = QVBoxLayout(holder)
            column.setContentsMargins(0, 0, 0, 0)
            column.setSpacing(2)
            column.addWidget(self.reason_edit)
            column.addWidget(self.reason_error)
            form.addRow(self.tr("Reason *"), holder)
            layout.addWidget(hint_label(describe_kpi("form_locked")))
            layout.addLayout(form)
        self.error_label = error_label()
        self.error_label.hide()
        layout.addWidget(self.error_label)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self._save_clicked)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        QShortcut(QKeySequence.StandardKey.Save, self, activated=self._save_clicked)
        self.other_radio.toggled.connect(self._choice_changed)
        if row.reviewer_by_hand and row.reviewer_id is not None:
            self.other_radio.setChecked(True)
            self.picker.search(row.reviewer)
            if not self.picker.choose(row.reviewer_id):
                self.picker.search("")
        else:
            self.default_radio.setChecked(True)
            self.picker.run_search()
        self._choice_changed()
        self.setMinimumWidth(self.fontMetrics().averageCharWidth() * 70)

    def _choice_changed(self, *_args) -> None:
        self.picker.setEnabled(self.other_radio.isChecked())

    def choose_someone_else(self, employee_id: int | None = None) -> bool:
        self.other_radio.setChecked(True)
        return employee_id is None or self.picker.choose(employee_id)

    def submit(self) -> bool:
        for widget in (self.picker_error, self.reason_error, self.error_label):
            _set_text(widget, "")
        reviewer_id = self.picker.chosen_employee_id if self.other_radio.isChecked() else None
        if self.other_radio.isChecked() and reviewer_id is None:
            _set_text(self.picker_error, self.tr("Choose an employee from the list."))
            return False
        reason = self.reason_edit.toPlainText().strip() if self.reason_edit is not None else ""
        try:
            kpi_forms.set_reviewer(self.vault, self.row.id, reviewer_id, reason=reason)
        except KpiRefused as refusal:
            where = {
                "reason_required": self.reason_error,
                "reviewer_is_employee": self.picker_error,
            }.get(refusal.rule, self.error_label)
            _set_text(where, describe_kpi_error(refusal))
            return False
        except EhrError as error:
            _set_text(self.error_label, describe(error))
            return False
        return True

    def _save_clicked(self) -> None:
        if self.submit():
            self.accept()

    @classmethod
    def ask(
        cls,
        parent: QWidget | None,
        vault: UnlockedVault,
        row: FormRow,
        *,
        reason_needed: bool = False,
        reason: str = "",
    ) -> bool:
        """True when another reviewer was saved."""
        dialog = cls(vault, row, parent, reason_needed=reason_needed, reason=reason)
        try:
            return dialog.exec() == QDialog.DialogCode.Accepted
        finally:
            dialog.deleteLater()


# --- the result, step by step -------------------------------------------------------------------


class ResultPanel(QGroupBox):
    """How the score comes about: each scorer's total and the weight it counts with (shared
    out again when one is missing), bonus, deduction, veto, the score before rounding, the
    final score and grade."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Result"))
        layout = QVBoxLayout(self)
        self.scorers = QGridLayout()
        self.scorers.setHorizontalSpacing(12)
        self.scorers.setVerticalSpacing(2)
        for column, text in enumerate((self.tr("Total"), self.tr("Weight"), self.tr("Counts"))):
            heading = hint_label(text)
            heading.setAlignment(Qt.AlignmentFlag.AlignRight)
            self.scorers.addWidget(heading, 0, column + 1)
        self.scorer_labels: dict[Scorer, tuple[QLabel, QLabel, QLabel, QLabel]] = {}
        for position, scorer in enumerate(Scorer, start=1):
            cells = (QLabel(label("kpi_scorer", scorer.value)), QLabel(), QLabel(), QLabel())
            for column, cell in enumerate(cells):
                if column:
                    cell.setAlignment(Qt.AlignmentFlag.AlignRight)
                self.scorers.addWidget(cell, position, column)
            self.scorer_labels[scorer] = cells
        self.scorers.setColumnStretch(0, 1)
        layout.addLayout(self.scorers)
        self.weights_note = hint_label()
        layout.addWidget(self.weights_note)
        line = QFrame()
        line.setFrameShape(QFrame.Shape.HLine)
        line.setFrameShadow(QFrame.Shadow.Sunken)
        layout.addWidget(line)
        steps = QFormLayout()
        steps.setLabelAlignment(Qt.AlignmentFlag.AlignLeft)
        steps.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.combined_label = self._value()
        self.bonus_label = self._value()
        self.deduction_label = self._value()
        self.veto_label = self._value()
        self.veto_label.setWordWrap(True)
        self.unrounded_label = self._value()
        self.final_label = self._value()
        font = self.final_label.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.6)
        self.final_label.setFont(font)
        self.grade_label = role_label("", "badge", wrap=False)
        self.grade_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        grade_row = QHBoxLayout()
        grade_row.addStretch(1)
        grade_row.addWidget(self.grade_label)
        steps.addRow(self.tr("Weighted total"), self.combined_label)
        steps.addRow(self.tr("Bonus"), self.bonus_label)
        steps.addRow(self.tr("Deduction"), self.deduction_label)
        steps.addRow(self.tr("Veto"), self.veto_label)
        steps.addRow(self.tr("Before rounding"), self.unrounded_label)
        steps.addRow(self.tr("Final score"), self.final_label)
        steps.addRow(self.tr("Grade"), grade_row)
        layout.addLayout(steps)
        self.steps = steps
        self.saved_label = hint_label()
        layout.addWidget(self.saved_label)
        layout.addStretch(1)

    @staticmethod
    def _value() -> QLabel:
        value = QLabel()
        value.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        return value

    def show_result(
        self,
        template: Template,
        result: FormResult | None,
        incomplete: Sequence[Scorer],
        saved: str = "",
    ) -> None:
        """Shows the steps of `result` (None or no combined score: nothing to score yet)."""
        for value, shown in (
            (self.bonus_label, template.bonuses),
            (self.deduction_label, template.deductions),
            (self.veto_label, template.vetoes),
        ):
            self.steps.setRowVisible(value, bool(shown))
        weights_used = result.weights_used if result is not None else {}
        absent = []
        for scorer, (name, total, weight, used) in self.scorer_labels.items():
            template_weight = template.scorer_weights.get(scorer, Decimal(0))
            sheet = result.sheets.get(scorer) if result is not None else None
            counts = template_weight > 0 or sheet is not None
            for cell in (name, total, weight, used):
                cell.setVisible(counts)
            total.setText(number_text(sheet.total) if sheet is not None else "—")
            weight.setText(percent_text(template_weight))
            if scorer in weights_used:
                used.setText(percent_text(weights_used[scorer]))
                used.setToolTip("")
            else:
                used.setText("—")
                why = (
                    self.tr("Not every indicator has an entry yet.")
                    if scorer in incomplete
                    else self.tr("No entries yet.")
                )
                used.setToolTip(why)
                if template_weight > 0:
                    absent.append(label("kpi_scorer", scorer.value))
        if absent and weights_used:
            note = self.tr(
                "{scorers}: not counted yet, so the other weights are scaled up to make 100 %."
            ).format(scorers=QLocale().createSeparatedList(absent))
        elif not weights_used:
            note = self.tr(
                "No scorer has entered every indicator yet, so there is no score. Partial sheets do not count."
            )
        else:
            note = ""
        _set_text(self.weights_note, note)
        if result is None or result.combined is None:
            for value in (
                self.combined_label,
                self.bonus_label,
                self.deduction_label,
                self.veto_label,
                self.unrounded_label,
                self.final_label,
            ):
                value.setText("—")
                value.setToolTip("")
            self.grade_label.setText("—")
            set_role(self.veto_label, "")
        else:
            self.combined_label.setText(number_text(result.combined, 4))
            self._show_items(template, result)
            self.unrounded_label.setText(number_text(result.unrounded, 6))
            self.final_label.setText(score_text(result.final))
            self.grade_label.setText(result.grade or "—")
        _set_text(self.saved_label, saved)

    def _show_items(self, template: Template, result: FormResult | None) -> None:
        if result is None:
            return
        bonus = f"+{number_text(result.bonus, 4)}" if result.bonus else "0"
        if result.bonus_claimed != result.bonus:
            self.bonus_label.setToolTip(
                self.tr("{claimed} points given; at most {bound} count in total.").format(
                    claimed=number_text(result.bonus_claimed, 4),
                    bound=number_text(template.max_total_bonus),
                )
            )
            bonus = self.tr("{counted} (capped)").format(counted=bonus)
        else:
            self.bonus_label.setToolTip("")
        self.bonus_label.setText(bonus)
        deduction = f"−{number_text(result.deduction, 4)}" if result.deduction else "0"
        if result.deduction_claimed != result.deduction:
            self.deduction_label.setToolTip(
                self.tr("{claimed} points given; at most {bound} count in total.").format(
                    claimed=number_text(result.deduction_claimed, 4),
                    bound=number_text(template.max_total_deduction),
                )
            )
            deduction = self.tr("{counted} (capped)").format(counted=deduction)
        else:
            self.deduction_label.setToolTip("")
        self.deduction_label.setText(deduction)
        if not result.vetoes:
            self.veto_label.setText(self.tr("None"))
            self.veto_label.setToolTip("")
            set_role(self.veto_label, "")
            return
        names = {veto.key: veto.name for veto in template.vetoes}
        triggered = QLocale().createSeparatedList([names.get(k, k) for k in result.vetoes])
        if result.veto_applied:
            text = self.tr("{vetoes}: at most {cap}").format(
                vetoes=triggered, cap=number_text(result.veto_cap)
            )
            set_role(self.veto_label, "error")
        else:
            text = self.tr("{vetoes} (the score is below {cap} anyway)").format(
                vetoes=triggered, cap=number_text(result.veto_cap)
            )
            set_role(self.veto_label, "")
        self.veto_label.setText(text)
        self.veto_label.setToolTip(text)


# --- the editor ---------------------------------------------------------------------------------


class AppraisalFormView(QWidget):
    """One appraisal form, opened in a tab of the Appraisals area.

    Entries are checked where they are typed and the result recomputed at once (the domain's
    own scoring, on screen only); Save hands them to the services, with how they reached the
    officer. Moves follow the workflow's legal ones; a finalized form is changed only after a
    reason is given, and the change lands in the log."""

    changed = Signal()  # something was saved: lists showing this form refresh
    title_changed = Signal(str)
    print_requested = Signal(int, int)  # (cycle id, form id): the Reports area prints it

    def __init__(
        self,
        vault: UnlockedVault,
        form_id: int,
        jobs: JobRunner | None = None,
        parent: QWidget | None = None,
        *,
        today: dt.date | None = None,
    ) -> None:
        super().__init__(parent)
        self._vault = vault
        self.form_id = form_id
        self._jobs = jobs
        self._today = today
        self._detail: FormDetail | None = None
        self._change_reason: str | None = None  # given before changing a finalized form
        self._attaching = False
        self._column_choice: dict[SheetColumn, bool] = {}  # shown or hidden by the officer

        self.sheet_model = SheetModel(self)
        self.items_model = ItemsModel(self)
        self.log_model = LogModel(self)
        self.sheets_model = SheetsModel(self)

        self.tabs = QTabWidget()
        self.tabs.setDocumentMode(True)
        self.tabs.addTab(self._build_sheet_tab(), icon("clipboard-check"), self.tr("Scores"))
        self.tabs.addTab(
            self._build_items_tab(), icon("award"), self.tr("Bonuses, deductions, vetoes")
        )
        self.tabs.addTab(self._build_log_tab(), icon("history"), self.tr("Log"))
        self.tabs.addTab(self._build_sheets_tab(), icon("paperclip"), self.tr("Signed sheets"))
        self.result_panel = ResultPanel()
        result_scroll = QScrollArea()
        result_scroll.setWidgetResizable(True)
        result_scroll.setFrameShape(QFrame.Shape.NoFrame)
        result_scroll.setWidget(self.result_panel)
        result_scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        result_scroll.setMinimumWidth(self.fontMetrics().averageCharWidth() * 44)
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.addWidget(self.tabs)
        self.splitter.addWidget(result_scroll)
        self.splitter.setStretchFactor(0, 1)
        self.splitter.setStretchFactor(1, 0)
        self.splitter.setCollapsible(0, False)

        layout = QVBoxLayout(self)
        layout.addWidget(self._build_header())
        layout.addWidget(self.splitter, 1)
        layout.addLayout(self._build_footer())

        save = QShortcut(QKeySequence.StandardKey.Save, self)
        save.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        save.activated.connect(self.save_changes)
        cancel = QShortcut(QKeySequence(Qt.Key.Key_Escape), self)
        cancel.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        cancel.activated.connect(self._escape)

        self.sheet_model.edited.connect(self._edited)
        self.items_model.edited.connect(self._edited)
        self.sheet_model.refused.connect(self._sheet_refused)
        self.items_model.refused.connect(self._item_refused)
        self._load()  # a form that does not exist (any more) raises NotFound to the caller

    # --- public -----------------------------------------------------------------------------

    @property
    def vault(self) -> UnlockedVault:
        return self._vault

    @vault.setter
    def vault(self, vault: UnlockedVault) -> None:
        """After an automatic lock the same view continues with the newly unlocked vault."""
        self._vault = vault

    @property
    def detail(self) -> FormDetail | None:
        return self._detail

    def request_print(self) -> bool:
        """The sheet shows what is saved, so unsaved entries are saved first (or left out)."""
        if self._detail is None:
            return False
        if self.has_unsaved_changes():
            answer = QMessageBox.question(
                self,
                self.tr("Print appraisal sheet"),
                self.tr(
                    "The sheet shows what is saved. Save your changes first, or print the form "
                    "as it was last saved?"
                ),
                QMessageBox.StandardButton.Save
                | QMessageBox.StandardButton.Ignore
                | QMessageBox.StandardButton.Cancel,
            )
            if answer == QMessageBox.StandardButton.Cancel:
                return False
            if answer == QMessageBox.StandardButton.Save and not self.save_changes():
                return False
        self.print_requested.emit(self._detail.row.cycle_id, self.form_id)
        return True

    def title(self) -> str:
        if self._detail is None:
            return ""
        return f"{self._detail.row.name} · {self._detail.row.cycle}"

    def has_unsaved_changes(self) -> bool:
        return self.sheet_model.is_dirty() or self.items_model.is_dirty()

    def reload(self) -> None:
        """Re-reads the form; unsaved entries stay as typed."""
        try:
            self._load(keep_edits=True)
        except EhrError as error:
            self._show_error(describe(error))

    def discard_changes(self) -> None:
        """Back to what is saved; a change of a finalized form ends (it is locked again)."""
        self._close_editors()
        self.sheet_model.revert()
        self.items_model.revert()
        if self._change_reason is not None:
            self._change_reason = None
            if self._detail is not None:
                self._apply_state(self._detail)
        self._show_error("")
        self._refresh_result()

    def may_close(self) -> bool:
        """Asks once when there are unsaved changes; False when the officer wants to stay."""
        if not self.has_unsaved_changes():
            return True
        answer = QMessageBox.question(
            self,
            self.tr("Close appraisal form"),
            self.tr("This appraisal form has changes that are not saved. Save them first?"),
            QMessageBox.StandardButton.Save
            | QMessageBox.StandardButton.Discard
            | QMessageBox.StandardButton.Cancel,
        )
        if answer == QMessageBox.StandardButton.Cancel:
            return False
        if answer == QMessageBox.StandardButton.Save:
            return self.save_changes()
        self.discard_changes()
        return True

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt override
        if event.spontaneous() and not self.may_close():
            event.ignore()
            return
        super().closeEvent(event)

    def save_changes(self) -> bool:
        """Saves the entries, comments and items; False when something was refused (the
        sentence is shown, the entries stay as typed)."""
        detail = self._detail
        if detail is None:
            return False
        self._commit_editors()
        if not self.has_unsaved_changes():
            return True
        reason = ""
        if detail.row.stage == Stage.FINALIZED:
            if self._change_reason is None and not self.start_change():
                return False
            reason = self._change_reason or ""
        via = ProvidedVia(self.via_combo.currentData())
        self._show_error("")
        saved_any = False
        try:
            for scorer, (values, comments) in self.sheet_model.changes().items():
                kpi_forms.enter_inputs(
                    self._vault,
                    self.form_id,
                    scorer,
                    values,
                    provenance=Provenance(via),
                    comments=comments,
                    reason=reason,
                )
                saved_any = True
            for kind, (item_values, item_comments) in self.items_model.changes().items():
                kpi_forms.set_items(
                    self._vault,
                    self.form_id,
                    kind,
                    item_values,
                    comments=item_comments,
                    via=via,
                    reason=reason,
                )
                saved_any = True
        except EhrError as error:
            # What was saved before the refusal stays saved; saving again sends only the
            # rest (the services skip values that did not change).
            self._show_error(describe_kpi_error(error))
            if saved_any:
                self.changed.emit()
            return False
        self._change_reason = None
        self._load()
        self.changed.emit()
        return True

    # --- workflow ---------------------------------------------------------------------------

    def advance(self) -> bool:
        """Sends the form on to the next step (finalizes it from HR review); unsaved entries
        are saved first."""
        if not self._settle():
            return False
        try:
            kpi_forms.advance_form(self._vault, self.form_id)
        except EhrError as error:
            self._show_error(describe_kpi_error(error))
            return False
        self._after_change()
        return True

    def send_back(self) -> bool:
        detail = self._detail
        if detail is None or not self._settle():
            return False
        targets = [s for s, move in detail.moves.items() if move == Move.SEND_BACK]
        if not targets or not SendBackDialog.ask(
            self, self._vault, self.form_id, detail.row.name, targets
        ):
            return False
        self._after_change()
        return True

    def reopen(self) -> bool:
        detail = self._detail
        if detail is None or not self._settle():
            return False
        vault, form_id = self._vault, self.form_id
        reason = ReasonDialog.ask(
            self,
            self.tr("Reopen the form"),
            self.tr(
                "The form goes back to HR review, where its entries can change again. The reason is kept in the form's log."
            ),
            lambda text: kpi_forms.reopen_form(vault, form_id, text),
            button_text=self.tr("Reopen"),
        )
        if reason is None:
            return False
        self._after_change()
        return True

    def start_change(self) -> bool:
        """Asks why a finalized form is changed; entries may change once a reason is given."""
        detail = self._detail
        if detail is None or detail.row.stage != Stage.FINALIZED:
            return False
        if self._change_reason is not None:
            return True
        reason = ReasonDialog.ask(
            self,
            self.tr("Change a finalized form"),
            self.tr(
                "This form is finalized. Say why it changes: every change is kept in the form's log with the old and the new value and this reason."
            ),
            button_text=self.tr("Change"),
        )
        if reason is None:
            return False
        self._change_reason = reason
        self._apply_state(detail)
        return True

    def change_reviewer(self) -> bool:
        detail = self._detail
        if detail is None:
            return False
        finalized = detail.row.stage == Stage.FINALIZED
        if not ReviewerDialog.ask(
            self,
            self._vault,
            detail.row,
            reason_needed=finalized,
            reason=self._change_reason or "",
        ):
            return False
        self._after_change()
        return True

    def attach_signed_sheet(self) -> None:
        """Asks for the scan of the signed paper sheet and keeps it with the form."""
        path_text, _filter = QFileDialog.getOpenFileName(
            self,
            self.tr("Attach the signed sheet"),
            "",
            self.tr(
                "Scans and documents (*.pdf *.png *.jpg *.jpeg *.tif *.tiff *.bmp *.webp *.ofd);;All files (*)"
            ),
        )
        if path_text:
            self.attach_file(Path(path_text))

    def attach_file(self, path: Path) -> None:
        """Attaches a file as the signed sheet (in the background when a job runner is given)."""
        if self._attaching:
            return
        vault, form_id = self._vault, self.form_id

        def work(_progress=None) -> int:
            content = attachments.read_file(path)
            return kpi_forms.attach_signed_sheet(vault, form_id, path.name, content)

        self._show_sheets_error("")
        if self._jobs is None:
            try:
                work()
            except (EhrError, OSError) as error:
                self._attach_failed(error)
                return
            self._attached()
            return
        self._attaching = True
        self.attach_action.setEnabled(False)
        self.attach_button.setEnabled(False)
        self._jobs.start(work, on_success=self._attached, on_error=self._attach_failed)

    def _attached(self, *_result) -> None:
        self._attaching = False
        self.attach_action.setEnabled(True)
        self.attach_button.setEnabled(True)
        self.reload()
        self.tabs.setCurrentWidget(self.sheets_tab)
        self.changed.emit()

    def _attach_failed(self, error: BaseException) -> None:
        self._attaching = False
        self.attach_action.setEnabled(True)
        self.attach_button.setEnabled(True)
        if isinstance(error, AttachmentTooLarge):
            sentence = QCoreApplication.translate("Messages", SENTENCES["attachment.too_large"])
            text = sentence.format(
                limit_mb=error.facts.get("limit_mb", ""), path=error.facts.get("path", "")
            )
        elif isinstance(error, InvalidInput):
            text = "\n".join(describe_problem(p) for p in error.facts.get("problems", []))
        elif isinstance(error, OSError):
            text = self.tr(
                "The file could not be read. Check that it is still there and try again."
            )
        else:
            text = describe(error)
        self.tabs.setCurrentWidget(self.sheets_tab)
        self._show_sheets_error(text)

    # --- header -----------------------------------------------------------------------------

    def _build_header(self) -> QWidget:
        header = QWidget()
        self.name_label = title_label("")
        self.name_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.stage_badge = role_label("", "badge", wrap=False)
        self.number_label = hint_label()
        self.number_label.setWordWrap(False)
        self.actions_bar = QToolBar()
        self.actions_bar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.actions_bar.setIconSize(QSize(16, 16) * max(1.0, self.fontMetrics().height() / 16))
        self.advance_action = QAction(icon("circle-check"), self.tr("Send on"), self)
        self.advance_action.triggered.connect(self.advance)
        self.send_back_action = QAction(icon("undo-2"), self.tr("Send back…"), self)
        self.send_back_action.setToolTip(
            self.tr("Back to an earlier step, with a comment saying what to redo")
        )
        self.send_back_action.triggered.connect(self.send_back)
        self.reopen_action = QAction(icon("lock-open"), self.tr("Reopen…"), self)
        self.reopen_action.setToolTip(self.tr("Back to HR review, with a reason"))
        self.reopen_action.triggered.connect(self.reopen)
        self.change_action = QAction(icon("square-pen"), self.tr("Correct entries…"), self)
        self.change_action.setToolTip(
            self.tr("Correct entries of this finalized form; the reason is asked first")
        )
        self.change_action.triggered.connect(self.start_change)
        self.attach_action = QAction(icon("paperclip"), self.tr("Attach signed sheet…"), self)
        self.attach_action.setToolTip(
            self.tr("Keep the scan of the signed paper sheet with the form")
        )
        self.attach_action.triggered.connect(self.attach_signed_sheet)
        self.print_action = QAction(icon("printer"), self.tr("Print…"), self)
        self.print_action.setToolTip(
            self.tr("Preview and print this appraisal sheet, with signature lines (Ctrl+P)")
        )
        self.print_action.setShortcut(QKeySequence.StandardKey.Print)
        self.print_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.print_action.triggered.connect(self.request_print)
        self.addAction(self.print_action)
        for action in (
            self.advance_action,
            self.send_back_action,
            self.reopen_action,
            self.change_action,
            self.attach_action,
            self.print_action,
        ):
            self.actions_bar.addAction(action)

        name_row = QHBoxLayout()
        name_row.addWidget(self.name_label)
        name_row.addWidget(self.stage_badge)
        name_row.addWidget(self.number_label)
        name_row.addStretch(1)
        name_row.addWidget(self.actions_bar)

        self.facts_label = QLabel()
        self.facts_label.setWordWrap(True)
        self.reviewer_label = QLabel()
        self.reviewer_button = QPushButton(self.tr("Change…"))
        self.reviewer_button.setToolTip(self.tr("Choose who reviews this form as manager"))
        self.reviewer_button.setFlat(True)
        self.reviewer_button.clicked.connect(self.change_reviewer)
        self.due_label = QLabel()
        reviewer_row = QHBoxLayout()
        reviewer_row.setSpacing(6)
        reviewer_row.addWidget(self.reviewer_label)
        reviewer_row.addWidget(self.reviewer_button)
        reviewer_row.addSpacing(self.fontMetrics().averageCharWidth() * 3)
        reviewer_row.addWidget(self.due_label)
        reviewer_row.addStretch(1)
        self.state_label = hint_label()
        self.header_error = error_label()
        self.header_error.hide()

        column = QVBoxLayout(header)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(2)
        column.addLayout(name_row)
        column.addWidget(self.facts_label)
        column.addLayout(reviewer_row)
        column.addWidget(self.state_label)
        column.addWidget(self.header_error)
        return header

    def _show_header(self, detail: FormDetail) -> None:
        row = detail.row
        self.name_label.setText(row.name)
        self.number_label.setText(row.employee_no)
        self.stage_badge.setText(label("kpi_stage", row.stage.value))
        self.stage_badge.setProperty("tone", _STAGE_TONES.get(row.stage, "soon"))
        set_role(self.stage_badge, "badge")
        version = self.tr("{template}, version {version}").format(
            template=row.template, version=row.template_version
        )
        facts = [row.department, row.cycle, version]
        if row.excluded:
            facts.append(self.tr("excluded from the cycle"))
        self.facts_label.setText(" · ".join(part for part in facts if part))
        if not row.reviewer:
            reviewer = self.tr("Reviewer: none")
        elif row.reviewer_by_hand:
            reviewer = self.tr("Reviewer: {0} (chosen by hand)").format(row.reviewer)
        else:
            reviewer = self.tr("Reviewer: {0}").format(row.reviewer)
        self.reviewer_label.setText(reviewer)
        if row.due is None or row.stage not in SCORER_AT:
            _set_text(self.due_label, "")
        elif row.overdue:
            self.due_label.setText(
                self.tr("Overdue: {stage} was due on {date}").format(
                    stage=label("kpi_stage", row.stage.value), date=date_text(row.due)
                )
            )
            set_role(self.due_label, "error")
            self.due_label.show()
        else:
            self.due_label.setText(
                self.tr("{stage} due on {date}").format(
                    stage=label("kpi_stage", row.stage.value), date=date_text(row.due)
                )
            )
            set_role(self.due_label, "")
            self.due_label.show()

    def _open_for_changes(self, detail: FormDetail) -> bool:
        row = detail.row
        return (
            detail.cycle_state == CycleState.OPEN
            and not row.excluded
            and row.stage != Stage.ARCHIVED
        )

    def _apply_state(self, detail: FormDetail) -> None:
        """What may change now, the moves offered, and a line saying why when nothing may."""
        row = detail.row
        stage = row.stage
        changeable = self._open_for_changes(detail)
        finalized = stage == Stage.FINALIZED
        unlocked = changeable and (not finalized or self._change_reason is not None)
        scorers = (
            {s for at, s in SCORER_AT.items() if STAGES.index(stage) >= STAGES.index(at)}
            if unlocked
            else set()
        )
        self.sheet_model.set_editable(scorers, locked=finalized)
        self.items_model.set_editable(unlocked)
        self.via_combo.setEnabled(unlocked)
        self.reviewer_button.setEnabled(changeable)

        moves = detail.moves
        advance = next((t for t, m in moves.items() if m == Move.ADVANCE), None)
        self.advance_action.setVisible(advance is not None)
        if advance == Stage.FINALIZED:
            self.advance_action.setText(self.tr("Finalize"))
            self.advance_action.setToolTip(
                self.tr("Lock the result; later changes need a reason and are recorded")
            )
        elif advance is not None:
            self.advance_action.setText(
                self.tr("Send on to {stage}").format(stage=label("kpi_stage", advance.value))
            )
            self.advance_action.setToolTip(self.tr("The next step of the appraisal"))
        self.send_back_action.setVisible(Move.SEND_BACK in moves.values())
        self.reopen_action.setVisible(Move.REOPEN in moves.values())
        self.change_action.setVisible(changeable and finalized and self._change_reason is None)

        if detail.cycle_state != CycleState.OPEN:
            state = describe_kpi("cycle_not_open")
        elif row.excluded:
            state = describe_kpi("form_excluded")
        elif stage == Stage.ARCHIVED:
            state = describe_kpi("form_archived")
        elif finalized and self._change_reason is None:
            state = self.tr(
                "This form is finalized. To correct an entry, use “Correct entries…”: the reason is asked first, and every change is recorded."
            )
        elif finalized:
            state = self.tr("Changing a finalized form. Reason: {reason}").format(
                reason=self._change_reason
            )
        elif stage == Stage.DRAFT:
            state = self.tr(
                "A draft: scores are entered from the self-assessment on. Send the form on when the sheets go out."
            )
        else:
            editable = [label("kpi_scorer", s.value) for s in Scorer if s in scorers]
            state = self.tr("Entries of {scorers} can be made now.").format(
                scorers=QLocale().createSeparatedList(editable)
            )
        self.state_label.setText(state)
        self._show_scorer_columns(detail.template)
        self._size_sheet_columns()

    # --- the sheet --------------------------------------------------------------------------

    def _build_sheet_tab(self) -> QWidget:
        tab = QWidget()
        self.sheet_view = QTableView()
        self.sheet_view.setModel(self.sheet_model)
        _configure(self.sheet_view)
        self.sheet_view.setItemDelegate(SheetDelegate(self.sheet_view))
        self.sheet_view.setEditTriggers(editing_view_triggers())
        header = self.sheet_view.horizontalHeader()
        header.setStretchLastSection(False)
        header.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        header.customContextMenuRequested.connect(self._sheet_header_menu)
        header.setToolTip(self.tr("Right-click to show or hide columns"))
        self.sheet_error = error_label()
        self.sheet_error.hide()
        layout = QVBoxLayout(tab)
        layout.setContentsMargins(0, 4, 0, 0)
        layout.addWidget(self.sheet_view, 1)
        layout.addWidget(self.sheet_error)
        return tab

    def _show_scorer_columns(self, template: Template) -> None:
        """Each counting scorer's entry and score; comments of the scorer whose step it is and
        of those who commented (the header's menu shows or hides any column)."""
        detail = self._detail
        stage = detail.row.stage if detail is not None else Stage.DRAFT
        current = SCORER_AT.get(stage, Scorer.HR if stage == Stage.FINALIZED else None)
        editable = self.sheet_model.editable_scorers()
        for scorer, (entry, score, comment) in SCORER_COLUMNS.items():
            counts = template.scorer_weights.get(scorer, Decimal(0)) > 0
            shown = counts or self.sheet_model.has_entries(scorer)
            commented = self.sheet_model.has_comments(scorer)
            wanted = {
                entry: shown,
                score: shown,
                comment: shown and (commented or (scorer == current and scorer in editable)),
            }
            for column, visible in wanted.items():
                self.sheet_view.setColumnHidden(
                    column, not self._column_choice.get(column, visible)
                )

    def _sheet_header_menu(self, point: QPoint) -> None:
        header = self.sheet_view.horizontalHeader()
        menu = QMenu(self)
        for column in SheetColumn:
            if column in (SheetColumn.DIMENSION, SheetColumn.INDICATOR):
                continue  # what a row is about stays in view
            text = self.sheet_model.headerData(column, Qt.Orientation.Horizontal)
            action = menu.addAction(text)
            action.setCheckable(True)
            action.setChecked(not self.sheet_view.isColumnHidden(column))
            action.toggled.connect(partial(self._choose_column, column))
        menu.exec(header.mapToGlobal(point))

    def _choose_column(self, column: SheetColumn, shown: bool) -> None:
        self._column_choice[column] = shown
        self.sheet_view.setColumnHidden(column, not shown)

    def _size_sheet_columns(self) -> None:
        view = self.sheet_view
        view.clearSpans()
        for first, count in self.sheet_model.dimension_spans():
            if count > 1:
                view.setSpan(first, SheetColumn.DIMENSION, count, 1)
        for row in self.sheet_model.sum_rows():
            view.setSpan(row, SheetColumn.DIMENSION, 1, 2)
        view.resizeColumnsToContents()
        char = view.fontMetrics().averageCharWidth()
        # Long texts are cut (their tooltips hold all of them); entries and scores never are.
        widest = {
            SheetColumn.DIMENSION: 12,
            SheetColumn.INDICATOR: 18,
            SheetColumn.STANDARD: 20,
            SheetColumn.RULE: 16,
            SheetColumn.TARGET: 12,
        }
        for column, chars in widest.items():
            view.setColumnWidth(column, min(view.columnWidth(column), char * chars))
        header = view.horizontalHeader()
        for entry, _score, comment in SCORER_COLUMNS.values():
            view.setColumnWidth(entry, max(view.columnWidth(entry), char * 9))
            # Room for a few words, never less than the header.
            width = min(view.columnWidth(comment), char * 24)
            title = str(self.sheet_model.headerData(comment, Qt.Orientation.Horizontal))
            needed = header.fontMetrics().horizontalAdvance(title) + char * 3
            view.setColumnWidth(comment, max(width, needed, char * 12))

    def _sheet_refused(self, row: int, column: int, sentence: str) -> None:
        index = self.sheet_model.index(row, column)
        indicator = self.sheet_model.row_at(row).indicator
        scorer_column = SheetColumn(column)
        scorer = next(s for s, cols in SCORER_COLUMNS.items() if scorer_column in cols)
        where = f"{label('kpi_scorer', scorer.value)} · {indicator.name if indicator else ''}"
        text = self.tr("{where}: {why}").format(where=where, why=sentence)
        self._refused_at(self.sheet_view, index, self.sheet_error, text, sentence)

    def _item_refused(self, row: int, column: int, sentence: str) -> None:
        index = self.items_model.index(row, column)
        item = self.items_model.row_at(row)
        text = self.tr("{where}: {why}").format(where=item.name if item else "", why=sentence)
        self._refused_at(self.items_view, index, self.items_error, text, sentence)

    def _refused_at(
        self, view: QTableView, index: QModelIndex, error: QLabel, text: str, sentence: str
    ) -> None:
        """Says where it was typed why an entry was refused: under the table and at the cell."""
        _set_text(error, text)
        view.setCurrentIndex(index)
        if view.isVisible():
            rect = view.visualRect(index)
            QToolTip.showText(view.viewport().mapToGlobal(rect.bottomLeft()), sentence, view)

    # --- bonuses, deductions, vetoes --------------------------------------------------------

    def _build_items_tab(self) -> QWidget:
        tab = QWidget()
        self.items_view = QTableView()
        self.items_view.setModel(self.items_model)
        _configure(self.items_view)
        self.items_view.setEditTriggers(editing_view_triggers())
        self.items_bounds = hint_label()
        self.items_empty = hint_label(
            self.tr("The form's template has no bonuses, deductions or vetoes.")
        )
        self.items_error = error_label()
        self.items_error.hide()
        layout = QVBoxLayout(tab)
        layout.setContentsMargins(0, 4, 0, 0)
        layout.addWidget(self.items_bounds)
        layout.addWidget(self.items_empty)
        layout.addWidget(self.items_view, 1)
        layout.addWidget(self.items_error)
        return tab

    def _show_items(self, template: Template) -> None:
        has_items = bool(template.bonuses or template.deductions or template.vetoes)
        self.items_empty.setVisible(not has_items)
        self.items_view.setVisible(has_items)
        bounds = []
        if template.bonuses:
            bounds.append(
                self.tr("Bonuses count at most {0} points in total.").format(
                    number_text(template.max_total_bonus)
                )
            )
        if template.deductions:
            bounds.append(
                self.tr("Deductions count at most {0} points in total.").format(
                    number_text(template.max_total_deduction)
                )
            )
        if template.vetoes:
            bounds.append(self.tr("A veto that applies caps the final score."))
        _set_text(self.items_bounds, " ".join(bounds))
        self.items_view.resizeColumnsToContents()
        char = self.items_view.fontMetrics().averageCharWidth()
        for column, chars in ((ItemColumn.STANDARD, 30), (ItemColumn.ITEM, 16)):
            self.items_view.setColumnWidth(
                column, min(self.items_view.columnWidth(column), char * chars)
            )
        self.items_view.setColumnWidth(
            ItemColumn.POINTS, max(self.items_view.columnWidth(ItemColumn.POINTS), char * 12)
        )

    # --- log and signed sheets --------------------------------------------------------------

    def _build_log_tab(self) -> QWidget:
        tab = QWidget()
        self.log_view = QTableView()
        proxy_model = _sorted(self.log_model, self)
        self.log_view.setModel(proxy_model)
        _configure(self.log_view, sortable=True)
        self.log_view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.log_view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.log_view.sortByColumn(LogColumn.WHEN, Qt.SortOrder.DescendingOrder)
        self.log_empty = hint_label(self.tr("Nothing recorded for this form yet."))
        layout = QVBoxLayout(tab)
        layout.setContentsMargins(0, 4, 0, 0)
        layout.addWidget(self.log_empty)
        layout.addWidget(self.log_view, 1)
        return tab

    def _build_sheets_tab(self) -> QWidget:
        self.sheets_tab = QWidget()
        self.sheets_view = QTableView()
        self.sheets_view.setModel(_sorted(self.sheets_model, self))
        _configure(self.sheets_view, sortable=True)
        self.sheets_view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.sheets_view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.sheets_view.sortByColumn(SheetsColumn.ADDED, Qt.SortOrder.DescendingOrder)
        self.attach_button = QPushButton(icon("paperclip"), self.tr("Attach signed sheet…"))
        self.attach_button.clicked.connect(self.attach_signed_sheet)
        self.sheets_empty = hint_label(
            self.tr(
                "No signed sheet yet. Attach the scan of the paper sheet once it is signed; it is also kept in the employee's file."
            )
        )
        self.sheets_error = error_label()
        self.sheets_error.hide()
        row = QHBoxLayout()
        row.addWidget(self.sheets_empty, 1)
        row.addWidget(self.attach_button, 0, Qt.AlignmentFlag.AlignTop)
        layout = QVBoxLayout(self.sheets_tab)
        layout.setContentsMargins(0, 4, 0, 0)
        layout.addLayout(row)
        layout.addWidget(self.sheets_view, 1)
        layout.addWidget(self.sheets_error)
        return self.sheets_tab

    def _show_sheets_error(self, text: str) -> None:
        _set_text(self.sheets_error, text)

    # --- footer -----------------------------------------------------------------------------

    def _build_footer(self) -> QVBoxLayout:
        self.via_combo = QComboBox()
        for code, word in choices("kpi_provided_via"):
            self.via_combo.addItem(word, code)
        self.via_combo.setToolTip(
            self.tr("How the entries saved now reached you; kept with each entry")
        )
        via_label = QLabel(self.tr("Entries came as:"))
        via_label.setBuddy(self.via_combo)
        self.error_label = error_label()
        self.error_label.hide()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.save_button = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        self.cancel_button = self.buttons.button(QDialogButtonBox.StandardButton.Cancel)
        self.save_button.setToolTip(self.tr("Save the entries (Ctrl+S)"))
        self.cancel_button.setToolTip(self.tr("Undo the changes not saved yet (Esc)"))
        self.save_button.clicked.connect(self.save_changes)
        self.cancel_button.clicked.connect(self.discard_changes)
        row = QHBoxLayout()
        row.addWidget(via_label)
        row.addWidget(self.via_combo)
        row.addStretch(1)
        row.addWidget(self.buttons)
        footer = QVBoxLayout()
        footer.addWidget(self.error_label)
        footer.addLayout(row)
        return footer

    def _show_error(self, text: str) -> None:
        _set_text(self.error_label, text)

    # --- loading and editing ----------------------------------------------------------------

    def _load(self, *, keep_edits: bool = False) -> None:
        detail = kpi_forms.get_form(self._vault, self.form_id, today=self._today)
        self._detail = detail
        if detail.row.stage != Stage.FINALIZED:
            self._change_reason = None
        if not (keep_edits and self.has_unsaved_changes()):
            self.sheet_model.load(detail.template, detail.inputs)
            self.items_model.load(detail.template, detail.items)
            default_via = (
                ProvidedVia.OFFICER if detail.row.stage in _OFFICER_STAGES else ProvidedVia.PAPER
            )
            self.via_combo.setCurrentIndex(self.via_combo.findData(default_via.value))
            _set_text(self.sheet_error, "")
            _set_text(self.items_error, "")
        people = {
            value
            for entry in detail.log
            for value in (entry.old, entry.new)
            if isinstance(value, int)
        }
        names = employees.names(self._vault, sorted(people)) if people else {}
        self.log_model.set_log(detail.log, detail.template, names)
        self.log_empty.setVisible(not detail.log)
        self.log_view.resizeColumnsToContents()
        self.sheets_model.set_rows(detail.attachments)
        self.sheets_empty.setVisible(not detail.attachments)
        self.sheets_view.resizeColumnsToContents()
        self.tabs.setTabText(
            self.tabs.indexOf(self.sheets_tab),
            self.tr("Signed sheets ({0})").format(len(detail.attachments))
            if detail.attachments
            else self.tr("Signed sheets"),
        )
        self._show_header(detail)
        self._apply_state(detail)
        self._show_items(detail.template)
        self._refresh_result()
        self.setWindowTitle(self.title())
        self.title_changed.emit(self.title())

    def _edited(self) -> None:
        if self.sender() is self.sheet_model:
            _set_text(self.sheet_error, "")
        else:
            _set_text(self.items_error, "")
        self._refresh_result()

    def _refresh_result(self) -> None:
        detail = self._detail
        if detail is None:
            return
        template = detail.template
        result, incomplete = local_result(
            template,
            self.sheet_model.sheets(),
            self.items_model.points(ItemKind.BONUS),
            self.items_model.points(ItemKind.DEDUCTION),
            self.items_model.vetoes(),
        )
        dirty = self.has_unsaved_changes()
        saved = ""
        row = detail.row
        if dirty:
            saved_score = detail.computed_score
            saved = (
                self.tr("Not saved yet. Saved score: {score} ({grade})").format(
                    score=score_text(saved_score), grade=detail.computed_grade or "—"
                )
                if saved_score is not None
                else self.tr("Not saved yet. No score saved so far.")
            )
        if row.calibrated:
            calibrated = self.tr(
                "Calibrated to {score} ({grade}): this is the result that counts."
            ).format(score=score_text(row.score), grade=row.grade or "—")
            saved = f"{saved}\n{calibrated}" if saved else calibrated
        self.result_panel.show_result(template, result, incomplete, saved)
        self.save_button.setEnabled(dirty)
        self.cancel_button.setEnabled(dirty or self._change_reason is not None)

    def _commit_editors(self) -> None:
        """An entry still open in its editor is taken before saving (as leaving the cell would)."""
        for view in (self.sheet_view, self.items_view):
            editor = view.indexWidget(view.currentIndex())
            if editor is not None:
                view.commitData(editor)
                view.closeEditor(editor, QAbstractItemDelegate.EndEditHint.NoHint)

    def _close_editors(self) -> None:
        for view in (self.sheet_view, self.items_view):
            editor = view.indexWidget(view.currentIndex())
            if editor is not None:
                view.closeEditor(editor, QAbstractItemDelegate.EndEditHint.RevertModelCache)

    def _escape(self) -> None:
        for view in (self.sheet_view, self.items_view):
            if view.state() == QAbstractItemView.State.EditingState:
                self._close_editors()
                return
        if self.has_unsaved_changes() or self._change_reason is not None:
            self.discard_changes()

    def _settle(self) -> bool:
        """Before a move: unsaved entries are saved first (a refusal stops the move)."""
        self._commit_editors()
        return not self.has_unsaved_changes() or self.save_changes()

    def _after_change(self) -> None:
        self._show_error("")
        self.reload()
        self.changed.emit()

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt override
        return QSize(self.fontMetrics().averageCharWidth() * 160, self.fontMetrics().height() * 40)


def _sorted(model: SheetsModel | LogModel, parent: QWidget) -> QSortFilterProxyModel:
    proxy = QSortFilterProxyModel(parent)
    proxy.setSourceModel(model)
    proxy.setSortRole(SORT_ROLE)
    return proxy
