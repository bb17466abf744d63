"""Every visual decision in one place: colours, type, spacing, corners and the style sheet.

Widgets never set colours, fonts or style sheets of their own. They name a *role*
(``set_role(widget, "card")``) that the style sheet below styles, and painted things
(charts, the sparkline, practice cells) ask for a colour by name (``colour("accent")``)
and listen to ``changed`` to paint again when the scheme changes.

The scheme follows the desktop (``QStyleHints.colorScheme``) unless the person chose
Light or Dark in View → Appearance. Building the theme is a palette and one style sheet
string: no extra imports, nothing read from disk, so start-up is not slower. Before the
first paint the desktop's scheme is read from its palette, not from
``QStyleHints.colorScheme()``: that returns an enum of PySide6's ``Qt`` namespace, whose
first use builds every enum in it (15-50 ms). Once the journal is open the scheme is
asked again the exact way (``apply`` from the window) and only a difference repaints.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Literal

import shiboken6
from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QAction, QActionGroup, QColor, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication, QLabel, QLineEdit, QMenu, QWidget

from leadjournal.i18n import tr

if TYPE_CHECKING:
    from PySide6.QtCore import Qt

Scheme = Literal["light", "dark"]
Choice = Literal["system", "light", "dark"]
CHOICES: tuple[Choice, ...] = ("system", "light", "dark")

# The roles widgets may ask for (the style sheet styles each of them).
ROLES = frozenset(
    {
        "card",
        "primary",
        "quiet",
        "title",
        "section",
        "caption",
        "chip",
        "empty-state",
        "editor",
        "banner",  # the in-window reminder: a warm strip, readable in both schemes
        "placeholder-page",  # a tab still opening: its lines centred
        "results",  # a list of rich-text rows (search): a calm tint marks the chosen one
    }
)


@dataclass(frozen=True)
class Palette:
    """The named colours of one scheme (hex strings)."""

    scheme: Scheme
    window: str  # the window's background
    card: str  # cards, inputs, lists, charts
    text: str  # body text on window and card
    muted: str  # captions and hints, still readable on window and card
    accent: str  # primary buttons, selection, highlights
    accent_text: str  # text on accent
    link: str  # links on window and card
    border: str  # input and control outlines (3:1 against window and card)
    divider: str  # decorative lines between cards and sections (no contrast need)
    focus: str  # the keyboard focus ring
    danger_text: str  # "something is wrong" sentences, on window and card
    warning_text: str  # "worth a look" sentences, on window and card
    success: str  # cell background: done
    warning: str  # cell background: skipped
    danger: str  # cell background: missed
    neutral: str  # cell background: not a working day; chips
    info: str  # cell background: today, still open
    series: tuple[str, ...]  # chart lines and bars, in order

    def names(self) -> dict[str, str]:
        """Every single colour by name (the series as ``series_1`` …)."""
        named = {
            name: value
            for name, value in vars(self).items()
            if isinstance(value, str) and name != "scheme"
        }
        named.update({f"series_{n}": value for n, value in enumerate(self.series, start=1)})
        return named


LIGHT = Palette(
    scheme="light",
    window="#f5f4f0",
    card="#ffffff",
    text="#1f2328",
    muted="#595f69",
    accent="#2f5f9e",
    accent_text="#ffffff",
    link="#24528c",
    border="#868b94",
    divider="#dedcd6",
    focus="#2563c9",
    danger_text="#a0341f",
    warning_text="#7a4a00",
    success="#d5ebd5",
    warning="#fbe7b8",
    danger="#f6d3ce",
    neutral="#e9e8e4",
    info="#dbe7f7",
    series=("#2f6fb3", "#c25e22", "#2f8a4c", "#8a5cb8", "#a8760a"),
)

DARK = Palette(
    scheme="dark",
    window="#1b1d21",
    card="#25282d",
    text="#e7e6e2",
    muted="#a7adb7",
    accent="#3f71b8",
    accent_text="#ffffff",
    link="#8fb8f2",
    border="#7d838d",
    divider="#3a3e45",
    focus="#8fb8f2",
    danger_text="#f4a091",
    warning_text="#e8c36e",
    success="#234329",
    warning="#4a3c14",
    danger="#502623",
    neutral="#34373d",
    info="#22364f",
    series=("#6fa8ec", "#ec975c", "#6cc487", "#bb98e3", "#e2c15f"),
)

PALETTES: dict[Scheme, Palette] = {"light": LIGHT, "dark": DARK}

# Tones: a second property for what a label says, beside its role (``set_tone``).
# "danger"/"warning" colour a sentence; "lead"/"manage" tint a chip by half of the job.
TONES = frozenset({"danger", "warning", "lead", "manage"})

# Type scale in points: a page title, a section heading, body text, a caption.
TYPE = {"title": 17, "section": 12, "body": 10, "caption": 9}
# Spacing scale in pixels, for margins and gaps between things.
SPACE = {"xs": 4, "s": 8, "m": 12, "l": 16, "xl": 24}
# Corner radii in pixels.
RADIUS = {"small": 4, "medium": 8, "large": 12}
# Comfortable writing: the most characters a line of the user's own text should hold.
WRITING_LINE_CHARACTERS = 80


class _Theme(QObject):
    """The one theme: which scheme is showing and who must hear when it changes."""

    changed = Signal()  # the palette changed: paint again with ``colour(...)``

    def __init__(self) -> None:
        super().__init__()
        self.choice: Choice = "system"
        self.palette: Palette = LIGHT
        self._following: QGuiApplication | None = None


_theme: _Theme | None = None


def theme() -> _Theme:
    """The theme singleton (its ``changed`` signal)."""
    global _theme
    if _theme is None:
        _theme = _Theme()
    return _theme


def current() -> Palette:
    """The palette showing now."""
    return theme().palette


def colour(name: str) -> QColor:
    """A named colour of the palette showing now (``series_2``, ``accent``, …)."""
    return QColor(current().names()[name])


def set_role(widget: QWidget, role: str) -> None:
    """Give ``widget`` one of the theme's roles; the style sheet does the rest."""
    if role not in ROLES:
        raise ValueError(f"unknown role {role!r}")
    widget.setProperty("role", role)
    _repolish(widget)


