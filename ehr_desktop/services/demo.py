"""A demo vault full of realistic, entirely fake people: departments, positions, lifecycles."""

from __future__ import annotations

import datetime as dt
import json
import random
from dataclasses import dataclass

from sqlalchemy import func, insert, select

from ehr_desktop.domain import id_number
from ehr_desktop.persistence.audit import changes_for_rows
from ehr_desktop.persistence.models import (
    Department,
    Employee,
    EmploymentEvent,
    Position,
    utc_now_text,
)
from ehr_desktop.services import settings
from ehr_desktop.services.progress import Progress
from ehr_desktop.services.vaults import UnlockedVault

# Documented in the README; the app's "open the demo vault" uses it. Demo data only.
DEMO_PASSPHRASE = "EHR-demo-vault-2026"
DEMO_COMPANY = "星河示例科技有限公司"

SURNAMES = (
    "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁"
    "任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤"
)
GIVEN_MALE = "伟强磊军洋勇杰涛明超刚平辉斌鹏宇浩凯健俊帆旭宁晨阳博文然鸣轩睿泽航毅峰亮诚林锋"
GIVEN_FEMALE = "芳娜敏静丽艳娟霞萍红玲芬燕琳雪婷欣怡佳思梦雨萱涵诗雅婧颖慧瑶璐晓露倩洁悦"
# Real administrative-division prefixes, so generated identity numbers look right; people are fake.
REGIONS = (
    "110101", "110105", "310104", "310115", "440106", "440305", "320102", "330106",
    "510107", "420111", "370102", "610113", "350203", "430104", "500103", "120101",
)  # fmt: skip

# (path, code, typical positions)
DEPARTMENTS: tuple[tuple[str, str, tuple[str, ...]], ...] = (
    ("总经办", "GM", ("总经理", "总经理助理")),
    ("人力资源部", "HR", ("人力资源经理", "招聘专员", "薪酬福利专员", "培训专员")),
    ("财务部", "FIN", ("财务经理", "会计", "出纳", "财务分析师")),
    ("销售部", "SAL", ("销售总监",)),
    ("销售部/华东区", "SAL-E", ("区域经理", "销售代表", "大客户经理", "销售助理")),
    ("销售部/华南区", "SAL-S", ("区域经理", "销售代表", "大客户经理", "销售助理")),
    ("销售部/华北区", "SAL-N", ("区域经理", "销售代表", "销售助理")),
    ("研发中心", "RD", ("研发总监", "产品经理")),
    ("研发中心/平台组", "RD-P", ("技术主管", "软件工程师", "高级软件工程师")),
    ("研发中心/移动组", "RD-M", ("技术主管", "软件工程师", "UI设计师")),
    ("研发中心/测试组", "RD-Q", ("测试主管", "测试工程师")),
    ("生产部", "PRD", ("生产经理", "计划员")),
    ("生产部/一车间", "PRD-1", ("车间主任", "班组长", "操作工", "质检员")),
    ("生产部/二车间", "PRD-2", ("车间主任", "班组长", "操作工", "设备维修工")),
    ("采购部", "PUR", ("采购经理", "采购专员")),
    ("行政部", "ADM", ("行政经理", "行政专员", "前台")),
    ("客服部", "CS", ("客服主管", "客服专员")),
)
POSITIONS: dict[str, tuple[str, str]] = {  # title -> (job family, starting grade)
    "总经理": ("管理", "M4"), "总经理助理": ("职能", "P4"),
    "人力资源经理": ("管理", "M2"), "招聘专员": ("职能", "P2"), "薪酬福利专员": ("职能", "P3"),
    "培训专员": ("职能", "P2"), "财务经理": ("管理", "M2"), "会计": ("职能", "P3"),
    "出纳": ("职能", "P2"), "财务分析师": ("职能", "P3"), "销售总监": ("管理", "M3"),
    "区域经理": ("管理", "M1"), "销售代表": ("销售", "P2"), "大客户经理": ("销售", "P4"),
    "销售助理": ("销售", "P1"), "研发总监": ("管理", "M3"), "产品经理": ("研发", "P4"),
    "技术主管": ("管理", "M1"), "软件工程师": ("研发", "P3"), "高级软件工程师": ("研发", "P5"),
    "UI设计师": ("研发", "P3"), "测试主管": ("管理", "M1"), "测试工程师": ("研发", "P2"),
    "生产经理": ("管理", "M2"), "计划员": ("生产", "P2"), "车间主任": ("管理", "M1"),
    "班组长": ("生产", "P3"), "操作工": ("生产", "P1"), "质检员": ("生产", "P2"),
    "设备维修工": ("生产", "P2"), "采购经理": ("管理", "M2"), "采购专员": ("职能", "P2"),
    "行政经理": ("管理", "M1"), "行政专员": ("职能", "P1"), "前台": ("职能", "P1"),
    "客服主管": ("管理", "M1"), "客服专员": ("职能", "P1"),
}  # fmt: skip
BASE_SALARY = {"P1": 5000, "P2": 7000, "P3": 9500, "P4": 13000, "P5": 17000, "P6": 22000,
               "M1": 15000, "M2": 22000, "M3": 32000, "M4": 50000}  # fmt: skip
