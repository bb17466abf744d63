"""The command line as a user runs it: real processes, exit codes, one-line errors."""

from __future__ import annotations

import datetime as dt
import json
import subprocess
import sys
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from benchmarks.launch import leadjournal_command
from leadjournal import __version__
from leadjournal.db.engine import open_journal
from tests.conftest import subprocess_env


def run_cli(home: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "leadjournal", *args],
        capture_output=True,
        text=True,
        env=subprocess_env(home),
        timeout=60,
        check=False,
    )


def test_version(isolated_home: Path) -> None:
    result = run_cli(isolated_home, "--version")
    assert result.returncode == 0
    assert result.stdout.strip() == f"leadjournal {__version__}"


def test_help_lists_options_and_subcommands(isolated_home: Path) -> None:
    result = run_cli(isolated_home, "--help")
    assert result.returncode == 0
    for word in ("--data-dir", "--demo", "--version", "check"):
        assert word in result.stdout


@pytest.mark.parametrize("before", [True, False], ids=["before", "after"])
def test_data_dir_works_before_or_after_the_subcommand(
    isolated_home: Path, tmp_path: Path, before: bool
) -> None:
    folder = tmp_path / "journal"
    open_journal(folder / "journal.sqlite", folder / "backups").dispose()
    args = ["--data-dir", str(folder), "check"] if before else ["check", "--data-dir", str(folder)]
    result = run_cli(isolated_home, *args)
    assert result.returncode == 0, result.stderr
    assert f"Journal: {folder / 'journal.sqlite'}" in result.stdout
    assert "Health: ok" in result.stdout


def test_environment_variable_is_honoured(isolated_home: Path, tmp_path: Path) -> None:
    folder = tmp_path / "from-env"
    open_journal(folder / "journal.sqlite", folder / "backups").dispose()
    result = subprocess.run(
        [sys.executable, "-m", "leadjournal", "check"],
        capture_output=True,
        text=True,
        env=subprocess_env(isolated_home, LEADJOURNAL_DATA_DIR=str(folder)),
        timeout=60,
        check=False,
    )
    assert result.returncode == 0
    assert str(folder) in result.stdout


def _assert_one_line_error(result: subprocess.CompletedProcess[str], phrase: str) -> None:
    assert result.returncode != 0
    assert "Traceback" not in result.stderr
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, result.stderr
    assert lines[0].startswith("leadjournal: ")
    assert phrase in lines[0]


def test_damaged_journal_is_one_line_on_stderr(isolated_home: Path, tmp_path: Path) -> None:
    folder = tmp_path / "journal"
    folder.mkdir()
    (folder / "journal.sqlite").write_bytes(b"garbage" * 100)
    _assert_one_line_error(
        run_cli(isolated_home, "check", "--data-dir", str(folder)), "could not be read"
    )


def test_data_folder_that_cannot_be_created(isolated_home: Path, tmp_path: Path) -> None:
    blocker = tmp_path / "plain-file"
    blocker.write_text("x")
    result = run_cli(isolated_home, "--data-dir", str(blocker / "journal"))
    _assert_one_line_error(result, "could not be created")


def test_demo_refuses_a_folder_that_holds_a_journal(isolated_home: Path, tmp_path: Path) -> None:
    folder = tmp_path / "journal"
    open_journal(folder / "journal.sqlite", folder / "backups").dispose()
    before = (folder / "journal.sqlite").read_bytes()
    result = run_cli(isolated_home, "--demo", "--data-dir", str(folder))
    _assert_one_line_error(result, "already holds a journal")
    assert (folder / "journal.sqlite").read_bytes() == before


# --- export, import, search, capture ------------------------------------------------------------


