"""Persistence: SQLCipher engine, ORM models, Alembic migrations, audit trail, vault files."""
