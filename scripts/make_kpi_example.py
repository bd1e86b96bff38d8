"""Write docs/examples/kpi-template-sales.xlsx: the sales template of the KPI workbook docs."""

from __future__ import annotations

import sys
from decimal import Decimal
from pathlib import Path

from ehr_desktop.domain.kpi import (
    AdjustmentItem,
    Band,
    Bands,
    Dimension,
    Indicator,
    Level,
    Linear,
    PerIncident,
    Qualitative,
    Quantitative,
    Template,
    VetoItem,
    validate,
)
from ehr_desktop.exchange.kpi import TemplateTexts, read_template, write_template

TARGET = Path(__file__).resolve().parent.parent / "docs" / "examples" / "kpi-template-sales.xlsx"
D = Decimal

INSTRUCTIONS = (
    "销售岗位绩效考核模板（示例）。每个工作表的第一行是表头，请勿改动表头文字；行可以增删。",
    "A sales KPI template (example). The first row of each sheet is its header: keep the header "
    "words; add or remove rows freely.",
    "权重按占整个考核的百分比填写：维度权重等于其下指标权重之和，全部维度合计 100。"
    "可写 30、30% 或 0.3（整列都写小数且合计为 1 时按百分比读）。",
    "Weights are percent of the whole appraisal: a dimension's weight equals the total of its "
    "indicators, and the dimensions total 100. Write 30, 30% or 0.3 (a column of fractions "
    "totalling 1 is read as percentages).",
    "维度只需在其第一个指标所在行填写一次（可合并单元格）。",
    "Write a dimension once, on the row of its first indicator (merged cells are fine).",
    "分档写作“达成率:得分”，从高到低，用分号分隔，例如 100:100; 90:80; 80:60；"
    "低于所有档位的得分写作“其余:0”。",
    "Bands are written achievement:score, highest first, separated by semicolons, e.g. "
    "100:100; 90:80; 80:60; the score below every band as else:0.",
    "评分等级写作“等级值=名称:得分”，例如 1=差:0; 5=优秀:100；等级描述写作“5=描述”。",
    "A rating scale is written value=label:score, e.g. 1=Poor:0; 5=Excellent:100; level "
    "descriptions as 5=description.",
)


def sales_template() -> Template:
    levels = Qualitative(
        (
            Level(1, "不合格", D(0), "基本产品知识不足，需要他人协助"),
            Level(2, "待改进", D(40)),
            Level(3, "合格", D(60), "能独立介绍主要产品"),
            Level(4, "良好", D(80)),
            Level(5, "优秀", D(100), "能解答疑难问题并带教新人"),
        )
    )
    return Template(
        code="SALES",
        name="销售岗位绩效考核",
        dimensions=(
            Dimension(
                "PERF",
                "业绩",
                D(70),
                (
                    Indicator(
                        "REVENUE",
                        "销售额",
                        D(40),
                        Quantitative(Linear(cap=D(120)), target=D(1_000_000), unit="元"),
                        "完成率×100，超额完成最高计 120 分",
                    ),
                    Indicator(
                        "COLLECTION",
                        "回款率",
                        D(20),
                        Quantitative(
                            Bands((Band(D(100), D(100)), Band(D(90), D(80)), Band(D(80), D(60)))),
                            target=D(95),
                            unit="%",
                        ),
                        "达成率≥100% 得 100 分，≥90% 得 80 分，≥80% 得 60 分，其余 0 分",
                    ),
                    Indicator(
                        "NEW_CUSTOMERS",
                        "新客户数",
                        D(10),
                        Quantitative(Linear(), target=D(12), unit="个"),
                        "新签约客户数 / 目标 × 100",
                    ),
                ),
            ),
            Dimension(
                "SKILL",
                "能力",
                D(20),
                (Indicator("KNOWLEDGE", "专业知识", D(20), levels, "产品与行业知识"),),
            ),
            Dimension(
                "ATTITUDE",
                "态度",
                D(10),
                (
                    Indicator(
                        "ATTENDANCE",
                        "考勤",
                        D(10),
                        Quantitative(PerIncident(D(10)), unit="次"),
                        "迟到、早退每次扣 10 分，扣完为止",
                    ),
                ),
            ),
        ),
        vetoes=(VetoItem("COMPLAINT", "重大客诉", D(60), "经核实的重大客户投诉，总分最高 60 分"),),
        bonuses=(AdjustmentItem("BIG_DEAL", "年度大单", D(5), "签下年度最大订单加 5 分"),),
        max_total_bonus=D(5),
    )


def main() -> int:
    template = sales_template()
    problems = validate(template)
    if problems:
        print(problems, file=sys.stderr)
        return 1
    TARGET.parent.mkdir(parents=True, exist_ok=True)
    write_template(TARGET, template, TemplateTexts(INSTRUCTIONS))
    back, problems = read_template(TARGET)
    if back != template:
        print("the example does not read back as written:", problems, file=sys.stderr)
        return 1
    print(TARGET)
    return 0


if __name__ == "__main__":
    sys.exit(main())
