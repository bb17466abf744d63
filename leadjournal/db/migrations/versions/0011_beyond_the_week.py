"""Beyond the week (issue 24): goals that weekly outcomes link to, the team's own
metrics entered in the Friday review, and the playbook's scenarios tracked over weeks.
New tables that hold the user's words join the search index the way 0010 does.

Revision ID: 0011_beyond_the_week
Revises: 0010_week_structure
"""

import sqlalchemy as sa
from alembic import op

revision = "0011_beyond_the_week"
down_revision = "0010_week_structure"
branch_labels = None
depends_on = None

# Search-index codes for this revision's tables, fixed once so every section can use its
# own (0010 used up to 30):
#   31 goal (goals)     32 metric_value, 33 metric (team metrics)
#   34, 35, 36 (the playbook's scenarios)
STEP = 2**32


def _body(prefix: str, columns: tuple[str, ...]) -> str:
    return " || ' ' || ".join(f"coalesce({prefix}.{column}, '')" for column in columns)


def _index_for_search(table: str, kind: str, code: int, columns: tuple[str, ...]) -> None:
    """Keep ``table``'s words in the search index, and index the rows it already has."""
    base = code * STEP
    insert = (
        f"INSERT INTO search_index (rowid, kind, record_id, body) "
        f"VALUES ({base} + new.rowid, '{kind}', new.rowid, {_body('new', columns)});"
    )
    delete = f"DELETE FROM search_index WHERE rowid = {base} + old.rowid;"
    watched = ", ".join(columns)
    op.execute(f"CREATE TRIGGER search_{table}_insert AFTER INSERT ON {table} BEGIN {insert} END")
    op.execute(f"CREATE TRIGGER search_{table}_delete AFTER DELETE ON {table} BEGIN {delete} END")
    op.execute(
        f"CREATE TRIGGER search_{table}_update AFTER UPDATE OF {watched} ON {table} BEGIN "
        f"{delete} {insert} END"
    )
    op.execute(
        f"INSERT INTO search_index (rowid, kind, record_id, body) "
        f"SELECT {base} + rowid, '{kind}', rowid, {_body(table, columns)} FROM {table}"
    )


def _forget_search(table: str, code: int) -> None:
    for event in ("insert", "delete", "update"):
        op.execute(f"DROP TRIGGER IF EXISTS search_{table}_{event}")
    op.execute(
        f"DELETE FROM search_index WHERE rowid BETWEEN {code * STEP} AND {(code + 1) * STEP - 1}"
    )


# --- Goals above the week -----------------------------------------------------------


