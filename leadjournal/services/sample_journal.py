"""The sample journal behind ``--demo``: a small support team over the last seven weeks.

The content lives in ``resources/sample/sample_journal.json``; this module places it on
the calendar relative to today so the sample always looks current. The same input and
the same ``today`` always give the same journal.
"""

from __future__ import annotations

import datetime as dt
import json
from typing import Any

from leadjournal import clock
from leadjournal.db.enums import (
    ActionStatus,
    AgendaSource,
    BehaviourKind,
    FeedbackActionStatus,
    FeedbackSource,
    PracticeCycleStatus,
    TaskStatus,
    TickState,
)
from leadjournal.db.models import GoalStatus
from leadjournal.db.repositories import Repositories
from leadjournal.paths import resources_dir
from leadjournal.services.blockers import due_from_words
from leadjournal.services.feedback import FeedbackService
from leadjournal.services.goals import horizon_end
from leadjournal.services.improvements import kind_named_in
from leadjournal.services.metrics import write_sample_metrics
from leadjournal.services.practice import SIGNALS, load_catalogue
from leadjournal.services.settings import JournalSettings
from leadjournal.services.weeks import WeekPlanner, week_start_of


def load_sample() -> dict[str, Any]:
    with (resources_dir() / "sample" / "sample_journal.json").open(encoding="utf-8") as file:
        data: dict[str, Any] = json.load(file)
    return data


def write_sample_journal(repos: Repositories, today: dt.date | None = None) -> None:
    """Fill an empty journal with the sample team and their weeks."""
    today = today or clock.today()
    data = load_sample()
    this_monday = week_start_of(today)
    JournalSettings.of(repos).user_name = data["me"]
    person_ids: dict[str, int] = {}
    for person in data["people"]:
        started = this_monday - dt.timedelta(weeks=person["started_weeks_ago"])
        person_ids[person["name"]] = repos.people.add(
            person["name"], person["role"], started, person["notes"]
        ).id
    planner = WeekPlanner(repos)
    for week_data in sorted(data["weeks"], key=lambda w: w["offset"]):
        week_start = this_monday + dt.timedelta(weeks=week_data["offset"])
        _write_week(repos, planner, week_data, week_start, today, person_ids)
    _write_coaching_log(repos, data["coaching_log"], this_monday, person_ids)
    _write_lessons(repos, data["lessons"]["entries"], this_monday, person_ids)
    _write_feedback(repos, data["feedback"], this_monday, person_ids)
    _write_practice(repos, data["practice"], this_monday, today)
    _write_goals(repos, data["goals"]["entries"], this_monday)  # goals above the week
    write_sample_metrics(repos, this_monday, today)  # the team's own numbers


def _write_goals(repos: Repositories, entries: list[dict[str, Any]], this_monday: dt.date) -> None:
    """The sample's goals, set weeks ago, and the weeks whose outcome moved them."""
    for entry in entries:
        set_on = this_monday - dt.timedelta(weeks=entry["set_weeks_ago"])
        target = entry.get("target_day")
        chosen = this_monday + dt.timedelta(days=target) if target is not None else None
        closed = entry.get("closed") or {}
        goal = repos.goals.add(
            set_on,
            title=entry["title"],
            why=entry["why"],
            measure=entry["measure"],
            horizon=entry["horizon"],
            target_date=horizon_end(entry["horizon"], set_on, chosen),
            status=closed.get("status", GoalStatus.OPEN),
            closed_on=this_monday + dt.timedelta(days=closed["day"]) if closed else None,
            close_reason=closed.get("reason", ""),
        )
        for offset in entry["weeks"]:
            week = repos.weeks.get(this_monday + dt.timedelta(weeks=offset))
            if week is not None:
                repos.goals.link_week(week.id, goal.id)


def _owner_fields(owner: str, person_ids: dict[str, int]) -> dict[str, Any]:
    if owner == "Me":
        return {"owned_by_me": True, "owner_person_id": None}
    return {"owned_by_me": False, "owner_person_id": person_ids[owner]}


