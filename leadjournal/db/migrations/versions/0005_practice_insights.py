"""Practice and Insights: custom behaviours, two-week cycles with daily ticks, and the
weekly lead-or-manage self-check.

Revision ID: 0005_practice_insights
Revises: 0004_lessons_feedback
"""

import sqlalchemy as sa
from alembic import op

revision = "0005_practice_insights"
down_revision = "0004_lessons_feedback"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "custom_behaviour",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(length=10), nullable=False),
        sa.Column("title", sa.Text(), nullable=False),
        sa.Column("description", sa.Text(), nullable=False),
        sa.Column("done_today", sa.Text(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.CheckConstraint(
            "kind IN ('lead', 'manage')", name=op.f("ck_custom_behaviour_kind_known")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_custom_behaviour")),
    )
    op.create_table(
        "team_check",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("week_start", sa.Date(), nullable=False),
        sa.Column("confused", sa.Boolean(), nullable=False),
        sa.Column("low_energy", sa.Boolean(), nullable=False),
        sa.Column("resisting", sa.Boolean(), nullable=False),
        sa.Column("chaotic", sa.Boolean(), nullable=False),
        sa.Column("inconsistent", sa.Boolean(), nullable=False),
        sa.Column("firefighting", sa.Boolean(), nullable=False),
        sa.Column("note", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_team_check")),
        sa.UniqueConstraint("week_start", name=op.f("uq_team_check_week_start")),
    )
    op.create_table(
        "practice_cycle",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("started_on", sa.Date(), nullable=False),
        sa.Column("length_days", sa.Integer(), nullable=False),
        sa.Column("working_days_only", sa.Boolean(), nullable=False),
        sa.Column("lead_key", sa.String(length=100), nullable=False),
        sa.Column("lead_title", sa.Text(), nullable=False),
        sa.Column("manage_key", sa.String(length=100), nullable=False),
        sa.Column("manage_title", sa.Text(), nullable=False),
        sa.Column("status", sa.String(length=10), nullable=False),
        sa.Column("ended_on", sa.Date(), nullable=True),
        sa.Column("what_worked", sa.Text(), nullable=False),
        sa.Column("what_did_not", sa.Text(), nullable=False),
        sa.Column("what_i_will_change", sa.Text(), nullable=False),
        sa.Column("keep_practising", sa.String(length=10), nullable=False),
        sa.Column("self_feedback_id", sa.Integer(), nullable=True),
        sa.CheckConstraint(
            "status IN ('active', 'finished', 'ended')", name=op.f("ck_practice_cycle_status_known")
        ),
        sa.CheckConstraint(
            "length_days BETWEEN 1 AND 60", name=op.f("ck_practice_cycle_length_range")
        ),
        sa.ForeignKeyConstraint(
            ["self_feedback_id"],
            ["feedback_response.id"],
            name=op.f("fk_practice_cycle_self_feedback_id_feedback_response"),
            ondelete="SET NULL",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_practice_cycle")),
    )
    op.create_table(
        "practice_tick",
        sa.Column("cycle_id", sa.Integer(), nullable=False),
        sa.Column("behaviour", sa.String(length=10), nullable=False),
        sa.Column("day", sa.Date(), nullable=False),
        sa.Column("state", sa.String(length=10), nullable=False),
        sa.Column("note", sa.Text(), nullable=False),
        sa.CheckConstraint(
            "behaviour IN ('lead', 'manage')", name=op.f("ck_practice_tick_behaviour_known")
        ),
        sa.CheckConstraint(
            "state IN ('done', 'skipped')", name=op.f("ck_practice_tick_state_known")
        ),
        sa.ForeignKeyConstraint(
            ["cycle_id"],
            ["practice_cycle.id"],
            name=op.f("fk_practice_tick_cycle_id_practice_cycle"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("cycle_id", "behaviour", "day", name=op.f("pk_practice_tick")),
    )


def downgrade() -> None:
    op.drop_table("practice_tick")
    op.drop_table("practice_cycle")
    op.drop_table("team_check")
    op.drop_table("custom_behaviour")
