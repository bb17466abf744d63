"""The dialog that writes or edits one improvement: its kind, what it is, why, and its
items (a checklist, a definition of done) or its words (a template, a handoff)."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QDialog, QFormLayout, QLabel, QLineEdit, QWidget

from leadjournal.db.enums import ImprovementKind
from leadjournal.db.models import Improvement
from leadjournal.i18n import tr
from leadjournal.services.improvements import KIND_LABELS, LIST_KINDS
from leadjournal.ui import theme
from leadjournal.ui.forms import paragraph, save_cancel_buttons

# The order the kinds are offered in: the reusable ones first.
KIND_ORDER = (
    ImprovementKind.CHECKLIST,
    ImprovementKind.DEFINITION_OF_DONE,
    ImprovementKind.TEMPLATE,
    ImprovementKind.HANDOFF,
    ImprovementKind.OTHER,
)


class ImprovementDialog(QDialog):
    """Asks for an improvement; ``values()`` gives kind, title, why and content."""

    def __init__(self, parent: QWidget | None, improvement: Improvement | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("Edit improvement") if improvement else tr("New improvement"))
        self.setMinimumWidth(480)
        form = QFormLayout(self)
        self.kind = QComboBox()
        self.kind.setObjectName("kind")
        self.kind.setAccessibleName(tr("Kind of improvement"))
        for kind in KIND_ORDER:
            self.kind.addItem(tr(KIND_LABELS[kind]), str(kind))
        self.title = QLineEdit()
        self.title.setObjectName("title")
        self.title.setAccessibleName(tr("What the improvement is"))
        self.title.setPlaceholderText(tr("e.g. Pre-review checklist"))
        self.why = paragraph(56)
        self.why.setObjectName("why")
        self.why.setAccessibleName(tr("Why this improvement"))
        self.why.setPlaceholderText(tr("What keeps going wrong without it?"))
        self.content_label = QLabel()
        self.content = paragraph(120)
        self.content.setObjectName("content")
        self.content.setAccessibleName(tr("Items or words of the improvement"))
        self.content_hint = QLabel()
        theme.set_role(self.content_hint, "caption")
        self.content_hint.setWordWrap(True)
        form.addRow(tr("Kind"), self.kind)
        form.addRow(tr("What"), self.title)
        form.addRow(tr("Why"), self.why)
        form.addRow(self.content_label, self.content)
        form.addRow("", self.content_hint)
        self.buttons = save_cancel_buttons(self)
        form.addRow(self.buttons)
        self.kind.currentIndexChanged.connect(self._kind_changed)
        self.title.textChanged.connect(self._title_changed)
        if improvement is not None:
            self.kind.setCurrentIndex(max(0, self.kind.findData(improvement.kind)))
            self.title.setText(improvement.title)
            self.why.setPlainText(improvement.why)
            self.content.setPlainText(improvement.content)
        self._kind_changed()
        self._title_changed()

    def chosen_kind(self) -> str:
        return str(self.kind.currentData())

    def values(self) -> tuple[str, str, str, str]:
        """Kind, title, why and content as typed."""
        return (
            self.chosen_kind(),
            self.title.text(),
            self.why.toPlainText(),
            self.content.toPlainText(),
        )

    def _kind_changed(self) -> None:
        if self.chosen_kind() in LIST_KINDS:
            self.content_label.setText(tr("Items"))
            self.content.setPlaceholderText(tr("One item per line, in order"))
            self.content_hint.setText(
                tr(
                    "Once it is in place, you can add these items to a priority's "
                    "“Done when” in one click."
                )
            )
        else:
            self.content_label.setText(tr("Content"))
            self.content.setPlaceholderText(tr("The template's words, or how the handoff goes"))
            self.content_hint.setText("")
        self.content_hint.setVisible(bool(self.content_hint.text()))

    def _title_changed(self) -> None:
        save = self.buttons.button(self.buttons.StandardButton.Save)
        save.setEnabled(bool(self.title.text().strip()))
