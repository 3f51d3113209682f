"""The shapes of addresses, National Insurance numbers, schools, workplaces and untitled
names, for the personal-data scan (desktop/core/personal_data.py).

Each finder returns the spans it found as (start, end) pairs; the scan gives them their
kind and merges them with its other hits. The shapes are narrow on purpose, as the scan's
are: a street word is an address only after a house number (or after "lives on", "yn byw
yn"), a capitalised word is a name only after a word that says a person follows ("the
victim,", "her son", "IP", "o'r enw") or before one ("Gareth's mother", "Dafydd (7)"), and
a workplace only after a verb that puts a person there ("works at", "yn gweithio i").
"""

from __future__ import annotations

import functools
import re
import unicodedata
from collections.abc import Iterable, Iterator

Span = tuple[int, int]

# Letters, Welsh ones included (â ê î ô û ŵ ŷ and their other accents).
UPPER = "A-ZÀ-ÖØ-ÞŴŶŸẀẂẄỲ"
LOWER = "a-zß-öø-ÿŵŷẁẃẅỳ"

# One name: "Smith", "McDonald", "O'Neill", "Wyn-Jones", "Siân", "Llŷr", "SMITH".
# A lone capital ("Mr A") is how notes anonymise someone, so it is not a name by itself.
NAME = (
    rf"[{UPPER}](?:[{LOWER}]+(?:[{UPPER}][{LOWER}]+)?|['’][{UPPER}][{LOWER}]+|[{UPPER}]+)"
    rf"(?:-[{UPPER}][{LOWER}]+)*"
)
# The same without the all-capitals form: in running notes "HCSO" or "DASH" after "victim"
# is an abbreviation, not a surname.
_MIXED_NAME = (
    rf"[{UPPER}](?:[{LOWER}]+(?:[{UPPER}][{LOWER}]+)?|['’][{UPPER}][{LOWER}]+)(?:-[{UPPER}][{LOWER}]+)*"
)
PARTICLE = r"(?:ap|ab|fab|ferch|verch|de|van|von|der|den|le|la|du|da|di|del|bin|ibn|al)"
# Capitalised words that end a name rather than continue it ("told Mr Evans The ...").
NOT_A_NAME = (
    r"(?:The|A|An|And|Or|But|On|In|At|To|For|Of|By|With|From|As|If|He|She|They|It|We|I|"
    r"Victim|Police|Mae|Roedd|Y|Yr|Ac|A|Ond)"
)

# A capitalised word of a place or organisation: "Bridge", "Mary's", "Pen-y-Bont", "Y".
_CAP_WORD = rf"[{UPPER}][{LOWER}]*(?:[{UPPER}][{LOWER}]+)?(?:['’][{LOWER}]+)?(?:-[{UPPER}{LOWER}][{LOWER}]*)*"

# --- addresses -----------------------------------------------------------------------

