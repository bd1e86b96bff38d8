"""KPI templates: create, list, read, edit (a new version once a form uses the current one) and
retire. Every version an appraisal was scored with stays as it was."""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from ehr_desktop.domain.errors import InvalidInput, NotFound
from ehr_desktop.domain.kpi import (
    Problem,
    Scope,
    Template,
    canonical_json,
    fingerprint,
    from_json,
    validate,
)
from ehr_desktop.persistence.models import (
    Department,
    KpiForm,
    KpiTemplate,
    KpiTemplateVersion,
    Position,
)
from ehr_desktop.services.kpi_store import actor_of, dumps, scope_from_json, scope_to_dict, writing
from ehr_desktop.services.vaults import UnlockedVault


@dataclass(frozen=True)
class TemplateRow:
    id: int
    code: str
    name: str
    retired: bool
    version: int  # the latest version's number
    versions: int
    forms: int  # forms scored with any of its versions
    scope: Scope


@dataclass(frozen=True)
class VersionRow:
    id: int
    number: int
    fingerprint: str
    created_at: str
    created_by: str
    forms: int


@dataclass(frozen=True)
class TemplateDetail:
    id: int
    code: str
    name: str
    retired: bool
    version_id: int
    number: int
    template: Template  # the version asked for (the latest by default)
    in_use: bool  # some form uses this version: editing makes a new one
    versions: tuple[VersionRow, ...]


@dataclass(frozen=True)
class SavedTemplate:
    template_id: int
    version_id: int
    number: int
    new_version: bool  # True when the edit had to leave a used version as it was
    changed: bool  # False when the edit changed nothing


# --- reading ----------------------------------------------------------------------------------


def list_templates(vault: UnlockedVault, *, include_retired: bool = False) -> list[TemplateRow]:
    with vault.database.reading() as session:
        versions = dict(
            session.execute(
                select(KpiTemplateVersion.template_id, func.count()).group_by(
                    KpiTemplateVersion.template_id
                )
            ).all()
        )
        latest = dict(
            session.execute(
                select(
                    KpiTemplateVersion.template_id, func.max(KpiTemplateVersion.number)
                ).group_by(KpiTemplateVersion.template_id)
            ).all()
        )
        forms = dict(
            session.execute(
                select(KpiTemplateVersion.template_id, func.count(KpiForm.id))
                .join(KpiForm, KpiForm.template_version_id == KpiTemplateVersion.id)
                .group_by(KpiTemplateVersion.template_id)
            ).all()
        )
        query = select(KpiTemplate).order_by(KpiTemplate.code)
        if not include_retired:
            query = query.where(KpiTemplate.retired.is_(False))
        return [
            TemplateRow(
                t.id,
                t.code,
                t.name,
                t.retired,
                latest.get(t.id, 0),
                versions.get(t.id, 0),
                forms.get(t.id, 0),
                scope_from_json(t.scope),
            )
            for t in session.scalars(query)
        ]


def get_template(
    vault: UnlockedVault, template_id: int, *, number: int | None = None
) -> TemplateDetail:
    """The template with the version `number` (the latest when None) and its version list."""
    with vault.database.reading() as session:
        template = session.get(KpiTemplate, template_id)
        if template is None:
            raise NotFound(entity="kpi_template")
        counts = dict(
            session.execute(
                select(KpiForm.template_version_id, func.count())
                .join(KpiTemplateVersion, KpiTemplateVersion.id == KpiForm.template_version_id)
                .where(KpiTemplateVersion.template_id == template_id)
                .group_by(KpiForm.template_version_id)
            ).all()
        )
        rows = session.scalars(
            select(KpiTemplateVersion)
            .where(KpiTemplateVersion.template_id == template_id)
            .order_by(KpiTemplateVersion.number)
        ).all()
        chosen = rows[-1] if number is None else next((r for r in rows if r.number == number), None)
        if chosen is None:
            raise NotFound(entity="kpi_template_version")
        return TemplateDetail(
            id=template.id,
            code=template.code,
            name=template.name,
            retired=template.retired,
            version_id=chosen.id,
            number=chosen.number,
            template=from_json(chosen.definition),
            in_use=counts.get(chosen.id, 0) > 0,
            versions=tuple(
                VersionRow(
                    r.id, r.number, r.fingerprint, r.created_at, r.created_by, counts.get(r.id, 0)
                )
                for r in rows
            ),
        )


def version(vault: UnlockedVault, version_id: int) -> Template:
    """A version exactly as stored (what a form was scored with)."""
    with vault.database.reading() as session:
        definition = session.scalar(
            select(KpiTemplateVersion.definition).where(KpiTemplateVersion.id == version_id)
        )
    if definition is None:
        raise NotFound(entity="kpi_template_version")
    return from_json(definition)


