"""Set aside: a priority replaced at the limit of three is recorded with why, and what
happened to its tasks, instead of being renamed. Its words join the search index the
way 0008 keeps it (one entry per row, placed by rowid).

Revision ID: 0009_set_aside
Revises: 0008_search_by_rowid
"""

import sqlalchemy as sa
from alembic import op

revision = "0009_set_aside"
down_revision = "0008_search_by_rowid"
branch_labels = None
depends_on = None

# table -> (kind shown in results, the text columns indexed), as in 0007.
INDEXED = {"set_aside": ("set_aside", ("title", "replaced_by", "why"))}
# 0007 indexed 23 tables with the codes 1…23; this table is the 24th.
CODE = 24
STEP = 2**32


def _body(prefix: str, columns: tuple[str, ...]) -> str:
    return " || ' ' || ".join(f"coalesce({prefix}.{column}, '')" for column in columns)


def upgrade() -> None:
    op.create_table(
        "set_aside",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("week_id", sa.Integer(), nullable=False),
        sa.Column("title", sa.Text(), nullable=False),
        sa.Column("replaced_by", sa.Text(), nullable=False),
        sa.Column("why", sa.Text(), nullable=False),
        sa.Column("tasks_went", sa.String(length=20), nullable=False),
        sa.Column("task_count", sa.Integer(), nullable=False),
        sa.Column("set_aside_at", sa.DateTime(), nullable=False),
        sa.CheckConstraint(
            "tasks_went IN ('moved', 'carried', 'dropped', 'none')",
            name=op.f("ck_set_aside_tasks_went_known"),
        ),
        sa.ForeignKeyConstraint(
            ["week_id"],
            ["week_plan.id"],
            name=op.f("fk_set_aside_week_id_week_plan"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_set_aside")),
    )
    with op.batch_alter_table("set_aside", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_set_aside_week_id"), ["week_id"], unique=False)

    for table, (kind, columns) in INDEXED.items():
        base = CODE * STEP
        insert = (
            f"INSERT INTO search_index (rowid, kind, record_id, body) "
            f"VALUES ({base} + new.rowid, '{kind}', new.rowid, {_body('new', columns)});"
        )
        delete = f"DELETE FROM search_index WHERE rowid = {base} + old.rowid;"
        watched = ", ".join(columns)
        op.execute(
            f"CREATE TRIGGER search_{table}_insert AFTER INSERT ON {table} BEGIN {insert} END"
        )
        op.execute(
            f"CREATE TRIGGER search_{table}_delete AFTER DELETE ON {table} BEGIN {delete} END"
        )
        op.execute(
            f"CREATE TRIGGER search_{table}_update AFTER UPDATE OF {watched} ON {table} BEGIN "
            f"{delete} {insert} END"
        )


def downgrade() -> None:
    for table in INDEXED:
        for event in ("insert", "delete", "update"):
            op.execute(f"DROP TRIGGER IF EXISTS search_{table}_{event}")
    with op.batch_alter_table("set_aside", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_set_aside_week_id"))

    op.drop_table("set_aside")
