"""A member's changes to a review they had sent, as the coordinator reads them before
taking the new revision (services.review_differences).

Part of the one catalogue (`desktop.core.words`): look a text up there with `say`.
"""

from __future__ import annotations

from desktop.core.words.entry import Words

CHANGES: dict[str, Words] = {
    "change.answer": Words(
        "{member} changed question {number} of case {reference} from {old} to {new}",
        "Newidiodd {member} gwestiwn {number} yn achos {reference} o {old} i {new}",
    ),
    "change.note": Words(
        "{member} changed the note on question {number} of case {reference}",
        "Newidiodd {member} y nodyn ar gwestiwn {number} yn achos {reference}",
    ),
    "change.when_why": Words("{change} on {date}: '{reason}'", "{change} ar {date}: '{reason}'"),
    "change.no_reason": Words("{change} (no reason given)", "{change} (dim rheswm wedi'i roi)"),
    "change.note_too": Words("The note changed too.", "Newidiodd y nodyn hefyd."),
    "change.evidence": Words(
        "{member} changed the evidence cited for question {number} of case {reference}",
        "Newidiodd {member} y dystiolaeth a nodwyd ar gyfer cwestiwn {number} yn achos {reference}",
    ),
    "change.evidence_too": Words(
        "The evidence cited changed too.", "Newidiodd y dystiolaeth a nodwyd hefyd."
    ),
    "change.no_answer": Words("no answer", "dim ateb"),
    "change.with_hours": Words("{answer} ({hours} hours)", "{answer} ({hours} awr)"),
    "change.pending": Words(
        "This revision differs from the one you have. Read the changes under 'Changes waiting for you' "
        "and accept them or keep the earlier revision.",
        "Mae'r fersiwn hon yn wahanol i'r un sydd gennych. Darllenwch y newidiadau o dan 'Newidiadau sy'n "
        "aros amdanoch' a'u derbyn neu gadw'r fersiwn gynharach.",
    ),
}
