"""Passphrase dialogs (unlock at start, protect / change / remove) and the lock panel
that hides the journal when the computer has been left alone."""

from __future__ import annotations

import time
from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLayout,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from leadjournal.i18n import tr
from leadjournal.services.privacy import FORGOTTEN_WARNING, new_passphrase_problem
from leadjournal.ui import theme
from leadjournal.ui.forms import problem_label, title_label


def passphrase_field(name: str) -> QLineEdit:
    field = QLineEdit()
    field.setEchoMode(QLineEdit.EchoMode.Password)
    field.setAccessibleName(name)
    field.setMinimumWidth(280)
    return field


class UnlockDialog(QDialog):
    """At start: the journal is protected; ask for the passphrase (or quit)."""

    def __init__(self, where: str, problem: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("Unlock your journal"))
        layout = QVBoxLayout(self)
        layout.addWidget(title_label(1.2, tr("Your journal is protected with a passphrase")))
        place = QLabel(where)
        place.setWordWrap(True)
        theme.set_role(place, "caption")
        layout.addWidget(place)
        self.passphrase = passphrase_field(tr("Passphrase"))
        self.passphrase.setPlaceholderText(tr("Passphrase"))
        layout.addWidget(self.passphrase)
        self.problem = problem_label()
        if problem:
            self.problem.setText(problem)
            self.problem.show()
        layout.addWidget(self.problem)
        buttons = QDialogButtonBox()
        self.unlock_button = buttons.addButton(tr("Unlock"), QDialogButtonBox.ButtonRole.AcceptRole)
        theme.set_role(self.unlock_button, "primary")
        buttons.addButton(tr("Quit"), QDialogButtonBox.ButtonRole.RejectRole)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    @staticmethod
    def ask(where: str, problem: str = "") -> str | None:
        dialog = UnlockDialog(where, problem)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        return dialog.passphrase.text()


