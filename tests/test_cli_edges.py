"""The command line at its edges, tried as a hostile file or an unlucky user would: one
plain sentence and a non-zero exit, never a traceback, never a hang, never everyone's data
when one person's was asked for."""

from __future__ import annotations

import datetime as dt
import json
import os
import sqlite3
import stat
import subprocess
import sys
import time
from collections.abc import Sequence
from contextlib import closing
from pathlib import Path

import pytest

from leadjournal.db.engine import open_journal
from leadjournal.db.migrations import HEAD_REVISION
from leadjournal.db.repositories import Repositories
from tests.conftest import subprocess_env

LESSON = "Write the rota before asking for swaps"


def run_cli(
    home: Path, *args: str | bytes, shell_tail: str = "", env: dict[str, str] | None = None
) -> subprocess.CompletedProcess[str]:
    """Run the real command; ``shell_tail`` (e.g. ``| head -1``, ``>&-``) runs it in sh."""
    command: Sequence[str | bytes] = [sys.executable, "-m", "leadjournal", *args]
    environment = env or subprocess_env(home)
    if shell_tail:
        quoted = " ".join("'" + str(part).replace("'", "'\\''") + "'" for part in command)
        return subprocess.run(
            f"{quoted} {shell_tail}",
            shell=True,
            capture_output=True,
            text=True,
            env=environment,
            timeout=60,
            check=False,
        )
    return subprocess.run(
        command, capture_output=True, text=True, env=environment, timeout=60, check=False
    )


def assert_one_sentence(result: subprocess.CompletedProcess[str], phrase: str) -> None:
    assert result.returncode != 0
    assert "Traceback" not in result.stderr and "Exception" not in result.stderr
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, result.stderr
    assert lines[0].startswith("leadjournal: ")
    assert phrase in lines[0], lines[0]


@pytest.fixture
def journal_dir(tmp_path: Path) -> Path:
    folder = tmp_path / "journal"
    engine = open_journal(folder / "journal.sqlite", folder / "backups")
    repos = Repositories(engine)
    repos.lessons.add(dt.date(2026, 11, 26), title=LESSON, what_happened="The rota clashed.")
    repos.people.add("Lena Fischer")
    engine.dispose()
    return folder


def data(folder: Path) -> list[str]:
    return ["--data-dir", str(folder)]


# --- 9: filters are applied or refused, never silently dropped -------------------------------


@pytest.mark.parametrize(
    ("args", "phrase"),
    [
        (["--format", "markdown", "--week", ""], "--week is empty"),
        (["--format", "markdown", "--person", ""], "--person is empty"),
        (
            ["--format", "json", "--person", "Lena Fischer"],
            "can't be limited to one week or one person",
        ),
        (["--format", "csv", "--week", "2026-W48"], "can't be limited to one week or one person"),
        (["--format", "pdf", "--week", "2026-W48", "--person", "Lena Fischer"], "not both"),
    ],
)
def test_export_filters_are_never_silently_ignored(
    isolated_home: Path, journal_dir: Path, tmp_path: Path, args: list[str], phrase: str
) -> None:
    target = tmp_path / "shared.out"
    result = run_cli(isolated_home, "export", *args, "--output", str(target), *data(journal_dir))
    assert_one_sentence(result, phrase)
    assert not target.exists()


# --- 10: the command line tightens permissions as the window does ----------------------------


@pytest.mark.skipif(os.name != "posix", reason="POSIX permissions")
def test_a_command_makes_a_loosened_journal_private_again(
    isolated_home: Path, journal_dir: Path
) -> None:
    journal_dir.chmod(0o755)
    (journal_dir / "journal.sqlite").chmod(0o644)
    result = run_cli(isolated_home, "search", "rota", *data(journal_dir))
    assert result.returncode == 0, result.stderr
    assert "Only you can read your journal now" in result.stderr
    assert stat.S_IMODE(journal_dir.stat().st_mode) == 0o700
    assert stat.S_IMODE((journal_dir / "journal.sqlite").stat().st_mode) == 0o600


# --- 11 and 12: hostile input is one sentence, and never read when it can't be a file --------


def _export_with(tmp_path: Path, journal_dir: Path, home: Path, edit: str) -> Path:
    exported = tmp_path / "journal.json"
    made = run_cli(
        home, "export", "--format", "json", "--output", str(exported), *data(journal_dir)
    )
    assert made.returncode == 0, made.stderr
    document = json.loads(exported.read_text(encoding="utf-8"))
    lesson = document["tables"]["lesson"][0]
    if edit == "huge id":
        lesson["id"] = 2**70
    elif edit == "lone surrogate":
        lesson["title"] = "\ud800 half a character"
    target = tmp_path / f"{edit.replace(' ', '-')}.json"
    target.write_text(json.dumps(document, ensure_ascii=True), encoding="utf-8")
    return target


