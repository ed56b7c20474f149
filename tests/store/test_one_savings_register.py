"""Migration 0023: a project's savings, once a table of their own (`saving`), are lines of the one
savings register; a saving both tables held is one line after it, its empty figures filled."""

from __future__ import annotations

import sqlalchemy as sa
from alembic import command

from concord.store import schema
from concord.store.db import Store


def _lines(store: Store) -> list[tuple]:
    with store.engine.connect() as conn:
        return sorted(conn.execute(sa.text(
            "SELECT p.slug, l.force_id, l.period, l.predicted, l.delivered, l.alliance_id IS NULL "
            "FROM savings_line l JOIN project p ON p.id = l.project_id")).all(), key=repr)


def test_the_savings_of_both_tables_become_one_register(store: Store, concord) -> None:  # noqa: ANN001
    assert concord("demo").code == 0
    before = _lines(store)
    with store.engine.begin() as conn:  # back to two tables: each project's line is in both, as the demo had it
        command.downgrade(schema.alembic_config(store, conn), "0020")
    with store.engine.begin() as conn:
        ids = dict(conn.execute(sa.text("SELECT slug, id FROM project")).all())
        assert conn.execute(sa.text("SELECT count(*) FROM saving")).scalar() == len(before)
        # the register's own line has no delivered figure; the project's table has one
        conn.execute(sa.text("UPDATE saving SET delivered = 12345 WHERE project_id = :p AND force_id IS NULL "
                             "AND period = '2017/18-2019/20'"), {"p": ids["bch-collaboration-savings"]})
        conn.execute(sa.text("INSERT INTO saving (project_id, force_id, period, predicted, delivered, version) "
                             "VALUES (:p, 'hertfordshire', '2019/20', 5000, NULL, 2)"), {"p": ids["bch-ict"]})
        conn.execute(sa.text("UPDATE project SET alliance_id = NULL WHERE slug = 'bch-erp'"))
        conn.execute(sa.text("INSERT INTO saving (project_id, force_id, period, predicted, delivered, version) "
                             "VALUES (:p, NULL, '2018/19', 99, 1, 1)"), {"p": ids["bch-erp"]})
    schema.upgrade(store)
    after = _lines(store)
    expected = [row if row[:3] != ("bch-collaboration-savings", None, "2017/18-2019/20") else (*row[:4], 12345, 0)
                for row in before] + [("bch-ict", "hertfordshire", "2019/20", 5000, None, 0),
                                      ("bch-erp", None, "2018/19", 99, 1, 1)]
    assert after == sorted(expected, key=repr)  # one line each, no saving counted twice
    assert "saving" not in sa.inspect(store.engine).get_table_names()
    shown = concord("project", "show", "bch-erp")
    assert shown.code == 0 and "2018/19" in shown.out, shown.out + shown.err
    listed = concord("savings", "show", "--json")  # a line of no alliance is in the register, in no alliance's roll-up
    assert listed.code == 0 and '"alliance": null' in listed.out, listed.err
