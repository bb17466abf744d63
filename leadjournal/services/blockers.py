"""Tuesday's follow-up: blockers as records kept until resolved, and dated next actions
asked about at the next check-in ("did it happen?").

Shown on the check-in, the Tracker (through the weeks repository's ``blockers_in_week``),
the Today panel, the one-on-one preparation and the Markdown exports.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Mapping, Sequence

from leadjournal import clock
from leadjournal.db.enums import BlockerNeed
from leadjournal.db.models import Blocker, CheckIn
from leadjournal.db.repositories import Repositories
from leadjournal.db.repositories.blockers import ANYONE
from leadjournal.db.repositories.week_fields import PastBlocker
from leadjournal.i18n import QT_TRANSLATE_NOOP, tr
from leadjournal.services.improvements import create_improvement_from_blocker
from leadjournal.services.week_wording import matching_past_blocker
from leadjournal.text import day_month, weekday_short

# The seed's question at the check-in: "Do you need a decision, a resource, or a quick
# review?" Marked for the catalogue; translate where shown.
NEED_LABELS: dict[str, str] = {
    BlockerNeed.DECISION: QT_TRANSLATE_NOOP("", "A decision"),
    BlockerNeed.RESOURCE: QT_TRANSLATE_NOOP("", "A resource"),
    BlockerNeed.REVIEW: QT_TRANSLATE_NOOP("", "A quick review"),
    BlockerNeed.UNKNOWN: QT_TRANSLATE_NOOP("", "Not sure yet"),
}
# The same inside a sentence ("… — a decision from Dana").
NEED_PHRASES: dict[str, str] = {
    BlockerNeed.DECISION: QT_TRANSLATE_NOOP("", "a decision"),
    BlockerNeed.RESOURCE: QT_TRANSLATE_NOOP("", "a resource"),
    BlockerNeed.REVIEW: QT_TRANSLATE_NOOP("", "a quick review"),
}
# The same in the Markdown export (English, like the rest of the file).
_NEED_WORDS: dict[str, str] = {
    BlockerNeed.DECISION: "needs a decision",
    BlockerNeed.RESOURCE: "needs a resource",
    BlockerNeed.REVIEW: "needs a quick review",
    BlockerNeed.UNKNOWN: "",
}


def short_day(day: dt.date) -> str:
    """ "Thu 3 Dec"."""
    return f"{weekday_short(day)} {day_month(day)}"


def next_working_day(day: dt.date) -> dt.date:
    """The first Monday-to-Friday day after ``day``."""
    following = day + dt.timedelta(days=1)
    while following.weekday() >= 5:
        following += dt.timedelta(days=1)
    return following


def blocker_summary(blocker: Blocker) -> str:
    """One line for a blocker, translated: what, and what it needs from whom."""
    need = tr(NEED_PHRASES[blocker.need]) if blocker.need in NEED_PHRASES else ""
    who = blocker.unblocker.strip()
    if need and who:
        return tr("{0} — {1} from {2}").format(blocker.what, need, who)
    if need:
        return tr("{0} — {1}").format(blocker.what, need)
    if who:
        return tr("{0} — {1} can unblock it").format(blocker.what, who)
    return blocker.what


def blocker_markdown(blocker: Blocker, people: Mapping[int, str]) -> str:
    """One Markdown bullet's text for a blocker (English, as the export is)."""
    parts = [_NEED_WORDS.get(blocker.need, "")]
    if blocker.unblocker.strip():
        parts.append(f"who can unblock it: {blocker.unblocker.strip()}")
    parts.append(f"raised {blocker.raised_on.isoformat()}")
    parts.append(
        f"resolved {blocker.resolved_on.isoformat()}" if blocker.resolved_on else "still open"
    )
    who = people.get(blocker.person_id, "?") if blocker.person_id is not None else "Me"
    return f"**{who}** — {blocker.what} ({'; '.join(p for p in parts if p)})"


def next_action_markdown(checkin: CheckIn) -> str:
    """A check-in's next action in the Markdown export ("" when there is none)."""
    if not checkin.next_action.strip():
        return ""
    when = f" by {checkin.next_action_due.isoformat()}" if checkin.next_action_due else ""
    if checkin.next_action_when.strip():
        when += f" ({checkin.next_action_when.strip()})"
    happened = {True: "; it happened", False: "; it did not happen", None: ""}
    return (
        f"next action: {checkin.next_action.strip()}{when}{happened[checkin.next_action_happened]}"
    )


def person_follow_ups(repos: Repositories, person_id: int = ANYONE) -> dict[int, list[str]]:
    """For the Markdown export of people: each person's (or one person's) blockers and
    next steps, one English line each, oldest first (two reads however many people)."""
    lines: dict[int, list[tuple[dt.date, str]]] = {}
    for blocker in repos.blockers.all(person_id):
        if blocker.person_id is not None:
            text = blocker_markdown(blocker, {}).split(" — ", 1)[1]
            lines.setdefault(blocker.person_id, []).append((blocker.raised_on, f"blocker: {text}"))
    for checkin, week_start in repos.blockers.next_actions(person_id):
        if checkin.person_id is not None:
            text = f"week of {week_start.isoformat()}, {next_action_markdown(checkin)}"
            lines.setdefault(checkin.person_id, []).append((week_start, text))
    return {
        person: [text for _day, text in sorted(found, key=lambda pair: pair[0])]
        for person, found in lines.items()
    }


