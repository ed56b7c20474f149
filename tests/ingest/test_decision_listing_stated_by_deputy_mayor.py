"""A mayor's listing of policing decisions whose entries repeat their reference under a label ("Reference code:
PCD 2041") and then open with what the Deputy Mayor decided ("The DMPC agree a request to ...", "The Deputy Mayor for
Policing and Crime approves ..."): that sentence is the entry's decision and the office it names its maker; an entry
that only asks for a decision ("The DMPC is asked to consider ...") has none. Before, the repeated reference ended the
entry before its sentence, and the deputy mayor was no office that decides. Body and decisions invented; read through
the real `concord ingest` in a fresh process."""

from tests.ingest.ingesting import ingest_text

LISTING = """Policing decisions

  • PCD 2041 Application to settle claims against the force

    Page type: Decision

    • Date signed:
    • Reference code: PCD 2041
    The DMPC agree a request to settle claims against the force, as set out in the part 2 report.

    The Deputy Mayor has the discretion to authorise the settlement of legal proceedings.
  • PCD 2044 Custody suite refurbishment

    Page type: Decision

    • Date signed:
    • Reference code: PCD 2044
    The Deputy Mayor for Policing and Crime approves capital spending of £2.4m on the custody suite.
  • PCD 2047 Financial assistance for legal representation

    Page type: Decision

    • Date signed:
    • Reference code: PCD 2047
    The DMPC is asked to consider an application for financial assistance of £31,000 for legal representation.
"""


def test_the_deputy_mayors_stated_decision_under_a_repeated_reference(concord, tmp_path):  # noqa: ANN001
    notices = ingest_text(concord, tmp_path, LISTING)["decision_notices"]
    assert [(n["reference"], n["decision"], n["decision_maker"]) for n in notices] == [
        ("PCD2041", "The DMPC agree a request to settle claims against the force, as set out in the part 2 report.",
         "DMPC"),
        ("PCD2044", "The Deputy Mayor for Policing and Crime approves capital spending of £2.4m on the custody suite.",
         "Deputy Mayor for Policing and Crime"),
        ("PCD2047", "", None),
    ]
