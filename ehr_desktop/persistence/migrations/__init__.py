"""Alembic migrations, run programmatically at unlock (see persistence/schema.py)."""
