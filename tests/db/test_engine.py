"""Opening, creating and refusing journal files."""

from __future__ import annotations

import datetime as dt
import shutil
import sqlite3
import stat
from pathlib import Path

import pytest
from sqlalchemy import inspect, text

from leadjournal.db.engine import open_journal
from leadjournal.db.migrations import HEAD_REVISION, KNOWN_REVISIONS
from leadjournal.db.migrations.runner import script_revisions
from leadjournal.db.repositories import Repositories
from leadjournal.errors import DataFolderError, JournalDamagedError, JournalTooNewError
from leadjournal.paths import JournalPaths

FIXTURES = Path(__file__).parent.parent / "fixtures"


def _mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def test_new_journal_is_owner_only(journal_paths: JournalPaths) -> None:
    engine = open_journal(journal_paths.journal_file, journal_paths.backups_dir)
    engine.dispose()
    assert _mode(journal_paths.data_dir) == 0o700
    assert _mode(journal_paths.journal_file) == 0o600


def test_every_connection_gets_the_pragmas(journal_paths: JournalPaths) -> None:
    engine = open_journal(journal_paths.journal_file, journal_paths.backups_dir)
    with engine.connect() as connection:
        assert connection.execute(text("PRAGMA journal_mode")).scalar() == "wal"
        assert connection.execute(text("PRAGMA foreign_keys")).scalar() == 1
        assert connection.execute(text("PRAGMA busy_timeout")).scalar() == 5000
        assert connection.execute(text("PRAGMA synchronous")).scalar() == 1  # NORMAL
    engine.dispose()


def test_empty_file_is_migrated_to_the_newest_schema(journal_paths: JournalPaths) -> None:
    engine = open_journal(journal_paths.journal_file, journal_paths.backups_dir)
    tables = set(inspect(engine).get_table_names())
    with engine.connect() as connection:
        revision = connection.execute(text("SELECT version_num FROM alembic_version")).scalar()
    engine.dispose()
    assert revision == HEAD_REVISION
    assert {"person", "week_plan", "task", "priority", "checkin", "decision"} <= tables
    # A brand-new journal has nothing to lose, so no backup is taken.
    assert not journal_paths.backups_dir.exists()


def test_known_revisions_match_the_migration_scripts() -> None:
    assert list(KNOWN_REVISIONS) == script_revisions()


def test_models_and_migrations_agree(journal_paths: JournalPaths) -> None:
    from alembic.autogenerate import compare_metadata
    from alembic.migration import MigrationContext

    from leadjournal.db.migrations import is_managed_by_models
    from leadjournal.db.models import Base

    engine = open_journal(journal_paths.journal_file, journal_paths.backups_dir)
    with engine.connect() as connection:
        context = MigrationContext.configure(
            connection, opts={"include_name": is_managed_by_models}
        )
        differences = compare_metadata(context, Base.metadata)
    engine.dispose()
    assert differences == []


def test_foundation_journal_upgrades_with_its_data_and_a_backup(
    journal_paths: JournalPaths,
) -> None:
    journal_paths.data_dir.mkdir(mode=0o700)
    shutil.copy(FIXTURES / "journal-0001_foundation.sqlite", journal_paths.journal_file)
    engine = open_journal(journal_paths.journal_file, journal_paths.backups_dir)
    repos = Repositories(engine)
    assert [p.name for p in repos.people.list()] == ["Priya Natarajan"]
    assert repos.settings.get("user_name") == "Sam"
    assert repos.weeks.count() == 0  # the new tables exist and are usable
    engine.dispose()
    backups = list(journal_paths.backups_dir.glob("before-migration-0001_foundation-*.sqlite"))
    assert len(backups) == 1
    with sqlite3.connect(backups[0]) as copy:
        assert copy.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        assert copy.execute("SELECT name FROM person").fetchall() == [("Priya Natarajan",)]


