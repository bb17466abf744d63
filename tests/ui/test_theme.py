"""The theme: readable contrast in both schemes, live switching, and a remembered choice."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCharts import QLineSeries
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication, QLineEdit, QMenu, QPushButton
from pytestqt.qtbot import QtBot

from leadjournal import clock
from leadjournal.services.settings import JournalSettings
from leadjournal.ui import theme
from leadjournal.ui.main_window import MainWindow
from leadjournal.ui.tab_builder import Tab
from leadjournal.ui.tabs.insight_charts import ChartPanel
from leadjournal.ui.tabs.practice.grid import PracticeGrid
from tests.journeys.conftest import FIRST_MONDAY, Journey, welcome_answers
from tests.test_scheduler import FakeClock
from tests.ui.helpers import open_demo_session

BODY_TEXT = 4.5  # WCAG AA, body text
UI_PARTS = 3.0  # WCAG AA, control outlines and the focus ring


def luminance(hex_colour: str) -> float:
    """WCAG relative luminance of an ``#rrggbb`` colour."""

    def linear(channel: int) -> float:
        c = channel / 255
        return c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4

    red, green, blue = (int(hex_colour[i : i + 2], 16) for i in (1, 3, 5))
    return 0.2126 * linear(red) + 0.7152 * linear(green) + 0.0722 * linear(blue)


def contrast(one: str, other: str) -> float:
    light, dark = sorted((luminance(one), luminance(other)), reverse=True)
    return (light + 0.05) / (dark + 0.05)


def text_pairs(p: theme.Palette) -> dict[str, tuple[str, str]]:
    """Every text colour on every background it is shown on."""
    pairs = {
        "text on window": (p.text, p.window),
        "text on card": (p.text, p.card),
        "caption on window": (p.muted, p.window),
        "caption on card": (p.muted, p.card),
        "link on window": (p.link, p.window),
        "link on card": (p.link, p.card),
        "accent text on accent": (p.accent_text, p.accent),
        "text on a chip": (p.text, p.neutral),
        "a problem on window": (p.danger_text, p.window),
        "a problem on card": (p.danger_text, p.card),
        "a warning on window": (p.warning_text, p.window),
        "a warning on card": (p.warning_text, p.card),
    }
    for cell in ("success", "warning", "danger", "neutral", "info"):
        pairs[f"text on a {cell} cell"] = (p.text, getattr(p, cell))
    # A focused check box or radio button: its label in link colour on the info tint.
    pairs["focused check box label"] = (p.link, p.info)
    # The chosen search result: its words and where they are from on the info tint.
    pairs["caption on a chosen result"] = (p.muted, p.info)
    return pairs


def part_pairs(p: theme.Palette) -> dict[str, tuple[str, str]]:
    """Every outline a person must see to find a control, on its backgrounds."""
    pairs = {}
    for part in ("border", "focus"):
        for ground in ("window", "card"):
            pairs[f"{part} on {ground}"] = (getattr(p, part), getattr(p, ground))
    # A primary button is filled with the accent: its ring is drawn inside, in accent text.
    pairs["focus ring inside a primary button"] = (p.accent_text, p.accent)
    for number, colour in enumerate(p.series, start=1):
        pairs[f"chart series {number} on its card"] = (colour, p.card)
    return pairs


@pytest.mark.parametrize("palette", [theme.LIGHT, theme.DARK], ids=["light", "dark"])
def test_every_text_and_control_meets_wcag_aa(palette: theme.Palette) -> None:
    too_faint = {
        name: round(contrast(*pair), 2)
        for name, pair in text_pairs(palette).items()
        if contrast(*pair) < BODY_TEXT
    }
    too_faint |= {
        name: round(contrast(*pair), 2)
        for name, pair in part_pairs(palette).items()
        if contrast(*pair) < UI_PARTS
    }
    assert too_faint == {}


def test_the_style_sheet_styles_every_role_and_a_focus_ring_in_both_schemes() -> None:
    for palette in (theme.LIGHT, theme.DARK):
        sheet = theme.style_sheet(palette)
        for role in theme.ROLES:
            assert f'[role="{role}"]' in sheet, role
        assert f"QPushButton:focus, QToolButton:focus {{ border: 2px solid {palette.focus}; }}" in (
            sheet
        )
        assert palette.text in sheet and palette.accent in sheet