@pytest.mark.parametrize(
    ("edit", "phrase"),
    [("huge id", "is too large"), ("lone surrogate", "broken character")],
)
def test_import_of_crafted_values_is_refused(
    isolated_home: Path, journal_dir: Path, tmp_path: Path, edit: str, phrase: str
) -> None:
    crafted = _export_with(tmp_path, journal_dir, isolated_home, edit)
    before = (journal_dir / "journal.sqlite").read_bytes()
    result = run_cli(isolated_home, "import", str(crafted), *data(journal_dir))
    assert_one_sentence(result, phrase)
    assert (journal_dir / "journal.sqlite").read_bytes() == before


def test_import_of_deeply_nested_json_is_refused(
    isolated_home: Path, journal_dir: Path, tmp_path: Path
) -> None:
    nested = tmp_path / "nested.json"
    nested.write_text('{"format_version": 1, "tables": ' + "[" * 200_000 + "]" * 200_000 + "}")
    result = run_cli(isolated_home, "import", str(nested), *data(journal_dir))
    assert_one_sentence(result, "nests its data far deeper")


@pytest.mark.parametrize("command", ["import", "restore"])
def test_only_ordinary_files_are_read(
    isolated_home: Path, journal_dir: Path, tmp_path: Path, command: str
) -> None:
    fifo = tmp_path / "a-pipe"
    os.mkfifo(fifo)
    started = time.monotonic()
    assert_one_sentence(
        run_cli(isolated_home, command, str(fifo), *data(journal_dir)), "is not an ordinary file"
    )
    assert time.monotonic() - started < 30  # refused, not hanging on the pipe
    assert_one_sentence(
        run_cli(isolated_home, command, "/dev/zero", *data(journal_dir)), "is not an ordinary file"
    )
    assert_one_sentence(
        run_cli(isolated_home, command, str(tmp_path), *data(journal_dir)), "is a folder"
    )


def test_a_huge_import_is_refused_by_its_size_without_reading_it(
    isolated_home: Path, journal_dir: Path, tmp_path: Path
) -> None:
    import resource

    huge = tmp_path / "huge.json"
    with huge.open("wb") as stream:
        stream.truncate(3 * 1024**3)  # sparse: 3 GB that take no room

    def little_memory() -> None:  # reading the file whole would need 3 GB
        resource.setrlimit(resource.RLIMIT_AS, (1024**3, 1024**3))

    started = time.monotonic()
    result = subprocess.run(
        [sys.executable, "-m", "leadjournal", "import", str(huge), *data(journal_dir)],
        capture_output=True,
        text=True,
        env=subprocess_env(isolated_home),
        timeout=60,
        check=False,
        preexec_fn=little_memory,
    )
    assert_one_sentence(result, "over 100 MB, more than LeadJournal imports at once")
    assert time.monotonic() - started < 20


def test_capture_of_undecodable_bytes_is_refused(isolated_home: Path, journal_dir: Path) -> None:
    result = run_cli(isolated_home, "capture", "lesson", b"Rota \xff\xfe clash", *data(journal_dir))
    assert_one_sentence(result, "not valid UTF-8")


@pytest.mark.parametrize("limit", ["9223372036854775808", "0", "-3"])
def test_search_limit_out_of_range_is_refused(
    isolated_home: Path, journal_dir: Path, limit: str
) -> None:
    result = run_cli(isolated_home, "search", "rota", "--limit", limit, *data(journal_dir))
    assert result.returncode == 2
    assert "Traceback" not in result.stderr
    assert "give a number from 1 to 1000" in result.stderr


def test_search_into_a_closed_pipe_stops_quietly(isolated_home: Path, journal_dir: Path) -> None:
    engine = open_journal(journal_dir / "journal.sqlite", journal_dir / "backups")
    repos = Repositories(engine)
    for number in range(700):
        repos.lessons.add(
            dt.date(2026, 11, 2), title=f"Rota lesson {number}", what_happened="rota " * 30
        )
    engine.dispose()
    result = run_cli(
        isolated_home,
        "search",
        "rota",
        "--limit",
        "1000",
        "--json",
        *data(journal_dir),
        shell_tail="| head -c 10",
    )
    assert result.stdout == '[\n {\n  "ki'
    assert result.stderr == ""


@pytest.mark.parametrize(
    ("output", "phrase"),
    [("", "--output is empty"), ("/", "is a folder"), ("x" * 300 + ".json", "File name too long")],
)
def test_export_to_a_path_that_cannot_be_a_file(
    isolated_home: Path, journal_dir: Path, tmp_path: Path, output: str, phrase: str
) -> None:
    target = output if output in ("", "/") else str(tmp_path / output)
    result = run_cli(
        isolated_home, "export", "--format", "json", "--output", target, *data(journal_dir)
    )
    assert_one_sentence(result, phrase)


