"""A capital monitoring table headed "Approved budget / Spend to date / Forecast / Variance": its variance is the
forecast's against the year's budget, not the spend to date's, so a table whose figures agree is not flagged, while a
variance that neither the spend nor the forecast explains still is. Bodies and facts invented; read through the real
`concord ingest --json`."""

from tests.ingest.ingesting import ingest_text

TABLE = """Capital programme monitoring 2022/23

| Scheme | Approved budget £000 | Spend to date £000 | Forecast £000 | Variance £000 |
|---|---|---|---|---|
| Estates | 4,250 | 1,120 | 3,900 | -350 |
| Fleet | 2,100 | 980 | 2,100 | 0 |
| ICT | 3,600 | 1,450 | 3,750 | {ict} |
| Total capital programme | 9,950 | 3,550 | 9,750 | -200 |
"""


def test_a_forecast_variance_beside_spend_to_date_is_not_flagged(concord, tmp_path):
    [table] = ingest_text(concord, tmp_path, TABLE.format(ict="150"))["tables"]
    assert table["column_types"] == ["budget", "actual", "forecast", "variance"]
    assert "_checks" not in table


def test_a_variance_nothing_explains_is_flagged(concord, tmp_path):
    [table] = ingest_text(concord, tmp_path, TABLE.format(ict="510"))["tables"]
    assert [(c["check"], c["row"], c["printed"]) for c in table["_checks"] if c["check"] == "variance"] == [
        ("variance", "ICT", 510)]


def test_a_row_without_its_spend_is_not_checked_against_the_forecast(concord, tmp_path):
    # the variance is checked against the spend first: with no spend printed there is nothing to check it against
    text = TABLE.format(ict="510").replace("| ICT | 3,600 | 1,450 |", "| ICT | 3,600 | - |")
    [table] = ingest_text(concord, tmp_path, text)["tables"]
    assert not [c for c in table.get("_checks", []) if c["check"] == "variance"]
