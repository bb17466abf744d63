"""The playbook's scenario templates, each one user action in one transaction, and the
cross-department rollouts they start, ticked off over the weeks.

A template writes ordinary, structured records into the week — priorities, set-aside
records, a decision in the log, a touchpoint, success criteria, the WIP limit — so the
rest of the app (Friday's review, the stakeholder update, search, the exports) sees them
as it sees anything the user wrote by hand.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass, field

from leadjournal import clock
from leadjournal.db.enums import DecisionKind, TouchpointAnswer
from leadjournal.db.models import Rollout, RolloutStepKind, WeekPlan
from leadjournal.db.repositories import Repositories
from leadjournal.errors import JournalError
from leadjournal.i18n import tr
from leadjournal.services import playbook_text as words
from leadjournal.services.practice_schedule import WEEKDAYS
from leadjournal.services.settings import JournalSettings
from leadjournal.services.weeks import MAX_PRIORITIES, WeekPlanner, week_start_of

DEFAULT_WIP_LIMIT = 2


class PlaybookError(JournalError):
    """A template was asked for something it cannot make (said in one plain sentence)."""


@dataclass(frozen=True)
class ScopeReset:
    keep_priority_ids: Sequence[int]  # this week's priorities that stay: the must-haves
    new_must_haves: Sequence[str] = ()  # must-haves not in the plan yet
    parked: Sequence[str] = ()  # requests and ideas that wait
    change_day: int = 2  # 0 = Monday … 4 = Friday: the day changes are decided


@dataclass(frozen=True)
class MoraleReset:
    wip_limit: int = DEFAULT_WIP_LIMIT
    standup_time: dt.time = dt.time(9, 15)
    targets: Sequence[str] = ()  # small weekly targets, as success criteria
    targets_under: int | None = None  # an existing priority; None: a new one


@dataclass(frozen=True)
class Department:
    name: str
    owner: str


@dataclass(frozen=True)
class StepView:
    id: int
    kind: str
    department: str
    owner: str
    what: str
    done_week: dt.date | None


@dataclass(frozen=True)
class RolloutProgress:
    """A rollout as one week (or a period) sees it."""

    id: int
    title: str
    purpose: str
    started_week: dt.date
    finished_week: dt.date | None
    steps: tuple[StepView, ...]
    done: int  # steps done by the end of the week or period
    heard: dict[dt.date, str] = field(default_factory=dict)  # feedback, by week
    done_in_range: tuple[StepView, ...] = ()

    @property
    def total(self) -> int:
        return len(self.steps)

    def week_number(self, week_start: dt.date) -> int:
        """1 in the week it started, 2 the week after…"""
        return (week_start - self.started_week).days // 7 + 1


def _progress(rollout: Rollout, first: dt.date, last: dt.date) -> RolloutProgress:
    steps = tuple(
        StepView(s.id, s.kind, s.department, s.owner, s.what, s.done_week) for s in rollout.steps
    )
    done = sum(1 for s in steps if s.done_week is not None and s.done_week <= last)
    return RolloutProgress(
        id=rollout.id,
        title=rollout.title,
        purpose=rollout.purpose,
        started_week=rollout.started_week,
        finished_week=rollout.finished_week,
        steps=steps,
        done=done,
        heard={f.week_start: f.heard for f in rollout.feedback if first <= f.week_start <= last},
        done_in_range=tuple(
            s for s in steps if s.done_week is not None and first <= s.done_week <= last
        ),
    )


def rollouts_between(repos: Repositories, first: dt.date, last: dt.date) -> list[RolloutProgress]:
    """Every rollout running at some time from ``first`` to ``last``, with the steps done
    and the feedback heard in that period (for the quarter in review). One statement
    per table, however long the period."""
    first_week, last_week = week_start_of(first), week_start_of(last)
    return [_progress(r, first_week, last_week) for r in repos.playbook.rollouts_in(first, last)]


def rollout_steps(departments: Sequence[Department]) -> list[tuple[str, str, str, str]]:
    """The checklist for ``departments``: an owner and training for each, a pilot in the
    first, measures, the weekly feedback loop, then going live in each."""
    steps: list[tuple[str, str, str, str]] = []
    for d in departments:
        what = tr(words.STEP_OWNER).format(owner=d.owner or "?", department=d.name)
        steps.append((RolloutStepKind.OWNER, d.name, d.owner, what))
    for d in departments:
        what = tr(words.STEP_TRAINING).format(department=d.name)
        steps.append((RolloutStepKind.TRAINING, d.name, d.owner, what))
    pilot = departments[0]
    steps.append(
        (
            RolloutStepKind.PILOT,
            pilot.name,
            pilot.owner,
            tr(words.STEP_PILOT).format(department=pilot.name),
        )
    )
    steps.append((RolloutStepKind.METRICS, "", "", tr(words.STEP_METRICS)))
    steps.append((RolloutStepKind.FEEDBACK, "", "", tr(words.STEP_FEEDBACK)))
    for d in departments:
        what = tr(words.STEP_LAUNCH).format(department=d.name)
        steps.append((RolloutStepKind.LAUNCH, d.name, d.owner, what))
    return steps


class PlaybookService:
    """The templates and the rollouts of one journal."""

    def __init__(self, repositories: Repositories) -> None:
        self.repos = repositories
        self.planner = WeekPlanner(repositories)

    def this_week(self) -> dt.date:
        return week_start_of(clock.today())

    def week(self, week_start: dt.date) -> WeekPlan | None:
        return self.planner.week(week_start)

    # --- the scope-churn reset -----------------------------------------------------------

    def apply_scope_reset(self, week_start: dt.date, reset: ScopeReset) -> WeekPlan:
        """Keep the must-haves, park the rest as set-aside records, and log the day
        changes are decided (a decision, and a touchpoint on that day). One transaction."""
        new = [title.strip() for title in reset.new_must_haves if title.strip()]
        parked = [title.strip() for title in reset.parked if title.strip()]
        if not 0 <= reset.change_day <= 6:
            raise PlaybookError(tr("Choose a day of the week for deciding on changes."))
        now = clock.now()
        why = tr(words.PARKED_WHY)
        with self.repos.unit_of_work():
            week = self.planner.start_week(week_start)
            kept = [p for p in week.priorities if p.id in set(reset.keep_priority_ids)]
            if len(kept) + len(new) > MAX_PRIORITIES:
                raise PlaybookError(tr("Keep at most three must-haves: park the others for now."))
            if not kept and not new:
                raise PlaybookError(tr("Name at least one must-have for this week."))
            for priority in list(week.priorities):
                if priority not in kept:
                    self.repos.playbook.park_priority(priority.id, why, now)
            for title in parked:
                self.repos.playbook.park_item(week.id, title, why, now)
            position = max((p.position for p in kept), default=-1)
            for offset, title in enumerate(new, start=1):
                self.repos.weeks.add_priority(week.id, title, position + offset)
            must_haves = [p.title for p in kept] + new
            day = tr(WEEKDAYS[reset.change_day])
            change_on = week_start + dt.timedelta(days=reset.change_day)
            self.planner.alignment.log_decision(
                week.id,
                clock.today(),
                tr(words.CHANGE_RULE).format(day=day),
                tr(words.CHANGE_RULE_REASON).format(must_haves="; ".join(must_haves)),
                "",
                DecisionKind.DIRECTION,
            )
            self.planner.alignment.add_touchpoint(
                week.id,
                tr(words.CHANGE_DAY_WITH),
                change_on,
                tr(words.CHANGE_DAY_EXPECTATION),
                TouchpointAnswer.NOT_YET,
            )
        return self._week(week_start)

    # --- the morale reset ----------------------------------------------------------------

    def apply_morale_reset(self, week_start: dt.date, reset: MoraleReset) -> WeekPlan:
        """Turn the WIP limit on, set up the daily stand-up, and write the weekly targets
        as success criteria. One transaction."""
        targets = [t.strip() for t in reset.targets if t.strip()]
        if not 1 <= reset.wip_limit <= 20:
            raise PlaybookError(tr("Choose a work-in-progress limit from 1 to 20."))
        with self.repos.unit_of_work():
            week = self.planner.start_week(week_start)
            JournalSettings.of(self.repos).wip_limit = reset.wip_limit
            self.planner.alignment.add_touchpoint(
                week.id,
                tr(words.STANDUP_WITH),
                max(week_start, min(clock.today(), week_start + dt.timedelta(days=4))),
                tr(words.STANDUP_EXPECTATION).format(time=reset.standup_time.strftime("%H:%M")),
                TouchpointAnswer.NOT_YET,
            )
            if targets:
                under = next((p for p in week.priorities if p.id == reset.targets_under), None)
                if under is None:
                    if len(week.priorities) >= MAX_PRIORITIES:
                        raise PlaybookError(
                            tr("The week has three priorities: put the targets under one.")
                        )
                    position = max((p.position for p in week.priorities), default=-1) + 1
                    priority_id = self.repos.weeks.add_priority(
                        week.id, tr(words.TARGETS_PRIORITY), position
                    )
                    start = 0
                else:
                    priority_id = under.id
                    start = max((c.position for c in under.criteria), default=-1) + 1
                for offset, target in enumerate(targets):
                    self.repos.weeks.add_criterion(priority_id, target, start + offset)
        return self._week(week_start)

    def _week(self, week_start: dt.date) -> WeekPlan:
        week = self.planner.week(week_start)
        assert week is not None
        return week

    # --- rollouts ------------------------------------------------------------------------

    def start_rollout(
        self, week_start: dt.date, title: str, purpose: str, departments: Sequence[Department]
    ) -> int:
        """A rollout from ``week_start`` with its checklist; the week is planned if it
        was not. One transaction; returns the rollout's id."""
        title = title.strip()
        departments = [
            Department(d.name.strip(), d.owner.strip()) for d in departments if d.name.strip()
        ]
        if not title:
            raise PlaybookError(tr("Give the rollout a name: what is changing?"))
        if not departments:
            raise PlaybookError(tr("Add at least one department the change reaches."))
        with self.repos.unit_of_work():
            self.planner.start_week(week_start)
            return self.repos.playbook.add_rollout(
                title, purpose.strip(), week_start, clock.now(), rollout_steps(departments)
            )

    def rollouts_for_week(self, week_start: dt.date) -> list[RolloutProgress]:
        """The rollouts shown in a week: started by then and not finished before it."""
        rollouts = self.repos.playbook.rollouts_in(week_start, week_start)
        return [_progress(r, week_start, week_start) for r in rollouts]

    def all_rollouts(self) -> list[RolloutProgress]:
        far = dt.date.max - dt.timedelta(days=7)
        return [_progress(r, dt.date.min, far) for r in self.repos.playbook.all_rollouts()]

    def tick_step(self, step_id: int, week_start: dt.date, done: bool) -> RolloutProgress:
        """Tick a step off in ``week_start`` (or untick it). The rollout finishes in the
        week its last step is done, and opens again when a step is unticked."""
        with self.repos.unit_of_work():
            rollout_id = self.repos.playbook.set_step_done(step_id, week_start if done else None)
            rollout = self.repos.playbook.rollout(rollout_id)
            assert rollout is not None
            weeks = [s.done_week for s in rollout.steps]
            finished = max(w for w in weeks if w is not None) if None not in weeks else None
            if finished != rollout.finished_week:
                self.repos.playbook.set_finished(rollout_id, finished)
        found = self.repos.playbook.rollout(rollout_id)
        assert found is not None
        return _progress(found, week_start, week_start)

    def save_feedback(self, rollout_id: int, week_start: dt.date, heard: str) -> None:
        self.repos.playbook.save_feedback(rollout_id, week_start, heard)

    def delete_rollout(self, rollout_id: int) -> None:
        self.repos.playbook.delete_rollout(rollout_id)


