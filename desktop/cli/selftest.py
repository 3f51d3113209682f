"""`panel-review --selftest [CHECK…] [--language cy]`: one line per check, exit 0 only if all pass.

The first line names the build (version, build date, commit), so a report of a failure
says which build failed. The checks are `desktop.services.selftest`'s; the launcher adds
the Welsh interface check, which needs Qt and so lives in the interface layer. Naming
checks runs only those: `--selftest window` is the quick check `install-user.sh` makes
before adding the menu entry. The words are the Qt-free catalogue's ("cli.check.…"),
like the other commands'. A check that could not be done here is "not tested" and does
not fail the run.
"""

from __future__ import annotations

import sys
from collections.abc import Sequence
from itertools import pairwise

from desktop.core.words import CATALOGUE, say
from desktop.services.about import identity_line
from desktop.services.selftest import CHECKS, Check, CheckResult, run_checks


def describe(result: CheckResult, language: str) -> str:
    """ "ok: …", "not tested: … (why)" or "FAILED: … (reason)".

    A reason the catalogue words (`said`) is said in `language`; any other is the
    program's own, left as it is.
    """
    key = f"cli.check.{result.key}"
    label = say(key, language) if key in CATALOGUE else result.key
    said = result.said.in_language(language) if result.said is not None else ""
    if not result.tested:
        return f"{say('cli.not_tested', language)}: {label} ({said or result.reason})"
    if result.ok:
        return f"{say('cli.ok', language)}: {label}" + (f" ({said})" if said else "")
    return f"{say('cli.failed', language)}: {label} ({said or result.reason})"


def language_of(args: Sequence[str]) -> str:
    """The value of `--language` (English unless it says cy)."""
    for option, value in pairwise(args):
        if option == "--language":
            return "cy" if value == "cy" else "en"
    return "en"


def chosen(args: Sequence[str], extra: Sequence[tuple[str, Check]]) -> list[str]:
    """The checks named on the command line (none: all of them)."""
    known = {key for key, _ in (*CHECKS, *extra)}
    return [arg for arg in args if arg in known]


def main(args: Sequence[str], extra: Sequence[tuple[str, Check]] = ()) -> int:
    language = language_of(args)
    print(identity_line(language), flush=True)
    results = run_checks(extra, chosen(args, extra))
    for result in results:
        print(describe(result, language), flush=True)
    return 0 if all(result.ok for result in results) else 1


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main(sys.argv[1:]))
