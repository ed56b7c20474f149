"""Decision records that say who decided outside a Decision maker label: a heading that names the office ("RECORD OF A
DECISION MADE BY THE POLICE AND CRIME COMMISSIONER", "DEPUTY POLICE AND CRIME COMMISSIONER DECISION"), a closing
sentence ("Decision taken by the Police and Crime Commissioner on 3 March 2020."), an "Authorised:" line, a line that
introduces the decision ("The Police and Crime Commissioner (PCC) has made the following decision:") and the office in
brackets after a signature's dots. Each gives the decision's maker, and none of them is part of the decision. Bodies and
facts invented; read through the real `concord ingest --json`."""

import pytest

from tests.ingest.ingesting import ingest_text

BODY = """Reference: 2020/031
Subject: Victims' services grant

Decision
To award a grant of £120,000 to Safe Steps for victims' services.
"""

CASES = {
    "heading made by": ("RECORD OF A DECISION MADE BY THE POLICE AND CRIME COMMISSIONER\n\n" + BODY +
                        "\nDate: 3 March 2020\n", "Police and Crime Commissioner", "2020-03-03"),
    "office's decision": ("DEPUTY POLICE AND CRIME COMMISSIONER DECISION\n\n" + BODY + "\nDate: 3 March 2020\n",
                          "Deputy Police and Crime Commissioner", "2020-03-03"),
    "closing sentence": ("Decision Notice\n\n" + BODY +
                         "\nDecision taken by the Police and Crime Commissioner on 3 March 2020.\n",
                         "Police and Crime Commissioner", "2020-03-03"),
    "authorised": ("Decision Notice\n\n" + BODY + "\nAuthorised: Deputy Police and Crime Commissioner\n"
                   "Date: 3 March 2020\n", "Deputy Police and Crime Commissioner", "2020-03-03"),
    "bracketed office": ("Decision Notice\n\n" + BODY + "\nSigned ........................ (Police and Crime "
                         "Commissioner)\nDate: 3 March 2020\n", "Police and Crime Commissioner", "2020-03-03"),
}


@pytest.mark.parametrize("case", sorted(CASES))
def test_the_maker_outside_a_label(concord, tmp_path, case):
    text, maker, date = CASES[case]
    [rec] = ingest_text(concord, tmp_path, text)["decision_notices"]
    assert (rec["reference"], rec["decision_maker"], rec["date"]) == ("2020/031", maker, date)
    assert rec["decision"] == "To award a grant of £120,000 to Safe Steps for victims' services."


def test_the_office_that_has_made_the_following_decision(concord, tmp_path):
    text = ("Decision Notice 2020/033\n\nTitle: Fleet replacement 2020/21\n\nThe Police and Crime Commissioner (PCC) has "
            "made the following decision:\nTo replace 60 vehicles at a cost of £1.4m.\n\nDate: 3 March 2020\n")
    [rec] = ingest_text(concord, tmp_path, text)["decision_notices"]
    assert (rec["decision"], rec["decision_maker"]) == ("To replace 60 vehicles at a cost of £1.4m.",
                                                        "Police and Crime Commissioner")
