"""`concord precept`: Band D × tax base, the bands, and the rise checked against the year's limit."""

from __future__ import annotations

import json
from decimal import Decimal

EDITOR = "editor@cambridgeshire-opcc.example"
APPROVER = "approver@cambridgeshire-opcc.example"
ADMIN = "admin@cambridgeshire-opcc.example"


def test_a_rise_is_checked_against_the_years_referendum_limit(demo_copy) -> None:  # noqa: ANN001
    demo = demo_copy()
    for argv in (("precept", "set", "cambridgeshire", "2016/17", "--band-d", "189.90", "--tax-base", "232,000.5"),
                 ("precept", "limit", "2017/18", "--percent", "2"),
                 ("precept", "set", "cambridgeshire", "2017/18", "--band-d", "193.68", "--tax-base", "236640.5"),
                 ("precept", "date", "cambridgeshire", "2017/18", "Panel considers the precept", "--on", "2017-02-01")):
        ran = demo.run(*argv, user=ADMIN if argv[1] == "limit" else EDITOR)
        assert ran.code == 0, (argv, ran.err)
    view = json.loads(demo.run("precept", "show", "cambridgeshire", "2017", "--json").out)
    assert Decimal(view["precept"]) == Decimal("45832532.04") and view["excessive"] is False
    assert dict(view["bands"])["H"] == "387.36" and view["timetable"] == [["2017-02-01", "Panel considers the precept"]]
    over = demo.run("precept", "set", "cambridgeshire", "2017/18", "--band-d", "194.00", "--tax-base", "236640.5",
                    user=EDITOR)
    assert over.code == 0 and "EXCEEDS the referendum limit (2 %)" in over.out
    bad = demo.run("precept", "set", "cambridgeshire", "2018", "--band-d", "£1.2.3", "--tax-base", "1", user=EDITOR)
    assert bad.code == 2 and "--band-d" in bad.err
    none = demo.run("precept", "show", "cambridgeshire", "2019/20")
    assert none.code == 2 and "has no precept" in none.err


def test_the_referendum_limit_is_a_setting_only_an_administrator_changes(demo_copy) -> None:  # noqa: ANN001
    demo = demo_copy()
    for user in (EDITOR, APPROVER, None):
        ran = demo.run("precept", "limit", "2017/18", "--percent", "2", user=user)
        assert ran.code == 4 and "not allowed" in ran.err.lower() + ran.out.lower(), (user, ran.err)
    ran = demo.run("precept", "limit", "2017/18", "--percent", "2.99", user=ADMIN)
    assert ran.code == 0, ran.err
