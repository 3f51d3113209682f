"""Counted nouns and lists in English and Welsh.

Every expected string below was written by hand from the rules (numeral + singular,
soft mutation after 2 and after a feminine 1, aspirate after a masculine 3 and after 6,
"o" + softened plural above ten, "dim" + plural for nothing), not produced by the code.
"""

from __future__ import annotations

import pytest

from desktop.core.words.mutations import aspirate, soft
from desktop.core.words.nouns import NOUNS, counted, counted_range, joined

COUNTS = (0, 1, 2, 3, 6, 10, 11, 16, 20, 100)

WELSH = {
    "case": (
        "dim achosion", "1 achos", "2 achos", "3 achos", "6 achos", "10 achos",
        "11 o achosion", "16 o achosion", "20 o achosion", "100 o achosion",
    ),
    "finding": (
        "dim canfyddiadau", "1 canfyddiad", "2 ganfyddiad", "3 chanfyddiad", "6 chanfyddiad",
        "10 canfyddiad", "11 o ganfyddiadau", "16 o ganfyddiadau", "20 o ganfyddiadau",
        "100 o ganfyddiadau",
    ),
    "member": (
        "dim aelodau", "1 aelod", "2 aelod", "3 aelod", "6 aelod", "10 aelod",
        "11 o aelodau", "16 o aelodau", "20 o aelodau", "100 o aelodau",
    ),
    "review": (
        "dim adolygiadau", "1 adolygiad", "2 adolygiad", "3 adolygiad", "6 adolygiad", "10 adolygiad",
        "11 o adolygiadau", "16 o adolygiadau", "20 o adolygiadau", "100 o adolygiadau",
    ),
    "recommendation": (
        "dim argymhellion", "1 argymhelliad", "2 argymhelliad", "3 argymhelliad", "6 argymhelliad",
        "10 argymhelliad", "11 o argymhellion", "16 o argymhellion", "20 o argymhellion",
        "100 o argymhellion",
    ),
    "observation": (
        "dim arsylwadau", "1 arsylwad", "2 arsylwad", "3 arsylwad", "6 arsylwad", "10 arsylwad",
        "11 o arsylwadau", "16 o arsylwadau", "20 o arsylwadau", "100 o arsylwadau",
    ),
    "meeting": (
        "dim cyfarfodydd", "1 cyfarfod", "2 gyfarfod", "3 chyfarfod", "6 chyfarfod", "10 cyfarfod",
        "11 o gyfarfodydd", "16 o gyfarfodydd", "20 o gyfarfodydd", "100 o gyfarfodydd",
    ),
    "response": (
        "dim ymatebion", "1 ymateb", "2 ymateb", "3 ymateb", "6 ymateb", "10 ymateb",
        "11 o ymatebion", "16 o ymatebion", "20 o ymatebion", "100 o ymatebion",
    ),
    "round": (  # "cylch", as the Welsh review's glossary has it
        "dim cylchoedd", "1 cylch", "2 gylch", "3 chylch", "6 chylch", "10 cylch",
        "11 o gylchoedd", "16 o gylchoedd", "20 o gylchoedd", "100 o gylchoedd",
    ),
    # feminine (tair, not tri): nothing after 3; ff never mutates
    "case_file": (
        "dim ffeiliau achos", "1 ffeil achos", "2 ffeil achos", "3 ffeil achos", "6 ffeil achos",
        "10 ffeil achos", "11 o ffeiliau achos", "16 o ffeiliau achos", "20 o ffeiliau achos",
        "100 o ffeiliau achos",
    ),
}  # fmt: skip

ENGLISH = {
    "case": ("no cases", "1 case", "2 cases", "3 cases", "6 cases", "10 cases", "11 cases", "16 cases",
             "20 cases", "100 cases"),
    "finding": ("no findings", "1 finding", "2 findings", "3 findings", "6 findings", "10 findings",
                "11 findings", "16 findings", "20 findings", "100 findings"),
    "case_file": ("no case files", "1 case file", "2 case files", "3 case files", "6 case files",
                  "10 case files", "11 case files", "16 case files", "20 case files", "100 case files"),
}  # fmt: skip


