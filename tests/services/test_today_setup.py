"""Today's step, what is overdue (with a fake clock), and the first-run answers."""

from __future__ import annotations

import datetime as dt
import subprocess
import sys
from pathlib import Path

import pytest

from leadjournal.db.repositories import Repositories
from leadjournal.services.setup import (
    FirstRunAnswers,
    reminder_settings,
    save_answers,
    team_names,
    working_days,
)
from leadjournal.services.today import overdue_items, step_done, todays_step
from leadjournal.services.weeks import WeekPlanner

MONDAY = dt.date(2026, 11, 23)


@pytest.mark.parametrize(
    ("offset", "step", "title"),
    [(0, 0, "Set the week's direction"), (1, 3, "15-minute check-in"),
     (2, 4, "Coach one person, improve one system"), (3, 5, "Align outside the team"),
     (4, 6, "Review and reset"), (5, 6, "Review and reset"), (6, 6, "Review and reset")],
)  # fmt: skip
def test_todays_step_follows_the_weekday(offset: int, step: int, title: str) -> None:
    today = todays_step(MONDAY + dt.timedelta(days=offset))
    assert (today.step, today.title) == (step, title)


def texts(repos: Repositories, day: dt.date, hour: int = 9) -> list[str]:
    now = dt.datetime.combine(day, dt.time(hour))
    return [item.text for item in overdue_items(repos, day, now)]


def test_nothing_is_overdue_on_a_monday_morning(repos: Repositories) -> None:
    assert texts(repos, MONDAY) == []


def test_no_plan_by_tuesday_and_no_check_in_by_wednesday(repos: Repositories) -> None:
    tuesday, wednesday = MONDAY + dt.timedelta(days=1), MONDAY + dt.timedelta(days=2)
    assert texts(repos, tuesday) == ["This week's plan isn't set yet; it was due on Monday."]
    planner = WeekPlanner(repos)
    week = planner.start_week(MONDAY)
    repos.weeks.update(week.id, outcome="Every billing ticket answered within a day")
    planner.add_priority(planner.week(MONDAY), "Clear the queue")  # type: ignore[arg-type]
    [item] = overdue_items(repos, tuesday, dt.datetime.combine(tuesday, dt.time(9)))
    assert item.link.endswith("week=2026-11-23&step=1")  # straight to planning the work
    planner.confirm_plan(planner.week(MONDAY), dt.datetime.combine(MONDAY, dt.time(10)))  # type: ignore[arg-type]
    assert texts(repos, tuesday) == []
    assert texts(repos, wednesday) == ["No Tuesday check-in recorded this week."]
    repos.weeks.save_checkin(week.id, None, completed="Refund macro")
    assert texts(repos, wednesday) == []
    assert step_done(repos, planner.week(MONDAY), 0)
    assert step_done(repos, planner.week(MONDAY), 3)
    assert not step_done(repos, planner.week(MONDAY), 6)


def test_last_weeks_review_and_todays_one_on_one_without_agenda(repos: Repositories) -> None:
    planner = WeekPlanner(repos)
    last = planner.start_week(MONDAY - dt.timedelta(weeks=1))
    this = planner.start_week(MONDAY)
    repos.weeks.update(this.id, confirmed_at=dt.datetime.combine(MONDAY, dt.time(9)))
    lena = repos.people.add("Lena Fischer").id
    meeting = repos.coaching.add("one_on_one", person_id=lena,
                                 scheduled_at=dt.datetime.combine(MONDAY, dt.time(11)))  # fmt: skip
    assert texts(repos, MONDAY) == [
        "Last week's Friday review isn't done.",
        "One-on-one with Lena Fischer at 11:00 has no agenda yet.",
    ]
    repos.coaching.set_agenda(meeting, [("Refund article results", "own")])
    repos.weeks.update(last.id, review_done=True)
    assert texts(repos, MONDAY) == []


def test_an_overdue_plan_check_in_links_to_the_person(repos: Repositories) -> None:
    aiko = repos.people.add("Aiko Tanaka").id
    repos.coaching.add("plan", person_id=aiko, started_on=MONDAY - dt.timedelta(days=14),
                       behaviour="Late notes")  # fmt: skip
    [item] = overdue_items(repos, MONDAY, dt.datetime.combine(MONDAY, dt.time(9)))
    assert item.text == "Improvement-plan check-in with Aiko Tanaka was due 16 Nov."
    assert item.link == f"leadjournal:coaching?person={aiko}&section=plans"


def test_first_run_answers_are_saved_once(repos: Repositories) -> None:
    repos.people.add("Priya Natarajan")
    answers = FirstRunAnswers(
        name="Sam", team=team_names("Priya Natarajan\nmarcus oyelaran, Lena Fischer\n\n"),
        working_days=[0, 1, 2, 3], reminders={"review": {"enabled": False, "time": "15:00"}},
    )  # fmt: skip
    assert answers.team == ["Priya Natarajan", "marcus oyelaran", "Lena Fischer"]
    save_answers(repos, answers)
    save_answers(repos, answers)
    assert repos.settings.get("user_name") == "Sam"
    assert sorted(p.name for p in repos.people.list()) == [
        "Lena Fischer", "Priya Natarajan", "marcus oyelaran",
    ]  # fmt: skip
    assert working_days(repos) == [0, 1, 2, 3]
    reminders = reminder_settings(repos)
    assert reminders["review"] == {"enabled": False, "time": "15:00"}
    assert reminders["direction"] == {"enabled": True, "time": "09:00"}  # default kept


def test_help_page_in_docs_is_up_to_date() -> None:
    script = Path(__file__).parents[2] / "scripts" / "export_help.py"
    result = subprocess.run([sys.executable, str(script), "--check"], capture_output=True,
                            text=True, check=False)  # fmt: skip
    assert result.returncode == 0, result.stderr
