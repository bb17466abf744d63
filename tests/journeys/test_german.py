"""A person whose desktop speaks German sees LeadJournal in German: the window's tabs, the
Weekly Plan's steps, the menus and the dialogs (resources/translations/leadjournal_de.qm,
built by scripts/build_translations.py)."""

from __future__ import annotations

import html
import json
import re
import subprocess
import sys
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale, QModelIndex, Qt, QTranslator
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QApplication,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QListView,
    QPlainTextEdit,
    QPushButton,
    QTabBar,
    QTabWidget,
    QWidget,
)
from pytestqt.qtbot import QtBot

from leadjournal.db.repositories import Repositories
from leadjournal.i18n import install_translations
from leadjournal.paths import resources_dir
from leadjournal.services.transfer import export_json
from leadjournal.ui.tabs.coaching.tab import CoachingLogTab
from leadjournal.ui.tabs.weekly_plan.tab import WeeklyPlanTab
from tests.journeys.conftest import FIRST_MONDAY, Journey, welcome_answers
from tests.ui.helpers import open_demo_session


@pytest.fixture
def german(qapp: QApplication) -> Iterator[None]:
    """The translations installed as at start on a desktop whose language is German."""
    before = set(qapp.findChildren(QTranslator))
    assert install_translations(qapp, QLocale(QLocale.Language.German, QLocale.Country.Germany))
    try:
        yield
    finally:
        for translator in set(qapp.findChildren(QTranslator)) - before:
            qapp.removeTranslator(translator)
            translator.deleteLater()


@pytest.fixture
def journey_de(german: None, journey: Journey) -> Journey:
    """The journey fixture's empty journal, opened on a German desktop."""
    return journey


def test_a_german_desktop_sees_the_window_in_german(journey_de: Journey) -> None:
    window = journey_de.open(welcome_answers())
    titles = [window.tabs.tabText(index) for index in range(window.tabs.count())]
    assert titles[:3] == ["Wochenplan", "Coaching-Notizen", "Erkenntnisse"]
    assert "Übung" in titles and "Einblicke" in titles
    assert [action.text() for action in window.menuBar().actions()][:2] == ["&Datei", "&Bearbeiten"]

    weekly = window.tabs.widget(0)
    assert isinstance(weekly, WeeklyPlanTab)
    steps = weekly.step_list
    assert [steps.item(row).text() for row in range(steps.count())] == [
        "Montag · Richtung vorgeben",
        "Montag · Arbeit planen",
        "Tracker",
        "Dienstag · Check-in",
        "Mittwoch · Verbessern",
        "Donnerstag · Abstimmen",
        "Freitag · Rückblick",
    ]


def test_a_german_desktop_gets_german_dialogs(journey_de: Journey) -> None:
    window = journey_de.open(welcome_answers())
    seen: dict[str, list[str]] = {}

    def read_and_close(dialog: object) -> None:
        assert isinstance(dialog, QDialog)
        texts = [dialog.windowTitle()]
        for buttons in dialog.findChildren(QDialogButtonBox):
            texts += [button.text() for button in buttons.buttons()]
        for tabs in dialog.findChildren(QTabWidget):
            texts += [tabs.tabText(index) for index in range(tabs.count())]
        table = getattr(dialog, "table", None)
        if table is not None:
            texts += [table.horizontalHeaderItem(c).text() for c in range(table.columnCount())]
            texts += [table.item(r, 2).text() for r in range(table.rowCount())]
        seen[dialog.metaObject().className()] = texts
        dialog.reject()

    journey_de.answer(read_and_close)
    window.shortcuts_action.trigger()
    shortcuts = seen["ShortcutsDialog"]
    assert shortcuts[:5] == ["Tastenkürzel", "Schließen", "Wo", "Tasten", "Was sie tun"]
    assert "Vorige / nächste Woche" in shortcuts

    journey_de.answer(read_and_close)
    window.settings_action.trigger()
    settings = seen["SettingsDialog"]
    assert settings[0] == "Einstellungen"
    assert {"Erinnerungen", "Allgemein", "Sicherungen", "Privatsphäre"} <= set(settings)
    # Qt's own buttons speak German too (Qt's translation comes with ours).
    assert {"Speichern", "Abbrechen"} <= set(settings)


# --- nothing left in English ------------------------------------------------------------
QT_OWN = {"Scroll Left", "Scroll Right"}  # Qt's tab-bar arrows: Qt's own translation


@pytest.fixture
def pseudo_translation(qapp: QApplication, tmp_path: Path) -> Iterator[None]:
    """Every string of the catalogue shown as ⟦…⟧, so text that never went through the
    catalogue stands out as plain English."""
    root = Path(__file__).resolve().parents[2]
    tree = ET.parse(root / "resources" / "translations" / "leadjournal.ts")
    for message in tree.iter("message"):
        wrapped = f"⟦{message.findtext('source')}⟧"
        translation = message.find("translation")
        assert translation is not None
        translation.clear()
        if message.get("numerus") == "yes":
            for _form in range(2):
                ET.SubElement(translation, "numerusform").text = wrapped
        else:
            translation.text = wrapped
    tree.getroot().set("language", "de_DE")
    tree.write(tmp_path / "pseudo.ts", encoding="utf-8", xml_declaration=True)
    lrelease = Path(sys.executable).with_name("pyside6-lrelease")
    qm = tmp_path / "pseudo.qm"
    subprocess.run(
        [str(lrelease), "-silent", str(tmp_path / "pseudo.ts"), "-qm", str(qm)], check=True
    )
    translator = QTranslator()
    assert translator.load(str(qm))
    qapp.installTranslator(translator)
    try:
        yield
    finally:
        qapp.removeTranslator(translator)


