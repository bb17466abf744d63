"""The reminder scheduler: single-shot timers armed for the next due reminder.

No polling: one timer waits for the next reminder. A slow re-sync (every few minutes)
notices wall-clock jumps — a changed clock, a new time zone, a machine waking from
sleep — by comparing wall-clock time against the monotonic clock, and then re-arms.
Qt timers take an int of milliseconds, so long waits are cut into pieces.
"""

from __future__ import annotations

import datetime as dt
import logging
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer, Signal

from leadjournal import clock as clock_module
from leadjournal.clock import Clock
from leadjournal.services.reminder_text import Reminder
from leadjournal.services.reminders import (
    ReminderData,
    ReminderSettings,
    job_done,
    load_data,
    load_settings,
    occurrences,
    reminder_on_the_day,
    seconds_until,
    snooze_until,
)
from leadjournal.services.settings import JournalSettings

if TYPE_CHECKING:
    from leadjournal.db.repositories import Repositories

log = logging.getLogger(__name__)

MAX_TIMER_MS = 2**31 - 1  # QTimer takes a C int
RESYNC_MS = 5 * 60 * 1000
JUMP_TOLERANCE_S = 90.0
LOOKAHEAD = dt.timedelta(days=8)
MISSED_WINDOW = dt.timedelta(days=7)  # older missed reminders are not worth showing


