"""The member's exchange with the coordinator: take in a pack, send a review, share a card.

The flows that use these (`desktop.services.pack_import`, `desktop.services.send_review`)
are plain state machines; these ops are the steps that touch the profile.
"""

from __future__ import annotations

from pathlib import Path

from desktop.exchange.card import Card
from desktop.services import assignment_packs, identity, review_packages
from desktop.services.assignment_packs import PackImported, PackPreview
from desktop.services.identity import Me
from desktop.services.operations import CancelToken, Progress
from desktop.services.review_packages import ReviewExported, ReviewSummary
from desktop.services.session import ProfileSession
from desktop.ui import ops
from desktop.ui.ops import Op


def preview_pack(session: ProfileSession, path: Path) -> Op[PackPreview]:
    """Decrypt and check the pack, and say what it holds; nothing is stored."""

    def read(_progress: Progress, cancel: CancelToken) -> PackPreview:
        found = session.run(assignment_packs.preview_pack, path)
        cancel.check()  # reading cannot stop half-way; a cancel drops what it found
        return found

    return Op(read, holds_profile=False, session=session)


def import_pack(session: ProfileSession, path: Path, confirmed_fingerprint: str | None) -> Op[PackImported]:
    return ops.long_change(
        session, assignment_packs.import_pack, path, confirmed_fingerprint=confirmed_fingerprint
    )


def review_to_send(session: ProfileSession, round_id: int) -> Op[ReviewSummary]:
    return ops.read(session, review_packages.review_to_send, round_id)


def export_review(session: ProfileSession, round_id: int, folder: Path) -> Op[ReviewExported]:
    return ops.change(session, review_packages.export_review, round_id, folder)


def me(session: ProfileSession) -> Op[Me]:
    return ops.read(session, identity.me)


def export_card(session: ProfileSession, path: Path) -> Op[Card]:
    return ops.change(session, identity.export_card, path)
