"""The report's ways of asking the catalogue (`desktop.core.words`) for its words.

The report is written without Qt (the command line makes it too), so its words are in
the Qt-free catalogue under "report.…", with the domain's codes (case types, how answers
merged) under their own keys. The Welsh awaits review by a first-language speaker, like
the templates'.
"""

from __future__ import annotations

from desktop.core.agreement import Undefined
from desktop.core.case_codes import CaseType
from desktop.core.consensus import Agreement
from desktop.core.words import say
from desktop.core.words.dates import long_date
from desktop.reports.content import PanelReport


def word(key: str, language: str, **values: object) -> str:
    """The report's text `key` (a "report.…" key without its prefix)."""
    return say(f"report.{key}", language, **values)


def confirmed_line(report: PanelReport, language: str) -> str:
    """The published report's note that every text was read and confirmed, when and by
    which key (a fingerprint, so no one is named)."""
    date, _, time = report.confirmed_on.partition(" ")
    return word(
        "confirmed", language, date=long_date(date, language), time=time, fingerprint=report.confirmed_key
    )


def agreement_word(agreement: Agreement, language: str) -> str:
    return say(f"agreement.{agreement.value}", language)


def undefined_word(reason: Undefined, language: str) -> str:
    return say(f"undefined.{reason.value}", language)


def case_type_word(case_type: str, language: str) -> str:
    """A hate crime panel's case type in words; any other panel's type is "Other"."""
    known = case_type if case_type in CaseType.__members__.values() else "other"
    return say(f"case_type.{known}", language)
