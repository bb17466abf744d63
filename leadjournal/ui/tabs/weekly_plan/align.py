"""Thursday: expectations checked outside the team, decisions needed, the stakeholder
update (drafted from the week, its recipients and when it was sent) and the decision log."""

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
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QStackedWidget,
    QTextBrowser,
)

from leadjournal.db.models import WeekPlan
from leadjournal.i18n import tr
from leadjournal.services.playbook import PlaybookService
from leadjournal.services.week_changes import change_log_lines
from leadjournal.services.week_updates import (
    draft_stakeholder_update,
    markdown_to_plain,
    without_empty_sections,
)
from leadjournal.text import human_date
from leadjournal.ui import theme
from leadjournal.ui.forms import heading, paragraph, set_quietly, title_label
from leadjournal.ui.rollout_card import RolloutCard
from leadjournal.ui.tabs.weekly_plan.align_cards import DecisionLogCard, NeededCard, TouchpointCard
from leadjournal.ui.tabs.weekly_plan.common import StepPage
from leadjournal.ui.tabs.weekly_plan.context import WeekPageContext


class AlignPage(StepPage):
    def __init__(self, context: WeekPageContext) -> None:
        super().__init__(context)
        self.layout_.addWidget(
            heading(
                tr("Align outside the team"),
                tr(
                    "Check what the people who depend on your team expect, ask for the "
                    "decisions you need, send them a short update, and write down the "
                    "decisions you made where everyone can find them."
                ),
                [
                    (
                        "lead",
                        tr("Telling others where the team is going keeps their trust and support."),
                    )
                ],
            )
        )
        self._dates_set_for: dt.date | None = None  # the week the forms' dates are for
        self.touchpoints = TouchpointCard(context)
        self.layout_.addWidget(self.touchpoints)
        self.needed = NeededCard(context)
        self.layout_.addWidget(self.needed)
        # The playbook's rollouts, every week until done.
        self.rollouts = RolloutCard(PlaybookService(context.planner.repos))
        self.layout_.addWidget(self.rollouts)
        self.layout_.addWidget(title_label(1.1, tr("Stakeholder update")))
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

        # Who it goes to (kept from last week) and when it went.
        delivery = QHBoxLayout()
        to_label = QLabel(tr("To:"))
        self.recipients = QLineEdit()
        self.recipients.setPlaceholderText(tr("Recipients, separated by commas"))
        self.recipients.setAccessibleName(tr("Recipients of the stakeholder update"))
        to_label.setBuddy(self.recipients)
        self.recipients.editingFinished.connect(self._save_recipients)
        self.sent_button = QPushButton(tr("Mark as sent"))
        theme.set_role(self.sent_button, "quiet")
        self.sent_button.clicked.connect(self.toggle_sent)
        self.sent_label = QLabel()
        theme.set_role(self.sent_label, "caption")
        delivery.addWidget(to_label)
        delivery.addWidget(self.recipients, 1)
        delivery.addWidget(self.sent_button)
        delivery.addWidget(self.sent_label)
        self.layout_.addLayout(delivery)

        self.log = DecisionLogCard(context)
        # The form's fields, as the page has always named them.
        self.decision, self.reason = self.log.decision, self.log.reason
        self.consulted, self.decided_on = self.log.consulted, self.log.decided_on
        self.table, self.filter = self.log.table, self.log.filter
        self.layout_.addWidget(self.log, 1)

    def populate(self, week: WeekPlan) -> None:
        set_quietly(self.update_text, week.stakeholder_update)
        self.show_formatted(bool(week.stakeholder_update.strip()))
        today = self.context.today()
        in_week = week.week_start <= today <= week.week_start + dt.timedelta(days=6)
        if week.week_start != self._dates_set_for:  # another week: its own dates
            self._dates_set_for = week.week_start
            day = today if in_week else week.week_start + dt.timedelta(days=3)
            for card in (self.touchpoints, self.needed, self.log):
                card.stop_editing()
            self.touchpoints.met_on.set_value(day)
            self.needed.needed_by.set_value(week.week_start + dt.timedelta(days=4))
            self.log.set_default_date(day)
        self.recipients.setText(self.context.planner.alignment.recipients(week))
        self._show_sent(week.update_sent_on)
        for card in (self.touchpoints, self.needed, self.log):
            card.refresh()
        self.rollouts.show_week(week.week_start)

    def _fill_log(self) -> None:
        self.log.refresh()

    def log_decision(self) -> None:
        self.log.submit()

    def _save_recipients(self) -> None:
        week = self.context.week
        if week is not None and self.recipients.text().strip() != week.update_recipients:
            self.context.planner.alignment.save_recipients(week.id, self.recipients.text())
            week.update_recipients = self.recipients.text().strip()

    def toggle_sent(self) -> None:
        """Mark the update as sent today (with its recipients), or as not sent after all."""
        week = self.week
        day = None if week.update_sent_on is not None else self.context.today()
        self.context.planner.alignment.mark_sent(week.id, self.recipients.text(), day)
        self.context.reload()

    def _show_sent(self, sent_on: dt.date | None) -> None:
        if sent_on is None:
            self.sent_label.clear()
            self.sent_label.hide()
            self.sent_button.setText(tr("Mark as sent"))
        else:
            self.sent_label.setText(tr("Sent on {0}").format(human_date(sent_on)))
            self.sent_label.show()
            self.sent_button.setText(tr("Not sent after all"))

    def draft_update(self) -> None:
        self.context.flush_pending_edits()
        if self.update_text.toPlainText().strip() and not self.context.confirm(
            tr("Replace the update?"), tr("Replace what you've written with a fresh draft?")
        ):
            return
        week = self.context.planner.week(self.week.week_start)
        assert week is not None
        me = self.context.planner.user_name()
        draft = draft_stakeholder_update(
            week,
            self.context.people,
            self.context.today(),
            markdown=True,
            signed_by=me,
            changes=change_log_lines(week, self.context.people),
            blockers=self.context.planner.follow_ups.risk_lines(
                week.week_start, self.context.people, me or "Me"
            ),
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
