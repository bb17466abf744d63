"""Backups of the journal file: taken with SQLite's online backup API, verified, rotated,
and restored by an atomic swap.

Plain ``sqlite3`` only (no SQLAlchemy), so the command line and the quit path stay light.
A backup is written under a temporary name and renamed only after it has been opened and
has passed ``integrity_check``; a half-written or empty copy never carries a backup's name.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import logging
import os
import re
import threading
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from leadjournal.db.files import (
    connect_file,
    database_errors,
    looks_encrypted,
    owner_only_umask,
)
from leadjournal.db.migrations import KNOWN_REVISIONS
from leadjournal.errors import BackupError, JournalError

log = logging.getLogger(__name__)

AUTOMATIC_PREFIX = "journal-"
STAMP_FORMAT = "%Y%m%d-%H%M%S"
_STAMP = re.compile(r"(\d{8}-\d{6})")
DEFAULT_KEEP_DAILY = 7
DEFAULT_KEEP_WEEKLY = 4
# What the restore list shows of each backup: (table, label).
COUNTED_TABLES = (("week_plan", "weeks"), ("person", "people"), ("lesson", "lessons"))
SINGULAR = {"weeks": "week", "people": "person", "lessons": "lesson"}


@dataclass(frozen=True)
class BackupInfo:
    path: Path
    taken_at: dt.datetime
    size: int
    counts: dict[str, int] = field(default_factory=dict)

    @property
    def automatic(self) -> bool:
        return self.path.name.startswith(AUTOMATIC_PREFIX)


@contextlib.contextmanager
def _connect(path: Path, *, read_only: bool = False, key: str | None = None) -> Iterator[Any]:
    connection = connect_file(path, key=key, read_only=read_only)
    try:
        yield connection
    finally:
        connection.close()


def verify_backup(path: Path, key: str | None = None) -> BackupInfo:
    """Open a backup read-only, run ``integrity_check`` and count what it holds.

    ``key``: the passphrase, for the backups of an encrypted journal (encrypted as well).

    Raises :class:`BackupError` when the file is missing, empty, damaged or not a journal.
    """
    try:
        size = path.stat().st_size
    except OSError:
        raise BackupError(f"The backup {path.name} is missing.") from None
    if size == 0:
        raise BackupError(f"The backup {path.name} is empty.")
    try:
        with _connect(path, read_only=True, key=key) as connection:
            verdict = connection.execute("PRAGMA integrity_check").fetchone()
            if verdict is None or verdict[0] != "ok":
                raise BackupError(f"The backup {path.name} failed its integrity check.")
            tables = {row[0] for row in connection.execute(
                "SELECT name FROM sqlite_master WHERE type = 'table'")}  # fmt: skip
            if "alembic_version" not in tables:
                raise BackupError(f"The backup {path.name} holds no journal.")
            counts = {label: connection.execute(f"SELECT count(*) FROM {table}").fetchone()[0]
                      for table, label in COUNTED_TABLES if table in tables}  # fmt: skip
    except database_errors():
        raise BackupError(f"The backup {path.name} could not be read.") from None
    return BackupInfo(path, _taken_at(path), size, counts)


def _taken_at(path: Path) -> dt.datetime:
    match = _STAMP.search(path.name)
    if match:
        return dt.datetime.strptime(match.group(1), STAMP_FORMAT)
    return dt.datetime.fromtimestamp(path.stat().st_mtime)


def copy_database(source: Path, target: Path, key: str | None = None) -> None:
    """Copy a live journal with the backup API (consistent even while it is being used);
    an encrypted journal's copy is encrypted with the same key."""
    with (
        _connect(source, read_only=True, key=key) as reader,
        _connect(target, key=key) as writer,
    ):
        reader.backup(writer)
        # A copy is one self-contained file: no WAL beside it, wherever it is moved.
        writer.execute("PRAGMA journal_mode=DELETE")


