"""Run by test_create_kill.py in a child process: create a profile, to be killed part-way.

It imports everything first, says "creating", then creates the profile and says
"created"; the test kills it with SIGKILL at a random moment in between.
"""

from __future__ import annotations

import sys
from pathlib import Path

from desktop.services import profile


def main() -> None:
    folder, passphrase = Path(sys.argv[1]), sys.argv[2]
    print("creating", flush=True)
    profile.create_profile(folder, "Killed Member", passphrase, "en").close()
    print("created", flush=True)


if __name__ == "__main__":
    main()