def set_tone(widget: QWidget, tone: str | None) -> None:
    """Colour ``widget`` as a ``danger`` or ``warning`` sentence, or a ``lead``/``manage``
    chip; None takes the tone away again."""
    if tone is not None and tone not in TONES:
        raise ValueError(f"unknown tone {tone!r}")
    widget.setProperty("tone", tone or "")
    _repolish(widget)


def set_read_only(field: QLineEdit, read_only: bool) -> None:
    """Make ``field`` read-only or editable again; a read-only field takes the window's
    background, so it reads as settled rather than waiting for typing."""
    field.setReadOnly(read_only)
    _repolish(field)  # the sheet's [readOnly="true"] is matched when polished


# Widgets whose re-polish waits for the window's first paint; None once it was painted.
_polish_later: list[QWidget] | None = None


def _repolish(widget: QWidget) -> None:
    """Make a property set after the widget was polished take effect.

    While the app starts, a widget whose window is not on screen yet is only noted:
    calling ``QStyle.polish`` from Python builds every enum of the ``Qt`` namespace (one
    of its overloads takes a QPalette, which a ``Qt.GlobalColor`` converts to), a
    noticeable moment before the first paint. A widget not polished yet takes its
    property when it is first shown anyway; ``finish_start_up`` re-polishes the noted
    ones right after the first paint.
    """
    if _polish_later is not None and not widget.window().isVisible():
        _polish_later.append(widget)
        return
    style = widget.style()
    style.unpolish(widget)  # a property set after polishing needs a re-polish
    style.polish(widget)


def finish_start_up() -> None:
    """The first window is on screen: re-polish what start-up noted, at once from now on."""
    global _polish_later
    waiting, _polish_later = _polish_later, None
    for widget in waiting or ():
        if shiboken6.isValid(widget):
            _repolish(widget)


def desktop_scheme() -> Scheme:
    """The desktop's colour scheme (light when it does not say)."""
    from PySide6.QtCore import Qt  # here, not at import: see the module's docstring

    hints = QGuiApplication.styleHints()
    return "dark" if hints.colorScheme() == Qt.ColorScheme.Dark else "light"


def palette_scheme() -> Scheme:
    """The desktop's colour scheme as its palette shows it (dark window, dark scheme):
    what start-up uses, as it needs no ``Qt`` enum."""
    window = QGuiApplication.palette().color(QPalette.ColorRole.Window)
    return "dark" if window.lightness() < 128 else "light"


def scheme_for(choice: str) -> Scheme:
    if choice == "dark":
        return "dark"
    if choice == "light":
        return "light"
    return desktop_scheme()


