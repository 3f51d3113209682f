"""Where each file dialog opens: the folder last used for that kind of file, else Documents.

Dialogs given only a file name opened in the program's working folder (a checkout, when
run from source, or wherever a shortcut started it); a coordinator saving the report,
then a pack folder, then a CSV was sent looking each time. Each kind of file (a report,
member cards, review packages, case lists…) keeps its own folder, per person, in the
interface settings.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QStandardPaths

from desktop.ui import settings


def documents() -> Path:
    """The person's Documents folder, or their home when the system names none."""
    found = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    folder = Path(found) if found else Path.home()
    return folder if folder.is_dir() else Path.home()


def _setting(kind: str) -> settings.Setting:
    return settings.Setting(f"files/folder_{kind}", "", str)


def folder_for(kind: str) -> Path:
    """The folder last used for `kind`, if it is still there; else the one folder earlier
    versions remembered for every file; else Documents."""
    for remembered in (settings.read(_setting(kind)) if kind else "", settings.read(settings.LAST_FOLDER)):
        if remembered and Path(remembered).is_dir():
            return Path(remembered)
    return documents()


def start_in(kind: str, suggested: str = "") -> str:
    """What a dialog for `kind` opens on: a suggested bare file name goes in that kind's
    folder; a full path (the caller knows better) is kept."""
    if suggested and Path(suggested).is_absolute():
        return suggested
    folder = folder_for(kind)
    return str(folder / suggested) if suggested else str(folder)


def remember(kind: str, chosen: str | Path, *, is_folder: bool = False) -> None:
    """The folder of a file (or the folder itself) the person chose, for next time."""
    if kind and chosen:
        path = Path(chosen)
        settings.write(_setting(kind), str(path if is_folder else path.parent))
