"""Checklist templates: the questions a panel member answers, as plain data.

A template is a JSON document (see docs/formats.md, "Checklist template"). It is parsed
and validated here into frozen dataclasses; anything wrong raises `TemplateError` naming
the file, the field and what is wrong, so a coordinator can fix a template by hand.
Every label carries English (`en`) and Welsh (`cy`) text: Welsh is not optional.
"""

from __future__ import annotations

import json
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any, NoReturn

FORMAT_VERSION = 1
LANGUAGES = ("en", "cy")
KINDS = ("ynp", "choice", "multi", "text")
YNP_CODES = ("yes", "no", "partly", "unclear", "na")
MAX_TEMPLATE_BYTES = 2_000_000
MAX_VERSION = 2**31 - 1  # what a pack or package can name (docs/formats.md) and a database row can hold
# Finding sentences (docs/formats.md): the panel's finding for each answer, in its own voice.
UNABLE_TO_AGREE = "unable_to_agree"  # the finding when no answer reached a majority
ANY_ANSWERS = "any"  # a multi question's one sentence, listing the answers in {answers}
HOURS_KEYS = ("within", "outside")
HOURS_STANDARD_SETTING = "hcso_standard_hours"  # what hours_findings compare against
FINDING_PLACEHOLDER = re.compile(r"\{([^{}]*)\}")


class TemplateError(ValueError):
    """A template that cannot be used; the message says where and why."""

    def __init__(self, source: str, where: str, problem: str) -> None:
        super().__init__(f"{source}: {where}: {problem}")
        self.source = source
        self.where = where
        self.problem = problem


@dataclass(frozen=True)
class Text:
    """A label in every interface language."""

    en: str
    cy: str

    def get(self, language: str) -> str:
        return self.cy if language == "cy" else self.en


@dataclass(frozen=True)
class Choice:
    code: str
    label: Text


@dataclass(frozen=True)
class ShownIf:
    """The question is shown only when `question` has one of `codes` as its answer."""

    question: str
    codes: frozenset[str]


@dataclass(frozen=True)
class Question:
    id: str
    kind: str
    text: Text
    guidance: Text | None
    choices: tuple[Choice, ...]
    note_if: frozenset[str]
    shown_if: ShownIf | None
    hours: bool
    optional: bool = False
    section_id: str = ""
    # Sentence per answer code and `unable_to_agree` (`any` and `unable_to_agree` for multi);
    # empty when the template has none (version-2 templates).
    findings: Mapping[str, Text] = field(default_factory=dict, hash=False)
    # `within` and `outside` the hours standard, on an `hours` question; empty when none.
    hours_findings: Mapping[str, Text] = field(default_factory=dict, hash=False)
    # A short label for the report's criteria-count table ("HCSO contact within 48 hours");
    # None in older templates, which print the question instead.
    criterion: Text | None = None
    # The earlier version's question ids this question continues, for comparing rounds
    # across versions (docs/formats.md, "continues"); empty: the question with its own id.
    continues: tuple[str, ...] = ()

    def choice(self, code: str) -> Choice | None:
        return next((c for c in self.choices if c.code == code), None)

    def criterion_label(self, language: str) -> str:
        """The words naming this question in a table of counts: its criterion or its text."""
        return (self.criterion or self.text).get(language)


@dataclass(frozen=True)
class Section:
    id: str
    title: Text
    questions: tuple[Question, ...]
    # What members were satisfied with when every answer in the section met the standard,
    # as a noun phrase for "Members were satisfied with {…}." ("the care of the victim");
    # the Welsh begins with the article or a vowel ("y gofal i'r dioddefwr"), so joining
    # it after "â"/"a" needs no mutation. None: the section is not summed up that way.
    satisfied_with: Text | None = None


