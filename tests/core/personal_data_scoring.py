"""Recall and precision of the personal-data scan over the labelled corpus.

The corpus (personal_data_corpus.jsonl, one sentence a line) is written the way panel
members write notes, in English and Welsh; each line lists the personal data a careful
reader would blank ("spans": kind and text) and, where the app would know them, the names
it would pass to the scan ("known_names"). A labelled span counts as found when a hit of
the same family overlaps it: a name is a name whether it was found after a title or from
the roster, and the merged hit of an age inside a date of birth still covers the age. A
hit that overlaps no labelled span of its family is a false alarm.

Used by tests/core/test_personal_data_corpus.py and bench/personal_data.py.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

from desktop.core.personal_data import Hit, Kind, scan

CORPUS = Path(__file__).with_name("personal_data_corpus.jsonl")

# The family each kind is judged in.
FAMILY: dict[Kind, str] = {
    Kind.NAME: "name",
    Kind.NAME_AFTER_TITLE: "name",
    Kind.DATE_OF_BIRTH: "date of birth or age",
    Kind.AGE: "date of birth or age",
    Kind.ADDRESS: "address",
    Kind.POSTCODE: "postcode",
    Kind.PHONE: "phone",
    Kind.EMAIL: "email",
    Kind.VEHICLE_REG: "vehicle registration",
    Kind.COLLAR_NUMBER: "collar number",
    Kind.CASE_REFERENCE: "case reference",
    Kind.NATIONAL_INSURANCE: "national insurance",
    Kind.SCHOOL_OR_WORKPLACE: "school or workplace",
}
FAMILIES = sorted(set(FAMILY.values()))


@dataclass(frozen=True)
class Sentence:
    text: str
    language: str
    spans: tuple[tuple[str, int, int], ...]  # family, start, end
    known_names: tuple[str, ...] = ()


@dataclass
class Tally:
    labelled: int = 0
    found: int = 0
    hits: int = 0
    right_hits: int = 0

    @property
    def recall(self) -> float:
        return self.found / self.labelled if self.labelled else 1.0

    @property
    def precision(self) -> float:
        return self.right_hits / self.hits if self.hits else 1.0


@dataclass
class Score:
    by_family: dict[str, Tally] = field(default_factory=lambda: {f: Tally() for f in FAMILIES})
    misses: list[tuple[str, str, str]] = field(default_factory=list)  # family, span text, sentence
    false_alarms: list[tuple[str, str, str]] = field(default_factory=list)  # kind, hit text, sentence

    @property
    def overall(self) -> Tally:
        total = Tally()
        for t in self.by_family.values():
            total.labelled += t.labelled
            total.found += t.found
            total.hits += t.hits
            total.right_hits += t.right_hits
        return total

    def table(self) -> str:
        """The per-family table a reader compares across runs, then what was missed."""
        rows = [f"{'kind':<22} {'spans':>5} {'found':>5} {'recall':>6} {'hits':>5} {'precision':>9}"]
        for name, t in [*self.by_family.items(), ("overall", self.overall)]:
            rows.append(
                f"{name:<22} {t.labelled:>5} {t.found:>5} {t.recall:>6.3f} {t.hits:>5} {t.precision:>9.3f}"
            )
        rows += [f"missed {f}: {s!r} in {t!r}" for f, s, t in self.misses]
        rows += [f"false alarm {k}: {s!r} in {t!r}" for k, s, t in self.false_alarms]
        return "\n".join(rows)


def load(path: Path = CORPUS) -> list[Sentence]:
    """The corpus, each labelled span placed at its occurrence in the sentence (the first
    one not already taken by an earlier label of the same text)."""
    sentences = []
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
        if not line.strip():
            continue
        record = json.loads(line)
        text = record["text"]
        spans, taken = [], set()
        for label in record["spans"]:
            start = text.find(label["text"])
            while start in taken:
                start = text.find(label["text"], start + 1)
            if start < 0:
                raise ValueError(f"line {number}: {label['text']!r} is not in the sentence")
            taken.add(start)
            spans.append((FAMILY[Kind(label["kind"])], start, start + len(label["text"])))
        known = tuple(record.get("known_names", ()))
        sentences.append(Sentence(text, record["language"], tuple(spans), known))
    return sentences


def run(sentence: Sentence) -> list[Hit]:
    return scan(sentence.text, known_names=sentence.known_names)


def score(sentences: Iterable[Sentence]) -> Score:
    result = Score()
    for s in sentences:
        hits = run(s)
        for family, start, end in s.spans:
            tally = result.by_family[family]
            tally.labelled += 1
            if any(FAMILY[h.kind] == family and h.start < end and start < h.end for h in hits):
                tally.found += 1
            else:
                result.misses.append((family, s.text[start:end], s.text))
        for h in hits:
            family = FAMILY[h.kind]
            tally = result.by_family[family]
            tally.hits += 1
            if any(f == family and h.start < end and start < h.end for f, start, end in s.spans):
                tally.right_hits += 1
            else:
                result.false_alarms.append((h.kind.value, h.text, s.text))
    return result
