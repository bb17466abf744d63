"""Lessons Learned and Start/Stop/Continue: who a request went to, whether it still
waits for answers, the theme being acted on, and lessons put away for a week.

Revision ID: 0004_lessons_feedback
Revises: 0003_coaching_log
"""

import sqlalchemy as sa
from alembic import op

revision = "0004_lessons_feedback"
down_revision = "0003_coaching_log"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "feedback_request_person",
        sa.Column("request_id", sa.Integer(), nullable=False),
        sa.Column("person_id", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["person_id"],
            ["person.id"],
            name=op.f("fk_feedback_request_person_person_id_person"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["request_id"],
            ["feedback_request.id"],
            name=op.f("fk_feedback_request_person_request_id_feedback_request"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("request_id", "person_id", name=op.f("pk_feedback_request_person")),
    )
    with op.batch_alter_table("feedback_request_person", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_feedback_request_person_person_id"), ["person_id"], unique=False
        )

    op.create_table(
        "feedback_action",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("theme", sa.String(length=100), nullable=False),
        sa.Column("action", sa.Text(), nullable=False),
        sa.Column("started_on", sa.Date(), nullable=False),
        sa.Column("due_on", sa.Date(), nullable=True),
        sa.Column("check_on", sa.Date(), nullable=True),
        sa.Column("status", sa.String(length=10), nullable=False),
        sa.Column("what_changed", sa.Text(), nullable=False),
        sa.Column("closed_on", sa.Date(), nullable=True),
        sa.Column("lesson_id", sa.Integer(), nullable=True),
        sa.CheckConstraint(
            "status IN ('acting', 'done', 'closed')", name=op.f("ck_feedback_action_status_known")
        ),
        sa.ForeignKeyConstraint(
            ["lesson_id"],
            ["lesson.id"],
            name=op.f("fk_feedback_action_lesson_id_lesson"),
            ondelete="SET NULL",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_feedback_action")),
    )
    op.create_table(
        "lesson_dismissal",
        sa.Column("lesson_id", sa.Integer(), nullable=False),
        sa.Column("week_start", sa.Date(), nullable=False),
        sa.ForeignKeyConstraint(
            ["lesson_id"],
            ["lesson.id"],
            name=op.f("fk_lesson_dismissal_lesson_id_lesson"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("lesson_id", "week_start", name=op.f("pk_lesson_dismissal")),
    )
    with op.batch_alter_table("feedback_request", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column("asked_team", sa.Boolean(), server_default=sa.text("0"), nullable=False)
        )
        batch_op.add_column(
            sa.Column("closed", sa.Boolean(), server_default=sa.text("0"), nullable=False)
        )


def downgrade() -> None:
    with op.batch_alter_table("feedback_request", schema=None) as batch_op:
        batch_op.drop_column("closed")
        batch_op.drop_column("asked_team")

    op.drop_table("lesson_dismissal")
    op.drop_table("feedback_action")
    with op.batch_alter_table("feedback_request_person", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_feedback_request_person_person_id"))

    op.drop_table("feedback_request_person")
