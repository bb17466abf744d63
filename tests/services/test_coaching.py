"""Coaching Log rules on a real journal: carry-over, plan dates, preparation, deletion."""

from __future__ import annotations

import datetime as dt
import sqlite3
from pathlib import Path
from typing import Any

import pytest

from leadjournal.db.enums import ActionOwner, ActionStatus, PlanStatus
from leadjournal.db.repositories import Repositories
from leadjournal.paths import JournalPaths
from leadjournal.services.coaching import (
    COACHING_QUESTIONS,
    CoachingLog,
    OneOnOnePreparation,
    agenda_markdown,
    next_plan_checkin,
    plan_checkin_overdue,
    removal_consequences,
)
from leadjournal.services.documents import DocumentWriteError, write_markdown, write_pdf
from leadjournal.services.sample_journal import write_sample_journal
from leadjournal.services.weeks import WeekPlanner
from tests.services.sized_journal import statements_run

MONDAY = dt.date(2026, 11, 23)
FRIDAY = dt.date(2026, 11, 27)


def meeting(repos: Repositories, person_id: int, day: dt.date, hour: int = 10) -> int:
    when = dt.datetime.combine(day, dt.time(hour))
    return repos.coaching.add("one_on_one", person_id=person_id, scheduled_at=when)


def action(repos: Repositories, meeting_id: int, text: str, **fields: Any) -> int:
    return repos.coaching.add("action_item", one_on_one_id=meeting_id, text=text, **fields)


# --- carry-over ---------------------------------------------------------------------------


def test_open_action_items_follow_the_person_until_done_or_dropped(repos: Repositories) -> None:
    lena = repos.people.add("Lena Fischer").id
    marcus = repos.people.add("Marcus Oyelaran").id
    first = meeting(repos, lena, MONDAY - dt.timedelta(days=14))
    still_open = action(repos, first, "Track which articles tickets link to", owner="them")
    finished = action(repos, first, "Send the style guide", owner="me")
    dropped = action(repos, first, "Try a video article")
    action(repos, meeting(repos, marcus, MONDAY - dt.timedelta(days=7)), "Not Lena's item")
    second = meeting(repos, lena, MONDAY)
    action(repos, second, "Agreed in the second meeting")
    repos.coaching.update("action_item", finished, status="done", closed_on=MONDAY)
    repos.coaching.update("action_item", dropped, status="dropped", closed_on=MONDAY)

    next_one = dt.datetime.combine(MONDAY + dt.timedelta(days=14), dt.time(10))
    carried = repos.coaching.open_items_before(lena, next_one)
    assert [c.item.text for c in carried] == [
        "Track which articles tickets link to",
        "Agreed in the second meeting",
    ]
    assert carried[0].from_meeting.date() == MONDAY - dt.timedelta(days=14)
    # The meeting where an item was agreed does not list it as carried over.
    at_second = repos.coaching.open_items_before(lena, dt.datetime.combine(MONDAY, dt.time(10)))
    assert [c.item.id for c in at_second] == [still_open]

    repos.coaching.update("action_item", still_open, status="done", closed_on=FRIDAY)
    assert [c.item.text for c in repos.coaching.open_items_before(lena, next_one)] == [
        "Agreed in the second meeting"
    ]


# --- improvement plan check-ins -----------------------------------------------------------


