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

from leadjournal import clock
from leadjournal.db.files import (
    connect_file,
    database_errors,
    is_operational_error,
    looks_encrypted,
    owner_only_umask,
    row_counts,
    table_names,
)
from leadjournal.db.migrations import KNOWN_REVISIONS, missing_tables
from leadjournal.errors import BackupError, JournalError

log = logging.getLogger(__name__)

AUTOMATIC_PREFIX = "journal-"
# Backups that rotation never removes are marked by name: taken by hand, before a
# restore, before an import (and before a migration, see db/engine.py).
MANUAL_SUFFIX = "-manual"
BEFORE_RESTORE_PREFIX = "before-restore-"
BEFORE_IMPORT_PREFIX = "before-import-"
STAMP_FORMAT = "%Y%m%d-%H%M%S"
_STAMP = re.compile(r"(\d{8}-\d{6})")
# journal-20261127-180000.sqlite, or journal-20261127-180000-2.sqlite when that second
# already had one: the only names rotation may remove.
_AUTOMATIC_NAME = re.compile(r"journal-\d{8}-\d{6}(-\d+)?\.sqlite")
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
        return is_automatic(self.path)


def is_automatic(path: Path) -> bool:
    """A backup taken on a schedule (at start or quit), which rotation may remove."""
    return _AUTOMATIC_NAME.fullmatch(path.name) is not None


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
            tables = table_names(connection)
            if "alembic_version" not in tables:
                raise BackupError(f"The backup {path.name} holds no journal.")
            version = connection.execute("SELECT version_num FROM alembic_version").fetchone()
            if version is None:
                raise BackupError(
                    f"The backup {path.name} has no schema version, so it is damaged or not "
                    "a LeadJournal backup."
                )
            if missing_tables(version[0], tables):
                raise BackupError(
                    f"The backup {path.name} has a version number but not the journal's "
                    "tables, so it is not a LeadJournal backup."
                )
            found = row_counts(connection, [table for table, _ in COUNTED_TABLES])
            counts = {label: found[table] for table, label in COUNTED_TABLES if table in found}
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


class BackupFailedError(BackupError):
    """A backup could not be written; ``reason`` says why in a few words."""

    def __init__(self, folder: Path, reason: str) -> None:
        self.folder = folder
        self.reason = reason.rstrip(".")
        super().__init__(f"The backup into {folder} failed: {self.reason}.")


def take_backup(
    journal_file: Path,
    folder: Path,
    *,
    now: dt.datetime | None = None,
    prefix: str = AUTOMATIC_PREFIX,
    suffix: str = "",
    key: str | None = None,
) -> BackupInfo:
    """Back up ``journal_file`` into ``folder``; returns the verified backup.

    The name is ``{prefix}{stamp}{suffix}.sqlite``; when another backup already has it
    (two in one second), a counter is added: an existing backup is never overwritten.

    Raises :class:`BackupFailedError` with a plain sentence when anything goes wrong;
    nothing with a backup's name is left behind then.
    """
    stamp = (now or clock.now()).strftime(STAMP_FORMAT)
    stem = f"{prefix}{stamp}{suffix}"
    # Unique per writer: the window and a command may back up in the same second.
    partial = folder / f".{stem}.sqlite.{os.getpid()}-{threading.get_ident()}.partial"
    if folder.exists() and not folder.is_dir():
        raise BackupFailedError(folder, "a file has that name, so it can't be a folder")
    try:
        with owner_only_umask():
            folder.mkdir(parents=True, exist_ok=True)
            partial.unlink(missing_ok=True)
            copy_database(journal_file, partial, key)
        info = verify_backup(partial, key)
        final = _claim_name(partial, folder, stem)
    except failure_types() as error:
        with contextlib.suppress(OSError):
            partial.unlink(missing_ok=True)
        reason = str(error) if isinstance(error, BackupError) else _reason(error)
        log.error("Backup of %s into %s failed: %s", journal_file, folder, reason)
        raise BackupFailedError(folder, reason) from None
    log.info("Backed up the journal to %s (%d bytes)", final, info.size)
    return BackupInfo(final, info.taken_at, info.size, info.counts)


