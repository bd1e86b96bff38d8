"""Appraisal sheets as PDF from a real demo vault, read back with pypdf: one employee per
document with its own page numbering, Chinese text extractable, the font embedded, blank
variant, long tables across pages, cancel, Letter, a file per employee, the audit trail."""

from __future__ import annotations

import datetime as dt
import json
import re
import shutil
import subprocess
from decimal import Decimal

import pytest
from sqlalchemy import select
from support.print_samples import chinese_sheet_texts, flat, fonts_of, page_texts, read

from ehr_desktop.domain.kpi import (
    Actual,
    Dimension,
    Indicator,
    Linear,
    Quantitative,
    Rating,
    Scorer,
    Template,
)
from ehr_desktop.exchange.pdf import (
    AppraisalSheet,
    Letterhead,
    PrintCancelled,
    SheetDimension,
    SheetIndicator,
    plain_number,
    render_sheets,
)
from ehr_desktop.persistence.models import AuditLogEntry, Department
from ehr_desktop.services import company, kpi_cycles, kpi_results, overview, printing
from ehr_desktop.services.kpi_store import CycleState
from ehr_desktop.services.organization import subtree_ids

D = Decimal


@pytest.fixture
def vault(filled_vault):
    overview.set_company_name(filled_vault, "星河科技有限公司")
    company.set_address(filled_vault, "上海市浦东新区张江路 88 号")
    return filled_vault


def finalized_cycle(vault):
    return next(c for c in kpi_cycles.list_cycles(vault) if c.state == CycleState.FINALIZED)


def print_entries(vault) -> list[tuple[str, str, str, dict]]:
    with vault.database.reading() as session:
        rows = session.execute(
            select(
                AuditLogEntry.action,
                AuditLogEntry.entity,
                AuditLogEntry.entity_id,
                AuditLogEntry.detail,
            ).where(AuditLogEntry.action.in_(("print", "export")))
        ).all()
    return [(r.action, r.entity, r.entity_id, json.loads(r.detail)) for r in rows]


def test_a_cycle_prints_one_sheet_per_employee_each_starting_a_page(vault):
    cycle = finalized_cycle(vault)
    results = kpi_results.cycle_results(vault, cycle.id)
    progress: list[tuple[int, int]] = []

    printed = printing.appraisal_sheets(
        vault,
        cycle_id=cycle.id,
        texts=chinese_sheet_texts(),
        progress=lambda *a: progress.append(a),
    )

    texts = page_texts(printed.data)
    assert printed.people == len(results) > 10
    first_pages = [n for n, text in enumerate(texts) if "第1页，共" in flat(text)]
    assert len(first_pages) == len(results)  # the numbering restarts with each employee
    in_order = sorted(results, key=lambda r: (r.department or "\uffff", r.employee_no))
    for result, start in zip(in_order, first_pages, strict=True):
        top = flat(texts[start])
        assert result.employee_no in top and flat(result.name) in top
        assert "星河科技有限公司" in top and "绩效考核表" in top
        assert "考核指标" in top and "最终得分" in top and "被考核人" in top
    # Each employee's final score stands on their sheet (the last page of their document).
    ends = [*first_pages[1:], len(texts)]
    for result, start, end in zip(in_order, first_pages, ends, strict=True):
        if result.score is not None:
            sheet = "".join(flat(texts[n]) for n in range(start, end))
            assert plain_number(result.score) in sheet
    assert progress[-1] == (len(results), len(results))
    assert [done for done, _ in progress] == list(range(1, len(results) + 1))


def test_the_font_is_embedded_and_chinese_extracts(vault):
    cycle = finalized_cycle(vault)
    printed = printing.appraisal_sheets(vault, cycle_id=cycle.id, texts=chinese_sheet_texts())

    fonts = fonts_of(printed.data)
    assert fonts, "no fonts at all"
    for font in fonts:  # the bundled font only, each subset carrying its TrueType program
        assert "WenQuanYiMicroHei" in font["base"]
        assert "/FontFile2" in font["descriptor"]
    assert "绩效考核表" in flat(page_texts(printed.data)[0])


def test_a_department_prints_its_subtree_only(vault):
    cycle = finalized_cycle(vault)
    with vault.database.reading() as session:
        parent_ids = session.scalars(
            select(Department.parent_id).where(Department.parent_id.is_not(None))
        ).all()
        sales = session.get(Department, parent_ids[0])  # a department with sub-departments
        inside = set(subtree_ids(session, sales.id))
    assert len(inside) > 1
    expected = [r for r in kpi_results.cycle_results(vault, cycle.id) if r.department_id in inside]

    printed = printing.appraisal_sheets(
        vault, cycle_id=cycle.id, texts=chinese_sheet_texts(), department_id=sales.id
    )

    assert printed.people == len(expected) > 0
    assert len(read(printed.data).pages) >= len(expected)
    _, _, _, facts = print_entries(vault)[-1]
    assert facts["department_id"] == sales.id and facts["people"] == len(expected)


