"""Collaboration agreement listings on a transparency page (issue 13): agreement title, parties, date made and
purpose, as labelled blocks under headings or as a table. Titles, dates and purposes invented."""

from pathlib import Path

from tests.ingest.ingesting import ingest_text

HEADED = """Collaboration agreements

Regional Collaboration Agreement – Major Crime
Date agreed: 1 April 2013
Between: Derbyshire, Leicestershire, Lincolnshire, Northamptonshire and Nottinghamshire
Summary: The agreement sets out how the five forces provide a joint major crime investigation unit.

Collaboration Agreement – Dogs Section
Date agreed: 15 January 2016
Between: Derbyshire and Nottinghamshire
Summary: A joint dogs section.
"""

TABLE = """Collaboration Agreements

The Police and Crime Commissioner publishes the collaboration agreements made under section 22A of the Police Act 1996.

| Agreement | Parties | Date made | Purpose |
| Joint Firearms Unit | Gwent and South Wales | 12 June 2016 | A joint armed response capability |
| Air Support Agreement | All police forces in England and Wales | October 2012 | Air support |
"""


def _agreements(out: dict) -> list[tuple]:
    return [(a["title"], a["parties"], a["start_date"]) for a in out["agreements"]]


def test_each_heading_over_labelled_lines_is_an_agreement_titled_as_printed(concord, tmp_path: Path):
    out = ingest_text(concord, tmp_path, HEADED)
    assert _agreements(out) == [
        ("Regional Collaboration Agreement - Major Crime",
         ["derbyshire", "leicestershire", "lincolnshire", "northamptonshire", "nottinghamshire"], "2013-04-01"),
        ("Collaboration Agreement - Dogs Section", ["derbyshire", "nottinghamshire"], "2016-01-15")]


def test_an_agreement_of_every_force_in_england_and_wales_lists_no_parties(concord, tmp_path: Path):
    out = ingest_text(concord, tmp_path, TABLE)
    assert _agreements(out) == [("Joint Firearms Unit", ["gwent", "south-wales"], "2016-06-12"),
                                ("Air Support Agreement", [], "2012-10")]


def test_titles_over_labels_whose_values_stand_on_the_next_line(concord, tmp_path):
    """"Regional Organised Crime Unit" over "Parties" / "Norfolk Constabulary, ..." / "Start date" / "1 April 2019": the
    parties' line is the Parties label's value, no agreement's title."""
    rows = [("Regional Organised Crime Unit", "Norfolk Constabulary, Suffolk Constabulary and Essex Police", "1 April 2019"),
            ("Firearms Licensing", "Norfolk Constabulary and Suffolk Constabulary", "12 June 2020")]
    page = "Collaboration agreements\n\n" + "\n\n".join(f"{t}\nParties\n{p}\nStart date\n{d}" for t, p, d in rows) + "\n"
    got = [(a["title"], a["parties"], a["start_date"]) for a in ingest_text(concord, tmp_path, page)["agreements"]]
    assert got == [("Regional Organised Crime Unit", ["essex", "norfolk", "suffolk"], "2019-04-01"),
                   ("Firearms Licensing", ["norfolk", "suffolk"], "2020-06-12")]
