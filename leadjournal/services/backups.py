"""When and where backups are taken, and how many are kept.

The policy lives in the journal's settings; the work itself is in :mod:`leadjournal.db.backups`.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from leadjournal import clock
from leadjournal.db import backups as store
from leadjournal.errors import BackupError
from leadjournal.paths import JournalPaths
from leadjournal.services.settings import BackupPolicy as BackupPolicy
from leadjournal.services.settings import JournalSettings
from leadjournal.text import human_date_time

if TYPE_CHECKING:
    from leadjournal.db.repositories import Repositories

BackupInfo = store.BackupInfo  # what the window lists, without reaching into storage
BACKUP_EVERY = dt.timedelta(days=1)


@dataclass
class BackupReport:
    taken: list[store.BackupInfo] = field(default_factory=list)
    failures: list[str] = field(default_factory=list)

    def summary(self) -> str:
        """One line for the status bar."""
        if self.failures:
            return self.failures[0]
        if not self.taken:
            return "No backup was needed."
        newest = self.taken[0]
        return f"Backed up at {newest.taken_at:%H:%M} ({_size(newest.size)})."


def _size(size: int) -> str:
    return f"{size / 1_048_576:.1f} MB" if size >= 1_048_576 else f"{max(1, size // 1024)} KB"


def load_policy(repos: Repositories) -> BackupPolicy:
    """The saved policy; a value that is missing or of the wrong shape gives its default
    (backups must go on whatever the settings hold)."""
    return JournalSettings.of(repos).backups


def save_policy(repos: Repositories, policy: BackupPolicy) -> None:
    JournalSettings.of(repos).backups = policy


def backup_is_due(paths: JournalPaths, now: dt.datetime | None = None) -> bool:
    """True when the newest automatic backup is older than a day (or there is none)."""
    newest = store.newest_backup_time(paths.backups_dir)
    return newest is None or (now or clock.now()) - newest >= BACKUP_EVERY


def back_up(
    paths: JournalPaths,
    policy: BackupPolicy,
    now: dt.datetime | None = None,
    key: str | None = None,
    *,
    by_hand: bool = False,
) -> BackupReport:
    """Back up into ``backups/`` and the second folder, verify, rotate; never raises for a
    failed backup: failures are in the report, in plain words. The backups of an
    encrypted journal (``key``) are encrypted with the same passphrase. A backup taken
    ``by_hand`` is marked so by its name, and rotation never removes it."""
    report = BackupReport()
    folders = [paths.backups_dir]
    if policy.second_folder is not None:
        folders.append(policy.second_folder)
    suffix = store.MANUAL_SUFFIX if by_hand else ""
    for folder in folders:
        try:
            report.taken.append(
                store.take_backup(paths.journal_file, folder, now=now, suffix=suffix, key=key)
            )
        except BackupError as error:
            report.failures.append(str(error))
            continue
        store.rotate_backups(folder, policy.keep_daily, policy.keep_weekly)
    return report


def back_up_to(paths: JournalPaths, output: Path, key: str | None = None) -> store.BackupInfo:
    """``leadjournal backup --output PATH``: into a folder, or to exactly that file."""
    if output.is_dir():
        return store.take_backup(paths.journal_file, output, prefix="leadjournal-backup-", key=key)
    exists = BackupError(f"{output} already exists; choose a new file name or a folder.")
    if output.exists() or output.is_symlink():
        raise exists
    info = store.take_backup(paths.journal_file, output.parent, prefix=".incoming-", key=key)
    try:
        store.place_exclusively(info.path, output)  # never over a file made meanwhile
    except OSError as error:
        info.path.unlink(missing_ok=True)
        if isinstance(error, FileExistsError):
            raise exists from None
        raise BackupError(
            f"The backup could not be saved as {output} ({error.strerror or error})."
        ) from None
    return store.BackupInfo(output, info.taken_at, info.size, info.counts)


def back_up_before_import(paths: JournalPaths, key: str | None = None) -> Path:
    """A safety copy in ``backups/`` before an import writes; rotation never removes it.
    Raises :class:`BackupError` (nothing is to be imported then) when it can't be made."""
    try:
        info = store.take_backup(
            paths.journal_file, paths.backups_dir, prefix=store.BEFORE_IMPORT_PREFIX, key=key
        )
    except store.BackupFailedError as error:
        raise BackupError(
            f"Nothing was imported and your journal was not changed, because a safety copy "
            f"of it could not be made in {error.folder} ({error.reason})."
        ) from None
    return info.path


def available_backups(
    paths: JournalPaths, policy: BackupPolicy | None = None, key: str | None = None
) -> list[store.BackupInfo]:
    """Backups to restore from, newest first, from ``backups/`` and the second folder."""
    found = store.list_backups(paths.backups_dir, key)
    if policy is not None and policy.second_folder is not None:
        found += store.list_backups(policy.second_folder, key)
    return sorted(found, key=lambda info: info.taken_at, reverse=True)


def backup_kind(info: store.BackupInfo) -> str:
    """Why a backup was taken, from its name: "automatic" (rotated), "by_hand",
    "before_restore", "before_import", "before_migration" or "other" (never rotated)."""
    name = info.path.name
    if info.automatic:
        return "automatic"
    if name.startswith(store.AUTOMATIC_PREFIX) and store.MANUAL_SUFFIX in name:
        return "by_hand"
    for prefix, kind in (
        (store.BEFORE_RESTORE_PREFIX, "before_restore"),
        (store.BEFORE_IMPORT_PREFIX, "before_import"),
        ("before-migration-", "before_migration"),
    ):
        if name.startswith(prefix):
            return kind
    return "other"


def describe(info: store.BackupInfo) -> str:
    """'Fri 27 Nov 2026, 18:02 · 1.2 MB · 52 weeks, 9 people, 40 lessons'"""
    counts = ", ".join(
        f"{n} {store.SINGULAR[label] if n == 1 else label}" for label, n in info.counts.items()
    )
    return f"{human_date_time(info.taken_at)} · {_size(info.size)} · {counts}"
