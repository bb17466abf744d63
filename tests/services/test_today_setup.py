"""Today's step, what is overdue (with a fake clock), and the first-run answers."""

from __future__ import annotations

import datetime as dt
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QTranslator

from leadjournal.db.repositories import Repositories
from leadjournal.i18n import tr
from leadjournal.services.settings import JournalSettings
from leadjournal.services.setup import (
    FirstRunAnswers,
    save_answers,
    team_names,
)
from leadjournal.services.today import (
    checkin_progress,
    journal_started_on,
    note_journal_started,
    overdue_items,
    step_done,
    todays_step,
    todays_step_done,
)
from leadjournal.services.weekly_loop import Step
from leadjournal.services.weeks import WeekPlanner

MONDAY = dt.date(2026, 11, 23)


@pytest.mark.parametrize(
    ("offset", "step", "title"),
    [
        (0, 0, "Set the week's direction"),
        (1, 3, "15-minute check-in"),
        (2, 4, "Coach one person, improve one system"),
        (3, 5, "Align outside the team"),
        (4, 6, "Review and reset"),
        (5, 6, "Review and reset"),
        (6, 6, "Review and reset"),
    ],
)
def test_todays_step_follows_the_weekday(offset: int, step: int, title: str) -> None:
    today = todays_step(MONDAY + dt.timedelta(days=offset))
    assert (today.step, today.title) == (step, title)


def texts(repos: Repositories, day: dt.date, hour: int = 9) -> list[str]:
    now = dt.datetime.combine(day, dt.time(hour))
    return [item.text for item in overdue_items(repos, day, now)]


def test_nothing_is_overdue_on_a_monday_morning(repos: Repositories) -> None:
    assert texts(repos, MONDAY) == []


def test_no_plan_by_tuesday_and_no_check_in_by_wednesday(repos: Repositories) -> None:
    note_journal_started(repos, MONDAY - dt.timedelta(weeks=4))
    tuesday, wednesday = MONDAY + dt.timedelta(days=1), MONDAY + dt.timedelta(days=2)
    assert texts(repos, tuesday) == ["Monday's plan is still open — set this week's direction?"]
    planner = WeekPlanner(repos)
    week = planner.start_week(MONDAY)
    repos.weeks.update(week.id, outcome="Every billing ticket answered within a day")
    planner.add_priority(planner.week(MONDAY), "Clear the queue")  # type: ignore[arg-type]
    [item] = overdue_items(repos, tuesday, dt.datetime.combine(tuesday, dt.time(9)))
    assert item.link.endswith("week=2026-11-23&step=1")  # straight to planning the work
    planner.confirm_plan(planner.week(MONDAY), dt.datetime.combine(MONDAY, dt.time(10)))  # type: ignore[arg-type]
    assert texts(repos, tuesday) == []
    assert texts(repos, wednesday) == [
        "No check-in with the team yet this week — fit in 15 minutes?"
    ]
    repos.weeks.save_checkin(week.id, None, completed="Refund macro")
    assert texts(repos, wednesday) == []
    assert step_done(repos, planner.week(MONDAY), 0)
    # The user's own line starts the check-in but is no check-in with the team.
    assert not step_done(repos, planner.week(MONDAY), 3)
    assert not step_done(repos, planner.week(MONDAY), 6)


def test_last_weeks_review_and_todays_one_on_one_without_agenda(repos: Repositories) -> None:
    planner = WeekPlanner(repos)
    last = planner.start_week(MONDAY - dt.timedelta(weeks=1))
    this = planner.start_week(MONDAY)
    repos.weeks.update(this.id, confirmed_at=dt.datetime.combine(MONDAY, dt.time(9)))
    lena = repos.people.add("Lena Fischer").id
    meeting = repos.coaching.add(
        "one_on_one", person_id=lena, scheduled_at=dt.datetime.combine(MONDAY, dt.time(11))
    )
    assert texts(repos, MONDAY) == [
        "Last week's Friday review is still open — look back on it now?",
        "One-on-one with Lena Fischer at 11:00 — add a point or two to the agenda?",
    ]
    repos.coaching.set_agenda(meeting, [("Refund article results", "own")])
    repos.weeks.update(last.id, review_done=True)
    assert texts(repos, MONDAY) == []


