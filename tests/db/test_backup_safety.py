"""Backups and restores under pressure: a full disk, an unwritable backups folder, two in
one second, a day of backups by hand. Nothing already kept is ever lost or replaced."""

from __future__ import annotations

import datetime as dt
import errno
import os
import sqlite3
import subprocess
from collections.abc import Callable, Iterator
from contextlib import closing
from pathlib import Path

import pytest

from leadjournal import clock
from leadjournal.db import backups as store
from leadjournal.db.engine import open_journal
from leadjournal.db.repositories import Repositories
from leadjournal.db.repositories.settings import JsonValue
from leadjournal.errors import BackupError, JournalError
from leadjournal.paths import JournalPaths
from leadjournal.services.backups import (
    BackupPolicy,
    back_up,
    back_up_to,
    load_policy,
)

NOON = dt.datetime(2026, 11, 27, 12, 0)


class StoppedClock:
    """Every backup happens in the same second."""

    def now(self) -> dt.datetime:
        return NOON

    def monotonic(self) -> float:
        return 0.0


@pytest.fixture
def one_second() -> Iterator[None]:
    clock.use(StoppedClock())
    yield
    clock.use(None)


def lesson_titles(path: Path) -> list[str]:
    with closing(sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True)) as connection:
        return [row[0] for row in connection.execute("SELECT title FROM lesson ORDER BY id")]


def make_journal(paths: JournalPaths, *titles: str) -> None:
    engine = open_journal(paths.journal_file, paths.backups_dir)
    repos = Repositories(engine)
    for title in titles:
        repos.lessons.add(dt.date(2026, 11, 20), title=title)
    engine.dispose()


# --- 1. a restore that fails leaves the journal where it was ------------------------------


@pytest.fixture
def nearly_full_disk(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> Iterator[tuple[Path, Callable[[], None]]]:
    """A folder on a small disk, and ``fill()`` to leave it with no space at all.

    As root (CI is), a real 4 MB tmpfs; elsewhere every copy into the folder fails as a
    full disk does, at the edge (the database copy).
    """
    folder = tmp_path / "small-disk"
    folder.mkdir()
    mounted = (
        os.geteuid() == 0
        and subprocess.run(
            ["mount", "-t", "tmpfs", "-o", "size=4m,mode=0700", "tmpfs", str(folder)],
            capture_output=True,
            check=False,
        ).returncode
        == 0
    )

    def fill() -> None:
        if mounted:
            with (folder / "filler").open("wb", buffering=0) as filler:
                try:
                    while True:
                        filler.write(b"\0" * 4096)
                except OSError as error:
                    assert error.errno == errno.ENOSPC
            return
        real_copy = store.copy_database

        def full_copy(source: Path, target: Path, key: str | None = None) -> None:
            if folder in target.parents:
                raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))
            real_copy(source, target, key)

        monkeypatch.setattr(store, "copy_database", full_copy)

    yield folder, fill
    if mounted:
        subprocess.run(["umount", str(folder)], check=True)


def test_a_restore_on_a_full_disk_refuses_and_keeps_the_healthy_journal(
    tmp_path: Path, nearly_full_disk: tuple[Path, Callable[[], None]]
) -> None:
    folder, fill = nearly_full_disk
    paths = JournalPaths(folder / "journal")
    make_journal(paths, "Written before the backup")
    backup = store.take_backup(paths.journal_file, tmp_path / "elsewhere", now=NOON)
    make_journal(paths, "Written after the backup")
    before = paths.journal_file.read_bytes()
    fill()
    with pytest.raises(BackupError) as refused:
        store.restore_backup(backup.path, paths.journal_file, paths.backups_dir)
    message = str(refused.value)
    assert message.startswith(
        "Nothing was restored and your journal was not changed, "
        "because a safety copy of it could not be made in "
    )
    assert message.endswith(").") and ("disk" in message or "No space" in message)
    assert paths.journal_file.read_bytes() == before  # where it was, as it was
    (folder / "filler").unlink(missing_ok=True)  # space made again: it opens as before
    assert lesson_titles(paths.journal_file) == [
        "Written before the backup",
        "Written after the backup",
    ]
    assert not list(paths.data_dir.glob("journal.damaged-*"))
    assert not list(paths.data_dir.glob(".*restoring"))


