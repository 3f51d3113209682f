"""Each part of a report in its own language: the typed texts swapped for their versions.

The coordinator writes a round's texts in one language and the other language's
versions are kept beside them (`services.translations`). A report's Welsh part prints
each text's Welsh version where there is one; a text with none is printed as written,
and named in `PanelReport.text_languages` so the renderers tag it with its own language.

A member's note is the member's own words: it stays in the language they wrote it in,
with the coordinator's translation printed after it, never instead of it.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace

from desktop.core.words import say
from desktop.reports.content import PanelReport
from desktop.reports.redaction import Change, Place, free_texts, rewritten

LANGUAGES = ("en", "cy")
MEMBERS_WORDS = ("note", "answer")  # Place parts a member typed


def other(language: str) -> str:
    """The language a text written in `language` is translated into."""
    return "cy" if language == "en" else "en"


def in_language(report: PanelReport, language: str) -> PanelReport:
    """`report` as its `language` part prints it (see the module's docstring)."""
    versions = report.versions
    foreign = dict(report.text_languages)

    def pick(place: Place, text: str) -> str:
        written = versions.language_of(place.text_key)
        if not text.strip() or written == language:
            return text
        version = versions.texts.get(place.text_key, {}).get(language, "")
        if place.part in MEMBERS_WORDS or not version.strip():
            foreign[text] = written
        if not version.strip():
            return text
        if place.part in MEMBERS_WORDS:
            return say("report.translated", language, text=text, translation=version)
        return version

    return replace(rewritten(report, pick), text_languages=foreign)


def version_texts(report: PanelReport) -> Iterator[tuple[Place, str]]:
    """(place, text) for every version of a typed text in another language, its place
    carrying that language: the texts a published report prints besides `free_texts`."""
    texts = report.versions.texts
    for place, _ in free_texts(report):
        for language, text in sorted(texts.get(place.text_key, {}).items()):
            if text.strip():
                yield replace(place, language=language), text


def versions_rewritten(report: PanelReport, change: Change) -> PanelReport:
    """`report` with every version passed through `change(place, text)`, as `rewritten`
    passes the texts themselves: the places `version_texts` lists."""
    changed: dict[str, dict[str, str]] = {}
    for place, text in version_texts(report):
        changed.setdefault(place.text_key, {})[place.language] = change(place, text)
    return replace(report, versions=replace(report.versions, texts=changed))