def test_plan_checkins_fall_due_every_cadence_and_stop_at_the_end(repos: Repositories) -> None:
    aiko = repos.people.add("Aiko Tanaka").id
    start = dt.date(2026, 11, 2)
    plan_id = repos.coaching.add("plan", person_id=aiko, started_on=start, behaviour="Late notes")

    def plan() -> Any:
        return next(p for p in repos.coaching.plans(aiko) if p.id == plan_id)

    # Defaults: weekly for four weeks.
    assert (plan().cadence_days, plan().length_weeks) == (7, 4)
    assert next_plan_checkin(plan(), plan().checkins) == dt.date(2026, 11, 9)
    assert plan_checkin_overdue(plan(), dt.date(2026, 11, 9)) is None
    assert plan_checkin_overdue(plan(), dt.date(2026, 11, 10)) == dt.date(2026, 11, 9)

    # A late check-in moves the next one a full cadence on from when it happened.
    repos.coaching.add(
        "plan_checkin", plan_id=plan_id, checked_on=dt.date(2026, 11, 11), progress=2
    )
    assert next_plan_checkin(plan(), plan().checkins) == dt.date(2026, 11, 18)
    # Near the end the last check-in is the end date itself: decide met / not met.
    repos.coaching.add(
        "plan_checkin", plan_id=plan_id, checked_on=dt.date(2026, 11, 25), progress=4
    )
    assert next_plan_checkin(plan(), plan().checkins) == dt.date(2026, 11, 30)
    repos.coaching.add(
        "plan_checkin", plan_id=plan_id, checked_on=dt.date(2026, 11, 30), progress=5
    )
    assert next_plan_checkin(plan(), plan().checkins) is None

    fortnightly = repos.coaching.add(
        "plan", person_id=aiko, started_on=start, behaviour="x", cadence_days=14, length_weeks=6
    )
    other = next(p for p in repos.coaching.plans(aiko) if p.id == fortnightly)
    assert next_plan_checkin(other, []) == dt.date(2026, 11, 16)
    repos.coaching.update("plan", fortnightly, status="stopped", closed_on=start)
    other = next(p for p in repos.coaching.plans(aiko) if p.id == fortnightly)
    assert next_plan_checkin(other, []) is None
    assert plan_checkin_overdue(other, dt.date(2027, 1, 1)) is None


# --- one-on-one preparation ---------------------------------------------------------------


@pytest.fixture
def seeded(repos: Repositories) -> dict[str, int]:
    """A person with something in every source the preparation reads, and noise around."""
    tomas = repos.people.add("Tomás Reyes").id
    priya = repos.people.add("Priya Natarajan").id
    coaching = repos.coaching
    earlier = meeting(repos, tomas, MONDAY - dt.timedelta(days=6))
    action(
        repos,
        earlier,
        "Ask Priya for feedback after each escalation",
        owner="them",
        due_on=MONDAY + dt.timedelta(days=1),
    )
    coaching.add(
        "coaching",
        person_id=tomas,
        held_on=MONDAY - dt.timedelta(days=3),
        skill="Escalation calls",
        next_step="Use the three-line opener",
    )
    coaching.add(
        "plan",
        person_id=tomas,
        started_on=MONDAY - dt.timedelta(days=14),
        behaviour="Tickets closed without a summary",
    )
    coaching.add(
        "recognition",
        person_id=tomas,
        given_on=MONDAY - dt.timedelta(days=5),
        what_they_did="Wrote the outage timeline",
        impact="Saved engineering a day",
    )
    coaching.add(
        "delegation", person_id=tomas, delegated_on=MONDAY, outcome="Own the Friday queue sweep"
    )
    planner = WeekPlanner(repos)
    last_week = planner.start_week(MONDAY - dt.timedelta(days=7))
    planner.add_task(last_week, "Update the macros", owned_by_me=False, owner_person_id=tomas)
    this_week = planner.start_week(MONDAY)
    repos.blockers.add(
        this_week.id, person_id=tomas, what="Waiting for VPN access", raised_on=MONDAY
    )
    for day, source, person, item in (
        (13, "person", tomas, ("start", "Share the escalation rota earlier", "")),
        (14, "anonymous", None, ("stop", "Zanzibar-secret anonymous remark", "")),
        (14, "person", priya, ("continue", "Priya's own words", "")),
    ):
        repos.feedback.add_response(
            received_on=dt.date(2026, 11, day), source=source, person_id=person, items=[item]
        )
    return {"tomas": tomas, "priya": priya}


def test_preparation_gathers_every_source_and_never_anonymous_feedback(
    repos: Repositories, seeded: dict[str, int]
) -> None:
    lines = OneOnOnePreparation(repos).agenda_for(seeded["tomas"], FRIDAY)
    by_source: dict[str, list[str]] = {}
    for line in lines:
        by_source.setdefault(line.source, []).append(line.text)

    assert by_source["action"] == [
        "Open action (them, due 24 Nov, from 17 Nov): Ask Priya for feedback after each escalation"
    ]
    assert by_source["practice"] == [
        "Last practice step (20 Nov): Use the three-line opener — did it happen?"
    ]
    assert by_source["plan"] == [
        "Improvement plan check-in due 16 Nov (overdue): Tickets closed without a summary"
    ]
    assert by_source["blocker"] == [
        "Blocked since Mon 23 Nov: Waiting for VPN access — still in the way?"
    ]
    assert by_source["slipped"] == ["Slipped (week of 16 Nov): Update the macros"]
    assert by_source["recognition"] == ["Recognised on 18 Nov: Wrote the outage timeline"]
    assert by_source["feedback"] == [
        "Their feedback (13 Nov), start: Share the escalation rota earlier"
    ]
    assert by_source["delegation"] == ["Delegation check: Own the Friday queue sweep"]
    assert by_source["question"] == list(COACHING_QUESTIONS)
    everything = " ".join(line.text for line in lines)
    assert "Zanzibar" not in everything
    assert "Priya's own words" not in everything


