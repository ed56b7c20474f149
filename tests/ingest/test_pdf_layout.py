"""A paper as a PDF reads as the same paper converted to text (issue 13): the gaps between paragraphs come back as
blank lines, a label and its value printed in two columns come back with a tab between them, and a table drawn
without rules (a budget's rows a line, its columns at their own places) is read from the page's text. The PDFs are
drawn here with reportlab, cell by cell as a word processor places them; bodies and people invented."""

from pathlib import Path

import json

from reportlab.lib.pagesizes import A4
from reportlab.pdfgen import canvas

from concord.ingest.readers.pdf import read_pdf

# (x of each cell in points from the left margin, the cells); None is a blank line (a paragraph's gap)
MINUTES = [
    [(0, "NORTHSHIRE POLICE AND CRIME PANEL")],
    None,
    [(0, "Minutes of the meeting of the Panel")],
    None,
    [(0, "Date:"), (120, "14 June 2023")],
    [(0, "Time:"), (120, "10.00 am")],
    [(0, "Venue:"), (120, "Council Chamber, County Hall, Northtown")],
    None,
    [(0, "Present:"), (120, "Councillor Ann Able (Chair)")],
    [(120, "Councillor Ben Baker")],
    [(120, "Mrs Cara Cole (Independent Member)")],
    None,
    [(0, "Apologies:"), (120, "Councillor Dev Dhar")],
    None,
    [(0, "1."), (30, "Declarations of interest")],
    None,
    [(0, "There were no declarations of interest.")],
    None,
    [(0, "2."), (30, "Police and Crime Plan")],
    None,
    [(0, "The Commissioner presented the plan. The Panel noted the plan.")],
]

BUDGET = [
    [(0, "NORTHSHIRE POLICE AUTHORITY")],
    None,
    [(0, "Revenue budget monitoring at month 6")],
    None,
    [(0, "Table 1 - Revenue forecast by service (£000)")],
    None,
    [(0, "Service"), (180, "Budget"), (260, "Forecast"), (340, "Variance")],
    [(0, "Local policing"), (180, "120,400"), (260, "121,900"), (340, "1,500")],
    [(0, "Crime and justice"), (180, "64,200"), (260, "63,100"), (340, "-1,100")],
    [(0, "Operations"), (180, "30,750"), (260, "31,020"), (340, "270")],
    [(0, "Total"), (180, "215,350"), (260, "216,020"), (340, "670")],
]


def _draw(path: Path, lines) -> Path:  # noqa: ANN001
    c = canvas.Canvas(str(path), pagesize=A4)
    c.setFont("Helvetica", 10)
    y = A4[1] - 60
    for line in lines:
        for x, cell in line or []:
            c.drawString(60 + x, y, cell)
        y -= 13
    c.save()
    return path


def test_paragraph_gaps_come_back_as_blank_lines_and_columns_as_tabs(tmp_path: Path):
    pages, _ = read_pdf(_draw(tmp_path / "minutes.pdf", MINUTES))
    lines = pages[0].text.split("\n")
    assert "Date:\t14 June 2023" in lines
    assert lines[lines.index("NORTHSHIRE POLICE AND CRIME PANEL") + 1] == ""  # the gap under the heading
    # lines of one block are not split apart, and a value's next line keeps its place under the value's column
    at = lines.index("Present:\tCouncillor Ann Able (Chair)")
    assert lines[at + 1].strip() == "Councillor Ben Baker" and lines[at + 1].startswith(" " * 10)
    # the item's number and title, set at their own places on one line
    assert "1.\tDeclarations of interest" in lines


def test_minutes_drawn_as_a_pdf_give_their_meeting(concord, tmp_path: Path):
    ran = concord("ingest", str(_draw(tmp_path / "minutes.pdf", MINUTES)), "--json")
    assert ran.code == 0, ran.err
    [meeting] = json.loads(ran.out)["meetings"]
    assert (meeting["date"], meeting["time"]) == ("2023-06-14", "10:00")
    assert meeting["venue"] == "Council Chamber, County Hall, Northtown"
    assert meeting["members"] == ["Ann Able", "Ben Baker", "Cara Cole"]
    assert meeting["apologies"] == ["Dev Dhar"]
    assert [(i["number"], i["title"]) for i in meeting["items"]] == [("1", "Declarations of interest"),
                                                                     ("2", "Police and Crime Plan")]


