"""Forms of a PCC website's listing of decisions, each on one invented office's page, read through the real
`concord ingest --json` in a fresh process: cards each titled over their Reference, Date and Decision maker labels; a
table copied one cell a line; entries whose line opens with the date; a sentence under each entry naming who decided
and when; and entries printed as links with the decision's number and the file's size."""

from __future__ import annotations

import pytest

from tests.ingest.ingesting import ingest_text

HEAD = "Source: invented\n\nDecisions\n\nNorthshire Police and Crime Commissioner\n\n"
TITLES = ["Body-worn video cameras", "Fleet replacement", "Estates strategy"]
REFS = ["2024/016", "2024/017", "2024/018"]
DATES = ["14 March 2024", "20 March 2024", "2 April 2024"]
ISO = ["2024-03-14", "2024-03-20", "2024-04-02"]
MAKERS = ["Police and Crime Commissioner", "Deputy Police and Crime Commissioner", "Police and Crime Commissioner"]
SHORT = ["PCC", "DPCC", "PCC"]
ROWS = list(zip(REFS, TITLES, DATES, MAKERS))


def _decisions(concord, tmp_path, body: str) -> list[tuple]:  # noqa: ANN001
    out = ingest_text(concord, tmp_path, HEAD + body)
    return [(d["reference"], d["subject"], d["date"], d["decision_maker"]) for d in out["decision_notices"]]


@pytest.mark.parametrize("body, makers", [
    ("\n".join(f"{t}\nReference: {r}\nDate: {d}\nDecision maker: {m}\n" for r, t, d, m in ROWS), MAKERS),
    ("Reference\nTitle\nDecision maker\nDate\n" + "\n".join(f"{r}\n{t}\n{s}\n{d}" for (r, t, d, _), s in zip(ROWS, SHORT)),
     SHORT),
    ("\n".join(f"Decision {r}: {t}\nDecision made by the {m} on {d}.\n" for r, t, d, m in ROWS), MAKERS),
], ids=["cards", "table-one-cell-a-line", "made-by-sentence"])
def test_each_entry_with_its_maker(concord, tmp_path, body, makers):
    assert _decisions(concord, tmp_path, body) == list(zip(REFS, TITLES, ISO, makers))


@pytest.mark.parametrize("body, dated", [
    ("\n".join(f"{d} - {t} - {r}" for r, t, d, _ in ROWS), True),
    ("\n".join(f"Decision {r} {t} (PDF, {k}KB)" for (r, t, _, _), k in zip(ROWS, (120, 98, 101))), False),
], ids=["date-first", "links"])
def test_entries_one_a_line(concord, tmp_path, body, dated):
    assert _decisions(concord, tmp_path, body) == list(zip(REFS, TITLES, ISO if dated else [None] * 3, [None] * 3))


def test_a_table_one_cell_a_line_ends_where_a_row_falls_out_of_step(concord, tmp_path):
    """A row whose date cell was left empty prints one line fewer: the rows after it would be read out of step, so
    the table ends there (the rows before it stand)."""
    body = ("Reference\nTitle\nDecision maker\nDate\n2024/016\nBody-worn video cameras\nPCC\n14/03/2024\n"
            "2024/017\nFleet replacement\nDPCC\n20/03/2024\n2024/018\nEstates strategy\nPCC\n"
            "2024/019\nDrones\nPCC\n03/04/2024\n")
    got = _decisions(concord, tmp_path, body)
    assert got[:2] == [("2024/016", "Body-worn video cameras", "2024-03-14", "PCC"),
                       ("2024/017", "Fleet replacement", "2024-03-20", "DPCC")]
    assert all(r != "2024/019" or s == "Drones" for r, s, _, _ in got)
    assert not any(s in ("PCC", "2024/019") or r == "Estates strategy" for r, s, _, _ in got)  # no cell out of step


@pytest.mark.parametrize("body", [
    "\n".join(f"Decision Notice {r}: {t}" for r, t in zip(REFS, TITLES)),
    "\n".join(f"Record of Decision {r} - {t}" for r, t in zip(REFS, TITLES)),
    "\n\n".join(f"{t}\nDecision {r}\nRead more" for r, t in zip(REFS, TITLES)),
], ids=["notice-headings", "record-headings", "cards-headed-by-number"])
def test_entries_headed_as_notices_one_after_another_are_each_a_record(concord, tmp_path, body):
    """Numbered decision headings of one shape, each its own number, a few lines apart: a listing's entries, not one
    notice printing its number twice."""
    assert [(r, s) for r, s, _, _ in _decisions(concord, tmp_path, body)] == list(zip(REFS, TITLES))


def test_a_title_over_its_number_and_date(concord, tmp_path):
    body = "\n\n".join(f"{t}\n{r} | {d}" for r, t, d, _ in ROWS)
    assert _decisions(concord, tmp_path, body) == list(zip(REFS, TITLES, ISO, [None] * 3))


def test_cards_headed_by_number_dated_on_the_line_under_it(concord, tmp_path):
    body = "\n\n".join(f"{t}\nDecision {r}\n{d}\nRead more" for r, t, d, _ in ROWS)
    assert _decisions(concord, tmp_path, body) == list(zip(REFS, TITLES, ISO, [None] * 3))


# cards close together, each a title over its reference and date, under the page's heading: the second card is told
# from the first (merged into the page's heading), not from the heading, which prints no number
CLOSE_CARDS = "Record of decisions\n\n" + "".join(
    f"{t}\nDecision number: {r}\nDate signed: {d}\nCategory: Finance\nView decision\n\n"
    for t, r, d in zip(TITLES, REFS, DATES))


def test_close_cards_under_the_pages_heading_are_each_a_record(concord, tmp_path):
    recs = ingest_text(concord, tmp_path, CLOSE_CARDS)["decision_notices"]
    assert [(r["reference"], r["subject"], r["date"]) for r in recs] == [
        ("2024/016", "Body-worn video cameras", "2024-03-14"), ("2024/017", "Fleet replacement", "2024-03-20"),
        ("2024/018", "Estates strategy", "2024-04-02")]


# the page's "Decisions" heading over its introduction, then cards headed "Decision 2024/016"
INTRODUCED = "Decisions\n\nThe Commissioner publishes a record of every decision of significant public interest.\n\n" + \
    "".join(f"Decision {r}\n{t}\nDate: {d}\nDecision maker: Police and Crime Commissioner\nRead more\n\n"
            for t, r, d in zip(TITLES, REFS, DATES))


def test_the_pages_introduction_is_no_decision(concord, tmp_path):
    recs = ingest_text(concord, tmp_path, INTRODUCED)["decision_notices"]
    assert [r["reference"] for r in recs] == REFS
    assert [r["decision"] for r in recs] == ["", "", ""]  # not "The Commissioner publishes a record ..." for the first
    assert recs[0]["subject"] == "Body-worn video cameras"
