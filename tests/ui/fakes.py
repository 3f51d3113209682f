"""A scripted stand-in for the dialog service: records what was shown, answers as told."""

from __future__ import annotations

from dataclasses import dataclass, field

from desktop.ui.dialogs import DialogService


@dataclass
class FakeDialogs:
    errors: list[tuple[str, str]] = field(default_factory=list)
    infos: list[tuple[str, str]] = field(default_factory=list)
    texts: list[str | None] = field(default_factory=list)
    files: list[str | None] = field(default_factory=list)
    confirmations: list[bool] = field(default_factory=list)
    asked: list[tuple[str, str]] = field(default_factory=list)  # every confirm question shown
    defaults_no: list[bool] = field(default_factory=list)  # whether each question's default was No
    numbers: list[int | None] = field(default_factory=list)
    choices: list[int | None] = field(default_factory=list)  # answers to `choose`, in order
    offered_choices: list[list[str]] = field(default_factory=list)  # the buttons each `choose` showed
    offered_texts: list[str] = field(default_factory=list)
    closed_all: int = 0
    suggested: list[str] = field(default_factory=list)  # the name each save dialog offered

    def error(self, parent, title: str, message: str) -> None:
        self.errors.append((title, message))

    def info(self, parent, title: str, message: str) -> None:
        self.infos.append((title, message))

    def confirm(self, parent, title: str, message: str, *, default_no: bool = False) -> bool:
        self.asked.append((title, message))
        self.defaults_no.append(default_no)
        return self.confirmations.pop(0)

    def choose(self, parent, title: str, message: str, choices: list[str]) -> int | None:
        self.asked.append((title, message))
        self.offered_choices.append(list(choices))
        return self.choices.pop(0)

    def ask_number(self, parent, title: str, label: str, value: int, lowest: int, highest: int) -> int | None:
        return self.numbers.pop(0)

    def ask_text(self, parent, title: str, label: str, text: str = "") -> str | None:
        self.offered_texts.append(text)
        return self.texts.pop(0)

    def open_text(self) -> str | None:
        return None

    def close_all(self) -> None:
        self.closed_all += 1

    def ask_secret(self, parent, title: str, label: str) -> str | None:
        return self.texts.pop(0)

    def save_file(self, parent, title: str, suggested: str, filters: str, kind: str = "") -> str | None:
        """The next scripted file; with none scripted, Qt's own dialog (tests monkeypatch it)."""
        self.suggested.append(suggested)
        if not self.files:
            return DialogService.save_file(self, parent, title, suggested, filters, kind)  # type: ignore[arg-type]
        return self.files.pop(0)

    # Choosing a file or folder stays Qt's own dialog: tests monkeypatch QFileDialog.
    open_file = DialogService.open_file
    open_files = DialogService.open_files
    choose_folder = DialogService.choose_folder
