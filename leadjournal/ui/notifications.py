"""Delivering reminders: tray balloon → freedesktop notification over D-Bus → in-window
banner. The chain is chosen once at start and logged; the banner always shows the
reminder too, with its snooze buttons, for when the user comes to the window.
"""

from __future__ import annotations

import datetime as dt
import html
import logging
import threading
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from leadjournal import clock
from leadjournal.i18n import tr, tr_n
from leadjournal.paths import app_icon_file
from leadjournal.services.reminder_text import SNOOZE_CHOICES, Reminder, banner_expired, group_text
from leadjournal.text import weekday_short
from leadjournal.ui import theme

if TYPE_CHECKING:  # the banner is built before the first paint; the tray comes later
    from PySide6.QtWidgets import QSystemTrayIcon

log = logging.getLogger(__name__)

NOTIFICATIONS_BUS_NAME = "org.freedesktop.Notifications"


class Notifier(QObject):
    """Shows a reminder outside the window; says when the user clicks or snoozes it."""

    name = "none"
    activated = Signal(Reminder)
    snooze_requested = Signal(Reminder, object)  # minutes: int, or None for tomorrow

    def notify(self, reminder: Reminder) -> None:
        raise NotImplementedError

    def notify_missed(self, reminders: Sequence[Reminder]) -> None:
        first = reminders[0]
        summary = Reminder(
            first.key,
            first.kind,
            first.due,
            tr("While you were away"),
            group_text(reminders),
            first.link,
        )
        self.notify(summary)

    def close(self) -> None:
        """Release what the notifier holds (connections, threads)."""


