"""A demo vault full of realistic, entirely fake people: departments, positions, lifecycles."""

from __future__ import annotations

import datetime as dt
import json
import random
from dataclasses import dataclass

from sqlalchemy import func, insert, select

from ehr_desktop.domain import id_number, lifecycle, pinyin
from ehr_desktop.persistence.audit import changes_for_rows
from ehr_desktop.persistence.models import (
    Contract,
    Department,
    DepartmentEvent,
    Employee,
    EmployeeRecord,
    EmploymentEvent,
    Position,
    utc_now_text,
)
from ehr_desktop.services import kpi_demo, kpi_store, settings
from ehr_desktop.services.progress import Progress
from ehr_desktop.services.vaults import UnlockedVault

# Documented in the README; the app's "open the demo vault" uses it. Demo data only.
DEMO_PASSPHRASE = "EHR-demo-vault-2026"
DEMO_COMPANY = "星河示例科技有限公司"
DEMO_ADDRESS = "上海市浦东新区示例路 88 号 · 电话 021-5555 0188"  # made up, like everything here

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
ETHNICITIES = ("汉族",) * 18 + ("回族", "满族", "壮族", "土家族", "苗族")
PLACES = (
    ("北京市东城区", "110101"), ("北京市朝阳区", "110105"), ("上海市徐汇区", "310104"),
    ("上海市浦东新区", "310115"), ("广州市海珠区", "440106"), ("深圳市南山区", "440305"),
    ("南京市玄武区", "320102"), ("杭州市西湖区", "330106"), ("成都市青羊区", "510107"),
    ("武汉市洪山区", "420111"), ("济南市历下区", "370102"), ("西安市长安区", "610113"),
    ("厦门市思明区", "350203"), ("长沙市芙蓉区", "430104"), ("重庆市渝中区", "500103"),
    ("天津市和平区", "120101"),
)  # fmt: skip
STREETS = ("人民路", "解放路", "建设路", "中山路", "和平街", "新华路", "文化路", "科技园路")
SCHOOLS = ("北京大学", "复旦大学", "浙江大学", "华南理工大学", "四川大学", "武汉大学", "山东大学",
           "西安交通大学", "南京大学", "湖南大学", "重庆大学", "广东工业大学", "深圳职业技术学院",
           "杭州职业技术学院", "成都纺织高等专科学校")  # fmt: skip
MAJORS = ("计算机科学与技术", "软件工程", "市场营销", "会计学", "人力资源管理", "机械工程",
          "电气工程及其自动化", "工商管理", "英语", "国际经济与贸易",
          "财务管理", "物流管理")  # fmt: skip
EMPLOYERS = ("华润万家", "美的集团", "顺丰速运", "联想集团", "海尔集团", "苏宁易购", "比亚迪",
             "格力电器", "京东物流", "中国平安")  # fmt: skip
TRAININGS = ("新员工入职培训", "安全生产培训", "销售技巧提升", "Excel 数据分析", "管理者领导力",
             "质量管理体系 ISO9001", "消防安全知识", "信息安全意识")  # fmt: skip
CERTIFICATES = {"生产": ("电工证", "叉车操作证", "焊工证"), "研发": ("软件设计师", "PMP 项目管理"),
                "职能": ("初级会计师", "人力资源管理师三级"), "销售": ("普通话二级甲等",),
                "管理": ("PMP 项目管理",)}  # fmt: skip
REWARDS = (("年度优秀员工", "公司级"), ("季度销售冠军", "部门级"), ("合理化建议奖", "部门级"),
           ("安全生产标兵", "公司级"))  # fmt: skip
PENALTIES = (("迟到早退警告", "口头警告"), ("违反安全操作规程", "书面警告"))
LEAVE_KINDS = ("病假", "产假", "事假")


@dataclass(frozen=True)
class DemoSummary:
    departments: int
    positions: int
    employees: int
    events: int
    appraisal_forms: int = 0


def _next_grade(grade: str) -> str:
    letter, level = grade[0], int(grade[1:])
    top = 7 if letter == "P" else 4
    return f"{letter}{min(level + 1, top)}"


def _add_months(day: dt.date, months: int) -> dt.date:
    month_index = day.month - 1 + months
    year, month = day.year + month_index // 12, month_index % 12 + 1
    return dt.date(year, month, min(day.day, 28))


def _minus_a_day(day: dt.date) -> dt.date:
    return day - dt.timedelta(days=1)


