"""The typed settings service: one place for every key, typed values, safe defaults, and
the status enums that match the database's check constraints."""

from __future__ import annotations

import ast
import datetime as dt
import re
from enum import StrEnum
from pathlib import Path

import pytest
from sqlalchemy import Table, select
from sqlalchemy.exc import InvalidRequestError
from sqlalchemy.sql.schema import ScalarElementColumnDefault

import leadjournal
from leadjournal.db import enums, models
from leadjournal.db.repositories import Repositories
from leadjournal.services.settings import (
    KNOWN_SHAPES,
    NOT_TRANSFERRED,
    BackupPolicy,
    IdleLock,
    JournalSettings,
    ReminderOptions,
    SettingKey,
)
from leadjournal.services.setup import FirstRunAnswers, save_answers


def test_each_setting_reads_back_what_was_written_and_is_stored_as_before(
    repos: Repositories,
) -> None:
    settings = JournalSettings.of(repos)
    settings.user_name = "Sam"
    settings.welcome_done = True
    settings.working_days = [3, 1, 1, 0]
    settings.reminders = {"review": {"enabled": False, "time": "16:30", "day": 3}}
    settings.reminder_options = ReminderOptions(
        prep_minutes=30, quiet_enabled=True, quiet_start=dt.time(22), followups_at=dt.time(8, 15)
    )
    settings.reminders_last_seen = dt.datetime(2026, 11, 30, 8, 30)
    settings.reminders_paused_on = dt.date(2026, 11, 30)
    settings.tray_note_shown = True
    settings.close_without_tray = "keep"
    settings.backups = BackupPolicy(keep_daily=10, keep_weekly=2, second_folder=Path("/sync"))
    settings.privacy = IdleLock(enabled=True, minutes=15)
    settings.appearance = "dark"
    settings.wip_limit = 3
    settings.note_journal_started(dt.date(2026, 11, 2))
    settings.note_journal_started(dt.date(2026, 11, 9))  # the first day is kept

    again = JournalSettings.of(repos)
    assert again.user_name == "Sam"
    assert again.welcome_done is True
    assert again.working_days == [0, 1, 3]
    assert again.reminders["review"] == {"enabled": False, "time": "16:30", "day": 3}
    assert again.reminders["direction"] == {"enabled": True, "time": "09:00"}  # the default
    options = again.reminder_options
    assert (options.prep_minutes, options.quiet_enabled) == (30, True)
    assert (options.quiet_start, options.quiet_end) == (dt.time(22), dt.time(7, 30))
    assert options.followups_at == dt.time(8, 15)
    assert again.reminders_last_seen == dt.datetime(2026, 11, 30, 8, 30)
    assert again.reminders_paused_on == dt.date(2026, 11, 30)
    assert (again.tray_note_shown, again.close_without_tray) == (True, "keep")
    assert again.backups == BackupPolicy(10, 2, Path("/sync"))
    assert again.privacy == IdleLock(True, 15)
    assert again.appearance == "dark"
    assert again.wip_limit == 3
    assert again.journal_started_on == dt.date(2026, 11, 2)

    # The stored JSON is what earlier versions wrote, so old journals and exports agree.
    assert repos.settings.get("reminder_options") == {
        "prep_enabled": True,
        "prep_minutes": 30,
        "plans_enabled": True,
        "feedback_enabled": True,
        "followups_at": "08:15",
        "quiet_hours": {"enabled": True, "start": "22:00", "end": "07:30"},
    }
    assert repos.settings.get("reminders_paused_on") == "2026-11-30"
    assert repos.settings.get("backups") == {
        "keep_daily": 10,
        "keep_weekly": 2,
        "second_folder": "/sync",
    }
    # And every value the app writes passes the import check for its key.
    for key in SettingKey:
        if key not in NOT_TRANSFERRED:
            assert KNOWN_SHAPES[key](repos.settings.get(key)), key

    settings.reminders_paused_on = None
    assert again.reminders_paused_on is None


def test_a_value_of_the_wrong_shape_reads_as_its_default(repos: Repositories) -> None:
    for key in SettingKey:
        repos.settings.set(key, ["not", "what", "the", "app", "writes"])
    settings = JournalSettings.of(repos)
    assert settings.user_name == ""
    assert settings.welcome_done is False
    assert settings.working_days == [0, 1, 2, 3, 4]
    assert settings.reminders["practice"] == {"enabled": True, "time": "17:00"}
    assert settings.reminder_options == ReminderOptions()
    assert settings.reminders_last_seen is None
    assert settings.reminders_paused_on is None
    assert settings.journal_started_on is None
    assert (settings.tray_note_shown, settings.close_without_tray) == (False, None)
    assert settings.backups == BackupPolicy()
    assert settings.privacy == IdleLock()
    assert settings.appearance == "system"

    repos.settings.set("reminders_last_seen", "half past eight")
    repos.settings.set("working_days", [])
    assert settings.reminders_last_seen is None
    assert settings.working_days == [0, 1, 2, 3, 4]


def test_every_setting_is_either_imported_with_a_shape_check_or_kept_on_this_computer() -> None:
    assert set(KNOWN_SHAPES) | set(NOT_TRANSFERRED) == set(SettingKey)
    assert not set(KNOWN_SHAPES) & set(NOT_TRANSFERRED)


