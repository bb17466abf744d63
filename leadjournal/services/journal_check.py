"""``leadjournal check``: report on a journal without writing to it."""

from __future__ import annotations

import sqlite3
from contextlib import closing

from leadjournal.db.files import inspect_journal
from leadjournal.db.migrations import HEAD_REVISION, KNOWN_REVISIONS
from leadjournal.errors import JournalError, JournalTooNewError
from leadjournal.paths import JournalPaths


def check_journal(paths: JournalPaths) -> list[str]:
    """Lines describing the journal; raises :class:`JournalError` if it is not usable."""
    state = inspect_journal(paths.journal_file)
    if not state.exists:
        raise JournalError(f"There is no journal in {paths.data_dir} yet.")
    if state.revision is not None and state.revision not in KNOWN_REVISIONS:
        raise JournalTooNewError(
            f"The journal at {paths.journal_file} was written by a newer version of "
            "LeadJournal; please update LeadJournal to open it."
        )
    schema = "up to date" if state.revision == HEAD_REVISION else "will be upgraded on next open"
    return [
        f"Journal: {paths.journal_file}",
        "Health: ok",
        f"Schema: {state.revision} ({schema})",
        f"Holds: {_counts(paths)}",
    ]


def _counts(paths: JournalPaths) -> str:
    """How much the journal holds, read without writing (a read-only connection)."""
    uri = f"{paths.journal_file.as_uri()}?mode=ro"
    wanted = (("week_plan", "weeks"), ("person", "people"), ("lesson", "lessons"),
              ("one_on_one", "one-on-ones"))  # fmt: skip
    with closing(sqlite3.connect(uri, uri=True)) as connection:
        tables = {row[0] for row in connection.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table'")}  # fmt: skip
        parts = [f"{connection.execute(f'SELECT count(*) FROM {table}').fetchone()[0]} {label}"
                 for table, label in wanted if table in tables]  # fmt: skip
    return ", ".join(parts) or "nothing yet"