def test_preparation_nudges_when_nobody_recognised_them_for_a_month(
    repos: Repositories, seeded: dict[str, int]
) -> None:
    later = FRIDAY + dt.timedelta(days=40)
    lines = OneOnOnePreparation(repos).agenda_for(seeded["tomas"], later)
    recognition = [line.text for line in lines if line.source == "recognition"]
    assert recognition == [
        "No recognition since 18 Nov — what have they done lately that deserves naming?"
    ]
    # The practice step is no longer asked about once its outcome is recorded.
    step = repos.coaching.coaching(seeded["tomas"])[0]
    repos.coaching.update("coaching", step.id, practice_outcome="partly")
    assert not [
        line
        for line in OneOnOnePreparation(repos).agenda_for(seeded["tomas"], later)
        if line.source == "practice"
    ]


def test_anonymous_feedback_cannot_carry_a_name(repos: Repositories) -> None:
    person = repos.people.add("Marcus Oyelaran").id
    with pytest.raises(Exception, match="CHECK constraint failed"):
        repos.feedback.add_response(
            received_on=MONDAY, source="anonymous", person_id=person, items=[("stop", "x", "")]
        )


def test_agenda_document_and_its_files(tmp_path: Path, qapp: Any) -> None:
    when = dt.datetime(2026, 12, 1, 15, 30)
    document = agenda_markdown("Tomás Reyes", when, ["Escalation rota", "Your questions"])
    assert document.startswith("# One-on-one with Tomás Reyes\n\nTue 1 Dec 2026, 15:30")
    assert "1. Escalation rota\n2. Your questions" in document

    markdown = tmp_path / "agenda.md"
    write_markdown(markdown, document)
    assert markdown.read_text(encoding="utf-8") == document
    pdf = tmp_path / "agenda.pdf"
    write_pdf(pdf, document, "One-on-one")
    assert pdf.read_bytes().startswith(b"%PDF")
    assert pdf.stat().st_size > 1000

    with pytest.raises(DocumentWriteError, match=r"agenda\.md could not be saved"):
        write_markdown(tmp_path / "missing-folder" / "agenda.md", document)
    assert not (tmp_path / "missing-folder").exists()


# --- deleting a person --------------------------------------------------------------------


def _snapshot(path: Path) -> dict[str, dict[Any, dict[str, Any]]]:
    """Every row of every table as a dict, keyed by its id (or by the whole row)."""
    with sqlite3.connect(path) as connection:
        tables = [
            row[0]
            for row in connection.execute(
                "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' "
                # the search index is derived from the rows; the search tests check it
                "AND name NOT LIKE 'search_index%'"
            )
        ]
        snapshot = {}
        for table in tables:
            cursor = connection.execute(f'SELECT * FROM "{table}"')
            columns = [d[0] for d in cursor.description]
            rows = [dict(zip(columns, row, strict=True)) for row in cursor.fetchall()]
            snapshot[table] = {row.get("id", tuple(row.values())): row for row in rows}
    return snapshot


