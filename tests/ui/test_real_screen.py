"""Every page and dialog on a real laptop screen, as members and coordinators run the app:
Xvfb at 1366x768 (and 1280x720) with a window manager, at 100%, 150% and 200% text, at
display scaling 1.25, 1.5 and 2, and at scaling 1.5 with 150% and 200% text, in English
and Welsh (tests/ui/screen_fit_walk.py).

The walk takes in the reason asked when a completed case is reopened, the question
before a round's case material is removed early, the Inbox's changes waiting and
retention report, and the round list's archive and purge with the archive's passphrase;
the workspace just after citing a page, the coordinator's copy of a cited page and the
Trends window.

Each window must lie inside the screen and be able to; every control must be on show,
each page's key controls reachable, check boxes as large as the text and documents shown
at a readable size. The screenshots of every screen are kept in artifacts/real-screen/
(not committed) for a person to look at after the run.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.ui.screen_fit_walk import ROOT, missing_tools, problems, walk

SETTINGS = {  # name: (screen size, QT_SCALE_FACTOR, text sizes)
    "1366x768 text 100-150-200": ("1366x768", "", (100, 150, 200)),
    "1366x768 scale 1.25": ("1366x768", "1.25", (100,)),
    "1366x768 scale 1.5": ("1366x768", "1.5", (100,)),
    "1366x768 scale 2": ("1366x768", "2", (100,)),
    "1280x720": ("1280x720", "", (100,)),
    # the everyday Windows laptop (150% display scaling) with the member's own larger text
    "1366x768 scale 1.5 text 150-200": ("1366x768", "1.5", (150, 200)),
}
SHOTS = ROOT / "artifacts" / "real-screen"


@pytest.fixture(scope="module", params=list(SETTINGS))
def walked(request) -> list[dict]:
    missing = missing_tools()
    if missing:
        pytest.fail(
            "The real-screen test needs these Debian packages: " + " ".join(missing)
            + ". `./dev test` installs them (TEST_PACKAGES in `dev`)."
        )  # fmt: skip
    size, scale, text_sizes = SETTINGS[request.param]
    out: Path = SHOTS / request.param.replace(" ", "-")
    records, logs = walk(out, size, scale, ("en", "cy"), text_sizes)
    assert not logs, f"the walk failed:\n{logs}"
    for record in records:
        record["shot_path"] = out / record["shot"]
    return records


def test_every_screen_fits_and_every_control_is_within_reach(walked) -> None:
    screens = {record["screen"] for record in walked}
    for lang in ("en", "cy"):  # the walk reached every page of both windows
        assert any(s.startswith(lang) and s.endswith("member workspace") for s in screens)
        assert sum(s.startswith(lang) and " coordinator " in s for s in screens) >= 11 * len(
            {r["text_percent"] for r in walked}
        )
    found = {r["screen"]: problems(r) for r in walked}
    assert {screen: seen for screen, seen in found.items() if seen} == {}
    for record in walked:  # kept for a person to look at
        assert record["shot_path"].stat().st_size > 10_000, record["shot"]


GOOD = {
    "screen": "en 200% member workspace", "free": [0, 0, 1366, 768], "frame": [0, 0, 1366, 768],
    "frame_extra": [2, 25], "minimum": [900, 500], "cut": [], "reach": [], "sideways": [],
    "text_px": 28, "text_percent": 200, "QCheckBox_indicator_px": 28, "document_zoom": 1.1,
}  # fmt: skip


@pytest.mark.parametrize(
    ("change", "expected"),
    [
        ({"frame": [0, 0, 1424, 768]}, "the window 1424x768 at 0,0 is not inside the screen's 1366x768"),
        ({"minimum": [1370, 500]}, "the window cannot be smaller than 1372x525"),
        ({"cut": ["next_page_button: y 42..77 outside PageBar 0..53"]}, "cut off: next_page_button"),
        (
            {"reach": [{"name": "defer_case", "problem": "outside the screen"}]},
            "defer_case: outside the screen",
        ),
        ({"sideways": ["findings_page_scroll"]}, "findings_page_scroll scrolls sideways"),
        ({"QCheckBox_indicator_px": 14}, "QCheckBox indicators are 14 px beside 28 px text"),
        ({"fingerprint_px": 14}, "fingerprints are 14 px"),
        ({"document_zoom": 0.56}, "the document shows at 56%, below the readable 105%"),
        ({"notice_words_per_line": 1.0}, "a message shows 1.0 words a line"),
        ({"reason_lines": 2.0}, "the reason box shows 2.0 lines"),
    ],
)
def test_the_judge_names_each_way_a_screen_can_fail(change, expected) -> None:
    assert problems(GOOD) == []
    found = problems({**GOOD, **change})
    assert len(found) == 1 and found[0].startswith(expected), found
