"""The search index is kept on every write, and equals what a rebuild makes."""

from __future__ import annotations

import sqlalchemy as sa

from concord.services.context import system_actor, unit_of_work
from concord.store.db import Store

COLUMNS = "kind, key, source, source_id, title, body, date, marking, held_until_approved, owner_id, revision"


def _entries(store: Store) -> set[tuple]:
    with store.engine.connect() as conn:
        return {tuple(r) for r in conn.execute(sa.text(f"SELECT {COLUMNS} FROM search_entry"))}


def _demo(store: Store) -> None:
    from concord import demo
    from concord.services import database

    database.init(store)
    with unit_of_work(store, system_actor("test")) as ctx:
        demo.load_demo(ctx.session)


def test_entries_kept_on_write_equal_a_rebuild(store: Store) -> None:
    from concord.services import search

    _demo(store)
    kept = _entries(store)
    assert {k for k, *_ in kept} >= {"agreement", "decision_notice", "meeting", "paper", "action", "project",
                                      "forum", "force", "policing_body", "alliance"}
    with unit_of_work(store, system_actor("test")) as ctx:
        made = search.rebuild(ctx)
    assert made == len(kept)
    assert _entries(store) == kept


def test_a_parent_change_remakes_the_entries_that_borrow_from_it(store: Store) -> None:
    """An action takes its meeting's marking; a meeting its forum's name; a deleted row leaves the index."""
    from concord.store import models as m

    _demo(store)
    with unit_of_work(store, system_actor("test")) as ctx:
        action = ctx.session.scalars(sa.select(m.Action).order_by(m.Action.id)).first()
        meeting = ctx.session.get(m.Meeting, action.meeting_id)
        meeting.marking = "OFFICIAL-SENSITIVE"
        meeting.forum.name = "Renamed Board"
        action_id, meeting_id = action.id, meeting.id
    with store.engine.connect() as conn:
        rows = dict(conn.execute(sa.text(
            "SELECT source, marking FROM search_entry WHERE (source = 'action' AND source_id = :a) "
            "OR (source = 'meeting' AND source_id = :m)"), {"a": str(action_id), "m": str(meeting_id)}).all())
        title = conn.execute(sa.text("SELECT title FROM search_entry WHERE source = 'meeting' AND source_id = :m"),
                             {"m": str(meeting_id)}).scalar()
    assert rows == {"action": "OFFICIAL-SENSITIVE", "meeting": "OFFICIAL-SENSITIVE"}
    assert title.startswith("Renamed Board ")
    with unit_of_work(store, system_actor("test")) as ctx:
        ctx.session.delete(ctx.session.get(m.Action, action_id))
    with store.engine.connect() as conn:
        assert conn.execute(sa.text("SELECT count(*) FROM search_entry WHERE source = 'action' AND source_id = :a"),
                            {"a": str(action_id)}).scalar() == 0


def test_search_ranks_and_filters_in_sql(store: Store) -> None:
    from concord.services import search
    from concord.services.context import Actor, reading

    _demo(store)
    with reading(store, system_actor("test")) as ctx:
        found = search.search(ctx, "agreements", kinds=["agreement"])
        assert found.hits and all(h.kind == "agreement" for h in found.hits)  # "agreements" finds "agreement"
        first = search.search(ctx, "kent", per_page=2)
        second = search.search(ctx, "kent", page=2, per_page=2)
        assert first.more and not {h.key for h in first.hits} & {h.key for h in second.hits}
    public = Actor(name="the public", local_reader=True)
    with reading(store, public) as ctx:  # draft minutes are never shown to the public
        assert all(h.kind != "meeting" or not h.title.startswith("Minutes")
                   for h in search.search(ctx, "minutes", per_page=50).hits)


def test_the_quick_path_and_the_whole_query_give_the_same_pages(store: Store, monkeypatch) -> None:
    """SQLite ranks the index's own best matches first; when too few are visible it runs the whole query."""
    from concord.services import search
    from concord.services.context import Actor, reading

    _demo(store)
    public = Actor(name="the public", local_reader=True)
    with reading(store, public) as ctx:
        quick = [search.search(ctx, "board", page=p, per_page=3) for p in (1, 2, 3)]
        with_kind = search.search(ctx, "board", kinds=["paper"], per_page=3)
        monkeypatch.setattr(search, "CANDIDATES", 1)  # far fewer candidates: more pages need the whole query
        whole = [search.search(ctx, "board", page=p, per_page=3) for p in (1, 2, 3)]
        assert search.search(ctx, "board", kinds=["paper"], per_page=3) == with_kind
    assert quick == whole and sum(len(r.hits) for r in quick) > 3


def test_a_rebuild_leaves_the_planner_true_figures(store: Store) -> None:
    """Statistics taken while the index was small (a bulk load's ANALYZE runs before the index is rebuilt)
    made SQLite read every entry to check a search's 200 candidates instead of looking each one up."""
    from concord.services import search

    _demo(store)
    with store.engine.begin() as conn:
        conn.execute(sa.text("DELETE FROM search_entry WHERE id > (SELECT min(id) + 4 FROM search_entry)"))
        conn.execute(sa.text("ANALYZE search_entry"))
    with unit_of_work(store, system_actor("test")) as ctx:
        made = search.rebuild(ctx)
    assert made > 100
    with store.engine.connect() as conn:
        if store.backend == "sqlite":
            stat = conn.execute(sa.text("SELECT stat FROM sqlite_stat1 WHERE tbl = 'search_entry'")).scalars().all()
            believed = {int(s.split()[0]) for s in stat}
        else:
            believed = {int(conn.execute(sa.text(
                "SELECT reltuples FROM pg_class WHERE relname = 'search_entry'")).scalar_one())}
    assert believed == {made}
