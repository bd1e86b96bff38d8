"""The calibration page: the chart counts what the service counts (whole cycle or a department
subtree), quotas listed and marked when outside, leniency per reviewer, and adjustments that need
a reason and keep the computed result beside the calibrated one."""

from __future__ import annotations

from decimal import Decimal

import pytest
from PySide6.QtCore import Qt

from ehr_desktop.gui import calibration_page
from ehr_desktop.gui.calibration_page import (
    AdjustDialog,
    CalibrationPage,
    ResultColumn,
)
from ehr_desktop.services import kpi_cycles, kpi_results
from ehr_desktop.services.kpi_store import CycleState

SALES = 4  # 销售部, with three regions under it


@pytest.fixture
def vault(filled_vault):
    return filled_vault


def cycle_in(vault, state: CycleState) -> int:
    return next(c.id for c in kpi_cycles.list_cycles(vault) if c.state == state)


@pytest.fixture
def open_cycle(vault) -> int:
    return cycle_in(vault, CycleState.OPEN)


@pytest.fixture
def page(qtbot, vault, open_cycle):
    widget = CalibrationPage(vault, open_cycle)
    qtbot.addWidget(widget)
    widget.resize(1200, 700)
    return widget


def scored_line(page):
    return next(
        line
        for line in page.results_model.rows()
        if line.computed_score is not None and not line.calibrated
    )


def test_chart_counts_what_the_service_counts(vault, open_cycle, page):
    expected = kpi_results.calibration(vault, open_cycle).calibration.overall.counts
    assert page.distribution() == dict(expected)
    assert sum(page.distribution().values()) > 0

    page.set_department(SALES)
    subtree = kpi_results.calibration(vault, open_cycle, department_id=SALES)
    assert page.distribution() == dict(subtree.calibration.overall.counts)
    assert len(page.results_model.rows()) == len(
        kpi_results.cycle_results(vault, open_cycle, department_id=SALES)
    )


def test_quotas_are_listed_beside_the_chart_and_marked_when_outside(vault, open_cycle, page):
    checks = [
        c
        for c in kpi_results.calibration(vault, open_cycle).calibration.quota_checks
        if c.department_id is None
    ]
    texts = page.quota_texts()
    assert len(texts) >= len(checks)
    first = texts[0]
    assert first.startswith("S ≤ 10 %: ")
    assert first.endswith("✓" if checks[0].met else "✗")
    outside = [n for n, check in enumerate(checks) if not check.met]
    assert outside, "the demo cycle breaks a quota"
    item = page.quota_list.item(outside[0])
    assert item.foreground().color() == calibration_page.tone("error")


def test_leniency_lists_each_reviewer_against_the_cycle_average(vault, open_cycle, page):
    view = kpi_results.calibration(vault, open_cycle)
    assert page.leniency_model.rowCount() == len(view.calibration.reviewers)
    first = page.leniency_model.rows()[0]
    assert first.reviewer == view.reviewers[view.calibration.reviewers[0].reviewer_id]
    assert "Cycle average" in page.average_label.text()


def test_an_adjustment_needs_a_reason_and_keeps_the_computed_result(qtbot, vault, open_cycle, page):
    line = scored_line(page)
    scale = kpi_cycles.get_cycle(vault, open_cycle).settings.grades
    dialog = AdjustDialog(vault, line, scale)
    qtbot.addWidget(dialog)
    dialog.score_spin.setValue(70)
    assert dialog.score_grade_label.text() == f"gives grade {scale.grade_for(Decimal(70))}"

    # Without a reason: refused, said under the field, nothing saved.
    assert not dialog.submit()
    assert "Enter the reason" in dialog.error_text()
    unchanged = next(
        r for r in kpi_results.cycle_results(vault, open_cycle) if r.form_id == line.form_id
    )
    assert not unchanged.calibrated

    dialog.reason_edit.setPlainText("校准会议：与同组相比偏高")
    assert dialog.submit()
    saved = next(
        r for r in kpi_results.cycle_results(vault, open_cycle) if r.form_id == line.form_id
    )
    assert saved.calibrated and saved.score == Decimal(70)
    assert saved.computed_score == line.computed_score

    # The page shows both, marks the row and says why.
    page.refresh()
    row = page.results_model.row_of(line.form_id)
    model = page.results_model
    assert model.index(row, ResultColumn.SCORE).data() == calibration_page.score_text(
        line.computed_score
    )
    assert model.index(row, ResultColumn.CALIBRATED_SCORE).data() == "70.00"
    assert model.index(row, ResultColumn.NAME).data(Qt.ItemDataRole.DecorationRole) is not None
    assert model.index(row, ResultColumn.REASON).data() == "校准会议：与同组相比偏高"
    assert "1 results adjusted" in page.summary_label.text()


def test_a_grade_set_directly_keeps_the_score(qtbot, vault, open_cycle, page):
    line = scored_line(page)
    scale = kpi_cycles.get_cycle(vault, open_cycle).settings.grades
    dialog = AdjustDialog(vault, line, scale, grade="C")
    qtbot.addWidget(dialog)
    assert dialog.grade_radio.isChecked()
    dialog.reason_edit.setPlainText("部门配额")
    assert dialog.submit()
    saved = next(
        r for r in kpi_results.cycle_results(vault, open_cycle) if r.form_id == line.form_id
    )
    assert (saved.grade, saved.score) == ("C", line.computed_score)


def test_editing_a_calibrated_cell_asks_for_the_reason_first(
    qtbot, vault, open_cycle, page, monkeypatch
):
    line = scored_line(page)
    asked = []

    def fake_ask(parent, vault_, line_, scale, *, score=None, grade=None):
        asked.append((line_.form_id, score, grade))
        kpi_results.adjust_result(vault_, line_.form_id, score=score, reason="会议决定")
        return True

    monkeypatch.setattr(calibration_page.AdjustDialog, "ask", fake_ask)
    changed = []
    page.changed.connect(lambda: changed.append(1))
    model = page.results_model
    index = model.index(model.row_of(line.form_id), ResultColumn.CALIBRATED_SCORE)
    assert model.flags(index) & Qt.ItemFlag.ItemIsEditable
    # What the score delegate commits: nothing changes until the dialog has saved.
    assert not model.setData(index, Decimal("88.5"))
    qtbot.waitUntil(lambda: bool(asked))
    assert asked == [(line.form_id, Decimal("88.5"), None)]
    assert changed == [1]
    row = model.row_at(model.row_of(line.form_id))
    assert row.calibrated and row.score == Decimal("88.5")


def test_a_closed_cycle_is_shown_but_not_adjusted(qtbot, vault):
    finalized = cycle_in(vault, CycleState.FINALIZED)
    widget = CalibrationPage(vault, finalized)
    qtbot.addWidget(widget)
    assert not widget.closed_label.isHidden()
    assert not widget.results_model.editable
    widget.results_view.selectRow(0)
    assert not widget.adjust_button.isEnabled()
    index = widget.results_model.index(0, ResultColumn.CALIBRATED_SCORE)
    assert not widget.results_model.flags(index) & Qt.ItemFlag.ItemIsEditable
    expected = kpi_results.calibration(vault, finalized).calibration.overall.counts
    assert widget.distribution() == dict(expected)


def test_models_pass_the_model_tester(qtmodeltester, page):
    qtmodeltester.check(page.results_model)
    qtmodeltester.check(page.leniency_model)
