"""The Welsh initial mutations a counted noun or a list needs, from their rules.

Only the consonants each mutation changes are listed; any other start (a vowel, ff, s,
h, n, ch, ph, th, a digit) is left alone. Digraphs are tested before single letters, so
"ll" softens to "l" and "ch" is never taken for a "c". A capital stays a capital.
"""

from __future__ import annotations

__all__ = ["aspirate", "soft", "starts_with_vowel"]

# Soft mutation (treiglad meddal): c>g, p>b, t>d, g>-, b>f, d>dd, ll>l, m>f, rh>r.
_SOFT = (
    ("ll", "l"), ("rh", "r"), ("ch", "ch"), ("ph", "ph"), ("th", "th"), ("dd", "dd"), ("ff", "ff"),
    ("ng", "ng"), ("c", "g"), ("p", "b"), ("t", "d"), ("g", ""), ("b", "f"), ("d", "dd"), ("m", "f"),
)  # fmt: skip
# Aspirate mutation (treiglad llaes): c>ch, p>ph, t>th.
_ASPIRATE = (("ch", "ch"), ("ph", "ph"), ("th", "th"), ("c", "ch"), ("p", "ph"), ("t", "th"))
VOWELS = frozenset("aeiouwyâêîôûŵŷáéíóúẃýàèìòùẁỳäëïöüẅÿ")


def _mutate(word: str, table: tuple[tuple[str, str], ...]) -> str:
    lower = word.lower()
    for start, becomes in table:
        if lower.startswith(start):
            rest = word[len(start) :]
            if word[:1].isupper():
                return (becomes[:1].upper() + becomes[1:] + rest) if becomes else rest[:1].upper() + rest[1:]
            return becomes + rest
    return word


def soft(word: str) -> str:
    """`word` after dau/dwy, "o", a feminine "un" (treiglad meddal): canfyddiad > ganfyddiad,
    gwers > wers, llinyn > linyn."""
    return _mutate(word, _SOFT)


def aspirate(word: str) -> str:
    """`word` after tri, chwe or the conjunction "a" (treiglad llaes): canfyddiad >
    chanfyddiad, pecyn > phecyn, Crefydd > Chrefydd."""
    return _mutate(word, _ASPIRATE)


def starts_with_vowel(word: str) -> bool:
    """Whether a Welsh word begins with a vowel (w and y count), as "a" > "ac" asks."""
    return word[:1].lower() in VOWELS
