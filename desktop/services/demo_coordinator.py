"""`panel-review --demo coordinator`: a throwaway coordinator profile whose 16-case round
four demo members have already reviewed, their packages taken in through the real inbox.

Everything travels as it would for real: members' cards are enrolled, packs are exported
and imported on each member's own profile, answers are saved, review packages are
signed, encrypted and imported. The members mostly agree; a few cases split, one HCSO
contact is late, and MAVIS is questioned at low risk, so the findings view, the
adjudication and every report have something to show at once; on the low-risk case two
members cite the pages their answers rest on, so the evidence shows too. The members' profiles
live in a temporary folder that is removed when the demo is built.
"""

from __future__ import annotations

import tempfile
from collections.abc import Mapping
from functools import cache
from pathlib import Path

from desktop.core.answers import Answer
from desktop.core.citations import Citation
from desktop.core.clock import utc_now
from desktop.core.round_codes import MeetingForm
from desktop.reports.content import Background
from desktop.services import (
    assignment_packs,
    coordinator_rounds,
    erasure_receipts,
    findings,
    identity,
    observations,
    profile,
    recommendations,
    retention,
    review,
    review_packages,
    roster,
    rounds,
    translations,
)
from desktop.services.background import save_background
from desktop.services.briefing_settings import save_letterhead
from desktop.services.demo import DEMO_PASSPHRASE
from desktop.services.demo_content import load_demo_cases, load_demo_letterhead
from desktop.services.demo_earlier import add_earlier_round, link_recurring
from desktop.services.demo_panel import Plan, panel_reviews
from desktop.services.rows import RoundRow
from desktop.services.templates import load_bundled_template_text
from desktop.storage.database import Database

COORDINATOR = "Demo coordinator (OPCC)"
MEMBERS = ("Aled Jones", "Bethan Evans", "Ceri Hughes", "Dafydd Owen")
PANEL = "Glanmor Hate Crime Scrutiny Panel"
TITLE = "Hate crime scrutiny, demo quarter"
DEMO_DAYS_KEPT_AFTER_MEETING = 28

# What a member who finds nothing wrong answers (the hours are filled per case).
WELL_HANDLED: Mapping[str, Answer] = {
    "strands_recorded": Answer(("race",)),
    "hostility_recorded": Answer("yes"),
    "classification_correct": Answer("correct"),
    "flag_correct": Answer("yes"),
    "risk_identified": Answer("yes"),
    "risk_assessment_evidenced": Answer("yes"),
    "risk_level": Answer("medium"),
    "mavis_appropriate": Answer("na"),
    "vulnerability_assessed": Answer("yes"),
    "action_plan_followed": Answer("yes"),
    "hcso_offered": Answer("deployed"),
    "hcso_contact_in_time": Answer("yes", hours=20),
    "hcso_contact_method": Answer("yes"),
    "victim_support_referral": Answer("yes"),
    "victim_contract": Answer("yes"),
    "updates_in_line": Answer("yes"),
    "communication_needs": Answer("yes"),
    "supervisor_endorsed": Answer("yes"),
    "supervisor_language": Answer("yes"),
    "enquiries_hostility": Answer("yes"),
    "outcome_appropriate": Answer("appropriate"),
    "outcome_communicated": Answer("yes"),
    "data_quality": Answer("yes"),
    "overall_rating": Answer("green"),
}

# Per case: what every reviewer sees differently from a well-handled case, and where
# one named member reads it otherwise (the splits and majorities of the demo).
AGREED: dict[int, dict[str, Answer]] = {
    2: {"data_quality": Answer("no", note="The incident log and the crime log classify it differently.")},
    5: {
        "hcso_contact_in_time": Answer("no", hours=67, note="First contact 67 hours after the report."),
        "hcso_contact_method": Answer("no", note="Contact by email alone."),
        "data_quality": Answer("no", note="The victim is recorded with the wrong title."),
    },
    7: {"flag_correct": Answer("no", note="The online flag was not applied.")},
    8: {"risk_level": Answer("high"), "mavis_appropriate": Answer("yes")},
    11: {"data_quality": Answer("no", note="Two different dates of birth across the logs.")},
    13: {"risk_level": Answer("low"), "mavis_appropriate": Answer("yes")},
    15: {"risk_level": Answer("high"), "mavis_appropriate": Answer("yes")},
    16: {
        "hcso_contact_in_time": Answer("no", hours=111, note="First contact 111 hours after the report."),
        "overall_rating": Answer("amber", note="Victim care fell short of the standard."),
    },
}
DIFFERS: dict[tuple[int, str], dict[str, Answer]] = {
    (3, "Ceri"): {
        "classification_correct": Answer("should_be_crime", note="The threshold for an offence looks met.")
    },
    (3, "Dafydd"): {"classification_correct": Answer("unclear", note="The file does not say why no crime.")},
    (6, "Bethan"): {
        "strands_recorded": Answer(
            ("race",), note="The incident log records race only; religion is on the crime log."
        )
    },
    (9, "Aled"): {
        "outcome_appropriate": Answer(
            "appropriate_with_observations",
            note="The victim's wishes were respected, but the decision was not reviewed.",
        )
    },
    (10, "Dafydd"): {"data_quality": Answer("no", note="The same man is both victim and witness.")},
    (13, "Aled"): {
        "risk_identified": Answer(
            "no",
            note="Third report in twelve months: the risk was higher.",
            citations=(  # the pages each member cites travel in their package, as a real member's do
                Citation(1, 1, "Third report by this victim against the same suspect since August 2024."),
                Citation(2, 1),
            ),
        )
    },
    (13, "Bethan"): {
        "risk_identified": Answer(
            "partly",
            note="Repeat reports were linked but not weighed.",
            citations=(Citation(2, 1, "Repeat victim? Yes – twice since August 2024, same suspect"),),
        )
    },
    (13, "Ceri"): {"mavis_appropriate": Answer("no", note="Is a MAVIS needed when risk is graded low?")},
    (12, "Bethan"): {
        "outcome_appropriate": Answer("appropriate_with_observations", note="The decision was not explained.")
    },
    (12, "Ceri"): {
        "outcome_appropriate": Answer("inappropriate", note="A group was targeted: record a crime.")
    },
    (14, "Dafydd"): {
        "hcso_contact_in_time": Answer("partly", hours=47, note="Inside 48 hours only after a prompt.")
    },
}