# Every kind of control a person reaches with Tab, and the selector of its focus rule.
FOCUSABLE = {
    "buttons": "QPushButton:focus",
    "tool buttons": "QToolButton:focus",
    "line edits": "QLineEdit:focus",
    "text editors": "QTextEdit:focus",
    "plain text editors": "QPlainTextEdit:focus",
    "spin boxes and date fields": "QAbstractSpinBox:focus",
    "combo boxes": "QComboBox:focus",
    "lists": "QListView:focus",
    "trees": "QTreeView:focus",
    "tables": "QTableView:focus",
    "tabs": "QTabBar::tab:focus",
    "check boxes": "QCheckBox:focus",
    "radio buttons": "QRadioButton:focus",
}


def rules(sheet: str) -> dict[str, str]:
    """Each selector of the style sheet and the declarations it gets (later ones win)."""
    found: dict[str, str] = {}
    for selectors, body in re.findall(r"([^{}]+)\{([^{}]*)\}", sheet):
        for selector in selectors.split(","):
            found[selector.strip()] = found.get(selector.strip(), "") + body
    return found


@pytest.mark.parametrize("palette", [theme.LIGHT, theme.DARK], ids=["light", "dark"])
def test_keyboard_focus_is_visible_on_every_kind_of_control(palette: theme.Palette) -> None:
    """Tab through a page: whatever has focus is drawn in a focus colour that contrasts."""
    sheet = rules(theme.style_sheet(palette))
    unmarked = [
        kind
        for kind, selector in FOCUSABLE.items()
        if palette.focus not in sheet.get(selector, "")
        and palette.link not in sheet.get(selector, "")
    ]
    assert unmarked == []
    # Lists, trees and tables keep their size when the ring appears (no jump).
    for view in ("QListView", "QTreeView", "QTableView"):
        assert "border: 1px" in sheet[view] and "padding: 1px" in sheet[view]
        assert "border: 2px" in sheet[f"{view}:focus"] and "padding: 0" in sheet[f"{view}:focus"]


@pytest.fixture
def themed(qapp: QApplication) -> Iterator[QApplication]:
    """Whatever a test chooses, the next test starts on the desktop's scheme again."""
    try:
        yield qapp
    finally:
        theme.apply(qapp, "system")


def window_colour(window: MainWindow) -> str:
    return window.palette().color(QPalette.ColorRole.Window).name()


def test_switching_the_scheme_recolours_the_open_page_the_charts_and_the_practice_days(
    qtbot: QtBot, tmp_path: Path, themed: QApplication
) -> None:
    session = open_demo_session(qtbot, tmp_path, dt.datetime(2026, 11, 25, 9))
    window = session.window
    window.resize(1280, 800)
    window.show()
    window.appearance_actions["light"].trigger()
    window.tabs.setCurrentIndex(Tab.PRACTICE)
    grid = window.tab_page(Tab.PRACTICE).findChild(PracticeGrid)
    assert grid is not None
    done = next(  # a ticked day, green
        cell
        for row in range(grid.rowCount())
        for column in range(grid.columnCount())
        if (cell := grid.item(row, column)) is not None and cell.text().startswith("✓")
    )
    assert done.background().color().name() == theme.LIGHT.success
    window.tabs.setCurrentIndex(Tab.INSIGHTS)
    panels = window.tab_page(Tab.INSIGHTS).findChildren(ChartPanel)

    def a_line_chart() -> ChartPanel | None:
        for panel in panels:
            chart = panel.view.chart()
            if chart is not None and any(isinstance(s, QLineSeries) for s in chart.series()):
                return panel
        return None

    qtbot.waitUntil(lambda: a_line_chart() is not None, timeout=10000)
    panel = a_line_chart()
    assert panel is not None
    chart = panel.view.chart()
    line = next(s for s in chart.series() if isinstance(s, QLineSeries))
    assert window_colour(window) == theme.LIGHT.window
    assert chart.backgroundBrush().color().name() == theme.LIGHT.card
    assert line.color().name() == theme.LIGHT.series[0]
    light_legend = panel.legend.text()

    window.appearance_actions["dark"].trigger()

    assert window_colour(window) == theme.DARK.window
    assert window.tab_page(Tab.INSIGHTS).palette().color(QPalette.ColorRole.WindowText).name() == (
        theme.DARK.text
    )
    assert chart.backgroundBrush().color().name() == theme.DARK.card
    assert line.color().name() == theme.DARK.series[0]
    assert chart.titleBrush().color().name() == theme.DARK.text
    if panel.legend.isVisible():
        assert panel.legend.text() != light_legend  # the legend's swatches follow
    assert window.appearance_actions["dark"].isChecked()
    assert not window.appearance_actions["light"].isChecked()
    assert done.background().color().name() == theme.DARK.success  # the practice days too
    session.close()