LEAVE_REASONS = ("个人发展", "家庭原因", "薪资待遇", "合同到期不续签", "身体原因")


@dataclass(frozen=True)
class DemoSummary:
    departments: int
    positions: int
    employees: int
    events: int


def _next_grade(grade: str) -> str:
    letter, level = grade[0], int(grade[1:])
    top = 7 if letter == "P" else 4
    return f"{letter}{min(level + 1, top)}"


def _event(kind: str, on: dt.date, reason: str | None = None, **details: object) -> dict:
    return {"kind": kind, "effective_date": on, "reason": reason, "details": details}


def _add_months(day: dt.date, months: int) -> dt.date:
    month_index = day.month - 1 + months
    year, month = day.year + month_index // 12, month_index % 12 + 1
    return dt.date(year, month, min(day.day, 28))


class _People:
    def __init__(self, rng: random.Random, today: dt.date) -> None:
        self.rng = rng
        self.today = today
        self.used_ids: set[str] = set()
        self.used_mobiles: set[str] = set()

    def name(self, male: bool) -> str:
        pool = GIVEN_MALE if male else GIVEN_FEMALE
        given = self.rng.choice(pool) + (self.rng.choice(pool) if self.rng.random() < 0.7 else "")
        return self.rng.choice(SURNAMES) + given

    def resident_id(self, born: dt.date, male: bool) -> str:
        while True:
            sequence = self.rng.randrange(0, 99) * 10 + self.rng.choice(
                (1, 3, 5, 7, 9) if male else (0, 2, 4, 6, 8)
            )
            first17 = f"{self.rng.choice(REGIONS)}{born:%Y%m%d}{sequence:03d}"
            number = first17 + id_number.check_digit(first17)
            if number not in self.used_ids:
                self.used_ids.add(number)
                return number

    def mobile(self) -> str:
        while True:
            number = self.rng.choice(
                ("138", "139", "137", "136", "150", "151", "158", "186", "188", "177")
            )
            number += f"{self.rng.randrange(0, 10**8):08d}"
            if number not in self.used_mobiles:
                self.used_mobiles.add(number)
                return number


