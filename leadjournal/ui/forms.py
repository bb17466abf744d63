"""Small helpers shared by the forms of every tab: quiet setters, editors, hints."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from PySide6.QtCore import QDate, QDateTime, Qt, QTime
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QScrollArea,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from leadjournal.i18n import QT_TRANSLATE_NOOP, tr
from leadjournal.services.week_wording import recognition_names_effect
from leadjournal.text import human_date as human_date  # the one date format, for the tabs
from leadjournal.ui import theme

TextEditor = QLineEdit | QPlainTextEdit
DATE_FORMAT = "ddd d MMM yyyy"  # as text.human_date: "Sun 29 Nov 2026" under every locale


def qdate(day: dt.date) -> QDate:
    """A QDate from a Python date (built from numbers: stubs differ across PySide6)."""
    return QDate(day.year, day.month, day.day)


def qdatetime(when: dt.datetime) -> QDateTime:
    return QDateTime(qdate(when.date()), QTime(when.hour, when.minute, when.second))


def text_of(editor: TextEditor) -> str:
    return editor.toPlainText() if isinstance(editor, QPlainTextEdit) else editor.text()


def set_quietly(editor: TextEditor, text: str) -> None:
    if editor.hasFocus() and text_of(editor) == text:
        return  # being typed in and already right: keep its cursor and undo history
    editor.blockSignals(True)
    if isinstance(editor, QPlainTextEdit):
        editor.setPlainText(text)
    else:
        editor.setText(text)
        editor.setCursorPosition(0)  # show the start of a long line, not its end
    editor.blockSignals(False)


def combo_quietly(combo: QComboBox, index: int) -> None:
    combo.blockSignals(True)
    combo.setCurrentIndex(max(index, 0))
    combo.blockSignals(False)


# A comfortable line for reading one's own writing: about 90 characters, not the screen.
EDITOR_LINE_CHARACTERS = 90


def paragraph(height: int = 64) -> QPlainTextEdit:
    """A multi-line editor for the user's own writing: the theme's "editor" look, a
    readable line length, and undo/redo (Ctrl+Z, Ctrl+Shift+Z) always on."""
    editor = QPlainTextEdit()
    editor.setProperty("role", "editor")
    editor.setTabChangesFocus(True)
    editor.setUndoRedoEnabled(True)
    editor.setFixedHeight(height)
    editor.setMaximumWidth(editor.fontMetrics().averageCharWidth() * EDITOR_LINE_CHARACTERS)
    return editor


def hint_label() -> QLabel:
    """A quiet sentence, hidden until there is something to say."""
    label = _hidden_label()
    theme.set_role(label, "caption")
    return label


def problem_label() -> QLabel:
    """A sentence in warning red, hidden until something is wrong."""
    label = _hidden_label()
    theme.set_tone(label, "danger")
    return label


def question_label(accessible_name: str) -> QLabel:
    """A question the app puts to the user beside what they wrote (in the warning tone)."""
    label = QLabel()
    label.setWordWrap(True)
    label.setAccessibleName(accessible_name)
    theme.set_tone(label, "warning")
    return label


def _hidden_label() -> QLabel:
    label = QLabel()
    label.setWordWrap(True)
    label.hide()
    return label


def title_label(scale: float = 1.3, text: str = "") -> QLabel:
    """A bold, larger label for the name of what a page shows."""
    label = QLabel(text)
    # The theme gives the role its size and weight: a page's name is a "title", a
    # smaller one a "section".
    label.setProperty("role", "title" if scale >= 1.3 else "section")
    return label


# Why each half of the job matters, said once and reused wherever a section is tagged.
def kind_why(kind: str) -> str:
    if kind == "lead":
        return tr(
            "Leading: direction, the why, coaching, recognition and feedback — what "
            "makes people want to do the work well."
        )
    return tr(
        "Managing: plans, owners, dates, check-ins and reviews — what makes the work "
        "actually get done."
    )


def kind_chip(kind: str, why: str = "") -> QLabel:
    """A small "Lead" or "Manage" tag; the tooltip (``why``, already translated) says why
    this part matters."""
    label = QLabel(tr("Lead") if kind == "lead" else tr("Manage"))
    theme.set_role(label, "chip")
    theme.set_tone(label, kind)  # tinted by half of the job, in both schemes
    label.setToolTip(why or kind_why(kind))
    label.setAccessibleName(label.text())
    label.setAccessibleDescription(label.toolTip())
    label.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
    return label


def heading(text: str, sentence: str, kinds: Sequence[tuple[str, str]] = ()) -> QWidget:
    """A section title with its one-sentence purpose and its Lead/Manage tags."""
    box = QWidget()
    layout = QVBoxLayout(box)
    layout.setContentsMargins(0, 0, 0, 4)
    row = QHBoxLayout()
    row.addWidget(title_label(1.2, text))
    for kind, why in kinds:
        row.addWidget(kind_chip(kind, why))
    row.addStretch(1)
    about = QLabel(sentence)
    about.setWordWrap(True)
    layout.addLayout(row)
    layout.addWidget(about)
    return box


# (short, full) for each weekday, Monday first, marked for the catalogue: a language
# abbreviates its own way ("Mo", "Di", …), so the short names are translated too.
WEEKDAY_NAMES = (
    (QT_TRANSLATE_NOOP("", "Mon"), QT_TRANSLATE_NOOP("", "Monday")),
    (QT_TRANSLATE_NOOP("", "Tue"), QT_TRANSLATE_NOOP("", "Tuesday")),
    (QT_TRANSLATE_NOOP("", "Wed"), QT_TRANSLATE_NOOP("", "Wednesday")),
    (QT_TRANSLATE_NOOP("", "Thu"), QT_TRANSLATE_NOOP("", "Thursday")),
    (QT_TRANSLATE_NOOP("", "Fri"), QT_TRANSLATE_NOOP("", "Friday")),
    (QT_TRANSLATE_NOOP("", "Sat"), QT_TRANSLATE_NOOP("", "Saturday")),
    (QT_TRANSLATE_NOOP("", "Sun"), QT_TRANSLATE_NOOP("", "Sunday")),
)


def working_day_boxes(chosen: Sequence[int]) -> tuple[QHBoxLayout, list[QCheckBox]]:
    """Seven day check boxes in a row (Mon…Sun), ticked for the ``chosen`` weekdays."""
    row = QHBoxLayout()
    boxes = []
    for index, (short, name) in enumerate(WEEKDAY_NAMES):
        box = QCheckBox(tr(short))
        box.setAccessibleName(tr(name))
        box.setChecked(index in chosen)
        row.addWidget(box)
        boxes.append(box)
    row.addStretch(1)
    return row, boxes


def clear_layout(layout: QVBoxLayout | QGridLayout | QFormLayout) -> None:
    while layout.count():
        item = layout.takeAt(0)
        widget = item.widget() if item is not None else None
        if widget is not None:
            widget.hide()  # gone from view and from Tab order now, deleted next turn
            widget.deleteLater()


class DateEdit(QDateEdit):
    """A date field with a calendar, a readable format and, optionally, "no date"."""

    # The earliest date stands for "no date" and is shown as the special text.
    _NONE = QDate(1900, 1, 1)

    def __init__(self, optional: bool = False, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.optional = optional
        self.setCalendarPopup(True)
        self.setDisplayFormat(DATE_FORMAT)
        if optional:
            self.setMinimumDate(self._NONE)
            self.setSpecialValueText(tr("No date"))
            self.setDate(self._NONE)  # starts empty, not on Qt's default of 1 Jan 2000

    def value(self) -> dt.date | None:
        if self.optional and self.date() == self._NONE:
            return None
        day: dt.date = self.date().toPython()  # type: ignore[assignment]
        return day

    def set_value(self, day: dt.date | None) -> None:
        self.blockSignals(True)
        self.setDate(self._NONE if day is None else qdate(day))
        self.blockSignals(False)


class HoursSpinBox(QDoubleSpinBox):
    """Hours in half steps, shown as "2 h" or "1.5 h", never "2.00 h"."""

    def __init__(self, maximum: float, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setRange(0, maximum)
        self.setSingleStep(0.5)
        self.setSuffix(tr(" h"))

    def textFromValue(self, value: float) -> str:
        return f"{round(value, 2):g}"


RECOGNITION_HINT = QT_TRANSLATE_NOOP(
    "",
    "Tip: name the effect — what it made possible, for whom — so the praise tells them "
    "what to repeat.",
)


class ImpactHint(QLabel):
    """The "name the impact" hint under every recognition form (review and Coaching Log)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(tr(RECOGNITION_HINT), parent)
        self.setWordWrap(True)
        theme.set_role(self, "caption")
        self.hide()

    def check(self, what_they_did: str, impact: str) -> None:
        """Show the hint for written praise that does not yet say what it changed."""
        written = bool(what_they_did.strip() or impact.strip())
        self.setVisible(written and not recognition_names_effect(what_they_did, impact))


