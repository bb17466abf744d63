"""Opening the journal file: owner-only permissions, pragmas, health and version checks.

The order matters. A file is inspected read-only first, so a damaged file or one from
a newer LeadJournal is never written to (not even by switching it to WAL). Only then is
it opened for writing, backed up if a migration is due, and migrated.
"""

from __future__ import annotations

import logging
import os
from collections.abc import Mapping
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, create_engine, event

from leadjournal.db.direct import WRITE_PROBLEMS
from leadjournal.db.files import (
    JournalState,
    apply_key,
    ensure_data_folder,
    inspect_journal,
    is_operational_error,
    owner_only_umask,
)
from leadjournal.db.migrations import HEAD_REVISION, KNOWN_REVISIONS
from leadjournal.errors import DataFolderError, JournalTooNewError, JournalWriteError

log = logging.getLogger(__name__)

BUSY_TIMEOUT_MS = 5000
# Characters in one text field, the same when writing and when importing a JSON export:
# far beyond any note, and a journal never holds text its own export can't import back.
MAX_TEXT = 200_000


class TextTooLongError(JournalWriteError):
    """A text is longer than the journal keeps; nothing was saved."""


def _refuse_overlong_text(
    _connection: Any,
    _cursor: Any,
    statement: str,
    parameters: Any,
    _context: Any,
    _executemany: bool,
) -> None:
    """Every write to the journal passes here, whichever repository or service makes it."""
    if statement.lstrip()[:6].upper() not in ("INSERT", "UPDATE"):
        return
    # One row, many rows, or one statement inserting many: dicts, tuples, lists of them.
    waiting = [parameters]
    while waiting:
        value = waiting.pop()
        if isinstance(value, str):
            if len(value) > MAX_TEXT:
                reason = (
                    f"a text is {len(value):,} characters long and LeadJournal keeps "
                    f"at most {MAX_TEXT:,} in one field"
                )
                raise TextTooLongError(
                    f"This text is {len(value):,} characters long and "
                    f"LeadJournal keeps at most {MAX_TEXT:,} in one field, "
                    "so it was not saved.",
                    reason=reason,
                )
        elif isinstance(value, Mapping):
            waiting.extend(value.values())
        elif isinstance(value, list | tuple):
            waiting.extend(value)


def _set_pragmas(dbapi_connection: Any, _record: Any) -> None:
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
    # NORMAL in WAL mode survives an application crash; a power cut may lose the last
    # second of typing, which is the promise we make, and it keeps autosave cheap.
    cursor.execute("PRAGMA synchronous=NORMAL")
    cursor.close()


# SQLite's words for a write the disk or the folder refused, and ours for the user (the
# same for the command line's plain-connection writes).
_WRITE_PROBLEMS = WRITE_PROBLEMS


def _explain_write_problem(context: Any) -> None:
    """Turn a refused write into one plain sentence (:class:`JournalWriteError`)."""
    original = context.original_exception
    if not is_operational_error(original):
        return
    message = str(original).lower()
    for words, reason in _WRITE_PROBLEMS:
        if words in message:
            log.error("A write to the journal failed: %s", original)
            database = context.engine.url.database if context.engine is not None else None
            if words == "readonly database" and database:
                reason = read_only_reason(Path(database))
            raise JournalWriteError(
                f"Your latest changes could not be saved because {reason}. They are still "
                "on screen, and LeadJournal will keep trying.",
                reason=reason,
            )


def read_only_reason(journal_file: Path) -> str:
    """Whom to blame for a refused write: the file itself, or the folder it is in (where
    SQLite keeps its log beside the file)."""
    if journal_file.exists() and not os.access(journal_file, os.W_OK):
        return "the journal file is read-only"
    if not os.access(journal_file.parent, os.W_OK | os.X_OK):
        return "the journal's folder is read-only"
    return "the journal can't be written to"


def create_journal_engine(path: Path, key: str | None = None) -> Engine:
    """An engine for ``path``; the file is created owner-only if it doesn't exist.

    With ``key`` the file is a SQLCipher journal: the same SQLite dialect runs on the
    ``sqlcipher3`` driver, and every connection is keyed before anything else.
    """
    with owner_only_umask():
        if not path.exists():
            descriptor = os.open(path, os.O_CREAT | os.O_WRONLY, 0o600)
            os.close(descriptor)
    # hide_parameters: an error in the log never carries what the user wrote.
    if key is None:
        engine = create_engine(f"sqlite:///{path}", hide_parameters=True)
    else:
        import sqlcipher3

        engine = create_engine(f"sqlite:///{path}", module=sqlcipher3.dbapi2, hide_parameters=True)
        event.listen(engine, "connect", lambda connection, _record: apply_key(connection, key))
    event.listen(engine, "connect", _set_pragmas)
    event.listen(engine, "handle_error", _explain_write_problem)
    event.listen(engine, "before_cursor_execute", _refuse_overlong_text)
    return engine


def backup_before_migration(
    path: Path, backups_dir: Path, from_revision: str, key: str | None = None
) -> Path:
    """Copy the journal with SQLite's backup API before its schema changes."""
    from leadjournal.db.backups import take_backup

    info = take_backup(path, backups_dir, prefix=f"before-migration-{from_revision}-", key=key)
    log.info("Backed up %s to %s before migrating from %s", path, info.path, from_revision)
    return info.path


def open_journal(
    path: Path, backups_dir: Path, key: str | None = None, state: JournalState | None = None
) -> Engine:
    """Check, back up, migrate and open the journal at ``path``; return its engine.

    ``key`` is the passphrase of an encrypted journal (ignored for a plain one).
    ``state`` is the result of an :func:`inspect_journal` already run on the file.
    """
    ensure_data_folder(path.parent)
    if state is None:
        state = inspect_journal(path, key)
    key = key if state.encrypted else None
    if state.revision is not None and state.revision not in KNOWN_REVISIONS:
        raise JournalTooNewError(
            f"Your journal at {path} was written by a newer version of LeadJournal. "
            "Please update LeadJournal to open it; the file has not been changed."
        )
    try:
        engine = create_journal_engine(path, key)
    except OSError as error:
        raise DataFolderError(
            f"The journal file {path} could not be created ({error.strerror or error})."
        ) from None
    if state.revision != HEAD_REVISION:
        if state.revision is not None:
            backup_before_migration(path, backups_dir, state.revision, key)
        from leadjournal.db.migrations.runner import upgrade_to_head

        upgrade_to_head(engine)
    return engine
