"""The playbook: scenario templates write structured records in one transaction, and a
rollout is ticked off over the weeks; search, the JSON round trip and the Markdown."""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterator
from pathlib import Path

import pytest

from leadjournal import clock
from leadjournal.db.engine import open_journal
from leadjournal.db.repositories import Repositories
from leadjournal.paths import JournalPaths
from leadjournal.services.exports import journal_markdown, week_markdown
from leadjournal.services.playbook import (
    Department,
    MoraleReset,
    PlaybookError,
    PlaybookService,
    ScopeReset,
    rollouts_between,
)
from leadjournal.services.playbook_text import (
    DIFFERENCE_KEYS,
    DIFFERENCES,
    PHRASINGS,
    difference_for,
)
from leadjournal.services.search import search
from leadjournal.services.settings import JournalSettings
from leadjournal.services.transfer import export_json, import_data
from tests.test_scheduler import FakeClock

MONDAY = dt.date(2026, 11, 30)
NEXT_MONDAY = MONDAY + dt.timedelta(days=7)


@pytest.fixture
def playbook(repos: Repositories) -> Iterator[PlaybookService]:
    clock.use(FakeClock(dt.datetime.combine(MONDAY, dt.time(9))))
    try:
        yield PlaybookService(repos)
    finally:
        clock.use(None)


def planned_week(playbook: PlaybookService, *titles: str) -> list[int]:
    week = playbook.planner.start_week(MONDAY)
    return [playbook.repos.weeks.add_priority(week.id, t, n) for n, t in enumerate(titles)]


def test_the_reference_has_ten_differences_and_every_signal_points_to_one() -> None:
    assert len(DIFFERENCES) == 10 and len(set(DIFFERENCE_KEYS)) == 10
    assert difference_for({"confused": False, "low_energy": True}) == "energy"
    assert difference_for({"firefighting": True}) == "horizon"
    assert difference_for({}) == DIFFERENCES[0].key
    assert set(PHRASINGS) == {"recognition", "delegation", "saying_no", "hard_conversation"}


def test_scope_reset_keeps_must_haves_parks_the_rest_and_logs_the_change_day(
    playbook: PlaybookService, repos: Repositories
) -> None:
    release, report, cleanup = planned_week(playbook, "Release 2.1", "Quarterly report", "Tidy")
    week = playbook.planner.week(MONDAY)
    assert week is not None
    task = repos.weeks.add_task(week.id, title="Draft the report", priority_id=report)
    reset = ScopeReset(
        keep_priority_ids=[release],
        new_must_haves=["Fix the login outage"],
        parked=["New dashboard idea", "  "],
        change_day=2,
    )
    week = playbook.apply_scope_reset(MONDAY, reset)
    assert [p.title for p in week.priorities] == ["Release 2.1", "Fix the login outage"]
    assert [(s.title, s.tasks_went) for s in week.set_asides] == [
        ("Quarterly report", "carried"),
        ("Tidy", "none"),
        ("New dashboard idea", "none"),
    ]
    moved = repos.weeks.get_task(task)
    assert moved is not None and (moved.priority_id, moved.slip_decision) == (None, "carry_over")
    assert [d.decision for d in week.decisions] == [
        "New requests wait for Wednesday: then we weigh them against the must-haves."
    ]
    assert "Release 2.1; Fix the login outage" in week.decisions[0].reason
    assert [(t.with_whom, t.met_on) for t in week.touchpoints] == [
        ("Everyone asking for changes", MONDAY + dt.timedelta(days=2))
    ]
    assert cleanup not in [p.id for p in week.priorities]
    # The week's Markdown lists what was parked, without a replacement it never had.
    document = week_markdown(repos, MONDAY)
    assert "- New dashboard idea — set aside 30 Nov: Parked in a scope reset" in document
    assert "for “”" not in document


def test_scope_reset_that_breaks_a_rule_changes_nothing(
    playbook: PlaybookService, repos: Repositories
) -> None:
    ids = planned_week(playbook, "A", "B", "C")
    with pytest.raises(PlaybookError, match="at most three"):
        playbook.apply_scope_reset(MONDAY, ScopeReset(ids, new_must_haves=["D"], parked=["E"]))
    week = playbook.planner.week(MONDAY)
    assert week is not None
    assert [p.title for p in week.priorities] == ["A", "B", "C"]
    assert (week.set_asides, week.decisions, week.touchpoints) == ([], [], [])


