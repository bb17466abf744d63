"""The playbook's words: the ten differences between leading and managing, the scenario
templates, the rollout's checklist and sample phrasings for the hard-to-word moments.

Every string is marked for the translation catalogue; translate it with ``tr`` where it
is shown. Written in LeadJournal's own voice: plain, warm and brief.
"""

from __future__ import annotations

from dataclasses import dataclass

from leadjournal.i18n import QT_TRANSLATE_NOOP


@dataclass(frozen=True)
class Difference:
    """One way leading and managing differ: what each side looks like, the signs that a
    team needs more of one side, and where the app helps with it. All texts marked."""

    key: str
    title: str
    leading: str
    managing: str
    signs: str
    in_the_app: str


DIFFERENCES = (
    Difference(
        "direction",
        QT_TRANSLATE_NOOP("", "Where we go, and how we get there"),
        QT_TRANSLATE_NOOP(
            "", "You point the way: the outcome worth reaching, said so people can repeat it."
        ),
        QT_TRANSLATE_NOOP(
            "", "You turn the way into a plan: steps, one owner each, dates and a buffer."
        ),
        QT_TRANSLATE_NOOP(
            "",
            "People ask “what are we actually aiming for?” (lead), or everyone knows the aim "
            "but nobody knows who does what (manage).",
        ),
        QT_TRANSLATE_NOOP(
            "", "Monday: the weekly outcome (lead) and the plan with owners (manage)."
        ),
    ),
    Difference(
        "purpose",
        QT_TRANSLATE_NOOP("", "Why it matters, and what done looks like"),
        QT_TRANSLATE_NOOP(
            "", "You explain why the work matters: to a customer, to the business, to the team."
        ),
        QT_TRANSLATE_NOOP(
            "", "You agree what “done” means: the checks, the standard, who signs it off."
        ),
        QT_TRANSLATE_NOOP(
            "",
            "Work is done half-heartedly (lead), or done quickly but sent back (manage).",
        ),
        QT_TRANSLATE_NOOP(
            "", "Monday: the why behind the outcome, and each priority's definition of done."
        ),
    ),
    Difference(
        "horizon",
        QT_TRANSLATE_NOOP("", "The long view, and this week"),
        QT_TRANSLATE_NOOP(
            "", "You keep an eye on the quarter and the year, and connect today's work to it."
        ),
        QT_TRANSLATE_NOOP("", "You make this week land: priorities, capacity, what slips and why."),
        QT_TRANSLATE_NOOP(
            "",
            "Every week is urgent and none adds up to anything (lead), or big plans never "
            "reach Monday (manage).",
        ),
        QT_TRANSLATE_NOOP("", "Goals above the week (lead) and the Friday review (manage)."),
    ),
    Difference(
        "people",
        QT_TRANSLATE_NOOP("", "Growing people, and organising work"),
        QT_TRANSLATE_NOOP("", "You help each person get better at something they care about."),
        QT_TRANSLATE_NOOP("", "You match the work to the people and the hours you actually have."),
        QT_TRANSLATE_NOOP(
            "",
            "The same person keeps getting stuck in the same way (lead), or some are "
            "swamped while others wait (manage).",
        ),
        QT_TRANSLATE_NOOP(
            "", "Wednesday's coaching conversation (lead) and Monday's capacity (manage)."
        ),
    ),
    Difference(
        "energy",
        QT_TRANSLATE_NOOP("", "Energy, and progress"),
        QT_TRANSLATE_NOOP(
            "", "You notice how people feel and give them reasons to believe in the work."
        ),
        QT_TRANSLATE_NOOP(
            "", "You make progress visible: the board, the check-in, what is blocked."
        ),
        QT_TRANSLATE_NOOP(
            "",
            "Low morale, quiet meetings (lead), or nobody can say where things stand (manage).",
        ),
        QT_TRANSLATE_NOOP(
            "", "Recognition and the pulse (lead); the tracker and Tuesday's check-in (manage)."
        ),
    ),
    Difference(
        "change",
        QT_TRANSLATE_NOOP("", "Changing things, and keeping them steady"),
        QT_TRANSLATE_NOOP("", "You make the case for a change and bring people along with it."),
        QT_TRANSLATE_NOOP(
            "", "You make good work repeatable: checklists, handoffs, one way of doing it."
        ),
        QT_TRANSLATE_NOOP(
            "",
            "People resist a change they don't understand (lead), or quality depends on who "
            "happens to do the work (manage).",
        ),
        QT_TRANSLATE_NOOP(
            "", "The rollout checklist (lead) and Wednesday's lasting improvements (manage)."
        ),
    ),
    Difference(
        "influence",
        QT_TRANSLATE_NOOP("", "Trust, and roles"),
        QT_TRANSLATE_NOOP(
            "", "People follow you because they trust you, not because they have to."
        ),
        QT_TRANSLATE_NOOP(
            "", "Everyone knows their role, who decides what, and what they may decide alone."
        ),
        QT_TRANSLATE_NOOP(
            "",
            "Agreement in the room, nothing after it (lead), or decisions bounce between "
            "people (manage).",
        ),
        QT_TRANSLATE_NOOP(
            "",
            "Asking for feedback on yourself (lead) and delegations with decision rights (manage).",
        ),
    ),
    Difference(
        "coaching",
        QT_TRANSLATE_NOOP("", "Asking, and telling"),
        QT_TRANSLATE_NOOP("", "You ask questions so people find the answer and own it."),
        QT_TRANSLATE_NOOP(
            "", "You give a clear instruction when time is short or the risk is high."
        ),
        QT_TRANSLATE_NOOP(
            "",
            "Everyone waits for you to solve things (lead), or a crisis needs one clear "
            "voice (manage).",
        ),
        QT_TRANSLATE_NOOP(
            "", "One-on-one preparation's coaching questions (lead), the decision log (manage)."
        ),
    ),
    Difference(
        "risk",
        QT_TRANSLATE_NOOP("", "Trying things, and reducing surprises"),
        QT_TRANSLATE_NOOP(
            "", "You let the team try a new way, and treat a miss as something to learn from."
        ),
        QT_TRANSLATE_NOOP(
            "", "You spot risks early, plan for them, and keep commitments you made to others."
        ),
        QT_TRANSLATE_NOOP(
            "",
            "Nobody suggests anything new (lead), or stakeholders keep being surprised (manage).",
        ),
        QT_TRANSLATE_NOOP("", "Lessons learned (lead) and Thursday's stakeholder update (manage)."),
    ),
    Difference(
        "measure",
        QT_TRANSLATE_NOOP("", "Contribution, and numbers"),
        QT_TRANSLATE_NOOP(
            "", "You notice how people contribute and tell them what it made possible."
        ),
        QT_TRANSLATE_NOOP("", "You measure what was delivered, honestly, week after week."),
        QT_TRANSLATE_NOOP(
            "",
            "Good work goes unseen (lead), or nobody knows whether the team is getting "
            "better (manage).",
        ),
        QT_TRANSLATE_NOOP(
            "", "Friday's recognition (lead) and delivery reliability in Insights (manage)."
        ),
    ),
)
DIFFERENCE_KEYS = tuple(difference.key for difference in DIFFERENCES)

