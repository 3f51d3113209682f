"""Damaged copies of a valid pack and a valid review package, fed to the services.

Whatever is done to the bytes (a bit flipped, the file cut short, a stretch replaced
or repeated), `import_pack` raises only ExchangeError or Refused, `import_packages`
only reports a rejection, and no table changes. The examples are derived from a fixed
seed, so a failure is reproducible.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st

from desktop.exchange.errors import ExchangeError
from desktop.services import assignment_packs, review_packages
from desktop.services.refusals import Refused
from desktop.services.review_packages import Fate
from desktop.storage.database import Database
from tests.hostile import make_corpus as corpus
from tests.hostile.make_corpus import FILES
from tests.services import hostile_world as world

PACK = (FILES / "pack-member1.prpack").read_bytes()
REVIEW = (FILES / "review-member1.prreview").read_bytes()
FUZZ = settings(
    max_examples=30, deadline=None, derandomize=True, suppress_health_check=[HealthCheck.too_slow]
)


@st.composite
def damaged(draw: st.DrawFn, original: bytes) -> bytes:
    """One kind of damage: flips, a cut, a stretch replaced by other bytes, or a stretch repeated."""
    size = len(original)
    kind = draw(st.sampled_from(["flip", "truncate", "splice", "repeat"]))
    if kind == "flip":
        data = bytearray(original)
        for at in draw(st.lists(st.integers(0, size - 1), min_size=1, max_size=4)):
            data[at] ^= 1 << draw(st.integers(0, 7))
        return bytes(data)
    if kind == "truncate":
        return original[: draw(st.integers(0, size - 1))]
    start = draw(st.integers(0, size - 1))
    end = draw(st.integers(start, min(size, start + 4096)))
    if kind == "splice":
        return original[:start] + draw(st.binary(min_size=0, max_size=512)) + original[end:]
    return original[:end] + original[start:end] + original[end:]


@pytest.fixture(scope="module")
def opened(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Callable[[str, str], Database]]:
    """Open profiles by (who, setup), made once for the module and closed at its end."""
    root = tmp_path_factory.mktemp("fuzz")
    dbs: dict[tuple[str, str], Database] = {}

    def get(who: str, setup: str) -> Database:
        if (who, setup) not in dbs:
            folder = root / f"{who}-{len(dbs)}"
            world.build_base(folder, who, setup)
            dbs[(who, setup)] = world.open_profile(folder)
        return dbs[(who, setup)]

    yield get
    for db in dbs.values():
        db.close()


def _write(folder: Path, name: str, data: bytes) -> Path:
    path = folder / name
    path.write_bytes(data)
    return path


def test_a_damaged_pack_is_refused_and_changes_nothing(
    opened: Callable[[str, str], Database], tmp_path_factory: pytest.TempPathFactory
) -> None:
    db = opened("member1", corpus.NOTHING)
    folder = tmp_path_factory.mktemp("packs")

    @FUZZ
    @given(damaged(PACK))
    def check(data: bytes) -> None:
        assume(data != PACK)
        path = _write(folder, "damaged.prpack", data)
        before = world.dump(db)
        with pytest.raises((ExchangeError, Refused)):
            assignment_packs.import_pack(db, path, confirmed_fingerprint=world.COORDINATOR_FINGERPRINT)
        assert world.dump(db) == before

    check()


def test_a_damaged_review_package_is_rejected_and_changes_nothing(
    opened: Callable[[str, str], Database], tmp_path_factory: pytest.TempPathFactory
) -> None:
    db = opened("coordinator", corpus.ROUNDS)
    folder = tmp_path_factory.mktemp("reviews")

    @FUZZ
    @given(damaged(REVIEW))
    def check(data: bytes) -> None:
        assume(data != REVIEW)
        path = _write(folder, "damaged.prreview", data)
        before = world.dump(db)
        (fate,) = review_packages.import_packages(db, [path], language="cy").fates
        assert fate.fate is Fate.REJECTED and fate.refusal and fate.why.strip()
        assert world.dump(db) == before

    check()
