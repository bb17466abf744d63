"""The command line's backup, restore, import and export as a user runs them: nothing
kept is lost or replaced unless asked, export files are the owner's only."""

from __future__ import annotations

import datetime as dt
import json
import os
import stat
import subprocess
import sys
from pathlib import Path

import pytest

from leadjournal.db.engine import open_journal
from leadjournal.db.repositories import Repositories
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


def one_line_error(result: subprocess.CompletedProcess[str]) -> str:
    assert result.returncode == 1, result.stdout
    assert "Traceback" not in result.stderr
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, result.stderr
    assert lines[0].startswith("leadjournal: ")
    return lines[0]


def make_journal(folder: Path, *titles: str) -> list[str]:
    engine = open_journal(folder / "journal.sqlite", folder / "backups")
    repos = Repositories(engine)
    for title in titles:
        repos.lessons.add(dt.date(2026, 11, 26), title=title)
    engine.dispose()
    return ["--data-dir", str(folder)]


def lesson_titles(folder: Path) -> list[str]:
    engine = open_journal(folder / "journal.sqlite", folder / "backups")
    titles = sorted(lesson.title for lesson in Repositories(engine).lessons.find())
    engine.dispose()
    return titles


def test_restore_refuses_when_backups_cannot_be_written(
    isolated_home: Path, tmp_path: Path
) -> None:
    mine = make_journal(tmp_path / "mine", "Written this morning")
    make_journal(tmp_path / "old", "From an old backup")
    backup = tmp_path / "old.sqlite"
    assert (
        run_cli(
            isolated_home, "backup", "--output", str(backup), "--data-dir", str(tmp_path / "old")
        ).returncode
        == 0
    )
    blocker = tmp_path / "mine" / "backups"
    blocker.write_text("a file where the backups folder should be")
    blocker.chmod(0o600)
    before = (tmp_path / "mine" / "journal.sqlite").read_bytes()
    line = one_line_error(run_cli(isolated_home, "restore", str(backup), *mine))
    assert "Nothing was restored and your journal was not changed" in line
    assert (tmp_path / "mine" / "journal.sqlite").read_bytes() == before
    assert not list((tmp_path / "mine").glob("journal.damaged-*"))
    check = run_cli(isolated_home, "check", *mine)
    assert check.returncode == 0 and "Health: ok" in check.stdout
    assert lesson_titles(tmp_path / "mine") == ["Written this morning"]


def test_import_says_what_it_adds_and_replaces_and_needs_replace(
    isolated_home: Path, tmp_path: Path
) -> None:
    mine = make_journal(tmp_path / "mine", "My lesson")
    theirs = make_journal(tmp_path / "theirs", "Their lesson", "Their second lesson")
    exported = tmp_path / "theirs.json"
    assert (
        run_cli(
            isolated_home, "export", "--format", "json", "--output", str(exported), *theirs
        ).returncode
        == 0
    )
    before = (tmp_path / "mine" / "journal.sqlite").read_bytes()

    refused = run_cli(isolated_home, "import", str(exported), *mine)
    line = one_line_error(refused)
    assert "would replace 1 record in your journal" in line
    assert line.endswith("add --replace to import it anyway.")
    assert (tmp_path / "mine" / "journal.sqlite").read_bytes() == before

    done = run_cli(isolated_home, "import", str(exported), "--replace", *mine)
    assert done.returncode == 0, done.stderr
    summary, imported = done.stdout.splitlines()
    assert summary == (
        "This import adds 1 record and replaces 1 record that is different in your journal."
    )
    assert imported.startswith("Imported ")
    assert lesson_titles(tmp_path / "mine") == ["Their lesson", "Their second lesson"]
    # The journal as it was before the import is kept, under a name rotation never removes.
    kept = list((tmp_path / "mine" / "backups").glob("before-import-*.sqlite"))
    assert len(kept) == 1 and str(kept[0]) in imported
    assert run_cli(isolated_home, "backup", *mine).returncode == 0
    assert kept[0].exists()


def test_export_replaces_a_file_only_with_force_and_is_owner_only(
    isolated_home: Path, tmp_path: Path
) -> None:
    mine = make_journal(tmp_path / "mine", "My lesson")
    target = tmp_path / "shared" / "journal.json"
    target.parent.mkdir()
    target.write_text("a file that was there first")
    target.chmod(0o644)
    line = one_line_error(
        run_cli(isolated_home, "export", "--format", "json", "--output", str(target), *mine)
    )
    assert line == (
        f"leadjournal: {target} already exists, so nothing was written; add --force to replace it."
    )
    assert target.read_text() == "a file that was there first"
    forced = run_cli(
        isolated_home, "export", "--format", "json", "--output", str(target), "--force", *mine
    )
    assert forced.returncode == 0, forced.stderr
    assert json.loads(target.read_text())["format_version"] == 3
    assert stat.S_IMODE(target.stat().st_mode) == 0o600
    fresh = tmp_path / "shared" / "notes.md"
    assert (
        run_cli(
            isolated_home, "export", "--format", "markdown", "--output", str(fresh), *mine
        ).returncode
        == 0
    )
    assert stat.S_IMODE(fresh.stat().st_mode) == 0o600
    assert sorted(p.name for p in target.parent.iterdir()) == ["journal.json", "notes.md"]


