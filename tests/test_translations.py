"""Every string a person can see reaches the translation catalogue, and German is complete.

The catalogue is built by ``pyside6-lupdate``, which only sees string literals in
``tr("…")``, ``QT_TRANSLATE_NOOP("", "…")`` and (through scripts/update_translations.py)
``tr_n("%n …", count, "%n …")``. A ``tr(variable)`` therefore shows English to everyone,
unless the variable reads a table whose strings are marked with ``QT_TRANSLATE_NOOP``.
"""

from __future__ import annotations

import ast
import importlib.util
import re
import subprocess
import sys
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from types import ModuleType

import pytest
from PySide6.QtCore import QLocale, QTranslator
from PySide6.QtWidgets import QApplication

from leadjournal.i18n import install_translations, tr, tr_n

ROOT = Path(__file__).resolve().parent.parent
PACKAGE = ROOT / "leadjournal"
TRANSLATIONS = ROOT / "resources" / "translations"
TEMPLATE = TRANSLATIONS / "leadjournal.ts"
GERMAN = TRANSLATIONS / "leadjournal_de.ts"
MARKER = "QT_TRANSLATE_NOOP"


def load_script(name: str) -> ModuleType:
    spec = importlib.util.spec_from_file_location(name, ROOT / "scripts" / f"{name}.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


# --- what the code marks ----------------------------------------------------------------
@dataclass(frozen=True)
class Marked:
    text: str
    counted: bool  # a tr_n phrase: a numerus message in the catalogue
    where: str


def modules() -> Iterator[tuple[str, Path, ast.Module]]:
    for path in sorted(PACKAGE.rglob("*.py")):
        name = ".".join(path.relative_to(ROOT).with_suffix("").parts).removesuffix(".__init__")
        yield name, path, ast.parse(path.read_text(encoding="utf-8"))


def is_call(node: ast.AST, *names: str) -> bool:
    return isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id in names


def is_text(node: ast.AST) -> bool:
    return isinstance(node, ast.Constant) and isinstance(node.value, str)


def mentions_marker(node: ast.AST) -> bool:
    return any(is_call(inner, MARKER) for inner in ast.walk(node))


def names_in(node: ast.AST) -> set[str]:
    """Every name an expression reads: ``x``, the ``attr`` of ``a.attr``."""
    found = set()
    for inner in ast.walk(node):
        if isinstance(inner, ast.Name):
            found.add(inner.id)
        elif isinstance(inner, ast.Attribute):
            found.add(inner.attr)
    return found


def assigned_names(target: ast.AST) -> set[str]:
    return names_in(target)


def own_tables(tree: ast.Module) -> set[str]:
    """Names bound, at any level, to a value holding ``QT_TRANSLATE_NOOP`` marks, and
    parameters annotated ``MarkedText``."""
    tables = set()
    for node in ast.walk(tree):
        if (
            isinstance(node, ast.arg)
            and node.annotation is not None
            and "MarkedText" in names_in(node.annotation)
        ):
            tables.add(node.arg)
        if isinstance(node, ast.Assign) and mentions_marker(node.value):
            for target in node.targets:
                tables |= assigned_names(target)
        elif (isinstance(node, ast.AnnAssign) and node.value is not None) and mentions_marker(
            node.value
        ):
            tables |= assigned_names(node.target)
    return tables


def marked_names() -> dict[str, set[str]]:
    """Per module: its marked tables, the ones it imports, and loop variables over them."""
    trees = {name: tree for name, _path, tree in modules()}
    tables = {name: own_tables(tree) for name, tree in trees.items()}
    marked = {}
    for name, tree in trees.items():
        names = set(tables[name])
        for node in ast.walk(tree):
            if isinstance(node, ast.ImportFrom) and node.module in tables:
                names |= {
                    alias.asname or alias.name
                    for alias in node.names
                    if alias.name in tables[node.module]
                }
        for _ in range(3):  # a loop over a loop over a table, a name given a table's entry
            for node in ast.walk(tree):
                if isinstance(node, ast.For | ast.comprehension) and names_in(node.iter) & names:
                    names |= assigned_names(node.target)
                elif isinstance(node, ast.Assign) and names_in(node.value) & names:
                    for target in node.targets:
                        names |= assigned_names(target)
        marked[name] = names
    return marked


def translated_calls() -> Iterator[tuple[str, str, ast.Call]]:
    for name, path, tree in modules():
        for node in ast.walk(tree):
            if is_call(node, "tr", "tr_n"):
                assert isinstance(node, ast.Call)
                yield name, f"{path.relative_to(ROOT)}:{node.lineno}", node


def marked_fields() -> set[str]:
    """Fields given marked text by keyword anywhere: ``Step(title=QT_TRANSLATE_NOOP(…))``
    makes ``something.title`` a marked string."""
    trees = [tree for _name, _path, tree in modules()]
    layouts = {  # a class's annotated fields in order: positional arguments of a dataclass
        node.name: [
            item.target.id
            for item in node.body
            if isinstance(item, ast.AnnAssign) and isinstance(item.target, ast.Name)
        ]
        for tree in trees
        for node in ast.walk(tree)
        if isinstance(node, ast.ClassDef)
    }
    fields = set().union(*(own_tables(tree) for tree in trees))  # class attributes too
    for tree in trees:
        for node in ast.walk(tree):
            if not isinstance(node, ast.Call):
                continue
            fields |= {
                keyword.arg
                for keyword in node.keywords
                if keyword.arg and mentions_marker(keyword.value)
            }
            if isinstance(node.func, ast.Name) and node.func.id in layouts:
                layout = layouts[node.func.id]
                fields |= {
                    layout[index]
                    for index, argument in enumerate(node.args[: len(layout)])
                    if mentions_marker(argument)
                }
    return fields


def reads_marked(text: ast.AST, names: set[str], fields: set[str]) -> bool:
    for inner in ast.walk(text):
        if isinstance(inner, ast.Name) and inner.id in names:
            return True
        if isinstance(inner, ast.Attribute) and inner.attr in names | fields:
            return True
    return False


def unseen_by_lupdate() -> list[str]:
    """``tr``/``tr_n`` calls whose text lupdate cannot read, as ``file:line: call``."""
    marked = marked_names()
    fields = marked_fields()
    problems = []
    for module, where, call in translated_calls():
        texts = [call.args[0]] if call.args else []
        if is_call(call, "tr_n") and len(call.args) == 3:
            texts.append(call.args[2])
        for text in texts:
            if is_text(text):
                continue
            if is_call(call, "tr") and reads_marked(text, marked[module], fields):
                continue  # reads a QT_TRANSLATE_NOOP-marked table
            problems.append(f"{where}: {ast.unparse(call)[:90]}")
    return problems


def literal(node: ast.expr) -> str | None:
    """The text of a string literal, else None."""
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return node.value
    return None


def marked_strings() -> list[Marked]:
    found = []
    for _module, where, call in translated_calls():
        text = literal(call.args[0]) if call.args else None
        if text is not None:
            found.append(Marked(text, is_call(call, "tr_n"), where))
    for _name, path, tree in modules():
        for node in ast.walk(tree):
            if isinstance(node, ast.Call) and is_call(node, MARKER) and len(node.args) == 2:
                text = literal(node.args[1])
                if text is not None:
                    where = f"{path.relative_to(ROOT)}:{node.lineno}"
                    found.append(Marked(text, False, where))
    return found


# --- what the catalogues hold -----------------------------------------------------------
@dataclass(frozen=True)
class Message:
    source: str
    numerus: bool
    finished: bool
    forms: tuple[str, ...]


def catalogue(path: Path) -> dict[str, Message]:
    messages = {}
    for element in ET.parse(path).getroot().iter("message"):
        source = element.findtext("source") or ""
        translation = element.find("translation")
        assert translation is not None
        numerus = element.get("numerus") == "yes"
        if numerus:
            forms = tuple(form.text or "" for form in translation.iter("numerusform"))
        else:
            forms = (translation.text or "",)
        finished = translation.get("type") not in ("unfinished", "vanished", "obsolete")
        messages[source] = Message(source, numerus, finished, forms)
    return messages


def missing_from(messages: dict[str, Message]) -> list[str]:
    missing = []
    for marked in marked_strings():
        message = messages.get(marked.text)
        if message is None or (marked.counted and not message.numerus):
            missing.append(f"{marked.where}: {marked.text!r}")
    return sorted(set(missing))


# --- the tests --------------------------------------------------------------------------
def test_every_translated_string_is_one_lupdate_can_read() -> None:
    problems = unseen_by_lupdate()
    assert not problems, (
        f"{len(problems)} tr()/tr_n() calls get text lupdate cannot see; pass a literal, or "
        'read a table marked with QT_TRANSLATE_NOOP("", "…") (or a parameter typed MarkedText):\n'
        + "\n".join(problems)
    )


@pytest.fixture(scope="module")
def fresh_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The template as scripts/update_translations.py makes it from the code now."""
    fresh = tmp_path_factory.mktemp("lupdate") / "leadjournal.ts"
    assert load_script("update_translations").run_lupdate([fresh]) == 0
    return fresh


def test_lupdate_extracts_every_marked_string_with_counted_phrases_as_plurals(
    fresh_template: Path,
) -> None:
    messages = catalogue(fresh_template)
    missing = missing_from(messages)
    assert not missing, (
        "lupdate did not extract these (a tr() inside an f-string or another call's "
        "argument list?):\n" + "\n".join(missing)
    )


def test_a_counted_phrase_reaches_the_catalogue_as_a_plural(tmp_path: Path) -> None:
    source = tmp_path / "basket.py"
    source.write_text(
        "from leadjournal.i18n import tr, tr_n\n"
        "def label(count: int) -> str:\n"
        '    return tr_n("%n apples in the basket", count, "%n apple in the basket")\n'
        'TITLE = tr("Basket")\n',
        encoding="utf-8",
    )
    fresh = tmp_path / "leadjournal.ts"
    assert load_script("update_translations").run_lupdate([fresh], [source]) == 0
    messages = catalogue(fresh)
    assert set(messages) == {"%n apples in the basket", "Basket"}
    assert messages["%n apples in the basket"].numerus
    assert not messages["Basket"].numerus
    # The English singular travels with the phrase, for the translator.
    note = ET.parse(fresh).getroot().find(".//message[@numerus='yes']/extracomment")
    assert note is not None and note.text == "English for exactly one: %n apple in the basket"


def test_the_committed_template_is_up_to_date_with_the_code(fresh_template: Path) -> None:
    committed, current = set(catalogue(TEMPLATE)), set(catalogue(fresh_template))
    assert committed == current, (
        "Run: python scripts/update_translations.py\n"
        f"new in the code: {sorted(current - committed)[:20]}\n"
        f"gone from the code: {sorted(committed - current)[:20]}"
    )


def placeholders(text: str) -> list[str]:
    return sorted(re.findall(r"\{[^}]*\}|%n|<[^>]+>", text))


def test_german_is_complete_with_both_plural_forms_and_every_placeholder() -> None:
    german = catalogue(GERMAN)
    assert set(german) == set(catalogue(TEMPLATE)), "Run scripts/update_translations.py"
    unfinished = [m.source for m in german.values() if not m.finished or not all(m.forms)]
    assert not unfinished, f"{len(unfinished)} untranslated: {unfinished[:20]}"
    for message in german.values():
        assert len(message.forms) == (2 if message.numerus else 1), message.source
        for form in message.forms:
            assert placeholders(form) == placeholders(message.source), (message.source, form)


def test_the_built_german_file_matches_its_catalogue() -> None:
    result = subprocess.run(
        [sys.executable, str(ROOT / "scripts" / "build_translations.py"), "--check"],
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stderr


def test_a_language_without_a_translation_stays_english(qapp: QApplication) -> None:
    before = set(qapp.findChildren(QTranslator))
    assert not install_translations(qapp, QLocale(QLocale.Language.French))
    assert set(qapp.findChildren(QTranslator)) == before  # not even Qt's own, half-French
    assert tr("Weekly Plan") == "Weekly Plan"
    assert tr_n("%n results", 1, "%n result") == "1 result"
    assert tr_n("%n results", 3, "%n result") == "3 results"
