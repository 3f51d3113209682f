"""The panel's findings drafted in its own voice (`reports.drafting`), on cases built from
members' answers and merged as a round is: what falls short first, each note once
beneath the finding it explains, what met the standard in one sentence, and never two
findings that cannot both be true."""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from desktop.core.answers import Answer
from desktop.core.findings import CaseInput, consolidate
from desktop.core.words.nouns import joined
from desktop.reports.case_block import draft_text, parsed
from desktop.reports.drafting import draft_case
from desktop.services.demo_coordinator import WELL_HANDLED
from desktop.services.templates import load_bundled_template

TEMPLATE = load_bundled_template("hate-crime")
NAMES = {"A": "Aled Jones", "B": "Bethan Evans", "C": "Ceri Hughes"}


def names(letters: Sequence[str], language: str) -> str:
    return joined([NAMES[letter] for letter in letters], language, mutate=False)


def drafted(changes: Mapping[str, Mapping[str, Answer]], language: str = "en", who=names):
    """One case, reviewed by A, B and C, well handled except where `changes` (letter ->
    question -> answer) says otherwise."""
    answers = {letter: {**WELL_HANDLED, **changes.get(letter, {})} for letter in "ABC"}
    case = CaseInput(1, "uid-1", "HC-001", "hate_crime", ("race",), "", answers)
    merged = consolidate(TEMPLATE, (), [case])
    return draft_case(merged.cases[0], TEMPLATE, language, who)


def test_a_well_handled_case_is_two_sentences() -> None:
    draft = drafted({})
    assert [f.text for f in draft.findings] == [
        "Members were satisfied with the recording and classification of the case, the way risk and "
        "vulnerability were handled, the care of the victim, the supervision of the case, the outcome "
        "and the quality of the records.",
        "Overall, members felt that the case had been handled well (green).",
    ]


def test_in_welsh_what_met_the_standard_is_joined_without_a_wrong_mutation() -> None:
    (satisfied, _overall) = drafted({}, "cy").findings
    assert satisfied.text == (
        "Roedd yr aelodau'n fodlon â'r ffordd y cofnodwyd ac y dosbarthwyd yr achos, y ffordd yr "
        "ymdriniwyd â risg a bregusrwydd, y gofal i'r dioddefwr, y ffordd y goruchwyliwyd yr achos, "
        "y canlyniad ac ansawdd y cofnodion."
    )


def test_a_shortfall_comes_first_with_its_notes_once_and_attributed() -> None:
    late = Answer("no", note="The online flag was not applied.")
    same = Answer("no", note="the online flag was not applied")
    draft = drafted(
        {"A": {"flag_correct": late}, "B": {"flag_correct": Answer("no")}, "C": {"flag_correct": same}}
    )
    first = draft.findings[0]
    assert first.text == (
        "Members found that the hate flag, or the online flag where relevant, had not been applied correctly."
    )
    assert first.notes == ("Aled Jones and Ceri Hughes noted: The online flag was not applied.",)
    assert "recording and classification" not in draft.findings[1].text, "that section fell short"
    question = TEMPLATE.question("flag_correct").text.get("en")
    assert all(question not in note for f in draft.findings for note in f.notes)


def test_a_published_draft_names_nobody() -> None:
    note = Answer("no", note="Two dates of birth.")
    draft = drafted({letter: {"data_quality": note} for letter in "ABC"}, who=None)
    assert draft.findings[0].notes == ("Members noted: Two dates of birth.",)
    assert not any(name in draft_text(draft.findings) for name in NAMES.values())


def test_hours_that_agree_with_the_answer_say_it_once() -> None:
    late = {letter: {"hcso_contact_in_time": Answer("no", hours=67)} for letter in "ABC"}
    texts = [f.text for f in drafted(late).findings]
    assert texts[0] == (
        "Members noted that the HCSO first contacted the victim 67 hours after the case was passed to "
        "them, outside the force standard of 48 hours."
    )
    assert not any("had not contacted the victim within" in t for t in texts)


def test_hours_that_disagree_with_the_answer_are_one_finding_that_says_so() -> None:
    wrong = {letter: {"hcso_contact_in_time": Answer("yes", hours=60)} for letter in "ABC"}
    texts = [f.text for f in drafted(wrong).findings]
    assert texts[0] == (
        "Members answered that the contact was within the standard, but the time they recorded, 60 hours, "
        "is beyond the standard of 48 hours: the file does not settle it."
    )
    assert not any("had contacted the victim within the force standard" in t for t in texts)
    assert "the care of the victim" not in texts[1]


