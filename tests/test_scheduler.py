"""The reminder scheduler with a fake clock: every kind, quiet hours, working days, DST,
missed-while-closed, snooze and pause, and never the same reminder twice."""

from __future__ import annotations

import datetime as dt

import pytest
from pytestqt.qtbot import QtBot

from leadjournal import scheduler as scheduler_module
from leadjournal.db.enums import TickState
from leadjournal.db.repositories import Repositories
from leadjournal.db.repositories.settings import JsonValue
from leadjournal.scheduler import MAX_TIMER_MS, RESYNC_MS, ReminderScheduler
from leadjournal.services.reminder_text import Reminder
from leadjournal.services.reminders import seconds_until

MONDAY = dt.date(2026, 11, 23)


class FakeClock:
    def __init__(self, now: dt.datetime) -> None:
        self._now = now
        self._mono = 1000.0

    def now(self) -> dt.datetime:
        return self._now

    def monotonic(self) -> float:
        return self._mono

    def advance(self, delta: dt.timedelta, *, wall_only: bool = False) -> None:
        self._now += delta
        if not wall_only:
            self._mono += delta.total_seconds()


def at(day_offset: int, hour: int, minute: int = 0) -> dt.datetime:
    return dt.datetime.combine(MONDAY + dt.timedelta(days=day_offset), dt.time(hour, minute))


class Recorder:
    def __init__(self, scheduler: ReminderScheduler) -> None:
        self.due: list[Reminder] = []
        self.missed: list[list[Reminder]] = []
        scheduler.reminder_due.connect(self.due.append)
        scheduler.missed.connect(self.missed.append)

    def keys(self) -> list[str]:
        return [r.key for r in self.due]


def make(repos: Repositories, now: dt.datetime) -> tuple[ReminderScheduler, FakeClock, Recorder]:
    clock = FakeClock(now)
    scheduler = ReminderScheduler(repos, clock)
    return scheduler, clock, Recorder(scheduler)


def run_until(scheduler: ReminderScheduler, clock: FakeClock, until: dt.datetime) -> None:
    """Advance the fake clock to each armed reminder in turn, as the timer would."""
    while scheduler.next is not None and scheduler.next.due <= until:
        clock.advance(scheduler.next.due - clock.now())
        scheduler.sync()
    clock.advance(until - clock.now())
    scheduler.sync()


def test_the_weekly_loop_fires_on_its_days_at_its_times(qtbot: QtBot, repos: Repositories) -> None:
    scheduler, clock, seen = make(repos, at(0, 8))
    scheduler.start()
    assert scheduler.next is not None and scheduler.next.due == at(0, 9)
    assert scheduler.armed_ms == 3600 * 1000 + 50  # one single-shot timer, no polling
    run_until(scheduler, clock, at(6, 23))
    assert [(r.kind, r.due) for r in seen.due] == [
        ("direction", at(0, 9)),
        ("checkin", at(1, 10)),
        ("coaching", at(2, 14)),
        ("stakeholders", at(3, 11)),
        ("review", at(4, 15)),
    ]
    assert seen.due[0].link == "leadjournal:weekly-plan?week=2026-11-23&step=0"
    assert seen.due[4].title == "Review and reset"


def test_no_reminder_is_delivered_twice(qtbot: QtBot, repos: Repositories) -> None:
    scheduler, clock, seen = make(repos, at(0, 8, 59))
    scheduler.start()
    clock.advance(dt.timedelta(minutes=2))
    scheduler.sync()
    scheduler.sync()
    again = ReminderScheduler(repos, clock)  # a second start of the app, same minute
    Recorder(again)
    again.start()
    assert seen.keys() == ["direction@2026-11-23"]
    assert repos.reminders.count() == 1


def test_practice_one_on_one_plan_and_feedback_reminders(qtbot: QtBot, repos: Repositories) -> None:
    repos.settings.set(
        "reminders",
        {
            k: {"enabled": False}
            for k in ("direction", "checkin", "coaching", "stakeholders", "review")
        },
    )
    repos.practice.start_cycle(
        MONDAY,
        ("lead.explain-why", "Explain the why"),
        ("manage.one-owner", "One owner"),
        working_days_only=True,
    )
    lena = repos.people.add("Lena Fischer").id
    repos.coaching.add("one_on_one", person_id=lena, scheduled_at=at(1, 11))
    # Started last Tuesday: the weekly check-in falls due this Tuesday.
    repos.coaching.add(
        "plan", person_id=lena, started_on=MONDAY - dt.timedelta(days=6), behaviour="Late notes"
    )
    repos.feedback.add_response(
        received_on=MONDAY,
        source="anonymous",
        person_id=None,
        items=[("start", "Share priorities", "priorities")],
    )
    repos.feedback.start_action(
        "priorities", "Post them on Mondays", MONDAY, MONDAY + dt.timedelta(days=2), None
    )
    scheduler, clock, seen = make(repos, at(0, 8))
    scheduler.start()
    run_until(scheduler, clock, at(2, 23))
    assert [(r.kind, r.due) for r in seen.due] == [
        ("practice", at(0, 17)),
        ("plan", at(1, 9)),
        ("prep", at(1, 10)),
        ("practice", at(1, 17)),
        ("feedback", at(2, 9)),
        ("practice", at(2, 17)),
    ]
    prep = next(r for r in seen.due if r.kind == "prep")
    assert prep.title == "One-on-one with Lena Fischer at 11:00"
    assert prep.link == f"leadjournal:coaching?person={lena}&section=one_on_ones"
    # The practice reminder stops with the cycle; weekends are off in this one.
    run_until(scheduler, clock, at(6, 23))
    assert [r.due.weekday() for r in seen.due if r.kind == "practice"] == [0, 1, 2, 3, 4]


