"""Exporting and importing review packages through the services, on real encrypted profiles.

Targets: a member exports the review of a 200-case round in under 1 s; a coordinator
imports 50 review packages of 40 cases in under 1.5 s. Each figure is set against a baseline
measured in the same run on the same data:

- export: `json.dumps` of the same answers (what any export must at least do), and
  `review_to_bytes` alone (the canonical review.json the package carries);
- import: decrypting the same 50 files with the reference `age -d` (command line,
  one process per file), which any import must at least do too.

    python bench/exchange_services.py
"""

from __future__ import annotations

import json
import shutil
import subprocess
import tempfile
import time
from collections.abc import Callable
from datetime import datetime
from pathlib import Path

from _round import PASSPHRASE
from sqlalchemy import select

from desktop.core.template import Template
from desktop.exchange.card import write_card
from desktop.exchange.container import Outgoing, read_container, write_container
from desktop.exchange.keys import KeyPair, generate_keys
from desktop.exchange.manifest import PACKAGE
from desktop.exchange.payloads import ReviewCase, ReviewPayload, parse_review, review_to_bytes
from desktop.services import (
    assignment_packs,
    coordinator_rounds,
    identity,
    profile,
    review_packages,
    roster,
    rounds,
)
from desktop.services.review_packages import Fate
from desktop.services.rounds import NewCase, NewDocument
from desktop.services.templates import load_bundled_template_text
from desktop.storage.database import Database
from desktop.storage.models import AnswerRow, CaseFile, NoteRow

CASES = 200
PACKAGES = 50
PER_MEMBER = 40  # cases each of the 50 members reviewed: every case by 10 of them
PDF = b"%PDF-1.4\n1 0 obj<</Type/Catalog>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n"


def best_of(runs: int, work: Callable[[], object]) -> float:
    """The fastest of `runs` timings of `work()`, in seconds."""
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        work()
        times.append(time.perf_counter() - start)
    return min(times)


def answer_everything(db: Database, template: Template) -> None:
    """Set-up only: every question of every case answered, a note on each "no"."""
    now = datetime(2026, 1, 20, 9, 0)
    with db.session() as session:
        for case_id in session.scalars(select(CaseFile.id)):
            for i, q in enumerate(template.questions):
                if q.kind == "text":
                    value: object = "Good liaison with the victim's family; recorded promptly."
                elif q.kind == "multi":
                    value = [q.choices[0].code]
                elif q.kind == "ynp":
                    value = "no" if i % 5 == 0 else "yes"
                else:
                    value = q.choices[0].code
                hours = 52 if q.hours else None
                session.add(AnswerRow(case_id=case_id, question_id=q.id, value=json.dumps(value), hours=hours,
                                      updated_at=now))  # fmt: skip
                if value == "no":
                    note = "Not recorded in the log; the officer's note is silent on it."
                    session.add(NoteRow(case_id=case_id, question_id=q.id, updated_at=now, text=note))


def _review_json(keys: KeyPair, path: Path) -> bytes:
    with read_container(path, kind=PACKAGE, identity=keys) as reader:
        ((_info, data),) = list(reader.entries())
        return data


def _age_decrypt(identity_file: Path, path: Path) -> bytes:
    return subprocess.run(
        ["age", "-d", "-i", str(identity_file), str(path)], capture_output=True, check=True
    ).stdout


def main() -> None:
    root = Path(tempfile.mkdtemp(prefix="panel-review-bench-exchange-"))
    try:
        run(root)
    finally:
        shutil.rmtree(root, ignore_errors=True)


