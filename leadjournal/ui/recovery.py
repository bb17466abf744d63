"""Getting a journal back: the restore list and the dialog for a journal that can't be read."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from leadjournal.i18n import tr
from leadjournal.services.backups import BackupInfo, backup_kind, describe
from leadjournal.ui.forms import hint_label, title_label


class RestoreDialog(QDialog):
    """File → Restore from backup…: every verified backup, newest first."""

    def __init__(self, backups: list[BackupInfo], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("Restore from backup"))
        self.resize(620, 420)
        layout = QVBoxLayout(self)
        layout.addWidget(title_label(1.2, tr("Go back to an earlier copy of your journal")))
        explain = hint_label()
        explain.setText(
            tr(
                "Your journal as it is now is backed up first, so restoring can be undone by "
                "restoring that copy. Each backup below opened and passed its check."
            )
        )
        explain.show()
        layout.addWidget(explain)
        self.list = QListWidget()
        self.list.setAlternatingRowColors(True)
        # Why each kept copy was taken (those are never rotated away); others by name.
        kinds = {
            "by_hand": tr("taken by hand"),
            "before_restore": tr("before a restore"),
            "before_import": tr("before an import"),
            "before_migration": tr("before an update"),
        }
        for info in backups:
            label = describe(info)
            kind = backup_kind(info)
            if kind in kinds:
                label += tr(" · {0}").format(kinds[kind])
            elif kind != "automatic":
                label += tr(" · {0}").format(info.path.name)
            item = QListWidgetItem(label)
            item.setData(Qt.ItemDataRole.UserRole, str(info.path))
            item.setToolTip(str(info.path))
            self.list.addItem(item)
        if backups:
            self.list.setCurrentRow(0)
        layout.addWidget(self.list, 1)
        if not backups:
            empty = QLabel(
                tr(
                    "There are no backups yet. LeadJournal takes one every day "
                    "you open it and each time you quit."
                )
            )
            empty.setWordWrap(True)
            layout.addWidget(empty)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.restore_button = QPushButton(tr("Restore this backup"))
        self.restore_button.setEnabled(bool(backups))
        buttons.addButton(self.restore_button, QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.list.itemDoubleClicked.connect(lambda _item: self.accept())
        layout.addWidget(buttons)

    def chosen(self) -> str | None:
        item = self.list.currentItem()
        return None if item is None else str(item.data(Qt.ItemDataRole.UserRole))


class DamagedJournalDialog(QDialog):
    """'Your journal could not be read': restore the newest good backup, open another
    folder, or quit. The damaged file itself is never written to."""

    RESTORE, OTHER_FOLDER, QUIT = "restore", "other", "quit"

    def __init__(
        self, reason: str, newest: BackupInfo | None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.choice = self.QUIT
        self.setWindowTitle(tr("Your journal could not be read"))
        self.setMinimumWidth(520)
        layout = QVBoxLayout(self)
        layout.addWidget(title_label(1.2, tr("Your journal could not be read")))
        detail = QLabel(reason)
        detail.setWordWrap(True)
        layout.addWidget(detail)
        self.note = note = hint_label()
        if newest is not None:
            note.setText(
                tr(
                    "Restoring moves the unreadable file aside (it is kept, with the "
                    "time in its name) and puts your newest good backup in its "
                    "place: {0}."
                ).format(describe(newest))
            )
        else:
            note.setText(
                tr(
                    "There is no good backup in this folder. You can open another "
                    "folder, or quit and keep the file as it is."
                )
            )
        note.show()
        layout.addWidget(note)
        buttons = QDialogButtonBox()
        self.restore_button = buttons.addButton(
            tr("Restore the newest backup"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.restore_button.setEnabled(newest is not None)
        self.other_button = buttons.addButton(
            tr("Open another folder…"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.quit_button = buttons.addButton(tr("Quit"), QDialogButtonBox.ButtonRole.RejectRole)
        self.restore_button.clicked.connect(lambda: self._choose(self.RESTORE))
        self.other_button.clicked.connect(lambda: self._choose(self.OTHER_FOLDER))
        self.quit_button.clicked.connect(lambda: self._choose(self.QUIT))
        layout.addWidget(buttons)

    def _choose(self, choice: str) -> None:
        self.choice = choice
        self.done(
            QDialog.DialogCode.Accepted if choice != self.QUIT else QDialog.DialogCode.Rejected
        )
