"""Taking in a coordinator's pack, as a plain state machine (Electrum's wizard manner).

    chosen ──previewed──▶ previewed ──confirm──▶ confirmed ──imported──▶ imported
       │                     │                      ├──failed────▶ refused
       ├──failed──▶ refused  └──cancel──▶ cancelled └──cancelled─▶ cancelled
       └──cancel──▶ cancelled

The previewed state holds what the pack contains (whose it is, which round, how many
cases). A pack from a coordinator this profile has not seen must be confirmed by the
member, who reads the fingerprint with them on the phone; a known coordinator's pack
goes straight on (`needs_check` says which). The interface only shows each state and
forwards the member's choices and the outcome of each step as events; every rule of
the flow is here, tested with plain values and no Qt. An event the state cannot take
raises `WrongStep`: a double click or a late callback cannot skip the check.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from enum import Enum
from pathlib import Path

from desktop.services.assignment_packs import CoordinatorStatus, PackImported, PackPreview


class Step(Enum):
    CHOSEN = "chosen"  # a file is chosen; it is being read and checked
    PREVIEWED = "previewed"  # its contents are known; the member may be asked to confirm
    CONFIRMED = "confirmed"  # the member said yes (or the coordinator is known): importing
    IMPORTED = "imported"
    REFUSED = "refused"  # the file could not be used; nothing changed
    CANCELLED = "cancelled"  # the member stopped it; nothing changed


FINAL = frozenset({Step.IMPORTED, Step.REFUSED, Step.CANCELLED})


class WrongStep(RuntimeError):
    """An event the flow's current state cannot take."""


@dataclass(frozen=True)
class PackImport:
    """One import of one pack; each event returns the next state (the old one is unchanged)."""

    path: Path
    step: Step = Step.CHOSEN
    preview: PackPreview | None = None
    result: PackImported | None = None
    problem: Exception | None = None

    @property
    def finished(self) -> bool:
        return self.step in FINAL

    @property
    def needs_check(self) -> bool:
        """The pack comes from a coordinator never confirmed here: ask before importing."""
        return self.preview is not None and self.preview.status is CoordinatorStatus.NEW

    @property
    def confirmed_fingerprint(self) -> str | None:
        """What the import pins: the fingerprint the member checked, if they were asked."""
        return self.preview.fingerprint if self.preview is not None and self.needs_check else None

    def previewed(self, preview: PackPreview) -> PackImport:
        """The pack was read; a known coordinator's pack is confirmed at once."""
        self._expect(Step.CHOSEN)
        state = replace(self, step=Step.PREVIEWED, preview=preview)
        return state if state.needs_check else replace(state, step=Step.CONFIRMED)

    def confirm(self) -> PackImport:
        """The member read the fingerprint with their coordinator and it matched."""
        self._expect(Step.PREVIEWED)
        return replace(self, step=Step.CONFIRMED)

    def imported(self, result: PackImported) -> PackImport:
        self._expect(Step.CONFIRMED)
        return replace(self, step=Step.IMPORTED, result=result)

    def failed(self, problem: Exception) -> PackImport:
        """Reading or importing stopped: the file is refused and nothing changed."""
        self._expect(Step.CHOSEN, Step.CONFIRMED)
        return replace(self, step=Step.REFUSED, problem=problem)

    def cancel(self) -> PackImport:
        self._expect(Step.CHOSEN, Step.PREVIEWED, Step.CONFIRMED)
        return replace(self, step=Step.CANCELLED)

    def _expect(self, *steps: Step) -> None:
        if self.step not in steps:
            raise WrongStep(f"a pack import that is {self.step.value} cannot take this event")
