"""Finding sentences in templates (issue 8): the panel's finding on each question in its own voice."""

from __future__ import annotations

import copy
import json
import re
from collections.abc import Callable
from typing import Any

import pytest

from desktop.core.findings_text import (
    answers_list,
    finding_sentence,
    hours_finding,
    template_hours_finding,
)
from desktop.core.template import (
    HOURS_KEYS,
    LANGUAGES,
    UNABLE_TO_AGREE,
    Question,
    TemplateError,
    parse_template,
)
from desktop.paths import templates_dir
from desktop.services.templates import load_bundled_template

BUNDLED = ["hate-crime", "out-of-court-disposal", "stop-and-search"]
SENTENCE_START = {
    "en": ("Members ", "Overall, members "),
    "cy": ("Roedd yr aelodau", "Canfu'r aelodau", "Teimlai'r aelodau", "Nododd yr aelodau",
           "Ni allai'r aelodau", "Ystyriodd yr aelodau", "Yn gyffredinol, roedd"),
}  # fmt: skip


def shipped_doc(template_id: str = "hate-crime") -> dict[str, Any]:
    return json.loads((templates_dir() / f"{template_id}.json").read_text(encoding="utf-8"))


def question(doc: dict[str, Any], qid: str) -> dict[str, Any]:
    return next(q for s in doc["sections"] for q in s["questions"] if q["id"] == qid)


def error_of(doc: Any) -> str:
    with pytest.raises(TemplateError) as caught:
        parse_template(doc, "test.json")
    return str(caught.value)


def without_findings(doc: dict[str, Any]) -> dict[str, Any]:
    """The document as a version-2 template was: no finding sentences anywhere."""
    doc = copy.deepcopy(doc)
    for section in doc["sections"]:
        for q in section["questions"]:
            q.pop("findings", None)
            q.pop("hours_findings", None)
    return doc


def expected_keys(q: Question) -> set[str]:
    if q.kind == "multi":
        return {"any", UNABLE_TO_AGREE}
    return {c.code for c in q.choices} | {UNABLE_TO_AGREE}


# The shipped sentences


@pytest.mark.parametrize("template_id", BUNDLED)
def test_every_non_text_question_has_a_sentence_for_every_finding(template_id: str) -> None:
    template = load_bundled_template(template_id)
    assert template.version == 4  # 4 added criterion labels; the sentences came with 3
    assert shipped_doc(template_id)["welsh_review"] == "awaiting review by a first-language Welsh speaker"
    for q in template.questions:
        if q.kind == "text":
            assert not q.findings and not q.hours_findings, q.id
            continue
        assert set(q.findings) == expected_keys(q), q.id
        for key, text in q.findings.items():
            for lang in LANGUAGES:
                sentence = text.get(lang)
                assert sentence.strip() == sentence and sentence.endswith("."), (q.id, key, lang)
                assert sentence.startswith(SENTENCE_START[lang]), (q.id, key, lang, sentence)
            assert text.cy != text.en, f"{q.id}.{key}: the Welsh is a copy of the English"
        assert bool(q.hours_findings) is q.hours, q.id


@pytest.mark.parametrize("template_id", BUNDLED)
def test_the_welsh_sentences_have_no_english_left_in_them(template_id: str) -> None:
    english_only = re.compile(r"\b(Members|members|the|was|were|had|been|not|whether|that|and)\b")
    template = load_bundled_template(template_id)
    for q in template.questions:
        for key, text in {**q.findings, **q.hours_findings}.items():
            assert not english_only.search(text.cy), f"{q.id}.{key}: {text.cy}"


@pytest.mark.parametrize("template_id", BUNDLED)
def test_every_finding_is_a_different_sentence(template_id: str) -> None:
    """No two answers of a question read the same, in either language (bar na's fixed sentence)."""
    for q in load_bundled_template(template_id).questions:
        for lang in LANGUAGES:
            sentences = [t.get(lang) for t in q.findings.values()]
            assert len(set(sentences)) == len(sentences), (q.id, lang)


