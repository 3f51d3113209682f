"""A page's rows read off the GUI thread, so the rows shown are never older than the last ask.

    self.rows = LatestRead(self._read, self._show)   # two methods of the page
    self.rows.request()                      # after a change, or a new round chosen
    self.rows.request(then=lambda: ...)      # and, once the rows are shown, choose one

One read at a time: asking while a read runs marks the rows stale, and one more read
starts when it returns (its result, possibly older than the change that asked, is not
shown). A burst of changes costs two reads, not one per change, and the rows arrive in
order. The old rows stay on screen until the new ones arrive. `read` returns None when
there is nothing to read (no round chosen): `show(None)` clears the page at once.

A read that finds the profile locked, or returns after the page was deleted (the lock
deletes the coordinator's pages), is dropped. The page is held weakly: a page holding
an object that holds the page is a cycle Python's collector cannot break through a Qt
wrapper, and the page would outlive the lock.
"""

from __future__ import annotations

import weakref
from collections.abc import Callable
from typing import Any, Generic, TypeVar

import shiboken6

from desktop.services.session import SessionClosed
from desktop.ui.ops import Op

T = TypeVar("T")


def _lives(method: Callable[..., Any]) -> bool:
    """Whether the widget a method is bound to still exists (the lock deletes pages)."""
    owner = getattr(method, "__self__", None)
    return owner is not None and shiboken6.isValid(owner)


def weakly(method: Callable[..., Any]) -> Callable[..., None]:
    """`method` (bound to a widget) called only while the widget lives, without keeping it alive."""
    ref = weakref.WeakMethod(method)

    def call(*args: Any) -> None:
        alive = ref()
        if alive is not None and _lives(alive):
            alive(*args)

    return call


class LatestRead(Generic[T]):
    def __init__(self, read: Callable[[], Op[T] | None], show: Callable[[T | None], None]) -> None:
        """`read` and `show` are methods of the page (held weakly, with the page)."""
        self._read = weakref.WeakMethod(read)
        self._show = weakref.WeakMethod(show)
        self._running = False
        self._stale = False
        self._then: list[Callable[[], None]] = []
        self.reads = 0  # reads started: what a refresh costs, for the tests that count them

    def _alive(self) -> bool:
        show = self._show()
        return show is not None and _lives(show)

    @property
    def running(self) -> bool:
        return self._running

    def request(self, then: Callable[[], None] | None = None) -> None:
        """Read again; `then` runs once the rows read are shown."""
        if then is not None:
            self._then.append(then)
        if self._running:
            self._stale = True
            return
        self._start()

    def _start(self) -> None:
        self._stale = False
        read = self._read()
        if read is None or not self._alive():
            return
        op = read()
        if op is None:
            self._deliver(None)
            return
        self._running = True
        self.reads += 1
        op.success(self._arrived).failure(self._failed).run()

    def _arrived(self, result: T) -> None:
        self._running = False
        if not self._alive():
            self._then.clear()
            return
        if self._stale:
            self._start()
            return
        self._deliver(result)

    def _deliver(self, result: T | None) -> None:
        show = self._show()
        if show is None:
            return
        show(result)
        then, self._then = self._then, []
        for follow in then:
            follow()

    def _failed(self, exc: Exception) -> None:
        self._running = False
        if isinstance(exc, SessionClosed) or not self._alive():
            self._then.clear()
            return  # locked meanwhile: the page goes with the profile
        if self._stale:
            self._start()
            return
        self._then.clear()
        raise exc