class FollowUps:
    """Blockers and next actions, for the screens that follow them up."""

    def __init__(self, repositories: Repositories) -> None:
        self.repos = repositories

    # --- blockers --------------------------------------------------------------------

    def raise_blocker(
        self,
        week_id: int,
        person_id: int | None,
        what: str,
        need: str = BlockerNeed.UNKNOWN,
        unblocker: str = "",
        task_id: int | None = None,
    ) -> int:
        """Record a blocker (raised today); a name of someone on the team links to them."""
        what = " ".join(what.split())
        if not what:
            raise ValueError("A blocker needs a few words on what is in the way.")
        unblocker = " ".join(unblocker.split())
        known = self.repos.people.find_by_name(unblocker) if unblocker else None
        return self.repos.blockers.add(
            week_id,
            person_id=person_id,
            what=what,
            need=BlockerNeed(need),
            unblocker=unblocker,
            unblocker_person_id=known.id if known else None,
            task_id=task_id,
            raised_on=clock.today(),
        )

    def raised_this_week(self, week_id: int, person_id: int | None) -> Blocker | None:
        """The blocker the person's check-in line of that week raised (its first one)."""
        found = [b for b in self.repos.blockers.raised_in(week_id) if b.person_id == person_id]
        return found[0] if found else None

    def save_week_blocker(
        self,
        week_id: int,
        person_id: int | None,
        what: str,
        need: str = BlockerNeed.UNKNOWN,
        unblocker: str = "",
        task_id: int | None = None,
    ) -> int | None:
        """What the check-in line says is in the person's way this week, saved as typed:
        the week's blocker is made, changed, or (no words left) removed. Returns its id."""
        with self.repos.unit_of_work():
            current = self.raised_this_week(week_id, person_id)
            if not what.strip():
                if current is not None:
                    self.repos.blockers.delete(current.id)
                return None
            if current is None:
                return self.raise_blocker(week_id, person_id, what, need, unblocker, task_id)
            unblocker = " ".join(unblocker.split())
            known = self.repos.people.find_by_name(unblocker) if unblocker else None
            self.repos.blockers.update(
                current.id,
                what=" ".join(what.split()),
                need=BlockerNeed(need),
                unblocker=unblocker,
                unblocker_person_id=known.id if known else None,
                task_id=task_id,
            )
            return current.id

    def is_improvement(self, what: str) -> bool:
        """Whether the blocker's words are an open improvement already."""
        return self.repos.improvements.open_titled(" ".join(what.split())) is not None

    def resolve(self, blocker_id: int) -> None:
        self.repos.blockers.update(blocker_id, resolved_on=clock.today())

    def reopen(self, blocker_id: int) -> None:
        self.repos.blockers.update(blocker_id, resolved_on=None)

    def remove(self, blocker_id: int) -> None:
        self.repos.blockers.delete(blocker_id)

    def shown_in_week(self, week_start: dt.date) -> list[Blocker]:
        """The blockers a week's check-in lists: its own and those still open from before."""
        return self.repos.blockers.shown_in_week(week_start)

    def open_blockers(self, person_id: int | None) -> list[Blocker]:
        return self.repos.blockers.open(person_id)

    @staticmethod
    def recurring(
        blocker: Blocker | str, person_id: int | None, history: Sequence[PastBlocker]
    ) -> PastBlocker | None:
        """An earlier week's blocker that looks like this one (the same #tag, or the same
        person and similar words), or None."""
        text = blocker if isinstance(blocker, str) else blocker.what
        return matching_past_blocker(text, person_id, history)

    def make_improvement(self, week_start: dt.date, what: str, since: dt.date) -> int:
        """Make a recurring blocker this week's improvement (Wednesday's step)."""
        why = tr("Keeps coming back at the check-in (first seen the week of {0}).").format(
            day_month(since)
        )
        return create_improvement_from_blocker(self.repos, week_start, what, why)

    def risk_lines(self, week_start: dt.date, people: Mapping[int, str], me: str) -> list[str]:
        """One English sentence per blocker open in that week, for the stakeholder
        draft's risks: "Sam is blocked: the test server (needs a decision from Priya)"."""
        lines = []
        for blocker in self.repos.blockers.shown_in_week(week_start):
            if blocker.resolved_on is not None and blocker.resolved_on <= week_start:
                continue
            who = me if blocker.person_id is None else people.get(blocker.person_id, "?")
            need = _NEED_WORDS.get(blocker.need, "")
            if blocker.unblocker.strip():
                need = f"{need or 'needs'} from {blocker.unblocker.strip()}"
            done = " (resolved)" if blocker.resolved_on else ""
            lines.append(
                f"{who} is blocked: {blocker.what}" + (f" ({need})" if need else "") + done
            )
        return lines

    # --- next actions ------------------------------------------------------------------

    def previous_next_action(
        self, person_id: int | None, week_start: dt.date
    ) -> tuple[CheckIn, dt.date] | None:
        """The person's next action from their latest check-in before that week."""
        return self.repos.blockers.last_next_action(person_id, week_start)

    def answer_next_action(self, checkin: CheckIn, happened: bool | None) -> None:
        """Did it happen? (None takes the answer back.)"""
        self.repos.weeks.save_checkin(
            checkin.week_id, checkin.person_id, next_action_happened=happened
        )


