"""Fill-in workbooks: exported per manager or per employee from the demo vault, filled in with
openpyxl as a manager would in Excel, and taken back in — or refused with the reason, leaving
the vault exactly as it was."""

from __future__ import annotations

import datetime as dt
import json
import os
import zipfile
from decimal import Decimal
from pathlib import Path

import openpyxl
import pytest
from sqlalchemy import select
from support.fill_in import COMMENT, ENTRY, columns, fill
from support.vault_helpers import OTHER_PASSPHRASE

from ehr_desktop.domain.kpi import (
    Actual,
    Band,
    Bands,
    Checklist,
    Dimension,
    Incidents,
    Indicator,
    Level,
    Linear,
    Milestone,
    PassFail,
    PerIncident,
    Process,
    Qualitative,
    Quantitative,
    Rating,
    Scorer,
    Stage,
    Template,
    Verdict,
)
from ehr_desktop.exchange.kpi import fill_in as workbook
from ehr_desktop.persistence.models import AuditLogEntry, KpiForm, KpiInput
from ehr_desktop.services import demo, kpi_cycles, kpi_fill_in, kpi_forms, vaults
from ehr_desktop.services.kpi_fill_in import By, FormRefusal, FormStatus, LeftOut
from ehr_desktop.services.kpi_store import ProvidedVia
from ehr_desktop.services.progress import Cancelled, Progress

TODAY = dt.date(2026, 11, 27)
D = Decimal


# --- helpers -----------------------------------------------------------------------------------


@pytest.fixture
def vault(filled_vault):
    return filled_vault


@pytest.fixture
def cycle_id(vault) -> int:
    return next(c.id for c in kpi_cycles.list_cycles(vault) if c.state.value == "open")


@pytest.fixture
def out(tmp_path) -> Path:
    return tmp_path / "out"


def snapshot(vault) -> list[tuple]:
    """Every form's stage and score and every input with its provenance."""
    with vault.database.reading() as session:
        forms = session.execute(
            select(KpiForm.id, KpiForm.stage, KpiForm.score, KpiForm.result).order_by(KpiForm.id)
        ).all()
        inputs = session.execute(
            select(
                KpiInput.form_id,
                KpiInput.scorer,
                KpiInput.indicator_key,
                KpiInput.value,
                KpiInput.comment,
                KpiInput.provided_via,
                KpiInput.provided_by_id,
            ).order_by(KpiInput.id)
        ).all()
    return [tuple(r) for r in forms] + [tuple(r) for r in inputs]


def audit_details(vault) -> list[tuple[str, str, str]]:
    with vault.database.reading() as session:
        return [
            tuple(r)
            for r in session.execute(
                select(AuditLogEntry.action, AuditLogEntry.entity, AuditLogEntry.detail)
            )
        ]


def form_of(vault, path: Path, sheet_index: int = 1) -> kpi_forms.FormDetail:
    """The form a sheet is about (its employee number opens the sheet's title)."""
    book = openpyxl.load_workbook(path, read_only=True)
    employee_no = book.worksheets[sheet_index].title.split(" ")[0]
    book.close()
    rows = kpi_forms.list_forms(vault, kpi_forms.FormFilter(search=employee_no), today=TODAY)
    row = next(
        r for r in rows if r.employee_no == employee_no and r.cycle.endswith("3 季度绩效考核")
    )
    return kpi_forms.get_form(vault, row.id, today=TODAY)


def indicator_names(detail: kpi_forms.FormDetail) -> dict[str, str]:
    return {i.name: i.key for i in detail.template.indicators}


def some_entries(detail: kpi_forms.FormDetail, *, all_of_them: bool = True) -> dict[str, object]:
    """A plausible value for each (or the first) indicator of a demo form, by name."""
    entries: dict[str, object] = {}
    for indicator in detail.template.indicators:
        measure = indicator.measure
        if isinstance(measure, Qualitative):
            entries[indicator.name] = 4
        elif isinstance(measure.rule, PerIncident):
            entries[indicator.name] = 1
        else:
            entries[indicator.name] = 97.5
        if not all_of_them:
            break
    return entries


def import_one(vault, path: Path, *, in_child: bool = False):
    summary = kpi_fill_in.import_workbooks(vault, [path], in_child=in_child)
    (outcome,) = summary.files
    return outcome


def exported(vault, cycle_id, out, by=By.MANAGER):
    summary = kpi_fill_in.export_workbooks(vault, cycle_id, by=by, folder=out)
    assert summary.files
    return summary


# --- exporting ---------------------------------------------------------------------------------


