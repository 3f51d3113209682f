"""The panel report for a large round: 12 members, 200 cases, every case by 3 of them.

Target: the merge and the PDF report in under 5 s and under 400 MB on a 2-core machine,
and a cost that grows linearly with the number of cases. Each size runs in a fresh
process (so its peak memory is its own) and is set against a baseline measured in the
same process on the same answers: `json.dumps` of every answer, which any report must
at least read through. The table shows time and peak memory for 50 / 100 / 200 / 400
cases, and the time per case, which stays flat when the growth is linear.

    python bench/report.py
"""

from __future__ import annotations

import json
import resource
import subprocess
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from desktop.core.answers import Answer
from desktop.core.findings import CaseInput, Reviewer, consolidate, letters
from desktop.reports.content import PanelReport, ReportOptions
from desktop.services.templates import load_bundled_template_text

MEMBERS = 12
PER_CASE = 3
SIZES = (50, 100, 200, 400)
NOTE = "The risk assessment was completed late and the supervisor did not endorse it."


def answers_for(template: object, case: int, member: int) -> dict[str, Answer]:
    """Mostly agreement; every seventh case splits on one question; notes where "no"."""
    out = {}
    for i, q in enumerate(template.questions):  # type: ignore[attr-defined]
        if q.kind == "text":
            out[q.id] = Answer("Prompt contact by the HCSO, recorded clearly.")
        elif q.kind == "multi":
            out[q.id] = Answer((q.choices[0].code,))
        else:
            code = q.choices[(member if case % 7 == 0 and i == 4 else 0) % len(q.choices)].code
            out[q.id] = Answer(code, hours=30 if q.hours else None, note=NOTE if code == "no" else "")
    return out


def build(cases: int) -> tuple[PanelReport, list[CaseInput]]:
    template, _body = load_bundled_template_text("hate-crime")
    names = letters(MEMBERS)
    reviewers = [
        Reviewer(n, f"Member {n}", "0" * 30, 1, "2026-03-01T10:00:00", "a" * 64, f"{n}.prreview")
        for n in names
    ]
    inputs = []
    for c in range(cases):
        who = [names[(c + j) % MEMBERS] for j in range(PER_CASE)]
        answers = {letter: answers_for(template, c, names.index(letter)) for letter in who}
        inputs.append(
            CaseInput(
                c + 1,
                f"uid-{c}",
                f"HC-{c + 1:04d}",
                "hate_crime",
                ("race",),
                f"Case {c + 1}: verbal abuse in a shop.",
                answers,
            )
        )
    findings = consolidate(template, reviewers, inputs)
    report = PanelReport(
        "round-uid", "Bench round", "Bench panel", "Bench force", findings, generated_on="2026-03-14"
    )
    return report, inputs


def one(cases: int) -> dict[str, float]:
    """Time (s) of merge + PDF, the baseline, and this process's peak memory (MB)."""
    from desktop.reports.panel_pdf import render_panel_pdf

    start = time.perf_counter()
    report, inputs = build(cases)
    merged = time.perf_counter() - start
    start = time.perf_counter()
    render_panel_pdf(report, ReportOptions("en", "publication"))
    pdf = time.perf_counter() - start
    start = time.perf_counter()
    json.dumps(
        [
            {k: {q: [a.value, a.hours, a.note] for q, a in v.items()} for k, v in i.answers.items()}
            for i in inputs
        ]
    )
    baseline = time.perf_counter() - start
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    return {"cases": cases, "merge": merged, "pdf": pdf, "baseline": baseline, "peak_mb": peak}


def main() -> None:
    if len(sys.argv) == 3 and sys.argv[1] == "--one":
        print(json.dumps(one(int(sys.argv[2]))))
        return
    rows = []
    for cases in SIZES:
        done = subprocess.run(
            [sys.executable, __file__, "--one", str(cases)], capture_output=True, text=True, check=True
        )
        rows.append(json.loads(done.stdout))
    print(f"{MEMBERS} members, every case by {PER_CASE}; merge + PDF report (published, English)")
    heads = ("cases", "merge s", "PDF s", "total s", "x baseline", "ms/case", "peak MB")
    print(" ".join(f"{h:>10}" for h in heads))
    for r in rows:
        total = r["merge"] + r["pdf"]
        cells = (
            f"{r['cases']}",
            f"{r['merge']:.2f}",
            f"{r['pdf']:.2f}",
            f"{total:.2f}",
            f"{total / r['baseline']:.0f}",
            f"{1000 * total / r['cases']:.1f}",
            f"{r['peak_mb']:.0f}",
        )
        print(" ".join(f"{c:>10}" for c in cells))
    at_200 = next(r for r in rows if r["cases"] == 200)
    total = at_200["merge"] + at_200["pdf"]
    verdict = "met" if total < 5 and at_200["peak_mb"] < 400 else "NOT met"
    print(
        f"target at 200 cases (under 5 s and 400 MB): {verdict} ({total:.2f} s, {at_200['peak_mb']:.0f} MB)"
    )


if __name__ == "__main__":
    main()
