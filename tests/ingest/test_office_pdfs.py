"""Papers written in Word and saved as PDF, the form most papers a governance officer brings are in, read as printed.

A word processor lays a paper out itself: a title in the Title style wraps over two or three lines in large letters,
far from the right margin; a compound broken at its hyphen at a line's end comes back from pdfium as U+FFFE with the
two lines run into one; every paragraph has space after it, so a table typed one row a paragraph has a gap between
its rows; a Word table's cell wraps within its column, a row may have one cell, and a long table runs over a page.
Each paper here is written as a DOCX with python-docx (Word's own styles), printed to PDF by LibreOffice (the layout
engine of "Save as PDF") and read through the real `concord ingest --json` in a fresh process. Bodies, people and
figures are invented.
"""

from __future__ import annotations

import json
import re
import shutil
import subprocess
from pathlib import Path

import docx
import pypdfium2 as pdfium
import pytest

from tests.ingest.ingesting import ingest_text


TITLE = "Decision Record 214 – Northshire-Eastmoor-Westdale-Southvale-Riverdale Firearms Training Collaboration"
MEMBERS = [f"{first} {last}" for first, last in zip(
    ("Alice", "Brian", "Carol", "David", "Edith", "Frank", "Grace", "Harold", "Irene", "James", "Karen", "Leonard",
     "Margaret", "Nigel", "Olive", "Peter", "Rachel", "Stephen", "Theresa", "Victor", "Wendy", "Arthur", "Beatrice",
     "Cedric", "Doreen", "Ernest", "Florence", "Gerald", "Hilda", "Ivor", "Joan", "Keith", "Lilian", "Maurice",
     "Norma", "Oswald"),
    ("Ashworth", "Bramley", "Cartwright", "Dunmore", "Ellery", "Fairbairn", "Gosling", "Hartley", "Ingram", "Jessop",
     "Kershaw", "Lockwood", "Marsden", "Northcott", "Oakley", "Pemberton", "Quarmby", "Radcliffe", "Sutcliffe",
     "Thornton", "Underwood", "Varley", "Whitworth", "Yardley", "Atherton", "Barraclough", "Crowther", "Denby",
     "Eastwood", "Fothergill", "Greenwood", "Holroyd", "Illingworth", "Jagger", "Kitson", "Lumb"))]
REVENUE = [["Area", "Budget", "Forecast", "Variance"], ["Police officer pay", "182,410", "183,020", "610"],
           ["Police staff pay", "74,225", "73,870", "(355)"], ["Total", "256,635", "256,890", "255"]]
CAPITAL = [["Scheme", "Budget", "Forecast", "Variance"], ["Estates", "4,100", "3,650", "(450)"],
           ["Fleet", "2,300", "2,310", "10"], ["Total", "6,400", "5,960", "(440)"]]
BETWEEN = ("The overspend on police officer pay follows the pay award of 1 September, which was above the 2.5% "
           "the budget allowed for; the capital programme is forecast to slip into next year.")
JAC = ["Northshire Joint Audit Committee", "Minutes of the meeting held on 14 March 2024 at 10.00 am at Police "
       "Headquarters, Northtown", "", "Members:", "Mr Alan Archer (Chair)", "Mrs Beth Bell", "Dr Colin Cross", "",
       "Officers of the Police and Crime Commissioner:", "Ms Diane Dale, Chief Executive",
       "Mr Eric Eden, Chief Finance Officer", "", "Auditors:", "Ms Gina Grant, External Audit", "",
       "1. Apologies for absence", "Apologies were received from Mr Harry Hill.", "", "2. Minutes of the last meeting",
       "The minutes of the meeting held on 12 December 2023 were agreed as a correct record."]
PANEL = "Northshire and Isle of Eastmoor Police and Crime Panel (Statutory Joint Committee)"
ITEM = "2. POLICE CAPITAL PROGRAMME MONITORING 2024-25 AS AT 30 SEPTEMBER 2024 - REPORT BY THE CHIEF CONSTABLE"
# entries whose lines LibreOffice breaks after "and" (the next line with a dash after its words), before a quote,
# between two capitalised words, and before a dash
LISTED = [("S22A Collaboration Agreement – Covert Surveillance Authorisations and Targeted Equipment Interference "
           "Warrants", "PCC/2024/017"),
          ("Use of specialist analytical service providers to assist a review of ‘Managing Investigative Demand’ in "
           "Northshire Constabulary", "PCC/2024/018"),
          ("Purchase of 250 nylon multi-function pouches for Specially Trained Officers (STOs) who carry Tasers",
           "PCC/2024/019"),
          # (broken before its dash: the next line's first glyph, "–", is no measure of its letters' height)
          ("Public and stakeholder engagement work to support the delivery of the Police and Crime Plan and in "
           "support of the Commissioner’s statutory duties – 2024-25", "PCC/2024/020")]


