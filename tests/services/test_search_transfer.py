"""Full-text search (in step with every write) and JSON export/import, all-or-nothing."""

from __future__ import annotations

import datetime as dt
import json
import re
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from leadjournal.db.engine import open_journal
from leadjournal.db.repositories import Repositories
from leadjournal.paths import JournalPaths
from leadjournal.services.sample_journal import write_sample_journal
from leadjournal.services.search import search, to_fts
from leadjournal.services.transfer import ImportRefusedError, export_json, import_data
from leadjournal.services.weeks import WeekPlanner

FRIDAY = dt.date(2026, 11, 27)


@pytest.fixture
def sample(repos: Repositories) -> Repositories:
    write_sample_journal(repos, FRIDAY)
    return repos


def kinds(repos: Repositories, query: str) -> list[str]:
    return [hit.kind for hit in search(repos, query)]


# --- search -------------------------------------------------------------------------------------


def test_words_match_as_prefixes_and_every_kind_is_found(sample: Repositories) -> None:
    assert to_fts("refu tick") == '"refu"* "tick"*'
    found = set(kinds(sample, "refund"))
    assert {"lesson", "priority", "agenda_item", "coaching", "decision"} <= found
    assert "coaching" in kinds(sample, "escalat")  # a prefix
    assert set(kinds(sample, "Halden Freight")) == {"coaching", "agenda_item"}


def test_phrases_operators_and_bad_syntax(sample: Repositories) -> None:
    phrase = search(sample, '"escalation call"')
    assert phrase and all(
        "escalation call" in h.snippet.replace("\x02", "").replace("\x03", "").lower()
        for h in phrase
    )
    assert len(search(sample, "billing OR rota")) > len(search(sample, "billing AND rota"))
    for broken in ('"unclosed', "(((", "AND OR", "billing NOT", "*", 'NEAR("a"'):
        search(sample, broken)  # never raises: searched as plain words
    assert search(sample, "   ") == []
    assert kinds(sample, '"unclosed') == []


def test_results_are_ranked_best_first(repos: Repositories) -> None:
    once = repos.lessons.add(FRIDAY, title="Notes", what_happened="rota came up once")
    many = repos.lessons.add(FRIDAY, title="Rota rota", what_happened="the rota, the rota")
    ids = [hit.record_id for hit in search(repos, "rota") if hit.kind == "lesson"]
    assert ids == [many, once]


def test_the_index_follows_every_write(repos: Repositories) -> None:
    lesson = repos.lessons.add(FRIDAY, title="Quokka handover checklist")
    assert kinds(repos, "quokka") == ["lesson"]
    repos.lessons.update(lesson, title="Wombat handover checklist")
    assert kinds(repos, "quokka") == [] and kinds(repos, "wombat") == ["lesson"]
    repos.lessons.delete(lesson)
    assert kinds(repos, "wombat") == []
    week = WeekPlanner(repos).start_week(dt.date(2026, 11, 23))
    repos.weeks.update(week.id, outcome="Every platypus ticket answered")
    [hit] = search(repos, "platypus")
    assert hit.link == "leadjournal:weekly-plan?week=2026-11-23&step=0"


def test_anonymous_feedback_is_found_but_never_named(sample: Repositories) -> None:
    [hit] = search(sample, "Jumping into tickets")
    assert hit.kind == "feedback_item" and hit.where == "Anonymous"
    named = [h for h in search(sample, "priorities change") if h.kind == "feedback_item"]
    assert named and named[0].where == "Marcus Oyelaran"


# --- export and import ---------------------------------------------------------------------------


def fresh(tmp_path: Path, name: str) -> Repositories:
    paths = JournalPaths(tmp_path / name)
    return Repositories(open_journal(paths.journal_file, paths.backups_dir))


def test_export_import_export_gives_the_same_json(sample: Repositories, tmp_path: Path) -> None:
    first = export_json(sample)
    document = json.loads(first)
    assert document["format_version"] == 3
    assert "reminder_log" not in document["tables"]
    other = fresh(tmp_path, "other")
    counts = import_data(other, first.encode())
    assert counts["lesson"] == sample.lessons.count()
    assert export_json(other) == first
    import_data(other, first.encode())  # twice: nothing duplicated
    assert export_json(other) == first
    assert "coaching" in [h.kind for h in search(other, "Halden")]  # index rebuilt


