"""A meeting's header whose labels stand in a column of their own, a tab before each value ("Title<tab>Chief Officers
Board", "Venue<tab>..."), as a form copied from a word processor or a PDF's two columns print it: the title, date and
venue of a meeting, not a report's header. Bodies and people invented; read through the real `concord ingest`."""

from tests.ingest.ingesting import ingest_text

PAGE = ("Title\tChief Officers Board\nDate\tTuesday 4 June 2024\nVenue\tClift Room, Police Headquarters\n\n"
        "Name | Role |\n---|---|\nCC Tom Hart (Chair) | Chief Constable |\nDCC Ann Vale | Deputy Chief Constable |\n"
        "PSE Joy Nash | Chief Finance Officer |\n\n1. Minutes of the last meeting\nThe minutes were agreed.\n\n"
        "2. Force performance\nThe board noted the report.\n")


def test_labels_in_a_column_of_their_own_head_a_meeting(concord, tmp_path):
    out = ingest_text(concord, tmp_path, PAGE)
    assert out["documents"][0]["kind"] == "minutes" and out["reports"] == []
    meeting, = out["meetings"]
    assert (meeting["forum"], meeting["date"], meeting["venue"]) == (
        "Chief Officers Board", "2024-06-04", "Clift Room, Police Headquarters")
    assert meeting["members"] == ["Tom Hart", "Ann Vale", "Joy Nash"]
    assert [i["title"] for i in meeting["items"]] == ["Minutes of the last meeting", "Force performance"]
