"""The coordinator's words for what the services report as codes and flags.

A member's standing, a file's fate and a cell of the assignment grid are each said in
words (never by colour alone), translated at the moment they are shown so a language
switch re-labels every table.
"""

from __future__ import annotations

from desktop.core.words.dates import long_date
from desktop.services.review_packages import AuditFlag, Fate
from desktop.services.roster import RosterRow
from desktop.ui.i18n import current_language, tr


def member_status(member: RosterRow) -> str:
    if member.revoked:
        return tr("Access withdrawn")
    return tr("Confirmed") if member.confirmed else tr("Not yet confirmed")


def cannot_review_reason(member: RosterRow | None) -> str:
    """Why a member is greyed in the assignment grid; empty when they can review."""
    if member is None:
        return ""
    if member.revoked:
        return tr("Access withdrawn: no pack will be made for this member.")
    if not member.confirmed:
        return tr("Fingerprint not yet confirmed: no pack will be made until it is.")
    return ""


def fate_label(fate: Fate) -> str:
    names = {
        Fate.ACCEPTED: tr("Accepted"),
        Fate.SUPERSEDED: tr("Superseded by a later revision"),
        Fate.PENDING: tr("Changed: waiting for your decision"),
        Fate.DUPLICATE: tr("Already imported"),
        Fate.REJECTED: tr("Rejected"),
    }
    return names[fate]


def assigned_text() -> str:
    return tr("✓ Assigned")


def conflict_text() -> str:
    return tr("Conflict")


def audit_flag_label(flag: str) -> str:
    """In a few words, whether the member's audit log can be relied on (the Inbox said why
    in full when the package came in)."""
    if flag == AuditFlag.REWRITTEN.value:
        return tr("Check: log changed since an earlier package")
    if flag == AuditFlag.MISSING.value:
        return tr("Check: package carries no log")
    return tr("No concern")


def audit_flag_spoken(flag: str) -> str:
    """The same for a screen reader, as a sentence."""
    if flag == AuditFlag.REWRITTEN.value:
        return tr("Check before relying on this member's reviews: their audit log was changed after "
                  "an earlier package for this round. Ask the member what happened.")  # fmt: skip
    if flag == AuditFlag.MISSING.value:
        return tr("Check before relying on this member's reviews: a package came without the audit "
                  "log their earlier package carried. Ask the member why.")  # fmt: skip
    return tr("Audit log: no concern")


def received_label(received_at: str) -> str:
    """'20 November 2026, 14:03 UTC' from the service's ISO time, in the interface's
    language, or that nothing came back."""
    if not received_at:
        return tr("Nothing back yet")
    return long_date(received_at, current_language()) + " UTC"


def erased_label(erased_at: str) -> str:
    """ "Erased on 14 March 2026" from a member's erasure receipt, or "Not yet"."""
    if not erased_at:
        return tr("Not yet")
    return tr("Erased on {date}").format(date=long_date(erased_at.split(" ")[0], current_language()))


def member_heading(name: str, member: RosterRow | None) -> str:
    """A grid column's title: the name, and in words why it is greyed, if it is."""
    if member is not None and member.revoked:
        return tr("{name} (withdrawn)").format(name=name)
    if member is not None and not member.confirmed:
        return tr("{name} (not confirmed)").format(name=name)
    return name
