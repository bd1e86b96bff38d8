"""Pure business rules: no Qt, no SQLAlchemy."""
