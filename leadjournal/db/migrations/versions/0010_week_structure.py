"""The middle of the week gets structure: blockers and dated next actions (Tuesday),
improvements that last and reusable checklists (Wednesday), alignment touchpoints and
decisions needed (Thursday), and change control through the week. Free text already
written is moved into the new records where it parses and kept as it is where it does
not. New tables join the search index the way 0008 keeps it (one entry per row, placed
by rowid). Each practice behaviour gets a schedule (daily until now), and a daily
reflection gets its table (issue 24).

The rules that read old free text (weekday names, "4 h", names of the team) are copied
here from the services rather than imported: a migration is frozen at its revision, so a
later change to how the app reads words never changes what this upgrade did.

Revision ID: 0010_week_structure
Revises: 0009_set_aside
"""

import datetime as dt
import re

import sqlalchemy as sa
from alembic import op

revision = "0010_week_structure"
down_revision = "0009_set_aside"
branch_labels = None
depends_on = None

# 0007 indexed 23 tables with the codes 1…23 and 0009 added the 24th. Codes for this
# revision's tables, fixed once so every section can use its own:
#   25 blocker (Tuesday)              26 improvement (Wednesday)
#   27 touchpoint, 28 decision_needed (Thursday)
#   29 week_change (change control)
STEP = 2**32


def _body(prefix: str, columns: tuple[str, ...]) -> str:
    return " || ' ' || ".join(f"coalesce({prefix}.{column}, '')" for column in columns)


def _index_for_search(table: str, kind: str, code: int, columns: tuple[str, ...]) -> None:
    """Keep ``table``'s words in the search index, and index the rows it already has."""
    base = code * STEP
    insert = (
        f"INSERT INTO search_index (rowid, kind, record_id, body) "
        f"VALUES ({base} + new.rowid, '{kind}', new.rowid, {_body('new', columns)});"
    )
    delete = f"DELETE FROM search_index WHERE rowid = {base} + old.rowid;"
    watched = ", ".join(columns)
    op.execute(f"CREATE TRIGGER search_{table}_insert AFTER INSERT ON {table} BEGIN {insert} END")
    op.execute(f"CREATE TRIGGER search_{table}_delete AFTER DELETE ON {table} BEGIN {delete} END")
    op.execute(
        f"CREATE TRIGGER search_{table}_update AFTER UPDATE OF {watched} ON {table} BEGIN "
        f"{delete} {insert} END"
    )
    op.execute(
        f"INSERT INTO search_index (rowid, kind, record_id, body) "
        f"SELECT {base} + rowid, '{kind}', rowid, {_body(table, columns)} FROM {table}"
    )


def _drop_search_triggers(table: str) -> None:
    for event in ("insert", "delete", "update"):
        op.execute(f"DROP TRIGGER IF EXISTS search_{table}_{event}")


# --- Tuesday: blockers and next actions -------------------------------------------


_DAY_NAMES = (
    ("monday", "mon", "montag"),
    ("tuesday", "tue", "tues", "dienstag"),
    ("wednesday", "wed", "mittwoch"),
    ("thursday", "thu", "thur", "thurs", "donnerstag"),
    ("friday", "fri", "freitag"),
    ("saturday", "sat", "samstag"),
    ("sunday", "sun", "sonntag"),
)
_WEEKDAYS = {name: day for day, names in enumerate(_DAY_NAMES) for name in names}
# German two-letter days ("Do") only when they are all that was written: "do" and "so"
# are English words too.
_SHORT_WEEKDAYS = {name: day for day, name in enumerate("mo di mi do fr sa so".split())}
_MONTH_NAMES = (
    ("january", "jan", "januar"),
    ("february", "feb", "februar"),
    ("march", "mar", "märz", "mär"),
    ("april", "apr"),
    ("may", "mai"),
    ("june", "jun", "juni"),
    ("july", "jul", "juli"),
    ("august", "aug"),
    ("september", "sep", "sept"),
    ("october", "oct", "oktober", "okt"),
    ("november", "nov"),
    ("december", "dec", "dezember", "dez"),
)
_MONTHS = {name: month for month, names in enumerate(_MONTH_NAMES, 1) for name in names}
_FILLER = frozenset("by on before until at the of this end eod eow week day am bis am zum".split())


