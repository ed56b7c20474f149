"""The calculators through the real `concord` command, in a fresh process."""

from __future__ import annotations

import json
from decimal import Decimal

import pytest

KENT_ESSEX_NORFOLK = ["--nre", "kent=280000000", "--nre", "essex=260000000", "--nre", "norfolk=150000000"]


def test_each_force_pays_its_printed_share(concord) -> None:  # noqa: ANN001
    ran = concord("apportion", "--total", "1200000", *KENT_ESSEX_NORFOLK, "--json")
    assert ran.code == 0, ran.err
    shares = {r["force"]: r for r in json.loads(ran.out)["shares"]}
    assert shares["kent"]["share_percent"] == "40.6"
    assert shares["kent"]["amount"] == "487200.00"  # 40.6 % of £1,200,000, not £486,956.52
    assert sum(Decimal(r["amount"]) for r in shares.values()) == Decimal("1200000")
    plain = concord("apportion", "--total", "1200000", *KENT_ESSEX_NORFOLK)
    assert "487,200.00" in plain.out and "Method: Largest remainder" in plain.out
    assert "printed share" in plain.out


def test_a_force_whose_share_rounds_to_nothing_pays_nothing_and_is_told_why(concord) -> None:  # noqa: ANN001
    ran = concord("apportion", "--total", "1000", "--nre", "kent=100000", "--nre", "essex=1")
    assert ran.code == 0, ran.err
    essex = next(line for line in ran.out.splitlines() if line.startswith("essex"))
    assert "0.0%" in essex and "£" in essex and "0.00" in essex and "rounds to 0.0 %" in essex


@pytest.mark.parametrize("args, field, typed", [
    (["apportion", "--total", "0", "--nre", "kent=1"], "--total", "0"),
    (["apportion", "--total", "0.00", "--nre", "kent=1"], "--total", "0.00"),
    (["apportion", "--total", "1" + "0" * 39, "--nre", "kent=1"], "--total", "1" + "0" * 39),
    (["apportion", "--total", "12345678901234567890", "--nre", "kent=1"], "--total", "12345678901234567890"),
    (["vote", "--member", "a", "--member", "b", "--host", "a", "--host-share", "abc"], "--host-share", "abc"),
    (["vote", "--member", "a", "--member", "b", "--host", "a", "--host-share", "100"], "--host-share", "100"),
    (["vote", "--member", "a", "--for", "a", "--basis", "most"], "--basis", "most"),
    (["notice-deadline", "--meeting", "2016-12-16", "--clear-days", "1000000"], "--clear-days", "1000000"),
    (["notice-deadline", "--meeting", "2016-12-16", "--clear-days", "two"], "--clear-days", "two"),
    (["notice-deadline", "--meeting", "0001-01-01"], "--meeting", "0001-01-01"),
    (["foi-deadline", "--received", "2016-12-16", "--working-days", "3000000"], "--working-days", "3000000"),
    (["foi-deadline", "--received", "9999-12-31"], "--received", "9999-12-31"),
])
def test_bad_input_exits_2_naming_the_field_and_the_value_as_typed(concord, args, field, typed) -> None:  # noqa: ANN001
    ran = concord(*args)
    assert ran.code == 2, (ran.out, ran.err)
    assert "Traceback" not in ran.err
    assert f"{field}: {typed} " in ran.err


def test_bounds_are_stated_in_the_errors(concord) -> None:  # noqa: ANN001
    assert "from 0 to 60" in concord("notice-deadline", "--meeting", "2016-12-16", "--clear-days", "61").err
    assert "from 1 to 260" in concord("foi-deadline", "--received", "2016-12-16", "--working-days", "261").err
    assert "1900-01-01 to 2099-12-31" in concord("notice-deadline", "--meeting", "1899-12-31").err
    assert concord("notice-deadline", "--meeting", "2016-12-16", "--clear-days", "60").code == 0


def test_the_rule_for_carrying_a_motion_is_an_option_and_is_shown(concord) -> None:  # noqa: ANN001
    args = ["vote", "--member", "a", "--member", "b", "--member", "c", "--member", "d",
            "--for", "a", "--for", "b", "--against", "c"]
    present = concord(*args, "--basis", "present")  # 50 of the 75 present
    assert present.code == 0, present.err
    assert "Rule: a motion is carried by more than half of the weight of the members present" in present.out
    assert present.out.splitlines()[-1].startswith("carried by 50.0 % to 25.0 %")
    whole = concord(*args)  # the default: more than half of all the weight; 50 is not
    assert "more than half of all the voting weight" in whole.out
    assert whole.out.splitlines()[-1].startswith("not carried")


def test_a_forum_s_rule_is_used_and_named(concord) -> None:  # noqa: ANN001
    assert concord("demo").code == 0
    ran = concord("vote", "--member", "metropolitan", "--member", "kent", "--host", "metropolitan",
                  "--for", "metropolitan", "--forum", "soh-national-steering-group")
    assert ran.code == 0, ran.err
    assert "Single Online Home National Steering Group" in ran.out and "all the voting weight" in ran.out
    unknown = concord("vote", "--member", "a", "--forum", "atlantis")
    assert unknown.code == 2 and "--forum: atlantis " in unknown.err
