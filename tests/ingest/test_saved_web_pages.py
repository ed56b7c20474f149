"""Papers saved from a browser as HTML: a list's entries keep their bullets or numbers, a line break inside a block is
one line break, and a page whose every line is a block of its own (a label's paragraph over its value's, a PDF's
lines each a paragraph) is read as its text would be. A dev corpus paper written as its web page
(devtools.ingest.html_drawing) and invented pages, read through the real `concord ingest` in a fresh process."""

import json

from devtools.ingest.html_drawing import page_html
from tests.ingest.ingesting import CORPUS, ingest_text


def test_the_members_listed_under_the_heading_of_a_saved_page(concord, tmp_path):  # noqa: ANN001
    """The MPA audit panel's members are a bulleted list under the minutes' heading, with no label over it."""
    name = "mpa-audit-panel-2004-05-27"
    gold = json.loads((CORPUS / "gold" / f"{name}.json").read_text(encoding="utf-8"))["meetings"][0]
    page = page_html((CORPUS / "papers" / f"{name}.txt").read_text(encoding="utf-8"))
    assert "<ul><li>Sir John Quinton (Chair)</li>" in page
    meeting = one_meeting_html(concord, tmp_path, page)
    assert meeting["members"] == gold["members"]
    assert sorted(meeting["in_attendance"]) == sorted(gold["in_attendance"])


def one_meeting_html(concord, tmp_path, page: str) -> dict:  # noqa: ANN001
    [meeting] = ingest_text(concord, tmp_path, page, "page.html")["meetings"]
    return meeting


LINE_BREAKS = """<!DOCTYPE html><html><body><main>
<h1>Northshire Joint Audit Committee</h1>
<p><strong>Minutes of the meeting held on 18 February 2014</strong></p>
<p><strong>Venue:</strong> Durham Room,<br>Police Headquarters,<br>Aykley Heads, Durham</p>
<p><strong>Present:</strong></p>
<ul><li>Mr Nigel Cole (Chair)</li><li>Mrs Ruth Dale</li><li>Mr Peter Ellis</li></ul>
<ol><li>Apologies for absence</li><li>Minutes of the last meeting</li><li>Internal audit progress report</li></ol>
</main></body></html>
"""


def test_a_venue_over_line_breaks_and_a_numbered_list_of_items(concord, tmp_path):  # noqa: ANN001
    meeting = one_meeting_html(concord, tmp_path, LINE_BREAKS)
    assert meeting["venue"] == "Durham Room, Police Headquarters, Aykley Heads, Durham"
    assert meeting["members"] == ["Nigel Cole", "Ruth Dale", "Peter Ellis"]
    assert [(i["number"], i["title"]) for i in meeting["items"]] == [
        ("1", "Apologies for absence"), ("2", "Minutes of the last meeting"), ("3", "Internal audit progress report")]


RECOMMENDATIONS = """<!DOCTYPE html><html><body>
<p><strong>Report to:</strong> Police and Crime Panel</p>
<p><strong>Report of:</strong> Chief Finance Officer</p>
<p><strong>Date:</strong> 17 January 2022</p>
<h1>Review of cyber crime</h1>
<h2>1. Purpose</h2>
<p>To set out the review's findings.</p>
<h2>2. Recommendations</h2>
<ul><li>Members are recommended to approve the proposed approach.</li><li>Members are recommended to approve the
additional budget of £67,000.</li><li>Members are recommended to endorse the business case.</li></ul>
<h2>3. Background</h2>
<p>The review began in 2021.</p>
</body></html>
"""


def test_each_recommendation_of_a_list_is_one(concord, tmp_path):  # noqa: ANN001
    [report] = ingest_text(concord, tmp_path, RECOMMENDATIONS, "report.html")["reports"]
    assert report["recommendations"] == [
        "Members are recommended to approve the proposed approach.",
        "Members are recommended to approve the additional budget of £67,000.",
        "Members are recommended to endorse the business case."]


EACH_LINE_A_BLOCK = """<!DOCTYPE html><html><body>
<p>Northshire Police and Crime Panel</p>
<p>Minutes of the meeting held on 14 March 2023</p>
<p>Venue:</p>
<p>Council Chamber, County Hall</p>
<p>Present:</p>
<p>Councillor Jane Bradley (Chair)</p>
<p>Councillor Tunde Okafor</p>
<p>Mr Alan Pritchard</p>
<p>Apologies:</p>
<p>Councillor Mark Dean</p>
<p>1. Apologies for absence</p>
<p>Apologies were received from Councillor Mark Dean.</p>
<p>2. Precept proposal 2023/24</p>
<p>The Commissioner presented the proposal.</p>
</body></html>
"""


