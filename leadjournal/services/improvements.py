"""Wednesday's improvements: records that last until they are in place or dropped, and
reusable checklists that become a priority's "Done when" in one action.

An improvement is a template, a handoff, a checklist or a definition of done. A
checklist's (or a definition of done's) items are kept one per line, in order. Weeks are
named by their Monday.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from leadjournal.db.enums import CriterionKind, ImprovementKind, ImprovementStatus
from leadjournal.db.models import Criterion, Improvement, WeekPlan
from leadjournal.db.repositories import Repositories
from leadjournal.errors import JournalError
from leadjournal.i18n import QT_TRANSLATE_NOOP
from leadjournal.text import human_date

# Marked for the catalogue; the screens and exports translate them where shown.
KIND_LABELS: dict[str, str] = {
    ImprovementKind.CHECKLIST: QT_TRANSLATE_NOOP("", "Checklist"),
    ImprovementKind.DEFINITION_OF_DONE: QT_TRANSLATE_NOOP("", "Definition of done"),
    ImprovementKind.TEMPLATE: QT_TRANSLATE_NOOP("", "Template"),
    ImprovementKind.HANDOFF: QT_TRANSLATE_NOOP("", "Handoff"),
    ImprovementKind.OTHER: QT_TRANSLATE_NOOP("", "Something else"),
}
STATUS_LABELS: dict[str, str] = {
    ImprovementStatus.IDEA: QT_TRANSLATE_NOOP("", "Idea"),
    ImprovementStatus.TRYING: QT_TRANSLATE_NOOP("", "Trying it"),
    ImprovementStatus.DONE: QT_TRANSLATE_NOOP("", "In place"),
    ImprovementStatus.DROPPED: QT_TRANSLATE_NOOP("", "Dropped"),
}
CRITERION_KIND_LABELS: dict[str, str] = {
    CriterionKind.DONE: QT_TRANSLATE_NOOP("", "Done"),
    CriterionKind.QUALITY: QT_TRANSLATE_NOOP("", "Quality check"),
    CriterionKind.APPROVAL: QT_TRANSLATE_NOOP("", "Approval"),
}
# The kinds whose content is a list of items that can become success criteria.
LIST_KINDS = frozenset({ImprovementKind.CHECKLIST, ImprovementKind.DEFINITION_OF_DONE})
CLOSED = frozenset({ImprovementStatus.DONE, ImprovementStatus.DROPPED})


class ImprovementError(JournalError):
    """An improvement could not be saved or applied; the message says why, plainly."""


def items_of(content: str) -> list[str]:
    """A checklist's items in order: one per non-empty line, a leading bullet or number
    ("- ", "• ", "1. ", "[ ] ") taken off."""
    items = []
    for line in content.splitlines():
        text = line.strip()
        for mark in ("- [ ] ", "- [x] ", "[ ] ", "[x] ", "- ", "• ", "* "):
            if text.startswith(mark):
                text = text[len(mark) :].strip()
                break
        number, dot, rest = text.partition(". ")
        if dot and number.isdigit():
            text = rest.strip()
        if text:
            items.append(text)
    return items


# Words that name an improvement's kind (English and German), most specific first.
_KIND_WORDS = (
    (ImprovementKind.DEFINITION_OF_DONE, ("definition of done", "done means")),
    (ImprovementKind.CHECKLIST, ("checklist", "check list", "checkliste")),
    (ImprovementKind.TEMPLATE, ("template", "vorlage")),
    (ImprovementKind.HANDOFF, ("handoff", "hand-off", "handover", "hand-over", "übergabe")),
)


def kind_named_in(text: str) -> ImprovementKind:
    """The kind of improvement ``text`` names ("A checklist for …"), else "other"."""
    lowered = text.lower()
    for kind, words in _KIND_WORDS:
        if any(word in lowered for word in words):
            return kind
    return ImprovementKind.OTHER


def is_reusable(improvement: Improvement) -> bool:
    """Whether the improvement can be applied to a priority's "Done when"."""
    return (
        improvement.kind in LIST_KINDS
        and improvement.status == ImprovementStatus.DONE
        and bool(items_of(improvement.content))
    )


# --- Markdown (the exports write English, as the rest of the file) ---------------------------
_MARKDOWN_KINDS: dict[str, str] = {
    ImprovementKind.CHECKLIST: "checklist",
    ImprovementKind.DEFINITION_OF_DONE: "definition of done",
    ImprovementKind.TEMPLATE: "template",
    ImprovementKind.HANDOFF: "handoff",
    ImprovementKind.OTHER: "improvement",
}
_MARKDOWN_STATUSES: dict[str, str] = {
    ImprovementStatus.IDEA: "idea",
    ImprovementStatus.TRYING: "trying it",
    ImprovementStatus.DONE: "in place",
    ImprovementStatus.DROPPED: "dropped",
}


def improvement_markdown(improvements: list[Improvement]) -> list[str]:
    """Markdown list lines for improvements: kind, status, since when, why, and the
    items (numbered) or words."""
    lines = []
    for improvement in improvements:
        since = f"started {human_date(improvement.started_week)}"
        if improvement.closed_week is not None:
            since += f", closed {human_date(improvement.closed_week)}"
        kind = _MARKDOWN_KINDS.get(improvement.kind, improvement.kind)
        status = _MARKDOWN_STATUSES.get(improvement.status, improvement.status)
        why = f" — why: {improvement.why}" if improvement.why else ""
        lines.append(f"- **{improvement.title}** ({kind}, {status}; {since}){why}")
        if improvement.kind in LIST_KINDS:
            items = items_of(improvement.content)
            lines += [f"  {number}. {item}" for number, item in enumerate(items, start=1)]
        elif improvement.content:
            lines += [f"  {line}".rstrip() for line in improvement.content.splitlines()]
    return lines


