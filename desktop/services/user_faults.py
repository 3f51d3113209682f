"""The plain sentence for each fault a person meets outside a screen's own checks.

A wrong passphrase, a file that is not there, a folder given where a file is wanted,
an output folder that does not exist, a profile folder that cannot be written, a full
disk: the command line and the window meet the same faults and must say the same
thing, in English or Welsh. The wording is a Qt-free catalogue, like the refusals'
(`desktop/services/refusals.py`), so the command line can speak Welsh without Qt.

`describe(exc, language)` gives the sentence for an exception that is the person's
mistake or their computer's state, and None for anything else: a fault in our own
code, which must still fail loudly rather than be worded away.
"""

from __future__ import annotations

import errno
from enum import Enum
from pathlib import Path

from desktop.exchange.errors import ExchangeError
from desktop.services.refusals import Refused, why_not
from desktop.storage.database import (
    DatabaseDamaged,
    DatabaseMissing,
    DiskFull,
    FolderNotAccessible,
    NotOurDatabase,
    SetupUnfinished,
    WrongPassphrase,
)
from desktop.storage.faults import Fault as SaveFault
from desktop.storage.faults import SaveFailed
from desktop.storage.profile_lock import ProfileFolderUnusable, ProfileInUse


class Fault(Enum):
    WRONG_PASSPHRASE = "wrong_passphrase"
    NO_PROFILE = "no_profile"
    PROFILE_EMPTY = "profile_empty"
    PROFILE_EMPTY_NO_BACKUP = "profile_empty_no_backup"
    SETUP_UNFINISHED = "setup_unfinished"
    NOT_OURS = "not_ours"
    DAMAGED = "damaged"
    FOLDER_NOT_ACCESSIBLE = "folder_not_accessible"
    DISK_FULL = "disk_full"
    PROFILE_IN_USE = "profile_in_use"
    PROFILE_FOLDER_UNUSABLE = "profile_folder_unusable"
    PROFILE_EXISTS = "profile_exists"
    NO_SUCH_FILE = "no_such_file"
    NO_SUCH_FOLDER = "no_such_folder"
    IS_A_FOLDER = "is_a_folder"
    NOT_A_FOLDER = "not_a_folder"
    NO_OUTPUT_FOLDER = "no_output_folder"
    NOT_ALLOWED = "not_allowed"
    NO_ROOM = "no_room"
    NO_SUCH_ROUND = "no_such_round"
    NO_SUCH_MEMBER = "no_such_member"
    WEAK_PASSPHRASE = "weak_passphrase"
    NO_PASSPHRASE = "no_passphrase"
    NO_NAME = "no_name"
    BAD_COMMAND = "bad_command"


