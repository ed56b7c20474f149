"""A decision listing whose reference is typed with a slip, a space after its dash ("Decision 023- 2021- Police
House Disposal"), among entries typed without one: that entry is still a decision, its reference read without the
space. Before, it was left out of the listing with its subject and date. Body and decisions invented; read through
the real `concord ingest` in a fresh process."""

from tests.ingest.ingesting import ingest_text

LISTING = """Decisions

PCC Decision 031-2024- Fleet Replacement Programme
PCC Decision 031-2024 is a non-confidential decision relating to the fleet replacement programme.
12 July 2024

Decision 029- 2024- Police House Disposal
Decision 029- 2024 is a confidential decision relating to the disposal of a police house.
21 May 2024

PCC Decision 027-2024 – Victims Services Grant 2024/25
PCC Decision 027-2024 is a non-confidential decision relating to the victims services grant.
2 May 2024
"""


def test_a_reference_typed_with_a_space_after_its_dash_is_read(concord, tmp_path):  # noqa: ANN001
    notices = ingest_text(concord, tmp_path, LISTING)["decision_notices"]
    assert [(n["reference"], n["subject"], n["date"]) for n in notices] == [
        ("031-2024", "Fleet Replacement Programme", "2024-07-12"),
        ("029-2024", "Police House Disposal", "2024-05-21"),
        ("027-2024", "Victims Services Grant 2024/25", "2024-05-02"),
    ]
