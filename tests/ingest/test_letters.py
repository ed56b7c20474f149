"""A letter that does a report's work (a body's submission to a panel's review; a commissioner's reply to a panel's
recommendations), as a scrutiny site publishes it: the sender's address, the addressee and the body she chairs, the
date, "Dear …", "Subject: …". It is read as a report to that body, dated and titled by the letter. Before, it was filed
with no record. A dated salutation with no subject line is correspondence of no genre, and makes no report. Bodies and
people invented; read through the real `concord ingest` in a fresh process."""

from tests.ingest.ingesting import ingest_text

LETTER = """Office of the Police and Crime Commissioner

Northshire House, Bramford Road,

Northford, NF1 2AB 01234 567890

Councillor Ann Vale

Chair, Northshire Police and Crime Panel. By email to: panel@northshire.example

12th November 2026

Dear Councillor Vale,

{subject}

Thank you for your letter of 30 October asking for my response to the Panel's recommendations on the draft Police and Crime Plan.

I have considered each recommendation and set out my response below.
"""


def test_a_letter_is_a_report_to_the_body_its_addressee_chairs(concord, tmp_path):  # noqa: ANN001
    out = ingest_text(concord, tmp_path, LETTER.format(subject="Subject: Response to the Panel's recommendations"))
    report, = out["reports"]
    assert {k: report[k] for k in ("title", "to", "date", "from")} == {
        "title": "Response to the Panel's recommendations", "to": "Northshire Police and Crime Panel",
        "date": "2026-11-12", "from": None}
    assert (out["documents"][0]["kind"], out["documents"][0]["date"]) == ("report", "2026-11-12")


def test_a_dated_salutation_with_no_subject_makes_no_report(concord, tmp_path):  # noqa: ANN001
    assert ingest_text(concord, tmp_path, LETTER.format(subject=""))["reports"] == []
