"""The demo: a throwaway profile holding a round of 16 fictional hate crime cases.

Everything in it is invented (see resources/demo/cases.json); it lets a new member or
a coordinator try the whole review without setting anything up. The round arrives the
way a real one does: a demo coordinator (keys made for this demo only) signs an
assignment pack encrypted to the demo member, and the member's profile imports it
through `assignment_packs.import_pack`, so the demo exercises the real exchange.
"""

from __future__ import annotations

import tempfile
from collections.abc import Sequence
from datetime import date, timedelta
from functools import partial
from pathlib import Path

from desktop.core.identity import case_uid
from desktop.exchange.container import Outgoing, write_container
from desktop.exchange.keys import generate_keys
from desktop.exchange.manifest import PACK
from desktop.exchange.payloads import (
    PackCase,
    PackDocument,
    RoundPayload,
    TemplateRef,
    document_entry,
    round_to_bytes,
)
from desktop.services import assignment_packs, identity, profile
from desktop.services.demo_content import load_demo_cases
from desktop.services.rounds import NewCase, template_sha256
from desktop.services.templates import load_bundled_template_text
from desktop.storage.database import Database

DEMO_PASSPHRASE = "demo-panel-review"
DEMO_NAME = "Demo panel member"
DEMO_COORDINATOR = "Demo coordinator (OPCC)"
DEMO_ROUND_UID = "5d3c7a1e-0f2b-4c6d-9e8a-7b1c2d3e4f50"  # fixed, so the demo's case uids are too
# The demo OPCC keeps members' copies six weeks past the due date, so the round list shows
# when the material will go, as a real round's does.
DEMO_KEPT_AFTER_DUE = timedelta(weeks=6)
SUFFIX = {"application/pdf": ".pdf", "text/plain": ".txt"}


def create_demo_profile(folder: Path, language: str = "en") -> Database:
    """Create the demo member profile in `folder` and import the demo round's pack into it."""
    db = profile.create_profile(folder, DEMO_NAME, DEMO_PASSPHRASE, language)
    add_demo_round(db)
    return db


def add_demo_round(db: Database) -> int:
    """Sign a pack of the demo cases as a demo coordinator and import it; returns the round id."""
    with tempfile.TemporaryDirectory(prefix="panel-review-demo-pack-") as tmp:
        pack = write_demo_pack(db, Path(tmp) / "demo.prpack")
        preview = assignment_packs.preview_pack(db, pack)
        return assignment_packs.import_pack(db, pack, confirmed_fingerprint=preview.fingerprint).round_id


def write_demo_pack(db: Database, path: Path) -> Path:
    """The demo round as a real assignment pack addressed to this profile."""
    template, body = load_bundled_template_text("hate-crime")
    cases = load_demo_cases()
    payload = _payload(template_ref(template.id, template.version, body), cases)
    entries = [
        Outgoing("round.json", partial(round_to_bytes, payload)),
        Outgoing("template.json", partial(str.encode, body, "utf-8")),
    ]
    for case, pack_case in zip(cases, payload.cases, strict=True):
        for doc, described in zip(case.documents, pack_case.documents, strict=True):
            entries.append(Outgoing(described.entry, partial(bytes, doc.data)))
    write_container(
        path, kind=PACK, sender=generate_keys(), sender_name=DEMO_COORDINATOR, sender_role="coordinator",
        recipient=identity.me(db).public, round_uid=DEMO_ROUND_UID, revision=1, entries=entries,
    )  # fmt: skip
    return path


def template_ref(template_id: str, version: int, body: str) -> TemplateRef:
    return TemplateRef(template_id, version, template_sha256(body))


def _payload(template: TemplateRef, cases: Sequence[NewCase]) -> RoundPayload:
    pack_cases = []
    for case in cases:
        uid = case_uid(DEMO_ROUND_UID, case.reference)
        docs = tuple(
            PackDocument(document_entry(uid, f"{i + 1}{SUFFIX[d.media_type]}"), d.title, d.media_type)
            for i, d in enumerate(case.documents)
        )
        pack_cases.append(PackCase(uid, case.reference, case.case_type, case.strands, case.summary, docs))
    due = date.today() + timedelta(days=21)
    erase_on = (due + DEMO_KEPT_AFTER_DUE).isoformat()
    return RoundPayload(
        DEMO_ROUND_UID, 1, "Hate crime scrutiny – demo round", "Demo scrutiny panel", due.isoformat(),
        template, tuple(pack_cases), code="HC-DEMO", member_number=1, erase_on=erase_on,
    )  # fmt: skip
