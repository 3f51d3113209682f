"""Texts gathered by their words within one subject for the publication review, with plain
values: the same words on one case are one; on another case, or other words, stay apart;
the decision shown is the one every copy has, or none."""

from __future__ import annotations

from datetime import UTC, datetime

from desktop.reports.redaction import Place
from desktop.services.alike_texts import alike_texts
from desktop.services.publication import Block, Confirmation, PublicationReview, text_sha256

AT = datetime(2026, 12, 7, tzinfo=UTC)


def block(subject: str, member: str, text: str, decision: str = "", edited: str = "") -> Block:
    confirmation = Confirmation(decision, edited, "Coordinator", "f" * 64, AT) if decision else None
    return Block(Place(subject, "note", member, "q1"), text, text_sha256(text), (), confirmation)


def test_the_same_words_on_one_subject_are_one_text() -> None:
    review = PublicationReview((
        block("HC-001", "A", "No HCSO on the log."),
        block("HC-001", "B", "Late contact."),
        block("HC-001", "C", "No  HCSO on the log.\n"),  # spacing aside, the same words
        block("HC-002", "A", "No HCSO on the log."),  # another case: read there too
    ))  # fmt: skip
    grouped = alike_texts(review)
    assert [(subject, [[b.place.member for b in t.blocks] for t in texts]) for subject, texts in grouped] == [
        ("HC-001", [["A", "C"], ["B"]]),
        ("HC-002", [["A"]]),
    ]
    first = grouped[0][1][0]
    assert first.keyed == tuple((b.key, b.sha256) for b in first.blocks)
    assert first.keyed[0][1] != first.keyed[1][1], "each copy is confirmed under its own hash"


def test_the_decision_shown_is_the_one_every_copy_has() -> None:
    def shown(*blocks: Block) -> str | None:
        ((_subject, (texts,)),) = alike_texts(PublicationReview(blocks))
        return None if texts.confirmation is None else texts.confirmation.decision

    assert shown(block("HC-001", "A", "x", "kept"), block("HC-001", "B", "x", "kept")) == "kept"
    assert shown(block("HC-001", "A", "x", "kept"), block("HC-001", "B", "x")) is None, "one changed since"
    assert shown(block("HC-001", "A", "x", "kept"), block("HC-001", "B", "x", "blanked")) is None
    edits = (block("HC-001", "A", "x", "edited", "y"), block("HC-001", "B", "x", "edited", "z"))
    assert shown(*edits) is None, "edited to different words: read again"
