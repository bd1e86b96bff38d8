"""Employee files: full personal data, corrections, organization history, contracts, records,
attachments and custom fields.

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-27
"""

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None

_EMPLOYEE_TEXT_COLUMNS = (
    ("name_initials", 200),
    ("former_name", 100),
    ("ethnicity", 50),
    ("nationality", 100),
    ("native_place", 200),
    ("hukou_type", 20),
    ("hukou_address", 500),
    ("current_address", 500),
    ("marital_status", 20),
    ("political_status", 20),
    ("bank_name", 200),
    ("bank_account", 50),
)


def upgrade() -> None:
    # SQLite adds a column with a REFERENCES clause in place, so no table is rebuilt.
    with op.batch_alter_table("positions") as batch:
        batch.add_column(sa.Column("default_grade", sa.String(10), nullable=True))
        batch.add_column(
            sa.Column("retired", sa.Boolean(), nullable=False, server_default=sa.false())
        )
    for name, length in _EMPLOYEE_TEXT_COLUMNS:
        op.add_column("employees", sa.Column(name, sa.String(length), nullable=True))
    op.create_index("ix_employees_name_initials_name", "employees", ["name_initials", "name"])
    op.create_index("ix_employees_department_status", "employees", ["department_id", "status"])
    op.add_column("employees", sa.Column("first_work_date", sa.Date(), nullable=True))
    op.add_column("employees", sa.Column("probation_end", sa.Date(), nullable=True))
    op.add_column(
        "employees", sa.Column("emergency_contacts", sa.Text(), nullable=False, server_default="[]")
    )
    op.add_column(
        "employees", sa.Column("custom_values", sa.Text(), nullable=False, server_default="{}")
    )
    op.execute(
        "ALTER TABLE employees ADD COLUMN supervisor_id INTEGER "
        "CONSTRAINT fk_employees_supervisor_id_employees REFERENCES employees (id)"
    )
    op.execute(
        "ALTER TABLE employment_events ADD COLUMN corrects_id INTEGER "
        "CONSTRAINT fk_employment_events_corrects_id REFERENCES employment_events (id)"
    )
    op.create_index("ix_employment_events_corrects_id", "employment_events", ["corrects_id"])

    op.create_table(
        "department_events",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("department_id", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(30), nullable=False),
        sa.Column("effective_date", sa.Date(), nullable=False),
        sa.Column("details", sa.Text(), nullable=False),
        sa.Column("note", sa.Text(), nullable=True),
        sa.Column("recorded_at", sa.String(40), nullable=False),
        sa.Column("recorded_by", sa.String(200), nullable=False),
        sa.ForeignKeyConstraint(
            ["department_id"],
            ["departments.id"],
            name="fk_department_events_department_id_departments",
        ),
        sa.PrimaryKeyConstraint("id", name="pk_department_events"),
    )
    op.create_index("ix_department_events_department_id", "department_events", ["department_id"])

    op.create_table(
        "contracts",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("employee_id", sa.Integer(), nullable=False),
        sa.Column("contract_type", sa.String(30), nullable=False),
        sa.Column("contract_no", sa.String(100), nullable=True),
        sa.Column("start_date", sa.Date(), nullable=False),
        sa.Column("end_date", sa.Date(), nullable=True),
        sa.Column("probation_end", sa.Date(), nullable=True),
        sa.Column("renews_id", sa.Integer(), nullable=True),
        sa.Column("terminated_on", sa.Date(), nullable=True),
        sa.Column("termination_reason", sa.String(200), nullable=True),
        sa.Column("note", sa.Text(), nullable=True),
        sa.Column("recorded_at", sa.String(40), nullable=False),
        sa.ForeignKeyConstraint(
            ["employee_id"], ["employees.id"], name="fk_contracts_employee_id_employees"
        ),
        sa.ForeignKeyConstraint(
            ["renews_id"], ["contracts.id"], name="fk_contracts_renews_id_contracts"
        ),
        sa.PrimaryKeyConstraint("id", name="pk_contracts"),
    )
    op.create_index("ix_contracts_employee_id", "contracts", ["employee_id"])
    op.create_index("ix_contracts_end_date", "contracts", ["end_date"])

    op.create_table(
        "employee_records",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("employee_id", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(30), nullable=False),
        sa.Column("title", sa.String(300), nullable=False),
        sa.Column("start_date", sa.Date(), nullable=True),
        sa.Column("end_date", sa.Date(), nullable=True),
        sa.Column("details", sa.Text(), nullable=False),
        sa.Column("note", sa.Text(), nullable=True),
        sa.Column("recorded_at", sa.String(40), nullable=False),
        sa.ForeignKeyConstraint(
            ["employee_id"], ["employees.id"], name="fk_employee_records_employee_id_employees"
        ),
        sa.PrimaryKeyConstraint("id", name="pk_employee_records"),
    )
    op.create_index("ix_employee_records_employee_id", "employee_records", ["employee_id"])
    op.create_index("ix_employee_records_kind_end_date", "employee_records", ["kind", "end_date"])

    op.create_table(
        "attachments",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("employee_id", sa.Integer(), nullable=False),
        sa.Column("event_id", sa.Integer(), nullable=True),
        sa.Column("contract_id", sa.Integer(), nullable=True),
        sa.Column("record_id", sa.Integer(), nullable=True),
        sa.Column("category", sa.String(30), nullable=False),
        sa.Column("file_name", sa.String(300), nullable=False),
        sa.Column("media_type", sa.String(100), nullable=False),
        sa.Column("size", sa.Integer(), nullable=False),
        sa.Column("sha256", sa.String(64), nullable=False),
        sa.Column("added_at", sa.String(40), nullable=False),
        sa.Column("added_by", sa.String(200), nullable=False),
        sa.ForeignKeyConstraint(
            ["employee_id"], ["employees.id"], name="fk_attachments_employee_id_employees"
        ),
        sa.ForeignKeyConstraint(
            ["event_id"],
            ["employment_events.id"],
            name="fk_attachments_event_id_employment_events",
        ),
        sa.ForeignKeyConstraint(
            ["contract_id"], ["contracts.id"], name="fk_attachments_contract_id_contracts"
        ),
        sa.ForeignKeyConstraint(
            ["record_id"],
            ["employee_records.id"],
            name="fk_attachments_record_id_employee_records",
        ),
        sa.PrimaryKeyConstraint("id", name="pk_attachments"),
    )
    op.create_index("ix_attachments_employee_id", "attachments", ["employee_id"])
    op.create_table(
        "attachment_contents",
        sa.Column("attachment_id", sa.Integer(), nullable=False),
        sa.Column("content", sa.LargeBinary(), nullable=False),
        sa.ForeignKeyConstraint(
            ["attachment_id"],
            ["attachments.id"],
            name="fk_attachment_contents_attachment_id_attachments",
        ),
        sa.PrimaryKeyConstraint("attachment_id", name="pk_attachment_contents"),
    )

    op.create_table(
        "custom_fields",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("key", sa.String(50), nullable=False),
        sa.Column("label", sa.String(100), nullable=False),
        sa.Column("kind", sa.String(20), nullable=False),
        sa.Column("choices", sa.Text(), nullable=False),
        sa.Column("sort_order", sa.Integer(), nullable=False),
        sa.Column("retired", sa.Boolean(), nullable=False),
        sa.PrimaryKeyConstraint("id", name="pk_custom_fields"),
        sa.UniqueConstraint("key", name="uq_custom_fields_key"),
    )

    op.create_table(
        "employee_search",
        sa.Column("employee_id", sa.Integer(), autoincrement=False, nullable=False),
        sa.Column("haystack", sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(
            ["employee_id"],
            ["employees.id"],
            name="fk_employee_search_employee_id_employees",
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("employee_id", name="pk_employee_search"),
    )
    for statement in SEARCH_TRIGGERS:
        op.execute(statement)
    _fill_initials_and_search()


# Quick search looks at one narrow column; the unit separator keeps fields from running into
# each other. Triggers keep it right whatever writes employees (forms, import, demo, restore).
HAYSTACK = (
    "NEW.employee_no || char(31) || NEW.name || char(31) || coalesce(NEW.former_name, '') "
    "|| char(31) || coalesce(NEW.name_initials, '') || char(31) || coalesce(NEW.id_number, '') "
    "|| char(31) || coalesce(NEW.mobile, '')"
)
SEARCH_TRIGGERS = (
    f"""CREATE TRIGGER employee_search_insert AFTER INSERT ON employees BEGIN
        INSERT OR REPLACE INTO employee_search (employee_id, haystack) VALUES (NEW.id, {HAYSTACK});
    END""",
    f"""CREATE TRIGGER employee_search_update
        AFTER UPDATE OF employee_no, name, former_name, name_initials, id_number, mobile
        ON employees BEGIN
        INSERT OR REPLACE INTO employee_search (employee_id, haystack) VALUES (NEW.id, {HAYSTACK});
    END""",
    """CREATE TRIGGER employee_search_delete AFTER DELETE ON employees BEGIN
        DELETE FROM employee_search WHERE employee_id = OLD.id;
    END""",
)


def _fill_initials_and_search() -> None:
    """Employees from schema 0002 get their pinyin initials (the update fills the search)."""
    from ehr_desktop.domain.pinyin import initials

    connection = op.get_bind()
    rows = connection.execute(sa.text("SELECT id, name FROM employees")).all()
    if rows:
        connection.execute(
            sa.text("UPDATE employees SET name_initials = :initials WHERE id = :id"),
            [{"id": row.id, "initials": initials(row.name) or None} for row in rows],
        )


def downgrade() -> None:
    raise NotImplementedError("vaults are never downgraded; restore a backup instead")
