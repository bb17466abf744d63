"""Lessons (filters, resurfacing, export) and start/stop/continue rules on a real journal."""

from __future__ import annotations

import datetime as dt
import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from leadjournal.db.repositories import Repositories
from leadjournal.db.repositories.lessons import LessonDigest
from leadjournal.services.feedback import (
    NO_THEME,
    ActionAlreadyOpenError,
    FeedbackService,
    request_audience,
    source_label,
    summarize_themes,
)
from leadjournal.services.lessons import (
    ANNIVERSARIES,
    index_lessons,
    lessons_markdown,
    resurface,
    week_texts,
)
from leadjournal.services.week_wording import content_words
from leadjournal.services.weeks import WeekPlanner, week_start_of
from leadjournal.text import split_tags
from tests.lookup import stored_week

MONDAY = dt.date(2026, 11, 23)


def test_tags_are_trimmed_lower_case_and_unique() -> None:
    assert split_tags(" Delegation,planning , delegation,, Team  Health ") == [
        "delegation",
        "planning",
        "team health",
    ]


def test_lessons_filter_by_text_tag_person_and_dates(repos: Repositories) -> None:
    lena = repos.people.add("Lena Fischer").id
    lessons = repos.lessons
    refund = lessons.add(
        dt.date(2026, 10, 5),
        title="Rewrite from real tickets",
        tags="writing, Customers",
        person_id=lena,
        what_i_learned="Customers search with their own words",
    )
    planning = lessons.add(
        dt.date(2026, 11, 2), title="Plan around part-time days", tags="planning"
    )
    lessons.add(dt.date(2026, 11, 9), title="Plans need owners", tags="plan-review")

    def ids(**filters: object) -> list[int]:
        return [lesson.id for lesson in lessons.find(**filters)]  # type: ignore[arg-type]

    assert ids(text="customers words") == [refund]  # every word, anywhere in the lesson
    assert ids(text="100%") == []  # LIKE wildcards are taken literally
    assert ids(tag="customers") == [refund]
    assert ids(tag="plan") == []  # a whole tag, not part of "planning" or "plan-review"
    assert ids(tag="planning") == [planning]
    assert ids(person_id=lena) == [refund]
    assert len(ids(first=dt.date(2026, 11, 1))) == 2
    assert ids(first=dt.date(2026, 11, 1), last=dt.date(2026, 11, 5)) == [planning]
    assert lessons.tags() == ["customers", "plan-review", "planning", "writing"]


def test_resurfacing_prefers_tags_then_shared_words_then_anniversaries(
    repos: Repositories,
) -> None:
    planner = WeekPlanner(repos)
    week = planner.start_week(MONDAY)
    repos.weeks.update(week.id, outcome="Every billing ticket answered within a day")
    planner.add_priority(week, "Holiday rota for December")
    week = stored_week(planner, MONDAY)
    add = repos.lessons.add
    tagged = add(
        dt.date(2026, 9, 9), title="Publish the rota before asking for swaps", tags="rota, fairness"
    )
    worded = add(
        dt.date(2026, 8, 3),
        title="Answer billing tickets in batches",
        what_i_learned="One billing ticket at a time means each waits a day",
    )
    four_weeks = add(MONDAY - dt.timedelta(weeks=4, days=-2), title="Ask before volunteering")
    add(MONDAY - dt.timedelta(weeks=5), title="Nothing in common with this week")
    add(MONDAY + dt.timedelta(days=1), title="Learned this week, billing rota")  # too new
    three_months = add(MONDAY - dt.timedelta(weeks=13), title="Name one buddy")

    chosen = resurface(index_lessons(repos.lessons.digests()), MONDAY, week_texts(week), set())
    assert [c.lesson.id for c in chosen] == [tagged, worded, four_weeks]
    assert chosen[0].reason == "Tagged “rota”, like this week's plan"
    assert chosen[1].reason.startswith("Shares “")
    assert chosen[2].reason == "On this week 4 weeks ago"

    # Never more than three; dismissing one for the week lets the next one in.
    repos.lessons.dismiss(tagged, MONDAY)
    chosen = resurface(
        index_lessons(repos.lessons.digests()),
        MONDAY,
        week_texts(week),
        repos.lessons.dismissed(MONDAY),
    )
    assert [c.lesson.id for c in chosen] == [worded, four_weeks, three_months]
    assert chosen[2].reason == "On this week 3 months ago"
    # The dismissal holds for that week only.
    assert repos.lessons.dismissed(MONDAY + dt.timedelta(weeks=1)) == set()


def test_lessons_markdown_names_people_and_weeks(repos: Repositories) -> None:
    tomas = repos.people.add("Tomás Reyes").id
    week_id = WeekPlanner(repos).start_week(MONDAY).id
    repos.lessons.add(
        MONDAY,
        title="Practice first, reading after",
        what_happened="The guide",
        what_i_learned="He learns by doing",
        do_differently="Pair first",
        tags="coaching",
        person_id=tomas,
        week_id=week_id,
    )
    lessons = repos.lessons.find()
    document = lessons_markdown(lessons, {tomas: "Tomás Reyes"}, repos.weeks.week_ids())
    assert document.startswith("# Lessons learned\n\n_1 lesson_")
    assert "## Mon 23 Nov 2026 — Practice first, reading after" in document
    assert "**Next time I will:** Pair first" in document
    assert "_Tags: coaching · About: Tomás Reyes · Week of Mon 23 Nov 2026_" in document


