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


class SlipCategory(StrEnum):
    """Why a task slipped, as a kind (``Task.slip_category``); the words say the rest."""

    NONE = ""
    ESTIMATE = "estimate"
    DEPENDENCY = "dependency"
    ABSENCE = "absence"
    SCOPE_CHANGE = "scope_change"
    PRIORITY_CHANGE = "priority_change"
    OTHER = "other"


class ChangeMove(StrEnum):
    """What made room for a task added after the plan was confirmed (``WeekChange``)."""

    NEXT_WEEK = "next_week"
    DROPPED = "dropped"
    NOTHING = "nothing"


class TaskFate(StrEnum):
    """What happened to a set-aside priority's tasks (``SetAside.tasks_went``)."""

    MOVED = "moved"
    CARRIED = "carried"
    DROPPED = "dropped"
    NONE = "none"  # the priority had no tasks


class BlockerNeed(StrEnum):
    """What a blocker needs to move (the seed's check-in question); ``Blocker.need``."""

    UNKNOWN = ""
    DECISION = "decision"
    RESOURCE = "resource"
    REVIEW = "review"  # a quick review


class ImprovementStatus(StrEnum):
    """Where an improvement to how the team works stands (``Improvement.status``)."""

    IDEA = "idea"
    TRYING = "trying"
    DONE = "done"  # "in place"
    DROPPED = "dropped"


class ImprovementKind(StrEnum):
    """What an improvement is (``Improvement.kind``); checklists and definitions of done
    hold items that can become a priority's success criteria."""

    TEMPLATE = "template"
    HANDOFF = "handoff"
    CHECKLIST = "checklist"
    DEFINITION_OF_DONE = "definition_of_done"
    OTHER = "other"  # moved from old free text that names none of the kinds


class CriterionKind(StrEnum):
    """What ticking a line of a priority's "Done when" takes (``Criterion.kind``)."""

    DONE = "done"  # plain done
    QUALITY = "quality"  # a quality check
    APPROVAL = "approval"  # someone signs it off


class DecisionKind(StrEnum):
    """A decision of the log: one that sets the team's direction or one about how the
    work runs (``Decision.kind``; "" for entries logged before 0010)."""

    UNSAID = ""
    DIRECTION = "direction"
    OPERATIONAL = "operational"


class TouchpointAnswer(StrEnum):
    """Was the expectation confirmed at an alignment touchpoint (``Touchpoint.confirmed``)?"""

    YES = "yes"
    NOT_YET = "not_yet"
    CHANGED = "changed"


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
