"""Likely personal data in free text, found before a report is published.

Before a report is exported in publication mode, every piece of free text in it (members'
notes, the panel's comments, observations) is scanned, and each hit is shown in context
for the coordinator to redact or accept. The scanner only points. It finds, in English
and in Welsh: names after a title ("Mrs Siân Llŷr") or a rank ("PC Bennett"); names the
caller knows (roster, members, people in the case list or labelled in the case's
documents), whole in any case, by their single words with a capital, without accents
("Sian") and in their Welsh mutated forms after the words that cause them ("i Ddafydd",
"â Thomos"); untitled names in telling phrases ("the victim, Gareth ap Rhys,", "IP Siân
Davies", "her son Dafydd (7)", "y dioddefwr, …", "ei fab Iolo fab Hywel", "Huw spoke to",
"Roedd Gethin wedi"); street addresses (a house number with a street word in either
language's order, "12 Bridge Street", "12 Heol y Bont", "12a", "Flat 3", "Unit 4" before a
street, and a street without a number after "lives on" or "yn byw yn"); postcodes; phone numbers;
e-mail addresses; dates of birth and ages; National Insurance numbers; vehicle
registrations; collar numbers; crime and case references; and schools and workplaces
next to a person ("attends Ysgol Y Graig", "works at Tesco Extra", "yn gweithio yn …")
or named as schools ("St Mary's Primary", "Ysgol Gyfun Gŵyr").

Still not found: a name with none of those words around it ("Nia Haf from the family"),
a house name without a street ("Tŷ Gwyn"), ages in words, workplaces without a verb that
puts someone there, foreign phone numbers, and anything that identifies a person by
description alone. The coordinator's own reading is still what makes a report fit to
publish. The labelled corpus (tests/core/personal_data_corpus.jsonl, bench/personal_data.py)
measures recall and precision per kind; a miss found later goes into it first.

Precision matters as much as recall: a coordinator shown two hundred false alarms stops
reading them. So the patterns are narrow on purpose: a number is an age only next to
"aged", "years old" or "oed" or in brackets after a name; a date is a date of birth only
after "born", "DOB" or "dyddiad geni"; a capitalised word is a name only after a title or
next to words that say a person is meant. The shapes of addresses, schools and untitled
names live in personal_data_patterns.py. See docs/decisions.md, "Personal data before
publication (issue 8)" and "The personal-data check (issue 14)".
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from enum import Enum

from desktop.core import personal_data_patterns as patterns
from desktop.core.personal_data_patterns import LOWER as _LOWER
from desktop.core.personal_data_patterns import NAME as _NAME
from desktop.core.personal_data_patterns import NOT_A_NAME as _NOT_A_NAME
from desktop.core.personal_data_patterns import PARTICLE as _PARTICLE
from desktop.core.personal_data_patterns import UPPER as _UPPER
from desktop.core.words import say


class Kind(Enum):
    NAME_AFTER_TITLE = "name_after_title"
    DATE_OF_BIRTH = "date_of_birth"
    AGE = "age"
    PHONE = "phone"
    POSTCODE = "postcode"
    EMAIL = "email"
    VEHICLE_REG = "vehicle_registration"
    COLLAR_NUMBER = "collar_number"
    CASE_REFERENCE = "case_reference"
    NAME = "name"  # a name the app knows (roster, case list, documents) or one in a telling phrase
    ADDRESS = "address"  # a house number with a street word, a flat or unit
    NATIONAL_INSURANCE = "national_insurance"
    SCHOOL_OR_WORKPLACE = "school_or_workplace"  # next to a person: "attends Ysgol Y Graig"


def kind_word(kind: Kind, language: str) -> str:
    """How a coordinator reads `kind`: "an address", or in Welsh "cyfeiriad"."""
    return say(f"personal_data.{kind.value}", language)


@dataclass(frozen=True)
class Hit:
    kind: Kind
    start: int
    end: int
    text: str


# Where hits overlap, the merged hit keeps the kind that comes first here: the more
# structured a pattern, the less likely its match is an accident.
_SPECIFICITY = (
    Kind.EMAIL,
    Kind.CASE_REFERENCE,
    Kind.PHONE,
    Kind.DATE_OF_BIRTH,
    Kind.POSTCODE,
    Kind.VEHICLE_REG,
    Kind.COLLAR_NUMBER,
    Kind.AGE,
    Kind.NATIONAL_INSURANCE,
    Kind.ADDRESS,
    Kind.SCHOOL_OR_WORKPLACE,
    Kind.NAME_AFTER_TITLE,
    Kind.NAME,
)
_RANK = {kind: i for i, kind in enumerate(_SPECIFICITY)}

# --- names after a title -------------------------------------------------------------

_TITLE = r"(?:Mrs|Mr|MRS|MR|Ms|Miss|Mx|Dr|Professor|Prof|Sir|Dame|Revd|Rev|Parch)"
_INITIAL = rf"[{_UPPER}]\.?"
# "Sir" is also the Welsh for county: "Sir Gâr", "Sir Benfro", "Sir Fôn".
_WELSH_COUNTY = (
    r"(?:Gâr|Gaerfyrddin|Benfro|Fôn|Ddinbych|Fynwy|Feirionnydd|Forgannwg|Frycheiniog|"
    r"Faesyfed|Drefaldwyn|Aberteifi|Gaernarfon|Gaerffili|Gwent|Powys|Conwy|Wrecsam|Gaerdydd|"
    r"Abertawe|Ceredigion|Penfro|Morgannwg|Gwynedd|Casnewydd|Fflint|Ynys)"
)
_NAME_AFTER_TITLE = re.compile(
    rf"(?<![\w-]){_TITLE}\.?[ \u00a0]+(?!{_WELSH_COUNTY}(?![\w'’-]))"
    rf"(?:{_INITIAL}[ \u00a0]+)*(?!{_NOT_A_NAME}\b){_NAME}"
    rf"(?:[ \u00a0]+(?:{_PARTICLE}[ \u00a0]+)?(?!{_NOT_A_NAME}\b){_NAME}){{0,2}}"
    rf"(?![\w'’])"
)
# "Mill Dr. Caller reports ..." is a road, not a doctor.
_ROAD_BEFORE = re.compile(rf"[{_UPPER}][{_LOWER}]+[ \u00a0]+$")

# --- dates of birth ------------------------------------------------------------------

_MONTH = (
    r"(?:January|February|March|April|May|June|July|August|September|October|November|"
    r"December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec|"
    # Welsh, with the mutated forms that follow "o" ("12 o Fawrth").
    r"Ionawr|Chwefror|Mawrth|Fawrth|Ebrill|Mai|Fai|Mehefin|Fehefin|Gorffennaf|Orffennaf|"
    r"Awst|Medi|Fedi|Hydref|Tachwedd|Dachwedd|Rhagfyr|Ragfyr)\.?"
)
_DAY = r"(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th|af|il|ydd|ed|fed|eg|ain)?"
_YEAR = r"(?:19|20)\d{2}"
_DATE = (
    rf"(?:\d{{1,2}}[/.-]\d{{1,2}}[/.-](?:\d{{4}}|\d{{2}})"
    rf"|{_YEAR}-\d{{2}}-\d{{2}}"
    rf"|{_DAY}(?:[ ]+o)?[ ]+{_MONTH},?[ ]+{_YEAR}"
    rf"|{_MONTH}[ ]+{_DAY},?[ ]+{_YEAR}"
    rf"|{_MONTH}[ ]+{_YEAR}"
    rf"|{_YEAR})"
)
_BIRTH = (
    r"(?:D\.O\.B\.?|DOB|date[ ]+of[ ]+birth|born(?:[ ]+(?:on|in))?|"
    r"dyddiad[ ]+geni|(?:ganwyd|ganed|(?:ei|eu)[ ]+geni)(?:[ ]+(?:ar|yn|ym))?)"
)
_DATE_OF_BIRTH = re.compile(
    rf"(?<![\w-]){_BIRTH}[ ]*(?:[:\-–][ ]*)?(?:(?:is|was|yw|oedd|as|given[ ]+as|fel)[ ]+)?{_DATE}"
    r"(?![\w/.-]\d|\w)",
    re.IGNORECASE,
)

# --- ages ----------------------------------------------------------------------------

# "over 18 years old", "dros 18 oed": an age limit, not anyone's age.
_NOT_A_LIMIT = r"(?<![\w.,/-])(?<!over )(?<!under )(?<!dros )(?<!dan )(?<!than )(?<!tan )(?<!hyd )"
_AGES = tuple(
    re.compile(p, re.IGNORECASE)
    for p in (
        # "aged 34", but not "aged 18-25" or "aged 18 to 25" (a group, not a person).
        r"(?<![\w-])aged[ ]+(?P<n>\d{1,3})(?![\w+%]|[ ]*(?:[-–]|to|and|or|i)[ ]*\d)",
        r"(?<![\w-])(?:age|oedran)[ ]*:[ ]*(?P<n>\d{1,3})(?![\w%])",
        rf"{_NOT_A_LIMIT}(?P<n>\d{{1,3}})[- ]?(?:years?|yrs?)[- ](?:old|of[ ]+age)(?!\w)",
        rf"{_NOT_A_LIMIT}(?P<n>\d{{1,3}})[ ]?(?:yo|y/o|y\.o\.)(?!\w)",
        rf"{_NOT_A_LIMIT}(?P<n>\d{{1,3}})[ ]+(?:(?:mlwydd|blwydd|mlynedd)[ -]+)?oed(?!\w)",
        # "she is 14", "he was 9" - but not "she was 14 weeks pregnant" or "is 14 days late".
        r"(?<![\w-])(?:she|he|they)[ ]+(?:is|was|were)[ ]+(?:only[ ]+|just[ ]+)?(?P<n>\d{1,2})"
        r"(?![\w%:/-]|\.\d|[ ]*(?:%|-|(?:weeks?|days?|hours?|hrs?|minutes?|mins?|months?|times|miles|"
        r"per|percent|of|out|ft|cm|stone|kg)\b))",
    )
)
_OLDEST = 120

# --- phone numbers -------------------------------------------------------------------

_PHONE = re.compile(
    r"(?<![\w+/.-])"
    r"(?:\(0\d{2,4}\)[ ]?\d{3,4}[ -]?\d{3,4}"
    r"|(?:\+44[ ]?(?:\(0\)[ ]?)?|0)\d{2,4}[ -]?\d{3,4}[ -]?\d{3,4})"
    r"(?![\w/]|[.:-]\d)"
)

# --- postcodes -----------------------------------------------------------------------

# Every UK postcode area (Crown dependencies included); the Welsh ones are CF, CH, HR,
# LD, LL, NP, SA and SY.
_AREA_LIST = """
AB AL B BA BB BD BH BL BN BR BS BT CA CB CF CH CM CO CR CT CV CW DA DD DE DG DH DL DN DT DY
E EC EH EN EX FK FY G GL GU GY HA HD HG HP HR HS HU HX IG IM IP IV JE KA KT KW KY L LA LD
LE LL LN LS LU M ME MK ML N NE NG NN NP NR NW OL OX PA PE PH PL PO PR RG RH RM S SA SE SG
SK SL SM SN SO SP SR SS ST SW SY TA TD TF TN TQ TR TS TW UB W WA WC WD WF WN WR WS WV YO ZE
"""
_POSTCODE_AREAS = frozenset(_AREA_LIST.split())
_POSTCODE = re.compile(
    r"(?<![\w-])(?P<area>[A-Za-z]{1,2})\d[A-Za-z\d]?[ \u00a0]?\d[ABD-HJLNP-UW-Zabd-hjlnp-uw-z]{2}(?![\w-])"
)

# --- e-mail --------------------------------------------------------------------------

_EMAIL = re.compile(
    r"(?<![\w.+-])[A-Za-z0-9](?:[A-Za-z0-9._%+-]*[A-Za-z0-9_%+-])?"
    r"@[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?)+"
    r"(?![\w@-])"
)

# --- vehicle registrations -----------------------------------------------------------

# Current format since 2001: two letters, the age identifier, three letters ("AB12 CDE").
_REG_CURRENT = re.compile(r"(?<![\w-])[A-HJ-PR-Y][A-HJ-PR-Y](?P<age>\d\d)[ ]?[A-HJ-NP-Z]{3}(?![\w-])")
# Prefix format, 1983-2001: a year letter, 1-3 digits, three letters ("A123 BCD").
_REG_PREFIX = re.compile(r"(?<![\w-])[A-HJ-NPR-TV-Y][1-9]\d{0,2}[ ]?(?P<tail>[A-HJ-NP-Z]{3})(?![\w-])")
# Three capitals that are far likelier an abbreviation than the end of a number plate.
_PLATE_STOPS = """
PDF ASB CPS BSL PNB NFA EDI CAD DOB BWV RTC NHS GBH ABH CID MOJ OIC SIO PND PNC HMO DVD USB
LGB AND THE FOR ARE NOT
"""
_NOT_A_PLATE = frozenset(_PLATE_STOPS.split())

# --- collar numbers ------------------------------------------------------------------

_RANK_WORD = (
    r"(?:PCSO|PC|SC|DC|DS|DI|DCI|Sgt|SGT|sgt|Sergeant|sergeant|Insp|INSP|insp|Inspector|"
    r"inspector|Ch[ ]?Insp|Supt|Cwnstabl|cwnstabl|Gwnstabl|gwnstabl|Heddwas|heddwas|"
    r"Rhingyll|rhingyll|Ringyll|ringyll|Arolygydd|arolygydd|SCCH)"
)
_COLLAR = re.compile(
    rf"(?<![\w-])(?:{_RANK_WORD}\.?[ \t\u00a0]{{0,3}}#?\d{{2,5}}"
    rf"|(?:Officer|officer|Swyddog|swyddog)[ \t\u00a0]{{1,3}}#?\d{{3,5}})"
    r"(?![\w/]|[.:,]\d)"
)

# --- crime and occurrence references -------------------------------------------------

_REFERENCES = (
    # "62/12345/24": force or division, serial, year.
    re.compile(r"(?<![\w/.-])\d{1,3}/\d{4,7}/\d{2,4}(?![\w/]|\.\d)"),
    # "CR/2024/001234".
    re.compile(r"(?<![\w/-])[A-Z]{2,5}/\d{2,4}/\d{3,8}(?![\w/])"),
    # "OCC-123456", "CAD 12345", "URN 123456".
    re.compile(
        r"(?<![\w/-])(?:OCC|OCR|CRN|CRIS|CR|INC|LOG|CAD|URN|REF|STORM|NICHE|ATHENA)"
        r"[-/ ]?\d{5,12}(?![\w/-])"
    ),
)


def scan(text: str, known_references: Iterable[str] = (), known_names: Iterable[str] = ()) -> list[Hit]:
    """The likely personal data in `text`, sorted by start; overlapping hits are merged.

    `known_references` are references the caller knows belong to the case (its own crime
    number, say), found wherever they appear, whatever their shape, ignoring case.
    `known_names` are people's names the caller knows of (the roster, the case list,
    the case's documents), found wherever they appear as whole words, ignoring case.
    """
    found: list[tuple[int, int, Kind]] = []

    def add(kind: Kind, matches: Iterable[re.Match[str]]) -> None:
        found.extend((m.start(), m.end(), kind) for m in matches)

    add(Kind.EMAIL, _EMAIL.finditer(text))
    add(Kind.PHONE, (m for m in _PHONE.finditer(text) if _is_phone(m.group())))
    add(Kind.POSTCODE, (m for m in _POSTCODE.finditer(text) if _is_postcode(m)))
    add(Kind.DATE_OF_BIRTH, _DATE_OF_BIRTH.finditer(text))
    for pattern in _AGES:
        add(Kind.AGE, (m for m in pattern.finditer(text) if int(m.group("n")) <= _OLDEST))
    add(Kind.VEHICLE_REG, (m for m in _REG_CURRENT.finditer(text) if _is_age_identifier(m.group("age"))))
    add(Kind.VEHICLE_REG, (m for m in _REG_PREFIX.finditer(text) if m.group("tail") not in _NOT_A_PLATE))
    add(Kind.COLLAR_NUMBER, _COLLAR.finditer(text))
    for pattern in _REFERENCES:
        add(Kind.CASE_REFERENCE, pattern.finditer(text))
    known = _known_pattern(known_references)
    if known is not None:
        add(Kind.CASE_REFERENCE, known.finditer(text))
    spans = (
        (Kind.ADDRESS, patterns.addresses(text)),
        (Kind.NATIONAL_INSURANCE, patterns.national_insurance(text)),
        (Kind.SCHOOL_OR_WORKPLACE, patterns.schools_and_workplaces(text)),
        (Kind.NAME, patterns.names_in_phrases(text)),
        (Kind.AGE, patterns.ages_after_names(text)),
        (Kind.NAME, patterns.known_names(patterns.known_names_finder(known_names), text)),
    )
    for kind, found_spans in spans:
        found.extend((start, end, kind) for start, end in found_spans)
    add(Kind.NAME_AFTER_TITLE, (m for m in _NAME_AFTER_TITLE.finditer(text) if not _is_road(text, m)))
    return [Hit(kind, start, end, text[start:end]) for start, end, kind in _merged(found)]


def in_context(text: str, hit: Hit, width: int = 40) -> str:
    """The hit in brackets with about `width` characters either side, cut at whole words.

    Whitespace (line breaks included) is collapsed to single spaces, and "…" marks text
    left out: "…reviewed by [Sgt 218] at 23:05".
    """
    window = max(width * 4, 200)
    before = _collapse(text[max(0, hit.start - window) : hit.start])
    after = _collapse(text[hit.end : hit.end + window])
    cut_before = hit.start > window or len(before) > width
    cut_after = hit.end + window < len(text) or len(after) > width
    if len(before) > width:
        whole_word = before[-width - 1] == " "
        before = before[-width:]
        if not whole_word:
            # Drop the word the cut went through, keeping what follows it.
            space = before.find(" ")
            before = before[space + 1 :] if space >= 0 else ""
    if len(after) > width:
        whole_word = after[width] == " "
        after = after[:width]
        if not whole_word:
            space = after.rfind(" ")
            after = after[:space] if space >= 0 else ""
    before = before.lstrip()
    after = after.rstrip()
    return (
        ("…" if cut_before else "")
        + before
        + "["
        + _collapse(hit.text)
        + "]"
        + after
        + ("…" if cut_after else "")
    )


def redact(text: str, hits: Iterable[Hit], mark: str = "[redacted]") -> str:
    """`text` with every hit's span replaced by `mark`; overlapping spans are replaced once."""
    spans = _merged((h.start, h.end, h.kind) for h in hits)
    out = text
    for start, end, _kind in reversed(spans):
        out = out[:start] + mark + out[end:]
    return out


