"""`concord paper revenue`: the month's monitoring statement as a paper, its figures read back from the
DOCX and held against `concord revenue show` and `concord revenue compare` on the same register."""

from __future__ import annotations

import json
from decimal import ROUND_HALF_UP, Decimal
from pathlib import Path

from tests.papers.readback import docx_headings, docx_tables, pdf_pages

FIGURES = ("full_year_budget", "ytd_budget", "actual", "variance", "forecast", "forecast_variance")
NAME = "revenue-cambridgeshire-2016-m6"


def _k(pounds: str | None) -> str:
    """Exact pounds as a paper in £'000 prints them."""
    if pounds is None:
        return "-"
    return f"{(Decimal(pounds) / 1000).quantize(Decimal(1), rounding=ROUND_HALF_UP):,}"


def test_the_revenue_paper_groups_the_months_lines_and_compares_with_the_month_before(concord, tmp_path: Path) -> None:  # noqa: ANN001
    assert concord("demo").code == 0
    for fmt in ("docx", "pdf"):
        ran = concord("paper", "revenue", "cambridgeshire", "--year", "2016", "--month", "6", "--format", fmt,
                      "--out", tmp_path)
        assert ran.code == 0, ran.err
    shown = json.loads(concord("revenue", "show", "cambridgeshire", "--year", "2016", "--month", "6", "--json").out)
    moved = json.loads(concord("revenue", "compare", "cambridgeshire", "--year", "2016", "--month", "6", "--json").out)
    tables = docx_tables(tmp_path / f"{NAME}.docx")
    by_group = next(t for t in tables if t[0][0] == "Group" and t[0][1] == "Full-year budget")
    want = [[g["title"], *(_k(g["figures"][f]) for f in FIGURES)] for g in shown["groups"]]
    want.append(["Total", *(_k(shown["total"][f]) for f in FIGURES)])
    assert by_group[1:] == want
    against = next(t for t in tables if t[0][1] == "Forecast, month 5")
    want = [[g["title"], _k(g["before"]["forecast"]), _k(g["now"]["forecast"]), _k(g["movement"]["forecast"]),
             _k(g["before"]["forecast_variance"]), _k(g["now"]["forecast_variance"]),
             _k(g["forecast_variance_movement"])] for g in moved["groups"]]
    t = moved["total"]
    want.append(["Total", _k(t["before"]["forecast"]), _k(t["now"]["forecast"]),
                 _k(str(Decimal(t["now"]["forecast"]) - Decimal(t["before"]["forecast"]))),
                 _k(t["before"]["forecast_variance"]), _k(t["now"]["forecast_variance"]),
                 _k(t["forecast_variance_movement"])])
    assert against[1:] == want
    # the appendix: every line under its group, each group's total after its lines
    lines = next(t for t in tables if t[0][0] == "Line")
    labels = [row[0] for row in lines[1:]]
    assert labels[-1] == "Total" and len(labels) > 60
    assert [x for x in labels if x.startswith("Total ")] == [f"Total {g['title'].lower()}" for g in shown["groups"]]
    assert "Police officers: Police Officer Pay & Allowances" in labels
    assert labels.index("Total employee costs") > labels.index("Police officers: Police Officer Pay & Allowances")
    row = lines[1 + labels.index("Police officers: Police Officer Pay & Allowances")]
    assert row[1:] == ["46,589", "23,194", "23,273", "79", "46,376", "-213"]
    assert ("Heading 1", "Revenue budget monitoring: 2016/17, month 6") in docx_headings(
        tmp_path / f"{NAME}.docx")
    text = " ".join(pdf_pages(tmp_path / f"{NAME}.pdf"))
    assert "2016/17 month 6 (September 2016)" in text and "Forecast variance by group" in text and "Against month 5" in text
    assert f"forecast variance {_k(shown['total']['forecast_variance'])} (£'000)" in text


def test_a_month_the_register_has_no_figures_for_is_refused(concord, tmp_path: Path) -> None:  # noqa: ANN001
    assert concord("demo").code == 0
    ran = concord("paper", "revenue", "cambridgeshire", "--year", "2016", "--month", "4", "--out", tmp_path)
    assert ran.code == 2 and "--month" in ran.err and "4" in ran.err
