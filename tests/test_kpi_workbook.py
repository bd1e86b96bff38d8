"""KPI templates as workbooks (write, read back, typed by hand, refused) and the cycle results
workbook."""

import importlib.util
import sys
import tempfile
import zipfile
from dataclasses import replace
from decimal import Decimal
from pathlib import Path

import openpyxl
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from ehr_desktop.domain.kpi import (
    DEFAULT_GRADES,
    DEFAULT_SCORER_WEIGHTS,
    AdjustmentItem,
    Band,
    Bands,
    Dimension,
    Direction,
    GradeBand,
    GradeScale,
    Indicator,
    Level,
    Linear,
    Milestone,
    PassFail,
    PerIncident,
    Process,
    Qualitative,
    Quantitative,
    Scorer,
    Template,
    VetoItem,
    validate,
)
from ehr_desktop.exchange.kpi import (
    ResultLine,
    ResultTexts,
    TemplateTexts,
    WorkbookProblem,
    read_template,
    read_template_isolated,
    write_results,
    write_template,
)
from ehr_desktop.exchange.spreadsheet import XML_ILLEGAL_RE

REPO = Path(__file__).resolve().parent.parent
EXAMPLE = REPO / "docs" / "examples" / "kpi-template-sales.xlsx"
D = Decimal
TEXTS = TemplateTexts(["说明：按表头填写。", "Fill in under the headers."])
TEMPLATE_HEADER = ["项目 / Field", "值 / Value"]


def load_script():
    spec = importlib.util.spec_from_file_location(
        "make_kpi_example", REPO / "scripts" / "make_kpi_example.py"
    )
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def round_trip(template: Template, folder: Path, keywords: str = "zh"):
    path = folder / "template.xlsx"
    write_template(path, template, TemplateTexts(["x"], keywords=keywords))
    return read_template(path)


def codes(problems: list[WorkbookProblem]) -> set[tuple]:
    return {(p.code, p.sheet, p.row, p.column) for p in problems}


# --- round trips -----------------------------------------------------------------------------


def varied_template() -> Template:
    """Every kind, every rule, both directions, odd text, exact decimals."""
    return Template(
        code="=OPS",
        name="运营；季度 考核",
        version=3,
        dimensions=(
            Dimension(
                "D-A",
                "-业绩",
                D("66.67"),
                (
                    Indicator(
                        "q1",
                        "+成本",
                        D("33.33"),
                        Quantitative(
                            Linear(D(10), D(150)),
                            D("0.123456789012345678"),  # more than a float holds
                            "万元",
                            Direction.LOWER_IS_BETTER,
                        ),
                        "@见附件\n第二行",
                    ),
                    Indicator(
                        "q2",
                        "交付",
                        D("33.34"),
                        Quantitative(
                            Bands((Band(D(110), D(100)), Band(D("92.5"), D(75))), D(20)), D(40)
                        ),
                    ),
                ),
            ),
            Dimension(
                "D-B",
                "过程",
                D("33.33"),
                (
                    Indicator(
                        "p1",
                        "项目",
                        D(10),
                        Process(
                            (
                                Milestone("1", "立项"),
                                Milestone("m2", "a=b;c"),
                                Milestone("x", "验收"),
                            )
                        ),
                    ),
                    Indicator(
                        "r1",
                        "态度",
                        D("13.33"),
                        Qualitative(
                            (
                                Level(-1, "差: 很差", D(0), "经常; 迟到"),
                                Level(2, "", D(50)),
                                Level(3, "好=优", D("99.5"), "'引号"),
                            )
                        ),
                    ),
                    Indicator(
                        "s1",
                        "安全",
                        D(5),
                        Quantitative(PerIncident(D("2.5"), D(90), D(10)), unit="次"),
                    ),
                    Indicator("s2", "合规", D(5), Quantitative(PassFail(D(95), D(5)))),
                ),
            ),
        ),
        scorer_weights={Scorer.SELF: D(0), Scorer.MANAGER: D("87.5"), Scorer.HR: D("12.5")},
        vetoes=(VetoItem("v", "=事故", D(0)), VetoItem("v2", "违纪", D(60), "说明")),
        bonuses=(AdjustmentItem("b", "创新", D(3), "有专利"),),
        deductions=(AdjustmentItem("m", "投诉", D("2.5")),),
        max_total_bonus=D(5),
        max_total_deduction=D(10),
        grades=GradeScale((GradeBand("优", D(90)), GradeBand("良", D("75.5"))), "待改进"),
    )


