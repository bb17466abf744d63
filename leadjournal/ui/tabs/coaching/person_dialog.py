"""Add or edit a person: name, role, start date and notes."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from leadjournal.db.models import Person
from leadjournal.db.repositories.coaching_fields import PersonFields
from leadjournal.i18n import tr
from leadjournal.ui import theme
from leadjournal.ui.forms import DateEdit, paragraph, save_cancel_buttons, title_label


class PersonDialog(QDialog):
    """Add or edit a person: name, role, start date and notes."""

    def __init__(self, person: Person | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("Edit person") if person else tr("Add a person"))
        self.resize(460, 320)
        layout = QVBoxLayout(self)
        layout.setSpacing(theme.SPACE["m"])
        layout.addWidget(title_label(1.2, self.windowTitle()))
        form = QFormLayout()
        self.name = QLineEdit(person.name if person else "")
        self.name.setAccessibleName(tr("Name"))
        self.name.setPlaceholderText(tr("First and last name"))
        self.role = QLineEdit(person.role if person else "")
        self.role.setAccessibleName(tr("Role"))
        self.role.setPlaceholderText(tr("e.g. Support engineer"))
        self.started_on = DateEdit(optional=True)
        self.started_on.setAccessibleName(tr("Started on"))
        self.started_on.set_value(person.started_on if person else None)
        self.notes = paragraph(90)
        self.notes.setAccessibleName(tr("Notes"))
        self.notes.setPlaceholderText(tr("How they like to work, what they are aiming for"))
        self.notes.setPlainText(person.notes if person else "")
        form.addRow(tr("Name"), self.name)
        form.addRow(tr("Role"), self.role)
        form.addRow(tr("On the team since"), self.started_on)
        form.addRow(tr("Notes"), self.notes)
        layout.addLayout(form)
        layout.addStretch(1)  # spare height below the fields, not between them
        buttons = save_cancel_buttons(self)
        self.save_button = buttons.button(QDialogButtonBox.StandardButton.Save)
        theme.set_role(self.save_button, "primary")
        layout.addWidget(buttons)
        self.name.textChanged.connect(self._update_save)
        self._update_save()

    def _update_save(self) -> None:
        self.save_button.setEnabled(bool(self.name.text().strip()))

    def details(self) -> PersonFields:
        return {
            "name": self.name.text().strip(),
            "role": self.role.text().strip(),
            "started_on": self.started_on.value(),
            "notes": self.notes.toPlainText().strip(),
        }
