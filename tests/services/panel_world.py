"""A round reviewed by four members on their own profiles, whose packages reached the
coordinator's inbox: the starting point of every report test."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path

from desktop.core.answers import Answer
from desktop.services import assignment_packs, coordinator_rounds
from desktop.services.demo_coordinator import WELL_HANDLED
from desktop.services.demo_panel import Plan, panel_reviews
from tests.services.exchange_world import World, enrolled_world, write_case_list

MEMBERS = ("Aled Jones", "Bethan Evans", "Ceri Hughes", "Dafydd Owen")

# The answers every member gives unless a scenario says otherwise: the demo's well-handled
# case, with contact after 24 hours and a word of good practice.
GOOD: Mapping[str, Answer] = {
    **WELL_HANDLED,
    "hcso_contact_in_time": Answer("yes", hours=24),
    "good_practice": Answer("Prompt HCSO contact."),
    "areas_for_learning": Answer(""),
}


@dataclass
class Panel:
    world: World
    round_id: int
    fates: list


def reviewed_panel(root: Path, plan: Plan, cases: int = 4, k: int = 3) -> Panel:
    """Four enrolled members, a hate-crime round of `cases`, each case for `k` of them,
    reviewed per `plan` and imported by the coordinator."""
    world = enrolled_world(root, MEMBERS)
    csv_path, docs = write_case_list(root / "input", cases)
    created = coordinator_rounds.create_round(
        world.coordinator,
        csv_path,
        docs,
        title="Hate crime scrutiny Q3",
        template_id="hate-crime",
        panel="Glanmor Scrutiny Panel",
        due_date="2026-12-31",
    )
    coordinator_rounds.auto_assign(world.coordinator, created.round_id, k)
    packs = assignment_packs.export_packs(world.coordinator, created.round_id, root / "packs").packs
    fates = panel_reviews(world.coordinator, world.members, packs, plan, root / "outbox")
    return Panel(world, created.round_id, fates)


def with_changes(changes: Mapping[str, Answer]) -> dict[str, Answer]:
    return {**GOOD, **changes}
