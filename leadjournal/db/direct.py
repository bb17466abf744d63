"""Plain DB-API access for the paths that must not wait for the storage layer.

SQLAlchemy, Alembic and the mapped models take longer to load than the command line's
quick capture takes to do its work, so ``leadjournal capture`` writes its lesson here,
with one statement on a plain connection. Only an up-to-date journal is written this
way, inside the same checks and pragmas the storage layer uses; anything else (an older
schema that needs migrating, an overlong text, a write the disk refuses) returns None and
the caller goes the usual way, which migrates or explains.

The statements name their columns: ``tests/db/test_direct.py`` proves a lesson written
here is the very row the storage layer writes, so a column added or renamed in the
models without a change here fails that test.
"""

from __future__ import annotations

import datetime as dt
from contextlib import closing
from pathlib import Path

from leadjournal.db.files import connect_file, database_errors, inspect_journal
from leadjournal.db.migrations import HEAD_REVISION

# leadjournal.db.engine.MAX_TEXT (a test keeps them equal): a longer text goes the usual
# way, whose refusal the user already knows.
MAX_TEXT = 200_000
BUSY_TIMEOUT_MS = 5000  # leadjournal.db.engine.BUSY_TIMEOUT_MS

_INSERT_LESSON = (
    "INSERT INTO lesson (learned_on, title, what_happened, what_i_learned, do_differently, "
    "tags, week_id, person_id, from_review) VALUES (?, ?, ?, '', '', ?, NULL, NULL, 0)"
)


def add_lesson(
    journal_file: Path,
    key: str | None,
    learned_on: dt.date,
    *,
    title: str,
    what_happened: str,
    tags: str,
) -> int | None:
    """Keep a lesson in the up-to-date journal at ``journal_file``; its id, or None when
    this path can't be taken and nothing was written.

    Raises what :func:`inspect_journal` raises for a damaged or locked file, as opening
    it the usual way would.
    """
    if any(len(text) > MAX_TEXT for text in (title, what_happened, tags)):
        return None
    state = inspect_journal(journal_file, key)
    if not state.exists or state.revision != HEAD_REVISION:
        return None
    try:
        with closing(connect_file(journal_file, key=key if state.encrypted else None)) as db:
            db.isolation_level = None  # the transaction below is ours
            db.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
            db.execute("PRAGMA journal_mode = WAL")  # as the storage layer keeps it
            db.execute("PRAGMA foreign_keys = ON")
            db.execute("PRAGMA synchronous = NORMAL")
            db.execute("BEGIN IMMEDIATE")
            try:
                cursor = db.execute(
                    _INSERT_LESSON, (learned_on.isoformat(), title, what_happened, tags)
                )
                lesson_id = cursor.lastrowid
                db.execute("COMMIT")
            except BaseException:
                db.execute("ROLLBACK")
                raise
    except database_errors():
        return None  # nothing was written: the usual way says what the disk refused
    return int(lesson_id) if lesson_id is not None else None
