"""`concord check` on the demo's finance: the totals that do not cast, with their
differences written as money is written (a minus before the pound sign)."""

from __future__ import annotations


def test_totals_that_do_not_cast_show_their_difference_as_money(concord) -> None:  # noqa: ANN001
    assert concord("demo").code == 0
    ran = concord("check", "--as-of", "2021-01-15")
    assert ran.code == 0, ran.err
    text = " ".join(ran.out.split())
    assert "in-year RCCO schemes approved by the PCC" in text
    assert "(difference -£125,160.00)" in text and "£-" not in text
