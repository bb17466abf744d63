"""Save a screenshot of the real window on a sample journal.

QT_QPA_PLATFORM=offscreen python scripts/screenshot.py OUT.png [--size 1280x800] [--tab N]
    [--step N] [--person NAME] [--section N] [--prepare] [--language de]
QT_QPA_PLATFORM=offscreen python scripts/screenshot.py --every-tab DIR [--language de]
QT_QPA_PLATFORM=offscreen python scripts/screenshot.py --gallery docs/images/gallery

--language shows the window as a desktop in that language would (its translation and its
dates), e.g. ``--language de`` for German. --every-tab saves each tab and each step of the
Weekly Plan into DIR (tab-1-….png, weekly-plan-step-1-….png) in one start. --gallery does
the same twice, in the light and the dark scheme, into DIR/light and DIR/dark, and adds
the dialogs (dialog-settings.png, dialog-search.png, …).
"""

from __future__ import annotations

import argparse
import re
import sys
import tempfile
import unicodedata
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QLocale, QTimer
from PySide6.QtWidgets import QWidget

from leadjournal.app import LeadJournalApp
from leadjournal.paths import JournalPaths
from leadjournal.session import JournalSession
from leadjournal.ui.main_window import MainWindow, request_quit


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("output")
    parser.add_argument("--size", default="1280x800")
    parser.add_argument("--tab", type=int, default=0)
    parser.add_argument("--step", type=int, default=-1, help="Weekly Plan step to show")
    parser.add_argument("--person", default="", help="Coaching Log: the person to open")
    parser.add_argument("--section", type=int, default=-1, help="Coaching Log section")
    parser.add_argument("--prepare", action="store_true", help="Open Prepare one-on-one")
    parser.add_argument("--language", default="", help="e.g. de: translation and dates")
    parser.add_argument("--every-tab", action="store_true", help="OUTPUT is a folder")
    parser.add_argument(
        "--gallery", action="store_true", help="OUTPUT is a folder: every tab, light and dark"
    )
    args = parser.parse_args()
    width, height = (int(v) for v in args.size.split("x"))
    if args.language:
        QLocale.setDefault(QLocale(args.language))  # before the app loads its translation
    app = LeadJournalApp(sys.argv[:1])
    folder = Path(tempfile.mkdtemp(prefix="leadjournal-shot-"))
    session = JournalSession(JournalPaths(folder), demo=True, temporary=True)
    session.guard.acquire()

    def shoot() -> None:
        window = session.window
        window.resize(width, height)
        window.tabs.setCurrentIndex(args.tab)
        page = window.tabs.currentWidget()
        if args.step >= 0 and hasattr(page, "show_step"):
            page.show_step(args.step)
        if args.person and hasattr(page, "select_person"):
            person = window.repositories.people.find_by_name(args.person)
            page.select_person(person.id)
        if args.section >= 0 and hasattr(page, "sections"):
            page.show_section(page.sections.widget(args.section))
        target = window
        if args.prepare:
            from leadjournal.ui.tabs.coaching.prep import PrepareOneOnOneDialog

            target = PrepareOneOnOneDialog(page, page.person, page.default_prep_day(), window)
            target.show()
        QTimer.singleShot(300, lambda: (target.grab().save(args.output), request_quit()))

    def shoot_every_tab() -> None:
        window = session.window
        window.resize(width, height)
        schemes = ("light", "dark") if args.gallery else ("",)
        shots: list[tuple[str, Callable[[], object]]] = []
        for scheme in schemes:
            folder = Path(args.output) / scheme
            folder.mkdir(parents=True, exist_ok=True)
            if scheme:
                shots.append(("", lambda scheme=scheme: use_scheme(app, scheme)))
            for index in range(window.tabs.count()):
                name = f"tab-{index + 1}-{slug(window.tabs.tabText(index))}.png"
                shots.append(
                    (str(folder / name), lambda index=index: window.tabs.setCurrentIndex(index))
                )
                if index == 0:
                    shots += [
                        (str(folder / name), show) for name, show in weekly_plan_steps(window)
                    ]
            if args.gallery:
                shots += [(str(folder / name), show) for name, show in dialogs(window)]

        def next_shot() -> None:
            if not shots:
                request_quit()
                return
            path, show = shots.pop(0)
            shown = show()  # a dialog to photograph instead of the window, or None
            if not path:  # a change of scheme, nothing to save
                QTimer.singleShot(300, next_shot)
                return
            target = shown if isinstance(shown, QWidget) else window

            def save() -> None:
                target.grab().save(path)
                if target is not window:
                    target.close()
                    target.deleteLater()
                next_shot()

            QTimer.singleShot(300, save)

        next_shot()

    def weekly_plan_steps(window: MainWindow) -> list[tuple[str, Callable[[], None]]]:
        page = window.tabs.widget(0)
        steps = getattr(page, "step_list", None)
        if steps is None:
            return []
        return [
            (
                f"weekly-plan-step-{row + 1}-{slug(steps.item(row).text())}.png",
                lambda row=row: page.show_step(row),
            )
            for row in range(steps.count())
        ]

    start = shoot_every_tab if args.every_tab or args.gallery else shoot
    session.journal_opened.connect(lambda: QTimer.singleShot(100, start))
    session.start()
    app.exec()
    session.close()
    return 0


def dialogs(window: MainWindow) -> list[tuple[str, Callable[[], QWidget]]]:
    """The dialogs a person meets, each opened (not run) on the sample journal."""
    from leadjournal.ui.privacy import PassphraseDialog
    from leadjournal.ui.quick_capture import QuickCaptureDialog
    from leadjournal.ui.search import SearchDialog
    from leadjournal.ui.settings import SettingsDialog
    from leadjournal.ui.tabs.coaching.person_dialog import PersonDialog
    from leadjournal.ui.welcome import WelcomeDialog

    repositories = window.repositories
    assert repositories is not None

    def shown(dialog: QWidget) -> QWidget:
        dialog.show()
        return dialog

    def search() -> QWidget:
        dialog = SearchDialog(repositories, lambda _link: False, window)
        dialog.show()
        dialog.box.setText("billing")  # as typed: the results come a moment later
        return dialog

    def person() -> QWidget:
        people = repositories.people.list()
        return shown(PersonDialog(people[0] if people else None, window))

    return [
        ("dialog-welcome.png", lambda: shown(WelcomeDialog(first_run=True))),
        ("dialog-settings.png", lambda: shown(SettingsDialog(repositories, window))),
        ("dialog-search.png", search),
        (
            "dialog-quick-capture.png",
            lambda: shown(QuickCaptureDialog(repositories, parent=window)),
        ),
        ("dialog-person.png", person),
        (
            "dialog-passphrase.png",
            lambda: shown(PassphraseDialog(PassphraseDialog.PROTECT, window)),
        ),
    ]


def use_scheme(app: LeadJournalApp, scheme: str) -> None:
    """Show the window in the light or the dark scheme (the theme's own switch)."""
    from leadjournal.ui import theme

    theme.apply(app, scheme)


def slug(text: str) -> str:
    """An ASCII file name part from a title in any language: "Übung" → "uebung"."""
    text = text.lower().translate(str.maketrans({"ä": "ae", "ö": "oe", "ü": "ue", "ß": "ss"}))
    text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z0-9]+", "-", text).strip("-")


if __name__ == "__main__":
    sys.exit(main())