def test_deleting_a_person_removes_their_records_and_changes_nothing_else(
    repos: Repositories, journal_paths: JournalPaths
) -> None:
    write_sample_journal(repos, FRIDAY)
    marcus = repos.people.find_by_name("Marcus Oyelaran")
    assert marcus is not None
    with repos.engine.begin() as connection:  # a lesson that mentions him stays, unlinked
        connection.exec_driver_sql(
            "INSERT INTO lesson (learned_on, title, what_happened, what_i_learned, "
            "do_differently, tags, person_id, from_review) "
            f"VALUES ('2026-11-20', 'Ask earlier', '', '', '', '', {marcus.id}, 0)"
        )
    summary = repos.coaching.removal_summary(marcus.id)
    assert summary["one_on_ones"] == 3 and summary["coaching"] == 1
    assert summary["delegations"] == 1 and summary["feedback"] == 2
    assert summary["tasks_unassigned"] > 0 and summary["lessons_unlinked"] == 2
    assert summary["requests_unlisted"] == 1
    before = _snapshot(journal_paths.journal_file)

    repos.coaching.delete_person(marcus.id)
    after = _snapshot(journal_paths.journal_file)

    def ids(table: str, column: str, values: set[int]) -> set[int]:
        return {key for key, row in before[table].items() if row[column] in values}

    meetings = ids("one_on_one", "person_id", {marcus.id})
    responses = ids("feedback_response", "person_id", {marcus.id})
    expected_removed = {
        "person": {marcus.id},
        "one_on_one": meetings,
        "agenda_item": ids("agenda_item", "one_on_one_id", meetings),
        "action_item": ids("action_item", "one_on_one_id", meetings),
        "coaching": ids("coaching", "person_id", {marcus.id}),
        "recognition": ids("recognition", "person_id", {marcus.id}),
        "delegation": ids("delegation", "person_id", {marcus.id}),
        "feedback_response": responses,
        "feedback_item": ids("feedback_item", "response_id", responses),
        "checkin": ids("checkin", "person_id", {marcus.id}),
        "blocker": ids("blocker", "person_id", {marcus.id}),  # his blockers go with him
        "feedback_request_person": ids("feedback_request_person", "person_id", {marcus.id}),
    }
    assert all(expected_removed.values())  # every kind was there to be removed
    unlinked = {"task": "owner_person_id", "lesson": "person_id"}
    for table, rows in before.items():
        removed = set(rows) - set(after[table])
        assert removed == expected_removed.get(table, set()), table
        changed = {key for key in after[table] if after[table][key] != rows[key]}
        column = unlinked.get(table)
        if column is None:
            assert changed == set(), table
            continue
        assert changed == ids(table, column, {marcus.id})
        for key in changed:  # only the link to him changed, nothing else in the row
            assert after[table][key] == {**rows[key], column: None}

    going, changes = removal_consequences(summary)
    assert "3 one-on-ones" in going and "1 delegation" in going
    assert any("“Unassigned”" in line for line in changes)
    assert "2 lessons stay but no longer point to them" in changes
    assert "1 feedback request no longer lists them as asked" in changes


# --- the Coaching Log service: one operation, one transaction --------------------------------


class HalfWayError(Exception):
    """Stands for anything that goes wrong half-way through an operation."""


def test_using_an_agenda_books_the_meeting_with_its_agenda_or_leaves_nothing(
    repos: Repositories, monkeypatch: pytest.MonkeyPatch
) -> None:
    log = CoachingLog(repos)
    lena = log.add_person({"name": "Lena Fischer"}).id
    meeting(repos, lena, MONDAY, hour=14)  # her usual time is 14:00
    thursday = MONDAY + dt.timedelta(days=3)

    # The second step (writing the agenda) fails: the meeting it booked goes too.
    def refuse(*_arguments: object) -> None:
        raise HalfWayError

    monkeypatch.setattr(repos.coaching, "set_agenda", refuse)
    with pytest.raises(HalfWayError):
        log.use_agenda(lena, thursday, [("Refund article", "own")])
    assert [m.scheduled_at.date() for m in log.one_on_ones(lena)] == [MONDAY]

    monkeypatch.undo()
    meeting_id = log.use_agenda(lena, thursday, [("Refund article", "own")])
    booked = log.one_on_one(meeting_id)
    assert booked is not None
    assert booked.scheduled_at == dt.datetime.combine(thursday, dt.time(14))
    assert [(a.text, a.source) for a in booked.agenda] == [("Refund article", "own")]
    # A second agenda for that day replaces the first on the same meeting.
    assert log.use_agenda(lena, thursday, [("Sales requests", "own")]) == meeting_id
    assert [m.scheduled_at.date() for m in log.one_on_ones(lena)] == [thursday, MONDAY]


