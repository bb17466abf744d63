"""Practice maths, the catalogue, the lead/manage balance, and the Insights chart data."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest

from leadjournal.db.enums import TickState
from leadjournal.db.repositories import Repositories
from leadjournal.services.insights import EARLIEST, Insights, range_bounds
from leadjournal.services.practice import (
    DONE,
    MISSED,
    OFF,
    OPEN,
    SKIPPED,
    CatalogueError,
    CycleUnderWayError,
    NewCycle,
    PracticeService,
    balance,
    cycle_days,
    day_state,
    load_catalogue,
    next_monday,
    progress,
    suggested_moves,
)
from leadjournal.services.sample_journal import write_sample_journal

MONDAY = dt.date(2026, 11, 16)
FRIDAY = dt.date(2026, 11, 27)


def test_catalogue_has_twelve_of_each_kind_with_unique_keys() -> None:
    catalogue = load_catalogue()
    assert sum(b.kind == "lead" for b in catalogue) >= 12
    assert sum(b.kind == "manage" for b in catalogue) >= 12
    assert len({b.key for b in catalogue}) == len(catalogue)
    assert all(b.description and b.done_today for b in catalogue)


@pytest.mark.parametrize(
    ("content", "message"),
    [
        ("not json", "could not be read"),
        ('{"behaviours": []}', "has no behaviours"),
        (
            '{"behaviours": [{"key": "a", "kind": "lead", "title": "", "description": "d", '
            '"done_today": "t"}]}',
            "entry 1 needs a non-empty “title”",
        ),
        (
            '{"behaviours": [{"key": "a", "kind": "coach", "title": "x", "description": "d", '
            '"done_today": "t"}]}',
            "kind “coach”",
        ),
    ],
    ids=["not-json", "empty", "missing-title", "unknown-kind"],
)
def test_a_broken_catalogue_is_one_plain_sentence(
    tmp_path: Path, content: str, message: str
) -> None:
    path = tmp_path / "catalogue.json"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(CatalogueError, match=message) as raised:
        load_catalogue(path)
    assert "\n" not in str(raised.value)


def test_repeated_keys_and_unknown_signals_are_refused(tmp_path: Path) -> None:
    entry = {"key": "a", "kind": "lead", "title": "x", "description": "d", "done_today": "t"}
    path = tmp_path / "catalogue.json"
    path.write_text(json.dumps({"behaviours": [entry, entry]}), encoding="utf-8")
    with pytest.raises(CatalogueError, match="repeats the key"):
        load_catalogue(path)
    path.write_text(json.dumps({"behaviours": [{**entry, "helps_with": ["bored"]}]}))
    with pytest.raises(CatalogueError, match="unknown team signal"):
        load_catalogue(path)


def test_day_states_across_a_working_days_cycle() -> None:
    days = cycle_days(MONDAY)
    assert len(days) == 14 and days[-1] == dt.date(2026, 11, 29)
    today = dt.date(2026, 11, 24)
    assert day_state(MONDAY, today, DONE, True) == DONE
    assert day_state(dt.date(2026, 11, 17), today, None, True) == MISSED
    assert day_state(dt.date(2026, 11, 21), today, None, True) == OFF  # Saturday
    assert day_state(dt.date(2026, 11, 21), today, None, False) == MISSED
    assert day_state(today, today, None, True) == OPEN
    assert day_state(dt.date(2026, 11, 25), today, None, True) == "future"


def test_adherence_counts_eligible_days_and_the_streak_forgives_skips() -> None:
    days = cycle_days(MONDAY)
    ticks = {
        MONDAY: DONE,
        dt.date(2026, 11, 17): DONE,
        dt.date(2026, 11, 18): SKIPPED,
        dt.date(2026, 11, 19): DONE,
        dt.date(2026, 11, 20): DONE,  # weekend off
        dt.date(2026, 11, 23): DONE,
        dt.date(2026, 11, 24): SKIPPED,
    }
    # Wednesday 25th: today, not ticked yet, so it does not count against.
    result = progress(days, ticks, dt.date(2026, 11, 25), working_days_only=True)
    assert (result.done, result.eligible_so_far) == (5, 7)
    assert result.adherence == pytest.approx(5 / 7)
    assert result.streak == 5  # two skips forgiven, weekends ignored
    # A missed day ends the streak: nothing ticked on Wednesday, now Thursday.
    result = progress(days, ticks, dt.date(2026, 11, 26), working_days_only=True)
    assert (result.streak, result.eligible_so_far) == (0, 8)
    # Every day counts when weekends are included: the weekend was missed.
    result = progress(days, ticks, dt.date(2026, 11, 25), working_days_only=False)
    assert (result.streak, result.eligible_so_far) == (1, 9)
    # Before the first day there is nothing to judge.
    assert progress(days, {}, MONDAY, True).adherence is None


def test_a_cycle_across_the_clock_change_still_has_fourteen_days(berlin: None) -> None:
    start = dt.date(2026, 3, 23)  # the clocks go forward on Sunday 29 March
    days = cycle_days(start)
    assert len(set(days)) == 14 and days[6] == dt.date(2026, 3, 29)
    # "Today" from the local clock just after midnight on the short night is Sunday.
    just_after = dt.datetime(2026, 3, 29, 0, 30).astimezone()
    today = just_after.date()
    ticks = {day: DONE for day in days[:6]}
    result = progress(days, ticks, today, working_days_only=False)
    assert (result.done, result.eligible_so_far, result.streak) == (6, 6, 6)
    later = (just_after + dt.timedelta(hours=24)).date()  # 23-hour day: still the 30th
    assert later == dt.date(2026, 3, 30)
    assert progress(days, ticks, later, working_days_only=False).streak == 0  # Sunday missed


def test_next_monday_is_never_today() -> None:
    assert next_monday(dt.date(2026, 11, 23)) == dt.date(2026, 11, 30)
    assert next_monday(dt.date(2026, 11, 27)) == dt.date(2026, 11, 30)


def test_balance_scoring_and_suggested_moves() -> None:
    catalogue = load_catalogue()
    leading = {"confused": True, "resisting": True}
    assert balance(leading).score == 2
    assert balance(leading).advice.startswith("Lean into leading")
    moves = suggested_moves(leading, catalogue)
    assert [m.kind for m in moves] == ["lead", "lead"]
    assert all({"confused", "resisting"} & set(m.helps_with) for m in moves)
    managing = {"chaotic": True, "firefighting": True, "low_energy": True}
    assert balance(managing).score == -1
    assert [m.kind for m in suggested_moves(managing, catalogue)] == ["manage", "manage"]
    tie = {"confused": True, "chaotic": True}
    assert balance(tie).score == 0 and "Both at once" in balance(tie).advice
    assert [m.kind for m in suggested_moves(tie, catalogue)] == ["lead", "manage"]
    assert balance({}).advice.startswith("Nothing flagged")


def test_only_one_cycle_runs_at_a_time(repos: Repositories) -> None:
    practice = repos.practice
    service = PracticeService(repos)
    pair = (("lead.explain-why", "Explain the why"), ("manage.one-owner", "One owner"))
    first = service.start_cycle(NewCycle(MONDAY, *pair, working_days_only=False))
    later = NewCycle(FRIDAY, ("lead.explain-why", "x"), ("manage.one-owner", "y"), False)
    with pytest.raises(CycleUnderWayError, match="already under way"):
        service.start_cycle(later)
    assert [c.id for c in practice.cycles()] == [first]
    practice.set_tick(
        first, "lead", MONDAY, TickState.DONE, "Told Lena why the refund rule changed"
    )
    practice.set_tick(first, "lead", MONDAY, TickState.SKIPPED, "Sick")
    practice.set_tick(first, "manage", MONDAY, TickState.DONE)
    practice.set_tick(first, "manage", MONDAY, None)
    active = practice.active_cycle()
    assert active is not None
    assert [(t.behaviour, t.state, t.note) for t in active.ticks] == [("lead", "skipped", "Sick")]
    # Starting over ends the running cycle early, in the same step.
    second = service.start_cycle(later, end_running_on=FRIDAY)
    [ended] = [c for c in practice.cycles() if c.id == first]
    assert (ended.status, ended.ended_on) == ("ended", FRIDAY)
    assert service.active_cycle().id == second  # type: ignore[union-attr]


class HalfWayError(Exception):
    """Stands for anything that goes wrong half-way through an operation."""


def test_a_new_cycle_that_fails_to_start_leaves_the_running_one_running(
    repos: Repositories, monkeypatch: pytest.MonkeyPatch
) -> None:
    service = PracticeService(repos)
    pair = (("lead.explain-why", "Explain the why"), ("manage.one-owner", "One owner"))
    running = service.start_cycle(NewCycle(MONDAY, *pair, working_days_only=True))

    def not_started(*_args: object, **_kwargs: object) -> int:
        raise HalfWayError  # the running cycle is already ended in the session by now

    monkeypatch.setattr(repos.practice, "start_cycle", not_started)
    with pytest.raises(HalfWayError):
        service.start_cycle(NewCycle(FRIDAY, *pair, False), end_running_on=FRIDAY)
    monkeypatch.undo()
    active = service.active_cycle()
    assert active is not None and (active.id, active.status, active.ended_on) == (
        running,
        "active",
        None,
    )
    assert len(repos.practice.cycles()) == 1


def test_finishing_with_self_feedback_and_repeating_is_one_step(
    repos: Repositories, monkeypatch: pytest.MonkeyPatch
) -> None:
    service = PracticeService(repos)
    pair = (("lead.explain-why", "Explain the why"), ("manage.one-owner", "One owner"))
    first = service.start_cycle(NewCycle(MONDAY, *pair, working_days_only=True))
    end = MONDAY + dt.timedelta(days=13)
    then = NewCycle(end + dt.timedelta(days=1), *pair, working_days_only=True)

    def not_started(*_args: object, **_kwargs: object) -> int:
        raise HalfWayError

    monkeypatch.setattr(repos.practice, "start_cycle", not_started)
    with pytest.raises(HalfWayError):
        service.finish_cycle(first, end, [("start", "Write the why down")], then=then)
    monkeypatch.undo()
    assert repos.feedback.responses() == []  # no self-feedback without the rest
    assert service.active_cycle().id == first  # type: ignore[union-attr]

    second = service.finish_cycle(first, end, [("start", "Write the why down")], then=then)
    [response] = repos.feedback.responses()
    assert (response.source, [(i.kind, i.text) for i in response.items]) == (
        "self",
        [("start", "Write the why down")],
    )
    finished = repos.practice.cycle(first)
    assert finished is not None and (finished.status, finished.self_feedback_id) == (
        "finished",
        response.id,
    )
    assert service.active_cycle().id == second  # type: ignore[union-attr]


# --- Insights chart data --------------------------------------------------------------------


@pytest.fixture
def sample(repos: Repositories) -> Repositories:
    write_sample_journal(repos, FRIDAY)
    return repos


def test_chart_series_for_the_sample_journal(sample: Repositories) -> None:
    insights = Insights(sample)
    first, last = range_bounds("8w", FRIDAY)
    assert (first, last) == (dt.date(2026, 10, 5), dt.date(2026, 11, 23))

    reliability = insights.reliability(first, last)
    assert [row[0] for row in reliability.rows] == [
        dt.date(2026, 10, 12) + dt.timedelta(weeks=n) for n in range(7)
    ]
    for _week, percent, planned, done in reliability.rows:
        assert percent == pytest.approx(100 * done / planned)  # type: ignore[operator]
    assert reliability.csv().splitlines()[0] == ("Week,Delivery reliability (%),Planned,Done")

    health = insights.team_health(first, last)
    assert all(1 <= row[1] <= 5 for row in health.rows if row[1] is not None)  # type: ignore[operator]
    assert health.notes[0].startswith("16 Nov: ")  # newest sentence first

    adherence = insights.adherence(first, last, FRIDAY)
    assert [row[0] for row in adherence.rows] == ["19 Oct", "16 Nov"]
    assert adherence.rows[0][1:3] == (80.0, 100.0)

    meetings = insights.one_on_ones(first, last, dt.datetime(2026, 11, 27, 12))
    assert meetings.series == (
        "Aiko Tanaka",
        "Lena Fischer",
        "Marcus Oyelaran",
        "Priya Natarajan",
        "Tomás Reyes",
    )
    nov = dict(zip(meetings.series, meetings.rows[-1][1:], strict=True))
    assert nov["Tomás Reyes"] == 3  # held ones only: the one next week is not counted

    recognition = insights.recognition(first, last)
    assert recognition.rows[0] == ("Tomás Reyes", 0)  # the never-recognised come first
    assert recognition.notes == ["Not recognised in this period: Tomás Reyes"]

    balance_chart = insights.balance(first, last)
    assert [row[1] for row in balance_chart.rows] == [-2, -1, 1, 1, -2, 2, -1]
    assert balance_chart.y_title == "Lead (+) or manage (−)"


def test_all_time_range_starts_at_the_first_week(sample: Repositories) -> None:
    first, last = range_bounds("all", FRIDAY)
    assert first < dt.date(2000, 1, 1) and last == dt.date(2026, 11, 23)
    assert len(Insights(sample).reliability(first, last).rows) == 7


def test_headline_numbers_are_this_weeks_or_else_last_weeks(repos: Repositories) -> None:
    from leadjournal.services.weeks import WeekPlanner

    insights = Insights(repos)
    empty = insights.headline(FRIDAY)
    assert (empty.reliability, empty.health, empty.adherence) == (None, None, None)
    planner = WeekPlanner(repos)
    last_monday = FRIDAY - dt.timedelta(days=11)
    week = planner.start_week(last_monday)
    repos.weeks.update(week.id, outcome="Refunds in a day")
    tasks = [planner.add_task(week, f"Task {n}") for n in range(4)]
    planner.confirm_plan(planner.week(last_monday), dt.datetime(2026, 11, 16, 9))  # type: ignore[arg-type]
    planner.move_task(tasks[0], "done")
    repos.weeks.update(week.id, pulse_score=3)
    numbers = insights.headline(FRIDAY)  # nothing planned this week yet: last week's
    assert (numbers.reliability, numbers.planned, numbers.planned_done) == (0.25, 4, 1)
    assert (numbers.reliability_week, numbers.health, numbers.health_week) == (
        last_monday,
        3,
        last_monday,
    )
    cycle = repos.practice.start_cycle(FRIDAY - dt.timedelta(days=4), ("a", "A"), ("b", "B"))
    for day in range(4):
        repos.practice.set_tick(cycle, "lead", FRIDAY - dt.timedelta(days=4 - day), TickState.DONE)
    repos.practice.set_tick(cycle, "lead", FRIDAY, TickState.DONE)
    numbers = insights.headline(FRIDAY)
    assert numbers.cycle_active and numbers.lead_adherence == 1.0
    assert numbers.manage_adherence is not None and numbers.manage_adherence < 1.0
    assert numbers.adherence == (1.0 + numbers.manage_adherence) / 2


def practise_for(repos: Repositories, first_monday: dt.date, cycles: int) -> None:
    """Back-to-back two-week cycles, each done on its first ``n % 5 + 5`` days, the
    leading behaviour changing every quarter of a year."""
    for number in range(cycles):
        started = first_monday + dt.timedelta(weeks=2 * number)
        lead = ("explain_why", "Explain the why") if number % 6 < 3 else ("ask", "Ask first")
        cycle = repos.practice.start_cycle(started, lead, ("one_owner", "One owner"))
        for day in range(number % 5 + 5):
            on = started + dt.timedelta(days=day)
            repos.practice.set_tick(cycle, "lead", on, TickState.DONE)
            repos.practice.set_tick(cycle, "manage", on, TickState.DONE)
        repos.practice.finish_cycle(cycle, started + dt.timedelta(days=13))


def test_adherence_over_long_ranges_is_averaged_per_quarter_then_per_year(
    repos: Repositories,
) -> None:
    """Half a year of cycles keeps a bar pair per cycle; more is averaged per quarter,
    and beyond three years per year, so the bars stay wide enough to read."""
    insights = Insights(repos)
    practise_for(repos, dt.date(2025, 1, 6), 13)
    today = dt.date(2026, 11, 27)
    per_cycle = insights.adherence(EARLIEST, today, today)
    assert per_cycle.x_title == "Cycle" and len(per_cycle.rows) == 13
    assert per_cycle.rows[0][:3] == ("6 Jan", 35.7, 35.7)  # 5 of 14 days

    practise_for(repos, dt.date(2025, 1, 6) + dt.timedelta(weeks=26), 13)  # a whole year
    per_quarter = insights.adherence(EARLIEST, today, today)
    assert per_quarter.x_title == "Quarter"
    assert per_quarter.title == "Practice adherence per quarter, its cycles averaged"
    assert [row[0] for row in per_quarter.rows] == ["Q1 2025", "Q2 2025", "Q3 2025", "Q4 2025"]
    first_quarter = [5, 6, 7, 8, 9, 5, 6]  # days done in the seven cycles started Jan–Mar
    lead = per_quarter.rows[0][1]
    assert lead == pytest.approx(sum(first_quarter) / len(first_quarter) / 14 * 100, abs=0.05)
    assert per_quarter.rows[0][3] == "Explain the why; Ask first"  # each behaviour once

    practise_for(repos, dt.date(2027, 1, 4), 80)  # three years more: per year
    later = dt.date(2030, 1, 4)
    per_year = insights.adherence(EARLIEST, later, later)
    assert per_year.x_title == "Year"
    assert [row[0] for row in per_year.rows] == ["2025", "2027", "2028", "2029"]


def test_one_on_ones_over_years_are_counted_per_quarter_then_per_year(
    repos: Repositories,
) -> None:
    """Two years of months read month by month; longer is counted per quarter, and
    beyond three years per year (forty quarters would leave no room for a label)."""
    insights = Insights(repos)
    lena = repos.people.add("Lena Fischer")
    now = dt.datetime(2027, 12, 31, 18)

    def hold_monthly(year: int) -> None:
        for month in range(1, 13):
            when = dt.datetime(year, month, 10, 14)
            repos.coaching.add("one_on_one", person_id=lena.id, scheduled_at=when)

    hold_monthly(2023)
    hold_monthly(2024)
    per_month = insights.one_on_ones(EARLIEST, now.date(), now)
    assert per_month.x_title == "Month" and len(per_month.rows) == 24
    assert per_month.rows[0] == ("Jan 2023", 1)

    hold_monthly(2025)
    per_quarter = insights.one_on_ones(EARLIEST, now.date(), now)
    assert per_quarter.x_title == "Quarter"
    assert per_quarter.rows[0] == ("Q1 2023", 3) and len(per_quarter.rows) == 12

    hold_monthly(2026)
    per_year = insights.one_on_ones(EARLIEST, now.date(), now)
    assert per_year.title == "One-on-ones held per person per year"
    assert per_year.rows == [("2023", 12), ("2024", 12), ("2025", 12), ("2026", 12)]