@cache
def _strands() -> dict[str, tuple[str, ...]]:
    """Each demo case's strands as the force recorded them, which members confirm."""
    return {case.reference: tuple(sorted(case.strands)) for case in load_demo_cases()}


def answers_for(name: str, reference: str) -> dict[str, Answer]:
    """What the demo member `name` answers for the demo case `reference` (DEMO-HC-nn)."""
    n = int(reference.rsplit("-", 1)[1])
    recorded = {"strands_recorded": Answer(_strands()[reference])}  # what the force's log records
    answers = {**WELL_HANDLED, **recorded, **AGREED.get(n, {}), **DIFFERS.get((n, name.split()[0]), {})}
    if n == 1:
        answers["good_practice"] = Answer(
            "Risk assessed and endorsed the same night; a tailored victim contract."
        )
    return answers


def create_demo_coordinator(
    folder: Path, language: str = "en", plan: Plan = answers_for, *, earlier_quarter: bool = False
) -> Database:
    """The coordinator's demo profile in `folder`, its round reviewed and imported.

    `plan` says what each member answers; tests that need members to have written
    something of their own (personal data in a note, say) wrap `answers_for`.
    `earlier_quarter` adds the same panel's previous quarter first (demo_earlier.py), so
    the trends have two rounds to compare; the app's demo has it."""
    db = profile.create_profile(folder, COORDINATOR, DEMO_PASSPHRASE, language, role="coordinator")
    with tempfile.TemporaryDirectory(prefix="panel-review-demo-panel-") as tmp:
        work = Path(tmp)
        members = {}
        for name in MEMBERS:
            member = profile.create_profile(work / name.split()[0], name, DEMO_PASSPHRASE, language)
            card = work / f"{name.split()[0]}.prcard"
            identity.export_card(member, card)
            roster.enrol(db, card, confirmed=True)
            members[name] = member
        if earlier_quarter:
            add_earlier_round(db, members, work, PANEL, WELL_HANDLED)
        _template, body = load_bundled_template_text("hate-crime")
        round_id = rounds.add_round(db, TITLE, body, load_demo_cases(), panel=PANEL, due_date=None)
        coordinator_rounds.auto_assign(db, round_id, 3)
        packs = assignment_packs.export_packs(db, round_id, work / "packs").packs
        panel_reviews(db, members, packs, plan, work / "outbox")
        if plan is answers_for:  # the demo's own panel; tests with their own plan are left as planned
            _second_thoughts(db, members[SECOND_THOUGHTS], work / "outbox")
            _erased_early(db, members[ERASED_EARLY], work / "outbox")
        for member in members.values():
            member.close()
    _additions(db, round_id)
    _translated(db, round_id)
    if earlier_quarter:
        link_recurring(db, round_id)
    return db


def _the_quarter(member: Database) -> RoundRow:
    """The demo quarter on a member's laptop, which may hold the previous quarter too."""
    return next(r for r in rounds.list_rounds(member) if r.title == TITLE)


# One member looked again after sending, as members do: the coordinator's Inbox shows the
# new revision waiting, its change in words with the member's reason.
SECOND_THOUGHTS = "Dafydd Owen"
SECOND_LOOK_CASE = "DEMO-HC-14"
SECOND_LOOK_REASON = "Looked again at the log: the first contact was inside 48 hours without a prompt."


