"""A document's file properties printed over its minutes ("Author: ... Organisation: ... Date Created: ...
Telephone: ..."), then "MINUTES OF THE ... BOARD" and its "DATE:", "LOCATION:" and "CHAIR:" labels, all run onto one
line by a host. The properties are no report's header (they name no addressee and no subject, and a minutes heading
stands among or under them): the paper is minutes. Before, it was read as a report titled with its location. Bodies
and people invented; read through the real `concord ingest` in a fresh process."""

from tests.ingest.ingesting import ingest_text

PAGE = ("Source: https://example.org/northshire-slb-2024-01-15\n"
        " Security Classification: OFFICIAL Is this disclosable under Freedom of Information Act 2000 Author: Ann Vale "
        "Organisation: Northshire Police Date Created: 15/01/2024 Telephone: 101 MINUTES OF THE STRATEGIC LEADERSHIP "
        "BOARD DATE: Monday 15th January 2024 LOCATION: Hart Room, Police Headquarters CHAIR: Tom Hart, Chief "
        "Constable MEMBERS PRESENT Sue Bell, Deputy Chief Constable Peter Long, Deputy Chief Officer Mary Stone, "
        "Assistant Chief Constable (Local Policing) In attendance Jo Reed, Head of Finance Apologies Sam Frost, "
        "Assistant Chief Constable 1. Minutes of the last meeting The minutes were agreed. 2. Finance report The "
        "Board noted the report. 3. Any other business There was none.")


def test_file_properties_over_minutes_are_no_report(concord, tmp_path):  # noqa: ANN001
    out = ingest_text(concord, tmp_path, PAGE)
    assert out["reports"] == []
    assert out["documents"][0]["kind"] == "minutes"
    [meeting] = out["meetings"]
    assert meeting["date"] == "2024-01-15"
    assert meeting["venue"] == "Hart Room, Police Headquarters"
    assert meeting["members"] == ["Tom Hart", "Sue Bell", "Peter Long", "Mary Stone"]  # (the chair, a member)
    assert meeting["apologies"] == ["Sam Frost"]