def test_a_restore_refuses_when_backups_cannot_be_written(tmp_path: Path) -> None:
    paths = JournalPaths(tmp_path / "journal")
    make_journal(paths, "Keep me")
    backup = store.take_backup(paths.journal_file, tmp_path / "elsewhere", now=NOON)
    paths.backups_dir.write_text("a file where the backups folder should be")
    before = paths.journal_file.read_bytes()
    with pytest.raises(BackupError, match="a safety copy of it could not be made in"):
        store.restore_backup(backup.path, paths.journal_file, paths.backups_dir)
    assert paths.journal_file.read_bytes() == before
    assert not list(paths.data_dir.glob("journal.damaged-*"))


def test_an_unreadable_journal_is_put_back_when_the_restore_fails(
    tmp_path: Path, nearly_full_disk: tuple[Path, Callable[[], None]]
) -> None:
    folder, fill = nearly_full_disk
    healthy = JournalPaths(tmp_path / "healthy")
    make_journal(healthy, "From the backup")
    backup = store.take_backup(healthy.journal_file, tmp_path / "elsewhere", now=NOON)
    paths = JournalPaths(folder / "journal")
    paths.data_dir.mkdir()
    damaged = b"SQLite format 3\x00" + b"\x07" * 8000
    paths.journal_file.write_bytes(damaged)
    fill()
    with pytest.raises(
        JournalError,
        match=r"could not be restored .*your journal was not "
        r"changed\.$",
    ):
        store.restore_backup(backup.path, paths.journal_file, paths.backups_dir)
    assert paths.journal_file.read_bytes() == damaged  # back where it was
    assert not list(paths.data_dir.glob("journal.damaged-*"))


def test_only_an_unreadable_journal_is_moved_aside(tmp_path: Path) -> None:
    healthy = JournalPaths(tmp_path / "healthy")
    make_journal(healthy, "From the backup")
    backup = store.take_backup(healthy.journal_file, tmp_path / "elsewhere", now=NOON)
    paths = JournalPaths(tmp_path / "journal")
    paths.data_dir.mkdir()
    paths.journal_file.write_bytes(b"SQLite format 3\x00" + b"\x07" * 8000)
    kept = store.restore_backup(backup.path, paths.journal_file, paths.backups_dir)
    assert kept is not None and kept.name.startswith("journal.damaged-")
    assert lesson_titles(paths.journal_file) == ["From the backup"]


# --- 3. backups by hand, before a restore or an import are never rotated away -------------


def test_a_backup_by_hand_survives_the_automatic_ones_that_follow(
    repos: Repositories, journal_paths: JournalPaths
) -> None:
    repos.lessons.add(dt.date(2026, 11, 2), title="Only in the morning's copy")
    policy = BackupPolicy(keep_daily=2, keep_weekly=0)
    by_hand = back_up(journal_paths, policy, dt.datetime(2026, 11, 2, 10), by_hand=True)
    assert by_hand.taken[0].path.name == "journal-20261102-100000-manual.sqlite"
    for day in range(2, 20):  # the evening backup that day, then two weeks of them
        back_up(journal_paths, policy, dt.datetime(2026, 11, day, 18))
    names = sorted(p.name for p in journal_paths.backups_dir.glob("*.sqlite"))
    assert names == [
        "journal-20261102-100000-manual.sqlite",
        "journal-20261118-180000.sqlite",
        "journal-20261119-180000.sqlite",
    ]
    assert "Only in the morning's copy" in lesson_titles(by_hand.taken[0].path)


def test_copies_before_a_restore_or_an_import_are_never_rotated(
    repos: Repositories, journal_paths: JournalPaths
) -> None:
    folder = journal_paths.backups_dir
    store.take_backup(
        journal_paths.journal_file,
        folder,
        prefix=store.BEFORE_RESTORE_PREFIX,
        now=dt.datetime(2026, 10, 1, 9),
    )
    store.take_backup(
        journal_paths.journal_file,
        folder,
        prefix=store.BEFORE_IMPORT_PREFIX,
        now=dt.datetime(2026, 10, 2, 9),
    )
    for day in range(1, 15):
        store.take_backup(journal_paths.journal_file, folder, now=dt.datetime(2026, 11, day, 18))
    store.rotate_backups(folder, keep_daily=1, keep_weekly=0)
    assert sorted(p.name for p in folder.glob("*.sqlite")) == [
        "before-import-20261002-090000.sqlite",
        "before-restore-20261001-090000.sqlite",
        "journal-20261114-180000.sqlite",
    ]


