"""Writing small documents (agendas, summaries) as Markdown or PDF.

PDF goes through ``QTextDocument`` and ``QPdfWriter`` from QtGui: no widgets, but a
``QGuiApplication`` must exist (the GUI has one; the CLI creates an offscreen one).
"""

from __future__ import annotations

import os
from pathlib import Path

from leadjournal.errors import JournalError


class DocumentWriteError(JournalError):
    """A document could not be written (full disk, no permission, missing folder)."""


def _replace_atomically(path: Path, data: bytes) -> None:
    """Write next to ``path`` and rename, so a failed write never leaves half a file."""
    temporary = path.with_name(f".{path.name}.partial")
    try:
        with temporary.open("wb") as file:
            file.write(data)
            file.flush()
            os.fsync(file.fileno())
        temporary.replace(path)
    except OSError as error:
        temporary.unlink(missing_ok=True)
        reason = error.strerror or str(error)
        raise DocumentWriteError(f"{path.name} could not be saved: {reason}.") from error


def write_bytes(path: Path, data: bytes) -> None:
    """Write a whole file safely: a failure leaves no half-written file behind."""
    _replace_atomically(path, data)


def write_text(path: Path, text: str) -> None:
    _replace_atomically(path, text.encode("utf-8"))


def write_markdown(path: Path, markdown: str) -> None:
    write_text(path, markdown)


def pdf_bytes(markdown: str, title: str) -> bytes:
    """Render Markdown to an A4 PDF and return its bytes."""
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QMarginsF
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
    document.print_(writer)
    del writer  # finishes the PDF into the buffer
    buffer.close()
    return bytes(buffer_data.data())


def write_pdf(path: Path, markdown: str, title: str) -> None:
    _replace_atomically(path, pdf_bytes(markdown, title))
