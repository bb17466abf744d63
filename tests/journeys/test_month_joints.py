"""A new supervisor's first month, walked with fresh eyes: the joints between the days.

A week whose plan was never confirmed, a task carried over while in progress, missed
reminders on a window left open overnight, a person's timeline that names their blockers
and slipped tasks, and why tasks slipped — each from an empty journal on the fake clock.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt

from leadjournal.db.repositories import Repositories
from leadjournal.services.exports import week_markdown
from leadjournal.ui.main_window import MainWindow
from leadjournal.ui.tab_builder import Tab
from leadjournal.ui.tabs.coaching.tab import CoachingLogTab
from leadjournal.ui.tabs.weekly_plan.criteria import CriterionRow
from leadjournal.ui.tabs.weekly_plan.tab import WeeklyPlanTab
from tests.journeys.conftest import Journey, open_step, welcome_answers
from tests.journeys.test_first_week import chart_of, open_insights
from tests.journeys.test_friday_review import at_the_desk, click, pick, plan_monday, slipped_row
from tests.journeys.test_review_and_carry import PRIORITY, decide_all

FIRST_MONDAY = dt.date(2026, 11, 30)
MACROS = "Migrate the old macros to the new help desk"


def person_id(repos: Repositories, name: str) -> int:
    return next(p.id for p in repos.people.list() if p.name == name)


def plan_a_week(
    weekly: WeeklyPlanTab, monday: dt.date, titles: list[str], *, confirm: bool, done: int = 0
) -> None:
    """What the person typed into a week (the tasks), confirmed or not, some done."""
    planner = weekly.planner
    week = planner.start_week(monday)
    journey_repos = planner.repos
    journey_repos.weeks.update(week.id, outcome=f"Outcome of the week of {monday:%d %b}")
    ids = [planner.add_task(week, title) for title in titles]
    if confirm:
        stored = planner.week(monday)
        assert stored is not None
        planner.confirm_plan(stored, dt.datetime.combine(monday, dt.time(9)))
    for task_id in ids[:done]:
        planner.move_task(task_id, "done")
    weekly.reload()


# --- 1. a week never confirmed is not a 0% week --------------------------------------------


def test_a_week_whose_plan_was_never_confirmed_is_not_counted_as_zero(journey: Journey) -> None:
    window = at_the_desk(journey, journey.open(welcome_answers()))
    weekly = window.weekly_plan
    # Week 1: planned, confirmed, half of it done.
    plan_a_week(weekly, FIRST_MONDAY, ["Rota for December", "Refund macros"], confirm=True, done=1)

    # Week 2: tasks written down on Monday, the plan never confirmed, nothing marked done.
    window = at_the_desk(journey, journey.next_morning(days=7))
    weekly = window.weekly_plan
    second = FIRST_MONDAY + dt.timedelta(weeks=1)
    plan_a_week(weekly, second, ["Chat rota", "Holiday cover", "Team lunch"], confirm=False)
    label = weekly.header.reliability_label.text()
    assert label == "Delivery: plan not confirmed", label  # not "0% (0 of 3)"
    assert "not as 0%" in weekly.header.reliability_label.toolTip()
    md = week_markdown(journey.repositories, second)
    assert "**Delivery reliability:** not counted (the plan was never confirmed)" in md

    # Week 3, Monday: last week is not a 0% week anywhere.
    window = at_the_desk(journey, journey.next_morning(days=7))
    third = second + dt.timedelta(weeks=1)
    weekly = window.weekly_plan
    plan_a_week(weekly, third, ["Quarterly numbers"], confirm=True)
    values = weekly.header.sparkline.values()
    assert values[-3:] == [0.5, None, 0.0]  # week 2 is a gap in the line, not a dip
    insights = open_insights(journey.qtbot, window)
    panel = insights.panels["reliability"]
    [line] = chart_of(journey.qtbot, insights, panel).series()
    points = [(p.x(), p.y()) for p in line.points()]  # type: ignore[attr-defined]
    assert [y for _x, y in points] == [50.0]  # week 1; week 2 left out, week 3 under way
    assert "Left out: the week of 7 Dec, whose plan was never confirmed." in panel.note.text()
    assert "This week joins the line on Friday, when you review it." in panel.note.text()
    assert panel.note.isVisible()
    for size in ((1280, 800), (1024, 700)):
        window.resize(*size)
        journey.shot(f"joints-reliability-{size[0]}", panel)


def test_the_headline_shows_no_figure_for_an_unconfirmed_last_week(journey: Journey) -> None:
    window = at_the_desk(journey, journey.open(welcome_answers()))
    plan_a_week(window.weekly_plan, FIRST_MONDAY, ["Chat rota", "Holiday cover"], confirm=False)
    window = at_the_desk(journey, journey.next_morning(days=7))
    insights = open_insights(journey.qtbot, window)
    assert insights.headline_values["reliability"].text() == "—"  # not "0%"
    assert insights.headline_details["reliability"].text().startswith("Confirm a plan")


# --- 2. a carried task keeps its status, its priority its "Done when" ------------------------


def test_a_carried_task_keeps_its_status_and_its_priority_keeps_done_when(
    journey: Journey,
) -> None:
    window = plan_monday(journey)
    weekly = window.weekly_plan
    planner = weekly.planner
    week = planner.week(FIRST_MONDAY)
    assert week is not None
    [priority] = week.priorities
    for position, text in enumerate(
        ("Each starter has the guide", "Amara's lead signed it off", "Printed for day one")
    ):
        planner.add_criterion(priority.id, text, position)
    week = planner.week(FIRST_MONDAY)
    assert week is not None
    planner.update_criterion(week.priorities[0].criteria[0].id, met=True)
    macros = next(t for t in week.tasks if t.title == MACROS)
    planner.move_task(macros.id, "in_progress")  # Jonas started on Tuesday …
    repos = journey.repositories
    jonas = person_id(repos, "Jonas Weber")
    repos.blockers.add(  # … and is waiting for admin rights
        week.id,
        person_id=jonas,
        what="Admin rights on the help desk",
        raised_on=dt.date(2026, 12, 1),
    )

    # Friday: the review carries the macros (and decides the rest), the week is closed.
    window = at_the_desk(journey, journey.next_morning(days=4))
    weekly = window.weekly_plan
    open_step(journey, weekly, 6)
    decide_all(journey, weekly)
    assert slipped_row(weekly, "Migrate the old macros")[2] == "→ Carried to next week"
    click(journey, weekly.review.close_button)

    # Monday: the macros are still in progress, still blocked; Done when came along.
    window = at_the_desk(journey, journey.next_morning(days=3))
    weekly = window.weekly_plan
    direction = weekly.direction
    assert direction.priorities_box.count() == 1
    rows = direction.findChildren(CriterionRow)
    assert [row.text.text() for row in rows] == [
        "Amara's lead signed it off",
        "Printed for day one",
    ]  # the one met last week stays behind
    assert not any(row.check.isChecked() for row in rows)
    journey.shot("joints-carried-done-when-1280")
    open_step(journey, weekly, 2)
    tracker = weekly.tracker
    column = tracker.columns["in_progress"]
    cards = [column.item(i).text() for i in range(column.count())]
    assert len(cards) == 1 and cards[0].startswith(MACROS), cards
    assert "⚠ Blocked" in cards[0]
    assert all(MACROS not in c for c in _column_texts(weekly, "not_started"))
    for size in ((1280, 800), (1024, 700)):
        window.resize(*size)
        journey.shot(f"joints-carried-tracker-{size[0]}")
    # The priority is the same one, under its own title.
    week = weekly.planner.week(FIRST_MONDAY + dt.timedelta(weeks=1))
    assert week is not None and [p.title for p in week.priorities] == [PRIORITY]


def _column_texts(weekly: WeeklyPlanTab, status: str) -> list[str]:
    column = weekly.tracker.columns[status]
    return [column.item(i).text() for i in range(column.count())]


def test_a_decision_taken_back_removes_the_untouched_in_progress_copy(journey: Journey) -> None:
    window = plan_monday(journey)
    planner = window.weekly_plan.planner
    week = planner.week(FIRST_MONDAY)
    assert week is not None
    macros = next(t for t in week.tasks if t.title == MACROS)
    planner.move_task(macros.id, "in_progress")
    planner.add_criterion(week.priorities[0].id, "Each starter has the guide", 0)
    following = planner.start_week(FIRST_MONDAY + dt.timedelta(weeks=1))
    week = planner.week(FIRST_MONDAY)
    assert week is not None
    planner.decide_slipped_task(week, macros.id, "carry_over", "Waited on admin rights")
    following = planner.week(following.week_start)  # type: ignore[assignment]
    assert following is not None
    [copy] = [t for t in following.tasks if t.carried_from_id == macros.id]
    assert copy.status == "in_progress"
    # Next week already planned: its priority came along with the task, Done when too.
    [priority] = following.priorities
    assert (priority.title, [c.text for c in priority.criteria]) == (
        PRIORITY,
        ["Each starter has the guide"],
    )
    planner.decide_slipped_task(week, macros.id, "drop", "Not needed after all")
    following = planner.week(following.week_start)  # type: ignore[assignment]
    assert following is not None
    assert not [t for t in following.tasks if t.carried_from_id == macros.id]


# --- 3. missed reminders show once, then go -------------------------------------------------


def test_missed_reminders_go_when_their_day_is_over_and_stay_in_the_log(journey: Journey) -> None:
    journey.open(welcome_answers())
    # Tuesday: Monday's direction reminder was missed while the app was closed.
    window = journey.next_morning()
    banner = window.banner
    assert banner.isVisible()
    assert banner.text.text() == (
        "<b>While you were away:</b> Set the week&#x27;s direction (Mon 09:00)"
    )

    # The app is left open (the laptop asleep) until Wednesday morning: Monday's line goes,
    # and Tuesday's check-in, missed while asleep, is said once as missed, not as due now.
    journey.clock.advance(dt.datetime(2026, 12, 2, 8, 15) - journey.clock.now())
    assert journey.session is not None and journey.session.scheduler is not None
    journey.session.scheduler.sync()
    assert banner.isVisible()
    text = banner.text.text()
    assert "direction" not in text, text
    assert text.startswith("<b>While you were away:</b> ") and "(Tue 10:00)" in text, text
    assert not any(b.isVisible() for b in banner.snooze_buttons)  # no snoozing the past
    window.resize(1024, 700)
    journey.shot("joints-banner-wednesday-1024")

    # Still open on Saturday: the rest of the week's missed reminders, in one line …
    journey.clock.advance(dt.datetime(2026, 12, 5, 9, 0) - journey.clock.now())
    journey.session.scheduler._check_for_jump()  # the five-minute resync, as it runs
    assert banner.isVisible() and banner.text.text() == "3 reminders while you were away"
    # … and on Sunday, nothing new: the banner has had its day and is gone by itself.
    journey.clock.advance(dt.datetime(2026, 12, 6, 9, 0) - journey.clock.now())
    journey.session.scheduler._check_for_jump()
    assert not banner.isVisible()
    log = journey.repositories.reminders.logged(["direction@2026-11-30", "checkin@2026-12-01"])
    assert log == {"direction@2026-11-30", "checkin@2026-12-01"}  # nothing lost

    # Next open: what was missed and said once is not said again.
    window = journey.next_morning(at=dt.time(8, 0))
    assert "direction" not in window.banner.text.text()
    assert "(Tue 10:00)" not in window.banner.text.text()


# --- 4. the person's timeline names their blockers and their slipped tasks -------------------


def open_person(journey: Journey, window: MainWindow, name: str) -> CoachingLogTab:
    bar = window.tabs.tabBar()
    journey.qtbot.mouseClick(
        bar, Qt.MouseButton.LeftButton, pos=bar.tabRect(Tab.COACHING_LOG).center()
    )
    log = window.coaching_log
    row = next(
        i for i in range(log.people_list.count()) if log.people_list.item(i).text().startswith(name)
    )
    item = log.people_list.item(row)
    journey.qtbot.mouseClick(
        log.people_list.viewport(),
        Qt.MouseButton.LeftButton,
        pos=log.people_list.visualItemRect(item).center(),
    )
    journey.qtbot.waitUntil(lambda: log.name_label.text() == name)
    sections = log.sections.tabBar()
    journey.qtbot.mouseClick(
        sections,
        Qt.MouseButton.LeftButton,
        pos=sections.tabRect(log.sections.indexOf(log.timeline)).center(),
    )
    return log


def test_the_timeline_shows_blockers_raised_and_resolved_and_slipped_tasks(
    journey: Journey,
) -> None:
    window = plan_monday(journey)
    week = window.weekly_plan.planner.week(FIRST_MONDAY)
    assert week is not None
    repos = journey.repositories
    jonas = person_id(repos, "Jonas Weber")
    first = repos.blockers.add(
        week.id,
        person_id=jonas,
        what="Admin rights on the help desk",
        need="decision",
        unblocker="IT",
        raised_on=dt.date(2026, 12, 1),
    )
    repos.blockers.add(
        week.id, person_id=jonas, what="Old macros export", raised_on=dt.date(2026, 12, 2)
    )
    repos.blockers.update(first, resolved_on=dt.date(2026, 12, 3))

    # Friday: the macros slipped; the review says why and carries them.
    window = at_the_desk(journey, journey.next_morning(days=4))
    weekly = window.weekly_plan
    open_step(journey, weekly, 6)
    decide_all(journey, weekly)
    # The next Monday, the person's page.
    window = at_the_desk(journey, journey.next_morning(days=3))
    log = open_person(journey, window, "Jonas Weber")
    timeline = log.timeline
    entries = [
        (e.when, timeline.model.cell_text(e, 1), e.title, e.detail)
        for e in (timeline.model.entry(r) for r in range(timeline.model.rowCount()))
    ]
    assert entries == [
        (
            dt.date(2026, 12, 4),
            "Slipped task",
            MACROS,
            "Week of 30 Nov · no reason given · carried to next week",
        ),
        (
            dt.date(2026, 12, 3),
            "Blocker",
            "Unblocked: Admin rights on the help desk",
            ("Blocked for 2 days"),
        ),
        (dt.date(2026, 12, 2), "Blocker", "Blocked: Old macros export", "Still open"),
        (
            dt.date(2026, 12, 1),
            "Blocker",
            "Blocked: Admin rights on the help desk — a decision from IT",
            "Resolved on 3 Dec",
        ),
    ]
    assert timeline.count_label.text() == "4 entries"
    # The filter has both kinds.
    timeline.kind_filter.setCurrentIndex(timeline.kind_filter.findText("Tasks that slipped"))
    assert timeline.model.rowCount() == 1
    timeline.kind_filter.setCurrentIndex(timeline.kind_filter.findText("Blockers"))
    assert timeline.model.rowCount() == 3
    timeline.kind_filter.setCurrentIndex(0)
    for size in ((1280, 800), (1024, 700)):
        window.resize(*size)
        journey.shot(f"joints-timeline-{size[0]}")


# --- 5. why tasks slipped: without a cause too, week by week ---------------------------------


def test_why_tasks_slipped_counts_the_ones_without_a_cause_week_by_week(
    journey: Journey,
) -> None:
    window = plan_monday(journey)
    # Friday: four tasks slipped; two get a cause (decide_all gives the dropped ones a
    # reason in words only), none is marked done.
    window = at_the_desk(journey, journey.next_morning(days=4))
    weekly = window.weekly_plan
    open_step(journey, weekly, 6)
    review = weekly.review
    handbook = next(
        t
        for t, cause in review.slip_causes.items()
        if "escalation handbook" in cause.accessibleName()
    )
    pick(journey, review.slip_causes[handbook], "Estimate")
    decide_all(journey, weekly)
    click(journey, review.close_button)

    # Wednesday of the next week (it starts in December): the chart, per week.
    window = at_the_desk(journey, journey.next_morning(days=5))
    insights = open_insights(journey.qtbot, window)
    panel = insights.panels["slip_causes"]
    chart_of(journey.qtbot, insights, panel)
    data = panel.data
    assert data is not None
    assert data.x_title == "Week starting"
    assert data.series[-1] == "No cause given"
    # The week of 30 Nov: one for its estimate, three without a cause; the running week
    # of 7 Dec has nothing slipped yet.
    assert data.rows == [
        ("30 Nov", 1, 0, 0, 0, 0, 0, 3),
        ("7 Dec", 0, 0, 0, 0, 0, 0, 0),
    ]
    assert "No&nbsp;cause&nbsp;given" in panel.legend.text()
    assert panel.note.text() == (
        "3 slipped tasks have no cause yet: choose one for each in the Friday review."
    )
    for size in ((1280, 800), (1024, 700)):
        window.resize(*size)
        journey.shot(f"joints-slip-causes-{size[0]}", panel)