def take_backup(journal_file: Path, folder: Path, *, now: dt.datetime | None = None,
                prefix: str = AUTOMATIC_PREFIX, key: str | None = None) -> BackupInfo:  # fmt: skip
    """Back up ``journal_file`` into ``folder``; returns the verified backup.

    Raises :class:`BackupError` with a plain sentence when anything goes wrong; nothing
    with a backup's name is left behind then.
    """
    stamp = (now or dt.datetime.now()).strftime(STAMP_FORMAT)
    final = folder / f"{prefix}{stamp}.sqlite"
    # Unique per writer: the window and a command may back up in the same second.
    partial = folder / f".{final.name}.{os.getpid()}-{threading.get_ident()}.partial"
    try:
        with owner_only_umask():
            folder.mkdir(parents=True, exist_ok=True)
            partial.unlink(missing_ok=True)
            copy_database(journal_file, partial, key)
        info = verify_backup(partial, key)
        partial.replace(final)
    except failure_types() as error:
        with contextlib.suppress(OSError):
            partial.unlink(missing_ok=True)
        reason = error if isinstance(error, BackupError) else _reason(error)
        log.error("Backup of %s into %s failed: %s", journal_file, folder, reason)
        raise BackupError(f"The backup into {folder} failed: {reason}") from None
    log.info("Backed up the journal to %s (%d bytes)", final, info.size)
    return BackupInfo(final, info.taken_at, info.size, info.counts)


def failure_types() -> tuple[type[Exception], ...]:
    """What a backup or restore may meet: the disk, a bad copy, the database driver."""
    return (OSError, BackupError, *database_errors())


def _reason(error: BaseException) -> str:
    if isinstance(error, OSError):
        return f"{error.strerror or error}."
    return f"{error}."


def list_backups(folder: Path, key: str | None = None) -> list[BackupInfo]:
    """Every readable backup in ``folder``, newest first (damaged ones are left out)."""
    if not folder.is_dir():
        return []
    found = []
    for path in folder.glob("*.sqlite"):
        try:
            found.append(verify_backup(path, key))
        except BackupError as error:
            log.warning("Skipping a backup that does not verify: %s", error)
    return sorted(found, key=lambda info: info.taken_at, reverse=True)


def newest_backup_time(folder: Path) -> dt.datetime | None:
    """When the newest automatic backup was taken (by its name; nothing is opened)."""
    stamps = [_taken_at(path) for path in folder.glob(f"{AUTOMATIC_PREFIX}*.sqlite")]
    return max(stamps, default=None)


def backups_to_remove(taken: list[dt.datetime], keep_daily: int, keep_weekly: int
                      ) -> set[dt.datetime]:  # fmt: skip
    """Which of the times ``taken`` rotation drops: the newest backup of each of the last
    ``keep_daily`` days and of each of the last ``keep_weekly`` ISO weeks stay."""
    kept: set[dt.datetime] = set()
    days: set[dt.date] = set()
    weeks: set[tuple[int, int]] = set()
    for when in sorted(taken, reverse=True):
        day, week = when.date(), when.isocalendar()[:2]
        if day not in days and len(days) < keep_daily:
            days.add(day)
            kept.add(when)
        if week not in weeks and len(weeks) < keep_weekly:
            weeks.add(week)
            kept.add(when)
    return set(taken) - kept


def rotate_backups(folder: Path, keep_daily: int = DEFAULT_KEEP_DAILY,
                   keep_weekly: int = DEFAULT_KEEP_WEEKLY) -> list[Path]:  # fmt: skip
    """Remove automatic backups beyond what rotation keeps; returns what was removed.

    Backups taken before a migration or by hand are never removed.
    """
    _remove_stale_partials(folder)
    by_time = {_taken_at(p): p for p in folder.glob(f"{AUTOMATIC_PREFIX}*.sqlite")}
    removed = []
    for when in backups_to_remove(list(by_time), max(1, keep_daily), max(0, keep_weekly)):
        with contextlib.suppress(OSError):
            by_time[when].unlink()
            removed.append(by_time[when])
    return sorted(removed)


