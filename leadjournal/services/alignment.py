"""Thursday's alignment outside the team: touchpoints, decisions needed, the decision log
(kinds, the people consulted, edit and delete with undo) and the stakeholder update's
recipients and "sent on" mark.

The Thursday page asks this service; it asks the repositories.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from leadjournal.db.enums import DecisionKind, TouchpointAnswer
from leadjournal.db.models import Decision, Person, WeekPlan
from leadjournal.i18n import QT_TRANSLATE_NOOP
from leadjournal.text import day_month, weekday_short

if TYPE_CHECKING:
    from leadjournal.db.repositories import Repositories

# Marked for the catalogue; the screens translate them where shown.
TOUCHPOINT_ANSWERS: dict[str, str] = {
    TouchpointAnswer.YES: QT_TRANSLATE_NOOP("", "Yes"),
    TouchpointAnswer.NOT_YET: QT_TRANSLATE_NOOP("", "Not yet"),
    TouchpointAnswer.CHANGED: QT_TRANSLATE_NOOP("", "Changed"),
}
DECISION_KINDS: dict[str, str] = {
    DecisionKind.OPERATIONAL: QT_TRANSLATE_NOOP("", "Operational"),
    DecisionKind.DIRECTION: QT_TRANSLATE_NOOP("", "Direction"),
}
# How the stakeholder update (English, like the rest of the draft) says each answer.
_ANSWER_IN_UPDATE: dict[str, str] = {
    TouchpointAnswer.YES: "confirmed",
    TouchpointAnswer.NOT_YET: "not confirmed yet",
    TouchpointAnswer.CHANGED: "changed",
}


def short_date(day: dt.date) -> str:
    """ "Thu 3 Dec": a day of this week or the next, where the year is plain."""
    return f"{weekday_short(day)} {day_month(day)}"


_SEPARATORS = (",", ";", "\n", " and ", " & ")


def split_names(text: str) -> list[str]:
    """The names in a "who was consulted" line ("Amara, Jonas and a client"), trimmed,
    without repeats."""
    names = [text]
    for separator in _SEPARATORS:
        names = [part for name in names for part in name.split(separator)]
    found: list[str] = []
    for raw in names:
        name = " ".join(raw.split())
        if name and name.lower() not in {n.lower() for n in found}:
            found.append(name)
    return found


def name_lookup(people: Iterable[tuple[int, str]]) -> dict[str, int]:
    """Person ids by lower-case name: full names, and first names that only one
    person has ("Priya" for Priya Natarajan)."""
    people = list(people)
    by_name = {name.strip().lower(): person_id for person_id, name in people}
    firsts: dict[str, list[int]] = {}
    for person_id, name in people:
        first = name.split()[0].lower() if name.split() else ""
        firsts.setdefault(first, []).append(person_id)
    for first, ids in firsts.items():
        if first and len(ids) == 1 and first not in by_name:
            by_name[first] = ids[0]
    return by_name


def sort_out_consulted(text: str, team: Sequence[Person]) -> tuple[list[int], str]:
    """The people of the team named in ``text`` (their ids: a full name, or a first
    name only one of them has) and the other names, kept as free text."""
    by_name = name_lookup((person.id, person.name) for person in team)
    linked: list[int] = []
    others: list[str] = []
    for name in split_names(text):
        person_id = by_name.get(name.lower())
        if person_id is None:
            others.append(name)
        elif person_id not in linked:
            linked.append(person_id)
    return linked, ", ".join(others)


def consulted_names(decision: Decision, people: Mapping[int, str]) -> list[str]:
    """Everyone consulted on a logged decision: the people of the team, then the free
    names (``consulted_links`` must be loaded)."""
    linked = [
        people[link.person_id] for link in decision.consulted_links if link.person_id in people
    ]
    return sorted(linked, key=str.lower) + split_names(decision.consulted)


def touchpoint_lines(week: WeekPlan) -> list[str]:
    """One English sentence per touchpoint, for the update and the exports."""
    lines = []
    for touchpoint in week.touchpoints:
        answer = _ANSWER_IN_UPDATE.get(touchpoint.confirmed, "not confirmed yet")
        expectation = touchpoint.expectation.strip() or "(no expectation written)"
        lines.append(
            f"{touchpoint.with_whom.strip()} ({short_date(touchpoint.met_on)}): "
            f"{expectation} — {answer}"
        )
    return lines


def decision_needed_lines(week: WeekPlan) -> list[str]:
    """One English line per decision the team needs: what, from whom, by when."""
    lines = []
    for needed in week.decisions_needed:
        who_when = []
        if needed.from_whom.strip():
            who_when.append(f"from {needed.from_whom.strip()}")
        if needed.needed_by is not None:
            who_when.append(f"by {short_date(needed.needed_by)}")
        what = needed.what.strip()
        if who_when and what.endswith("?"):  # a question keeps its mark: "…? (from X)"
            lines.append(f"{what} ({', '.join(who_when)})")
        else:
            lines.append(", ".join([what, *who_when]))
    return lines


def decision_lines(week: WeekPlan, people: Mapping[int, str]) -> list[str]:
    """The week's logged decisions in English: the decision, why, who was consulted."""
    lines = []
    for decision in sorted(week.decisions, key=lambda d: (d.decided_on, d.id)):
        line = decision.decision.strip()
        if decision.kind == DecisionKind.DIRECTION:
            line = f"{line} (direction)"
        if decision.reason.strip():
            line += f" — {decision.reason.strip()}"
        names = consulted_names(decision, people)
        if names:
            line += f" (consulted: {', '.join(names)})"
        lines.append(line)
    return lines


