"""The evidence behind the findings, for the internal report only.

For each split and each finding that falls short of the standard, the pages the members
cited for it: "Aled Jones: Crime report, page 3: 'the words they selected'". A published
report never has this part: the quoted words are the case documents' own, and the
titles name them (`evidence_findings` gives nothing in publication mode, whatever the
report holds).
"""

from __future__ import annotations

from dataclasses import dataclass

from desktop.core.citations import Citation
from desktop.core.findings import CaseFindings, Cell
from desktop.core.template import Question
from desktop.reports.content import PanelReport, ReportOptions, member_label
from desktop.reports.words import word


@dataclass(frozen=True)
class EvidenceFinding:
    """One finding and the pages cited for it, each as a line to print."""

    finding: str
    cited: tuple[str, ...]


def evidence_findings(report: PanelReport, options: ReportOptions, language: str) -> list[EvidenceFinding]:
    if options.mode != "internal":
        return []
    out = []
    numbers = {q.id: n for n, q in enumerate(report.findings.template.questions, start=1)}
    for case in report.findings.cases:
        for question in report.findings.template.questions:
            cell = case.cell(question.id)
            if cell is None or not _wants_evidence(question, cell):
                continue
            cited = _cited(report, case, cell, options, language)
            if cited:
                finding = word(
                    "evidence_finding", language, case=case.case.reference, number=numbers[question.id],
                    question=question.text.get(language),
                )  # fmt: skip
                out.append(EvidenceFinding(finding, cited))
    return out


def _wants_evidence(question: Question, cell: Cell) -> bool:
    """A split, or a finding the template asks a note for (one that falls short)."""
    if cell.split:
        return True
    finding = cell.finding
    codes = finding if isinstance(finding, tuple) else (finding,)
    return any(str(code) in question.note_if for code in codes if code is not None)


def _cited(
    report: PanelReport, case: CaseFindings, cell: Cell, options: ReportOptions, language: str
) -> tuple[str, ...]:
    titles = report.document_titles.get(case.case.case_id, ())
    return tuple(
        f"{member_label(report, answer.letter, options, language)}: {cited_line(titles, c, language)}"
        for answer in cell.answers
        for c in answer.answer.citations
    )


def cited_line(titles: tuple[str, ...], cited: Citation, language: str) -> str:
    title = titles[cited.document - 1] if 0 < cited.document <= len(titles) else ""
    title = title or word("evidence_document", language, number=cited.document)
    place = word("evidence_place", language, document=title, page=cited.page)
    return f"{place}: '{cited.quote}'" if cited.quote else place
