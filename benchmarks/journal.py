"""A ten-year journal for benchmarks: ``python -m benchmarks generate --data-dir DIR``.

The journal is built as a JSON export (fixed seed, so the same every time) and loaded
through the same all-or-nothing import a user's file goes through.
"""

from __future__ import annotations

import datetime as dt
import random
from typing import Any

WORDS = (
    "billing queue refund escalation handover rota checklist outage release customer "
    "renewal invoice macro onboarding coaching feedback priorities staging training "
    "holiday cover review quality triage backlog partner pricing migration survey "
    "dashboard chat weekend standup retro audit contract"
).split()
FIRST = (
    "Priya",
    "Marcus",
    "Lena",
    "Tomás",
    "Aiko",
    "Jonas",
    "Amara",
    "Kenji",
    "Sofia",
    "Ravi",
    "Elena",
    "Omar",
    "Grace",
    "Mateo",
    "Hana",
)
LAST = (
    "Natarajan",
    "Oyelaran",
    "Fischer",
    "Reyes",
    "Tanaka",
    "Berg",
    "Okafor",
    "Sato",
    "Rossi",
    "Iyer",
    "Petrova",
    "Haddad",
    "Kim",
    "Silva",
    "Novak",
)
LEAD = (
    "lead.explain-why",
    "lead.specific-recognition",
    "lead.ask-before-telling",
    "lead.listen-fully",
    "lead.coach-one-step",
)
MANAGE = (
    "manage.one-owner",
    "manage.dates-not-asap",
    "manage.definition-of-done",
    "manage.remove-a-blocker",
    "manage.follow-up",
)


def _sentence(rng: random.Random, words: int) -> str:
    return " ".join(rng.choice(WORDS) for _ in range(words)).capitalize()


