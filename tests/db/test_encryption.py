"""A journal protected with a passphrase: unreadable without it, nothing plain left behind."""

from __future__ import annotations

import datetime as dt
import os
import sqlite3
import tempfile
import time
import uuid
from contextlib import closing
from pathlib import Path

import pytest

from leadjournal.db.backups import list_backups, take_backup
from leadjournal.db.cipher import change_passphrase
from leadjournal.db.engine import open_journal
from leadjournal.db.files import inspect_journal, looks_encrypted
from leadjournal.db.repositories import Repositories
from leadjournal.errors import JournalLockedError, WrongPassphraseError
from leadjournal.paths import JournalPaths
from leadjournal.services.search import search

PASSPHRASE = "correct horse 'battery' \"staple\""


def files_containing(marker: bytes, *folders: Path, since: float = 0.0) -> list[Path]:
    """Files under ``folders`` holding ``marker``; with ``since``, only files and folders
    changed after that time (a leftover temp file is new; old folders are skipped)."""
    found = []
    for folder in folders:
        for root, dirs, names in os.walk(folder):
            dirs[:] = [d for d in dirs if _changed_since(Path(root, d), since)]
            for name in names:
                path = Path(root, name)
                try:
                    if _changed_since(path, since) and marker in path.read_bytes():
                        found.append(path)
                except OSError:
                    continue
    return found


def _changed_since(path: Path, since: float) -> bool:
    try:
        return path.lstat().st_mtime >= since
    except OSError:
        return False


@pytest.fixture
def marker() -> str:
    return f"Marker {uuid.uuid4().hex}"


def write_journal(paths: JournalPaths, marker: str) -> None:
    engine = open_journal(paths.journal_file, paths.backups_dir)
    repos = Repositories(engine)
    repos.lessons.add(dt.date(2026, 11, 26), title=marker, what_happened="the rota clash")
    take_backup(paths.journal_file, paths.backups_dir, now=dt.datetime(2026, 11, 26, 18))
    engine.dispose()


def test_protecting_leaves_no_plain_copy_anywhere(
    journal_paths: JournalPaths, marker: str, tmp_path: Path
) -> None:
    started = time.time()
    write_journal(journal_paths, marker)
    assert files_containing(marker.encode(), journal_paths.data_dir)  # plain before
    problems = change_passphrase(
        journal_paths.journal_file, [journal_paths.backups_dir], None, PASSPHRASE
    )
    assert problems == []
    assert looks_encrypted(journal_paths.journal_file)
    with (
        closing(sqlite3.connect(journal_paths.journal_file)) as plain,
        pytest.raises(sqlite3.DatabaseError),
    ):
        plain.execute("SELECT count(*) FROM sqlite_master").fetchone()

    # Used for a while (writes, search, a backup), then closed.
    engine = open_journal(journal_paths.journal_file, journal_paths.backups_dir, PASSPHRASE)
    repos = Repositories(engine)
    repos.lessons.add(dt.date(2026, 11, 27), title=f"{marker} second", what_happened="more")
    assert [hit.kind for hit in search(repos, marker.split()[1])] == ["lesson", "lesson"]
    take_backup(
        journal_paths.journal_file,
        journal_paths.backups_dir,
        key=PASSPHRASE,
        now=dt.datetime(2026, 11, 27, 18),
    )
    temp = Path(tempfile.gettempdir())
    assert files_containing(marker.encode(), journal_paths.data_dir) == []
    assert files_containing(marker.encode(), temp, since=started) == []
    engine.dispose()
    assert files_containing(marker.encode(), journal_paths.data_dir) == []
    assert files_containing(marker.encode(), temp, since=started) == []
    backups = list_backups(journal_paths.backups_dir, PASSPHRASE)
    assert [info.counts["lessons"] for info in backups] == [2, 1]
    assert list_backups(journal_paths.backups_dir) == []  # not readable without it


def test_without_or_with_a_wrong_passphrase_nothing_changes(
    journal_paths: JournalPaths, marker: str
) -> None:
    write_journal(journal_paths, marker)
    change_passphrase(journal_paths.journal_file, [journal_paths.backups_dir], None, PASSPHRASE)
    before = journal_paths.journal_file.read_bytes()
    with pytest.raises(JournalLockedError, match="protected with a passphrase"):
        open_journal(journal_paths.journal_file, journal_paths.backups_dir)
    with pytest.raises(WrongPassphraseError, match="That passphrase does not open"):
        open_journal(journal_paths.journal_file, journal_paths.backups_dir, "correct horse")
    assert journal_paths.journal_file.read_bytes() == before
    left = sorted(p.name for p in journal_paths.data_dir.iterdir())
    assert left == ["backups", "journal.sqlite"]


def test_change_and_remove_the_passphrase(journal_paths: JournalPaths, marker: str) -> None:
    write_journal(journal_paths, marker)
    folders = [journal_paths.backups_dir]
    change_passphrase(journal_paths.journal_file, folders, None, PASSPHRASE)
    change_passphrase(journal_paths.journal_file, folders, PASSPHRASE, "a new one")
    with pytest.raises(WrongPassphraseError):
        inspect_journal(journal_paths.journal_file, PASSPHRASE)
    assert inspect_journal(journal_paths.journal_file, "a new one").encrypted
    assert len(list_backups(journal_paths.backups_dir, "a new one")) == 1

    change_passphrase(journal_paths.journal_file, folders, "a new one", None)
    state = inspect_journal(journal_paths.journal_file)
    assert not state.encrypted and state.revision is not None
    engine = open_journal(journal_paths.journal_file, journal_paths.backups_dir)
    assert [lesson.title for lesson in Repositories(engine).lessons.find()] == [marker]
    engine.dispose()
    assert len(list_backups(journal_paths.backups_dir)) == 1


def test_a_restore_never_adds_or_drops_the_passphrase(
    journal_paths: JournalPaths, marker: str, tmp_path: Path
) -> None:
    from leadjournal.db.backups import restore_backup
    from leadjournal.errors import BackupError

    write_journal(journal_paths, marker)
    plain_backup = next(journal_paths.backups_dir.glob("journal-*.sqlite"))
    kept = tmp_path / "plain-copy.sqlite"
    kept.write_bytes(plain_backup.read_bytes())
    change_passphrase(journal_paths.journal_file, [journal_paths.backups_dir], None, PASSPHRASE)
    before = journal_paths.journal_file.read_bytes()
    with pytest.raises(BackupError, match="remove the passphrase first"):
        restore_backup(kept, journal_paths.journal_file, journal_paths.backups_dir, PASSPHRASE)
    assert journal_paths.journal_file.read_bytes() == before
    assert not list(journal_paths.data_dir.glob("journal.damaged-*"))