def test_an_overdue_plan_check_in_links_to_the_person(repos: Repositories) -> None:
    aiko = repos.people.add("Aiko Tanaka").id
    repos.coaching.add(
        "plan", person_id=aiko, started_on=MONDAY - dt.timedelta(days=14), behaviour="Late notes"
    )
    [item] = overdue_items(repos, MONDAY, dt.datetime.combine(MONDAY, dt.time(9)))
    assert item.text == (
        "Time for the improvement-plan check-in with Aiko Tanaka (planned for 16 Nov)?"
    )
    assert item.link == f"leadjournal:coaching?person={aiko}&section=plans"


def test_a_journal_started_on_wednesday_asks_for_nothing_due_before_it(
    repos: Repositories,
) -> None:
    wednesday = MONDAY + dt.timedelta(days=2)
    note_journal_started(repos, wednesday)
    note_journal_started(repos, wednesday + dt.timedelta(days=1))  # the first day is kept
    assert journal_started_on(repos) == wednesday
    planner = WeekPlanner(repos)
    last = planner.start_week(MONDAY - dt.timedelta(weeks=1))  # planned ahead, or imported
    planner.start_week(MONDAY)
    assert not last.review_done
    assert texts(repos, wednesday) == []  # no plan, no check-in, no review asked of the past
    assert texts(repos, MONDAY + dt.timedelta(days=4)) == []
    next_tuesday = MONDAY + dt.timedelta(days=8)
    assert texts(repos, next_tuesday) == [
        "Monday's plan is still open — set this week's direction?",
        "Last week's Friday review is still open — look back on it now?",
    ]
    assert not any("due" in text or "isn't" in text for text in texts(repos, next_tuesday))


def test_a_journal_without_a_start_day_goes_by_its_oldest_record(repos: Repositories) -> None:
    tuesday = MONDAY + dt.timedelta(days=1)
    assert journal_started_on(repos) is None
    assert texts(repos, tuesday) == []  # nothing in it yet: nothing to ask
    WeekPlanner(repos).start_week(MONDAY - dt.timedelta(weeks=2))
    assert journal_started_on(repos) == MONDAY - dt.timedelta(weeks=2)
    assert texts(repos, tuesday) == ["Monday's plan is still open — set this week's direction?"]


def test_first_run_answers_are_saved_once(repos: Repositories) -> None:
    repos.people.add("Priya Natarajan")
    answers = FirstRunAnswers(
        name="Sam",
        team=team_names("Priya Natarajan\nmarcus oyelaran, Lena Fischer\n\n"),
        working_days=[0, 1, 2, 3],
        reminders={"review": {"enabled": False, "time": "15:00"}},
    )
    assert answers.team == ["Priya Natarajan", "marcus oyelaran", "Lena Fischer"]
    save_answers(repos, answers)
    save_answers(repos, answers)
    assert repos.settings.get("user_name") == "Sam"
    assert sorted(p.name for p in repos.people.list()) == [
        "Lena Fischer",
        "Priya Natarajan",
        "marcus oyelaran",
    ]
    assert JournalSettings.of(repos).working_days == [0, 1, 2, 3]
    reminders = JournalSettings.of(repos).reminders
    assert reminders["review"] == {"enabled": False, "time": "15:00"}
    assert reminders["direction"] == {"enabled": True, "time": "09:00"}  # default kept


def test_help_page_in_docs_is_up_to_date() -> None:
    script = Path(__file__).parents[2] / "scripts" / "export_help.py"
    result = subprocess.run(
        [sys.executable, str(script), "--check"], capture_output=True, text=True, check=False
    )
    assert result.returncode == 0, result.stderr


def test_closing_last_week_ends_the_reminder_of_its_review(repos: Repositories) -> None:
    note_journal_started(repos, MONDAY - dt.timedelta(weeks=4))
    planner = WeekPlanner(repos)
    last = planner.start_week(MONDAY - dt.timedelta(weeks=1))
    planner.add_task(last, "Write the handbook")
    this = planner.start_week(MONDAY)
    repos.weeks.update(this.id, confirmed_at=dt.datetime.combine(MONDAY, dt.time(9)))

    def about_the_review() -> list[str]:
        return [text for text in texts(repos, MONDAY) if "Friday review" in text]

    assert about_the_review()
    assert not step_done(repos, planner.week(last.week_start), 6)
    last = planner.week(last.week_start)  # type: ignore[assignment]
    planner.decide_slipped_task(last, last.tasks[0].id, "carry_over", "Too big for a week")
    planner.close_week(planner.week(last.week_start))  # type: ignore[arg-type]
    assert about_the_review() == []
    assert step_done(repos, planner.week(last.week_start), 6)
    planner.reopen_week(planner.week(last.week_start))  # type: ignore[arg-type]
    assert about_the_review()


