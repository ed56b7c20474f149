"""What a public page costs the database, counted, not timed: the OParl lists, a public meeting
page and a forum's iCalendar feed take as many SQL statements with 200 meetings as with 20,
and a list page reads only its own rows (a page of 10 meetings loads 10 meetings, not 200).

Counted on the test's own database with the page cache off (a kept page costs one statement):
every statement the app's engine runs, the Meeting and Paper rows they read, and every Person row the ORM builds.
"""

from __future__ import annotations

import datetime as dt
import re
from collections import Counter
from collections.abc import Iterator
from contextlib import contextmanager

import pytest
import sqlalchemy as sa

from concord.domain.vocab import AttendanceRole, ForumKind, MeetingStatus, MinuteStatus
from concord.store import models as m

FORUM = "cost-panel"
#: statements a request may take, however many meetings there are (the lists take 8 to 10 today)
MOST = 14


@pytest.fixture
def public_app(register, db_url):  # noqa: ANN001, ANN201
    from concord.web import create_app

    app = create_app(db_url, secret_key="a test key, not secret",
                     config={"TESTING": True, "CONCORD_PAGE_CACHE": False})
    yield app
    app.extensions["concord.store"].dispose()


def add_meetings(store, count: int) -> str:  # noqa: ANN001
    """`count` more public meetings of one forum of a policing body, each with three agenda items,
    two papers, two attendees (one of them at this meeting only) and minutes approved at the next; returns the body's slug."""
    from concord.services.context import system_actor, unit_of_work

    with unit_of_work(store, system_actor("test")) as ctx:
        s = ctx.session
        body = s.scalar(sa.select(m.PolicingBody).order_by(m.PolicingBody.slug).limit(1))
        forum = s.scalar(sa.select(m.Forum).where(m.Forum.slug == FORUM))
        if forum is None:
            forum = m.Forum(slug=FORUM, name="Cost Panel", kind=ForumKind.PANEL, public=True,
                            policing_body_id=body.id)
            s.add(forum)
            s.flush()
        done = s.scalar(sa.select(sa.func.count()).select_from(m.Meeting).where(m.Meeting.forum_id == forum.id))
        start = dt.date(2015, 1, 5) + dt.timedelta(days=7 * done)
        made = []
        for n in range(count):
            mt = m.Meeting(forum_id=forum.id, date=start + dt.timedelta(days=7 * n), time=dt.time(10),
                           venue="Room 1", status=MeetingStatus.HELD, public=True)
            s.add(mt)
            made.append(mt)
        s.flush()
        for k, mt in enumerate(made):
            items = [m.AgendaItem(meeting_id=mt.id, position=i, number=str(i), title=f"Item {i}") for i in (1, 2, 3)]
            s.add_all(items)
            s.flush()
            s.add_all([m.Paper(meeting_id=mt.id, agenda_item_id=items[0].id, title=f"Report {done + k}",
                               date=mt.date),
                       m.Paper(meeting_id=mt.id, title=f"Note {done + k}", date=mt.date)])
            for who in (f"Member {done + k}", f"Officer {(done + k) % 5}"):
                person = s.scalar(sa.select(m.Person).where(m.Person.name == who))
                if person is None:
                    person = m.Person(name=who, role="Member")
                    s.add(person)
                    s.flush()
                s.add(m.Attendance(meeting_id=mt.id, person_id=person.id, role=AttendanceRole.MEMBER))
            if k + 1 < len(made):
                s.add(m.Minute(meeting_id=mt.id, status=MinuteStatus.APPROVED,
                               approved_at_meeting_id=made[k + 1].id, text=f"Minutes {done + k}"))
        return body.slug


#: rows read to be shown, counted by the statement that reads them: one that selects the row's marking
#: (as objects or as plain columns: the lists read plain columns)
SHOWN = {"Meeting": "meeting.marking", "Paper": "paper.marking"}