@pytest.mark.parametrize("noun", sorted(WELSH))
def test_welsh_counts_mutate_as_the_numeral_read_aloud_does(noun: str) -> None:
    assert tuple(counted(n, noun, "cy") for n in COUNTS) == WELSH[noun]


@pytest.mark.parametrize("noun", sorted(ENGLISH))
def test_english_counts_are_singular_for_one_only(noun: str) -> None:
    assert tuple(counted(n, noun, "en") for n in COUNTS) == ENGLISH[noun]
    assert counted(4, noun, "fr") == ENGLISH[noun][2].replace("2", "4")


def test_every_noun_the_report_counts_is_in_the_one_table() -> None:
    assert set(WELSH) == set(NOUNS)
    assert NOUNS["finding"].gender == "m" and NOUNS["case_file"].gender == "f"
    with pytest.raises(KeyError):
        counted(2, "cat", "en")
    with pytest.raises(ValueError):
        counted(-1, "case", "en")


def test_a_range_takes_the_form_of_its_larger_number() -> None:
    assert counted_range(3, 4, "member", "en") == "3–4 members"
    assert counted_range(3, 4, "member", "cy") == "3–4 aelod"
    assert counted_range(1, 2, "meeting", "cy") == "1–2 gyfarfod"
    assert counted_range(10, 12, "finding", "cy") == "10–12 o ganfyddiadau"
    assert counted_range(4, 4, "member", "en") == "4 members"
    assert counted_range(1, 1, "member", "en") == "1 member"


@pytest.mark.parametrize(
    ("word", "softened", "aspirated"),
    [
        ("canfyddiad", "ganfyddiad", "chanfyddiad"),
        ("pecyn", "becyn", "phecyn"),
        ("tabl", "dabl", "thabl"),
        ("gwers", "wers", "gwers"),
        ("braich", "fraich", "braich"),
        ("dyraniad", "ddyraniad", "dyraniad"),
        ("llinyn", "linyn", "llinyn"),
        ("mis", "fis", "mis"),
        ("rheswm", "reswm", "rheswm"),
        ("chwaer", "chwaer", "chwaer"),
        ("ffeil", "ffeil", "ffeil"),
        ("achos", "achos", "achos"),
        ("Crefydd", "Grefydd", "Chrefydd"),
        ("Gwent", "Went", "Gwent"),
        ("Llanelli", "Lanelli", "Llanelli"),
    ],
)
def test_the_mutations_follow_their_tables(word: str, softened: str, aspirated: str) -> None:
    assert soft(word) == softened
    assert aspirate(word) == aspirated


@pytest.mark.parametrize(
    ("items", "english", "welsh"),
    [
        ([], "", ""),
        (["Case 7"], "Case 7", "Case 7"),
        (["Achos 7", "Achos 10"], "Achos 7 and Achos 10", "Achos 7 ac Achos 10"),
        (["Achos 1", "Achos 7", "Achos 10"], "Achos 1, Achos 7 and Achos 10", "Achos 1, Achos 7 ac Achos 10"),
        (["Hil", "Anabledd"], "Hil and Anabledd", "Hil ac Anabledd"),
        (["Hil", "Crefydd"], "Hil and Crefydd", "Hil a Chrefydd"),
        (["Hil", "Ynys Môn"], "Hil and Ynys Môn", "Hil ac Ynys Môn"),
        (["HC-001", "TC-002"], "HC-001 and TC-002", "HC-001 a TC-002"),
        (["Hil", "Rhywioldeb"], "Hil and Rhywioldeb", "Hil a Rhywioldeb"),
    ],
)
def test_lists_are_joined_with_and_a_or_ac(items: list[str], english: str, welsh: str) -> None:
    assert joined(items, "en") == english
    assert joined(items, "cy") == welsh
