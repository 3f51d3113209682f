"""Confirming a round's texts for publication through the real service, for tests that
publish: every block kept as written, unless `decide` says otherwise."""

from __future__ import annotations

from collections.abc import Callable

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