def test_a_budget_table_drawn_without_rules_keeps_its_title_and_unit(concord, tmp_path: Path):
    ran = concord("ingest", str(_draw(tmp_path / "budget.pdf", BUDGET)), "--json")
    assert ran.code == 0, ran.err
    tables = json.loads(ran.out)["tables"]
    [table] = [t for t in tables if any(r["label"] == "Local policing" for r in t["rows"])]
    rows = {r["label"]: r["values"] for r in table["rows"]}
    assert rows["Local policing"] == [120400, 121900, 1500]
    assert rows["Crime and justice"] == [64200, 63100, -1100]
    assert table["unit"] == "GBP_thousands"

# a table typed as text: its heads one cell a line, then its rows one a line with single spaces (no column gaps
# for a geometric reader to find)
TYPED = [
    [(0, "NORTHSHIRE POLICE AUTHORITY")],
    None,
    [(0, "Table 2 - Capital forecast by scheme")],
    None,
    [(0, "Scheme Budget")],
    [(0, "(£000)")],
    [(0, "Forecast")],
    [(0, "(£000)")],
    [(0, "Variance")],
    [(0, "(£000)")],
    [(0, "Custody suite 4,200 3,900 -300")],
    [(0, "Fleet replacement 2,150 2,400 250")],
    [(0, "Body-worn video 900 880 -20")],
]


def test_a_table_typed_as_text_is_read_from_the_pages_text(concord, tmp_path: Path):
    ran = concord("ingest", str(_draw(tmp_path / "typed.pdf", TYPED)), "--json")
    assert ran.code == 0, ran.err
    tables = json.loads(ran.out)["tables"]
    [table] = [t for t in tables if any(r["label"] == "Custody suite" for r in t["rows"])]
    rows = {r["label"]: r["values"] for r in table["rows"]}
    assert rows == {"Custody suite": [4200, 3900, -300], "Fleet replacement": [2150, 2400, 250],
                    "Body-worn video": [900, 880, -20]}
    assert table["unit"] == "GBP_thousands"


def test_a_paragraph_wrapped_at_the_margin_is_one_line_again_and_a_list_is_not(tmp_path: Path):
    from devtools.ingest.pdf_drawing import draw_text

    para = ("The Panel considered the Commissioner's proposed precept for 2024/25 and the medium term financial plan, "
            "and noted the pressures on the force's budget from pay awards, inflation and the cost of the new "
            "custody suite, which together add some four million pounds to next year's spending plans.")
    names = "Present:\n\nCouncillor Ann Able\nCouncillor Ben Baker\nMrs Cara Cole"
    pages, _ = read_pdf(draw_text(f"PRECEPT 2024/25\n\n{para}\n\n{names}\n", tmp_path / "p.pdf"))
    lines = pages[0].text.split("\n")
    assert para in lines  # drawn over three lines, read as the one paragraph it is
    assert lines[lines.index("Councillor Ann Able") + 1] == "Councillor Ben Baker"  # short lines stay lines


def test_a_heading_in_large_letters_over_two_lines_stays_one_block(tmp_path: Path):
    path = tmp_path / "h.pdf"
    c = canvas.Canvas(str(path), pagesize=A4)
    y = A4[1] - 60
    for size, text, step in ((20, "CUSTODY SERVICES COLLABORATION", 24), (20, "AGREEMENT", 30),
                             (10, "An agreement under section 22A of the Police Act 1996", 13),
                             (10, "between the forces of Northshire and Southshire.", 26),
                             (10, "Parties", 13), (10, "The Chief Constable of Northshire Police", 13),
                             (10, "The Chief Constable of Southshire Police", 13)):
        c.setFont("Helvetica", size)
        c.drawString(60, y, text)
        y -= step
    c.save()
    text = read_pdf(path)[0][0].text
    # its lines are far apart only as its letters are big: no gap between them (or one line, the heading it is)
    assert "CUSTODY SERVICES COLLABORATION\nAGREEMENT\n" in text or "CUSTODY SERVICES COLLABORATION AGREEMENT\n" in text
    assert "Police Act 1996\nbetween" in text or "Police Act 1996 between" in text
    assert "Southshire.\n\nParties\n" in text  # the paragraph's gap before the next block


