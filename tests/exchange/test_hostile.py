"""Every file in the hostile corpus is refused for exactly its reason, or passes the
container checks if only the services can judge it (tests/hostile/corpus.json)."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from desktop.exchange.card import read_card
from desktop.exchange.container import read_container
from desktop.exchange.errors import ExchangeError, Reason, describe
from desktop.exchange.manifest import CARD
from tests.hostile.make_corpus import CORPUS, FILES, load_keys

ROOT = Path(__file__).resolve().parents[2]
LISTED: list[dict[str, Any]] = json.loads(CORPUS.read_text())["files"]
KEYS = load_keys()


def read_everything(entry: dict[str, Any]) -> None:
    path = FILES / entry["file"]
    if entry["kind"] == CARD:
        read_card(path)
        return
    with read_container(path, kind=entry["kind"], identity=KEYS[entry["opened_by"]]) as reader:
        for _ in reader.entries():
            pass


def by_level(level: str) -> list[Any]:
    return [pytest.param(e, id=e["file"]) for e in LISTED if level in e["expect"]]


@pytest.mark.parametrize("entry", by_level("exchange"))
def test_each_hostile_file_is_refused_for_its_reason(entry: dict[str, Any]) -> None:
    with pytest.raises(ExchangeError) as refused:
        read_everything(entry)
    assert refused.value.reason is Reason[entry["expect"]["exchange"]], refused.value.detail


@pytest.mark.parametrize("entry", by_level("service") + by_level("accepted"))
def test_files_only_the_services_can_judge_pass_the_container_checks(entry: dict[str, Any]) -> None:
    read_everything(entry)


def test_the_corpus_is_large_and_listed_completely() -> None:
    on_disk = sorted(p.name for p in FILES.iterdir())
    assert on_disk == sorted(e["file"] for e in LISTED)
    assert len(by_level("exchange")) >= 25
    assert {Reason[e["expect"]["exchange"]] for e in LISTED if "exchange" in e["expect"]} == set(Reason)


def test_every_reason_has_its_own_sentence_in_english_and_welsh() -> None:
    for language in ("en", "cy"):
        sentences = [describe(reason, language) for reason in Reason]
        assert all(s.strip().endswith(".") for s in sentences)
        assert len(set(sentences)) == len(Reason), language
    assert all(describe(r, "en") != describe(r, "cy") for r in Reason)
    assert describe(Reason.CORRUPT, "fr") == describe(Reason.CORRUPT, "en")


BOMB_READER = """
import resource, sys
from tests.exchange.test_hostile import read_everything
before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
for name in sys.argv[1:]:
    try:
        read_everything({"file": name, "kind": "assignment-pack", "opened_by": "member1"})
    except Exception as error:
        print(type(error).__name__)
print(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss - before)
"""


def test_a_bomb_is_refused_without_being_inflated() -> None:
    """The 64 MiB bombs are judged from their first block: the reader's memory hardly grows."""
    bombs = ["gzip-bomb.prpack", "sealed-gzip-bomb.prpack", "zip-bomb.prpack", "tar-gz-disguised.prpack"]
    out = subprocess.run([sys.executable, "-c", BOMB_READER, *bombs], cwd=ROOT, capture_output=True,
                         text=True, check=True).stdout.split()  # fmt: skip
    assert out[:-1] == ["ExchangeError"] * len(bombs)
    assert int(out[-1]) < 16 * 1024  # KiB of peak memory added while reading all four