_STREET_EN = (
    r"(?:(?:Street|Road|Lane|Avenue|Close|Drive|Crescent|Way|Terrace|Place|Court|Gardens|Grove|"
    r"Square|Row|Walk|Mews|View|Rise|Parade|Hill|Green|Vale|Heights|Park|Boulevard|Gate|Wharf|"
    r"Quay|Villas|Cottages)|(?:St|Rd|Ln|Ave|Dr|Cres|Tce|Pl|Ct|Gdns|Sq)\.?)"
)
_STREET_CY = (
    r"(?:Heol|Stryd|Ffordd|Lôn|Lon|Rhodfa|Cilgant|Teras|Maes|Clos|Cwrt|Llys|Gerddi|Rhes|Bro|Y[ ]Stryd)"
)
# "12", "12a", "12-14"; not a time ("21:14"), a date ("3/4") or part of a reference.
_HOUSE = r"(?<![\w/.:£$€-])\d{1,4}[A-Za-z]?(?:[-–]\d{1,4}[A-Za-z]?)?(?![\w/:.]\w)"
_FLAT = r"(?:Flat|Fflat|Apartment|Apt\.?|Unit|Uned)[ ]+\d{1,4}[A-Za-z]?,?[ ]+"
# "Bridge Street", "St Mary's Road", "The Crescent".
_EN_STREET_NAME = rf"(?:{_CAP_WORD}[ ]+){{1,3}}{_STREET_EN}(?![\w'’-])"
# "Heol y Bont", "Stryd Fawr", "Rhodfa'r Môr", "Lôn Pen-y-Bryn".
_CY_STREET_NAME = (
    rf"{_STREET_CY}(?:['’]r[ ]+|[ ]+(?:(?:y|yr|ar|'r)[ ]+)?){_CAP_WORD}"
    rf"(?:[ ]+(?:(?:y|yr|ar)[ ]+)?{_CAP_WORD}){{0,2}}(?![\w'’-])"
)
_ADDRESS = re.compile(
    rf"(?:{_FLAT})?{_HOUSE},?[ ]+(?:{_EN_STREET_NAME}|{_CY_STREET_NAME})"
    # "Flat 3" or "Fflat 2" alone: a flat is someone's home. ("Unit 4" alone is usually a
    # patrol's call sign, so a unit needs its street.)
    rf"|(?<![\w-])(?:Flat|Fflat|Apartment)[ ]+\d{{1,4}}[A-Za-z]?(?![\w/])"
)
# A street with no number, but after words that say someone lives there.
_RESIDENCE = re.compile(
    r"(?<![\w-])(?i:(?:(?:lives|living|lived|resides|residing|moved|home)[ ]+(?:at|on|in|to)"
    r"|(?:address|home)(?:[ ]+is)?(?:[ ]+(?:at|on|in))?|yn[ ]+byw[ ]+(?:yn|ar|ym)"
    r"|wedi[ ]+symud[ ]+i|cyfeiriad(?:[ ]+yw)?[ ]*:?)[ ]+(?:the[ ]+)?)"
    rf"(?P<street>{_EN_STREET_NAME}|{_CY_STREET_NAME})"
)


def addresses(text: str) -> Iterator[Span]:
    """House numbers with a street in either language's order, flats, and streets someone
    is said to live on."""
    for m in _ADDRESS.finditer(text):
        yield m.span()
    for m in _RESIDENCE.finditer(text):
        yield m.span("street")


# --- National Insurance numbers ------------------------------------------------------

# Two prefix letters (neither D, F, I, Q, U nor V; the second not O), six digits, a
# suffix A-D; spaces between the pairs or not.
_NI = re.compile(
    r"(?<![\w-])(?!BG|GB|KN|NK|NT|TN|ZZ|bg|gb|kn|nk|nt|tn|zz)"
    r"[A-CEGHJ-PR-TW-Za-ceghj-pr-tw-z][A-CEGHJ-NPR-TW-Za-ceghj-npr-tw-z]"
    r"[ ]?\d{2}[ ]?\d{2}[ ]?\d{2}[ ]?[A-Da-d](?![\w-])"
)


def national_insurance(text: str) -> Iterator[Span]:
    """National Insurance numbers, in one case throughout ("AB 12 34 56 C", "ab123456c")."""
    for m in _NI.finditer(text):
        letters = "".join(c for c in m.group() if c.isalpha())
        if letters.isupper() or letters.islower():
            yield m.span()


# --- schools and workplaces ----------------------------------------------------------

