"""One way to the plain sentence for anything refused, whichever layer refused it.

A damaged file (exchange), a name that cannot be shown (core), a file from someone not
on the roster, an entry that cannot be saved, a response table, a case list, a step of
the publication review (services): each is an `Explained`, and `reason_for` gives its
sentence in the language asked for. The window and the command line both go through
it, so they cannot word one refusal two ways.
"""

from __future__ import annotations

import pytest

from desktop.core.display_names import NameProblem, NameRefused
from desktop.exchange.case_list_problems import CaseListError, problem
from desktop.exchange.errors import ExchangeError, Reason
from desktop.exchange.response_refusals import FileRefusal, ResponseFileRefused
from desktop.services.entry_problems import MAX_TEXT_CHARS, Entry, EntryRefused
from desktop.services.force_responses import ResponsePreview, ResponsesRefused
from desktop.services.publication import PublicationRefused
from desktop.services.publication import Refused as Step
from desktop.services.refusals import Refusal, Refused, reason_for, why_not
from desktop.services.response_problems import RowIssue, RowProblem
from desktop.services.user_faults import describe

REFUSED_IN_WELSH = [
    (
        ExchangeError(Reason.ALTERED, "sha mismatch"),
        "Mae'r ffeil hon wedi cael ei newid ers iddi gael ei gwneud",
    ),
    (NameRefused(NameProblem.EMPTY, "name"), "Nid oes ynddo unrhyw lythyren na rhif y gellir ei weld."),
    (Refused(Refusal.REVOKED), "Cafodd ei llofnodi gan aelod rydych wedi tynnu ei fynediad yn ôl."),
    (EntryRefused(Entry.BAD_DATE, value="31/02"), "Nid yw “31/02” yn ddyddiad."),
    (ResponseFileRefused(FileRefusal.EMPTY), "Mae'r ffeil yn wag."),
    (PublicationRefused(Step.TOO_LONG, limit=5), "Mae'r testun wedi'i olygu yn hwy na 5 nod."),
    (CaseListError((problem(3, None, "multiline"),)), "Llinell 3: mae'r gell hon yn rhedeg dros fwy nag un"),
    (
        ResponsesRefused(
            ResponsePreview(1, (), (), (), (), False, (RowProblem(RowIssue.UNKNOWN_ROW, "docx", 2),), ())
        ),
        "Mae rhes 2 y tabl yn enwi arsylwad nad yw yn y cylch hwn.",
    ),
]


@pytest.mark.parametrize(("exc", "welsh"), REFUSED_IN_WELSH, ids=lambda v: type(v).__name__)
def test_every_layers_refusal_is_found_the_same_way(exc: Exception, welsh: str) -> None:
    assert (reason_for(exc, "cy") or "").startswith(welsh)
    assert why_not(exc, "cy") == reason_for(exc, "cy")
    assert reason_for(exc, "en") != reason_for(exc, "cy")


def test_a_fault_in_the_program_is_not_worded_away() -> None:
    bug = KeyError("question_id")
    assert reason_for(bug, "cy") is None
    with pytest.raises(TypeError):
        why_not(bug, "en")
    assert describe(bug, "en") is None


def test_the_command_line_words_an_entry_refusal_as_the_window_does() -> None:
    """`describe` once knew only refused files; an entry refused reached the command line
    as a crash report."""
    too_long = EntryRefused(Entry.TOO_LONG)
    expected = f"The text is longer than {MAX_TEXT_CHARS:,} characters; please shorten it."
    assert describe(too_long, "en") == expected == reason_for(too_long, "en")
