"""The one entry point for writing and reading exchange files (docs/formats.md).

Cards, assignment packs and review packages share one container: a ustar archive
whose first two entries are a manifest and its Ed25519 signature, age-encrypted to
one recipient for packs and packages. The work is split by direction:
`writing` (write_container), `reading` (read_container) and `inspection`
(inspect_file); this module gathers the public names.
"""

from __future__ import annotations

from desktop.exchange.errors import ExchangeError, ExportCancelled, Reason
from desktop.exchange.inspection import Inspection, inspect_file
from desktop.exchange.reading import ContainerReader, read_container
from desktop.exchange.writing import Outgoing, Progress, write_container

__all__ = [
    "ContainerReader",
    "ExchangeError",
    "ExportCancelled",
    "Inspection",
    "Outgoing",
    "Progress",
    "Reason",
    "inspect_file",
    "read_container",
    "write_container",
]
