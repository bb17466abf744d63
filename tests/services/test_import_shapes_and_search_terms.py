"""Import accepts only the documented shapes; search keeps its terms few; a failed write
on the command line says what the command did and whom to blame."""

from __future__ import annotations

import datetime as dt
import json
import os
import sqlite3
from pathlib import Path
from typing import Any

import pytest

from leadjournal.db.repositories import Repositories
from leadjournal.services import transfer
from leadjournal.services.search import MAX_TERMS, plain_query, query_terms, search, to_fts
from leadjournal.services.transfer import ImportRefusedError, export_data, import_data


def exported(repos: Repositories) -> dict[str, Any]:
    import datetime as dt

    repos.lessons.add(dt.date(2026, 11, 26), title="Write the rota first")
    return export_data(repos)


@pytest.mark.parametrize("version", [True, 1.0, "1", 3.0, 0, 4])
def test_format_version_must_be_exactly_a_whole_number_it_knows(
    repos: Repositories, version: Any
) -> None:
    document = exported(repos)
    document["format_version"] = version
    with pytest.raises(ImportRefusedError, match="refused at format_version"):
        import_data(repos, json.dumps(document).encode())


@pytest.mark.parametrize("day", ["20261126", "2026-W48-4", "2026-330", "2026-11-26T00:00"])
def test_dates_only_in_the_documented_shape(repos: Repositories, day: str) -> None:
    document = exported(repos)
    document["tables"]["lesson"][0]["learned_on"] = day
    with pytest.raises(ImportRefusedError, match="expected a date like 2026-11-23"):
        import_data(repos, json.dumps(document).encode())


def test_the_documented_shapes_still_import(repos: Repositories, tmp_path: Path) -> None:
    from leadjournal.db.engine import open_journal

    document = exported(repos)
    engine = open_journal(tmp_path / "other" / "journal.sqlite", tmp_path / "other" / "b")
    other = Repositories(engine)
    import_data(other, json.dumps(document).encode())
    assert [lesson.title for lesson in other.lessons.find()] == ["Write the rota first"]
    engine.dispose()


def test_an_import_file_is_read_no_further_than_the_limit(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(transfer, "MAX_FILE", 1000)
    small = tmp_path / "small.json"
    small.write_bytes(b"{}" + b" " * 900)
    assert transfer.read_import_file(small) == small.read_bytes()
    large = tmp_path / "large.json"
    large.write_bytes(b" " * 1001)
    with pytest.raises(ImportRefusedError, match="more than LeadJournal imports at once"):
        transfer.read_import_file(large)
    with pytest.raises(ImportRefusedError, match="not an ordinary file"):
        transfer.read_import_file(Path("/dev/zero"))


# --- search terms ---------------------------------------------------------------------------


def test_pasted_words_become_a_few_distinct_terms() -> None:
    pasted = " ".join(f"w{n % 300} x" for n in range(800))  # 800 words, 300 distinct, "x"
    terms = query_terms(pasted)
    assert len(terms) == MAX_TERMS
    assert "x" not in terms  # one-letter prefixes match nearly everything
    assert plain_query(pasted).count("*") == MAX_TERMS
    assert query_terms("Refund refund REFUND") == ["Refund"]
    assert query_terms("re refund rota") == ["refund", "rota"]  # "re" adds nothing
    long_syntax = '"' + " ".join(f"word{n}" for n in range(800))
    assert to_fts(long_syntax).count("*") == MAX_TERMS
    assert to_fts('"a phrase" rota') == '"a phrase" rota'  # short syntax passes through


def test_a_long_paste_still_finds_what_it_names(repos: Repositories) -> None:
    import datetime as dt

    repos.lessons.add(dt.date(2026, 11, 26), title="Refund process clarified")
    pasted = "refund " + " ".join(f"a{n} b" for n in range(400))
    assert search(repos, "refund") and search(repos, "refund refund re")
    assert search(repos, pasted) == []  # every kept word must appear; none hangs


# --- a failed write on the command line -------------------------------------------------------


def test_the_reason_for_a_read_only_journal_blames_the_right_thing(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from leadjournal.db.engine import read_only_reason

    journal = tmp_path / "journal.sqlite"
    journal.write_bytes(b"")
    refused: set[Path] = set()
    monkeypatch.setattr(os, "access", lambda path, _mode: Path(path) not in refused)
    refused = {journal}
    assert read_only_reason(journal) == "the journal file is read-only"
    refused = {tmp_path}
    assert read_only_reason(journal) == "the journal's folder is read-only"


def test_a_command_whose_write_fails_says_nothing_was_saved(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    from leadjournal import cli
    from leadjournal.db import direct
    from leadjournal.db.engine import open_journal
    from leadjournal.db.repositories.lessons import LessonRepository
    from leadjournal.errors import JournalWriteError

    folder = tmp_path / "journal"
    open_journal(folder / "journal.sqlite", folder / "backups").dispose()

    def full_disk(*_args: Any, **_fields: Any) -> int:  # what the engine raises
        raise JournalWriteError(
            "Your latest changes could not be saved because the disk is "
            "full. They are still on screen, and LeadJournal will keep "
            "trying.",
            reason="the disk is full",
        )

    class FullDiskConnection(sqlite3.Connection):
        """The command line's direct write meets the full disk first (SQLite's words)."""

        def execute(self, statement: str, *args: Any) -> sqlite3.Cursor:
            if statement.startswith("INSERT"):
                raise sqlite3.OperationalError("database or disk is full")
            return super().execute(statement, *args)

    def connect_to_full_disk(path: Path, *, key: str | None = None) -> sqlite3.Connection:
        return sqlite3.connect(path, factory=FullDiskConnection)

    monkeypatch.setattr(direct, "connect_file", connect_to_full_disk)
    monkeypatch.setattr(LessonRepository, "add", full_disk)
    assert cli.main(["capture", "lesson", "Rota first", "--data-dir", str(folder)]) == 1
    error = capsys.readouterr().err
    assert error == (
        "leadjournal: The journal could not be written because the disk is full. "
        "Nothing was saved.\n"
    )


def test_an_export_saved_with_a_byte_order_mark_imports(repos: Repositories) -> None:
    """Some editors save UTF-8 with a byte-order mark; the file is still the export."""
    repos.lessons.add(dt.date(2026, 11, 26), title="Name the owner")
    document = transfer.parse_document(b"\xef\xbb\xbf" + json.dumps(export_data(repos)).encode())
    assert [lesson["title"] for lesson in document["tables"]["lesson"]] == ["Name the owner"]