def test_the_seed_report_voice() -> None:
    risk = load_bundled_template("hate-crime").question("risk_identified")
    assert finding_sentence(risk, "yes", "en") == (
        "Members were satisfied that the risk had been identified correctly and dealt with appropriately."
    )
    assert finding_sentence(risk, "unable_to_agree", "en") == (
        "Members were unable to agree whether the risk had been identified correctly"
        " and dealt with appropriately."
    )
    assert finding_sentence(risk, "yes", "cy") == (
        "Roedd yr aelodau'n fodlon bod y risg wedi'i nodi'n gywir a'i rheoli'n briodol."
    )
    assert finding_sentence(risk, "na", "en") == "Members considered this not applicable to the case."
    assert finding_sentence(risk, "unclear", "cy") == (
        "Ni allai'r aelodau ddweud o'r ffeil a gafodd y risg ei nodi'n gywir a'i rheoli'n briodol."
    )


def test_a_code_named_unable_to_agree_shares_the_panels_sentence() -> None:
    """out-of-court-disposal's rating offers "4 Unable to agree": one sentence serves both."""
    rating = load_bundled_template("out-of-court-disposal").question("disposal_rating")
    assert list(rating.findings) == [
        "appropriate", "appropriate_with_observations", "inappropriate", UNABLE_TO_AGREE,
    ]  # fmt: skip
    assert "unable to agree" in (finding_sentence(rating, UNABLE_TO_AGREE, "en") or "")


# Filling the placeholders


def test_a_multi_question_lists_its_answers() -> None:
    strands = load_bundled_template("hate-crime").question("strands_recorded")
    answers = answers_list(strands, ["disability", "race"], "en")
    assert answers == "Race, Disability"  # in the question's order, not the order given
    assert finding_sentence(strands, "any", "en", answers=answers) == (
        "Members noted that the hate strands recorded were: Race, Disability."
    )
    welsh = answers_list(strands, ["race", "disability"], "cy")
    assert finding_sentence(strands, "any", "cy", answers=welsh) == (
        "Nododd yr aelodau mai'r llinynnau casineb a gofnodwyd oedd: Hil, Anabledd."
    )
    with pytest.raises(KeyError, match="does not offer"):
        answers_list(strands, ["race", "cats"], "en")


def test_a_placeholder_without_a_value_is_a_mistake_not_a_blank() -> None:
    strands = load_bundled_template("hate-crime").question("strands_recorded")
    with pytest.raises(ValueError, match=re.escape("needs a value for {answers}")):
        finding_sentence(strands, "any", "en")


def test_a_key_the_question_does_not_have_is_refused() -> None:
    risk = load_bundled_template("hate-crime").question("risk_identified")
    with pytest.raises(KeyError, match="no finding sentence for 'green'"):
        finding_sentence(risk, "green", "en")


@pytest.mark.parametrize(
    ("hours", "key"), [(0, "within"), (12, "within"), (48, "within"), (49, "outside"), (200, "outside")]
)
def test_hours_against_the_force_standard(hours: int, key: str) -> None:
    template = load_bundled_template("hate-crime")
    contact = template.question("hcso_contact_in_time")
    standard = template.settings["hcso_standard_hours"]
    en = hours_finding(contact, hours, standard, "en")
    cy = hours_finding(contact, hours, standard, "cy")
    assert en == contact.hours_findings[key].en.format(hours=hours, standard=48)
    assert cy == contact.hours_findings[key].cy.format(hours=hours, standard=48)
    assert f"{hours} hours after" in (en or "") and "standard of 48 hours" in (en or "")
    assert f"{hours} awr ar ôl" in (cy or "") and "safon 48 awr yr heddlu" in (cy or "")
    assert ("within" in (en or "")) is (key == "within")
    assert template_hours_finding(template, contact, hours, "en") == en


def test_a_stricter_standard_changes_the_finding() -> None:
    contact = load_bundled_template("hate-crime").question("hcso_contact_in_time")
    assert "outside the force standard of 24 hours" in (hours_finding(contact, 30, 24, "en") or "")
    with pytest.raises(ValueError, match="cannot be negative"):
        hours_finding(contact, -1, 48, "en")


