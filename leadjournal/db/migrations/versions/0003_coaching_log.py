"""Coaching Log: one-on-ones, coaching, improvement plans, delegations, and the
feedback tables that one-on-one preparation reads.

Revision ID: 0003_coaching_log
Revises: 0002_weekly_plan
"""

import sqlalchemy as sa
from alembic import op

revision = "0003_coaching_log"
down_revision = "0002_weekly_plan"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "feedback_request",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("asked_on", sa.Date(), nullable=False),
        sa.Column("asked_whom", sa.Text(), nullable=False),
        sa.Column("channel", sa.String(length=20), nullable=False),
        sa.Column("question", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_feedback_request")),
    )
    op.create_table(
        "coaching",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("person_id", sa.Integer(), nullable=False),
        sa.Column("held_on", sa.Date(), nullable=False),
        sa.Column("skill", sa.Text(), nullable=False),
        sa.Column("situation", sa.Text(), nullable=False),
        sa.Column("impact", sa.Text(), nullable=False),
        sa.Column("great_looks_like", sa.Text(), nullable=False),
        sa.Column("next_step", sa.Text(), nullable=False),
        sa.Column("follow_up_on", sa.Date(), nullable=True),
        sa.Column("practice_outcome", sa.String(length=10), nullable=False),
        sa.Column("practice_note", sa.Text(), nullable=False),
        sa.CheckConstraint(
            "practice_outcome IN ('', 'yes', 'partly', 'no')",
            name=op.f("ck_coaching_practice_outcome_known"),
        ),
        sa.ForeignKeyConstraint(
            ["person_id"],
            ["person.id"],
            name=op.f("fk_coaching_person_id_person"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_coaching")),
    )
    with op.batch_alter_table("coaching", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_coaching_person_id"), ["person_id"], unique=False)

    op.create_table(
        "delegation",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("person_id", sa.Integer(), nullable=False),
        sa.Column("delegated_on", sa.Date(), nullable=False),
        sa.Column("outcome", sa.Text(), nullable=False),
        sa.Column("constraints", sa.Text(), nullable=False),
        sa.Column("decision_rights", sa.String(length=20), nullable=False),
        sa.Column("checkpoints", sa.Text(), nullable=False),
        sa.Column("risk", sa.String(length=10), nullable=False),
        sa.Column("reasoning", sa.Text(), nullable=False),
        sa.Column("status", sa.String(length=10), nullable=False),
        sa.CheckConstraint(
            "decision_rights IN ('decide_alone', 'decide_then_tell', 'recommend')",
            name=op.f("ck_delegation_rights_known"),
        ),
        sa.CheckConstraint("risk IN ('low', 'high')", name=op.f("ck_delegation_risk_known")),
        sa.CheckConstraint("status IN ('open', 'done')", name=op.f("ck_delegation_status_known")),
        sa.ForeignKeyConstraint(
            ["person_id"],
            ["person.id"],
            name=op.f("fk_delegation_person_id_person"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_delegation")),
    )
    with op.batch_alter_table("delegation", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_delegation_person_id"), ["person_id"], unique=False)

    op.create_table(
        "feedback_response",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("request_id", sa.Integer(), nullable=True),
        sa.Column("received_on", sa.Date(), nullable=False),
        sa.Column("source", sa.String(length=10), nullable=False),
        sa.Column("person_id", sa.Integer(), nullable=True),
        sa.CheckConstraint(
            "(source = 'person' AND person_id IS NOT NULL) OR "
            "(source IN ('anonymous', 'self') AND person_id IS NULL)",
            name=op.f("ck_feedback_response_source_matches_person"),
        ),
        sa.ForeignKeyConstraint(
            ["person_id"],
            ["person.id"],
            name=op.f("fk_feedback_response_person_id_person"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["request_id"],
            ["feedback_request.id"],
            name=op.f("fk_feedback_response_request_id_feedback_request"),
            ondelete="SET NULL",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_feedback_response")),
    )
    with op.batch_alter_table("feedback_response", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_feedback_response_person_id"), ["person_id"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_feedback_response_request_id"), ["request_id"], unique=False
        )

    op.create_table(
        "improvement_plan",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("person_id", sa.Integer(), nullable=False),
        sa.Column("started_on", sa.Date(), nullable=False),
        sa.Column("behaviour", sa.Text(), nullable=False),
        sa.Column("expected", sa.Text(), nullable=False),
        sa.Column("support", sa.Text(), nullable=False),
        sa.Column("cadence_days", sa.Integer(), nullable=False),
        sa.Column("length_weeks", sa.Integer(), nullable=False),
        sa.Column("success_measure", sa.Text(), nullable=False),
        sa.Column("status", sa.String(length=10), nullable=False),
        sa.Column("closed_on", sa.Date(), nullable=True),
        sa.CheckConstraint(
            "status IN ('active', 'met', 'not_met', 'stopped')",
            name=op.f("ck_improvement_plan_status_known"),
        ),
        sa.CheckConstraint(
            "cadence_days >= 1 AND length_weeks >= 1",
            name=op.f("ck_improvement_plan_positive_period"),
        ),
        sa.ForeignKeyConstraint(
            ["person_id"],
            ["person.id"],
            name=op.f("fk_improvement_plan_person_id_person"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_improvement_plan")),
    )
    with op.batch_alter_table("improvement_plan", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_improvement_plan_person_id"), ["person_id"], unique=False
        )

    op.create_table(
        "one_on_one",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("person_id", sa.Integer(), nullable=False),
        sa.Column("scheduled_at", sa.DateTime(), nullable=False),
        sa.Column("notes", sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(
            ["person_id"],
            ["person.id"],
            name=op.f("fk_one_on_one_person_id_person"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_one_on_one")),
    )
    with op.batch_alter_table("one_on_one", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_one_on_one_person_id"), ["person_id"], unique=False)
        batch_op.create_index(
            batch_op.f("ix_one_on_one_scheduled_at"), ["scheduled_at"], unique=False
        )

    op.create_table(
        "action_item",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("one_on_one_id", sa.Integer(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("owner", sa.String(length=10), nullable=False),
        sa.Column("due_on", sa.Date(), nullable=True),
        sa.Column("status", sa.String(length=10), nullable=False),
        sa.Column("closed_on", sa.Date(), nullable=True),
        sa.CheckConstraint("owner IN ('me', 'them')", name=op.f("ck_action_item_owner_known")),
        sa.CheckConstraint(
            "status IN ('open', 'done', 'dropped')", name=op.f("ck_action_item_status_known")
        ),
        sa.ForeignKeyConstraint(
            ["one_on_one_id"],
            ["one_on_one.id"],
            name=op.f("fk_action_item_one_on_one_id_one_on_one"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_action_item")),
    )
    with op.batch_alter_table("action_item", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_action_item_one_on_one_id"), ["one_on_one_id"], unique=False
        )

    op.create_table(
        "agenda_item",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("one_on_one_id", sa.Integer(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("source", sa.String(length=20), nullable=False),
        sa.ForeignKeyConstraint(
            ["one_on_one_id"],
            ["one_on_one.id"],
            name=op.f("fk_agenda_item_one_on_one_id_one_on_one"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_agenda_item")),
    )
    with op.batch_alter_table("agenda_item", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_agenda_item_one_on_one_id"), ["one_on_one_id"], unique=False
        )

    op.create_table(
        "feedback_item",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("response_id", sa.Integer(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(length=10), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("themes", sa.Text(), nullable=False),
        sa.Column("status", sa.String(length=10), nullable=False),
        sa.CheckConstraint(
            "kind IN ('start', 'stop', 'continue')", name=op.f("ck_feedback_item_kind_known")
        ),
        sa.CheckConstraint(
            "status IN ('open', 'acting', 'done', 'closed')",
            name=op.f("ck_feedback_item_status_known"),
        ),
        sa.ForeignKeyConstraint(
            ["response_id"],
            ["feedback_response.id"],
            name=op.f("fk_feedback_item_response_id_feedback_response"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_feedback_item")),
    )
    with op.batch_alter_table("feedback_item", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_feedback_item_response_id"), ["response_id"], unique=False
        )

    op.create_table(
        "plan_checkin",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("plan_id", sa.Integer(), nullable=False),
        sa.Column("checked_on", sa.Date(), nullable=False),
        sa.Column("progress", sa.Integer(), nullable=False),
        sa.Column("note", sa.Text(), nullable=False),
        sa.CheckConstraint("progress BETWEEN 1 AND 5", name=op.f("ck_plan_checkin_progress_range")),
        sa.ForeignKeyConstraint(
            ["plan_id"],
            ["improvement_plan.id"],
            name=op.f("fk_plan_checkin_plan_id_improvement_plan"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_plan_checkin")),
    )
    with op.batch_alter_table("plan_checkin", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_plan_checkin_plan_id"), ["plan_id"], unique=False)

    with op.batch_alter_table("recognition", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_recognition_person_id"), ["person_id"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("recognition", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_recognition_person_id"))

    with op.batch_alter_table("plan_checkin", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_plan_checkin_plan_id"))

    op.drop_table("plan_checkin")
    with op.batch_alter_table("feedback_item", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_feedback_item_response_id"))

    op.drop_table("feedback_item")
    with op.batch_alter_table("agenda_item", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_agenda_item_one_on_one_id"))

    op.drop_table("agenda_item")
    with op.batch_alter_table("action_item", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_action_item_one_on_one_id"))

    op.drop_table("action_item")
    with op.batch_alter_table("one_on_one", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_one_on_one_scheduled_at"))
        batch_op.drop_index(batch_op.f("ix_one_on_one_person_id"))

    op.drop_table("one_on_one")
    with op.batch_alter_table("improvement_plan", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_improvement_plan_person_id"))

    op.drop_table("improvement_plan")
    with op.batch_alter_table("feedback_response", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_feedback_response_request_id"))
        batch_op.drop_index(batch_op.f("ix_feedback_response_person_id"))

    op.drop_table("feedback_response")
    with op.batch_alter_table("delegation", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_delegation_person_id"))

    op.drop_table("delegation")
    with op.batch_alter_table("coaching", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_coaching_person_id"))

    op.drop_table("coaching")
    op.drop_table("feedback_request")
