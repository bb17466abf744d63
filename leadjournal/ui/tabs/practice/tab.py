"""The Practice tab: one leading and one managing behaviour, ticked daily for two weeks."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QScrollArea,
    QSizePolicy,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from leadjournal import clock
from leadjournal.db.models import PracticeCycle
from leadjournal.db.repositories import Repositories
from leadjournal.db.repositories.practice import ReflectionFields
from leadjournal.errors import JournalError
from leadjournal.i18n import tr
from leadjournal.services.feedback import KINDS as FEEDBACK_KINDS
from leadjournal.services.practice import (
    KINDS,
    Behaviour,
    CycleKeptError,
    CycleUnderWayError,
    NewCycle,
    PracticeService,
    cycle_end,
    day_number,
    first_practice_day,
    load_catalogue,
    may_delete_cycle,
    next_monday,
    progress,
)
from leadjournal.services.practice_schedule import Schedule, cycle_schedule
from leadjournal.ui import theme
from leadjournal.ui.empty_state import EmptyState
from leadjournal.ui.forms import human_date, paragraph, set_quietly, title_label
from leadjournal.ui.saving import Autosaver
from leadjournal.ui.tabs.practice.dialogs import BehaviourDetails, BehaviourDialog
from leadjournal.ui.tabs.practice.grid import PracticeGrid
from leadjournal.ui.tabs.practice.history import HistoryPanel
from leadjournal.ui.tabs.practice.looks import (
    KEEP_CHOICES,
    KIND_LABELS,
    REFLECTION_FIELDS,
    ScheduleChooser,
    adherence_words,
    schedule_label,
)


class PracticeTab(QWidget):
    """Start a cycle, tick it daily, reflect at day 14, and see the cycles so far."""

    # Kinds of record shown here: a change to one of them elsewhere refreshes the tab.
    SHOWS = frozenset({"practice_cycle", "practice_tick", "custom_behaviour", "setting"})
    KEEPS_EDITING = True  # a refresh refills the grid; the reflection being typed stays

    def __init__(
        self,
        repositories: Repositories,
        parent: QWidget | None = None,
        today: Callable[[], dt.date] = clock.today,
    ) -> None:
        super().__init__(parent)
        self.service = PracticeService(repositories)
        self.today = today
        self.autosave = Autosaver(self)
        self.cycle: PracticeCycle | None = None
        self._notice_day: dt.date | None = None  # the day the last notice was given
        # No cycle running: the empty state until the person asks to choose a pair.
        self._choosing = False
        self.confirm: Callable[[str, str], bool] = self._confirm_with_dialog
        self.inform: Callable[[str, str], None] = self._inform_with_dialog
        self.ask_text: Callable[[str, str, str], str | None] = self._ask_text_with_dialog
        self.ask_behaviour: Callable[[], BehaviourDetails | None] = self._ask_behaviour
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
        space = theme.SPACE  # a tab's edge: the same on every tab
        layout.setContentsMargins(space["m"], space["m"], space["m"], space["s"])
        self.pages = QStackedWidget()
        self.pages.addWidget(self._build_start_page())
        self.pages.addWidget(self._build_cycle_page())
        layout.addWidget(self.pages)
        self.history = HistoryPanel(self)
        layout.addWidget(self.history)
        layout.addStretch(1)
        scroll.setWidget(body)
        outer.addWidget(scroll)
        self.refresh()

    # --- choosing a pair ------------------------------------------------------------------------

    def behaviours(self, kind: str) -> list[Behaviour]:
        """The catalogue's behaviours of one kind, then the user's own."""
        own = [
            Behaviour(
                f"custom:{c.id}",
                c.kind,
                c.title,
                c.description,
                c.done_today,
                schedule=Schedule.stored(c.schedule),
            )
            for c in self.service.customs()
            if c.kind == kind
        ]
        return [b for b in self.catalogue if b.kind == kind] + own

    def _build_start_page(self) -> QWidget:
        page = QWidget()
        column = QVBoxLayout(page)
        column.setContentsMargins(0, 0, 0, 0)
        self.no_cycle = EmptyState(
            "empty.practice",
            tr(
                "Practise one leading and one managing habit for two weeks, ticking each "
                "day you did it: small and daily beats big and occasional."
            ),
            tr("Choose two behaviours"),
            self.choose_pair,
        )
        column.addWidget(self.no_cycle)
        self.start_card = QGroupBox(tr("Start a two-week practice cycle"))
        theme.set_role(self.start_card, "card")
        column.addWidget(self.start_card)
        layout = QVBoxLayout(self.start_card)
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
            theme.set_tone(problem, "danger")
            layout.addWidget(problem)
        grid = QGridLayout()
        self.choosers: dict[str, QComboBox] = {}
        self.chooser_help: dict[str, QLabel] = {}
        self.schedule_choosers: dict[str, ScheduleChooser] = {}
        for row, kind in enumerate(KINDS):
            combo = QComboBox()
            combo.setAccessibleName(tr("{0} behaviour").format(tr(KIND_LABELS[kind])))
            combo.currentIndexChanged.connect(lambda _=0, k=kind: self._describe_choice(k))
            help_label = QLabel()
            help_label.setWordWrap(True)
            help_label.setProperty("role", "caption")
            grid.addWidget(QLabel(tr(KIND_LABELS[kind])), row * 2, 0)
            grid.addWidget(combo, row * 2, 1)
            grid.addWidget(help_label, row * 2 + 1, 1, 1, 2)
            # Each behaviour's natural rhythm is offered; the person may change it.
            how_often = ScheduleChooser(tr("How often: {0}").format(tr(KIND_LABELS[kind])))
            how_often.setToolTip(tr("How often you mean to do it; adherence counts against this."))
            grid.addWidget(how_often, row * 2, 2)
            self.choosers[kind], self.chooser_help[kind] = combo, help_label
            self.schedule_choosers[kind] = how_often
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
        self.start_button.setProperty("role", "primary")
        self.start_button.setDefault(True)
        self.start_button.clicked.connect(lambda: self.start_cycle())
        add_own = QPushButton(tr("Add your own behaviour…"))
        add_own.setProperty("role", "quiet")
        add_own.clicked.connect(self.add_own_behaviour)
        buttons.addWidget(self.start_button)
        buttons.addWidget(add_own)
        buttons.addStretch(1)
        layout.addLayout(buttons)
        layout.addStretch(1)  # the running-cycle page is taller; keep this one compact
        return page

    def choose_pair(self) -> None:
        """From the empty state to the choice of a pair (the lead behaviour first)."""
        self._choosing = True
        self._show_start()
        self.choosers["lead"].setFocus()

    def _show_start(self) -> None:
        self.no_cycle.show_when(not self._choosing)
        self.start_card.setVisible(self._choosing)
        self.pages.updateGeometry()

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
        if behaviour is not None:
            self.schedule_choosers[kind].choose(behaviour.schedule)
        self.chooser_help[kind].setText(
            f"{behaviour.description} " + tr("Done today: {0}").format(behaviour.done_today)
            if behaviour
            else ""
        )

    def add_own_behaviour(self) -> int | None:
        details = self.ask_behaviour()
        if not details or not details["title"].strip():
            return None
        behaviour_id = self.service.add_custom(
            details["kind"],
            details["title"],
            details["description"],
            details["done_today"],
            Schedule.stored(details["schedule"]),
        )
        key = f"custom:{behaviour_id}"
        if details["kind"] == "lead":
            self._fill_choosers(lead_key=key)
        else:
            self._fill_choosers(manage_key=key)
        return behaviour_id

    def _chosen_pair(
        self, lead_key: str | None, manage_key: str | None
    ) -> dict[str, tuple[str, str]] | None:
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
        return chosen

    def _new_cycle(
        self,
        lead_key: str | None,
        manage_key: str | None,
        schedules: tuple[Schedule, Schedule] | None = None,
    ) -> NewCycle | None:
        """The cycle the person chose (or of the given pair, kept at ``schedules``)."""
        chosen = self._chosen_pair(lead_key, manage_key)
        if chosen is None:
            return None
        if schedules is None:
            schedules = (
                self.schedule_choosers["lead"].schedule(),
                self.schedule_choosers["manage"].schedule(),
            )
        return NewCycle(
            self.chosen_start(),
            chosen["lead"],
            chosen["manage"],
            self.working_days.isChecked(),
            lead_schedule=schedules[0],
            manage_schedule=schedules[1],
        )

    def start_cycle(self, lead_key: str | None = None, manage_key: str | None = None) -> int | None:
        """Start a cycle with the chosen (or given) pair; asks to end a running one."""
        new = self._new_cycle(lead_key, manage_key)
        if new is None:
            return None
        today = self.today()
        active = self.service.active_cycle()
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
        try:
            # The running cycle ends and the new one starts in one step, or neither does.
            cycle_id = self.service.start_cycle(new, end_running_on=today if active else None)
        except CycleUnderWayError as error:
            self.inform(tr("A cycle is under way"), str(error))
            return None
        self._started(new.started_on)
        return cycle_id

    def _started(self, start: dt.date) -> None:
        self._choosing = False  # the next time nothing runs, the empty state again
        self.refresh()
        if start > self.today():
            self.say(self._start_sentence(start) + " " + tr("Come back then to tick it."))
        else:
            self.say(tr("Your cycle starts today: tick each behaviour once you've done it."))

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
        self.end_button.setProperty("role", "quiet")
        self.end_button.clicked.connect(self.end_early)
        # Only while nothing is ticked: a cycle started by mistake goes without a trace.
        self.delete_running_button = QPushButton(tr("Delete this cycle…"))
        self.delete_running_button.setProperty("role", "quiet")
        self.delete_running_button.clicked.connect(self.delete_running_cycle)
        header.addWidget(self.delete_running_button)
        header.addWidget(self.end_button)
        layout.addLayout(header)
        self.grid = PracticeGrid(self)
        layout.addWidget(self.grid)
        keys = QLabel(
            tr(
                "✓ done   – skipped   ✗ missed   ? today   • planned day   · Space: done, "
                "S: skip, N: note, Delete: clear"
            )
        )
        keys.setProperty("role", "caption")
        layout.addWidget(keys)
        # Why the last action did (or could not do) what it did; one line kept free for
        # it so the cards below never jump when it appears.
        self.notice = QLabel()
        self.notice.setWordWrap(True)
        self.notice.setAccessibleName(tr("Practice message"))
        theme.set_tone(self.notice, "warning")
        self.notice.setMinimumHeight(self.notice.fontMetrics().lineSpacing())
        layout.addWidget(self.notice)
        cards = QHBoxLayout()
        self.cards: dict[str, QLabel] = {}
        for kind in KINDS:
            card = QLabel()
            card.setWordWrap(True)
            card.setTextFormat(Qt.TextFormat.RichText)
            card.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
            theme.set_role(card, "card")
            card.setMargin(theme.SPACE["s"])
            cards.addWidget(card, 1)
            self.cards[kind] = card
        layout.addLayout(cards)
        layout.addWidget(self._build_reflection())
        return page

    def _build_reflection(self) -> QWidget:
        self.reflection_box = QGroupBox(tr("Day 14: look back"))
        self.reflection_box.setProperty("role", "card")
        form = QFormLayout(self.reflection_box)
        self.reflection: dict[str, QPlainTextEdit] = {}
        for field, label, placeholder in REFLECTION_FIELDS:
            editor = paragraph(52)
            editor.setAccessibleName(tr(label))
            editor.setPlaceholderText(tr(placeholder))
            editor.textChanged.connect(lambda f=field: self._save_reflection(f))
            form.addRow(tr(label), editor)
            self.reflection[field] = editor
        self.keep = QComboBox()
        self.keep.setAccessibleName(tr("Keep practising?"))
        for value, label in KEEP_CHOICES:
            self.keep.addItem(tr(label), value)
        self.keep.activated.connect(lambda *_: self._save_reflection("keep_practising"))
        # The short fields line up with the writing boxes above, not the window's edge.
        self.keep.setMaximumWidth(editor.maximumWidth())
        form.addRow(tr("Keep practising?"), self.keep)
        self.self_feedback: dict[str, QLineEdit] = {}
        for kind, label in FEEDBACK_KINDS:
            line = QLineEdit()
            line.setAccessibleName(tr("Self-feedback: {0}").format(tr(label)))
            line.setPlaceholderText(tr("Optional: what should I {0}?").format(tr(label).lower()))
            line.setMaximumWidth(editor.maximumWidth())
            form.addRow(tr("Self: {0}").format(tr(label)), line)
            self.self_feedback[kind] = line
        buttons = QHBoxLayout()
        self.repeat_button = QPushButton(tr("Repeat this pair"))
        self.repeat_button.setProperty("role", "quiet")
        self.repeat_button.clicked.connect(lambda: self.finish_cycle(repeat=True))
        self.next_pair_button = QPushButton(tr("Choose the next pair"))
        self.next_pair_button.setProperty("role", "primary")
        self.next_pair_button.clicked.connect(lambda: self.finish_cycle(repeat=False))
        buttons.addWidget(self.repeat_button)
        buttons.addWidget(self.next_pair_button)
        buttons.addStretch(1)
        form.addRow("", buttons)
        return self.reflection_box

    def refresh(self) -> None:
        self.flush_pending_edits()
        self.cycle = self.service.active_cycle()
        if self._notice_day != self.today():  # yesterday's "come back then" is done
            self.notice.clear()
        self._fill_choosers()
        self._describe_start()
        if self.cycle is not None:
            self._fill_cycle(self.cycle)
        self._show_page(0 if self.cycle is None else 1)
        self._show_start()
        self.history.fill()

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
        number = day_number(cycle.started_on, today)
        last_day = cycle_end(cycle.started_on, cycle.length_days)
        if number < 1:
            when = tr("starts {0}").format(human_date(cycle.started_on))
        elif number > cycle.length_days:
            when = tr("finished {0} — time to look back").format(human_date(last_day))
        else:
            when = tr("day {0} of {1}").format(number, cycle.length_days)
        self.cycle_title.setText(
            tr("{0} – {1} · {2}").format(human_date(cycle.started_on), human_date(last_day), when)
        )
        self.grid.fill(cycle, today)
        self._fill_cards(cycle, today)
        self._fill_reflection(cycle, number)
        self.delete_running_button.setVisible(not cycle.ticks)

    def _fill_cards(self, cycle: PracticeCycle, today: dt.date) -> None:
        catalogue = {b.key: b for kind in KINDS for b in self.behaviours(kind)}
        for behaviour in KINDS:
            key = cycle.lead_key if behaviour == "lead" else cycle.manage_key
            title = cycle.lead_title if behaviour == "lead" else cycle.manage_title
            ticks = {t.day: t.state for t in cycle.ticks if t.behaviour == behaviour}
            schedule = cycle_schedule(cycle, behaviour)
            result = progress(self.grid.days, ticks, today, cycle.working_days_only, schedule)
            known = catalogue.get(key)
            about = (
                f"{known.description}<br><i>{tr('Done today means')}: {known.done_today}</i>"
                if known
                else ""
            )
            self.cards[behaviour].setText(
                f"<b>{tr(KIND_LABELS[behaviour])}: {title}</b> · {schedule_label(schedule)}"
                f"<br>{about}<br>{adherence_words(result)}"
            )

    def _fill_reflection(self, cycle: PracticeCycle, number: int) -> None:
        ready = number >= cycle.length_days
        self.reflection_box.setVisible(ready)
        set_quietly(self.reflection["what_worked"], cycle.what_worked)  # keeps the cursor
        set_quietly(self.reflection["what_did_not"], cycle.what_did_not)
        set_quietly(self.reflection["what_i_will_change"], cycle.what_i_will_change)
        self.keep.setCurrentIndex(max(self.keep.findData(cycle.keep_practising), 0))

    def say(self, sentence: str) -> None:
        """Tell the person, under the grid, what just happened or why it could not."""
        self.notice.setText(sentence)
        self._notice_day = self.today()

    # --- ending and deleting ------------------------------------------------------------------

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
        self.service.end_early(cycle.id, self.today())
        self.refresh()
        self.history.select_cycle(cycle.id)

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
        if self.delete_after_asking(
            cycle,
            tr(
                "Delete this cycle of “{0}” and “{1}”? Nothing is ticked yet, so nothing is lost."
            ).format(cycle.lead_title, cycle.manage_title),
        ):
            self.refresh()

    def delete_after_asking(self, cycle: PracticeCycle, question: str) -> bool:
        if not self.confirm(tr("Delete this cycle?"), question):
            return False
        self.flush_pending_edits()
        try:
            self.service.delete_cycle(cycle.id)
        except CycleKeptError as error:
            self.inform(tr("This cycle stays"), str(error))
            return False
        return True

    # --- day 14 ----------------------------------------------------------------------------------

    def _save_reflection(self, field: str) -> None:
        cycle = self.cycle
        if cycle is None:
            return
        fields: ReflectionFields
        if field == "keep_practising":
            fields = {"keep_practising": self.keep.currentData()}
        else:
            text = self.reflection[field].toPlainText()
            if field == "what_worked":
                fields = {"what_worked": text}
            elif field == "what_did_not":
                fields = {"what_did_not": text}
            else:
                fields = {"what_i_will_change": text}
        for name, value in fields.items():
            setattr(cycle, name, value)
        cycle_id, service = cycle.id, self.service
        self.autosave.schedule(
            f"reflection:{cycle_id}:{field}", lambda: service.save_reflection(cycle_id, **fields)
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
            (kind, line.text().strip())
            for kind, line in self.self_feedback.items()
            if line.text().strip()
        ]
        kept = (cycle_schedule(cycle, "lead"), cycle_schedule(cycle, "manage"))
        then = self._new_cycle(cycle.lead_key, cycle.manage_key, kept) if repeat else None
        new_id = self.service.finish_cycle(cycle.id, self.today(), items, then=then)
        for editor in self.self_feedback.values():
            editor.clear()
        if then is not None:
            self._started(then.started_on)
            return new_id
        self._choosing = True  # "Choose the next pair": straight to the choice
        self.refresh()
        self._fill_choosers()
        return None

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

    def _ask_behaviour(self) -> BehaviourDetails | None:
        dialog = BehaviourDialog(self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            return dialog.details()
        return None
