"""The quarter in review: a private look back over a chosen period, as Markdown and PDF.

What a new supervisor brings to their own manager or a promotion conversation: goals and
what moved them, how the team delivered and felt (charts in the PDF, a small table in
the Markdown, which stays one plain file that pastes anywhere), who they coached and
recognised, what they practised, learned and changed after feedback. The journal is read
with a fixed number of statements for the whole period, however many weeks it spans.

The document is written in English, like every other Markdown and PDF export.
"""

from __future__ import annotations

import datetime as dt
import math
import re
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from leadjournal.errors import JournalError
from leadjournal.i18n import QT_TRANSLATE_NOOP
from leadjournal.services.goals import GoalProgress, progress_between
from leadjournal.services.insights import closed_cycle_adherence, cycle_adherence
from leadjournal.services.metrics import MetricSeries, series_between, with_unit
from leadjournal.services.playbook import RolloutProgress, rollouts_between
from leadjournal.services.quarter_charts import Trend
from leadjournal.services.weeks import delivery_reliability, week_start_of
from leadjournal.text import day_month, human_date

if TYPE_CHECKING:
    from leadjournal.db.models import (
        CoachingConversation,
        FeedbackAction,
        Improvement,
        Lesson,
        PracticeCycle,
        Recognition,
    )
    from leadjournal.db.repositories import Repositories
    from leadjournal.db.repositories.week_fields import WeekCounts


class ReviewError(JournalError):
    """A period that can't be reviewed (not a period, ends before it starts, all future)."""


# --- the period ----------------------------------------------------------------------------


@dataclass(frozen=True)
class Period:
    """The days under review, both included."""

    first: dt.date
    last: dt.date

    @property
    def label(self) -> str:
        """ "Q3 2026", "Q4 2026 so far" for a quarter; the two dates otherwise."""
        start = quarter_start(self.first)
        if self.first == start:
            end = quarter_end(start)
            number = (start.month - 1) // 3 + 1
            if self.last == end:
                return f"Q{number} {start.year}"
            if self.first <= self.last < end:
                return f"Q{number} {start.year} so far"
        return f"{human_date(self.first)} – {human_date(self.last)}"

    @property
    def file_stem(self) -> str:
        """A file name for the review: "quarter-in-review-2026-Q3"."""
        label = self.label
        if label.startswith("Q"):
            return f"quarter-in-review-{self.first.year}-Q{label[1]}"
        return f"review-{self.first.isoformat()}-to-{self.last.isoformat()}"

    def weeks(self) -> tuple[dt.date, dt.date]:
        """The first and last Monday of the weeks that belong to the period: a week
        belongs where its Thursday falls (as ISO weeks belong to a year)."""
        first = week_start_of(self.first)
        if first + dt.timedelta(days=3) < self.first:
            first += dt.timedelta(weeks=1)
        last = week_start_of(self.last)
        if last + dt.timedelta(days=3) > self.last:
            last -= dt.timedelta(weeks=1)
        return first, last


