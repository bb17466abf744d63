"""Thursday's records as a service: consulted names sorted into links and free text, a
deleted decision put back exactly, recipients remembered, and everything through the
JSON export and import (a version-1 file's consulted names become links too)."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

from leadjournal.db.engine import open_journal
from leadjournal.db.repositories import Repositories
from leadjournal.paths import JournalPaths
from leadjournal.services.alignment import Alignment, consulted_names, split_names
from leadjournal.services.exports import person_markdown, week_markdown
from leadjournal.services.transfer import export_json, import_data
from leadjournal.services.weeks import WeekPlanner

MONDAY = dt.date(2026, 11, 30)
THURSDAY = MONDAY + dt.timedelta(days=3)
VERSION_1 = Path(__file__).parent.parent / "fixtures" / "export-format-1.json"


def thursday_written(repos: Repositories) -> tuple[Alignment, int, int]:
    """A week with a touchpoint, a decision needed, a logged decision (Amara consulted,
    and a free name) and an update marked as sent: the week's id and the decision's."""
    amara = repos.people.add("Amara Okafor")
    repos.people.add("Jonas Weber")
    week_id = repos.weeks.create(MONDAY)
    alignment = Alignment(repos)
    alignment.add_touchpoint(week_id, "Dana (Product)", THURSDAY, "Launch stays on 15 Dec", "yes")
    alignment.add_decision_needed(week_id, "Budget for two hires", "Finance", THURSDAY)
    decision_id = alignment.log_decision(
        week_id, THURSDAY, "Pause chat on Fridays", "Phones", "amara, the client", "direction"
    )
    alignment.mark_sent(week_id, "Dana,  Head of Support", THURSDAY)
    assert amara.id in {
        link.person_id for link in repos.alignment.decision_log()[0].consulted_links
    }
    return alignment, week_id, decision_id


def test_consulted_names_split_into_the_team_and_free_text(repos: Repositories) -> None:
    assert split_names("Amara, Jonas and a client; amara") == ["Amara", "Jonas", "a client"]
    alignment, _week, _decision = thursday_written(repos)
    (logged,) = alignment.decision_log()
    assert logged.consulted == "the client"
    assert consulted_names(logged, {p.id: p.name for p in repos.people.list()}) == [
        "Amara Okafor",
        "the client",
    ]


def test_a_deleted_decision_comes_back_with_its_id_kind_and_people(repos: Repositories) -> None:
    alignment, _week, decision_id = thursday_written(repos)
    before = alignment.decision_log()[0]
    deleted = alignment.delete_decision(decision_id)
    assert deleted is not None and alignment.decision_log() == []
    assert alignment.restore_decision(deleted) == decision_id
    (after,) = alignment.decision_log()
    assert (after.id, after.kind, after.decision, after.consulted) == (
        before.id,
        "direction",
        "Pause chat on Fridays",
        "the client",
    )
    assert [link.person_id for link in after.consulted_links] == [
        link.person_id for link in before.consulted_links
    ]


def test_an_edit_changes_the_people_consulted(repos: Repositories) -> None:
    alignment, _week, decision_id = thursday_written(repos)
    alignment.update_decision(
        decision_id, THURSDAY, "Pause chat on Fridays", "Phones", "Jonas Weber", "operational"
    )
    (logged,) = alignment.decision_log()
    names = {p.id: p.name for p in repos.people.list()}
    assert consulted_names(logged, names) == ["Jonas Weber"] and logged.kind == "operational"


def test_recipients_are_offered_again_the_next_week(repos: Repositories) -> None:
    alignment, _week, _decision = thursday_written(repos)
    next_week = repos.weeks.get(MONDAY + dt.timedelta(days=7))
    assert next_week is None
    repos.weeks.create(MONDAY + dt.timedelta(days=7))
    following = repos.weeks.get(MONDAY + dt.timedelta(days=7))
    assert following is not None
    assert alignment.recipients(following) == "Dana, Head of Support"
    assert following.update_sent_on is None


def test_thursday_survives_export_and_import_unchanged(repos: Repositories, tmp_path: Path) -> None:
    thursday_written(repos)
    first = export_json(repos)
    tables = json.loads(first)["tables"]
    assert [row["with_whom"] for row in tables["touchpoint"]] == ["Dana (Product)"]
    assert [row["what"] for row in tables["decision_needed"]] == ["Budget for two hires"]
    assert len(tables["decision_consulted"]) == 1
    assert tables["week_plan"][0]["update_sent_on"] == THURSDAY.isoformat()
    paths = JournalPaths(tmp_path / "other")
    other = Repositories(open_journal(paths.journal_file, paths.backups_dir))
    import_data(other, first.encode())
    assert export_json(other) == first
    week = other.weeks.get(MONDAY)
    assert week is not None
    assert week.touchpoints[0].confirmed == "yes"
    assert week.decisions[0].kind == "direction"
    assert week.update_recipients == "Dana, Head of Support"
    other.engine.dispose()


def test_the_markdown_names_who_was_consulted(repos: Repositories) -> None:
    thursday_written(repos)
    markdown = week_markdown(repos, MONDAY)
    assert (
        "- Thu 3 Dec 2026 (direction): Pause chat on Fridays — because Phones "
        "Consulted: Amara Okafor, the client."
    ) in markdown
    assert "## Decisions needed\n\n- Budget for two hires, from Finance, by Thu 3 Dec" in markdown
    assert "- Dana (Product) (Thu 3 Dec): Launch stays on 15 Dec — confirmed" in markdown
    amara = repos.people.find_by_name("Amara Okafor")
    assert amara is not None
    assert "## Consulted on decisions\n\n- Thu 3 Dec 2026: Pause chat on Fridays" in (
        person_markdown(repos, amara)
    )


def test_a_version_1_file_links_the_people_it_names_as_consulted(repos: Repositories) -> None:
    import_data(repos, VERSION_1.read_bytes())
    by_id = {d.id: d for d in repos.alignment.decision_log()}
    names = {p.id: p.name for p in repos.people.list(include_archived=True)}
    # "Priya, Marcus": the only Priya and the only Marcus in the file.
    assert consulted_names(by_id[1], names) == ["Marcus Oyelaran", "Priya Natarajan"]
    assert by_id[1].consulted == ""
    assert by_id[2].consulted == "The whole team" and by_id[2].consulted_links == []
    assert consulted_names(by_id[3], names) == ["Marcus Oyelaran", "Billing lead"]


def test_the_draft_carries_the_weeks_changes_and_blockers_and_signs_for_me(
    repos: Repositories,
) -> None:
    from leadjournal.services.week_updates import draft_stakeholder_update

    thursday_written(repos)
    week = repos.weeks.get(MONDAY)
    assert week is not None
    WeekPlanner(repos).add_task(week, "Send the rota", due_day=0)  # mine, due Monday
    week = repos.weeks.get(MONDAY)
    assert week is not None
    names = {p.id: p.name for p in repos.people.list()}
    draft = draft_stakeholder_update(
        week,
        names,
        THURSDAY,
        markdown=True,
        signed_by="Sam Lee",
        changes=["Added “Fix login” on 2 Dec: “Docs” moved to next week — outage"],
        blockers=["Sam Lee is blocked: the test server"],
    )
    assert (
        "## Changes since the plan was confirmed\n"
        "- Added “Fix login” on 2 Dec: “Docs” moved to next week — outage\n"
    ) in draft
    assert (
        "## Risks\n- Send the rota (Sam Lee) is late\n- Sam Lee is blocked: the test server\n"
        in (draft)
    )
    assert "## Expectations checked this week\n- Dana (Product) (Thu 3 Dec)" in draft
    assert draft.endswith("\n— Sam Lee\n")
    plain = draft_stakeholder_update(week, names, THURSDAY, markdown=False, signed_by="Sam Lee")
    assert "Decisions needed:\n• Budget for two hires, from Finance, by Thu 3 Dec" in plain
    assert "Changes since the plan was confirmed" not in plain  # none given


def test_a_decision_needed_asked_as_a_question_keeps_its_question_mark(
    repos: Repositories,
) -> None:
    from leadjournal.services.alignment import decision_needed_lines

    week_id = repos.weeks.create(MONDAY)
    alignment = Alignment(repos)
    alignment.add_decision_needed(week_id, "Can refunds go out without approval?", "Support", None)
    alignment.add_decision_needed(week_id, "Budget for two hires", "Finance", THURSDAY)
    week = WeekPlanner(repos).week(MONDAY)
    assert week is not None
    assert decision_needed_lines(week) == [
        "Can refunds go out without approval? (from Support)",
        "Budget for two hires, from Finance, by Thu 3 Dec",
    ]
