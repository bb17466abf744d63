"""The command line's direct write: the same lesson row the storage layer writes."""

from __future__ import annotations

import datetime as dt
import sqlite3
from contextlib import closing
from pathlib import Path

from leadjournal import commands
from leadjournal.db import direct, engine
from leadjournal.db.repositories import Repositories
from leadjournal.services.capture import keep_capture, parse_capture
from leadjournal.services.search import search_file
from leadjournal.single_instance import CHANGED_NOTICE

DAY = dt.date(2026, 11, 30)


def lesson_rows(journal_file: Path) -> list[dict[str, object]]:
    """Every column of every lesson, as the file holds it, the id left out."""
    with closing(sqlite3.connect(journal_file)) as db:
        db.row_factory = sqlite3.Row
        rows = db.execute("SELECT * FROM lesson ORDER BY id").fetchall()
    return [{k: row[k] for k in tuple(row.keys()) if k != "id"} for row in rows]


def test_a_directly_written_lesson_is_the_row_the_storage_layer_writes(
    repos: Repositories, tmp_path: Path
) -> None:
    capture = parse_capture("Ask before reassigning\nMaya had planned her week", ["rota"])
    assert capture is not None
    journal_file = Path(str(repos.engine.url.database))
    keep_capture(repos, capture, DAY)
    kept = direct.add_lesson(
        journal_file,
        None,
        DAY,
        title=capture.title,
        what_happened=capture.what_happened,
        tags=capture.tag_text,
    )
    assert kept is not None
    by_storage, by_direct = lesson_rows(journal_file)
    # Every column, including any a later migration adds: a new column with a default
    # set in the models must be written here too, or this fails.
    assert by_direct == by_storage
    assert by_direct["title"] == "Ask before reassigning"
    assert by_direct["learned_on"] == "2026-11-30"
    # Both are found by search (the index is kept by the file's own triggers) and the
    # storage layer reads the direct one back.
    hits = search_file(journal_file, "reassigning")
    assert sorted(hit.record_id for hit in hits if hit.kind == "lesson") == sorted(
        lesson.id for lesson in repos.lessons.find("reassigning")
    )
    lesson = repos.lessons.get(kept)
    assert lesson is not None and lesson.tags == "rota, capture"


def test_an_older_journal_or_an_overlong_text_is_left_to_the_storage_layer(
    tmp_path: Path,
) -> None:
    old = tmp_path / "journal.sqlite"
    old.write_bytes(Path("tests/fixtures/journal-0009_set_aside.sqlite").read_bytes())
    before = old.read_bytes()
    assert direct.add_lesson(old, None, DAY, title="x", what_happened="", tags="") is None
    assert old.read_bytes() == before  # not migrated, not written: the usual way does that
    current = tmp_path / "current" / "journal.sqlite"
    engine.open_journal(current, tmp_path / "current" / "backups").dispose()
    long_text = "x" * (direct.MAX_TEXT + 1)
    assert direct.add_lesson(current, None, DAY, title=long_text, what_happened="", tags="") is None
    assert lesson_rows(current) == []


def test_the_limits_and_the_window_notice_match_the_storage_layer_and_the_window() -> None:
    assert direct.MAX_TEXT == engine.MAX_TEXT
    assert direct.BUSY_TIMEOUT_MS == engine.BUSY_TIMEOUT_MS
    assert commands.CHANGED_NOTICE == CHANGED_NOTICE