# --- writing ----------------------------------------------------------------------------------


def _problems(session: Session, template: Template, template_id: int | None) -> list[Problem]:
    found = validate(template)
    clash = session.scalar(
        select(KpiTemplate.id).where(
            KpiTemplate.code == template.code.strip(), KpiTemplate.id != (template_id or 0)
        )
    )
    if clash is not None:
        found.append(Problem("duplicate_key", ("code",), {"key": template.code}))
    scope = template.scope
    departments = {r.department_id for r in scope.departments}
    known = set(session.scalars(select(Department.id).where(Department.id.in_(departments))))
    for n, rule in enumerate(scope.departments):
        if rule.department_id not in known:
            found.append(
                Problem(
                    "unknown_department", ("scope", "departments", n), {"id": rule.department_id}
                )
            )
    positions = set(session.scalars(select(Position.id).where(Position.id.in_(scope.positions))))
    for position_id in sorted(scope.positions - positions):
        found.append(Problem("unknown_position", ("scope", "positions"), {"id": position_id}))
    return found


def _add_version(session: Session, template_id: int, template: Template, number: int) -> int:
    stored = dataclasses.replace(template, version=number)
    row = KpiTemplateVersion(
        template_id=template_id,
        number=number,
        definition=canonical_json(stored),
        fingerprint=fingerprint(stored),
        created_by=actor_of(session),
    )
    session.add(row)
    session.flush()
    return row.id


def create_template(vault: UnlockedVault, template: Template) -> SavedTemplate:
    """A new template at version 1; refused with every problem at once (InvalidInput)."""
    template = dataclasses.replace(template, code=template.code.strip(), name=template.name.strip())
    with writing(vault) as session:
        problems = _problems(session, template, None)
        if problems:
            raise InvalidInput(problems=problems)
        row = KpiTemplate(
            code=template.code, name=template.name, scope=dumps(scope_to_dict(template.scope))
        )
        session.add(row)
        session.flush()
        version_id = _add_version(session, row.id, template, 1)
        return SavedTemplate(row.id, version_id, 1, new_version=True, changed=True)


def edit_template(vault: UnlockedVault, template_id: int, template: Template) -> SavedTemplate:
    """Saves an edited template. When a form uses the latest version it stays untouched and the
    edit becomes the next version (forms already made keep theirs); an unused latest version is
    simply replaced."""
    template = dataclasses.replace(template, code=template.code.strip(), name=template.name.strip())
    with writing(vault) as session:
        row = session.get(KpiTemplate, template_id)
        if row is None:
            raise NotFound(entity="kpi_template")
        problems = _problems(session, template, template_id)
        if problems:
            raise InvalidInput(problems=problems)
        latest = session.scalars(
            select(KpiTemplateVersion)
            .where(KpiTemplateVersion.template_id == template_id)
            .order_by(KpiTemplateVersion.number.desc())
            .limit(1)
        ).one()
        row.code, row.name = template.code, template.name
        row.scope = dumps(scope_to_dict(template.scope))
        same = dataclasses.replace(template, version=latest.number)
        if fingerprint(same) == latest.fingerprint:
            return SavedTemplate(template_id, latest.id, latest.number, False, changed=False)
        in_use = session.scalar(
            select(KpiForm.id).where(KpiForm.template_version_id == latest.id).limit(1)
        )
        if in_use is None:
            latest.definition = canonical_json(same)
            latest.fingerprint = fingerprint(same)
            return SavedTemplate(template_id, latest.id, latest.number, False, changed=True)
        number = latest.number + 1
        version_id = _add_version(session, template_id, template, number)
        return SavedTemplate(template_id, version_id, number, new_version=True, changed=True)


def retire_template(vault: UnlockedVault, template_id: int, *, retired: bool = True) -> None:
    """A retired template is offered to no new form; forms that use it keep it."""
    with writing(vault) as session:
        row = session.get(KpiTemplate, template_id)
        if row is None:
            raise NotFound(entity="kpi_template")
        row.retired = retired


def latest_versions(session: Session) -> dict[int, int]:
    """template id → id of its latest version."""
    newest = (
        select(KpiTemplateVersion.template_id, func.max(KpiTemplateVersion.number).label("n"))
        .group_by(KpiTemplateVersion.template_id)
        .subquery()
    )
    rows = session.execute(
        select(KpiTemplateVersion.template_id, KpiTemplateVersion.id).join(
            newest,
            (newest.c.template_id == KpiTemplateVersion.template_id)
            & (newest.c.n == KpiTemplateVersion.number),
        )
    )
    return dict(rows.all())
