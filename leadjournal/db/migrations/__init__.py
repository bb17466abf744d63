"""Alembic migrations, shipped inside the package and run when a journal is opened.

The revision list is kept here as plain data so that opening an up-to-date journal does
not need to import Alembic at all; ``tests/db/test_migrations.py`` checks it against the
migration scripts.
"""

KNOWN_REVISIONS: tuple[str, ...] = (
    "0001_foundation",
    "0002_weekly_plan",
    "0003_coaching_log",
    "0004_lessons_feedback",
    "0005_practice_insights",
    "0006_reminders",
    "0007_search",
    "0008_search_by_rowid",
)
HEAD_REVISION = KNOWN_REVISIONS[-1]


def is_managed_by_models(name: str | None, type_: str, _parents: object) -> bool:
    """The full-text index (and SQLite's shadow tables for it) is kept by hand-written
    SQL in migration 0007, not by the models: autogenerate must leave it alone."""
    return not (type_ == "table" and name is not None and name.startswith("search_index"))
