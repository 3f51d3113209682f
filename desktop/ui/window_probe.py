"""The child the self-test's window check starts: the window system, and nothing else.

`panel-review --window-probe` creates the application object as the app does, which
loads the Qt platform plugin and connects to the display, prints the name of the
platform Qt chose and exits. When the plugin cannot load, Qt aborts this process (exit
code 134), which is why it runs apart from the self-test (`desktop/services/window_system.py`).
No window is shown.
"""

from __future__ import annotations

import sys


def probe() -> int:
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance() or QApplication(["panel-review"])
    print(QApplication.platformName() if isinstance(app, QApplication) else "", flush=True)
    return 0


if __name__ == "__main__":  # pragma: no cover
    sys.exit(probe())
