"""A panel's members review a round on their own profiles and their packages arrive in the
coordinator's inbox: every step the real one, for the coordinator's demo and for tests.

Each member imports the pack exported for them, answers as `plan` says, marks each case
complete where the answers allow, and exports a signed, encrypted review package; the
coordinator imports all of them through `review_packages.import_packages`.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from pathlib import Path

from desktop.core.answers import Answer
from desktop.services import assignment_packs, citations, review, review_packages, rounds
from desktop.services.assignment_packs import ExportedPack
from desktop.storage.database import Database

# (member name, case reference) -> question id -> the answer they give
Plan = Callable[[str, str], Mapping[str, Answer]]


def review_as_member(member: Database, name: str, pack: Path, plan: Plan, outbox: Path) -> Path:
    """Import `pack` into the member's profile, answer per `plan`, return the package sent."""
    preview = assignment_packs.preview_pack(member, pack)
    round_id = assignment_packs.import_pack(member, pack, confirmed_fingerprint=preview.fingerprint).round_id
    for case in rounds.list_cases(member, round_id):
        answers = dict(plan(name, case.reference))
        for question_id, answer in answers.items():
            if answer.value is not None or answer.hours is not None:
                review.save_answer(member, case.id, question_id, answer.value, answer.hours)
            if answer.note or answer.note_language:
                review.save_note(member, case.id, question_id, answer.note, answer.note_language)
            for cited in answer.citations:  # the pages the plan has the member cite
                citations.add_citation(member, case.id, question_id, cited)
        review.mark_complete(member, case.id)  # complete where the answers allow; else left in progress
    return review_packages.export_review(member, round_id, outbox).path


def panel_reviews(
    coordinator: Database,
    members: Mapping[str, Database],
    packs: Sequence[ExportedPack],
    plan: Plan,
    outbox: Path,
) -> list[review_packages.FileFate]:
    """Every member with a pack reviews it; the coordinator imports what they send."""
    sent = [
        review_as_member(members[pack.member], pack.member, pack.path, plan, outbox)
        for pack in packs
        if pack.member in members
    ]
    return list(review_packages.import_packages(coordinator, sent).fates)
