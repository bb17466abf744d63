"""The Coaching Log tab: the people you look after and what you know and owe each of them."""

from __future__ import annotations

import datetime as dt
import html
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMenu,
    QMessageBox,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from leadjournal import clock
from leadjournal.db.models import Person
from leadjournal.db.repositories import Repositories
from leadjournal.db.repositories.coaching_fields import PersonFields
from leadjournal.errors import JournalError
from leadjournal.i18n import tr
from leadjournal.services.coaching import CoachingLog, TimelineEntry, agenda_markdown
from leadjournal.services.documents import write_markdown, write_pdf
from leadjournal.ui import theme
from leadjournal.ui.empty_state import EmptyState
from leadjournal.ui.forms import human_date, title_label
from leadjournal.ui.saving import Autosaver
from leadjournal.ui.tabs.coaching.conversations import CoachingSection
from leadjournal.ui.tabs.coaching.one_on_ones import OneOnOneSection
from leadjournal.ui.tabs.coaching.person_dialog import PersonDialog
from leadjournal.ui.tabs.coaching.plans import PlanSection
from leadjournal.ui.tabs.coaching.record_section import RecordSection
from leadjournal.ui.tabs.coaching.small_sections import DelegationSection, RecognitionSection
from leadjournal.ui.tabs.coaching.timeline import TimelineSection


