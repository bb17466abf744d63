"""Fits and scales: at 1024×700 no tab, Weekly Plan step or Coaching Log person page
needs a sideways scrollbar, and no label, field hint or table cell is cut — in English
and in German (the longer words), on an empty journal and on the sample journal, and at
150% and 200% scale (``QT_SCALE_FACTOR``, which must be set before Qt starts: those run in
a fresh Python, ``python -m tests.ui.test_fits``, that prints what it found).
"""

from __future__ import annotations

import datetime as dt
import json
import math
import os
import subprocess
import sys
import tempfile
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QElapsedTimer, QLocale, Qt, QTranslator
from PySide6.QtGui import QFontMetrics, QTextDocument
from PySide6.QtGui import Qt as GuiQt
from PySide6.QtWidgets import (
    QAbstractScrollArea,
    QApplication,
    QHeaderView,
    QLabel,
    QLineEdit,
    QTableView,
    QTreeView,
    QWidget,
)
from pytestqt.qtbot import QtBot

from leadjournal import clock
from leadjournal.db.files import ensure_data_folder
from leadjournal.i18n import install_translations
from leadjournal.paths import JournalPaths
from leadjournal.services.setup import FirstRunAnswers
from leadjournal.session import JournalSession
from leadjournal.ui.main_window import MainWindow
from leadjournal.ui.tabs.weekly_plan.tab import WeeklyPlanTab
from tests.test_scheduler import FakeClock

SIZE = (1024, 700)
# The sample journal's "today": a Monday morning in its current week.
MONDAY = dt.datetime(2026, 11, 30, 8, 30)
ROOT = Path(__file__).resolve().parents[2]


# --- what a person would see as cut off ---------------------------------------------------
def _shown(widget: QWidget, window: QWidget) -> bool:
    return widget.isVisibleTo(window) and widget.width() > 0 and widget.height() > 0


def _plain(text: str) -> str:
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&")


def offenders(window: QWidget) -> list[str]:
    """What does not fit in ``window`` as shown now, one plain line per offender."""
    found: list[str] = []
    if window.width() > SIZE[0] or window.height() > SIZE[1]:
        found.append(f"window needs {window.width()}×{window.height()}")
    for area in window.findChildren(QAbstractScrollArea):
        bar = area.horizontalScrollBar()
        if _shown(area, window) and bar.isVisible() and bar.maximum() > 0:
            name = area.accessibleName() or area.metaObject().className()
            found.append(f"sideways scrollbar in {name} ({bar.maximum()} px)")
        if isinstance(area, (QTableView, QTreeView)) and _shown(area, window):
            found += _cut_cells(area)
    for label in window.findChildren(QLabel):
        text = label.text()
        if not text or label.wordWrap() or not _shown(label, window):
            continue
        if label.textFormat() == Qt.TextFormat.RichText or (
            label.textFormat() == Qt.TextFormat.AutoText and GuiQt.mightBeRichText(text)
        ):
            document = QTextDocument()
            document.setDefaultFont(label.font())
            document.setDocumentMargin(0)
            document.setHtml(text)
            widest = math.ceil(document.idealWidth())
        else:
            widest = max(label.fontMetrics().horizontalAdvance(line) for line in text.split("\n"))
        room = label.contentsRect().width() - 2 * max(label.margin(), 0) - max(label.indent(), 0)
        if widest > room + 1:
            found.append(f"label cut: {text!r} ({widest} px in {room})")
    for field in window.findChildren(QLineEdit):
        hint = field.placeholderText()
        # Every hint fits, also one that names the user's own words (shorten it to fit,
        # with the whole sentence in the tooltip).
        if field.text() or not hint or not _shown(field, window):
            continue
        room = field.contentsRect().width() - 10  # the frame's and the text's inner margins
        if field.fontMetrics().horizontalAdvance(hint) > room:
            found.append(f"field hint cut: {hint!r}")
    return found


def _short(text: str) -> bool:
    """A name, a kind, a date ("Mo, 21. Sept 2026"): not a sentence of the user's."""
    words = len(text.split())
    return words <= 3 or (words == 4 and any(character.isdigit() for character in text))


