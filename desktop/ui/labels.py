"""Translated names for the codes the lower layers return (status, case type, strand).

The domain speaks in codes; only the UI turns them into words, through Qt's translation
system, so a language switch re-labels everything.
"""

from __future__ import annotations

from desktop.core.case_codes import CaseStatus
from desktop.ui.i18n import tr


def status_label(code: str) -> str:
    names = {
        CaseStatus.NOT_STARTED: tr("Not started"),
        CaseStatus.IN_PROGRESS: tr("In progress"),
        CaseStatus.COMPLETE: tr("Complete"),
        CaseStatus.DEFERRED: tr("Deferred"),
    }
    return names.get(code, code)


def case_type_label(code: str) -> str:
    names = {
        "hate_crime": tr("Hate crime"),
        "nchi": tr("Non-crime hate incident"),
    }
    return names.get(code, code)


def strand_label(code: str) -> str:
    names = {
        "race": tr("Race or ethnicity"),
        "religion": tr("Religion or belief"),
        "sexual_orientation": tr("Sexual orientation"),
        "disability": tr("Disability"),
        "transgender": tr("Transgender identity"),
        "other": tr("Other"),
    }
    return names.get(code, code)


def case_description(case_type: str, strands: tuple[str, ...]) -> str:
    """'Hate crime · Race or ethnicity, Disability' in the interface language."""
    parts = ", ".join(strand_label(s) for s in strands)
    return f"{case_type_label(case_type)} · {parts}" if parts else case_type_label(case_type)


def progress_label(answered: int, required: int) -> str:
    return tr("{answered} of {required}").format(answered=answered, required=required)


def spoken_fingerprint(fingerprint: str) -> str:
    """A fingerprint as a screen reader should say it: digit by digit, a pause between groups.

    "02710 22405" would be read as the numbers "two thousand seven hundred and ten…",
    which the person on the phone, reading digits, cannot match; spaced digits are read
    one by one and the commas make the pauses.
    """
    return ", ".join(" ".join(group) for group in fingerprint.split())


def plain_label(text: str) -> str:
    """A button's visible text as its accessible name: no mnemonic "&", no trailing "…".

    The name a screen reader or voice control uses must contain the words on the button
    (so "press Auto-assign" works for both); what the button does goes in its description.
    """
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&").removesuffix("…").strip()
