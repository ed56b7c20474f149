"""Decision listings in two more shapes: a list of lines that print each decision's number in brackets after its title
("Fleet replacement (ref 2021/02) – 3 February 2021"), and a log of cards, each its number's heading over its title
and, on the line below the title, its date (the page's own "Decision log" heading over the first card). Each entry is
one record with its subject alone and its date. Bodies and facts invented; read through the real `concord ingest
--json`."""

from tests.ingest.ingesting import ingest_text

LINES = """Decisions made by the Police and Crime Commissioner

Custody healthcare contract (ref 2021/01) – 12 January 2021
Fleet replacement (ref 2021/02) – 3 February 2021
Victims hub grant (ref 2021/03) – 15 March 2021
"""

CARDS = """Decision log

Decision 01/2021
Custody healthcare contract
12 January 2021

Decision 02/2021
Fleet replacement
3 February 2021

Decision 03/2021
Victims hub grant
15 March 2021
"""

WANT = [("2021/01", "Custody healthcare contract", "2021-01-12"), ("2021/02", "Fleet replacement", "2021-02-03"),
        ("2021/03", "Victims hub grant", "2021-03-15")]


def test_numbers_in_brackets_after_the_titles(concord, tmp_path):
    out = ingest_text(concord, tmp_path, LINES)
    assert [(r["reference"], r["subject"], r["date"]) for r in out["decision_notices"]] == WANT


def test_cards_dated_under_their_titles(concord, tmp_path):
    out = ingest_text(concord, tmp_path, CARDS)
    assert [(r["reference"], r["subject"], r["date"]) for r in out["decision_notices"]] == [
        ("01/2021", "Custody healthcare contract", "2021-01-12"), ("02/2021", "Fleet replacement", "2021-02-03"),
        ("03/2021", "Victims hub grant", "2021-03-15")]
