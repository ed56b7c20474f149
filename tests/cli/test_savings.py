"""`concord savings`: savings predicted against delivered, per force and per alliance, with the
spend on collaboration beside them; in a fresh process, on SQLite and PostgreSQL."""

from __future__ import annotations

import json
from decimal import Decimal

EDITOR = "editor@cambridgeshire-opcc.example"
VIEWER = "viewer@hertfordshire-opcc.example"


def _register(demo, *argv: str) -> dict:  # noqa: ANN001
    ran = demo.run("savings", "show", *argv, "--json")
    assert ran.code == 0, ran.err
    return json.loads(ran.out)


def test_a_forces_saving_and_spend_roll_up_by_year_beside_each_other(demo_copy) -> None:  # noqa: ANN001
    demo = demo_copy()
    steps = (("savings", "add", "bch", "Custody shift pattern", "--period", "2017/18", "--member", "cambridgeshire",
              "--predicted", "150,000", "--non-cashable", "--owner", "Head of Custody", "--due", "2018-03-31",
              "--function", "criminal justice and custody", "--measure", "overtime hours", "--baseline", "400000"),
             ("savings", "add", "bch", "Fleet procurement", "--period", "2017/2018", "--member", "cambridgeshire",
              "--predicted", "50000.50"),
             ("savings", "spend", "bch", "2017/18", "--member", "cambridgeshire", "--amount", "29,000,000"))
    for argv in steps:
        ran = demo.run(*argv, user=EDITOR)  # a force's own OPCC records that force's savings
        assert ran.code == 0, (argv, ran.err)
    reg = _register(demo, "bch", "--member", "cambridgeshire")
    custody = next(x for x in reg["lines"] if x["description"] == "Custody shift pattern")
    assert (custody["cashable"], custody["function"], custody["due_on"]) == (
        False, "Criminal Justice and Custody", "2018-03-31")
    [force] = reg["by_force"]
    by_period = {t["period"]: t for t in force["by_period"]}
    assert Decimal(by_period["2017/18"]["predicted"]) == Decimal("200000.50")  # exact, both in one year
    assert Decimal(force["all_years"]["predicted"]) == Decimal("2400000.50")  # and the seed's £2.2m
    assert Decimal(force["cashable"]) == Decimal("2250000.50")
    spend = next(s for s in reg["spend"] if s["year"] == "2017/18")
    assert (Decimal(spend["spend"]), Decimal(spend["predicted"])) == (Decimal("29000000"), Decimal("200000.50"))
    ran = demo.run("savings", "deliver", str(custody["id"]), "--delivered", "90000", user=EDITOR)
    assert ran.code == 0, ran.err
    after = _register(demo, "--member", "cambridgeshire")
    assert Decimal(after["by_force"][0]["all_years"]["delivered"]) == Decimal("90000")


def test_the_demo_has_the_seeds_savings(demo_copy) -> None:  # noqa: ANN001
    reg = _register(demo_copy(), "bch")
    firearms = next(x for x in reg["lines"] if x["function"] == "Firearms and Explosives Licensing")
    assert (Decimal(firearms["predicted"]), Decimal(firearms["delivered"])) == (110000, 200000)
    assert any(Decimal(s["spend"]) == Decimal("28521000") for s in reg["spend"])


def test_bad_input_and_permissions(demo_copy) -> None:  # noqa: ANN001
    demo = demo_copy()
    for argv, words in ((("savings", "add", "bch", "x", "--period", "2017/19", "--predicted", "1",
                          "--member", "cambridgeshire"), "period: 2017/19"),
                        (("savings", "add", "bch", "x", "--period", "2017/18", "--member", "cambridgeshire"),
                         "predicted"),
                        (("savings", "add", "bch", "x", "--period", "2017/18", "--predicted", "1",
                          "--member", "kent"), "member: kent"),
                        (("savings", "add", "bch", "x", "--period", "2017/18", "--predicted", "1",
                          "--member", "cambridgeshire", "--function", "Dogs and cats"), "function: Dogs and cats")):
        ran = demo.run(*argv, user=EDITOR)
        assert ran.code == 2 and words in ran.err, (argv, ran.err)
    # Cambridgeshire's OPCC does not record Hertfordshire's savings, nor the alliance's as a whole
    for extra in (["--member", "hertfordshire"], []):
        ran = demo.run("savings", "add", "bch", "x", "--period", "2017/18", "--predicted", "1", *extra, user=EDITOR)
        assert ran.code == 4, ran.err


def _alliance_total(reg: dict, slug: str) -> Decimal:
    return Decimal(next(r for r in reg["by_alliance"] if r["name"] == slug)["all_years"]["predicted"])


def test_a_forces_share_of_a_saving_the_alliance_records_whole_is_counted_once(demo_copy) -> None:  # noqa: ANN001
    demo = demo_copy()
    before = _register(demo, "bch")
    whole = next(x for x in before["lines"] if x["project"] == "bch-collaboration-savings" and x["force"] is None)
    share = next(x for x in before["lines"] if x["project"] == "bch-collaboration-savings" and x["force"])
    # the seeds' £2.2m for Cambridgeshire is its share of the alliance's £5.0m, not £2.2m more
    others = sum((Decimal(x["predicted"] or 0) for x in before["lines"] if x["id"] not in (whole["id"], share["id"])),
                 Decimal(0))
    assert _alliance_total(before, "bch") == Decimal(whole["predicted"]) + others
    for argv in ((("savings", "add", "bch", "Cambridgeshire's part, again", "--period", "2018/19", "--member",
                   "cambridgeshire", "--predicted", "300000", "--project", "bch-collaboration-savings")),
                 (("savings", "add", "bch", "A saving of Cambridgeshire's own", "--period", "2018/19", "--member",
                   "cambridgeshire", "--predicted", "1234.56", "--project", "bch-custody"))):
        ran = demo.run(*argv, user=EDITOR)
        assert ran.code == 0, ran.err
    after = _register(demo, "bch")
    # the share inside the whole adds nothing to the alliance; the force's own saving adds itself
    assert _alliance_total(after, "bch") == _alliance_total(before, "bch") + Decimal("1234.56")
    force = next(r for r in after["by_force"] if r["name"] == "cambridgeshire")
    was = next(r for r in before["by_force"] if r["name"] == "cambridgeshire")
    assert Decimal(force["all_years"]["predicted"]) == Decimal(was["all_years"]["predicted"]) + Decimal("301234.56")


def test_a_force_in_two_alliances_has_each_alliances_savings_beside_that_alliances_spend(demo_copy) -> None:  # noqa: ANN001
    demo = demo_copy()
    for argv in (("savings", "add", "chiltern", "Fleet procurement", "--period", "2017/18", "--member",
                  "cambridgeshire", "--predicted", "10"),
                 ("savings", "spend", "chiltern", "2017/18", "--member", "cambridgeshire", "--amount", "5"),
                 ("savings", "add", "bch", "Custody shifts", "--period", "2017/18", "--member", "cambridgeshire",
                  "--predicted", "150000"),
                 ("savings", "spend", "bch", "2017/18", "--member", "cambridgeshire", "--amount", "7")):
        ran = demo.run(*argv, user=EDITOR)
        assert ran.code == 0, (argv, ran.err)
    spend = {(s["alliance"], s["year"]): Decimal(s["predicted"]) for s in _register(demo, "--member",
                                                                                    "cambridgeshire")["spend"]
             if s["predicted"] is not None}
    assert spend == {("chiltern", "2017/18"): Decimal("10"), ("bch", "2017/18"): Decimal("150000")}
