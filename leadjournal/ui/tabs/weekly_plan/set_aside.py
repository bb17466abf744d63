"""Setting a priority aside: the dialog that replaces one, and the week's list of them."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from leadjournal.db.models import SetAside, WeekPlan
from leadjournal.i18n import tr, tr_n
from leadjournal.text import human_date_time
from leadjournal.ui import theme


class SetAsideDialog(QDialog):
    """Asks what replaces a priority, what happens to its open tasks, and why.

    Moving the tasks to the new priority is chosen at first; dropping them must be
    picked by hand, so Enter alone never drops anything.
    """

    def __init__(self, title: str, open_tasks: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("Set aside “{0}”").format(title))
        self.setMinimumWidth(460)
        layout = QVBoxLayout(self)
        intro = QLabel(
            tr(
                "“{0}” leaves this week's priorities to make room for another. Name what "
                "takes its place and why: the week keeps both on its “Set aside this week” "
                "list, for the stakeholder update and Friday's review."
            ).format(title)
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        form = QFormLayout()
        self.new_title = QLineEdit()
        self.new_title.setAccessibleName(tr("New priority"))
        self.new_title.setPlaceholderText(tr("What matters more this week?"))
        form.addRow(tr("New priority"), self.new_title)
        self.why = QLineEdit()
        self.why.setAccessibleName(tr("Why it is set aside"))
        self.why.setPlaceholderText(tr("e.g. Finance needs the report by Thursday"))
        form.addRow(tr("Why set it aside?"), self.why)
        self.fates = QButtonGroup(self)
        self.fate_buttons: dict[str, QRadioButton] = {}
        if open_tasks:
            box = QVBoxLayout()
            for fate, label in (
                ("moved", tr("Move them to the new priority")),
                ("carried", tr("Carry them to next week")),
                ("dropped", tr("Drop them (they stay in this week, marked dropped)")),
            ):
                button = QRadioButton(label)
                self.fates.addButton(button)
                self.fate_buttons[fate] = button
                box.addWidget(button)
            self.fate_buttons["moved"].setChecked(True)
            form.addRow(tr_n("Its %n open tasks", open_tasks, "Its %n open task"), box)
        else:
            form.addRow(tr("Its tasks"), QLabel(tr("It has no open tasks.")))
        layout.addLayout(form)
        self.missing = QLabel()
        self.missing.setWordWrap(True)
        self.missing.setProperty("role", "caption")
        layout.addWidget(self.missing)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.ok_button = QPushButton(tr("Set aside and replace"))
        buttons.addButton(self.ok_button, QDialogButtonBox.ButtonRole.AcceptRole)
        # Enter means "Set aside and replace" (with the tasks moved unless another
        # choice was clicked), never Cancel; while fields are missing it does nothing.
        cancel = buttons.button(QDialogButtonBox.StandardButton.Cancel)
        if cancel is not None:
            cancel.setAutoDefault(False)
        self.ok_button.setDefault(True)
        theme.set_role(self.ok_button, "primary")
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        for editor in (self.new_title, self.why):
            editor.textChanged.connect(self._update_ok)
        self._update_ok()

    def _update_ok(self) -> None:
        missing = []
        if not self.new_title.text().strip():
            missing.append(tr("the new priority"))
        if not self.why.text().strip():
            missing.append(tr("why"))
        self.ok_button.setEnabled(not missing)
        self.missing.setText(
            tr("Still to fill in: {0}.").format(tr(" and ").join(missing)) if missing else ""
        )

    def accept(self) -> None:
        if self.ok_button.isEnabled():
            super().accept()

    def fate(self) -> str:
        """What happens to the open tasks ("moved" when there are none)."""
        for fate, button in self.fate_buttons.items():
            if button.isChecked():
                return fate
        return "moved"


def fate_text(record: SetAside) -> str:
    """What happened to a set-aside priority's tasks, for the screen."""
    count = record.task_count
    if record.tasks_went == "moved":
        return tr_n(
            "Its %n tasks moved to the new priority.",
            count,
            "Its %n task moved to the new priority.",
        )
    if record.tasks_went == "carried":
        return tr_n(
            "Its %n tasks carried to next week.", count, "Its %n task carried to next week."
        )
    if record.tasks_went == "dropped":
        return tr_n("Its %n tasks dropped.", count, "Its %n task dropped.")
    return tr("It had no open tasks.")


class SetAsideList(QGroupBox):
    """The week's "Set aside this week" list; hidden while nothing was set aside."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(tr("Set aside this week"), parent)
        self.setProperty("role", "card")
        self.setAccessibleName(tr("Set aside this week"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 4, 8, 6)
        self.entries = QLabel()
        self.entries.setWordWrap(True)
        layout.addWidget(self.entries)
        self.hide()

    def show_week(self, week: WeekPlan) -> None:
        lines = [
            tr("<b>{0}</b>, replaced by “{1}” — why: {2}. {3} <i>({4})</i>").format(
                _escaped(record.title),
                _escaped(record.replaced_by),
                _escaped(record.why.rstrip(".")),
                _escaped(fate_text(record)),
                human_date_time(record.set_aside_at),
            )
            if record.replaced_by
            # Parked by the playbook's scope reset: nothing took its place.
            else tr("<b>{0}</b>, parked — why: {1}. {2} <i>({3})</i>").format(
                _escaped(record.title),
                _escaped(record.why.rstrip(".")),
                _escaped(fate_text(record)),
                human_date_time(record.set_aside_at),
            )
            for record in week.set_asides
        ]
        self.entries.setText("<br>".join(lines))
        self.setVisible(bool(lines))

    def text(self) -> str:
        """What the list says, as plain text (what a person reads)."""
        return self.entries.text().replace("<br>", "\n")


def _escaped(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
