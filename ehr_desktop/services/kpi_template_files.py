"""KPI templates to and from Excel workbooks (the layout: docs/kpi-template-workbook.md).

Importing a workbook whose template code is already in the vault saves it as that template's
next version (forms keep the version they were made with); a new code becomes a new template.
The workbook is untrusted: it is read in a memory-limited process, and every problem comes back
with its sheet, row and column instead of a half-imported template."""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import select

from ehr_desktop.domain.errors import EhrError
from ehr_desktop.exchange import kpi as workbook
from ehr_desktop.persistence.models import KpiTemplate
from ehr_desktop.services import kpi_templates
from ehr_desktop.services.vaults import UnlockedVault


class TemplateWorkbookRefused(EhrError):
    """The workbook does not describe a valid template; `problems` says where and why
    (exchange.kpi.WorkbookProblem: code, sheet, row, column, header, facts)."""

    code = "kpi.workbook_refused"

    def __init__(self, problems: Sequence[workbook.WorkbookProblem]) -> None:
        super().__init__(problems=tuple(problems), count=len(problems))

    @property
    def problems(self) -> tuple[workbook.WorkbookProblem, ...]:
        return self.facts["problems"]


@dataclass(frozen=True)
class ImportedTemplate:
    template_id: int
    version_number: int
    created: bool  # a new template (False: a new version of the one with the same code)
    changed: bool  # False when the workbook held exactly the template's latest version


def import_template(vault: UnlockedVault, path: Path) -> ImportedTemplate:
    """Reads a template workbook and saves it; refused (TemplateWorkbookRefused, or the
    services' InvalidInput for rules that need the vault, e.g. an unknown department) with
    nothing saved."""
    template, problems = workbook.read_template_isolated(Path(path))
    if template is None or problems:
        raise TemplateWorkbookRefused(problems)
    with vault.database.reading() as session:
        existing = session.scalar(select(KpiTemplate.id).where(KpiTemplate.code == template.code))
    if existing is None:
        saved = kpi_templates.create_template(vault, template)
        return ImportedTemplate(saved.template_id, saved.number, True, True)
    current = kpi_templates.get_template(vault, existing).template
    # Where the template applies is set in the app, not in the workbook: keep it.
    saved = kpi_templates.edit_template(
        vault, existing, dataclasses.replace(template, scope=current.scope)
    )
    return ImportedTemplate(saved.template_id, saved.number, False, saved.changed)


def export_template(
    vault: UnlockedVault,
    template_id: int,
    path: Path,
    texts: workbook.TemplateTexts,
    *,
    number: int | None = None,
) -> None:
    """Writes the template (its latest version, or version `number`) as a workbook."""
    detail = kpi_templates.get_template(vault, template_id, number=number)
    workbook.write_template(Path(path), detail.template, texts)