def journal_document(
    years: int = 10, seed: int = 2026, last_monday: dt.date = dt.date(2026, 11, 23)
) -> dict[str, Any]:
    """The whole journal as an export document (format_version 1)."""
    rng = random.Random(seed)
    weeks_count = 52 * years
    first_monday = last_monday - dt.timedelta(weeks=weeks_count - 1)
    t: dict[str, list[dict[str, Any]]] = {
        name: []
        for name in (
            "person",
            "setting",
            "week_plan",
            "priority",
            "criterion",
            "task",
            "checkin",
            "decision",
            "lesson",
            "recognition",
            "one_on_one",
            "agenda_item",
            "action_item",
            "coaching",
            "improvement_plan",
            "plan_checkin",
            "feedback_request",
            "feedback_response",
            "feedback_item",
            "practice_cycle",
            "practice_tick",
        )
    }
    ids: dict[str, int] = {}

    def new_id(table: str) -> int:
        ids[table] = ids.get(table, 0) + 1
        return ids[table]

    def text(words: int = 8) -> str:
        return _sentence(rng, words)

    # 15 people over the years: each on the team for a stretch of the ten years.
    people: list[tuple[int, dt.date, dt.date]] = []
    for index in range(15):
        start = first_monday + dt.timedelta(
            weeks=rng.randint(0, weeks_count // 2) if index > 4 else 0
        )
        end = last_monday if index < 8 else start + dt.timedelta(weeks=rng.randint(60, 200))
        person_id = new_id("person")
        t["person"].append(
            {
                "id": person_id,
                "name": f"{FIRST[index]} {LAST[index]}",
                "role": rng.choice(["Support engineer", "Team lead", "Analyst"]),
                "started_on": start.isoformat(),
                "notes": text(10),
                "archived": end < last_monday,
                "created_at": f"{start.isoformat()}T09:00:00",
            }
        )
        people.append((person_id, start, min(end, last_monday)))
    t["setting"].append({"key": "user_name", "value": '"Sam"'})

    def present(day: dt.date) -> list[int]:
        return [pid for pid, start, end in people if start <= day <= end]

    for offset in range(weeks_count):
        monday = first_monday + dt.timedelta(weeks=offset)
        week_id = new_id("week_plan")
        team = present(monday) or [people[0][0]]
        t["week_plan"].append(
            {
                "id": week_id,
                "week_start": monday.isoformat(),
                "outcome": text(12),
                "why": text(10),
                "why_category": "customer",
                "capacity_hours": 30.0,
                "buffer_note": text(6),
                "confirmed_at": f"{monday.isoformat()}T10:00:00",
                "improvement_what": text(6),
                "improvement_why": text(8),
                "improvement_status": "done",
                "stakeholder_update": text(30),
                "next_week_focus": text(6),
                "pulse_text": text(8),
                "pulse_score": rng.randint(1, 5),
                "review_done": True,
                "created_at": f"{monday.isoformat()}T09:00:00",
            }
        )
        position = 0
        for p in range(3):
            priority_id = new_id("priority")
            t["priority"].append(
                {"id": priority_id, "week_id": week_id, "position": p, "title": text(5)}
            )
            t["criterion"].append(
                {
                    "id": new_id("criterion"),
                    "priority_id": priority_id,
                    "position": 0,
                    "text": text(6),
                    "met": True,
                }
            )
            for _ in range(4):
                position += 1
                mine = rng.random() < 0.2
                t["task"].append(
                    {
                        "id": new_id("task"),
                        "week_id": week_id,
                        "priority_id": priority_id,
                        "position": position,
                        "title": text(6),
                        "owned_by_me": mine,
                        "owner_person_id": None if mine else rng.choice(team),
                        "effort_hours": float(rng.randint(1, 8)),
                        "effort_size": "",
                        "reviewer": "",
                        "due_day": rng.randint(0, 4),
                        "status": "done" if rng.random() < 0.85 else "in_progress",
                        "planned": True,
                        "carried_from_id": None,
                        "slip_reason": "",
                        "slip_decision": "",
                    }
                )
        for person in rng.sample(team, min(4, len(team))):
            t["checkin"].append(
                {
                    "id": new_id("checkin"),
                    "week_id": week_id,
                    "person_id": person,
                    "completed": text(6),
                    "next_up": text(5),
                    "blocked": text(4) if rng.random() < 0.3 else "",
                    "next_action": text(5),
                    "next_action_when": "Wed",
                }
            )
        thursday = (monday + dt.timedelta(days=3)).isoformat()
        t["decision"].append(
            {
                "id": new_id("decision"),
                "week_id": week_id,
                "decided_on": thursday,
                "decision": text(8),
                "reason": text(8),
                "consulted": text(3),
            }
        )
        friday = (monday + dt.timedelta(days=4)).isoformat()
        t["recognition"].append(
            {
                "id": new_id("recognition"),
                "person_id": rng.choice(team),
                "given_on": friday,
                "what_they_did": text(8),
                "impact": text(8),
                "week_id": week_id,
                "from_review": True,
            }
        )
        for _ in range(3):  # ~1,500 lessons
            t["lesson"].append(
                {
                    "id": new_id("lesson"),
                    "learned_on": friday,
                    "title": text(5),
                    "what_happened": text(20),
                    "what_i_learned": text(12),
                    "do_differently": text(8),
                    "tags": ", ".join(rng.sample(WORDS, 2)),
                    "week_id": week_id if rng.random() < 0.3 else None,
                    "person_id": None,
                    "from_review": False,
                }
            )
        # One-on-ones: about five a week across the team (~2,500 over ten years).
        for person in rng.sample(team, min(5, len(team))):
            meeting_id = new_id("one_on_one")
            when = f"{(monday + dt.timedelta(days=rng.randint(0, 4))).isoformat()}T14:00:00"
            t["one_on_one"].append(
                {"id": meeting_id, "person_id": person, "scheduled_at": when, "notes": text(20)}
            )
            for position in range(3):
                t["agenda_item"].append(
                    {
                        "id": new_id("agenda_item"),
                        "one_on_one_id": meeting_id,
                        "position": position,
                        "text": text(6),
                        "source": "own",
                    }
                )
            for position in range(2):
                t["action_item"].append(
                    {
                        "id": new_id("action_item"),
                        "one_on_one_id": meeting_id,
                        "position": position,
                        "text": text(6),
                        "owner": "them",
                        "due_on": friday,
                        "status": "done",
                        "closed_on": friday,
                    }
                )
            if rng.random() < 0.4:  # ~1,000 coaching conversations
                t["coaching"].append(
                    {
                        "id": new_id("coaching"),
                        "person_id": person,
                        "held_on": friday,
                        "skill": text(3),
                        "situation": text(12),
                        "impact": text(10),
                        "great_looks_like": text(10),
                        "next_step": text(8),
                        "follow_up_on": None,
                        "practice_outcome": "yes",
                        "practice_note": "",
                    }
                )
        if offset % 9 == 0:  # ~60 improvement plans
            plan_id = new_id("improvement_plan")
            t["improvement_plan"].append(
                {
                    "id": plan_id,
                    "person_id": rng.choice(team),
                    "started_on": monday.isoformat(),
                    "behaviour": text(8),
                    "expected": text(8),
                    "support": text(8),
                    "cadence_days": 7,
                    "length_weeks": 4,
                    "success_measure": text(6),
                    "status": "met",
                    "closed_on": (monday + dt.timedelta(weeks=4)).isoformat(),
                }
            )
            for week in range(1, 5):
                t["plan_checkin"].append(
                    {
                        "id": new_id("plan_checkin"),
                        "plan_id": plan_id,
                        "checked_on": (monday + dt.timedelta(weeks=week)).isoformat(),
                        "progress": rng.randint(2, 5),
                        "note": text(8),
                    }
                )
        if offset % 13 == 0:  # a feedback round each quarter, ~600 responses in all
            request_id = new_id("feedback_request")
            t["feedback_request"].append(
                {
                    "id": request_id,
                    "asked_on": monday.isoformat(),
                    "asked_whom": "",
                    "channel": "anonymous_form",
                    "question": text(12),
                    "asked_team": True,
                    "closed": True,
                }
            )
            for number in range(15):
                anonymous = number % 2 == 0
                response_id = new_id("feedback_response")
                t["feedback_response"].append(
                    {
                        "id": response_id,
                        "request_id": request_id,
                        "received_on": (monday + dt.timedelta(days=2)).isoformat(),
                        "source": "anonymous" if anonymous else "person",
                        "person_id": None if anonymous else rng.choice(team),
                    }
                )
                for position, kind in enumerate(("start", "stop", "continue")):
                    t["feedback_item"].append(
                        {
                            "id": new_id("feedback_item"),
                            "response_id": response_id,
                            "position": position,
                            "kind": kind,
                            "text": text(10),
                            "themes": rng.choice(WORDS),
                            "status": "closed",
                        }
                    )
        if offset % 2 == 0:  # a practice cycle every other week (~250)
            cycle_id = new_id("practice_cycle")
            lead, manage = rng.choice(LEAD), rng.choice(MANAGE)
            t["practice_cycle"].append(
                {
                    "id": cycle_id,
                    "started_on": monday.isoformat(),
                    "length_days": 14,
                    "working_days_only": True,
                    "lead_key": lead,
                    "lead_title": lead.split(".")[1],
                    "manage_key": manage,
                    "manage_title": manage.split(".")[1],
                    "status": "finished",
                    "ended_on": (monday + dt.timedelta(days=13)).isoformat(),
                    "what_worked": text(8),
                    "what_did_not": text(8),
                    "what_i_will_change": text(8),
                    "keep_practising": "yes",
                    "self_feedback_id": None,
                }
            )
            for day in range(14):
                date = monday + dt.timedelta(days=day)
                if date.weekday() >= 5 or date > last_monday:
                    continue
                for behaviour in ("lead", "manage"):
                    if rng.random() < 0.8:
                        t["practice_tick"].append(
                            {
                                "cycle_id": cycle_id,
                                "behaviour": behaviour,
                                "day": date.isoformat(),
                                "state": "done",
                                "note": "",
                            }
                        )
    _beyond_the_week(t, random.Random(seed + 24), first_monday, last_monday)
    return {"format_version": 1, "application": "LeadJournal", "tables": t}


METRICS = (
    # name, unit, kind, target, better, first value, step, lowest, highest
    ("Tickets closed within SLA", "%", "outcome", 95.0, "higher", 88.0, 2.0, 70.0, 100.0),
    ("Code reviews done", "", "activity", 10.0, "higher", 8.0, 2.0, 0.0, 20.0),
    ("Reopened tickets", "", "outcome", 5.0, "lower", 6.0, 1.5, 0.0, 15.0),
)


def _beyond_the_week(
    t: dict[str, list[dict[str, Any]]],
    rng: random.Random,
    first_monday: dt.date,
    last_monday: dt.date,
) -> None:
    """Issue 24's records, from a random generator of their own (so everything above
    stays as it was): a goal or two each quarter that most weeks serve, some changed
    into a newer goal (a reference to a later row of the same table), three team
    metrics with a value every week, and a reflection every working day."""

    def text(words: int = 8) -> str:
        return _sentence(rng, words)

    weeks = t["week_plan"]
    goals = t.setdefault("goal", [])

    def add_goal(set_on: dt.date, status: str, closed_on: dt.date | None) -> dict[str, Any]:
        goal = {
            "id": len(goals) + 1,
            "title": text(5),
            "why": text(10),
            "measure": text(6),
            "horizon": "quarter",
            "target_date": None,
            "status": status,
            "set_on": set_on.isoformat(),
            "closed_on": closed_on.isoformat() if closed_on else None,
            "close_reason": text(6) if status in ("changed", "dropped") else "",
            "replaced_by_id": None,
            "created_at": f"{set_on.isoformat()}T09:30:00",
        }
        goals.append(goal)
        return goal

    for start in range(0, len(weeks), 13):  # a quarter: thirteen weeks
        quarter = weeks[start : start + 13]
        first = dt.date.fromisoformat(quarter[0]["week_start"])
        last_friday = dt.date.fromisoformat(quarter[-1]["week_start"]) + dt.timedelta(days=4)
        current = start + 13 >= len(weeks)
        status = "open" if current else rng.choice(["achieved"] * 6 + ["dropped", "changed"])
        middle = len(quarter) // 2
        main = add_goal(first, status, None if current else last_friday)
        serving = [main] * len(quarter)
        if status == "changed":  # reworded half-way: the newer goal carries on
            changed_on = first + dt.timedelta(weeks=middle)
            main["closed_on"] = changed_on.isoformat()
            newer = add_goal(changed_on, "achieved", last_friday)
            main["replaced_by_id"] = newer["id"]
            serving[middle:] = [newer] * (len(quarter) - middle)
        if rng.random() < 0.4:
            add_goal(first, "open" if current else "achieved", None if current else last_friday)
        for week, goal in zip(quarter, serving, strict=True):
            week["goal_id"] = goal["id"] if rng.random() < 0.85 else None

    metrics = t.setdefault("metric", [])
    values = t.setdefault("metric_value", [])
    for position, (name, unit, kind, target, better, value, step, low, high) in enumerate(METRICS):
        metric_id = len(metrics) + 1
        metrics.append(
            {
                "id": metric_id,
                "name": name,
                "unit": unit,
                "kind": kind,
                "target": target,
                "better": better,
                "active": True,
                "position": position,
                "created_at": f"{first_monday.isoformat()}T09:00:00",
            }
        )
        for week in weeks:
            value = min(high, max(low, value + rng.uniform(-step, step)))
            values.append(
                {
                    "id": len(values) + 1,
                    "metric_id": metric_id,
                    "week": week["week_start"],
                    "value": round(value, 1),
                    "note": text(6) if rng.random() < 0.1 else "",
                }
            )

    reflections = t.setdefault("reflection", [])
    day = first_monday
    while day <= last_monday + dt.timedelta(days=4):
        if day.weekday() < 5:
            reflections.append(
                {
                    "id": len(reflections) + 1,
                    "day": day.isoformat(),
                    "text": text(rng.randint(15, 60)),
                    "tags": ", ".join(sorted(set(rng.sample(WORDS, rng.randint(0, 2))))),
                    "created_at": f"{day.isoformat()}T17:30:00",
                    "updated_at": f"{day.isoformat()}T17:45:00",
                }
            )
        day += dt.timedelta(days=1)
