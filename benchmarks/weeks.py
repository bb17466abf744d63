"""Week-switching benchmark for the Weekly Plan tab on a journal of many weeks.

    QT_QPA_PLATFORM=offscreen python -m benchmarks.weeks [--weeks 500] [--switches 60]

Builds a throwaway journal with N weeks (3 priorities, 12 tasks, check-ins and a
decision each), then times previous/next and random jumps in the real tab.
"""

from __future__ import annotations

import argparse
import datetime as dt
import random
import statistics
import sys
import tempfile
import time
from pathlib import Path

from benchmarks.event_loop import settle
from leadjournal.app import LeadJournalApp
from leadjournal.db.engine import open_journal
from leadjournal.db.repositories import Repositories
from leadjournal.services.weeks import WeekPlanner, week_start_of


def build(repos: Repositories, weeks: int, seed: int = 7) -> dt.date:
    rng = random.Random(seed)
    people = [repos.people.add(f"Person {n}").id for n in range(6)]
    planner = WeekPlanner(repos)
    last = week_start_of(dt.date(2026, 11, 23))
    for offset in range(weeks - 1, -1, -1):
        monday = last - dt.timedelta(weeks=offset)
        week = planner.start_week(monday)
        repos.weeks.update(week.id, outcome=f"Outcome for {monday}", pulse_score=rng.randint(1, 5))
        for p in range(3):
            priority = repos.weeks.add_priority(week.id, f"Priority {p}", p)
            repos.weeks.add_criterion(priority, "Reviewed", 0)
            for t in range(4):
                repos.weeks.add_task(
                    week.id,
                    title=f"Task {p}.{t}",
                    priority_id=priority,
                    owned_by_me=False,
                    owner_person_id=rng.choice(people),
                    status=rng.choice(["done", "done", "in_progress"]),
                    due_day=rng.randint(0, 4),
                )
        for person in people[:3]:
            repos.weeks.save_checkin(week.id, person, completed="Things", blocked="")
        repos.weeks.add_decision(week.id, decided_on=monday, decision="A decision")
    return last


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--weeks", type=int, default=500)
    parser.add_argument("--switches", type=int, default=60)
    args = parser.parse_args()
    app = LeadJournalApp(sys.argv[:1])
    folder = Path(tempfile.mkdtemp(prefix="leadjournal-bench-weeks-"))
    repos = Repositories(open_journal(folder / "journal.sqlite", folder / "backups"))
    started = time.perf_counter()
    last = build(repos, args.weeks)
    print(f"built {args.weeks} weeks in {time.perf_counter() - started:.1f} s")
    from leadjournal.ui.tabs.weekly_plan.tab import WeeklyPlanTab

    tab = WeeklyPlanTab(repos, today=lambda: last + dt.timedelta(days=3))
    tab.resize(1280, 800)
    tab.show()
    settle(app)
    rng = random.Random(3)
    timings: dict[str, list[float]] = {"previous/next": [], "random jump": []}
    for index in range(args.switches):
        if index % 2:
            target = last - dt.timedelta(weeks=rng.randrange(args.weeks))
            kind = "random jump"
        else:
            target = tab.week_start - dt.timedelta(weeks=1)
            kind = "previous/next"
        begin = time.perf_counter()
        tab.go_to_week(target)
        settle(app)  # layout and paint of the new week, as the app's loop would
        timings[kind].append((time.perf_counter() - begin) * 1000)
    for kind, values in timings.items():
        values.sort()
        p95 = values[min(len(values) - 1, round(0.95 * (len(values) - 1)))]
        print(f"{kind:<14} median {statistics.median(values):6.1f} ms   p95 {p95:6.1f} ms")
    tab.close()
    tab.deleteLater()
    settle(app)
    repos.engine.dispose()
    return 0


if __name__ == "__main__":
    sys.exit(main())