@pytest.mark.parametrize("keywords", ["zh", "en"])
def test_a_varied_template_reads_back_equal(tmp_path, keywords):
    template = varied_template()
    assert validate(template) == []
    back, problems = round_trip(template, tmp_path, keywords)
    assert problems == []
    assert back == template


def test_a_template_without_some_scorers_keeps_them_out(tmp_path):
    template = Template(
        "T",
        "T",
        (Dimension("d", "D", D(100), (Indicator("i", "I", D(100), Quantitative(PassFail())),)),),
        scorer_weights={Scorer.MANAGER: D(100)},
    )
    back, problems = round_trip(template, tmp_path)
    assert problems == []
    assert dict(back.scorer_weights) == {Scorer.MANAGER: D(100)}


@st.composite
def split(draw, total: int, parts: int) -> list[int]:
    cuts = draw(st.sets(st.integers(1, total - 1), min_size=parts - 1, max_size=parts - 1))
    bounds = [0, *sorted(cuts), total]
    return [high - low for low, high in zip(bounds, bounds[1:], strict=False)]


# Text with separators, signs and formula triggers in it, and any other printable text: names
# keep their inner spaces, but a cell's surrounding spaces are not kept. Characters XML cannot
# hold are dropped on writing (see the test below), so they cannot come back.
names = st.one_of(
    st.text(alphabet="abXY 销售额回款=+-@';；:：,，、()%12", min_size=1, max_size=10),
    st.text(st.characters(blacklist_categories=("Cs", "Cc")), min_size=1, max_size=8),
).filter(lambda s: s == s.strip() and s and not XML_ILLEGAL_RE.search(s))
labels = names | st.just("")
scores = st.decimals(min_value=0, max_value=200, places=2)


@st.composite
def rules(draw):
    kind = draw(st.sampled_from(["linear", "bands", "per_incident", "pass_fail"]))
    if kind == "linear":
        floor = draw(scores)
        return Linear(floor, floor + draw(scores))
    if kind == "bands":
        thresholds = sorted(draw(st.sets(scores, min_size=1, max_size=4)), reverse=True)
        band_scores = sorted(
            draw(st.lists(scores, min_size=len(thresholds) + 1, max_size=len(thresholds) + 1)),
            reverse=True,
        )
        bands = tuple(Band(t, s) for t, s in zip(thresholds, band_scores, strict=False))
        return Bands(bands, band_scores[-1])
    if kind == "per_incident":
        floor = draw(scores)
        return PerIncident(draw(scores.filter(lambda v: v > 0)), floor + draw(scores), floor)
    fail = draw(scores)
    return PassFail(fail + draw(scores), fail)


@st.composite
def measures(draw):
    kind = draw(st.sampled_from(["quantitative", "qualitative", "process"]))
    if kind == "quantitative":
        rule = draw(rules())
        needs_target = isinstance(rule, Linear | Bands)
        target = draw(scores.filter(lambda v: v > 0) if needs_target else st.none() | scores)
        return Quantitative(rule, target, draw(labels), draw(st.sampled_from(Direction)))
    if kind == "qualitative":
        values = draw(st.lists(st.integers(-3, 9), min_size=1, max_size=5, unique=True))
        return Qualitative(
            tuple(Level(v, draw(labels), draw(scores), draw(labels)) for v in values)
        )
    count = draw(st.integers(1, 3))
    keys = draw(
        st.lists(
            st.sampled_from(["1", "2", "3", "k", "a b"]),
            min_size=count,
            max_size=count,
            unique=True,
        )
    )
    return Process(tuple(Milestone(key, draw(names)) for key in keys))


