"""KPI appraisals: templates and their frozen versions, cycles, forms, inputs, items, the log,
and signed paper sheets attached to a form.

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-28
"""

import sqlalchemy as sa
from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None


def _stamps() -> list[sa.Column]:
    return [
        sa.Column("created_at", sa.String(40), nullable=False),
        sa.Column("updated_at", sa.String(40), nullable=False),
    ]


def _recorded() -> list[sa.Column]:
    return [
        sa.Column("recorded_at", sa.String(40), nullable=False),
        sa.Column("recorded_by", sa.String(200), nullable=False),
    ]


def upgrade() -> None:
    op.create_table(
        "kpi_templates",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("code", sa.String(50), nullable=False),
        sa.Column("name", sa.String(200), nullable=False),
        sa.Column("scope", sa.Text(), nullable=False),
        sa.Column("retired", sa.Boolean(), nullable=False, server_default=sa.false()),
        *_stamps(),
        sa.PrimaryKeyConstraint("id", name="pk_kpi_templates"),
        sa.UniqueConstraint("code", name="uq_kpi_templates_code"),
    )
    op.create_table(
        "kpi_template_versions",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("template_id", sa.Integer(), nullable=False),
        sa.Column("number", sa.Integer(), nullable=False),
        sa.Column("definition", sa.Text(), nullable=False),
        sa.Column("fingerprint", sa.String(64), nullable=False),
        sa.Column("created_at", sa.String(40), nullable=False),
        sa.Column("created_by", sa.String(200), nullable=False),
        sa.ForeignKeyConstraint(
            ["template_id"],
            ["kpi_templates.id"],
            name="fk_kpi_template_versions_template_id_kpi_templates",
        ),
        sa.PrimaryKeyConstraint("id", name="pk_kpi_template_versions"),
        sa.UniqueConstraint("template_id", "number", name="uq_kpi_template_versions_template_id"),
    )
    op.create_table(
        "kpi_cycles",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(200), nullable=False),
        sa.Column("period_kind", sa.String(20), nullable=False),
        sa.Column("starts_on", sa.Date(), nullable=False),
        sa.Column("ends_on", sa.Date(), nullable=False),
        sa.Column("state", sa.String(20), nullable=False),
        sa.Column("grade_scale", sa.Text(), nullable=False),
        sa.Column("quotas", sa.Text(), nullable=False),
        sa.Column("population", sa.Text(), nullable=False),
        sa.Column("self_due", sa.Date(), nullable=True),
        sa.Column("manager_due", sa.Date(), nullable=True),
        sa.Column("hr_due", sa.Date(), nullable=True),
        sa.Column("low_score_threshold", sa.String(20), nullable=True),
        sa.Column("unplaced", sa.Text(), nullable=False),
        *_stamps(),
        sa.PrimaryKeyConstraint("id", name="pk_kpi_cycles"),
        sa.UniqueConstraint("name", name="uq_kpi_cycles_name"),
    )
    op.create_table(
        "kpi_forms",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("cycle_id", sa.Integer(), nullable=False),
        sa.Column("employee_id", sa.Integer(), nullable=False),
        sa.Column("template_version_id", sa.Integer(), nullable=False),
        sa.Column("template_by_hand", sa.Boolean(), nullable=False, server_default=sa.false()),
        sa.Column("department_id", sa.Integer(), nullable=True),
        sa.Column("stage", sa.String(20), nullable=False),
        sa.Column("reviewer_id", sa.Integer(), nullable=True),
        sa.Column("reviewer_by_hand", sa.Boolean(), nullable=False, server_default=sa.false()),
        sa.Column("excluded", sa.Boolean(), nullable=False, server_default=sa.false()),
        sa.Column("result", sa.Text(), nullable=True),
        sa.Column("score", sa.String(20), nullable=True),
        sa.Column("grade", sa.String(10), nullable=True),
        sa.Column("calibrated_score", sa.String(20), nullable=True),
        sa.Column("calibrated_grade", sa.String(10), nullable=True),
        sa.Column("finalized_at", sa.String(40), nullable=True),
        *_stamps(),
        sa.ForeignKeyConstraint(
            ["cycle_id"], ["kpi_cycles.id"], name="fk_kpi_forms_cycle_id_kpi_cycles"
        ),
        sa.ForeignKeyConstraint(
            ["employee_id"], ["employees.id"], name="fk_kpi_forms_employee_id_employees"
        ),
        sa.ForeignKeyConstraint(
            ["template_version_id"],
            ["kpi_template_versions.id"],
            name="fk_kpi_forms_template_version_id_kpi_template_versions",
        ),
        sa.ForeignKeyConstraint(
            ["department_id"], ["departments.id"], name="fk_kpi_forms_department_id_departments"
        ),
        sa.ForeignKeyConstraint(
            ["reviewer_id"], ["employees.id"], name="fk_kpi_forms_reviewer_id_employees"
        ),
        sa.PrimaryKeyConstraint("id", name="pk_kpi_forms"),
        sa.UniqueConstraint("cycle_id", "employee_id", name="uq_kpi_forms_cycle_id"),
    )
    op.create_index("ix_kpi_forms_employee_id", "kpi_forms", ["employee_id"])
    op.create_index("ix_kpi_forms_template_version_id", "kpi_forms", ["template_version_id"])
    op.create_index("ix_kpi_forms_cycle_stage", "kpi_forms", ["cycle_id", "stage"])
    op.create_index("ix_kpi_forms_cycle_department", "kpi_forms", ["cycle_id", "department_id"])

    op.create_table(
        "kpi_inputs",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("form_id", sa.Integer(), nullable=False),
        sa.Column("scorer", sa.String(10), nullable=False),
        sa.Column("indicator_key", sa.String(100), nullable=False),
        sa.Column("value", sa.Text(), nullable=False),
        sa.Column("comment", sa.Text(), nullable=True),
        sa.Column("provided_by_id", sa.Integer(), nullable=True),
        sa.Column("provided_via", sa.String(20), nullable=False),
        *_recorded(),
        sa.ForeignKeyConstraint(
            ["form_id"], ["kpi_forms.id"], name="fk_kpi_inputs_form_id_kpi_forms"
        ),
        sa.ForeignKeyConstraint(
            ["provided_by_id"], ["employees.id"], name="fk_kpi_inputs_provided_by_id_employees"
        ),
        sa.PrimaryKeyConstraint("id", name="pk_kpi_inputs"),
        sa.UniqueConstraint("form_id", "scorer", "indicator_key", name="uq_kpi_inputs_form_id"),
    )
    op.create_table(
        "kpi_form_items",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("form_id", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(20), nullable=False),
        sa.Column("item_key", sa.String(100), nullable=False),
        sa.Column("points", sa.String(20), nullable=True),
        sa.Column("comment", sa.Text(), nullable=True),
        sa.Column("provided_via", sa.String(20), nullable=False),
        *_recorded(),
        sa.ForeignKeyConstraint(
            ["form_id"], ["kpi_forms.id"], name="fk_kpi_form_items_form_id_kpi_forms"
        ),
        sa.PrimaryKeyConstraint("id", name="pk_kpi_form_items"),
        sa.UniqueConstraint("form_id", "kind", "item_key", name="uq_kpi_form_items_form_id"),
    )
    op.create_table(
        "kpi_log",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("cycle_id", sa.Integer(), nullable=False),
        sa.Column("form_id", sa.Integer(), nullable=True),
        sa.Column("kind", sa.String(30), nullable=False),
        sa.Column("source_stage", sa.String(20), nullable=True),
        sa.Column("target_stage", sa.String(20), nullable=True),
        sa.Column("what", sa.String(300), nullable=True),
        sa.Column("old_value", sa.Text(), nullable=True),
        sa.Column("new_value", sa.Text(), nullable=True),
        sa.Column("note", sa.Text(), nullable=True),
        *_recorded(),
        sa.ForeignKeyConstraint(
            ["cycle_id"], ["kpi_cycles.id"], name="fk_kpi_log_cycle_id_kpi_cycles"
        ),
        sa.ForeignKeyConstraint(["form_id"], ["kpi_forms.id"], name="fk_kpi_log_form_id_kpi_forms"),
        sa.PrimaryKeyConstraint("id", name="pk_kpi_log"),
    )
    op.create_index("ix_kpi_log_cycle_id", "kpi_log", ["cycle_id"])
    op.create_index("ix_kpi_log_form_id", "kpi_log", ["form_id"])

    # SQLite adds a column with a REFERENCES clause in place, so attachments is not rebuilt.
    op.execute(
        "ALTER TABLE attachments ADD COLUMN kpi_form_id INTEGER "
        "CONSTRAINT fk_attachments_kpi_form_id_kpi_forms REFERENCES kpi_forms (id)"
    )
    for statement in FROZEN_VERSION_TRIGGERS:
        op.execute(statement)


