"""The tracker board: the week's tasks in columns by status, moved by drag or keys."""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QKeySequence, QShortcut, QShowEvent
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QListWidgetItem,
    QMenu,
    QVBoxLayout,
    QWidget,
)

from leadjournal.db.models import WeekPlan
from leadjournal.i18n import tr, tr_n
from leadjournal.services.week_changes import WipOverflow
from leadjournal.services.weekly_loop import Step
from leadjournal.services.weeks import STATUS_LABELS, STATUSES
from leadjournal.ui.empty_state import EmptyState
from leadjournal.ui.forms import heading
from leadjournal.ui.tabs.weekly_plan.common import StepPage, owner_label, short_day_name
from leadjournal.ui.tabs.weekly_plan.context import WeekPageContext
from leadjournal.ui.widgets import BoardColumn


class TrackerPage(StepPage):
    def __init__(self, context: WeekPageContext) -> None:
        super().__init__(context)
        self.layout_.addWidget(
            heading(
                tr("Tracker"),
                tr("Drag cards between columns, or select one and press Ctrl+Right / Ctrl+Left."),
                [("manage", tr("Seeing what moved and what is stuck, before Friday."))],
            )
        )
        filters = QHBoxLayout()
        self.owner_filter = QComboBox()
        self.owner_filter.setAccessibleName(tr("Filter by owner"))
        self.priority_filter = QComboBox()
        self.priority_filter.setAccessibleName(tr("Filter by priority"))
        for combo in (self.owner_filter, self.priority_filter):
            combo.currentIndexChanged.connect(lambda _: self._fill_columns())
        filters.addWidget(QLabel(tr("Owner")))
        filters.addWidget(self.owner_filter)
        filters.addWidget(QLabel(tr("Priority")))
        filters.addWidget(self.priority_filter)
        filters.addStretch(1)
        self.layout_.addLayout(filters)
        # No tasks yet: one sentence and the way to the plan, instead of four empty columns.
        self.empty_state = EmptyState(
            "empty.tracker",
            tr(
                "Your board shows every task of the week, from not started to done, as soon "
                "as you plan who does what."
            ),
            tr("Plan the week's tasks"),
            lambda: self.context.show_step(Step.PLAN),
        )
        self.empty_state.hide()
        self.layout_.addWidget(self.empty_state, 1)
        self.filter_row = filters
        board = QHBoxLayout()
        self.columns: dict[str, BoardColumn] = {}
        self.column_titles: dict[str, QLabel] = {}
        for status in STATUSES:
            column = BoardColumn(status)
            column.setAccessibleName(tr(STATUS_LABELS[status]))
            column.setMinimumHeight(320)
            column.tasks_dropped.connect(self._on_drop)
            column.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
            column.customContextMenuRequested.connect(
                lambda point, c=column: self._context_menu(c, point)
            )
            box = QVBoxLayout()
            title = QLabel()
            self.column_titles[status] = title
            box.addWidget(title)
            box.addWidget(column, 1)
            board.addLayout(box, 1)
            self.columns[status] = column
        self.layout_.addLayout(board, 1)
        for keys, step in (("Ctrl+Right", 1), ("Ctrl+Left", -1)):
            shortcut = QShortcut(QKeySequence(keys), self)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(lambda s=step: self.move_selected(s))

    def populate(self, week: WeekPlan) -> None:
        for combo, entries in (
            (
                self.owner_filter,
                [(tr("Everyone"), "*"), (tr("Me"), None)]
                + [
                    (name, pid)
                    for pid, name in sorted(self.context.people.items(), key=lambda x: x[1])
                    if any(t.owner_person_id == pid for t in week.tasks)
                ],
            ),
            (
                self.priority_filter,
                [(tr("All priorities"), "*")] + [(p.title, p.id) for p in week.priorities],
            ),
        ):
            keep = combo.currentData() if combo.count() else "*"
            combo.blockSignals(True)
            combo.clear()
            for label, value in entries:
                combo.addItem(label, value)
            index = combo.findData(keep)
            combo.setCurrentIndex(index if index >= 0 and keep != "*" else 0)
            combo.blockSignals(False)
        self._fill_columns()
        self._show_board(bool(week.tasks))

    def _show_board(self, has_tasks: bool) -> None:
        """The board once there are tasks; the empty state before."""
        self.empty_state.show_when(not has_tasks)
        widgets: list[QWidget] = [*self.columns.values(), *self.column_titles.values()]
        widgets += [self.owner_filter, self.priority_filter]
        for index in range(self.filter_row.count()):
            item = self.filter_row.itemAt(index)
            label = item.widget() if item is not None else None
            if isinstance(label, QLabel):
                widgets.append(label)
        for widget in widgets:
            widget.setVisible(has_tasks)

    def _fill_columns(self) -> None:
        if self.context.week is None:
            return
        week = self.week
        owner = self.owner_filter.currentData()
        priority = self.priority_filter.currentData()
        titles = {p.id: p.title for p in week.priorities}
        selected = self.selected_task_id()
        # Who said at the check-in that they are blocked (None: the user), and by what:
        # read afresh, as the check-in may have been typed since the week was loaded.
        blocked = self.context.planner.blockers_in_week(week.id)
        for status, column in self.columns.items():
            column.clear()
            count = 0
            for task in week.tasks:
                if task.status != status:
                    continue
                if owner != "*" and (
                    (owner is None and not task.owned_by_me)
                    or (owner is not None and task.owner_person_id != owner)
                ):
                    continue
                if priority != "*" and task.priority_id != priority:
                    continue
                parts = [owner_label(task, self.context.people)]
                if task.priority_id in titles:
                    parts.append(titles[task.priority_id])
                if task.due_day is not None:
                    parts.append(tr("due {0}").format(short_day_name(task.due_day)))
                item = QListWidgetItem(f"{task.title}\n{' · '.join(parts)}")
                item.setData(Qt.ItemDataRole.UserRole, task.id)
                item.setToolTip(task.title)
                blocker = blocked.get(None if task.owned_by_me else task.owner_person_id)
                if status != "done" and blocker and (task.owned_by_me or task.owner_person_id):
                    item.setText(item.text() + "\n" + tr("⚠ Blocked"))
                    item.setToolTip(tr("{0}\nBlocked: {1}").format(task.title, blocker))
                elif status != "done" and task.slip_decision in ("carry_over", "drop"):
                    # Decided already (at Friday's review, or when its priority was set
                    # aside): say so, so nobody picks it up by mistake.
                    mark = (
                        tr("→ Carried to next week")
                        if task.slip_decision == "carry_over"
                        else tr("✕ Dropped")
                    )
                    item.setText(item.text() + "\n" + mark)
                    item.setToolTip(f"{task.title}\n{task.slip_reason}".strip())
                column.addItem(item)
                if task.id == selected:
                    column.setCurrentItem(item)
                count += 1
            self.column_titles[status].setText(f"<b>{tr(STATUS_LABELS[status])}</b> ({count})")

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self._fill_columns()  # a blocker written at the check-in shows on the cards

    def selected_task_id(self) -> int | None:
        for column in self.columns.values():
            if column.hasFocus() or column.selectedItems():
                items = column.selectedItems()
                if items:
                    return int(items[0].data(Qt.ItemDataRole.UserRole))
        return None

    def card_ids(self, status: str) -> list[int]:
        column = self.columns[status]
        return [int(column.item(i).data(Qt.ItemDataRole.UserRole)) for i in range(column.count())]

    def move_selected(self, step: int) -> None:
        task_id = self.selected_task_id()
        if task_id is None:
            return
        task = next(t for t in self.week.tasks if t.id == task_id)
        index = STATUSES.index(task.status) + step
        if 0 <= index < len(STATUSES) and self.move_card(task_id, STATUSES[index]):
            self._focus_card(task_id)

    def move_card(self, task_id: int, status: str) -> bool:
        """Move a card; past the work-in-progress limit (when on) ask first, naming whose
        tasks they are. False when it did not move."""
        week = self.context.week
        if week is not None:
            over = self.context.planner.changes.check_wip(
                week, task_id, status, self.context.people
            )
            if over is not None and not self.context.confirm(
                tr("Work in progress"), wip_warning(over)
            ):
                self._fill_columns()  # a dragged card goes back where it was
                return False
        return self.context.move_task(task_id, status)

    def _focus_card(self, task_id: int) -> None:
        for column in self.columns.values():
            for i in range(column.count()):
                item = column.item(i)
                if item is not None and item.data(Qt.ItemDataRole.UserRole) == task_id:
                    column.setFocus()
                    column.setCurrentItem(item)

    def _on_drop(self, task_ids: list[int], status: str) -> None:
        for task_id in task_ids:
            self.move_card(int(task_id), status)

    def _context_menu(self, column: BoardColumn, point: QPoint) -> None:
        item = column.itemAt(point)
        if item is None:
            return
        task_id = int(item.data(Qt.ItemDataRole.UserRole))
        menu = QMenu(self)
        for status in STATUSES:
            action = menu.addAction(tr("Move to {0}").format(tr(STATUS_LABELS[status])))
            action.setEnabled(status != column.status)
            action.triggered.connect(lambda _=False, s=status: self.move_card(task_id, s))
        menu.exec(column.mapToGlobal(point))


def wip_warning(over: WipOverflow) -> str:
    """The question asked before one more task goes into In progress."""
    if over.is_me:
        return tr_n(
            "You already have %n tasks in progress (your limit is {0}). Starting another "
            "spreads your time thinner. Start it anyway?",
            over.in_progress,
            "You already have %n task in progress (your limit is {0}). Starting another "
            "spreads your time thinner. Start it anyway?",
        ).format(over.limit)
    return tr_n(
        "{0} already has %n tasks in progress (the limit is {1}). Starting another spreads "
        "their time thinner. Start it anyway?",
        over.in_progress,
        "{0} already has %n task in progress (the limit is {1}). Starting another spreads "
        "their time thinner. Start it anyway?",
    ).format(over.owner_name, over.limit)
