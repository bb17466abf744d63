"""Alembic migrations, shipped inside the package and run when a journal is opened.

The revision list is kept here as plain data so that opening an up-to-date journal does
not need to import Alembic at all; ``tests/db/test_engine.py``
(``test_known_revisions_match_the_migration_scripts``) checks it against the migration
scripts, and ``test_every_released_schema_has_a_fixture_journal`` that each revision has
a journal in ``tests/fixtures/``.
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
    "0009_set_aside",
    "0010_week_structure",
    "0011_beyond_the_week",
)
HEAD_REVISION = KNOWN_REVISIONS[-1]
# Tables a journal must hold from each revision on (a few per revision are enough to
# tell a journal from a file that only carries a version number).
TABLES_SINCE: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("0001_foundation", ("setting", "person")),
    ("0002_weekly_plan", ("week_plan", "priority", "task", "lesson", "checkin", "decision")),
    ("0003_coaching_log", ("one_on_one", "coaching", "feedback_request")),
    ("0004_lessons_feedback", ("feedback_action",)),
    ("0005_practice_insights", ("practice_cycle", "practice_tick")),
    ("0006_reminders", ("reminder_log",)),
    ("0007_search", ("search_index",)),
    ("0009_set_aside", ("set_aside",)),
    ("0010_week_structure", ("blocker", "improvement", "touchpoint", "week_change", "reflection")),
    (
        "0011_beyond_the_week",
        ("goal", "metric", "metric_value", "rollout", "rollout_step", "rollout_feedback"),
    ),
)


def missing_tables(revision: str, tables: set[str]) -> list[str]:
    """The tables a journal at ``revision`` must have that are not in ``tables``."""
    if revision not in KNOWN_REVISIONS:
        return []  # a newer journal: its own LeadJournal knows what it holds
    reached = KNOWN_REVISIONS.index(revision)
    return [
        name
        for since, names in TABLES_SINCE
        if KNOWN_REVISIONS.index(since) <= reached
        for name in names
        if name not in tables
    ]


def is_managed_by_models(name: str | None, type_: str, _parents: object) -> bool:
    """The full-text index (and SQLite's shadow tables for it) is kept by hand-written
    SQL in migration 0007, not by the models: autogenerate must leave it alone."""
    return not (type_ == "table" and name is not None and name.startswith("search_index"))
