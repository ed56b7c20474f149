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


DATE_FIRST = """Key decisions

12 April 2019 - PCC/2019/012 - Contribution to the regional organised crime unit
The Commissioner approved a contribution of £250,000 to the regional organised crime unit.

30 April 2019 - PCC/2019/013 - Estates strategy
The Commissioner approved the estates strategy 2019 to 2024.
"""


def test_an_entry_line_of_date_reference_and_subject_parted_by_dashes(concord, tmp_path):  # noqa: ANN001
    """"12 April 2019 - PCC/2019/012 - Estates strategy": the dashes on each side of the reference part the fields;
    neither opens the subject."""
    notices = {n["reference"]: n for n in ingest_text(concord, tmp_path, DATE_FIRST)["decision_notices"]}
    assert {r: (n["date"], n["subject"]) for r, n in notices.items()} == {
        "PCC/2019/012": ("2019-04-12", "Contribution to the regional organised crime unit"),
        "PCC/2019/013": ("2019-04-30", "Estates strategy")}
    assert notices["PCC/2019/013"]["decision"] == "The Commissioner approved the estates strategy 2019 to 2024."


DATE_IN_FIGURES_FIRST = """Decision records 2023

12/03/2023 PFCC/2023/045 Purchase of body worn video cameras
02/03/2023 PFCC/2023/044 Extension of the victims' services contract
20/02/2023 PFCC/2023/043 Disposal of the former Ashby police station
"""


def test_a_date_in_figures_opening_the_entry_is_its_date_not_its_subject(concord, tmp_path):
    out = ingest_text(concord, tmp_path, DATE_IN_FIGURES_FIRST, "records.txt")
    got = [(d["reference"], d["date"], d["subject"]) for d in out["decision_notices"]]
    assert got == [("PFCC/2023/045", "2023-03-12", "Purchase of body worn video cameras"),
                   ("PFCC/2023/044", "2023-03-02", "Extension of the victims' services contract"),
                   ("PFCC/2023/043", "2023-02-20", "Disposal of the former Ashby police station")]
