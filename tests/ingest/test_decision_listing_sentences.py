"""A listing of decisions, each entry its number and title on one line, its date under it and a sentence saying what
the office decided ("The Commissioner agreed to enter into the collaboration agreement ..."): the sentence is the
entry's decision and the office its maker, as on a single notice; the agreements the decisions name make the page no
agreement listing. Bodies and facts invented (the forces are real names); read through the real `concord ingest
--json`."""

from tests.ingest.ingesting import ingest_text

PAGE = """Decisions 2019

Decision 2019/12 - Section 22A collaboration agreement for regional firearms training
Date: 4 March 2019
The Commissioner agreed to enter into the collaboration agreement with Leicestershire and Nottinghamshire for firearms \
training.

Decision 2019/13 - Variation to the regional special operations unit collaboration agreement
Date: 18 March 2019
The Commissioner approved the variation to the agreement under section 22A of the Police Act 1996.

Decision 2019/14 - Estates disposal: former Ashby police station
Date: 25 March 2019
The Commissioner approved the sale of the former Ashby police station.
"""


def test_each_entrys_sentence_is_its_decision(concord, tmp_path):
    out = ingest_text(concord, tmp_path, PAGE)
    assert out["documents"][0]["kind"] == "decision_notice" and out["agreements"] == []
    assert [(r["reference"], r["date"], r["decision_maker"]) for r in out["decision_notices"]] == [
        ("2019/12", "2019-03-04", "Commissioner"), ("2019/13", "2019-03-18", "Commissioner"),
        ("2019/14", "2019-03-25", "Commissioner")]
    assert out["decision_notices"][2]["decision"] == "The Commissioner approved the sale of the former Ashby police station."
    assert out["decision_notices"][2]["subject"] == "Estates disposal: former Ashby police station"


VERBS = """Key decisions

12 January 2022
Decision 001/2022: Appointment of an interim Chief Finance Officer
The Commissioner appointed Ms Jane Ryder as interim Chief Finance Officer from 1 February 2022.

3 February 2022
Decision 002/2022: Victims' services grants 2022/23
The Commissioner granted £40,000 to each of the three victims' services in the county.

24 February 2022
Decision 003/2022: Custody healthcare contract
The Commissioner extended the custody healthcare contract by six months.

3 March 2022
Decision 004/2022: Community safety fund
The Commissioner allocates £250,000 to community safety partnerships for 2022/23.
"""


def test_an_appointment_a_grant_an_extension_and_an_allocation_are_decisions(concord, tmp_path):
    """The sentence states the decision with a verb of its own kind (appointed, granted, extended, allocates)."""
    out = ingest_text(concord, tmp_path, VERBS)
    decisions = [(r["reference"], r["decision"], r["decision_maker"]) for r in out["decision_notices"]]
    assert [d[0] for d in decisions] == ["001/2022", "002/2022", "003/2022", "004/2022"]
    assert all(d[1] and d[1].startswith("The Commissioner ") and d[2] == "Commissioner" for d in decisions), decisions
