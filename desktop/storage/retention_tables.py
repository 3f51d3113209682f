"""What retention leaves behind: the coordinator's purges and the members' erasure receipts
(counts only, never a case's text)."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import ForeignKey, LargeBinary, String, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from desktop.storage.models import Base


class RoundPurge(Base):
    """One purge of a round's case material on the coordinator's profile: when, after which
    archive, and how many documents, case summaries and members' notes it removed."""

    __tablename__ = "round_purge"
    id: Mapped[int] = mapped_column(primary_key=True)
    round_id: Mapped[int] = mapped_column(ForeignKey("round.id", ondelete="CASCADE"), index=True)
    purged_at: Mapped[datetime]
    archive_sha256: Mapped[str] = mapped_column(String(64))
    archived_at: Mapped[datetime]
    documents: Mapped[int]
    summaries: Mapped[int]
    notes: Mapped[int]
    copies_rewritten: Mapped[int]
    copies_removed: Mapped[int]


class _ErasedCounts:
    """What an erasure removed, in counts only (revision 0016): never a case's text."""

    erased_at: Mapped[datetime] = mapped_column()
    cases: Mapped[int] = mapped_column(default=0, server_default="0")
    documents: Mapped[int] = mapped_column(default=0, server_default="0")
    answers: Mapped[int] = mapped_column(default=0, server_default="0")
    notes: Mapped[int] = mapped_column(default=0, server_default="0")
    copies_rewritten: Mapped[int] = mapped_column(default=0, server_default="0")
    copies_removed: Mapped[int] = mapped_column(default=0, server_default="0")


class ErasureReceipt(_ErasedCounts, Base):
    """Member side: the receipt for a round whose material was erased. `file` is the
    sealed receipt (signed, encrypted to the round's coordinator), made once the copies
    were cleared; None until then, or for a round that came with no coordinator."""

    __tablename__ = "erasure_receipt"
    id: Mapped[int] = mapped_column(primary_key=True)
    round_id: Mapped[int] = mapped_column(ForeignKey("round.id", ondelete="CASCADE"), unique=True)
    file: Mapped[bytes | None] = mapped_column(LargeBinary, default=None)
    file_name: Mapped[str] = mapped_column(String(300), default="", server_default="")


class ReceivedReceipt(_ErasedCounts, Base):
    """Coordinator side: the first erasure receipt taken from a member for a round."""

    __tablename__ = "received_receipt"
    __table_args__ = (UniqueConstraint("round_id", "member_id"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    round_id: Mapped[int] = mapped_column(ForeignKey("round.id", ondelete="CASCADE"))
    member_id: Mapped[int] = mapped_column(ForeignKey("roster_member.id"))
    sha256: Mapped[str] = mapped_column(String(64))
    file_name: Mapped[str] = mapped_column(String(300))
    received_at: Mapped[datetime]
