"""Trends across rounds: the demo's two quarters compared, each round's numbers checked
against the round's own criteria counts; the recurring rule; a renamed question followed
from one template version to the next."""

from __future__ import annotations

import json
from typing import Any

import pytest

from desktop.core.template import TemplateError, parse_template
from desktop.core.trends import Point, QuestionTrend, Recurring, recurring, since_last, trend_keys
from desktop.services import finding_links, findings, observations, rounds, trends
from desktop.services.demo_coordinator import TITLE, create_demo_coordinator
from desktop.services.demo_earlier import EARLIER_TITLE
from desktop.services.finding_links import LinkedFinding
from desktop.services.templates import load_bundled_template_text


def _template_data() -> dict[str, Any]:
    _template, body = load_bundled_template_text("hate-crime")
    data: dict[str, Any] = json.loads(body)
    return data


def _renamed(data: dict[str, Any], old: str, new: str, version: int) -> dict[str, Any]:
    data = json.loads(json.dumps(data))
    data["version"] = version
    for section in data["sections"]:
        for q in section["questions"]:
            if q["id"] == old:
                q["id"], q["continues"] = new, [old]
            shown = q.get("shown_if")
            if shown and shown["question"] == old:
                shown["question"] = new
    return data


def test_a_renamed_question_continues_its_earlier_id_through_every_version() -> None:
    v1 = parse_template(_template_data())
    v2 = parse_template(_renamed(_template_data(), "hcso_contact_in_time", "hcso_first_contact", 98))
    v3 = parse_template(
        _renamed(
            _renamed(_template_data(), "hcso_contact_in_time", "hcso_first_contact", 98),
            "hcso_first_contact",
            "hcso_contact",
            99,
        )
    )
    keys = trend_keys([v1, v2, v3])
    assert keys[0]["hcso_contact_in_time"] == "hcso_contact"
    assert keys[1]["hcso_first_contact"] == "hcso_contact"
    assert keys[2]["hcso_contact"] == "hcso_contact"
    assert keys[0]["data_quality"] == keys[2]["data_quality"] == "data_quality"  # same id, same question


def test_a_mapping_that_cannot_be_followed_is_refused_with_the_field() -> None:
    twice = _renamed(_template_data(), "hcso_contact_in_time", "hcso_first_contact", 98)
    for section in twice["sections"]:
        for q in section["questions"]:
            if q["id"] == "hcso_contact_method":
                q["continues"] = ["hcso_contact_in_time"]
    with pytest.raises(TemplateError, match="already continued by 'hcso_first_contact'"):
        parse_template(twice)
    own = _template_data()
    own["sections"][0]["questions"][0]["continues"] = ["flag_correct"]
    with pytest.raises(TemplateError, match="'flag_correct' is still a question of this version"):
        parse_template(own)
    bad = _template_data()
    bad["sections"][0]["questions"][0]["continues"] = "flag_correct"
    with pytest.raises(TemplateError, match="continues: must be a list"):
        parse_template(bad)


def _point(short: int, met: int = 5) -> Point:
    return Point("q", {"yes": met, "no": short}, met, short, met + short)


def test_a_finding_recurs_when_short_in_two_of_the_last_four_rounds_the_latest_among_them() -> None:
    question = parse_template(_template_data()).question("hcso_contact_in_time")

    def rule(*shorts: int | None) -> Recurring | None:
        return recurring(QuestionTrend(question, tuple(None if s is None else _point(s) for s in shorts)))

    found = rule(1, 0, 2, 1)
    assert found is not None and (found.short_in, found.of_rounds) == (3, 4)
    assert rule(2, 1, 0, 0, 0) is None  # not short now: it has stopped
    assert rule(0, 0, 0, 1) is None  # once is not recurring
    assert rule(3, 0, 0, 0, 1) is None  # the fifth round back is outside the window
    found = rule(1, None, 1)
    assert found is not None and (found.short_in, found.of_rounds) == (2, 2)  # a round that did not ask it
    choice = parse_template(_template_data()).question("classification_correct")
    assert recurring(QuestionTrend(choice, (_point(1), _point(1)))) is None  # no standard to fall short of


def test_the_demo_compares_both_quarters_with_each_rounds_own_counts(tmp_path) -> None:
    db = create_demo_coordinator(tmp_path / "office", earlier_quarter=True)
    try:
        by_title = {r.title: r.id for r in rounds.list_rounds(db)}
        assert set(by_title) == {EARLIER_TITLE, TITLE}
        trend = trends.round_trend(db, by_title[TITLE])
        assert [r.label for r in trend.rounds] == [EARLIER_TITLE, TITLE]
        for compared, rid in zip(trend.rounds, (by_title[EARLIER_TITLE], by_title[TITLE]), strict=True):
            own = findings.round_findings(db, rid)
            for q in trend.questions:
                point = q.points[trend.rounds.index(compared)]
                assert point is not None and point.counts == dict(own.counts(q.question.id))
        hcso = next(q for q in trend.questions if q.question.id == "hcso_contact_in_time")
        assert [p.short for p in hcso.points if p] == [3, 2]
        (late,) = [r for r in trend.recurring() if r.question.id == "hcso_contact_in_time"]
        assert (late.short_in, late.of_rounds) == (2, 2)
        changes = {c.question.id: c.direction for c in since_last(trend)}
        assert changes["victim_contract"] == 1 and changes["flag_correct"] == 1
        assert changes["data_quality"] == 1 and changes["updates_in_line"] == 1
        (late, _mavis) = observations.list_observations(db, by_title[TITLE])  # it answers the recurring one
        assert finding_links.observation_links(db, late.observation_id) == [
            LinkedFinding("hcso_contact_in_time", None)
        ]
        alone = trends.round_trend(db, by_title[EARLIER_TITLE])  # the earlier round has nothing before it
        assert [r.label for r in alone.rounds] == [EARLIER_TITLE] and since_last(alone) == []
    finally:
        db.close()
