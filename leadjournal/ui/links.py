"""``leadjournal:`` links: a place in the app (tab, week and step, person and section).

``leadjournal:weekly-plan?week=2026-11-23&step=6``,
``leadjournal:coaching?person=3&section=plans``, ``leadjournal:lessons?lesson=4``,
``leadjournal:lessons?reflection=2026-11-30`` (a day's reflection),
``leadjournal:playbook?difference=energy`` (the playbook's reference), …
The Today panel, the Help page, search results and reminders all open places this way.
"""

from __future__ import annotations

import datetime as dt
from typing import Protocol
from urllib.parse import parse_qsl

from PySide6.QtWidgets import QTabWidget, QWidget

from leadjournal.services.weekly_loop import Step
from leadjournal.ui.tab_builder import Tab


class WeekPlace(Protocol):
    def go_to_week(self, week_start: dt.date) -> None: ...
    def show_step(self, index: int) -> None: ...


class CoachingPlace(Protocol):
    def select_person(self, person_id: int) -> None: ...
    def show_section(self, section: QWidget) -> None: ...
    @property
    def timeline(self) -> QWidget: ...
    @property
    def one_on_ones(self) -> QWidget: ...
    @property
    def coaching(self) -> QWidget: ...
    @property
    def plans(self) -> QWidget: ...
    @property
    def recognition(self) -> QWidget: ...
    @property
    def delegations(self) -> QWidget: ...


class LessonPlace(Protocol):
    def open_lesson(self, lesson_id: int) -> None: ...
    def open_reflection(self, day: dt.date) -> None: ...


class LinkHost(Protocol):
    """What following a link needs from the window: its tabs, built on first use."""

    @property
    def tabs(self) -> QTabWidget: ...
    @property
    def journal_is_open(self) -> bool: ...
    @property
    def weekly_plan(self) -> WeekPlace: ...
    @property
    def coaching_log(self) -> CoachingPlace: ...
    @property
    def lessons(self) -> LessonPlace: ...
    def show_playbook(self, difference: str) -> None: ...


# Places that are only a tab.
SIMPLE_PLACES = {
    "lessons": Tab.LESSONS,
    "feedback": Tab.FEEDBACK,
    "practice": Tab.PRACTICE,
    "insights": Tab.INSIGHTS,
}
STEP_NUMBERS = frozenset(int(step) for step in Step)


def open_link(host: LinkHost, link: str) -> bool:
    """Open the place ``link`` names; False for a link that names nothing the app knows."""
    scheme, _, rest = link.partition(":")
    place, _, query = rest.partition("?")
    if scheme != "leadjournal" or not host.journal_is_open:
        return False
    params = dict(parse_qsl(query))
    if place == "weekly-plan":
        return _open_week(host, params)
    if place == "coaching":
        log = host.coaching_log
        host.tabs.setCurrentIndex(Tab.COACHING_LOG)
        if params.get("person", "").isdigit():
            log.select_person(int(params["person"]))
        sections = {
            "timeline": log.timeline,
            "one_on_ones": log.one_on_ones,
            "coaching": log.coaching,
            "plans": log.plans,
            "recognition": log.recognition,
            "delegations": log.delegations,
        }
        if params.get("section") in sections:
            log.show_section(sections[params["section"]])
        return True
    if place == "playbook":  # Help → The Playbook, at one of the ten differences
        host.show_playbook(params.get("difference", ""))
        return True
    if place in SIMPLE_PLACES:
        host.tabs.setCurrentIndex(SIMPLE_PLACES[place])
        if place == "lessons" and params.get("lesson", "").isdigit():
            host.lessons.open_lesson(int(params["lesson"]))
        if place == "lessons" and "reflection" in params:  # a day's reflection
            try:
                day = dt.date.fromisoformat(params["reflection"])
            except ValueError:
                return False
            host.lessons.open_reflection(day)
        return True
    return False


def _open_week(host: LinkHost, params: dict[str, str]) -> bool:
    weekly = host.weekly_plan
    host.tabs.setCurrentIndex(Tab.WEEKLY_PLAN)
    if "week" in params:
        try:
            weekly.go_to_week(dt.date.fromisoformat(params["week"]))
        except ValueError:
            return False
    step = params.get("step", "")
    if step.isdigit() and int(step) in STEP_NUMBERS:
        weekly.show_step(Step(int(step)))
    return True


def open_lesson(host: LinkHost, lesson_id: int) -> None:
    lessons = host.lessons
    host.tabs.setCurrentIndex(Tab.LESSONS)
    lessons.open_lesson(lesson_id)


def open_coaching(host: LinkHost, person_id: int | None) -> None:
    """Show the Coaching Log's coaching section (for a person, when one is given)."""
    log = host.coaching_log
    host.tabs.setCurrentIndex(Tab.COACHING_LOG)
    if person_id is not None:
        log.select_person(person_id)
    log.show_section(log.coaching)
