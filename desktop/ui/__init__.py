"""The Qt interface. Importing it first protects `None` from PySide6 6.12's fault."""

from desktop.ui.qt_runtime import keep_none_alive

keep_none_alive()
