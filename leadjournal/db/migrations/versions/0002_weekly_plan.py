"""Weekly Plan: weeks, priorities, tasks, check-ins, decisions, lessons, recognition.

Revision ID: 0002_weekly_plan
Revises: 0001_foundation
"""

import sqlalchemy as sa
from alembic import op

revision = "0002_weekly_plan"
down_revision = "0001_foundation"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "week_plan",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("week_start", sa.Date(), nullable=False),
        sa.Column("outcome", sa.Text(), nullable=False),
        sa.Column("why", sa.Text(), nullable=False),
        sa.Column("why_category", sa.String(length=20), nullable=False),
        sa.Column("capacity_hours", sa.Float(), nullable=True),
        sa.Column("buffer_note", sa.Text(), nullable=False),
        sa.Column("confirmed_at", sa.DateTime(), nullable=True),
        sa.Column("improvement_what", sa.Text(), nullable=False),
        sa.Column("improvement_why", sa.Text(), nullable=False),
        sa.Column("improvement_status", sa.String(length=20), nullable=False),
        sa.Column("stakeholder_update", sa.Text(), nullable=False),
        sa.Column("next_week_focus", sa.Text(), nullable=False),
        sa.Column("pulse_text", sa.Text(), nullable=False),
        sa.Column("pulse_score", sa.Integer(), nullable=True),
        sa.Column("review_done", sa.Boolean(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.CheckConstraint(
            "pulse_score IS NULL OR pulse_score BETWEEN 1 AND 5",
            name=op.f("ck_week_plan_pulse_range"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_week_plan")),
        sa.UniqueConstraint("week_start", name=op.f("uq_week_plan_week_start")),
    )
    op.create_table(
        "checkin",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("week_id", sa.Integer(), nullable=False),
        sa.Column("person_id", sa.Integer(), nullable=True),
        sa.Column("completed", sa.Text(), nullable=False),
        sa.Column("next_up", sa.Text(), nullable=False),
        sa.Column("blocked", sa.Text(), nullable=False),
        sa.Column("next_action", sa.Text(), nullable=False),
        sa.Column("next_action_when", sa.String(length=100), nullable=False),
        sa.ForeignKeyConstraint(
            ["person_id"],
            ["person.id"],
            name=op.f("fk_checkin_person_id_person"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["week_id"],
            ["week_plan.id"],
            name=op.f("fk_checkin_week_id_week_plan"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_checkin")),
        sa.UniqueConstraint("week_id", "person_id", name="week_person"),
    )
    with op.batch_alter_table("checkin", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_checkin_week_id"), ["week_id"], unique=False)

    op.create_table(
        "decision",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("week_id", sa.Integer(), nullable=False),
        sa.Column("decided_on", sa.Date(), nullable=False),
        sa.Column("decision", sa.Text(), nullable=False),
        sa.Column("reason", sa.Text(), nullable=False),
        sa.Column("consulted", sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(
            ["week_id"],
            ["week_plan.id"],
            name=op.f("fk_decision_week_id_week_plan"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_decision")),
    )
    with op.batch_alter_table("decision", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_decision_week_id"), ["week_id"], unique=False)

    op.create_table(
        "deep_work_block",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("week_id", sa.Integer(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("day", sa.Integer(), nullable=False),
        sa.Column("start_minute", sa.Integer(), nullable=False),
        sa.Column("end_minute", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["week_id"],
            ["week_plan.id"],
            name=op.f("fk_deep_work_block_week_id_week_plan"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_deep_work_block")),
    )
    with op.batch_alter_table("deep_work_block", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_deep_work_block_week_id"), ["week_id"], unique=False)

    op.create_table(
        "lesson",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("learned_on", sa.Date(), nullable=False),
        sa.Column("title", sa.Text(), nullable=False),
        sa.Column("what_happened", sa.Text(), nullable=False),
        sa.Column("what_i_learned", sa.Text(), nullable=False),
        sa.Column("do_differently", sa.Text(), nullable=False),
        sa.Column("tags", sa.Text(), nullable=False),
        sa.Column("week_id", sa.Integer(), nullable=True),
        sa.Column("person_id", sa.Integer(), nullable=True),
        sa.Column("from_review", sa.Boolean(), nullable=False),
        sa.ForeignKeyConstraint(
            ["person_id"],
            ["person.id"],
            name=op.f("fk_lesson_person_id_person"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["week_id"],
            ["week_plan.id"],
            name=op.f("fk_lesson_week_id_week_plan"),
            ondelete="SET NULL",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_lesson")),
    )
    with op.batch_alter_table("lesson", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_lesson_week_id"), ["week_id"], unique=False)

    op.create_table(
        "priority",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("week_id", sa.Integer(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("title", sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(
            ["week_id"],
            ["week_plan.id"],
            name=op.f("fk_priority_week_id_week_plan"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_priority")),
    )
    with op.batch_alter_table("priority", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_priority_week_id"), ["week_id"], unique=False)

    op.create_table(
        "recognition",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("person_id", sa.Integer(), nullable=False),
        sa.Column("given_on", sa.Date(), nullable=False),
        sa.Column("what_they_did", sa.Text(), nullable=False),
        sa.Column("impact", sa.Text(), nullable=False),
        sa.Column("week_id", sa.Integer(), nullable=True),
        sa.Column("from_review", sa.Boolean(), nullable=False),
        sa.ForeignKeyConstraint(
            ["person_id"],
            ["person.id"],
            name=op.f("fk_recognition_person_id_person"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["week_id"],
            ["week_plan.id"],
            name=op.f("fk_recognition_week_id_week_plan"),
            ondelete="SET NULL",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_recognition")),
    )
    with op.batch_alter_table("recognition", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_recognition_week_id"), ["week_id"], unique=False)

    op.create_table(
        "criterion",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("priority_id", sa.Integer(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("met", sa.Boolean(), nullable=False),
        sa.ForeignKeyConstraint(
            ["priority_id"],
            ["priority.id"],
            name=op.f("fk_criterion_priority_id_priority"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_criterion")),
    )
    with op.batch_alter_table("criterion", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_criterion_priority_id"), ["priority_id"], unique=False)

    op.create_table(
        "task",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("week_id", sa.Integer(), nullable=False),
        sa.Column("priority_id", sa.Integer(), nullable=True),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("title", sa.Text(), nullable=False),
        sa.Column("owned_by_me", sa.Boolean(), nullable=False),
        sa.Column("owner_person_id", sa.Integer(), nullable=True),
        sa.Column("effort_hours", sa.Float(), nullable=True),
        sa.Column("effort_size", sa.String(length=1), nullable=False),
        sa.Column("reviewer", sa.String(length=200), nullable=False),
        sa.Column("due_day", sa.Integer(), nullable=True),
        sa.Column("status", sa.String(length=20), nullable=False),
        sa.Column("planned", sa.Boolean(), nullable=False),
        sa.Column("carried_from_id", sa.Integer(), nullable=True),
        sa.Column("slip_reason", sa.Text(), nullable=False),
        sa.Column("slip_decision", sa.String(length=20), nullable=False),
        sa.CheckConstraint(
            "status IN ('not_started', 'in_progress', 'done')", name=op.f("ck_task_status_known")
        ),
        sa.CheckConstraint(
            "NOT (owned_by_me AND owner_person_id IS NOT NULL)", name=op.f("ck_task_one_owner")
        ),
        sa.ForeignKeyConstraint(
            ["carried_from_id"],
            ["task.id"],
            name=op.f("fk_task_carried_from_id_task"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["owner_person_id"],
            ["person.id"],
            name=op.f("fk_task_owner_person_id_person"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["priority_id"],
            ["priority.id"],
            name=op.f("fk_task_priority_id_priority"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["week_id"],
            ["week_plan.id"],
            name=op.f("fk_task_week_id_week_plan"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_task")),
    )
    with op.batch_alter_table("task", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_task_week_id"), ["week_id"], unique=False)

    op.create_table(
        "task_dependency",
        sa.Column("task_id", sa.Integer(), nullable=False),
        sa.Column("depends_on_id", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["depends_on_id"],
            ["task.id"],
            name=op.f("fk_task_dependency_depends_on_id_task"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["task_id"],
            ["task.id"],
            name=op.f("fk_task_dependency_task_id_task"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("task_id", "depends_on_id", name=op.f("pk_task_dependency")),
    )


def downgrade() -> None:
    op.drop_table("task_dependency")
    with op.batch_alter_table("task", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_task_week_id"))

    op.drop_table("task")
    with op.batch_alter_table("criterion", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_criterion_priority_id"))

    op.drop_table("criterion")
    with op.batch_alter_table("recognition", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_recognition_week_id"))

    op.drop_table("recognition")
    with op.batch_alter_table("priority", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_priority_week_id"))

    op.drop_table("priority")
    with op.batch_alter_table("lesson", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_lesson_week_id"))

    op.drop_table("lesson")
    with op.batch_alter_table("deep_work_block", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_deep_work_block_week_id"))

    op.drop_table("deep_work_block")
    with op.batch_alter_table("decision", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_decision_week_id"))

    op.drop_table("decision")
    with op.batch_alter_table("checkin", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_checkin_week_id"))

    op.drop_table("checkin")
    op.drop_table("week_plan")
