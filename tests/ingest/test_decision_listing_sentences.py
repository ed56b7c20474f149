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
