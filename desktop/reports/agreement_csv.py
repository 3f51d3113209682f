"""The report CSV's third table: how far members agreed, question by question.

The PDF and Word report print Fleiss' kappa, Krippendorff's alpha and Gwet's AC1 per
question; an analyst stacking rounds from several years needs the same figures as data.
A statistic that is not defined is an empty cell, never 0 or "n/a" (which a spreadsheet
would average or choke on), with its reason beside it as a code and in the words the PDF
prints, in both languages (docs/formats.md, "Report CSV").
"""

from __future__ import annotations

from collections.abc import Iterator

from desktop.core.agreement import Statistic
from desktop.reports.content import PanelReport
from desktop.reports.words import undefined_word

STATISTICS = ("kappa", "alpha", "ac1")  # Fleiss, Krippendorff (nominal), Gwet
AGREEMENT_COLUMNS = (
    "format_version", "round_uid", "round_title", "question_id", "question_number", "question_en",
    "question_cy", "cases_compared", "answers_compared",
    *(f"{s}{part}" for s in STATISTICS for part in ("", "_undefined", "_reason_en", "_reason_cy")),
    "low",
)  # fmt: skip
PLACES = 6  # decimals written: more than any report prints, fewer than float noise


def _statistic(name: str, value: Statistic) -> dict[str, str]:
    """A value to `PLACES` decimals, or an empty value with the reason it has none."""
    why = value.undefined
    return {
        name: "" if value.value is None else f"{value.value:.{PLACES}f}",
        f"{name}_undefined": why.value if why else "",
        f"{name}_reason_en": undefined_word(why, "en") if why else "",
        f"{name}_reason_cy": undefined_word(why, "cy") if why else "",
    }


def agreement_rows(report: PanelReport, format_version: str) -> Iterator[dict[str, str]]:
    """One row per merged question, numbered as in the checklist (free-text questions are
    not merged, so their numbers are skipped, as in the findings table)."""
    findings = report.findings
    for number, question in enumerate(findings.template.questions, start=1):
        if question.kind == "text" or question.id not in findings.agreement:
            continue
        a = findings.agreement[question.id]
        row = {
            "format_version": format_version, "round_uid": report.round_uid,
            "round_title": report.round_title, "question_id": question.id,
            "question_number": str(number), "question_en": question.text.en,
            "question_cy": question.text.cy, "cases_compared": str(a.cases),
            "answers_compared": str(a.answers), "low": "yes" if a.low else "no",
        }  # fmt: skip
        for name in STATISTICS:
            row.update(_statistic(name, getattr(a, name)))
        yield row
