"""Protecting a journal with a passphrase, changing it, removing it.

Each is one rewrite: SQLCipher's ``sqlcipher_export`` copies the journal into a new file
beside it (encrypted with the new passphrase, or plain), the copy is opened and checked,
and only then does one rename put it in place. The backups are rewritten the same way, and
every other plain copy (half-written, set aside) is removed or sealed, so no plain copy of
an encrypted journal is left in its folders, even after a run killed half-way. The
storage must be closed.
"""

from __future__ import annotations

import contextlib
import json
import logging
import os
from pathlib import Path

from leadjournal.db.backups import failure_types, retire_wal, verify_backup
from leadjournal.db.files import (
    SQLITE_HEADER,
    apply_key,
    connect_file,
    database_errors,
    looks_encrypted,
    owner_only_umask,
)
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


def change_passphrase(
    journal_file: Path, backup_folders: list[Path], old_key: str | None, new_key: str | None
) -> list[str]:
    """Rewrite the journal, then every backup that opens with ``old_key``; with a new
    passphrase, then encrypt or remove every other plain copy (see :func:`seal_plain_copies`).

    A marker file records protection in progress until every copy is done, so a run
    killed half-way is finished at the next start (:func:`finish_protection`).
    Raises :class:`JournalError` if the journal itself could not be rewritten (it is then
    unchanged). Returns a sentence per copy that could not be rewritten.
    """
    marker = protection_marker(journal_file)
    if new_key is not None:
        _write_marker(marker, backup_folders)
    try:
        rewrite_file(journal_file, old_key, new_key)
    except JournalError:
        marker.unlink(missing_ok=True)
        raise
    log.info("The journal is now %s", "protected with a passphrase" if new_key else "plain")
    problems = _rewrite_backups(backup_folders, old_key, new_key)
    if new_key is not None:
        problems += seal_plain_copies(journal_file, backup_folders, new_key)
    if not problems:
        marker.unlink(missing_ok=True)
    return problems


def _rewrite_backups(
    backup_folders: list[Path], old_key: str | None, new_key: str | None
) -> list[str]:
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


# --- protection in progress, and plain copies left behind ----------------------------------

PROTECTION_MARKER = ".protecting-journal"
# Our own temporary files (a backup, a restore or a rewrite in progress, and SQLite's
# rollback journals beside them): never a copy anyone keeps.
TEMPORARY_SUFFIXES = (".partial", ".restoring", ".rewriting", ".sealing")
# How plain SQLite files begin: a database, a write-ahead log, a rollback journal.
PLAIN_MAGIC = (
    SQLITE_HEADER,
    b"\x37\x7f\x06\x82",
    b"\x37\x7f\x06\x83",
    b"\xd9\xd5\x05\xf9\x20\xa1\x63\xd7",
)
_COMPANIONS = ("-journal", "-wal", "-shm")


def protection_marker(journal_file: Path) -> Path:
    return journal_file.with_name(PROTECTION_MARKER)


def _write_marker(marker: Path, backup_folders: list[Path]) -> None:
    """Record protection in progress (and where the backups are) before the rewrite."""
    text = json.dumps({"backup_folders": [str(folder) for folder in backup_folders]})
    with owner_only_umask():
        marker.write_text(text + "\n", encoding="utf-8")
        with marker.open("rb") as stream:
            os.fsync(stream.fileno())


def _marker_folders(marker: Path) -> list[Path]:
    try:
        folders = json.loads(marker.read_text(encoding="utf-8")).get("backup_folders", [])
    except (OSError, ValueError, AttributeError):
        return []
    return [Path(folder) for folder in folders if isinstance(folder, str) and folder]


def _is_temporary(path: Path) -> bool:
    name = path.name.removesuffix("-journal").removesuffix("-wal")
    return name.startswith(".") and name.endswith(TEMPORARY_SUFFIXES)


def _belongs_to_protected_file(path: Path) -> bool:
    """A rollback journal, WAL or shared-memory file of an encrypted database (its header
    is plain, its pages are not)."""
    for suffix in _COMPANIONS:
        if path.name.endswith(suffix):
            owner = path.with_name(path.name.removesuffix(suffix))
            return owner.exists() and looks_encrypted(owner)
    return False


