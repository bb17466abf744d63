"""The journal folder and file before any SQLAlchemy: the folder created owner-only, the
file looked at read-only. Kept free of SQLAlchemy so start-up and the command line stay
light."""

from __future__ import annotations

import contextlib
import os
import sqlite3
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from leadjournal.errors import DataFolderError, JournalDamagedError


@contextlib.contextmanager
def owner_only_umask() -> Iterator[None]:
    """Anything created inside is readable by its owner only (no chmod race after)."""
    previous = os.umask(0o077)
    try:
        yield
    finally:
        os.umask(previous)


def ensure_data_folder(folder: Path) -> None:
    """Create the data folder (0700) if needed and make sure we can write in it."""
    try:
        with owner_only_umask():
            folder.mkdir(parents=True, exist_ok=True)
    except OSError as error:
        raise DataFolderError(
            f"The data folder {folder} could not be created ({error.strerror or error})."
        ) from None
    if not folder.is_dir():
        raise DataFolderError(f"{folder} is not a folder, so the journal can't be kept there.")
    if not os.access(folder, os.W_OK | os.X_OK):
        raise DataFolderError(f"The data folder {folder} can't be written to.")


def tighten_permissions(folder: Path) -> list[Path]:
    """Make the data folder, its backups folder and their files owner-only (0700 / 0600);
    returns what had to be tightened, so the user can be told."""
    if os.name != "posix" or not folder.is_dir():
        return []
    tightened = []
    for directory in (folder, folder / "backups"):
        if not directory.is_dir():
            continue
        if _make_private(directory, 0o700):
            tightened.append(directory)
        for entry in directory.iterdir():
            if entry.is_file() and not entry.is_symlink() and _make_private(entry, 0o600):
                tightened.append(entry)
    return tightened


def _make_private(path: Path, wanted: int) -> bool:
    """Chmod ``path`` to ``wanted`` if group or others may use it; True if it changed."""
    mode = path.stat().st_mode & 0o777
    if mode & 0o077 == 0:
        return False
    try:
        path.chmod(wanted)
    except OSError:
        return False
    return True


@dataclass(frozen=True)
class JournalState:
    exists: bool
    revision: str | None


def inspect_journal(path: Path) -> JournalState:
    """Look at a journal without changing a byte of it.

    Raises :class:`JournalDamagedError` when the file is not a healthy SQLite database.
    """
    if not path.exists() or path.stat().st_size == 0:
        return JournalState(exists=False, revision=None)
    try:
        with contextlib.closing(
            sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True)
        ) as connection:
            result = connection.execute("PRAGMA quick_check").fetchone()
            if result is None or result[0] != "ok":
                raise JournalDamagedError(_damaged_message(path))
            has_version = connection.execute(
                "SELECT 1 FROM sqlite_master WHERE type='table' AND name='alembic_version'"
            ).fetchone()
            if not has_version:
                tables = connection.execute(
                    "SELECT count(*) FROM sqlite_master WHERE type='table'"
                ).fetchone()[0]
                if tables:
                    # A database, but not one of ours: treat it as unreadable.
                    raise JournalDamagedError(_damaged_message(path))
                return JournalState(exists=True, revision=None)
            row = connection.execute("SELECT version_num FROM alembic_version").fetchone()
    except sqlite3.DatabaseError:
        raise JournalDamagedError(_damaged_message(path)) from None
    return JournalState(exists=True, revision=row[0] if row else None)


def _damaged_message(path: Path) -> str:
    return (
        f"Your journal at {path} could not be read: the file is damaged or is not a "
        "LeadJournal journal. It has been left exactly as it was."
    )
