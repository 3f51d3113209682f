"""How strong a new passphrase is, as codes the interface turns into sentences.

The passphrase is the key to the member's encrypted database, and a stolen copy of
that file can be attacked offline at whatever speed the attacker's hardware allows.
So strength is judged by zxcvbn, which estimates how many guesses an attacker who
knows common words, names, dates and keyboard patterns would need, instead of by
home-made rules. The one fixed rule left is a minimum length, so that the meter and
the refusal agree on something a member can see coming.

zxcvbn's advice is fixed English sentences; each is mapped here to a `Feedback` code
so the interface can show it in the member's language (core has no Qt and no words).
"""

from __future__ import annotations

import re
import threading
from dataclasses import dataclass
from enum import Enum
from typing import Any, cast

MIN_PASSPHRASE_LENGTH = 10
MIN_SCORE = 4  # zxcvbn's scale is 0-4; see docs/decisions.md for why 4
MAX_SCORE = 4
JUDGED_LENGTH = 72  # zxcvbn refuses longer input (its matching grows fast with length)


class PassphraseProblem(Enum):
    """Why a new passphrase is refused; the UI turns each into a sentence."""

    TOO_SHORT = "too_short"
    TOO_GUESSABLE = "too_guessable"
    MISMATCH = "mismatch"


class Feedback(Enum):
    """One per sentence zxcvbn can give as a warning or suggestion, plus two of ours.

    The value is zxcvbn's English sentence; `YOUR_NAME` and `OTHER` have no sentence
    of zxcvbn's (ours says the name was found; `OTHER` stands for a sentence a later
    zxcvbn adds before we map it).
    """

    USE_A_FEW_WORDS = "Use a few words, avoid common phrases."
    NO_NEED_FOR_SYMBOLS = "No need for symbols, digits, or uppercase letters."
    ADD_ANOTHER_WORD = "Add another word or two. Uncommon words are better."
    STRAIGHT_ROWS = "Straight rows of keys are easy to guess."
    SHORT_KEYBOARD_PATTERNS = "Short keyboard patterns are easy to guess."
    LONGER_KEYBOARD_PATTERN = "Use a longer keyboard pattern with more turns."
    REPEATED_CHARACTER = 'Repeats like "aaa" are easy to guess.'
    REPEATED_PATTERN = 'Repeats like "abcabcabc" are only slightly harder to guess than "abc".'
    AVOID_REPEATS = "Avoid repeated words and characters."
    SEQUENCES = 'Sequences like "abc" or "6543" are easy to guess.'
    AVOID_SEQUENCES = "Avoid sequences."
    RECENT_YEARS = "Recent years are easy to guess."
    AVOID_RECENT_YEARS = "Avoid recent years."
    AVOID_YOUR_YEARS = "Avoid years that are associated with you."
    DATES = "Dates are often easy to guess."
    AVOID_YOUR_DATES = "Avoid dates and years that are associated with you."
    TOP_10_PASSWORD = "This is a top-10 common password."
    TOP_100_PASSWORD = "This is a top-100 common password."
    VERY_COMMON_PASSWORD = "This is a very common password."
    SIMILAR_TO_COMMON_PASSWORD = "This is similar to a commonly used password."
    SINGLE_WORD = "A word by itself is easy to guess."
    NAMES_BY_THEMSELVES = "Names and surnames by themselves are easy to guess."
    COMMON_NAMES = "Common names and surnames are easy to guess."
    CAPITALS = "Capitalization doesn't help very much."
    ALL_UPPERCASE = "All-uppercase is almost as easy to guess as all-lowercase."
    REVERSED_WORDS = "Reversed words aren't much harder to guess."
    SUBSTITUTIONS = "Predictable substitutions like '@' instead of 'a' don't help very much."
    YOUR_NAME = "(your name)"
    OTHER = "(other)"


_BY_SENTENCE = {f.value: f for f in Feedback if f not in (Feedback.YOUR_NAME, Feedback.OTHER)}


