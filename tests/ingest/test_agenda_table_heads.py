"""A panel's agenda pack flattened onto one line by a document-hosting site, in the layout two real packs showed (issue
13, twelfth round): the cover's name and date, the date printed again with its time and place, the membership list, then
the agenda table's column heads before item 1 ("Agenda Item No Subject Page No 1 Welcome …"), the last item running on
into the note under it where the page was cut. Bodies, places and people invented."""

from pathlib import Path

from tests.ingest.ingesting import ingest_text

PACK = ("Northshire Police and Crime Panel Agenda Northshire Police and Crime Panel Thursday, 12 March 2020, 2.00 pm "
        "Shire Hall, Northtown This document can be made available in other formats on request. Northshire Police and "
        "Crime Panel Thursday, 12 March 2020, 2.00 pm, Membership: Mr A Abbot (Chairman) Substantive Member - Northtown "
        "Council Mr B Baker (Vice Chairman) Co-opted Member - Southtown Council Mr C Cole Substantive Member - Easttown "
        "Council Mrs D Dunn Co-opted Independent Lay Member Agenda Item No Subject Page No 1 Welcome and Introductions "
        "2 Named Substitutes 3 Apologies and Declarations of Interest 4 Public Participation Members of the public "
        "wishing to take part should notify the Monitoring Officer in writing no later than 9.00am on the working day "
        "before the meeting (in this case 11 March 2020). Enquir\n")


def test_column_heads_before_the_first_item_start_the_agenda(concord, tmp_path: Path):
    out = ingest_text(concord, tmp_path, PACK)
    assert out["documents"][0]["kind"] == "agenda"
    [m] = out["meetings"]
    assert (m["forum"], m["date"], m["time"], m["venue"]) == (
        "Northshire Police and Crime Panel", "2020-03-12", "14:00", "Shire Hall, Northtown")
    assert m["members"] == []  # the membership list says who sits on the panel, not who came
    assert [(i["number"], i["title"]) for i in m["items"]] == [
        ("1", "Welcome and Introductions"), ("2", "Named Substitutes"),
        ("3", "Apologies and Declarations of Interest"), ("4", "Public Participation")]
