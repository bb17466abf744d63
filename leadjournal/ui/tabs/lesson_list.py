"""The list of lessons, and the tag field that completes tags already in use."""

from __future__ import annotations

from collections.abc import Sequence
from typing import ClassVar

from PySide6.QtCore import QStringListModel, Qt
from PySide6.QtWidgets import QCompleter, QLineEdit, QWidget

from leadjournal.db.models import Lesson
from leadjournal.i18n import QT_TRANSLATE_NOOP, tr
from leadjournal.services.lessons import format_tags
from leadjournal.text import split_tags
from leadjournal.ui.forms import human_date
from leadjournal.ui.models import RowsTableModel


class LessonTableModel(RowsTableModel[Lesson]):
    COL_DATE, COL_TITLE, COL_TAGS = range(3)
    HEADERS: ClassVar[tuple[str, ...]] = (
        QT_TRANSLATE_NOOP("", "Date"),
        QT_TRANSLATE_NOOP("", "Lesson"),
        QT_TRANSLATE_NOOP("", "Tags"),
    )
    CONTEXT: ClassVar[str] = ""  # the catalogue's unnamed context, where they are marked

    def lesson(self, row: int) -> Lesson:
        return self.row_at(row)

    def lessons(self) -> list[Lesson]:
        return self.rows()

    def row_of(self, lesson_id: int) -> int:
        return next((i for i, lesson in enumerate(self.rows()) if lesson.id == lesson_id), -1)

    def cell_text(self, lesson: Lesson, column: int) -> str:
        if column == self.COL_DATE:
            return human_date(lesson.learned_on)
        if column == self.COL_TITLE:
            return lesson.title or tr("Untitled lesson")
        return format_tags(split_tags(lesson.tags))


class TagEdit(QLineEdit):
    """Comma-separated tags, completing the tag being typed from those already in use."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.tag_model = QStringListModel(self)
        self.tag_completer = QCompleter(self.tag_model, self)
        self.tag_completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.tag_completer.setWidget(self)
        self.tag_completer.activated.connect(self.insert_tag)
        self.textEdited.connect(self._complete)

    def set_tags(self, tags: Sequence[str]) -> None:
        self.tag_model.setStringList(list(tags))

    def current_prefix(self) -> str:
        return self.text()[: self.cursorPosition()].split(",")[-1].strip()

    def _complete(self, _text: str) -> None:
        prefix = self.current_prefix()
        if not prefix:
            popup = self.tag_completer.popup()
            if popup is not None:
                popup.hide()
            return
        self.tag_completer.setCompletionPrefix(prefix)
        self.tag_completer.complete()

    def insert_tag(self, tag: str) -> None:
        """Replace the tag being typed with ``tag`` and get ready for the next one."""
        before = self.text()[: self.cursorPosition()].split(",")[:-1]
        after = self.text()[self.cursorPosition() :].split(",")[1:]
        tags = [t.strip() for t in before if t.strip()] + [tag]
        tags += [t.strip() for t in after if t.strip()]
        self.setText(", ".join(tags) + ", ")
        self.textEdited.emit(self.text())