# A run of capitalised words naming a place: "Tesco Extra", "Ysgol Y Graig", "B&Q".
_ORG_WORD = rf"(?:{_CAP_WORD}|[A-Z]&[A-Z]|[A-Z]{{2,6}})"
_ORG = rf"{_ORG_WORD}(?:[ ]+(?:(?:of|the|y|yr|and|&|de|a['’]r)[ ]+)?{_ORG_WORD}){{0,4}}"
_AT_WORK_OR_SCHOOL = (
    r"(?:attends|attending|goes[ ]+to[ ]+school[ ]+at|(?:pupil|student)[ ]+(?:at|of)|"
    r"studies[ ]+at|studying[ ]+at|enrolled[ ]+at|"
    r"(?:works|worked|working)[ ]+as[ ]+an?[ ]+[a-z]+[ ]+(?:at|for)|"
    r"(?:works|work)[ ]+(?:at|for)|worked[ ]+(?:at|for)|working[ ]+(?:at|for)|employed[ ]+(?:at|by)|"
    r"employee[ ]+(?:at|of)|(?:job|shifts?)[ ]+at|volunteers[ ]+at|"
    r"(?:teacher|manager|cleaner|nurse|driver|assistant|carer|receptionist|porter)[ ]+at|"
    r"(?:employer|cyflogwr|gweithle)(?:[ ]*,|[ ]+is|[ ]+yw|[ ]+oedd)?|"
    r"gweithio(?:[ ]+fel[ ]+[a-zâêîôûŵŷ]+)?[ ]+(?:yn[ ]+y[r]?|yn|i['’]r|i|gyda|efo)|"
    r"(?:yn[ ]+)?mynychu|yn[ ]+ddisgybl[ ]+(?:yn|ym|yng)|disgybl[ ]+(?:yn|ym|yng)|"
    r"yn[ ]+astudio[ ]+(?:yn|ym|yng)|mynd[ ]+i['’]r[ ]+ysgol[ ]+yn)"
)
_WORKPLACE = re.compile(rf"(?<![\w-])(?i:{_AT_WORK_OR_SCHOOL})[ ]+(?:the[ ]+)?(?P<place>{_ORG})(?![\w'’-])")
# Where an officer works, or a court, is not a person's personal data.
_PUBLIC_BODY = re.compile(
    r"\b(?:Police|Heddlu|Constabulary|OPCC|CPS|Court|Llys|Crown|Commissioner|Comisiynydd|"
    r"Home Office|Ministry)\b"
)
# A named school, whoever is said to attend it: "Ysgol Gyfun Gŵyr", "St Mary's Primary".
_SCHOOL = re.compile(
    rf"(?<![\w-])(?:Ysgol|Coleg)(?:[ ]+(?:Gynradd|Gyfun|Uwchradd|Gymraeg|Feithrin|Babanod|Iau|"
    rf"Arbennig|Eglwys|Gatholig))*[ ]+(?:(?:y|yr|Y|Yr)[ ]+)?(?!Plismona\b|Haf\b)"
    rf"{_CAP_WORD}(?:[ ]+{_CAP_WORD})?(?![\w'’-])"
    rf"|(?<![\w'’-])(?:St\.?[ ]+)?{_CAP_WORD}(?:[ ]+{_CAP_WORD}){{0,2}}[ ]+"
    r"(?:(?:C\.?\s?in\s?W\.?|CiW|VC|RC|VA)[ ]+)?"
    r"(?:(?:Primary|Junior|Infants['’]?|Comprehensive|Nursery|Academy)(?:[ ]+School)?"
    r"|(?:High|Grammar|Secondary|Middle|Catholic|Community)[ ]+School|School)"
    r"(?![\w'’-]|[ ]+(?:Care|Health|Trust|Liaison|Officers?|Team|Services?)\b)"
)
# Capitalised words after "works at" that are a time or a word, not a place.
_PLACE_STOPS = """
The A An This That Night Nights Weekends Home Christmas Easter
Monday Tuesday Wednesday Thursday Friday Saturday Sunday
"""
_NOT_A_PLACE = frozenset(_PLACE_STOPS.split())
_NOT_A_SCHOOL = re.compile(r"^(?:The[ ]+)?(?:Police|Sunday|Summer|Business|Law|Driving|Football|Medical)\b")


def schools_and_workplaces(text: str) -> Iterator[Span]:
    """Places a person is said to work or study, and named schools."""
    for m in _WORKPLACE.finditer(text):
        place = m.group("place")
        if not _PUBLIC_BODY.search(place) and place.split()[0] not in _NOT_A_PLACE:
            yield m.span("place")
    for m in _SCHOOL.finditer(text):
        if not _NOT_A_SCHOOL.match(m.group()):
            yield m.span()


# --- names in telling phrases --------------------------------------------------------