# --- helpers -------------------------------------------------------------------------


def _merged(found: Iterable[tuple[int, int, Kind]]) -> list[tuple[int, int, Kind]]:
    """Overlapping spans joined, each keeping the most specific kind among its parts."""
    merged: list[tuple[int, int, Kind]] = []
    for start, end, kind in sorted(found, key=lambda f: (f[0], -f[1])):
        if start >= end:
            continue
        if merged and start < merged[-1][1]:
            m_start, m_end, m_kind = merged[-1]
            best = kind if _RANK[kind] < _RANK[m_kind] else m_kind
            merged[-1] = (m_start, max(m_end, end), best)
        else:
            merged.append((start, end, kind))
    return merged


def _is_phone(number: str) -> bool:
    digits = re.sub(r"\D", "", number)
    if digits.startswith("44"):
        digits = digits[2:]
        if not digits.startswith("0"):
            digits = "0" + digits
        elif number.count("(0)") == 0:
            return False
    return len(digits) in (10, 11) and digits[1] in "12378"


def _is_postcode(match: re.Match[str]) -> bool:
    code = match.group()
    # One case throughout: "CF10 3AT" or "cf10 3at", not "Cf10 3at" (a word that happens
    # to have the shape).
    if not (code.isupper() or code.islower()):
        return False
    return match.group("area").upper() in _POSTCODE_AREAS


