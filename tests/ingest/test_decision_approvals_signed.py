"""Two more ways a decision notice says who approved it and when, read through the real `concord ingest --json` in a
fresh process: an "Approved:" line with the person, the office and the date after it, and the office in brackets
after a signature's dots with the person's name on the line under it (the signatory is the decision maker). The
office, people and numbers are invented."""

from __future__ import annotations

from tests.ingest.ingesting import ingest_text

NOTICE = """DECISION NOTICE

Decision number: 2019/12

Title: Replacement of the force's radio terminals

Decision
To approve capital expenditure of £300,000 on replacement radio terminals.

Reasons
The current terminals are no longer supported.

"""


def _notice(concord, tmp_path, foot: str) -> dict:  # noqa: ANN001
    [notice] = ingest_text(concord, tmp_path, NOTICE + foot)["decision_notices"]
    assert notice["reference"] == "2019/12" and notice["decision"].startswith("To approve capital expenditure")
    return notice


def test_an_approved_line_names_the_maker_and_the_date(concord, tmp_path):
    n = _notice(concord, tmp_path, "Approved: Alan Smith, Police and Crime Commissioner, 12 March 2019\n")
    assert (n["decision_maker"], n["date"]) == ("Alan Smith", "2019-03-12")


def test_the_name_under_a_signatures_bracketed_office_signs(concord, tmp_path):
    n = _notice(concord, tmp_path, "Signed ……………………………… (Police and Crime Commissioner)\nAlan Smith\nDated 12th March 2019\n")
    assert (n["decision_maker"], n["date"]) == ("Alan Smith", "2019-03-12")
    # with no name under it, the office signs, as before
    n = _notice(concord, tmp_path, "Signed ……………………………… (Police and Crime Commissioner)\nDated 12th March 2019\n")
    assert n["decision_maker"] == "Police and Crime Commissioner"
