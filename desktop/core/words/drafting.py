"""The words the drafted findings are put together with: notes woven under a finding, the
sentence for what met the standard, the good practice and learning members wrote.

Part of the one catalogue (`desktop.core.words`): look a text up there with `say`.
"""

from __future__ import annotations

from desktop.core.words.entry import Words

DRAFTING: dict[str, Words] = {
    "draft.satisfied_with": Words(
        "Members were satisfied with {things}.", "Roedd yr aelodau'n fodlon {things}."
    ),
    "draft.satisfied_otherwise": Words(
        "Members were satisfied on the other points of the checklist.",
        "Roedd yr aelodau'n fodlon ar bwyntiau eraill y rhestr wirio.",
    ),
    "draft.also_noted": Words("Members also noted:", "Nododd yr aelodau hefyd:"),
    "draft.noted_by": Words("{who} noted: {note}", "Nododd {who}: {note}"),
    "draft.a_member_noted": Words("A member noted: {note}", "Nododd aelod: {note}"),
    "draft.members_noted": Words("Members noted: {note}", "Nododd yr aelodau: {note}"),
    "draft.split_counts": Words("{sentence} ({counts}).", "{sentence} ({counts})."),
    "draft.decided": Words(
        "{sentence} Members were divided on this, and the panel decided it. Its reason: {why}",
        "{sentence} Roedd yr aelodau'n anghytuno ar hyn, a phenderfynodd y panel arno. Ei reswm: {why}",
    ),
    "draft.left_open": Words(
        "{sentence} The panel discussed this and left it unresolved. Its reason: {why}",
        "{sentence} Trafododd y panel hyn a'i adael heb ei ddatrys. Ei reswm: {why}",
    ),
    "draft.hours_disagree": Words(
        "Members answered that the contact was {answer}, but the time they recorded, {hours} hours, is "
        "{side} of {standard} hours: the file does not settle it.",
        "Atebodd yr aelodau fod y cyswllt {answer}, ond mae'r amser a gofnodwyd ganddynt, {hours} awr, "
        "{side} o {standard} awr: nid yw'r ffeil yn setlo'r mater.",
    ),
    # the best overall rating given to a case with shortfalls: said, so it does not read as a contradiction
    "draft.best_although.one": Words(
        "{verdict}, although they found the shortfall set out above.",
        "{verdict}, er eu bod wedi canfod y diffyg a nodir uchod.",
    ),
    "draft.best_although.other": Words(
        "{verdict}, although they found the shortfalls set out above.",
        "{verdict}, er eu bod wedi canfod y diffygion a nodir uchod.",
    ),
    "draft.within_standard": Words("within the standard", "o fewn y safon"),
    "draft.outside_standard": Words("outside the standard", "y tu allan i'r safon"),
    "draft.is_within": Words("within the standard", "o fewn y safon"),
    "draft.is_outside": Words("beyond the standard", "y tu hwnt i'r safon"),
    "themes.line": Words(
        "{text} ({count} of {total} cases: {cases}).", "{text} ({count} o'r {total} achos: {cases})."
    ),
    "themes.written": Words("{text} ({cases}).", "{text} ({cases})."),
    "themes.hours_disagree": Words(
        "The contact time members recorded disagreed with their answer on the standard.",
        "Roedd yr amser cyswllt a gofnododd yr aelodau yn anghytuno â'u hateb am y safon.",
    ),
    "themes.issues": Words("Recurring findings", "Canfyddiadau a oedd yn codi dro ar ôl tro"),
    "themes.issues_intro": Words(
        "What members found in more than one case:",
        "Yr hyn a ganfu'r aelodau mewn mwy nag un achos:",
    ),
    "themes.no_issues": Words(
        "No shortfall was found in more than one case.",
        "Ni chanfuwyd unrhyw ddiffyg mewn mwy nag un achos.",
    ),
}