def _claim_name(partial: Path, folder: Path, stem: str) -> Path:
    """Give the verified ``partial`` the first free name ``stem``, ``stem-2``, … without
    ever replacing a file that is already there (a hard link fails if the name exists)."""
    for counter in range(1, 1000):
        final = folder / (f"{stem}.sqlite" if counter == 1 else f"{stem}-{counter}.sqlite")
        try:
            place_exclusively(partial, final)
        except FileExistsError:
            continue
        return final
    raise BackupError(f"There are too many backups named {stem} in {folder}.")


def place_exclusively(source: Path, target: Path) -> None:
    """Move ``source`` to ``target``; raises FileExistsError if ``target`` exists."""
    try:
        os.link(source, target)
    except FileExistsError:
        raise
    except OSError:
        # No hard links here (some removable or synced drives): claim the name with an
        # exclusive create, then move the file onto our own empty placeholder.
        with owner_only_umask():
            os.close(os.open(target, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o600))
        source.replace(target)
        return
    source.unlink()


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


def automatic_backups(folder: Path) -> list[Path]:
    """The automatic backups in ``folder`` (by name; nothing is opened)."""
    return [path for path in folder.glob(f"{AUTOMATIC_PREFIX}*.sqlite") if is_automatic(path)]


def newest_backup_time(folder: Path) -> dt.datetime | None:
    """When the newest automatic backup was taken (by its name; nothing is opened)."""
    return max((_taken_at(path) for path in automatic_backups(folder)), default=None)


def backups_to_remove(
    taken: list[dt.datetime], keep_daily: int, keep_weekly: int
) -> set[dt.datetime]:
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


def rotate_backups(
    folder: Path, keep_daily: int = DEFAULT_KEEP_DAILY, keep_weekly: int = DEFAULT_KEEP_WEEKLY
) -> list[Path]:
    """Remove automatic backups beyond what rotation keeps; returns what was removed.

    Backups taken by hand, before a restore, an import or a migration are never removed
    (nor counted: they don't push an automatic one out).
    """
    _remove_stale_partials(folder)
    # Two taken in one second differ by their counter (…-2.sqlite is the newer one).
    by_time = {
        _taken_at(path) + dt.timedelta(microseconds=_counter(path)): path
        for path in automatic_backups(folder)
    }
    removed = []
    for when in backups_to_remove(list(by_time), max(1, keep_daily), max(0, keep_weekly)):
        with contextlib.suppress(OSError):
            by_time[when].unlink()
            removed.append(by_time[when])
    return sorted(removed)


def _counter(path: Path) -> int:
    match = _AUTOMATIC_NAME.fullmatch(path.name)
    return int(match.group(1)[1:]) if match and match.group(1) else 1


def tidy_interrupted_backups(folder: Path) -> None:
    """At start: remove what backups killed over an hour ago left in ``folder``."""
    if folder.is_dir():
        _remove_stale_partials(folder)


def _remove_stale_partials(folder: Path, older_than_s: float = 3600) -> None:
    """A backup interrupted by a crash leaves its hidden ``.partial`` file (and SQLite's
    ``.partial-journal`` beside it); tidy them later. A journal file whose ``.partial``
    is gone belongs to no backup in progress."""
    now = time.time()
    for partial in folder.glob(".*.partial"):
        with contextlib.suppress(OSError):
            if now - partial.stat().st_mtime > older_than_s:
                partial.unlink()
    for journal in folder.glob(".*.partial-journal"):
        with contextlib.suppress(OSError):
            orphaned = not journal.with_name(journal.name.removesuffix("-journal")).exists()
            if orphaned or now - journal.stat().st_mtime > older_than_s:
                journal.unlink()


