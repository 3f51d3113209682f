"""An observation or a recommendation linked to the findings it answers: stored in the
real encrypted profile, replaced as a set, and refused in plain words (nothing changed)
when a question is not in the checklist."""

from __future__ import annotations

import pytest

from desktop.services import finding_links, observations, recommendations, rounds
from desktop.services.demo_coordinator import TITLE, create_demo_coordinator
from desktop.services.demo_earlier import EARLIER_TITLE
from desktop.services.entry_problems import EntryRefused
from desktop.services.finding_links import LinkedFinding
from tests.services.hostile_world import dump


@pytest.fixture(scope="module")
def office(tmp_path_factory):
    db = create_demo_coordinator(tmp_path_factory.mktemp("links") / "office", earlier_quarter=True)
    yield db, {r.title: r.id for r in rounds.list_rounds(db)}
    db.close()


def test_an_observation_answers_a_finding_of_its_round_and_one_that_recurs(office) -> None:
    db, by_title = office
    (late, _mavis) = observations.list_observations(db, by_title[TITLE])
    links = [
        LinkedFinding("hcso_contact_in_time", None),
        LinkedFinding("hcso_contact_in_time", by_title[EARLIER_TITLE]),
    ]
    changes = finding_links.link_observation(db, late.observation_id, links)
    assert changes.observations
    assert finding_links.observation_links(db, late.observation_id) == links
    finding_links.link_observation(
        db, late.observation_id, [LinkedFinding("data_quality", None)]
    )  # the set is replaced
    assert finding_links.observation_links(db, late.observation_id) == [LinkedFinding("data_quality", None)]


def test_a_recommendation_is_linked_without_a_round(office) -> None:
    db, _by_title = office
    (carried,) = recommendations.list_recommendations(db)
    finding_links.link_recommendation(
        db, carried.recommendation_id, [LinkedFinding("hcso_contact_in_time", None)]
    )
    assert finding_links.recommendation_links(db, carried.recommendation_id) == [
        LinkedFinding("hcso_contact_in_time", None)
    ]


def test_a_question_not_in_the_checklist_is_refused_and_nothing_changes(office) -> None:
    db, by_title = office
    (late, _mavis) = observations.list_observations(db, by_title[TITLE])
    finding_links.link_observation(db, late.observation_id, [LinkedFinding("flag_correct", None)])
    before = dump(db)
    with pytest.raises(EntryRefused) as refused:
        finding_links.link_observation(
            db, late.observation_id, [LinkedFinding("hcso_late", None), LinkedFinding("flag_correct", None)]
        )
    assert refused.value.explain("en") == (
        "A finding can only be linked by a question of the round's checklist; hcso_late is not one."
    )
    assert refused.value.explain("cy").startswith("Dim ond drwy gwestiwn o restr wirio'r cylch")
    assert dump(db) == before
