"""A round of one case whose first document is a three-page PDF and second a text log,
sent to one member: real profiles on both sides, a real pack imported by the member."""

from __future__ import annotations

import csv
import io
from dataclasses import dataclass
from pathlib import Path

from reportlab.lib.pagesizes import A4
from reportlab.pdfgen import canvas

from desktop.services import assignment_packs, coordinator_rounds, rounds
from tests.services.exchange_world import World, enrolled_world

NAME = "Aled Jones"
REPORT_TITLE = "case1-report.pdf"
QUOTE = "Victim heard the words as racist"


def three_pages() -> bytes:
    out = io.BytesIO()
    pdf = canvas.Canvas(out, pagesize=A4)
    for page in range(1, 4):
        pdf.setFont("Helvetica", 14)
        pdf.drawString(72, 760, f"Crime report page {page}")
        if page == 3:
            pdf.drawString(72, 700, QUOTE)
        pdf.showPage()
    pdf.save()
    return out.getvalue()


@dataclass
class CitedWorld:
    world: World
    member_round: int
    case_id: int  # the member's own id of the case

    @property
    def member(self):
        return self.world.members[NAME]


def cited_world(root: Path) -> CitedWorld:
    world = enrolled_world(root, (NAME,))
    docs = root / "input" / "documents"
    docs.mkdir(parents=True)
    (docs / "case1-report.pdf").write_bytes(three_pages())
    (docs / "case1-log.txt").write_text("Incident log: 09:14 call received; 10:02 officer attended.\n")
    path = root / "input" / "cases.csv"
    with path.open("w", newline="", encoding="utf-8") as f:
        writer = csv.writer(f)
        writer.writerow(["reference", "case_type", "strands", "summary", "documents", "conflicted_members"])
        writer.writerow(["HC-001", "hate_crime", "race", "Verbal abuse in a shop.",
                         "case1-report.pdf;case1-log.txt", ""])  # fmt: skip
    created = coordinator_rounds.create_round(
        world.coordinator, path, docs, title="Hate crime scrutiny Q3", template_id="hate-crime",
        panel="Test panel", due_date="2026-12-31",
    )  # fmt: skip
    world.round_id = created.round_id
    coordinator_rounds.auto_assign(world.coordinator, created.round_id, 1)
    (pack,) = assignment_packs.export_packs(world.coordinator, created.round_id, root / "packs").packs
    member = world.members[NAME]
    preview = assignment_packs.preview_pack(member, pack.path)
    imported = assignment_packs.import_pack(member, pack.path, confirmed_fingerprint=preview.fingerprint)
    round_id = imported.round_id
    (case,) = rounds.list_cases(member, round_id)
    return CitedWorld(world, round_id, case.id)
