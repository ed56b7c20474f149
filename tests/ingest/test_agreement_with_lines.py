"""A PCC's page listing its section 22A agreements as bullets that name each agreement, then the forces it is made
with and when it was signed ("Regional Organised Crime Unit, with Leicestershire and Nottinghamshire (signed April
2014)"): the title is the agreement's name alone, the parties the forces named, the start the date signed. Facts
invented (the forces are real names, as the parties are read from them); read through the real `concord ingest
--json`."""

from tests.ingest.ingesting import ingest_text

PAGE = """Collaboration agreements

The Commissioner is party to the following agreements made under section 22A of the Police Act 1996:

- Regional Organised Crime Unit, with Leicestershire and Nottinghamshire (signed April 2014)
- Major Crime Investigation Team, with Leicestershire (signed 3 May 2015)
- Dog Unit, with Nottinghamshire and Derbyshire (signed 2018)
"""


def test_bullets_naming_the_forces_an_agreement_is_made_with(concord, tmp_path):
    out = ingest_text(concord, tmp_path, PAGE)
    assert [(a["title"], a["parties"], a["start_date"]) for a in out["agreements"]] == [
        ("Regional Organised Crime Unit", ["leicestershire", "nottinghamshire"], "2014-04"),
        ("Major Crime Investigation Team", ["leicestershire"], "2015-05-03"),
        ("Dog Unit", ["derbyshire", "nottinghamshire"], None)]
