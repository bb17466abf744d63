"""Rules of the weekly loop, checked against a real journal file."""

from __future__ import annotations

import datetime as dt

import pytest

from leadjournal.db.repositories import Repositories
from leadjournal.db.repositories.weeks import PastBlocker, WeekCounts
from leadjournal.services.weeks import (
    DependencyCycleError,
    PlanNotReadyError,
    PriorityLimitError,
    WeekPlanner,
    delivery_reliability,
    draft_stakeholder_update,
    find_dependency_loop,
    has_measurable_part,
    matching_past_blocker,
    overlapping_blocks,
    recognition_names_effect,
    week_start_of,
)

MONDAY = dt.date(2026, 11, 23)


@pytest.fixture
def planner(repos: Repositories) -> WeekPlanner:
    return WeekPlanner(repos)


def test_week_starts_on_monday() -> None:
    assert week_start_of(dt.date(2026, 11, 27)) == MONDAY
    assert week_start_of(dt.date(2026, 11, 29)) == MONDAY
    assert week_start_of(MONDAY) == MONDAY


@pytest.mark.parametrize(
    ("outcome", "measurable"),
    [
        ("By Friday every ticket has an owner", True),
        ("Ship 3 help articles", True),
        ("Release notes approved by legal", True),
        ("Improve the onboarding", False),
        ("Work on team morale", False),
    ],
)
def test_measurable_outcomes(outcome: str, measurable: bool) -> None:
    assert has_measurable_part(outcome) is measurable


def test_a_fourth_priority_is_refused(planner: WeekPlanner) -> None:
    week = planner.start_week(MONDAY)
    for title in ("Backlog", "Chat rota", "Hiring"):
        planner.add_priority(week, title)
        week = planner.week(MONDAY)  # type: ignore[assignment]
    with pytest.raises(PriorityLimitError, match="at most three priorities"):
        planner.add_priority(week, "Quarterly report")
    assert [p.title for p in planner.week(MONDAY).priorities] == [  # type: ignore[union-attr]
        "Backlog", "Chat rota", "Hiring",
    ]  # fmt: skip


def test_each_task_has_exactly_one_owner(planner: WeekPlanner, repos: Repositories) -> None:
    priya = repos.people.add("Priya")
    week = planner.start_week(MONDAY)
    task_id = planner.add_task(week, "Write the checklist")
    assert repos.weeks.get_task(task_id).owned_by_me  # type: ignore[union-attr]
    planner.set_owner(task_id, priya.id)
    task = repos.weeks.get_task(task_id)
    assert task is not None
    assert (task.owned_by_me, task.owner_person_id) == (False, priya.id)
    planner.set_owner(task_id, None)
    task = repos.weeks.get_task(task_id)
    assert task is not None
    assert (task.owned_by_me, task.owner_person_id) == (True, None)


def test_the_database_refuses_two_owners(planner: WeekPlanner, repos: Repositories) -> None:
    from sqlalchemy.exc import IntegrityError

    priya = repos.people.add("Priya")
    week = planner.start_week(MONDAY)
    with pytest.raises(IntegrityError):
        repos.weeks.add_task(week.id, title="x", owned_by_me=True, owner_person_id=priya.id)


def test_dependency_loop_is_found() -> None:
    graph = {1: {2}, 2: {3}, 3: set()}
    assert find_dependency_loop(graph, 3, [1]) == [3, 1, 2, 3]
    assert find_dependency_loop(graph, 3, []) is None
    assert find_dependency_loop(graph, 1, [3]) is None


def test_dependency_cycle_is_refused_naming_the_loop(planner: WeekPlanner) -> None:
    week = planner.start_week(MONDAY)
    draft = planner.add_task(week, "Draft report")
    review = planner.add_task(week, "Review report")
    week = planner.week(MONDAY)  # type: ignore[assignment]
    planner.set_dependencies(week, review, [draft])
    week = planner.week(MONDAY)  # type: ignore[assignment]
    with pytest.raises(DependencyCycleError) as raised:
        planner.set_dependencies(week, draft, [review])
    assert "“Draft report” → “Review report” → “Draft report”" in str(raised.value)
    stored = planner.week(MONDAY)
    assert stored is not None
    assert [d.depends_on_id for t in stored.tasks for d in t.depends_on] == [draft]


def test_carry_over_moves_a_slipped_task_into_next_week(planner: WeekPlanner) -> None:
    week = planner.start_week(MONDAY)
    planner.weeks.update(week.id, next_week_focus="Billing backlog cleared")
    task_id = planner.add_task(week, "Clear the billing queue", effort_size="L")
    week = planner.week(MONDAY)  # type: ignore[assignment]
    planner.decide_slipped_task(week, task_id, "carry_over", "Pricing change brought a wave")

    next_monday = MONDAY + dt.timedelta(days=7)
    next_week = planner.start_week(next_monday)
    assert next_week.outcome == "Billing backlog cleared"
    carried = [t for t in next_week.tasks if t.carried_from_id == task_id]
    assert [(t.title, t.effort_size, t.status) for t in carried] == [
        ("Clear the billing queue", "L", "not_started")
    ]
    # Changing the decision to "drop" takes the untouched copy back out.
    planner.decide_slipped_task(week, task_id, "drop", "Not needed after all")
    assert planner.week(next_monday).tasks == []  # type: ignore[union-attr]


