"""Alembic environment: always runs on a connection handed over by the runner."""

from alembic import context

from leadjournal.db.migrations import is_managed_by_models
from leadjournal.db.models import Base

connection = context.config.attributes["connection"]
context.configure(
    connection=connection,
    target_metadata=Base.metadata,
    render_as_batch=True,  # SQLite cannot ALTER most things; batch mode copies tables
    include_name=is_managed_by_models,
)
with context.begin_transaction():
    context.run_migrations()
