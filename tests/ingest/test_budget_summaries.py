"""Budget monitoring papers as some bodies print them: every figure with its own unit ("£98.4m") beside a column of
percentages, and a summary of the position in sentences with no table at all. Bodies and figures invented; read
through the real `concord ingest` in a fresh process."""

from tests.ingest.ingesting import ingest_text

UNIT_IN_EACH_CELL = """Source: https://example.org/finance/month-6.html
Finance Report: Month 6 (September 2021)

Revenue Outturn Forecast
 \tAnnual Budget\tForecast Outturn\tVariance\tVariance %
Police Officer Pay\t£98.4m\t£97.9m\t-£0.5m\t-0.5%
Police Staff Pay\t£41.2m\t£41.7m\t£0.5m\t1.2%
Overtime\t£3.1m\t£3.6m\t£0.5m\t16.1%
Supplies and Services\t£12.0m\t£11.8m\t-£0.2m\t-1.7%
Total\t£154.7m\t£155.0m\t£0.3m\t0.2%
"""


def test_a_unit_in_each_figure_beside_a_column_of_percentages(concord, tmp_path):  # noqa: ANN001
    [table] = ingest_text(concord, tmp_path, UNIT_IN_EACH_CELL)["tables"]
    assert table["unit"] == "GBP_millions"  # (the percentages print no unit; they do not make it plain pounds)
    assert table["rows"][0] == {"label": "Police Officer Pay", "values": [98.4, 97.9, -0.5, -0.5]}
    assert table["rows"][-1]["values"] == [154.7, 155.0, 0.3, 0.2]


SUMMARY = """Source: https://example.org/finance/budget-monitoring-month-10.html
Budget Monitoring Report - Month 10

Summary
The revenue budget for 2022/23 is £265.4m. The forecast outturn at month 10 is £264.1m, an underspend of £1.3m (0.5%).
Police officer pay is forecast to underspend by £2.1m. Overtime is forecast to overspend by £0.9m.
The capital programme of £18.2m is forecast to spend £15.7m, a slippage of £2.5m.
"""

FEW_SUMS = """Source: https://example.org/news/budget-monitoring.html
Budget monitoring in the force

The Commissioner visited the finance team to see how the budget is watched through the year.
He thanked the staff for their work on the £2m savings plan.
"""


def test_a_summary_in_sentences_is_a_report(concord, tmp_path):  # noqa: ANN001
    out = ingest_text(concord, tmp_path, SUMMARY)
    [doc] = out["documents"]
    assert doc["kind"] == "report"
    assert out["tables"] == []  # (sums in sentences are no table)


def test_a_page_with_a_sum_or_two_under_such_a_heading_stays_other(concord, tmp_path):  # noqa: ANN001
    """A control: a news page under a heading that names budget monitoring, stating one sum."""
    [doc] = ingest_text(concord, tmp_path, FEW_SUMS)["documents"]
    assert doc["kind"] == "other"
