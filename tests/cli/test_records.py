"""`concord notice add` and `concord action done` on the seam: permissions, versions, markings."""

from __future__ import annotations

import sqlalchemy as sa

ADMIN = "admin@cambridgeshire-opcc.example"
VIEWER = "viewer@hertfordshire-opcc.example"
NOTICE = ["notice", "add", "--body", "cambridgeshire", "--subject", "Fleet", "--decision", "Approve"]


def _one(url: str, sql: str, **params: object) -> tuple:
    engine = sa.create_engine(url)
    with engine.connect() as conn:
        row = conn.execute(sa.text(sql), params).one()
    engine.dispose()
    return tuple(row)


def test_a_notice_keeps_the_marking_it_was_given(demo_copy) -> None:  # noqa: ANN001
    demo = demo_copy()
    ran = demo.run(*NOTICE, "CPCC2019-011", "--signed", "2019-07-01", "--marking", "RESTRICTED")
    assert ran.code == 0, ran.err
    assert _one(demo.url, "SELECT marking, legacy_marking FROM decision_notice WHERE reference = :r",
                r="CPCC2019-011") == ("OFFICIAL-SENSITIVE", "RESTRICTED")
    ran = demo.run(*NOTICE, "CPCC2019-012", "--marking", "PURPLE")
    assert ran.code == 2 and "marking: PURPLE" in ran.err


def test_a_number_lower_than_one_signed_earlier_is_flagged(demo_copy) -> None:  # noqa: ANN001
    demo = demo_copy()
    ran = demo.run(*NOTICE, "CPCC2019-003", "--signed", "2019-12-01")
    assert ran.code == 0, ran.err
    assert "out of order" in ran.err and "CPCC2019-009" in ran.err
    ran = demo.run(*NOTICE, "CPCC2019-011", "--signed", "2019-12-02")
    assert ran.code == 0 and "out of order" not in ran.err


def test_notices_and_actions_need_the_permission(demo_copy) -> None:  # noqa: ANN001
    demo = demo_copy()
    assert demo.run(*NOTICE, "CPCC2019-011", user=VIEWER).code == 4
    assert demo.run(*NOTICE, "CPCC2019-011", user=None).code == 4
    assert demo.run("action", "done", "5", "--on", "2017-11-01", user=VIEWER).code == 4
    assert demo.run("action", "list", user=None).code == 0


def test_a_stale_action_edit_is_a_conflict(demo_copy) -> None:  # noqa: ANN001
    demo = demo_copy()
    (version,) = _one(demo.url, "SELECT version FROM action WHERE id = 5")
    ran = demo.run("action", "done", "5", "--on", "2017-11-01", "--version", str(version + 1))
    assert ran.code == 3 and "action 5 was changed" in ran.err, ran.err
    ran = demo.run("action", "done", "5", "--on", "2017-11-01", "--version", str(version))
    assert ran.code == 0, ran.err
    assert _one(demo.url, "SELECT status, version FROM action WHERE id = 5") == ("done", version + 1)
