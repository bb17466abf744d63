"""The team's own metrics (issue 24): the numbers a team lives by, defined by the user
(name, unit, activity or outcome, target, which way is better), entered in the Friday
review and charted in Insights against their targets.

An activity counted with no outcome beside it invites the seed's question, "What
behaviour does this number encourage?": :func:`needs_outcome` says when to ask it.
"""

from __future__ import annotations

import datetime as dt
import math
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

# Re-exported: callers name the kinds through this service.
from leadjournal.db.models.metric import MetricDirection as MetricDirection
from leadjournal.db.models.metric import MetricKind as MetricKind
from leadjournal.errors import JournalError
from leadjournal.i18n import QT_TRANSLATE_NOOP, tr
from leadjournal.text import human_date

if TYPE_CHECKING:
    from leadjournal.db.models import Metric
    from leadjournal.db.repositories import Repositories
    from leadjournal.db.repositories.metrics import WeekValue

NAME_LENGTH = 200  # the column's width
UNIT_LENGTH = 40

KIND_LABELS = {
    MetricKind.OUTCOME: QT_TRANSLATE_NOOP("", "Outcome"),
    MetricKind.ACTIVITY: QT_TRANSLATE_NOOP("", "Activity"),
}
KIND_HINTS = {
    MetricKind.OUTCOME: QT_TRANSLATE_NOOP("", "a result the team is there to deliver"),
    MetricKind.ACTIVITY: QT_TRANSLATE_NOOP("", "something the team does to get there"),
}
BETTER_LABELS = {
    MetricDirection.HIGHER: QT_TRANSLATE_NOOP("", "Higher is better"),
    MetricDirection.LOWER: QT_TRANSLATE_NOOP("", "Lower is better"),
}
# The seed's question for an activity counted on its own, and why it is asked.
QUESTION = QT_TRANSLATE_NOOP("", "What behaviour does this number encourage?")
QUESTION_WHY = QT_TRANSLATE_NOOP(
    "",
    "A count of activity on its own can be met without helping anyone. Add an outcome "
    "it is meant to move, so the two keep each other honest.",
)


@dataclass(frozen=True)
class Suggestion:
    """An example metric offered to someone defining their first (name marked)."""

    name: str
    unit: str
    kind: MetricKind
    target: float | None
    better: MetricDirection


SUGGESTIONS = (
    Suggestion(
        QT_TRANSLATE_NOOP("", "Tickets closed within SLA"),
        "%",
        MetricKind.OUTCOME,
        95.0,
        MetricDirection.HIGHER,
    ),
    Suggestion(
        QT_TRANSLATE_NOOP("", "Code reviews done"),
        "",
        MetricKind.ACTIVITY,
        10.0,
        MetricDirection.HIGHER,
    ),
)


class MetricError(JournalError):
    """A metric or a value the user gave cannot be kept as it is (one sentence)."""


# --- numbers as the user writes and reads them ------------------------------------------

_NUMBER = re.compile(r"^[-+]?(\d+([.,]\d*)?|[.,]\d+)$")


def parse_number(text: str) -> float | None:
    """The number the user typed ("92", "92.5", "92,5", "92 %"); None for nothing."""
    cleaned = text.strip().rstrip("%").strip().replace("\u00a0", "").replace(" ", "")
    if not cleaned:
        return None
    if not _NUMBER.match(cleaned):
        raise MetricError(tr("Write a number, like 92 or 4.5."))
    value = float(cleaned.replace(",", "."))
    if not math.isfinite(value):
        raise MetricError(tr("Write a number, like 92 or 4.5."))
    return value


def format_number(value: float) -> str:
    """A value as a person writes it: no trailing zeros, at most two decimals."""
    rounded = round(value, 2)
    return f"{rounded:.2f}".rstrip("0").rstrip(".") if rounded % 1 else f"{rounded:.0f}"


def with_unit(value: float, unit: str) -> str:
    """``92%``, ``12 reviews``, ``3.5 h``: the number with the metric's unit."""
    number = format_number(value)
    if unit in ("%", "‰"):
        return f"{number}{unit}"
    return f"{number} {unit}".strip()


def meets_target(metric: Metric, value: float) -> bool | None:
    """Whether ``value`` reaches the metric's target (None: it has no target)."""
    if metric.target is None:
        return None
    if metric.better == MetricDirection.LOWER:
        return value <= metric.target
    return value >= metric.target


def needs_outcome(metrics: Iterable[Metric]) -> bool:
    """Whether an active activity metric stands with no active outcome metric beside it."""
    active = [metric for metric in metrics if metric.active]
    return any(m.kind == MetricKind.ACTIVITY for m in active) and not any(
        m.kind == MetricKind.OUTCOME for m in active
    )