def test_weekly_plan_journal_upgrades_to_the_coaching_log(journal_paths: JournalPaths) -> None:
    journal_paths.data_dir.mkdir(mode=0o700)
    shutil.copy(FIXTURES / "journal-0002_weekly_plan.sqlite", journal_paths.journal_file)
    with sqlite3.connect(journal_paths.journal_file) as before:
        weeks_before = before.execute("SELECT week_start, outcome FROM week_plan").fetchall()
    engine = open_journal(journal_paths.journal_file, journal_paths.backups_dir)
    repos = Repositories(engine)
    assert len(repos.people.list()) == 5
    assert [(str(w), repos.weeks.get(w).outcome) for w in repos.weeks.week_starts()] == [  # type: ignore[union-attr]
        tuple(row) for row in weeks_before
    ]
    priya = repos.people.find_by_name("Priya Natarajan")
    assert priya is not None
    assert repos.coaching.one_on_ones(priya.id) == []  # the new tables exist and are usable
    engine.dispose()
    assert list(journal_paths.backups_dir.glob("before-migration-0002_weekly_plan-*.sqlite"))


def test_coaching_log_journal_upgrades_to_lessons_and_feedback(
    journal_paths: JournalPaths,
) -> None:
    journal_paths.data_dir.mkdir(mode=0o700)
    shutil.copy(FIXTURES / "journal-0003_coaching_log.sqlite", journal_paths.journal_file)
    engine = open_journal(journal_paths.journal_file, journal_paths.backups_dir)
    repos = Repositories(engine)
    [request] = repos.feedback.requests()
    assert (request.asked_team, request.closed) == (False, False)  # new columns, defaults
    assert request.asked_whom == "The team"  # the old free text is kept as it was
    assert len(repos.feedback.responses()) == 3
    assert len(repos.coaching.one_on_ones(repos.people.find_by_name("Tomás Reyes").id)) == 4  # type: ignore[union-attr]
    assert repos.lessons.dismissed(dt.date(2026, 11, 23)) == set()
    engine.dispose()
    assert list(journal_paths.backups_dir.glob("before-migration-0003_coaching_log-*.sqlite"))


def test_lessons_journal_upgrades_to_practice_and_insights(journal_paths: JournalPaths) -> None:
    journal_paths.data_dir.mkdir(mode=0o700)
    shutil.copy(FIXTURES / "journal-0004_lessons_feedback.sqlite", journal_paths.journal_file)
    engine = open_journal(journal_paths.journal_file, journal_paths.backups_dir)
    repos = Repositories(engine)
    assert repos.lessons.count() == 14
    assert repos.feedback.open_action() is not None
    assert repos.practice.active_cycle() is None and repos.practice.cycles() == []
    engine.dispose()
    assert list(journal_paths.backups_dir.glob("before-migration-0004_lessons_feedback-*.sqlite"))


def test_practice_journal_upgrades_to_reminders(journal_paths: JournalPaths) -> None:
    journal_paths.data_dir.mkdir(mode=0o700)
    shutil.copy(FIXTURES / "journal-0005_practice_insights.sqlite", journal_paths.journal_file)
    engine = open_journal(journal_paths.journal_file, journal_paths.backups_dir)
    repos = Repositories(engine)
    assert repos.practice.active_cycle() is not None
    assert len(repos.practice.cycles()) == 3
    assert repos.reminders.count() == 0
    engine.dispose()
    assert list(journal_paths.backups_dir.glob("before-migration-0005_practice_insights-*"))


def test_reminders_journal_upgrades_to_search(journal_paths: JournalPaths) -> None:
    journal_paths.data_dir.mkdir(mode=0o700)
    shutil.copy(FIXTURES / "journal-0006_reminders.sqlite", journal_paths.journal_file)
    engine = open_journal(journal_paths.journal_file, journal_paths.backups_dir)
    repos = Repositories(engine)
    from leadjournal.services.search import search

    # Everything written before the index existed is found: the migration filled it.
    assert "coaching" in [hit.kind for hit in search(repos, "Halden")]
    engine.dispose()
    assert list(journal_paths.backups_dir.glob("before-migration-0006_reminders-*"))


def test_search_journal_upgrades_to_the_index_by_rowid(journal_paths: JournalPaths) -> None:
    journal_paths.data_dir.mkdir(mode=0o700)
    shutil.copy(FIXTURES / "journal-0007_search.sqlite", journal_paths.journal_file)
    engine = open_journal(journal_paths.journal_file, journal_paths.backups_dir)
    repos = Repositories(engine)
    from leadjournal.services.search import search

    assert "coaching" in [hit.kind for hit in search(repos, "Halden")]
    lesson = repos.lessons.find()[0]
    repos.lessons.update(lesson.id, title="Quokka review")
    assert [(h.kind, h.record_id) for h in search(repos, "quokka")] == [("lesson", lesson.id)]
    with engine.connect() as connection:  # one index entry per row, still
        rows = connection.exec_driver_sql(
            "SELECT count(*) FROM search_index WHERE kind = 'lesson'"
        ).scalar()
    assert rows == repos.lessons.count()
    engine.dispose()


