"""File → Quarter in Review…: choose a period and a file, and write the review as
Markdown and PDF (``services.quarter_review`` does the work)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Protocol

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QStatusBar,
    QVBoxLayout,
    QWidget,
)

from leadjournal import clock
from leadjournal.db.repositories import Repositories
from leadjournal.errors import JournalError
from leadjournal.i18n import tr
from leadjournal.services import quarter_review
from leadjournal.services.quarter_review import PRESETS, Period
from leadjournal.ui import theme
from leadjournal.ui.forms import DateEdit, problem_label


class QuarterReviewHost(Protocol):
    """What the dialog needs from the window."""

    repositories: Repositories | None
    confirm: Callable[[str, str, str], bool]

    def flush_pending_edits(self) -> None: ...
    def statusBar(self) -> QStatusBar: ...


def _documents_folder() -> Path:
    documents = Path.home() / "Documents"
    return documents if documents.is_dir() else Path.home()


class QuarterReviewDialog(QDialog):
    """The period (a preset or two dates) and where to save; Write does the rest."""

    def __init__(self, host: QuarterReviewHost, repos: Repositories, parent: QWidget) -> None:
        super().__init__(parent)
        self.host = host
        self.repos = repos
        self.written: tuple[Path, Path] | None = None
        self.choose_path: Callable[[str], str] = self._choose_path  # tests answer it
        self.setWindowTitle(tr("Quarter in Review"))
        self.setMinimumWidth(self.fontMetrics().averageCharWidth() * 72)
        today = clock.today()

        title = QLabel(tr("Your quarter in review"))
        theme.set_role(title, "title")
        intro = QLabel(
            tr(
                "A private look back to bring to your own manager or a promotion "
                "conversation: your goals, how the team delivered and felt (with charts), "
                "who you coached and recognised, and what you practised, learned and "
                "changed. It is saved as a Markdown file and a PDF side by side."
            )
        )
        intro.setWordWrap(True)

        self.preset = QComboBox()
        self.preset.setAccessibleName(tr("Period to review"))
        for key, label in PRESETS:
            self.preset.addItem(tr(label), key)
        self.first = DateEdit()
        self.first.setAccessibleName(tr("First day of the period"))
        self.last = DateEdit()
        self.last.setAccessibleName(tr("Last day of the period"))
        dates = QHBoxLayout()
        dates.addWidget(self.first)
        dates.addWidget(QLabel(tr("to")))
        dates.addWidget(self.last)
        dates.addStretch(1)

        self.file = QLineEdit()
        self.file.setAccessibleName(tr("File for the review"))
        self.file.setMinimumWidth(self.file.fontMetrics().averageCharWidth() * 48)
        choose = QPushButton(tr("Choose…"))
        choose.clicked.connect(self._choose_clicked)
        where = QHBoxLayout()
        where.addWidget(self.file, 1)
        where.addWidget(choose)
        self.files_hint = QLabel()
        self.files_hint.setWordWrap(True)
        theme.set_role(self.files_hint, "caption")

        form = QFormLayout()
        form.addRow(tr("Period:"), self.preset)
        form.addRow(tr("Dates:"), dates)
        form.addRow(tr("Save as:"), where)
        form.addRow("", self.files_hint)

        self.problem = problem_label()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.write_button = buttons.addButton(
            tr("Write the Review"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        theme.set_role(self.write_button, "primary")
        self.write_button.setDefault(True)
        buttons.accepted.connect(self.write)
        buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.problem)
        layout.addWidget(buttons)

        self._named_by_hand = False
        self.preset.currentIndexChanged.connect(self._preset_changed)
        self.first.dateChanged.connect(self._dates_changed)
        self.last.dateChanged.connect(self._dates_changed)
        self.file.textEdited.connect(self._file_edited)
        self.file.textChanged.connect(self._show_files)
        keys = [key for key, _label in PRESETS]
        self.preset.setCurrentIndex(keys.index(quarter_review.default_preset(today)))
        self._preset_changed()

    # --- the period ----------------------------------------------------------------------

    def period(self) -> Period:
        first, last = self.first.value(), self.last.value()
        assert first is not None and last is not None  # the fields are not optional
        return Period(first, last)

    def _preset_changed(self) -> None:
        key = str(self.preset.currentData())
        custom = key == "custom"
        for field in (self.first, self.last):
            field.setEnabled(custom)
        if not custom:
            chosen = quarter_review.preset_period(key, clock.today())
            self.first.set_value(chosen.first)
            self.last.set_value(chosen.last)
        self._dates_changed()

    def _dates_changed(self) -> None:
        self.problem.hide()
        if not self._named_by_hand:
            name = self.period().file_stem + ".md"
            self.file.setText(str(_documents_folder() / name))

    # --- the file ------------------------------------------------------------------------

    def _file_edited(self) -> None:
        self._named_by_hand = True

    def _show_files(self) -> None:
        self.problem.hide()
        text = self.file.text().strip()
        if not text:
            self.files_hint.setText(tr("Choose where to save the review."))
            return
        try:
            markdown, pdf = quarter_review.review_paths(Path(text).expanduser())
        except JournalError:
            self.files_hint.setText(tr("Give the review a file name."))
            return
        self.files_hint.setText(
            tr("Saves {0} and {1} in {2}.").format(markdown.name, pdf.name, markdown.parent)
        )

    def _choose_clicked(self) -> None:
        name = self.choose_path(self.file.text())
        if name:
            self._named_by_hand = True
            self.file.setText(name)

    def _choose_path(self, suggested: str) -> str:
        name, _filter = QFileDialog.getSaveFileName(
            self, tr("Save the quarter in review"), suggested, tr("Markdown (*.md)")
        )
        return name

    # --- writing -------------------------------------------------------------------------

    def _refuse(self, sentence: str) -> None:
        self.problem.setText(sentence)
        self.problem.show()

    def write(self) -> None:
        """Write both files, asking first before replacing; a problem is one sentence
        in the dialog, which stays open with everything as it was."""
        text = self.file.text().strip()
        if not text:
            self._refuse(tr("Choose where to save the review."))
            return
        chosen = Path(text).expanduser()
        today = clock.today()
        try:
            period = quarter_review.check_period(self.period(), today)
        except JournalError as error:
            self._refuse(self._period_problem(error))
            return
        existing = quarter_review.existing_files(chosen)
        replace = bool(existing)
        if existing and not self.host.confirm(
            tr("Replace the review?"),
            tr("{0} is already in {1}. Replace it with this review?").format(
                " / ".join(path.name for path in existing), existing[0].parent
            ),
            tr("Replace"),
        ):
            return
        self.host.flush_pending_edits()
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            self.written = quarter_review.write_review(
                self.repos, period, chosen, clock.now(), replace=replace
            )
        except JournalError as error:
            self._refuse(str(error))
            return
        finally:
            QGuiApplication.restoreOverrideCursor()
        self.accept()

    @staticmethod
    def _period_problem(error: JournalError) -> str:
        if "ends before" in str(error):
            return tr("The period ends before it starts; put the earlier date first.")
        return tr("The period starts after today, so there is nothing to look back on yet.")


def open_quarter_review(host: QuarterReviewHost, parent: QWidget) -> tuple[Path, Path] | None:
    """Show the dialog; after a review is written, say where in the status bar."""
    repos = host.repositories
    if repos is None:
        return None
    dialog = QuarterReviewDialog(host, repos, parent)
    dialog.exec()
    written = dialog.written
    dialog.deleteLater()
    if written is None:
        return None
    markdown, pdf = written
    host.statusBar().showMessage(
        tr("Your review is saved: {0} and {1}").format(markdown, pdf.name), 10000
    )
    return written
