"""`panel-review --selftest [CHECK…] [--language cy]`: one line per check, exit 0 only if all pass.

The first line names the build (version, build date, commit), so a report of a failure
says which build failed. The checks are `desktop.services.selftest`'s; the launcher adds
the Welsh interface check, which needs Qt and so lives in the interface layer. Naming
checks runs only those: `--selftest window` is the quick check `install-user.sh` makes
before adding the menu entry. The words are the Qt-free catalogue's ("cli.check.…"),
like the other commands' (`desktop.services.selftest.describe`, which the launcher also
uses when this module cannot even be imported). A check that could not be done here is "not tested" and does
not fail the run.
"""

from __future__ import annotations

import sys
from collections.abc import Sequence

from desktop.services.about import identity_line
from desktop.services.selftest import CHECKS, Check, describe, language_of, run_checks


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
