"""The journal folder and file before any SQLAlchemy: the folder created owner-only, the
file looked at read-only, plain or encrypted. Kept free of SQLAlchemy so start-up and the
command line stay light.

An encrypted journal is a SQLCipher file: ``sqlcipher3`` is imported only when one is
met, and the passphrase only ever lives in memory (never logged, never written).
"""

from __future__ import annotations

import contextlib
import os
import sys
import threading
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from leadjournal.db.migrations import missing_tables
from leadjournal.errors import (
    DataFolderError,
    JournalDamagedError,
    JournalLockedError,
    WrongPassphraseError,
)

SQLITE_HEADER = b"SQLite format 3\x00"


def looks_encrypted(path: Path) -> bool:
    """A journal file without SQLite's plain header, in whole pages, whose first page
    reads as noise: a SQLCipher file.

    A plain file that lost its header keeps the rest of SQLite's header (page size,
    format bytes) and mostly empty pages, so it is called damaged, not protected.
    """
    try:
        size = path.stat().st_size
        with path.open("rb") as stream:
            first_page = stream.read(4096)
    except OSError:
        return False
    if size == 0 or size % 1024 or first_page.startswith(SQLITE_HEADER):
        return False
    return not _keeps_plain_header(first_page) and _reads_as_noise(first_page)


def _keeps_plain_header(page: bytes) -> bool:
    """SQLite's header after its 16-byte title: a page size, format versions 1 or 2, and
    the fixed payload fractions 64, 32, 32."""
    if len(page) < 24:
        return False
    page_size = int.from_bytes(page[16:18], "big")
    sized = page_size == 1 or (512 <= page_size <= 32768 and page_size & (page_size - 1) == 0)
    return sized and page[18] in (1, 2) and page[19] in (1, 2) and page[21:24] == b"\x40\x20\x20"


def _reads_as_noise(data: bytes) -> bool:
    """Encrypted bytes hold hardly any zeros; a plain page of SQLite holds many."""
    return data.count(0) <= max(4, len(data) // 64)


def _quoted(passphrase: str) -> str:
    return "'" + passphrase.replace("'", "''") + "'"


def apply_key(connection: Any, passphrase: str) -> None:
    """The first statements on a SQLCipher connection: quiet logs, the key, temp in RAM."""
    connection.execute("PRAGMA cipher_log_level = NONE")  # no lines on stderr for a bad key
    connection.execute(f"PRAGMA key = {_quoted(passphrase)}")
    connection.execute("PRAGMA temp_store = MEMORY")  # no temporary files on disk


def connect_file(path: Path, *, key: str | None = None, read_only: bool = False) -> Any:
    """A DB-API connection to a journal file: the standard library's for a plain one,
    SQLCipher's (keyed) for an encrypted one."""
    target = f"{path.as_uri()}?mode=ro" if read_only else str(path)
    if key is None:
        import sqlite3  # here, not at import: the window shows before any database work

        return sqlite3.connect(target, uri=read_only)
    import sqlcipher3

    connection = sqlcipher3.connect(target, uri=read_only)
    apply_key(connection, key)
    return connection


def table_names(connection: Any) -> set[str]:
    """The tables of the database on a DB-API ``connection``."""
    return {
        row[0] for row in connection.execute("SELECT name FROM sqlite_master WHERE type = 'table'")
    }


def row_counts(connection: Any, tables: Iterable[str]) -> dict[str, int]:
    """How many rows each of ``tables`` holds; a table the database does not have (an
    older schema) is left out."""
    present = table_names(connection)
    return {
        table: int(connection.execute(f"SELECT count(*) FROM {table}").fetchone()[0])
        for table in tables
        if table in present  # a name from sqlite_master: safe in the statement
    }


def count_rows(path: Path, tables: Iterable[str], key: str | None = None) -> dict[str, int]:
    """:func:`row_counts` of a journal file, read without writing (read-only)."""
    with contextlib.closing(connect_file(path, key=key, read_only=True)) as connection:
        return row_counts(connection, tables)


def database_errors() -> tuple[type[Exception], ...]:
    """The DB-API error classes that may come out of :func:`connect_file`'s connections."""
    import sqlite3

    errors: tuple[type[Exception], ...] = (sqlite3.Error,)
    cipher = sys.modules.get("sqlcipher3.dbapi2")
    if cipher is not None:
        errors += (cipher.Error,)
    return errors


def is_operational_error(error: BaseException) -> bool:
    return isinstance(error, database_errors()) and type(error).__name__ == "OperationalError"


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
    encrypted: bool = False


def inspect_journal(path: Path, key: str | None = None) -> JournalState:
    """Look at a journal without changing a byte of it.

    Raises :class:`JournalDamagedError` when the file is not a healthy SQLite database,
    :class:`JournalLockedError` when it is encrypted and no passphrase was given, and
    :class:`WrongPassphraseError` when the passphrase does not open it.
    """
    if not path.exists() or path.stat().st_size == 0:
        return JournalState(exists=False, revision=None)
    encrypted = looks_encrypted(path)
    if encrypted and key is None:
        raise JournalLockedError(f"Your journal at {path} is protected with a passphrase.")
    if not encrypted:
        key = None  # a plain journal opens as it is
    try:
        with contextlib.closing(connect_file(path, key=key, read_only=True)) as connection:
            result = connection.execute("PRAGMA quick_check").fetchone()
            if result is None or result[0] != "ok":
                raise JournalDamagedError(_damaged_message(path))
            tables = table_names(connection)
            if "alembic_version" not in tables:
                if tables:
                    # A database, but not one of ours: treat it as unreadable.
                    raise JournalDamagedError(_damaged_message(path))
                return JournalState(exists=True, revision=None)
            row = connection.execute("SELECT version_num FROM alembic_version").fetchone()
            # A version number without the journal's tables (or tables without a version)
            # is not a journal we can open, whatever it claims.
            if (row is None and tables != {"alembic_version"}) or (
                row is not None and missing_tables(row[0], tables)
            ):
                raise JournalDamagedError(_damaged_message(path))
    except database_errors():
        if key is not None:
            raise WrongPassphraseError(
                "That passphrase does not open this journal (or the file is damaged). "
                "Nothing was changed."
            ) from None
        raise JournalDamagedError(_damaged_message(path)) from None
    return JournalState(exists=True, revision=row[0] if row else None, encrypted=encrypted)


class JournalInspection:
    """:func:`inspect_journal` on a worker thread, started before the storage layer loads.

    SQLite lets go of Python's lock while it checks the file, so on a journal of many
    years the check runs alongside the import of SQLAlchemy instead of after it.
    """

    def __init__(self, path: Path, key: str | None = None) -> None:
        self._state: JournalState | None = None
        self._error: Exception | None = None
        self._thread = threading.Thread(
            target=self._inspect, args=(path, key), name="leadjournal-inspect", daemon=True
        )
        self._thread.start()

    def _inspect(self, path: Path, key: str | None) -> None:
        try:
            self._state = inspect_journal(path, key)
        except Exception as error:  # raised again by result(), on the caller's thread
            self._error = error

    def result(self) -> JournalState:
        """The journal's state once the check is done; raises what the check raised."""
        self._thread.join()
        if self._error is not None:
            raise self._error
        assert self._state is not None
        return self._state


def _damaged_message(path: Path) -> str:
    return (
        f"Your journal at {path} could not be read: the file is damaged or is not a "
        "LeadJournal journal. It has been left exactly as it was."
    )