def move_aside(journal_file: Path, *, now: dt.datetime | None = None) -> Path:
    """Rename an unreadable journal (and its WAL files) out of the way, never deleting it
    (nor replacing an earlier one moved aside in the same second)."""
    stamp = (now or clock.now()).strftime(STAMP_FORMAT)
    stem = f"{journal_file.stem}.damaged-{stamp}"
    for counter in range(1, 1000):
        name = stem if counter == 1 else f"{stem}-{counter}"
        aside = journal_file.with_name(f"{name}{journal_file.suffix}")
        taken = [aside, Path(f"{aside}-wal"), Path(f"{aside}-shm")]
        if not any(path.exists() for path in taken):
            break
    for suffix in ("-wal", "-shm"):
        companion = Path(f"{journal_file}{suffix}")
        if companion.exists():
            companion.replace(Path(f"{aside}{suffix}"))
    journal_file.replace(aside)
    log.warning("Moved the unreadable journal aside to %s", aside)
    return aside


def _put_back(aside: Path, journal_file: Path) -> None:
    """Undo :func:`move_aside`: the journal goes back where it was, as it was."""
    journal_file.unlink(missing_ok=True)
    for suffix in ("-wal", "-shm"):
        companion = Path(f"{aside}{suffix}")
        if companion.exists():
            companion.replace(Path(f"{journal_file}{suffix}"))
    aside.replace(journal_file)
    log.warning("Put the journal back at %s after a failed restore", journal_file)


def _readable(journal_file: Path, key: str | None) -> bool:
    """False only when the file itself is damaged or not a journal. A problem of the disk
    or the folder (full, read-only: SQLite's "operational" errors) says nothing about the
    file, so such a journal counts as readable and is never moved aside for it."""
    try:
        key = key if looks_encrypted(journal_file) else None
        with _connect(journal_file, read_only=True, key=key) as connection:
            verdict = connection.execute("PRAGMA integrity_check").fetchone()
            tables = table_names(connection)
    except database_errors() as error:
        return is_operational_error(error)
    return verdict is not None and verdict[0] == "ok" and "alembic_version" in tables


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
        raise BackupError(
            f"The backup {backup.name} is protected with a passphrase and your "
            "journal is not; protect the journal first (Settings → Privacy), "
            "then restore."
        )
    if journal_protected and not backup_protected:
        raise BackupError(
            f"The backup {backup.name} is not protected with a passphrase and "
            "your journal is; remove the passphrase first (Settings → Privacy), "
            "then restore."
        )


def restore_backup(
    backup: Path, journal_file: Path, backups_dir: Path, key: str | None = None
) -> Path | None:
    """Make ``backup`` the journal. The storage must be closed (no open engine).

    The current journal is backed up first (or moved aside when it can't be read); the
    copy is made beside the journal and swapped in with one rename. Returns the safety
    copy of the previous journal, if there was one.
    """
    _same_protection(backup, journal_file)
    verify_backup(backup, key)
    if _revision(backup, key) not in KNOWN_REVISIONS:
        raise BackupError(
            f"The backup {backup.name} was written by a newer LeadJournal; "
            "update LeadJournal to restore it."
        )
    safety: Path | None = None
    moved_aside: Path | None = None
    if journal_file.exists() and journal_file.stat().st_size > 0:
        if _readable(journal_file, key):
            try:
                safety = take_backup(
                    journal_file, backups_dir, prefix=BEFORE_RESTORE_PREFIX, key=key
                ).path
            except BackupFailedError as error:
                raise BackupError(
                    f"Nothing was restored and your journal was not changed, because a safety "
                    f"copy of it could not be made in {error.folder} ({error.reason})."
                ) from None
        else:
            # Only a journal that can't be read is moved aside; it is never deleted.
            try:
                safety = moved_aside = move_aside(journal_file)
            except OSError as error:
                raise BackupError(
                    f"Nothing was restored and your journal was not changed, "
                    f"because it could not be moved aside "
                    f"({error.strerror or error})."
                ) from None
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
        reason = _reason(error).rstrip(".")
        if moved_aside is not None:
            try:
                _put_back(moved_aside, journal_file)
            except OSError:
                raise JournalError(
                    f"The backup could not be restored ({reason}); your "
                    f"journal is unchanged at {moved_aside}."
                ) from None
        raise JournalError(
            f"The backup could not be restored ({reason}); your journal was not changed."
        ) from None
    log.info("Restored %s from %s (previous journal kept at %s)", journal_file, backup, safety)
    return safety
