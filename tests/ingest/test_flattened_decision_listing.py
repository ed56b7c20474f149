"""A commissioner's page of decisions that a host printed as one line: each entry its reference and title, then a
sentence naming the reference again ("PCC Decision 012-2024 Fleet Replacement PCC Decision 012-2024 is a
non-confidential decision relating to ..."). With three or more references on the line, each starts a line of its own,
and the page reads as the listing it is: one record per decision, its reference and its title. Before, no record came
out. Bodies and decisions invented; read through the real `concord ingest` in a fresh process."""

from tests.ingest.ingesting import ingest_text

ENTRIES = [("012-2024", "Fleet Replacement", "the replacement of response vehicles"),
           ("011-2024", "Revenue Budget", "the revenue budget"),
           ("010-2024", "Custody Healthcare Contract", "the custody healthcare contract"),
           ("009-2024", "Victims Services Grants", "grants for victims' services")]
PAGE = ("Source: https://example.org/decisions/page/3\n Decisions The Police and Crime Commissioner is responsible for "
        "holding Northshire Police to account. In this section you can find records of the formal decisions made by the "
        "Commissioner. " + " ".join(f"PCC Decision {ref} {title} PCC Decision {ref} is a non-confidential decision "
                                    f"relating to {what}." for ref, title, what in ENTRIES))


def test_a_flattened_listing_gives_a_record_for_each_decision(concord, tmp_path):  # noqa: ANN001
    notices = ingest_text(concord, tmp_path, PAGE)["decision_notices"]
    assert [(n["reference"], n["subject"]) for n in notices] == [(ref, title) for ref, title, _ in ENTRIES]
