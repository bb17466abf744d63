"""The Themes view: feedback grouped by theme, and the one theme being acted on."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QPushButton,
    QScrollArea,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from leadjournal.db.enums import FeedbackActionStatus
from leadjournal.i18n import tr
from leadjournal.services.feedback import (
    ITEM_STATUSES,
    KINDS,
    NO_THEME,
    ActionAlreadyOpenError,
    ThemeSummary,
    source_label,
    summarize_themes,
)
from leadjournal.ui.forms import DateEdit, hint_label, human_date, paragraph
from leadjournal.ui.tabs.feedback.context import FeedbackContext


class ThemesPanel(QWidget):
    """What keeps coming back, theme by theme, and acting visibly on one of them."""

    def __init__(self, context: FeedbackContext) -> None:
        super().__init__()
        self.context = context
        self.summaries: list[ThemeSummary] = []
        layout = QHBoxLayout(self)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.setChildrenCollapsible(False)
        splitter.addWidget(self._build_themes())
        splitter.addWidget(self._build_action_panel())
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        splitter.setSizes([600, 400])  # the themes table first: its six columns need room
        layout.addWidget(splitter)

    def _build_themes(self) -> QWidget:
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
        # The count columns' headings wrap at their words ("New this month" is long in
        # German), so the theme names keep the room and nothing scrolls sideways.
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap)
        metrics = header.fontMetrics()
        header.setSectionResizeMode(5, QHeaderView.ResizeMode.ResizeToContents)  # the status
        for column in range(1, 5):
            heading = self.theme_table.horizontalHeaderItem(column)
            words = heading.text().split() if heading is not None else []
            # The narrowest width that fits the heading on two lines.
            widest = min(
                (
                    max(
                        metrics.horizontalAdvance(" ".join(words[:split])),
                        metrics.horizontalAdvance(" ".join(words[split:])),
                    )
                    for split in range(1, len(words) + 1)
                ),
                default=40,
            )
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Fixed)
            self.theme_table.setColumnWidth(column, max(48, widest + 16))
        header.setFixedHeight(2 * metrics.height() + 10)
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
        self.show_closed.toggled.connect(lambda *_: self.fill())
        left_layout.addWidget(self.show_closed)
        self.themes_empty = hint_label()
        self.themes_empty.setText(
            tr(
                "Answers you record show up here grouped by theme. Give each item a theme or "
                "two — “delegation”, “meetings” — to see what keeps coming back."
            )
        )
        left_layout.addWidget(self.themes_empty)
        return left

    def _build_action_panel(self) -> QWidget:
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        panel = QWidget()
        layout = QVBoxLayout(panel)
        layout.setContentsMargins(8, 0, 0, 0)
        self.action_box = QGroupBox(tr("Acting on"))
        self.action_box.setProperty("role", "card")
        form = QFormLayout(self.action_box)
        # In a narrow panel a row too wide (the buttons, in German) goes under its label.
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
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
        self.start_button.setProperty("role", "quiet")
        self.start_button.clicked.connect(self.start_acting)
        self.done_button = QPushButton(tr("Mark done"))
        self.done_button.setProperty("role", "quiet")
        self.done_button.clicked.connect(self.mark_done)
        self.close_button = QPushButton(tr("Close…"))
        self.close_button.setProperty("role", "quiet")
        self.close_button.setToolTip(tr("Record what changed; it can become a lesson"))
        self.close_button.clicked.connect(self.close_action)
        for button in (self.start_button, self.done_button, self.close_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        form.addRow("", buttons)
        self.action_hint = hint_label()
        form.addRow("", self.action_hint)
        self.action_text.textChanged.connect(self._save_action_text)
        self.action_due.dateChanged.connect(lambda *_: self._save_action_due())
        self.action_check.dateChanged.connect(lambda *_: self._save_action_check())
        layout.addWidget(self.action_box)
        history_box = QGroupBox(tr("Acted on before"))
        history_box.setProperty("role", "card")
        history_layout = QVBoxLayout(history_box)
        self.history = QListWidget()
        self.history.setAccessibleName(tr("Themes acted on before"))
        self.history.setWordWrap(True)
        history_layout.addWidget(self.history)
        layout.addWidget(history_box, 1)
        scroll.setWidget(panel)
        return scroll

    # --- the themes ---------------------------------------------------------------------------

    def fill(self) -> None:
        keep = self.selected_theme()
        context = self.context
        self.summaries = summarize_themes(
            context.responses, context.today(), include_closed=self.show_closed.isChecked()
        )
        acting = context.action.theme.lower() if context.action is not None else None
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
            said_by = source_label(response, self.context.people)
            source = f"{said_by}, {human_date(response.received_on)}"
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

    # --- the one action -------------------------------------------------------------------------

    def _update_action_form(self) -> None:
        action = self.context.action
        today = self.context.today()
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
                if action.status == FeedbackActionStatus.ACTING
                else tr("Done — check it made a difference, then close")
            )
            self.action_hint.setText(
                tr("One theme at a time: close this one before choosing another.")
            )
        else:
            theme = self.selected_theme()
            self.action_theme.setText(theme or tr("Choose a theme on the left"))
            self.action_text.setPlainText("")
            self.action_due.set_value(today + dt.timedelta(days=14))
            self.action_check.set_value(today + dt.timedelta(days=28))
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
        self.done_button.setVisible(
            action is not None and action.status == FeedbackActionStatus.ACTING
        )
        self.close_button.setVisible(acting)
        self.history.clear()
        for past in self.context.service.closed_actions():
            closed = human_date(past.closed_on) if past.closed_on else ""
            text = f"{past.theme} — {past.action}\n" + tr("Closed {0}: {1}").format(
                closed, past.what_changed or tr("nothing recorded")
            )
            self.history.addItem(text)

    def _save_action_text(self) -> None:
        action = self.context.action
        if action is None:
            return
        action.action = text = self.action_text.toPlainText()
        action_id, service = action.id, self.context.service
        self.context.autosave.schedule(
            f"feedback_action:{action_id}:action",
            lambda: service.update_action(action_id, action=text),
        )

    def _save_action_due(self) -> None:
        action = self.context.action
        if action is None:
            return
        action.due_on = day = self.action_due.value()
        action_id, service = action.id, self.context.service
        self.context.autosave.schedule(
            f"feedback_action:{action_id}:due_on",
            lambda: service.update_action(action_id, due_on=day),
        )

    def _save_action_check(self) -> None:
        action = self.context.action
        if action is None:
            return
        action.check_on = day = self.action_check.value()
        action_id, service = action.id, self.context.service
        self.context.autosave.schedule(
            f"feedback_action:{action_id}:check_on",
            lambda: service.update_action(action_id, check_on=day),
        )

    def start_acting(self) -> int | None:
        theme = self.selected_theme()
        if theme is None:
            return None
        text = self.action_text.toPlainText().strip()
        if not text:
            self.context.inform(
                tr("What will you do?"), tr("Write the one change you will make before starting.")
            )
            self.action_text.setFocus()
            return None
        try:
            action_id = self.context.service.start_action(
                theme,
                text,
                self.context.today(),
                self.action_due.value(),
                self.action_check.value(),
            )
        except ActionAlreadyOpenError as error:
            self.context.inform(tr("One theme at a time"), str(error))
            return None
        self.context.refresh()
        return action_id

    def mark_done(self) -> None:
        action = self.context.action
        if action is not None:
            self.context.flush_pending_edits()
            self.context.service.mark_action_done(action.id)
            self.context.refresh()

    def close_action(self) -> int | None:
        """Close the action; returns the id of the lesson made from it, if any."""
        action = self.context.action
        if action is None:
            return None
        self.context.flush_pending_edits()
        answer = self.context.ask_what_changed(action.theme)
        if answer is None:
            return None
        what_changed, as_lesson = answer
        title = tr("What changed when I acted on “{0}”").format(action.theme)
        lesson_id = self.context.service.close_action(
            action.id,
            self.context.today(),
            what_changed,
            lesson_title=title if as_lesson else None,
        )
        self.context.refresh()
        return lesson_id