def apply(app: QApplication, choice: str = "system", *, starting: bool = False) -> None:
    """Show ``choice`` ("system", "light" or "dark") in the whole application.

    "system" follows the desktop, also when it changes while the app is open. With
    ``starting`` (before the first paint) the desktop's scheme is read from its palette.
    """
    global _polish_later
    state = theme()
    state.choice = choice if choice in CHOICES else "system"
    if not starting:
        finish_start_up()
    if state._following is None:
        # The desktop's palette, read before Fusion's own can replace it.
        first_guess = palette_scheme() if starting else None
        if starting:
            _polish_later = []  # until finish_start_up (see _repolish)
        app.setStyle("Fusion")  # the same drawing everywhere, so palettes apply fully
        QGuiApplication.styleHints().colorSchemeChanged.connect(_desktop_changed)
        state._following = app
    else:
        first_guess = None
    if starting and state.choice == "system":
        scheme = first_guess or state.palette.scheme  # a later session: as it shows
    else:
        scheme = scheme_for(state.choice)
    palette = PALETTES[scheme]
    if palette is state.palette and app.property("leadjournal_theme") == palette.scheme:
        return
    state.palette = palette
    app.setPalette(qt_palette(palette))
    app.setStyleSheet(style_sheet(palette))
    app.setProperty("leadjournal_theme", palette.scheme)
    _refresh_rich_text(app)
    state.changed.emit()


def _refresh_rich_text(app: QApplication) -> None:
    """Rich-text labels colour their links when the text is set: set it again."""
    for widget in app.allWidgets():
        if isinstance(widget, QLabel) and "<a " in (text := widget.text()):
            widget.clear()  # setText with the same text would change nothing
            widget.setText(text)


def appearance_actions(menu: QMenu, choose: Callable[[str], None]) -> dict[str, QAction]:
    """Fill View → Appearance: System / Light / Dark, the showing choice checked."""
    group = QActionGroup(menu)
    actions: dict[str, QAction] = {}
    for choice, text in (
        ("system", tr("Like the &System")),
        ("light", tr("&Light")),
        ("dark", tr("&Dark")),
    ):
        action = QAction(text, group)
        action.setCheckable(True)
        action.setChecked(choice == theme().choice)
        action.triggered.connect(lambda _on=False, c=choice: choose(c))
        menu.addAction(action)
        actions[choice] = action
    return actions


def _desktop_changed(_scheme: Qt.ColorScheme) -> None:
    state = theme()
    app = QApplication.instance()
    if state.choice == "system" and isinstance(app, QApplication):
        apply(app, "system")


def qt_palette(palette: Palette) -> QPalette:
    """The Qt palette for ``palette``: what Fusion and every plain widget paint with."""
    result = QPalette()
    role, group = QPalette.ColorRole, QPalette.ColorGroup
    window, card = QColor(palette.window), QColor(palette.card)
    dark = palette.scheme == "dark"
    colours = {
        role.Window: window,
        role.WindowText: QColor(palette.text),
        role.Base: card,
        role.AlternateBase: window,
        role.Text: QColor(palette.text),
        role.Button: card,
        role.ButtonText: QColor(palette.text),
        role.BrightText: QColor(palette.accent_text),
        role.Highlight: QColor(palette.accent),
        role.HighlightedText: QColor(palette.accent_text),
        role.Link: QColor(palette.link),
        role.LinkVisited: QColor(palette.link),
        role.PlaceholderText: QColor(palette.muted),
        role.ToolTipBase: card,
        role.ToolTipText: QColor(palette.text),
        role.Light: card.lighter(130) if dark else card,
        role.Midlight: QColor(palette.divider),
        role.Mid: QColor(palette.border),
        role.Dark: QColor(palette.border).darker(130),
        role.Shadow: QColor("#000000"),
        role.Accent: QColor(palette.accent),
    }
    for name, value in colours.items():
        result.setColor(name, value)
    for name in (role.WindowText, role.Text, role.ButtonText):
        result.setColor(group.Disabled, name, QColor(palette.border))
    result.setColor(group.Disabled, role.Button, window)
    return result


