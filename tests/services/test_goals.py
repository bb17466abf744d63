"""Goals above the week: set, reworded, closed as achieved, changed or dropped with a
reason; weeks link to them; progress over a span in a fixed number of statements; search,
the JSON round trip and the Markdown export."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest

from leadjournal.db.engine import open_journal
from leadjournal.db.models import GoalHorizon, GoalStatus
from leadjournal.db.repositories import Repositories
from leadjournal.paths import JournalPaths
from leadjournal.services.exports import journal_markdown, week_markdown
from leadjournal.services.goals import (
    GoalError,
    Goals,
    GoalWording,
    horizon_end,
    progress_between,
)
from leadjournal.services.search import search
from leadjournal.services.transfer import export_json, import_data
from leadjournal.services.weeks import WeekPlanner
from tests.services.sized_journal import statements_run

MONDAY = dt.date(2026, 11, 30)
RESPONSE = GoalWording(
    "Customers get a first answer within the hour",
    why="Slow first answers are the top complaint in the survey.",
    measure="Median first answer under 60 minutes",
    horizon=GoalHorizon.QUARTER,
)


def goals_on(repos: Repositories, day: dt.date = MONDAY) -> Goals:
    return Goals(repos, today=lambda: day)


def plan_weeks(repos: Repositories, count: int, first: dt.date = MONDAY) -> list[int]:
    """``count`` planned weeks from ``first``, each with an outcome; their ids."""
    planner = WeekPlanner(repos)
    ids = []
    for number in range(count):
        week = planner.start_week(first + dt.timedelta(weeks=number))
        repos.weeks.update(week.id, outcome=f"Outcome of week {number + 1}")
        ids.append(week.id)
    return ids


def test_horizons_end_where_a_person_expects() -> None:
    assert horizon_end(GoalHorizon.QUARTER, MONDAY) == dt.date(2026, 12, 31)
    assert horizon_end(GoalHorizon.QUARTER, dt.date(2027, 2, 3)) == dt.date(2027, 3, 31)
    assert horizon_end(GoalHorizon.HALF_YEAR, dt.date(2026, 8, 31)) == dt.date(2027, 2, 28)
    assert horizon_end(GoalHorizon.YEAR, MONDAY) == dt.date(2026, 12, 31)
    chosen = dt.date(2027, 5, 1)
    assert horizon_end(GoalHorizon.DATE, MONDAY, chosen) == chosen


def test_a_goal_is_set_reworded_and_needs_words(repos: Repositories) -> None:
    goals = goals_on(repos)
    goal = goals.set_goal(RESPONSE)
    assert (goal.status, goal.set_on, goal.target_date) == ("open", MONDAY, dt.date(2026, 12, 31))
    assert goal.measure == "Median first answer under 60 minutes"
    goals.reword(goal.id, GoalWording("  First answer   within the hour ", horizon="date",
                                      target_date=dt.date(2027, 3, 1)))  # fmt: skip
    again = goals.get(goal.id)
    assert again is not None
    assert (again.title, again.horizon, again.target_date) == (
        "First answer within the hour",
        "date",
        dt.date(2027, 3, 1),
    )
    with pytest.raises(GoalError, match="what the goal is"):
        goals.set_goal(GoalWording("   "))
    with pytest.raises(GoalError, match="Choose the day"):
        goals.set_goal(GoalWording("By a day", horizon="date"))
    assert [g.title for g in goals.open_goals()] == ["First answer within the hour"]


def test_achieved_and_dropped_need_a_reason_and_keep_it(repos: Repositories) -> None:
    goals = goals_on(repos)
    first = goals.set_goal(RESPONSE)
    second = goals.set_goal(GoalWording("Move to the new help desk"))
    with pytest.raises(GoalError, match="why"):
        goals.close(first.id, GoalStatus.ACHIEVED, "   ")
    later = goals_on(repos, dt.date(2027, 2, 1))
    assert later.close(first.id, GoalStatus.ACHIEVED, "Rota plus chat macros did it") is None
    later.close(second.id, GoalStatus.DROPPED, "The vendor contract was renewed")
    done = goals.get(first.id)
    assert done is not None
    assert (done.status, done.closed_on, done.close_reason) == (
        "achieved",
        dt.date(2027, 2, 1),
        "Rota plus chat macros did it",
    )
    assert goals.open_goals() == []
    with pytest.raises(GoalError, match="already closed"):
        goals.close(first.id, GoalStatus.DROPPED, "again")
    goals.reopen(second.id)
    reopened = goals.get(second.id)
    assert reopened is not None and (reopened.status, reopened.closed_on) == ("open", None)


def test_a_changed_goal_keeps_its_old_words_and_this_week_moves_on(repos: Repositories) -> None:
    old, this = plan_weeks(repos, 2, MONDAY - dt.timedelta(weeks=1))
    goals = goals_on(repos)
    goal = goals.set_goal(RESPONSE)
    goals.link_week(old, goal.id)
    goals.link_week(this, goal.id)
    new = goals.close(
        goal.id,
        GoalStatus.CHANGED,
        "Chat matters more than email to our customers",
        GoalWording("First answer on chat within 10 minutes", measure="Median under 10 min"),
    )
    assert new is not None and new.status == "open" and new.set_on == MONDAY
    was = goals.get(goal.id)
    assert was is not None
    assert (was.title, was.status, was.replaced_by_id) == (RESPONSE.title, "changed", new.id)
    assert was.close_reason == "Chat matters more than email to our customers"
    # Last week stays with the words it served; this week serves the new ones.
    assert repos.goals.goal_of_week(MONDAY - dt.timedelta(weeks=1)) == goal.id
    assert repos.goals.goal_of_week(MONDAY) == new.id
    with pytest.raises(GoalError, match="Say what the goal is now"):
        goals.close(new.id, GoalStatus.CHANGED, "because", GoalWording(""))
    with pytest.raises(GoalError, match="new words"):
        goals.reopen(goal.id)


def test_a_failed_change_leaves_the_goal_as_it_was(repos: Repositories) -> None:
    goals = goals_on(repos)
    goal = goals.set_goal(RESPONSE)
    with pytest.raises(GoalError):
        goals.close(goal.id, GoalStatus.CHANGED, "a reason", GoalWording("  "))
    assert [g.title for g in goals.all()] == [RESPONSE.title]
    still = goals.get(goal.id)
    assert still is not None and still.status == "open"


def test_progress_lists_each_goals_weeks_and_the_weeks_of_no_goal(repos: Repositories) -> None:
    ids = plan_weeks(repos, 4)
    goals = goals_on(repos)
    response = goals.set_goal(RESPONSE)
    escalations = goals.set_goal(GoalWording("The team handles escalations without me"))
    idle = goals.set_goal(GoalWording("A goal no week moved"))
    goals.link_week(ids[0], response.id)
    goals.link_week(ids[1], escalations.id)
    goals.link_week(ids[3], response.id)
    progress = progress_between(repos, MONDAY, MONDAY + dt.timedelta(weeks=3))
    assert [(g.goal.title, [w.week_start for w in g.weeks]) for g in progress.goals] == [
        (RESPONSE.title, [MONDAY, MONDAY + dt.timedelta(weeks=3)]),
        ("The team handles escalations without me", [MONDAY + dt.timedelta(weeks=1)]),
        (idle.title, []),
    ]
    assert [w.outcome for w in progress.unlinked] == ["Outcome of week 3"]
    assert progress.planned_weeks == 4
    # A goal closed before the span and linked to no week in it is left out.
    later = goals_on(repos, MONDAY + dt.timedelta(days=1))
    later.close(idle.id, GoalStatus.DROPPED, "Nobody needed it")
    span = progress_between(repos, MONDAY + dt.timedelta(weeks=2), MONDAY + dt.timedelta(weeks=3))
    assert [g.goal.title for g in span.goals] == [RESPONSE.title, escalations.title]


def test_progress_takes_the_same_statements_for_ten_weeks_as_for_one(
    repos: Repositories, tmp_path: Path
) -> None:
    counts = []
    for folder, weeks in (("one", 1), ("ten", 10)):
        paths = JournalPaths(tmp_path / folder)
        journal = Repositories(open_journal(paths.journal_file, paths.backups_dir))
        ids = plan_weeks(journal, weeks)
        goals = goals_on(journal)
        for number, week_id in enumerate(ids):
            goal = goals.set_goal(GoalWording(f"Goal {number}"))
            goals.link_week(week_id, goal.id)
        with statements_run(journal) as statements:
            progress = progress_between(journal, MONDAY, MONDAY + dt.timedelta(weeks=9))
        assert len(progress.goals) == weeks
        counts.append(len(statements))
        journal.engine.dispose()
    assert counts[0] == counts[1] == 2


def test_search_finds_a_goal_by_its_words_and_its_kind(repos: Repositories) -> None:
    goals = goals_on(repos)
    goal = goals.set_goal(RESPONSE)
    [hit] = search(repos, "complaint survey")
    assert (hit.kind, hit.record_id, hit.group_title) == ("goal", goal.id, "Goals")
    assert hit.link == "leadjournal:weekly-plan?step=0"  # the Direction step
    goals.close(goal.id, GoalStatus.DROPPED, "Budget moved to the chatbot")
    assert [h.kind for h in search(repos, "chatbot")] == ["goal"]  # the reason too
    assert [h.record_id for h in search(repos, "goals")] == [goal.id]


def test_goals_and_their_weeks_travel_through_json(repos: Repositories, tmp_path: Path) -> None:
    ids = plan_weeks(repos, 2)
    goals = goals_on(repos)
    goal = goals.set_goal(RESPONSE)
    goals.link_week(ids[0], goal.id)
    later = goals_on(repos, MONDAY + dt.timedelta(weeks=1))
    new = later.close(goal.id, GoalStatus.CHANGED, "Chat first", GoalWording("Chat in 10 min"))
    assert new is not None
    later.link_week(ids[1], new.id)
    exported = export_json(repos)
    rows = json.loads(exported)["tables"]["goal"]
    assert [(r["title"], r["status"]) for r in rows] == [
        (RESPONSE.title, "changed"),
        ("Chat in 10 min", "open"),
    ]
    paths = JournalPaths(tmp_path / "other")
    other = Repositories(open_journal(paths.journal_file, paths.backups_dir))
    counts = import_data(other, exported.encode())
    assert counts["goal"] == 2
    copied = goals_on(other)
    [was, now] = copied.all()[::-1]
    assert (was.title, was.replaced_by_id, was.close_reason) == (
        RESPONSE.title,
        now.id,
        "Chat first",
    )
    assert other.goals.goal_of_week(MONDAY) == was.id
    assert other.goals.goal_of_week(MONDAY + dt.timedelta(weeks=1)) == now.id
    assert [h.kind for h in search(other, "complaint")] == ["goal"]  # index rebuilt
    assert export_json(other) == exported


def test_the_markdown_names_the_weeks_goal_and_lists_the_goals(repos: Repositories) -> None:
    ids = plan_weeks(repos, 2)
    goals = goals_on(repos)
    goal = goals.set_goal(RESPONSE)
    goals.link_week(ids[0], goal.id)
    assert "Serves the goal" not in week_markdown(repos, MONDAY + dt.timedelta(weeks=1))
    assert f"**Serves the goal:** {RESPONSE.title}" in week_markdown(repos, MONDAY)
    goals_on(repos, dt.date(2027, 1, 4)).close(goal.id, GoalStatus.ACHIEVED, "Rota fixed it")
    document = journal_markdown(repos)
    section = document.split("## Goals", 1)[1].split("\n## ", 1)[0]
    assert f"### {RESPONSE.title}" in section
    assert "- **Status:** achieved on 2027-01-04" in section
    assert "- **Success looks like:** Median first answer under 60 minutes" in section
    assert "- **Horizon:** this quarter, until 2026-12-31" in section
    assert "- **What got it there:** Rota fixed it" in section
    assert "- **Weeks that moved it (1):** 2026-W49" in section
    assert document.count(f"**Serves the goal:** {RESPONSE.title}") == 1


def test_the_demo_journal_has_goals_that_its_weeks_moved(repos: Repositories) -> None:
    from leadjournal.services.sample_journal import write_sample_journal

    write_sample_journal(repos, MONDAY + dt.timedelta(days=2))
    progress = progress_between(repos, MONDAY - dt.timedelta(weeks=6), MONDAY)
    shown = [(g.goal.status, len(g.weeks)) for g in progress.goals]
    assert shown == [("open", 3), ("open", 2), ("achieved", 1)]
    assert [w.week_start for w in progress.unlinked] == [MONDAY - dt.timedelta(weeks=2)]
    achieved = progress.goals[2].goal
    assert achieved.closed_on == MONDAY - dt.timedelta(days=3)
    assert achieved.target_date == MONDAY - dt.timedelta(days=4)  # last Thursday
    assert "Serves the goal:** Customers hear back" in week_markdown(repos, MONDAY)
