"""The demo: a throwaway profile holding a round of 16 fictional hate crime cases.

Everything in it is invented (see resources/demo/cases.json); it lets a new member or
a coordinator try the whole review without setting anything up.
"""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

from desktop.services import profile, rounds
from desktop.services.demo_content import load_demo_cases
from desktop.services.templates import load_bundled_template_text
from desktop.storage.database import Database

DEMO_PASSPHRASE = "demo-panel-review"
DEMO_NAME = "Demo panel member"
DEMO_ROUND_UID = "demo-hate-crime-round"


def create_demo_profile(folder: Path, language: str = "en") -> Database:
    """Create the demo profile in `folder` and load the demo round into it."""
    db = profile.create_profile(folder, DEMO_NAME, DEMO_PASSPHRASE, language)
    add_demo_round(db)
    return db


def add_demo_round(db: Database) -> int:
    _template, body = load_bundled_template_text("hate-crime")
    cases = load_demo_cases()
    due = (date.today() + timedelta(days=21)).isoformat()
    return rounds.add_round(
        db, "Hate crime scrutiny – demo round", body, cases,
        panel="Demo scrutiny panel", due_date=due, uid=DEMO_ROUND_UID,
    )  # fmt: skip
