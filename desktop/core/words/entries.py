"""Why a coordinator's entry, or a row of a returned response table, is not taken.

Part of the one catalogue (`desktop.core.words`): look a text up there with `say`.
"""

from __future__ import annotations

from desktop.core.words.entry import Words

ENTRIES: dict[str, Words] = {
    # Why an observation or recommendation is not saved (services.entry_problems).
    "entry.empty_text": Words(
        "Write the text first: it cannot be empty.",
        "Ysgrifennwch y testun yn gyntaf: ni all fod yn wag.",
    ),
    "entry.too_long": Words(
        "The text is longer than {limit} characters; please shorten it.",
        "Mae'r testun yn hirach na {limit} o nodau; byrhewch ef os gwelwch yn dda.",
    ),
    "entry.no_such_round": Words(
        "That review round is not in this profile.",
        "Nid yw'r cylch adolygu hwnnw yn y proffil hwn.",
    ),
    "entry.no_such_observation": Words(
        "That observation no longer exists.",
        "Nid yw'r arsylwad hwnnw'n bodoli mwyach.",
    ),
    "entry.no_such_question": Words(
        "A finding can only be linked by a question of the round's checklist; {value} is not one.",
        "Dim ond drwy gwestiwn o restr wirio'r cylch y gellir cysylltu canfyddiad; nid yw {value} yn un.",
    ),
    "entry.case_not_in_round": Words(
        "An observation can only name cases of its own round.",
        "Dim ond achosion o'i gylch ei hun y gall arsylwad eu henwi.",
    ),
    "entry.bad_date": Words(
        "“{value}” is not a date. Write dates as 2026-03-31.",
        "Nid yw “{value}” yn ddyddiad. Ysgrifennwch ddyddiadau fel 2026-03-31.",
    ),
    "entry.bad_number": Words(
        "There is no place {value}: the numbers run from 1 to {last}.",
        "Nid oes safle {value}: mae'r rhifau'n rhedeg o 1 i {last}.",
    ),
    "entry.no_such_recommendation": Words(
        "That recommendation no longer exists.",
        "Nid yw'r argymhelliad hwnnw'n bodoli mwyach.",
    ),
    "entry.bad_status": Words(
        "The status must be open, ongoing, discharged or escalated.",
        "Rhaid i'r statws fod yn agored, yn barhaus, wedi'i gau neu wedi'i uwchgyfeirio.",
    ),
    "entry.merge_into_itself": Words(
        "A recommendation cannot be amalgamated into itself.",
        "Ni ellir cyfuno argymhelliad ag ef ei hun.",
    ),
    "entry.merge_into_merged": Words(
        "Recommendation {value} has itself been amalgamated into another; choose that one instead.",
        "Mae argymhelliad {value} ei hun wedi'i gyfuno ag un arall; dewiswch hwnnw yn lle hynny.",
    ),
    "entry.already_merged": Words(
        "Recommendation {value} has already been amalgamated into another, so it is closed.",
        "Mae argymhelliad {value} eisoes wedi'i gyfuno ag un arall, felly mae wedi'i gau.",
    ),
    "entry.merge_cycle": Words(
        "Recommendation {value} is already amalgamated, directly or not, into this one.",
        "Mae argymhelliad {value} eisoes wedi'i gyfuno, yn uniongyrchol neu beidio, â'r un hwn.",
    ),
    # A returned response table's rows (services.response_problems).
    "row.added_row": Words(
        "{where} is not one of the panel’s observations (it has no observation reference). Put its response "
        "in the right row, or delete the row, and import the file again.",
        "Nid yw {where} yn un o arsylwadau'r panel (nid oes cyfeirnod arsylwad ganddi). Rhowch ei hymateb "
        "yn y rhes gywir, neu dilëwch y rhes, a mewnforiwch y ffeil eto.",
    ),
    "row.unknown_row": Words(
        "{where} names an observation that is not in this round.",
        "Mae {where} yn enwi arsylwad nad yw yn y cylch hwn.",
    ),
    "row.duplicate_row": Words(
        "{where} repeats observation {number}, which is also in {first}.",
        "Mae {where} yn ailadrodd arsylwad {number}, sydd hefyd yn {first}.",
    ),
    "row.bad_date": Words(
        "{where}: “{value}” is not a date. Write dates as 2026-03-31 or 31/03/2026.",
        "{where}: nid yw “{value}” yn ddyddiad. Ysgrifennwch ddyddiadau fel 2026-03-31 neu 31/03/2026.",
    ),
    "row.too_long": Words(
        "{where}: the response is longer than 20,000 characters.",
        "{where}: mae'r ymateb yn hirach na 20,000 o nodau.",
    ),
    "row.reordered": Words(
        "The rows were in a different order; responses were matched by observation.",
        "Roedd y rhesi mewn trefn wahanol; cafodd yr ymatebion eu paru yn ôl arsylwad.",
    ),
    "row.text_changed": Words(
        "{where}: the wording of observation {number} was changed in the file. The panel’s wording is kept; "
        "check the response against it.",
        "{where}: cafodd geiriad arsylwad {number} ei newid yn y ffeil. Mae geiriad y panel yn cael ei "
        "gadw; gwiriwch yr ymateb yn ei erbyn.",
    ),
    "row.missing": Words(
        "Observation {number} is not in the file; its response is left as it was.",
        "Nid yw arsylwad {number} yn y ffeil; mae ei ymateb yn aros fel yr oedd.",
    ),
    "row.where.docx": Words("row {n} of the table", "rhes {n} y tabl"),
    "row.where_short.docx": Words("row {n}", "rhes {n}"),
    "row.where.csv": Words("line {n} of the file", "llinell {n} y ffeil"),
    "row.where_short.csv": Words("line {n}", "llinell {n}"),
}
