"""The tables of a profile's encrypted database (SQLAlchemy 2 declarative models).

Schema changes are Alembic migrations in `migrations/versions/`; never edit a released
migration, add a new one and bump `schema.HEAD`. The models are used only inside
services: widgets never see an ORM object.

Every `datetime` column holds UTC without tzinfo (`desktop.core.clock.utc_now`), since
revision 0002; revision 0001 wrote local time and the migration converted it.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import (
    CheckConstraint,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    String,
    Text,
    UniqueConstraint,
    event,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship

from desktop.core.case_codes import CaseStatus
from desktop.core.recommendation_status import Status


class Base(DeclarativeBase):
    pass


class Profile(Base):
    """The one person whose database this is (a row with id 1)."""

    __tablename__ = "profile"
    id: Mapped[int] = mapped_column(primary_key=True)
    display_name: Mapped[str] = mapped_column(String(200))
    language: Mapped[str] = mapped_column(String(8), default="en")
    idle_lock_minutes: Mapped[int] = mapped_column(Integer, default=10)
    created_at: Mapped[datetime]
    role: Mapped[str] = mapped_column(String(16), default="member", server_default="member")
    # The private keys live only here, inside the encrypted database (generated at first unlock).
    signing_private: Mapped[bytes | None] = mapped_column(LargeBinary)
    encryption_identity: Mapped[str | None] = mapped_column(Text)


class TemplateVersion(Base):
    """A checklist template exactly as the round's coordinator chose it.

    Identified by id, version and `sha256` (hex SHA-256 of `body` as UTF-8): one body
    per id@version, shared by every round that uses it (services refuse a different one).
    """

    __tablename__ = "template"
    __table_args__ = (UniqueConstraint("template_id", "version"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    template_id: Mapped[str] = mapped_column(String(64))
    version: Mapped[int]
    body: Mapped[str] = mapped_column(Text)
    sha256: Mapped[str] = mapped_column(String(64), server_default="")


class Round(Base):
    __tablename__ = "round"
    id: Mapped[int] = mapped_column(primary_key=True)
    uid: Mapped[str] = mapped_column(String(64), unique=True)
    title: Mapped[str] = mapped_column(String(300))
    panel: Mapped[str] = mapped_column(String(200), default="")
    due_date: Mapped[str | None] = mapped_column(String(10))
    template_pk: Mapped[int] = mapped_column(ForeignKey("template.id"))
    created_at: Mapped[datetime]
    coordinator_id: Mapped[int | None] = mapped_column(ForeignKey("coordinator_pin.id"))
    revision: Mapped[int] = mapped_column(default=1, server_default="1")  # the pack revision
    review_revision: Mapped[int] = mapped_column(default=0, server_default="0")  # last package sent
    # File names (core/exchange_names.py): the round's short code, and on a member's laptop
    # the member's number in the round, both as the coordinator's pack gave them.
    code: Mapped[str] = mapped_column(String(40), default="", server_default="")
    member_number: Mapped[int | None] = mapped_column(default=None)
    # The language the coordinator writes the round's texts in; their versions in the
    # other language are `TextVersion`s (revision 0009).
    written_in: Mapped[str] = mapped_column(String(2), default="en", server_default="en")
    # Retention (revision 0012). Both sides: the date members' copies are erased, as the
    # coordinator set it (or as the newest pack carried it, on a member's laptop);
    # coordinator side, `erase_days_after_meeting` when it was set from the meeting date.
    erase_on: Mapped[str | None] = mapped_column(String(10), default=None)
    erase_days_after_meeting: Mapped[int | None] = mapped_column(default=None)
    # Member side: the local dates the 7-day and 1-day warnings were shown, and when the
    # material was erased from the database and from every backup (services/retention.py).
    erase_warned_7_on: Mapped[str | None] = mapped_column(String(10), default=None)
    erase_warned_1_on: Mapped[str | None] = mapped_column(String(10), default=None)
    material_erased_at: Mapped[datetime | None] = mapped_column(default=None)
    backups_cleared_at: Mapped[datetime | None] = mapped_column(default=None)
    # Coordinator side: the last archive written of the round (when, its file's sha256), and
    # when its case material was purged from the profile (services/round_archive.py).
    archived_at: Mapped[datetime | None] = mapped_column(default=None)
    archive_sha256: Mapped[str | None] = mapped_column(String(64), default=None)
    material_purged_at: Mapped[datetime | None] = mapped_column(default=None)
    cases: Mapped[list[CaseFile]] = relationship(
        back_populates="round", order_by="CaseFile.position", cascade="all, delete-orphan"
    )


class CaseFile(Base):
    """One case file in a round, assigned to this member.

    `uid` names the case on every machine (`desktop.core.identity.case_uid` unless the
    coordinator chose one); `id` is this database's row number only.
    """

    __tablename__ = "case_file"
    __table_args__ = (
        UniqueConstraint("round_id", "reference"),
        Index("uq_case_file_round_id_uid", "round_id", "uid", unique=True),
    )
    id: Mapped[int] = mapped_column(primary_key=True)
    uid: Mapped[str] = mapped_column(String(64), server_default="")
    round_id: Mapped[int] = mapped_column(ForeignKey("round.id", ondelete="CASCADE"), index=True)
    position: Mapped[int]
    reference: Mapped[str] = mapped_column(String(100))
    case_type: Mapped[str] = mapped_column(String(32))
    strands: Mapped[str] = mapped_column(Text, default="[]")
    summary: Mapped[str] = mapped_column(Text, default="")
    status: Mapped[str] = mapped_column(String(16), default=CaseStatus.NOT_STARTED.value)
    defer_reason: Mapped[str] = mapped_column(Text, default="")
    updated_at: Mapped[datetime | None]
    withdrawn: Mapped[bool] = mapped_column(default=False, server_default="0")
    # The member's reason for reopening a completed (or sent) case; while it is set, each
    # change to the case's answers and notes is kept in `AnswerChange` (revision 0014).
    change_reason: Mapped[str] = mapped_column(Text, default="", server_default="")
    round: Mapped[Round] = relationship(back_populates="cases")


class Document(Base):
    """A case document, kept only inside the encrypted database."""

    __tablename__ = "document"
    id: Mapped[int] = mapped_column(primary_key=True)
    case_id: Mapped[int] = mapped_column(ForeignKey("case_file.id", ondelete="CASCADE"), index=True)
    position: Mapped[int]
    title: Mapped[str] = mapped_column(String(300))
    media_type: Mapped[str] = mapped_column(String(64))
    data: Mapped[bytes] = mapped_column(LargeBinary)


class AnswerRow(Base):
    """The member's current answer to one question of one case."""

    __tablename__ = "answer"
    __table_args__ = (UniqueConstraint("case_id", "question_id"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    case_id: Mapped[int] = mapped_column(ForeignKey("case_file.id", ondelete="CASCADE"), index=True)
    question_id: Mapped[str] = mapped_column(String(64))
    value: Mapped[str | None] = mapped_column(Text)
    hours: Mapped[int | None]
    updated_at: Mapped[datetime]


class NoteRow(Base):
    """The member's note on one question of one case.

    `language` is the language the member marked what they wrote on the question in
    ("en" or "cy"; "" for a note from before notes were marked)."""

    __tablename__ = "note"
    __table_args__ = (UniqueConstraint("case_id", "question_id"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    case_id: Mapped[int] = mapped_column(ForeignKey("case_file.id", ondelete="CASCADE"), index=True)
    question_id: Mapped[str] = mapped_column(String(64))
    text: Mapped[str] = mapped_column(Text, default="")
    language: Mapped[str] = mapped_column(String(2), default="", server_default="")
    updated_at: Mapped[datetime]


class AnswerChange(Base):
    """Member side: a change to one question's answer or note after the case was reopened
    with a reason, from the value before the first such change to the latest one. One row
    per question until a review package carries it (`sent_revision`); the next change
    after that starts a new row."""

    __tablename__ = "answer_change"
    id: Mapped[int] = mapped_column(primary_key=True)
    case_id: Mapped[int] = mapped_column(ForeignKey("case_file.id", ondelete="CASCADE"), index=True)
    question_id: Mapped[str] = mapped_column(String(64))
    old_value: Mapped[str | None] = mapped_column(Text)  # JSON, as AnswerRow.value
    new_value: Mapped[str | None] = mapped_column(Text)
    old_hours: Mapped[int | None]
    new_hours: Mapped[int | None]
    old_note: Mapped[str] = mapped_column(Text, default="", server_default="")
    new_note: Mapped[str] = mapped_column(Text, default="", server_default="")
    at: Mapped[datetime]
    reason: Mapped[str] = mapped_column(Text, default="", server_default="")
    sent_revision: Mapped[int | None]
    # The pages cited for the question were added to or removed (revision 0019): a change
    # of evidence alone is declared with its reason like a change of answer.
    evidence_changed: Mapped[bool] = mapped_column(default=False, server_default="0")


class AuditEntry(Base):
    """Append-only record of what changed when (triggers forbid update and delete).

    Each entry is a link of a hash chain (`desktop.core.audit_chain`): one chain per
    round (`round_id`) and one for the profile (`round_id` NULL). Entries are added only
    through `desktop.services.audit.append`, which fills `prev_hash` and `entry_hash`; an
    entry without them is refused as it is written (`_refuse_unchained`)."""

    __tablename__ = "audit_log"
    id: Mapped[int] = mapped_column(primary_key=True)
    at: Mapped[datetime]
    action: Mapped[str] = mapped_column(String(40))
    round_id: Mapped[int | None] = mapped_column(index=True)
    case_id: Mapped[int | None]
    question_id: Mapped[str | None] = mapped_column(String(64))
    detail: Mapped[str] = mapped_column(Text, default="")
    prev_hash: Mapped[str] = mapped_column(String(64), default="", server_default="")
    entry_hash: Mapped[str] = mapped_column(String(64), default="", server_default="")


@event.listens_for(AuditEntry, "before_insert")
def _refuse_unchained(_mapper: object, _connection: object, entry: AuditEntry) -> None:
    """An entry added some other way than `audit.append` would break the chain for every
    entry after it, and `audit verify` would blame the wrong one: refuse it at once."""
    if len(entry.entry_hash or "") != 64 or len(entry.prev_hash or "") != 64:
        raise UnchainedAuditEntry(entry.action)


class UnchainedAuditEntry(RuntimeError):
    """A programming error: an audit entry written without its chain hashes."""


class _PublicKeys:
    """Who a key pair belongs to and its public halves (`desktop.exchange.keys`)."""

    name: Mapped[str] = mapped_column(String(200))
    fingerprint: Mapped[str] = mapped_column(String(40), unique=True)
    signing_key: Mapped[str] = mapped_column(String(64))  # base64 Ed25519 public key
    encryption_key: Mapped[str] = mapped_column(String(100))  # age recipient


class CoordinatorPin(_PublicKeys, Base):
    """Member side: a coordinator whose fingerprint the member confirmed; packs must match it."""

    __tablename__ = "coordinator_pin"
    id: Mapped[int] = mapped_column(primary_key=True)
    pinned_at: Mapped[datetime]


class RosterMember(_PublicKeys, Base):
    """Coordinator side: a member enrolled from their card. Revoking refuses later packages."""

    __tablename__ = "roster_member"
    id: Mapped[int] = mapped_column(primary_key=True)
    card: Mapped[bytes] = mapped_column(LargeBinary)
    added_at: Mapped[datetime]
    confirmed_at: Mapped[datetime | None]
    revoked_at: Mapped[datetime | None]


class Assignment(Base):
    """Coordinator side: this member reviews this case."""

    __tablename__ = "assignment"
    __table_args__ = (UniqueConstraint("case_id", "member_id"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    case_id: Mapped[int] = mapped_column(ForeignKey("case_file.id", ondelete="CASCADE"), index=True)
    member_id: Mapped[int] = mapped_column(ForeignKey("roster_member.id"), index=True)


class Conflict(Base):
    """Coordinator side: this member has a conflict of interest and never reviews this case."""

    __tablename__ = "conflict"
    __table_args__ = (UniqueConstraint("case_id", "member_id"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    case_id: Mapped[int] = mapped_column(ForeignKey("case_file.id", ondelete="CASCADE"), index=True)
    member_id: Mapped[int] = mapped_column(ForeignKey("roster_member.id"), index=True)


class PackSent(Base):
    """Coordinator side: this member was sent this revision of the round's pack."""

    __tablename__ = "pack_sent"
    __table_args__ = (UniqueConstraint("round_id", "member_id", "revision"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    round_id: Mapped[int] = mapped_column(ForeignKey("round.id", ondelete="CASCADE"))
    member_id: Mapped[int] = mapped_column(ForeignKey("roster_member.id"))
    revision: Mapped[int]
    sent_at: Mapped[datetime]


class ReceivedPackage(Base):
    """Coordinator side: a review package accepted into the inbox.

    `state` is "accepted" for the newest revision from that member for that round and
    "superseded" for earlier ones, which are kept so the history can be shown; "pending"
    for a newer revision that differs from the accepted one and waits for the
    coordinator, "declined" for one the coordinator chose not to take.
    `audit_head` is the head of the member's audit chain for the round the package
    carried ("" for a package from before packages carried it); `audit_flag` says why it
    was taken with a warning ("" when it was not: `review_packages.AuditFlag`).
    """

    __tablename__ = "received_package"
    __table_args__ = (UniqueConstraint("round_id", "member_id", "revision"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    round_id: Mapped[int] = mapped_column(ForeignKey("round.id", ondelete="CASCADE"))
    member_id: Mapped[int] = mapped_column(ForeignKey("roster_member.id"))
    revision: Mapped[int]
    sha256: Mapped[str] = mapped_column(String(64))
    file_name: Mapped[str] = mapped_column(String(300))
    received_at: Mapped[datetime]
    state: Mapped[str] = mapped_column(String(16))
    audit_head: Mapped[str] = mapped_column(String(64), default="", server_default="")
    audit_flag: Mapped[str] = mapped_column(String(40), default="", server_default="")


class ReceivedCase(Base):
    __tablename__ = "received_case"
    id: Mapped[int] = mapped_column(primary_key=True)
    package_id: Mapped[int] = mapped_column(ForeignKey("received_package.id", ondelete="CASCADE"), index=True)
    case_id: Mapped[int] = mapped_column(ForeignKey("case_file.id", ondelete="CASCADE"))
    status: Mapped[str] = mapped_column(String(16))
    defer_reason: Mapped[str] = mapped_column(Text, default="")


class ReceivedAnswer(Base):
    __tablename__ = "received_answer"
    id: Mapped[int] = mapped_column(primary_key=True)
    package_id: Mapped[int] = mapped_column(ForeignKey("received_package.id", ondelete="CASCADE"), index=True)
    case_id: Mapped[int] = mapped_column(ForeignKey("case_file.id", ondelete="CASCADE"))
    question_id: Mapped[str] = mapped_column(String(64))
    value: Mapped[str | None] = mapped_column(Text)  # JSON, as AnswerRow.value
    hours: Mapped[int | None]
    note: Mapped[str] = mapped_column(Text, default="")
    # The language the member marked the note (and a written answer) in: "en", "cy", or
    # "" (unknown: a package from before the mark), read as the round's language.
    note_language: Mapped[str] = mapped_column(String(2), default="", server_default="")


class ReceivedChange(Base):
    """Coordinator side: a change a package declared (question, when, the member's reason)."""

    __tablename__ = "received_change"
    id: Mapped[int] = mapped_column(primary_key=True)
    package_id: Mapped[int] = mapped_column(ForeignKey("received_package.id", ondelete="CASCADE"), index=True)
    case_id: Mapped[int] = mapped_column(ForeignKey("case_file.id", ondelete="CASCADE"))
    question_id: Mapped[str] = mapped_column(String(64))
    at: Mapped[str] = mapped_column(String(20))  # ISO UTC, as the package carried it
    reason: Mapped[str] = mapped_column(Text, default="", server_default="")


# Coordinator side: the report (revision 0004) ----------------------------------------
def _case_fk() -> Mapped[int]:
    return mapped_column(ForeignKey("case_file.id", ondelete="CASCADE"), index=True)


class Adjudication(Base):
    """What the panel decided on a question its members could not agree on, and why.

    `decision` is JSON as `AnswerRow.value`; NULL means the panel left it unresolved.
    """

    __tablename__ = "adjudication"
    __table_args__ = (UniqueConstraint("case_id", "question_id"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    case_id: Mapped[int] = _case_fk()
    question_id: Mapped[str] = mapped_column(String(64))
    decision: Mapped[str | None] = mapped_column(Text)
    rationale: Mapped[str] = mapped_column(Text, default="")
    decided_at: Mapped[datetime]


class CaseReport(Base):
    """The panel's comment on a case, as the coordinator edited it from the draft."""

    __tablename__ = "case_report"
    __table_args__ = (UniqueConstraint("case_id"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    case_id: Mapped[int] = _case_fk()
    comment: Mapped[str] = mapped_column(Text, default="")
    drafted_from: Mapped[str] = mapped_column(Text, default="")  # the draft the comment began from
    updated_at: Mapped[datetime]


class CaseTag(Base):
    """Good practice (`kind` "good_practice") or an area for learning ("learning") on a case."""

    __tablename__ = "case_tag"
    id: Mapped[int] = mapped_column(primary_key=True)
    case_id: Mapped[int] = _case_fk()
    kind: Mapped[str] = mapped_column(String(16))
    text: Mapped[str] = mapped_column(Text, default="")


class RoundBackground(Base):
    """The report's background: the meeting, who attended, the sample, the definitions."""

    __tablename__ = "round_background"
    __table_args__ = (UniqueConstraint("round_id"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    round_id: Mapped[int] = mapped_column(ForeignKey("round.id", ondelete="CASCADE"), index=True)
    meeting_date: Mapped[str | None] = mapped_column(String(10))
    meeting_form: Mapped[str] = mapped_column(String(24), default="")  # in_person | virtual | written
    attendees: Mapped[str] = mapped_column(Text, default="")  # one name per line
    quorate: Mapped[bool | None]
    sample_period: Mapped[str] = mapped_column(Text, default="")
    sample_method: Mapped[str] = mapped_column(Text, default="")
    definitions: Mapped[str] = mapped_column(Text, default="")
    summary: Mapped[str] = mapped_column(Text, default="")  # the summary of themes; "": the draft
    summary_drafted_from: Mapped[str] = mapped_column(Text, default="")  # the draft it began from


class Observation(Base):
    """A numbered observation of the round, and the force's response to it."""

    __tablename__ = "observation"
    __table_args__ = (UniqueConstraint("round_id", "number"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    uid: Mapped[str] = mapped_column(String(36), unique=True)
    round_id: Mapped[int] = mapped_column(ForeignKey("round.id", ondelete="CASCADE"), index=True)
    number: Mapped[int]
    text: Mapped[str] = mapped_column(Text, default="")
    response: Mapped[str] = mapped_column(Text, default="")
    response_date: Mapped[str | None] = mapped_column(String(10))


class ObservationCase(Base):
    """A case an observation comes from."""

    __tablename__ = "observation_case"
    __table_args__ = (UniqueConstraint("observation_id", "case_id"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    observation_id: Mapped[int] = mapped_column(ForeignKey("observation.id", ondelete="CASCADE"), index=True)
    case_id: Mapped[int] = _case_fk()


class FindingLink(Base):
    """A finding an observation or a recommendation answers: a checklist question, and
    optionally the round it was found in (None: wherever it recurs). Revision 0018."""

    __tablename__ = "finding_link"
    __table_args__ = (
        CheckConstraint(
            "(observation_id IS NULL) != (recommendation_id IS NULL)", name="finding_link_one_owner"
        ),
    )
    id: Mapped[int] = mapped_column(primary_key=True)
    observation_id: Mapped[int | None] = mapped_column(
        ForeignKey("observation.id", ondelete="CASCADE"), index=True, default=None
    )
    recommendation_id: Mapped[int | None] = mapped_column(
        ForeignKey("recommendation.id", ondelete="CASCADE"), index=True, default=None
    )
    question_id: Mapped[str] = mapped_column(String(64))
    round_id: Mapped[int | None] = mapped_column(ForeignKey("round.id", ondelete="SET NULL"), default=None)


class Recommendation(Base):
    """A recommendation tracked across rounds until discharged (or merged into another)."""

    __tablename__ = "recommendation"
    id: Mapped[int] = mapped_column(primary_key=True)
    uid: Mapped[str] = mapped_column(String(36), unique=True)
    number: Mapped[int] = mapped_column(unique=True)
    text: Mapped[str] = mapped_column(Text, default="")
    theme: Mapped[str] = mapped_column(Text, default="")
    round_id: Mapped[int | None] = mapped_column(ForeignKey("round.id", ondelete="SET NULL"), index=True)
    owner: Mapped[str] = mapped_column(Text, default="")
    due_date: Mapped[str | None] = mapped_column(String(10))
    status: Mapped[str] = mapped_column(String(16), default=Status.OPEN.value)  # a Status
    merged_into_id: Mapped[int | None] = mapped_column(ForeignKey("recommendation.id"))
    created_at: Mapped[datetime]


class RecommendationUpdate(Base):
    """One dated update on a recommendation and the commissioner's team's assessment of it."""

    __tablename__ = "recommendation_update"
    id: Mapped[int] = mapped_column(primary_key=True)
    recommendation_id: Mapped[int] = mapped_column(
        ForeignKey("recommendation.id", ondelete="CASCADE"), index=True
    )
    dated: Mapped[str] = mapped_column(String(10))
    update_text: Mapped[str] = mapped_column(Text, default="")
    assessment: Mapped[str] = mapped_column(Text, default="")
    status: Mapped[str] = mapped_column(String(16))
    recorded_at: Mapped[datetime]


class ReportExport(Base):
    """A report written; in publication mode, the personal-data hits the coordinator accepted."""

    __tablename__ = "report_export"
    id: Mapped[int] = mapped_column(primary_key=True)
    round_id: Mapped[int] = mapped_column(ForeignKey("round.id", ondelete="CASCADE"), index=True)
    exported_at: Mapped[datetime]
    format: Mapped[str] = mapped_column(String(8))
    mode: Mapped[str] = mapped_column(String(16))
    language: Mapped[str] = mapped_column(String(8))
    sha256: Mapped[str] = mapped_column(String(64))
    accepted_hits: Mapped[str] = mapped_column(Text, default="")


class CriteriaComment(Base):
    """The coordinator's comment on one question in the report's criteria-count table."""

    __tablename__ = "criteria_comment"
    __table_args__ = (UniqueConstraint("round_id", "question_id"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    round_id: Mapped[int] = mapped_column(ForeignKey("round.id", ondelete="CASCADE"), index=True)
    question_id: Mapped[str] = mapped_column(String(64))
    comment: Mapped[str] = mapped_column(Text, default="")


class PublicationConfirmation(Base):
    """The coordinator's reading of one text before a report is published: kept as written,
    edited (`text` is what is published instead) or blanked. `text_sha256` is the hash of
    the text as it was read; once the text changes, the confirmation no longer applies."""

    __tablename__ = "publication_confirmation"
    __table_args__ = (UniqueConstraint("round_id", "block_key"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    round_id: Mapped[int] = mapped_column(ForeignKey("round.id", ondelete="CASCADE"), index=True)
    block_key: Mapped[str] = mapped_column(Text)
    text_sha256: Mapped[str] = mapped_column(String(64))
    decision: Mapped[str] = mapped_column(String(8))  # kept | edited | blanked
    text: Mapped[str] = mapped_column(Text, default="")
    confirmed_by: Mapped[str] = mapped_column(String(200))
    confirmed_fingerprint: Mapped[str] = mapped_column(String(40), default="")
    confirmed_at: Mapped[datetime]


class TextVersion(Base):
    """A typed text of the round in another language than it was written in.

    `place_key` names the text (`reports.redaction.Place.key`); `source_sha256` is the hash
    of the text this version translates, so a version of a text changed since counts no
    more. `origin`: typed, drafted (by the app, with the text), memory, xliff or docx."""

    __tablename__ = "text_version"
    __table_args__ = (UniqueConstraint("round_id", "place_key", "language"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    round_id: Mapped[int] = mapped_column(ForeignKey("round.id", ondelete="CASCADE"), index=True)
    place_key: Mapped[str] = mapped_column(Text)
    language: Mapped[str] = mapped_column(String(2))
    text: Mapped[str] = mapped_column(Text, default="")
    source_sha256: Mapped[str] = mapped_column(String(64))
    origin: Mapped[str] = mapped_column(String(16), default="typed")
    updated_at: Mapped[datetime]


class TranslationMemory(Base):
    """A translation remembered by its source text, offered again wherever that text recurs."""

    __tablename__ = "translation_memory"
    __table_args__ = (UniqueConstraint("source_language", "source_sha256", "target_language"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    source_language: Mapped[str] = mapped_column(String(2))
    source_sha256: Mapped[str] = mapped_column(String(64))
    target_language: Mapped[str] = mapped_column(String(2))
    source_text: Mapped[str] = mapped_column(Text)
    target_text: Mapped[str] = mapped_column(Text)
    updated_at: Mapped[datetime]


# The later tables, in modules of their own, named here too so every table is registered
# with `Base` (and migrations and queries find them) once this module is imported.
from desktop.storage.citation_tables import CitationRow as CitationRow  # noqa: E402
from desktop.storage.citation_tables import ReceivedCitation as ReceivedCitation  # noqa: E402
from desktop.storage.retention_tables import ErasureReceipt as ErasureReceipt  # noqa: E402
from desktop.storage.retention_tables import ReceivedReceipt as ReceivedReceipt  # noqa: E402
from desktop.storage.retention_tables import RoundPurge as RoundPurge  # noqa: E402
from desktop.storage.settings_tables import CoordinatorSetting as CoordinatorSetting  # noqa: E402