def run(root: Path) -> None:
    template, body = load_bundled_template_text("hate-crime")
    coordinator = profile.create_profile(
        root / "coordinator", "Bench OPCC", PASSPHRASE, "en", role="coordinator"
    )
    member = profile.create_profile(root / "member", "Bench Member", PASSPHRASE, "en")
    identity.export_card(member, root / "member.prcard")
    roster.enrol(coordinator, root / "member.prcard", confirmed=True)
    others: list[tuple[str, KeyPair]] = []
    for i in range(PACKAGES):
        keys, name = generate_keys(), f"Member {i + 1:02d}"
        write_card(root / f"m{i}.prcard", keys, name, "member")
        roster.enrol(coordinator, root / f"m{i}.prcard", confirmed=True)
        others.append((name, keys))
    document = NewDocument("Crime report", "application/pdf", PDF)
    cases = [
        NewCase(f"HC-{i + 1:04d}", "hate_crime", ["race"], f"Case {i + 1}: abuse in a shop.", [document])
        for i in range(CASES)
    ]
    round_id = rounds.add_round(coordinator, "Bench round", body, cases, due_date="2026-12-31")
    grid = coordinator_rounds.assignment_grid(coordinator, round_id)
    ids = {m[1]: m[0] for m in grid.members}
    case_ids = [c[0] for c in grid.cases]
    for case_id in case_ids:
        coordinator_rounds.set_assigned(coordinator, case_id, ids["Bench Member"], True)
    for i, (name, _keys) in enumerate(others):
        for j in range(PER_MEMBER):
            coordinator_rounds.set_assigned(coordinator, case_ids[(i * 4 + j) % CASES], ids[name], True)
    packs = assignment_packs.export_packs(coordinator, round_id, root / "packs")
    (mine,) = [p for p in packs.packs if p.member == "Bench Member"]
    assignment_packs.import_pack(
        member, mine.path, confirmed_fingerprint=identity.me(coordinator).fingerprint
    )
    (member_round,) = rounds.list_rounds(member)
    answer_everything(member, template)

    # Export: the member's review of all 200 cases.
    out = root / "out"
    exported = review_packages.export_review(member, member_round.id, out)
    export_s = best_of(5, lambda: review_packages.export_review(member, member_round.id, out))
    payload = parse_review(_review_json(identity.me(coordinator).keys, exported.path))
    plain = [
        {
            "uid": c.uid,
            "status": c.status,
            "answers": [[a.question, a.value, a.hours, a.note] for a in c.answers],
        }
        for c in payload.cases
    ]
    json_s = best_of(5, lambda: json.dumps(plain))
    canonical_s = best_of(5, lambda: review_to_bytes(payload))
    answers = sum(len(c.answers) for c in payload.cases)

    # Import: 50 packages, one from each member, 40 cases each, into the coordinator.
    coordinator_keys = identity.me(coordinator).keys
    inbox = root / "inbox"
    inbox.mkdir()
    by_uid = {c.uid: c for c in payload.cases}
    uids = list(by_uid)
    files = []
    for i, (name, keys) in enumerate(others):
        chosen = [uids[(i * 4 + j) % CASES] for j in range(PER_MEMBER)]
        reviewed = tuple(ReviewCase(u, "complete", "", by_uid[u].answers) for u in chosen)
        review = ReviewPayload(payload.round_uid, 1, payload.template, reviewed)
        data = review_to_bytes(review)
        path = inbox / f"review-{i:02d}.prreview"
        write_container(path, kind=PACKAGE, sender=keys, sender_name=name, sender_role="member",
                        recipient=coordinator_keys.public, round_uid=payload.round_uid, revision=1,
                        entries=[Outgoing("review.json", lambda d=data: d)])  # fmt: skip
        files.append(path)
    identity_file = root / "coordinator.key"
    identity_file.write_text(coordinator_keys.encryption_identity + "\n")
    age_s = best_of(3, lambda: [_age_decrypt(identity_file, f) for f in files])
    start = time.perf_counter()
    result = review_packages.import_packages(coordinator, files)
    import_s = time.perf_counter() - start
    assert result.count(Fate.ACCEPTED) == PACKAGES, [f.why for f in result.fates if f.why]
    size = sum(f.stat().st_size for f in files)

    print(f"export: review of {CASES} cases, {answers} answers, {exported.path.stat().st_size // 1024} KiB")
    print(f"  export_review          {export_s * 1000:8.1f} ms  target < 1000 ms  "
          f"{'OK' if export_s < 1 else 'OVER'}")  # fmt: skip
    print(f"  json.dumps of answers  {json_s * 1000:8.1f} ms  export is {export_s / json_s:5.1f}x")
    print(f"  review_to_bytes        {canonical_s * 1000:8.1f} ms  export is {export_s / canonical_s:5.1f}x")
    print(f"import: {PACKAGES} packages x {PER_MEMBER} cases, {size // 1024} KiB in all")
    print(f"  import_packages        {import_s * 1000:8.1f} ms  target < 1500 ms  "
          f"{'OK' if import_s < 1.5 else 'OVER'}")  # fmt: skip
    print(f"  age -d, each file      {age_s * 1000:8.1f} ms  import is {import_s / age_s:5.1f}x")
    member.close()
    coordinator.close()


if __name__ == "__main__":
    main()
