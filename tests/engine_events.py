"""What a piece of work asked of the database, as SQLAlchemy reports it from outside our
code: the transactions it began and the statements it sent."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Any

from sqlalchemy import event


@contextmanager
def heard(db: Any, name: str) -> Iterator[list[tuple[Any, ...]]]:
    """Every `name` event ("begin", "before_cursor_execute"…) on `db`'s engine while the
    block runs, as the arguments SQLAlchemy passed."""
    seen: list[tuple[Any, ...]] = []

    def listener(*args: Any) -> None:
        seen.append(args)

    event.listen(db.engine, name, listener)
    try:
        yield seen
    finally:
        event.remove(db.engine, name, listener)


def transactions(db: Any, work: Callable[[], object]) -> int:
    """How many transactions `work()` began."""
    with heard(db, "begin") as begun:
        work()
    return len(begun)


def statements(db: Any, work: Callable[[], object]) -> list[str]:
    """The SQL `work()` sent, in order."""
    with heard(db, "before_cursor_execute") as sent:
        work()
    return [str(args[2]) for args in sent]