class _People:
    def __init__(self, rng: random.Random, today: dt.date) -> None:
        self.rng = rng
        self.today = today
        self.used_ids: set[str] = set()
        self.used_mobiles: set[str] = set()
        self._initials: dict[str, str] = {}

    def name(self, male: bool) -> str:
        pool = GIVEN_MALE if male else GIVEN_FEMALE
        given = self.rng.choice(pool) + (self.rng.choice(pool) if self.rng.random() < 0.7 else "")
        return self.rng.choice(SURNAMES) + given

    def initials(self, name: str) -> str:
        found = self._initials.get(name)
        if found is None:
            found = self._initials[name] = pinyin.initials(name)
        return found

    def resident_id(self, born: dt.date, male: bool, region: str) -> str:
        while True:
            sequence = self.rng.randrange(0, 99) * 10 + self.rng.choice(
                (1, 3, 5, 7, 9) if male else (0, 2, 4, 6, 8)
            )
            first17 = f"{region}{born:%Y%m%d}{sequence:03d}"
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


class _Career:
    """One person's working life here, as events, contracts and records (then replayed)."""

    def __init__(self, rng: random.Random, today: dt.date) -> None:
        self.rng = rng
        self.today = today
        self.events: list[dict] = []
        self.contracts: list[dict] = []
        self.records: list[dict] = []

    def event(self, kind: str, on: dt.date, reason: str | None = None, **details: object) -> None:
        self.events.append(
            {"kind": kind, "effective_date": on, "reason": reason, "details": details}
        )

    def contract(self, kind: str, start: dt.date, years: int | None, probation_end=None) -> dict:
        end = _minus_a_day(_add_months(start, 12 * years)) if years else None
        renews = self.contracts[-1]["key"] if self.contracts else None
        contract = {
            "key": len(self.contracts),
            "contract_type": kind,
            "start_date": start,
            "end_date": end,
            "probation_end": probation_end,
            "renews_key": renews,
            "terminated_on": None,
            "termination_reason": None,
        }
        self.contracts.append(contract)
        self.event(
            "contract_renewal" if renews is not None else "contract_signing",
            start,
            None,
            contract_type=kind,
            contract_end=end.isoformat() if end else None,
        )
        return contract

    def terminate_open_contract(self, on: dt.date, reason: str) -> None:
        for contract in self.contracts:
            end = contract["end_date"]
            if contract["terminated_on"] is None and (end is None or end > on):
                contract["terminated_on"] = on
                contract["termination_reason"] = reason
                self.event("contract_termination", on, reason)