@dataclass(frozen=True)
class DeletedDecision:
    """What a deleted decision held, to put it back exactly (same id, same links)."""

    id: int
    week_id: int
    decided_on: dt.date
    decision: str
    reason: str
    consulted: str
    kind: str
    consulted_people: tuple[int, ...]


class Alignment:
    """Thursday's records of one journal."""

    def __init__(self, repos: Repositories) -> None:
        self.repos = repos
        self._store = repos.alignment

    # --- touchpoints -------------------------------------------------------------------

    def add_touchpoint(
        self, week_id: int, with_whom: str, met_on: dt.date, expectation: str, confirmed: str
    ) -> int:
        return self._store.add_touchpoint(
            week_id,
            with_whom=with_whom.strip(),
            met_on=met_on,
            expectation=expectation.strip(),
            confirmed=TouchpointAnswer(confirmed),
        )

    def update_touchpoint(
        self, touchpoint_id: int, with_whom: str, met_on: dt.date, expectation: str, confirmed: str
    ) -> None:
        self._store.update_touchpoint(
            touchpoint_id,
            with_whom=with_whom.strip(),
            met_on=met_on,
            expectation=expectation.strip(),
            confirmed=TouchpointAnswer(confirmed),
        )

    def delete_touchpoint(self, touchpoint_id: int) -> None:
        self._store.delete_touchpoint(touchpoint_id)

    # --- decisions needed --------------------------------------------------------------

    def add_decision_needed(
        self, week_id: int, what: str, from_whom: str, needed_by: dt.date | None
    ) -> int:
        return self._store.add_decision_needed(
            week_id, what=what.strip(), from_whom=from_whom.strip(), needed_by=needed_by
        )

    def update_decision_needed(
        self, needed_id: int, what: str, from_whom: str, needed_by: dt.date | None
    ) -> None:
        self._store.update_decision_needed(
            needed_id, what=what.strip(), from_whom=from_whom.strip(), needed_by=needed_by
        )

    def delete_decision_needed(self, needed_id: int) -> None:
        self._store.delete_decision_needed(needed_id)

    # --- the decision log --------------------------------------------------------------

    def decision_log(self, text: str = "") -> list[Decision]:
        """Every week's decisions, newest first, with the people consulted."""
        return self._store.decision_log(text)

    def log_decision(
        self,
        week_id: int,
        decided_on: dt.date,
        decision: str,
        reason: str,
        consulted: str,
        kind: str = DecisionKind.OPERATIONAL,
    ) -> int:
        """Log a decision; names in ``consulted`` that are people of the team become
        links to them, other names stay as written."""
        linked, others = sort_out_consulted(consulted, self.repos.people.list(True))
        return self._store.add_decision(
            week_id,
            consulted_people=linked,
            decided_on=decided_on,
            decision=decision.strip(),
            reason=reason.strip(),
            consulted=others,
            kind=DecisionKind(kind),
        )

    def update_decision(
        self,
        decision_id: int,
        decided_on: dt.date,
        decision: str,
        reason: str,
        consulted: str,
        kind: str,
    ) -> None:
        linked, others = sort_out_consulted(consulted, self.repos.people.list(True))
        self._store.update_decision(
            decision_id,
            consulted_people=linked,
            decided_on=decided_on,
            decision=decision.strip(),
            reason=reason.strip(),
            consulted=others,
            kind=DecisionKind(kind),
        )

    def delete_decision(self, decision_id: int) -> DeletedDecision | None:
        """Delete an entry; what it held comes back, for :meth:`restore_decision`."""
        found = self._store.decision(decision_id)
        if found is None:
            return None
        kept = DeletedDecision(
            id=found.id,
            week_id=found.week_id,
            decided_on=found.decided_on,
            decision=found.decision,
            reason=found.reason,
            consulted=found.consulted,
            kind=found.kind,
            consulted_people=tuple(link.person_id for link in found.consulted_links),
        )
        self._store.delete_decision(decision_id)
        return kept

    def restore_decision(self, deleted: DeletedDecision) -> int:
        """Put a deleted entry back as it was (people deleted since are left out)."""
        team = {person.id for person in self.repos.people.list(True)}
        return self._store.add_decision(
            deleted.week_id,
            consulted_people=[p for p in deleted.consulted_people if p in team],
            decision_id=deleted.id,
            decided_on=deleted.decided_on,
            decision=deleted.decision,
            reason=deleted.reason,
            consulted=deleted.consulted,
            kind=deleted.kind,
        )

    # --- the stakeholder update ----------------------------------------------------------

    def recipients(self, week: WeekPlan) -> str:
        """Who the week's update goes to: as saved for this week, or else as last sent."""
        return week.update_recipients or self._store.recipients_before(week.week_start)

    def save_recipients(self, week_id: int, recipients: str) -> None:
        self._store.save_update_recipients(week_id, ", ".join(split_names(recipients)))

    def mark_sent(self, week_id: int, recipients: str, day: dt.date | None) -> None:
        """Mark the update as sent on ``day`` (None: not sent), keeping its recipients."""
        self._store.mark_update_sent(week_id, ", ".join(split_names(recipients)), day)
