"""Full-text search over the whole journal (SQLite FTS5, kept in step by triggers).

Plain words search as prefixes (``refu`` finds "refund"); quotes, ``*``, AND / OR / NOT
and NEAR are FTS5 syntax and are passed through. Input that is not valid FTS5 is
searched as plain words instead: a search never fails on what the user typed.
"""

from __future__ import annotations

import datetime as dt
import re
from contextlib import closing
from dataclasses import dataclass
from itertools import pairwise
from pathlib import Path
from typing import TYPE_CHECKING, Any

from leadjournal.db.files import connect_file, is_operational_error
from leadjournal.text import human_date, source_text

if TYPE_CHECKING:
    from leadjournal.db.repositories import Repositories

KIND_LABELS = {
    "week": "Weekly plans",
    "priority": "Priorities",
    "criterion": "Definitions of done",
    "task": "Tasks",
    "checkin": "Check-ins",
    "decision": "Decisions",
    "lesson": "Lessons",
    "recognition": "Recognition",
    "person": "People",
    "one_on_one": "One-on-ones",
    "agenda_item": "One-on-one agendas",
    "action_item": "Action items",
    "coaching": "Coaching",
    "plan": "Improvement plans",
    "plan_checkin": "Plan check-ins",
    "delegation": "Delegations",
    "feedback_request": "Feedback requests",
    "feedback_item": "Start/stop/continue",
    "feedback_action": "Feedback actions",
    "practice_cycle": "Practice cycles",
    "practice_tick": "Practice notes",
    "behaviour": "Your behaviours",
    "team_check": "Self-checks",
    "set_aside": "Priorities set aside",
}
HIGHLIGHT = ("\x02", "\x03")  # snippet markers, replaced by the caller (bold, brackets…)
_FTS_SYNTAX = re.compile(r'["*()^:]|\b(AND|OR|NOT|NEAR)\b')
_WORD = re.compile(r"\w+", re.UNICODE)
MAX_TERMS = 16  # words in one search; more only slow it down, they rarely narrow it


@dataclass(frozen=True)
class SearchHit:
    kind: str
    record_id: int
    snippet: str  # with HIGHLIGHT markers around matches
    rank: float
    link: str
    where: str  # a short context: the week, the person, "Anonymous"…

    @property
    def group(self) -> str:
        return KIND_LABELS.get(self.kind, self.kind)


def plain_query(words: str) -> str:
    """Every word must appear, each as a prefix: ``"refund"* "tick"*``."""
    return " ".join(f'"{word}"*' for word in query_terms(words))


def query_terms(words: str) -> list[str]:
    """The words a plain search looks for, kept few so a search stays quick whatever is
    pasted (FTS5's time grows with the square of the terms): each word once whatever its
    case, none that another word already starts with ("re" in "re refund"), no one-letter
    prefixes (they match nearly everything; a single digit stays: "week 7"), and at most
    :data:`MAX_TERMS`."""
    unique: dict[str, str] = {}
    for word in _WORD.findall(words):
        if (len(word) > 1 or word.isdigit()) and word.casefold() not in unique:
            unique[word.casefold()] = word
    # In sorted order, a word that starts another starts the very next one.
    ordered = sorted(unique)
    covered = {key for key, after in pairwise(ordered) if after.startswith(key)}
    return [word for key, word in unique.items() if key not in covered][:MAX_TERMS]


def to_fts(query: str) -> str:
    """The FTS5 query for what was typed: search syntax as it is when it is short,
    plain words otherwise."""
    if _FTS_SYNTAX.search(query) and len(_WORD.findall(query)) <= MAX_TERMS:
        return query.strip()
    return plain_query(query)


def search(repos: Repositories, query: str, limit: int = 50) -> list[SearchHit]:
    """Ranked hits (best first); empty for an empty query."""
    connection = repos.engine.raw_connection()
    try:
        return search_connection(connection, query, limit)
    finally:
        connection.close()


def search_file(
    journal_file: Path, query: str, limit: int = 50, key: str | None = None
) -> list[SearchHit]:
    """The same search on a journal opened read-only with a plain DB-API connection: the
    command line uses it to answer without loading the storage layer."""
    with closing(connect_file(journal_file, key=key, read_only=True)) as connection:
        connection.execute("PRAGMA busy_timeout = 5000")
        return search_connection(connection, query, limit)


def search_connection(connection: Any, query: str, limit: int = 50) -> list[SearchHit]:
    """Search on any DB-API connection to a journal."""
    if not _WORD.search(query):
        return []
    rows = _run(connection, to_fts(query), limit)
    if rows is None:  # not valid FTS5: take the words as they are
        rows = _run(connection, plain_query(query), limit) or []
    rows = named_kinds_first(connection, query, rows, limit)
    resolver = _Resolver(connection)
    return [
        SearchHit(
            kind,
            int(record_id),
            plain_snippet(snippet),
            rank,
            *resolver.place(kind, int(record_id)),
        )
        for kind, record_id, snippet, rank in rows
    ]


