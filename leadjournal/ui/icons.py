"""The app's icons: one small named table over one icon font, Phosphor (MIT).

The font and its character map come from the ``qtawesome`` package (MIT), which ships
them maintained and redistributable. Its Python side is not imported: it pulls in
``qtpy``, which copies every Qt enum at import and would add more than half a second to
start-up. Drawing a glyph of a font is all an icon needs, so a small icon engine here
does it.

Icons are coloured at paint time from the theme's colours, so they follow a switch
between light and dark without being made again. The font is
loaded on the first ``icon()`` call; each icon is made once and cached.

The tab icons are drawn in the window's first paint, so this path is kept short: the
code points of the glyphs in use are listed here (``GLYPHS``, checked against the font's
character map by a test) instead of parsing the 150 kB map at every start, and no enum
of PySide6's ``Qt`` namespace is touched, not even through an overloaded call that
could take one (its first use builds all of them: 15-50 ms, more on a busy machine).
"""

from __future__ import annotations

import importlib.util
import json
import sys
from functools import cache
from pathlib import Path

from PySide6.QtCore import QPoint, QRect, QSize
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontDatabase,
    QIcon,
    QIconEngine,
    QPainter,
    QPalette,
    QPixmap,
)
from PySide6.QtWidgets import QApplication

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

# The code points of the glyphs ICONS uses (tests/ui/test_icons.py checks them against the
# character map). A glyph missing here still works, read from the map at its first use.
GLYPHS: dict[str, int] = {
    "barbell": 0xF074,
    "calendar-check": 0xF0AE,
    "chart-line-up": 0xF0D5,
    "chat-circle-dots": 0xF0DD,
    "chats-circle": 0xF0E1,
    "check-circle": 0xF0E8,
    "check-square": 0xF0EA,
    "clipboard-text": 0xF0F8,
    "compass": 0xF110,
    "export": 0xF15A,
    "flag": 0xF17C,
    "floppy-disk": 0xF181,
    "handshake": 0xF1C0,
    "lightbulb": 0xF1ED,
    "lightning": 0xF1EF,
    "magnifying-glass": 0xF20A,
    "plus": 0xF27F,
    "star": 0xF2F3,
    "trend-up": 0xF33B,
    "users": 0xF351,
}
# Qt.AlignmentFlag.AlignCenter and a transparent fill, without the Qt namespace.
_ALIGN_CENTER = 0x0084
_TRANSPARENT = (0, 0, 0, 0)

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
def _font() -> str:
    """The icon font's family (loaded once)."""
    folder = font_folder()
    font_id = QFontDatabase.addApplicationFont(str(folder / FONT_FILE))
    families = QFontDatabase.applicationFontFamilies(font_id) if font_id >= 0 else []
    if not families:
        raise FileNotFoundError(f"cannot load the icon font {folder / FONT_FILE}")
    return families[0]


@cache
def charmap() -> dict[str, int]:
    """Every glyph name of the icon font → its code point (read from the font's map)."""
    text = (font_folder() / CHARMAP_FILE).read_text(encoding="utf-8")
    return {name: int(code, 16) for name, code in json.loads(text).items()}


def code_point(glyph: str) -> int | None:
    """The code point of ``glyph``; None when the font has no such glyph."""
    known = GLYPHS.get(glyph)
    return known if known is not None else charmap().get(glyph)


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

    def __init__(self, glyph: str, role: str, code: int) -> None:
        super().__init__()
        self.glyph = glyph
        self.role = role
        self.code = code
        self._pixmaps: dict[tuple[int, int, int, int], QPixmap] = {}

    def paint(self, painter: QPainter, rect: QRect, mode: QIcon.Mode, state: QIcon.State) -> None:
        font = QFont(_font())
        font.setPixelSize(max(1, round(min(rect.width(), rect.height()) * 0.9)))
        # The style draws the glyph in a palette's colour: QPainter.setPen would build the
        # Qt namespace's enums before the first paint (its overloads take a Qt.PenStyle).
        palette = QPalette()
        text = QPalette.ColorRole.WindowText
        palette.setColor(text, _colour(self.role, mode))
        painter.save()
        painter.setFont(font)
        style = QApplication.style()
        style.drawItemText(painter, rect, _ALIGN_CENTER, palette, True, chr(self.code), text)
        painter.restore()

    def pixmap(self, size: QSize, mode: QIcon.Mode, state: QIcon.State) -> QPixmap:
        colour = _colour(self.role, mode).rgba()
        key = (size.width(), size.height(), int(mode.value), colour)
        cached = self._pixmaps.get(key)
        if cached is not None:
            return cached
        pixmap = QPixmap(size)
        pixmap.fill(QColor(*_TRANSPARENT))
        painter = QPainter(pixmap)
        painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
        self.paint(painter, QRect(QPoint(0, 0), size), mode, state)
        painter.end()
        self._pixmaps[key] = pixmap
        return pixmap

    def clone(self) -> QIconEngine:
        return GlyphEngine(self.glyph, self.role, self.code)

    def key(self) -> str:
        return "leadjournal-glyph"


@cache
def icon(name: str) -> QIcon:
    """The icon called ``name`` in ``ICONS`` (made once; a KeyError for an unknown name)."""
    glyph, role = ICONS[name]
    _font()  # a missing font fails here, not in the middle of a paint
    code = code_point(glyph)
    if code is None:
        raise KeyError(f"the icon font has no glyph {glyph!r}")
    return QIcon(GlyphEngine(glyph, role, code))
