"""Export files of an older format, brought up to the current one before they are checked.

A version-1 file (before the week's structure, issue 22) is read as if it had been
written today: each area moves its own free text into its new records here, the way
migration 0010 does for a journal, so an old file and an old journal end up alike.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

FORMAT_VERSION = 3
# Version 3 (issue 24) only added tables: a version-2 file reads as it is.
READABLE_VERSIONS = (1, 2, 3)

Tables = dict[str, list[dict[str, Any]]]


# --- Tuesday: blockers and next actions -------------------------------------------


def _tuesday_from_1(tables: Tables) -> None:
    """A check-in's "blocked" sentence becomes a blocker record (need unknown; only each
    person's latest stays open), and "by when" words become a date where they read as
    one (the words kept when they said more): as migration 0010 does."""
    # Imported here: these services load the storage layer, which a current file's
    # import on the command line does without.
    from leadjournal.services.blockers import due_from_words

    checkins = tables.get("checkin")
    weeks = tables.get("week_plan")
    if not isinstance(checkins, list) or not isinstance(weeks, list):
        return
    starts: dict[Any, dt.date] = {}
    for week in weeks:
        try:
            starts[week["id"]] = dt.date.fromisoformat(week["week_start"])
        except (TypeError, KeyError, ValueError):
            continue
    rows = [c for c in checkins if isinstance(c, dict) and starts.get(c.get("week_id")) is not None]
    rows.sort(key=lambda c: (starts[c["week_id"]], str(c.get("id"))))
    weeks_of: dict[Any, list[dt.date]] = {}
    for row in rows:
        weeks_of.setdefault(row.get("person_id"), []).append(starts[row["week_id"]])
    blockers = tables.setdefault("blocker", [])
    if not isinstance(blockers, list):
        return
    for row in rows:
        monday = starts[row["week_id"]]
        blocked, when = row.get("blocked"), row.get("next_action_when")
        if isinstance(blocked, str) and blocked.strip():
            later = [w for w in weeks_of[row.get("person_id")] if w > monday]
            resolved = min(later) + dt.timedelta(days=1) if later else None
            blockers.append(
                {
                    "id": len(blockers) + 1,
                    "week_id": row["week_id"],
                    "person_id": row.get("person_id"),
                    "task_id": None,
                    "what": blocked.strip(),
                    "need": "",
                    "unblocker": "",
                    "unblocker_person_id": None,
                    "raised_on": (monday + dt.timedelta(days=1)).isoformat(),
                    "resolved_on": resolved.isoformat() if resolved else None,
                    "position": 0,
                }
            )
            row["blocked"] = ""
        due, said_only_that = (
            due_from_words(when, monday) if isinstance(when, str) else (None, False)
        )
        row.setdefault("next_action_due", due.isoformat() if due else None)
        row.setdefault("next_action_happened", None)
        if said_only_that:
            row["next_action_when"] = ""


# --- Wednesday: improvements and checklists ---------------------------------------


def _wednesday_from_1(tables: Tables) -> None:
    """Each week's one improvement becomes an improvement record (the week's id as its
    id, as migration 0010 numbers them), and the week's old columns are emptied."""
    from leadjournal.services.improvements import kind_named_in

    weeks = tables.get("week_plan")
    if not isinstance(weeks, list):
        return
    improvements = tables.setdefault("improvement", [])
    if not isinstance(improvements, list):
        return
    for week in weeks:
        if not isinstance(week, dict):
            continue
        what, why = week.get("improvement_what", ""), week.get("improvement_why", "")
        status = week.get("improvement_status", "idea")
        if not (isinstance(what, str) and isinstance(why, str) and isinstance(status, str)):
            continue
        if not (what.strip() or why.strip()):
            continue
        known = status if status in ("idea", "trying", "done", "dropped") else "idea"
        improvements.append(
            {
                "id": week.get("id"),
                "kind": str(kind_named_in(what)),
                "title": what,
                "why": why,
                "content": "",
                "status": known,
                "started_week": week.get("week_start"),
                "closed_week": week.get("week_start") if known in ("done", "dropped") else None,
                "position": 0,
                "created_at": week.get("created_at"),
            }
        )
        week.update(improvement_what="", improvement_why="", improvement_status="idea")


# --- Thursday: alignment, decisions needed, the decision log -----------------------


def _thursday_from_1(tables: Tables) -> None:
    """Names in a decision's "consulted" that are people in the file (a full name, or a
    first name only one of them has) become links to them; other names stay as the text
    (as migration 0010 does)."""
    from leadjournal.services.alignment import name_lookup, split_names

    people = tables.get("person")
    decisions = tables.get("decision")
    if not isinstance(people, list) or not isinstance(decisions, list):
        return
    by_name = name_lookup(
        (row["id"], row["name"])
        for row in people
        if isinstance(row, dict) and isinstance(row.get("name"), str) and "id" in row
    )
    links: list[dict[str, Any]] = []
    for index, row in enumerate(decisions):
        if not isinstance(row, dict) or not isinstance(row.get("consulted"), str):
            continue
        names = split_names(row["consulted"])
        linked = [by_name[name.lower()] for name in names if name.lower() in by_name]
        if not linked or "id" not in row:
            continue
        links += [
            {"decision_id": row["id"], "person_id": person_id}
            for person_id in dict.fromkeys(linked)
        ]
        rest = ", ".join(name for name in names if name.lower() not in by_name)
        decisions[index] = {**row, "consulted": rest}
    if links:
        existing = tables.get("decision_consulted")
        tables["decision_consulted"] = (
            list(existing) if isinstance(existing, list) else []
        ) + links


# --- Change control through the week ----------------------------------------------


def _change_control_from_1(tables: Tables) -> None:
    """The buffer sentence gives its hours as a number where it names them (the words
    kept unless they were only the amount), as migration 0010 does."""
    from leadjournal.services.week_changes import buffer_hours_in

    weeks = tables.get("week_plan")
    if not isinstance(weeks, list):
        return
    for week in weeks:
        if not isinstance(week, dict) or "buffer_hours" in week:
            continue
        note = week.get("buffer_note")
        hours, only_hours = buffer_hours_in(note) if isinstance(note, str) else (None, False)
        week["buffer_hours"] = hours
        if hours is not None and only_hours:
            week["buffer_note"] = ""


def upgraded(version: int, tables: Tables) -> Tables:
    """``tables`` of a file in format ``version``, as the current format has them.

    Only well-formed rows are touched (a row that is not an object, or a value of the
    wrong type, is left for the checks that follow to refuse with a plain message).
    """
    if version == 1:
        tables = {
            name: list(rows) if isinstance(rows, list) else rows for name, rows in tables.items()
        }
        _tuesday_from_1(tables)
        _wednesday_from_1(tables)
        _thursday_from_1(tables)
        _change_control_from_1(tables)
    return tables
