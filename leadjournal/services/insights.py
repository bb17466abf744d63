"""The numbers behind the Insights charts, as plain rows that also export to CSV."""

from __future__ import annotations

import csv
import datetime as dt
import io
from collections import Counter
from collections.abc import Mapping
from dataclasses import dataclass, field

from leadjournal import clock
from leadjournal.db.enums import PracticeCycleStatus
from leadjournal.db.models import PracticeCycle, TeamCheck
from leadjournal.db.repositories import Repositories
from leadjournal.i18n import QT_TRANSLATE_NOOP
from leadjournal.services.practice import (
    SIGNALS,
    PracticeService,
    balance,
    closed_adherence,
    cycle_days,
    progress,
)
from leadjournal.services.practice_schedule import cycle_schedule
from leadjournal.services.week_changes import SLIP_CATEGORIES, SLIP_CATEGORY_LABELS
from leadjournal.services.weeks import delivery_reliability, week_start_of
from leadjournal.text import day_month, month_year

# (key, label, weeks back; None = everything)
RANGES = (
    ("8w", QT_TRANSLATE_NOOP("", "Last 8 weeks"), 8),
    ("quarter", QT_TRANSLATE_NOOP("", "Last quarter"), 13),
    ("year", QT_TRANSLATE_NOOP("", "Last year"), 52),
    ("all", QT_TRANSLATE_NOOP("", "All time"), None),
)
EARLIEST = dt.date(1970, 1, 5)  # a Monday before any journal
# Up to half a year of two-week cycles, the adherence chart has a bar pair per cycle;
# beyond, per quarter (per year beyond three years).
CYCLES_SHOWN_ONE_BY_ONE = 13


def range_bounds(key: str, today: dt.date) -> tuple[dt.date, dt.date]:
    """First and last Monday of the chosen range, ending with this week."""
    last = week_start_of(today)
    weeks = dict((k, w) for k, _label, w in RANGES)[key]
    first = EARLIEST if weeks is None else last - dt.timedelta(weeks=weeks - 1)
    return first, last


@dataclass
class ChartData:
    """One chart: titles for the chart and axes, series names, and rows (x, values…).

    The titles, and the series names of every chart but the one-on-ones (whose series
    are people), are marked for the catalogue: show them with ``tr``.
    """

    key: str
    title: str
    x_title: str
    y_title: str
    series: tuple[str, ...]
    rows: list[tuple[object, ...]] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)  # e.g. the pulse sentences
    # A week with a plan left out of a weekly line because it is not over yet.
    in_progress: dt.date | None = None

    def csv(self) -> str:
        buffer = io.StringIO()
        writer = csv.writer(buffer, lineterminator="\n")
        writer.writerow((self.x_title, *self.series))
        for row in self.rows:
            writer.writerow(["" if value is None else _csv_value(value) for value in row])
        return buffer.getvalue()


def _csv_value(value: object) -> object:
    if isinstance(value, float):
        return f"{value:.3f}".rstrip("0").rstrip(".")
    if isinstance(value, dt.date):
        return value.isoformat()
    return value


def _short(day: dt.date) -> str:
    return day_month(day)


@dataclass(frozen=True)
class Headline:
    """This week's numbers for the top of Insights (last week's while this week has none).

    ``*_week`` is the Monday a number comes from; None values mean nothing yet.
    """

    reliability: float | None = None  # 0…1
    planned: int = 0
    planned_done: int = 0
    reliability_week: dt.date | None = None
    health: int | None = None  # 1…5
    health_week: dt.date | None = None
    lead_adherence: float | None = None  # 0…1, the current (or latest) practice cycle
    manage_adherence: float | None = None
    cycle_active: bool = False

    @property
    def adherence(self) -> float | None:
        """Both behaviours of the cycle together (the mean of what is known)."""
        known = [v for v in (self.lead_adherence, self.manage_adherence) if v is not None]
        return sum(known) / len(known) if known else None


# How many weeks of numbers a line needs before it shows a trend.
TREND_WEEKS = 2


