"""What can be wrong with a round's case list, in words a coordinator understands.

A problem is a message key with its values, not a finished sentence, so the same problem
can be shown in English or Welsh by the GUI and by the command line alike, without Qt.
The sentences are the catalogue's ("case_list.<key>" in `desktop.core.words`).
"""

from __future__ import annotations

from dataclasses import dataclass

from desktop.core.explained import Explained
from desktop.core.words import CATALOGUE, say

LANGUAGES = ("en", "cy")


@dataclass(frozen=True)
class Problem:
    """One thing wrong with the case list, and where.

    `line` is the line of the file where the row starts (the header is usually line 1);
    0 means the file as a whole. `column` is the column's name as Panel Review knows it,
    or None when the problem is with the whole line.
    """

    line: int
    column: str | None
    key: str
    params: tuple[tuple[str, str], ...] = ()

    def detail(self, language: str = "en") -> str:
        """The problem without where it is, in "en" or "cy" (anything else gives English)."""
        return say(f"case_list.{self.key}", language, **dict(self.params))

    def text(self, language: str = "en") -> str:
        """The whole message, starting with the line and column, in "en" or "cy"."""
        detail = self.detail(language)
        if self.line == 0:
            return detail
        if self.column is None:
            return say("case_list.where_line", language, line=self.line, detail=detail)
        return say("case_list.where_column", language, line=self.line, column=self.column, detail=detail)

    @property
    def message(self) -> str:
        return self.text("en")


def problem(line: int, column: str | None, key: str, **params: object) -> Problem:
    """A `Problem`, with its values written as text once so it stays hashable and frozen."""
    if f"case_list.{key}" not in CATALOGUE:
        raise KeyError(key)
    return Problem(line, column, key, tuple((k, str(v)) for k, v in params.items()))


class CaseListError(Explained, ValueError):
    """The case list cannot be used; `problems` says every reason found, in file order."""

    def __init__(self, problems: tuple[Problem, ...]) -> None:
        self.problems = tuple(sorted(problems, key=lambda p: p.line))
        super().__init__("\n".join(p.text("en") for p in self.problems))

    def text(self, language: str = "en") -> str:
        return "\n".join(p.text(language) for p in self.problems)

    def explain(self, language: str) -> str:
        """Every problem, one a line, each starting with where it is."""
        return self.text(language)
