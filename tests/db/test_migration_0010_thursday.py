"""Migration 0010, Thursday's part: a 0009 journal with old-style decisions (who was
consulted as one line of names) upgrades with nothing lost. Names of people on the team
become links, other names stay as written; the new tables join the search index."""

from __future__ import annotations

import datetime as dt
import shutil
import sqlite3
from collections.abc import Iterator
from contextlib import closing
from pathlib import Path

import pytest

from leadjournal.db.engine import open_journal
from leadjournal.db.repositories import Repositories
from leadjournal.paths import JournalPaths
from leadjournal.services.alignment import Alignment
from leadjournal.services.search import search
from leadjournal.services.weekly_loop import Step, week_link

FIXTURES = Path(__file__).parent.parent / "fixtures"
WEEK_START = dt.date(2026, 11, 23)  # the fixture's one week (id 1); Priya Natarajan is person 1

OLD_DECISIONS = [
    # id, consulted as the user wrote it before 0010
    (10, "priya natarajan and Amara Okafor, the client"),
    (11, "Nobody we know; the vendor"),
    (12, ""),
    (13, "Amara Okafor"),
    (14, "amara & Priya"),  # first names, each of only one person on the team
]


@pytest.fixture
def upgraded(journal_paths: JournalPaths) -> Iterator[Repositories]:
    """The 0009 fixture with old-style rows written into it, then opened (and upgraded)."""
    journal_paths.data_dir.mkdir(mode=0o700)
    shutil.copy(FIXTURES / "journal-0009_set_aside.sqlite", journal_paths.journal_file)
    with closing(sqlite3.connect(journal_paths.journal_file)) as old, old:
        old.execute(
            "INSERT INTO person (id, name, role, notes, archived, created_at) "
            "VALUES (2, 'Amara Okafor', '', '', 0, '2026-11-01 09:00:00')"
        )
        old.executemany(
            "INSERT INTO decision (id, week_id, decided_on, decision, reason, consulted) "
            "VALUES (?, 1, '2026-11-26', ?, 'Because', ?)",
            [(i, f"Decision {i}", consulted) for i, consulted in OLD_DECISIONS],
        )
    engine = open_journal(journal_paths.journal_file, journal_paths.backups_dir)
    yield Repositories(engine)
    engine.dispose()


def test_consulted_names_of_the_team_become_links_and_the_rest_stays(
    upgraded: Repositories,
) -> None:
    by_id = {d.id: d for d in upgraded.alignment.decision_log()}
    links = {i: sorted(link.person_id for link in d.consulted_links) for i, d in by_id.items()}
    assert links == {10: [1, 2], 11: [], 12: [], 13: [2], 14: [1, 2]}
    assert by_id[10].consulted == "the client"
    assert by_id[11].consulted == "Nobody we know; the vendor"  # no name matched: as it was
    assert by_id[12].consulted == by_id[13].consulted == by_id[14].consulted == ""
    assert {d.kind for d in by_id.values()} == {""}  # the kind was never said
    week = upgraded.weeks.get(WEEK_START)
    assert week is not None
    assert (week.update_recipients, week.update_sent_on) == ("", None)
    assert week.touchpoints == [] and week.decisions_needed == []


def test_the_log_filter_still_finds_a_name_now_held_as_a_link(upgraded: Repositories) -> None:
    found = Alignment(upgraded).decision_log("amara")
    assert [d.id for d in found] == [14, 13, 10]


def test_a_free_name_left_in_the_text_is_still_searchable(upgraded: Repositories) -> None:
    hits = search(upgraded, "client")
    assert [(h.kind, h.record_id) for h in hits] == [("decision", 10)]


def test_new_touchpoints_and_decisions_needed_are_searched_and_open_thursday(
    upgraded: Repositories,
) -> None:
    alignment = Alignment(upgraded)
    alignment.add_touchpoint(1, "Dana", dt.date(2026, 11, 26), "Launch stays on the 15th", "yes")
    alignment.add_decision_needed(1, "Headcount for January", "Finance", None)
    hits = {h.kind: h for h in search(upgraded, "launch")}
    assert hits["touchpoint"].link == week_link(WEEK_START, Step.ALIGN)
    hits = {h.kind: h for h in search(upgraded, "headcount")}
    assert hits["decision_needed"].link == week_link(WEEK_START, Step.ALIGN)


def test_deleting_a_person_takes_their_consulted_links_only(upgraded: Repositories) -> None:
    upgraded.coaching.delete_person(2)
    by_id = {d.id: d for d in upgraded.alignment.decision_log()}
    assert [link.person_id for link in by_id[10].consulted_links] == [1]
    assert by_id[13].consulted_links == [] and by_id[13].decision == "Decision 13"


def test_going_back_to_0009_puts_the_linked_names_back_into_the_text(
    upgraded: Repositories,
) -> None:
    from alembic import command
    from sqlalchemy import text

    from leadjournal.db.migrations.runner import alembic_config

    config = alembic_config()
    with upgraded.engine.begin() as connection:
        config.attributes["connection"] = connection
        command.downgrade(config, "0009_set_aside")
    with upgraded.engine.connect() as connection:
        rows = connection.execute(text("SELECT id, consulted FROM decision")).all()
        consulted: dict[int, str] = {row[0]: row[1] for row in rows}
        tables = connection.execute(
            text("SELECT name FROM sqlite_master WHERE name IN ('touchpoint', 'decision_needed')")
        ).all()
    assert consulted[10] == "Amara Okafor, Priya Natarajan, the client"
    assert consulted[11] == "Nobody we know; the vendor" and consulted[12] == ""
    assert tables == []
