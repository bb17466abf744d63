"""The Practice tab: one leading and one managing behaviour, ticked daily for two weeks."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QPoint, QRect, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QKeyEvent, QPainter
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMenu,
    QMessageBox,
    QPushButton,
    QRadioButton,
    QScrollArea,
    QSizePolicy,
    QStackedWidget,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionProgressBar,
    QStyleOptionViewItem,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from leadjournal import clock
from leadjournal.db.models import PracticeCycle
from leadjournal.db.repositories import Repositories
from leadjournal.db.repositories.practice import ActiveCycleError
from leadjournal.errors import JournalError
from leadjournal.i18n import tr
from leadjournal.services.insights import closed_cycle_adherence
from leadjournal.services.practice import (
    DAY_OFF,
    DONE,
    FUTURE,
    MISSED,
    NOT_YET,
    OFF,
    OPEN,
    SKIPPED,
    Behaviour,
    CycleKeptError,
    cycle_days,
    cycle_end,
    day_number,
    day_state,
    delete_cycle,
    first_practice_day,
    load_catalogue,
    may_delete_cycle,
    next_monday,
    progress,
    tick_refusal,
)
from leadjournal.text import weekday_short
from leadjournal.ui.forms import (
    human_date,
    paragraph,
    save_cancel_buttons,
    set_quietly,
    title_label,
)
from leadjournal.ui.saving import Autosaver

KIND_LABELS = {"lead": "Leading", "manage": "Managing"}
# How each state of a day looks: symbol, background, and words for screen readers.
CELL_LOOK = {
    DONE: ("✓", "#cfe8cf", "done"),
    SKIPPED: ("–", "#fbe6b4", "skipped"),
    MISSED: ("✗", "#f4cdc8", "missed"),
    FUTURE: ("", "", "still to come"),
    OFF: ("off", "#e9e9e9", "not a working day"),
    OPEN: ("?", "#dbe7f7", "today, not ticked yet"),
}
KEEP_CHOICES = (
    ("", "Not decided"),
    ("yes", "Yes, both"),
    ("change_one", "Change one of them"),
    ("no", "No, choose a new pair"),
)


def percent(value: float | None) -> str:
    return "–" if value is None else f"{value:.0%}"


# The history's adherence cell holds ((label, fraction), …): one bar per behaviour.
BARS_ROLE = Qt.ItemDataRole.UserRole


class AdherenceBarsDelegate(QStyledItemDelegate):
    """Paints a cycle's adherence as two slim progress bars, leading above managing.

    Painted rather than built from progress-bar widgets: ten years of cycles would
    otherwise mean hundreds of widgets before the tab could show.
    """

    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> None:
        bars = index.data(BARS_ROLE)
        if not bars:
            super().paint(painter, option, index)
            return
        widget = option.widget  # type: ignore[attr-defined]
        style = widget.style() if widget is not None else QApplication.style()
        style.drawPrimitive(QStyle.PrimitiveElement.PE_PanelItemViewItem, option, painter, widget)
        area = option.rect.adjusted(4, 3, -4, -3)  # type: ignore[attr-defined]
        height = (area.height() - 2) // len(bars)
        for number, (label, fraction) in enumerate(bars):
            bar = QStyleOptionProgressBar()
            bar.initFrom(widget)
            bar.state |= QStyle.StateFlag.State_Horizontal
            bar.rect = QRect(area.left(), area.top() + number * (height + 2), area.width(), height)
            bar.minimum, bar.maximum = 0, 100
            bar.progress = round((fraction or 0) * 100)
            bar.text, bar.textVisible = label, True
            style.drawControl(QStyle.ControlElement.CE_ProgressBar, bar, painter, widget)


class BehaviourDialog(QDialog):
    """Write your own behaviour: leading or managing, a title, and what counts as done."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("Add your own behaviour"))
        self.resize(480, 300)
        layout = QVBoxLayout(self)
        form = QFormLayout()
        self.kind = QComboBox()
        self.kind.setAccessibleName(tr("Kind"))
        for value, label in KIND_LABELS.items():
            self.kind.addItem(tr(label), value)
        self.title = QLineEdit()
        self.title.setAccessibleName(tr("Behaviour"))
        self.title.setPlaceholderText(tr("e.g. Close the day's chat threads"))
        self.description = QLineEdit()
        self.description.setAccessibleName(tr("In one line"))
        self.done_today = QLineEdit()
        self.done_today.setAccessibleName(tr("Done today means"))
        self.done_today.setPlaceholderText(tr("What you can tick honestly at the end of a day"))
        form.addRow(tr("Kind"), self.kind)
        form.addRow(tr("Behaviour"), self.title)
        form.addRow(tr("In one line"), self.description)
        form.addRow(tr("Done today means"), self.done_today)
        layout.addLayout(form)
        buttons = save_cancel_buttons(self)
        self.save_button = buttons.button(QDialogButtonBox.StandardButton.Save)
        layout.addWidget(buttons)
        self.title.textChanged.connect(lambda text: self.save_button.setEnabled(bool(text.strip())))
        self.save_button.setEnabled(False)

    def details(self) -> dict[str, str]:
        return {
            "kind": self.kind.currentData(),
            "title": self.title.text(),
            "description": self.description.text(),
            "done_today": self.done_today.text(),
        }


