"""The criteria-count table: one table for the round, one row per finding a case has.

Shaped like the "Detailed findings" of a published panel report (Criteria | Number of
cases | Comments): "HCSO contact within 48 hours: No — 2". A finding is a (question,
answer) pair after the merge and the panel's decisions; "unable to agree" is a row of
its own. Answers no case had are left out unless the coordinator asks for every answer.
Rows are grouped under the checklist's sections, in checklist order. The coordinator's
criteria comment is about the question, often about one of its later answers ("Not
offered: two HCSOs were on leave"), so it is one cell spanning all the question's rows
(`span`), not a remark beside its first answer. The PDF and the DOCX lay out these same
rows, so the two cannot disagree.
"""

from __future__ import annotations

from dataclasses import dataclass

from desktop.core.consensus import Agreement
from desktop.core.findings import UNABLE_TO_AGREE
from desktop.core.template import Question
from desktop.reports.content import PanelReport, ReportOptions
from desktop.reports.words import agreement_word, word


@dataclass(frozen=True)
class CriteriaRow:
    """A row of the table: a section's title (`section` True, no count) or a finding."""

    criterion: str
    count: str = ""
    comment: str = ""
    section: bool = False
    # the rows the comment's cell spans: the question's rows on its first row (1 when it has
    # no comment), 0 on the rows below it that the cell covers
    span: int = 1


def criteria_head(language: str) -> list[str]:
    return [word("criterion", language), word("case_count", language), word("comments", language)]


def finding_words(question: Question, answer: str, language: str) -> str:
    """ "HCSO contact within 48 hours: No". A criterion that is a question (an older
    template's, or a Welsh yes/no criterion, which must carry the verb Do / Naddo answer)
    is followed by its answer after a space: "A gysylltodd yr HCSO o fewn 48 awr? Naddo"."""
    criterion = question.criterion_label(language).strip()
    return f"{criterion} {answer}" if criterion.endswith("?") else f"{criterion}: {answer}"


def question_rows(
    report: PanelReport, question: Question, options: ReportOptions, language: str
) -> list[CriteriaRow]:
    """The question's findings in the order of its answers, then "unable to agree"."""
    counts = report.findings.counts(question.id)
    answers = [(c.code, c.label.get(language)) for c in question.choices]
    if question.choice(UNABLE_TO_AGREE) is None:  # a question may offer it as an answer
        answers.append((UNABLE_TO_AGREE, agreement_word(Agreement.UNABLE_TO_AGREE, language)))
    comment = report.criteria_comments.get(question.id, "").strip()
    rows = [
        CriteriaRow(finding_words(question, label, language), str(counts.get(code, 0)))
        for code, label in answers
        if counts.get(code, 0) or options.every_answer
    ]
    if not rows:
        if not comment:
            return []
        rows = [CriteriaRow(question.criterion_label(language))]  # the comment still prints
    if not comment:
        return rows
    first, *below = rows
    return [
        CriteriaRow(first.criterion, first.count, comment, span=len(rows)),
        *(CriteriaRow(r.criterion, r.count, span=0) for r in below),
    ]


def criteria_rows(report: PanelReport, options: ReportOptions, language: str) -> list[CriteriaRow]:
    """Every row of the table (without its header), each section's title first."""
    counted = {q.id for q in report.findings.merged_questions()}
    rows: list[CriteriaRow] = []
    for section in report.findings.template.sections:
        found = [
            row
            for q in section.questions
            if q.id in counted
            for row in question_rows(report, q, options, language)
        ]
        if found:
            rows += [CriteriaRow(section.title.get(language), section=True), *found]
    return rows
