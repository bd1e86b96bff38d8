"""The appraisal form editor (entries checked where typed, the result recomputed as they are
typed, workflow moves with their comments and reasons, the log) and the appraisals tab of the
employee file."""

from __future__ import annotations

import datetime as dt
import re
from decimal import Decimal

import pytest
from PySide6.QtCore import QItemSelectionModel, Qt
from PySide6.QtWidgets import QComboBox, QLineEdit, QMessageBox

from ehr_desktop.domain.kpi import Actual, Rating, Scorer, Stage
from ehr_desktop.gui.appraisal_form import AppraisalFormView, ReasonDialog, SendBackDialog
from ehr_desktop.gui.appraisal_form_models import (
    ItemColumn,
    ItemsModel,
    LogColumn,
    LogModel,
    SheetModel,
    local_result,
    score_text,
)
from ehr_desktop.gui.appraisal_history import ResultColumn
from ehr_desktop.gui.employee_file import EmployeeFileView, FileTab
from ehr_desktop.gui.labels import label
from ehr_desktop.gui.messages import describe_kpi
from ehr_desktop.services import kpi_forms, kpi_results
from ehr_desktop.services.kpi_forms import FormFilter
from ehr_desktop.services.kpi_store import CycleState, ItemKind, LogKind, ProvidedVia

TODAY = dt.date(2026, 11, 27)  # the demo vault's day (tests/conftest.py DEMO_TODAY)
EDITABLE_AT = {
    Stage.DRAFT: set(),
    Stage.SELF_ASSESSMENT: {Scorer.SELF},
    Stage.MANAGER_REVIEW: {Scorer.SELF, Scorer.MANAGER},
    Stage.HR_REVIEW: {Scorer.SELF, Scorer.MANAGER, Scorer.HR},
    Stage.FINALIZED: set(),  # until a reason is given
    Stage.ARCHIVED: set(),
}


@pytest.fixture
def forms(filled_vault):
    return kpi_forms.list_forms(filled_vault, FormFilter(include_excluded=True), today=TODAY)


def _form(vault, forms, stage: Stage, template: str | None = None, *, open_cycle: bool = True):
    for row in forms:
        if row.stage != stage or (template and not row.template.startswith(template)):
            continue
        state = kpi_forms.get_form(vault, row.id, today=TODAY).cycle_state
        if (state == CycleState.OPEN) == open_cycle:
            return row
    pytest.skip(f"the demo vault has no {stage} form of {template}")


def _open(qtbot, vault, form_id: int) -> AppraisalFormView:
    view = AppraisalFormView(vault, form_id, today=TODAY)
    qtbot.addWidget(view)
    view.resize(1366, 768)
    view.show()
    return view


def _editable(view: AppraisalFormView) -> set[Scorer]:
    model = view.sheet_model
    indicator = model.template.indicators[0]
    return {
        scorer
        for scorer in Scorer
        if model.flags(model.index_of(scorer, indicator.key)) & Qt.ItemFlag.ItemIsEditable
    }


@pytest.mark.parametrize("stage", list(Stage))
def test_the_form_opens_in_every_stage_with_only_the_reached_scorers_editable(
    qtbot, filled_vault, forms, stage
):
    row = _form(filled_vault, forms, stage, open_cycle=stage != Stage.ARCHIVED)
    view = _open(qtbot, filled_vault, row.id)
    assert view.stage_badge.text() == label("kpi_stage", stage.value)
    assert view.name_label.text() == row.name
    assert row.template in view.facts_label.text()
    assert _editable(view) == EDITABLE_AT[stage]
    assert not view.has_unsaved_changes() and not view.save_button.isEnabled()
    moves = kpi_forms.get_form(filled_vault, row.id).moves
    assert view.advance_action.isVisible() == (Stage.FINALIZED != stage != Stage.ARCHIVED)
    assert view.reopen_action.isVisible() == (stage == Stage.FINALIZED)
    assert view.send_back_action.isVisible() == any(m.value == "send_back" for m in moves.values())
    assert view.change_action.isVisible() == (stage == Stage.FINALIZED)
    if stage == Stage.ARCHIVED:
        assert view.state_label.text() == describe_kpi("cycle_not_open")
    # The stored score and the one computed on screen agree.
    if row.score is not None and not row.calibrated:
        assert view.result_panel.final_label.text() == score_text(row.score)