def _status_for(task: dict[str, Any], week_start: dt.date, today: dt.date) -> TaskStatus:
    if "done" in task:
        return TaskStatus.DONE if task["done"] else TaskStatus.IN_PROGRESS
    # The current week: what was due before today is done, today's work is under way.
    due = week_start + dt.timedelta(days=task["due"])
    if task.get("carried") or due == today:
        return TaskStatus.IN_PROGRESS
    return TaskStatus.DONE if due < today else TaskStatus.NOT_STARTED


def _write_week(
    repos: Repositories,
    planner: WeekPlanner,
    data: dict[str, Any],
    week_start: dt.date,
    today: dt.date,
    person_ids: dict[str, int],
) -> None:
    weeks = repos.weeks
    week = planner.start_week(week_start)  # picks up carried-over tasks from last week
    carried = {t.title: t.id for t in week.tasks if t.carried_from_id is not None}
    weeks.update(
        week.id,
        outcome=data["outcome"],
        why=data["why"],
        why_category=data["why_category"],
        capacity_hours=data["capacity_hours"],
        buffer_note=data["buffer_note"],
        confirmed_at=dt.datetime.combine(week_start, dt.time(9, 30)),
        stakeholder_update=data["stakeholder_update"],
    )
    what, improvement_why, improvement_status = data["improvement"]
    improvement_id = planner.improvements.add(
        week_start, kind_named_in(what), what, improvement_why
    )
    planner.improvements.set_status(improvement_id, improvement_status, week_start)
    task_ids: dict[str, int] = {}
    for position, priority in enumerate(data["priorities"]):
        priority_id = weeks.add_priority(week.id, priority["title"], position)
        for index, (text, met) in enumerate(priority["criteria"]):
            criterion_id = weeks.add_criterion(priority_id, text, index)
            if met:
                weeks.update_criterion(criterion_id, met=True)
        for task in priority["tasks"]:
            fields: dict[str, Any] = {
                "priority_id": priority_id,
                "effort_hours": task.get("hours"),
                "effort_size": task.get("size", ""),
                "due_day": task["due"],
                "status": _status_for(task, week_start, today),
                **_owner_fields(task["owner"], person_ids),
            }
            if task.get("carried") and task["title"] in carried:
                task_id = carried[task["title"]]
                weeks.update_task(task_id, **fields)
            else:
                task_id = weeks.add_task(week.id, title=task["title"], planned=True, **fields)
            task_ids[task["title"]] = task_id
    loaded = weeks.get(week_start)
    assert loaded is not None
    for priority in data["priorities"]:
        for task in priority["tasks"]:
            if task.get("after"):
                planner.set_dependencies(
                    loaded, task_ids[task["title"]], [task_ids[t] for t in task["after"]]
                )
            if task.get("slip"):
                reason, decision, *kind = task["slip"]  # the reason's kind, when given
                planner.decide_slipped_task(loaded, task_ids[task["title"]], decision, reason)
                if kind:
                    planner.changes.set_slip_category(task_ids[task["title"]], kind[0])
    weeks.add_block(week.id, day=1, start_minute=9 * 60, end_minute=11 * 60)
    weeks.add_block(week.id, day=3, start_minute=13 * 60 + 30, end_minute=15 * 60 + 30)
    for name, (completed, next_up, blocked, action, when) in data["checkins"].items():
        weeks.save_checkin(
            week.id,
            person_ids[name],
            completed=completed,
            next_up=next_up,
            next_action=action,
            next_action_due=due_from_words(when, week_start)[0],
        )
        if blocked:  # a blocker is a record of its own (Tuesday's follow-up)
            repos.blockers.add(
                week.id,
                person_id=person_ids[name],
                what=blocked,
                raised_on=week_start + dt.timedelta(days=1),
                # Earlier weeks' were sorted out the Tuesday after; last week's and this
                # week's are still open (and look alike: a recurring one to show).
                resolved_on=None
                if week_start >= week_start_of(today) - dt.timedelta(weeks=1)
                else week_start + dt.timedelta(days=8),
            )
    for decision in data["decisions"]:
        weeks.add_decision(
            week.id,
            decided_on=week_start + dt.timedelta(days=decision["day"]),
            decision=decision["decision"],
            reason=decision["reason"],
            consulted=decision["consulted"],
        )
    review = data["review"]
    friday = week_start + dt.timedelta(days=4)
    pulse_text, pulse_score = review["pulse"]
    weeks.update(
        week.id,
        next_week_focus=review["next_focus"],
        pulse_text=pulse_text,
        pulse_score=pulse_score,
        review_done=review["lesson"] is not None,
    )
    if review["lesson"]:
        weeks.save_review_lesson(week.id, friday, **review["lesson"])
    if review["recognition"]:
        recognition = review["recognition"]
        weeks.save_review_recognition(
            week.id,
            person_ids[recognition["person"]],
            friday,
            recognition["what"],
            recognition["impact"],
        )