def _is_age_identifier(age: str) -> bool:
    n = int(age)
    return 2 <= n <= 29 or 51 <= n <= 79


def _is_road(text: str, match: re.Match[str]) -> bool:
    """Whether a "Dr." is "Drive" at the end of an address: "Mill Dr. Caller ..."."""
    if not match.group().startswith("Dr."):
        return False
    return _ROAD_BEFORE.search(text, max(0, match.start() - 40), match.start()) is not None


def _known_pattern(references: Iterable[str]) -> re.Pattern[str] | None:
    refs = sorted({r.strip() for r in references if r.strip()}, key=len, reverse=True)
    if not refs:
        return None
    return re.compile(r"(?<!\w)(?:" + "|".join(re.escape(r) for r in refs) + r")(?!\w)", re.IGNORECASE)


_SPACES = re.compile(r"\s+")


def _collapse(s: str) -> str:
    return _SPACES.sub(" ", s)


# --- names in a case's own documents -------------------------------------------------

# "Victim: Ffion Jones", "IP Gareth ap Rhys", "Suspect JONES, Mark": a label a case log
# puts before a person, then the name.
_PERSON_LABEL = (
    r"(?:Victim|Suspect|Witness|Informant|Caller|Complainant|IP|Aggrieved|Offender|Name|"
    r"Dioddefwr|Dioddefydd|Tyst|Sawl[ ]a[ ]ddrwgdybir|Enw)"
)
_LABELLED_NAME = re.compile(
    rf"(?<![\w-]){_PERSON_LABEL}[ \t]*[:\-–]?[ \t]*"
    rf"(?P<name>(?!{_NOT_A_NAME}\b){_NAME}"
    rf"(?:,?[ \t]+(?:{_PARTICLE}[ \t]+)?(?!{_NOT_A_NAME}\b){_NAME}){{1,2}})"
    rf"(?![\w'’])"
)