@pytest.fixture
def sample_dir(isolated_home: Path, tmp_path: Path) -> Path:
    """A sample journal written by the real app (--demo into a folder we keep)."""
    folder = tmp_path / "sample"
    result = subprocess.run(
        # The real window, quit once its first view is filled (benchmarks/launch.py).
        leadjournal_command("data", "--demo", "--data-dir", str(folder)),
        env=subprocess_env(isolated_home),
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    return folder


@pytest.mark.parametrize(
    "command", ["export", "import", "search", "capture", "check", "backup", "restore"]
)
def test_every_command_has_help(isolated_home: Path, command: str) -> None:
    result = run_cli(isolated_home, command, "--help")
    assert result.returncode == 0
    assert "--data-dir" in result.stdout


def test_search_from_the_command_line(isolated_home: Path, sample_dir: Path) -> None:
    result = run_cli(
        isolated_home, "search", "refund", "--limit", "2", "--data-dir", str(sample_dir)
    )
    assert result.returncode == 0
    assert len(result.stdout.splitlines()) == 2
    assert "[Refund]" in result.stdout or "[refund]" in result.stdout
    as_json = run_cli(
        isolated_home, "--data-dir", str(sample_dir), "search", '"escalation', "--json"
    )
    assert as_json.returncode == 0  # bad syntax is searched as plain words
    assert all(hit["link"].startswith("leadjournal:") for hit in json.loads(as_json.stdout))


def test_export_formats_and_their_errors(
    isolated_home: Path, sample_dir: Path, tmp_path: Path
) -> None:
    data = ["--data-dir", str(sample_dir)]
    out = tmp_path / "journal.json"
    assert (
        run_cli(isolated_home, "export", "--format", "json", "--output", str(out), *data).returncode
        == 0
    )
    assert json.loads(out.read_text())["format_version"] == 3
    markdown = run_cli(
        isolated_home,
        "export",
        "--format",
        "markdown",
        "--person",
        "Lena Fischer",
        "--output",
        "-",
        *data,
    )
    assert markdown.returncode == 0 and markdown.stdout.startswith("# Lena Fischer")
    pdf = tmp_path / "week.pdf"
    week = dt.date.today().isocalendar()
    iso_week = f"{week.year}-W{week.week:02d}"
    made = run_cli(
        isolated_home, "export", "--format", "pdf", "--week", iso_week, "--output", str(pdf), *data
    )
    assert made.returncode == 0, made.stderr
    assert pdf.read_bytes().startswith(b"%PDF")
    csv_out = run_cli(
        isolated_home, "export", "--format", "csv", "--practice", "--output", "-", *data
    )
    assert csv_out.stdout.startswith("cycle_started,behaviour,title,day,state,note")
    for args, message in (
        (
            ["--format", "markdown", "--person", "Nobody Here", "--output", "-"],
            "There is nobody called “Nobody Here” in the journal.",
        ),
        (
            ["--format", "pdf", "--output", "-", "--week", "2026-W48"],
            "PDF cannot go to standard output",
        ),
        (
            ["--format", "markdown", "--week", "week 48", "--output", "-"],
            "“week 48” is not a week like 2026-W48.",
        ),
    ):
        failed = run_cli(isolated_home, "export", *args, *data)
        assert failed.returncode == 1
        assert failed.stderr.startswith("leadjournal: ") and message in failed.stderr
        assert "Traceback" not in failed.stderr and len(failed.stderr.splitlines()) == 1


def test_import_is_all_or_nothing_from_the_command_line(
    isolated_home: Path, sample_dir: Path, tmp_path: Path
) -> None:
    exported = tmp_path / "journal.json"
    run_cli(
        isolated_home,
        "export",
        "--format",
        "json",
        "--output",
        str(exported),
        "--data-dir",
        str(sample_dir),
    )
    target = ["--data-dir", str(tmp_path / "new")]
    done = run_cli(isolated_home, "import", str(exported), *target)
    assert done.returncode == 0 and done.stdout.startswith("This import adds ")
    assert done.stdout.splitlines()[-1].startswith("Imported ")
    broken = tmp_path / "broken.json"
    broken.write_bytes(exported.read_bytes()[:1000])
    refused = run_cli(isolated_home, "import", str(broken), *target)
    assert refused.returncode == 1
    assert "not valid JSON" in refused.stderr and "Traceback" not in refused.stderr
    missing = run_cli(isolated_home, "import", str(tmp_path / "nope.json"), *target)
    assert missing.returncode == 1 and "could not be read" in missing.stderr
    again = run_cli(isolated_home, "export", "--format", "json", "--output", "-", *target)
    assert again.stdout == exported.read_text(encoding="utf-8")


def test_commands_need_an_existing_journal(isolated_home: Path, tmp_path: Path) -> None:
    for args in (
        ["search", "x"],
        ["capture", "lesson", "x"],
        ["export", "--format", "json", "--output", "-"],
    ):
        result = run_cli(isolated_home, *args, "--data-dir", str(tmp_path / "empty"))
        assert result.returncode == 1
        assert "There is no journal in" in result.stderr
    assert not (tmp_path / "empty" / "journal.sqlite").exists()


def test_capture_while_the_window_holds_the_journal(
    qtbot: QtBot, isolated_home: Path, tmp_path: Path
) -> None:
    from tests.ui.helpers import open_demo_session

    session = open_demo_session(qtbot, tmp_path, dt.datetime(2026, 11, 27, 8))
    paths = session.paths
    window = session.window
    window.tabs.setCurrentIndex(2)  # the Lessons tab is open
    lessons = window.lessons
    before = lessons.model.rowCount()
    process = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "leadjournal",
            "capture",
            "lesson",
            "Write the rota before asking for swaps",
            "--tag",
            "rota",
            "--data-dir",
            str(paths.data_dir),
        ],
        env=subprocess_env(isolated_home),
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    # The window keeps running its event loop while the command writes and then tells it.
    qtbot.waitUntil(lambda: process.poll() is not None, timeout=30000)
    out, err = process.communicate()
    assert process.returncode == 0, err
    assert "Kept the lesson" in out
    qtbot.waitUntil(lambda: lessons.model.rowCount() == before + 1, timeout=5000)
    assert "Write the rota before asking for swaps" in [
        lesson.title for lesson in lessons.model.lessons()
    ]
    session.close()