@st.composite
def valid_templates(draw) -> Template:
    dimension_weights = draw(split(10_000, draw(st.integers(1, 3))))
    dimensions = []
    serial = 0
    for d, weight in enumerate(dimension_weights):
        parts = draw(split(weight, draw(st.integers(1, min(3, weight))))) if weight > 1 else [1]
        indicators = []
        for part in parts:
            serial += 1
            indicators.append(
                Indicator(f"K{serial}", draw(names), D(part) / 100, draw(measures()), draw(labels))
            )
        dimensions.append(Dimension(f"D{d}", draw(names), D(weight) / 100, tuple(indicators)))
    self_weight, manager_weight = draw(split(100, 2))
    grade_names = draw(st.lists(names, min_size=2, max_size=4, unique=True))
    bounds = sorted(
        draw(
            st.sets(
                scores.filter(lambda v: v > 0),
                min_size=len(grade_names) - 1,
                max_size=len(grade_names) - 1,
            )
        ),
        reverse=True,
    )
    bonuses = tuple(
        AdjustmentItem(f"B{n}", draw(names), draw(scores.filter(lambda v: v > 0)), draw(labels))
        for n in range(draw(st.integers(0, 2)))
    )
    return Template(
        code=draw(names),
        name=draw(names),
        version=draw(st.integers(1, 99)),
        dimensions=tuple(dimensions),
        scorer_weights={
            Scorer.SELF: D(self_weight),
            Scorer.MANAGER: D(manager_weight),
            Scorer.HR: D(0),
        },
        vetoes=tuple(
            VetoItem(f"V{n}", draw(names), draw(scores), draw(labels))
            for n in range(draw(st.integers(0, 2)))
        ),
        bonuses=bonuses,
        max_total_bonus=draw(scores.filter(lambda v: v > 0)) if bonuses else D(0),
        grades=GradeScale(
            tuple(GradeBand(n, b) for n, b in zip(grade_names, bounds, strict=False)),
            grade_names[-1],
        ),
    )


@given(valid_templates(), st.sampled_from(["zh", "en"]))
@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
def test_generated_templates_read_back_equal(template, keywords):
    assert validate(template) == []
    with tempfile.TemporaryDirectory() as folder:
        back, problems = round_trip(template, Path(folder), keywords)
    assert problems == []
    assert back == template


def test_text_xml_cannot_hold_is_dropped_and_the_workbook_stays_readable(tmp_path):
    """U+FFFE/U+FFFF (noncharacters) and control characters pasted into a name would make
    the sheet's XML unreadable: they are left out, the rest of the text is kept."""
    template = varied_template()
    first = template.dimensions[0]
    odd = replace(first, name=first.name + "\ufffe\x01\uffff")
    back, problems = round_trip(
        replace(template, dimensions=(odd, *template.dimensions[1:])), tmp_path
    )
    assert problems == []
    assert back.dimensions[0].name == first.name


def test_the_example_file_reads_back_as_the_script_builds_it():
    template, problems = read_template(EXAMPLE)
    assert problems == []
    assert template == load_script().sales_template()
    assert [d.weight for d in template.dimensions] == [70, 20, 10]
    assert template.vetoes[0].cap == 60 and template.bonuses[0].max_points == 5


# --- typed by hand ---------------------------------------------------------------------------


def hand_typed(
    path: Path, indicator_rows, *, template_rows=None, extras=None, merges=(), formats=None
):
    workbook = openpyxl.Workbook()
    sheet = workbook.active
    sheet.title = "模板"
    for row in (
        template_rows if template_rows is not None else [["模板代码", "S1"], ["模板名称", "销售"]]
    ):
        sheet.append(row)
    sheet = workbook.create_sheet("指标")
    for row in indicator_rows:
        sheet.append(row)
    for merge in merges:
        sheet.merge_cells(merge)
    for reference, number_format in (formats or {}).items():
        sheet[reference].number_format = number_format
    if extras is not None:
        sheet = workbook.create_sheet("Vetoes & adjustments")
        for row in extras:
            sheet.append(row)
    workbook.save(path)
    return path


