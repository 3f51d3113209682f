"""The fixed words of the panel report, in English and Welsh.

The report is written without Qt (the command line makes it too), so its words live
here rather than in the interface's translation files. The Welsh awaits review by a
first-language speaker, like the templates'.
"""

from __future__ import annotations

from desktop.core.agreement import Undefined
from desktop.core.consensus import Agreement
from desktop.reports.content import PanelReport

_WORDS: dict[str, tuple[str, str]] = {
    "report": ("Panel report", "Adroddiad y panel"),
    "report_title": ("{panel}: {round}", "{panel}: {round}"),
    "scrutiny_of": ("Scrutiny of {force} case files", "Craffu ar ffeiliau achos {force}"),
    "published": (
        "Published version: members are not named.",
        "Fersiwn gyhoeddedig: nid yw'r aelodau'n cael eu henwi.",
    ),
    "internal": ("Internal version: not for publication.", "Fersiwn fewnol: nid i'w chyhoeddi."),
    "generated": ("Prepared on {date}", "Paratowyd ar {date}"),
    "confirmed": (
        "Before publication the panel's coordinator read every text that members and the panel "
        "wrote, and kept, edited or blanked each one; the last was confirmed on {date} at {time} UTC "
        "(coordinator's key fingerprint {fingerprint}).",
        "Cyn cyhoeddi, darllenodd cydlynydd y panel bob testun a ysgrifennodd yr aelodau a'r panel, "
        "a chadw, golygu neu wagio pob un; cadarnhawyd yr olaf ar {date} am {time} UTC "
        "(ôl bys allwedd y cydlynydd {fingerprint}).",
    ),
    "contents": ("Contents", "Cynnwys"),
    "background": ("Background", "Cefndir"),
    "meeting": ("The panel met on {date} ({form}).", "Cyfarfu'r panel ar {date} ({form})."),
    "meeting_unknown": (
        "The meeting date has not been recorded.",
        "Nid yw dyddiad y cyfarfod wedi'i gofnodi.",
    ),
    "in_person": ("in person", "wyneb yn wyneb"),
    "virtual": ("a virtual meeting", "cyfarfod rhithwir"),
    "written": ("a remote written review", "adolygiad ysgrifenedig o bell"),
    "attended": ("Members attending: {names}.", "Aelodau'n bresennol: {names}."),
    "attended_count": ("{count} members attended.", "Roedd {count} aelod yn bresennol."),
    "quorate": ("The panel was quorate.", "Roedd y panel yn gworwm."),
    "not_quorate": ("The panel was not quorate.", "Nid oedd y panel yn gworwm."),
    "sample": ("The sample", "Y sampl"),
    "sample_cases": (
        "Members reviewed {cases} case files, each by {low_high} members, using the checklist "
        "“{template}” (version {version}).",
        "Adolygodd yr aelodau {cases} ffeil achos, pob un gan {low_high} aelod, gan ddefnyddio'r "
        "rhestr wirio “{template}” (fersiwn {version}).",
    ),
    "period": ("Period covered: {text}", "Y cyfnod dan sylw: {text}"),
    "method": ("How the cases were chosen: {text}", "Sut y dewiswyd yr achosion: {text}"),
    "definitions": ("Definitions used", "Diffiniadau a ddefnyddiwyd"),
    "by_type": ("Cases reviewed by type and strand", "Achosion a adolygwyd yn ôl math a llinyn"),
    "type": ("Type", "Math"),
    "strand": ("Strand", "Llinyn"),
    "cases": ("Cases", "Achosion"),
    "total": ("Total", "Cyfanswm"),
    "findings": ("Findings case by case", "Canfyddiadau fesul achos"),
    "case": ("Case {n}: {reference}", "Achos {n}: {reference}"),
    "case_plain": ("Case {n}", "Achos {n}"),
    "reviewed_by": ("Reviewed by {names}.", "Adolygwyd gan {names}."),
    "panel_comment": ("The panel's findings", "Canfyddiadau'r panel"),
    "members_notes": ("Members' notes", "Nodiadau'r aelodau"),
    "split": (
        "Members were split: {counts}.",
        "Roedd yr aelodau'n anghytuno: {counts}.",
    ),
    "decided": (
        "At the meeting the panel decided: {answer}. {why}",
        "Yn y cyfarfod penderfynodd y panel: {answer}. {why}",
    ),
    "left_open": ("The panel left this unresolved. {why}", "Gadawodd y panel hyn heb ei ddatrys. {why}"),
    "good_practice": ("Good practice", "Arfer da"),
    "learning": ("Areas for learning", "Meysydd i ddysgu ohonynt"),
    "criteria": ("Detailed findings: cases by finding", "Canfyddiadau manwl: achosion yn ôl canfyddiad"),
    "criteria_intro": (
        "For each question, how many cases had each finding. “Unable to agree” counts splits the "
        "panel left unresolved; a split the panel decided is counted under its decision.",
        "Ar gyfer pob cwestiwn, faint o achosion a gafodd bob canfyddiad. Mae “Methu cytuno” yn cyfrif "
        "achosion lle'r oedd yr aelodau'n anghytuno ac na phenderfynodd y panel; mae penderfyniad y "
        "panel yn cael ei gyfrif o dan y penderfyniad hwnnw.",
    ),
    "question": ("Question", "Cwestiwn"),
    "comments": ("Comments", "Sylwadau"),
    "agreement": ("Agreement between members", "Cytundeb rhwng aelodau"),
    "agreement_intro": (
        "How consistently members answered each question, across the cases two or more of them "
        "reviewed. 1 is complete agreement and 0 no more than chance. Low agreement usually points "
        "to a question members read differently, not to a poor case.",
        "Pa mor gyson yr atebodd yr aelodau bob cwestiwn, ar draws yr achosion a adolygwyd gan ddau "
        "neu fwy ohonynt. Mae 1 yn gytundeb llwyr a 0 yn ddim gwell na siawns. Fel arfer mae cytundeb "
        "isel yn awgrymu cwestiwn y mae aelodau'n ei ddeall yn wahanol, nid achos gwael.",
    ),
    "kappa": ("Fleiss' kappa", "Kappa Fleiss"),
    "alpha": ("Krippendorff's alpha", "Alffa Krippendorff"),
    "ac1": ("Gwet's AC1", "AC1 Gwet"),
    "compared": ("Cases compared", "Achosion a gymharwyd"),
    "low": ("Low: check the question's wording", "Isel: gwiriwch eiriad y cwestiwn"),
    "not_defined": ("not defined", "heb ei ddiffinio"),
    "summary": ("Summary", "Crynodeb"),
    "summary_splits": (
        "Members were unable to agree on {count} findings, in cases {cases}.",
        "Nid oedd yr aelodau'n gallu cytuno ar {count} canfyddiad, yn achosion {cases}.",
    ),
    "observations": ("Observations and the force's responses", "Sylwadau ac ymatebion yr heddlu"),
    "observation": ("Observation", "Sylw"),
    "response": ("Force response", "Ymateb yr heddlu"),
    "no_response": ("Awaiting the force's response.", "Yn aros am ymateb yr heddlu."),
    "from_cases": ("From cases: {cases}", "O achosion: {cases}"),
    "recommendations": ("Recommendations", "Argymhellion"),
    "recommendation": ("Recommendation", "Argymhelliad"),
    "status": ("Status", "Statws"),
    "update": ("Update", "Diweddariad"),
    "assessment": ("Commissioner's team assessment", "Asesiad tîm y Comisiynydd"),
    "due": ("Due {date}", "Erbyn {date}"),
    "owner": ("Owner: {owner}", "Perchennog: {owner}"),
    "merged_into": ("Merged into recommendation {number}.", "Wedi'i uno ag argymhelliad {number}."),
    "appendix": (
        "Appendix: the reviews this report rests on",
        "Atodiad: yr adolygiadau y mae'r adroddiad hwn yn seiliedig arnynt",
    ),
    "appendix_intro": (
        "Every finding comes from these signed review packages, as accepted into the coordinator's "
        "inbox. The fingerprint identifies the member's key; the checksum identifies the file.",
        "Daw pob canfyddiad o'r pecynnau adolygu hyn a lofnodwyd, fel y'u derbyniwyd i fewnflwch y "
        "cydlynydd. Mae'r olion bysedd yn adnabod allwedd yr aelod; mae'r swm gwirio yn adnabod y ffeil.",
    ),
    "member": ("Member", "Aelod"),
    "fingerprint": ("Fingerprint", "Olion bysedd"),
    "revision": ("Version", "Fersiwn"),
    "received": ("Received (UTC)", "Derbyniwyd (UTC)"),
    "checksum": ("SHA-256 checksum", "Swm gwirio SHA-256"),
    "page": ("Page {page} of {pages}", "Tudalen {page} o {pages}"),
    "none": ("None recorded.", "Dim wedi'i gofnodi."),
    "hate_crime": ("Hate crime", "Trosedd casineb"),
    "nchi": ("Non-crime hate incident", "Digwyddiad casineb nad yw'n drosedd"),
    "other": ("Other", "Arall"),
    "open": ("Open", "Agored"),
    "ongoing": ("Ongoing", "Parhaus"),
    "discharged": ("Discharged", "Wedi'i gyflawni"),
    "escalated": ("Escalated", "Wedi'i uwchgyfeirio"),
    "merged": ("Merged", "Wedi'i uno"),
    "yes": ("Yes", "Oedd"),
    "no": ("No", "Nac oedd"),
}

