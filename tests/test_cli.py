"""The command line as a user runs it: real processes, exit codes, one-line errors."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

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
    _assert_one_line_error(run_cli(isolated_home, "check", "--data-dir", str(folder)),
                           "could not be read")  # fmt: skip


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