_TEXT: dict[Fault, tuple[str, str]] = {
    Fault.WRONG_PASSPHRASE: (
        "That passphrase does not open this profile. Nothing was changed.",
        "Nid yw'r cyfrinymadrodd hwnnw'n agor y proffil hwn. Ni newidiwyd dim.",
    ),
    Fault.NO_PROFILE: (
        "There is no profile in {path}. Create one with “panel-review profile create”, "
        "or name another with --profile.",
        "Nid oes proffil yn {path}. Crëwch un gyda “panel-review profile create”, "
        "neu enwch un arall gyda --profile.",
    ),
    Fault.PROFILE_EMPTY: (
        "The file that holds this profile’s reviews is empty (0 bytes), so nothing in it can be "
        "read: {path}. It has been left as it is. Choose “Restore from backup” to get your work back "
        "from the latest backup.",
        "Mae'r ffeil sy'n cadw adolygiadau'r proffil hwn yn wag (0 beit), felly does dim ynddi y gellir "
        "ei ddarllen: {path}. Mae wedi'i gadael fel y mae. Dewiswch “Adfer o gopi wrth gefn” i gael "
        "eich gwaith yn ôl o'r copi wrth gefn diweddaraf.",
    ),
    Fault.PROFILE_EMPTY_NO_BACKUP: (
        "The file that holds this profile’s reviews is empty (0 bytes), so nothing in it can be "
        "read: {path}. There is no backup of it. Setting up again keeps the empty file beside the "
        "new one; nothing is overwritten.",
        "Mae'r ffeil sy'n cadw adolygiadau'r proffil hwn yn wag (0 beit), felly does dim ynddi y gellir "
        "ei ddarllen: {path}. Does dim copi wrth gefn ohoni. Mae gosod eto yn cadw'r ffeil wag wrth "
        "ymyl yr un newydd; does dim yn cael ei drosysgrifo.",
    ),
    Fault.SETUP_UNFINISHED: (
        "Setting up this profile did not finish, so nothing was saved in it: {path}. "
        "Open Panel Review to set it up again.",
        "Ni orffennodd gosod y proffil hwn, felly ni chadwyd dim ynddo: {path}. "
        "Agorwch Adolygiad Panel i'w osod eto.",
    ),
    Fault.NOT_OURS: (
        "This file is not a Panel Review database, so it cannot be opened: {path}. "
        "If another file was put in its place, move it away and restore a backup.",
        "Nid yw'r ffeil hon yn gronfa ddata Adolygiad Panel, felly ni ellir ei hagor: {path}. "
        "Os rhoddwyd ffeil arall yn ei lle, symudwch hi ac adferwch gopi wrth gefn.",
    ),
    Fault.DAMAGED: (
        "This profile’s reviews file is damaged, so it cannot be opened safely: {path}. "
        "Restore the latest backup; the damaged file is kept, not deleted.",
        "Mae ffeil adolygiadau'r proffil hwn wedi'i difrodi, felly ni ellir ei hagor yn ddiogel: {path}. "
        "Adferwch y copi wrth gefn diweddaraf; mae'r ffeil sydd wedi'i difrodi yn cael ei chadw, "
        "nid ei dileu.",
    ),
    Fault.FOLDER_NOT_ACCESSIBLE: (
        "Panel Review cannot read or write the folder that holds this profile: {path}. Check that the "
        "disk is connected and not read-only, and that you may change files in that folder.",
        "Ni all Adolygiad Panel ddarllen nac ysgrifennu'r ffolder sy'n cadw'r proffil hwn: {path}. Gwiriwch "
        "fod y ddisg wedi'i chysylltu ac nad yw'n ddarllen yn unig, a'ch bod yn cael newid ffeiliau yn y "
        "ffolder honno.",
    ),
    Fault.DISK_FULL: (
        "The disk that holds this profile is full: {path}. Free some space, then try again.",
        "Mae'r ddisg sy'n cadw'r proffil hwn yn llawn: {path}. Rhyddhewch rywfaint o le, yna rhowch "
        "gynnig arall arni.",
    ),
    Fault.PROFILE_IN_USE: (
        "Panel Review has this profile open. Close it, then run the command again.",
        "Mae Adolygiad Panel ar agor ar y proffil hwn. Caewch ef, yna rhedwch y gorchymyn eto.",
    ),
    Fault.PROFILE_FOLDER_UNUSABLE: (
        "Panel Review cannot use the profile folder {path}: it cannot be created or written there. "
        "Check that the disk is connected and not read-only, that you may change files there, and "
        "that no file has the name of a folder on the way.",
        "Ni all Adolygiad Panel ddefnyddio ffolder y proffil {path}: ni ellir ei chreu na'i hysgrifennu yno. "
        "Gwiriwch fod y ddisg wedi'i chysylltu ac nad yw'n ddarllen yn unig, eich bod yn cael newid "
        "ffeiliau yno, ac nad oes ffeil ag enw ffolder ar y ffordd.",
    ),
    Fault.PROFILE_EXISTS: (
        "There is already a profile in {path}, so a new one was not made there.",
        "Mae proffil yn {path} eisoes, felly ni wnaed un newydd yno.",
    ),
    Fault.NO_SUCH_FILE: (
        "There is no file at {path}. Check the name and the folder.",
        "Nid oes ffeil yn {path}. Gwiriwch yr enw a'r ffolder.",
    ),
    Fault.NO_SUCH_FOLDER: (
        "There is no folder at {path}. Check the name.",
        "Nid oes ffolder yn {path}. Gwiriwch yr enw.",
    ),
    Fault.IS_A_FOLDER: (
        "{path} is a folder; a file is needed here.",
        "Ffolder yw {path}; mae angen ffeil yma.",
    ),
    Fault.NOT_A_FOLDER: (
        "{path} is not a folder; a folder is needed here.",
        "Nid ffolder yw {path}; mae angen ffolder yma.",
    ),
    Fault.NO_OUTPUT_FOLDER: (
        "The folder {path} does not exist, so nothing was written. Create it first, or choose another.",
        "Nid yw'r ffolder {path} yn bodoli, felly ni ysgrifennwyd dim. Crëwch hi yn gyntaf, "
        "neu dewiswch un arall.",
    ),
    Fault.NOT_ALLOWED: (
        "Panel Review may not read or write {path}: check its permissions and that the disk is not "
        "read-only.",
        "Ni chaiff Adolygiad Panel ddarllen nac ysgrifennu {path}: gwiriwch y caniatâd arno "
        "ac nad yw'r ddisg yn ddarllen yn unig.",
    ),
    Fault.NO_ROOM: (
        "The disk is full, so {path} could not be written. Free some space, then try again.",
        "Mae'r ddisg yn llawn, felly ni ellid ysgrifennu {path}. Rhyddhewch rywfaint o le, yna rhowch "
        "gynnig arall arni.",
    ),
    Fault.NO_SUCH_ROUND: (
        "There is no round “{path}” in this profile. “panel-review round list” shows them.",
        "Nid oes cylch “{path}” yn y proffil hwn. Mae “panel-review round list” yn eu dangos.",
    ),
    Fault.NO_SUCH_MEMBER: (
        "There is no member “{path}” on the roster. “panel-review roster list” shows them.",
        "Nid oes aelod “{path}” ar y rhestr aelodau. Mae “panel-review roster list” yn eu dangos.",
    ),
    Fault.WEAK_PASSPHRASE: (
        "That passphrase is too weak or too short. Choose a longer one, such as four or more "
        "unrelated words.",
        "Mae'r cyfrinymadrodd hwnnw'n rhy wan neu'n rhy fyr. Dewiswch un hirach, fel pedwar gair "
        "neu fwy nad ydynt yn perthyn i'w gilydd.",
    ),
    Fault.NO_PASSPHRASE: (
        "No passphrase was given. Type it when asked, or set PANEL_REVIEW_PASSPHRASE.",
        "Ni roddwyd cyfrinymadrodd. Teipiwch ef pan ofynnir, neu gosodwch PANEL_REVIEW_PASSPHRASE.",
    ),
    Fault.NO_NAME: (
        "A name is needed: the panel knows you by it.",
        "Mae angen enw: mae'r panel yn eich adnabod wrtho.",
    ),
    Fault.BAD_COMMAND: (
        "The command is not right ({path}). “panel-review --help” lists the commands.",
        "Nid yw'r gorchymyn yn gywir ({path}). Mae “panel-review --help” yn rhestru'r gorchmynion.",
    ),
}


