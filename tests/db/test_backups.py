"""Backups a user can trust: verified, rotated, restored by a swap, never silently empty."""

from __future__ import annotations

import datetime as dt
import sqlite3
from contextlib import closing
from pathlib import Path

import pytest

from leadjournal.db import backups as store
from leadjournal.db.engine import open_journal
from leadjournal.db.files import tighten_permissions
from leadjournal.db.repositories import Repositories
from leadjournal.errors import BackupError, JournalError
from leadjournal.paths import JournalPaths
from leadjournal.services.backups import (
    BackupPolicy,
    back_up,
    back_up_to,
    backup_is_due,
    load_policy,
    save_policy,
)

NOON = dt.datetime(2026, 11, 27, 12, 0)


def lesson_titles(path: Path) -> list[str]:
    with closing(sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True)) as connection:
        return [row[0] for row in connection.execute("SELECT title FROM lesson ORDER BY id")]


def integrity(path: Path) -> str:
    with closing(sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True)) as connection:
        return str(connection.execute("PRAGMA integrity_check").fetchone()[0])


def test_a_backup_is_verified_counted_and_private(
    repos: Repositories, journal_paths: JournalPaths
) -> None:
    repos.lessons.add(dt.date(2026, 11, 26), title="Ask before assuming the rota is fine")
    repos.people.add("Priya Nair", role="Support lead")
    info = store.take_backup(journal_paths.journal_file, journal_paths.backups_dir, now=NOON)
    assert info.path.name == "journal-20261127-120000.sqlite"
    assert info.counts == {"weeks": 0, "people": 1, "lessons": 1}
    assert lesson_titles(info.path) == ["Ask before assuming the rota is fine"]
    assert info.path.stat().st_mode & 0o777 == 0o600
    assert journal_paths.backups_dir.stat().st_mode & 0o777 == 0o700
    assert [p.name for p in journal_paths.backups_dir.iterdir()] == [info.path.name]


def test_a_failed_backup_says_so_and_leaves_nothing_named_like_a_backup(
    repos: Repositories, journal_paths: JournalPaths, tmp_path: Path
) -> None:
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("a file where the backup folder should be")
    with pytest.raises(BackupError, match=r"The backup into .* failed"):
        store.take_backup(journal_paths.journal_file, blocker / "backups", now=NOON)
    # A source that is not a journal gives a copy that does not verify: refused.
    stranger = tmp_path / "stranger.sqlite"
    with closing(sqlite3.connect(stranger)) as connection:
        connection.execute("CREATE TABLE notes(text)")
    with pytest.raises(BackupError, match="holds no journal"):
        store.take_backup(stranger, journal_paths.backups_dir, now=NOON)
    assert list(journal_paths.backups_dir.glob("*")) == []


def test_an_empty_or_damaged_file_is_not_a_backup(tmp_path: Path) -> None:
    empty = tmp_path / "journal-20261120-090000.sqlite"
    empty.write_bytes(b"")
    with pytest.raises(BackupError, match="is empty"):
        store.verify_backup(empty)
    damaged = tmp_path / "journal-20261121-090000.sqlite"
    damaged.write_bytes(b"SQLite format 3\x00" + b"\x07" * 5000)
    with pytest.raises(BackupError):
        store.verify_backup(damaged)
    assert store.list_backups(tmp_path) == []


def test_rotation_keeps_seven_days_and_four_weeks() -> None:
    # Two backups a day for sixty days (the morning start and the evening quit).
    taken = [
        dt.datetime(2026, 11, 27, hour) - dt.timedelta(days=d)
        for d in range(60)
        for hour in (9, 18)
    ]
    removed = store.backups_to_remove(taken, keep_daily=7, keep_weekly=4)
    kept = sorted(set(taken) - removed, reverse=True)
    # The evening backup of each of the last seven days…
    assert kept[:7] == [dt.datetime(2026, 11, 27 - d, 18) for d in range(7)]
    # …and the newest of each of the last four ISO weeks (two are already among the days).
    weeks = {when.isocalendar()[:2] for when in kept}
    assert len(weeks) == 4
    assert len(kept) == 9
    assert min(kept) == dt.datetime(2026, 11, 8, 18)  # Sunday of ISO week 45


def test_rotation_removes_only_automatic_backups(
    repos: Repositories, journal_paths: JournalPaths
) -> None:
    folder = journal_paths.backups_dir
    for day in range(1, 15):
        store.take_backup(journal_paths.journal_file, folder, now=dt.datetime(2026, 11, day, 18))
    store.take_backup(
        journal_paths.journal_file,
        folder,
        prefix="before-migration-0007-",
        now=dt.datetime(2026, 10, 1, 9),
    )
    removed = store.rotate_backups(folder, keep_daily=3, keep_weekly=2)
    left = sorted(p.name for p in folder.glob("*.sqlite"))
    assert left == [
        "before-migration-0007-20261001-090000.sqlite",
        "journal-20261108-180000.sqlite",  # newest of ISO week 45
        "journal-20261112-180000.sqlite",
        "journal-20261113-180000.sqlite",
        "journal-20261114-180000.sqlite",
    ]
    assert len(removed) == 10