# Words that say a person's name follows: roles in a case, family and household. The
# Welsh carry their mutated forms ("ei fab", "ei thad", "fy mhartner").
_ROLE = (
    r"victim|suspect|witness|complainant|caller|informant|IP|aggrieved|offender|perpetrator|"
    r"neighbour|neighbor|partner|ex-partner|husband|wife|ex-wife|ex-husband|boyfriend|"
    r"girlfriend|son|daughter|stepson|stepdaughter|mother|father|mum|dad|brother|sister|"
    r"child|grandson|granddaughter|grandmother|grandfather|nephew|niece|uncle|aunt|cousin|"
    r"friend|carer|landlord|landlady|tenant|colleague|classmate|driver|shopkeeper|owner|"
    r"resident|student|pupil|nurse|cleaner|boy|girl|lad|teenager|man|woman|pensioner|"
    r"bachgen|fachgen|dyn|ddyn|menyw|fenyw|"
    r"named|named[ ]+as|known[ ]+as|(?:under[ ]+)?the[ ]+name|(?:man|woman|boy|girl|lad|person)[ ]+called|"
    r"dioddefwr|ddioddefwr|dioddefydd|tyst|dyst|achwynydd|galwr|alwr|cymydog|gymydog|"
    r"chymydog|cymdoges|gymdoges|partner|bartner|phartner|mhartner|gŵr|ŵr|gwraig|wraig|"
    r"mab|fab|mhab|merch|ferch|mam|fam|tad|thad|nhad|brawd|frawd|mrawd|chwaer|plentyn|"
    r"blentyn|phlentyn|ffrind|cariad|gariad|chariad|troseddwr|drwgdybiedig|o['’]r[ ]+enw|sef|"
    r"sawl[ ]+a[ ]+ddrwgdybir"
)
# Ranks that stand before an officer's name as a title does: "PC Bennett", "Rhingyll Rees".
_RANK = (
    r"PCSO|PC|DC|DS|DI|DCI|Sgt|Sergeant|Insp|Inspector|Supt|Superintendent|"
    r"Cwnstabl|Gwnstabl|Rhingyll|Ringyll|Arolygydd"
)
_PERSON = rf"{_MIXED_NAME}(?:[ ]+(?:{PARTICLE}[ ]+)?{_MIXED_NAME}){{0,2}}"
_AFTER_ROLE = re.compile(
    rf"(?<![\w'’-])(?:(?P<role>(?i:{_ROLE}))(?i:[ ]+(?:was|is|oedd|yw))?(?:[ ]*,[ ]*|[ ]*[:(–-][ ]*|[ ]+)"
    rf"|(?:{_RANK})[ ]+)(?P<name>{_PERSON})(?![\w'’-])"
)
# A capitalised role inside a run of capitalised words names a thing, not a person:
# "Positive Victim Stories", "National Offender Management Service".
_TITLE_CASE_BEFORE = re.compile(rf"(?<![\w'’-])(?P<word>[{UPPER}][\w'’-]*)[ ]+$")
_DETERMINERS = frozenset(["The", "A", "An", "Her", "His", "Their", "Our", "Y", "Yr", "Ei", "Eu", "This"])
_RELATION = (
    r"mother|mum|father|dad|son|daughter|partner|husband|wife|boyfriend|girlfriend|brother|"
    r"sister|child|children|family|parents?|carer|friend|neighbour|school|house|home|flat|"
    r"address|car|phone|employer|workplace"
)
# An age in brackets or commas straight after a name: "Dafydd (7)", "Glenys Pugh, aged 76,".
_AGE_AFTER = (
    r"(?:[ ]*\((?:aged[ ]+|age[ ]+)?\d{1,2}(?:[ ]*(?:oed|yrs?|years?))?\)"
    r"|,[ ]*(?:aged[ ]+)?\d{1,2}(?=,))"
)
# "Gareth's mother", "Dafydd (7)", "Ffion (aged 13)".
_BEFORE_RELATION = re.compile(
    rf"(?<![\w'’-])(?P<name>{_PERSON})(?:['’]s?[ ]+(?:{_RELATION})\b|(?P<age>{_AGE_AFTER}))"
)
# A name and then who the person is: "Jac, the victim's youngest", "Ffion, her sister".
_APPOSITION = re.compile(
    rf"(?<![\w'’-])(?P<name>{_PERSON}),[ ]+(?i:(?:the|her|his|their|y|ei|eu)[ ]+"
    rf"(?:(?:victim|suspect|caller|witness|complainant)['’]s|dioddefwr|{_ROLE})\b)"
)
# A name as the subject of what a person does. English puts it first ("Huw spoke to",
# "Tomos and Cai were"); Welsh after the verb ("Roedd Gethin wedi", "Cafodd Megan ei").
_PERSON_VERB = (
    r"said|says|told|spoke|rang|phoned|called|reported|asked|explained|stated|claims|claimed|"
    r"described|felt|feels|wants|wanted|declined|refused|lives|lived|works|attends|threatened|"
    r"shouted|had[ ]+threatened|has[ ]+been|(?:was|is)[ ]+(?:referred|abused|told|assaulted|"
    r"threatened|attacked|pushed|followed|targeted|spat|visited|updated|contacted|interviewed|"
    r"arrested|charged|cautioned|bullied|injured|harassed)"
)
_SUBJECT = re.compile(
    rf"(?:^|(?<=[.!?;:]\s)|(?<=[.!?;:]\s\s)|(?<=\n))(?P<name>{_PERSON})"
    rf"(?:[ ]+and[ ]+(?P<other>{_PERSON})[ ]+(?:were|are|have|had|both)\b|[ ]+(?:{_PERSON_VERB})\b"
    rf"|[ ]+and[ ]+(?:his|her|their)[ ]+\w+)"
)
_SAID = re.compile(
    rf"(?<![\w'’-])(?i:said|says|told[ ]+(?:police|officers|the[ ]+\w+)|claims)[ ]+(?:that[ ]+)?"
    rf"(?P<name>{_PERSON})[ ]+(?:had|has|was|is|would|did|kept|hit|threatened|shouted)\b"
)
_WELSH_SUBJECT = re.compile(
    rf"(?<![\w'’-])(?:Mae|Roedd|Bydd|Bu|Cafodd|Dywedodd|Gwelodd|Ffoniodd|Aeth|Daeth|Gwrthododd|"
    rf"Nododd|Gofynnodd|Siaradodd|Mynnodd|Cwynodd)[ ]+(?P<name>{_PERSON})(?:{_AGE_AFTER})?"
    rf"[ ]+(?:yn|wedi|ei|eu|a['’]i|a['’]u|i|ddim|nad|fod|bod|ar|gyda|wrth|am)\b"
)

