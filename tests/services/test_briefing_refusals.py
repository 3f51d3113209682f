"""The briefing and its letterhead refuse bad input in plain words and change nothing:
a setting too long or holding characters that would not print, no round chosen, a round
whose texts are not all confirmed for publication. Each is compared, row by row, with
the profile before; no file is left behind, not even part of one."""

from __future__ import annotations

from dataclasses import replace

import pytest

from desktop.reports.briefing_content import Letterhead
from desktop.reports.content import ReportOptions
from desktop.services import briefing, briefing_settings, rounds
from desktop.services.briefing_settings import BriefingRefused
from desktop.services.demo_coordinator import create_demo_coordinator
from tests.services.publication_world import confirm_every_text
from tests.services.report_world import dump

SET = Letterhead(office_en="OPCC\nPO Box 1", office_cy="Swyddfa\nBlwch Post 1", signatory="Alex Example")


@pytest.fixture(scope="module")
def office(tmp_path_factory):
    db = create_demo_coordinator(tmp_path_factory.mktemp("refusals") / "office", earlier_quarter=True)
    briefing_settings.save_letterhead(db, SET)
    yield db, [r.id for r in rounds.list_rounds(db)]
    db.close()


def test_the_letterhead_is_kept_as_set_and_read_back(office) -> None:
    db, _ids = office
    assert briefing_settings.letterhead(db) == SET


@pytest.mark.parametrize(
    ("change", "said_en", "said_cy"),
    [
        (
            {"office_cy": "x" * 601},
            "Too long: the office's name and address",
            "Rhy hir: enw a chyfeiriad y swyddfa",
        ),
        ({"role_en": "\n".join(["line"] * 4)}, "Too long: the title of who signs", "Rhy hir: teitl y sawl"),
        (
            {"signatory": "Alex \u202eelpmaxE"},
            "Characters that cannot be printed (the name of who signs)",
            "Nodau na ellir eu hargraffu (enw'r sawl sy'n llofnodi)",
        ),
        (
            {"statement_en": "We welcome\x07 letters"},
            "Characters that cannot be printed (the Welsh Language",
            "Nodau na ellir eu hargraffu (y datganiad Iaith Gymraeg)",
        ),
    ],
)
def test_a_wrong_setting_is_refused_whole_and_nothing_is_saved(office, change, said_en, said_cy) -> None:
    db, _ids = office
    before = dump(db)
    good = {"office_en": "A new office\nNew Street"}  # saved with it, were it not refused whole
    with pytest.raises(BriefingRefused) as refused:
        briefing_settings.save_letterhead(db, replace(SET, **good, **change))
    assert refused.value.explain("en").startswith(said_en)
    assert refused.value.explain("cy").startswith(said_cy)
    assert "Nothing was saved" in refused.value.explain("en")
    assert dump(db) == before and briefing_settings.letterhead(db) == SET


def test_a_briefing_from_unconfirmed_texts_is_refused_and_nothing_is_written(office, tmp_path) -> None:
    db, ids = office
    confirm_every_text(db, ids[0])  # the earlier quarter confirmed; the latest not yet
    before = dump(db)
    with pytest.raises(BriefingRefused) as refused:
        briefing.write_briefing(db, ids, tmp_path / "briefing.docx", ReportOptions("both", "publication"))
    said = refused.value.explain("en")
    assert said.startswith("Not written: 73 of the 73 texts of “Hate crime scrutiny, demo quarter”"), said
    assert refused.value.explain("cy").startswith(
        "Heb ei ysgrifennu: testunau “Hate crime scrutiny, demo quarter”"
    )
    assert dump(db) == before and list(tmp_path.iterdir()) == []
    # The round that was confirmed is enough on its own: written and recorded.
    written = briefing.write_briefing(
        db, ids[:1], tmp_path / "earlier.docx", ReportOptions("en", "publication")
    )
    assert written.paths[0].stat().st_size > 10_000 and dump(db) != before


def test_no_round_or_an_unprintable_recipient_is_refused(office, tmp_path) -> None:
    db, ids = office
    before = dump(db)
    for round_ids, to, said in (
        ([], "", "Choose at least one round for the briefing."),
        (ids[:1], "The Home\x00 Secretary", "Characters that cannot be printed (the recipient)"),
    ):
        with pytest.raises(BriefingRefused) as refused:
            briefing.write_briefing(
                db, round_ids, tmp_path / "b.docx", ReportOptions("en", "publication"), to
            )
        assert refused.value.explain("en").startswith(said)
    assert dump(db) == before and list(tmp_path.iterdir()) == []
