"""A whole round between a coordinator and three members, each on their own encrypted profile.

Everything real: cards, packs and packages signed with Ed25519 and encrypted with age,
read back by the other side's services. Nothing is shared but the files.
"""

from __future__ import annotations

import re
from collections import Counter

import pytest

from desktop.core.clock import utc_now
from desktop.services import assignment_packs, coordinator_rounds, review, review_packages, roster, rounds
from desktop.services.assignment_packs import CoordinatorStatus
from desktop.services.refusals import Refusal, Refused
from desktop.services.review import CaseWithdrawn
from desktop.services.review_packages import Fate
from tests.services.exchange_world import enrolled_world, round_with_packs, write_case_list


@pytest.fixture
def world(tmp_path):
    w = enrolled_world(tmp_path)
    yield w
    w.close()


def _pack_for(world, folder, name):
    """The member's pack in `folder`, found by their number in the round, which their
    first pack's name gave and every later one keeps (file names carry no names)."""
    number = re.search(r"-M\d+-", world.packs[name].name).group()
    (path,) = [p for p in folder.iterdir() if number in p.name]
    return path


def _take_pack(db, path):
    preview = assignment_packs.preview_pack(db, path)
    return assignment_packs.import_pack(db, path, confirmed_fingerprint=preview.fingerprint)


def test_auto_assign_balances_and_never_gives_a_conflicted_case(world) -> None:
    round_with_packs(world, cases=6, k=2, conflicts={1: "Aled Jones", 4: "Aled Jones"})
    grid = coordinator_rounds.assignment_grid(world.coordinator, world.round_id)
    assert not grid.assigned & grid.conflicted
    per_case = Counter(case for case, _member in grid.assigned)
    assert set(per_case.values()) == {2} and len(per_case) == 6
    load = Counter(member for _case, member in grid.assigned).values()
    assert max(load) - min(load) <= 1
    aled = next(m[0] for m in grid.members if m[1] == "Aled Jones")
    case_ids = [c[0] for c in grid.cases]
    assert (case_ids[0], aled) in grid.conflicted and (case_ids[3], aled) in grid.conflicted


def test_a_round_goes_out_and_every_review_comes_back(world) -> None:
    packs = round_with_packs(world, cases=4, k=2)
    names = sorted(p.name for p in packs.glob("*.prpack"))
    today = utc_now()
    year, quarter = today.year, (today.month - 1) // 3 + 1
    assert names == [f"HC-{year}Q{quarter}-pack-M0{n}-r2.prpack" for n in (1, 2, 3)], names  # r1: as made
    returned = []
    for name, db in world.members.items():
        path = _pack_for(world, packs, name)
        preview = assignment_packs.preview_pack(db, path)
        assert preview.status is CoordinatorStatus.NEW and preview.coordinator == "Olwen Price (OPCC)"
        with pytest.raises(Refused) as refused:
            assignment_packs.import_pack(db, path)  # never taken on trust
        assert refused.value.refusal is Refusal.NOT_CONFIRMED
        taken = assignment_packs.import_pack(db, path, confirmed_fingerprint=preview.fingerprint)
        assert taken.added == preview.cases > 0
        assert assignment_packs.import_pack(db, path).unchanged  # pinned now; twice changes nothing
        (round_row,) = rounds.list_rounds(db)
        first = rounds.list_cases(db, round_row.id)[0]
        assert [d.title for d in review.case_documents(db, first.id)] == [
            f"case{first.reference[-1]}-log",
            f"case{first.reference[-1]}-form",
        ]
        review.save_answer(db, first.id, "hostility_recorded", "no")
        review.save_note(db, first.id, "hostility_recorded", f"{name}: the log does not say why.")
        sent = review_packages.export_review(db, round_row.id, world.root / "outbox")
        assert sent.revision == 1 and sent.summary.incomplete
        assert sent.path.name == path.name.replace("-pack-", "-review-").replace("-r2.prpack", "-r1.prreview")
        returned.append(sent.path)

    result = review_packages.import_packages(world.coordinator, returned)
    assert [f.fate for f in result.fates] == [Fate.ACCEPTED] * 3, [f.why for f in result.fates]
    again = review_packages.import_packages(world.coordinator, returned)
    assert [f.fate for f in again.fates] == [Fate.DUPLICATE] * 3
    status = review_packages.round_status(world.coordinator, world.round_id)
    assert sorted(m.revision for m in status) == [1, 1, 1]
    assert sum(m.assigned for m in status) == 8