def test_export_by_manager_writes_each_reviewer_their_forms_at_the_managers_step(
    vault, cycle_id, out
):
    summary = exported(vault, cycle_id, out)
    forms = kpi_forms.list_forms(vault, kpi_forms.FormFilter(cycle_id=cycle_id), today=TODAY)
    at_step = [f for f in forms if f.stage == Stage.MANAGER_REVIEW and f.reviewer_id]
    assert summary.forms == len(at_step)
    assert summary.forms + sum(summary.left_out.values()) == len(forms)
    assert summary.left_out[LeftOut.FINALIZED] == sum(f.stage == Stage.FINALIZED for f in forms)
    assert summary.left_out[LeftOut.NO_REVIEWER] == sum(
        f.stage == Stage.MANAGER_REVIEW and not f.reviewer_id for f in forms
    )
    by_reviewer: dict[str, set[str]] = {}
    for form in at_step:
        by_reviewer.setdefault(form.reviewer, set()).add(form.employee_no)
    for written in summary.files:
        assert written.path.parent == out and written.path.suffix == ".xlsx"
        assert written.path.name.startswith(f"{summary.cycle}_{written.employee_no} ")
        book = openpyxl.load_workbook(written.path)
        titles = [s.title for s in book.worksheets[1:] if s.sheet_state == "visible"]
        assert {t.split(" ")[0] for t in titles} == by_reviewer[written.name]
        assert written.forms == len(titles)


def test_export_by_employee_writes_one_self_assessment_each(vault, cycle_id, out):
    summary = exported(vault, cycle_id, out, By.EMPLOYEE)
    forms = kpi_forms.list_forms(vault, kpi_forms.FormFilter(cycle_id=cycle_id), today=TODAY)
    assert (
        len(summary.files) == summary.forms == sum(f.stage == Stage.SELF_ASSESSMENT for f in forms)
    )
    for written in summary.files:
        book = openpyxl.load_workbook(written.path)
        (form_sheet,) = [s for s in book.worksheets[1:] if s.sheet_state == "visible"]
        assert form_sheet.title.startswith(written.employee_no)
        _, headers = columns(form_sheet)
        assert "自评 Self-assessment" not in headers  # only a manager sees the self-assessment


def test_a_department_export_holds_only_that_department(vault, cycle_id, out):
    from support.kpi_samples import department_id

    sales = department_id(vault, "销售部")
    plan = kpi_fill_in.plan_export(vault, cycle_id, by=By.EMPLOYEE, department_id=sales)
    everyone = kpi_fill_in.plan_export(vault, cycle_id, by=By.EMPLOYEE)
    assert 0 < plan.forms < everyone.forms
    summary = kpi_fill_in.export_workbooks(
        vault, cycle_id, by=By.EMPLOYEE, folder=out, department_id=sales
    )
    forms = {
        f.employee_no: f
        for f in kpi_forms.list_forms(vault, kpi_forms.FormFilter(cycle_id=cycle_id))
    }
    assert all(forms[w.employee_no].department.startswith("销售部") for w in summary.files)


def test_the_workbook_is_protected_validated_and_explained_in_both_languages(vault, cycle_id, out):
    summary = exported(vault, cycle_id, out)
    book = openpyxl.load_workbook(summary.files[0].path)
    instructions = book.worksheets[0]
    assert instructions.title == "说明 Instructions"
    text = "\n".join(str(c.value) for row in instructions.iter_rows() for c in row if c.value)
    assert "只在黄色单元格中填写" in text and "Type only into the yellow cells" in text
    assert book.security.lockStructure
    hidden = book[workbook.MANIFEST_SHEET]
    assert hidden.sheet_state == "veryHidden"
    for sheet in book.worksheets[:-1]:
        assert sheet.protection.sheet and sheet.protection.password
    sheet = book.worksheets[1]
    header_row, headers = columns(sheet)
    unlocked = {
        c.coordinate for row in sheet.iter_rows() for c in row if c.protection.locked is False
    }
    entry_columns = {headers[ENTRY], headers[COMMENT]}
    assert unlocked and all(
        openpyxl.utils.cell.coordinate_from_string(c)[1] > header_row for c in unlocked
    )
    assert {openpyxl.utils.column_index_from_string(c.rstrip("0123456789")) for c in unlocked} <= (
        entry_columns
    )
    validated = {
        str(cell) for v in sheet.data_validations.dataValidation for cell in v.sqref.ranges
    }
    assert unlocked <= validated  # every cell to fill has its validation
    kinds = {v.type for v in sheet.data_validations.dataValidation}
    assert "textLength" in kinds and kinds & {"list", "decimal", "whole"}


