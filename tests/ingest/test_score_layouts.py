"""devtools.ingest.score_layouts: the rewrites keep a paper's words and its source line, and change only its layout."""

from __future__ import annotations

from devtools.ingest.score_layouts import LAYOUTS

PAPER = ("Source: https://example.org/minutes\n\nMinutes of the Northshire Joint Audit Committee\nDate: 12 March 2025\n"
         "Present: Jane Adley (Chair), Robert Brennan, Sunita Chaudry, Mark Dobson, Helen Ewart and Peter Fenwick of "
         "the Office of the Police and Crime Commissioner\nService  Budget  Forecast\nPolicing  45,200  44,950\n")


def test_every_rewrite_keeps_the_source_line_and_the_words():
    for name, rewrite in LAYOUTS.items():
        out = rewrite(PAPER)
        assert out.split("\n", 1)[0] == "Source: https://example.org/minutes", name
        words = [w.rstrip(":") for w in PAPER.split()]
        assert [w.strip("*").rstrip(":") for w in out.split() if w not in ("-", "##")] == words or name in ("no-break spaces",
                                                                                    "dates in figures",
                                                                                    "page furniture between pages"), name


def test_the_rewrites_change_the_layout_they_name():
    assert LAYOUTS["as printed"](PAPER) == PAPER
    assert "Committee\n\nDate: 12 March 2025\n\nPresent:" in LAYOUTS["every line break doubled"](PAPER)
    assert "Date: 12 March 2025\n\nPresent:" in LAYOUTS["each line a paragraph"](PAPER)
    assert "minutes\n\n\nMinutes" in LAYOUTS["every line break doubled"](PAPER)  # a blank line doubled too
    assert "minutes\n\nMinutes" in LAYOUTS["each line a paragraph"](PAPER)  # a blank line kept as it was
    wrapped = LAYOUTS["wrapped at 72"](PAPER)
    assert max(len(ln) for ln in wrapped.split("\n")[1:]) <= 72
    assert "Policing  45,200  44,950" in wrapped  # a table's row kept whole
    assert "\u00a0" in LAYOUTS["no-break spaces"](PAPER)
    assert "Date - 12 March 2025" in LAYOUTS["labels with a dash"](PAPER)
    assert LAYOUTS["flattened onto one line"](PAPER).count("\n") == 1
    run = LAYOUTS["paragraphs' lines run together"](PAPER)  # the blank line kept, the lines after it one
    assert run.split("\n")[1:] == ["", PAPER.split("\n\n")[1].replace("\n", " ").rstrip(), ""]
    assert "Date: 12/03/2025\n" in LAYOUTS["dates in figures"](PAPER)
    long = "Source: x\n" + "\n".join(f"line {k}" for k in range(60))
    assert LAYOUTS["page furniture between pages"](long).count("OFFICIAL") == 2
    assert "line 24\n\nPage 1 of 3\nOFFICIAL\n\nline 25" in LAYOUTS["page furniture between pages"](long)
    stacked = LAYOUTS["table cells one a line"](PAPER + "| Name | Role |\n|---|---|\n| Ann Roe | Chair |\n")
    assert "Service\nBudget\nForecast\nPolicing\n45,200\n44,950\n" in stacked  # each cell a line
    assert stacked.endswith("Name\nRole\nAnn Roe\nChair\n")  # a bar table's rule row dropped
    assert "Present: Jane Adley (Chair), Robert Brennan," in stacked  # running text kept as it was
    md = LAYOUTS["Markdown from a converter"](PAPER)
    assert "**Date:** 12 March 2025\n**Present:** Jane Adley" in md  # each line's label in bold
    assert "\n## Minutes of the Northshire Joint Audit Committee\n" in md  # a heading alone under a blank line
    assert "\nService  Budget  Forecast\n" in md  # a table's heads are no heading
