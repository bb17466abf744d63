"""Rules of the weekly loop, checked against a real journal file."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

import pytest
from sqlalchemy import event
from sqlalchemy.exc import IntegrityError

from leadjournal.db.models import WeekPlan
from leadjournal.db.repositories import Repositories
from leadjournal.db.repositories.week_fields import PastBlocker, WeekCounts
from leadjournal.errors import JournalError
from leadjournal.services.week_outcomes import (
    DependencyCycleError,
    PlanNotReadyError,
    PriorityLimitError,
    ReviewNotReadyError,
    SmallerTask,
)
from leadjournal.services.week_updates import draft_stakeholder_update, without_empty_sections
from leadjournal.services.week_wording import (
    has_measurable_part,
    matching_past_blocker,
    recognition_names_effect,
)
from leadjournal.services.weeks import (
    WeekPlanner,
    delivery_reliability,
    find_dependency_loop,
    overlapping_blocks,
    week_start_of,
)
from tests.lookup import stored_week

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
        "Backlog",
        "Chat rota",
        "Hiring",
    ]


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


def test_a_week_whose_plan_was_never_confirmed_has_no_reliability_not_zero() -> None:
    assert delivery_reliability(WeekCounts(MONDAY, 3, 0, 0, 0, None, confirmed=False)) is None
    assert delivery_reliability(WeekCounts(MONDAY, 3, 0, 0, 0, None, confirmed=True)) == 0.0


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


def test_recurring_blocker_is_found_in_the_journal(
    planner: WeekPlanner, repos: Repositories
) -> None:
    marcus = repos.people.add("Marcus")
    earlier = planner.start_week(MONDAY - dt.timedelta(days=14))
    planner.follow_ups.raise_blocker(earlier.id, marcus.id, "Refund approvals stuck with billing")
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
    planner.add_task(
        week,
        "Draft report",
        priority_id=priority,
        due_day=1,
        owned_by_me=False,
        owner_person_id=priya.id,
    )
    planner.add_task(week, "Send report", priority_id=priority, due_day=3)
    week = planner.week(MONDAY)  # type: ignore[assignment]
    blocked = ["Priya is blocked: Waiting for finance numbers"]  # the blockers' sentences
    text = draft_stakeholder_update(
        week, {priya.id: "Priya"}, dt.date(2026, 11, 26), True, blockers=blocked
    )
    assert "Goal this week: Report sent by Thursday" in text
    assert "- Quarterly report: 1 of 3 tasks done" in text
    planner.add_priority(week, "Hiring plan")  # no tasks yet: no "0 of 0" in the update
    week = planner.week(MONDAY)  # type: ignore[assignment]
    text = draft_stakeholder_update(
        week, {priya.id: "Priya"}, dt.date(2026, 11, 26), True, blockers=blocked
    )
    assert "- Hiring plan: work not broken into tasks yet" in text
    assert "0 of 0" not in text
    assert "- Draft report (Priya) is late" in text
    assert "- Priya is blocked: Waiting for finance numbers" in text
    assert "- Draft report, due Tuesday" in text


# --- setting a priority aside (replacing it at the limit) ---------------------------------

SET_ASIDE_AT = dt.datetime(2026, 11, 24, 9, 15)


def _full_week(planner: WeekPlanner, repos: Repositories) -> tuple[WeekPlan, int, list[int]]:
    """A week at the limit of three priorities; "Hiring" has two open tasks, one done."""
    week = planner.start_week(MONDAY)
    for title in ("Backlog", "Chat rota", "Hiring"):
        planner.add_priority(week, title)
        week = planner.week(MONDAY)  # type: ignore[assignment]
    hiring = week.priorities[2].id
    repos.weeks.add_criterion(hiring, "Two interviews booked", 0)
    titles = ("Book interviews", "Write the job ad", "Ask HR for a budget")
    tasks = [planner.add_task(week, title, priority_id=hiring) for title in titles]
    planner.move_task(tasks[2], "done")
    return planner.week(MONDAY), hiring, tasks  # type: ignore[return-value]


def test_setting_aside_moves_the_tasks_and_keeps_why(
    planner: WeekPlanner, repos: Repositories
) -> None:
    week, hiring, tasks = _full_week(planner, repos)
    new_id = planner.set_aside_priority(
        week, hiring, " Quarterly report ", "moved", " Finance needs it by Thursday ", SET_ASIDE_AT
    )
    week = planner.week(MONDAY)  # type: ignore[assignment]
    # Replaced, not renamed: a new priority in the same place, without the old "done when".
    assert [(p.id == new_id, p.title) for p in week.priorities] == [
        (False, "Backlog"),
        (False, "Chat rota"),
        (True, "Quarterly report"),
    ]
    assert week.priorities[2].criteria == []
    assert {t.id: t.priority_id for t in week.tasks} == {t: new_id for t in tasks}
    [record] = week.set_asides
    assert (record.title, record.replaced_by, record.why) == (
        "Hiring",
        "Quarterly report",
        "Finance needs it by Thursday",
    )
    assert (record.tasks_went, record.task_count, record.set_aside_at) == ("moved", 3, SET_ASIDE_AT)


def test_setting_aside_can_carry_the_open_tasks_to_next_week(
    planner: WeekPlanner, repos: Repositories
) -> None:
    week, hiring, tasks = _full_week(planner, repos)
    planner.set_aside_priority(
        week, hiring, "Quarterly report", "carried", "Finance first", SET_ASIDE_AT
    )
    week = planner.week(MONDAY)  # type: ignore[assignment]
    by_id = {t.id: t for t in week.tasks}
    assert [(by_id[t].priority_id, by_id[t].slip_decision) for t in tasks] == [
        (None, "carry_over"),
        (None, "carry_over"),
        (None, ""),
    ]  # the done one stays as it was
    assert by_id[tasks[0]].slip_reason == "Set aside for “Quarterly report”: Finance first"
    [record] = week.set_asides
    assert (record.tasks_went, record.task_count) == ("carried", 2)
    following = planner.start_week(MONDAY + dt.timedelta(days=7))
    assert [t.title for t in following.tasks] == ["Book interviews", "Write the job ad"]


def test_setting_aside_carries_into_a_next_week_already_planned(
    planner: WeekPlanner, repos: Repositories
) -> None:
    week, hiring, _tasks = _full_week(planner, repos)
    planner.start_week(MONDAY + dt.timedelta(days=7))
    planner.set_aside_priority(
        week, hiring, "Quarterly report", "carried", "Finance first", SET_ASIDE_AT
    )
    following = planner.week(MONDAY + dt.timedelta(days=7))
    assert [t.title for t in following.tasks] == ["Book interviews", "Write the job ad"]  # type: ignore[union-attr]


def test_setting_aside_can_drop_the_open_tasks(planner: WeekPlanner, repos: Repositories) -> None:
    week, hiring, tasks = _full_week(planner, repos)
    planner.set_aside_priority(
        week, hiring, "Quarterly report", "dropped", "Hiring is frozen", SET_ASIDE_AT
    )
    week = planner.week(MONDAY)  # type: ignore[assignment]
    by_id = {t.id: t for t in week.tasks}
    # Dropped, not deleted: still in the week, decided "drop" for Friday's review.
    assert [by_id[t].slip_decision for t in tasks] == ["drop", "drop", ""]
    assert [(r.tasks_went, r.task_count) for r in week.set_asides] == [("dropped", 2)]


def test_setting_aside_needs_a_replacement_and_a_reason(
    planner: WeekPlanner, repos: Repositories
) -> None:
    from leadjournal.services.week_outcomes import SetAsideIncompleteError

    week, hiring, _tasks = _full_week(planner, repos)
    with pytest.raises(SetAsideIncompleteError, match="takes its place"):
        planner.set_aside_priority(week, hiring, "  ", "moved", "Finance first", SET_ASIDE_AT)
    with pytest.raises(SetAsideIncompleteError, match="Say why"):
        planner.set_aside_priority(week, hiring, "Quarterly report", "moved", "", SET_ASIDE_AT)
    after = planner.week(MONDAY)
    assert [p.title for p in after.priorities] == ["Backlog", "Chat rota", "Hiring"]  # type: ignore[union-attr]
    assert after.set_asides == []  # type: ignore[union-attr]


def test_a_failure_half_way_through_setting_aside_leaves_nothing_behind(
    planner: WeekPlanner, repos: Repositories
) -> None:
    from sqlalchemy import text
    from sqlalchemy.exc import IntegrityError

    week, hiring, tasks = _full_week(planner, repos)
    # The record is written last, after the new priority and the task moves: make the
    # disk refuse it, as a full disk or a damaged page would.
    with repos.engine.begin() as connection:
        connection.execute(
            text(
                "CREATE TRIGGER refuse BEFORE INSERT ON set_aside "
                "BEGIN SELECT RAISE(ABORT, 'disk trouble'); END"
            )
        )
    with pytest.raises(IntegrityError, match="disk trouble"):
        planner.set_aside_priority(
            week, hiring, "Quarterly report", "moved", "Finance first", SET_ASIDE_AT
        )
    after = planner.week(MONDAY)
    assert after is not None
    assert [(p.id, p.title) for p in after.priorities] == [(p.id, p.title) for p in week.priorities]
    assert [c.text for c in after.priorities[2].criteria] == ["Two interviews booked"]
    assert {t.id: t.priority_id for t in after.tasks} == {t: hiring for t in tasks}
    assert after.set_asides == []


def test_the_stakeholder_draft_and_the_week_export_name_what_was_set_aside(
    planner: WeekPlanner, repos: Repositories
) -> None:
    from leadjournal.services.exports import week_markdown

    week, hiring, _tasks = _full_week(planner, repos)
    planner.set_aside_priority(
        week, hiring, "Quarterly report", "carried", "Finance first", SET_ASIDE_AT
    )
    week = planner.week(MONDAY)  # type: ignore[assignment]
    line = (
        "Hiring — set aside 24 Nov for “Quarterly report”: Finance first; "
        "its 2 tasks carried to next week"
    )
    draft = draft_stakeholder_update(week, {}, dt.date(2026, 11, 26), markdown=True)
    assert f"## Set aside this week\n- {line}\n" in draft
    plain = draft_stakeholder_update(week, {}, dt.date(2026, 11, 26), markdown=False)
    assert f"Set aside this week:\n• {line}\n" in plain
    assert f"## Set aside this week\n\n- {line}\n" in week_markdown(repos, MONDAY)


# --- Friday: where slipped tasks go, and closing the week ----------------------------------


def friday_with_slips(planner: WeekPlanner, repos: Repositories) -> tuple[int, int, int]:
    """A week with three tasks not done and a focus for next week; no next week yet."""
    week = planner.start_week(MONDAY)
    repos.weeks.update(week.id, next_week_focus="Handbook drafted by Friday")
    return (
        planner.add_task(week, "Migrate the macros", effort_size="L", reviewer="Lena"),
        planner.add_task(week, "Write the escalation handbook"),
        planner.add_task(week, "Tidy the inbox rules"),
    )


def test_a_rescope_starts_next_week_with_the_smaller_task_and_the_carried_ones(
    planner: WeekPlanner, repos: Repositories
) -> None:
    jonas = repos.people.add("Jonas Weber").id
    macros, handbook, _inbox = friday_with_slips(planner, repos)
    planner.decide_slipped_task(planner.week(MONDAY), macros, "carry_over", "Export broke")  # type: ignore[arg-type]
    assert planner.week(MONDAY + dt.timedelta(days=7)) is None  # carried when planned
    planner.decide_slipped_task(
        stored_week(planner, MONDAY),
        handbook,
        "rescope",
        "Escalations took two days",
        SmallerTask("Draft the first two sections", jonas),
    )
    following = planner.week(MONDAY + dt.timedelta(days=7))
    assert following is not None
    assert following.outcome == "Handbook drafted by Friday"
    assert [
        (t.title, t.carried_from_id, t.owner_person_id, t.effort_size) for t in following.tasks
    ] == [
        ("Draft the first two sections", handbook, jonas, ""),
        ("Migrate the macros", macros, None, "L"),
    ]
    # Planning the week on Monday keeps what is there, without doubling it.
    assert len(planner.start_week(MONDAY + dt.timedelta(days=7)).tasks) == 2
    went = planner.slip_destinations(planner.week(MONDAY), {jonas: "Jonas Weber"})  # type: ignore[arg-type]
    assert went[handbook].next_week_title == "Draft the first two sections"
    assert went[handbook].next_week_owner == "Jonas Weber"
    assert went[macros].decision == "carry_over"


def test_changing_a_decision_changes_the_copy_never_doubles_it(
    planner: WeekPlanner, repos: Repositories
) -> None:
    _macros, handbook, _inbox = friday_with_slips(planner, repos)
    following = planner.start_week(MONDAY + dt.timedelta(days=7))
    week = planner.week(MONDAY)
    assert week is not None

    def next_titles() -> list[str]:
        return [t.title for t in planner.week(following.week_start).tasks]  # type: ignore[union-attr]

    planner.decide_slipped_task(week, handbook, "rescope", "", SmallerTask("Outline it", None))
    planner.decide_slipped_task(week, handbook, "carry_over", "")
    assert next_titles() == ["Write the escalation handbook"]
    planner.decide_slipped_task(week, handbook, "rescope", "", SmallerTask("Outline it", None))
    assert next_titles() == ["Outline it"]
    planner.decide_slipped_task(week, handbook, "drop", "Nobody escalates now")
    assert next_titles() == []
    assert repos.weeks.get_task(handbook).slip_reason == "Nobody escalates now"  # type: ignore[union-attr]
    # A copy someone already started stays where it is.
    planner.decide_slipped_task(week, handbook, "carry_over", "")
    copy = planner.week(following.week_start).tasks[0]  # type: ignore[union-attr]
    planner.move_task(copy.id, "in_progress")
    planner.decide_slipped_task(week, handbook, "drop", "Nobody escalates now")
    assert next_titles() == ["Write the escalation handbook"]


def test_a_rescope_needs_a_title_and_a_failed_decision_changes_nothing(
    planner: WeekPlanner, repos: Repositories
) -> None:
    _macros, handbook, _inbox = friday_with_slips(planner, repos)
    week = planner.week(MONDAY)
    assert week is not None
    with pytest.raises(JournalError):
        planner.decide_slipped_task(week, handbook, "rescope", "Too big", SmallerTask("  ", None))
    # One transaction: an owner that does not exist fails the whole decision.
    with pytest.raises(IntegrityError):
        planner.decide_slipped_task(
            week, handbook, "rescope", "Too big", SmallerTask("Outline it", 9999)
        )
    assert repos.weeks.get_task(handbook).slip_decision == ""  # type: ignore[union-attr]
    assert planner.week(MONDAY + dt.timedelta(days=7)) is None


def test_the_week_closes_once_every_slipped_task_is_decided_and_can_reopen(
    planner: WeekPlanner, repos: Repositories
) -> None:
    macros, handbook, inbox = friday_with_slips(planner, repos)
    planner.move_task(macros, "done")
    week = planner.week(MONDAY)
    assert week is not None
    with pytest.raises(
        ReviewNotReadyError,
        match="“Write the escalation handbook” and “Tidy the inbox rules” are still open",
    ) as refused:
        planner.close_week(week)
    assert refused.value.undecided == [handbook, inbox]
    planner.decide_slipped_task(week, handbook, "carry_over", "")
    planner.decide_slipped_task(week, inbox, "drop", "Replaced in January")
    planner.close_week(planner.week(MONDAY))  # type: ignore[arg-type]
    assert repos.weeks.review_done(MONDAY) is True
    planner.reopen_week(planner.week(MONDAY))  # type: ignore[arg-type]
    assert repos.weeks.review_done(MONDAY) is False


def test_next_weeks_outcome_follows_fridays_focus_until_it_is_edited(
    planner: WeekPlanner, repos: Repositories
) -> None:
    _macros, handbook, _inbox = friday_with_slips(planner, repos)
    week = planner.week(MONDAY)
    assert week is not None
    planner.decide_slipped_task(week, handbook, "rescope", "", SmallerTask("Outline it", None))
    planner.set_next_week_focus(week, "Handbook outlined by Wednesday")
    following = planner.week(MONDAY + dt.timedelta(days=7))
    assert following is not None and following.outcome == "Handbook outlined by Wednesday"
    repos.weeks.update(following.id, outcome="My own outcome")
    planner.set_next_week_focus(week, "Something else")
    assert planner.week(following.week_start).outcome == "My own outcome"  # type: ignore[union-attr]


# --- what comes along into next week, and Thursday's draft (review-and-carry round) -------


def test_carried_and_rescoped_tasks_keep_their_priority_and_effort(
    planner: WeekPlanner, repos: Repositories
) -> None:
    week = planner.start_week(MONDAY)
    repos.weeks.update(week.id, next_week_focus="Handbook drafted by Friday")
    onboarding = planner.add_priority(week, "Onboarding")
    week = planner.week(MONDAY)  # type: ignore[assignment]
    macros = planner.add_task(week, "Migrate the macros", priority_id=onboarding, effort_hours=6.0)
    handbook = planner.add_task(week, "Write the handbook", priority_id=onboarding, effort_size="L")
    week = stored_week(planner, MONDAY)
    planner.decide_slipped_task(week, macros, "carry_over", "Export broke")
    planner.decide_slipped_task(
        week,
        handbook,
        "rescope",
        "Too big",
        SmallerTask("Outline the handbook", None, None, "M"),
    )
    following = planner.week(MONDAY + dt.timedelta(days=7))
    assert following is not None
    assert [p.title for p in following.priorities] == ["Onboarding"]
    by_title = {t.title: t for t in following.tasks}
    assert {t.priority_id for t in following.tasks} == {following.priorities[0].id}
    assert by_title["Migrate the macros"].effort_hours == 6.0
    assert by_title["Outline the handbook"].effort_size == "M"


def test_a_task_carried_when_next_week_is_planned_brings_its_priority(
    planner: WeekPlanner, repos: Repositories
) -> None:
    week = planner.start_week(MONDAY)
    hiring = planner.add_priority(week, "Hiring")
    week = planner.week(MONDAY)  # type: ignore[assignment]
    task = planner.add_task(week, "Book the interviews", priority_id=hiring)
    planner.decide_slipped_task(planner.week(MONDAY), task, "carry_over", "")  # type: ignore[arg-type]
    following = planner.start_week(MONDAY + dt.timedelta(days=7))  # Monday's planning
    assert [p.title for p in following.priorities] == ["Hiring"]
    assert following.tasks[0].priority_id == following.priorities[0].id


def test_a_full_next_week_takes_the_task_without_its_priority_and_says_so(
    planner: WeekPlanner, repos: Repositories
) -> None:
    week = planner.start_week(MONDAY)
    hiring = planner.add_priority(week, "Hiring")
    week = planner.week(MONDAY)  # type: ignore[assignment]
    task = planner.add_task(week, "Book the interviews", priority_id=hiring)
    following = planner.start_week(MONDAY + dt.timedelta(days=7))
    for title in ("Backlog", "Chat rota", "Quarterly report"):
        planner.add_priority(following, title)
        following = planner.week(following.week_start)  # type: ignore[assignment]
    planner.decide_slipped_task(planner.week(MONDAY), task, "carry_over", "")  # type: ignore[arg-type]
    following = planner.week(following.week_start)  # type: ignore[assignment]
    assert len(following.priorities) == 3
    assert [(t.title, t.priority_id) for t in following.tasks] == [("Book the interviews", None)]
    went = planner.slip_destinations(planner.week(MONDAY), {})  # type: ignore[arg-type]
    assert went[task].priority_left_out == "Hiring"


def test_a_closed_week_names_nothing_open_and_refuses_new_decisions(
    planner: WeekPlanner, repos: Repositories
) -> None:
    macros, handbook, inbox = friday_with_slips(planner, repos)
    for task in (macros, handbook):
        planner.decide_slipped_task(planner.week(MONDAY), task, "drop", "Not needed")  # type: ignore[arg-type]
    with pytest.raises(ReviewNotReadyError, match="“Tidy the inbox rules” is still open"):
        planner.close_week(planner.week(MONDAY))  # type: ignore[arg-type]
    planner.decide_slipped_task(planner.week(MONDAY), inbox, "drop", "Not needed")  # type: ignore[arg-type]
    planner.close_week(planner.week(MONDAY))  # type: ignore[arg-type]
    with pytest.raises(JournalError, match="closed"):
        planner.decide_slipped_task(planner.week(MONDAY), inbox, "carry_over", "")  # type: ignore[arg-type]
    assert repos.weeks.get_task(inbox).slip_decision == "drop"  # type: ignore[union-attr]


def test_the_stakeholder_draft_names_the_decisions_made_and_is_signed(
    planner: WeekPlanner, repos: Repositories
) -> None:
    week = planner.start_week(MONDAY)
    repos.weeks.add_decision(
        week.id,
        decided_on=MONDAY + dt.timedelta(days=2),
        decision="Pause the chat channel on Fridays",
        reason="Two people cover the phones",
        consulted="Amara",
    )
    week = planner.week(MONDAY)  # type: ignore[assignment]
    draft = draft_stakeholder_update(week, {}, dt.date(2026, 11, 26), True, signed_by="Sam Lee")
    assert (
        "## Decisions made this week\n- Pause the chat channel on Fridays — Two people "
        "cover the phones (consulted: Amara)\n"
    ) in draft
    assert draft.endswith("\n— Sam Lee\n")
    assert "(add any decision" not in draft
    # "Decisions needed" lists the decisions needed logged this week: none yet, no heading.
    assert "Decisions needed" not in draft and "## Next milestone" in draft
    planner.alignment.add_decision_needed(week.id, "Budget for Q1", "Dana", MONDAY)
    week = planner.week(MONDAY)  # type: ignore[assignment]
    draft = draft_stakeholder_update(week, {}, dt.date(2026, 11, 26), True, signed_by="Sam Lee")
    assert "## Decisions needed\n- Budget for Q1, from Dana, by Mon 23 Nov\n" in draft
    assert "## Decisions needed\n- Budget for Q1" in without_empty_sections(draft)
    week = planner.week(MONDAY)  # type: ignore[assignment]
    planner.alignment.delete_decision_needed(week.decisions_needed[0].id)
    week = planner.week(MONDAY)  # type: ignore[assignment]
    plain = draft_stakeholder_update(week, {}, dt.date(2026, 11, 26), False, signed_by="Sam Lee")
    assert "Decisions needed" not in plain and "Decisions made this week:\n• Pause" in plain


# --- one user operation, one transaction -----------------------------------------------


class HalfWayError(Exception):
    """Stands for anything that goes wrong half-way through an operation."""


def fail_on_call(number: int, method: Callable[..., Any]) -> Callable[..., Any]:
    """``method``, except that its ``number``-th call raises ``HalfWayError``."""
    calls = 0

    def wrapped(*args: Any, **kwargs: Any) -> Any:
        nonlocal calls
        calls += 1
        if calls == number:
            raise HalfWayError
        return method(*args, **kwargs)

    return wrapped


def test_confirming_a_plan_that_fails_half_way_leaves_it_unconfirmed(
    planner: WeekPlanner, repos: Repositories, monkeypatch: pytest.MonkeyPatch
) -> None:
    week = planner.start_week(MONDAY)
    repos.weeks.update(week.id, outcome="Rota published by Wednesday")
    for title in ("Draft the rota", "Publish the rota"):
        planner.add_task(week, title, planned=False)
    # The tasks are marked planned first; then writing the confirmation fails.
    monkeypatch.setattr(repos.weeks, "update", fail_on_call(1, repos.weeks.update))
    with pytest.raises(HalfWayError):
        planner.confirm_plan(stored_week(planner, MONDAY), dt.datetime(2026, 11, 23, 9, 30))
    after = planner.week(MONDAY)
    assert after is not None and after.confirmed_at is None
    assert [t.planned for t in after.tasks] == [False, False]


def test_confirming_a_plan_marks_every_task_in_one_update(
    planner: WeekPlanner, repos: Repositories
) -> None:
    week = planner.start_week(MONDAY)
    repos.weeks.update(week.id, outcome="Rota published by Wednesday")
    for number in range(5):
        planner.add_task(week, f"Task {number}", planned=False)
    statements: list[str] = []

    def heard(_conn: object, _cursor: object, statement: str, *_rest: object) -> None:
        statements.append(statement)

    event.listen(repos.engine, "before_cursor_execute", heard)
    try:
        planner.confirm_plan(stored_week(planner, MONDAY), dt.datetime(2026, 11, 23, 9, 30))
    finally:
        event.remove(repos.engine, "before_cursor_execute", heard)
    assert len([s for s in statements if s.startswith("UPDATE task")]) == 1
    confirmed = planner.week(MONDAY)
    assert confirmed is not None and confirmed.confirmed_at is not None
    assert all(t.planned for t in confirmed.tasks)


def last_week_with_three_carried(planner: WeekPlanner) -> None:
    last = planner.start_week(MONDAY - dt.timedelta(days=7))
    for title in ("Sweep the backlog", "Write the handbook", "Fix the rota"):
        task_id = planner.add_task(last, title)
        planner.decide_slipped_task(
            stored_week(planner, last.week_start), task_id, "carry_over", ""
        )


def test_carrying_over_that_fails_half_way_carries_nothing(
    planner: WeekPlanner, repos: Repositories, monkeypatch: pytest.MonkeyPatch
) -> None:
    last_week_with_three_carried(planner)
    repos.weeks.create(MONDAY)
    monkeypatch.setattr(repos.weeks, "add_task", fail_on_call(2, repos.weeks.add_task))
    with pytest.raises(HalfWayError):
        planner.carry_over_into(MONDAY)
    week = planner.week(MONDAY)
    assert week is not None and week.tasks == []
    monkeypatch.undo()
    assert planner.carry_over_into(MONDAY) == 3  # tried again, all of them come


def test_planning_a_week_that_fails_half_way_leaves_no_week(
    planner: WeekPlanner, repos: Repositories, monkeypatch: pytest.MonkeyPatch
) -> None:
    last_week_with_three_carried(planner)
    monkeypatch.setattr(repos.weeks, "add_task", fail_on_call(3, repos.weeks.add_task))
    with pytest.raises(HalfWayError):
        planner.start_week(MONDAY)
    assert planner.week(MONDAY) is None


def test_a_new_owner_that_cannot_be_given_the_task_is_not_added(
    planner: WeekPlanner, repos: Repositories, monkeypatch: pytest.MonkeyPatch
) -> None:
    week = planner.start_week(MONDAY)
    task_id = planner.add_task(week, "Publish the rota")
    monkeypatch.setattr(repos.weeks, "update_task", fail_on_call(1, repos.weeks.update_task))
    with pytest.raises(HalfWayError):
        planner.give_to_new_person(task_id, "Jordan Blake")
    assert repos.people.find_by_name("Jordan Blake") is None
    monkeypatch.undo()
    jordan = planner.give_to_new_person(task_id, "Jordan Blake")
    task = planner.task(task_id)
    assert task is not None and (task.owner_person_id, task.owned_by_me) == (jordan, False)


def test_a_deep_work_block_is_saved_in_its_place_and_never_doubled(
    planner: WeekPlanner,
) -> None:
    week = planner.start_week(MONDAY)
    planner.save_deep_work_block(week, 1, 3, 13 * 60, 15 * 60)  # the second block first
    planner.save_deep_work_block(week, 1, 4, 14 * 60, 16 * 60)  # the same one, changed
    blocks = stored_week(planner, MONDAY).deep_work_blocks
    assert [(b.day, b.start_minute, b.end_minute) for b in blocks] == [
        (3, 13 * 60, 15 * 60),
        (4, 14 * 60, 16 * 60),
    ]
