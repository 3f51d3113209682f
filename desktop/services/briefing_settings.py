"""The commissioner's briefing's letterhead, set once by the coordinator for every round.

The office's name and address, who signs and their title, and the Welsh Language
statement, each in Welsh and English where a reader would see the difference. They are
the office's own words, so the publication check does not read them (an office address
and telephone number are what a letterhead is for); they are checked instead for what
would not print (control characters, direction overrides) and for length, and refused
whole, with nothing saved, when any one is wrong.
"""

from __future__ import annotations

from dataclasses import asdict, fields

from sqlalchemy.orm import Session

from desktop.core.display_names import name_problem
from desktop.core.explained import Explained
from desktop.core.words import say
from desktop.reports.briefing_content import Letterhead
from desktop.services.coordinator_settings import read_settings_in, save_settings_in
from desktop.services.identity import require_coordinator
from desktop.services.operations import Changes
from desktop.storage.database import Database

PREFIX = "briefing."
# Per field: the most characters and lines it may hold.
LIMITS = {
    "office": (600, 10),
    "signatory": (200, 2),
    "role": (200, 3),
    "statement": (600, 6),
    "recipient": (600, 10),
}


class BriefingRefused(Explained, ValueError):
    """A setting or a briefing that cannot be used as given; nothing was saved or written."""

    def __init__(self, key: str, **values: object) -> None:
        self.key, self.values = key, values
        super().__init__(key)

    def explain(self, language: str) -> str:
        values = dict(self.values)
        if "field" in values:
            values["field"] = say(f"briefing.field.{values['field']}", language)
        return say(f"briefing.{self.key}", language, **values)


def field_kind(name: str) -> str:
    """ "office_cy" -> "office": the limits and words are shared by both languages."""
    return name.removesuffix("_en").removesuffix("_cy")


def checked_text(text: str, kind: str) -> str:
    """`text` with each line's end stripped, or `BriefingRefused` saying what is wrong."""
    most, lines = LIMITS[kind]
    typed = [line.rstrip() for line in text.strip().splitlines()]
    if len(text.strip()) > most or len(typed) > lines:
        raise BriefingRefused("too_long", field=kind, most=most, lines=lines)
    if any(line.strip() and name_problem(line) is not None for line in typed):
        raise BriefingRefused("unprintable", field=kind)
    return "\n".join(typed)


def letterhead(db: Database) -> Letterhead:
    """The letterhead as last saved (every field empty until it is set)."""
    with db.session() as session:
        return letterhead_in(session)


def letterhead_in(session: Session) -> Letterhead:
    """`letterhead` in the caller's unit of work."""
    require_coordinator(session)
    stored = read_settings_in(session, PREFIX)
    names = {f.name for f in fields(Letterhead)}
    return Letterhead(**{k: v for k, v in stored.items() if k in names})


def save_letterhead(db: Database, head: Letterhead) -> Changes:
    """Store every field of `head`, all or none: one wrong field refuses the whole."""
    checked = {name: checked_text(value, field_kind(name)) for name, value in asdict(head).items()}
    with db.session() as session:
        require_coordinator(session)
        save_settings_in(session, PREFIX, checked)
    return Changes(settings=True)
