"""Imports that never silently overwrite, the same text limit when writing and importing,
imported settings checked one by one, and settings readers that never break."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest

from leadjournal.db.engine import MAX_TEXT, TextTooLongError, open_journal
from leadjournal.db.repositories import Repositories
from leadjournal.db.repositories.settings import JsonValue
from leadjournal.paths import JournalPaths
from leadjournal.services.backups import load_policy
from leadjournal.services.privacy import load_idle_lock
from leadjournal.services.reminders import load_settings
from leadjournal.services.settings import JournalSettings
from leadjournal.services.transfer import (
    ImportRefusedError,
    export_json,
    import_data,
    plan_import,
)

FRIDAY = dt.date(2026, 11, 27)


def fresh(tmp_path: Path, name: str) -> Repositories:
    paths = JournalPaths(tmp_path / name)
    return Repositories(open_journal(paths.journal_file, paths.backups_dir))


def titles(repos: Repositories) -> list[str]:
    return sorted(lesson.title for lesson in repos.lessons.find())


# --- 2. an import says what it adds and replaces, and never replaces silently ---------------


def test_an_import_that_would_replace_different_rows_is_refused(tmp_path: Path) -> None:
    mine = fresh(tmp_path, "mine")
    mine.lessons.add(FRIDAY, title="My own lesson")
    theirs = fresh(tmp_path, "theirs")
    theirs.lessons.add(FRIDAY, title="Someone else's lesson")  # the same id, 1
    theirs.lessons.add(FRIDAY, title="Another of theirs")
    raw = export_json(theirs).encode()
    before = export_json(mine)

    plan = plan_import(mine, raw)
    assert (plan.added, plan.replaced) == (1, 1)
    assert plan.summary() == (
        "This import adds 1 record and replaces 1 record that is different in your journal."
    )
    with pytest.raises(ImportRefusedError) as refused:
        import_data(mine, raw)
    assert str(refused.value).startswith("The file would replace 1 record in your journal")
    assert "nothing was changed" in str(refused.value)
    assert export_json(mine) == before

    import_data(mine, raw, replace=True)  # asked for: the file's version wins
    assert titles(mine) == ["Another of theirs", "Someone else's lesson"]


def test_importing_what_the_journal_already_holds_changes_nothing(tmp_path: Path) -> None:
    mine = fresh(tmp_path, "mine")
    mine.lessons.add(FRIDAY, title="Kept once")
    raw = export_json(mine).encode()
    plan = plan_import(mine, raw)
    assert (plan.added, plan.replaced, plan.changes_anything) == (0, 0, False)
    assert plan.summary() == (
        "Your journal already holds everything in this file; nothing would change."
    )
    import_data(mine, raw)  # not refused: nothing differs
    assert titles(mine) == ["Kept once"]


# --- 5. the same limit when writing and when importing ------------------------------------


def test_the_longest_text_the_app_keeps_round_trips(tmp_path: Path) -> None:
    source = fresh(tmp_path, "source")
    longest = "a" * MAX_TEXT
    source.lessons.add(FRIDAY, title="Long", what_happened=longest)
    exported = export_json(source)
    target = fresh(tmp_path, "target")
    import_data(target, exported.encode())
    assert export_json(target) == exported
    assert target.lessons.find()[0].what_happened == longest


def test_a_text_longer_than_an_import_accepts_is_never_written(tmp_path: Path) -> None:
    repos = fresh(tmp_path, "journal")
    lesson_id = repos.lessons.add(FRIDAY, title="Short")
    with pytest.raises(TextTooLongError) as refused:
        repos.lessons.add(FRIDAY, title="Too long", what_happened="b" * (MAX_TEXT + 1))
    assert str(refused.value) == (
        "This text is 200,001 characters long and LeadJournal keeps "
        "at most 200,000 in one field, so it was not saved."
    )
    with pytest.raises(TextTooLongError):
        repos.lessons.update(lesson_id, what_happened="c" * (MAX_TEXT + 1))
    with pytest.raises(TextTooLongError):
        repos.settings.set("user_name", "d" * (MAX_TEXT + 1))
    assert titles(repos) == ["Short"]
    # Whatever the journal holds, its export imports back.
    import_data(fresh(tmp_path, "other"), export_json(repos).encode())


# --- 8. imported settings: each checked, machine-specific ones never taken ----------------


def export_with_settings(tmp_path: Path, settings: dict[str, JsonValue]) -> bytes:
    source = fresh(tmp_path, "crafted")
    for key, value in settings.items():
        source.settings.set(key, value)
    return export_json(source).encode()


def test_imported_settings_are_checked_and_machine_specific_ones_kept_local(
    tmp_path: Path,
) -> None:
    mine = fresh(tmp_path, "mine")
    mine.settings.set(
        "backups", {"keep_daily": 7, "keep_weekly": 4, "second_folder": "/media/me/usb"}
    )
    raw = export_with_settings(
        tmp_path,
        {
            "backups": {"keep_daily": 10, "keep_weekly": 2, "second_folder": "/srv/attacker"},
            "reminder_options": {"prep_minutes": "soon", "quiet_hours": {"enabled": True}},
            "working_days": [0, 1, 2, 3],
            "privacy": {"lock_when_idle": True, "idle_minutes": "abc"},
            "telemetry_url": "https://example.invalid",
        },
    )
    plan = plan_import(mine, raw)
    assert plan.notes == [
        "the setting “privacy” does not have the right shape, so it was skipped",
        "the setting “reminder_options” does not have the right shape, so it was skipped",
        "the setting “telemetry_url” is not one LeadJournal knows, so it was skipped",
    ]
    assert "Left out: the setting “privacy” does not have the right shape" in plan.summary()
    import_data(mine, raw, replace=True)
    policy = load_policy(mine)
    assert (policy.keep_daily, policy.keep_weekly) == (10, 2)
    assert policy.second_folder == Path("/media/me/usb")  # this computer's, not the file's
    assert mine.settings.get("working_days") == [0, 1, 2, 3]
    assert mine.settings.get("reminder_options") is None
    assert mine.settings.get("telemetry_url") is None

    other = fresh(tmp_path, "other")  # no second folder here: none is taken from the file
    import_data(other, raw)
    assert load_policy(other).second_folder is None


def test_every_settings_reader_tolerates_bad_values(tmp_path: Path) -> None:
    repos = fresh(tmp_path, "journal")
    repos.settings.set("backups", {"keep_daily": "abc", "keep_weekly": [1]})
    repos.settings.set("privacy", {"lock_when_idle": "yes", "idle_minutes": "ten"})
    repos.settings.set(
        "reminders",
        {"direction": {"enabled": "no", "time": "25:99", "day": "Monday"}, "review": "not a dict"},
    )
    repos.settings.set(
        "reminder_options",
        {
            "prep_minutes": "an hour",
            "quiet_hours": {"enabled": True, "start": 9},
            "followups_at": None,
        },
    )
    repos.settings.set("reminders_paused_on", "someday")
    policy = load_policy(repos)
    assert (policy.keep_daily, policy.keep_weekly) == (7, 4)
    lock = load_idle_lock(repos)
    assert (lock.enabled, lock.minutes) == (False, 10)
    loop = JournalSettings.of(repos).reminders
    assert loop["direction"] == {"enabled": True, "time": "09:00"}
    settings = load_settings(repos)
    assert settings.prep_minutes == 60
    assert settings.quiet_start == dt.time(21) and settings.quiet_end == dt.time(7, 30)
    assert settings.followups_at == dt.time(9) and settings.paused_on is None

    repos.settings.set("reminder_options", "garbage")
    repos.settings.set("reminders", ["garbage"])
    assert load_settings(repos).prep_enabled is True


def test_the_settings_the_app_writes_import_unchanged(tmp_path: Path) -> None:
    written: dict[str, JsonValue] = {
        "user_name": "Sam",
        "welcome_done": True,
        "journal_started_on": "2026-11-30",
        "working_days": [0, 1, 2, 3, 4],
        "reminders": {
            "direction": {"enabled": True, "time": "09:00", "day": 0},
            "practice": {"enabled": False, "time": "17:30"},
        },
        "reminder_options": {
            "prep_enabled": True,
            "prep_minutes": 60,
            "plans_enabled": True,
            "feedback_enabled": False,
            "followups_at": "09:00",
            "quiet_hours": {"enabled": True, "start": "21:00", "end": "07:30"},
        },
        "backups": {"keep_daily": 7, "keep_weekly": 4, "second_folder": None},
        "privacy": {"lock_when_idle": True, "idle_minutes": 10},
        "tray_note_shown": True,
        "close_without_tray": "keep",
    }
    raw = export_with_settings(tmp_path, written)
    target = fresh(tmp_path, "target")
    plan = plan_import(target, raw)
    assert plan.notes == []
    import_data(target, raw)
    assert {key: target.settings.get(key) for key in written} == written
    assert (
        json.loads(export_json(target))["tables"]["setting"] == json.loads(raw)["tables"]["setting"]
    )
