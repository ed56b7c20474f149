"""Signed-in readers, resolved once per generation of the register and kept in the process.

Who a request's session names (the user, their roles, whether they are disabled) is read
from the register. Reading it costs two statements a request, more than serving a kept page
(`concord.web.page_cache`) does. The answer only changes when something is written — a
role given or taken away, a user disabled or removed, a password changed — and every write
replaces the register's generation token (`concord.services.database.generation`) in its own
transaction. So the actor resolved for an email is kept under the token read BEFORE it was
resolved: while the token is unchanged nothing has been written since, in any process (another
gunicorn worker, a `concord` command), and the kept actor is the one a fresh read would give.
At the first request after any write the token differs and every kept actor is dropped.

Only enabled users are kept: a session naming a disabled or unknown user is resolved (and
refused) every time. An actor is kept under the email the session carries, the only identity
a session has; the Actor itself carries that user's roles, so two readers never share one.
"""

from __future__ import annotations

import threading
from collections import OrderedDict
from collections.abc import Callable

from concord.services.context import Actor

#: at most this many signed-in users kept per process (least recently used dropped first)
MAX_READERS = 4096


class Readers:
    """The actors of one generation, by email; safe across threads."""

    def __init__(self, max_readers: int = MAX_READERS) -> None:
        self.max_readers = max_readers
        self._actors: OrderedDict[str, Actor] = OrderedDict()
        self._generation: str | None = None
        self._lock = threading.Lock()
        self.hits = self.misses = 0

    def actor(self, generation: str, email: str, resolve: Callable[[], Actor | None]) -> Actor | None:
        """The actor for `email` at `generation` (the token read before this call): kept, or
        `resolve()`d now and kept when it is a user (None — refused — is never kept)."""
        with self._lock:
            if generation != self._generation:  # something was written: nothing kept is current
                self._actors.clear()
                self._generation = generation
            kept = self._actors.get(email)
            if kept is not None:
                self._actors.move_to_end(email)
                self.hits += 1
                return kept
            self.misses += 1
        actor = resolve()
        if actor is None or actor.user_id is None:
            return actor
        with self._lock:
            if generation == self._generation:  # not if a later generation was seen meanwhile
                self._actors[email] = actor
                while len(self._actors) > self.max_readers:
                    self._actors.popitem(last=False)
        return actor
