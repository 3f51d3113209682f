"""How long a round's case material stays on a member's laptop, and erasing it for real.

The commissioner's office (OPCC) sets, per round, the date members' copies must be
erased: a date, or a number of days after the panel meeting when the round has a
meeting date (`set_retention`). The date travels signed in every assignment pack
(`round.json`'s `erase_on`), so a new pack revision can move it; the member's laptop
keeps the newest one (`take_erase_on`).

On the member's laptop `check_retention` is run at unlock and on a timer while the app
is open, with the caller's clock (`today`, `now`): nothing in here reads the time.

- It names the warnings due: 7 days before the date and 1 day before (a date already
  passed with no warning shown gets one warning, `Stage.LATE`). The interface shows
  them and then calls `record_warnings`, so a warning counts only once it was shown,
  and each is shown once.
- It erases a round at or after its date when the member's review has been sent and
  nothing has changed since, or, if it has not, when a warning was shown on an earlier
  day. So unsent work is never erased without the member having been told, and a
  member who was away on the date is told first and loses it at the next check a day
  or more later (docs/decisions.md, "Retention and erasure").

Erasing removes the round's cases with their summaries and references, documents,
answers, notes and reasons for deferring; the round's row stays, with the time its
material was removed, so the member sees what happened. The deletes run with
`secure_delete` on (SQLite overwrites what it frees with zeros), then the database is
VACUUMed and its WAL checkpointed and truncated, so no page of the file holds the text.
Then every other copy in the profile folder is dealt with (`clear_copies`): each
backup, and each database kept aside by a restore or an interrupted set-up, is opened
with the profile's key and has the same rows deleted the same way, then VACUUMed; a
copy the key does not open (an older passphrase, a damaged file, a half-written
backup) cannot be rewritten or even read, so it is removed. An audit row records what
was erased and when, in counts, never content.
"""

from __future__ import annotations

import contextlib
import logging
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from enum import Enum
from pathlib import Path
from typing import Any

import sqlcipher3
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from desktop.core.clock import utc_now
from desktop.core.explained import Explained
from desktop.core.words import say
from desktop.paths import backups_dir, database_path
from desktop.services import audit, erasure_receipts
from desktop.services.identity import require_coordinator
from desktop.services.operations import Changes
from desktop.storage import backup as backups
from desktop.storage import files
from desktop.storage.database import DB_ERRORS, Database
from desktop.storage.keying import RawKey
from desktop.storage.models import (
    AnswerRow,
    AuditEntry,
    CaseFile,
    Document,
    NoteRow,
    Profile,
    Round,
    RoundBackground,
)

log = logging.getLogger(__name__)

WARN_DAYS = (7, 1)  # the days before the date on which the member is warned
MAX_DAYS_AFTER_MEETING = 3660  # ten years: anything longer is a typing mistake
_KEPT_ASIDE = re.compile(r"^panel-review-(set-aside|unfinished|empty)-.+\.db$")  # kept by restore, set-up


class Stage(Enum):
    """Which warning: a week ahead, a day ahead, or after the date with none shown yet."""

    WEEK = "week"
    DAY = "day"
    LATE = "late"


class RetentionRefused(Explained):
    """A retention setting the coordinator cannot make; nothing was changed."""

    def __init__(self, key: str) -> None:
        super().__init__(key)
        self.key = key

    def explain(self, language: str) -> str:
        return say(f"retention.{self.key}", language)


# Coordinator side -----------------------------------------------------------------


@dataclass(frozen=True)
class RetentionSetting:
    """The round's retention as the coordinator set it, and the date packs carry now."""

    erase_on: str | None  # the date packs carry (worked out from the meeting if by days)
    days_after_meeting: int | None
    meeting_date: str | None


def _meeting_date(session: Session, round_id: int) -> date | None:
    text = session.scalars(
        select(RoundBackground.meeting_date).where(RoundBackground.round_id == round_id)
    ).first()
    if not text:
        return None
    try:
        return date.fromisoformat(text)
    except ValueError:
        return None


def pack_erase_on(session: Session, round_: Round) -> str | None:
    """The erasure date the round's packs carry now. Set as days after the meeting, it
    follows the meeting date as it stands when the packs are written."""
    if round_.erase_days_after_meeting is not None:
        meeting = _meeting_date(session, round_.id)
        if meeting is not None:
            return (meeting + timedelta(days=round_.erase_days_after_meeting)).isoformat()
    return round_.erase_on


