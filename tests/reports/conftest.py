"""A round reviewed by four members through real packages, with the coordinator's
additions (background, a tag, an observation with a response, a recommendation with an
update), shared by the report tests; every text is confirmed as kept, so the report can
be published."""

from __future__ import annotations

import pytest

from desktop.services import findings, observations, recommendations
from desktop.services.background import Background, save_background
from desktop.services.findings import CaseNotes
from tests.services.panel_world import reviewed_panel
from tests.services.publication_world import confirm_every_text
from tests.services.test_findings import plan


@pytest.fixture(scope="package")
def panel(tmp_path_factory):
    made = reviewed_panel(tmp_path_factory.mktemp("panel"), plan, cases=4, k=4)
    db = made.world.coordinator
    save_background(
        db,
        made.round_id,
        Background(
            "2026-03-14",
            "virtual",
            ("Aled Jones", "Bethan Evans", "Ceri Hughes", "Dafydd Owen"),
            True,
            "January to March 2026",
            "Four closed cases at random",
        ),
    )
    first = findings.round_findings(db, made.round_id).cases[0].case.case_id
    findings.save_case_notes(db, first, CaseNotes("", ("Prompt HCSO contact",), ()))
    note = "HCSO contact was late in HC-004; PC 4471 recorded it."
    saved = observations.add_observation(db, made.round_id, note, [first])
    observations.set_response(db, saved.observation_id, "HCSOs now get an alert at 24 hours.", "2026-04-02")
    rec = recommendations.add_recommendation(
        db, "Review MAVIS use at low risk.", "Risk", made.round_id, "Head of Public Protection", "2026-09-30"
    )
    recommendations.add_update(
        db, rec.recommendation_id, "2026-06-01", "Guidance drafted.", "On track.", "ongoing"
    )
    confirm_every_text(db, made.round_id)  # publishing needs every text read; tests change their own
    yield made
    db.close()
    for member in made.world.members.values():
        member.close()
