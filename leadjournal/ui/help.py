"""Help → The weekly loop (a page with links into the app) and Help → Keyboard shortcuts."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import QUrl
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QTableWidget,
    QTableWidgetItem,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from leadjournal.i18n import QT_TRANSLATE_NOOP, tr
from leadjournal.paths import resources_dir


def weekly_loop_markdown() -> str:
    return (resources_dir() / "help" / "weekly-loop.md").read_text(encoding="utf-8")


class WeeklyLoopWindow(QDialog):
    """The weekly loop explained; each link opens the matching place in the app."""

    def __init__(self, open_link: Callable[[str], bool], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("The weekly loop"))
        self.resize(720, 640)
        self.open_link = open_link
        layout = QVBoxLayout(self)
        self.browser = QTextBrowser()
        self.browser.setOpenLinks(False)
        self.browser.setMarkdown(weekly_loop_markdown())
        self.browser.anchorClicked.connect(self._follow)
        layout.addWidget(self.browser)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.close)
        layout.addWidget(buttons)

    def _follow(self, url: QUrl) -> None:
        self.open_link(url.toString())


# Shortcuts that belong to a tab rather than to a menu: (where, keys, what it does), all
# marked for the catalogue (key names differ between languages too).
TAB_SHORTCUTS = (
    (
        QT_TRANSLATE_NOOP("", "Weekly Plan"),
        QT_TRANSLATE_NOOP("", "Alt+Left / Alt+Right"),
        QT_TRANSLATE_NOOP("", "Previous / next week"),
    ),
    (
        QT_TRANSLATE_NOOP("", "Weekly Plan"),
        QT_TRANSLATE_NOOP("", "Alt+Home"),
        QT_TRANSLATE_NOOP("", "Back to this week"),
    ),
    (
        QT_TRANSLATE_NOOP("", "Tracker"),
        QT_TRANSLATE_NOOP("", "Ctrl+Left / Ctrl+Right"),
        QT_TRANSLATE_NOOP("", "Move the selected card to the previous / next column"),
    ),
    (
        QT_TRANSLATE_NOOP("", "Coaching Log"),
        QT_TRANSLATE_NOOP("", "Ctrl+Shift+N"),
        QT_TRANSLATE_NOOP("", "Add a person"),
    ),
    (
        QT_TRANSLATE_NOOP("", "Lessons Learned"),
        QT_TRANSLATE_NOOP("", "Ctrl+Shift+L"),
        QT_TRANSLATE_NOOP("", "Write a new lesson"),
    ),
    (
        QT_TRANSLATE_NOOP("", "Practice grid"),
        QT_TRANSLATE_NOOP("", "Space or Enter"),
        QT_TRANSLATE_NOOP("", "Mark the chosen day done (again: clear it)"),
    ),
    (
        QT_TRANSLATE_NOOP("", "Practice grid"),
        QT_TRANSLATE_NOOP("", "S / N / Delete"),
        QT_TRANSLATE_NOOP("", "Skip with a reason / add a note / clear"),
    ),
    (
        QT_TRANSLATE_NOOP("", "Everywhere"),
        QT_TRANSLATE_NOOP("", "Tab / Shift+Tab"),
        QT_TRANSLATE_NOOP("", "Move between fields in reading order"),
    ),
)


class ShortcutsDialog(QDialog):
    """Every keyboard shortcut: the menus' (read from the actions) and the tabs' own."""

    def __init__(self, actions: Sequence[QAction], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("Keyboard shortcuts"))
        self.resize(640, 520)
        layout = QVBoxLayout(self)
        rows = self.rows(actions)
        self.table = QTableWidget(len(rows), 3)
        self.table.setAccessibleName(tr("Keyboard shortcuts"))
        self.table.setHorizontalHeaderLabels([tr("Where"), tr("Keys"), tr("What it does")])
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        for row, cells in enumerate(rows):
            for column, text in enumerate(cells):
                self.table.setItem(row, column, QTableWidgetItem(text))
        layout.addWidget(self.table)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.close)
        layout.addWidget(buttons)

    @staticmethod
    def rows(actions: Sequence[QAction]) -> list[tuple[str, str, str]]:
        menu_rows = []
        for action in actions:
            keys = tr(" or ").join(
                shortcut.toString(QKeySequence.SequenceFormat.NativeText)
                for shortcut in action.shortcuts()
                if not shortcut.isEmpty()
            )
            if keys:
                menu_rows.append((tr("Menus"), keys, action.text().replace("&", "")))
        return menu_rows + [(tr(where), tr(keys), tr(what)) for where, keys, what in TAB_SHORTCUTS]