class PassphraseDialog(QDialog):
    """Protect with a passphrase, change it, or remove it."""

    PROTECT, CHANGE, REMOVE = "protect", "change", "remove"

    def __init__(self, mode: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.mode = mode
        titles = {
            self.PROTECT: tr("Protect your journal with a passphrase"),
            self.CHANGE: tr("Change the passphrase"),
            self.REMOVE: tr("Remove the passphrase"),
        }
        self.setWindowTitle(titles[mode])
        layout = QVBoxLayout(self)
        # Fixed to its contents, so the wrapped warning gets the height it needs.
        layout.setSizeConstraint(QLayout.SizeConstraint.SetFixedSize)
        self.setMinimumWidth(520)
        layout.addWidget(title_label(1.2, titles[mode]))
        explain = QLabel(
            {
                self.PROTECT: tr(
                    "Your journal and its backups are rewritten encrypted. You'll "
                    "type the passphrase each time LeadJournal starts."
                ),
                self.CHANGE: tr(
                    "Your journal and its backups are rewritten with the new passphrase."
                ),
                self.REMOVE: tr(
                    "Your journal and its backups are rewritten unencrypted: anyone "
                    "who can read your files can read them."
                ),
            }[mode]
        )
        explain.setWordWrap(True)
        layout.addWidget(explain)
        form = QFormLayout()
        self.current = passphrase_field(tr("Current passphrase"))
        self.new = passphrase_field(tr("New passphrase"))
        self.repeat = passphrase_field(tr("New passphrase again"))
        if mode != self.PROTECT:
            form.addRow(tr("Current passphrase"), self.current)
        if mode != self.REMOVE:
            form.addRow(tr("New passphrase"), self.new)
            form.addRow(tr("Once more"), self.repeat)
        layout.addLayout(form)
        self.understood = QCheckBox(tr("I have kept my passphrase somewhere safe"))
        if mode != self.REMOVE:
            warning = QLabel(tr(FORGOTTEN_WARNING))
            warning.setWordWrap(True)
            theme.set_tone(warning, "danger")
            layout.addWidget(warning)
            layout.addWidget(self.understood)
        self.problem = problem_label()
        layout.addWidget(self.problem)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        actions = {
            self.PROTECT: tr("Protect"),
            self.CHANGE: tr("Change"),
            self.REMOVE: tr("Remove the passphrase"),
        }
        self.ok_button = buttons.addButton(actions[mode], QDialogButtonBox.ButtonRole.AcceptRole)
        theme.set_role(self.ok_button, "primary")
        buttons.accepted.connect(self._check)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def _check(self) -> None:
        problem = None
        if self.mode != self.REMOVE:
            problem = new_passphrase_problem(self.new.text(), self.repeat.text())
            if problem is None and not self.understood.isChecked():
                problem = tr("Tick the box to confirm you have kept the passphrase safe.")
        if self.mode != self.PROTECT and not self.current.text():
            problem = tr("Type your current passphrase first.")
        if problem:
            self.problem.setText(problem)  # already translated
            self.problem.show()
            return
        self.accept()

    def new_passphrase(self) -> str | None:
        return None if self.mode == self.REMOVE else self.new.text()


class LockPanel(QWidget):
    """What the window shows instead of the journal while it is locked."""

    unlocked = Signal()

    def __init__(self, check: Callable[[str], bool], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._check = check
        layout = QVBoxLayout(self)
        layout.addStretch(2)
        layout.addWidget(
            title_label(1.4, tr("Your journal is locked")), alignment=Qt.AlignmentFlag.AlignHCenter
        )
        hint = QLabel(
            tr(
                "It was hidden because the computer was left alone. Type your "
                "passphrase to carry on."
            )
        )
        hint.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        layout.addWidget(hint)
        self.passphrase = passphrase_field(tr("Passphrase"))
        self.passphrase.setPlaceholderText(tr("Passphrase"))
        self.passphrase.setMaximumWidth(360)
        self.passphrase.returnPressed.connect(self.try_unlock)
        layout.addWidget(self.passphrase, alignment=Qt.AlignmentFlag.AlignHCenter)
        self.unlock_button = QPushButton(tr("Unlock"))
        theme.set_role(self.unlock_button, "primary")
        self.unlock_button.clicked.connect(self.try_unlock)
        layout.addWidget(self.unlock_button, alignment=Qt.AlignmentFlag.AlignHCenter)
        self.problem = problem_label()
        self.problem.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        layout.addWidget(self.problem)
        layout.addStretch(3)

    def try_unlock(self) -> bool:
        if self._check(self.passphrase.text()):
            self.passphrase.clear()
            self.problem.hide()
            self.unlocked.emit()
            return True
        self.passphrase.selectAll()
        self.problem.setText(tr("That passphrase doesn't match. Try again."))
        self.problem.show()
        return False


class IdleWatcher(QObject):
    """Notices keyboard and mouse use anywhere in the app; after ``minutes`` without any,
    emits ``idle`` once (until the next use)."""

    idle = Signal()
    INPUT_EVENTS = frozenset(
        {
            QEvent.Type.KeyPress,
            QEvent.Type.MouseButtonPress,
            QEvent.Type.MouseMove,
            QEvent.Type.Wheel,
        }
    )

    def __init__(
        self,
        minutes: int,
        clock: Callable[[], float] = time.monotonic,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.minutes = minutes
        self.clock = clock
        self.last_input = clock()
        self._fired = False
        self.timer = QTimer(self)
        self.timer.setInterval(15_000)
        self.timer.timeout.connect(self.check)
        app = QApplication.instance()
        if app is not None:
            app.installEventFilter(self)
        self.timer.start()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in self.INPUT_EVENTS:
            self.last_input = self.clock()
            self._fired = False
        return False

    def check(self) -> None:
        if not self._fired and self.clock() - self.last_input >= self.minutes * 60:
            self._fired = True
            self.idle.emit()

    def stop(self) -> None:
        self.timer.stop()
        app = QApplication.instance()
        if app is not None:
            app.removeEventFilter(self)