def populate(
    vault: UnlockedVault,
    employees: int,
    *,
    seed: int = 2026,
    today: dt.date | None = None,
    progress: Progress | None = None,
) -> DemoSummary:
    """Fills an empty vault. Everything is written in one unit of work, and audited."""
    progress = progress or Progress()
    rng = random.Random(seed)
    today = today or dt.date.today()
    people = _People(rng, today)
    actor = vault.database.audit.actor
    now = utc_now_text()

    with vault.database.unit_of_work() as session:
        if session.scalar(select(func.count()).select_from(Employee)):
            raise ValueError("demo data goes into an empty vault only")
        settings.put(session, settings.COMPANY_NAME, DEMO_COMPANY)

        position_rows = [
            {"id": i, "title": title, "job_family": family}
            for i, (title, (family, _grade)) in enumerate(POSITIONS.items(), start=1)
        ]
        position_ids = {row["title"]: row["id"] for row in position_rows}
        department_rows: list[dict] = []
        department_ids: dict[str, int] = {}
        for i, (path, code, _titles) in enumerate(DEPARTMENTS, start=1):
            parent, _, name = path.rpartition("/")
            department_ids[path] = i
            department_rows.append(
                {
                    "id": i,
                    "parent_id": department_ids.get(parent),
                    "name": name,
                    "code": code,
                    "head_employee_id": None,
                    "established_on": dt.date(2010, 3, 1),
                    "closed_on": None,
                    "sort_order": i,
                }
            )
        session.execute(insert(Position), position_rows)
        session.execute(insert(Department), department_rows)

        # Headcount skewed to production and sales, as in a typical small manufacturer.
        weights = [1 if len(titles) <= 2 else 4 for _path, _code, titles in DEPARTMENTS]
        weights = [
            w * (3 if code.startswith(("PRD-", "SAL-")) else 1)
            for w, (_p, code, _t) in zip(weights, DEPARTMENTS, strict=True)
        ]
        employee_rows: list[dict] = []
        event_rows: list[dict] = []
        heads: dict[int, int] = {}
        earliest = dt.date(2010, 3, 1)
        span_days = (today - earliest).days

        for number in range(1, employees + 1):
            if number % 500 == 0:
                progress.step(number, employees)
            path, _code, titles = (
                DEPARTMENTS[rng.choices(range(len(DEPARTMENTS)), weights=weights)[0]]
                if number > len(DEPARTMENTS)
                else DEPARTMENTS[number - 1]
            )
            department_id = department_ids[path]
            title = titles[0] if number <= len(DEPARTMENTS) else rng.choice(titles)
            family, grade = POSITIONS[title]
            male = rng.random() < 0.55
            hired = earliest + dt.timedelta(days=int(span_days * rng.random() ** 0.7))
            hire_age = rng.randint(21, 45)
            born = dt.date(hired.year - hire_age, rng.randint(1, 12), rng.randint(1, 28))
            salary = BASE_SALARY[grade] + rng.randrange(0, 8) * 250
            events: list[dict] = [
                {
                    "kind": "hire",
                    "effective_date": hired,
                    "reason": None,
                    "details": {
                        "department_id": department_id,
                        "position_id": position_ids[title],
                        "grade": grade,
                        "monthly_salary": salary,
                    },  # fmt: skip
                }
            ]
            status = "probation"
            confirm = _add_months(hired, rng.choice((3, 3, 6)))
            if confirm <= today:
                events.append(
                    {
                        "kind": "confirmation",
                        "effective_date": confirm,
                        "reason": None,
                        "details": {},
                    }
                )
                status = "active"
            moment = confirm
            while status == "active":
                moment = _add_months(moment, rng.randint(10, 20))
                if moment > today:
                    break
                roll = rng.random()
                if roll < 0.09 and number > len(DEPARTMENTS):  # heads stay: they lead
                    reason = rng.choice(LEAVE_REASONS)
                    kind = "resignation" if reason != "合同到期不续签" else "contract_end"
                    events.append(_event(kind, moment, reason, voluntary=kind == "resignation"))
                    status = "left"
                elif roll < 0.25 and grade[1:] < "6":
                    grade = _next_grade(grade)
                    salary = int(salary * 1.15) // 50 * 50
                    events.append(
                        _event("promotion", moment, "年度晋升", grade=grade, monthly_salary=salary)
                    )
                elif roll < 0.32 and number > len(DEPARTMENTS):
                    new_path, _c, new_titles = rng.choice(DEPARTMENTS[1:])
                    department_id = department_ids[new_path]
                    title = rng.choice(new_titles)
                    events.append(
                        _event(
                            "transfer",
                            moment,
                            "工作需要",
                            department_id=department_id,
                            position_id=position_ids[title],
                        )
                    )
                else:
                    salary = int(salary * rng.uniform(1.03, 1.10)) // 50 * 50
                    events.append(
                        _event("salary_change", moment, "年度调薪", monthly_salary=salary)
                    )
            if status == "active" and rng.random() < 0.015:
                began = today - dt.timedelta(days=rng.randint(5, 60))
                events.append(_event("leave_of_absence", began, "病假"))
                status = "on_leave"

            leave_date = events[-1]["effective_date"] if status == "left" else None
            employee_rows.append(
                {
                    "id": number,
                    "employee_no": f"XH{number:05d}",
                    "name": people.name(male),
                    "gender": "M" if male else "F",
                    "birth_date": born,
                    "id_type": "resident_id",
                    "id_number": people.resident_id(born, male),
                    "mobile": people.mobile(),
                    "email": f"xh{number:05d}@example.com",
                    "hire_date": hired,
                    "leave_date": leave_date,
                    "status": status,
                    "department_id": department_id,
                    "position_id": position_ids[title],
                    "grade": grade,
                    "monthly_salary_cents": salary * 100,
                    "created_at": now,
                    "updated_at": now,
                }
            )
            if number <= len(DEPARTMENTS):
                heads[department_id] = number
            for event in events:
                event_rows.append(
                    {
                        "id": len(event_rows) + 1,
                        "employee_id": number,
                        "kind": event["kind"],
                        "effective_date": event["effective_date"],
                        "reason": event["reason"],
                        "note": None,
                        "details": json.dumps(event["details"], ensure_ascii=False),
                        "recorded_at": now,
                        "recorded_by": actor,
                    }
                )

        audit = vault.database.audit
        audit.append(session, changes_for_rows("positions", position_rows))
        audit.append(session, changes_for_rows("departments", department_rows))
        for start in range(0, len(employee_rows), 2000):
            chunk = employee_rows[start : start + 2000]
            session.execute(insert(Employee).execution_options(render_nulls=True), chunk)
            audit.append(session, changes_for_rows("employees", chunk))
            progress.step(start + len(chunk), employees)
        for start in range(0, len(event_rows), 5000):
            chunk = event_rows[start : start + 5000]
            session.execute(insert(EmploymentEvent).execution_options(render_nulls=True), chunk)
            audit.append(session, changes_for_rows("employment_events", chunk))
        for department in session.scalars(select(Department)):
            head = heads.get(department.id)
            if head is not None:
                department.head_employee_id = head  # through the ORM: audited as an update
        progress.step(employees, employees)
    return DemoSummary(
        len(department_rows), len(position_rows), len(employee_rows), len(event_rows)
    )