def test_quiet_hours_and_working_days(qtbot: QtBot, repos: Repositories) -> None:
    repos.settings.set("working_days", [1, 2, 3, 4])  # Monday off
    repos.settings.set("reminders", {"review": {"enabled": True, "time": "22:15"}})
    quiet: dict[str, JsonValue] = {"enabled": True, "start": "21:00", "end": "07:30"}
    repos.settings.set("reminder_options", {"quiet_hours": quiet})
    scheduler, clock, seen = make(repos, at(0, 8))
    scheduler.start()
    run_until(scheduler, clock, at(5, 12))
    kinds = [(r.kind, r.due) for r in seen.due]
    assert ("direction", at(0, 9)) not in kinds  # not a working day
    assert ("review", at(5, 7, 30)) in kinds  # 22:15 is quiet: moved to the morning


def test_waits_are_right_across_the_clock_change(
    qtbot: QtBot, repos: Repositories, berlin: None
) -> None:
    # Clocks go forward on Sunday 29 March 2026: Saturday 20:00 to Monday 09:00 is 36 h.
    saturday = dt.datetime(2026, 3, 28, 20, 0)
    scheduler, _clock, _seen = make(repos, saturday)
    scheduler.start()
    assert scheduler.next is not None and scheduler.next.due == dt.datetime(2026, 3, 30, 9)
    assert scheduler.armed_ms == 36 * 3600 * 1000 + 50
    # And back in autumn (25 October 2026): Saturday 20:00 to Monday 09:00 is 38 h.
    assert seconds_until(dt.datetime(2026, 10, 26, 9), dt.datetime(2026, 10, 24, 20)) == 38 * 3600


def test_reminders_missed_while_closed_are_shown_once_together(
    qtbot: QtBot, repos: Repositories
) -> None:
    first, clock, _ = make(repos, at(0, 8))
    first.start()
    first.stop()  # the app quits on Monday at 08:00
    clock.advance(dt.timedelta(days=2, hours=8))  # …and starts again on Wednesday 16:00
    again = ReminderScheduler(repos, clock)
    seen = Recorder(again)
    again.start()
    assert [[r.kind for r in batch] for batch in seen.missed] == [
        ["direction", "checkin", "coaching"]
    ]
    assert seen.due == []  # shown as one "while you were away", not one by one
    third = ReminderScheduler(repos, clock)
    later = Recorder(third)
    third.start()
    assert later.missed == []


def test_snooze_brings_it_back_once(qtbot: QtBot, repos: Repositories) -> None:
    scheduler, clock, seen = make(repos, at(0, 8, 59))
    scheduler.start()
    run_until(scheduler, clock, at(0, 9, 1))
    [reminder] = seen.due
    until = scheduler.snooze(reminder, 10)
    assert until == at(0, 9, 11)
    assert scheduler.next is not None and scheduler.next.key == reminder.key
    run_until(scheduler, clock, at(0, 9, 30))
    assert seen.keys() == [reminder.key, reminder.key]
    tomorrow = scheduler.snooze(reminder, None)
    assert tomorrow == at(1, 9)


def test_pause_for_today_then_resume(qtbot: QtBot, repos: Repositories) -> None:
    scheduler, clock, seen = make(repos, at(0, 8))
    scheduler.start()
    scheduler.pause_today()
    assert scheduler.paused()
    assert scheduler.next is not None and scheduler.next.kind == "checkin"  # tomorrow's
    run_until(scheduler, clock, at(0, 12))
    assert seen.due == []
    scheduler.resume()
    assert not scheduler.paused()
    run_until(scheduler, clock, at(1, 12))
    assert seen.keys() == ["checkin@2026-11-24"]  # Monday's passed while paused