def _second_thoughts(coordinator: Database, member: Database, outbox: Path) -> None:
    """The member reopens a sent case with a reason, changes one answer and sends again."""
    round_row = _the_quarter(member)
    case = next(c for c in rounds.list_cases(member, round_row.id) if c.reference == SECOND_LOOK_CASE)
    review.reopen(member, case.id, SECOND_LOOK_REASON)
    review.save_answer(member, case.id, "hcso_contact_in_time", "yes", 47)
    review.save_note(member, case.id, "hcso_contact_in_time", "")
    review.mark_complete(member, case.id)
    sent = review_packages.export_review(member, round_row.id, outbox).path
    review_packages.import_packages(coordinator, [sent])


# One member has already removed the round from their laptop and sent the receipt, so
# the round's progress shows "Erased on …" beside "Not yet".
ERASED_EARLY = "Bethan Evans"


def _erased_early(coordinator: Database, member: Database, outbox: Path) -> None:
    round_row = _the_quarter(member)
    retention.erase_early(member, round_row.id, utc_now())
    receipt = erasure_receipts.save_receipt(member, round_row.id, outbox)
    review_packages.import_packages(coordinator, [receipt])


# What the OPCC's translator has given back so far: the background and the observations.
# The criteria comments, the recommendation and the panel's own words are still to do,
# as they would be in a round under way (the Translation page lists them).
WELSH = {
    "October to December 2025": "Hydref i Ragfyr 2025",
    "16 closed hate crime and hate incident cases chosen at random by the force's audit team.": (
        "16 o achosion trosedd casineb a digwyddiad casineb caeedig a ddewiswyd ar hap gan dîm "
        "archwilio'r heddlu."
    ),
    "Hate crime is any criminal offence which is perceived, by the victim or any other person, to be "
    "motivated by hostility or prejudice towards someone based on a personal characteristic.": (
        "Trosedd casineb yw unrhyw drosedd a ystyrir, gan y dioddefwr neu unrhyw berson arall, ei bod "
        "wedi'i chymell gan elyniaeth neu ragfarn tuag at rywun ar sail nodwedd bersonol."
    ),
    "HCSO first contact was outside the 48-hour standard in two cases.": (
        "Roedd cyswllt cyntaf yr HCSO y tu allan i'r safon 48 awr mewn dau achos."
    ),
    "Members queried whether a MAVIS is needed where the risk is graded low.": (
        "Holodd yr aelodau a oes angen MAVIS lle mae'r risg wedi'i graddio'n isel."
    ),
}


def _translated(db: Database, round_id: int) -> None:
    for unit in translations.translations(db, round_id).units:
        if unit.text in WELSH:
            translations.save_version(db, round_id, unit.key, unit.sha256, WELSH[unit.text])


def _additions(db: Database, round_id: int) -> None:
    """What a coordinator would have added by now: the meeting, two observations and a
    recommendation carried from an earlier round, with its first update."""
    save_background(
        db,
        round_id,
        Background(
            meeting_date="2026-03-14",
            meeting_form=MeetingForm.VIRTUAL,
            attendees=MEMBERS,
            quorate=True,
            sample_period="October to December 2025",
            sample_method="16 closed hate crime and hate incident cases chosen at random by the force's "
            "audit team.",
            definitions="Hate crime is any criminal offence which is perceived, by the victim or any other "
            "person, to be motivated by hostility or prejudice towards someone based on a personal "
            "characteristic.",
        ),
    )
    save_letterhead(db, load_demo_letterhead())  # the briefing's, set once by the office
    # Members' copies go four weeks after the meeting, so the DPO's question has an answer.
    retention.set_retention(db, round_id, days_after_meeting=DEMO_DAYS_KEPT_AFTER_MEETING)
    findings.save_criteria_comments(  # the seed report's kind: why a count is what it is
        db,
        round_id,
        {
            "hcso_contact_in_time": "Both late contacts followed allocation late in the week; the force is "
            "testing an alert at 24 hours.",
            "mavis_appropriate": "In 13 cases policy called for no MAVIS; members queried the need for one "
            "where the risk is graded low.",
        },
    )
    cases = {c.reference: c.id for c in rounds.list_cases(db, round_id)}
    observations.add_observation(
        db,
        round_id,
        "HCSO first contact was outside the 48-hour standard in two cases.",
        [cases["DEMO-HC-05"], cases["DEMO-HC-16"]],
    )
    observations.add_observation(
        db,
        round_id,
        "Members queried whether a MAVIS is needed where the risk is graded low.",
        [cases["DEMO-HC-13"]],
    )
    carried = recommendations.add_recommendation(
        db,
        "Give HCSOs an alert when first contact has not been made within 24 hours.",
        "Victim care",
        None,
        "Head of Public Protection",
        "2026-06-30",
    )
    recommendations.add_update(
        db,
        carried.recommendation_id,
        "2026-03-01",
        "An alert is being tested in two areas.",
        "Progress made; to be reviewed at the next meeting.",
        "ongoing",
    )
