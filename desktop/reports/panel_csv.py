"""The round's reviews as tidy CSV, for OPCCs (and a future national view) to combine
rounds and years without hand work.

Three tables, each with a stable set of columns (docs/formats.md, "Report CSV"):
`answers` has one row per member x case x question, `findings` one per case x question,
`agreement` one per question (`agreement_csv`).
Every row carries the format version and the round's uid, so files from different
rounds and releases can be stacked. Labels come in both languages in every file; the
member column is "A", "B", … in publication mode and the member's name internally.

A published table names a case only by its number, the "Case 3" of the PDF and Word
report: it has no `case_reference` and no `case_uid` column, because a case uid is
derived from the round's uid and the force's reference, so anyone with the file and a
list of likely references could recompute every reference from it.
"""

from __future__ import annotations

from collections.abc import Iterator

from desktop.core.findings import CaseFindings, Cell
from desktop.core.spreadsheet_cells import csv_text
from desktop.core.template import Question
from desktop.reports.agreement_csv import AGREEMENT_COLUMNS, agreement_rows
from desktop.reports.content import PanelReport, ReportOptions, member_label
from desktop.reports.drafting import answer_label

# 2: `case_number`; published tables carry no reference or case uid. 3: the agreement table
FORMAT_VERSION = "3"
ANSWER_COLUMNS = (
    "format_version", "round_uid", "round_title", "case_uid", "case_reference", "case_type", "strands",
    "member", "question_id", "question_number", "question_en", "question_cy", "shown", "answer_codes",
    "answer_en", "answer_cy", "answer_text", "hours", "note", "case_number",
)  # fmt: skip
FINDING_COLUMNS = (
    "format_version", "round_uid", "round_title", "case_uid", "case_reference", "question_id",
    "question_number", "question_en", "question_cy", "agreement", "answered_by", "counts",
    "finding_codes", "finding_en", "finding_cy", "decision_codes", "decision_rationale", "unresolved",
    "case_number",
)  # fmt: skip
# What a published table leaves out: the force's reference and everything derived from it.
UNPUBLISHED_COLUMNS = ("case_uid", "case_reference")


def columns(table: str, options: ReportOptions) -> tuple[str, ...]:
    """The columns of the "answers" or "findings" table in the mode asked for."""
    every = ANSWER_COLUMNS if table == "answers" else FINDING_COLUMNS
    if options.mode != "publication":
        return every
    return tuple(c for c in every if c not in UNPUBLISHED_COLUMNS)


def _codes(value: object) -> str:
    """Codes joined by ";" (a multi-choice answer), or the one code, or ""."""
    if value is None:
        return ""
    return ";".join(value) if isinstance(value, tuple) else str(value)


def _labels(question: Question, value: object, language: str) -> str:
    return "" if value is None else answer_label(question, value, language)


def _case_columns(report: PanelReport, number: int, case: CaseFindings) -> dict[str, str]:
    """The round and the case; `number` is the case's place in the report ("Case 3")."""
    info = case.case
    return {
        "format_version": FORMAT_VERSION, "round_uid": report.round_uid, "round_title": report.round_title,
        "case_uid": info.uid, "case_reference": info.reference, "case_type": info.case_type,
        "strands": ";".join(info.strands), "case_number": str(number),
    }  # fmt: skip


def _question_columns(question: Question, number: int) -> dict[str, str]:
    return {"question_id": question.id, "question_number": str(number),
            "question_en": question.text.en, "question_cy": question.text.cy}  # fmt: skip


def _answer_rows(report: PanelReport, options: ReportOptions) -> Iterator[dict[str, str]]:
    template = report.findings.template
    for case_number, case in enumerate(report.findings.cases, start=1):
        for number, question in enumerate(template.questions, start=1):
            cell = case.cells[question.id]
            for given in cell.answers:
                answer = given.answer
                text = question.kind == "text"
                yield {
                    **_case_columns(report, case_number, case), **_question_columns(question, number),
                    "member": given.letter if options.mode == "publication"
                    else member_label(report, given.letter, options, "en"),
                    "shown": "yes" if given.shown else "no",
                    "answer_codes": "" if text else _codes(answer.value),
                    "answer_en": "" if text else _labels(question, answer.value, "en"),
                    "answer_cy": "" if text else _labels(question, answer.value, "cy"),
                    "answer_text": str(answer.value or "") if text else "",
                    "hours": "" if answer.hours is None else str(answer.hours),
                    "note": answer.note,
                }  # fmt: skip


def _finding(cell: Cell) -> object:
    return None if cell.unresolved else cell.finding


def _finding_rows(report: PanelReport) -> Iterator[dict[str, str]]:
    template = report.findings.template
    for case_number, case in enumerate(report.findings.cases, start=1):
        for number, question in enumerate(template.questions, start=1):
            if question.kind == "text":
                continue
            cell = case.cells[question.id]
            decision = cell.decision
            counts = ";".join(f"{_codes(k)}={n}" for k, n in sorted(cell.consensus.counts.items(), key=str))
            yield {
                **{k: v for k, v in _case_columns(report, case_number, case).items() if k in FINDING_COLUMNS},
                **_question_columns(question, number),
                "agreement": cell.consensus.agreement.value, "answered_by": str(cell.consensus.answered_by),
                "counts": counts, "finding_codes": _codes(_finding(cell)),
                "finding_en": _labels(question, _finding(cell), "en"),
                "finding_cy": _labels(question, _finding(cell), "cy"),
                "decision_codes": _codes(decision.value) if decision else "",
                "decision_rationale": decision.rationale if decision else "",
                "unresolved": "yes" if cell.unresolved else "no",
            }  # fmt: skip


def _table(chosen: tuple[str, ...], rows: Iterator[dict[str, str]]) -> bytes:
    """The `chosen` columns of each row as spreadsheet-safe CSV (no cell can run as a
    formula), UTF-8 with a byte-order mark so a spreadsheet opened by double click shows
    Welsh letters."""
    text = csv_text(chosen, ([row[c] for c in chosen] for row in rows))
    return text.encode("utf-8-sig")


def render_panel_csv(report: PanelReport, options: ReportOptions) -> dict[str, bytes]:
    """The three tables, keyed "answers", "findings" and "agreement" (in the order of
    `services.report.output_paths`)."""
    return {
        "answers": _table(columns("answers", options), _answer_rows(report, options)),
        "findings": _table(columns("findings", options), _finding_rows(report)),
        "agreement": _table(AGREEMENT_COLUMNS, agreement_rows(report, FORMAT_VERSION)),
    }