def test_a_hand_typed_workbook_with_merged_dimensions_and_percent_forms(tmp_path):
    # Given a title row, Chinese-only headers in the officer's order, a merged dimension,
    # a dimension on a row of its own, blank rows, 30% / ３０ / 0.3 forms, Chinese keywords
    path = hand_typed(
        tmp_path / "hand.xlsx",
        [
            ["2025 年销售部绩效考核表"],
            [
                "维度",
                "指标",
                "权重",
                "类型",
                "目标",
                "计分规则",
                "分档",
                "评分等级",
                "维度权重",
                "备注",
            ],
            ["业绩", "销售额", "40%", "定量", "1,000,000", "线性", None, None, "７０", "看合同"],
            [
                None,
                "回款率",
                "２０％",
                "定量",
                95,
                "分档",
                "≥100%：100；90：80，其余:10",
                None,
                None,
            ],
            [None, "新客户", "10", "定量", 12, None],
            [],
            ["能力", None, None, None, None, None, None, None, 20],
            [None, "专业知识", 20, "定性", None, None, None, "1=差：0\n5=优秀：100", None],
            ["态度", "考勤", "10", "定量", None, "按次扣分", None, None, "10%"],
        ],
        merges=["A3:A5"],
    )
    sheet = openpyxl.load_workbook(path)["指标"]
    sheet.insert_cols(11)
    sheet["K2"] = "每次扣分"
    sheet["K9"] = "５分"
    sheet.parent.save(path)

    template, problems = read_template(path)

    assert problems == []
    performance, ability, attitude = template.dimensions
    assert (performance.name, performance.weight) == ("业绩", 70)
    assert [(i.name, i.weight) for i in performance.indicators] == [
        ("销售额", 40),
        ("回款率", 20),
        ("新客户", 10),
    ]
    assert performance.indicators[0].measure == Quantitative(Linear(), D(1_000_000))
    assert performance.indicators[1].measure.rule == Bands(
        (Band(D(100), D(100)), Band(D(90), D(80))), D(10)
    )
    assert performance.indicators[2].measure == Quantitative(Linear(), D(12))  # rule: linear
    assert (ability.weight, attitude.weight) == (20, 10)
    assert ability.indicators[0].measure == Qualitative(
        (Level(1, "差", D(0)), Level(5, "优秀", D(100)))
    )
    assert attitude.indicators[0].measure == Quantitative(PerIncident(D(5)))
    assert [d.key for d in template.dimensions] == ["D1", "D2", "D3"]  # keys filled in
    assert [i.key for i in template.indicators] == ["K1", "K2", "K3", "K4", "K5"]
    assert template.scorer_weights == DEFAULT_SCORER_WEIGHTS
    assert template.grades == DEFAULT_GRADES


def test_weights_stored_as_excel_percentages_are_read_as_percent(tmp_path):
    # Cells formatted as % hold 0.6 and 0.4: every value at most 1, totalling 1.
    path = hand_typed(
        tmp_path / "fractions.xlsx",
        [
            ["维度", "指标", "权重", "类型", "目标"],
            ["业绩", "销售额", 0.6, "quantitative", 10],
            ["能力", "回款", 0.4, "Quantitative", 10],
        ],
        template_rows=[
            ["Code", "S"],
            ["Name", "Sales"],
            ["Self weight", 0.2],
            ["Manager weight", 0.8],
            ["HR weight", None],
        ],
        formats={"C2": "0%", "C3": "0%"},
    )
    template, problems = read_template(path)
    assert problems == []
    assert [i.weight for i in template.indicators] == [60, 40]
    assert [d.weight for d in template.dimensions] == [60, 40]  # blank: its indicators' total
    assert dict(template.scorer_weights) == {Scorer.SELF: 20, Scorer.MANAGER: 80}


def test_small_weights_that_do_not_total_one_stay_percentage_points(tmp_path):
    rows = [["维度", "指标", "权重", "类型", "评分等级"]]
    rows += [["D", f"I{n}", 1, "定性", "1=a:0; 2=b:100"] for n in range(100)]
    path = hand_typed(tmp_path / "points.xlsx", rows)
    template, problems = read_template(path)
    assert problems == []
    assert template.dimensions[0].weight == 100  # 100 × 1, not 100 × 100


def test_grades_and_extras_typed_by_hand(tmp_path):
    path = hand_typed(
        tmp_path / "extras.xlsx",
        [
            ["Dimension", "Indicator", "Weight (%)", "Kind", "Rule"],
            ["D", "I", "100", "定量", "达标"],
        ],
        template_rows=[
            ["Code", "S"],
            ["Name", "Sales"],
            ["加分上限", 5],
            [],
            ["等级", "最低分"],
            ["优秀", 90],
            ["合格", "６０"],
            ["不合格", 0],
        ],
        extras=[
            ["Kind", "Item", "Score cap", "Max points", "Standard"],
            ["一票否决", "重大客诉", None, None, "经核实"],
            ["Bonus", "大单", None, "５", None],
        ],
    )
    template, problems = read_template(path)
    assert problems == []
    assert template.grades == GradeScale(
        (GradeBand("优秀", D(90)), GradeBand("合格", D(60))), "不合格"
    )
    assert template.vetoes == (VetoItem("V1", "重大客诉", D(0), "经核实"),)
    assert template.bonuses == (AdjustmentItem("B1", "大单", D(5)),)
    assert template.max_total_bonus == 5


