"""Time to print a review whose note has 1,000 / 10,000 / 100,000 lines, against 1,000.

"Print my review" on a real profile: a one-case round of the hate crime checklist with
every question answered, one note holding N lines, read back with the printing
service and written as a PDF (`build_printout` + `write_review_pdf`, what the menu
command does). Each figure is a ratio against the 1,000-line print measured in the
same run, so linear means 10x and 100x. Target (issue 5): at most 1.5 times the linear
ratio (15x, 150x). Before the fix 20,000 lines took 163 s against 1 s for 1,000.

The note is stored below the service, which caps what a member can type; the renderer
has no such cap and must stay linear anyway.

    python bench/print.py
"""

from __future__ import annotations

import statistics
import tempfile
import time
from pathlib import Path

from _round import PASSPHRASE, big_round_profile
from pypdf import PdfReader
from sqlalchemy import select

from desktop.core.clock import utc_now
from desktop.reports.review_pdf import ReviewLabels
from desktop.services import printing, profile, review, rounds
from desktop.storage.database import Database
from desktop.storage.models import CaseFile, NoteRow

SIZES = (1_000, 10_000, 100_000)
RUNS = {1_000: 5, 10_000: 3, 100_000: 1}
TARGET = 1.5  # times the linear ratio


def note_of(lines: int) -> str:
    return "\n".join(f"Note line {i:06d}: Dŵr tŷ" for i in range(lines))


def answer_everything(db: Database, round_id: int) -> tuple[int, str]:
    """Answer each question of the round's case; return (case id, a question id)."""
    template = rounds.round_template(db, round_id)
    case_id = rounds.list_cases(db, round_id)[0].id
    for question in template.questions:
        if question.kind == "text":
            review.save_answer(db, case_id, question.id, "A typed answer.")
        elif question.choices:
            review.save_answer(db, case_id, question.id, question.choices[0].code)
    return case_id, template.questions[0].id


def store_note(db: Database, case_id: int, question_id: str, text: str) -> None:
    with db.session() as session:
        row = session.scalars(
            select(NoteRow).where(NoteRow.case_id == case_id, NoteRow.question_id == question_id)
        ).first()
        if row is None:
            row = NoteRow(case_id=case_id, question_id=question_id, updated_at=utc_now())
            session.add(row)
        row.text = text


def print_seconds(db: Database, round_id: int, target: Path) -> float:
    start = time.perf_counter()
    printout = printing.build_printout(db, round_id, "en", {})
    printing.write_review_pdf(printout, ReviewLabels.english(), target)
    return time.perf_counter() - start


def main() -> None:
    folder, round_id = big_round_profile(cases=1)
    db = profile.unlock(folder, PASSPHRASE)
    case_id, question_id = answer_everything(db, round_id)
    with db.session() as session:
        assert session.scalars(select(CaseFile.id)).all() == [case_id]
    out = Path(tempfile.mkdtemp(prefix="panel-review-print-")) / "review.pdf"
    seconds: dict[int, float] = {}
    for lines in SIZES:
        store_note(db, case_id, question_id, note_of(lines))
        seconds[lines] = statistics.median(print_seconds(db, round_id, out) for _ in range(RUNS[lines]))
        pages = len(PdfReader(out).pages)
        print(f"print, note of {lines:>7,} lines: {seconds[lines]:7.2f} s  (~{pages} pages)", end="")
        if lines == SIZES[0]:
            print("  baseline")
            continue
        ratio, linear = seconds[lines] / seconds[SIZES[0]], lines / SIZES[0]
        verdict = "OK" if ratio <= TARGET * linear else "OVER"
        print(f"  {ratio:6.1f}x baseline | linear {linear:.0f}x, target <= {TARGET * linear:.0f}x {verdict}")
    out.unlink()
    out.parent.rmdir()
    db.close()


if __name__ == "__main__":
    main()
