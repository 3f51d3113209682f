"""Texts with the same words on the same case, read and decided once in the publication review.

Members often send the same note on a case ("The HCSO log is missing."), and the report
prints it once ("Members A and C noted: …"); yet every copy is a block of its own, so
the coordinator confirmed it once per member: 68 texts on the demo round, many of them
repeats. Here the blocks of one subject (a case, an observation, a recommendation, the
background) whose words are the same, spacing aside, form one `AlikeTexts`, which the
review shows as one text naming every place it stands and which one decision confirms
(`publication.confirm_blocks`), each block still under its own key and hash.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from desktop.services.publication import Block, Confirmation, PublicationReview


@dataclass(frozen=True)
class AlikeTexts:
    """Blocks of one subject with the same words, in report order (never empty)."""

    blocks: tuple[Block, ...]

    @property
    def first(self) -> Block:
        return self.blocks[0]

    @property
    def keyed(self) -> tuple[tuple[str, str], ...]:
        """(key, hash) of each block, as a confirmation stores them."""
        return tuple((b.key, b.sha256) for b in self.blocks)

    @property
    def confirmation(self) -> Confirmation | None:
        """The decision every block has, when they all have the same one (kept, or edited
        to the same words, or blanked); None when any needs reading again."""
        decided = [b.confirmation for b in self.blocks]
        if any(c is None for c in decided):
            return None
        first = decided[0]
        assert first is not None
        same = all(c is not None and (c.decision, c.text) == (first.decision, first.text) for c in decided)
        return first if same else None


def alike_texts(review: PublicationReview) -> list[tuple[str, list[AlikeTexts]]]:
    """`review.groups()` with each subject's blocks gathered by their words: (subject,
    texts), in report order, each text where it first stands."""
    return [(subject, _gathered(blocks)) for subject, blocks in review.groups()]


def _gathered(blocks: Iterable[Block]) -> list[AlikeTexts]:
    by_words: dict[str, list[Block]] = {}
    for block in blocks:
        by_words.setdefault(" ".join(block.text.split()), []).append(block)
    return [AlikeTexts(tuple(same)) for same in by_words.values()]
