"""Sign-in throttling: too many failed attempts for one account, or from one
address, within a window and further attempts are refused until it passes.

Counts live in the server process (the application is served by one
gunicorn process with threads; see docs/decisions/0001-web-stack.md).
A successful sign-in clears the account's count, not the address's.
"""

from __future__ import annotations

import threading
import time
from collections import defaultdict, deque
from collections.abc import Callable


class Throttle:
    def __init__(self, per_account: int = 5, per_address: int = 20, window_seconds: float = 900,
                 clock: Callable[[], float] = time.monotonic) -> None:
        self.limits = {"account": per_account, "address": per_address}
        self.window = window_seconds
        self.clock = clock
        self._failures: dict[tuple[str, str], deque[float]] = defaultdict(deque)
        self._lock = threading.Lock()

    def _recent(self, key: tuple[str, str]) -> deque[float]:
        times = self._failures[key]
        cutoff = self.clock() - self.window
        while times and times[0] <= cutoff:
            times.popleft()
        return times

    def wait_seconds(self, account: str, address: str) -> int:
        """0 when an attempt may be made; otherwise how long until one may."""
        with self._lock:
            longest = 0.0
            for key in (("account", account), ("address", address)):
                times = self._recent(key)
                if len(times) >= self.limits[key[0]]:
                    longest = max(longest, times[0] + self.window - self.clock())
            return int(longest) + 1 if longest > 0 else 0

    def failed(self, account: str, address: str) -> None:
        with self._lock:
            now = self.clock()
            for key in (("account", account), ("address", address)):
                self._recent(key).append(now)

    def succeeded(self, account: str) -> None:
        with self._lock:
            self._failures.pop(("account", account), None)