def test_rating_cells_offer_the_scales_levels_and_show_their_descriptions(vault, cycle_id, out):
    summary = exported(vault, cycle_id, out)
    book = openpyxl.load_workbook(summary.files[0].path)
    sheet = book.worksheets[1]
    lists = [v.formula1 for v in sheet.data_validations.dataValidation if v.type == "list"]
    assert '"1,2,3,4,5"' in lists
    text = "\n".join(str(c.value) for row in sheet.iter_rows() for c in row if c.value)
    assert "5 卓越（100）：显著超出要求，可作标杆" in text  # the demo's scale, with descriptions


def test_exporting_a_closed_cycle_is_refused(vault, out):
    closed = next(c.id for c in kpi_cycles.list_cycles(vault) if c.state.value == "finalized")
    with pytest.raises(kpi_fill_in.KpiRefused) as refused:
        kpi_fill_in.export_workbooks(vault, closed, by=By.MANAGER, folder=out)
    assert refused.value.rule == "cycle_not_open"


def test_the_export_is_audited_and_the_key_never_reaches_the_trail(vault, cycle_id, out):
    summary = exported(vault, cycle_id, out)
    key = kpi_fill_in.fill_in_key(vault)
    assert key is not None and len(key) == 32
    details = audit_details(vault)
    export = [json.loads(d) for a, e, d in details if a == "export" and e == "kpi_cycles"][-1]
    assert export["what"] == "fill_in_workbooks" and export["by"] == "manager"
    assert (export["files"], export["people"]) == (len(summary.files), summary.forms)
    assert export["folder"] == str(out)
    assert not any(key.hex() in d for _, _, d in details)
    with vault.database.reading() as session:
        made = session.scalars(
            select(AuditLogEntry.detail).where(
                AuditLogEntry.entity == "vault_settings",
                AuditLogEntry.entity_id == kpi_fill_in.KEY_SETTING,
            )
        ).all()
    assert made == ['{"value":[null,"(secret, not recorded)"]}']


def test_a_cancelled_export_leaves_no_file(vault, cycle_id, out):
    calls = []

    def cancelled() -> bool:
        calls.append(1)
        return len(calls) > 3  # after a few workbooks

    with pytest.raises(Cancelled):
        kpi_fill_in.export_workbooks(
            vault, cycle_id, by=By.EMPLOYEE, folder=out, progress=Progress(is_cancelled=cancelled)
        )
    assert list(out.iterdir()) == []


def test_file_names_are_safe_everywhere():
    assert kpi_fill_in.file_name("2026/Q3: 考核", "E01", 'A*"B"') == "2026_Q3_ 考核_E01 A_B_.xlsx"


# --- importing: what lands ---------------------------------------------------------------------


def test_a_managers_scores_land_on_the_right_form_as_provided_via_workbook(vault, cycle_id, out):
    summary = exported(vault, cycle_id, out)
    path = summary.files[0].path
    detail = form_of(vault, path)
    entries = some_entries(detail)
    fill(path, entries=entries, comments={next(iter(entries)): "  按期完成，质量好  "})
    before = snapshot(vault)

    outcome = import_one(vault, path, in_child=True)  # the real, memory-limited reader

    assert not outcome.refused and outcome.scorer == Scorer.MANAGER
    (form,) = [f for f in outcome.forms if f.form_id == detail.row.id]
    assert form.status == FormStatus.LANDED and not form.partial
    assert set(form.changed) == set(indicator_names(detail).values())
    after = kpi_forms.get_form(vault, detail.row.id, today=TODAY)
    manager = {e.indicator_key: e for e in after.inputs if e.scorer == Scorer.MANAGER}
    assert set(manager) == set(form.changed)
    for entry in manager.values():
        assert entry.provided_via == ProvidedVia.WORKBOOK
        assert entry.provided_by_id == detail.row.reviewer_id
    first_key = indicator_names(detail)[next(iter(entries))]
    assert manager[first_key].comment == "按期完成，质量好"
    assert after.computed_score is not None
    # Other forms are untouched.
    others = [r for r in before if r[0] != detail.row.id and len(r) == 4]
    assert [r for r in snapshot(vault) if r[0] != detail.row.id and len(r) == 4] == others


def test_a_partial_fill_lands_as_partial(vault, cycle_id, out):
    summary = exported(vault, cycle_id, out)
    path = summary.files[0].path
    detail = form_of(vault, path)
    if len(detail.template.indicators) < 2:
        pytest.skip("the first form has a single indicator")
    fill(path, entries=some_entries(detail, all_of_them=False))
    outcome = import_one(vault, path)
    (form,) = [f for f in outcome.forms if f.form_id == detail.row.id]
    assert form.status == FormStatus.LANDED and form.partial and len(form.changed) == 1
    after = kpi_forms.get_form(vault, detail.row.id, today=TODAY)
    assert Scorer.MANAGER in after.incomplete


