"""Structure you can see: cards, one primary action per page, a week header with chips."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

from PySide6.QtWidgets import QGroupBox, QPushButton, QWidget
from pytestqt.qtbot import QtBot

from tests.ui.helpers import open_demo_session


def _visible_primaries(root: QWidget) -> list[str]:
    return [
        button.text()
        for button in root.findChildren(QPushButton)
        if button.property("role") == "primary" and button.isVisible()
    ]


def test_sections_are_cards_and_each_page_has_one_primary_action(
    qtbot: QtBot, tmp_path: Path
) -> None:
    session = open_demo_session(qtbot, tmp_path, dt.datetime(2026, 11, 27, 8))
    window = session.window
    window.resize(1280, 800)
    window.show()
    qtbot.waitExposed(window)
    primaries: dict[str, list[str]] = {}
    for index in range(window.tabs.count()):
        window.tabs.setCurrentIndex(index)
        page: Any = window.tabs.currentWidget()
        name = window.tabs.tabText(index)
        if hasattr(page, "step_list"):
            for row in range(page.step_list.count()):
                page.show_step(row)
                primaries[page.step_list.item(row).text().rstrip(" ✓")] = _visible_primaries(page)
        else:
            primaries[name] = _visible_primaries(page)
    # Never two actions shouting at once; the main ones stand out where they belong.
    assert all(len(found) <= 1 for found in primaries.values()), primaries
    assert primaries["Coaching Log"] == ["&Prepare one-on-one…"]
    assert primaries["Lessons Learned"] == ["New lesson"]
    assert primaries["Start/Stop/Continue"] == ["Ask for feedback…"]
    assert primaries["Wednesday · Improve"] == ["Record a coaching conversation…"]
    # Every section is a card, and the other buttons are quiet.
    boxes = window.findChildren(QGroupBox)
    assert boxes and [b.title() for b in boxes if b.property("role") != "card"] == []
    loud = [
        b.text()
        for b in window.findChildren(QPushButton)
        if b.isVisible() and b.property("role") not in ("primary", "quiet")
    ]
    assert "Edit…" not in loud and "Delete" not in loud
    session.close()


def test_week_header_names_the_week_and_shows_labelled_chips(qtbot: QtBot, tmp_path: Path) -> None:
    session = open_demo_session(qtbot, tmp_path, dt.datetime(2026, 11, 27, 8))
    window = session.window
    weekly_plan: Any = window.tabs.widget(0)
    header = weekly_plan.header
    assert header.week_title.property("role") == "title"
    assert header.week_title.text().startswith("Week 48")
    chips = (header.outcome_label, header.reliability_label, header.health_label)
    assert [chip.property("role") for chip in chips] == ["chip"] * 3
    assert header.outcome_label.text().startswith("Outcome: Every billing ticket")
    assert header.reliability_label.text().startswith("Delivery: ")
    assert header.health_label.text().startswith("Team health: ")
    session.close()
