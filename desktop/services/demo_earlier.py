"""The demo coordinator's earlier round: the same panel's previous quarter, reviewed by the
same four members the same real way (packs, answers, signed packages, the inbox).

Its findings differ so that the trend has something to say: data quality, the online
flag and the victim contract were worse and have improved since; HCSO first contact was
late then too, so it recurs; updates to the victim fell short then and not since.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import replace
from pathlib import Path

from desktop.core.answers import Answer
from desktop.core.round_codes import MeetingForm
from desktop.reports.content import Background
from desktop.services import (
    assignment_packs,
    coordinator_rounds,
    finding_links,
    observations,
    recommendations,
    rounds,
)
from desktop.services.background import save_background
from desktop.services.demo_content import load_demo_cases
from desktop.services.demo_panel import Plan, panel_reviews
from desktop.services.finding_links import LinkedFinding
from desktop.services.templates import load_bundled_template_text
from desktop.storage.database import Database

EARLIER_TITLE = "Hate crime scrutiny, demo previous quarter"
EARLIER_CASES = 12
EARLIER_PREFIX = "DEMO-HC-Q3-"

# Per case number: what every reviewer of the earlier quarter saw fall short.
EARLIER_AGREED: dict[int, dict[str, Answer]] = {
    2: {"data_quality": Answer("no", note="Two different spellings of the victim's name.")},
    3: {"hcso_contact_in_time": Answer("no", hours=70, note="First contact 70 hours after the report.")},
    4: {
        "data_quality": Answer("no", note="The occurrence type was changed without a reason."),
        "victim_contract": Answer("no", note="No victim contract on the file."),
    },
    6: {"hcso_contact_in_time": Answer("no", hours=90, note="First contact 90 hours after the report.")},
    7: {"flag_correct": Answer("no", note="The hate flag was not applied.")},
    8: {"victim_contract": Answer("no", note="No victim contract on the file.")},
    9: {"data_quality": Answer("no", note="The address is recorded twice, differently.")},
    10: {"hcso_contact_in_time": Answer("partly", hours=50, note="Contact by letter only.")},
    11: {"flag_correct": Answer("no", note="The online flag was not applied.")},
    12: {
        "data_quality": Answer("no", note="The victim's age is missing."),
        "updates_in_line": Answer("no", note="No update for six weeks."),
    },
}


def earlier_answers(well_handled: Mapping[str, Answer]) -> Plan:
    """The plan of the earlier quarter: what each member answers for each of its cases."""
    strands = {c.reference: tuple(sorted(c.strands)) for c in load_demo_cases()}

    def plan(name: str, reference: str) -> dict[str, Answer]:
        n = int(reference.rsplit("-", 1)[1])
        recorded = {"strands_recorded": Answer(strands[f"DEMO-HC-{n:02d}"])}
        return {**well_handled, **recorded, **EARLIER_AGREED.get(n, {})}

    return plan


def add_earlier_round(
    db: Database, members: Mapping[str, Database], work: Path, panel: str, well_handled: Mapping[str, Answer]
) -> int:
    """The previous quarter's round, reviewed and imported; its meeting was in December."""
    cases = [
        replace(c, reference=c.reference.replace("DEMO-HC-", EARLIER_PREFIX))
        for c in load_demo_cases()[:EARLIER_CASES]
    ]
    _template, body = load_bundled_template_text("hate-crime")
    round_id = rounds.add_round(db, EARLIER_TITLE, body, cases, panel=panel, due_date=None)
    coordinator_rounds.auto_assign(db, round_id, 3)
    packs = assignment_packs.export_packs(db, round_id, work / "packs-earlier").packs
    plan = earlier_answers(well_handled)
    panel_reviews(db, members, packs, plan, work / "outbox-earlier")
    save_background(
        db,
        round_id,
        Background(
            meeting_date="2025-12-13",
            meeting_form=MeetingForm.VIRTUAL,
            attendees=tuple(members),
            quorate=True,
            sample_period="July to September 2025",
            sample_method="12 closed hate crime and hate incident cases chosen at random by the force's "
            "audit team.",
        ),
    )
    return round_id


def link_recurring(db: Database, round_id: int) -> None:
    """The late-contact observation and the carried recommendation answer the finding that
    recurs, wherever it recurs, so the observation editor shows it ticked."""
    (late, *_rest) = observations.list_observations(db, round_id)
    finding_links.link_observation(db, late.observation_id, [LinkedFinding("hcso_contact_in_time", None)])
    for carried in recommendations.list_recommendations(db):
        finding_links.link_recommendation(
            db, carried.recommendation_id, [LinkedFinding("hcso_contact_in_time", None)]
        )