def plain_copies(journal_file: Path, folders: list[Path]) -> list[Path]:
    """Files in the journal's folder and ``folders`` that hold plain SQLite pages: a
    backup, a set-aside or half-written copy, a log of one. The journal and files that
    belong to encrypted databases are left out."""
    found: list[Path] = []
    for folder in dict.fromkeys([journal_file.parent, *folders]):
        try:
            entries = sorted(folder.iterdir()) if folder.is_dir() else []
        except OSError:
            continue
        for path in entries:
            if path == journal_file or path.is_symlink() or not path.is_file():
                continue
            try:
                with path.open("rb") as stream:
                    head = stream.read(len(SQLITE_HEADER))
            except OSError:
                continue
            if head.startswith(PLAIN_MAGIC) and not _belongs_to_protected_file(path):
                found.append(path)
    return found


def seal_plain_copies(journal_file: Path, folders: list[Path], key: str) -> list[str]:
    """Leave no plain copy of a protected journal: half-written temporary files are
    removed, backups are rewritten under ``key``, anything else (a journal set aside as
    damaged, a log beside it) is sealed inside a file encrypted with ``key``.

    The storage must be closed, or at least not writing temporary files. Returns a
    sentence per copy that could not be sealed.
    """
    problems = []
    failures: tuple[type[Exception], ...] = (*failure_types(), JournalError)
    for path in plain_copies(journal_file, folders):
        try:
            if _is_temporary(path):
                path.unlink()
            elif path.suffix == ".sqlite" and _opens_as_journal(path):
                rewrite_file(path, None, key)
            else:
                _seal(path, key)
            log.info("Protected or removed a plain copy: %s", path.name)
        except failures as error:
            problems.append(f"{path.name} could not be protected ({error}).")
    return problems


def _opens_as_journal(path: Path) -> bool:
    try:
        verify_backup(path, None)
    except BackupError:
        return False
    return True


def _seal(path: Path, key: str) -> None:
    """Replace ``path`` by an encrypted database holding its bytes (kept, not deleted:
    a damaged journal may still be worth rescuing)."""
    import sqlcipher3

    sealed = path.with_name(f".{path.name}.sealing")
    with owner_only_umask():
        sealed.unlink(missing_ok=True)
        connection = sqlcipher3.connect(str(sealed))
        try:
            apply_key(connection, key)
            connection.execute("CREATE TABLE sealed_file (name TEXT NOT NULL, content BLOB)")
            connection.execute(
                "INSERT INTO sealed_file VALUES (?, ?)", (path.name, path.read_bytes())
            )
            connection.commit()
        finally:
            connection.close()
    sealed.replace(path)


def finish_protection(
    journal_file: Path,
    backups_dir: Path,
    key: str | None,
    seal: bool = True,
    holds_journal: bool = False,
) -> list[Path]:
    """At start, once ``key`` is known: finish a protection that was interrupted (unless
    ``seal`` is False: only look), and return the plain copies still beside the protected
    journal (to warn about). ``holds_journal``: the caller has the journal to itself (the
    window), so a marker beside a plain journal is stale, not a protection under way."""
    marker = protection_marker(journal_file)
    if not looks_encrypted(journal_file):
        if holds_journal and journal_file.exists():
            marker.unlink(missing_ok=True)  # killed before the journal's rewrite: not begun
        return []
    if key is None:
        return []
    folders = [backups_dir, *_marker_folders(marker)] if marker.exists() else [backups_dir]
    if seal and marker.exists() and _key_opens(journal_file, key):
        problems = seal_plain_copies(journal_file, folders, key)
        for problem in problems:
            log.warning("%s", problem)
        if not problems:
            marker.unlink(missing_ok=True)
            log.info("Finished protecting the journal's copies")
    return plain_copies(journal_file, folders)


def _key_opens(journal_file: Path, key: str) -> bool:
    try:
        with contextlib.closing(connect_file(journal_file, key=key, read_only=True)) as db:
            db.execute("SELECT count(*) FROM sqlite_master").fetchone()
    except database_errors():
        return False
    return True