def test_a_page_whose_every_line_is_a_block(concord, tmp_path):  # noqa: ANN001
    meeting = one_meeting_html(concord, tmp_path, EACH_LINE_A_BLOCK)
    assert meeting["venue"] == "Council Chamber, County Hall"
    assert meeting["members"] == ["Jane Bradley", "Tunde Okafor", "Alan Pritchard"]
    assert meeting["apologies"] == ["Mark Dean"]
    assert [i["title"] for i in meeting["items"]] == ["Apologies for absence", "Precept proposal 2023/24"]


def test_labels_each_a_block_over_a_table_of_people(concord, tmp_path):  # noqa: ANN001
    """Kent's board minutes as its web page: "Title:", "Date:" and "Venue:" each a paragraph, then a table of those
    present; spaced as the lines outside the table are, the title is the forum and no label is part of it."""
    name = "kent-police-comb-strategic-2025-01-28"
    gold = json.loads((CORPUS / "gold" / f"{name}.json").read_text(encoding="utf-8"))["meetings"][0]
    meeting = one_meeting_html(concord, tmp_path, page_html((CORPUS / "papers" / f"{name}.txt").read_text("utf-8")))
    assert [meeting[k] for k in ("forum", "date", "venue")] == [gold[k] for k in ("forum", "date", "venue")]


def test_a_sites_menu_banner_and_footer_are_no_part_of_the_paper(concord, tmp_path):  # noqa: ANN001
    """A decision record saved with its site's menu ("Decisions", "Meetings", ...) and footer: the same records as the
    page without them (the menu's "Decisions" is no label, its first entry no title)."""
    name = "northamptonshire-decision-record-189"
    text = (CORPUS / "papers" / f"{name}.txt").read_text("utf-8")
    bare = ingest_text(concord, tmp_path, page_html(text), "bare.html")
    saved = ingest_text(concord, tmp_path, page_html(text, chrome=True), "saved.html")
    assert "<nav>" in page_html(text, chrome=True)
    assert saved["decision_notices"] and [{k: v for k, v in r.items() if k not in ("source", "_provenance")}
                                          for r in saved["decision_notices"]] == \
        [{k: v for k, v in r.items() if k not in ("source", "_provenance")} for r in bare["decision_notices"]]
    assert saved["documents"][0]["title"] == bare["documents"][0]["title"] != "• Home"


HEADED = """<!DOCTYPE html><html><body>
<header><h1>Minutes of the Northshire Police and Crime Panel</h1><p>held on 14 March 2023 at County Hall</p></header>
<p><strong>Present:</strong> Councillor Jane Bradley (Chair), Councillor Tunde Okafor, Mr Alan Pritchard</p>
<p>1. Apologies for absence</p><p>None.</p><p>2. Precept proposal 2023/24</p><p>Agreed.</p>
</body></html>
"""


def test_a_header_that_is_the_papers_heading_stays(concord, tmp_path):  # noqa: ANN001
    """A control: a header of the paper's own words, no menu nor links, is its heading."""
    meeting = one_meeting_html(concord, tmp_path, HEADED)
    assert (meeting["forum"], meeting["date"]) == ("Northshire Police and Crime Panel", "2023-03-14")


NESTED = """<!DOCTYPE html><html><body><main>
<h1>Minutes of the Northshire Police and Crime Panel held on 14 March 2023</h1>
<p><strong>Present:</strong></p>
<ul><li><p>Councillor Jane Bradley (Chair)</p></li><li><p>Councillor Tunde Okafor</p></li><li><p>Mr Alan Pritchard</p></li></ul>
<ol start="4"><li><p>Apologies for absence</p><p>None were received.</p></li><li><p>Precept proposal 2023/24</p>
<p>The Panel agreed the proposal.</p></li></ol>
</main></body></html>
"""


def test_entries_whose_text_is_a_paragraph_and_a_list_numbered_on(concord, tmp_path):  # noqa: ANN001
    """Each entry's text set in a paragraph of its own (as editors save it) stays one entry a line, and a numbered list
    that starts at 4 numbers its items 4, 5."""
    meeting = one_meeting_html(concord, tmp_path, NESTED)
    assert meeting["members"] == ["Jane Bradley", "Tunde Okafor", "Alan Pritchard"]
    assert [(i["number"], i["title"]) for i in meeting["items"]] == [
        ("4", "Apologies for absence"), ("5", "Precept proposal 2023/24")]
