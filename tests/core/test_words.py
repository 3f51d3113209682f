"""The bilingual catalogue: every entry complete in both languages, one catalogue only.

The command line, the reports and every layer's refusals print from
`desktop.core.words`. These tests hold its entries to what a translator and a reader
rely on (both languages present, the same placeholders, one Welsh text for one English
text), check that each code the domain words has its entry, and fail when a module
outside the catalogue starts keeping its own English and Welsh pairs again.
"""

from __future__ import annotations

import ast
from enum import Enum
from pathlib import Path
from string import Formatter

import pytest

from desktop.core.words import CATALOGUE, SECTIONS, Words, say, words
from desktop.core.words import _joined as joined

ROOT = Path(__file__).resolve().parents[2]
DESKTOP = ROOT / "desktop"
CATALOGUE_DIR = DESKTOP / "core" / "words"
# The interface's words go through Qt's translations, which have their own checks
# (tests/ui/test_language_and_access.py); the templates' texts are data files.
NOT_SCANNED = (CATALOGUE_DIR, DESKTOP / "ui")


def fields(text: str) -> set[str]:
    """The placeholders of a text with their conversions and format specs: "{n}", "{n:,}"."""
    return {f"{name}!{conv}:{spec}" for _, name, spec, conv in Formatter().parse(text) if name is not None}


@pytest.mark.parametrize("key", sorted(CATALOGUE))
def test_every_entry_has_english_and_welsh_with_the_same_placeholders(key: str) -> None:
    entry = CATALOGUE[key]
    assert entry.en.strip() and entry.cy.strip(), key
    assert entry.en == entry.en.strip() and entry.cy == entry.cy.strip(), key
    assert fields(entry.en) == fields(entry.cy), key


def test_one_english_text_has_one_welsh_text() -> None:
    """The same English words in two places must not read differently in Welsh, or the
    report, the force's table and the command line disagree (as "Observation" once did:
    "Sylw" in the report, "Arsylwad" in the force's table)."""
    welsh_for: dict[str, dict[str, str]] = {}
    for key, entry in CATALOGUE.items():
        welsh_for.setdefault(entry.en, {})[entry.cy] = key
    differing = {en: cy for en, cy in welsh_for.items() if len(cy) > 1}
    assert differing == {}


def test_keys_are_unique_across_the_sections_and_name_their_area() -> None:
    assert sum(len(section) for section in SECTIONS) == len(CATALOGUE)
    for key in CATALOGUE:
        area, dot, rest = key.partition(".")
        assert dot and area.isidentifier() and rest, key
    with pytest.raises(ValueError, match=r"report\.case"):
        joined(({"report.case": Words("Case", "Achos")}, {"report.case": Words("Case", "Achos")}))


def test_a_text_is_filled_in_the_language_asked_for_and_english_otherwise() -> None:
    assert say("report.case", "cy", n=3, reference="HC-1") == "Achos 3: HC-1"
    assert say("report.case", "en", n=3, reference="HC-1") == "Case 3: HC-1"
    assert say("report.case", "fr", n=3, reference="HC-1") == "Case 3: HC-1"
    assert words("cli.ok") == Words("ok", "iawn")
    with pytest.raises(KeyError):
        say("report.no_such_text", "en")


def _coded_enums() -> list[tuple[str, type[Enum], str]]:
    """(catalogue area, enum, which attribute names the key) for every code the layers
    word from the catalogue."""
    from desktop.core.agreement import Undefined
    from desktop.core.answer_checks import Fault as AnswerFault
    from desktop.core.case_codes import CaseStatus, CaseType, Strand
    from desktop.core.consensus import Agreement
    from desktop.core.display_names import NameProblem
    from desktop.core.personal_data import Kind
    from desktop.core.recommendation_status import Status
    from desktop.exchange.errors import Reason
    from desktop.exchange.response_refusals import FileRefusal
    from desktop.services.entry_problems import Entry
    from desktop.services.publication import Refused as PublicationStep
    from desktop.services.refusals import Refusal
    from desktop.services.response_problems import RowIssue
    from desktop.services.user_faults import Fault

    return [
        ("exchange", Reason, "name"), ("refusal", Refusal, "value"), ("checklist", AnswerFault, "value"),
        ("fault", Fault, "value"), ("publication", PublicationStep, "value"), ("name", NameProblem, "value"),
        ("entry", Entry, "value"), ("row", RowIssue, "value"), ("response_file", FileRefusal, "value"),
        ("personal_data", Kind, "value"), ("agreement", Agreement, "value"),
        ("undefined", Undefined, "value"),
        ("recommendation", Status, "value"), ("case_status", CaseStatus, "value"),
        ("case_type", CaseType, "value"), ("strand", Strand, "value"),
    ]  # fmt: skip


def test_every_code_that_is_worded_has_its_entry() -> None:
    missing = [
        f"{area}.{getattr(member, attr).lower()}"
        for area, enum, attr in _coded_enums()
        for member in enum
        if f"{area}.{getattr(member, attr).lower()}" not in CATALOGUE
    ]
    assert missing == []