def test_search_by_rowid_journal_upgrades_to_set_aside(journal_paths: JournalPaths) -> None:
    journal_paths.data_dir.mkdir(mode=0o700)
    shutil.copy(FIXTURES / "journal-0008_search_by_rowid.sqlite", journal_paths.journal_file)
    engine = open_journal(journal_paths.journal_file, journal_paths.backups_dir)
    repos = Repositories(engine)
    from leadjournal.services.search import search
    from leadjournal.services.weeks import WeekPlanner

    assert [p.name for p in repos.people.list()] == ["Priya Natarajan"]
    planner = WeekPlanner(repos)
    week = planner.start_week(dt.date(2026, 11, 30))
    planner.add_priority(week, "Hiring")
    stored = planner.week(week.week_start)
    assert stored is not None
    week = stored
    at = dt.datetime(2026, 12, 1, 9, 0)
    planner.set_aside_priority(
        week, week.priorities[0].id, "Quarterly report", "moved", "Finance moved the deadline", at
    )
    stored = planner.week(week.week_start)
    assert stored is not None
    [record] = stored.set_asides
    assert (record.title, record.replaced_by) == ("Hiring", "Quarterly report")
    # The new table's words are searchable, by the same one-entry-per-row index.
    assert [(h.kind, h.record_id) for h in search(repos, "finance deadline")] == [
        ("set_aside", record.id)
    ]
    engine.dispose()
    assert list(journal_paths.backups_dir.glob("before-migration-0008_search_by_rowid-*"))


def test_journal_from_a_newer_version_is_refused_and_untouched(
    journal_paths: JournalPaths,
) -> None:
    engine = open_journal(journal_paths.journal_file, journal_paths.backups_dir)
    engine.dispose()
    connection = sqlite3.connect(journal_paths.journal_file)
    connection.execute("UPDATE alembic_version SET version_num = '0099_from_the_future'")
    connection.commit()
    connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    connection.close()
    before = journal_paths.journal_file.read_bytes()
    with pytest.raises(JournalTooNewError, match="newer version of LeadJournal"):
        open_journal(journal_paths.journal_file, journal_paths.backups_dir)
    assert journal_paths.journal_file.read_bytes() == before


@pytest.mark.parametrize(
    "content",
    [b"this is a shopping list, not a database" * 50, b"SQLite format 3\x00" + b"\x07" * 4000],
    ids=["not-a-database", "corrupt-header"],
)
def test_damaged_journal_gives_a_plain_message_and_is_not_written(
    journal_paths: JournalPaths, content: bytes
) -> None:
    journal_paths.data_dir.mkdir(mode=0o700)
    journal_paths.journal_file.write_bytes(content)
    with pytest.raises(JournalDamagedError) as raised:
        open_journal(journal_paths.journal_file, journal_paths.backups_dir)
    assert "could not be read" in str(raised.value)
    assert "\n" not in str(raised.value)
    assert journal_paths.journal_file.read_bytes() == content
    assert not Path(str(journal_paths.journal_file) + "-wal").exists()


def test_database_that_is_not_a_journal_is_refused(journal_paths: JournalPaths) -> None:
    journal_paths.data_dir.mkdir(mode=0o700)
    with sqlite3.connect(journal_paths.journal_file) as other:
        other.execute("CREATE TABLE recipes (name TEXT)")
    with pytest.raises(JournalDamagedError):
        open_journal(journal_paths.journal_file, journal_paths.backups_dir)


def test_unwritable_data_folder_is_a_plain_error(tmp_path: Path) -> None:
    blocker = tmp_path / "a-file"
    blocker.write_text("not a folder")
    with pytest.raises(DataFolderError, match="could not be created"):
        open_journal(blocker / "journal" / "journal.sqlite", tmp_path / "backups")