def test_a_later_review_supersedes_and_an_older_one_never_overwrites(world) -> None:
    packs = round_with_packs(world, cases=3, k=1)
    db = world.members["Aled Jones"]
    _take_pack(db, _pack_for(world, packs, "Aled Jones"))
    (round_row,) = rounds.list_rounds(db)
    first = review_packages.export_review(db, round_row.id, world.root / "out")
    second = review_packages.export_review(db, round_row.id, world.root / "out")
    assert second.revision == 2
    fates = review_packages.import_packages(world.coordinator, [second.path, first.path]).fates
    assert [f.fate for f in fates] == [Fate.ACCEPTED, Fate.SUPERSEDED]


def test_a_revoked_member_is_refused_later_and_earlier_reviews_stay(world) -> None:
    packs = round_with_packs(world, cases=3, k=1)
    db = world.members["Ceri Hughes"]
    _take_pack(db, _pack_for(world, packs, "Ceri Hughes"))
    (round_row,) = rounds.list_rounds(db)
    first = review_packages.export_review(db, round_row.id, world.root / "out")
    assert review_packages.import_packages(world.coordinator, [first.path]).fates[0].fate is Fate.ACCEPTED
    ceri = next(m for m in roster.list_roster(world.coordinator) if m.name == "Ceri Hughes")
    roster.revoke(world.coordinator, ceri.id)
    later = review_packages.export_review(db, round_row.id, world.root / "out")
    (fate,) = review_packages.import_packages(world.coordinator, [later.path]).fates
    assert (fate.fate, fate.refusal) == (Fate.REJECTED, Refusal.REVOKED.value)
    status = {m.member: m for m in review_packages.round_status(world.coordinator, world.round_id)}
    assert status["Ceri Hughes"].revision == 1


def test_a_new_revision_adds_and_withdraws_cases_without_losing_an_answer(world) -> None:
    packs = round_with_packs(world, cases=3, k=1)
    db = world.members["Aled Jones"]
    _take_pack(db, _pack_for(world, packs, "Aled Jones"))
    (round_row,) = rounds.list_rounds(db)
    (mine,) = rounds.list_cases(db, round_row.id)
    review.save_answer(db, mine.id, "hostility_recorded", "yes")

    grid = coordinator_rounds.assignment_grid(world.coordinator, world.round_id)
    aled = next(m[0] for m in grid.members if m[1] == "Aled Jones")
    (old_case,) = [c for c, m in grid.assigned if m == aled]
    new_case = next(c[0] for c in grid.cases if c[0] != old_case)
    coordinator_rounds.set_assigned(world.coordinator, old_case, aled, False)
    coordinator_rounds.set_assigned(world.coordinator, new_case, aled, True)
    out = world.root / "packs2"
    out.mkdir()
    assignment_packs.export_packs(world.coordinator, world.round_id, out)

    taken = assignment_packs.import_pack(db, _pack_for(world, out, "Aled Jones"))
    assert (taken.added, taken.withdrawn) == (1, 1)
    kept = review.open_case(db, mine.id)
    assert kept.answers["hostility_recorded"].value == "yes" and kept.case.withdrawn
    with pytest.raises(CaseWithdrawn):  # kept, but read-only
        review.save_answer(db, mine.id, "hostility_recorded", "no")
    older = assignment_packs.preview_pack(db, _pack_for(world, packs, "Aled Jones"))
    with pytest.raises(Refused) as refused:
        assignment_packs.import_pack(
            db, _pack_for(world, packs, "Aled Jones"), confirmed_fingerprint=older.fingerprint
        )
    assert refused.value.refusal is Refusal.OLDER_REVISION


def test_a_member_profile_cannot_enrol_cards(world) -> None:
    from desktop.services import identity
    from desktop.services.identity import NotACoordinator

    aled, bethan = world.members["Aled Jones"], world.members["Bethan Evans"]
    card = world.root / "bethan-again.prcard"
    identity.export_card(bethan, card)
    with pytest.raises(NotACoordinator):
        roster.enrol(aled, card, confirmed=True)
    assert roster.list_roster(aled) == []


def test_a_member_whose_every_case_is_withdrawn_still_gets_a_pack(world) -> None:
    packs = round_with_packs(world, cases=3, k=1)
    db = world.members["Aled Jones"]
    taken = _take_pack(db, _pack_for(world, packs, "Aled Jones"))
    grid = coordinator_rounds.assignment_grid(world.coordinator, world.round_id)
    aled = next(m[0] for m in grid.members if m[1] == "Aled Jones")
    for case_id, member in grid.assigned:
        if member == aled:
            coordinator_rounds.set_assigned(world.coordinator, case_id, aled, False)
    out = world.root / "packs2"
    exported = assignment_packs.export_packs(world.coordinator, world.round_id, out)
    assert ("Aled Jones", 0) in [(p.member, p.cases) for p in exported.packs]
    again = assignment_packs.import_pack(db, _pack_for(world, out, "Aled Jones"))
    assert (again.added, again.withdrawn) == (0, taken.added)
    assert all(c.withdrawn for c in rounds.list_cases(db, again.round_id))


