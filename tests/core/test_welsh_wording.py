"""The Welsh reviews' rules, held over every Welsh text the app has.

The reviews (docs/welsh.md) found errors of a kind that comes back whenever a string
is added: the app's English name left in Welsh, *ni* where a vowel needs *nid*, a
masculine adjective after the feminine *fersiwn*, a bare count in front of a noun that
mutates, *Na* as an answer word. Each test below reads every Welsh text — the
catalogue the Qt-free layers print from, the interface's and Qt's translation files and
the checklist templates — so a new string that breaks a rule fails here, whoever adds it.
"""

from __future__ import annotations

import json
import re
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path

import pytest

from desktop.core.words import CATALOGUE

ROOT = Path(__file__).resolve().parents[2]
TRANSLATIONS = ROOT / "resources" / "translations"
TEMPLATES = ROOT / "resources" / "templates"


def _ts_messages(name: str) -> Iterator[tuple[str, str, str]]:
    """(source, disambiguation, Welsh) of every message in a translation file."""
    for message in ET.parse(TRANSLATIONS / name).getroot().iter("message"):
        yield (message.findtext("source") or "", message.findtext("comment") or "",
               message.findtext("translation") or "")  # fmt: skip


def _template_welsh(node: object, where: str) -> Iterator[tuple[str, str]]:
    if isinstance(node, dict):
        if isinstance(node.get("cy"), str):
            yield where, node["cy"]
        for key, value in node.items():
            yield from _template_welsh(value, f"{where}.{key}")
    elif isinstance(node, list):
        for i, value in enumerate(node):
            yield from _template_welsh(value, f"{where}[{i}]")


def welsh_texts() -> list[tuple[str, str]]:
    """(where, Welsh) for every Welsh text: catalogue, both .ts files, every template."""
    texts = [(f"catalogue {key}", entry.cy) for key, entry in CATALOGUE.items()]
    for name in ("panel_review_cy.ts", "qtbase_cy.ts"):
        texts += [(f"{name} {source!r}", welsh) for source, _, welsh in _ts_messages(name)]
    for path in sorted(TEMPLATES.glob("*.json")):
        texts += list(_template_welsh(json.loads(path.read_text(encoding="utf-8")), path.stem))
    return texts


WELSH = welsh_texts()


def breaking(pattern: str, flags: int = 0) -> list[tuple[str, str]]:
    """The texts in which `pattern` (a regular expression) occurs, with the words around it."""
    found = []
    for where, text in WELSH:
        for match in re.finditer(pattern, text, flags):
            found.append((where, text[max(0, match.start() - 20) : match.end() + 20]))
    return found


def test_every_source_of_welsh_is_read() -> None:
    """The rules below mean nothing if the collection silently finds nothing somewhere."""
    sources = {where.split(" ")[0].split(".")[0] for where, _ in WELSH}
    assert {"catalogue", "panel_review_cy", "qtbase_cy", "hate-crime", "stop-and-search"} <= sources
    assert len(WELSH) > 1500


def test_the_app_is_called_adolygiad_panel_in_welsh() -> None:
    assert breaking(r"Panel Review") == []


# Verbs the app uses that begin with a vowel: after them "ni" is "nid" (Nid atebodd neb).
# Forms of "gallu" (ni all, ni ellir) and mutated verbs (ni wnaed, ni adawyd) keep "ni".
VOWEL_VERBS = (
    r"(ysgrifenn|ateb|agor|anfon|ychwaneg|ymddir|arbed|allfor|ystyri|uno|oes|oedd|yw|ydy|ydych|adnabu|enwi)"
)


def test_ni_becomes_nid_before_a_vowel() -> None:
    assert breaking(rf"\b[Nn]i {VOWEL_VERBS}\w*") == []


def test_fersiwn_is_feminine() -> None:
    """*fersiwn* softens the adjective after it: fersiwn fwy newydd, fersiwn ddiweddarach."""
    adjectives = "mwy|diweddarach|cynharach|cyhoeddedig|mewnol|terfynol|blaenorol|gwahanol"
    assert breaking(rf"\bfersiwn ({adjectives})\b") == []


COUNTS = r"\{(count|added|total|left|n|k|started|used|unfinished)\}"


def test_a_count_never_stands_before_a_noun_it_would_mutate() -> None:
    """ "{count} pecyn" prints "2 pecyn" where Welsh needs "2 becyn": such counts follow a
    label instead ("Pecynnau a ysgrifennwyd: {count}") or go through `counted`."""
    assert breaking(COUNTS + r" (c|p|t|g|b|d|ll|m|rh)(?!h)\w+") == []


