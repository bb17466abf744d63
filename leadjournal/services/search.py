"""Full-text search over the whole journal (SQLite FTS5, kept in step by triggers).

Plain words search as prefixes (``refu`` finds "refund"); quotes, ``*``, AND / OR / NOT
and NEAR are FTS5 syntax and are passed through. Input that is not valid FTS5 is
searched as plain words instead: a search never fails on what the user typed.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from itertools import pairwise
from pathlib import Path
from typing import TYPE_CHECKING

from leadjournal.db import search_index as index_sql
from leadjournal.db.search_index import (
    PERSON_KINDS,
    SNIPPET_WORDS,
    WEEK_KINDS,
    IndexRow,
    SearchIndex,
    open_read_only,
)
from leadjournal.i18n import QT_TRANSLATE_NOOP, tr
from leadjournal.services.weekly_loop import Step, week_link
from leadjournal.text import human_date, source_text

if TYPE_CHECKING:
    from leadjournal.db.repositories import Repositories

HIGHLIGHT = index_sql.HIGHLIGHT  # the snippets' match markers, for whoever shows them
# The group each kind of hit is listed under; ``SearchHit.group_title`` translates it.
KIND_LABELS = {
    "week": QT_TRANSLATE_NOOP("", "Weekly plans"),
    "priority": QT_TRANSLATE_NOOP("", "Priorities"),
    "criterion": QT_TRANSLATE_NOOP("", "Definitions of done"),
    "task": QT_TRANSLATE_NOOP("", "Tasks"),
    "checkin": QT_TRANSLATE_NOOP("", "Check-ins"),
    "decision": QT_TRANSLATE_NOOP("", "Decisions"),
    "lesson": QT_TRANSLATE_NOOP("", "Lessons"),
    "recognition": QT_TRANSLATE_NOOP("", "Recognition"),
    "person": QT_TRANSLATE_NOOP("", "People"),
    "one_on_one": QT_TRANSLATE_NOOP("", "One-on-ones"),
    "agenda_item": QT_TRANSLATE_NOOP("", "One-on-one agendas"),
    "action_item": QT_TRANSLATE_NOOP("", "Action items"),
    "coaching": QT_TRANSLATE_NOOP("", "Coaching"),
    "plan": QT_TRANSLATE_NOOP("", "Improvement plans"),
    "plan_checkin": QT_TRANSLATE_NOOP("", "Plan check-ins"),
    "delegation": QT_TRANSLATE_NOOP("", "Delegations"),
    "feedback_request": QT_TRANSLATE_NOOP("", "Feedback requests"),
    "feedback_item": QT_TRANSLATE_NOOP("", "Start/stop/continue"),
    "feedback_action": QT_TRANSLATE_NOOP("", "Feedback actions"),
    "practice_cycle": QT_TRANSLATE_NOOP("", "Practice cycles"),
    "practice_tick": QT_TRANSLATE_NOOP("", "Practice notes"),
    "behaviour": QT_TRANSLATE_NOOP("", "Your behaviours"),
    "team_check": QT_TRANSLATE_NOOP("", "Self-checks"),
    "set_aside": QT_TRANSLATE_NOOP("", "Priorities set aside"),
    "blocker": QT_TRANSLATE_NOOP("", "Blockers"),
    "week_change": QT_TRANSLATE_NOOP("", "Changes to the plan"),
    "touchpoint": QT_TRANSLATE_NOOP("", "Alignment touchpoints"),
    "decision_needed": QT_TRANSLATE_NOOP("", "Decisions needed"),
    "improvement": QT_TRANSLATE_NOOP("", "Improvements"),
    "reflection": QT_TRANSLATE_NOOP("", "Daily reflections"),
    "goal": QT_TRANSLATE_NOOP("", "Goals"),
    "metric": QT_TRANSLATE_NOOP("", "Team metrics"),
    "metric_value": QT_TRANSLATE_NOOP("", "Notes beside team metrics"),
    "rollout": QT_TRANSLATE_NOOP("", "Rollouts"),
    "rollout_step": QT_TRANSLATE_NOOP("", "Rollout steps"),
    "rollout_feedback": QT_TRANSLATE_NOOP("", "Rollout feedback"),
}
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
        """The group's name as written (the command line's JSON)."""
        return KIND_LABELS.get(self.kind, self.kind)

    @property
    def group_title(self) -> str:
        """The group's name in the user's language."""
        return tr(KIND_LABELS[self.kind]) if self.kind in KIND_LABELS else self.kind


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
    with repos.search.index() as index:
        return search_in(index, query, limit)


def search_file(
    journal_file: Path, query: str, limit: int = 50, key: str | None = None
) -> list[SearchHit]:
    """The same search on a journal opened read-only with a plain DB-API connection: the
    command line uses it to answer without loading the storage layer."""
    with open_read_only(journal_file, key) as index:
        return search_in(index, query, limit)


def search_in(index: SearchIndex, query: str, limit: int = 50) -> list[SearchHit]:
    """Search a journal's index: a fixed number of statements, whatever the hits."""
    if not _WORD.search(query):
        return []
    fts = to_fts(query)
    rows = index.matches(fts, limit) if fts else []
    if rows is None:  # not valid FTS5: take the words as they are
        plain = plain_query(query)
        rows = (index.matches(plain, limit) if plain else []) or []
    rows = named_kinds_first(index, query, rows, limit)
    places = _places(index, rows)
    return [
        SearchHit(kind, record_id, plain_snippet(snippet), rank, *places[kind, record_id])
        for kind, record_id, snippet, rank in rows
    ]


