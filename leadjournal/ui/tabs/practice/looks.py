"""How practice looks: the words for each kind and state, and the adherence bars."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QObject, QPersistentModelIndex, QRect, Qt
from PySide6.QtGui import QBrush, QPainter
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionProgressBar,
    QStyleOptionViewItem,
    QTableWidget,
    QTableWidgetItem,
)

from leadjournal.i18n import QT_TRANSLATE_NOOP, tr, tr_n
from leadjournal.services.practice import DayState, Progress
from leadjournal.services.practice_schedule import SCHEDULE_CHOICES, WEEKDAYS, Schedule
from leadjournal.ui import theme

# The day-14 look back: (field, label, placeholder).
REFLECTION_FIELDS = (
    (
        "what_worked",
        QT_TRANSLATE_NOOP("", "What worked"),
        QT_TRANSLATE_NOOP("", "What got easier, what did people notice?"),
    ),
    (
        "what_did_not",
        QT_TRANSLATE_NOOP("", "What didn't"),
        QT_TRANSLATE_NOOP("", "Where did it slip, and why?"),
    ),
    (
        "what_i_will_change",
        QT_TRANSLATE_NOOP("", "What I'll change"),
        QT_TRANSLATE_NOOP("", "One adjustment for next time"),
    ),
)
KIND_LABELS = {
    "lead": QT_TRANSLATE_NOOP("", "Leading"),
    "manage": QT_TRANSLATE_NOOP("", "Managing"),
}
# How each state of a day looks: symbol, background (a theme colour's name; none for
# days still to come), and words for screen readers.
CELL_LOOK = {
    DayState.DONE: ("✓", "success", QT_TRANSLATE_NOOP("", "done")),
    DayState.SKIPPED: ("–", "warning", QT_TRANSLATE_NOOP("", "skipped")),
    DayState.MISSED: ("✗", "danger", QT_TRANSLATE_NOOP("", "missed")),
    DayState.FUTURE: ("", "", QT_TRANSLATE_NOOP("", "still to come")),
    DayState.OFF: (
        QT_TRANSLATE_NOOP("", "off"),
        "neutral",
        QT_TRANSLATE_NOOP("", "not a working day"),
    ),
    DayState.OPEN: ("?", "info", QT_TRANSLATE_NOOP("", "today, not ticked yet")),
    DayState.REST: ("", "", QT_TRANSLATE_NOOP("", "not asked for that day")),
    DayState.DUE: ("•", "", QT_TRANSLATE_NOOP("", "the planned day, still to come")),
}
# Where a cell keeps the name of its background colour, to paint it again in a new scheme.
CELL_COLOUR_ROLE = Qt.ItemDataRole.UserRole + 1


def colour_cell(cell: QTableWidgetItem, colour: str) -> None:
    """Give ``cell`` the theme's background ``colour`` (a name from CELL_LOOK)."""
    cell.setData(CELL_COLOUR_ROLE, colour)
    cell.setBackground(QBrush(theme.colour(colour)))


class CellColours(QObject):
    """Paints a grid's cells again when the scheme changes (lives as long as the grid)."""

    def __init__(self, table: QTableWidget) -> None:
        super().__init__(table)
        self.table = table
        theme.theme().changed.connect(self.recolour)

    def recolour(self) -> None:
        for row in range(self.table.rowCount()):
            for column in range(self.table.columnCount()):
                cell = self.table.item(row, column)
                colour = cell.data(CELL_COLOUR_ROLE) if cell is not None else None
                if cell is not None and colour:
                    cell.setBackground(QBrush(theme.colour(colour)))


def schedule_label(schedule: Schedule) -> str:
    """``schedule`` in words: "Every day", "3 times a week", "Once a week, on Wednesday"."""
    if schedule.weekday is not None:
        return tr("Once a week, on {0}").format(tr(WEEKDAYS[schedule.weekday]))
    if schedule.times_a_week == 1:
        return tr("Once a week, any day")
    if schedule.times_a_week:
        return tr_n("%n times a week", schedule.times_a_week, "%n time a week")
    return tr("Every day")


class ScheduleChooser(QComboBox):
    """How often a behaviour is practised, from the choices the app offers."""

    def __init__(self, accessible_name: str) -> None:
        super().__init__()
        self.setAccessibleName(accessible_name)
        for schedule in SCHEDULE_CHOICES:
            self.addItem(schedule_label(schedule), str(schedule))

    def schedule(self) -> Schedule:
        return Schedule.stored(str(self.currentData()))

    def choose(self, schedule: Schedule) -> None:
        self.setCurrentIndex(max(self.findData(str(schedule)), 0))


KEEP_CHOICES = (
    ("", QT_TRANSLATE_NOOP("", "Not decided")),
    ("yes", QT_TRANSLATE_NOOP("", "Yes, both")),
    ("change_one", QT_TRANSLATE_NOOP("", "Change one of them")),
    ("no", QT_TRANSLATE_NOOP("", "No, choose a new pair")),
)


def percent(value: float | None) -> str:
    return "–" if value is None else f"{value:.0%}"


def adherence_words(result: Progress) -> str:
    """Adherence and streak as the person reads them, in days or in weeks."""
    if not result.by_week:
        return tr("Adherence {0} ({1} of {2} days) · streak {3}").format(
            percent(result.adherence), result.done, result.eligible_so_far, result.streak
        )
    return tr("Adherence {0} ({1} of {2} times) · streak {3}").format(
        percent(result.adherence),
        result.done,
        result.eligible_so_far,
        tr_n("%n weeks", result.streak, "%n week"),
    )


# The history's adherence cell holds ((label, fraction), …): one bar per behaviour.
BARS_ROLE = Qt.ItemDataRole.UserRole


class AdherenceBarsDelegate(QStyledItemDelegate):
    """Paints a cycle's adherence as two slim progress bars, leading above managing.

    Painted rather than built from progress-bar widgets: ten years of cycles would
    otherwise mean hundreds of widgets before the tab could show.
    """

    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> None:
        bars = index.data(BARS_ROLE)
        if not bars:
            super().paint(painter, option, index)
            return
        widget = option.widget
        style = widget.style() if widget is not None else QApplication.style()
        style.drawPrimitive(QStyle.PrimitiveElement.PE_PanelItemViewItem, option, painter, widget)
        area = option.rect.adjusted(4, 3, -4, -3)
        height = (area.height() - 2) // len(bars)
        for number, (label, fraction) in enumerate(bars):
            bar = QStyleOptionProgressBar()
            bar.initFrom(widget)
            bar.state |= QStyle.StateFlag.State_Horizontal
            bar.rect = QRect(area.left(), area.top() + number * (height + 2), area.width(), height)
            bar.minimum, bar.maximum = 0, 100
            bar.progress = round((fraction or 0) * 100)
            bar.text, bar.textVisible = label, True
            style.drawControl(QStyle.ControlElement.CE_ProgressBar, bar, painter, widget)