def _notice(d: docx.document.Document) -> None:
    d.add_paragraph(TITLE, style="Title")
    for line in ("Reference: 214", "Date: 3 June 2024", "Subject: Firearms training collaboration",
                 "Decision:", "The Deputy Police and Crime Commissioner approved a contribution of £96,000 to the "
                 "firearms training collaboration for 2024/25."):
        d.add_paragraph(line)


def _record(d: docx.document.Document) -> None:
    d.add_paragraph("DECISION RECORD", style="Title")
    for line in ("Decision Record Number 57", "This document records a decision taken by the Police, Fire and Crime "
                 "Commissioner, together with the advice he received before taking it.", "Decision taken:",
                 "To appoint a joint Chief Finance Officer for the Police, Fire and Crime Commissioner and the Fire "
                 "and Rescue Authority.", "Details of advice taken:",
                 "Advice has been taken from the Monitoring Officer and the Chief Executive.",
                 # the signatory, the office and the date, each a paragraph: Word's space after sets each apart
                 "Harriet Moss", "Police, Fire and Crime Commissioner", "14/02/2023"):
        d.add_paragraph(line)


def _jac(d: docx.document.Document) -> None:
    for line in JAC:
        d.add_paragraph(line)  # ("" an empty paragraph, as officers part their blocks)


def _minutes(d: docx.document.Document) -> None:
    for line in ("Title: Northshire Chief Officer Board", "Date: Tuesday 4 June 2024",
                 "Venue: Conference Room 2, Police Headquarters, Northtown"):
        d.add_paragraph(line)
    table = d.add_table(rows=1, cols=2)
    table.style = "Table Grid"
    table.cell(0, 0).text, table.cell(0, 1).text = "Name", "Role"
    for k, name in enumerate(MEMBERS):
        cells = table.add_row().cells
        cells[0].text = f"Supt {name}" if k % 3 else f"ACC {name}"
        # a role long enough to wrap within its cell; one row with no role at all
        cells[1].text = "" if k == 4 else ("Head of Professional Standards and Anti-Corruption, Vetting and "
                                          "Information Management" if k % 5 == 1 else "Member")
    d.add_paragraph("Apologies")
    d.add_paragraph("None.")
    for line in ("1. MINUTES OF THE PREVIOUS MEETING HELD ON 7 MAY 2024 AND THE MATTERS ARISING", ITEM,
                 "The minutes were agreed as a true record.", "3. ESTATES STRATEGY", "The Board noted the strategy."):
        d.add_paragraph(line)


def _panel(d: docx.document.Document) -> None:
    # (LibreOffice breaks the heading after "Joint": the next line closes the bracket, then a dash)
    for line in (f"{PANEL} - Northtown", "Minutes of the meeting held on Friday 26 July 2024 at 10.00 am",
                 "Present: Councillor Ann Able (Chair), Councillor Bob Baker, Mr Carl Cole",
                 "1. Apologies for absence", "There were none.", "2. Police and crime plan", "The Panel noted the plan."):
        d.add_paragraph(line)


def _budget(d: docx.document.Document) -> None:
    for line in ("Report to the Joint Audit Committee", "Date: 12 March 2025", "Report of: Chief Finance Officer",
                 "Subject: Revenue budget monitoring, month 10",
                 # (a paragraph of running text sets the page's line spacing: each row's space after is a gap)
                 "The forecast for the year at month 10 is an overspend of £0.8m against the revenue budget of "
                 "£288.5m, mainly on police officer overtime in the operational commands and on the supplies and "
                 "services budgets of the force's change programme, offset in part by vacancies in police staff.",
                 "Table 1 – Revenue forecast by area",
                 "Area Budget Forecast Variance", "£000 £000 £000",
                 # each row typed as a paragraph of its own: Word's space after each sets the rows apart
                 "Police officer pay 182,410 183,020 610", "Police staff pay 74,225 73,870 (355)",
                 "Supplies and services 31,900 32,415 515", "Total 288,535 289,305 770",
                 "Recommendation", "The Committee is recommended to note the forecast overspend of £0.8m."):
        d.add_paragraph(line)


