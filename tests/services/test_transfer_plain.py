"""The command line's export and import on a plain connection (``leadjournal.db.direct``)
give the same file and write the same rows as the storage layer's, and keep its promises:
all or nothing, overlong text refused in a sentence, the search index kept right."""

from __future__ import annotations

import datetime as dt
import json
import sqlite3
from collections.abc import Iterator
from contextlib import closing
from pathlib import Path

import pytest

from leadjournal.db import direct
from leadjournal.db.engine import MAX_TEXT, open_journal
from leadjournal.db.repositories import Repositories
from leadjournal.services.sample_journal import write_sample_journal
from leadjournal.services.search import search_file
from leadjournal.services.transfer import (
    ImportRefusedError,
    apply_import,
    export_data,
    export_json,
    import_data,
    plan_plain_import,
)

FRIDAY = dt.date(2026, 11, 27)


def fresh(folder: Path) -> Repositories:
    return Repositories(open_journal(folder / "journal.sqlite", folder / "backups"))


def file_of(repos: Repositories) -> Path:
    return Path(str(repos.engine.url.database))


@pytest.fixture
def plain_of() -> Iterator[list[direct.PlainJournal]]:
    opened: list[direct.PlainJournal] = []
    yield opened
    for journal in opened:
        journal.close()


def plain(repos: Repositories, opened: list[direct.PlainJournal]) -> direct.PlainJournal:
    journal = direct.open_for_transfer(file_of(repos), None)
    assert journal is not None
    opened.append(journal)
    return journal


def stored_rows(journal_file: Path) -> dict[str, list[tuple[object, ...]]]:
    """Every row of every table as the file holds it (the search index's words too)."""
    with closing(sqlite3.connect(journal_file)) as db:
        names = [
            name
            for (name,) in db.execute(
                "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite%' "
                "AND name NOT LIKE 'search_index_%' ORDER BY name"
            )
        ]
        return {
            name: sorted(db.execute(f'SELECT rowid, * FROM "{name}"').fetchall(), key=repr)
            for name in names
        }


def test_the_plain_way_exports_and_imports_exactly_as_the_storage_layer(
    repos: Repositories, tmp_path: Path, plain_of: list[direct.PlainJournal]
) -> None:
    write_sample_journal(repos, FRIDAY)
    exported = export_json(repos)
    assert export_json(plain(repos, plain_of)) == exported
    data = export_data(repos)
    filled = [name for name, rows in data["tables"].items() if rows]
    assert len(filled) >= 20  # the sample fills most tables: dates, times, flags, numbers

    by_storage, by_plain = fresh(tmp_path / "storage"), fresh(tmp_path / "plain")
    import_data(by_storage, exported.encode())
    import_data(plain(by_plain, plain_of), exported.encode())
    assert stored_rows(file_of(by_plain)) == stored_rows(file_of(by_storage))
    assert export_json(by_plain) == exported
    # Stored exactly as the ORM stored the sample (dates, date-times, flags, numbers),
    # table by table; settings and the reminder log don't all travel.
    written_by_orm = stored_rows(file_of(repos))
    for name, rows in stored_rows(file_of(by_plain)).items():
        if name not in ("setting", "reminder_log", "alembic_version"):
            assert rows == written_by_orm[name], name
    # The search index was kept by the journal's own triggers.
    lesson = data["tables"]["lesson"][0]
    word = lesson["title"].split()[0]
    assert {(h.kind, h.record_id) for h in search_file(file_of(by_plain), word)} == {
        (h.kind, h.record_id) for h in search_file(file_of(by_storage), word)
    }
    assert ("lesson", lesson["id"]) in {
        (h.kind, h.record_id) for h in search_file(file_of(by_plain), word)
    }


def test_importing_twice_on_the_plain_way_changes_nothing_the_second_time(
    repos: Repositories, tmp_path: Path, plain_of: list[direct.PlainJournal]
) -> None:
    write_sample_journal(repos, FRIDAY)
    raw = export_json(repos).encode()
    target = fresh(tmp_path / "target")
    planned = plan_plain_import(file_of(target), None, raw)
    assert planned is not None
    journal, plan = planned
    assert isinstance(journal, direct.PlainJournal)  # no storage layer on this way
    plain_of.append(journal)
    assert plan.added > 0 and not plan.replaced
    apply_import(journal, plan)
    again = plan_plain_import(file_of(target), None, raw)
    assert again is not None and isinstance(again[0], direct.PlainJournal)
    plain_of.append(again[0])
    assert again[1].summary() == (
        "Your journal already holds everything in this file; nothing would change."
    )