def tab_into(anchor: QWidget, container: QWidget) -> None:
    """Tab from ``anchor`` into ``container``'s fields, as if they had been there all
    along: a widget made after its window joins the end of the window's Tab order."""
    takes_tab = Qt.FocusPolicy.TabFocus
    window = container.window()
    # Not a combo box's pop-up list: it is a window of its own, with its own chain.
    wanted = {
        w
        for w in container.findChildren(QWidget)
        if w.focusPolicy() & takes_tab and not w.isHidden() and w.window() is window
    }
    # Newly made fields sit at the end of the window's chain: look there first, walking
    # back from the window, and stop once every field has been seen.
    seen: list[QWidget] = []
    widget = window.previousInFocusChain()
    while wanted and widget is not None and widget is not window:
        if widget in wanted:
            wanted.discard(widget)
            seen.append(widget)
        widget = widget.previousInFocusChain()
    seen.reverse()
    # A field inside another one (a spin box's editor) moves with it.
    fields = [w for w in seen if not any(f is not w and f.isAncestorOf(w) for f in seen)]
    previous = anchor
    for field in fields:
        QWidget.setTabOrder(previous, field)
        previous = field


def scroll_area_of(widget: QWidget) -> QScrollArea | None:
    """The scrolling page ``widget`` sits in, if any."""
    parent = widget.parentWidget()
    while parent is not None:
        if isinstance(parent, QScrollArea):
            return parent
        parent = parent.parentWidget()
    return None


def save_cancel_buttons(dialog: QDialog) -> QDialogButtonBox:
    """Save and Cancel for ``dialog``, wired to accept and reject."""
    buttons = QDialogButtonBox(
        QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
    )
    buttons.accepted.connect(dialog.accept)
    buttons.rejected.connect(dialog.reject)
    return buttons
