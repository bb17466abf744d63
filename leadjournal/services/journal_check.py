"""``leadjournal check``: report on a journal without writing to it."""

from __future__ import annotations

from leadjournal.db.files import count_rows, inspect_journal
from leadjournal.db.migrations import HEAD_REVISION, KNOWN_REVISIONS
from leadjournal.errors import JournalError, JournalTooNewError
from leadjournal.paths import JournalPaths


def check_journal(paths: JournalPaths, key: str | None = None) -> list[str]:
    """Lines describing the journal; raises :class:`JournalError` if it is not usable."""
    state = inspect_journal(paths.journal_file, key)
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
        f"Protected with a passphrase: {'yes' if state.encrypted else 'no'}",
        f"Schema: {state.revision} ({schema})",
        f"Holds: {_counts(paths, key if state.encrypted else None)}",
    ]


def _counts(paths: JournalPaths, key: str | None) -> str:
    """How much the journal holds, read without writing (a read-only connection)."""
    wanted = (
        ("week_plan", "weeks"),
        ("person", "people"),
        ("lesson", "lessons"),
        ("one_on_one", "one-on-ones"),
    )
    counts = count_rows(paths.journal_file, [table for table, _ in wanted], key)
    parts = [f"{counts[table]} {label}" for table, label in wanted if table in counts]
    return ", ".join(parts) or "nothing yet"
