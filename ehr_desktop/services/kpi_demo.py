"""The demo vault's appraisals: sales, R&D and general templates (sales in two versions), two
finished quarterly cycles and the current one half-way through its workflow.

Written in bulk and audited like the rest of the demo (services/demo.py calls `populate`).
Inputs are the managers' sheets (and some self-assessments), typed from paper; every score is
the domain's own, computed from them.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import random
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from decimal import Decimal

from sqlalchemy.orm import Session

from ehr_desktop.domain.kpi import (
    DEFAULT_GRADES,
    Actual,
    AdjustmentItem,
    Band,
    Bands,
    DepartmentRule,
    Dimension,
    FormInput,
    Incidents,
    Indicator,
    IndicatorInput,
    Level,
    Linear,
    MatchStatus,
    Operator,
    PerIncident,
    Placement,
    Qualitative,
    Quantitative,
    Quota,
    Rating,
    Scope,
    Scorer,
    Stage,
    Template,
    VetoItem,
    canonical_json,
    choose_template,
    fingerprint,
    score_form,
    validate,
)
from ehr_desktop.domain.lifecycle import Status
from ehr_desktop.persistence.audit import AuditRecorder, changes_for_rows, insert_rows
from ehr_desktop.services import kpi_store as store
from ehr_desktop.services.kpi_cycles import period

D = Decimal
RATING = Qualitative(
    (
        Level(1, "不合格", D(40), "明显未达到岗位要求"),
        Level(2, "待改进", D(60), "部分达到要求，需要改进"),
        Level(3, "达标", D(75), "达到岗位要求"),
        Level(4, "良好", D(88), "超出岗位要求"),
        Level(5, "卓越", D(100), "显著超出要求，可作标杆"),
    )
)
QUOTAS = (
    Quota(("S",), Operator.AT_MOST, D(10)),
    Quota(("S", "A"), Operator.AT_MOST, D(30)),
    Quota(("C", "D"), Operator.AT_LEAST, D(5)),
)


def _rated(key: str, name: str, weight: int, standard: str) -> Indicator:
    return Indicator(key, name, D(weight), RATING, standard)


def sales_template(sales_id: int, target: int) -> Template:
    return Template(
        "SALES",
        "销售岗绩效考核",
        (
            Dimension(
                "results",
                "业绩指标",
                D(80),
                (
                    Indicator(
                        "revenue",
                        "季度销售额",
                        D(50),
                        Quantitative(Linear(cap=D(120)), D(target), "万元"),
                        "完成率 × 100，最高 120 分",
                    ),
                    Indicator(
                        "collection",
                        "回款率",
                        D(30),
                        Quantitative(
                            Bands(
                                (
                                    Band(D(100), D(100)),
                                    Band(D(95), D(90)),
                                    Band(D(90), D(75)),
                                    Band(D(80), D(60)),
                                ),
                                below=D(40),
                            ),
                            D(95),
                            "%",
                        ),
                        "回款率达到 95% 为满分档",
                    ),
                ),
            ),
            Dimension(
                "attitude",
                "能力态度",
                D(20),
                (_rated("service", "客户服务", 20, "客户反馈与投诉情况"),),
            ),
        ),
        bonuses=(AdjustmentItem("big_deal", "大单奖励", D(5), "单笔合同 500 万元以上"),),
        max_total_bonus=D(5),
        vetoes=(VetoItem("misconduct", "重大违规", D(0), "商业贿赂、泄露客户信息等"),),
        scope=Scope(departments=(DepartmentRule(sales_id, True),)),
    )


def rd_template(rd_id: int) -> Template:
    return Template(
        "RD",
        "研发岗绩效考核",
        (
            Dimension(
                "output",
                "工作产出",
                D(70),
                (
                    _rated("delivery", "需求交付", 40, "按期、按质完成迭代任务"),
                    Indicator(
                        "defects",
                        "线上缺陷",
                        D(30),
                        Quantitative(PerIncident(D(10))),
                        "每个线上缺陷扣 10 分",
                    ),
                ),
            ),
            Dimension(
                "teamwork", "协作成长", D(30), (_rated("teamwork", "团队协作", 30, "跨组协作"),)
            ),
        ),
        scope=Scope(departments=(DepartmentRule(rd_id, True),)),
    )


def general_template() -> Template:
    return Template(
        "GENERAL",
        "通用岗位绩效考核",
        (
            Dimension("work", "工作业绩", D(50), (_rated("output", "工作完成", 50, "目标达成"),)),
            Dimension("skill", "工作能力", D(25), (_rated("skill", "专业能力", 25, "岗位技能"),)),
            Dimension("conduct", "工作态度", D(25), (_rated("conduct", "责任心", 25, "纪律"),)),
        ),
        deductions=(AdjustmentItem("attendance", "考勤扣分", D(10), "迟到早退每次 1 分"),),
        max_total_deduction=D(10),
    )


@dataclass(frozen=True)
class Person:
    """What the appraisal demo needs of one demo employee."""

    id: int
    department_id: int | None
    position_id: int | None
    job_family: str | None
    grade: str | None
    status: str
    hire_date: dt.date | None
    leave_date: dt.date | None
    probation_end: dt.date | None


class _Writer:
    def __init__(self, session: Session, audit: AuditRecorder, actor: str, now: str) -> None:
        self.session = session
        self.audit = audit
        self.actor = actor
        self.now = now
        self.rows: dict[str, list[dict]] = {}
        # Most sheets repeat (a few ratings each): each distinct one is scored and encoded once.
        self.results: dict[tuple, tuple] = {}
        self.encoded: dict[IndicatorInput, str] = {}

    def score(
        self,
        version_id: int,
        template: Template,
        scores: Mapping[Scorer, Mapping[str, IndicatorInput]],
        bonuses: Mapping[str, Decimal],
        deductions: Mapping[str, Decimal],
    ) -> tuple[str | None, str | None, str | None]:
        key = (
            version_id,
            tuple((scorer, tuple(sheet.items())) for scorer, sheet in scores.items()),
            tuple(bonuses.items()),
            tuple(deductions.items()),
        )
        found = self.results.get(key)
        if found is None:
            result = score_form(template, FormInput(scores, bonuses, deductions))
            found = (store.result_to_json(result, ()), store.text(result.final), result.grade)
            self.results[key] = found
        return found

    def encode(self, value: IndicatorInput) -> str:
        found = self.encoded.get(value)
        if found is None:
            found = self.encoded[value] = store.encode_input(value)
        return found

    def add(self, table: str, row: dict) -> int:
        rows = self.rows.setdefault(table, [])
        row = {"id": len(rows) + 1, **row}
        rows.append(row)
        return row["id"]

    def flush(self, tables: Sequence[str]) -> None:
        for table in tables:
            rows = self.rows.get(table, [])
            for start in range(0, len(rows), 5000):
                chunk = rows[start : start + 5000]
                insert_rows(self.session, table, chunk)
                self.audit.append(self.session, changes_for_rows(table, chunk))


def _quarters_before(today: dt.date, count: int) -> list[tuple[int, int]]:
    """The `count` latest quarters that ended before `today`, oldest first."""
    year, quarter = today.year, (today.month - 1) // 3 + 1
    found = []
    for _ in range(count):
        quarter -= 1
        if quarter == 0:
            year, quarter = year - 1, 4
        found.append((year, quarter))
    return list(reversed(found))


def _inputs(rng: random.Random, template: Template, ability: float) -> dict[str, IndicatorInput]:
    """One scorer's sheet for someone of the given ability (1–5)."""
    sheet: dict[str, IndicatorInput] = {}
    for indicator in template.indicators:
        measure = indicator.measure
        if isinstance(measure, Qualitative):
            level = round(ability + rng.gauss(0, 0.55))
            sheet[indicator.key] = Rating(min(5, max(1, level)))
        elif isinstance(measure.rule, PerIncident):
            sheet[indicator.key] = Incidents(max(0, round(4.2 - ability + rng.gauss(0, 0.8))))
        else:
            target = float(measure.target or 100)
            if indicator.key == "collection":
                actual = min(100.0, 70 + 7 * ability + rng.gauss(0, 3))
            else:
                actual = target * (0.45 + 0.19 * ability + rng.gauss(0, 0.08))
            sheet[indicator.key] = Actual(D(f"{max(actual, 0):.1f}"))
    return sheet