def _write_coaching_log(
    repos: Repositories, data: dict[str, Any], this_monday: dt.date, person_ids: dict[str, int]
) -> None:
    coaching = repos.coaching

    def day(offset: int | None) -> dt.date | None:
        return None if offset is None else this_monday + dt.timedelta(days=offset)

    def past_day(offset: int) -> dt.date:
        return this_monday + dt.timedelta(days=offset)

    for meeting in data["one_on_ones"]:
        hour, minute = (int(part) for part in meeting["time"].split(":"))
        when = dt.datetime.combine(past_day(meeting["day"]), dt.time(hour, minute))
        meeting_id = coaching.add(
            "one_on_one",
            person_id=person_ids[meeting["person"]],
            scheduled_at=when,
            notes=meeting["notes"],
        )
        coaching.set_agenda(meeting_id, [(line, AgendaSource.OWN) for line in meeting["agenda"]])
        for position, action in enumerate(meeting["actions"]):
            closed = action["status"] != ActionStatus.OPEN
            coaching.add(
                "action_item",
                one_on_one_id=meeting_id,
                position=position,
                text=action["text"],
                owner=action["owner"],
                due_on=day(action["due"]),
                status=action["status"],
                closed_on=day(action["due"]) if closed else None,
            )
    for talk in data["coaching"]:
        coaching.add(
            "coaching",
            person_id=person_ids[talk["person"]],
            held_on=past_day(talk["day"]),
            skill=talk["skill"],
            situation=talk["situation"],
            impact=talk["impact"],
            great_looks_like=talk["great"],
            next_step=talk["next_step"],
            follow_up_on=day(talk["follow_up"]),
            practice_outcome=talk["outcome"],
            practice_note=talk["outcome_note"],
        )
    for plan in data["plans"]:
        plan_id = coaching.add(
            "plan",
            person_id=person_ids[plan["person"]],
            started_on=past_day(plan["day"]),
            behaviour=plan["behaviour"],
            expected=plan["expected"],
            support=plan["support"],
            cadence_days=plan["cadence"],
            length_weeks=plan["weeks"],
            success_measure=plan["measure"],
        )
        for checkin in plan["checkins"]:
            coaching.add(
                "plan_checkin",
                plan_id=plan_id,
                checked_on=past_day(checkin["day"]),
                progress=checkin["progress"],
                note=checkin["note"],
            )
    for recognition in data["recognition"]:
        coaching.add(
            "recognition",
            person_id=person_ids[recognition["person"]],
            given_on=past_day(recognition["day"]),
            what_they_did=recognition["what"],
            impact=recognition["impact"],
        )
    for delegation in data["delegations"]:
        coaching.add(
            "delegation",
            person_id=person_ids[delegation["person"]],
            delegated_on=past_day(delegation["day"]),
            outcome=delegation["outcome"],
            constraints=delegation["constraints"],
            decision_rights=delegation["rights"],
            checkpoints=delegation["checkpoints"],
            risk=delegation["risk"],
            reasoning=delegation["reasoning"],
        )


