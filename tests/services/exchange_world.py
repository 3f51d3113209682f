"""A coordinator and members, each with their own real encrypted profile, for exchange tests."""

from __future__ import annotations

import csv
from dataclasses import dataclass, field
from pathlib import Path

from desktop.services import coordinator_rounds, identity, profile, roster
from tests.conftest import PASSPHRASE

PDF = (
    b"%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj 2 0 obj<</Type/Pages/Kids[]/Count 0>>endobj\n"
    b"trailer<</Root 1 0 R>>\n%%EOF\n"
)


@dataclass
class World:
    root: Path
    coordinator: object
    members: dict[str, object]
    round_id: int = 0
    packs: dict[str, Path] = field(default_factory=dict)  # member name -> their last pack

    def close(self) -> None:
        """Close every profile of the world (a fixture's teardown)."""
        for db in (self.coordinator, *self.members.values()):
            db.close()


def make_profile(folder: Path, name: str, role: str):
    return profile.create_profile(folder, name, PASSPHRASE, "en", role=role)


def write_case_list(folder: Path, cases: int, conflicts: dict[int, str] | None = None) -> tuple[Path, Path]:
    """A CSV of `cases` cases with one text and one PDF document each, in `folder`."""
    docs = folder / "documents"
    docs.mkdir(parents=True)
    rows = []
    for i in range(1, cases + 1):
        (docs / f"case{i}-log.txt").write_text(
            f"Incident log {i}: 09:14 call received; 10:02 officer attended.\n"
        )
        (docs / f"case{i}-form.pdf").write_bytes(PDF)
        rows.append({
            "reference": f"HC-{i:03d}", "case_type": "hate_crime", "strands": "race;religion",
            "summary": f"Case {i}: verbal abuse in a shop.", "documents": f"case{i}-log.txt;case{i}-form.pdf",
            "conflicted_members": (conflicts or {}).get(i, ""),
        })  # fmt: skip
    path = folder / "cases.csv"
    with path.open("w", newline="", encoding="utf-8") as f:
        writer = csv.DictWriter(f, fieldnames=list(rows[0]))
        writer.writeheader()
        writer.writerows(rows)
    return path, docs


def enrolled_world(
    root: Path, names: tuple[str, ...] = ("Aled Jones", "Bethan Evans", "Ceri Hughes")
) -> World:
    """A coordinator with `names` enrolled and confirmed from their real cards."""
    coordinator = make_profile(root / "coordinator", "Olwen Price (OPCC)", "coordinator")
    members = {}
    for name in names:
        db = make_profile(root / name.split()[0].lower(), name, "member")
        card = root / f"{name.split()[0].lower()}.prcard"
        identity.export_card(db, card)
        roster.enrol(coordinator, card, confirmed=True)
        members[name] = db
    return World(root, coordinator, members)


def round_with_packs(
    world: World, cases: int = 4, k: int = 2, conflicts: dict[int, str] | None = None
) -> Path:
    """Create a round, auto-assign it and export the packs; returns the packs folder."""
    from desktop.services import assignment_packs

    csv_path, docs = write_case_list(world.root / "input", cases, conflicts)
    created = coordinator_rounds.create_round(
        world.coordinator, csv_path, docs, title="Hate crime scrutiny Q3", template_id="hate-crime",
        panel="Test panel", due_date="2026-12-31",
    )  # fmt: skip
    world.round_id = created.round_id
    coordinator_rounds.auto_assign(world.coordinator, created.round_id, k)
    out = world.root / "packs"
    out.mkdir(exist_ok=True)
    exported = assignment_packs.export_packs(world.coordinator, created.round_id, out)
    world.packs.update((pack.member, pack.path) for pack in exported.packs)
    return out
