"""File → Export, Import, Back Up Now and Restore from Backup, with their dialogs.

The window owns the menu entries; this module does what they ask: a chooser by format,
then the same services as the command line, long work behind a progress dialog.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Protocol, TypeVar

from PySide6.QtCore import QObject, SignalInstance
from PySide6.QtWidgets import QStatusBar, QWidget

from leadjournal.i18n import QT_TRANSLATE_NOOP, tr, tr_n

if TYPE_CHECKING:
    from leadjournal.db.repositories import Repositories
    from leadjournal.paths import JournalPaths
    from leadjournal.services.backups import BackupInfo
    from leadjournal.services.transfer import ImportPlan, Progress
    from leadjournal.ui.background import BackgroundTask

T = TypeVar("T")

# (filter shown in the chooser, export kind), marked for the catalogue.
EXPORT_FILTERS = (
    (QT_TRANSLATE_NOOP("", "JSON — the complete journal, can be imported again (*.json)"), "json"),
    (QT_TRANSLATE_NOOP("", "Markdown — the whole journal, to read (*.md)"), "markdown"),
    (QT_TRANSLATE_NOOP("", "CSV — the weekly numbers (*.csv)"), "weeks_csv"),
    (QT_TRANSLATE_NOOP("", "CSV — the practice ticks (*.csv)"), "practice_csv"),
)


class FileActionsHost(Protocol):
    """What the file actions need from the window that holds them."""

    paths: JournalPaths
    repositories: Repositories | None
    tell: Callable[[str, str], object]
    confirm: Callable[[str, str, str], bool]

    @property
    def backup_requested(self) -> SignalInstance: ...
    @property
    def restore_requested(self) -> SignalInstance: ...
    def flush_pending_edits(self) -> None: ...
    def statusBar(self) -> QStatusBar: ...


class FileActions(QObject):
    """Export, import, backup and restore for one window. The dialog hooks are
    attributes, so tests answer them at the edge."""

    EXPORT_FILTERS = EXPORT_FILTERS

    def __init__(self, host: FileActionsHost, parent: QWidget) -> None:
        super().__init__(parent)
        self.host = host
        self.dialog_parent = parent
        self.background_task: BackgroundTask | None = None  # the running export or import
        self.choose_export_path: Callable[[str, str, str], tuple[str, str]] = (
            self._choose_export_path
        )
        self.choose_import_path: Callable[[str, str, str], tuple[str, str]] = (
            self._choose_import_path
        )
        self.choose_backup: Callable[[list[BackupInfo]], Path | None] = self._choose_backup
        # Set by the session, which alone holds the passphrase.
        self.backups_provider: Callable[[], list[BackupInfo]] = list
        self.back_up_before_import: Callable[[], object] = self._back_up_before_import

    # --- export -------------------------------------------------------------------------

    def export_journal(self) -> Path | None:
        if self.host.repositories is None:
            return None
        self.host.flush_pending_edits()
        filters = ";;".join(tr(label) for label, _kind in EXPORT_FILTERS)
        name, chosen = self.choose_export_path(
            tr("Export the journal"), str(Path.home() / "leadjournal-export.json"), filters
        )
        if not name:
            return None
        kind = next((k for label, k in EXPORT_FILTERS if tr(label) == chosen), "json")
        return self.write_export(Path(name), kind)

    def write_export(self, path: Path, kind: str) -> Path | None:
        from leadjournal.errors import JournalError
        from leadjournal.services import exports
        from leadjournal.services.documents import check_target, write_text
        from leadjournal.services.transfer import export_json

        repos = self.host.repositories
        assert repos is not None
        makers: dict[str, Callable[[Callable[[], bool], Progress], str]] = {
            "json": lambda stop, progress: export_json(repos, stop, progress),
            "markdown": lambda stop, progress: exports.journal_markdown(repos),
            "weeks_csv": lambda stop, progress: exports.weekly_numbers_csv(repos),
            "practice_csv": lambda stop, progress: exports.practice_ticks_csv(repos),
        }
        try:
            check_target(path, replace=True)  # a journal, a folder, a device: refused first
        except JournalError as error:
            self.host.tell(tr("Not exported"), str(error))
            return None
        replace = path.is_file() and not path.is_symlink()
        if replace and not self.host.confirm(
            tr("Replace {0}?").format(path.name),
            tr("A file with this name is already in {0}. Replace it with this export?").format(
                path.parent
            ),
            tr("Replace"),
        ):
            return None
        try:
            text = self.run_in_background(tr("Exporting the journal…"), makers[kind])
            write_text(path, text, replace=replace)  # owner-only, and only a plain file
        except JournalError as error:
            self.host.tell(tr("Not exported"), str(error))
            return None
        self.host.statusBar().showMessage(tr("Exported to {0}").format(path), 8000)
        return path

    # --- import -------------------------------------------------------------------------

    def import_journal(self) -> bool:
        if self.host.repositories is None:
            return False
        name, _chosen = self.choose_import_path(
            tr("Import a JSON export"), str(Path.home()), tr("LeadJournal export (*.json)")
        )
        if not name:
            return False
        return self.read_import(Path(name))

    def read_import(self, path: Path) -> bool:
        from leadjournal.errors import JournalError
        from leadjournal.services.transfer import apply_import, plan_import, read_import_file

        repos = self.host.repositories
        assert repos is not None
        self.host.flush_pending_edits()
        status = self.host.statusBar()
        try:
            raw = read_import_file(path)  # size checked first; only an ordinary file
            plan = self.run_in_background(
                tr("Reading {0}…").format(path.name),
                lambda _stop, _progress: plan_import(repos, raw),
            )
            if not plan.changes_anything:
                status.showMessage(
                    tr("Your journal already holds everything in {0}; nothing was changed.").format(
                        path.name
                    ),
                    8000,
                )
                return True
            if not self.host.confirm(
                tr("Import {0}?").format(path.name), import_question(plan), tr("Import")
            ):
                return False
            back_up_first = self.back_up_before_import

            def write(stop: Callable[[], bool], progress: Progress) -> dict[str, int]:
                back_up_first()  # never rotated away; the import stops if it fails
                return apply_import(repos, plan, stop, progress)

            counts = self.run_in_background(tr("Importing {0}…").format(path.name), write)
        except OSError as error:
            self.host.tell(
                tr("Not imported"),
                tr("{0} could not be read: {1}.").format(path.name, error.strerror),
            )
            return False
        except JournalError as error:
            self.host.tell(tr("Not imported"), str(error))
            return False
        status.showMessage(
            tr_n(
                "Imported %n records from {0}", sum(counts.values()), "Imported %n record from {0}"
            ).format(path.name),
            8000,
        )
        return True

    def run_in_background(self, title: str, work: Callable[[Callable[[], bool], Progress], T]) -> T:
        """Long work in a worker thread behind a progress dialog with Cancel."""
        from leadjournal.ui.background import BackgroundTask

        task = BackgroundTask(self.dialog_parent, title, work)
        self.background_task = task
        try:
            result: T = task.run()
        finally:
            self.background_task = None
        return result

    # --- backups and restore ------------------------------------------------------------

    def back_up_now(self) -> None:
        if self.host.repositories is not None:
            self.host.flush_pending_edits()
            self.host.statusBar().showMessage(tr("Backing up…"))
            self.host.backup_requested.emit()

    def restore_from_backup(self) -> Path | None:
        """List the verified backups; the chosen one replaces the journal after a yes."""
        if self.host.repositories is None:
            return None
        self.host.flush_pending_edits()
        chosen = self.choose_backup(self.backups_provider())
        if chosen is None:
            return None
        self.host.restore_requested.emit(chosen)
        return chosen

    # --- the real dialogs (tests replace them) -----------------------------------------

    def _choose_export_path(self, caption: str, start: str, filters: str) -> tuple[str, str]:
        from PySide6.QtWidgets import QFileDialog

        # LeadJournal asks itself before replacing a file (write_export), so only once.
        ask_later = QFileDialog.Option.DontConfirmOverwrite
        return QFileDialog.getSaveFileName(
            self.dialog_parent, caption, start, filters, options=ask_later
        )

    def _choose_import_path(self, caption: str, start: str, filters: str) -> tuple[str, str]:
        from PySide6.QtWidgets import QFileDialog

        return QFileDialog.getOpenFileName(self.dialog_parent, caption, start, filters)

    def _back_up_before_import(self) -> None:
        from leadjournal.services.backups import back_up_before_import

        back_up_before_import(self.host.paths)

    def _choose_backup(self, backups: list[BackupInfo]) -> Path | None:
        from PySide6.QtWidgets import QMessageBox

        from leadjournal.ui.recovery import RestoreDialog

        dialog = RestoreDialog(backups, self.dialog_parent)
        if dialog.exec() != RestoreDialog.DialogCode.Accepted:
            return None
        chosen = dialog.chosen()
        if chosen is None:
            return None
        sure = QMessageBox.question(
            self.dialog_parent,
            tr("Restore this backup?"),
            tr(
                "Your journal will go back to how it was then. Your journal as it is now is "
                "backed up first. Restore?"
            ),
        )
        if sure != QMessageBox.StandardButton.Yes:
            return None
        return Path(str(chosen))


def import_question(plan: ImportPlan) -> str:
    """What an import will add and replace, asked before anything is written."""
    added = tr_n("%n new records", plan.added, "%n new record")
    if plan.replaced:
        text = tr("It adds {0} and replaces {1} in your journal with the file's version.").format(
            added,
            tr_n("%n records that are different", plan.replaced, "%n record that is different"),
        )
    else:
        text = tr("It adds {0} and changes nothing already in your journal.").format(added)
    text += " " + tr("Your journal is backed up first, and that copy is always kept.")
    if plan.notes:
        text += " " + tr("Left out: {0}.").format("; ".join(plan.notes))
    return text
