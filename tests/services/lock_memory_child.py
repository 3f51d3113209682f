"""A child process for test_lock_memory: unlock a profile as the window does, read, lock, wait.

The passphrase arrives on stdin straight into a bytearray (no str is ever made of it
here), goes through `services.session.open_session` like the window's unlock, the
profile's text is read, the session is closed and freed memory returned. Then the
child says "locked" and waits, so the parent can read its memory.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

from desktop.core.secret import Passphrase, forget_freed_memory
from desktop.services import profile, rounds
from desktop.services.session import open_session


def main() -> None:
    buffer = bytearray(256)
    size = os.readv(0, [buffer])
    held = Passphrase(bytearray(buffer[:size]))
    buffer[:] = bytes(len(buffer))
    with held:
        session = open_session(Path(sys.argv[1]), held).session
    session.run(profile.profile_info)  # the profile's own text, read as a screen would
    session.run(rounds.list_cases, int(sys.argv[2]))  # and the round's case list
    session.close()
    del session
    forget_freed_memory()
    print("locked", flush=True)
    sys.stdin.buffer.read()  # until the parent has looked


if __name__ == "__main__":
    main()
