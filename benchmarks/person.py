"""Opening a person in the Coaching Log when the journal holds ten years of history.

    QT_QPA_PLATFORM=offscreen python -m benchmarks.person [--years 10] [--opens 40]

Builds a throwaway journal (fixed seed): one long-serving person with a weekly one-on-one
for the whole period, 14 colleagues with fortnightly ones, coaching, plans, recognition,
delegations and feedback for everyone. Then times switching between people in the real
tab, for each section as the one on show, and prints median and p95 in milliseconds.
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
from typing import Any

from sqlalchemy import insert

from benchmarks.event_loop import settle
from leadjournal.app import LeadJournalApp
from leadjournal.db.engine import open_journal
from leadjournal.db.models import (
    ActionItem,
    AgendaItem,
    CoachingConversation,
    Delegation,
    FeedbackItem,
    FeedbackResponse,
    ImprovementPlan,
    OneOnOne,
    PlanCheckIn,
    Recognition,
)
from leadjournal.db.repositories import Repositories

TODAY = dt.date(2026, 11, 27)


def build(repos: Repositories, years: int, seed: int = 11) -> tuple[int, dict[str, int]]:
    """Return the long-serving person's id and row counts of what was written."""
    rng = random.Random(seed)
    start = TODAY - dt.timedelta(weeks=52 * years)
    people = [repos.people.add(f"Person {n:02d}", "Engineer", start).id for n in range(15)]
    veteran = people[0]
    rows: dict[str, list[dict[str, Any]]] = {
        name: []
        for name in (
            "one_on_one",
            "agenda",
            "action",
            "coaching",
            "plan",
            "plan_checkin",
            "recognition",
            "delegation",
            "response",
            "item",
        )
    }
    meeting_id = plan_id = response_id = 0
    for person in people:
        every = 7 if person == veteran else 14
        day = start + dt.timedelta(days=rng.randint(0, 4))
        while day < TODAY:
            meeting_id += 1
            when = dt.datetime.combine(day, dt.time(rng.choice([9, 10, 14, 15])))
            rows["one_on_one"].append(
                {
                    "id": meeting_id,
                    "person_id": person,
                    "scheduled_at": when,
                    "notes": "Talked about the week.",
                }
            )
            for position in range(3):
                rows["agenda"].append(
                    {
                        "one_on_one_id": meeting_id,
                        "position": position,
                        "text": f"Agenda line {position}",
                        "source": "own",
                    }
                )
            for position in range(2):
                rows["action"].append(
                    {
                        "one_on_one_id": meeting_id,
                        "position": position,
                        "text": "Follow up on the thing",
                        "owner": "them",
                        "due_on": day + dt.timedelta(days=7),
                        "status": "done" if day < TODAY - dt.timedelta(days=30) else "open",
                    }
                )
            if rng.random() < 0.4:
                rows["coaching"].append(
                    {
                        "person_id": person,
                        "held_on": day,
                        "skill": "Skill",
                        "situation": "A situation",
                        "impact": "An impact",
                        "next_step": "A next step",
                        "practice_outcome": "yes",
                    }
                )
            if rng.random() < 0.15:
                rows["recognition"].append(
                    {
                        "person_id": person,
                        "given_on": day,
                        "what_they_did": "Did a thing",
                        "impact": "It helped the team",
                    }
                )
            if rng.random() < 0.04:
                rows["delegation"].append(
                    {
                        "person_id": person,
                        "delegated_on": day,
                        "outcome": "An outcome",
                        "status": "done",
                    }
                )
            if rng.random() < 0.05:
                response_id += 1
                rows["response"].append(
                    {"id": response_id, "received_on": day, "source": "person", "person_id": person}
                )
                rows["item"].append(
                    {"response_id": response_id, "kind": "start", "text": "Start doing X"}
                )
            day += dt.timedelta(days=every)
        for _ in range(4 if person == veteran else 1):
            plan_id += 1
            began = start + dt.timedelta(days=rng.randint(0, 52 * years * 7 - 60))
            rows["plan"].append(
                {
                    "id": plan_id,
                    "person_id": person,
                    "started_on": began,
                    "behaviour": "A behaviour",
                    "status": "met",
                }
            )
            for week in range(1, 5):
                rows["plan_checkin"].append(
                    {
                        "plan_id": plan_id,
                        "progress": 3,
                        "checked_on": began + dt.timedelta(weeks=week),
                    }
                )
    tables = {
        "one_on_one": OneOnOne,
        "agenda": AgendaItem,
        "action": ActionItem,
        "coaching": CoachingConversation,
        "plan": ImprovementPlan,
        "plan_checkin": PlanCheckIn,
        "recognition": Recognition,
        "delegation": Delegation,
        "response": FeedbackResponse,
        "item": FeedbackItem,
    }
    with repos.engine.begin() as connection:
        for name, model in tables.items():
            if rows[name]:
                connection.execute(insert(model), rows[name])
    return veteran, {name: len(value) for name, value in rows.items()}


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--years", type=int, default=10)
    parser.add_argument("--opens", type=int, default=40)
    args = parser.parse_args()
    app = LeadJournalApp(sys.argv[:1])
    folder = Path(tempfile.mkdtemp(prefix="leadjournal-bench-person-"))
    repos = Repositories(open_journal(folder / "journal.sqlite", folder / "backups"))
    began = time.perf_counter()
    veteran, counts = build(repos, args.years)
    print(
        f"built in {time.perf_counter() - began:.1f} s: "
        + ", ".join(f"{n} {k}" for k, n in counts.items())
    )
    veteran_rows = len(repos.coaching.timeline(veteran))
    print(f"the long-serving person has {veteran_rows} timeline entries")

    from leadjournal.ui.tabs.coaching.tab import CoachingLogTab

    tab = CoachingLogTab(repos, today=lambda: TODAY)
    tab.resize(1280, 800)
    tab.show()
    settle(app)
    other = repos.people.list()[1].id
    print(f"\n{'section shown':<22}{'median ms':>10}{'p95 ms':>10}")
    for index in range(tab.sections.count()):
        tab.sections.setCurrentIndex(index)
        timings = []
        for _ in range(args.opens):
            tab.show_person(other)
            settle(app)
            started = time.perf_counter()
            tab.show_person(veteran)
            settle(app)
            timings.append((time.perf_counter() - started) * 1000)
        timings.sort()
        p95 = timings[min(len(timings) - 1, int(len(timings) * 0.95))]
        print(f"{tab.sections.tabText(index):<22}{statistics.median(timings):>10.1f}{p95:>10.1f}")
    tab.close()
    tab.deleteLater()
    settle(app)
    repos.engine.dispose()
    return 0


if __name__ == "__main__":
    sys.exit(main())