def test_morale_reset_turns_on_the_wip_limit_and_writes_targets_and_a_standup(
    playbook: PlaybookService, repos: Repositories
) -> None:
    assert JournalSettings.of(repos).wip_limit is None
    reset = MoraleReset(wip_limit=2, standup_time=dt.time(9, 30), targets=["Close 5 tickets", ""])
    week = playbook.apply_morale_reset(MONDAY, reset)
    assert JournalSettings.of(repos).wip_limit == 2
    assert [(p.title, [c.text for c in p.criteria]) for p in week.priorities] == [
        ("Small wins this week", ["Close 5 tickets"])
    ]
    assert week.touchpoints[0].with_whom == "The team: daily stand-up"
    assert "at 09:30" in week.touchpoints[0].expectation
    # Targets can go under a priority the week has.
    playbook.apply_morale_reset(
        MONDAY, MoraleReset(targets=["Demo on Friday"], targets_under=week.priorities[0].id)
    )
    again = playbook.planner.week(MONDAY)
    assert again is not None
    assert [c.text for c in again.priorities[0].criteria] == ["Close 5 tickets", "Demo on Friday"]


def start(playbook: PlaybookService) -> int:
    return playbook.start_rollout(
        MONDAY,
        "New ticketing tool",
        "One queue for every request",
        [Department("Support", "Lena"), Department("Sales", "Omar"), Department(" ", "x")],
    )


def test_a_rollout_is_tracked_over_weeks_until_its_last_step(playbook: PlaybookService) -> None:
    rollout_id = start(playbook)
    (shown,) = playbook.rollouts_for_week(MONDAY)
    assert shown.id == rollout_id and (shown.done, shown.total) == (0, 9)
    assert [s.kind for s in shown.steps] == [
        "owner", "owner", "training", "training", "pilot", "metrics", "feedback", "launch",
        "launch",
    ]  # fmt: skip
    assert shown.steps[0].what == "Lena owns the rollout in Support"
    for step in shown.steps[:4]:
        playbook.tick_step(step.id, MONDAY, True)
    playbook.save_feedback(rollout_id, MONDAY, "Sales wants a shorter form")
    (next_week,) = playbook.rollouts_for_week(NEXT_MONDAY)
    assert (next_week.done, next_week.week_number(NEXT_MONDAY)) == (4, 2)
    assert next_week.heard == {}
    for step in next_week.steps[4:]:
        progress = playbook.tick_step(step.id, NEXT_MONDAY, True)
    assert progress.finished_week == NEXT_MONDAY
    assert playbook.rollouts_for_week(NEXT_MONDAY + dt.timedelta(days=7)) == []
    # Unticking opens it again.
    progress = playbook.tick_step(next_week.steps[-1].id, NEXT_MONDAY, False)
    assert progress.finished_week is None
    quarter = rollouts_between(playbook.repos, MONDAY, MONDAY + dt.timedelta(days=90))
    assert [(r.title, r.done, len(r.done_in_range)) for r in quarter] == [
        ("New ticketing tool", 8, 8)
    ]
    assert quarter[0].heard == {MONDAY: "Sales wants a shorter form"}


def test_a_rollout_needs_a_name_and_a_department(playbook: PlaybookService) -> None:
    with pytest.raises(PlaybookError, match="department"):
        playbook.start_rollout(MONDAY, "Tool", "", [Department("", "Lena")])
    with pytest.raises(PlaybookError, match="name"):
        playbook.start_rollout(MONDAY, " ", "", [Department("Support", "")])
    assert playbook.all_rollouts() == []


def test_rollouts_are_found_by_search_and_open_on_thursday(playbook: PlaybookService) -> None:
    rollout_id = start(playbook)
    playbook.save_feedback(rollout_id, MONDAY, "Omar found the form confusing")
    kinds = {hit.kind: hit.link for hit in search(playbook.repos, "ticketing")}
    assert kinds == {"rollout": "leadjournal:weekly-plan?week=2026-11-30&step=5"}
    assert [h.kind for h in search(playbook.repos, "confusing")] == ["rollout_feedback"]
    assert "rollout_step" in {h.kind for h in search(playbook.repos, "Lena")}


