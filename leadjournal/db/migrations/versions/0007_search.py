"""Full-text search: one FTS5 index over everything the user writes, kept in step by
triggers so every write updates it in the same transaction.

Revision ID: 0007_search
Revises: 0006_reminders
"""

from alembic import op

revision = "0007_search"
down_revision = "0006_reminders"
branch_labels = None
depends_on = None

# table -> (kind shown in results, the text columns indexed). Frozen here on purpose: a
# later table gets its own migration adding its triggers.
INDEXED = {
    "week_plan": (
        "week",
        (
            "outcome",
            "why",
            "buffer_note",
            "improvement_what",
            "improvement_why",
            "stakeholder_update",
            "next_week_focus",
            "pulse_text",
        ),
    ),
    "priority": ("priority", ("title",)),
    "criterion": ("criterion", ("text",)),
    "task": ("task", ("title", "slip_reason", "reviewer")),
    "checkin": ("checkin", ("completed", "next_up", "blocked", "next_action")),
    "decision": ("decision", ("decision", "reason", "consulted")),
    "lesson": ("lesson", ("title", "what_happened", "what_i_learned", "do_differently", "tags")),
    "recognition": ("recognition", ("what_they_did", "impact")),
    "person": ("person", ("name", "role", "notes")),
    "one_on_one": ("one_on_one", ("notes",)),
    "agenda_item": ("agenda_item", ("text",)),
    "action_item": ("action_item", ("text",)),
    "coaching": (
        "coaching",
        ("skill", "situation", "impact", "great_looks_like", "next_step", "practice_note"),
    ),
    "improvement_plan": ("plan", ("behaviour", "expected", "support", "success_measure")),
    "plan_checkin": ("plan_checkin", ("note",)),
    "delegation": ("delegation", ("outcome", "constraints", "checkpoints", "reasoning")),
    "feedback_request": ("feedback_request", ("question", "asked_whom")),
    "feedback_item": ("feedback_item", ("text", "themes")),
    "feedback_action": ("feedback_action", ("theme", "action", "what_changed")),
    "practice_cycle": (
        "practice_cycle",
        ("lead_title", "manage_title", "what_worked", "what_did_not", "what_i_will_change"),
    ),
    "practice_tick": ("practice_tick", ("note",)),
    "custom_behaviour": ("behaviour", ("title", "description", "done_today")),
    "team_check": ("team_check", ("note",)),
}


def _body(prefix: str, columns: tuple[str, ...]) -> str:
    return " || ' ' || ".join(f"coalesce({prefix}.{column}, '')" for column in columns)


def upgrade() -> None:
    op.execute(
        "CREATE VIRTUAL TABLE search_index USING fts5("
        "kind UNINDEXED, record_id UNINDEXED, body, "
        "tokenize = 'unicode61 remove_diacritics 2')"
    )
    for table, (kind, columns) in INDEXED.items():
        insert = (
            f"INSERT INTO search_index (kind, record_id, body) "
            f"VALUES ('{kind}', new.rowid, {_body('new', columns)});"
        )
        delete = f"DELETE FROM search_index WHERE kind = '{kind}' AND record_id = old.rowid;"
        op.execute(
            f"CREATE TRIGGER search_{table}_insert AFTER INSERT ON {table} BEGIN {insert} END"
        )
        op.execute(
            f"CREATE TRIGGER search_{table}_delete AFTER DELETE ON {table} BEGIN {delete} END"
        )
        op.execute(
            f"CREATE TRIGGER search_{table}_update AFTER UPDATE ON {table} BEGIN "
            f"{delete} {insert} END"
        )
        op.execute(
            f"INSERT INTO search_index (kind, record_id, body) "
            f"SELECT '{kind}', rowid, {_body(table, columns)} FROM {table}"
        )


def downgrade() -> None:
    for table in INDEXED:
        for event in ("insert", "delete", "update"):
            op.execute(f"DROP TRIGGER IF EXISTS search_{table}_{event}")
    op.execute("DROP TABLE IF EXISTS search_index")
