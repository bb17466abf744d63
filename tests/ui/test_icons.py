"""The icon table: every name draws a glyph of the icon font, in the palette's colour."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from leadjournal.ui import icons, theme


def test_every_icon_in_the_table_resolves_to_a_drawn_icon(qtbot: QtBot) -> None:
    for name in icons.ICONS:
        icon = icons.icon(name)
        assert not icon.isNull(), name
        image = icon.pixmap(32, 32).toImage()
        assert not image.isNull(), name
        inked = [
            (x, y)
            for x in range(0, 32, 2)
            for y in range(0, 32, 2)
            if image.pixelColor(x, y).alpha() > 0
        ]
        assert inked, f"{name} draws nothing"


def test_icons_are_made_once_and_tabs_and_steps_all_have_one(qtbot: QtBot) -> None:
    assert icons.icon("tab.lessons") is icons.icon("tab.lessons")  # cached
    assert len(icons.TAB_ICONS) == 6 and len(icons.STEP_ICONS) == 7
    assert set(icons.TAB_ICONS) | set(icons.STEP_ICONS) <= set(icons.ICONS)


def test_an_icon_takes_the_themes_text_colour_of_the_moment(qtbot: QtBot) -> None:
    app = QApplication.instance()
    assert isinstance(app, QApplication)

    def inked_colours() -> set[str]:
        image = icons.icon("action.search").pixmap(48, 48).toImage()
        return {
            image.pixelColor(x, y).name()
            for x in range(48)
            for y in range(48)
            if image.pixelColor(x, y).alpha() == 255
        }

    try:
        theme.apply(app, "light")
        assert inked_colours() == {theme.colour("text").name()}
        theme.apply(app, "dark")  # the same icon, drawn again in the dark text colour
        assert inked_colours() == {theme.colour("text").name()}
        assert theme.current().scheme == "dark"
        assert theme.colour("text").name() != "#000000"
    finally:
        theme.apply(app, "light")


def test_the_code_points_listed_for_a_quick_start_are_the_fonts_own(qtbot: QtBot) -> None:
    """icons.py lists the code points of the glyphs in use so a start need not parse the
    font's character map; every one must be the map's, and every icon's glyph listed."""
    charmap = icons.charmap()
    assert {glyph: charmap[glyph] for glyph in icons.GLYPHS} == icons.GLYPHS
    assert {glyph for glyph, _colour in icons.ICONS.values()} <= set(icons.GLYPHS)
