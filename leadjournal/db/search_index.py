"""The SQL of search: the FTS5 index (kept in step by triggers) and where its hits belong.

Kept free of SQLAlchemy so the command line can search a journal file with a plain DB-API
connection (:func:`open_read_only`); the app runs the same statements through its
session (:class:`leadjournal.db.repositories.search.SearchRepository`). Every lookup
takes all the hits of one kind at once: a fixed number of statements per search, however
many hits it finds.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterator, Sequence
from contextlib import closing, contextmanager
from pathlib import Path
from typing import Any

from leadjournal.db.files import connect_file, is_operational_error

# Runs one statement (qmark parameters) and returns its rows.
Run = Callable[[str, Sequence[Any]], list[tuple[Any, ...]]]
# kind, record id, snippet (or the leading text), rank
IndexRow = tuple[str, int, str, float]

HIGHLIGHT = ("\x02", "\x03")  # snippet markers, replaced by the caller (bold, brackets…)
SNIPPET_WORDS = 14  # words in a snippet
_SNIPPET = f"snippet(search_index, 2, '{HIGHLIGHT[0]}', '{HIGHLIGHT[1]}', '…', {SNIPPET_WORDS})"
_IDS_AT_ONCE = 500  # ids in one IN (…): far below SQLite's limit on parameters

# The week each kind of record belongs to: its (record_id, owner_id) for the ids in ``{ids}``.
_WEEK_OF = {
    "week": "SELECT id AS record_id, id AS owner_id FROM week_plan WHERE id IN ({ids})",
    "priority": "SELECT id AS record_id, week_id AS owner_id FROM priority WHERE id IN ({ids})",
    "criterion": "SELECT c.id AS record_id, p.week_id AS owner_id FROM criterion c "
    "JOIN priority p ON c.priority_id = p.id WHERE c.id IN ({ids})",
    "task": "SELECT id AS record_id, week_id AS owner_id FROM task WHERE id IN ({ids})",
    "checkin": "SELECT id AS record_id, week_id AS owner_id FROM checkin WHERE id IN ({ids})",
    "decision": "SELECT id AS record_id, week_id AS owner_id FROM decision WHERE id IN ({ids})",
    "set_aside": "SELECT id AS record_id, week_id AS owner_id FROM set_aside WHERE id IN ({ids})",
    "blocker": "SELECT id AS record_id, week_id AS owner_id FROM blocker WHERE id IN ({ids})",
    "week_change": "SELECT id AS record_id, week_id AS owner_id FROM week_change "
    "WHERE id IN ({ids})",
    "touchpoint": "SELECT id AS record_id, week_id AS owner_id FROM touchpoint WHERE id IN ({ids})",
    "decision_needed": "SELECT id AS record_id, week_id AS owner_id FROM decision_needed "
    "WHERE id IN ({ids})",
    # An improvement lasts across weeks: it belongs to the week it started in.
    "improvement": "SELECT i.id AS record_id, w.id AS owner_id FROM improvement i "
    "JOIN week_plan w ON w.week_start = i.started_week WHERE i.id IN ({ids})",
    # A metric's value belongs to the week it was entered for (in its Friday review).
    "metric_value": "SELECT v.id AS record_id, w.id AS owner_id FROM metric_value v "
    "JOIN week_plan w ON w.week_start = v.week WHERE v.id IN ({ids})",
    # A rollout lasts across weeks too: it, and a step not done yet, belong to the week it
    # started in; a step done, and a week's feedback, to their own week.
    "rollout": "SELECT r.id AS record_id, w.id AS owner_id FROM rollout r "
    "JOIN week_plan w ON w.week_start = r.started_week WHERE r.id IN ({ids})",
    "rollout_step": "SELECT s.id AS record_id, w.id AS owner_id FROM rollout_step s "
    "JOIN rollout r ON s.rollout_id = r.id "
    "JOIN week_plan w ON w.week_start = coalesce(s.done_week, r.started_week) "
    "WHERE s.id IN ({ids})",
    "rollout_feedback": "SELECT f.id AS record_id, w.id AS owner_id FROM rollout_feedback f "
    "JOIN week_plan w ON w.week_start = f.week_start WHERE f.id IN ({ids})",
}
# The person each kind of record is about: its (record_id, owner_id).
_PERSON_OF = {
    "recognition": "SELECT id AS record_id, person_id AS owner_id FROM recognition "
    "WHERE id IN ({ids})",
    "person": "SELECT id AS record_id, id AS owner_id FROM person WHERE id IN ({ids})",
    "one_on_one": "SELECT id AS record_id, person_id AS owner_id FROM one_on_one "
    "WHERE id IN ({ids})",
    "agenda_item": "SELECT a.id AS record_id, o.person_id AS owner_id FROM agenda_item a "
    "JOIN one_on_one o ON a.one_on_one_id = o.id WHERE a.id IN ({ids})",
    "action_item": "SELECT a.id AS record_id, o.person_id AS owner_id FROM action_item a "
    "JOIN one_on_one o ON a.one_on_one_id = o.id WHERE a.id IN ({ids})",
    "coaching": "SELECT id AS record_id, person_id AS owner_id FROM coaching WHERE id IN ({ids})",
    "plan": "SELECT id AS record_id, person_id AS owner_id FROM improvement_plan "
    "WHERE id IN ({ids})",
    "plan_checkin": "SELECT c.id AS record_id, p.person_id AS owner_id FROM plan_checkin c "
    "JOIN improvement_plan p ON c.plan_id = p.id WHERE c.id IN ({ids})",
    "delegation": "SELECT id AS record_id, person_id AS owner_id FROM delegation "
    "WHERE id IN ({ids})",
}
WEEK_KINDS = frozenset(_WEEK_OF)
PERSON_KINDS = frozenset(_PERSON_OF)


def _marks(count: int) -> str:
    return ", ".join("?" for _ in range(count))


class SearchIndex:
    """Reads of the search index and of the records its hits point to."""

    def __init__(self, run: Run) -> None:
        self._run = run

    def matches(self, fts: str, limit: int, kinds: Sequence[str] = ()) -> list[IndexRow] | None:
        """Hits for the FTS5 query ``fts``, best first, of ``kinds`` only when given;
        None when ``fts`` is not valid FTS5."""
        where = f" AND kind IN ({_marks(len(kinds))})" if kinds else ""
        statement = (
            f"SELECT kind, record_id, {_SNIPPET}, bm25(search_index) AS rank "
            f"FROM search_index WHERE search_index MATCH ?{where} ORDER BY rank LIMIT ?"
        )
        try:
            rows = self._run(statement, (fts, *kinds, limit))
        except Exception as error:  # the plain or the SQLCipher driver's error class
            if is_operational_error(getattr(error, "orig", None) or error):
                return None
            raise
        return [(kind, int(record_id), snippet, rank) for kind, record_id, snippet, rank in rows]

    def newest(self, kinds: Sequence[str], limit: int) -> list[tuple[str, int, str]]:
        """The latest records of ``kinds``, newest first: kind, record id, indexed text."""
        rows = self._run(
            f"SELECT kind, record_id, body FROM search_index WHERE kind IN ({_marks(len(kinds))}) "
            "ORDER BY rowid DESC LIMIT ?",
            (*kinds, limit),
        )
        return [(kind, int(record_id), body or "") for kind, record_id, body in rows]

    def weeks_of(self, kind: str, record_ids: Sequence[int]) -> dict[int, dt.date]:
        """The start of the week each record of ``kind`` (one of :data:`WEEK_KINDS`)
        belongs to, by record id."""
        statement = (
            f"SELECT r.record_id, w.week_start FROM ({_WEEK_OF[kind]}) AS r "
            "JOIN week_plan w ON w.id = r.owner_id"
        )
        return {
            int(record_id): dt.date.fromisoformat(str(start))
            for record_id, start in self._each_batch(statement, record_ids)
        }

    def people_of(self, kind: str, record_ids: Sequence[int]) -> dict[int, tuple[int, str]]:
        """The person (id, name) each record of ``kind`` (one of :data:`PERSON_KINDS`) is
        about, by record id."""
        statement = (
            f"SELECT r.record_id, p.id, p.name FROM ({_PERSON_OF[kind]}) AS r "
            "JOIN person p ON p.id = r.owner_id"
        )
        return {
            int(record_id): (int(person_id), name)
            for record_id, person_id, name in self._each_batch(statement, record_ids)
        }

    def feedback_sources(self, item_ids: Sequence[int]) -> dict[int, tuple[str, str | None]]:
        """Who gave each start/stop/continue item: its response's source and, for a named
        one, the person's name (an anonymous response has no person)."""
        statement = (
            "SELECT i.id, r.source, p.name FROM feedback_item i "
            "JOIN feedback_response r ON i.response_id = r.id "
            "LEFT JOIN person p ON r.person_id = p.id WHERE i.id IN ({ids})"
        )
        return {
            int(item_id): (source, name)
            for item_id, source, name in self._each_batch(statement, item_ids)
        }

    def reflection_days(self, record_ids: Sequence[int]) -> dict[int, dt.date]:
        """The day each daily reflection was written about, by record id."""
        statement = "SELECT id, day FROM reflection WHERE id IN ({ids})"
        return {
            int(record_id): dt.date.fromisoformat(str(day))
            for record_id, day in self._each_batch(statement, record_ids)
        }

    def _each_batch(self, statement: str, ids: Sequence[int]) -> list[tuple[Any, ...]]:
        unique = list(dict.fromkeys(ids))
        rows: list[tuple[Any, ...]] = []
        for start in range(0, len(unique), _IDS_AT_ONCE):
            batch = unique[start : start + _IDS_AT_ONCE]
            rows += self._run(statement.replace("{ids}", _marks(len(batch))), batch)
        return rows


@contextmanager
def open_read_only(journal_file: Path, key: str | None = None) -> Iterator[SearchIndex]:
    """The search index of a journal file opened read-only with a plain DB-API connection
    (no SQLAlchemy: the command line answers quickly)."""
    with closing(connect_file(journal_file, key=key, read_only=True)) as connection:
        connection.execute("PRAGMA busy_timeout = 5000")

        def run(statement: str, parameters: Sequence[Any]) -> list[tuple[Any, ...]]:
            with closing(connection.cursor()) as cursor:
                return [tuple(row) for row in cursor.execute(statement, tuple(parameters))]

        yield SearchIndex(run)