def test_the_overdue_deadline_is_shown_in_red(qtbot, filled_vault, forms):
    overdue = next((r for r in forms if r.overdue), None)
    if overdue is None:
        pytest.skip("no overdue form in the demo vault")
    view = _open(qtbot, filled_vault, overdue.id)
    assert view.due_label.property("role") == "error"
    assert view.due_label.isVisibleTo(view)


def test_a_manager_rating_updates_the_final_score_before_saving(qtbot, filled_vault, forms):
    # Given a form in manager review on the all-ratings template, without manager entries
    row = _form(filled_vault, forms, Stage.MANAGER_REVIEW, "通用")
    view = _open(qtbot, filled_vault, row.id)
    model = view.sheet_model
    indicators = model.template.indicators
    before = view.result_panel.final_label.text()
    # When the manager's ratings are chosen, the first through the combo box editor
    first = model.index_of(Scorer.MANAGER, indicators[0].key)
    view.sheet_view.setCurrentIndex(first)
    view.sheet_view.edit(first)
    combo = view.sheet_view.indexWidget(first)
    assert isinstance(combo, QComboBox)
    assert combo.itemText(combo.findData(4)).startswith("4 · ")
    combo.setCurrentIndex(combo.findData(4))
    combo.activated.emit(combo.currentIndex())
    assert model.entry(Scorer.MANAGER, indicators[0].key) == Rating(4)
    for indicator in indicators[1:]:
        assert model.setData(model.index_of(Scorer.MANAGER, indicator.key), 2)
    # Then the result follows at once, computed as the domain computes it
    expected, _incomplete = local_result(model.template, model.sheets(), {}, {}, ())
    shown = view.result_panel.final_label.text()
    assert shown == score_text(expected.final) != before
    assert view.result_panel.grade_label.text() == expected.grade
    assert view.has_unsaved_changes() and view.save_button.isEnabled()
    assert kpi_forms.get_form(filled_vault, row.id).computed_score == row.score  # not saved yet
    # And saving stores the same score the screen showed
    with qtbot.waitSignal(view.changed):
        assert view.save_changes()
    saved = kpi_forms.get_form(filled_vault, row.id)
    assert saved.computed_score == Decimal(shown)
    manager = [e for e in saved.inputs if e.scorer == Scorer.MANAGER]
    assert len(manager) == len(indicators)
    assert {e.provided_via for e in manager} == {ProvidedVia.PAPER}
    assert not view.has_unsaved_changes()


def test_text_in_a_numeric_actual_is_refused_where_typed_and_nothing_is_saved(
    qtbot, filled_vault, forms
):
    row = _form(filled_vault, forms, Stage.MANAGER_REVIEW, "销售")
    view = _open(qtbot, filled_vault, row.id)
    model = view.sheet_model
    revenue = next(i for i in model.template.indicators if i.key == "revenue")
    index = model.index_of(Scorer.MANAGER, revenue.key)
    view.sheet_view.setCurrentIndex(index)
    view.sheet_view.edit(index)
    editor = view.sheet_view.indexWidget(index)
    assert isinstance(editor, QLineEdit)
    editor.setText("about a hundred")
    qtbot.keyClick(editor, Qt.Key.Key_Return)  # the delegate commits on the next event loop turn
    qtbot.waitUntil(lambda: not view.sheet_error.isHidden())
    assert describe_kpi("not_a_number") in view.sheet_error.text()
    assert revenue.name in view.sheet_error.text()
    assert model.entry(Scorer.MANAGER, revenue.key) is None
    assert not view.has_unsaved_changes() and not view.save_button.isEnabled()
    stored = kpi_forms.get_form(filled_vault, row.id)
    assert not [e for e in stored.inputs if e.scorer == Scorer.MANAGER]
    # A number is taken (full-width digits too) and clears the message
    assert model.setData(index, "１１０.5")
    assert model.entry(Scorer.MANAGER, revenue.key) == Actual(Decimal("110.5"))
    assert view.sheet_error.isHidden()