class Insights:
    """Reads the journal once per chart; every figure here is shown and exported the same."""

    def __init__(self, repositories: Repositories) -> None:
        self.repos = repositories
        self.practice = PracticeService(repositories)

    def first_week(self) -> dt.date | None:
        """The Monday of the journal's first planned week, if any."""
        weeks = self.repos.weeks.week_starts()
        return weeks[0] if weeks else None

    def self_check(self, week_start: dt.date) -> TeamCheck | None:
        """The week's lead-or-manage self-check, if one was ticked."""
        return self.practice.check(week_start)

    def save_self_check(self, week_start: dt.date, signals: dict[str, bool]) -> None:
        self.practice.save_check(week_start, signals)

    def headline(self, today: dt.date) -> Headline:
        """Delivery reliability, team health and practice adherence as of ``today``."""
        this_monday = week_start_of(today)
        last_monday = this_monday - dt.timedelta(weeks=1)
        counts = [
            c
            for c in self.repos.weeks.counts_between(last_monday, this_monday)
            # A plan never confirmed is not a 0% week, nor is a week before its Friday.
            if c.planned and c.confirmed and not under_way(c.week_start, today)
        ]
        latest = counts[-1] if counts else None
        scored = [
            (start, score)
            for start, score, _text in self.repos.weeks.pulses_between(last_monday, this_monday)
            if score is not None
        ]
        practice = self.repos.practice
        cycle = practice.active_cycle()
        lead: float | None = None
        manage: float | None = None
        if cycle is not None:
            lead, manage = cycle_adherence(cycle, today)
        elif cycles := practice.cycles_without_ticks():
            latest_cycle = max(cycles, key=lambda c: c.started_on)
            done = practice.done_counts(latest_cycle.id)  # that cycle's days only
            lead, manage = closed_cycle_adherence(latest_cycle, done)
        return Headline(
            reliability=delivery_reliability(latest) if latest else None,
            planned=latest.planned if latest else 0,
            planned_done=latest.planned_done if latest else 0,
            reliability_week=latest.week_start if latest else None,
            health=scored[-1][1] if scored else None,
            health_week=scored[-1][0] if scored else None,
            lead_adherence=lead,
            manage_adherence=manage,
            cycle_active=cycle is not None,
        )

    def reliability(self, first: dt.date, last: dt.date, today: dt.date | None = None) -> ChartData:
        """Each week's share of its planned tasks done. With ``today``, this week joins on
        its Friday (the review day): on Monday it would read as a drop to 0%."""
        chart = ChartData(
            "reliability",
            QT_TRANSLATE_NOOP("", "Delivery reliability"),
            QT_TRANSLATE_NOOP("", "Week"),
            QT_TRANSLATE_NOOP("", "% of planned done"),
            (
                QT_TRANSLATE_NOOP("", "Delivery reliability (%)"),
                QT_TRANSLATE_NOOP("", "Planned"),
                QT_TRANSLATE_NOOP("", "Done"),
            ),
        )
        for counts in self.repos.weeks.counts_between(first, last):
            if today is not None and under_way(counts.week_start, today):
                chart.in_progress = counts.week_start if counts.planned else None
                continue
            value = delivery_reliability(counts)
            chart.rows.append(
                (
                    counts.week_start,
                    None if value is None else value * 100,
                    counts.planned,
                    counts.planned_done,
                )
            )
        return chart

    @staticmethod
    def unconfirmed_weeks(chart: ChartData) -> list[dt.date]:
        """The weeks of a reliability chart left out because their plan was never
        confirmed (tasks, but no figure)."""
        return [
            row[0]
            for row in chart.rows
            if isinstance(row[0], dt.date) and row[1] is None and row[2]
        ]

    def team_health(self, first: dt.date, last: dt.date) -> ChartData:
        chart = ChartData(
            "health",
            QT_TRANSLATE_NOOP("", "Team health"),
            QT_TRANSLATE_NOOP("", "Week"),
            QT_TRANSLATE_NOOP("", "Score (1–5)"),
            (
                QT_TRANSLATE_NOOP("", "Team health score"),
                QT_TRANSLATE_NOOP("", "What makes work harder"),
            ),
        )
        for week_start, score, text in self.repos.weeks.pulses_between(first, last):
            if score is None and not text.strip():
                continue
            chart.rows.append((week_start, score, text.strip()))
            if text.strip():
                chart.notes.append(f"{_short(week_start)}: {text.strip()}")
        chart.notes.reverse()  # newest first beside the chart
        return chart

    def adherence(self, first: dt.date, last: dt.date, today: dt.date) -> ChartData:
        """Each cycle's adherence; over more than half a year of cycles, the average of
        the cycles started in each quarter (each year beyond three years), so the bars
        stay wide enough to read."""
        practice = self.repos.practice
        cycles = [
            c
            for c in practice.cycles_without_ticks()
            if first <= c.started_on <= last + dt.timedelta(days=6)
        ]
        done = practice.done_counts()
        active = practice.active_cycle()  # the only one whose days are still running
        results = []
        for cycle in reversed(cycles):
            if active is not None and cycle.id == active.id:
                lead, manage = cycle_adherence(active, today)
            else:
                lead, manage = closed_cycle_adherence(cycle, done)
            results.append((cycle, lead, manage))
        if len(results) <= CYCLES_SHOWN_ONE_BY_ONE:
            chart = self._adherence_chart("cycle")
            for cycle, lead, manage in results:
                chart.rows.append(
                    (
                        _short(cycle.started_on),
                        _percent(lead),
                        _percent(manage),
                        cycle.lead_title,
                        cycle.manage_title,
                    )
                )
            return chart
        by_year = (results[-1][0].started_on.year - results[0][0].started_on.year) >= 3
        chart = self._adherence_chart("year" if by_year else "quarter")
        groups: dict[str, list[tuple[PracticeCycle, float | None, float | None]]] = {}
        for result in results:
            started = result[0].started_on
            label = _period_label(
                "year" if by_year else "quarter", started.year, (started.month - 1) // 3 + 1
            )
            groups.setdefault(label, []).append(result)
        for label, group in groups.items():
            chart.rows.append(
                (
                    label,
                    _percent(_mean([lead for _c, lead, _m in group])),
                    _percent(_mean([manage for _c, _l, manage in group])),
                    _titles([cycle.lead_title for cycle, _l, _m in group]),
                    _titles([cycle.manage_title for cycle, _l, _m in group]),
                )
            )
        return chart

    @staticmethod
    def _adherence_chart(per: str) -> ChartData:
        titles = {
            "cycle": (
                QT_TRANSLATE_NOOP("", "Practice adherence per cycle"),
                QT_TRANSLATE_NOOP("", "Cycle"),
            ),
            "quarter": (
                QT_TRANSLATE_NOOP("", "Practice adherence per quarter, its cycles averaged"),
                QT_TRANSLATE_NOOP("", "Quarter"),
            ),
            "year": (
                QT_TRANSLATE_NOOP("", "Practice adherence per year, its cycles averaged"),
                QT_TRANSLATE_NOOP("", "Year"),
            ),
        }[per]
        return ChartData(
            "adherence",
            *titles,
            QT_TRANSLATE_NOOP("", "% of days done"),
            (
                QT_TRANSLATE_NOOP("", "Leading (%)"),
                QT_TRANSLATE_NOOP("", "Managing (%)"),
                QT_TRANSLATE_NOOP("", "Leading behaviour"),
                QT_TRANSLATE_NOOP("", "Managing behaviour"),
            ),
        )

    def one_on_ones(self, first: dt.date, last: dt.date, now: dt.datetime) -> ChartData:
        """One-on-ones held (not just scheduled) per person per month; over more than two
        years per quarter, and over more than three years per year."""
        end = min(now, dt.datetime.combine(last + dt.timedelta(days=7), dt.time()))
        meetings = self.repos.coaching.meetings_between(dt.datetime.combine(first, dt.time()), end)
        people = {p.id: p.name for p in self.repos.people.list(include_archived=True)}
        per = _period_for({(when.year, when.month) for _person, when in meetings})
        counts = Counter((_period_of(per, when), person) for person, when in meetings)
        buckets = sorted({_period_of(per, when) for _person, when in meetings})
        names = sorted({people.get(p, "?") for _b, p in counts}, key=str.lower)
        ids = {name: pid for pid, name in people.items()}
        title, x_title = {
            "month": (
                QT_TRANSLATE_NOOP("", "One-on-ones held per person per month"),
                QT_TRANSLATE_NOOP("", "Month"),
            ),
            "quarter": (
                QT_TRANSLATE_NOOP("", "One-on-ones held per person per quarter"),
                QT_TRANSLATE_NOOP("", "Quarter"),
            ),
            "year": (
                QT_TRANSLATE_NOOP("", "One-on-ones held per person per year"),
                QT_TRANSLATE_NOOP("", "Year"),
            ),
        }[per]
        chart = ChartData(
            "one_on_ones", title, x_title, QT_TRANSLATE_NOOP("", "One-on-ones"), tuple(names)
        )
        for year, part in buckets:
            label = _period_label(per, year, part)
            chart.rows.append((label, *(counts[((year, part), ids[n])] for n in names)))
        return chart

    def recognition(self, first: dt.date, last: dt.date) -> ChartData:
        """Recognition per person, everyone on the team included: zeros are the point."""
        counts = self.repos.coaching.recognition_counts(first, last + dt.timedelta(days=6))
        chart = ChartData(
            "recognition",
            QT_TRANSLATE_NOOP("", "Recognition per person"),
            QT_TRANSLATE_NOOP("", "Person"),
            QT_TRANSLATE_NOOP("", "Times recognised"),
            (QT_TRANSLATE_NOOP("", "Recognitions"),),
        )
        people = self.repos.people.list(include_archived=True)
        shown = [p for p in people if not p.archived or counts.get(p.id)]
        for person in sorted(shown, key=lambda p: (counts.get(p.id, 0), p.name.lower())):
            chart.rows.append((person.name, counts.get(person.id, 0)))
        never = [row[0] for row in chart.rows if row[1] == 0]
        if never:
            chart.notes.append("Not recognised in this period: " + ", ".join(map(str, never)))
        return chart

    def slip_causes(self, first: dt.date, last: dt.date, today: dt.date | None = None) -> ChartData:
        """Why tasks slipped, by kind, over time: tasks not done in a week that is over (or
        reviewed) without a cause count as "No cause given"."""
        this_monday = week_start_of(today or clock.today())
        rows = self.repos.week_changes.slips_between(first, last, this_monday)
        begun = self.first_week()
        return slip_causes_chart(rows, max(first, begun) if begun else first, last)

    def balance(self, first: dt.date, last: dt.date) -> ChartData:
        chart = ChartData(
            "balance",
            QT_TRANSLATE_NOOP("", "Lead or manage? The weekly self-check"),
            QT_TRANSLATE_NOOP("", "Week"),
            QT_TRANSLATE_NOOP("", "Lead (+) or manage (−)"),
            (
                QT_TRANSLATE_NOOP("", "Balance"),
                QT_TRANSLATE_NOOP("", "Leading signals"),
                QT_TRANSLATE_NOOP("", "Managing signals"),
            ),
        )
        for check in self.repos.practice.checks_between(first, last):
            result = balance({name: getattr(check, name) for name, _label in SIGNALS})
            chart.rows.append((check.week_start, result.score, result.lead, result.manage))
        return chart


