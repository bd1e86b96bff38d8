"""A large legacy roster for the import benchmarks: the shape of the 20,000-row sample (title
row, header, 12 core and a few further columns, dates in several spellings, some departed staff)
at any size, generated from a seed so every run reads the same file. All data is fake."""

from __future__ import annotations

import datetime as dt
import random
from pathlib import Path

from openpyxl import Workbook

from ehr_desktop.domain.id_number import check_digit

HEADER = (
    "序号", "工号", "姓名", "性别", "民族", "身份证号码", "出生日期", "部门", "岗位", "入职日期",
    "合同到期日", "学历", "手机号码", "在职状态", "离职日期",
)  # fmt: skip
_SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤"  # noqa: E501
_GIVEN = "伟芳娜秀英敏静丽强磊军洋勇艳杰娟涛明超秀兰霞平刚桂英华建国玉兰萍鑫博宇浩然子涵欣怡梓轩"
_DEPARTMENTS = (
    "生产部/一车间", "生产部/二车间", "生产部/三车间", "质量部", "研发部/软件组", "研发部/硬件组",
    "销售部/华东区", "销售部/华南区", "销售部/华北区", "财务部", "人力资源部", "行政部",
    "采购部", "仓储物流部", "客服中心",
)  # fmt: skip
_POSITIONS = (
    "操作工",
    "普工",
    "技术员",
    "班组长",
    "工程师",
    "销售代表",
    "会计",
    "专员",
    "主管",
    "经理",
)
_EDUCATION = ("初中", "高中", "中专", "大专", "本科", "硕士研究生")
_ETHNIC = ("汉族",) * 18 + ("回族", "壮族")
_PREFIXES = ("110101", "310104", "440106", "440304", "320102", "330106", "420102", "510104")


def _date_text(day: dt.date, rng: random.Random) -> object:
    form = rng.random()
    if form < 0.6:
        return day  # a real Excel date
    if form < 0.75:
        return f"{day.year}.{day.month:02d}.{day.day:02d}"
    if form < 0.9:
        return f"{day.year}/{day.month}/{day.day}"
    return f"{day.year}年{day.month}月{day.day}日"


def write_roster(path: Path, rows: int, *, seed: int = 2024) -> None:
    rng = random.Random(seed)
    book = Workbook(write_only=True)
    sheet = book.create_sheet("花名册")
    sheet.append(["某某集团有限公司员工花名册（2024年12月）"])
    sheet.append(list(HEADER))
    as_of = dt.date(2024, 12, 31)
    for number in range(1, rows + 1):
        birth = dt.date(1965, 1, 1) + dt.timedelta(days=rng.randrange(0, 13_000))
        female = rng.random() < 0.45
        sequence = rng.randrange(0, 500) * 2 + (0 if female else 1)
        first17 = f"{rng.choice(_PREFIXES)}{birth:%Y%m%d}{sequence:03d}"
        hired = max(birth + dt.timedelta(days=18 * 366), dt.date(2000, 1, 1)) + dt.timedelta(
            days=rng.randrange(0, 3_000)
        )
        hired = min(hired, as_of - dt.timedelta(days=30))
        left = rng.random() < 0.12
        leave = hired + dt.timedelta(days=rng.randrange(30, 2_000)) if left else None
        if leave is not None and leave > as_of:
            leave, left = None, False
        name = rng.choice(_SURNAMES) + "".join(
            rng.choice(_GIVEN) for _ in range(rng.choice((1, 2)))
        )
        sheet.append(
            [
                number,
                f"HC{number:06d}",
                name,
                "女" if female else "男",
                rng.choice(_ETHNIC),
                first17 + check_digit(first17),
                birth,
                rng.choice(_DEPARTMENTS),
                rng.choice(_POSITIONS),
                _date_text(hired, rng),
                _date_text(hired + dt.timedelta(days=3 * 365), rng)
                if rng.random() < 0.8
                else "无固定期限",
                rng.choice(_EDUCATION),
                f"1{rng.choice('3456789')}{rng.randrange(0, 10**9):09d}",
                "离职" if left else "在职",
                _date_text(leave, rng) if leave else None,
            ]
        )
    book.save(path)