def retention_setting(db: Database, round_id: int) -> RetentionSetting:
    with db.session() as session:
        round_ = session.get_one(Round, round_id)
        meeting = _meeting_date(session, round_id)
        return RetentionSetting(
            pack_erase_on(session, round_),
            round_.erase_days_after_meeting,
            meeting.isoformat() if meeting else None,
        )


def checked_date(erase_on: str | None) -> str | None:
    """An erasure date as typed, written ISO; RetentionRefused when it is not a date."""
    if erase_on is None or not erase_on.strip():
        return None
    try:
        return date.fromisoformat(erase_on.strip()).isoformat()
    except ValueError:
        raise RetentionRefused("not_a_date") from None


def set_retention(
    db: Database, round_id: int, *, erase_on: str | None = None, days_after_meeting: int | None = None
) -> Changes:
    """Set when members' copies of the round are erased: a date, or days after the panel
    meeting (which needs the round's meeting date), or neither (no date: kept until the
    OPCC sets one). Members learn it from the next packs written."""
    if erase_on is not None and days_after_meeting is not None:
        raise RetentionRefused("one_or_other")
    erase_on = checked_date(erase_on)
    if days_after_meeting is not None and not 0 <= days_after_meeting <= MAX_DAYS_AFTER_MEETING:
        raise RetentionRefused("days_out_of_range")
    with db.session() as session:
        require_coordinator(session)
        round_ = session.get_one(Round, round_id)
        if days_after_meeting is not None:
            meeting = _meeting_date(session, round_id)
            if meeting is None:
                raise RetentionRefused("no_meeting_date")
            erase_on = (meeting + timedelta(days=days_after_meeting)).isoformat()
        round_.erase_on, round_.erase_days_after_meeting = erase_on, days_after_meeting
        audit.append(
            session,
            "retention_set",
            round_id=round_id,
            detail={"round": round_id, "erase_on": erase_on, "days_after_meeting": days_after_meeting},
            at=utc_now(),
        )
    return Changes(rounds=True)


# Member side ------------------------------------------------------------------------


def take_erase_on(round_: Round, erase_on: str | None) -> None:
    """Keep the date a newer pack carries. A moved date is a new date: the warnings given
    for the old one no longer count, so the member is warned again before the new one."""
    if round_.erase_on != erase_on:
        round_.erase_on = erase_on
        round_.erase_warned_7_on = None
        round_.erase_warned_1_on = None


@dataclass(frozen=True)
class ErasureWarning:
    """A warning due: the round, its erasure date, and whether the review is still unsent."""

    round_id: int
    title: str
    erase_on: str
    stage: Stage
    unsent: bool


@dataclass(frozen=True)
class Erased:
    round_id: int
    title: str
    cases: int
    documents: int
    answers: int
    notes: int
    copies_rewritten: int
    copies_removed: int

    @property
    def changes(self) -> Changes:
        """What a screen must read again after an erasure by hand: the round list."""
        return Changes(rounds=True)


@dataclass(frozen=True)
class RetentionChecked:
    warnings: tuple[ErasureWarning, ...]
    erased: tuple[Erased, ...]
    changes: Changes


def _is_member(session: Session) -> bool:
    row = session.get(Profile, 1)
    return row is not None and row.role == "member"


def review_unsent(session: Session, round_: Round) -> bool:
    """Whether the member has work on the round their coordinator has not had: no review
    package written yet, or an answer, note or case changed after the last one."""
    if round_.review_revision == 0:
        return True
    sent = session.scalar(
        select(func.max(AuditEntry.at)).where(
            AuditEntry.action == "review_exported",
            func.json_extract(AuditEntry.detail, "$.round") == round_.id,
            func.json_extract(AuditEntry.detail, "$.revision") == round_.review_revision,
        )
    )
    if sent is None:
        return True
    cases = select(CaseFile.id).where(CaseFile.round_id == round_.id)
    changed = [
        select(func.max(CaseFile.updated_at)).where(CaseFile.round_id == round_.id),
        select(func.max(AnswerRow.updated_at)).where(AnswerRow.case_id.in_(cases)),
        select(func.max(NoteRow.updated_at)).where(NoteRow.case_id.in_(cases)),
    ]
    return any((latest := session.scalar(query)) is not None and latest > sent for query in changed)


def _warning_due(round_: Round, today: date) -> Stage | None:
    assert round_.erase_on is not None
    days_left = (date.fromisoformat(round_.erase_on) - today).days
    if days_left <= 0:
        warned = round_.erase_warned_7_on or round_.erase_warned_1_on
        return None if warned else Stage.LATE
    week, day = WARN_DAYS
    if days_left <= day:
        return None if round_.erase_warned_1_on else Stage.DAY
    if days_left <= week:
        return None if round_.erase_warned_7_on else Stage.WEEK
    return None


