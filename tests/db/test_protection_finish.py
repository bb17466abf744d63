"""Protecting a journal leaves no plain copy, even when the run is killed half-way: the
marker records protection in progress and the next start (window or command) finishes it."""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
from contextlib import closing
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from leadjournal.db import cipher
from leadjournal.db.backups import list_backups
from leadjournal.db.cipher import change_passphrase, finish_protection, protection_marker
from leadjournal.db.files import SQLITE_HEADER, connect_file, looks_encrypted
from leadjournal.paths import JournalPaths
from tests.conftest import subprocess_env
from tests.db.test_encryption import write_journal

PASSPHRASE = "the rota is fair when it is written down"
MARKER_TEXT = "Marker of the plain lesson 7f3a"


def plain_files(*folders: Path) -> list[str]:
    """Every file under ``folders`` that shows SQLite's plain header or the lesson text."""
    found = []
    for folder in folders:
        for root, _dirs, names in os.walk(folder):
            for name in names:
                data = Path(root, name).read_bytes()
                if SQLITE_HEADER in data or MARKER_TEXT.encode() in data:
                    found.append(name)
    return sorted(found)


def leave_plain_leftovers(paths: JournalPaths) -> None:
    """What a journal's folders may hold besides backups: a killed backup's temporary
    file and its rollback journal, a journal set aside as damaged, a killed restore."""
    journal = paths.journal_file.read_bytes()
    backup = next(paths.backups_dir.glob("journal-*.sqlite"))
    partial = paths.backups_dir / f".{backup.name}.1234-5678.partial"
    partial.write_bytes(backup.read_bytes())
    Path(f"{partial}-journal").write_bytes(b"\xd9\xd5\x05\xf9\x20\xa1\x63\xd7" + journal[:4096])
    damaged = bytearray(journal)
    damaged[100:112] = b"\xff" * 12  # unreadable, but its pages are still plain text
    (paths.data_dir / "journal.damaged-20261120-090000.sqlite").write_bytes(damaged)
    (paths.data_dir / ".journal.sqlite.restoring").write_bytes(journal)


@pytest.fixture
def plain_journal(journal_paths: JournalPaths) -> JournalPaths:
    write_journal(journal_paths, MARKER_TEXT)
    leave_plain_leftovers(journal_paths)
    assert plain_files(journal_paths.data_dir)  # plain before
    return journal_paths


def kill_after_the_journal(monkeypatch: pytest.MonkeyPatch) -> None:
    """The process dies once the journal is rewritten, before any backup is (at logout)."""

    def killed(*_args: object) -> list[str]:
        raise KeyboardInterrupt

    monkeypatch.setattr(cipher, "_rewrite_backups", killed)


def test_protecting_encrypts_or_removes_every_copy(plain_journal: JournalPaths) -> None:
    paths = plain_journal
    problems = change_passphrase(paths.journal_file, [paths.backups_dir], None, PASSPHRASE)
    assert problems == []
    assert plain_files(paths.data_dir) == []
    assert not protection_marker(paths.journal_file).exists()
    assert [info.counts["lessons"] for info in list_backups(paths.backups_dir, PASSPHRASE)] == [1]
    # The damaged journal is kept, sealed under the passphrase, not deleted.
    damaged = paths.data_dir / "journal.damaged-20261120-090000.sqlite"
    assert looks_encrypted(damaged)
    with closing(connect_file(damaged, key=PASSPHRASE)) as sealed:
        (content,) = sealed.execute("SELECT content FROM sealed_file").fetchone()
    assert MARKER_TEXT.encode() in content
    assert sorted(p.name for p in paths.backups_dir.iterdir()) == [
        next(paths.backups_dir.glob("journal-*.sqlite")).name
    ]


def test_a_run_killed_between_journal_and_backups_is_finished_at_the_next_start(
    plain_journal: JournalPaths, monkeypatch: pytest.MonkeyPatch
) -> None:
    paths = plain_journal
    with monkeypatch.context() as patch:
        kill_after_the_journal(patch)
        with pytest.raises(KeyboardInterrupt):
            change_passphrase(paths.journal_file, [paths.backups_dir], None, PASSPHRASE)
    assert looks_encrypted(paths.journal_file)
    assert protection_marker(paths.journal_file).exists()
    left = plain_files(paths.data_dir)
    assert any(name.startswith("journal-") for name in left)  # the backup is still plain

    # A wrong passphrase finishes nothing (it would encrypt the copies under it).
    finish_protection(paths.journal_file, paths.backups_dir, "not the passphrase")
    assert plain_files(paths.data_dir) == left

    assert finish_protection(paths.journal_file, paths.backups_dir, PASSPHRASE) == []
    assert plain_files(paths.data_dir) == []
    assert not protection_marker(paths.journal_file).exists()
    assert len(list_backups(paths.backups_dir, PASSPHRASE)) == 1


