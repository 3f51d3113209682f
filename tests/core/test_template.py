"""The shipped checklist templates, and the plain messages a broken template gives."""

from __future__ import annotations

import json
import re
import sys
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from desktop.core.template import (
    MAX_TEMPLATE_BYTES,
    YNP_CODES,
    Template,
    TemplateError,
    Text,
    load_template_json,
    parse_template,
    template_to_json,
)
from desktop.paths import templates_dir
from desktop.services.templates import (
    bundled_template_ids,
    load_bundled_template,
    load_bundled_template_text,
)

BUNDLED = ["hate-crime", "out-of-court-disposal", "stop-and-search"]
NPU = {"no", "partly", "unclear"}

# CHECKLIST-hate-crime.md, row by row: id, section, kind, choice codes, note if, shown if.
HATE_CRIME: list[tuple[str, str, str, tuple[str, ...], set[str], tuple[str, set[str]] | None]] = [
    ("strands_recorded", "recording", "multi",
     ("race", "religion", "sexual_orientation", "disability", "transgender", "other", "none"),
     {"other", "none"}, None),
    ("hostility_recorded", "recording", "ynp", YNP_CODES, NPU, None),
    ("classification_correct", "recording", "choice",
     ("correct", "should_be_crime", "should_be_nchi", "not_hate", "unclear"),
     {"should_be_crime", "should_be_nchi", "not_hate", "unclear"}, None),
    ("flag_correct", "recording", "ynp", YNP_CODES, NPU, None),
    ("risk_identified", "risk", "ynp", YNP_CODES, NPU, None),
    ("risk_assessment_evidenced", "risk", "ynp", YNP_CODES, NPU, None),
    ("risk_level", "risk", "choice", ("low", "medium", "high", "not_recorded"), {"not_recorded"},
     ("risk_assessment_evidenced", {"yes", "partly"})),
    ("mavis_appropriate", "risk", "ynp", YNP_CODES, NPU, None),
    ("vulnerability_assessed", "risk", "ynp", YNP_CODES, NPU, None),
    ("action_plan_followed", "risk", "ynp", YNP_CODES, NPU, None),
    ("hcso_offered", "victim_care", "choice",
     ("deployed", "declined_by_victim", "not_appropriate", "not_offered", "unclear"),
     {"not_offered", "unclear"}, None),
    ("hcso_contact_in_time", "victim_care", "ynp", YNP_CODES, NPU, ("hcso_offered", {"deployed"})),
    ("hcso_contact_method", "victim_care", "ynp", YNP_CODES, NPU, ("hcso_offered", {"deployed"})),
    ("victim_support_referral", "victim_care", "ynp", YNP_CODES, NPU, None),
    ("victim_contract", "victim_care", "ynp", YNP_CODES, NPU, None),
    ("updates_in_line", "victim_care", "ynp", YNP_CODES, NPU, None),
    ("communication_needs", "victim_care", "ynp", YNP_CODES, NPU, None),
    ("supervisor_endorsed", "supervision", "ynp", YNP_CODES, NPU, None),
    ("supervisor_language", "supervision", "ynp", YNP_CODES, NPU, None),
    ("enquiries_hostility", "outcome", "ynp", YNP_CODES, NPU, None),
    ("outcome_appropriate", "outcome", "choice",
     ("appropriate", "appropriate_with_observations", "inappropriate", "unable_to_determine"),
     {"appropriate_with_observations", "inappropriate", "unable_to_determine"}, None),
    ("outcome_communicated", "outcome", "ynp", YNP_CODES, NPU, None),
    ("data_quality", "data_quality", "ynp", YNP_CODES, NPU, None),
    ("overall_rating", "overall", "choice", ("green", "amber", "red"), {"amber", "red"}, None),
    ("good_practice", "overall", "text", (), set(), None),
    ("areas_for_learning", "overall", "text", (), set(), None),
]  # fmt: skip


HATE_CRIME_TEXT = (templates_dir() / "hate-crime.json").read_text(encoding="utf-8")


def hate_crime_doc() -> dict[str, Any]:
    """The shipped hate crime template as a fresh, editable document."""
    return json.loads(HATE_CRIME_TEXT)


def question(doc: dict[str, Any], qid: str) -> dict[str, Any]:
    return next(q for s in doc["sections"] for q in s["questions"] if q["id"] == qid)


