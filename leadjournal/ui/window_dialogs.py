"""The main window's small message boxes: tell, confirm, about, keep running.

Imported when one is shown: QMessageBox is not needed before the first paint.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QMessageBox, QWidget

from leadjournal.i18n import tr


def tell(parent: QWidget, title: str, text: str) -> object:
    return QMessageBox.information(parent, title, text)


def confirm(parent: QWidget, title: str, text: str, yes: str) -> bool:
    """A question with a yes button named for what it does, and Cancel."""
    # The question on top (a window title is easily missed), the details below it.
    box = QMessageBox(QMessageBox.Icon.Question, title, title, parent=parent)
    box.setInformativeText(text)
    accept = box.addButton(yes, QMessageBox.ButtonRole.AcceptRole)
    box.addButton(QMessageBox.StandardButton.Cancel)
    box.exec()
    return box.clickedButton() is accept


def show_about(parent: QWidget, text: str, data_dir: Path) -> None:
    box = QMessageBox(parent)
    box.setWindowTitle(tr("About LeadJournal"))
    box.setIconPixmap(parent.windowIcon().pixmap(64, 64))
    box.setText(text)
    open_folder = box.addButton(tr("Open Data Folder"), QMessageBox.ButtonRole.ActionRole)
    box.addButton(QMessageBox.StandardButton.Close)
    box.exec()
    if box.clickedButton() is open_folder:
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(data_dir)))


def ask_close_without_tray(parent: QWidget) -> str:
    """ "keep" (minimised, reminders still come) or "quit", where there is no tray."""
    box = QMessageBox(parent)
    box.setWindowTitle(tr("Keep running?"))
    box.setText(
        tr(
            "This desktop has no system tray, so LeadJournal can't wait there. Keep it running "
            "(minimised) so reminders still come as desktop notifications and in the window, "
            "or quit?"
        )
    )
    keep = box.addButton(tr("Keep running"), QMessageBox.ButtonRole.AcceptRole)
    box.addButton(tr("Quit"), QMessageBox.ButtonRole.RejectRole)
    box.exec()
    return "keep" if box.clickedButton() is keep else "quit"
