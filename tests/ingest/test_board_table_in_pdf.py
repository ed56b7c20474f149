"""A board's minutes whose attendees stand in an unlabelled "Name | Role" table under the meeting's header, as a web
page copied as text prints it (no bar before each row) and as a PDF does (its reader sets the cells apart by tabs): everyone in it is a member of the board,
whatever post the Role column names, in both. Under an "Attendees:" label the same table tells members from officers
by their roles (tests/ingest/test_jac_layouts.py), and so does a table with a bar before each row
(tests/ingest/test_jac_blocks.py). Bodies and people invented; read through the real `concord ingest`."""

import json

from devtools.ingest.pdf_drawing import draw_text

PAGE = """Title: Chief Officers' Management Board
Date: Tuesday 4 June 2024
Venue: Clift Room, Police Headquarters

Name | Role |
---|---|
CC Tom Hart (Chair) | Chief Constable |
DCC Ann Vale | Deputy Chief Constable |
ACC Ian Lowe | Local Policing Directorate |
PSE Joy Nash | Chief Finance Officer |

Apologies: ACO Ken Ball

1. Minutes of the last meeting
The minutes were agreed.

2. Force performance
The board noted the report.

3. Estates strategy
The board agreed the strategy.
"""


def test_an_unlabelled_name_and_role_table_as_printed_and_as_a_pdf(concord, tmp_path):
    folder = tmp_path / "papers"
    folder.mkdir()
    (folder / "board.md").write_text(PAGE, encoding="utf-8")
    draw_text(PAGE, folder / "board.pdf")
    ran = concord("ingest", str(folder), "--json")
    assert ran.code == 0, ran.err
    got = {m["source"]: (m["members"], m["in_attendance"], m["apologies"]) for m in json.loads(ran.out)["meetings"]}
    want = (["Tom Hart", "Ann Vale", "Ian Lowe", "Joy Nash"], [], ["Ken Ball"])
    assert got == {"board.md": want, "board.pdf": want}
