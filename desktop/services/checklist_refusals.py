"""Why a review package's answers were refused, naming the case and question, in both languages.

A package from an enrolled member is judged against the round's frozen checklist
(`desktop.core.answer_checks`); what is wrong is told in one plain sentence that names
the case by its reference and the question by its words in the checklist, so the
coordinator can ask the member about exactly that answer. Nothing the file says is
echoed except a question id the checklist does not have, which the reader has already
held to 64 letters, digits, `_` or `-`.
"""

from __future__ import annotations

from desktop.core.answer_checks import Fault
from desktop.core.template import Template
from desktop.core.words import say
from desktop.services.refusals import Refusal, Refused

MAX_QUESTION_CHARS = 80  # of a question's words in a message; longer ones are cut with "…"


class OffChecklist(Refused):
    """A review package with an answer its round's checklist does not allow; nothing was stored.

    `case` is the case's reference in the coordinator's own round; `question` is the
    answer's question id, shown as the checklist words it has there.
    """

    def __init__(self, fault: Fault, case: str, question: str, template: Template) -> None:
        super().__init__(Refusal.OFF_CHECKLIST, f"{fault.value}: {case}: {question}")
        self.fault = fault
        self.case = case
        self.question = question
        self.template = template

    @property
    def code(self) -> str:
        return self.fault.value

    def explain(self, language: str) -> str:
        return say(
            f"checklist.{self.fault.value}", language, case=self.case, question=self._question_words(language)
        )

    def _question_words(self, language: str) -> str:
        try:
            words = self.template.question(self.question).text.get(language)
        except KeyError:
            return self.question
        one_line = " ".join(words.split())
        if len(one_line) <= MAX_QUESTION_CHARS:
            return one_line
        return one_line[: MAX_QUESTION_CHARS - 1].rstrip() + "…"