# --- start / stop / continue -----------------------------------------------------------------


def test_anonymous_answers_never_carry_or_show_a_name(repos: Repositories) -> None:
    marcus = repos.people.add("Marcus Oyelaran").id
    people = {marcus: "Marcus Oyelaran"}
    response_id = repos.feedback.add_response(
        received_on=MONDAY,
        source="person",
        person_id=marcus,
        items=[("stop", "Late changes", "planning")],
    )
    [response] = repos.feedback.responses()
    assert source_label(response, people) == "Marcus Oyelaran"
    # Turning a named answer anonymous removes the person from it, not just the label.
    repos.feedback.update_response(response_id, source="anonymous", person_id=marcus)
    [response] = repos.feedback.responses()
    assert response.person_id is None
    assert source_label(response, people) == "Anonymous"
    [summary] = summarize_themes(repos.feedback.responses(), MONDAY)
    assert [source_label(r, people) for _item, r in summary.items] == ["Anonymous"]
    assert repos.coaching.named_feedback(marcus, MONDAY - dt.timedelta(days=1)) == []


def test_themes_count_by_kind_and_new_this_month(repos: Repositories) -> None:
    feedback = repos.feedback
    feedback.add_response(
        received_on=dt.date(2026, 10, 20),
        source="anonymous",
        person_id=None,
        items=[
            ("start", "Share priorities", "Priorities"),
            ("stop", "Thursday surprises", "priorities, planning"),
        ],
    )
    feedback.add_response(
        received_on=dt.date(2026, 11, 3),
        source="self",
        person_id=None,
        items=[("continue", "Friday review", "meetings"), ("start", "Ask first", "")],
    )
    summaries = summarize_themes(feedback.responses(), dt.date(2026, 11, 27))
    by_theme = {s.theme: s for s in summaries}
    assert [s.theme for s in summaries] == ["priorities", "meetings", "planning", NO_THEME]
    assert by_theme["priorities"].counts == {"start": 1, "stop": 1}
    assert by_theme["priorities"].new_this_month == 0
    assert by_theme["meetings"].new_this_month == 1
    assert by_theme[NO_THEME].total == 1


def test_acting_on_a_theme_moves_its_items_and_closing_can_make_a_lesson(
    repos: Repositories,
) -> None:
    feedback = FeedbackService(repos)
    repos.feedback.add_response(
        received_on=MONDAY,
        source="anonymous",
        person_id=None,
        items=[("start", "Share priorities", "priorities"), ("stop", "Long meetings", "meetings")],
    )

    def statuses() -> dict[str, str]:
        return {item.text: item.status for r in feedback.responses() for item in r.items}

    action_id = feedback.start_action(
        "priorities", "Post them by 10:00 on Mondays", MONDAY, MONDAY + dt.timedelta(days=14), None
    )
    assert statuses() == {"Share priorities": "acting", "Long meetings": "open"}
    with pytest.raises(ActionAlreadyOpenError, match="close it before choosing another"):
        feedback.start_action("meetings", "Shorter", MONDAY, None, None)
    assert [a.theme for a in repos.feedback.actions()] == ["priorities"]  # nothing half-made
    feedback.mark_action_done(action_id)
    assert statuses()["Share priorities"] == "done"
    lesson_id = feedback.close_action(
        action_id,
        MONDAY + dt.timedelta(days=21),
        "Fewer surprises on Wednesdays",
        lesson_title="Post it",
    )
    assert statuses() == {"Share priorities": "closed", "Long meetings": "open"}
    lesson = repos.lessons.get(lesson_id)  # type: ignore[arg-type]
    assert lesson is not None and lesson.what_i_learned == "Fewer surprises on Wednesdays"
    assert lesson.what_happened == (
        "I acted on feedback about “priorities”: Post them by 10:00 on Mondays"
    )
    assert split_tags(lesson.tags) == ["feedback", "priorities"]
    [closed] = feedback.closed_actions()
    assert (closed.lesson_id, closed.what_changed) == (lesson_id, "Fewer surprises on Wednesdays")
    assert feedback.open_action() is None
    feedback.start_action("meetings", "Shorter", MONDAY, None, None)  # now allowed


class HalfWayError(Exception):
    """Stands for anything that goes wrong half-way through an operation."""


