"""What the app drafts it drafts in both languages: a comment or a summary begun from the
English draft has the Welsh draft as its version, until the coordinator edits it."""

from __future__ import annotations

import pytest

from desktop.core.answers import Answer
from desktop.reports.case_block import draft_text
from desktop.reports.drafting import draft_case
from desktop.services import findings, report, translations
from desktop.services.background import round_background, save_background
from desktop.services.findings import CaseNotes
from desktop.services.translations import State
from tests.services.panel_world import GOOD, reviewed_panel, with_changes


def plan(name: str, reference: str) -> dict[str, Answer]:
    if reference == "HC-001" and name.startswith("Aled"):
        return with_changes({"hostility_recorded": Answer("no", note="No hostility recorded in the log.")})
    return dict(GOOD)


@pytest.fixture(scope="module")
def panel(tmp_path_factory):
    made = reviewed_panel(tmp_path_factory.mktemp("panel"), plan, cases=2, k=4)
    yield made
    made.world.coordinator.close()
    for member in made.world.members.values():
        member.close()


def _unit(panel, part: str) -> translations.Unit:
    state = translations.translations(panel.world.coordinator, panel.round_id)
    return next(u for u in state.units if u.place.part == part)


def test_a_comment_begun_from_the_draft_has_the_welsh_draft_beside_it(panel) -> None:
    db = panel.world.coordinator
    merged = findings.round_findings(db, panel.round_id)
    case = merged.cases[0]
    english, welsh = (draft_text(draft_case(case, merged.template, lang).findings) for lang in ("en", "cy"))
    assert english != welsh and welsh.strip()
    findings.save_case_notes(db, case.case.case_id, CaseNotes(comment=english, drafted_from=english))
    unit = _unit(panel, "comment")
    assert unit.state is State.DONE and unit.version == welsh and unit.origin == "drafted"
    edited = english + "\nThe panel would add one thing."
    findings.save_case_notes(db, case.case.case_id, CaseNotes(comment=edited, drafted_from=english))
    changed = _unit(panel, "comment")
    assert changed.state is State.CHANGED and changed.version == welsh  # offered to adjust


def test_a_summary_begun_from_the_draft_has_the_welsh_draft_beside_it(panel) -> None:
    db = panel.world.coordinator
    english, welsh = (report.summary_draft(db, panel.round_id, lang) for lang in ("en", "cy"))
    kept = round_background(db, panel.round_id)
    from dataclasses import replace

    save_background(db, panel.round_id, replace(kept, summary=english, summary_drafted_from=english))
    unit = _unit(panel, "themes")
    assert unit.state is State.DONE and unit.version == welsh.strip()


def test_a_welsh_version_the_coordinator_wrote_is_not_replaced_by_a_draft(panel) -> None:
    db = panel.world.coordinator
    merged = findings.round_findings(db, panel.round_id)
    case = merged.cases[1]
    english = draft_text(draft_case(case, merged.template, "en").findings)
    findings.save_case_notes(db, case.case.case_id, CaseNotes(comment=english))
    unit = next(
        u
        for u in translations.translations(db, panel.round_id).units
        if u.place.part == "comment" and u.place.subject == case.case.reference
    )
    translations.save_version(db, panel.round_id, unit.key, unit.sha256, "Fersiwn y cydlynydd.")
    findings.save_case_notes(db, case.case.case_id, CaseNotes(comment=english, drafted_from=english))
    again = translations.translations(db, panel.round_id).unit(unit.key)
    assert again is not None and again.version == "Fersiwn y cydlynydd." and again.state is State.DONE
