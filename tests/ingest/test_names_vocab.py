"""People's names as printed, label vocabularies as data, references in every shape."""

import pytest

from concord.ingest import vocab
from concord.ingest.dates import parse_date
from concord.ingest.extract.decision_notices import reference_value
from concord.ingest.name_runs import split_people
from concord.ingest.textutil import person_name


@pytest.mark.parametrize("printed, name", [
    ("Mrs E M Davies in the chair", "E M Davies"), ("PCC Ron Hogg", "Ron Hogg"), ("Mr CWaddell", "C Waddell"),
    ("Mrs A Harrison Director, Office of the Police", "A Harrison"), ("N AshtonSuperintendent, Head", "N Ashton"),
    ("Police and Crime Commissioner Roger Hirst (RH)", "Roger Hirst"), ("Melvyn Neate (MN) Chair", "Melvyn Neate"),
    ("T/ACC Jane Smith", "Jane Smith"), ("Ch Supt John Smith", "John Smith"), ("Cllr Mrs A Brewster", "A Brewster"),
    ("MrTed Cox JP", "Ted Cox"), ("Mr Alf Illingworth TD JP", "Alf Illingworth"),
    ("East Herts District Council", None), ("Thames Valley Police", None), ("PREVIOUS MEETING", None),
    ("Chief Finance Officer", None)])
def test_person_name(printed, name):
    assert person_name(printed) == name


def test_split_people_glued_and_listed():
    assert split_people("Mr G Ridleyand Mr P Garfoot") == ["G Ridley", "P Garfoot"]
    assert split_people("Cllr E Bell, Mr R J Humphries, Ms J Flynn and Ms M Raine") == [
        "E Bell", "R J Humphries", "J Flynn", "M Raine"]


@pytest.mark.parametrize("value, ref", [
    ("045", "045"), ("DN 12/2015", "DN12/2015"), ("2015-012 Approval of x", "2015-012"), ("No. 0012", "0012"),
    ("PCC/2015/003", "PCC/2015/003"), ("OPCC-DEC-2017-011", "OPCC-DEC-2017-011"), ("D/2019/07 - Estates", "D/2019/07"),
    ("12 March 2015", None), ("Page 3", None), ("2015", None)])
def test_reference_value(value, ref):
    assert reference_value(value) == ref


@pytest.mark.parametrize("text, iso", [("3rdMarch 2015", "2015-03-03"), ("9June 2015", "2015-06-09"),
                                       ("Tuesday 18thFebruary 2014", "2014-02-18")])
def test_glued_dates(text, iso):
    assert parse_date(text) == iso


def test_labels_come_from_the_data_file():
    rx = vocab.pattern("decision")
    found = {vocab.field_of(m): m.group(0).strip() for m in rx.finditer(
        "Decision Ref: X\nPerson to contact: Jo\nExecutive summary\nDecision making is hard\nSubject   A title\n")}
    assert found == {"reference": "Decision Ref:", "contact": "Person to contact:", "summary": "Executive summary",
                     "_not": "Decision making", "subject": "Subject"}
    assert "person to contact" in vocab.phrases("report", "contact")
    assert vocab.block_heading("Office of the Police and Crime Commissioner") == "attendance"
    assert vocab.block_heading("Members") == "members"
