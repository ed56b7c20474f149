"""Papers as templates print them: the title in larger bold letters under a line of body text that ran to the
margin (here a long address printed over it) is a line of its own, not that line's last words; and a minute's heading at the
foot of one page, its "(Agenda item 3)" at the head of the next, is still an item. Bodies and facts invented; read
through the real `concord ingest` and the PDF reader."""

import json
from pathlib import Path

from reportlab.lib.pagesizes import A4
from reportlab.pdfbase.pdfmetrics import stringWidth

from concord.ingest.readers.pdf import read_pdf
from devtools.ingest.pdf_drawing import draw_text

BANNER = "https://www.northvale-pcp.gov.uk/committees/police-and-crime-panel/meetings/2021/07/06/minutes-and-agenda-papers"
MINUTES = f"""{BANNER}
Northvale Police and Crime Panel Minutes

Date: Tuesday 6 July 2021
Time: 5.00 pm
Place: The Auditorium, Town Hall, Northtown

Present: Cllr Ann Hale (Chair), Cllr Bob Rees, Mr Carl Vine

1. Declarations of interest
None.

2. Minutes of the last meeting
Agreed.

3. Police and crime plan
The Commissioner presented the plan, which sets out the priorities for policing in Northvale for the next four years,
and answered questions from members about neighbourhood policing, the response to rural crime, the support given to
victims of domestic abuse and the way in which the force will report its performance against the plan to the panel.
The panel noted the plan and asked for a report on rural crime at its next meeting, with figures for each district.
"""


def test_a_title_in_larger_letters_is_no_part_of_the_line_above(concord, tmp_path: Path):
    # the address runs past the margin: the title's first word would not have fitted after it
    assert stringWidth(BANNER, "Helvetica", 10) > A4[0] - 100
    # (the drawing sets the first line after the source line in larger bold letters, as a title)
    pdf = draw_text(MINUTES, tmp_path / "minutes.pdf", headings=True)
    pages, _ = read_pdf(pdf)
    assert "\nNorthvale Police and Crime Panel Minutes\n" in pages[0].text.replace(BANNER, "")
    ran = concord("ingest", str(pdf), "--json")
    assert ran.code == 0, ran.err
    [m] = json.loads(ran.out)["meetings"]
    assert (m["forum"], m["date"], m["members"]) == ("Northvale Police and Crime Panel", "2021-07-06",
                                                      ["Ann Hale", "Bob Rees", "Carl Vine"])


PAGED = """Minutes of the Audit Panel of the Northvale Police Authority held on 20 June 2002 at Town Hall, Northtown

Present: Ann Hale (Chair), Bob Rees, Carl Vine

17. Apologies

(Agenda item 1)

Apologies were received from Dan Webb.

18. declarations of interests
\f
(Agenda item 2)

No declarations were made.

19. external audit progress report

(Agenda item 3)

The Panel noted the report.
"""


def test_an_items_heading_at_a_pages_foot(concord, tmp_path: Path):
    p = tmp_path / "minutes.txt"
    p.write_text(PAGED, encoding="utf-8")
    ran = concord("ingest", str(p), "--json")
    assert ran.code == 0, ran.err
    [m] = json.loads(ran.out)["meetings"]
    assert [(i["number"], i["title"]) for i in m["items"]] == [
        ("17", "Apologies"), ("18", "declarations of interests"), ("19", "external audit progress report")]
