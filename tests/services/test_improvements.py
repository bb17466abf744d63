"""Wednesday's improvements: they last until in place or dropped, checklists in place
become a priority's "Done when", Wednesday needs both halves, and everything travels in
the exports."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest

from leadjournal.db.engine import open_journal
from leadjournal.db.enums import CriterionKind, ImprovementKind, ImprovementStatus
from leadjournal.db.repositories import Repositories
from leadjournal.services.exports import journal_markdown, week_markdown
from leadjournal.services.improvements import (
    ImprovementError,
    Improvements,
    create_improvement_from_blocker,
    items_of,
)
from leadjournal.services.today import step_done
from leadjournal.services.transfer import export_data, import_data
from leadjournal.services.weekly_loop import Step
from leadjournal.services.weeks import WeekPlanner

WEEK = dt.date(2026, 11, 30)
NEXT = WEEK + dt.timedelta(days=7)
LATER = NEXT + dt.timedelta(days=7)
ITEMS = "1. Numbers match the source\n- Spelling checked\n\nOwner named on every action\n"
VERSION_1 = Path(__file__).parent.parent / "fixtures" / "export-format-1.json"


def _weeks(repos: Repositories) -> WeekPlanner:
    planner = WeekPlanner(repos)
    for start in (WEEK, NEXT, LATER):
        planner.start_week(start)
    return planner


def test_items_are_read_in_order_with_their_bullets_taken_off() -> None:
    assert items_of(ITEMS) == [
        "Numbers match the source",
        "Spelling checked",
        "Owner named on every action",
    ]


def test_an_improvement_carries_until_it_is_in_place_or_dropped(repos: Repositories) -> None:
    _weeks(repos)
    improvements = Improvements(repos)
    kept = improvements.add(WEEK, ImprovementKind.CHECKLIST, " Pre-review checklist ", "", ITEMS)
    dropped = improvements.add(WEEK, ImprovementKind.TEMPLATE, "Report template")
    assert [i.title for i in improvements.shown_in_week(WEEK)] == [
        "Pre-review checklist",
        "Report template",
    ]
    assert improvements.shown_in_week(WEEK - dt.timedelta(days=7)) == []  # not before it began

    improvements.set_status(dropped, ImprovementStatus.DROPPED, NEXT)
    improvements.set_status(kept, ImprovementStatus.TRYING, NEXT)
    # The week it was dropped still shows it; the week after does not.
    assert [i.title for i in improvements.shown_in_week(NEXT)] == [
        "Pre-review checklist",
        "Report template",
    ]
    assert [i.title for i in improvements.shown_in_week(LATER)] == ["Pre-review checklist"]

    improvements.set_status(kept, ImprovementStatus.DONE, LATER)
    placed = improvements.get(kept)
    assert placed is not None
    assert (placed.status, placed.started_week, placed.closed_week) == ("done", WEEK, LATER)
    assert [i.title for i in improvements.library()] == ["Pre-review checklist"]
    assert [i.title for i in improvements.reusable()] == ["Pre-review checklist"]
    # Taken back out of place: open again, no closing week.
    improvements.set_status(kept, ImprovementStatus.TRYING, LATER)
    reopened = improvements.get(kept)
    assert reopened is not None and reopened.closed_week is None
    assert improvements.library() == []


def test_an_improvement_needs_words(repos: Repositories) -> None:
    _weeks(repos)
    with pytest.raises(ImprovementError, match="what the improvement is"):
        Improvements(repos).add(WEEK, ImprovementKind.CHECKLIST, "   ")
    assert Improvements(repos).shown_in_week(WEEK) == []


def test_wednesday_is_done_only_with_coaching_and_an_improvement(repos: Repositories) -> None:
    planner = _weeks(repos)
    person = repos.people.add("Jonas Weber")
    week = planner.week(WEEK)
    assert week is not None
    repos.coaching.add("coaching", person_id=person.id, held_on=WEEK + dt.timedelta(days=2))
    assert not step_done(repos, planner.week(WEEK), Step.IMPROVE)  # coaching alone
    improvement = planner.improvements.add(WEEK, ImprovementKind.HANDOFF, "Shift handover")
    assert step_done(repos, planner.week(WEEK), Step.IMPROVE)
    progress = planner.improvements.progress(week)
    assert (progress.coached, progress.improved, progress.done) == (1, True, True)

    # Next week an idea that is only carried is not work on it; trying it is.
    next_week = planner.week(NEXT)
    assert next_week is not None
    repos.coaching.add("coaching", person_id=person.id, held_on=NEXT)
    assert not step_done(repos, next_week, Step.IMPROVE)
    planner.improvements.set_status(improvement, ImprovementStatus.TRYING, NEXT)
    assert step_done(repos, next_week, Step.IMPROVE)
    # An improvement without coaching is half of it.
    later = planner.week(LATER)
    assert later is not None
    planner.improvements.set_status(improvement, ImprovementStatus.DONE, LATER)
    progress = planner.improvements.progress(later)
    assert (progress.coached, progress.improved, progress.done) == (0, True, False)
    assert not step_done(repos, later, Step.IMPROVE)


def test_a_checklist_in_place_becomes_done_when_in_one_action(repos: Repositories) -> None:
    planner = _weeks(repos)
    week = planner.week(WEEK)
    assert week is not None
    priority = repos.weeks.add_priority(week.id, "Quarterly report", 0)
    planner.add_criterion(priority, "Sent to the board", 0)
    checklist = planner.improvements.add(WEEK, ImprovementKind.CHECKLIST, "Pre-review", "", ITEMS)
    with pytest.raises(ImprovementError, match="in place"):
        planner.improvements.apply_to_priority(checklist, priority)  # still an idea
    planner.improvements.set_status(checklist, ImprovementStatus.DONE, WEEK)

    assert planner.improvements.apply_to_priority(checklist, priority) == 3
    week = planner.week(WEEK)
    assert week is not None
    [criteria] = [p.criteria for p in week.priorities]
    assert [(c.text, c.kind, c.position) for c in criteria] == [
        ("Sent to the board", CriterionKind.DONE, 0),
        ("Numbers match the source", CriterionKind.QUALITY, 1),
        ("Spelling checked", CriterionKind.QUALITY, 2),
        ("Owner named on every action", CriterionKind.QUALITY, 3),
    ]

    owner = criteria[3].id
    planner.improvements.set_criterion_kind(owner, CriterionKind.APPROVAL)
    planner.improvements.set_approver(owner, " Dana Fischer ")
    planner.improvements.sign_off(owner, True, WEEK + dt.timedelta(days=3))
    signed = repos.improvements.criterion(owner)
    assert signed is not None
    assert (signed.kind, signed.approver, signed.signed_off, signed.signed_off_on, signed.met) == (
        "approval",
        "Dana Fischer",
        True,
        dt.date(2026, 12, 3),
        True,
    )
    planner.improvements.sign_off(owner, False, WEEK + dt.timedelta(days=4))
    unsigned = repos.improvements.criterion(owner)
    assert unsigned is not None
    assert (unsigned.signed_off, unsigned.signed_off_on, unsigned.met) == (False, None, False)


def test_applying_fails_whole_when_a_criterion_cannot_be_written(repos: Repositories) -> None:
    planner = _weeks(repos)
    checklist = planner.improvements.add(WEEK, ImprovementKind.CHECKLIST, "Pre-review", "", ITEMS)
    planner.improvements.set_status(checklist, ImprovementStatus.DONE, WEEK)
    with pytest.raises(Exception, match="FOREIGN KEY"):
        planner.improvements.apply_to_priority(checklist, 999)  # no such priority
    assert repos.improvements.criteria_count(999) == 0


def test_a_recurring_blocker_becomes_one_improvement(repos: Repositories) -> None:
    _weeks(repos)
    first = create_improvement_from_blocker(repos, WEEK, " Waiting  for staging ", "Every week")
    again = create_improvement_from_blocker(repos, NEXT, "waiting for staging")
    assert first == again
    [made] = Improvements(repos).shown_in_week(NEXT)
    assert (made.title, made.why, made.status, made.kind, made.started_week) == (
        "Waiting for staging",
        "Every week",
        "idea",
        "other",
        WEEK,
    )
    with pytest.raises(ImprovementError):
        create_improvement_from_blocker(repos, WEEK, "  ")


def _filled(repos: Repositories) -> None:
    planner = _weeks(repos)
    week = planner.week(WEEK)
    assert week is not None
    priority = repos.weeks.add_priority(week.id, "Quarterly report", 0)
    checklist = planner.improvements.add(
        WEEK, ImprovementKind.DEFINITION_OF_DONE, "Report done means", "Reports came back", ITEMS
    )
    planner.improvements.add(WEEK, ImprovementKind.HANDOFF, "Shift handover", "", "Name the owner")
    planner.improvements.set_status(checklist, ImprovementStatus.DONE, WEEK)
    planner.improvements.apply_to_priority(checklist, priority)
    week = planner.week(WEEK)
    assert week is not None
    owner = week.priorities[0].criteria[2].id
    planner.improvements.set_criterion_kind(owner, CriterionKind.APPROVAL)
    planner.improvements.set_approver(owner, "Dana Fischer")
    planner.improvements.sign_off(owner, True, dt.date(2026, 12, 3))


def test_improvements_and_checks_survive_export_and_import(
    repos: Repositories, tmp_path: Path
) -> None:
    _filled(repos)
    exported = export_data(repos)
    other = Repositories(open_journal(tmp_path / "other" / "journal.sqlite", tmp_path / "b"))
    try:
        import_data(other, json.dumps(exported).encode())
        again = export_data(other)
        assert again["tables"]["improvement"] == exported["tables"]["improvement"]
        assert again["tables"]["criterion"] == exported["tables"]["criterion"]
        [approval] = [c for c in again["tables"]["criterion"] if c["kind"] == "approval"]
        assert (approval["approver"], approval["signed_off"], approval["signed_off_on"]) == (
            "Dana Fischer",
            True,
            "2026-12-03",
        )
        assert [i.title for i in other.improvements.in_place()] == ["Report done means"]
    finally:
        other.engine.dispose()


def test_a_version_1_file_brings_its_improvements_as_records(repos: Repositories) -> None:
    old = json.loads(VERSION_1.read_text(encoding="utf-8"))
    written = {
        w["week_start"]: (w["improvement_what"], w["improvement_why"], w["improvement_status"])
        for w in old["tables"]["week_plan"]
        if w["improvement_what"]
    }
    assert written  # the sample's weeks each had one
    import_data(repos, VERSION_1.read_bytes())
    moved = {
        i.started_week.isoformat(): (i.title, i.why, i.status) for i in repos.improvements.all()
    }
    assert moved == written
    assert all(w.improvement_what == "" for w in repos.weeks.all_loaded())
    # Importing the same file again updates the same records instead of adding more.
    import_data(repos, VERSION_1.read_bytes())
    assert len(repos.improvements.all()) == len(written)


def test_the_weeks_markdown_has_its_improvements_and_checks(repos: Repositories) -> None:
    _filled(repos)
    text = week_markdown(repos, WEEK)
    assert "## Improvements" in text
    assert (
        "- **Report done means** (definition of done, in place; started Mon 30 Nov 2026, "
        "closed Mon 30 Nov 2026) — why: Reports came back\n"
        "  1. Numbers match the source\n"
        "  2. Spelling checked\n"
        "  3. Owner named on every action"
    ) in text
    assert "- **Shift handover** (handoff, idea; started Mon 30 Nov 2026)\n  Name the owner" in text
    assert "- [ ] Numbers match the source (quality check)" in text
    assert (
        "- [x] Owner named on every action (approval by Dana Fischer: signed off Thu 3 Dec 2026)"
        in text
    )
    # Next week shows the handoff still under way; the whole journal lists each once.
    assert "Shift handover" in week_markdown(repos, NEXT)
    assert "Report done means" not in week_markdown(repos, NEXT)
    assert journal_markdown(repos).count("- **Shift handover**") == 1
