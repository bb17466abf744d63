"""What the Weekly Plan's step pages share: the page base, day names and small helpers."""

from __future__ import annotations

from collections.abc import Callable, Mapping

from PySide6.QtCore import QTime
from PySide6.QtWidgets import QComboBox, QVBoxLayout, QWidget

from leadjournal.db.models import Task, WeekPlan
from leadjournal.i18n import QT_TRANSLATE_NOOP, tr
from leadjournal.services.weeks import WeekTextField
from leadjournal.ui import theme
from leadjournal.ui.forms import TextEditor, text_of
from leadjournal.ui.tabs.weekly_plan.context import WeekPageContext

# Monday = 0 … Sunday = 6, marked for the catalogue and translated where shown.
DAY_LABELS = (
    QT_TRANSLATE_NOOP("", "Monday"),
    QT_TRANSLATE_NOOP("", "Tuesday"),
    QT_TRANSLATE_NOOP("", "Wednesday"),
    QT_TRANSLATE_NOOP("", "Thursday"),
    QT_TRANSLATE_NOOP("", "Friday"),
    QT_TRANSLATE_NOOP("", "Saturday"),
    QT_TRANSLATE_NOOP("", "Sunday"),
)
SHORT_DAY_LABELS = (
    QT_TRANSLATE_NOOP("", "Mon"),
    QT_TRANSLATE_NOOP("", "Tue"),
    QT_TRANSLATE_NOOP("", "Wed"),
    QT_TRANSLATE_NOOP("", "Thu"),
    QT_TRANSLATE_NOOP("", "Fri"),
    QT_TRANSLATE_NOOP("", "Sat"),
    QT_TRANSLATE_NOOP("", "Sun"),
)


def day_name(day: int) -> str:
    """ "Monday" for 0, translated."""
    return tr(DAY_LABELS[day])


def short_day_name(day: int) -> str:
    """ "Mon" for 0, translated."""
    return tr(SHORT_DAY_LABELS[day])


def owner_label(task: Task, people: Mapping[int, str]) -> str:
    """Who owns the task, as the screens say it: "Me", a name, or "Unassigned"."""
    if task.owned_by_me:
        return tr("Me")
    name = people.get(task.owner_person_id) if task.owner_person_id is not None else None
    return name if name is not None else tr("Unassigned")


def minutes(time: QTime) -> int:
    return time.hour() * 60 + time.minute()


def day_combo(include_none: bool = True, weekend: bool = False) -> QComboBox:
    combo = QComboBox()
    if include_none:
        combo.addItem(tr("—"), None)
    for index in range(7 if weekend else 5):
        combo.addItem(day_name(index), index)
    return combo


def confirmed_text(week: WeekPlan) -> str:
    """What a confirmed plan means, said once where it was confirmed."""
    assert week.confirmed_at is not None
    return tr(
        "✓ This week's plan is confirmed ({0}, {1:%H:%M}). Friday's delivery figure "
        "counts the tasks in it then; tasks added from now on count as added later."
    ).format(day_name(week.confirmed_at.weekday()), week.confirmed_at)


class StepPage(QWidget):
    """One step of the loop; ``populate`` fills it from a freshly loaded week."""

    def __init__(self, context: WeekPageContext) -> None:
        super().__init__()
        self.context = context
        self.layout_ = QVBoxLayout(self)
        space = theme.SPACE
        self.layout_.setContentsMargins(space["l"], space["s"], space["l"], space["l"])
        self.layout_.setSpacing(space["m"])

    @property
    def week(self) -> WeekPlan:
        assert self.context.week is not None
        return self.context.week

    def populate(self, week: WeekPlan) -> None:
        raise NotImplementedError

    def bind_week_text(
        self, editor: TextEditor, field: WeekTextField, after: Callable[[], None] | None = None
    ) -> None:
        """Typing in ``editor`` saves ``field`` of the week about a second later."""
        bind_week_text(self.context, editor, field, after)


def bind_week_text(
    context: WeekPageContext,
    editor: TextEditor,
    field: WeekTextField,
    after: Callable[[], None] | None = None,
) -> None:
    """Typing in ``editor`` saves ``field`` of the shown week about a second later."""

    def changed() -> None:
        week = context.week
        assert week is not None
        week_id, value = week.id, text_of(editor)
        setattr(week, field, value)
        context.autosave.schedule(
            f"week:{week_id}:{field}",
            lambda: context.planner.save_week_text(week_id, field, value),
        )
        if after is not None:
            after()

    editor.textChanged.connect(changed)
