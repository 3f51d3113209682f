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
from desktop.services.refusals import Refusal, Refused

MAX_QUESTION_CHARS = 80  # of a question's words in a message; longer ones are cut with "…"

_TEXT: dict[Fault, tuple[str, str]] = {
    Fault.UNKNOWN_QUESTION: (
        "Case {case}: it answers a question, “{question}”, that the round’s checklist does not have.",
        "Achos {case}: mae’n ateb cwestiwn, “{question}”, nad yw yn rhestr wirio’r cylch.",
    ),
    Fault.NOT_A_CHOICE: (
        "Case {case}, question “{question}”: the answer is not one of the choices the question offers.",
        "Achos {case}, cwestiwn “{question}”: "
        "nid yw’r ateb yn un o’r dewisiadau y mae’r cwestiwn yn eu cynnig.",
    ),
    Fault.WRONG_TYPE: (
        "Case {case}, question “{question}”: the answer is not the kind of answer this question takes.",
        "Achos {case}, cwestiwn “{question}”: nid yw’r ateb o’r math y mae’r cwestiwn hwn yn ei gymryd.",
    ),
    Fault.TEXT_NOT_ASKED: (
        "Case {case}, question “{question}”: the answer is written text, but the question asks for a choice.",
        "Achos {case}, cwestiwn “{question}”: "
        "testun ysgrifenedig yw’r ateb, ond mae’r cwestiwn yn gofyn am ddewis.",
    ),
    Fault.HOURS_NOT_ASKED: (
        "Case {case}, question “{question}”: "
        "it gives a number of hours, but the question does not ask for hours.",
        "Achos {case}, cwestiwn “{question}”: "
        "mae’n rhoi nifer o oriau, ond nid yw’r cwestiwn yn gofyn am oriau.",
    ),
    Fault.HOURS_NOT_A_NUMBER: (
        "Case {case}, question “{question}”: the hours are not a whole number.",
        "Achos {case}, cwestiwn “{question}”: nid yw’r oriau’n rhif cyfan.",
    ),
    Fault.HOURS_NEGATIVE: (
        "Case {case}, question “{question}”: the hours are less than zero.",
        "Achos {case}, cwestiwn “{question}”: mae’r oriau’n llai na sero.",
    ),
    Fault.HOURS_TOO_MANY: (
        "Case {case}, question “{question}”: the hours are more than 8,760 (a year), which cannot be right.",
        "Achos {case}, cwestiwn “{question}”: "
        "mae’r oriau’n fwy na 8,760 (blwyddyn), ac ni all hynny fod yn gywir.",
    ),
    Fault.HIDDEN_QUESTION: (
        "Case {case}, question “{question}”: it answers a question that the checklist skips, "
        "given the case’s other answers.",
        "Achos {case}, cwestiwn “{question}”: mae’n ateb cwestiwn y mae’r rhestr wirio yn ei hepgor, "
        "o ystyried atebion eraill yr achos.",
    ),
    Fault.NOTE_TOO_LONG: (
        "Case {case}, question “{question}”: the note is longer than 100,000 characters.",
        "Achos {case}, cwestiwn “{question}”: mae’r nodyn yn hirach na 100,000 o nodau.",
    ),
    Fault.ANSWER_TOO_LONG: (
        "Case {case}, question “{question}”: the written answer is longer than 100,000 characters.",
        "Achos {case}, cwestiwn “{question}”: mae’r ateb ysgrifenedig yn hirach na 100,000 o nodau.",
    ),
}


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
        en, cy = _TEXT[self.fault]
        sentence = cy if language == "cy" else en
        return sentence.format(case=self.case, question=self._question_words(language))

    def _question_words(self, language: str) -> str:
        try:
            words = self.template.question(self.question).text.get(language)
        except KeyError:
            return self.question
        one_line = " ".join(words.split())
        if len(one_line) <= MAX_QUESTION_CHARS:
            return one_line
        return one_line[: MAX_QUESTION_CHARS - 1].rstrip() + "…"
