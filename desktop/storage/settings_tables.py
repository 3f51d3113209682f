"""The coordinator's settings (revision 0019): what is set once for every round, such as
the letterhead and Welsh Language statement the commissioner's briefing carries."""

from __future__ import annotations

from sqlalchemy import String, Text
from sqlalchemy.orm import Mapped, mapped_column

from desktop.storage.models import Base


class CoordinatorSetting(Base):
    """One setting by key ("briefing.office.cy"); the services own the keys and their
    meaning, so a new setting needs no new column."""

    __tablename__ = "coordinator_setting"
    key: Mapped[str] = mapped_column(String(64), primary_key=True)
    value: Mapped[str] = mapped_column(Text, default="", server_default="")