def _two_tables(d: docx.document.Document) -> None:
    for line in ("Report to the Joint Audit Committee", "Date: 12 March 2025", "Report of: Chief Finance Officer",
                 "Subject: Capital and revenue monitoring, month 10", "Table 1 – Revenue forecast (£000)"):
        d.add_paragraph(line)
    for k, rows in enumerate((REVENUE, CAPITAL)):
        table = d.add_table(rows=0, cols=4)
        table.style = "Table Grid"
        for row in rows:
            for cell, value in zip(table.add_row().cells, row):
                cell.text = value
        if not k:  # (a paragraph and the next table's caption between the two tables)
            d.add_paragraph(BETWEEN)
            d.add_paragraph("Table 2 – Capital forecast (£000)")


def _listing(d: docx.document.Document) -> None:
    d.add_paragraph("Decisions of the Police and Crime Commissioner", style="Title")
    d.add_paragraph("The decisions the Commissioner made in 2024 are listed here:")
    for subject, ref in LISTED:
        d.add_paragraph(f"• {subject} – {ref}")


@pytest.fixture(scope="module")
def pdfs(tmp_path_factory) -> dict[str, Path]:  # noqa: ANN001
    """Each paper written as a DOCX and printed to PDF by LibreOffice, in one run."""
    if shutil.which("soffice") is None:
        pytest.skip("LibreOffice is not installed (scripts/ensure-libreoffice.sh installs it)")
    folder = tmp_path_factory.mktemp("office")
    written = []
    for name, write in (("notice", _notice), ("record", _record), ("jac", _jac), ("minutes", _minutes),
                        ("panel", _panel), ("budget", _budget), ("two_tables", _two_tables), ("listing", _listing)):
        d = docx.Document()
        write(d)
        d.save(str(folder / f"{name}.docx"))
        written.append(folder / f"{name}.docx")
    subprocess.run(["soffice", f"-env:UserInstallation={(folder / 'profile').as_uri()}", "--headless", "--norestore",
                    "--convert-to", "pdf", "--outdir", str(folder), *map(str, written)],
                   check=True, capture_output=True, timeout=300, env={"PATH": "/usr/bin:/bin", "HOME": str(folder)})
    return {p.stem: p.with_suffix(".pdf") for p in written}


def _ingest(concord, pdf: Path) -> dict:  # noqa: ANN001
    ran = concord("ingest", str(pdf), "--json")
    assert ran.code == 0, ran.err
    return json.loads(ran.out)


def _raw(pdf: Path) -> str:
    doc = pdfium.PdfDocument(str(pdf))
    try:
        return "".join(doc[i].get_textpage().get_text_range() for i in range(len(doc)))
    finally:
        doc.close()


def test_a_title_wrapped_in_large_letters_and_broken_at_a_hyphen_is_read_whole(concord, pdfs):
    # (the test's premise: the title wraps, and pdfium gives the hyphen that ended a line as U+FFFE)
    assert "\ufffe" in _raw(pdfs["notice"])
    out = _ingest(concord, pdfs["notice"])
    doc, = out["documents"]
    assert doc["title"] == TITLE.replace("–", "-") or doc["title"] == TITLE
    assert "\ufffe" not in json.dumps(out)
    rec, = out["decision_notices"]
    assert rec["reference"] == "214" and rec["date"] == "2024-06-03"
    # a labelled decision that names the office deciding it names the maker
    assert rec["decision_maker"] == "Deputy Police and Crime Commissioner"


def test_a_signature_block_set_apart_by_word_spacing_signs_the_record(concord, pdfs):
    # (every paragraph has space after it but those next to the title in large letters: the page is read as single
    # spaced, so the signatory, the office under the name and the date read as one block)
    rec, = _ingest(concord, pdfs["record"])["decision_notices"]
    assert rec["reference"] == "57"
    assert (rec["decision_maker"], rec["date"]) == ("Harriet Moss", "2023-02-14")


def test_an_empty_paragraph_between_blocks_still_parts_them_on_a_page_set_to_single_spacing(concord, pdfs):
    from concord.ingest.readers.pdf import read_pdf

    pages, _ = read_pdf(pdfs["jac"])
    # every paragraph has space after it (the page is read as single spaced); an empty one between two blocks is a
    # gap of its own, and the blocks stay apart
    assert pages[0].respaced
    text = re.sub(r"[ \t]+\n", "\n", pages[0].text)
    assert "Dr Colin Cross\n\nOfficers of the Police and Crime Commissioner:" in text
    assert "Mr Alan Archer (Chair)\nMrs Beth Bell" in text
    meeting, = _ingest(concord, pdfs["jac"])["meetings"]
    assert meeting["members"] == ["Alan Archer", "Beth Bell", "Colin Cross"]
    assert meeting["in_attendance"] == ["Diane Dale", "Eric Eden", "Gina Grant"]
    assert meeting["apologies"] == ["Harry Hill"]


