"""Collaboration agreements on transparency pages in the layouts issue 13 names beyond labelled blocks and tables:
headings over paragraphs (parties and dates in a later paragraph), agreements named in prose, lists whose entries
name a lead force or end an agreement. Bodies, units, dates and wording invented."""

from pathlib import Path

from tests.ingest.ingesting import ingest_text

HEADINGS = """Collaboration in the South West

The Commissioner works with other Commissioners and forces where it is in the interests of efficiency.

Regional Collaboration

The Commissioner is a member of the regional collaboration board.

Joint Firearms Training Centre

The Joint Firearms Training Centre, based at a site near Bristol, was launched in October 2015 and trains armed officers.

The centre is a partnership between Avon and Somerset Constabulary, Gloucestershire Constabulary and Wiltshire Police.

Regional Governance Board

The Regional Governance Board meets quarterly and oversees every regional collaboration programme.

Marine Unit

The Marine Unit was established in March 2009 to police the coast of Devon and Cornwall and Dorset.
"""

PROSE = """Working together

The Commissioner for Gwent works with the other Welsh Commissioners on collaboration.

On the 4th of June 2016 the Commissioners approved a Memorandum of Understanding (MOU) which sets out how joint
collaborative arrangements in Wales are governed.

The Commissioner is a member of the Eastern Joint Committee. These are - Bedfordshire, Cambridgeshire, Essex,
Hertfordshire, Kent, Norfolk and Suffolk.

A Regional Procurement Collaboration Agreement has been signed by all Commissioners and Chief Constables of the
Eastern Region.
"""

ALLIANCE = """Surrey Police works in an alliance with Sussex Police, with many services delivered jointly.
The agreement to form the alliance was made in March 2014 by the two force Chief Constables and their Commissioners.
In May 2022 the Commissioners announced that they were terminating the alliance agreement with effect from 31 March 2024.
The remaining joint arrangements will continue until June 2024.
"""

LIST = """Collaboration agreements

The Commissioner publishes collaboration agreements under section 23E of the Police Act 1996. The Commissioner has
entered into the following agreements with the PCCs and Chief Constables of Derbyshire, Leicestershire and Nottinghamshire.

- Agreement for the provision of Regional Forensics with Leicestershire Police acting as the lead force, commencing 1 October 2016.
- Agreement for the provision of a Joint Dogs Section commencing 1 April 2015.
- Termination of agreement in relation to Vehicle Recovery to have effect from 31 March 2019.
"""


def _agreements(out: dict) -> list[tuple]:
    return sorted((a["title"], a["parties"], a["lead"], a["start_date"], a["end_date"]) for a in out["agreements"])


def test_an_entry_reads_to_the_next_heading_and_section_headings_are_no_entries(concord, tmp_path: Path):
    out = ingest_text(concord, tmp_path, HEADINGS)
    assert _agreements(out) == [
        ("Joint Firearms Training Centre", ["avon-and-somerset", "gloucestershire", "wiltshire"], None, "2015-10", None),
        ("Marine Unit", ["devon-and-cornwall", "dorset"], None, "2009-03", None)]


def test_agreements_named_in_prose_with_their_date_and_region(concord, tmp_path: Path):
    out = ingest_text(concord, tmp_path, PROSE)
    eastern = ["bedfordshire", "cambridgeshire", "essex", "hertfordshire", "kent", "norfolk", "suffolk"]
    assert _agreements(out) == [
        ("Memorandum of Understanding", ["dyfed-powys", "gwent", "north-wales", "south-wales"], None, "2016-06-04", None),
        # the page's own list of the committee's members, which holds the whole region and more
        ("Regional Procurement Collaboration Agreement", eastern, None, None, None)]


def test_an_alliance_made_and_ended_in_prose_is_one_agreement(concord, tmp_path: Path):
    out = ingest_text(concord, tmp_path, ALLIANCE)
    assert _agreements(out) == [("Alliance agreement", ["surrey", "sussex"], None, "2014-03", "2024-03-31")]


def test_a_listed_entry_names_its_lead_and_a_termination_gives_the_end_date(concord, tmp_path: Path):
    out = ingest_text(concord, tmp_path, LIST)
    trio = ["derbyshire", "leicestershire", "nottinghamshire"]
    assert _agreements(out) == [
        ("Agreement for the provision of Regional Forensics", trio, "leicestershire", "2016-10-01", None),
        ("Agreement for the provision of a Joint Dogs Section", trio, None, "2015-04-01", None),
        ("Termination of agreement in relation to Vehicle Recovery", trio, None, None, "2019-03-31")]


TERMS = """Collaboration agreements

The Commissioner publishes the collaboration agreements made under section 22A of the Police Act 1996.

Joint Firearms Unit

The Commissioners and Chief Constables of Gwent and South Wales signed this agreement on 12 June 2016. The agreement
runs until 31 March 2021 and will be reviewed in April 2019.

Regional Scientific Support

The PCCs and Chief Constables of Gwent, South Wales and Dyfed-Powys entered into this agreement on 1 April 2015. It
expires on 31 March 2020.
"""


def test_an_entry_s_paragraph_gives_the_date_made_the_review_and_the_end(concord, tmp_path: Path):
    out = ingest_text(concord, tmp_path, TERMS)
    assert sorted((a["title"], a["parties"], a["start_date"], a["review_date"], a["end_date"])
                  for a in out["agreements"]) == [
        ("Joint Firearms Unit", ["gwent", "south-wales"], "2016-06-12", "2019-04", "2021-03-31"),
        ("Regional Scientific Support", ["dyfed-powys", "gwent", "south-wales"], "2015-04-01", None, "2020-03-31")]