def test_self_assessments_land_as_provided_by_the_employee(vault, cycle_id, out):
    summary = exported(vault, cycle_id, out, By.EMPLOYEE)
    path = summary.files[0].path
    detail = form_of(vault, path)
    fill(path, entries=some_entries(detail))
    outcome = import_one(vault, path)
    assert outcome.scorer == Scorer.SELF and outcome.forms[0].status == FormStatus.LANDED
    after = kpi_forms.get_form(vault, detail.row.id, today=TODAY)
    own = [e for e in after.inputs if e.scorer == Scorer.SELF]
    assert own and all(e.provided_by_id == detail.row.employee_id for e in own)
    assert all(e.provided_via == ProvidedVia.WORKBOOK for e in own)


def test_importing_the_same_file_again_changes_nothing(vault, cycle_id, out):
    """Again: the form changed since the export (the first import), but the workbook holds
    exactly what the vault now holds, so it is reported unchanged rather than stale."""
    summary = exported(vault, cycle_id, out)
    path = summary.files[0].path
    detail = form_of(vault, path)
    fill(path, entries=some_entries(detail), comments={next(iter(some_entries(detail))): "好"})
    assert import_one(vault, path).forms[0].status == FormStatus.LANDED
    before = snapshot(vault)
    again = import_one(vault, path)
    assert not again.refused
    assert {f.status for f in again.forms} <= {FormStatus.UNCHANGED, FormStatus.EMPTY}
    assert snapshot(vault) == before


def test_a_comment_typed_as_a_formula_lands_as_text_and_leaves_as_text(vault, cycle_id, out):
    summary = exported(vault, cycle_id, out)
    path = summary.files[0].path
    detail = form_of(vault, path)
    entries = some_entries(detail)
    first = next(iter(entries))
    attack = "=cmd|' /C calc'!A0"
    fill(path, entries=entries, comments={first: attack})
    assert import_one(vault, path).forms[0].status == FormStatus.LANDED
    after = kpi_forms.get_form(vault, detail.row.id, today=TODAY)
    key = indicator_names(detail)[first]
    (entry,) = [e for e in after.inputs if e.scorer == Scorer.MANAGER and e.indicator_key == key]
    assert entry.comment == attack  # the vault keeps exactly what was typed
    # Sent back and exported again, the comment is written so that Excel shows it as text.
    kpi_forms.send_back_form(vault, detail.row.id, Stage.SELF_ASSESSMENT, "再确认一次")
    kpi_forms.advance_form(vault, detail.row.id)
    again = kpi_fill_in.export_workbooks(vault, cycle_id, by=By.MANAGER, folder=out / "again")
    found = []
    for written in again.files:
        book = openpyxl.load_workbook(written.path)
        for sheet in book.worksheets:
            for row in sheet.iter_rows():
                for cell in row:
                    if isinstance(cell.value, str) and "cmd|" in cell.value:
                        found.append(cell)
    assert found and all(c.value == "'" + attack and c.data_type == "s" for c in found)


# --- importing: refusals, each changing nothing -----------------------------------------------


def test_a_changed_fixed_cell_refuses_the_whole_workbook(vault, cycle_id, out):
    summary = exported(vault, cycle_id, out)
    path = summary.files[0].path
    detail = form_of(vault, path)
    fill(path, entries=some_entries(detail))
    book = openpyxl.load_workbook(path)
    sheet = book.worksheets[1]
    header_row, headers = columns(sheet)
    weight = sheet.cell(row=header_row + 1, column=headers["权重% Weight %"])
    weight.value = 99  # a bigger weight for the indicator the employee did well in
    book.save(path)
    before = snapshot(vault)
    outcome = import_one(vault, path)
    assert outcome.refusal == "tampered"
    assert (sheet.title, weight.coordinate) in outcome.facts["places"]
    assert snapshot(vault) == before
    assert any(a == "import_refused" for a, _, _ in audit_details(vault))


def test_an_edited_hidden_sheet_refuses_the_workbook(vault, cycle_id, out):
    summary = exported(vault, cycle_id, out)
    path = summary.files[0].path
    book = openpyxl.load_workbook(path)
    hidden = book[workbook.MANIFEST_SHEET]
    manifest = json.loads("".join(c.value for (c,) in hidden.iter_rows(min_row=2, max_col=1)))
    manifest["forms"][0]["inputs"][0]["cell"] = "C11"  # make the weight a cell to fill
    text = json.dumps(manifest, ensure_ascii=False, sort_keys=True, separators=(",", ":"))
    for (cell,) in hidden.iter_rows(min_row=2, max_col=1):
        cell.value = None
    hidden["A2"] = text
    book.save(path)
    before = snapshot(vault)
    outcome = import_one(vault, path)
    assert (outcome.refusal, outcome.facts["places"]) == ("tampered", ("manifest",))
    assert snapshot(vault) == before


