"""One way to write dates, counts and hours, whatever the system's locale."""

from __future__ import annotations

import datetime as dt
import locale
import re
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale

from leadjournal.i18n import tr_n
from leadjournal.services.reminder_text import describe_when
from leadjournal.text import (
    count_text,
    day_month,
    hours_text,
    human_date,
    human_date_time,
    month_year,
)


@pytest.fixture
def c_locale() -> Iterator[None]:
    """The process and Qt both on the C locale, as under ``LANG=C``."""
    before_qt = QLocale()
    before = locale.setlocale(locale.LC_ALL)
    locale.setlocale(locale.LC_ALL, "C")
    QLocale.setDefault(QLocale.c())
    try:
        yield
    finally:
        QLocale.setDefault(before_qt)
        locale.setlocale(locale.LC_ALL, before)


def test_a_date_reads_weekday_day_month_year(c_locale: None) -> None:
    assert human_date(dt.date(2026, 11, 29)) == "Sun 29 Nov 2026"
    assert human_date(dt.date(2026, 12, 3)) == "Thu 3 Dec 2026"
    assert day_month(dt.date(2026, 12, 3)) == "3 Dec"
    assert month_year(dt.date(2026, 12, 3)) == "Dec 2026"
    assert human_date_time(dt.datetime(2026, 12, 3, 9, 5)) == "Thu 3 Dec 2026, 09:05"


def test_reminder_times_use_the_same_names(c_locale: None) -> None:
    now = dt.datetime(2026, 11, 30, 8, 30)
    assert describe_when(dt.datetime(2026, 12, 3, 9, 0), now) == "Thu 09:00"
    assert describe_when(dt.datetime(2026, 12, 14, 9, 0), now) == "14 Dec 09:00"


def test_hours_show_no_needless_decimals() -> None:
    assert hours_text(2.0) == "2 h"
    assert hours_text(1.5) == "1.5 h"
    assert hours_text(0.25) == "0.25 h"


def test_counts_say_one_item_and_two_items(qapp: object) -> None:
    assert count_text(1, "item", "items") == "1 item"
    assert count_text(2, "item", "items") == "2 items"
    assert tr_n("%n results", 1, "%n result") == "1 result"
    assert tr_n("%n results", 2, "%n result") == "2 results"
    assert tr_n("%n results", 0, "%n result") == "0 results"
    assert tr_n("{0} of %n lessons", 1, "{0} of %n lesson").format(1) == "1 of 1 lesson"


def test_no_message_counts_with_item_s() -> None:
    """A count is written for its number ("1 answer", "3 answers"), never "answer(s)"."""
    package = Path(__file__).resolve().parent.parent / "leadjournal"
    lazy = re.compile(r"[\"'][^\"']*[A-Za-z]\(s\)[^\"']*[\"']")  # inside a string literal
    found = [
        f"{path.name}:{number}"
        for path in package.rglob("*.py")
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1)
        if lazy.search(line)
        and not line.lstrip().startswith("#")
        and '"""' not in line
        and "``" not in line
    ]
    assert found == []
