"""The search dialog's group titles are in the user's language."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QCoreApplication, Qt, QTranslator
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from leadjournal.db.repositories import Repositories
from leadjournal.paths import resources_dir
from leadjournal.ui.search import SearchDialog
from tests.services.sized_journal import WORD, write_journal_of


@pytest.fixture
def german(qapp: QApplication) -> Iterator[None]:
    translator = QTranslator()
    assert translator.load(str(resources_dir() / "translations" / "leadjournal_de.qm"))
    QCoreApplication.installTranslator(translator)
    yield
    QCoreApplication.removeTranslator(translator)


def group_titles(dialog: SearchDialog) -> list[str]:
    items = [dialog.results.item(row) for row in range(dialog.results.count())]
    return [item.text() for item in items if not item.data(Qt.ItemDataRole.UserRole)]


def test_groups_are_titled_in_the_users_language(
    qtbot: QtBot, repos: Repositories, german: None
) -> None:
    write_journal_of(repos, 2)
    dialog = SearchDialog(repos, lambda _link: True)
    qtbot.addWidget(dialog)
    qtbot.keyClicks(dialog.box, WORD)
    dialog.run()
    titles = group_titles(dialog)
    assert {"Wochenpläne", "Aufgaben", "Entscheidungen", "Einzelgespräche"} <= set(titles)
    assert not {"Weekly plans", "Tasks", "Decisions"} & set(titles)
