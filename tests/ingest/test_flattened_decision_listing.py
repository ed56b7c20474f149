"""A commissioner's page of decisions that a host printed as one line: each entry its reference and title, then a
sentence naming the reference again ("PCC Decision 012-2024 Fleet Replacement PCC Decision 012-2024 is a
non-confidential decision relating to ..."). With three or more references on the line, each starts a line of its own,
and the page reads as the listing it is: one record per decision, its reference and its title. Before, no record came
out. Bodies and decisions invented; read through the real `concord ingest` in a fresh process."""

from tests.ingest.ingesting import flattened_corpus_paper, ingest_text

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


def test_a_register_whose_numbers_follow_a_heading_in_capitals(concord, tmp_path):  # noqa: ANN001
    """A register of decisions flattened onto one line, each entry's number after the last entry's title, some of
    them words in capitals ("... Register of Gifts & Hospitality 2012 004 Decision Form ..."): every entry is found."""
    text, gold = flattened_corpus_paper("staffordshire-decisions-register-2011-12")
    refs = [n["reference"] for n in ingest_text(concord, tmp_path, text)["decision_notices"]]
    assert refs == [n["reference"] for n in gold["decision_notices"]]
