"""Saying something to a screen reader without moving the member's focus.

A label that appears or changes is silent to a screen reader unless focus moves to
it, and moving focus would take the member out of the note they are typing. Qt's
announcement event is read out by the screen reader at once ("assertive") or when it
has finished speaking ("polite").
"""

from __future__ import annotations

from PySide6.QtGui import QAccessible, QAccessibleAnnouncementEvent
from PySide6.QtWidgets import QWidget


def announce(widget: QWidget, text: str, urgent: bool = False) -> None:
    """Have assistive technology read `text`, on behalf of `widget`."""
    if not text:
        return
    event = QAccessibleAnnouncementEvent(widget, text)
    politeness = QAccessible.AnnouncementPoliteness
    event.setPoliteness(politeness.Assertive if urgent else politeness.Polite)
    QAccessible.updateAccessibility(event)
