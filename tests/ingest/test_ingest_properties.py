"""Every text extractor takes arbitrary text without crashing."""

from hypothesis import HealthCheck, given, settings, strategies as st

from concord.ingest.document import Document, Page, make_blocks
from concord.ingest.extract import extract_document
from concord.ingest.extract.tables import from_table, number
from concord.ingest.readers.text import find_text_tables

CUES = ["To: ", "From: ", "Date: ", "DECISION RECORD - PCC/2020/045", "AGENDA", "DRAFT MINUTES",
        "Present:", "Apologies:", "Action:", "(i) ", "1. ", "2.1 ", "Subject ", "Decision ",
        "Contact Officer ", "Recommendation", "£1.2m per annum", "3pt March 2019", "\t", "|", "\n", "\f",
        "Total", "(1,234)", "-", "Agreement", "Kent Police", "12 months written notice", "**", "<b>"]
texts = st.lists(st.one_of(st.sampled_from(CUES), st.text(max_size=40)), max_size=60).map("".join)


def _doc(text: str) -> Document:
    pages = []
    for i, chunk in enumerate(text.split("\f"), start=1):
        p = Page(i, chunk)
        make_blocks(p)
        p.tables = find_text_tables(chunk, i)
        pages.append(p)
    return Document("x.txt", "0" * 64, "text/plain", pages)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(texts)
def test_extract_document_never_crashes(text):
    out = extract_document(_doc(text))
    assert len(out["documents"]) == 1
    for rec in out["decision_notices"]:
        assert " " not in rec["reference"]
    for rec in out["meetings"]:
        assert len(rec["date"]) == 10


@given(st.text(max_size=30))
def test_number_never_crashes(text):
    number(text)


@settings(max_examples=80, deadline=None)
@given(st.lists(st.lists(st.one_of(st.text(max_size=8), st.sampled_from(["(12)", "-", "1,234", "£5", "Total"])),
                         min_size=1, max_size=6), min_size=1, max_size=8))
def test_tables_never_crash(rows):
    text = "Budget £'000\n" + "\n".join("\t".join(c.replace("\t", " ").replace("\n", " ") for c in r) for r in rows)
    for t in find_text_tables(text, 1):
        from_table(t, "x.txt")