class PracticeGrid(QTableWidget):
    """Two rows (leading, managing) by the cycle's days; keyboard first.

    Space or Enter marks the chosen day done (again: clears it); S skips it with a
    reason; N adds a note; Delete clears the mark.
    """

    def __init__(self, tab: PracticeTab) -> None:
        super().__init__(2, 14)
        self.tab = tab
        self.setAccessibleName(tr("Practice days"))
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.verticalHeader().setDefaultSectionSize(48)
        self.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.customContextMenuRequested.connect(self._menu)
        self.cellDoubleClicked.connect(lambda row, column: self.tab.toggle_done(row, column))
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)

    def fit_height(self) -> None:
        """Exactly the two rows and the two-line day headers, no scrolling."""
        header = self.horizontalHeader().sizeHint().height()
        self.setFixedHeight(header + self.rowHeight(0) + self.rowHeight(1) + 2 * self.frameWidth())

    def keyPressEvent(self, event: QKeyEvent) -> None:
        row, column = self.currentRow(), self.currentColumn()
        key = event.key()
        if row < 0 or column < 0:
            super().keyPressEvent(event)
        elif key in (Qt.Key.Key_Space, Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.tab.toggle_done(row, column)
        elif key == Qt.Key.Key_S:
            self.tab.skip_day(row, column)
        elif key == Qt.Key.Key_N:
            self.tab.note_day(row, column)
        elif key in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace):
            self.tab.clear_day(row, column)
        else:
            super().keyPressEvent(event)

    def _menu(self, position: QPoint) -> None:
        index = self.indexAt(position)
        if not index.isValid():
            return
        row, column = index.row(), index.column()
        menu = QMenu(self)
        menu.addAction(tr("Done (Space)"), lambda: self.tab.toggle_done(row, column))
        menu.addAction(tr("Skipped, with a reason… (S)"), lambda: self.tab.skip_day(row, column))
        menu.addAction(tr("Note… (N)"), lambda: self.tab.note_day(row, column))
        menu.addAction(tr("Clear (Delete)"), lambda: self.tab.clear_day(row, column))
        viewport = self.viewport()
        menu.exec(viewport.mapToGlobal(position) if viewport is not None else position)


