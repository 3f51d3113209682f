"""Bringing a database's schema up to date with Alembic.

Alembic is imported only when a migration is actually due: reading the current
revision is one query, and start-up should not pay for the migration machinery on
every unlock. `HEAD` must name the newest revision in `migrations/versions/`
(a test holds the two together).
"""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import inspect, text
from sqlalchemy.engine import Engine

HEAD = "0019"
MIGRATIONS = Path(__file__).resolve().parent / "migrations"


def current_revision(engine: Engine) -> str | None:
    with engine.connect() as conn:
        if not inspect(conn).has_table("alembic_version"):
            return None
        return conn.execute(text("SELECT version_num FROM alembic_version")).scalar()


def migrate(engine: Engine, revision: str = "head") -> None:
    """Run every migration the database has not had yet, in one transaction."""
    if revision == "head" and current_revision(engine) == HEAD:
        return
    from alembic import command
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    with engine.begin() as conn:
        config.attributes["connection"] = conn
        command.upgrade(config, revision)
