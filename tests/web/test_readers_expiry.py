"""The actors kept per worker (`concord.web.readers`) never outlive their session's expiry."""

from __future__ import annotations

from concord.services.context import Actor
from concord.web.readers import Readers


def test_a_kept_actor_is_not_served_after_its_session_expires_even_with_nothing_written() -> None:
    now = [1000.0]
    asked = []
    viewer = Actor(name="Viewer <v@example>", user_id=7, email="v@example")

    def resolve():  # noqa: ANN202
        asked.append(now[0])
        return (viewer, 1010.0) if now[0] < 1010 else None  # the register refuses it once expired

    readers = Readers()
    assert readers.actor("g1", "key", resolve, clock=lambda: now[0]) is viewer
    now[0] = 1005.0
    assert readers.actor("g1", "key", resolve, clock=lambda: now[0]) is viewer
    assert asked == [1000.0]  # kept: not asked again
    now[0] = 1010.0
    assert readers.actor("g1", "key", resolve, clock=lambda: now[0]) is None
    assert asked == [1000.0, 1010.0]


def test_an_actor_resolved_already_expired_is_neither_served_nor_kept() -> None:
    viewer = Actor(name="Viewer <v@example>", user_id=7, email="v@example")
    readers = Readers()
    assert readers.actor("g1", "key", lambda: (viewer, 5.0), clock=lambda: 6.0) is None
    assert readers.actor("g1", "key", lambda: None, clock=lambda: 6.0) is None


def test_two_sessions_of_one_user_are_kept_apart() -> None:
    viewer = Actor(name="Viewer <v@example>", user_id=7, email="v@example")
    readers = Readers()
    assert readers.actor("g1", "one", lambda: (viewer, 100.0), clock=lambda: 1.0) is viewer
    assert readers.actor("g1", "two", lambda: None, clock=lambda: 1.0) is None  # the other one ended
    assert readers.actor("g1", "one", lambda: None, clock=lambda: 1.0) is viewer