def style_sheet(p: Palette) -> str:
    """The application's style sheet for palette ``p``: every role, and the focus ring."""
    s, r, t = SPACE, RADIUS, TYPE
    return f"""
QWidget[role="card"] {{
    background: {p.card}; border: 1px solid {p.divider}; border-radius: {r["medium"]}px;
}}
QGroupBox[role="card"] {{
    margin-top: {s["xl"]}px; padding: {s["m"]}px {s["s"]}px {s["s"]}px {s["s"]}px;
    font-size: {t["section"]}pt; font-weight: 600; /* the title's; children keep theirs */
}}
QGroupBox[role="card"]::title {{
    subcontrol-origin: margin; left: {s["xs"]}px; padding: 0 {s["xs"]}px;
    font-size: {t["section"]}pt; font-weight: 600; color: {p.text};
}}
QLabel[role="title"] {{ font-size: {t["title"]}pt; font-weight: 600; color: {p.text}; }}
QLabel[role="section"] {{ font-size: {t["section"]}pt; font-weight: 600; color: {p.text}; }}
QLabel[role="caption"] {{ font-size: {t["caption"]}pt; color: {p.muted}; }}
QLabel[role="chip"] {{
    background: {p.neutral}; color: {p.text}; border-radius: {r["large"]}px;
    padding: 2px {s["s"]}px;
}}
QLabel[role="chip"][tone="lead"] {{ background: {p.info}; font-weight: 600; }}
QLabel[role="chip"][tone="manage"] {{ background: {p.success}; font-weight: 600; }}
QLabel[tone="danger"] {{ color: {p.danger_text}; font-weight: 600; }}
QLabel[tone="warning"] {{ color: {p.warning_text}; }}
QFrame[role="empty-state"] {{
    background: {p.card}; border: 1px dashed {p.border}; border-radius: {r["large"]}px;
}}
QFrame[role="empty-state"] QLabel {{ background: transparent; border: none; }}
QTextEdit[role="editor"], QPlainTextEdit[role="editor"] {{
    font-size: {t["body"] + 1}pt; padding: {s["s"]}px;
}}
QDialogButtonBox {{ dialogbuttonbox-buttons-have-icons: 0; }} /* words, as every button */
QPushButton {{
    background: {p.card}; color: {p.text}; border: 1px solid {p.border};
    border-radius: {r["small"]}px; padding: 3px {s["s"] - 2}px; min-height: 16px;
}}
QPushButton:hover {{ background: {p.neutral}; }}
QPushButton:pressed, QPushButton:checked {{ background: {p.info}; }}
QPushButton:disabled {{ color: {p.border}; border-color: {p.divider}; }}
QPushButton[role="primary"] {{
    background: {p.accent}; color: {p.accent_text}; border-color: {p.accent};
    font-weight: 600;
}}
QPushButton[role="primary"]:hover {{ background: {p.link if p.scheme == "light" else p.accent}; }}
QPushButton[role="quiet"] {{ background: transparent; border-color: transparent; color: {p.link}; }}
QPushButton[role="quiet"]:hover {{ background: {p.neutral}; }}
QPushButton[role="primary"]:disabled, QPushButton[role="quiet"]:disabled {{
    color: {p.border}; /* after the roles, or a disabled button would look ready */
}}
QPushButton[role="primary"]:disabled {{ background: {p.neutral}; border-color: {p.divider}; }}
QPushButton:focus, QToolButton:focus {{ border: 2px solid {p.focus}; }}
QPushButton[role="primary"]:focus {{ border: 2px solid {p.accent_text}; }}
QLineEdit, QTextEdit, QPlainTextEdit, QAbstractSpinBox, QComboBox {{
    background: {p.card}; color: {p.text}; border: 1px solid {p.border};
    border-radius: {r["small"]}px; selection-background-color: {p.accent};
    selection-color: {p.accent_text};
}}
QLineEdit, QAbstractSpinBox, QComboBox {{ padding: 2px {s["xs"]}px; }}
QLineEdit[readOnly="true"] {{ background: {p.window}; }}
QLineEdit:focus, QTextEdit:focus, QPlainTextEdit:focus, QAbstractSpinBox:focus,
QComboBox:focus {{ border: 2px solid {p.focus}; }}
QCheckBox:focus, QRadioButton:focus {{
    background: {p.info}; color: {p.link}; border-radius: {r["small"]}px;
}}
QToolTip {{ background: {p.card}; color: {p.text}; border: 1px solid {p.border}; }}
QFrame[role="banner"] {{ background: {p.warning}; border: none; border-top: 1px solid {p.border}; }}
QFrame[role="banner"] QLabel {{ background: transparent; color: {p.text}; }}
QFrame[role="banner"] QPushButton[role="quiet"] {{ color: {p.text}; text-align: left; }}
QWidget[role="placeholder-page"] QLabel {{ qproperty-alignment: AlignHCenter; }}
QListView, QTreeView, QTableView {{ border: 1px solid {p.border}; padding: 1px; }}
QListView:focus, QTreeView:focus, QTableView:focus {{
    border: 2px solid {p.focus}; padding: 0;
}}
QComboBox QListView, QComboBox QListView:focus {{ border: 1px solid {p.border}; padding: 0; }}
QListView[role="results"]::item:selected {{ background: {p.info}; color: {p.text}; }}
QTabBar::tab:focus {{ color: {p.focus}; text-decoration: underline; }}
"""