def device_like(folder: Path, name: str, minor: int) -> Path:
    """A device node like /dev/null (minor 3) or /dev/full (7), made in the test's own
    folder, so a faulty export could never replace the machine's; a pipe where device
    nodes can't be made."""
    path = folder / name
    try:
        os.mknod(path, stat.S_IFCHR | 0o666, os.makedev(1, minor))
    except OSError:
        os.mkfifo(path)
    return path


@pytest.mark.parametrize(("name", "minor"), [("full", 7), ("null", 3)])
def test_export_refuses_a_device(
    isolated_home: Path, tmp_path: Path, name: str, minor: int
) -> None:
    mine = make_journal(tmp_path / "mine", "My lesson")
    device = device_like(tmp_path, name, minor)
    before = device.lstat()
    for force in ([], ["--force"]):
        line = one_line_error(
            run_cli(
                isolated_home, "export", "--format", "json", "--output", str(device), *force, *mine
            )
        )
        assert "is not a regular file" in line
    after = device.lstat()
    assert (stat.S_IFMT(after.st_mode), after.st_ino) == (
        stat.S_IFMT(before.st_mode),
        before.st_ino,
    )
    assert not list(tmp_path.glob(".*partial"))


def test_a_backup_by_hand_is_kept_and_a_bad_policy_never_stops_it(
    isolated_home: Path, tmp_path: Path
) -> None:
    folder = tmp_path / "mine"
    mine = make_journal(folder, "My lesson")
    engine = open_journal(folder / "journal.sqlite", folder / "backups")
    Repositories(engine).settings.set("backups", {"keep_daily": "abc", "keep_weekly": "x"})
    engine.dispose()
    result = run_cli(isolated_home, "backup", *mine)
    assert result.returncode == 0, result.stderr
    made = list((folder / "backups").glob("journal-*.sqlite"))
    assert len(made) == 1 and made[0].name.endswith("-manual.sqlite")
    assert str(made[0]) in result.stdout


def test_import_writes_nothing_when_its_safety_copy_cannot_be_made(
    isolated_home: Path, tmp_path: Path
) -> None:
    mine = make_journal(tmp_path / "mine", "My lesson")
    theirs = make_journal(tmp_path / "theirs", "Placeholder", "New to me")
    exported = tmp_path / "theirs.json"
    engine = open_journal(tmp_path / "theirs" / "journal.sqlite", tmp_path / "theirs" / "backups")
    Repositories(engine).lessons.delete(1)  # so the file only adds (lesson 2)
    engine.dispose()
    assert (
        run_cli(
            isolated_home, "export", "--format", "json", "--output", str(exported), *theirs
        ).returncode
        == 0
    )
    blocker = tmp_path / "mine" / "backups"
    blocker.write_text("a file where the backups folder should be")
    blocker.chmod(0o600)
    before = (tmp_path / "mine" / "journal.sqlite").read_bytes()
    line = one_line_error(run_cli(isolated_home, "import", str(exported), *mine))
    assert line.startswith(
        "leadjournal: Nothing was imported and your journal was not changed, because a "
        "safety copy of it could not be made in "
    )
    assert (tmp_path / "mine" / "journal.sqlite").read_bytes() == before
    assert lesson_titles(tmp_path / "mine") == ["My lesson"]


@pytest.mark.parametrize("export_format", ["markdown", "json"])
def test_an_export_never_lands_on_the_journal_or_its_backups(
    isolated_home: Path, tmp_path: Path, export_format: str
) -> None:
    """Even with --force, an export aimed at the journal (or a backup, or anything in
    LeadJournal's folder) is refused and the journal still opens with its lessons."""
    folder = tmp_path / "mine"
    mine = make_journal(folder, "Ask before reassigning a ticket")
    journal = folder / "journal.sqlite"
    elsewhere = tmp_path / "old-journal.sqlite"
    elsewhere.write_bytes(journal.read_bytes())
    for target, words in (
        (journal, "LeadJournal's own folder"),
        (folder / "notes.md", "LeadJournal's own folder"),
        (elsewhere, "looks like a journal"),
    ):
        before = target.read_bytes() if target.exists() else None
        result = run_cli(
            isolated_home,
            "export",
            "--format",
            export_format,
            "--output",
            str(target),
            "--force",
            *mine,
        )
        assert words in one_line_error(result)
        assert (target.read_bytes() if target.exists() else None) == before
    assert lesson_titles(folder) == ["Ask before reassigning a ticket"]