def unbalanced_activities(metrics: Iterable[Metric]) -> list[Metric]:
    """The active activity metrics that get the question (none once an outcome exists)."""
    shown = list(metrics)
    if not needs_outcome(shown):
        return []
    return [m for m in shown if m.active and m.kind == MetricKind.ACTIVITY]


# --- a range of weeks ----------------------------------------------------------------------


@dataclass
class MetricSeries:
    """One metric with its weekly values in a range (oldest week first) and its target."""

    metric: Metric
    values: list[WeekValue] = field(default_factory=list)

    @property
    def target(self) -> float | None:
        return self.metric.target

    def points(self) -> list[tuple[dt.date, float]]:
        """(Monday, value) for each week that has a value."""
        return [(value.week, value.value) for value in self.values]


def series_between(repos: Repositories, first: dt.date, last: dt.date) -> list[MetricSeries]:
    """Each metric with its values in the weeks from ``first`` to ``last`` (Mondays) and
    its target, in the user's order: the active metrics, and retired ones that have values
    in the range. Two statements, however many weeks and metrics."""
    metrics = repos.metrics.all()
    values = repos.metrics.values_between(first, last)
    by_metric: dict[int, list[WeekValue]] = {}
    for value in values:
        by_metric.setdefault(value.metric_id, []).append(value)
    return [
        MetricSeries(metric, by_metric.get(metric.id, []))
        for metric in metrics
        if metric.active or metric.id in by_metric
    ]


# --- reading and changing metrics -------------------------------------------------------------


class TeamMetrics:
    """The team's own metrics of one journal: defining them and their weekly values."""

    def __init__(self, repositories: Repositories) -> None:
        self.repos = repositories

    def metrics(self) -> list[Metric]:
        """Every metric, retired ones too, in the user's order."""
        return self.repos.metrics.all()

    def active(self) -> list[Metric]:
        """The metrics asked for on Fridays."""
        return [metric for metric in self.repos.metrics.all() if metric.active]

    def weeks_recorded(self) -> dict[int, int]:
        """How many weeks have a value, by metric id."""
        return self.repos.metrics.value_counts()

    def define(
        self,
        name: str,
        unit: str = "",
        kind: MetricKind = MetricKind.OUTCOME,
        target: float | None = None,
        better: MetricDirection = MetricDirection.HIGHER,
    ) -> int:
        """A new metric, after the others; its id."""
        name, unit = self._checked(name, unit, None)
        return self.repos.metrics.add(
            name=name,
            unit=unit,
            kind=MetricKind(kind),
            target=target,
            better=MetricDirection(better),
            active=True,
        )

    def change(
        self,
        metric_id: int,
        name: str,
        unit: str,
        kind: MetricKind,
        target: float | None,
        better: MetricDirection,
    ) -> None:
        """New words, kind, target or direction for a metric; its values stay."""
        name, unit = self._checked(name, unit, metric_id)
        self.repos.metrics.update(
            metric_id,
            name=name,
            unit=unit,
            kind=MetricKind(kind),
            target=target,
            better=MetricDirection(better),
        )

    def _checked(self, name: str, unit: str, metric_id: int | None) -> tuple[str, str]:
        name, unit = " ".join(name.split()), unit.strip()
        if not name:
            raise MetricError(tr("Give the metric a name, like “Code reviews done”."))
        if len(name) > NAME_LENGTH:
            raise MetricError(tr("That name is too long: keep it to a short line."))
        if len(unit) > UNIT_LENGTH:
            raise MetricError(tr("That unit is too long: a word or a sign, like % or hours."))
        taken = {
            metric.name.casefold() for metric in self.repos.metrics.all() if metric.id != metric_id
        }
        if name.casefold() in taken:
            raise MetricError(tr("You already have a metric called “{0}”.").format(name))
        return name, unit

    def retire(self, metric_id: int) -> None:
        """No longer asked for on Fridays; its history stays in Insights and exports."""
        self.repos.metrics.update(metric_id, active=False)

    def bring_back(self, metric_id: int) -> None:
        self.repos.metrics.update(metric_id, active=True)

    def move(self, metric_id: int, step: int) -> None:
        """Move a metric ``step`` places up (negative) or down the list, in one go."""
        with self.repos.unit_of_work():
            ordered = self.repos.metrics.all()
            ids = [metric.id for metric in ordered]
            if metric_id not in ids:
                return
            index = ids.index(metric_id)
            target = max(0, min(len(ids) - 1, index + step))
            ids.insert(target, ids.pop(index))
            for position, each in enumerate(ids, start=1):
                self.repos.metrics.update(each, position=position)

    def values_of_week(self, week: dt.date) -> dict[int, WeekValue]:
        """The week's values, by metric id."""
        return {value.metric_id: value for value in self.repos.metrics.values_of_week(week)}

    def record(self, metric_id: int, week: dt.date, text: str, note: str = "") -> float | None:
        """Keep the value the user typed for ``week`` (an empty field removes it); the
        number kept. Raises :class:`MetricError` for words that are not a number."""
        value = parse_number(text)
        if value is None:
            self.repos.metrics.forget(metric_id, week)
        else:
            self.repos.metrics.record(metric_id, week, value, note.strip())
        return value

    def series_between(self, first: dt.date, last: dt.date) -> list[MetricSeries]:
        return series_between(self.repos, first, last)