# Capitalised words that are not anyone's name, though they follow "victim" or "IP" or
# precede "'s": services, documents, days and months, and words that start a sentence.
_STOP_LIST = """
    The A An And Or But On In At To For Of By With From As If He She They It We I His Her
    Their This That These Those There Then When Where Was Were Is Has Had Not No Yes All
    Victim Victims Police Support Care Code Contract Liaison Services Service Statement
    Personal Impact Officer Officers Team Unit Lead Strategy Hub Champion Scheme Group Panel
    Right Rights Survey Centre Center Fund Network Policy Plan Hate Crime Crimes Incident
    Heddlu Swyddog Cymorth Gwasanaeth Gwasanaethau Advocate Advocacy Commissioner Court
    Crown Wales Cymru England Safeguarding Assessment Risk Contact Update Updates Letter
    Report Log Record Journey Engagement Satisfaction Information Details Pack Leaflet Status
    Needs Referral Focus Charter Case Cases Outcome Section Page Question Recommendation
    Appendix Member Members Panel's Force Protection Order Public Triage Policing Road
    Street Close Aged Mae Roedd Bydd Dywedodd Nid Yn Ar Gan Ac Ond Y Yr Ei Eu Hefyd Wedyn
    Cafodd Dylai Gwnaeth Does Nad Pan Os Monday Tuesday Wednesday Thursday Friday Saturday
    Sunday January February March April May June July August September October November
    December Ionawr Chwefror Mawrth Ebrill Mai Mehefin Gorffennaf Awst Medi Hydref Tachwedd
    Rhagfyr Llun Mercher Iau Gwener Sadwrn Sul Dydd Body Worn Video Hospital Ysbyty School
    Ysgol Council Cyngor Office Home Station Custody Domestic Abuse Mental Health Youth
    Justice Family Liaison Independent Sexual Violence Victim's Unknown Anonymous None
    Male Female Dyn Menyw Bachgen Merch Plentyn Officer's Witness Suspect Caller Offender
    Partner Welsh English Saesneg Cymraeg Polish Muslim Jewish Asian Black White British
    Christian Gypsy Traveller Roma Trans Transgender Gay Lesbian Bisexual Disabled Autistic
    Gwirfoddol Special Arbennig Goleudy Heol Stryd Ffordd Lôn Rhodfa Teras Maes Clos Coleg
    Comisiynydd Neighbours Officers Members Staff Paramedics Witnesses Parents Residents Nobody
    Someone Everyone Supervisor Sergeant Footage Nothing Both Two One Each Everything Taxi
    Child Children Mother Father Neighbour Friend Wife Husband Boy Girl Man Woman
    Local National Regional Area Criminal Exploitation Management Stories Justice
    Canlyniad Cafwyd Ni Na Dim Cynhaliwyd Dyma Hwn Hon Heddiw Ddoe Yfory Mis Wythnos Blwyddyn
"""
_STOP_WORDS = frozenset(_STOP_LIST.split())


