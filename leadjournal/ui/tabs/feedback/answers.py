"""The Answers view: every answer, who it is from, and its start/stop/continue items."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QStackedWidget,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from leadjournal.db.models import FeedbackResponse
from leadjournal.i18n import tr, tr_n
from leadjournal.services.feedback import ITEM_STATUSES, KINDS, SOURCES, source_label
from leadjournal.ui.forms import DateEdit, combo_quietly, hint_label, human_date
from leadjournal.ui.tabs.feedback.context import FeedbackContext


class AnswersPanel(QWidget):
    """The answers on the left; the chosen one's source, date and items on the right."""

    def __init__(self, context: FeedbackContext) -> None:
        super().__init__()
        self.context = context
        self.response: FeedbackResponse | None = None
        layout = QHBoxLayout(self)
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
        new_button.setProperty("role", "quiet")
        new_button.clicked.connect(lambda: self.context.add_response(None))
        self.delete_response_button = QPushButton(tr("Delete"))
        self.delete_response_button.setProperty("role", "quiet")
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
        self.response_stack.addWidget(self._build_editor())
        layout.addWidget(self.response_stack, 1)

    def _build_editor(self) -> QWidget:
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
            button.setProperty("role", "quiet")
            button.setToolTip(tr("Add a “{0}” item").format(tr(label)))
            button.clicked.connect(lambda _=False, k=kind: self.add_item(k))
            item_buttons.addWidget(button)
        remove = QPushButton(tr("Remove item"))
        remove.setProperty("role", "quiet")
        remove.clicked.connect(self.remove_item)
        item_buttons.addStretch(1)
        item_buttons.addWidget(remove)
        editor_layout.addLayout(item_buttons)
        return editor

    # --- showing -------------------------------------------------------------------------------

    def _response_label(self, response: FeedbackResponse) -> str:
        count = len(response.items)
        return tr_n("{0} · {1}\n%n items", count, "{0} · {1}\n%n item").format(
            human_date(response.received_on), source_label(response, self.context.people)
        )

    def fill(self, select_id: int | None = None) -> None:
        keep = select_id if select_id is not None else (self.response.id if self.response else None)
        self.response_list.blockSignals(True)
        self.response_list.clear()
        chosen: QListWidgetItem | None = None
        for response in self.context.responses:
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

    def follow_reread(self) -> None:
        """The answers were re-read quietly: keep showing the same one, now up to date."""
        if self.response is not None:
            self.response = next(
                (r for r in self.context.responses if r.id == self.response.id), None
            )

    def _on_response_chosen(self, item: QListWidgetItem | None, _old: QListWidgetItem) -> None:
        self.context.flush_pending_edits()
        self._show_response(item.data(Qt.ItemDataRole.UserRole) if item else None)

    def _show_response(self, response_id: int | None) -> None:
        self.response = next((r for r in self.context.responses if r.id == response_id), None)
        self.delete_response_button.setEnabled(self.response is not None)
        if self.response is None:
            self.response_stack.setCurrentIndex(0)
            return
        response = self.response
        self.received_on.set_value(response.received_on)
        combo_quietly(self.source, self.source.findData(response.source))
        self.person.clear()
        for person_id, name in sorted(self.context.people.items(), key=lambda p: p[1]):
            self.person.addItem(name, person_id)
        self._sync_person_combo()
        self.request.clear()
        self.request.addItem(tr("No request"), None)
        for request in self.context.requests:
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
                lambda _=0, c=kind, i=item.id: self._save_item_kind(i, c.currentData())
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

    # --- editing -----------------------------------------------------------------------------

    def _save_response(self) -> None:
        response = self.response
        if response is None:
            return
        people = self.context.people
        source = self.source.currentData()
        person_id = self.person.currentData() if source == "person" else None
        if source == "person" and person_id is None and people:
            person_id = sorted(people.items(), key=lambda p: p[1])[0][0]
        if source == "person" and person_id is None:
            self.context.inform(
                tr("No people yet"), tr("Add the people you look after in the Coaching Log first.")
            )
            combo_quietly(self.source, self.source.findData(response.source))
            return
        response.source, response.person_id = source, person_id
        response.received_on = self.received_on.value() or response.received_on
        response.request_id = self.request.currentData()
        self.context.service.update_answer(
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
        self.context.answers_changed()  # who said it and when, as the Themes view shows it

    def add_response(self, request_id: int | None) -> int | None:
        """Record an answer (to a waiting request when one is chosen) once the person
        has said who it is from; then its items are written here."""
        self.context.flush_pending_edits()
        details = self.context.ask_answer_details(request_id)
        if not details:
            return None
        response_id = self.context.service.add_answer(details, self.context.today())
        self.context.refresh(select_response=response_id)
        self.context.show_answers()
        return response_id

    def delete_response(self) -> None:
        response = self.response
        if response is None:
            return
        if not self.context.confirm(
            tr("Delete this answer?"),
            tr_n(
                "Delete this answer and its %n items? This can't be undone.",
                len(response.items),
                "Delete this answer and its %n item? This can't be undone.",
            ),
        ):
            return
        self.context.autosave.flush()
        self.context.service.delete_answer(response.id)
        self.response = None
        self.context.refresh()

    def add_item(self, kind: str) -> int | None:
        if self.response is None:
            return None
        self.context.flush_pending_edits()
        item_id = self.context.service.add_item(self.response.id, kind)
        self.context.refresh(select_response=self.response.id)
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
        self.context.flush_pending_edits()
        self.context.service.delete_item(cell.data(Qt.ItemDataRole.UserRole))
        self.context.refresh(select_response=self.response.id)

    def _on_item_edited(self, cell: QTableWidgetItem) -> None:
        item_id: int | None = cell.data(Qt.ItemDataRole.UserRole)
        if item_id is None:
            return
        text, service = cell.text(), self.context.service
        if cell.column() == 1:
            self._save_item(f"{item_id}:text", lambda: service.update_item(item_id, text=text))
        elif cell.column() == 2:
            self._save_item(f"{item_id}:themes", lambda: service.update_item(item_id, themes=text))

    def _save_item_kind(self, item_id: int, kind: str) -> None:
        service = self.context.service
        self._save_item(f"{item_id}:kind", lambda: service.update_item(item_id, kind=kind))

    def _save_item(self, key: str, write: Callable[[], None]) -> None:
        def written() -> None:
            write()
            self.context.answers_changed(written_later=True)

        # A cell is saved once, when its edit is committed (not per keystroke), so it is
        # written at once and the Themes view follows; a refused write is retried.
        self.context.autosave.schedule(f"feedback_item:{key}", written)
        self.context.autosave.flush()