def test_a_split_says_how_members_answered() -> None:
    split = {
        "A": {"risk_identified": Answer("yes")},
        "B": {"risk_identified": Answer("no", note="Repeat reports.")},
        "C": {"risk_identified": Answer("partly", note="Late.")},
    }
    first = drafted(split).findings[0]
    assert first.text == (
        "Members were unable to agree whether the risk had been identified correctly and dealt with "
        "appropriately (No 1, Partly 1, Yes 1)."
    )
    assert first.notes == ("Bethan Evans noted: Repeat reports.", "Ceri Hughes noted: Late.")


def test_the_edited_draft_reads_back_as_the_same_findings() -> None:
    draft = drafted({"A": {"data_quality": Answer("no", note="Wrong title.")}})
    text = draft_text(draft.findings)
    assert parsed(text) == tuple(f.__class__(f.text, f.notes) for f in draft.findings)


def test_members_good_practice_is_gathered_once() -> None:
    praise = "Risk assessed the same night."
    draft = drafted(
        {letter: {"good_practice": Answer(praise if letter != "B" else praise.upper())} for letter in "ABC"}
    )
    assert draft.good_practice == (praise,)


def test_a_majority_with_a_member_who_found_it_short_is_said_on_its_own() -> None:
    dissent = {"A": {"hostility_recorded": Answer("no", note="No hostility recorded in the log.")}}
    first = drafted(dissent).findings[0]
    assert first.text == (
        "Members were satisfied that the perceived hostility or prejudice had been recorded "
        "(a majority: 2 of 3 members)."
    )
    assert first.notes == ("Aled Jones noted: No hostility recorded in the log.",)


def test_a_note_on_an_answer_that_met_the_standard_is_not_set_beneath_satisfied() -> None:
    """A member's caveat on a "yes" read as a contradiction beneath "Members were satisfied
    with the recording…": it is heard on its own."""
    caveat = {"A": {"strands_recorded": Answer(("race",), note="The incident log records race only.")}}
    (satisfied, also, _overall) = drafted(caveat).findings
    assert satisfied.text.startswith("Members were satisfied with") and satisfied.notes == ()
    assert also.text == "Members also noted:"
    assert also.notes == ("Aled Jones noted: The incident log records race only.",)


def test_a_best_overall_rating_after_shortfalls_says_it_was_given_although_they_were_found() -> None:
    """Rated green by its members after two shortfalls, the case read as rated with no
    remark; the verdict, still last, says the rating stands although they were found."""
    short = {"data_quality": Answer("no", note="Two dates of birth."), "flag_correct": Answer("no")}
    draft = drafted({letter: short for letter in "ABC"})
    assert draft.findings[-1].text == (
        "Overall, members felt that the case had been handled well (green), although they found the "
        "shortfalls set out above."
    )
    welsh = drafted({letter: short for letter in "ABC"}, "cy").findings[-1].text
    assert welsh == (
        "Yn gyffredinol, roedd yr aelodau o'r farn bod yr achos wedi'i drin yn dda (gwyrdd), er eu bod wedi "
        "canfod y diffygion a nodir uchod."
    )
    one = drafted({letter: {"flag_correct": Answer("no")} for letter in "ABC"}).findings[-1].text
    assert one.endswith("(green), although they found the shortfall set out above.")


def test_a_verdict_that_already_says_there_were_concerns_or_follows_none_is_left_as_it_is() -> None:
    amber = {"overall_rating": Answer("amber", note="Late contact."), "flag_correct": Answer("no")}
    verdict = drafted({letter: amber for letter in "ABC"}).findings[-1].text
    assert verdict == "Overall, members had some concerns about how the case was handled (amber)."
    well = drafted({}).findings[-1].text
    assert well == "Overall, members felt that the case had been handled well (green)."
    # a split left open is no shortfall, and a member's lone "no" outvoted is none either
    split = {"A": {"risk_identified": Answer("no")}, "B": {"risk_identified": Answer("partly")}}
    assert "although" not in drafted(split).findings[-1].text
    assert "although" not in drafted({"A": {"hostility_recorded": Answer("no")}}).findings[-1].text