def test_every_released_schema_has_a_fixture_journal() -> None:
    """Each schema revision ships a small journal here, so the next migration is tested
    on real files of every earlier revision."""
    from leadjournal.db.migrations import KNOWN_REVISIONS

    assert sorted(
        p.stem.removeprefix("journal-") for p in FIXTURES.glob("journal-*.sqlite")
    ) == list(KNOWN_REVISIONS)


def test_set_aside_journal_upgrades_to_the_week_structure(journal_paths: JournalPaths) -> None:
    journal_paths.data_dir.mkdir(mode=0o700)
    shutil.copy(FIXTURES / "journal-0009_set_aside.sqlite", journal_paths.journal_file)
    repos = Repositories(open_journal(journal_paths.journal_file, journal_paths.backups_dir))
    [week] = repos.weeks.all_loaded()
    assert [(r.title, r.replaced_by) for r in week.set_asides] == [("Hiring", "Quarterly report")]
    assert [lesson.title for lesson in repos.lessons.find("follow-up")] == [
        "Say who owns the follow-up before the call ends"
    ]
    # The new records start empty and are ready to be written.
    assert repos.improvements.all() == [] and repos.reflections.all() == []
    repos.engine.dispose()
    assert list(journal_paths.backups_dir.glob("before-migration-0009_set_aside-*"))


def test_the_week_structure_journal_upgrades_to_goals_and_metrics(
    journal_paths: JournalPaths,
) -> None:
    journal_paths.data_dir.mkdir(mode=0o700)
    shutil.copy(FIXTURES / "journal-0010_week_structure.sqlite", journal_paths.journal_file)
    repos = Repositories(open_journal(journal_paths.journal_file, journal_paths.backups_dir))
    from leadjournal.services.search import search

    # What 0010 held is all there, and still found; the new records start empty.
    [week] = repos.weeks.all_loaded()
    assert [h.kind for h in search(repos, "second contractor")] == ["decision_needed"]
    assert repos.goals.all() == [] and repos.metrics.all() == []
    assert repos.playbook.all_rollouts() == []
    assert repos.goals.goal_of_week(week.week_start) is None
    repos.engine.dispose()
    assert list(journal_paths.backups_dir.glob("before-migration-0010_week_structure-*"))


def test_the_newest_fixture_opens_as_it_is(journal_paths: JournalPaths) -> None:
    journal_paths.data_dir.mkdir(mode=0o700)
    shutil.copy(FIXTURES / "journal-0011_beyond_the_week.sqlite", journal_paths.journal_file)
    repos = Repositories(open_journal(journal_paths.journal_file, journal_paths.backups_dir))
    from leadjournal.services.search import search

    [priya] = repos.people.list()
    assert priya.name == "Priya Natarajan"
    [week] = repos.weeks.all_loaded()
    assert [(r.title, r.replaced_by, r.tasks_went) for r in week.set_asides] == [
        ("Hiring", "Quarterly report", "carried")
    ]
    assert [b.what for b in repos.blockers.open(priya.id)] == ["Waiting for the test server"]
    [checklist] = repos.improvements.in_place()
    assert checklist.content.splitlines() == [
        "Tests pass",
        "Changelog written",
        "Screenshots attached",
    ]
    assert [c.added_title for c in repos.week_changes.of_week(week.id)] == [
        "Fix the login outage report"
    ]
    assert [h.kind for h in search(repos, "second contractor")] == ["decision_needed"]
    assert [h.kind for h in search(repos, "promise")] == ["reflection"]
    cycle = repos.practice.active_cycle()
    assert cycle is not None and cycle.lead_schedule == "weekly:2"
    # 0011: a goal the week serves, a metric with its week's value, a rollout.
    [goal] = repos.goals.all()
    assert repos.goals.goal_of_week(week.week_start) == goal.id
    [sla] = repos.metrics.all()
    [value] = repos.metrics.values_of_week(week.week_start)
    assert (sla.name, value.value) == ("Tickets answered within a day", 88.0)
    assert [h.kind for h in search(repos, "rota started")] == ["metric_value"]
    [rollout] = repos.playbook.all_rollouts()
    assert {s.department for s in rollout.steps} >= {"Support", "Platform"}
    assert [h.kind for h in search(repos, "every customer")] == ["goal"]
    repos.engine.dispose()
    assert not journal_paths.backups_dir.exists()  # no migration, so no backup needed
