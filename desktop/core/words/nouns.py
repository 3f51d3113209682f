"""Counted nouns ("2 findings", "2 ganfyddiad") and lists joined with "and" / "a" / "ac".

English needs only singular or plural. Welsh puts the singular after a numeral and the
numeral, even written in figures, mutates the noun as it would when read aloud:
- 1 (un) softens a feminine noun, except one starting with ll or rh; a masculine one
  stays: 1 achos, 1 ffeil achos.
- 2 (dau, dwy) softens every noun: 2 ganfyddiad, 2 gyfarfod, 2 aelod.
- 3 (tri) aspirates a masculine noun's c, p, t; a feminine one (tair) stays:
  3 chanfyddiad, 3 achos.
- 6 (chwe) aspirates c, p, t whatever the gender: 6 chanfyddiad.
- 4, 5, 7, 8, 9 and 10 change none of the nouns the app counts (5 and 7-10 would nasalise
  only blynedd, blwydd and diwrnod, which it never counts).
- Above ten the usual written form is the numeral, "o" and the plural, which "o"
  softens: 12 o achosion, 16 o ganfyddiadau, 11 o gyfarfodydd. Because every number
  above ten takes this form, compound numerals (un ar ddeg, dau ddeg tri ...) never
  have to be spelt out to know a mutation.
- Nothing (0) is "dim" and the plural: dim canfyddiadau; English says "no findings".
The rules are those of the Welsh review's section 4.1 (WELSH-REVIEW-2) and the standard
grammars; docs/decisions.md records the choices ("Dates and counted nouns").
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Literal, NamedTuple

from desktop.core.words.mutations import aspirate, soft, starts_with_vowel

__all__ = ["NOUNS", "Noun", "counted", "counted_range", "joined"]


class Noun(NamedTuple):
    """A noun the app counts: its Welsh gender and both numbers in both languages."""

    gender: Literal["m", "f"]
    en: str
    en_plural: str
    cy: str
    cy_plural: str


# The one table of counted nouns. A new one needs its gender from a dictionary
# (Geiriadur Prifysgol Cymru), not from its ending.
NOUNS: dict[str, Noun] = {
    "case": Noun("m", "case", "cases", "achos", "achosion"),
    "case_file": Noun("f", "case file", "case files", "ffeil achos", "ffeiliau achos"),
    "finding": Noun("m", "finding", "findings", "canfyddiad", "canfyddiadau"),
    "member": Noun("m", "member", "members", "aelod", "aelodau"),
    "review": Noun("m", "review", "reviews", "adolygiad", "adolygiadau"),
    "recommendation": Noun("m", "recommendation", "recommendations", "argymhelliad", "argymhellion"),
    "observation": Noun("m", "observation", "observations", "arsylwad", "arsylwadau"),
    "meeting": Noun("m", "meeting", "meetings", "cyfarfod", "cyfarfodydd"),
    "response": Noun("m", "response", "responses", "ymateb", "ymatebion"),
    "round": Noun("m", "round", "rounds", "cylch", "cylchoedd"),
}


def _welsh_singular(n: int, noun: Noun) -> str:
    """The singular as the numeral `n` (1-10) leaves it."""
    word = noun.cy
    if n == 2 or (n == 1 and noun.gender == "f" and not word.lower().startswith(("ll", "rh"))):
        return soft(word)
    if n == 6 or (n == 3 and noun.gender == "m"):
        return aspirate(word)
    return word


def _form(n: int, noun: Noun, language: str, shown: str) -> str:
    if language == "cy":
        if n == 0:
            return f"dim {noun.cy_plural}"
        if n > 10:
            return f"{shown} o {soft(noun.cy_plural)}"
        return f"{shown} {_welsh_singular(n, noun)}"
    if n == 0:
        return f"no {noun.en_plural}"
    return f"{shown} {noun.en if shown == '1' else noun.en_plural}"


def counted(n: int, noun: str, language: str) -> str:
    """`n` of the noun keyed `noun` in NOUNS, in `language` ("cy" Welsh, else English):
    "2 findings" / "2 ganfyddiad", "16 o ganfyddiadau", "no findings" / "dim canfyddiadau".
    A KeyError names a noun missing from the table."""
    if n < 0:
        raise ValueError(f"a count cannot be negative: {n}")
    return _form(n, NOUNS[noun], language, str(n))


def counted_range(low: int, high: int, noun: str, language: str) -> str:
    """ "3–4 members" / "3–4 aelod": a range takes the form its larger number asks for
    (read aloud the noun follows it); equal ends are one number."""
    if low == high:
        return counted(low, noun, language)
    return _form(max(low, high), NOUNS[noun], language, f"{min(low, high)}–{max(low, high)}")


def _and(item: str, language: str, mutate: bool) -> str:
    """ "and" before `item`: Welsh "ac" before a vowel, otherwise "a", which aspirates
    an ordinary word's c, p, t (a Chrefydd); a code or an all-capitals name is kept, and
    so is a person's name (`mutate` False), which a report prints as the person wrote it."""
    if language != "cy":
        return f"and {item}"
    if starts_with_vowel(item):
        return f"ac {item}"
    ordinary = mutate and len(item) > 1 and item[1].islower()
    return f"a {aspirate(item) if ordinary else item}"


def joined(items: Sequence[str], language: str, mutate: bool = True) -> str:
    """Items as a sentence lists them: "Case 7 and Case 10", "A, B and C";
    "Achos 7 ac Achos 10", "Hil a Chrefydd". No comma before the last "and"."""
    if len(items) <= 1:
        return "".join(items)
    return f"{', '.join(items[:-1])} {_and(items[-1], language, mutate)}"