def test_new_action_items_go_to_the_end_and_a_failure_adds_none(
    repos: Repositories, monkeypatch: pytest.MonkeyPatch
) -> None:
    log = CoachingLog(repos)
    tomas = log.add_person({"name": "Tomás Reyes"}).id
    meeting_id = log.new_record("one_on_one", tomas, FRIDAY)
    first = log.add_action_item(meeting_id, "Shadow two escalations")
    second = log.add_action_item(meeting_id, "Send the rota", ActionOwner.ME)
    full = log.one_on_one(meeting_id)
    assert full is not None
    assert [(a.id, a.text, a.owner) for a in full.action_items] == [
        (first, "Shadow two escalations", "them"),
        (second, "Send the rota", "me"),
    ]

    log.set_action_status(first, ActionStatus.DONE, FRIDAY)
    log.set_action_status(second, ActionStatus.DROPPED, FRIDAY)
    log.set_action_status(second, ActionStatus.OPEN, FRIDAY)
    full = log.one_on_one(meeting_id)
    assert full is not None
    assert [(a.status, a.closed_on) for a in full.action_items] == [
        ("done", FRIDAY),
        ("open", None),
    ]

    def refuse(*_arguments: object, **_fields: object) -> int:
        raise HalfWayError

    monkeypatch.setattr(repos.coaching, "add", refuse)
    with pytest.raises(HalfWayError):
        log.add_action_item(meeting_id, "Never written")
    monkeypatch.undo()
    full = log.one_on_one(meeting_id)
    assert full is not None and len(full.action_items) == 2


def test_new_records_get_their_defaults_and_a_plan_closes_with_its_day(
    repos: Repositories,
) -> None:
    log = CoachingLog(repos)
    aiko = log.add_person({"name": "Aiko Tanaka", "role": "Support engineer"}).id
    log.new_record("coaching", aiko, FRIDAY)
    [talk] = log.coaching(aiko)
    assert (talk.held_on, talk.follow_up_on) == (FRIDAY, FRIDAY + dt.timedelta(days=7))
    meeting_id = log.new_record("one_on_one", aiko, FRIDAY)
    assert log.one_on_ones(aiko)[0].id == meeting_id
    assert log.one_on_ones(aiko)[0].scheduled_at == dt.datetime(2026, 11, 30, 10, 0)  # Monday

    plan_id = log.new_record("plan", aiko, FRIDAY)
    [plan] = log.plans(aiko)
    assert (plan.id, plan.cadence_days, plan.length_weeks, plan.status) == (plan_id, 7, 4, "active")
    log.set_plan_status(plan_id, PlanStatus.MET, FRIDAY)
    [plan] = log.plans(aiko)
    assert (plan.status, plan.closed_on) == ("met", FRIDAY)
    log.set_plan_status(plan_id, PlanStatus.ACTIVE, FRIDAY)
    [plan] = log.plans(aiko)
    assert (plan.status, plan.closed_on) == ("active", None)

    with pytest.raises(ValueError, match="Unknown fields"):
        log.save_field("plan", plan_id, "behavior", "a misspelt field is refused")

    log.set_archived(aiko, True)
    assert log.people() == [] and [p.name for p in log.people(include_archived=True)] == [
        "Aiko Tanaka"
    ]


# --- several people's records at once (exports) -----------------------------------------------


def test_records_of_people_match_the_one_person_reads_in_a_fixed_number_of_queries(
    repos: Repositories,
) -> None:
    write_sample_journal(repos, FRIDAY)
    people = repos.people.list(include_archived=True)
    ids = [p.id for p in people]

    with statements_run(repos) as few:
        repos.coaching.records_of_people(ids[:1])
    with statements_run(repos) as all_of_them:
        records = repos.coaching.records_of_people(ids)
    assert len(all_of_them) == len(few) <= 10  # not one more query per person

    coaching = repos.coaching
    since = dt.date(1970, 1, 1)
    for person in people:
        mine = records[person.id]
        meetings = coaching.one_on_ones(person.id)
        assert [m.id for m in mine.one_on_ones] == [m.id for m in meetings]
        assert [[a.text for a in m.agenda] for m in mine.one_on_ones] == [
            [a.text for a in m.agenda] for m in meetings
        ]
        assert [[a.text for a in m.action_items] for m in mine.one_on_ones] == [
            [a.text for a in m.action_items] for m in meetings
        ]
        assert [c.id for c in mine.coaching] == [c.id for c in coaching.coaching(person.id)]
        assert [[c.id for c in p.checkins] for p in mine.plans] == [
            [c.id for c in p.checkins] for p in coaching.plans(person.id)
        ]
        assert [r.id for r in mine.recognitions] == [r.id for r in coaching.recognitions(person.id)]
        assert [d.id for d in mine.delegations] == [d.id for d in coaching.delegations(person.id)]
        assert mine.named_feedback == coaching.named_feedback(person.id, since)
    assert any(records[i].one_on_ones for i in ids) and any(records[i].named_feedback for i in ids)