def test_reliability_counts_only_tasks_planned_at_confirmation(
    planner: WeekPlanner, repos: Repositories
) -> None:
    week = planner.start_week(MONDAY)
    with pytest.raises(PlanNotReadyError):
        planner.confirm_plan(week, dt.datetime(2026, 11, 23, 9, 30))
    repos.weeks.update(week.id, outcome="Ship 4 articles")
    ids = [planner.add_task(week, f"Article {n}") for n in range(4)]
    week = planner.week(MONDAY)  # type: ignore[assignment]
    planner.confirm_plan(week, dt.datetime(2026, 11, 23, 9, 30))
    week = planner.week(MONDAY)  # type: ignore[assignment]
    late = planner.add_task(week, "Urgent fix from sales")
    for task_id in (ids[0], ids[1], ids[2], late):
        planner.move_task(task_id, "done")
    (counts,) = planner.recent_counts(MONDAY, weeks=1)
    assert (counts.planned, counts.planned_done, counts.added_later) == (4, 3, 1)
    assert delivery_reliability(counts) == 0.75


def test_reliability_of_an_empty_week_is_unknown() -> None:
    assert delivery_reliability(WeekCounts(MONDAY, 0, 0, 2, 2, None)) is None


def test_recurring_blocker_same_person_overlapping_words() -> None:
    history = [
        PastBlocker(dt.date(2026, 11, 9), 7, "Refund approvals from billing take two days"),
        PastBlocker(dt.date(2026, 11, 2), 8, "Staging is down"),
    ]
    found = matching_past_blocker("Still waiting on billing for refund approvals", 7, history)
    assert found is not None and found.week_start == dt.date(2026, 11, 9)
    # Same words, different person: not the same blocker.
    assert matching_past_blocker("Billing refund approvals", 9, history) is None
    # A shared #tag links blockers across people.
    tagged = [PastBlocker(dt.date(2026, 11, 2), 8, "#staging down again")]
    assert matching_past_blocker("Can't test #staging", 9, tagged) is not None
    assert matching_past_blocker("", 7, history) is None


def test_recurring_blocker_is_found_in_the_journal(planner: WeekPlanner,
                                                   repos: Repositories) -> None:  # fmt: skip
    marcus = repos.people.add("Marcus")
    earlier = planner.start_week(MONDAY - dt.timedelta(days=14))
    repos.weeks.save_checkin(earlier.id, marcus.id, blocked="Refund approvals stuck with billing")
    week = planner.start_week(MONDAY)
    match = planner.recurring_blocker(week, marcus.id, "billing refund approvals again")
    assert match is not None and match.week_start == earlier.week_start


def test_overlapping_deep_work_blocks() -> None:
    assert overlapping_blocks([(1, 540, 660), (1, 600, 720)]) != []
    assert overlapping_blocks([(1, 540, 660), (1, 660, 720)]) == []
    assert overlapping_blocks([(1, 540, 660), (3, 540, 660)]) == []


def test_recognition_hint_for_praise_without_effect() -> None:
    assert not recognition_names_effect("Marcus", "great job!")
    assert recognition_names_effect("Closed 14 tickets", "customers got answers before renewal")


def test_stakeholder_draft_has_progress_risks_and_milestone(
    planner: WeekPlanner, repos: Repositories
) -> None:
    priya = repos.people.add("Priya")
    week = planner.start_week(MONDAY)
    repos.weeks.update(week.id, outcome="Report sent by Thursday")
    priority = planner.add_priority(week, "Quarterly report")
    week = planner.week(MONDAY)  # type: ignore[assignment]
    done = planner.add_task(week, "Pull figures", priority_id=priority, due_day=0)
    planner.move_task(done, "done")
    planner.add_task(week, "Draft report", priority_id=priority, due_day=1,
                     owned_by_me=False, owner_person_id=priya.id)  # fmt: skip
    planner.add_task(week, "Send report", priority_id=priority, due_day=3)
    repos.weeks.save_checkin(week.id, priya.id, blocked="Waiting for finance numbers")
    week = planner.week(MONDAY)  # type: ignore[assignment]
    text = draft_stakeholder_update(week, {priya.id: "Priya"}, dt.date(2026, 11, 26), True)
    assert "Goal this week: Report sent by Thursday" in text
    assert "- Quarterly report: 1 of 3 tasks done" in text
    assert "- Draft report (Priya) is late" in text
    assert "- Priya is blocked: Waiting for finance numbers" in text
    assert "- Draft report, due Tuesday" in text
