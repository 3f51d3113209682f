"""Names people read: member names, profile labels, round titles, case references.

Such a name is shown in lists, dialogs and reports, where a reader trusts what they
see. Characters that are not seen but change what is seen — control characters,
direction overrides that show "Ann Jones" reversed, zero-width spaces that make a
blank row or make two different names look alike — are refused wherever a name enters
the app, each with its own plain sentence in English and Welsh.

`lookalike_key` folds away what a reader cannot tell apart (letter case, compatibility
forms, letters of another script that look the same), so the roster can warn before a
second card claims a name already enrolled. The look-alike table is Unicode's own
(UTS #39 confusables) as published by the `confusable-homoglyphs` package.
"""

from __future__ import annotations

import unicodedata
from enum import Enum
from functools import cache

from desktop.core.explained import Explained
from desktop.core.words import say

# Characters that reorder text around them (bidirectional embeddings, overrides,
# isolates and marks). Named so the refusal can say the text would be reordered.
_DIRECTION = frozenset(
    [chr(c) for c in range(0x202A, 0x202F)] + [chr(c) for c in range(0x2066, 0x206A)]
    + ["\u200e", "\u200f", "\u061c"]
)  # fmt: skip

# Categories that never show as a glyph of a name: format characters (zero-width space
# and joiners, word joiner, byte-order mark, soft hyphen…), private use, unassigned and
# surrogate code points.
_INVISIBLE_CATEGORIES = frozenset({"Cf", "Co", "Cn", "Cs"})
_CONTROL_CATEGORIES = frozenset({"Cc", "Zl", "Zp"})

# Default-ignorable characters whose category is a letter or mark, so the categories
# above miss them: the combining grapheme joiner, Hangul fillers, Khmer inherent
# vowels, Mongolian and standard variation selectors, the Braille blank.
_INVISIBLE_EXTRA = frozenset(
    ["\u034f", "\u115f", "\u1160", "\u17b4", "\u17b5", "\u3164", "\uffa0", "\u2800"]
    + [chr(c) for c in range(0x180B, 0x1810)] + [chr(c) for c in range(0xFE00, 0xFE10)]
    + [chr(c) for c in range(0xE0100, 0xE01F0)]
)  # fmt: skip


class NameProblem(Enum):
    EMPTY = "empty"
    CONTROL = "control"
    DIRECTION = "direction"
    INVISIBLE = "invisible"


class NameRefused(Explained, ValueError):
    """A name, title or reference that cannot be shown as typed; nothing was changed."""

    def __init__(self, problem: NameProblem, what: str = "") -> None:
        super().__init__(f"{problem.value}: {what}" if what else problem.value)
        self.problem = problem

    def explain(self, language: str) -> str:
        return explain_name(self.problem, language)


def explain_name(problem: NameProblem, language: str) -> str:
    """The plain sentence for `problem` in `language` ("en" or "cy")."""
    return say(f"name.{problem.value}", language)


def _kind(char: str) -> NameProblem | None:
    if char in _DIRECTION:
        return NameProblem.DIRECTION
    category = unicodedata.category(char)
    if category in _CONTROL_CATEGORIES:
        return NameProblem.CONTROL
    if category in _INVISIBLE_CATEGORIES or char in _INVISIBLE_EXTRA:
        return NameProblem.INVISIBLE
    return None


def name_problem(name: str) -> NameProblem | None:
    """What stops `name` from being shown as typed, or None when it can be.

    A name with nothing visible is EMPTY even when it is made of invisible characters:
    that is what a reader would meet (a blank row). Otherwise the first kind found in
    the order control, direction, invisible is named. Spaces are allowed anywhere; the
    caller strips the ends.
    """
    kinds = {_kind(c) for c in name}
    visible = [c for c in name if _kind(c) is None and not c.isspace() and unicodedata.category(c)[0] != "M"]
    if not visible:
        return NameProblem.EMPTY
    for problem in (NameProblem.CONTROL, NameProblem.DIRECTION, NameProblem.INVISIBLE):
        if problem in kinds:
            return problem
    return None


def check_name(name: str, what: str = "") -> str:
    """`name` with its ends stripped, or NameRefused naming why it cannot be used."""
    problem = name_problem(name)
    if problem is not None:
        raise NameRefused(problem, what)
    return name.strip()


@cache
def _prototypes() -> dict[str, str]:
    """Each confusable character mapped to the one its look-alike class is compared by.

    The package's table pairs every character of UTS #39 confusables.txt with its
    prototype both ways: a source lists only its prototype, a prototype lists all its
    sources. A class of two single characters cannot be told apart that way, so both
    map to the smaller, which compares them equal all the same.
    """
    from confusable_homoglyphs.confusables import confusables_data

    mapping: dict[str, str] = {}
    for char, homoglyphs in confusables_data.items():
        if len(char) != 1 or len(homoglyphs) != 1:
            continue
        target = homoglyphs[0]["c"].replace("\u200e", "")
        if len(target) > 1 or len(confusables_data.get(target, ())) > 1:
            mapping[char] = target
        elif target:
            mapping[char] = min(char, target)
    return mapping


def lookalike_key(name: str) -> str:
    """A key equal for names a reader could not tell apart.

    NFKC folds compatibility forms (full-width letters, ligatures), casefold folds
    case, the confusables skeleton folds letters of other scripts that look the same
    (Cyrillic "А" for Latin "A"), and runs of spaces count as one. The skeleton is
    taken before and after folding case, so "Ian" meets "lan" (capital I and small L
    look alike) as well as "ian". So "Ann Jones",
    "ANN  JONES" and "Аnn Jones" share a key.
    """
    prototypes = _prototypes()

    def skeleton(text: str) -> str:
        decomposed = unicodedata.normalize("NFD", text)
        return unicodedata.normalize("NFKC", "".join(prototypes.get(c, c) for c in decomposed))

    key = skeleton(skeleton(unicodedata.normalize("NFKC", name)).casefold()).casefold()
    return " ".join(key.split())