# --- refusals --------------------------------------------------------------------------------


HEADER = ["维度", "维度权重", "指标", "权重", "类型", "目标", "计分规则", "方向"]


def refused(path: Path) -> list[WorkbookProblem]:
    template, problems = read_template(path)
    assert template is None
    assert problems
    return problems


def test_cells_that_say_nothing_known_are_refused_with_sheet_row_and_column(tmp_path):
    path = hand_typed(
        tmp_path / "bad.xlsx",
        [
            HEADER,
            ["业绩", 70, "销售额", 40, "定量", None, "线性"],  # no target
            [None, None, "回款", "三十", "定量", 95, "分档"],  # not a number; no bands
            [None, None, "客户", 30, "定亮", 1],  # unknown kind
            ["能力", 30, "知识", 30, "定量", 5, "线性", "看情况"],  # unknown direction
        ],
    )
    problems = refused(path)
    found = codes(problems)
    assert ("target_required", "指标", 2, "F") in found
    assert ("not_a_number", "指标", 3, "D") in found
    assert ("bands_empty", "指标", 3, "G") in found
    assert ("unknown_keyword", "指标", 4, "E") in found
    assert ("unknown_keyword", "指标", 5, "H") in found
    unknown = next(p for p in problems if p.row == 4)
    assert unknown.header == "类型"
    assert unknown.facts["value"] == "定亮"
    assert "定量" in unknown.facts["expected"] and "quantitative" in unknown.facts["expected"]
    # The weight that did not parse makes any total meaningless: no total problem on top.
    assert not {p.code for p in problems} & {"indicator_weights_total", "dimension_weights_total"}


def test_weights_not_totalling_100_are_refused_where_they_are_written(tmp_path):
    path = hand_typed(
        tmp_path / "totals.xlsx",
        [
            HEADER,
            ["业绩", 60, "销售额", 40, "定量", 10],
            [None, None, "回款", 30, "定量", 10],
            ["能力", 30, "知识", 30, "定量", 10],
        ],
        template_rows=[["模板代码", "S"], ["模板名称", "S"], ["自评权重", 50], ["上级权重", 60]],
    )
    found = codes(refused(path))
    assert ("indicator_weights_total", "指标", 2, "A") in found  # 40 + 30 ≠ 60
    assert ("dimension_weights_total", "指标", None, "B") in found  # 60 + 30 ≠ 100
    assert ("scorer_weights_total", "模板", 3, "B") in found  # 50 + 60 ≠ 100


def test_values_a_kind_does_not_take_are_refused(tmp_path):
    path = hand_typed(
        tmp_path / "na.xlsx",
        [HEADER + ["每次扣分"], ["D", 100, "I", 100, "定性", 10, None, None, 5]],
    )
    found = codes(refused(path))
    assert ("not_applicable", "指标", 2, "F") in found
    assert ("not_applicable", "指标", 2, "I") in found


def test_malformed_lists_are_refused(tmp_path):
    path = hand_typed(
        tmp_path / "lists.xlsx",
        [
            ["维度", "指标", "权重", "类型", "目标", "计分规则", "分档", "评分等级"],
            ["D", "I", 50, "定量", 10, "分档", "100 points"],
            [None, "J", 50, "定性", None, None, None, "优秀=100"],
        ],
    )
    problems = refused(path)
    assert ("malformed_bands", "指标", 2, "G") in codes(problems)
    assert ("malformed_scale", "指标", 3, "H") in codes(problems)
    assert next(p for p in problems if p.code == "malformed_bands").facts == {"entry": "100 points"}


def test_missing_sheets_and_columns_are_refused(tmp_path):
    workbook = openpyxl.Workbook()
    workbook.active.title = "Sheet1"
    workbook.save(tmp_path / "empty.xlsx")
    assert {p.code for p in refused(tmp_path / "empty.xlsx")} == {"missing_sheet"}

    path = hand_typed(tmp_path / "columns.xlsx", [["维度", "指标", "权重"], ["D", "I", 100]])
    problems = refused(path)
    assert [(p.code, p.sheet, p.facts) for p in problems] == [
        ("missing_column", "指标", {"column": "类型 / Kind"})
    ]


