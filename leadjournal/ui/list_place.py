"""Where a person is in a list, kept across a refresh of its rows.

A refresh replaces every row (``beginResetModel``), which would drop the selection and
send the list back to its top. :class:`ListPlace` remembers the current record, the
selected ones and the record at the top of the view by id, and puts them back.
"""

from __future__ import annotations

from collections.abc import Callable, Hashable
from typing import Generic, TypeVar

from PySide6.QtCore import QItemSelection, QItemSelectionModel
from PySide6.QtWidgets import QAbstractItemView, QTableView

Key = TypeVar("Key", bound=Hashable)


class ListPlace(Generic[Key]):
    """The current, selected and top-most records of ``view``, by id."""

    def __init__(self, view: QTableView, id_of_row: Callable[[int], Key]) -> None:
        selection = view.selectionModel()
        current = selection.currentIndex()
        self.current: Key | None = id_of_row(current.row()) if current.isValid() else None
        self.selected = [id_of_row(index.row()) for index in selection.selectedRows()]
        top_row = view.rowAt(0)
        self.top: Key | None = id_of_row(top_row) if top_row >= 0 else None
        self.top_offset = view.rowViewportPosition(top_row) if top_row >= 0 else 0
        self.scroll = view.verticalScrollBar().value()

    def restore(self, view: QTableView, row_of_id: Callable[[Key], int]) -> int:
        """Select and scroll as before the refresh; the current record's new row
        (-1 when it is no longer listed)."""
        model = view.model()
        columns = max(model.columnCount() - 1, 0)
        chosen = QItemSelection()
        for record in self.selected:
            row = row_of_id(record)
            if row >= 0:
                chosen.select(model.index(row, 0), model.index(row, columns))
        selection = view.selectionModel()
        flags = QItemSelectionModel.SelectionFlag
        selection.select(chosen, flags.ClearAndSelect | flags.Rows)
        current = row_of_id(self.current) if self.current is not None else -1
        if current >= 0:
            selection.setCurrentIndex(model.index(current, 0), flags.NoUpdate)
        # The same record at the top as before, so nothing on screen moves.
        view.doItemsLayout()  # the scroll range follows the new rows now, not later
        bar = view.verticalScrollBar()
        top = row_of_id(self.top) if self.top is not None else -1
        if top < 0:
            bar.setValue(self.scroll)
        elif view.verticalScrollMode() == QAbstractItemView.ScrollMode.ScrollPerItem:
            bar.setValue(top)
        else:
            bar.setValue(bar.value() + view.rowViewportPosition(top) - self.top_offset)
        return current
