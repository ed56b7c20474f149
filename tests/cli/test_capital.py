"""`concord capital`: a finance officer records a capital amendment by a decision and sees the
financing still balance (or a finding when it does not); in a fresh process, on SQLite and PostgreSQL."""

from __future__ import annotations

import json
from decimal import Decimal

EDITOR = "editor@cambridgeshire-opcc.example"
VIEWER = "viewer@hertfordshire-opcc.example"


def _show(demo) -> dict:  # noqa: ANN001
    ran = demo.run("capital", "show", "cambridgeshire", "2016/17", "--json")
    assert ran.code == 0, ran.err
    return json.loads(ran.out)


def _column(view: dict, column: str) -> dict:
    return next(b for b in view["balances"] if b["column"] == column)


def test_the_demo_programme_shows_the_proposed_amendments_and_balances_within_rounding(demo_copy) -> None:  # noqa: ANN001
    view = _show(demo_copy())
    assert [a["status"] for a in view["amendments"]] == ["proposed"] * 4
    revised = _column(view, "revised")
    # the paper's revised budget, £7,408k; its scheme rows (printed in £'000) add up to £1k more
    assert Decimal(revised["financing"]) == Decimal("7408000")
    assert Decimal(revised["payments"]) - Decimal(revised["financing"]) == Decimal("1000")
    assert Decimal(revised["difference"]).copy_abs() <= Decimal(revised["tolerance"])
    assert view["findings"] == []
    sarc = next(s for s in view["schemes"] if s["code"] == "CP16/18")
    assert (Decimal(sarc["approved"]), Decimal(sarc["revised"])) == (0, Decimal("622000"))
    erp = next(s for s in view["schemes"] if s["code"] == "CP16/05")
    assert (Decimal(erp["variance"]), erp["percent_spent"]) == (Decimal("183000"), "126.9")
    # the revenue contributions are counted once, from the financing lines only
    assert Decimal(view["rcco"]) == sum(Decimal(f["revised"]) for f in view["financing"]
                                        if f["source"] == "revenue contribution")


def test_an_amendment_approved_by_a_decision_notice_moves_into_the_approved_column(demo_copy) -> None:  # noqa: ANN001
    demo = demo_copy()
    before = _column(_show(demo), "approved")
    ran = demo.run("capital", "approve", "cambridgeshire", "2016/17", "2", "--decision", "CPCC 2019-007",
                   "--on", "2016-12-20", "--json", user=EDITOR)
    assert ran.code == 0, ran.err
    done = json.loads(ran.out)
    assert done["amendment"]["status"] == "approved" and done["amendment"]["decision"] == "CPCC2019-007"
    after = _column(_show(demo), "approved")
    assert Decimal(after["payments"]) - Decimal(before["payments"]) == Decimal("622000")
    assert Decimal(after["financing"]) - Decimal(before["financing"]) == Decimal("622000")
    text = demo.run("capital", "show", "cambridgeshire", "2016").out
    assert "approved by CPCC2019-007 on 2016-12-20" in text and "balance within rounding" in text
    again = demo.run("capital", "approve", "cambridgeshire", "2016/17", "2", "--decision", "CPCC2019-007",
                     "--on", "2016-12-21", user=EDITOR)
    assert again.code == 2 and "already approved" in again.err


def test_an_amendment_without_its_financing_is_a_finding_of_show_and_check(demo_copy) -> None:  # noqa: ANN001
    demo = demo_copy()
    ran = demo.run("capital", "propose", "cambridgeshire", "2016/17", "Vehicle workshop extra works",
                   "--scheme", "CP15/10=100,000", "--on", "2016-12-16", user=EDITOR)
    assert ran.code == 0, ran.err
    assert "DO NOT BALANCE" in ran.out and "financing £0.00" in ran.out
    checked = demo.run("check", "--json")
    found = [f for f in json.loads(checked.out)["findings"] if f["kind"] == "capital_not_financed"]
    assert any("revised budget" in f["detail"] and "£101,000.00" in f["detail"] for f in found), found
    assert not any("approved budget" in f["detail"] for f in found)
    # financed after all: another proposal from a reserve, and the programme balances again
    fixed = demo.run("capital", "propose", "cambridgeshire", "2016", "Workshop works from the reserve",
                     "--financed-by", "capital reserves=100000", user=EDITOR)
    assert fixed.code == 0, fixed.err
    assert "Revised budget" in fixed.out and "balance within rounding" in fixed.out.split("Revised budget")[1]


def test_the_seeds_rcco_tables_do_not_cast_and_check_says_so(demo_copy) -> None:  # noqa: ANN001
    found = json.loads(demo_copy().run("check", "--json").out)["findings"]
    casts = [f for f in found if f["kind"] == "total_does_not_cast" and "in-year RCCO" in f["subject"]]
    details = " ".join(f["detail"] for f in casts)
    assert len(casts) == 2 and "£351,000.00" in details and "£441,144.00" in details and "£896,782.00" in details


