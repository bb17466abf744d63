"""Writing small documents (agendas, summaries) as Markdown or PDF.

PDF goes through ``QTextDocument`` and ``QPdfWriter`` from QtGui: no widgets, but a
``QGuiApplication`` must exist (the GUI has one; the CLI creates an offscreen one).
"""

from __future__ import annotations

import os
import stat
import tempfile
from collections.abc import Mapping
from pathlib import Path
from typing import TYPE_CHECKING

from leadjournal.errors import JournalError

if TYPE_CHECKING:
    from PySide6.QtGui import QImage


class DocumentWriteError(JournalError):
    """A document could not be written (full disk, no permission, missing folder)."""


class ExportExistsError(DocumentWriteError):
    """The target file exists and replacing it was not asked for."""


# Journals and their backups end so; no export does (JSON, Markdown, PDF, CSV, PNG).
JOURNAL_SUFFIXES = (".sqlite", ".sqlite3", ".db")

# The folders of the open journal (its data folder, its backup folders): an export must
# never land there, where --force or a "Replace?" could put text over the journal or a
# backup of it.
_journal_folders: set[Path] = set()


def keep_exports_out_of(*folders: Path | None) -> None:
    """Refuse exports into ``folders`` (and below) from now on."""
    for folder in folders:
        if folder is not None:
            _journal_folders.add(Path(os.path.realpath(folder)))


def _inside_journal_folder(path: Path) -> bool:
    where = Path(os.path.realpath(path.parent))
    return any(where == folder or folder in where.parents for folder in _journal_folders)


def check_target(path: Path, *, replace: bool) -> None:
    """Refuse a target that is not a regular file (a folder, a device, a pipe, a link),
    one inside the journal's own folders, and an existing file unless ``replace``; one
    plain sentence each."""
    if _inside_journal_folder(path):
        raise DocumentWriteError(
            f"{path} is in LeadJournal's own folder, beside your journal and its backups; "
            "choose another place for the export."
        )
    if path.suffix.lower() in JOURNAL_SUFFIXES and os.path.lexists(path):
        raise DocumentWriteError(
            f"{path} looks like a journal or a backup of one, so no export is written over it."
        )
    try:
        status = os.lstat(path)
    except FileNotFoundError:
        return
    except OSError as error:
        raise DocumentWriteError(f"{path} can't be used: {error.strerror or error}.") from None
    if stat.S_ISLNK(status.st_mode):
        raise DocumentWriteError(f"{path} is a link to another file; choose a plain file name.")
    if stat.S_ISDIR(status.st_mode):
        raise DocumentWriteError(f"{path} is a folder; give a file name inside it.")
    if not stat.S_ISREG(status.st_mode):
        raise DocumentWriteError(
            f"{path} is not a regular file (a device or a pipe, for example); choose a file name."
        )
    if not replace:
        raise ExportExistsError(f"{path} already exists and was left as it is.")


def _replace_atomically(path: Path, data: bytes, *, replace: bool) -> None:
    """Write next to ``path`` and rename, so a failed write never leaves half a file.

    The temporary file is created exclusively (never a file or link someone planted),
    readable by its owner only, in the target's folder; the result stays owner-only.
    """
    check_target(path, replace=replace)
    folder = path.parent
    try:
        descriptor, name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".partial", dir=folder)
    except OSError as error:
        reason = error.strerror or str(error)
        raise DocumentWriteError(f"{path.name} could not be saved: {reason}.") from None
    temporary = Path(name)
    try:
        with os.fdopen(descriptor, "wb") as file:
            file.write(data)
            file.flush()
            os.fsync(file.fileno())
        if replace:
            check_target(path, replace=True)  # still a file (or nothing) just before
            temporary.replace(path)
        else:
            _place_new(temporary, path)
    except OSError as error:
        temporary.unlink(missing_ok=True)
        if isinstance(error, FileExistsError):
            raise ExportExistsError(f"{path} already exists and was left as it is.") from None
        reason = error.strerror or str(error)
        raise DocumentWriteError(f"{path.name} could not be saved: {reason}.") from error
    except BaseException:
        temporary.unlink(missing_ok=True)
        raise


def _place_new(temporary: Path, path: Path) -> None:
    """Give ``temporary`` the name ``path`` only if nothing has it (FileExistsError)."""
    from leadjournal.db.backups import place_exclusively

    place_exclusively(temporary, path)


def write_bytes(path: Path, data: bytes, *, replace: bool = False) -> None:
    """Write a whole file safely: a failure leaves no half-written file behind. An
    existing file is replaced only with ``replace`` (after the user said yes)."""
    _replace_atomically(path, data, replace=replace)


def write_text(path: Path, text: str, *, replace: bool = False) -> None:
    _replace_atomically(path, text.encode("utf-8"), replace=replace)


def write_markdown(path: Path, markdown: str, *, replace: bool = False) -> None:
    write_text(path, markdown, replace=replace)


def pdf_bytes(markdown: str, title: str, images: Mapping[str, QImage] | None = None) -> bytes:
    """Render Markdown to an A4 PDF and return its bytes; ``images`` are shown where the
    Markdown names them (``![Chart](name)``)."""
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QMarginsF, QUrl
    from PySide6.QtGui import QPageLayout, QPageSize, QPdfWriter, QTextDocument

    buffer_data = QByteArray()
    buffer = QBuffer(buffer_data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QPdfWriter(buffer)
    writer.setTitle(title)
    writer.setCreator("LeadJournal")
    writer.setPageLayout(
        QPageLayout(
            QPageSize(QPageSize.PageSizeId.A4),
            QPageLayout.Orientation.Portrait,
            QMarginsF(18, 18, 18, 18),
            QPageLayout.Unit.Millimeter,
        )
    )
    document = QTextDocument()
    document.setMarkdown(markdown)
    for name, image in (images or {}).items():  # after setMarkdown, which clears resources
        document.addResource(QTextDocument.ResourceType.ImageResource, QUrl(name), image)
    document.print_(writer)
    del writer  # finishes the PDF into the buffer
    buffer.close()
    return bytes(buffer_data.data())


def write_pdf(path: Path, markdown: str, title: str, *, replace: bool = False) -> None:
    _replace_atomically(path, pdf_bytes(markdown, title), replace=replace)