def test_a_word_tables_attendees_over_a_page_with_wrapped_cells_are_all_read(concord, pdfs):
    assert len(pdfium.PdfDocument(str(pdfs["minutes"]))) >= 2  # (the table runs over a page)
    meeting, = _ingest(concord, pdfs["minutes"])["meetings"]
    assert meeting["forum"] == "Northshire Chief Officer Board"  # (the form's "Title:" label is no part of it)
    assert meeting["date"] == "2024-06-04"
    assert meeting["members"] == MEMBERS
    # (a numbered item's heading in capitals, wrapped where a long word did not fit, is read whole: the report's
    # author after it is no part of the item's title)
    assert [i["title"] for i in meeting["items"]][1:] == [
        "POLICE CAPITAL PROGRAMME MONITORING 2024-25 AS AT 30 SEPTEMBER 2024", "ESTATES STRATEGY"]


def test_a_heading_broken_inside_its_brackets_is_one_line(concord, pdfs):
    meeting, = _ingest(concord, pdfs["panel"])["meetings"]
    assert (meeting["forum"], meeting["date"]) == (PANEL, "2024-07-26")
    assert meeting["members"] == ["Ann Able", "Bob Baker", "Carl Cole"]


def test_a_table_typed_one_row_a_paragraph_is_read_though_its_rows_are_set_apart(concord, pdfs):
    table, = _ingest(concord, pdfs["budget"])["tables"]
    assert table["unit"] == "GBP_thousands"
    assert [r["label"] for r in table["rows"]] == ["Police officer pay", "Police staff pay", "Supplies and services",
                                                   "Total"]
    assert table["rows"][1]["values"] == [74225, 73870, -355]


def test_two_ruled_tables_on_a_page_are_two_and_the_text_between_is_in_neither(concord, pdfs):
    tables = _ingest(concord, pdfs["two_tables"])["tables"]
    assert [[r["label"] for r in t["rows"]] for t in tables] == [[r[0] for r in REVENUE[1:]], [r[0] for r in CAPITAL[1:]]]
    assert [t["rows"][0]["values"] for t in tables] == [[182410, 183020, 610], [4100, 3650, -450]]
    assert "pay award" not in json.dumps(tables)


def test_a_listings_entries_wrapped_over_lines_keep_their_whole_subjects(concord, pdfs):
    notices = _ingest(concord, pdfs["listing"])["decision_notices"]
    assert [(n["subject"], n["reference"]) for n in notices] == [(s.replace("‘", "'").replace("’", "'").replace("–", "-"), r)
                                                                 for s, r in LISTED]


ENDED = """Northshire Chief Officer Board
Date: Tuesday 4 June 2024
Name\tRole
CC Tim Smith (Chair)\tChief Constable
ACC Ann Able\tLocal Policing
Supt Carl Cole
ACC Bob Baker\tCrime
In attendance
Mr Ed Eve, External Auditor
1.\tMinutes of the last meeting
The minutes were agreed.
Ms Fay Fox
2.\tFinance report
The Board noted the report.
"""


def test_an_attendance_tables_rows_end_where_its_people_do(concord, tmp_path):
    # (a row with one cell is the table's, but a label ends it, and Word's numbered items after it, "1.<tab>...", are
    # no rows of it: a name alone among them is no member)
    meeting, = ingest_text(concord, tmp_path, ENDED)["meetings"]
    assert meeting["members"] == ["Tim Smith", "Ann Able", "Carl Cole", "Bob Baker"]
    assert meeting["in_attendance"] == ["Ed Eve"]
    assert [i["title"] for i in meeting["items"]] == ["Minutes of the last meeting", "Finance report"]


ROWS_APART = """Report to the Joint Audit Committee
Date: 12 March 2025
Subject: Revenue budget monitoring, month 10

Area Budget Forecast Variance
£000 £000 £000
Police officer pay 182,410 183,020 610

Police staff pay 74,225 73,870 (355)

Total 256,635 256,890 255
"""


def test_a_tables_rows_parted_by_blank_lines_are_one_table(concord, tmp_path):
    # (a PDF sets each row typed as a paragraph apart: a blank line between two rows of as many figures parts none)
    table, = ingest_text(concord, tmp_path, ROWS_APART)["tables"]
    assert [r["label"] for r in table["rows"]] == ["Police officer pay", "Police staff pay", "Total"]
    assert table["rows"][1]["values"] == [74225, 73870, -355]