def test_a_count_is_never_followed_by_o_and_a_plural() -> None:
    """ "{count} o arsylwadau" reads "1 o arsylwadau" for one."""
    assert breaking(COUNTS + r" o \w+") == []


def test_na_is_only_the_dialog_buttons_word_for_no() -> None:
    """Yes/No rule: an answer echoes its question's verb (Do/Naddo, Oedd/Nac oedd); a legend
    naming answers uses those labels, and *Na* is left to the dialog buttons."""
    assert breaking(r"\(Na\b|\bNa, ") == []
    assert breaking(r"\bIe, ") == []


# The disambiguations of "Yes"/"No" answered Oedd/Nac oedd, and the label they answer.
OEDD_LABELS = {"quorate": "Quorate:"}


@pytest.mark.parametrize("use", sorted(OEDD_LABELS))
def test_a_label_answered_oedd_is_an_a_oedd_question(use: str) -> None:
    """ "Cworwm: Oedd" does not work; "A oedd cworwm? Oedd" does (Yes/No rule)."""
    messages = {(source, comment): welsh for source, comment, welsh in _ts_messages("panel_review_cy.ts")}
    assert (messages[("Yes", use)], messages[("No", use)]) == ("Oedd", "Nac oedd")
    label = messages[(OEDD_LABELS[use], "")]
    assert label.startswith("A oedd ") and label.endswith("?")


# The glossary (docs/welsh.md): one Welsh word per concept across the interface, the
# report, the force's table and the command line. Each rejected form, with the one used.
REJECTED = {
    r"\bolion bysedd\b": "ôl bys (a key has one fingerprint)",
    r"\b[Bb]lwch derbyn\b": "mewnflwch",
    r"\baseini\w*": "pecyn achosion; dyraniad / dyrannu",
    r"'i uno\b": "cyfuno (wedi'i gyfuno)",
    r"\bWEDI'I GYFLAWNI\b|\bwedi'i gyflawni\b": "wedi'i gau (discharged)",
    r"\b[Dd]oes (dim|neb)\b": "nid oes",
    r"\bWrthi'n\b": "Yn … (progress)",
    r"darllen-yn-unig": "darllen yn unig",
    r"Cardiau aelod\b(?!au)": "cardiau aelodau",
    r"\bSylwadau ac ymatebion": "Arsylwadau ac ymatebion (observations)",
    r"\bsefydlu\b|\bSefydlwch\b": "gosod (set up)",
    "’": "' (one apostrophe everywhere, so searches find every form)",
    r"\brownd\b": "cylch (a review round is a cylch adolygu)",
}


@pytest.mark.parametrize("rejected", sorted(REJECTED))
def test_a_rejected_glossary_form_appears_in_no_welsh_text(rejected: str) -> None:
    assert breaking(rejected, re.IGNORECASE) == [], f"use {REJECTED[rejected]}"


def english_and_welsh() -> list[tuple[str, str, str]]:
    """(where, English, Welsh) of every catalogue entry and interface message."""
    pairs = [(f"catalogue {key}", entry.en, entry.cy) for key, entry in CATALOGUE.items()]
    messages = _ts_messages("panel_review_cy.ts")
    pairs += [(f"interface {source!r}", source, welsh) for source, _, welsh in messages]
    return pairs


# An English term, and the Welsh stem (any mutation) every text naming it must use.
GLOSSARY = {
    r"observation": r"arsylw",
    r"fingerprint": r"ôl bys",
    r"\binbox": r"ewnflwch",
    r"merge|amalgamat": r"c?yf&?uno|gyfun|chyfun",
    r"passphrase": r"yfrinymadrodd",
}


@pytest.mark.parametrize("term", sorted(GLOSSARY))
def test_every_text_naming_a_glossary_term_uses_its_welsh(term: str) -> None:
    """The force reads "Arsylwad 3" in its table and must find the same word in the report;
    *sylw* is kept for the panel's comment. Likewise one word for each term below."""
    placeholder = re.compile(r"\{\w+\}")  # "{observations}" is a counted noun, worded elsewhere
    missing = [
        (where, welsh)
        for where, english, welsh in english_and_welsh()
        if re.search(term, placeholder.sub("", english), re.IGNORECASE)
        and not re.search(GLOSSARY[term], welsh, re.IGNORECASE)
    ]
    assert missing == []
