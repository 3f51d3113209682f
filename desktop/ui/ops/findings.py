"""The coordinator's findings: the merged round, the panel's decisions and case notes.

The merge is kept by the services until something it was merged from changes
(`services.merged_rounds`), so asking for it again after a decision or a note costs a
few milliseconds; it still runs off the GUI thread, like every read.
"""

from __future__ import annotations

from desktop.core.answers import AnswerValue
from desktop.core.trends import Trend
from desktop.reports.content import CaseNotes
from desktop.services import findings, trends
from desktop.services.findings import FindingsAndNotes
from desktop.services.operations import Changes
from desktop.services.session import ProfileSession
from desktop.ui.ops import Op, change, read


def findings_and_notes(session: ProfileSession, round_id: int) -> Op[FindingsAndNotes]:
    return read(session, findings.findings_and_notes, round_id)


def adjudicate(
    session: ProfileSession, case_id: int, question_id: str, decision: AnswerValue | None, rationale: str
) -> Op[Changes]:
    return change(session, findings.adjudicate, case_id, question_id, decision, rationale)


def withdraw_adjudication(session: ProfileSession, case_id: int, question_id: str) -> Op[Changes]:
    return change(session, findings.withdraw_adjudication, case_id, question_id)


def save_case_notes(session: ProfileSession, case_id: int, notes: CaseNotes) -> Op[Changes]:
    return change(session, findings.save_case_notes, case_id, notes)


def round_trend(session: ProfileSession, round_id: int) -> Op[Trend]:
    return read(session, trends.round_trend, round_id)