def test_a_question_without_hours_sentences_gives_none() -> None:
    template = load_bundled_template("hate-crime")
    assert hours_finding(template.question("risk_identified"), 10, 48, "en") is None


# Version-2 templates: no sentences, still valid


@pytest.mark.parametrize("template_id", BUNDLED)
def test_a_template_without_findings_still_loads(template_id: str) -> None:
    doc = without_findings(shipped_doc(template_id))
    doc["version"] = 2
    template = parse_template(doc, "frozen.json")
    for q in template.questions:
        assert (dict(q.findings), dict(q.hours_findings)) == ({}, {})
        if q.kind != "text":
            key = "any" if q.kind == "multi" else q.choices[0].code
            assert finding_sentence(q, key, "en", answers="Race") is None
        if q.hours:
            assert hours_finding(q, 10, 48, "cy") is None


def test_the_version_2_text_in_git_still_loads() -> None:
    """A round frozen with a version-2 template stores that text; it must keep parsing."""
    doc = without_findings(shipped_doc())
    doc["version"] = 2
    assert parse_template(json.loads(json.dumps(doc)), "round.json").key == "hate-crime@2"


def test_a_question_may_carry_findings_on_its_own() -> None:
    """Findings are per question: some questions with sentences and others without is valid."""
    doc = without_findings(shipped_doc())
    question(doc, "risk_identified")["findings"] = shipped_doc()["sections"][1]["questions"][0]["findings"]
    template = parse_template(doc)
    assert template.question("risk_identified").findings
    assert not template.question("flag_correct").findings


# One plain message for each malformed finding

RI = "sections[1].questions[0] (risk_identified).findings"
SI = "sections[0].questions[0] (strands_recorded).findings"
HC = "sections[2].questions[1] (hcso_contact_in_time)"
HCQ, HF = "hcso_contact_in_time", "hours_findings"


def _edit(qid: str, change: Callable[[dict[str, Any]], None]) -> Callable[[dict[str, Any]], None]:
    def apply(doc: dict[str, Any]) -> None:
        change(question(doc, qid))

    return apply


def _finding(qid: str, key: str, value: Any, field: str = "findings") -> Callable[[dict[str, Any]], None]:
    def change(q: dict[str, Any]) -> None:
        q[field][key] = value

    return _edit(qid, change)


def _drop(qid: str, key: str, field: str = "findings") -> Callable[[dict[str, Any]], None]:
    return _edit(qid, lambda q: q[field].pop(key))


def _welsh(qid: str, key: str, value: Any, field: str = "findings") -> Callable[[dict[str, Any]], None]:
    def change(q: dict[str, Any]) -> None:
        if value is None:
            del q[field][key]["cy"]
        else:
            q[field][key]["cy"] = value

    return _edit(qid, change)


def _no_settings(doc: dict[str, Any]) -> None:
    del doc["settings"]