def test_two_minutes_of_one_forum_stay_two_when_a_paragraph_above_is_one_long_line(concord, tmp_path: Path):
    # a PDF's wrapped paragraphs come back as one long line each; a long line that merely names the forum is no
    # one-line preview of the next paper (a hosting page's), so the second minutes are not swallowed by the first
    prose = ("The Police and Crime Panel noted the progress of the estates programme, " * 6).strip()
    first = ("Northshire Police and Crime Panel\nMinutes\nDate: 19 May 2014\nVenue: Room 3B, Police Headquarters\n\n"
             "Present\n\u2022 Ann Able, Chief Executive\n\u2022 Ben Baker, Head of Estates\n\n"
             f"1. Welcome and apologies\n{prose}\n\n2. Estates update\n{prose}\n\n")
    second = ("Northshire Police and Crime Panel\nDraft minutes\nDate: 19 December 2018\nVenue: Council Chamber\n\n"
              "Present\n\u2022 Cara Cole, Head of Procurement\n\u2022 Dev Dhar, Policy Officer\n\n"
              "1. Welcome and apologies\nThe Panel welcomed members.\n\n2. Budget\nThe Panel noted the budget.\n")
    p = tmp_path / "two.txt"
    p.write_text(first + second, encoding="utf-8")
    ran = concord("ingest", str(p), "--json")
    assert ran.code == 0, ran.err
    meetings = json.loads(ran.out)["meetings"]
    assert [(m["date"], m["members"]) for m in meetings] == [("2014-05-19", ["Ann Able", "Ben Baker"]),
                                                             ("2018-12-19", ["Cara Cole", "Dev Dhar"])]


# a double-spaced page of short lines (a panel's notes typed one name a line, a blank line between every two): every
# step between lines the same, so no gap marks a paragraph, and no line runs to a margin
SHORT_LINES = [[(0, t)] for t in (
    "Papers of the community safety partnership for its members and guests", "Northtown Stop and Search Scrutiny",
    "Minutes of the meeting held on Thursday 17th March 2022",
    "Those in attendance:", "Alice Moor (AM) - Chair", "Ben Ng (BN)", "Chief Inspector Carl Dee (CD)",
    "PC Dana Eke (DE)", "Apologies:", "Ed Fox", "Fay Gold", "1) Welcome, introductions and apologies",
    "Meeting opened by the Chair and introductions completed.", "2) Conflicts of interest",
    "AM asked the group to confirm any conflict of interest; none was identified.")]


def test_a_page_of_short_lines_joins_none_of_them(concord, tmp_path: Path):
    doubled = [x for line in SHORT_LINES for x in (line, [])]
    pages, _ = read_pdf(_draw(tmp_path / "short.pdf", doubled))
    lines = [x for x in pages[0].text.split("\n") if x.strip()]
    # (the first line's last word ran nearly as far right as any line: not a reason to join the next to it)
    assert lines[:3] == ["Papers of the community safety partnership for its members and guests",
                         "Northtown Stop and Search Scrutiny", "Minutes of the meeting held on Thursday 17th March 2022"]
    ran = concord("ingest", str(tmp_path / "short.pdf"), "--json")
    [meeting] = json.loads(ran.out)["meetings"]
    assert (meeting["forum"], meeting["date"]) == ("Northtown Stop and Search Scrutiny", "2022-03-17")
    assert meeting["members"][:2] == ["Alice Moor", "Ben Ng"] and meeting["apologies"] == ["Ed Fox", "Fay Gold"]