def feedback_code(sentence: str) -> Feedback:
    """The code for one of zxcvbn's sentences; `OTHER` for one we do not know."""
    return _BY_SENTENCE.get(sentence, Feedback.OTHER)


@dataclass(frozen=True)
class Strength:
    """zxcvbn's verdict, in codes: a 0-4 score and the advice that goes with it."""

    score: int
    long_enough: bool
    warning: Feedback | None
    suggestions: tuple[Feedback, ...]

    @property
    def acceptable(self) -> bool:
        return self.long_enough and self.score >= MIN_SCORE

    @property
    def advice(self) -> tuple[Feedback, ...]:
        """The warning first, then the suggestions; empty for an acceptable passphrase."""
        if self.acceptable:
            return ()
        first = (self.warning,) if self.warning else ()
        return first + tuple(s for s in self.suggestions if s != self.warning)


_zxcvbn_lock = threading.Lock()  # zxcvbn keeps user_inputs in a module-global dictionary


def _judge(passphrase: str, user_inputs: list[str]) -> dict[str, Any]:
    """Call zxcvbn (untyped) and hand back its result as a plain dictionary.

    Imported here, not at the top: loading its word lists takes about 20 ms, which the
    unlock screen (the usual start) should not pay.
    """
    from zxcvbn import zxcvbn  # type: ignore[import-untyped]

    with _zxcvbn_lock:
        return cast(dict[str, Any], zxcvbn(passphrase[:JUDGED_LENGTH], user_inputs=user_inputs))


def name_inputs(display_name: str) -> list[str]:
    """The name as zxcvbn should know it: whole, word by word, and run together.

    zxcvbn matches each user input as one dictionary word, so "Gwen Jones" alone would
    not catch "gwenjones1970" or "Jones".
    """
    words = [w for w in re.split(r"[\W_]+", display_name.lower()) if len(w) >= 2]
    whole = display_name.strip().lower()
    return [w for w in dict.fromkeys([whole, *words, "".join(words)]) if w]


def passphrase_strength(passphrase: str, display_name: str = "") -> Strength:
    """How guessable `passphrase` is for someone who also knows the member's name."""
    if not passphrase:  # zxcvbn's own answer for nothing typed (it fails on "" itself)
        return Strength(0, False, None, (Feedback.USE_A_FEW_WORDS, Feedback.NO_NEED_FOR_SYMBOLS))
    result = _judge(passphrase, name_inputs(display_name))
    feedback = result["feedback"]
    warning = feedback_code(feedback["warning"]) if feedback["warning"] else None
    suggestions = tuple(feedback_code(s) for s in feedback["suggestions"])
    score = int(result["score"])
    if score < MIN_SCORE and _uses_name(result):
        warning = Feedback.YOUR_NAME
    if score < MIN_SCORE and not suggestions:  # zxcvbn says nothing at score 3
        suggestions = (Feedback.ADD_ANOTHER_WORD,)
    return Strength(score, len(passphrase) >= MIN_PASSPHRASE_LENGTH, warning, suggestions)


def _uses_name(result: dict[str, Any]) -> bool:
    """Whether zxcvbn's cheapest way to guess the passphrase goes through the name."""
    return any(m.get("dictionary_name") == "user_inputs" for m in result["sequence"])


def passphrase_problems(passphrase: str, repeat: str, display_name: str = "") -> list[PassphraseProblem]:
    """Every reason to refuse `passphrase`; empty when it is good enough."""
    problems = []
    if len(passphrase) < MIN_PASSPHRASE_LENGTH:
        problems.append(PassphraseProblem.TOO_SHORT)
    elif passphrase_strength(passphrase, display_name).score < MIN_SCORE:
        problems.append(PassphraseProblem.TOO_GUESSABLE)
    if passphrase != repeat:
        problems.append(PassphraseProblem.MISMATCH)
    return problems
