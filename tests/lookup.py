"""Typed look-ups for tests.

Qt (and the planner) answer ``None`` for a cell, child or week that is not there; a test
wants to fail right at that line with a plain message, and mypy wants to know the result
is never ``None``.
"""

from __future__ import annotations

import datetime as dt
from typing import TypeVar

from PySide6.QtCore import QObject
from PySide6.QtWidgets import (
    QLayout,
    QTableWidget,
    QTableWidgetItem,
    QTreeWidget,
    QTreeWidgetItem,
    QWidget,
)

from leadjournal.db.models import WeekPlan
from leadjournal.services.weeks import WeekPlanner

Found = TypeVar("Found", bound=QObject)


def cell(table: QTableWidget, row: int, column: int) -> QTableWidgetItem:
    """The item in ``table`` at ``row``, ``column``."""
    item = table.item(row, column)
    assert item is not None, f"no item at row {row}, column {column}"
    return item


def header(table: QTableWidget, column: int) -> QTableWidgetItem:
    """The horizontal header item of ``column``."""
    item = table.horizontalHeaderItem(column)
    assert item is not None, f"no header item for column {column}"
    return item


def cell_widget(table: QTableWidget, row: int, column: int, kind: type[Found]) -> Found:
    """The ``kind`` widget placed in ``table`` at ``row``, ``column``."""
    widget = table.cellWidget(row, column)
    assert isinstance(widget, kind), f"row {row}, column {column} holds {widget!r}"
    return widget


def top_item(tree: QTreeWidget, index: int) -> QTreeWidgetItem:
    """The top-level item of ``tree`` at ``index``."""
    item = tree.topLevelItem(index)
    assert item is not None, f"no top-level item {index}"
    return item


def child_item(parent: QTreeWidgetItem, index: int) -> QTreeWidgetItem:
    """The child of a tree item at ``index``."""
    item = parent.child(index)
    assert item is not None, f"no child {index} under {parent.text(0)!r}"
    return item


def child(parent: QObject, kind: type[Found], name: str = "") -> Found:
    """The first ``kind`` descendant of ``parent`` (named ``name``, if given)."""
    found = parent.findChild(kind, name)
    assert found is not None, f"no {kind.__name__} {name!r} in {parent!r}"
    return found


def layout_of(widget: QWidget) -> QLayout:
    """The layout ``widget`` was given."""
    layout = widget.layout()
    assert layout is not None, f"{widget!r} has no layout"
    return layout


def stored_week(planner: WeekPlanner, week_start: dt.date) -> WeekPlan:
    """The week starting ``week_start`` as stored now (it must have been started)."""
    week = planner.week(week_start)
    assert week is not None, f"no week starting {week_start}"
    return week