def test_a_sentence_wrapped_between_two_words_of_a_place_is_one_line_again(concord, tmp_path: Path):
    from devtools.ingest.pdf_drawing import draw_text

    letter = ("Northshire County Council\n\nDate: 29th November 2022\n\nDear Sir/Madam,\n\n"
              "A meeting of the Police and Crime Panel will be held at Kingsmead House (Ebbw Room), Tredwell Park, "
              "Upper Mynach on Friday, 9th December 2022 at 9.30am to consider the matters contained in the following "
              "agenda.\n\nA G E N D A\n\n1. Declarations of Interest.\n\n2. Apologies for Absence.\n\n"
              "3. Amended Panel Arrangements (report attached).\n")
    pdf = draw_text(letter, tmp_path / "letter.pdf")
    text = read_pdf(pdf)[0][0].text
    assert "Upper Mynach on Friday" in text.replace("\n", " ") and "Upper\nMynach" not in text
    ran = concord("ingest", str(pdf), "--json")
    [meeting] = json.loads(ran.out)["meetings"]
    assert (meeting["forum"], meeting["date"], meeting["time"]) == ("Police and Crime Panel", "2022-12-09", "09:30")


# items numbered in a column of their own, each title set at a tab stop and wrapped back to it (a hanging indent)
HANGING = [
    [(0, "NORTHSHIRE JOINT AUDIT COMMITTEE")], None,
    [(0, "Minutes of the meeting held on Tuesday 14 March 2023 at 10.00 am in the Committee Room,")],
    [(0, "Police Headquarters, Kirkford")], None,
    [(0, "Present:")], [(30, "Jane Doe (Chair), John Smith, Priya Patel and Ruth Green")], None,
    [(0, "1."), (30, "Minutes of the meeting held on 12 December 2022 and matters arising from them that")],
    [(30, "were not covered")], None,
    [(30, "The minutes were agreed as a correct record.")], None,
    [(0, "2."), (30, "Internal audit progress report")], None,
    [(30, "The Head of Internal Audit presented the report. Three audits had been completed.")], None,
    [(0, "3."), (30, "Treasury management strategy and the prudential indicators for the coming financial")],
    [(30, "year 2023/24")], None,
    [(30, "The Committee noted the strategy.")],
]


def test_an_items_title_wrapped_back_to_its_tab_stop_is_whole(concord, tmp_path: Path):
    ran = concord("ingest", str(_draw(tmp_path / "hanging.pdf", HANGING)), "--json")
    [meeting] = json.loads(ran.out)["meetings"]
    assert [i["title"] for i in meeting["items"]] == [
        "Minutes of the meeting held on 12 December 2022 and matters arising from them that were not covered",
        "Internal audit progress report",
        "Treasury management strategy and the prudential indicators for the coming financial year 2023/24"]


# a Word form's header, date and venue side by side over the time, and who came in a table of names and roles
FORM = [
    [(0, "JOINT AUDIT COMMITTEE")], None,
    [(0, "MINUTES")], None,
    [(0, "Date: 14 March 2023"), (230, "Venue: Committee Room 1, Police HQ, Kirkford")],
    [(0, "Time: 10.00 am")], None,
    [(0, "PRESENT")],
    [(0, "Name"), (150, "Role")],
    [(0, "Jane Doe"), (150, "Chair, Independent Member")],
    [(0, "John Smith"), (150, "Independent Member")], None,
    [(0, "IN ATTENDANCE")],
    [(0, "Mark Jones"), (150, "Chief Executive, OPCC")],
    [(0, "Sue Brown"), (150, "Chief Finance Officer, OPCC")], None,
    [(0, "APOLOGIES")],
    [(0, "Helen Ward"), (150, "Director of Finance")], None,
    [(0, "1."), (30, "Declarations of interest")], None,
    [(30, "None were declared.")], None,
    [(0, "2."), (30, "Internal audit progress report")], None,
    [(30, "The report was noted.")],
]


