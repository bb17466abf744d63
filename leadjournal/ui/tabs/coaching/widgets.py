"""Small widget helpers shared by the sections of a person's page."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtWidgets import QAbstractItemView, QComboBox, QHeaderView, QTableWidget

from leadjournal.i18n import MarkedText, tr


def choice_combo(choices: Sequence[tuple[str, MarkedText]], name: str) -> QComboBox:
    """A combo box of ``(value, label)`` choices; labels come marked from their table,
    ``name`` (the accessible name) already translated."""
    combo = QComboBox()
    combo.setAccessibleName(name)
    for value, label in choices:
        combo.addItem(tr(label), value)
    return combo


def fit_rows(table: QTableWidget, min_rows: int = 1, max_rows: int = 8) -> None:
    """Size a small table to its rows, so forms are not full of empty grid."""
    table.resizeRowsToContents()
    rows = range(min(max(table.rowCount(), min_rows), max_rows))
    height = sum(table.rowHeight(r) if r < table.rowCount() else 30 for r in rows)
    frame = table.frameWidth() * 2 + table.horizontalHeader().sizeHint().height()
    table.setFixedHeight(height + frame + 2)


def table_look(table: QTableWidget, widths: Sequence[int]) -> None:
    """First column stretches; the others get fixed widths that fit their editors."""
    header = table.horizontalHeader()
    header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
    for column, width in enumerate(widths, start=1):
        header.setSectionResizeMode(column, QHeaderView.ResizeMode.Fixed)
        table.setColumnWidth(column, width)
    table.verticalHeader().hide()
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setWordWrap(True)


def first_line(text: str, limit: int = 70) -> str:
    line = text.strip().split("\n", 1)[0]
    return line if len(line) <= limit else line[: limit - 1] + "…"


def first_name(name: str) -> str:
    return name.split()[0] if name.split() else name