def test_a_new_programme_its_schemes_and_financing(demo_copy) -> None:  # noqa: ANN001
    demo = demo_copy()
    steps = [
        ("capital", "add", "cambridgeshire", "2017/18", "--title", "Capital programme 2017/18"),
        ("capital", "scheme", "cambridgeshire", "2017/18", "cp17/01", "Major Repairs Planned", "--original", "500000",
         "--brought-forward", "20000", "--actual", "100000", "--forecast", "400000"),
        ("capital", "financing", "cambridgeshire", "2017", "Capital Receipts", "--original", "300000"),
        ("capital", "financing", "cambridgeshire", "2017", "Revenue Contribution to Capital Outlay",
         "--original", "220000"),
    ]
    for step in steps:
        ran = demo.run(*step, user=EDITOR)
        assert ran.code == 0, (step, ran.err)
    view = json.loads(demo.run("capital", "show", "cambridgeshire", "2017/18", "--json").out)
    [scheme] = view["schemes"]
    assert (scheme["code"], Decimal(scheme["slippage"]), scheme["percent_spent"]) == ("CP17/01", 120000, "19.2")
    assert all(Decimal(b["difference"]) == 0 for b in view["balances"]) and Decimal(view["rcco"]) == 220000
    listed = json.loads(demo.run("capital", "list", "cambridgeshire", "--json").out)
    assert [p["label"] for p in listed] == ["2016/17", "2017/18"]


def test_bad_input_names_the_field_and_writes_nothing(demo_copy) -> None:  # noqa: ANN001
    demo = demo_copy()
    before = demo.dump()
    cases = [
        (("capital", "approve", "cambridgeshire", "2016/17", "1", "--decision", "CPCC2031-001", "--on", "2016-12-20"),
         "decision: CPCC2031-001"),
        (("capital", "approve", "cambridgeshire", "2016/17", "1", "--on", "2016-12-20"), "decision"),
        (("capital", "propose", "cambridgeshire", "2016/17", "x", "--scheme", "CP16/07=5"), "numbers several schemes"),
        (("capital", "propose", "cambridgeshire", "2016/17", "x", "--scheme", "CP99/99=5"), "scheme: CP99/99"),
        (("capital", "propose", "cambridgeshire", "2016/17", "x", "--financed-by", "Gold=5"), "financing: Gold"),
        (("capital", "propose", "cambridgeshire", "2016/17", "x", "--scheme", "CP16/05"), "NAME=AMOUNT"),
        (("capital", "show", "cambridgeshire", "2016/18"), "year: 2016/18"),
        (("capital", "scheme", "cambridgeshire", "2016", "16/05", "x"), "code: 16/05"),
        (("capital", "add", "cambridgeshire", "2016", "--title", "again"), "already has a capital programme"),
    ]
    for argv, words in cases:
        ran = demo.run(*argv, user=EDITOR)
        assert ran.code == 2 and words in ran.err, (argv, ran.err)
    denied = demo.run("capital", "approve", "cambridgeshire", "2016/17", "1", "--decision", "CPCC2019-007",
                      "--on", "2016-12-20", user=VIEWER)
    assert denied.code == 4
    stale = demo.run("capital", "approve", "cambridgeshire", "2016/17", "1", "--decision", "CPCC2019-007",
                     "--on", "2016-12-20", "--expected-version", "7", user=EDITOR)
    assert stale.code == 3
    assert demo.dump() == before


def test_a_financing_line_changed_rebalances_and_a_stale_change_is_refused(demo_copy) -> None:  # noqa: ANN001
    demo = demo_copy()
    line = next(f for f in _show(demo)["financing"] if f["label"] == "Capital Reserves")
    ran = demo.run("capital", "change-financing", "cambridgeshire", "2016/17", "capital reserves", "--original",
                   "501,000", "--expected-version", str(line["version"]), user=EDITOR)
    assert ran.code == 0, ran.err
    assert "Approved budget: payments £6,674,000.00, financing £6,674,000.00: balance" in ran.out
    after = next(f for f in _show(demo)["financing"] if f["label"] == "Capital Reserves")
    assert (Decimal(after["original"]), after["version"]) == (Decimal("501000"), line["version"] + 1)
    before = demo.dump()
    stale = demo.run("capital", "change-financing", "cambridgeshire", "2016/17", "Capital Reserves", "--original",
                     "1", "--expected-version", str(line["version"]), user=EDITOR)
    assert stale.code == 3
    unknown = demo.run("capital", "change-financing", "cambridgeshire", "2016/17", "Gold", "--original", "1",
                       user=EDITOR)
    assert unknown.code == 2 and "financing: Gold" in unknown.err
    assert demo.run("capital", "change-financing", "cambridgeshire", "2016/17", "Capital Reserves", "--original",
                    "1", user=VIEWER).code == 4
    assert demo.dump() == before
