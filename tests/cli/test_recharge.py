"""`concord recharge`: costs shared by printed NRE share, fleet usage invoiced in arrears, each
member's statement; in a fresh process, on SQLite and PostgreSQL."""

from __future__ import annotations

import json
from decimal import Decimal

SEVEN = ("bedfordshire", "cambridgeshire", "essex", "hertfordshire", "kent", "norfolk", "suffolk")


def _statement(demo, alliance: str, year: str, member: str) -> dict:  # noqa: ANN001
    ran = demo.run("recharge", "statement", alliance, year, "--member", member, "--json")
    assert ran.code == 0, ran.err
    return json.loads(ran.out)


def test_the_members_shares_of_a_cost_total_the_cost_and_100_percent(demo_copy) -> None:  # noqa: ANN001
    demo = demo_copy()
    statements = [_statement(demo, "seven-force", "2016/17", force) for force in SEVEN]
    for label, total in (("Programme team", Decimal("1200000")), ("Consultancy allowance", Decimal("150000"))):
        lines = [c for s in statements for c in s["costs"] if c["label"] == label]
        assert len(lines) == 7
        assert sum(Decimal(c["amount"]) for c in lines) == total
        assert sum(Decimal(c["share_percent"]) for c in lines) == Decimal("100.0")
    allowance = next(c for c in statements[0]["costs"] if c["label"] == "Consultancy allowance")
    assert allowance["kind"] == "consultancy allowance"


OFFICER = "fleet@chiltern.example"


def _chiltern(demo_copy):  # noqa: ANN001, ANN202
    """The demo, with a finance editor in the Chiltern programme office (who alone may record its usage)."""
    demo = demo_copy()
    ran = demo.run("user", "add", OFFICER, "--name", "Fleet Officer", "--organisation", "chiltern-programme-office",
                   "--role", "editor", "--password-from-env", env={"CONCORD_PASSWORD": "a long demo password 1"})
    assert ran.code == 0, ran.err
    return demo


def test_fleet_usage_is_invoiced_the_first_working_day_after_the_month(demo_copy) -> None:  # noqa: ANN001
    demo = _chiltern(demo_copy)
    denied = demo.run("recharge", "usage", "chiltern", "Van", "--member", "btp", "--month", "2019-05",
                      "--vehicles", "12")
    assert denied.code == 4  # an officer of one force's OPCC records no alliance's usage
    ran = demo.run("recharge", "usage", "chiltern", "Van", "--member", "btp", "--month", "2019-05", "--vehicles", "12",
                   user=OFFICER)
    assert ran.code == 0, ran.err
    s = _statement(demo, "chiltern", "2019/20", "btp")
    [van] = s["fleet"]
    # 12 × £540.25, invoiced in arrears: 1 June 2019 was a Saturday, so Monday 3 June
    assert (Decimal(van["amount"]), van["invoice_date"]) == (Decimal("6483.00"), "2019-06-03")
    assert Decimal(s["total"]) == Decimal("6483.00")
    demo_month = _statement(demo, "chiltern", "2017/18", "cambridgeshire")
    assert Decimal(demo_month["total_fleet"]) == Decimal("280587.50")


def test_bad_input_is_refused(demo_copy) -> None:  # noqa: ANN001
    demo = _chiltern(demo_copy)
    for argv, words in ((("recharge", "usage", "chiltern", "Van", "--member", "kent", "--month", "2019-05",
                          "--vehicles", "1"), "member: kent"),
                        (("recharge", "usage", "chiltern", "Van", "--member", "btp", "--month", "2019-13",
                          "--vehicles", "1"), "month: 2019-13"),
                        (("recharge", "usage", "chiltern", "Bus", "--member", "btp", "--month", "2019-05",
                          "--vehicles", "1"), "profile: Bus"),
                        (("recharge", "cost", "seven-force", "2016/17", "Programme team", "--amount", "5"),
                         "not allowed")):
        ran = demo.run(*argv, user=OFFICER)
        if words == "not allowed":  # the Seven Force's costs are its own programme office's to record
            assert ran.code == 4
            continue
        assert ran.code == 2 and words in ran.err, (argv, ran.err)
