"""One entry of the bilingual catalogue: a text in English and in Welsh."""

from __future__ import annotations

from typing import NamedTuple


class Words(NamedTuple):
    """The same text in both languages, with the same `{placeholders}` in each."""

    en: str
    cy: str

    def in_language(self, language: str) -> str:
        """The Welsh for "cy"; English for anything else (the app's fallback everywhere)."""
        return self.cy if language == "cy" else self.en