def test_a_form_changed_in_the_app_since_the_export_is_refused_as_stale(vault, cycle_id, out):
    summary = exported(vault, cycle_id, out)
    written = next((w for w in summary.files if w.forms >= 2), None)
    if written is None:
        pytest.skip("no manager with two forms in the demo")
    path = written.path
    changed, kept = form_of(vault, path, 1), form_of(vault, path, 2)
    fill(path, 1, entries=some_entries(changed))
    fill(path, 2, entries=some_entries(kept))
    # The officer types one score from paper meanwhile.
    first = changed.template.indicators[0]
    kpi_forms.enter_inputs(
        vault, changed.row.id, Scorer.MANAGER, {first.key: some_entries(changed)[first.name]}
    )
    before = snapshot(vault)
    outcome = import_one(vault, path)
    statuses = {f.form_id: (f.status, f.refusal) for f in outcome.forms}
    assert statuses[changed.row.id] == (FormStatus.REFUSED, FormRefusal.STALE)
    assert statuses[kept.row.id] == (FormStatus.LANDED, None)  # the others still land
    assert [r for r in snapshot(vault) if r[0] == changed.row.id] == [
        r for r in before if r[0] == changed.row.id
    ]


def test_forms_no_longer_at_the_managers_step_are_refused(vault, cycle_id, out):
    summary = exported(vault, cycle_id, out)
    path = summary.files[0].path
    detail = form_of(vault, path)
    fill(path, entries=some_entries(detail))
    kpi_forms.enter_inputs(
        vault,
        detail.row.id,
        Scorer.MANAGER,
        {i.key: some_entries(detail)[i.name] for i in detail.template.indicators},
    )
    kpi_forms.advance_form(vault, detail.row.id)  # to HR review
    before = snapshot(vault)
    outcome = import_one(vault, path)
    (form,) = [f for f in outcome.forms if f.form_id == detail.row.id]
    assert (form.refusal, form.facts["stage"]) == (FormRefusal.NOT_AT_STEP, "hr_review")
    kpi_forms.advance_form(vault, detail.row.id)  # finalized
    outcome = import_one(vault, path)
    (form,) = [f for f in outcome.forms if f.form_id == detail.row.id]
    assert (form.refusal, form.facts["stage"]) == (FormRefusal.LOCKED, "finalized")
    assert [r for r in snapshot(vault) if r[0] == detail.row.id and len(r) > 4] == [
        r for r in before if r[0] == detail.row.id and len(r) > 4
    ]


def test_a_workbook_of_another_vault_is_refused(vault, cycle_id, out, tmp_path):
    other = vaults.create_vault(tmp_path / "Other.ehrvault", OTHER_PASSPHRASE).vault
    try:
        demo.populate(other, 60, today=TODAY)
        other_cycle = next(c.id for c in kpi_cycles.list_cycles(other) if c.state.value == "open")
        foreign = kpi_fill_in.export_workbooks(other, other_cycle, by=By.MANAGER, folder=out)
    finally:
        other.close()
    path = foreign.files[0].path
    before = snapshot(vault)
    assert kpi_fill_in.fill_in_key(vault) is None
    assert import_one(vault, path).refusal == "other_vault"  # this vault has no key at all
    exported(vault, cycle_id, tmp_path / "own")  # now it has one: still not the other's
    assert import_one(vault, path).refusal == "other_vault"
    assert snapshot(vault) == before


def test_cells_that_do_not_fit_are_reported_by_sheet_and_cell(vault, cycle_id, out):
    summary = exported(vault, cycle_id, out)
    path = summary.files[0].path
    detail = form_of(vault, path)
    bad = {}
    for indicator in detail.template.indicators:
        measure = indicator.measure
        bad[indicator.name] = 7 if isinstance(measure, Qualitative) else "很多"
    title = fill(path, entries=bad, text_cells=True)
    before = snapshot(vault)
    outcome = import_one(vault, path)
    (form,) = [f for f in outcome.forms if f.form_id == detail.row.id]
    assert (form.status, form.refusal) == (FormStatus.REFUSED, FormRefusal.CELLS_INVALID)
    assert len(form.problems) == len(detail.template.indicators)
    for problem in form.problems:
        assert problem.sheet == title and problem.cell
        assert problem.code in {"not_a_level", "not_a_number", "not_a_whole_number"}
    assert snapshot(vault) == before