# --- where each hit opens ---------------------------------------------------------------------
# The step of the week a hit opens on; other kinds of the week open on its first step.
_STEP_OF = {
    "checkin": Step.CHECKIN,
    "blocker": Step.CHECKIN,
    "decision": Step.ALIGN,
    "touchpoint": Step.ALIGN,
    "decision_needed": Step.ALIGN,
    "task": Step.PLAN,
    "improvement": Step.IMPROVE,
    "week_change": Step.REVIEW,
    "metric_value": Step.REVIEW,
    "rollout": Step.ALIGN,
    "rollout_step": Step.ALIGN,
    "rollout_feedback": Step.ALIGN,
}
# The Coaching Log section a hit about a person opens on.
_SECTION_OF = {
    "recognition": "recognition",
    "person": "timeline",
    "one_on_one": "one_on_ones",
    "agenda_item": "one_on_ones",
    "action_item": "one_on_ones",
    "coaching": "coaching",
    "plan": "plans",
    "plan_checkin": "plans",
    "delegation": "delegations",
}
_PRACTICE_KINDS = ("practice_cycle", "practice_tick", "behaviour")


def _places(index: SearchIndex, rows: Sequence[IndexRow]) -> dict[tuple[str, int], tuple[str, str]]:
    """Where each hit opens (a leadjournal: link) and a few words of context, looked up
    with one statement per kind of hit."""
    ids_of: dict[str, list[int]] = {}
    for kind, record_id, *_ in rows:
        ids_of.setdefault(kind, []).append(record_id)
    places: dict[tuple[str, int], tuple[str, str]] = {}
    for kind, ids in ids_of.items():
        if kind in WEEK_KINDS:
            starts = index.weeks_of(kind, ids)
            for record_id in ids:
                start = starts.get(record_id)
                places[kind, record_id] = (
                    ("leadjournal:weekly-plan", "")
                    if start is None
                    else (
                        week_link(start, _STEP_OF.get(kind, Step.DIRECTION)),
                        f"week of {human_date(start)}",
                    )
                )
        elif kind in PERSON_KINDS:
            people = index.people_of(kind, ids)
            for record_id in ids:
                person_id, name = people.get(record_id, (None, ""))
                section = _SECTION_OF[kind]
                places[kind, record_id] = (
                    f"leadjournal:coaching?person={person_id}&section={section}",
                    name,
                )
        elif kind == "reflection":
            days = index.reflection_days(ids)
            for record_id in ids:
                day = days.get(record_id)
                places[kind, record_id] = (
                    ("leadjournal:lessons", "")
                    if day is None
                    else (f"leadjournal:lessons?reflection={day.isoformat()}", human_date(day))
                )
        elif kind == "feedback_item":
            sources = index.feedback_sources(ids)
            for record_id in ids:
                # Who said it, from the response's source: anonymous stays anonymous.
                found = sources.get(record_id)
                where = source_text(*found) if found is not None else ""
                places[kind, record_id] = ("leadjournal:feedback", where)
        else:
            for record_id in ids:
                places[kind, record_id] = (_link_of(kind, record_id), "")
    return places


def _link_of(kind: str, record_id: int) -> str:
    if kind == "goal":  # goals are set and closed on the Direction step
        return f"leadjournal:weekly-plan?step={int(Step.DIRECTION)}"
    if kind == "lesson":
        return f"leadjournal:lessons?lesson={record_id}"
    if kind.startswith("feedback"):
        return "leadjournal:feedback"
    if kind in _PRACTICE_KINDS:
        return "leadjournal:practice"
    return "leadjournal:insights"


# --- kinds named in the query ---------------------------------------------------------------
# A word that names a kind of record ("decision", "lessons", "one-on-one"…) brings that
# kind first: with no other words, its records newest first; with other words, its
# records that match them. Whatever else matches the query as typed follows.
_ONE_ON_ONES = ("one_on_one", "agenda_item", "action_item")
_FEEDBACK = ("feedback_request", "feedback_item", "feedback_action")
_PRACTICE = ("practice_cycle", "practice_tick", "behaviour")
_ROLLOUT = ("rollout", "rollout_step", "rollout_feedback")
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
    "blocker": ("blocker",),
    "blockers": ("blocker",),
    "improvement": ("improvement",),
    "improvements": ("improvement",),
    "reflection": ("reflection",),
    "reflections": ("reflection",),
    "goal": ("goal",),
    "goals": ("goal",),
    "metric": ("metric", "metric_value"),
    "metrics": ("metric", "metric_value"),
    "rollout": _ROLLOUT,
    "rollouts": _ROLLOUT,
}


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


def named_kinds_first(
    index: SearchIndex, query: str, rows: list[IndexRow], limit: int
) -> list[IndexRow]:
    """``rows`` (the query's hits as typed) after the records of the kinds it names."""
    kinds, rest = split_kind_words(query)
    if not kinds:
        return rows
    first = _rows_of_kinds(index, kinds, rest, limit)
    seen = {(kind, record_id) for kind, record_id, *_ in first}
    return (first + [row for row in rows if (row[0], row[1]) not in seen])[:limit]


def _rows_of_kinds(
    index: SearchIndex, kinds: tuple[str, ...], rest: str, limit: int
) -> list[IndexRow]:
    words = plain_query(rest)
    if not words:  # only kind words (and one-letter ones): the kind's records, newest first
        return [
            (kind, record_id, _leading_words(body), 0.0)
            for kind, record_id, body in index.newest(kinds, limit)
        ]
    return index.matches(words, limit, kinds) or []


def _leading_words(body: str) -> str:
    words = body.split()
    text = " ".join(words[:SNIPPET_WORDS])
    return text + "…" if len(words) > SNIPPET_WORDS else text


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
