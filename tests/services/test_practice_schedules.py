"""Practice that fits the behaviour: daily, N times a week, or weekly on a chosen day,
with adherence and the forgiving streak counted against that schedule."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest

from leadjournal.db.repositories import Repositories
from leadjournal.services.practice import (
    CatalogueError,
    DayState,
    NewCycle,
    PracticeService,
    cycle_days,
    day_state,
    load_catalogue,
    progress,
    short_weeks,
)
from leadjournal.services.practice_schedule import DAILY, Schedule, cycle_schedule
from leadjournal.services.transfer import export_data, import_data

MONDAY = dt.date(2026, 11, 30)
DAYS = cycle_days(MONDAY)  # two weeks, Monday 30 Nov to Sunday 13 Dec
WEDNESDAYS = (dt.date(2026, 12, 2), dt.date(2026, 12, 9))
WEEKLY_ON_WEDNESDAY = Schedule(weekday=2)


def test_a_weekly_conversation_held_every_week_is_100_percent_not_20() -> None:
    ticks = dict.fromkeys(WEDNESDAYS, "done")
    after = dt.date(2026, 12, 14)
    weekly = progress(DAYS, ticks, after, True, WEEKLY_ON_WEDNESDAY)
    assert (weekly.adherence, weekly.done, weekly.eligible_so_far) == (1.0, 2, 2)
    assert weekly.streak == 2 and weekly.by_week
    # Counted as a daily habit, the same fortnight would read 2 of 10 working days.
    assert progress(DAYS, ticks, after, True, DAILY).adherence == pytest.approx(0.2)


def test_a_week_counts_once_it_is_over_or_has_what_it_asked_for() -> None:
    # Tuesday of week one, nothing ticked yet: nothing is judged, so nothing drops.
    assert progress(DAYS, {}, dt.date(2026, 12, 1), True, WEEKLY_ON_WEDNESDAY).adherence is None
    # Done on Thursday instead of Wednesday: the week has what it asked for.
    early = progress(
        DAYS, {dt.date(2026, 12, 3): "done"}, dt.date(2026, 12, 3), True, WEEKLY_ON_WEDNESDAY
    )
    assert (early.adherence, early.done, early.eligible_so_far) == (1.0, 1, 1)


def test_three_times_a_week_counts_times_and_a_short_week_ends_the_streak() -> None:
    three = Schedule(times_a_week=3)
    week_one = ("2026-11-30", "2026-12-02", "2026-12-04")
    week_two = ("2026-12-08", "2026-12-10")  # only twice
    ticks = {dt.date.fromisoformat(day): "done" for day in week_one + week_two}
    result = progress(DAYS, ticks, dt.date(2026, 12, 14), True, three)
    assert (result.done, result.eligible_so_far) == (5, 6)
    assert result.adherence == pytest.approx(5 / 6)
    assert result.streak == 0


def test_a_week_short_only_by_skipped_days_is_forgiven() -> None:
    ticks = {WEDNESDAYS[0]: "done", WEDNESDAYS[1]: "skipped"}
    result = progress(DAYS, ticks, dt.date(2026, 12, 14), True, WEEKLY_ON_WEDNESDAY)
    assert result.streak == 1  # the skip neither adds to nor ends it
    assert result.adherence == 0.5


def test_the_grid_marks_the_planned_day_and_rests_the_others() -> None:
    today = dt.date(2026, 12, 10)  # Thursday of week two
    ticks: dict[dt.date, str] = {}
    short = short_weeks(DAYS, ticks, today, WEEKLY_ON_WEDNESDAY, True)

    def state(day: dt.date) -> DayState:
        return day_state(day, today, None, True, WEEKLY_ON_WEDNESDAY, day in short)

    assert state(WEDNESDAYS[0]) == DayState.MISSED  # week one is over without it
    assert state(dt.date(2026, 12, 1)) == DayState.REST  # a Tuesday it never asked for
    assert state(WEDNESDAYS[1]) == DayState.REST  # week two still has Friday to make up
    assert state(today) == DayState.OPEN
    assert day_state(dt.date(2026, 12, 16), today, None, True, WEEKLY_ON_WEDNESDAY) == DayState.DUE
    # A daily habit is unchanged: every past day without a tick is missed.
    assert day_state(dt.date(2026, 12, 1), today, None, True) == DayState.MISSED


def test_schedules_are_stored_as_plain_words_and_unreadable_ones_count_daily() -> None:
    for schedule in (DAILY, Schedule(times_a_week=2), WEEKLY_ON_WEDNESDAY):
        assert Schedule.parse(str(schedule)) == schedule
    assert str(WEEKLY_ON_WEDNESDAY) == "weekly:2"
    for wrong in ("weekly:7", "times:0", "times:9", "fortnightly", "daily:1"):
        with pytest.raises(ValueError):
            Schedule.parse(wrong)
        assert Schedule.stored(wrong) == DAILY


def test_catalogue_entries_carry_their_natural_schedule(tmp_path: Path) -> None:
    catalogue = {b.key: b for b in load_catalogue()}
    assert catalogue["lead.coach-one-step"].schedule == WEEKLY_ON_WEDNESDAY
    assert catalogue["manage.protect-focus"].schedule == Schedule(times_a_week=3)
    assert catalogue["manage.one-owner"].schedule == DAILY
    entry = {
        "key": "lead.x",
        "kind": "lead",
        "title": "X",
        "description": "Y",
        "done_today": "Z",
        "schedule": "fortnightly",
    }
    other = dict(entry, key="manage.x", kind="manage", schedule="daily")
    path = tmp_path / "catalogue.json"
    path.write_text(json.dumps({"behaviours": [entry, other]}), encoding="utf-8")
    with pytest.raises(CatalogueError, match="entry 1 has an unknown “schedule”"):
        load_catalogue(path)


def test_a_cycle_keeps_each_behaviours_schedule_through_export_and_import(
    repos: Repositories, tmp_path: Path
) -> None:
    service = PracticeService(repos)
    service.start_cycle(
        NewCycle(
            MONDAY,
            ("lead.coach-one-step", "Coach one small step"),
            ("manage.one-owner", "One owner for every task"),
            True,
            lead_schedule=WEEKLY_ON_WEDNESDAY,
        )
    )
    own = service.add_custom("manage", "Close the chat threads", schedule=Schedule(times_a_week=2))
    document = export_data(repos)
    cycle = service.active_cycle()
    assert cycle is not None
    assert (cycle_schedule(cycle, "lead"), cycle_schedule(cycle, "manage")) == (
        WEEKLY_ON_WEDNESDAY,
        DAILY,
    )
    from leadjournal.db.engine import open_journal

    other = Repositories(open_journal(tmp_path / "other.sqlite", tmp_path / "backups"))
    import_data(other, json.dumps(document).encode())
    copied = PracticeService(other)
    again = copied.active_cycle()
    assert again is not None and cycle_schedule(again, "lead") == WEEKLY_ON_WEDNESDAY
    assert [(c.id, c.schedule) for c in copied.customs()] == [(own, "times:2")]
    other.engine.dispose()


def test_a_journal_from_before_schedules_keeps_its_cycles_daily_and_searchable(
    tmp_path: Path,
) -> None:
    import shutil
    import sqlite3

    from leadjournal.db.engine import open_journal
    from leadjournal.services.search import search

    journal = tmp_path / "journal.sqlite"
    shutil.copy(
        Path(__file__).parent.parent / "fixtures" / "journal-0009_set_aside.sqlite", journal
    )
    with sqlite3.connect(journal) as old:
        old.execute(
            "INSERT INTO practice_cycle (id, started_on, length_days, working_days_only, lead_key,"
            " lead_title, manage_key, manage_title, status, what_worked, what_did_not,"
            " what_i_will_change, keep_practising) VALUES (1, '2026-11-02', 14, 1,"
            " 'lead.explain-why', 'Explain the why', 'custom:1', 'Close the chat threads',"
            " 'finished', 'People asked fewer questions', '', '', '')"
        )
        old.execute(
            "INSERT INTO custom_behaviour (id, kind, title, description, done_today, created_at)"
            " VALUES (1, 'manage', 'Close the chat threads', '', '', '2026-11-01 09:00:00')"
        )
    repos = Repositories(open_journal(journal, tmp_path / "backups"))
    [cycle] = PracticeService(repos).closed_cycles()[0]
    assert (cycle_schedule(cycle, "lead"), cycle_schedule(cycle, "manage")) == (DAILY, DAILY)
    assert [c.schedule for c in PracticeService(repos).customs()] == ["daily"]
    # The upgrade kept both tables' words in search.
    assert {h.kind for h in search(repos, "chat threads")} == {"practice_cycle", "behaviour"}
    assert [h.kind for h in search(repos, "fewer questions")] == ["practice_cycle"]
    repos.engine.dispose()


def test_a_finished_weekly_cycle_reads_100_percent_in_the_history(repos: Repositories) -> None:
    from leadjournal.db.enums import TickState
    from leadjournal.services.insights import closed_cycle_adherence

    service = PracticeService(repos)
    cycle_id = service.start_cycle(
        NewCycle(
            MONDAY,
            ("lead.coach-one-step", "Coach one small step"),
            ("manage.protect-focus", "Protect a focus block"),
            True,
            lead_schedule=WEEKLY_ON_WEDNESDAY,
            manage_schedule=Schedule(times_a_week=3),
        )
    )
    for day in WEDNESDAYS:
        service.set_tick(cycle_id, "lead", day, TickState.DONE)
    for focus_day in ("2026-11-30", "2026-12-01", "2026-12-02", "2026-12-03", "2026-12-07"):
        service.set_tick(cycle_id, "manage", dt.date.fromisoformat(focus_day), TickState.DONE)
    service.finish_cycle(cycle_id, dt.date(2026, 12, 14), [])
    [cycle], done = service.closed_cycles()
    # Four focus blocks in week one count as the three asked for: 4 of 6, not 5 of 6.
    lead, manage = closed_cycle_adherence(cycle, done)
    assert lead == 1.0
    assert manage == pytest.approx(4 / 6)
