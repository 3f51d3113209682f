"""The commissioner's briefing: its letterhead, set once, and writing it from rounds."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from desktop.reports.briefing_content import Letterhead
from desktop.reports.content import ReportOptions
from desktop.services import briefing, briefing_settings
from desktop.services.operations import Changes
from desktop.services.report import ReportWritten
from desktop.services.session import ProfileSession
from desktop.ui.ops import Op, change, read


def letterhead(session: ProfileSession) -> Op[Letterhead]:
    return read(session, briefing_settings.letterhead)


def save_letterhead(session: ProfileSession, head: Letterhead) -> Op[Changes]:
    return change(session, briefing_settings.save_letterhead, head)


def write_briefing(
    session: ProfileSession, round_ids: Sequence[int], path: Path, options: ReportOptions, recipient: str
) -> Op[ReportWritten]:
    return change(session, briefing.write_briefing, list(round_ids), path, options, recipient)


def untranslated_count(session: ProfileSession, round_ids: Sequence[int], language: str) -> Op[int]:
    return read(session, briefing.untranslated_count, list(round_ids), language)
