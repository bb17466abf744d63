"""The daily reflection: one entry per day, the day's question, quick capture appending,
"Turn into a lesson", search, the JSON round trip and the Markdown export."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest
from sqlalchemy.exc import IntegrityError

from leadjournal.db.engine import open_journal
from leadjournal.db.models import Reflection
from leadjournal.db.repositories import Repositories
from leadjournal.paths import JournalPaths
from leadjournal.services.capture import add_to_reflection
from leadjournal.services.exports import journal_markdown
from leadjournal.services.reflections import (
    ReflectionService,
    appended,
    lesson_title,
    prompt_for,
    reflections_markdown,
)
from leadjournal.services.search import search
from leadjournal.services.transfer import export_json, import_data

MONDAY = dt.date(2026, 11, 30)
NOON = dt.datetime(2026, 11, 30, 12, 0)


def service(repos: Repositories, when: dt.datetime = NOON) -> ReflectionService:
    return ReflectionService(repos, now=lambda: when)


def test_each_weekday_has_its_question_and_the_weekend_its_own() -> None:
    week = [prompt_for(MONDAY + dt.timedelta(days=n)) for n in range(7)]
    assert week[0] == "What matters most this week, and why?"
    assert week[1] == "What got in the way today?"
    assert week[2] == "Who did I help grow?"
    assert week[3] == "Who needed to hear from me today, and did they?"
    assert week[4] == "What went well this week, and what will I change?"
    assert week[5] == week[6] == "Looking back on the week, what stays with me?"
    assert len(set(week)) == 6


def test_one_entry_per_day_written_in_place(repos: Repositories) -> None:
    reflections = service(repos)
    first = reflections.save_text(MONDAY, "A first draft")
    later = service(repos, NOON + dt.timedelta(hours=3))
    assert later.save_text(MONDAY, "The rota clash") == first
    assert later.save_tags(MONDAY, " Rota,planning, rota ") == first
    entry = reflections.entry(MONDAY)
    assert entry is not None
    assert (entry.text, entry.tags) == ("The rota clash", "rota, planning")
    assert entry.created_at == NOON and entry.updated_at == NOON + dt.timedelta(hours=3)
    assert reflections.entry(MONDAY + dt.timedelta(days=1)) is None
    with pytest.raises(IntegrityError), repos.sessions.begin() as session:  # the day is unique
        session.add(Reflection(day=MONDAY, text="again", tags="", created_at=NOON, updated_at=NOON))


def test_days_written_leave_out_empty_entries_and_other_months(repos: Repositories) -> None:
    reflections = service(repos)
    reflections.save_text(MONDAY, "Monday's words")
    reflections.save_tags(MONDAY + dt.timedelta(days=1), "tags only")  # no words: not bold
    reflections.save_text(dt.date(2027, 1, 4), "January")
    assert reflections.days_written(dt.date(2026, 11, 1), dt.date(2026, 12, 31)) == [MONDAY]


def test_quick_capture_appends_a_paragraph_with_its_tags(repos: Repositories) -> None:
    assert add_to_reflection(repos, " \u200b\n", [], MONDAY) is None  # nothing visible
    assert repos.reflections.on(MONDAY) is None
    add_to_reflection(repos, "Server down all morning", ["ops"], MONDAY)
    add_to_reflection(repos, "  Priya unblocked it  ", ["Ops, infra"], MONDAY)
    entry = repos.reflections.on(MONDAY)
    assert entry is not None
    assert entry.text == "Server down all morning\n\nPriya unblocked it"
    assert entry.tags == "ops, infra"
    assert appended("", "x") == "x" and appended("a\n\n", "") == "a"


def test_turning_an_entry_into_a_lesson(repos: Repositories) -> None:
    reflections = service(repos)
    assert reflections.turn_into_lesson(MONDAY) is None  # nothing written yet
    reflections.save_text(MONDAY, "\nRota clash\nAmara covered; ask earlier next time.")
    reflections.save_tags(MONDAY, "rota")
    lesson_id = reflections.turn_into_lesson(MONDAY)
    assert lesson_id is not None
    lesson = repos.lessons.get(lesson_id)
    assert lesson is not None
    assert lesson.learned_on == MONDAY
    assert lesson.title == "Rota clash"
    assert lesson.what_happened == "Amara covered; ask earlier next time."
    assert lesson.tags == "rota, reflection"
    # A long first line is shortened at a word; the whole entry is kept as what happened.
    long_line = "word " * 40
    assert lesson_title(long_line).endswith("…") and len(lesson_title(long_line)) <= 80
    reflections.save_text(MONDAY + dt.timedelta(days=1), long_line)
    second = reflections.turn_into_lesson(MONDAY + dt.timedelta(days=1))
    assert second is not None
    kept = repos.lessons.get(second)
    assert kept is not None and kept.what_happened == long_line.strip()


def test_search_finds_an_entry_and_opens_its_day(repos: Repositories) -> None:
    reflections = service(repos)
    reflections.save_text(MONDAY, "The release freeze clashed with the rota")
    hits = search(repos, "freeze")
    assert [(h.kind, h.link, h.group) for h in hits] == [
        ("reflection", "leadjournal:lessons?reflection=2026-11-30", "Daily reflections")
    ]
    assert hits[0].where == "Mon 30 Nov 2026"
    reflections.save_text(MONDAY, "Only calm today")  # the index follows the edit
    assert search(repos, "freeze") == []
    assert [h.kind for h in search(repos, "reflections calm")] == ["reflection"]
    reflections.save_tags(MONDAY, "hiring")
    assert [h.kind for h in search(repos, "hiring")] == ["reflection"]


def test_entries_survive_the_json_round_trip(repos: Repositories, tmp_path: Path) -> None:
    reflections = service(repos)
    reflections.save_text(MONDAY, "Monday: the rota")
    reflections.save_tags(MONDAY, "rota")
    reflections.save_text(MONDAY + dt.timedelta(days=5), "Saturday: quiet")
    exported = export_json(repos)
    rows = json.loads(exported)["tables"]["reflection"]
    assert [row["text"] for row in rows] == ["Monday: the rota", "Saturday: quiet"]
    paths = JournalPaths(tmp_path / "other")
    other = Repositories(open_journal(paths.journal_file, paths.backups_dir))
    counts = import_data(other, exported.encode())
    assert counts["reflection"] == 2
    entry = other.reflections.on(MONDAY)
    assert entry is not None and (entry.text, entry.tags) == ("Monday: the rota", "rota")
    assert [h.kind for h in search(other, "quiet")] == ["reflection"]  # index rebuilt
    assert export_json(other) == exported


def test_the_journals_markdown_has_the_daily_reflections(repos: Repositories) -> None:
    assert "Daily reflections" not in journal_markdown(repos)
    reflections = service(repos)
    reflections.save_text(MONDAY, "Rota clash\nAsk earlier.")
    reflections.save_tags(MONDAY, "rota")
    reflections.save_text(MONDAY + dt.timedelta(days=1), "Server down")
    reflections.save_tags(MONDAY + dt.timedelta(days=2), "no words")  # left out
    document = journal_markdown(repos)
    section = document[document.index("## Daily reflections") :]
    assert section.index("### Tuesday 2026-12-01") < section.index("### Monday 2026-11-30")
    assert "*What got in the way today?*\n\nServer down" in section
    assert "Rota clash\nAsk earlier.\n\nTags: rota" in section
    assert "2026-12-02" not in section
    assert reflections_markdown([]) == "## Daily reflections\n"


def test_an_older_journal_gains_the_reflection_and_can_go_back(
    journal_paths: JournalPaths,
) -> None:
    """A 0009 journal opens with an empty, searchable reflection table; going back to
    0009 removes the table and its search entries, and nothing else."""
    import shutil
    import sqlite3

    from alembic import command
    from sqlalchemy import create_engine

    from leadjournal.db.migrations.runner import alembic_config

    journal_paths.data_dir.mkdir(mode=0o700)
    fixture = Path(__file__).parent.parent / "fixtures" / "journal-0009_set_aside.sqlite"
    shutil.copy(fixture, journal_paths.journal_file)
    engine = open_journal(journal_paths.journal_file, journal_paths.backups_dir)
    repos = Repositories(engine)
    assert repos.reflections.all() == []
    service(repos).save_text(MONDAY, "An upgraded journal reflects")
    assert [h.kind for h in search(repos, "upgraded")] == ["reflection"]
    engine.dispose()
    engine = create_engine(f"sqlite:///{journal_paths.journal_file}")
    config = alembic_config()
    with engine.begin() as connection:
        config.attributes["connection"] = connection
        command.downgrade(config, "0009_set_aside")
    engine.dispose()
    with sqlite3.connect(journal_paths.journal_file) as back:
        tables = {row[0] for row in back.execute("SELECT name FROM sqlite_master")}
        assert "reflection" not in tables
        assert not any(name.startswith("search_reflection") for name in tables)
        assert back.execute(
            "SELECT count(*) FROM search_index WHERE kind = 'reflection'"
        ).fetchone() == (0,)


def test_a_weeks_markdown_has_that_weeks_reflections(repos: Repositories) -> None:
    from leadjournal.services.exports import week_markdown

    repos.weeks.create(MONDAY, outcome="Ship the rota")
    assert "Daily reflections" not in week_markdown(repos, MONDAY)
    reflections = service(repos)
    reflections.save_text(MONDAY + dt.timedelta(days=2), "Helped Jonas with the rota")
    reflections.save_text(MONDAY + dt.timedelta(days=6), "A quiet Sunday")
    reflections.save_text(MONDAY + dt.timedelta(days=7), "Next week's Monday")
    document = week_markdown(repos, MONDAY)
    section = document[document.index("## Daily reflections") :]
    assert "### Wednesday 2026-12-02\n*Who did I help grow?*" in section
    assert "A quiet Sunday" in section
    assert "Next week's Monday" not in document
