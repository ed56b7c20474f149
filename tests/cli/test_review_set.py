"""`concord review accept --set FIELD=VALUE`: each field read by its own type.

A corpus of wrong values, one or more for every record type: each is
refused with exit 2, a message naming the field, the value as typed and
the reason, no traceback, and nothing written. Run in fresh processes.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
import sqlalchemy as sa

from tests.conftest import SEEDS

#: (record type, FIELD=VALUE, words the message must hold)
CASES = [
    ("decision_notice", "date=2019-13-45", ["date", "2019-13-45", "not a date"]),
    ("decision_notice", "date=[1, 2]", ["date", "[1, 2]", "date"]),
    ("decision_notice", "subject=123", ["subject", "123", "name"]),
    ("decision_notice", "subject=", ["subject", "required"]),
    ("decision_notice", 'reference=["CPCC2019-007"]', ["reference", "must be text"]),
    ("decision_notice", "policing_body=atlantis", ["policing_body", "atlantis", "force"]),
    ("decision_notice", "policing_body=5", ["policing_body", "5"]),
    ("decision_notice", "marking=TOP-PUBLIC", ["marking", "TOP-PUBLIC", "not a protective marking"]),
    ("decision_notice", "held_until_approved=maybe", ["held_until_approved", "maybe", "true or false"]),
    ("decision_notice", "colour=blue", ["--set", "colour=blue", "no field"]),
    ("decision_notice", "decision", ["--set", "decision", "FIELD=VALUE"]),
    ("meeting", "time=25:99", ["time", "25:99", "time of day"]),
    ("meeting", "time=noon", ["time", "noon", "time of day"]),
    ("meeting", "forum=5", ["forum", "5", "name"]),
    ("meeting", 'forum=["BCB"]', ["forum", "must be text"]),
    ("meeting", "date=", ["date", "required"]),
    ("meeting", "date=9999-99-99", ["date", "9999-99-99"]),
    ("meeting", "members=5", ["members", "5", "list"]),
    ("meeting", "items=[1, 2]", ["items[0]", "object"]),
    ("meeting", 'items=[{"title": "x"}]', ["items[0].number", "required"]),
    ("action", "due=2019-02-30", ["due", "2019-02-30", "calendar"]),
    ("action", "text=  ", ["text", "required"]),
    ("action", "meeting_date=[]", ["meeting_date", "[]"]),
    ("report", 'recommendations={"a": 1}', ["recommendations", "list"]),
    ("report", "date=31/12/2016", ["date", "31/12/2016"]),
    ("agreement", "annual_budget_gbp=NaN", ["annual_budget_gbp", "NaN"]),
    ("agreement", "annual_budget_gbp=Infinity", ["annual_budget_gbp", "Infinity"]),
    ("agreement", "annual_budget_gbp=" + "9" * 40, ["annual_budget_gbp", "9" * 40]),
    ("agreement", "annual_budget_gbp=abc", ["annual_budget_gbp", "abc", "money"]),
    ("agreement", "annual_budget_gbp=[1]", ["annual_budget_gbp", "[1]"]),
    ("agreement", "annual_budget_gbp=1,2,3", ["annual_budget_gbp"]),
    ("agreement", 'lead=["kent"]', ["lead", "one force id", "list"]),
    ("agreement", "lead=atlantis", ["lead", "atlantis", "force"]),
    ("agreement", "parties=5", ["parties", "5", "list"]),
    ("agreement", 'parties=["kent", "atlantis"]', ["parties[1]", "atlantis"]),
    ("agreement", "notice_period_months=2147483648", ["notice_period_months", "2147483648", "from 0 to"]),
    ("agreement", "notice_period_months=1.5", ["notice_period_months", "1.5", "whole number"]),
    ("agreement", "notice_period_months=-1", ["notice_period_months", "-1"]),
    ("agreement", "annual_budget_gbp=-5", ["annual_budget_gbp", "-5", "negative"]),
    ("agreement", "start_date=2020-02-30", ["start_date", "2020-02-30"]),
    ("project", 'savings=[{"period": "2019", "predicted_gbp": "NaN"}]', ["savings[0].predicted_gbp", "NaN"]),
    ("project", 'phases=[{"name": "One", "start": "tomorrow"}]', ["phases[0].start", "tomorrow"]),
    ("project", "lead=[]", ["lead", "list"]),
    ("table", "unit=euros", ["unit", "euros", "GBP"]),
    ("table", 'rows=[{"label": "x", "values": ["a"]}]', ["rows[0].values[0]", "number"]),
    ("table", 'rows=[{"label": "x", "values": [NaN]}]', ["rows[0].values[0]", "number"]),
    ("table", "columns=5", ["columns", "list"]),
]


def _snapshot(db_url: str) -> dict[str, int | list]:
    engine = sa.create_engine(db_url)
    try:
        with engine.connect() as conn:
            names = sa.inspect(conn).get_table_names()
            out: dict[str, int | list] = {n: conn.execute(sa.text(f'SELECT count(*) FROM "{n}"')).scalar()
                                          for n in names}
            out["review"] = [tuple(r) for r in conn.execute(sa.text(
                "SELECT id, state, version FROM review_item ORDER BY id"))]
            return out
    finally:
        engine.dispose()


@pytest.fixture
def queue(concord, db_url: str, tmp_path: Path) -> dict[str, int]:  # noqa: ANN001
    """A review queue holding every record type: the first item of each."""
    if not SEEDS.is_dir():
        pytest.fail(f"the seed papers are needed at {SEEDS}")
    folder = tmp_path / "papers"
    folder.mkdir()
    for seed in SEEDS.glob("00[14]_*.txt"):
        shutil.copy(seed, folder / seed.name)
    assert concord("init").code == 0
    assert concord("ingest", folder).code == 0
    engine = sa.create_engine(db_url)
    with engine.connect() as conn:
        rows = conn.execute(sa.text("SELECT record_type, min(id) FROM review_item GROUP BY record_type")).all()
    engine.dispose()
    return dict(rows)


def test_every_wrong_value_is_refused_by_its_fields_type(concord, db_url: str, queue) -> None:  # noqa: ANN001
    assert set(queue) >= {c[0] for c in CASES}
    before = _snapshot(db_url)
    failures = []
    for record_type, assignment, words in CASES:
        ran = concord("review", "accept", queue[record_type], "--set", assignment)
        ok = ran.code == 2 and "Traceback" not in ran.err and ran.err.startswith("concord: error:") \
            and all(w in ran.err for w in words) and "Decimal(" not in ran.err
        if not ok:
            failures.append(f"{record_type} --set {assignment}: exit {ran.code}: {ran.err.strip()[-300:]}")
    assert not failures, "\n".join(failures)
    assert _snapshot(db_url) == before  # nothing written by any of them


def test_good_corrections_are_read_by_type(concord, db_url: str, queue) -> None:  # noqa: ANN001
    ran = concord("review", "accept", queue["meeting"], "--set", "time=9.30", "--set", "venue=Room 1")
    assert ran.code == 0, ran.err
    engine = sa.create_engine(db_url)
    with engine.connect() as conn:
        time, venue = conn.execute(sa.text("SELECT time, venue FROM meeting")).one()
    engine.dispose()
    assert str(time).startswith("09:30") and venue


def test_an_item_number_out_of_range_is_refused(concord, queue) -> None:  # noqa: ANN001
    for args in (("review", "accept", "99999999999999999999"), ("review", "show", "99999999999999999999")):
        ran = concord(*args)
        assert ran.code == 2 and "Traceback" not in ran.err and ("review item" in ran.err or "record number" in ran.err), ran.err