_AGREEMENT: dict[Agreement, tuple[str, str]] = {
    Agreement.AGREED: ("Agreed", "Cytunwyd"),
    Agreement.MAJORITY: ("Majority", "Mwyafrif"),
    Agreement.UNABLE_TO_AGREE: ("Unable to agree", "Methu cytuno"),
    Agreement.ONE_REVIEW: ("One review", "Un adolygiad"),
    Agreement.NO_ANSWERS: ("Not answered", "Heb ei ateb"),
}

_UNDEFINED: dict[Undefined, tuple[str, str]] = {
    Undefined.TOO_FEW_CASES: (
        "not defined: fewer than two cases had two or more answers",
        "heb ei ddiffinio: llai na dau achos â dau ateb neu fwy",
    ),
    Undefined.ONE_CATEGORY: (
        "not defined: every answer was the same, so chance agreement is complete",
        "heb ei ddiffinio: roedd pob ateb yr un fath, felly mae cytundeb siawns yn llwyr",
    ),
    Undefined.UNEQUAL_RATERS: (
        "not defined: cases had different numbers of reviewers",
        "heb ei ddiffinio: roedd nifer yr adolygwyr yn wahanol rhwng achosion",
    ),
}


def word(key: str, language: str, **values: object) -> str:
    en, cy = _WORDS[key]
    text = cy if language == "cy" else en
    return text.format(**values) if values else text


def confirmed_line(report: PanelReport, language: str) -> str:
    """The published report's note that every text was read and confirmed, when and by
    which key (a fingerprint, so no one is named)."""
    date, _, time = report.confirmed_on.partition(" ")
    return word("confirmed", language, date=date, time=time, fingerprint=report.confirmed_key)


def agreement_word(agreement: Agreement, language: str) -> str:
    en, cy = _AGREEMENT[agreement]
    return cy if language == "cy" else en


def undefined_word(reason: Undefined, language: str) -> str:
    en, cy = _UNDEFINED[reason]
    return cy if language == "cy" else en


def case_type_word(case_type: str, language: str) -> str:
    return word(case_type, language) if case_type in ("hate_crime", "nchi") else word("other", language)
