"""A search runs a fixed number of SQL statements, however many hits it finds, and its
links name the weekly loop's steps."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import pytest

from leadjournal.db.engine import open_journal
from leadjournal.db.repositories import Repositories
from leadjournal.db.search_index import SearchIndex
from leadjournal.services.search import search, search_file
from leadjournal.services.weekly_loop import Step, week_link
from tests.services.sized_journal import FIRST_MONDAY, WORD, statements_run, write_journal_of


def journal(folder: Path, size: int) -> Repositories:
    repos = Repositories(open_journal(folder / "journal.sqlite", folder / "backups"))
    write_journal_of(repos, size)
    return repos


@pytest.mark.parametrize("query", [WORD, f"tasks {WORD}", "decisions", f"{WORD} NOT zebra"])
def test_twenty_times_the_hits_take_no_more_statements(tmp_path: Path, query: str) -> None:
    small, large = journal(tmp_path / "small", 1), journal(tmp_path / "large", 20)
    counted = []
    for repos in (small, large):
        with statements_run(repos) as statements:
            hits = search(repos, query, limit=500)
        counted.append((len(hits), len(statements)))
        repos.engine.dispose()
    (few_hits, few_statements), (many_hits, many_statements) = counted
    assert many_hits >= 20 * few_hits > 0
    assert many_statements == few_statements
    # The search itself, the kind named, and one look-up per kind of hit at most.
    kinds = {hit.kind for hit in hits}
    assert 0 < many_statements <= 3 + len(kinds)


def test_every_kind_of_hit_still_says_where_it_belongs(tmp_path: Path) -> None:
    repos = journal(tmp_path, 20)
    hits = {(hit.kind, hit.where, hit.link) for hit in search(repos, WORD, limit=500)}
    week_20 = FIRST_MONDAY + dt.timedelta(weeks=19)
    assert ("task", "week of Mon 18 May 2026", week_link(week_20, Step.PLAN)) in hits
    assert ("checkin", "week of Mon 18 May 2026", week_link(week_20, Step.CHECKIN)) in hits
    assert ("decision", "week of Mon 18 May 2026", week_link(week_20, Step.ALIGN)) in hits
    assert ("criterion", "week of Mon 18 May 2026", week_link(week_20, Step.DIRECTION)) in hits
    person_20 = repos.people.find_by_name("Person 20")
    assert person_20 is not None
    coaching = f"leadjournal:coaching?person={person_20.id}&section="
    assert ("agenda_item", "Person 20", coaching + "one_on_ones") in hits
    assert ("plan_checkin", "Person 20", coaching + "plans") in hits
    assert ("person", "Person 20", coaching + "timeline") in hits
    # Start/stop/continue names who said it, and never an anonymous source.
    feedback = {where for kind, where, _ in hits if kind == "feedback_item"}
    assert feedback == {f"Person {n:02}" for n in range(1, 21)} | {"Anonymous"}
    assert len([hit for hit in hits if hit[0] == "task"]) == 20
    repos.engine.dispose()


def test_the_command_line_search_finds_the_same(tmp_path: Path) -> None:
    repos = journal(tmp_path, 3)
    in_app = search(repos, f"decisions {WORD}")
    repos.engine.dispose()
    assert search_file(tmp_path / "journal.sqlite", f"decisions {WORD}") == in_app
    assert [hit.kind for hit in in_app[:3]] == ["decision"] * 3


def test_a_kind_word_with_a_one_letter_word_lists_that_kind(repos: Repositories) -> None:
    write_journal_of(repos, 2)
    # "a" is too short to search for: what remains names lessons, so they are listed.
    hits = search(repos, "lessons a")
    assert [hit.kind for hit in hits] == ["lesson", "lesson"]
    assert hits[0].snippet == f"{WORD} lesson 2"
    assert search(repos, "decision a")[0].kind == "decision"


def test_a_thousand_hits_of_one_kind_are_looked_up_in_a_few_statements() -> None:
    asked: list[int] = []

    def run(statement: str, parameters: Sequence[Any]) -> list[tuple[Any, ...]]:
        asked.append(len(parameters))
        assert statement.count("?") == len(parameters)
        return [(record_id, record_id, f"Person {record_id}") for record_id in parameters]

    people = SearchIndex(run).people_of("recognition", list(range(1, 1001)))
    assert asked == [500, 500]  # well below SQLite's limit on parameters
    assert people[1000] == (1000, "Person 1000") and len(people) == 1000