def test_junk_and_empty_files_are_refused_as_unreadable(vault, tmp_path):
    junk = tmp_path / "junk.xlsx"
    junk.write_bytes(b"this is not a workbook at all" * 10)
    empty = tmp_path / "empty.xlsx"
    empty.write_bytes(b"")
    plain = tmp_path / "plain.xlsx"
    openpyxl.Workbook().save(plain)  # a real workbook, but not one of ours
    before = snapshot(vault)
    summary = kpi_fill_in.import_workbooks(vault, [junk, empty, plain], in_child=False)
    assert [(f.refusal, f.facts.get("detail")) for f in summary.files] == [
        ("unreadable", "not_a_spreadsheet"),
        ("unreadable", "empty"),
        ("not_fill_in", None),
    ]
    assert snapshot(vault) == before


def test_a_zip_bomb_and_an_oversized_file_are_refused_before_they_are_expanded(vault, tmp_path):
    bomb = tmp_path / "bomb.xlsx"
    with zipfile.ZipFile(bomb, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("[Content_Types].xml", "<Types/>")
        archive.writestr("xl/workbook.xml", "<workbook/>")
        archive.writestr("xl/worksheets/sheet1.xml", b"\0" * (50 * 2**20))  # ~50 KB packed
    huge = tmp_path / "huge.xlsx"
    with huge.open("wb") as handle:
        handle.write(b"PK\x03\x04")
        handle.write(os.urandom(21 * 2**20))
    before = snapshot(vault)
    summary = kpi_fill_in.import_workbooks(vault, [bomb, huge])  # in the memory-limited child
    assert [(f.refusal, f.facts.get("detail")) for f in summary.files] == [
        ("unreadable", "zip_bomb"),
        ("unreadable", "too_large"),
    ]
    assert snapshot(vault) == before


# --- the workbook format on its own: every kind of entry ---------------------------------------

LEVELS = Qualitative(tuple(Level(n, f"L{n}", D(20 * n), f"行为 {n}") for n in range(1, 6)))
EVERY_KIND = Template(
    "ALL",
    "=Every kind",
    (
        Dimension(
            "work",
            "业绩",
            D(60),
            (
                Indicator(
                    "sales", "销售额", D(20), Quantitative(Linear(cap=D(120)), D(100), "万元")
                ),
                Indicator(
                    "collection",
                    "回款率",
                    D(10),
                    Quantitative(Bands((Band(D(100), D(100)), Band(D(90), D(80)))), D(95), "%"),
                ),
                Indicator("defects", "缺陷", D(10), Quantitative(PerIncident(D(10)))),
                Indicator("safety", "安全", D(20), Quantitative(PassFail())),
            ),
        ),
        Dimension(
            "growth",
            "成长",
            D(40),
            (
                Indicator("conduct", "@SUM(A1)", D(20), LEVELS, "-2+3"),
                Indicator(
                    "project",
                    "项目",
                    D(20),
                    Process((Milestone("plan", "方案"), Milestone("pilot", "试点"))),
                ),
            ),
        ),
    ),
)


def _book(tmp_path, key, **sheet) -> Path:
    path = tmp_path / "every-kind.xlsx"
    form = workbook.FormSheet(
        form_id=7,
        stamp="s7",
        employee_no="E007",
        name="=张三",
        department="销售部",
        position="销售",
        template=EVERY_KIND,
        **sheet,
    )
    workbook.write_fill_in(
        path,
        workbook.FillInWorkbook(
            cycle_id=1,
            cycle="2026 Q3",
            period="2026-07-01 – 2026-09-30",
            scorer=Scorer.MANAGER,
            person_id=3,
            person="M003 李四",
            due=dt.date(2026, 12, 4),
            company="+Company",
            forms=[form],
            exported_at="2026-11-27T09:00:00+00:00",
        ),
        key,
    )
    return path


def test_every_kind_of_entry_is_read_as_typed(tmp_path):
    key = os.urandom(32)
    path = _book(tmp_path, key)
    fill(
        path,
        entries={
            "销售额": "96.5%",  # typed as text with a percent sign
            "回款率": 97,
            "缺陷": "２",  # full-width digit
            "安全": "通过",  # half of the offered "通过 Pass"
            "@SUM(A1)": "4 L4",
            "· 方案": "达成 Met",
            "· 试点": "no",
        },
        text_cells=True,
    )
    returned = workbook.read_returned(path, key, in_child=False)
    (form,) = returned.forms
    assert form.problems == ()
    assert dict(form.values) == {
        "sales": Actual(D("96.5")),
        "collection": Actual(D(97)),
        "defects": Incidents(2),
        "safety": Verdict(True),
        "conduct": Rating(4),
        "project": Checklist(frozenset({"plan"})),
    }
    assert (returned.scorer, returned.person_id, form.form_id, form.stamp) == (
        Scorer.MANAGER,
        3,
        7,
        "s7",
    )


def test_entries_already_made_are_written_in_and_read_back_unchanged(tmp_path):
    key = os.urandom(32)
    entered = {
        "sales": Actual(D("88.25")),
        "defects": Incidents(3),
        "safety": Verdict(False),
        "conduct": Rating(2),
        "project": Checklist(frozenset({"pilot"})),
    }
    path = _book(tmp_path, key, entered=entered, comments={"sales": "+1 from last year"})
    (form,) = workbook.read_returned(path, key, in_child=False).forms
    assert dict(form.values) == entered
    assert dict(form.comments) == {"sales": "+1 from last year"}


def test_each_kind_refuses_what_does_not_fit(tmp_path):
    key = os.urandom(32)
    path = _book(tmp_path, key)
    title = fill(
        path,
        entries={
            "销售额": "many",
            "回款率": 1e15,
            "缺陷": -1,
            "安全": "maybe",
            "@SUM(A1)": 9,
            "· 方案": "soon",
        },
        text_cells=True,
    )
    (form,) = workbook.read_returned(path, key, in_child=False).forms
    found = {(p.indicator, p.code) for p in form.problems}
    assert found == {
        ("sales", "not_a_number"),
        ("collection", "outside_range"),
        ("defects", "outside_range"),
        ("safety", "not_a_choice"),
        ("conduct", "not_a_level"),
        ("project", "not_a_choice"),
    }
    assert all(p.sheet == title and p.cell.startswith("H") for p in form.problems)
    assert form.values == {}


def test_text_the_app_writes_can_never_become_a_formula(tmp_path):
    key = os.urandom(32)
    path = _book(tmp_path, key)
    book = openpyxl.load_workbook(path)
    risky = [
        c
        for sheet in book.worksheets
        for row in sheet.iter_rows()
        for c in row
        if isinstance(c.value, str) and c.value.lstrip("'")[:1] in ("=", "+", "-", "@")
    ]
    assert {c.value for c in risky} >= {"'=张三", "'+Company", "'@SUM(A1)", "'-2+3"}
    assert all(c.data_type == "s" and c.value.startswith("'") for c in risky)


def test_sheet_titles_are_unique_short_and_legal(tmp_path):
    key = os.urandom(32)
    forms = [
        workbook.FormSheet(n, "s", "E1", "A/B:C*D?[E]" + "很长的名字" * 8, "", "", EVERY_KIND)
        for n in range(3)
    ]
    path = tmp_path / "titles.xlsx"
    workbook.write_fill_in(
        path,
        workbook.FillInWorkbook(
            1, "C", "", Scorer.MANAGER, 1, "M", None, "", forms, "2026-01-01T00:00:00+00:00"
        ),
        key,
    )
    titles = openpyxl.load_workbook(path).sheetnames[1:-1]
    assert len({t.casefold() for t in titles}) == 3
    assert all(len(t) <= 31 and not set(t) & set("[]:*?/\\") for t in titles)
    returned = workbook.read_returned(path, key, in_child=False)
    assert [f.sheet for f in returned.forms] == titles


# --- the command line --------------------------------------------------------------------------


@pytest.fixture
def demo_vault_path(vault_path, monkeypatch):
    from support.vault_helpers import PASSPHRASE

    from ehr_desktop import cli

    created = vaults.create_vault(vault_path, PASSPHRASE)
    demo.populate(created.vault, 60, today=TODAY)
    created.vault.close()
    monkeypatch.setenv(cli.PASSPHRASE_ENV, PASSPHRASE)
    return vault_path


def run_cli(capsys, *args: str) -> tuple[int, dict]:
    from ehr_desktop import cli

    code = cli.main([*args, "--json"])
    return code, json.loads(capsys.readouterr().out)


CYCLE = "2026 年第 3 季度绩效考核"


@pytest.mark.usefixtures("english_cli")
def test_cli_exports_and_imports_with_counts_and_reasons(demo_vault_path, tmp_path, capsys):
    from ehr_desktop import cli

    out = tmp_path / "workbooks"
    code, exported_json = run_cli(
        capsys, "forms", "export", str(demo_vault_path), "--cycle", CYCLE, "--by", "manager",
        "-o", str(out),
    )  # fmt: skip
    assert code == 0 and exported_json["by"] == "manager"
    assert exported_json["forms"] == sum(f["forms"] for f in exported_json["files"]) > 0
    assert exported_json["left_out"]["finalized"] >= 1
    first = Path(exported_json["files"][0]["path"])
    book = openpyxl.load_workbook(first)
    sheet = book.worksheets[1]
    header_row, headers = columns(sheet)
    sheet.cell(row=header_row + 1, column=headers[ENTRY]).value = "很多"  # not a number/level
    book.save(first)
    junk = tmp_path / "junk.xlsx"
    junk.write_text("no")

    code, imported_json = run_cli(
        capsys, "forms", "import", str(demo_vault_path), str(first), str(junk)
    )
    assert code == 1  # a workbook was refused as a whole
    taken, refused = imported_json["files"]
    assert refused["refused"] == "unreadable" and "not an Excel workbook" in refused["reason"]
    (form,) = [f for f in taken["forms"] if f["sheet"] == sheet.title]
    assert (form["status"], form["refusal"]) == ("refused", "cells_invalid")
    (problem,) = form["problems"]
    assert problem["cell"] == f"{openpyxl.utils.get_column_letter(headers[ENTRY])}{header_row + 1}"
    assert "很多" in problem["text"]
    assert imported_json["counts"]["files_refused"] == 1

    assert cli.main(["forms", "import", str(demo_vault_path), str(first)]) == 0
    text = capsys.readouterr().out
    assert f"{first.name} (from " in text and "Refused" in text and "很多" in text


@pytest.mark.usefixtures("english_cli")
def test_cli_names_an_unknown_cycle_or_department_in_one_sentence(
    demo_vault_path, tmp_path, capsys
):
    from ehr_desktop import cli

    assert cli.main(["forms", "export", str(demo_vault_path), "--cycle", "Q9", "--by", "employee",
                     "-o", str(tmp_path)]) == 1  # fmt: skip
    assert "no appraisal cycle named “Q9”" in capsys.readouterr().err
    assert cli.main(["forms", "export", str(demo_vault_path), "--cycle", CYCLE, "--by", "employee",
                     "-o", str(tmp_path), "--department", "火星部"]) == 1  # fmt: skip
    assert "no department “火星部”" in capsys.readouterr().err
    code, exported_json = run_cli(
        capsys, "forms", "export", str(demo_vault_path), "--cycle", CYCLE, "--by", "employee",
        "-o", str(tmp_path / "sales"), "--department", "销售部",
    )  # fmt: skip
    assert code == 0 and len(exported_json["files"]) > 0


def test_the_same_workbook_completed_and_sent_again_lands_the_rest(vault, cycle_id, out):
    summary = exported(vault, cycle_id, out)
    path = summary.files[0].path
    detail = form_of(vault, path)
    if len(detail.template.indicators) < 2:
        pytest.skip("the first form has a single indicator")
    everything = some_entries(detail)
    first = dict(list(everything.items())[:1])
    fill(path, entries=first)
    assert import_one(vault, path).forms[0].changed == (indicator_names(detail)[next(iter(first))],)
    fill(path, entries=everything)  # the manager finishes the same file and sends it again
    again = import_one(vault, path)
    (form,) = [f for f in again.forms if f.form_id == detail.row.id]
    assert form.status == FormStatus.LANDED and not form.partial
    assert set(form.changed) == set(indicator_names(detail).values()) - {
        indicator_names(detail)[next(iter(first))]
    }


def test_an_older_workbook_never_overwrites_a_newer_one(vault, cycle_id, out):
    summary = exported(vault, cycle_id, out / "first")
    older = summary.files[0].path
    detail = form_of(vault, older)
    indicator = detail.template.indicators[0]
    low, high = (2, 5) if isinstance(indicator.measure, Qualitative) else (50, 99)
    fill(older, entries={indicator.name: low})
    assert import_one(vault, older).forms[0].status == FormStatus.LANDED
    newer = kpi_fill_in.export_workbooks(vault, cycle_id, by=By.MANAGER, folder=out / "second")
    newer_path = next(w.path for w in newer.files if w.employee_no == summary.files[0].employee_no)
    fill(newer_path, entries={indicator.name: high})
    assert import_one(vault, newer_path).forms[0].status == FormStatus.LANDED
    before = snapshot(vault)
    fill(older, entries={indicator.name: low + 1})  # the old file, edited and sent once more
    (form,) = [f for f in import_one(vault, older).forms if f.form_id == detail.row.id]
    assert (form.status, form.refusal) == (FormStatus.REFUSED, FormRefusal.STALE)
    assert snapshot(vault) == before


def test_a_reading_child_out_of_memory_refuses_each_file_as_too_large(tmp_path):
    key = os.urandom(32)
    path = _book(tmp_path, key)
    found = workbook.read_returned_all([path, path], key, memory_limit_mb=40)
    assert [(f.reason, f.facts["detail"]) for f in found] == [("unreadable", "too_large")] * 2
