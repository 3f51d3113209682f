"""Every command-line command, given a mistake, says one plain line and changes nothing.

Each case runs the installed `panel-review` entry point in a subprocess, as a
coordinator's script would, with wrong arguments, missing files, folders where files
are wanted, output folders that do not exist, a wrong passphrase, a profile held by
another copy, a read-only disk and a full one. Each must exit with code 2, write
exactly one line to stderr (no traceback) in the language of messages, and leave
every row of the profile's database as it was.
"""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

from desktop.paths import database_path
from desktop.services import identity
from desktop.services.profile_lock import lock_profile
from tests.conftest import PASSPHRASE
from tests.fs_faults import Mount, fill
from tests.services.exchange_world import make_profile, write_case_list
from tests.services.hostile_world import Dump, dump, open_profile

ENTRY = Path(sys.executable).parent / "panel-review"


def cli(*args: str | Path, passphrase: str = PASSPHRASE) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "PANEL_REVIEW_PASSPHRASE": passphrase, "QT_QPA_PLATFORM": "offscreen"}
    return subprocess.run(
        [str(ENTRY), *map(str, args)], capture_output=True, text=True, env=env, timeout=120,
        stdin=subprocess.DEVNULL,
    )  # fmt: skip


@dataclass
class Profiles:
    root: Path
    coordinator: Path
    member: Path
    card: Path
    cases: Path
    documents: Path


@pytest.fixture(scope="module")
def profiles(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Profiles]:
    root = tmp_path_factory.mktemp("cli-errors")
    make_profile(root / "coordinator", "Olwen Price", "coordinator").close()
    member = make_profile(root / "member", "Aled Jones", "member")
    identity.export_card(member, root / "aled.prcard")
    member.close()
    cases, documents = write_case_list(root / "input", 1)
    (root / "a-file").write_text("not a folder")
    yield Profiles(root, root / "coordinator", root / "member", root / "aled.prcard", cases, documents)


def dump_of(folder: Path) -> Dump:
    db = open_profile(folder)
    try:
        return dump(db)
    finally:
        db.close()


def assert_one_line(result: subprocess.CompletedProcess[str], *words: str) -> None:
    said = result.stderr
    assert result.returncode == 2, (result.returncode, result.stdout, said)
    assert "Traceback" not in said and said.endswith("\n") and said.count("\n") == 1, said
    for word in words:
        assert word in said, said


def C(p: Profiles) -> tuple[str, Path]:
    return ("--profile", p.coordinator)


def M(p: Profiles) -> tuple[str, Path]:
    return ("--profile", p.member)