def test_no_module_spells_a_setting_key_except_the_settings_service() -> None:
    """``settings.get("…")`` / ``settings.set("…", …)`` with a literal key, anywhere in the
    app but the service, would be a second place that knows the key."""
    package = Path(leadjournal.__file__).parent
    service = package / "services" / "settings.py"
    spelled: list[str] = []
    for path in sorted(package.rglob("*.py")):
        if path == service or "migrations" in path.parts:
            continue
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if (
                isinstance(node, ast.Call)
                and isinstance(node.func, ast.Attribute)
                and node.func.attr in {"get", "set"}
                and isinstance(node.func.value, ast.Attribute)
                and node.func.value.attr == "settings"
                and node.args
                and isinstance(node.args[0], ast.Constant)
                and isinstance(node.args[0].value, str)
            ):
                spelled.append(f"{path.relative_to(package)}:{node.lineno} {node.args[0].value}")
    assert spelled == []


def test_the_first_run_answers_are_saved_all_or_nothing(
    repos: Repositories, monkeypatch: pytest.MonkeyPatch
) -> None:
    def refuse(*_args: object, **_kwargs: object) -> None:
        raise RuntimeError("disk full")

    monkeypatch.setattr(repos.people, "add", refuse)
    with pytest.raises(RuntimeError):
        save_answers(repos, FirstRunAnswers(name="Sam", team=["Ines"], working_days=[0, 1]))
    settings = JournalSettings.of(repos)
    assert (settings.user_name, settings.welcome_done) == ("", False)
    assert repos.settings.get("working_days") is None


# --- status enums ----------------------------------------------------------------------------

ENUM_COLUMNS: list[tuple[type[models.Base], str, type[StrEnum]]] = [
    (models.Task, "status", enums.TaskStatus),
    (models.SetAside, "tasks_went", enums.TaskFate),
    (models.ActionItem, "owner", enums.ActionOwner),
    (models.ActionItem, "status", enums.ActionStatus),
    (models.CoachingConversation, "practice_outcome", enums.PracticeOutcome),
    (models.ImprovementPlan, "status", enums.PlanStatus),
    (models.Delegation, "decision_rights", enums.DecisionRights),
    (models.Delegation, "risk", enums.DelegationRisk),
    (models.Delegation, "status", enums.DelegationStatus),
    (models.FeedbackItem, "kind", enums.FeedbackKind),
    (models.FeedbackItem, "status", enums.FeedbackItemStatus),
    (models.FeedbackAction, "status", enums.FeedbackActionStatus),
    (models.CustomBehaviour, "kind", enums.BehaviourKind),
    (models.PracticeCycle, "status", enums.PracticeCycleStatus),
    (models.PracticeTick, "behaviour", enums.BehaviourKind),
    (models.PracticeTick, "state", enums.TickState),
]


@pytest.mark.parametrize(("model", "column", "enum"), ENUM_COLUMNS)
def test_each_status_enum_holds_exactly_what_the_database_allows(
    model: type[models.Base], column: str, enum: type[StrEnum]
) -> None:
    table = model.__table__
    assert isinstance(table, Table)
    allowed: set[str] | None = None
    for constraint in table.constraints:
        text = str(getattr(constraint, "sqltext", ""))
        found = re.match(rf"{column} IN \(([^)]*)\)", text)
        if found:
            allowed = {value.strip().strip("'") for value in found.group(1).split(",")}
    assert allowed is not None
    assert {member.value for member in enum} == allowed
    default = table.c[column].default
    if default is not None:
        assert isinstance(default, ScalarElementColumnDefault)
        assert default.arg in allowed


def test_a_status_read_back_from_the_journal_equals_its_member(repos: Repositories) -> None:
    cycle_id = repos.practice.start_cycle(
        dt.date(2026, 11, 30), ("lead-a", "Lead A"), ("manage-b", "Manage B")
    )
    repos.practice.set_tick(
        cycle_id, enums.BehaviourKind.LEAD, dt.date(2026, 11, 30), enums.TickState.SKIPPED
    )
    cycle = repos.practice.active_cycle()
    assert cycle is not None and cycle.status == enums.PracticeCycleStatus.ACTIVE
    (tick,) = cycle.ticks
    assert (tick.behaviour, tick.state) == ("lead", "skipped")
    assert tick.state == enums.TickState.SKIPPED


# --- relationships load only when asked ------------------------------------------------------


def test_a_relationship_nobody_loaded_fails_instead_of_querying(repos: Repositories) -> None:
    """``lazy="raise"``: one query per row hidden in a loop shows up as an error in tests."""
    cycle_id = repos.practice.start_cycle(
        dt.date(2026, 11, 30), ("lead-a", "Lead A"), ("manage-b", "Manage B")
    )
    with repos.sessions() as session:
        cycle = session.scalars(
            select(models.PracticeCycle).where(models.PracticeCycle.id == cycle_id)
        ).one()
        with pytest.raises(InvalidRequestError, match="lazy='raise'"):
            _ = cycle.ticks
    loaded = repos.practice.active_cycle()  # the repository loads what it returns
    assert loaded is not None and loaded.ticks == []
