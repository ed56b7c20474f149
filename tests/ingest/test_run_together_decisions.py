"""Decision pages whose paragraphs' lines a converter ran together (a web page's line breaks inside a paragraph lost,
its blank lines kept), as some hosts print them: a listing's entry dated at the end of its paragraph, after its
sentence ("... relating to the estates programme. 08 April 2021"). Dev corpus papers rewritten that way, read through
the real `concord ingest` in a fresh process and compared with their gold files."""

from tests.ingest.ingesting import ingest_text, run_together_corpus_paper as run_together


def test_an_entry_dated_at_its_paragraphs_end(concord, tmp_path):  # noqa: ANN001
    text, gold = run_together("west-midlands-decisions-2021-page10")
    got = {n["reference"]: n["date"] for n in ingest_text(concord, tmp_path, text)["decision_notices"]}
    want = {n["reference"]: n["date"] for n in gold["decision_notices"]}
    # (the entries whose sentence ends with a full stop before the date; "... relating to Agency Staff 19 March 2021",
    # no stop, might be a date the sentence names, so it dates nothing)
    for ref in ("028-2021", "027-2021", "023-2021", "021-2021"):
        assert got[ref] == want[ref], ref
    assert got["015-2021"] is None


def test_a_decision_label_with_its_sentence_on_its_line(concord, tmp_path):  # noqa: ANN001
    """"Decision taken The Police, Fire and Crime Commissioner has taken the decision to ...": the label, no colon,
    then the decision on the same line."""
    text, gold = run_together("northamptonshire-decision-record-189")
    notices = ingest_text(concord, tmp_path, text)["decision_notices"]
    assert len(notices) == 1, notices
    # (where it ends is another matter: the next section's heading, "Details of advice taken", has no colon either)
    assert notices[0]["decision"].startswith(gold["decision_notices"][0]["decision"])