def populate(
    session: Session,
    audit: AuditRecorder,
    *,
    people: Sequence[Person],
    department_paths: Mapping[int, tuple[int, ...]],
    department_ids: Mapping[str, int],
    reviewers: Mapping[int, int | None],
    today: dt.date,
    seed: int,
    now: str,
) -> int:
    """Writes the demo's templates, cycles, forms, inputs and logs; returns how many forms."""
    rng = random.Random(seed * 7919 + 11)  # its own stream: the people stay as they were
    actor = audit.actor
    writer = _Writer(session, audit, actor, now)
    sales_id, rd_id = department_ids["销售部"], department_ids["研发中心"]
    versions: dict[str, list[tuple[int, Template]]] = {}

    def add_template(template: Template, versions_of: Sequence[Template]) -> int:
        template_id = writer.add(
            "kpi_templates",
            {
                "code": template.code,
                "name": template.name,
                "scope": store.dumps(store.scope_to_dict(template.scope)),
                "retired": False,
                "created_at": now,
                "updated_at": now,
            },
        )
        for number, each in enumerate(versions_of, start=1):
            stored = dataclasses.replace(each, version=number)
            assert not validate(stored), validate(stored)
            version_id = writer.add(
                "kpi_template_versions",
                {
                    "template_id": template_id,
                    "number": number,
                    "definition": canonical_json(stored),
                    "fingerprint": fingerprint(stored),
                    "created_at": now,
                    "created_by": actor,
                },
            )
            versions.setdefault(template.code, []).append((version_id, stored))
        return template_id

    templates = {
        add_template(sales_template(sales_id, 100), (sales_template(sales_id, 100),)): "SALES",
        add_template(rd_template(rd_id), (rd_template(rd_id),)): "RD",
        add_template(general_template(), (general_template(),)): "GENERAL",
    }
    # The sales target went up after the first quarter: a second version for later cycles.
    sales_v2 = dataclasses.replace(sales_template(sales_id, 120), version=2)
    sales_v2_id = writer.add(
        "kpi_template_versions",
        {
            "template_id": next(t for t, code in templates.items() if code == "SALES"),
            "number": 2,
            "definition": canonical_json(sales_v2),
            "fingerprint": fingerprint(sales_v2),
            "created_at": now,
            "created_by": actor,
        },
    )
    scopes = [(code, versions[code][0][1].scope) for code in ("SALES", "RD", "GENERAL")]
    ability = {person.id: min(4.8, max(1.2, rng.gauss(3.3, 0.65))) for person in people}
    matches: dict[tuple, str | None] = {}
    forms = 0
    quarters = _quarters_before(today, 3)
    for index, (year, quarter) in enumerate(quarters):
        starts_on, ends_on = period("quarter", year, quarter)
        state = (store.CycleState.ARCHIVED, store.CycleState.FINALIZED, store.CycleState.OPEN)[
            index
        ]
        is_open = state == store.CycleState.OPEN
        cycle_id = writer.add(
            "kpi_cycles",
            {
                "name": f"{year} 年第 {quarter} 季度绩效考核",
                "period_kind": "quarter",
                "starts_on": starts_on,
                "ends_on": ends_on,
                "state": state.value,
                "grade_scale": store.scale_to_json(DEFAULT_GRADES),
                "quotas": store.quotas_to_json(QUOTAS),
                "population": store.population_to_json(store.PopulationRule(hired_by=ends_on)),
                "self_due": today - dt.timedelta(days=7) if is_open else ends_on + dt.timedelta(14),
                "manager_due": today + dt.timedelta(days=7)
                if is_open
                else ends_on + dt.timedelta(28),
                "hr_due": today + dt.timedelta(days=21) if is_open else ends_on + dt.timedelta(42),
                "low_score_threshold": "60",
                "unplaced": "{}",
                "created_at": now,
                "updated_at": now,
            },
        )
        for person in people:
            if not _appraised(person, ends_on, is_open):
                continue
            key = (person.department_id, person.position_id, person.grade)
            if key not in matches:
                placement = Placement(
                    department_paths.get(person.department_id, ()),
                    person.position_id,
                    person.job_family,
                    person.grade,
                )
                match = choose_template(scopes, placement)
                matches[key] = match.chosen if match.status == MatchStatus.MATCHED else None
            code = matches[key]
            if code is None:
                continue
            version_id, template = versions[code][0]
            if code == "SALES" and index > 0:
                version_id, template = sales_v2_id, sales_v2
            forms += 1
            _form(
                writer,
                rng,
                cycle_id=cycle_id,
                person=person,
                version_id=version_id,
                template=template,
                ability=ability[person.id] + rng.gauss(0, 0.25),
                reviewer_id=reviewers.get(person.id),
                state=state,
                finalized_on=ends_on + dt.timedelta(days=45),
            )
        if not is_open:
            writer.add(
                "kpi_log",
                _cycle_log(
                    cycle_id, store.LogKind.CYCLE_FINALIZED, actor, now, "open", "finalized"
                ),
            )
        if state == store.CycleState.ARCHIVED:
            writer.add(
                "kpi_log",
                _cycle_log(
                    cycle_id, store.LogKind.CYCLE_ARCHIVED, actor, now, "finalized", "archived"
                ),
            )
    writer.flush(
        (
            "kpi_templates",
            "kpi_template_versions",
            "kpi_cycles",
            "kpi_forms",
            "kpi_inputs",
            "kpi_form_items",
            "kpi_log",
        )
    )
    return forms