def test_the_blank_variant_has_the_layout_but_no_scores(vault):
    cycle = finalized_cycle(vault)
    result = next(r for r in kpi_results.cycle_results(vault, cycle.id) if r.score is not None)
    texts = chinese_sheet_texts()

    filled = printing.appraisal_sheets(
        vault, cycle_id=cycle.id, texts=texts, form_ids=[result.form_id]
    )
    blank = printing.appraisal_sheets(
        vault, cycle_id=cycle.id, texts=texts, form_ids=[result.form_id], blank=True
    )

    filled_text = "".join(flat(t) for t in page_texts(filled.data))
    blank_text = "".join(flat(t) for t in page_texts(blank.data))
    assert "绩效考核表（手填）" in blank_text and result.name in blank_text
    assert "考核指标" in blank_text and "最终得分" in blank_text and "签字" in blank_text
    score = plain_number(result.score)
    assert score in filled_text and score not in blank_text
    for word in ("notentered", "Finalized", "已定稿"):  # no stage, no scorer state
        assert word not in blank_text
    _, _, _, facts = print_entries(vault)[-1]
    assert facts["what"] == "appraisal_sheets_blank"


def long_sheet(indicators: int = 30, *, blank: bool = False) -> AppraisalSheet:
    """A made-up form with `indicators` quantitative indicators and long comments."""
    weight = D(100) / indicators
    rule = Quantitative(Linear(cap=D(120)), target=D(200), unit="万元")
    template_indicators = tuple(
        Indicator(f"k{n}", f"指标 {n:02d} 销售回款与客户满意度", weight, rule, "按季度统计" * 3)
        for n in range(1, indicators + 1)
    )
    template = Template("LONG", "长模板", (Dimension("d", "业绩", D(100), template_indicators),))
    comment = "本季度完成情况良好，重点客户回款及时；" * 6
    rows = tuple(
        SheetIndicator(
            i,
            inputs={} if blank else {Scorer.MANAGER: Actual(D(180 + n))},
            scores={} if blank else {Scorer.MANAGER: D(90)},
            comments={} if blank else {Scorer.MANAGER: comment},
        )
        for n, i in enumerate(template_indicators)
    )
    return AppraisalSheet(
        form_id=1,
        cycle="2026 年第 3 季度",
        starts_on=dt.date(2026, 7, 1),
        ends_on=dt.date(2026, 9, 30),
        template="长模板 v1",
        stage="manager_review",
        employee_no="E001",
        name="张三",
        department="销售部/华东区",
        position="销售经理",
        reviewer="李四",
        scorer_weights=template.scorer_weights,
        dimensions=(SheetDimension("d", "业绩", D(100), rows),),
        items=(),
        grades=template.grades,
        blank=blank,
    )


@pytest.mark.parametrize("blank", [False, True])
def test_a_thirty_indicator_table_crosses_pages_and_repeats_its_header(blank):
    data = render_sheets(
        [long_sheet(30, blank=blank)],
        chinese_sheet_texts(),
        Letterhead("星河科技有限公司"),
        count=1,
        blank=blank,
    )

    texts = [flat(t) for t in page_texts(data)]
    assert len(texts) >= 2
    with_rows = [text for text in texts if re.search(r"指标\d\d", text)]
    assert len(with_rows) >= 2
    for text in with_rows:  # the header on every page the table reaches
        assert "考核指标" in text and "考核标准" in text
    for number, text in enumerate(texts, start=1):
        assert f"第{number}页，共{len(texts)}页" in text
    everything = "".join(texts)
    assert all(f"指标{n:02d}" in everything for n in range(1, 31))
    if not blank:  # long comments wrap inside their cell rather than being cut off
        assert everything.count("重点客户回款及时") == 30 * 6


def test_cancel_stops_between_employees_and_writes_nothing(vault, tmp_path):
    cycle = finalized_cycle(vault)
    before = print_entries(vault)
    asked = []

    def cancelled() -> bool:
        asked.append(1)
        return len(asked) > 2

    target = tmp_path / "sheets.pdf"
    with pytest.raises(PrintCancelled):
        printing.write_appraisal_sheets(
            vault, target, cycle_id=cycle.id, texts=chinese_sheet_texts(), cancelled=cancelled
        )
    folder = tmp_path / "out"
    folder.mkdir()
    asked.clear()
    with pytest.raises(PrintCancelled):
        printing.write_appraisal_sheets_to_folder(
            vault, folder, cycle_id=cycle.id, texts=chinese_sheet_texts(), cancelled=cancelled
        )

    assert not target.exists()
    assert list(tmp_path.glob("*.pdf")) == [] and list(folder.iterdir()) == []
    assert print_entries(vault) == before


def test_letter_size_pages(vault):
    cycle = finalized_cycle(vault)
    printed = printing.appraisal_sheets(
        vault, cycle_id=cycle.id, texts=chinese_sheet_texts(), page_size="letter", form_ids=None
    )
    box = read(printed.data).pages[0].mediabox
    assert (round(float(box.width)), round(float(box.height))) == (612, 792)
    a4 = printing.appraisal_sheets(vault, cycle_id=cycle.id, texts=chinese_sheet_texts())
    box = read(a4.data).pages[0].mediabox
    assert (round(float(box.width)), round(float(box.height))) == (595, 842)


