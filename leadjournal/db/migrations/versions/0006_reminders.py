"""Reminders: a log of each reminder shown or snoozed, so none fires twice.

Revision ID: 0006_reminders
Revises: 0005_practice_insights
"""

import sqlalchemy as sa
from alembic import op

revision = "0006_reminders"
down_revision = "0005_practice_insights"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "reminder_log",
        sa.Column("key", sa.String(length=200), nullable=False),
        sa.Column("kind", sa.String(length=20), nullable=False),
        sa.Column("title", sa.Text(), nullable=False),
        sa.Column("body", sa.Text(), nullable=False),
        sa.Column("link", sa.Text(), nullable=False),
        sa.Column("due", sa.DateTime(), nullable=False),
        sa.Column("delivered_at", sa.DateTime(), nullable=True),
        sa.Column("snoozed_until", sa.DateTime(), nullable=True),
        sa.PrimaryKeyConstraint("key", name=op.f("pk_reminder_log")),
    )
    with op.batch_alter_table("reminder_log", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_reminder_log_snoozed_until"), ["snoozed_until"], unique=False
        )


def downgrade() -> None:
    with op.batch_alter_table("reminder_log", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_reminder_log_snoozed_until"))

    op.drop_table("reminder_log")