class ReminderScheduler(QObject):
    """Emits ``reminder_due`` for each reminder as it comes due, and ``missed`` once for
    reminders that came due while the app was closed or the machine slept."""

    reminder_due = Signal(object)  # Reminder
    missed = Signal(list)  # list[Reminder]
    schedule_changed = Signal()

    def __init__(
        self, repositories: Repositories, clock: Clock | None = None, parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self.repos = repositories
        self._settings = JournalSettings.of(repositories)
        self.clock: Clock = clock or clock_module.current()
        self.settings: ReminderSettings = load_settings(repositories)
        self.next: Reminder | None = None
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self.sync)
        self._resync = QTimer(self)
        self._resync.setInterval(RESYNC_MS)
        self._resync.timeout.connect(self._check_for_jump)
        self._wall_mark = self.clock.now()
        self._mono_mark = self.clock.monotonic()
        self.armed_ms: int | None = None  # what the timer was last set to (for tests)

    # --- starting and syncing ---------------------------------------------------------------

    def start(self) -> None:
        """Show what was missed while closed, then arm for the next reminder."""
        self.catch_up()
        self._resync.start()
        self.sync()

    def reload_settings(self) -> None:
        self.settings = load_settings(self.repos)
        self.sync()

    def catch_up(self) -> list[Reminder]:
        """Reminders due since the app last looked, shown once, together."""
        now = self.clock.now()
        last_seen = self._settings.reminders_last_seen
        self._mark_seen(now)
        if last_seen is None:
            return []
        last_seen = max(last_seen, now - MISSED_WINDOW)
        missed = self._fresh(occurrences(self.settings, self._data(last_seen, now), last_seen, now))
        for reminder in missed:
            self._record(reminder, now)
        if missed:
            log.info("Reminders missed while away: %s", ", ".join(r.key for r in missed))
            self.missed.emit(missed)
        return missed

    def sync(self) -> None:
        """Deliver what is due now, then arm the timer for the next reminder."""
        now = self.clock.now()
        self._wall_mark, self._mono_mark = now, self.clock.monotonic()
        snoozed = self.repos.reminders.snoozed_due(now)
        done_data = self._data(now - MISSED_WINDOW, now) if snoozed else None
        for row in snoozed:
            reminder = Reminder(
                row.key, row.kind, row.snoozed_until or now, row.title, row.body, row.link
            )
            if done_data is not None and job_done(reminder, done_data):
                self._record(reminder, now)  # done meanwhile: it rests, unshown
                continue
            self._deliver(reminder, now)
        since = max(self._settings.reminders_last_seen or now, now - MISSED_WINDOW)
        fresh = self._fresh(
            occurrences(self.settings, self._data(since, now), since, now + dt.timedelta(seconds=1))
        )
        # Left open overnight (asleep, say): an earlier day's reminders are missed ones,
        # said once in one line, not shown one by one as if due now.
        missed = [r for r in fresh if not reminder_on_the_day(r, now.date())]
        for reminder in missed:
            self._record(reminder, now)
        if missed:
            self.missed.emit(missed)
        for reminder in fresh:
            if reminder not in missed:
                self._deliver(reminder, now)
        self._mark_seen(now)
        self._arm(now)

    def _arm(self, now: dt.datetime) -> None:
        horizon = now + LOOKAHEAD
        data = self._data(now, horizon)
        upcoming = self._fresh(
            occurrences(self.settings, data, now + dt.timedelta(seconds=1), horizon)
        )
        snoozed = self.repos.reminders.next_snoozed(now)
        candidates = upcoming[:1]
        if snoozed is not None and snoozed.snoozed_until is not None:
            candidates.append(
                Reminder(
                    snoozed.key,
                    snoozed.kind,
                    snoozed.snoozed_until,
                    snoozed.title,
                    snoozed.body,
                    snoozed.link,
                )
            )
        self.next = min(candidates, key=lambda r: r.due) if candidates else None
        if self.next is None:
            wait_ms = RESYNC_MS
        else:
            wait_ms = max(0, int(seconds_until(self.next.due, now) * 1000)) + 50
        self.armed_ms = min(wait_ms, MAX_TIMER_MS)
        self._timer.start(self.armed_ms)
        self.schedule_changed.emit()

    def _check_for_jump(self) -> None:
        """Every few minutes: deliver what is due and re-arm (always, so a timer that
        slept through a suspend still fires); a wall clock that moved differently from
        the real elapsed time (a resume, a clock change) is only logged."""
        now = self.clock.now()
        wall = seconds_until(now, self._wall_mark)
        real = self.clock.monotonic() - self._mono_mark
        if abs(wall - real) > JUMP_TOLERANCE_S:
            log.info("Clock jump of %.0f s noticed; catching up on reminders", wall - real)
        self.sync()

    # --- user actions ---------------------------------------------------------------------------

    def snooze(self, reminder: Reminder, minutes: int | None) -> dt.datetime:
        """Bring the reminder back after ``minutes`` (None: tomorrow morning)."""
        until = snooze_until(self.clock.now(), minutes, self.settings)
        self._record(reminder, self.clock.now())
        self.repos.reminders.snooze(reminder.key, until)
        self.sync()
        return until

    def pause_today(self) -> None:
        self._settings.reminders_paused_on = self.clock.now().date()
        self.reload_settings()

    def resume(self) -> None:
        self._settings.reminders_paused_on = None
        self.reload_settings()

    def paused(self) -> bool:
        return self.settings.paused_on == self.clock.now().date()

    def stop(self) -> None:
        self._timer.stop()
        self._resync.stop()
        self._mark_seen(self.clock.now())

    # --- helpers ------------------------------------------------------------------------------

    def still_to_do(self, reminders: list[Reminder]) -> list[Reminder]:
        """Those of ``reminders`` whose job isn't done yet (a step ticked since, say)."""
        if not reminders:
            return []
        now = self.clock.now()
        data = self._data(min(r.due for r in reminders), now)
        return [r for r in reminders if not job_done(r, data)]

    def _data(self, start: dt.datetime, end: dt.datetime) -> ReminderData:
        return load_data(self.repos, start.date() - dt.timedelta(days=1), end.date())

    def _fresh(self, reminders: list[Reminder]) -> list[Reminder]:
        logged = self.repos.reminders.logged(r.key for r in reminders)
        return [r for r in reminders if r.key not in logged]

    def _deliver(self, reminder: Reminder, now: dt.datetime) -> None:
        self._record(reminder, now)
        log.info("Reminder due: %s", reminder.key)
        self.reminder_due.emit(reminder)

    def _record(self, reminder: Reminder, now: dt.datetime) -> None:
        self.repos.reminders.record(
            reminder.key,
            reminder.kind,
            reminder.title,
            reminder.body,
            reminder.link,
            reminder.due,
            now,
        )

    def _mark_seen(self, now: dt.datetime) -> None:
        self._settings.reminders_last_seen = now
