"""Protecting a journal with a passphrase, changing it, removing it.

Each is one rewrite: SQLCipher's ``sqlcipher_export`` copies the journal into a new file
beside it (encrypted with the new passphrase, or plain), the copy is opened and checked,
and only then does one rename put it in place. The backups are rewritten the same way, so
no plain copy of an encrypted journal is left in its folders. The storage must be closed.
"""

from __future__ import annotations

import contextlib
import logging
from pathlib import Path

from leadjournal.db.backups import failure_types, retire_wal, verify_backup
from leadjournal.db.files import apply_key, owner_only_umask
from leadjournal.errors import BackupError, JournalError

log = logging.getLogger(__name__)


def _export(source: Path, target: Path, old_key: str | None, new_key: str | None) -> None:
    import sqlcipher3

    connection = sqlcipher3.connect(str(source))
    try:
        if old_key is not None:
            apply_key(connection, old_key)
        else:
            connection.execute("PRAGMA cipher_log_level = NONE")
            connection.execute("PRAGMA temp_store = MEMORY")
        # An empty KEY attaches a plain database; parameters keep any passphrase intact.
        connection.execute("ATTACH DATABASE ? AS rewritten KEY ?", (str(target), new_key or ""))
        connection.execute("SELECT sqlcipher_export('rewritten')")
        connection.execute("DETACH DATABASE rewritten")
    finally:
        connection.close()


def rewrite_file(path: Path, old_key: str | None, new_key: str | None) -> None:
    """Rewrite one journal or backup file under ``new_key`` (None: plain), atomically."""
    incoming = path.with_name(f".{path.name}.rewriting")
    try:
        with owner_only_umask():
            incoming.unlink(missing_ok=True)
            _export(path, incoming, old_key, new_key)
        verify_backup(incoming, new_key)
        retire_wal(path, old_key)
        incoming.replace(path)
    except failure_types() as error:
        with contextlib.suppress(OSError):
            incoming.unlink(missing_ok=True)
        raise JournalError(
            f"{path.name} could not be rewritten ({error}); it was left as it was."
        ) from None


def change_passphrase(journal_file: Path, backup_folders: list[Path], old_key: str | None,
                      new_key: str | None) -> list[str]:  # fmt: skip
    """Rewrite the journal, then every backup that opens with ``old_key``.

    Raises :class:`JournalError` if the journal itself could not be rewritten (it is then
    unchanged). Returns a sentence per backup that could not be rewritten.
    """
    rewrite_file(journal_file, old_key, new_key)
    log.info("The journal is now %s", "protected with a passphrase" if new_key else "plain")
    problems = []
    for folder in backup_folders:
        if not folder.is_dir():
            continue
        for backup in sorted(folder.glob("*.sqlite")):
            try:
                verify_backup(backup, old_key)
            except BackupError:
                continue  # not this journal's (or already damaged): leave it alone
            try:
                rewrite_file(backup, old_key, new_key)
            except JournalError as error:
                problems.append(str(error))
    return problems
