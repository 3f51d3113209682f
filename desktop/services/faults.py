"""Why the member's database refused a read or a write, for the screens to explain.

The reasons are worked out in storage (`desktop.storage.faults`); the interface takes
them from here, so it never reaches into the storage layer itself.
"""

from __future__ import annotations

from desktop.storage.faults import Fault, SaveFailed, classify

__all__ = ["Fault", "SaveFailed", "classify"]
