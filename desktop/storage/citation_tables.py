"""Answers cite their evidence (revision 0017): the pages members cited, on both sides."""

from __future__ import annotations

from sqlalchemy import ForeignKey, Index, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from desktop.storage.models import Base


class _Cited:
    """A page cited for one question of one case: the document's number in the case
    (1-based, as the assignment pack listed the documents), the page (1-based) and the
    words quoted from it ("" for the page alone); `position` orders a question's list."""

    case_id: Mapped[int] = mapped_column(ForeignKey("case_file.id", ondelete="CASCADE"))
    question_id: Mapped[str] = mapped_column(String(64))
    position: Mapped[int]
    document: Mapped[int]
    page: Mapped[int]
    quote: Mapped[str] = mapped_column(Text, default="", server_default="")


class CitationRow(_Cited, Base):
    """Member side: a page the member cited for an answer."""

    __tablename__ = "citation"
    __table_args__ = (Index("ix_citation_case_id", "case_id"),)
    id: Mapped[int] = mapped_column(primary_key=True)


class ReceivedCitation(_Cited, Base):
    """Coordinator side: a citation a received package carried."""

    __tablename__ = "received_citation"
    __table_args__ = (Index("ix_received_citation_package_id", "package_id"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    package_id: Mapped[int] = mapped_column(ForeignKey("received_package.id", ondelete="CASCADE"))
