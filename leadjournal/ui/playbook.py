"""Help → The Playbook: the ten differences between leading and managing as a reference,
and "Use a playbook": scenario templates that write structured records into this week."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Protocol

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QScrollArea,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from leadjournal.i18n import tr
from leadjournal.services.playbook import PlaybookService
from leadjournal.services.playbook_text import DIFFERENCES, SCENARIOS, difference
from leadjournal.services.weekly_loop import Step, week_link
from leadjournal.ui import theme
from leadjournal.ui.forms import kind_chip, title_label


class TemplateHost(Protocol):
    """What "Use a playbook" needs: a way to apply a template to this week (the forms
    live in :mod:`leadjournal.ui.playbook_forms`). Returns the week applied to, or None
    when the person cancelled."""

    def apply(self, scenario: str, parent: QWidget) -> dt.date | None: ...


# The step of the week that shows what each template made.
SHOWN_ON = {"scope": Step.DIRECTION, "morale": Step.DIRECTION, "rollout": Step.ALIGN}


class PlaybookWindow(QDialog):
    """The reference and the templates, side by side on two tabs."""

    def __init__(
        self,
        open_link: Callable[[str], bool],
        templates: TemplateHost | None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("The Playbook"))
        self.resize(820, 600)
        self.open_link = open_link
        self.templates = templates
        layout = QVBoxLayout(self)
        self.tabs = QTabWidget()
        self.tabs.addTab(self._build_reference(), tr("Leading and managing"))
        self.tabs.addTab(self._build_templates(), tr("Use a playbook"))
        layout.addWidget(self.tabs, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.close)
        layout.addWidget(buttons)
        self.show_difference(DIFFERENCES[0].key)

    # --- the ten differences -------------------------------------------------------------

    def _build_reference(self) -> QWidget:
        page = QWidget()
        layout = QHBoxLayout(page)
        self.differences = QListWidget()
        self.differences.setAccessibleName(tr("The ten differences"))
        self.differences.setWordWrap(True)
        self.differences.setMaximumWidth(260)
        for number, entry in enumerate(DIFFERENCES, start=1):
            item = QListWidgetItem(f"{number}. {tr(entry.title)}")
            item.setData(Qt.ItemDataRole.UserRole, entry.key)
            self.differences.addItem(item)
        self.differences.currentItemChanged.connect(lambda *_: self._show_current())
        layout.addWidget(self.differences)

        detail = QWidget()
        column = QVBoxLayout(detail)
        column.setContentsMargins(12, 0, 0, 0)
        intro = QLabel(
            tr(
                "Both halves of the job matter every week. The question is which one the "
                "team needs more of right now."
            )
        )
        intro.setWordWrap(True)
        theme.set_role(intro, "caption")
        column.addWidget(intro)
        self.title = title_label(1.3)
        self.title.setWordWrap(True)
        column.addWidget(self.title)
        grid = QGridLayout()
        grid.setColumnStretch(1, 1)
        self.leading = QLabel()
        self.managing = QLabel()
        for row, (kind, label) in enumerate((("lead", self.leading), ("manage", self.managing))):
            label.setWordWrap(True)
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            grid.addWidget(kind_chip(kind), row, 0, Qt.AlignmentFlag.AlignTop)
            grid.addWidget(label, row, 1)
        column.addLayout(grid)
        column.addWidget(title_label(1.1, tr("Signs to look for")))
        self.signs = QLabel()
        self.signs.setWordWrap(True)
        column.addWidget(self.signs)
        column.addWidget(title_label(1.1, tr("Where LeadJournal helps")))
        self.in_the_app = QLabel()
        self.in_the_app.setWordWrap(True)
        column.addWidget(self.in_the_app)
        column.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setWidget(detail)
        layout.addWidget(scroll, 1)
        return page

    def show_difference(self, key: str) -> None:
        """Show the reference at the difference named ``key``."""
        self.tabs.setCurrentIndex(0)
        wanted = difference(key).key
        for row in range(self.differences.count()):
            item = self.differences.item(row)
            if item.data(Qt.ItemDataRole.UserRole) == wanted:
                self.differences.setCurrentRow(row)
        self._show_current()

    def shown_difference(self) -> str:
        item = self.differences.currentItem()
        return str(item.data(Qt.ItemDataRole.UserRole)) if item is not None else ""

    def _show_current(self) -> None:
        entry = difference(self.shown_difference())
        self.title.setText(tr(entry.title))
        self.leading.setText(tr(entry.leading))
        self.managing.setText(tr(entry.managing))
        self.signs.setText(tr(entry.signs))
        self.in_the_app.setText(tr(entry.in_the_app))

    # --- the templates ----------------------------------------------------------------

    def _build_templates(self) -> QWidget:
        body = QWidget()
        layout = QVBoxLayout(body)
        intro = QLabel(
            tr(
                "Each playbook writes real entries into this week — priorities, parked "
                "items, decisions, checklists — that you can change afterwards like "
                "anything else."
            )
        )
        intro.setWordWrap(True)
        theme.set_role(intro, "caption")
        layout.addWidget(intro)
        self.use_buttons: dict[str, QPushButton] = {}
        for scenario in SCENARIOS:
            card = QGroupBox()
            theme.set_role(card, "card")
            column = QVBoxLayout(card)
            column.addWidget(title_label(1.1, tr(scenario.title)))
            when = QLabel(tr(scenario.when))
            when.setWordWrap(True)
            theme.set_role(when, "caption")
            column.addWidget(when)
            row = QHBoxLayout()
            makes = QLabel(tr(scenario.makes))
            makes.setWordWrap(True)
            row.addWidget(makes, 1)
            if scenario.key == "plan":
                button = QPushButton(tr("Open improvement plans"))
                button.clicked.connect(self._open_plans)
            else:
                button = QPushButton(tr("Use this…"))
                button.clicked.connect(lambda _=False, key=scenario.key: self.use(key))
                button.setEnabled(self.templates is not None)
            theme.set_role(button, "quiet")
            button.setAccessibleName(f"{button.text()} {tr(scenario.title)}")
            row.addWidget(button, 0, Qt.AlignmentFlag.AlignBottom)
            column.addLayout(row)
            layout.addWidget(card)
            self.use_buttons[scenario.key] = button
        self.done_label = QLabel()
        self.done_label.setWordWrap(True)
        theme.set_role(self.done_label, "caption")
        layout.addWidget(self.done_label)
        layout.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setWidget(body)
        return scroll

    def show_templates(self) -> None:
        self.tabs.setCurrentIndex(1)

    def use(self, scenario: str) -> None:
        """Fill in the template's form; once applied, show the week where it landed."""
        if self.templates is None:
            return
        week_start = self.templates.apply(scenario, self)
        if week_start is None:
            return
        self.done_label.setText(tr("Done. The entries are in this week's plan."))
        self.open_link(week_link(week_start, SHOWN_ON[scenario]))

    def _open_plans(self) -> None:
        self.open_link("leadjournal:coaching?section=plans")


def open_playbook(
    parent: QWidget,
    service: PlaybookService | None,
    open_link: Callable[[str], bool],
    flush: Callable[[], None],
    difference_key: str = "",
) -> PlaybookWindow:
    """Show the playbook beside the window (not modal: one can read it while writing),
    at the difference named ``difference_key`` when one is given."""
    from leadjournal.ui.playbook_forms import PlaybookTemplates

    templates = PlaybookTemplates(service, flush) if service is not None else None
    window = PlaybookWindow(open_link, templates, parent)
    window.setObjectName("PlaybookWindow")
    if difference_key:
        window.show_difference(difference_key)
    window.show()
    window.raise_()
    window.activateWindow()
    return window