def populate(
    vault: UnlockedVault,
    employees: int,
    *,
    seed: int = 2026,
    today: dt.date | None = None,
    progress: Progress | None = None,
    appraisals: bool = True,
) -> DemoSummary:
    """Fills an empty vault. Everything is written in one unit of work, and audited.
    `appraisals=False` leaves out the KPI templates and cycles (tests that build their own)."""
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
        settings.put(session, settings.COMPANY_ADDRESS, DEMO_ADDRESS)

        position_rows = [
            {"id": i, "title": title, "job_family": family, "default_grade": grade,
             "retired": False}
            for i, (title, (family, grade)) in enumerate(POSITIONS.items(), start=1)
        ]  # fmt: skip
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
        department_event_rows = [
            {
                "id": row["id"],
                "department_id": row["id"],
                "kind": "create",
                "effective_date": row["established_on"],
                "details": json.dumps(
                    {"name": row["name"], "parent_id": row["parent_id"]}, ensure_ascii=False
                ),
                "note": None,
                "recorded_at": now,
                "recorded_by": actor,
            }
            for row in department_rows
        ]
        session.execute(insert(Position), position_rows)
        session.execute(insert(Department), department_rows)
        session.execute(insert(DepartmentEvent), department_event_rows)

        # Headcount skewed to production and sales, as in a typical small manufacturer.
        weights = [1 if len(titles) <= 2 else 4 for _path, _code, titles in DEPARTMENTS]
        weights = [
            w * (3 if code.startswith(("PRD-", "SAL-")) else 1)
            for w, (_p, code, _t) in zip(weights, DEPARTMENTS, strict=True)
        ]
        employee_rows: list[dict] = []
        event_rows: list[dict] = []
        contract_rows: list[dict] = []
        record_rows: list[dict] = []
        heads: dict[int, int] = {}
        earliest = dt.date(2010, 3, 1)
        span_days = (today - earliest).days

        for number in range(1, employees + 1):
            if number % 500 == 0:
                progress.step(number, employees)
            is_head = number <= len(DEPARTMENTS)
            path, _code, titles = (
                DEPARTMENTS[number - 1]
                if is_head
                else DEPARTMENTS[rng.choices(range(len(DEPARTMENTS)), weights=weights)[0]]
            )
            department_id = department_ids[path]
            title = titles[0] if is_head else rng.choice(titles)
            family, grade = POSITIONS[title]
            male = rng.random() < 0.55
            hired = earliest + dt.timedelta(days=int(span_days * rng.random() ** 0.7))
            hire_age = rng.randint(21, 45)
            born = dt.date(hired.year - hire_age, rng.randint(1, 12), rng.randint(1, 28))
            salary = (BASE_SALARY[grade] + rng.randrange(0, 8) * 250) * 100
            career = _Career(rng, today)
            probation_months = rng.choice((3, 3, 6))
            probation_end = _minus_a_day(_add_months(hired, probation_months))
            career.event(
                "hire",
                hired,
                None,
                department_id=department_id,
                position_id=position_ids[title],
                grade=grade,
                monthly_salary_cents=salary,
                probation_end=probation_end.isoformat(),
            )
            first_years = rng.choice((1, 3, 3, 3, 5)) if family != "生产" else rng.choice((1, 2, 3))
            contract = career.contract("fixed_term", hired, first_years, probation_end)
            employed = True
            if probation_end < today:
                if rng.random() < 0.04 and not is_head:
                    extended = _add_months(probation_end, 2)
                    career.event("probation_extension", probation_end, "试用期考核需延长",
                                 probation_end=extended.isoformat())  # fmt: skip
                    probation_end = extended
                if probation_end < today:
                    career.event("confirmation", probation_end + dt.timedelta(days=1))
            moment = probation_end
            # The working life: a step every few months until today or until the person leaves.
            while employed:
                moment = moment + dt.timedelta(days=rng.randint(150, 330))
                end = contract["end_date"]
                if end is not None and end < moment:
                    if end >= today:
                        break
                    if rng.random() < 0.12 and not is_head:
                        career.event("contract_end", end, "合同到期不续签", voluntary=False)
                        employed = False
                        break
                    fixed_terms = sum(
                        1 for c in career.contracts if c["contract_type"] == "fixed_term"
                    )
                    kind = "open_ended" if fixed_terms >= 2 and rng.random() < 0.7 else "fixed_term"
                    contract = career.contract(
                        kind, end + dt.timedelta(days=1), None if kind == "open_ended" else 3
                    )
                    moment = end + dt.timedelta(days=1)
                    continue
                if moment > today:
                    break
                roll = rng.random()
                if roll < 0.05 and not is_head:  # heads stay: they lead
                    reason = rng.choice(LEAVE_REASONS[:2] + LEAVE_REASONS[3:])
                    kind = rng.choice(("resignation",) * 9 + ("dismissal",))
                    career.terminate_open_contract(moment, reason)
                    career.event(kind, moment, reason, voluntary=kind == "resignation")
                    employed = False
                elif roll < 0.16 and grade[1:] < "6":
                    grade = _next_grade(grade)
                    salary = int(salary * 1.15) // 5000 * 5000
                    career.event("promotion", moment, "年度晋升", grade=grade,
                                 monthly_salary_cents=salary)  # fmt: skip
                elif roll < 0.21 and not is_head:
                    new_path, _c, new_titles = rng.choice(DEPARTMENTS[1:])
                    department_id = department_ids[new_path]
                    title = rng.choice(new_titles)
                    career.event("transfer", moment, "工作需要", department_id=department_id,
                                 position_id=position_ids[title])  # fmt: skip
                elif roll < 0.23 and (end is None or moment + dt.timedelta(days=130) < end):
                    back = moment + dt.timedelta(days=rng.randint(20, 120))
                    career.event("leave_of_absence", moment, rng.choice(LEAVE_KINDS))
                    if back <= today:
                        career.event("return_from_leave", back)
                        moment = back
                    else:
                        break
                else:
                    salary = int(salary * rng.uniform(1.03, 1.10)) // 5000 * 5000
                    career.event("salary_change", moment, "年度调薪", monthly_salary_cents=salary)
            if not employed and rng.random() < 0.08:
                left_on = career.events[-1]["effective_date"]
                back = left_on + dt.timedelta(days=rng.randint(200, 900))
                if back < today - dt.timedelta(days=30):
                    career.event("rehire", back, "返聘", monthly_salary_cents=salary,
                                 probation_end=None)  # fmt: skip
                    career.contract("fixed_term", back, 3)

            replay = lifecycle.replay(
                [
                    lifecycle.Event(
                        lifecycle.Kind(e["kind"]),
                        e["effective_date"],
                        {
                            k: (dt.date.fromisoformat(v) if k == "probation_end" and v else v)
                            for k, v in e["details"].items()
                        },
                        i,
                    )
                    for i, e in enumerate(career.events)
                ],
                as_of=today,
            )
            state = replay.state
            place, region = rng.choice(PLACES)
            home, home_region = rng.choice(PLACES)
            name = people.name(male)
            first_work = dt.date(born.year + rng.randint(18, 23), 7, 1)
            first_work = min(first_work, hired)
            employee_rows.append(
                {
                    "id": number,
                    "employee_no": f"XH{number:05d}",
                    "name": name,
                    "name_initials": people.initials(name),
                    "former_name": None,
                    "gender": "M" if male else "F",
                    "ethnicity": rng.choice(ETHNICITIES),
                    "birth_date": born,
                    "id_type": "resident_id",
                    "id_number": people.resident_id(born, male, home_region),
                    "nationality": "中国",
                    "native_place": home,
                    "hukou_type": rng.choice(("urban", "urban", "rural")),
                    "hukou_address": f"{home}{rng.choice(STREETS)}{rng.randint(1, 300)}号",
                    "current_address": f"{place}{rng.choice(STREETS)}{rng.randint(1, 300)}号"
                    f"{rng.randint(1, 30)}栋{rng.randint(101, 2802)}室",
                    "marital_status": "married"
                    if hire_age > 28 and rng.random() < 0.7
                    else "single",
                    "political_status": rng.choice(("masses",) * 6 + ("cpc_member", "cyl_member")),
                    "mobile": people.mobile(),
                    "email": f"xh{number:05d}@example.com",
                    "first_work_date": first_work,
                    "bank_name": rng.choice(
                        ("中国工商银行", "中国建设银行", "招商银行", "中国银行")
                    ),
                    "bank_account": f"6222{rng.randrange(10**14, 10**15)}",
                    "emergency_contacts": json.dumps(
                        [
                            {
                                "name": people.name(not male),
                                "relation": "配偶" if hire_age > 28 else "父母",
                                "phone": people.mobile(),
                            }
                        ],
                        ensure_ascii=False,
                    ),
                    "custom_values": "{}",
                    "supervisor_id": None,
                    "probation_end": state.probation_end,
                    "hire_date": state.hire_date,
                    "leave_date": state.leave_date,
                    "status": state.status.value,
                    "department_id": state.department_id,
                    "position_id": state.position_id,
                    "grade": state.grade,
                    "monthly_salary_cents": state.monthly_salary_cents,
                    "created_at": now,
                    "updated_at": now,
                }
            )
            if is_head:
                heads[department_id] = number
            for event in career.events:
                event_rows.append(
                    {
                        "id": len(event_rows) + 1,
                        "employee_id": number,
                        "kind": event["kind"],
                        "effective_date": event["effective_date"],
                        "reason": event["reason"],
                        "note": None,
                        "details": json.dumps(event["details"], ensure_ascii=False, sort_keys=True),
                        "recorded_at": now,
                        "recorded_by": actor,
                        "corrects_id": None,
                    }
                )
            first_id = len(contract_rows) + 1
            for contract in career.contracts:
                renews = contract.pop("renews_key")
                contract_rows.append(
                    {
                        **{k: v for k, v in contract.items() if k != "key"},
                        "id": first_id + contract["key"],
                        "employee_id": number,
                        "contract_no": f"HT{hired.year}-{number:05d}-{contract['key'] + 1}",
                        "renews_id": None if renews is None else first_id + renews,
                        "note": None,
                        "recorded_at": now,
                    }
                )
            _records(rng, record_rows, number, born, hired, family, today, now)

        audit = vault.database.audit
        audit.append(session, changes_for_rows("positions", position_rows))
        audit.append(session, changes_for_rows("departments", department_rows))
        audit.append(session, changes_for_rows("department_events", department_event_rows))
        for table, model, rows, size in (
            ("employees", Employee, employee_rows, 2000),
            ("employment_events", EmploymentEvent, event_rows, 5000),
            ("contracts", Contract, contract_rows, 5000),
            ("employee_records", EmployeeRecord, record_rows, 5000),
        ):
            for start in range(0, len(rows), size):
                chunk = rows[start : start + size]
                session.execute(insert(model).execution_options(render_nulls=True), chunk)
                audit.append(session, changes_for_rows(table, chunk))
                if table == "employees":
                    progress.step(start + len(chunk), employees)
        for department in session.scalars(select(Department)):
            head = heads.get(department.id)
            if head is not None:
                department.head_employee_id = head  # through the ORM: audited as an update
        session.flush()
        forms = (
            _appraisals(session, vault, employee_rows, department_ids, seed, today, now)
            if appraisals
            else 0
        )
        progress.step(employees, employees)
    return DemoSummary(
        len(department_rows), len(position_rows), len(employee_rows), len(event_rows), forms
    )


