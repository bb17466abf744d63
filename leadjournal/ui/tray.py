"""The tray icon and its menu, rebuilt each time it opens."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import QAction, QIcon
from PySide6.QtWidgets import QMenu, QSystemTrayIcon

from leadjournal import clock
from leadjournal.db.enums import BehaviourKind, TickState
from leadjournal.i18n import tr
from leadjournal.paths import tray_icon_file
from leadjournal.scheduler import ReminderScheduler
from leadjournal.services.practice import PracticeService
from leadjournal.services.practice_schedule import is_eligible
from leadjournal.services.reminder_text import describe_when
from leadjournal.ui import icons

if TYPE_CHECKING:
    from leadjournal.db.repositories import Repositories


class TrayController(QObject):
    """Open · Quick capture… · Tick today's practice · Next reminder · Pause · Quit."""

    open_requested = Signal()
    toggle_requested = Signal()
    capture_requested = Signal()
    quit_requested = Signal()

    def __init__(
        self,
        repositories: Repositories,
        scheduler: ReminderScheduler,
        today: Callable[[], dt.date] = clock.today,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.practice = PracticeService(repositories)
        self.scheduler = scheduler
        self.today = today
        # Set by the session: while the window is locked the tray names nothing.
        self.is_locked: Callable[[], bool] = lambda: False
        self.icon = QSystemTrayIcon(QIcon(str(tray_icon_file())), self)
        self.icon.setToolTip("LeadJournal")
        self.menu = QMenu()
        self.menu.aboutToShow.connect(self.rebuild)
        self.icon.setContextMenu(self.menu)
        self.icon.activated.connect(self._activated)
        scheduler.schedule_changed.connect(self._update_tooltip)
        self.rebuild()

    @staticmethod
    def available() -> bool:
        return QSystemTrayIcon.isSystemTrayAvailable()

    def show(self) -> None:
        self.icon.show()
        self._update_tooltip()

    def hide(self) -> None:
        self.icon.hide()

    def _activated(self, reason: QSystemTrayIcon.ActivationReason) -> None:
        if reason == QSystemTrayIcon.ActivationReason.Trigger:  # a left click
            self.toggle_requested.emit()

    def refresh(self, _locked: bool = False) -> None:
        """Tooltip and menu again (after the window was locked or unlocked)."""
        self._update_tooltip()
        self.rebuild()

    def _update_tooltip(self) -> None:
        upcoming = self.scheduler.next
        text = "LeadJournal"
        if upcoming is not None and self.is_locked():
            text += "\n" + tr("Locked")
        elif upcoming is not None:
            text += "\n" + tr("Next: {0}, {1}").format(
                upcoming.title, describe_when(upcoming.due, self.scheduler.clock.now())
            )
        self.icon.setToolTip(text)

    def rebuild(self) -> None:
        """Fill the menu from the journal as it is right now."""
        menu = self.menu
        # clear() deletes the menu's own actions but not a submenu: without this, every
        # opening would leave one more "Tick today's practice" menu behind.
        for submenu in menu.findChildren(QMenu, options=Qt.FindChildOption.FindDirectChildrenOnly):
            submenu.deleteLater()
        menu.clear()
        menu.addAction(tr("Open LeadJournal"), self.open_requested.emit)
        menu.addAction(
            icons.icon("action.quick_capture"), tr("Quick capture…"), self.capture_requested.emit
        )
        locked = self.is_locked()
        if locked:
            hidden = menu.addAction(tr("Unlock LeadJournal to tick today's practice"))
            hidden.setEnabled(False)
        else:
            menu.addMenu(self._practice_menu())
        menu.addSeparator()
        upcoming = self.scheduler.next
        if upcoming is None:
            label = tr("No reminder coming up")
        elif locked:
            label = tr("Next reminder: {0}").format(
                describe_when(upcoming.due, self.scheduler.clock.now())
            )
        else:
            label = tr("Next reminder: {0}, {1}").format(
                upcoming.title, describe_when(upcoming.due, self.scheduler.clock.now())
            )
        next_action = menu.addAction(label)
        next_action.setEnabled(False)
        if self.scheduler.paused():
            menu.addAction(tr("Resume reminders"), self.scheduler.resume)
        else:
            menu.addAction(tr("Pause reminders for today"), self.scheduler.pause_today)
        menu.addSeparator()
        menu.addAction(tr("Quit LeadJournal"), self.quit_requested.emit)

    def _practice_menu(self) -> QMenu:
        practice = QMenu(tr("Tick today's practice"), self.menu)
        cycle = self.practice.active_cycle()
        today = self.today()
        in_cycle = (
            cycle is not None
            and cycle.started_on <= today < cycle.started_on + dt.timedelta(days=cycle.length_days)
            and is_eligible(today, cycle.working_days_only)
        )
        if cycle is None or not in_cycle:
            empty = practice.addAction(tr("No practice due today"))
            empty.setEnabled(False)
            return practice
        done = {t.behaviour for t in cycle.ticks if t.day == today and t.state == TickState.DONE}
        for behaviour, title in (
            (BehaviourKind.LEAD, cycle.lead_title),
            (BehaviourKind.MANAGE, cycle.manage_title),
        ):
            action = QAction(title, practice)
            action.setCheckable(True)
            action.setChecked(behaviour in done)
            action.toggled.connect(
                lambda on, b=behaviour, c=cycle.id: self.practice.set_tick(
                    c, b, today, TickState.DONE if on else None
                )
            )
            practice.addAction(action)
        return practice