def test_a_rating_outside_the_scale_and_points_above_the_bound_are_refused(
    qtbot, filled_vault, forms
):
    row = _form(filled_vault, forms, Stage.HR_REVIEW, "销售")
    view = _open(qtbot, filled_vault, row.id)
    model = view.sheet_model
    index = model.index_of(Scorer.HR, "service")
    assert not model.setData(index, 9)
    assert describe_kpi("rating_outside_scale") in view.sheet_error.text()
    items = view.items_model
    bonus = items.index_of(ItemKind.BONUS, "big_deal")
    assert not items.setData(bonus, "9")
    assert view.items_error.text().endswith(describe_kpi("points_out_of_range", {"limit": "5"}))
    assert items.setData(bonus, "3")
    assert view.result_panel.bonus_label.text() == "+3"
    veto = items.index_of(ItemKind.VETO, "misconduct")
    assert items.setData(veto, Qt.CheckState.Checked.value, Qt.ItemDataRole.CheckStateRole)
    assert view.result_panel.final_label.text() == "0.00"
    assert view.result_panel.veto_label.property("role") == "error"
    assert view.save_changes()
    saved = kpi_forms.get_form(filled_vault, row.id)
    assert {(i.kind, i.key) for i in saved.items} >= {
        (ItemKind.BONUS, "big_deal"),
        (ItemKind.VETO, "misconduct"),
    }
    assert saved.computed_score == Decimal("0.00")


def test_sending_back_needs_a_comment(qtbot, filled_vault, forms):
    row = _form(filled_vault, forms, Stage.MANAGER_REVIEW)
    dialog = SendBackDialog(filled_vault, row.id, row.name, [Stage.DRAFT, Stage.SELF_ASSESSMENT])
    qtbot.addWidget(dialog)
    assert dialog.target_combo.currentData() == Stage.SELF_ASSESSMENT.value  # the latest first
    assert dialog.submit() is False
    assert dialog.field_error() == describe_kpi("comment_required")
    assert kpi_forms.get_form(filled_vault, row.id).row.stage == Stage.MANAGER_REVIEW
    dialog.comment_edit.setPlainText("Sales figures missing: fill in the self-assessment again")
    assert dialog.submit() is True
    detail = kpi_forms.get_form(filled_vault, row.id)
    assert detail.row.stage == Stage.SELF_ASSESSMENT
    assert detail.log[-1].kind == LogKind.SEND_BACK
    assert detail.log[-1].note.startswith("Sales figures missing")


def test_the_view_sends_back_through_the_dialog_and_shows_the_new_step(
    qtbot, filled_vault, forms, monkeypatch
):
    row = _form(filled_vault, forms, Stage.HR_REVIEW)
    view = _open(qtbot, filled_vault, row.id)
    offered = []

    def fake_ask(parent, vault, form_id, name, targets):
        offered.extend(targets)
        kpi_forms.send_back_form(vault, form_id, Stage.MANAGER_REVIEW, "Rate the teamwork again")
        return True

    monkeypatch.setattr(SendBackDialog, "ask", fake_ask)
    with qtbot.waitSignal(view.changed):
        assert view.send_back()
    assert set(offered) == {Stage.DRAFT, Stage.SELF_ASSESSMENT, Stage.MANAGER_REVIEW}
    assert view.stage_badge.text() == label("kpi_stage", "manager_review")
    assert _editable(view) == EDITABLE_AT[Stage.MANAGER_REVIEW]
    entries = [view.log_model.row_at(n) for n in range(view.log_model.rowCount())]
    assert any(e.kind == LogKind.SEND_BACK and e.note == "Rate the teamwork again" for e in entries)


