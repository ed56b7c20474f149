"""The finance charts are pure: plain labels and Decimals in, SVG and PNG out."""

from __future__ import annotations

from decimal import Decimal
from xml.etree import ElementTree

import pytest

from concord import charts

YEARS = ["2017/18", "2018/19", "2019/20", "2020/21"]


@pytest.mark.parametrize("make", [
    lambda: charts.spend_against_savings(YEARS, [Decimal(1)] * 4, [Decimal(2)] * 4, [Decimal(1), None, None, None]),
    lambda: charts.variance_by_line(["Pay", "Premises"], [Decimal("-465.4"), Decimal(12)]),
    lambda: charts.mtfp_gap(YEARS, [Decimal(135507), Decimal(138717), Decimal(140928), Decimal(143171)],
                            [Decimal(131688), Decimal(133375), Decimal(135148), Decimal(136790)], "£'000"),
    lambda: charts.capital_against_budget(["Land", "Fleet"], [Decimal(3133), Decimal(2049)], [Decimal(1529), None]),
])
def test_each_chart_is_svg_and_png(make) -> None:  # noqa: ANN001
    chart = make()
    assert chart.png[:8] == b"\x89PNG\r\n\x1a\n"
    assert ElementTree.fromstring(chart.svg.encode()).tag.endswith("svg")
    assert chart.title in chart.svg and chart.description


def test_the_gap_is_labelled_as_a_difference() -> None:
    chart = charts.mtfp_gap(["2017/18"], [Decimal(135507)], [Decimal(131688)], "£'000")
    assert "gap 3,819" in chart.svg  # 135,507 - 131,688, never a sum


def test_labels_and_values_must_match() -> None:
    with pytest.raises(ValueError, match="2 labels but 1 values"):
        charts.variance_by_line(["a", "b"], [Decimal(1)])
