"""The small sections of a person's page: recognition and delegations."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtWidgets import QLabel, QWidget

from leadjournal.db.enums import DelegationRisk, DelegationStatus
from leadjournal.db.models import Delegation, Recognition
from leadjournal.i18n import QT_TRANSLATE_NOOP, tr
from leadjournal.services.coaching import DECISION_RIGHTS, DELEGATION_RISKS, DELEGATION_STATUSES
from leadjournal.ui.forms import ImpactHint, human_date, paragraph, set_quietly, text_of
from leadjournal.ui.phrasing_hint import PhrasingHint
from leadjournal.ui.tabs.coaching.context import CoachingContext
from leadjournal.ui.tabs.coaching.record_section import RecordSection
from leadjournal.ui.tabs.coaching.widgets import first_line


class RecognitionSection(RecordSection):
    kind = "recognition"
    new_text = QT_TRANSLATE_NOOP("", "New recognition")
    list_name = QT_TRANSLATE_NOOP("", "recognition list")
    empty_text = QT_TRANSLATE_NOOP(
        "",
        "Nothing recognised for {name} yet. Name one thing they did and what it made "
        "possible; specific praise tells people what to repeat.",
    )

    def tags(self) -> list[tuple[str, str]]:
        return [("lead", tr("Naming what someone did and its effect tells them what to repeat."))]

    def __init__(self, context: CoachingContext) -> None:
        super().__init__(context)
        self.given_on = self.date_field("given_on", tr("Date"))
        self.what = self.text_field(
            "what_they_did", tr("What they did"), paragraph(56), tr("What exactly did they do?")
        )
        self.impact = self.text_field(
            "impact", tr("Its impact"), paragraph(56), tr("What did it change, for whom?")
        )
        self.hint = ImpactHint()
        self.form.addRow("", self.hint)
        self.words = PhrasingHint("recognition")  # sample words for saying thank you
        self.form.addRow("", self.words)
        for editor in (self.what, self.impact):
            editor.textChanged.connect(
                lambda *_: self.hint.check(text_of(self.what), text_of(self.impact))
            )
        self.source = QLabel()
        self.source.setProperty("role", "caption")
        self.form.addRow("", self.source)
        self.editor_layout.addStretch(1)

    def fetch(self, person_id: int) -> Sequence[Recognition]:
        return self.context.log.recognitions(person_id)

    def label(self, record: Recognition) -> str:
        return f"{human_date(record.given_on)}\n{first_line(record.what_they_did)}"

    def first_editor(self) -> QWidget:
        return self.what

    def fill(self, record: Recognition) -> None:
        self.given_on.set_value(record.given_on)
        set_quietly(self.what, record.what_they_did)
        set_quietly(self.impact, record.impact)
        self.hint.check(record.what_they_did, record.impact)
        self.source.setText(tr("Recorded in a Friday review.") if record.from_review else "")


class DelegationSection(RecordSection):
    kind = "delegation"
    new_text = QT_TRANSLATE_NOOP("", "New delegation")
    list_name = QT_TRANSLATE_NOOP("", "delegation list")
    empty_text = QT_TRANSLATE_NOOP(
        "",
        "Nothing delegated to {name} yet. Hand over an outcome, not a task list: say what "
        "must be true at the end, the limits, and who decides what.",
    )

    def tags(self) -> list[tuple[str, str]]:
        return [
            ("manage", tr("Clear outcomes, limits and decision rights let people own the work."))
        ]

    def __init__(self, context: CoachingContext) -> None:
        super().__init__(context)
        self.delegated_on = self.date_field("delegated_on", tr("Delegated on"))
        self.outcome = self.text_field(
            "outcome", tr("Outcome"), paragraph(56), tr("What is true when it is done?")
        )
        self.constraints = self.text_field(
            "constraints",
            tr("Constraints and non-negotiables"),
            paragraph(56),
            tr("Budget, deadlines, quality bars"),
        )
        self.rights = self.choice_field("decision_rights", tr("Decision rights"), DECISION_RIGHTS)
        self.checkpoints = self.text_field(
            "checkpoints",
            tr("Agreed check-in points"),
            paragraph(56),
            tr("When and how you will look at it together"),
        )
        self.words = PhrasingHint("delegation")  # sample words for handing it over
        self.form.addRow("", self.words)
        self.risk = self.choice_field("risk", tr("Risk"), DELEGATION_RISKS)
        self.risk.activated.connect(lambda *_: self._show_reasoning())
        self.reasoning = self.text_field(
            "reasoning",
            tr("Why we decide together"),
            paragraph(56),
            tr("Your reasoning, so you can revisit it later"),
        )
        self.status = self.choice_field("status", tr("Status"), DELEGATION_STATUSES)
        self.editor_layout.addStretch(1)

    def fetch(self, person_id: int) -> Sequence[Delegation]:
        return self.context.log.delegations(person_id)

    def label(self, record: Delegation) -> str:
        done = tr(" · done") if record.status == DelegationStatus.DONE else ""
        return f"{human_date(record.delegated_on)}{done}\n{first_line(record.outcome)}"

    def first_editor(self) -> QWidget:
        return self.outcome

    def fill(self, record: Delegation) -> None:
        self.delegated_on.set_value(record.delegated_on)
        for editor, field in (
            (self.outcome, "outcome"),
            (self.constraints, "constraints"),
            (self.checkpoints, "checkpoints"),
            (self.reasoning, "reasoning"),
        ):
            set_quietly(editor, getattr(record, field))
        self.show_choice(self.rights, record.decision_rights)
        self.show_choice(self.risk, record.risk)
        self.show_choice(self.status, record.status)
        self._show_reasoning()

    def _show_reasoning(self) -> None:
        high = self.risk.currentData() == DelegationRisk.HIGH
        self.form.setRowVisible(self.reasoning, high)
