"""The words of the KPI template workbook: sheet names, column headers, row labels and cell
keywords in Chinese and English, and how a label typed by an officer is matched against them.

Matching ignores width (NFKC: full-width letters and brackets), case, spaces and light
punctuation, and tries a bilingual label whole and by halves ("权重(%) / Weight (%)", "指标
Indicators"), so 权重, weight, Weight (%) and ＷＥＩＧＨＴ all name the weight column.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any

_IGNORED = re.compile(r"[\s()\[\]{}【】%*:·._\-/|#＃]+")
_HALVES = re.compile(r"^([^\x00-\x7f].*?)\s+([A-Za-z].*)$")
_LANGUAGES = ("zh", "en")


def label_key(text: Any) -> str:
    """What matching compares: NFKC, case-folded, without spaces and light punctuation."""
    return _IGNORED.sub("", unicodedata.normalize("NFKC", str(text)).casefold())


def label_keys(text: Any) -> list[str]:
    """The keys a label may be matched by: whole, and each half of a bilingual label."""
    raw = unicodedata.normalize("NFKC", str(text)).strip()
    keys = [label_key(raw)]
    halves = raw.split("/") if "/" in raw else []
    if not halves and (found := _HALVES.match(raw)):
        halves = [found.group(1), found.group(2)]
    keys += [label_key(half) for half in halves]
    return [key for key in keys if key]


def _index(words: Iterable[str]) -> frozenset[str]:
    return frozenset(key for word in words for key in label_keys(word))


class Vocabulary:
    """Field names and the labels that mean them."""

    def __init__(self, labels: Mapping[str, tuple[str, ...]]) -> None:
        self.labels = dict(labels)
        self._by_key: dict[str, str] = {}
        for field_name, words in labels.items():
            for key in _index(words):
                self._by_key.setdefault(key, field_name)

    def match(self, text: Any) -> str | None:
        if text is None or (isinstance(text, str) and not text.strip()):
            return None
        for key in label_keys(text):
            if key in self._by_key:
                return self._by_key[key]
        return None


# --- sheets ---------------------------------------------------------------------------------

TEMPLATE_SHEET = "模板 Template"
INDICATORS_SHEET = "指标 Indicators"
EXTRAS_SHEET = "否决与加减分 Vetoes & adjustments"
INSTRUCTIONS_SHEET = "说明 Instructions"

SHEETS = Vocabulary(
    {
        "template": (TEMPLATE_SHEET, "模板", "模板信息", "基本信息", "Template"),
        "indicators": (INDICATORS_SHEET, "指标", "考核指标", "指标表", "Indicators", "KPI"),
        "extras": (
            EXTRAS_SHEET,
            "否决与加减分",
            "否决项与加减分",
            "加减分",
            "否决项",
            "Vetoes & adjustments",
            "Vetoes and adjustments",
            "Adjustments",
            "Extras",
        ),
        "instructions": (INSTRUCTIONS_SHEET, "说明", "填写说明", "Instructions"),
    }
)


# --- the template sheet: one label and one value per row, then the grade table -------------


@dataclass(frozen=True)
class Label:
    field: str
    text: str  # as written
    aliases: tuple[str, ...] = ()


TEMPLATE_ROWS = (
    Label("code", "模板代码 / Code", ("代码", "模板编号", "编号", "Template code")),
    Label("name", "模板名称 / Name", ("名称", "模板", "Template name", "Template")),
    Label("version", "版本 / Version", ("版本号",)),
    Label(
        "self",
        "自评权重(%) / Self-assessment weight (%)",
        ("自评", "自评分权重", "Self", "Self weight", "Self-assessment"),
    ),
    Label(
        "manager",
        "上级评分权重(%) / Manager weight (%)",
        ("上级权重", "上级评分", "上级", "Manager", "Manager score weight"),
    ),
    Label("hr", "HR评分权重(%) / HR weight (%)", ("HR权重", "HR评分", "人事评分权重", "HR")),
    Label(
        "max_total_bonus",
        "加分合计上限 / Bonus total cap",
        ("加分上限", "加分合计上限(分)", "Max total bonus", "Bonus cap"),
    ),
    Label(
        "max_total_deduction",
        "扣分合计上限 / Deduction total cap",
        ("扣分上限", "Max total deduction", "Deduction cap"),
    ),
)
GRADE_HEADER = Label("grade", "等级 / Grade", ("考核等级", "绩效等级", "Grades"))
GRADE_BOUND_HEADER = Label(
    "lower_bound",
    "最低分 / Lower bound",
    ("分数下限", "下限", "最低得分", "Minimum score", "At least"),
)
FIELD_HEADER = Label("heading", "项目 / Field", ("字段", "Item"))
VALUE_HEADER = "值 / Value"
TEMPLATE_LABELS = Vocabulary(
    {
        label.field: (label.text, *label.aliases)
        for label in (*TEMPLATE_ROWS, GRADE_HEADER, FIELD_HEADER)
    }
)
GRADE_BOUND_LABELS = Vocabulary(
    {"lower_bound": (GRADE_BOUND_HEADER.text, *GRADE_BOUND_HEADER.aliases)}
)


# --- the indicators sheet --------------------------------------------------------------------


@dataclass(frozen=True)
class Column:
    field: str
    header: str  # as written
    aliases: tuple[str, ...] = ()
    width: float = 12


INDICATOR_COLUMNS = (
    Column("dimension", "考核维度 / Dimension", ("维度", "一级指标", "指标类别"), 14),
    Column(
        "dimension_weight",
        "维度权重(%) / Dimension weight (%)",
        ("维度权重", "一级指标权重", "Dimension weight"),
        12,
    ),
    Column(
        "indicator",
        "考核指标 / Indicator",
        ("指标", "指标名称", "二级指标", "Indicator name", "KPI"),
        18,
    ),
    Column("weight", "指标权重(%) / Weight (%)", ("权重", "指标权重", "Indicator weight"), 11),
    Column("kind", "类型 / Kind", ("指标类型", "考核类型", "Type"), 10),
    Column(
        "standard",
        "考核标准 / Evaluation standard",
        ("评价标准", "评分标准", "标准", "Standard", "Criteria"),
        30,
    ),
    Column("target", "目标值 / Target", ("目标",), 10),
    Column("unit", "单位 / Unit", (), 8),
    Column("direction", "方向 / Direction", ("指标方向",), 12),
    Column("rule", "计分规则 / Scoring rule", ("计分方式", "评分规则", "Rule"), 12),
    Column("floor", "最低分 / Floor", ("下限", "保底分", "Floor score"), 9),
    Column("cap", "封顶分 / Cap", ("上限", "封顶", "最高分", "Cap score"), 9),
    Column("bands", "分档 / Bands", ("分档计分", "档位", "分段"), 22),
    Column(
        "per_incident",
        "每次扣分 / Points per incident",
        ("单次扣分", "Per incident"),
        10,
    ),
    Column("start", "起始分 / Start score", ("起评分", "基础分", "Start"), 9),
    Column("pass_score", "达标得分 / Pass score", ("合格得分", "Pass"), 9),
    Column("fail_score", "未达标得分 / Fail score", ("不合格得分", "Fail"), 9),
    Column("levels", "评分等级 / Rating scale", ("评分标尺", "等级", "Scale", "Levels"), 30),
    Column(
        "level_descriptions",
        "等级描述 / Level descriptions",
        ("等级说明", "行为描述", "Descriptions"),
        30,
    ),
    Column("milestones", "里程碑 / Milestones", ("关键节点", "节点", "Checklist"), 24),
    Column(
        "dimension_key",
        "维度代码 / Dimension key",
        ("维度编号", "Dimension code"),
        10,
    ),
    Column(
        "key",
        "指标代码 / Indicator key",
        ("指标编号", "代码", "编号", "Key", "Code", "Indicator code"),
        10,
    ),
)
INDICATOR_HEADERS = Vocabulary(
    {column.field: (column.header, *column.aliases) for column in INDICATOR_COLUMNS}
)
REQUIRED_INDICATOR_COLUMNS = ("dimension", "indicator", "weight", "kind")


# --- the vetoes & adjustments sheet --------------------------------------------------------

EXTRA_COLUMNS = (
    Column("kind", "类别 / Kind", ("类型", "项目类别", "Type"), 10),
    Column("name", "项目 / Item", ("名称", "事项", "项目名称", "Name"), 20),
    Column("standard", "标准 / Standard", ("考核标准", "说明", "Criteria"), 36),
    Column(
        "cap",
        "否决后最高分 / Score cap (veto)",
        ("封顶分", "否决封顶", "Score cap", "Cap"),
        14,
    ),
    Column(
        "max_points",
        "最高分值 / Max points (bonus, deduction)",
        ("分值上限", "最高分", "Max points", "Points"),
        14,
    ),
    Column("key", "代码 / Key", ("编号", "Code"), 10),
)
EXTRA_HEADERS = Vocabulary(
    {column.field: (column.header, *column.aliases) for column in EXTRA_COLUMNS}
)
REQUIRED_EXTRA_COLUMNS = ("kind", "name")


# --- cell keywords ---------------------------------------------------------------------------


class Keywords:
    """A closed set of values, each with its Chinese and English word and accepted variants."""

    def __init__(self, words: Mapping[str, tuple[str, str, tuple[str, ...]]]) -> None:
        self.words = dict(words)
        self._vocabulary = Vocabulary(
            {value: (zh, en, value, *more) for value, (zh, en, more) in words.items()}
        )

    def word(self, value: str, language: str) -> str:
        zh, en, _ = self.words[value]
        return zh if language == "zh" else en

    def parse(self, text: Any) -> str | None:
        return self._vocabulary.match(text)

    def expected(self) -> tuple[str, ...]:
        return tuple(word for zh, en, _ in self.words.values() for word in (zh, en))


KINDS = Keywords(
    {
        "quantitative": ("定量", "quantitative", ("定量指标", "量化", "quant")),
        "qualitative": ("定性", "qualitative", ("定性指标", "qual")),
        "process": ("过程", "process", ("过程指标", "里程碑", "milestones", "checklist")),
    }
)
DIRECTIONS = Keywords(
    {
        "higher_is_better": (
            "越高越好",
            "higher is better",
            ("正向", "越大越好", "越多越好", "higher"),
        ),
        "lower_is_better": (
            "越低越好",
            "lower is better",
            ("反向", "越小越好", "越少越好", "lower"),
        ),
    }
)
RULES = Keywords(
    {
        "linear": ("线性", "linear", ("按比例", "比例", "线性计分", "proportional")),
        "bands": ("分档", "bands", ("档位", "分段", "分档计分", "banded", "tiers")),
        "per_incident": ("按次扣分", "per incident", ("每次扣分", "按次", "扣分", "incidents")),
        "pass_fail": ("达标制", "pass/fail", ("是否达标", "达标", "pass or fail")),
    }
)
EXTRA_KINDS = Keywords(
    {
        "veto": ("否决", "veto", ("一票否决", "否决项")),
        "bonus": ("加分", "bonus", ("加分项",)),
        "deduction": ("扣分", "deduction", ("扣分项",)),
    }
)
# The entry of a bands cell that gives the score below every band: "其余:0" / "else:0".
BELOW_WORDS = Keywords(
    {"below": ("其余", "else", ("其他", "以下", "低于", "below", "otherwise", "<"))}
)
KEYWORD_LANGUAGES = _LANGUAGES