def test_rollouts_travel_through_the_json_round_trip(
    playbook: PlaybookService, tmp_path: Path
) -> None:
    rollout_id = start(playbook)
    (shown,) = playbook.rollouts_for_week(MONDAY)
    playbook.tick_step(shown.steps[0].id, MONDAY, True)
    playbook.save_feedback(rollout_id, MONDAY, "All good so far")
    exported = export_json(playbook.repos)
    tables = json.loads(exported)["tables"]
    assert len(tables["rollout_step"]) == 9 and len(tables["rollout_feedback"]) == 1
    paths = JournalPaths(tmp_path / "other")
    other = Repositories(open_journal(paths.journal_file, paths.backups_dir))
    import_data(other, exported.encode())
    (copied,) = PlaybookService(other).rollouts_for_week(MONDAY)
    assert (copied.title, copied.done, copied.heard) == (
        "New ticketing tool",
        1,
        {MONDAY: "All good so far"},
    )
    assert [h.kind for h in search(other, "ticketing")] == ["rollout"]
    assert export_json(other) == exported


def test_the_weeks_and_the_journals_markdown_show_the_rollout(playbook: PlaybookService) -> None:
    rollout_id = start(playbook)
    (shown,) = playbook.rollouts_for_week(MONDAY)
    playbook.tick_step(shown.steps[0].id, MONDAY, True)
    playbook.save_feedback(rollout_id, MONDAY, "Support is keen")
    week = week_markdown(playbook.repos, MONDAY)
    section = week[week.index("## Rollouts") :]
    assert "**New ticketing tool** — week 1, 1 of 9 done" in section
    assert "- [x] Lena owns the rollout in Support" in section
    assert "- [ ] Sales trained" in section
    assert "Heard this week: Support is keen" in section
    playbook.planner.start_week(NEXT_MONDAY)
    assert "week 2, 1 of 9 done" in week_markdown(playbook.repos, NEXT_MONDAY)
    whole = journal_markdown(playbook.repos)
    assert "### New ticketing tool" in whole
    assert "- [x] Lena owns the rollout in Support (week of 2026-11-30)" in whole
    assert "- Heard in the week of 2026-11-30: Support is keen" in whole


def test_an_older_journal_gains_the_rollout_tables_and_can_go_back(
    journal_paths: JournalPaths,
) -> None:
    """A 0010 journal opens with empty, searchable rollout tables; going back to 0010
    removes them and their search entries."""
    import shutil
    import sqlite3

    from alembic import command
    from sqlalchemy import create_engine

    from leadjournal.db.migrations.runner import alembic_config

    journal_paths.data_dir.mkdir(mode=0o700)
    fixture = Path(__file__).parent.parent / "fixtures" / "journal-0010_week_structure.sqlite"
    shutil.copy(fixture, journal_paths.journal_file)
    engine = open_journal(journal_paths.journal_file, journal_paths.backups_dir)
    repos = Repositories(engine)
    clock.use(FakeClock(dt.datetime.combine(MONDAY, dt.time(9))))
    try:
        start(PlaybookService(repos))
    finally:
        clock.use(None)
    assert [h.kind for h in search(repos, "ticketing")] == ["rollout"]
    engine.dispose()
    engine = create_engine(f"sqlite:///{journal_paths.journal_file}")
    config = alembic_config()
    with engine.begin() as connection:
        config.attributes["connection"] = connection
        command.downgrade(config, "0010_week_structure")
    engine.dispose()
    with sqlite3.connect(journal_paths.journal_file) as back:
        tables = {row[0] for row in back.execute("SELECT name FROM sqlite_master")}
        assert not {"rollout", "rollout_step", "rollout_feedback"} & tables
        assert not any(name.startswith("search_rollout") for name in tables)
        assert back.execute(
            "SELECT count(*) FROM search_index WHERE kind LIKE 'rollout%'"
        ).fetchone() == (0,)
