"""A scanned joint police board's minutes (tests/ingest/corpus: strathclyde-jpb-1998-04-16, a public paper of 1998,
dev split) read through the real `concord ingest --json`: its OCR-damaged labels ("eresent:", "Apoloaies:") are read
as Present and Apologies, and its place, printed on a line of its own as "Held in City Chambers, George Square,",
is read without "Held in"."""

from pathlib import Path

from tests.ingest.ingesting import one_meeting

PAPER = Path(__file__).parent / "corpus" / "papers" / "strathclyde-jpb-1998-04-16.txt"


def test_a_scanned_boards_attendees_and_place(concord, tmp_path):
    m = one_meeting(concord, tmp_path, PAPER.read_text(encoding="utf-8"))
    assert m["venue"] == "City Chambers, George Square"
    assert {"Tom Barrie", "William Aitken", "Rita Miller", "Barbara Grant", "Stanley Latimer"} <= set(m["members"])
    assert {"Charles Kennedy", "Jeanette Pieper", "Ruth Simpson"} <= set(m["apologies"])