def mutate(document: dict[str, Any], path: str, value: Any) -> bytes:
    table, index, column = path.split(".")
    document["tables"][table][int(index)][column] = value
    return json.dumps(document).encode()


@pytest.mark.parametrize(
    ("damage", "message"),
    [
        (lambda raw, doc: raw[: len(raw) // 2], "not valid JSON"),
        (lambda raw, doc: b"\xff\xfe" + raw, "not UTF-8"),
        (lambda raw, doc: json.dumps({**doc, "format_version": 4}).encode(), "this is version 4"),
        (
            lambda raw, doc: mutate(doc, "lesson.0.learned_on", "yesterday"),
            "tables.lesson[0].learned_on: expected a date",
        ),
        (
            lambda raw, doc: mutate(doc, "task.0.planned", "yes"),
            "tables.task[0].planned: expected true or false",
        ),
        (
            lambda raw, doc: mutate(doc, "task.0.owner_person_id", 999),
            "tables.task[0].owner_person_id: it points to person 999",
        ),
        (
            lambda raw, doc: mutate(doc, "lesson.1.id", doc["tables"]["lesson"][0]["id"]),
            "tables.lesson[1]: the id",
        ),
        (
            lambda raw, doc: mutate(doc, "lesson.0.what_happened", "x" * (50 * 1024 * 1024)),
            "the limit is 200,000",
        ),
        (
            lambda raw, doc: json.dumps({**doc, "tables": {"recipes": []}}).encode(),
            "tables.recipes: there is no such table",
        ),
        (
            lambda raw, doc: mutate(doc, "feedback_response.1.source", "anonymous"),
            "breaks a rule of the journal",
        ),
    ],
    ids=[
        "truncated",
        "invalid-utf8",
        "future-version",
        "wrong-date",
        "wrong-bool",
        "dangling-reference",
        "duplicate-id",
        "50-MB-text",
        "unknown-table",
        "anonymous-with-a-name",
    ],
)
def test_a_bad_import_is_refused_and_changes_nothing(
    sample: Repositories, tmp_path: Path, damage: Any, message: str
) -> None:
    raw = export_json(sample).encode()
    target = fresh(tmp_path, "target")
    target.lessons.add(FRIDAY, title="Already here")
    before = export_json(target)
    bad = damage(raw, json.loads(raw))
    with pytest.raises(ImportRefusedError, match=re.escape(message)) as refused:
        import_data(target, bad, replace=True)  # the lesson already there may be replaced
    assert "Nothing was changed" in str(refused.value) or "nothing was changed" in str(
        refused.value
    )
    assert export_json(target) == before


names = st.text(
    alphabet=st.characters(codec="utf-8", exclude_categories=("Cs", "Cc")), min_size=1, max_size=30
).filter(str.strip)


@settings(
    max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    people=st.lists(names, min_size=0, max_size=4, unique_by=str.lower),
    lessons=st.lists(st.tuples(names, st.text(max_size=200), st.dates()), max_size=5),
    weeks=st.lists(
        st.tuples(st.integers(0, 400), names, st.booleans()), max_size=3, unique_by=lambda w: w[0]
    ),
    feedback=st.lists(
        st.tuples(st.sampled_from(["start", "stop", "continue"]), names, st.booleans()), max_size=4
    ),
)
def test_any_journal_survives_the_round_trip(
    tmp_path_factory: pytest.TempPathFactory,
    people: list[str],
    lessons: list[tuple[str, str, dt.date]],
    weeks: list[tuple[int, str, bool]],
    feedback: list[tuple[str, str, bool]],
) -> None:
    folder = tmp_path_factory.mktemp("round")
    source = fresh(folder, "source")
    ids = [source.people.add(name).id for name in people]
    for title, body, day in lessons:
        source.lessons.add(day, title=title, what_happened=body, person_id=ids[0] if ids else None)
    planner = WeekPlanner(source)
    for offset, task, done in weeks:
        week = planner.start_week(dt.date(2020, 1, 6) + dt.timedelta(weeks=offset))
        if ids:
            task_id = planner.add_task(week, task, owned_by_me=False, owner_person_id=ids[-1])
        else:
            task_id = planner.add_task(week, task)
        if done:
            source.weeks.update_task(task_id, status="done")
    for kind, text, anonymous in feedback:
        named = ids and not anonymous
        source.feedback.add_response(
            received_on=dt.date(2026, 1, 5),
            source="person" if named else "anonymous",
            person_id=ids[0] if named else None,
            items=[(kind, text, "theme")],
        )
    exported = export_json(source)
    target = fresh(folder, "target")
    import_data(target, exported.encode())
    assert export_json(target) == exported


def test_every_text_the_user_writes_is_indexed() -> None:
    """A new Text column must be added to the search index (a migration with its
    triggers) or named here as not the user's writing."""
    import ast
    import importlib.util

    from sqlalchemy import Text

    from leadjournal.db.migrations.runner import MIGRATIONS_DIR
    from leadjournal.db.models import Base

    indexed: dict[str, tuple[str, tuple[str, ...]]] = {}
    # 0008 reuses 0007's tables; a later table's migration adds its own.
    for name in ("0007_search.py", "0009_set_aside.py"):
        spec = importlib.util.spec_from_file_location(
            f"search_migration_{name[:4]}", MIGRATIONS_DIR / "versions" / name
        )
        assert spec is not None and spec.loader is not None
        migration = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(migration)
        indexed.update(migration.INDEXED)
    # 0010 and 0011 index each new table with a call per table: _index_for_search(table, …).
    sources = [
        (MIGRATIONS_DIR / "versions" / name).read_text(encoding="utf-8")
        for name in ("0010_week_structure.py", "0011_beyond_the_week.py")
    ]
    for node in (node for source in sources for node in ast.walk(ast.parse(source))):
        if (
            isinstance(node, ast.Call)
            and isinstance(node.func, ast.Name)
            and node.func.id == "_index_for_search"
            and all(isinstance(arg, ast.Constant | ast.Tuple) for arg in node.args)
        ):
            table, kind, _code, columns = (ast.literal_eval(arg) for arg in node.args)
            indexed[table] = (kind, columns)
    not_user_text = {
        ("setting", "value"),
        ("reminder_log", "title"),
        ("reminder_log", "body"),
        ("reminder_log", "link"),
    }
    missing = [
        (table.name, column.name)
        for table in Base.metadata.sorted_tables
        for column in table.columns
        if isinstance(column.type, Text)
        and column.name not in indexed.get(table.name, ("", ()))[1]
        and (table.name, column.name) not in not_user_text
    ]
    assert missing == []


def test_a_cancelled_import_changes_nothing(sample: Repositories, tmp_path: Path) -> None:
    from leadjournal.services.transfer import TransferCancelledError

    raw = export_json(sample).encode()
    target = fresh(tmp_path, "target")
    target.lessons.add(FRIDAY, title="Already here")
    before = export_json(target)
    steps: list[int] = []

    def stop_halfway() -> bool:
        return len(steps) >= 10  # after ten tables have been written inside the transaction

    with pytest.raises(TransferCancelledError, match="nothing was changed"):
        import_data(
            target, raw, stop_halfway, lambda done, _total: steps.append(done), replace=True
        )
    assert steps[-1] == 9
    assert export_json(target) == before
    with pytest.raises(TransferCancelledError):
        export_json(sample, lambda: True)


def test_a_priority_set_aside_travels_through_export_and_import(tmp_path: Path) -> None:
    source = fresh(tmp_path, "source")
    planner = WeekPlanner(source)
    week = planner.start_week(dt.date(2026, 11, 30))
    planner.add_priority(week, "Hiring")
    week = planner.week(week.week_start)  # type: ignore[assignment]
    at = dt.datetime(2026, 12, 1, 9)
    planner.set_aside_priority(
        week, week.priorities[0].id, "Quarterly report", "moved", "Finance needs it by Thursday", at
    )
    exported = export_json(source)
    [row] = json.loads(exported)["tables"]["set_aside"]
    assert (row["title"], row["why"], row["set_aside_at"]) == (
        "Hiring",
        "Finance needs it by Thursday",
        "2026-12-01T09:00:00",
    )
    target = fresh(tmp_path, "target")
    import_data(target, exported.encode())
    [record] = target.weeks.get(dt.date(2026, 11, 30)).set_asides  # type: ignore[union-attr]
    assert (record.title, record.replaced_by, record.tasks_went) == (
        "Hiring",
        "Quarterly report",
        "none",
    )
    assert kinds(target, "finance thursday") == ["set_aside"]
