"""Migration 0011, goals: a 0010 journal gets the goal table and every week a goal link
(none yet), the week keeps its search; going back removes both and keeps the weeks."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

from leadjournal.db.engine import open_journal
from leadjournal.db.repositories import Repositories
from leadjournal.paths import JournalPaths
from leadjournal.services.goals import Goals, GoalWording
from leadjournal.services.search import search

FIXTURES = Path(__file__).parent.parent / "fixtures"


def _upgraded(paths: JournalPaths) -> Repositories:
    paths.data_dir.mkdir(mode=0o700)
    shutil.copy(FIXTURES / "journal-0010_week_structure.sqlite", paths.journal_file)
    return Repositories(open_journal(paths.journal_file, paths.backups_dir))


def test_weeks_link_to_no_goal_and_keep_their_search(journal_paths: JournalPaths) -> None:
    repos = _upgraded(journal_paths)
    weeks = repos.weeks.all_loaded()
    assert weeks and all(week.goal_id is None for week in weeks)
    week = weeks[0]
    repos.weeks.update(week.id, outcome="Zebra crossing outcome")
    goal = Goals(repos, today=lambda: week.week_start).set_goal(GoalWording("Quokka goal"))
    Goals(repos).link_week(week.id, goal.id)
    assert [h.kind for h in search(repos, "zebra")] == ["week"]  # week_plan's triggers kept
    assert [h.kind for h in search(repos, "quokka")] == ["goal"]
    repos.engine.dispose()


def test_going_back_to_0010_drops_goals_and_keeps_the_weeks(journal_paths: JournalPaths) -> None:
    from alembic import command
    from sqlalchemy import create_engine

    from leadjournal.db.migrations.runner import alembic_config

    repos = _upgraded(journal_paths)
    week = repos.weeks.all_loaded()[0]
    goal = Goals(repos).set_goal(GoalWording("Quokka goal"))
    Goals(repos).link_week(week.id, goal.id)
    repos.engine.dispose()
    engine = create_engine(f"sqlite:///{journal_paths.journal_file}")
    config = alembic_config()
    with engine.begin() as connection:
        config.attributes["connection"] = connection
        command.downgrade(config, "0010_week_structure")
    engine.dispose()
    with sqlite3.connect(journal_paths.journal_file) as back:
        tables = {row[0] for row in back.execute("SELECT name FROM sqlite_master")}
        assert "goal" not in tables
        columns = [row[1] for row in back.execute("PRAGMA table_info(week_plan)")]
        assert "goal_id" not in columns
        assert back.execute("SELECT count(*) FROM week_plan").fetchone()[0] >= 1
        found = back.execute(
            "SELECT count(*) FROM search_index WHERE search_index MATCH 'quokka'"
        ).fetchone()[0]
        assert found == 0
