"""What each kind of Coaching Log record may be written with, as types mypy checks.

``…Fields`` are the editable columns (every key optional: an update names only what
changes); ``New…`` adds the parent id and the columns a new record cannot do without.
The repository also checks the names at run time, for callers mypy cannot see (a dict
read from a file).
"""

from __future__ import annotations

import datetime as dt
from typing import Literal, Required, TypedDict

from leadjournal.db.models import (
    ActionItem,
    Base,
    CoachingConversation,
    Delegation,
    ImprovementPlan,
    OneOnOne,
    PlanCheckIn,
    Recognition,
)

RecordKind = Literal[
    "one_on_one", "action_item", "coaching", "plan", "plan_checkin", "recognition", "delegation"
]


class _OneOnOneRest(TypedDict, total=False):
    notes: str


class OneOnOneFields(_OneOnOneRest, total=False):
    scheduled_at: dt.datetime


class NewOneOnOne(_OneOnOneRest):
    person_id: Required[int]
    scheduled_at: Required[dt.datetime]


class ActionItemFields(TypedDict, total=False):
    text: str
    owner: str
    due_on: dt.date | None
    status: str
    closed_on: dt.date | None
    position: int


class NewActionItem(ActionItemFields, total=False):
    one_on_one_id: Required[int]


class _CoachingRest(TypedDict, total=False):
    skill: str
    situation: str
    impact: str
    great_looks_like: str
    next_step: str
    follow_up_on: dt.date | None
    practice_outcome: str
    practice_note: str


class CoachingFields(_CoachingRest, total=False):
    held_on: dt.date


class NewCoaching(_CoachingRest):
    person_id: Required[int]
    held_on: Required[dt.date]


class _PlanRest(TypedDict, total=False):
    behaviour: str
    expected: str
    support: str
    cadence_days: int
    length_weeks: int
    success_measure: str
    status: str
    closed_on: dt.date | None


class PlanFields(_PlanRest, total=False):
    started_on: dt.date


class NewPlan(_PlanRest):
    person_id: Required[int]
    started_on: Required[dt.date]


class _PlanCheckInRest(TypedDict, total=False):
    progress: int
    note: str


class PlanCheckInFields(_PlanCheckInRest, total=False):
    checked_on: dt.date


class NewPlanCheckIn(_PlanCheckInRest):
    plan_id: Required[int]
    checked_on: Required[dt.date]


class _RecognitionRest(TypedDict, total=False):
    what_they_did: str
    impact: str


class RecognitionFields(_RecognitionRest, total=False):
    given_on: dt.date


class NewRecognition(_RecognitionRest):
    person_id: Required[int]
    given_on: Required[dt.date]


class _DelegationRest(TypedDict, total=False):
    outcome: str
    constraints: str
    decision_rights: str
    checkpoints: str
    risk: str
    reasoning: str
    status: str


class DelegationFields(_DelegationRest, total=False):
    delegated_on: dt.date


class NewDelegation(_DelegationRest):
    person_id: Required[int]
    delegated_on: Required[dt.date]


class PersonFields(TypedDict, total=False):
    """What can change about a person."""

    name: str
    role: str
    started_on: dt.date | None
    notes: str
    archived: bool


# The model and editable column names of each kind, read from the TypedDicts above so the
# run-time check and the types cannot drift apart.
EDITABLE: dict[RecordKind, tuple[type[Base], frozenset[str]]] = {
    "one_on_one": (OneOnOne, frozenset(OneOnOneFields.__annotations__)),
    "action_item": (ActionItem, frozenset(ActionItemFields.__annotations__)),
    "coaching": (CoachingConversation, frozenset(CoachingFields.__annotations__)),
    "plan": (ImprovementPlan, frozenset(PlanFields.__annotations__)),
    "plan_checkin": (PlanCheckIn, frozenset(PlanCheckInFields.__annotations__)),
    "recognition": (Recognition, frozenset(RecognitionFields.__annotations__)),
    "delegation": (Delegation, frozenset(DelegationFields.__annotations__)),
}
PARENT_FIELDS = frozenset({"person_id", "one_on_one_id", "plan_id"})
PERSON_FIELDS = frozenset(PersonFields.__annotations__)
