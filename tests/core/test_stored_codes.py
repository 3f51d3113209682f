"""The domain's codes are stored and sent as their values, so the values never change.

Each enum below replaced string literals compared in several files; databases and
exchange files written before keep those strings, which must still read as the same
members. A renamed value would need a migration and a new format version.
"""

from __future__ import annotations

from enum import StrEnum

import pytest

from desktop.core.case_codes import STRANDS, CaseStatus, CaseType, Strand, in_strand_order
from desktop.core.recommendation_status import Status
from desktop.core.round_codes import MeetingForm, NoteKind, PackageState, PublicationDecision

STORED = [
    (CaseStatus, ["not_started", "in_progress", "complete", "deferred"]),
    (CaseType, ["hate_crime", "nchi"]),
    (Strand, ["race", "religion", "sexual_orientation", "disability", "transgender", "other"]),
    (Status, ["open", "ongoing", "discharged", "escalated"]),
    (PackageState, ["accepted", "superseded", "pending", "declined"]),
    (NoteKind, ["good_practice", "learning"]),
    (MeetingForm, ["in_person", "virtual", "written"]),
    (PublicationDecision, ["kept", "edited", "blanked"]),
]


@pytest.mark.parametrize(("codes", "values"), STORED, ids=lambda v: getattr(v, "__name__", ""))
def test_a_stored_value_reads_as_its_member_and_equals_it(codes: type[StrEnum], values: list[str]) -> None:
    assert [member.value for member in codes] == values
    for value in values:
        assert codes(value) == value and hash(codes(value)) == hash(value)


def test_strands_keep_their_stored_order() -> None:
    assert tuple(Strand) == STRANDS
    assert in_strand_order({"other", "race", "disability"}) == ("race", "disability", "other")
