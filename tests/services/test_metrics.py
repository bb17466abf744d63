"""The team's own metrics: defining, ordering and retiring them, weekly values typed as a
person types them, the seed's question for an activity alone, a range read in a fixed
number of statements, search, the JSON round trip and the Markdown exports."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest
from sqlalchemy import event

from leadjournal.db.engine import open_journal
from leadjournal.db.models.metric import MetricDirection, MetricKind
from leadjournal.db.repositories import Repositories
from leadjournal.paths import JournalPaths
from leadjournal.services.exports import journal_markdown, week_markdown
from leadjournal.services.metrics import (
    MetricError,
    TeamMetrics,
    format_number,
    meets_target,
    needs_outcome,
    parse_number,
    series_between,
    with_unit,
)
from leadjournal.services.search import search
from leadjournal.services.transfer import export_json, import_data

MONDAY = dt.date(2026, 11, 30)


def week(n: int) -> dt.date:
    return MONDAY + dt.timedelta(weeks=n)


def two_metrics(repos: Repositories) -> tuple[TeamMetrics, int, int]:
    metrics = TeamMetrics(repos)
    sla = metrics.define(
        "Tickets closed within SLA", "%", MetricKind.OUTCOME, 95, MetricDirection.HIGHER
    )
    reviews = metrics.define("Code reviews done", "", MetricKind.ACTIVITY, 10)
    return metrics, sla, reviews


def test_numbers_are_read_as_people_write_them() -> None:
    assert parse_number("92") == 92.0
    assert parse_number(" 92,5 % ") == 92.5
    assert parse_number("-3") == -3.0
    assert parse_number("") is None
    for wrong in ("twelve", "1.2.3", "nan", "inf", "9 9x"):
        with pytest.raises(MetricError, match="Write a number"):
            parse_number(wrong)
    assert [format_number(v) for v in (12.0, 92.5, 3.14159, 0.0)] == ["12", "92.5", "3.14", "0"]
    assert with_unit(92, "%") == "92%"
    assert with_unit(3.5, "hours") == "3.5 hours"
    assert with_unit(8, "") == "8"


def test_defining_changing_and_ordering_metrics(repos: Repositories) -> None:
    metrics, sla, reviews = two_metrics(repos)
    assert [(m.name, m.unit, m.kind, m.target) for m in metrics.metrics()] == [
        ("Tickets closed within SLA", "%", "outcome", 95.0),
        ("Code reviews done", "", "activity", 10.0),
    ]
    with pytest.raises(MetricError, match="already have a metric called"):
        metrics.define("code reviews DONE")
    with pytest.raises(MetricError, match="Give the metric a name"):
        metrics.define("   ")
    metrics.change(reviews, "  Code   reviews given ", "reviews", MetricKind.ACTIVITY, None,
                   MetricDirection.HIGHER)  # fmt: skip
    changed = next(m for m in metrics.metrics() if m.id == reviews)
    assert (changed.name, changed.unit, changed.target) == ("Code reviews given", "reviews", None)
    # Renaming a metric to its own name is not a clash.
    metrics.change(sla, "Tickets closed within SLA", "%", MetricKind.OUTCOME, 90,
                   MetricDirection.HIGHER)  # fmt: skip
    metrics.move(reviews, -1)
    assert [m.name for m in metrics.metrics()] == [
        "Code reviews given",
        "Tickets closed within SLA",
    ]
    metrics.move(reviews, -1)  # already first: stays
    assert [m.id for m in metrics.metrics()] == [reviews, sla]


def test_values_by_week_and_a_cleared_field_removes_one(repos: Repositories) -> None:
    metrics, sla, reviews = two_metrics(repos)
    assert metrics.record(sla, week(0), "92,5", "  a bank holiday ") == 92.5
    metrics.record(sla, week(0), "93", "a bank holiday")  # typed again: the same week's value
    metrics.record(reviews, week(0), "8")
    kept = metrics.values_of_week(week(0))
    assert (kept[sla].value, kept[sla].note) == (93.0, "a bank holiday")
    assert kept[reviews].value == 8.0
    with pytest.raises(MetricError):
        metrics.record(sla, week(0), "lots")
    assert metrics.values_of_week(week(0))[sla].value == 93.0  # nothing lost
    metrics.record(reviews, week(0), "")
    assert reviews not in metrics.values_of_week(week(0))
    assert metrics.weeks_recorded() == {sla: 1}


def test_target_reached_each_way(repos: Repositories) -> None:
    metrics, sla, _reviews = two_metrics(repos)
    errors = metrics.define("Escaped defects", "", MetricKind.OUTCOME, 2, MetricDirection.LOWER)
    by_id = {m.id: m for m in metrics.metrics()}
    assert meets_target(by_id[sla], 95) is True
    assert meets_target(by_id[sla], 94.9) is False
    assert meets_target(by_id[errors], 1) is True
    assert meets_target(by_id[errors], 3) is False
    untargeted = metrics.define("Pairing hours", "h", MetricKind.ACTIVITY)
    assert meets_target({m.id: m for m in metrics.metrics()}[untargeted], 4) is None


def test_an_activity_alone_gets_the_question_until_an_outcome_stands_beside_it(
    repos: Repositories,
) -> None:
    metrics = TeamMetrics(repos)
    assert not needs_outcome(metrics.metrics())  # nothing yet: nothing to ask
    reviews = metrics.define("Code reviews done", "", MetricKind.ACTIVITY, 10)
    assert needs_outcome(metrics.metrics())
    sla = metrics.define("Tickets closed within SLA", "%", MetricKind.OUTCOME, 95)
    assert not needs_outcome(metrics.metrics())
    metrics.retire(sla)  # a retired outcome stands beside nothing
    assert needs_outcome(metrics.metrics())
    metrics.retire(reviews)
    assert not needs_outcome(metrics.metrics())


def test_retiring_keeps_the_history(repos: Repositories) -> None:
    metrics, sla, reviews = two_metrics(repos)
    metrics.record(reviews, week(0), "8")
    metrics.record(reviews, week(1), "12")
    metrics.retire(reviews)
    assert [m.id for m in metrics.active()] == [sla]
    shown = series_between(repos, week(0), week(1))
    assert [(s.metric.name, s.metric.active, s.points()) for s in shown] == [
        ("Tickets closed within SLA", True, []),
        ("Code reviews done", False, [(week(0), 8.0), (week(1), 12.0)]),
    ]
    # A range without its values leaves the retired metric out; bringing it back returns it.
    assert [s.metric.id for s in series_between(repos, week(5), week(6))] == [sla]
    metrics.bring_back(reviews)
    assert [m.id for m in metrics.active()] == [sla, reviews]


def test_a_range_is_read_in_two_statements_however_many_weeks(repos: Repositories) -> None:
    metrics, sla, reviews = two_metrics(repos)

    def statements_for(weeks: int) -> int:
        for n in range(weeks):
            metrics.record(sla, week(n), str(90 + n % 10))
            metrics.record(reviews, week(n), str(n))
        seen: list[str] = []
        listener = lambda *args: seen.append(args[2])  # noqa: E731
        event.listen(repos.engine, "before_cursor_execute", listener)
        try:
            found = series_between(repos, week(0), week(weeks - 1))
        finally:
            event.remove(repos.engine, "before_cursor_execute", listener)
        assert [len(s.values) for s in found] == [weeks, weeks]
        assert found[0].values[0].week == week(0)  # oldest first
        return len(seen)

    assert statements_for(3) == statements_for(60) == 2


def test_metrics_are_found_by_search(repos: Repositories) -> None:
    metrics, sla, _reviews = two_metrics(repos)
    hits = search(repos, "SLA")
    assert [(h.kind, h.group, h.link) for h in hits] == [
        ("metric", "Team metrics", "leadjournal:insights")
    ]
    assert [h.record_id for h in search(repos, "metrics")] == [_reviews, sla]  # newest first
    metrics.change(sla, "Tickets answered in a day", "%", MetricKind.OUTCOME, 95,
                   MetricDirection.HIGHER)  # fmt: skip
    assert search(repos, "SLA") == []
    assert [h.kind for h in search(repos, "answered")] == ["metric"]


def test_a_note_beside_a_value_is_found_and_opens_that_weeks_review(repos: Repositories) -> None:
    from leadjournal.services.weekly_loop import Step, week_link
    from leadjournal.services.weeks import WeekPlanner

    WeekPlanner(repos).start_week(week(1))
    metrics, sla, _reviews = two_metrics(repos)
    metrics.record(sla, week(1), "81", "two people out with flu")
    [hit] = search(repos, "flu")
    assert (hit.kind, hit.group) == ("metric_value", "Notes beside team metrics")
    assert hit.link == week_link(week(1), Step.REVIEW)
    assert [h.kind for h in search(repos, "metrics flu")] == ["metric_value"]
    metrics.record(sla, week(1), "81", "")
    assert search(repos, "flu") == []


def test_metrics_and_values_survive_the_json_round_trip(
    repos: Repositories, tmp_path: Path
) -> None:
    metrics, sla, reviews = two_metrics(repos)
    metrics.record(sla, week(0), "92.5", "a bank holiday")
    metrics.record(reviews, week(0), "8")
    metrics.retire(reviews)
    exported = export_json(repos)
    tables = json.loads(exported)["tables"]
    assert [row["name"] for row in tables["metric"]] == [
        "Tickets closed within SLA",
        "Code reviews done",
    ]
    assert len(tables["metric_value"]) == 2
    paths = JournalPaths(tmp_path / "other")
    other = Repositories(open_journal(paths.journal_file, paths.backups_dir))
    counts = import_data(other, exported.encode())
    assert (counts["metric"], counts["metric_value"]) == (2, 2)
    moved = TeamMetrics(other)
    assert [(m.name, m.active, m.target) for m in moved.metrics()] == [
        ("Tickets closed within SLA", True, 95.0),
        ("Code reviews done", False, 10.0),
    ]
    kept = moved.values_of_week(week(0))
    assert (kept[sla].value, kept[sla].note) == (92.5, "a bank holiday")
    assert [h.kind for h in search(other, "SLA")] == ["metric"]  # index rebuilt
    assert export_json(other) == exported


def test_markdown_lists_the_weeks_values_and_the_whole_history(repos: Repositories) -> None:
    repos.weeks.create(week(1), outcome="Ship the rota")
    assert "Team metrics" not in week_markdown(repos, week(1))
    assert "Team metrics" not in journal_markdown(repos)
    metrics, sla, reviews = two_metrics(repos)
    metrics.record(sla, week(0), "97")
    metrics.record(sla, week(1), "92.5", "a bank holiday")
    metrics.record(reviews, week(1), "12")
    document = week_markdown(repos, week(1))
    section = document[document.index("## Team metrics") :]
    assert "- Tickets closed within SLA: 92.5% (target 95%: off target) — a bank holiday" in section
    assert "- Code reviews done: 12 (target 10: on target)" in section
    assert "97" not in section  # another week's value
    whole = journal_markdown(repos)
    part = whole[whole.index("## Team metrics") :]
    assert "### Tickets closed within SLA\n\nOutcome, target 95%, higher is better." in part
    assert "- Week of " in part and "97% (target 95%: on target)" in part
    assert "### Code reviews done\n\nActivity, target 10, higher is better." in part
    assert "What behaviour does this number encourage?" not in part  # an outcome stands by
    metrics.retire(sla)
    part = journal_markdown(repos)
    part = part[part.index("## Team metrics") :]
    assert "Outcome, target 95%, higher is better, retired." in part
    assert "Activity, target 10, higher is better.\nWhat behaviour does this number encourage?" in (
        part
    )


def test_the_demo_journal_has_believable_metrics(repos: Repositories, tmp_path: Path) -> None:
    from leadjournal.services.sample_journal import write_sample_journal

    friday = dt.date(2026, 12, 4)
    write_sample_journal(repos, today=friday)
    shown = series_between(repos, week(-6), week(0))
    assert [(s.metric.name, s.metric.kind) for s in shown] == [
        ("Tickets closed within SLA", "outcome"),
        ("Escalations to engineering", "outcome"),
        ("Knowledge-base articles updated", "activity"),
    ]
    assert [len(s.values) for s in shown] == [7, 7, 7]  # this week's too: it is Friday
    assert not needs_outcome(s.metric for s in shown)
    sla = shown[0]
    assert sla.values[-2].note == "New triage rota in place"
    assert [meets_target(sla.metric, v.value) for v in sla.values][-2:] == [True, True]
    # Earlier in the week, this week has no values yet.
    other_paths = JournalPaths(tmp_path / "tuesday")
    other = Repositories(open_journal(other_paths.journal_file, other_paths.backups_dir))
    write_sample_journal(other, today=dt.date(2026, 12, 1))
    assert [len(s.values) for s in series_between(other, week(-6), week(0))] == [6, 6, 6]


def test_an_older_journal_gains_metrics_and_can_go_back(journal_paths: JournalPaths) -> None:
    """A 0010 journal opens with empty, searchable metric tables; going back to 0010
    removes them and their search entries."""
    import shutil
    import sqlite3

    from alembic import command
    from sqlalchemy import create_engine

    from leadjournal.db.migrations.runner import alembic_config

    journal_paths.data_dir.mkdir(mode=0o700)
    fixture = Path(__file__).parent.parent / "fixtures" / "journal-0010_week_structure.sqlite"
    shutil.copy(fixture, journal_paths.journal_file)
    engine = open_journal(journal_paths.journal_file, journal_paths.backups_dir)
    repos = Repositories(engine)
    metrics = TeamMetrics(repos)
    assert metrics.metrics() == []
    reviews = metrics.define("Code reviews done", "", MetricKind.ACTIVITY, 10)
    metrics.record(reviews, MONDAY, "8")
    assert "metric" in [h.kind for h in search(repos, "reviews")]  # beside older records
    engine.dispose()
    engine = create_engine(f"sqlite:///{journal_paths.journal_file}")
    config = alembic_config()
    with engine.begin() as connection:
        config.attributes["connection"] = connection
        command.downgrade(config, "0010_week_structure")
    engine.dispose()
    with sqlite3.connect(journal_paths.journal_file) as back:
        tables = {row[0] for row in back.execute("SELECT name FROM sqlite_master")}
        assert not {"metric", "metric_value"} & tables
        assert not any(name.startswith("search_metric") for name in tables)
        assert back.execute(
            "SELECT count(*) FROM search_index WHERE kind = 'metric'"
        ).fetchone() == (0,)