def test_a_forms_header_cells_and_a_table_of_who_came(concord, tmp_path: Path):
    ran = concord("ingest", str(_draw(tmp_path / "form.pdf", FORM)), "--json")
    [meeting] = json.loads(ran.out)["meetings"]
    assert (meeting["date"], meeting["time"]) == ("2023-03-14", "10:00")
    assert meeting["venue"] == "Committee Room 1, Police HQ, Kirkford"  # not run on into the time under it
    assert (meeting["members"], meeting["in_attendance"], meeting["apologies"]) == (
        ["Jane Doe", "John Smith"], ["Mark Jones", "Sue Brown"], ["Helen Ward"])


def test_a_pages_marking_and_number_over_its_heading_are_no_title(concord, tmp_path: Path):
    from devtools.ingest.pdf_drawing import draw_text

    listing = ("Northshire Decisions\n\n"
               "PCC/2021/031 – Estates strategy refresh (14/09/2021)\n"
               "PCC/2021/032 – Custody healthcare contract extension (21/09/2021)\n"
               "PCC/2021/033 – Rural crime team funding (30/09/2021)\n")
    pdf = draw_text(listing, tmp_path / "listing.pdf", "OFFICIAL")  # "OFFICIAL" at each page's head, "Page n" too
    doc = json.loads(concord("ingest", str(pdf), "--json").out)["documents"][0]
    assert (doc["title"], doc["marking"]) == ("Northshire Decisions", "OFFICIAL")


def test_a_pages_marking_and_number_do_not_push_its_heading_out_of_reach(concord, tmp_path: Path):
    from devtools.ingest.pdf_drawing import draw_text

    banner = "".join(f"Notice {k}: this site uses cookies to remember your settings on each visit.\n" for k in range(9))
    minutes = (banner + "Title: Chief Officers' Board - Strategic\nDate: Tuesday 4 June 2024\nVenue: Kirk Room\n"
               "Name | Role |\n---|---|\nCC Ann Roe (Chair) | Chief Constable |\nDCC Bob Hill | Deputy Chief Constable |\n"
               "ACC Cat Ray | Assistant Chief Constable |\n\nApologies\nACC Dan Fox\n\nMinutes of the last meeting\n"
               "The record was approved.\n")
    pdf = draw_text(minutes, tmp_path / "board.pdf", "OFFICIAL")
    [m] = json.loads(concord("ingest", str(pdf), "--json").out)["meetings"]
    assert (m["forum"], m["date"]) == ("Chief Officers' Board - Strategic", "2024-06-04")


# who came, one a line, each entry's role long enough to run nearly to the margin: the next entry is no wrapped line
LONG_ROLES = [
    [(0, "NORTHSHIRE JOINT AUDIT COMMITTEE")], None,
    [(0, "Minutes of the meeting held on 14 March 2023 at 10.00 am at Police Headquarters, Kirkford")], None,
    [(0, "Present:")],
    [(0, "Jane Roe, Independent Member and Chair of the Joint Audit Committee for Northshire Police")],
    [(0, "Bob Hill, Independent Member and Vice-Chair of the Joint Audit Committee for Northshire")],
    [(0, "Cat Ray, Independent Member of the Joint Audit Committee for the Northshire Commissioner")],
    [(0, "Dan Fox, Chief Finance Officer of the Office of the Northshire Police and Crime Commissioner")], None,
    [(0, "1."), (30, "Declarations of interest")], None,
    [(30, "None were declared.")], None,
    [(0, "2."), (30, "Internal audit progress report")], None,
    [(30, "The report was noted.")],
]


def test_entries_of_who_came_that_run_nearly_to_the_margin_stay_apart(concord, tmp_path: Path):
    pdf = _draw(tmp_path / "roles.pdf", LONG_ROLES)
    lines = read_pdf(pdf)[0][0].text.split("\n")
    assert lines[lines.index("Present:") + 1].endswith("for Northshire Police")  # the next entry on a line of its own
    assert lines[lines.index("Present:") + 2].startswith("Bob Hill, ")
    ran = concord("ingest", str(pdf), "--json")
    [meeting] = json.loads(ran.out)["meetings"]
    assert meeting["members"] == ["Jane Roe", "Bob Hill", "Cat Ray", "Dan Fox"]
