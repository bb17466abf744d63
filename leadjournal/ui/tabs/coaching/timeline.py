"""A person's timeline: everything about them in date order, filterable by kind."""

from __future__ import annotations

from collections.abc import Callable
from typing import ClassVar

from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from leadjournal.db.models import Person
from leadjournal.i18n import QT_TRANSLATE_NOOP, tr, tr_n
from leadjournal.services.coaching import TIMELINE_KINDS, TimelineEntry
from leadjournal.ui.forms import hint_label, human_date
from leadjournal.ui.models import RowsTableModel
from leadjournal.ui.tabs.coaching.context import CoachingContext
from leadjournal.ui.tabs.coaching.widgets import first_name


class TimelineModel(RowsTableModel[TimelineEntry]):
    """A person's history as rows: date, kind, title, detail."""

    COL_DATE, COL_KIND, COL_TITLE, COL_DETAIL = range(4)
    HEADERS: ClassVar[tuple[str, ...]] = (
        QT_TRANSLATE_NOOP("", "Date"),
        QT_TRANSLATE_NOOP("", "Kind"),
        QT_TRANSLATE_NOOP("", "What"),
        QT_TRANSLATE_NOOP("", "Detail"),
    )
    CONTEXT: ClassVar[str] = ""  # the catalogue's unnamed context, as ``tr`` uses
    KIND_LABELS: ClassVar[dict[str, str]] = {
        "one_on_one": QT_TRANSLATE_NOOP("", "One-on-one"),
        "coaching": QT_TRANSLATE_NOOP("", "Coaching"),
        "plan": QT_TRANSLATE_NOOP("", "Improvement plan"),
        "plan_checkin": QT_TRANSLATE_NOOP("", "Plan check-in"),
        "recognition": QT_TRANSLATE_NOOP("", "Recognition"),
        "delegation": QT_TRANSLATE_NOOP("", "Delegation"),
        "feedback": QT_TRANSLATE_NOOP("", "Feedback"),
        "blocker": QT_TRANSLATE_NOOP("", "Blocker"),
        "slipped": QT_TRANSLATE_NOOP("", "Slipped task"),
    }

    def entry(self, row: int) -> TimelineEntry:
        return self.row_at(row)

    def cell_text(self, entry: TimelineEntry, column: int) -> str:
        if column == self.COL_DATE:
            return human_date(entry.when)
        if column == self.COL_KIND:
            return tr(self.KIND_LABELS[entry.kind])
        return entry.title if column == self.COL_TITLE else entry.detail


class TimelineSection(QWidget):
    """Everything about the person in date order, filterable by kind."""

    def __init__(
        self, context: CoachingContext, open_entry: Callable[[TimelineEntry], None]
    ) -> None:
        super().__init__()
        self.context = context
        self._entries: list[TimelineEntry] = []
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 6, 0, 0)
        row = QHBoxLayout()
        self.kind_filter = QComboBox()
        self.kind_filter.setAccessibleName(tr("Show in the timeline"))
        self.kind_filter.addItem(tr("Everything"), None)
        for kind, label in TIMELINE_KINDS:
            self.kind_filter.addItem(tr(label), kind)
        self.kind_filter.currentIndexChanged.connect(lambda *_: self._apply_filter())
        self.count_label = QLabel()
        row.addWidget(QLabel(tr("Show")))
        row.addWidget(self.kind_filter)
        row.addStretch(1)
        row.addWidget(self.count_label)
        layout.addLayout(row)
        self.model = TimelineModel()
        self.view = QTableView()
        self.view.setAccessibleName(tr("Timeline"))
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.verticalHeader().hide()
        self.view.setWordWrap(False)
        self.view.setAlternatingRowColors(True)
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(TimelineModel.COL_DATE, QHeaderView.ResizeMode.Fixed)
        header.setSectionResizeMode(TimelineModel.COL_KIND, QHeaderView.ResizeMode.Fixed)
        header.setSectionResizeMode(TimelineModel.COL_TITLE, QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        self.view.setColumnWidth(TimelineModel.COL_DATE, 130)  # "Wed 30 Dec 2026"
        kinds = TimelineModel.KIND_LABELS.values()
        widest_kind = max(self.view.fontMetrics().horizontalAdvance(tr(kind)) for kind in kinds)
        self.view.setColumnWidth(TimelineModel.COL_KIND, max(120, widest_kind + 16))
        self.view.setColumnWidth(TimelineModel.COL_TITLE, 340)
        self.view.activated.connect(lambda index: open_entry(self.model.entry(index.row())))
        self.view.doubleClicked.connect(lambda index: open_entry(self.model.entry(index.row())))
        self.empty = hint_label()
        layout.addWidget(self.view, 1)
        layout.addWidget(self.empty)
        # With no records the table hides: this keeps the filter row and the sentence at
        # the top instead of both floating mid-page.
        layout.addStretch(0)

    def load(self, person: Person) -> None:
        self._entries = self.context.log.timeline(person.id)
        self.empty.setText(
            tr(
                "Nothing about {0} yet. One-on-ones, coaching, plans, recognition, "
                "delegations, blockers and tasks that slipped all show up here, newest first."
            ).format(first_name(person.name))
        )
        self._apply_filter()

    def _apply_filter(self) -> None:
        kind = self.kind_filter.currentData()
        kinds = {kind} if kind != "plan" else {"plan", "plan_checkin"}
        rows = self._entries if kind is None else [e for e in self._entries if e.kind in kinds]
        self.model.set_rows(rows)
        self.count_label.setText(tr_n("%n entries", len(rows), "%n entry"))
        self.empty.setVisible(not self._entries)
        self.view.setVisible(bool(self._entries))