def test_send_on_and_reopen_needs_a_reason(qtbot, filled_vault, forms, monkeypatch):
    row = _form(filled_vault, forms, Stage.SELF_ASSESSMENT)
    view = _open(qtbot, filled_vault, row.id)
    assert view.advance_action.text() == view.tr("Send on to {stage}").format(
        stage=label("kpi_stage", "manager_review")
    )
    with qtbot.waitSignal(view.changed):
        assert view.advance()
    assert kpi_forms.get_form(filled_vault, row.id).row.stage == Stage.MANAGER_REVIEW

    finalized = _form(filled_vault, forms, Stage.FINALIZED)
    dialog = ReasonDialog(
        "Reopen", "", lambda text: kpi_forms.reopen_form(filled_vault, finalized.id, text)
    )
    qtbot.addWidget(dialog)
    assert dialog.submit() is False
    assert dialog.field_error() == describe_kpi("reason_required")
    dialog.reason_edit.setPlainText("The manager's sheet was typed from the wrong employee")
    assert dialog.submit() is True
    assert kpi_forms.get_form(filled_vault, finalized.id).row.stage == Stage.HR_REVIEW


def test_changing_a_finalized_form_asks_for_a_reason_first_and_is_logged(
    qtbot, filled_vault, forms, monkeypatch
):
    row = _form(filled_vault, forms, Stage.FINALIZED)
    view = _open(qtbot, filled_vault, row.id)
    model = view.sheet_model
    assert _editable(view) == set()
    answers = [None, "The manager corrected the paper sheet"]
    asked = []

    def fake_ask(parent, title, intro, action=None, **kwargs):
        asked.append(title)
        return answers.pop(0)

    monkeypatch.setattr(ReasonDialog, "ask", fake_ask)
    assert view.start_change() is False  # cancelled: still locked
    assert _editable(view) == set()
    assert view.start_change() is True
    assert len(asked) == 2
    assert _editable(view) == {Scorer.SELF, Scorer.MANAGER, Scorer.HR}
    assert "The manager corrected the paper sheet" in view.state_label.text()
    indicator = next(
        i
        for i in model.template.indicators
        if isinstance(model.entry(Scorer.MANAGER, i.key), Rating)
    )
    old = model.entry(Scorer.MANAGER, indicator.key)
    new_level = 1 if old.level != 1 else 2
    assert model.setData(model.index_of(Scorer.MANAGER, indicator.key), new_level)
    assert model.setData(model.index_of(Scorer.MANAGER, indicator.key, "comment"), "see sheet")
    with qtbot.waitSignal(view.changed):
        assert view.save_changes()
    detail = kpi_forms.get_form(filled_vault, row.id)
    assert detail.row.stage == Stage.FINALIZED
    change = next(e for e in detail.log if e.kind == LogKind.CHANGE)
    assert change.what == ("manager", indicator.key)
    assert change.old == {"rating": old.level} and change.new == {"rating": new_level}
    assert change.note == "The manager corrected the paper sheet"
    manager = {e.indicator_key: e for e in detail.inputs if e.scorer == Scorer.MANAGER}
    assert manager[indicator.key].comment == "see sheet"
    # The view is locked again and shows the change in its log
    assert _editable(view) == set()
    shown = [
        view.log_model.index(n, LogColumn.ENTRY).data() for n in range(view.log_model.rowCount())
    ]
    assert label("kpi_log", "change") in shown
    position = next(
        n
        for n in range(view.log_model.rowCount())
        if view.log_model.row_at(n).kind == LogKind.CHANGE
    )
    details = view.log_model.index(position, LogColumn.DETAILS).data()
    assert indicator.name in details and f"{old.level} → {new_level}" in details


