"""The daily reflection on the Lessons Learned tab: one day's free writing, the day's
question from the weekly loop, its tags, and "Turn into a lesson"."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtGui import QFont, QKeyEvent, QMouseEvent, QTextCharFormat
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from leadjournal import clock
from leadjournal.db.repositories import Repositories
from leadjournal.i18n import tr
from leadjournal.services.reflections import ReflectionService, lesson_title, prompt_for
from leadjournal.text import has_visible_text
from leadjournal.ui import theme
from leadjournal.ui.forms import DateEdit, human_date, paragraph, qdate, set_quietly, text_of
from leadjournal.ui.saving import Autosaver
from leadjournal.ui.tabs.lesson_list import TagEdit

# Days around the shown month whose entries are marked in the calendar (its first and
# last rows show the neighbouring months' days).
_CALENDAR_MARGIN = dt.timedelta(days=14)


class _MarkedDateEdit(DateEdit):
    """A date field whose calendar is prepared just before it first pops up: Qt makes
    the calendar on first use, and an unused one stays unmade (and untranslated)."""

    def __init__(self, prepare: Callable[[], None]) -> None:
        super().__init__()
        self._prepare = prepare

    def mousePressEvent(self, event: QMouseEvent) -> None:
        self._prepare()
        super().mousePressEvent(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        opens = event.key() == Qt.Key.Key_F4 or (
            event.key() in (Qt.Key.Key_Down, Qt.Key.Key_Up)
            and event.modifiers() & Qt.KeyboardModifier.AltModifier
        )
        if opens:
            self._prepare()
        super().keyPressEvent(event)


class ReflectionPanel(QFrame):
    """One day's reflection (today unless another day is chosen), saved as it is typed."""

    lesson_made = Signal(int)  # the id of a lesson made from the entry

    def __init__(
        self,
        repositories: Repositories,
        today: Callable[[], dt.date] = clock.today,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.service = ReflectionService(repositories)
        self.today = today
        self.day = today()
        self.autosave = Autosaver(self)
        self._marked: list[dt.date] = []
        self._calendar_ready = False
        theme.set_role(self, "card")
        self.setAccessibleName(tr("Daily reflection"))
        column = QVBoxLayout(self)
        space = theme.SPACE
        column.setContentsMargins(space["m"], space["s"], space["m"], space["s"])
        column.setSpacing(space["s"])

        top = QHBoxLayout()
        title = QLabel(tr("Daily reflection"))
        theme.set_role(title, "section")
        self.previous_button = QPushButton(tr("◀ Previous day"))
        self.previous_button.clicked.connect(lambda: self.show_day(self.day - dt.timedelta(1)))
        self.date_field = _MarkedDateEdit(self.prepare_calendar)
        self.date_field.setAccessibleName(tr("Day of the reflection"))
        self.date_field.setToolTip(tr("Pick a day: days you wrote about are in bold"))
        self.date_field.dateChanged.connect(self._date_picked)
        self.next_button = QPushButton(tr("Next day ▶"))
        self.next_button.clicked.connect(lambda: self.show_day(self.day + dt.timedelta(1)))
        self.today_button = QPushButton(tr("Today"))
        self.today_button.clicked.connect(lambda: self.show_day(self.today()))
        top.addWidget(title)
        top.addStretch(1)
        for widget in (self.previous_button, self.date_field, self.next_button, self.today_button):
            if isinstance(widget, QPushButton):
                theme.set_role(widget, "quiet")
            top.addWidget(widget)
        column.addLayout(top)

        self.prompt = QLabel()
        self.prompt.setWordWrap(True)
        column.addWidget(self.prompt)
        self.editor = paragraph(84)
        self.editor.setAccessibleName(tr("Reflection"))
        self.editor.setPlaceholderText(tr("Write freely: it is kept as you type."))
        self.editor.textChanged.connect(self._text_changed)
        column.addWidget(self.editor)

        bottom = QHBoxLayout()
        self.tags = TagEdit()
        self.tags.setAccessibleName(tr("Tags of the reflection"))
        self.tags.setPlaceholderText(tr("Tags, comma-separated (optional)"))
        self.tags.textChanged.connect(self._tags_changed)
        self.lesson_button = QPushButton(tr("Turn into a lesson"))
        theme.set_role(self.lesson_button, "quiet")
        self.lesson_button.setToolTip(
            tr("Make a lesson from this entry: its first line becomes the title")
        )
        self.lesson_button.clicked.connect(self.turn_into_lesson)
        self.message = QLabel()
        theme.set_role(self.message, "caption")
        bottom.addWidget(self.tags, 1)
        bottom.addWidget(self.lesson_button)
        bottom.addWidget(self.message, 1)
        column.addLayout(bottom)
        self.show_day(self.day)

    # --- the day shown --------------------------------------------------------------------

    def show_day(self, day: dt.date) -> None:
        """Show ``day``'s entry and question (no later than today)."""
        self.flush()
        today = self.today()
        day = min(day, today)
        if day != self.day:
            self.message.clear()
        self.day = day
        self.date_field.setMaximumDate(qdate(today))
        self.date_field.set_value(day)
        self.prompt.setText(prompt_for(day))
        self.previous_button.setToolTip(tr("The reflection of {0}").format(_day(day, -1)))
        self.next_button.setEnabled(day < today)
        self.today_button.setEnabled(day != today)
        entry = self.service.entry(day)
        set_quietly(self.editor, entry.text if entry else "")
        set_quietly(self.tags, entry.tags if entry else "")
        self.tags.set_tags(self.service.tags())
        self._update_lesson_button()
        self._mark_month(day.year, day.month)

    def refresh(self) -> None:
        """Re-read the shown day (a quick capture may have added to it)."""
        self.show_day(self.day)

    def _date_picked(self) -> None:
        day = self.date_field.value()
        if day is not None and day != self.day:
            self.show_day(day)

    def days_in_bold(self) -> list[dt.date]:
        """The days the calendar shows in bold: those with words written."""
        return list(self._marked)

    def prepare_calendar(self) -> None:
        """Make the calendar popup (once) and put the shown month's days in bold."""
        if not self._calendar_ready:
            self._calendar_ready = True
            calendar = self.date_field.calendarWidget()
            calendar.currentPageChanged.connect(lambda year, month: self._mark_month(year, month))
        self._mark_month(self.day.year, self.day.month)

    def _mark_month(self, year: int, month: int) -> None:
        if not self._calendar_ready:
            return  # marked when the calendar first pops up
        calendar = self.date_field.calendarWidget()
        calendar.setDateTextFormat(QDate(), QTextCharFormat())  # clears every mark
        first = dt.date(year, month, 1)
        self._marked = self.service.days_written(
            first - _CALENDAR_MARGIN, first + dt.timedelta(days=31) + _CALENDAR_MARGIN
        )
        bold = QTextCharFormat()
        bold.setFontWeight(QFont.Weight.Bold)
        for day in self._marked:
            calendar.setDateTextFormat(qdate(day), bold)

    # --- writing --------------------------------------------------------------------------

    def _text_changed(self) -> None:
        day, text, service = self.day, text_of(self.editor), self.service
        self.autosave.schedule(f"reflection:{day}:text", lambda: service.save_text(day, text))
        self._update_lesson_button()
        self.message.clear()

    def _tags_changed(self, text: str) -> None:
        day, service = self.day, self.service
        self.autosave.schedule(f"reflection:{day}:tags", lambda: service.save_tags(day, text))

    def flush(self) -> None:
        """Write what is still waiting to be saved."""
        had_writes = self.autosave.has_pending()
        self.autosave.flush()
        if had_writes:
            self._mark_month(self.day.year, self.day.month)

    def _update_lesson_button(self) -> None:
        self.lesson_button.setEnabled(has_visible_text(text_of(self.editor)))

    def turn_into_lesson(self) -> int | None:
        """Make a lesson from the shown entry, and say so."""
        self.flush()
        lesson_id = self.service.turn_into_lesson(self.day)
        if lesson_id is None:
            self.message.setText(tr("Write a few words first."))
            return None
        title = lesson_title(text_of(self.editor))
        self.message.setText(tr("Added to your lessons: “{0}”").format(title))
        self.message.setToolTip(title)
        self.lesson_made.emit(lesson_id)
        return lesson_id


def _day(day: dt.date, days: int) -> str:
    return human_date(day + dt.timedelta(days=days))
