"""Commands load only what they use: `capture` and `search` answer without SQLAlchemy,
Alembic or Qt, and say the same as before."""

from __future__ import annotations

import json
import sqlite3
import subprocess
import sys
from contextlib import closing
from pathlib import Path

from leadjournal.db.engine import open_journal
from leadjournal.db.migrations import HEAD_REVISION
from tests.conftest import subprocess_env

HEAVY = ("sqlalchemy", "alembic", "PySide6", "shiboken6")

# Runs the command line in this process and prints which heavy packages it loaded.
PROBE = f"""
import json, sys
from leadjournal.cli import main
code = main(sys.argv[1:])
heavy = sorted({{name.split(".")[0] for name in sys.modules}} & set({HEAVY!r}))
print(json.dumps({{"code": code, "heavy": heavy}}), file=sys.stderr)
"""


def run_probe(home: Path, *args: str) -> tuple[subprocess.CompletedProcess[str], dict[str, object]]:
    result = subprocess.run(
        [sys.executable, "-c", PROBE, *args],
        capture_output=True,
        text=True,
        env=subprocess_env(home),
        timeout=60,
        check=False,
    )
    return result, json.loads(result.stderr.strip().splitlines()[-1])


def lessons_in(journal_file: Path) -> list[tuple[str, str, str]]:
    with closing(sqlite3.connect(journal_file)) as db:
        return db.execute("SELECT title, what_happened, tags FROM lesson ORDER BY id").fetchall()


def test_capture_keeps_the_lesson_without_loading_the_storage_layer_or_qt(
    isolated_home: Path, tmp_path: Path
) -> None:
    folder = tmp_path / "journal"
    open_journal(folder / "journal.sqlite", folder / "backups").dispose()
    result, loaded = run_probe(
        isolated_home,
        "capture",
        "lesson",
        "Say no to the Friday deploy\nIt broke twice",
        "--tag",
        "release",
        "--data-dir",
        str(folder),
    )
    assert result.stdout == "Kept the lesson “Say no to the Friday deploy”.\n"
    assert loaded == {"code": 0, "heavy": []}
    assert lessons_in(folder / "journal.sqlite") == [
        ("Say no to the Friday deploy", "It broke twice", "release, capture")
    ]


def test_search_answers_without_loading_the_storage_layer_or_qt(
    isolated_home: Path, tmp_path: Path
) -> None:
    folder = tmp_path / "journal"
    open_journal(folder / "journal.sqlite", folder / "backups").dispose()
    run_probe(
        isolated_home, "capture", "lesson", "Rota swaps need a week", "--data-dir", str(folder)
    )
    result, loaded = run_probe(isolated_home, "search", "rota", "--data-dir", str(folder))
    assert "Rota swaps need a week" in result.stdout.replace("[", "").replace("]", "")
    assert loaded == {"code": 0, "heavy": []}


def test_capture_into_an_older_journal_still_upgrades_it_first(
    isolated_home: Path, tmp_path: Path
) -> None:
    folder = tmp_path / "journal"
    folder.mkdir()
    journal_file = folder / "journal.sqlite"
    journal_file.write_bytes(Path("tests/fixtures/journal-0009_set_aside.sqlite").read_bytes())
    before = len(lessons_in(journal_file))
    result, _loaded = run_probe(
        isolated_home, "capture", "lesson", "Kept after the upgrade", "--data-dir", str(folder)
    )
    assert result.stdout == "Kept the lesson “Kept after the upgrade”.\n"
    assert len(lessons_in(journal_file)) == before + 1
    with closing(sqlite3.connect(journal_file)) as db:
        assert db.execute("SELECT version_num FROM alembic_version").fetchone() == (HEAD_REVISION,)
    assert list((folder / "backups").glob("before-migration-*")), "no backup before the upgrade"
