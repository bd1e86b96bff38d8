"""The canonical form of a template version: a plain JSON-able dict, and back, exactly.

An appraisal stores the dict of the version it was scored with, so later edits to the template
never change an old result. Decimals travel as their exact string ("12.50" stays "12.50"),
sets as sorted lists, enums as their stored values; `canonical_json` is byte-stable for equal
templates, so its fingerprint identifies a version.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Callable, Mapping
from decimal import Decimal, InvalidOperation
from typing import Any, TypeVar

from ehr_desktop.domain.kpi.matching import DepartmentRule, Scope
from ehr_desktop.domain.kpi.refusals import KpiRefused
from ehr_desktop.domain.kpi.template import (
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
    Measure,
    Milestone,
    PassFail,
    PerIncident,
    Process,
    Qualitative,
    Quantitative,
    Rule,
    Scorer,
    Template,
    VetoItem,
)

FORMAT = 1
T = TypeVar("T")


# --- to a dict -----------------------------------------------------------------------------


def to_dict(template: Template) -> dict[str, Any]:
    return {
        "format": FORMAT,
        "code": template.code,
        "name": template.name,
        "version": template.version,
        "dimensions": [
            {
                "key": d.key,
                "name": d.name,
                "weight": str(d.weight),
                "indicators": [_indicator_dict(i) for i in d.indicators],
            }
            for d in template.dimensions
        ],
        "scorer_weights": {s.value: str(w) for s, w in template.scorer_weights.items()},
        "vetoes": [
            {"key": v.key, "name": v.name, "cap": str(v.cap), "standard": v.standard}
            for v in template.vetoes
        ],
        "bonuses": [_adjustment_dict(item) for item in template.bonuses],
        "deductions": [_adjustment_dict(item) for item in template.deductions],
        "max_total_bonus": str(template.max_total_bonus),
        "max_total_deduction": str(template.max_total_deduction),
        "grades": {
            "bands": [
                {"name": b.name, "lower_bound": str(b.lower_bound)} for b in template.grades.bands
            ],
            "lowest": template.grades.lowest,
        },
        "scope": _scope_dict(template.scope),
    }


def _indicator_dict(indicator: Indicator) -> dict[str, Any]:
    return {
        "key": indicator.key,
        "name": indicator.name,
        "weight": str(indicator.weight),
        "standard": indicator.standard,
        "measure": _measure_dict(indicator.measure),
    }


def _measure_dict(measure: Measure) -> dict[str, Any]:
    if isinstance(measure, Quantitative):
        return {
            "kind": "quantitative",
            "target": None if measure.target is None else str(measure.target),
            "unit": measure.unit,
            "direction": measure.direction.value,
            "rule": _rule_dict(measure.rule),
        }
    if isinstance(measure, Qualitative):
        levels = [
            {
                "value": v.value,
                "label": v.label,
                "score": str(v.score),
                "description": v.description,
            }
            for v in measure.levels
        ]
        return {"kind": "qualitative", "levels": levels}
    milestones = [{"key": m.key, "name": m.name} for m in measure.milestones]
    return {"kind": "process", "milestones": milestones}


def _rule_dict(rule: Rule) -> dict[str, Any]:
    if isinstance(rule, Linear):
        return {"type": "linear", "floor": str(rule.floor), "cap": str(rule.cap)}
    if isinstance(rule, Bands):
        bands = [{"at_least": str(b.at_least), "score": str(b.score)} for b in rule.bands]
        return {"type": "bands", "bands": bands, "below": str(rule.below)}
    if isinstance(rule, PerIncident):
        return {
            "type": "per_incident",
            "per_incident": str(rule.per_incident),
            "start": str(rule.start),
            "floor": str(rule.floor),
        }
    return {
        "type": "pass_fail",
        "pass_score": str(rule.pass_score),
        "fail_score": str(rule.fail_score),
    }


def _adjustment_dict(item: AdjustmentItem) -> dict[str, Any]:
    return {
        "key": item.key,
        "name": item.name,
        "max_points": str(item.max_points),
        "standard": item.standard,
    }


def _scope_dict(scope: Scope) -> dict[str, Any]:
    return {
        "departments": [
            {"id": r.department_id, "include_subdepartments": r.include_subdepartments}
            for r in scope.departments
        ],
        "positions": sorted(scope.positions),
        "job_families": sorted(scope.job_families),
        "grades": sorted(scope.grades),
    }


def canonical_json(template: Template) -> str:
    return json.dumps(to_dict(template), ensure_ascii=False, sort_keys=True, separators=(",", ":"))


def fingerprint(template: Template) -> str:
    """SHA-256 of the canonical JSON: equal templates, equal fingerprints."""
    return hashlib.sha256(canonical_json(template).encode("utf-8")).hexdigest()


# --- from a dict ---------------------------------------------------------------------------


def from_dict(data: Mapping[str, Any]) -> Template:
    """The template a `to_dict` dict describes; anything else is refused as
    `malformed_template` with `where` (a path) saying where it was noticed."""
    reader = _Reader(data, ())
    if reader.value("format", int) != FORMAT:
        raise KpiRefused("malformed_template", where=("format",))
    grades = reader.child("grades")
    return Template(
        code=reader.value("code", str),
        name=reader.value("name", str),
        version=reader.value("version", int),
        dimensions=tuple(
            Dimension(
                key=d.value("key", str),
                name=d.value("name", str),
                weight=d.decimal("weight"),
                indicators=tuple(_indicator(i) for i in d.children("indicators")),
            )
            for d in reader.children("dimensions")
        ),
        scorer_weights=_scorer_weights(reader),
        vetoes=tuple(
            VetoItem(
                key=v.value("key", str),
                name=v.value("name", str),
                cap=v.decimal("cap"),
                standard=v.value("standard", str),
            )
            for v in reader.children("vetoes")
        ),
        bonuses=tuple(_adjustment(item) for item in reader.children("bonuses")),
        deductions=tuple(_adjustment(item) for item in reader.children("deductions")),
        max_total_bonus=reader.decimal("max_total_bonus"),
        max_total_deduction=reader.decimal("max_total_deduction"),
        grades=GradeScale(
            bands=tuple(
                GradeBand(b.value("name", str), b.decimal("lower_bound"))
                for b in grades.children("bands")
            ),
            lowest=grades.value("lowest", str),
        ),
        scope=_scope(reader.child("scope")),
    )


def from_json(text: str) -> Template:
    try:
        data = json.loads(text)
    except ValueError:
        raise KpiRefused("malformed_template", where=()) from None
    if not isinstance(data, dict):
        raise KpiRefused("malformed_template", where=())
    return from_dict(data)


def _indicator(reader: _Reader) -> Indicator:
    return Indicator(
        key=reader.value("key", str),
        name=reader.value("name", str),
        weight=reader.decimal("weight"),
        standard=reader.value("standard", str),
        measure=_measure(reader.child("measure")),
    )


def _measure(reader: _Reader) -> Measure:
    kind = reader.value("kind", str)
    if kind == "quantitative":
        target = reader.value("target", (str, type(None)))
        return Quantitative(
            rule=_rule(reader.child("rule")),
            target=None if target is None else reader.decimal("target"),
            unit=reader.value("unit", str),
            direction=reader.choice("direction", Direction),
        )
    if kind == "qualitative":
        return Qualitative(
            tuple(
                Level(
                    value=level.value("value", int),
                    label=level.value("label", str),
                    score=level.decimal("score"),
                    description=level.value("description", str),
                )
                for level in reader.children("levels")
            )
        )
    if kind == "process":
        return Process(
            tuple(
                Milestone(m.value("key", str), m.value("name", str))
                for m in reader.children("milestones")
            )
        )
    raise KpiRefused("malformed_template", where=(*reader.where, "kind"))


def _rule(reader: _Reader) -> Rule:
    kind = reader.value("type", str)
    if kind == "linear":
        return Linear(floor=reader.decimal("floor"), cap=reader.decimal("cap"))
    if kind == "bands":
        bands = tuple(
            Band(b.decimal("at_least"), b.decimal("score")) for b in reader.children("bands")
        )
        return Bands(bands=bands, below=reader.decimal("below"))
    if kind == "per_incident":
        return PerIncident(
            per_incident=reader.decimal("per_incident"),
            start=reader.decimal("start"),
            floor=reader.decimal("floor"),
        )
    if kind == "pass_fail":
        return PassFail(
            pass_score=reader.decimal("pass_score"), fail_score=reader.decimal("fail_score")
        )
    raise KpiRefused("malformed_template", where=(*reader.where, "type"))


def _scorer_weights(reader: _Reader) -> dict[Scorer, Decimal]:
    weights = reader.child("scorer_weights")
    known = {s.value for s in Scorer}
    if not set(weights.data) <= known:
        raise KpiRefused("malformed_template", where=weights.where)
    return {Scorer(name): weights.decimal(name) for name in weights.data}


def _adjustment(reader: _Reader) -> AdjustmentItem:
    return AdjustmentItem(
        key=reader.value("key", str),
        name=reader.value("name", str),
        max_points=reader.decimal("max_points"),
        standard=reader.value("standard", str),
    )


def _scope(reader: _Reader) -> Scope:
    return Scope(
        departments=tuple(
            DepartmentRule(r.value("id", int), r.value("include_subdepartments", bool))
            for r in reader.children("departments")
        ),
        positions=frozenset(reader.items("positions", int)),
        job_families=frozenset(reader.items("job_families", str)),
        grades=frozenset(reader.items("grades", str)),
    )


class _Reader:
    """Typed access to one dict of the serialised form; any mismatch names its path."""

    def __init__(self, data: Any, where: tuple[str | int, ...]) -> None:
        if not isinstance(data, Mapping):
            raise KpiRefused("malformed_template", where=where)
        self.data: Mapping[str, Any] = data
        self.where = where

    def _refuse(self, key: str | int) -> KpiRefused:
        return KpiRefused("malformed_template", where=(*self.where, key))

    def value(self, key: str, kind: type[T] | tuple[type, ...]) -> T:
        found = self.data.get(key, _MISSING)
        # bool is an int: a flag must not pass for a number, nor a number for a flag.
        if not isinstance(found, kind) or (isinstance(found, bool) and kind is not bool):
            raise self._refuse(key)
        return found  # type: ignore[return-value]

    def decimal(self, key: str) -> Decimal:
        text = self.value(key, str)
        try:
            number = Decimal(text)
        except InvalidOperation:
            raise self._refuse(key) from None
        if not number.is_finite() or text != str(number):
            raise self._refuse(key)  # only the exact strings to_dict writes
        return number

    def choice(self, key: str, enum: Callable[[str], T]) -> T:
        try:
            return enum(self.value(key, str))
        except ValueError:
            raise self._refuse(key) from None

    def child(self, key: str) -> _Reader:
        return _Reader(self.data.get(key), (*self.where, key))

    def children(self, key: str) -> list[_Reader]:
        return [
            _Reader(item, (*self.where, key, n)) for n, item in enumerate(self.value(key, list))
        ]

    def items(self, key: str, kind: type[T]) -> list[T]:
        found = self.value(key, list)
        for n, item in enumerate(found):
            if not isinstance(item, kind) or (isinstance(item, bool) and kind is not bool):
                raise KpiRefused("malformed_template", where=(*self.where, key, n))
        return found


_MISSING = object()
