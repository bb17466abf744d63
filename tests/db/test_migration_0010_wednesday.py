"""Migration 0010, Wednesday: each week's one improvement (free text on the week) becomes
an improvement record that lasts, without losing a word; criteria get their kind."""

from __future__ import annotations

import datetime as dt
import shutil
import sqlite3
from pathlib import Path

from leadjournal.db.engine import open_journal
from leadjournal.db.enums import CriterionKind, ImprovementKind, ImprovementStatus
from leadjournal.db.repositories import Repositories
from leadjournal.paths import JournalPaths
from leadjournal.services.search import search
from leadjournal.services.weekly_loop import Step, week_link

FIXTURES = Path(__file__).parent.parent / "fixtures"
FIRST_WEEK = dt.date(2026, 11, 23)
SECOND_WEEK = dt.date(2026, 11, 30)


def _old_journal(paths: JournalPaths) -> None:
    """The 0009 fixture with old-style improvements written into two weeks."""
    paths.data_dir.mkdir(mode=0o700)
    shutil.copy(FIXTURES / "journal-0009_set_aside.sqlite", paths.journal_file)
    with sqlite3.connect(paths.journal_file) as old:
        old.execute(
            "UPDATE week_plan SET improvement_what = 'A handover checklist for escalations', "
            "improvement_why = 'Escalations got lost between shifts', "
            "improvement_status = 'trying' WHERE week_start = ?",
            (FIRST_WEEK.isoformat(),),
        )
        old.execute(
            "INSERT INTO week_plan (week_start, outcome, why, why_category, buffer_note, "
            "improvement_what, improvement_why, improvement_status, stakeholder_update, "
            "next_week_focus, pulse_text, review_done, created_at) VALUES (?, '', '', '', '', "
            "'Kurze Übergabe am Freitag', '', 'done', '', '', '', 0, '2026-11-30 09:00:00')",
            (SECOND_WEEK.isoformat(),),
        )
        week_id = old.execute(
            "SELECT id FROM week_plan WHERE week_start = ?", (FIRST_WEEK.isoformat(),)
        ).fetchone()[0]
        old.execute(
            "INSERT INTO priority (week_id, position, title) VALUES (?, 0, 'Report')", (week_id,)
        )
        priority_id = old.execute("SELECT max(id) FROM priority").fetchone()[0]
        old.execute(
            "INSERT INTO criterion (priority_id, position, text, met) "
            "VALUES (?, 0, 'Numbers checked by the auditors', 1)",
            (priority_id,),
        )


def test_old_improvements_become_records_without_loss(journal_paths: JournalPaths) -> None:
    _old_journal(journal_paths)
    engine = open_journal(journal_paths.journal_file, journal_paths.backups_dir)
    repos = Repositories(engine)

    carried = repos.improvements.shown_in_week(SECOND_WEEK)
    assert [(i.title, i.why, i.kind, i.status, i.started_week, i.closed_week) for i in carried] == [
        (
            "A handover checklist for escalations",
            "Escalations got lost between shifts",
            ImprovementKind.CHECKLIST,
            ImprovementStatus.TRYING,
            FIRST_WEEK,
            None,
        ),
        (
            "Kurze Übergabe am Freitag",
            "",
            ImprovementKind.HANDOFF,
            ImprovementStatus.DONE,
            SECOND_WEEK,
            SECOND_WEEK,
        ),
    ]
    assert [i.title for i in repos.improvements.in_place()] == ["Kurze Übergabe am Freitag"]
    # The week's old columns are emptied: the words live on the improvement only.
    weeks = repos.weeks.all_loaded()
    assert [(w.improvement_what, w.improvement_why) for w in weeks] == [("", ""), ("", "")]
    # Criteria are plain "done" lines, as they were, with no approver or sign-off.
    [criterion] = [c for w in weeks for p in w.priorities for c in p.criteria]
    assert (criterion.text, criterion.met, criterion.kind) == (
        "Numbers checked by the auditors",
        True,
        CriterionKind.DONE,
    )
    assert (criterion.approver, criterion.signed_off, criterion.signed_off_on) == ("", False, None)

    # Search finds the moved words once, as an improvement; criteria are still indexed.
    [hit] = search(repos, "escalations")
    assert (hit.kind, hit.link) == ("improvement", week_link(FIRST_WEEK, Step.IMPROVE))
    assert [hit.kind for hit in search(repos, "auditors")] == ["criterion"]
    engine.dispose()


def test_going_back_to_0009_returns_each_weeks_improvement(journal_paths: JournalPaths) -> None:
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
        assert back.execute(
            "SELECT week_start, improvement_what, improvement_why, improvement_status "
            "FROM week_plan ORDER BY week_start"
        ).fetchall() == [
            (
                FIRST_WEEK.isoformat(),
                "A handover checklist for escalations",
                "Escalations got lost between shifts",
                "trying",
            ),
            (SECOND_WEEK.isoformat(), "Kurze Übergabe am Freitag", "", "done"),
        ]
        columns = [row[1] for row in back.execute("PRAGMA table_info(criterion)")]
        assert columns == ["id", "priority_id", "position", "text", "met"]
        # The criterion's words are still searched: its triggers came back with it.
        back.execute("UPDATE criterion SET text = 'Signed by the treasurer'")
        assert back.execute(
            "SELECT count(*) FROM search_index WHERE search_index MATCH 'treasurer'"
        ).fetchone() == (1,)