def test_closing_into_a_lesson_that_fails_half_way_leaves_the_action_open(
    repos: Repositories, monkeypatch: pytest.MonkeyPatch
) -> None:
    feedback = FeedbackService(repos)
    repos.feedback.add_response(
        received_on=MONDAY,
        source="self",
        person_id=None,
        items=[("start", "Share priorities", "priorities")],
    )
    action_id = feedback.start_action("priorities", "Post them", MONDAY, None, None)

    def lesson_not_written(*_args: object, **_fields: object) -> int:
        raise HalfWayError  # the action is already closed in the session by now

    monkeypatch.setattr(repos.lessons, "add", lesson_not_written)
    with pytest.raises(HalfWayError):
        feedback.close_action(action_id, MONDAY, "Fewer surprises", lesson_title="Post it")
    monkeypatch.undo()
    # Nothing of the operation stays: the action is still open, its item still acted on.
    action = feedback.open_action()
    assert action is not None and (action.id, action.status, action.what_changed) == (
        action_id,
        "acting",
        "",
    )
    assert [i.status for r in feedback.responses() for i in r.items] == ["acting"]
    assert repos.lessons.count() == 0


def test_requests_wait_until_closed_and_say_who_was_asked(repos: Repositories) -> None:
    priya = repos.people.add("Priya Natarajan").id
    aiko = repos.people.add("Aiko Tanaka").id
    feedback = repos.feedback
    request_id = feedback.add_request(
        MONDAY,
        "Start, stop, continue?",
        asked_team=True,
        asked_whom="Ines from finance",
        person_ids=[priya, aiko],
    )
    [waiting] = feedback.requests(waiting_only=True)
    people = {priya: "Priya Natarajan", aiko: "Aiko Tanaka"}
    assert request_audience(waiting, people) == (
        "The team, Aiko Tanaka, Priya Natarajan, Ines from finance"
    )
    feedback.update_request(request_id, closed=True)
    assert feedback.requests(waiting_only=True) == []
    assert len(feedback.requests()) == 1


def _ranked_in_full(
    lessons: list[LessonDigest], week_start: dt.date, texts: list[str], dismissed: set[int]
) -> list[tuple[int, str]]:
    """Resurfacing done the plain way: rank every lesson, sort, keep three."""
    plan = " ".join(texts).lower()
    tokens, words = set(re.findall(r"[\w-]+", plan)), content_words(plan)
    ranked = []
    for lesson in lessons:
        if lesson.id in dismissed or lesson.learned_on >= week_start:
            continue
        age = -lesson.learned_on.toordinal()
        tag = next(
            (
                t
                for t in split_tags(lesson.tags)
                if t in tokens
                or (" " in t and re.search(rf"(?<![\w-])#?{re.escape(t)}(?![\w-])", plan))
            ),
            None,
        )
        shared = sorted(
            words
            & content_words(
                " ".join(
                    (
                        lesson.title,
                        lesson.what_happened,
                        lesson.what_i_learned,
                        lesson.do_differently,
                    )
                )
            )
        )
        weeks_ago = (week_start - week_start_of(lesson.learned_on)).days // 7
        if tag is not None:
            ranked.append((0, age, lesson.id, f"Tagged “{tag}”, like this week's plan"))
        elif len(shared) >= 2:
            ranked.append(
                (1, age, lesson.id, f"Shares “{shared[0]}” and “{shared[1]}” with this week's plan")
            )
        elif weeks_ago in dict(ANNIVERSARIES):
            ranked.append((2, age, lesson.id, f"On this week {dict(ANNIVERSARIES)[weeks_ago]}"))
    ranked.sort(key=lambda entry: (entry[0], entry[1]))  # stable: newest id first on a day
    return [(lesson_id, reason) for _rank, _age, lesson_id, reason in ranked[:3]]


WORDS = [
    "billing",
    "queue",
    "rota",
    "holiday",
    "escalation",
    "refund",
    "team health",
    "owner",
    "handover",
    "pricing",
]


@given(
    st.lists(
        st.tuples(
            st.integers(0, 800),
            st.lists(st.sampled_from(WORDS), max_size=3),
            st.lists(st.sampled_from(WORDS), max_size=4),
        ),
        max_size=40,
    ),
    st.lists(st.sampled_from(WORDS), max_size=5),
    st.sets(st.integers(1, 40), max_size=5),
)
@settings(max_examples=200, deadline=None)
def test_quick_resurfacing_picks_what_a_full_ranking_picks(
    lessons: list[tuple[int, list[str], list[str]]], plan: list[str], dismissed: set[int]
) -> None:
    # Newest first, as the repository returns them; ids fall with the date on one day.
    digests = sorted(
        (
            LessonDigest(
                len(lessons) - index,
                MONDAY - dt.timedelta(days=days_ago),
                " ".join(title),
                "",
                "",
                "",
                ", ".join(tags),
            )
            for index, (days_ago, tags, title) in enumerate(lessons)
        ),
        key=lambda d: (d.learned_on, d.id),
        reverse=True,
    )
    texts = [" ".join(plan), "Clear the billing queue before the holiday"]
    chosen = resurface(index_lessons(digests), MONDAY, texts, dismissed)
    assert [(c.lesson.id, c.reason) for c in chosen] == _ranked_in_full(
        digests, MONDAY, texts, dismissed
    )
