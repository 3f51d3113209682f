"""The dataset's tables and columns: one place for the writer, the docs and the tests.

`panel-review export dataset` writes every round of a coordinator's profile as four tidy
tables (docs/formats.md, "The dataset"). Each column has a type and a sentence; the
writer takes its column order and types from here, and the published-mode rule is kept
here too: no column of the published report's CSV that the publication mode leaves out
(`panel_csv.UNPUBLISHED_COLUMNS`), and none of the columns that carry what people typed.
"""

from __future__ import annotations

from dataclasses import dataclass

from desktop.reports.panel_csv import UNPUBLISHED_COLUMNS

SCHEMA_VERSION = 1
FORMAT = "panel-review-dataset"
STRING, INTEGER, DATE = "string", "integer", "date"

# Never in the dataset: the force's reference and what is derived from it, and every text a
# member or the panel typed (notes, free-text answers, the reasons for decisions), and names.
NEVER_LEAVES = frozenset(
    {*UNPUBLISHED_COLUMNS, "note", "answer_text", "decision_rationale", "summary", "name", "member_name"}
)


@dataclass(frozen=True)
class Column:
    name: str
    type: str  # STRING, INTEGER or DATE
    about: str


def _c(name: str, kind: str, about: str) -> Column:
    return Column(name, kind, about)


_KEY = (
    _c("schema_version", INTEGER, "the dataset's schema version (1)"),
    _c("dataset_id", STRING, "random id of this export; differs every time the dataset is written"),
    _c("round_uid", STRING, "the round's id, the same in every table and in the round's reports"),
)
_CASE = (
    _c("case_id", STRING, "opaque id of the case, new in every export: never the force's reference"),
    _c("case_number", INTEGER, "the case's number in the round's report (\"Case 3\")"),
)
FINDING_CODE = (
    "one code of the panel's finding (a multi-choice finding has a row per code); unable_to_agree "
    "for a split left undecided; empty when nobody answered"
)
TABLES: dict[str, tuple[Column, ...]] = {
    "rounds": (
        *_KEY,
        _c("opcc", STRING, "the OPCC that ran the panel, as given to the command (--opcc)"),
        _c("force", STRING, "the police force whose cases were reviewed, as given (--force)"),
        _c("panel", STRING, "the panel's name, as the round records it"),
        _c("round_title", STRING, "the round's title, as printed on its report"),
        _c("template_id", STRING, "the checklist's id (e.g. hate-crime)"),
        _c("template_version", INTEGER, "the checklist's version"),
        _c("meeting_date", DATE, "the panel meeting's date, when recorded"),
        _c("quarter", STRING, "calendar quarter of the meeting date (else of the round's creation): 2026-Q1"),
        _c("quarter_from", STRING, "what the quarter was taken from: meeting_date or round_created"),
        _c("cases", INTEGER, "cases in the round (withdrawn cases left out)"),
        _c("members", INTEGER, "members whose reviews the findings are drawn from"),
    ),
    "checklist_questions": (
        *_KEY,
        _c("template_id", STRING, "the checklist's id"),
        _c("template_version", INTEGER, "the checklist's version"),
        _c("section_id", STRING, "the checklist section the question is in"),
        _c("question_id", STRING, "the question's id, stable across versions of the checklist"),
        _c("question_number", INTEGER, "the question's place in the checklist, from 1"),
        _c("kind", STRING, "ynp, choice, multi or text (text answers are never in the dataset)"),
        _c("question_en", STRING, "the question, in English"),
        _c("question_cy", STRING, "the question, in Welsh"),
        _c("criterion_en", STRING, "the criterion naming it in the criteria table, in English"),
        _c("criterion_cy", STRING, "the criterion, in Welsh"),
        _c("answer_code", STRING, "one answer the question offers, or unable_to_agree; empty for text"),
        _c("answer_en", STRING, "that answer's label in English"),
        _c("answer_cy", STRING, "that answer's label in Welsh"),
    ),
    "findings": (
        *_KEY,
        *_CASE,
        _c("question_id", STRING, "the question (checklist_questions.question_id)"),
        _c("agreement", STRING, "agreed, one_review, majority, unable_to_agree or no_answers"),
        _c("answered_by", INTEGER, "members who answered the question for this case"),
        _c("decided_by_panel", STRING, "yes when the panel decided a split at its meeting"),
        _c("finding_code", STRING, FINDING_CODE),
    ),
    "answers": (
        *_KEY,
        *_CASE,
        _c("question_id", STRING, "the question (checklist_questions.question_id)"),
        _c("member", STRING, 'the member as the published report names them: "Member A", new per round'),
        _c("answer_code", STRING, "one code of the member's answer (a multi-choice one has a row per code)"),
        _c("hours", INTEGER, "hours the member found it took, on a question that asks"),
        _c("shown", STRING, "yes when the question was shown to the member (its condition held)"),
    ),
}


def column_names(table: str) -> tuple[str, ...]:
    return tuple(c.name for c in TABLES[table])


def check_published() -> None:
    """Raise if a column that must never leave has found its way into a table."""
    leaked = {c.name for columns in TABLES.values() for c in columns} & NEVER_LEAVES
    if leaked:
        raise AssertionError(f"columns that may not be published: {sorted(leaked)}")
