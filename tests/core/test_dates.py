"""Dates written as people write them, in English and Welsh, and stored text that is
not a date passed through untouched."""

from __future__ import annotations

import pytest

from desktop.core.words.dates import long_date


@pytest.mark.parametrize(
    ("stored", "english", "welsh"),
    [
        ("2026-03-14", "14 March 2026", "14 Mawrth 2026"),
        ("2026-01-01", "1 January 2026", "1 Ionawr 2026"),
        ("2026-02-28", "28 February 2026", "28 Chwefror 2026"),
        ("2024-02-29", "29 February 2024", "29 Chwefror 2024"),
        ("2026-04-05", "5 April 2026", "5 Ebrill 2026"),
        ("2026-05-31", "31 May 2026", "31 Mai 2026"),
        ("2026-06-09", "9 June 2026", "9 Mehefin 2026"),
        ("2026-07-04", "4 July 2026", "4 Gorffennaf 2026"),
        ("2026-08-15", "15 August 2026", "15 Awst 2026"),
        ("2026-09-30", "30 September 2026", "30 Medi 2026"),
        ("2026-10-10", "10 October 2026", "10 Hydref 2026"),
        ("2026-11-11", "11 November 2026", "11 Tachwedd 2026"),
        ("2026-12-25", "25 December 2026", "25 Rhagfyr 2026"),
        ("2026-03-14 10:30", "14 March 2026, 10:30", "14 Mawrth 2026, 10:30"),
        ("2026-03-14 00:05", "14 March 2026, 00:05", "14 Mawrth 2026, 00:05"),
        ("2026-03-14T09:07:55.123456+00:00", "14 March 2026, 09:07", "14 Mawrth 2026, 09:07"),
    ],
)
def test_a_stored_date_is_written_out_in_each_language(stored: str, english: str, welsh: str) -> None:
    assert long_date(stored, "en") == english
    assert long_date(stored, "cy") == welsh


def test_an_unknown_language_reads_english() -> None:
    assert long_date("2026-03-14", "fr") == "14 March 2026"


@pytest.mark.parametrize(
    "stored",
    [
        "",
        "soon",
        "end of March",
        "14/03/2026",
        "2026-02-29",  # not a leap year
        "2026-13-01",
        "2026-00-10",
        "2026-04-31",
        "0000-01-01",
        "2026-03-14 24:00",
        "2026-03-14 10:60",
        "2026-03-14 10",
        "2026-3-14",
        "2026-03-14 and later",
        "١٢٣٤-٠٣-١٤",  # digits of another script
    ],
)
def test_text_that_is_not_a_date_comes_back_as_it_was(stored: str) -> None:
    assert long_date(stored, "en") == stored
    assert long_date(stored, "cy") == stored
