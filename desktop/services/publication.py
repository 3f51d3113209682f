"""The coordinator reads every text before a report is published.

A published report prints texts people typed: members' notes, the panel's comments and
reasons, observations and the force's responses, recommendations and their updates, the
background. The personal-data scan points at what looks like personal data, but only a
person reading each text can make the report fit to publish. So every text is a
*block*: the coordinator confirms each once, keeping it as written, editing it, or
blanking it, and a report is published only when every block is confirmed.

A confirmation holds the hash of the text as it was read: if the text changes later (a
new review package, an edited comment) the block needs reading again. Who confirmed
(the profile's name and key fingerprint) and when (UTC) is stored with it, and the
published report says when the texts were confirmed and by which key, never by name.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import datetime
from enum import Enum

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.core.clock import utc_now
from desktop.core.explained import Explained
from desktop.core.personal_data import Hit, names_in_document, scan
from desktop.core.round_codes import PublicationDecision
from desktop.core.words import say
from desktop.reports.content import PanelReport
from desktop.reports.languages import version_texts, versions_rewritten
from desktop.reports.redaction import MARK, Place, free_texts, rewritten
from desktop.services import audit
from desktop.services.identity import me_in, require_coordinator
from desktop.services.operations import Changes
from desktop.storage.database import Database
from desktop.storage.models import CaseFile, Document, Profile, PublicationConfirmation, RosterMember

DECISIONS = tuple(d.value for d in PublicationDecision)
LONGEST_EDIT = 20_000  # characters; as long as any note a member may send


class Refused(Enum):
    UNCONFIRMED = "unconfirmed"
    EMPTY_EDIT = "empty_edit"
    TOO_LONG = "too_long"
    UNKNOWN_DECISION = "unknown_decision"


class PublicationRefused(Explained, ValueError):
    """Nothing was published or stored; `explain` says why in English or Welsh."""

    def __init__(self, reason: Refused, **values: object) -> None:
        self.reason, self.values = reason, values
        super().__init__(self.explain("en"))

    def explain(self, language: str) -> str:
        return say(f"publication.{self.reason.value}", language, **self.values)


@dataclass(frozen=True)
class Confirmation:
    decision: str  # kept | edited | blanked
    text: str  # what is published instead, when edited
    by: str
    fingerprint: str
    at: datetime  # UTC


@dataclass(frozen=True)
class Block:
    """One text of the report as the coordinator reads it, with what the scan found in it."""

    place: Place
    text: str
    sha256: str
    hits: tuple[Hit, ...]
    confirmation: Confirmation | None  # None: not confirmed, or the text changed since

    @property
    def key(self) -> str:
        return self.place.key


@dataclass(frozen=True)
class PublicationReview:
    blocks: tuple[Block, ...]  # in report order, so a case's texts are together

    @property
    def confirmed(self) -> int:
        return sum(b.confirmation is not None for b in self.blocks)

    @property
    def total(self) -> int:
        return len(self.blocks)

    def groups(self) -> Iterator[tuple[str, list[Block]]]:
        """(subject, blocks) per case, observation, recommendation or the background."""
        order: dict[str, list[Block]] = {}
        for block in self.blocks:
            order.setdefault(_group(block.place), []).append(block)
        yield from order.items()


def _group(place: Place) -> str:
    if place.part in ("recommendation", "owner", "theme", "update", "assessment"):
        return "recommendation " + place.subject.split(" · ")[0]
    if place.part in ("observation", "response"):
        return "observation " + place.subject
    return place.subject


def text_sha256(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def known_names(session: Session, round_id: int, report: PanelReport) -> set[str]:
    """Every person's name the app knows for this round: the roster, the coordinator,
    the members who reviewed, those at the meeting, and the people its case list and
    case documents name."""
    names = {m.name for m in session.scalars(select(RosterMember))}
    names.add(session.get_one(Profile, 1).display_name)
    names.update(r.name for r in report.findings.reviewers)
    names.update(report.background.attendees)
    for case in session.scalars(select(CaseFile).where(CaseFile.round_id == round_id)):
        names.update(names_in_document(case.summary))
        documents = session.scalars(select(Document).where(Document.case_id == case.id))
        for document in documents:
            names.update(names_in_document(document_text(document.media_type, document.data)))
    return {n.strip() for n in names if n.strip()}


def document_text(media_type: str, data: bytes) -> str:
    """A case document's words, for the names it states; "" when it has none to read."""
    kind = media_type.split(";", 1)[0].strip().lower()
    if kind.startswith("text/"):
        return data.decode("utf-8", errors="replace")
    if kind != "application/pdf":
        return ""
    import io

    from pypdf import PdfReader
    from pypdf.errors import PyPdfError

    try:
        return "\n".join(page.extract_text() or "" for page in PdfReader(io.BytesIO(data)).pages)
    except (PyPdfError, ValueError, KeyError, OSError):  # a damaged document names no one we can read
        return ""


