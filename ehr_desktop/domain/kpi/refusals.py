"""How the KPI rules say no: a refusal (raised) or a list of problems (returned to an editor).

Neither carries prose. `rule` / `code` are stable machine codes and the facts are the numbers
involved; the GUI turns both into a translated sentence.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from ehr_desktop.domain.errors import EhrError

# A path into a template: ("dimensions", 0, "indicators", 2, "weight").
Where = tuple[str | int, ...]


class KpiRefused(EhrError):
    """An appraisal action or input breaks a KPI rule; `rule` says which, the facts the numbers."""

    code = "kpi.refused"

    def __init__(self, rule: str, **facts: Any) -> None:
        super().__init__(rule=rule, **facts)

    @property
    def rule(self) -> str:
        return self.facts["rule"]


@dataclass(frozen=True)
class Problem:
    """One rule a template (or a quota set) breaks; an editor shows them all at once."""

    code: str
    where: Where = ()
    facts: Mapping[str, Any] = field(default_factory=dict)