def _may_erase(session: Session, round_: Round, today: date) -> bool:
    """At or after the date: at once when the review was sent and nothing changed since;
    otherwise only once a warning was shown on an earlier day."""
    assert round_.erase_on is not None
    if date.fromisoformat(round_.erase_on) > today:
        return False
    if not review_unsent(session, round_):
        return True
    shown = [date.fromisoformat(d) for d in (round_.erase_warned_7_on, round_.erase_warned_1_on) if d]
    return any(day < today for day in shown)


@dataclass(frozen=True)
class RetentionDue:
    """What a check would do today: warnings to show, rounds to erase, copies to clear."""

    warnings: tuple[ErasureWarning, ...]
    erase: tuple[int, ...]
    clear: tuple[int, ...]

    @property
    def writes(self) -> bool:
        return bool(self.erase or self.clear)


def retention_due(db: Database, today: date) -> RetentionDue:
    """Read only: what is due on a member's profile today (nothing on a coordinator's).
    The window asks this first, as a read that a lock need not wait for, and runs the
    erasure (a change) only when there is one to run."""
    with db.session() as session:
        if not _is_member(session):
            return RetentionDue((), (), ())
        rounds = session.scalars(
            select(Round)
            .where(Round.erase_on.is_not(None), Round.material_erased_at.is_(None))
            .order_by(Round.id)
        ).all()
        due = tuple(r.id for r in rounds if _may_erase(session, r, today))
        warnings = tuple(
            ErasureWarning(r.id, r.title, r.erase_on or "", stage, review_unsent(session, r))
            for r in rounds
            if r.id not in due and (stage := _warning_due(r, today)) is not None
        )
        pending = session.scalars(
            select(Round.id).where(Round.material_erased_at.is_not(None), Round.backups_cleared_at.is_(None))
        ).all()
    return RetentionDue(warnings, due, tuple(pending))


def check_retention(db: Database, today: date, now: datetime) -> RetentionChecked:
    """Erase what is due and name the warnings due, on a member's profile (a coordinator's
    rounds are never erased here). `today` is the member's local date, `now` the UTC
    time recorded; both come from the caller, so tests and the interface set the clock.

    Copies whose clearing was cut short (the app killed after the database was erased)
    are cleared again here, at every check, until it is done."""
    due = retention_due(db, today)
    erased = tuple(erase_round(db, round_id, now) for round_id in due.erase)
    for round_id in due.clear:
        clear_copies_of(db, round_id, now)
    return RetentionChecked(due.warnings, erased, Changes(rounds=due.writes))


def record_warnings(db: Database, shown: Iterable[ErasureWarning], today: date) -> Changes:
    """Record that these warnings were shown to the member today (each stage once)."""
    with db.session() as session:
        for warning in shown:
            round_ = session.get_one(Round, warning.round_id)
            if warning.stage is Stage.WEEK:
                round_.erase_warned_7_on = round_.erase_warned_7_on or today.isoformat()
            else:  # a day ahead, or late: the last warning before erasure
                round_.erase_warned_1_on = round_.erase_warned_1_on or today.isoformat()
            audit.append(
                session,
                "erasure_warning_shown",
                round_id=warning.round_id,
                detail={
                    "round": warning.round_id,
                    "stage": warning.stage.value,
                    "erase_on": warning.erase_on,
                },
                at=utc_now(),
            )
    return Changes(rounds=True)


# Erasing ----------------------------------------------------------------------------


@dataclass(frozen=True)
class EarlyErasure:
    """What the member is asked before erasing a round by hand."""

    title: str
    unsent: bool  # the review was never sent, or changed since it was
    erased: bool  # already erased: nothing to ask


def early_erasure(db: Database, round_id: int) -> EarlyErasure:
    with db.session() as session:
        round_ = session.get_one(Round, round_id)
        erased = round_.material_erased_at is not None
        return EarlyErasure(round_.title, not erased and review_unsent(session, round_), erased)


def erase_early(db: Database, round_id: int, now: datetime, *, unsent_understood: bool = False) -> Erased:
    """The member erases a round's material by hand, before its date: the same erasure,
    copies and receipt as at the date. Refused (nothing changed) on a coordinator's
    profile, for a round already erased, and for a review not yet sent unless the member
    confirmed they understand it will be lost (`unsent_understood`)."""
    with db.session() as session:
        if not _is_member(session):
            raise RetentionRefused("not_a_member")
        round_ = session.get_one(Round, round_id)
        if round_.material_erased_at is not None:
            raise RetentionRefused("already_erased")
        if review_unsent(session, round_) and not unsent_understood:
            raise RetentionRefused("unsent_not_confirmed")
    return erase_round(db, round_id, now, by_hand=True)