# Up to a quarter of weeks shows a bar per week; longer ranges a bar per month.
WEEKLY_SLIP_BARS = 13
NO_CAUSE = ""  # a slipped task whose cause was not given
NO_CAUSE_LABEL = QT_TRANSLATE_NOOP("", "No cause given")


def slip_causes_chart(rows: list[tuple[dt.date, str]], first: dt.date, last: dt.date) -> ChartData:
    """Slipped tasks by the kind of reason (and those without one): a bar per week of the
    range (every week, none left out), per month over a quarter, per quarter over two
    years, per year beyond three. A week belongs to the month of its Thursday, as ISO
    weeks do."""
    kinds = (*SLIP_CATEGORIES, NO_CAUSE)
    series = (*(SLIP_CATEGORY_LABELS[c] for c in SLIP_CATEGORIES), NO_CAUSE_LABEL)
    if not rows:
        return ChartData(
            "slip_causes",
            QT_TRANSLATE_NOOP("", "Why tasks slipped"),
            QT_TRANSLATE_NOOP("", "Week starting"),
            QT_TRANSLATE_NOOP("", "Slipped tasks"),
            series,
        )
    first = min(first, rows[0][0])
    if (last - first).days // 7 + 1 <= WEEKLY_SLIP_BARS:
        counts = Counter(rows)
        chart = ChartData(
            "slip_causes",
            QT_TRANSLATE_NOOP("", "Why tasks slipped"),
            QT_TRANSLATE_NOOP("", "Week starting"),
            QT_TRANSLATE_NOOP("", "Slipped tasks"),
            series,
        )
        monday = first
        while monday <= last:
            chart.rows.append((_short(monday), *(counts[(monday, kind)] for kind in kinds)))
            monday += dt.timedelta(weeks=1)
        return chart
    thursdays = [(start + dt.timedelta(days=3), kind) for start, kind in rows]
    per = _period_for({(day.year, day.month) for day, _kind in thursdays})
    by_bucket = Counter((_period_of(per, day), kind) for day, kind in thursdays)
    chart = ChartData(
        "slip_causes",
        QT_TRANSLATE_NOOP("", "Why tasks slipped"),
        {
            "month": QT_TRANSLATE_NOOP("", "Month"),
            "quarter": QT_TRANSLATE_NOOP("", "Quarter"),
            "year": QT_TRANSLATE_NOOP("", "Year"),
        }[per],
        QT_TRANSLATE_NOOP("", "Slipped tasks"),
        series,
    )
    for year, part in sorted({_period_of(per, day) for day, _kind in thursdays}):
        label = _period_label(per, year, part)
        chart.rows.append((label, *(by_bucket[((year, part), kind)] for kind in kinds)))
    return chart