def _remove_stale_partials(folder: Path, older_than_s: float = 3600) -> None:
    """A backup interrupted by a crash leaves its hidden ``.partial`` file; tidy it later."""
    now = time.time()
    for partial in folder.glob(".*.partial"):
        with contextlib.suppress(OSError):
            if now - partial.stat().st_mtime > older_than_s:
                partial.unlink()


def move_aside(journal_file: Path, *, now: dt.datetime | None = None) -> Path:
    """Rename an unreadable journal (and its WAL files) out of the way, never deleting it."""
    stamp = (now or dt.datetime.now()).strftime(STAMP_FORMAT)
    aside = journal_file.with_name(f"{journal_file.stem}.damaged-{stamp}{journal_file.suffix}")
    for suffix in ("-wal", "-shm"):
        companion = Path(f"{journal_file}{suffix}")
        if companion.exists():
            companion.replace(Path(f"{aside}{suffix}"))
    journal_file.replace(aside)
    log.warning("Moved the unreadable journal aside to %s", aside)
    return aside


def _revision(path: Path, key: str | None = None) -> str | None:
    with _connect(path, read_only=True, key=key) as connection:
        row = connection.execute("SELECT version_num FROM alembic_version").fetchone()
    return row[0] if row else None


def retire_wal(journal_file: Path, key: str | None = None) -> None:
    """Fold the WAL into the file and remove it, so a swapped-in file never meets a WAL
    that belongs to the old one (SQLite would replay it onto the new file)."""
    if journal_file.exists():
        with _connect(journal_file, key=key) as connection:
            connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    for suffix in ("-wal", "-shm"):
        Path(f"{journal_file}{suffix}").unlink(missing_ok=True)


def _same_protection(backup: Path, journal_file: Path) -> None:
    """A restore never quietly adds or drops the passphrase of a readable journal."""
    if not (journal_file.exists() and journal_file.stat().st_size > 0):
        return
    backup_protected, journal_protected = looks_encrypted(backup), looks_encrypted(journal_file)
    if backup_protected and not journal_protected:
        raise BackupError(f"The backup {backup.name} is protected with a passphrase and your "
                          "journal is not; protect the journal first (Settings → Privacy), "
                          "then restore.")  # fmt: skip
    if journal_protected and not backup_protected:
        raise BackupError(f"The backup {backup.name} is not protected with a passphrase and "
                          "your journal is; remove the passphrase first (Settings → Privacy), "
                          "then restore.")  # fmt: skip


def restore_backup(backup: Path, journal_file: Path, backups_dir: Path,
                   key: str | None = None) -> Path | None:  # fmt: skip
    """Make ``backup`` the journal. The storage must be closed (no open engine).

    The current journal is backed up first (or moved aside when it can't be read); the
    copy is made beside the journal and swapped in with one rename. Returns the safety
    copy of the previous journal, if there was one.
    """
    _same_protection(backup, journal_file)
    verify_backup(backup, key)
    if _revision(backup, key) not in KNOWN_REVISIONS:
        raise BackupError(f"The backup {backup.name} was written by a newer LeadJournal; "
                          "update LeadJournal to restore it.")  # fmt: skip
    safety: Path | None = None
    if journal_file.exists() and journal_file.stat().st_size > 0:
        try:
            safety = take_backup(journal_file, backups_dir, prefix="before-restore-",
                                 key=key).path  # fmt: skip
        except BackupError:
            safety = move_aside(journal_file)
    incoming = journal_file.with_name(f".{journal_file.name}.restoring")
    try:
        with owner_only_umask():
            incoming.unlink(missing_ok=True)
            copy_database(backup, incoming, key)
        verify_backup(incoming, key)
        if journal_file.exists():
            retire_wal(journal_file, key)
        incoming.replace(journal_file)
    except failure_types() as error:
        with contextlib.suppress(OSError):
            incoming.unlink(missing_ok=True)
        raise JournalError(f"The backup could not be restored: {_reason(error)} Your "
                           "journal was not changed.") from None  # fmt: skip
    log.info("Restored %s from %s (previous journal kept at %s)", journal_file, backup, safety)
    return safety
