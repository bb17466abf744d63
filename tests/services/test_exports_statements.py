"""Exports read the journal with a fixed number of SQL statements, however many people,
weeks and records it holds."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from leadjournal.db.engine import open_journal
from leadjournal.db.repositories import Repositories
from leadjournal.services import exports, transfer
from tests.services.sized_journal import WORD, statements_run, write_journal_of

Export = Callable[[Repositories], str]


def statements_for(folder: Path, size: int, export: Export) -> tuple[str, int]:
    repos = Repositories(open_journal(folder / "journal.sqlite", folder / "backups"))
    write_journal_of(repos, size)
    with statements_run(repos) as statements:
        text = export(repos)
    repos.engine.dispose()
    return text, len(statements)


@pytest.mark.parametrize(
    "export",
    [
        exports.journal_markdown,
        exports.weekly_numbers_csv,
        exports.practice_ticks_csv,
        transfer.export_json,
    ],
    ids=["markdown", "weekly-csv", "ticks-csv", "json"],
)
def test_twenty_people_take_no_more_statements_than_one(tmp_path: Path, export: Export) -> None:
    one, few = statements_for(tmp_path / "one", 1, export)
    twenty, many = statements_for(tmp_path / "twenty", 20, export)
    assert len(twenty) > 4 * len(one)  # twenty times the records are all in it
    assert many == few > 0


def test_the_whole_journal_in_markdown_keeps_every_persons_records(tmp_path: Path) -> None:
    markdown, _ = statements_for(tmp_path, 20, exports.journal_markdown)
    for number in (1, 20):
        person = markdown.split(f"## Person {number:02}\n")[1].split("\n## ")[0]
        assert f"{WORD} notes" in person
        assert f"  - agenda: {WORD} agenda" in person
        assert f"  - action (them, open): {WORD} action" in person
        assert "### Coaching" in person and "### Improvement plans" in person
        assert f"{WORD} going well" in person  # the plan's check-in
        assert f"{WORD} fix — Ok" in person  # recognition
        assert f"{WORD} rota (open)" in person  # delegation
        # Their named feedback, and no anonymous answer under their name.
        assert f"start: Start the {WORD} talk" in person
        assert "Stop" not in person
    assert markdown.count(f"start: Start the {WORD} talk") == 40  # people, and by theme


def test_one_persons_markdown_reads_only_their_records(repos: Repositories) -> None:
    write_journal_of(repos, 3)
    person = exports.find_person(repos, "Person 02")
    with statements_run(repos) as statements:
        markdown = exports.person_markdown(repos, person)
    assert markdown.startswith("# Person 02\n")
    assert markdown.count(f"- agenda: {WORD} agenda") == 1
    assert markdown.count("### Delegations") == 0 and markdown.count("## Delegations") == 1
    # 9 reads of their records, then issue 22's: the decisions they were consulted on,
    # their blockers and next actions (two reads), and their tasks that slipped.
    assert len(statements) <= 13