# --- the --demo journal's metrics --------------------------------------------------------------

# name, unit, kind, target, better, then (weeks before this one, value, note) oldest first.
_SAMPLE: tuple[tuple[str, str, MetricKind, float, MetricDirection, tuple[tuple[int, float, str], ...]], ...] = (  # noqa: E501
    (
        "Tickets closed within SLA", "%", MetricKind.OUTCOME, 95.0, MetricDirection.HIGHER,
        ((6, 88, ""), (5, 91, ""), (4, 90, "Two agents out with flu"), (3, 93, ""),
         (2, 94, ""), (1, 96, "New triage rota in place"), (0, 95, "")),
    ),
    (
        "Escalations to engineering", "", MetricKind.OUTCOME, 5.0, MetricDirection.LOWER,
        ((6, 9, ""), (5, 7, ""), (4, 8, ""), (3, 6, ""), (2, 4, "Macros for the billing bug"),
         (1, 5, ""), (0, 4, "")),
    ),
    (
        "Knowledge-base articles updated", "", MetricKind.ACTIVITY, 5.0, MetricDirection.HIGHER,
        ((6, 3, ""), (5, 4, ""), (4, 2, ""), (3, 6, ""), (2, 5, ""), (1, 5, ""), (0, 6, "")),
    ),
)  # fmt: skip


def write_sample_metrics(repos: Repositories, this_monday: dt.date, today: dt.date) -> None:
    """The sample team's three metrics with a value for each reviewed week (this week's
    from its Friday on)."""
    metrics = TeamMetrics(repos)
    for name, unit, kind, target, better, values in _SAMPLE:
        metric_id = metrics.define(name, unit, kind, target, better)
        for weeks_back, value, note in values:
            monday = this_monday - dt.timedelta(weeks=weeks_back)
            if monday + dt.timedelta(days=4) <= today:
                repos.metrics.record(metric_id, monday, value, note)


# --- Markdown (written in English, as the other exports) ---------------------------------------


def _describe(metric: Metric) -> str:
    parts = [KIND_LABELS[MetricKind(metric.kind)].lower()]
    if metric.target is not None:
        parts.append(f"target {with_unit(metric.target, metric.unit)}")
    parts.append(BETTER_LABELS[MetricDirection(metric.better)].lower())
    if not metric.active:
        parts.append("retired")
    return ", ".join(parts)


def _against_target(metric: Metric, value: float) -> str:
    met = meets_target(metric, value)
    if met is None:
        return ""
    target = with_unit(metric.target or 0.0, metric.unit)
    return f" (target {target}: {'on target' if met else 'off target'})"


def week_metrics_markdown(series: Sequence[MetricSeries], level: int = 2) -> str:
    """The week's values against their targets; "" when the week has none."""
    lines = []
    for each in series:
        for value in each.values:
            note = f" — {value.note}" if value.note else ""
            shown = with_unit(value.value, each.metric.unit)
            lines.append(
                f"- {each.metric.name}: {shown}{_against_target(each.metric, value.value)}{note}"
            )
    if not lines:
        return ""
    return "\n".join([f"{'#' * level} Team metrics", "", *lines, ""]) + "\n"


def metrics_markdown(series: Sequence[MetricSeries], level: int = 2) -> str:
    """Every metric, how it is defined, and its values week by week; "" for none."""
    if not series:
        return ""
    parts = [f"{'#' * level} Team metrics", ""]
    for each in series:
        parts.append(f"{'#' * (level + 1)} {each.metric.name}")
        parts.append("")
        parts.append(f"{_describe(each.metric).capitalize()}.")
        if needs_outcome([each.metric]) and needs_outcome(s.metric for s in series):
            parts.append(f"{QUESTION}")
        parts.append("")
        for value in each.values:
            note = f" — {value.note}" if value.note else ""
            shown = with_unit(value.value, each.metric.unit)
            parts.append(
                f"- Week of {human_date(value.week)}: {shown}"
                f"{_against_target(each.metric, value.value)}{note}"
            )
        if each.values:
            parts.append("")
    return "\n".join(parts) + "\n"