class Mistake(Exception):
    """A person's mistake found before anything was done: which one, and where."""

    def __init__(self, fault: Fault, path: str | Path = "") -> None:
        super().__init__(f"{fault.value}: {path}")
        self.fault = fault
        self.path = str(path)


def explain(fault: Fault, language: str, path: str | Path = "") -> str:
    """The sentence for `fault`, naming `path` where the sentence has a place for it."""
    en, cy = _TEXT[fault]
    return (cy if language == "cy" else en).format(path=path)


_UNLOCK: dict[type[Exception], Fault] = {
    WrongPassphrase: Fault.WRONG_PASSPHRASE,
    DatabaseMissing: Fault.NO_PROFILE,
    SetupUnfinished: Fault.SETUP_UNFINISHED,
    NotOurDatabase: Fault.NOT_OURS,
    DatabaseDamaged: Fault.DAMAGED,
    FolderNotAccessible: Fault.FOLDER_NOT_ACCESSIBLE,
    DiskFull: Fault.DISK_FULL,
}
_SAVE: dict[SaveFault, Fault] = {
    SaveFault.DISK_FULL: Fault.DISK_FULL,
    SaveFault.READ_ONLY: Fault.FOLDER_NOT_ACCESSIBLE,
    SaveFault.DAMAGED: Fault.DAMAGED,
}
_ERRNOS: dict[int, Fault] = {
    errno.ENOENT: Fault.NO_SUCH_FILE,
    errno.EISDIR: Fault.IS_A_FOLDER,
    errno.ENOTDIR: Fault.NOT_A_FOLDER,
    errno.EEXIST: Fault.NOT_A_FOLDER,  # mkdir where a file has the folder's name
    errno.EACCES: Fault.NOT_ALLOWED,
    errno.EPERM: Fault.NOT_ALLOWED,
    errno.EROFS: Fault.NOT_ALLOWED,
    errno.ENOSPC: Fault.NO_ROOM,
    errno.EDQUOT: Fault.NO_ROOM,
}


def classify(exc: BaseException) -> tuple[Fault, str] | None:
    """Which fault `exc` is, and the place it names; None for an error in our own code."""
    if isinstance(exc, Mistake):
        return exc.fault, exc.path
    if isinstance(exc, ProfileInUse):
        return Fault.PROFILE_IN_USE, str(exc.args[0]) if exc.args else ""
    if isinstance(exc, ProfileFolderUnusable):
        return Fault.PROFILE_FOLDER_UNUSABLE, exc.profile_dir
    for kind, fault in _UNLOCK.items():
        if isinstance(exc, kind):
            return fault, str(exc.args[0]) if exc.args else ""
    if isinstance(exc, SaveFailed) and exc.fault in _SAVE:
        return _SAVE[exc.fault], ""
    if isinstance(exc, OSError) and exc.errno in _ERRNOS:
        return _ERRNOS[exc.errno], str(exc.filename or "")
    if isinstance(exc.__cause__, OSError):  # a layer that wrapped the disk's own error
        return classify(exc.__cause__)
    return None


def describe(exc: BaseException, language: str) -> str | None:
    """One plain line for a mistake or a state of the computer; None for a bug."""
    if isinstance(exc, Refused | ExchangeError):
        return why_not(exc, language)
    found = classify(exc)
    if found is None:
        return None
    return " ".join(explain(found[0], language, found[1]).split())
