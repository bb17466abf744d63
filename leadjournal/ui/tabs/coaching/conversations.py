"""Coaching conversations: one skill, one real situation, one practice step."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtWidgets import QLineEdit, QWidget

from leadjournal.db.models import CoachingConversation
from leadjournal.i18n import QT_TRANSLATE_NOOP, tr
from leadjournal.services.coaching import PRACTICE_OUTCOMES
from leadjournal.ui.forms import human_date, paragraph, set_quietly
from leadjournal.ui.phrasing_hint import PhrasingHint
from leadjournal.ui.tabs.coaching.context import CoachingContext
from leadjournal.ui.tabs.coaching.record_section import RecordSection
from leadjournal.ui.tabs.coaching.widgets import first_line


class CoachingSection(RecordSection):
    kind = "coaching"
    new_text = QT_TRANSLATE_NOOP("", "New coaching conversation")
    list_name = QT_TRANSLATE_NOOP("", "coaching conversation list")
    empty_text = QT_TRANSLATE_NOOP(
        "",
        "No coaching conversations with {name} yet. Pick one skill, describe one real "
        "situation and its impact, and agree one small step to practise.",
    )

    def tags(self) -> list[tuple[str, str]]:
        return [
            ("lead", tr("Coaching on one real situation grows a skill faster than general advice."))
        ]

    def __init__(self, context: CoachingContext) -> None:
        super().__init__(context)
        self.held_on = self.date_field("held_on", tr("Held on"))
        self.skill = self.text_field(
            "skill", tr("Skill in focus"), QLineEdit(), tr("e.g. Running an escalation call")
        )
        self.situation = self.text_field(
            "situation",
            tr("Situation"),
            paragraph(),
            tr("When and where, exactly? One real moment."),
        )
        self.impact = self.text_field(
            "impact", tr("Impact"), paragraph(), tr("What did it cause, for whom?")
        )
        self.great = self.text_field(
            "great_looks_like",
            tr("What great looks like"),
            paragraph(),
            tr("Describe it so they could picture doing it"),
        )
        self.words = PhrasingHint("hard_conversation")  # sample words for the talk
        self.form.addRow("", self.words)
        self.next_step = self.text_field(
            "next_step",
            tr("Next practice step"),
            paragraph(56),
            tr("One small step to try before you next meet"),
        )
        self.follow_up = self.date_field("follow_up_on", tr("Follow up on"), optional=True)
        self.outcome = self.choice_field(
            "practice_outcome", tr("Did the practice happen?"), PRACTICE_OUTCOMES
        )
        self.outcome_note = self.text_field(
            "practice_note", tr("What happened"), QLineEdit(), tr("Asked at the next one-on-one")
        )
        self.editor_layout.addStretch(1)

    def fetch(self, person_id: int) -> Sequence[CoachingConversation]:
        return self.context.log.coaching(person_id)

    def label(self, record: CoachingConversation) -> str:
        return f"{human_date(record.held_on)}\n{first_line(record.skill) or tr('Coaching')}"

    def first_editor(self) -> QWidget:
        return self.skill

    def fill(self, record: CoachingConversation) -> None:
        self.held_on.set_value(record.held_on)
        for editor, field in (
            (self.skill, "skill"),
            (self.situation, "situation"),
            (self.impact, "impact"),
            (self.great, "great_looks_like"),
            (self.next_step, "next_step"),
            (self.outcome_note, "practice_note"),
        ):
            set_quietly(editor, getattr(record, field))
        self.follow_up.set_value(record.follow_up_on)
        self.show_choice(self.outcome, record.practice_outcome)