def test_backup_and_restore_from_the_command_line(
    isolated_home: Path, sample_dir: Path, tmp_path: Path
) -> None:
    folder = str(sample_dir)
    result = run_cli(isolated_home, "backup", "--data-dir", folder)
    assert result.returncode == 0, result.stderr
    assert "Backed up to" in result.stdout and "people" in result.stdout
    made = list((sample_dir / "backups").glob("journal-*.sqlite"))
    assert len(made) == 1
    named = tmp_path / "before-the-reorg.sqlite"
    assert (
        run_cli(isolated_home, "backup", "--output", str(named), "--data-dir", folder).returncode
        == 0
    )
    _assert_one_line_error(
        run_cli(isolated_home, "backup", "--output", str(named), "--data-dir", folder),
        "already exists",
    )

    capture = run_cli(
        isolated_home, "capture", "lesson", "Kept only until the restore", "--data-dir", folder
    )
    assert capture.returncode == 0
    result = run_cli(isolated_home, "restore", str(named), "--data-dir", folder)
    assert result.returncode == 0, result.stderr
    assert "The journal as it was is kept at" in result.stdout
    found = run_cli(isolated_home, "search", "Kept only until", "--data-dir", folder)
    assert found.stdout.strip() == ""
    assert "Nothing found" in found.stderr
    check = run_cli(isolated_home, "check", "--data-dir", folder)
    assert check.returncode == 0 and "Health: ok" in check.stdout


def test_restore_refuses_a_bad_backup_and_an_open_window(
    qtbot: QtBot, isolated_home: Path, tmp_path: Path
) -> None:
    from tests.ui.helpers import open_demo_session

    bad = tmp_path / "journal-20261101-090000.sqlite"
    bad.write_bytes(b"this is not a backup" * 40)
    session = open_demo_session(qtbot, tmp_path, dt.datetime(2026, 11, 27, 8))
    folder = str(session.paths.data_dir)
    journal = session.paths.journal_file
    good = tmp_path / "good.sqlite"
    assert (
        run_cli(isolated_home, "backup", "--output", str(good), "--data-dir", folder).returncode
        == 0
    )
    _assert_one_line_error(
        run_cli(isolated_home, "restore", str(good), "--data-dir", folder), "quit it first"
    )
    session.close()
    before = journal.read_bytes()
    _assert_one_line_error(
        run_cli(isolated_home, "restore", str(bad), "--data-dir", folder), "could not be read"
    )
    assert journal.read_bytes() == before


def test_a_protected_journal_from_the_command_line(
    isolated_home: Path, sample_dir: Path, tmp_path: Path
) -> None:
    from leadjournal.db.cipher import change_passphrase
    from leadjournal.db.files import looks_encrypted

    journal = sample_dir / "journal.sqlite"
    change_passphrase(journal, [sample_dir / "backups"], None, "rota before holidays")
    right, wrong = tmp_path / "right.txt", tmp_path / "wrong.txt"
    right.write_text("rota before holidays\n")
    wrong.write_text("rota after holidays\n")
    folder = ["--data-dir", str(sample_dir)]
    before = journal.read_bytes()
    _assert_one_line_error(
        run_cli(isolated_home, "check", *folder),
        "protected with a passphrase: give --passphrase-file",
    )
    _assert_one_line_error(
        run_cli(isolated_home, "search", "refund", *folder, "--passphrase-file", str(wrong)),
        "That passphrase does not open this journal",
    )
    assert journal.read_bytes() == before

    unlock = ["--passphrase-file", str(right), *folder]
    check = run_cli(isolated_home, "check", *unlock)
    assert check.returncode == 0 and "Protected with a passphrase: yes" in check.stdout
    found = run_cli(isolated_home, "search", "refund", "--limit", "1", *unlock)
    assert found.returncode == 0 and "refund" in found.stdout.lower()
    assert (
        run_cli(isolated_home, "capture", "lesson", "Locked but still useful", *unlock).returncode
        == 0
    )
    backup = run_cli(isolated_home, "backup", *unlock)
    assert backup.returncode == 0, backup.stderr
    made = list((sample_dir / "backups").glob("journal-*.sqlite"))
    assert made and all(looks_encrypted(path) for path in made)
    exported = run_cli(isolated_home, "export", "--format", "json", "--output", "-", *unlock)
    assert "Locked but still useful" in exported.stdout
