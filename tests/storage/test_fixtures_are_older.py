"""Every stored database of an earlier release is older than this code's schema, so each
one exercises a real migration when it is opened (issue 19: the newest schema once equalled
the 0.1.0 fixtures', and only the oldest fixture migrated anything).

The one exception is the newest release's own fixtures while no migration has been added
since it: they are at this schema because nothing has changed yet, and the first new
migration makes them older. Any other fixture at this schema means a release's fixtures
are missing, and the test says so.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from desktop.storage.schema import HEAD, MIGRATIONS
from tests.storage.test_upgrade_0001 import dump

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"
REVISIONS = sorted(p.name.split("_", 1)[0] for p in (MIGRATIONS / "versions").glob("[0-9]*_*.py"))


NEWEST_RELEASE = "0.2.0"


def test_the_fixtures_are_all_there() -> None:
    found = sorted(p.name for p in FIXTURES.glob("*.db"))
    releases = ("0.1.0", "0.2.0")
    expected = [f"{kind}-{release}.db" for kind in ("coordinator", "member") for release in releases]
    assert found == [*expected, "profile-0001.db"], found


@pytest.mark.parametrize("fixture", sorted(p.name for p in FIXTURES.glob("*.db")))
def test_each_earlier_release_database_is_older_than_this_schema(fixture: str) -> None:
    stored = dump(FIXTURES / fixture)["alembic_version"][0]["version_num"]
    assert stored in REVISIONS, f"{fixture} is at {stored}, a revision this code does not know"
    if fixture.endswith(f"-{NEWEST_RELEASE}.db") and stored == HEAD:
        return  # no migration since the newest release: nothing to migrate from it yet
    assert REVISIONS.index(stored) < REVISIONS.index(HEAD), (
        f"{fixture} is already at this code's schema {HEAD}: opening it migrates nothing. "
        "Add fixtures from the newest tagged release (docs/release.md) so an upgrade is tested."
    )