def _appraisals(
    session,
    vault: UnlockedVault,
    employee_rows: list[dict],
    department_ids: dict[str, int],
    seed: int,
    today: dt.date,
    now: str,
) -> int:
    """Two finished appraisal cycles and the current one (services/kpi_demo.py)."""
    families = {i: family for i, (family, _grade) in enumerate(POSITIONS.values(), start=1)}
    people = [
        kpi_demo.Person(
            row["id"],
            row["department_id"],
            row["position_id"],
            families.get(row["position_id"]),
            row["grade"],
            row["status"],
            row["hire_date"],
            row["leave_date"],
            row["probation_end"],
        )
        for row in employee_rows
    ]
    reviewers = kpi_store.default_reviewers(
        session, ((p.id, p.department_id, None) for p in people)
    )
    return kpi_demo.populate(
        session,
        vault.database.audit,
        people=people,
        department_paths=kpi_store.department_chains(session),
        department_ids=department_ids,
        reviewers=reviewers,
        today=today,
        seed=seed,
        now=now,
    )


def _records(
    rng: random.Random,
    rows: list[dict],
    employee_id: int,
    born: dt.date,
    hired: dt.date,
    family: str,
    today: dt.date,
    now: str,
) -> None:
    def add(kind: str, title: str, start, end, note=None, **details) -> None:
        rows.append(
            {
                "id": len(rows) + 1,
                "employee_id": employee_id,
                "kind": kind,
                "title": title,
                "start_date": start,
                "end_date": end,
                "details": json.dumps(details, ensure_ascii=False, sort_keys=True),
                "note": note,
                "recorded_at": now,
            }
        )

    graduated = dt.date(born.year + rng.choice((19, 21, 22)), 6, 30)
    degree = "本科" if graduated.year - born.year >= 22 else "大专"
    add("education", rng.choice(SCHOOLS), dt.date(graduated.year - 4 + (degree == "大专"), 9, 1),
        graduated, degree=degree, major=rng.choice(MAJORS), study_mode="全日制")  # fmt: skip
    if (hired - graduated).days > 800:
        left = hired - dt.timedelta(days=rng.randint(10, 60))
        add("work_history", rng.choice(EMPLOYERS), graduated + dt.timedelta(days=30), left,
            position="专员", leaving_reason="个人发展")  # fmt: skip
    if hired < today:
        add("training", TRAININGS[0], hired, hired + dt.timedelta(days=2), hours=16, result="合格")
    if rng.random() < 0.3:
        start = hired + dt.timedelta(days=rng.randint(60, 2000))
        if start < today:
            add("training", rng.choice(TRAININGS[1:]), start, start + dt.timedelta(days=1),
                hours=8, result=rng.choice(("合格", "优秀")))  # fmt: skip
    if rng.random() < 0.15:
        issued = hired - dt.timedelta(days=rng.randint(0, 2000))
        expires = issued + dt.timedelta(days=365 * rng.choice((3, 4, 6)))
        add("certificate", rng.choice(CERTIFICATES[family]), issued, expires,
            number=f"ZS{rng.randrange(10**9):09d}", issuer="人力资源和社会保障局")  # fmt: skip
    if rng.random() < 0.08:
        title, level = rng.choice(REWARDS)
        on = hired + dt.timedelta(days=rng.randint(200, 3000))
        if on < today:
            add("reward", title, on, None, level=level, amount=rng.choice((500, 1000, 2000)))
    if rng.random() < 0.02:
        title, level = rng.choice(PENALTIES)
        on = hired + dt.timedelta(days=rng.randint(100, 2000))
        if on < today:
            add("penalty", title, on, None, level=level)