def test_the_layers_say_the_catalogue_words_in_welsh() -> None:
    """Each layer's way of wording a code, read back as a person would see it."""
    from desktop.core.recommendation_status import status_label
    from desktop.exchange.errors import Reason, describe
    from desktop.services.response_problems import RowIssue, RowProblem
    from desktop.services.user_faults import Fault, explain

    assert describe(Reason.NOT_FOR_YOU, "cy").startswith("Nid atoch chi y cyfeiriwyd y ffeil hon")
    assert status_label("escalated", "cy") == "UWCHGYFEIRIO"
    assert status_label("discharged", "en", merged_into=4) == (
        "DISCHARGED (amalgamated into recommendation 4)"
    )
    assert status_label("paused", "en") == "PAUSED"  # a later version's status, shown as stored
    no_file = explain(Fault.NO_SUCH_FILE, "cy", "a.csv")
    assert no_file == "Nid oes ffeil yn a.csv. Gwiriwch yr enw a'r ffolder."
    # A row's place starts the sentence in one language and sits inside it in the other.
    bad_date = RowProblem(RowIssue.BAD_DATE, "csv", place=4, value="soon")
    assert bad_date.explain("en").startswith("Line 4 of the file: “soon” is not a date.")
    assert bad_date.explain("cy").startswith("Llinell 4 y ffeil: nid yw “soon” yn ddyddiad.")
    unknown = RowProblem(RowIssue.UNKNOWN_ROW, "docx", place=2)
    assert unknown.explain("cy") == "Mae rhes 2 y tabl yn enwi arsylwad nad yw yn y cylch hwn."
    repeated = RowProblem(RowIssue.DUPLICATE_ROW, "docx", place=5, number=3, first=2)
    assert repeated.explain("en") == "Row 5 of the table repeats observation 3, which is also in row 2."


# --- No second catalogue ------------------------------------------------------------


def _cy_test(node: ast.expr) -> bool:
    """`language == "cy"` (either way round)."""
    return isinstance(node, ast.Compare) and any(
        isinstance(n, ast.Constant) and n.value == "cy" for n in (node.left, *node.comparators)
    )


def _is_language_tag(node: ast.expr) -> bool:
    return isinstance(node, ast.Constant) and node.value in ("en", "cy", "en-GB", "cy-GB")


def _constant(node: ast.expr | None, value: str) -> bool:
    return isinstance(node, ast.Constant) and node.value == value


def _holds_text_pairs(value: ast.expr) -> bool:
    """Whether a table's values (not its keys) include a pair of literal texts."""
    texts = [
        e for e in getattr(value, "elts", []) if isinstance(e, ast.Constant) and isinstance(e.value, str)
    ]
    if isinstance(value, ast.Tuple) and len(value.elts) == len(texts) == 2:
        return True
    children = value.values if isinstance(value, ast.Dict) else getattr(value, "elts", [])
    return any(_holds_text_pairs(child) for child in children)


def bilingual_pairs(source: str) -> list[int]:
    """Lines of `source` that keep English and Welsh side by side: a dict with "en" and
    "cy" keys (or keys such as ("member", "cy")), a table annotated as pairs of strings,
    or a choice on `language == "cy"` between two texts or between the halves of a pair."""
    found = []
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.Dict):
            keys = [k for k in node.keys if k is not None]
            flat = [e for k in keys for e in (k.elts if isinstance(k, ast.Tuple) else [k])]
            if any(_constant(k, "en") for k in flat) and any(_constant(k, "cy") for k in flat):
                found.append(node.lineno)
        elif isinstance(node, ast.AnnAssign) and "tuple[str, str]" in ast.unparse(node.annotation):
            if node.value is not None and _holds_text_pairs(node.value):
                found.append(node.lineno)
        elif isinstance(node, ast.IfExp) and _cy_test(node.test):
            branches = (node.body, node.orelse)
            texts = all(isinstance(b, ast.Constant) and not _is_language_tag(b) for b in branches)
            halves = all(isinstance(b, ast.Name | ast.Subscript) for b in branches)
            if texts or halves:
                found.append(node.lineno)
    return found


def test_the_scan_finds_each_shape_the_old_word_lists_had() -> None:
    """The shapes the six word lists had before they were folded into the catalogue."""
    shapes = [
        '_TEXT: dict[Refusal, tuple[str, str]] = {Refusal.REVOKED: ("Revoked.", "Wedi dirymu.")}',
        'CATALOGUE = {Reason.NOT_OURS: {"en": "Not ours.", "cy": "Nid ein un ni."}}',
        'LABELS = {("member", "en"): "Panel member", ("member", "cy"): "Aelod o\'r panel"}',
        'def word(key, language):\n    en, cy = WORDS[key]\n    return cy if language == "cy" else en',
        'def pick(pair, language):\n    return pair[1] if language == "cy" else pair[0]',
        'label = ("Aelod {letter}" if language == "cy" else "Member {letter}").format(letter="A")',
    ]
    assert [bool(bilingual_pairs(source)) for source in shapes] == [True] * len(shapes)
    fine = [
        'LANGUAGES = ("en", "cy")',
        'PATHS: dict[tuple[str, str], tuple[tuple[str, str], ...]] = {("card", "export"): (("file", FILE),)}',
        "params: tuple[tuple[str, str], ...] = ()",
        'tag = "cy-GB" if language == "cy" else "en-GB"',
        'code = "cy" if value == "cy" else "en"',
        'text = self.cy if language == "cy" else self.en',  # a template's own text, as data
    ]
    assert [bilingual_pairs(source) for source in fine] == [[]] * len(fine)


def test_no_module_outside_the_catalogue_keeps_its_own_english_and_welsh() -> None:
    offenders = {
        path.relative_to(ROOT).as_posix(): lines
        for path in sorted(DESKTOP.rglob("*.py"))
        if not any(path.is_relative_to(skipped) for skipped in NOT_SCANNED)
        for lines in [bilingual_pairs(path.read_text(encoding="utf-8"))]
        if lines
    }
    assert offenders == {}, "put the words in desktop/core/words/ and look them up with say()"
