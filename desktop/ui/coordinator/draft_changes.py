"""What a draft has gained or lost since the coordinator's own words began from it.

The drafted findings of a case and the drafted summary follow the round as packages,
decisions and tags arrive; what the coordinator wrote from them never does. Where they
began from a draft, the page says what has changed in it since, line by line, so nothing
new goes unnoticed and nothing of theirs is replaced.
"""

from __future__ import annotations

from PySide6.QtWidgets import QLabel

from desktop.ui.i18n import tr

MOST_CHANGES_SHOWN = 6  # lines of each kind; the rest are counted


def draft_changes(drafted_from: str, draft: str) -> str:
    """The words to show, or "" when the draft is as it was (or there was none)."""
    if not drafted_from or not draft or draft == drafted_from:
        return ""
    then, now = set(drafted_from.splitlines()), set(draft.splitlines())
    added = [line for line in draft.splitlines() if line not in then]
    gone = [line for line in drafted_from.splitlines() if line not in now]
    lines = [tr("The draft has changed since your words began from it. Your words are as you left them.")]
    lines += [tr("New in the draft: {line}").format(line=line) for line in added[:MOST_CHANGES_SHOWN]]
    lines += [tr("No longer in the draft: {line}").format(line=line) for line in gone[:MOST_CHANGES_SHOWN]]
    more = max(len(added) - MOST_CHANGES_SHOWN, 0) + max(len(gone) - MOST_CHANGES_SHOWN, 0)
    if more:
        lines.append(tr("…and {count} more.").format(count=more))
    return "\n".join(lines)


def show_draft_changes(label: QLabel, drafted_from: str, draft: str) -> None:
    """`label` says what changed (read out as its name too), or is hidden when nothing did."""
    text = draft_changes(drafted_from, draft)
    label.setText(text)
    label.setAccessibleName(text)
    label.setVisible(bool(text))
