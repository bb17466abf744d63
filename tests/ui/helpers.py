"""Showing a tab for a test with its dialog hooks answered at the edge."""

from __future__ import annotations

from typing import TypeVar

from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

Tab = TypeVar("Tab", bound=QWidget)


def show_tab(qtbot: QtBot, tab: Tab) -> Tab:
    """Show ``tab`` at 1280×800; confirmations say yes and are kept in ``tab.asked``,
    messages are kept in ``tab.told`` instead of opening modal boxes."""
    tab.asked = []  # type: ignore[attr-defined]
    tab.told = []  # type: ignore[attr-defined]

    def confirm(_title: str, text: str) -> bool:
        tab.asked.append(text)  # type: ignore[attr-defined]
        return True

    tab.confirm = confirm  # type: ignore[attr-defined]
    tab.inform = lambda _title, text: tab.told.append(text)  # type: ignore[attr-defined]
    qtbot.addWidget(tab)
    tab.resize(1280, 800)
    tab.show()
    qtbot.waitExposed(tab)
    return tab