def quarter_start(day: dt.date) -> dt.date:
    return dt.date(day.year, (day.month - 1) // 3 * 3 + 1, 1)


def quarter_end(start: dt.date) -> dt.date:
    following = dt.date(start.year + (start.month == 10), (start.month + 2) % 12 + 1, 1)
    return following - dt.timedelta(days=1)


# (key, label) of the periods the dialog offers; "custom" lets the person pick the dates.
PRESETS = (
    ("last_quarter", QT_TRANSLATE_NOOP("", "Last full quarter")),
    ("this_quarter", QT_TRANSLATE_NOOP("", "This quarter so far")),
    ("last_13_weeks", QT_TRANSLATE_NOOP("", "The last 13 weeks")),
    ("custom", QT_TRANSLATE_NOOP("", "Dates of my choosing")),
)


def preset_period(key: str, today: dt.date) -> Period:
    """The period a preset means on ``today`` ("custom" starts as this quarter so far)."""
    this_quarter = quarter_start(today)
    if key == "last_quarter":
        last = this_quarter - dt.timedelta(days=1)
        return Period(quarter_start(last), last)
    if key == "last_13_weeks":
        return Period(today - dt.timedelta(weeks=13) + dt.timedelta(days=1), today)
    return Period(this_quarter, today)


def default_preset(today: dt.date) -> str:
    """Just after a quarter ends, the quarter that ended; later, this quarter so far."""
    return "last_quarter" if (today - quarter_start(today)).days < 21 else "this_quarter"


def parse_period(text: str, today: dt.date) -> Period:
    """The command line's ``--review``: 2026-Q3, last-quarter, this-quarter, or
    2026-07-01..2026-09-30. One plain sentence for anything else."""
    wanted = text.strip().lower()
    if wanted in ("last-quarter", "this-quarter"):
        return check_period(preset_period(wanted.replace("-", "_"), today), today)
    if match := re.fullmatch(r"(\d{4})-q([1-4])", wanted):
        start = dt.date(int(match[1]), (int(match[2]) - 1) * 3 + 1, 1)
        return check_period(Period(start, min(quarter_end(start), today)), today)
    first_text, dots, last_text = wanted.partition("..")
    try:
        if not dots:
            raise ValueError(text)
        period = Period(dt.date.fromisoformat(first_text), dt.date.fromisoformat(last_text))
    except ValueError:
        raise ReviewError(
            f"“{text}” is not a period: give a quarter like 2026-Q3, last-quarter, "
            "this-quarter, or two dates like 2026-07-01..2026-09-30."
        ) from None
    return check_period(period, today)


def check_period(period: Period, today: dt.date) -> Period:
    """Refuse a period that ends before it starts or lies wholly in the future."""
    if period.first > today:
        raise ReviewError("The period starts after today, so there is nothing to look back on.")
    if period.last < period.first:
        raise ReviewError("The period ends before it starts; give the earlier date first.")
    return period


# --- what the journal holds for the period ------------------------------------------------


@dataclass
class ReviewData:
    """Everything the review shows, read once."""

    period: Period
    people: dict[int, str]
    weeks: list[WeekCounts]
    pulses: list[tuple[dt.date, int | None, str]]
    coaching: list[CoachingConversation]
    meetings: Counter[int]  # one-on-ones held, per person
    recognitions: list[Recognition]
    cycles: list[tuple[PracticeCycle, float | None, float | None]]
    lessons: list[Lesson]
    actions: list[FeedbackAction]
    improvements: list[Improvement]
    team: list[str] = field(default_factory=list)  # today's team, for the zeros
    goals: GoalProgress | None = None
    metrics: list[MetricSeries] = field(default_factory=list)
    rollouts: list[RolloutProgress] = field(default_factory=list)  # the playbook's

    @property
    def is_empty(self) -> bool:
        return not any(
            (
                self.weeks,
                self.coaching,
                self.meetings,
                self.recognitions,
                self.cycles,
                self.lessons,
                self.actions,
                self.improvements,
                self.goals is not None and self.goals.goals,
                any(series.values for series in self.metrics),
                self.rollouts,
            )
        )


def gather(repos: Repositories, period: Period, now: dt.datetime) -> ReviewData:
    """Read what the review needs: the same few statements for a week or ten years."""
    first_monday, last_monday = period.weeks()
    everyone = repos.people.list(include_archived=True)
    held_until = min(now, dt.datetime.combine(period.last + dt.timedelta(days=1), dt.time()))
    meetings = repos.coaching.meetings_between(
        dt.datetime.combine(period.first, dt.time()), held_until
    )
    practice = repos.practice
    active = practice.active_cycle()
    done = practice.done_counts()
    cycles = []
    for cycle in reversed(practice.cycles_without_ticks()):  # oldest first
        ends = cycle.ended_on or cycle.started_on + dt.timedelta(days=cycle.length_days - 1)
        if cycle.started_on > period.last or ends < period.first:
            continue
        if active is not None and cycle.id == active.id:
            lead, manage = cycle_adherence(active, min(now.date(), period.last))
        else:
            lead, manage = closed_cycle_adherence(cycle, done)
        cycles.append((cycle, lead, manage))
    actions = [
        action
        for action in reversed(repos.feedback.actions())
        if action.started_on <= period.last
        and (action.closed_on is None or action.closed_on >= period.first)
    ]
    improvements = [
        improvement
        for improvement in repos.improvements.all()
        if improvement.started_week <= period.last
        and (improvement.closed_week is None or improvement.closed_week >= first_monday)
    ]
    return ReviewData(
        period=period,
        people={person.id: person.name for person in everyone},
        weeks=repos.weeks.counts_between(first_monday, last_monday),
        pulses=repos.weeks.pulses_between(first_monday, last_monday),
        coaching=repos.coaching.coaching_between(period.first, period.last),
        meetings=Counter(person_id for person_id, _when in meetings),
        recognitions=repos.coaching.recognitions_between(period.first, period.last),
        cycles=cycles,
        lessons=list(reversed(repos.lessons.find(first=period.first, last=period.last))),
        actions=actions,
        improvements=improvements,
        team=[person.name for person in everyone if not person.archived],
        goals=progress_between(repos, first_monday, last_monday),
        metrics=series_between(repos, first_monday, last_monday),
        rollouts=rollouts_between(repos, period.first, period.last),
    )


# --- the charts ------------------------------------------------------------------------------


def trends(data: ReviewData) -> list[Trend]:
    """The delivery and team-health charts (none for a period without planned weeks)."""
    charts = []
    reliability = [(day_month(w.week_start), _percent(w)) for w in data.weeks]
    if any(value is not None for _label, value in reliability):
        charts.append(
            Trend(
                "quarter-reliability.png",
                "Delivery reliability: % of planned tasks done, week by week",
                reliability,
                0,
                100,
                [(0, "0%"), (50, "50%"), (100, "100%")],
                "bars",
                0,
                "{:.0f}%",
            )
        )
    health = [
        (day_month(start), float(score) if score else None) for start, score, _t in data.pulses
    ]
    if any(value is not None for _label, value in health):
        charts.append(
            Trend(
                "quarter-health.png",
                "Team health: the Friday pulse, 1 (hard) to 5 (great)",
                health,
                1,
                5,
                [(value, str(value)) for value in range(1, 6)],
                "line",
                2,
            )
        )
    charts += [_metric_trend(series, data, number) for number, series in enumerate(shown(data))]
    return charts


def shown(data: ReviewData) -> list[MetricSeries]:
    """The team metrics with values in the period (the others have nothing to show)."""
    return [series for series in data.metrics if series.values]


def _metric_trend(series: MetricSeries, data: ReviewData, number: int) -> Trend:
    """One team metric week by week, with its target as a dashed line."""
    first, last = data.period.weeks()
    values = {value.week: value.value for value in series.values}
    mondays = [first + dt.timedelta(weeks=n) for n in range((last - first).days // 7 + 1)]
    known = [*values.values(), *([series.target] if series.target is not None else [])]
    unit = series.metric.unit
    low = min(0.0, *known)
    high = _nice_ceiling(max(known) * 1.1)
    if unit == "%" and max(known) <= 100:
        high = 100.0
    middle = (low + high) / 2
    return Trend(
        f"quarter-metric-{number + 1}.png",
        f"{series.metric.name}{f' ({unit})' if unit else ''}",
        [(day_month(monday), values.get(monday)) for monday in mondays],
        low,
        high,
        [(tick, with_unit(tick, unit if unit == "%" else "")) for tick in (low, middle, high)],
        "line",
        (number + 1) % 5,
        "{:g}",
        series.target,
    )


def _nice_ceiling(value: float) -> float:
    """The smallest of 1, 2, 2.5, 5 and 10 times a power of ten at or above ``value``."""
    if value <= 0:
        return 1.0
    power = 10.0 ** math.floor(math.log10(value))
    return next(step * power for step in (1, 2, 2.5, 5, 10) if step * power >= value)


def _percent(counts: WeekCounts) -> float | None:
    value = delivery_reliability(counts)
    return None if value is None else value * 100


# --- writing ---------------------------------------------------------------------------------


def review_paths(chosen: Path) -> tuple[Path, Path]:
    """The Markdown and PDF files for the name the person chose (with or without .md);
    a folder is refused in one sentence."""
    if not chosen.name or chosen.is_dir():
        raise ReviewError(f"{chosen} is a folder; give the review a file name inside it.")
    base = chosen.with_suffix("") if chosen.suffix.lower() in (".md", ".pdf") else chosen
    return base.with_name(base.name + ".md"), base.with_name(base.name + ".pdf")


def review_text(repos: Repositories, period: Period, now: dt.datetime) -> str:
    """The review as Markdown only (``leadjournal export --format markdown --review``)."""
    from leadjournal.services.quarter_text import review_markdown

    return review_markdown(gather(repos, period, now))


def review_pdf(repos: Repositories, period: Period, now: dt.datetime) -> bytes:
    """The review as a PDF with its charts (needs a QGuiApplication)."""
    from leadjournal.services.quarter_charts import pdf_with_charts
    from leadjournal.services.quarter_text import review_markdown

    data = gather(repos, period, now)
    charts = trends(data)
    return pdf_with_charts(review_markdown(data, charts), _title(period), charts)


def _title(period: Period) -> str:
    return f"My quarter in review — {period.label}"


def review_documents(repos: Repositories, period: Period, now: dt.datetime) -> tuple[str, bytes]:
    """The review as Markdown and as PDF bytes (the PDF needs a QGuiApplication)."""
    from leadjournal.services.quarter_charts import pdf_with_charts
    from leadjournal.services.quarter_text import review_markdown

    data = gather(repos, period, now)
    charts = trends(data)
    markdown = review_markdown(data, charts=())
    printed = review_markdown(data, charts=charts)
    return markdown, pdf_with_charts(printed, _title(period), charts)


def write_review(
    repos: Repositories, period: Period, chosen: Path, now: dt.datetime, *, replace: bool = False
) -> tuple[Path, Path]:
    """Write the review beside each other as ``name.md`` and ``name.pdf``. Both are made
    before either is written; if the second can't be written, a new first one is taken
    away again, so a failure leaves what was there before (one plain sentence)."""
    from leadjournal.services.documents import check_target, write_bytes, write_text

    markdown_path, pdf_path = review_paths(chosen)
    for path in (markdown_path, pdf_path):
        check_target(path, replace=replace)
    markdown, pdf = review_documents(repos, period, now)
    markdown_was_there = markdown_path.exists()
    write_text(markdown_path, markdown, replace=replace)
    try:
        write_bytes(pdf_path, pdf, replace=replace)
    except BaseException:
        if not markdown_was_there:
            markdown_path.unlink(missing_ok=True)
        raise
    return markdown_path, pdf_path


def existing_files(chosen: Path) -> list[Path]:
    """Which of the review's two files are there already (to ask before replacing)."""
    if not chosen.name or chosen.is_dir():
        return []
    return [path for path in review_paths(chosen) if path.is_file() and not path.is_symlink()]
