"""Confirming a round's texts for publication through the real service, for tests that
publish: every block kept as written, unless `decide` says otherwise."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from desktop.services import publication
from desktop.services.publication import Block
from desktop.storage.database import Database


def keep(_block: Block) -> tuple[str, str]:
    return "kept", ""


def confirm_every_text(
    db: Database, round_id: int, decide: Callable[[Block], tuple[str, str]] = keep
) -> publication.PublicationReview:
    """Confirm each block as `decide(block)` says ((decision, edited text)); the review after."""
    for block in publication.publication_review(db, round_id).blocks:
        decision, text = decide(block)
        publication.confirm_block(db, round_id, block.key, block.sha256, decision, text)
    return publication.publication_review(db, round_id)


def confirmed_quarters(folder: Path) -> Database:
    """The coordinator's demo with both quarters, every text of each kept in its
    publication review: what a published report or the commissioner's briefing needs."""
    from desktop.services import rounds
    from desktop.services.demo_coordinator import create_demo_coordinator

    db = create_demo_coordinator(folder, earlier_quarter=True)
    for r in rounds.list_rounds(db):
        confirm_every_text(db, r.id)
    return db
