"""Shared set-up for the benchmarks: a profile holding a 200-case hate crime round."""

from __future__ import annotations

import atexit
import os
import shutil
import statistics
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from desktop.services import profile, rounds
from desktop.services.demo_content import load_demo_cases
from desktop.services.templates import load_bundled_template_text

PASSPHRASE = "benchmark passphrase 2026"
CASES = 200


def big_round_profile(cases: int = CASES) -> tuple[Path, int]:
    """A new profile folder with one round of `cases` cases (demo documents reused)."""
    folder = Path(tempfile.mkdtemp(prefix="panel-review-bench-"))
    atexit.register(shutil.rmtree, folder, ignore_errors=True)
    db = profile.create_profile(folder, "Bench Member", PASSPHRASE, "en")
    _template, body = load_bundled_template_text("hate-crime")
    demo = load_demo_cases()
    new_cases = []
    for i in range(cases):
        source = demo[i % len(demo)]
        new_cases.append(rounds.NewCase(f"BENCH-{i + 1:04d}", source.case_type, source.strands,
                                        source.summary, source.documents))  # fmt: skip
    round_id = rounds.add_round(db, "Benchmark round", body, new_cases, due_date="2026-12-31")
    db.close()
    return folder, round_id


def percentile(values: list[float], pct: float) -> float:
    ordered = sorted(values)
    index = min(len(ordered) - 1, max(0, round(pct / 100 * (len(ordered) - 1))))
    return ordered[index]


def describe(name: str, values_ms: list[float]) -> str:
    return (f"{name}: n={len(values_ms)} median={statistics.median(values_ms):.1f} ms "
            f"p95={percentile(values_ms, 95):.1f} ms max={max(values_ms):.1f} ms")  # fmt: skip
