"""What a priority brings along when its unfinished tasks go on into next week."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from leadjournal.db.enums import CriterionKind

if TYPE_CHECKING:
    from leadjournal.db.repositories import Repositories


def carry_criteria(repos: Repositories, week_start: dt.date) -> None:
    """A priority that came along into next week with carried tasks brings the "Done
    when" lines not met yet (when it has none of its own there).

    Runs inside the caller's unit of work, after the carried copies are made."""
    previous = repos.weeks.get(week_start)
    following = repos.weeks.get(week_start + dt.timedelta(days=7))
    if previous is None or following is None:
        return
    carried = {t.carried_from_id for t in following.tasks if t.carried_from_id}
    with_carried = {t.priority_id for t in previous.tasks if t.id in carried}
    for source in previous.priorities:
        if source.id not in with_carried:
            continue
        title = source.title.strip().casefold()
        target = next(
            (p for p in following.priorities if p.title.strip().casefold() == title), None
        )
        if target is None or target.criteria:
            continue
        for position, criterion in enumerate(c for c in source.criteria if not c.met):
            new_id = repos.weeks.add_criterion(target.id, criterion.text, position)
            if criterion.kind != CriterionKind.DONE or criterion.approver:
                repos.improvements.update_criterion_check(
                    new_id, kind=CriterionKind(criterion.kind), approver=criterion.approver
                )