# --- 4. a backup never replaces another ------------------------------------------------


def test_two_backups_in_one_second_both_keep_their_files(
    repos: Repositories, journal_paths: JournalPaths, one_second: None
) -> None:
    repos.lessons.add(dt.date(2026, 11, 26), title="First")
    first = store.take_backup(journal_paths.journal_file, journal_paths.backups_dir)
    repos.lessons.add(dt.date(2026, 11, 26), title="Second")
    second = store.take_backup(journal_paths.journal_file, journal_paths.backups_dir)
    assert (first.path.name, second.path.name) == (
        "journal-20261127-120000.sqlite",
        "journal-20261127-120000-2.sqlite",
    )
    assert lesson_titles(first.path) == ["First"]
    assert lesson_titles(second.path) == ["First", "Second"]
    # Rotation takes the later of the two as that day's newest.
    store.rotate_backups(journal_paths.backups_dir, keep_daily=1, keep_weekly=0)
    assert [p.name for p in journal_paths.backups_dir.glob("*.sqlite")] == [second.path.name]


def test_two_restores_in_one_second_keep_both_earlier_journals(
    tmp_path: Path, one_second: None
) -> None:
    paths = JournalPaths(tmp_path / "journal")
    make_journal(paths, "The original journal")
    other = JournalPaths(tmp_path / "other")
    make_journal(other, "A backup")
    backup = store.take_backup(other.journal_file, tmp_path / "elsewhere")
    first = store.restore_backup(backup.path, paths.journal_file, paths.backups_dir)
    second = store.restore_backup(backup.path, paths.journal_file, paths.backups_dir)
    assert first is not None and second is not None and first != second
    assert lesson_titles(first) == ["The original journal"]  # the only copy, still there
    assert lesson_titles(second) == ["A backup"]


def test_backup_output_to_a_folder_twice_in_one_second_leaves_two_files(
    repos: Repositories, journal_paths: JournalPaths, tmp_path: Path, one_second: None
) -> None:
    target = tmp_path / "usb"
    target.mkdir()
    first = back_up_to(journal_paths, target)
    second = back_up_to(journal_paths, target)
    assert first.path != second.path
    assert sorted(p.name for p in target.iterdir()) == [
        "leadjournal-backup-20261127-120000-2.sqlite",
        "leadjournal-backup-20261127-120000.sqlite",
    ]


def test_a_named_backup_never_replaces_a_file_made_meanwhile(
    repos: Repositories,
    journal_paths: JournalPaths,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    target = tmp_path / "before-the-reorg.sqlite"
    real_take = store.take_backup

    def someone_writes_it_meanwhile(*args: object, **kwargs: object) -> store.BackupInfo:
        info = real_take(*args, **kwargs)  # type: ignore[arg-type]
        target.write_text("someone else's file")
        return info

    monkeypatch.setattr(store, "take_backup", someone_writes_it_meanwhile)
    with pytest.raises(BackupError, match="already exists"):
        back_up_to(journal_paths, target)
    assert target.read_text() == "someone else's file"
    assert [p.name for p in tmp_path.glob(".incoming-*")] == []


# --- 8. a bad backup policy never stops a backup -----------------------------------------


@pytest.mark.parametrize(
    "policy",
    [
        {"keep_daily": "abc", "keep_weekly": 4},
        {"keep_daily": 3.5, "keep_weekly": None},
        {"keep_daily": True, "second_folder": 7},
        "not even a dict",
        ["keep_daily", 3],
        {"keep_daily": 10**30, "keep_weekly": -5},
    ],
)
def test_a_bad_backup_policy_falls_back_to_defaults_and_backs_up(
    repos: Repositories, journal_paths: JournalPaths, policy: JsonValue
) -> None:
    repos.settings.set("backups", policy)
    loaded = load_policy(repos)
    assert 1 <= loaded.keep_daily <= 3650 and 0 <= loaded.keep_weekly <= 520
    assert loaded.second_folder is None
    report = back_up(journal_paths, loaded, NOON)
    assert not report.failures and len(report.taken) == 1