@dataclass(frozen=True)
class Template:
    id: str
    version: int
    title: Text
    sections: tuple[Section, ...]
    settings: Mapping[str, int] = field(default_factory=dict)

    @property
    def questions(self) -> tuple[Question, ...]:
        return tuple(q for s in self.sections for q in s.questions)

    def question(self, question_id: str) -> Question:
        for q in self.questions:
            if q.id == question_id:
                return q
        raise KeyError(question_id)

    @property
    def key(self) -> str:
        return f"{self.id}@{self.version}"


def load_template_json(raw: bytes | str, source: str = "template") -> Template:
    """Parse and validate a template from its JSON text."""
    if len(raw) > MAX_TEMPLATE_BYTES:
        raise TemplateError(source, "file", "is larger than any real template (2 MB)")
    try:
        data = json.loads(raw)
    except (json.JSONDecodeError, UnicodeDecodeError) as exc:
        raise TemplateError(source, "file", f"is not valid JSON ({exc})") from None
    except RecursionError:
        raise TemplateError(source, "file", "is nested too deeply to be a template") from None
    except ValueError:  # a number of more than 4,300 digits, which Python will not read
        raise TemplateError(source, "file", "holds a number far too long to be a template's") from None
    return parse_template(data, source)


def parse_template(data: Any, source: str = "template") -> Template:
    """Validate a decoded template document and build the `Template`."""
    p = _Parser(source)
    doc = p.mapping(data, "template")
    fmt = doc.get("format")
    if fmt != FORMAT_VERSION:
        p.fail("format", f"must be {FORMAT_VERSION}, found {fmt!r} (made by a newer version?)")
    template_id = p.identifier(doc.get("id"), "id")
    version = doc.get("version")
    if not isinstance(version, int) or isinstance(version, bool) or not 1 <= version <= MAX_VERSION:
        p.fail("version", f"must be a whole number from 1 to {MAX_VERSION:,}")
    title = p.text(doc.get("title"), "title")
    settings = _parse_settings(p, doc.get("settings", {}))
    answer_sets = _parse_answer_sets(p, doc.get("answer_sets", {}))
    raw_sections = p.sequence(doc.get("sections"), "sections")
    if not raw_sections:
        p.fail("sections", "must hold at least one section")
    sections = tuple(_parse_section(p, s, f"sections[{i}]", answer_sets) for i, s in enumerate(raw_sections))
    template = Template(template_id, version, title, sections, settings)
    _check_references(p, template)
    hours_sentences = [q.id for q in template.questions if q.hours_findings]
    if hours_sentences and HOURS_STANDARD_SETTING not in settings:
        p.fail(
            f"settings.{HOURS_STANDARD_SETTING}",
            f"is missing, but {hours_sentences[0]!r} has hours_findings to compare with it",
        )
    return template


class _Parser:
    """Small typed readers that fail with the field's path."""

    def __init__(self, source: str) -> None:
        self.source = source

    def fail(self, where: str, problem: str) -> NoReturn:
        raise TemplateError(self.source, where, problem)

    def mapping(self, value: Any, where: str) -> dict[str, Any]:
        if not isinstance(value, dict):
            self.fail(where, "must be an object")
        return value

    def sequence(self, value: Any, where: str) -> list[Any]:
        if not isinstance(value, list):
            self.fail(where, "must be a list")
        return value

    def identifier(self, value: Any, where: str) -> str:
        if (
            not isinstance(value, str)
            or not 0 < len(value) <= 64
            or not all(c.isascii() and (c.isalnum() or c in "_-") for c in value)
        ):
            self.fail(where, "must be a short id of letters, digits, '_' or '-'")
        return value

    def text(self, value: Any, where: str) -> Text:
        value = self.mapping(value, where)
        for lang in LANGUAGES:
            item = value.get(lang)
            if not isinstance(item, str) or not item.strip():
                self.fail(f"{where}.{lang}", "must be non-empty text")
        return Text(en=value["en"], cy=value["cy"])

    def codes(self, value: Any, where: str) -> frozenset[str]:
        items = self.sequence(value, where)
        return frozenset(self.identifier(c, f"{where}[{i}]") for i, c in enumerate(items))