# (name, which profile, the arguments, words the line must hold)
Case = tuple[str, str, Callable[[Profiles], tuple[str | Path, ...]], tuple[str, ...]]
CASES: list[Case] = [
    ("card export into a missing folder", "coordinator",
     lambda p: (*C(p), "card", "export", p.root / "missing" / "me.prcard"), ("does not exist",)),
    ("card export, Welsh", "coordinator",
     lambda p: ("--language", "cy", *C(p), "card", "export", p.root / "missing" / "me.prcard"), ("yn bod",)),
    ("card export onto a folder", "coordinator",
     lambda p: (*C(p), "card", "export", p.root), ("is a folder",)),
    ("card without an action", "coordinator", lambda p: (*C(p), "card"), ("panel-review card",)),
    ("card with an unknown action", "coordinator", lambda p: (*C(p), "card", "frob"), ("frob",)),
    ("roster add a folder", "coordinator", lambda p: (*C(p), "roster", "add", p.root), ("is a folder",)),
    ("roster add a missing card", "coordinator",
     lambda p: (*C(p), "roster", "add", p.card, p.root / "nobody.prcard"), ("nobody.prcard",)),
    ("roster confirm an unknown member", "coordinator",
     lambda p: (*C(p), "roster", "confirm", "Nobody"), ("Nobody",)),
    ("roster revoke without a member", "coordinator", lambda p: (*C(p), "roster", "revoke"), ("member",)),
    ("round create from a missing case list", "coordinator",
     lambda p: (*C(p), "round", "create", "--csv", p.root / "none.csv", "--documents", p.documents,
                "--title", "Q1"), ("none.csv",)),
    ("round create with a file as the documents folder", "coordinator",
     lambda p: (*C(p), "round", "create", "--csv", p.cases, "--documents", p.cases, "--title", "Q1"),
     ("is not a folder",)),
    ("round assign without --auto", "coordinator",
     lambda p: (*C(p), "round", "assign", "1"), ("--auto",)),
    ("round assign with a k that is not a number", "coordinator",
     lambda p: (*C(p), "round", "assign", "1", "--auto", "-k", "three"), ("three",)),
    ("round status of an unknown round", "coordinator",
     lambda p: (*C(p), "round", "status", "Q9 round"), ("Q9 round",)),
    ("round export-packs under a file", "coordinator",
     lambda p: (*C(p), "round", "export-packs", "1", "--to", p.root / "a-file" / "packs"), ("a-file",)),
    ("inbox import of a missing package", "coordinator",
     lambda p: (*C(p), "inbox", "import", p.root / "gone.prreview"), ("gone.prreview",)),
    ("inbox import of a folder", "coordinator",
     lambda p: (*C(p), "inbox", "import", p.documents), ("is a folder",)),
    ("report into a missing folder", "coordinator",
     lambda p: (*C(p), "report", "--round", "1", "-o", p.root / "missing" / "report.pdf"), ("missing",)),
    ("report in an unknown format", "coordinator",
     lambda p: (*C(p), "report", "--round", "1", "--format", "odt", "-o", p.root / "r.odt"), ("odt",)),
    ("report of an unknown round", "coordinator",
     lambda p: (*C(p), "report", "--round", "Q9", "-o", p.root / "report.pdf"), ("Q9",)),
    ("profile show with the wrong passphrase", "coordinator",
     lambda p: (*C(p), "profile", "show", "--passphrase-is-wrong"), ("--passphrase-is-wrong",)),
    ("profile create where a profile is", "coordinator",
     lambda p: (*C(p), "profile", "create", "--name", "Someone"), ("already a profile",)),
    ("a profile folder that is not there", "coordinator",
     lambda p: ("--profile", p.root / "nowhere", "roster", "list"), ("no profile",)),
    ("a profile folder that is a file", "coordinator",
     lambda p: ("--profile", p.root / "a-file", "roster", "list"), ("is not a folder",)),
    ("a new profile under a file", "coordinator",
     lambda p: ("--profile", p.root / "a-file" / "p", "profile", "create", "--name", "X"), ("cannot use",)),
    ("an unknown language", "coordinator", lambda p: ("--language", "fr", *C(p), "roster", "list"), ("fr",)),
    ("pack import of a missing pack", "member",
     lambda p: (*M(p), "pack", "import", p.root / "cases.prpack"), ("cases.prpack",)),
    ("pack import of a folder", "member", lambda p: (*M(p), "pack", "import", p.root), ("is a folder",)),
    ("a card as an assignment pack", "member",
     lambda p: (*M(p), "pack", "import", p.card), ()),
    ("review send for an unknown round", "member",
     lambda p: (*M(p), "review", "send", "Q9", "--to", p.root / "out"), ("Q9",)),
    ("review send under a file", "member",
     lambda p: (*M(p), "review", "send", "1", "--to", p.root / "a-file" / "out"), ("a-file",)),
    ("inspect a missing file", "member", lambda p: ("inspect", p.root / "gone.prpack"), ("gone.prpack",)),
    ("inspect a folder", "member", lambda p: ("inspect", p.root), ("is a folder",)),
    ("inspect without a file", "member", lambda p: ("inspect",), ("file",)),
]  # fmt: skip


@pytest.mark.parametrize("case", CASES, ids=[c[0] for c in CASES])
def test_a_mistake_is_one_line_exit_two_and_changes_nothing(profiles: Profiles, case: Case) -> None:
    _name, who, arguments, words = case
    folder = getattr(profiles, who)
    before = dump_of(folder)
    assert_one_line(cli(*arguments(profiles)), *words)
    assert dump_of(folder) == before


def test_a_wrong_passphrase_is_said_in_one_line_in_either_language(profiles: Profiles) -> None:
    before = dump_of(profiles.coordinator)
    wrong = cli("--profile", profiles.coordinator, "roster", "list", passphrase="not the passphrase at all")
    assert_one_line(wrong, "passphrase does not open")
    welsh = cli(
        "--language", "cy", "--profile", profiles.coordinator, "roster", "list", passphrase="wrong one"
    )
    assert_one_line(welsh, "cyfrinymadrodd")
    assert dump_of(profiles.coordinator) == before


