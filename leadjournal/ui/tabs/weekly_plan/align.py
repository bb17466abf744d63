"""Thursday: the stakeholder update and the decision log."""

from __future__ import annotations

import datetime as dt

from PySide6.QtGui import (
    QFont,
    QGuiApplication,
    QResizeEvent,
    QTextCharFormat,
    QTextCursor,
    QTextFormat,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QPushButton,
    QStackedWidget,
    QTableWidget,
    QTableWidgetItem,
    QTextBrowser,
    QVBoxLayout,
)

from leadjournal.db.models import WeekPlan
from leadjournal.i18n import tr
from leadjournal.services.week_updates import (
    draft_stakeholder_update,
    markdown_to_plain,
    without_empty_sections,
)
from leadjournal.text import human_date
from leadjournal.ui.forms import DateEdit, heading, paragraph, qdate, set_quietly
from leadjournal.ui.tabs.weekly_plan.common import StepPage
from leadjournal.ui.tabs.weekly_plan.context import WeekPageContext


class AlignPage(StepPage):
    def __init__(self, context: WeekPageContext) -> None:
        super().__init__(context)
        self.layout_.addWidget(
            heading(
                tr("Align outside the team"),
                tr(
                    "A short update for the people who depend on your team, and the decisions "
                    "you made, written down where everyone can find them."
                ),
                [
                    (
                        "lead",
                        tr("Telling others where the team is going keeps their trust and support."),
                    )
                ],
            )
        )
        self.update_text = paragraph(190)
        self.update_text.setAccessibleName(tr("Stakeholder update"))
        self.update_text.setPlaceholderText(tr("Press “Draft from this week” to start."))
        self.bind_week_text(self.update_text, "stakeholder_update")
        # The update reads formatted, as stakeholders will see it; "Edit the text" shows
        # what is kept (Markdown) to change it.
        self.update_view = QTextBrowser()
        self.update_view.setAccessibleName(tr("Stakeholder update, formatted"))
        self.update_view.setOpenLinks(False)
        self.update_view.setTabChangesFocus(True)
        self.update_view.setPlaceholderText(self.update_text.placeholderText())
        self.update_stack = QStackedWidget()
        self.update_stack.addWidget(self.update_view)
        self.update_stack.addWidget(self.update_text)
        # The update grows with its text (the page scrolls), never a box to scroll in.
        self.update_text.textChanged.connect(self._fit_update_height)
        buttons = QHBoxLayout()
        draft = QPushButton(tr("Draft from this week"))
        draft.setProperty("role", "primary")
        draft.clicked.connect(self.draft_update)
        self.edit_button = QPushButton()
        self.edit_button.setProperty("role", "quiet")
        self.edit_button.clicked.connect(self._toggle_editing)
        copy_text = QPushButton(tr("Copy as text"))
        copy_text.setProperty("role", "quiet")
        copy_text.clicked.connect(lambda: self.copy_update(markdown=False))
        copy_markdown = QPushButton(tr("Copy as Markdown"))
        copy_markdown.setProperty("role", "quiet")
        copy_markdown.clicked.connect(lambda: self.copy_update(markdown=True))
        for button in (draft, self.edit_button, copy_text, copy_markdown):
            buttons.addWidget(button)
        buttons.addStretch(1)
        self.layout_.addWidget(self.update_stack)
        self.layout_.addLayout(buttons)

        log = QGroupBox(tr("Decision log (all weeks)"))
        log.setProperty("role", "card")
        log_layout = QVBoxLayout(log)
        entry = QHBoxLayout()
        self.decision = QLineEdit()
        self.decision.setPlaceholderText(tr("Decision"))
        self.decision.setAccessibleName(tr("Decision"))
        self.reason = QLineEdit()
        self.reason.setPlaceholderText(tr("Reason"))
        self.reason.setAccessibleName(tr("Reason for the decision"))
        self.consulted = QLineEdit()
        self.consulted.setPlaceholderText(tr("Who was consulted"))
        self.consulted.setAccessibleName(tr("Who was consulted"))
        hint_width = self.consulted.fontMetrics().horizontalAdvance(
            self.consulted.placeholderText()
        )
        self.consulted.setMinimumWidth(hint_width + 24)  # its hint is its only label
        self.decided_on = DateEdit()
        self.decided_on.setAccessibleName(tr("Decision date"))
        add = QPushButton(tr("Log decision"))
        add.setProperty("role", "quiet")
        add.clicked.connect(self.log_decision)
        self.decision.returnPressed.connect(self.log_decision)
        entry.addWidget(self.decision, 3)
        entry.addWidget(self.reason, 3)
        entry.addWidget(self.consulted, 2)
        entry.addWidget(self.decided_on)
        entry.addWidget(add)
        log_layout.addLayout(entry)
        self.filter = QLineEdit()
        self.filter.setPlaceholderText(tr("Filter decisions…"))
        self.filter.setAccessibleName(tr("Filter decisions"))
        self.filter.textChanged.connect(lambda _: self._fill_log())
        log_layout.addWidget(self.filter)
        self.table = QTableWidget(0, 4)
        self.table.setHorizontalHeaderLabels(
            [tr("Date"), tr("Decision"), tr("Reason"), tr("Consulted")]
        )
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().hide()
        self.table.setWordWrap(True)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.table.setMinimumHeight(180)
        log_layout.addWidget(self.table)
        self.layout_.addWidget(log, 1)

    def populate(self, week: WeekPlan) -> None:
        set_quietly(self.update_text, week.stakeholder_update)
        self.show_formatted(bool(week.stakeholder_update.strip()))
        today = self.context.today()
        in_week = week.week_start <= today <= week.week_start + dt.timedelta(days=6)
        self.decided_on.setDate(qdate(today if in_week else week.week_start + dt.timedelta(days=3)))
        self._fill_log()

    def _fill_log(self) -> None:
        decisions = self.context.planner.decisions(self.filter.text())
        self.table.setRowCount(len(decisions))
        for row, decision in enumerate(decisions):
            values = [
                human_date(decision.decided_on),
                decision.decision,
                decision.reason,
                decision.consulted,
            ]
            for column, value in enumerate(values):
                self.table.setItem(row, column, QTableWidgetItem(value))
        self.table.resizeColumnToContents(0)
        self.table.resizeRowsToContents()

    def log_decision(self) -> None:
        if not self.decision.text().strip():
            self.decision.setFocus()
            return
        decided_on = self.decided_on.date().toPython()
        assert isinstance(decided_on, dt.date)
        self.context.planner.log_decision(
            self.week.id,
            decided_on,
            self.decision.text(),
            self.reason.text(),
            self.consulted.text(),
        )
        for editor in (self.decision, self.reason, self.consulted):
            editor.clear()
        self._fill_log()

    def draft_update(self) -> None:
        self.context.flush_pending_edits()
        if self.update_text.toPlainText().strip() and not self.context.confirm(
            tr("Replace the update?"), tr("Replace what you've written with a fresh draft?")
        ):
            return
        week = self.context.planner.week(self.week.week_start)
        assert week is not None
        draft = draft_stakeholder_update(
            week,
            self.context.people,
            self.context.today(),
            markdown=True,
            signed_by=self.context.planner.user_name(),
        )
        self.update_text.setPlainText(draft)  # typing-equivalent: autosaves
        self.show_formatted(True)

    def editing(self) -> bool:
        return self.update_stack.currentWidget() is self.update_text

    def _quieter_headings(self) -> None:
        """Headings in bold at the text's size, as in an email (Qt's are poster-size)."""
        block = self.update_view.document().begin()
        while block.isValid():
            if block.blockFormat().headingLevel():
                cursor = QTextCursor(block)
                cursor.select(QTextCursor.SelectionType.BlockUnderCursor)
                heading_format = QTextCharFormat()
                heading_format.setProperty(QTextFormat.Property.FontSizeAdjustment, 0)
                heading_format.setFontWeight(QFont.Weight.Bold)
                cursor.mergeCharFormat(heading_format)
            block = block.next()

    def _toggle_editing(self) -> None:
        self.show_formatted(self.editing())
        if self.editing():
            self.update_text.setFocus()

    def show_formatted(self, formatted: bool) -> None:
        """Show the update formatted (rendered from its Markdown), or its text to edit."""
        if formatted:
            # Shown as it is sent: a section left empty ("Decisions needed") is left out.
            self.update_view.setMarkdown(without_empty_sections(self.update_text.toPlainText()))
            self._quieter_headings()
            self.update_stack.setCurrentWidget(self.update_view)
            self.edit_button.setText(tr("Edit the text"))
        else:
            self.update_stack.setCurrentWidget(self.update_text)
            self.edit_button.setText(tr("Show it formatted"))
        self._fit_update_height()

    def _fit_update_height(self) -> None:
        """Make the update as tall as its text at the current width."""
        shown = self.update_stack.currentWidget()
        if shown is self.update_view:
            document = self.update_view.document()
            document.setTextWidth(self.update_view.viewport().width())
            content = document.size().height()
        else:  # a plain-text editor's layout counts lines, wrapped ones included
            self.update_text.document().adjustSize()
            lines = self.update_text.document().documentLayout().documentSize().height()
            content = lines * self.update_text.fontMetrics().lineSpacing() + 12
        height = max(120, int(content) + 2 * self.update_view.frameWidth() + 6)
        for widget in (self.update_view, self.update_text, self.update_stack):
            widget.setFixedHeight(height)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit_update_height()  # the text wraps differently at another width

    def copy_update(self, markdown: bool) -> str:
        text = without_empty_sections(self.update_text.toPlainText())
        if not markdown:
            text = markdown_to_plain(text)
        clipboard = QGuiApplication.clipboard()
        clipboard.setText(text)
        return text
