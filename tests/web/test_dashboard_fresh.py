"""The dashboard is kept between requests, but a change to the register shows at once."""

from __future__ import annotations

from tests.web.conftest import text_of

EDITOR = "editor@cambridgeshire-opcc.example"


def test_a_change_made_elsewhere_shows_on_the_next_dashboard(pages, demo, concord, db_url) -> None:  # noqa: ANN001
    import sqlalchemy as sa

    engine = sa.create_engine(db_url)
    with engine.connect() as conn:
        action, due = conn.execute(sa.text(
            "SELECT id, due FROM action WHERE status = 'open' AND due IS NOT NULL ORDER BY due, id")).first()
    engine.dispose()
    as_of = "2026-01-01"
    pages.sign_in(demo["viewer"])
    before = pages.get(f"/?as-of={as_of}")
    overdue_before = text_of(before).count("Action overdue")
    again = pages.get(f"/?as-of={as_of}")
    assert text_of(again) == text_of(before)  # the same answer, kept (the page's own tokens aside)
    ran = concord("action", "done", action, "--on", "2017-11-01", user=EDITOR)  # another process writes
    assert ran.code == 0, ran.err
    after = pages.get(f"/?as-of={as_of}")
    overdue_after = text_of(after).count("Action overdue")
    assert overdue_after < overdue_before, (due, overdue_before, overdue_after)
