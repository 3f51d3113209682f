"""Recall and precision of the personal-data scan per kind, and its speed.

Runs the scan over the labelled corpus (tests/core/personal_data_corpus.jsonl) and prints
the table the corpus test holds (overall recall >= 0.95, precision >= 0.8). Then times
the scan per 1,000 sentences, once with no known names and once with a round's worth of
them (the roster and the people named in the case list), each as a ratio against a plain
`str.lower()` pass over the same sentences measured in the same run, so the figure can be
compared between machines.

    python bench/personal_data.py
"""

from __future__ import annotations

import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from desktop.core.personal_data import scan
from tests.core.personal_data_scoring import load, score

# A round's worth of names the app would pass to the scan: members and people in cases.
KNOWN = [
    f"{first} {last}"
    for first in ("Gareth", "Siân", "Dafydd", "Ffion", "Rhian", "Tomos", "Eleri", "Huw")
    for last in ("Jones", "ap Rhys", "Davies", "Wyn-Jones", "Edwards", "Parry")
]
REPEATS = 7


def per_thousand(texts: list[str], work: Callable[[str], object]) -> float:
    """Median milliseconds per 1,000 sentences over REPEATS passes."""
    times = []
    for _ in range(REPEATS):
        start = time.perf_counter()
        for t in texts:
            work(t)
        times.append((time.perf_counter() - start) * 1000 / len(texts) * 1000)
    return statistics.median(times)


def main() -> None:
    sentences = load()
    print(f"corpus: {len(sentences)} sentences")
    print(score(sentences).table())
    texts = [s.text for s in sentences]
    baseline = per_thousand(texts, str.lower)
    plain = per_thousand(texts, scan)
    known = per_thousand(texts, lambda t: scan(t, known_names=KNOWN))
    print()
    print(f"str.lower() baseline: {baseline:8.3f} ms per 1,000 sentences")
    print(f"scan:                 {plain:8.3f} ms per 1,000 sentences ({plain / baseline:,.0f} x baseline)")
    print(
        f"scan, {len(KNOWN)} known names: {known:6.3f} ms per 1,000 sentences "
        f"({known / baseline:,.0f} x baseline)"
    )


if __name__ == "__main__":
    main()
