"""The app's icons: one small named table over one icon font, Phosphor (MIT).

The font and its character map come from the ``qtawesome`` package (MIT), which ships
them maintained and redistributable. Its Python side is not imported: it pulls in
``qtpy``, which copies every Qt enum at import and would add more than half a second to
start-up. Drawing a glyph of a font is all an icon needs, so a small icon engine here
does it.

Icons are coloured at paint time from the theme's colours, so they follow a switch
between light and dark without being made again. The font is
loaded on the first ``icon()`` call; each icon is made once and cached.
"""

from __future__ import annotations

import importlib.util
import json
import sys
from functools import cache
from pathlib import Path

from PySide6.QtCore import QPoint, QRect, QSize, Qt
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontDatabase,
    QIcon,
    QIconEngine,
    QPainter,
    QPixmap,
)

from leadjournal.ui import theme

FONT_FILE = "phosphor-1.3.0.ttf"
CHARMAP_FILE = "phosphor-charmap-1.3.0.json"

# name → (Phosphor glyph, colour: "text" or "accent")
ICONS: dict[str, tuple[str, str]] = {
    # The tabs
    "tab.weekly_plan": ("calendar-check", "text"),
    "tab.coaching_log": ("users", "text"),
    "tab.lessons": ("lightbulb", "text"),
    "tab.feedback": ("chats-circle", "text"),
    "tab.practice": ("barbell", "text"),
    "tab.insights": ("chart-line-up", "text"),
    # The Weekly Plan's steps, in Step order
    "step.direction": ("compass", "text"),
    "step.plan": ("clipboard-text", "text"),
    "step.tracker": ("check-square", "text"),
    "step.checkin": ("chat-circle-dots", "text"),
    "step.improve": ("trend-up", "text"),
    "step.align": ("handshake", "text"),
    "step.review": ("flag", "text"),
    # Main actions
    "action.new_task": ("plus", "accent"),
    "action.add_priority": ("star", "accent"),
    "action.confirm_plan": ("check-circle", "accent"),
    "action.export": ("export", "text"),
    "action.backup": ("floppy-disk", "text"),
    "action.search": ("magnifying-glass", "text"),
    "action.quick_capture": ("lightning", "text"),
    "action.add": ("plus", "accent"),
    # Pictures for the empty states (drawn large, in the accent colour)
    "empty.weekly_plan": ("calendar-check", "accent"),
    "empty.tracker": ("check-square", "accent"),
    "empty.review": ("flag", "accent"),
    "empty.coaching_log": ("users", "accent"),
    "empty.person": ("chat-circle-dots", "accent"),
    "empty.lessons": ("lightbulb", "accent"),
    "empty.feedback": ("chats-circle", "accent"),
    "empty.practice": ("barbell", "accent"),
    "empty.insights": ("chart-line-up", "accent"),
}

STEP_ICONS = (
    "step.direction",
    "step.plan",
    "step.tracker",
    "step.checkin",
    "step.improve",
    "step.align",
    "step.review",
)
TAB_ICONS = (
    "tab.weekly_plan",
    "tab.coaching_log",
    "tab.lessons",
    "tab.feedback",
    "tab.practice",
    "tab.insights",
)


def font_folder() -> Path:
    """Where qtawesome keeps its fonts (found without importing qtawesome)."""
    bundle = getattr(sys, "_MEIPASS", None)  # a PyInstaller bundle: the spec puts them here
    if bundle is not None and (Path(bundle) / "qtawesome" / "fonts").is_dir():
        return Path(bundle) / "qtawesome" / "fonts"
    spec = importlib.util.find_spec("qtawesome")
    if spec is None or not spec.submodule_search_locations:
        raise FileNotFoundError("the qtawesome package is not installed")
    return Path(next(iter(spec.submodule_search_locations))) / "fonts"


@cache
def _font() -> tuple[str, dict[str, int]]:
    """The icon font's family (loaded once) and its glyph names → code points."""
    folder = font_folder()
    font_id = QFontDatabase.addApplicationFont(str(folder / FONT_FILE))
    families = QFontDatabase.applicationFontFamilies(font_id) if font_id >= 0 else []
    if not families:
        raise FileNotFoundError(f"cannot load the icon font {folder / FONT_FILE}")
    charmap = json.loads((folder / CHARMAP_FILE).read_text(encoding="utf-8"))
    return families[0], {name: int(code, 16) for name, code in charmap.items()}


def _colour(role: str, mode: QIcon.Mode) -> QColor:
    """The theme's colour of the moment: ``text`` or ``accent``; muted when disabled,
    the text-on-accent colour on a selected row."""
    if mode == QIcon.Mode.Disabled:
        return theme.colour("muted")
    if mode == QIcon.Mode.Selected:
        return theme.colour("accent_text")
    return theme.colour(role)


class GlyphEngine(QIconEngine):
    """Paints one glyph of the icon font, in the palette's colour of the moment."""

    def __init__(self, glyph: str, role: str) -> None:
        super().__init__()
        self.glyph = glyph
        self.role = role
        self._pixmaps: dict[tuple[int, int, int, int], QPixmap] = {}

    def paint(self, painter: QPainter, rect: QRect, mode: QIcon.Mode, state: QIcon.State) -> None:
        family, codes = _font()
        font = QFont(family)
        font.setPixelSize(max(1, round(min(rect.width(), rect.height()) * 0.9)))
        painter.save()
        painter.setFont(font)
        painter.setPen(_colour(self.role, mode))
        painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, chr(codes[self.glyph]))
        painter.restore()

    def pixmap(self, size: QSize, mode: QIcon.Mode, state: QIcon.State) -> QPixmap:
        colour = _colour(self.role, mode).rgba()
        key = (size.width(), size.height(), int(mode.value), colour)
        cached = self._pixmaps.get(key)
        if cached is not None:
            return cached
        pixmap = QPixmap(size)
        pixmap.fill(Qt.GlobalColor.transparent)
        painter = QPainter(pixmap)
        painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
        self.paint(painter, QRect(QPoint(0, 0), size), mode, state)
        painter.end()
        self._pixmaps[key] = pixmap
        return pixmap

    def clone(self) -> QIconEngine:
        return GlyphEngine(self.glyph, self.role)

    def key(self) -> str:
        return "leadjournal-glyph"


@cache
def icon(name: str) -> QIcon:
    """The icon called ``name`` in ``ICONS`` (made once; a KeyError for an unknown name)."""
    glyph, role = ICONS[name]
    if glyph not in _font()[1]:
        raise KeyError(f"the icon font has no glyph {glyph!r}")
    return QIcon(GlyphEngine(glyph, role))
