"""Decision listings whose entry lines carry more than their reference, read from invented pages through the real
`concord ingest --json` in a fresh process: a subject that ends in a year of the reference's shape ("2019/01 –
Community Safety Fund grants 2019/20"), and each entry's title over a line of its reference and date, under a
"Decision Register" heading (no Decision label)."""

from __future__ import annotations

from tests.ingest.ingesting import ingest_text

YEARS_IN_SUBJECTS = """Decisions made by the Police and Crime Commissioner

2019/01 – Community Safety Fund grants 2019/20 (14 January 2019)
The Commissioner awarded grants totalling £450,000 to community safety partnerships.

2019/02 – Precept 2019/20 (1 February 2019)
The Commissioner approved a precept rise of £24 for a Band D property.

2019/03 – Custody suite refurbishment (20 February 2019)
The Commissioner approved capital spending of £1.2m.
"""

TITLES_OVER_REFERENCES = """Decision Register 2019

Community Safety Fund grants 2019/20
Reference: PCC 2019/01   Date: 14 January 2019
The Commissioner has decided to award grants totalling £450,000.

Precept 2019/20
Reference: PCC 2019/02   Date: 1 February 2019
The Commissioner has decided to increase the precept by £24 for a Band D property.
"""


def test_a_year_in_an_entrys_subject_is_no_second_entry(concord, tmp_path):
    out = ingest_text(concord, tmp_path, YEARS_IN_SUBJECTS, "decisions.txt")
    got = [(d["reference"], d["date"], d["subject"]) for d in out["decision_notices"]]
    assert got == [("2019/01", "2019-01-14", "Community Safety Fund grants 2019/20"),
                   ("2019/02", "2019-02-01", "Precept 2019/20"),
                   ("2019/03", "2019-02-20", "Custody suite refurbishment")]
    assert out["decision_notices"][0]["decision"].startswith("The Commissioner awarded grants")


def test_titles_over_their_reference_and_date_under_a_register_heading(concord, tmp_path):
    out = ingest_text(concord, tmp_path, TITLES_OVER_REFERENCES, "register.txt")
    got = [(d["reference"], d["date"], d["subject"], d["decision"]) for d in out["decision_notices"]]
    assert got == [
        ("PCC2019/01", "2019-01-14", "Community Safety Fund grants 2019/20",
         "The Commissioner has decided to award grants totalling £450,000."),
        ("PCC2019/02", "2019-02-01", "Precept 2019/20",
         "The Commissioner has decided to increase the precept by £24 for a Band D property.")]
    [doc] = out["documents"]
    assert (doc["kind"], doc["title"]) == ("decision_notice", "Decision Register 2019")
