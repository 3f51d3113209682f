"""The blank case list the New round dialog saves: read back by the very reader a round
is created with, it has no problem at all once its example document is in the folder,
and it is refused by name when the example row is left in against a real folder."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest

from desktop.exchange.case_csv import CaseListError, read_case_list
from desktop.exchange.case_list_template import write_template
from tests.services.exchange_world import PDF


@pytest.mark.parametrize("language", ["en", "cy"])
def test_the_blank_case_list_reads_back_with_no_problems(tmp_path: Path, language: str) -> None:
    path = tmp_path / "cases.csv"
    write_template(path, language)
    folder = tmp_path / "documents"
    folder.mkdir()
    (folder / "EXAMPLE-1 incident log.pdf").write_bytes(PDF)
    (case,) = read_case_list(path, folder).cases
    assert (case.reference, case.case_type, case.strands) == ("EXAMPLE-1", "hate_crime", ("race", "religion"))
    assert case.summary and case.conflicted == ()
    with path.open(encoding="utf-8-sig", newline="") as f:
        header = next(csv.reader(f))
    assert header == ["reference", "case_type", "strands", "summary", "documents", "conflicted_members"]


def test_the_example_row_left_in_is_refused_by_its_document(tmp_path: Path) -> None:
    path = tmp_path / "cases.csv"
    write_template(path)
    (tmp_path / "documents").mkdir()
    with pytest.raises(CaseListError) as raised:
        read_case_list(path, tmp_path / "documents")
    assert "EXAMPLE-1 incident log.pdf" in raised.value.text("en")