def test_unknown_labels_and_a_missing_lowest_grade_on_the_template_sheet(tmp_path):
    path = hand_typed(
        tmp_path / "labels.xlsx",
        [["维度", "指标", "权重", "类型", "计分规则"], ["D", "I", 100, "定量", "pass/fail"]],
        template_rows=[
            ["销售部 2025 模板"],  # a title alone: fine
            ["模板代码", "S"],
            ["模板名称", "S"],
            ["自我评价比重", 30],
            ["等级", "最低分"],
            ["A", 80],
            ["B", 60],
        ],
    )
    found = codes(refused(path))
    assert ("unknown_label", "模板", 4, "A") in found
    assert ("value_required", "模板", 5, "A") in found


def test_more_indicators_than_the_limit_are_refused(tmp_path):
    rows = [["维度", "指标", "权重", "类型", "计分规则"]]
    rows += [["D", f"I{n}", 10, "定量", "达标制"] for n in range(11)]
    path = hand_typed(tmp_path / "many.xlsx", rows)
    template, problems = read_template(path, max_indicators=10)
    assert template is None
    assert [(p.code, p.row, p.facts) for p in problems] == [
        ("too_many_indicators", 12, {"limit": 10})
    ]


def test_a_zip_bomb_is_refused_before_it_is_expanded(tmp_path):
    path = tmp_path / "bomb.xlsx"
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("[Content_Types].xml", "<Types/>")
        archive.writestr("xl/workbook.xml", "<workbook/>")
        archive.writestr("xl/worksheets/sheet1.xml", b"\0" * (8 * 2**20))
    problems = refused(path)
    assert [(p.code, p.facts["reason"]) for p in problems] == [("file_unreadable", "zip_bomb")]


@pytest.mark.parametrize(
    ("content", "reason"),
    [
        (bytes(range(256)) * 64, "not_a_spreadsheet"),
        (b"", "empty"),
        (b"PK\x03\x04" + b"\x00" * 100, "not_a_spreadsheet"),
        (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 600, "not_a_spreadsheet"),
    ],
)
def test_junk_is_refused_as_unreadable(tmp_path, content, reason):
    path = tmp_path / "junk.xlsx"
    path.write_bytes(content)
    problems = refused(path)
    assert [(p.code, p.facts["reason"]) for p in problems] == [("file_unreadable", reason)]


def test_xml_entities_are_refused(tmp_path):
    path = hand_typed(tmp_path / "ok.xlsx", [["维度"]])
    bad = tmp_path / "entities.xlsx"
    with zipfile.ZipFile(path) as source, zipfile.ZipFile(bad, "w") as target:
        for info in source.infolist():
            data = source.read(info)
            if info.filename == "xl/workbook.xml":
                declaration, _, rest = (
                    data.partition(b"?>") if data.startswith(b"<?") else (b"", b"", data)
                )
                doctype = b'<!DOCTYPE x [<!ENTITY a "aaaaaaaaaa">]>'
                data = declaration + _ + doctype + rest
            target.writestr(info, data)
    problems = refused(bad)
    assert [(p.code, p.facts["reason"]) for p in problems] == [("file_unreadable", "xml_entities")]


@given(st.binary(max_size=2_000))
@settings(max_examples=30, deadline=None)
def test_arbitrary_bytes_never_raise(content):
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "any.xlsx"
        path.write_bytes(b"PK\x03\x04" + content)
        template, problems = read_template(path)
    assert template is None and problems


# --- formula injection ---------------------------------------------------------------------


def all_cells(path: Path):
    workbook = openpyxl.load_workbook(path)
    for sheet in workbook.worksheets:
        for row in sheet.iter_rows():
            yield from row


def test_formula_looking_text_is_written_as_text(tmp_path):
    template = varied_template()  # names starting with =, +, -, @
    path = tmp_path / "t.xlsx"
    write_template(path, template, TemplateTexts(['=HYPERLINK("http://x")']))
    cells = list(all_cells(path))
    assert all(cell.data_type != "f" for cell in cells)
    texts = {cell.value for cell in cells if isinstance(cell.value, str)}
    assert "'=OPS" in texts and "'+成本" in texts and "'-业绩" in texts
    assert '\'=HYPERLINK("http://x")' in texts
    assert not any(t.startswith(("=", "+", "-", "@")) for t in texts)