def names_in_document(text: str) -> set[str]:
    """The people's names a case document states after a label ("Victim: Ffion Jones"),
    after a title ("Mrs Eleri Morgan") or in a telling phrase ("the caller, Mark Hughes,"),
    so a note that later names them without a title is still caught (`known_names`), and
    by their first or last name alone ("Eleri said").

    Only names a document marks as people's are taken: every capitalised pair in a log
    would make every place and organisation a "name", and a coordinator shown that many
    hits stops reading them. A single word found by a title or phrase is left out: as a
    known name it would be matched in any case ("Mark" in "mark complete").
    """
    names: set[str] = set()
    for match in _LABELLED_NAME.finditer(text):
        name = _collapse(match.group("name"))
        names.add(name)
        if "," in name:  # "JONES, Mark" is also written "Mark Jones"
            last, first = (part.strip() for part in name.split(",", 1))
            names.add(f"{first} {last}")
    found = [m.group() for m in _NAME_AFTER_TITLE.finditer(text) if not _is_road(text, m)]
    found += [text[start:end] for start, end in patterns.names_in_phrases(text)]
    for name in found:
        words = [w for w in _collapse(name).split() if not re.fullmatch(rf"{_TITLE}\.?|{_INITIAL}", w)]
        if len(words) >= 2:
            names.add(" ".join(words))
    return names
