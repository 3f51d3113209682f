"""The words for the domain's codes: case types, case statuses, strands, recommendation
statuses, how answers merged, and the kinds of personal data the publication scan finds.

Part of the one catalogue (`desktop.core.words`): look a text up there with `say`.
"""

from __future__ import annotations

from desktop.core.words.entry import Words

DOMAIN: dict[str, Words] = {
    # Case types, by the code stored (core.case_codes.CaseType).
    "case_type.hate_crime": Words("Hate crime", "Trosedd casineb"),
    "case_type.nchi": Words("Non-crime hate incident", "Digwyddiad casineb nad yw'n drosedd"),
    "case_type.other": Words("Other", "Arall"),
    # A member's progress on one case (core.case_codes.CaseStatus); the interface's words.
    "case_status.not_started": Words("Not started", "Heb ddechrau"),
    "case_status.in_progress": Words("In progress", "Ar waith"),
    "case_status.complete": Words("Complete", "Wedi'i gwblhau"),
    "case_status.deferred": Words("Deferred", "Wedi'i ohirio"),
    # Hate crime strands (core.case_codes.Strand); the interface's words.
    "strand.race": Words("Race or ethnicity", "Hil neu ethnigrwydd"),
    "strand.religion": Words("Religion or belief", "Crefydd neu gred"),
    "strand.sexual_orientation": Words("Sexual orientation", "Cyfeiriadedd rhywiol"),
    "strand.disability": Words("Disability", "Anabledd"),
    "strand.transgender": Words("Transgender identity", "Hunaniaeth drawsryweddol"),
    "strand.other": Words("Other", "Arall"),
    # A recommendation's status as the tracker prints it, in capitals (core.recommendation_status).
    "recommendation.open": Words("OPEN", "AGORED"),
    "recommendation.ongoing": Words("ONGOING", "PARHAUS"),
    "recommendation.discharged": Words("DISCHARGED", "WEDI'I GAU"),
    "recommendation.escalated": Words("ESCALATE", "UWCHGYFEIRIO"),
    "recommendation.merged": Words(
        "DISCHARGED (amalgamated into recommendation {number})",
        "WEDI'I GAU (wedi'i gyfuno ag argymhelliad {number})",
    ),
    # How members' answers merged (core.consensus.Agreement).
    "agreement.agreed": Words("Agreed", "Cytunwyd"),
    "agreement.majority": Words("Majority", "Mwyafrif"),
    "agreement.unable_to_agree": Words("Unable to agree", "Methu cytuno"),
    "agreement.one_review": Words("One review", "Un adolygiad"),
    "agreement.no_answers": Words("Not answered", "Heb ei ateb"),
    # Why an agreement statistic has no value (core.agreement.Undefined).
    "undefined.too_few_cases": Words(
        "not defined: fewer than two cases had two or more answers",
        "heb ei ddiffinio: llai na dau achos â dau ateb neu fwy",
    ),
    "undefined.one_category": Words(
        "not defined: every answer was the same, so chance agreement is complete",
        "heb ei ddiffinio: roedd pob ateb yr un fath, felly mae cytundeb siawns yn llwyr",
    ),
    "undefined.unequal_raters": Words(
        "not defined: cases had different numbers of reviewers",
        "heb ei ddiffinio: roedd nifer yr adolygwyr yn wahanol rhwng achosion",
    ),
    # What the publication scan found (core.personal_data.Kind).
    "personal_data.name_after_title": Words("a name", "enw"),
    "personal_data.name": Words("a name", "enw"),
    "personal_data.date_of_birth": Words("a date of birth", "dyddiad geni"),
    "personal_data.age": Words("an age", "oedran"),
    "personal_data.phone": Words("a phone number", "rhif ffôn"),
    "personal_data.postcode": Words("a postcode", "cod post"),
    "personal_data.email": Words("an email address", "cyfeiriad e-bost"),
    "personal_data.vehicle_registration": Words("a vehicle registration", "rhif cofrestru cerbyd"),
    "personal_data.collar_number": Words("an officer's number", "rhif swyddog"),
    "personal_data.case_reference": Words("a case reference", "cyfeirnod achos"),
    "personal_data.address": Words("an address", "cyfeiriad"),
    "personal_data.national_insurance": Words("a National Insurance number", "rhif Yswiriant Gwladol"),
    "personal_data.school_or_workplace": Words("a school or workplace", "ysgol neu weithle"),
    # A profile's label offered at set-up, by role.
    "role.member": Words("Panel member", "Aelod o'r panel"),
    "role.coordinator": Words("Panel coordinator", "Cydlynydd y panel"),
}
