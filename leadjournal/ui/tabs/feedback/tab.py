"""The Start/Stop/Continue tab: feedback asked for, answers, themes, and one theme acted on."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtWidgets import (
    QDialog,
    QInputDialog,
    QMessageBox,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from leadjournal import clock
from leadjournal.db.models import FeedbackAction, FeedbackRequest, FeedbackResponse
from leadjournal.db.repositories import Repositories
from leadjournal.i18n import tr
from leadjournal.services.feedback import AnswerDetails, FeedbackService, RequestDetails
from leadjournal.ui.empty_state import EmptyState
from leadjournal.ui.saving import Autosaver
from leadjournal.ui.tabs.feedback.answers import AnswersPanel
from leadjournal.ui.tabs.feedback.dialogs import AnswerDialog, RequestDialog
from leadjournal.ui.tabs.feedback.themes import ThemesPanel
from leadjournal.ui.tabs.feedback.waiting import WaitingPanel


class FeedbackTab(QWidget):
    """Feedback the user asked for about themselves, grouped by theme, acted on one at a time.

    Three panels share what the tab last read (see :class:`FeedbackContext`): the requests
    waiting for answers on top, and the Themes and Answers views below.
    """

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
        self.service = FeedbackService(repositories)
        self.today = today
        self.autosave = Autosaver(self)
        self._themes_stale = False  # an item was written since the Themes view was filled
        self.autosave.saved.connect(self._reread_themes)
        self.people: dict[int, str] = {}
        self.responses: list[FeedbackResponse] = []
        self.requests: list[FeedbackRequest] = []
        self.action: FeedbackAction | None = None
        # Dialog hooks: tests replace these at the edge instead of clicking modal boxes.
        self.confirm: Callable[[str, str], bool] = self._confirm_with_dialog
        self.inform: Callable[[str, str], None] = self._inform_with_dialog
        self.ask_request_details: Callable[[FeedbackRequest | None], RequestDetails | None] = (
            self._ask_request_details
        )
        self.ask_what_changed: Callable[[str], tuple[str, bool] | None] = self._ask_what_changed
        self.ask_answer_details: Callable[[int | None], AnswerDetails | None] = (
            self._ask_answer_details
        )

        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 10, 12, 6)
        self.waiting = WaitingPanel(self)
        layout.addWidget(self.waiting)
        self.themes = ThemesPanel(self)
        self.answers = AnswersPanel(self)
        self.pages = QTabWidget()
        self.pages.setAccessibleName(tr("Feedback views"))
        self.pages.addTab(self.themes, tr("Themes"))
        self.pages.addTab(self.answers, tr("Answers"))
        self.pages.currentChanged.connect(lambda *_: self.flush_pending_edits())
        layout.addWidget(self.pages, 1)
        # Before the first request or answer the panels would all be empty: say what goes here.
        self.empty_state = EmptyState(
            "empty.feedback",
            tr(
                "Here you collect what your team thinks you should start, stop and continue "
                "doing, gathered into themes you can act on one at a time."
            ),
            tr("Ask for feedback…"),
            self.waiting.ask_for_feedback,
        )
        layout.addWidget(self.empty_state, 1)
        self.refresh()

    # --- what the panels ask of the tab ---------------------------------------------------------

    def add_response(self, request_id: int | None) -> int | None:
        return self.answers.add_response(request_id)

    def show_answers(self) -> None:
        self.pages.setCurrentWidget(self.answers)

    def answers_changed(self, *, written_later: bool = False) -> None:
        if written_later:
            self._themes_stale = True  # re-read once the autosaver says it wrote
        else:
            self.themes.fill()

    # --- loading and saving --------------------------------------------------------------------

    def refresh(self, select_response: int | None = None) -> None:
        """Re-read everything (cheap: feedback is tens of answers, not thousands)."""
        self.flush_pending_edits()
        self.people = self.service.people_names()
        self.requests = self.service.requests()
        self.responses = self.service.responses()
        self.action = self.service.open_action()
        self.waiting.fill()
        self.themes.fill()
        self.answers.fill(select_response)
        nothing_yet = not self.requests and not self.responses
        self.empty_state.show_when(nothing_yet)
        self.waiting.setVisible(not nothing_yet)
        self.pages.setVisible(not nothing_yet)

    def flush_pending_edits(self) -> None:
        self.autosave.flush()  # written items re-read into the themes by _reread_themes

    def _reread_themes(self) -> None:
        """After an item's words, themes or type are written, the Themes view shows them
        at once: re-read the answers quietly, without touching the row being edited."""
        if not self._themes_stale:
            return
        self._themes_stale = False
        self.responses = self.service.responses()
        self.answers.follow_reread()
        self.themes.fill()

    # --- dialogs -------------------------------------------------------------------------------

    def _confirm_with_dialog(self, title: str, text: str) -> bool:
        # The question is in the body (``text``): not every desktop shows the title. The
        # one confirmation here deletes, so Enter says No.
        buttons = QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No
        answer = QMessageBox.question(self, title, text, buttons, QMessageBox.StandardButton.No)
        return answer == QMessageBox.StandardButton.Yes

    def _inform_with_dialog(self, title: str, text: str) -> None:
        QMessageBox.information(self, title, text)

    def _ask_request_details(self, request: FeedbackRequest | None) -> RequestDetails | None:
        dialog = RequestDialog(self.service.people_to_ask(), self.today(), request, self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            return dialog.details()
        return None

    def _ask_answer_details(self, request_id: int | None) -> AnswerDetails | None:
        waiting = [r for r in self.requests if not r.closed or r.id == request_id]
        dialog = AnswerDialog(self.service.people_to_ask(), waiting, self.today(), request_id, self)
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