def _is_stop_word(word: str) -> bool:
    return word.rstrip("'’s,") in _STOP_WORDS or word in _STOP_WORDS


def _name_span(match: re.Match[str], group: str = "name") -> Span | None:
    """The name's span with stop words cut from its end, or None when it starts with one.

    Where the telling words follow the name ("Suspect Jordan Evans (19)"), the words
    nearest them are the name and stop words before them are dropped instead."""
    start, _end = match.span(group)
    words = list(re.finditer(r"\S+", match.group(group)))
    if match.re is _BEFORE_RELATION or match.re is _APPOSITION:
        while words and _is_stop_word(words[0].group()):
            words.pop(0)
    kept = []
    for w in words:
        if _is_stop_word(w.group()):
            break
        kept.append(w)
    while kept and re.fullmatch(PARTICLE, kept[-1].group()):
        kept.pop()
    if not kept:
        return None
    return start + kept[0].start(), start + kept[-1].end()


def names_in_phrases(text: str) -> Iterator[Span]:
    """Untitled names that the words around them show to be people's."""
    for pattern in (_AFTER_ROLE, _BEFORE_RELATION, _SUBJECT, _SAID, _WELSH_SUBJECT, _APPOSITION):
        for m in pattern.finditer(text):
            if pattern is _AFTER_ROLE and _in_a_title(text, m):
                continue
            span = _name_span(m)
            if span is not None:
                yield span
            if "other" in m.re.groupindex and m.group("other") and span is not None:
                other = _name_span(m, "other")
                if other is not None:
                    yield other


def _in_a_title(text: str, match: re.Match[str]) -> bool:
    role = match.group("role")
    if not role or not role[:1].isupper():
        return False
    start = match.start("role")
    before = _TITLE_CASE_BEFORE.search(text, max(0, start - 40), start)
    return before is not None and before.group("word") not in _DETERMINERS


def ages_after_names(text: str) -> Iterator[Span]:
    """Ages written in brackets or commas after a name: "Dafydd (7)", "Rhodri, 24,"."""
    for m in _BEFORE_RELATION.finditer(text):
        if m.group("age") and _name_span(m) is not None:
            start, end = m.span("age")
            age = m.group("age")
            skip = len(age) - len(age.lstrip(" ,"))
            yield start + skip, end


# --- names the app knows -------------------------------------------------------------