class TrayNotifier(Notifier):
    """Qt's tray balloon (or the platform's own message for a tray icon)."""

    name = "tray balloon"

    def __init__(self, tray: QSystemTrayIcon, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.tray = tray
        self.last: Reminder | None = None
        tray.messageClicked.connect(self._clicked)

    def notify(self, reminder: Reminder) -> None:
        from PySide6.QtWidgets import QSystemTrayIcon

        self.last = reminder
        self.tray.showMessage(
            reminder.title, reminder.body, QSystemTrayIcon.MessageIcon.Information, 15000
        )

    def _clicked(self) -> None:
        if self.last is not None:
            self.activated.emit(self.last)


class DBusNotifier(Notifier):
    """org.freedesktop.Notifications through jeepney, with Open and Snooze actions where
    the server supports actions. Construction fails (NotifierUnavailableError) without one.

    Servers send ActionInvoked only to the connection that showed the notification, so
    one connection (jeepney's thread-safe router) both sends and listens.
    """

    name = "desktop notification (D-Bus)"

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        try:
            from jeepney import DBusAddress, MatchRule
            from jeepney.io.threading import DBusRouter, open_dbus_connection
        except ImportError as error:  # not on Linux
            raise NotifierUnavailableError("jeepney is not installed") from error
        self._address = DBusAddress(
            "/org/freedesktop/Notifications",
            bus_name=NOTIFICATIONS_BUS_NAME,
            interface=NOTIFICATIONS_BUS_NAME,
        )
        try:
            self._connection = open_dbus_connection(bus="SESSION")
            self._router = DBusRouter(self._connection)
        except Exception as error:  # no session bus
            raise NotifierUnavailableError(f"no session bus: {error}") from error
        try:
            self.capabilities = list(self._call("GetCapabilities", "", ())[0])
        except Exception as error:  # no notification server on the bus
            self._router.close()
            self._connection.close()
            raise NotifierUnavailableError(f"no notification server: {error}") from error
        self.supports_actions = "actions" in self.capabilities
        self._sent: dict[int, Reminder] = {}
        self._running = True
        self._rule = MatchRule(
            type="signal", interface=NOTIFICATIONS_BUS_NAME, member="ActionInvoked"
        )
        self._listener = threading.Thread(
            target=self._listen, name="dbus-notifications", daemon=True
        )
        self._listener.start()

    def _call(self, method: str, signature: str, body: tuple[Any, ...]) -> tuple[Any, ...]:
        from jeepney import new_method_call

        reply = self._router.send_and_get_reply(
            new_method_call(self._address, method, signature, body), timeout=3
        )
        return tuple(reply.body)

    def notify(self, reminder: Reminder) -> None:
        actions: list[str] = []
        if self.supports_actions:
            actions = ["default", tr("Open")]
            for label, minutes in SNOOZE_CHOICES:
                actions += [f"snooze:{minutes}", tr("Snooze {0}").format(tr(label).lower())]
        try:
            (notification_id,) = self._call(
                "Notify",
                "susssasa{sv}i",
                (
                    "LeadJournal",
                    0,
                    str(app_icon_file()),
                    reminder.title,
                    reminder.body,
                    actions,
                    {},
                    -1,
                ),
            )
        except Exception as error:
            log.warning("Desktop notification failed: %s", error)
            return
        self._sent[int(notification_id)] = reminder

    def _listen(self) -> None:
        """Turn ActionInvoked signals into Qt signals (queued to the main thread)."""
        import queue

        try:
            with self._router.filter(self._rule, bufsize=20) as signals:
                while self._running:
                    try:
                        message = signals.get(timeout=0.5)
                    except queue.Empty:
                        continue
                    notification_id, action = message.body
                    self._action(int(notification_id), str(action))
        except Exception as error:  # the bus went away: actions just stop working
            log.info("Notification actions stopped: %s", error)

    def _action(self, notification_id: int, action: str) -> None:
        reminder = self._sent.get(notification_id)
        if reminder is None:
            return
        if action.startswith("snooze:"):
            minutes = action.split(":", 1)[1]
            self.snooze_requested.emit(reminder, None if minutes == "None" else int(minutes))
        else:
            self.activated.emit(reminder)

    def close(self) -> None:
        self._running = False
        self._listener.join(timeout=2)
        self._router.close()
        self._connection.close()


class NotifierUnavailableError(Exception):
    """This way of showing reminders does not work here."""


class ReminderBanner(QFrame):
    """The in-window banner: the reminder, Open, three snoozes, and Dismiss."""

    open_requested = Signal(Reminder)
    snooze_requested = Signal(Reminder, object)  # minutes: int, or None for tomorrow

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.reminder: Reminder | None = None
        self.shown_on: dt.date | None = None  # the day it came to the window
        self.setObjectName("ReminderBanner")
        theme.set_role(self, "banner")  # a warm strip in both schemes
        self.setAccessibleName(tr("Reminder"))
        outer = QVBoxLayout(self)
        space = theme.SPACE
        outer.setContentsMargins(space["m"], space["s"] - 2, space["s"], space["s"] - 2)
        outer.setSpacing(2)
        layout = QHBoxLayout()
        outer.addLayout(layout)
        self.text = QLabel()
        self.text.setWordWrap(True)
        layout.addWidget(self.text, 1)
        self.open_button = QPushButton(tr("Open"))
        theme.set_role(self.open_button, "primary")
        self.open_button.clicked.connect(self._open)
        layout.addWidget(self.open_button)
        # Several reminders missed while away: one quiet line, the list on request.
        self.missed: list[Reminder] = []
        self.details_button = QPushButton(tr("Show them"))
        self.details_button.setCheckable(True)
        self.details_button.toggled.connect(self._show_details)
        layout.addWidget(self.details_button)
        self.details = QWidget()
        self.details_layout = QVBoxLayout(self.details)
        self.details_layout.setContentsMargins(0, 0, 0, 0)
        self.details_layout.setSpacing(0)
        self.details.hide()
        self.snooze_buttons: list[QPushButton] = []
        for label, minutes in SNOOZE_CHOICES:
            button = QPushButton(tr(label))
            button.setToolTip(tr("Remind me again: {0}").format(tr(label).lower()))
            button.clicked.connect(lambda _=False, m=minutes: self._snooze(m))
            layout.addWidget(button)
            self.snooze_buttons.append(button)
        dismiss = QPushButton(tr("Dismiss"))
        dismiss.clicked.connect(self.hide)
        layout.addWidget(dismiss)
        outer.addWidget(self.details)
        self.hide()

    def show_reminder(self, reminder: Reminder, missed: Sequence[Reminder] = ()) -> None:
        from PySide6.QtCore import Qt  # here, not at import: the banner exists before show

        self.reminder = reminder
        self.missed = list(missed)
        self.shown_on = clock.today()
        self.text.setTextFormat(Qt.TextFormat.RichText)
        self.details_button.setChecked(False)
        if len(missed) > 1:
            self.text.setText(
                tr_n(
                    "%n reminders while you were away",
                    len(missed),
                    "%n reminder while you were away",
                )
            )
        elif missed:
            self.text.setText(
                tr("<b>While you were away:</b> {0}").format(html.escape(_when_due(missed[0])))
            )
        else:
            self.text.setText(f"<b>{reminder.title}</b> — {reminder.body}")
        self.open_button.setVisible(len(missed) <= 1)
        self.details_button.setVisible(len(missed) > 1)
        for button in self.snooze_buttons:
            button.setVisible(not missed)
        self.show()

    def expire(self, today: dt.date) -> None:
        """Go once the day it was shown on is over (the app left open overnight)."""
        if self.isVisible() and self.shown_on and banner_expired(self.shown_on, today):
            self.hide()
            self.reminder, self.missed = None, []

    def _show_details(self, shown: bool) -> None:
        """The missed reminders one per line, each a button that opens its place."""
        self.details_button.setText(tr("Hide them") if shown else tr("Show them"))
        while self.details_layout.count():
            item = self.details_layout.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.deleteLater()
        for reminder in self.missed if shown else []:
            line = QPushButton(f"• {_when_due(reminder)}")
            line.setFlat(True)
            theme.set_role(line, "quiet")  # the banner's quiet buttons read left-aligned
            line.setToolTip(tr("Open"))
            line.clicked.connect(lambda _=False, r=reminder: self._open_one(r))
            self.details_layout.addWidget(line)
        self.details.setVisible(shown)

    def _open_one(self, reminder: Reminder) -> None:
        self.open_requested.emit(reminder)
        self.hide()

    def _open(self) -> None:
        if self.reminder is not None:
            self.open_requested.emit(self.reminder)
        self.hide()

    def _snooze(self, minutes: int | None) -> None:
        if self.reminder is not None:
            self.snooze_requested.emit(self.reminder, minutes)
        self.hide()


def _when_due(reminder: Reminder) -> str:
    """ "Set the week's direction (Mon 09:00)"."""
    return f"{reminder.title} ({weekday_short(reminder.due.date())} {reminder.due:%H:%M})"


class BannerNotifier(Notifier):
    """The last link of the chain: only the in-window banner (it is always shown anyway)."""

    name = "in-window banner"

    def notify(self, reminder: Reminder) -> None:
        """Nothing more to do: the banner shows every reminder."""


def choose_notifier(tray: QSystemTrayIcon | None, parent: QObject | None = None) -> Notifier:
    """The first way of showing reminders that works on this desktop (logged)."""
    from PySide6.QtWidgets import QSystemTrayIcon

    if tray is not None and tray.isVisible() and QSystemTrayIcon.supportsMessages():
        notifier: Notifier = TrayNotifier(tray, parent)
    else:
        try:
            notifier = DBusNotifier(parent)
        except NotifierUnavailableError as error:
            log.info("No desktop notifications: %s", error)
            notifier = BannerNotifier(parent)
    log.info("Reminders are shown by: %s", notifier.name)
    return notifier
