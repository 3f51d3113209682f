"""Shared set-up for the coordinator's benchmarks: a 200-case round reviewed by 12 members.

Built the way a real round is: twelve member profiles with their own keys, each
enrolled, three reviewers per case, packs exported and imported, every answer saved
by the member's profile, signed and encrypted review packages taken in through the
coordinator's inbox. Members differ on a few questions so the round has majorities
and splits to decide.
"""

from __future__ import annotations

import atexit
import shutil
import tempfile
import time
from collections.abc import Mapping
from pathlib import Path

from _round import PASSPHRASE

from desktop.core.answers import Answer
from desktop.services import assignment_packs, coordinator_rounds, identity, profile, roster, rounds
from desktop.services.demo_content import load_demo_cases
from desktop.services.demo_coordinator import WELL_HANDLED
from desktop.services.demo_panel import panel_reviews
from desktop.services.templates import load_bundled_template_text
from desktop.storage.database import Database

CASES = 200
NAMES = "Aled Bethan Ceri Dafydd Eleri Ffion Gareth Heledd Iwan Llinos Meirion Nia"
MEMBERS = tuple(f"Member {name}" for name in NAMES.split())


def answers(name: str, reference: str) -> Mapping[str, Answer]:
    """A well-handled case, except where this member reads a question otherwise."""
    n = int(reference.rsplit("-", 1)[1])
    seat = MEMBERS.index(name)
    out = dict(WELL_HANDLED)
    if n % 4 == 0 and seat % 3 == 0:  # one reviewer in three differs: a majority or a split
        out["risk_identified"] = Answer("no", note="The repeat reports were not weighed.")
    if n % 5 == 0:  # reviewers read it in as many ways as there are: splits to decide
        code = ("correct", "should_be_crime", "should_be_nchi", "not_hate", "unclear")[seat % 5]
        out["classification_correct"] = Answer(code, note="The file does not say why no crime.")
    return out


def reviewed_round(cases: int = CASES) -> tuple[Path, int, float]:
    """A coordinator profile folder, its round's id, and the seconds it took to build."""
    started = time.perf_counter()
    folder = Path(tempfile.mkdtemp(prefix="panel-review-bench-coordinator-"))
    atexit.register(shutil.rmtree, folder, ignore_errors=True)
    db = profile.create_profile(
        folder / "coordinator", "Bench Coordinator", PASSPHRASE, "en", role="coordinator"
    )
    members: dict[str, Database] = {}
    for name in MEMBERS:
        member = profile.create_profile(folder / name.split()[1], name, PASSPHRASE, "en")
        card = folder / f"{name.split()[1]}.prcard"
        identity.export_card(member, card)
        roster.enrol(db, card, confirmed=True)
        members[name] = member
    _template, body = load_bundled_template_text("hate-crime")
    demo = load_demo_cases()
    new_cases = [
        rounds.NewCase(f"BENCH-{i + 1:04d}", demo[i % len(demo)].case_type, demo[i % len(demo)].strands,
                       demo[i % len(demo)].summary, demo[i % len(demo)].documents)
        for i in range(cases)
    ]  # fmt: skip
    round_id = rounds.add_round(db, "Benchmark round", body, new_cases, due_date="2026-12-31")
    coordinator_rounds.auto_assign(db, round_id, 3)
    packs = assignment_packs.export_packs(db, round_id, folder / "packs").packs
    panel_reviews(db, members, packs, answers, folder / "outbox")
    for member in members.values():
        member.close()
    db.close()
    return folder / "coordinator", round_id, time.perf_counter() - started
