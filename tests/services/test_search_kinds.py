"""Search knows kinds of record ("decision" lists decisions) and shows plain snippets."""

from __future__ import annotations

import datetime as dt

from leadjournal.db.repositories import Repositories
from leadjournal.services.search import HIGHLIGHT, plain_snippet, search, split_kind_words
from leadjournal.services.weeks import WeekPlanner

MONDAY = dt.date(2026, 11, 30)
UPDATE = (
    "## Update for the week of Mon 30 Nov 2026\n\n"
    "**Decisions**\n- Decided to [freeze the rota](https://wiki.example/rota) until January\n"
)


def journal_with_a_decision(repos: Repositories) -> int:
    week = WeekPlanner(repos).start_week(MONDAY)
    repos.weeks.update(week.id, stakeholder_update=UPDATE)
    repos.lessons.add(MONDAY, title="Ask before the decision, not after")
    return repos.weeks.add_decision(
        week.id,
        decided_on=dt.date(2026, 12, 3),
        decision="Move stand-up to 09:30",
        reason="Two people start late",
        consulted="Team",
    )


def test_a_kind_word_lists_that_kind_first(repos: Repositories) -> None:
    decision = journal_with_a_decision(repos)
    hits = search(repos, "decision")
    assert (hits[0].kind, hits[0].record_id) == ("decision", decision)
    # Its text does not contain the word; it is found because it *is* a decision.
    assert hits[0].snippet == "Move stand-up to 09:30 Two people start late Team"
    # What merely mentions the word still follows.
    assert {"lesson", "week"} <= {hit.kind for hit in hits[1:]}
    assert search(repos, "Decisions")[0].kind == "decision"


def test_a_kind_word_with_other_words_narrows_that_kind(repos: Repositories) -> None:
    journal_with_a_decision(repos)
    assert [hit.kind for hit in search(repos, "decision stand")][:1] == ["decision"]
    assert split_kind_words("lessons rota") == (("lesson",), "rota")
    assert split_kind_words("One-on-one agenda")[0] == ("one_on_one", "agenda_item", "action_item")
    assert split_kind_words('"decision"') == ((), '"decision"')  # FTS syntax as written


def test_snippets_are_plain_text(repos: Repositories) -> None:
    journal_with_a_decision(repos)
    [week] = [hit for hit in search(repos, "rota") if hit.kind == "week"]
    plain = week.snippet.replace(HIGHLIGHT[0], "").replace(HIGHLIGHT[1], "")
    for markup in ("**", "##", "](", "- Decided", "\n"):
        assert markup not in plain
    assert "freeze the rota" in plain


def test_plain_snippet_drops_markdown_and_keeps_highlights() -> None:
    marked = f"## {HIGHLIGHT[0]}Decisions{HIGHLIGHT[1]}\n- **Ship** the [guide](http://x/y) `now`"
    assert plain_snippet(marked) == f"{HIGHLIGHT[0]}Decisions{HIGHLIGHT[1]} Ship the guide now"
    assert plain_snippet("…the plan. ### Risks > none") == "…the plan. Risks > none"