def _due_from_words(text: str, week_start: dt.date) -> tuple[dt.date | None, bool]:
    """The date a check-in's old "by when" words name, read from the Tuesday of its week,
    and whether the words said nothing more than that date (so they need not be kept).

    Read: an ISO date, "3 Dec" / "Dec 3", "3.12.", a weekday ("Thursday", "Thu", "Do"),
    "today", "tomorrow", "end of week"; anything else gives None."""
    tuesday = week_start + dt.timedelta(days=1)
    words = re.findall(r"[\w.:/-]+", text.lower())
    due: dt.date | None = None
    extra = False
    for index, word in enumerate(words):
        bare = word.strip(".")
        found: dt.date | None = None
        if match := re.fullmatch(r"(\d{4})-(\d{1,2})-(\d{1,2})", bare):
            found = _date_or_none(*(int(part) for part in match.groups()))
        elif match := re.fullmatch(r"(\d{1,2})\.(\d{1,2})\.?(\d{4})?", word):
            day, month, year = match.groups()
            found = _near(week_start, int(month), int(day), year)
        elif bare in _MONTHS:
            # "Dec 3" or "3 Dec": the number beside the month.
            month = _MONTHS[bare]
            for other in (index + 1, index - 1):
                if 0 <= other < len(words) and words[other].rstrip(".").isdigit():
                    found = _near(week_start, month, int(words[other].rstrip(".")), None)
                    break
        elif bare in _WEEKDAYS or (len(words) == 1 and bare in _SHORT_WEEKDAYS):
            day_number = _WEEKDAYS.get(bare, _SHORT_WEEKDAYS.get(bare, 0))
            # A day before Tuesday means the next week's.
            offset = day_number if day_number >= 1 else day_number + 7
            found = week_start + dt.timedelta(days=offset)
        elif bare in ("today", "heute", "eod"):
            found = tuesday
        elif bare in ("tomorrow", "morgen"):
            found = tuesday + dt.timedelta(days=1)
        elif bare in ("eow",) or (bare == "week" and "end" in words):
            found = week_start + dt.timedelta(days=4)
        if found is not None:
            due = due or found
        elif not (bare in _FILLER or bare.isdigit()):
            extra = True
    return due, due is not None and not extra


def _date_or_none(year: int, month: int, day: int) -> dt.date | None:
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


def _near(week_start: dt.date, month: int, day: int, year: str | None) -> dt.date | None:
    """The day and month given, in the year that puts it nearest the week."""
    if year:
        return _date_or_none(int(year), month, day)
    options = [_date_or_none(week_start.year + shift, month, day) for shift in (-1, 0, 1)]
    found = [d for d in options if d is not None]
    return min(found, key=lambda d: abs((d - week_start).days)) if found else None