def _parse_settings(p: _Parser, value: Any) -> dict[str, int]:
    settings = p.mapping(value, "settings")
    for key, item in settings.items():
        if not isinstance(item, int) or isinstance(item, bool):
            p.fail(f"settings.{key}", "must be a whole number")
    return dict(settings)


def _parse_choices(p: _Parser, value: Any, where: str) -> tuple[Choice, ...]:
    items = p.sequence(value, where)
    choices = []
    for i, item in enumerate(items):
        item = p.mapping(item, f"{where}[{i}]")
        code = p.identifier(item.get("code"), f"{where}[{i}].code")
        choices.append(Choice(code, p.text(item.get("label"), f"{where}[{i}].label")))
    codes = [c.code for c in choices]
    if len(set(codes)) != len(codes):
        p.fail(where, "has the same code twice")
    return tuple(choices)


def _parse_answer_sets(p: _Parser, value: Any) -> dict[str, tuple[Choice, ...]]:
    sets = p.mapping(value, "answer_sets")
    parsed = {name: _parse_choices(p, v, f"answer_sets.{name}") for name, v in sets.items()}
    if "ynp" not in parsed:
        p.fail("answer_sets.ynp", "is missing (Yes / No / Partly / Unclear / Not applicable)")
    if tuple(c.code for c in parsed["ynp"]) != YNP_CODES:
        p.fail("answer_sets.ynp", f"must have the codes {', '.join(YNP_CODES)} in that order")
    return parsed


# A Welsh noun phrase that can follow "â"/"a" without mutating: "y …", "yr …", or a vowel.
WELSH_PHRASE_START = re.compile(r"(?:y |yr |[aeiouwyâêîôûŵŷ])", re.IGNORECASE)


def _parse_section(
    p: _Parser, value: Any, where: str, answer_sets: Mapping[str, tuple[Choice, ...]]
) -> Section:
    value = p.mapping(value, where)
    section_id = p.identifier(value.get("id"), f"{where}.id")
    title = p.text(value.get("title"), f"{where}.title")
    raw_questions = p.sequence(value.get("questions"), f"{where}.questions")
    if not raw_questions:
        p.fail(f"{where}.questions", "must hold at least one question")
    questions = tuple(
        _parse_question(p, q, f"{where}.questions[{i}]", section_id, answer_sets)
        for i, q in enumerate(raw_questions)
    )
    satisfied = value.get("satisfied_with")
    satisfied_with = None if satisfied is None else p.text(satisfied, f"{where}.satisfied_with")
    if satisfied_with is not None and not WELSH_PHRASE_START.match(satisfied_with.cy):
        p.fail(f"{where}.satisfied_with.cy", "must begin with the article (y, yr) or a vowel")
    return Section(section_id, title, questions, satisfied_with)