def _cut_cells(view: QTableView | QTreeView) -> list[str]:
    """Short cells (names, dates, kinds) whose text is elided, in the first rows."""
    model = view.model()
    if model is None or (isinstance(view, QTableView) and view.wordWrap()):
        return []
    header: QHeaderView = view.horizontalHeader() if isinstance(view, QTableView) else view.header()
    metrics = QFontMetrics(view.font())
    found: list[str] = []
    for column in range(model.columnCount()):
        if header.isSectionHidden(column) or header.sectionSize(column) <= 0:
            continue
        if header.stretchLastSection() and column == header.count() - 1:
            room = view.viewport().width() - header.sectionPosition(column)
        else:
            room = header.sectionSize(column)
        for row in range(min(model.rowCount(), 30)):
            index = model.index(row, column)
            text = model.data(index, Qt.ItemDataRole.DisplayRole)
            # Sentences (the user's own notes) elide by design; names, dates, kinds must fit.
            if not isinstance(text, str) or not text or not _short(text):
                continue
            need = metrics.horizontalAdvance(text) + 8  # the cell's own padding
            if model.data(index, Qt.ItemDataRole.DecorationRole) is not None:
                need += view.iconSize().width() + 4 if view.iconSize().width() > 0 else 20
            if isinstance(view, QTreeView) and column == 0:
                need += view.indentation()
            if need > room:
                name = view.accessibleName() or view.metaObject().className()
                found.append(f"cell cut in {name}: {text!r} ({need} px in {room})")
    return found


# --- every view a person can open -----------------------------------------------------------
def views(window: MainWindow) -> Iterator[str]:
    """Show each tab, each Weekly Plan step and a person's page in turn; yields its name."""
    tabs = window.tabs
    for index in range(tabs.count()):
        tabs.setCurrentIndex(index)
        page = tabs.currentWidget()
        name = tabs.tabText(index)
        steps = getattr(page, "step_list", None)
        if steps is not None:
            for row in range(steps.count()):
                page.show_step(row)  # type: ignore[attr-defined]
                yield f"{name} / {steps.item(row).text()}"
            page.show_step(0)  # type: ignore[attr-defined]
            continue
        no_cycle = getattr(page, "no_cycle", None)  # Practice with nothing running
        if no_cycle is not None and no_cycle.isVisible():
            yield name
            page.choose_pair()  # type: ignore[attr-defined]
            yield f"{name} / choosing a pair"
            continue
        people = getattr(page, "people_list", None)
        if people is not None and people.count() > 0:
            people.setCurrentRow(0)
            sections = page.sections  # type: ignore[attr-defined]
            for section in range(sections.count()):
                sections.setCurrentIndex(section)
                yield f"{name} / {people.item(0).text()} / {sections.tabText(section)}"
            continue
        yield name


def _settle(ms: int = 60) -> None:
    timer = QElapsedTimer()
    timer.start()
    while timer.elapsed() < ms:
        QCoreApplication.processEvents()


def check_every_view(window: MainWindow, shots: Path | None = None) -> dict[str, list[str]]:
    """Every view's offenders, keyed by the view's name (views that fit are left out)."""
    window.resize(*SIZE)
    window.show()
    found: dict[str, list[str]] = {}
    for number, name in enumerate(views(window)):
        _settle()
        seen = offenders(window)
        if seen:
            found[name] = seen
            if shots is not None:
                window.grab().save(str(shots / f"{number:02}.png"))
    return found


def open_session(
    folder: Path, sample: bool, wait: Callable[[Callable[[], bool]], None], fake: FakeClock
) -> JournalSession:
    paths = JournalPaths(folder)
    ensure_data_folder(paths.data_dir)
    if sample:
        session = JournalSession(paths, demo=True)
    else:
        answers = FirstRunAnswers(name="Sam Lee", team=["Amara Okafor", "Jonas Weber"])
        session = JournalSession(paths, first_run_answers=answers)
    session.clock = fake
    assert session.guard.acquire()
    session.start()
    wait(lambda: session.scheduler is not None)
    return session