def test_no_passphrase_at_all_is_said_in_one_line(profiles: Profiles) -> None:
    assert_one_line(cli("--profile", profiles.member, "profile", "show", passphrase=""), "No passphrase")


def test_a_weak_passphrase_makes_no_profile(profiles: Profiles) -> None:
    folder = profiles.root / "weak"
    assert_one_line(
        cli("--profile", folder, "profile", "create", "--name", "X", passphrase="abc"), "too weak"
    )
    assert not folder.exists()


def test_a_profile_open_in_another_copy_is_said_in_one_line(profiles: Profiles) -> None:
    before = dump_of(profiles.coordinator)
    lock = lock_profile(profiles.coordinator)
    try:
        held = cli("--profile", profiles.coordinator, "roster", "add", profiles.card, "--confirmed")
    finally:
        lock.release()
    assert_one_line(held, "has this profile open")
    assert dump_of(profiles.coordinator) == before


def test_an_empty_database_is_named_and_left_as_it_is(tmp_path: Path) -> None:
    folder = tmp_path / "emptied"
    folder.mkdir()
    database_path(folder).write_bytes(b"")
    said = cli("--profile", folder, "roster", "list")
    assert_one_line(said, "empty (0 bytes)", str(database_path(folder)), "no backup")
    assert database_path(folder).read_bytes() == b""
    assert sorted(p.name for p in folder.iterdir()) == ["panel-review.db"]


def test_a_read_only_profile_folder_is_said_in_one_line(read_only_dir: Mount) -> None:
    folder = read_only_dir.path / "profile"
    make_profile(folder, "Olwen Price", "coordinator").close()
    (folder / "panel-review.lock").unlink(missing_ok=True)
    read_only_dir.make_read_only()
    said = cli("--profile", folder, "roster", "list")
    assert_one_line(said, "cannot use the profile folder", str(folder))


def test_writing_onto_a_full_or_read_only_disk_is_said_in_one_line(
    profiles: Profiles, small_disk: Path, read_only_dir: Mount
) -> None:
    before = dump_of(profiles.coordinator)
    fill(small_disk)
    full = cli("--profile", profiles.coordinator, "card", "export", small_disk / "me.prcard")
    assert_one_line(full, "disk is full")
    read_only_dir.make_read_only()
    locked = cli("--profile", profiles.coordinator, "card", "export", read_only_dir.path / "me.prcard")
    assert_one_line(locked, "may not read or write")
    assert dump_of(profiles.coordinator) == before


def test_a_fault_in_the_program_still_fails_loudly(profiles: Profiles) -> None:
    """Only mistakes are worded: an error the catalogue does not know keeps its traceback."""
    code = (
        "import sys; from desktop.cli import run, commands; "
        "commands.HANDLERS[('roster', 'list')] = lambda db, args: 1 // 0; "
        "sys.exit(run(['--profile', sys.argv[1], 'roster', 'list']))"
    )
    env = {**os.environ, "PANEL_REVIEW_PASSPHRASE": PASSPHRASE}
    result = subprocess.run(
        [sys.executable, "-c", code, str(profiles.coordinator)], capture_output=True, text=True, env=env,
        timeout=120,
    )  # fmt: skip
    assert result.returncode == 1 and "ZeroDivisionError" in result.stderr and "Traceback" in result.stderr


def test_help_lists_every_command_of_the_command_line_with_its_line() -> None:
    from desktop.cli.commands import HANDLERS

    shown = subprocess.run([str(ENTRY), "--help"], capture_output=True, text=True, timeout=120)
    assert shown.returncode == 0, shown.stderr
    lines = shown.stdout.splitlines()
    assert any(line.strip().startswith("--demo") for line in lines), "the window's options come first"
    for command, action in [*HANDLERS, ("inspect", None), ("profile", "create")]:
        words = command if action in (None, "write") else f"{command} {action}"
        line = next((line for line in lines if line.startswith(f"  {words} ")), None)
        assert line is not None, f"{words} is not listed"
        assert line[2 + len(words) :].strip(), f"{words} has no line saying what it does"
    assert any("--selftest" in line for line in lines)
