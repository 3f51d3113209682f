"""What a screen reader (Orca, through AT-SPI) finds on every page and dialog, in English
and Welsh: no button, field, list or tab without a name, and no two answer buttons of the
case with the same name. The app runs in a real window under Xvfb and is read from outside
through the accessibility bus, as Orca reads it (tests/ui/atspi_walk.py)."""

from __future__ import annotations

import pytest

from tests.ui.atspi_walk import missing_tools, problems, walk

SCREENS = [
    "set-up", "unlock", "profile chooser", "rounds", "workspace", "defer dialog",
    *(f"coordinator tab {n}" for n in range(1, 11)),  # Members … Report, Translation
    "new round dialog", "card dialog", "fingerprint dialog", "briefing dialog", "letterhead dialog",
]  # fmt: skip
LANGUAGES = ["en", "cy"]


@pytest.fixture(scope="module")
def screens() -> list[dict]:
    missing = missing_tools()
    if missing:
        pytest.fail(
            "The screen-reader test needs these Debian packages: " + " ".join(missing)
            + ". `./dev test` installs them (TEST_PACKAGES in `dev`)."
        )  # fmt: skip
    read, logs = walk(LANGUAGES)  # about 15 s; each side gives up after 15 s on one screen
    assert not logs, f"the walk failed:\n{logs}"
    return read


def test_every_screen_was_read_in_both_languages(screens) -> None:
    assert [s["screen"] for s in screens] == [f"{lang} {name}" for lang in LANGUAGES for name in SCREENS]
    for screen in screens:
        assert not screen.get("timeout"), screen["screen"]
        roles = {node["role"] for node in screen["tree"]}
        assert roles & {"push button", "text", "password text", "table", "list"}, screen["screen"]


def test_no_interactive_object_is_unnamed_and_no_answers_share_a_name(screens) -> None:
    found = {s["screen"]: problems(s) for s in screens}
    assert {screen: seen for screen, seen in found.items() if seen} == {}


def test_the_workspace_reads_its_answers_and_the_case_list(screens) -> None:
    for lang, answer in (("en", "Question 1:"), ("cy", "Cwestiwn 1:")):
        tree = next(s["tree"] for s in screens if s["screen"] == f"{lang} workspace")
        answers = [n["name"] for n in tree if n["role"] in ("radio button", "check box")]
        assert len(answers) > 20 and any(name.startswith(answer) for name in answers), answers[:5]
        assert any(n["role"] == "table" for n in tree)


def test_the_check_finds_an_unnamed_button_and_answers_that_share_a_name() -> None:
    screen = {"screen": "en workspace", "tree": [
        {"depth": 1, "role": "push button", "name": "", "focused": False},
        {"depth": 1, "role": "label", "name": "", "focused": False},
        {"depth": 2, "role": "radio button", "name": "Yes", "focused": False},
        {"depth": 2, "role": "radio button", "name": "Yes", "focused": False},
    ]}  # fmt: skip
    assert problems(screen) == ["a push button without a name (depth 1)", "2 answer buttons called 'Yes'"]