def _run(connection: Any, fts: str, limit: int) -> list[Any] | None:
    if not fts:
        return []
    statement = (
        "SELECT kind, record_id, "
        f"snippet(search_index, 2, '{HIGHLIGHT[0]}', '{HIGHLIGHT[1]}', '…', 14), "
        "bm25(search_index) AS rank "
        "FROM search_index WHERE search_index MATCH ? ORDER BY rank LIMIT ?"
    )
    cursor = connection.cursor()
    try:
        return list(cursor.execute(statement, (fts, limit)).fetchall())
    except Exception as error:  # the plain or the SQLCipher driver's error class
        if is_operational_error(error):
            return None
        raise
    finally:
        cursor.close()


class _Resolver:
    """Where each hit opens (a leadjournal: link) and a few words of context."""

    def __init__(self, connection: Any) -> None:
        self.connection = connection
        self.people = dict(self._all("SELECT id, name FROM person"))
        self._weeks: dict[int, dt.date] | None = None

    def _all(self, sql: str, *params: Any) -> list[Any]:
        cursor = self.connection.cursor()
        try:
            return list(cursor.execute(sql, params).fetchall())
        finally:
            cursor.close()

    def _scalar(self, sql: str, record_id: int) -> Any:
        rows = self._all(sql.replace(":id", "?"), record_id)
        return rows[0][0] if rows else None

    def weeks(self) -> dict[int, dt.date]:
        if self._weeks is None:
            self._weeks = {
                week_id: dt.date.fromisoformat(str(start))
                for week_id, start in self._all("SELECT id, week_start FROM week_plan")
            }
        return self._weeks

    def place(self, kind: str, record_id: int) -> tuple[str, str]:
        week_of = {
            "week": "SELECT id FROM week_plan WHERE id = :id",
            "priority": "SELECT week_id FROM priority WHERE id = :id",
            "criterion": "SELECT p.week_id FROM criterion c JOIN priority p "
            "ON c.priority_id = p.id WHERE c.id = :id",
            "task": "SELECT week_id FROM task WHERE id = :id",
            "checkin": "SELECT week_id FROM checkin WHERE id = :id",
            "decision": "SELECT week_id FROM decision WHERE id = :id",
            "set_aside": "SELECT week_id FROM set_aside WHERE id = :id",
        }
        person_of = {
            "recognition": ("SELECT person_id FROM recognition WHERE id = :id", "recognition"),
            "person": ("SELECT id FROM person WHERE id = :id", "timeline"),
            "one_on_one": ("SELECT person_id FROM one_on_one WHERE id = :id", "one_on_ones"),
            "agenda_item": (
                "SELECT o.person_id FROM agenda_item a JOIN one_on_one o "
                "ON a.one_on_one_id = o.id WHERE a.id = :id",
                "one_on_ones",
            ),
            "action_item": (
                "SELECT o.person_id FROM action_item a JOIN one_on_one o "
                "ON a.one_on_one_id = o.id WHERE a.id = :id",
                "one_on_ones",
            ),
            "coaching": ("SELECT person_id FROM coaching WHERE id = :id", "coaching"),
            "plan": ("SELECT person_id FROM improvement_plan WHERE id = :id", "plans"),
            "plan_checkin": (
                "SELECT p.person_id FROM plan_checkin c JOIN improvement_plan p "
                "ON c.plan_id = p.id WHERE c.id = :id",
                "plans",
            ),
            "delegation": ("SELECT person_id FROM delegation WHERE id = :id", "delegations"),
        }
        if kind in week_of:
            week_id = self._scalar(week_of[kind], record_id)
            start = self.weeks().get(week_id) if week_id is not None else None
            if start is None:
                return "leadjournal:weekly-plan", ""
            step = {"checkin": 3, "decision": 5, "task": 1, "priority": 0, "criterion": 0}
            return (
                f"leadjournal:weekly-plan?week={start.isoformat()}&step={step.get(kind, 0)}",
                f"week of {human_date(start)}",
            )
        if kind in person_of:
            sql, section = person_of[kind]
            person_id = self._scalar(sql, record_id)
            name = self.people.get(person_id, "") if person_id is not None else ""
            return f"leadjournal:coaching?person={person_id}&section={section}", name
        if kind == "lesson":
            return f"leadjournal:lessons?lesson={record_id}", ""
        if kind == "feedback_item":
            return "leadjournal:feedback", self._feedback_source(record_id)
        if kind.startswith("feedback"):
            return "leadjournal:feedback", ""
        if kind in ("practice_cycle", "practice_tick", "behaviour"):
            return "leadjournal:practice", ""
        return "leadjournal:insights", ""

    def _feedback_source(self, item_id: int) -> str:
        """Who said it, from the response's source: anonymous stays anonymous."""
        rows = self._all(
            "SELECT r.source, p.name FROM feedback_item i "
            "JOIN feedback_response r ON i.response_id = r.id "
            "LEFT JOIN person p ON r.person_id = p.id WHERE i.id = ?",
            item_id,
        )
        return source_text(rows[0][0], rows[0][1]) if rows else ""