def test_unsaved_entries_ask_before_closing(qtbot, filled_vault, forms, monkeypatch):
    row = _form(filled_vault, forms, Stage.HR_REVIEW, "通用")
    view = _open(qtbot, filled_vault, row.id)
    model = view.sheet_model
    key = model.template.indicators[0].key
    assert model.setData(model.index_of(Scorer.HR, key), 5)
    answers = [QMessageBox.StandardButton.Cancel, QMessageBox.StandardButton.Discard]
    monkeypatch.setattr(QMessageBox, "question", lambda *args, **kwargs: answers.pop(0))
    assert view.may_close() is False and view.has_unsaved_changes()
    assert view.may_close() is True and not view.has_unsaved_changes()
    assert model.entry(Scorer.HR, key) is None


def test_ctrl_s_saves_and_esc_cancels(qtbot, filled_vault, forms):
    row = _form(filled_vault, forms, Stage.HR_REVIEW, "通用")
    view = _open(qtbot, filled_vault, row.id)
    view.activateWindow()
    qtbot.waitUntil(view.isActiveWindow)
    model = view.sheet_model
    key = model.template.indicators[0].key
    view.sheet_view.setFocus()
    view.sheet_view.selectionModel().setCurrentIndex(
        model.index_of(Scorer.HR, key), QItemSelectionModel.SelectionFlag.ClearAndSelect
    )
    assert model.setData(model.index_of(Scorer.HR, key), 5)
    qtbot.keyClick(view.sheet_view, Qt.Key.Key_Escape)
    assert not view.has_unsaved_changes()
    assert model.setData(model.index_of(Scorer.HR, key), 5)
    qtbot.keyClick(view.sheet_view, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    saved = kpi_forms.get_form(filled_vault, row.id)
    hr = [e for e in saved.inputs if e.scorer == Scorer.HR]
    assert [(e.indicator_key, e.value, e.provided_via) for e in hr] == [
        (key, Rating(5), ProvidedVia.OFFICER)  # HR review: entered by HR, unless told otherwise
    ]


def test_a_signed_sheet_is_attached_and_listed(qtbot, filled_vault, forms, tmp_path):
    row = _form(filled_vault, forms, Stage.HR_REVIEW)
    view = _open(qtbot, filled_vault, row.id)
    scan = tmp_path / "signed-sheet.png"
    scan.write_bytes(b"\x89PNG\r\n\x1a\n" + b"\0" * 64)
    with qtbot.waitSignal(view.changed):
        view.attach_file(scan)
    assert view.sheets_model.rowCount() == 1
    assert view.sheets_model.row_at(0).file_name == "signed-sheet.png"
    assert kpi_forms.get_form(filled_vault, row.id).attachments[0].file_name == "signed-sheet.png"


def test_the_models_pass_the_model_tester(qtmodeltester, qtbot, filled_vault, forms):
    row = _form(filled_vault, forms, Stage.HR_REVIEW, "销售")
    detail = kpi_forms.get_form(filled_vault, row.id)
    sheet = SheetModel()
    sheet.load(detail.template, detail.inputs)
    sheet.set_editable({Scorer.HR})
    qtmodeltester.check(sheet)
    items = ItemsModel()
    items.load(detail.template, detail.items)
    items.set_editable(True)
    qtmodeltester.check(items)
    assert items.index(0, ItemColumn.KIND).data() == label("kpi_item", "bonus")
    log = LogModel()
    log.set_log(detail.log, detail.template, {})
    qtmodeltester.check(log)


# --- the employee file's appraisals tab --------------------------------------------------------


def test_the_file_tab_lists_the_results_of_finalized_cycles(qtbot, filled_vault, forms):
    employee_id = next(r.employee_id for r in forms if r.stage == Stage.ARCHIVED)
    results = kpi_results.employee_results(filled_vault, employee_id).results
    assert len(results) == 2
    view = EmployeeFileView(filled_vault, employee_id)
    qtbot.addWidget(view)
    view.resize(1366, 768)
    view.show()
    view.tabs.setCurrentIndex(FileTab.APPRAISALS)
    panel = view.appraisals_panel
    assert not panel.is_empty()
    proxy = panel.proxy
    assert proxy.rowCount() == 2
    cycles = [proxy.index(n, ResultColumn.CYCLE).data() for n in range(2)]
    assert cycles == [r.cycle for r in reversed(results)]  # the latest first
    for n in range(2):
        assert re.fullmatch(r"\d+ / \d+", proxy.index(n, ResultColumn.RANK).data())
        assert proxy.index(n, ResultColumn.SCORE).data() in {score_text(r.score) for r in results}
    assert panel.trend.point_count() == 2
    with qtbot.waitSignal(panel.open_form) as opened:
        panel.view.doubleClicked.emit(proxy.index(0, ResultColumn.SCORE))
    assert opened.args == [results[-1].form_id]


def test_the_file_tab_shows_the_low_performer_warning(qtbot, filled_vault):
    low = kpi_results.low_performers(filled_vault)
    if not low:
        pytest.skip("no low performer in the demo vault")
    view = EmployeeFileView(filled_vault, low[0].employee_id)
    qtbot.addWidget(view)
    view.show()
    view.tabs.setCurrentIndex(FileTab.APPRAISALS)
    assert view.appraisals_panel.low_label.isVisibleTo(view)
    assert low[0].cycle in view.appraisals_panel.low_label.text()


def test_the_results_model_passes_the_model_tester(qtmodeltester, qtbot, filled_vault, forms):
    employee_id = next(r.employee_id for r in forms if r.stage == Stage.ARCHIVED)
    view = EmployeeFileView(filled_vault, employee_id)
    qtbot.addWidget(view)
    qtmodeltester.check(view.appraisals_panel.model)


def test_a_signed_sheet_is_attached_in_the_background_and_a_missing_file_is_said(
    qtbot, filled_vault, forms, tmp_path
):
    from ehr_desktop.gui.worker import JobRunner

    row = _form(filled_vault, forms, Stage.MANAGER_REVIEW)
    jobs = JobRunner()
    view = AppraisalFormView(filled_vault, row.id, jobs, today=TODAY)
    qtbot.addWidget(view)
    view.attach_file(tmp_path / "not-there.pdf")
    qtbot.waitUntil(lambda: not view.sheets_error.isHidden())
    assert view.sheets_model.rowCount() == 0
    scan = tmp_path / "sheet.pdf"
    scan.write_bytes(b"%PDF-1.4\n%%EOF\n")
    with qtbot.waitSignal(view.changed, timeout=10_000):
        view.attach_file(scan)
    assert view.sheets_model.row_at(0).file_name == "sheet.pdf"
    assert view.sheets_error.isHidden()
    jobs.wait(5_000)


def test_another_reviewer_is_chosen_by_hand(qtbot, filled_vault, forms):
    from ehr_desktop.gui.appraisal_form import ReviewerDialog

    row = _form(filled_vault, forms, Stage.MANAGER_REVIEW)
    other = next(r for r in forms if r.employee_id not in (row.employee_id, row.reviewer_id))
    dialog = ReviewerDialog(filled_vault, row)
    qtbot.addWidget(dialog)
    assert dialog.default_radio.isChecked()
    dialog.choose_someone_else()
    assert dialog.submit() is False  # nobody picked yet
    dialog.picker.search(other.employee_no)
    assert dialog.choose_someone_else(other.employee_id)
    assert dialog.submit() is True
    view = _open(qtbot, filled_vault, row.id)
    assert other.name in view.reviewer_label.text()
    assert view.detail.row.reviewer_by_hand


def test_checklists_and_pass_fail_are_entered_through_their_editors(qtbot):
    from PySide6.QtWidgets import QStyleOptionViewItem, QTableView

    from ehr_desktop.domain.kpi import (
        Checklist,
        Dimension,
        Indicator,
        Milestone,
        PassFail,
        Process,
        Quantitative,
        Template,
        Verdict,
    )
    from ehr_desktop.gui.appraisal_form_models import ChecklistEditor, SheetColumn, SheetDelegate

    template = Template(
        "OPS",
        "运营",
        (
            Dimension(
                "work",
                "工作",
                Decimal(100),
                (
                    Indicator(
                        "launch",
                        "上线",
                        Decimal(60),
                        Process(
                            (
                                Milestone("plan", "方案"),
                                Milestone("test", "测试"),
                                Milestone("go", "上线"),
                            )
                        ),
                    ),
                    Indicator("safety", "安全", Decimal(40), Quantitative(PassFail())),
                ),
            ),
        ),
    )
    model = SheetModel()
    model.load(template, ())
    model.set_editable({Scorer.MANAGER})
    view = QTableView()
    qtbot.addWidget(view)
    view.setModel(model)
    delegate = SheetDelegate(view)
    launch = model.index_of(Scorer.MANAGER, "launch")
    editor = delegate.createEditor(view.viewport(), QStyleOptionViewItem(), launch)
    assert isinstance(editor, ChecklistEditor) and editor.count() == 3
    editor.set_met(["plan", "test"])
    delegate.setModelData(editor, model, launch)
    assert model.entry(Scorer.MANAGER, "launch") == Checklist(frozenset({"plan", "test"}))
    assert launch.data() == "2 of 3"
    assert model.index_of(Scorer.MANAGER, "launch", "score").data() == "66.67"
    safety = model.index_of(Scorer.MANAGER, "safety")
    combo = delegate.createEditor(view.viewport(), QStyleOptionViewItem(), safety)
    assert isinstance(combo, QComboBox) and combo.count() == 3
    combo.setCurrentIndex(combo.findData(True))
    delegate.setModelData(combo, model, safety)
    assert model.entry(Scorer.MANAGER, "safety") == Verdict(True)
    assert not model.setData(launch, ["plan", "unknown"])  # not on the checklist
    sheet = model.scorer_sheet(Scorer.MANAGER)
    assert sheet is not None and score_text(sheet.total) == "80.00"
    total = model.rowCount() - 1
    assert model.index(total, SheetColumn.MANAGER_SCORE).data() == "80"
    assert model.index(total, SheetColumn.DIMENSION).data() == "Total"


def test_the_sheet_model_shows_every_column_of_an_indicator_row(filled_vault, forms):
    from ehr_desktop.gui.appraisal_form_models import SheetColumn

    row = _form(filled_vault, forms, Stage.HR_REVIEW, "销售")
    detail = kpi_forms.get_form(filled_vault, row.id)
    model = SheetModel()
    model.load(detail.template, detail.inputs)
    revenue = model.index_of(Scorer.MANAGER, "revenue").row()
    shown = {column: model.index(revenue, column).data() for column in SheetColumn}
    assert shown[SheetColumn.DIMENSION] == "业绩指标"
    assert shown[SheetColumn.INDICATOR] == "季度销售额"
    assert shown[SheetColumn.WEIGHT] == "50 %"
    assert shown[SheetColumn.STANDARD].startswith("完成率")
    assert shown[SheetColumn.RULE] == label("kpi_rule", "linear")
    assert shown[SheetColumn.TARGET] == "120 万元"
    manager = model.entry(Scorer.MANAGER, "revenue")
    assert shown[SheetColumn.MANAGER_INPUT] == format(manager.value.normalize(), "f")
    assert Decimal(shown[SheetColumn.MANAGER_SCORE]) > 0
    assert shown[SheetColumn.HR_INPUT] == "" and shown[SheetColumn.HR_SCORE] == ""
    tip = model.index(revenue, SheetColumn.RULE).data(Qt.ItemDataRole.ToolTipRole)
    assert "120" in tip  # the linear rule's cap
