"""Shared fixtures: a real encrypted profile with a small round in a temporary folder.

Nothing here imports Qt, so the non-UI tests also run where PySide6 cannot be imported.
The user's real config and data folders are never touched: XDG folders point into a
temporary directory for the whole run, one for each test process (each pytest-xdist
worker has its own). The runtime folder too: at-spi-bus-launcher puts the accessibility
bus's socket there (`at-spi/bus`, or `~/.cache/at-spi/bus` when XDG_RUNTIME_DIR is
unset), so two screen-reader walks at once (two runs of the suite on one machine) took
each other's bus and both failed.
"""

from __future__ import annotations

import atexit
import hashlib
import json
import os
import shutil
import tempfile
from pathlib import Path

import pytest

from tests.fs_faults import read_only_dir, small_disk  # noqa: F401  (fixtures for every test)

_HOME = Path(tempfile.mkdtemp(prefix="panel-review-tests-"))
atexit.register(shutil.rmtree, _HOME, ignore_errors=True)
os.environ["XDG_CONFIG_HOME"] = str(_HOME / "config")
os.environ["XDG_DATA_HOME"] = str(_HOME / "data")
(_HOME / "runtime").mkdir(mode=0o700)  # Qt and D-Bus refuse a runtime folder others can read
os.environ["XDG_RUNTIME_DIR"] = str(_HOME / "runtime")
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

PASSPHRASE = "a quiet river at dawn"

_scrypt = hashlib.scrypt
_derived: dict[bytes, bytes] = {}


def _scrypt_once_per_input(password, *, salt, n, r, p, maxmem=0, dklen=64) -> bytes:
    """hashlib.scrypt, remembering each result for this test process.

    The database key costs half a second of CPU (storage.keying), and the suite derives
    the same key again and again: create then unlock, every lock and unlock of one
    profile, each fault test reopening its file. Measured: 783 derivations, 332 of them
    repeats, and scrypt was 335 of the suite's 760 CPU seconds. scrypt is a pure
    function, so a repeated call is given the bytes the real call returned: every key,
    and so every test's outcome, is what it was; a new passphrase, salt or parameter
    runs the real scrypt. Only a digest of the passphrase is kept, and each caller gets
    a fresh copy (the app overwrites the key it is given). The installed entry point that
    the command-line and start-up tests run in child processes derives for real.
    """
    params = repr((n, r, p, maxmem, dklen)).encode()
    lookup = b"|".join([hashlib.sha256(password).digest(), bytes(salt), params])
    known = _derived.get(lookup)
    if known is None:
        derived = _scrypt(password, salt=salt, n=n, r=r, p=p, maxmem=maxmem, dklen=dklen)
        _derived[lookup] = bytes(bytearray(derived))
        return derived
    return bytes(bytearray(known))


hashlib.scrypt = _scrypt_once_per_input


def _t(en: str, cy: str) -> dict[str, str]:
    return {"en": en, "cy": cy}


def ynp_set() -> list[dict]:
    return [
        {"code": "yes", "label": _t("Yes", "Ie")},
        {"code": "no", "label": _t("No", "Na")},
        {"code": "partly", "label": _t("Partly", "Yn rhannol")},
        {"code": "unclear", "label": _t("Unclear", "Aneglur")},
        {"code": "na", "label": _t("Not applicable", "Amherthnasol")},
    ]


def small_template() -> dict:
    """A two-section template exercising every kind, hours, notes and skip logic."""
    npu = ["no", "partly", "unclear"]
    return {
        "format": 1,
        "id": "small-test",
        "version": 1,
        "title": _t("Small test checklist", "Rhestr wirio brawf fach"),
        "answer_sets": {"ynp": ynp_set()},
        "sections": [
            {
                "id": "first",
                "title": _t("Recording", "Cofnodi"),
                "questions": [
                    {
                        "id": "strands",
                        "kind": "multi",
                        "text": _t("Which strands?", "Pa linynnau?"),
                        "choices": [
                            {"code": "race", "label": _t("Race", "Hil")},
                            {"code": "other", "label": _t("Other", "Arall")},
                        ],
                        "note_if": ["other"],
                    },
                    {
                        "id": "assessed",
                        "kind": "ynp",
                        "text": _t("Was risk assessed?", "A aseswyd y risg?"),
                        "guidance": _t("Look in the log.", "Edrychwch yn y log."),
                        "note_if": npu,
                    },
                    {
                        "id": "level",
                        "kind": "choice",
                        "text": _t("Risk level?", "Lefel y risg?"),
                        "choices": [
                            {"code": "low", "label": _t("Low", "Isel")},
                            {"code": "high", "label": _t("High", "Uchel")},
                        ],
                        "shown_if": {"question": "assessed", "in": ["yes", "partly"]},
                    },
                ],
            },
            {
                "id": "second",
                "title": _t("Victim care", "Gofal dioddefwyr"),
                "questions": [
                    {
                        "id": "contact",
                        "kind": "ynp",
                        "hours": True,
                        "text": _t("Contact within 48 hours?", "Cyswllt o fewn 48 awr?"),
                        "note_if": npu,
                    },
                    {
                        "id": "learning",
                        "kind": "text",
                        "optional": True,
                        "text": _t("Areas for learning", "Meysydd i ddysgu"),
                    },
                ],
            },
        ],
    }


def small_template_body() -> str:
    return json.dumps(small_template(), ensure_ascii=False)


@pytest.fixture
def profile_dir(tmp_path: Path) -> Path:
    return tmp_path / "profile"


@pytest.fixture
def db(profile_dir: Path):
    from desktop.services import profile

    database = profile.create_profile(profile_dir, "Test Member", PASSPHRASE, "en")
    yield database
    database.close()


def make_cases(count: int = 3):
    from desktop.services.rounds import NewCase, NewDocument

    return [
        NewCase(
            reference=f"TEST-{i + 1:03d}",
            case_type="hate_crime" if i % 2 == 0 else "nchi",
            strands=("race",) if i % 2 == 0 else ("disability", "other"),
            summary=f"Fictional test case {i + 1}.",
            documents=[
                NewDocument(
                    f"Officer note {i + 1}",
                    "text/plain",
                    f"SECRET-NOTE-{i + 1} the victim was spoken to.".encode(),
                )
            ],
        )
        for i in range(count)
    ]


@pytest.fixture
def round_id(db) -> int:
    from desktop.services.rounds import add_round

    return add_round(db, "Test round", small_template_body(), make_cases(), due_date="2026-12-31")
