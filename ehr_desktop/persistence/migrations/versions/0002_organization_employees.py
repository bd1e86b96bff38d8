"""Organization and employees: departments, positions, employees, employment events.

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-27
"""

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "positions",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("title", sa.String(200), nullable=False),
        sa.Column("job_family", sa.String(100), nullable=True),
        sa.PrimaryKeyConstraint("id", name="pk_positions"),
        sa.UniqueConstraint("title", name="uq_positions_title"),
    )
    op.create_table(
        "departments",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("parent_id", sa.Integer(), nullable=True),
        sa.Column("name", sa.String(200), nullable=False),
        sa.Column("code", sa.String(50), nullable=True),
        sa.Column("head_employee_id", sa.Integer(), nullable=True),
        sa.Column("established_on", sa.Date(), nullable=True),
        sa.Column("closed_on", sa.Date(), nullable=True),
        sa.Column("sort_order", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["parent_id"], ["departments.id"], name="fk_departments_parent_id_departments"
        ),
        sa.ForeignKeyConstraint(
            ["head_employee_id"], ["employees.id"], name="fk_departments_head_employee_id_employees"
        ),
        sa.PrimaryKeyConstraint("id", name="pk_departments"),
        sa.UniqueConstraint("code", name="uq_departments_code"),
    )
    op.create_index("ix_departments_parent_id", "departments", ["parent_id"])
    op.create_table(
        "employees",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("employee_no", sa.String(50), nullable=False),
        sa.Column("name", sa.String(100), nullable=False),
        sa.Column("gender", sa.String(1), nullable=True),
        sa.Column("birth_date", sa.Date(), nullable=True),
        sa.Column("id_type", sa.String(20), nullable=False),
        sa.Column("id_number", sa.String(40), nullable=True),
        sa.Column("mobile", sa.String(30), nullable=True),
        sa.Column("email", sa.String(200), nullable=True),
        sa.Column("hire_date", sa.Date(), nullable=True),
        sa.Column("leave_date", sa.Date(), nullable=True),
        sa.Column("status", sa.String(20), nullable=False),
        sa.Column("department_id", sa.Integer(), nullable=True),
        sa.Column("position_id", sa.Integer(), nullable=True),
        sa.Column("grade", sa.String(10), nullable=True),
        sa.Column("monthly_salary_cents", sa.Integer(), nullable=True),
        sa.Column("created_at", sa.String(40), nullable=False),
        sa.Column("updated_at", sa.String(40), nullable=False),
        sa.ForeignKeyConstraint(
            ["department_id"], ["departments.id"], name="fk_employees_department_id_departments"
        ),
        sa.ForeignKeyConstraint(
            ["position_id"], ["positions.id"], name="fk_employees_position_id_positions"
        ),
        sa.PrimaryKeyConstraint("id", name="pk_employees"),
        sa.UniqueConstraint("employee_no", name="uq_employees_employee_no"),
    )
    op.create_index("ix_employees_name", "employees", ["name"])
    op.create_index("ix_employees_id_number", "employees", ["id_number"])
    op.create_index("ix_employees_hire_date", "employees", ["hire_date"])
    op.create_index("ix_employees_status", "employees", ["status"])
    op.create_index("ix_employees_department_id", "employees", ["department_id"])
    op.create_table(
        "employment_events",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("employee_id", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(30), nullable=False),
        sa.Column("effective_date", sa.Date(), nullable=False),
        sa.Column("reason", sa.String(200), nullable=True),
        sa.Column("note", sa.Text(), nullable=True),
        sa.Column("details", sa.Text(), nullable=False),
        sa.Column("recorded_at", sa.String(40), nullable=False),
        sa.Column("recorded_by", sa.String(200), nullable=False),
        sa.ForeignKeyConstraint(
            ["employee_id"], ["employees.id"], name="fk_employment_events_employee_id_employees"
        ),
        sa.PrimaryKeyConstraint("id", name="pk_employment_events"),
    )
    op.create_index("ix_employment_events_employee_id", "employment_events", ["employee_id"])


def downgrade() -> None:
    op.drop_table("employment_events")
    op.drop_table("employees")
    op.drop_table("departments")
    op.drop_table("positions")
