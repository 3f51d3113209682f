"""Random damage to valid files only ever ends in ExchangeError: no other exception, no hang.

Mutations are applied both to the files as stored (mostly caught by age's
authentication) and to a pack's plaintext before it is encrypted again (which reaches
the tar and manifest parsers behind the encryption, as a forger holding our public key
could).
"""

from __future__ import annotations

import faulthandler
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from desktop.exchange.card import read_card
from desktop.exchange.container import read_container
from desktop.exchange.errors import ExchangeError
from desktop.exchange.manifest import CARD, PACK, PACKAGE
from tests.hostile import payloads
from tests.hostile.forge import Spec, seal
from tests.hostile.make_corpus import card, load_keys, pack, review

KEYS = load_keys()
OPENER = {CARD: None, PACK: KEYS["member1"], PACKAGE: KEYS["coordinator"]}
FUZZ = settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])


def small_pack() -> Spec:
    spec = pack(KEYS)
    spec.entries[1] = ("template.json", payloads.STAND_IN_TEMPLATE)
    return spec


VALID = {CARD: card(KEYS).plain(), PACK: small_pack().sealed(), PACKAGE: review(KEYS).sealed()}
PACK_PLAIN = small_pack().plain()


@pytest.fixture(scope="module", autouse=True)
def no_hangs() -> Iterator[None]:
    """A hang fails the run loudly (with every thread's stack) instead of blocking it."""
    faulthandler.dump_traceback_later(120, exit=True)
    yield
    faulthandler.cancel_dump_traceback_later()


@st.composite
def mutated(draw: st.DrawFn, data: bytes) -> bytes:
    blob = bytearray(data)
    for _ in range(draw(st.integers(1, 4))):
        how = draw(st.sampled_from(["flip", "truncate", "splice", "insert"]))
        at = draw(st.integers(0, max(len(blob) - 1, 0)))
        if how == "flip" and blob:
            blob[at] ^= draw(st.integers(1, 255))
        elif how == "truncate":
            del blob[at:]
        elif how == "splice":
            start = draw(st.integers(0, max(len(blob) - 1, 0)))
            blob[at : at + draw(st.integers(0, 600))] = blob[start : start + draw(st.integers(0, 600))]
        else:
            blob[at:at] = draw(st.binary(min_size=1, max_size=64))
    return bytes(blob)


def read_fully(data: bytes, kind: str) -> None:
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "f"
        path.write_bytes(data)
        try:
            if kind == CARD:
                read_card(path)
                return
            with read_container(path, kind=kind, identity=OPENER[kind]) as reader:
                for _ in reader.entries():
                    pass
        except ExchangeError:
            pass


@FUZZ
@given(data=mutated(VALID[CARD]))
def test_damaged_cards_only_raise_exchange_errors(data: bytes) -> None:
    read_fully(data, CARD)


@FUZZ
@given(data=mutated(VALID[PACK]))
def test_damaged_packs_only_raise_exchange_errors(data: bytes) -> None:
    read_fully(data, PACK)


@FUZZ
@given(data=mutated(VALID[PACKAGE]))
def test_damaged_packages_only_raise_exchange_errors(data: bytes) -> None:
    read_fully(data, PACKAGE)


@settings(FUZZ, max_examples=120)
@given(data=mutated(PACK_PLAIN))
def test_damaged_plaintext_behind_valid_encryption_only_raises_exchange_errors(data: bytes) -> None:
    read_fully(seal(data, KEYS["member1"]), PACK)


def test_the_unmutated_files_are_read_without_error() -> None:
    for kind, data in VALID.items():
        with tempfile.TemporaryDirectory() as folder:
            path = Path(folder) / "f"
            path.write_bytes(data)
            if kind == CARD:
                read_card(path)
                continue
            with read_container(path, kind=kind, identity=OPENER[kind]) as reader:
                assert len(list(reader.entries())) == len(reader.manifest.entries)
