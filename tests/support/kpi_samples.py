"""Templates, cycles and shortcuts for the KPI service tests (a 60-person demo vault)."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from sqlalchemy import select

from ehr_desktop.domain.kpi import (
    AdjustmentItem,
    DepartmentRule,
    Dimension,
    Indicator,
    Level,
    Linear,
    Qualitative,
    Quantitative,
    Scope,
    Scorer,
    Stage,
    Template,
    VetoItem,
)
from ehr_desktop.persistence.models import Department, Employee, KpiForm
from ehr_desktop.services import kpi_cycles, kpi_forms, kpi_templates
from ehr_desktop.services.kpi_store import PopulationRule

D = Decimal
TODAY = dt.date(2026, 11, 27)
LEVELS = Qualitative(tuple(Level(n, f"L{n}", D(20 * n)) for n in range(1, 6)))  # 20 … 100


def template(
    code: str = "GEN", *, scope: Scope | None = None, target: str = "100", name: str = ""
) -> Template:
    """Conduct (rated, 60 %) and sales (actual against a target, 40 %), an award and a veto."""
    return Template(
        code,
        name or f"Template {code}",
        (
            Dimension(
                "work",
                "Work",
                D(100),
                (
                    Indicator("conduct", "Conduct", D(60), LEVELS),
                    Indicator(
                        "sales", "Sales", D(40), Quantitative(Linear(cap=D(120)), D(target), "万元")
                    ),
                ),
            ),
        ),
        bonuses=(AdjustmentItem("award", "Award", D(5)),),
        max_total_bonus=D(5),
        vetoes=(VetoItem("fraud", "Fraud", D(0)),),
        scope=scope or Scope(),
    )


def department_id(vault, name: str) -> int:
    with vault.database.reading() as session:
        return session.scalar(select(Department.id).where(Department.name == name))


def sales_scope(vault) -> Scope:
    return Scope(departments=(DepartmentRule(department_id(vault, "销售部"), True),))


def cycle_input(name: str = "2026 Q3", **changes) -> kpi_cycles.CycleInput:
    starts_on, ends_on = kpi_cycles.period("quarter", 2026, 3)
    data = {
        "name": name,
        "period_kind": "quarter",
        "starts_on": starts_on,
        "ends_on": ends_on,
        "population": PopulationRule(exclude_probation=False, exclude_on_leave=False),
        "low_score_threshold": D(60),
    }
    data.update(changes)
    return kpi_cycles.CycleInput(**data)


def new_cycle(vault, name: str = "2026 Q3", *, code: str = "GEN", **changes) -> int:
    """A cycle over everyone, with one general template (created when missing), generated."""
    if not any(row.code == code for row in kpi_templates.list_templates(vault)):
        kpi_templates.create_template(vault, template(code))
    cycle_id = kpi_cycles.create_cycle(vault, cycle_input(name, **changes))
    kpi_cycles.generate_forms(vault, cycle_id)
    return cycle_id


def form_ids(vault, cycle_id: int) -> list[int]:
    with vault.database.reading() as session:
        return list(
            session.scalars(
                select(KpiForm.id)
                .join(Employee, Employee.id == KpiForm.employee_id)
                .where(KpiForm.cycle_id == cycle_id)
                .order_by(Employee.employee_no)
            )
        )


def move_to(vault, form_id: int, stage: Stage) -> None:
    while kpi_forms.get_form(vault, form_id, today=TODAY).row.stage != stage:
        kpi_forms.advance_form(vault, form_id)


def finish(vault, form_id: int, level: int, sales: str = "100") -> None:
    """Manager scores the form (conduct `level`, sales `sales`) and it is finalized."""
    move_to(vault, form_id, Stage.MANAGER_REVIEW)
    kpi_forms.enter_inputs(vault, form_id, Scorer.MANAGER, {"conduct": level, "sales": sales})
    move_to(vault, form_id, Stage.FINALIZED)
