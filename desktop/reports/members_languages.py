"""The language each member marked their words in, keyed as the report's typed texts are.

A member marks each note (and the written answer beside it) English or Welsh; the mark
comes with their review package. The report keeps those words in that language and
prints a translation after them (`reports.languages.in_language`); a mark left unknown
(a package from before marks) is read as the round's language, so it is left out here.
"""

from __future__ import annotations

from desktop.core.findings import RoundFindings
from desktop.reports.redaction import Place

MARKS = ("en", "cy")


def members_languages(findings: RoundFindings) -> dict[str, str]:
    """Place text key -> "en" or "cy" for every note and written answer whose member
    marked its language: the `languages` of `services.translations.versions_in`."""
    marked: dict[str, str] = {}
    for case in findings.cases:
        ref = case.case.reference
        for qid, cell in case.cells.items():
            for given in cell.answers:
                language = given.answer.note_language
                if language not in MARKS:
                    continue
                marked[Place(ref, "note", given.letter, qid).text_key] = language
                if isinstance(given.answer.value, str):  # a code's key is never looked up
                    marked[Place(ref, "answer", given.letter, qid).text_key] = language
    return marked