def rollout_markdown(rollouts: Sequence[RolloutProgress], week_start: dt.date, level: int) -> str:
    """The week's rollouts for the week's Markdown (English, like every export):
    progress, the checklist as it stood that week, and the week's feedback."""
    if not rollouts:
        return ""
    h = "#" * level
    lines = [f"{h} Rollouts", ""]
    for rollout in rollouts:
        week = rollout.week_number(week_start)
        lines += [f"**{rollout.title}** — week {week}, {rollout.done} of {rollout.total} done", ""]
        for step in rollout.steps:
            done = step.done_week is not None and step.done_week <= week_start
            lines.append(f"- [{'x' if done else ' '}] {step.what}")
        heard = rollout.heard.get(week_start, "").strip()
        lines += ["", f"Heard this week: {heard}", ""] if heard else [""]
    return "\n".join(lines)


def rollouts_journal_markdown(rollouts: Sequence[RolloutProgress], level: int) -> str:
    """Every rollout for the whole journal's Markdown: each step with the week it was
    done, and the feedback heard week by week."""
    if not rollouts:
        return ""
    h = "#" * level
    lines = [f"{h} Rollouts", ""]
    for rollout in rollouts:
        ended = f", finished week of {rollout.finished_week}" if rollout.finished_week else ""
        lines += [f"{h}# {rollout.title}", "", f"Started week of {rollout.started_week}{ended}."]
        if rollout.purpose:
            lines += ["", rollout.purpose]
        lines.append("")
        for step in rollout.steps:
            when = f" (week of {step.done_week})" if step.done_week else ""
            lines.append(f"- [{'x' if step.done_week else ' '}] {step.what}{when}")
        lines.append("")
        for week_start, heard in sorted(rollout.heard.items()):
            lines.append(f"- Heard in the week of {week_start}: {heard}")
        if rollout.heard:
            lines.append("")
    return "\n".join(lines)
