"""Signed-in readers, resolved once per generation of the register and kept in the process.

Who a request's session names (the user, their roles, whether they are disabled) is read
from the register. Reading it costs two statements a request, more than serving a kept page
(`concord.web.page_cache`) does. The answer only changes when something is written — a
role given or taken away, a user disabled or removed, a password changed — and every write
replaces the register's generation token (`concord.services.database.generation`) in its own
transaction. So the actor resolved for a session is kept under the token read BEFORE it was
resolved: while the token is unchanged nothing has been written since, in any process (another
gunicorn worker, a `concord` command), and the kept actor is the one a fresh read would give.
At the first request after any write the token differs and every kept actor is dropped.

Only open sessions of enabled users are kept: a session that is unknown, ended or expired,
or names a disabled user, is resolved (and refused) every time. An actor is kept under the
session's key (the SHA-256 of its id, as the register keeps it), with the moment the session
expires: a kept actor is never served after it, even when nothing has been written since.
Ending a session (signing out, a user disabled, a password changed) is a write, so it drops
every kept actor. The Actor itself carries that user's roles, so two readers never share one.
"""

from __future__ import annotations

import threading
import time
from collections import OrderedDict
from collections.abc import Callable

from concord.services.context import Actor

#: at most this many signed-in users kept per process (least recently used dropped first)
MAX_READERS = 4096


class Readers:
    """The actors of one generation, by session key, each with when its session expires (a Unix
    time); safe across threads."""

    def __init__(self, max_readers: int = MAX_READERS) -> None:
        self.max_readers = max_readers
        self._actors: OrderedDict[str, tuple[Actor, float]] = OrderedDict()
        self._generation: str | None = None
        self._lock = threading.Lock()
        self.hits = self.misses = 0

    def actor(self, generation: str, key: str, resolve: Callable[[], tuple[Actor, float] | None],
              clock: Callable[[], float] = time.time) -> Actor | None:
        """The actor of the session `key` at `generation` (the token read before this call): kept,
        or `resolve()`d now — (actor, expiry as a Unix time), or None when refused — and kept
        when it is a user. A kept actor whose session has expired is dropped and resolved again."""
        with self._lock:
            if generation != self._generation:  # something was written: nothing kept is current
                self._actors.clear()
                self._generation = generation
            kept = self._actors.get(key)
            if kept is not None and clock() < kept[1]:
                self._actors.move_to_end(key)
                self.hits += 1
                return kept[0]
            if kept is not None:  # expired: never served again
                del self._actors[key]
            self.misses += 1
        resolved = resolve()
        if resolved is None:
            return None
        actor, until = resolved
        if clock() >= until:
            return None
        with self._lock:
            if generation == self._generation:  # not if a later generation was seen meanwhile
                self._actors[key] = (actor, until)
                while len(self._actors) > self.max_readers:
                    self._actors.popitem(last=False)
        return actor
