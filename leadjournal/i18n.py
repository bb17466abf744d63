"""Translation: one ``tr`` for every user-visible string, and loading the translations.

``pyside6-lupdate`` collects every ``tr("…")`` call into one catalogue (see
``scripts/update_translations.py``); since the helper is a plain function, the strings
share the catalogue's unnamed context, and ``tr`` looks them up there. ``tr_n`` is not a
name lupdate knows: ``scripts/update_translations.py`` adds its phrases as numerus forms.

This module never imports Qt for ``tr``: where Qt is not loaded (the command line's
``leadjournal search``, which must stay fast) no translation can be installed, so ``tr``
returns the English text as it is.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import TYPE_CHECKING, TypeAlias

if TYPE_CHECKING:
    from PySide6.QtCore import QCoreApplication, QLocale


MarkedText: TypeAlias = str
"""A parameter that receives a ``QT_TRANSLATE_NOOP``-marked string, still English, to show
with ``tr``: ``def line_chart(name: MarkedText) -> …: series.setName(tr(name))``. The
translation test accepts ``tr(name)`` for such a parameter."""


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # the name lupdate looks for
    """Mark ``text`` for the catalogue where it is defined, in a table or a constant, and
    translate it with ``tr`` where it is shown. Always ``QT_TRANSLATE_NOOP("", "…")``:
    ``tr`` looks strings up in the unnamed context."""
    return text


def tr(text: str) -> str:
    qt_core = sys.modules.get("PySide6.QtCore")
    if qt_core is None:  # Qt not loaded, so no translation installed (the command line)
        return text
    return str(qt_core.QCoreApplication.translate("", text))


def tr_n(many: str, count: int, one: str) -> str:
    """A counted phrase with the right plural: ``tr_n("%n items", n, "%n item")``.

    A catalogue with numerus forms for ``many`` decides (any language's plural rules);
    without one, English: ``one`` for exactly 1, ``many`` otherwise. Never "item(s)".
    """
    qt_core = sys.modules.get("PySide6.QtCore")
    if qt_core is not None:
        translated = str(qt_core.QCoreApplication.translate("", many, None, count))
        if translated != many.replace("%n", str(count)):
            return translated
    return (one if count == 1 else many).replace("%n", str(count))


def install_translations(
    app: QCoreApplication, locale: QLocale | None = None, folder: Path | None = None
) -> bool:
    """Load ``resources/translations/leadjournal_<lang>.qm`` for the user's language.

    The .qm files are built from the .ts catalogues by ``scripts/build_translations.py``
    (packaging runs it; the built files are committed, so a checkout has them too).
    With ours, Qt's own translation for the same language is loaded too, so the standard
    buttons (Save, Cancel, Close, Yes, No) match; without ours, everything stays English.
    """
    from PySide6.QtCore import QLibraryInfo, QLocale, QTranslator

    from leadjournal.paths import resources_dir

    language = locale or QLocale()
    translator = QTranslator()
    where = str(folder or resources_dir() / "translations")
    if not translator.load(language, "leadjournal", "_", where):
        return False
    translator.setParent(app)  # kept as long as the app
    app.installTranslator(translator)
    qt_own = QTranslator()
    qt_folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    if qt_own.load(language, "qtbase", "_", qt_folder):
        qt_own.setParent(app)
        app.installTranslator(qt_own)
    return True
