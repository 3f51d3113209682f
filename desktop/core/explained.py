"""The one kind of exception that says, in English and Welsh, why nothing was done.

Every layer refuses things in its own terms: the exchange layer a damaged or foreign
file, the core a name that cannot be shown as typed, the services a file from someone
not on the roster or an entry that cannot be saved. Each such exception derives from
`Explained` and words itself from the catalogue (`desktop.core.words`), so the services
find the sentence for any of them in one way (`desktop.services.refusals.reason_for`)
and no caller has to guess whether an exception happens to have an `explain` method.
"""

from __future__ import annotations

from abc import ABCMeta, abstractmethod


class Explained(Exception, metaclass=ABCMeta):
    """Something refused, with nothing changed; `explain` gives the plain sentence.

    Abstract: a refusal that cannot word itself cannot even be raised (TypeError)."""

    @abstractmethod
    def explain(self, language: str) -> str:
        """The sentence in `language` ("cy" is Welsh, anything else English)."""