# --- the results workbook -------------------------------------------------------------------


def result(no, name, department, final, grade, rank, **totals) -> ResultLine:
    return ResultLine(
        employee_no=no,
        name=name,
        department=department,
        template="销售岗位绩效考核",
        template_version=2,
        self_total=totals.get("self_total"),
        manager_total=totals.get("manager_total", final),
        hr_total=totals.get("hr_total"),
        final_score=final,
        grade=grade,
        rank_in_department=rank,
    )


RESULTS = [
    result("0012", "=1+2", "销售部", D("91.25"), "A", 2, self_total=D("95.123456789012345678901")),
    result("0007", "李四", "销售部", D("96.5"), "S", 1),
    result("0100", "王五", "@财务/核算", D("70"), "B", 1),
    result("0101", "赵六", "", None, "", None),
]


def test_the_results_workbook_has_a_sheet_per_department_and_a_summary(tmp_path):
    path = tmp_path / "results.xlsx"
    count = write_results(
        path,
        RESULTS,
        ResultTexts(summary_rows=[("周期 / Cycle", "2025 年度"), ("人数", 4)]),
        grades=("S", "A", "B", "C", "D"),
    )
    assert count == 4
    workbook = openpyxl.load_workbook(path)
    assert workbook.sheetnames == [
        "考核结果 Results",
        "汇总 Summary",
        "销售部",
        "@财务／核算",
        "无部门 ／ No department",
    ]
    results = workbook["考核结果 Results"]
    assert results.freeze_panes == "C2"
    assert results.auto_filter.ref == "A1:K5"
    assert results["A1"].font.bold
    self_total = float(D("95.123456789012345678901"))
    assert [c.value for c in results[2]] == [
        "0012",
        "=1+2",  # the text exactly, as a string cell Excel never runs (quote prefix)
        "销售部",
        "销售岗位绩效考核",
        2,
        self_total,
        91.25,
        None,
        91.25,
        "A",
        2,
    ]
    assert results["A2"].data_type == "s" and results["A2"].number_format == "@"
    assert results["B2"].data_type == "s" and results["B2"].quotePrefix
    assert results["I2"].number_format == "0.00"
    assert all(cell.data_type != "f" for cell in all_cells(path))
    sales = workbook["销售部"]
    assert [row[1].value for row in sales.iter_rows(min_row=2)] == ["李四", "=1+2"]  # by rank
    summary = [[c.value for c in row] for row in workbook["汇总 Summary"].iter_rows()]
    assert summary[0] == ["周期 / Cycle", "2025 年度", None, None, None, None, None, None]
    grades = {row[0]: row[1:3] for row in summary[4:11]}
    assert grades["S"] == [1, 0.25] and grades["C"] == [0, 0]
    assert grades["未评定 / Not graded"] == [1, 0.25]
    assert grades["合计 / Total"] == [4, 1]
    by_department = {row[0]: row[1:] for row in summary[13:]}
    assert by_department["销售部"] == [1, 1, 0, 0, 0, 0, 2]


def test_department_sheet_names_are_valid_and_distinct(tmp_path):
    rows = [
        result(str(n), "x", department, D(80), "B", 1)
        for n, department in enumerate(["A" * 40, "A" * 40 + "b", "a/b", "a／b", "History", "'q'"])
    ]
    path = tmp_path / "names.xlsx"
    write_results(path, rows)
    names = openpyxl.load_workbook(path).sheetnames[2:]
    assert len(names) == len({n.casefold() for n in names}) == 6
    assert all(len(n) <= 31 and not set(n) & set("[]:*?/\\") for n in names)
    assert "History" not in names and "q" in names


# --- in a child process ----------------------------------------------------------------------


def test_the_isolated_reader_answers_as_the_reader_does():
    template, problems = read_template_isolated(EXAMPLE)
    assert problems == []
    assert template == read_template(EXAMPLE)[0]


@pytest.mark.skipif(sys.platform == "win32", reason="the memory ceiling is an rlimit (POSIX)")
def test_a_child_that_runs_out_of_memory_refuses_the_file_as_too_large():
    template, problems = read_template_isolated(EXAMPLE, memory_limit_mb=40)
    assert template is None
    assert [(p.code, p.facts) for p in problems] == [
        ("file_unreadable", {"reason": "too_large", "limit": "memory"})
    ]
