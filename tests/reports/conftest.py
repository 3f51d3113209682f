"""A round that really travelled, for the panel report's tests (PDF and DOCX).

Four members review four cases through real encrypted packages; building it takes a few
seconds, so each test module builds it once.
"""

from __future__ import annotations

import pytest

from desktop.services import findings
from desktop.services.background import Background, save_background
from desktop.services.findings import CaseNotes
from tests.services.panel_world import reviewed_panel
from tests.services.test_findings import plan


@pytest.fixture(scope="module")
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
    yield made
    db.close()
    for member in made.world.members.values():
        member.close()