def _tuesday_up() -> None:
    op.create_table(
        "blocker",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("week_id", sa.Integer(), nullable=False),
        sa.Column("person_id", sa.Integer(), nullable=True),
        sa.Column("task_id", sa.Integer(), nullable=True),
        sa.Column("what", sa.Text(), nullable=False),
        sa.Column("need", sa.String(length=20), nullable=False),
        sa.Column("unblocker", sa.String(length=200), nullable=False),
        sa.Column("unblocker_person_id", sa.Integer(), nullable=True),
        sa.Column("raised_on", sa.Date(), nullable=False),
        sa.Column("resolved_on", sa.Date(), nullable=True),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.CheckConstraint(
            "need IN ('', 'decision', 'resource', 'review')", name=op.f("ck_blocker_need_known")
        ),
        sa.ForeignKeyConstraint(
            ["week_id"], ["week_plan.id"], name=op.f("fk_blocker_week_id_week_plan"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["person_id"], ["person.id"], name=op.f("fk_blocker_person_id_person"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["task_id"], ["task.id"], name=op.f("fk_blocker_task_id_task"), ondelete="SET NULL"
        ),
        sa.ForeignKeyConstraint(
            ["unblocker_person_id"], ["person.id"],
            name=op.f("fk_blocker_unblocker_person_id_person"), ondelete="SET NULL",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_blocker")),
    )  # fmt: skip
    op.create_index(op.f("ix_blocker_week_id"), "blocker", ["week_id"], unique=False)
    op.create_index(op.f("ix_blocker_person_id"), "blocker", ["person_id"], unique=False)
    # Plain ADD COLUMN: a batch copy of ``checkin`` would drop its search triggers.
    op.add_column("checkin", sa.Column("next_action_due", sa.Date(), nullable=True))
    op.add_column("checkin", sa.Column("next_action_happened", sa.Boolean(), nullable=True))
    _index_for_search("blocker", "blocker", 25, ("what", "unblocker"))

    connection = op.get_bind()
    rows = connection.execute(
        sa.text(
            "SELECT c.id, c.week_id, c.person_id, c.blocked, c.next_action_when, w.week_start "
            "FROM checkin c JOIN week_plan w ON c.week_id = w.id ORDER BY w.week_start, c.id"
        )
    ).all()
    # When the person's next check-in week came: an older blocker is taken as resolved
    # by then (only each person's latest one stays open; nobody is told of years-old
    # blockers), and the words move over as they were, the need not known.
    weeks_of: dict[object, list[dt.date]] = {}
    for _id, _week, person_id, _blocked, _when, week_start in rows:
        weeks_of.setdefault(person_id, []).append(_as_date(week_start))
    for checkin_id, week_id, person_id, blocked, when, week_start in rows:
        monday = _as_date(week_start)
        tuesday = monday + dt.timedelta(days=1)
        if blocked and blocked.strip():
            later = [w for w in weeks_of[person_id] if w > monday]
            resolved = min(later) + dt.timedelta(days=1) if later else None
            connection.execute(
                sa.text(
                    "INSERT INTO blocker (week_id, person_id, task_id, what, need, unblocker, "
                    "unblocker_person_id, raised_on, resolved_on, position) VALUES "
                    "(:week, :person, NULL, :what, '', '', NULL, :raised, :resolved, 0)"
                ),
                {
                    "week": week_id,
                    "person": person_id,
                    "what": blocked.strip(),
                    "raised": tuesday,
                    "resolved": resolved,
                },
            )
        due, said_only_that = _due_from_words(when or "", monday)
        connection.execute(
            sa.text(
                "UPDATE checkin SET blocked = '', next_action_due = :due, "
                "next_action_when = :when WHERE id = :id"
            ),
            {"due": due, "when": "" if said_only_that else (when or ""), "id": checkin_id},
        )


def _as_date(value: object) -> dt.date:
    return value if isinstance(value, dt.date) else dt.date.fromisoformat(str(value))


def _tuesday_down() -> None:
    # Blockers go back into their check-in's sentence (joined, as it was one field);
    # a due date becomes words again where none were kept.
    connection = op.get_bind()
    rows = connection.execute(
        sa.text("SELECT week_id, person_id, what FROM blocker ORDER BY raised_on, id")
    ).all()
    joined: dict[tuple[object, object], list[str]] = {}
    for week_id, person_id, what in rows:
        joined.setdefault((week_id, person_id), []).append(what)
    for (week_id, person_id), texts in joined.items():
        who = "person_id IS NULL" if person_id is None else "person_id = :person"
        found = connection.execute(
            sa.text(f"SELECT id FROM checkin WHERE week_id = :week AND {who}"),
            {"week": week_id, "person": person_id},
        ).first()
        if found is None:
            connection.execute(
                sa.text(
                    "INSERT INTO checkin (week_id, person_id, completed, next_up, blocked, "
                    "next_action, next_action_when) VALUES (:week, :person, '', '', :b, '', '')"
                ),
                {"week": week_id, "person": person_id, "b": "; ".join(texts)},
            )
        else:
            connection.execute(
                sa.text("UPDATE checkin SET blocked = :b WHERE id = :id"),
                {"b": "; ".join(texts), "id": found[0]},
            )
    connection.execute(
        sa.text(
            "UPDATE checkin SET next_action_when = next_action_due "
            "WHERE next_action_due IS NOT NULL AND next_action_when = ''"
        )
    )
    _drop_search_triggers("blocker")
    op.execute(f"DELETE FROM search_index WHERE rowid >= {25 * STEP} AND rowid < {26 * STEP}")
    op.drop_index(op.f("ix_blocker_person_id"), table_name="blocker")
    op.drop_index(op.f("ix_blocker_week_id"), table_name="blocker")
    op.drop_table("blocker")
    # Plain DROP COLUMN (SQLite 3.35+), for the same reason as the ADD COLUMN above.
    op.execute("ALTER TABLE checkin DROP COLUMN next_action_happened")
    op.execute("ALTER TABLE checkin DROP COLUMN next_action_due")


# --- Wednesday: improvements and checklists ---------------------------------------


# Words in an old improvement that name its kind (English and German); no match: "other".
_KIND_WORDS = (
    ("definition_of_done", ("definition of done", "done means", "definition of ready")),
    ("checklist", ("checklist", "check list", "checkliste")),
    ("template", ("template", "vorlage")),
    ("handoff", ("handoff", "hand-off", "handover", "hand-over", "übergabe")),
)
_CLOSED_STATUSES = ("done", "dropped")


def _improvement_kind(what: str) -> str:
    lowered = what.lower()
    for kind, words in _KIND_WORDS:
        if any(word in lowered for word in words):
            return kind
    return "other"


def _restore_criterion_search_triggers() -> None:
    """The criterion table's triggers as 0008 made them (0007's code 3, column text)."""
    base = 3 * STEP
    insert = (
        f"INSERT INTO search_index (rowid, kind, record_id, body) "
        f"VALUES ({base} + new.rowid, 'criterion', new.rowid, {_body('new', ('text',))});"
    )
    delete = f"DELETE FROM search_index WHERE rowid = {base} + old.rowid;"
    _drop_search_triggers("criterion")
    op.execute(
        f"CREATE TRIGGER search_criterion_insert AFTER INSERT ON criterion BEGIN {insert} END"
    )
    op.execute(
        f"CREATE TRIGGER search_criterion_delete AFTER DELETE ON criterion BEGIN {delete} END"
    )
    op.execute(
        f"CREATE TRIGGER search_criterion_update AFTER UPDATE OF text ON criterion BEGIN "
        f"{delete} {insert} END"
    )


def _wednesday_up() -> None:
    op.create_table(
        "improvement",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(length=20), nullable=False),
        sa.Column("title", sa.Text(), nullable=False),
        sa.Column("why", sa.Text(), nullable=False),
        sa.Column("content", sa.Text(), nullable=False),
        sa.Column("status", sa.String(length=20), nullable=False),
        sa.Column("started_week", sa.Date(), nullable=False),
        sa.Column("closed_week", sa.Date(), nullable=True),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.CheckConstraint(
            "kind IN ('template', 'handoff', 'checklist', 'definition_of_done', 'other')",
            name=op.f("ck_improvement_kind_known"),
        ),
        sa.CheckConstraint(
            "status IN ('idea', 'trying', 'done', 'dropped')",
            name=op.f("ck_improvement_status_known"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_improvement")),
    )
    with op.batch_alter_table("improvement", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_improvement_started_week"), ["started_week"], unique=False
        )
    # Plain ALTER TABLE (no batch copy): the criterion table keeps its search triggers.
    # SQLite takes a column's CHECK in ADD COLUMN; the defaults fill the rows there are.
    op.execute(
        "ALTER TABLE criterion ADD COLUMN kind VARCHAR(20) NOT NULL DEFAULT 'done' "
        "CONSTRAINT ck_criterion_kind_known CHECK (kind IN ('done', 'quality', 'approval'))"
    )
    op.execute("ALTER TABLE criterion ADD COLUMN approver VARCHAR(200) NOT NULL DEFAULT ''")
    op.execute("ALTER TABLE criterion ADD COLUMN signed_off BOOLEAN NOT NULL DEFAULT 0")
    op.execute("ALTER TABLE criterion ADD COLUMN signed_off_on DATE")
    _index_for_search("improvement", "improvement", 26, ("title", "why", "content"))

    # Each week's one improvement becomes a record that lasts, its words unchanged (its id
    # the week's, as services/transfer_versions.py gives one from an old file); the
    # week's old columns are emptied (nothing reads them any more) so search finds the
    # words once, on the improvement.
    bind = op.get_bind()
    weeks = bind.execute(
        sa.text(
            "SELECT id, week_start, improvement_what, improvement_why, improvement_status, "
            "created_at FROM week_plan WHERE trim(improvement_what) != '' "
            "OR trim(improvement_why) != '' ORDER BY week_start"
        )
    ).all()
    for week_id, week_start, what, why, status, created_at in weeks:
        known = status if status in ("idea", "trying", "done", "dropped") else "idea"
        bind.execute(
            sa.text(
                "INSERT INTO improvement (id, kind, title, why, content, status, "
                "started_week, closed_week, position, created_at) VALUES (:id, :kind, :title, "
                ":why, '', :status, :started, :closed, 0, :created)"
            ),
            {
                "id": week_id,  # as an old export file's import numbers it (one per week)
                "kind": _improvement_kind(what),
                "title": what,
                "why": why,
                "status": known,
                "started": week_start,
                "closed": week_start if known in _CLOSED_STATUSES else None,
                "created": created_at,
            },
        )
        bind.execute(
            sa.text(
                "UPDATE week_plan SET improvement_what = '', improvement_why = '', "
                "improvement_status = 'idea' WHERE id = :id"
            ),
            {"id": week_id},
        )


def _wednesday_down() -> None:
    # Back to one improvement per week: the first started in each week returns to it.
    bind = op.get_bind()
    firsts = bind.execute(
        sa.text(
            "SELECT i.started_week, i.title, i.why, i.status FROM improvement i "
            "WHERE i.id = (SELECT min(j.id) FROM improvement j "
            "WHERE j.started_week = i.started_week)"
        )
    ).all()
    for week_start, title, why, status in firsts:
        bind.execute(
            sa.text(
                "UPDATE week_plan SET improvement_what = :what, improvement_why = :why, "
                "improvement_status = :status WHERE week_start = :week"
            ),
            {"what": title, "why": why, "status": status, "week": week_start},
        )
    _drop_search_triggers("improvement")
    op.execute(f"DELETE FROM search_index WHERE rowid >= {26 * STEP} AND rowid < {27 * STEP}")
    # ALTER TABLE DROP COLUMN (SQLite 3.35+) refuses a column with a CHECK, and a batch
    # copy would drop the table's search triggers: rebuild it, then put them back.
    with op.batch_alter_table("criterion", schema=None, recreate="always") as batch_op:
        batch_op.drop_constraint(op.f("ck_criterion_kind_known"), type_="check")
        batch_op.drop_column("signed_off_on")
        batch_op.drop_column("signed_off")
        batch_op.drop_column("approver")
        batch_op.drop_column("kind")
    _restore_criterion_search_triggers()
    with op.batch_alter_table("improvement", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_improvement_started_week"))
    op.drop_table("improvement")


# --- Thursday: alignment, decisions needed, the decision log -----------------------


_CONSULTED_SEPARATORS = (",", ";", "/", "&", "\n", " and ")


def _consulted_names(text: str) -> list[str]:
    """The names in an old "who was consulted" line: "Amara, Jonas and Priya"."""
    names = [text]
    for separator in _CONSULTED_SEPARATORS:
        names = [part for name in names for part in name.split(separator)]
    return [" ".join(name.split()) for name in names if name.strip()]


def _consulted_into_links() -> None:
    """Names in ``decision.consulted`` that are people of the team (a full name, or a
    first name only one of them has) become links; the rest stay as the text (a line
    where no name matches is left exactly as it was)."""
    connection = op.get_bind()
    everyone = connection.execute(sa.text("SELECT id, name FROM person")).all()
    people = {name.strip().lower(): person_id for person_id, name in everyone}
    firsts: dict[str, list[int]] = {}
    for person_id, name in everyone:
        if name.split():
            firsts.setdefault(name.split()[0].lower(), []).append(person_id)
    for first, ids in firsts.items():  # "Priya" for the only Priya on the team
        if len(ids) == 1 and first not in people:
            people[first] = ids[0]
    rows = connection.execute(
        sa.text("SELECT id, consulted FROM decision WHERE trim(consulted) != ''")
    ).all()
    for decision_id, consulted in rows:
        names = _consulted_names(consulted)
        linked = [people[name.lower()] for name in names if name.lower() in people]
        if not linked:
            continue
        for person_id in dict.fromkeys(linked):
            connection.execute(
                sa.text("INSERT INTO decision_consulted (decision_id, person_id) VALUES (:d, :p)"),
                {"d": decision_id, "p": person_id},
            )
        rest = ", ".join(name for name in names if name.lower() not in people)
        connection.execute(
            sa.text("UPDATE decision SET consulted = :rest WHERE id = :d"),
            {"rest": rest, "d": decision_id},
        )


def _thursday_up() -> None:
    op.create_table(
        "touchpoint",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("week_id", sa.Integer(), nullable=False),
        sa.Column("with_whom", sa.String(length=200), nullable=False),
        sa.Column("met_on", sa.Date(), nullable=False),
        sa.Column("expectation", sa.Text(), nullable=False),
        sa.Column("confirmed", sa.String(length=20), nullable=False),
        sa.CheckConstraint(
            "confirmed IN ('yes', 'not_yet', 'changed')",
            name=op.f("ck_touchpoint_confirmed_known"),
        ),
        sa.ForeignKeyConstraint(
            ["week_id"],
            ["week_plan.id"],
            name=op.f("fk_touchpoint_week_id_week_plan"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_touchpoint")),
    )
    op.create_index(op.f("ix_touchpoint_week_id"), "touchpoint", ["week_id"], unique=False)
    op.create_table(
        "decision_needed",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("week_id", sa.Integer(), nullable=False),
        sa.Column("what", sa.Text(), nullable=False),
        sa.Column("from_whom", sa.String(length=200), nullable=False),
        sa.Column("needed_by", sa.Date(), nullable=True),
        sa.ForeignKeyConstraint(
            ["week_id"],
            ["week_plan.id"],
            name=op.f("fk_decision_needed_week_id_week_plan"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_decision_needed")),
    )
    op.create_index(
        op.f("ix_decision_needed_week_id"), "decision_needed", ["week_id"], unique=False
    )
    op.create_table(
        "decision_consulted",
        sa.Column("decision_id", sa.Integer(), nullable=False),
        sa.Column("person_id", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["decision_id"],
            ["decision.id"],
            name=op.f("fk_decision_consulted_decision_id_decision"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["person_id"],
            ["person.id"],
            name=op.f("fk_decision_consulted_person_id_person"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("decision_id", "person_id", name=op.f("pk_decision_consulted")),
    )
    op.create_index(
        op.f("ix_decision_consulted_person_id"), "decision_consulted", ["person_id"], unique=False
    )
    # Plain ALTER TABLE … ADD COLUMN: a batch copy of the table would drop its search
    # triggers. Older rows get "" (the kind not said) and no recipients.
    op.add_column(
        "decision",
        sa.Column(
            "kind",
            sa.String(length=20),
            sa.CheckConstraint(
                "kind IN ('', 'direction', 'operational')", name=op.f("ck_decision_kind_known")
            ),
            nullable=False,
            server_default="",
        ),
    )
    op.add_column(
        "week_plan",
        sa.Column("update_recipients", sa.String(length=500), nullable=False, server_default=""),
    )
    op.add_column("week_plan", sa.Column("update_sent_on", sa.Date(), nullable=True))
    _index_for_search("touchpoint", "touchpoint", 27, ("with_whom", "expectation"))
    _index_for_search("decision_needed", "decision_needed", 28, ("what", "from_whom"))
    _consulted_into_links()


def _thursday_down() -> None:
    connection = op.get_bind()
    # Linked names go back into the free text, as they were before the links.
    rows = connection.execute(
        sa.text(
            "SELECT l.decision_id, p.name FROM decision_consulted l "
            "JOIN person p ON p.id = l.person_id ORDER BY l.decision_id, p.name"
        )
    ).all()
    names: dict[int, list[str]] = {}
    for decision_id, name in rows:
        names.setdefault(decision_id, []).append(name)
    for decision_id, linked in names.items():
        connection.execute(
            sa.text(
                "UPDATE decision SET consulted = CASE WHEN trim(consulted) = '' THEN :names "
                "ELSE :names || ', ' || consulted END WHERE id = :d"
            ),
            {"names": ", ".join(linked), "d": decision_id},
        )
    for table, code in (("touchpoint", 27), ("decision_needed", 28)):
        _drop_search_triggers(table)
        op.execute(
            f"DELETE FROM search_index WHERE rowid >= {code * STEP} AND rowid < {(code + 1) * STEP}"
        )
    op.drop_column("week_plan", "update_sent_on")
    op.drop_column("week_plan", "update_recipients")
    op.drop_column("decision", "kind")
    op.drop_index(op.f("ix_decision_consulted_person_id"), table_name="decision_consulted")
    op.drop_table("decision_consulted")
    op.drop_index(op.f("ix_decision_needed_week_id"), table_name="decision_needed")
    op.drop_table("decision_needed")
    op.drop_index(op.f("ix_touchpoint_week_id"), table_name="touchpoint")
    op.drop_table("touchpoint")


# --- Change control through the week ----------------------------------------------


_WORD_NUMBERS = {
    "a": 1.0, "an": 1.0, "one": 1.0, "two": 2.0, "three": 3.0, "four": 4.0, "five": 5.0,
    "six": 6.0, "seven": 7.0, "eight": 8.0, "nine": 9.0, "ten": 10.0, "twelve": 12.0,
}  # fmt: skip
_AMOUNT = re.compile(
    r"(?P<half>half\s+(?:an?\s+)?)?"
    r"(?P<number>\b(?:\d+(?:[.,]\d+)?|" + "|".join(_WORD_NUMBERS) + r"))?\s*"
    r"(?P<unit>hours?|hrs?|h|stunden|std|minutes?|mins?|days?|tage?|d)\b",
    re.IGNORECASE,
)
_TIME_RANGE = re.compile(r"\b(\d{1,2})[:.](\d{2})\s*(?:–|-|to|bis)\s*(\d{1,2})[:.](\d{2})\b")
_HALF_DAY = re.compile(r"\b(morning|afternoon|vormittag|nachmittag)\b", re.IGNORECASE)


def buffer_hours_in(note: str) -> tuple[float | None, bool]:
    """The hours a buffer note names ("4 h", "4 hours", "half a day" = 4, "1 day" = 8),
    and whether the note says nothing else; (None, False) when it names none."""
    text = note.strip()
    for found in _AMOUNT.finditer(text):
        number, unit = found.group("number"), found.group("unit").lower()
        if number is None and not found.group("half"):
            continue  # a unit with no amount ("hours of support") says no number
        if number is None:
            amount = 1.0
        elif number.lower() in _WORD_NUMBERS:
            amount = _WORD_NUMBERS[number.lower()]
        else:
            amount = float(number.replace(",", "."))
        if found.group("half"):
            amount /= 2
        if unit.startswith(("d", "t")):
            amount *= 8  # a working day
        elif unit.startswith("m"):
            amount /= 60
        if not 0 < amount <= 168:
            continue
        rest = (text[: found.start()] + text[found.end() :]).strip(" .,;:-~≈")
        return round(amount, 2), rest.lower() in {"", "about", "around", "ca", "roughly"}
    # A time of day kept free ("Tuesday 15:00–16:00"), or half a day ("Friday morning"):
    # the hours, with the words kept.
    span = _TIME_RANGE.search(text)
    if span is not None:
        start_h, start_m, end_h, end_m = (int(part) for part in span.groups())
        minutes = (end_h * 60 + end_m) - (start_h * 60 + start_m)
        if 0 < minutes <= 24 * 60:
            return round(minutes / 60, 2), False
    if _HALF_DAY.search(text):
        return 4.0, False
    return None, False


def _change_control_up() -> None:
    op.create_table(
        "week_change",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("week_id", sa.Integer(), nullable=False),
        sa.Column("added_task_id", sa.Integer(), nullable=True),
        sa.Column("added_title", sa.Text(), nullable=False),
        sa.Column("moved_task_id", sa.Integer(), nullable=True),
        sa.Column("moved_title", sa.Text(), nullable=False),
        sa.Column("moved_to", sa.String(length=20), nullable=False),
        sa.Column("why", sa.Text(), nullable=False),
        sa.Column("changed_at", sa.DateTime(), nullable=False),
        sa.CheckConstraint(
            "moved_to IN ('next_week', 'dropped', 'nothing')",
            name=op.f("ck_week_change_moved_to_known"),
        ),
        sa.ForeignKeyConstraint(
            ["week_id"],
            ["week_plan.id"],
            name=op.f("fk_week_change_week_id_week_plan"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["added_task_id"],
            ["task.id"],
            name=op.f("fk_week_change_added_task_id_task"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["moved_task_id"],
            ["task.id"],
            name=op.f("fk_week_change_moved_task_id_task"),
            ondelete="SET NULL",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_week_change")),
    )
    op.create_index(op.f("ix_week_change_week_id"), "week_change", ["week_id"], unique=False)
    _index_for_search("week_change", "week_change", 29, ("added_title", "moved_title", "why"))
    # Plain ALTER TABLE (no batch copy): the task table keeps its search triggers.
    op.add_column(
        "task", sa.Column("slip_category", sa.String(length=20), nullable=False, server_default="")
    )
    op.add_column("week_plan", sa.Column("buffer_hours", sa.Float(), nullable=True))
    with op.batch_alter_table("deep_work_block", schema=None) as batch_op:
        batch_op.add_column(sa.Column("task_id", sa.Integer(), nullable=True))
        batch_op.create_foreign_key(
            op.f("fk_deep_work_block_task_id_task"),
            "task",
            ["task_id"],
            ["id"],
            ondelete="SET NULL",
        )
    # The buffer was a sentence: its hours become a number where it names them. The
    # words stay unless they said nothing but the amount ("4 h").
    bind = op.get_bind()
    notes = bind.execute(sa.text("SELECT id, buffer_note FROM week_plan WHERE buffer_note != ''"))
    for week_id, note in notes.all():
        hours, only_hours = buffer_hours_in(note)
        if hours is None:
            continue
        bind.execute(
            sa.text(
                "UPDATE week_plan SET buffer_hours = :hours, buffer_note = :note WHERE id = :id"
            ),
            {"hours": hours, "note": "" if only_hours else note, "id": week_id},
        )


def _change_control_down() -> None:
    # The hours go back into the words where the words were moved out.
    op.execute(
        "UPDATE week_plan SET buffer_note = printf('%g h', buffer_hours) "
        "WHERE buffer_hours IS NOT NULL AND buffer_note = ''"
    )
    with op.batch_alter_table("deep_work_block", schema=None) as batch_op:
        batch_op.drop_constraint(op.f("fk_deep_work_block_task_id_task"), type_="foreignkey")
        batch_op.drop_column("task_id")
    op.execute("ALTER TABLE week_plan DROP COLUMN buffer_hours")
    op.execute("ALTER TABLE task DROP COLUMN slip_category")
    _drop_search_triggers("week_change")
    op.execute(f"DELETE FROM search_index WHERE rowid BETWEEN {29 * STEP} AND {30 * STEP - 1}")
    op.drop_index(op.f("ix_week_change_week_id"), table_name="week_change")
    op.drop_table("week_change")


# --- Practice that fits the behaviour (issue 24) -------------------------------------


def _practice_up() -> None:
    # Every cycle and behaviour so far was practised daily, so that is what they keep.
    # Plain ALTER TABLE (no batch copy), so both tables keep their search triggers.
    op.add_column(
        "custom_behaviour",
        sa.Column("schedule", sa.String(length=20), nullable=False, server_default="daily"),
    )
    for column in ("lead_schedule", "manage_schedule"):
        op.add_column(
            "practice_cycle",
            sa.Column(column, sa.String(length=20), nullable=False, server_default="daily"),
        )


def _practice_down() -> None:
    op.drop_column("practice_cycle", "manage_schedule")
    op.drop_column("practice_cycle", "lead_schedule")
    op.drop_column("custom_behaviour", "schedule")


# --- A daily reflection (issue 24) --------------------------------------------------


def _reflection_up() -> None:
    op.create_table(
        "reflection",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("day", sa.Date(), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("tags", sa.Text(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_reflection")),
        sa.UniqueConstraint("day", name=op.f("uq_reflection_day")),
    )
    _index_for_search("reflection", "reflection", 30, ("text", "tags"))


def _reflection_down() -> None:
    _drop_search_triggers("reflection")
    op.execute(f"DELETE FROM search_index WHERE rowid BETWEEN {30 * STEP} AND {31 * STEP - 1}")
    op.drop_table("reflection")


def upgrade() -> None:
    _tuesday_up()
    _wednesday_up()
    _thursday_up()
    _change_control_up()
    _practice_up()
    _reflection_up()


def downgrade() -> None:
    _reflection_down()
    _practice_down()
    _change_control_down()
    _thursday_down()
    _wednesday_down()
    _tuesday_down()