def erase_round(db: Database, round_id: int, now: datetime, *, by_hand: bool = False) -> Erased:
    """Erase one round's material from the database, overwrite what it freed, then clear
    every copy in the profile folder. Returns what was erased (counts only)."""
    with db.session() as session, secure_deleting(session):
        round_ = session.get_one(Round, round_id)
        title = round_.title
        counts = _delete_material(session, round_id)
        round_.material_erased_at = now
        erasure_receipts.record_erased(session, round_id, counts, now)
        audit.append(
            session,
            "round_material_erased",
            round_id=round_id,
            detail={"round": round_id, "uid": round_.uid, "by_hand": by_hand, **counts},
            at=now,
        )
        session.flush()
    compact(db)
    rewritten, removed = clear_copies_of(db, round_id, now)
    return Erased(
        round_id,
        title,
        counts["cases"],
        counts["documents"],
        counts["answers"],
        counts["notes"],
        rewritten,
        removed,
    )


@contextlib.contextmanager
def secure_deleting(session: Session) -> Iterator[None]:
    """`secure_delete` on for the session's connection while the block runs: SQLCipher
    already turns it on for every keyed connection; set here so that the rule does not
    rest on that, and put back as it was for the pooled connection."""
    connection = session.connection()
    previous = connection.exec_driver_sql("PRAGMA secure_delete").scalar()
    connection.exec_driver_sql("PRAGMA secure_delete = ON")
    try:
        yield
    finally:
        connection.exec_driver_sql(f"PRAGMA secure_delete = {int(previous or 0)}")


def _delete_material(session: Session, round_id: int) -> dict[str, int]:
    cases = select(CaseFile.id).where(CaseFile.round_id == round_id)
    counts = {
        "cases": session.scalar(
            select(func.count()).select_from(CaseFile).where(CaseFile.round_id == round_id)
        ),
        "documents": session.scalar(
            select(func.count()).select_from(Document).where(Document.case_id.in_(cases))
        ),
        "answers": session.scalar(
            select(func.count()).select_from(AnswerRow).where(AnswerRow.case_id.in_(cases))
        ),
        "notes": session.scalar(select(func.count()).select_from(NoteRow).where(NoteRow.case_id.in_(cases))),
    }
    for statement in MEMBER_ERASURE.for_tables({"answer_change", "citation"}):
        session.connection().exec_driver_sql(statement.replace(":round", "?"), (round_id,))
    return {name: int(value or 0) for name, value in counts.items()}


@dataclass(frozen=True)
class CopyClearing:
    """What clearing a round from a copy does: plain SQL statements, each with one
    `:round` (the round's id in that copy), and the round's column that then records
    when, set in a copy whose schema has it."""

    statements: tuple[str, ...]
    marked: str
    # (table, statement): run first, and only in a copy made since the table came
    if_present: tuple[tuple[str, str], ...] = ()

    def for_tables(self, tables: set[str]) -> tuple[str, ...]:
        """The statements for a copy holding `tables` (all of them in the live profile)."""
        return tuple(sql for table, sql in self.if_present if table in tables) + self.statements


# Plain SQL, so the same statements work on a backup of any schema revision (the tables
# and columns they name have been there since revision 0001).
_CASES_OF = "SELECT id FROM case_file WHERE round_id = :round"
_DELETES = (
    f"DELETE FROM document WHERE case_id IN ({_CASES_OF})",
    f"DELETE FROM answer WHERE case_id IN ({_CASES_OF})",
    f"DELETE FROM note WHERE case_id IN ({_CASES_OF})",
    "DELETE FROM case_file WHERE round_id = :round",
)
# The change log (revision 0014) holds the old and new answers and notes and the member's
# reasons: it goes first, in every copy that has the table (`_rewrite` asks).
_CHANGE_LOG_DELETE = f"DELETE FROM answer_change WHERE case_id IN ({_CASES_OF})"
# Citations (revision 0017) may hold words the member selected in a document.
_CITATION_DELETE = f"DELETE FROM citation WHERE case_id IN ({_CASES_OF})"
MEMBER_ERASURE = CopyClearing(
    _DELETES,
    "material_erased_at",
    (("answer_change", _CHANGE_LOG_DELETE), ("citation", _CITATION_DELETE)),
)