def _write_lessons(
    repos: Repositories,
    entries: list[dict[str, Any]],
    this_monday: dt.date,
    person_ids: dict[str, int],
) -> None:
    for entry in entries:
        person = entry.get("person")
        repos.lessons.add(
            this_monday + dt.timedelta(days=entry["day"]),
            title=entry["title"],
            what_happened=entry["happened"],
            what_i_learned=entry["learned"],
            do_differently=entry["differently"],
            tags=entry["tags"],
            person_id=person_ids[person] if person else None,
        )


def _write_feedback(
    repos: Repositories, data: dict[str, Any], this_monday: dt.date, person_ids: dict[str, int]
) -> None:
    def day(offset: int) -> dt.date:
        return this_monday + dt.timedelta(days=offset)

    feedback = repos.feedback
    for round_ in data["rounds"]:
        request = round_["request"]
        request_id = feedback.add_request(
            day(request["day"]),
            request["question"],
            channel=request["channel"],
            asked_whom=request["note"],
            asked_team=request["team"],
            person_ids=[person_ids[name] for name in request["people"]],
        )
        for response in round_["responses"]:
            person = response.get("person")
            feedback.add_response(
                request_id=request_id,
                received_on=day(response["day"]),
                source=response["source"],
                person_id=person_ids[person] if person else None,
                items=[(kind, text, themes) for kind, text, themes in response["items"]],
            )
        if request["closed"]:
            feedback.update_request(request_id, closed=True)
    for action in data["actions"]:
        action_id = feedback.start_action(
            action["theme"],
            action["action"],
            day(action["started"]),
            day(action["due"]),
            day(action["check"]),
        )
        if action["status"] == FeedbackActionStatus.CLOSED:
            FeedbackService(repos).close_action(
                action_id,
                day(action["closed"]),
                action["what_changed"],
                lesson_title=action.get("lesson"),
            )


def _write_practice(
    repos: Repositories, data: dict[str, Any], this_monday: dt.date, today: dt.date
) -> None:
    titles = {b.key: b.title for b in load_catalogue()}
    practice = repos.practice
    for custom in data["custom"]:
        practice.add_custom(
            custom["kind"], custom["title"], custom["description"], custom["done_today"]
        )
    for cycle in data["cycles"]:
        start = this_monday + dt.timedelta(days=cycle["start"])
        cycle_id = practice.start_cycle(
            start,
            (cycle["lead"], titles[cycle["lead"]]),
            (cycle["manage"], titles[cycle["manage"]]),
            working_days_only=cycle["working_days_only"],
        )
        for behaviour in (BehaviourKind.LEAD, BehaviourKind.MANAGE):
            for offset, mark in enumerate(cycle[f"{behaviour}_ticks"]):
                day = start + dt.timedelta(days=offset)
                if not mark or day >= today:  # today and later are the user's to tick
                    continue
                state, _, reason = mark.partition(":")
                note = cycle.get("notes", {}).get(f"{behaviour}:{offset}", reason)
                tick = TickState.DONE if state == TickState.DONE else TickState.SKIPPED
                practice.set_tick(cycle_id, behaviour, day, tick, note)
        if cycle["status"] == PracticeCycleStatus.ACTIVE:
            continue
        reflection = cycle["reflection"]
        fields: dict[str, Any] = {
            "what_worked": reflection["worked"],
            "what_did_not": reflection["did_not"],
            "what_i_will_change": reflection["change"],
            "keep_practising": reflection["keep"],
        }
        end = start + dt.timedelta(days=13)
        if cycle.get("self_feedback"):
            fields["self_feedback_id"] = repos.feedback.add_response(
                received_on=end,
                source=FeedbackSource.SELF,
                person_id=None,
                items=[(kind, text, themes) for kind, text, themes in cycle["self_feedback"]],
            )
        practice.update_reflection(cycle_id, **fields)
        practice.finish_cycle(cycle_id, end)
    for check in data["checks"]:
        flags = {name: name in check["signals"] for name, _label in SIGNALS}
        practice.save_check(
            this_monday + dt.timedelta(weeks=check["week"]), note=check["note"], **flags
        )
