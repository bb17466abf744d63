"""Every user-visible string can be translated: the catalogue and the app's lookups agree."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLocale, QTranslator
from pytestqt.qtbot import QtBot

from leadjournal.i18n import install_translations
from leadjournal.ui.welcome import WelcomeDialog

ROOT = Path(__file__).parents[2]
TS = """<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name></name>
    <message>
        <source>Explore the sample journal</source>
        <translation>Das Beispiel-Journal ansehen</translation>
    </message>
</context>
</TS>
"""


def test_template_holds_the_strings_of_every_screen() -> None:
    template = (ROOT / "resources" / "translations" / "leadjournal.ts").read_text("utf-8")
    for text in (
        "Explore the sample journal",
        "Prepare one-on-one with {0}",
        "Start the cycle",
        "Waiting for answers",
    ):
        assert f"<source>{text}</source>" in template


def test_a_released_translation_changes_the_window(qtbot: QtBot, tmp_path: Path) -> None:
    lrelease = shutil.which("pyside6-lrelease") or str(
        Path(sys.executable).with_name("pyside6-lrelease")
    )
    (tmp_path / "leadjournal_de.ts").write_text(TS, encoding="utf-8")
    subprocess.run([lrelease, str(tmp_path / "leadjournal_de.ts")], check=True, capture_output=True)
    app = QCoreApplication.instance()
    assert app is not None
    assert install_translations(app, QLocale(QLocale.Language.German), tmp_path)
    try:
        dialog = WelcomeDialog()
        qtbot.addWidget(dialog)
        assert dialog.sample_button.text() == "Das Beispiel-Journal ansehen"
        assert dialog.next_button.text() == "Next"  # untranslated strings stay English
    finally:
        for translator in app.findChildren(QTranslator):
            app.removeTranslator(translator)
            translator.deleteLater()
