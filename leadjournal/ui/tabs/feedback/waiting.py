"""The requests still waiting for answers, above both views of the tab."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
)

from leadjournal.i18n import tr, tr_n
from leadjournal.services.feedback import CHANNELS, answers_to, request_audience
from leadjournal.ui.forms import human_date
from leadjournal.ui.tabs.feedback.context import FeedbackContext


class WaitingPanel(QGroupBox):
    """Ask for feedback, and keep the requests in sight until no more answers are expected."""

    def __init__(self, context: FeedbackContext) -> None:
        super().__init__(tr("Waiting for answers"))
        self.setProperty("role", "card")
        self.context = context
        # The requests above their buttons: side by side, four buttons left the list too
        # narrow to read at 1024 px (and in German).
        layout = QVBoxLayout(self)
        self.waiting = QListWidget()
        self.waiting.setAccessibleName(tr("Requests waiting for answers"))
        self.waiting.setMaximumHeight(64)
        # A long request wraps in the list instead of scrolling sideways.
        self.waiting.setWordWrap(True)
        self.waiting.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
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
        self.ask_button = QPushButton(tr("Ask for feedback…"))
        self.ask_button.setProperty("role", "primary")
        self.ask_button.clicked.connect(self.ask_for_feedback)
        self.answer_button = QPushButton(tr("Add an answer"))
        self.answer_button.setProperty("role", "quiet")
        self.answer_button.clicked.connect(
            lambda: self.context.add_response(self.waiting_request())
        )
        self.edit_request_button = QPushButton(tr("Edit…"))
        self.edit_request_button.setProperty("role", "quiet")
        self.edit_request_button.clicked.connect(self.edit_request)
        self.close_request_button = QPushButton(tr("No more answers expected"))
        self.close_request_button.setProperty("role", "quiet")
        self.close_request_button.clicked.connect(self.close_request)
        row = QHBoxLayout()
        for button in (
            self.ask_button,
            self.answer_button,
            self.edit_request_button,
            self.close_request_button,
        ):
            row.addWidget(button)
        row.addStretch(1)
        layout.addLayout(row)
        self.waiting.currentRowChanged.connect(lambda *_: self._update_buttons())

    def waiting_request(self) -> int | None:
        """The id of the chosen waiting request, if any."""
        item = self.waiting.currentItem()
        request_id: int | None = item.data(Qt.ItemDataRole.UserRole) if item else None
        return request_id

    def _update_buttons(self) -> None:
        chosen = self.waiting_request() is not None
        for button in (self.edit_request_button, self.close_request_button):
            button.setEnabled(chosen)

    def fill(self) -> None:
        keep = self.waiting_request()
        self.waiting.clear()
        channels = dict(CHANNELS)
        for request in (r for r in self.context.requests if not r.closed):
            answers = answers_to(request, self.context.responses)
            channel = tr(channels[request.channel])
            text = tr_n(
                "Asked {0} · {1} · {2} — %n answers so far",
                answers,
                "Asked {0} · {1} · {2} — %n answer so far",
            ).format(
                human_date(request.asked_on),
                channel,
                request_audience(request, self.context.people),
            )
            item = QListWidgetItem(text)
            item.setToolTip(request.question)
            item.setData(Qt.ItemDataRole.UserRole, request.id)
            self.waiting.addItem(item)
            if request.id == keep or self.waiting.count() == 1:
                self.waiting.setCurrentItem(item)
        self.waiting_stack.setCurrentIndex(1 if self.waiting.count() else 0)
        self._update_buttons()

    def ask_for_feedback(self) -> int | None:
        details = self.context.ask_request_details(None)
        if not details:
            return None
        request_id = self.context.service.ask(details)
        self.context.refresh()
        return request_id

    def edit_request(self) -> None:
        request_id = self.waiting_request()
        request = next((r for r in self.context.requests if r.id == request_id), None)
        if request is None:
            return
        details = self.context.ask_request_details(request)
        if details:
            self.context.service.edit_request(request.id, details)
            self.context.refresh()

    def close_request(self) -> None:
        request_id = self.waiting_request()
        if request_id is not None:
            self.context.service.close_request(request_id)
            self.context.refresh()