# A version some form was scored with is history: neither the app nor a slip in a later
# migration may change it (an edit of a used template makes a new version instead).
FROZEN_VERSION_TRIGGERS = (
    """CREATE TRIGGER kpi_template_versions_frozen_update
        BEFORE UPDATE ON kpi_template_versions
        WHEN EXISTS (SELECT 1 FROM kpi_forms WHERE template_version_id = OLD.id) BEGIN
        SELECT RAISE(ABORT, 'kpi template version in use is frozen');
    END""",
    """CREATE TRIGGER kpi_template_versions_frozen_delete
        BEFORE DELETE ON kpi_template_versions
        WHEN EXISTS (SELECT 1 FROM kpi_forms WHERE template_version_id = OLD.id) BEGIN
        SELECT RAISE(ABORT, 'kpi template version in use is frozen');
    END""",
)


def downgrade() -> None:
    # Vaults are never downgraded by the app (a backup is restored instead); this undoes the
    # revision for developers working on migrations.
    op.execute("DROP TRIGGER kpi_template_versions_frozen_delete")
    op.execute("DROP TRIGGER kpi_template_versions_frozen_update")
    with op.batch_alter_table("attachments") as batch:
        batch.drop_column("kpi_form_id")
    op.drop_index("ix_kpi_log_form_id", table_name="kpi_log")
    op.drop_index("ix_kpi_log_cycle_id", table_name="kpi_log")
    op.drop_table("kpi_log")
    op.drop_table("kpi_form_items")
    op.drop_table("kpi_inputs")
    for index in (
        "ix_kpi_forms_cycle_department",
        "ix_kpi_forms_cycle_stage",
        "ix_kpi_forms_template_version_id",
        "ix_kpi_forms_employee_id",
    ):
        op.drop_index(index, table_name="kpi_forms")
    op.drop_table("kpi_forms")
    op.drop_table("kpi_cycles")
    op.drop_table("kpi_template_versions")
    op.drop_table("kpi_templates")