def test_restore_swaps_the_file_and_keeps_the_current_one(
    repos: Repositories, journal_paths: JournalPaths
) -> None:
    repos.lessons.add(dt.date(2026, 11, 20), title="Say the deadline out loud")
    backup = store.take_backup(journal_paths.journal_file, journal_paths.backups_dir, now=NOON)
    repos.lessons.add(dt.date(2026, 11, 26), title="Written after the backup")
    repos.engine.dispose()
    safety = store.restore_backup(
        backup.path, journal_paths.journal_file, journal_paths.backups_dir
    )
    assert lesson_titles(journal_paths.journal_file) == ["Say the deadline out loud"]
    assert integrity(journal_paths.journal_file) == "ok"
    assert safety is not None and safety.name.startswith("before-restore-")
    assert lesson_titles(safety) == ["Say the deadline out loud", "Written after the backup"]
    # The restored journal opens and takes new writes.
    again = Repositories(open_journal(journal_paths.journal_file, journal_paths.backups_dir))
    again.lessons.add(dt.date(2026, 11, 27), title="After the restore")
    assert again.lessons.count() == 2


def test_a_bad_backup_is_refused_and_the_journal_is_untouched(
    repos: Repositories, journal_paths: JournalPaths, tmp_path: Path
) -> None:
    repos.lessons.add(dt.date(2026, 11, 20), title="Keep me")
    repos.engine.dispose()
    before = journal_paths.journal_file.read_bytes()
    bad = tmp_path / "journal-20261101-090000.sqlite"
    bad.write_bytes(b"not a database at all" * 50)
    with pytest.raises(JournalError):
        store.restore_backup(bad, journal_paths.journal_file, journal_paths.backups_dir)
    assert journal_paths.journal_file.read_bytes() == before
    assert not list(journal_paths.data_dir.glob(".*restoring"))


def test_a_damaged_journal_is_moved_aside_never_deleted(tmp_path: Path) -> None:
    journal = tmp_path / "journal.sqlite"
    journal.write_bytes(b"\x00broken" * 300)
    aside = store.move_aside(journal, now=NOON)
    assert aside.name == "journal.damaged-20261127-120000.sqlite"
    assert aside.read_bytes() == b"\x00broken" * 300
    assert not journal.exists()


def test_automatic_backups_go_to_both_folders_and_report_failures(
    repos: Repositories, journal_paths: JournalPaths, tmp_path: Path
) -> None:
    synced = tmp_path / "Dropbox" / "LeadJournal"
    save_policy(repos, BackupPolicy(keep_daily=5, keep_weekly=2, second_folder=synced))
    policy = load_policy(repos)
    assert policy == BackupPolicy(keep_daily=5, keep_weekly=2, second_folder=synced)
    assert backup_is_due(journal_paths, NOON)
    report = back_up(journal_paths, policy, NOON)
    assert [info.path.parent for info in report.taken] == [journal_paths.backups_dir, synced]
    assert not report.failures
    assert not backup_is_due(journal_paths, NOON + dt.timedelta(hours=23))
    assert backup_is_due(journal_paths, NOON + dt.timedelta(hours=24))

    (tmp_path / "usb").write_text("the drive is not mounted; a file sits here instead")
    broken = BackupPolicy(second_folder=tmp_path / "usb" / "LeadJournal")
    report = back_up(journal_paths, broken, NOON + dt.timedelta(days=1))
    assert len(report.taken) == 1
    assert report.summary().startswith("The backup into")
    assert str(tmp_path / "usb") in report.summary()


def test_backup_to_a_named_file_refuses_to_overwrite(
    repos: Repositories, journal_paths: JournalPaths, tmp_path: Path
) -> None:
    target = tmp_path / "before-the-reorg.sqlite"
    info = back_up_to(journal_paths, target)
    assert info.path == target and integrity(target) == "ok"
    with pytest.raises(BackupError, match="already exists"):
        back_up_to(journal_paths, target)


def test_loose_permissions_are_tightened(repos: Repositories, journal_paths: JournalPaths) -> None:
    store.take_backup(journal_paths.journal_file, journal_paths.backups_dir, now=NOON)
    journal_paths.data_dir.chmod(0o755)
    journal_paths.journal_file.chmod(0o644)
    tightened = tighten_permissions(journal_paths.data_dir)
    assert journal_paths.data_dir in tightened and journal_paths.journal_file in tightened
    assert journal_paths.data_dir.stat().st_mode & 0o777 == 0o700
    assert journal_paths.journal_file.stat().st_mode & 0o777 == 0o600
    assert tighten_permissions(journal_paths.data_dir) == []