class PracticeTab(QWidget):
    """Start a cycle, tick it daily, reflect at day 14, and see the cycles so far."""

    # Kinds of record shown here: a change to one of them elsewhere refreshes the tab.
    SHOWS = frozenset({"practice_cycle", "practice_tick", "custom_behaviour", "setting"})
    KEEPS_EDITING = True  # a refresh refills the grid; the reflection being typed stays

    BEHAVIOURS = ("lead", "manage")

    def __init__(
        self,
        repositories: Repositories,
        parent: QWidget | None = None,
        today: Callable[[], dt.date] = clock.today,
    ) -> None:
        super().__init__(parent)
        self.repos = repositories
        self.today = today
        self.autosave = Autosaver(self)
        self.cycle: PracticeCycle | None = None
        self.days: list[dt.date] = []
        self._notice_day: dt.date | None = None  # the day the last notice was given
        self.confirm: Callable[[str, str], bool] = self._confirm_with_dialog
        self.inform: Callable[[str, str], None] = self._inform_with_dialog
        self.ask_text: Callable[[str, str, str], str | None] = self._ask_text_with_dialog
        self.ask_behaviour: Callable[[], dict[str, str] | None] = self._ask_behaviour
        try:
            self.catalogue: list[Behaviour] = load_catalogue()
            self.catalogue_problem = ""
        except JournalError as error:
            self.catalogue, self.catalogue_problem = [], str(error)

        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        body = QWidget()
        layout = QVBoxLayout(body)
        layout.setContentsMargins(12, 10, 12, 6)
        self.pages = QStackedWidget()
        self.pages.addWidget(self._build_start_page())
        self.pages.addWidget(self._build_cycle_page())
        layout.addWidget(self.pages)
        layout.addWidget(self._build_history())
        layout.addStretch(1)
        scroll.setWidget(body)
        outer.addWidget(scroll)
        self.refresh()

    # --- choosing a pair ------------------------------------------------------------------------

    def behaviours(self, kind: str) -> list[Behaviour]:
        """The catalogue's behaviours of one kind, then the user's own."""
        own = [
            Behaviour(f"custom:{c.id}", c.kind, c.title, c.description, c.done_today)
            for c in self.repos.practice.customs()
            if c.kind == kind
        ]
        return [b for b in self.catalogue if b.kind == kind] + own

    def _build_start_page(self) -> QWidget:
        page = QGroupBox(tr("Start a two-week practice cycle"))
        layout = QVBoxLayout(page)
        intro = QLabel(
            tr(
                "Pick one leading and one managing behaviour. For two weeks, tick each day you "
                "did it. Small and daily beats big and occasional."
            )
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        if self.catalogue_problem:
            problem = QLabel(self.catalogue_problem)
            problem.setStyleSheet("color: #8c1d18;")
            layout.addWidget(problem)
        grid = QGridLayout()
        self.choosers: dict[str, QComboBox] = {}
        self.chooser_help: dict[str, QLabel] = {}
        for row, kind in enumerate(self.BEHAVIOURS):
            combo = QComboBox()
            combo.setAccessibleName(tr("{0} behaviour").format(tr(KIND_LABELS[kind])))
            combo.currentIndexChanged.connect(lambda _=0, k=kind: self._describe_choice(k))
            help_label = QLabel()
            help_label.setWordWrap(True)
            help_label.setStyleSheet("color: palette(placeholder-text);")
            grid.addWidget(QLabel(tr(KIND_LABELS[kind])), row * 2, 0)
            grid.addWidget(combo, row * 2, 1)
            grid.addWidget(help_label, row * 2 + 1, 1)
            self.choosers[kind], self.chooser_help[kind] = combo, help_label
        grid.setColumnStretch(1, 1)
        layout.addLayout(grid)
        when = QHBoxLayout()
        self.start_today = QRadioButton(tr("Start today"))
        self.start_monday = QRadioButton(tr("Start next Monday"))
        self.start_today.setChecked(True)
        self.working_days = QCheckBox(tr("Working days only (weekends don't count)"))
        self.working_days.setChecked(True)
        for widget in (self.start_today, self.start_monday, self.working_days):
            when.addWidget(widget)
            widget.toggled.connect(lambda *_: self._describe_start())
        when.addStretch(1)
        layout.addLayout(when)
        # Says on which day the cycle would begin, before the person presses Start.
        self.start_note = QLabel()
        self.start_note.setWordWrap(True)
        self.start_note.setAccessibleName(tr("When the cycle starts"))
        layout.addWidget(self.start_note)
        buttons = QHBoxLayout()
        self.start_button = QPushButton(tr("Start the cycle"))
        self.start_button.setDefault(True)
        self.start_button.clicked.connect(lambda: self.start_cycle())
        add_own = QPushButton(tr("Add your own behaviour…"))
        add_own.clicked.connect(self.add_own_behaviour)
        buttons.addWidget(self.start_button)
        buttons.addWidget(add_own)
        buttons.addStretch(1)
        layout.addLayout(buttons)
        layout.addStretch(1)  # the running-cycle page is taller; keep this one compact
        return page

    def _fill_choosers(self, lead_key: str | None = None, manage_key: str | None = None) -> None:
        for kind, keep in (("lead", lead_key), ("manage", manage_key)):
            combo = self.choosers[kind]
            keep = keep or combo.currentData()
            combo.blockSignals(True)
            combo.clear()
            for behaviour in self.behaviours(kind):
                combo.addItem(behaviour.title, behaviour.key)
            index = combo.findData(keep)
            combo.setCurrentIndex(index if index >= 0 else 0)
            combo.blockSignals(False)
            self._describe_choice(kind)

    def _describe_choice(self, kind: str) -> None:
        key = self.choosers[kind].currentData()
        behaviour = next((b for b in self.behaviours(kind) if b.key == key), None)
        self.chooser_help[kind].setText(
            f"{behaviour.description} " + tr("Done today: {0}").format(behaviour.done_today)
            if behaviour
            else ""
        )

    def add_own_behaviour(self) -> int | None:
        details = self.ask_behaviour()
        if not details or not details["title"].strip():
            return None
        behaviour_id = self.repos.practice.add_custom(**details)
        key = f"custom:{behaviour_id}"
        self._fill_choosers(**{f"{details['kind']}_key": key})
        return behaviour_id

    def start_cycle(self, lead_key: str | None = None, manage_key: str | None = None) -> int | None:
        """Start a cycle with the chosen (or given) pair; asks to end a running one."""
        chosen = {}
        for kind, key in (("lead", lead_key), ("manage", manage_key)):
            key = key or self.choosers[kind].currentData()
            behaviour = next((b for b in self.behaviours(kind) if b.key == key), None)
            if behaviour is None:
                self.inform(
                    tr("Choose a pair"), tr("Choose one leading and one managing behaviour first.")
                )
                return None
            chosen[kind] = (behaviour.key, behaviour.title)
        today = self.today()
        start = self.chosen_start()
        active = self.repos.practice.active_cycle()
        if active is not None:
            if not self.confirm(
                tr("End the current cycle?"),
                tr(
                    "“{0}” and “{1}” are still being practised. End that cycle now and start "
                    "the new one?"
                ).format(active.lead_title, active.manage_title),
            ):
                return None
            self.flush_pending_edits()
            self.repos.practice.finish_cycle(active.id, today, early=True)
        try:
            cycle_id = self.repos.practice.start_cycle(
                start,
                chosen["lead"],
                chosen["manage"],
                working_days_only=self.working_days.isChecked(),
            )
        except ActiveCycleError as error:
            self.inform(tr("A cycle is under way"), str(error))
            return None
        self.refresh()
        if start > today:
            self.say(self._start_sentence(start) + " " + tr("Come back then to tick it."))
        else:
            self.say(tr("Your cycle starts today: tick each behaviour once you've done it."))
        return cycle_id

    def chosen_start(self) -> dt.date:
        """The day a cycle started now would begin, as chosen on the start page."""
        today = self.today()
        chosen = next_monday(today) if self.start_monday.isChecked() else today
        return first_practice_day(chosen, self.working_days.isChecked())

    def _start_sentence(self, start: dt.date) -> str:
        today = self.today()
        chosen = next_monday(today) if self.start_monday.isChecked() else today
        if start == today:
            return tr("Your cycle starts today, {0}.").format(human_date(start))
        if start != chosen:  # moved off a weekend: say why
            return tr("Your cycle starts {0} — the first working day.").format(human_date(start))
        return tr("Your cycle starts {0}.").format(human_date(start))

    def _describe_start(self) -> None:
        self.start_note.setText(self._start_sentence(self.chosen_start()))

    # --- the running cycle -----------------------------------------------------------------

    def _build_cycle_page(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 0, 0, 0)
        header = QHBoxLayout()
        self.cycle_title = title_label(1.25)
        header.addWidget(self.cycle_title, 1)
        self.end_button = QPushButton(tr("End early…"))
        self.end_button.clicked.connect(self.end_early)
        # Only while nothing is ticked: a cycle started by mistake goes without a trace.
        self.delete_running_button = QPushButton(tr("Delete this cycle…"))
        self.delete_running_button.clicked.connect(self.delete_running_cycle)
        header.addWidget(self.delete_running_button)
        header.addWidget(self.end_button)
        layout.addLayout(header)
        self.grid = PracticeGrid(self)
        layout.addWidget(self.grid)
        keys = QLabel(
            tr(
                "✓ done   – skipped   ✗ missed   ? today   · Space: done, S: skip, "
                "N: note, Delete: clear"
            )
        )
        keys.setStyleSheet("color: palette(placeholder-text);")
        layout.addWidget(keys)
        # Why the last action did (or could not do) what it did; one line kept free for
        # it so the cards below never jump when it appears.
        self.notice = QLabel()
        self.notice.setWordWrap(True)
        self.notice.setAccessibleName(tr("Practice message"))
        self.notice.setStyleSheet("color: #7a4a00;")
        self.notice.setMinimumHeight(self.notice.fontMetrics().lineSpacing())
        layout.addWidget(self.notice)
        cards = QHBoxLayout()
        self.cards: dict[str, QLabel] = {}
        for kind in self.BEHAVIOURS:
            card = QLabel()
            card.setWordWrap(True)
            card.setTextFormat(Qt.TextFormat.RichText)
            card.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
            card.setFrameShape(QLabel.Shape.StyledPanel)
            card.setMargin(8)
            cards.addWidget(card, 1)
            self.cards[kind] = card
        layout.addLayout(cards)
        layout.addWidget(self._build_reflection())
        return page

    def _build_reflection(self) -> QWidget:
        self.reflection_box = QGroupBox(tr("Day 14: look back"))
        form = QFormLayout(self.reflection_box)
        self.reflection: dict[str, Any] = {}
        for field, label, placeholder in (
            ("what_worked", "What worked", "What got easier, what did people notice?"),
            ("what_did_not", "What didn't", "Where did it slip, and why?"),
            ("what_i_will_change", "What I'll change", "One adjustment for next time"),
        ):
            editor = paragraph(52)
            editor.setAccessibleName(tr(label))
            editor.setPlaceholderText(tr(placeholder))
            editor.textChanged.connect(
                lambda e=editor, f=field: self._save_reflection(f, e.toPlainText())
            )
            form.addRow(tr(label), editor)
            self.reflection[field] = editor
        self.keep = QComboBox()
        self.keep.setAccessibleName(tr("Keep practising?"))
        for value, label in KEEP_CHOICES:
            self.keep.addItem(tr(label), value)
        self.keep.activated.connect(
            lambda *_: self._save_reflection("keep_practising", self.keep.currentData())
        )
        form.addRow(tr("Keep practising?"), self.keep)
        self.self_feedback: dict[str, QLineEdit] = {}
        for kind, label in (("start", "Start"), ("stop", "Stop"), ("continue", "Continue")):
            line = QLineEdit()
            line.setAccessibleName(tr("Self-feedback: {0}").format(tr(label)))
            line.setPlaceholderText(tr("Optional: what should I {0}?").format(tr(label).lower()))
            form.addRow(tr("Self: {0}").format(tr(label)), line)
            self.self_feedback[kind] = line
        buttons = QHBoxLayout()
        self.repeat_button = QPushButton(tr("Repeat this pair"))
        self.repeat_button.clicked.connect(lambda: self.finish_cycle(repeat=True))
        self.next_pair_button = QPushButton(tr("Choose the next pair"))
        self.next_pair_button.clicked.connect(lambda: self.finish_cycle(repeat=False))
        buttons.addWidget(self.repeat_button)
        buttons.addWidget(self.next_pair_button)
        buttons.addStretch(1)
        form.addRow("", buttons)
        return self.reflection_box

    def refresh(self) -> None:
        self.flush_pending_edits()
        self.cycle = self.repos.practice.active_cycle()
        if self._notice_day != self.today():  # yesterday's "come back then" is done
            self.notice.clear()
        self._fill_choosers()
        self._describe_start()
        if self.cycle is not None:
            self._fill_cycle(self.cycle)
        self._show_page(0 if self.cycle is None else 1)
        self._fill_history()

    def _show_page(self, index: int) -> None:
        # A stack is as tall as its tallest page; let the hidden one take no room.
        for page_index in range(self.pages.count()):
            page = self.pages.widget(page_index)
            policy = (
                QSizePolicy.Policy.Preferred if page_index == index else QSizePolicy.Policy.Ignored
            )
            if page is not None:
                page.setSizePolicy(policy, policy)
        self.pages.setCurrentIndex(index)
        self.pages.updateGeometry()

    def _fill_cycle(self, cycle: PracticeCycle) -> None:
        today = self.today()
        self.days = cycle_days(cycle.started_on, cycle.length_days)
        number = day_number(cycle.started_on, today)
        if number < 1:
            when = tr("starts {0}").format(human_date(cycle.started_on))
        elif number > cycle.length_days:
            when = tr("finished {0} — time to look back").format(human_date(self.days[-1]))
        else:
            when = tr("day {0} of {1}").format(number, cycle.length_days)
        last_day = human_date(cycle_end(cycle.started_on, cycle.length_days))
        self.cycle_title.setText(
            tr("{0} – {1} · {2}").format(human_date(cycle.started_on), last_day, when)
        )
        self.grid.setColumnCount(len(self.days))
        self.grid.setHorizontalHeaderLabels(
            [f"{weekday_short(day)}\n{day.day}" for day in self.days]
        )
        self.grid.setVerticalHeaderLabels([cycle.lead_title, cycle.manage_title])
        self.grid.fit_height()
        header = self.grid.horizontalHeader()
        for column, day in enumerate(self.days):
            item = self.grid.horizontalHeaderItem(column)
            if item is not None:
                font = QFont(item.font())
                font.setBold(day == today)
                item.setFont(font)
        for row, behaviour in enumerate(self.BEHAVIOURS):
            ticks = {t.day: t for t in cycle.ticks if t.behaviour == behaviour}
            for column, day in enumerate(self.days):
                tick = ticks.get(day)
                state = day_state(day, today, tick.state if tick else None, cycle.working_days_only)
                symbol, colour, words = CELL_LOOK[state]
                cell = QTableWidgetItem(symbol)
                cell.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
                if colour:
                    cell.setBackground(QBrush(QColor(colour)))
                tip = f"{human_date(day)}: {tr(words)}"
                if tick is not None and tick.note:
                    tip += f"\n{tick.note}"
                    cell.setText(symbol + " ✎")
                cell.setToolTip(tip)
                cell.setData(Qt.ItemDataRole.AccessibleTextRole, tip)
                if day == today:
                    font = cell.font()
                    font.setBold(True)
                    cell.setFont(font)
                self.grid.setItem(row, column, cell)
        header.setStretchLastSection(False)
        if today in self.days and self.grid.currentColumn() < 0:
            self.grid.setCurrentCell(0, self.days.index(today))
        self._fill_cards(cycle, today)
        self._fill_reflection(cycle, number)
        self.delete_running_button.setVisible(not cycle.ticks)

    def _fill_cards(self, cycle: PracticeCycle, today: dt.date) -> None:
        catalogue = {b.key: b for kind in self.BEHAVIOURS for b in self.behaviours(kind)}
        for behaviour in self.BEHAVIOURS:
            key = cycle.lead_key if behaviour == "lead" else cycle.manage_key
            title = cycle.lead_title if behaviour == "lead" else cycle.manage_title
            ticks = {t.day: t.state for t in cycle.ticks if t.behaviour == behaviour}
            result = progress(self.days, ticks, today, cycle.working_days_only)
            known = catalogue.get(key)
            about = (
                f"{known.description}<br><i>{tr('Done today means')}: {known.done_today}</i>"
                if known
                else ""
            )
            self.cards[behaviour].setText(
                f"<b>{tr(KIND_LABELS[behaviour])}: {title}</b><br>{about}<br>"
                + tr("Adherence {0} ({1} of {2} days) · streak {3}").format(
                    percent(result.adherence), result.done, result.eligible_so_far, result.streak
                )
            )

    def _fill_reflection(self, cycle: PracticeCycle, number: int) -> None:
        ready = number >= cycle.length_days
        self.reflection_box.setVisible(ready)
        for field, editor in self.reflection.items():
            set_quietly(editor, getattr(cycle, field))  # keeps the cursor of one being typed in
        self.keep.setCurrentIndex(max(self.keep.findData(cycle.keep_practising), 0))

    def say(self, sentence: str) -> None:
        """Tell the person, under the grid, what just happened or why it could not."""
        self.notice.setText(sentence)
        self._notice_day = self.today()

    def _cell_day(self, row: int, column: int) -> tuple[str, dt.date] | None:
        """The behaviour and day of a cell that may be ticked; otherwise says why not."""
        cycle = self.cycle
        if cycle is None or not 0 <= column < len(self.days) or row not in (0, 1):
            return None
        day = self.days[column]
        why = tick_refusal(
            day, self.today(), cycle.started_on, cycle.length_days, cycle.working_days_only
        )
        if why == NOT_YET:
            self.say(
                tr("{0} hasn't come yet — you can tick it on the day or after.").format(
                    human_date(day)
                )
            )
        elif why == DAY_OFF:
            self.say(
                tr(
                    "{0} is a day off in this cycle (working days only), so there's "
                    "nothing to tick."
                ).format(human_date(day))
            )
        elif why is not None:
            self.say(
                tr("{0} is outside this cycle, so it can't be ticked.").format(human_date(day))
            )
        return None if why else (self.BEHAVIOURS[row], day)

    def _tick(self, behaviour: str, day: dt.date) -> Any:
        assert self.cycle is not None
        return next(
            (t for t in self.cycle.ticks if t.behaviour == behaviour and t.day == day), None
        )

    def _set(self, row: int, column: int, state: str | None, note: str) -> None:
        assert self.cycle is not None
        target = self._cell_day(row, column)
        if target is None:
            return
        behaviour, day = target
        self.repos.practice.set_tick(self.cycle.id, behaviour, day, state, note)
        self.say("")
        self.refresh()
        self.grid.setCurrentCell(row, column)

    def toggle_done(self, row: int, column: int) -> None:
        target = self._cell_day(row, column)
        if target is None:
            return
        tick = self._tick(*target)
        done = tick is not None and tick.state == DONE
        self._set(row, column, None if done else DONE, tick.note if tick and not done else "")

    def skip_day(self, row: int, column: int) -> None:
        target = self._cell_day(row, column)
        if target is None:
            return
        tick = self._tick(*target)
        reason = self.ask_text(
            tr("Skip this day"),
            tr("Why are you skipping it? (It keeps your streak going.)"),
            tick.note if tick else "",
        )
        if reason is None:
            return
        if not reason.strip():
            self.inform(tr("A reason, please"), tr("A skipped day needs a short reason."))
            return
        self._set(row, column, SKIPPED, reason.strip())

    def note_day(self, row: int, column: int) -> None:
        target = self._cell_day(row, column)
        if target is None:
            return
        tick = self._tick(*target)
        note = self.ask_text(tr("Note"), tr("A note for this day"), tick.note if tick else "")
        if note is None:
            return
        self._set(row, column, tick.state if tick else DONE, note.strip())

    def clear_day(self, row: int, column: int) -> None:
        self._set(row, column, None, "")

    def end_early(self) -> None:
        cycle = self.cycle
        if cycle is None or not self.confirm(
            tr("End this cycle early?"),
            tr(
                "End this cycle early? The days ticked so far stay in the history, where "
                "you can also delete it."
            ),
        ):
            return
        self.flush_pending_edits()
        self.repos.practice.finish_cycle(cycle.id, self.today(), early=True)
        self.refresh()
        self.select_history_cycle(cycle.id)

    def delete_running_cycle(self) -> None:
        """Delete the running cycle while nothing is ticked (started by mistake)."""
        cycle = self.cycle
        if cycle is None:
            return
        if not may_delete_cycle(cycle.status, len(cycle.ticks)):
            self.say(
                tr(
                    "Days are ticked in this cycle; end it early first, then delete it "
                    "from the cycles so far."
                )
            )
            return
        if self._delete_after_asking(
            cycle,
            tr(
                "Delete this cycle of “{0}” and “{1}”? Nothing is ticked yet, so nothing is lost."
            ).format(cycle.lead_title, cycle.manage_title),
        ):
            self.refresh()

    def _delete_after_asking(self, cycle: PracticeCycle, question: str) -> bool:
        if not self.confirm(tr("Delete this cycle?"), question):
            return False
        self.flush_pending_edits()
        try:
            delete_cycle(self.repos.practice, cycle.id)
        except CycleKeptError as error:
            self.inform(tr("This cycle stays"), str(error))
            return False
        return True

    # --- day 14 ----------------------------------------------------------------------------------

    def _save_reflection(self, field: str, value: str) -> None:
        cycle = self.cycle
        if cycle is None:
            return
        setattr(cycle, field, value)
        cycle_id = cycle.id
        self.autosave.schedule(
            f"reflection:{cycle_id}:{field}",
            lambda: self.repos.practice.update_reflection(cycle_id, **{field: value}),
        )

    def finish_cycle(self, repeat: bool) -> int | None:
        """Close the cycle after its reflection; repeat the pair or go choose the next one.

        Self start/stop/continue, when written, is stored as self-feedback in the
        Start/Stop/Continue tab and linked to the cycle.
        """
        cycle = self.cycle
        if cycle is None:
            return None
        self.flush_pending_edits()
        items = [
            (kind, line.text().strip(), "practice")
            for kind, line in self.self_feedback.items()
            if line.text().strip()
        ]
        if items:
            response_id = self.repos.feedback.add_response(
                received_on=self.today(), source="self", person_id=None, items=items
            )
            self.repos.practice.update_reflection(cycle.id, self_feedback_id=response_id)
        self.repos.practice.finish_cycle(cycle.id, self.today())
        for editor in self.self_feedback.values():
            editor.clear()
        if repeat:
            return self.start_cycle(cycle.lead_key, cycle.manage_key)
        self.refresh()
        self._fill_choosers()
        return None

    # --- history ---------------------------------------------------------------------------------

    def _build_history(self) -> QWidget:
        box = QGroupBox(tr("Cycles so far"))
        layout = QVBoxLayout(box)
        self.history = QTableWidget(0, 5)
        self.history.setAccessibleName(tr("Practice cycles so far"))
        self.history.setHorizontalHeaderLabels(
            [tr("Dates"), tr("Leading"), tr("Managing"), tr("Adherence"), tr("Outcome")]
        )
        header = self.history.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Fixed)
        header.setSectionResizeMode(4, QHeaderView.ResizeMode.ResizeToContents)
        self.history.setColumnWidth(3, 190)
        self.history.setItemDelegateForColumn(3, AdherenceBarsDelegate(self.history))
        self.history.verticalHeader().hide()
        self.history.verticalHeader().setDefaultSectionSize(44)
        self.history.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.history.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.history.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.history.setMinimumHeight(140)
        self.history.currentCellChanged.connect(lambda *_: self._describe_history_choice())
        layout.addWidget(self.history)
        self.history_cycles: list[PracticeCycle] = []
        actions = QHBoxLayout()
        self.delete_history_button = QPushButton(tr("Delete cycle…"))
        self.delete_history_button.clicked.connect(self.delete_history_cycle)
        # Says why the chosen cycle can (or can't) be deleted, before anyone tries.
        self.history_note = QLabel()
        self.history_note.setWordWrap(True)
        self.history_note.setStyleSheet("color: palette(placeholder-text);")
        actions.addWidget(self.delete_history_button)
        actions.addWidget(self.history_note, 1)
        self.history_actions = QWidget()
        self.history_actions.setLayout(actions)
        actions.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.history_actions)
        self.history_empty = QLabel(
            tr("Finished cycles appear here with how often you practised each behaviour.")
        )
        self.history_empty.setStyleSheet("color: palette(placeholder-text);")
        layout.addWidget(self.history_empty)
        return box

    def _fill_history(self) -> None:
        practice = self.repos.practice
        # Closed cycles only, judged from counted done days: no ticks are loaded.
        cycles = [c for c in practice.cycles_without_ticks() if c.status != "active"]
        done = practice.done_counts() if cycles else {}
        chosen_id = (
            self.history_cycles[self.history.currentRow()].id if self._history_row_ok() else None
        )
        self.history_cycles = cycles
        self.history.setRowCount(len(cycles))
        outcome = {"finished": tr("Finished"), "ended": tr("Ended early")}
        keep = dict(KEEP_CHOICES)
        for row, cycle in enumerate(cycles):
            lead, manage = closed_cycle_adherence(cycle, done)
            end = cycle.ended_on or cycle_end(cycle.started_on, cycle.length_days)
            cells = [
                f"{human_date(cycle.started_on)} – {human_date(end)}",
                cycle.lead_title,
                cycle.manage_title,
            ]
            for column, text in enumerate(cells):
                self.history.setItem(row, column, QTableWidgetItem(text))
            bars = tuple(
                (tr("{0} {1}").format(tr(kind), percent(value)), value)
                for kind, value in (("Leading", lead), ("Managing", manage))
            )
            adherence = QTableWidgetItem()
            adherence.setData(BARS_ROLE, bars)
            described = " · ".join(label for label, _value in bars)
            adherence.setData(Qt.ItemDataRole.AccessibleTextRole, described)
            adherence.setToolTip(described)
            self.history.setItem(row, 3, adherence)
            status = outcome.get(cycle.status, "")
            if cycle.keep_practising:
                status += " · " + tr(keep.get(cycle.keep_practising, ""))
            self.history.setItem(row, 4, QTableWidgetItem(status))
        self.history.setVisible(bool(cycles))
        self.history_actions.setVisible(bool(cycles))
        self.history_empty.setVisible(not cycles)
        if chosen_id is not None:
            self.select_history_cycle(chosen_id)
        self._describe_history_choice()

    def _history_row_ok(self) -> bool:
        return 0 <= self.history.currentRow() < len(self.history_cycles)

    def select_history_cycle(self, cycle_id: int) -> None:
        for row, cycle in enumerate(self.history_cycles):
            if cycle.id == cycle_id:
                self.history.selectRow(row)
                return

    def _describe_history_choice(self) -> None:
        if not self._history_row_ok():
            self.delete_history_button.setEnabled(False)
            self.history_note.setText(tr("Choose a cycle to delete it."))
            return
        chosen = self.history_cycles[self.history.currentRow()]
        cycle = self.repos.practice.cycle(chosen.id)
        allowed = cycle is not None and may_delete_cycle(cycle.status, len(cycle.ticks))
        self.delete_history_button.setEnabled(allowed)
        if not allowed:
            self.history_note.setText(tr("A cycle that ran its two weeks stays in your history."))
        elif chosen.status == "ended":
            self.history_note.setText(
                tr("Ended early: you can delete it if you'd rather not keep it.")
            )
        else:
            self.history_note.setText(tr("Nothing was ticked: you can delete it."))

    def delete_history_cycle(self) -> None:
        """Delete the chosen cycle of the history, if it is empty or was ended early."""
        if not self._history_row_ok():
            return
        cycle = self.history_cycles[self.history.currentRow()]
        end = cycle.ended_on or cycle_end(cycle.started_on, cycle.length_days)
        question = tr(
            "Delete the cycle of “{0}” and “{1}” ({2} – {3})? Its ticks go with it. This "
            "can't be undone."
        ).format(
            cycle.lead_title, cycle.manage_title, human_date(cycle.started_on), human_date(end)
        )
        if self._delete_after_asking(cycle, question):
            self.refresh()

    def history_bars(self, row: int) -> list[str]:
        """The labels of a history row's adherence bars, as painted."""
        item = self.history.item(row, 3)
        return [label for label, _value in (item.data(BARS_ROLE) or ())] if item else []

    # --- saving and dialogs --------------------------------------------------------------------

    def flush_pending_edits(self) -> None:
        self.autosave.flush()

    def _confirm_with_dialog(self, title: str, text: str) -> bool:
        # The question is in the body (``text``): not every desktop shows a dialog's
        # title. Every confirmation here ends or deletes something, so Enter says No.
        buttons = QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No
        answer = QMessageBox.question(self, title, text, buttons, QMessageBox.StandardButton.No)
        return answer == QMessageBox.StandardButton.Yes

    def _inform_with_dialog(self, title: str, text: str) -> None:
        QMessageBox.information(self, title, text)

    def _ask_text_with_dialog(self, title: str, label: str, current: str) -> str | None:
        text, ok = QInputDialog.getText(self, title, label, text=current)
        return text if ok else None

    def _ask_behaviour(self) -> dict[str, str] | None:
        dialog = BehaviourDialog(self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            return dialog.details()
        return None