# Welsh mutations of a name's first letters, and the words that bring them on ("i Ddafydd",
# "â Thomas", "fy Nhad"). Only after such a word is a mutated form taken for the name.
_SOFT = {"Ll": "L", "Rh": "R", "P": "B", "T": "D", "C": "G", "B": "F", "D": "Dd", "G": "", "M": "F"}
_NASAL = {"P": "Mh", "T": "Nh", "C": "Ngh", "B": "M", "D": "N", "G": "Ng"}
_ASPIRATE = {"P": "Ph", "T": "Th", "C": "Ch"}
_TRIGGERS = (
    r"i|o|at|am|ar|gan|wrth|dan|tan|heb|hyd|drwy|trwy|dros|ei|dy|a|â|ac|gyda|efo|tua|"
    r"fy|yn|neu|na|ag|mai|taw"
)
# Accented letters a note may write plainly: "Sian" for "Siân".
_FOLD = {
    "a": "aâáàä",
    "e": "eêéèë",
    "i": "iîíìï",
    "o": "oôóòö",
    "u": "uûúùü",
    "w": "wŵẃẁẅ",
    "y": "yŷýỳÿ",
}
_BASE = {v: k for k, vs in _FOLD.items() for v in vs}


def _plain(s: str) -> str:
    return "".join(_BASE.get(c, c) for c in unicodedata.normalize("NFC", s.lower()))


def _loose(name: str) -> str:
    """A regex for `name` that takes any accent on a vowel and any run of spaces."""
    out = []
    for c in name:
        base = _BASE.get(c.lower())
        if base is not None:
            out.append("[" + _FOLD[base] + _FOLD[base].upper() + "]")
        elif c.isspace():
            out.append(r"\s+")
        else:
            out.append(re.escape(c))
    return "".join(out)


def _mutations(name: str) -> set[str]:
    forms = set()
    for table in (_SOFT, _NASAL, _ASPIRATE):
        for radical, mutated in table.items():
            if name.startswith(radical) and len(name) - len(radical) + len(mutated) >= 3:
                rest = name[len(radical) :]
                forms.add((mutated + rest) if mutated else rest[:1].upper() + rest[1:])
    return forms


def _parts(names: Iterable[str]) -> set[str]:
    """The single words of longer names that can stand for the person ("Gareth" of
    "Gareth ap Rhys"), leaving out particles, initials and words that are not names."""
    parts = set()
    for name in names:
        words = name.replace(",", " ").split()
        if len(words) < 2:
            continue
        for w in words:
            if len(w) >= 3 and w[:1].isupper() and not re.fullmatch(PARTICLE, w) and not _is_stop_word(w):
                parts.add(w)
    return parts


def _alternation(names: Iterable[str]) -> str:
    return "|".join(_loose(n) for n in sorted(set(names), key=len, reverse=True))


def known_names_finder(names: Iterable[str]) -> re.Pattern[str] | None:
    """One pattern for the names the caller knows: each whole name in any case, each word
    of a longer name when written with its capital, and their Welsh mutations after the
    words that cause them. The name itself is one of the groups "n1" to "n4"."""
    return _finder(frozenset(" ".join(n.split()) for n in names if n.strip()))


# A publication check scans every text of a round with the same names: build their
# pattern once.
@functools.lru_cache(maxsize=16)
def _finder(whole: frozenset[str]) -> re.Pattern[str] | None:
    if not whole:
        return None
    seen = {_plain(n) for n in whole}
    parts = {p for p in _parts(whole) if _plain(p) not in seen}
    mutated_whole = {m for n in whole for m in _mutations(n)}
    mutated_parts = {m for p in parts for m in _mutations(p)}
    branches = [rf"(?i:(?P<n1>{_alternation(whole)}))"]
    if parts:
        branches.append(rf"(?P<n2>{_alternation(parts)})")
    if mutated_whole:
        branches.append(rf"(?i:(?:{_TRIGGERS}))[ ]+(?i:(?P<n3>{_alternation(mutated_whole)}))")
    if mutated_parts:
        branches.append(rf"(?i:(?:{_TRIGGERS}))[ ]+(?P<n4>{_alternation(mutated_parts)})")
    return re.compile(r"(?<![\w'’-])(?:" + "|".join(branches) + r")(?![\w-]|['’]\w\w)")


def known_names(pattern: re.Pattern[str] | None, text: str) -> Iterator[Span]:
    """Where `pattern` (from `known_names_finder`) finds a known name in `text`."""
    if pattern is None:
        return
    for m in pattern.finditer(text):
        group = next(g for g in ("n1", "n2", "n3", "n4") if m.group(g) is not None)
        yield m.span(group)