MALFORMED: list[tuple[str, Callable[[dict[str, Any]], None], str]] = [
    ("unknown code", _finding("risk_identified", "maybe", {"en": "A.", "cy": "B."}),
     f"{RI}: names answers the question does not have: ['maybe']"),
    ("missing code", _drop("risk_identified", "partly"),
     f"{RI}: must give a sentence for every answer and for unable_to_agree; missing: ['partly']"),
    ("missing unable_to_agree", _drop("risk_identified", "unable_to_agree"),
     f"{RI}: must give a sentence for every answer and for unable_to_agree; missing: ['unable_to_agree']"),
    ("multi with a per-code sentence", _finding("strands_recorded", "race", {"en": "A.", "cy": "B."}),
     f"{SI}: names answers the question does not have: ['race'] (allowed: 'any' and 'unable_to_agree')"),
    ("multi without any", _drop("strands_recorded", "any"),
     f"{SI}: must give a sentence for every answer and for unable_to_agree; missing: ['any']"),
    ("missing Welsh", _welsh("risk_identified", "yes", None),
     f"{RI}.yes.cy: must be non-empty text"),
    ("blank Welsh", _welsh("risk_identified", "no", "  "),
     f"{RI}.no.cy: must be non-empty text"),
    ("missing English", _finding("risk_identified", "yes", {"cy": "Roedd."}),
     f"{RI}.yes.en: must be non-empty text"),
    ("sentence not bilingual", _finding("risk_identified", "yes", "Members were satisfied."),
     f"{RI}.yes: must be an object"),
    ("findings not an object", _edit("risk_identified", lambda q: q.update(findings=["yes"])),
     f"{RI}: must be an object"),
    ("placeholder not allowed", _finding("risk_identified", "yes", {"en": "Said {answers}.", "cy": "B."}),
     f"{RI}.yes.en: uses the placeholder {{answers}}; allowed here: none"),
    ("attribute access refused", _welsh("strands_recorded", "any", "Nododd {answers.__class__}."),
     f"{SI}.any.cy: uses the placeholder {{answers.__class__}}; allowed here: {{answers}}"),
    ("unknown placeholder in multi", _welsh("strands_recorded", "any", "Nododd {answers} {hours}."),
     f"{SI}.any.cy: uses the placeholder {{hours}}; allowed here: {{answers}}"),
    ("stray brace", _finding("risk_identified", "na", {"en": "Members {considered.", "cy": "B."}),
     f"{RI}.na.en: has a '{{' or '}}' that is not part of a {{placeholder}}"),
    ("any without its list", _welsh("strands_recorded", "any", "Nododd yr aelodau y llinynnau."),
     f"{SI}.any.cy: must use the placeholder {{answers}}"),
    ("findings on a text question", _edit("good_practice", lambda q: q.update(findings={})),
     "sections[6].questions[1] (good_practice).findings: a text question has no findings"),
    ("hours placeholder not allowed", _finding(HCQ, "within", {"en": "{hours} {answers}", "cy": "B."}, HF),
     f"{HC}.{HF}.within.en: uses the placeholder {{answers}}; allowed here: {{hours}}, {{standard}}"),
    ("hours key unknown", _finding(HCQ, "late", {"en": "A.", "cy": "B."}, HF),
     f"{HC}.hours_findings: names keys other than 'within' and 'outside': ['late']"),
    ("hours key missing", _drop("hcso_contact_in_time", "outside", "hours_findings"),
     f"{HC}.hours_findings: must give both 'within' and 'outside' sentences; missing: ['outside']"),
    ("hours Welsh missing", _welsh("hcso_contact_in_time", "within", None, "hours_findings"),
     f"{HC}.hours_findings.within.cy: must be non-empty text"),
    ("hours findings without hours", _edit("risk_identified", lambda q: q.update(hours_findings={})),
     "sections[1].questions[0] (risk_identified).hours_findings: only a question with \"hours\": true"),
    ("hours findings with no standard", _no_settings,
     "settings.hcso_standard_hours: is missing, but 'hcso_contact_in_time' has hours_findings"),
]  # fmt: skip


@pytest.mark.parametrize(("case", "change", "message"), MALFORMED, ids=[m[0] for m in MALFORMED])
def test_each_malformed_finding_gives_a_message_naming_the_field(
    case: str, change: Callable[[dict[str, Any]], None], message: str
) -> None:
    doc = shipped_doc()
    change(doc)
    assert error_of(doc).startswith(f"test.json: {message}"), case


def test_a_choice_question_must_cover_its_own_codes() -> None:
    doc = shipped_doc("stop-and-search")
    del question(doc, "gowisely")["findings"]["none"]
    assert error_of(doc) == (
        "test.json: sections[1].questions[1] (gowisely).findings: must give a sentence for every answer "
        "and for unable_to_agree; missing: ['none']"
    )


def test_escaped_braces_and_format_tricks_never_reach_str_format() -> None:
    """A sentence is filled by name only; a value is inserted as text, never re-read."""
    doc = shipped_doc()
    question(doc, "strands_recorded")["findings"]["any"]["en"] = "Members noted: {answers}."
    strands = parse_template(doc).question("strands_recorded")
    filled = finding_sentence(strands, "any", "en", answers="{standard} {0}")
    assert filled == "Members noted: {standard} {0}."


def test_hours_keys_are_within_and_outside() -> None:
    assert HOURS_KEYS == ("within", "outside")
