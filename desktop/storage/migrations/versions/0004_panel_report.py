"""What the coordinator adds to a round's reviews to make the published report.

Revision ID: 0004
Revises: 0003

- `adjudication`: for a case and question the members could not agree on, what the
  panel decided at its meeting (`decision`, JSON as `answer.value`; NULL = left
  unresolved) and why (`rationale`, required by the services).
- `case_report`: the panel's comment on a case (drafted from the merged findings and
  edited by the coordinator), and `case_tag`: good practice and areas for learning
  tagged on a case, gathered into the round summary.
- `round_background`: the report's background section (meeting date and form, who
  attended, quorum, the sample and the definitions used).
- `observation` (numbered per round, with the force's response and its date) and
  `observation_case` (the cases an observation comes from).
- `recommendation` (numbered across rounds, with theme, owner, due date, status, and
  `merged_into_id` when amalgamated into another) and `recommendation_update` (the
  dated history: update, the commissioner's team assessment, the status it set).
- `report_export`: each report written, and in publication mode the personal-data hits
  the coordinator accepted (JSON), so what was published can be accounted for.

Dates the coordinator types are ISO strings (YYYY-MM-DD), as `round.due_date`; times the
app records are UTC datetimes. Only CREATE TABLE: nothing existing changes.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None


def _id() -> sa.Column[int]:
    return sa.Column("id", sa.Integer(), primary_key=True)


def _case() -> sa.Column[int]:
    return sa.Column(
        "case_id", sa.Integer(), sa.ForeignKey("case_file.id", ondelete="CASCADE"), nullable=False, index=True
    )


def _round(nullable: bool = False, ondelete: str = "CASCADE") -> sa.Column[int]:
    return sa.Column(
        "round_id", sa.Integer(), sa.ForeignKey("round.id", ondelete=ondelete), nullable=nullable, index=True
    )


def _text(name: str) -> sa.Column[str]:
    return sa.Column(name, sa.Text(), nullable=False, server_default="")


def upgrade() -> None:
    op.create_table(
        "adjudication",
        _id(),
        _case(),
        sa.Column("question_id", sa.String(64), nullable=False),
        sa.Column("decision", sa.Text(), nullable=True),
        _text("rationale"),
        sa.Column("decided_at", sa.DateTime(), nullable=False),
        sa.UniqueConstraint("case_id", "question_id"),
    )
    op.create_table(
        "case_report",
        _id(),
        _case(),
        _text("comment"),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.UniqueConstraint("case_id"),
    )
    op.create_table(
        "case_tag",
        _id(),
        _case(),
        sa.Column("kind", sa.String(16), nullable=False),  # good_practice | learning
        _text("text"),
    )
    op.create_table(
        "round_background",
        _id(),
        _round(),
        sa.Column("meeting_date", sa.String(10), nullable=True),
        sa.Column("meeting_form", sa.String(24), nullable=False, server_default=""),
        _text("attendees"),  # one name per line
        sa.Column("quorate", sa.Boolean(), nullable=True),
        _text("sample_period"),
        _text("sample_method"),
        _text("definitions"),
        sa.UniqueConstraint("round_id"),
    )
    _create_observations()
    _create_recommendations()
    op.create_table(
        "report_export",
        _id(),
        _round(),
        sa.Column("exported_at", sa.DateTime(), nullable=False),
        sa.Column("format", sa.String(8), nullable=False),
        sa.Column("mode", sa.String(16), nullable=False),
        sa.Column("language", sa.String(8), nullable=False),
        sa.Column("sha256", sa.String(64), nullable=False),
        _text("accepted_hits"),  # JSON list, publication mode only
    )


def _create_observations() -> None:
    op.create_table(
        "observation",
        _id(),
        sa.Column("uid", sa.String(36), nullable=False, unique=True),
        _round(),
        sa.Column("number", sa.Integer(), nullable=False),
        _text("text"),
        _text("response"),
        sa.Column("response_date", sa.String(10), nullable=True),
        sa.UniqueConstraint("round_id", "number"),
    )
    op.create_table(
        "observation_case",
        _id(),
        sa.Column(
            "observation_id",
            sa.Integer(),
            sa.ForeignKey("observation.id", ondelete="CASCADE"),
            nullable=False,
            index=True,
        ),
        _case(),
        sa.UniqueConstraint("observation_id", "case_id"),
    )


def _create_recommendations() -> None:
    op.create_table(
        "recommendation",
        _id(),
        sa.Column("uid", sa.String(36), nullable=False, unique=True),
        sa.Column("number", sa.Integer(), nullable=False, unique=True),
        _text("text"),
        _text("theme"),
        _round(nullable=True, ondelete="SET NULL"),
        _text("owner"),
        sa.Column("due_date", sa.String(10), nullable=True),
        sa.Column("status", sa.String(16), nullable=False, server_default="open"),
        sa.Column("merged_into_id", sa.Integer(), sa.ForeignKey("recommendation.id"), nullable=True),
        sa.Column("created_at", sa.DateTime(), nullable=False),
    )
    op.create_table(
        "recommendation_update",
        _id(),
        sa.Column(
            "recommendation_id",
            sa.Integer(),
            sa.ForeignKey("recommendation.id", ondelete="CASCADE"),
            nullable=False,
            index=True,
        ),
        sa.Column("dated", sa.String(10), nullable=False),
        _text("update_text"),
        _text("assessment"),
        sa.Column("status", sa.String(16), nullable=False),
        sa.Column("recorded_at", sa.DateTime(), nullable=False),
    )


def downgrade() -> None:
    for table in (
        "report_export",
        "recommendation_update",
        "recommendation",
        "observation_case",
        "observation",
        "round_background",
        "case_tag",
        "case_report",
        "adjudication",
    ):
        op.drop_table(table)