def _blocks(report: PanelReport, names: Iterable[str]) -> Iterator[tuple[Place, str, tuple[Hit, ...]]]:
    references = [c.case.reference for c in report.findings.cases]
    known = tuple(names)
    for place, text in (*free_texts(report), *version_texts(report)):
        if text.strip():
            yield place, text, tuple(scan(text, known_references=references, known_names=known))


def review_in(session: Session, round_id: int, report: PanelReport) -> PublicationReview:
    """The round's blocks with their confirmations, read in the caller's unit of work."""
    stored = {
        c.block_key: c
        for c in session.scalars(
            select(PublicationConfirmation).where(PublicationConfirmation.round_id == round_id)
        )
    }
    blocks = []
    for place, text, hits in _blocks(report, known_names(session, round_id, report)):
        digest = text_sha256(text)
        row = stored.get(place.key)
        confirmation = None
        if row is not None and row.text_sha256 == digest:
            confirmation = Confirmation(
                row.decision, row.text, row.confirmed_by, row.confirmed_fingerprint, row.confirmed_at
            )
        blocks.append(Block(place, text, digest, hits, confirmation))
    return PublicationReview(tuple(blocks))


def publication_review(db: Database, round_id: int) -> PublicationReview:
    """Every text the published report would print, grouped by case, with its hits and
    whether (and how) the coordinator has confirmed it."""
    from desktop.services.report import gather_in

    with db.session() as session:
        return review_in(session, round_id, gather_in(session, round_id))


def confirm_block(
    db: Database, round_id: int, key: str, sha256: str, decision: str, text: str = ""
) -> Changes:
    """Record that the coordinator read the block `key` (whose text had hash `sha256`)
    and decided to keep, edit (publishing `text` instead) or blank it.

    Refused, with nothing stored, if an edit is empty or too long. A confirmation given
    to a text that has since changed is stored but never counts: the hash differs."""
    return confirm_blocks(db, round_id, ((key, sha256),), decision, text)


def confirm_blocks(
    db: Database, round_id: int, blocks: Iterable[tuple[str, str]], decision: str, text: str = ""
) -> Changes:
    """`confirm_block` for several blocks (key, hash) at once, in one unit of work: texts
    with the same words on one case are decided together, and all or none is stored."""
    if decision not in DECISIONS:
        raise PublicationRefused(Refused.UNKNOWN_DECISION)
    if decision == PublicationDecision.EDITED:
        if not text.strip():
            raise PublicationRefused(Refused.EMPTY_EDIT)
        if len(text) > LONGEST_EDIT:
            raise PublicationRefused(Refused.TOO_LONG, limit=f"{LONGEST_EDIT:,}")
    with db.session() as session:
        require_coordinator(session)
        me = me_in(session)
        confirmed: list[dict[str, str]] = []  # for the audit log: which texts, as read (hashes)
        for key, sha256 in blocks:
            row = session.scalars(
                select(PublicationConfirmation).where(
                    PublicationConfirmation.round_id == round_id, PublicationConfirmation.block_key == key
                )
            ).one_or_none()
            if row is None:
                row = PublicationConfirmation(round_id=round_id, block_key=key)
                session.add(row)
            row.text_sha256 = sha256
            row.decision = decision
            row.text = text if decision == PublicationDecision.EDITED else ""
            row.confirmed_by = me.name
            row.confirmed_fingerprint = me.fingerprint
            row.confirmed_at = utc_now()
            confirmed.append({"key": key, "sha256": sha256})
        audit.append(
            session,
            "publication_confirmed",
            round_id=round_id,
            detail={
                "round": round_id,
                "decision": decision,
                "fingerprint": me.fingerprint,
                "blocks": confirmed,
            },
        )
    return Changes(confirmations=True)


@dataclass(frozen=True)
class Confirmed:
    """The report as it may be published, and the record of who confirmed it and when."""

    report: PanelReport
    by: str
    fingerprint: str
    at: datetime  # the latest confirmation
    decisions: dict[str, int]  # kept / edited / blanked -> how many


def confirmed_report_in(session: Session, round_id: int, report: PanelReport) -> Confirmed:
    """`report` with each block as confirmed: kept as written, edited, or a black bar.

    Raises `PublicationRefused` (nothing written) while any block is unconfirmed."""
    require_coordinator(session)
    review = review_in(session, round_id, report)
    left = review.total - review.confirmed
    if left:
        raise PublicationRefused(Refused.UNCONFIRMED, left=left, total=review.total)
    chosen = {b.key: b.confirmation for b in review.blocks if b.confirmation is not None}

    def publish(place: Place, text: str) -> str:
        confirmation = chosen.get(place.key)
        if confirmation is None or not text.strip():
            return text
        if confirmation.decision == PublicationDecision.BLANKED:
            return MARK
        return confirmation.text if confirmation.decision == PublicationDecision.EDITED else text

    latest = max(chosen.values(), key=lambda c: c.at, default=None)
    decisions = {d: sum(c.decision == d for c in chosen.values()) for d in DECISIONS}
    return Confirmed(
        versions_rewritten(rewritten(report, publish), publish),
        latest.by if latest else "",
        latest.fingerprint if latest else "",
        latest.at if latest else utc_now(),
        decisions,
    )
