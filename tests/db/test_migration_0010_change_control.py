"""Migration 0010, change control: the buffer sentence gives its hours as a number where
it names them (the words kept unless they were only the amount), slip reasons and
deep-work blocks keep what they had, and the new change log is searchable."""

from __future__ import annotations

import datetime as dt
import shutil
import sqlite3
from pathlib import Path

from leadjournal.db.engine import open_journal
from leadjournal.db.enums import ChangeMove
from leadjournal.db.repositories import Repositories
from leadjournal.paths import JournalPaths
from leadjournal.services.search import search

FIXTURES = Path(__file__).parent.parent / "fixtures"
FIRST_WEEK = dt.date(2026, 11, 23)
# Later weeks written the old way, each with its buffer sentence.
BUFFERS = {
    dt.date(2026, 11, 30): "4 h",
    dt.date(2026, 12, 7): "Half a day for support tickets",
    dt.date(2026, 12, 14): "Friday afternoon stays free",
    dt.date(2026, 12, 28): "Keep the slack for surprises",
    dt.date(2026, 12, 21): "about 6 hours",
}


def _old_journal(paths: JournalPaths) -> None:
    paths.data_dir.mkdir(mode=0o700)
    shutil.copy(FIXTURES / "journal-0009_set_aside.sqlite", paths.journal_file)
    with sqlite3.connect(paths.journal_file) as old:
        for week_start, note in BUFFERS.items():
            old.execute(
                "INSERT INTO week_plan (week_start, outcome, why, why_category, buffer_note, "
                "improvement_what, improvement_why, improvement_status, stakeholder_update, "
                "next_week_focus, pulse_text, review_done, created_at) VALUES (?, '', '', '', "
                "?, '', '', 'idea', '', '', '', 0, '2026-11-30 09:00:00')",
                (week_start.isoformat(), note),
            )
        week_id = old.execute(
            "SELECT id FROM week_plan WHERE week_start = ?", (FIRST_WEEK.isoformat(),)
        ).fetchone()[0]
        old.execute(
            "INSERT INTO deep_work_block (week_id, position, day, start_minute, end_minute) "
            "VALUES (?, 0, 1, 540, 660)",
            (week_id,),
        )


def test_buffer_hours_come_out_of_the_old_sentence_without_loss(
    journal_paths: JournalPaths,
) -> None:
    _old_journal(journal_paths)
    engine = open_journal(journal_paths.journal_file, journal_paths.backups_dir)
    repos = Repositories(engine)
    found = {}
    for week_start in BUFFERS:
        week = repos.weeks.get(week_start)
        assert week is not None
        found[week_start] = (week.buffer_hours, week.buffer_note)
    assert found == {
        dt.date(2026, 11, 30): (4.0, ""),  # only the amount: it is the number now
        dt.date(2026, 12, 7): (4.0, "Half a day for support tickets"),  # words kept
        dt.date(2026, 12, 14): (4.0, "Friday afternoon stays free"),  # half a day
        dt.date(2026, 12, 28): (None, "Keep the slack for surprises"),  # names no hours
        dt.date(2026, 12, 21): (6.0, ""),
    }
    first = repos.weeks.get(FIRST_WEEK)
    assert first is not None
    # The old slip reason, the block and the week are as they were; nothing has a kind yet.
    assert [t.slip_reason for t in first.tasks] == [
        "Set aside for “Quarterly report”: The report is due to finance on Thursday"
    ]
    assert [t.slip_category for t in first.tasks] == [""]
    assert [(b.day, b.task_id) for b in first.deep_work_blocks] == [(1, None)]
    assert first.changes == []
    engine.dispose()


def test_the_change_log_is_new_and_searchable(journal_paths: JournalPaths) -> None:
    _old_journal(journal_paths)
    engine = open_journal(journal_paths.journal_file, journal_paths.backups_dir)
    repos = Repositories(engine)
    first = repos.weeks.get(FIRST_WEEK)
    assert first is not None
    task = first.tasks[0]
    repos.week_changes.add(
        first.id,
        added_task_id=None,
        added_title="Escalation post-mortem",
        moved_task_id=task.id,
        moved_title=task.title,
        moved_to=ChangeMove.NEXT_WEEK,
        why="The outage needs a write-up for the customer",
        changed_at=dt.datetime(2026, 11, 25, 10, 0),
    )
    hits = search(repos, "post-mortem")
    assert [(h.kind, h.group) for h in hits] == [("week_change", "Changes to the plan")]
    assert "step=6" in hits[0].link  # it opens on Friday's review, where the log is shown
    engine.dispose()
