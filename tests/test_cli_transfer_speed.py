"""`export --format json` and `import` on an up-to-date journal load neither SQLAlchemy,
Alembic nor Qt, and still do everything they promise: the backup before an import, one
transaction, a protected journal, the search index."""

from __future__ import annotations

import json
import sqlite3
from contextlib import closing
from pathlib import Path

from leadjournal.db.engine import open_journal
from tests.test_cli_speed import run_probe


def lesson_titles(journal_file: Path) -> list[str]:
    with closing(sqlite3.connect(journal_file)) as db:
        return [title for (title,) in db.execute("SELECT title FROM lesson ORDER BY id")]


def test_json_export_and_import_answer_without_the_storage_layer_or_qt(
    isolated_home: Path, tmp_path: Path
) -> None:
    source, target = tmp_path / "source", tmp_path / "target"
    for folder in (source, target):
        open_journal(folder / "journal.sqlite", folder / "backups").dispose()
    run_probe(
        isolated_home, "capture", "lesson", "Rota swaps need a week", "--data-dir", str(source)
    )
    exported = tmp_path / "export.json"
    result, loaded = run_probe(
        isolated_home,
        "export",
        "--format",
        "json",
        "--output",
        str(exported),
        "--data-dir",
        str(source),
    )
    assert loaded == {"code": 0, "heavy": []}, result.stderr
    assert [row["title"] for row in json.loads(exported.read_text())["tables"]["lesson"]] == [
        "Rota swaps need a week"
    ]

    result, loaded = run_probe(isolated_home, "import", str(exported), "--data-dir", str(target))
    assert loaded == {"code": 0, "heavy": []}, result.stderr
    assert result.stdout.startswith("This import adds 1 record.\nImported 1 records into ")
    assert lesson_titles(target / "journal.sqlite") == ["Rota swaps need a week"]
    kept = list((target / "backups").glob("before-import-*.sqlite"))
    assert len(kept) == 1 and lesson_titles(kept[0]) == []  # the journal as it was
    found, _ = run_probe(isolated_home, "search", "rota", "--data-dir", str(target))
    assert "swaps need a week" in found.stdout


def test_a_bad_file_is_refused_in_one_sentence_on_the_quick_way(
    isolated_home: Path, tmp_path: Path
) -> None:
    folder = tmp_path / "journal"
    open_journal(folder / "journal.sqlite", folder / "backups").dispose()
    export = tmp_path / "export.json"
    run_probe(
        isolated_home,
        "export",
        "--format",
        "json",
        "--output",
        str(export),
        "--data-dir",
        str(folder),
    )
    document = json.loads(export.read_text())
    document["tables"]["lesson"] = [{"id": 1, "learned_on": "Friday"}]
    export.write_text(json.dumps(document))
    result, loaded = run_probe(isolated_home, "import", str(export), "--data-dir", str(folder))
    assert loaded == {"code": 1, "heavy": []}
    assert result.stderr.splitlines()[0] == (
        "leadjournal: The import was refused at tables.lesson[0].learned_on: expected a date "
        'like 2026-11-23, got "Friday". Nothing was changed.'
    )
    assert lesson_titles(folder / "journal.sqlite") == []


def test_a_protected_journal_imports_on_the_quick_way(isolated_home: Path, tmp_path: Path) -> None:
    from leadjournal.db.cipher import change_passphrase
    from leadjournal.db.files import looks_encrypted

    source, target = tmp_path / "source", tmp_path / "target"
    for folder in (source, target):
        open_journal(folder / "journal.sqlite", folder / "backups").dispose()
    run_probe(isolated_home, "capture", "lesson", "Locked but useful", "--data-dir", str(source))
    exported = tmp_path / "export.json"
    run_probe(
        isolated_home,
        "export",
        "--format",
        "json",
        "--output",
        str(exported),
        "--data-dir",
        str(source),
    )
    change_passphrase(target / "journal.sqlite", [target / "backups"], None, "rota before holidays")
    secret = tmp_path / "secret.txt"
    secret.write_text("rota before holidays\n")
    unlock = ["--passphrase-file", str(secret), "--data-dir", str(target)]
    result, loaded = run_probe(isolated_home, "import", str(exported), *unlock)
    assert loaded == {"code": 0, "heavy": []}, result.stderr
    assert looks_encrypted(target / "journal.sqlite")
    assert all(looks_encrypted(path) for path in (target / "backups").glob("before-import-*"))
    back, _ = run_probe(isolated_home, "export", "--format", "json", "--output", "-", *unlock)
    assert [row["title"] for row in json.loads(back.stdout)["tables"]["lesson"]] == [
        "Locked but useful"
    ]
