"""What the Markdown exports used to drop (issue 22, item 13): Friday's lesson and
recognition in the week's export, and coaching's "what great looks like" in the person's."""

from __future__ import annotations

import datetime as dt

from leadjournal.db.repositories import Repositories
from leadjournal.services.exports import person_markdown, week_markdown
from leadjournal.services.weeks import WeekPlanner

MONDAY = dt.date(2026, 11, 30)
FRIDAY = MONDAY + dt.timedelta(days=4)


def test_the_weeks_markdown_carries_fridays_lesson_and_recognition(repos: Repositories) -> None:
    planner = WeekPlanner(repos)
    week = planner.start_week(MONDAY)
    amara = repos.people.add("Amara Okafor")
    planner.save_review_lesson(
        week.id,
        FRIDAY,
        title="Ask for the test data on Monday",
        what_happened="The review waited two days for data",
        what_i_learned="Dependencies surface late unless I ask early",
    )
    planner.save_review_recognition(
        week.id, amara.id, FRIDAY, "Wrote the handover notes unasked", "Jonas started on day one"
    )
    text = week_markdown(repos, MONDAY)
    assert "## The week's lesson\n\n**Ask for the test data on Monday**" in text
    assert "- What happened: The review waited two days for data" in text
    assert "- What I learned: Dependencies surface late unless I ask early" in text
    assert "## Recognised\n\n- Amara Okafor: Wrote the handover notes unasked — Jonas" in text


def test_the_persons_markdown_carries_what_great_looks_like(repos: Repositories) -> None:
    priya = repos.people.add("Priya Nair")
    repos.coaching.add(
        "coaching",
        person_id=priya.id,
        held_on=MONDAY,
        skill="Estimating",
        situation="The migration took three days, not one.",
        impact="Friday's release moved.",
        great_looks_like="A range with the risky part named",
        next_step="Estimate the next ticket as a range",
    )
    text = person_markdown(repos, priya)
    assert "What great looks like: A range with the risky part named" in text


def test_the_journals_markdown_keeps_one_outline(repos: Repositories) -> None:
    from leadjournal.services.exports import journal_markdown

    planner = WeekPlanner(repos)
    week = planner.start_week(MONDAY)
    repos.weeks.update(
        week.id, stakeholder_update="## Update for the week\n\n## Progress\n\n- On track"
    )
    repos.lessons.add(FRIDAY, title="Ask for the test data on Monday")
    text = journal_markdown(repos)
    headings = [line for line in text.splitlines() if line.startswith("#")]
    # The draft's own headings sit below "Stakeholder update", each lesson below its list.
    update = headings.index("### Stakeholder update")
    assert headings[update + 1 : update + 3] == ["#### Update for the week", "#### Progress"]
    lessons = headings.index("## Lessons learned")
    assert headings[lessons + 1] == "### Fri 4 Dec 2026 — Ask for the test data on Monday"