def error_of(doc: Any) -> str:
    with pytest.raises(TemplateError) as caught:
        parse_template(doc, "test.json")
    return str(caught.value)


def all_texts(template: Template) -> Iterator[tuple[str, Text]]:
    """Every label of a template, with a name to show when one is wrong."""
    yield "title", template.title
    for section in template.sections:
        yield f"{section.id}.title", section.title
        for q in section.questions:
            yield f"{q.id}.text", q.text
            if q.guidance is not None:
                yield f"{q.id}.guidance", q.guidance
            for choice in q.choices:
                yield f"{q.id}.{choice.code}", choice.label


# The shipped templates


def test_the_three_templates_ship() -> None:
    assert bundled_template_ids() == BUNDLED


@pytest.mark.parametrize("template_id", BUNDLED)
def test_every_bundled_template_loads_with_its_exact_text(template_id: str) -> None:
    template, text = load_bundled_template_text(template_id)
    # version 4: criterion labels for the report's table of counts; version 3: finding
    # sentences (version 2 brought the Welsh review's wording); a round made with an
    # earlier version keeps that text
    assert (template.id, template.version, template.key) == (template_id, 4, f"{template_id}@4")
    assert text == (templates_dir() / f"{template_id}.json").read_text(encoding="utf-8")
    assert load_template_json(text) == template == load_bundled_template(template_id)
    assert json.loads(text)["welsh_review"] == "awaiting review by a first-language Welsh speaker"


@pytest.mark.parametrize("template_id", BUNDLED)
def test_every_label_is_in_english_and_welsh(template_id: str) -> None:
    template = load_bundled_template(template_id)
    for name, text in all_texts(template):
        assert text.en.strip() and text.cy.strip(), name
        assert text.get("en") == text.en and text.get("cy") == text.cy
    for q in template.questions:
        assert q.guidance is not None, f"{q.id} has no guidance"
        assert q.text.cy != q.text.en, f"{q.id}: the Welsh text is a copy of the English"
        assert q.guidance.cy != q.guidance.en, f"{q.id}: the Welsh guidance is a copy of the English"
    for section in template.sections:
        assert section.title.cy != section.title.en, section.id


@pytest.mark.parametrize("template_id", BUNDLED)
def test_every_template_ends_with_an_optional_notes_question(template_id: str) -> None:
    template = load_bundled_template(template_id)
    last = template.questions[-1]
    assert (last.kind, last.optional) == ("text", True)
    assert [q.id for q in template.questions if q.optional] == [
        q.id for q in template.questions if q.kind == "text"
    ]


def test_hate_crime_matches_the_checklist_exactly() -> None:
    template = load_bundled_template("hate-crime")
    assert [q.id for q in template.questions] == [row[0] for row in HATE_CRIME]
    assert [s.id for s in template.sections] == [
        "recording", "risk", "victim_care", "supervision", "outcome", "data_quality", "overall",
    ]  # fmt: skip
    for qid, section, kind, codes, note_if, shown_if in HATE_CRIME:
        q = template.question(qid)
        assert (q.section_id, q.kind) == (section, kind), qid
        assert tuple(c.code for c in q.choices) == codes, qid
        assert q.note_if == note_if, qid
        got = None if q.shown_if is None else (q.shown_if.question, set(q.shown_if.codes))
        assert got == shown_if, qid
        assert q.hours is (qid == "hcso_contact_in_time"), qid
        assert q.optional is (qid in {"good_practice", "areas_for_learning"}), qid
    assert dict(template.settings) == {"hcso_standard_hours": 48}


def test_hate_crime_generic_answers_read_naturally_in_welsh() -> None:
    labels = {c.code: c.label for c in load_bundled_template("hate-crime").question("flag_correct").choices}
    assert [(t.en, t.cy) for t in labels.values()] == [
        ("Yes", "Do"), ("No", "Naddo"), ("Partly", "Yn rhannol"), ("Unclear", "Aneglur"),
        ("Not applicable", "Amherthnasol"),
    ]  # fmt: skip


def test_out_of_court_disposal_rating_and_gravity_score() -> None:
    template = load_bundled_template("out-of-court-disposal")
    rating = template.question("disposal_rating")
    assert [c.code for c in rating.choices] == [
        "appropriate", "appropriate_with_observations", "inappropriate", "unable_to_agree",
    ]  # fmt: skip
    assert rating.note_if == {"appropriate_with_observations", "inappropriate", "unable_to_agree"}
    score = template.question("gravity_score")
    assert [c.code for c in score.choices] == [f"score_{n}" for n in range(1, 6)]
    assert score.shown_if is not None and score.shown_if.question == "gravity_matrix_applied"