def test_monday_is_done_once_the_plan_is_confirmed_not_at_the_direction(
    repos: Repositories,
) -> None:
    planner = WeekPlanner(repos)
    week = planner.start_week(MONDAY)
    repos.weeks.update(week.id, outcome="Every billing ticket answered within a day")
    planner.add_priority(planner.week(MONDAY), "Clear the queue")  # type: ignore[arg-type]
    assert step_done(repos, planner.week(MONDAY), 0)  # the direction is set …
    assert not todays_step_done(repos, planner.week(MONDAY), MONDAY)  # … Monday is not done
    planner.confirm_plan(planner.week(MONDAY), dt.datetime.combine(MONDAY, dt.time(10)))  # type: ignore[arg-type]
    assert step_done(repos, planner.week(MONDAY), 1)
    assert todays_step_done(repos, planner.week(MONDAY), MONDAY)


def test_the_check_in_is_done_when_every_task_owner_has_a_line(repos: Repositories) -> None:
    amara = repos.people.add("Amara").id
    jonas = repos.people.add("Jonas").id
    planner = WeekPlanner(repos)
    week = planner.start_week(MONDAY)
    planner.add_priority(planner.week(MONDAY), "Clear the queue")  # type: ignore[arg-type]
    for title, owner in (("Refund macro", amara), ("Triage rota", jonas)):
        planner.add_task(planner.week(MONDAY), title, owned_by_me=False, owner_person_id=owner)  # type: ignore[arg-type]
    tuesday = MONDAY + dt.timedelta(days=1)
    assert checkin_progress(repos, planner.week(MONDAY)) == (0, 2)
    repos.weeks.save_checkin(week.id, amara, completed="x")  # even one character counts
    repos.weeks.save_checkin(week.id, jonas, next_action="ask later")  # not a check-in line
    assert checkin_progress(repos, planner.week(MONDAY)) == (1, 2)
    assert not todays_step_done(repos, planner.week(MONDAY), tuesday)
    planner.follow_ups.save_week_blocker(week.id, jonas, "   ")  # no words: no blocker
    assert not step_done(repos, planner.week(MONDAY), 3)
    planner.follow_ups.save_week_blocker(week.id, jonas, "Waiting on access")
    assert checkin_progress(repos, planner.week(MONDAY)) == (2, 2)
    assert todays_step_done(repos, planner.week(MONDAY), tuesday)
    # Someone without a task who checked in anyway is counted too.
    priya = repos.people.add("Priya").id
    repos.weeks.save_checkin(week.id, priya, next_up="Docs")
    assert checkin_progress(repos, planner.week(MONDAY)) == (3, 3)


class _Shouting(QTranslator):
    """A stand-in catalogue that "translates" every marked string to capitals."""

    def translate(
        self, context: str, source: str, disambiguation: str | None = None, n: int = -1
    ) -> str:
        return source.upper()


def test_todays_words_reach_the_catalogue_and_names_stay_as_written(
    qapp: QCoreApplication, repos: Repositories
) -> None:
    lena = repos.people.add("Lena Fischer").id
    repos.coaching.add(
        "one_on_one", person_id=lena, scheduled_at=dt.datetime.combine(MONDAY, dt.time(11))
    )
    translator = _Shouting()
    qapp.installTranslator(translator)
    try:
        texts_now = texts(repos, MONDAY)
        step = todays_step(MONDAY + dt.timedelta(days=1))
        title, sentence = tr(step.title), tr(step.sentence)
    finally:
        qapp.removeTranslator(translator)
    assert texts_now == [
        "ONE-ON-ONE WITH Lena Fischer AT 11:00 — ADD A POINT OR TWO TO THE AGENDA?"
    ]
    assert (step.step, title) == (Step.CHECKIN, "15-MINUTE CHECK-IN")
    assert sentence.startswith("WHAT EACH PERSON FINISHED")