def test_long_waits_are_cut_to_a_c_int_and_jumps_are_noticed(
    qtbot: QtBot, repos: Repositories, monkeypatch: pytest.MonkeyPatch
) -> None:
    repos.settings.set(
        "reminders",
        {
            k: {"enabled": False}
            for k in ("direction", "checkin", "coaching", "stakeholders", "review")
        },
    )
    scheduler, clock, seen = make(repos, at(0, 8))
    scheduler.start()
    assert scheduler.next is None and scheduler.armed_ms == RESYNC_MS
    lena = repos.people.add("Lena Fischer").id
    repos.coaching.add("one_on_one", person_id=lena, scheduled_at=at(40, 10))
    monkeypatch.setattr(scheduler_module, "LOOKAHEAD", dt.timedelta(days=60))
    scheduler.sync()
    assert scheduler.next is not None and scheduler.next.kind == "prep"
    assert scheduler.armed_ms == MAX_TIMER_MS
    # The machine sleeps: five real minutes pass on the monotonic clock, 40 days on the
    # wall clock. The periodic check notices and delivers the reminder.
    clock.advance(dt.timedelta(minutes=5))
    clock.advance(at(40, 9, 5) - clock.now(), wall_only=True)
    scheduler._check_for_jump()
    assert seen.keys() == [f"prep@{lena}@{at(40, 10).isoformat(timespec='minutes')}"]


def test_a_closed_week_is_not_reminded_of_its_review(qtbot: QtBot, repos: Repositories) -> None:
    from leadjournal.services.weeks import WeekPlanner

    planner = WeekPlanner(repos)
    planner.close_week(planner.start_week(MONDAY))  # reviewed early, on Friday morning
    scheduler, clock, seen = make(repos, at(4, 9))
    scheduler.start()
    run_until(scheduler, clock, at(4, 23))
    assert "review" not in [r.kind for r in seen.due]
    closed = planner.week(MONDAY)
    assert closed is not None
    planner.reopen_week(closed)
    scheduler, clock, seen = make(repos, at(4, 9))
    scheduler.start()
    run_until(scheduler, clock, at(4, 23))
    assert [r.kind for r in seen.due] == ["review"]


def _set_direction_and_confirm(repos: Repositories, when: dt.datetime) -> int:
    from leadjournal.services.weeks import WeekPlanner

    planner = WeekPlanner(repos)
    week = planner.start_week(MONDAY)
    repos.weeks.update(week.id, outcome="Every billing ticket answered within a day")
    planner.add_priority(week, "Clear the queue")
    with_priority = planner.week(MONDAY)
    assert with_priority is not None
    planner.confirm_plan(with_priority, when)
    return week.id


def test_a_step_done_before_its_reminder_is_neither_reminded_nor_missed(
    qtbot: QtBot, repos: Repositories
) -> None:
    scheduler, clock, seen = make(repos, at(0, 8))
    scheduler.start()
    week_id = _set_direction_and_confirm(repos, at(0, 8, 30))  # done before 09:00
    run_until(scheduler, clock, at(0, 12))
    assert seen.keys() == []
    scheduler.stop()  # closed for the night; Tuesday's check-in is written at 08:00
    clock.advance(at(1, 8) - clock.now())
    amara = repos.people.add("Amara").id
    repos.weeks.save_checkin(week_id, amara, completed="Refund macro")
    clock.advance(at(2, 9) - clock.now())  # opened again on Wednesday at 09:00
    again = ReminderScheduler(repos, clock)
    later = Recorder(again)
    again.start()
    assert later.missed == []  # neither Monday's direction nor Tuesday's check-in


def test_a_ticked_practice_day_and_a_prepared_one_on_one_are_not_reminded(
    qtbot: QtBot, repos: Repositories
) -> None:
    repos.settings.set(
        "reminders",
        {
            k: {"enabled": False}
            for k in ("direction", "checkin", "coaching", "stakeholders", "review")
        },
    )
    cycle = repos.practice.start_cycle(
        MONDAY, ("lead.explain-why", "Explain the why"), ("manage.one-owner", "One owner")
    )
    lena = repos.people.add("Lena Fischer").id
    meeting = repos.coaching.add("one_on_one", person_id=lena, scheduled_at=at(1, 11))
    scheduler, clock, seen = make(repos, at(0, 8))
    scheduler.start()
    repos.practice.set_tick(cycle, "lead", MONDAY, TickState.DONE)  # ticked before 17:00
    repos.coaching.set_agenda(meeting, [("Her release", "manual")])  # prepared early
    run_until(scheduler, clock, at(1, 23))
    assert [(r.kind, r.due) for r in seen.due] == [("practice", at(1, 17))]


def test_a_snoozed_reminder_does_not_come_back_once_its_step_is_done(
    qtbot: QtBot, repos: Repositories
) -> None:
    scheduler, clock, seen = make(repos, at(0, 8, 59))
    scheduler.start()
    run_until(scheduler, clock, at(0, 9, 1))
    [reminder] = seen.due
    scheduler.snooze(reminder, 60)
    _set_direction_and_confirm(repos, at(0, 9, 30))
    run_until(scheduler, clock, at(0, 12))
    assert seen.keys() == [reminder.key]  # not again at 10:01