def is_standard_button(button: QAbstractButton) -> bool:
    box = button.parent()
    return (
        isinstance(box, QDialogButtonBox)
        and isinstance(button, QPushButton)
        and (box.standardButton(button) != QDialogButtonBox.StandardButton.NoButton)
    )


def is_key_sequence(text: str) -> bool:
    """Keys as Qt names them ("Ctrl+K"), which Qt's own translation turns into "Strg+K"."""
    keys = text.split()
    return bool(keys) and all(QKeySequence(key).toString() == key for key in keys)


def shown_texts(root: QWidget) -> set[str]:
    """What a person can read in ``root``: labels, buttons, placeholders, titles, tabs,
    list entries and table headers and cells (shown or on a page not opened yet)."""
    texts = [widget.toolTip() for widget in root.findChildren(QWidget)]
    texts += [label.text() for label in root.findChildren(QLabel)]
    texts += [
        button.text()
        for button in root.findChildren(QAbstractButton)
        if not is_standard_button(button)  # Save, Cancel, Close: Qt's own translation
    ]
    texts += [field.placeholderText() for field in root.findChildren(QLineEdit)]
    texts += [field.placeholderText() for field in root.findChildren(QPlainTextEdit)]
    texts += [box.title() for box in root.findChildren(QGroupBox)]
    for bar in root.findChildren(QTabBar):
        texts += [bar.tabText(index) for index in range(bar.count())]
    for combo in root.findChildren(QComboBox):
        texts += [combo.itemText(index) for index in range(combo.count())]
    for view in root.findChildren(QAbstractItemView):
        model = view.model()
        if model is None:
            continue
        columns = model.columnCount(QModelIndex()) if not isinstance(view, QListView) else 1
        texts += [str(model.headerData(c, Qt.Orientation.Horizontal) or "") for c in range(columns)]
        for row in range(min(model.rowCount(QModelIndex()), 40)):
            texts += [str(model.data(model.index(row, c)) or "") for c in range(columns)]
    return {re.sub(r"<[^>]+>", " ", text).strip() for text in texts}


def journal_words(repositories: Repositories) -> list[str]:
    """Everything the sample journal holds as text, and the practice catalogue's
    behaviours: what people wrote is shown as written, not translated."""
    found: list[str] = []

    def walk(value: object) -> None:
        if isinstance(value, str) and value.strip():
            found.append(value.strip())
            found.extend(part.strip() for part in value.split(",") if part.strip())  # tags
        elif isinstance(value, dict):
            for inner in value.values():
                walk(inner)
        elif isinstance(value, list):
            for inner in value:
                walk(inner)

    walk(json.loads(export_json(repositories)))
    walk(json.loads((resources_dir() / "practice" / "catalogue.json").read_text("utf-8")))
    return sorted(set(found), key=len, reverse=True)


def untranslated(text: str, words: list[str]) -> bool:
    """Plain English left once the catalogue's ⟦…⟧ and the journal's own words are out."""
    rest, before = html.unescape(text), ""
    while rest != before:  # innermost first: a translated sentence holds translated dates
        rest, before = re.sub(r"⟦[^⟦⟧]*⟧", " ", rest), rest
    if is_key_sequence(rest.strip()):
        return False
    for word in words:
        if word in rest:
            rest = rest.replace(word, " ")
    rest = rest.strip()
    if rest in QT_OWN or rest in words:
        return False
    return bool(re.search(r"[A-Za-z]{2,}", rest))


def test_every_text_on_screen_comes_from_the_catalogue(
    pseudo_translation: None, qtbot: QtBot, tmp_path: Path
) -> None:
    """Walk every tab, every Weekly Plan step and every Coaching Log section of the
    sample journal: any text that is neither from the catalogue nor written in the
    journal is a string that skipped tr()."""
    session = open_demo_session(qtbot, tmp_path, FIRST_MONDAY)
    window = session.window
    window.resize(1280, 800)
    seen: dict[str, str] = {}

    def look(where: str) -> None:
        qtbot.wait(50)
        for text in shown_texts(window):
            seen.setdefault(text, where)

    try:
        for index in range(window.tabs.count()):
            window.tabs.setCurrentIndex(index)
            page = window.tabs.widget(index)
            look(window.tabs.tabText(index))
            if isinstance(page, WeeklyPlanTab):
                for step in range(page.step_list.count()):
                    page.show_step(step)
                    look(f"Weekly Plan step {step + 1}")
            if isinstance(page, CoachingLogTab):
                for number in range(page.sections.count()):
                    section = page.sections.widget(number)
                    assert section is not None
                    page.show_section(section)
                    look(f"Coaching Log section {number + 1}")
        assert window.repositories is not None
        from leadjournal.ui.help import ShortcutsDialog
        from leadjournal.ui.quick_capture import QuickCaptureDialog
        from leadjournal.ui.settings import SettingsDialog
        from leadjournal.ui.tabs.coaching.person_dialog import PersonDialog
        from leadjournal.ui.welcome import WelcomeDialog

        dialogs: list[QDialog] = [
            WelcomeDialog(parent=window),
            SettingsDialog(window.repositories, window),
            ShortcutsDialog(window.findChildren(QAction), window),
            QuickCaptureDialog(window.repositories, parent=window),
            PersonDialog(parent=window),
        ]
        for dialog in dialogs:
            for text in shown_texts(dialog):
                seen.setdefault(text, type(dialog).__name__)
            dialog.deleteLater()
        words = journal_words(window.repositories)
        plain = sorted(
            f"{where}: {text!r}" for text, where in seen.items() if untranslated(text, words)
        )
    finally:
        session.close()
    assert not plain, "Shown without going through tr():\n" + "\n".join(plain)
