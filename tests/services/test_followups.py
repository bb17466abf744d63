"""Tuesday's follow-up as a service: blockers kept until resolved, dated next steps,
the Today panel's and the one-on-one's lines, and the exports (JSON and Markdown)."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

from leadjournal import clock
from leadjournal.db.engine import open_journal
from leadjournal.db.enums import BlockerNeed
from leadjournal.db.repositories import Repositories
from leadjournal.paths import JournalPaths
from leadjournal.services.blocker_views import agenda_lines, today_items
from leadjournal.services.blockers import due_from_words
from leadjournal.services.exports import person_markdown, week_markdown
from leadjournal.services.transfer import export_json, import_data
from leadjournal.services.weeks import WeekPlanner
from tests.test_scheduler import FakeClock

MONDAY = dt.date(2026, 11, 30)
TUESDAY = MONDAY + dt.timedelta(days=1)
VERSION_1 = Path(__file__).parent.parent / "fixtures" / "export-format-1.json"


def fresh(tmp_path: Path, name: str) -> Repositories:
    paths = JournalPaths(tmp_path / name)
    return Repositories(open_journal(paths.journal_file, paths.backups_dir))


def a_tuesday(repos: Repositories) -> dict[str, int]:
    """Jonas is blocked (a decision from Dana, on his task) and has a dated next step."""
    clock.use(FakeClock(dt.datetime.combine(TUESDAY, dt.time(10))))
    planner = WeekPlanner(repos)
    jonas = repos.people.add("Jonas").id
    dana = repos.people.add("Dana").id
    week = planner.start_week(MONDAY)
    task = planner.add_task(week, "Book interviews", owned_by_me=False, owner_person_id=jonas)
    blocker = planner.follow_ups.raise_blocker(
        week.id, jonas, "Budget for the agency", BlockerNeed.DECISION, "dana", task
    )
    planner.save_checkin(
        week.id, jonas, next_action="Send Dana the two quotes", next_action_due=TUESDAY
    )
    return {"jonas": jonas, "dana": dana, "week": week.id, "task": task, "blocker": blocker}


def test_a_blocker_is_a_record_kept_until_resolved(repos: Repositories) -> None:
    try:
        ids = a_tuesday(repos)
        [blocker] = repos.blockers.open(ids["jonas"])
        # "dana" typed in lower case still links to Dana on the team.
        assert (blocker.need, blocker.unblocker, blocker.unblocker_person_id) == (
            BlockerNeed.DECISION,
            "dana",
            ids["dana"],
        )
        assert (blocker.task_id, blocker.raised_on, blocker.resolved_on) == (
            ids["task"],
            TUESDAY,
            None,
        )
        # The Tracker's marker reads it for the week and later weeks, until resolved.
        next_week = WeekPlanner(repos).start_week(MONDAY + dt.timedelta(days=7))
        assert repos.weeks.blockers_in_week(next_week.id) == {ids["jonas"]: "Budget for the agency"}
        assert [
            line.text for line in agenda_lines(repos, ids["jonas"], MONDAY + dt.timedelta(days=8))
        ] == [
            "Blocked since Tue 1 Dec: Budget for the agency — a decision from dana"
            " — still in the way?",
            "Next step from the check-in (due Tue 1 Dec): Send Dana the two quotes"
            " — did it happen?",
        ]
        assert [item.text for item in today_items(repos, TUESDAY)] == [
            "Jonas: blocked since Tue 1 Dec — Budget for the agency — a decision from dana",
            "Jonas's next step is due today: Send Dana the two quotes",
        ]
        WeekPlanner(repos).follow_ups.resolve(ids["blocker"])
        assert repos.blockers.open(ids["jonas"]) == []
        assert repos.weeks.blockers_in_week(next_week.id) == {}
        assert [item.text for item in today_items(repos, TUESDAY)] == [
            "Jonas's next step is due today: Send Dana the two quotes"
        ]
        # Still listed in the week it was raised in, now as resolved; not in the next.
        [shown] = repos.blockers.shown_in_week(MONDAY)
        assert shown.resolved_on == TUESDAY
        assert repos.blockers.shown_in_week(next_week.week_start) == []
    finally:
        clock.use(None)


def test_blockers_and_next_steps_survive_export_and_import(
    repos: Repositories, tmp_path: Path
) -> None:
    try:
        ids = a_tuesday(repos)
        planner = WeekPlanner(repos)
        [checkin] = planner.week(MONDAY).checkins  # type: ignore[union-attr]
        planner.follow_ups.answer_next_action(checkin, False)
        planner.follow_ups.resolve(ids["blocker"])
        first = export_json(repos)
        document = json.loads(first)
        [row] = document["tables"]["blocker"]
        assert (row["what"], row["need"], row["unblocker"], row["resolved_on"]) == (
            "Budget for the agency",
            "decision",
            "dana",
            "2026-12-01",
        )
        [line] = document["tables"]["checkin"]
        assert (line["next_action_due"], line["next_action_happened"]) == ("2026-12-01", False)
        other = fresh(tmp_path, "other")
        import_data(other, first.encode())
        assert export_json(other) == first
        [blocker] = other.blockers.all()
        assert (blocker.task_id, blocker.unblocker_person_id) == (ids["task"], ids["dana"])
    finally:
        clock.use(None)


def test_a_version_1_file_brings_its_blockers_and_dates(repos: Repositories) -> None:
    old = json.loads(VERSION_1.read_text(encoding="utf-8"))
    written = [c for c in old["tables"]["checkin"] if c["blocked"]]
    import_data(repos, VERSION_1.read_bytes())
    blockers = repos.blockers.all()
    assert sorted(b.what for b in blockers) == sorted(c["blocked"] for c in written)
    assert all(b.need == BlockerNeed.UNKNOWN for b in blockers)
    lines = [c for w in repos.weeks.all_loaded() for c in w.checkins]
    assert all(c.blocked == "" for c in lines)
    # "Wednesday" in the sample became the Wednesday of its week.
    [asked] = [c for c in lines if c.next_action == "Ask billing for a named contact"]
    week = next(w for w in repos.weeks.all_loaded() if w.id == asked.week_id)
    assert asked.next_action_due == week.week_start + dt.timedelta(days=2)
    assert asked.next_action_when == ""


def test_the_markdown_of_the_week_and_the_person_carry_them(repos: Repositories) -> None:
    try:
        ids = a_tuesday(repos)
        text = week_markdown(repos, MONDAY)
        assert "- **Jonas** — next action: Send Dana the two quotes by 2026-12-01" in text
        assert "## Blockers" in text
        assert (
            "- **Jonas** — Budget for the agency (needs a decision; who can unblock it: dana; "
            "raised 2026-12-01; still open)"
        ) in text
        person = repos.people.get(ids["jonas"])
        assert person is not None
        about = person_markdown(repos, person)
        assert "## Blockers and next steps" in about
        assert (
            "- blocker: Budget for the agency (needs a decision; who can unblock it: dana; "
            "raised 2026-12-01; still open)"
        ) in about
        assert "- week of 2026-11-30, next action: Send Dana the two quotes by 2026-12-01" in about
    finally:
        clock.use(None)


def test_old_by_when_words_are_read_as_dates_where_they_can_be() -> None:
    week = dt.date(2026, 11, 23)  # Monday; its Tuesday is the 24th
    assert due_from_words("Thursday", week) == (dt.date(2026, 11, 26), True)
    assert due_from_words("by Thu", week) == (dt.date(2026, 11, 26), True)
    assert due_from_words("tomorrow", week) == (dt.date(2026, 11, 25), True)
    assert due_from_words("Monday", week) == (dt.date(2026, 11, 30), True)  # the next one
    assert due_from_words("2026-12-03", week) == (dt.date(2026, 12, 3), True)
    assert due_from_words("3 Dec", week) == (dt.date(2026, 12, 3), True)
    assert due_from_words("Do", week) == (dt.date(2026, 11, 26), True)
    assert due_from_words("end of week", week) == (dt.date(2026, 11, 27), True)
    assert due_from_words("Fri 3pm", week) == (dt.date(2026, 11, 27), False)  # words kept
    assert due_from_words("do it when legal answers", week) == (None, False)
    assert due_from_words("", week) == (None, False)


def test_a_blocker_raised_again_is_one_line_in_today(repos: Repositories) -> None:
    amara = repos.people.add("Amara Okafor").id
    first_week = repos.weeks.create(MONDAY - dt.timedelta(days=7))
    this_week = repos.weeks.create(MONDAY)
    for week_id, raised, words in (
        (first_week, TUESDAY - dt.timedelta(days=7), "Refunds over 300 wait for billing"),
        (this_week, TUESDAY, "Refunds over 300 still wait two days for billing"),
    ):
        repos.blockers.add(week_id, person_id=amara, what=words, raised_on=raised)
    assert [item.text for item in today_items(repos, TUESDAY)] == [
        "Amara Okafor: blocked since Tue 24 Nov — Refunds over 300 still wait two days for"
        " billing (and 1 more)"
    ]
