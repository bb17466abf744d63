"""Reading what the user wrote in their week: does the outcome say how "done" will be
seen, does a blocker look like one from an earlier week, does praise name its effect.

Plain-text rules with no storage, used by the planner and the Weekly Plan's pages.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from leadjournal.db.repositories.week_fields import PastBlocker

_MEASURABLE = re.compile(
    r"\d|%|\b(by|before|until|on)\s+(mon|tue|wed|thu|fri|sat|sun|end of|tomorrow|today)"
    r"|\b(done|finished|shipped|signed off|approved|zero|none|all|every|each|live|merged|"
    r"published|closed|resolved|passing|green)\b",
    re.IGNORECASE,
)


def has_measurable_part(outcome: str) -> bool:
    """True when the outcome names a number, a date/day, or a "done" standard."""
    return bool(_MEASURABLE.search(outcome))


_STOP_WORDS = frozenset(
    "the a an and or but for with from into onto that this then than they them their "
    "there were was have has had been being will would could should about after before "
    "again still just only very some more most waiting wait on in of to at by is are be "
    "it its we our us me my i you your not no".split()
)
_TAG = re.compile(r"#([\w-]+)")


def content_words(text: str) -> set[str]:
    """Lower-case words of four letters or more, without common words or plural s."""
    words = re.findall(r"[a-zA-Z][a-zA-Z'-]{3,}", text.lower())
    return {word.rstrip("s") for word in words if word not in _STOP_WORDS}


def matching_past_blocker(
    blocked: str, person_id: int | None, history: Sequence[PastBlocker]
) -> PastBlocker | None:
    """An earlier blocker that looks like this one, or None.

    Similar means: the same #tag, or the same person and at least two shared content
    words (ignoring small and common words and plural endings).
    """
    if not blocked.strip():
        return None
    tags = {tag.lower() for tag in _TAG.findall(blocked)}
    words = content_words(blocked)
    for past in history:
        if tags and tags & {tag.lower() for tag in _TAG.findall(past.text)}:
            return past
        if past.person_id == person_id and len(words & content_words(past.text)) >= 2:
            return past
    return None


_EFFECT_HINTS = re.compile(
    r"\b(so|because|which|meant|means|saved|helped|let|allowed|cut|reduced|raised|"
    r"unblocked|customers?|team|hours?|days?|minutes?|fewer|faster|less|more|without)\b|\d",
    re.IGNORECASE,
)


def recognition_names_effect(what_they_did: str, impact: str) -> bool:
    """False for praise with no visible effect ("great job!")."""
    return bool(impact.strip()) and bool(_EFFECT_HINTS.search(impact))
