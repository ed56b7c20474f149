"""PCC sites' decision listings saved as web pages: a table whose title cells link each decision's file ("Fleet
replacement (PDF, 98KB)"), and a log of cards, each a heading, its labelled number and date, a sentence stating the
decision and a "Read more" link. Each entry is a record with its subject alone (no link's file), and each card's
title is its own, not left behind in the card above. Bodies and facts invented; read through the real `concord ingest
--json`."""

from tests.ingest.ingesting import ingest_text

TABLE = """<html><head><title>Decisions | Northshire PCC</title></head><body>
<nav><a href="/">Home</a> &gt; <a href="/decisions">Decisions</a></nav>
<h1>Decisions 2021</h1>
<table>
<thead><tr><th>Reference</th><th>Title</th><th>Date</th><th>Decision maker</th></tr></thead>
<tbody>
<tr><td>2021/01</td><td><a href="/d/1.pdf">Custody healthcare contract (PDF, 120KB)</a></td><td>12/01/2021</td><td>PCC</td></tr>
<tr><td>2021/02</td><td><a href="/d/2.pdf">Fleet replacement (PDF, 98KB)</a></td><td>03/02/2021</td><td>Deputy PCC</td></tr>
<tr><td>2021/03</td><td><a href="/d/3.pdf">Victims hub grant (PDF, 101KB)</a></td><td>15/03/2021</td><td>PCC</td></tr>
</tbody></table>
</body></html>
"""

CARDS = """<html><body>
<h1>Decision log</h1>
<div class="card"><h2>Custody healthcare contract</h2><p>Decision number: 2021/01</p><p>Date: 12 January 2021</p>
<p>The Commissioner approved a two-year extension of the custody healthcare contract.</p><a href="#">Read more</a></div>
<div class="card"><h2>Fleet replacement</h2><p>Decision number: 2021/02</p><p>Date: 3 February 2021</p>
<p>The Commissioner approved the replacement of 60 vehicles.</p><a href="#">Read more</a></div>
<div class="card"><h2>Victims hub grant</h2><p>Decision number: 2021/03</p><p>Date: 15 March 2021</p>
<p>The Commissioner approved a grant of £50,000.</p><a href="#">Read more</a></div>
</body></html>
"""

TITLES = ["Custody healthcare contract", "Fleet replacement", "Victims hub grant"]


def test_a_table_whose_titles_link_the_files(concord, tmp_path):
    out = ingest_text(concord, tmp_path, TABLE, name="decisions.html")
    assert [(r["reference"], r["subject"], r["decision_maker"]) for r in out["decision_notices"]] == [
        ("2021/01", TITLES[0], "PCC"), ("2021/02", TITLES[1], "Deputy PCC"), ("2021/03", TITLES[2], "PCC")]


def test_cards_each_with_its_title(concord, tmp_path):
    out = ingest_text(concord, tmp_path, CARDS, name="log.html")
    assert [(r["reference"], r["subject"], r["date"]) for r in out["decision_notices"]] == [
        ("2021/01", TITLES[0], "2021-01-12"), ("2021/02", TITLES[1], "2021-02-03"), ("2021/03", TITLES[2], "2021-03-15")]
    assert out["decision_notices"][1]["decision"] == "The Commissioner approved the replacement of 60 vehicles."