def test_one_file_per_employee_in_a_folder(vault, tmp_path):
    cycle = finalized_cycle(vault)
    results = kpi_results.cycle_results(vault, cycle.id)

    folder = tmp_path / "sheets"
    folder.mkdir()

    printed = printing.write_appraisal_sheets_to_folder(
        vault, folder, cycle_id=cycle.id, texts=chinese_sheet_texts()
    )

    names = sorted(p.name for p in folder.iterdir())  # no staging folder left behind
    expected = sorted(printing.sheet_file_name(r.employee_no, r.name, cycle.name) for r in results)
    assert names == expected and len(printed.files) == len(results)
    one = next(r for r in results if r.score is not None)
    data = (folder / printing.sheet_file_name(one.employee_no, one.name, cycle.name)).read_bytes()
    text = "".join(flat(t) for t in page_texts(data))
    assert one.name in text and "第1页，共" in text
    action, entity, entity_id, facts = print_entries(vault)[-1]
    assert (action, entity, entity_id) == ("export", "kpi_cycles", str(cycle.id))
    assert facts == {
        "what": "appraisal_sheets",
        "people": len(results),
        "unmasked": False,
        "where": "sheets",
    }


def test_file_names_are_safe_on_every_system():
    assert (
        printing.sheet_file_name("E001", "张三", "2026 年第 3 季度")
        == "E001_张三_2026 年第 3 季度.pdf"
    )
    assert printing.sheet_file_name("A/B", 'x:y*"z', "Q1\\Q2") == "A_B_x_y_z_Q1_Q2.pdf"
    assert printing.sheet_file_name("..", "..", "con") == "_con.pdf"
    assert len(printing.sheet_file_name("E", "名" * 300, "C")) <= 124


def test_a_sheet_file_is_audited_before_it_is_written(vault, tmp_path, monkeypatch):
    cycle = finalized_cycle(vault)
    target = tmp_path / "sheets.pdf"
    seen_at_write = []
    real_write = printing.atomic.write_bytes

    def spying_write(path, data):
        if path == target:
            seen_at_write.append(len(print_entries(vault)))
        real_write(path, data)

    monkeypatch.setattr(printing.atomic, "write_bytes", spying_write)

    printed = printing.write_appraisal_sheets(
        vault, target, cycle_id=cycle.id, texts=chinese_sheet_texts()
    )

    assert seen_at_write == [1]  # the entry was already there when the bytes left
    action, entity, entity_id, facts = print_entries(vault)[-1]
    assert (action, entity, entity_id) == ("export", "kpi_cycles", str(cycle.id))
    assert facts["people"] == printed.people and facts["unmasked"] is False
    assert facts["where"] == "sheets.pdf"
    assert target.read_bytes().startswith(b"%PDF")


def test_an_unwritable_target_is_refused_before_any_work(vault, tmp_path):
    from ehr_desktop.domain.errors import StorageError

    cycle = finalized_cycle(vault)
    with pytest.raises(StorageError):
        printing.write_appraisal_sheets(
            vault, tmp_path / "missing" / "x.pdf", cycle_id=cycle.id, texts=chinese_sheet_texts()
        )
    assert print_entries(vault) == []


def test_rating_inputs_show_their_level_words(vault):
    cycle = finalized_cycle(vault)
    result = next(r for r in kpi_results.cycle_results(vault, cycle.id) if r.score is not None)
    sheet = next(printing._sheets(vault, [result.form_id], blank=False))
    entered = [
        given
        for d in sheet.dimensions
        for i in d.indicators
        for given in i.inputs.values()
        if isinstance(given, Rating)
    ]
    assert entered and sheet.result is not None and sheet.result.final is not None


def test_a_choice_without_forms_makes_no_empty_pdf(vault, tmp_path):
    from ehr_desktop.domain.errors import NothingToPrint

    cycle = finalized_cycle(vault)
    with pytest.raises(NothingToPrint):
        printing.write_appraisal_sheets(
            vault, tmp_path / "x.pdf", cycle_id=cycle.id, texts=chinese_sheet_texts(), form_ids=[]
        )
    assert not (tmp_path / "x.pdf").exists() and print_entries(vault) == []


@pytest.mark.skipif(not shutil.which("pdffonts"), reason="poppler-utils not installed")
def test_poppler_sees_the_font_embedded_and_extracts_chinese(vault, tmp_path):
    cycle = finalized_cycle(vault)
    target = tmp_path / "sheets.pdf"
    printing.write_appraisal_sheets(
        vault, target, cycle_id=cycle.id, texts=chinese_sheet_texts(), page_size="letter"
    )

    fonts = subprocess.run(["pdffonts", str(target)], capture_output=True, text=True, check=True)
    text = subprocess.run(["pdftotext", str(target), "-"], capture_output=True, text=True)

    listed = fonts.stdout.splitlines()[2:]
    assert listed and all("WenQuanYiMicroHei" in line for line in listed)
    assert all(line.split()[-5:-3] == ["yes", "yes"] for line in listed)  # emb, sub
    assert "绩效考核表" in text.stdout and "星河科技有限公司" in text.stdout