def test_like_the_system_follows_the_desktop_while_the_window_is_open(
    qtbot: QtBot,
    tmp_path: Path,
    themed: QApplication,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    session = open_demo_session(qtbot, tmp_path, dt.datetime(2026, 11, 25, 9))
    window = session.window
    window.appearance_actions["system"].trigger()
    desktop = {"scheme": "light"}
    monkeypatch.setattr(theme, "desktop_scheme", lambda: desktop["scheme"])
    hints = QGuiApplication.styleHints()

    desktop["scheme"] = "dark"
    hints.colorSchemeChanged.emit(Qt.ColorScheme.Dark)
    assert window_colour(window) == theme.DARK.window

    window.appearance_actions["light"].trigger()  # the person's choice wins over the desktop
    hints.colorSchemeChanged.emit(Qt.ColorScheme.Dark)
    assert window_colour(window) == theme.LIGHT.window
    session.close()


def test_the_appearance_chosen_in_the_view_menu_is_remembered_after_a_restart(
    qtbot: QtBot, tmp_path: Path, themed: QApplication
) -> None:
    fake = FakeClock(FIRST_MONDAY)
    clock.use(fake)
    journey = Journey(qtbot, tmp_path / "journal", fake, tmp_path)
    try:
        window = journey.open(welcome_answers())
        view_menu = next(menu for menu in window.menus if menu.title() == "&View")
        appearance = next(
            action.menu() for action in view_menu.actions() if action.text() == "&Appearance"
        )
        assert isinstance(appearance, QMenu)
        choices = appearance.actions()
        assert [a.text() for a in choices] == ["Like the &System", "&Light", "&Dark"]
        assert [a.isChecked() for a in choices] == [True, False, False]  # like the desktop
        choices[2].trigger()
        assert window_colour(window) == theme.DARK.window
        assert JournalSettings.of(journey.repositories).appearance == "dark"

        theme.apply(themed, "system")  # as a fresh start of the app does
        window = journey.next_morning()

        assert window.appearance_actions["dark"].isChecked()
        assert window_colour(window) == theme.DARK.window
    finally:
        journey.close()
        clock.use(None)


def test_a_disabled_primary_or_quiet_button_looks_disabled(
    qtbot: QtBot, themed: QApplication
) -> None:
    """ "Confirm the plan" before there is a task, "Delete" with nothing chosen: a button
    that can't be pressed must not look ready to be."""
    for scheme in ("light", "dark"):
        theme.apply(themed, scheme)
        for role in ("primary", "quiet"):
            button = QPushButton("Confirm the plan")
            qtbot.addWidget(button)
            theme.set_role(button, role)
            button.show()
            ready = button.grab().toImage()
            button.setEnabled(False)
            greyed = button.grab().toImage()
            assert ready != greyed, (scheme, role)


def test_a_read_only_field_takes_the_window_s_background(
    qtbot: QtBot, themed: QApplication
) -> None:
    """A closed week's field reads as settled: the window's colour, not a white box."""
    theme.apply(themed, "light")
    field = QLineEdit("Shipped on Thursday")
    qtbot.addWidget(field)
    field.resize(240, 30)
    field.show()

    def inside() -> str:
        """Which of window or card the field's inside is painted in (the nearer one: the
        test screen may have fewer colours)."""
        seen = field.grab().toImage().pixelColor(field.width() - 20, field.height() // 2)

        def distance(name: str) -> int:
            wanted = QColor(name)
            return (
                abs(seen.red() - wanted.red())
                + abs(seen.green() - wanted.green())
                + abs(seen.blue() - wanted.blue())
            )

        return min(("window", "card"), key=lambda name: distance(getattr(theme.LIGHT, name)))

    assert inside() == "card"
    theme.set_read_only(field, True)
    assert field.isReadOnly() and inside() == "window"
    theme.set_read_only(field, False)
    assert inside() == "card"