def _parse_question(
    p: _Parser,
    value: Any,
    where: str,
    section_id: str,
    answer_sets: Mapping[str, tuple[Choice, ...]],
) -> Question:
    value = p.mapping(value, where)
    qid = p.identifier(value.get("id"), f"{where}.id")
    where = f"{where} ({qid})"
    kind = value.get("kind")
    if kind not in KINDS:
        p.fail(f"{where}.kind", f"must be one of {', '.join(KINDS)}, found {kind!r}")
    choices = _question_choices(p, value, where, kind, answer_sets)
    guidance = value.get("guidance")
    shown_if = value.get("shown_if")
    if shown_if is not None:
        raw = p.mapping(shown_if, f"{where}.shown_if")
        shown_if = ShownIf(
            p.identifier(raw.get("question"), f"{where}.shown_if.question"),
            p.codes(raw.get("in"), f"{where}.shown_if.in"),
        )
    hours = value.get("hours", False)
    if not isinstance(hours, bool) or (hours and kind != "ynp"):
        p.fail(f"{where}.hours", "must be true or false, and only on a ynp question")
    optional = value.get("optional", False)
    if not isinstance(optional, bool):
        p.fail(f"{where}.optional", "must be true or false")
    note_if = p.codes(value.get("note_if", []), f"{where}.note_if")
    unknown = note_if - {c.code for c in choices}
    if unknown:
        p.fail(f"{where}.note_if", f"names codes the question does not offer: {sorted(unknown)}")
    findings = _parse_findings(p, value, where, kind, choices)
    hours_findings = _parse_hours_findings(p, value, where, hours)
    criterion = value.get("criterion")
    if criterion is not None and kind == "text":
        p.fail(f"{where}.criterion", "a text question has no answers to count, so no criterion")
    continues = _parse_continues(p, value.get("continues", []), f"{where}.continues")
    return Question(
        id=qid,
        kind=kind,
        text=p.text(value.get("text"), f"{where}.text"),
        guidance=None if guidance is None else p.text(guidance, f"{where}.guidance"),
        choices=choices,
        note_if=note_if,
        shown_if=shown_if,
        hours=hours,
        optional=optional,
        section_id=section_id,
        findings=findings,
        hours_findings=hours_findings,
        criterion=None if criterion is None else p.text(criterion, f"{where}.criterion"),
        continues=continues,
    )


def _parse_continues(p: _Parser, value: Any, where: str) -> tuple[str, ...]:
    """`continues`: the ids of the earlier version's questions this one carries on."""
    items = p.sequence(value, where)
    ids = tuple(p.identifier(item, f"{where}[{i}]") for i, item in enumerate(items))
    if len(set(ids)) != len(ids):
        p.fail(where, "names the same question twice")
    return ids


def _parse_findings(
    p: _Parser, value: Mapping[str, Any], where: str, kind: str, choices: tuple[Choice, ...]
) -> dict[str, Text]:
    """`findings`: one sentence per answer and for unable_to_agree, or nothing at all."""
    if "findings" not in value:
        return {}
    where = f"{where}.findings"
    if kind == "text":
        p.fail(where, "a text question has no findings (it has no answers to find)")
    raw = p.mapping(value["findings"], where)
    if kind == "multi":
        expected = [ANY_ANSWERS, UNABLE_TO_AGREE]
        placeholders = {ANY_ANSWERS: ("answers",)}
    else:
        expected = [c.code for c in choices if c.code != UNABLE_TO_AGREE] + [UNABLE_TO_AGREE]
        placeholders = {}
    unknown = [k for k in raw if k not in expected]
    if unknown:
        offered = "'any' and " if kind == "multi" else "the question's codes and "
        offered += repr(UNABLE_TO_AGREE)
        p.fail(where, f"names answers the question does not have: {unknown} (allowed: {offered})")
    missing = [k for k in expected if k not in raw]
    if missing:
        p.fail(where, f"must give a sentence for every answer and for unable_to_agree; missing: {missing}")
    sentences = {}
    for key in expected:
        needed = placeholders.get(key, ())
        sentences[key] = _sentence(p, raw[key], f"{where}.{key}", needed, required=needed)
    return sentences


def _parse_hours_findings(p: _Parser, value: Mapping[str, Any], where: str, hours: bool) -> dict[str, Text]:
    """`hours_findings`: `within` and `outside` the standard, with {hours} and {standard}."""
    if "hours_findings" not in value:
        return {}
    where = f"{where}.hours_findings"
    if not hours:
        p.fail(where, 'only a question with "hours": true has hours findings')
    raw = p.mapping(value["hours_findings"], where)
    unknown = [k for k in raw if k not in HOURS_KEYS]
    if unknown:
        p.fail(where, f"names keys other than 'within' and 'outside': {unknown}")
    missing = [k for k in HOURS_KEYS if k not in raw]
    if missing:
        p.fail(where, f"must give both 'within' and 'outside' sentences; missing: {missing}")
    return {key: _sentence(p, raw[key], f"{where}.{key}", ("hours", "standard")) for key in HOURS_KEYS}