def _appraised(person: Person, ends_on: dt.date, is_open: bool) -> bool:
    """In the cycle: the current one by the default rules (active, not on probation or
    leave); finished ones had everyone employed and confirmed at the quarter's end."""
    if person.hire_date is None or person.hire_date > ends_on:
        return False
    if is_open:
        return person.status == Status.ACTIVE.value
    if person.leave_date is not None and person.leave_date <= ends_on:
        return False
    return person.probation_end is None or person.probation_end <= ends_on


def _cycle_log(cycle_id: int, kind: store.LogKind, actor: str, now: str, old: str, new: str):
    return {
        "cycle_id": cycle_id,
        "form_id": None,
        "kind": kind.value,
        "source_stage": None,
        "target_stage": None,
        "what": None,
        "old_value": store.dumps(old),
        "new_value": store.dumps(new),
        "note": None,
        "recorded_at": now,
        "recorded_by": actor,
    }


# Where the current cycle's forms are: the share of forms at each stage.
_OPEN_STAGES = (
    (Stage.DRAFT, 0.08),
    (Stage.SELF_ASSESSMENT, 0.30),
    (Stage.MANAGER_REVIEW, 0.30),
    (Stage.HR_REVIEW, 0.20),
    (Stage.FINALIZED, 0.12),
)