def test_an_export_clears_what_a_killed_export_left_but_not_a_running_one(world, tmp_path) -> None:
    import os
    import time

    out = tmp_path / "outbox"
    out.mkdir()
    stale = out / "q3-aled-jones-r1.prpack.partial-1a2b3c4d"
    fresh = out / "q3-bethan-evans-r1.prpack.partial-5e6f7a8b"
    other = out / "notes.txt.partial-99999999"
    for path in (stale, fresh, other):
        path.write_bytes(b"half a pack")
    two_hours_ago = time.time() - 7200
    os.utime(stale, (two_hours_ago, two_hours_ago))
    os.utime(other, (two_hours_ago, two_hours_ago))
    round_with_packs(world, cases=2, k=1)
    assignment_packs.export_packs(world.coordinator, world.round_id, out)
    assert not stale.exists() and fresh.exists() and other.exists()


def test_answers_to_questions_hidden_by_skip_logic_do_not_travel(world) -> None:
    from desktop.services.review_packages import received_answers

    packs = round_with_packs(world, cases=1, k=1)
    (name,) = world.packs
    db = world.members[name]
    _take_pack(db, _pack_for(world, packs, name))
    (round_row,) = rounds.list_rounds(db)
    (case,) = rounds.list_cases(db, round_row.id)
    review.save_answer(db, case.id, "risk_assessment_evidenced", "yes")
    review.save_answer(db, case.id, "risk_level", "high")  # shown while the assessment is evidenced
    review.save_answer(db, case.id, "risk_assessment_evidenced", "no")  # now hidden, still stored
    assert review.open_case(db, case.id).answers["risk_level"].value == "high"
    sent = review_packages.export_review(db, round_row.id, world.root / "out")
    assert review_packages.import_packages(world.coordinator, [sent.path]).fates[0].fate is Fate.ACCEPTED
    got = received_answers(world.coordinator, world.round_id)
    questions = {a.question for a in got}
    assert "risk_assessment_evidenced" in questions and "risk_level" not in questions


def test_a_second_round_of_the_checklist_in_the_quarter_is_numbered_and_a_number_stays(world) -> None:
    packs = round_with_packs(world, cases=2, k=1)
    before = {p.name for p in packs.iterdir()}
    (code,) = {name.split("-pack-")[0] for name in before}
    csv_path, docs = write_case_list(world.root / "input-2", 2)
    made = coordinator_rounds.create_round(
        world.coordinator, csv_path, docs, title="Q3 again", template_id="hate-crime"
    )
    world.round_id = made.round_id
    coordinator_rounds.auto_assign(world.coordinator, made.round_id, 1)
    assignment_packs.export_packs(world.coordinator, made.round_id, packs)  # into the same folder
    second = {p.name for p in packs.iterdir()} - before
    assert {name.split("-pack-")[0] for name in second} == {f"{code}-2"} and len(second) == 2
    out = world.root / "again"
    assignment_packs.export_packs(world.coordinator, world.round_id, out)
    again = sorted(p.name for p in out.iterdir())
    assert again == sorted(name.replace("-r2.", "-r3.") for name in second)  # each keeps its number


def test_a_round_and_its_conflicts_of_interest_are_stored_together_or_not_at_all(world) -> None:
    """The database refuses the conflicts (a trigger stands in for a disk that fails at
    that moment): no round is left without the conflicts that keep a member off a case."""
    from tests.services.report_world import dump

    db = world.coordinator
    csv_path, docs = write_case_list(world.root / "input", 3, conflicts={2: "Aled Jones"})
    with db.engine.begin() as conn:
        conn.exec_driver_sql(
            "CREATE TRIGGER refuse_conflicts BEFORE INSERT ON conflict "
            "BEGIN SELECT RAISE(ABORT, 'the disk failed'); END"
        )
    before = dump(db)
    with pytest.raises(Exception, match="the disk failed"):
        coordinator_rounds.create_round(db, csv_path, docs, title="Q3", template_id="hate-crime")
    assert dump(db) == before and rounds.list_rounds(db) == []