# --- reading old "by when" words (a v1 export file; migration 0010 has its own copy) ---

_DAY_NAMES = (
    ("monday", "mon", "montag"),
    ("tuesday", "tue", "tues", "dienstag"),
    ("wednesday", "wed", "mittwoch"),
    ("thursday", "thu", "thur", "thurs", "donnerstag"),
    ("friday", "fri", "freitag"),
    ("saturday", "sat", "samstag"),
    ("sunday", "sun", "sonntag"),
)
_WEEKDAYS = {name: day for day, names in enumerate(_DAY_NAMES) for name in names}
_SHORT_WEEKDAYS = {name: day for day, name in enumerate("mo di mi do fr sa so".split())}
_MONTH_NAMES = (
    ("january", "jan", "januar"),
    ("february", "feb", "februar"),
    ("march", "mar", "märz", "mär"),
    ("april", "apr"),
    ("may", "mai"),
    ("june", "jun", "juni"),
    ("july", "jul", "juli"),
    ("august", "aug"),
    ("september", "sep", "sept"),
    ("october", "oct", "oktober", "okt"),
    ("november", "nov"),
    ("december", "dec", "dezember", "dez"),
)
_MONTHS = {name: month for month, names in enumerate(_MONTH_NAMES, 1) for name in names}
_FILLER = frozenset("by on before until at the of this end eod eow week day am bis zum".split())


def due_from_words(text: str, week_start: dt.date) -> tuple[dt.date | None, bool]:
    """The date a check-in's old "by when" words name, read from the Tuesday of its week,
    and whether the words said nothing more than that date (so they need not be kept).

    Read: an ISO date, "3 Dec" / "Dec 3", "3.12.", a weekday ("Thursday", "Thu", "Do"),
    "today", "tomorrow", "end of week"; anything else gives None."""
    tuesday = week_start + dt.timedelta(days=1)
    words = re.findall(r"[\w.:/-]+", text.lower())
    due: dt.date | None = None
    extra = False
    for index, word in enumerate(words):
        bare = word.strip(".")
        found: dt.date | None = None
        if match := re.fullmatch(r"(\d{4})-(\d{1,2})-(\d{1,2})", bare):
            found = _date_or_none(*(int(part) for part in match.groups()))
        elif match := re.fullmatch(r"(\d{1,2})\.(\d{1,2})\.?(\d{4})?", word):
            day, month, year = match.groups()
            found = _near(week_start, int(month), int(day), year)
        elif bare in _MONTHS:
            # "Dec 3" or "3 Dec": the number beside the month.
            month = _MONTHS[bare]
            for other in (index + 1, index - 1):
                if 0 <= other < len(words) and words[other].rstrip(".").isdigit():
                    found = _near(week_start, month, int(words[other].rstrip(".")), None)
                    break
        elif bare in _WEEKDAYS or (len(words) == 1 and bare in _SHORT_WEEKDAYS):
            day_number = _WEEKDAYS.get(bare, _SHORT_WEEKDAYS.get(bare, 0))
            # A day before Tuesday means the next week's.
            offset = day_number if day_number >= 1 else day_number + 7
            found = week_start + dt.timedelta(days=offset)
        elif bare in ("today", "heute", "eod"):
            found = tuesday
        elif bare in ("tomorrow", "morgen"):
            found = tuesday + dt.timedelta(days=1)
        elif bare in ("eow",) or (bare == "week" and "end" in words):
            found = week_start + dt.timedelta(days=4)
        if found is not None:
            due = due or found
        elif not (bare in _FILLER or bare.isdigit()):
            extra = True
    return due, due is not None and not extra


def _date_or_none(year: int, month: int, day: int) -> dt.date | None:
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


def _near(week_start: dt.date, month: int, day: int, year: str | None) -> dt.date | None:
    """The day and month given, in the year that puts it nearest the week."""
    if year:
        return _date_or_none(int(year), month, day)
    options = [_date_or_none(week_start.year + shift, month, day) for shift in (-1, 0, 1)]
    found = [d for d in options if d is not None]
    return min(found, key=lambda d: abs((d - week_start).days)) if found else None