def _sentence(
    p: _Parser, value: Any, where: str, allowed: Sequence[str], required: Sequence[str] = ()
) -> Text:
    """A finding sentence in both languages, using only the `allowed` {placeholders}."""
    text = p.text(value, where)  # a missing or blank `cy` fails like any other label
    shown = ", ".join("{" + name + "}" for name in allowed) or "none"
    for lang in LANGUAGES:
        sentence = text.get(lang)
        names = FINDING_PLACEHOLDER.findall(sentence)
        stray = FINDING_PLACEHOLDER.sub("", sentence)
        if "{" in stray or "}" in stray:
            p.fail(f"{where}.{lang}", "has a '{' or '}' that is not part of a {placeholder}")
        for name in names:
            if name not in allowed:
                p.fail(f"{where}.{lang}", f"uses the placeholder {{{name}}}; allowed here: {shown}")
        for name in required:
            if name not in names:
                p.fail(f"{where}.{lang}", f"must use the placeholder {{{name}}}")
    return text


def _question_choices(
    p: _Parser,
    value: Mapping[str, Any],
    where: str,
    kind: str,
    answer_sets: Mapping[str, tuple[Choice, ...]],
) -> tuple[Choice, ...]:
    if kind == "text":
        if "choices" in value:
            p.fail(f"{where}.choices", "a text question has no choices")
        return ()
    if kind == "ynp":
        return answer_sets["ynp"]
    raw = value.get("choices")
    if isinstance(raw, str):
        if raw not in answer_sets:
            p.fail(f"{where}.choices", f"names an answer set that does not exist: {raw!r}")
        return answer_sets[raw]
    choices = _parse_choices(p, raw, f"{where}.choices")
    if len(choices) < 2:
        p.fail(f"{where}.choices", "must offer at least two choices")
    return choices


def _check_references(p: _Parser, template: Template) -> None:
    seen: dict[str, Question] = {}
    section_ids = [s.id for s in template.sections]
    if len(set(section_ids)) != len(section_ids):
        p.fail("sections", "has the same section id twice")
    for q in template.questions:
        if q.id in seen:
            p.fail(f"question {q.id}", "id is used twice")
        if q.shown_if is not None:
            parent = seen.get(q.shown_if.question)
            if parent is None:
                p.fail(
                    f"question {q.id}.shown_if",
                    f"refers to {q.shown_if.question!r}, which is not an earlier question",
                )
            if parent.kind == "text":
                p.fail(f"question {q.id}.shown_if", f"refers to {parent.id!r}, a text question with no codes")
            unknown = q.shown_if.codes - {c.code for c in parent.choices}
            if unknown:
                p.fail(f"question {q.id}.shown_if.in", f"codes not offered: {sorted(unknown)}")
        seen[q.id] = q
    _check_continues(p, template)


def _check_continues(p: _Parser, template: Template) -> None:
    """An earlier id is continued by one question only, or rounds could not be compared."""
    by_earlier: dict[str, str] = {}
    for q in template.questions:
        for earlier in q.continues:
            if earlier in by_earlier:
                p.fail(
                    f"question {q.id}.continues",
                    f"{earlier!r} is already continued by {by_earlier[earlier]!r}",
                )
            if earlier != q.id and any(o.id == earlier for o in template.questions):
                p.fail(
                    f"question {q.id}.continues",
                    f"{earlier!r} is still a question of this version; it cannot also be continued",
                )
            by_earlier[earlier] = q.id


def template_to_json(data: Mapping[str, Any] | Sequence[Any]) -> str:
    """Canonical JSON text for storing a template exactly as it was chosen."""
    return json.dumps(data, ensure_ascii=False, sort_keys=True, separators=(",", ":"))
