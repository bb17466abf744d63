"""Migration 0010, Tuesday: a check-in's "blocked" sentence becomes a blocker record, and
its "by when" words a due date where they read as one — without losing a word."""

from __future__ import annotations

import datetime as dt
import shutil
import sqlite3
from pathlib import Path

from leadjournal.db.engine import open_journal
from leadjournal.db.enums import BlockerNeed
from leadjournal.db.repositories import Repositories
from leadjournal.paths import JournalPaths
from leadjournal.services.search import search
from leadjournal.services.weekly_loop import Step, week_link

FIXTURES = Path(__file__).parent.parent / "fixtures"
FIRST_WEEK = dt.date(2026, 11, 23)
SECOND_WEEK = dt.date(2026, 11, 30)
# (week, person, blocked, next action, by when)
OLD_LINES = (
    (FIRST_WEEK, "priya", "Refund approvals stuck with billing", "Call billing", "Thursday"),
    (FIRST_WEEK, None, "", "Book the room", "2026-11-27"),
    (SECOND_WEEK, "priya", "VPN token expired", "Ask IT", "tomorrow"),
    (SECOND_WEEK, "jonas", "Waiting on legal", "Chase legal", "when legal answers"),
    (SECOND_WEEK, None, "", "Plan the offsite", "Fri 3pm"),
)


def _old_journal(paths: JournalPaths) -> dict[str, int]:
    """The 0009 fixture with old-style check-in lines in two weeks."""
    paths.data_dir.mkdir(mode=0o700)
    shutil.copy(FIXTURES / "journal-0009_set_aside.sqlite", paths.journal_file)
    with sqlite3.connect(paths.journal_file) as old:
        priya = old.execute("SELECT id FROM person").fetchone()[0]
        old.execute(
            "INSERT INTO person (name, role, notes, archived, created_at) "
            "VALUES ('Jonas', '', '', 0, '2026-11-20 09:00:00')"
        )
        jonas = old.execute("SELECT max(id) FROM person").fetchone()[0]
        old.execute(
            "INSERT INTO week_plan (week_start, outcome, why, why_category, buffer_note, "
            "improvement_what, improvement_why, improvement_status, stakeholder_update, "
            "next_week_focus, pulse_text, review_done, created_at) VALUES (?, '', '', '', '', "
            "'', '', 'idea', '', '', '', 0, '2026-11-30 09:00:00')",
            (SECOND_WEEK.isoformat(),),
        )
        weeks = dict(old.execute("SELECT week_start, id FROM week_plan").fetchall())
        people = {"priya": priya, "jonas": jonas, None: None}
        for week, who, blocked, action, when in OLD_LINES:
            old.execute(
                "INSERT INTO checkin (week_id, person_id, completed, next_up, blocked, "
                "next_action, next_action_when) VALUES (?, ?, '', '', ?, ?, ?)",
                (weeks[week.isoformat()], people[who], blocked, action, when),
            )
    return {"priya": priya, "jonas": jonas}


def test_old_checkin_lines_become_blockers_and_dated_steps(journal_paths: JournalPaths) -> None:
    ids = _old_journal(journal_paths)
    engine = open_journal(journal_paths.journal_file, journal_paths.backups_dir)
    repos = Repositories(engine)
    tuesday_1, tuesday_2 = (w + dt.timedelta(days=1) for w in (FIRST_WEEK, SECOND_WEEK))

    blockers = repos.blockers.all()
    assert [
        (b.person_id, b.what, b.need, b.unblocker, b.raised_on, b.resolved_on) for b in blockers
    ] == [
        # Priya's older blocker counts as resolved by her next check-in; the latest of
        # each person stays open.
        (ids["priya"], "Refund approvals stuck with billing", BlockerNeed.UNKNOWN, "",
         tuesday_1, tuesday_2),
        (ids["priya"], "VPN token expired", BlockerNeed.UNKNOWN, "", tuesday_2, None),
        (ids["jonas"], "Waiting on legal", BlockerNeed.UNKNOWN, "", tuesday_2, None),
    ]  # fmt: skip
    # The sentence moved: nothing is left in the old column.
    lines = {(w.week_start, c.person_id): c for w in repos.weeks.all_loaded() for c in w.checkins}
    assert all(c.blocked == "" for c in lines.values())
    # Dates read from the words; words kept where they said more than a date.
    dated = {
        key: (c.next_action, c.next_action_due, c.next_action_when, c.next_action_happened)
        for key, c in lines.items()
    }
    assert dated == {
        (FIRST_WEEK, ids["priya"]): ("Call billing", dt.date(2026, 11, 26), "", None),
        (FIRST_WEEK, None): ("Book the room", dt.date(2026, 11, 27), "", None),
        (SECOND_WEEK, ids["priya"]): ("Ask IT", dt.date(2026, 12, 2), "", None),
        (SECOND_WEEK, ids["jonas"]): ("Chase legal", None, "when legal answers", None),
        (SECOND_WEEK, None): ("Plan the offsite", dt.date(2026, 12, 4), "Fri 3pm", None),
    }
    # The Tracker's marker and the open list read the records.
    assert repos.weeks.blockers_in_week(lines[(SECOND_WEEK, None)].week_id) == {
        ids["priya"]: "VPN token expired",
        ids["jonas"]: "Waiting on legal",
    }
    # Search finds the moved words once, as a blocker, opening on the check-in.
    [hit] = search(repos, "approvals")
    assert (hit.kind, hit.link) == ("blocker", week_link(FIRST_WEEK, Step.CHECKIN))
    engine.dispose()


def test_going_back_to_0009_puts_the_sentences_back(journal_paths: JournalPaths) -> None:
    from alembic import command
    from sqlalchemy import create_engine

    from leadjournal.db.migrations.runner import alembic_config

    _old_journal(journal_paths)
    open_journal(journal_paths.journal_file, journal_paths.backups_dir).dispose()
    engine = create_engine(f"sqlite:///{journal_paths.journal_file}")
    config = alembic_config()
    with engine.begin() as connection:
        config.attributes["connection"] = connection
        command.downgrade(config, "0009_set_aside")
    engine.dispose()
    with sqlite3.connect(journal_paths.journal_file) as back:
        rows = back.execute(
            "SELECT blocked, next_action, next_action_when FROM checkin ORDER BY id"
        ).fetchall()
        assert rows == [
            ("Refund approvals stuck with billing", "Call billing", "2026-11-26"),
            ("", "Book the room", "2026-11-27"),
            ("VPN token expired", "Ask IT", "2026-12-02"),
            ("Waiting on legal", "Chase legal", "when legal answers"),
            ("", "Plan the offsite", "Fri 3pm"),
        ]
        assert "blocker" not in {
            row[0] for row in back.execute("SELECT name FROM sqlite_master WHERE type='table'")
        }
        # The check-in's words are still searched: its triggers are still there.
        back.execute("UPDATE checkin SET next_action = 'Phone the treasurer' WHERE id = 1")
        assert back.execute(
            "SELECT count(*) FROM search_index WHERE search_index MATCH 'treasurer'"
        ).fetchone() == (1,)
