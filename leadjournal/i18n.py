"""Translation: one ``tr`` for every user-visible string, and loading the translations.

``pyside6-lupdate`` collects every ``tr("…")`` call into one catalogue (see
``scripts/update_translations.py``); since the helper is a plain function, the strings
share the catalogue's unnamed context, and ``tr`` looks them up there.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLocale, QTranslator

from leadjournal.paths import resources_dir


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # the name lupdate looks for
    """Mark ``text`` for the catalogue where it is defined, in a table or a constant, and
    translate it with ``tr`` where it is shown. Always ``QT_TRANSLATE_NOOP("", "…")``:
    ``tr`` looks strings up in the unnamed context."""
    return text


def tr(text: str) -> str:
    return QCoreApplication.translate("", text)


def tr_n(many: str, count: int, one: str) -> str:
    """A counted phrase with the right plural: ``tr_n("%n items", n, "%n item")``.

    A catalogue with numerus forms for ``many`` decides (any language's plural rules);
    without one, English: ``one`` for exactly 1, ``many`` otherwise. Never "item(s)".
    """
    translated = QCoreApplication.translate("", many, None, count)
    if translated != many.replace("%n", str(count)):
        return translated
    return (one if count == 1 else many).replace("%n", str(count))


def install_translations(
    app: QCoreApplication, locale: QLocale | None = None, folder: Path | None = None
) -> bool:
    """Load ``resources/translations/leadjournal_<lang>.qm`` for the user's language."""
    translator = QTranslator(app)
    where = str(folder or resources_dir() / "translations")
    if translator.load(locale or QLocale(), "leadjournal", "_", where):
        app.installTranslator(translator)
        return True
    return False