class CoachingLogTab(QWidget):
    """People on the left; the chosen person's history and records on the right.

    The sections of a person's page see this tab as a ``CoachingContext``.
    """

    def __init__(
        self,
        repositories: Repositories,
        parent: QWidget | None = None,
        today: Callable[[], dt.date] = clock.today,
    ) -> None:
        super().__init__(parent)
        self.log = CoachingLog(repositories)
        self.today = today
        self.autosave = Autosaver(self)
        self.person: Person | None = None
        self._stale: set[int] = set()
        # Dialog hooks: tests replace these at the edge instead of clicking modal boxes.
        self.confirm: Callable[[str, str], bool] = self._confirm_with_dialog
        self.inform: Callable[[str, str], None] = self._inform_with_dialog
        self.ask_person_details: Callable[[Person | None], PersonFields | None] = (
            self._ask_person_details
        )
        self.choose_save_path: Callable[[str, str, str], Path | None] = self._choose_save_path

        layout = QVBoxLayout(self)
        space = theme.SPACE  # a tab's edge: the same on every tab
        layout.setContentsMargins(space["m"], space["m"], space["m"], space["s"])
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.setChildrenCollapsible(False)
        splitter.addWidget(self._build_people_panel())
        self.body = QStackedWidget()
        self.body.addWidget(self._build_no_people_page())
        self.body.addWidget(self._build_person_page())
        splitter.addWidget(self.body)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([220, 1000])
        layout.addWidget(splitter, 1)

        app = QApplication.instance()
        if isinstance(app, QApplication):
            app.focusChanged.connect(self._on_focus_changed)
        new_person = QShortcut(QKeySequence("Ctrl+Shift+N"), self)
        new_person.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        new_person.activated.connect(self.add_person)
        self.refresh()

    # --- building ------------------------------------------------------------------------

    def _build_people_panel(self) -> QWidget:
        panel = QWidget()
        layout = QVBoxLayout(panel)
        layout.setContentsMargins(0, 0, 6, 0)
        title = QLabel(tr("People"))
        font = title.font()
        font.setBold(True)
        title.setFont(font)
        layout.addWidget(title)
        self.people_list = QListWidget()
        self.people_list.setAccessibleName(tr("People you look after"))
        self.people_list.setSpacing(2)
        self.people_list.currentItemChanged.connect(self._on_person_chosen)
        layout.addWidget(self.people_list, 1)
        self.show_archived = QCheckBox(tr("Show archived people"))
        self.show_archived.toggled.connect(lambda *_: self.refresh())
        layout.addWidget(self.show_archived)
        self.add_button = QPushButton(tr("Add a person…"))
        self.add_button.setProperty("role", "quiet")
        self.add_button.setToolTip(tr("Add someone you look after (Ctrl+Shift+N)"))
        self.add_button.clicked.connect(self.add_person)
        layout.addWidget(self.add_button)
        panel.setMinimumWidth(190)
        return panel

    def _build_no_people_page(self) -> QWidget:
        self.no_people = EmptyState(
            "empty.coaching_log",
            tr(
                "Add the people you look after: each one gets a page for one-on-ones, "
                "coaching, recognition and the work you hand over to them."
            ),
            tr("Add the first person"),
            self.add_person,
        )
        self.first_person_button = self.no_people.button
        return self.no_people

    def _build_person_page(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.setContentsMargins(8, 0, 0, 0)
        header = QHBoxLayout()
        names = QVBoxLayout()
        self.name_label = title_label(1.35)
        self.role_label = QLabel()
        self.role_label.setWordWrap(True)
        names.addWidget(self.name_label)
        names.addWidget(self.role_label)
        header.addLayout(names, 1)
        self.prepare_button = QPushButton(tr("&Prepare one-on-one…"))
        self.prepare_button.setProperty("role", "primary")
        self.prepare_button.setToolTip(
            tr(
                "Build an agenda from open actions, practice steps, plan check-ins, blockers, "
                "recognition and their feedback — no network needed."
            )
        )
        self.prepare_button.clicked.connect(lambda: self.prepare_one_on_one())
        self.edit_button = QPushButton(tr("Edit…"))
        self.edit_button.setProperty("role", "quiet")
        self.edit_button.clicked.connect(self.edit_person)
        self.archive_button = QPushButton(tr("Archive"))
        self.archive_button.setProperty("role", "quiet")
        self.archive_button.clicked.connect(self.toggle_archived)
        self.delete_button = QPushButton(tr("Delete…"))
        self.delete_button.setProperty("role", "quiet")
        self.delete_button.setToolTip(tr("Someone left the team: remove them and their notes"))
        self.delete_button.clicked.connect(self.delete_person)
        for button in (
            self.prepare_button,
            self.edit_button,
            self.archive_button,
            self.delete_button,
        ):
            header.addWidget(button, 0, Qt.AlignmentFlag.AlignTop)
        layout.addLayout(header)
        self.notes_label = QLabel()
        self.notes_label.setWordWrap(True)
        self.notes_label.setProperty("role", "caption")
        layout.addWidget(self.notes_label)
        self.overdue_label = QLabel()
        self.overdue_label.setWordWrap(True)
        theme.set_tone(self.overdue_label, "danger")
        layout.addWidget(self.overdue_label)

        self.sections = QTabWidget()
        self.sections.setAccessibleName(tr("Sections of the person's page"))
        self.timeline = TimelineSection(self, self.open_entry)
        self.one_on_ones = OneOnOneSection(self)
        self.coaching = CoachingSection(self)
        self.plans = PlanSection(self)
        self.recognition = RecognitionSection(self)
        self.delegations = DelegationSection(self)
        self.section_pages: list[QWidget] = [
            self.timeline,
            self.one_on_ones,
            self.coaching,
            self.plans,
            self.recognition,
            self.delegations,
        ]
        for page_widget, title in zip(
            self.section_pages,
            (
                tr("Timeline"),
                tr("One-on-ones"),
                tr("Coaching"),
                tr("Improvement plans"),
                tr("Recognition"),
                tr("Delegations"),
            ),
            strict=True,
        ):
            self.sections.addTab(page_widget, title)
        self.sections.currentChanged.connect(self._on_section_changed)
        layout.addWidget(self.sections, 1)
        return page

    # --- people ----------------------------------------------------------------------------

    def refresh(self) -> None:
        """Re-read people and the shown person (after edits elsewhere in the journal)."""
        self.flush_pending_edits()
        keep = self.person.id if self.person else None
        people = self.log.people(include_archived=self.show_archived.isChecked())
        self.people_list.blockSignals(True)
        self.people_list.clear()
        chosen: QListWidgetItem | None = None
        for person in people:
            text = person.name + (tr("  (archived)") if person.archived else "")
            if person.role:
                text += "\n" + person.role
            item = QListWidgetItem(text)
            item.setData(Qt.ItemDataRole.UserRole, person.id)
            if person.archived:
                item.setForeground(self.palette().placeholderText())
            self.people_list.addItem(item)
            if person.id == keep:
                chosen = item
        self.people_list.blockSignals(False)
        if chosen is None and self.people_list.count():
            chosen = self.people_list.item(0)
        if chosen is None:
            self.person = None
            self.body.setCurrentIndex(0)
            return
        self.people_list.setCurrentItem(chosen)
        self.show_person(chosen.data(Qt.ItemDataRole.UserRole))

    def _on_person_chosen(self, item: QListWidgetItem | None, _old: QListWidgetItem | None) -> None:
        if item is not None:
            self.show_person(item.data(Qt.ItemDataRole.UserRole))

    def select_person(self, person_id: int) -> None:
        for row in range(self.people_list.count()):
            item = self.people_list.item(row)
            if item.data(Qt.ItemDataRole.UserRole) == person_id:
                self.people_list.setCurrentItem(item)
                return

    def show_person(self, person_id: int) -> None:
        """Open a person's page; only the visible section is read now, the rest on demand."""
        self.flush_pending_edits()
        person = self.log.person(person_id)
        if person is None:
            self.refresh()
            return
        self.person = person
        self.body.setCurrentIndex(1)
        self._fill_header()
        for section in self.section_pages:
            if isinstance(section, RecordSection):
                section.current = None  # a new person starts at their newest record
        self._stale = set(range(len(self.section_pages)))
        self._load_section(self.sections.currentIndex())

    def _fill_header(self) -> None:
        person = self.person
        assert person is not None
        self.name_label.setText(person.name + (tr(" (archived)") if person.archived else ""))
        parts = [person.role] if person.role else []
        if person.started_on:
            parts.append(tr("on the team since {0}").format(human_date(person.started_on)))
        self.role_label.setText(" · ".join(parts))
        self.notes_label.setText(person.notes)
        self.notes_label.setVisible(bool(person.notes))
        overdue = self.log.overdue_for(person.id, self.today())
        self.overdue_label.setText("\n".join(overdue))
        self.overdue_label.setVisible(bool(overdue))
        self.archive_button.setText(tr("Restore") if person.archived else tr("Archive"))
        self.archive_button.setToolTip(
            tr("Bring them back into pickers and lists")
            if person.archived
            else tr("Hide them from pickers; their history stays")
        )
        self.prepare_button.setEnabled(not person.archived)

    def _on_section_changed(self, index: int) -> None:
        self.flush_pending_edits()
        self._load_section(index)

    def _load_section(self, index: int) -> None:
        if self.person is None or index not in self._stale:
            return
        self._stale.discard(index)
        section = self.section_pages[index]
        if isinstance(section, TimelineSection | RecordSection):
            section.load(self.person)

    def show_section(self, section: QWidget) -> None:
        self.sections.setCurrentWidget(section)
        self._load_section(self.sections.currentIndex())

    def record_changed(self) -> None:
        """Something was added or closed: other sections and the header may be out of date."""
        if self.person is None:
            return
        self._fill_header()
        current = self.sections.currentIndex()
        self._stale = set(range(len(self.section_pages))) - {current}

    def add_person(self) -> None:
        details = self.ask_person_details(None)
        if not details:
            return
        self.person = self.log.add_person(details)
        self.refresh()

    def edit_person(self) -> None:
        if self.person is None:
            return
        details = self.ask_person_details(self.person)
        if details:
            self.log.update_person(self.person.id, details)
            self.refresh()

    def toggle_archived(self) -> None:
        if self.person is None:
            return
        archive = not self.person.archived
        self.log.set_archived(self.person.id, archive)
        if archive and not self.show_archived.isChecked():
            self.person = None  # they leave the list; show the next person
        self.refresh()

    def delete_person(self) -> None:
        person = self.person
        if person is None:
            return
        self.flush_pending_edits()
        removed, changed = self.log.removal_consequences(person.id)
        text = tr("Delete {0} from your journal? This cannot be undone.").format(person.name)
        if removed:
            text += "\n\n" + tr("This removes:") + "\n" + "\n".join(f"• {r}" for r in removed)
        if changed:
            text += "\n\n" + tr("This changes:") + "\n" + "\n".join(f"• {c}" for c in changed)
        text += "\n\n" + tr("Nothing else in the journal changes.")
        if not self.confirm(tr("Delete {0}?").format(person.name), text):
            return
        self.log.delete_person(person.id)
        self.person = None
        self.refresh()

    # --- timeline -----------------------------------------------------------------------------

    def open_entry(self, entry: TimelineEntry) -> None:
        """Open a timeline entry in its own section."""
        sections: dict[str, RecordSection] = {
            "one_on_one": self.one_on_ones,
            "coaching": self.coaching,
            "plan": self.plans,
            "plan_checkin": self.plans,
            "recognition": self.recognition,
            "delegation": self.delegations,
        }
        section = sections.get(entry.kind)
        if section is None or self.person is None:
            self.inform(entry.title, entry.detail)
            return
        self._show_record(section, entry.record_id)

    def _show_record(self, section: RecordSection, record_id: int) -> None:
        assert self.person is not None
        self._stale.discard(self.section_pages.index(section))
        section.load(self.person, select_id=record_id)
        self.sections.setCurrentWidget(section)

    # --- one-on-ones: times, preparation, export ------------------------------------------------

    def next_meeting_time(self) -> dt.datetime:
        """A new one-on-one defaults to the next working day at the person's usual time."""
        return self.log.next_meeting_time(self.person.id if self.person else None, self.today())

    def default_prep_day(self) -> dt.date:
        """The next scheduled one-on-one with the person, else the next working day."""
        if self.person is None:
            return self.next_meeting_time().date()
        return self.log.default_prep_day(self.person.id, self.today())

    def prepare_one_on_one(self, meeting_on: dt.date | None = None) -> None:
        if self.person is None:
            return
        from leadjournal.ui.tabs.coaching.prep import PrepareOneOnOneDialog

        self.flush_pending_edits()
        dialog = PrepareOneOnOneDialog(
            self, self.person, meeting_on or self.default_prep_day(), parent=self
        )
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.use_agenda(
                dialog.meeting_day(),
                [(a.text, a.source) for a in dialog.agenda()],
                at=dialog.meeting_time(),
            )

    def use_agenda(
        self, meeting_on: dt.date, lines: list[tuple[str, str]], at: dt.time | None = None
    ) -> int:
        """Make ``lines`` the agenda of the person's one-on-one that day (created if needed,
        at ``at`` or the person's usual time) and show it."""
        assert self.person is not None
        meeting_id = self.log.use_agenda(self.person.id, meeting_on, lines, at)
        self.record_changed()
        self._show_record(self.one_on_ones, meeting_id)
        return meeting_id

    def export_agenda(self, person_name: str, when: dt.datetime, lines: list[str]) -> None:
        """Offer Markdown, PDF or printing for an agenda."""
        menu = QMenu(self)
        markdown = menu.addAction(tr("Save as Markdown…"))
        pdf = menu.addAction(tr("Save as PDF…"))
        printed = menu.addAction(tr("Print…"))
        chosen = menu.exec(self.cursor().pos())
        if chosen is markdown:
            self.save_agenda(person_name, when, lines, "markdown")
        elif chosen is pdf:
            self.save_agenda(person_name, when, lines, "pdf")
        elif chosen is printed:
            self.print_agenda(person_name, when, lines)

    def save_agenda(
        self, person_name: str, when: dt.datetime, lines: list[str], kind: str
    ) -> Path | None:
        document = agenda_markdown(person_name, when, lines)
        suffix, filter_text = (
            (".md", tr("Markdown (*.md)")) if kind == "markdown" else (".pdf", tr("PDF (*.pdf)"))
        )
        slug = "-".join(person_name.lower().split())
        path = self.choose_save_path(
            tr("Save the agenda"), f"one-on-one-{slug}-{when:%Y-%m-%d}{suffix}", filter_text
        )
        if path is None:
            return None
        try:
            if kind == "markdown":
                write_markdown(path, document, replace=True)  # the save dialog asked
            else:
                write_pdf(
                    path, document, tr("One-on-one with {0}").format(person_name), replace=True
                )
        except JournalError as error:
            self.inform(tr("Not saved"), str(error))
            return None
        return path

    def print_agenda(self, person_name: str, when: dt.datetime, lines: list[str]) -> None:
        from PySide6.QtGui import QTextDocument
        from PySide6.QtPrintSupport import QPrintDialog, QPrinter

        printer = QPrinter()
        dialog = QPrintDialog(printer, self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            document = QTextDocument()
            document.setMarkdown(agenda_markdown(person_name, when, lines))
            document.print_(printer)

    # --- saving ---------------------------------------------------------------------------------

    def flush_pending_edits(self) -> None:
        self.autosave.flush()

    def _on_focus_changed(self, old: QWidget | None, _new: QWidget | None) -> None:
        if old is not None and self.isAncestorOf(old):
            self.autosave.flush()

    # --- dialogs ----------------------------------------------------------------------------------

    def _confirm_with_dialog(self, title: str, text: str) -> bool:
        box = QMessageBox(QMessageBox.Icon.Warning, title, text, parent=self)
        box.setTextFormat(Qt.TextFormat.PlainText)
        yes = box.addButton(title.rstrip("?"), QMessageBox.ButtonRole.DestructiveRole)
        box.addButton(QMessageBox.StandardButton.Cancel)
        box.exec()
        return box.clickedButton() is yes

    def _inform_with_dialog(self, title: str, text: str) -> None:
        QMessageBox.information(self, title, html.escape(text))

    def _ask_person_details(self, person: Person | None) -> PersonFields | None:
        dialog = PersonDialog(person, self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            return dialog.details()
        return None

    def _choose_save_path(self, caption: str, suggested: str, filter_text: str) -> Path | None:
        start = Path.home() / suggested
        name, _selected = QFileDialog.getSaveFileName(self, caption, str(start), filter_text)
        return Path(name) if name else None