def closed_cycle_adherence(
    cycle: PracticeCycle, done: Mapping[tuple[int, str, int], int]
) -> tuple[float | None, float | None]:
    """Adherence of a finished or ended cycle from its counted done days (``done`` as
    ``PracticeRepository.done_counts`` gives it, by week), without loading any ticks."""
    return closed_adherence(cycle, done, "lead"), closed_adherence(cycle, done, "manage")


def cycle_adherence(cycle: PracticeCycle, today: dt.date) -> tuple[float | None, float | None]:
    """Adherence of a cycle's leading and managing behaviour (as of its end, or today)."""
    days = cycle_days(cycle.started_on, cycle.length_days)
    as_of = min(today, cycle.ended_on or today, days[-1])
    results = []
    for behaviour in ("lead", "manage"):
        ticks = {t.day: t.state for t in cycle.ticks if t.behaviour == behaviour}
        # A finished cycle is judged on all its days, as if "today" were the day after.
        judged_today = (
            as_of + dt.timedelta(days=1) if cycle.status != PracticeCycleStatus.ACTIVE else as_of
        )
        schedule = cycle_schedule(cycle, behaviour)
        results.append(
            progress(days, ticks, judged_today, cycle.working_days_only, schedule).adherence
        )
    return results[0], results[1]


