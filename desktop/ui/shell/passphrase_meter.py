"""The strength meter under a new-passphrase field, and the words for every refusal.

Shared by first-run set-up and Change passphrase. Core judges the passphrase and
returns codes; every code gets a translated sentence here, so a Welsh-speaking member
reads zxcvbn's advice in Welsh.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QLabel, QLineEdit, QProgressBar, QVBoxLayout, QWidget

from desktop.core.passphrase import (
    MAX_SCORE,
    MIN_SCORE,
    Feedback,
    PassphraseProblem,
    Strength,
    passphrase_strength,
)
from desktop.ui.i18n import Retranslatable, tr

JUDGE_DELAY_MS = 150  # zxcvbn takes up to 25 ms on a long passphrase: judge when typing pauses


def problem_text(problem: PassphraseProblem) -> str:
    """A plain sentence for each reason a passphrase is refused."""
    texts = {
        PassphraseProblem.TOO_SHORT: tr("Use at least 10 characters. A short sentence is easy to remember."),
        PassphraseProblem.TOO_GUESSABLE: tr("That passphrase would be easy to guess."),
        PassphraseProblem.MISMATCH: tr("The two passphrases are not the same."),
    }
    return texts[problem]


def feedback_text(code: Feedback) -> str:
    """zxcvbn's advice in the interface language (plain words, not its own wording)."""
    return _feedback_texts().get(code) or tr("Add more words that other people could not guess.")


def _feedback_texts() -> dict[Feedback, str]:
    return {
        Feedback.USE_A_FEW_WORDS: tr("Use a few words, and avoid common phrases."),
        Feedback.NO_NEED_FOR_SYMBOLS: tr("There is no need for symbols, digits or capital letters."),
        Feedback.ADD_ANOTHER_WORD: tr("Add another word or two. Uncommon words are better."),
        Feedback.STRAIGHT_ROWS: tr("Straight rows of keys are easy to guess."),
        Feedback.SHORT_KEYBOARD_PATTERNS: tr("Short patterns of keys are easy to guess."),
        Feedback.LONGER_KEYBOARD_PATTERN: tr("Use words instead of a pattern of keys."),
        Feedback.REPEATED_CHARACTER: tr('Repeats like "aaa" are easy to guess.'),
        Feedback.REPEATED_PATTERN: tr('Repeats like "abcabcabc" are barely harder to guess than "abc".'),
        Feedback.AVOID_REPEATS: tr("Avoid repeated words and characters."),
        Feedback.SEQUENCES: tr('Sequences like "abc" or "6543" are easy to guess.'),
        Feedback.AVOID_SEQUENCES: tr("Avoid sequences."),
        Feedback.RECENT_YEARS: tr("Recent years are easy to guess."),
        Feedback.AVOID_RECENT_YEARS: tr("Avoid recent years."),
        Feedback.AVOID_YOUR_YEARS: tr("Avoid years that are linked to you."),
        Feedback.DATES: tr("Dates are often easy to guess."),
        Feedback.AVOID_YOUR_DATES: tr("Avoid dates and years that are linked to you."),
        Feedback.TOP_10_PASSWORD: tr("This is one of the 10 most common passwords."),
        Feedback.TOP_100_PASSWORD: tr("This is one of the 100 most common passwords."),
        Feedback.VERY_COMMON_PASSWORD: tr("This is a very common password."),
        Feedback.SIMILAR_TO_COMMON_PASSWORD: tr("This is similar to a commonly used password."),
        Feedback.SINGLE_WORD: tr("A word by itself is easy to guess."),
        Feedback.NAMES_BY_THEMSELVES: tr("Names and surnames by themselves are easy to guess."),
        Feedback.COMMON_NAMES: tr("Common names and surnames are easy to guess."),
        Feedback.CAPITALS: tr("Capital letters do not help very much."),
        Feedback.ALL_UPPERCASE: tr("All capitals are almost as easy to guess as all small letters."),
        Feedback.REVERSED_WORDS: tr("Words spelt backwards are not much harder to guess."),
        Feedback.SUBSTITUTIONS: tr("Predictable swaps such as '@' for 'a' do not help very much."),
        Feedback.YOUR_NAME: tr("Do not use your name in the passphrase."),
    }


def refusal_lines(problems: list[PassphraseProblem], strength: Strength) -> list[str]:
    """Each refusal reason as a sentence; a guessable passphrase also gets zxcvbn's advice."""
    lines = []
    for problem in problems:
        lines.append(problem_text(problem))
        if problem is PassphraseProblem.TOO_GUESSABLE:
            lines.extend(feedback_text(code) for code in strength.advice)
    return lines


def strength_sentence(strength: Strength, typed: bool = True) -> str:
    """One line a person (or a screen reader) can read: the level, then the first hint."""
    if not typed:
        return tr("Strength: type a passphrase to see how strong it is.")
    if strength.acceptable:
        return tr("Strength: strong. This passphrase is good.")
    if not strength.long_enough:
        level, hint = tr("too short"), problem_text(PassphraseProblem.TOO_SHORT)
    else:
        level = tr("very weak") if strength.score <= 1 else tr("weak")
        hint = feedback_text(strength.advice[0]) if strength.advice else feedback_text(Feedback.OTHER)
    return tr("Strength: {level} — {hint}").format(level=level, hint=hint)


def bar_value(strength: Strength) -> int:
    """The bar is full only for a passphrase that will be accepted."""
    return strength.score if strength.acceptable else min(strength.score, MIN_SCORE - 1)


class StrengthMeter(Retranslatable, QWidget):
    """A bar and a sentence under `field`, re-judged shortly after each change.

    The sentence carries the meaning (never colour alone) and is also the bar's and
    the field's accessible description, so a screen reader reads it.
    """

    def __init__(self, field: QLineEdit, name: Callable[[], str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("strength_meter")
        self.field = field
        self.name = name
        self.strength = passphrase_strength("")
        self.bar = QProgressBar()
        self.bar.setObjectName("strength_bar")
        self.bar.setRange(0, MAX_SCORE)
        self.bar.setTextVisible(False)
        self.bar.setMaximumHeight(10)
        self.label = QLabel()
        self.label.setObjectName("strength_text")
        self.label.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.bar)
        layout.addWidget(self.label)
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(JUDGE_DELAY_MS)
        self.timer.timeout.connect(self.judge)
        field.textChanged.connect(self.schedule)
        self.retranslate()

    def schedule(self) -> None:
        """Judge again once typing pauses (the name changing counts too)."""
        self.timer.start()

    def judge(self) -> Strength:
        """Judge the field now and show the result; returns it for the caller's refusal."""
        self.timer.stop()
        self.strength = passphrase_strength(self.field.text(), self.name())
        self._show()
        return self.strength

    def text(self) -> str:
        return self.label.text()

    def retranslate(self) -> None:
        self.bar.setAccessibleName(tr("Passphrase strength"))
        self.judge()

    def _show(self) -> None:
        sentence = strength_sentence(self.strength, bool(self.field.text()))
        self.bar.setValue(bar_value(self.strength))
        self.label.setText(sentence)
        self.label.setAccessibleName(sentence)
        self.bar.setAccessibleDescription(sentence)
        self.field.setAccessibleDescription(sentence)
