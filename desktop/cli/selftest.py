"""`panel-review --selftest [--language cy]`: one line per check, exit 0 only if all pass.

The first line names the build (version, build date, commit), so a report of a failure
says which build failed. The checks are `desktop.services.selftest`'s; the launcher adds the Welsh interface
check, which needs Qt and so lives in the interface layer. The words are the Qt-free
catalogue's ("cli.check.…"), like the other commands'.
"""

from __future__ import annotations

import sys
from collections.abc import Sequence
from itertools import pairwise

from desktop.core.words import CATALOGUE, say
from desktop.services.about import identity_line
from desktop.services.selftest import Check, CheckResult, run_checks


def describe(result: CheckResult, language: str) -> str:
    """ "ok: …" or "FAILED: … (reason)"; the reason is the program's own, left as it is."""
    key = f"cli.check.{result.key}"
    label = say(key, language) if key in CATALOGUE else result.key
    if result.ok:
        return f"{say('cli.ok', language)}: {label}"
    return f"{say('cli.failed', language)}: {label} ({result.reason})"


def language_of(args: Sequence[str]) -> str:
    """The value of `--language` (English unless it says cy)."""
    for option, value in pairwise(args):
        if option == "--language":
            return "cy" if value == "cy" else "en"
    return "en"


def main(args: Sequence[str], extra: Sequence[tuple[str, Check]] = ()) -> int:
    language = language_of(args)
    print(identity_line(language), flush=True)
    results = run_checks(extra)
    for result in results:
        print(describe(result, language), flush=True)
    return 0 if all(result.ok for result in results) else 1


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main(sys.argv[1:]))