def _form(
    writer: _Writer,
    rng: random.Random,
    *,
    cycle_id: int,
    person: Person,
    version_id: int,
    template: Template,
    ability: float,
    reviewer_id: int | None,
    state: store.CycleState,
    finalized_on: dt.date,
) -> None:
    now, actor = writer.now, writer.actor
    if state == store.CycleState.OPEN:
        stage = rng.choices([s for s, _ in _OPEN_STAGES], [w for _, w in _OPEN_STAGES])[0]
    else:
        stage = Stage.ARCHIVED if state == store.CycleState.ARCHIVED else Stage.FINALIZED
    scores: dict[Scorer, dict[str, IndicatorInput]] = {}
    if stage in _MANAGER_DONE:
        scores[Scorer.MANAGER] = _inputs(rng, template, ability)
    if stage in _SELF_DONE and state == store.CycleState.OPEN and rng.random() < 0.7:
        scores[Scorer.SELF] = _inputs(rng, template, ability + 0.3)
    bonuses = {}
    deductions = {}
    if template.bonuses and scores and rng.random() < 0.05:
        bonuses[template.bonuses[0].key] = D(rng.choice((2, 3, 5)))
    if template.deductions and scores and rng.random() < 0.08:
        deductions[template.deductions[0].key] = D(rng.randint(1, 4))
    result, score, grade = writer.score(version_id, template, scores, bonuses, deductions)
    form_id = writer.add(
        "kpi_forms",
        {
            "cycle_id": cycle_id,
            "employee_id": person.id,
            "template_version_id": version_id,
            "template_by_hand": False,
            "department_id": person.department_id,
            "stage": stage.value,
            "reviewer_id": reviewer_id,
            "reviewer_by_hand": False,
            "excluded": False,
            "result": result,
            "score": score,
            "grade": grade,
            "calibrated_score": None,
            "calibrated_grade": None,
            "finalized_at": f"{finalized_on.isoformat()}T09:00:00+00:00"
            if stage in (Stage.FINALIZED, Stage.ARCHIVED)
            else None,
            "created_at": now,
            "updated_at": now,
        },
    )
    for scorer, sheet in scores.items():
        provided_by = person.id if scorer == Scorer.SELF else reviewer_id
        for key, value in sheet.items():
            writer.add(
                "kpi_inputs",
                {
                    "form_id": form_id,
                    "scorer": scorer.value,
                    "indicator_key": key,
                    "value": writer.encode(value),
                    "comment": None,
                    "provided_by_id": provided_by,
                    "provided_via": store.ProvidedVia.PAPER.value,
                    "recorded_at": now,
                    "recorded_by": actor,
                },
            )
    for kind, given in ((store.ItemKind.BONUS, bonuses), (store.ItemKind.DEDUCTION, deductions)):
        for key, points in given.items():
            writer.add(
                "kpi_form_items",
                {
                    "form_id": form_id,
                    "kind": kind.value,
                    "item_key": key,
                    "points": str(points),
                    "comment": None,
                    "provided_via": store.ProvidedVia.OFFICER.value,
                    "recorded_at": now,
                    "recorded_by": actor,
                },
            )


# Sheets already handed in at a stage (the self-assessment is optional, the manager's is not).
_MANAGER_DONE = frozenset({Stage.HR_REVIEW, Stage.FINALIZED, Stage.ARCHIVED})
_SELF_DONE = _MANAGER_DONE | {Stage.MANAGER_REVIEW}
