"""The KPI template editor and the templates page: live weight totals, problems shown where they
are and Save refused while any remain, new versions for templates forms use, Excel import with
every refusal placed by sheet, row and column, export, retire and read-only older versions."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import openpyxl
import pytest
from PySide6.QtGui import QInputMethodEvent
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox

from ehr_desktop.exchange import kpi as workbook
from ehr_desktop.exchange.kpi.vocabulary import INDICATORS_SHEET
from ehr_desktop.gui import kpi_template_editor, kpi_templates_page
from ehr_desktop.gui.kpi_template_editor import ItemTableModel, TemplateEditor, TreeColumn
from ehr_desktop.gui.kpi_templates_page import TemplatesPage
from ehr_desktop.gui.worker import JobRunner
from ehr_desktop.services import kpi_forms, kpi_templates
from ehr_desktop.services.kpi_forms import FormFilter

ROOT = Path(__file__).resolve().parents[2]
EXAMPLE = ROOT / "docs" / "examples" / "kpi-template-sales.xlsx"


@pytest.fixture
def vault(filled_vault):
    return filled_vault


@pytest.fixture
def runner():
    jobs = JobRunner()
    yield jobs
    jobs.wait(30_000)


@pytest.fixture
def page(qtbot, vault, runner):
    widget = TemplatesPage(vault, runner)
    qtbot.addWidget(widget)
    widget.resize(1200, 700)
    return widget


def template_id(vault, code: str) -> int:
    rows = kpi_templates.list_templates(vault, include_retired=True)
    return next(row.id for row in rows if row.code == code)


def type_number(qtbot, spin, text: str) -> None:
    """Types into a spin box as an officer does: select what is there, type over it."""
    spin.setFocus()
    spin.selectAll()
    qtbot.keyClicks(spin, text)


def type_text(widget, text: str) -> None:
    """Types Chinese as an input method commits it (keyClicks knows Latin-1 only)."""
    widget.setFocus()
    event = QInputMethodEvent()
    event.setCommitString(text)
    QApplication.sendEvent(widget, event)


def tone(widget) -> str:
    return widget.property("tone")


def test_new_template_turns_green_as_weights_are_typed_and_saves_only_without_problems(
    qtbot, vault
):
    editor = TemplateEditor(vault)
    qtbot.addWidget(editor)
    qtbot.keyClicks(editor.code_edit, "OPS")
    type_text(editor.name_edit, "运营岗位绩效考核")
    assert tone(editor.total_label) == "error"  # no dimensions yet

    # Given a first dimension with a weight and one indicator …
    editor.add_dimension()
    model = editor.tree_model
    assert model.setData(model.index_of(0, None, TreeColumn.NAME), "业绩")
    type_number(qtbot, editor.dimension_weight_spin, "60")
    assert tone(editor.total_label) == "error"
    assert "60 %" in editor.total_label.text()
    editor.add_indicator()
    assert model.setData(model.index_of(0, 0, TreeColumn.NAME), "销售额")
    editor.select(0, 0)
    type_number(qtbot, editor.target_spin, "100000")
    assert model.setData(model.index_of(0, 0, TreeColumn.DIRECTION), "lower_is_better")
    assert editor.direction_combo.currentData() == "lower_is_better"
    type_number(qtbot, editor.indicator_weight_spin, "4")
    first_line = editor._dimension_total_labels[0]
    assert tone(first_line) == "error"  # 4 of 60 while typing "40" … "60"
    type_number(qtbot, editor.indicator_weight_spin, "60")
    assert tone(first_line) == "ok"

    # … and a second dimension whose weight completes 100 % but has no indicator yet:
    editor.add_dimension()
    assert model.setData(model.index_of(1, None, TreeColumn.NAME), "态度")
    type_number(qtbot, editor.dimension_weight_spin, "40")
    assert tone(editor.total_label) == "ok"
    assert tone(editor._dimension_total_labels[1]) == "error"

    # Save is refused while a problem remains, and says so in the dialog.
    assert not editor.save()
    assert not editor.refusal_label.isHidden()
    assert any("no indicators yet" in text for text in editor.problem_texts())
    assert "OPS" not in [row.code for row in kpi_templates.list_templates(vault)]

    editor.add_indicator()
    index = model.index_of(1, 0, TreeColumn.KIND)
    assert model.setData(model.index_of(1, 0, TreeColumn.NAME), "团队合作")
    assert model.setData(index, "qualitative")  # the combo delegate's value
    assert model.setData(model.index_of(1, 0, TreeColumn.WEIGHT), Decimal(40))
    assert tone(editor._dimension_total_labels[1]) == "ok"
    assert editor.problems() == []
    assert editor.save()

    saved = kpi_templates.get_template(vault, editor.result_value.template_id)
    assert (saved.code, saved.name, saved.number) == ("OPS", "运营岗位绩效考核", 1)
    template = saved.template
    assert [(d.name, d.weight) for d in template.dimensions] == [
        ("业绩", Decimal(60)),
        ("态度", Decimal(40)),
    ]
    measure = template.dimensions[0].indicators[0].measure
    assert (measure.target, measure.direction) == (Decimal(100000), "lower_is_better")
    assert len(template.dimensions[1].indicators[0].measure.levels) == 5


def test_problems_are_shown_at_their_place_and_lead_there(qtbot, vault):
    editor = TemplateEditor(vault, template_id(vault, "SALES"))
    qtbot.addWidget(editor)
    assert editor.problems() == []
    editor.select(0, 0)
    type_number(qtbot, editor.indicator_weight_spin, "45")
    # The dimension's total, the weight cell in the tree and the list all say it.
    assert tone(editor._dimension_total_labels[0]) == "error"
    weight_cell = editor.tree_model.index_of(0, None, TreeColumn.WEIGHT)
    assert weight_cell.data(kpi_template_editor.Qt.ItemDataRole.ForegroundRole) is not None
    assert editor.tree_model.problems_at(weight_cell)
    assert any("add up to" in text for text in editor.problem_texts())

    editor.select(0, 1)
    editor.rule_combo.setCurrentIndex(editor.rule_combo.findData("linear"))
    type_number(qtbot, editor.rule_spins[("linear", "cap")], "0")
    type_number(qtbot, editor.rule_spins[("linear", "floor")], "50")
    cap_errors = editor.rule_forms["linear"].errors
    assert "cap must not be below the floor" in editor.rule_error.text() + " ".join(
        label.text() for label in cap_errors.values()
    )
    editor.tabs.setCurrentIndex(2)
    editor.go_to(("dimensions", 0, "indicators", 0, "weight"))
    assert editor.tabs.currentIndex() == 0
    assert editor.tree_model.position(editor.current_index()) == (0, 0)


def test_editing_a_template_forms_use_makes_the_next_version_and_forms_keep_theirs(
    qtbot, vault, page, monkeypatch
):
    sales = template_id(vault, "SALES")
    before = {
        form.id: form.template_version
        for form in kpi_forms.list_forms(vault, FormFilter())
        if form.template_id == sales
    }
    assert before and set(before.values()) == {1, 2}

    def edit_and_save(parent, vault_, template, **kwargs):
        editor = TemplateEditor(vault_, template, parent=parent)
        assert "version 3" in editor.banner.text()
        editor.select(0, 0)
        editor.standard_edit.setPlainText("完成率 × 100，最高 120 分（季度复核）")
        assert editor.save()
        return editor.result_value

    monkeypatch.setattr(kpi_templates_page.TemplateEditor, "ask", edit_and_save)
    page.select_template(sales)
    page.edit_action.trigger()

    detail = kpi_templates.get_template(vault, sales)
    assert detail.number == 3 and len(detail.versions) == 3
    assert "version 3" in page.status_text() and "keep it" in page.status_text()
    after = {
        form.id: form.template_version
        for form in kpi_forms.list_forms(vault, FormFilter())
        if form.template_id == sales
    }
    assert after == before
    assert page.versions_model.rowCount() == 3


def test_older_version_opens_read_only(qtbot, vault):
    editor = TemplateEditor(vault, template_id(vault, "SALES"), number=1, read_only=True)
    qtbot.addWidget(editor)
    assert "version 1" in editor.windowTitle()
    assert editor.code_edit.isReadOnly()
    assert not editor.tree_model.flags(editor.tree_model.index_of(0)) & (
        kpi_template_editor.Qt.ItemFlag.ItemIsEditable
    )
    assert not editor.save()
    assert kpi_templates.get_template(vault, template_id(vault, "SALES")).number == 2


def test_closing_with_unsaved_changes_asks_once(qtbot, vault, monkeypatch):
    editor = TemplateEditor(vault, template_id(vault, "GENERAL"))
    qtbot.addWidget(editor)
    editor.show()
    editor.reject()  # nothing changed: closes without asking
    assert not editor.isVisible()

    editor = TemplateEditor(vault, template_id(vault, "GENERAL"))
    qtbot.addWidget(editor)
    editor.show()
    type_text(editor.name_edit, "（新）")
    asked = []
    monkeypatch.setattr(
        kpi_template_editor,
        "ask_unsaved",
        lambda parent: asked.append(1) or QMessageBox.StandardButton.Cancel,
    )
    editor.reject()
    assert editor.isVisible() and asked == [1]
    monkeypatch.setattr(
        kpi_template_editor, "ask_unsaved", lambda parent: QMessageBox.StandardButton.Discard
    )
    editor.reject()
    assert not editor.isVisible()
    assert (
        kpi_templates.get_template(vault, template_id(vault, "GENERAL")).name == "通用岗位绩效考核"
    )


def test_example_workbook_imports_through_the_page(qtbot, vault, page, monkeypatch):
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(EXAMPLE), ""))
    changed = []
    page.changed.connect(lambda: changed.append(1))
    page.import_action.trigger()
    qtbot.waitUntil(lambda: not page.running, timeout=60_000)

    # The example's code is SALES: it becomes that template's next version, scope kept.
    sales = template_id(vault, "SALES")
    detail = kpi_templates.get_template(vault, sales)
    assert detail.number == 3
    assert [rule.department_id for rule in detail.template.scope.departments] == [4]
    assert page.current_row().id == sales
    assert "version 3" in page.status_text()
    assert page.problems_box.isHidden()
    assert changed == [1]


def test_a_junk_file_is_refused_with_its_problem_in_words(qtbot, vault, page, tmp_path):
    junk = tmp_path / "junk.xlsx"
    junk.write_bytes(b"PK\x03\x04 not really a workbook")
    page.show()
    page.import_workbook(junk)
    qtbot.waitUntil(lambda: not page.running, timeout=60_000)
    assert not page.problems_box.isHidden()
    assert "junk.xlsx was not imported" in page.problems_intro.text()
    [text] = page.import_problem_texts()
    assert text.startswith("The workbook: The file is not an Excel workbook this app can read.")
    assert len(kpi_templates.list_templates(vault, include_retired=True)) == 3


def test_cell_problems_are_placed_by_sheet_row_and_column(qtbot, vault, page, tmp_path):
    broken = tmp_path / "broken.xlsx"
    book = openpyxl.load_workbook(EXAMPLE)
    sheet = book[INDICATORS_SHEET]
    header = next(cell for cell in sheet[1] if str(cell.value).startswith("指标权重"))
    sheet.cell(row=2, column=header.column, value="四十")
    book.save(broken)

    page.show()
    page.import_workbook(broken)
    qtbot.waitUntil(lambda: not page.running, timeout=60_000)
    texts = page.import_problem_texts()
    letter = header.column_letter
    assert any(
        f"row 2, column {letter}" in text and "“四十” is not a number" in text for text in texts
    ), texts
    problem = page.problems_model.row_at(0)
    assert (problem.sheet, problem.row) == (INDICATORS_SHEET, 2)


def test_export_writes_a_workbook_that_reads_back_equal(qtbot, vault, page, monkeypatch, tmp_path):
    target = tmp_path / "sales"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    page.select_template(template_id(vault, "SALES"))
    page.export_action.trigger()
    qtbot.waitUntil(lambda: not page.running, timeout=60_000)
    written = tmp_path / "sales.xlsx"
    read, problems = workbook.read_template(written)
    assert problems == []
    stored = kpi_templates.get_template(vault, template_id(vault, "SALES")).template
    assert read.dimensions == stored.dimensions
    assert "sales.xlsx" in page.status_text()


def test_duplicate_starts_a_new_template_from_a_copy(qtbot, vault, page, monkeypatch):
    def save_copy(parent, vault_, template_id_=None, *, start=None, **kwargs):
        editor = TemplateEditor(vault_, template_id_, start=start, parent=parent)
        assert editor.code_edit.text() == "RD-COPY"
        assert editor.save()
        return editor.result_value

    monkeypatch.setattr(kpi_templates_page.TemplateEditor, "ask", save_copy)
    page.select_template(template_id(vault, "RD"))
    page.duplicate_action.trigger()
    copy = kpi_templates.get_template(vault, template_id(vault, "RD-COPY"))
    original = kpi_templates.get_template(vault, template_id(vault, "RD"))
    assert copy.template.dimensions == original.template.dimensions
    assert copy.number == 1
    assert page.current_row().code == "RD-COPY"


def test_retire_hides_the_template_and_bring_back_offers_it_again(vault, page):
    general = template_id(vault, "GENERAL")
    page.select_template(general)
    page.retire_action.trigger()
    assert general not in [line.id for line in page.model.rows()]
    page.show_retired_check.setChecked(True)
    page.select_template(general)
    assert page.retire_action.text() == "Bring back"
    page.retire_action.trigger()
    assert not next(row for row in kpi_templates.list_templates(vault) if row.id == general).retired


def test_empty_page_explains_what_to_do(qtbot, new_vault, runner):
    widget = TemplatesPage(new_vault.vault, runner)
    qtbot.addWidget(widget)
    assert widget.details_stack.currentIndex() == 0
    assert "No appraisal templates yet" in widget.placeholder_label.text()
    assert not widget.placeholder_new.isHidden()


def test_models_pass_the_model_tester(qtbot, qtmodeltester, vault, page):
    editor = TemplateEditor(vault, template_id(vault, "SALES"))
    qtbot.addWidget(editor)
    qtmodeltester.check(editor.tree_model)
    editor.select(1, 0)
    assert isinstance(editor.levels_table.model, ItemTableModel)
    qtmodeltester.check(editor.levels_table.model)
    qtmodeltester.check(page.model)
    qtmodeltester.check(page.versions_model)