def under_way(week_start: dt.date, today: dt.date) -> bool:
    """Whether the week is still before its Friday, the day it is reviewed."""
    return today < week_start + dt.timedelta(days=4)


def _period_for(months: set[tuple[int, int]]) -> str:
    """How a chart over these ``(year, month)`` counts: month by month up to two years,
    then per quarter, and per year beyond three years (forty quarters leave no room)."""
    if len(months) <= 24:
        return "month"
    return "year" if max(months)[0] - min(months)[0] >= 3 else "quarter"


def _period_of(per: str, day: dt.date) -> tuple[int, int]:
    """The ``(year, month/quarter/0)`` that ``day`` counts in."""
    if per == "month":
        return day.year, day.month
    return day.year, (day.month - 1) // 3 + 1 if per == "quarter" else 0


def _period_label(per: str, year: int, part: int) -> str:
    """ "Nov 2026", "Q4 2026" or "2026": a month, quarter or year of a chart's axis."""
    if per == "month":
        return month_year(dt.date(year, part, 1))
    return f"Q{part} {year}" if per == "quarter" else str(year)


def _mean(values: list[float | None]) -> float | None:
    known = [value for value in values if value is not None]
    return sum(known) / len(known) if known else None


def _titles(titles: list[str]) -> str:
    """The behaviours practised in a quarter or year, each once, in the order first tried."""
    return "; ".join(dict.fromkeys(titles))


def _percent(value: float | None) -> float | None:
    return None if value is None else round(value * 100, 1)
