"""iCalendar per forum and CSV on the Web per register, read back by their own libraries."""

from __future__ import annotations

import datetime as dt
import json
import warnings
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
import sqlalchemy as sa

from concord.services.opendata import REGISTERS
from tests.web.public_crawl import demo_api  # noqa: F401  (a fixture)


@pytest.fixture
def client(demo, app):  # noqa: ANN001, ANN201
    return app.test_client()


def test_each_forum_has_a_calendar_linked_from_its_page(demo_api) -> None:  # noqa: ANN001, F811
    from icalendar import Calendar

    client = demo_api
    page = client.get("/public/meetings/forums/cambridgeshire-bcb").get_data(as_text=True)
    assert 'href="/public/meetings/forums/cambridgeshire-bcb/calendar.ics"' in page
    got = client.get("/public/meetings/forums/cambridgeshire-bcb/calendar.ics")
    assert got.status_code == 200 and got.mimetype == "text/calendar"
    cal = Calendar.from_ical(got.data)
    events = cal.walk("VEVENT")
    assert len(events) >= 6
    uids = [str(e["UID"]) for e in events]
    assert len(set(uids)) == len(uids)
    again = Calendar.from_ical(client.get("/public/meetings/forums/cambridgeshire-bcb/calendar.ics").data)
    assert [str(e["UID"]) for e in again.walk("VEVENT")] == uids  # stable
    timed = [e for e in events if isinstance(e.decoded("DTSTART"), dt.datetime)]
    dec = next(e for e in timed if e.decoded("DTSTART").date() == dt.date(2016, 12, 16))
    start, end = dec.decoded("DTSTART"), dec.decoded("DTEND")
    assert start.tzinfo is not None and start.utcoffset() == dt.timedelta(0) and start.hour == 10
    assert str(start.tzinfo) in ("Europe/London", str(ZoneInfo("Europe/London"))) and end > start
    assert cal.walk("VTIMEZONE") and str(dec["LOCATION"]) == "HQ, Conference Room 4"
    url = str(dec["URL"])
    assert url.startswith("http://localhost/public/meetings/")
    assert client.get(url.removeprefix("http://localhost")).status_code == 200
    assert client.get("/public/meetings/forums/no-such-forum/calendar.ics").status_code == 404


def test_event_uids_name_the_configured_public_host_whatever_address_was_asked(
        demo_api, monkeypatch: pytest.MonkeyPatch) -> None:  # noqa: ANN001, F811
    from icalendar import Calendar

    def uids(host: str) -> list[str]:
        got = demo_api.get("/public/meetings/forums/cambridgeshire-bcb/calendar.ics", base_url=f"http://{host}")
        assert got.status_code == 200
        return [str(e["UID"]) for e in Calendar.from_ical(got.data).walk("VEVENT")]

    monkeypatch.delenv("CONCORD_PUBLIC_HOST", raising=False)
    assert all(u.endswith("@localhost") for u in uids("localhost"))  # unset: the address asked
    monkeypatch.setenv("CONCORD_PUBLIC_HOST", "register.example.police.uk")
    inside, outside = uids("10.0.0.7:8000"), uids("concord.internal")
    assert inside == outside and len(inside) >= 6
    assert all(u.startswith("meeting-") and u.endswith("@register.example.police.uk") for u in inside)


def test_a_cancelled_meeting_is_sent_as_cancelled(client, db_url: str) -> None:  # noqa: ANN001
    from icalendar import Calendar

    engine = sa.create_engine(db_url)
    with engine.begin() as conn:
        conn.execute(sa.text("UPDATE meeting SET status = 'cancelled' WHERE date = :d"), {"d": dt.date(2019, 5, 16)})
    engine.dispose()
    cal = Calendar.from_ical(client.get("/public/meetings/forums/cambridgeshire-bcb/calendar.ics").data)
    states = {e.decoded("DTSTART"): str(e["STATUS"]) for e in cal.walk("VEVENT")}
    assert states[dt.date(2019, 5, 16)] == "CANCELLED"
    assert list(states.values()).count("CANCELLED") == 1


@pytest.mark.parametrize("name", sorted(REGISTERS))
def test_each_register_is_csv_with_metadata_the_w3c_validator_accepts(demo_api, name: str,
                                                                       tmp_path: Path) -> None:  # noqa: ANN001
    import csvw

    data = demo_api.get(f"/public/data/{name}.csv")
    meta = demo_api.get(f"/public/data/{name}.csv-metadata.json")
    assert data.status_code == meta.status_code == 200
    assert f"{name}.csv-metadata.json" in data.headers["Link"]
    (tmp_path / f"{name}.csv").write_bytes(data.data)
    (tmp_path / f"{name}.csv-metadata.json").write_bytes(meta.data)
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        table = csvw.CSVW(str(tmp_path / f"{name}.csv-metadata.json"), validate=True)
    assert table.is_valid, [str(w.message) for w in caught]
    rows = list(table.tables[0].iterdicts())
    assert len(rows) >= 2
    columns = json.loads(meta.data)["tableSchema"]["columns"]
    assert all(c["dc:description"] and c["datatype"] for c in columns)
    assert set(rows[0]) == {c["name"] for c in columns}


def test_the_csv_validator_refuses_a_bad_value(demo_api, tmp_path: Path) -> None:  # noqa: ANN001, F811
    import csvw

    client = demo_api
    text = client.get("/public/data/meetings.csv").get_data(as_text=True)
    lines = text.split("\r\n")
    cells = lines[1].split(",")
    cells[3] = "16 December 2016"  # not an xsd:date
    lines[1] = ",".join(cells)
    (tmp_path / "meetings.csv").write_text("\r\n".join(lines), encoding="utf-8")
    (tmp_path / "meetings.csv-metadata.json").write_bytes(client.get("/public/data/meetings.csv-metadata.json").data)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        table = csvw.CSVW(str(tmp_path / "meetings.csv-metadata.json"), validate=True)
    assert not table.is_valid
