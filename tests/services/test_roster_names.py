"""Member cards whose name would not read as written are refused; a card whose name looks
like an enrolled member's is held until the coordinator has seen both fingerprints."""

from __future__ import annotations

from pathlib import Path

import pytest

from desktop.core.display_names import NameProblem, NameRefused
from desktop.exchange.card import write_card
from desktop.exchange.keys import generate_keys
from desktop.services import roster
from desktop.services.refusals import Refusal, why_not
from desktop.services.roster import SameName
from tests.services.exchange_world import make_profile
from tests.services.hostile_world import dump


@pytest.fixture
def coordinator(tmp_path: Path):
    db = make_profile(tmp_path / "coordinator", "Olwen Price (OPCC)", "coordinator")
    yield db
    db.close()


def card_named(folder: Path, name: str, file: str) -> Path:
    """A real, correctly signed member card carrying `name` exactly as given."""
    path = folder / file
    write_card(path, generate_keys(), name, "member")
    return path


@pytest.mark.parametrize(
    ("name", "problem", "welsh"),
    [
        ("\u202eseno\u2066J nnA", NameProblem.DIRECTION, "nod cudd"),
        ("\u200b\u200b\u200b", NameProblem.EMPTY, "y gellir ei weld"),
        ("Ann\u200dJones", NameProblem.INVISIBLE, "nod anweledig"),
    ],
)
def test_a_card_whose_name_would_not_read_as_written_is_refused_and_nothing_changes(
    coordinator, tmp_path: Path, name: str, problem: NameProblem, welsh: str
) -> None:
    card = card_named(tmp_path, name, "hidden.prcard")
    before = dump(coordinator)
    with pytest.raises(NameRefused) as caught:
        roster.enrol(coordinator, card, confirmed=True)
    assert caught.value.problem is problem
    assert welsh in why_not(caught.value, "cy")
    assert why_not(caught.value, "en") != why_not(caught.value, "cy")
    assert dump(coordinator) == before
    assert roster.list_roster(coordinator) == []


@pytest.mark.parametrize("second", ["Ann Jones", "ANN  JONES", "\u0410nn Jones", "Ann J\u043enes"])
def test_a_second_card_with_a_look_alike_name_asks_first(coordinator, tmp_path: Path, second: str) -> None:
    first = roster.enrol(coordinator, card_named(tmp_path, "Ann Jones", "ann.prcard"), confirmed=True)
    other = card_named(tmp_path, second, "other.prcard")
    before = dump(coordinator)
    with pytest.raises(SameName) as caught:
        roster.enrol(coordinator, other)
    assert caught.value.refusal is Refusal.SAME_NAME
    assert caught.value.enrolled == (first.member,)
    assert caught.value.card.fingerprint != first.member.fingerprint
    assert roster.lookalikes(coordinator, roster.preview_card(other)) == (first.member,)
    assert dump(coordinator) == before, "asking changes nothing"

    enrolled = roster.enrol(coordinator, other, same_name_ok=True)
    assert enrolled.new and enrolled.member.name == second
    assert [m.name for m in roster.list_roster(coordinator)].count(second) >= 1
    assert len(roster.list_roster(coordinator)) == 2


def test_different_names_and_the_same_card_again_do_not_ask(coordinator, tmp_path: Path) -> None:
    ann = card_named(tmp_path, "Ann Jones", "ann.prcard")
    roster.enrol(coordinator, ann)
    assert roster.enrol(coordinator, card_named(tmp_path, "Anne Jones", "anne.prcard")).new
    again = roster.enrol(coordinator, ann)
    assert not again.new
    assert roster.lookalikes(coordinator, roster.preview_card(ann)) == ()