# --- kinds named in the query ---------------------------------------------------------------
# A word that names a kind of record ("decision", "lessons", "one-on-one"…) brings that
# kind first: with no other words, its records newest first; with other words, its
# records that match them. Whatever else matches the query as typed follows.
_ONE_ON_ONES = ("one_on_one", "agenda_item", "action_item")
_FEEDBACK = ("feedback_request", "feedback_item", "feedback_action")
_PRACTICE = ("practice_cycle", "practice_tick", "behaviour")
KIND_WORDS: dict[str, tuple[str, ...]] = {
    "decision": ("decision",),
    "decisions": ("decision",),
    "lesson": ("lesson",),
    "lessons": ("lesson",),
    "one-on-one": _ONE_ON_ONES,
    "one-on-ones": _ONE_ON_ONES,
    "1:1": _ONE_ON_ONES,
    "1:1s": _ONE_ON_ONES,
    "1-1": _ONE_ON_ONES,
    "feedback": _FEEDBACK,
    "task": ("task",),
    "tasks": ("task",),
    "person": ("person",),
    "people": ("person",),
    "priority": ("priority",),
    "priorities": ("priority",),
    "check-in": ("checkin", "plan_checkin"),
    "check-ins": ("checkin", "plan_checkin"),
    "checkin": ("checkin", "plan_checkin"),
    "checkins": ("checkin", "plan_checkin"),
    "recognition": ("recognition",),
    "coaching": ("coaching",),
    "delegation": ("delegation",),
    "delegations": ("delegation",),
    "practice": _PRACTICE,
}
_SNIPPET_WORDS = 14  # as many as the FTS snippet shows


def split_kind_words(query: str) -> tuple[tuple[str, ...], str]:
    """The kinds of record a query names, and the rest of its words.

    ``"decision budget"`` → ``(("decision",), "budget")``. Queries in FTS syntax (quotes,
    operators) are taken as written and name no kind."""
    if _FTS_SYNTAX.search(query.replace("1:1", "")):
        return (), query
    kinds: list[str] = []
    rest: list[str] = []
    for token in query.split():
        named = KIND_WORDS.get(token.lower().strip(".,;!?"))
        if named is None:
            rest.append(token)
        else:
            kinds.extend(kind for kind in named if kind not in kinds)
    return tuple(kinds), " ".join(rest)


def named_kinds_first(connection: Any, query: str, rows: list[Any], limit: int) -> list[Any]:
    """``rows`` (the query's hits as typed) after the records of the kinds it names."""
    kinds, rest = split_kind_words(query)
    if not kinds:
        return rows
    first = _rows_of_kinds(connection, kinds, rest, limit)
    seen = {(kind, record_id) for kind, record_id, *_ in first}
    return (first + [row for row in rows if (row[0], row[1]) not in seen])[:limit]


def _rows_of_kinds(connection: Any, kinds: tuple[str, ...], rest: str, limit: int) -> list[Any]:
    marks = ", ".join("?" for _ in kinds)
    cursor = connection.cursor()
    try:
        if not _WORD.search(rest):  # only kind words: that kind's records, newest first
            found = cursor.execute(
                f"SELECT kind, record_id, body, 0.0 FROM search_index WHERE kind IN ({marks}) "
                "ORDER BY rowid DESC LIMIT ?",
                (*kinds, limit),
            ).fetchall()
            return [
                (kind, record_id, _leading_words(body), rank)
                for kind, record_id, body, rank in found
            ]
        return list(
            cursor.execute(
                "SELECT kind, record_id, "
                f"snippet(search_index, 2, '{HIGHLIGHT[0]}', '{HIGHLIGHT[1]}', '…', 14), "
                "bm25(search_index) AS rank FROM search_index "
                f"WHERE search_index MATCH ? AND kind IN ({marks}) ORDER BY rank LIMIT ?",
                (plain_query(rest), *kinds, limit),
            ).fetchall()
        )
    finally:
        cursor.close()


def _leading_words(body: str | None) -> str:
    words = (body or "").split()
    text = " ".join(words[:_SNIPPET_WORDS])
    return text + "…" if len(words) > _SNIPPET_WORDS else text


# --- snippets as plain text ---------------------------------------------------------------
# Stakeholder updates, agendas and notes may hold Markdown; a result reads as plain words.
_MD_LINK = re.compile(r"!?\[([^\]]*)\]\([^)]*\)?")
_MD_LINE_START = re.compile(
    r"(?m)^[ \t]*(?:#{1,6}[ \t]+|[-*+][ \t]+\[[ xX]\][ \t]+|[-*+][ \t]+|>[ \t]?)"
)
_MD_HEADING_MARK = re.compile(r"(?<![\w#])#{1,6}[ \t]+")
_MD_EMPHASIS = re.compile(r"\*{1,3}|_{2,3}|`+|~~")


def plain_snippet(snippet: str) -> str:
    """A snippet without Markdown markup (``**``, ``#``, ``[text](link)``…), on one line;
    the match markers (``HIGHLIGHT``) stay."""
    text = _MD_LINK.sub(r"\1", snippet)
    text = _MD_LINE_START.sub("", text)
    text = _MD_HEADING_MARK.sub("", text)
    text = _MD_EMPHASIS.sub("", text)
    return " ".join(text.split())
