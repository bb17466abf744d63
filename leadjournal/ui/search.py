"""The search box (Ctrl+K or Ctrl+F from any tab): live results, grouped by kind."""

from __future__ import annotations

import html
from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, QSize, Qt, QTimer
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QDialog,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from leadjournal.db.repositories import Repositories
from leadjournal.i18n import tr, tr_n
from leadjournal.services.search import HIGHLIGHT, SearchHit, search
from leadjournal.ui import theme

LINK_ROLE = Qt.ItemDataRole.UserRole


def snippet_html(snippet: str) -> str:
    """The FTS snippet with its matches in bold, everything else escaped."""
    escaped = html.escape(snippet)
    return escaped.replace(HIGHLIGHT[0], "<b>").replace(HIGHLIGHT[1], "</b>")


class SearchDialog(QDialog):
    def __init__(
        self,
        repositories: Repositories,
        open_link: Callable[[str], bool],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.repos = repositories
        self.open_link = open_link
        self.hits: list[SearchHit] = []
        self.setWindowTitle(tr("Search the journal"))
        self.resize(680, 520)
        layout = QVBoxLayout(self)
        self.box = QLineEdit()
        self.box.setAccessibleName(tr("Search the journal"))
        self.box.setPlaceholderText(tr('Words, "a phrase", or a kind: decision, lesson…'))
        self.box.setClearButtonEnabled(True)
        self.box.installEventFilter(self)
        layout.addWidget(self.box)
        self.hint = QLabel(
            tr(
                "Name a kind to see it first: decision, lesson, one-on-one, feedback, task, "
                "person, priority, check-in, coaching, delegation, practice. “decision budget” "
                "finds decisions about the budget. Enter opens the selected result."
            )
        )
        self.hint.setWordWrap(True)
        theme.set_role(self.hint, "caption")
        self.box.setAccessibleDescription(self.hint.text())
        layout.addWidget(self.hint)
        self.results = QListWidget()
        self.results.setAccessibleName(tr("Search results"))
        self.results.setSpacing(1)
        theme.set_role(self.results, "results")  # the chosen row stays readable
        # Long hits wrap rather than widen the list (no sideways scrolling).
        self.results.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.results.itemActivated.connect(self._open_item)
        layout.addWidget(self.results, 1)
        self.status = QLabel()
        theme.set_role(self.status, "caption")
        layout.addWidget(self.status)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(120)
        self._timer.timeout.connect(self.run)
        self.box.textChanged.connect(lambda *_: self._timer.start())
        self.box.returnPressed.connect(self.open_selected)

    def run(self) -> None:
        """Search now and show the hits, grouped by kind in order of their best hit."""
        self._timer.stop()
        self.hits = search(self.repos, self.box.text())
        self.results.clear()
        groups: dict[str, list[SearchHit]] = {}
        for hit in self.hits:
            groups.setdefault(hit.kind, []).append(hit)
        for hits in groups.values():
            header = QListWidgetItem(hits[0].group_title)
            font = header.font()
            font.setBold(True)
            header.setFont(font)
            header.setFlags(Qt.ItemFlag.NoItemFlags)
            self.results.addItem(header)
            for hit in hits:
                item = QListWidgetItem()
                item.setData(LINK_ROLE, hit.link)
                label = QLabel(
                    snippet_html(hit.snippet)
                    + (
                        f" <span style='color: {theme.current().muted}'>"
                        f"— {html.escape(hit.where)}</span>"
                        if hit.where
                        else ""
                    )
                )
                label.setTextFormat(Qt.TextFormat.RichText)
                label.setContentsMargins(12, 2, 4, 2)
                label.setWordWrap(True)
                width = (
                    self.results.viewport().width() if self.results.isVisible() else self.width()
                ) - 2 * theme.SPACE["m"]
                item.setSizeHint(QSize(width, label.heightForWidth(width)))
                item.setToolTip(hit.where)
                self.results.addItem(item)
                self.results.setItemWidget(item, label)
        first = next(
            (
                self.results.item(i)
                for i in range(self.results.count())
                if self.results.item(i).data(LINK_ROLE)
            ),
            None,
        )
        if first is not None:
            self.results.setCurrentItem(first)
        text = self.box.text().strip()
        if not text:
            self.status.setText("")
        elif self.hits:
            self.status.setText(tr_n("%n results", len(self.hits), "%n result"))
        else:
            # A long paste is shortened here, or the label would widen the dialog.
            shown = text if len(text) <= 60 else text[:59].rstrip() + "…"
            self.status.setText(tr("Nothing found for “{0}”.").format(shown))

    def open_selected(self) -> None:
        if self._timer.isActive():
            self.run()
        item = self.results.currentItem()
        if item is not None:
            self._open_item(item)

    def _open_item(self, item: QListWidgetItem) -> None:
        link = item.data(LINK_ROLE)
        if link and self.open_link(link):
            self.accept()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Up and Down in the box move through the results."""
        if watched is self.box and event.type() == QEvent.Type.KeyPress:
            assert isinstance(event, QKeyEvent)
            if event.key() in (Qt.Key.Key_Down, Qt.Key.Key_Up):
                step = 1 if event.key() == Qt.Key.Key_Down else -1
                row = self.results.currentRow() + step
                while 0 <= row < self.results.count():
                    if self.results.item(row).data(LINK_ROLE):
                        self.results.setCurrentRow(row)
                        break
                    row += step
                return True
        return super().eventFilter(watched, event)
