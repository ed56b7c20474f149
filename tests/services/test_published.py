"""Markings in one place: public reads (services/published.py) and search go through services/visibility.py."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import sqlalchemy as sa

from tests.services.test_ingest_markings import REPORT

EDITOR = "editor@cambridgeshire-opcc.example"
VIEWER = "viewer@hertfordshire-opcc.example"


def _paper(folder: Path, name: str, marking: str, word: str) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    (folder / name).write_text(REPORT.format(marking=marking).replace("marked vehicles", word), encoding="utf-8")


def test_search_shows_marked_text_only_to_those_with_rights_over_it(concord, tmp_path: Path) -> None:  # noqa: ANN001
    assert concord("demo").code == 0
    folder = tmp_path / "papers"
    _paper(folder, "sensitive.txt", "OFFICIAL-SENSITIVE", "quokka")
    _paper(folder, "open.txt", "OFFICIAL", "quokka")
    _paper(folder, "held.txt", "PROTECT until Approved", "quokka")
    ran = concord("ingest", folder, user=EDITOR)
    assert ran.code == 0, ran.err
    public = concord("search", "quokka")  # no user named: the public's view
    assert "open.txt" in public.out and "sensitive.txt" not in public.out and "held.txt" not in public.out
    other = concord("search", "quokka", user=VIEWER)  # a user of another organisation
    assert "open.txt" in other.out and "sensitive.txt" not in other.out and "held.txt" not in other.out
    mine = concord("search", "quokka", user=EDITOR)  # the organisation that holds them
    assert all(n in mine.out for n in ("open.txt", "sensitive.txt", "held.txt")), mine.out
    assert "[OFFICIAL-SENSITIVE]" in mine.out
    # the review queue hides them from the public too
    assert "sensitive.txt" not in concord("review").out
    assert "sensitive.txt" in concord("review", user=EDITOR).out


def test_the_review_queue_shows_the_least_certain_first(concord, db_url: str, seeds: Path) -> None:  # noqa: ANN001
    concord("init")
    assert concord("ingest", seeds / "001_7ee0042519c720e7.txt").code == 0
    lines = [ln for ln in concord("review").out.splitlines() if ln.startswith("#")]
    shown = [float(ln.split()[2]) for ln in lines if ln.split()[2] != "—"]
    assert len(shown) > 3 and shown == sorted(shown)
    engine = sa.create_engine(db_url)
    with engine.connect() as conn:
        lowest = conn.execute(sa.text("SELECT min(confidence) FROM review_item")).scalar()
    engine.dispose()
    assert shown[0] == round(lowest, 2)


def test_public_reads_filter_by_marking_holding_and_approval(concord, db_url: str, monkeypatch) -> None:  # noqa: ANN001
    """After the demo, mark and hold some records; the public functions leave them out."""
    from concord.services import published, published_meetings
    from concord.services.context import Actor, reading
    from concord.store.db import Store

    assert concord("demo").code == 0
    engine = sa.create_engine(db_url)
    with engine.begin() as conn:
        notices = conn.execute(sa.text("SELECT reference FROM decision_notice ORDER BY reference")).scalars().all()
        conn.execute(sa.text("UPDATE decision_notice SET marking = 'OFFICIAL-SENSITIVE' WHERE reference = :r"),
                     {"r": notices[0]})
        conn.execute(sa.text("UPDATE decision_notice SET held_until_approved = :t WHERE reference = :r"),
                     {"r": notices[1], "t": True})
        agreements = conn.execute(sa.text("SELECT slug FROM agreement ORDER BY slug")).scalars().all()
        conn.execute(sa.text("UPDATE agreement SET marking = 'SECRET' WHERE slug = :s"), {"s": agreements[0]})
        minutes = conn.execute(sa.text("SELECT m.id, g.date FROM minute m JOIN meeting g ON g.id = m.meeting_id "
                                       "WHERE m.status = 'approved' ORDER BY m.id")).all()
        assert len(minutes) >= 2
        conn.execute(sa.text("UPDATE minute SET status = 'draft', approved_at_meeting_id = NULL WHERE id = :i"),
                     {"i": minutes[0][0]})
        approved_at = conn.execute(sa.text("SELECT g.date FROM minute m JOIN meeting g ON "
                                           "g.id = m.approved_at_meeting_id WHERE m.id = :i"),
                                   {"i": minutes[1][0]}).scalar()
        papers = conn.execute(sa.text("SELECT id FROM paper WHERE meeting_id IS NOT NULL ORDER BY id")).scalars().all()
        conn.execute(sa.text("UPDATE paper SET marking = 'OFFICIAL-SENSITIVE' WHERE id = :i"), {"i": papers[0]})
    engine.dispose()
    approved_at = dt.date.fromisoformat(str(approved_at)[:10])
    store = Store(db_url)
    public = Actor(name="the public", local_reader=True)
    with reading(store, public) as ctx:
        shown = {n.reference for n in published.decision_notices(ctx)}
        assert notices[0] not in shown and notices[1] not in shown and set(notices[2:]) <= shown
        assert agreements[0] not in {a.slug for a in published.agreements(ctx)}
        assert set(agreements[1:]) <= {a.slug for a in published.agreements(ctx)}
        meetings = published_meetings.meetings(ctx, as_of=dt.date(2030, 1, 1))
        with_minutes = [str(m.date) for m in meetings if m.minutes is not None]
        assert with_minutes == [str(minutes[1][1])[:10]]  # the draft is not public; the approved one is
        before = published_meetings.meetings(ctx, as_of=approved_at - dt.timedelta(days=1))
        assert all(m.minutes is None for m in before)  # not before the meeting that approves them
        shown_papers = [p.id for m in meetings for p in m.papers]
        assert papers[0] not in shown_papers and set(papers[1:]) <= set(shown_papers)
        hits = published.search(ctx, notices[0])
        assert notices[0] not in {h.key for h in hits}
        assert notices[2] in {h.key for h in published.search(ctx, notices[2])}
    store.dispose()


def test_a_viewer_may_not_ingest_and_nothing_is_read(concord, db_url: str, tmp_path: Path) -> None:  # noqa: ANN001
    assert concord("demo").code == 0
    _paper(tmp_path / "papers", "open.txt", "OFFICIAL", "wombat")
    for user in (VIEWER, None):  # a viewer, and no one named on a register with users
        ran = concord("ingest", tmp_path / "papers", user=user)
        assert ran.code == 4 and "not allowed" in ran.err, ran.err
    engine = sa.create_engine(db_url)
    with engine.connect() as conn:
        assert conn.execute(sa.text("SELECT count(*) FROM document_revision")).scalar() == 0
    engine.dispose()
