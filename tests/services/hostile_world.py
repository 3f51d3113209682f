"""Real encrypted profiles holding the hostile corpus's fixed keys, set up as corpus.json says.

Each profile is made through the services (`profile.create_profile`, `roster.enrol`,
`rounds.import_round`, `coordinator_rounds.set_assigned`, `assignment_packs.import_pack`,
`review_packages.import_packages`); only its keys are then replaced, through storage,
with the corpus's fixed test keys (tests/hostile/keys.json), so the files in
tests/hostile/files/ are addressed to it and signed by the people it knows.

`dump` reads every row of every table with plain SELECTs on the open database's own
connection (already keyed, so no second key derivation), outside any unit of work: it
sees what is committed, in the database file or its write-ahead log, and writes nothing.
"""

from __future__ import annotations

import shutil
from pathlib import Path
from typing import Any

from desktop.paths import database_path
from desktop.services import assignment_packs, coordinator_rounds, profile, review_packages, roster, rounds
from desktop.services.review_packages import Fate
from desktop.services.rounds import NewCase, NewDocument
from desktop.services.templates import load_bundled_template_text
from desktop.storage.database import Database, open_database
from desktop.storage.models import CaseFile, Profile, RosterMember
from tests.conftest import PASSPHRASE
from tests.hostile import make_corpus as corpus
from tests.hostile import payloads as p
from tests.hostile.make_corpus import FILES, NAMES, load_keys

KEYS = load_keys()
COORDINATOR_FINGERPRINT = KEYS["coordinator"].public.fingerprint()
Dump = dict[str, list[tuple[Any, ...]]]


def dump(db: Database) -> Dump:
    """Every row of every table, in a stable order, read without writing anything."""
    with db.engine.connect() as conn:
        names = conn.exec_driver_sql("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")
        tables = [row[0] for row in names]
        result = {
            t: sorted((tuple(r) for r in conn.exec_driver_sql(f'SELECT * FROM "{t}"')), key=repr)
            for t in tables
        }
        conn.rollback()
        return result


def open_profile(folder: Path) -> Database:
    """Unlock a profile folder as the app does, without the daily backup (nothing else writes)."""
    return open_database(database_path(folder), PASSPHRASE)


def new_profile(folder: Path, who: str) -> Database:
    """A profile made by the services, then given `who`'s fixed keys from keys.json."""
    name, role = NAMES[who]
    db = profile.create_profile(folder, name, PASSPHRASE, "en", role=role)
    with db.session() as session:
        row = session.get_one(Profile, 1)
        row.signing_private = KEYS[who].signing_private
        row.encryption_identity = KEYS[who].encryption_identity
    return db


def _cases(round_uid: str, labels: list[str]) -> list[NewCase]:
    out = []
    for label in labels:
        reference, case_type, strands = p.CASES[label]
        docs = [NewDocument("Crime report", "application/pdf", p.ONE_PAGE_PDF)]
        out.append(NewCase(reference, case_type, strands, p.SUMMARY, docs))
    return out


def add_rounds(db: Database) -> None:
    """corpus.ROUNDS: both rounds, with the corpus's round uids, and both members enrolled."""
    for who in ("member1", "member2"):
        roster.enrol(db, FILES / f"card-{who}.prcard", confirmed=True)
    _template, body = load_bundled_template_text("hate-crime")
    assert p.template_sha(body.encode("utf-8")) == p.template_sha(), "the corpus carries the shipped template"
    given = {
        p.ROUND: {
            **{c: "member1" for c in p.ASSIGNED["member1"]},
            **{c: "member2" for c in p.ASSIGNED["member2"]},
        },
        p.EARLIER_ROUND: {c: "member1" for c in p.ASSIGNED["member1"]},
    }
    for round_uid, assigned in given.items():
        labels = sorted(assigned)
        round_id = rounds.import_round(
            db, p.TITLES[round_uid], body, _cases(round_uid, labels), uid=round_uid
        ).round_id
        members = {m.fingerprint: m.id for m in roster.list_roster(db)}
        with db.session() as session:
            uids = {c.uid: c.id for c in session.query(CaseFile).filter(CaseFile.round_id == round_id)}
        for label, who in assigned.items():
            case_id = uids[p.uid_of(label, round_uid)]
            coordinator_rounds.set_assigned(db, case_id, members[KEYS[who].public.fingerprint()], True)


def take_review(db: Database, path: Path) -> None:
    (fate,) = review_packages.import_packages(db, [path]).fates
    assert fate.fate is Fate.ACCEPTED, fate.why


def revoke(db: Database, who: str) -> None:
    with db.session() as session:
        member_id = (
            session.query(RosterMember.id)
            .filter(RosterMember.fingerprint == KEYS[who].public.fingerprint())
            .scalar()
        )
    roster.revoke(db, member_id)


# (who, setup) made once per test session and copied for each test; other setups are
# made on a copy of one of these.
BASE = {
    corpus.NOTHING: corpus.NOTHING,
    corpus.ROUNDS: corpus.ROUNDS,
    corpus.PINNED: corpus.PINNED,
    corpus.REVOKED: corpus.ROUNDS,
    corpus.AFTER_REVIEW: corpus.ROUNDS,
    corpus.EARLIER_TAKEN: corpus.ROUNDS,
    corpus.AFTER_CHAINED_REVIEW: corpus.ROUNDS,
    corpus.RECEIPT_TAKEN: corpus.ROUNDS,
}


def build_base(folder: Path, who: str, setup: str) -> None:
    """Make the closed profile `folder` for `who` in one of the BASE setups."""
    db = new_profile(folder, who)
    try:
        if setup == corpus.ROUNDS:
            add_rounds(db)
        elif setup == corpus.PINNED:
            assignment_packs.import_pack(
                db, FILES / "pack-member1.prpack", confirmed_fingerprint=COORDINATOR_FINGERPRINT
            )
        else:
            assert setup == corpus.NOTHING, setup
    finally:
        db.close()


def needs_finishing(setup: str) -> bool:
    return BASE[setup] != setup


def finish_setup(db: Database, setup: str, file: Path) -> None:
    """The part of `setup` that BASE leaves out, made in the copied profile."""
    if setup == corpus.REVOKED:
        revoke(db, "member2")
    elif setup == corpus.AFTER_REVIEW:
        take_review(db, FILES / "review-member1.prreview")
    elif setup == corpus.EARLIER_TAKEN:
        take_review(db, file)
    elif setup == corpus.AFTER_CHAINED_REVIEW:
        take_review(db, FILES / "review-member1-chained.prreview")
    elif setup == corpus.RECEIPT_TAKEN:
        take_review(db, FILES / "receipt-member1.prreceipt")  # the inbox takes receipts in the same flow


def copy_profile(source: Path, target: Path) -> Path:
    shutil.copytree(source, target)
    return target