# The weekly self-check's signals (services/practice.py) and the difference each one is
# about: "Which side is this?" opens the reference there.
DIFFERENCE_OF_SIGNAL = {
    "confused": "direction",
    "low_energy": "energy",
    "resisting": "change",
    "chaotic": "direction",
    "inconsistent": "change",
    "firefighting": "horizon",
}


def difference(key: str) -> Difference:
    """The difference named ``key`` (the first one for a key the playbook doesn't know)."""
    return next((d for d in DIFFERENCES if d.key == key), DIFFERENCES[0])


def difference_for(signals: dict[str, bool]) -> str:
    """The difference the first ticked signal is about (the first difference if none)."""
    for name, ticked in signals.items():
        if ticked and name in DIFFERENCE_OF_SIGNAL:
            return DIFFERENCE_OF_SIGNAL[name]
    return DIFFERENCES[0].key


@dataclass(frozen=True)
class Scenario:
    key: str
    title: str
    when: str  # when to use it
    makes: str  # what it creates, in a sentence


SCENARIOS = (
    Scenario(
        "scope",
        QT_TRANSLATE_NOOP("", "Scope keeps changing: a reset"),
        QT_TRANSLATE_NOOP(
            "",
            "New requests arrive every day and the plan no longer means anything.",
        ),
        QT_TRANSLATE_NOOP(
            "",
            "Keeps only the must-haves as this week's priorities, parks the rest where you "
            "can find it again, and logs one day a week for deciding on changes.",
        ),
    ),
    Scenario(
        "morale",
        QT_TRANSLATE_NOOP("", "Morale is low: a reset"),
        QT_TRANSLATE_NOOP("", "People are tired, quiet, and juggling too many things at once."),
        QT_TRANSLATE_NOOP(
            "",
            "Limits how much each person has in progress, sets up a short daily stand-up, "
            "and turns a few small weekly targets into success criteria.",
        ),
    ),
    Scenario(
        "plan",
        QT_TRANSLATE_NOOP("", "Someone's work needs to improve"),
        QT_TRANSLATE_NOOP(
            "", "A pattern keeps coming back and a friendly word has not changed it."
        ),
        QT_TRANSLATE_NOOP(
            "",
            "An improvement plan in the Coaching Log: the behaviour, what good looks like, "
            "your support and weekly check-ins.",
        ),
    ),
    Scenario(
        "rollout",
        QT_TRANSLATE_NOOP("", "Rolling out a change across departments"),
        QT_TRANSLATE_NOOP(
            "", "A new tool or process has to land well in several teams, not only yours."
        ),
        QT_TRANSLATE_NOOP(
            "",
            "A checklist with an owner per department, training, a pilot, measures and a "
            "weekly feedback loop, shown on Thursday every week until it is done.",
        ),
    ),
)

