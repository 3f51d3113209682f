"""Trends across rounds: the round in view compared with the panel's earlier rounds of the
same checklist (any version; core/trends.py maps the questions).

A round's earlier rounds are those with the same panel name and the same template id,
held before it: in the order of their meeting dates, else their due dates, else when
they were made. A round that no member's package reached has no findings and is left
out; a purged round keeps its members' answers (docs/data-protection.md), so it stays.
Each round's numbers are its own criteria counts, read with the findings service, so a
trend can never disagree with the round's own report.
"""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.core.trends import ComparedRound, Trend, compare
from desktop.services.findings import round_findings_in
from desktop.services.identity import require_coordinator
from desktop.storage.database import Database
from desktop.storage.models import Round, RoundBackground
from desktop.storage.models import TemplateVersion as TemplateRow


def round_trend(db: Database, round_id: int) -> Trend:
    """The trend ending at `round_id` (just that round when it has no earlier ones)."""
    with db.session() as session:
        return round_trend_in(session, round_id)


def round_trend_in(session: Session, round_id: int) -> Trend:
    require_coordinator(session)
    compared = []
    for rid, title, held in comparable_rounds(session, round_id):
        findings = round_findings_in(session, rid)
        if rid == round_id or findings.reviewers:
            compared.append(ComparedRound(rid, title, findings, held))
    return compare(compared)


def _when(row: Round, meeting: str | None) -> str:
    return meeting or row.due_date or row.created_at.date().isoformat()


def comparable_rounds(session: Session, round_id: int) -> list[tuple[int, str, str]]:
    """(id, title, date held) of the round and the earlier rounds it is compared with, oldest first."""
    this = session.get(Round, round_id)
    if this is None:
        raise KeyError(round_id)
    template_id = session.scalars(
        select(TemplateRow.template_id).where(TemplateRow.id == this.template_pk)
    ).one()
    rows = session.execute(
        select(Round, RoundBackground.meeting_date)
        .join(TemplateRow, TemplateRow.id == Round.template_pk)
        .outerjoin(RoundBackground, RoundBackground.round_id == Round.id)
        .where(Round.panel == this.panel, TemplateRow.template_id == template_id)
    ).all()
    ordered = sorted(((_when(r, meeting), r.id, r) for r, meeting in rows), key=lambda t: (t[0], t[1]))
    ending = _when(this, next(m for r, m in rows if r.id == round_id))
    return [(r.id, r.title, when) for when, rid, r in ordered if (when, rid) <= (ending, round_id)]
