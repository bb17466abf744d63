"""The benchmarks' long journal holds issue 24's records too, and imports whole."""

from __future__ import annotations

import datetime as dt
import hashlib
import json

from benchmarks.journal import METRICS, journal_document
from leadjournal.db.repositories import Repositories
from leadjournal.services.transfer import export_data, import_data


def test_a_year_of_the_benchmark_journal_holds_goals_metrics_and_reflections(
    repos: Repositories,
) -> None:
    document = journal_document(years=1)
    counts = import_data(repos, json.dumps(document).encode())
    tables = export_data(repos)["tables"]
    weeks = tables["week_plan"]
    assert counts["week_plan"] == len(weeks) == 52
    # A goal or two a quarter, most weeks serving one; the last quarter's is still open.
    goals = {goal["id"]: goal for goal in tables["goal"]}
    assert 4 <= len(goals) <= 12
    linked = [week for week in weeks if week["goal_id"] is not None]
    assert len(weeks) * 0.6 < len(linked) < len(weeks)
    assert all(week["goal_id"] in goals for week in linked)
    assert any(goal["status"] == "open" for goal in goals.values())
    for goal in goals.values():  # a changed goal points to the newer one that carries on
        if goal["status"] == "changed":
            assert goal["replaced_by_id"] > goal["id"]
    # Three metrics, one value a week each.
    assert [metric["name"] for metric in tables["metric"]] == [m[0] for m in METRICS]
    assert len(tables["metric_value"]) == 3 * 52
    # A reflection every working day.
    days = [dt.date.fromisoformat(row["day"]) for row in tables["reflection"]]
    assert len(days) == 52 * 5 and all(day.weekday() < 5 for day in days)


def test_the_older_records_are_the_same_as_before_the_new_ones_came() -> None:
    # The new records come from a random generator of their own: the weeks, tasks and
    # lessons (and the figures measured on them) stay what earlier runs measured. The
    # digest is of one year as the generator wrote it before issue 24's records came.
    tables = journal_document(years=1)["tables"]
    for name in ("goal", "metric", "metric_value", "reflection"):
        del tables[name]
    for week in tables["week_plan"]:
        del week["goal_id"]
    digest = hashlib.sha256(json.dumps(tables, sort_keys=True).encode()).hexdigest()
    assert digest == "43996b9e6a10afde82c75dcd2eb7cbc715c52a92fe5680f869a3e1e89c1ed670"
