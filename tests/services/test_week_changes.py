"""Change control through the week: the trade-off of a task added to a confirmed plan
(one transaction), the work-in-progress limit, the buffer in hours, deep-work blocks
that protect a task, slip causes; and how they travel (JSON, Markdown, Insights)."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest

from leadjournal.db.engine import open_journal
from leadjournal.db.enums import ChangeMove, SlipCategory
from leadjournal.db.models import WeekPlan
from leadjournal.db.repositories import Repositories
from leadjournal.errors import JournalError
from leadjournal.paths import JournalPaths
from leadjournal.services.exports import person_markdown, week_markdown
from leadjournal.services.insights import Insights
from leadjournal.services.settings import JournalSettings, imported_setting
from leadjournal.services.transfer import export_json, import_data
from leadjournal.services.week_changes import changes_this_week, hours_available, wip_overflow
from leadjournal.services.weeks import WeekPlanner
from tests.lookup import stored_week

MONDAY = dt.date(2026, 11, 30)
WEDNESDAY = dt.datetime(2026, 12, 2, 14, 0)


def confirmed_week(repos: Repositories) -> tuple[WeekPlanner, WeekPlan]:
    """A week with two tasks, Priya's and the user's, its plan confirmed."""
    planner = WeekPlanner(repos)
    week = planner.start_week(MONDAY)
    planner.update_week(week.id, outcome="Onboarding ready")
    priya = repos.people.add("Priya Nair").id
    planner.add_task(week, "Tidy the inbox rules", owned_by_me=False, owner_person_id=priya)
    planner.add_task(week, "Escalation handbook", effort_hours=6)
    planner.confirm_plan(stored_week(planner, MONDAY), dt.datetime(2026, 11, 30, 9))
    return planner, stored_week(planner, MONDAY)


def test_a_task_added_later_moves_another_to_next_week_and_is_logged(
    repos: Repositories,
) -> None:
    planner, week = confirmed_week(repos)
    handbook = week.tasks[1]
    new_id = planner.changes.add_task_with_trade_off(
        week,
        "Outage report",
        priority_id=None,
        moved_task_id=handbook.id,
        moved_to=ChangeMove.NEXT_WEEK,
        why="The customer escalated",
        now=WEDNESDAY,
    )
    week = stored_week(planner, MONDAY)
    added = next(t for t in week.tasks if t.id == new_id)
    moved = next(t for t in week.tasks if t.id == handbook.id)
    assert not added.planned  # counted as added later
    assert (moved.slip_decision, moved.slip_category) == ("carry_over", "scope_change")
    assert "The customer escalated" in moved.slip_reason
    assert changes_this_week(week) == [
        "Added “Outage report” on 2 Dec: “Escalation handbook” moved to next week — "
        "The customer escalated"
    ]
    # Next Monday, the moved task is there.
    next_week = planner.start_week(MONDAY + dt.timedelta(days=7))
    assert [t.title for t in next_week.tasks] == ["Escalation handbook"]


def test_dropping_or_moving_nothing_is_logged_too(repos: Repositories) -> None:
    planner, week = confirmed_week(repos)
    planner.changes.add_task_with_trade_off(
        week,
        "Call the customer",
        priority_id=None,
        moved_task_id=None,
        moved_to=ChangeMove.NOTHING,
        why="The buffer covers it",
        now=WEDNESDAY,
    )
    planner.changes.add_task_with_trade_off(
        stored_week(planner, MONDAY),
        "Audit prep",
        priority_id=None,
        moved_task_id=week.tasks[0].id,
        moved_to=ChangeMove.DROPPED,
        why="The auditors come first",
        now=WEDNESDAY,
    )
    week = stored_week(planner, MONDAY)
    assert changes_this_week(week) == [
        "Added “Call the customer” on 2 Dec: nothing moved — The buffer covers it",
        "Added “Audit prep” on 2 Dec: “Tidy the inbox rules” dropped — The auditors come first",
    ]
    assert week.tasks[0].slip_decision == "drop"


def test_a_trade_off_without_why_or_failing_half_way_leaves_nothing(
    repos: Repositories, monkeypatch: pytest.MonkeyPatch
) -> None:
    planner, week = confirmed_week(repos)
    with pytest.raises(JournalError, match="Say why"):
        planner.changes.add_task_with_trade_off(
            week,
            "Outage report",
            priority_id=None,
            moved_task_id=week.tasks[1].id,
            moved_to=ChangeMove.NEXT_WEEK,
            why="  ",
            now=WEDNESDAY,
        )

    def broken(*_args: object, **_kwargs: object) -> int:
        raise RuntimeError("disk full")

    monkeypatch.setattr(repos.week_changes, "add", broken)
    with pytest.raises(RuntimeError):
        planner.changes.add_task_with_trade_off(
            week,
            "Outage report",
            priority_id=None,
            moved_task_id=week.tasks[1].id,
            moved_to=ChangeMove.NEXT_WEEK,
            why="Escalated",
            now=WEDNESDAY,
        )
    after = stored_week(planner, MONDAY)
    assert [t.title for t in after.tasks] == ["Tidy the inbox rules", "Escalation handbook"]
    assert [t.slip_decision for t in after.tasks] == ["", ""]
    assert after.changes == []


def test_work_in_progress_limit_is_off_until_set_and_names_the_person(
    repos: Repositories,
) -> None:
    planner, week = confirmed_week(repos)
    settings = JournalSettings.of(repos)
    assert settings.wip_limit is None
    priya = week.tasks[0].owner_person_id
    assert priya is not None
    extra = [
        planner.add_task(week, f"Ticket {n}", owned_by_me=False, owner_person_id=priya)
        for n in range(3)
    ]
    for task_id in extra[:2]:
        planner.move_task(task_id, "in_progress")
    week = stored_week(planner, MONDAY)
    people = planner.names()
    assert planner.changes.check_wip(week, extra[2], "in_progress", people) is None
    settings.wip_limit = 2
    over = planner.changes.check_wip(week, extra[2], "in_progress", people)
    assert over is not None and (over.owner_name, over.in_progress, over.limit) == (
        "Priya Nair",
        2,
        2,
    )
    # The user's own task is theirs to count; Done is never limited.
    handbook = week.tasks[1].id
    assert wip_overflow(week, handbook, "in_progress", 2, people) is None
    assert wip_overflow(week, extra[2], "done", 2, people) is None
    # A hand-edited setting of the wrong shape reads as off, and is not imported.
    repos.settings.set("wip_limit", "two")
    assert settings.wip_limit is None
    assert imported_setting("wip_limit", "two", None)[0] is None
    assert imported_setting("wip_limit", 3, None) == (3, None)


def test_the_buffer_counts_against_the_hours_available(repos: Repositories) -> None:
    planner, week = confirmed_week(repos)
    assert hours_available(week) is None  # no team hours yet
    planner.update_week(week.id, capacity_hours=40)
    planner.changes.set_buffer_hours(week.id, 6)
    assert hours_available(stored_week(planner, MONDAY)) == 34


def moved_and_categorised(tmp_path: Path) -> tuple[Repositories, WeekPlanner]:
    paths = JournalPaths(tmp_path / "source")
    repos = Repositories(open_journal(paths.journal_file, paths.backups_dir))
    planner, week = confirmed_week(repos)
    planner.update_week(week.id, capacity_hours=40, buffer_note="Support")
    planner.changes.set_buffer_hours(week.id, 6)
    planner.changes.protect_task(week, 1, (3, 9 * 60, 11 * 60), week.tasks[1].id)
    planner.changes.add_task_with_trade_off(
        week,
        "Outage report",
        priority_id=None,
        moved_task_id=week.tasks[1].id,
        moved_to=ChangeMove.NEXT_WEEK,
        why="The customer escalated",
        now=WEDNESDAY,
    )
    planner.update_task(week.tasks[0].id, slip_reason="Waited on IT for access")
    planner.changes.set_slip_category(week.tasks[0].id, SlipCategory.DEPENDENCY)
    return repos, planner


def test_change_control_travels_through_json_export_and_import(tmp_path: Path) -> None:
    source, _planner = moved_and_categorised(tmp_path)
    exported = export_json(source)
    tables = json.loads(exported)["tables"]
    [change] = tables["week_change"]
    assert (change["added_title"], change["moved_to"], change["why"]) == (
        "Outage report",
        "next_week",
        "The customer escalated",
    )
    paths = JournalPaths(tmp_path / "target")
    target = Repositories(open_journal(paths.journal_file, paths.backups_dir))
    import_data(target, exported.encode())
    week = target.weeks.get(MONDAY)
    assert week is not None
    assert week.buffer_hours == 6 and week.buffer_note == "Support"
    assert [t.slip_category for t in week.tasks][:2] == ["dependency", "scope_change"]
    # Block 1 (the second) protects the handbook; block 0 was saved before it.
    assert [b.task_id for b in week.deep_work_blocks] == [None, week.tasks[1].id]
    assert changes_this_week(week) == changes_this_week(
        source.weeks.get(MONDAY)  # type: ignore[arg-type]
    )
    assert export_json(target) == exported


def test_the_weeks_markdown_has_the_buffer_changes_and_slip_causes(tmp_path: Path) -> None:
    repos, _planner = moved_and_categorised(tmp_path)
    text = week_markdown(repos, MONDAY)
    assert "**Buffer:** 6 h — Support" in text
    assert "**Deep work:** Thu 09:00–11:00 protects “Escalation handbook”" in text
    assert (
        "## Changes this week\n\n- Added “Outage report” on 2 Dec: “Escalation handbook” "
        "moved to next week — The customer escalated"
    ) in text
    assert "- Tidy the inbox rules (Priya Nair): Dependency: Waited on IT for access" in text
    assert "- Escalation handbook (Me): Scope change: Made room for “Outage report”" in text
    # Priya's own Markdown names her slipped task, why, and the kind of reason.
    priya = repos.people.find_by_name("Priya Nair")
    assert priya is not None
    assert (
        "## Tasks that slipped\n\n- Week of 30 Nov: Tidy the inbox rules — Dependency: "
        "Waited on IT for access"
    ) in person_markdown(repos, priya)


def test_insights_count_slip_causes_per_week_with_those_without_a_cause(
    tmp_path: Path,
) -> None:
    repos, _planner = moved_and_categorised(tmp_path)
    first = MONDAY - dt.timedelta(weeks=8)
    # On Friday the week still runs: only the tasks given a cause count so far.
    data = Insights(repos).slip_causes(first, MONDAY, MONDAY + dt.timedelta(days=4))
    assert data.series[0] == "Estimate" and data.series[-1] == "No cause given"
    # A bar per week of the range (from the journal's first week), labelled by its Monday:
    # estimate, dependency, absence, scope change, priority change, other, no cause given
    assert data.rows == [("30 Nov", 0, 1, 0, 1, 0, 0, 0)]
    assert data.csv().splitlines()[0] == (
        "Week starting,Estimate,Dependency,Absence,Scope change,Priority change,Other,"
        "No cause given"
    )
    # Once the week is over, the task left undone without a cause counts too.
    later = Insights(repos).slip_causes(
        first, MONDAY + dt.timedelta(weeks=1), MONDAY + dt.timedelta(days=8)
    )
    assert later.rows == [("30 Nov", 0, 1, 0, 1, 0, 0, 1), ("7 Dec", 0, 0, 0, 0, 0, 0, 0)]


def test_slip_causes_over_a_long_range_go_by_the_month_of_each_weeks_thursday() -> None:
    from leadjournal.services.insights import slip_causes_chart

    rows = [
        (dt.date(2026, 11, 30), "estimate"),  # its Thursday is 3 December
        (dt.date(2026, 11, 23), ""),
        (dt.date(2026, 8, 31), "absence"),  # its Thursday is 3 September
    ]
    data = slip_causes_chart(rows, dt.date(2025, 12, 1), dt.date(2026, 11, 30))
    assert data.x_title == "Month"
    assert data.rows == [
        ("Sep 2026", 0, 0, 1, 0, 0, 0, 0),
        ("Nov 2026", 0, 0, 0, 0, 0, 0, 1),
        ("Dec 2026", 1, 0, 0, 0, 0, 0, 0),
    ]


def test_a_version_1_file_gives_its_buffer_hours_and_keeps_the_words(
    repos: Repositories,
) -> None:
    version_1 = Path(__file__).parent.parent / "fixtures" / "export-format-1.json"
    old = json.loads(version_1.read_text(encoding="utf-8"))["tables"]["week_plan"]
    import_data(repos, version_1.read_bytes())
    weeks = {w.week_start: w for w in repos.weeks.all_loaded()}
    found = {
        (weeks[dt.date.fromisoformat(w["week_start"])].buffer_hours, w["buffer_note"])
        for w in old
        if w["buffer_note"]
    }
    assert (2.0, "Thursday 14:00–16:00 free for billing questions that need me.") in found
    assert (4.0, "Friday morning free: Priya is at the dentist.") in found
    assert (1.0, "Keep Tuesday 15:00–16:00 open for the chat rota changes.") in found
    # Not a word lost: the notes are as they were.
    assert [weeks[dt.date.fromisoformat(w["week_start"])].buffer_note for w in old] == [
        w["buffer_note"] for w in old
    ]
    assert all(w.changes == [] for w in weeks.values())


def test_a_task_moved_to_make_room_is_not_counted_against_the_team(repos: Repositories) -> None:
    from leadjournal.services.coaching import OneOnOnePreparation

    planner, week = confirmed_week(repos)
    inbox = week.tasks[0]  # Priya's
    planner.changes.add_task_with_trade_off(
        week,
        "Audit prep",
        priority_id=None,
        moved_task_id=inbox.id,
        moved_to=ChangeMove.NEXT_WEEK,
        why="The auditors come first",
        now=WEDNESDAY,
    )
    [counts] = repos.weeks.counts_between(MONDAY, MONDAY)
    # Planned: the handbook only (the inbox rules left the plan on purpose); added: one.
    assert (counts.planned, counts.added_later) == (1, 1)
    assert inbox.owner_person_id is not None
    lines = OneOnOnePreparation(repos).agenda_for(
        inbox.owner_person_id, MONDAY + dt.timedelta(days=7)
    )
    texts = [line.text for line in lines if line.source == "slipped"]
    assert texts == ["Moved to make room (week of 30 Nov): Tidy the inbox rules"]
