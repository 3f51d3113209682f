"""The findings view's words: a cell's finding with its agreement said in text, a member's
answer, an agreement statistic, and the services' refusals in the interface language.

Colour in the grid only repeats what these words say, so a cell read aloud, printed in
black and white or seen by someone who does not tell red from green says the same.
"""

from __future__ import annotations

from desktop.core.agreement import Statistic
from desktop.core.consensus import Agreement
from desktop.core.findings import Cell, MemberAnswer
from desktop.core.template import Question, Template
from desktop.reports.drafting import answer_label
from desktop.reports.words import undefined_word
from desktop.services.findings import FindingsRefused
from desktop.ui.i18n import current_language, tr

SPLIT_MARK = "◆"  # a shape, not a colour: the eye finds the splits in a long grid


def question_numbers(template: Template) -> dict[str, int]:
    """Question id -> the number the member saw beside it (every question counts, text too)."""
    return {q.id: n for n, q in enumerate(template.questions, start=1)}


def value_text(question: Question, value: object) -> str:
    return answer_label(question, value, current_language())


def cell_text(question: Question, cell: Cell) -> str:
    """The panel's finding, and in words how it was reached."""
    agreement = cell.consensus.agreement
    if agreement is Agreement.NO_ANSWERS:
        return "—"
    if cell.split and cell.decision is not None:
        if cell.decision.value is None:
            return tr("{mark} Unable to agree — left unresolved").format(mark=SPLIT_MARK)
        return tr("{answer} — decided").format(answer=value_text(question, cell.decision.value))
    if cell.split:
        return tr("{mark} Unable to agree").format(mark=SPLIT_MARK)
    answer = value_text(question, cell.finding)
    if agreement is Agreement.MAJORITY:
        return tr("{answer} (majority)").format(answer=answer)
    if agreement is Agreement.ONE_REVIEW:
        return tr("{answer} (one review)").format(answer=answer)
    return answer


def agreement_text(cell: Cell) -> str:
    """How the members' answers came together, as a sentence part for the cell dialog."""
    names = {
        Agreement.AGREED: tr("Every member who answered agreed."),
        Agreement.MAJORITY: tr("A majority of the members agreed."),
        Agreement.UNABLE_TO_AGREE: tr("The members were unable to agree."),
        Agreement.ONE_REVIEW: tr("Only one member answered."),
        Agreement.NO_ANSWERS: tr("Nobody answered this question."),
    }
    return names[cell.consensus.agreement]


def counts_text(question: Question, cell: Cell) -> str:
    """ "Yes: 2, No: 1, Partly: 1 (4 members answered)"."""
    if not cell.consensus.counts:
        return tr("No answers.")
    parts = ", ".join(
        f"{value_text(question, value)}: {count}"
        for value, count in sorted(cell.consensus.counts.items(), key=lambda item: -item[1])
    )
    return tr("{counts} ({total} members answered)").format(counts=parts, total=cell.consensus.answered_by)


def member_answer_text(question: Question, answer: MemberAnswer) -> str:
    if not answer.answer.answered:
        return tr("No answer")
    text = value_text(question, answer.answer.value)
    if answer.answer.hours is not None:
        text += " " + tr("({hours} hours)").format(hours=answer.answer.hours)
    return text


def shown_text(answer: MemberAnswer) -> str:
    if answer.shown:
        return tr("Shown")
    return tr("Not shown: their earlier answers skipped it")


def statistic_text(statistic: Statistic) -> str:
    """A value to two places, or "not defined" (never a made-up figure); the reason is
    `statistic_reason`, shown as the cell's tooltip and description."""
    if statistic.value is not None:
        return f"{statistic.value:.2f}"
    return tr("not defined")


def statistic_reason(statistic: Statistic) -> str | None:
    """Why a statistic has no value, in words; None when it has one."""
    if statistic.undefined is None:
        return None
    return undefined_word(statistic.undefined, current_language())


def low_text(low: bool) -> str:
    return tr("Low — check the wording") if low else "—"


def refusal_text(exc: FindingsRefused) -> str:
    """The service's reason in the interface language (the services speak English only)."""
    message = str(exc.args[0]) if exc.args else ""
    known = {
        "Say why the panel decided this: the report prints the reason beside it.": tr(
            "Say why the panel decided this: the report prints the reason beside it."
        ),
        "That answer is not one this question offers.": tr("That answer is not one this question offers."),
        "That case is no longer in this profile.": tr("That case is no longer in this profile."),
    }
    if message in known:
        return known[message]
    if "longer than" in message:
        return tr("The text is too long: shorten it and save again.")
    return message
