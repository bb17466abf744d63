"""Storage announces what each committed transaction changed: kinds of record and ids."""

from __future__ import annotations

import datetime as dt
import threading

import pytest
from sqlalchemy import update

from leadjournal.db.changes import JournalChange
from leadjournal.db.models import FeedbackItem, Lesson
from leadjournal.db.repositories import Repositories

DAY = dt.date(2026, 11, 30)


@pytest.fixture
def heard(repos: Repositories) -> list[tuple[JournalChange, str]]:
    """Every announcement, with the name of the thread it was made on."""
    changes: list[tuple[JournalChange, str]] = []
    repos.changes.listen(lambda change: changes.append((change, threading.current_thread().name)))
    return changes


def test_a_commit_announces_the_kinds_and_ids_it_changed(
    repos: Repositories, heard: list[tuple[JournalChange, str]]
) -> None:
    lesson_id = repos.lessons.add(DAY, title="Say no kindly")
    person_id = repos.people.add("Amara Okafor").id
    repos.lessons.update(lesson_id, title="Say no kindly, and early")
    repos.lessons.dismiss(lesson_id, DAY)
    repos.lessons.delete(lesson_id)
    changes = [change for change, _thread in heard]
    assert changes == [
        JournalChange(frozenset({"lesson"}), frozenset({("lesson", lesson_id)})),
        JournalChange(frozenset({"person"}), frozenset({("person", person_id)})),
        JournalChange(frozenset({"lesson"}), frozenset({("lesson", lesson_id)})),
        JournalChange(
            frozenset({"lesson_dismissal"}), frozenset({("lesson_dismissal", (lesson_id, DAY))})
        ),
        JournalChange(frozenset({"lesson"}), frozenset({("lesson", lesson_id)})),
    ]
    assert changes[0].ids_of("lesson") == {lesson_id}
    assert changes[0].touches({"lesson", "person"}) and not changes[0].touches({"task"})


def test_writing_what_is_already_there_and_reading_announce_nothing(
    repos: Repositories, heard: list[tuple[JournalChange, str]]
) -> None:
    lesson_id = repos.lessons.add(DAY, title="Same")
    heard.clear()
    repos.lessons.update(lesson_id, title="Same")
    repos.lessons.find(text="Same")
    assert heard == []


def test_a_rolled_back_transaction_announces_nothing(
    repos: Repositories, heard: list[tuple[JournalChange, str]]
) -> None:
    sessions = repos.lessons._sessions
    with pytest.raises(RuntimeError), sessions.begin() as session:
        session.add(Lesson(learned_on=DAY, title="Never kept"))
        session.flush()  # written, then undone
        raise RuntimeError("the user's action failed half-way")
    assert heard == []
    assert repos.lessons.count() == 0
    # The next commit announces only itself, not what was rolled back.
    lesson_id = repos.lessons.add(DAY, title="Kept")
    assert [c.ids for c, _t in heard] == [frozenset({("lesson", lesson_id)})]


def test_a_bulk_statement_announces_its_kind(
    repos: Repositories, heard: list[tuple[JournalChange, str]]
) -> None:
    sessions = repos.lessons._sessions
    with sessions.begin() as session:
        session.execute(update(FeedbackItem).where(FeedbackItem.id < 0).values(status="open"))
    assert [c.kinds for c, _t in heard] == [frozenset({"feedback_item"})]


def test_a_write_on_a_worker_thread_is_announced_there_after_its_commit(
    repos: Repositories, heard: list[tuple[JournalChange, str]]
) -> None:
    seen_in_journal: list[int] = []
    repos.changes.listen(lambda _change: seen_in_journal.append(repos.lessons.count()))
    worker = threading.Thread(
        target=lambda: repos.lessons.add(DAY, title="From an import"), name="worker"
    )
    worker.start()
    worker.join()
    assert [(c.kinds, thread) for c, thread in heard] == [(frozenset({"lesson"}), "worker")]
    assert seen_in_journal == [1]  # committed before it was announced


def test_a_failing_listener_does_not_fail_the_write(
    repos: Repositories, heard: list[tuple[JournalChange, str]]
) -> None:
    def broken(_change: JournalChange) -> None:
        raise ValueError("a view that could not read")

    repos.changes.listen(broken)
    repos.lessons.add(DAY, title="Still kept")
    assert repos.lessons.count() == 1
    assert len(heard) == 1


def test_a_change_from_another_process_is_everything(
    repos: Repositories, heard: list[tuple[JournalChange, str]]
) -> None:
    repos.changed_elsewhere()
    change = heard[0][0]
    assert change.everything and change.touches({"practice_tick"})
