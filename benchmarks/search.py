"""Search and export on a ten-year journal.

    python -m benchmarks.search [--runs 20]

Builds a throwaway journal (fixed seed): 520 weeks of plans (3 priorities, 12 tasks,
check-ins, a decision), 1,500 lessons, and the Coaching Log history of
``benchmarks/person.py`` (4,000 one-on-ones and more). Prints median and p95 of in-app
search, ``leadjournal search`` wall time, and JSON export and import.
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import random
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from sqlalchemy import insert

from benchmarks.person import build as build_coaching
from leadjournal.db.engine import open_journal
from leadjournal.db.models import CheckIn, Decision, Lesson, Priority, Task, WeekPlan
from leadjournal.db.repositories import Repositories
from leadjournal.services.search import search
from leadjournal.services.transfer import export_json, import_data

WORDS = (
    "billing queue refund escalation handover rota checklist outage release customer "
    "renewal invoice macro onboarding coaching feedback priorities staging training "
    "holiday cover review quality triage backlog"
).split()


def sentence(rng: random.Random, words: int = 8) -> str:
    return " ".join(rng.choice(WORDS) for _ in range(words)).capitalize()


def build(repos: Repositories, seed: int = 5) -> None:
    rng = random.Random(seed)
    build_coaching(repos, 10)
    people = [p.id for p in repos.people.list()]
    last = dt.date(2026, 11, 23)
    weeks, priorities, tasks, checkins, decisions, lessons = [], [], [], [], [], []
    priority_id = task_id = 0
    for offset in range(520):
        week_id = offset + 1
        start = last - dt.timedelta(weeks=519 - offset)
        weeks.append(
            {
                "id": week_id,
                "week_start": start,
                "outcome": sentence(rng, 10),
                "why": sentence(rng),
                "pulse_text": sentence(rng, 6),
                "pulse_score": rng.randint(1, 5),
                "review_done": True,
                "confirmed_at": dt.datetime.combine(start, dt.time(10)),
            }
        )
        for position in range(3):
            priority_id += 1
            priorities.append(
                {
                    "id": priority_id,
                    "week_id": week_id,
                    "position": position,
                    "title": sentence(rng, 5),
                }
            )
            for _ in range(4):
                task_id += 1
                tasks.append(
                    {
                        "id": task_id,
                        "week_id": week_id,
                        "priority_id": priority_id,
                        "title": sentence(rng, 6),
                        "owned_by_me": False,
                        "owner_person_id": rng.choice(people),
                        "status": "done",
                    }
                )
        for person in rng.sample(people, 4):
            checkins.append(
                {
                    "week_id": week_id,
                    "person_id": person,
                    "completed": sentence(rng),
                    "blocked": sentence(rng, 5),
                }
            )
        decisions.append(
            {
                "week_id": week_id,
                "decided_on": start,
                "decision": sentence(rng),
                "reason": sentence(rng),
            }
        )
    for number in range(1500):
        lessons.append(
            {
                "learned_on": last - dt.timedelta(days=number * 2),
                "title": sentence(rng, 5),
                "what_happened": sentence(rng, 20),
                "what_i_learned": sentence(rng, 12),
                "do_differently": sentence(rng),
                "tags": ", ".join(rng.sample(WORDS, 2)),
            }
        )
    with repos.engine.begin() as connection:
        batches = (
            (WeekPlan, weeks),
            (Priority, priorities),
            (Task, tasks),
            (CheckIn, checkins),
            (Decision, decisions),
            (Lesson, lessons),
        )
        for model, rows in batches:
            connection.execute(insert(model), rows)


def timed(runs: int, action) -> list[float]:  # type: ignore[no-untyped-def]
    values = []
    for _ in range(runs):
        started = time.perf_counter()
        action()
        values.append((time.perf_counter() - started) * 1000)
    return sorted(values)


def row(name: str, values: list[float]) -> str:
    p95 = values[min(len(values) - 1, round(0.95 * (len(values) - 1)))]
    return f"{name:<36}{statistics.median(values):>10.1f}{p95:>10.1f}"


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=20)
    args = parser.parse_args()
    folder = Path(tempfile.mkdtemp(prefix="leadjournal-bench-search-"))
    repos = Repositories(open_journal(folder / "journal.sqlite", folder / "backups"))
    started = time.perf_counter()
    build(repos)
    print(f"built a ten-year journal in {time.perf_counter() - started:.1f} s")
    queries = [
        "refund",
        "escal",
        '"billing queue"',
        "holiday cover",
        "rota NOT outage",
        "triage*",
        "Person 03",
    ]
    rng = random.Random(1)
    print(f"\n{'':<36}{'median ms':>10}{'p95 ms':>10}")
    print(
        row("in-app search (50 hits)", timed(args.runs, lambda: search(repos, rng.choice(queries))))
    )
    env = {**os.environ, "LEADJOURNAL_SKIP_WELCOME": "1"}
    command = [sys.executable, "-m", "leadjournal", "search", "refund", "--data-dir", str(folder)]
    print(
        row(
            "leadjournal search (wall)",
            timed(5, lambda: subprocess.run(command, env=env, capture_output=True, check=True)),
        )
    )
    exported: list[str] = []
    print(row("JSON export", timed(3, lambda: exported.append(export_json(repos)))))
    print(f"  ({len(exported[-1]) / 1e6:.1f} MB)")
    target = folder / "imported"

    def import_once() -> None:
        fresh = Repositories(
            open_journal(target / f"{time.monotonic_ns()}.sqlite", target / "backups")
        )
        import_data(fresh, exported[-1].encode())
        fresh.engine.dispose()

    print(row("JSON import into an empty journal", timed(1, import_once)))
    repos.engine.dispose()
    return 0


if __name__ == "__main__":
    sys.exit(main())
