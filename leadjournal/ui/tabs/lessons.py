"""The Lessons Learned tab, and the quiet "From your lessons" panel it shares."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from PySide6.QtCore import QModelIndex, Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFileDialog,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QSplitter,
    QStackedWidget,
    QTableView,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from leadjournal import clock
from leadjournal.db.models import Lesson
from leadjournal.db.repositories import Repositories
from leadjournal.db.repositories.lessons import LessonDigest, LessonFields
from leadjournal.errors import JournalError
from leadjournal.i18n import tr, tr_n
from leadjournal.services.documents import write_markdown
from leadjournal.services.lessons import (
    IndexedLesson,
    LessonService,
    lessons_markdown,
    resurface,
)
from leadjournal.services.weeks import iso_week_number, week_start_of
from leadjournal.ui import theme
from leadjournal.ui.empty_state import EmptyState
from leadjournal.ui.forms import (
    DateEdit,
    combo_quietly,
    human_date,
    paragraph,
    set_quietly,
    text_of,
)
from leadjournal.ui.list_place import ListPlace
from leadjournal.ui.saving import Autosaver
from leadjournal.ui.tabs.lesson_list import LessonTableModel, TagEdit
from leadjournal.ui.tabs.reflection_panel import ReflectionPanel

# --- the resurfacing panel ----------------------------------------------------------------


class LessonsPanel(QFrame):
    """Up to three earlier lessons that match this week; each can be put away for the week."""

    lesson_opened = Signal(int)

    def __init__(self, repositories: Repositories, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.service = LessonService(repositories)
        self.week_start: dt.date | None = None
        self.setObjectName("LessonsPanel")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setProperty("role", "card")
        self.setAccessibleName(tr("From your lessons"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(10, 6, 6, 6)
        layout.setSpacing(2)
        # Bold body text, like the Today panel's day: a quiet aside, not a section.
        title = QLabel(f"<b>{_escape(tr('From your lessons'))}</b>")
        layout.addWidget(title)
        self.rows = QVBoxLayout()
        self.rows.setSpacing(0)
        layout.addLayout(self.rows)
        self.shown: list[int] = []
        self._lessons: list[IndexedLesson] | None = None
        self._texts: list[str] = []
        self.hide()

    def reload_lessons(self) -> None:
        """Re-read the lessons (kept between weeks so week switching stays quick)."""
        self._lessons = self.service.indexed()

    def show_week(self, week_start: dt.date, texts: Sequence[str] | None = None) -> None:
        """Fill the panel for a week (hidden when nothing matches).

        ``texts`` is what the week is about; read from the journal when not given.
        """
        self.week_start = week_start
        if texts is None:
            texts = self.service.week_texts(week_start)
        self._texts = list(texts)
        if self._lessons is None:
            self.reload_lessons()
        while self.rows.count():
            item = self.rows.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.deleteLater()
        chosen = resurface(
            self._lessons or [], week_start, self._texts, self.service.dismissed(week_start)
        )
        self.shown = [entry.lesson.id for entry in chosen]
        for entry in chosen:
            self.rows.addWidget(self._row(entry.lesson, entry.reason))
        self.setVisible(bool(chosen))

    def _row(self, lesson: LessonDigest, reason: str) -> QWidget:
        row = QWidget()
        layout = QHBoxLayout(row)
        layout.setContentsMargins(0, 0, 0, 0)
        link = QLabel(
            f'<a href="#">{_escape(lesson.title or tr("Untitled lesson"))}</a>'
            f" — {_escape(lesson.do_differently or lesson.what_i_learned)}"
        )
        link.setTextInteractionFlags(Qt.TextInteractionFlag.TextBrowserInteraction)
        link.setToolTip(tr("Open this lesson"))
        link.linkActivated.connect(lambda _href, i=lesson.id: self.lesson_opened.emit(i))
        why = QLabel(reason)
        why.setProperty("role", "caption")
        dismiss = QToolButton()
        dismiss.setText("×")
        dismiss.setAutoRaise(True)
        dismiss.setToolTip(tr("Not now: hide this lesson for the rest of the week"))
        dismiss.setAccessibleName(tr("Hide “{0}” this week").format(lesson.title))
        dismiss.clicked.connect(lambda _=False, i=lesson.id: self.dismiss(i))
        layout.addWidget(link, 1)
        layout.addWidget(why)
        layout.addWidget(dismiss)
        return row

    def dismiss(self, lesson_id: int) -> None:
        if self.week_start is None:
            return
        self.service.dismiss(lesson_id, self.week_start)
        self.show_week(self.week_start, self._texts)


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


# --- the tab ------------------------------------------------------------------------------


class LessonsTab(QWidget):
    """Every lesson, filtered and searched live, with an editor and Markdown export."""

    # Kinds of record shown here (the panel reads the week): a change to one of them
    # elsewhere refreshes the tab.
    SHOWS = frozenset(
        {
            "lesson",
            "lesson_dismissal",
            "person",
            "week_plan",
            "priority",
            "criterion",
            "task",
            "reflection",
        }
    )
    KEEPS_EDITING = True  # a refresh keeps the list's place and the open lesson's fields

    def __init__(
        self,
        repositories: Repositories,
        parent: QWidget | None = None,
        today: Callable[[], dt.date] = clock.today,
    ) -> None:
        super().__init__(parent)
        self.service = LessonService(repositories)
        self.today = today
        self.autosave = Autosaver(self)
        self.current: Lesson | None = None
        self.confirm: Callable[[str, str], bool] = self._confirm_with_dialog
        self.inform: Callable[[str, str], None] = self._inform_with_dialog
        self.choose_save_path: Callable[[str, str], Path | None] = self._choose_save_path
        self._people: dict[int, str] = {}
        self._weeks: dict[int, dt.date] = {}

        layout = QVBoxLayout(self)
        space = theme.SPACE  # a tab's edge: the same on every tab
        layout.setContentsMargins(space["m"], space["m"], space["m"], space["s"])
        self.panel = LessonsPanel(repositories)
        self.panel.lesson_opened.connect(self.open_lesson)
        layout.addWidget(self.panel)
        self.reflection = ReflectionPanel(repositories, today)  # the day's free writing
        self.reflection.lesson_made.connect(self.open_lesson)
        layout.addWidget(self.reflection)
        layout.addLayout(self._build_filters())
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.setChildrenCollapsible(False)
        splitter.addWidget(self._build_list())
        self.right = QStackedWidget()
        self.right.addWidget(self._build_empty())
        self.right.addWidget(self._build_editor())
        splitter.addWidget(self.right)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([480, 700])
        layout.addWidget(splitter, 1)

        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(150)
        self._search_timer.timeout.connect(self.apply_filters)
        new_lesson = QShortcut(QKeySequence("Ctrl+Shift+L"), self)
        new_lesson.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        new_lesson.activated.connect(self.new_lesson)
        self.refresh()

    # --- building -------------------------------------------------------------------------

    def _build_filters(self) -> QHBoxLayout:
        row = QHBoxLayout()
        self.search = QLineEdit()
        self.search.setPlaceholderText(tr("Search titles and text…"))
        self.search.setAccessibleName(tr("Search lessons"))
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(lambda *_: self._search_timer.start())
        self.tag_filter = QComboBox()
        self.tag_filter.setAccessibleName(tr("Filter by tag"))
        self.person_filter = QComboBox()
        self.person_filter.setAccessibleName(tr("Filter by person"))
        self.from_filter = DateEdit(optional=True)
        self.from_filter.setAccessibleName(tr("Learned on or after"))
        self.to_filter = DateEdit(optional=True)
        self.to_filter.setAccessibleName(tr("Learned on or before"))
        for combo in (self.tag_filter, self.person_filter):
            combo.activated.connect(lambda *_: self.apply_filters())
        for date_edit in (self.from_filter, self.to_filter):
            date_edit.dateChanged.connect(lambda *_: self.apply_filters())
        clear = QPushButton(tr("Clear filters"))
        clear.setProperty("role", "quiet")
        clear.clicked.connect(self.clear_filters)
        row.addWidget(self.search, 2)
        row.addWidget(self.tag_filter, 1)
        row.addWidget(self.person_filter, 1)
        row.addWidget(QLabel(tr("from")))
        row.addWidget(self.from_filter)
        row.addWidget(QLabel(tr("to")))
        row.addWidget(self.to_filter)
        row.addWidget(clear)
        return row

    def _build_list(self) -> QWidget:
        box = QWidget()
        layout = QVBoxLayout(box)
        layout.setContentsMargins(0, 4, 4, 0)
        self.model = LessonTableModel()
        self.view = QTableView()
        self.view.setModel(self.model)
        self.view.setAccessibleName(tr("Lessons"))
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.verticalHeader().hide()
        self.view.setWordWrap(False)
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(LessonTableModel.COL_DATE, QHeaderView.ResizeMode.Fixed)
        header.setSectionResizeMode(LessonTableModel.COL_TITLE, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(LessonTableModel.COL_TAGS, QHeaderView.ResizeMode.Interactive)
        # Wide enough for the longest date of any month and weekday in this language.
        metrics = self.view.fontMetrics()
        widest_date = max(
            metrics.horizontalAdvance(human_date(dt.date(2026, month, day)))
            for month in range(1, 13)
            for day in range(21, 28)
        )
        self.view.setColumnWidth(LessonTableModel.COL_DATE, max(95, widest_date + 16))
        self.view.setColumnWidth(LessonTableModel.COL_TAGS, 170)
        self.view.selectionModel().currentRowChanged.connect(self._on_current_row)
        layout.addWidget(self.view, 1)
        self.no_match = QLabel(tr("No lesson matches these filters."))
        self.no_match.setProperty("role", "caption")
        layout.addWidget(self.no_match)
        buttons = QHBoxLayout()
        self.new_button = QPushButton(tr("New lesson"))
        self.new_button.setProperty("role", "primary")
        self.new_button.setToolTip(tr("Write a new lesson (Ctrl+Shift+L)"))
        self.new_button.clicked.connect(self.new_lesson)
        self.delete_button = QPushButton(tr("Delete"))
        self.delete_button.setProperty("role", "quiet")
        self.delete_button.clicked.connect(self.delete_lesson)
        self.export_button = QPushButton(tr("Export to Markdown…"))
        self.export_button.setProperty("role", "quiet")
        self.export_button.setToolTip(
            tr("Saves the selected lessons, or every lesson shown when one or none is selected")
        )
        self.export_button.clicked.connect(self.export_markdown)
        self.count_label = QLabel()
        buttons.addWidget(self.new_button)
        buttons.addWidget(self.delete_button)
        buttons.addWidget(self.export_button)
        buttons.addStretch(1)
        buttons.addWidget(self.count_label)
        layout.addLayout(buttons)
        return box

    def _build_empty(self) -> QWidget:
        self.empty_state = EmptyState(
            "empty.lessons",
            tr(
                "Lessons are what a week taught you: what happened, what you learned and what "
                "you will do differently, from the Friday review or whenever something sticks."
            ),
            tr("Write a lesson"),
            self.new_lesson,
        )
        self.empty_label = self.empty_state.sentence
        return self.empty_state

    def _build_editor(self) -> QWidget:
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        editor = QWidget()
        column = QVBoxLayout(editor)
        column.setContentsMargins(8, 4, 8, 8)
        form = QFormLayout()
        column.addLayout(form)
        column.addStretch(1)
        self.learned_on = DateEdit()
        self.learned_on.setAccessibleName(tr("Date"))
        self.learned_on.dateChanged.connect(self._date_changed)
        self.title = QLineEdit()
        self.title.setPlaceholderText(tr("The lesson in a few words"))
        self.what_happened = paragraph(72)
        self.what_happened.setPlaceholderText(tr("The situation, briefly and specifically"))
        self.what_i_learned = paragraph(72)
        self.do_differently = paragraph(72)
        self.do_differently.setPlaceholderText(tr("Next time I will…"))
        self.tags = TagEdit()
        self.tags.setPlaceholderText(tr("comma-separated, e.g. delegation, meetings"))
        self.title.setAccessibleName(tr("Title"))
        self.title.textChanged.connect(lambda text: self._changed({"title": text}))
        self.what_happened.setAccessibleName(tr("What happened"))
        self.what_happened.textChanged.connect(
            lambda: self._changed({"what_happened": self.what_happened.toPlainText()})
        )
        self.what_i_learned.setAccessibleName(tr("What I learned"))
        self.what_i_learned.textChanged.connect(
            lambda: self._changed({"what_i_learned": self.what_i_learned.toPlainText()})
        )
        self.do_differently.setAccessibleName(tr("What I'll do differently"))
        self.do_differently.textChanged.connect(
            lambda: self._changed({"do_differently": self.do_differently.toPlainText()})
        )
        self.tags.setAccessibleName(tr("Tags"))
        self.tags.textChanged.connect(lambda text: self._changed({"tags": str(text)}))
        self.week = QComboBox()
        self.week.setAccessibleName(tr("Week"))
        self.week.activated.connect(lambda *_: self._changed({"week_id": self.week.currentData()}))
        self.person = QComboBox()
        self.person.setAccessibleName(tr("Person"))
        self.person.activated.connect(
            lambda *_: self._changed({"person_id": self.person.currentData()})
        )
        form.addRow(tr("Date"), self.learned_on)
        form.addRow(tr("Title"), self.title)
        form.addRow(tr("What happened"), self.what_happened)
        form.addRow(tr("What I learned"), self.what_i_learned)
        form.addRow(tr("What I'll do differently"), self.do_differently)
        form.addRow(tr("Tags"), self.tags)
        form.addRow(tr("Week"), self.week)
        form.addRow(tr("About"), self.person)
        self.source_note = QLabel()
        self.source_note.setProperty("role", "caption")
        form.addRow("", self.source_note)
        scroll.setWidget(editor)
        return scroll

    # --- loading and filtering ------------------------------------------------------------

    def refresh(self) -> None:
        """Re-read people, weeks and tags, then the list (keeps filters and the selection)."""
        self.flush_pending_edits()
        people = self.service.people()
        self._people = {p.id: p.name for p in people}
        self._weeks = self.service.week_ids()
        tags = self.service.tags()
        self.tags.set_tags(tags)
        self._fill_combo(self.tag_filter, tr("All tags"), [(t, t) for t in tags])
        active = [(p.name, p.id) for p in people if not p.archived]
        self._fill_combo(self.person_filter, tr("Anyone"), active)
        self._fill_combo(self.person, tr("Nobody in particular"), active)
        weeks = sorted(self._weeks.items(), key=lambda item: item[1], reverse=True)
        self._fill_combo(
            self.week,
            tr("No week"),
            [
                (tr("Week {0} · {1}").format(iso_week_number(start), human_date(start)), week_id)
                for week_id, start in weeks
            ],
        )
        self.panel.reload_lessons()
        self.panel.show_week(week_start_of(self.today()))
        self.reflection.refresh()
        self.apply_filters()

    @staticmethod
    def _fill_combo(combo: QComboBox, everything: str, entries: Sequence[tuple[str, Any]]) -> None:
        keep = combo.currentData()
        combo.blockSignals(True)
        combo.clear()
        combo.addItem(everything, None)
        for label, value in entries:
            combo.addItem(label, value)
        combo.setCurrentIndex(max(combo.findData(keep), 0) if keep is not None else 0)
        combo.blockSignals(False)

    def apply_filters(self) -> None:
        self.flush_pending_edits()
        keep = self.current.id if self.current else None
        # The selection and the scroll position survive the new rows.
        place = ListPlace(self.view, lambda row: self.model.lesson(row).id)
        lessons = self.service.find(
            text=self.search.text(),
            tag=self.tag_filter.currentData(),
            person_id=self.person_filter.currentData(),
            first=self.from_filter.value(),
            last=self.to_filter.value(),
        )
        self.model.set_rows(lessons)
        total = self.service.count()
        self.count_label.setText(
            tr_n("{0} of %n lessons", total, "{0} of %n lesson").format(len(lessons))
        )
        self.no_match.setVisible(not lessons and total > 0)
        self.export_button.setEnabled(bool(lessons))
        row = self.model.row_of(keep) if keep is not None else -1
        if row >= 0:
            place.restore(self.view, self.model.row_of)
            self._show(self.model.lesson(row))
        elif lessons:
            self.view.selectRow(0)
            self._show(self.model.lesson(0))
        else:
            self._show(None)

    def clear_filters(self) -> None:
        for combo in (self.tag_filter, self.person_filter):
            combo_quietly(combo, 0)
        for date_edit in (self.from_filter, self.to_filter):
            date_edit.set_value(None)
        self.search.blockSignals(True)
        self.search.clear()
        self.search.blockSignals(False)
        self.apply_filters()

    def _on_current_row(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if current.isValid():
            self.flush_pending_edits()
            self._show(self.model.lesson(current.row()))

    def _show(self, lesson: Lesson | None) -> None:
        # The same lesson again (a refresh): leave what already reads right alone, so
        # the cursor and the undo history of the field being typed in stay.
        same = lesson is not None and self.current is not None and lesson.id == self.current.id
        self.current = lesson
        self.delete_button.setEnabled(lesson is not None)
        # One primary action: the empty state's while it shows, else "New lesson".
        loudest = "primary" if lesson is not None else "quiet"
        if self.new_button.property("role") != loudest:
            theme.set_role(self.new_button, loudest)
        if lesson is None:
            self.right.setCurrentIndex(0)
            return
        self.learned_on.set_value(lesson.learned_on)
        for editor, field in (
            (self.title, "title"),
            (self.what_happened, "what_happened"),
            (self.what_i_learned, "what_i_learned"),
            (self.do_differently, "do_differently"),
            (self.tags, "tags"),
        ):
            if not (same and text_of(editor) == getattr(lesson, field)):
                set_quietly(editor, getattr(lesson, field))
        self._choose(self.week, lesson.week_id, self._week_label)
        self._choose(self.person, lesson.person_id, lambda pid: self._people.get(pid, "?"))
        self.source_note.setText(tr("From a Friday review.") if lesson.from_review else "")
        self.right.setCurrentIndex(1)

    def _week_label(self, week_id: int) -> str:
        start = self._weeks.get(week_id)
        return human_date(start) if start else "?"

    @staticmethod
    def _choose(combo: QComboBox, value: int | None, label: Callable[[int], str]) -> None:
        index = combo.findData(value) if value is not None else 0
        if index < 0 and value is not None:  # e.g. someone archived since
            combo.addItem(label(value), value)
            index = combo.count() - 1
        combo_quietly(combo, index)

    def open_lesson(self, lesson_id: int) -> None:
        """Show one lesson, clearing filters that would hide it."""
        if self.model.row_of(lesson_id) < 0:
            self.clear_filters()
        row = self.model.row_of(lesson_id)
        if row >= 0:
            self.view.selectRow(row)
            self._show(self.model.lesson(row))

    # --- editing --------------------------------------------------------------------------

    def _date_changed(self) -> None:
        day = self.learned_on.value()
        if day is not None:  # never empty: the date is not optional
            self._changed({"learned_on": day})

    def _changed(self, fields: LessonFields) -> None:
        lesson = self.current
        if lesson is None:
            return
        for name, value in fields.items():
            setattr(lesson, name, value)
        lesson_id, service = lesson.id, self.service
        key = ",".join(fields)
        self.autosave.schedule(
            f"lesson:{lesson_id}:{key}", lambda: service.update(lesson_id, **fields)
        )
        row = self.model.row_of(lesson_id)
        if row >= 0:
            self.model.refresh_row(row)

    def new_lesson(self) -> int:
        self.flush_pending_edits()
        lesson_id = self.service.add(self.today())
        self.clear_filters()
        self.open_lesson(lesson_id)
        self.title.setFocus()
        return lesson_id

    def delete_lesson(self) -> None:
        lesson = self.current
        if lesson is None:
            return
        if not self.confirm(
            tr("Delete this lesson?"),
            tr("“{0}” will be removed from the journal. This cannot be undone.").format(
                lesson.title or tr("Untitled lesson")
            ),
        ):
            return
        self.autosave.flush()
        self.service.delete(lesson.id)
        self.current = None
        self.refresh()

    def selected_lessons(self) -> list[Lesson]:
        rows = sorted({index.row() for index in self.view.selectionModel().selectedRows()})
        if len(rows) > 1:
            return [self.model.lesson(row) for row in rows]
        return self.model.lessons()

    def export_markdown(self) -> Path | None:
        self.flush_pending_edits()
        lessons = self.selected_lessons()
        if not lessons:
            return None
        path = self.choose_save_path(tr("Export lessons"), "lessons.md")
        if path is None:
            return None
        document = lessons_markdown(lessons, self._people, self._weeks)
        try:
            write_markdown(path, document, replace=True)  # the save dialog asked first
        except JournalError as error:
            self.inform(tr("Not saved"), str(error))
            return None
        return path

    # --- saving and dialogs ---------------------------------------------------------------

    def open_reflection(self, day: dt.date) -> None:
        """Show the reflection written about ``day``."""
        self.reflection.show_day(day)
        self.reflection.editor.setFocus()

    def flush_pending_edits(self) -> None:
        self.reflection.flush()
        had_tags = self.autosave.has_pending()
        self.autosave.flush()
        if had_tags:
            self.tags.set_tags(self.service.tags())

    def _confirm_with_dialog(self, title: str, text: str) -> bool:
        answer = QMessageBox.question(self, title, text)
        return answer == QMessageBox.StandardButton.Yes

    def _inform_with_dialog(self, title: str, text: str) -> None:
        QMessageBox.information(self, title, text)

    def _choose_save_path(self, caption: str, suggested: str) -> Path | None:
        name, _selected = QFileDialog.getSaveFileName(
            self, caption, str(Path.home() / suggested), tr("Markdown (*.md)")
        )
        return Path(name) if name else None