def compact(db: Database) -> None:
    """VACUUM the live database and empty its WAL, so no freed page or old WAL frame
    keeps what was deleted (`secure_delete` already zeroed the freed cells)."""
    with db.engine.connect() as conn:
        raw = conn.connection.dbapi_connection
        assert raw is not None
        raw.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchall()
        raw.execute("VACUUM")
        raw.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchall()


def copies(profile_dir: Path) -> list[Path]:
    """Every other database file in the profile folder that may hold a round: the
    backups (and half-written ones), and databases a restore or an interrupted set-up
    kept aside."""
    live = database_path(profile_dir)
    found = [p for p in profile_dir.iterdir() if p.is_file() and _KEPT_ASIDE.match(p.name) and p != live]
    found += files.leftovers(live, backups.RESTORING) + files.leftovers_of_creation(live)
    folder = backups_dir(profile_dir)
    found += [b.path for b in backups.list_backups(folder)] + backups.leftovers(folder)
    return sorted(found)


def clear_copies_of(
    db: Database, round_id: int, now: datetime, clearing: CopyClearing | None = None
) -> tuple[int, int]:
    with db.session() as session:
        uid = session.get_one(Round, round_id).uid
    assert db.key is not None
    rewritten, removed = clear_copies(db.path.parent, db.key, uid, now, clearing or MEMBER_ERASURE)
    with db.session() as session:
        session.get_one(Round, round_id).backups_cleared_at = now
        audit.append(
            session,
            "round_copies_cleared",
            round_id=round_id,
            detail={"round": round_id, "rewritten": rewritten, "removed": removed},
            at=now,
        )
    erasure_receipts.seal_receipt(db, round_id, rewritten, removed)
    return rewritten, removed


def clear_copies(
    profile_dir: Path, key: RawKey, round_uid: str, now: datetime, clearing: CopyClearing | None = None
) -> tuple[int, int]:
    """Delete the round's material from every copy in the profile folder (the member's
    erasure unless `clearing` says otherwise); returns how many were rewritten and how
    many removed (those the key cannot open)."""
    clearing = clearing or MEMBER_ERASURE
    rewritten = removed = 0
    for path in copies(profile_dir):
        if path.name.endswith(("-wal", "-shm", "-journal")):
            continue  # side files go with their database, below
        try:
            if _rewrite(path, key, round_uid, now, clearing):
                rewritten += 1
        except DB_ERRORS as exc:  # not ours to read: it cannot be cleared, so it goes
            log.info("a copy the key does not open is removed: %s (%s)", path.name, type(exc).__name__)
            _remove(path)
            removed += 1
    return rewritten, removed


def _remove(path: Path) -> None:
    for leftover in (path, *(Path(str(path) + s) for s in ("-wal", "-shm", "-journal"))):
        with contextlib.suppress(FileNotFoundError):
            leftover.unlink()


def _rewrite(path: Path, key: RawKey, round_uid: str, now: datetime, clearing: CopyClearing) -> bool:
    """Delete the round's rows from one copy with `secure_delete`, then VACUUM it; False
    when the copy does not hold the round (it is left as it was)."""
    conn: Any = sqlcipher3.dbapi2.connect(str(path), isolation_level=None)
    try:
        conn.execute("PRAGMA cipher_log_level = NONE")
        key.apply(conn)
        conn.execute("SELECT count(*) FROM sqlite_master").fetchall()  # a wrong key fails here
        conn.execute("PRAGMA journal_mode = DELETE").fetchall()
        conn.execute("PRAGMA secure_delete = ON").fetchall()
        found = conn.execute("SELECT id FROM round WHERE uid = ?", (round_uid,)).fetchone()
        if found is None:
            return False
        columns = {row[1] for row in conn.execute("PRAGMA table_info(round)")}
        tables = {row[0] for row in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
        statements = clearing.for_tables(tables)
        conn.execute("BEGIN IMMEDIATE")
        try:
            for statement in statements:
                conn.execute(statement.replace(":round", "?"), (found[0],))
            column = clearing.marked
            if column in columns:  # a copy at this revision says so too
                conn.execute(
                    f"UPDATE round SET {column} = COALESCE({column}, ?) WHERE id = ?",
                    (now.isoformat(sep=" "), found[0]),
                )
            conn.execute("COMMIT")
        except BaseException:
            conn.execute("ROLLBACK")
            raise
        conn.execute("VACUUM")
        return True
    finally:
        conn.close()