@pytest.mark.parametrize(
    ("tail", "phrase"),
    [
        (">&-", "Standard output is closed"),
        ("> /dev/full", "Standard output could not be written (No space left on device)"),
    ],
)
def test_standard_output_closed_or_full(
    isolated_home: Path, journal_dir: Path, tail: str, phrase: str
) -> None:
    if tail.endswith("/dev/full") and not Path("/dev/full").exists():
        pytest.skip("no /dev/full here")
    result = run_cli(isolated_home, "search", "rota", *data(journal_dir), shell_tail=tail)
    assert_one_sentence(result, phrase)


# --- 15: a journal is checked for its tables; the true reason is given ------------------------


def _version_only(path: Path, revision: str | None = HEAD_REVISION) -> Path:
    with closing(sqlite3.connect(path)) as db:
        db.execute("CREATE TABLE alembic_version (version_num VARCHAR(32) NOT NULL)")
        if revision is not None:
            db.execute("INSERT INTO alembic_version VALUES (?)", (revision,))
        db.commit()
    return path


def test_a_file_with_a_version_but_no_journal_tables(
    isolated_home: Path, journal_dir: Path, tmp_path: Path
) -> None:
    hollow = _version_only(tmp_path / "hollow.sqlite")
    before = (journal_dir / "journal.sqlite").read_bytes()
    assert_one_sentence(
        run_cli(isolated_home, "restore", str(hollow), *data(journal_dir)),
        "not the journal's tables",
    )
    assert (journal_dir / "journal.sqlite").read_bytes() == before

    placed = tmp_path / "placed"
    placed.mkdir(mode=0o700)
    (placed / "journal.sqlite").write_bytes(hollow.read_bytes())
    (placed / "journal.sqlite").chmod(0o600)
    for command in (
        ["check"],
        ["search", "rota"],
        ["capture", "lesson", "x"],
        ["export", "--format", "json", "--output", "-"],
    ):
        assert_one_sentence(
            run_cli(isolated_home, *command, *data(placed)),
            "could not be read: the file is damaged",
        )


def test_a_backup_with_an_empty_version_table_gets_the_true_reason(
    isolated_home: Path, journal_dir: Path, tmp_path: Path
) -> None:
    empty = _version_only(tmp_path / "empty-version.sqlite", None)
    result = run_cli(isolated_home, "restore", str(empty), *data(journal_dir))
    assert_one_sentence(result, "has no schema version")
    assert "newer" not in result.stderr


def test_a_damaged_plain_journal_is_not_taken_for_a_protected_one(
    isolated_home: Path, journal_dir: Path
) -> None:
    journal = journal_dir / "journal.sqlite"
    damaged = bytearray(journal.read_bytes())
    damaged[:16] = b"\x00" * 16  # the header is gone; the rest is a plain journal
    journal.write_bytes(damaged)
    result = run_cli(isolated_home, "check", *data(journal_dir))
    assert_one_sentence(result, "could not be read: the file is damaged")
    assert "passphrase" not in result.stderr


def test_an_empty_data_folder_name_is_refused(isolated_home: Path, journal_dir: Path) -> None:
    real = isolated_home / "xdg_data_home" / "LeadJournal"
    assert_one_sentence(run_cli(isolated_home, "--data-dir", "", "check"), "--data-dir is empty")
    from_env = subprocess_env(isolated_home, LEADJOURNAL_DATA_DIR="")
    assert_one_sentence(
        run_cli(isolated_home, "capture", "lesson", "Kept where?", env=from_env),
        "LEADJOURNAL_DATA_DIR is empty",
    )
    assert not real.exists()


# --- 16: leftovers, limits and invisible captures ---------------------------------------------


def test_a_killed_backups_rollback_journal_is_cleaned_at_the_next_backup(
    isolated_home: Path, journal_dir: Path
) -> None:
    backups = journal_dir / "backups"
    backups.mkdir(exist_ok=True)
    orphan = backups / ".journal-20261101-090000.sqlite.99-1.partial-journal"
    orphan.write_bytes(b"\xd9\xd5\x05\xf9\x20\xa1\x63\xd7" + b"rota" * 100)
    result = run_cli(isolated_home, "backup", *data(journal_dir))
    assert result.returncode == 0, result.stderr
    assert not orphan.exists()


@pytest.mark.parametrize(
    "text",
    ["   \n\t ", "\u200b\u200b", "\u2060 \ufeff\n\u200d", "\u2800\u3164", "\u115f \u034f"],
)
def test_an_invisible_capture_is_refused(isolated_home: Path, journal_dir: Path, text: str) -> None:
    result = run_cli(isolated_home, "capture", "lesson", text, *data(journal_dir))
    assert_one_sentence(result, "nothing to capture")
    engine = open_journal(journal_dir / "journal.sqlite", journal_dir / "backups")
    assert [lesson.title for lesson in Repositories(engine).lessons.find()] == [LESSON]
    engine.dispose()