# What the templates write into the week, in the user's language at the time.
PARKED_WHY = QT_TRANSLATE_NOOP("", "Parked in a scope reset: not this week.")
CHANGE_RULE = QT_TRANSLATE_NOOP(
    "", "New requests wait for {day}: then we weigh them against the must-haves."
)
CHANGE_RULE_REASON = QT_TRANSLATE_NOOP(
    "", "Scope kept changing. Must-haves this week: {must_haves}."
)
CHANGE_DAY_WITH = QT_TRANSLATE_NOOP("", "Everyone asking for changes")
CHANGE_DAY_EXPECTATION = QT_TRANSLATE_NOOP(
    "", "Requests are decided on this day, against the week's must-haves."
)
STANDUP_WITH = QT_TRANSLATE_NOOP("", "The team: daily stand-up")
STANDUP_EXPECTATION = QT_TRANSLATE_NOOP(
    "",
    "Every working day at {time}, fifteen minutes standing: what is done, what is next, "
    "what is in the way. Problems are solved after it, not in it.",
)
TARGETS_PRIORITY = QT_TRANSLATE_NOOP("", "Small wins this week")

# The rollout's checklist: per department, then once for the whole rollout.
STEP_OWNER = QT_TRANSLATE_NOOP("", "{owner} owns the rollout in {department}")
STEP_TRAINING = QT_TRANSLATE_NOOP("", "{department} trained")
STEP_LAUNCH = QT_TRANSLATE_NOOP("", "Live in {department}")
STEP_PILOT = QT_TRANSLATE_NOOP("", "Pilot run in {department}, lessons written down")
STEP_METRICS = QT_TRANSLATE_NOOP("", "Measures of success agreed, with a starting value")
STEP_FEEDBACK = QT_TRANSLATE_NOOP("", "Weekly feedback loop running with every department")


@dataclass(frozen=True)
class Phrasings:
    """Sample words for one hard-to-word moment: a short lead-in and a few examples."""

    key: str
    lead_in: str
    examples: tuple[str, ...]


PHRASINGS = {
    "recognition": Phrasings(
        "recognition",
        QT_TRANSLATE_NOOP("", "Name the act and what it made possible:"),
        (
            QT_TRANSLATE_NOOP(
                "",
                "“When you rewrote the handover notes on Tuesday, the night shift had no "
                "questions for the first time. Thank you.”",
            ),
            QT_TRANSLATE_NOOP(
                "",
                "“You stayed calm on that customer call and asked before promising. That "
                "kept the account.”",
            ),
        ),
    ),
    "delegation": Phrasings(
        "delegation",
        QT_TRANSLATE_NOOP("", "Hand over the outcome, the limits and the decisions:"),
        (
            QT_TRANSLATE_NOOP(
                "",
                "“I'd like you to own this. Done means the supplier has signed by the 15th.”",
            ),
            QT_TRANSLATE_NOOP(
                "",
                "“You decide the approach. Check with me before anything over the budget.”",
            ),
            QT_TRANSLATE_NOOP(
                "", "“Let's look at it together on Thursday. Call me sooner if you're stuck.”"
            ),
        ),
    ),
    "saying_no": Phrasings(
        "saying_no",
        QT_TRANSLATE_NOOP("", "Say yes to the person and name the trade-off:"),
        (
            QT_TRANSLATE_NOOP(
                "",
                "“I can do that this week if we move the report to next week. Which "
                "matters more to you?”",
            ),
            QT_TRANSLATE_NOOP(
                "",
                "“Not this week: we promised the release by Friday. I can look at it on Monday.”",
            ),
            QT_TRANSLATE_NOOP("", "“Help me choose: if this comes in, what should come out?”"),
        ),
    ),
    "hard_conversation": Phrasings(
        "hard_conversation",
        QT_TRANSLATE_NOOP("", "Be specific, kind and brief, then listen:"),
        (
            QT_TRANSLATE_NOOP(
                "",
                "“I want to talk about the last three stand-ups, where you arrived late. "
                "What's going on?”",
            ),
            QT_TRANSLATE_NOOP(
                "",
                "“When the test was skipped, the customer found the bug. I need every "
                "release tested. What would help you get there?”",
            ),
            QT_TRANSLATE_NOOP(
                "", "“I'm telling you because I think you can fix it, and I'll help.”"
            ),
        ),
    ),
}
