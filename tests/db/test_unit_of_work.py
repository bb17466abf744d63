"""One user operation, one transaction: repository calls inside a unit of work share one
session and commit once, or leave nothing behind."""

from __future__ import annotations

import datetime as dt
import threading

import pytest

from leadjournal.db.changes import JournalChange
from leadjournal.db.repositories import Repositories

DAY = dt.date(2026, 11, 30)


class HalfWayError(Exception):
    """Stands for anything that goes wrong half-way through an operation."""


def test_a_failure_half_way_leaves_nothing_behind(repos: Repositories) -> None:
    with pytest.raises(HalfWayError), repos.unit_of_work():
        person_id = repos.people.add("Amara Okafor").id
        repos.lessons.add(DAY, title="Ask before assuming")
        # The unit's own writes are visible inside it, new ids included.
        assert [p.id for p in repos.people.list()] == [person_id]
        raise HalfWayError
    assert repos.people.list() == []
    assert repos.lessons.find(text="Ask") == []


def test_the_operation_commits_once_and_is_announced_once(repos: Repositories) -> None:
    heard: list[JournalChange] = []
    repos.changes.listen(heard.append)
    with repos.unit_of_work():
        person_id = repos.people.add("Jonas Weber").id
        lesson_id = repos.lessons.add(DAY, title="Protect focus time")
        repos.lessons.update(lesson_id, title="Protect the team's focus time")
        assert heard == []  # nothing is announced before the commit
    assert heard == [
        JournalChange(
            frozenset({"person", "lesson"}),
            frozenset({("person", person_id), ("lesson", lesson_id)}),
        )
    ]
    assert [lesson.title for lesson in repos.lessons.find(text="focus")] == [
        "Protect the team's focus time"
    ]


def test_an_inner_unit_joins_the_outer_one(repos: Repositories) -> None:
    with pytest.raises(HalfWayError), repos.unit_of_work():
        with repos.unit_of_work():
            repos.people.add("Priya Nair")
        raise HalfWayError  # the outer unit fails after the inner one finished
    assert repos.people.list() == []


def test_another_thread_does_not_join_an_open_unit(repos: Repositories) -> None:
    seen_from_elsewhere: list[int] = []
    with repos.unit_of_work():
        repos.people.add("Priya Nair")
        reader = threading.Thread(
            target=lambda: seen_from_elsewhere.append(len(repos.people.list()))
        )
        reader.start()
        reader.join()
    # The other thread read the file in its own session: the unit had not committed yet.
    assert seen_from_elsewhere == [0]
    assert [p.name for p in repos.people.list()] == ["Priya Nair"]
