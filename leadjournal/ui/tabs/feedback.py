"""The Start/Stop/Continue tab: feedback asked for, answers, themes, and one theme acted on."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QSplitter,
    QStackedWidget,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from leadjournal import clock
from leadjournal.db.models import FeedbackAction, FeedbackRequest, FeedbackResponse
from leadjournal.db.repositories import Repositories
from leadjournal.db.repositories.feedback import ActionAlreadyOpenError
from leadjournal.i18n import tr, tr_n
from leadjournal.services.feedback import (
    CHANNELS,
    DEFAULT_QUESTION,
    ITEM_STATUSES,
    KINDS,
    NO_THEME,
    SOURCES,
    ThemeSummary,
    answers_to,
    request_audience,
    source_label,
    summarize_themes,
)
from leadjournal.ui.forms import (
    DateEdit,
    combo_quietly,
    hint_label,
    human_date,
    paragraph,
    problem_label,
    save_cancel_buttons,
)
from leadjournal.ui.saving import Autosaver


class RequestDialog(QDialog):
    """Ask for feedback: when, whom, how, and the question."""

    def __init__(
        self,
        people: Sequence[tuple[int, str]],
        today: dt.date,
        request: FeedbackRequest | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("Edit request") if request else tr("Ask for feedback"))
        self.resize(520, 480)
        layout = QVBoxLayout(self)
        form = QFormLayout()
        self.asked_on = DateEdit()
        self.asked_on.setAccessibleName(tr("Asked on"))
        self.asked_on.set_value(request.asked_on if request else today)
        self.team = QCheckBox(tr("The whole team"))
        self.team.setChecked(request.asked_team if request else True)
        self.people = QListWidget()
        self.people.setAccessibleName(tr("People asked"))
        self.people.setMaximumHeight(130)
        asked = {p.person_id for p in request.asked_people} if request else set()
        for person_id, name in people:
            item = QListWidgetItem(name)
            item.setData(Qt.ItemDataRole.UserRole, person_id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(
                Qt.CheckState.Checked if person_id in asked else Qt.CheckState.Unchecked
            )
            self.people.addItem(item)
        self.note = QLineEdit(request.asked_whom if request else "")
        self.note.setAccessibleName(tr("Anyone else"))
        self.note.setPlaceholderText(tr("Anyone else, e.g. Ines from finance"))
        self.channel = QComboBox()
        self.channel.setAccessibleName(tr("How"))
        for value, label in CHANNELS:
            self.channel.addItem(tr(label), value)
        combo_quietly(
            self.channel, self.channel.findData(request.channel if request else "anonymous_form")
        )
        self.question = paragraph(80)
        self.question.setAccessibleName(tr("The question"))
        self.question.setPlainText(request.question if request else tr(DEFAULT_QUESTION))
        form.addRow(tr("Asked on"), self.asked_on)
        form.addRow(tr("Who"), self.team)
        form.addRow("", self.people)
        form.addRow("", self.note)
        form.addRow(tr("How"), self.channel)
        form.addRow(tr("Question"), self.question)
        layout.addLayout(form)
        self.hint = hint_label()
        self.hint.setText(
            tr(
                "Asking one person through an anonymous form is not anonymous: they will know "
                "you can tell who answered."
            )
        )
        layout.addWidget(self.hint)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.people.itemChanged.connect(lambda *_: self._check_anonymity())
        self.channel.activated.connect(lambda *_: self._check_anonymity())
        self.team.toggled.connect(lambda *_: self._check_anonymity())
        self._check_anonymity()

    def person_ids(self) -> list[int]:
        return [
            self.people.item(row).data(Qt.ItemDataRole.UserRole)
            for row in range(self.people.count())
            if self.people.item(row).checkState() == Qt.CheckState.Checked
        ]

    def _check_anonymity(self) -> None:
        single = not self.team.isChecked() and len(self.person_ids()) == 1
        self.hint.setVisible(single and self.channel.currentData() == "anonymous_form")

    def details(self) -> dict[str, Any]:
        return {
            "asked_on": self.asked_on.value(),
            "asked_team": self.team.isChecked(),
            "person_ids": self.person_ids(),
            "asked_whom": self.note.text().strip(),
            "channel": self.channel.currentData(),
            "question": self.question.toPlainText().strip() or tr(DEFAULT_QUESTION),
        }


class AnswerDialog(QDialog):
    """Record an answer: who it is from (chosen, never guessed), when, and to what request.

    "From" starts empty on purpose: filling in a name nobody chose would put a name next
    to what may have been said anonymously. Anonymous comes first, then Myself, then
    the people, so the safe choice is the nearest one.
    """

    def __init__(
        self,
        people: Sequence[tuple[int, str]],
        requests: Sequence[FeedbackRequest],
        today: dt.date,
        request_id: int | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("Add an answer"))
        self.setMinimumWidth(460)
        layout = QVBoxLayout(self)
        question = QLabel(tr("Who is this answer from?"))
        font = question.font()
        font.setBold(True)
        question.setFont(font)
        layout.addWidget(question)
        form = QFormLayout()
        self.source = QComboBox()
        self.source.setAccessibleName(tr("From"))
        self.source.setPlaceholderText(tr("Choose who it's from…"))
        self.source.addItem(tr("Anonymous"), ("anonymous", None))
        self.source.addItem(tr("Myself"), ("self", None))
        if people:
            self.source.insertSeparator(self.source.count())
        for person_id, name in people:
            self.source.addItem(name, ("person", person_id))
        self.source.setCurrentIndex(-1)
        self.received_on = DateEdit()
        self.received_on.setAccessibleName(tr("Received on"))
        self.received_on.set_value(today)
        self.request = QComboBox()
        self.request.setAccessibleName(tr("Answer to"))
        self.request.addItem(tr("No request"), None)
        for request in requests:
            self.request.addItem(
                tr("Request of {0}").format(human_date(request.asked_on)), request.id
            )
        self.request.setCurrentIndex(max(self.request.findData(request_id), 0))
        form.addRow(tr("From"), self.source)
        form.addRow(tr("Received on"), self.received_on)
        form.addRow(tr("Answer to"), self.request)
        layout.addLayout(form)
        note = hint_label()
        note.setText(tr("An anonymous answer is kept with no name at all."))
        note.show()
        layout.addWidget(note)
        self.problem = problem_label()
        layout.addWidget(self.problem)
        buttons = save_cancel_buttons(self)
        self.save_button = buttons.button(QDialogButtonBox.StandardButton.Save)
        layout.addWidget(buttons)
        self.source.activated.connect(lambda *_: self.problem.hide())
        self.source.setFocus()

    def accept(self) -> None:
        if self.source.currentIndex() < 0:
            self.problem.setText(
                tr("Choose who the answer is from first — Anonymous if you'd rather not say.")
            )
            self.problem.show()
            self.source.setFocus()
            return
        super().accept()

    def details(self) -> dict[str, Any]:
        source, person_id = self.source.currentData()
        return {
            "received_on": self.received_on.value(),
            "source": source,
            "person_id": person_id,
            "request_id": self.request.currentData(),
        }


class FeedbackTab(QWidget):
    """Feedback the user asked for about themselves, grouped by theme, acted on one at a time."""

    # Kinds of record shown here: a change to one of them elsewhere refreshes the tab.
    SHOWS = frozenset(
        {
            "feedback_request",
            "feedback_request_person",
            "feedback_response",
            "feedback_item",
            "feedback_action",
            "person",
        }
    )

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
        self._themes_stale = False  # an item was written since the Themes view was filled
        self.autosave.saved.connect(self._reread_themes)
        self.people: dict[int, str] = {}
        self.responses: list[FeedbackResponse] = []
        self.requests: list[FeedbackRequest] = []
        self.response: FeedbackResponse | None = None
        self.action: FeedbackAction | None = None
        self.summaries: list[ThemeSummary] = []
        # Dialog hooks: tests replace these at the edge instead of clicking modal boxes.
        self.confirm: Callable[[str, str], bool] = self._confirm_with_dialog
        self.inform: Callable[[str, str], None] = self._inform_with_dialog
        self.ask_request_details: Callable[[FeedbackRequest | None], dict[str, Any] | None] = (
            self._ask_request_details
        )
        self.ask_what_changed: Callable[[str], tuple[str, bool] | None] = self._ask_what_changed
        self.ask_answer_details: Callable[[int | None], dict[str, Any] | None] = (
            self._ask_answer_details
        )

        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 10, 12, 6)
        layout.addWidget(self._build_waiting())
        self.pages = QTabWidget()
        self.pages.setAccessibleName(tr("Feedback views"))
        self.pages.addTab(self._build_themes(), tr("Themes"))
        self.pages.addTab(self._build_responses(), tr("Answers"))
        self.pages.currentChanged.connect(lambda *_: self.flush_pending_edits())
        layout.addWidget(self.pages, 1)
        self.refresh()

    # --- waiting requests ------------------------------------------------------------------

    def _build_waiting(self) -> QWidget:
        box = QGroupBox(tr("Waiting for answers"))
        layout = QHBoxLayout(box)
        self.waiting = QListWidget()
        self.waiting.setAccessibleName(tr("Requests waiting for answers"))
        self.waiting.setMaximumHeight(64)
        self.waiting_empty = QLabel(
            tr(
                "Nothing waiting. Asking every couple of months is the quickest way to see "
                "yourself the way your team does."
            )
        )
        self.waiting_empty.setWordWrap(True)
        self.waiting_stack = QStackedWidget()
        self.waiting_stack.addWidget(self.waiting_empty)
        self.waiting_stack.addWidget(self.waiting)
        self.waiting_stack.setMaximumHeight(66)
        layout.addWidget(self.waiting_stack, 1)
        buttons = QVBoxLayout()
        self.ask_button = QPushButton(tr("Ask for feedback…"))
        self.ask_button.clicked.connect(self.ask_for_feedback)
        self.answer_button = QPushButton(tr("Add an answer"))
        self.answer_button.clicked.connect(lambda: self.add_response(self._waiting_request()))
        self.edit_request_button = QPushButton(tr("Edit…"))
        self.edit_request_button.clicked.connect(self.edit_request)
        self.close_request_button = QPushButton(tr("No more answers expected"))
        self.close_request_button.clicked.connect(self.close_request)
        for button in (
            self.ask_button,
            self.answer_button,
            self.edit_request_button,
            self.close_request_button,
        ):
            buttons.addWidget(button)
        row = QHBoxLayout()
        row.addWidget(self.ask_button)
        row.addWidget(self.answer_button)
        row.addWidget(self.edit_request_button)
        row.addWidget(self.close_request_button)
        column = QVBoxLayout()
        column.addLayout(row)
        column.addStretch(1)
        layout.addLayout(column)
        self.waiting.currentRowChanged.connect(lambda *_: self._update_waiting_buttons())
        return box

    def _waiting_request(self) -> int | None:
        item = self.waiting.currentItem()
        request_id: int | None = item.data(Qt.ItemDataRole.UserRole) if item else None
        return request_id

    def _update_waiting_buttons(self) -> None:
        chosen = self._waiting_request() is not None
        for button in (self.edit_request_button, self.close_request_button):
            button.setEnabled(chosen)

    def _fill_waiting(self) -> None:
        keep = self._waiting_request()
        self.waiting.clear()
        for request in (r for r in self.requests if not r.closed):
            answers = answers_to(request, self.responses)
            channel = tr(dict(CHANNELS)[request.channel])
            text = tr_n(
                "Asked {0} · {1} · {2} — %n answers so far",
                answers,
                "Asked {0} · {1} · {2} — %n answer so far",
            ).format(human_date(request.asked_on), channel, request_audience(request, self.people))
            item = QListWidgetItem(text)
            item.setToolTip(request.question)
            item.setData(Qt.ItemDataRole.UserRole, request.id)
            self.waiting.addItem(item)
            if request.id == keep or self.waiting.count() == 1:
                self.waiting.setCurrentItem(item)
        self.waiting_stack.setCurrentIndex(1 if self.waiting.count() else 0)
        self._update_waiting_buttons()

    def ask_for_feedback(self) -> int | None:
        details = self.ask_request_details(None)
        if not details:
            return None
        asked_on = details.pop("asked_on")
        question = details.pop("question")
        request_id = self.repos.feedback.add_request(asked_on, question, **details)
        self.refresh()
        return request_id

    def edit_request(self) -> None:
        request_id = self._waiting_request()
        request = next((r for r in self.requests if r.id == request_id), None)
        if request is None:
            return
        details = self.ask_request_details(request)
        if details:
            person_ids = details.pop("person_ids")
            self.repos.feedback.update_request(request.id, person_ids=person_ids, **details)
            self.refresh()

    def close_request(self) -> None:
        request_id = self._waiting_request()
        if request_id is not None:
            self.repos.feedback.update_request(request_id, closed=True)
            self.refresh()

    # --- themes and the one action ----------------------------------------------------------

    def _build_themes(self) -> QWidget:
        page = QWidget()
        layout = QHBoxLayout(page)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.setChildrenCollapsible(False)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 4, 0)
        self.theme_table = QTableWidget(0, 6)
        self.theme_table.setAccessibleName(tr("Feedback by theme"))
        self.theme_table.setHorizontalHeaderLabels(
            [
                tr("Theme"),
                tr("Start"),
                tr("Stop"),
                tr("Continue"),
                tr("New this month"),
                tr("Status"),
            ]
        )
        header = self.theme_table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in range(1, 6):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.theme_table.verticalHeader().hide()
        self.theme_table.verticalHeader().setDefaultSectionSize(24)
        self.theme_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.theme_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.theme_table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.theme_table.currentCellChanged.connect(lambda *_: self._on_theme_chosen())
        left_layout.addWidget(self.theme_table, 2)
        self.items_title = QLabel()
        font = self.items_title.font()
        font.setBold(True)
        self.items_title.setFont(font)
        left_layout.addWidget(self.items_title)
        self.theme_items = QTableWidget(0, 3)
        self.theme_items.setAccessibleName(tr("Items in the chosen theme"))
        self.theme_items.setHorizontalHeaderLabels([tr("Type"), tr("What they said"), tr("From")])
        items_header = self.theme_items.horizontalHeader()
        items_header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        items_header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        items_header.setSectionResizeMode(2, QHeaderView.ResizeMode.Interactive)
        self.theme_items.setColumnWidth(2, 190)
        self.theme_items.verticalHeader().hide()
        self.theme_items.setWordWrap(True)
        self.theme_items.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        left_layout.addWidget(self.theme_items, 3)
        self.show_closed = QCheckBox(tr("Show closed items"))
        self.show_closed.toggled.connect(lambda *_: self._fill_themes())
        left_layout.addWidget(self.show_closed)
        self.themes_empty = hint_label()
        self.themes_empty.setText(
            tr(
                "Answers you record show up here grouped by theme. Give each item a theme or "
                "two — “delegation”, “meetings” — to see what keeps coming back."
            )
        )
        left_layout.addWidget(self.themes_empty)
        splitter.addWidget(left)
        splitter.addWidget(self._build_action_panel())
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        layout.addWidget(splitter)
        return page

    def _build_action_panel(self) -> QWidget:
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        panel = QWidget()
        layout = QVBoxLayout(panel)
        layout.setContentsMargins(8, 0, 0, 0)
        self.action_box = QGroupBox(tr("Acting on"))
        form = QFormLayout(self.action_box)
        self.action_theme = QLabel()
        font = self.action_theme.font()
        font.setBold(True)
        self.action_theme.setFont(font)
        self.action_text = paragraph(70)
        self.action_text.setAccessibleName(tr("What I will do"))
        self.action_text.setPlaceholderText(tr("One visible change the team will notice"))
        self.action_due = DateEdit(optional=True)
        self.action_due.setAccessibleName(tr("Done by"))
        self.action_check = DateEdit(optional=True)
        self.action_check.setAccessibleName(tr("Check with the team on"))
        self.action_status = QLabel()
        form.addRow(tr("Theme"), self.action_theme)
        form.addRow(tr("What I will do"), self.action_text)
        form.addRow(tr("Done by"), self.action_due)
        form.addRow(tr("Check on"), self.action_check)
        form.addRow(tr("Status"), self.action_status)
        buttons = QHBoxLayout()
        self.start_button = QPushButton(tr("Act on this theme"))
        self.start_button.clicked.connect(self.start_acting)
        self.done_button = QPushButton(tr("Mark done"))
        self.done_button.clicked.connect(self.mark_done)
        self.close_button = QPushButton(tr("Close…"))
        self.close_button.setToolTip(tr("Record what changed; it can become a lesson"))
        self.close_button.clicked.connect(self.close_action)
        for button in (self.start_button, self.done_button, self.close_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        form.addRow("", buttons)
        self.action_hint = hint_label()
        form.addRow("", self.action_hint)
        self.action_text.textChanged.connect(lambda: self._save_action("action"))
        self.action_due.dateChanged.connect(lambda *_: self._save_action("due_on"))
        self.action_check.dateChanged.connect(lambda *_: self._save_action("check_on"))
        layout.addWidget(self.action_box)
        history_box = QGroupBox(tr("Acted on before"))
        history_layout = QVBoxLayout(history_box)
        self.history = QListWidget()
        self.history.setAccessibleName(tr("Themes acted on before"))
        self.history.setWordWrap(True)
        history_layout.addWidget(self.history)
        layout.addWidget(history_box, 1)
        scroll.setWidget(panel)
        return scroll

    def _fill_themes(self) -> None:
        keep = self.selected_theme()
        self.summaries = summarize_themes(
            self.responses, self.today(), include_closed=self.show_closed.isChecked()
        )
        acting = self.action.theme.lower() if self.action is not None else None
        table = self.theme_table
        table.blockSignals(True)
        table.setRowCount(len(self.summaries))
        chosen = 0
        for row, summary in enumerate(self.summaries):
            label = tr("No theme yet") if summary.theme == NO_THEME else summary.theme
            status = tr("Acting on it") if summary.theme == acting else ""
            cells = [
                label,
                *(str(summary.counts.get(k, 0)) for k, _ in KINDS),
                str(summary.new_this_month),
                status,
            ]
            for column, text in enumerate(cells):
                cell = QTableWidgetItem(text)
                cell.setData(Qt.ItemDataRole.UserRole, summary.theme)
                if column:
                    cell.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
                table.setItem(row, column, cell)
            if summary.theme == (keep or acting):
                chosen = row
        table.blockSignals(False)
        if self.summaries:
            table.selectRow(chosen)
        self.themes_empty.setVisible(not self.summaries)
        for widget in (table, self.theme_items, self.items_title):
            widget.setVisible(bool(self.summaries))
        self._on_theme_chosen()

    def _on_theme_chosen(self) -> None:
        row = self.theme_table.currentRow()
        summary = self.summaries[row] if 0 <= row < len(self.summaries) else None
        kinds, statuses = dict(KINDS), dict(ITEM_STATUSES)
        entries = summary.items if summary is not None else []
        self.items_title.setText(
            tr("What people said about “{0}”").format(summary.theme) if summary else ""
        )
        self.theme_items.setRowCount(len(entries))
        for index, (item, response) in enumerate(entries):
            source = f"{source_label(response, self.people)}, {human_date(response.received_on)}"
            for column, text in enumerate(
                (tr(kinds[item.kind]), item.text, f"{source} · {tr(statuses[item.status])}")
            ):
                self.theme_items.setItem(index, column, QTableWidgetItem(text))
        self.theme_items.resizeRowsToContents()
        self._update_action_form()

    def selected_theme(self) -> str | None:
        row = self.theme_table.currentRow()
        if not 0 <= row < len(self.summaries):
            return None
        theme = self.summaries[row].theme
        return None if theme == NO_THEME else theme

    def select_theme(self, theme: str) -> None:
        for row, summary in enumerate(self.summaries):
            if summary.theme == theme:
                self.theme_table.selectRow(row)
                return

    def _update_action_form(self) -> None:
        action = self.action
        editors = (self.action_text, self.action_due, self.action_check)
        for editor in editors:
            editor.blockSignals(True)
        if action is not None:
            self.action_theme.setText(action.theme)
            if self.action_text.toPlainText() != action.action:  # keep the cursor
                self.action_text.setPlainText(action.action)
            self.action_due.set_value(action.due_on)
            self.action_check.set_value(action.check_on)
            self.action_status.setText(
                tr("Acting on it")
                if action.status == "acting"
                else tr("Done — check it made a difference, then close")
            )
            self.action_hint.setText(
                tr("One theme at a time: close this one before choosing another.")
            )
        else:
            theme = self.selected_theme()
            self.action_theme.setText(theme or tr("Choose a theme on the left"))
            self.action_text.setPlainText("")
            self.action_due.set_value(self.today() + dt.timedelta(days=14))
            self.action_check.set_value(self.today() + dt.timedelta(days=28))
            self.action_status.setText(tr("Not started"))
            self.action_hint.setText(
                tr(
                    "Pick the theme that matters most, say what you will do, and tell the team: "
                    "acting visibly on feedback is what makes people give it again."
                )
            )
        for editor in editors:
            editor.blockSignals(False)
        self.action_hint.show()
        acting = action is not None
        self.start_button.setVisible(not acting)
        self.start_button.setEnabled(self.selected_theme() is not None)
        self.done_button.setVisible(acting and action is not None and action.status == "acting")
        self.close_button.setVisible(acting)
        self.history.clear()
        for past in (a for a in self.repos.feedback.actions() if a.status == "closed"):
            closed = human_date(past.closed_on) if past.closed_on else ""
            text = f"{past.theme} — {past.action}\n" + tr("Closed {0}: {1}").format(
                closed, past.what_changed or tr("nothing recorded")
            )
            self.history.addItem(text)

    def _save_action(self, field: str) -> None:
        action = self.action
        if action is None:
            return
        values = {
            "action": self.action_text.toPlainText(),
            "due_on": self.action_due.value(),
            "check_on": self.action_check.value(),
        }
        setattr(action, field, values[field])
        action_id, value = action.id, values[field]
        self.autosave.schedule(
            f"feedback_action:{action_id}:{field}",
            lambda: self.repos.feedback.update_action(action_id, **{field: value}),
        )

    def start_acting(self) -> int | None:
        theme = self.selected_theme()
        if theme is None:
            return None
        text = self.action_text.toPlainText().strip()
        if not text:
            self.inform(
                tr("What will you do?"), tr("Write the one change you will make before starting.")
            )
            self.action_text.setFocus()
            return None
        try:
            action_id = self.repos.feedback.start_action(
                theme, text, self.today(), self.action_due.value(), self.action_check.value()
            )
        except ActionAlreadyOpenError as error:
            self.inform(tr("One theme at a time"), str(error))
            return None
        self.refresh()
        return action_id

    def mark_done(self) -> None:
        if self.action is not None:
            self.flush_pending_edits()
            self.repos.feedback.mark_action_done(self.action.id)
            self.refresh()

    def close_action(self) -> int | None:
        """Close the action; returns the id of the lesson made from it, if any."""
        if self.action is None:
            return None
        self.flush_pending_edits()
        answer = self.ask_what_changed(self.action.theme)
        if answer is None:
            return None
        what_changed, as_lesson = answer
        title = tr("What changed when I acted on “{0}”").format(self.action.theme)
        lesson_id = self.repos.feedback.close_action(
            self.action.id, self.today(), what_changed, lesson_title=title if as_lesson else None
        )
        self.refresh()
        return lesson_id

    # --- answers ------------------------------------------------------------------------------

    def _build_responses(self) -> QWidget:
        page = QWidget()
        layout = QHBoxLayout(page)
        left = QVBoxLayout()
        self.response_list = QListWidget()
        self.response_list.setAccessibleName(tr("Answers"))
        self.response_list.setMinimumWidth(230)
        self.response_list.setMaximumWidth(320)
        self.response_list.setSpacing(2)
        self.response_list.currentItemChanged.connect(self._on_response_chosen)
        left.addWidget(self.response_list, 1)
        row = QHBoxLayout()
        new_button = QPushButton(tr("New answer"))
        new_button.clicked.connect(lambda: self.add_response(None))
        self.delete_response_button = QPushButton(tr("Delete"))
        self.delete_response_button.clicked.connect(self.delete_response)
        row.addWidget(new_button, 1)
        row.addWidget(self.delete_response_button)
        left.addLayout(row)
        layout.addLayout(left)

        self.response_stack = QStackedWidget()
        empty = QLabel(
            tr(
                "No answers yet. When someone answers — in a one-on-one, a form or a survey — "
                "record what they said as start, stop and continue items."
            )
        )
        empty.setWordWrap(True)
        empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.response_stack.addWidget(empty)
        editor = QWidget()
        editor_layout = QVBoxLayout(editor)
        form = QFormLayout()
        self.received_on = DateEdit()
        self.received_on.setAccessibleName(tr("Received on"))
        self.received_on.dateChanged.connect(lambda *_: self._save_response())
        self.source = QComboBox()
        self.source.setAccessibleName(tr("From"))
        for value, label in SOURCES:
            self.source.addItem(tr(label), value)
        self.source.activated.connect(lambda *_: self._save_response())
        self.person = QComboBox()
        self.person.setAccessibleName(tr("Person"))
        self.person.activated.connect(lambda *_: self._save_response())
        self.request = QComboBox()
        self.request.setAccessibleName(tr("Answer to"))
        self.request.activated.connect(lambda *_: self._save_response())
        source_row = QHBoxLayout()
        source_row.addWidget(self.source)
        source_row.addWidget(self.person, 1)
        form.addRow(tr("Received on"), self.received_on)
        form.addRow(tr("From"), source_row)
        form.addRow(tr("Answer to"), self.request)
        editor_layout.addLayout(form)
        self.anonymity_note = hint_label()
        self.anonymity_note.setText(
            tr(
                "Anonymous answers are kept without a name: nobody's name is stored with them "
                "or shown next to them, anywhere."
            )
        )
        editor_layout.addWidget(self.anonymity_note)
        self.items = QTableWidget(0, 4)
        self.items.setAccessibleName(tr("Start, stop and continue items"))
        self.items.setHorizontalHeaderLabels(
            [tr("Type"), tr("What they said"), tr("Themes"), tr("Status")]
        )
        header = self.items.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Fixed)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Fixed)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Fixed)
        self.items.setColumnWidth(0, 100)
        self.items.setColumnWidth(2, 160)
        self.items.setColumnWidth(3, 100)
        self.items.verticalHeader().hide()
        self.items.setWordWrap(True)
        self.items.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.items.itemChanged.connect(self._on_item_edited)
        editor_layout.addWidget(self.items, 1)
        item_buttons = QHBoxLayout()
        for kind, label in KINDS:
            button = QPushButton(tr("+ {0}").format(tr(label)))
            button.setToolTip(tr("Add a “{0}” item").format(tr(label)))
            button.clicked.connect(lambda _=False, k=kind: self.add_item(k))
            item_buttons.addWidget(button)
        remove = QPushButton(tr("Remove item"))
        remove.clicked.connect(self.remove_item)
        item_buttons.addStretch(1)
        item_buttons.addWidget(remove)
        editor_layout.addLayout(item_buttons)
        self.response_stack.addWidget(editor)
        layout.addWidget(self.response_stack, 1)
        return page

    def _response_label(self, response: FeedbackResponse) -> str:
        count = len(response.items)
        return tr_n("{0} · {1}\n%n items", count, "{0} · {1}\n%n item").format(
            human_date(response.received_on), source_label(response, self.people)
        )

    def _fill_responses(self, select_id: int | None = None) -> None:
        keep = select_id if select_id is not None else (self.response.id if self.response else None)
        self.response_list.blockSignals(True)
        self.response_list.clear()
        chosen: QListWidgetItem | None = None
        for response in self.responses:
            item = QListWidgetItem(self._response_label(response))
            item.setData(Qt.ItemDataRole.UserRole, response.id)
            self.response_list.addItem(item)
            if response.id == keep:
                chosen = item
        if chosen is None and self.response_list.count():
            chosen = self.response_list.item(0)
        if chosen is not None:
            self.response_list.setCurrentItem(chosen)
        self.response_list.blockSignals(False)
        self._show_response(chosen.data(Qt.ItemDataRole.UserRole) if chosen else None)

    def _on_response_chosen(self, item: QListWidgetItem | None, _old: object) -> None:
        self.flush_pending_edits()
        self._show_response(item.data(Qt.ItemDataRole.UserRole) if item else None)

    def _show_response(self, response_id: int | None) -> None:
        self.response = next((r for r in self.responses if r.id == response_id), None)
        self.delete_response_button.setEnabled(self.response is not None)
        if self.response is None:
            self.response_stack.setCurrentIndex(0)
            return
        response = self.response
        self.received_on.set_value(response.received_on)
        combo_quietly(self.source, self.source.findData(response.source))
        self.person.clear()
        for person_id, name in sorted(self.people.items(), key=lambda p: p[1]):
            self.person.addItem(name, person_id)
        self._sync_person_combo()
        self.request.clear()
        self.request.addItem(tr("No request"), None)
        for request in self.requests:
            self.request.addItem(
                tr("Request of {0}").format(human_date(request.asked_on)), request.id
            )
        combo_quietly(self.request, max(self.request.findData(response.request_id), 0))
        self._fill_items()
        self.response_stack.setCurrentIndex(1)

    def _sync_person_combo(self) -> None:
        """A person only for named answers; anonymous and self show no name at all."""
        response = self.response
        named = response is not None and response.source == "person"
        self.person.setEnabled(named)
        self.person.setVisible(named)
        if named and response is not None:
            combo_quietly(self.person, max(self.person.findData(response.person_id), 0))
        self.anonymity_note.setVisible(response is not None and response.source == "anonymous")

    def _fill_items(self) -> None:
        response = self.response
        assert response is not None
        statuses = dict(ITEM_STATUSES)
        self.items.blockSignals(True)
        self.items.setRowCount(len(response.items))
        for row, item in enumerate(response.items):
            kind = QComboBox()
            kind.setAccessibleName(tr("Type"))
            for value, label in KINDS:
                kind.addItem(tr(label), value)
            combo_quietly(kind, kind.findData(item.kind))
            kind.activated.connect(
                lambda _=0, c=kind, i=item.id: self._save_item(i, kind=c.currentData())
            )
            self.items.setCellWidget(row, 0, kind)
            text = QTableWidgetItem(item.text)
            text.setData(Qt.ItemDataRole.UserRole, item.id)
            themes = QTableWidgetItem(item.themes)
            themes.setData(Qt.ItemDataRole.UserRole, item.id)
            status = QTableWidgetItem(tr(statuses[item.status]))
            status.setFlags(status.flags() & ~Qt.ItemFlag.ItemIsEditable)
            self.items.setItem(row, 1, text)
            self.items.setItem(row, 2, themes)
            self.items.setItem(row, 3, status)
        self.items.resizeRowsToContents()
        for row in range(self.items.rowCount()):  # room for the type drop-down
            self.items.setRowHeight(row, max(self.items.rowHeight(row), 32))
        self.items.blockSignals(False)

    def _save_response(self) -> None:
        response = self.response
        if response is None:
            return
        source = self.source.currentData()
        person_id = self.person.currentData() if source == "person" else None
        if source == "person" and person_id is None and self.people:
            person_id = sorted(self.people.items(), key=lambda p: p[1])[0][0]
        if source == "person" and person_id is None:
            self.inform(
                tr("No people yet"), tr("Add the people you look after in the Coaching Log first.")
            )
            combo_quietly(self.source, self.source.findData(response.source))
            return
        response.source, response.person_id = source, person_id
        response.received_on = self.received_on.value() or response.received_on
        response.request_id = self.request.currentData()
        self.repos.feedback.update_response(
            response.id,
            source=source,
            person_id=person_id,
            received_on=response.received_on,
            request_id=response.request_id,
        )
        self._sync_person_combo()
        item = self.response_list.currentItem()
        if item is not None:
            item.setText(self._response_label(response))
        self._fill_themes()  # who said it and when, as the Themes view shows it

    def add_response(self, request_id: int | None) -> int | None:
        """Record an answer (to a waiting request when one is chosen) once the person
        has said who it is from; then its items are written on the Answers page."""
        self.flush_pending_edits()
        details = self.ask_answer_details(request_id)
        if not details:
            return None
        response_id = self.repos.feedback.add_response(
            received_on=details["received_on"] or self.today(),
            source=details["source"],
            person_id=details["person_id"],
            request_id=details["request_id"],
        )
        self.refresh(select_response=response_id)
        self.pages.setCurrentIndex(1)
        return response_id

    def delete_response(self) -> None:
        response = self.response
        if response is None:
            return
        if not self.confirm(
            tr("Delete this answer?"),
            tr_n(
                "Delete this answer and its %n items? This can't be undone.",
                len(response.items),
                "Delete this answer and its %n item? This can't be undone.",
            ),
        ):
            return
        self.autosave.flush()
        self.repos.feedback.delete_response(response.id)
        self.response = None
        self.refresh()

    def add_item(self, kind: str) -> int | None:
        if self.response is None:
            return None
        self.flush_pending_edits()
        item_id = self.repos.feedback.add_item(self.response.id, kind)
        self.refresh(select_response=self.response.id)
        row = self.items.rowCount() - 1
        cell = self.items.item(row, 1)
        if cell is not None:
            self.items.setCurrentCell(row, 1)
            self.items.editItem(cell)
        return item_id

    def remove_item(self) -> None:
        row = self.items.currentRow()
        cell = self.items.item(row, 1) if row >= 0 else None
        if cell is None or self.response is None:
            return
        self.flush_pending_edits()
        self.repos.feedback.delete_item(cell.data(Qt.ItemDataRole.UserRole))
        self.refresh(select_response=self.response.id)

    def _on_item_edited(self, cell: QTableWidgetItem) -> None:
        item_id = cell.data(Qt.ItemDataRole.UserRole)
        if item_id is None:
            return
        field = {1: "text", 2: "themes"}.get(cell.column())
        if field is not None:
            self._save_item(item_id, **{field: cell.text()})

    def _save_item(self, item_id: int, **fields: Any) -> None:
        def write() -> None:
            self.repos.feedback.update_item(item_id, **fields)
            self._themes_stale = True

        # A cell is saved once, when its edit is committed (not per keystroke), so it is
        # written at once and the Themes view follows; a refused write is retried.
        self.autosave.schedule(f"feedback_item:{item_id}:{','.join(fields)}", write)
        self.autosave.flush()

    # --- loading and saving --------------------------------------------------------------------

    def refresh(self, select_response: int | None = None) -> None:
        """Re-read everything (cheap: feedback is tens of answers, not thousands)."""
        self.flush_pending_edits()
        self.people = {p.id: p.name for p in self.repos.people.list(include_archived=True)}
        self.requests = self.repos.feedback.requests()
        self.responses = self.repos.feedback.responses()
        self.action = self.repos.feedback.open_action()
        self._fill_waiting()
        self._fill_themes()
        self._fill_responses(select_response)

    def flush_pending_edits(self) -> None:
        self.autosave.flush()  # written items re-read into the themes by _reread_themes

    def _reread_themes(self) -> None:
        """After an item's words, themes or type are written, the Themes view shows them
        at once: re-read the answers quietly, without touching the row being edited."""
        if not self._themes_stale:
            return
        self._themes_stale = False
        self.responses = self.repos.feedback.responses()
        if self.response is not None:
            self.response = next((r for r in self.responses if r.id == self.response.id), None)
        self._fill_themes()

    def _confirm_with_dialog(self, title: str, text: str) -> bool:
        # The question is in the body (``text``): not every desktop shows the title. The
        # one confirmation here deletes, so Enter says No.
        buttons = QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No
        answer = QMessageBox.question(self, title, text, buttons, QMessageBox.StandardButton.No)
        return answer == QMessageBox.StandardButton.Yes

    def _inform_with_dialog(self, title: str, text: str) -> None:
        QMessageBox.information(self, title, text)

    def _ask_request_details(self, request: FeedbackRequest | None) -> dict[str, Any] | None:
        people = [(p.id, p.name) for p in self.repos.people.list()]
        dialog = RequestDialog(people, self.today(), request, self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            return dialog.details()
        return None

    def _ask_answer_details(self, request_id: int | None) -> dict[str, Any] | None:
        people = [(p.id, p.name) for p in self.repos.people.list()]
        waiting = [r for r in self.requests if not r.closed or r.id == request_id]
        dialog = AnswerDialog(people, waiting, self.today(), request_id, self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            return dialog.details()
        return None

    def _ask_what_changed(self, theme: str) -> tuple[str, bool] | None:
        text, ok = QInputDialog.getMultiLineText(
            self,
            tr("What changed?"),
            tr("You acted on “{0}”. What changed — for the team, and for you?").format(theme),
        )
        if not ok:
            return None
        keep = QMessageBox.question(
            self,
            tr("Keep it as a lesson?"),
            tr("Save what changed as a lesson too, so it can come back when it matters?"),
        )
        return text.strip(), keep == QMessageBox.StandardButton.Yes