def test_a_plain_copy_put_beside_a_protected_journal_is_reported(
    journal_paths: JournalPaths, tmp_path: Path
) -> None:
    write_journal(journal_paths, MARKER_TEXT)
    kept = tmp_path / "kept-by-hand.sqlite"
    kept.write_bytes(next(journal_paths.backups_dir.glob("journal-*.sqlite")).read_bytes())
    change_passphrase(journal_paths.journal_file, [journal_paths.backups_dir], None, PASSPHRASE)
    copy = journal_paths.backups_dir / "my-copy.sqlite"
    copy.write_bytes(kept.read_bytes())
    # No protection in progress: the copy is the user's; it is named, not touched.
    assert finish_protection(journal_paths.journal_file, journal_paths.backups_dir, PASSPHRASE) == [
        copy
    ]
    assert copy.read_bytes() == kept.read_bytes()


def test_the_window_finishes_protection_at_start_and_warns_about_plain_copies(
    qtbot: QtBot, plain_journal: JournalPaths, monkeypatch: pytest.MonkeyPatch
) -> None:
    from tests.ui.test_privacy import opened, start_session

    paths = plain_journal
    with monkeypatch.context() as patch:
        kill_after_the_journal(patch)
        with pytest.raises(KeyboardInterrupt):
            change_passphrase(paths.journal_file, [paths.backups_dir], None, PASSPHRASE)
    session, asked = start_session(qtbot, paths, [PASSPHRASE])
    opened(qtbot, session)
    assert len(asked) == 1
    assert plain_files(paths.data_dir) == []
    assert not protection_marker(paths.journal_file).exists()
    assert "passphrase does not protect" not in session.window.notice.text()
    session.close()

    # A plain copy dropped in later is pointed out in one sentence at the next start.
    stray = paths.backups_dir / "copied-back.sqlite"
    with closing(sqlite3.connect(stray)) as db:
        db.execute("CREATE TABLE lesson (title TEXT)")
    session, _asked = start_session(qtbot, paths, [PASSPHRASE])
    opened(qtbot, session)
    notice = session.window.notice.text()
    assert "A copy of your journal that your passphrase does not protect is still" in notice
    if os.environ.get("LEADJOURNAL_SHOTS"):  # a look at the notice, on request
        for width, height in ((1280, 800), (1024, 700)):
            session.window.resize(width, height)
            qtbot.wait(50)
            session.window.grab().save(f"{os.environ['LEADJOURNAL_SHOTS']}/notice-{width}.png")
    assert str(stray) in notice
    session.close()


def test_a_command_finishes_protection_and_warns_on_stderr(
    isolated_home: Path,
    plain_journal: JournalPaths,
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
) -> None:
    paths = plain_journal
    with monkeypatch.context() as patch:
        kill_after_the_journal(patch)
        with pytest.raises(KeyboardInterrupt):
            change_passphrase(paths.journal_file, [paths.backups_dir], None, PASSPHRASE)
    secret = tmp_path / "passphrase.txt"
    secret.write_text(PASSPHRASE + "\n")

    def run(*args: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            [
                sys.executable,
                "-m",
                "leadjournal",
                *args,
                "--data-dir",
                str(paths.data_dir),
                "--passphrase-file",
                str(secret),
            ],
            capture_output=True,
            text=True,
            env=subprocess_env(isolated_home),
            timeout=60,
            check=False,
        )

    check = run("check")  # check only looks: it names what is still plain
    assert check.returncode == 0
    assert "plain copies of your journal are still in" in check.stderr
    assert plain_files(paths.data_dir)
    found = run("search", "Marker")
    assert found.returncode == 0 and "Marker" in found.stdout
    assert plain_files(paths.data_dir) == []
    assert "plain cop" not in found.stderr
    assert not protection_marker(paths.journal_file).exists()


def test_a_run_killed_before_the_journal_was_rewritten_leaves_it_plain(
    plain_journal: JournalPaths, monkeypatch: pytest.MonkeyPatch
) -> None:
    paths = plain_journal
    before = paths.journal_file.read_bytes()

    def killed(*_args: object) -> None:
        raise KeyboardInterrupt

    with monkeypatch.context() as patch:
        patch.setattr(cipher, "rewrite_file", killed)
        with pytest.raises(KeyboardInterrupt):
            change_passphrase(paths.journal_file, [paths.backups_dir], None, PASSPHRASE)
    assert protection_marker(paths.journal_file).exists()
    # The window opens the plain journal as it is; the marker of a protection that never
    # began is dropped, and nothing is encrypted behind the person's back.
    assert finish_protection(paths.journal_file, paths.backups_dir, None, holds_journal=True) == []
    assert not protection_marker(paths.journal_file).exists()
    assert paths.journal_file.read_bytes() == before