# --- the tests ----------------------------------------------------------------------------
@pytest.fixture(params=["en", "de"])
def language(request: pytest.FixtureRequest, qapp: QApplication) -> Iterator[str]:
    before = set(qapp.findChildren(QTranslator))
    if request.param == "de":
        assert install_translations(qapp, QLocale(QLocale.Language.German, QLocale.Country.Germany))
    try:
        yield request.param
    finally:
        for translator in set(qapp.findChildren(QTranslator)) - before:
            qapp.removeTranslator(translator)
            translator.deleteLater()


@pytest.mark.parametrize("sample", [False, True], ids=["empty", "sample"])
def test_every_view_fits_at_1024_by_700(
    qtbot: QtBot, tmp_path: Path, language: str, sample: bool
) -> None:
    fake = FakeClock(MONDAY)
    clock.use(fake)
    session = None
    try:
        session = open_session(
            tmp_path / "journal", sample, lambda done: qtbot.waitUntil(done, timeout=20000), fake
        )
        shots = tmp_path / "shots"
        shots.mkdir()
        found = check_every_view(session.window, shots)
    finally:
        if session is not None:
            session.close()
        clock.use(None)
    assert found == {}, json.dumps(found, indent=1, ensure_ascii=False)


def test_the_today_panel_fits_every_day_of_the_week(
    qtbot: QtBot, tmp_path: Path, language: str
) -> None:
    """Each weekday the Today panel says a different, sometimes long, sentence."""
    fake = FakeClock(MONDAY)
    clock.use(fake)
    session = None
    found: dict[str, list[str]] = {}
    try:
        session = open_session(
            tmp_path / "journal", False, lambda done: qtbot.waitUntil(done, timeout=20000), fake
        )
        window = session.window
        window.resize(*SIZE)
        window.show()
        weekly = window.tabs.widget(0)
        assert isinstance(weekly, WeeklyPlanTab)
        for _day in range(5):
            weekly.today_panel.refresh()
            _settle()
            assert weekly.today_panel.isVisible()
            seen = offenders(window)
            if seen:
                found[fake.now().strftime("%A")] = seen
                window.grab().save(str(tmp_path / f"{fake.now():%A}.png"))
            fake.advance(dt.timedelta(days=1))
    finally:
        if session is not None:
            session.close()
        clock.use(None)
    assert found == {}, json.dumps(found, indent=1, ensure_ascii=False)


@pytest.mark.parametrize("scale", ["1.5", "2"])
def test_every_view_fits_when_the_desktop_is_scaled(scale: str) -> None:
    env = dict(os.environ, QT_SCALE_FACTOR=scale, QT_QPA_PLATFORM="offscreen")
    run = subprocess.run(
        [sys.executable, "-m", "tests.ui.test_fits", "de"],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert run.returncode == 0, run.stderr[-3000:]
    found = json.loads(run.stdout.strip().splitlines()[-1])
    assert found == {}, json.dumps(found, indent=1, ensure_ascii=False)


def _main(language: str, shots: Path | None = None) -> int:
    """The scaled check in a fresh Python: prints {view: [offenders]} as JSON."""
    app = QApplication(sys.argv[:1])
    if language == "de":
        install_translations(app, QLocale(QLocale.Language.German, QLocale.Country.Germany))
    fake = FakeClock(MONDAY)
    clock.use(fake)

    def wait(done: Callable[[], bool]) -> None:
        timer = QElapsedTimer()
        timer.start()
        while not done() and timer.elapsed() < 30000:
            app.processEvents()
        assert done(), "the journal did not open"

    found: dict[str, list[str]] = {}
    for sample in (False, True):
        with tempfile.TemporaryDirectory() as folder:
            session = open_session(Path(folder) / "journal", sample, wait, fake)
            kind = "sample" if sample else "empty"
            folder_shots = None
            if shots is not None:
                folder_shots = shots / f"{language}-{kind}"
                folder_shots.mkdir(parents=True, exist_ok=True)
            seen = check_every_view(session.window, folder_shots)
            found.update({f"{kind}: {view}": what for view, what in seen.items()})
            session.close()
    print(json.dumps(found, ensure_ascii=False))
    return 0


if __name__ == "__main__":
    # python -m tests.ui.test_fits [en|de] [FOLDER for screenshots of the offending views]
    arguments = sys.argv[1:]
    sys.exit(
        _main(
            arguments[0] if arguments else "en", Path(arguments[1]) if len(arguments) > 1 else None
        )
    )