def _goals_up() -> None:
    op.create_table(
        "goal",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("title", sa.Text(), nullable=False),
        sa.Column("why", sa.Text(), nullable=False),
        sa.Column("measure", sa.Text(), nullable=False),
        sa.Column("horizon", sa.String(length=20), nullable=False),
        sa.Column("target_date", sa.Date(), nullable=True),
        sa.Column("status", sa.String(length=20), nullable=False),
        sa.Column("set_on", sa.Date(), nullable=False),
        sa.Column("closed_on", sa.Date(), nullable=True),
        sa.Column("close_reason", sa.Text(), nullable=False),
        sa.Column("replaced_by_id", sa.Integer(), nullable=True),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.CheckConstraint(
            "status IN ('open', 'achieved', 'changed', 'dropped')",
            name=op.f("ck_goal_status_known"),
        ),
        sa.CheckConstraint(
            "horizon IN ('quarter', 'half_year', 'year', 'date')",
            name=op.f("ck_goal_horizon_known"),
        ),
        sa.ForeignKeyConstraint(
            ["replaced_by_id"], ["goal.id"], name=op.f("fk_goal_replaced_by_id_goal"),
            ondelete="SET NULL",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_goal")),
    )  # fmt: skip
    # Plain ALTER TABLE (no batch copy): week_plan keeps its search triggers. A column
    # added so carries no ON DELETE rule that SQLite reports back, so the model has none
    # either. A week links to no goal until the user picks one.
    op.execute("ALTER TABLE week_plan ADD COLUMN goal_id INTEGER REFERENCES goal (id)")
    # A goal's words are searched; why it closed too (a changed goal's reason).
    _index_for_search("goal", "goal", 31, ("title", "why", "measure", "close_reason"))


def _goals_down() -> None:
    _forget_search("goal", 31)
    op.execute("ALTER TABLE week_plan DROP COLUMN goal_id")
    op.drop_table("goal")


# --- The team's own metrics ---------------------------------------------------------


def _metrics_up() -> None:
    op.create_table(
        "metric",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("unit", sa.String(length=40), nullable=False),
        sa.Column("kind", sa.String(length=20), nullable=False),
        sa.Column("target", sa.Float(), nullable=True),
        sa.Column("better", sa.String(length=10), nullable=False),
        sa.Column("active", sa.Boolean(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.CheckConstraint("kind IN ('activity', 'outcome')", name=op.f("ck_metric_kind_known")),
        sa.CheckConstraint("better IN ('higher', 'lower')", name=op.f("ck_metric_better_known")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_metric")),
    )
    op.create_table(
        "metric_value",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("metric_id", sa.Integer(), nullable=False),
        sa.Column("week", sa.Date(), nullable=False),
        sa.Column("value", sa.Float(), nullable=False),
        sa.Column("note", sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(
            ["metric_id"],
            ["metric.id"],
            name=op.f("fk_metric_value_metric_id_metric"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_metric_value")),
        sa.UniqueConstraint("metric_id", "week", name="metric_week"),
    )
    op.create_index(op.f("ix_metric_value_week"), "metric_value", ["week"], unique=False)
    _index_for_search("metric", "metric", 33, ("name", "unit"))
    # A week's note beside its value ("two people out sick") is the user's words too; the
    # code 32 was left free by the goals.
    _index_for_search("metric_value", "metric_value", 32, ("note",))


def _metrics_down() -> None:
    _forget_search("metric_value", 32)
    _forget_search("metric", 33)
    op.drop_index(op.f("ix_metric_value_week"), table_name="metric_value")
    op.drop_table("metric_value")
    op.drop_table("metric")


# --- The playbook's scenarios -------------------------------------------------------


def _playbook_up() -> None:
    op.create_table(
        "rollout",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("title", sa.Text(), nullable=False),
        sa.Column("purpose", sa.Text(), nullable=False),
        sa.Column("started_week", sa.Date(), nullable=False),
        sa.Column("finished_week", sa.Date(), nullable=True),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_rollout")),
    )
    op.create_index(op.f("ix_rollout_started_week"), "rollout", ["started_week"], unique=False)
    op.create_table(
        "rollout_step",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("rollout_id", sa.Integer(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(length=20), nullable=False),
        sa.Column("department", sa.String(length=200), nullable=False),
        sa.Column("owner", sa.String(length=200), nullable=False),
        sa.Column("what", sa.Text(), nullable=False),
        sa.Column("done_week", sa.Date(), nullable=True),
        sa.CheckConstraint(
            "kind IN ('owner', 'training', 'pilot', 'launch', 'metrics', 'feedback')",
            name=op.f("ck_rollout_step_kind_known"),
        ),
        sa.ForeignKeyConstraint(
            ["rollout_id"],
            ["rollout.id"],
            name=op.f("fk_rollout_step_rollout_id_rollout"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_rollout_step")),
    )
    op.create_index(
        op.f("ix_rollout_step_rollout_id"), "rollout_step", ["rollout_id"], unique=False
    )
    op.create_table(
        "rollout_feedback",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("rollout_id", sa.Integer(), nullable=False),
        sa.Column("week_start", sa.Date(), nullable=False),
        sa.Column("heard", sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(
            ["rollout_id"],
            ["rollout.id"],
            name=op.f("fk_rollout_feedback_rollout_id_rollout"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_rollout_feedback")),
        sa.UniqueConstraint(
            "rollout_id", "week_start", name=op.f("uq_rollout_feedback_rollout_id")
        ),
    )
    op.create_index(
        op.f("ix_rollout_feedback_rollout_id"), "rollout_feedback", ["rollout_id"], unique=False
    )
    _index_for_search("rollout", "rollout", 34, ("title", "purpose"))
    _index_for_search("rollout_step", "rollout_step", 35, ("department", "owner", "what"))
    _index_for_search("rollout_feedback", "rollout_feedback", 36, ("heard",))


def _playbook_down() -> None:
    for table, code in (("rollout_feedback", 36), ("rollout_step", 35), ("rollout", 34)):
        _forget_search(table, code)
    op.drop_index(op.f("ix_rollout_feedback_rollout_id"), table_name="rollout_feedback")
    op.drop_table("rollout_feedback")
    op.drop_index(op.f("ix_rollout_step_rollout_id"), table_name="rollout_step")
    op.drop_table("rollout_step")
    op.drop_index(op.f("ix_rollout_started_week"), table_name="rollout")
    op.drop_table("rollout")


def upgrade() -> None:
    _goals_up()
    _metrics_up()
    _playbook_up()


def downgrade() -> None:
    _playbook_down()
    _metrics_down()
    _goals_down()