def test_a_file_leaving_a_column_out_goes_the_usual_way_which_fills_the_default(
    repos: Repositories, tmp_path: Path
) -> None:
    repos.lessons.add(FRIDAY, title="Ask first", what_happened="Maya had planned her week")
    document = json.loads(export_json(repos))
    for row in document["tables"]["lesson"]:
        del row["do_differently"]  # as a file of an older LeadJournal may
    raw = json.dumps(document).encode()
    target = fresh(tmp_path / "target")
    assert plan_plain_import(file_of(target), None, raw) is None
    import_data(target, raw)
    (lesson,) = stored_rows(file_of(target))["lesson"]
    assert "Ask first" in lesson and "" in lesson


def test_a_new_or_older_journal_goes_the_usual_way(tmp_path: Path) -> None:
    assert plan_plain_import(tmp_path / "none" / "journal.sqlite", None, b"{}") is None


def test_an_overlong_text_is_refused_on_the_plain_way_and_nothing_is_written(
    repos: Repositories, plain_of: list[direct.PlainJournal]
) -> None:
    repos.lessons.add(FRIDAY, title="Short", what_happened="")
    document = json.loads(export_json(repos))
    document["tables"]["lesson"][0]["id"] = 2
    document["tables"]["lesson"][0]["what_happened"] = "x" * (MAX_TEXT + 1)
    before = stored_rows(file_of(repos))
    with pytest.raises(ImportRefusedError) as refused:
        import_data(plain(repos, plain_of), json.dumps(document).encode())
    assert str(refused.value) == (
        "The import was refused at tables.lesson[0].what_happened: the text is "
        f"{MAX_TEXT + 1:,} characters long; the limit is {MAX_TEXT:,}. Nothing was changed."
    )
    assert stored_rows(file_of(repos)) == before


def test_a_row_breaking_a_rule_undoes_the_whole_plain_import(
    repos: Repositories, tmp_path: Path, plain_of: list[direct.PlainJournal]
) -> None:
    write_sample_journal(repos, FRIDAY)
    document = json.loads(export_json(repos))
    # A second check-in for the same person and week under a new id: only the journal's
    # own rule refuses it, when it is written, after the tables before it.
    twin = dict(document["tables"]["checkin"][0], id=9999)
    document["tables"]["checkin"].append(twin)
    target = fresh(tmp_path / "target")
    before = stored_rows(file_of(target))
    with pytest.raises(ImportRefusedError, match=r"breaks a rule of the journal.*Nothing was"):
        import_data(plain(target, plain_of), json.dumps(document).encode())
    assert stored_rows(file_of(target)) == before


def test_a_row_pointing_to_a_later_row_of_its_own_table_imports_on_both_ways(
    repos: Repositories, tmp_path: Path, plain_of: list[direct.PlainJournal]
) -> None:
    # A changed goal points to the newer goal that carries on: a later id of the same
    # table. Each table is written in one statement, so the reference is checked once
    # the newer row is there too.
    document = json.loads(export_json(repos))
    goal = {
        "title": "",
        "why": "",
        "measure": "",
        "horizon": "quarter",
        "target_date": None,
        "closed_on": None,
        "close_reason": "",
        "created_at": "2026-10-01T09:00:00",
    }
    document["tables"]["goal"] = [
        {
            **goal,
            "id": 1,
            "title": "Faster refunds",
            "status": "changed",
            "set_on": "2026-10-01",
            "closed_on": "2026-10-20",
            "replaced_by_id": 2,
        },
        {
            **goal,
            "id": 2,
            "title": "Refunds in a day",
            "status": "open",
            "set_on": "2026-10-20",
            "replaced_by_id": None,
        },
    ]
    raw = json.dumps(document).encode()
    by_storage, by_plain = fresh(tmp_path / "storage"), fresh(tmp_path / "plain")
    import_data(by_storage, raw)
    import_data(plain(by_plain, plain_of), raw)
    goals = stored_rows(file_of(by_plain))["goal"]
    assert goals == stored_rows(file_of(by_storage))["goal"]
    with closing(sqlite3.connect(file_of(by_plain))) as db:
        assert db.execute("SELECT title, replaced_by_id FROM goal ORDER BY id").fetchall() == [
            ("Faster refunds", 2),
            ("Refunds in a day", None),
        ]
