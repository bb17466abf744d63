"""The closed sets of values kept in status and kind columns: one definition each.

Every enum is a ``StrEnum`` whose values are exactly the strings the database holds, so
the columns stay plain strings (no migration) and a member compares equal to the string
read back: ``task.status == TaskStatus.DONE`` holds for a row loaded as ``"done"``. The
check constraints in ``db/models/`` list the same values.
"""

from enum import StrEnum

# --- Weekly Plan ---------------------------------------------------------------------------


class TaskStatus(StrEnum):
    NOT_STARTED = "not_started"
    IN_PROGRESS = "in_progress"
    DONE = "done"


class SlipDecision(StrEnum):
    """What Friday's review decided for a task that did not get done."""

    UNDECIDED = ""
    CARRY_OVER = "carry_over"
    DROP = "drop"
    RESCOPE = "rescope"


class TaskFate(StrEnum):
    """What happened to a set-aside priority's tasks (``SetAside.tasks_went``)."""

    MOVED = "moved"
    CARRIED = "carried"
    DROPPED = "dropped"
    NONE = "none"  # the priority had no tasks


class ImprovementStatus(StrEnum):
    """The week's one small improvement to how the user works (``WeekPlan``)."""

    IDEA = "idea"
    TRYING = "trying"
    DONE = "done"
    DROPPED = "dropped"


# --- Coaching Log --------------------------------------------------------------------------


class AgendaSource(StrEnum):
    """Where a one-on-one agenda line came from (the preparation's suggestions or the user)."""

    ACTION = "action"  # an open action item
    PRACTICE = "practice"
    PLAN = "plan"
    BLOCKER = "blocker"
    SLIPPED = "slipped"
    RECOGNITION = "recognition"
    FEEDBACK = "feedback"
    DELEGATION = "delegation"
    QUESTION = "question"
    OWN = "own"


class ActionOwner(StrEnum):
    ME = "me"
    THEM = "them"


class ActionStatus(StrEnum):
    OPEN = "open"
    DONE = "done"
    DROPPED = "dropped"


class PracticeOutcome(StrEnum):
    """Did the coaching conversation's practice step happen?"""

    NOT_ASKED = ""
    YES = "yes"
    PARTLY = "partly"
    NO = "no"


class PlanStatus(StrEnum):
    ACTIVE = "active"
    MET = "met"
    NOT_MET = "not_met"
    STOPPED = "stopped"


class DecisionRights(StrEnum):
    DECIDE_ALONE = "decide_alone"
    DECIDE_THEN_TELL = "decide_then_tell"
    RECOMMEND = "recommend"


class DelegationRisk(StrEnum):
    LOW = "low"
    HIGH = "high"


class DelegationStatus(StrEnum):
    OPEN = "open"
    DONE = "done"


# --- Start / Stop / Continue ---------------------------------------------------------------


class FeedbackChannel(StrEnum):
    ONE_ON_ONE = "one_on_one"
    ANONYMOUS_FORM = "anonymous_form"
    SURVEY = "survey"
    OTHER = "other"


class FeedbackRequestStatus(StrEnum):
    """A request is waiting for answers until the user closes it (``closed`` column)."""

    WAITING = "waiting"
    CLOSED = "closed"


class FeedbackSource(StrEnum):
    PERSON = "person"
    ANONYMOUS = "anonymous"
    SELF = "self"


class FeedbackKind(StrEnum):
    START = "start"
    STOP = "stop"
    CONTINUE = "continue"


class FeedbackItemStatus(StrEnum):
    """An item's way: open → acting → done → closed."""

    OPEN = "open"
    ACTING = "acting"
    DONE = "done"
    CLOSED = "closed"


class FeedbackActionStatus(StrEnum):
    ACTING = "acting"
    DONE = "done"
    CLOSED = "closed"


# --- Practice ------------------------------------------------------------------------------


class BehaviourKind(StrEnum):
    """A leadership or a management behaviour (also the ``behaviour`` of a tick)."""

    LEAD = "lead"
    MANAGE = "manage"


class PracticeCycleStatus(StrEnum):
    ACTIVE = "active"
    FINISHED = "finished"  # closed after its reflection
    ENDED = "ended"  # ended early


class TickState(StrEnum):
    DONE = "done"
    SKIPPED = "skipped"


class KeepPractising(StrEnum):
    """The reflection's answer: keep the pair for another cycle?"""

    NOT_DECIDED = ""
    YES = "yes"
    CHANGE_ONE = "change_one"
    NO = "no"
