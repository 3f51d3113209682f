"""Names for the codes the lower layers return (status, case type, strand).

The domain speaks in codes; only the interfaces turn them into words. A case's status,
its type and its strands are worded once, in the Qt-free catalogue the command line and
the reports use too (`desktop.core.words`), so the window and a printed page never
disagree; they are looked up in the interface language at the moment they are shown,
so a language switch re-labels them like every translated string.
"""

from __future__ import annotations

from desktop.core.case_codes import CaseStatus, CaseType, Strand
from desktop.core.words import say
from desktop.ui.i18n import current_language, tr


def status_label(code: str) -> str:
    return _code_label("case_status", code, CaseStatus)


def case_type_label(code: str) -> str:
    """A known case type in words; another panel's own type id is shown as it is."""
    return _code_label("case_type", code, CaseType)


def strand_label(code: str) -> str:
    return _code_label("strand", code, Strand)


def _code_label(area: str, code: str, known: type[CaseStatus | CaseType | Strand]) -> str:
    if code not in {member.value for member in known}:
        return code
    return say(f"{area}.{code}", current_language())


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
