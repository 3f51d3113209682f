"""A round whose packages reached the coordinator with some reviews not marked complete:
two members left a question of case 2 unanswered (so it stayed in progress) and one
deferred case 3, each on their own profile, through real packages."""

from __future__ import annotations

from pathlib import Path

from desktop.core.answers import Answer
from desktop.services import assignment_packs, coordinator_rounds, review, review_packages, rounds
from desktop.services.demo_panel import review_as_member
from tests.services.exchange_world import enrolled_world, write_case_list
from tests.services.panel_world import GOOD, MEMBERS, Panel

DEFERS = ("Dafydd Owen", "HC-003")  # the member who deferred a case, and the case


def plan(name: str, reference: str) -> dict[str, Answer]:
    """Bethan and Ceri leave HC-002's hostility question unanswered; it stays in progress."""
    if reference == "HC-002" and name.split()[0] in ("Bethan", "Ceri"):
        return {**GOOD, "hostility_recorded": Answer(None)}
    return dict(GOOD)


def _defer_and_resend(member, name: str, outbox: Path) -> Path:
    """The member defers their case and exports a new package revision."""
    round_id = rounds.list_rounds(member)[0].id
    case = next(c for c in rounds.list_cases(member, round_id) if c.reference == DEFERS[1])
    review.defer(member, case.id, "The case file has no log of the HCSO's contact.")
    return review_packages.export_review(member, round_id, outbox / name.split()[0]).path


def unfinished_panel(root: Path, cases: int = 4) -> Panel:
    """Four members, every case to all four; 16 reviews used: 13 complete, 2 in progress
    (case 2), 1 deferred (case 3)."""
    world = enrolled_world(root, MEMBERS)
    csv_path, docs = write_case_list(root / "input", cases)
    created = coordinator_rounds.create_round(
        world.coordinator, csv_path, docs, title="Hate crime scrutiny Q3", template_id="hate-crime",
        panel="Glanmor Scrutiny Panel", due_date="2026-12-31",
    )  # fmt: skip
    coordinator_rounds.auto_assign(world.coordinator, created.round_id, 4)
    packs = assignment_packs.export_packs(world.coordinator, created.round_id, root / "packs").packs
    sent = []
    for pack in packs:
        member = world.members[pack.member]
        path = review_as_member(member, pack.member, pack.path, plan, root / "outbox")
        if pack.member == DEFERS[0]:
            path = _defer_and_resend(member, pack.member, root / "outbox-deferred")
        sent.append(path)
    fates = list(review_packages.import_packages(world.coordinator, sent).fates)
    return Panel(world, created.round_id, fates)