@contextmanager
def counted(app) -> Iterator[Counter]:  # noqa: ANN001
    """Statements run, Meeting and Paper rows read (the rows the statements selecting their marking gave:
    each such statement is run again to count them) and Person rows built while the block runs."""
    seen: Counter = Counter()
    engine = app.extensions["concord.store"].engine
    again: list[bool] = []

    def statement(conn, cursor, text: str, parameters, context, executemany) -> None:  # noqa: ANN001
        if again:
            return
        seen["statements"] += 1
        head = re.split(r"\sFROM\s", text, maxsplit=1)[0]
        for name, column in SHOWN.items():
            if text.startswith("SELECT") and column in head:
                again.append(True)
                try:
                    seen[name] += len(conn.exec_driver_sql(text, parameters).all())
                finally:
                    again.pop()

    def loaded(target: object, context: object) -> None:
        seen[type(target).__name__] += 1

    sa.event.listen(engine, "after_cursor_execute", statement)
    sa.event.listen(m.Person, "load", loaded)
    try:
        yield seen
    finally:
        sa.event.remove(engine, "after_cursor_execute", statement)
        sa.event.remove(m.Person, "load", loaded)


def cost(app, path: str) -> tuple[Counter, object]:  # noqa: ANN001
    client = app.test_client()
    assert client.get(path).status_code == 200  # once to warm up (the first request reads settings)
    with counted(app) as seen:
        response = client.get(path)
    assert response.status_code == 200, path
    return seen, response


LISTS = ("meetings", "papers", "agenda-items", "people")


@pytest.mark.parametrize("kind", LISTS)
def test_an_oparl_list_page_costs_the_same_with_200_meetings_as_with_20(public_app, register, kind: str) -> None:  # noqa: ANN001
    body = add_meetings(register, 20)
    path = f"/api/v1/bodies/{body}/{kind}?limit=10&page=2"
    few, page = cost(public_app, path)
    assert len(page.json["data"]) == 10
    add_meetings(register, 180)
    many, page = cost(public_app, path)
    assert len(page.json["data"]) == 10
    total = page.json["pagination"]["totalElements"]
    assert total == {"meetings": 200, "papers": 400, "agenda-items": 600, "people": 205}[kind]
    assert many["statements"] == few["statements"] <= MOST, (few, many)
    # only the page's rows are read: 10 meetings (or the meetings of 10 items), their 2 papers each
    assert many["Meeting"] <= 10 and many["Paper"] <= 20 and many["Person"] <= 10, many


def test_the_last_page_of_an_oparl_list_is_read_from_the_database_too(public_app, register) -> None:  # noqa: ANN001
    body = add_meetings(register, 200)
    seen, page = cost(public_app, f"/api/v1/bodies/{body}/meetings?limit=30&page=7")
    assert [mt["concord:date"] for mt in page.json["data"]] == \
        [(dt.date(2015, 1, 5) + dt.timedelta(days=7 * n)).isoformat() for n in range(180, 200)]
    assert "next" not in page.json["links"]
    assert seen["Meeting"] == 20 and seen["statements"] <= MOST, seen


@pytest.mark.parametrize("page", ("meeting", "calendar"))
def test_a_public_meeting_page_and_a_feed_cost_the_same_with_200_meetings_as_with_20(public_app, register,
                                                                                      page: str) -> None:  # noqa: ANN001
    add_meetings(register, 20)
    with register.engine.connect() as conn:
        meeting = conn.execute(sa.text("SELECT min(id) FROM meeting")).scalar()
    path = f"/public/meetings/{meeting}" if page == "meeting" else f"/public/meetings/forums/{FORUM}/calendar.ics"
    few, _ = cost(public_app, path)
    add_meetings(register, 180)
    many, response = cost(public_app, path)
    assert many["statements"] == few["statements"] <= MOST, (few, many)
    if page == "meeting":
        assert many["Meeting"] <= 1, many  # its own, not the forum's others
    else:
        assert response.get_data(as_text=True).count("BEGIN:VEVENT") == 200
        assert many["Meeting"] == 200 and many["Paper"] == 0, many  # each meeting once, no papers
