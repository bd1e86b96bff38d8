"""Alembic environment: always handed an open, keyed connection by persistence/schema.py."""

from alembic import context

from ehr_desktop.persistence.models import Base

connection = context.config.attributes["connection"]
context.configure(
    connection=connection,
    target_metadata=Base.metadata,
    render_as_batch=True,  # SQLite can ALTER little; batch mode rebuilds tables instead
    transaction_per_migration=False,
    # SQLite does roll DDL back once our engine issues its own BEGIN (persistence/engine.py):
    # the whole upgrade is one transaction.
    transactional_ddl=True,
)
with context.begin_transaction():
    context.run_migrations()