def test_stop_and_search_rag_gowisely_and_body_worn_video() -> None:
    template = load_bundled_template("stop-and-search")
    rag = template.question("overall_rating")
    assert ([c.code for c in rag.choices], rag.note_if) == (["green", "amber", "red"], {"amber", "red"})
    gowisely = template.question("gowisely")
    assert [c.code for c in gowisely.choices] == ["full", "partial", "none"]
    bwv = template.question("bwv_whole_encounter")
    assert [c.code for c in bwv.choices] == ["yes", "partial", "no", "not_available"]


def test_canonical_json_keeps_the_meaning() -> None:
    doc = hate_crime_doc()
    assert load_template_json(template_to_json(doc)) == parse_template(doc)


# Loading from the resources folder


def test_a_template_that_does_not_ship_is_named_plainly() -> None:
    with pytest.raises(
        TemplateError, match=re.escape("no-such-checklist.json: file: is not one of the templates")
    ):
        load_bundled_template("no-such-checklist")


def test_a_template_id_cannot_reach_outside_the_folder() -> None:
    with pytest.raises(TemplateError, match="must be a short id"):
        load_bundled_template("../hate-crime")


@pytest.fixture
def own_resources(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A resources folder of our own, found the way a frozen build finds its resources."""
    folder = tmp_path / "resources" / "templates"
    folder.mkdir(parents=True)
    monkeypatch.setattr(sys, "_MEIPASS", str(tmp_path), raising=False)
    return folder


def test_a_broken_bundled_file_is_named(own_resources: Path) -> None:
    (own_resources / "broken.json").write_text('{"format": 1, "id": ', encoding="utf-8")
    assert bundled_template_ids() == ["broken"]
    with pytest.raises(TemplateError, match=r"^broken\.json: file: is not valid JSON"):
        load_bundled_template("broken")


def test_a_file_whose_id_differs_from_its_name_is_refused(own_resources: Path) -> None:
    (own_resources / "renamed.json").write_text(HATE_CRIME_TEXT, encoding="utf-8")
    with pytest.raises(
        TemplateError, match=re.escape("renamed.json: id: is 'hate-crime', but the file name says")
    ):
        load_bundled_template("renamed")


def test_a_bundled_file_must_be_utf8(own_resources: Path) -> None:
    (own_resources / "hate-crime.json").write_bytes(HATE_CRIME_TEXT.encode("utf-16"))
    with pytest.raises(TemplateError, match=re.escape("hate-crime.json: file: must be saved as UTF-8")):
        load_bundled_template("hate-crime")


# One plain message for each way a template can be wrong

_DELETE = object()


def _set(path: list[str], value: Any) -> Callable[[dict[str, Any]], None]:
    """Change (or, with `_DELETE`, remove) one field reached by keys from the top."""

    def change(doc: dict[str, Any]) -> None:
        target = doc
        for key in path[:-1]:
            target = target[key]
        if value is _DELETE:
            del target[path[-1]]
        else:
            target[path[-1]] = value

    return change


def _in_question(qid: str, key: str, value: Any) -> Callable[[dict[str, Any]], None]:
    def change(doc: dict[str, Any]) -> None:
        if value is _DELETE:
            del question(doc, qid)[key]
        else:
            question(doc, qid)[key] = value

    return change


def _rename(old: str, new: str) -> Callable[[dict[str, Any]], None]:
    return _in_question(old, "id", new)


RL = "sections[1].questions[2] (risk_level)"
VERSION_RANGE = "version: must be a whole number from 1 to 2,147,483,647"

ERRORS: list[tuple[str, Callable[[dict[str, Any]], None], str]] = [
    ("wrong format version", _set(["format"], 2), "format: must be 1, found 2 (made by a newer version?)"),
    ("no format version", _set(["format"], _DELETE),
     "format: must be 1, found None (made by a newer version?)"),
    ("bad template id", _set(["id"], "hate crime"), "id: must be a short id of letters, digits, '_' or '-'"),
    ("version not a number", _set(["version"], "1"), VERSION_RANGE),
    ("version zero", _set(["version"], 0), VERSION_RANGE),
    ("version no database row holds", _set(["version"], 10**19), VERSION_RANGE),
    ("missing Welsh title", _set(["title", "cy"], _DELETE), "title.cy: must be non-empty text"),
    ("missing Welsh question text", lambda d: question(d, "risk_level")["text"].pop("cy"),
     f"{RL}.text.cy: must be non-empty text"),
    ("blank English question text", lambda d: question(d, "risk_level")["text"].update(en="  "),
     f"{RL}.text.en: must be non-empty text"),
    ("missing Welsh guidance", lambda d: question(d, "risk_level")["guidance"].pop("cy"),
     f"{RL}.guidance.cy: must be non-empty text"),
    ("missing Welsh choice label", lambda d: question(d, "risk_level")["choices"][1]["label"].pop("cy"),
     f"{RL}.choices[1].label.cy: must be non-empty text"),
    ("missing Welsh section title", lambda d: d["sections"][2]["title"].pop("cy"),
     "sections[2].title.cy: must be non-empty text"),
    ("duplicate question id", _rename("areas_for_learning", "good_practice"),
     "question good_practice: id is used twice"),
    ("duplicate section id", lambda d: d["sections"][1].update(id="recording"),
     "sections: has the same section id twice"),
    ("shown_if names a later question",
     _in_question("risk_level", "shown_if", {"question": "mavis_appropriate", "in": ["yes"]}),
     "question risk_level.shown_if: refers to 'mavis_appropriate', which is not an earlier question"),
    ("shown_if names an unknown question",
     _in_question("risk_level", "shown_if", {"question": "no_such_question", "in": ["yes"]}),
     "question risk_level.shown_if: refers to 'no_such_question', which is not an earlier question"),
    ("shown_if names itself",
     _in_question("risk_level", "shown_if", {"question": "risk_level", "in": ["low"]}),
     "question risk_level.shown_if: refers to 'risk_level', which is not an earlier question"),
    ("shown_if code not offered",
     _in_question("risk_level", "shown_if", {"question": "risk_assessment_evidenced", "in": ["maybe"]}),
     "question risk_level.shown_if.in: codes not offered: ['maybe']"),
    ("shown_if on a text question",
     _in_question("areas_for_learning", "shown_if", {"question": "good_practice", "in": ["yes"]}),
     "question areas_for_learning.shown_if: refers to 'good_practice', a text question with no codes"),
    ("shown_if without codes", _in_question("risk_level", "shown_if", {"question": "risk_identified"}),
     f"{RL}.shown_if.in: must be a list"),
    ("note_if code not offered", _in_question("risk_level", "note_if", ["unknown"]),
     f"{RL}.note_if: names codes the question does not offer: ['unknown']"),
    ("note_if on a text question", _in_question("good_practice", "note_if", ["yes"]),
     "sections[6].questions[1] (good_practice).note_if: names codes the question does not offer: ['yes']"),
    ("unknown kind", _in_question("risk_level", "kind", "scale"),
     f"{RL}.kind: must be one of ynp, choice, multi, text, found 'scale'"),
    ("hours on a non-ynp question", _in_question("risk_level", "hours", True),
     f"{RL}.hours: must be true or false, and only on a ynp question"),
    ("hours not true or false", _in_question("hcso_contact_in_time", "hours", "yes"),
     "sections[2].questions[1] (hcso_contact_in_time).hours: "
     "must be true or false, and only on a ynp question"),
    ("optional not true or false", _in_question("good_practice", "optional", 1),
     "sections[6].questions[1] (good_practice).optional: must be true or false"),
    ("choices on a text question", _in_question("good_practice", "choices", []),
     "sections[6].questions[1] (good_practice).choices: a text question has no choices"),
    ("only one choice", lambda d: question(d, "risk_level")["choices"].__delitem__(slice(1, None)),
     f"{RL}.choices: must offer at least two choices"),
    ("same choice code twice", lambda d: question(d, "risk_level")["choices"][1].update(code="low"),
     f"{RL}.choices: has the same code twice"),
    ("choice without choices", _in_question("risk_level", "choices", _DELETE),
     f"{RL}.choices: must be a list"),
    ("unknown answer set", _in_question("risk_level", "choices", "levels"),
     f"{RL}.choices: names an answer set that does not exist: 'levels'"),
    ("bad question id", _rename("risk_level", "risk level"),
     "sections[1].questions[2].id: must be a short id of letters, digits, '_' or '-'"),
    ("no ynp answer set", _set(["answer_sets"], {}),
     "answer_sets.ynp: is missing (Yes / No / Partly / Unclear / Not applicable)"),
    ("ynp answer set out of order", lambda d: d["answer_sets"]["ynp"].reverse(),
     "answer_sets.ynp: must have the codes yes, no, partly, unclear, na in that order"),
    ("setting not a number", _set(["settings", "hcso_standard_hours"], "48"),
     "settings.hcso_standard_hours: must be a whole number"),
    ("no sections", _set(["sections"], []), "sections: must hold at least one section"),
    ("empty section", lambda d: d["sections"][4].update(questions=[]),
     "sections[4].questions: must hold at least one question"),
    ("section not an object", lambda d: d["sections"].append("extra"), "sections[7]: must be an object"),
    ("missing Welsh criterion", lambda d: question(d, "risk_level")["criterion"].pop("cy"),
     f"{RL}.criterion.cy: must be non-empty text"),
    ("criterion on a text question", _in_question("good_practice", "criterion", {"en": "x", "cy": "y"}),
     "sections[6].questions[1] (good_practice).criterion: a text question has no answers to count, "
     "so no criterion"),
]  # fmt: skip


@pytest.mark.parametrize(("change", "message"), [e[1:] for e in ERRORS], ids=[e[0] for e in ERRORS])
def test_each_mistake_gives_a_message_naming_the_field(
    change: Callable[[dict[str, Any]], None], message: str
) -> None:
    doc = hate_crime_doc()
    change(doc)
    assert error_of(doc) == f"test.json: {message}"


def test_the_error_keeps_its_parts_for_the_interface() -> None:
    doc = hate_crime_doc()
    question(doc, "risk_level")["text"]["cy"] = ""
    with pytest.raises(TemplateError) as caught:
        parse_template(doc, "mine.json")
    assert (caught.value.source, caught.value.where, caught.value.problem) == (
        "mine.json", f"{RL}.text.cy", "must be non-empty text",
    )  # fmt: skip


def test_the_parser_tolerates_unknown_top_level_keys() -> None:
    doc = hate_crime_doc()
    doc["maintainer_notes"] = "anything"
    assert parse_template(doc) == load_bundled_template("hate-crime")


def test_not_json() -> None:
    with pytest.raises(TemplateError, match=r"^checklist\.json: file: is not valid JSON \(Expecting"):
        load_template_json("format: 1\nid: hate-crime\n", "checklist.json")


def test_truncated_file() -> None:
    _template, text = load_bundled_template_text("hate-crime")
    with pytest.raises(TemplateError, match=r"^cut\.json: file: is not valid JSON"):
        load_template_json(text[: len(text) // 2], "cut.json")
    with pytest.raises(TemplateError, match=r"^cut\.json: file: is not valid JSON"):
        load_template_json(text.encode("utf-8")[:-3], "cut.json")


def test_not_utf8() -> None:
    with pytest.raises(TemplateError, match=r"^latin\.json: file: is not valid JSON"):
        load_template_json('{"title": "Caf\xe9"}'.encode("latin-1"), "latin.json")


def test_too_large() -> None:
    padded = b" " * MAX_TEMPLATE_BYTES + b"{}"
    with pytest.raises(TemplateError, match=r"^huge\.json: file: is larger than any real template \(2 MB\)$"):
        load_template_json(padded, "huge.json")


def test_nested_too_deeply() -> None:
    with pytest.raises(TemplateError, match=r"^deep\.json: file: is nested too deeply to be a template$"):
        load_template_json("[" * 200_000, "deep.json")


def test_a_version_of_5000_digits_is_refused_with_a_message() -> None:
    """Python will not read a number of more than 4,300 digits; that is a bad template, not a crash."""
    _template, text = load_bundled_template_text("hate-crime")
    long_version = re.sub(r'"version": *\d+', '"version": ' + "9" * 5000, text, count=1)
    assert "9" * 5000 in long_version
    too_long = r"^long\.json: file: holds a number far too long to be a template's$"
    with pytest.raises(TemplateError, match=too_long):
        load_template_json(long_version, "long.json")


@pytest.mark.parametrize("top", ["[]", '"hate-crime"', "1", "null"])
def test_top_level_must_be_an_object(top: str) -> None:
    with pytest.raises(TemplateError, match=r"^list\.json: template: must be an object$"):
        load_template_json(top, "list.json")


def _text_paths(value: Any, path: tuple[Any, ...] = ()) -> Iterator[tuple[Any, ...]]:
    """Every place in a template document that holds an en/cy label."""
    if isinstance(value, dict):
        if set(value) == {"en", "cy"}:
            yield path
        for key, item in value.items():
            yield from _text_paths(item, (*path, key))
    elif isinstance(value, list):
        for i, item in enumerate(value):
            yield from _text_paths(item, (*path, i))


TEXT_PATHS = list(_text_paths(hate_crime_doc()))


@given(st.sampled_from(TEXT_PATHS), st.sampled_from(["en", "cy"]), st.sampled_from([None, "", " \n"]))
def test_any_missing_label_is_refused_and_located(path: tuple[Any, ...], lang: str, bad: str | None) -> None:
    doc = hate_crime_doc()
    label = doc
    for key in path:
        label = label[key]
    if bad is None:
        del label[lang]
    else:
        label[lang] = bad
    message = error_of(doc)
    assert message.endswith(f".{lang}: must be non-empty text")
    if "questions" in path:
        qid = doc["sections"][path[1]]["questions"][path[3]]["id"]
        assert f"({qid})" in message


@pytest.mark.parametrize(
    ("template_id", "yes", "no"),
    [
        ("hate-crime", "Do", "Naddo"),
        ("out-of-court-disposal", "Do", "Naddo"),
        ("stop-and-search", "Oedd", "Nac oedd"),
    ],
)
def test_welsh_yes_and_no_answer_the_tense_of_the_template_questions(
    template_id: str, yes: str, no: str
) -> None:
    """Welsh answers "A gofnodwyd…?" with Do / Naddo and "A oedd…?" with Oedd / Nac oedd; never Ie / Na."""
    template = load_bundled_template(template_id)
    for question in template.questions:
        for choice in question.choices:
            assert choice.label.get("cy") not in ("Ie", "Na"), (question.id, choice.code)
            if choice.code == "yes":
                assert choice.label.get("cy") == yes, question.id
            if choice.code == "no":
                assert choice.label.get("cy") == no, question.id


@pytest.mark.parametrize("template_id", BUNDLED)
def test_every_counted_question_has_a_short_criterion_whose_welsh_fits_its_answers(template_id: str) -> None:
    """The report prints "<criterion>: <answer>"; a Welsh Do / Naddo or Oedd / Nac oedd
    must follow a question with its verb (the Yes/No rule), so a yes/no criterion is in
    Welsh a short question of its own ("A gysylltodd yr HCSO o fewn 48 awr?")."""
    template = load_bundled_template(template_id)
    for q in template.questions:
        if q.kind == "text":
            assert q.criterion is None, q.id
            continue
        assert q.criterion is not None, q.id
        assert len(q.criterion.en) < len(q.text.en) and q.criterion.en[-1] != "?", q.id
        if q.kind == "ynp":
            assert q.criterion.cy.startswith("A ") and q.criterion.cy.endswith("?"), q.id
        assert q.criterion_label("cy") == q.criterion.cy and q.criterion_label("en") == q.criterion.en


def test_a_template_without_criteria_prints_its_questions() -> None:
    doc = hate_crime_doc()
    for section in doc["sections"]:
        for q in section["questions"]:
            q.pop("criterion", None)
    template = parse_template(doc)
    q = template.question("hcso_contact_in_time")
    assert q.criterion is None
    assert (q.criterion_label("en"), q.criterion_label("cy")) == (q.text.en, q.text.cy)


def test_a_section_sums_up_what_met_the_standard_in_a_phrase_welsh_can_join_without_mutating() -> None:
    doc = hate_crime_doc()
    doc["sections"][2]["satisfied_with"] = {"en": "the care of the victim", "cy": "gofal i'r dioddefwr"}
    assert error_of(doc) == (
        "test.json: sections[2].satisfied_with.cy: must begin with the article (y, yr) or a vowel"
    )
    doc["sections"][2]["satisfied_with"]["cy"] = "y gofal i'r dioddefwr"
    assert parse_template(doc, "test.json").sections[2].satisfied_with.get("cy") == "y gofal i'r dioddefwr"
    del doc["sections"][2]["satisfied_with"]
    assert parse_template(doc, "test.json").sections[2].satisfied_with is None  # older templates