def criterion_markdown_note(criterion: Criterion) -> str:
    """What a criterion's kind adds to its Markdown line ("" for plain done)."""
    if criterion.kind == CriterionKind.QUALITY:
        return " (quality check)"
    if criterion.kind == CriterionKind.APPROVAL:
        who = f" by {criterion.approver}" if criterion.approver else ""
        if criterion.signed_off and criterion.signed_off_on is not None:
            return f" (approval{who}: signed off {human_date(criterion.signed_off_on)})"
        return f" (approval{who}: not signed off yet)"
    return ""


@dataclass(frozen=True)
class WednesdayProgress:
    """The two halves of Wednesday: a coaching conversation and an improvement."""

    coached: int  # coaching conversations logged in the week
    improved: bool  # an improvement worked on in the week

    @property
    def done(self) -> bool:
        return self.coached > 0 and self.improved


def wednesday_progress(repos: Repositories, week: WeekPlan) -> WednesdayProgress:
    held = repos.coaching.coaching_between(week.week_start, week.week_start + dt.timedelta(days=6))
    return WednesdayProgress(len(held), repos.improvements.worked_on_in(week.week_start))


def wednesday_done(repos: Repositories, week: WeekPlan) -> bool:
    """Wednesday is done when both happened that week: someone was coached and an
    improvement was worked on (started, tried, put in place or dropped)."""
    return wednesday_progress(repos, week).done


def create_improvement_from_blocker(
    repos: Repositories, week_start: dt.date, blocker: str, why: str = ""
) -> int:
    """Make a recurring blocker this week's improvement (an idea, to be shaped on
    Wednesday); returns its id. An open improvement of the same title is returned
    instead of a second one."""
    title = " ".join(blocker.split())
    if not title:
        raise ImprovementError("A blocker without words cannot become an improvement.")
    with repos.unit_of_work():
        existing = repos.improvements.open_titled(title)
        if existing is not None:
            return existing.id
        return repos.improvements.add(
            kind=ImprovementKind.OTHER,
            title=title,
            why=why.strip(),
            content="",
            status=ImprovementStatus.IDEA,
            started_week=week_start,
        )


class Improvements:
    """The improvements the Wednesday step shows and changes."""

    def __init__(self, repositories: Repositories) -> None:
        self.repos = repositories

    def progress(self, week: WeekPlan) -> WednesdayProgress:
        """Wednesday's two halves for the week: coached, and improved."""
        return wednesday_progress(self.repos, week)

    def shown_in_week(self, week_start: dt.date) -> list[Improvement]:
        """Open improvements started by that week (carried until closed), and those
        closed in it."""
        return self.repos.improvements.shown_in_week(week_start)

    def library(self) -> list[Improvement]:
        """Every improvement in place."""
        return self.repos.improvements.in_place()

    def reusable(self) -> list[Improvement]:
        """In-place checklists and definitions of done with items: what a priority's
        "Done when" can take in one action."""
        return [i for i in self.library() if is_reusable(i)]

    def get(self, improvement_id: int) -> Improvement | None:
        return self.repos.improvements.get(improvement_id)

    def add(
        self, week_start: dt.date, kind: str, title: str, why: str = "", content: str = ""
    ) -> int:
        title = title.strip()
        if not title:
            raise ImprovementError("Say in a few words what the improvement is.")
        return self.repos.improvements.add(
            kind=ImprovementKind(kind),
            title=title,
            why=why.strip(),
            content=content.strip(),
            status=ImprovementStatus.IDEA,
            started_week=week_start,
        )

    def edit(self, improvement_id: int, kind: str, title: str, why: str, content: str) -> None:
        title = title.strip()
        if not title:
            raise ImprovementError("Say in a few words what the improvement is.")
        self.repos.improvements.update(
            improvement_id,
            kind=ImprovementKind(kind),
            title=title,
            why=why.strip(),
            content=content.strip(),
        )

    def set_status(self, improvement_id: int, status: str, week_start: dt.date) -> None:
        """Move an improvement on; in place or dropped closes it in ``week_start``,
        and back to idea or trying opens it again."""
        status = ImprovementStatus(status)
        self.repos.improvements.update(
            improvement_id,
            status=status,
            closed_week=week_start if status in CLOSED else None,
        )

    def from_blocker(self, week_start: dt.date, blocker: str, why: str = "") -> int:
        return create_improvement_from_blocker(self.repos, week_start, blocker, why)

    def apply_to_priority(self, improvement_id: int, priority_id: int) -> int:
        """Add an in-place checklist's items to a priority's "Done when" as quality checks
        (after the criteria it has), in one transaction; returns how many were added."""
        with self.repos.unit_of_work():
            improvement = self.repos.improvements.get(improvement_id)
            if improvement is None or not is_reusable(improvement):
                raise ImprovementError(
                    "Only a checklist or definition of done that is in place can be applied."
                )
            items = items_of(improvement.content)
            self.repos.improvements.add_criteria(priority_id, items, CriterionKind.QUALITY)
        return len(items)

    def set_criterion_kind(self, criterion_id: int, kind: str) -> None:
        self.repos.improvements.update_criterion_check(criterion_id, kind=CriterionKind(kind))

    def set_approver(self, criterion_id: int, approver: str) -> None:
        self.repos.improvements.update_criterion_check(criterion_id, approver=approver.strip())

    def sign_off(self, criterion_id: int, signed: bool, day: dt.date) -> None:
        """Record an approval's sign-off on ``day`` (or take it back): a signed-off
        approval is a criterion met."""
        self.repos.improvements.update_criterion_check(
            criterion_id, signed_off=signed, signed_off_on=day if signed else None, met=signed
        )
