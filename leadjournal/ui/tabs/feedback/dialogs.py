"""The Start/Stop/Continue dialogs: asking for feedback, and recording an answer."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from leadjournal.db.models import FeedbackRequest
from leadjournal.i18n import tr
from leadjournal.services.feedback import (
    CHANNELS,
    DEFAULT_QUESTION,
    AnswerDetails,
    RequestDetails,
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
        self._today = today
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

    def details(self) -> RequestDetails:
        return {
            "asked_on": self.asked_on.value() or self._today,  # never empty: not optional
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

    def details(self) -> AnswerDetails:
        source, person_id = self.source.currentData()
        return {
            "received_on": self.received_on.value(),
            "source": source,
            "person_id": person_id,
            "request_id": self.request.currentData(),
        }
